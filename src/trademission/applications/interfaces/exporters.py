"""Applications with their findings and scores as CSV or XLSX, safe to open in a spreadsheet."""

import csv
import io
from collections.abc import Iterable

from django.utils.translation import gettext as _
from openpyxl import Workbook

from trademission.applications.models import Application
from trademission.common.spreadsheets import neutralize


def headers() -> list[str]:
    return [str(label) for label in (
        _("id"), _("organization"), _("kind"), _("country"), _("province or state"), _("sectors"), _("stops"),
        _("status"), _("screening"), _("findings not met"), _("findings to check"), _("score"), _("reviews"),
        _("representatives"), _("e-mail addresses"), _("language"), _("submitted"), _("B2B meetings"),
    )]


def row(application: Application) -> list[object]:
    def codes(verdict: str) -> str:
        return " ".join(finding["code"] for finding in application.findings if finding["verdict"] == verdict)

    score = getattr(application, "score", None)
    return [
        application.pk, application.organization_name, application.kind, application.country, application.region,
        " ".join(sector.slug for sector in application.sectors.all()),
        " ".join(stop.slug for stop in application.stops.all()),
        application.status, application.outcome, codes("not_met"), codes("unclear"),
        round(score, 1) if score is not None else "", getattr(application, "review_count", 0),
        "; ".join(person["name"] for person in application.representatives),
        "; ".join(application.contact_emails), application.language,
        application.submitted_at.isoformat() if application.submitted_at else "",
        "yes" if application.wants_b2b else "no",
    ]


def rows(applications: Iterable[Application]) -> list[list[object]]:
    return [headers()] + [[neutralize(value) for value in row(application)] for application in applications]


def export_csv(applications: Iterable[Application]) -> bytes:
    buffer = io.StringIO()
    csv.writer(buffer).writerows(rows(applications))
    # A byte-order mark so that Excel reads accents as UTF-8.
    return ("\ufeff" + buffer.getvalue()).encode("utf-8")


def export_xlsx(applications: Iterable[Application]) -> bytes:
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = str(_("Applications"))[:31]
    for values in rows(applications):
        sheet.append(values)
    sheet.freeze_panes = "A2"
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()
