from django.db.models import QuerySet

from trademission.accounts.models import User
from trademission.directory.models import Organization
from trademission.missions.domain.retention import refuse_if_purged
from trademission.missions.enums import Role
from trademission.missions.models import Membership, Mission


def grant_role(*, mission: Mission, user: User, role: Role, organization: Organization | None = None) -> Membership:
    """Give ``user`` a role in ``mission``; idempotent."""
    if organization is not None and organization.mission_id != mission.pk:
        raise ValueError("The organization belongs to another mission.")
    if role in (Role.DELEGATE, Role.HOST):
        refuse_if_purged(mission)
    membership, _created = Membership.objects.get_or_create(
        mission=mission, user=user, role=role, defaults={"organization": organization}
    )
    return membership


def missions_with_role(user: User, roles: list[Role]) -> QuerySet[Mission]:
    if not user.is_authenticated:
        return Mission.objects.none()
    return Mission.objects.filter(memberships__user=user, memberships__role__in=roles).distinct()


def membership_organization(*, user: User, mission: Mission) -> Organization | None:
    """The organization a participant acts for in ``mission``."""
    membership = (Membership.objects.filter(mission=mission, user=user, role__in=[Role.DELEGATE, Role.HOST])
                  .select_related("organization").first())
    return membership.organization if membership else None
