"""E-mails to the people whose meetings changed between two live versions, each in their own language."""

from collections import defaultdict

from django.conf import settings
from django.db import transaction
from django.utils import translation
from django.utils.translation import gettext as _

from trademission.common.notifications import deliver_email
from trademission.directory.models import Person
from trademission.scheduling.models import Meeting, ScheduleVersion

LANGUAGES = {code for code, _name in settings.LANGUAGES}


def person_language(person: Person) -> str:
    """The account's preferred language, else the first interface language the person speaks."""
    if person.user_id and person.user.language in LANGUAGES:
        return person.user.language
    return next((code for code in person.languages if code in LANGUAGES), settings.LANGUAGE_CODE)


def _by_person(version: ScheduleVersion | None) -> dict[int, dict]:
    """person id → {uid: what a calendar shows of the meeting}."""
    found: dict[int, dict] = defaultdict(dict)
    if version is None:
        return found
    for meeting in version.meetings.select_related("slot__session__stop", "visiting", "host"):
        shown = (meeting.slot_id, meeting.table, meeting.interpreter, meeting.status)
        for person_id in (meeting.visiting_person_id, meeting.host_person_id):
            if person_id:
                found[person_id][meeting.uid] = (shown, meeting)
    return found


def changed_people(*, before: ScheduleVersion | None, after: ScheduleVersion) -> dict[int, list[Meeting]]:
    """People whose set of meetings (time, table, interpreter, status) differs; with their new meetings."""
    old, new = _by_person(before), _by_person(after)
    changed = {}
    for person_id in set(old) | set(new):
        if {uid: shown for uid, (shown, _m) in old.get(person_id, {}).items()} != {
                uid: shown for uid, (shown, _m) in new.get(person_id, {}).items()}:
            changed[person_id] = sorted((m for _shown, m in new.get(person_id, {}).values()),
                                        key=lambda m: m.slot.starts_at)
    return changed


def notify_changes(*, before: ScheduleVersion | None, after: ScheduleVersion) -> list[int]:
    """Find who is affected now; one background task writes and sends their e-mails after commit."""
    from trademission.scheduling.tasks import task_send_schedule_notices

    changed = sorted(changed_people(before=before, after=after))
    if changed:
        transaction.on_commit(lambda: task_send_schedule_notices.enqueue(
            before_id=before.pk if before else None, after_id=after.pk, person_ids=changed))
    return changed


def send_notices(*, before: ScheduleVersion | None, after: ScheduleVersion, person_ids: list[int]) -> int:
    changed = changed_people(before=before, after=after)
    people = Person.objects.filter(pk__in=[pk for pk in person_ids if pk in changed]).select_related(
        "user", "organization")
    sent = 0
    for person in people:
        with translation.override(person_language(person)):
            lines = [_meeting_line(meeting, person) for meeting in changed[person.pk]]
            subject = _("Your B2B meetings changed: %(mission)s") % {"mission": after.mission.name}
            body = "\n".join([
                _("Hello %(name)s,") % {"name": person.name}, "",
                _("Your B2B meeting schedule has been updated. Your meetings are now:"), "",
                *(lines or [_("(no meeting)")]), "",
                _("Your agenda and calendar feed show the latest schedule."),
            ])
        sent += deliver_email(recipients=[person.email], subject=subject, body=body)
    return sent


def _meeting_line(meeting: Meeting, person: Person) -> str:
    stop = meeting.slot.session.stop
    local = meeting.slot.starts_at.astimezone(stop.zone)
    partner = meeting.host if person.organization_id == meeting.visiting_id else meeting.visiting
    line = _("%(day)s %(time)s, %(city)s, table %(table)d: %(partner)s") % {
        "day": local.strftime("%Y-%m-%d"), "time": local.strftime("%H:%M"), "city": stop.name,
        "table": meeting.table, "partner": partner.name}
    if meeting.interpreter:
        line += " " + _("(interpreter %(pair)s)") % {"pair": meeting.interpreter}
    if meeting.status != "scheduled":
        line += f" — {meeting.get_status_display()}"
    return line
