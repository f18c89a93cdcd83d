import pytest
from django.urls import reverse

from tests.applications.builders import submitted
from tests.world import make_user
from trademission.applications.domain.reviews import submit_review
from trademission.applications.models import Application, RubricCriterion
from trademission.missions.domain.membership import grant_role
from trademission.missions.enums import Role


def list_url(world, query: str = "") -> str:
    return reverse("orga-applications", args=[world.mission.slug]) + (f"?{query}" if query else "")


def names(response) -> list[str]:
    return [application.organization_name for application in response.context["applications"]]


@pytest.fixture
def rubric(world):
    return RubricCriterion.objects.create(mission=world.mission, slug="fit", name_en="Fit", weight=1, max_score=5)


@pytest.mark.parametrize("extra", [0, 30])
def test_the_ranked_list_runs_the_same_queries_for_one_or_many(client_as, world, rubric, extra,
                                                              django_assert_num_queries):
    for number in range(extra):
        application = submitted(world.mission, name=f"Firm {number:02d}")
        submit_review(application=application, reviewer=world.users["reviewer"], scores={"fit": number % 6})
    client = client_as("organizer")
    client.get(list_url(world))  # warm the session and permission caches

    with django_assert_num_queries(13):
        response = client.get(list_url(world))

    assert len(response.context["applications"]) == 1 + extra


def test_the_list_is_ranked_by_score_then_by_arrival(client_as, world, rubric):
    low, high = submitted(world.mission, name="Low"), submitted(world.mission, name="High")
    submitted(world.mission, name="Unscored")
    submit_review(application=low, reviewer=world.users["reviewer"], scores={"fit": 1})
    submit_review(application=high, reviewer=world.users["reviewer"], scores={"fit": 5})

    response = client_as("organizer").get(list_url(world))

    assert names(response) == ["High", "Low", "Érable Eau Ltée", "Unscored"]
    assert [application.score for application in response.context["applications"]][:2] == [100.0, 20.0]


@pytest.mark.parametrize(("query", "expected"), [
    ("kind=chamber", ["Chamber of Quebec"]),
    ("region=ON", ["Ontario Water"]),
    ("sector=clean-tech", ["Érable Eau Ltée", "Ontario Water", "Chamber of Quebec"]),
    ("stop=mexico-city", ["Ontario Water", "Chamber of Quebec"]),
    ("outcome=eligible", ["Érable Eau Ltée", "Ontario Water", "Chamber of Quebec"]),
    ("status=selected", []),
])
def test_organizers_filter_by_sector_stop_province_and_kind(client_as, world, query, expected):
    from tests.applications.builders import LONG

    world.application.sectors.set(world.mission.sectors.all())
    submitted(world.mission, name="Ontario Water", organization__region="ON")
    submitted(world.mission, name="Chamber of Quebec", organization__kind="chamber",
              answers={"alignment": LONG["en"], "contribution": LONG["en"], "value": LONG["en"]})

    assert names(client_as("organizer").get(list_url(world, query))) == expected


def test_bulk_selection_stays_within_capacity_and_says_why(client_as, world):
    world.mission.capacity_organizations = 1
    world.mission.save()
    first, second = submitted(world.mission, name="First"), submitted(world.mission, name="Second")

    response = client_as("organizer").post(list_url(world), {
        "applications": [first.pk, second.pk], "decision": "selected", "reason": "Best fit"}, follow=True)

    assert [str(message) for message in response.context["messages"]] == [
        "1 applications updated.", "Second: Mission: no place left for another organization (1)."]
    assert list(Application.objects.filter(status="selected").values_list("organization_name", flat=True)) == [
        "First"]


