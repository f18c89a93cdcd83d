"""Every figure of the mission report equals a count computed here, in plain Python, from the same spec."""

from collections import defaultdict
from decimal import ROUND_HALF_EVEN, ROUND_HALF_UP, Decimal

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests.outcomes.builders import (
    add_meeting,
    add_organization,
    answer,
    applications,
    base_mission,
    lead,
    request,
)
from trademission.directory.enums import Side
from trademission.outcomes.domain.report import mission_report
from trademission.outcomes.models import ActionPlanTag
from trademission.scheduling.enums import VersionStatus
from trademission.scheduling.models import ScheduleVersion

pytestmark = pytest.mark.django_db
D = Decimal
RATES = {"CAD": D(1), "MXN": D("0.0741"), "USD": D("1.365")}

VISITING = [  # (region, employees, first-time exporter)
    ("ON", 5, True), ("QC", 50, False), ("ON", 700, True), ("", None, False)]
HOSTS = ["Jalisco", "Nuevo León", ""]
MEETINGS = [  # (visiting, host, stop, status)
    (0, 0, 0, "held"), (0, 1, 1, "held"), (1, 0, 0, "held"), (1, 2, 1, "no_show_visiting"),
    (2, 1, 0, "no_show_host"), (2, 2, 1, "cancelled"), (3, 0, 1, "held"), (3, 1, 0, "scheduled"), (2, 0, 1, "held")]
FEEDBACK = [  # (meeting, side, usefulness, next step)
    (0, "visiting", 5, "contract"), (0, "host", 4, "quote"), (1, "visiting", 3, "nothing"), (2, "host", 2, "call"),
    (6, "visiting", 1, "nothing"), (6, "host", 4, "nothing"), (8, "visiting", 5, "loi")]
LEADS = [  # (meeting, stage, currency, expected, signed, sector, tags)
    (0, "signed", "CAD", "100000.00", "95000.50", 0, (0,)), (1, "negotiation", "MXN", "500000.00", None, 1, (0, 1)),
    (2, "lost", "USD", "20000.00", None, 0, ()), (8, "proposal", "USD", "12345.67", None, None, (1,)),
    (6, "signed", "MXN", None, "1000000.00", 1, ())]
APPLICATIONS = ["draft", "submitted", "selected", "selected", "rejected", "waitlisted", "selected"]
REQUESTS = [(0, 0), (0, 1), (1, 0), (1, 2), (2, 1), (2, 2), (3, 0), (3, 1), (2, 0), (3, 2)]
TAGS = ["Critical minerals", "Ports and infrastructure"]
SECTORS = ["Energy", "Mining"]


def build(slug: str, *, copies: int = 1):
    built = base_mission(slug=slug, rates={"MXN": "0.0741", "USD": "1.365"})
    built.tags = [ActionPlanTag.objects.create(mission=built.mission, slug=f"t{index}", name_en=name)
                  for index, name in enumerate(TAGS)]
    for _copy in range(copies):
        visiting = [add_organization(built, side=Side.VISITING, region=region, employees=employees,
                                     first_time=first) for region, employees, first in VISITING]
        hosts = [add_organization(built, side=Side.HOST, region=region) for region in HOSTS]
        meetings = [add_meeting(built, visiting=visiting[v], host=hosts[h], stop=stop, status=status)
                    for v, h, stop, status in MEETINGS]
        for index, side, usefulness, step in FEEDBACK:
            answer(built, meetings[index], side=side, usefulness=usefulness, next_step=step)
        for index, stage, currency, expected, signed, sector, tags in LEADS:
            lead(built, meetings[index], stage=stage, currency=currency, expected=expected, signed=signed,
                 sector=sector, tags=tags)
        for v, h in REQUESTS:
            request(built, visiting[v], hosts[h])
        applications(built, APPLICATIONS)
    # A held meeting of an archived version, with feedback: counts nowhere.
    archived = ScheduleVersion.objects.create(mission=built.mission, number=2, status=VersionStatus.ARCHIVED)
    old = add_meeting(built, visiting=built.visiting[0], host=built.hosts[0], version=archived)
    answer(built, old, side="host", usefulness=1, next_step="nothing")
    return built


