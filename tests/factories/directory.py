import factory

from tests.factories.missions import MissionFactory
from trademission.directory.enums import OrganizationKind, Side
from trademission.directory.models import Organization, Person


def _set(field: str):
    def hook(obj: Organization, create: bool, extracted: list | None) -> None:
        if create and extracted:
            getattr(obj, field).set(extracted)

    return factory.PostGeneration(hook)


class OrganizationFactory(factory.django.DjangoModelFactory):
    """A visiting SME by default; ``side=Side.HOST`` gives a host organization in the host country."""

    class Meta:
        model = Organization
        skip_postgeneration_save = True

    mission = factory.SubFactory(MissionFactory)
    side = Side.VISITING
    name = factory.Sequence(lambda n: f"Organization {n} Inc.")
    kind = OrganizationKind.SME
    country = factory.LazyAttribute(
        lambda o: o.mission.host_country if o.side == Side.HOST else o.mission.visiting_country)
    city = "Toronto"
    employees = 25
    naics_codes = factory.LazyFunction(lambda: ["541511"])
    languages = factory.LazyFunction(lambda: ["en"])
    description_en = factory.Faker("sentence")
    sectors = _set("sectors")
    subsectors = _set("subsectors")


class PersonFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Person

    organization = factory.SubFactory(OrganizationFactory)
    first_name = factory.Faker("first_name")
    last_name = factory.Faker("last_name")
    email = factory.Sequence(lambda n: f"person{n}@example.com")
    job_title = "Export Manager"
    languages = factory.LazyFunction(lambda: ["en"])
