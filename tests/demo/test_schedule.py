import pytest

from b2bsolver import check, load_problem, load_result
from trademission.directory.models import Person
from trademission.missions.models import Mission
from trademission.scheduling.domain.build_problem import plan_problem
from trademission.scheduling.domain.report import meetings_of_person
from trademission.scheduling.models import AgendaToken, Attendance, B2BSession, ScheduleVersion

pytestmark = pytest.mark.django_db


def test_the_2026_mission_ends_with_a_published_schedule(demo):
    mission = Mission.objects.get(slug="ctm-mexico-2026")
    live = ScheduleVersion.objects.get(mission=mission, status="live")

    assert (live.number, live.kind, live.seed, live.stats["status"]) == (1, "generate", 2026, "optimal")
    assert live.meetings.count() == live.stats["meetings"] > 300
    assert live.stats["quality"] >= 0.99
    assert B2BSession.objects.filter(mission=mission).count() == 6
    assert [s.interpreters for s in B2BSession.objects.filter(mission=mission)] == [{"en-es": 3, "es-fr": 1}] * 6
    assert not Attendance.objects.filter(stop__mission=mission, withdrawn_at__isnull=False).exists()
    assert AgendaToken.objects.filter(person__organization__mission=mission).count() == Person.objects.filter(
        organization__mission=mission).count()


def test_the_demo_delegate_has_meetings_that_pass_the_engine_checker(demo):
    mission = Mission.objects.get(slug="ctm-mexico-2026")
    live = ScheduleVersion.objects.get(mission=mission, status="live")
    delegate = Person.objects.get(email="delegate@example.com")

    assert len(meetings_of_person(live, delegate.pk)) >= 1
    plan = plan_problem(mission, version=live.__class__(mission=mission, number=99, kind="generate"))
    slots = {meeting.slot_id: meeting.slot.key for meeting in live.meetings.select_related("slot")}
    result = load_result({"format": "b2b-result/1", "status": "feasible", "unscheduled": [], "meetings": [
        {"request": f"r-{m.visiting_id}-{m.host_id}", "slot": slots[m.slot_id], "table": m.table,
         "interpreter": m.interpreter or None} for m in live.meetings.all()], "stats": {
        "meetings": live.stats["meetings"], "weight": live.stats["weight"], "upper_bound": live.stats["upper_bound"],
        "idle_gaps": live.stats["idle_gaps"]}})
    assert check(load_problem(plan.problem), result) == []
