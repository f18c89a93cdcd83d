from django.db import models
from django.utils.translation import gettext_lazy as _


class AgendaPrint(models.Model):
    """When a person's printable agenda was last generated, to mark what changed since."""

    person = models.OneToOneField("directory.Person", on_delete=models.CASCADE, related_name="agenda_print",
                                  verbose_name=_("person"))
    printed_at = models.DateTimeField(_("last printed at"))

    class Meta:
        verbose_name = _("agenda print")
        verbose_name_plural = _("agenda prints")

    def __str__(self) -> str:
        return f"{self.person} ({self.printed_at:%Y-%m-%d %H:%M})"
