"""The match score of two organizations and its explanation, on plain data (no database).

score = Σ weight × signal, each signal in [0, 1], so the score is in [0, 1]. See
docs/algorithms/matching.md for the reasoning behind the weights and how they were measured.
"""

from dataclasses import dataclass

import numpy as np

WEIGHTS = {
    "complementarity": 0.30,  # what one offers is what the other seeks (text, across languages)
    "similarity": 0.15,       # the two describe the same line of business
    "subsector": 0.20,
    "sector": 0.10,
    "naics": 0.10,
    "place": 0.10,            # in the same stop city on the same days
    "language": 0.05,
}
# Multilingual USE puts unrelated business texts near 0.1 and paraphrases above 0.7.
SIMILARITY_FLOOR, SIMILARITY_CEILING = 0.15, 0.65
STRONG = 0.5  # a signal above this is worth telling the reader about


@dataclass(frozen=True)
class MatchProfile:
    id: int
    name: str
    sectors: frozenset[int]
    subsectors: frozenset[int]
    naics: tuple[str, ...]
    languages: frozenset[str]
    stops: frozenset[int]  # stops where the organization is present
    place_known: bool = True  # False for a host whose stop is not recorded


@dataclass(frozen=True)
class Signals:
    complementarity: float
    they_seek_your_offer: float
    they_offer_your_need: float
    similarity: float
    subsectors: frozenset[int]
    sectors: frozenset[int]
    naics: float
    naics_codes: tuple[str, ...]
    stops: frozenset[int]
    place_known: bool
    languages: frozenset[str]

    @property
    def score(self) -> float:
        return round(
            WEIGHTS["complementarity"] * self.complementarity
            + WEIGHTS["similarity"] * self.similarity
            + WEIGHTS["subsector"] * (1.0 if self.subsectors else 0.0)
            + WEIGHTS["sector"] * (1.0 if self.sectors else 0.0)
            + WEIGHTS["naics"] * self.naics
            + WEIGHTS["place"] * (1.0 if self.stops or not self.place_known else 0.0)
            + WEIGHTS["language"] * (1.0 if self.languages else 0.0), 4)


def rescale(cosine: np.ndarray | float) -> np.ndarray | float:
    return np.clip((np.asarray(cosine) - SIMILARITY_FLOOR) / (SIMILARITY_CEILING - SIMILARITY_FLOOR), 0.0, 1.0)


def naics_closeness(mine: tuple[str, ...], theirs: tuple[str, ...]) -> tuple[float, tuple[str, ...]]:
    """1 for a shared code, less for a shared industry group (4 digits) or subsector (3 digits)."""
    best, shared = 0.0, []
    for code in mine:
        for other in theirs:
            prefix = next((length for length in (6, 5, 4, 3) if code[:length] == other[:length]
                           and len(code) >= length and len(other) >= length), 0)
            closeness = {6: 1.0, 5: 0.8, 4: 0.6, 3: 0.3}.get(prefix, 0.0)
            if closeness:
                shared.append(code[:prefix])
            best = max(best, closeness)
    return best, tuple(sorted(set(shared)))


def signals(mine: MatchProfile, theirs: MatchProfile, *, seek_offer: float, offer_seek: float,
            similarity: float) -> Signals:
    """``seek_offer``: rescaled similarity of their needs to my offer; ``offer_seek``: their offer to my needs."""
    naics, naics_codes = naics_closeness(mine.naics, theirs.naics)
    return Signals(
        complementarity=max(seek_offer, offer_seek), they_seek_your_offer=seek_offer, they_offer_your_need=offer_seek,
        similarity=similarity, subsectors=mine.subsectors & theirs.subsectors, sectors=mine.sectors & theirs.sectors,
        naics=naics, naics_codes=naics_codes, stops=mine.stops & theirs.stops,
        place_known=mine.place_known and theirs.place_known, languages=mine.languages & theirs.languages,
    )
