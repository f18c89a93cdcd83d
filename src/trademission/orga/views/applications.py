"""The organizer's applications: ranked list with filters and bulk decisions, detail, exports."""

from django.contrib import messages
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views import View
from django.views.generic import ListView

from trademission.applications.domain.listing import applications_for_listing, regions_of
from trademission.applications.domain.selection import capacity_usage, decide_applications
from trademission.applications.enums import DECISIONS, ApplicationStatus, Outcome
from trademission.applications.interfaces.exporters import export_csv, export_xlsx
from trademission.applications.models import Application
from trademission.common.views import MissionPermissionMixin
from trademission.directory.enums import OrganizationKind

FILTERS = ("sector", "stop", "region", "kind", "status", "outcome")


def filtered(view: MissionPermissionMixin):
    params = view.request.GET
    return applications_for_listing(view.get_mission(), **{name: params.get(name, "").strip() for name in FILTERS})


def report_decisions(request: HttpRequest, result) -> None:
    if result.changed:
        messages.success(request, _("%(count)d applications updated.") % {"count": len(result.changed)})
    for application, reason in result.refused:
        messages.error(request, f"{application}: {reason}")


class ApplicationListView(MissionPermissionMixin, ListView):
    template_name = "orga/applications/list.html"
    permission_required = "applications.manage_applications"
    context_object_name = "applications"
    paginate_by = 50

    def get_queryset(self):
        return filtered(self)

    def get_context_data(self, **kwargs: object) -> dict[str, object]:
        context = super().get_context_data(**kwargs)
        mission = self.get_mission()
        context.update(
            filters=self.request.GET, kinds=OrganizationKind.choices, statuses=ApplicationStatus.choices,
            outcomes=Outcome.choices, sectors=mission.sectors.order_by("slug"),
            stops=mission.stops.order_by("start_date", "slug"), regions=regions_of(mission),
            decisions=[(status.value, status.label) for status in DECISIONS], capacity=capacity_usage(mission),
            query=self.request.GET.urlencode(),
        )
        return context

    def post(self, request: HttpRequest, **kwargs: object) -> HttpResponse:
        decision = request.POST.get("decision", "")
        ids = [int(value) for value in request.POST.getlist("applications") if value.isdigit()]
        if decision not in {status.value for status in DECISIONS} or not ids:
            messages.error(request, _("Choose applications and a decision."))
        else:
            result = decide_applications(mission=self.get_mission(), applications=ids, to=ApplicationStatus(decision),
                                         by=request.user, reason=request.POST.get("reason", "").strip()[:2000])
            report_decisions(request, result)
        query = request.POST.get("query", "")
        url = reverse("orga-applications", args=[self.get_mission().slug])
        return HttpResponseRedirect(f"{url}?{query}" if query else url)


class ApplicationExportView(MissionPermissionMixin, View):
    permission_required = "applications.manage_applications"
    formats = {
        "csv": ("text/csv; charset=utf-8", export_csv),
        "xlsx": ("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", export_xlsx),
    }

    def get(self, request: HttpRequest, mission: str, fmt: str) -> HttpResponse:
        content_type, export = self.formats[fmt]
        response = HttpResponse(export(filtered(self)), content_type=content_type)
        response["Content-Disposition"] = f'attachment; filename="applications-{self.get_mission().slug}.{fmt}"'
        return response


def application_for(view: MissionPermissionMixin, pk: int) -> Application:
    return get_object_or_404(Application.objects.exclude(status=ApplicationStatus.DRAFT)
                             .prefetch_related("sectors", "subsectors", "stops"),
                             mission=view.get_mission(), pk=pk)
