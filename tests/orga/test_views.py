import pytest
from django.urls import reverse

from trademission.directory.enums import OrganizationKind, Side
from trademission.directory.models import Organization, Person


def test_the_dashboard_shows_stops_programme_and_counts(client_as, world):
    response = client_as("organizer").get(reverse("orga-mission", args=[world.mission.slug]))

    assert response.status_code == 200
    assert response.context["counts"].visiting_organizations == 1
    assert response.context["counts"].host_people == 1
    page = response.text
    assert "Mexico City" in page
    assert "Market briefing" in page
    # 15:00 UTC shown in the stop's time zone.
    assert "09:00" in page


def test_the_dashboard_reads_in_spanish(client_as, world):
    client = client_as("organizer")
    client.post(reverse("set_language"), {"language": "es", "next": "/"})

    page = client.get(reverse("orga-mission", args=[world.mission.slug])).text

    assert '<html lang="es">' in page
    assert "Ciudad de México" in page
    assert "Sesión informativa" in page


def add_organizations(world, count: int) -> None:
    sector = world.mission.sectors.get()
    for number in range(count):
        organization = Organization.objects.create(
            mission=world.mission, side=Side.VISITING, name=f"Firm {number:03d}", kind=OrganizationKind.SME,
            country="CA", languages=["en"])
        organization.sectors.add(sector)
        Person.objects.create(organization=organization, first_name="A", last_name=str(number),
                              email=f"p{number}@firm.example")


@pytest.mark.parametrize("extra", [0, 40])
def test_the_organization_list_runs_the_same_queries_for_one_or_many(client_as, world, extra,
                                                                     django_assert_num_queries):
    add_organizations(world, extra)
    client = client_as("organizer")
    url = reverse("orga-organizations", args=[world.mission.slug])
    client.get(url)  # warm the session and permission caches

    with django_assert_num_queries(8):
        response = client.get(url)

    assert len(response.context["organizations"]) == 2 + extra


@pytest.mark.parametrize(("query", "expected"), [
    ("side=host", ["Agua Norte SA"]),
    ("side=visiting", ["Maple Water Inc."]),
    ("q=maple", ["Maple Water Inc."]),
    ("sector=clean-tech", ["Agua Norte SA", "Maple Water Inc."]),
    ("sector=ict", []),
    ("kind=chamber", []),
])
def test_organizers_filter_the_organizations(client_as, world, query, expected):
    url = reverse("orga-organizations", args=[world.mission.slug]) + "?" + query

    response = client_as("organizer").get(url)

    assert [organization.name for organization in response.context["organizations"]] == expected


def test_orga_home_lists_only_the_users_missions(client_as, world):
    response = client_as("other_organizer").get(reverse("orga-home"))

    assert list(response.context["missions"]) == [world.other_mission]
