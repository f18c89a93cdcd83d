from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import Http404, HttpRequest, HttpResponseRedirect
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.generic import TemplateView, View

from trademission.common.views import MissionPermissionMixin
from trademission.directory.models import Organization
from trademission.matchmaking.domain.eligibility import b2b_eligibility
from trademission.matchmaking.domain.listing import requests_for_organization
from trademission.matchmaking.domain.preferences import set_preference
from trademission.matchmaking.domain.recommendations import recommend_partners
from trademission.matchmaking.domain.requests import accept_request, cancel_request, decline_request, send_request
from trademission.matchmaking.interfaces.forms import AnswerForm, PreferenceForm, RequestForm
from trademission.matchmaking.models import MeetingRequest
from trademission.missions.domain.membership import membership_organization


class OwnOrganizationMixin(MissionPermissionMixin):
    """Views acting for the participant's own organization in the URL's mission."""

    permission_required = "matchmaking.use_matchmaking"

    def get_organization(self) -> Organization | None:
        if not hasattr(self, "_organization"):
            self._organization = membership_organization(user=self.request.user, mission=self.get_mission())
        return self._organization

    def back(self, default: str = "portal-meeting-requests") -> HttpResponseRedirect:
        target = self.request.POST.get("next", "")
        if not target.startswith("/") or target.startswith("//"):
            target = reverse(default, args=[self.get_mission().slug])
        return HttpResponseRedirect(target)


class RecommendationsView(OwnOrganizationMixin, TemplateView):
    template_name = "matchmaking/recommendations.html"

    def get_context_data(self, **kwargs: object) -> dict[str, object]:
        context = super().get_context_data(**kwargs)
        organization = self.get_organization()
        context["organization"] = organization
        if organization is not None:
            context["eligibility"] = b2b_eligibility(organization)
            context["recommendations"] = recommend_partners(organization=organization, limit=20)
            context["active"] = {
                (request.recipient_id if request.requester_id == organization.pk else request.requester_id): request
                for request in requests_for_organization(organization).filter(status__in=["pending", "accepted"])}
            context["preference_form"] = PreferenceForm()
        return context


class MeetingRequestsView(OwnOrganizationMixin, TemplateView):
    """The organization's requests (GET), and sending a new one (POST)."""

    template_name = "matchmaking/requests.html"

    def get_context_data(self, **kwargs: object) -> dict[str, object]:
        context = super().get_context_data(**kwargs)
        organization = self.get_organization()
        context["organization"] = organization
        requests = list(requests_for_organization(organization)) if organization else []
        context["incoming"] = [request for request in requests if request.recipient_id == organization.pk]
        context["outgoing"] = [request for request in requests if request.requester_id == organization.pk]
        context["answer_form"] = AnswerForm()
        return context

    def post(self, request: HttpRequest, *args: object, **kwargs: object) -> HttpResponseRedirect:
        organization = self.get_organization()
        form = RequestForm(request.POST)
        if organization is None or not form.is_valid():
            raise Http404
        recipient = get_object_or_404(Organization, mission=self.get_mission(), pk=form.cleaned_data["recipient"])
        try:
            send_request(requester=organization, recipient=recipient, note=form.cleaned_data["note"],
                         by=request.user)
        except ValidationError as error:
            messages.error(request, " ".join(error.messages))
        else:
            messages.success(request, _("Your request to %(name)s is sent.") % {"name": recipient.name})
        return self.back()


class AnswerRequestView(OwnOrganizationMixin, View):
    """Accept, decline or cancel one request (POST only); the rule is checked against the request."""

    http_method_names = ["post"]

    def post(self, request: HttpRequest, *args: object, **kwargs: object) -> HttpResponseRedirect:
        meeting_request = get_object_or_404(MeetingRequest.objects.select_related("mission"),
                                            mission=self.get_mission(), pk=kwargs["meeting_request"])
        action = kwargs["action"]
        permission = "matchmaking.cancel_request" if action == "cancel" else "matchmaking.answer_request"
        if not request.user.has_perm(permission, meeting_request):
            raise Http404
        reason = AnswerForm(request.POST).data.get("reason", "")
        try:
            if action == "accept":
                accept_request(meeting_request=meeting_request, by=request.user)
                messages.success(request, _("Request accepted."))
            elif action == "decline":
                decline_request(meeting_request=meeting_request, by=request.user, reason=reason)
                messages.success(request, _("Request declined."))
            else:
                cancel_request(meeting_request=meeting_request, by=request.user, reason=reason)
                messages.success(request, _("Request cancelled."))
        except ValidationError as error:
            messages.error(request, " ".join(error.messages))
        return self.back()


class PreferenceView(OwnOrganizationMixin, View):
    http_method_names = ["post"]

    def post(self, request: HttpRequest, *args: object, **kwargs: object) -> HttpResponseRedirect:
        organization = self.get_organization()
        target = get_object_or_404(Organization, mission=self.get_mission(), pk=kwargs["organization"])
        form = PreferenceForm(request.POST)
        if organization is None or not form.is_valid():
            raise Http404
        try:
            set_preference(organization=organization, target=target, level=form.cleaned_data["level"])
        except ValidationError as error:
            messages.error(request, " ".join(error.messages))
        else:
            messages.success(request, _("Preference saved."))
        return self.back("portal-recommendations")
