"""Nobody reads or changes what is not theirs (issue 8's authorization matrix).

Every URL pattern (public, accounts, back office, portal, API) is requested by GET and by POST with the ids and
tokens of organization A's objects (see ``tests.security.scene``) by everyone who has no business with them. Each
answer must carry the exact status code of ``MATRIX``; no answer may show A's private text; afterwards the database
is unchanged. Token URLs get a wrong token, except for the applicant, who holds another application's token, and
the ``@own`` columns, which use A's real ids and tokens in the URL of their own mission.
"""

import re
import uuid

import pytest
from django.apps import apps

from tests.security.scene import SECRETS, TOKEN_CREDENTIAL, build_scene, url_for
from tests.test_urls import ALL_PATTERNS

COLUMNS = ["anonymous", "applicant", "delegate_b", "host_c", "reviewer", "other_organizer", "other_organizer@own",
           "other_delegate@own", "organizer"]
# "-": not requested. The @own columns request only URLs that carry an object of A; the organizer does not POST to
# the back office or the API, whose changes are theirs to make (tests/orga and tests/api cover them).
# Each string has one status a column:      anon appl delB hstC revw oorg oorg@ odel@ orga
SAME = "{0} {0} {0} {0} {0} {0} - - {0}"


def rows(get: str, post: str, *names: str) -> dict[str, tuple[str, str]]:
    return dict.fromkeys(names, (get, post))


