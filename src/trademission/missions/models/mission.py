from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from trademission.common.i18n import localized
from trademission.missions.enums import MissionStatus
from trademission.missions.validators import validate_country_code, validate_time_zone


class Mission(models.Model):
    """A trade mission: a delegation from one country visiting another."""

    slug = models.SlugField(_("slug"), unique=True)
    name_en = models.CharField(_("name (en)"), max_length=200)
    name_fr = models.CharField(_("name (fr)"), max_length=200, blank=True)
    name_es = models.CharField(_("name (es)"), max_length=200, blank=True)
    description_en = models.TextField(_("description (en)"), blank=True)
    description_fr = models.TextField(_("description (fr)"), blank=True)
    description_es = models.TextField(_("description (es)"), blank=True)
    visiting_country = models.CharField(_("visiting country"), max_length=2,
                                        validators=[validate_country_code],
                                        help_text=_("ISO 3166 code of the delegation's country."))
    host_country = models.CharField(_("host country"), max_length=2, validators=[validate_country_code],
                                    help_text=_("ISO 3166 code of the country visited."))
    time_zone = models.CharField(_("time zone"), max_length=64, validators=[validate_time_zone])
    start_date = models.DateField(_("first day"))
    end_date = models.DateField(_("last day"))
    registration_deadline = models.DateTimeField(_("registration deadline"))
    status = models.CharField(_("status"), max_length=16, choices=MissionStatus.choices,
                              default=MissionStatus.DRAFT)
    sectors = models.ManyToManyField("missions.Sector", related_name="missions", verbose_name=_("sectors"))
    max_representatives = models.PositiveSmallIntegerField(
        _("representatives per organization"), default=2,
        help_text=_("How many people one organization may send."),
    )
    capacity_organizations = models.PositiveIntegerField(_("organizations in the delegation"), null=True,
                                                         blank=True)
    capacity_delegates = models.PositiveIntegerField(_("delegates"), null=True, blank=True)
    contact_email = models.EmailField(_("contact e-mail"), blank=True)
    reviews_required = models.PositiveSmallIntegerField(
        _("reviews per application"), default=1,
        help_text=_("How many reviewers must score an application before it is fully reviewed."),
    )
    # Set once by privacy.domain.purge_mission: from then on the mission keeps anonymous statistics only
    # and refuses new personal data (missions.domain.retention).
    personal_data_purged_at = models.DateTimeField(_("personal data purged at"), null=True, blank=True,
                                                   editable=False)

    class Meta:
        ordering = ["-start_date", "slug"]
        verbose_name = _("mission")
        verbose_name_plural = _("missions")
        constraints = [
            models.CheckConstraint(condition=models.Q(end_date__gte=models.F("start_date")),
                                   name="mission_dates_ordered"),
            models.CheckConstraint(condition=~models.Q(host_country=models.F("visiting_country")),
                                   name="mission_countries_differ"),
        ]

    def __str__(self) -> str:
        return localized(self, "name")

    @property
    def name(self) -> str:
        return localized(self, "name")

    @property
    def registration_open(self) -> bool:
        return (self.status == MissionStatus.OPEN and timezone.now() <= self.registration_deadline
                and self.personal_data_purged_at is None)

    def clean(self) -> None:
        if self.start_date and self.end_date and self.end_date < self.start_date:
            raise ValidationError({"end_date": _("The last day cannot come before the first day.")})
        if self.host_country and self.host_country == self.visiting_country:
            raise ValidationError({"host_country": _("The host country must differ from the visiting country.")})
