"""Which organizations take part in B2B meetings, and why not when they do not."""

from dataclasses import dataclass

from django.utils.translation import gettext as _

from trademission.applications.enums import ApplicationStatus
from trademission.directory.enums import OrganizationKind, Side
from trademission.directory.models import Organization


@dataclass(frozen=True)
class Eligibility:
    eligible: bool
    code: str = ""
    reason: str = ""


def b2b_eligibility(organization: Organization, *, mission_sector_ids: set[int] | None = None) -> Eligibility:
    """Visiting side: SMEs in the mission's sectors. Host side: organizations in the mission's sectors.

    ``mission_sector_ids`` lets list pages pass the mission's sectors once instead of once per row;
    the organization's sectors are read through ``.all()`` so a prefetch is used when present.
    """
    if organization.withdrawn_at is not None:
        return Eligibility(False, "withdrawn", _("%(name)s has left the mission.") % {"name": organization.name})
    if mission_sector_ids is None:
        mission_sector_ids = set(organization.mission.sectors.values_list("pk", flat=True))
    if organization.side == Side.VISITING and organization.kind != OrganizationKind.SME:
        return Eligibility(False, "not_sme", _(
            "B2B meetings are for the delegation's small and medium-sized enterprises; %(name)s is registered as: "
            "%(kind)s.") % {"name": organization.name, "kind": organization.get_kind_display()})
    if not {sector.pk for sector in organization.sectors.all()} & mission_sector_ids:
        return Eligibility(False, "sector", _(
            "B2B meetings are for organizations in the mission's sectors; none of %(name)s's sectors is one of "
            "them.") % {"name": organization.name})
    applications = selected_applications(organization)
    if applications and not any(application.wants_b2b for application in applications):
        return Eligibility(False, "no_b2b", _(
            "%(name)s did not ask for B2B meetings in its application to the delegation.")
            % {"name": organization.name})
    return Eligibility(True)


def selected_applications(organization: Organization) -> list:
    """The organization's selected applications to the delegation (from a prefetch when there is one).

    Organizations entered by hand or imported have none; then only kind and sectors decide.
    """
    if organization.side != Side.VISITING:
        return []
    prefetched = getattr(organization, "selected_applications", None)
    if prefetched is not None:
        return prefetched
    return list(organization.applications.filter(status=ApplicationStatus.SELECTED).prefetch_related("stops"))
