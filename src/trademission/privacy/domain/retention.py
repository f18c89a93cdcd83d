"""When a mission's personal data may be purged."""

import datetime as dt
import zoneinfo

from django.conf import settings

from trademission.missions.models import Mission


def purge_possible_from(mission: Mission) -> dt.datetime:
    """Midnight after the mission's last day, in its own time zone, plus ``PRIVACY_RETENTION_DAYS``.

    Counting from the end of the last day means nobody's data can go while the mission is still under way
    anywhere in the world, whatever the server's clock zone.
    """
    day = mission.end_date + dt.timedelta(days=1 + settings.PRIVACY_RETENTION_DAYS)
    return dt.datetime.combine(day, dt.time(), tzinfo=zoneinfo.ZoneInfo(mission.time_zone))


def can_purge(mission: Mission, *, now: dt.datetime) -> bool:
    return now >= purge_possible_from(mission)
