"""On site: check-in, what happened to each meeting, absences, and repairing the live schedule."""

import datetime as dt

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from trademission.directory.models import Person
from trademission.missions.models import Mission
from trademission.scheduling.domain.publish import live_version
from trademission.scheduling.domain.runs import start_run
from trademission.scheduling.domain.sessions import scheduling_settings
from trademission.scheduling.enums import MeetingStatus, VersionKind, VersionStatus
from trademission.scheduling.models import AgendaToken, Attendance, CheckIn, Meeting, ScheduleVersion


def agenda_token(person: Person) -> str:
    """The person's private token, created on first use."""
    found, _created = AgendaToken.objects.get_or_create(person=person)
    return found.token


def person_for_token(*, mission: Mission, token: str) -> Person | None:
    found = AgendaToken.objects.filter(token=token, person__organization__mission=mission).select_related(
        "person__organization").first()
    return found.person if found else None


def check_in(*, person: Person, by: object | None) -> CheckIn:
    """Idempotent: scanning the same QR code twice keeps the first check-in."""
    found, _created = CheckIn.objects.get_or_create(
        person=person, mission_id=person.organization.mission_id,
        defaults={"by": by if getattr(by, "pk", None) else None})
    return found


def undo_check_in(*, person: Person) -> None:
    CheckIn.objects.filter(person=person, mission_id=person.organization.mission_id).delete()


def set_meeting_status(*, meeting: Meeting, status: str) -> Meeting:
    """Held, no-show (which side) or cancelled: recorded on the live version itself; repair acts on it."""
    if status not in MeetingStatus.values:
        raise ValidationError(_("Unknown meeting status."), code="status")
    if ScheduleVersion.objects.get(pk=meeting.version_id).status != VersionStatus.LIVE:
        raise ValidationError(_("Only meetings of the published schedule are marked on site."), code="version")
    Meeting.objects.filter(pk=meeting.pk).update(status=status)
    meeting.status = status
    return meeting


@transaction.atomic
def withdraw_attendance(*, person: Person, date: dt.date) -> int:
    """The person will not be there that day (cancelled or did not arrive); repair frees their meetings."""
    return Attendance.objects.filter(person=person, date=date, withdrawn_at__isnull=True).update(
        withdrawn_at=timezone.now())


def start_repair(*, mission: Mission, by: object | None, now: dt.datetime | None = None,
                 time_limit: float | None = None, seed: int = 0) -> ScheduleVersion:
    """Re-solve from the live version in the engine's repair mode; meetings before ``now`` stay as they are."""
    live = live_version(mission)
    if live is None:
        raise ValidationError(_("There is no published schedule to repair."), code="no_live")
    return start_run(mission=mission, by=by, kind=VersionKind.REPAIR, base=live, seed=seed,
                     time_limit=time_limit or min(10, scheduling_settings(mission).time_limit),
                     frozen_before=now or timezone.now())


def start_rerun(*, version: ScheduleVersion, by: object | None, time_limit: float | None = None,
                seed: int = 0) -> ScheduleVersion:
    """Solve again keeping the locked meetings of ``version`` where they are; everything else is free."""
    return start_run(mission=version.mission, by=by, kind=VersionKind.RERUN, base=version, seed=seed,
                     time_limit=time_limit or scheduling_settings(version.mission).time_limit)
