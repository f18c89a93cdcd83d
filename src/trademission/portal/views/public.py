from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404
from django.views.generic import DetailView, ListView

from trademission.missions.domain.overview import public_missions, sectors_with_subsectors, stops_with_programme
from trademission.missions.models import Mission


class HomeView(ListView):
    template_name = "portal/home.html"
    context_object_name = "missions"

    def get_queryset(self):
        return public_missions()


class MissionPublicView(DetailView):
    template_name = "portal/mission_public.html"
    context_object_name = "mission"

    def get_object(self, queryset=None) -> Mission:
        return get_object_or_404(public_missions(), slug=self.kwargs["mission"])

    def get_context_data(self, **kwargs: object) -> dict[str, object]:
        context = super().get_context_data(**kwargs)
        context["stops"] = stops_with_programme(self.object)
        context["sectors"] = sectors_with_subsectors(self.object)
        return context


def healthz(_request: HttpRequest) -> HttpResponse:
    return HttpResponse("ok", content_type="text/plain")
