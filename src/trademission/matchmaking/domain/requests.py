"""The meeting request workflow: send, accept, decline, cancel, expire (with reminders first)."""

import datetime as dt
from dataclasses import dataclass

from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext as _

from trademission.accounts.models import User
from trademission.directory.models import Organization
from trademission.matchmaking.domain.eligibility import b2b_eligibility
from trademission.matchmaking.domain.emails import notify
from trademission.matchmaking.enums import ACTIVE_STATUSES, RequestStatus
from trademission.matchmaking.models import MatchmakingSettings, MeetingRequest
from trademission.missions.models import Mission


def matchmaking_settings(mission: Mission) -> MatchmakingSettings:
    found, _created = MatchmakingSettings.objects.get_or_create(mission=mission)
    return found


def expiry_for(mission: Mission, *, sent_at: dt.datetime) -> dt.datetime:
    rules = matchmaking_settings(mission)
    expires_at = sent_at + dt.timedelta(days=rules.answer_days)
    return min(expires_at, rules.requests_close_at) if rules.requests_close_at else expires_at


def active_request_between(first: Organization, second: Organization) -> MeetingRequest | None:
    return MeetingRequest.objects.filter(
        Q(requester=first, recipient=second) | Q(requester=second, recipient=first),
        status__in=ACTIVE_STATUSES).first()


@transaction.atomic
def send_request(*, requester: Organization, recipient: Organization, note: str = "", by: User | None,
                 by_organizer: bool = False) -> MeetingRequest:
    """Ask ``recipient`` for a meeting on behalf of ``requester`` (by a representative or an organizer)."""
    if requester.mission_id != recipient.mission_id or requester.side == recipient.side:
        raise ValidationError(_("Meetings are between organizations of the two sides of one mission."),
                              code="pair")
    for organization in (requester, recipient):
        eligibility = b2b_eligibility(organization)
        if not eligibility.eligible:
            raise ValidationError(eligibility.reason, code=eligibility.code)
    now = timezone.now()
    expires_at = expiry_for(requester.mission, sent_at=now)
    if expires_at <= now:
        raise ValidationError(_("The deadline for meeting requests has passed."), code="deadline")
    # Lock both organizations (in a fixed order) so that concurrent requests for the pair queue up.
    list(Organization.objects.select_for_update().filter(pk__in=[requester.pk, recipient.pk]).order_by("pk"))
    existing = active_request_between(requester, recipient)
    if existing is not None:
        raise ValidationError(_("%(first)s and %(second)s already have a request: %(status)s.") % {
            "first": requester.name, "second": recipient.name, "status": existing.get_status_display()},
            code="duplicate")
    meeting_request = MeetingRequest(mission_id=requester.mission_id, requester=requester, recipient=recipient,
                                     note=note.strip()[:500], created_by=by, by_organizer=by_organizer,
                                     expires_at=expires_at)
    try:
        with transaction.atomic():
            meeting_request.save()
    except IntegrityError as error:  # the database constraint is the last line of defence
        raise ValidationError(_("These organizations already have a request."), code="duplicate") from error
    notify(recipient, meeting_request, "received")
    return meeting_request


def _locked_pending(meeting_request: MeetingRequest, *, now: dt.datetime) -> MeetingRequest:
    meeting_request = (MeetingRequest.objects.select_for_update().select_related("requester", "recipient", "mission")
                       .get(pk=meeting_request.pk))
    if meeting_request.status != RequestStatus.PENDING:
        raise ValidationError(_("This request is no longer waiting for an answer (%(status)s).")
                              % {"status": meeting_request.get_status_display()}, code="not_pending")
    if meeting_request.expires_at <= now:
        raise ValidationError(_("This request has expired."), code="expired")
    return meeting_request


