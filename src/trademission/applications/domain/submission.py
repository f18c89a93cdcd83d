"""Save a draft, submit it: the applicant's side of an application."""

import zoneinfo

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from trademission.applications.domain.intake import Cleaned, clean_application_data
from trademission.applications.domain.notices import notify_submitted
from trademission.applications.domain.screening import record_screening
from trademission.applications.domain.transitions import change_status
from trademission.applications.enums import ApplicationStatus
from trademission.applications.models import Application
from trademission.missions.enums import MissionStatus
from trademission.missions.models import Mission


def registration_closed_message(mission: Mission) -> str:
    local = mission.registration_deadline.astimezone(zoneinfo.ZoneInfo(mission.time_zone))
    params = {"mission": mission.name, "deadline": f"{local:%Y-%m-%d %H:%M} ({mission.time_zone})"}
    if mission.status != MissionStatus.OPEN and timezone.now() <= mission.registration_deadline:
        return _("Registration for %(mission)s is not open.") % params
    return _("Registration for %(mission)s closed on %(deadline)s; applications are no longer accepted.") % params


def ensure_registration_open(mission: Mission) -> None:
    if not mission.registration_open:
        raise ValidationError({"deadline": [registration_closed_message(mission)]}, code="deadline")


def _write(application: Application, cleaned: Cleaned) -> Application:
    created = application.pk is None
    for name, value in cleaned.values.items():
        setattr(application, name, value)
    application.save()
    if created:
        application.status_changes.create(from_status="", to_status=ApplicationStatus.DRAFT)
    application.sectors.set(cleaned.sectors)
    application.subsectors.set(cleaned.subsectors)
    application.stops.set(cleaned.stops)
    return application


def _editable(application: Application | None, mission: Mission) -> Application:
    if application is None:
        return Application(mission=mission)
    if application.status != ApplicationStatus.DRAFT:
        raise ValidationError({"non_field_errors": [_("This application has been submitted and can no longer be "
                                                      "changed.")]}, code="submitted")
    return application


@transaction.atomic
def save_draft(*, mission: Mission, data: object, application: Application | None = None,
               default_language: str = "en") -> Application:
    """Keep what the applicant has entered so far; only the types of the answers are checked."""
    ensure_registration_open(mission)
    application = _editable(application, mission)
    cleaned = clean_application_data(mission=mission, data=data, complete=False, default_language=default_language)
    return _write(application, cleaned)


@transaction.atomic
def submit_application(*, mission: Mission, data: object, application: Application | None = None,
                       default_language: str = "en") -> Application:
    """Check every answer, save, screen, audit and confirm by e-mail in the applicant's language."""
    ensure_registration_open(mission)
    application = _editable(application, mission)
    with translation.override(default_language):
        cleaned = clean_application_data(mission=mission, data=data, complete=True,
                                         default_language=default_language)
    application = _write(application, cleaned)
    application.submitted_at = timezone.now()
    application.save(update_fields=["submitted_at", "updated_at"])
    record_screening(application)
    change_status(application, to=ApplicationStatus.SUBMITTED, by=None, notify=False)
    notify_submitted(application)
    return application

