"""``trademission restore_mission FILE.json``: recreate a mission written by backup_mission."""

import json
from pathlib import Path

from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy as _lazy

from trademission.missions.domain.backup import restore_mission


class Command(BaseCommand):
    help = _lazy("Recreate a mission, with the same identifiers, from a file written by backup_mission.")

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("file", help=_lazy("The backup file."))

    def handle(self, *args: object, file: str, **options: object) -> None:
        try:
            backup = json.loads(Path(file).read_text(encoding="utf-8"))
            mission = restore_mission(backup=backup)
        except (OSError, ValueError) as error:
            raise CommandError(_("Cannot read %(file)s: %(error)s") % {"file": file, "error": error}) from error
        except ValidationError as error:
            raise CommandError(" ".join(error.messages)) from error
        self.stdout.write(_("Mission %(slug)s restored.") % {"slug": mission.slug})
