"""A delegate leaves feedback on a held meeting and records a signed contract; the organizer's report shows it."""

import re

import pytest

from tests.factories.accounts import PASSWORD
from tests.outcomes.builders import add_meeting, add_organization, base_mission

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def log_in(page, email: str) -> None:
    page.goto("/accounts/login/")
    page.get_by_label("E-mail address").fill(email)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Log in").click()


def test_a_delegate_gives_feedback_and_signs_a_contract_and_the_report_counts_it(browser_page):
    from trademission.directory.enums import Side

    built = base_mission(slug="browser", rates={"USD": "1.25"})
    visiting = add_organization(built, side=Side.VISITING)
    host = add_organization(built, side=Side.HOST)
    add_meeting(built, visiting=visiting, host=host)
    page = browser_page

    log_in(page, built.users[visiting.pk].email)
    page.goto(f"/portal/{built.mission.slug}/outcomes/")
    row = page.locator("table[data-table=outcomes] tbody tr")
    row.get_by_role("link", name="Give feedback").click()
    page.get_by_label("4").check()
    page.get_by_label("Letter of intent").check()
    page.get_by_label("Comment").fill("Promising: they need 2,000 pumps a year.")
    page.get_by_role("button", name="Send").click()
    page.get_by_text("Thank you: your feedback is saved.").wait_for()
    assert "Usefulness 4/5" in row.inner_text()

    row.get_by_role("link", name="Record a lead").click()
    page.get_by_label("Stage").select_option("signed")
    page.get_by_label("Currency").select_option("USD")
    page.get_by_label("Signed value").fill("80000")
    page.get_by_role("button", name="Save").click()
    page.get_by_text("The deal is saved.").wait_for()
    assert re.search(r"Signed contract · 80,000\.00 USD", row.inner_text())

    page.context.clear_cookies()
    log_in(page, built.organizer.email)
    page.goto(f"/orga/{built.mission.slug}/outcomes/")
    funnel = page.locator("table.funnel")
    assert funnel.locator("tr[data-stage=held] td.count").inner_text() == "1"
    assert funnel.locator("tr[data-stage=follow_ups] td.count").inner_text() == "1"
    assert funnel.locator("tr[data-stage=contracts] td.count").inner_text() == "1"
    assert funnel.locator("tr[data-stage=contracts] td.rate").inner_text() == "100.0 %"
    assert page.locator("[data-figure=value-signed]").inner_text() == "100,000.00"  # 80,000 USD × 1.25
    assert page.locator("[data-figure=average-usefulness]").inner_text() == "Average usefulness: 4.00 / 5."
    assert page.locator("tr[data-rates=visiting] td").all_inner_texts() == ["1", "0", "1"]
    assert page.locator("svg.chart").count() == 3
    pairs = page.locator("table[data-table=pairs] tbody tr td").all_inner_texts()
    assert pairs == [visiting.name, host.name, "Signed contract", "100,000.00", "0.00", "4.00"]
