"""What the screens ask for: a person's itinerary, the people of a mission, the table sheets."""

import datetime as dt
import zoneinfo
from dataclasses import dataclass, field

from django.db.models import Q, QuerySet

from trademission.agendas.domain import source
from trademission.agendas.domain.itinerary import Itinerary, assemble
from trademission.directory.models import Person
from trademission.missions.models import Mission


def itinerary_for(person: Person, *, mission: Mission) -> Itinerary:
    """The person's B2B meetings (live version), registered programme and changes of city."""
    if person.organization.mission_id != mission.pk:
        raise ValueError("The person belongs to another mission.")
    items = source.meeting_items(person=person, mission=mission) + source.programme_items(person=person,
                                                                                         mission=mission)
    return assemble(person_id=person.pk, person_name=person.name, organization_name=person.organization.name,
                    items=items, stays=source.stays(person=person, mission=mission))


def person_of_user(*, user: object, mission: Mission) -> Person | None:
    """The representative a logged-in participant is in this mission."""
    if not getattr(user, "is_authenticated", False):
        return None
    return Person.objects.select_related("organization").filter(user=user, organization__mission=mission).first()


def mission_person(*, mission: Mission, person_id: int) -> Person | None:
    return Person.objects.select_related("organization").filter(pk=person_id, organization__mission=mission).first()


def mission_people(*, mission: Mission, query: str = "", side: str = "") -> QuerySet[Person]:
    """The mission's representatives, by side and name; ``query`` matches a person's or organization's name."""
    people = (Person.objects.filter(organization__mission=mission).select_related("organization")
              .order_by("organization__side", "last_name", "first_name", "pk"))
    if side:
        people = people.filter(organization__side=side)
    for word in query.split():
        people = people.filter(Q(first_name__icontains=word) | Q(last_name__icontains=word)
                               | Q(organization__name__icontains=word))
    return people


agenda_token = source.agenda_token
person_for_token = source.person_for_token
feed_person = source.feed_person


@dataclass(frozen=True)
class TableRow:
    table: int
    visiting: str
    host: str
    visiting_person: str
    host_person: str
    interpreter: str


@dataclass
class SlotSheet:
    """What the venue staff need for one slot: who sits at which table."""

    starts_at: dt.datetime
    ends_at: dt.datetime
    time_zone: str
    city: str
    venue: str
    rows: list[TableRow] = field(default_factory=list)

    @property
    def local_start(self) -> dt.datetime:
        return self.starts_at.astimezone(zoneinfo.ZoneInfo(self.time_zone))

    @property
    def local_end(self) -> dt.datetime:
        return self.ends_at.astimezone(zoneinfo.ZoneInfo(self.time_zone))


def table_sheets(*, mission: Mission) -> list[SlotSheet]:
    sheets: dict[int, SlotSheet] = {}
    for meeting in source.live_meetings(mission=mission):
        slot, session = meeting.slot, meeting.slot.session
        sheet = sheets.get(slot.pk)
        if sheet is None:
            sheet = sheets[slot.pk] = SlotSheet(starts_at=slot.starts_at, ends_at=slot.ends_at,
                                                time_zone=session.stop.time_zone, city=session.stop.name,
                                                venue=session.venue)
        sheet.rows.append(TableRow(
            table=meeting.table, visiting=meeting.visiting.name, host=meeting.host.name,
            visiting_person=str(meeting.visiting_person or ""), host_person=str(meeting.host_person or ""),
            interpreter=meeting.interpreter.upper().replace("-", " ↔ ")))
    for sheet in sheets.values():
        sheet.rows.sort(key=lambda row: row.table)
    return sorted(sheets.values(), key=lambda sheet: (sheet.starts_at, sheet.city))