MATRIX: dict[str, tuple[str, str]] = {
    "home": (SAME.format(200), SAME.format(405)),
    "healthz": (SAME.format(200), SAME.format(200)),
    "mission-public": (SAME.format(200), SAME.format(405)),
    "apply": (SAME.format(200), SAME.format(400)),  # an empty form is refused; nothing is saved
    "login": ("200 200 302 302 302 302 - - 302", "200 200 302 302 302 302 - - 302"),
    "set_language": (SAME.format(302), SAME.format(302)),
    "password_reset": (SAME.format(200), SAME.format(200)),
    "password_reset_done": (SAME.format(200), SAME.format(405)),
    "password_reset_confirm": (SAME.format(200), SAME.format(200)),
    "password_reset_complete": (SAME.format(200), SAME.format(405)),
    "account-data": ("302 302 200 200 200 200 - - 200", "302 302 405 405 405 405 - - 405"),
    "api-schema": (SAME.format(200), "405 405 405 405 405 405 - - -"),
    "api-docs": (SAME.format(200), "405 405 405 405 405 405 - - -"),
    # Token URLs: a wrong token, or the applicant's token for another application, opens nothing (404) but the
    # applicant's own application (its draft: 200; an empty form is refused, 400).
    "application-status": ("404 200 404 404 404 404 404 404 404", "404 200 404 404 404 404 404 404 404"),
    "application-edit": ("404 200 404 404 404 404 404 404 404", "404 400 404 404 404 404 404 404 404"),
    "application-withdraw": ("405 405 405 405 405 405 405 405 405", "404 404 404 404 404 404 404 404 404"),
    "portal-agenda-feed": ("404 404 404 404 404 404 404 404 404", "405 405 405 405 405 405 405 405 405"),
    "portal-feedback-token": ("404 404 404 404 404 404 404 404 404", "404 404 404 404 404 404 404 404 404"),
    "portal-survey": ("404 404 404 404 404 404 404 404 404", "404 404 404 404 404 404 404 404 404"),
    "orga-checkin-person": ("302 302 403 403 403 403 404 403 404", "302 302 403 403 403 403 404 403 -"),
    # The back office: the mission's staff only; A's objects through another mission's URL do not exist (404).
    "orga-home": ("302 302 200 200 200 200 - - 200", "302 302 405 405 405 405 - - -"),
    "orga-mission": ("302 302 403 403 200 403 - - 200", "302 302 403 403 405 403 - - -"),
    **rows("302 302 403 403 403 403 - - 200", "302 302 403 403 403 403 - - -",
        "orga-organizations", "orga-applications", "orga-applications-csv", "orga-applications-xlsx", "orga-rubric",
        "orga-agendas", "orga-table-sheets", "orga-table-sheets-pdf", "orga-schedule", "orga-onsite", "orga-import",
        "orga-meeting-requests", "orga-outcomes", "orga-outcomes-xlsx", "orga-outcomes-pdf",
        "orga-outcomes-leads-csv", "orga-outcomes-settings", "orga-privacy"),
    # The reviewer's POST on an application is a review: a decision or withdrawal is refused without a change.
    "orga-application": ("302 302 403 403 200 403 404 403 200", "302 302 403 403 302 403 404 403 -"),
    "orga-reviews": ("302 302 403 403 200 403 - - 200", "302 302 403 403 405 403 - - -"),
    **rows("302 302 403 403 403 403 404 403 200", "302 302 403 403 403 403 405 403 -",
        "orga-agenda", "orga-agenda-pdf", "orga-agenda-ics", "orga-schedule-version",
        "orga-schedule-version-progress", "orga-organization"),
    **rows("302 302 403 403 403 403 404 403 200", "302 302 403 403 403 403 404 403 -",
        "orga-schedule-session", "orga-schedule-meeting"),
    "orga-import-batch": ("302 302 403 403 403 403 404 403 404", "302 302 403 403 403 403 404 403 -"),
    **rows("302 302 403 403 403 403 405 403 405", "302 302 403 403 403 403 404 403 -",
        "orga-schedule-version-act", "orga-onsite-meeting", "orga-meeting-request-approve",
        "orga-meeting-request-decline", "orga-meeting-request-cancel"),
    "orga-outcomes-act": ("302 302 403 403 403 403 - - 405", "302 302 403 403 403 403 - - -"),
    # The portal: participants of the mission; each acts for their own organization only.
    "portal-home": ("302 302 200 200 200 200 - - 200", "302 302 405 405 405 405 - - 405"),
    **rows("302 302 200 200 403 403 - - 403", "302 302 405 405 403 403 - - 403",
        "portal-mission", "portal-recommendations", "portal-agenda", "portal-agenda-ics", "portal-agenda-pdf",
        "portal-outcomes"),
    "portal-directory": ("302 302 200 200 403 403 - - 200", "302 302 405 405 403 403 - - 405"),
    "portal-organization": ("302 302 200 200 403 403 404 404 200", "302 302 405 405 403 403 405 405 405"),
    # A preference is the participant's own, about A: set for their organization (302), never A's.
    "portal-preference": ("302 302 405 405 403 403 403 405 403", "302 302 302 302 403 403 403 404 403"),
    "portal-profile-edit": ("302 302 200 200 403 403 - - 403", "302 302 302 302 403 403 - - 403"),
    "portal-meeting-requests": ("302 302 200 200 403 403 - - 403", "302 302 404 404 403 403 - - 403"),
    **{f"portal-meeting-request-{action}": ("302 302 405 405 403 403 403 405 403",
                                           "302 302 404 404 403 403 403 404 403")
       for action in ("accept", "decline", "cancel")},
    **rows("302 302 403 403 403 403 403 404 403", "302 302 403 403 403 403 403 404 403",
        "portal-feedback", "portal-lead"),
    # The API: session authentication; anonymous gets 403 (no login page to send it to).
    "api-applications": ("403 403 403 403 403 403 - - 200", "400 400 400 400 400 400 - - -"),  # anyone may apply
    "api-application": ("403 403 403 403 403 403 404 404 200", "405 405 405 405 405 405 405 405 -"),
    "api-organizations": ("403 403 200 200 403 403 - - 200", "403 403 405 405 403 403 - - -"),
    "api-organization": ("403 403 200 200 403 403 404 404 200", "403 403 405 405 403 403 405 405 -"),
    "api-recommendations": ("403 403 403 403 403 403 404 404 200", "403 403 405 405 403 403 405 405 -"),
    "api-meeting-requests": ("403 403 200 200 403 403 - - 200", "403 403 400 400 403 403 - - -"),
    **{f"api-meeting-request-{action}": ("403 403 405 405 403 403 405 405 405", "403 403 403 403 403 403 404 404 -")
       for action in ("accept", "decline", "cancel")},
    "api-schedule": ("403 403 200 200 403 403 - - 200", "403 403 405 405 403 403 - - -"),
}
# Rows nobody in the walk may change (sessions and login records aside).
WATCHED_APPS = ["missions", "directory", "matchmaking", "applications", "scheduling", "agendas", "outcomes",
                "accounts"]
# Derived data computed on demand (recommendations' text vectors): not a change to anyone's records.
CACHES = {"matchmaking.ProfileEmbedding"}
# What the organizer's reading writes: settings created with their defaults on first view, the log of prints.
ORGANIZER_READS = {"outcomes.OutcomeSettings", "scheduling.SchedulingSettings", "matchmaking.MatchmakingSettings",
                   "agendas.AgendaPrint"}
OBJECT_PARAMETERS = {"organization", "person", "meeting_request", "request_id", "meeting", "version", "session",
                     "batch", "application", "token"}


def carries_an_object(route: str, name: str) -> bool:
    parameters = set(re.findall(r"<(?:\w+:)?(\w+)>", route))
    if name not in TOKEN_CREDENTIAL:
        parameters.discard("token")  # a password reset's token is no object of A
    return bool(OBJECT_PARAMETERS & parameters)


