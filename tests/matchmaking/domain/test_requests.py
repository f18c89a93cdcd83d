import datetime as dt

import pytest
from django.core import mail
from django.core.exceptions import ValidationError
from django.core.management import call_command
from django.utils import timezone

from trademission.directory.enums import OrganizationKind
from trademission.directory.models import Person
from trademission.matchmaking.domain.emails import person_language
from trademission.matchmaking.domain.requests import (
    accept_request,
    cancel_request,
    decline_request,
    expire_requests,
    matchmaking_settings,
    send_request,
)
from trademission.matchmaking.enums import RequestStatus
from trademission.matchmaking.models import MeetingRequest
from trademission.matchmaking.tasks import task_expire_meeting_requests
from trademission.missions.models import Sector


def send(world, **kwargs):
    return send_request(requester=world.visiting, recipient=world.host, note="Let us talk about pumps.",
                        by=world.users["delegate"], **kwargs)


def test_a_request_is_sent_answered_and_each_side_told(world, immediate_tasks, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        meeting_request = send(world)
    with django_capture_on_commit_callbacks(execute=True):
        accept_request(meeting_request=meeting_request, by=world.users["host"])

    meeting_request.refresh_from_db()
    assert (meeting_request.status, meeting_request.answered_by, meeting_request.note) == (
        RequestStatus.ACCEPTED, world.users["host"], "Let us talk about pumps.")
    assert [(message.to, message.subject) for message in mail.outbox] == [
        (["host@test.example"], "Meeting request from Maple Water Inc."),
        (["delegate@test.example"], "Agua Norte SA accepted your meeting request"),
    ]


def test_the_request_expires_after_the_organizers_window_or_deadline(world):
    rules = matchmaking_settings(world.mission)
    rules.answer_days = 3
    rules.save()
    first = send(world)
    assert first.expires_at - first.created_at == pytest.approx(dt.timedelta(days=3), abs=dt.timedelta(seconds=5))

    cancel_request(meeting_request=first, by=None)
    rules.requests_close_at = timezone.now() + dt.timedelta(hours=5)
    rules.save()
    assert send(world).expires_at == rules.requests_close_at


def test_no_request_after_the_deadline(world):
    rules = matchmaking_settings(world.mission)
    rules.requests_close_at = timezone.now() - dt.timedelta(minutes=1)
    rules.save()

    with pytest.raises(ValidationError) as caught:
        send(world)

    assert caught.value.code == "deadline"


def test_a_declined_request_keeps_the_reason(world, immediate_tasks, django_capture_on_commit_callbacks):
    meeting_request = send(world)
    with django_capture_on_commit_callbacks(execute=True):
        decline_request(meeting_request=meeting_request, by=world.users["host"], reason="No budget this year.")

    meeting_request.refresh_from_db()
    assert (meeting_request.status, meeting_request.reason) == (RequestStatus.DECLINED, "No budget this year.")
    assert mail.outbox[-1].body.endswith("Their reason: No budget this year.")


@pytest.mark.parametrize("answer", [accept_request, decline_request])
def test_an_answered_request_cannot_be_answered_again(world, answer):
    meeting_request = send(world)
    accept_request(meeting_request=meeting_request, by=world.users["host"])

    with pytest.raises(ValidationError) as caught:
        answer(meeting_request=meeting_request, by=world.users["host"])

    assert caught.value.code == "not_pending"


def test_two_representatives_of_one_organization_cannot_open_two_requests_with_one_partner(world):
    colleague = Person.objects.create(organization=world.visiting, first_name="Marc", last_name="Roy",
                                      email="marc@maple.example")
    del colleague
    send(world)

    with pytest.raises(ValidationError) as caught:
        send_request(requester=world.visiting, recipient=world.host, by=None)
    with pytest.raises(ValidationError) as reverse:
        send_request(requester=world.host, recipient=world.visiting, by=world.users["host"])

    assert (caught.value.code, reverse.value.code) == ("duplicate", "duplicate")
    assert MeetingRequest.objects.count() == 1


def test_after_a_decline_the_pair_may_ask_again(world):
    decline_request(meeting_request=send(world), by=world.users["host"])

    assert send(world).status == RequestStatus.PENDING


@pytest.mark.parametrize(("change", "code", "reason"), [
    ({"kind": OrganizationKind.LARGE}, "not_sme",
     ("B2B meetings are for the delegation's small and medium-sized enterprises; Maple Water Inc. is registered as: "
     "Large business.")),
    ({"sector": "aerospace"}, "sector",
     ("B2B meetings are for organizations in the mission's sectors; none of Maple Water Inc.'s sectors is one of "
     "them.")),
])
def test_only_b2b_eligible_visitors_may_request(world, change, code, reason):
    if "kind" in change:
        world.visiting.kind = change["kind"]
        world.visiting.save()
    else:
        world.visiting.sectors.set([Sector.objects.create(slug=change["sector"], name_en="Aerospace")])

    with pytest.raises(ValidationError) as caught:
        send(world)

    assert (caught.value.code, caught.value.messages) == (code, [reason])


def test_requests_are_between_the_two_sides_of_one_mission(world):
    with pytest.raises(ValidationError) as caught:
        send_request(requester=world.visiting, recipient=world.visiting, by=None)

    assert caught.value.code == "pair"


def test_expiry_reminds_first_then_expires_and_tells_both_sides(world, immediate_tasks,
                                                                django_capture_on_commit_callbacks):
    meeting_request = send(world)
    expires_at = meeting_request.expires_at
    mail.outbox.clear()

    with django_capture_on_commit_callbacks(execute=True):
        early = expire_requests(now=expires_at - dt.timedelta(hours=72))
        reminder = expire_requests(now=expires_at - dt.timedelta(hours=47))
        again = expire_requests(now=expires_at - dt.timedelta(hours=1))
        expired = expire_requests(now=expires_at)

    meeting_request.refresh_from_db()
    assert [(r.expired, r.reminded) for r in (early, reminder, again, expired)] == [(0, 0), (0, 1), (0, 0), (1, 0)]
    assert meeting_request.status == RequestStatus.EXPIRED
    assert [(message.to, message.subject) for message in mail.outbox] == [
        (["host@test.example"], "Reminder: Maple Water Inc. is waiting for your answer"),
        (["delegate@test.example"], "Meeting request expired"),
        (["host@test.example"], "Meeting request expired"),
    ]
    with pytest.raises(ValidationError):
        accept_request(meeting_request=meeting_request, by=world.users["host"])


def test_the_real_task_and_the_command_expire_overdue_requests(world, immediate_tasks):
    first = send(world)
    MeetingRequest.objects.filter(pk=first.pk).update(expires_at=timezone.now() - dt.timedelta(minutes=1))

    result = task_expire_meeting_requests.enqueue()
    call_command("expire_meeting_requests", verbosity=0)

    assert result.return_value == {"expired": 1, "reminded": 0}
    assert MeetingRequest.objects.get().status == RequestStatus.EXPIRED


def test_an_expired_request_cannot_be_accepted_even_before_the_task_runs(world):
    meeting_request = send(world)
    MeetingRequest.objects.filter(pk=meeting_request.pk).update(expires_at=timezone.now() - dt.timedelta(seconds=1))

    with pytest.raises(ValidationError) as caught:
        accept_request(meeting_request=meeting_request, by=world.users["host"])

    assert caught.value.code == "expired"


@pytest.mark.parametrize(("account_language", "spoken", "expected"), [
    ("es", ["en"], "es"),  # the account's choice wins
    ("de", ["fr", "en"], "fr"),  # not an interface language: the first spoken one that is
    (None, ["pt", "es"], "es"),  # no account
    (None, ["pt"], "en"),  # nothing usable: the site's default
])
def test_e_mails_are_written_in_each_recipients_language(world, account_language, spoken, expected):
    person = world.host.people.get()
    person.languages = spoken
    if account_language is None:
        person.user = None
    else:
        person.user.language = account_language
    assert person_language(person) == expected


def test_a_delegation_member_that_declined_b2b_in_its_application_cannot_request(world):
    from trademission.applications.models import Application

    Application.objects.create(mission=world.mission, status="selected", organization=world.visiting,
                               organization_name=world.visiting.name, wants_b2b=False)

    with pytest.raises(ValidationError) as caught:
        send(world)

    assert (caught.value.code, caught.value.messages) == (
        "no_b2b", ["Maple Water Inc. did not ask for B2B meetings in its application to the delegation."])
