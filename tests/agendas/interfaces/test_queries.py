"""The calendar files cost the same queries for one meeting as for a full schedule over two versions."""

import pytest
from django.urls import reverse

from tests.agendas.busy import busy, one_meeting
from tests.query_count import queries
from trademission.scheduling.domain.onsite import agenda_token


def queries_and_events(client, url: str) -> tuple[int, int]:
    count, response = queries(client, url)
    return count, response.content.count(b"BEGIN:VEVENT")


def test_the_subscription_feed_makes_as_many_queries_for_one_meeting_as_for_many(client, world):
    schedule = one_meeting(world)
    url = reverse("portal-agenda-feed", args=[schedule.mission.slug, agenda_token(schedule.delegate)])
    one = queries_and_events(client, url)

    meetings = busy(schedule)

    # Events: the meetings, the market briefing, the receptions and the change of city.
    assert (one, queries_and_events(client, url)) == ((5, 3), (5, 1 + meetings + 3 + 1))


@pytest.mark.parametrize(("role", "name"), [("delegate", "portal-agenda-ics"), ("organizer", "orga-agenda-ics")])
def test_an_ics_download_makes_as_many_queries_for_one_meeting_as_for_many(client_as, world, role, name):
    schedule = one_meeting(world)
    client = client_as(role)
    person = [schedule.delegate.pk] if role == "organizer" else []
    url = reverse(name, args=[schedule.mission.slug, *person])
    one = queries_and_events(client, url)

    meetings = busy(schedule)

    assert (one, queries_and_events(client, url)) == ((9, 3), (9, 1 + meetings + 3 + 1))


def test_a_calendar_app_that_sends_back_the_etag_gets_a_304_until_the_schedule_changes(client, world):
    schedule = one_meeting(world)
    url = reverse("portal-agenda-feed", args=[schedule.mission.slug, agenda_token(schedule.delegate)])
    first = client.get(url)

    again = client.get(url, headers={"If-None-Match": first["ETag"]})
    busy(schedule)
    changed = client.get(url, headers={"If-None-Match": first["ETag"]})

    assert first["ETag"].startswith('W/"')
    assert (again.status_code, again.content, again["ETag"], again["Cache-Control"]) == (
        304, b"", first["ETag"], "private, no-cache")
    assert (changed.status_code, changed["ETag"] != first["ETag"]) == (200, True)
    assert changed.content.count(b"BEGIN:VEVENT") == 17
