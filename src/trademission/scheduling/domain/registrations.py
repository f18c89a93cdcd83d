"""Registrations to briefings and site visits, within capacity and the per-organization limit."""

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from trademission.directory.models import Person
from trademission.missions.models import ProgrammeElement
from trademission.scheduling.models import ProgrammeRegistration


@transaction.atomic
def register_for_element(*, person: Person, element: ProgrammeElement) -> ProgrammeRegistration:
    """Register ``person``; the element's row lock makes concurrent registrations respect the limits."""
    element = ProgrammeElement.objects.select_for_update().get(pk=element.pk)
    if element.stop.mission_id != person.organization.mission_id:
        raise ValidationError(_("This programme element belongs to another mission."), code="mission")
    existing = ProgrammeRegistration.objects.filter(person=person, element=element).first()
    if existing:
        return existing
    registrations = ProgrammeRegistration.objects.filter(element=element)
    if element.capacity is not None and registrations.count() >= element.capacity:
        raise ValidationError(_("%(element)s is full.") % {"element": element}, code="full")
    if registrations.filter(person__organization_id=person.organization_id).count() >= element.max_per_organization:
        raise ValidationError(
            _("At most %(count)d people per organization can attend %(element)s.")
            % {"count": element.max_per_organization, "element": element}, code="per_organization")
    return ProgrammeRegistration.objects.create(person=person, element=element)


def unregister_from_element(*, person: Person, element: ProgrammeElement) -> None:
    ProgrammeRegistration.objects.filter(person=person, element=element).delete()
