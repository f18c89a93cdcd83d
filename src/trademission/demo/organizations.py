"""Plain descriptions of demo organizations and people, and their bulk insertion.

Generators (``delegation``, ``hosts``) build these specs from seeded random sources;
this module only writes them, with a handful of bulk inserts.
"""

import random
import re
import unicodedata
from dataclasses import dataclass, field

from trademission.directory.models import Organization, Person
from trademission.missions.models import Mission, Sector, Stop, Subsector

LANGUAGE_ORDER = ("en", "fr", "es")


@dataclass
class PersonSpec:
    first_name: str
    last_name: str
    email: str
    phone: str
    job_title: str
    languages: list[str]


@dataclass
class OrgSpec:
    side: str
    name: str
    kind: str
    country: str
    region: str
    city: str
    address: str
    employees: int
    sectors: list[str]
    subsectors: list[tuple[str, str]]
    website: str
    naics_codes: list[str]
    stop: str | None = None
    first_time_exporter: bool = False
    texts: dict[str, str] = field(default_factory=dict)  # e.g. {"description_fr": ..., "offers_en": ...}
    people: list[PersonSpec] = field(default_factory=list)

    @property
    def languages(self) -> list[str]:
        spoken = {code for person in self.people for code in person.languages}
        return ordered(spoken | {key.rsplit("_", 1)[1] for key in self.texts})


def ordered(codes: set[str] | list[str]) -> list[str]:
    return [code for code in LANGUAGE_ORDER if code in codes]


def ascii_slug(text: str) -> str:
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    return re.sub(r"[^a-z0-9]+", "-", plain).strip("-")


def domain_for(name: str, tld: str) -> str:
    words = [word for word in ascii_slug(name).split("-") if word not in {"inc", "ltd", "ltee", "corp", "s", "a",
                                                                          "de", "c", "v", "r", "l", "b"}]
    return "".join(words[:2]) + "." + tld


def sample_languages(rng: random.Random, base: tuple[str, ...] | list[str], extra: dict[str, float]) -> list[str]:
    """``base`` plus each extra language with its probability, in a fixed order."""
    chosen = set(base)
    for code in LANGUAGE_ORDER:
        if code in extra and code not in chosen and rng.random() < extra[code]:
            chosen.add(code)
    return ordered(chosen)


def save_organizations(*, mission: Mission, specs: list[OrgSpec], sectors: dict[str, Sector],
                       subsectors: dict[tuple[str, str], Subsector], stops: dict[str, Stop]) -> list[Organization]:
    organizations = Organization.objects.bulk_create([
        Organization(
            mission=mission, side=spec.side, name=spec.name, kind=spec.kind, country=spec.country,
            region=spec.region, city=spec.city, address=spec.address,
            stop=stops[spec.stop] if spec.stop else None, employees=spec.employees, naics_codes=spec.naics_codes,
            website=spec.website, languages=spec.languages, first_time_exporter=spec.first_time_exporter,
            **spec.texts,
        )
        for spec in specs
    ])
    sector_links = Organization.sectors.through
    sector_links.objects.bulk_create([
        sector_links(organization_id=org.pk, sector_id=sectors[slug].pk)
        for org, spec in zip(organizations, specs, strict=True) for slug in spec.sectors])
    subsector_links = Organization.subsectors.through
    subsector_links.objects.bulk_create([
        subsector_links(organization_id=org.pk, subsector_id=subsectors[key].pk)
        for org, spec in zip(organizations, specs, strict=True) for key in spec.subsectors])
    limit = mission.max_representatives
    people = []
    for org, spec in zip(organizations, specs, strict=True):
        # The same limit ``add_representative`` enforces one person at a time.
        if len(spec.people) > limit:
            raise ValueError(f"{spec.name} has more than {limit} representatives.")
        people.extend(Person(organization=org, first_name=p.first_name, last_name=p.last_name, email=p.email,
                             phone=p.phone, job_title=p.job_title, languages=p.languages) for p in spec.people)
    Person.objects.bulk_create(people)
    return organizations
