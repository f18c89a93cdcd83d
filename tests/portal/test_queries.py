"""Participant pages cost the same queries for one item as for many (no N+1)."""

from django.urls import reverse

from tests.agendas.busy import busy, one_meeting
from tests.factories.directory import OrganizationFactory, PersonFactory
from tests.query_count import queries
from trademission.directory.enums import Side


def add_organizations(world, count: int) -> None:
    """Hosts and delegates alternately, two people each, in the world's sector."""
    sector = world.mission.sectors.get()
    for number in range(count):
        side = Side.HOST if number % 2 else Side.VISITING
        organization = OrganizationFactory(mission=world.mission, side=side, sectors=[sector],
                                           languages=["es", "en"], name=f"Clean {number:02d}",
                                           description_en="Water treatment and clean technologies.")
        PersonFactory.create_batch(2, organization=organization)


def test_the_agenda_page_makes_as_many_queries_for_one_meeting_as_for_many(client_as, world):
    schedule = one_meeting(world)
    client = client_as("delegate")
    url = reverse("portal-agenda", args=[schedule.mission.slug])
    client.get(url)  # the first visit creates the person's feed token
    one, page = queries(client, url)
    assert page.text.count("Table ") == 1

    meetings = busy(schedule)

    many, page = queries(client, url)
    assert (meetings, page.text.count("Table ")) == (12, 12)
    assert (one, many) == (10, 10)


def test_the_recommendations_make_as_many_queries_for_one_partner_as_for_many(client_as, world):
    client = client_as("delegate")
    url = reverse("portal-recommendations", args=[world.mission.slug])
    client.get(url)  # embeds the profiles once
    one, page = queries(client, url)
    assert len(page.context["recommendations"]) == 1

    add_organizations(world, 30)
    client.get(url)

    many, page = queries(client, url)
    assert len(page.context["recommendations"]) == 1 + 15
    assert (one, many) == (20, 20)


def test_the_directory_makes_as_many_queries_for_one_organization_as_for_many(client_as, world):
    client = client_as("delegate")
    url = reverse("portal-directory", args=[world.mission.slug])
    one, page = queries(client, url)
    assert len(page.context["rows"]) == 2

    add_organizations(world, 30)

    many, page = queries(client, url)
    assert len(page.context["rows"]) == 25  # a page of the 32
    assert (one, many) == (10, 10)
