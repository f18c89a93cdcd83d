from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from trademission.missions.enums import Role


class Membership(models.Model):
    """What a user is in one mission: the only source of their rights in it."""

    mission = models.ForeignKey("missions.Mission", on_delete=models.CASCADE, related_name="memberships",
                                verbose_name=_("mission"))
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="memberships",
                             verbose_name=_("user"))
    role = models.CharField(_("role"), max_length=16, choices=Role.choices)
    organization = models.ForeignKey("directory.Organization", on_delete=models.CASCADE, null=True, blank=True,
                                     related_name="memberships", verbose_name=_("organization"))

    class Meta:
        verbose_name = _("membership")
        verbose_name_plural = _("memberships")
        constraints = [
            models.UniqueConstraint(fields=["mission", "user", "role"], name="membership_unique_role"),
            # Delegates and hosts act for an organization; staff roles do not.
            models.CheckConstraint(
                condition=(models.Q(role__in=[Role.DELEGATE, Role.HOST], organization__isnull=False)
                           | models.Q(role__in=[Role.ORGANIZER, Role.REVIEWER], organization__isnull=True)),
                name="membership_organization_matches_role",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.user} — {self.get_role_display()} ({self.mission})"
