"""B2B sessions per stop and day, and the slots they are cut into."""

import datetime as dt

from django.db import transaction

from trademission.missions.enums import ProgrammeKind
from trademission.missions.models import Mission, ProgrammeElement, Stop
from trademission.scheduling.models import B2BSession, SchedulingSettings, Slot


def scheduling_settings(mission: Mission) -> SchedulingSettings:
    found, _created = SchedulingSettings.objects.get_or_create(mission=mission)
    return found


def slot_key(*, stop: Stop, start: dt.datetime) -> str:
    """Stable engine id of a slot, e.g. ``mexico-city-20260216-0900`` (local time of the stop)."""
    local = start.astimezone(stop.zone)
    return f"{stop.slug}-{local:%Y%m%d-%H%M}"


def slot_times(session: B2BSession) -> list[tuple[dt.datetime, dt.datetime]]:
    """Consecutive slots from the start, skipping any that overlaps a break, none past the end."""
    zone = session.stop.zone
    start = dt.datetime.combine(session.date, session.starts_at, tzinfo=zone)
    end = dt.datetime.combine(session.date, session.ends_at, tzinfo=zone)
    breaks = [(dt.datetime.combine(session.date, a, tzinfo=zone), dt.datetime.combine(session.date, b, tzinfo=zone))
              for a, b in session.break_intervals]
    length = dt.timedelta(minutes=session.slot_minutes)
    times = []
    while start + length <= end:
        overlapping = [b_end for b_start, b_end in breaks if start < b_end and b_start < start + length]
        if overlapping:
            start = max(overlapping)  # resume right after the break
            continue
        times.append((start, start + length))
        start += length
    return times


@transaction.atomic
def save_session(*, session: B2BSession) -> B2BSession:
    """Save the session and bring its slots in line; slots that keep their time keep their row and key.

    A slot that disappears while a meeting still uses it is protected: the caller gets the error.
    """
    session.full_clean()
    session.save()
    wanted = {slot_key(stop=session.stop, start=start): (start, end) for start, end in slot_times(session)}
    existing = {slot.key: slot for slot in session.slots.all()}
    for key, slot in existing.items():
        if key not in wanted:
            slot.delete()
    for key, (start, end) in wanted.items():
        slot = existing.get(key)
        if slot is None:
            Slot.objects.create(session=session, key=key, starts_at=start, ends_at=end)
        elif slot.ends_at != end:
            slot.ends_at = end
            slot.save(update_fields=["ends_at"])
    return session


def sessions_from_programme(*, mission: Mission, tables: int, interpreters: dict[str, int], slot_minutes: int = 20,
                            breaks: list[list[str]] | None = None) -> list[B2BSession]:
    """One session per B2B programme element that has none yet, with the element's hours."""
    created = []
    elements = ProgrammeElement.objects.filter(stop__mission=mission, kind=ProgrammeKind.B2B_SESSION).exclude(
        b2b_sessions__isnull=False).select_related("stop")
    for element in elements:
        zone = element.stop.zone
        starts, ends = element.starts_at.astimezone(zone), element.ends_at.astimezone(zone)
        # A break applies to the sessions that span it (lunch inside a full day, not before an afternoon).
        inside = [pair for pair in (breaks or [])
                  if starts.time() <= dt.time.fromisoformat(pair[0]) and dt.time.fromisoformat(pair[1]) <= ends.time()]
        created.append(save_session(session=B2BSession(
            mission=mission, stop=element.stop, programme_element=element, date=starts.date(),
            starts_at=starts.time(), ends_at=ends.time(), slot_minutes=slot_minutes, breaks=inside, tables=tables,
            interpreters=dict(interpreters), venue=element.venue)))
    return created


def mission_slots(mission: Mission):
    return Slot.objects.filter(session__mission=mission).select_related("session__stop").order_by("starts_at", "pk")
