"""Country names for messages (translated by gettext) and for reading free text (all three languages).

Missions name countries by ISO code only; nothing here assumes which ones they are.
"""

from django.utils.translation import gettext_lazy as _

NAMES = {
    "CA": _("Canada"), "MX": _("Mexico"), "US": _("United States"), "FR": _("France"), "ES": _("Spain"),
    "GB": _("United Kingdom"), "DE": _("Germany"), "BR": _("Brazil"), "CO": _("Colombia"), "CL": _("Chile"),
    "PE": _("Peru"), "AR": _("Argentina"), "JP": _("Japan"), "KR": _("South Korea"), "IN": _("India"),
    "CN": _("China"),
}

# How the country is written in English, French and Spanish once accents are stripped and text lowercased.
WORDS = {
    "CA": ("canada",), "MX": ("mexico", "mexique"), "US": ("united states", "etats-unis", "estados unidos", "usa"),
    "FR": ("france", "francia"), "ES": ("spain", "espagne", "espana"), "GB": ("united kingdom", "royaume-uni",
                                                                               "reino unido"),
    "DE": ("germany", "allemagne", "alemania"), "BR": ("brazil", "bresil", "brasil"), "CO": ("colombia", "colombie"),
    "CL": ("chile", "chili"), "PE": ("peru", "perou"), "AR": ("argentina", "argentine"), "JP": ("japan", "japon"),
    "KR": ("south korea", "coree du sud", "corea del sur"), "IN": ("india", "inde"), "CN": ("china", "chine"),
}


def country_name(code: str) -> str:
    """The country's name in the active language; the code itself for a country we have no name for."""
    return str(NAMES.get(code, code))


def country_words(code: str) -> tuple[str, ...]:
    return WORDS.get(code, (code.lower(),))
