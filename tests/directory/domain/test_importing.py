import pytest
from django.core.exceptions import ValidationError

from tests.directory.spreadsheet_files import HEADERS, host_row
from trademission.directory.domain.import_fields import guess_mapping
from trademission.directory.domain.importing import Rejection, import_batch, import_rows, preview_import
from trademission.directory.enums import ImportMode, ImportStatus, OrganizationKind, Side
from trademission.directory.models import ImportBatch, Organization, Person
from trademission.missions.models import Subsector

MAPPING = guess_mapping(HEADERS)


def host_names(world) -> list[str]:
    return list(Organization.objects.filter(mission=world.mission, side=Side.HOST).order_by("name")
                .values_list("name", flat=True))


def test_headers_in_spanish_map_themselves():
    assert MAPPING == {
        "name": 0, "reference": 1, "sectors": 2, "subsectors": 3, "city": 4, "contact_email": 5,
        "contact_first_name": 6, "contact_last_name": 7, "languages": 8, "employees": 9, "naics": 10,
        "description_es": 11, "offers_es": 12, "seeks_es": 13,
    }


@pytest.mark.parametrize(("changes", "expected"), [
    ({"Correo": "ana(at)empresa"},
     [Rejection(2, "Correo", "email", "“ana(at)empresa” is not a valid e-mail address.")]),
    ({"Sector": "aerospace"},
     [Rejection(2, "Sector", "sector", "Unknown sector “aerospace”: not one of this mission's sectors.")]),
    ({"Empresa": ""}, [Rejection(2, "Empresa", "missing", "Missing required field: Organization name.")]),
    ({"Sector": ""}, [Rejection(2, "Sector", "missing", "Missing required field: Sectors.")]),
    ({"Correo": ""}, [Rejection(2, "Correo", "missing", "Missing required field: Contact e-mail.")]),
    ({"Subsector": "drones"}, [Rejection(2, "Subsector", "subsector", "Unknown subsector “drones”.")]),
    ({"Empleados": "many"}, [Rejection(2, "Empleados", "number", "“many” is not a number of employees.")]),
    ({"SCIAN/NAICS": "999999"}, [Rejection(2, "SCIAN/NAICS", "naics", "“999999” is not a NAICS 2022 code.")]),
    ({"Idiomas": "klingon"}, [Rejection(2, "Idiomas", "language", "Unknown language “klingon”.")]),
    ({"Correo": "bad", "Sector": "aerospace"}, [
        Rejection(2, "Correo", "email", "“bad” is not a valid e-mail address."),
        Rejection(2, "Sector", "sector", "Unknown sector “aerospace”: not one of this mission's sectors.")]),
])
def test_each_rejection_names_row_column_and_reason(world, changes, expected):
    preview = preview_import(mission=world.mission, headers=HEADERS, rows=[host_row(1, **changes)], mapping=MAPPING)

    assert preview.rejections == expected
    assert preview.rows == []


def test_a_duplicate_organization_in_the_file_is_rejected_with_the_first_row_named(world):
    rows = [host_row(1), host_row(2), host_row(1, Correo="otra@empresa.example")]

    preview = preview_import(mission=world.mission, headers=HEADERS, rows=rows, mapping=MAPPING)

    assert preview.rejections == [Rejection(4, "RFC", "duplicate", "Duplicate organization: same as row 2.")]
    assert [row.row for row in preview.rows] == [2, 3]


def test_a_name_already_taken_by_another_organization_is_a_duplicate(world):
    import_rows(mission=world.mission, headers=HEADERS, rows=[host_row(7, Empresa="Otra")], mapping=MAPPING,
                mode=ImportMode.VALID_ROWS)
    rows = [host_row(7, Empresa="Agua Norte SA")]
    preview = preview_import(mission=world.mission, headers=HEADERS, rows=rows, mapping=MAPPING)

    assert preview.rejections == [Rejection(
        2, "Empresa", "duplicate", "Duplicate organization: another organization already has this name.")]


@pytest.mark.parametrize(("mode", "expected_names", "imported"), [
    (ImportMode.VALID_ROWS, ["Agua Norte SA", "Empresa 00001 SA de CV", "Empresa 00003 SA de CV"], True),
    (ImportMode.ALL_OR_NOTHING, ["Agua Norte SA"], False),
])
def test_the_organizer_chooses_valid_rows_or_nothing(world, mode, expected_names, imported):
    rows = [host_row(1), host_row(2, Correo="nope"), host_row(3)]

    result = import_rows(mission=world.mission, headers=HEADERS, rows=rows, mapping=MAPPING, mode=mode)

    assert result.imported == imported
    assert [rejection.row for rejection in result.rejections] == [3]
    assert host_names(world) == expected_names


