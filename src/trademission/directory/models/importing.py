from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from trademission.directory.enums import ImportMode, ImportStatus


class ImportBatch(models.Model):
    """One uploaded spreadsheet of host-side organizations, between upload, mapping and import.

    The cells are kept as parsed text so that mapping, preview and import read exactly the same
    rows, whatever happens to the uploaded file afterwards.
    """

    mission = models.ForeignKey("missions.Mission", on_delete=models.CASCADE, related_name="import_batches",
                                verbose_name=_("mission"))
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True,
                                   related_name="+", verbose_name=_("uploaded by"))
    created_at = models.DateTimeField(_("uploaded at"), auto_now_add=True)
    filename = models.CharField(_("file name"), max_length=200)
    headers = models.JSONField(_("column headers"), default=list)
    rows = models.JSONField(_("rows"), default=list)
    mapping = models.JSONField(_("column mapping"), default=dict, blank=True)
    status = models.CharField(_("status"), max_length=16, choices=ImportStatus.choices,
                              default=ImportStatus.UPLOADED)
    mode = models.CharField(_("mode"), max_length=16, choices=ImportMode.choices, blank=True)
    report = models.JSONField(_("report"), default=dict, blank=True)

    class Meta:
        ordering = ["-created_at", "-pk"]
        verbose_name = _("import batch")
        verbose_name_plural = _("import batches")

    def __str__(self) -> str:
        return self.filename
