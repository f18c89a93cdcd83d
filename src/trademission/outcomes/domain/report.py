"""The mission report: a fixed number of aggregation queries, whatever the size of the mission.

Every figure is a count or a sum the database computes; Python only merges rows, converts the
per-currency sums at the organizer's rates (Decimal, rounded once to the cent) and divides for rates.
"""

from collections import defaultdict
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal

from django.db.models import Case, Count, F, Q, QuerySet, Sum, Value, When
from django.utils.translation import gettext as _

from trademission.applications.enums import ApplicationStatus
from trademission.applications.models import Application
from trademission.directory.enums import Side, SizeBand
from trademission.matchmaking.models import MeetingRequest
from trademission.missions.models import Mission, Sector
from trademission.outcomes.domain.common import NO_SHOWS, held_meetings, live_meetings
from trademission.outcomes.domain.currency import outcome_settings, rates, to_cents, total
from trademission.outcomes.enums import OPEN_STAGES, LeadStage, NextStep
from trademission.outcomes.models import ActionPlanTag, Feedback, Lead
from trademission.scheduling.enums import MeetingStatus

TOP_PAIRS = 10
ZERO = Decimal(0)


def percent(part: int, whole: int) -> Decimal | None:
    """``part`` as a percentage of ``whole``, to one decimal (half up); None when there is nothing to divide."""
    if not whole:
        return None
    return (Decimal(part) * 100 / Decimal(whole)).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)


def mean(total_: int, count: int) -> Decimal | None:
    return (Decimal(total_) / Decimal(count)).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP) if count else None


@dataclass(frozen=True)
class FunnelStage:
    key: str
    label: str
    count: int
    base: str | None  # the stage the conversion rate is measured against
    rate: Decimal | None


@dataclass
class BreakdownRow:
    key: object
    label: str
    scheduled: int = 0
    held: int = 0
    no_shows: int = 0
    leads: int = 0
    contracts: int = 0
    signed: Decimal = ZERO
    pipeline: Decimal = ZERO
    _signed: dict = field(default_factory=lambda: defaultdict(Decimal), repr=False)
    _pipeline: dict = field(default_factory=lambda: defaultdict(Decimal), repr=False)


@dataclass(frozen=True)
class Breakdown:
    key: str
    title: str
    meetings: bool  # whether meeting counts apply (a sector or tag belongs to a deal, not to a meeting)
    rows: list[BreakdownRow]


@dataclass(frozen=True)
class SideSatisfaction:
    side: str
    label: str
    answered: int
    expected: int
    rate: Decimal | None
    average: Decimal | None


@dataclass(frozen=True)
class Satisfaction:
    answered: int
    expected: int  # both sides of every held meeting
    response_rate: Decimal | None
    average: Decimal | None
    distribution: list[tuple[int, int]]
    next_steps: list[tuple[str, str, int]]
    by_side: list[SideSatisfaction]


@dataclass(frozen=True)
class Pair:
    visiting: str
    host: str
    stage: str
    stage_label: str
    signed: Decimal
    pipeline: Decimal
    usefulness: Decimal | None


@dataclass(frozen=True)
class Report:
    mission: Mission
    currency: str
    funnel: list[FunnelStage]
    stages: list[tuple[str, str, int]]
    value_signed: Decimal
    value_pipeline: Decimal
    missing_rates: list[str]
    breakdowns: list[Breakdown]
    satisfaction: Satisfaction
    top_pairs: list[Pair]


def size_band_of(path: str) -> Case:
    """The same bands as ``directory.enums.size_band``, computed by the database."""
    return Case(When(**{f"{path}__lt": 10}, then=Value(SizeBand.MICRO.value)),
                When(**{f"{path}__lt": 100}, then=Value(SizeBand.SMALL.value)),
                When(**{f"{path}__lt": 500}, then=Value(SizeBand.MEDIUM.value)),
                When(**{f"{path}__isnull": False}, then=Value(SizeBand.LARGE.value)), default=Value(""))


def _lead_sums() -> dict[str, object]:
    return {"n_leads": Count("pk", distinct=True), "n_contracts": Count("pk", filter=Q(stage=LeadStage.SIGNED),
                                                                        distinct=True),
            "sum_signed": Sum("signed_value", filter=Q(stage=LeadStage.SIGNED)),
            "sum_pipeline": Sum("expected_value", filter=Q(stage__in=OPEN_STAGES))}


def _meeting_counts() -> dict[str, object]:
    return {"n_scheduled": Count("pk", filter=~Q(status=MeetingStatus.CANCELLED)),
            "n_held": Count("pk", filter=Q(status=MeetingStatus.HELD)),
            "n_no_shows": Count("pk", filter=Q(status__in=NO_SHOWS))}


