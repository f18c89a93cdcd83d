"""The published schedule over HTTP: every meeting for organizers, their organization's for participants."""

from django.db.models import Q
from drf_spectacular.utils import extend_schema
from rest_framework.permissions import IsAuthenticated
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.views import APIView

from trademission.api.permissions import HasMissionPermission, mission_from_url
from trademission.api.serializers.scheduling import PublishedScheduleSerializer
from trademission.matchmaking.rules import organization_ids_in
from trademission.scheduling.domain.publish import live_version
from trademission.scheduling.domain.report import version_meetings


@extend_schema(tags=["scheduling"])
class PublishedScheduleView(APIView):
    permission_classes = [IsAuthenticated, HasMissionPermission]
    mission_permission = "matchmaking.view_matchmaking"

    @extend_schema(responses=PublishedScheduleSerializer)
    def get(self, request: Request, mission: str) -> Response:
        mission_object = mission_from_url(self)
        live = live_version(mission_object)
        meetings = version_meetings(live) if live else []
        if live and not request.user.has_perm("scheduling.view_schedule", mission_object):
            own = organization_ids_in(request.user, mission_object.pk)
            meetings = meetings.filter(Q(visiting_id__in=own) | Q(host_id__in=own))
        return Response(PublishedScheduleSerializer({"version": live, "meetings": meetings}).data)
