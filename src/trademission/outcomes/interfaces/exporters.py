"""The mission report as an XLSX workbook and a PDF, and the leads as CSV: safe to open in a spreadsheet."""

import csv
import io
from decimal import Decimal

from django.template.loader import render_to_string
from django.utils.translation import gettext as _
from openpyxl import Workbook

from trademission.common.spreadsheets import neutralize
from trademission.outcomes.domain.report import Report
from trademission.outcomes.models import Lead


def _rate(value: Decimal | None) -> Decimal | str:
    return value if value is not None else ""


def report_sheets(report: Report) -> list[tuple[str, list[list[object]]]]:
    """The report as named tables: what both the workbook and the tests read."""
    currency = report.currency
    funnel = [[_("Stage"), _("Count"), _("Rate (%)"), _("Measured against")]]
    labels = {stage.key: stage.label for stage in report.funnel}
    funnel += [[stage.label, stage.count, _rate(stage.rate), labels.get(stage.base, "")] for stage in report.funnel]
    funnel += [[], [_("Value signed (%(currency)s)") % {"currency": currency}, report.value_signed],
               [_("Value in pipeline (%(currency)s)") % {"currency": currency}, report.value_pipeline]]
    funnel += [[_("Lead stage"), _("Leads")]] + [[label, count] for _key, label, count in report.stages]
    breakdowns = []
    for breakdown in report.breakdowns:
        breakdowns += [[breakdown.title], [
            "", _("Scheduled"), _("Held"), _("No-shows"), _("Leads"), _("Contracts"),
            _("Signed (%(currency)s)") % {"currency": currency}, _("Pipeline (%(currency)s)") % {"currency": currency}]]
        for row in breakdown.rows:
            meetings = [row.scheduled, row.held, row.no_shows] if breakdown.meetings else ["", "", ""]
            breakdowns.append([row.label, *meetings, row.leads, row.contracts, row.signed, row.pipeline])
        breakdowns.append([])
    satisfaction = report.satisfaction
    feedback = [[_("Answers"), satisfaction.answered], [_("Expected"), satisfaction.expected],
                [_("Response rate (%)"), _rate(satisfaction.response_rate)],
                [_("Average usefulness"), _rate(satisfaction.average)], [],
                [_("Side"), _("Answers"), _("Response rate (%)"), _("Average usefulness")]]
    feedback += [[side.label, side.answered, _rate(side.rate), _rate(side.average)] for side in satisfaction.by_side]
    feedback += [[], [_("Usefulness"), _("Answers")]] + [[score, count] for score, count in satisfaction.distribution]
    feedback += [[], [_("Next step"), _("Answers")]] + [[label, count] for _key, label, count in
                                                        satisfaction.next_steps]
    signed = _("Signed (%(currency)s)") % {"currency": currency}
    pipeline = _("Pipeline (%(currency)s)") % {"currency": currency}
    pairs = [[_("Visiting organization"), _("Host organization"), _("Stage"), signed, pipeline,
              _("Average usefulness")]]
    pairs += [[pair.visiting, pair.host, pair.stage_label, pair.signed, pair.pipeline, _rate(pair.usefulness)]
              for pair in report.top_pairs]
    return [(_("Funnel"), funnel), (_("Breakdowns"), breakdowns), (_("Satisfaction"), feedback),
            (_("Top pairs"), pairs)]


def report_xlsx(report: Report) -> bytes:
    workbook = Workbook()
    workbook.remove(workbook.active)
    for title, rows in report_sheets(report):
        sheet = workbook.create_sheet(str(title)[:31])
        for values in rows:
            sheet.append([neutralize(value) for value in values])
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def report_pdf(context: dict[str, object]) -> bytes:
    from trademission.agendas.interfaces.pdf import html_to_pdf

    return html_to_pdf(render_to_string("outcomes/report_print.html", context))


def lead_rows(leads: list[Lead]) -> list[list[object]]:
    rows = [[_("id"), _("visiting organization"), _("host organization"), _("stage"), _("sector"), _("tags"),
             _("currency"), _("expected value"), _("signed value"), _("signed on"), _("notes")]]
    for lead in leads:
        rows.append([lead.pk, lead.visiting.name, lead.host.name, lead.stage, lead.sector.slug if lead.sector else "",
                     " ".join(tag.slug for tag in lead.tags.all()), lead.currency,
                     lead.expected_value if lead.expected_value is not None else "",
                     lead.signed_value if lead.signed_value is not None else "",
                     lead.signed_on.isoformat() if lead.signed_on else "", lead.notes])
    return [[neutralize(value) for value in row] for row in rows]


def leads_csv(leads: list[Lead]) -> bytes:
    buffer = io.StringIO()
    csv.writer(buffer).writerows(lead_rows(leads))
    return ("\ufeff" + buffer.getvalue()).encode("utf-8")