def test_an_imported_row_becomes_a_complete_host_profile(world):
    subsector = Subsector.objects.create(sector=world.mission.sectors.get(), slug="solar", name_en="Solar energy",
                                         name_es="Energía solar")

    import_rows(mission=world.mission, headers=HEADERS, rows=[host_row(1, Subsector="Energía solar")],
                mapping=MAPPING, mode=ImportMode.ALL_OR_NOTHING)

    organization = Organization.objects.get(reference="RFC000001")
    assert (organization.side, organization.country, organization.kind, organization.stop.slug) == (
        Side.HOST, "MX", OrganizationKind.SME, "mexico-city")
    assert (organization.languages, organization.employees, organization.naics_codes) == (["es", "en"], 120,
                                                                                           ["221114"])
    assert list(organization.subsectors.all()) == [subsector]
    assert organization.seeks_es == "Proveedores de inversores solares."
    assert list(organization.people.values_list("email", "first_name", "last_name")) == [
        ("contacto1@empresa.example", "Ana", "López 1")]


def test_importing_the_same_file_twice_updates_instead_of_duplicating(world):
    rows = [host_row(1), host_row(2)]
    first = import_rows(mission=world.mission, headers=HEADERS, rows=rows, mapping=MAPPING,
                        mode=ImportMode.ALL_OR_NOTHING)
    rows[1] = host_row(2, Empleados="300", Empresa="Empresa 2 renombrada")

    second = import_rows(mission=world.mission, headers=HEADERS, rows=rows, mapping=MAPPING,
                         mode=ImportMode.ALL_OR_NOTHING)

    assert (first.created, first.updated, second.created, second.updated) == (2, 0, 0, 2)
    assert host_names(world) == ["Agua Norte SA", "Empresa 00001 SA de CV", "Empresa 2 renombrada"]
    assert Organization.objects.get(reference="RFC000002").employees == 300
    assert Person.objects.filter(organization__reference__startswith="RFC").count() == 2


def test_without_a_reference_column_the_name_is_the_key(world):
    mapping = {key: index for key, index in MAPPING.items() if key != "reference"}
    for _attempt in range(2):
        import_rows(mission=world.mission, headers=HEADERS, rows=[host_row(1, Empresa="agua norte sa")],
                    mapping=mapping, mode=ImportMode.ALL_OR_NOTHING)

    assert host_names(world) == ["agua norte sa"]  # the world's "Agua Norte SA", updated in place


def test_a_batch_is_imported_once_and_keeps_its_report(world):
    batch = ImportBatch.objects.create(mission=world.mission, filename="hosts.xlsx", headers=HEADERS,
                                       rows=[host_row(1), host_row(2, Correo="x")], mapping=MAPPING)

    import_batch(batch=batch, mode=ImportMode.ALL_OR_NOTHING)
    batch.refresh_from_db()

    assert (batch.status, batch.mode) == (ImportStatus.REFUSED, ImportMode.ALL_OR_NOTHING)
    assert batch.report == {"imported": False, "created": 0, "updated": 0, "rejections": [
        {"row": 3, "column": "Correo", "code": "email", "reason": "“x” is not a valid e-mail address."}]}
    with pytest.raises(ValidationError):
        import_batch(batch=batch, mode=ImportMode.VALID_ROWS)


def test_a_mapping_without_a_required_field_is_refused(world):
    mapping = {key: index for key, index in MAPPING.items() if key != "contact_email"}

    with pytest.raises(ValidationError) as caught:
        preview_import(mission=world.mission, headers=HEADERS, rows=[host_row(1)], mapping=mapping)

    assert caught.value.messages == ["Map a column to every required field: Contact e-mail."]


def test_a_5000_row_file_imports_in_one_go_and_reimports_as_updates(world, django_assert_max_num_queries):
    rows = [host_row(number) for number in range(1, 5001)]
    rows[4321] = host_row(4322, Correo="broken")

    # Bulk statements only: SQLite's bound-parameter limit splits them into a few hundred, never one per row.
    with django_assert_max_num_queries(300):
        result = import_rows(mission=world.mission, headers=HEADERS, rows=rows, mapping=MAPPING,
                             mode=ImportMode.VALID_ROWS)
    again = import_rows(mission=world.mission, headers=HEADERS, rows=rows, mapping=MAPPING,
                        mode=ImportMode.VALID_ROWS)

    assert (result.created, result.updated, [r.row for r in result.rejections]) == (4999, 0, [4323])
    assert (again.created, again.updated) == (0, 4999)
    assert Organization.objects.filter(mission=world.mission, side=Side.HOST).count() == 5000
    assert Person.objects.filter(organization__mission=world.mission).count() == 4999 + 2
