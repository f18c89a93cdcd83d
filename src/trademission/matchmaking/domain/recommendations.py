"""Ranked partners for an organization: the other side of its mission, scored and explained."""

from dataclasses import dataclass

import numpy as np
from django.db.models import Prefetch
from django.utils import formats
from django.utils.translation import gettext as _

from trademission.applications.enums import ApplicationStatus
from trademission.applications.models import Application
from trademission.common.i18n import LANGUAGE_NAMES, localized
from trademission.directory.enums import Side
from trademission.directory.models import Organization
from trademission.matchmaking.domain.eligibility import selected_applications
from trademission.matchmaking.domain.embeddings import organization_vectors
from trademission.matchmaking.domain.scoring import STRONG, WEIGHTS, MatchProfile, Signals, rescale, signals
from trademission.matchmaking.enums import PreferenceLevel
from trademission.matchmaking.models import Preference
from trademission.missions.models import Mission, Stop


@dataclass(frozen=True)
class Recommendation:
    organization: Organization
    score: float
    reasons: list[str]
    preference: str = ""


class MissionMatcher:
    """Everything needed to score any pair of a mission's organizations, loaded in a few queries."""

    def __init__(self, mission: Mission) -> None:
        self.mission = mission
        self.stops = {stop.pk: stop for stop in Stop.objects.filter(mission=mission).prefetch_related("sectors")}
        stop_sectors = {stop.pk: {sector.pk for sector in stop.sectors.all()} for stop in self.stops.values()}
        selected = Application.objects.filter(status=ApplicationStatus.SELECTED).prefetch_related("stops")
        organizations = list(Organization.objects.filter(mission=mission).order_by("pk").prefetch_related(
            "sectors", "subsectors", "people",
            Prefetch("applications", queryset=selected, to_attr="selected_applications")))
        self.organizations = {org.pk: org for org in organizations}
        self.sectors = {sector.pk: sector for org in organizations for sector in org.sectors.all()}
        self.subsectors = {sub.pk: sub for org in organizations for sub in org.subsectors.all()}
        self.profiles = {org.pk: self._profile(org, stop_sectors) for org in organizations}
        self.sides = {side: [org.pk for org in organizations if org.side == side] for side in Side.values}
        self.row = {}
        for side_ids in self.sides.values():
            self.row.update({pk: index for index, pk in enumerate(side_ids)})
        self.vectors = {side: organization_vectors([self.organizations[pk] for pk in ids])
                        for side, ids in self.sides.items()}
        self._products: dict[tuple[str, str], np.ndarray] = {}

    def _profile(self, organization: Organization, stop_sectors: dict[int, set[int]]) -> MatchProfile:
        sectors = frozenset(sector.pk for sector in organization.sectors.all())
        if organization.side == Side.HOST:
            stops = frozenset([organization.stop_id]) if organization.stop_id else frozenset()
        else:
            # The stops chosen in the delegation application when there is one; otherwise the stops
            # programmed for one of its sectors.
            chosen = {stop.pk for application in selected_applications(organization)
                      for stop in application.stops.all()}
            stops = frozenset(chosen) if chosen else frozenset(
                pk for pk, ids in stop_sectors.items() if ids & sectors)
        languages = set(organization.languages)
        for person in organization.people.all():
            languages.update(person.languages)
        return MatchProfile(id=organization.pk, name=organization.name, sectors=sectors,
                            subsectors=frozenset(sub.pk for sub in organization.subsectors.all()),
                            naics=tuple(str(code) for code in organization.naics_codes),
                            languages=frozenset(languages), stops=stops,
                            place_known=bool(stop_sectors) and (organization.side == Side.VISITING
                                                                or organization.stop_id is not None))

    def _product(self, side: str, mine: str, theirs: str) -> np.ndarray:
        """Rescaled cosine of my ``mine`` text with their ``theirs`` text, for every pair across the sides."""
        key = (side, f"{mine}:{theirs}")
        if key not in self._products:
            other_side = Side.HOST if side == Side.VISITING else Side.VISITING
            cosine = self.vectors[side][mine] @ self.vectors[other_side][theirs].T
            self._products[key] = rescale(cosine)
        return self._products[key]

    def signals_for(self, organization_id: int) -> list[tuple[int, Signals]]:
        side = self.organizations[organization_id].side
        other_side = Side.HOST if side == Side.VISITING else Side.VISITING
        row = self.row[organization_id]
        seek_offer = self._product(side, "offers", "seeks")[row]
        offer_seek = self._product(side, "seeks", "offers")[row]
        similarity = self._product(side, "profile", "profile")[row]
        mine = self.profiles[organization_id]
        return [(pk, signals(mine, self.profiles[pk], seek_offer=float(seek_offer[column]),
                             offer_seek=float(offer_seek[column]), similarity=float(similarity[column])))
                for column, pk in enumerate(self.sides[other_side])]

    def _one_hot(self, side: str, values: "callable") -> np.ndarray:
        """Organizations of ``side`` × every value any of them has, 1 where the organization has it."""
        rows = [values(self.profiles[pk]) for pk in self.sides[side]]
        vocabulary = {value: index for index, value in enumerate(sorted({v for row in rows for v in row}))}
        matrix = np.zeros((len(rows), max(len(vocabulary), 1)), dtype=np.float32)
        for index, row in enumerate(rows):
            matrix[index, [vocabulary[value] for value in row]] = 1.0
        return matrix, vocabulary

    def _shared(self, side: str, values: "callable") -> np.ndarray:
        """1 where the pair (``side`` row, other side column) shares at least one value."""
        other_side = Side.HOST if side == Side.VISITING else Side.VISITING
        mine, vocabulary = self._one_hot(side, values)
        rows = [values(self.profiles[pk]) for pk in self.sides[other_side]]
        theirs = np.zeros((len(rows), mine.shape[1]), dtype=np.float32)
        for index, row in enumerate(rows):
            theirs[index, [vocabulary[value] for value in row if value in vocabulary]] = 1.0
        return (mine @ theirs.T > 0).astype(np.float32)

    def score_matrix(self, side: str) -> np.ndarray:
        """Every pair's score at once (rows: ``side``), the same sum as ``Signals.score`` before rounding."""
        key = (side, "score")
        if key not in self._products:
            other_side = Side.HOST if side == Side.VISITING else Side.VISITING
            naics = np.zeros((len(self.sides[side]), len(self.sides[other_side])), dtype=np.float32)
            for length, closeness in ((3, 0.3), (4, 0.6), (5, 0.8), (6, 1.0)):
                shared = self._shared(side, lambda p, n=length: {c[:n] for c in p.naics if len(c) >= n})
                naics = np.maximum(naics, closeness * shared)
            known_mine = np.array([self.profiles[pk].place_known for pk in self.sides[side]], dtype=bool)
            known_theirs = np.array([self.profiles[pk].place_known for pk in self.sides[other_side]], dtype=bool)
            place = np.maximum(self._shared(side, lambda p: p.stops),
                               ~(known_mine[:, None] & known_theirs[None, :]))
            complementarity = np.maximum(self._product(side, "offers", "seeks"), self._product(side, "seeks", "offers"))
            self._products[key] = (
                WEIGHTS["complementarity"] * complementarity
                + WEIGHTS["similarity"] * self._product(side, "profile", "profile")
                + WEIGHTS["subsector"] * self._shared(side, lambda p: p.subsectors)
                + WEIGHTS["sector"] * self._shared(side, lambda p: p.sectors)
                + WEIGHTS["naics"] * naics + WEIGHTS["place"] * place
                + WEIGHTS["language"] * self._shared(side, lambda p: p.languages))
        return self._products[key]

    def recommend(self, organization_id: int, *, limit: int | None = 10,
                  preferences: dict[int, str] | None = None) -> list[Recommendation]:
        """Rank with the score matrix, then explain only the ones shown."""
        preferences = preferences or {}
        side = self.organizations[organization_id].side
        other_side = Side.HOST if side == Side.VISITING else Side.VISITING
        scores = self.score_matrix(side)[self.row[organization_id]]
        columns = [column for column in np.argsort(-scores, kind="stable")
                   if preferences.get(self.sides[other_side][column]) != PreferenceLevel.NO_THANKS
                   and self.organizations[self.sides[other_side][column]].withdrawn_at is None]
        # A margin beyond the limit, so that rounding cannot change who makes the list.
        chosen = columns if limit is None else columns[:limit + 10]
        mine = self.profiles[organization_id]
        scored = []
        for column in chosen:
            pk = self.sides[other_side][column]
            scored.append((pk, self._signals(side, mine, pk, column)))
        scored.sort(key=lambda item: (-item[1].score, self.organizations[item[0]].name))
        return [Recommendation(organization=self.organizations[pk], score=found.score,
                               reasons=self.explain(found), preference=preferences.get(pk, ""))
                for pk, found in scored[:limit]]

    def _signals(self, side: str, mine: MatchProfile, pk: int, column: int) -> Signals:
        row = self.row[mine.id]
        return signals(mine, self.profiles[pk],
                       seek_offer=float(self._product(side, "offers", "seeks")[row, column]),
                       offer_seek=float(self._product(side, "seeks", "offers")[row, column]),
                       similarity=float(self._product(side, "profile", "profile")[row, column]))

    def explain(self, found: Signals) -> list[str]:
        """Reasons a trade commissioner would give, strongest first, in the active language."""
        reasons = []
        if found.subsectors:
            names = ", ".join(sorted(localized(self.subsectors[pk], "name") for pk in found.subsectors))
            reasons.append(_("Same subsector: %(names)s") % {"names": names})
        elif found.sectors:
            names = ", ".join(sorted(localized(self.sectors[pk], "name") for pk in found.sectors))
            reasons.append(_("Same sector: %(names)s") % {"names": names})
        if found.they_seek_your_offer >= STRONG:
            reasons.append(_("They seek what you offer"))
        if found.they_offer_your_need >= STRONG:
            reasons.append(_("They offer what you seek"))
        if found.similarity >= STRONG and found.complementarity < STRONG:
            reasons.append(_("Similar line of business"))
        if found.naics >= 0.6:
            reasons.append(_("Related NAICS codes: %(codes)s") % {"codes": ", ".join(found.naics_codes)})
        for pk in sorted(found.stops, key=lambda pk: self.stops[pk].start_date)[:1]:
            stop = self.stops[pk]
            reasons.append(_("Both in %(city)s on %(first)s–%(last)s") % {
                "city": stop.name, "first": formats.date_format(stop.start_date, "SHORT_DATE_FORMAT"),
                "last": formats.date_format(stop.end_date, "SHORT_DATE_FORMAT")})
        if found.place_known and not found.stops:
            reasons.append(_("Not in the same city on the same days"))
        if found.languages:
            names = ", ".join(str(LANGUAGE_NAMES.get(code, code)) for code in sorted(found.languages))
            reasons.append(_("Both speak %(languages)s") % {"languages": names})
        else:
            reasons.append(_("No common working language: plan an interpreter"))
        return reasons


def own_preferences(organization: Organization) -> dict[int, str]:
    return dict(Preference.objects.filter(organization=organization).values_list("target_id", "level"))


def recommend_partners(*, organization: Organization, limit: int | None = 10) -> list[Recommendation]:
    """The best partners for ``organization`` on the other side of its mission, best first."""
    matcher = MissionMatcher(organization.mission)
    return matcher.recommend(organization.pk, limit=limit, preferences=own_preferences(organization))


def recommendations_for_mission(*, mission: Mission, limit: int = 10) -> dict[int, list[Recommendation]]:
    """Every organization's recommendations in one pass (what the benchmark measures)."""
    matcher = MissionMatcher(mission)
    preferences: dict[int, dict[int, str]] = {}
    for owner, target, level in Preference.objects.filter(mission=mission).values_list(
            "organization_id", "target_id", "level"):
        preferences.setdefault(owner, {})[target] = level
    return {pk: matcher.recommend(pk, limit=limit, preferences=preferences.get(pk, {}))
            for pk in matcher.organizations}