def _funnel(mission: Mission, leads: QuerySet[Lead], by_currency: list[dict]) -> list[FunnelStage]:
    applications = Application.objects.filter(mission=mission).aggregate(
        applications=Count("pk", filter=~Q(status=ApplicationStatus.DRAFT)),
        selected=Count("pk", filter=Q(status=ApplicationStatus.SELECTED)))
    meetings = live_meetings(mission).aggregate(**_meeting_counts())
    follow_up_uids = Feedback.objects.filter(mission=mission).exclude(next_step__in=["", NextStep.NOTHING]).values(
        "meeting_uid")
    follow_ups = held_meetings(mission).filter(Q(uid__in=follow_up_uids) | Q(uid__in=leads.values("meeting_uid")))
    counts = {
        "applications": applications["applications"], "selected": applications["selected"],
        "requested": MeetingRequest.objects.filter(mission=mission).count(),
        "scheduled": meetings["n_scheduled"], "held": meetings["n_held"], "no_shows": meetings["n_no_shows"],
        "follow_ups": follow_ups.count(), "contracts": sum(row["n_contracts"] for row in by_currency),
    }
    stages = [("applications", _("Applications"), None), ("selected", _("Selected"), "applications"),
              ("requested", _("Meetings requested"), None), ("scheduled", _("Meetings scheduled"), "requested"),
              ("held", _("Meetings held"), "scheduled"), ("no_shows", _("No-shows"), "scheduled"),
              ("follow_ups", _("Follow-ups"), "held"), ("contracts", _("Signed contracts"), "follow_ups")]
    return [FunnelStage(key=key, label=label, count=counts[key], base=base,
                        rate=percent(counts[key], counts[base]) if base else None) for key, label, base in stages]


def _labels(mission: Mission, dimension: str, keys: set) -> dict[object, str]:
    not_given = _("Not given")
    if dimension == "stop":
        return {stop.pk: stop.name for stop in mission.stops.all()} | {None: not_given}
    if dimension == "sector":
        return {sector.pk: str(sector) for sector in Sector.objects.filter(pk__in=keys - {None})} | {
            None: _("No sector")}
    if dimension == "tag":
        return {tag.pk: tag.name for tag in ActionPlanTag.objects.filter(mission=mission)} | {None: _("No tag")}
    if dimension == "size":
        return {**{band.value: band.label for band in SizeBand}, "": not_given}
    if dimension == "first_time":
        return {True: _("First-time exporters"), False: _("Experienced exporters")}
    return {key: key or not_given for key in keys}


DIMENSIONS = [
    # (key, meeting expression or None, lead expression)
    ("stop", F("slot__session__stop_id"), F("meeting__slot__session__stop_id")),
    ("sector", None, F("sector_id")),
    ("tag", None, F("tags")),
    ("province", F("visiting__region"), F("visiting__region")),
    ("state", F("host__region"), F("host__region")),
    ("size", size_band_of("visiting__employees"), size_band_of("visiting__employees")),
    ("first_time", F("visiting__first_time_exporter"), F("visiting__first_time_exporter")),
]


def _title(key: str) -> str:
    return {"stop": _("By stop"), "sector": _("By sector"), "tag": _("By action-plan tag"),
            "province": _("Delegation by province or state"), "state": _("Host organizations by state"),
            "size": _("Delegation by organization size"), "first_time": _("First-time exporters")}[key]


def _breakdown(mission: Mission, dimension: tuple, *, meetings: QuerySet, leads: QuerySet,
               conversion: dict[str, Decimal], missing: set[str]) -> Breakdown:
    key, meeting_expression, lead_expression = dimension
    rows: dict[object, BreakdownRow] = {}

    def row(value: object) -> BreakdownRow:
        return rows.setdefault(value, BreakdownRow(key=value, label=""))

    if meeting_expression is not None:
        for found in meetings.values(k=meeting_expression).annotate(**_meeting_counts()).order_by():
            entry = row(found["k"])
            entry.scheduled, entry.held, entry.no_shows = found["n_scheduled"], found["n_held"], found["n_no_shows"]
    for found in leads.values(k=lead_expression, cur=F("currency")).annotate(**_lead_sums()).order_by():
        entry = row(found["k"])
        entry.leads += found["n_leads"]
        entry.contracts += found["n_contracts"]
        entry._signed[found["cur"]] += found["sum_signed"] or ZERO
        entry._pipeline[found["cur"]] += found["sum_pipeline"] or ZERO
    labels = _labels(mission, key, set(rows))
    order = list(labels)
    for entry in rows.values():
        entry.label = str(labels.get(entry.key, entry.key))
        entry.signed, lost_signed = total(entry._signed, rates=conversion)
        entry.pipeline, lost_pipeline = total(entry._pipeline, rates=conversion)
        missing.update(lost_signed, lost_pipeline)
    if key in {"stop", "size", "first_time"}:
        ordered = sorted(rows.values(), key=lambda entry: order.index(entry.key) if entry.key in order else len(order))
    else:
        ordered = sorted(rows.values(), key=lambda entry: (entry.key in (None, ""), entry.label.casefold()))
    return Breakdown(key=key, title=_title(key), meetings=meeting_expression is not None, rows=ordered)


