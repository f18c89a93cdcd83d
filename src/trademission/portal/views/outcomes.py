"""A participant's outcomes: feedback on their held meetings, their leads and deals, the follow-up survey.

Feedback and survey links from e-mails carry a private token and need no login; the token opens
its own feedback (or its organization's deals) in its own mission and nothing else.
"""

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404, HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.generic import TemplateView

from trademission.common.views import MissionPermissionMixin
from trademission.directory.models import Organization
from trademission.missions.models import Mission
from trademission.outcomes.domain.common import held_meetings
from trademission.outcomes.domain.feedback import feedback_for, feedback_for_token, give_feedback, side_of
from trademission.outcomes.domain.leads import lead_for_meeting, open_lead, organization_leads, update_lead
from trademission.outcomes.domain.participants import organization_of_user, organization_outcomes
from trademission.outcomes.domain.surveys import answer_survey, invitation_for_token
from trademission.outcomes.interfaces.forms import FeedbackForm, LeadForm
from trademission.outcomes.models import Feedback, Lead
from trademission.scheduling.models import Meeting


def error_text(error: ValidationError | PermissionDenied) -> str:
    return " ".join(getattr(error, "messages", None) or [str(error)])


class OwnOutcomesMixin(MissionPermissionMixin):
    permission_required = "outcomes.view_own_outcomes"

    def get_organization(self) -> Organization:
        if not hasattr(self, "_organization"):
            self._organization = organization_of_user(user=self.request.user, mission=self.get_mission())
            if self._organization is None:
                raise Http404
        return self._organization


class OutcomesView(OwnOutcomesMixin, TemplateView):
    template_name = "outcomes/participant.html"

    def get_context_data(self, **kwargs: object) -> dict[str, object]:
        context = super().get_context_data(**kwargs)
        organization = self.get_organization()
        context.update(organization=organization, rows=organization_outcomes(organization=organization))
        return context


class MeetingMixin(OwnOutcomesMixin):
    """The held meeting in the URL; only its two sides pass (the named rule ``outcomes.give_feedback``)."""

    def get_meeting(self) -> Meeting:
        if not hasattr(self, "_meeting"):
            meeting = get_object_or_404(held_meetings(self.get_mission()).select_related(
                "version", "visiting", "host", "slot__session__stop"), pk=self.kwargs["meeting"])
            if not self.request.user.has_perm("outcomes.give_feedback", meeting):
                raise PermissionDenied
            self._meeting = meeting
        return self._meeting

    def get_side(self) -> str:
        side = side_of(user=self.request.user, meeting=self.get_meeting())
        if side is None:  # a superuser passes every rule but speaks for no side
            raise Http404
        return side

    def back(self) -> HttpResponseRedirect:
        return HttpResponseRedirect(reverse("portal-outcomes", args=[self.get_mission().slug]))


class FeedbackView(MeetingMixin, TemplateView):
    template_name = "outcomes/feedback.html"

    def get_feedback(self) -> Feedback:
        return feedback_for(meeting=self.get_meeting(), side=self.get_side())

    def get_context_data(self, **kwargs: object) -> dict[str, object]:
        context = super().get_context_data(**kwargs)
        feedback = self.get_feedback()
        context.update(meeting=self.get_meeting(), feedback=feedback,
                       form=kwargs.get("form") or FeedbackForm(initial=_initial(feedback)))
        return context

    def post(self, request: HttpRequest, *args: object, **kwargs: object) -> HttpResponse:
        form = FeedbackForm(request.POST)
        if not form.is_valid():
            return self.render_to_response(self.get_context_data(form=form))
        give_feedback(feedback=self.get_feedback(), by=request.user, **form.cleaned_data)
        messages.success(request, _("Thank you: your feedback is saved."))
        return self.back()


def _initial(feedback: Feedback) -> dict[str, object]:
    if feedback.answered_at is None:
        return {}
    return {"usefulness": feedback.usefulness, "next_step": feedback.next_step, "comment": feedback.comment}


