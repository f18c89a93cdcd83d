"""A corrupt spreadsheet changes nothing and says clearly what is wrong."""

import os

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from tests.directory.spreadsheet_files import host_row, xlsx_bytes
from trademission.directory.models import ImportBatch, Organization, Person

pytestmark = pytest.mark.django_db

GOOD = xlsx_bytes([host_row(1), host_row(2)])
CORRUPT = {
    "truncated workbook": ("hosts.xlsx", GOOD[: len(GOOD) // 2]),
    "workbook cut after its first bytes": ("hosts.xlsx", GOOD[:64]),
    "zip that is not a workbook": ("hosts.xlsx", b"PK\x03\x04" + os.urandom(2000)),
    "binary garbage named .csv": ("hosts.csv", bytes(range(256)) * 8),
    "random bytes named .csv": ("hosts.csv", os.urandom(4096)),
    "a PNG named .csv": ("hosts.csv", b"\x89PNG\r\n\x1a\n" + os.urandom(512)),
    "binary without a zero byte named .csv": ("hosts.csv", bytes(range(1, 256)) * 16),
}


def state() -> tuple[int, int, int]:
    return Organization.objects.count(), Person.objects.count(), ImportBatch.objects.count()


@pytest.mark.parametrize("case", CORRUPT)
def test_a_corrupt_upload_changes_nothing_and_reports_the_file(client_as, world, case):
    name, content = CORRUPT[case]
    client = client_as("organizer")
    before = state()

    response = client.post(reverse("orga-import", args=[world.mission.slug]),
                           {"file": SimpleUploadedFile(name, content)})

    assert response.status_code == 200  # the form again, not a redirect to a batch
    assert state() == before
    errors = response.context["form"].errors["file"]
    assert errors
    assert any(word in " ".join(errors) for word in ("cannot be read", "not an Excel", "not a text CSV"))
