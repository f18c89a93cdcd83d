from django.core.management.base import BaseCommand

from trademission.outcomes.domain.surveys import run_followups


class Command(BaseCommand):
    help = "Schedule, send and remind the follow-up surveys that are due (run it daily from cron)."

    def handle(self, *args: object, **options: object) -> None:
        counts = run_followups()
        self.stdout.write(f"scheduled={counts['scheduled']} sent={counts['sent']} reminded={counts['reminded']}")