def expected(name: str, role: str, method: str) -> str:
    row = MATRIX[name][0 if method == "get" else 1].split()
    assert len(row) == len(COLUMNS), name
    return row[COLUMNS.index(role)]


def snapshot(own_organization_ids: set[int], *, ignored: frozenset[str] = frozenset()) -> dict[str, list]:
    """Every watched row, but those an outsider creates for themselves (their own agenda token, their prints)."""
    rows = {}
    for label in WATCHED_APPS:
        for model in apps.get_app_config(label).get_models():
            if model._meta.label in CACHES | ignored:
                continue
            fields = [f.attname for f in model._meta.concrete_fields if f.attname != "last_login"]
            queryset = model.objects.order_by("pk")
            if "person" in {f.name for f in model._meta.concrete_fields}:
                queryset = queryset.exclude(person__organization_id__in=own_organization_ids)
            rows[model._meta.label] = list(queryset.values_list(*fields))
    return rows


def visible_secrets(role: str) -> dict[str, str]:
    if role == "organizer":
        return {}  # the organizer reads everything of their mission
    if role == "reviewer":  # reviewers read applications, representatives included
        return {label: text for label, text in SECRETS.items() if label != "representative e-mail"}
    return SECRETS


@pytest.mark.parametrize("role", COLUMNS)
def test_no_one_reads_or_changes_what_is_not_theirs(role, client, world):
    scene = build_scene(world)
    user, _at, own_mission = role.partition("@")
    if user not in ("anonymous", "applicant"):
        client.force_login(world.users[user], backend="django.contrib.auth.backends.ModelBackend")
    own = set(world.users[user].memberships.exclude(organization=None).values_list("organization_id", flat=True)
              ) if user in world.users else set()
    secrets = visible_secrets(role)
    ignored = frozenset(ORGANIZER_READS if role == "organizer" else ())
    before = snapshot(own, ignored=ignored)
    wrong = []
    for route, name in ALL_PATTERNS:
        if route.startswith("admin/") or name == "logout":
            continue  # the admin has its own matrix in tests/test_urls.py; logout ends the walk's session
        if name not in MATRIX:
            wrong.append(f"{route!r} ({name}) has no row in MATRIX")
            continue
        if own_mission:
            url = url_for(route, name, scene, mission=world.other_mission.slug)
        elif user == "applicant":
            url = url_for(route, name, scene, token=scene["other_application"].token)
        else:
            url = url_for(route, name, scene, token=uuid.uuid4().hex)
        for method in ("get", "post"):
            status = expected(name, role, method)
            if status == "-":
                continue
            response = getattr(client, method)(url)
            body = (b"".join(response) if response.streaming else response.content).decode(errors="replace")
            if str(response.status_code) != status:
                wrong.append(f"{method.upper()} {url} ({name}): {response.status_code}, expected {status}")
            leaked = [label for label, secret in secrets.items() if secret in body]
            if leaked:
                wrong.append(f"{method.upper()} {url} ({name}) shows {leaked}")
    assert wrong == [], "\n".join(wrong)
    assert snapshot(own, ignored=ignored) == before, "an outsider changed data"


def test_the_matrix_requests_every_url_that_carries_an_object_in_another_missions_url():
    """The @own columns skip only URLs without an object of A, and the other columns skip nothing."""
    for route, name in ALL_PATTERNS:
        if route.startswith("admin/") or name == "logout":
            continue
        for method in ("get", "post"):
            skipped = {role for role in COLUMNS if expected(name, role, method) == "-"}
            allowed = ({"organizer"} if method == "post" and name.startswith(("orga-", "api-")) else set()) | (
                set() if carries_an_object(route, name) else {"other_organizer@own", "other_delegate@own"})
            assert skipped <= allowed, (name, method, skipped - allowed)


def test_every_url_with_a_sequential_id_asks_for_a_login_or_a_permission():
    """An integer id in a URL is guessable: it never opens anything for anonymous or an applicant's token."""
    for route, name in ALL_PATTERNS:
        if route.startswith("admin/") or not re.search(r"<int:\w+>", route):
            continue
        for method in ("get", "post"):
            for role in ("anonymous", "applicant"):
                assert expected(name, role, method) in {"302", "403", "404", "405"}, (name, method, role)


def test_every_url_whose_credential_is_a_token_is_declared_and_carries_no_sequential_id():
    with_token = {name for route, name in ALL_PATTERNS if "<str:token>" in route and not route.startswith("admin/")}
    assert with_token == TOKEN_CREDENTIAL
    assert [route for route, name in ALL_PATTERNS if name in TOKEN_CREDENTIAL and "<int:" in route] == []