def test_a_reviewer_sees_other_scores_only_after_scoring_on_the_page(client_as, world, rubric):
    application = submitted(world.mission, name="Alpha")
    other = make_user("other.reviewer@test.example")
    grant_role(mission=world.mission, user=other, role=Role.REVIEWER)
    submit_review(application=application, reviewer=other, scores={"fit": 4}, comment="Solid exporter")
    client = client_as("reviewer")
    detail = reverse("orga-application", args=[world.mission.slug, application.pk])

    before = client.get(detail)
    client.post(detail, {"action": "review", "score-fit": "2", "comment": "Thin research"})
    after = client.get(detail)

    assert before.context["reviews"] == []
    assert before.context["hidden_reviews"] == 1
    assert "Solid exporter" not in before.text
    assert [review.comment for review in after.context["reviews"]] == ["Solid exporter", "Thin research"]


def test_reviewers_cannot_decide(client_as, world):
    application = submitted(world.mission, name="Alpha")

    client_as("reviewer").post(reverse("orga-application", args=[world.mission.slug, application.pk]),
                               {"action": "selected"})

    assert Application.objects.get(pk=application.pk).status == "submitted"


def test_the_audit_trail_shows_on_the_organizers_page(client_as, world):
    application = submitted(world.mission, name="Alpha")
    client = client_as("organizer")
    detail = reverse("orga-application", args=[world.mission.slug, application.pk])

    client.post(detail, {"action": "waitlisted", "reason": "Wait for Monterrey"})
    response = client.get(detail)

    assert [(change.from_status, change.to_status, change.by, change.reason) for change in response.context["changes"]
            ][-1] == ("submitted", "waitlisted", world.users["organizer"], "Wait for Monterrey")


@pytest.mark.parametrize(("name", "content_type"), [
    ("orga-applications-csv", "text/csv; charset=utf-8"),
    ("orga-applications-xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
])
def test_exports_download_the_filtered_list(client_as, world, name, content_type):
    response = client_as("organizer").get(reverse(name, args=[world.mission.slug]) + "?kind=sme")

    assert response.status_code == 200
    assert response["Content-Type"] == content_type
    assert response["Content-Disposition"].startswith('attachment; filename="applications-alpha-2026.')


def test_the_organizer_defines_the_rubric(client_as, world):
    url = reverse("orga-rubric", args=[world.mission.slug])
    data = {"form-TOTAL_FORMS": "2", "form-INITIAL_FORMS": "0", "form-MIN_NUM_FORMS": "0",
            "form-MAX_NUM_FORMS": "1000",
            "form-0-slug": "fit", "form-0-name_en": "Fit with the sectors", "form-0-weight": "2",
            "form-0-max_score": "5", "form-0-position": "1",
            "form-1-slug": "", "form-1-name_en": "", "form-1-weight": "1", "form-1-max_score": "5",
            "form-1-position": "0"}

    response = client_as("organizer").post(url, data)

    assert response.status_code == 302
    assert list(RubricCriterion.objects.filter(mission=world.mission).values_list("slug", "weight")) == [("fit", 2)]


@pytest.mark.parametrize("extra", [0, 30])
def test_the_review_queue_runs_the_same_queries_for_one_or_many(client_as, world, extra,
                                                               django_assert_num_queries):
    for number in range(extra):
        submitted(world.mission, name=f"Firm {number:02d}")
    client = client_as("reviewer")
    url = reverse("orga-reviews", args=[world.mission.slug])
    client.get(url)

    with django_assert_num_queries(7):
        response = client.get(url)

    assert len(response.context["applications"]) == 1 + extra


def test_withdrawing_an_organization_with_requests_tells_the_organizer_to_repair(client_as, world):
    from trademission.directory.models import Organization
    from trademission.matchmaking.domain.requests import send_request

    application = submitted(world.mission, name="Alpha")
    client = client_as("organizer")
    detail = reverse("orga-application", args=[world.mission.slug, application.pk])
    client.post(detail, {"action": "selected"})
    send_request(requester=Organization.objects.get(name="Alpha"), recipient=world.host, by=None, by_organizer=True)

    response = client.post(detail, {"action": "withdraw"}, follow=True)

    assert [str(message) for message in response.context["messages"]][-2:] == [
        "The application is withdrawn.",
        ("Alpha keeps its place in the live schedule until you repair it; the repair frees its meetings and "
         "tells its partners.")]
