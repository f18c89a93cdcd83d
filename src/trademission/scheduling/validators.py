import datetime as dt

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _


def validate_breaks(value: object) -> None:
    """A list of ["HH:MM", "HH:MM"] pairs, each ending after it starts."""
    if not isinstance(value, list):
        raise ValidationError(_("Breaks must be a list of [start, end] pairs."))
    for item in value:
        try:
            start, end = (dt.time.fromisoformat(part) for part in item)
        except (TypeError, ValueError):
            raise ValidationError(_("Each break is a pair of times like [\"12:00\", \"13:00\"].")) from None
        if end <= start:
            raise ValidationError(_("A break must end after it starts."))


def validate_interpreters(value: object) -> None:
    """{"en-es": 2, ...}: sorted pairs of distinct language codes, counts ≥ 0."""
    if not isinstance(value, dict):
        raise ValidationError(_("Interpreters must map language pairs to counts."))
    for key, count in value.items():
        codes = str(key).split("-")
        if len(codes) != 2 or not all(codes) or codes[0] >= codes[1]:
            raise ValidationError(_("%(key)s is not a language pair in alphabetical order, like en-es.")
                                  % {"key": key})
        if isinstance(count, bool) or not isinstance(count, int) or count < 0:
            raise ValidationError(_("The number of %(key)s interpreters must be a whole number.") % {"key": key})
