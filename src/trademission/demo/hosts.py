"""Mexican organizations of the 2026 mission: 160 in the three stop cities, 240 people."""

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
from trademission.demo.missions import STOP_SECTORS
from trademission.demo.names import ASSOCIATION_TOPICS, GEO, LEGAL, WORDS
from trademission.demo.organizations import OrgSpec, domain_for, sample_languages
from trademission.demo.places import HOST_AREAS, HostArea
from trademission.demo.texts import HOST
from trademission.directory.enums import OrganizationKind, Side

KINDS = ((OrganizationKind.SME, 104), (OrganizationKind.LARGE, 36), (OrganizationKind.ASSOCIATION, 12),
         (OrganizationKind.CHAMBER, 8))
PEOPLE = ((2, 80), (1, 80))  # 160 organizations, 240 people
ORGANIZATIONS = sum(count for _kind, count in KINDS)
PARTICIPANTS = sum(size * count for size, count in PEOPLE)


def _name(rng: random.Random, fake: Faker, *, kind: str, sector: str, area: HostArea, city: str) -> str:
    if kind == OrganizationKind.CHAMBER:
        return rng.choice(("Cámara de Comercio de {c}", "Consejo Empresarial de {c}",
                           "Cámara de la Industria de Transformación de {s}", "Centro Patronal de {s}",
                           "Cámara Nacional de Comercio, delegación {c}")).format(c=city, s=area.state)
    if kind == OrganizationKind.ASSOCIATION:
        topic = rng.choice(ASSOCIATION_TOPICS[sector]["es"])
        return rng.choice(("Asociación de {t} de {s}", "Clúster de {t} de {s}", "Consejo de {t} de {s}")).format(
            t=topic, s=area.state)
    word = rng.choice(WORDS[sector]["es"])
    if kind == OrganizationKind.LARGE:
        return f"Grupo {word} {fake.last_name()}, S.A.B. de C.V."
    legal = rng.choice(LEGAL["es"])
    if rng.random() < 0.5:
        return f"{word} {fake.last_name()}, {legal}"
    return f"{word} {rng.choice(GEO['es'])}, {legal}"


def mexican_organizations(*, rng: random.Random, fake: Faker) -> list[OrgSpec]:
    kinds = shuffled(rng, KINDS)
    areas = shuffled(rng, tuple((area, area.quota) for area in HOST_AREAS))
    sizes = shuffled(rng, PEOPLE)
    taken: set[str] = set()
    specs = []
    for kind, area, size in zip(kinds, areas, sizes, strict=True):
        place = rng.choice(area.cities)
        sectors = pick_sectors(rng, kind=kind, allowed=STOP_SECTORS[area.stop])
        subsectors = pick_subsectors(rng, kind=kind, sectors=sectors)
        name = unique_name(lambda kind=kind, sector=sectors[0], area=area, city=place.city: _name(
            rng, fake, kind=kind, sector=sector, area=area, city=city), taken)
        tld = "org.mx" if kind in {OrganizationKind.ASSOCIATION, OrganizationKind.CHAMBER} else "com.mx"
        domain = domain_for(name, tld)
        written = sample_languages(rng, ["es"], {"en": 0.4})
        postcode = place.postal_prefix + fake.numerify("###")
        specs.append(OrgSpec(
            side=Side.HOST, name=name, kind=kind, country="MX", region=area.state, city=place.city,
            address=f"{fake.street_address()}, Col. {rng.choice(place.neighbourhoods)}, {postcode} {place.city}",
            stop=area.stop, employees=employees_for(rng, kind), sectors=sectors, subsectors=subsectors,
            website=f"https://www.{domain}", naics_codes=naics_for(kind, subsectors),
            texts=compose_texts(templates=HOST, languages=written, kind=kind, name=name, city=place.city,
                                region=area.state, sectors=sectors, subsectors=subsectors),
            people=draw_people(rng, fake, count=size, domain=domain, language="es",
                               phone_pattern=f"+52 {area.area_code} %### ####",
                               languages=lambda: sample_languages(rng, ["es"], {"en": 0.65, "fr": 0.05})),
        ))
    return specs
