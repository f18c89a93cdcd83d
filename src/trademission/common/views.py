from django.contrib.auth.mixins import PermissionRequiredMixin
from django.shortcuts import get_object_or_404

from trademission.missions.models import Mission


class MissionPermissionMixin(PermissionRequiredMixin):
    """Resolve ``self.mission`` from the URL's slug and check the named rule against it.

    Every mission-scoped view goes through here, so a user's rights always come
    from their membership of that one mission.
    """

    mission_url_kwarg = "mission"

    def get_mission(self) -> Mission:
        if not hasattr(self, "_mission"):
            self._mission = get_object_or_404(Mission, slug=self.kwargs[self.mission_url_kwarg])
        return self._mission

    def get_permission_object(self) -> Mission:
        return self.get_mission()

    def has_permission(self) -> bool:
        perms = self.get_permission_required()
        return self.request.user.has_perms(perms, self.get_permission_object())

    def get_context_data(self, **kwargs: object) -> dict[str, object]:
        context = super().get_context_data(**kwargs)
        context["mission"] = self.get_mission()
        return context
