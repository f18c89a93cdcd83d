import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from tests.directory.spreadsheet_files import csv_bytes, host_row, xlsx_bytes
from trademission.directory.enums import ImportStatus, Side
from trademission.directory.models import ImportBatch, Organization


def upload(client, world, name: str, content: bytes):
    return client.post(reverse("orga-import", args=[world.mission.slug]),
                       {"file": SimpleUploadedFile(name, content)})


def test_upload_map_preview_and_import_a_spreadsheet(client_as, world):
    client = client_as("organizer")
    content = xlsx_bytes([host_row(1), host_row(2, Correo="sin-arroba"), host_row(3, Sector="aerospace")])

    response = upload(client, world, "hosts.xlsx", content)
    batch = ImportBatch.objects.get()
    batch_url = reverse("orga-import-batch", args=[world.mission.slug, batch.pk])
    preview = client.get(batch_url)

    assert response.url == batch_url
    assert preview.context["preview"].creates == 1
    assert [(r.row, r.column, r.code) for r in preview.context["preview"].rejections] == [
        (3, "Correo", "email"), (4, "Sector", "sector")]
    assert "1 new organizations, 0 updates, 2 rejected rows." in preview.text

    client.post(batch_url, {"step": "import", "mode": "valid_rows"})

    batch.refresh_from_db()
    report = client.get(batch_url)
    assert batch.status == ImportStatus.IMPORTED
    assert list(Organization.objects.filter(side=Side.HOST).order_by("name").values_list("name", flat=True)) == [
        "Agua Norte SA", "Empresa 00001 SA de CV"]
    assert report.text.count('<tr data-code="') == 2


def test_the_organizer_remaps_a_column(client_as, world):
    client = client_as("organizer")
    headers = ["Company", "Mail", "Sector"]
    upload(client, world, "hosts.csv", csv_bytes([["Firma Uno", "uno@firma.example", "clean-tech"]], headers=headers))
    batch = ImportBatch.objects.get()
    url = reverse("orga-import-batch", args=[world.mission.slug, batch.pk])
    assert "mapping_error" in client.get(url).context  # "Mail" is not a known header: e-mail unmapped

    client.post(url, {"step": "map", "name": "0", "contact_email": "1", "sectors": "2"})

    batch.refresh_from_db()
    assert batch.mapping == {"name": 0, "contact_email": 1, "sectors": 2}
    assert client.get(url).context["preview"].creates == 1


@pytest.mark.parametrize(("name", "content", "error"), [
    ("hosts.exe", b"MZ", "Upload an .xlsx or .csv file."),
    ("hosts.xlsx", b"%PDF-1.4", "This file is not an Excel workbook (.xlsx)."),
])
def test_wrong_files_are_refused_with_a_message(client_as, world, name, content, error):
    response = upload(client_as("organizer"), world, name, content)

    assert response.context["form"].errors == {"file": [error]}
    assert ImportBatch.objects.count() == 0


def test_an_oversized_upload_is_refused(client_as, world):
    # Over the form's 5 MB but under the 6 MB request limit, which the middleware answers with 413.
    response = upload(client_as("organizer"), world, "big.csv", b"a," * (int(2.6 * 1024 * 1024)))

    assert response.context["form"].errors == {"file": ["The file is larger than 5 MB."]}


def test_a_batch_of_another_mission_is_not_found(client_as, world):
    batch = ImportBatch.objects.create(mission=world.other_mission, filename="x.csv", headers=["a"], rows=[["b"]])

    response = client_as("organizer").get(reverse("orga-import-batch", args=[world.mission.slug, batch.pk]))

    assert response.status_code == 404
