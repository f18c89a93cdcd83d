import zoneinfo

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _


def validate_country_code(value: str) -> None:
    if len(value) != 2 or not value.isalpha() or not value.isupper():
        raise ValidationError(_("Enter a two-letter ISO 3166 country code such as CA or MX."), code="country")


def validate_time_zone(value: str) -> None:
    try:
        zoneinfo.ZoneInfo(value)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError) as error:
        raise ValidationError(_("“%(value)s” is not a known time zone."), code="time_zone",
                              params={"value": value}) from error
