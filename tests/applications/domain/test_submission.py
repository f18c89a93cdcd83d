import datetime as dt

import pytest
from django.core import mail
from django.core.exceptions import ValidationError
from django.utils import timezone

from tests.applications.builders import payload, run_tasks_immediately
from trademission.applications.domain.intake import message_dict
from trademission.applications.domain.submission import save_draft, submit_application
from trademission.applications.enums import Outcome


def trail(application) -> list[tuple[str, str]]:
    return [(change.from_status, change.to_status) for change in application.status_changes.order_by("at", "pk")]


def test_a_draft_is_saved_resumed_then_submitted_and_screened(world):
    draft = save_draft(mission=world.mission, data={"organization": {"name": "Half done"}})
    token = draft.token

    draft = save_draft(mission=world.mission, data=payload(consent=False), application=draft)
    submitted = submit_application(mission=world.mission, data=payload(), application=draft)

    assert submitted.token == token
    assert len(token) >= 32
    assert submitted.status == "submitted"
    assert submitted.outcome == Outcome.ELIGIBLE
    assert submitted.submitted_at is not None
    assert trail(submitted) == [("", "draft"), ("draft", "submitted")]


@pytest.mark.parametrize(("language", "subject"), [
    ("en", "Application received: Mission alpha-2026"),
    ("fr", "Application received: Mission alpha-2026 (fr)"),
    ("es", "Application received: Mission alpha-2026"),
])
def test_the_confirmation_is_emailed_after_commit_in_the_applicants_language(
        world, settings, django_capture_on_commit_callbacks, language, subject):
    run_tasks_immediately(settings)

    with django_capture_on_commit_callbacks(execute=True):
        application = submit_application(mission=world.mission, data=payload(language))

    [message] = mail.outbox
    assert message.to == ["claire@bluewater.example"]
    # The mission's own name comes in the applicant's language; the fixed text needs the FR/ES catalogues.
    assert message.subject.endswith(subject.split(": ")[1])
    if language == "en":
        assert message.subject == subject
    assert application.token in message.body
    assert "- You have a commercialized product or service." in message.body or language != "en"


def test_nothing_is_accepted_after_the_registration_deadline(world):
    world.mission.registration_deadline = timezone.now() - dt.timedelta(minutes=1)
    world.mission.save()
    draft_error = pytest.raises(ValidationError)

    with draft_error as caught:
        submit_application(mission=world.mission, data=payload())
    with pytest.raises(ValidationError):
        save_draft(mission=world.mission, data=payload())

    deadline = world.mission.registration_deadline.astimezone(dt.timezone(dt.timedelta(hours=-6)))
    assert message_dict(caught.value) == {"deadline": [
        (f"Registration for Mission alpha-2026 closed on {deadline:%Y-%m-%d %H:%M} (America/Mexico_City); "
        "applications are no longer accepted.")]}


def test_a_submitted_application_can_no_longer_be_changed(world):
    application = submit_application(mission=world.mission, data=payload())

    with pytest.raises(ValidationError) as caught:
        submit_application(mission=world.mission, data=payload(), application=application)

    assert message_dict(caught.value) == {"non_field_errors": [
        "This application has been submitted and can no longer be changed."]}
