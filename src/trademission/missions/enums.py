from django.db import models
from django.utils.translation import gettext_lazy as _


class MissionStatus(models.TextChoices):
    DRAFT = "draft", _("Draft")
    OPEN = "open", _("Registration open")
    CLOSED = "closed", _("Registration closed")
    UNDERWAY = "underway", _("Underway")
    COMPLETED = "completed", _("Completed")


class ProgrammeKind(models.TextChoices):
    BRIEFING = "briefing", _("Business briefing")
    SITE_VISIT = "site_visit", _("Site visit")
    NETWORKING = "networking", _("Networking reception")
    B2B_SESSION = "b2b_session", _("B2B meeting session")
    OTHER = "other", _("Other")


class Role(models.TextChoices):
    ORGANIZER = "organizer", _("Organizer")
    REVIEWER = "reviewer", _("Reviewer")
    DELEGATE = "delegate", _("Delegate")
    HOST = "host", _("Host participant")
