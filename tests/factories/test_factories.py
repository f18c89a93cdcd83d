import pytest

from tests.factories import (
    MembershipFactory,
    MissionFactory,
    OrganizationFactory,
    PersonFactory,
    ProgrammeElementFactory,
    SectorFactory,
    StopFactory,
    SubsectorFactory,
    UserFactory,
)
from tests.factories.accounts import PASSWORD
from trademission.missions.enums import Role

pytestmark = pytest.mark.django_db


def test_factories_build_valid_linked_objects():
    sector = SectorFactory()
    subsector = SubsectorFactory(sector=sector)
    mission = MissionFactory(sectors=[sector])
    stop = StopFactory(mission=mission, sectors=[sector])
    element = ProgrammeElementFactory(stop=stop, sectors=[sector])
    organization = OrganizationFactory(mission=mission, sectors=[sector], subsectors=[subsector])
    person = PersonFactory(organization=organization)
    for obj in (sector, subsector, mission, stop, element, organization, person):
        obj.full_clean()
    assert list(mission.sectors.all()) == [sector]
    assert list(element.sectors.all()) == [sector]
    assert list(organization.subsectors.all()) == [subsector]
    assert organization.country == "CA"
    assert UserFactory().check_password(PASSWORD) is True


def test_membership_factory_matches_organization_to_role():
    host = MembershipFactory(role=Role.HOST)
    assert (host.organization.side, host.organization.country, host.organization.mission) == ("host", "MX",
                                                                                              host.mission)
    organizer = MembershipFactory(role=Role.ORGANIZER)
    assert organizer.organization is None
