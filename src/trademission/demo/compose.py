"""Assemble an organization's texts in the languages it writes in."""

from trademission.demo.taxonomy import SUBSECTORS_BY_KEY
from trademission.demo.texts import AND, DESCRIPTION, NOUN
from trademission.directory.enums import OrganizationKind


def lower_first(text: str) -> str:
    # Keep acronyms (e.g. "IoT", "TIC") as they are.
    return text if text[1:2].isupper() else text[:1].lower() + text[1:]


def subsector_list(subsectors: list[tuple[str, str]], language: str) -> str:
    names = [lower_first(getattr(SUBSECTORS_BY_KEY[key], language)) for key in subsectors]
    return AND[language].join(names)


def compose_texts(*, templates: dict[str, dict[str, dict[str, str]]], languages: list[str], kind: str, name: str,
                  city: str, region: str, sectors: list[str], subsectors: list[tuple[str, str]]) -> dict[str, str]:
    """description_xx, offers_xx and seeks_xx fields for each language in ``languages``."""
    main = sectors[0]
    texts = {}
    for language in languages:
        values = {"name": name, "city": city, "region": region, "noun": NOUN[language][main],
                  "subs": subsector_list(subsectors, language)}
        texts[f"description_{language}"] = DESCRIPTION[language][kind].format(**values)
        # Associations and chambers promote their members rather than offering products.
        if kind in {OrganizationKind.SME, OrganizationKind.LARGE}:
            texts[f"offers_{language}"] = templates[language]["offers"][main].format(**values)
        texts[f"seeks_{language}"] = templates[language]["seeks"][main].format(**values)
    return texts
