"""Who may do what in a mission. Every predicate takes (user, mission)."""

import rules

from trademission.missions.enums import Role


def roles_in(user: object, mission: object) -> frozenset[str]:
    """The user's roles in ``mission``, looked up once per request and user object."""
    if mission is None or not getattr(user, "is_authenticated", False):
        return frozenset()
    cache: dict[int, frozenset[str]] = user.__dict__.setdefault("_mission_roles", {})
    if mission.pk not in cache:
        cache[mission.pk] = frozenset(user.memberships.filter(mission=mission).values_list("role", flat=True))
    return cache[mission.pk]


@rules.predicate
def is_organizer(user: object, mission: object) -> bool:
    return Role.ORGANIZER in roles_in(user, mission)


@rules.predicate
def is_reviewer(user: object, mission: object) -> bool:
    return Role.REVIEWER in roles_in(user, mission)


@rules.predicate
def is_delegate(user: object, mission: object) -> bool:
    return Role.DELEGATE in roles_in(user, mission)


@rules.predicate
def is_host(user: object, mission: object) -> bool:
    return Role.HOST in roles_in(user, mission)


is_mission_staff = is_organizer | is_reviewer
is_participant = is_delegate | is_host

rules.add_perm("missions.view_orga", is_mission_staff)
rules.add_perm("missions.change_mission", is_organizer)
rules.add_perm("missions.view_directory", is_organizer)
rules.add_perm("missions.view_portal", is_participant)
rules.add_perm("missions.purge_personal_data", is_organizer)
