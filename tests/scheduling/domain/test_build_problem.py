import pytest

from tests.factories.missions import ProgrammeElementFactory
from tests.scheduling.builders import DAY1, DAY2, at, classic, hand_built
from trademission.directory.enums import Side
from trademission.matchmaking.domain.weights import scheduler_pairs
from trademission.scheduling.domain.build_problem import build_problem, plan_problem
from trademission.scheduling.domain.registrations import register_for_element
from trademission.scheduling.domain.runs import new_version
from trademission.scheduling.models import Attendance

pytestmark = pytest.mark.django_db

DAY1_SLOTS = ["20260216-0900", "20260216-0920", "20260216-0940", "20260216-1020", "20260216-1040"]
DAY2_SLOTS = ["20260217-0900", "20260217-0920"]
ALL = DAY1_SLOTS + DAY2_SLOTS


def keys(suffixes: list[str]) -> list[str]:
    return [f"mexico-city-{suffix}" for suffix in suffixes]


def draft(world, *, kind: str = "generate", **fields):
    return new_version(mission=world.mission, kind=kind, by=None, **fields)


def participant(problem: dict, world, name: str) -> dict:
    org = world.orgs[name]
    wanted = f"{'v' if org.side == Side.VISITING else 'h'}-{org.pk}"
    return next(p for p in problem["participants"] if p["id"] == wanted)


def test_the_classic_mission_as_a_problem():
    world = classic()

    problem = build_problem(world.mission, version=draft(world))

    assert [slot["id"] for slot in problem["slots"]] == keys(ALL)
    assert problem["slots"][0] == {"id": "mexico-city-20260216-0900", "city": "mexico-city",
                                   "start": "2026-02-16T09:00:00-06:00", "minutes": 20, "tables": 2,
                                   "interpreters": {"en-es": 1}}
    assert {name: (p["seats"], p.get("languages"), len(p["available"]), p["min_meetings"]) for name in world.orgs
            for p in [participant(problem, world, name)]} == {
        "Maple": (2, ["en", "fr"], 7, 1), "Cedar": (1, ["en"], 7, 1), "Agua": (1, ["en", "es"], 7, 1),
        "Sol": (1, ["es"], 7, 1)}
    pairs = {(p.visiting_id, p.host_id): p.weight for p in scheduler_pairs(mission=world.mission)}
    assert [(r["a"], r["b"], r["weight"], r.get("required", False), r.get("slot")) for r in problem["requests"]] == [
        (f"v-{v}", f"h-{h}", weight, False, None) for (v, h), weight in sorted(pairs.items())]
    assert len(problem["requests"]) == 4
    assert "previous" not in problem


@pytest.mark.parametrize(("carl_days", "expected"), [
    ((DAY1, DAY2), ALL),
    ((DAY1,), DAY1_SLOTS),
    ((DAY2,), DAY2_SLOTS),
])
def test_availability_follows_the_days_a_representative_attends(carl_days, expected):
    world = classic()
    Attendance.objects.filter(person=world.people["Carl"]).exclude(date__in=carl_days).delete()

    problem = build_problem(world.mission, version=draft(world))

    assert participant(problem, world, "Cedar")["available"] == keys(expected)


@pytest.mark.parametrize(("hours", "expected"), [
    (("09:10", "09:50"), DAY1_SLOTS[3:] + DAY2_SLOTS),  # overlaps 09:00, 09:20 and 09:40
    (("10:00", "10:20"), ALL),  # inside the break: clashes with nothing
    (("10:40", "12:00"), DAY1_SLOTS[:4] + DAY2_SLOTS),
])
def test_a_programme_registration_makes_its_time_unavailable(hours, expected):
    world = classic()
    visit = ProgrammeElementFactory(stop=world.stop, kind="site_visit", starts_at=at(DAY1, hours[0]),
                                    ends_at=at(DAY1, hours[1]), max_per_organization=1)
    register_for_element(person=world.people["Elena"], element=visit)

    problem = build_problem(world.mission, version=draft(world))

    assert participant(problem, world, "Sol")["available"] == keys(expected)