def pct(part, whole):
    return (D(part) * 100 / D(whole)).quantize(D("0.1"), rounding=ROUND_HALF_UP) if whole else None


def avg(values):
    return (D(sum(values)) / D(len(values))).quantize(D("0.01"), rounding=ROUND_HALF_UP) if values else None


def cents(amount):
    return amount.quantize(D("0.01"), rounding=ROUND_HALF_EVEN)


def value(amount, currency):
    return D(amount) * RATES[currency] if amount else D(0)


def expected_funnel():
    statuses = [status for *_rest, status in MEETINGS]
    held = [index for index, status in enumerate(statuses) if status == "held"]
    follow = {index for index, _side, _u, step in FEEDBACK if step != "nothing"} | {row[0] for row in LEADS}
    counts = {"applications": sum(status != "draft" for status in APPLICATIONS),
              "selected": APPLICATIONS.count("selected"), "requested": len(REQUESTS),
              "scheduled": sum(status != "cancelled" for status in statuses), "held": len(held),
              "no_shows": sum(status.startswith("no_show") for status in statuses),
              "follow_ups": len(follow & set(held)), "contracts": sum(row[1] == "signed" for row in LEADS)}
    bases = {"selected": "applications", "scheduled": "requested", "held": "scheduled", "no_shows": "scheduled",
             "follow_ups": "held", "contracts": "follow_ups"}
    return [(key, count, pct(count, counts[bases[key]]) if key in bases else None) for key, count in counts.items()]


def expected_breakdown(key):
    """(label, scheduled, held, no-shows, leads, contracts, signed, pipeline) per group, in the report's order."""
    def meeting_key(v, h, stop):
        return {"stop": f"City {stop}", "province": VISITING[v][0] or "Not given", "state": HOSTS[h] or "Not given",
                "size": band(VISITING[v][1]), "first_time": first(VISITING[v][2])}.get(key)

    rows = defaultdict(lambda: [0, 0, 0, 0, 0, defaultdict(D), defaultdict(D)])
    if key not in {"sector", "tag"}:
        for v, h, stop, status in MEETINGS:
            row = rows[meeting_key(v, h, stop)]
            row[0] += status != "cancelled"
            row[1] += status == "held"
            row[2] += status.startswith("no_show")
    for index, stage, currency, expected, signed, sector, tags in LEADS:
        v, h, stop, _status = MEETINGS[index]
        if key == "sector":
            groups = [SECTORS[sector] if sector is not None else "No sector"]
        elif key == "tag":
            groups = [TAGS[tag] for tag in tags] or ["No tag"]
        else:
            groups = [meeting_key(v, h, stop)]
        for group in groups:
            row = rows[group]
            row[3] += 1
            row[4] += stage == "signed"
            if stage == "signed":
                row[5][currency] += D(signed)
            if stage in {"contact", "proposal", "negotiation"} and expected:
                row[6][currency] += D(expected)
    result = {label: (label, *row[:5], cents(sum((amount * RATES[c] for c, amount in row[5].items()), D(0))),
                      cents(sum((amount * RATES[c] for c, amount in row[6].items()), D(0))))
              for label, row in rows.items()}
    fixed = {"stop": ["City 0", "City 1"], "size": ["1–9 employees", "10–99 employees", "100–499 employees",
                                                     "500 employees or more", "Not given"],
             "first_time": ["First-time exporters", "Experienced exporters"]}.get(key)
    if fixed:
        return [result[label] for label in fixed if label in result]
    last = {"Not given", "No sector", "No tag"}
    return [result[label] for label in sorted(result, key=lambda label: (label in last, label.casefold()))]


def band(employees):
    if employees is None:
        return "Not given"
    return ("1–9 employees" if employees < 10 else "10–99 employees" if employees < 100
            else "100–499 employees" if employees < 500 else "500 employees or more")


def first(flag):
    return "First-time exporters" if flag else "Experienced exporters"


