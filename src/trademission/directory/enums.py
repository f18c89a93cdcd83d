from django.db import models
from django.utils.translation import gettext_lazy as _


class Side(models.TextChoices):
    VISITING = "visiting", _("Visiting delegation")
    HOST = "host", _("Host country")


class OrganizationKind(models.TextChoices):
    SME = "sme", _("Small or medium-sized enterprise")
    LARGE = "large", _("Large business")
    ASSOCIATION = "association", _("Trade association")
    CHAMBER = "chamber", _("Chamber of commerce")
    OTHER = "other", _("Other organization")


class SizeBand(models.TextChoices):
    MICRO = "micro", _("1–9 employees")
    SMALL = "small", _("10–99 employees")
    MEDIUM = "medium", _("100–499 employees")
    LARGE = "large", _("500 employees or more")


def size_band(employees: int | None) -> SizeBand | None:
    """Bands as Statistics Canada and INEGI count them for SMEs (under 500 employees)."""
    if employees is None:
        return None
    if employees < 10:
        return SizeBand.MICRO
    if employees < 100:
        return SizeBand.SMALL
    if employees < 500:
        return SizeBand.MEDIUM
    return SizeBand.LARGE


class ImportStatus(models.TextChoices):
    UPLOADED = "uploaded", _("Uploaded")
    IMPORTED = "imported", _("Imported")
    REFUSED = "refused", _("Refused: some rows failed")


class ImportMode(models.TextChoices):
    VALID_ROWS = "valid_rows", _("Import every valid row")
    ALL_OR_NOTHING = "all_or_nothing", _("Import nothing if any row fails")
