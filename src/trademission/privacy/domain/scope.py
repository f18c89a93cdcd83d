"""What purging one mission touches: its rows that still hold personal data, and the accounts and addresses
that belong to nobody else.

Each queryset selects only rows that still need work, so counting them is the dry run and a second purge
finds nothing to do.
"""

from dataclasses import dataclass

from axes.models import AccessAttempt, AccessFailureLog, AccessLog
from django.contrib.admin.models import LogEntry
from django.contrib.contenttypes.models import ContentType
from django.db.models import Q, QuerySet
from django.db.models.functions import Lower
from django_tasks.base import TaskResultStatus
from django_tasks_db.models import DBTaskResult

from trademission.accounts.models import User
from trademission.agendas.models import AgendaPrint
from trademission.applications.models import Application, Review, StatusChange
from trademission.common.models import FailedEmail
from trademission.common.tasks import task_send_email
from trademission.directory.models import ImportBatch, Organization, Person
from trademission.matchmaking.models import MeetingRequest
from trademission.missions.enums import Role
from trademission.missions.models import Membership, Mission
from trademission.outcomes.models import Feedback, Lead, SurveyInvitation
from trademission.scheduling.models import AgendaToken, Attendance, CheckIn, ProgrammeRegistration

# A purged token still fills the unique column but opens nothing, and marks the row as done.
PURGED_TOKEN_PREFIX = "purged-"  # noqa: S105 - a marker, not a secret
PARTICIPANT_ROLES = (Role.DELEGATE, Role.HOST)


def _lowered(values: object) -> set[str]:
    return {value.strip().lower() for value in values if value and value.strip()}


def _accounts_to_delete(mission: Mission, person_ids: set[int]) -> set[int]:
    """Participants' accounts that nothing outside this mission's participation needs any more.

    Kept: staff and superusers; anyone with another membership (another mission, or organizer or reviewer
    of this one); anyone who is a person of another mission's organization; reviewers, whose reviews
    would go with the account.
    """
    candidates = set(Membership.objects.filter(mission=mission, role__in=PARTICIPANT_ROLES)
                     .values_list("user_id", flat=True))
    candidates |= set(Person.objects.filter(pk__in=person_ids, user__isnull=False).values_list("user_id", flat=True))
    kept = User.objects.filter(pk__in=candidates).filter(
        Q(is_staff=True) | Q(is_superuser=True)
        | Q(pk__in=Membership.objects.exclude(mission=mission, role__in=PARTICIPANT_ROLES).values("user_id"))
        | Q(pk__in=Person.objects.exclude(pk__in=person_ids).filter(user__isnull=False).values("user_id"))
        | Q(pk__in=Review.objects.values("reviewer_id")))
    return candidates - set(kept.values_list("pk", flat=True))


def _erased_addresses(mission: Mission, person_ids: set[int], user_ids: set[int]) -> set[str]:
    """The mission's e-mail addresses that no remaining person or account uses.

    An address another mission still holds stays with its e-mail records: those cannot tell which
    mission they were about, and the other mission may still need them.
    """
    own = _lowered(Person.objects.filter(pk__in=person_ids).values_list("email", flat=True))
    own |= _lowered(User.objects.filter(pk__in=user_ids).values_list("email", flat=True))
    for representatives in Application.objects.filter(mission=mission).values_list("representatives", flat=True):
        own |= _lowered(entry.get("email", "") for entry in representatives or [] if isinstance(entry, dict))
    retained = set(Person.objects.exclude(pk__in=person_ids).annotate(address=Lower("email"))
                   .filter(address__in=own).values_list("address", flat=True))
    retained |= set(User.objects.exclude(pk__in=user_ids).annotate(address=Lower("email"))
                    .filter(address__in=own).values_list("address", flat=True))
    return own - retained


def _email_records(addresses: set[str]) -> tuple[list[int], list[object]]:
    """Failed e-mails and queued or finished e-mail tasks addressed to an erased address (checked in Python:
    recipients are JSON lists, and these tables stay small)."""
    if not addresses:
        return [], []
    failed = [pk for pk, recipients in FailedEmail.objects.values_list("pk", "recipients")
              if _lowered(recipients) & addresses]
    # A running task is left to finish: deleting its row under the worker would break it.
    tasks = [pk for pk, args in DBTaskResult.objects.filter(task_path=task_send_email.module_path)
             .exclude(status=TaskResultStatus.RUNNING).values_list("pk", "args_kwargs")
             if _lowered((args or {}).get("kwargs", {}).get("recipients", [])) & addresses]
    return failed, tasks


