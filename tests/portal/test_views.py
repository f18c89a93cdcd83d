from django.urls import reverse

from trademission.missions.enums import MissionStatus


def test_the_public_page_lists_published_missions_only(client, world):
    world.other_mission.status = MissionStatus.DRAFT
    world.other_mission.save()

    response = client.get(reverse("home"))

    assert list(response.context["missions"]) == [world.mission]
    assert client.get(reverse("mission-public", args=[world.other_mission.slug])).status_code == 404


def test_the_public_mission_page_shows_sectors_and_programme(client, world):
    page = client.get(reverse("mission-public", args=[world.mission.slug])).text

    assert "Clean technologies" in page
    assert "Market briefing" in page
    assert "At most 2 representatives per organization" in page


def test_a_delegate_sees_their_own_organization_and_representatives(client_as, world):
    response = client_as("delegate").get(reverse("portal-mission", args=[world.mission.slug]))

    assert response.context["organization"] == world.visiting
    assert [person.email for person in response.context["people"]] == ["delegate@test.example"]
    assert "Agua Norte SA" not in response.text


def test_the_stylesheet_is_served_without_collectstatic(client):
    response = client.get("/static/trademission/site.css")

    assert response.status_code == 200
    assert b"--accent" in b"".join(response.streaming_content)
