import pytest

from tests.world import PASSWORD

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_an_organizer_logs_in_and_sees_the_mission_in_french(browser_page, world):
    page = browser_page
    page.goto("/accounts/login/")
    page.get_by_label("E-mail address").fill("organizer@test.example")
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Log in").click()
    page.get_by_role("link", name="Organizer").click()
    page.get_by_role("link", name=world.mission.name_en).click()

    page.get_by_label("Language").select_option("fr")
    page.get_by_role("button", name="Change").click()

    assert page.locator("html").get_attribute("lang") == "fr"
    assert page.get_by_role("heading", level=1).inner_text() == world.mission.name_fr
    assert page.get_by_text("Market briefing").is_visible()
