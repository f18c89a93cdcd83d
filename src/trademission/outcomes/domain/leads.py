"""Leads and deals: a held meeting becomes a lead, which moves through its stages to a contract or is lost."""

import datetime as dt
from decimal import Decimal

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.db.models import QuerySet
from django.utils import timezone
from django.utils.translation import gettext as _

from trademission.directory.models import Organization
from trademission.missions.models import Mission, Sector
from trademission.outcomes.domain.common import held_meetings
from trademission.outcomes.enums import TRANSITIONS, Currency, LeadStage
from trademission.outcomes.models import ActionPlanTag, Lead
from trademission.scheduling.enums import MeetingStatus
from trademission.scheduling.models import Meeting


def can_move(*, from_stage: str, to_stage: str) -> bool:
    return from_stage == to_stage or to_stage in TRANSITIONS.get(from_stage, frozenset())


def lead_for_meeting(meeting: Meeting) -> Lead | None:
    return Lead.objects.filter(mission_id=meeting.version.mission_id, visiting_id=meeting.visiting_id,
                               host_id=meeting.host_id).first()


def organization_leads(*, organization: Organization) -> QuerySet[Lead]:
    return (Lead.objects.filter(mission_id=organization.mission_id)
            .filter(**{"visiting" if organization.side == "visiting" else "host": organization})
            .select_related("visiting", "host", "sector").prefetch_related("tags").order_by("visiting__name",
                                                                                          "host__name"))


def _check_values(*, stage: str, currency: str, expected_value: Decimal | None, signed_value: Decimal | None) -> None:
    if currency not in Currency.values:
        raise ValidationError({"currency": _("Choose CAD, MXN or USD.")})
    for field, value in (("expected_value", expected_value), ("signed_value", signed_value)):
        if value is not None and value < 0:
            raise ValidationError({field: _("A value cannot be negative.")})
    if stage == LeadStage.SIGNED and signed_value is None:
        raise ValidationError({"signed_value": _("A signed contract needs its signed value.")})


@transaction.atomic
def open_lead(*, meeting: Meeting, by: object | None, stage: str = LeadStage.CONTACT,
              currency: str = Currency.CAD, expected_value: Decimal | None = None,
              signed_value: Decimal | None = None, signed_on: dt.date | None = None, sector: Sector | None = None,
              tags: list[ActionPlanTag] | None = None, notes: str = "") -> Lead:
    """Only a held meeting of the published schedule becomes a lead, and only once per pair."""
    mission = meeting.version.mission
    if meeting.status != MeetingStatus.HELD or not held_meetings(mission).filter(pk=meeting.pk).exists():
        raise PermissionDenied(_("Only a meeting that took place can become a lead."))
    if lead_for_meeting(meeting) is not None:
        raise ValidationError(_("This meeting is already a lead."), code="exists")
    _check_values(stage=stage, currency=currency, expected_value=expected_value, signed_value=signed_value)
    lead = Lead.objects.create(
        mission=mission, meeting=meeting, meeting_uid=meeting.uid, visiting_id=meeting.visiting_id,
        host_id=meeting.host_id, stage=stage, currency=currency, expected_value=expected_value,
        signed_value=signed_value, signed_on=signed_on or (timezone.localdate() if stage == LeadStage.SIGNED else None),
        sector=sector, notes=notes, created_by=_user(by), updated_by=_user(by))
    lead.tags.set(tags or [])
    return lead


@transaction.atomic
def update_lead(*, lead: Lead, by: object | None, stage: str, currency: str, expected_value: Decimal | None,
                signed_value: Decimal | None, signed_on: dt.date | None = None, sector: Sector | None = None,
                tags: list[ActionPlanTag] | None = None, notes: str | None = None) -> Lead:
    current = Lead.objects.select_for_update().get(pk=lead.pk).stage
    if not can_move(from_stage=current, to_stage=stage):
        raise ValidationError({"stage": _("A lead cannot go from “%(from)s” to “%(to)s”.") % {
            "from": LeadStage(current).label, "to": LeadStage(stage).label}})
    _check_values(stage=stage, currency=currency, expected_value=expected_value, signed_value=signed_value)
    if stage == LeadStage.SIGNED and signed_on is None:
        signed_on = lead.signed_on or timezone.localdate()
    lead.stage, lead.currency, lead.expected_value, lead.signed_value = stage, currency, expected_value, signed_value
    lead.signed_on, lead.sector, lead.updated_by = signed_on, sector, _user(by)
    if notes is not None:
        lead.notes = notes
    lead.save()
    if tags is not None:
        lead.tags.set(tags)
    return lead


def set_action_plan_tags(*, mission: Mission, lines: list[tuple[str, str, str, str]]) -> list[ActionPlanTag]:
    """Replace the mission's tags with ``(slug, name_en, name_fr, name_es)``; tags kept by slug keep their deals."""
    keep = []
    for slug, name_en, name_fr, name_es in lines:
        tag, _created = ActionPlanTag.objects.update_or_create(
            mission=mission, slug=slug, defaults={"name_en": name_en, "name_fr": name_fr, "name_es": name_es})
        keep.append(tag)
    ActionPlanTag.objects.filter(mission=mission).exclude(pk__in=[tag.pk for tag in keep]).delete()
    return keep


def _user(by: object | None) -> object | None:
    return by if getattr(by, "is_authenticated", False) else None
