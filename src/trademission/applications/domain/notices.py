"""E-mails to applicants, always written in the applicant's language and sent after commit."""

from django.conf import settings
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _

from trademission.applications.enums import ApplicationStatus
from trademission.applications.models import Application
from trademission.common.notifications import send_email_later


def status_url(application: Application) -> str:
    path = reverse("application-status", args=[application.mission.slug, application.token])
    return f"{settings.SITE_URL}{path}"


def _send(application: Application, subject: str, paragraphs: list[str]) -> None:
    if not application.contact_emails:
        return
    body = "\n\n".join([*paragraphs, _("Follow your application here: %(url)s") % {"url": status_url(application)}])
    send_email_later(recipients=application.contact_emails, subject=subject, body=body)


def notify_submitted(application: Application) -> None:
    with translation.override(application.language):
        params = {"mission": application.mission.name, "organization": application.organization_name}
        findings = [f"- {finding['message']}" for finding in application.findings]
        _send(application, _("Application received: %(mission)s") % params, [
            _("We have received the application of %(organization)s to %(mission)s. The mission team will assess "
              "it and write to you with its decision.") % params,
            _("Automatic screening of your answers against the published criteria:"),
            "\n".join(findings),
        ])


DECISION_TEXTS = {
    ApplicationStatus.SELECTED: lambda: _("Good news: %(organization)s has been selected for the delegation of "
                                          "%(mission)s. You will receive the detailed programme shortly."),
    ApplicationStatus.WAITLISTED: lambda: _("%(organization)s is on the waiting list of %(mission)s. We will write "
                                            "to you as soon as a place opens up."),
    ApplicationStatus.REJECTED: lambda: _("We regret that %(organization)s has not been selected for %(mission)s. "
                                          "We received many more applications than the delegation can hold."),
    ApplicationStatus.INELIGIBLE: lambda: _("After review, the application of %(organization)s does not meet the "
                                            "eligibility criteria of %(mission)s."),
    ApplicationStatus.WITHDRAWN: lambda: _("The application of %(organization)s to %(mission)s has been withdrawn."),
}


def notify_decision(application: Application, *, reason: str = "") -> None:
    text = DECISION_TEXTS.get(application.status)
    if text is None:
        return
    with translation.override(application.language):
        params = {"mission": application.mission.name, "organization": application.organization_name}
        paragraphs = [text() % params]
        if reason:
            paragraphs.append(_("Note from the mission team: %(reason)s") % {"reason": reason})
        _send(application, _("Your application to %(mission)s") % params, paragraphs)
