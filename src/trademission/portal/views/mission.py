from django.contrib.auth.mixins import LoginRequiredMixin
from django.views.generic import ListView, TemplateView

from trademission.common.views import MissionPermissionMixin
from trademission.missions.domain.membership import membership_organization, missions_with_role
from trademission.missions.domain.overview import stops_with_programme
from trademission.missions.enums import Role


class PortalHomeView(LoginRequiredMixin, ListView):
    template_name = "portal/portal_home.html"
    context_object_name = "missions"

    def get_queryset(self):
        return missions_with_role(self.request.user, [Role.DELEGATE, Role.HOST])


class PortalMissionView(MissionPermissionMixin, TemplateView):
    template_name = "portal/portal_mission.html"
    permission_required = "missions.view_portal"

    def get_context_data(self, **kwargs: object) -> dict[str, object]:
        context = super().get_context_data(**kwargs)
        mission = self.get_mission()
        organization = membership_organization(user=self.request.user, mission=mission)
        context["organization"] = organization
        context["people"] = organization.people.all() if organization else []
        context["stops"] = stops_with_programme(mission)
        return context
