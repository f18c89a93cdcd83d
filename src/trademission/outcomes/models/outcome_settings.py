from django.db import models
from django.utils.translation import gettext_lazy as _

from trademission.outcomes.enums import Currency

RATE_FIELD = {"max_digits": 18, "decimal_places": 8, "null": True, "blank": True}


class OutcomeSettings(models.Model):
    """The mission's report currency and the organizer's rates into it (never fetched from anywhere)."""

    mission = models.OneToOneField("missions.Mission", on_delete=models.CASCADE, related_name="outcome_settings",
                                   verbose_name=_("mission"))
    report_currency = models.CharField(_("report currency"), max_length=3, choices=Currency.choices,
                                       default=Currency.CAD)
    rate_cad = models.DecimalField(_("value of 1 CAD in the report currency"), **RATE_FIELD)
    rate_mxn = models.DecimalField(_("value of 1 MXN in the report currency"), **RATE_FIELD)
    rate_usd = models.DecimalField(_("value of 1 USD in the report currency"), **RATE_FIELD)
    survey_reminder_days = models.PositiveSmallIntegerField(
        _("survey reminder after (days)"), default=14,
        help_text=_("Participants who have not answered a follow-up survey are reminded once after this delay."))

    class Meta:
        verbose_name = _("outcome settings")
        verbose_name_plural = _("outcome settings")
        constraints = [
            models.CheckConstraint(condition=models.Q(rate_cad__isnull=True) | models.Q(rate_cad__gt=0),
                                   name="outcome_rate_cad_positive"),
            models.CheckConstraint(condition=models.Q(rate_mxn__isnull=True) | models.Q(rate_mxn__gt=0),
                                   name="outcome_rate_mxn_positive"),
            models.CheckConstraint(condition=models.Q(rate_usd__isnull=True) | models.Q(rate_usd__gt=0),
                                   name="outcome_rate_usd_positive"),
        ]

    def __str__(self) -> str:
        return str(self.mission)
