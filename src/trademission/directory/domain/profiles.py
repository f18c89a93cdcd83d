"""Organization profiles: what anyone in the mission may read, and edits by the organization itself."""

from dataclasses import dataclass

from django.db import transaction
from django.db.models import Prefetch, QuerySet

from trademission.common.i18n import LANGUAGE_NAMES, localized, localized_language
from trademission.directory.models import Organization, Person
from trademission.missions.models import Mission

PROFILE_TEXTS = ("description", "offers", "seeks")


@dataclass(frozen=True)
class ProfileText:
    """A text as the reader gets it, and the language it is actually written in."""

    text: str
    language: str
    translated: bool  # False when the reader's language was missing and another one is shown

    @property
    def language_name(self) -> str:
        return str(LANGUAGE_NAMES.get(self.language, self.language))


def profile_texts(organization: Organization, *, language: str) -> dict[str, ProfileText]:
    texts = {}
    for base in PROFILE_TEXTS:
        shown = localized_language(organization, base, language)
        texts[base] = ProfileText(text=localized(organization, base, language), language=shown,
                                  translated=shown == language)
    return texts


def profiles(mission: Mission) -> QuerySet[Organization]:
    """Organizations with everything a profile page shows, in a fixed number of queries."""
    people = Person.objects.order_by("last_name", "first_name")
    return (Organization.objects.filter(mission=mission).select_related("stop", "mission")
            .prefetch_related("sectors", "subsectors", Prefetch("people", queryset=people)))


@transaction.atomic
def update_profile(*, organization: Organization, language: str, description: str, offers: str, seeks: str,
                   website: str = "", languages: list[str] | None = None, employees: int | None = None,
                   subsectors: list | None = None) -> Organization:
    """Change the profile texts in ``language`` only: the other languages' versions stay as they are."""
    organization = Organization.objects.select_for_update().get(pk=organization.pk)
    for base, value in (("description", description), ("offers", offers), ("seeks", seeks)):
        setattr(organization, f"{base}_{language}", value.strip())
    organization.website = website
    if languages:  # a profile always keeps at least one working language
        organization.languages = languages
    organization.employees = employees
    organization.full_clean()
    organization.save()
    if subsectors is not None:
        organization.subsectors.set(subsectors)
    return organization