@dataclass(frozen=True)
class Scope:
    mission: Mission
    person_ids: frozenset[int]
    user_ids: frozenset[int]
    addresses: frozenset[str]
    failed_email_ids: tuple[int, ...]
    task_ids: tuple[object, ...]

    def people(self) -> QuerySet[Person]:
        return Person.objects.filter(organization__mission=self.mission)

    def by_person(self) -> dict[str, QuerySet]:
        """Rows that go with the people (cascades), counted apart so the organizer sees what they were."""
        mission = {"person__organization__mission": self.mission}
        return {
            "attendances": Attendance.objects.filter(**mission),
            "programme_registrations": ProgrammeRegistration.objects.filter(**mission),
            "check_ins": CheckIn.objects.filter(Q(mission=self.mission) | Q(**mission)),
            "agenda_tokens": AgendaToken.objects.filter(**mission),
            "agenda_prints": AgendaPrint.objects.filter(**mission),
            "survey_invitations": SurveyInvitation.objects.filter(**mission),
        }

    def memberships(self) -> QuerySet[Membership]:
        return Membership.objects.filter(mission=self.mission, role__in=PARTICIPANT_ROLES)

    def users(self) -> QuerySet[User]:
        return User.objects.filter(pk__in=self.user_ids)

    def applications(self) -> QuerySet[Application]:
        return Application.objects.filter(mission=self.mission).exclude(token__startswith=PURGED_TOKEN_PREFIX)

    def reviews(self) -> QuerySet[Review]:
        return Review.objects.filter(application__mission=self.mission).exclude(comment="")

    def status_changes(self) -> QuerySet[StatusChange]:
        return StatusChange.objects.filter(application__mission=self.mission).exclude(reason="")

    def meeting_requests(self) -> QuerySet[MeetingRequest]:
        return MeetingRequest.objects.filter(mission=self.mission).filter(
            ~Q(note="") | ~Q(reason="") | Q(created_by__isnull=False) | Q(answered_by__isnull=False))

    def feedback(self) -> QuerySet[Feedback]:
        return Feedback.objects.filter(mission=self.mission).exclude(token__startswith=PURGED_TOKEN_PREFIX)

    def leads(self) -> QuerySet[Lead]:
        return Lead.objects.filter(mission=self.mission).filter(
            ~Q(notes="") | Q(created_by__isnull=False) | Q(updated_by__isnull=False))

    def organizations(self) -> QuerySet[Organization]:
        return Organization.objects.filter(mission=self.mission).filter(~Q(address="") | ~Q(reference=""))

    def import_batches(self) -> QuerySet[ImportBatch]:
        return ImportBatch.objects.filter(mission=self.mission)

    def login_records(self) -> list[QuerySet]:
        return [model.objects.annotate(address=Lower("username")).filter(address__in=self.addresses)
                for model in (AccessAttempt, AccessFailureLog, AccessLog)]

    def admin_log(self) -> QuerySet[LogEntry]:
        """Admin history names the objects it changed (``object_repr``): a person's or account's name."""
        types = ContentType.objects.get_for_models(Person, User, Application)
        applications = Application.objects.filter(mission=self.mission).values_list("pk", flat=True)
        wanted = [(types[Person], self.person_ids), (types[User], self.user_ids), (types[Application], applications)]
        query = Q(pk__in=[])
        for content_type, ids in wanted:
            query |= Q(content_type=content_type, object_id__in=[str(pk) for pk in ids])
        return LogEntry.objects.filter(query)


def scope_of(mission: Mission) -> Scope:
    person_ids = set(Person.objects.filter(organization__mission=mission).values_list("pk", flat=True))
    user_ids = _accounts_to_delete(mission, person_ids)
    addresses = _erased_addresses(mission, person_ids, user_ids)
    failed, tasks = _email_records(addresses)
    return Scope(mission=mission, person_ids=frozenset(person_ids), user_ids=frozenset(user_ids),
                 addresses=frozenset(addresses), failed_email_ids=tuple(failed), task_ids=tuple(tasks))
