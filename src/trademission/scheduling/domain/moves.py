"""Organizer edits of a draft: lock, and move one meeting to a free slot that keeps every hard constraint."""

from collections import Counter
from dataclasses import dataclass

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from trademission.scheduling.domain.availability import (
    Availability,
    interpreter_pairs,
    mission_availability,
    organization_languages,
)
from trademission.scheduling.enums import MeetingStatus, VersionStatus
from trademission.scheduling.models import Meeting, ScheduleVersion, Slot

EDITABLE = [VersionStatus.DRAFT]


@dataclass(frozen=True)
class MoveOption:
    slot: Slot
    table: int
    interpreter: str
    visiting_person_id: int
    host_person_id: int


def _editable(version: ScheduleVersion) -> None:
    if version.status not in EDITABLE:
        raise ValidationError(_("Only a draft can be edited; restore this version as a new draft first."),
                              code="status")


def set_locked(*, meeting: Meeting, locked: bool) -> Meeting:
    _editable(ScheduleVersion.objects.get(pk=meeting.version_id))
    Meeting.objects.filter(pk=meeting.pk).update(locked=locked)
    meeting.locked = locked
    return meeting


def move_options(meeting: Meeting, *, availability: Availability | None = None,
                 only: Slot | None = None) -> list[MoveOption]:
    """Every slot the meeting could move to, with the table, interpreter and people it would get there."""
    version = meeting.version
    availability = availability or mission_availability(version.mission)
    others = [m for m in version.meetings.exclude(pk=meeting.pk) if m.status != MeetingStatus.CANCELLED]
    tables, people, interpreters = {}, set(), Counter()
    for other in others:
        tables.setdefault(other.slot_id, set()).add(other.table)
        people.update({(other.slot_id, other.visiting_person_id), (other.slot_id, other.host_person_id)})
        if other.interpreter:
            interpreters[(other.slot_id, other.interpreter)] += 1
    pairs = interpreter_pairs(organization_languages(availability, meeting.visiting),
                              organization_languages(availability, meeting.host))
    options = []
    for slot in availability.slots:
        if slot.pk == meeting.slot_id or (only is not None and slot.pk != only.pk):
            continue
        visiting = _free_person(meeting.visiting_id, slot.pk, availability, people)
        host = _free_person(meeting.host_id, slot.pk, availability, people)
        free_tables = [n for n in range(1, slot.session.tables + 1) if n not in tables.get(slot.pk, ())]
        if visiting is None or host is None or not free_tables:
            continue
        interpreter = ""
        if pairs is not None:
            usable = [pair for pair in pairs
                      if interpreters[(slot.pk, pair)] < slot.session.interpreters.get(pair, 0)]
            if not usable:
                continue
            interpreter = usable[0]
        options.append(MoveOption(slot=slot, table=free_tables[0], interpreter=interpreter,
                                  visiting_person_id=visiting, host_person_id=host))
    return options


def _free_person(organization_id: int, slot_id: int, availability: Availability, busy: set) -> int | None:
    return next((person_id for person_id in availability.by_organization.get(organization_id, [])
                 if slot_id in availability.free[person_id] and (slot_id, person_id) not in busy), None)


def move_meeting(*, meeting: Meeting, slot: Slot, by: object | None = None) -> Meeting:
    """Move to ``slot`` if every hard constraint still holds there; the moved meeting is locked.

    The version row is locked for the whole check-and-write, so two organizers moving meetings
    into the same slot are serialized and the second one sees the first one's table taken.
    """
    with transaction.atomic():
        version = ScheduleVersion.objects.select_for_update().get(pk=meeting.version_id)
        _editable(version)
        meeting = Meeting.objects.select_related("version__mission", "visiting", "host").get(pk=meeting.pk)
        if slot.session.mission_id != version.mission_id:
            raise ValidationError(_("This slot belongs to another mission."), code="mission")
        options = move_options(meeting, only=slot)
        if not options:
            raise ValidationError(_("This meeting cannot move to %(slot)s: a party, a table or an interpreter "
                                    "is not free then.") % {"slot": slot.key}, code="not_free")
        option = options[0]
        meeting.slot, meeting.table, meeting.interpreter = option.slot, option.table, option.interpreter
        meeting.visiting_person_id, meeting.host_person_id = option.visiting_person_id, option.host_person_id
        meeting.locked = True
        meeting.save(update_fields=["slot", "table", "interpreter", "visiting_person", "host_person", "locked"])
    return meeting
