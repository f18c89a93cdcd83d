"""Spot services to the visiting country's organizations that the mission declares out of scope.

Published rule: firms offering visa or immigration services, or facilitating business
establishment in the visiting country, are out of scope. Applicants rarely tick a box saying so;
they describe themselves. We read the free text in English, French and Spanish, sentence by
sentence, after lowercasing and stripping accents, and flag a sentence when it both names such a
service and presents it as something offered. See docs/algorithms/screening.md for the limits.
"""

import re
import unicodedata
from dataclasses import dataclass

from trademission.applications.domain.countries import country_words

IMMIGRATION = "immigration"
ESTABLISHMENT = "establishment"

_IMMIGRATION_TOPIC = re.compile(
    r"\b(?:immigra\w*|inmigra\w*|migratori[oa]s?|work permits?|permis de travail|permisos? de trabajo"
    r"|study permits?|permis d'etudes?|permisos? de estudio|permanent residen\w*|residence permanente"
    r"|residencia permanente|citizenship|citoyennete|ciudadania|naturali[sz]\w*)\b"
)
_VISA = re.compile(r"\bvisas?\b")
# "Visa" is also a card network: a sentence about cards or payments does not count.
_PAYMENT_CONTEXT = re.compile(r"\b(?:cards?|cartes?|tarjetas?|mastercard|amex|payments?|paiements?|pagos?"
                              r"|credit|debit|credito|debito)\b")
_SERVICE_CUE = re.compile(
    r"\b(?:services?|servicios?|consult\w*|conseil\w*|asesor\w*|help\w*|assist\w*|advi[sc]\w*|accompagn\w*"
    r"|aid\w*|ayud\w*|apoy\w*|support\w*|tramit\w*|demarches?|gestion\w*|processing|firm|firms|cabinet"
    r"|despacho|lawyers?|avocats?|abogad\w*|speciali[sz]\w*|speciali[sz]e\w*|especializ\w*|offer\w*|offr\w*"
    r"|ofrec\w*|facilitat\w*|facilit\w*)\b"
)
_BUSINESS = (r"(?:business(?:es)?|compan(?:y|ies)|corporations?|subsidiar(?:y|ies)|entreprises?|societes?|filiales?"
             r"|compagnies?|empresas?|sociedad(?:es)?|compan(?:ia|ias)|filial(?:es)?|negocios?)")
_DETERMINER = (r"(?:(?:of|for|de|des|du|del|d'|la|le|les|el|los|las|a|an|the|your|their|votre|vos|leur|leurs|su|sus"
               r"|una?|new|nouvelles?|nuevas?|foreign|etrangeres?|extranjeras?)\s*)*")
_ESTABLISHMENT = re.compile(
    r"\b(?:(?:business|company|corporate) (?:establishment|incorporation|formation|registration|set-?up|landing)"
    r"|soft[- ]landing|atterrissage"
    rf"|(?:establish\w*|incorporat\w*|set(?:ting)? up|register\w*|form(?:ation|ing)?) {_DETERMINER}{_BUSINESS}"
    rf"|(?:etabli\w*|implant\w*|constitu\w*|creation|immatricul\w*|incorporation|enregistrement) {_DETERMINER}"
    rf"{_BUSINESS}"
    rf"|(?:establec\w*|constitu\w*|apertura|creacion|registro|incorporacion|alta) {_DETERMINER}{_BUSINESS}"
    r"|s'(?:etablir|implanter)|(?:establecerse|instalarse))\b"
)
_SENTENCE_END = re.compile(r"(?<=[.!?;:\n])\s+")


@dataclass(frozen=True)
class Detection:
    kind: str  # IMMIGRATION or ESTABLISHMENT
    sentence: str


def normalize(text: str) -> str:
    """Lowercase, no accents, one kind of apostrophe and single spaces: what the patterns expect."""
    decomposed = unicodedata.normalize("NFKD", text.replace("’", "'").replace("`", "'"))
    plain = "".join(char for char in decomposed if not unicodedata.combining(char))
    return re.sub(r"[ \t]+", " ", plain.lower())


def _names_country(sentence: str, country: str) -> bool:
    return any(re.search(rf"\b{re.escape(word)}\b", sentence) for word in country_words(country))


def detect_out_of_scope(text: str, *, visiting_country: str) -> list[Detection]:
    """Sentences of ``text`` offering visa/immigration services, or business establishment in ``visiting_country``."""
    found = []
    for sentence in _SENTENCE_END.split(normalize(text)):
        if not _SERVICE_CUE.search(sentence):
            continue
        if _IMMIGRATION_TOPIC.search(sentence) or (_VISA.search(sentence) and not _PAYMENT_CONTEXT.search(sentence)):
            found.append(Detection(IMMIGRATION, sentence.strip()))
        elif _ESTABLISHMENT.search(sentence) and _names_country(sentence, visiting_country):
            # Helping firms set up elsewhere (e.g. in the host country) is what exporters do; only
            # establishment *in the visiting country* is a service to incoming firms.
            found.append(Detection(ESTABLISHMENT, sentence.strip()))
    return found
