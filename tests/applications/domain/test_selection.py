import datetime as dt

import pytest
from django.core import mail

from tests.applications.builders import run_tasks_immediately, submitted
from trademission.applications.domain.selection import decide_applications, withdraw_application
from trademission.applications.models import Application
from trademission.directory.models import Organization
from trademission.missions.models import Stop


@pytest.fixture
def monterrey(world):
    stop = Stop.objects.create(mission=world.mission, slug="monterrey", name_en="Monterrey",
                               time_zone="America/Monterrey", start_date=dt.date(2026, 2, 18),
                               end_date=dt.date(2026, 2, 20))
    stop.sectors.add(*world.mission.sectors.all())
    return stop


def statuses(*applications) -> list[str]:
    return [Application.objects.get(pk=application.pk).status for application in applications]


def select(world, *applications, by=None):
    return decide_applications(mission=world.mission, applications=[application.pk for application in applications],
                               to="selected", by=by or world.users["organizer"], reason="Strong fit")


def test_selection_stops_at_the_missions_organization_capacity(world):
    world.mission.capacity_organizations = 2
    world.mission.save()
    first, second, third = (submitted(world.mission, name=name) for name in ("Alpha", "Bravo", "Charlie"))

    result = select(world, first, second, third)

    assert [application.organization_name for application in result.changed] == ["Alpha", "Bravo"]
    assert [(application.organization_name, reason) for application, reason in result.refused] == [
        ("Charlie", "Mission: no place left for another organization (2).")]
    assert statuses(first, second, third) == ["selected", "selected", "submitted"]


def test_selection_counts_delegates_up_to_the_per_organization_limit(world):
    world.mission.capacity_delegates = 3
    world.mission.save()
    # Three representatives named, but only two may come: the application counts for two.
    big = submitted(world.mission, name="Alpha", representatives=3)
    pair = submitted(world.mission, name="Bravo", representatives=2)
    single = submitted(world.mission, name="Charlie", representatives=1)

    result = select(world, big, pair, single)

    assert [(application.organization_name, reason) for application, reason in result.refused] == [
        ("Bravo", "Mission: 2 more delegates would exceed the limit of 3.")]
    assert statuses(big, pair, single) == ["selected", "submitted", "selected"]


def test_each_stop_has_its_own_capacity(world, monterrey):
    monterrey.capacity_organizations = 1
    monterrey.save()
    city_only = submitted(world.mission, name="Alpha", stops=("mexico-city",))
    both = submitted(world.mission, name="Bravo", stops=("mexico-city", "monterrey"))
    north = submitted(world.mission, name="Charlie", stops=("monterrey",))

    result = select(world, city_only, both, north)

    assert [(application.organization_name, reason) for application, reason in result.refused] == [
        ("Charlie", "Monterrey: no place left for another organization (1).")]


def test_a_withdrawal_promotes_the_waitlist_in_order_skipping_who_does_not_fit(world, monterrey):
    world.mission.capacity_organizations = 2
    world.mission.save()
    monterrey.capacity_organizations = 1
    monterrey.save()
    selected_city = submitted(world.mission, name="Alpha", stops=("mexico-city",))
    selected_north = submitted(world.mission, name="Bravo", stops=("monterrey",))
    waiting_north = submitted(world.mission, name="Charlie", stops=("monterrey",))
    waiting_city = submitted(world.mission, name="Delta", stops=("mexico-city",))
    waiting_last = submitted(world.mission, name="Echo", stops=("mexico-city",))
    select(world, selected_city, selected_north)
    decide_applications(mission=world.mission, applications=[waiting_north.pk, waiting_city.pk, waiting_last.pk],
                        to="waitlisted", by=world.users["organizer"])

    withdraw_application(selected_city, reason="Budget cut")

    # Monterrey is still full, so Charlie keeps first place on the list and Delta moves up.
    assert statuses(selected_city, selected_north, waiting_north, waiting_city, waiting_last) == [
        "withdrawn", "selected", "waitlisted", "selected", "waitlisted"]
    assert [application.waitlist_position for application in Application.objects.filter(
        status="waitlisted").order_by("waitlist_position")] == [1, 3]


def test_selection_builds_the_delegation_and_withdrawal_removes_it(world):
    application = submitted(world.mission, name="Bluewater Systems", representatives=3, language="fr")

    select(world, application)
    organization = Organization.objects.get(mission=world.mission, name="Bluewater Systems")

    assert (organization.side, organization.kind, organization.country, organization.region) == (
        "visiting", "sme", "CA", "QC")
    assert organization.description_fr == application.description
    assert [sector.slug for sector in organization.sectors.all()] == ["clean-tech"]
    # The mission allows two representatives per organization: the third stays on the application only.
    assert sorted(organization.people.values_list("email", flat=True)) == [
        "p0@bluewater-systems.example", "p1@bluewater-systems.example"]
    assert Application.objects.get(pk=application.pk).organization == organization

    withdraw_application(application)

    assert not Organization.objects.filter(pk=organization.pk).exists()


def test_every_status_change_is_in_the_audit_trail(world):
    organizer = world.users["organizer"]
    application = submitted(world.mission, name="Alpha")

    decide_applications(mission=world.mission, applications=[application.pk], to="waitlisted", by=organizer,
                        reason="Sector already well represented")
    select(world, application)
    withdraw_application(application, reason="Cannot travel")

    trail = [(change.from_status, change.to_status, change.by, change.reason)
             for change in application.status_changes.order_by("at", "pk")]
    assert trail == [
        ("", "draft", None, ""),
        ("draft", "submitted", None, ""),
        ("submitted", "waitlisted", organizer, "Sector already well represented"),
        ("waitlisted", "selected", organizer, "Strong fit"),
        ("selected", "withdrawn", None, "Cannot travel"),
    ]
    assert all(change.at is not None for change in application.status_changes.all())


def test_a_decision_that_does_not_follow_from_the_status_is_refused(world):
    application = submitted(world.mission, name="Alpha")
    withdraw_application(application)

    result = select(world, application)

    assert [reason for _application, reason in result.refused] == [
        "An application that is “Withdrawn” cannot become “Selected”."]


@pytest.mark.parametrize("case", [
    ("selected", "en", "Good news: Alpha has been selected for the delegation of Mission alpha-2026."),
    ("waitlisted", "en", "Alpha is on the waiting list of Mission alpha-2026."),
    ("rejected", "en", "We regret that Alpha has not been selected for Mission alpha-2026."),
    ("ineligible", "en", ("After review, the application of Alpha does not meet the eligibility criteria of "
                         "Mission alpha-2026.")),
    ("selected", "fr", None),
    ("rejected", "es", None),
])
def test_decisions_are_emailed_in_the_applicants_language(world, settings, django_capture_on_commit_callbacks, case):
    decision, language, expected_start = case
    run_tasks_immediately(settings)
    application = submitted(world.mission, name="Alpha", language=language)

    with django_capture_on_commit_callbacks(execute=True):
        decide_applications(mission=world.mission, applications=[application.pk], to=decision,
                            by=world.users["organizer"], reason="")

    [message] = mail.outbox
    assert message.to == ["p0@alpha.example"]
    if expected_start:
        assert message.body.startswith(expected_start)
    else:
        # The French mission name shows the override is active; the sentence itself needs the FR/ES catalogues.
        name = "Mission alpha-2026 (fr)" if language == "fr" else "Mission alpha-2026"
        assert message.subject.endswith(name)
