"""Publishing (one live version per mission), restoring, and telling only the people whose meetings changed."""

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from trademission.missions.models import Mission
from trademission.scheduling.domain.apply import resequence
from trademission.scheduling.domain.notices import notify_changes
from trademission.scheduling.domain.runs import new_version
from trademission.scheduling.enums import VersionKind, VersionStatus
from trademission.scheduling.models import Meeting, ScheduleVersion

PUBLISHABLE = [VersionStatus.DRAFT, VersionStatus.ARCHIVED]


def live_version(mission: Mission) -> ScheduleVersion | None:
    return mission.schedule_versions.filter(status=VersionStatus.LIVE).first()


@transaction.atomic
def publish_version(*, version: ScheduleVersion, by: object | None = None, notify: bool = True) -> list[int]:
    """Make ``version`` the live one; the previous live one is archived. Returns the ids of people notified."""
    Mission.objects.select_for_update().filter(pk=version.mission_id).first()
    version = ScheduleVersion.objects.select_for_update().get(pk=version.pk)
    if version.status not in PUBLISHABLE:
        raise ValidationError(_("Only a draft can be published (this version is %(status)s).")
                              % {"status": version.get_status_display()}, code="status")
    previous = live_version(version.mission)
    resequence(version)  # against the version that is live until now
    if previous:
        ScheduleVersion.objects.filter(pk=previous.pk).update(status=VersionStatus.ARCHIVED)
    ScheduleVersion.objects.filter(pk=version.pk).update(status=VersionStatus.LIVE, published_at=timezone.now())
    version.refresh_from_db()
    return notify_changes(before=previous, after=version) if notify else []


@transaction.atomic
def restore_version(*, version: ScheduleVersion, by: object | None) -> ScheduleVersion:
    """A new draft with the same meetings as ``version`` (any earlier one); publish it to make it live again.

    Restoring copies rather than re-publishing the old row, so the history stays a straight line and
    the copy goes through the same publish path (sequences, notifications) as any draft.
    """
    if version.status in (VersionStatus.RUNNING, VersionStatus.FAILED, VersionStatus.CANCELLED):
        raise ValidationError(_("Only a finished schedule can be restored."), code="status")
    copy = new_version(mission=version.mission, kind=VersionKind.RESTORE, by=by, base=version,
                       status=VersionStatus.DRAFT, stats=version.stats, unscheduled=version.unscheduled,
                       seed=version.seed, time_limit=version.time_limit, progress=100, finished_at=timezone.now())
    copy_meetings(source=version, target=copy)
    resequence(copy)
    return copy


def copy_meetings(*, source: ScheduleVersion, target: ScheduleVersion) -> None:
    fields = ["request_id", "visiting_id", "host_id", "slot_id", "table", "interpreter", "visiting_person_id",
              "host_person_id", "weight", "locked", "status", "uid", "sequence"]
    Meeting.objects.bulk_create([Meeting(version=target, **{name: getattr(m, name) for name in fields})
                                 for m in source.meetings.all()])
