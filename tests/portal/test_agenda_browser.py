"""In real Chromium: the organizer publishes a schedule; the delegate opens the agenda, downloads ICS and PDF."""

import datetime as dt
import subprocess

import icalendar
import pytest
from django.urls import reverse

from tests.agendas.builders import build_schedule, draft
from tests.world import PASSWORD

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def log_in(page, email: str) -> None:
    page.goto("/accounts/login/")
    page.get_by_label("E-mail address").fill(email)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Log in").click()


def test_a_delegate_reads_and_downloads_the_published_agenda(browser_page, world, tmp_path):
    schedule = build_schedule(world)
    version = draft(schedule.mission, [
        (schedule.delegate, schedule.host, schedule.slot(schedule.cdmx_session, 10), 3, "en-es"),
        (schedule.delegate, schedule.guadalajara_host, schedule.slot(schedule.gdl_session, 9, 30), 5, ""),
    ])
    page = browser_page

    log_in(page, "organizer@test.example")
    page.goto(reverse("orga-schedule-version", args=[schedule.mission.slug, version.number]))
    page.get_by_role("button", name="Publish this version").click()
    page.wait_for_selector('#version-status[data-status="live"]')
    page.context.clear_cookies()

    log_in(page, "delegate@test.example")
    page.goto(reverse("portal-mission", args=[schedule.mission.slug]))
    page.get_by_role("link", name="My agenda").click()
    assert page.get_by_role("heading", level=1).inner_text() == "Agenda of Claire Roy"
    meeting = page.locator(".agenda-meeting", has_text="Agua Norte SA")
    assert "10:00–10:30" in meeting.inner_text()
    assert "Table 3" in meeting.inner_text()
    assert page.get_by_text("Change of city: Mexico City → Guadalajara").is_visible()

    with page.expect_download() as ics_download:
        page.get_by_role("link", name="Download the calendar (ICS)").click()
    calendar = icalendar.Calendar.from_ical(ics_download.value.path().read_bytes())
    events = {str(event["SUMMARY"]): event for event in calendar.walk("VEVENT")}
    assert events["Meeting with Agua Norte SA"].decoded("DTSTART") == dt.datetime(2026, 2, 17, 16, tzinfo=dt.UTC)
    assert ics_download.value.suggested_filename == f"agenda-{schedule.mission.slug}-claire-roy.ics"

    with page.expect_download() as pdf_download:
        page.get_by_role("link", name="Download the printable agenda (PDF)").click()
    text = subprocess.run(["pdftotext", str(pdf_download.value.path()), "-"], capture_output=True, check=True,
                          ).stdout.decode()
    text = " ".join(text.split())
    assert all(part in text for part in ("Agua Norte SA", "Tequila Verde SA", "10:00–10:30", "Table 5")), text
