"""Who can meet when: attendance by stop and day, minus programme elements the person registered for."""

from collections import defaultdict
from dataclasses import dataclass, field

from trademission.directory.models import Person
from trademission.missions.enums import ProgrammeKind
from trademission.missions.models import Mission
from trademission.scheduling.domain.sessions import mission_slots
from trademission.scheduling.models import Attendance, ProgrammeRegistration, Slot


@dataclass
class Availability:
    slots: list[Slot]
    people: dict[int, Person] = field(default_factory=dict)  # attending representatives, by id
    free: dict[int, set[int]] = field(default_factory=dict)  # person id → ids of slots they can meet in
    by_organization: dict[int, list[int]] = field(default_factory=dict)  # organization id → person ids

    def organization_free(self, organization_id: int) -> dict[int, list[int]]:
        """Slot id → the organization's representatives free in it (slots where nobody is free left out)."""
        result: dict[int, list[int]] = defaultdict(list)
        for person_id in self.by_organization.get(organization_id, []):
            for slot_id in self.free[person_id]:
                result[slot_id].append(person_id)
        return dict(result)


def mission_availability(mission: Mission) -> Availability:
    """Four queries, whatever the size of the mission."""
    slots = list(mission_slots(mission))
    by_stop_day: dict[tuple[int, object], list[Slot]] = defaultdict(list)
    for slot in slots:
        by_stop_day[(slot.session.stop_id, slot.session.date)].append(slot)
    busy: dict[int, list[tuple[object, object]]] = defaultdict(list)
    for person_id, starts, ends in ProgrammeRegistration.objects.filter(
            element__stop__mission=mission).exclude(element__kind=ProgrammeKind.B2B_SESSION).values_list(
            "person_id", "element__starts_at", "element__ends_at"):
        busy[person_id].append((starts, ends))
    availability = Availability(slots=slots)
    attendances = Attendance.objects.filter(
        person__organization__mission=mission, withdrawn_at__isnull=True).select_related("person")
    for attendance in attendances.order_by("person_id", "date"):
        person = attendance.person
        availability.people[person.pk] = person
        free = availability.free.setdefault(person.pk, set())
        for slot in by_stop_day.get((attendance.stop_id, attendance.date), []):
            if not any(slot.starts_at < ends and starts < slot.ends_at for starts, ends in busy[person.pk]):
                free.add(slot.pk)
    for person_id, person in sorted(availability.people.items()):
        availability.by_organization.setdefault(person.organization_id, []).append(person_id)
    return availability


def organization_languages(availability: Availability, organization: object) -> set[str]:
    """Union of its attending representatives' languages; the organization's own list if they gave none."""
    spoken = {code for person_id in availability.by_organization.get(organization.pk, [])
              for code in availability.people[person_id].languages}
    return spoken or set(organization.languages)


def interpreter_pairs(one: set[str], other: set[str]) -> list[str] | None:
    """None when the two sides share a language; else the pairs that would bridge them."""
    if not one or not other or one & other:
        return None
    return sorted({"-".join(sorted((a, b))) for a in one for b in other})
