import pytest
from django.core.exceptions import ValidationError

from tests.directory.spreadsheet_files import HEADERS, csv_bytes, host_row, xlsx_bytes
from trademission.directory.interfaces.spreadsheets import MAX_UPLOAD_BYTES, read_spreadsheet


@pytest.mark.parametrize(("name", "content"), [
    ("hosts.xlsx", xlsx_bytes([host_row(1), host_row(2)])),
    ("hosts.csv", csv_bytes([host_row(1), host_row(2)])),
    ("HOSTS.CSV", csv_bytes([host_row(1), host_row(2)], delimiter=";")),
])
def test_xlsx_and_csv_read_into_the_same_cells(name, content):
    headers, rows = read_spreadsheet(name=name, content=content)

    assert headers == HEADERS
    assert rows == [host_row(1), host_row(2)]


def test_numbers_in_a_workbook_come_back_as_plain_text():
    _headers, rows = read_spreadsheet(name="n.xlsx", content=xlsx_bytes([["Firma", 120, 221114.0]],
                                                                       headers=["Empresa", "Empleados", "NAICS"]))

    assert rows == [["Firma", "120", "221114"]]


@pytest.mark.parametrize(("name", "content", "code"), [
    ("hosts.pdf", b"%PDF-1.7", "file_type"),
    ("hosts.xlsx", b"not a zip at all", "file_type"),
    ("hosts.xlsx", b"PK\x03\x04broken zip", "file_type"),
    ("hosts.csv", b"MZ\x90\x00\x03\x00binary", "file_type"),
    ("hosts.csv", b"", "empty"),
    ("hosts.csv", b"a" * (MAX_UPLOAD_BYTES + 1), "too_large"),
])
def test_wrong_or_oversized_files_are_refused_before_parsing(name, content, code):
    with pytest.raises(ValidationError) as caught:
        read_spreadsheet(name=name, content=content)

    assert caught.value.code == code
