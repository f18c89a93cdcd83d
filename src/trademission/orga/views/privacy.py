"""The organizer's privacy page: when the mission's personal data may be purged, what would go, and the purge."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import HttpResponse, HttpResponseRedirect
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.generic import FormView

from trademission.common.views import MissionPermissionMixin
from trademission.privacy.domain.purge import KINDS, purge_mission, purge_preview
from trademission.privacy.domain.retention import can_purge, purge_possible_from
from trademission.privacy.interfaces.forms import PurgeConfirmationForm


class PrivacyView(MissionPermissionMixin, FormView):
    template_name = "orga/privacy.html"
    permission_required = "missions.purge_personal_data"
    form_class = PurgeConfirmationForm

    def get_form_kwargs(self) -> dict[str, object]:
        return {**super().get_form_kwargs(), "mission": self.get_mission()}

    def get_context_data(self, **kwargs: object) -> dict[str, object]:
        context = super().get_context_data(**kwargs)
        mission = self.get_mission()
        counts = purge_preview(mission)
        context.update(
            possible_from=purge_possible_from(mission), can_purge=can_purge(mission, now=timezone.now()),
            rows=[(label, counts[kind]) for kind, label in KINDS], remaining=sum(counts.values()),
            purges=mission.personal_data_purges.select_related("by"),
        )
        return context

    def form_valid(self, form: PurgeConfirmationForm) -> HttpResponse:
        mission = self.get_mission()
        try:
            record = purge_mission(mission, by=self.request.user)
        except ValidationError as error:
            form.add_error(None, error)
            return self.form_invalid(form)
        messages.success(self.request, _("Personal data purged: %(count)d records removed or anonymized.")
                         % {"count": sum(record.counts.values())})
        return HttpResponseRedirect(reverse("orga-privacy", args=[mission.slug]))