@transaction.atomic
def accept_request(*, meeting_request: MeetingRequest, by: User | None, by_organizer: bool = False) -> MeetingRequest:
    """Accept (or, for an organizer, approve) a pending request; safe against double clicks and races."""
    now = timezone.now()
    meeting_request = _locked_pending(meeting_request, now=now)
    meeting_request.status = RequestStatus.ACCEPTED
    meeting_request.answered_by, meeting_request.answered_at = by, now
    meeting_request.by_organizer = meeting_request.by_organizer or by_organizer
    meeting_request.save(update_fields=["status", "answered_by", "answered_at", "by_organizer"])
    notify(meeting_request.requester, meeting_request, "accepted")
    return meeting_request


@transaction.atomic
def decline_request(*, meeting_request: MeetingRequest, by: User | None, reason: str = "",
                    by_organizer: bool = False) -> MeetingRequest:
    now = timezone.now()
    meeting_request = _locked_pending(meeting_request, now=now)
    meeting_request.status = RequestStatus.DECLINED
    meeting_request.reason = reason.strip()[:500]
    meeting_request.answered_by, meeting_request.answered_at = by, now
    meeting_request.by_organizer = meeting_request.by_organizer or by_organizer
    meeting_request.save(update_fields=["status", "reason", "answered_by", "answered_at", "by_organizer"])
    notify(meeting_request.requester, meeting_request, "declined")
    return meeting_request


@transaction.atomic
def cancel_request(*, meeting_request: MeetingRequest, by: User | None, reason: str = "") -> MeetingRequest:
    """Withdraw a pending or accepted request (its sender or an organizer); both sides are told."""
    meeting_request = (MeetingRequest.objects.select_for_update().select_related("requester", "recipient", "mission")
                       .get(pk=meeting_request.pk))
    if meeting_request.status not in ACTIVE_STATUSES:
        raise ValidationError(_("Only pending or accepted requests can be cancelled."), code="not_active")
    meeting_request.status = RequestStatus.CANCELLED
    meeting_request.reason = reason.strip()[:500]
    meeting_request.answered_by, meeting_request.answered_at = by, timezone.now()
    meeting_request.save(update_fields=["status", "reason", "answered_by", "answered_at"])
    notify(meeting_request.requester, meeting_request, "cancelled")
    notify(meeting_request.recipient, meeting_request, "cancelled")
    return meeting_request


@dataclass(frozen=True)
class ExpiryReport:
    expired: int
    reminded: int


def expire_requests(*, now: dt.datetime | None = None, mission: Mission | None = None) -> ExpiryReport:
    """Expire unanswered requests past their deadline and remind recipients of those close to it."""
    now = now or timezone.now()
    pending = MeetingRequest.objects.filter(status=RequestStatus.PENDING)
    if mission is not None:
        pending = pending.filter(mission=mission)
    expired = reminded = 0
    for pk in pending.filter(expires_at__lte=now).values_list("pk", flat=True):
        with transaction.atomic():
            meeting_request = (MeetingRequest.objects.select_for_update()
                               .select_related("requester", "recipient", "mission").get(pk=pk))
            if meeting_request.status == RequestStatus.PENDING:  # answered meanwhile: leave it
                meeting_request.status = RequestStatus.EXPIRED
                meeting_request.save(update_fields=["status"])
                notify(meeting_request.requester, meeting_request, "expired")
                notify(meeting_request.recipient, meeting_request, "expired")
                expired += 1
    settings_by_mission = {rules.mission_id: rules for rules in MatchmakingSettings.objects.all()}
    default_window = MatchmakingSettings().reminder_delta
    candidates = pending.filter(expires_at__gt=now, reminded_at__isnull=True).select_related(
        "requester", "recipient", "mission")
    for meeting_request in candidates:
        rules = settings_by_mission.get(meeting_request.mission_id)
        window = rules.reminder_delta if rules else default_window
        if meeting_request.expires_at - window <= now:
            with transaction.atomic():
                updated = MeetingRequest.objects.filter(pk=meeting_request.pk, status=RequestStatus.PENDING,
                                                        reminded_at__isnull=True).update(reminded_at=now)
                if updated:
                    notify(meeting_request.recipient, meeting_request, "reminder")
                    reminded += 1
    return ExpiryReport(expired=expired, reminded=reminded)
