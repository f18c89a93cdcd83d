"""VTIMEZONE components computed from the system's tz database (zoneinfo), with no network.

A calendar app needs the offsets in force on the events' dates. We describe each year that
holds an event: the rule in force on 1 January, then every transition of that year, found by
scanning the year day by day and narrowing each offset change down to the minute.
"""

import datetime as dt
import zoneinfo
from collections.abc import Iterable

DAY = dt.timedelta(days=1)


def _offset(zone: zoneinfo.ZoneInfo, moment: dt.datetime) -> dt.timedelta:
    return moment.astimezone(zone).utcoffset() or dt.timedelta(0)


def _transition(zone: zoneinfo.ZoneInfo, low: dt.datetime, high: dt.datetime) -> dt.datetime:
    """The first UTC minute in (low, high] whose offset differs from low's."""
    before = _offset(zone, low)
    while high - low > dt.timedelta(minutes=1):
        middle = low + (high - low) / 2
        middle = middle.replace(second=0, microsecond=0)
        if middle <= low:
            break
        if _offset(zone, middle) == before:
            low = middle
        else:
            high = middle
    return high


def transitions(zone: zoneinfo.ZoneInfo, year: int) -> list[dt.datetime]:
    """UTC instants in ``year`` at which the zone's offset changes."""
    found = []
    moment = dt.datetime(year, 1, 1, tzinfo=dt.UTC)
    end = dt.datetime(year + 1, 1, 1, tzinfo=dt.UTC)
    while moment < end:
        following = min(moment + DAY, end)
        if _offset(zone, moment) != _offset(zone, following):
            found.append(_transition(zone, moment, following))
        moment = following
    return found


def format_offset(offset: dt.timedelta) -> str:
    minutes = int(offset.total_seconds()) // 60
    sign = "-" if minutes < 0 else "+"
    hours, minutes = divmod(abs(minutes), 60)
    return f"{sign}{hours:02d}{minutes:02d}"


def _component(zone: zoneinfo.ZoneInfo, instant: dt.datetime, previous: dt.timedelta) -> list[str]:
    local = instant.astimezone(zone)
    kind = "DAYLIGHT" if local.dst() else "STANDARD"
    # DTSTART is the wall-clock time of the change as read in the offset in force before it.
    wall = (instant + previous).replace(tzinfo=None)
    return [f"BEGIN:{kind}", f"DTSTART:{wall:%Y%m%dT%H%M%S}", f"TZOFFSETFROM:{format_offset(previous)}",
            f"TZOFFSETTO:{format_offset(local.utcoffset())}", f"TZNAME:{local.tzname()}", f"END:{kind}"]


def vtimezone_lines(time_zone: str, years: Iterable[int]) -> list[str]:
    zone = zoneinfo.ZoneInfo(time_zone)
    lines = ["BEGIN:VTIMEZONE", f"TZID:{time_zone}"]
    for year in sorted(set(years)):
        start = dt.datetime(year, 1, 1, tzinfo=dt.UTC)
        offset = _offset(zone, start)
        lines += _component(zone, start, offset)
        for instant in transitions(zone, year):
            lines += _component(zone, instant, offset)
            offset = _offset(zone, instant)
    lines.append("END:VTIMEZONE")
    return lines
