from django.db import models
from django.utils.translation import gettext_lazy as _


class NextStep(models.TextChoices):
    NOTHING = "nothing", _("Nothing planned")
    CALL = "call", _("Follow-up call")
    QUOTE = "quote", _("Quote or proposal")
    SAMPLES = "samples", _("Samples")
    VISIT = "visit", _("Visit")
    NDA = "nda", _("Non-disclosure agreement")
    LOI = "loi", _("Letter of intent")
    CONTRACT = "contract", _("Contract")


class Usefulness(models.IntegerChoices):
    ONE = 1, _("1 — not useful")
    TWO = 2, "2"
    THREE = 3, "3"
    FOUR = 4, "4"
    FIVE = 5, _("5 — very useful")


class LeadStage(models.TextChoices):
    CONTACT = "contact", _("Contact")
    PROPOSAL = "proposal", _("Proposal")
    NEGOTIATION = "negotiation", _("Negotiation")
    SIGNED = "signed", _("Signed contract")
    LOST = "lost", _("Lost")


OPEN_STAGES = (LeadStage.CONTACT, LeadStage.PROPOSAL, LeadStage.NEGOTIATION)

# A deal moves forward (skipping stages is fine: some sign on the spot) or is lost while open.
# A signed contract is final; a lost lead may be reopened at the first stage.
TRANSITIONS: dict[str, frozenset[str]] = {
    LeadStage.CONTACT: frozenset({LeadStage.PROPOSAL, LeadStage.NEGOTIATION, LeadStage.SIGNED, LeadStage.LOST}),
    LeadStage.PROPOSAL: frozenset({LeadStage.NEGOTIATION, LeadStage.SIGNED, LeadStage.LOST}),
    LeadStage.NEGOTIATION: frozenset({LeadStage.SIGNED, LeadStage.LOST}),
    LeadStage.SIGNED: frozenset(),
    LeadStage.LOST: frozenset({LeadStage.CONTACT}),
}


class Currency(models.TextChoices):
    CAD = "CAD", _("Canadian dollar (CAD)")
    MXN = "MXN", _("Mexican peso (MXN)")
    USD = "USD", _("US dollar (USD)")


# The currency a mission reports in by default: the delegation's own.
HOME_CURRENCY = {"CA": Currency.CAD, "MX": Currency.MXN, "US": Currency.USD}

SURVEY_MONTHS = (3, 6, 12)
