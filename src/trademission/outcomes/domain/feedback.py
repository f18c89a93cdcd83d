"""Feedback after each held meeting: asked of both sides by e-mail (private link) and in the portal."""

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.db.models import Count, Q
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from trademission.common.notifications import send_email_later
from trademission.directory.enums import Side
from trademission.directory.models import Organization, Person
from trademission.missions.models import Mission
from trademission.outcomes.domain.common import held_meetings, person_language, site_url
from trademission.outcomes.enums import NextStep
from trademission.outcomes.models import Feedback
from trademission.outcomes.rules import is_side_of_held_meeting, sides_of
from trademission.scheduling.models import Meeting


def side_of(*, user: object, meeting: Meeting) -> str | None:
    """Which side of ``meeting`` the user speaks for, if they may give feedback on it at all."""
    if not is_side_of_held_meeting(user, meeting):
        return None
    organizations = sides_of(user, meeting.version.mission_id)
    return Side.VISITING if meeting.visiting_id in organizations else Side.HOST


def _representative(meeting: Meeting, side: str) -> Person | None:
    person = meeting.visiting_person if side == Side.VISITING else meeting.host_person
    if person is not None:
        return person
    organization_id = meeting.visiting_id if side == Side.VISITING else meeting.host_id
    return Person.objects.filter(organization_id=organization_id).select_related("user").order_by("pk").first()


def feedback_for(*, meeting: Meeting, side: str) -> Feedback:
    """The side's feedback row for the meeting's pair, created on first use."""
    organization_id = meeting.visiting_id if side == Side.VISITING else meeting.host_id
    found, _created = Feedback.objects.get_or_create(
        mission_id=meeting.version.mission_id, meeting_uid=meeting.uid, side=side,
        defaults={"meeting": meeting, "organization_id": organization_id,
                  "person": _representative(meeting, side)})
    return found


def feedback_for_token(*, mission: Mission, token: str) -> Feedback | None:
    """The token opens its own feedback and nothing else, and only while its meeting counts as held."""
    found = (Feedback.objects.filter(mission=mission, token=token)
             .select_related("meeting__version", "meeting__slot__session__stop", "organization",
                             "meeting__visiting", "meeting__host").first())
    if found is None or not held_meetings(mission).filter(uid=found.meeting_uid).exists():
        return None
    return found


@transaction.atomic
def give_feedback(*, feedback: Feedback, usefulness: int, next_step: str, comment: str = "",
                  by: object | None = None) -> Feedback:
    if not held_meetings(feedback.mission).filter(uid=feedback.meeting_uid).exists():
        raise PermissionDenied(_("Feedback is only given on meetings that took place."))
    if usefulness not in range(1, 6):
        raise ValidationError({"usefulness": _("Choose a value from 1 to 5.")})
    if next_step not in NextStep.values:
        raise ValidationError({"next_step": _("Choose what comes next.")})
    feedback.usefulness, feedback.next_step, feedback.comment = usefulness, next_step, comment.strip()
    feedback.answered_at = timezone.now()
    feedback.answered_by = by if getattr(by, "is_authenticated", False) else None
    feedback.save(update_fields=["usefulness", "next_step", "comment", "answered_at", "answered_by"])
    return feedback


def _email(feedback: Feedback, *, reminder: bool) -> None:
    person = feedback.person
    if person is None:
        return
    meeting = feedback.meeting
    partner = meeting.host if feedback.side == Side.VISITING else meeting.visiting
    with translation.override(person_language(person)):
        values = {"partner": partner.name, "mission": feedback.mission.name,
                  "url": site_url("portal-feedback-token", feedback.mission.slug, feedback.token)}
        subject = (_("Reminder: how was your meeting with %(partner)s?") if reminder
                   else _("How was your meeting with %(partner)s?")) % values
        body = _("You met %(partner)s during %(mission)s. Three short questions tell the mission team what the "
                 "meeting led to, and help the next delegation:\n\n%(url)s\n\nThis link is private to you.") % values
        send_email_later(recipients=[person.email], subject=subject, body=body)


def request_feedback(*, mission: Mission) -> int:
    """Ask both sides of every held meeting not yet asked; returns how many were asked. Safe to repeat."""
    asked = 0
    meetings = held_meetings(mission).select_related("version", "visiting", "host", "visiting_person__user",
                                                     "host_person__user")
    with transaction.atomic():
        for meeting in meetings:
            for side in (Side.VISITING, Side.HOST):
                feedback = feedback_for(meeting=meeting, side=side)
                if feedback.requested_at is None and feedback.answered_at is None:
                    feedback.meeting = meeting
                    feedback.requested_at = timezone.now()
                    feedback.save(update_fields=["meeting", "requested_at"])
                    _email(feedback, reminder=False)
                    asked += 1
    return asked


def remind_feedback(*, mission: Mission) -> int:
    """Remind every side asked but silent; returns how many were reminded."""
    pending = (Feedback.objects.filter(mission=mission, requested_at__isnull=False, answered_at__isnull=True,
                                       meeting_uid__in=held_meetings(mission).values("uid"))
               .select_related("mission", "meeting__visiting", "meeting__host", "person__user"))
    reminded = 0
    with transaction.atomic():
        for feedback in pending:
            _email(feedback, reminder=True)
            reminded += 1
        Feedback.objects.filter(pk__in=[feedback.pk for feedback in pending]).update(reminded_at=timezone.now())
    return reminded


def response_rates(*, mission: Mission) -> dict[str, dict[str, int]]:
    """Per side: meetings held, feedback asked and answered."""
    held = held_meetings(mission).count()
    counts = {row["side"]: row for row in Feedback.objects.filter(
        mission=mission, meeting_uid__in=held_meetings(mission).values("uid")).values("side").annotate(
        asked=Count("pk", filter=Q(requested_at__isnull=False)),
        answered=Count("pk", filter=Q(answered_at__isnull=False)))}
    return {side: {"held": held, "asked": counts.get(side, {}).get("asked", 0),
                   "answered": counts.get(side, {}).get("answered", 0)} for side in (Side.VISITING, Side.HOST)}


def organization_feedback(*, organization: Organization) -> dict[object, Feedback]:
    """The organization's feedback rows keyed by meeting UID."""
    return {feedback.meeting_uid: feedback for feedback in Feedback.objects.filter(organization=organization)}
