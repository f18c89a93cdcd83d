from django.core.management.base import BaseCommand

from trademission.outcomes.domain.surveys import run_followups


class Command(BaseCommand):
    help = ("Ask feedback on meetings held; schedule, send and remind the follow-up surveys that are due "
            "(run it daily from cron).")

    def handle(self, *args: object, **options: object) -> None:
        counts = run_followups()
        self.stdout.write(" ".join(f"{key}={value}" for key, value in counts.items()))
