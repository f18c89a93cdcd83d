from django import forms
from django.utils.translation import gettext_lazy as _

from trademission.common.i18n import LANGUAGE_NAMES
from trademission.directory.domain.import_fields import IMPORT_FIELDS
from trademission.directory.enums import ImportMode
from trademission.directory.interfaces.spreadsheets import MAX_UPLOAD_BYTES
from trademission.directory.models import Organization

LANGUAGE_CHOICES = [(code, name) for code, name in LANGUAGE_NAMES.items()]


class ProfileForm(forms.Form):
    """The texts in one language (the editor's) plus the facts that do not depend on language."""

    description = forms.CharField(label=_("Description"), widget=forms.Textarea(attrs={"rows": 4}), required=False,
                                  max_length=2000)
    offers = forms.CharField(label=_("What you offer"), widget=forms.Textarea(attrs={"rows": 3}), required=False,
                             max_length=2000)
    seeks = forms.CharField(label=_("What you seek"), widget=forms.Textarea(attrs={"rows": 3}), required=False,
                            max_length=2000)
    website = forms.URLField(label=_("Website"), required=False, assume_scheme="https")
    employees = forms.IntegerField(label=_("Employees"), required=False, min_value=0)
    languages = forms.MultipleChoiceField(label=_("Working languages"), choices=LANGUAGE_CHOICES,
                                          widget=forms.CheckboxSelectMultiple, required=False)
    subsectors = forms.ModelMultipleChoiceField(label=_("Subsectors"), queryset=None, required=False,
                                                widget=forms.CheckboxSelectMultiple)

    def __init__(self, *args: object, organization: Organization, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)
        from trademission.missions.models import Subsector

        self.fields["subsectors"].queryset = Subsector.objects.filter(
            sector__in=organization.sectors.all()).order_by("sector__slug", "slug")


class UploadForm(forms.Form):
    file = forms.FileField(label=_("Spreadsheet (.xlsx or .csv, at most 5 MB)"),
                           widget=forms.ClearableFileInput(attrs={"accept": ".xlsx,.csv"}))

    def clean_file(self) -> object:
        upload = self.cleaned_data["file"]
        # Refuse before reading: the size is known from the request, the content is checked afterwards.
        if upload.size > MAX_UPLOAD_BYTES:
            raise forms.ValidationError(_("The file is larger than 5 MB."), code="too_large")
        return upload


class MappingForm(forms.Form):
    """One select per field: which column of the file holds it."""

    def __init__(self, *args: object, headers: list[str], **kwargs: object) -> None:
        super().__init__(*args, **kwargs)
        choices = [("", _("— not in the file —")), *[(str(index), header) for index, header in enumerate(headers)]]
        for field in IMPORT_FIELDS:
            self.fields[field.key] = forms.ChoiceField(label=field.label, choices=choices, required=field.required)

    def mapping(self) -> dict[str, int]:
        return {key: int(value) for key, value in self.cleaned_data.items() if value != ""}


class ImportForm(forms.Form):
    mode = forms.ChoiceField(label=_("If some rows are rejected"), choices=ImportMode.choices,
                             widget=forms.RadioSelect, initial=ImportMode.VALID_ROWS)
