"""Spreadsheet files built in memory, as the recruiting team's exports look."""

import csv
import io

from openpyxl import Workbook

HEADERS = ["Empresa", "RFC", "Sector", "Subsector", "Ciudad", "Correo", "Nombre contacto", "Apellido", "Idiomas",
           "Empleados", "SCIAN/NAICS", "Descripcion ES", "Ofrece ES", "Busca ES"]


def host_row(number: int, **changes: str) -> list[str]:
    row = {
        "Empresa": f"Empresa {number:05d} SA de CV", "RFC": f"RFC{number:06d}", "Sector": "clean-tech",
        "Subsector": "", "Ciudad": "Ciudad de México", "Correo": f"contacto{number}@empresa.example",
        "Nombre contacto": "Ana", "Apellido": f"López {number}", "Idiomas": "es, en", "Empleados": "120",
        "SCIAN/NAICS": "221114", "Descripcion ES": "Desarrollador de parques solares.",
        "Ofrece ES": "Terrenos y permisos para proyectos solares.", "Busca ES": "Proveedores de inversores solares.",
    }
    row.update(changes)
    return [row[header] for header in HEADERS]


def xlsx_bytes(rows: list[list[str]], headers: list[str] = HEADERS) -> bytes:
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet()
    sheet.append(headers)
    for row in rows:
        sheet.append(row)
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def csv_bytes(rows: list[list[str]], headers: list[str] = HEADERS, delimiter: str = ",") -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=delimiter)
    writer.writerow(headers)
    writer.writerows(rows)
    return buffer.getvalue().encode("utf-8-sig")
