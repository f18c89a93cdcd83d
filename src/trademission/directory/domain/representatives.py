from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from trademission.directory.models import Organization, Person
from trademission.missions.domain.retention import refuse_if_purged


@transaction.atomic
def add_representative(*, organization: Organization, first_name: str, last_name: str, email: str,
                       phone: str = "", job_title: str = "", languages: list[str] | None = None) -> Person:
    """Add a person to an organization, within the mission's limit of representatives."""
    # Lock the organization row so two concurrent additions cannot both pass the limit.
    organization = Organization.objects.select_for_update().select_related("mission").get(pk=organization.pk)
    refuse_if_purged(organization.mission)
    limit = organization.mission.max_representatives
    if organization.people.count() >= limit:
        raise ValidationError(
            _("%(organization)s already has %(limit)d representatives, the most this mission allows.")
            % {"organization": organization.name, "limit": limit},
            code="representatives_limit",
        )
    person = Person(organization=organization, first_name=first_name, last_name=last_name, email=email.lower(),
                    phone=phone, job_title=job_title, languages=languages or [])
    person.full_clean()
    person.save()
    return person