@pytest.mark.parametrize(("anne_days", "bruno_days", "bruno_busy", "seats", "available"), [
    ((DAY1, DAY2), (DAY1, DAY2), None, 2, 7),
    ((DAY1, DAY2), (DAY1,), None, 1, 7),  # only Anne on day 2: one seat over the whole problem
    ((DAY1,), (DAY1,), None, 2, 5),
    ((DAY1,), (DAY1,), ("09:00", "09:40"), 1, 5),  # Bruno at a briefing for two slots
    ((), (DAY2,), None, 1, 2),
])
def test_seats_are_the_representatives_free_in_every_available_slot(anne_days, bruno_days, bruno_busy, seats,
                                                                    available):
    world = classic()
    Attendance.objects.filter(person=world.people["Anne"]).exclude(date__in=anne_days).delete()
    Attendance.objects.filter(person=world.people["Bruno"]).exclude(date__in=bruno_days).delete()
    if bruno_busy:
        briefing = ProgrammeElementFactory(stop=world.stop, starts_at=at(DAY1, bruno_busy[0]),
                                           ends_at=at(DAY1, bruno_busy[1]))
        register_for_element(person=world.people["Bruno"], element=briefing)

    found = participant(build_problem(world.mission, version=draft(world)), world, "Maple")

    assert (found["seats"], len(found["available"])) == (seats, available)


def test_an_organization_nobody_attends_is_left_out_with_a_reason():
    world = classic()
    Attendance.objects.filter(person=world.people["Elena"]).update(withdrawn_at=at(DAY1, "08:00"))

    plan = plan_problem(world.mission, version=draft(world))

    assert [p["id"] for p in plan.problem["participants"]] == [
        f"v-{world.orgs['Maple'].pk}", f"v-{world.orgs['Cedar'].pk}", f"h-{world.orgs['Agua'].pk}"]
    assert len(plan.problem["requests"]) == 2
    assert sorted(plan.excluded.values()) == ["no representative available for B2B meetings: Sol"] * 2


def test_a_rerun_pins_and_requires_the_locked_meetings_only():
    world = classic()
    base = hand_built(world, [("Maple", "Agua", "20260216-0940", 1, "", "Anne", "Diego"),
                              ("Cedar", "Sol", "20260216-0900", 1, "en-es", "Carl", "Elena")])
    base.meetings.filter(visiting=world.orgs["Maple"]).update(locked=True)

    problem = build_problem(world.mission, version=draft(world, kind="rerun", base=base))

    assert [(r["id"], r.get("slot"), r.get("required", False)) for r in problem["requests"]
            if r.get("slot")] == [(f"r-{world.orgs['Maple'].pk}-{world.orgs['Agua'].pk}",
                                   "mexico-city-20260216-0940", True)]
    assert "previous" not in problem


def test_a_repair_starts_from_the_previous_placements_and_freezes_the_past():
    world = classic()
    live = hand_built(world, [("Maple", "Agua", "20260216-0900", 1, "", "Anne", "Diego"),
                              ("Cedar", "Sol", "20260216-0940", 1, "en-es", "Carl", "Elena"),
                              ("Cedar", "Agua", "20260217-0900", 1, "", "Carl", "Diego")], status="live")
    live.meetings.filter(host=world.orgs["Agua"], visiting=world.orgs["Cedar"]).update(status="cancelled")

    plan = plan_problem(world.mission, version=draft(world, kind="repair", base=live,
                                                      frozen_before=at(DAY1, "09:30")))

    cedar, sol, maple = world.orgs["Cedar"].pk, world.orgs["Sol"].pk, world.orgs["Maple"].pk
    assert [slot["id"] for slot in plan.problem["slots"]] == keys(ALL[2:])
    assert [m.visiting.name for m in plan.frozen] == ["Maple"]
    assert plan.problem["previous"] == [{"request": f"r-{cedar}-{sol}", "slot": "mexico-city-20260216-0940"}]
    assert sorted(r["id"] for r in plan.problem["requests"]) == sorted([f"r-{cedar}-{sol}", f"r-{maple}-{sol}"])
    assert plan.excluded == {(cedar, world.orgs["Agua"].pk): "cancelled on site"}