class LeadView(MeetingMixin, TemplateView):
    """Record what the meeting became, or move the deal along."""

    template_name = "outcomes/lead.html"

    def get_lead(self) -> Lead | None:
        self.get_side()
        return lead_for_meeting(self.get_meeting())

    def get_context_data(self, **kwargs: object) -> dict[str, object]:
        context = super().get_context_data(**kwargs)
        lead = self.get_lead()
        context.update(meeting=self.get_meeting(), lead=lead,
                       form=kwargs.get("form") or LeadForm(mission=self.get_mission(), lead=lead))
        return context

    def post(self, request: HttpRequest, *args: object, **kwargs: object) -> HttpResponse:
        lead = self.get_lead()
        form = LeadForm(request.POST, mission=self.get_mission(), lead=lead)
        if form.is_valid():
            try:
                if lead is None:
                    open_lead(meeting=self.get_meeting(), by=request.user, **form.values())
                else:
                    update_lead(lead=lead, by=request.user, **form.values())
            except ValidationError as error:
                form.add_error(None, error_text(error))
            else:
                messages.success(request, _("The deal is saved."))
                return self.back()
        return self.render_to_response(self.get_context_data(form=form))


class FeedbackTokenView(TemplateView):
    """The e-mailed feedback link: no login, the token is the credential."""

    template_name = "outcomes/feedback.html"

    def get_feedback(self) -> Feedback:
        mission = get_object_or_404(Mission, slug=self.kwargs["mission"])
        feedback = feedback_for_token(mission=mission, token=self.kwargs["token"])
        if feedback is None:
            raise Http404
        return feedback

    def get_context_data(self, **kwargs: object) -> dict[str, object]:
        context = super().get_context_data(**kwargs)
        feedback = kwargs.get("feedback") or self.get_feedback()
        context.update(mission=feedback.mission, meeting=feedback.meeting, feedback=feedback, by_token=True,
                       form=kwargs.get("form") or FeedbackForm(initial=_initial(feedback)))
        return context

    def post(self, request: HttpRequest, *args: object, **kwargs: object) -> HttpResponse:
        feedback = self.get_feedback()
        form = FeedbackForm(request.POST)
        if form.is_valid():
            give_feedback(feedback=feedback, by=request.user, **form.cleaned_data)
            messages.success(request, _("Thank you: your feedback is saved."))
            return HttpResponseRedirect(request.path)
        return self.render_to_response(self.get_context_data(form=form, feedback=feedback))


class SurveyView(TemplateView):
    """The follow-up survey link: the organization's deals, each updatable, or 'nothing has changed'."""

    template_name = "outcomes/survey.html"

    def get_invitation(self):
        mission = get_object_or_404(Mission, slug=self.kwargs["mission"])
        invitation = invitation_for_token(mission=mission, token=self.kwargs["token"])
        if invitation is None:
            raise Http404
        return invitation

    def get_context_data(self, **kwargs: object) -> dict[str, object]:
        context = super().get_context_data(**kwargs)
        invitation = kwargs.get("invitation") or self.get_invitation()
        mission = invitation.survey.mission
        forms = kwargs.get("forms") or {}
        leads = list(organization_leads(organization=invitation.person.organization))
        items = [(lead, forms.get(lead.pk) or LeadForm(mission=mission, lead=lead, prefix=f"lead-{lead.pk}"))
                 for lead in leads]
        context.update(mission=mission, invitation=invitation, organization=invitation.person.organization,
                       items=items)
        return context

    def post(self, request: HttpRequest, *args: object, **kwargs: object) -> HttpResponse:
        invitation = self.get_invitation()
        mission = invitation.survey.mission
        if "unchanged" in request.POST:
            answer_survey(invitation=invitation)
            messages.success(request, _("Thank you: nothing has changed."))
            return HttpResponseRedirect(request.path)
        lead_id = request.POST.get("lead", "")
        lead = get_object_or_404(organization_leads(organization=invitation.person.organization),
                                 pk=int(lead_id) if lead_id.isdigit() else 0)
        form = LeadForm(request.POST, mission=mission, lead=lead, prefix=f"lead-{lead.pk}")
        if form.is_valid():
            try:
                update_lead(lead=lead, by=request.user, **form.values())
            except ValidationError as error:
                form.add_error(None, error_text(error))
            else:
                answer_survey(invitation=invitation)
                messages.success(request, _("The deal is saved."))
                return HttpResponseRedirect(request.path)
        return self.render_to_response(self.get_context_data(invitation=invitation, forms={lead.pk: form}))
