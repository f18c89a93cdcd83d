import datetime as dt
import zoneinfo

import factory

from tests.factories.accounts import UserFactory
from trademission.missions.enums import MissionStatus, ProgrammeKind, Role
from trademission.missions.models import Membership, Mission, ProgrammeElement, Sector, Stop, Subsector


def _set_sectors(obj: object, create: bool, extracted: list | None) -> None:
    if create and extracted:
        obj.sectors.set(extracted)


class SectorFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Sector
        django_get_or_create = ["slug"]

    slug = factory.Sequence(lambda n: f"sector-{n}")
    name_en = factory.Sequence(lambda n: f"Sector {n}")
    name_fr = factory.Sequence(lambda n: f"Secteur {n}")
    name_es = factory.Sequence(lambda n: f"Sector {n} (es)")
    naics_prefixes = factory.LazyFunction(lambda: ["5415"])


class SubsectorFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Subsector

    sector = factory.SubFactory(SectorFactory)
    slug = factory.Sequence(lambda n: f"subsector-{n}")
    name_en = factory.Sequence(lambda n: f"Subsector {n}")
    name_fr = factory.Sequence(lambda n: f"Sous-secteur {n}")
    name_es = factory.Sequence(lambda n: f"Subsector {n} (es)")


class MissionFactory(factory.django.DjangoModelFactory):
    """A Canadian mission to Mexico, open for registration; ``sectors=[...]`` links sectors."""

    class Meta:
        model = Mission
        skip_postgeneration_save = True

    slug = factory.Sequence(lambda n: f"mission-{n}")
    name_en = factory.Sequence(lambda n: f"Trade mission {n}")
    name_fr = factory.Sequence(lambda n: f"Mission commerciale {n}")
    name_es = factory.Sequence(lambda n: f"Misión comercial {n}")
    visiting_country = "CA"
    host_country = "MX"
    time_zone = "America/Mexico_City"
    start_date = dt.date(2027, 2, 14)
    end_date = factory.LazyAttribute(lambda o: o.start_date + dt.timedelta(days=5))
    registration_deadline = factory.LazyAttribute(
        lambda o: dt.datetime.combine(o.start_date - dt.timedelta(days=60), dt.time(23, 59),
                                      tzinfo=zoneinfo.ZoneInfo("America/Vancouver")))
    status = MissionStatus.OPEN
    max_representatives = 2
    contact_email = "mission@example.com"
    sectors = factory.PostGeneration(_set_sectors)


class StopFactory(factory.django.DjangoModelFactory):
    """A stop over the whole of its mission's dates; ``sectors=[...]`` links sectors."""

    class Meta:
        model = Stop
        skip_postgeneration_save = True

    mission = factory.SubFactory(MissionFactory)
    slug = factory.Sequence(lambda n: f"city-{n}")
    name_en = factory.Sequence(lambda n: f"City {n}")
    name_es = factory.Sequence(lambda n: f"Ciudad {n}")
    region = "Ciudad de México"
    time_zone = factory.SelfAttribute("mission.time_zone")
    start_date = factory.SelfAttribute("mission.start_date")
    end_date = factory.SelfAttribute("mission.end_date")
    sectors = factory.PostGeneration(_set_sectors)


class ProgrammeElementFactory(factory.django.DjangoModelFactory):
    """A one-hour briefing at 09:00 local time on the stop's first day; ``sectors=[...]`` filters it."""

    class Meta:
        model = ProgrammeElement
        skip_postgeneration_save = True

    stop = factory.SubFactory(StopFactory)
    kind = ProgrammeKind.BRIEFING
    title_en = factory.Sequence(lambda n: f"Briefing {n}")
    title_fr = factory.Sequence(lambda n: f"Séance d'information {n}")
    title_es = factory.Sequence(lambda n: f"Sesión informativa {n}")
    starts_at = factory.LazyAttribute(
        lambda o: dt.datetime.combine(o.stop.start_date, dt.time(9), tzinfo=zoneinfo.ZoneInfo(o.stop.time_zone)))
    ends_at = factory.LazyAttribute(lambda o: o.starts_at + dt.timedelta(hours=1))
    venue = "Embassy of Canada"
    capacity = None
    max_per_organization = 2
    sectors = factory.PostGeneration(_set_sectors)


class MembershipFactory(factory.django.DjangoModelFactory):
    """A role in a mission; delegates and hosts get an organization of the matching side by default."""

    class Meta:
        model = Membership

    mission = factory.SubFactory(MissionFactory)
    user = factory.SubFactory(UserFactory)
    role = Role.DELEGATE
    organization = factory.Maybe(
        factory.LazyAttribute(lambda o: o.role in {Role.DELEGATE, Role.HOST}),
        yes_declaration=factory.SubFactory(
            "tests.factories.directory.OrganizationFactory",
            mission=factory.SelfAttribute("..mission"),
            side=factory.LazyAttribute(lambda o: "host" if o.factory_parent.role == Role.HOST else "visiting"),
        ),
        no_declaration=None,
    )
