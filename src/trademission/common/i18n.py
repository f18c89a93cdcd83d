"""Content that organizers and participants write once per language.

Translatable content is stored as one column per language (``name_en``,
``name_fr``, ``name_es``): simple to query, index and import from spreadsheets.
"""

from django.conf import settings
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _


def language_codes() -> list[str]:
    return [code for code, _name in settings.LANGUAGES]


def localized(obj: object, base: str, language: str | None = None) -> str:
    """The value of ``base`` in ``language`` (default: active), else the first one filled in."""
    wanted = (language or get_language() or settings.LANGUAGE_CODE).split("-")[0]
    value = getattr(obj, f"{base}_{wanted}", "")
    if value:
        return value
    for code in language_codes():
        value = getattr(obj, f"{base}_{code}", "")
        if value:
            return value
    return ""


def localized_language(obj: object, base: str, language: str | None = None) -> str:
    """The language code of the text ``localized`` returns, so pages can say which it is."""
    wanted = (language or get_language() or settings.LANGUAGE_CODE).split("-")[0]
    if getattr(obj, f"{base}_{wanted}", ""):
        return wanted
    for code in language_codes():
        if getattr(obj, f"{base}_{code}", ""):
            return code
    return wanted


LANGUAGE_NAMES = {"en": _("English"), "fr": _("French"), "es": _("Spanish")}
