"""Background work of outcomes: thin, load by id, hand off to the domain. Sending twice sends once."""

import logging

from django_tasks import task

from trademission.outcomes.domain import surveys

logger = logging.getLogger(__name__)


@task()
def task_send_survey(*, survey_id: int) -> int:
    sent = surveys.send_survey(survey_id=survey_id)
    logger.info("Survey %s: %s invitations sent", survey_id, sent)
    return sent


@task()
def task_remind_survey(*, survey_id: int) -> int:
    reminded = surveys.remind_survey(survey_id=survey_id)
    logger.info("Survey %s: %s reminders sent", survey_id, reminded)
    return reminded
