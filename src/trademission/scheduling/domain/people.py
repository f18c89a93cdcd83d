"""Which representative sits at which meeting, once the engine has placed organizations."""

from collections import defaultdict

from trademission.scheduling.domain.availability import Availability
from trademission.scheduling.models import Meeting


def _pick(candidates: list[int], availability: Availability, wanted: set[str]) -> int | None:
    """The first free representative speaking one of ``wanted``, else the first free one."""
    for person_id in candidates:
        if wanted & set(availability.people[person_id].languages):
            return person_id
    return candidates[0] if candidates else None


def assign_people(meetings: list[Meeting], *, availability: Availability, taken: set | None = None,
                  keep: dict | None = None) -> None:
    """Fill ``visiting_person`` and ``host_person`` in place, one person per meeting at a time.

    A meeting without an interpreter gets people who share a language where possible; with one,
    people who speak a language of the interpreter's pair. ``taken`` maps (slot id, person id) of
    meetings already seated (e.g. frozen ones). ``keep`` maps (uid, slot id) to the (visiting, host)
    people a meeting had in the version it comes from: a meeting that stays put keeps its people.
    """
    keep = keep or {}
    busy: set[tuple[int, int]] = set(taken or ())
    by_slot: dict[int, list[Meeting]] = defaultdict(list)
    for meeting in meetings:
        by_slot[meeting.slot_id].append(meeting)
    for slot_id, placed in by_slot.items():
        for meeting in sorted(placed, key=lambda m: (m.table, m.visiting_id)):
            host_people = _free(meeting.host_id, slot_id, availability, busy)
            visiting_people = _free(meeting.visiting_id, slot_id, availability, busy)
            before = keep.get((meeting.uid, slot_id), (None, None))
            if before[0] in visiting_people and before[1] in host_people:
                meeting.visiting_person_id, meeting.host_person_id = before
                busy.update({(slot_id, before[0]), (slot_id, before[1])})
                continue
            host_spoken = {code for pid in host_people for code in availability.people[pid].languages}
            wanted = set(meeting.interpreter.split("-")) if meeting.interpreter else host_spoken
            meeting.visiting_person_id = _pick(visiting_people, availability, wanted)
            if meeting.visiting_person_id:
                busy.add((slot_id, meeting.visiting_person_id))
                if not meeting.interpreter:
                    wanted = set(availability.people[meeting.visiting_person_id].languages)
            meeting.host_person_id = _pick(host_people, availability, wanted)
            if meeting.host_person_id:
                busy.add((slot_id, meeting.host_person_id))


def _free(organization_id: int, slot_id: int, availability: Availability, busy: set) -> list[int]:
    return [person_id for person_id in availability.by_organization.get(organization_id, [])
            if slot_id in availability.free[person_id] and (slot_id, person_id) not in busy]
