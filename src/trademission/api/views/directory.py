"""Profiles and recommendations over HTTP; the same rules as the portal."""

from django.shortcuts import get_object_or_404
from django.utils.translation import get_language
from drf_spectacular.utils import OpenApiParameter, extend_schema
from rest_framework.exceptions import PermissionDenied
from rest_framework.generics import ListAPIView, RetrieveAPIView
from rest_framework.permissions import IsAuthenticated
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.views import APIView

from trademission.api.permissions import HasMissionPermission, mission_from_url
from trademission.api.serializers.directory import OrganizationSerializer, RecommendationSerializer
from trademission.directory.domain.listing import organizations_for_listing
from trademission.directory.domain.profiles import profile_texts, profiles
from trademission.matchmaking.domain.recommendations import recommend_partners
from trademission.matchmaking.rules import organization_ids_in

FILTERS = ["side", "kind", "sector", "city", "language", "offers", "seeks"]


class MissionScopedMixin:
    permission_classes = [IsAuthenticated, HasMissionPermission]
    mission_permission = "matchmaking.view_matchmaking"

    def may_see_private(self, organization_id: int) -> bool:
        mission = mission_from_url(self)
        user = self.request.user
        return user.has_perm("matchmaking.manage_requests", mission) or organization_id in organization_ids_in(
            user, mission.pk)

    def get_serializer_context(self) -> dict[str, object]:
        context = super().get_serializer_context()
        language = (get_language() or "en").split("-")[0]
        cache: dict[int, dict] = {}
        context["texts"] = lambda org: cache.setdefault(org.pk, profile_texts(org, language=language))
        context["may_see_private"] = lambda org: self.may_see_private(org.pk)
        return context


@extend_schema(tags=["directory"], parameters=[
    OpenApiParameter("q", str, description="Part of the name"), *[OpenApiParameter(name, str) for name in FILTERS]])
class OrganizationListView(MissionScopedMixin, ListAPIView):
    """The mission's organizations on both sides, filtered like the portal's directory."""

    serializer_class = OrganizationSerializer

    def get_queryset(self):
        params = {key: self.request.query_params.get(key, "").strip() for key in FILTERS}
        return (organizations_for_listing(mission_from_url(self), query=self.request.query_params.get("q", ""),
                                          **params).select_related("mission")
                .prefetch_related("subsectors", "people"))


@extend_schema(tags=["directory"])
class OrganizationDetailView(MissionScopedMixin, RetrieveAPIView):
    serializer_class = OrganizationSerializer
    lookup_url_kwarg = "organization"

    def get_queryset(self):
        return profiles(mission_from_url(self))


@extend_schema(tags=["matchmaking"], responses={200: RecommendationSerializer(many=True)},
               parameters=[OpenApiParameter("limit", int, description="How many (1–50, default 10)")])
class RecommendationsView(MissionScopedMixin, APIView):
    """Ranked partners for one organization: its own people and organizers only."""

    def get(self, request: Request, mission: str, organization: int) -> Response:
        mission_object = mission_from_url(self)
        target = get_object_or_404(mission_object.organizations, pk=organization)
        if not self.may_see_private(target.pk):
            raise PermissionDenied
        try:
            limit = min(max(int(request.query_params.get("limit", 10)), 1), 50)
        except ValueError:
            limit = 10
        recommendations = recommend_partners(organization=target, limit=limit)
        return Response([{"organization": item.organization.pk, "score": item.score, "reasons": item.reasons}
                         for item in recommendations])
