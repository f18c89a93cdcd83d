"""What the outcome domain functions share: the live schedule's meetings, links and languages."""

from django.conf import settings
from django.db.models import QuerySet
from django.urls import reverse

from trademission.missions.models import Mission
from trademission.scheduling.enums import MeetingStatus, VersionStatus
from trademission.scheduling.models import Meeting

NO_SHOWS = (MeetingStatus.NO_SHOW_VISITING, MeetingStatus.NO_SHOW_HOST)
SUPPORTED = {code for code, _name in settings.LANGUAGES}


def live_meetings(mission: Mission) -> QuerySet[Meeting]:
    """Meetings of the published schedule: what happened is recorded on them on site."""
    return Meeting.objects.filter(version__mission=mission, version__status=VersionStatus.LIVE)


def held_meetings(mission: Mission) -> QuerySet[Meeting]:
    return live_meetings(mission).filter(status=MeetingStatus.HELD)


def site_url(name: str, *args: object) -> str:
    return f"{settings.SITE_URL}{reverse(name, args=args)}"


def person_language(person: object) -> str:
    """The account's chosen language, else the first interface language the person speaks."""
    if person.user_id and person.user.language in SUPPORTED:
        return person.user.language
    return next((code for code in person.languages if code in SUPPORTED), settings.LANGUAGE_CODE)
