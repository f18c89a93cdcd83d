"""``trademission reap_stale_runs``: mark as failed the schedule runs whose worker died."""

from django.core.management.base import BaseCommand, CommandParser
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy as _lazy

from trademission.scheduling.domain.runs import reap_stale_runs


class Command(BaseCommand):
    help = _lazy("Mark as failed every running schedule version whose worker stopped reporting progress "
                 "(run it when a worker starts, or from cron). The live schedule is never touched.")

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--grace", type=float, default=None,
                            help=_lazy("Seconds of silence beyond the run's time limit (default 120)."))

    def handle(self, *args: object, grace: float | None, **options: object) -> None:
        reaped = reap_stale_runs(grace=grace)
        for version in reaped:
            self.stdout.write(_("%(mission)s version %(number)d marked failed.") % {
                "mission": version.mission.slug, "number": version.number})
        self.stdout.write(_("%(count)d stale runs reaped.") % {"count": len(reaped)})
