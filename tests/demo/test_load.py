import datetime as dt
import zoneinfo
from collections import Counter

import pytest
from django.contrib.auth import authenticate
from django.db.models import Count
from django.test import RequestFactory

from tests.demo.conftest import NOW
from tests.demo.digest import demo_digest
from trademission.demo import DEMO_ACCOUNTS, DEMO_PASSWORD, DemoSummary, demo_loaded, load_demo, reset_demo
from trademission.directory.enums import Side
from trademission.directory.models import Organization, Person
from trademission.missions.enums import MissionStatus, Role
from trademission.missions.models import Membership, Mission

pytestmark = pytest.mark.django_db

# The counts are fixed by the generator (they do not depend on the seed): see delegation.py and hosts.py.
EXPECTED = DemoSummary(missions=2, stops=6, programme_elements=54, sectors=5, subsectors=33,
                       visiting_organizations=250, delegates=370, host_organizations=160, host_people=240,
                       accounts=DEMO_ACCOUNTS)


def test_summary_counts(demo):
    assert demo == EXPECTED


def test_kinds_provinces_and_cities_are_exact(demo):
    orgs = Organization.objects.filter(mission__slug="ctm-mexico-2026")
    visiting, host = orgs.filter(side=Side.VISITING), orgs.filter(side=Side.HOST)
    assert Counter(visiting.values_list("kind", flat=True)) == {"sme": 200, "large": 25, "association": 15,
                                                                 "chamber": 10}
    assert Counter(host.values_list("kind", flat=True)) == {"sme": 104, "large": 36, "association": 12, "chamber": 8}
    assert Counter(visiting.values_list("region", flat=True)) == {
        "Ontario": 95, "Québec": 58, "British Columbia": 35, "Alberta": 30, "Manitoba": 8, "Saskatchewan": 8,
        "Nova Scotia": 7, "New Brunswick": 5, "Newfoundland and Labrador": 2, "Prince Edward Island": 2}
    assert Counter(host.values_list("stop__slug", flat=True)) == {"mexico-city": 70, "guadalajara": 40,
                                                                   "monterrey": 50}
    assert set(visiting.values_list("country", flat=True)) == {"CA"}
    assert set(host.values_list("country", flat=True)) == {"MX"}
    assert Organization.objects.filter(mission__slug="ctm-mexico-2027").count() == 0


def test_no_organization_has_more_than_two_people(demo):
    sizes = Counter(Organization.objects.annotate(n=Count("people")).values_list("side", "n"))
    assert sizes == {("visiting", 2): 120, ("visiting", 1): 130, ("host", 2): 80, ("host", 1): 80}


def test_missions_stops_and_sectors(demo):
    missions = {m.slug: m for m in Mission.objects.all()}
    assert sorted(missions) == ["ctm-mexico-2026", "ctm-mexico-2027"]
    m26, m27 = missions["ctm-mexico-2026"], missions["ctm-mexico-2027"]
    assert (m26.name_en, m26.name_fr, m26.name_es) == (
        "Canada Trade Mission to Mexico", "Mission commerciale du Canada au Mexique",
        "Misión Comercial de Canadá a México")
    assert (m26.visiting_country, m26.host_country, m26.time_zone) == ("CA", "MX", "America/Mexico_City")
    assert (m26.start_date, m26.end_date) == (dt.date(2026, 2, 15), dt.date(2026, 2, 20))
    assert (m27.start_date, m27.end_date) == (dt.date(2027, 2, 14), dt.date(2027, 2, 19))
    assert m26.registration_deadline == dt.datetime(2025, 11, 29, 7, 59, tzinfo=dt.UTC)
    assert m27.registration_deadline == NOW + dt.timedelta(days=60)
    assert (m26.status, m27.status) == (MissionStatus.COMPLETED, MissionStatus.OPEN)
    assert (m26.max_representatives, m26.capacity_organizations, m26.capacity_delegates) == (2, 250, 370)
    assert m26.contact_email == "ctm-mcc.mex@international.gc.ca"
    all_sectors = ["advanced-manufacturing", "agri-food", "clean-tech", "creative-industries", "ict"]
    for mission in (m26, m27):
        assert sorted(mission.sectors.values_list("slug", flat=True)) == all_sectors
        stops = {s.slug: (s.start_date - mission.start_date, s.end_date - mission.start_date, s.time_zone,
                          sorted(s.sectors.values_list("slug", flat=True))) for s in mission.stops.all()}
        assert stops == {
            "mexico-city": (dt.timedelta(0), dt.timedelta(2), "America/Mexico_City", all_sectors),
            "guadalajara": (dt.timedelta(3), dt.timedelta(5), "America/Mexico_City",
                            ["agri-food", "creative-industries"]),
            "monterrey": (dt.timedelta(3), dt.timedelta(5), "America/Monterrey",
                          ["advanced-manufacturing", "clean-tech", "ict"]),
        }
    assert m26.stops.get(slug="mexico-city").end_date == dt.date(2026, 2, 17)


