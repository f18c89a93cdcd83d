from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from trademission.common.i18n import localized
from trademission.outcomes.enums import Currency, LeadStage


class ActionPlanTag(models.Model):
    """A theme of the mission's action plan (e.g. critical minerals) that organizers tag deals with."""

    mission = models.ForeignKey("missions.Mission", on_delete=models.CASCADE, related_name="action_plan_tags",
                                verbose_name=_("mission"))
    slug = models.SlugField(_("slug"))
    name_en = models.CharField(_("name (en)"), max_length=100)
    name_fr = models.CharField(_("name (fr)"), max_length=100, blank=True)
    name_es = models.CharField(_("name (es)"), max_length=100, blank=True)

    class Meta:
        ordering = ["mission", "slug"]
        verbose_name = _("action-plan tag")
        verbose_name_plural = _("action-plan tags")
        constraints = [models.UniqueConstraint(fields=["mission", "slug"], name="action_plan_tag_unique_slug")]

    def __str__(self) -> str:
        return localized(self, "name")

    @property
    def name(self) -> str:
        return localized(self, "name")


class Lead(models.Model):
    """What a held meeting turned into: one lead per pair, from first contact to a signed contract or lost."""

    mission = models.ForeignKey("missions.Mission", on_delete=models.CASCADE, related_name="leads",
                                verbose_name=_("mission"))
    meeting = models.ForeignKey("scheduling.Meeting", on_delete=models.SET_NULL, null=True, blank=True,
                                related_name="leads", verbose_name=_("meeting"))
    meeting_uid = models.UUIDField(_("meeting UID"))
    visiting = models.ForeignKey("directory.Organization", on_delete=models.CASCADE, related_name="+",
                                 verbose_name=_("visiting organization"))
    host = models.ForeignKey("directory.Organization", on_delete=models.CASCADE, related_name="+",
                             verbose_name=_("host organization"))
    stage = models.CharField(_("stage"), max_length=16, choices=LeadStage.choices, default=LeadStage.CONTACT)
    sector = models.ForeignKey("missions.Sector", on_delete=models.SET_NULL, null=True, blank=True,
                               related_name="+", verbose_name=_("sector"))
    tags = models.ManyToManyField(ActionPlanTag, blank=True, related_name="leads", verbose_name=_("action-plan tags"))
    currency = models.CharField(_("currency"), max_length=3, choices=Currency.choices, default=Currency.CAD)
    expected_value = models.DecimalField(_("expected value"), max_digits=14, decimal_places=2, null=True, blank=True)
    signed_value = models.DecimalField(_("signed value"), max_digits=14, decimal_places=2, null=True, blank=True)
    signed_on = models.DateField(_("signed on"), null=True, blank=True)
    notes = models.TextField(_("notes"), max_length=2000, blank=True)
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True,
                                   related_name="+", verbose_name=_("created by"))
    updated_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True,
                                   related_name="+", verbose_name=_("updated by"))
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)

    class Meta:
        ordering = ["mission", "-updated_at", "pk"]
        verbose_name = _("lead")
        verbose_name_plural = _("leads")
        constraints = [
            models.UniqueConstraint(fields=["mission", "visiting", "host"], name="lead_one_per_pair"),
            models.CheckConstraint(condition=~models.Q(stage=LeadStage.SIGNED) | models.Q(signed_value__isnull=False),
                                   name="lead_signed_has_value"),
            models.CheckConstraint(condition=models.Q(expected_value__isnull=True) | models.Q(expected_value__gte=0),
                                   name="lead_expected_value_positive"),
            models.CheckConstraint(condition=models.Q(signed_value__isnull=True) | models.Q(signed_value__gte=0),
                                   name="lead_signed_value_positive"),
        ]
        indexes = [models.Index(fields=["mission", "stage"])]

    def __str__(self) -> str:
        return f"{self.visiting} × {self.host} ({self.get_stage_display()})"
