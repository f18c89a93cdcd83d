"""A mission's database state as an engine problem (``b2b-problem/1``), and back.

The only module of the Django project that imports ``b2bsolver``. One engine participant per
organization: its available slots are those where at least one of its representatives attends the
stop that day and has no programme element registered at that time; its seats are the fewest such
representatives free in any of those slots (so every meeting the engine places can be given a
person); its languages are the union of its attending representatives' languages.
"""

import datetime as dt
from dataclasses import dataclass, field

from b2bsolver import Result, check, load_problem, load_result, solve
from trademission.directory.enums import Side
from trademission.directory.models import Organization
from trademission.matchmaking.domain.weights import PairWeight, scheduler_pairs
from trademission.missions.models import Mission
from trademission.scheduling.domain.availability import Availability, mission_availability, organization_languages
from trademission.scheduling.domain.sessions import scheduling_settings
from trademission.scheduling.enums import MeetingStatus, VersionKind
from trademission.scheduling.models import Meeting, ScheduleVersion

__all__ = ["Plan", "build_problem", "check_result", "plan_problem", "run_engine"]

PREFIX = {Side.VISITING: "v", Side.HOST: "h"}
GONE = [MeetingStatus.CANCELLED, MeetingStatus.NO_SHOW_HOST, MeetingStatus.NO_SHOW_VISITING]


def participant_id(organization_id: int, side: str) -> str:
    return f"{PREFIX[side]}-{organization_id}"


def request_id(visiting_id: int, host_id: int) -> str:
    return f"r-{visiting_id}-{host_id}"


def pair_of(request: str) -> tuple[int, int]:
    _r, visiting_id, host_id = request.split("-")
    return int(visiting_id), int(host_id)


@dataclass
class Plan:
    """The problem plus what the engine does not see: why some pairs were left out, what is frozen."""

    problem: dict
    availability: Availability
    pairs: dict[tuple[int, int], PairWeight] = field(default_factory=dict)
    excluded: dict[tuple[int, int], str] = field(default_factory=dict)  # pair → reason it was never posed
    frozen: list[Meeting] = field(default_factory=list)  # base meetings copied as they are (past, on-site)
    locked: set[tuple[int, int]] = field(default_factory=set)
    base: list[Meeting] = field(default_factory=list)  # meetings of the version this one starts from
    slot_ids: dict[str, int] = field(default_factory=dict)  # engine slot key → Slot pk
    organizations: dict[int, Organization] = field(default_factory=dict)


def build_problem(mission: Mission, *, version: ScheduleVersion) -> dict:
    return plan_problem(mission, version=version).problem


def _base_meetings(version: ScheduleVersion) -> list[Meeting]:
    if version.base_id is None or version.kind == VersionKind.GENERATE:
        return []
    return list(version.base.meetings.select_related("slot"))


def plan_problem(mission: Mission, *, version: ScheduleVersion) -> Plan:
    availability = mission_availability(mission)
    cutoff = version.frozen_before if version.kind == VersionKind.REPAIR else None
    usable = [slot for slot in availability.slots if cutoff is None or slot.starts_at >= cutoff]
    plan = Plan(problem={}, availability=availability,
                organizations={org.pk: org for org in mission.organizations.all()})
    plan.slot_ids = {slot.key: slot.pk for slot in usable}
    slots = [{"id": slot.key, "city": slot.session.stop.slug,
              "start": slot.starts_at.astimezone(slot.session.stop.zone).isoformat(),
              "minutes": round((slot.ends_at - slot.starts_at) / dt.timedelta(minutes=1)),
              "tables": slot.session.tables, "interpreters": dict(slot.session.interpreters)} for slot in usable]
    participants = _participants(plan, usable, scheduling_settings(mission))
    done, previous, pinned = _from_base(plan, version, cutoff, {slot.pk: slot.key for slot in usable})
    requests = []
    for pair in scheduler_pairs(mission=mission):
        key = (pair.visiting_id, pair.host_id)
        if key in done:
            continue
        plan.pairs[key] = pair
        missing = [org_id for org_id in key if org_id not in participants]
        if missing:
            names = ", ".join(plan.organizations[org_id].name for org_id in missing)
            plan.excluded[key] = f"no representative available for B2B meetings: {names}"
            continue
        request = {"id": request_id(*key), "a": participants[key[0]]["id"], "b": participants[key[1]]["id"],
                   "weight": pair.weight}
        if key in pinned:
            request.update(slot=pinned[key], required=True)
        requests.append(request)
    plan.problem = {"format": "b2b-problem/1", "name": f"{mission.slug}-v{version.number}", "slots": slots,
                    "participants": list(participants.values()), "requests": requests}
    if version.kind == VersionKind.REPAIR:
        posed = {request["id"] for request in requests}
        plan.problem["previous"] = [{"request": request_id(*pair), "slot": slot} for pair, slot in previous.items()
                                    if request_id(*pair) in posed]
    return plan


def _participants(plan: Plan, usable: list, config: object) -> dict[int, dict]:
    """Organization id → engine participant, for organizations with someone free in some usable slot."""
    order = {slot.pk: index for index, slot in enumerate(usable)}
    participants = {}
    for org_id, org in sorted(plan.organizations.items()):
        free = {slot_id: people for slot_id, people in plan.availability.organization_free(org_id).items()
                if slot_id in order}
        if not free:
            continue
        entry = {"id": participant_id(org_id, org.side), "side": org.side,
                 "seats": min(len(people) for people in free.values()),
                 "available": [usable[order[slot_id]].key for slot_id in sorted(free, key=order.__getitem__)],
                 "min_meetings": config.min_meetings}
        spoken = sorted(organization_languages(plan.availability, org))
        if spoken:
            entry["languages"] = spoken
        if config.max_meetings is not None:
            entry["max_meetings"] = config.max_meetings
        participants[org_id] = entry
    return participants


def _from_base(plan: Plan, version: ScheduleVersion, cutoff: object, key_of: dict[int, str]) -> tuple:
    """What the base version dictates: pairs already settled, previous placements, pinned (locked) ones."""
    done: set[tuple[int, int]] = set()
    previous, pinned = {}, {}
    plan.base = _base_meetings(version)
    for meeting in plan.base:
        pair = (meeting.visiting_id, meeting.host_id)
        if cutoff is not None and meeting.slot.starts_at < cutoff:
            plan.frozen.append(meeting)
            done.add(pair)
        elif meeting.status in GONE:
            plan.excluded[pair] = "cancelled on site" if meeting.status == MeetingStatus.CANCELLED else "no-show"
            done.add(pair)
        elif meeting.slot_id in key_of:
            if version.kind == VersionKind.REPAIR:
                previous[pair] = key_of[meeting.slot_id]
            if meeting.locked:
                pinned[pair] = key_of[meeting.slot_id]
                plan.locked.add(pair)
    return done, previous, pinned


def run_engine(problem: dict, *, time_limit: float, seed: int, progress=None) -> Result:
    return solve(load_problem(problem), time_limit=time_limit, seed=seed, progress=progress)


def check_result(problem: dict, result: Result | dict) -> list[str]:
    """The engine's independent checker: an empty list means every hard constraint holds."""
    if isinstance(result, dict):
        result = load_result(result)
    return check(load_problem(problem), result)
