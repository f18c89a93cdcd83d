from django.db import models
from django.utils.translation import gettext_lazy as _


class VersionStatus(models.TextChoices):
    DRAFT = "draft", _("Draft")
    RUNNING = "running", _("Running")
    FAILED = "failed", _("Failed")
    CANCELLED = "cancelled", _("Cancelled")
    LIVE = "live", _("Published")
    ARCHIVED = "archived", _("Archived")


class VersionKind(models.TextChoices):
    GENERATE = "generate", _("Generated")
    RERUN = "rerun", _("Re-run around locked meetings")
    REPAIR = "repair", _("Repaired on site")
    RESTORE = "restore", _("Restored copy")


class MeetingStatus(models.TextChoices):
    SCHEDULED = "scheduled", _("Scheduled")
    HELD = "held", _("Held")
    NO_SHOW_VISITING = "no_show_visiting", _("No-show (visiting side)")
    NO_SHOW_HOST = "no_show_host", _("No-show (host side)")
    CANCELLED = "cancelled", _("Cancelled")


# A run still owns its version row in these states; anything else is finished.
ACTIVE_RUN_STATUSES = [VersionStatus.RUNNING]
