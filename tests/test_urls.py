"""Every URL pattern, requested by every role, answers with the expected status code.

A new pattern without an entry here fails the test, so no page ships without a decision on who
may see it.
"""

import re

import pytest
from django.apps import apps
from django.contrib.contenttypes.models import ContentType
from django.urls import URLPattern, URLResolver, get_resolver

from tests.world import ROLES

ANY = "*"
EXPECTED: dict[str, dict[str, int]] = {
    "home": {ANY: 200},
    "healthz": {ANY: 200},
    "mission-public": {ANY: 200},
    "login": {"anonymous": 200, ANY: 302},
    "logout": {ANY: 405},  # log out by POST only: a link cannot log anyone out
    "set_language": {ANY: 302},
    # Password reset (issue 8): open to all; a link with a wrong token shows "invalid link" (200).
    **{name: {ANY: 200} for name in ("password_reset", "password_reset_done", "password_reset_complete")},
    "password_reset_confirm": {ANY: 200},
    "account-data": {"anonymous": 302, ANY: 200},  # one's own data only: there is no id in the URL
    "orga-home": {"anonymous": 302, ANY: 200},
    "orga-mission": {"anonymous": 302, "organizer": 200, "reviewer": 200, "admin": 200, ANY: 403},
    "orga-organizations": {"anonymous": 302, "organizer": 200, "admin": 200, ANY: 403},
    "portal-home": {"anonymous": 302, ANY: 200},
    "api-schema": {ANY: 200},
    "api-docs": {ANY: 200},
    "portal-mission": {"anonymous": 302, "delegate": 200, "host": 200, "admin": 200, ANY: 403},
    "apply": {ANY: 200},
    "application-status": {ANY: 200},  # the private token in the URL is the credential
    "application-edit": {ANY: 302},  # a submitted application is no longer editable: to its status page
    "application-withdraw": {ANY: 405},  # POST only
    "orga-applications": {"anonymous": 302, "organizer": 200, "admin": 200, ANY: 403},
    "orga-applications-csv": {"anonymous": 302, "organizer": 200, "admin": 200, ANY: 403},
    "orga-applications-xlsx": {"anonymous": 302, "organizer": 200, "admin": 200, ANY: 403},
    "orga-application": {"anonymous": 302, "organizer": 200, "reviewer": 200, "admin": 200, ANY: 403},
    "orga-reviews": {"anonymous": 302, "organizer": 200, "reviewer": 200, "admin": 200, ANY: 403},
    "orga-rubric": {"anonymous": 302, "organizer": 200, "admin": 200, ANY: 403},
    "api-applications": {"organizer": 200, "admin": 200, ANY: 403},  # GET lists; anyone may POST
    "api-application": {"organizer": 200, "admin": 200, ANY: 403},  # or the applicant, with the token
    # Agendas (issue 6): a participant's own; the organizer reads anyone's. The admin is no representative.
    **{name: {"anonymous": 302, "delegate": 200, "host": 200, "admin": 404, ANY: 403}
       for name in ("portal-agenda", "portal-agenda-ics", "portal-agenda-pdf")},
    "portal-agenda-feed": {ANY: 404},  # the token is the only credential; the matrix's token is no agenda's
    **{name: {"anonymous": 302, "organizer": 200, "admin": 200, ANY: 403}
       for name in ("orga-agendas", "orga-agenda", "orga-agenda-pdf", "orga-agenda-ics", "orga-table-sheets",
                    "orga-table-sheets-pdf")},
    # Directory and matchmaking (issue 5). Participants and organizers read profiles; only participants act
    # for their organization; POST-only actions answer GET with 405 once the rule lets the user in.
    "portal-directory": {"anonymous": 302, "delegate": 200, "host": 200, "organizer": 200, "admin": 200, ANY: 403},
    "portal-organization": {"anonymous": 302, "delegate": 200, "host": 200, "organizer": 200, "admin": 200,
                            ANY: 403},
    "portal-preference": {"anonymous": 302, "delegate": 405, "host": 405, "admin": 405, ANY: 403},
    "portal-profile-edit": {"anonymous": 302, "delegate": 200, "host": 200, "admin": 404, ANY: 403},
    "portal-recommendations": {"anonymous": 302, "delegate": 200, "host": 200, "admin": 200, ANY: 403},
    "portal-meeting-requests": {"anonymous": 302, "delegate": 200, "host": 200, "admin": 200, ANY: 403},
    **{f"portal-meeting-request-{action}": {"anonymous": 302, "delegate": 405, "host": 405, "admin": 405, ANY: 403}
       for action in ("accept", "decline", "cancel")},
    "orga-organization": {"anonymous": 302, "organizer": 200, "admin": 200, ANY: 403},
    "orga-import": {"anonymous": 302, "organizer": 200, "admin": 200, ANY: 403},
    "orga-import-batch": {"anonymous": 302, "organizer": 404, "admin": 404, ANY: 403},
    "orga-meeting-requests": {"anonymous": 302, "organizer": 200, "admin": 200, ANY: 403},
    **{f"orga-meeting-request-{action}": {"anonymous": 302, "organizer": 405, "admin": 405, ANY: 403}
       for action in ("approve", "decline", "cancel")},
    "api-organizations": {"delegate": 200, "host": 200, "organizer": 200, "admin": 200, ANY: 403},
    "api-organization": {"delegate": 200, "host": 200, "organizer": 200, "admin": 200, ANY: 403},
    "api-recommendations": {"host": 200, "organizer": 200, "admin": 200, ANY: 403},  # the host's own organization
    "api-meeting-requests": {"delegate": 200, "host": 200, "organizer": 200, "admin": 200, ANY: 403},
    **{f"api-meeting-request-{action}": {"delegate": 405, "host": 405, "organizer": 405, "admin": 405, ANY: 403}
       for action in ("accept", "decline", "cancel")},
    # Scheduling and on site (issue 6): organizers only. Version, meeting and token 0 do not exist: 404 once allowed.
    **{name: {"anonymous": 302, "organizer": 200, "admin": 200, ANY: 403}
       for name in ("orga-schedule", "orga-schedule-session", "orga-onsite")},
    **{name: {"anonymous": 302, "organizer": 404, "admin": 404, ANY: 403}
       for name in ("orga-schedule-version", "orga-schedule-version-progress", "orga-schedule-meeting",
                    "orga-checkin-person")},
    **{name: {"anonymous": 302, "organizer": 405, "admin": 405, ANY: 403}  # POST only
       for name in ("orga-schedule-version-act", "orga-onsite-meeting")},
    "api-schedule": {"delegate": 200, "host": 200, "organizer": 200, "admin": 200, ANY: 403},
    # Outcomes (issue 7): the report and its settings are the organizer's; a participant's own outcomes page;
    # feedback and deals only on a held meeting of one's own (meeting 0 does not exist: 404 once allowed).
    **{name: {"anonymous": 302, "organizer": 200, "admin": 200, ANY: 403}
       for name in ("orga-outcomes", "orga-outcomes-xlsx", "orga-outcomes-pdf", "orga-outcomes-leads-csv",
                    "orga-outcomes-settings")},
    "orga-outcomes-act": {"anonymous": 302, "organizer": 405, "admin": 405, ANY: 403},  # POST only
    "portal-outcomes": {"anonymous": 302, "delegate": 200, "host": 200, "admin": 404, ANY: 403},
    **{name: {"anonymous": 302, "delegate": 404, "host": 404, "admin": 404, ANY: 403}
       for name in ("portal-feedback", "portal-lead")},
    **{name: {ANY: 404} for name in ("portal-feedback-token", "portal-survey")},  # the token is the credential
    # Privacy (issue 8): purging a mission's personal data is its organizers' decision only, not its reviewers'.
    "orga-privacy": {"anonymous": 302, "organizer": 200, "admin": 200, ANY: 403},
}
# The admin is for staff only: everyone else is sent to the admin's login page.
ADMIN_EXPECTED = {"admin": 200, ANY: 302}
ADMIN_SPECIAL = {
    "admin:logout": {ANY: 302, "admin": 405},
    "admin:login": {ANY: 200, "admin": 302},
    "admin:object-redirect": {ANY: 302},
    "admin:view_on_site": {ANY: 302, "admin": 404},  # our models have no public page of their own
    "admin:autocomplete": {ANY: 302, "admin": 403},  # only with a field to complete
    # Login attempts and task results are records, not things staff create or delete by hand.
    **{f"admin:{name}": {ANY: 302, "admin": 403} for name in [
        "axes_accessattempt_add", "axes_accesslog_add", "axes_accessfailurelog_add",
        "django_tasks_database_dbtaskresult_add", "django_tasks_database_dbtaskresult_delete",
        "applications_statuschange_add",  # the audit trail is written by the domain only
    ]},
}


