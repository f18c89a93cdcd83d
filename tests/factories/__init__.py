"""factory_boy factories for the data models, shared by every test module."""

from tests.factories.accounts import UserFactory
from tests.factories.directory import OrganizationFactory, PersonFactory
from tests.factories.missions import (
    MembershipFactory,
    MissionFactory,
    ProgrammeElementFactory,
    SectorFactory,
    StopFactory,
    SubsectorFactory,
)

__all__ = [
    "MembershipFactory",
    "MissionFactory",
    "OrganizationFactory",
    "PersonFactory",
    "ProgrammeElementFactory",
    "SectorFactory",
    "StopFactory",
    "SubsectorFactory",
    "UserFactory",
]
