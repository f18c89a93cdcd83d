from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from trademission.directory.validators import validate_languages, validate_photo


class Person(models.Model):
    """A representative of an organization (a delegate or a host-side participant)."""

    organization = models.ForeignKey("directory.Organization", on_delete=models.CASCADE,
                                     related_name="people", verbose_name=_("organization"))
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True,
                             related_name="people", verbose_name=_("account"))
    first_name = models.CharField(_("first name"), max_length=100)
    last_name = models.CharField(_("last name"), max_length=100)
    email = models.EmailField(_("e-mail address"))
    phone = models.CharField(_("phone"), max_length=40, blank=True)
    job_title = models.CharField(_("job title"), max_length=200, blank=True)
    languages = models.JSONField(_("languages spoken"), default=list, validators=[validate_languages])
    photo = models.FileField(_("photo"), upload_to="people/", blank=True, validators=[validate_photo],
                             help_text=_("Optional. JPEG or PNG, at most 2 MB."))

    class Meta:
        ordering = ["last_name", "first_name"]
        verbose_name = _("person")
        verbose_name_plural = _("people")
        constraints = [
            models.UniqueConstraint(fields=["organization", "email"], name="person_unique_email_per_organization"),
        ]

    def __str__(self) -> str:
        return f"{self.first_name} {self.last_name}"

    @property
    def name(self) -> str:
        return str(self)
