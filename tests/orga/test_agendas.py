import datetime as dt

import icalendar
import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from tests.agendas.builders import build_schedule, first_schedule
from trademission.directory.models import Person


@pytest.fixture
def schedule(world):
    built = build_schedule(world)
    first_schedule(built, at=dt.datetime(2026, 1, 10, 12, tzinfo=dt.UTC))
    return built


def test_the_organizer_reads_any_persons_agenda_with_links_to_the_back_office(client_as, schedule):
    client = client_as("organizer")

    pairs = ((schedule.delegate, schedule.host.organization), (schedule.host, schedule.delegate.organization))
    for person, partner in pairs:
        page = client.get(reverse("orga-agenda", args=[schedule.mission.slug, person.pk])).content.decode()
        assert person.name in page
        assert f'href="{reverse("orga-organization", args=[schedule.mission.slug, partner.pk])}"' in page
        assert "Table 3" in page
    calendar = icalendar.Calendar.from_ical(
        client.get(reverse("orga-agenda-ics", args=[schedule.mission.slug, schedule.host.pk])).content)
    assert [str(event["SUMMARY"]) for event in calendar.walk("VEVENT")] == ["Meeting with Maple Water Inc."]


def test_people_of_another_mission_are_not_found(client_as, schedule, world):
    stranger = Person.objects.create(organization=schedule.delegate.organization, first_name="Zoé", last_name="Côté",
                                     email="zoe@example.com")
    client = client_as("organizer")

    assert client.get(reverse("orga-agenda", args=[world.other_mission.slug, stranger.pk])).status_code == 403
    client_other = client_as("other_organizer")
    assert client_other.get(reverse("orga-agenda", args=[world.other_mission.slug, stranger.pk])).status_code == 404


@pytest.mark.parametrize("role", ["delegate", "host", "reviewer", "other_organizer"])
def test_participants_and_others_cannot_read_someone_elses_agenda(client_as, schedule, role):
    client = client_as(role)

    for name in ("orga-agenda", "orga-agenda-pdf", "orga-agenda-ics"):
        assert client.get(reverse(name, args=[schedule.mission.slug, schedule.host.pk])).status_code == 403


def test_the_table_sheets_page_lists_each_slot_and_table(client_as, schedule):
    page = client_as("organizer").get(reverse("orga-table-sheets", args=[schedule.mission.slug])).content.decode()

    assert page.count('class="table-row"') == 2
    assert "World Trade Center" in page
    assert "Expo Guadalajara" in page


def test_the_list_of_agendas_makes_the_same_queries_for_few_and_many_people(client_as, schedule):
    client = client_as("organizer")
    url = reverse("orga-agendas", args=[schedule.mission.slug])
    client.get(url)
    with CaptureQueriesContext(connection) as few:
        page = client.get(url).content.decode()
    assert "Ana Ibarra" in page
    for number in range(8):
        Person.objects.create(organization=schedule.host.organization, first_name="Rep", last_name=str(number),
                              email=f"rep{number}@example.com")
    with CaptureQueriesContext(connection) as many:
        assert client.get(url).status_code == 200
    assert len(many) == len(few)


def test_the_list_of_agendas_is_paginated_and_searchable(client_as, schedule):
    client = client_as("organizer")
    url = reverse("orga-agendas", args=[schedule.mission.slug])
    for number in range(60):
        Person.objects.create(organization=schedule.host.organization, first_name="Rep", last_name=f"{number:02}",
                              email=f"rep{number}@example.com")

    first = client.get(url)
    found = client.get(url, {"q": "ibarra"})
    hosts = client.get(url, {"side": "host", "page": 2})

    assert (len(first.context["people"]), first.context["paginator"].count) == (50, 63)
    assert [person.name for person in found.context["people"]] == ["Ana Ibarra"]
    assert hosts.context["page_obj"].number == 2
    assert "side=host&amp;page=1" in hosts.content.decode()
