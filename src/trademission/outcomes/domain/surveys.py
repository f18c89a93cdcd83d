"""Follow-up surveys 3, 6 and 12 months after the mission: participants update their deals.

Each survey is a row with its due date. It is queued as a deferred task when scheduled, and the
``outcomes_followups`` command (for a cron) sends whatever is due too: sending is idempotent, so
whichever runs first sends and the other finds nothing to do.
"""

import calendar
import datetime as dt
import logging
import zoneinfo

from django.db import transaction
from django.db.models import Q, QuerySet
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from trademission.common.notifications import send_email_later
from trademission.directory.models import Organization, Person
from trademission.missions.models import Mission
from trademission.outcomes.domain.common import held_meetings, person_language, site_url
from trademission.outcomes.domain.currency import outcome_settings
from trademission.outcomes.domain.feedback import request_feedback
from trademission.outcomes.enums import SURVEY_MONTHS
from trademission.outcomes.models import FollowUpSurvey, SurveyInvitation

logger = logging.getLogger(__name__)
SEND_HOUR = 9  # local time of the mission: mail read at the start of a working day
FEEDBACK_WINDOW_DAYS = 30


def add_months(day: dt.date, months: int) -> dt.date:
    """The same day ``months`` later, or the month's last day when it is shorter (31 Aug + 6 → 28/29 Feb)."""
    month_index = day.month - 1 + months
    year, month = day.year + month_index // 12, month_index % 12 + 1
    return dt.date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def survey_due_at(*, mission: Mission, months: int) -> dt.datetime:
    day = add_months(mission.end_date, months)
    return dt.datetime.combine(day, dt.time(SEND_HOUR), tzinfo=zoneinfo.ZoneInfo(mission.time_zone))


def schedule_surveys(*, mission: Mission) -> list[FollowUpSurvey]:
    """Create the three surveys and queue each to run at its due time, once the transaction commits."""
    from trademission.outcomes.tasks import task_send_survey

    surveys = []
    with transaction.atomic():
        for months in SURVEY_MONTHS:
            survey, _created = FollowUpSurvey.objects.update_or_create(
                mission=mission, months=months, defaults={"due_at": survey_due_at(mission=mission, months=months)})
            surveys.append(survey)
        for survey in surveys:
            if survey.sent_at is None:
                transaction.on_commit(lambda survey=survey: task_send_survey.using(run_after=survey.due_at).enqueue(
                    survey_id=survey.pk))
    return surveys


def survey_people(mission: Mission) -> QuerySet[Person]:
    """Every representative of an organization that held at least one meeting."""
    held = held_meetings(mission)
    organizations = Organization.objects.filter(mission=mission).filter(
        Q(pk__in=held.values("visiting_id")) | Q(pk__in=held.values("host_id")))
    return (Person.objects.filter(organization__in=organizations).select_related("user", "organization")
            .order_by("pk"))


def _email(invitation: SurveyInvitation, *, reminder: bool) -> None:
    person, survey = invitation.person, invitation.survey
    with translation.override(person_language(person)):
        values = {"mission": survey.mission.name, "months": survey.months,
                  "url": site_url("portal-survey", survey.mission.slug, invitation.token)}
        subject = (_("Reminder: %(mission)s, %(months)s months on") if reminder
                   else _("%(mission)s, %(months)s months on: how are your deals?")) % values
        body = _("%(months)s months have passed since %(mission)s. Please take two minutes to update the leads "
                 "and contracts that came out of your meetings, or tell us nothing has changed:\n\n%(url)s\n\n"
                 "This link is private to you.") % values
        send_email_later(recipients=[person.email], subject=subject, body=body)


def send_survey(*, survey_id: int, now: dt.datetime | None = None) -> int:
    """Invite everyone concerned once the survey is due; returns the invitations sent (0 if sent already)."""
    now = now or timezone.now()
    with transaction.atomic():
        # The conditional update makes the task and the cron command race safely: one of them wins.
        if not FollowUpSurvey.objects.filter(pk=survey_id, sent_at__isnull=True, due_at__lte=now).update(sent_at=now):
            return 0
        survey = FollowUpSurvey.objects.select_related("mission").get(pk=survey_id)
        sent = 0
        for person in survey_people(survey.mission):
            invitation, _created = SurveyInvitation.objects.get_or_create(survey=survey, person=person,
                                                                          defaults={"sent_at": now})
            invitation.survey = survey
            _email(invitation, reminder=False)
            sent += 1
        delay = dt.timedelta(days=outcome_settings(survey.mission).survey_reminder_days)
    from trademission.outcomes.tasks import task_remind_survey

    transaction.on_commit(lambda: task_remind_survey.using(run_after=now + delay).enqueue(survey_id=survey_id))
    return sent


def remind_survey(*, survey_id: int, now: dt.datetime | None = None) -> int:
    """Remind the silent invitees once; returns how many were reminded."""
    now = now or timezone.now()
    with transaction.atomic():
        survey = FollowUpSurvey.objects.select_related("mission").filter(pk=survey_id).first()
        if survey is None or survey.sent_at is None:
            return 0
        if not FollowUpSurvey.objects.filter(pk=survey_id, reminded_at__isnull=True).update(reminded_at=now):
            return 0
        pending = list(survey.invitations.filter(answered_at__isnull=True, reminded_at__isnull=True)
                       .select_related("person__user"))
        for invitation in pending:
            invitation.survey = survey
            _email(invitation, reminder=True)
        SurveyInvitation.objects.filter(pk__in=[invitation.pk for invitation in pending]).update(reminded_at=now)
    return len(pending)


def invitation_for_token(*, mission: Mission, token: str) -> SurveyInvitation | None:
    return (SurveyInvitation.objects.filter(survey__mission=mission, token=token, survey__sent_at__isnull=False)
            .select_related("survey__mission", "person__organization").first())


def answer_survey(*, invitation: SurveyInvitation) -> None:
    if invitation.answered_at is None:
        invitation.answered_at = timezone.now()
        invitation.save(update_fields=["answered_at"])


def run_followups(*, now: dt.datetime | None = None) -> dict[str, int]:
    """What the cron does: ask feedback on meetings held, schedule surveys for finished missions, send those
    due, remind those overdue."""
    now = now or timezone.now()
    counts = {"feedback": 0, "scheduled": 0, "sent": 0, "reminded": 0}
    # Feedback is asked soon after a meeting is marked held, while it is fresh; a month after the mission
    # the follow-up surveys take over, so older missions are not walked on every run.
    recent = Mission.objects.filter(start_date__lte=now.date(),
                                    end_date__gte=now.date() - dt.timedelta(days=FEEDBACK_WINDOW_DAYS))
    for mission in recent.order_by("pk"):
        counts["feedback"] += request_feedback(mission=mission)
    finished = Mission.objects.filter(end_date__lt=now.date()).exclude(follow_up_surveys__isnull=False)
    for mission in finished:
        if held_meetings(mission).exists():
            schedule_surveys(mission=mission)
            counts["scheduled"] += 1
    for survey in FollowUpSurvey.objects.filter(sent_at__isnull=True, due_at__lte=now).order_by("pk"):
        counts["sent"] += send_survey(survey_id=survey.pk, now=now)
    for survey in FollowUpSurvey.objects.filter(sent_at__isnull=False, reminded_at__isnull=True).select_related(
            "mission__outcome_settings").order_by("pk"):
        days = outcome_settings(survey.mission).survey_reminder_days
        if survey.sent_at + dt.timedelta(days=days) <= now:
            counts["reminded"] += remind_survey(survey_id=survey.pk, now=now)
    logger.info("Follow-ups: %s", counts)
    return counts
