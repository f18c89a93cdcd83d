"""The Canadian delegation of the 2026 mission: 250 organizations, 370 delegates."""

import random

from faker import Faker

from trademission.demo.compose import compose_texts
from trademission.demo.draw import (
    draw_people,
    employees_for,
    naics_for,
    pick_sectors,
    pick_subsectors,
    shuffled,
    unique_name,
)
from trademission.demo.names import ASSOCIATION_TOPICS, GEO, LEGAL, WORDS
from trademission.demo.organizations import OrgSpec, domain_for, sample_languages
from trademission.demo.places import PROVINCES, Province
from trademission.demo.taxonomy import SECTOR_SLUGS
from trademission.demo.texts import VISITING
from trademission.directory.enums import OrganizationKind, Side

KINDS = ((OrganizationKind.SME, 200), (OrganizationKind.LARGE, 25), (OrganizationKind.ASSOCIATION, 15),
         (OrganizationKind.CHAMBER, 10))
PEOPLE = ((2, 120), (1, 130))  # 250 organizations sending 370 delegates
ORGANIZATIONS = sum(count for _kind, count in KINDS)
DELEGATES = sum(size * count for size, count in PEOPLE)


def _name(rng: random.Random, fake: Faker, *, kind: str, language: str, sector: str, province: Province,
          city: str) -> str:
    if kind in {OrganizationKind.CHAMBER, OrganizationKind.ASSOCIATION}:
        return _collective_name(rng, kind=kind, language=language, sector=sector, province=province, city=city)
    word = rng.choice(WORDS[sector][language])
    legal = rng.choice(LEGAL[language])
    if kind == OrganizationKind.LARGE:
        return f"Groupe {fake.last_name()} {legal}" if language == "fr" else f"{fake.last_name()} Group {legal}"
    if rng.random() < 0.5:
        return f"{word} {fake.last_name()} {legal}" if language == "fr" else f"{fake.last_name()} {word} {legal}"
    geo = rng.choice(GEO[language])
    return f"{word} {geo} {legal}" if language == "fr" else f"{geo} {word} {legal}"


def _collective_name(rng: random.Random, *, kind: str, language: str, sector: str, province: Province,
                     city: str) -> str:
    if kind == OrganizationKind.CHAMBER:
        if language == "fr":
            return rng.choice(("Chambre de commerce de {c}", "Chambre de commerce et d'industrie de {c}",
                               "Chambre de commerce du Grand {c}")).format(c=city)
        return rng.choice(("{c} Chamber of Commerce", "{c} Board of Trade", "Greater {c} Chamber of Commerce",
                           "{c} Region Chamber of Commerce")).format(c=city)
    topic = rng.choice(ASSOCIATION_TOPICS[sector][language])
    if language == "fr":
        return rng.choice(("Association québécoise {t}", "Regroupement {t} du Québec", "Conseil {t}")).format(
            t=topic)
    return rng.choice(("{p} {t} Association", "Canadian {t} Association", "{t} Canada")).format(
        p=province.name, t=topic)


def canadian_organizations(*, rng: random.Random, fakers: dict[str, Faker]) -> list[OrgSpec]:
    kinds = shuffled(rng, KINDS)
    provinces = shuffled(rng, tuple((province, province.quota) for province in PROVINCES))
    sizes = shuffled(rng, PEOPLE)
    taken: set[str] = set()
    specs = []
    for kind, province, size in zip(kinds, provinces, sizes, strict=True):
        francophone = province.code == "QC" or (province.code == "NB" and rng.random() < 0.3)
        language = "fr" if francophone else "en"
        fake = fakers["fr_CA" if francophone else "en_CA"]
        city, area = rng.choice(province.cities)
        sectors = pick_sectors(rng, kind=kind, allowed=SECTOR_SLUGS)
        subsectors = pick_subsectors(rng, kind=kind, sectors=sectors)
        name = unique_name(lambda kind=kind, language=language, sector=sectors[0], province=province, city=city,
                                  fake=fake: _name(rng, fake, kind=kind, language=language, sector=sector,
                                                   province=province, city=city), taken)
        domain = domain_for(name, "ca")
        postcode = fake.postalcode_in_province(province.code)
        written = sample_languages(rng, [language], {"en": 0.35} if francophone else {"fr": 0.12})
        extra = {"en": 0.8, "es": 0.15} if francophone else {"fr": 0.2, "es": 0.15}
        specs.append(OrgSpec(
            side=Side.VISITING, name=name, kind=kind, country="CA", region=province.name, city=city,
            address=f"{fake.street_address()}, {city}, {province.code} {postcode[:3]} {postcode[-3:]}",
            employees=employees_for(rng, kind), sectors=sectors, subsectors=subsectors,
            website=f"https://www.{domain}", naics_codes=naics_for(kind, subsectors),
            first_time_exporter=kind == OrganizationKind.SME and rng.random() < 0.3,
            texts=compose_texts(templates=VISITING, languages=written, kind=kind, name=name, city=city,
                                region=province.name, sectors=sectors, subsectors=subsectors),
            people=draw_people(rng, fake, count=size, domain=domain, language=language,
                               phone_pattern=f"+1 {area} %##-####",
                               languages=lambda base=(language,), extra=extra: sample_languages(rng, base, extra)),
        ))
    return specs
