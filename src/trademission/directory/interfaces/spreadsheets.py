"""Read an uploaded XLSX or CSV file into a header row and rows of text cells."""

import csv
import datetime as dt
import io
import warnings
import zipfile

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _

MAX_UPLOAD_BYTES = 5 * 1024 * 1024
MAX_ROWS = 20_000
XLSX_MAGIC = b"PK\x03\x04"


def read_spreadsheet(*, name: str, content: bytes) -> tuple[list[str], list[list[str]]]:
    """Headers and data rows of the first sheet; trailing empty rows are dropped.

    The type is decided by the extension *and* checked against the content, so a renamed
    executable or a zip bomb pretending to be a spreadsheet is refused before parsing.
    """
    if len(content) > MAX_UPLOAD_BYTES:
        raise ValidationError(_("The file is larger than 5 MB."), code="too_large")
    extension = name.rsplit(".", 1)[-1].lower() if "." in name else ""
    if extension == "xlsx":
        table = _read_xlsx(content)
    elif extension == "csv":
        table = _read_csv(content)
    else:
        raise ValidationError(_("Upload an .xlsx or .csv file."), code="file_type")
    while table and not any(table[-1]):
        table.pop()
    if not table:
        raise ValidationError(_("The file holds no rows."), code="empty")
    if len(table) - 1 > MAX_ROWS:
        raise ValidationError(_("The file holds more than %(max)d rows.") % {"max": MAX_ROWS}, code="too_many_rows")
    headers = [cell or f"#{index + 1}" for index, cell in enumerate(table[0])]
    width = len(headers)
    rows = [(row + [""] * width)[:width] for row in table[1:]]
    return headers, rows


def _cell(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, dt.datetime | dt.date):
        return value.isoformat()
    return str(value).strip()


def _read_xlsx(content: bytes) -> list[list[str]]:
    if not content.startswith(XLSX_MAGIC):
        raise ValidationError(_("This file is not an Excel workbook (.xlsx)."), code="file_type")
    from openpyxl import load_workbook

    try:
        with zipfile.ZipFile(io.BytesIO(content)) as archive:
            if sum(info.file_size for info in archive.infolist()) > 40 * MAX_UPLOAD_BYTES:
                raise ValidationError(_("The workbook expands to too much data."), code="too_large")
        with warnings.catch_warnings():
            # openpyxl warns about styles and extensions it ignores; the cells are what we read.
            warnings.simplefilter("ignore", UserWarning)
            workbook = load_workbook(io.BytesIO(content), read_only=True, data_only=True)
            sheet = workbook.worksheets[0]
            table = [[_cell(value) for value in row] for row in sheet.iter_rows(values_only=True)]
            workbook.close()
    except (zipfile.BadZipFile, KeyError, ValueError, OSError) as error:
        raise ValidationError(_("This Excel workbook cannot be read."), code="file_type") from error
    return table


def _read_csv(content: bytes) -> list[list[str]]:
    if b"\x00" in content:
        raise ValidationError(_("This file is not a text CSV file."), code="file_type")
    try:
        text = content.decode("utf-8-sig")
    except UnicodeDecodeError:
        # Excel on Windows saves CSV in the ANSI code page.
        text = content.decode("cp1252", errors="replace")
    if _looks_binary(text):
        raise ValidationError(_("This file is not a text CSV file."), code="file_type")
    try:
        dialect = csv.Sniffer().sniff(text[:4096], delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel
    return [[cell.strip() for cell in row] for row in csv.reader(io.StringIO(text), dialect)]


def _looks_binary(text: str) -> bool:
    """Control characters (other than tab and line breaks) or undecodable bytes mean a binary file renamed .csv."""
    sample = text[:65536]
    odd = sum(1 for char in sample if (char < " " and char not in "\t\r\n") or char in "\x7f\ufffd")
    return odd > max(8, len(sample) // 100)
