"""Reviewing: the queue, one application's page with its scores (blinded), and the rubric."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.db.models import Count, Exists, OuterRef
from django.forms import modelformset_factory
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.generic import ListView, TemplateView

from trademission.applications.domain.reviews import REVIEWABLE, review_queue, rubric_of, submit_review, visible_reviews
from trademission.applications.domain.selection import decide_applications, withdraw_application
from trademission.applications.enums import DECISIONS, ApplicationStatus
from trademission.applications.models import Review, RubricCriterion
from trademission.common.views import MissionPermissionMixin
from trademission.missions.rules import is_organizer
from trademission.orga.views.applications import application_for, report_decisions


class ReviewQueueView(MissionPermissionMixin, ListView):
    template_name = "orga/applications/queue.html"
    permission_required = "applications.review_applications"
    context_object_name = "applications"
    paginate_by = 50

    def get_queryset(self):
        mine = Review.objects.filter(application=OuterRef("pk"), reviewer=self.request.user)
        return (review_queue(self.get_mission()).prefetch_related("sectors")
                .annotate(review_count=Count("reviews", distinct=True), reviewed_by_me=Exists(mine)))


class ApplicationDetailView(MissionPermissionMixin, TemplateView):
    template_name = "orga/applications/detail.html"
    permission_required = "applications.review_applications"

    def get_context_data(self, **kwargs: object) -> dict[str, object]:
        context = super().get_context_data(**kwargs)
        mission = self.get_mission()
        application = application_for(self, self.kwargs["application"])
        user = self.request.user
        organizer = is_organizer(user, mission) or user.is_superuser
        reviews = list(visible_reviews(application, user=user)) if not user.is_superuser else list(
            application.reviews.select_related("reviewer"))
        own = application.reviews.filter(reviewer=user).first()
        rubric = rubric_of(mission)
        context.update(
            application=application, organizer=organizer, reviews=reviews, own_review=own, rubric=rubric,
            rubric_rows=[(criterion, (own.scores.get(criterion.slug) if own else None)) for criterion in rubric],
            can_review=application.status in REVIEWABLE and bool(rubric),
            hidden_reviews=application.reviews.count() - len(reviews),
            decisions=[(status.value, status.label) for status in DECISIONS],
            changes=application.status_changes.select_related("by").order_by("at", "pk") if organizer else [],
            reviews_required=mission.reviews_required,
        )
        return context

    def post(self, request: HttpRequest, **kwargs: object) -> HttpResponse:
        mission = self.get_mission()
        application = application_for(self, kwargs["application"])
        action = request.POST.get("action")
        organizer = is_organizer(request.user, mission) or request.user.is_superuser
        reason = request.POST.get("reason", "").strip()[:2000]
        if action == "review":
            scores = {criterion.slug: _int(request.POST.get(f"score-{criterion.slug}"))
                      for criterion in rubric_of(mission)}
            try:
                submit_review(application=application, reviewer=request.user, scores=scores,
                              comment=request.POST.get("comment", "")[:5000])
                messages.success(request, _("Your review is saved."))
            except ValidationError as error:
                for message in error.messages:
                    messages.error(request, message)
        elif organizer and action == "withdraw":
            application = withdraw_application(application, by=request.user, reason=reason)
            messages.success(request, _("The application is withdrawn."))
            if application.organization is not None and application.organization.withdrawn_at is not None:
                messages.warning(request, _("%(name)s keeps its place in the live schedule until you repair it; the "
                                            "repair frees its meetings and tells its partners.")
                                 % {"name": application.organization.name})
        elif organizer and action in {status.value for status in DECISIONS}:
            report_decisions(request, decide_applications(mission=mission, applications=[application.pk],
                                                          to=ApplicationStatus(action), by=request.user,
                                                          reason=reason))
        else:
            messages.error(request, _("This action is not available."))
        return redirect("orga-application", mission.slug, application.pk)


def _int(value: str | None) -> int | None:
    return int(value) if value and value.strip().isdigit() else None


RubricFormSet = modelformset_factory(RubricCriterion, fields=["slug", "name_en", "name_fr", "name_es", "weight",
                                                              "max_score", "position"], extra=2, can_delete=True)


class RubricView(MissionPermissionMixin, TemplateView):
    template_name = "orga/applications/rubric.html"
    permission_required = "applications.change_rubric"

    def get_context_data(self, **kwargs: object) -> dict[str, object]:
        context = super().get_context_data(**kwargs)
        context.setdefault("formset", RubricFormSet(queryset=RubricCriterion.objects.filter(
            mission=self.get_mission())))
        return context

    def post(self, request: HttpRequest, **kwargs: object) -> HttpResponse:
        mission = self.get_mission()
        formset = RubricFormSet(request.POST, queryset=RubricCriterion.objects.filter(mission=mission))
        if formset.is_valid():
            for criterion in formset.save(commit=False):
                criterion.mission = mission
                criterion.save()
            for criterion in formset.deleted_objects:
                criterion.delete()
            messages.success(request, _("The rubric is saved."))
            return redirect("orga-rubric", mission.slug)
        return render(request, self.template_name, self.get_context_data(formset=formset), status=400)
