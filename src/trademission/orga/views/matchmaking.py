from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import Http404, HttpRequest, HttpResponseRedirect
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.generic import ListView, TemplateView, View

from trademission.common.views import MissionPermissionMixin
from trademission.directory.domain.profiles import profile_texts, profiles
from trademission.directory.models import Organization
from trademission.matchmaking.domain.eligibility import b2b_eligibility
from trademission.matchmaking.domain.listing import requests_for_mission, requests_for_organization
from trademission.matchmaking.domain.recommendations import recommend_partners
from trademission.matchmaking.domain.requests import (
    accept_request,
    cancel_request,
    decline_request,
    matchmaking_settings,
    send_request,
)
from trademission.matchmaking.enums import RequestStatus
from trademission.matchmaking.interfaces.forms import AnswerForm, OnBehalfRequestForm, SettingsForm
from trademission.matchmaking.models import MeetingRequest
from trademission.portal.views.directory import reader_language


class OrganizationView(MissionPermissionMixin, TemplateView):
    """An organizer's view of one organization: profile, contacts, recommendations and requests."""

    template_name = "matchmaking/orga_organization.html"
    permission_required = "missions.view_directory"

    def get_context_data(self, **kwargs: object) -> dict[str, object]:
        context = super().get_context_data(**kwargs)
        organization = get_object_or_404(profiles(self.get_mission()), pk=self.kwargs["organization"])
        context.update(organization=organization, texts=profile_texts(organization, language=reader_language()),
                       eligibility=b2b_eligibility(organization),
                       recommendations=recommend_partners(organization=organization, limit=10),
                       requests=requests_for_organization(organization))
        return context


class RequestsView(MissionPermissionMixin, ListView):
    """Every request of the mission; organizers create them on anyone's behalf and set the deadline."""

    template_name = "matchmaking/orga_requests.html"
    permission_required = "matchmaking.manage_requests"
    context_object_name = "requests"
    paginate_by = 50

    def get_queryset(self):
        return requests_for_mission(self.get_mission(), status=self.request.GET.get("status", ""))

    def get_context_data(self, **kwargs: object) -> dict[str, object]:
        context = super().get_context_data(**kwargs)
        context.update(statuses=RequestStatus.choices, status=self.request.GET.get("status", ""),
                       create_form=kwargs.get("create_form") or OnBehalfRequestForm(),
                       settings_form=SettingsForm(instance=matchmaking_settings(self.get_mission())),
                       answer_form=AnswerForm())
        return context

    def post(self, request: HttpRequest, *args: object, **kwargs: object) -> HttpResponseRedirect:
        mission = self.get_mission()
        if request.POST.get("step") == "settings":
            form = SettingsForm(request.POST, instance=matchmaking_settings(mission))
            if form.is_valid():
                form.save()
                messages.success(request, _("Matchmaking settings saved."))
            else:
                messages.error(request, _("Check the settings: %(errors)s") % {"errors": form.errors.as_text()})
            return HttpResponseRedirect(request.path)
        form = OnBehalfRequestForm(request.POST)
        if not form.is_valid():
            messages.error(request, form.errors.as_text())
            return HttpResponseRedirect(request.path)
        requester = get_object_or_404(Organization, mission=mission, pk=form.cleaned_data["requester"])
        recipient = get_object_or_404(Organization, mission=mission, pk=form.cleaned_data["recipient"])
        try:
            meeting_request = send_request(requester=requester, recipient=recipient, note=form.cleaned_data["note"],
                                           by=request.user, by_organizer=True)
            if form.cleaned_data["approve"]:
                accept_request(meeting_request=meeting_request, by=request.user, by_organizer=True)
        except ValidationError as error:
            messages.error(request, " ".join(error.messages))
        else:
            messages.success(request, _("Request from %(requester)s to %(recipient)s created.")
                             % {"requester": requester.name, "recipient": recipient.name})
        return HttpResponseRedirect(request.path)


class ActOnRequestView(MissionPermissionMixin, View):
    """Approve (accept on the recipient's behalf), decline or cancel any request of the mission."""

    permission_required = "matchmaking.manage_requests"
    http_method_names = ["post"]

    def post(self, request: HttpRequest, *args: object, **kwargs: object) -> HttpResponseRedirect:
        meeting_request = get_object_or_404(MeetingRequest, mission=self.get_mission(), pk=kwargs["meeting_request"])
        reason = request.POST.get("reason", "")
        actions = {
            "approve": lambda: accept_request(meeting_request=meeting_request, by=request.user, by_organizer=True),
            "decline": lambda: decline_request(meeting_request=meeting_request, by=request.user, reason=reason,
                                               by_organizer=True),
            "cancel": lambda: cancel_request(meeting_request=meeting_request, by=request.user, reason=reason),
        }
        if kwargs["action"] not in actions:
            raise Http404
        try:
            actions[kwargs["action"]]()
        except ValidationError as error:
            messages.error(request, " ".join(error.messages))
        else:
            messages.success(request, _("Request updated."))
        return HttpResponseRedirect(reverse("orga-meeting-requests", args=[self.get_mission().slug]))
