"""``trademission demo``: migrate, load the demo mission if absent, print the accounts, serve the site."""

import signal
import subprocess
import sys
from pathlib import Path

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandParser
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy as _lazy

from trademission.demo import DEMO_ACCOUNTS, demo_loaded, load_demo, reset_demo


class Command(BaseCommand):
    help = _lazy("Run TradeMission with its demo missions: migrate, load the demo data if absent, serve the site.")

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--port", type=int, default=8000, help=_lazy("Port to serve on (default 8000)."))
        parser.add_argument("--no-serve", action="store_true",
                            help=_lazy("Prepare the data and exit without serving."))
        parser.add_argument("--reset", action="store_true", help=_lazy("Delete the demo data and load it again."))

    def handle(self, *args: object, port: int, no_serve: bool, reset: bool, **options: object) -> None:
        Path(settings.VAR_DIR).mkdir(parents=True, exist_ok=True)
        call_command("migrate", interactive=False, verbosity=0)
        if reset:
            reset_demo()
            self.stdout.write(_("Demo data deleted."))
        if demo_loaded():
            self.stdout.write(_("Demo data already loaded; keeping it (use --reset to start over)."))
        else:
            summary = load_demo()
            self.stdout.write(_(
                "Demo loaded: %(missions)d missions, %(visiting)d Canadian organizations with %(delegates)d "
                "delegates, %(hosts)d Mexican organizations with %(host_people)d people."
            ) % {"missions": summary.missions, "visiting": summary.visiting_organizations,
                 "delegates": summary.delegates, "hosts": summary.host_organizations,
                 "host_people": summary.host_people})
        url = f"http://127.0.0.1:{port}/"
        self.stdout.write(_("TradeMission: %(url)s") % {"url": url})
        self.stdout.write(_("Log in at %(url)s with one of the demo accounts:") % {"url": f"{url}accounts/login/"})
        for account in DEMO_ACCOUNTS:
            self.stdout.write(_("  %(role)-16s %(email)-24s password: %(password)s") % {
                "role": account.role.label, "email": account.email, "password": account.password})
        if not no_serve:
            self._serve(port)

    def _serve(self, port: int) -> None:
        # Background tasks (solver runs, e-mails) need the database queue's worker beside the web server.
        worker = subprocess.Popen([sys.executable, "-m", "trademission.cli", "db_worker"])
        # Turn SIGTERM into a normal exit so that the worker is stopped with the server, not orphaned.
        signal.signal(signal.SIGTERM, lambda _signum, _frame: sys.exit(0))
        try:
            call_command("runserver", f"127.0.0.1:{port}", use_reloader=False)
        finally:
            worker.terminate()
            try:
                worker.wait(timeout=10)
            except subprocess.TimeoutExpired:
                worker.kill()
                worker.wait()
