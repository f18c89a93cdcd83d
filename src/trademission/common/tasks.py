from django_tasks import task

from trademission.common.notifications import deliver_email


@task()
def task_send_email(*, recipients: list[str], subject: str, body: str) -> int:
    return deliver_email(recipients=recipients, subject=subject, body=body)
