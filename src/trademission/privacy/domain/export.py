"""Everything the platform holds about one user, as JSON-ready data (right of access, data portability)."""

import datetime as dt
import decimal
import uuid

from django.db.models import Model, Q
from django.db.models.fields.files import FieldFile


def _plain(value: object) -> object:
    if isinstance(value, dt.datetime | dt.date | dt.time):
        return value.isoformat()
    if isinstance(value, decimal.Decimal | uuid.UUID):
        return str(value)
    if isinstance(value, bytes | memoryview):
        return None
    if isinstance(value, FieldFile):
        return value.name or ""
    return value


def _row(instance: Model, exclude: tuple[str, ...] = ()) -> dict[str, object]:
    return {field.attname: _plain(getattr(instance, field.attname)) for field in instance._meta.concrete_fields
            if field.attname not in exclude}


def personal_data(*, user: object) -> dict[str, object]:
    """The user, their person records, applications, meeting requests, meetings, feedback and leads."""
    from trademission.applications.models import Application
    from trademission.directory.models import Person
    from trademission.matchmaking.models import MeetingRequest
    from trademission.missions.models import Membership
    from trademission.outcomes.models import Feedback, Lead
    from trademission.scheduling.models import Meeting

    people = list(Person.objects.filter(Q(user=user) | Q(email__iexact=user.email)).select_related("organization"))
    organization_ids = {person.organization_id for person in people} | set(
        Membership.objects.filter(user=user, organization__isnull=False).values_list("organization_id", flat=True))
    applications = Application.objects.filter(
        Q(organization_id__in=organization_ids) | Q(representatives__icontains=user.email)).distinct()
    person_ids = [person.pk for person in people]
    return {
        "user": _row(user, exclude=("password",)),
        "memberships": [_row(m) for m in Membership.objects.filter(user=user).order_by("pk")],
        "people": [dict(_row(p), organization=p.organization.name) for p in people],
        "applications": [dict(_row(a, exclude=("token",))) for a in applications.order_by("pk")],
        "meeting_requests": [_row(r) for r in MeetingRequest.objects.filter(
            Q(requester_id__in=organization_ids) | Q(recipient_id__in=organization_ids)).order_by("pk")],
        "meetings": [_row(m) for m in Meeting.objects.filter(
            Q(visiting_person_id__in=person_ids) | Q(host_person_id__in=person_ids)).order_by("pk")],
        "feedback": [_row(f, exclude=("token",)) for f in Feedback.objects.filter(
            Q(person_id__in=person_ids) | Q(organization_id__in=organization_ids)).order_by("pk")],
        "leads": [_row(lead) for lead in Lead.objects.filter(
            Q(visiting_id__in=organization_ids) | Q(host_id__in=organization_ids)).order_by("pk")],
    }
