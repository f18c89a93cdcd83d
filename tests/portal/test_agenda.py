import datetime as dt
import re

import icalendar
import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import formats, translation

from tests.agendas.builders import build_schedule, draft, first_schedule, moved_schedule, publish
from trademission.directory.enums import OrganizationKind, Side
from trademission.directory.models import Organization, Person
from trademission.scheduling.models import AgendaToken

T1 = dt.datetime(2026, 1, 10, 12, tzinfo=dt.UTC)


def text_of(page: str) -> str:
    return " ".join(re.sub(r"<[^>]+>", " ", page).split())


@pytest.fixture
def schedule(world):
    built = build_schedule(world)
    first_schedule(built, at=T1)
    return built


def test_the_delegate_sees_meetings_programme_and_change_of_city(client_as, schedule):
    response = client_as("delegate").get(reverse("portal-agenda", args=[schedule.mission.slug]))

    assert response.status_code == 200
    page = response.content.decode()
    profile = reverse("portal-organization", args=[schedule.mission.slug, schedule.host.organization_id])
    assert f'<a href="{profile}">Agua Norte SA</a>' in page
    for text in ("10:00", "10:30", "Table 3", "EN ↔ ES", "World Trade Center", "Market briefing", "Luis Garza",
                 "Change of city: Mexico City → Guadalajara", "Tequila Verde SA", "Table 5",
                 "Tuesday Feb. 17, 2026 · Mexico City", "Wednesday Feb. 18, 2026 · Guadalajara"):
        assert text in text_of(page), text
    token = AgendaToken.objects.get(person=schedule.delegate).token
    assert f"webcal://testserver/portal/{schedule.mission.slug}/agenda/feed/{token}.ics" in page


@pytest.mark.parametrize("language", ["fr", "es"])
def test_dates_follow_the_readers_language(client_as, schedule, language):
    client = client_as("delegate")
    client.cookies["django_language"] = language

    page = client.get(reverse("portal-agenda", args=[schedule.mission.slug])).content.decode()

    with translation.override(language):
        day = dt.date(2026, 2, 17)
        expected = f"{formats.date_format(day, 'l')} {formats.date_format(day, 'DATE_FORMAT')}"
    assert expected in text_of(page)  # "mardi 17 février 2026", "martes 17 de febrero de 2026"
    assert f'lang="{language}"' in page


def test_the_host_sees_only_their_own_meeting(client_as, schedule):
    page = client_as("host").get(reverse("portal-agenda", args=[schedule.mission.slug])).content.decode()

    assert "Maple Water Inc." in page
    assert "Claire Roy" in page
    assert "Tequila Verde SA" not in page  # the delegate's other meeting is not the host's business
    assert "Market briefing" not in page


def test_the_ics_download_is_the_delegates_calendar(client_as, schedule):
    response = client_as("delegate").get(reverse("portal-agenda-ics", args=[schedule.mission.slug]))

    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    assert response["Content-Disposition"].startswith("attachment; filename=")
    calendar = icalendar.Calendar.from_ical(response.content)
    assert str(calendar["METHOD"]) == "PUBLISH"
    summaries = sorted(str(event["SUMMARY"]) for event in calendar.walk("VEVENT"))
    assert summaries == ["Market briefing", "Meeting with Agua Norte SA", "Meeting with Tequila Verde SA",
                         "Mexico City → Guadalajara"]
    event = next(event for event in calendar.walk("VEVENT") if "Agua" in str(event["SUMMARY"]))
    assert str(event["URL"]) == "http://testserver" + reverse(
        "portal-organization", args=[schedule.mission.slug, schedule.host.organization_id])


def test_the_feed_needs_no_login_but_the_right_token_for_the_right_mission(client, schedule, world):
    token = AgendaToken.objects.create(person=schedule.delegate).token
    url = reverse("portal-agenda-feed", args=[schedule.mission.slug, token])

    response = client.get(url)

    assert response.status_code == 200
    assert response["Cache-Control"] == "private, no-cache"
    calendar = icalendar.Calendar.from_ical(response.content)
    assert calendar.get("METHOD") is None
    assert len(calendar.walk("VEVENT")) == 4
    assert client.get(reverse("portal-agenda-feed", args=[schedule.mission.slug, token + "x"])).status_code == 404
    assert client.get(reverse("portal-agenda-feed", args=[world.other_mission.slug, token])).status_code == 404


def test_the_feed_follows_a_move_and_speaks_the_persons_language(client, schedule):
    schedule.delegate.user.language = "fr"
    schedule.delegate.user.save(update_fields=["language"])
    url = reverse("portal-agenda-feed", args=[schedule.mission.slug,
                                              AgendaToken.objects.create(person=schedule.delegate).token])
    moved_schedule(schedule, at=dt.datetime(2026, 1, 20, tzinfo=dt.UTC))

    calendar = icalendar.Calendar.from_ical(client.get(url).content)

    statuses = sorted((str(event["STATUS"]), event["SEQUENCE"]) for event in calendar.walk("VEVENT"))
    assert statuses == [("CANCELLED", 1), ("CONFIRMED", 0), ("CONFIRMED", 0), ("CONFIRMED", 1)]
    assert calendar.walk("VEVENT")[0].decoded("DTSTART")  # the French catalogue may or may not be filled yet


def test_a_participant_without_a_representative_record_gets_404(client_as, schedule):
    schedule.delegate.delete()

    assert client_as("delegate").get(reverse("portal-agenda", args=[schedule.mission.slug])).status_code == 404


def _queries(client, url) -> int:
    with CaptureQueriesContext(connection) as captured:
        assert client.get(url).status_code == 200
    return len(captured)


def test_the_agenda_page_makes_as_many_queries_for_one_meeting_as_for_many(client_as, world):
    schedule = build_schedule(world)
    slots = list(schedule.cdmx_session.slots.order_by("starts_at"))
    publish(draft(schedule.mission, [(schedule.delegate, schedule.host, slots[0], 1, "")]))
    client = client_as("delegate")
    url = reverse("portal-agenda", args=[schedule.mission.slug])
    client.get(url)  # the first visit creates the person's feed token
    one = _queries(client, url)
    meetings = []
    for number, slot in enumerate(slots[1:], start=2):
        organization = Organization.objects.create(mission=schedule.mission, side=Side.HOST, name=f"Host {number}",
                                                   kind=OrganizationKind.SME, country="MX", languages=["es"])
        host = Person.objects.create(organization=organization, first_name="Host", last_name=str(number),
                                     email=f"h{number}@example.com")
        meetings.append((schedule.delegate, host, slot, number, "en-es"))
    publish(draft(schedule.mission, [(schedule.delegate, schedule.host, slots[0], 1, ""), *meetings]))

    many = _queries(client, url)

    assert len(meetings) >= 4
    assert many == one
