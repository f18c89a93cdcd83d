from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import get_object_or_404, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.generic import FormView, TemplateView

from trademission.common.views import MissionPermissionMixin
from trademission.directory.domain.import_fields import IMPORT_FIELDS, guess_mapping
from trademission.directory.domain.importing import check_mapping, import_batch, preview_import
from trademission.directory.enums import ImportStatus
from trademission.directory.interfaces.forms import ImportForm, MappingForm, UploadForm
from trademission.directory.interfaces.spreadsheets import read_spreadsheet
from trademission.directory.models import ImportBatch
from trademission.matchmaking.tasks import task_refresh_embeddings

PREVIEW_ROWS = 10


class ImportUploadView(MissionPermissionMixin, FormView):
    """Step 1: upload an XLSX or CSV file of host-side organizations."""

    template_name = "directory/import_upload.html"
    permission_required = "missions.change_mission"
    form_class = UploadForm

    def get_context_data(self, **kwargs: object) -> dict[str, object]:
        context = super().get_context_data(**kwargs)
        context["batches"] = ImportBatch.objects.filter(mission=self.get_mission()).only(
            "pk", "filename", "status", "created_at", "mission_id")[:20]
        context["fields"] = IMPORT_FIELDS
        return context

    def form_valid(self, form: UploadForm) -> HttpResponse:
        upload = form.cleaned_data["file"]
        try:
            headers, rows = read_spreadsheet(name=upload.name, content=upload.read())
        except ValidationError as error:
            form.add_error("file", error)
            return self.form_invalid(form)
        batch = ImportBatch.objects.create(mission=self.get_mission(), created_by=self.request.user,
                                           filename=upload.name[:200], headers=headers, rows=rows,
                                           mapping=guess_mapping(headers))
        return HttpResponseRedirect(reverse("orga-import-batch", args=[self.get_mission().slug, batch.pk]))


class ImportBatchView(MissionPermissionMixin, TemplateView):
    """Steps 2–4 on one page: map the columns, preview every rejection, import in the chosen mode."""

    template_name = "directory/import_batch.html"
    permission_required = "missions.change_mission"

    def get_batch(self) -> ImportBatch:
        return get_object_or_404(ImportBatch, mission=self.get_mission(), pk=self.kwargs["batch"])

    def get_context_data(self, **kwargs: object) -> dict[str, object]:
        context = super().get_context_data(**kwargs)
        batch = kwargs.get("batch_object") or self.get_batch()
        context["batch"] = batch
        context["sample"] = batch.rows[:PREVIEW_ROWS]
        context.setdefault("mapping_form", MappingForm(headers=batch.headers, initial={
            key: str(index) for key, index in batch.mapping.items()}))
        if batch.status == ImportStatus.UPLOADED:
            try:
                context["preview"] = preview_import(mission=self.get_mission(), headers=batch.headers,
                                                    rows=batch.rows, mapping=batch.mapping)
            except ValidationError as error:
                context["mapping_error"] = " ".join(error.messages)
            context["import_form"] = ImportForm()
        return context

    def post(self, request: HttpRequest, *args: object, **kwargs: object) -> HttpResponse:
        batch = self.get_batch()
        if request.POST.get("step") == "import":
            form = ImportForm(request.POST)
            if form.is_valid():
                try:
                    result = import_batch(batch=batch, mode=form.cleaned_data["mode"])
                except ValidationError as error:
                    messages.error(request, " ".join(error.messages))
                else:
                    if result.imported:
                        # New and changed profiles get their text embeddings from a worker, not this request.
                        task_refresh_embeddings.enqueue(mission_id=batch.mission_id)
                        messages.success(request, _("Imported: %(created)d new, %(updated)d updated.")
                                         % {"created": result.created, "updated": result.updated})
                    else:
                        messages.error(request, _("Nothing was imported: some rows were rejected."))
            return HttpResponseRedirect(request.path)
        form = MappingForm(request.POST, headers=batch.headers)
        if form.is_valid():
            try:
                check_mapping(form.mapping(), batch.headers)
            except ValidationError as error:
                form.add_error(None, error)
            else:
                batch.mapping = form.mapping()
                batch.save(update_fields=["mapping"])
                return HttpResponseRedirect(request.path)
        return render(request, self.template_name, self.get_context_data(batch_object=batch, mapping_form=form))
