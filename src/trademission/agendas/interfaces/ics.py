"""A hand-written RFC 5545 writer for itineraries.

Written by hand so that the tests can check it with an independent parser. What keeps calendar
apps free of duplicates: every event keeps its UID across schedule versions, a changed one
carries a higher SEQUENCE and a later LAST-MODIFIED, and one that left the schedule stays in the
feed as STATUS:CANCELLED rather than vanishing.
"""

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from django.utils.translation import gettext as _

from trademission.agendas.domain.itinerary import Item, Itinerary
from trademission.agendas.enums import ItemKind
from trademission.agendas.interfaces.vtimezone import vtimezone_lines

PRODID = "-//TradeMission//Agendas//EN"
UID_DOMAIN = "trademission"
LIMIT = 75  # octets per line, CRLF excluded


def escape(text: str) -> str:
    """TEXT value escaping (RFC 5545 §3.3.11)."""
    return (text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
            .replace("\r\n", "\\n").replace("\n", "\\n").replace("\r", "\\n"))


def fold(line: str) -> str:
    """Split a content line into chunks of at most 75 octets, never inside a UTF-8 character."""
    chunks, current, size = [], "", 0
    for char in line:
        width = len(char.encode())
        # Continuation lines begin with a space, which counts toward their 75 octets.
        if size + width > (LIMIT if not chunks else LIMIT - 1):
            chunks.append(current)
            current, size = "", 0
        current += char
        size += width
    chunks.append(current)
    return "\r\n ".join(chunks)


def utc(moment: dt.datetime) -> str:
    return f"{moment.astimezone(dt.UTC):%Y%m%dT%H%M%SZ}"


@dataclass(frozen=True)
class Links:
    """Absolute URLs the events point to; the writer knows nothing of URL routing."""

    partner: Callable[[int], str] | None = None


def _description(item: Item) -> str:
    parts = []
    if item.partner:
        partner = item.partner.name + (f" ({item.partner.person})" if item.partner.person else "")
        parts.append(_("Partner: %(partner)s") % {"partner": partner})
    if item.table:
        parts.append(_("Table: %(table)s") % {"table": item.table})
    if item.interpreter:
        parts.append(_("Interpreter: %(name)s") % {"name": item.interpreter})
    if item.is_travel:
        parts.append(_("Change of city: %(origin)s → %(destination)s") % {"origin": item.from_city,
                                                                      "destination": item.city})
    return "\n".join(parts)


def _location(item: Item) -> str:
    parts = [item.venue, item.city]
    if item.table:
        parts.insert(0, _("Table %(table)s") % {"table": item.table})
    return ", ".join(part for part in parts if part)


def event_lines(item: Item, *, now: dt.datetime, method: str | None, links: Links) -> list[str]:
    modified = item.changed_at or now
    # Without METHOD, DTSTAMP is when the event was last revised; with one, when this object was made.
    stamp = now if method else modified
    lines = ["BEGIN:VEVENT", f"UID:{item.uid}@{UID_DOMAIN}", f"DTSTAMP:{utc(stamp)}",
             f"LAST-MODIFIED:{utc(modified)}", f"SEQUENCE:{item.sequence}"]
    if item.all_day:
        lines += [f"DTSTART;VALUE=DATE:{item.local_start:%Y%m%d}", f"DTEND;VALUE=DATE:{item.local_end:%Y%m%d}",
                  "TRANSP:TRANSPARENT"]
    else:
        lines += [f"DTSTART;TZID={item.time_zone}:{item.local_start:%Y%m%dT%H%M%S}",
                  f"DTEND;TZID={item.time_zone}:{item.local_end:%Y%m%dT%H%M%S}", "TRANSP:OPAQUE"]
    lines += [f"SUMMARY:{escape(item.title)}", f"STATUS:{'CANCELLED' if item.cancelled else 'CONFIRMED'}",
              f"CATEGORIES:{escape(str(ItemKind(item.kind).label))}"]
    if location := _location(item):
        lines.append(f"LOCATION:{escape(location)}")
    if description := _description(item):
        lines.append(f"DESCRIPTION:{escape(description)}")
    if item.partner and links.partner:
        lines.append(f"URL:{links.partner(item.partner.organization_id)}")
    lines.append("END:VEVENT")
    return lines


def _calendar(items: list[Item], *, name: str, now: dt.datetime, method: str | None, links: Links,
              refresh: bool) -> str:
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", f"PRODID:{PRODID}", "CALSCALE:GREGORIAN"]
    if method:
        lines.append(f"METHOD:{method}")
    if name:
        lines.append(f"X-WR-CALNAME:{escape(name)}")
    if refresh:
        lines += ["REFRESH-INTERVAL;VALUE=DURATION:PT1H", "X-PUBLISHED-TTL:PT1H"]
    years: dict[str, set[int]] = {}
    for item in items:
        if not item.all_day:
            years.setdefault(item.time_zone, set()).update({item.local_start.year, item.local_end.year})
    for time_zone in sorted(years):
        lines += vtimezone_lines(time_zone, years[time_zone])
    for item in items:
        lines += event_lines(item, now=now, method=method, links=links)
    lines.append("END:VCALENDAR")
    return "".join(fold(line) + "\r\n" for line in lines)


def feed(itinerary: Itinerary, *, name: str, now: dt.datetime, links: Links = Links()) -> str:
    """The subscription feed: no METHOD (a published calendar, not a scheduling message)."""
    return _calendar(list(itinerary.items), name=name, now=now, method=None, links=links, refresh=True)


def download(itinerary: Itinerary, *, name: str, now: dt.datetime, links: Links = Links()) -> str:
    """A file to import once: METHOD:PUBLISH, cancelled meetings included so a re-import removes them."""
    return _calendar(list(itinerary.items), name=name, now=now, method="PUBLISH", links=links, refresh=False)


def calendar_objects(itinerary: Itinerary, *, now: dt.datetime, links: Links = Links()) -> dict[str, str]:
    """One calendar object per UID, as a CalDAV server stores them (RFC 4791: no METHOD)."""
    return {f"{item.uid}@{UID_DOMAIN}": _calendar([item], name="", now=now, method=None, links=links, refresh=False)
            for item in itinerary.items}
