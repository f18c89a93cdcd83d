from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from trademission.common.i18n import localized


class RubricCriterion(models.Model):
    """One line of the scoring grid an organizer defines for a mission."""

    mission = models.ForeignKey("missions.Mission", on_delete=models.CASCADE, related_name="rubric",
                                verbose_name=_("mission"))
    slug = models.SlugField(_("code"))
    name_en = models.CharField(_("name (en)"), max_length=200)
    name_fr = models.CharField(_("name (fr)"), max_length=200, blank=True)
    name_es = models.CharField(_("name (es)"), max_length=200, blank=True)
    weight = models.PositiveSmallIntegerField(_("weight"), default=1)
    max_score = models.PositiveSmallIntegerField(_("highest score"), default=5)
    position = models.PositiveSmallIntegerField(_("position"), default=0)

    class Meta:
        ordering = ["mission", "position", "pk"]
        verbose_name = _("rubric criterion")
        verbose_name_plural = _("rubric criteria")
        constraints = [
            models.UniqueConstraint(fields=["mission", "slug"], name="rubric_criterion_unique_slug"),
            models.CheckConstraint(condition=models.Q(max_score__gte=1), name="rubric_criterion_max_score_positive"),
        ]

    def __str__(self) -> str:
        return localized(self, "name")

    @property
    def name(self) -> str:
        return localized(self, "name")


class Review(models.Model):
    """A reviewer's scores for one application, per rubric criterion, with a comment."""

    application = models.ForeignKey("applications.Application", on_delete=models.CASCADE, related_name="reviews",
                                    verbose_name=_("application"))
    reviewer = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="reviews",
                                 verbose_name=_("reviewer"))
    scores = models.JSONField(_("scores"), default=dict, help_text=_("Score per rubric criterion code."))
    total = models.FloatField(_("weighted score (0–100)"))
    comment = models.TextField(_("comment"), blank=True)
    submitted_at = models.DateTimeField(_("submitted"), auto_now=True)

    class Meta:
        ordering = ["submitted_at", "pk"]
        verbose_name = _("review")
        verbose_name_plural = _("reviews")
        constraints = [
            models.UniqueConstraint(fields=["application", "reviewer"], name="review_one_per_reviewer"),
        ]

    def __str__(self) -> str:
        return f"{self.application} — {self.reviewer}"
