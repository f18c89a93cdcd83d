"""A selected organization that leaves: deleted when nothing refers to it, withdrawn and kept otherwise."""

import datetime as dt

from tests.applications.builders import run_tasks_immediately, submitted
from trademission.applications.domain.selection import decide_applications, withdraw_application
from trademission.directory.domain.listing import organizations_for_listing
from trademission.directory.models import Organization
from trademission.matchmaking.domain.eligibility import b2b_eligibility
from trademission.matchmaking.domain.requests import accept_request, send_request
from trademission.matchmaking.models import MeetingRequest
from trademission.scheduling.models import Attendance


def selected_organization(world, name: str = "Bluewater Systems") -> tuple:
    application = submitted(world.mission, name=name)
    decide_applications(mission=world.mission, applications=[application.pk], to="selected",
                        by=world.users["organizer"])
    return application, Organization.objects.get(mission=world.mission, name=name)


def test_an_organization_nothing_refers_to_is_deleted(world):
    application, organization = selected_organization(world)

    withdraw_application(application, by=world.users["organizer"])

    assert not Organization.objects.filter(pk=organization.pk).exists()


def test_an_organization_with_requests_is_kept_withdrawn_and_its_requests_and_attendance_end(
        world, mailoutbox, settings, django_capture_on_commit_callbacks):
    run_tasks_immediately(settings)
    application, organization = selected_organization(world)
    accepted = send_request(requester=organization, recipient=world.host, by=None, by_organizer=True)
    accept_request(meeting_request=accepted, by=None, by_organizer=True)
    person = organization.people.get()
    stop = world.mission.stops.get()
    Attendance.objects.create(person=person, stop=stop, date=dt.date(2026, 2, 16))
    mailoutbox.clear()

    with django_capture_on_commit_callbacks(execute=True):
        withdraw_application(application, by=world.users["organizer"])

    organization.refresh_from_db()
    assert organization.withdrawn_at is not None
    assert MeetingRequest.objects.get(pk=accepted.pk).status == "cancelled"
    assert MeetingRequest.objects.get(pk=accepted.pk).reason == "Bluewater Systems has left the mission."
    assert Attendance.objects.get(person=person).withdrawn_at == organization.withdrawn_at
    assert b2b_eligibility(organization).code == "withdrawn"
    assert organization not in organizations_for_listing(world.mission)
    assert organization in organizations_for_listing(world.mission, include_withdrawn=True)
    # The partner hears that the meeting it had agreed to will not take place.
    assert "host@test.example" in {address for message in mailoutbox for address in message.to}


def test_selected_again_it_takes_part_again(world):
    application, organization = selected_organization(world)
    send_request(requester=organization, recipient=world.host, by=None, by_organizer=True)
    withdraw_application(application, by=world.users["organizer"])

    again = submitted(world.mission, name="Bluewater Systems")
    decide_applications(mission=world.mission, applications=[again.pk], to="selected", by=world.users["organizer"])

    organization.refresh_from_db()
    assert organization.withdrawn_at is None
    assert b2b_eligibility(organization).eligible
