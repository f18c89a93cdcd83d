"""Select, waitlist and withdraw within the mission's capacity, and keep the delegation in step.

Capacity is counted for the whole mission and for each stop, in organizations and in delegates.
Every decision locks the mission's row first, so concurrent organizers queue up instead of both
taking the last place (PostgreSQL; SQLite serializes writers anyway).
"""

from collections.abc import Iterable
from dataclasses import dataclass, field

from django.db import transaction
from django.db.models import Max
from django.utils.translation import gettext as _

from trademission.accounts.models import User
from trademission.applications.domain.leaving import leave_mission
from trademission.applications.domain.transitions import change_status
from trademission.applications.enums import ApplicationStatus
from trademission.applications.models import Application
from trademission.directory.domain.representatives import add_representative
from trademission.directory.enums import Side
from trademission.directory.models import Organization
from trademission.missions.models import Mission, Stop

# Who may move to which status by an organizer's decision; withdrawal has its own function.
ALLOWED_FROM = {
    ApplicationStatus.SELECTED: {ApplicationStatus.SUBMITTED, ApplicationStatus.WAITLISTED,
                                 ApplicationStatus.REJECTED, ApplicationStatus.INELIGIBLE},
    ApplicationStatus.WAITLISTED: {ApplicationStatus.SUBMITTED, ApplicationStatus.REJECTED,
                                   ApplicationStatus.INELIGIBLE, ApplicationStatus.SELECTED},
    ApplicationStatus.REJECTED: {ApplicationStatus.SUBMITTED, ApplicationStatus.WAITLISTED,
                                 ApplicationStatus.INELIGIBLE, ApplicationStatus.SELECTED},
    ApplicationStatus.INELIGIBLE: {ApplicationStatus.SUBMITTED, ApplicationStatus.WAITLISTED,
                                   ApplicationStatus.REJECTED, ApplicationStatus.SELECTED},
    ApplicationStatus.SUBMITTED: {ApplicationStatus.WAITLISTED, ApplicationStatus.REJECTED,
                                  ApplicationStatus.INELIGIBLE},
}


@dataclass
class Load:
    """What one scope (the mission or a stop) holds, against its limits (None: no limit)."""

    name: str
    organizations: int = 0
    delegates: int = 0
    max_organizations: int | None = None
    max_delegates: int | None = None

    def refusal(self, delegates: int) -> str:
        params = {"scope": self.name}
        if self.max_organizations is not None and self.organizations + 1 > self.max_organizations:
            return _("%(scope)s: no place left for another organization (%(limit)d).") % {
                **params, "limit": self.max_organizations}
        if self.max_delegates is not None and self.delegates + delegates > self.max_delegates:
            return _("%(scope)s: %(count)d more delegates would exceed the limit of %(limit)d.") % {
                **params, "count": delegates, "limit": self.max_delegates}
        return ""


@dataclass
class Capacity:
    mission: Load
    stops: dict[int, Load] = field(default_factory=dict)

    def refusal(self, application: Application, *, delegates: int) -> str:
        scopes = [self.mission] + [self.stops[stop.pk] for stop in application.stops.all()]
        return next((reason for scope in scopes if (reason := scope.refusal(delegates))), "")

    def add(self, application: Application, *, delegates: int) -> None:
        for scope in [self.mission] + [self.stops[stop.pk] for stop in application.stops.all()]:
            scope.organizations += 1
            scope.delegates += delegates


@dataclass
class DecisionResult:
    changed: list[Application] = field(default_factory=list)
    refused: list[tuple[Application, str]] = field(default_factory=list)


def delegates_of(application: Application) -> int:
    """People the application brings: its representatives, up to the mission's limit per organization."""
    return min(application.delegate_count, application.mission.max_representatives)


def capacity_usage(mission: Mission) -> Capacity:
    capacity = Capacity(mission=Load(str(_("Mission")), max_organizations=mission.capacity_organizations,
                                     max_delegates=mission.capacity_delegates))
    for stop in Stop.objects.filter(mission=mission):
        capacity.stops[stop.pk] = Load(stop.name, max_organizations=stop.capacity_organizations,
                                       max_delegates=stop.capacity_delegates)
    selected = Application.objects.filter(mission=mission, status=ApplicationStatus.SELECTED).prefetch_related("stops")
    for application in selected:
        application.mission = mission
        capacity.add(application, delegates=delegates_of(application))
    return capacity


def _lock(mission: Mission) -> Mission:
    return Mission.objects.select_for_update().get(pk=mission.pk)


def _split_name(name: str) -> tuple[str, str]:
    first, _space, last = name.strip().partition(" ")
    return first, last.strip() or "-"


