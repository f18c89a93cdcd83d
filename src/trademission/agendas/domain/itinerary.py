"""A person's itinerary as plain data: what the web page, the ICS feed and the PDF all render.

Only ``domain/source.py`` reads the scheduling models; everything downstream works on these
dataclasses, so the writers can be tested without a database.
"""

import datetime as dt
import zoneinfo
from collections.abc import Iterable
from dataclasses import dataclass, field

from trademission.agendas.enums import ItemKind, ItemStatus


@dataclass(frozen=True)
class Partner:
    organization_id: int
    name: str
    person: str = ""


@dataclass(frozen=True)
class Item:
    kind: str
    uid: str
    starts_at: dt.datetime
    ends_at: dt.datetime
    time_zone: str
    title: str
    city: str = ""
    # The language ``title`` is written in, for content written once per language (empty: the active one).
    title_language: str = ""
    stop_id: int | None = None
    venue: str = ""
    table: str = ""
    interpreter: str = ""
    partner: Partner | None = None
    from_city: str = ""
    sequence: int = 0
    status: str = ItemStatus.CONFIRMED
    changed_at: dt.datetime | None = None
    all_day: bool = False

    @property
    def zone(self) -> zoneinfo.ZoneInfo:
        return zoneinfo.ZoneInfo(self.time_zone)

    @property
    def local_start(self) -> dt.datetime:
        return self.starts_at.astimezone(self.zone)

    @property
    def local_end(self) -> dt.datetime:
        return self.ends_at.astimezone(self.zone)

    @property
    def day(self) -> dt.date:
        return self.local_start.date()

    @property
    def cancelled(self) -> bool:
        return self.status == ItemStatus.CANCELLED

    @property
    def is_meeting(self) -> bool:
        return self.kind == ItemKind.MEETING

    @property
    def is_travel(self) -> bool:
        return self.kind == ItemKind.TRAVEL


@dataclass(frozen=True)
class Day:
    date: dt.date
    city: str
    items: list[Item] = field(default_factory=list)


@dataclass(frozen=True)
class Itinerary:
    """Every item of one person in one mission, in time order; cancelled meetings are kept for the feed."""

    person_id: int
    person_name: str
    organization_name: str
    items: tuple[Item, ...]

    @property
    def current(self) -> list[Item]:
        return [item for item in self.items if not item.cancelled]

    @property
    def meetings(self) -> list[Item]:
        return [item for item in self.current if item.is_meeting]

    def days(self, *, changed_since: dt.datetime | None = None) -> list[Day]:
        """Current items grouped by local day, each day named after its city."""
        days: dict[dt.date, Day] = {}
        for item in self.current:
            day = days.setdefault(item.day, Day(date=item.day, city=item.city))
            day.items.append(marked(item, changed_since))
        return list(days.values())

    def changed_since(self, moment: dt.datetime | None) -> list[Item]:
        return [item for item in self.current if is_changed(item, moment)]


@dataclass(frozen=True)
class MarkedItem:
    """An item on a page, with whether it changed since the person's last print."""

    item: Item
    changed: bool

    def __getattr__(self, name: str) -> object:
        return getattr(self.item, name)


def is_changed(item: Item, moment: dt.datetime | None) -> bool:
    return moment is not None and item.changed_at is not None and item.changed_at > moment


def marked(item: Item, moment: dt.datetime | None) -> MarkedItem:
    return MarkedItem(item=item, changed=is_changed(item, moment))


def travel_items(*, person_id: int, stays: dict[dt.date, tuple[int, str, str]]) -> list[Item]:
    """One all-day item for each change of city between consecutive days of attendance.

    ``stays`` maps a day to the stop attended (id, city, time zone).
    """
    items = []
    previous = None
    for day in sorted(stays):
        stop_id, city, time_zone = stays[day]
        if previous is not None and previous[0] != stop_id:
            zone = zoneinfo.ZoneInfo(time_zone)
            items.append(Item(
                kind=ItemKind.TRAVEL, uid=f"travel-{person_id}-{day:%Y%m%d}-{stop_id}",
                starts_at=dt.datetime.combine(day, dt.time(0), tzinfo=zone),
                ends_at=dt.datetime.combine(day + dt.timedelta(days=1), dt.time(0), tzinfo=zone),
                time_zone=time_zone, title=f"{previous[1]} → {city}", city=city, stop_id=stop_id,
                from_city=previous[1], all_day=True))
        previous = (stop_id, city)
    return items


def assemble(*, person_id: int, person_name: str, organization_name: str, items: Iterable[Item],
             stays: dict[dt.date, tuple[int, str, str]]) -> Itinerary:
    """The itinerary from meetings and programme items plus the days attended at each stop.

    Days with items but no recorded attendance count as attended at the items' stop, so a
    person who was never given explicit attendance still sees their changes of city.
    """
    items = list(items)
    stays = dict(stays)
    for item in sorted(items, key=lambda item: item.starts_at):
        if item.stop_id is not None and not item.cancelled:
            stays.setdefault(item.day, (item.stop_id, item.city, item.time_zone))
    everything = items + travel_items(person_id=person_id, stays=stays)
    # Travel first on its day; then by time, and a stable order for identical times.
    everything.sort(key=lambda item: (item.day, not item.all_day, item.starts_at, item.kind, item.uid))
    return Itinerary(person_id=person_id, person_name=person_name, organization_name=organization_name,
                     items=tuple(everything))
