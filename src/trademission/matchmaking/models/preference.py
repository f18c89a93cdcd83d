from django.db import models
from django.utils.translation import gettext_lazy as _

from trademission.matchmaking.enums import PreferenceLevel


class Preference(models.Model):
    """How much one organization wants to meet another: must-meet, would-like or no-thanks."""

    mission = models.ForeignKey("missions.Mission", on_delete=models.CASCADE, related_name="preferences",
                                verbose_name=_("mission"))
    organization = models.ForeignKey("directory.Organization", on_delete=models.CASCADE,
                                     related_name="preferences_given", verbose_name=_("organization"))
    target = models.ForeignKey("directory.Organization", on_delete=models.CASCADE,
                               related_name="preferences_received", verbose_name=_("about"))
    level = models.CharField(_("preference"), max_length=16, choices=PreferenceLevel.choices)
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)

    class Meta:
        verbose_name = _("preference")
        verbose_name_plural = _("preferences")
        constraints = [
            models.UniqueConstraint(fields=["organization", "target"], name="preference_unique_pair"),
            models.CheckConstraint(condition=~models.Q(organization=models.F("target")),
                                   name="preference_not_self"),
        ]

    def __str__(self) -> str:
        return f"{self.organization_id} → {self.target_id}: {self.level}"
