import pytest

from tests.world import PASSWORD
from trademission.matchmaking.enums import RequestStatus
from trademission.matchmaking.models import MeetingRequest

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def log_in(page, email: str) -> None:
    page.goto("/accounts/login/")
    page.get_by_label("E-mail address").fill(email)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Log in").click()


def test_a_canadian_delegate_requests_a_meeting_and_the_mexican_host_accepts_in_spanish(browser_page, world):
    page = browser_page
    log_in(page, "delegate@test.example")
    page.get_by_role("link", name="My missions").click()
    page.get_by_role("link", name=world.mission.name_en).click()
    page.get_by_role("link", name="Recommended partners").click()

    card = page.locator(f'li[data-organization="{world.host.pk}"]')
    assert card.get_by_role("link", name="Agua Norte SA").is_visible()
    assert card.get_by_text("Same sector: Clean technologies").is_visible()
    card.get_by_label("Note").fill("We make water pumps for municipal networks.")
    card.get_by_role("button", name="Request a meeting").click()
    page.locator(f'li[data-organization="{world.host.pk}"] [data-status="pending"]').wait_for()

    page.context.clear_cookies()
    log_in(page, "host@test.example")
    page.get_by_label("Language").select_option("es")
    page.locator("form.language button").click()
    page.wait_for_selector('html[lang="es"]')
    page.goto(f"/portal/{world.mission.slug}/meeting-requests/")
    row = page.locator("tr[data-status=pending]")
    assert row.get_by_text("We make water pumps for municipal networks.").is_visible()
    row.locator("button[value=accept]").click()

    page.locator("tr[data-status=accepted]").wait_for()
    assert page.locator("html").get_attribute("lang") == "es"
    request = MeetingRequest.objects.get()
    assert (request.status, request.answered_by, request.requester, request.recipient) == (
        RequestStatus.ACCEPTED, world.users["host"], world.visiting, world.host)
