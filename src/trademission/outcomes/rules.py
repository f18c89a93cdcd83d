"""Who may do what with outcomes. Mission-level permissions take the mission; object ones the meeting or lead."""

import rules

from trademission.missions.enums import Role
from trademission.missions.rules import is_organizer, is_participant


def sides_of(user: object, mission_id: int) -> frozenset[int]:
    """The organizations the user represents in the mission, as delegate or host (cached on the user)."""
    if not getattr(user, "is_authenticated", False):
        return frozenset()
    cache: dict[int, frozenset[int]] = user.__dict__.setdefault("_mission_organizations", {})
    if mission_id not in cache:
        cache[mission_id] = frozenset(user.memberships.filter(
            mission_id=mission_id, role__in=[Role.DELEGATE, Role.HOST], organization__isnull=False,
        ).values_list("organization_id", flat=True))
    return cache[mission_id]


@rules.predicate
def is_side_of_held_meeting(user: object, meeting: object) -> bool:
    from trademission.scheduling.enums import MeetingStatus, VersionStatus

    if meeting is None or meeting.status != MeetingStatus.HELD or meeting.version.status != VersionStatus.LIVE:
        return False
    return bool({meeting.visiting_id, meeting.host_id} & sides_of(user, meeting.version.mission_id))


@rules.predicate
def is_side_of_lead(user: object, lead: object) -> bool:
    return lead is not None and bool({lead.visiting_id, lead.host_id} & sides_of(user, lead.mission_id))


@rules.predicate
def is_lead_organizer(user: object, lead: object) -> bool:
    return lead is not None and is_organizer(user, lead.mission)


rules.add_perm("outcomes.view_report", is_organizer)
rules.add_perm("outcomes.manage_outcomes", is_organizer)
rules.add_perm("outcomes.view_own_outcomes", is_participant)
rules.add_perm("outcomes.give_feedback", is_side_of_held_meeting)
rules.add_perm("outcomes.change_lead", is_side_of_lead | is_lead_organizer)
