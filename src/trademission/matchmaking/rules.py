"""Who may do what with recommendations and meeting requests.

Mission-level permissions take the mission; request-level ones take the ``MeetingRequest``.
"""

import rules

from trademission.missions.enums import Role
from trademission.missions.rules import is_organizer, is_participant


def organization_ids_in(user: object, mission_id: int) -> frozenset[int]:
    """The organizations the user acts for in one mission, looked up once per user object."""
    if not getattr(user, "is_authenticated", False):
        return frozenset()
    cache: dict[int, frozenset[int]] = user.__dict__.setdefault("_mission_organizations", {})
    if mission_id not in cache:
        cache[mission_id] = frozenset(user.memberships.filter(
            mission_id=mission_id, role__in=[Role.DELEGATE, Role.HOST]).values_list("organization_id", flat=True))
    return cache[mission_id]


@rules.predicate
def is_recipient(user: object, meeting_request: object) -> bool:
    return meeting_request.recipient_id in organization_ids_in(user, meeting_request.mission_id)


@rules.predicate
def is_requester(user: object, meeting_request: object) -> bool:
    return meeting_request.requester_id in organization_ids_in(user, meeting_request.mission_id)


@rules.predicate
def organizes_request_mission(user: object, meeting_request: object) -> bool:
    return is_organizer(user, meeting_request.mission)


rules.add_perm("matchmaking.view_matchmaking", is_participant | is_organizer)
rules.add_perm("matchmaking.use_matchmaking", is_participant)
rules.add_perm("matchmaking.manage_requests", is_organizer)
rules.add_perm("matchmaking.view_request", is_requester | is_recipient | organizes_request_mission)
rules.add_perm("matchmaking.answer_request", is_recipient | organizes_request_mission)
rules.add_perm("matchmaking.cancel_request", is_requester | organizes_request_mission)
