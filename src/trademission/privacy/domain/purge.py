"""Purge a mission's personal data after the retention period, keeping its anonymous statistics.

What goes and what stays, and why, is in docs/privacy.md. In short: people, their accounts (when nothing
else needs them), tokens, check-ins, free texts and e-mail records go; organizations (companies), the
schedule's meetings, request statuses, feedback scores and deals stay, so the mission report is unchanged.
"""

import datetime as dt
import secrets

from django.core.exceptions import ValidationError
from django.core.files.storage import default_storage
from django.db import transaction
from django.utils import formats, timezone
from django.utils.functional import Promise
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django_tasks_db.models import DBTaskResult

from trademission.accounts.models import User
from trademission.applications.models import Application
from trademission.common.models import FailedEmail
from trademission.missions.models import Mission, PersonalDataPurge
from trademission.outcomes.models import Feedback
from trademission.privacy.domain.retention import can_purge, purge_possible_from
from trademission.privacy.domain.scope import PURGED_TOKEN_PREFIX, Scope, scope_of

KINDS: list[tuple[str, Promise]] = [
    ("people", gettext_lazy("Representatives (names, e-mail addresses, phones, photos)")),
    ("photos", gettext_lazy("Photo files")),
    ("attendances", gettext_lazy("Attendance days")),
    ("programme_registrations", gettext_lazy("Programme registrations")),
    ("check_ins", gettext_lazy("Check-in records")),
    ("agenda_tokens", gettext_lazy("Agenda and calendar (ICS) tokens")),
    ("agenda_prints", gettext_lazy("Agenda print records")),
    ("survey_invitations", gettext_lazy("Survey invitations")),
    ("memberships", gettext_lazy("Participants' memberships")),
    ("users", gettext_lazy("User accounts that belonged to this mission only")),
    ("applications", gettext_lazy("Applications (answers, representatives and private links erased)")),
    ("reviews", gettext_lazy("Review comments")),
    ("status_changes", gettext_lazy("Reasons in the applications' audit trail")),
    ("meeting_requests", gettext_lazy("Meeting requests (notes, reasons and senders erased)")),
    ("feedback", gettext_lazy("Meeting feedback (comments, people and private links erased)")),
    ("leads", gettext_lazy("Leads and deals (notes and authors erased)")),
    ("organizations", gettext_lazy("Organizations (street address and reference erased)")),
    ("import_batches", gettext_lazy("Uploaded spreadsheets")),
    ("emails", gettext_lazy("E-mail records (failed and queued messages)")),
    ("login_records", gettext_lazy("Login attempt records")),
    ("admin_log", gettext_lazy("Administration history entries")),
]


def _purged_token() -> str:
    return PURGED_TOKEN_PREFIX + secrets.token_urlsafe(24)


def _counts(scope: Scope) -> dict[str, int]:
    counts = {
        "people": scope.people().count(),
        "photos": scope.people().exclude(photo="").count(),
        **{kind: queryset.count() for kind, queryset in scope.by_person().items()},
        "memberships": scope.memberships().count(),
        "users": scope.users().count(),
        "applications": scope.applications().count(),
        "reviews": scope.reviews().count(),
        "status_changes": scope.status_changes().count(),
        "meeting_requests": scope.meeting_requests().count(),
        "feedback": scope.feedback().count(),
        "leads": scope.leads().count(),
        "organizations": scope.organizations().count(),
        "import_batches": scope.import_batches().count(),
        "emails": len(scope.failed_email_ids) + len(scope.task_ids),
        "login_records": sum(queryset.count() for queryset in scope.login_records()),
        "admin_log": scope.admin_log().count(),
    }
    return {kind: counts[kind] for kind, _label in KINDS}


def purge_preview(mission: Mission) -> dict[str, int]:
    """What ``purge_mission`` would remove or anonymize now, per kind; changes nothing (the dry run)."""
    return _counts(scope_of(mission))


def _anonymize(scope: Scope) -> None:
    """Erase the personal fields of the rows the report still counts; keep what it counts them by."""
    applications = list(scope.applications().only("pk"))
    for application in applications:
        application.token = _purged_token()
    Application.objects.bulk_update(applications, ["token"], batch_size=500)
    # Every application of the mission: blanking what is already blank changes nothing.
    Application.objects.filter(mission=scope.mission).update(
        organization_name="", city="", website="", description="", offers="", seeks="", resources="",
        market_research="", alignment="", contribution="", value="", representatives=[])
    scope.reviews().update(comment="")
    scope.status_changes().update(reason="")
    scope.meeting_requests().update(note="", reason="", created_by=None, answered_by=None)
    feedback = list(scope.feedback().only("pk"))
    for item in feedback:
        item.token = _purged_token()
    Feedback.objects.bulk_update(feedback, ["token"], batch_size=500)
    Feedback.objects.filter(mission=scope.mission).update(comment="", person=None, answered_by=None)
    scope.leads().update(notes="", created_by=None, updated_by=None)
    scope.organizations().update(address="", reference="")


def _remove(scope: Scope) -> list[str]:
    """Delete what only identifies people; returns the photo files to delete once the transaction commits."""
    photos = [name for name in scope.people().exclude(photo="").values_list("photo", flat=True) if name]
    for queryset in scope.by_person().values():
        queryset.delete()
    scope.people().delete()  # meetings and feedback keep their rows: their links to people are set to null
    scope.memberships().delete()
    scope.users().delete()
    scope.import_batches().delete()
    FailedEmail.objects.filter(pk__in=scope.failed_email_ids).delete()
    DBTaskResult.objects.filter(pk__in=scope.task_ids).delete()
    for queryset in scope.login_records():
        queryset.delete()
    scope.admin_log().delete()
    return photos


def purge_mission(mission: Mission, *, by: User | None, now: dt.datetime | None = None) -> PersonalDataPurge:
    """Remove or anonymize every personal value of ``mission``, in one transaction, and record it.

    Refused before ``purge_possible_from(mission)``. Purging again is harmless: it finds nothing left and
    records a run with zero counts.
    """
    now = now or timezone.now()
    if not can_purge(mission, now=now):
        when = purge_possible_from(mission)
        raise ValidationError(
            _("The personal data of this mission must be kept until %(date)s; they can be purged from then on.")
            % {"date": formats.date_format(when.date(), "DATE_FORMAT")}, code="retention")
    with transaction.atomic():
        # One purge at a time per mission: the row lock makes a second one wait, then find nothing.
        mission = Mission.objects.select_for_update().get(pk=mission.pk)
        scope = scope_of(mission)
        counts = _counts(scope)
        _anonymize(scope)
        photos = _remove(scope)
        if mission.personal_data_purged_at is None:
            mission.personal_data_purged_at = now
            mission.save(update_fields=["personal_data_purged_at"])
        record = PersonalDataPurge.objects.create(mission=mission, by=by, at=now, counts=counts)
        # Files are not transactional: delete them only once the rows are gone for good.
        transaction.on_commit(lambda: _delete_files(photos))
    return record


def _delete_files(names: list[str]) -> None:
    for name in names:
        default_storage.delete(name)
