"""Mutual interest of a pair, as the weight the scheduler maximizes.

The scheduler never places a pair with weight 0: a no-thanks from either side, or a request that
was declined or cancelled, removes the pair altogether.
"""

from dataclasses import dataclass

from trademission.directory.enums import Side
from trademission.matchmaking.domain.recommendations import MissionMatcher
from trademission.matchmaking.enums import PreferenceLevel, RequestStatus
from trademission.matchmaking.models import MeetingRequest, Preference
from trademission.missions.models import Mission

PREFERENCE_POINTS = {PreferenceLevel.MUST_MEET: 2.0, PreferenceLevel.WOULD_LIKE: 1.0, "": 0.0}
STATUS_FACTOR = {RequestStatus.ACCEPTED: 1.0, RequestStatus.PENDING: 0.5, None: 0.25,
                 RequestStatus.EXPIRED: 0.1, RequestStatus.DECLINED: 0.0, RequestStatus.CANCELLED: 0.0}


def request_weight(*, visiting_preference: str = "", host_preference: str = "", status: str | None = None,
                   score: float = 0.0) -> float:
    """(1 + both preferences) × how far the request got × (½ + match score); 0 means never schedule."""
    if PreferenceLevel.NO_THANKS in (visiting_preference, host_preference):
        return 0.0
    interest = 1.0 + PREFERENCE_POINTS[visiting_preference] + PREFERENCE_POINTS[host_preference]
    if status is None and interest == 1.0:
        return 0.0  # nobody asked: the scheduler need not consider the pair
    return round(interest * STATUS_FACTOR[status] * (0.5 + score), 4)


@dataclass(frozen=True)
class PairWeight:
    visiting_id: int
    host_id: int
    weight: float
    must_meet: bool
    accepted: bool


def scheduler_pairs(*, mission: Mission) -> list[PairWeight]:
    """Every pair someone asked for, with its weight; pairs of weight 0 (no-thanks, declined) left out."""
    preferences = {(owner, target): level for owner, target, level in Preference.objects.filter(
        mission=mission).values_list("organization_id", "target_id", "level")}
    statuses: dict[tuple[int, int], str] = {}
    sides = dict(mission.organizations.values_list("pk", "side"))
    # Latest request of each pair wins (the query is newest first).
    for requester, recipient, status in MeetingRequest.objects.filter(mission=mission).order_by(
            "created_at", "pk").values_list("requester_id", "recipient_id", "status"):
        pair = (requester, recipient) if sides[requester] == Side.VISITING else (recipient, requester)
        statuses[pair] = status
    pairs = set(statuses)
    for owner, target in preferences:
        pairs.add((owner, target) if sides[owner] == Side.VISITING else (target, owner))
    if not pairs:
        return []
    matcher = MissionMatcher(mission)
    scores = {}
    for visiting_id in {pair[0] for pair in pairs}:
        scores.update({(visiting_id, pk): found.score for pk, found in matcher.signals_for(visiting_id)})
    result = []
    for visiting_id, host_id in sorted(pairs):
        weight = request_weight(
            visiting_preference=preferences.get((visiting_id, host_id), ""),
            host_preference=preferences.get((host_id, visiting_id), ""),
            status=statuses.get((visiting_id, host_id)), score=scores.get((visiting_id, host_id), 0.0))
        if weight > 0:
            result.append(PairWeight(
                visiting_id=visiting_id, host_id=host_id, weight=weight,
                must_meet=PreferenceLevel.MUST_MEET in (preferences.get((visiting_id, host_id)),
                                                        preferences.get((host_id, visiting_id))),
                accepted=statuses.get((visiting_id, host_id)) == RequestStatus.ACCEPTED))
    return result


def forbidden_pairs(*, mission: Mission) -> set[tuple[int, int]]:
    """(visiting, host) pairs the scheduler must never place: a no-thanks from either side."""
    sides = dict(mission.organizations.values_list("pk", "side"))
    forbidden = set()
    for owner, target in Preference.objects.filter(mission=mission, level=PreferenceLevel.NO_THANKS).values_list(
            "organization_id", "target_id"):
        forbidden.add((owner, target) if sides[owner] == Side.VISITING else (target, owner))
    return forbidden
