"""Read an application from plain data — the API's JSON or the web form's fields — with one set of rules.

Types are always checked; required answers only when the applicant submits (a draft may be partial).
Errors are keyed by the field's path in the JSON (``organization.name``, ``representatives.0.email``).
"""

from dataclasses import dataclass, field

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import URLValidator, validate_email
from django.utils.translation import gettext as _

from trademission.directory.enums import OrganizationKind
from trademission.directory.validators import SUPPORTED_LANGUAGES
from trademission.missions.models import Mission, Sector, Stop, Subsector
from trademission.missions.validators import validate_country_code

# Large organizations, associations and chambers answer these three instead of the company criteria.
LARGE_KINDS = frozenset({OrganizationKind.LARGE, OrganizationKind.ASSOCIATION, OrganizationKind.CHAMBER})
COMPANY_TEXTS = ("resources", "market_research")
COMPANY_CHOICES = ("commercialized", "target_market_plan", "tcs_client")
LARGE_TEXTS = ("alignment", "contribution", "value")
MAX_REPRESENTATIVE_ROWS = 10  # beyond the mission's limit is a screening finding; beyond this, nonsense


@dataclass
class Cleaned:
    """Application fields ready to save, plus the related rows."""

    values: dict[str, object] = field(default_factory=dict)
    sectors: list[Sector] = field(default_factory=list)
    subsectors: list[Subsector] = field(default_factory=list)
    stops: list[Stop] = field(default_factory=list)


class _Reader:
    def __init__(self, data: object) -> None:
        self.data = data if isinstance(data, dict) else {}
        self.errors: dict[str, list[str]] = {}
        if not isinstance(data, dict):
            self.fail("non_field_errors", _("Send the application as a JSON object."))

    def fail(self, path: str, message: str) -> None:
        self.errors.setdefault(path, []).append(str(message))

    def raw(self, path: str) -> object:
        value: object = self.data
        for part in path.split("."):
            if isinstance(value, list) and part.isdigit() and int(part) < len(value):
                value = value[int(part)]
            else:
                value = value.get(part) if isinstance(value, dict) else None
        return value

    def text(self, path: str, *, max_length: int = 5000) -> str:
        value = self.raw(path)
        if value is None:
            return ""
        if not isinstance(value, str):
            self.fail(path, _("Enter text."))
            return ""
        value = value.strip()
        if len(value) > max_length:
            self.fail(path, _("Use at most %(limit)d characters.") % {"limit": max_length})
            return ""
        return value

    def boolean(self, path: str) -> bool | None:
        value = self.raw(path)
        if value is None or isinstance(value, bool):
            return value
        self.fail(path, _("Answer yes (true) or no (false)."))
        return None

    def integer(self, path: str) -> int | None:
        value = self.raw(path)
        if value is None:
            return None
        if isinstance(value, bool) or not isinstance(value, int) or value < 0:
            self.fail(path, _("Enter a whole number, zero or more."))
            return None
        return value

    def strings(self, path: str) -> list[str]:
        value = self.raw(path)
        if value is None:
            return []
        if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
            self.fail(path, _("Send a list of texts."))
            return []
        return [item.strip() for item in value if item.strip()]

    def require(self, path: str, value: object, message: str | None = None) -> None:
        if path not in self.errors and value in (None, "", []):
            self.fail(path, message or _("This field is required."))


def _read_languages(reader: _Reader, path: str) -> list[str]:
    codes = [code.lower() for code in reader.strings(path)]
    unknown = [code for code in codes if code not in SUPPORTED_LANGUAGES]
    if unknown:
        reader.fail(path, _("Unknown language codes: %(codes)s.") % {"codes": ", ".join(unknown)})
    return list(dict.fromkeys(codes))


def _read_representatives(reader: _Reader) -> list[dict[str, object]]:
    value = reader.raw("representatives")
    if value is None:
        return []
    if not isinstance(value, list) or not all(isinstance(item, dict) for item in value):
        reader.fail("representatives", _("Send a list of people, each with a name and an e-mail address."))
        return []
    if len(value) > MAX_REPRESENTATIVE_ROWS:
        reader.fail("representatives", _("Name at most %(limit)d people.") % {"limit": MAX_REPRESENTATIVE_ROWS})
        return []
    people = []
    for index, _item in enumerate(value):
        prefix = f"representatives.{index}"
        name = reader.text(f"{prefix}.name", max_length=200)
        email = reader.text(f"{prefix}.email", max_length=254).lower()
        if email:
            try:
                validate_email(email)
            except ValidationError:
                reader.fail(f"{prefix}.email", _("Enter a valid e-mail address."))
        reader.require(f"{prefix}.name", name)
        reader.require(f"{prefix}.email", email)
        people.append({"name": name, "email": email, "languages": _read_languages(reader, f"{prefix}.languages")})
    emails = [person["email"] for person in people if person["email"]]
    if len(set(emails)) != len(emails):
        reader.fail("representatives", _("Each representative needs their own e-mail address."))
    return people


def _by_slug_or_name(items: list, wanted: list[str]) -> tuple[list, list[str]]:
    found, unknown = [], []
    for value in wanted:
        key = value.casefold()
        match = next((item for item in items if key in {item.slug, item.name_en.casefold(), item.name_fr.casefold(),
                                                        item.name_es.casefold()}), None)
        if match is None:
            unknown.append(value)
        elif match not in found:
            found.append(match)
    return found, unknown


