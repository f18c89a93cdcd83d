"""The report page, its XLSX and PDF, and the leads CSV: figures as on the page, formulas defused, no network."""

import io

import pytest
from openpyxl import load_workbook

from tests.outcomes.builders import add_meeting, add_organization, base_mission, lead
from trademission.directory.enums import Side

pytestmark = pytest.mark.django_db


@pytest.fixture
def hostile():
    """A deal whose organization names and notes would run as formulas in a spreadsheet."""
    built = base_mission(slug="hostile", rates={"USD": "1.25"})
    visiting = add_organization(built, side=Side.VISITING)
    visiting.name = '=HYPERLINK("http://evil.example","x")'
    visiting.save()
    host = add_organization(built, side=Side.HOST)
    host.name = "@SUM(A1:A9)"
    host.save()
    deal = lead(built, add_meeting(built, visiting=visiting, host=host), stage="signed", currency="USD",
                signed="1000.00")
    deal.notes = "+cmd|' /C calc'!A0"
    deal.save()
    return built


def login(client, built):
    client.force_login(built.organizer, backend="django.contrib.auth.backends.ModelBackend")
    return client


def test_xlsx_defuses_formulas_and_keeps_numbers(client, hostile):
    response = login(client, hostile).get(f"/orga/{hostile.mission.slug}/outcomes/report.xlsx")
    workbook = load_workbook(io.BytesIO(response.content))
    assert workbook.sheetnames == ["Funnel", "Breakdowns", "Satisfaction", "Top pairs"]
    pairs = list(workbook["Top pairs"].iter_rows(values_only=True))
    assert pairs[1][:4] == ("'=HYPERLINK(\"http://evil.example\",\"x\")", "'@SUM(A1:A9)", "Signed contract", 1250)
    funnel = {row[0]: row[1] for row in workbook["Funnel"].iter_rows(values_only=True) if row and row[0]}
    assert (funnel["Meetings held"], funnel["Signed contracts"], funnel["Value signed (CAD)"]) == (1, 1, 1250)
    cells = [cell for sheet in workbook for row in sheet.iter_rows(values_only=True) for cell in row]
    assert not any(isinstance(cell, str) and cell.startswith(("=", "+", "-", "@")) for cell in cells)


def test_leads_csv_defuses_formulas(client, hostile):
    body = login(client, hostile).get(f"/orga/{hostile.mission.slug}/outcomes/leads.csv").content.decode("utf-8-sig")
    rows = body.splitlines()
    assert rows[0].startswith("id,visiting organization,host organization,stage")
    assert "'=HYPERLINK" in rows[1]
    assert ",'@SUM(A1:A9)," in rows[1]
    assert "'+cmd|' /C calc'!A0" in rows[1]


def test_report_page_and_pdf_carry_inline_charts_and_no_external_resource(client, hostile):
    client = login(client, hostile)
    page = client.get(f"/orga/{hostile.mission.slug}/outcomes/").content.decode()
    assert page.count('<svg xmlns="http://www.w3.org/2000/svg" class="chart"') == 3
    assert "<script" not in page
    assert "@SUM(A1:A9)" in page
    assert '=HYPERLINK("' not in page
    for external in ("cdn", "googleapis", "unpkg", "jsdelivr"):
        assert external not in page
    pdf = client.get(f"/orga/{hostile.mission.slug}/outcomes/report.pdf")
    assert (pdf.status_code, pdf["Content-Type"], pdf.content[:5]) == (200, "application/pdf", b"%PDF-")


def test_settings_set_rates_and_tags(client, hostile):
    client = login(client, hostile)
    response = client.post(f"/orga/{hostile.mission.slug}/outcomes/settings/", {
        "report_currency": "USD", "rate_cad": "0.73", "rate_mxn": "0.055", "rate_usd": "",
        "survey_reminder_days": "10",
        "tags": "Critical minerals | Minéraux critiques | Minerales críticos\nSupply chains\n\n"})
    assert response.status_code == 302
    from trademission.outcomes.models import ActionPlanTag, OutcomeSettings

    config = OutcomeSettings.objects.get(mission=hostile.mission)
    assert (config.report_currency, str(config.rate_cad), str(config.rate_mxn), config.rate_usd) == (
        "USD", "0.73000000", "0.05500000", None)
    assert list(ActionPlanTag.objects.filter(mission=hostile.mission).values_list(
        "slug", "name_en", "name_fr", "name_es")) == [
        ("critical-minerals", "Critical minerals", "Minéraux critiques", "Minerales críticos"),
        ("supply-chains", "Supply chains", "", "")]
