import pytest
from django.urls import reverse

from trademission.directory.enums import OrganizationKind, Side
from trademission.directory.models import Organization, Person


def add_hosts(world, count: int) -> None:
    sector = world.mission.sectors.get()
    for number in range(count):
        organization = Organization.objects.create(
            mission=world.mission, side=Side.HOST, name=f"Empresa {number:03d}", kind=OrganizationKind.SME,
            country="MX", city="Monterrey", languages=["es"], offers_es="Servicios de ingeniería.")
        organization.sectors.add(sector)
        Person.objects.create(organization=organization, first_name="A", last_name=str(number),
                              email=f"p{number}@empresa.example")


@pytest.mark.parametrize("extra", [0, 20])
def test_the_directory_runs_the_same_queries_for_one_or_many(client_as, world, extra, django_assert_num_queries):
    add_hosts(world, extra)
    client = client_as("delegate")
    url = reverse("portal-directory", args=[world.mission.slug])
    client.get(url)

    with django_assert_num_queries(10):
        response = client.get(url)

    assert len(response.context["rows"]) == 2 + extra


@pytest.mark.parametrize(("query", "expected"), [
    ("side=visiting", ["Maple Water Inc."]),
    ("city=monterrey", ["Norte Ingeniería"]),
    ("city=mexico-city", ["Agua Norte SA"]),
    ("language=fr", ["Maple Water Inc."]),
    ("offers=bombas agua", ["Agua Norte SA"]),
    ("seeks=distributors", ["Maple Water Inc."]),
    ("kind=large", ["Norte Ingeniería"]),
    ("sector=clean-tech&side=visiting", ["Maple Water Inc."]),
    ("q=norte", ["Agua Norte SA", "Norte Ingeniería"]),
])
def test_search_and_filters(client_as, world, query, expected):
    world.host.offers_es = "Bombas de agua y válvulas."
    world.host.stop = world.mission.stops.get()
    world.host.save()
    world.visiting.seeks_en = "Distributors of water pumps."
    world.visiting.languages = ["en", "fr"]
    world.visiting.save()
    other = Organization.objects.create(mission=world.mission, side=Side.HOST, name="Norte Ingeniería",
                                        kind=OrganizationKind.LARGE, country="MX", city="Monterrey", languages=["es"])
    other.sectors.add(world.mission.sectors.get())

    response = client_as("host").get(reverse("portal-directory", args=[world.mission.slug]) + "?" + query)

    assert [organization.name for organization, _texts in response.context["rows"]] == expected


def test_a_profile_shows_the_readers_language_or_says_which_language_it_is_in(client_as, world):
    world.host.description_es = "Fabricamos bombas."
    world.host.offers_en = "Pumps."
    world.host.offers_es = "Bombas."
    world.host.save()

    page = client_as("delegate").get(reverse("portal-organization", args=[world.mission.slug, world.host.pk])).text

    assert ('<p lang="es">Fabricamos bombas. <span class="tag" data-language="es" lang="en">written in Spanish</span>'
            '</p>') in page
    assert '<p lang="en">Pumps.</p>' in page


@pytest.mark.parametrize(("role", "organization", "sees_email"), [
    ("delegate", "visiting", True),  # own organization
    ("delegate", "host", False),
    ("host", "visiting", False),
    ("organizer", "host", True),
])
def test_contact_details_are_private_to_the_organization_and_organizers(client_as, world, role, organization,
                                                                        sees_email):
    target = getattr(world, organization)
    email = target.people.get().email

    page = client_as(role).get(reverse("portal-organization", args=[world.mission.slug, target.pk])).text

    assert (email in page) == sees_email


def test_a_profile_of_another_mission_is_not_found(client_as, world):
    stranger = Organization.objects.create(mission=world.other_mission, side=Side.HOST, name="Ajena",
                                           kind=OrganizationKind.SME, country="MX", languages=["es"])

    response = client_as("delegate").get(reverse("portal-organization", args=[world.mission.slug, stranger.pk]))

    assert response.status_code == 404


def test_a_participant_edits_their_profile_in_the_language_they_read(client_as, world):
    client = client_as("host")
    client.post(reverse("set_language"), {"language": "es", "next": "/"})
    world.host.description_en = "Pumps, in English."
    world.host.save()

    response = client.post(reverse("portal-profile-edit", args=[world.mission.slug]), {
        "description": "Bombas y válvulas para agua potable.", "offers": "Bombas.", "seeks": "Socios canadienses.",
        "website": "agua-norte.example", "employees": "80", "languages": ["es", "en"]})

    world.host.refresh_from_db()
    assert response.status_code == 302
    assert (world.host.description_es, world.host.description_en, world.host.website, world.host.employees) == (
        "Bombas y válvulas para agua potable.", "Pumps, in English.", "https://agua-norte.example", 80)
