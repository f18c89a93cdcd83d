import pytest

from trademission.missions.domain.membership import grant_role, membership_organization, missions_with_role
from trademission.missions.enums import Role
from trademission.missions.models import Membership


def test_granting_a_role_twice_keeps_one_membership(world):
    user = world.users["reviewer"]

    first = grant_role(mission=world.mission, user=user, role=Role.REVIEWER)
    second = grant_role(mission=world.mission, user=user, role=Role.REVIEWER)

    assert first == second
    assert Membership.objects.filter(user=user).count() == 1


def test_an_organization_of_another_mission_is_refused(world):
    with pytest.raises(ValueError, match="another mission"):
        grant_role(mission=world.other_mission, user=world.users["delegate"], role=Role.DELEGATE,
                   organization=world.visiting)


def test_missions_with_role_lists_only_that_users_missions(world):
    assert list(missions_with_role(world.users["other_organizer"], [Role.ORGANIZER])) == [world.other_mission]
    assert list(missions_with_role(world.users["delegate"], [Role.ORGANIZER])) == []


def test_a_participant_acts_for_their_own_organization(world):
    assert membership_organization(user=world.users["host"], mission=world.mission) == world.host
    assert membership_organization(user=world.users["organizer"], mission=world.mission) is None
