from django.core.management.base import BaseCommand

from trademission.matchmaking.tasks import task_expire_meeting_requests


class Command(BaseCommand):
    help = "Expire unanswered meeting requests past their deadline and send reminders before it."

    def add_arguments(self, parser: object) -> None:
        parser.add_argument("--enqueue", action="store_true",
                            help="Queue the task for a worker instead of running it now.")

    def handle(self, *args: object, **options: object) -> None:
        if options["enqueue"]:
            result = task_expire_meeting_requests.enqueue()
            self.stdout.write(f"Queued task {result.id}.")
            return
        outcome = task_expire_meeting_requests.call()
        self.stdout.write(f"{outcome['expired']} expired, {outcome['reminded']} reminded.")
