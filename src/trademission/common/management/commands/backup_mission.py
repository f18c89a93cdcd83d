"""``trademission backup_mission SLUG -o FILE.json``: everything of one mission in one JSON file."""

import sys
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy as _lazy

from trademission.missions.domain.backup import backup_mission, dumps
from trademission.missions.models import Mission


class Command(BaseCommand):
    help = _lazy("Write a mission and everything that belongs to it to a JSON file (restore_mission reads it).")

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("slug", help=_lazy("The mission's slug."))
        parser.add_argument("-o", "--output", default="-", help=_lazy("File to write (default: standard output)."))

    def handle(self, *args: object, slug: str, output: str, **options: object) -> None:
        mission = Mission.objects.filter(slug=slug).first()
        if mission is None:
            raise CommandError(_("There is no mission %(slug)s.") % {"slug": slug})
        text = dumps(backup_mission(mission=mission))
        if output == "-":
            sys.stdout.write(text)
            return
        Path(output).write_text(text, encoding="utf-8")
        self.stderr.write(_("Mission %(slug)s written to %(file)s.") % {"slug": slug, "file": output})
