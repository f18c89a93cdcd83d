import secrets

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _


def new_token() -> str:
    """A private link's secret: 192 random bits, URL-safe."""
    return secrets.token_urlsafe(24)


def validate_score(value: int, *, maximum: int) -> None:
    if not isinstance(value, int) or isinstance(value, bool) or not 0 <= value <= maximum:
        raise ValidationError(_("Give a whole number from 0 to %(maximum)d."), code="score",
                              params={"maximum": maximum})
