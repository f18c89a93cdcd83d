"""What the version page shows besides the meetings: use of tables and interpreters per slot, changes."""

from collections import Counter, defaultdict
from dataclasses import dataclass, field

from trademission.scheduling.domain.sessions import mission_slots
from trademission.scheduling.enums import MeetingStatus
from trademission.scheduling.models import Meeting, ScheduleVersion, Slot


@dataclass
class SlotUse:
    slot: Slot
    meetings: int
    tables: int
    interpreters: list[tuple[str, int, int]] = field(default_factory=list)  # (pair, used, available)

    @property
    def percent(self) -> int:
        return round(100 * self.meetings / self.tables) if self.tables else 0


def version_meetings(version: ScheduleVersion):
    return version.meetings.select_related("slot__session__stop", "visiting", "host", "visiting_person",
                                           "host_person").order_by("slot__starts_at", "table")


def slot_use(version: ScheduleVersion) -> list[SlotUse]:
    counts, interpreters = Counter(), defaultdict(Counter)
    for slot_id, interpreter in version.meetings.exclude(status=MeetingStatus.CANCELLED).values_list(
            "slot_id", "interpreter"):
        counts[slot_id] += 1
        if interpreter:
            interpreters[slot_id][interpreter] += 1
    rows = []
    for slot in mission_slots(version.mission):
        offered = slot.session.interpreters
        pairs = sorted(set(offered) | set(interpreters[slot.pk]))
        rows.append(SlotUse(slot=slot, meetings=counts[slot.pk], tables=slot.session.tables,
                            interpreters=[(pair, interpreters[slot.pk][pair], offered.get(pair, 0)) for pair in pairs]))
    return rows


def changes(*, before: ScheduleVersion | None, after: ScheduleVersion) -> dict[str, int]:
    """How ``after`` differs from ``before`` (usually the live version): kept, moved, added, dropped meetings."""
    if before is None:
        return {"kept": 0, "moved": 0, "added": after.meetings.count(), "dropped": 0}
    old = {uid: (slot, table) for uid, slot, table in before.meetings.values_list("uid", "slot_id", "table")}
    new = {uid: (slot, table) for uid, slot, table in after.meetings.values_list("uid", "slot_id", "table")}
    return {"kept": sum(1 for uid in new if old.get(uid) == new[uid]),
            "moved": sum(1 for uid in new if uid in old and old[uid] != new[uid]),
            "added": sum(1 for uid in new if uid not in old), "dropped": sum(1 for uid in old if uid not in new)}


def meetings_of_person(version: ScheduleVersion, person_id: int) -> list[Meeting]:
    from django.db.models import Q

    return list(version_meetings(version).filter(Q(visiting_person_id=person_id) | Q(host_person_id=person_id)))
