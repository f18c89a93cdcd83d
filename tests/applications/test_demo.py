"""The demo's applications: a decided 2026 pipeline consistent with its delegation, a 2027 one in progress."""

import datetime as dt
import hashlib
from collections import Counter

import pytest
from django.db import transaction
from django.db.models import Count
from django.test import override_settings

from trademission.applications.models import Application, StatusChange
from trademission.demo import load_demo
from trademission.directory.models import Organization

NOW = dt.datetime(2026, 11, 23, 12, 0, tzinfo=dt.UTC)

pytestmark = pytest.mark.django_db


@pytest.fixture(scope="module")
def demo(django_db_setup, django_db_blocker):
    with (django_db_blocker.unblock(),
          override_settings(PASSWORD_HASHERS=["django.contrib.auth.hashers.MD5PasswordHasher"]),
          transaction.atomic()):
        yield load_demo(seed=2026, now=NOW)
        transaction.set_rollback(True)


def counts(slug: str) -> Counter:
    return Counter(Application.objects.filter(mission__slug=slug).values_list("status", "outcome"))


def test_the_2026_mission_holds_its_decided_applications(demo):
    assert counts("ctm-mexico-2026") == {
        ("selected", "eligible"): 250, ("waitlisted", "eligible"): 20, ("rejected", "eligible"): 12,
        ("ineligible", "ineligible"): 12, ("withdrawn", "eligible"): 6}


def test_the_selected_applications_are_the_delegation(demo):
    selected = Application.objects.filter(mission__slug="ctm-mexico-2026", status="selected").select_related(
        "organization").prefetch_related("organization__people")
    delegation = Organization.objects.filter(mission__slug="ctm-mexico-2026", side="visiting")

    assert sorted(application.organization.pk for application in selected) == sorted(
        delegation.values_list("pk", flat=True))
    for application in selected:
        assert application.organization_name == application.organization.name
        assert sorted(person["email"] for person in application.representatives) == sorted(
            person.email for person in application.organization.people.all())
    assert sum(len(application.representatives) for application in selected) == 370


def test_waitlist_positions_run_in_order(demo):
    positions = Application.objects.filter(mission__slug="ctm-mexico-2026", status="waitlisted").order_by(
        "waitlist_position").values_list("waitlist_position", flat=True)

    assert list(positions) == list(range(1, 21))


def test_the_2027_mission_holds_drafts_submissions_and_reviews_in_progress(demo):
    assert counts("ctm-mexico-2027") == {("draft", ""): 15, ("submitted", "eligible"): 34,
                                         ("submitted", "needs_review"): 6, ("submitted", "ineligible"): 5}
    reviews_per_application = Counter(
        Application.objects.filter(mission__slug="ctm-mexico-2027", status="submitted").exclude(outcome="ineligible")
        .annotate(n=Count("reviews")).values_list("n", flat=True))
    assert sorted(reviews_per_application) == [0, 1, 2]  # not started, half-way, fully reviewed
    assert sum(reviews_per_application.values()) == 40


def test_every_application_has_a_trail_that_ends_at_its_status(demo):
    last = {}
    for change in StatusChange.objects.order_by("application", "at", "pk"):
        last[change.application_id] = change.to_status
    assert last == dict(Application.objects.values_list("pk", "status"))


def digest() -> str:
    rows = sorted(
        (application.mission.slug, application.organization_name, application.status, application.outcome,
         application.language, application.submitted_at, application.waitlist_position,
         tuple(finding["code"] + finding["verdict"] for finding in application.findings),
         tuple(sorted(review.total for review in application.reviews.all())))
        for application in Application.objects.select_related("mission").prefetch_related("reviews"))
    return hashlib.sha256(repr(rows).encode()).hexdigest()


def test_the_demo_applications_are_deterministic(demo):
    first = digest()

    load_demo(seed=2026, now=NOW)

    assert digest() == first