def walk(patterns: list, prefix: str = "", namespace: str = "") -> list[tuple[str, str]]:
    found = []
    for pattern in patterns:
        if isinstance(pattern, URLResolver):
            inner = f"{namespace}:{pattern.namespace}" if namespace and pattern.namespace else (
                pattern.namespace or namespace)
            found += walk(pattern.url_patterns, prefix + str(pattern.pattern), inner)
        elif isinstance(pattern, URLPattern):
            # The admin's unnamed "<object_id>/" route only redirects to the change page.
            name = f"{namespace}:{pattern.name or 'object-redirect'}" if namespace else (pattern.name or "")
            found.append((prefix + str(pattern.pattern), name))
    return found


ALL_PATTERNS = walk(get_resolver().url_patterns)


def admin_model(route: str):
    match = re.match(r"admin/(\w+)/(\w+)/", route)
    if not match:
        return None
    try:
        return apps.get_model(match[1], match[2])
    except LookupError:
        return None


def build_url(route: str, world) -> str | None:
    """The route with real values for its parameters; None for regex routes the admin serves itself."""
    if route.startswith("^") or "(?P" in route:
        return None
    model = admin_model(route)
    values = {"mission": world.mission.slug, "app_label": "missions", "id": str(world.users["delegate"].pk),
              "token": world.application.token, "application": str(world.application.pk), "uidb64": "MQ"}
    values.update(organization=str(world.host.pk), batch="0", meeting_request="0", request_id="0")
    values["person"] = str(world.visiting.people.values_list("pk", flat=True).first())
    values.update(session="0", version="0", meeting="0")  # scheduling: session 0 is the "new session" form
    if "<path:object_id>" in route and "content_type_id" not in route:
        instance = model.objects.order_by("pk").first() if model else None
        values["object_id"] = str(instance.pk) if instance else "0"
    if "content_type_id" in route:
        values["content_type_id"] = str(ContentType.objects.get_for_model(type(world.mission)).pk)
        values["object_id"] = str(world.mission.pk)
    url = "/" + re.sub(r"<(?:\w+:)?(\w+)>", lambda m: values[m[1]], route)
    return url.replace("^", "").replace("$", "")


