import datetime as dt

import pytest
from django.core import mail
from django.urls import reverse
from django.utils import timezone

from tests.applications.builders import LONG, RESEARCH, run_tasks_immediately
from trademission.applications.models import Application
from trademission.missions.models import Subsector


def form_data(**changes: object) -> dict[str, object]:
    data = {
        "language": "en", "organization_name": "Bluewater Systems", "kind": "sme", "country": "CA", "region": "QC",
        "city": "Sherbrooke", "website": "bluewater.example", "employees": "40",
        "description": "Compact water treatment units.", "offers": "Modular treatment plants.",
        "seeks": "Distributors.", "organization_languages": ["en", "fr"], "sectors": ["clean-tech"],
        "stops": ["mexico-city"], "commercialized": "yes", "target_market_plan": "yes", "resources": LONG["en"],
        "market_research": RESEARCH["en"], "tcs_client": "yes", "wants_b2b": "on", "consent": "on",
        "rep1_name": "Claire Roy", "rep1_email": "claire@bluewater.example", "rep1_languages": ["fr"],
        "action": "submit",
    }
    data.update(changes)
    return {key: value for key, value in data.items() if value is not None}


def apply_url(world) -> str:
    return reverse("apply", args=[world.mission.slug])


def latest(world) -> Application:
    return Application.objects.filter(mission=world.mission).latest("pk")


def test_the_form_asks_what_the_criteria_need(client, world):
    Subsector.objects.create(sector=world.mission.sectors.get(), slug="water", name_en="Water and wastewater")

    page = client.get(apply_url(world)).text

    for name in ("organization_name", "kind", "sectors", "subsectors", "stops", "commercialized",
                 "target_market_plan", "resources", "market_research", "tcs_client", "alignment", "contribution",
                 "value", "offers", "seeks", "rep1_name", "rep2_email", "wants_b2b", "consent", "language"):
        assert f'name="{name}"' in page
    assert 'name="rep3_name"' not in page  # the mission allows two representatives


def test_submitting_screens_confirms_by_email_and_shows_the_status(client, world, settings,
                                                                  django_capture_on_commit_callbacks):
    run_tasks_immediately(settings)

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(apply_url(world), form_data())

    application = latest(world)
    assert response.status_code == 302
    assert response.url == reverse("application-status", args=[world.mission.slug, application.token])
    assert (application.status, application.outcome, application.website) == (
        "submitted", "eligible", "https://bluewater.example")
    assert [message.to for message in mail.outbox] == [["claire@bluewater.example"]]
    status_page = client.get(response.url).text
    assert "Submitted" in status_page
    assert 'data-code="commercialized"' in status_page


def test_errors_are_shown_field_by_field(client, world):
    response = client.post(apply_url(world), form_data(organization_name="", commercialized="", consent=None,
                                                       rep1_email="not-an-email"))

    assert response.status_code == 400
    form = response.context["form"]
    assert form.errors == {
        "rep1_email": ["Enter a valid email address."],
    }
    response = client.post(apply_url(world), form_data(organization_name="", commercialized="", consent=None))
    assert response.context["form"].errors == {
        "organization_name": ["This field is required."], "commercialized": ["Answer yes or no."],
        "consent": ["Accept the privacy notice to submit your application."],
    }
    assert Application.objects.filter(mission=world.mission).count() == 1  # only the world's own


def test_a_draft_is_resumed_from_its_private_link(client, world):
    response = client.post(apply_url(world), form_data(action="save", resources="", consent=None))
    draft = latest(world)
    edit_url = reverse("application-edit", args=[world.mission.slug, draft.token])

    assert response.url == edit_url
    assert draft.status == "draft"
    resumed = client.get(edit_url)
    assert resumed.context["form"].initial["organization_name"] == "Bluewater Systems"
    assert resumed.context["form"].initial["commercialized"] == "yes"

    client.post(edit_url, form_data())

    draft.refresh_from_db()
    assert draft.status == "submitted"
    assert client.get(edit_url).status_code == 302  # no more editing once submitted


def test_an_unknown_token_is_not_found(client, world):
    assert client.get(reverse("application-status", args=[world.mission.slug, "x" * 32])).status_code == 404
    assert client.get(reverse("application-edit", args=[world.mission.slug, "x" * 32])).status_code == 404


def test_after_the_deadline_the_form_says_so_and_refuses(client, world):
    world.mission.registration_deadline = timezone.now() - dt.timedelta(hours=1)
    world.mission.save()

    page = client.get(apply_url(world))
    refused = client.post(apply_url(world), form_data())

    assert "closed on" in page.text
    assert 'name="organization_name"' not in page.text
    assert refused.status_code == 403
    assert Application.objects.filter(mission=world.mission).count() == 1


def test_the_applicant_withdraws_from_the_status_page(client, world):
    client.post(apply_url(world), form_data())
    application = latest(world)

    client.post(reverse("application-withdraw", args=[world.mission.slug, application.token]))

    application.refresh_from_db()
    assert application.status == "withdrawn"
    assert application.status_changes.latest("pk").reason == "Withdrawn by the applicant."


@pytest.mark.parametrize("language", ["fr", "es"])
def test_the_form_language_follows_the_site_language(client, world, language):
    client.post(reverse("set_language"), {"language": language, "next": "/"})

    response = client.get(apply_url(world))

    assert f'<html lang="{language}">' in response.text
    assert response.context["form"].initial["language"] == language