def _read_organization(reader: _Reader, values: dict[str, object]) -> None:
    values["organization_name"] = reader.text("organization.name", max_length=200)
    kind = reader.text("organization.kind", max_length=16)
    if kind and kind not in OrganizationKind.values:
        reader.fail("organization.kind", _("Choose one of: %(kinds)s.") % {"kinds": ", ".join(OrganizationKind.values)})
        kind = ""
    values["kind"] = kind
    country = reader.text("organization.country", max_length=2).upper()
    if country:
        try:
            validate_country_code(country)
        except ValidationError as error:
            reader.fail("organization.country", error.messages[0])
    values["country"] = country
    values["region"] = reader.text("organization.region", max_length=100)
    values["city"] = reader.text("organization.city", max_length=100)
    website = reader.text("organization.website", max_length=200)
    if website and "://" not in website:
        website = f"https://{website}"
    if website:
        try:
            URLValidator(schemes=["http", "https"])(website)
        except ValidationError:
            reader.fail("organization.website", _("Enter a valid web address."))
    values["website"] = website
    values["employees"] = reader.integer("organization.employees")
    for name in ("description", "offers", "seeks"):
        values[name] = reader.text(f"organization.{name}")
    values["organization_languages"] = _read_languages(reader, "organization.languages")


def _read_relations(reader: _Reader, mission: Mission, cleaned: Cleaned) -> None:
    sector_slugs = reader.strings("sectors")
    cleaned.sectors = list(Sector.objects.filter(slug__in=sector_slugs).order_by("slug"))
    unknown = sorted(set(sector_slugs) - {sector.slug for sector in cleaned.sectors})
    if unknown:
        reader.fail("sectors", _("Unknown sectors: %(slugs)s.") % {"slugs": ", ".join(unknown)})
    subsector_names = reader.strings("subsectors")
    if subsector_names:
        candidates = list(Subsector.objects.filter(sector__in=cleaned.sectors or mission.sectors.all()))
        cleaned.subsectors, unknown = _by_slug_or_name(candidates, subsector_names)
        if unknown:
            reader.fail("subsectors", _("Unknown subsectors for the chosen sectors: %(names)s.")
                        % {"names": ", ".join(unknown)})
    stop_slugs = reader.strings("stops")
    cleaned.stops = list(Stop.objects.filter(mission=mission, slug__in=stop_slugs).order_by("start_date", "slug"))
    unknown = sorted(set(stop_slugs) - {stop.slug for stop in cleaned.stops})
    if unknown:
        reader.fail("stops", _("This mission has no stop named: %(slugs)s.") % {"slugs": ", ".join(unknown)})


def clean_application_data(*, mission: Mission, data: object, complete: bool,
                           default_language: str = "en") -> Cleaned:
    """Check ``data`` against the application's rules; raise ValidationError keyed by field path."""
    reader = _Reader(data)
    if reader.errors:
        raise ValidationError(reader.errors["non_field_errors"][0])
    values: dict[str, object] = {}
    language = reader.text("language", max_length=8).lower() or default_language
    if language not in {code for code, _name in settings.LANGUAGES}:
        reader.fail("language", _("Choose English (en), French (fr) or Spanish (es)."))
    values["language"] = language
    values["consent"] = bool(reader.boolean("consent"))
    values["wants_b2b"] = bool(reader.boolean("wants_b2b"))
    _read_organization(reader, values)
    for name in COMPANY_CHOICES:
        values[name] = reader.boolean(f"answers.{name}")
    for name in COMPANY_TEXTS + LARGE_TEXTS:
        values[name] = reader.text(f"answers.{name}")
    values["representatives"] = _read_representatives(reader)
    cleaned = Cleaned(values=values)
    _read_relations(reader, mission, cleaned)
    if complete:
        _require_for_submission(reader, values, cleaned)
    if reader.errors:
        raise ValidationError({path: [ValidationError(message) for message in messages]
                               for path, messages in reader.errors.items()})
    return cleaned


def _require_for_submission(reader: _Reader, values: dict[str, object], cleaned: Cleaned) -> None:
    if not values["consent"] and "consent" not in reader.errors:
        reader.fail("consent", _("Accept the privacy notice to submit your application."))
    for name in ("name", "kind", "country", "description", "offers"):
        key = "organization_name" if name == "name" else name
        reader.require(f"organization.{name}", values[key])
    reader.require("stops", cleaned.stops, _("Choose at least one stop."))
    reader.require("representatives", values["representatives"], _("Name at least one representative."))
    if values["kind"] in LARGE_KINDS:
        for name in LARGE_TEXTS:
            reader.require(f"answers.{name}", values[name])
    elif values["kind"]:
        for name in COMPANY_CHOICES:
            if values[name] is None:
                reader.require(f"answers.{name}", None, _("Answer yes or no."))
        for name in COMPANY_TEXTS:
            reader.require(f"answers.{name}", values[name])


def message_dict(error: ValidationError) -> dict[str, list[str]]:
    return dict(error.message_dict) if hasattr(error, "error_dict") else {"non_field_errors": error.messages}

