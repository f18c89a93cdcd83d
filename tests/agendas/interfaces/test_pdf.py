"""Printable agendas and table sheets, read back with pdftotext (poppler), in each language."""

import datetime as dt
import subprocess

import pytest
import segno
from django.test import RequestFactory
from django.urls import resolve, reverse
from django.utils import formats, translation

from tests.agendas.builders import build_schedule, first_schedule, moved_schedule
from trademission.agendas.domain.printing import last_printed_at
from trademission.agendas.interfaces.documents import agenda_print_html
from trademission.scheduling.models import AgendaToken

# The world's first stop is named in English and Spanish only: French falls back to English.
MEXICO_CITY = {"en": "Mexico City", "fr": "Mexico City", "es": "Ciudad de México"}


def pdf_text(content: bytes) -> str:
    assert content.startswith(b"%PDF-")
    text = subprocess.run(["pdftotext", "-", "-"], input=content, capture_output=True, check=True).stdout
    return " ".join(text.decode().split())


def local_day(day: dt.date, language: str) -> str:
    with translation.override(language):
        return f"{formats.date_format(day, 'l')} {formats.date_format(day, 'DATE_FORMAT')}"


@pytest.fixture
def schedule(world):
    built = build_schedule(world)
    first_schedule(built, at=dt.datetime(2026, 1, 10, 12, tzinfo=dt.UTC))
    return built


@pytest.mark.parametrize("language", ["en", "fr", "es"])
def test_personal_agenda_pdf_has_times_partners_tables_and_local_dates(client_as, schedule, language):
    client = client_as("delegate")
    client.cookies["django_language"] = language

    response = client.get(reverse("portal-agenda-pdf", args=[schedule.mission.slug]))

    assert response["Content-Type"] == "application/pdf"
    assert response["Content-Disposition"] == f'attachment; filename="agenda-{schedule.mission.slug}-claire-roy.pdf"'
    text = pdf_text(response.content)
    # Partner names, tables, local times and Django's own day and month names need no catalogue.
    for expected in ("Claire Roy", "Maple Water Inc.", "Agua Norte SA", "Luis Garza", "Tequila Verde SA",
                     "10:00–10:30", "09:30–10:00", "09:00–11:00", "EN ↔ ES", "World Trade Center",
                     f"{MEXICO_CITY[language]} → Guadalajara", local_day(dt.date(2026, 2, 17), language),
                     local_day(dt.date(2026, 2, 18), language)):
        assert expected in text, expected
    with translation.override(language):  # whatever the catalogue says today, the PDF says the same
        tables = [translation.gettext("Table %(table)s") % {"table": number} for number in (3, 5)]
    assert all(table in text for table in tables), tables
    if language == "en":
        assert tables == ["Table 3", "Table 5"]
        assert "CHANGED SINCE LAST PRINT" not in text


def test_a_second_print_marks_what_changed_since_the_first(client_as, schedule):
    client = client_as("delegate")
    url = reverse("portal-agenda-pdf", args=[schedule.mission.slug])
    pdf_text(client.get(url).content)
    first_print = last_printed_at(person=schedule.delegate)
    moved_schedule(schedule)  # published now, after the first print

    text = pdf_text(client.get(url).content)

    assert last_printed_at(person=schedule.delegate) > first_print
    assert "Items changed since the previous print" in text
    assert text.count("CHANGED SINCE LAST PRINT") == 1  # upper-cased by the print stylesheet
    # The one marked item is the moved meeting: on the 17th, at its new time and table.
    day = text.split("Tuesday Feb. 17, 2026")[1].split("Wednesday Feb. 18, 2026")[0]
    assert all(part in day for part in ("CHANGED SINCE LAST PRINT", "11:30–12:00", "Table 7", "Agua Norte SA")), day
    assert "Table 7" in text
    assert "Tequila Verde SA" not in text


def test_the_qr_code_opens_the_persons_check_in(client_as, schedule):
    request = RequestFactory().get("/")

    html = agenda_print_html(request, person=schedule.delegate, mission=schedule.mission)

    token = AgendaToken.objects.get(person=schedule.delegate).token
    url = f"http://testserver/orga/{schedule.mission.slug}/checkin/{token}/"
    assert resolve(url.removeprefix("http://testserver")).url_name == "orga-checkin-person"
    assert segno.make(url, error="m").svg_inline(scale=3, border=2) in html
    assert client_as("organizer").get(url).status_code == 200


@pytest.mark.parametrize("language", ["en", "fr", "es"])
def test_table_sheets_pdf_has_one_section_per_slot_with_its_tables(client_as, schedule, language):
    client = client_as("organizer")
    client.cookies["django_language"] = language

    text = pdf_text(client.get(reverse("orga-table-sheets-pdf", args=[schedule.mission.slug])).content)

    first, second = local_day(dt.date(2026, 2, 17), language), local_day(dt.date(2026, 2, 18), language)
    assert f"{first}, 10:00–10:30 · {MEXICO_CITY[language]} · World Trade Center" in text
    assert f"{second}, 09:30–10:00 · Guadalajara · Expo Guadalajara" in text
    assert "3 Maple Water Inc. Agua Norte SA EN ↔ ES Claire Roy Luis Garza" in text
    assert "5 Maple Water Inc. Tequila Verde SA — Claire Roy Ana Ibarra" in text
