"""Seeded random draws shared by the delegation and host generators."""

import random
from collections.abc import Callable

from faker import Faker

from trademission.demo.names import JOB_TITLES
from trademission.demo.organizations import PersonSpec, ascii_slug
from trademission.demo.places import SECTOR_WEIGHTS
from trademission.demo.taxonomy import SECTORS_BY_SLUG, SUBSECTORS_BY_KEY
from trademission.directory.enums import OrganizationKind

BUSINESS_ASSOCIATIONS = "813910"  # NAICS 2022: associations and chambers declare this code


def shuffled(rng: random.Random, counts: tuple[tuple[object, int], ...]) -> list:
    """Exactly ``count`` copies of each value, in a seeded order: totals never depend on the seed."""
    items = [value for value, count in counts for _ in range(count)]
    rng.shuffle(items)
    return items


def pick_sectors(rng: random.Random, *, kind: str, allowed: tuple[str, ...]) -> list[str]:
    weights = [SECTOR_WEIGHTS[slug] for slug in allowed]
    first = rng.choices(allowed, weights=weights)[0]
    others = [slug for slug in allowed if slug != first]
    if kind == OrganizationKind.CHAMBER:
        return [first, *rng.sample(others, min(2, len(others)))]
    if others and kind != OrganizationKind.ASSOCIATION and rng.random() < 0.15:
        return [first, rng.choice(others)]
    return [first]


def pick_subsectors(rng: random.Random, *, kind: str, sectors: list[str]) -> list[tuple[str, str]]:
    if kind == OrganizationKind.CHAMBER:
        return []
    picked = []
    for sector in sectors:
        subs = [sub.slug for sub in SECTORS_BY_SLUG[sector].subsectors]
        count = 2 if rng.random() < 0.3 else 1
        picked.extend((sector, slug) for slug in rng.sample(subs, count))
    return picked


def naics_for(kind: str, subsectors: list[tuple[str, str]]) -> list[str]:
    if kind in {OrganizationKind.ASSOCIATION, OrganizationKind.CHAMBER}:
        return [BUSINESS_ASSOCIATIONS]
    codes: list[str] = []
    for key in subsectors:
        codes.extend(code for code in SUBSECTORS_BY_KEY[key].naics if code not in codes)
    return codes


def employees_for(rng: random.Random, kind: str) -> int:
    if kind == OrganizationKind.SME:
        low, high = rng.choices([(2, 9), (10, 99), (100, 499)], weights=[25, 50, 25])[0]
        return rng.randint(low, high)
    if kind == OrganizationKind.LARGE:
        return rng.randint(500, 12000)
    return rng.randint(3, 60)


def unique_name(make: Callable[[], str], taken: set[str]) -> str:
    for _attempt in range(50):
        name = make()
        if name not in taken:
            taken.add(name)
            return name
    name = f"{make()} {len(taken)}"
    taken.add(name)
    return name


def draw_people(rng: random.Random, fake: Faker, *, count: int, domain: str, language: str, phone_pattern: str,
                languages: Callable[[], list[str]]) -> list[PersonSpec]:
    people: list[PersonSpec] = []
    titles = rng.sample(JOB_TITLES[language], count)
    for title in titles:
        first, last = fake.first_name(), fake.last_name()
        email = f"{ascii_slug(first)}.{ascii_slug(last)}@{domain}"
        if any(person.email == email for person in people):
            email = f"{ascii_slug(first)}.{ascii_slug(last)}{len(people) + 1}@{domain}"
        people.append(PersonSpec(first_name=first, last_name=last, email=email,
                                  phone=fake.numerify(phone_pattern), job_title=title,
                                  languages=languages()))
    return people
