from django.db import models
from django.utils.translation import gettext_lazy as _

from trademission.common.i18n import localized


class Sector(models.Model):
    """A sector of the taxonomy missions draw on (e.g. clean technologies)."""

    slug = models.SlugField(_("slug"), unique=True)
    name_en = models.CharField(_("name (en)"), max_length=200)
    name_fr = models.CharField(_("name (fr)"), max_length=200, blank=True)
    name_es = models.CharField(_("name (es)"), max_length=200, blank=True)
    naics_prefixes = models.JSONField(
        _("NAICS prefixes"), default=list, blank=True,
        help_text=_("NAICS 2022 code prefixes that belong to this sector."),
    )

    class Meta:
        ordering = ["slug"]
        verbose_name = _("sector")
        verbose_name_plural = _("sectors")

    def __str__(self) -> str:
        return localized(self, "name")


class Subsector(models.Model):
    sector = models.ForeignKey(Sector, on_delete=models.CASCADE, related_name="subsectors",
                               verbose_name=_("sector"))
    slug = models.SlugField(_("slug"))
    name_en = models.CharField(_("name (en)"), max_length=200)
    name_fr = models.CharField(_("name (fr)"), max_length=200, blank=True)
    name_es = models.CharField(_("name (es)"), max_length=200, blank=True)

    class Meta:
        ordering = ["sector__slug", "slug"]
        verbose_name = _("subsector")
        verbose_name_plural = _("subsectors")
        constraints = [models.UniqueConstraint(fields=["sector", "slug"], name="subsector_unique_slug")]

    def __str__(self) -> str:
        return localized(self, "name")
