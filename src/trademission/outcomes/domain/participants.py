"""A participant's own outcomes: their organization's held meetings, feedback and deals."""

from dataclasses import dataclass

from trademission.directory.enums import Side
from trademission.directory.models import Organization
from trademission.missions.enums import Role
from trademission.missions.models import Membership, Mission
from trademission.outcomes.domain.common import held_meetings
from trademission.outcomes.models import Feedback, Lead
from trademission.scheduling.models import Meeting


@dataclass(frozen=True)
class MeetingOutcome:
    meeting: Meeting
    partner: Organization
    feedback: Feedback | None
    lead: Lead | None


def organization_of_user(*, user: object, mission: Mission) -> Organization | None:
    """The organization the user represents in the mission (their first membership as delegate or host)."""
    if not getattr(user, "is_authenticated", False):
        return None
    membership = (Membership.objects.filter(user=user, mission=mission, role__in=[Role.DELEGATE, Role.HOST],
                                            organization__isnull=False)
                  .select_related("organization").order_by("pk").first())
    return membership.organization if membership else None


def organization_outcomes(*, organization: Organization) -> list[MeetingOutcome]:
    """Four queries whatever the number of meetings."""
    own = "visiting" if organization.side == Side.VISITING else "host"
    meetings = (held_meetings(organization.mission).filter(**{own: organization})
                .select_related("visiting", "host", "slot__session__stop").order_by("slot__starts_at", "table"))
    feedback = {item.meeting_uid: item for item in Feedback.objects.filter(organization=organization)}
    leads = {(lead.visiting_id, lead.host_id): lead for lead in Lead.objects.filter(
        mission_id=organization.mission_id, **{own: organization}).prefetch_related("tags")}
    return [MeetingOutcome(meeting=meeting, partner=meeting.host if own == "visiting" else meeting.visiting,
                           feedback=feedback.get(meeting.uid), lead=leads.get((meeting.visiting_id, meeting.host_id)))
            for meeting in meetings]
