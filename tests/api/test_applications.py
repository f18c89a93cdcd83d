import datetime as dt

import pytest
from django.utils import timezone
from rest_framework.test import APIClient

from tests.applications.builders import payload
from trademission.applications.models import Application


@pytest.fixture
def api():
    return APIClient()


def url(world) -> str:
    return f"/api/v1/missions/{world.mission.slug}/applications/"


def test_anyone_submits_and_gets_the_screening_back(api, world):
    response = api.post(url(world), payload("fr", extra_key="ignored"), format="json")

    assert response.status_code == 201
    body = response.json()
    application = Application.objects.get(pk=body["id"])
    assert (body["status"], body["outcome"], body["language"]) == ("submitted", "eligible", "fr")
    assert [finding["code"] for finding in body["findings"]] == [
        "deadline", "sector", "commercialized", "target_market_plan", "resources", "market_research", "tcs_client",
        "out_of_scope_services", "representatives_limit"]
    assert all(set(finding) == {"code", "verdict", "message"} for finding in body["findings"])
    assert body["token"] == application.token
    assert body["url"] == f"http://testserver/missions/{world.mission.slug}/applications/{application.token}/"


def test_the_example_of_the_issue_is_accepted(api, world):
    data = {"language": "fr", "consent": True, "wants_b2b": True, "stops": ["mexico-city"],
            "organization": {"name": "Hydro Boréal", "kind": "sme", "country": "CA", "region": "QC",
                             "website": "hydroboreal.example", "employees": 40,
                             "description": "Traitement des eaux usées.", "offers": "Stations compactes.",
                             "seeks": "Distributeurs.", "languages": ["fr", "en"]},
            "sectors": ["clean-tech"], "subsectors": [],
            "answers": {"commercialized": True, "target_market_plan": True, "resources": "Deux personnes.",
                        "market_research": "Étude de marché.", "tcs_client": True, "alignment": "", "contribution": "",
                        "value": ""},
            "representatives": [{"name": "Claire Roy", "email": "claire@hydroboreal.example", "languages": ["fr"]}]}

    response = api.post(url(world), data, format="json")

    assert response.status_code == 201
    assert response.json()["outcome"] == "needs_review"


@pytest.mark.parametrize(("data", "errors"), [
    (payload(organization__employees="forty", consent="yes"), {
        "organization.employees": ["Enter a whole number, zero or more."],
        "consent": ["Answer yes (true) or no (false)."]}),
    ({"language": "en"}, {
        "consent": ["Accept the privacy notice to submit your application."],
        "organization.name": ["This field is required."], "organization.kind": ["This field is required."],
        "organization.country": ["This field is required."], "organization.description": ["This field is required."],
        "organization.offers": ["This field is required."], "stops": ["Choose at least one stop."],
        "representatives": ["Name at least one representative."]}),
    ([1, 2, 3], {"non_field_errors": ["Send the application as a JSON object."]}),
])
def test_wrong_types_and_missing_fields_give_400_with_messages_per_field(api, world, data, errors):
    response = api.post(url(world), data, format="json")

    assert response.status_code == 400
    assert response.json() == errors
    assert Application.objects.filter(mission=world.mission).count() == 1  # only the world's own


def test_after_the_deadline_the_api_refuses_with_the_reason(api, world):
    world.mission.registration_deadline = timezone.now() - dt.timedelta(days=1)
    world.mission.save()

    response = api.post(url(world), payload(), format="json")

    assert response.status_code == 400
    assert list(response.json()) == ["deadline"]


def test_an_unknown_mission_is_404(api, world):
    assert api.post("/api/v1/missions/nowhere/applications/", payload(), format="json").status_code == 404


def resource(world, application_id: int) -> str:
    return f"{url(world)}{application_id}/"


@pytest.mark.parametrize(("who", "how", "status"), [
    ("anonymous", "token-query", 200),
    ("anonymous", "token-header", 200),
    ("anonymous", "none", 403),
    ("anonymous", "wrong-token", 403),
    ("organizer", "none", 200),
    ("reviewer", "none", 403),
    ("delegate", "none", 403),
    ("other_organizer", "none", 403),
])
def test_only_the_applicant_with_the_token_and_organizers_read_an_application(api, world, who, how, status):
    created = api.post(url(world), payload(), format="json").json()
    if who != "anonymous":
        api.force_authenticate(world.users[who])
    address = resource(world, created["id"])
    headers = {}
    if how == "token-query":
        address += f"?token={created['token']}"
    elif how == "token-header":
        headers = {"HTTP_X_APPLICATION_TOKEN": created["token"]}
    elif how == "wrong-token":
        address += "?token=guess"

    response = api.get(address, **headers)

    assert response.status_code == status
    if status == 200:
        assert response.json()["findings"] == created["findings"]


def test_an_application_of_another_mission_is_not_found(api, world):
    created = api.post(url(world), payload(), format="json").json()
    other = f"/api/v1/missions/{world.other_mission.slug}/applications/{created['id']}/?token={created['token']}"

    assert api.get(other).status_code == 404


def test_the_schema_documents_the_applications_api(api, world):
    schema = api.get("/api/v1/schema/", HTTP_ACCEPT="application/json").json()

    operation = schema["paths"]["/api/v1/missions/{mission}/applications/"]["post"]
    assert operation["operationId"] == "applications_create"
    assert sorted(operation["responses"]) == ["201", "400", "404"]
    assert "security" not in operation or {} in operation["security"]
    request_schema = operation["requestBody"]["content"]["application/json"]["schema"]["$ref"].split("/")[-1]
    assert sorted(schema["components"]["schemas"][request_schema]["properties"]) == [
        "answers", "consent", "language", "organization", "representatives", "sectors", "stops", "subsectors",
        "wants_b2b"]
    detail = schema["paths"]["/api/v1/missions/{mission}/applications/{application}/"]["get"]
    assert {parameter["name"] for parameter in detail["parameters"]} >= {"token", "X-Application-Token"}


@pytest.mark.parametrize("extra", [0, 20])
def test_the_organizers_list_runs_the_same_queries_for_one_or_many(api, world, extra, django_assert_num_queries):
    for number in range(extra):
        api.post(url(world), payload(organization__name=f"Firm {number:02d}"), format="json")
    api.force_authenticate(world.users["organizer"])

    with django_assert_num_queries(5):
        response = api.get(url(world))

    assert len(response.json()) == 1 + extra
