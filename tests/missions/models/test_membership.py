import pytest
from django.db import IntegrityError

from trademission.missions.enums import Role
from trademission.missions.models import Membership


@pytest.mark.parametrize(("role", "with_organization"), [
    (Role.DELEGATE, False), (Role.HOST, False), (Role.ORGANIZER, True), (Role.REVIEWER, True),
])
def test_participants_act_for_an_organization_and_staff_do_not(world, role, with_organization):
    organization = world.visiting if with_organization else None

    with pytest.raises(IntegrityError):
        Membership.objects.create(mission=world.mission, user=world.users["admin"], role=role,
                                  organization=organization)
