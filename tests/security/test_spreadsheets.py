"""One formula-injection defence for every CSV/XLSX export."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from trademission.applications.interfaces import exporters as application_exporters
from trademission.common.spreadsheets import FORMULA_PREFIXES, neutralize, neutralize_row
from trademission.outcomes.interfaces import exporters as outcome_exporters


@pytest.mark.parametrize(("value", "expected"), [
    ("=HYPERLINK(\"http://evil\")", "'=HYPERLINK(\"http://evil\")"),
    ("+1+1", "'+1+1"), ("-2+3", "'-2+3"), ("@SUM(A1)", "'@SUM(A1)"), ("\t=1", "'\t=1"), ("\r=1", "'\r=1"),
    ("  =cmd|' /C calc'!A0", "'  =cmd|' /C calc'!A0"), ("|calc", "'|calc"), ("\uff1d1+1", "'\uff1d1+1"),
    ("Maple Water", "Maple Water"), ("", ""), (12, 12), (-3, -3), (None, None),
])
def test_formula_like_text_is_quoted_and_numbers_stay_numbers(value, expected):
    assert neutralize(value) == expected


@given(st.text())
def test_no_neutralized_text_starts_a_formula(text):
    result = neutralize(text)
    assert not result.lstrip(" ").startswith(FORMULA_PREFIXES)
    assert result in (text, "'" + text)


def test_every_exporter_uses_the_common_function():
    assert application_exporters.neutralize is neutralize
    assert outcome_exporters.neutralize is neutralize
    assert neutralize_row(["=1", 2]) == ["'=1", 2]
