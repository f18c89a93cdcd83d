import csv
import io

import pytest
from openpyxl import load_workbook

from tests.applications.builders import submitted
from trademission.applications.domain.listing import applications_for_listing
from trademission.applications.interfaces.exporters import export_csv, export_xlsx, neutralize


@pytest.mark.parametrize(("value", "expected"), [
    ("=HYPERLINK(\"http://evil.example\")", "'=HYPERLINK(\"http://evil.example\")"),
    ("+1 555 0100", "'+1 555 0100"),
    ("-2+3", "'-2+3"),
    ("@SUM(A1)", "'@SUM(A1)"),
    ("Bluewater Systems", "Bluewater Systems"),
    ("", ""),
    (-5, -5),
    (None, None),
])
def test_formula_like_text_is_neutralized(value, expected):
    assert neutralize(value) == expected


def exported(world):
    submitted(world.mission, name="=cmd|' /C calc'!A0")
    submitted(world.mission, name="Bluewater Systems", representatives=2, answers__commercialized=False)
    return applications_for_listing(world.mission)


def test_the_csv_export_has_findings_scores_and_no_formulas(world):
    rows = list(csv.reader(io.StringIO(export_csv(exported(world)).decode("utf-8-sig"))))

    assert rows[0][:13] == ["id", "organization", "kind", "country", "province or state", "sectors", "stops",
                            "status", "screening", "findings not met", "findings to check", "score", "reviews"]
    by_name = {row[1]: row for row in rows[1:]}
    assert sorted(by_name) == ["'=cmd|' /C calc'!A0", "Bluewater Systems", "Érable Eau Ltée"]
    bluewater = by_name["Bluewater Systems"]
    assert bluewater[5:13] == ["clean-tech", "mexico-city", "submitted", "ineligible", "commercialized", "", "", "0"]
    assert bluewater[13:15] == ["Person 0 Bluewater Systems; Person 1 Bluewater Systems",
                                "p0@bluewater-systems.example; p1@bluewater-systems.example"]


def test_the_xlsx_export_holds_the_same_rows(world):
    sheet = load_workbook(io.BytesIO(export_xlsx(exported(world)))).active

    values = [[cell.value for cell in row] for row in sheet.iter_rows()]
    assert values[0][1] == "organization"
    assert sorted(row[1] for row in values[1:]) == ["'=cmd|' /C calc'!A0", "Bluewater Systems", "Érable Eau Ltée"]
    assert all(cell.data_type != "f" for row in sheet.iter_rows() for cell in row)