def sync_delegation(application: Application) -> Organization:
    """Create or update the selected organization in the directory, with its representatives."""
    mission = application.mission
    organization = application.organization or Organization.objects.filter(
        mission=mission, side=Side.VISITING, name=application.organization_name).first()
    organization = organization or Organization(mission=mission, side=Side.VISITING)
    organization.withdrawn_at = None  # selected again after leaving
    organization.name = application.organization_name
    organization.kind = application.kind
    organization.country = application.country
    organization.region = application.region
    organization.city = application.city
    organization.website = application.website
    organization.employees = application.employees
    organization.languages = application.organization_languages or [application.language]
    for base in ("description", "offers", "seeks"):
        setattr(organization, f"{base}_{application.language}", getattr(application, base))
    organization.full_clean()
    organization.save()
    organization.sectors.set(application.sectors.all())
    organization.subsectors.set(application.subsectors.all())
    known = set(organization.people.values_list("email", flat=True))
    room = mission.max_representatives - len(known)
    for person in application.representatives:
        if room <= 0:
            break
        if person["email"] in known:
            continue
        first_name, last_name = _split_name(person["name"])
        add_representative(organization=organization, first_name=first_name, last_name=last_name,
                           email=person["email"], languages=person.get("languages") or [application.language])
        room -= 1
    if application.organization_id != organization.pk:
        application.organization = organization
        application.save(update_fields=["organization", "updated_at"])
    return organization


def _leave_delegation(application: Application, *, by: User | None) -> None:
    organization = application.organization
    if organization is None:
        return
    still_selected = organization.applications.filter(status=ApplicationStatus.SELECTED).exclude(pk=application.pk)
    if still_selected.exists() or leave_mission(organization, by=by):
        return
    application.organization = None
    application.save(update_fields=["organization", "updated_at"])


def _select(application: Application, capacity: Capacity, *, by: User | None, reason: str) -> str:
    delegates = delegates_of(application)
    refusal = capacity.refusal(application, delegates=delegates)
    if refusal:
        return refusal
    change_status(application, to=ApplicationStatus.SELECTED, by=by, reason=reason)
    capacity.add(application, delegates=delegates)
    sync_delegation(application)
    return ""


@transaction.atomic
def decide_applications(*, mission: Mission, applications: Iterable[int], to: ApplicationStatus, by: User | None,
                        reason: str = "") -> DecisionResult:
    """Apply one decision to applications (ids, in the order given), refusing what does not fit."""
    mission = _lock(mission)
    ids = list(dict.fromkeys(applications))
    by_id = {application.pk: application for application in Application.objects.select_for_update()
             .filter(mission=mission, pk__in=ids).prefetch_related("stops")}
    capacity = capacity_usage(mission) if to == ApplicationStatus.SELECTED else None
    next_position = (Application.objects.filter(mission=mission).aggregate(last=Max("waitlist_position"))["last"]
                     or 0) + 1
    result = DecisionResult()
    for pk in ids:
        application = by_id.get(pk)
        if application is None:
            continue
        application.mission = mission
        if application.status not in ALLOWED_FROM.get(to, set()):
            result.refused.append((application, _("An application that is “%(status)s” cannot become “%(to)s”.")
                                   % {"status": application.get_status_display(),
                                      "to": ApplicationStatus(to).label}))
            continue
        if to == ApplicationStatus.SELECTED:
            refusal = _select(application, capacity, by=by, reason=reason)
            if refusal:
                result.refused.append((application, refusal))
                continue
        else:
            if application.status == ApplicationStatus.SELECTED:
                _leave_delegation(application, by=by)
            if to == ApplicationStatus.WAITLISTED:
                application.waitlist_position = next_position
                next_position += 1
            change_status(application, to=to, by=by, reason=reason)
        result.changed.append(application)
    return result


def promote_from_waitlist(mission: Mission, *, by: User | None = None) -> list[Application]:
    """Offer freed places to waitlisted applications in waitlist order; one that does not fit keeps its place."""
    with transaction.atomic():
        mission = _lock(mission)
        capacity = capacity_usage(mission)
        promoted = []
        waitlist = (Application.objects.select_for_update().filter(mission=mission,
                                                                   status=ApplicationStatus.WAITLISTED)
                    .order_by("waitlist_position", "pk").prefetch_related("stops"))
        for application in waitlist:
            application.mission = mission
            if not _select(application, capacity, by=by, reason=_("Promoted from the waitlist.")):
                promoted.append(application)
        return promoted


@transaction.atomic
def withdraw_application(application: Application, *, by: User | None = None, reason: str = "") -> Application:
    """The applicant (or an organizer for them) withdraws; a freed delegation place goes to the waitlist."""
    _lock(application.mission)
    application = Application.objects.select_for_update().get(pk=application.pk)
    if application.status in (ApplicationStatus.WITHDRAWN, ApplicationStatus.DRAFT):
        return application
    was_selected = application.status == ApplicationStatus.SELECTED
    if was_selected:
        _leave_delegation(application, by=by)
    change_status(application, to=ApplicationStatus.WITHDRAWN, by=by, reason=reason)
    if was_selected:
        promote_from_waitlist(application.mission, by=by)
    return application
