"""The organizer's outcomes: the mission report (page, XLSX, PDF), feedback response rates and reminders,
follow-up surveys, currency rates and action-plan tags."""

from django.contrib import messages
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views import View
from django.views.generic import TemplateView

from trademission.common.views import MissionPermissionMixin
from trademission.missions.models import Mission
from trademission.outcomes.domain.currency import outcome_settings
from trademission.outcomes.domain.feedback import remind_feedback, request_feedback, response_rates
from trademission.outcomes.domain.leads import set_action_plan_tags
from trademission.outcomes.domain.report import Report, mission_report
from trademission.outcomes.domain.surveys import schedule_surveys
from trademission.outcomes.interfaces.charts import bar_chart
from trademission.outcomes.interfaces.exporters import leads_csv, report_pdf, report_xlsx
from trademission.outcomes.interfaces.forms import OutcomeSettingsForm
from trademission.outcomes.models import FollowUpSurvey, Lead


def money(value: object, currency: str) -> str:
    return f"{value:,.2f} {currency}"


def charts(report: Report) -> dict[str, object]:
    by_sector = next(breakdown for breakdown in report.breakdowns if breakdown.key == "sector")
    return {
        "funnel_chart": bar_chart([(stage.label, stage.count, str(stage.count)) for stage in report.funnel],
                                  title=_("Funnel")),
        "satisfaction_chart": bar_chart(
            [(str(score), count, str(count)) for score, count in report.satisfaction.distribution],
            title=_("Usefulness of held meetings (1–5)")),
        "sector_chart": bar_chart([(row.label, row.signed, money(row.signed, report.currency))
                                   for row in by_sector.rows], title=_("Value signed by sector")),
    }


def report_context(mission: Mission) -> dict[str, object]:
    report = mission_report(mission=mission)
    return {"mission": mission, "report": report, "generated_at": timezone.now(), **charts(report)}


def _download(body: bytes, *, content_type: str, filename: str) -> HttpResponse:
    response = HttpResponse(body, content_type=content_type)
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


class ReportView(MissionPermissionMixin, TemplateView):
    template_name = "outcomes/report.html"
    permission_required = "outcomes.view_report"

    def get_context_data(self, **kwargs: object) -> dict[str, object]:
        context = super().get_context_data(**kwargs)
        mission = self.get_mission()
        context.update(report_context(mission), rates=response_rates(mission=mission),
                       surveys=FollowUpSurvey.objects.filter(mission=mission).order_by("months"))
        return context


class ReportXlsxView(MissionPermissionMixin, View):
    permission_required = "outcomes.view_report"

    def get(self, request: HttpRequest, *args: object, **kwargs: object) -> HttpResponse:
        mission = self.get_mission()
        return _download(report_xlsx(mission_report(mission=mission)), filename=f"report-{mission.slug}.xlsx",
                         content_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")


class ReportPdfView(MissionPermissionMixin, View):
    permission_required = "outcomes.view_report"

    def get(self, request: HttpRequest, *args: object, **kwargs: object) -> HttpResponse:
        mission = self.get_mission()
        return _download(report_pdf(report_context(mission)), content_type="application/pdf",
                         filename=f"report-{mission.slug}.pdf")


class LeadsCsvView(MissionPermissionMixin, View):
    permission_required = "outcomes.view_report"

    def get(self, request: HttpRequest, *args: object, **kwargs: object) -> HttpResponse:
        mission = self.get_mission()
        leads = list(Lead.objects.filter(mission=mission).select_related("visiting", "host", "sector")
                     .prefetch_related("tags").order_by("pk"))
        return _download(leads_csv(leads), content_type="text/csv; charset=utf-8", filename=f"leads-{mission.slug}.csv")


class OutcomeActionView(MissionPermissionMixin, View):
    """POST only: ask for feedback, remind the silent, schedule the follow-up surveys."""

    permission_required = "outcomes.manage_outcomes"

    def post(self, request: HttpRequest, *args: object, **kwargs: object) -> HttpResponse:
        mission, action = self.get_mission(), request.POST.get("action", "")
        if action == "request_feedback":
            count = request_feedback(mission=mission)
            messages.success(request, _("Feedback asked of %(count)d participants.") % {"count": count})
        elif action == "remind_feedback":
            count = remind_feedback(mission=mission)
            messages.success(request, _("%(count)d reminders sent.") % {"count": count})
        elif action == "schedule_surveys":
            surveys = schedule_surveys(mission=mission)
            messages.success(request, _("Follow-up surveys scheduled: %(dates)s.") % {
                "dates": ", ".join(f"{survey.due_at:%Y-%m-%d}" for survey in surveys)})
        else:
            messages.error(request, _("Unknown action."))
        return HttpResponseRedirect(reverse("orga-outcomes", args=[mission.slug]))


class OutcomeSettingsView(MissionPermissionMixin, TemplateView):
    template_name = "outcomes/settings.html"
    permission_required = "outcomes.manage_outcomes"

    def get_context_data(self, **kwargs: object) -> dict[str, object]:
        context = super().get_context_data(**kwargs)
        context["form"] = kwargs.get("form") or OutcomeSettingsForm(instance=outcome_settings(self.get_mission()))
        return context

    def post(self, request: HttpRequest, *args: object, **kwargs: object) -> HttpResponse:
        mission = self.get_mission()
        form = OutcomeSettingsForm(request.POST, instance=outcome_settings(mission))
        if not form.is_valid():
            return self.render_to_response(self.get_context_data(form=form))
        form.save()
        set_action_plan_tags(mission=mission, lines=form.cleaned_data["tags"])
        messages.success(request, _("Outcome settings saved."))
        return HttpResponseRedirect(reverse("orga-outcomes", args=[mission.slug]))
