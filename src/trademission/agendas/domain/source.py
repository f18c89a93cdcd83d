"""The one module of agendas that reads the scheduling models; it turns them into plain items.

Published history drives the calendar fields. For each meeting UID we replay the published
versions in the order they went live: the first appearance sets SEQUENCE and LAST-MODIFIED, each
change of time, table, place, people or status raises SEQUENCE by at least one, and leaving the
schedule (or coming back) does too. So a calendar app always sees a higher SEQUENCE for newer
information, even when an old version is restored.
"""

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass

from django.db.models import Q
from django.utils.translation import gettext as _

from trademission.agendas.domain.itinerary import Item, Partner
from trademission.agendas.enums import ItemKind, ItemStatus
from trademission.common.i18n import localized_language
from trademission.directory.enums import Side
from trademission.directory.models import Person
from trademission.missions.models import Mission
from trademission.scheduling.domain import onsite
from trademission.scheduling.enums import MeetingStatus, VersionStatus
from trademission.scheduling.models import AgendaToken, Attendance, Meeting, ProgrammeRegistration, ScheduleVersion


def _published(mission: Mission) -> list[ScheduleVersion]:
    return list(ScheduleVersion.objects.filter(mission=mission, published_at__isnull=False)
                .order_by("published_at", "number").only("id", "status", "published_at", "number"))


def _involving(person: Person) -> Q:
    organization_id = person.organization_id
    return (Q(visiting_person=person) | Q(host_person=person)
            | Q(visiting_id=organization_id, visiting_person__isnull=True)
            | Q(host_id=organization_id, host_person__isnull=True))


def _fingerprint(meeting: Meeting) -> tuple:
    return (meeting.sequence, meeting.slot.starts_at, meeting.slot.ends_at, meeting.table, meeting.slot.session.stop_id,
            meeting.slot.session.venue, meeting.interpreter, meeting.visiting_person_id, meeting.host_person_id,
            meeting.status == MeetingStatus.CANCELLED)


@dataclass
class _History:
    meeting: Meeting
    sequence: int
    changed_at: dt.datetime
    fingerprint: tuple
    present: bool = True


def _replay(versions: list[ScheduleVersion], meetings: list[Meeting]) -> dict[str, _History]:
    by_version: dict[int, list[Meeting]] = defaultdict(list)
    for meeting in meetings:
        by_version[meeting.version_id].append(meeting)
    history: dict[str, _History] = {}
    for version in versions:
        seen = set()
        for meeting in by_version[version.pk]:
            uid, fingerprint = str(meeting.uid), _fingerprint(meeting)
            seen.add(uid)
            past = history.get(uid)
            if past is None:
                history[uid] = _History(meeting, meeting.sequence, version.published_at, fingerprint)
            elif not past.present or past.fingerprint != fingerprint:
                history[uid] = _History(meeting, max(meeting.sequence, past.sequence + 1), version.published_at,
                                        fingerprint)
            else:
                past.meeting = meeting
        for uid, past in history.items():
            if uid not in seen and past.present:
                past.present, past.sequence, past.changed_at = False, past.sequence + 1, version.published_at
    return history


def _meeting_item(meeting: Meeting, *, person: Person, sequence: int, changed_at: dt.datetime,
                  cancelled: bool) -> Item:
    session = meeting.slot.session
    if person.organization.side == Side.HOST:
        partner, representative = meeting.visiting, meeting.visiting_person
    else:
        partner, representative = meeting.host, meeting.host_person
    return Item(
        kind=ItemKind.MEETING, uid=str(meeting.uid), starts_at=meeting.slot.starts_at, ends_at=meeting.slot.ends_at,
        time_zone=session.stop.time_zone, title=_("Meeting with %(partner)s") % {"partner": partner.name},
        city=session.stop.name, stop_id=session.stop_id,
        venue=session.venue, table=str(meeting.table), interpreter=meeting.interpreter.upper().replace("-", " ↔ "),
        partner=Partner(organization_id=partner.pk, name=partner.name,
                        person=str(representative) if representative else ""),
        sequence=sequence, changed_at=changed_at,
        status=ItemStatus.CANCELLED if cancelled else ItemStatus.CONFIRMED)


def meeting_items(*, person: Person, mission: Mission) -> list[Item]:
    """The person's meetings of the live version, and those published once but gone since (cancelled)."""
    versions = _published(mission)
    if not versions:
        return []
    meetings = list(Meeting.objects.filter(version__in=versions).filter(_involving(person))
                    .select_related("slot__session__stop", "visiting", "host", "visiting_person", "host_person")
                    .order_by("slot__starts_at", "pk"))
    live = any(version.status == VersionStatus.LIVE for version in versions)
    items = []
    for past in _replay(versions, meetings).values():
        # Marked cancelled on site: the live row changed in place, with no new version to replay.
        on_site = live and past.present and past.meeting.status == MeetingStatus.CANCELLED
        items.append(_meeting_item(past.meeting, person=person, sequence=past.sequence + on_site,
                                   changed_at=past.changed_at, cancelled=on_site or not (live and past.present)))
    return items


def programme_items(*, person: Person, mission: Mission) -> list[Item]:
    registrations = (ProgrammeRegistration.objects.filter(person=person, element__stop__mission=mission)
                     .select_related("element__stop"))
    return [Item(kind=ItemKind.PROGRAMME, uid=f"programme-{registration.element_id}",
                 starts_at=registration.element.starts_at, ends_at=registration.element.ends_at,
                 time_zone=registration.element.stop.time_zone, title=registration.element.title,
                 title_language=localized_language(registration.element, "title"),
                 city=registration.element.stop.name, stop_id=registration.element.stop_id,
                 venue=registration.element.venue, changed_at=registration.created_at)
            for registration in registrations]


def stays(*, person: Person, mission: Mission) -> dict[dt.date, tuple[int, str, str]]:
    attendances = (Attendance.objects.filter(person=person, stop__mission=mission, withdrawn_at__isnull=True)
                   .select_related("stop"))
    return {attendance.date: (attendance.stop_id, attendance.stop.name, attendance.stop.time_zone)
            for attendance in attendances}


def agenda_token(*, person: Person) -> str:
    return onsite.agenda_token(person)


def person_for_token(*, mission: Mission, token: str) -> Person | None:
    """The person whose private token this is, in this mission only; the token is the whole credential."""
    return onsite.person_for_token(mission=mission, token=token)


def feed_person(*, mission_slug: str, token: str) -> Person | None:
    """``person_for_token`` for the subscription feed, which has only the URL: the person with their
    organization, mission and account (for the language) in one query instead of three."""
    found = (AgendaToken.objects.filter(token=token, person__organization__mission__slug=mission_slug)
             .select_related("person__organization__mission", "person__user").first())
    return found.person if found else None


def live_meetings(*, mission: Mission) -> list[Meeting]:
    """Every meeting of the mission's live version that still takes place, for the table sheets."""
    return list(Meeting.objects.filter(version__mission=mission, version__status=VersionStatus.LIVE)
                .exclude(status=MeetingStatus.CANCELLED)
                .select_related("slot__session__stop", "visiting", "host", "visiting_person", "host_person")
                .order_by("slot__starts_at", "slot__session__stop__slug", "table"))
