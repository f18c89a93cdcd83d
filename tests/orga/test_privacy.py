import pytest
from django.urls import reverse

from trademission.directory.models import Person
from trademission.missions.models import PersonalDataPurge


def url(world) -> str:
    return reverse("orga-privacy", args=[world.mission.slug])


@pytest.fixture
def retention_over(settings):
    settings.PRIVACY_RETENTION_DAYS = 30  # the world's mission ended on 2026-02-20


@pytest.mark.parametrize(("role", "status"), [("organizer", 200), ("reviewer", 403), ("delegate", 403), ("host", 403),
                                              ("other_organizer", 403), ("anonymous", 302)])
def test_only_the_missions_organizers_see_the_privacy_page(client_as, world, role, status):
    assert client_as(role).get(url(world)).status_code == status


@pytest.mark.parametrize("role", ["reviewer", "delegate", "other_organizer"])
def test_nobody_else_can_purge(client_as, world, retention_over, role):
    response = client_as(role).post(url(world), {"confirm": world.mission.slug})
    assert response.status_code == 403
    assert Person.objects.filter(organization__mission=world.mission).count() == 2


def test_the_page_shows_when_the_purge_becomes_possible_and_the_counts(client_as, world, settings):
    settings.PRIVACY_RETENTION_DAYS = 365
    response = client_as("organizer").get(url(world))
    rows = {str(label): count for label, count in response.context["rows"]}
    assert rows["Representatives (names, e-mail addresses, phones, photos)"] == 2
    assert rows["User accounts that belonged to this mission only"] == 2
    assert response.context["can_purge"] is False
    assert "they can be purged from Feb. 21, 2027" in response.text
    assert "The retention period is not over: the purge is not possible yet." in response.text
    assert 'name="confirm"' not in response.text


def test_a_post_before_the_retention_period_is_refused(client_as, world, settings):
    settings.PRIVACY_RETENTION_DAYS = 365
    response = client_as("organizer").post(url(world), {"confirm": world.mission.slug})
    assert response.status_code == 200
    assert response.context["form"].non_field_errors() == [
        "The personal data of this mission must be kept until Feb. 21, 2027; they can be purged from then on."]
    assert Person.objects.filter(organization__mission=world.mission).count() == 2


def test_the_purge_needs_the_missions_code_typed_in(client_as, world, retention_over):
    response = client_as("organizer").post(url(world), {"confirm": "yes"})
    assert response.status_code == 200
    assert response.context["form"].errors == {"confirm": ["This is not the mission's code."]}
    assert PersonalDataPurge.objects.count() == 0


def test_the_organizer_purges_and_the_dashboard_shows_it(client_as, world, retention_over):
    client = client_as("organizer")
    assert 'name="confirm"' in client.get(url(world)).text

    response = client.post(url(world), {"confirm": world.mission.slug}, follow=True)

    assert response.redirect_chain == [(url(world), 302)]
    assert "Personal data purged: 7 records removed or anonymized." in response.text
    assert Person.objects.filter(organization__mission=world.mission).count() == 0
    record = PersonalDataPurge.objects.get(mission=world.mission)
    assert record.by == world.users["organizer"]
    assert ", by organizer@test.example" in response.text
    assert sum(count for _label, count in response.context["rows"]) == 0
    dashboard = client.get(reverse("orga-mission", args=[world.mission.slug])).text
    assert "this mission keeps anonymous statistics only" in dashboard
    assert url(world) in dashboard
