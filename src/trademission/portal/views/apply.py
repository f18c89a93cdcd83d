"""The public application form, its private resume link, the status page and withdrawal."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views import View
from django.views.decorators.http import require_POST

from trademission.applications.domain.intake import message_dict
from trademission.applications.domain.selection import withdraw_application
from trademission.applications.domain.submission import registration_closed_message, save_draft, submit_application
from trademission.applications.enums import ApplicationStatus
from trademission.applications.interfaces.forms import ApplicationForm, initial_from
from trademission.applications.models import Application
from trademission.missions.domain.overview import public_missions
from trademission.missions.models import Mission


def _mission(slug: str) -> Mission:
    return get_object_or_404(public_missions(), slug=slug)


def _application(mission: Mission, token: str) -> Application:
    return get_object_or_404(Application.objects.select_related("mission"), mission=mission, token=token)


class ApplyView(View):
    """New application (no token) or a draft resumed from its private link."""

    template_name = "applications/form.html"

    def dispatch(self, request: HttpRequest, *args: object, **kwargs: object) -> HttpResponse:
        self.mission = _mission(kwargs["mission"])
        self.application = _application(self.mission, kwargs["token"]) if "token" in kwargs else None
        if self.application and self.application.status != ApplicationStatus.DRAFT:
            return redirect("application-status", self.mission.slug, self.application.token)
        return super().dispatch(request, *args, **kwargs)

    def render(self, form: ApplicationForm | None, *, status: int = 200) -> HttpResponse:
        context = {"mission": self.mission, "form": form, "application": self.application,
                   "closed": None if self.mission.registration_open else registration_closed_message(self.mission)}
        return render(self.request, self.template_name, context, status=status)

    def get(self, request: HttpRequest, **kwargs: object) -> HttpResponse:
        initial = initial_from(self.application) if self.application else {}
        return self.render(ApplicationForm(mission=self.mission, initial=initial))

    def post(self, request: HttpRequest, **kwargs: object) -> HttpResponse:
        form = ApplicationForm(request.POST, mission=self.mission)
        if not self.mission.registration_open:
            return self.render(None, status=403)
        if not form.is_valid():
            return self.render(form, status=400)
        submitting = request.POST.get("action") == "submit"
        operation = submit_application if submitting else save_draft
        try:
            application = operation(mission=self.mission, data=form.payload(), application=self.application,
                                    default_language=(get_language() or "en").split("-")[0])
        except ValidationError as error:
            form.add_domain_errors(message_dict(error))
            return self.render(form, status=400)
        if submitting:
            messages.success(request, _("Thank you: your application has been submitted. We have sent you a "
                                        "confirmation by e-mail."))
            return redirect("application-status", self.mission.slug, application.token)
        link = request.build_absolute_uri(reverse("application-edit", args=[self.mission.slug, application.token]))
        messages.success(request, _("Your draft is saved. Resume it at any time from this private link (keep it to "
                                    "yourself): %(link)s") % {"link": link})
        return redirect("application-edit", self.mission.slug, application.token)


def application_status(request: HttpRequest, mission: str, token: str) -> HttpResponse:
    mission_object = _mission(mission)
    application = _application(mission_object, token)
    return render(request, "applications/status.html", {
        "mission": mission_object, "application": application,
        "changes": application.status_changes.order_by("at", "pk"),
        "can_withdraw": application.status not in (ApplicationStatus.DRAFT, ApplicationStatus.WITHDRAWN),
    })


@require_POST
def application_withdraw(request: HttpRequest, mission: str, token: str) -> HttpResponse:
    mission_object = _mission(mission)
    application = _application(mission_object, token)
    if application.status == ApplicationStatus.DRAFT:
        raise Http404
    reason = request.POST.get("reason", "").strip()[:2000] or _("Withdrawn by the applicant.")
    withdraw_application(application, by=None, reason=reason)
    messages.success(request, _("Your application has been withdrawn."))
    return redirect("application-status", mission_object.slug, application.token)
