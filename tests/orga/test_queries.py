"""Organizer pages cost the same queries for one item as for many (no N+1)."""

import datetime as dt

from django.urls import reverse

from tests.agendas.builders import build_schedule, session
from tests.agendas.busy import busy, one_meeting
from tests.factories.directory import OrganizationFactory, PersonFactory
from tests.query_count import queries
from trademission.scheduling.domain.runs import new_version
from trademission.scheduling.enums import VersionKind, VersionStatus


def test_the_schedule_page_makes_as_many_queries_for_one_session_and_version_as_for_many(client_as, world):
    schedule = build_schedule(world)  # two sessions
    client = client_as("organizer")
    url = reverse("orga-schedule", args=[schedule.mission.slug])
    first = new_version(mission=schedule.mission, kind=VersionKind.GENERATE, by=world.users["organizer"],
                        status=VersionStatus.DRAFT)
    client.get(url)  # the first visit creates the mission's scheduling settings
    one, page = queries(client, url)
    assert page.text.count("data-version=") == 1

    for day in (dt.date(2026, 2, 16), dt.date(2026, 2, 15)):
        session(schedule.mission, schedule.cdmx, day, venue="Hotel")
    for _number in range(8):
        new_version(mission=schedule.mission, kind=VersionKind.REPAIR, by=world.users["organizer"], base=first,
                    status=VersionStatus.DRAFT)

    many, page = queries(client, url)
    assert (page.text.count("data-version="), len(page.context["sessions"])) == (9, 4)
    assert (one, many) == (10, 10)


def test_the_agenda_list_makes_as_many_queries_for_one_person_as_for_many(client_as, world):
    client = client_as("organizer")
    url = reverse("orga-agendas", args=[world.mission.slug])
    one, page = queries(client, url)
    assert len(page.context["people"]) == 2

    for _number in range(10):
        PersonFactory.create_batch(3, organization=OrganizationFactory(mission=world.mission))

    many, page = queries(client, url)
    assert len(page.context["people"]) == 32
    assert (one, many) == (6, 6)  # with the paginator's count


def test_a_persons_agenda_makes_as_many_queries_for_one_meeting_as_for_many(client_as, world):
    schedule = one_meeting(world)
    client = client_as("organizer")
    url = reverse("orga-agenda", args=[schedule.mission.slug, schedule.delegate.pk])
    one, page = queries(client, url)
    assert page.text.count("Table ") == 1

    meetings = busy(schedule)

    many, page = queries(client, url)
    assert (meetings, page.text.count("Table ")) == (12, 12)
    assert (one, many) == (9, 9)