def test_programme(demo):
    m26 = Mission.objects.get(slug="ctm-mexico-2026")
    for stop in m26.stops.all():
        stop_sectors = set(stop.sectors.values_list("slug", flat=True))
        for element in stop.programme.prefetch_related("sectors"):
            element.full_clean()  # on one of the stop's days, ends after it starts
            assert {s.slug for s in element.sectors.all()} <= stop_sectors
            if element.kind == "site_visit":
                assert element.max_per_organization == 1
                assert 25 <= element.capacity <= 40
                assert len(element.sectors.all()) == 1
    kinds = Counter(m26.stops.values_list("slug", "programme__kind"))
    assert kinds == {("mexico-city", "networking"): 2, ("mexico-city", "briefing"): 2,
                     ("mexico-city", "b2b_session"): 2, ("mexico-city", "site_visit"): 5,
                     ("guadalajara", "briefing"): 2, ("guadalajara", "site_visit"): 2,
                     ("guadalajara", "b2b_session"): 2, ("guadalajara", "networking"): 1,
                     ("monterrey", "briefing"): 3, ("monterrey", "site_visit"): 3,
                     ("monterrey", "b2b_session"): 2, ("monterrey", "networking"): 1}
    reception = m26.stops.get(slug="mexico-city").programme.order_by("starts_at").first()
    assert reception.title_en == "Welcome networking reception with the Minister"
    assert reception.starts_at == dt.datetime(2026, 2, 15, 18, 30, tzinfo=zoneinfo.ZoneInfo("America/Mexico_City"))


def test_host_organizations_sit_at_a_stop_covering_their_sectors(demo):
    for org in Organization.objects.filter(side=Side.HOST).select_related("stop").prefetch_related("sectors"):
        stop_sectors = set(org.stop.sectors.values_list("slug", flat=True))
        assert {s.slug for s in org.sectors.all()} <= stop_sectors
        assert org.region == org.stop.region
        assert org.description_es != ""


def test_organizations_and_people_pass_model_validation(demo):
    for org in Organization.objects.prefetch_related("sectors", "subsectors", "people"):
        org.full_clean()
        sector_slugs = {s.slug for s in org.sectors.all()}
        assert {sub.sector.slug for sub in org.subsectors.select_related("sector")} <= sector_slugs
        prefixes = [p for s in org.sectors.all() for p in s.naics_prefixes] + ["813910"]
        assert all(code.startswith(tuple(prefixes)) for code in org.naics_codes)
        assert org.naics_codes != []
        for person in org.people.all():
            person.full_clean()
            spoken = set(person.languages)
            assert ("es" in spoken) if org.side == Side.HOST else bool(spoken & {"en", "fr"})
            assert set(person.languages) <= set(org.languages)
    quebec = Organization.objects.filter(region="Québec")
    assert quebec.filter(description_fr="").count() == 0


def test_demo_accounts_log_in_with_their_roles(demo):
    request = RequestFactory().post("/accounts/login/")
    roles = {}
    for account in DEMO_ACCOUNTS:
        user = authenticate(request, username=account.email, password=DEMO_PASSWORD)
        assert user is not None
        roles[account.email] = sorted(Membership.objects.filter(user=user).values_list("mission__slug", "role"))
    assert roles == {
        "organizer@example.com": [("ctm-mexico-2026", "organizer"), ("ctm-mexico-2027", "organizer")],
        "reviewer@example.com": [("ctm-mexico-2026", "reviewer"), ("ctm-mexico-2027", "reviewer")],
        "delegate@example.com": [("ctm-mexico-2026", "delegate")],
        "host@example.com": [("ctm-mexico-2026", "host")],
    }


def test_participant_accounts_represent_their_organizations(demo):
    delegate = Person.objects.select_related("organization", "user").get(email="delegate@example.com")
    assert (delegate.organization.side, delegate.organization.kind) == ("visiting", "sme")
    assert delegate.languages == ["en", "fr"]
    assert delegate.user.name == f"{delegate.first_name} {delegate.last_name}"
    membership = Membership.objects.get(user=delegate.user)
    assert (membership.role, membership.organization) == (Role.DELEGATE, delegate.organization)
    host = Person.objects.select_related("organization__stop", "user").get(email="host@example.com")
    assert (host.organization.side, host.organization.stop.slug) == ("host", "mexico-city")
    assert (host.languages, host.user.language) == (["en", "es"], "es")
    organizer = Membership.objects.filter(role=Role.ORGANIZER).select_related("user").first().user
    assert (organizer.email, organizer.is_staff, organizer.is_superuser) == ("organizer@example.com", True, True)


@pytest.mark.parametrize("path", ["/admin/missions/mission/", "/admin/directory/organization/",
                                  "/admin/directory/person/", "/admin/missions/programmeelement/"])
def test_the_demo_organizer_works_in_the_admin(demo, client, path):
    client.force_login(Person.objects.get(email="delegate@example.com").user)
    assert client.get(path).status_code == 302
    client.force_login(Membership.objects.filter(role=Role.ORGANIZER).first().user)

    response = client.get(path)

    assert response.status_code == 200


def test_same_seed_same_data_other_seed_other_data(demo):
    first = demo_digest()
    load_demo(seed=2026, now=NOW)
    assert demo_digest() == first
    load_demo(seed=7, now=NOW)
    assert demo_digest() != first


def test_reset_removes_the_demo(demo):
    assert demo_loaded() is True
    reset_demo()
    assert demo_loaded() is False
    assert (Mission.objects.count(), Organization.objects.count(), Person.objects.count()) == (0, 0, 0)
    assert Membership.objects.count() == 0
