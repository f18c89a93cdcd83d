"""Meeting requests over HTTP: list, send, accept, decline, cancel; the same rules as the portal."""

from django.core.exceptions import ValidationError
from django.shortcuts import get_object_or_404
from drf_spectacular.utils import OpenApiParameter, extend_schema
from rest_framework import status
from rest_framework.exceptions import PermissionDenied
from rest_framework.generics import ListAPIView
from rest_framework.permissions import IsAuthenticated
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.views import APIView

from trademission.api.permissions import HasMissionPermission, mission_from_url
from trademission.api.serializers.matchmaking import AnswerInput, MeetingRequestInput, MeetingRequestSerializer
from trademission.matchmaking.domain.listing import requests_for_mission
from trademission.matchmaking.domain.requests import accept_request, cancel_request, decline_request, send_request
from trademission.matchmaking.models import MeetingRequest
from trademission.matchmaking.rules import organization_ids_in


def refusal(error: ValidationError) -> Response:
    return Response({"detail": " ".join(error.messages), "code": getattr(error, "code", "") or "invalid"},
                    status=status.HTTP_400_BAD_REQUEST)


@extend_schema(tags=["matchmaking"])
class MeetingRequestListView(ListAPIView):
    """Requests of the participant's organization (all of the mission's for organizers); POST sends one."""

    permission_classes = [IsAuthenticated, HasMissionPermission]
    mission_permission = "matchmaking.view_matchmaking"
    serializer_class = MeetingRequestSerializer

    def get_queryset(self):
        mission = mission_from_url(self)
        requests = requests_for_mission(mission, status=self.request.query_params.get("status", ""))
        if self.request.user.has_perm("matchmaking.manage_requests", mission):
            return requests
        own = organization_ids_in(self.request.user, mission.pk)
        return requests.filter(requester_id__in=own) | requests.filter(recipient_id__in=own)

    @extend_schema(parameters=[OpenApiParameter("status", str)])
    def get(self, request: Request, *args: object, **kwargs: object) -> Response:
        return super().get(request, *args, **kwargs)

    @extend_schema(request=MeetingRequestInput, responses={201: MeetingRequestSerializer})
    def post(self, request: Request, mission: str) -> Response:
        mission_object = mission_from_url(self)
        data = MeetingRequestInput(data=request.data)
        data.is_valid(raise_exception=True)
        organizer = request.user.has_perm("matchmaking.manage_requests", mission_object)
        own = organization_ids_in(request.user, mission_object.pk)
        requester_id = data.validated_data.get("requester") or (min(own) if len(own) == 1 else None)
        if requester_id is None or not (organizer or requester_id in own):
            raise PermissionDenied
        requester = get_object_or_404(mission_object.organizations, pk=requester_id)
        recipient = get_object_or_404(mission_object.organizations, pk=data.validated_data["recipient"])
        try:
            meeting_request = send_request(requester=requester, recipient=recipient,
                                           note=data.validated_data["note"], by=request.user,
                                           by_organizer=organizer and requester_id not in own)
        except ValidationError as error:
            return refusal(error)
        return Response(MeetingRequestSerializer(meeting_request).data, status=status.HTTP_201_CREATED)


class MeetingRequestActionView(APIView):
    permission_classes = [IsAuthenticated, HasMissionPermission]
    mission_permission = "matchmaking.view_matchmaking"
    action = ""

    @extend_schema(tags=["matchmaking"], request=AnswerInput, responses={200: MeetingRequestSerializer})
    def post(self, request: Request, mission: str, request_id: int) -> Response:
        meeting_request = get_object_or_404(MeetingRequest.objects.select_related("mission"),
                                            mission=mission_from_url(self), pk=request_id)
        permission = "matchmaking.cancel_request" if self.action == "cancel" else "matchmaking.answer_request"
        if not request.user.has_perm(permission, meeting_request):
            raise PermissionDenied
        data = AnswerInput(data=request.data)
        data.is_valid(raise_exception=True)
        on_behalf = meeting_request.recipient_id not in organization_ids_in(request.user, meeting_request.mission_id)
        try:
            if self.action == "accept":
                meeting_request = accept_request(meeting_request=meeting_request, by=request.user,
                                                 by_organizer=on_behalf)
            elif self.action == "decline":
                meeting_request = decline_request(meeting_request=meeting_request, by=request.user,
                                                  reason=data.validated_data["reason"], by_organizer=on_behalf)
            else:
                meeting_request = cancel_request(meeting_request=meeting_request, by=request.user,
                                                 reason=data.validated_data["reason"])
        except ValidationError as error:
            return refusal(error)
        return Response(MeetingRequestSerializer(meeting_request).data)


class AcceptView(MeetingRequestActionView):
    action = "accept"


class DeclineView(MeetingRequestActionView):
    action = "decline"


class CancelView(MeetingRequestActionView):
    action = "cancel"
