"""E-mails about meeting requests, each written in its recipient's language."""

from django.conf import settings
from django.utils import translation
from django.utils.translation import gettext as _

from trademission.common.notifications import send_email_later
from trademission.directory.models import Organization
from trademission.matchmaking.models import MeetingRequest

SUPPORTED = {code for code, _name in settings.LANGUAGES}


def person_language(person: object) -> str:
    """The account's chosen language, else the first interface language the person speaks."""
    if person.user_id and person.user.language in SUPPORTED:
        return person.user.language
    return next((code for code in person.languages if code in SUPPORTED), settings.LANGUAGE_CODE)


def notify(organization: Organization, meeting_request: MeetingRequest, kind: str) -> None:
    """One e-mail per representative, so that each reads it in their own language."""
    for person in organization.people.select_related("user"):
        with translation.override(person_language(person)):
            subject, body = _message(meeting_request, kind)
            send_email_later(recipients=[person.email], subject=subject, body=body)


def _message(meeting_request: MeetingRequest, kind: str) -> tuple[str, str]:
    values = {"requester": meeting_request.requester.name, "recipient": meeting_request.recipient.name,
              "mission": meeting_request.mission.name, "note": meeting_request.note or "—",
              "reason": meeting_request.reason or "—",
              "expires": meeting_request.expires_at.strftime("%Y-%m-%d %H:%M UTC")}
    if kind == "received":
        return (_("Meeting request from %(requester)s") % values,
                _("%(requester)s would like to meet you during %(mission)s.\n\nTheir note: %(note)s\n\n"
                  "Please accept or decline before %(expires)s in the portal.") % values)
    if kind == "reminder":
        return (_("Reminder: %(requester)s is waiting for your answer") % values,
                _("%(requester)s asked to meet you during %(mission)s. The request expires on %(expires)s "
                  "unless you answer it in the portal.") % values)
    if kind == "accepted":
        return (_("%(recipient)s accepted your meeting request") % values,
                _("%(recipient)s accepted to meet you during %(mission)s. The meeting will appear in your "
                  "schedule.") % values)
    if kind == "declined":
        return (_("%(recipient)s declined your meeting request") % values,
                _("%(recipient)s declined to meet you during %(mission)s.\n\nTheir reason: %(reason)s") % values)
    if kind == "cancelled":
        return (_("Meeting request cancelled") % values,
                _("The meeting request between %(requester)s and %(recipient)s for %(mission)s was cancelled.")
                % values)
    return (_("Meeting request expired") % values,
            _("The meeting request from %(requester)s to %(recipient)s for %(mission)s expired without an "
              "answer.") % values)
