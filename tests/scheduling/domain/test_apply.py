import pytest

from b2bsolver import load_result
from tests.factories.missions import ProgrammeElementFactory
from tests.scheduling.builders import DAY1, at, classic, generated, hand_built
from trademission.scheduling.domain.apply import ScheduleError, apply_solution, meeting_uid
from trademission.scheduling.domain.build_problem import plan_problem, request_id
from trademission.scheduling.domain.publish import publish_version
from trademission.scheduling.domain.registrations import register_for_element
from trademission.scheduling.domain.runs import cancel_run, execute_run, new_version
from trademission.scheduling.models import Meeting, ScheduleVersion

pytestmark = pytest.mark.django_db


def result(world, plan, rows: list[tuple[str, str, str, int, str | None]]) -> object:
    weights = {r["id"]: r["weight"] for r in plan.problem["requests"]}
    meetings = [{"request": request_id(world.orgs[v].pk, world.orgs[h].pk), "slot": f"mexico-city-{suffix}",
                 "table": table, "interpreter": interpreter} for v, h, suffix, table, interpreter in rows]
    weight = sum(weights[m["request"]] for m in meetings)
    return load_result({"format": "b2b-result/1", "status": "feasible", "meetings": meetings, "unscheduled": [],
                        "stats": {"meetings": len(meetings), "weight": weight, "upper_bound": weight, "idle_gaps": 0}})


def test_the_engine_result_becomes_a_draft_with_people_seated_by_language():
    world = classic()

    version = generated(world)

    assert (version.status, version.progress, version.stats["meetings"], version.stats["quality"]) == (
        "draft", 100, 4, 1.0)
    seated = {(m.visiting.name, m.host.name): (m.visiting_person.first_name, m.host_person.first_name, m.interpreter)
              for m in version.meetings.select_related("visiting", "host", "visiting_person", "host_person")}
    assert seated[("Cedar", "Agua")] == ("Carl", "Diego", "")
    assert seated[("Cedar", "Sol")] == ("Carl", "Elena", "en-es")
    assert seated[("Maple", "Agua")][1:] == ("Diego", "")
    assert seated[("Maple", "Sol")][1:] == ("Elena", "en-es")
    assert version.unscheduled == []
    assert version.stats["fairness"] == []


@pytest.mark.parametrize(("rows", "message"), [
    ([("Maple", "Agua", "20260216-0900", 1, None), ("Cedar", "Sol", "20260216-0900", 1, "en-es")],
     "the checker rejected the result: .*table"),  # two meetings at one table
    ([("Cedar", "Sol", "20260216-0900", 1, None)], "the checker rejected the result: .*interpreter"),
    ([("Cedar", "Sol", "20260216-0900", 3, "en-es")], "the checker rejected the result: .*table"),  # no table 3
])
def test_a_result_the_checker_rejects_stores_nothing(rows, message):
    world = classic()
    version = new_version(mission=world.mission, kind="generate", by=None)
    plan = plan_problem(world.mission, version=version)

    with pytest.raises(ScheduleError, match=message):
        apply_solution(version, plan=plan, result=result(world, plan, rows))

    assert Meeting.objects.count() == 0
    assert ScheduleVersion.objects.get(pk=version.pk).status == "running"


def test_a_cancelled_run_stores_nothing_and_the_live_version_stays():
    world = classic()
    live = hand_built(world, [("Maple", "Agua", "20260216-0900", 1, "", "Anne", "Diego")], status="live")
    version = new_version(mission=world.mission, kind="generate", by=None, time_limit=1)
    plan = plan_problem(world.mission, version=version)
    cancel_run(version=version)

    with pytest.raises(ScheduleError, match="cancelled, not running"):
        apply_solution(version, plan=plan, result=result(world, plan, [("Cedar", "Agua", "20260216-0900", 1, None)]))

    assert execute_run(version=ScheduleVersion.objects.get(pk=version.pk)).status == "cancelled"
    assert list(ScheduleVersion.objects.values_list("number", "status")) == [(2, "cancelled"), (1, "live")]
    assert Meeting.objects.filter(version=live).count() == 1
    assert Meeting.objects.filter(version=version).count() == 0


def test_a_failed_run_says_why_and_the_live_version_stays():
    world = classic()
    live = hand_built(world, [("Maple", "Agua", "20260216-0900", 1, "", "Anne", "Diego")], status="live")
    live.meetings.update(locked=True)
    # The locked meeting is pinned to 09:00 and required, but Diego is now at a briefing then.
    briefing = ProgrammeElementFactory(stop=world.stop, starts_at=at(DAY1, "08:30"), ends_at=at(DAY1, "09:20"))
    register_for_element(person=world.people["Diego"], element=briefing)
    rerun = new_version(mission=world.mission, kind="rerun", by=None, base=live, time_limit=1)

    failed = execute_run(version=rerun)

    assert failed.status == "failed"
    assert failed.error.startswith(f"r-{world.orgs['Maple'].pk}-{world.orgs['Agua'].pk}: ")
    assert list(ScheduleVersion.objects.values_list("number", "status")) == [(2, "failed"), (1, "live")]
    assert Meeting.objects.filter(version=failed).count() == 0


def test_the_same_pair_keeps_its_uid_in_every_version():
    world = classic()
    first = generated(world, seed=1)
    publish_version(version=first, notify=False)
    second = generated(world, seed=2)

    uids = {version.number: dict(version.meetings.values_list("visiting__name", "uid")) for version in (first, second)}

    assert uids[1] == uids[2]
    assert uids[1]["Cedar"] in {meeting_uid(mission=world.mission, visiting_id=world.orgs["Cedar"].pk,
                                            host_id=world.orgs[host].pk) for host in ("Agua", "Sol")}
