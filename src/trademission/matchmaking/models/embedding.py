import numpy as np
from django.db import models
from django.utils.translation import gettext_lazy as _

from trademission.matchmaking.enums import EmbeddedText


class ProfileEmbedding(models.Model):
    """A cached sentence embedding of one of an organization's texts, valid while its hash matches."""

    organization = models.ForeignKey("directory.Organization", on_delete=models.CASCADE, related_name="embeddings",
                                     verbose_name=_("organization"))
    field = models.CharField(_("text"), max_length=16, choices=EmbeddedText.choices)
    text_hash = models.CharField(_("text hash"), max_length=64)
    vector = models.BinaryField(_("vector"))

    class Meta:
        verbose_name = _("profile embedding")
        verbose_name_plural = _("profile embeddings")
        constraints = [models.UniqueConstraint(fields=["organization", "field"], name="embedding_unique_field")]

    def __str__(self) -> str:
        return f"{self.organization_id}:{self.field}"

    def as_array(self) -> np.ndarray:
        return np.frombuffer(bytes(self.vector), dtype=np.float32)