def expected_status(name: str, route: str, role: str) -> int:
    if name in EXPECTED:
        table = EXPECTED[name]
    elif name in ADMIN_SPECIAL:
        table = ADMIN_SPECIAL[name]
    elif route.startswith("admin/"):
        table = ADMIN_EXPECTED
        model = admin_model(route)
        if role == "admin" and model is not None and "<path:object_id>" in route and not model.objects.exists():
            return 302  # the admin redirects from an object that does not exist
    else:
        pytest.fail(f"URL pattern {route!r} ({name!r}) has no expected status: add it to EXPECTED")
    return table.get(role, table.get(ANY))


@pytest.mark.parametrize("role", ROLES)
def test_every_url_answers_each_role_as_expected(role, client_as, world):
    client = client_as(role)
    wrong = []
    for route, name in ALL_PATTERNS:
        url = build_url(route, world)
        if url is None:
            continue
        status = client.get(url).status_code
        expected = expected_status(name, route, role)
        if status != expected:
            wrong.append(f"{url} ({name}): {status}, expected {expected}")
    assert wrong == [], "\n".join(wrong)


def test_no_pattern_is_skipped_but_the_admins_own_regex_routes():
    skipped = [route for route, _name in ALL_PATTERNS if not route.startswith("admin/") and (
        route.startswith("^") or "(?P" in route)]
    assert skipped == []
