"""Load, detect and remove the demo data in one transaction."""

import datetime as dt
import random
from dataclasses import dataclass

from django.db import transaction
from django.utils import timezone
from faker import Faker

from trademission.accounts.models import User
from trademission.demo.accounts import DEMO_ACCOUNTS, DEMO_EMAILS, DemoAccount, create_accounts
from trademission.demo.applications import load_applications
from trademission.demo.delegation import canadian_organizations
from trademission.demo.hosts import mexican_organizations
from trademission.demo.matchmaking import seed_matchmaking
from trademission.demo.missions import (
    DEADLINE_2026,
    MISSION_2026,
    MISSION_2027,
    MISSION_SLUGS,
    REGISTRATION_DAYS_2027,
    create_mission,
)
from trademission.demo.organizations import save_organizations
from trademission.demo.outcomes import seed_outcomes
from trademission.demo.schedule import seed_schedule
from trademission.demo.taxonomy import ensure_taxonomy
from trademission.directory.enums import Side
from trademission.directory.models import Organization, Person
from trademission.matchmaking.tasks import task_refresh_embeddings
from trademission.missions.enums import MissionStatus
from trademission.missions.models import Mission, ProgrammeElement, Sector, Stop, Subsector

LOCALES = ("en_CA", "fr_CA", "es_MX")


@dataclass(frozen=True)
class DemoSummary:
    missions: int
    stops: int
    programme_elements: int
    sectors: int
    subsectors: int
    visiting_organizations: int
    delegates: int
    host_organizations: int
    host_people: int
    accounts: tuple[DemoAccount, ...]


def demo_loaded() -> bool:
    return Mission.objects.filter(slug__in=MISSION_SLUGS).count() == len(MISSION_SLUGS)


@transaction.atomic
def reset_demo() -> None:
    """Delete the demo missions (with everything in them) and the demo accounts; keep the sector taxonomy."""
    Mission.objects.filter(slug__in=MISSION_SLUGS).delete()
    User.objects.filter(email__in=DEMO_EMAILS).delete()


def load_demo(*, seed: int = 2026, now: dt.datetime | None = None) -> DemoSummary:
    """Replace the demo data with the one ``seed`` generates; only the 2027 deadline depends on ``now``."""
    now = now or timezone.now()
    rng = random.Random(seed)
    fakers = {}
    for locale in LOCALES:
        fakers[locale] = Faker(locale)
        fakers[locale].seed_instance(f"{seed}:{locale}")
    # Generate everything first, in a fixed order, so that the database never influences the draws.
    canadians = canadian_organizations(rng=rng, fakers=fakers)
    mexicans = mexican_organizations(rng=rng, fake=fakers["es_MX"])
    with transaction.atomic():
        reset_demo()
        sectors, subsectors = ensure_taxonomy()
        mission_2026, stops = create_mission(slug=MISSION_2026, first_day=dt.date(2026, 2, 15),
                                             deadline=DEADLINE_2026, status=MissionStatus.COMPLETED, sectors=sectors)
        mission_2027, _stops = create_mission(slug=MISSION_2027, first_day=dt.date(2027, 2, 14),
                                              deadline=now + dt.timedelta(days=REGISTRATION_DAYS_2027),
                                              status=MissionStatus.OPEN, sectors=sectors)
        for specs in (canadians, mexicans):
            save_organizations(mission=mission_2026, specs=specs, sectors=sectors, subsectors=subsectors, stops=stops)
        create_accounts(missions=[mission_2026, mission_2027], mission_2026=mission_2026)
        seed_matchmaking(mission=mission_2026, rng=random.Random(f"{seed}:matchmaking"))
        # Embeddings take seconds: a worker computes them so the first recommendation page is quick.
        transaction.on_commit(lambda: task_refresh_embeddings.enqueue(mission_id=mission_2026.pk))
        load_applications(mission_2026=mission_2026, mission_2027=mission_2027, seed=seed, now=now)
        seed_schedule(mission=mission_2026, rng=random.Random(f"{seed}:schedule"))
        seed_outcomes(mission=mission_2026, rng=random.Random(f"{seed}:outcomes"))
        return summarize()


def summarize() -> DemoSummary:
    missions = Mission.objects.filter(slug__in=MISSION_SLUGS)
    organizations = Organization.objects.filter(mission__in=missions)
    people = Person.objects.filter(organization__mission__in=missions)
    return DemoSummary(
        missions=missions.count(),
        stops=Stop.objects.filter(mission__in=missions).count(),
        programme_elements=ProgrammeElement.objects.filter(stop__mission__in=missions).count(),
        sectors=Sector.objects.filter(missions__in=missions).distinct().count(),
        subsectors=Subsector.objects.filter(sector__missions__in=missions).distinct().count(),
        visiting_organizations=organizations.filter(side=Side.VISITING).count(),
        delegates=people.filter(organization__side=Side.VISITING).count(),
        host_organizations=organizations.filter(side=Side.HOST).count(),
        host_people=people.filter(organization__side=Side.HOST).count(),
        accounts=DEMO_ACCOUNTS,
    )
