from django.db import models
from django.utils.translation import gettext_lazy as _


class ItemKind(models.TextChoices):
    MEETING = "meeting", _("B2B meeting")
    PROGRAMME = "programme", _("Programme")
    TRAVEL = "travel", _("Change of city")


class ItemStatus(models.TextChoices):
    CONFIRMED = "confirmed", _("Confirmed")
    CANCELLED = "cancelled", _("Cancelled")
