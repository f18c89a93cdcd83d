import pytest

from tests.applications.builders import LONG, RESEARCH
from trademission.applications.models import Application

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_an_applicant_completes_the_form_in_french_and_sees_the_confirmation(browser_page, world):
    page = browser_page
    page.goto(f"/missions/{world.mission.slug}/apply/")
    page.locator("#language-select").select_option("fr")
    page.locator("header form.language button[type=submit]").click()
    page.wait_for_url(f"**/missions/{world.mission.slug}/apply/")
    assert page.locator("html").get_attribute("lang") == "fr"

    # Fields by id: labels read in French once the catalogues are filled in.
    page.locator("#id_organization_name").fill("Hydro Boréal inc.")
    page.locator("#id_kind").select_option("sme")
    page.locator("#id_region").fill("QC")
    page.locator("#id_employees").fill("35")
    page.locator("#id_description").fill("Nous concevons des stations compactes de traitement des eaux usées.")
    page.locator("#id_offers").fill("Stations modulaires et télésurveillance.")
    page.locator("input[name=sectors][value=clean-tech]").check()
    page.locator("input[name=stops][value=mexico-city]").check()
    page.locator("#id_commercialized").select_option("yes")
    page.locator("#id_target_market_plan").select_option("yes")
    page.locator("#id_resources").fill(LONG["fr"])
    page.locator("#id_market_research").fill(RESEARCH["fr"])
    page.locator("#id_tcs_client").select_option("yes")
    page.locator("#id_rep1_name").fill("Claire Roy")
    page.locator("#id_rep1_email").fill("claire@hydroboreal.example")
    page.locator("#id_consent").check()
    page.locator("button[name=action][value=submit]").click()

    page.wait_for_url(f"**/missions/{world.mission.slug}/applications/*/")
    application = Application.objects.get(organization_name="Hydro Boréal inc.")
    assert (application.language, application.status, application.outcome) == ("fr", "submitted", "eligible")
    assert page.locator("html").get_attribute("lang") == "fr"
    assert page.locator("h1").inner_text() == f"Your application to {world.mission.name_fr}" or (
        world.mission.name_fr in page.locator("h1").inner_text())
    assert page.locator("[role=status]").is_visible()
    assert page.locator("li.finding[data-code=commercialized]").is_visible()
