"""The four fixed demo accounts, one per kind of user, all with the same published password."""

from dataclasses import dataclass

from trademission.accounts.models import User
from trademission.directory.enums import OrganizationKind, Side
from trademission.directory.models import Organization, Person
from trademission.missions.domain.membership import grant_role
from trademission.missions.enums import Role
from trademission.missions.models import Mission

DEMO_PASSWORD = "trademission-demo"  # noqa: S105 - published in the README on purpose


@dataclass(frozen=True)
class DemoAccount:
    email: str
    role: Role
    password: str = DEMO_PASSWORD


ORGANIZER = DemoAccount("organizer@example.com", Role.ORGANIZER)
REVIEWER = DemoAccount("reviewer@example.com", Role.REVIEWER)
DELEGATE = DemoAccount("delegate@example.com", Role.DELEGATE)
HOST = DemoAccount("host@example.com", Role.HOST)
DEMO_ACCOUNTS = (ORGANIZER, REVIEWER, DELEGATE, HOST)
DEMO_EMAILS = tuple(account.email for account in DEMO_ACCOUNTS)


def create_accounts(*, missions: list[Mission], mission_2026: Mission) -> None:
    # The demo's organizer also administers the platform, so the admin shows them every model.
    organizer = User.objects.create_user(ORGANIZER.email, DEMO_PASSWORD, name="Claire Dubois", language="en",
                                         is_staff=True, is_superuser=True)
    reviewer = User.objects.create_user(REVIEWER.email, DEMO_PASSWORD, name="Daniel Okafor", language="en")
    for mission in missions:
        grant_role(mission=mission, user=organizer, role=Role.ORGANIZER)
        grant_role(mission=mission, user=reviewer, role=Role.REVIEWER)
    sme = (Organization.objects.filter(mission=mission_2026, side=Side.VISITING, kind=OrganizationKind.SME,
                                       region="Ontario").order_by("name").first())
    _participant(account=DELEGATE, organization=sme, languages=["en", "fr"], language="en")
    host = (Organization.objects.filter(mission=mission_2026, side=Side.HOST, kind=OrganizationKind.SME,
                                        stop__slug="mexico-city").order_by("name").first())
    _participant(account=HOST, organization=host, languages=["en", "es"], language="es")


def _participant(*, account: DemoAccount, organization: Organization, languages: list[str], language: str) -> None:
    # The account takes over the organization's first representative, so the delegation's counts stay as generated.
    person = Person.objects.filter(organization=organization).order_by("pk").first()
    user = User.objects.create_user(account.email, account.password, name=f"{person.first_name} {person.last_name}",
                                    language=language)
    Person.objects.filter(pk=person.pk).update(email=account.email, languages=languages, user=user)
    organization.languages = [code for code in ("en", "fr", "es") if code in {*organization.languages, *languages}]
    organization.save(update_fields=["languages"])
    grant_role(mission=organization.mission, user=user, role=account.role, organization=organization)
