"""Applications over HTTP: anyone may submit; only the applicant (token) and organizers may read."""

import secrets

from django.core.exceptions import ValidationError
from django.shortcuts import get_object_or_404
from django.urls import reverse
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter, OpenApiResponse, extend_schema
from rest_framework import status
from rest_framework.exceptions import PermissionDenied
from rest_framework.permissions import AllowAny
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.views import APIView

from trademission.api.permissions import mission_from_url
from trademission.api.serializers.applications import (
    ApplicationCreated,
    ApplicationInput,
    ApplicationOutput,
    application_output,
)
from trademission.applications.domain.intake import message_dict
from trademission.applications.domain.listing import applications_for_listing
from trademission.applications.domain.submission import submit_application
from trademission.applications.models import Application

TOKEN_HEADER = "X-Application-Token"  # noqa: S105 - a header name, not a secret
ERRORS = OpenApiResponse(OpenApiTypes.OBJECT, description="Per-field messages keyed by the field's path, e.g. "
                         '{"organization.name": ["This field is required."]}; after the deadline, {"deadline": […]}.')


def may_manage(request: Request, view: APIView) -> bool:
    return request.user.has_perm("applications.manage_applications", mission_from_url(view))


class ApplicationCollectionView(APIView):
    permission_classes = [AllowAny]

    @extend_schema(operation_id="applications_create", request=ApplicationInput,
                   responses={201: ApplicationCreated, 400: ERRORS, 404: None}, tags=["applications"],
                   description="Submit an application (anonymous allowed). Same rules as the web form: unknown keys "
                               "are ignored; wrong types and missing required fields give 400 with per-field "
                               "messages. The answer carries the automatic screening's findings in the applicant's "
                               "language and the private token that reads the application back.")
    def post(self, request: Request, mission: str) -> Response:
        mission_object = mission_from_url(self)
        language = (getattr(request, "LANGUAGE_CODE", "") or "en").split("-")[0]
        try:
            application = submit_application(mission=mission_object, data=request.data, default_language=language)
        except ValidationError as error:
            return Response(message_dict(error), status=status.HTTP_400_BAD_REQUEST)
        body = application_output(application)
        body["token"] = application.token
        body["url"] = request.build_absolute_uri(reverse("application-status",
                                                         args=[mission_object.slug, application.token]))
        return Response(body, status=status.HTTP_201_CREATED)

    @extend_schema(operation_id="applications_list", responses={200: ApplicationOutput(many=True)},
                   tags=["applications"], description="The mission's submitted applications, ranked (organizers).")
    def get(self, request: Request, mission: str) -> Response:
        if not may_manage(request, self):
            raise PermissionDenied
        applications = applications_for_listing(mission_from_url(self))
        return Response([application_output(application) for application in applications])


class ApplicationResourceView(APIView):
    permission_classes = [AllowAny]

    @extend_schema(
        operation_id="applications_retrieve", responses={200: ApplicationOutput, 403: None, 404: None},
        tags=["applications"],
        parameters=[OpenApiParameter("token", str, OpenApiParameter.QUERY, required=False,
                                     description="The private token returned at submission."),
                    OpenApiParameter(TOKEN_HEADER, str, OpenApiParameter.HEADER, required=False,
                                     description="The private token, as a header instead of the query.")],
        description="One application, for the applicant (with its private token) or an organizer of the mission.",
    )
    def get(self, request: Request, mission: str, application: int) -> Response:
        application_object = get_object_or_404(Application, mission=mission_from_url(self), pk=application)
        token = request.headers.get(TOKEN_HEADER) or request.query_params.get("token") or ""
        if not (secrets.compare_digest(token, application_object.token) or may_manage(request, self)):
            raise PermissionDenied
        return Response(application_output(application_object))
