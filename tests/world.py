"""A small two-mission world with one user per role, for permission and page tests."""

import datetime as dt
from dataclasses import dataclass

from django.utils import timezone

from trademission.accounts.models import User
from trademission.applications.models import Application
from trademission.directory.enums import OrganizationKind, Side
from trademission.directory.models import Organization, Person
from trademission.missions.domain.membership import grant_role
from trademission.missions.enums import MissionStatus, ProgrammeKind, Role
from trademission.missions.models import Mission, ProgrammeElement, Sector, Stop

PASSWORD = "correct horse battery staple"
ROLES = ["anonymous", "organizer", "reviewer", "delegate", "host", "other_organizer", "admin"]


@dataclass
class World:
    mission: Mission
    other_mission: Mission
    visiting: Organization
    host: Organization
    users: dict[str, User]
    application: Application | None = None


def make_mission(slug: str, *, sector: Sector) -> Mission:
    mission = Mission.objects.create(
        slug=slug, name_en=f"Mission {slug}", name_fr=f"Mission {slug} (fr)", visiting_country="CA",
        host_country="MX", time_zone="America/Mexico_City", start_date=dt.date(2026, 2, 15),
        end_date=dt.date(2026, 2, 20), registration_deadline=timezone.now() + dt.timedelta(days=30),
        status=MissionStatus.OPEN,
    )
    mission.sectors.add(sector)
    stop = Stop.objects.create(mission=mission, slug="mexico-city", name_en="Mexico City",
                               name_es="Ciudad de México", time_zone="America/Mexico_City",
                               start_date=dt.date(2026, 2, 15), end_date=dt.date(2026, 2, 17))
    stop.sectors.add(sector)
    ProgrammeElement.objects.create(
        stop=stop, kind=ProgrammeKind.BRIEFING, title_en="Market briefing", title_es="Sesión informativa",
        starts_at=dt.datetime(2026, 2, 16, 15, 0, tzinfo=dt.UTC),
        ends_at=dt.datetime(2026, 2, 16, 17, 0, tzinfo=dt.UTC), venue="Embassy", capacity=300, max_per_organization=2,
    )
    return mission


def make_organization(mission: Mission, *, name: str, side: Side, country: str, sector: Sector) -> Organization:
    organization = Organization.objects.create(mission=mission, side=side, name=name, kind=OrganizationKind.SME,
                                               country=country, city="Somewhere", languages=["en"])
    organization.sectors.add(sector)
    return organization


def make_user(email: str, **fields: object) -> User:
    return User.objects.create_user(email, PASSWORD, **fields)


def build_world() -> World:
    sector, _created = Sector.objects.get_or_create(slug="clean-tech", defaults={"name_en": "Clean technologies"})
    mission = make_mission("alpha-2026", sector=sector)
    other = make_mission("beta-2026", sector=sector)
    visiting = make_organization(mission, name="Maple Water Inc.", side=Side.VISITING, country="CA", sector=sector)
    host = make_organization(mission, name="Agua Norte SA", side=Side.HOST, country="MX", sector=sector)
    users = {
        "organizer": make_user("organizer@test.example"),
        "reviewer": make_user("reviewer@test.example"),
        "delegate": make_user("delegate@test.example"),
        "host": make_user("host@test.example"),
        "other_organizer": make_user("other@test.example"),
        "admin": make_user("admin@test.example", is_staff=True, is_superuser=True),
    }
    grant_role(mission=mission, user=users["organizer"], role=Role.ORGANIZER)
    grant_role(mission=mission, user=users["reviewer"], role=Role.REVIEWER)
    grant_role(mission=mission, user=users["delegate"], role=Role.DELEGATE, organization=visiting)
    grant_role(mission=mission, user=users["host"], role=Role.HOST, organization=host)
    grant_role(mission=other, user=users["other_organizer"], role=Role.ORGANIZER)
    Person.objects.create(organization=visiting, user=users["delegate"], first_name="Claire", last_name="Roy",
                          email="delegate@test.example", languages=["fr", "en"])
    Person.objects.create(organization=host, user=users["host"], first_name="Luis", last_name="Garza",
                          email="host@test.example", languages=["es"])
    application = Application.objects.create(
        mission=mission, language="fr", status="submitted", outcome="eligible", organization_name="Érable Eau Ltée",
        kind=OrganizationKind.SME, country="CA", region="QC", submitted_at=timezone.now(),
        representatives=[{"name": "Anne Gagnon", "email": "anne@erable.example", "languages": ["fr"]}],
    )
    return World(mission=mission, other_mission=other, visiting=visiting, host=host, users=users,
                 application=application)
