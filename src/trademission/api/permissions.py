from django.shortcuts import get_object_or_404
from rest_framework.permissions import BasePermission
from rest_framework.request import Request
from rest_framework.views import APIView

from trademission.missions.models import Mission


def mission_from_url(view: APIView) -> Mission:
    """The mission named by the URL's ``mission`` slug, looked up once per request."""
    if not hasattr(view, "_mission"):
        view._mission = get_object_or_404(Mission, slug=view.kwargs["mission"])
    return view._mission


class HasMissionPermission(BasePermission):
    """Checks the view's ``mission_permission`` (a named rule) against the URL's mission."""

    def has_permission(self, request: Request, view: APIView) -> bool:
        permission = getattr(view, "mission_permission", None)
        if permission is None:
            return False
        return request.user.has_perm(permission, mission_from_url(view))
