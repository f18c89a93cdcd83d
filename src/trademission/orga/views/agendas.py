"""The organizer reads anyone's agenda, prints it, and prints the table sheets for the venue staff."""

from django.http import Http404, HttpRequest, HttpResponse
from django.urls import reverse
from django.views import View
from django.views.generic import ListView, TemplateView

from trademission.agendas.domain.agendas import itinerary_for, mission_people, mission_person, table_sheets
from trademission.agendas.interfaces.documents import agenda_pdf_response, ics_response, table_sheets_pdf_response
from trademission.common.views import MissionPermissionMixin
from trademission.directory.enums import Side
from trademission.directory.models import Person


class OrganizerAgendaMixin(MissionPermissionMixin):
    permission_required = "agendas.view_agendas"

    def get_person(self) -> Person:
        person = mission_person(mission=self.get_mission(), person_id=self.kwargs["person"])
        if person is None:
            raise Http404
        return person


class AgendaListView(OrganizerAgendaMixin, ListView):
    template_name = "agendas/orga_people.html"
    context_object_name = "people"
    paginate_by = 50  # a mission has hundreds of representatives; the search finds one

    def get_queryset(self):
        return mission_people(mission=self.get_mission(), query=self.request.GET.get("q", "").strip(),
                              side=self.request.GET.get("side", ""))

    def get_context_data(self, **kwargs: object) -> dict[str, object]:
        context = super().get_context_data(**kwargs)
        context.update(filters=self.request.GET, sides=Side.choices)
        return context


class PersonAgendaView(OrganizerAgendaMixin, TemplateView):
    template_name = "agendas/agenda.html"

    def get_context_data(self, **kwargs: object) -> dict[str, object]:
        context = super().get_context_data(**kwargs)
        mission, person = self.get_mission(), self.get_person()
        itinerary = itinerary_for(person, mission=mission)
        context.update(itinerary=itinerary, days=itinerary.days(), profile_url_name="orga-organization",
                       pdf_url=reverse("orga-agenda-pdf", args=[mission.slug, person.pk]),
                       ics_url=reverse("orga-agenda-ics", args=[mission.slug, person.pk]))
        return context


class PersonAgendaPdfView(OrganizerAgendaMixin, View):
    def get(self, request: HttpRequest, *args: object, **kwargs: object) -> HttpResponse:
        return agenda_pdf_response(request, person=self.get_person(), mission=self.get_mission())


class PersonAgendaIcsView(OrganizerAgendaMixin, View):
    def get(self, request: HttpRequest, *args: object, **kwargs: object) -> HttpResponse:
        return ics_response(request, person=self.get_person(), mission=self.get_mission(), subscription=False)


class TableSheetsView(OrganizerAgendaMixin, TemplateView):
    template_name = "agendas/table_sheets.html"

    def get_context_data(self, **kwargs: object) -> dict[str, object]:
        context = super().get_context_data(**kwargs)
        mission = self.get_mission()
        context.update(sheets=table_sheets(mission=mission),
                       pdf_url=reverse("orga-table-sheets-pdf", args=[mission.slug]))
        return context


class TableSheetsPdfView(OrganizerAgendaMixin, View):
    def get(self, request: HttpRequest, *args: object, **kwargs: object) -> HttpResponse:
        return table_sheets_pdf_response(mission=self.get_mission())
