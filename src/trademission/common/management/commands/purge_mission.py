"""``trademission purge_mission SLUG [--dry-run]``: purge a mission's personal data after the retention period."""

from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.utils import formats
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy as _lazy

from trademission.missions.models import Mission
from trademission.privacy.domain.purge import KINDS, purge_mission, purge_preview
from trademission.privacy.domain.retention import purge_possible_from


class Command(BaseCommand):
    help = _lazy("Remove or anonymize a mission's personal data once its retention period is over, keeping "
                 "its anonymous statistics (docs/privacy.md).")

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("slug", help=_lazy("The mission's slug."))
        parser.add_argument("--dry-run", action="store_true",
                            help=_lazy("Only count what would be removed or anonymized; change nothing."))

    def handle(self, *args: object, slug: str, dry_run: bool, **options: object) -> None:
        mission = Mission.objects.filter(slug=slug).first()
        if mission is None:
            raise CommandError(_("There is no mission %(slug)s.") % {"slug": slug})
        possible = formats.date_format(purge_possible_from(mission).date(), "DATE_FORMAT")
        if dry_run:
            self.stdout.write(_("Purging %(slug)s would remove or anonymize (possible from %(date)s):")
                              % {"slug": slug, "date": possible})
            self._write_counts(purge_preview(mission))
            return
        try:
            # Run by an operator on the server: no account to name in the record.
            record = purge_mission(mission, by=None)
        except ValidationError as error:
            raise CommandError(" ".join(error.messages)) from error
        self.stdout.write(_("Personal data of %(slug)s removed or anonymized:") % {"slug": slug})
        self._write_counts(record.counts)

    def _write_counts(self, counts: dict[str, int]) -> None:
        for kind, label in KINDS:
            self.stdout.write(f"{counts[kind]:>8}  {label}")
