"""The organizer's schedule pages: sessions, versions (generate, inspect, lock, move, publish, restore)."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import ProtectedError, RestrictedError
from django.http import Http404, HttpRequest, HttpResponse, HttpResponseRedirect, JsonResponse
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.generic import TemplateView, View

from trademission.common.views import MissionPermissionMixin
from trademission.scheduling.domain.moves import move_meeting, move_options, set_locked
from trademission.scheduling.domain.onsite import start_rerun
from trademission.scheduling.domain.publish import live_version, publish_version, restore_version
from trademission.scheduling.domain.report import changes, slot_use, version_meetings
from trademission.scheduling.domain.runs import cancel_run, reap_stale_runs, retry_run, start_run
from trademission.scheduling.domain.sessions import save_session, scheduling_settings, sessions_from_programme
from trademission.scheduling.enums import VersionStatus
from trademission.scheduling.interfaces.forms import GenerateForm, SessionForm, SettingsForm
from trademission.scheduling.models import B2BSession, Meeting, ScheduleVersion, Slot


class ScheduleView(MissionPermissionMixin, TemplateView):
    """Sessions, settings, every version, and the button that generates a new one."""

    template_name = "scheduling/overview.html"
    permission_required = "scheduling.manage_schedule"

    def get_context_data(self, **kwargs: object) -> dict[str, object]:
        context = super().get_context_data(**kwargs)
        mission = self.get_mission()
        reap_stale_runs(mission=mission)  # a run whose worker died shows as failed, ready to run again
        config = scheduling_settings(mission)
        context.update(
            sessions=B2BSession.objects.filter(mission=mission).select_related("stop").prefetch_related("slots"),
            # The list shows numbers and two statistics: leave each version's unscheduled requests (hundreds at
            # mission size) and its base's statistics in the database.
            versions=mission.schedule_versions.select_related("created_by", "base").defer(
                "unscheduled", "error", "base__stats", "base__unscheduled", "base__error"),
            live=live_version(mission), settings_form=kwargs.get("settings_form") or SettingsForm(instance=config),
            generate_form=GenerateForm(initial={"time_limit": config.time_limit}))
        return context

    def post(self, request: HttpRequest, *args: object, **kwargs: object) -> HttpResponse:
        mission = self.get_mission()
        step = request.POST.get("step")
        if step == "settings":
            form = SettingsForm(request.POST, instance=scheduling_settings(mission))
            if not form.is_valid():
                return self.render_to_response(self.get_context_data(settings_form=form))
            form.save()
            messages.success(request, _("Schedule settings saved."))
            return HttpResponseRedirect(request.path)
        if step == "sessions-from-programme":
            created = sessions_from_programme(mission=mission, tables=int(request.POST.get("tables") or 20),
                                              interpreters={}, breaks=[])
            messages.success(request, _("%(count)d sessions created from the programme.") % {"count": len(created)})
            return HttpResponseRedirect(request.path)
        form = GenerateForm(request.POST)
        if not form.is_valid():
            messages.error(request, form.errors.as_text())
            return HttpResponseRedirect(request.path)
        version = start_run(mission=mission, by=request.user, time_limit=form.cleaned_data["time_limit"],
                            seed=form.cleaned_data["seed"])
        return HttpResponseRedirect(reverse("orga-schedule-version", args=[mission.slug, version.number]))


class SessionView(MissionPermissionMixin, TemplateView):
    """Create (``session`` 0) or edit one B2B session; its slots follow."""

    template_name = "scheduling/session.html"
    permission_required = "scheduling.manage_schedule"

    def get_session(self) -> B2BSession:
        if self.kwargs["session"] == 0:
            return B2BSession(mission=self.get_mission(), slot_minutes=20, tables=20)
        return get_object_or_404(B2BSession, mission=self.get_mission(), pk=self.kwargs["session"])

    def get_context_data(self, **kwargs: object) -> dict[str, object]:
        context = super().get_context_data(**kwargs)
        session = self.get_session()
        context.update(session=session, form=kwargs.get("form") or SessionForm(instance=session,
                                                                                 mission=self.get_mission()))
        return context

    def post(self, request: HttpRequest, *args: object, **kwargs: object) -> HttpResponse:
        form = SessionForm(request.POST, instance=self.get_session(), mission=self.get_mission())
        if not form.is_valid():
            return self.render_to_response(self.get_context_data(form=form))
        try:
            session = save_session(session=form.instance)
        except (ProtectedError, RestrictedError):  # a slot still used by a meeting cannot disappear
            messages.error(request, _("The session could not be saved: some of the slots it would remove still "
                                      "hold meetings. Move or cancel those meetings first."))
            return self.render_to_response(self.get_context_data(form=form))
        except ValidationError as error:
            reason = " ".join(error.messages)
            messages.error(request, _("The session could not be saved: %(error)s") % {"error": reason})
            return self.render_to_response(self.get_context_data(form=form))
        messages.success(request, _("Session saved with %(count)d slots.") % {"count": session.slots.count()})
        return HttpResponseRedirect(reverse("orga-schedule", args=[self.get_mission().slug]))


class VersionMixin(MissionPermissionMixin):
    permission_required = "scheduling.manage_schedule"

    def get_version(self) -> ScheduleVersion:
        if self.request.method == "GET":
            reap_stale_runs(mission=self.get_mission())
        return get_object_or_404(ScheduleVersion.objects.select_related("mission", "base"),
                                 mission=self.get_mission(), number=self.kwargs["version"])


class VersionView(VersionMixin, TemplateView):
    """The certificate, fairness, use per slot, unscheduled requests and the meetings of one version."""

    template_name = "scheduling/version.html"

    def get_context_data(self, **kwargs: object) -> dict[str, object]:
        context = super().get_context_data(**kwargs)
        version = self.get_version()
        live = live_version(version.mission)
        finished = version.status not in (VersionStatus.RUNNING, VersionStatus.FAILED, VersionStatus.CANCELLED)
        context.update(version=version, live=live, finished=finished,
                       meetings=version_meetings(version) if finished else [],
                       slots=slot_use(version) if finished else [],
                       changes=changes(before=live, after=version) if finished and live != version else None)
        return context


class VersionProgressView(VersionMixin, View):
    def get(self, request: HttpRequest, *args: object, **kwargs: object) -> JsonResponse:
        version = self.get_version()
        return JsonResponse({"status": version.status, "progress": version.progress, "error": version.error})


class VersionActionView(VersionMixin, View):
    """POST ``action``: publish, restore, rerun (keep locked meetings), cancel or retry a run."""

    http_method_names = ["post"]

    def post(self, request: HttpRequest, *args: object, **kwargs: object) -> HttpResponseRedirect:
        version = self.get_version()
        action = request.POST.get("action")
        target = version
        try:
            if action == "publish":
                notified = publish_version(version=version, by=request.user)
                messages.success(request, _("Version %(number)d is live; %(count)d people notified of changes.")
                                 % {"number": version.number, "count": len(notified)})
            elif action == "restore":
                target = restore_version(version=version, by=request.user)
                messages.success(request, _("Restored as draft version %(number)d.") % {"number": target.number})
            elif action == "rerun":
                target = start_rerun(version=version, by=request.user)
            elif action == "cancel":
                cancel_run(version=version)
            elif action == "retry":
                target = retry_run(version=version, by=request.user)
            else:
                raise Http404
        except ValidationError as error:
            messages.error(request, " ".join(error.messages))
        return HttpResponseRedirect(reverse("orga-schedule-version", args=[version.mission.slug, target.number]))


class MeetingView(VersionMixin, TemplateView):
    """One meeting: the valid slots it can move to; POST moves, locks or unlocks it."""

    template_name = "scheduling/meeting.html"

    def get_meeting(self) -> Meeting:
        return get_object_or_404(Meeting.objects.select_related("version__mission", "visiting", "host", "slot"),
                                 version=self.get_version(), pk=self.kwargs["meeting"])

    def get_context_data(self, **kwargs: object) -> dict[str, object]:
        context = super().get_context_data(**kwargs)
        meeting = self.get_meeting()
        context.update(meeting=meeting, version=meeting.version,
                       options=move_options(meeting) if meeting.version.status == VersionStatus.DRAFT else [])
        return context

    def post(self, request: HttpRequest, *args: object, **kwargs: object) -> HttpResponseRedirect:
        meeting = self.get_meeting()
        action = request.POST.get("action")
        try:
            with transaction.atomic():
                if action in ("lock", "unlock"):
                    set_locked(meeting=meeting, locked=action == "lock")
                elif action == "move":
                    slot = get_object_or_404(Slot, session__mission=self.get_mission(), pk=request.POST.get("slot"))
                    move_meeting(meeting=meeting, slot=slot, by=request.user)
                    messages.success(request, _("Meeting moved to %(slot)s and locked.") % {"slot": slot.key})
                else:
                    raise Http404
        except ValidationError as error:
            messages.error(request, " ".join(error.messages))
            return HttpResponseRedirect(request.path)
        return HttpResponseRedirect(reverse("orga-schedule-version", args=[meeting.version.mission.slug,
                                                                           meeting.version.number]))
