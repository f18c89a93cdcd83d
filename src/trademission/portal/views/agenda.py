"""A participant's own agenda: the page, the ICS download and PDF, and the private subscription feed."""

from django.http import Http404, HttpRequest, HttpResponse
from django.urls import reverse
from django.utils import translation
from django.views import View
from django.views.generic import TemplateView

from trademission.agendas.domain.agendas import feed_person, itinerary_for, person_of_user
from trademission.agendas.interfaces.documents import agenda_pdf_response, feed_urls, ics_response
from trademission.common.views import MissionPermissionMixin
from trademission.directory.models import Person


class OwnAgendaMixin(MissionPermissionMixin):
    permission_required = "agendas.view_own_agenda"

    def get_person(self) -> Person:
        if not hasattr(self, "_person"):
            self._person = person_of_user(user=self.request.user, mission=self.get_mission())
            if self._person is None:
                raise Http404
        return self._person


class AgendaView(OwnAgendaMixin, TemplateView):
    template_name = "agendas/agenda.html"

    def get_context_data(self, **kwargs: object) -> dict[str, object]:
        context = super().get_context_data(**kwargs)
        mission, person = self.get_mission(), self.get_person()
        itinerary = itinerary_for(person, mission=mission)
        context.update(itinerary=itinerary, days=itinerary.days(), profile_url_name="portal-organization",
                       pdf_url=reverse("portal-agenda-pdf", args=[mission.slug]),
                       ics_url=reverse("portal-agenda-ics", args=[mission.slug]),
                       **feed_urls(self.request, person=person, mission=mission))
        return context


class AgendaIcsView(OwnAgendaMixin, View):
    def get(self, request: HttpRequest, *args: object, **kwargs: object) -> HttpResponse:
        return ics_response(request, person=self.get_person(), mission=self.get_mission(), subscription=False)


class AgendaPdfView(OwnAgendaMixin, View):
    def get(self, request: HttpRequest, *args: object, **kwargs: object) -> HttpResponse:
        return agenda_pdf_response(request, person=self.get_person(), mission=self.get_mission())


class AgendaFeedView(View):
    """The subscription feed: the private token in the URL is the only credential."""

    def get(self, request: HttpRequest, *args: object, **kwargs: object) -> HttpResponse:
        person = feed_person(mission_slug=kwargs["mission"], token=kwargs["token"])
        if person is None:  # an unknown mission or token, or a token of another mission
            raise Http404
        mission = person.organization.mission
        # Calendar apps send no session: write in the language the person chose for their account.
        language = getattr(person.user, "language", "") or translation.get_language()
        with translation.override(language):
            return ics_response(request, person=person, mission=mission, subscription=True)
