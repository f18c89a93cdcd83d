"""The labelled evaluation set (tests/data/matching_eval.json) loaded into a mission, and precision@5."""

import datetime as dt
import json
from pathlib import Path

from django.utils import timezone

from trademission.directory.models import Organization
from trademission.matchmaking.domain.recommendations import MissionMatcher
from trademission.missions.enums import MissionStatus
from trademission.missions.models import Mission, Sector, Stop, Subsector

DATA = Path(__file__).resolve().parents[1] / "data" / "matching_eval.json"
STOP_DAYS = {"mexico-city": (15, 17), "guadalajara": (18, 20), "monterrey": (18, 20)}


def load_evaluation() -> dict:
    return json.loads(DATA.read_text(encoding="utf-8"))


def build_evaluation_mission(data: dict) -> tuple[Mission, dict[str, Organization]]:
    mission = Mission.objects.create(
        slug="evaluation", name_en="Evaluation mission", visiting_country="CA", host_country="MX",
        time_zone="America/Mexico_City", start_date=dt.date(2026, 2, 15), end_date=dt.date(2026, 2, 20),
        registration_deadline=timezone.now() + dt.timedelta(days=30), status=MissionStatus.OPEN)
    sectors, subsectors = {}, {}
    for slug, children in data["sectors"].items():
        sectors[slug], _created = Sector.objects.get_or_create(slug=slug, defaults={"name_en": slug})
        mission.sectors.add(sectors[slug])
        for child in children:
            subsectors[child] = Subsector.objects.create(sector=sectors[slug], slug=f"eval-{child}", name_en=child)
    stops = {}
    for slug, sector_slugs in data["stops"].items():
        first, last = STOP_DAYS[slug]
        stops[slug] = Stop.objects.create(mission=mission, slug=slug, name_en=slug, time_zone="America/Mexico_City",
                                          start_date=dt.date(2026, 2, first), end_date=dt.date(2026, 2, last))
        stops[slug].sectors.set([sectors[sector] for sector in sector_slugs])
    organizations = {}
    for spec in data["organizations"]:
        language = spec["lang"]
        organization = Organization.objects.create(
            mission=mission, side=spec["side"], name=spec["name"], kind="sme",
            country="MX" if spec["side"] == "host" else "CA", naics_codes=spec["naics"],
            languages=spec["languages"], stop=stops.get(spec.get("stop")),
            **{f"{base}_{language}": spec[base] for base in ("description", "offers", "seeks")})
        organization.sectors.set([sectors[slug] for slug in spec["sectors"]])
        organization.subsectors.set([subsectors[slug] for slug in spec["subsectors"]])
        organizations[spec["key"]] = organization
    return mission, organizations


def labelled(data: dict) -> dict[str, dict[str, bool]]:
    labels: dict[str, dict[str, bool]] = {}
    for visiting, host, label in data["pairs"]:
        labels.setdefault(visiting, {})[host] = label == "good"
    return labels


def precision_at(ranked: list[str], truth: dict[str, bool], k: int = 5) -> float:
    return sum(truth[key] for key in ranked[:k]) / k


def rankings(data: dict, organizations: dict[str, Organization]) -> tuple[dict[str, list[str]], dict[str, list[str]]]:
    """Per labelled visitor: candidates ranked by our score, and by the sector-only baseline."""
    matcher = MissionMatcher(next(iter(organizations.values())).mission)
    by_pk = {organization.pk: key for key, organization in organizations.items()}
    ours, baseline = {}, {}
    for visiting, truth in labelled(data).items():
        scores = {by_pk[pk]: found.score for pk, found in matcher.signals_for(organizations[visiting].pk)}
        candidates = sorted(truth, key=lambda key: organizations[key].name)
        ours[visiting] = sorted(candidates, key=lambda key: -scores[key])
        mine = set(data_sectors(data, visiting))
        # Sector-only matching: shared sector or not; ties stay in name order.
        baseline[visiting] = sorted(candidates, key=lambda key: -len(mine & set(data_sectors(data, key))))
    return ours, baseline


def data_sectors(data: dict, key: str) -> list[str]:
    return next(spec["sectors"] for spec in data["organizations"] if spec["key"] == key)


def mean_precision(ranked: dict[str, list[str]], data: dict, *, k: int = 5) -> float:
    truth = labelled(data)
    return round(sum(precision_at(ranked[key], truth[key], k) for key in truth) / len(truth), 4)