def _satisfaction(mission: Mission, held: int) -> Satisfaction:
    answered = Feedback.objects.filter(mission=mission, answered_at__isnull=False,
                                       meeting_uid__in=held_meetings(mission).values("uid"))
    sides = {row["side"]: row for row in answered.values("side").annotate(n=Count("pk"), s=Sum("usefulness"))
             .order_by()}
    scores = dict(answered.values_list("usefulness").annotate(n=Count("pk")).order_by())
    steps = dict(answered.values_list("next_step").annotate(n=Count("pk")).order_by())
    count = sum(row["n"] for row in sides.values())
    total_score = sum(row["s"] or 0 for row in sides.values())
    by_side = []
    for side in (Side.VISITING, Side.HOST):
        found = sides.get(side.value, {"n": 0, "s": 0})
        by_side.append(SideSatisfaction(side=side.value, label=str(side.label), answered=found["n"], expected=held,
                                        rate=percent(found["n"], held), average=mean(found["s"] or 0, found["n"])))
    return Satisfaction(
        answered=count, expected=2 * held, response_rate=percent(count, 2 * held), average=mean(total_score, count),
        distribution=[(score, scores.get(score, 0)) for score in range(1, 6)],
        next_steps=[(step.value, str(step.label), steps.get(step.value, 0)) for step in NextStep],
        by_side=by_side)


def _top_pairs(mission: Mission, leads: QuerySet[Lead], conversion: dict[str, Decimal]) -> list[Pair]:
    ratings = {row["meeting_uid"]: mean(row["s"], row["n"]) for row in Feedback.objects.filter(
        mission=mission, answered_at__isnull=False).values("meeting_uid").annotate(n=Count("pk"), s=Sum("usefulness"))
        .order_by()}
    pairs = []
    for lead in leads.values("meeting_uid", "visiting__name", "host__name", "stage", "currency", "signed_value",
                             "expected_value"):
        rate = conversion.get(lead["currency"])
        signed = lead["signed_value"] if lead["stage"] == LeadStage.SIGNED else None
        pipeline = lead["expected_value"] if lead["stage"] in OPEN_STAGES else None
        pairs.append(Pair(
            visiting=lead["visiting__name"], host=lead["host__name"], stage=lead["stage"],
            stage_label=str(LeadStage(lead["stage"]).label),
            signed=to_cents(signed * rate) if signed is not None and rate is not None else ZERO,
            pipeline=to_cents(pipeline * rate) if pipeline is not None and rate is not None else ZERO,
            usefulness=ratings.get(lead["meeting_uid"])))
    pairs.sort(key=lambda pair: (-pair.signed, -pair.pipeline, -(pair.usefulness or 0), pair.visiting, pair.host))
    return pairs[:TOP_PAIRS]


def mission_report(*, mission: Mission) -> Report:
    config = outcome_settings(mission)
    conversion = rates(config)
    leads = Lead.objects.filter(mission=mission)
    by_currency = list(leads.values("currency").annotate(**_lead_sums()).order_by("currency"))
    funnel = _funnel(mission, leads, by_currency)
    value_signed, missing_signed = total({row["currency"]: row["sum_signed"] or ZERO for row in by_currency},
                                         rates=conversion)
    value_pipeline, missing_pipeline = total({row["currency"]: row["sum_pipeline"] or ZERO for row in by_currency},
                                             rates=conversion)
    missing = set(missing_signed) | set(missing_pipeline)
    stage_counts = dict(leads.values_list("stage").annotate(n=Count("pk")).order_by())
    meetings = live_meetings(mission)
    breakdowns = [_breakdown(mission, dimension, meetings=meetings, leads=leads, conversion=conversion,
                             missing=missing) for dimension in DIMENSIONS]
    held = next(stage.count for stage in funnel if stage.key == "held")
    return Report(
        mission=mission, currency=config.report_currency, funnel=funnel,
        stages=[(stage.value, str(stage.label), stage_counts.get(stage.value, 0)) for stage in LeadStage],
        value_signed=value_signed, value_pipeline=value_pipeline, missing_rates=sorted(missing),
        breakdowns=breakdowns, satisfaction=_satisfaction(mission, held), top_pairs=_top_pairs(mission, leads,
                                                                                                conversion))
