"""``trademission resend_failed_emails``: send again the e-mails the mail server refused (run from cron)."""

from django.core.management.base import BaseCommand, CommandParser
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy as _lazy

from trademission.common.notifications import resend_failed_emails


class Command(BaseCommand):
    help = _lazy("Send again the e-mails that failed, each when its back-off delay has passed.")

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--all", dest="force", action="store_true",
                            help=_lazy("Ignore the back-off delay: try every one now."))

    def handle(self, *args: object, force: bool, **options: object) -> None:
        report = resend_failed_emails(force=force)
        self.stdout.write(_("%(sent)d e-mails sent, %(failed)d still failing.") % {
            "sent": report.sent, "failed": report.failed})
