from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _

from trademission.directory.models import Organization
from trademission.matchmaking.enums import PreferenceLevel
from trademission.matchmaking.models import Preference


def set_preference(*, organization: Organization, target: Organization, level: str) -> Preference | None:
    """Record how much ``organization`` wants to meet ``target``; an empty level clears it."""
    if organization.mission_id != target.mission_id or organization.side == target.side:
        raise ValidationError(_("Preferences are about organizations of the other side of the same mission."),
                              code="preference_target")
    if not level:
        Preference.objects.filter(organization=organization, target=target).delete()
        return None
    if level not in PreferenceLevel.values:
        raise ValidationError(_("Unknown preference."), code="preference_level")
    preference, _created = Preference.objects.update_or_create(
        organization=organization, target=target, defaults={"level": level, "mission_id": organization.mission_id})
    return preference
