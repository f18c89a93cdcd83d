import pytest

ROLE_PERMISSIONS = {
    # role: (view_orga, change_mission, view_directory, view_portal) in the world's mission
    "organizer": (True, True, True, False),
    "reviewer": (True, False, False, False),
    "delegate": (False, False, False, True),
    "host": (False, False, False, True),
    "other_organizer": (False, False, False, False),
}
PERMISSIONS = ["missions.view_orga", "missions.change_mission", "missions.view_directory", "missions.view_portal"]


@pytest.mark.parametrize("role", ROLE_PERMISSIONS)
def test_each_role_has_exactly_its_permissions_in_its_mission(world, role):
    user = world.users[role]

    granted = tuple(user.has_perm(permission, world.mission) for permission in PERMISSIONS)

    assert granted == ROLE_PERMISSIONS[role]


def test_an_organizer_has_no_rights_in_a_mission_they_do_not_organize(world):
    organizer = world.users["organizer"]

    assert [organizer.has_perm(permission, world.other_mission) for permission in PERMISSIONS] == [False] * 4


def test_roles_are_looked_up_once_per_user_and_mission(world, django_assert_num_queries):
    user = world.users["organizer"]
    with django_assert_num_queries(1):
        for permission in PERMISSIONS:
            user.has_perm(permission, world.mission)
