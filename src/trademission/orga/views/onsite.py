"""On site: check-in with search, the QR code's check-in page, meeting outcomes, absences and repair."""

import datetime as dt

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.db.models import Q
from django.http import Http404, HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.generic import TemplateView, View

from trademission.common.views import MissionPermissionMixin
from trademission.directory.models import Person
from trademission.scheduling.domain.onsite import (
    agenda_token,
    check_in,
    person_for_token,
    set_meeting_status,
    start_repair,
    undo_check_in,
    withdraw_attendance,
)
from trademission.scheduling.domain.publish import live_version
from trademission.scheduling.domain.report import meetings_of_person, version_meetings
from trademission.scheduling.enums import MeetingStatus
from trademission.scheduling.interfaces.forms import SearchForm
from trademission.scheduling.models import CheckIn, Meeting

PAGE = 100


class OnsiteView(MissionPermissionMixin, TemplateView):
    """Representatives with their check-in, searchable; the live meetings of a day to mark; repair."""

    template_name = "scheduling/onsite.html"
    permission_required = "scheduling.run_onsite"

    def get_context_data(self, **kwargs: object) -> dict[str, object]:
        context = super().get_context_data(**kwargs)
        mission = self.get_mission()
        form = SearchForm(self.request.GET)
        query = form.cleaned_data["q"].strip() if form.is_valid() else ""
        people = Person.objects.filter(organization__mission=mission).select_related("organization")
        if query:
            people = people.filter(Q(first_name__icontains=query) | Q(last_name__icontains=query)
                                   | Q(email__icontains=query) | Q(organization__name__icontains=query))
        checked = dict(CheckIn.objects.filter(mission=mission).values_list("person_id", "checked_in_at"))
        live = live_version(mission)
        day = self.request.GET.get("day", "")
        meetings = version_meetings(live).filter(slot__session__date=day) if live and day else []
        days = sorted(set(live.meetings.values_list("slot__session__date", flat=True))) if live else []
        context.update(form=form, query=query, people=[(p, checked.get(p.pk)) for p in people[:PAGE]],
                       more=people.count() > PAGE, checked_count=len(checked), live=live, days=days, day=day,
                       meetings=meetings, statuses=MeetingStatus.choices)
        return context

    def post(self, request: HttpRequest, *args: object, **kwargs: object) -> HttpResponseRedirect:
        mission = self.get_mission()
        action = request.POST.get("action")
        try:
            if action == "repair":
                version = start_repair(mission=mission, by=request.user)
                return HttpResponseRedirect(reverse("orga-schedule-version", args=[mission.slug, version.number]))
            person = get_object_or_404(Person, organization__mission=mission, pk=request.POST.get("person"))
            if action == "check-in":
                check_in(person=person, by=request.user)
                messages.success(request, _("%(name)s checked in.") % {"name": person.name})
            elif action == "undo-check-in":
                undo_check_in(person=person)
            elif action == "withdraw":
                day = dt.date.fromisoformat(request.POST.get("day", ""))
                count = withdraw_attendance(person=person, date=day)
                messages.success(request, _("%(name)s withdrawn for %(count)d day(s); repair to free their meetings.")
                                 % {"name": person.name, "count": count})
            else:
                raise Http404
        except (ValidationError, ValueError) as error:
            messages.error(request, " ".join(getattr(error, "messages", [str(error)])))
        return HttpResponseRedirect(request.get_full_path())


class OnsiteMeetingView(MissionPermissionMixin, View):
    """POST ``status``: held, no-show (which side) or cancelled, on the live version."""

    permission_required = "scheduling.run_onsite"
    http_method_names = ["post"]

    def post(self, request: HttpRequest, *args: object, **kwargs: object) -> HttpResponseRedirect:
        meeting = get_object_or_404(Meeting.objects.select_related("version"),
                                    version__mission=self.get_mission(), pk=kwargs["meeting"])
        try:
            set_meeting_status(meeting=meeting, status=request.POST.get("status", ""))
        except ValidationError as error:
            messages.error(request, " ".join(error.messages))
        return HttpResponseRedirect(request.POST.get("next") or reverse("orga-onsite", args=[self.get_mission().slug]))


class CheckInPersonView(MissionPermissionMixin, TemplateView):
    """What the QR code on a printed agenda opens: the person, their meetings today, one check-in button."""

    template_name = "scheduling/checkin_person.html"
    permission_required = "scheduling.run_onsite"

    def get_person(self) -> Person:
        person = person_for_token(mission=self.get_mission(), token=self.kwargs["token"])
        if person is None:
            raise Http404
        return person

    def get_context_data(self, **kwargs: object) -> dict[str, object]:
        context = super().get_context_data(**kwargs)
        person = self.get_person()
        live = live_version(self.get_mission())
        context.update(person=person, check_in=CheckIn.objects.filter(person=person).first(),
                       meetings=meetings_of_person(live, person.pk) if live else [], token=agenda_token(person))
        return context

    def post(self, request: HttpRequest, *args: object, **kwargs: object) -> HttpResponse:
        person = self.get_person()
        check_in(person=person, by=request.user)
        messages.success(request, _("%(name)s checked in.") % {"name": person.name})
        return HttpResponseRedirect(request.path)
