from django.db import models
from django.utils.translation import gettext_lazy as _


class PreferenceLevel(models.TextChoices):
    MUST_MEET = "must_meet", _("Must meet")
    WOULD_LIKE = "would_like", _("Would like to meet")
    NO_THANKS = "no_thanks", _("No, thanks")


class RequestStatus(models.TextChoices):
    PENDING = "pending", _("Waiting for an answer")
    ACCEPTED = "accepted", _("Accepted")
    DECLINED = "declined", _("Declined")
    EXPIRED = "expired", _("Expired")
    CANCELLED = "cancelled", _("Cancelled")


ACTIVE_STATUSES = [RequestStatus.PENDING, RequestStatus.ACCEPTED]


class EmbeddedText(models.TextChoices):
    PROFILE = "profile", _("Description and offer")
    OFFERS = "offers", _("What it offers")
    SEEKS = "seeks", _("What it seeks")
