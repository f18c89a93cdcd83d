"""Follow-up surveys 3, 6 and 12 months on: deferred tasks in the real database queue, and a cron command."""

import datetime as dt
import io
import zoneinfo

import pytest
from django.core import mail
from django.core.management import call_command
from django.utils import timezone

from tests.outcomes.builders import add_meeting, add_organization, base_mission
from trademission.directory.enums import Side
from trademission.outcomes.domain.surveys import add_months, run_followups, schedule_surveys
from trademission.outcomes.models import FollowUpSurvey, SurveyInvitation
from trademission.scheduling.enums import MeetingStatus

MX = zoneinfo.ZoneInfo("America/Mexico_City")


@pytest.mark.parametrize(("day", "months", "expected"), [
    (dt.date(2026, 2, 20), 3, dt.date(2026, 5, 20)),
    (dt.date(2026, 2, 20), 12, dt.date(2027, 2, 20)),
    (dt.date(2026, 8, 31), 6, dt.date(2027, 2, 28)),
    (dt.date(2027, 8, 31), 6, dt.date(2028, 2, 29)),
    (dt.date(2026, 11, 30), 3, dt.date(2027, 2, 28)),
    (dt.date(2026, 10, 15), 3, dt.date(2027, 1, 15)),
])
def test_add_months(day, months, expected):
    assert add_months(day, months) == expected


def finished_mission(slug: str, *, days_ago: int):
    """A mission that ended ``days_ago`` days ago: one held meeting (two people), one no-show (not surveyed)."""
    end = timezone.localdate() - dt.timedelta(days=days_ago)
    built = base_mission(slug=slug, day=end - dt.timedelta(days=2))
    visiting, host = add_organization(built, side=Side.VISITING), add_organization(built, side=Side.HOST)
    add_meeting(built, visiting=visiting, host=host)
    add_meeting(built, visiting=add_organization(built, side=Side.VISITING), host=host,
                status=MeetingStatus.NO_SHOW_VISITING)
    return built, [built.people[visiting.pk].email, built.people[host.pk].email]


@pytest.fixture
def database_queue(settings):
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend", "QUEUES": ["default"]}}


def run_worker() -> None:
    call_command("db_worker", "--batch", "--no-startup-delay", verbosity=0)


@pytest.mark.django_db(transaction=True)
def test_surveys_wait_in_the_queue_until_due_then_invite_the_people_of_held_meetings(database_queue):
    from django_tasks_db.models import DBTaskResult

    # Ended 200 days ago: the 3- and 6-month surveys are due, the 12-month one is not.
    built, emails = finished_mission("surveyed", days_ago=200)
    surveys = schedule_surveys(mission=built.mission)
    assert [(survey.months, survey.due_at) for survey in surveys] == [
        (months, dt.datetime.combine(add_months(built.mission.end_date, months), dt.time(9), tzinfo=MX))
        for months in (3, 6, 12)]
    queued = DBTaskResult.objects.filter(task_path__endswith="task_send_survey").order_by("run_after")
    assert [(row.run_after, row.args_kwargs["kwargs"]) for row in queued] == [
        (survey.due_at, {"survey_id": survey.pk}) for survey in surveys]

    run_worker()

    sent = {survey.months: survey.sent_at is not None for survey in FollowUpSurvey.objects.all()}
    assert sent == {3: True, 6: True, 12: False}
    assert sorted(SurveyInvitation.objects.values_list("survey__months", "person__email")) == sorted(
        (months, email) for months in (3, 6) for email in emails)
    assert sorted((message.to[0], message.subject) for message in mail.outbox) == sorted(
        (email, f"{built.mission.name}, {months} months on: how are your deals?")
        for months in (3, 6) for email in emails)
    invitation = SurveyInvitation.objects.filter(person__email=emails[0], survey__months=3).get()
    assert any(invitation.token in message.body for message in mail.outbox)
    # Each sent survey queued its reminder for 14 days later; neither the reminders nor the 12-month survey ran.
    waiting = DBTaskResult.objects.filter(status="READY")
    assert sorted(row.task_path.rsplit(".", 1)[1] for row in waiting) == [
        "task_remind_survey", "task_remind_survey", "task_send_survey"]

    # Running the queue again sends nothing twice.
    mail.outbox.clear()
    run_worker()
    assert mail.outbox == []


@pytest.mark.django_db(transaction=True)
def test_the_cron_command_schedules_sends_and_reminds(database_queue):
    built, emails = finished_mission("cron", days_ago=120)
    out = io.StringIO()
    call_command("outcomes_followups", stdout=out)
    assert out.getvalue() == "feedback=0 scheduled=1 sent=2 reminded=0\n"
    assert FollowUpSurvey.objects.filter(mission=built.mission).count() == 3
    assert FollowUpSurvey.objects.get(mission=built.mission, months=3).sent_at is not None
    assert FollowUpSurvey.objects.get(mission=built.mission, months=6).sent_at is None

    # One participant answers; 20 days later the cron reminds only the other, once.
    answered = SurveyInvitation.objects.get(person__email=emails[0])
    answered.answered_at = timezone.now()
    answered.save()
    later = timezone.now() + dt.timedelta(days=20)
    assert run_followups(now=later) == {"feedback": 0, "scheduled": 0, "sent": 0, "reminded": 1}
    assert run_followups(now=later) == {"feedback": 0, "scheduled": 0, "sent": 0, "reminded": 0}
    reminded = SurveyInvitation.objects.get(person__email=emails[1])
    assert reminded.reminded_at == later
    run_worker()
    assert sorted(message.to[0] for message in mail.outbox if message.subject.startswith("Reminder")) == [emails[1]]


@pytest.mark.django_db(transaction=True)
def test_the_cron_asks_both_sides_of_each_held_meeting_for_feedback_once(database_queue):
    _, emails = finished_mission("fresh", days_ago=2)

    assert run_followups() == {"feedback": 2, "scheduled": 1, "sent": 0, "reminded": 0}
    assert run_followups() == {"feedback": 0, "scheduled": 0, "sent": 0, "reminded": 0}
    run_worker()

    # The no-show meeting's people are not asked.
    assert sorted(message.to[0] for message in mail.outbox) == sorted(emails)
    assert all(message.subject.startswith("How was your meeting with") for message in mail.outbox)


@pytest.mark.django_db(transaction=True)
def test_the_cron_leaves_feedback_of_missions_long_over_to_the_organizer(database_queue):
    finished_mission("old", days_ago=45)

    assert run_followups()["feedback"] == 0
