"""HTTP answers shared by the portal's and the organizer's agenda views: page context, ICS, PDF."""

import hashlib
import zoneinfo

from django.http import HttpRequest, HttpResponse
from django.template.loader import render_to_string
from django.urls import NoReverseMatch, reverse
from django.utils import timezone, translation
from django.utils.cache import get_conditional_response
from django.utils.text import slugify
from django.utils.translation import gettext as _

from trademission.agendas.domain.agendas import agenda_token, itinerary_for, table_sheets
from trademission.agendas.domain.itinerary import Itinerary
from trademission.agendas.domain.printing import record_agenda_print
from trademission.agendas.interfaces import ics
from trademission.agendas.interfaces.pdf import html_to_pdf, qr_svg, render_pdf
from trademission.directory.models import Person
from trademission.missions.models import Mission


def calendar_name(itinerary: Itinerary, mission: Mission) -> str:
    return _("%(mission)s: agenda of %(name)s") % {"mission": mission.name, "name": itinerary.person_name}


def _links(request: HttpRequest, mission: Mission) -> ics.Links:
    return ics.Links(partner=lambda organization_id: request.build_absolute_uri(
        reverse("portal-organization", args=[mission.slug, organization_id])))


def _filename(person: Person, mission: Mission, extension: str) -> str:
    return f"agenda-{mission.slug}-{slugify(person.name) or person.pk}.{extension}"


def _ics_etag(request: HttpRequest, itinerary: Itinerary, *, name: str, subscription: bool) -> str:
    """A weak validator of the calendar: same items, name, language and host give an equivalent body.

    Weak because a body made later differs in DTSTAMP (and LAST-MODIFIED of the items that have no
    change time), which says nothing new to a calendar app.
    """
    key = repr((itinerary.items, name, subscription, translation.get_language(), request.build_absolute_uri("/")))
    return f'W/"{hashlib.sha256(key.encode()).hexdigest()[:32]}"'


def ics_response(request: HttpRequest, *, person: Person, mission: Mission, subscription: bool) -> HttpResponse:
    itinerary = itinerary_for(person, mission=mission)
    name = calendar_name(itinerary, mission)
    etag = _ics_etag(request, itinerary, name=name, subscription=subscription)
    # Calendar apps poll the feed: one that sends back the ETag gets a 304 when nothing changed, unwritten.
    response = get_conditional_response(request, etag=etag)
    if response is None:
        writer = ics.feed if subscription else ics.download
        body = writer(itinerary, name=name, now=timezone.now(), links=_links(request, mission))
        response = HttpResponse(body.encode(), content_type="text/calendar; charset=utf-8")
        disposition = "inline" if subscription else "attachment"
        response["Content-Disposition"] = f'{disposition}; filename="{_filename(person, mission, "ics")}"'
    response["ETag"] = etag
    # The feed is private to its token: never kept by shared caches.
    response["Cache-Control"] = "private, no-cache"
    return response


def feed_urls(request: HttpRequest, *, person: Person, mission: Mission) -> dict[str, str]:
    url = request.build_absolute_uri(reverse("portal-agenda-feed", args=[mission.slug, agenda_token(person=person)]))
    return {"feed_url": url, "webcal_url": "webcal://" + url.split("://", 1)[1]}


def checkin_url(request: HttpRequest, *, person: Person, mission: Mission) -> str | None:
    try:
        return request.build_absolute_uri(reverse("orga-checkin-person",
                                                  args=[mission.slug, agenda_token(person=person)]))
    except NoReverseMatch:  # the on-site screens are not installed
        return None


def agenda_print_html(request: HttpRequest, *, person: Person, mission: Mission) -> str:
    """The printable agenda, marking what changed since the previous print, which it then records."""
    now = timezone.now()
    itinerary = itinerary_for(person, mission=mission)
    previous = record_agenda_print(person=person, at=now)
    url = checkin_url(request, person=person, mission=mission)
    zone = zoneinfo.ZoneInfo(mission.time_zone)
    return render_to_string("agendas/agenda_print.html", {
        "mission": mission, "itinerary": itinerary, "days": itinerary.days(changed_since=previous),
        "printed_at": now.astimezone(zone), "previous_print": previous.astimezone(zone) if previous else None,
        "qr_code": qr_svg(url) if url else None})


def agenda_pdf_response(request: HttpRequest, *, person: Person, mission: Mission) -> HttpResponse:
    response = HttpResponse(html_to_pdf(agenda_print_html(request, person=person, mission=mission)),
                            content_type="application/pdf")
    response["Content-Disposition"] = f'attachment; filename="{_filename(person, mission, "pdf")}"'
    return response


def table_sheets_pdf_response(*, mission: Mission) -> HttpResponse:
    context = {"mission": mission, "sheets": table_sheets(mission=mission)}
    response = HttpResponse(render_pdf("agendas/table_sheets_print.html", context), content_type="application/pdf")
    response["Content-Disposition"] = f'attachment; filename="tables-{mission.slug}.pdf"'
    return response
