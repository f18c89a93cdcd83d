"""After ``privacy.domain.purge_mission`` a mission holds anonymous statistics only and takes no new personal data."""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _

from trademission.missions.models import Mission


def refuse_if_purged(mission: Mission) -> None:
    """Raise when the mission's personal data were purged: whatever would be added now would outlive the purge."""
    if mission.personal_data_purged_at is not None:
        raise ValidationError(
            _("The personal data of this mission were purged: it accepts no new participants or personal details."),
            code="purged",
        )