def test_every_report_figure_matches_an_independent_count():
    built = build("report")
    report = mission_report(mission=built.mission)

    assert [(stage.key, stage.count, stage.rate) for stage in report.funnel] == expected_funnel()
    assert report.currency == "CAD"
    signed = sum((value(row[4], row[2]) for row in LEADS if row[1] == "signed"), D(0))
    pipeline = sum((value(row[3], row[2]) for row in LEADS if row[1] in {"contact", "proposal", "negotiation"}), D(0))
    assert (report.value_signed, report.value_pipeline) == (cents(signed), cents(pipeline))
    # By hand, once: 95000.50 + 74100 signed; 37050 + 16851.84 in the pipeline.
    assert (report.value_signed, report.value_pipeline) == (D("169100.50"), D("53901.84"))
    assert report.missing_rates == []
    assert report.stages == [(stage, label, sum(row[1] == stage for row in LEADS)) for stage, label in [
        ("contact", "Contact"), ("proposal", "Proposal"), ("negotiation", "Negotiation"),
        ("signed", "Signed contract"), ("lost", "Lost")]]

    for breakdown in report.breakdowns:
        got = [(row.label, row.scheduled, row.held, row.no_shows, row.leads, row.contracts, row.signed, row.pipeline)
               for row in breakdown.rows]
        assert got == expected_breakdown(breakdown.key), breakdown.key
    assert [b.key for b in report.breakdowns] == ["stop", "sector", "tag", "province", "state", "size", "first_time"]

    held = sum(status == "held" for *_rest, status in MEETINGS)
    satisfaction = report.satisfaction
    assert (satisfaction.answered, satisfaction.expected) == (len(FEEDBACK), 2 * held)
    assert satisfaction.response_rate == pct(len(FEEDBACK), 2 * held)
    assert satisfaction.average == avg([row[2] for row in FEEDBACK])
    assert satisfaction.distribution == [(score, sum(row[2] == score for row in FEEDBACK)) for score in range(1, 6)]
    assert [(key, count) for key, _label, count in satisfaction.next_steps] == [
        (step, sum(row[3] == step for row in FEEDBACK))
        for step in ("nothing", "call", "quote", "samples", "visit", "nda", "loi", "contract")]
    for side in satisfaction.by_side:
        scores = [row[2] for row in FEEDBACK if row[1] == side.side]
        assert (side.answered, side.expected, side.rate, side.average) == (
            len(scores), held, pct(len(scores), held), avg(scores))

    expected_pairs = []
    for index, stage, currency, expected, signed_value, _sector, _tags in LEADS:
        v, h, _stop, _status = MEETINGS[index]
        scores = [row[2] for row in FEEDBACK if row[0] == index]
        expected_pairs.append((
            built.visiting[v].name, built.hosts[h].name,
            cents(value(signed_value, currency)) if stage == "signed" else D(0),
            cents(value(expected, currency)) if stage in {"contact", "proposal", "negotiation"} else D(0),
            avg(scores)))
    expected_pairs.sort(key=lambda pair: (-pair[2], -pair[3], -(pair[4] or 0), pair[0], pair[1]))
    assert [(p.visiting, p.host, p.signed, p.pipeline, p.usefulness) for p in report.top_pairs] == expected_pairs


def test_values_without_a_rate_are_left_out_and_named():
    built = base_mission(slug="no-rates")
    meeting = add_meeting(built, visiting=add_organization(built, side=Side.VISITING),
                          host=add_organization(built, side=Side.HOST))
    lead(built, meeting, stage="signed", currency="MXN", signed="1000.00")
    report = mission_report(mission=built.mission)
    assert (report.value_signed, report.missing_rates) == (D("0.00"), ["MXN"])


def test_an_empty_mission_reports_zeros_and_no_rates():
    report = mission_report(mission=base_mission(slug="empty").mission)
    assert [(stage.count, stage.rate) for stage in report.funnel] == [(0, None)] * 8
    assert (report.satisfaction.average, report.satisfaction.response_rate, report.top_pairs) == (None, None, [])


def test_the_report_takes_the_same_number_of_queries_at_one_and_at_many():
    counts = []
    for slug, copies in (("one", 1), ("many", 6)):
        built = build(slug, copies=copies)
        mission = type(built.mission).objects.get(pk=built.mission.pk)
        with CaptureQueriesContext(connection) as queries:
            mission_report(mission=mission)
        counts.append(len(queries))
    assert counts[0] == counts[1]
    assert counts[0] <= 30
