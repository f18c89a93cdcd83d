"""Lead stages move forward or to lost; a signed contract is final; only held meetings become leads."""

from decimal import Decimal

import pytest
from django.core.exceptions import PermissionDenied, ValidationError

from tests.outcomes.builders import add_meeting, add_organization, base_mission
from trademission.directory.enums import Side
from trademission.outcomes.domain.leads import can_move, open_lead, update_lead
from trademission.outcomes.enums import LeadStage
from trademission.scheduling.enums import MeetingStatus

C, P, N, S, L = "contact", "proposal", "negotiation", "signed", "lost"
ALLOWED = {(C, P), (C, N), (C, S), (C, L), (P, N), (P, S), (P, L), (N, S), (N, L), (L, C)}


@pytest.mark.parametrize("from_stage", LeadStage.values)
@pytest.mark.parametrize("to_stage", LeadStage.values)
def test_stage_transitions(from_stage, to_stage):
    expected = from_stage == to_stage or (from_stage, to_stage) in ALLOWED
    assert can_move(from_stage=from_stage, to_stage=to_stage) is expected


@pytest.fixture
def held(db):
    built = base_mission(slug="leads")
    visiting = add_organization(built, side=Side.VISITING)
    host = add_organization(built, side=Side.HOST)
    return built, add_meeting(built, visiting=visiting, host=host)


@pytest.mark.parametrize("status", [MeetingStatus.SCHEDULED, MeetingStatus.NO_SHOW_VISITING,
                                    MeetingStatus.NO_SHOW_HOST, MeetingStatus.CANCELLED])
def test_only_a_held_meeting_becomes_a_lead(db, status):
    built = base_mission(slug=f"leads-{status}")
    meeting = add_meeting(built, visiting=add_organization(built, side=Side.VISITING),
                          host=add_organization(built, side=Side.HOST), status=status)
    with pytest.raises(PermissionDenied):
        open_lead(meeting=meeting, by=None)


def test_a_lead_goes_through_its_stages_to_a_signed_contract(held):
    built, meeting = held
    lead = open_lead(meeting=meeting, by=built.users[meeting.visiting_id], currency="MXN",
                     expected_value=Decimal("250000.00"))
    assert (lead.stage, lead.visiting_id, lead.host_id, lead.meeting_uid) == (
        "contact", meeting.visiting_id, meeting.host_id, meeting.uid)
    with pytest.raises(ValidationError):
        open_lead(meeting=meeting, by=None)  # one lead per pair
    for stage in (P, N):
        update_lead(lead=lead, by=None, stage=stage, currency="MXN", expected_value=Decimal("250000.00"),
                    signed_value=None)
    with pytest.raises(ValidationError, match="signed value"):
        update_lead(lead=lead, by=None, stage=S, currency="MXN", expected_value=None, signed_value=None)
    update_lead(lead=lead, by=None, stage=S, currency="MXN", expected_value=Decimal("250000.00"),
                signed_value=Decimal("240000.50"))
    lead.refresh_from_db()
    assert (lead.stage, lead.signed_value, lead.signed_on is not None) == (S, Decimal("240000.50"), True)
    with pytest.raises(ValidationError, match="cannot go"):
        update_lead(lead=lead, by=None, stage=N, currency="MXN", expected_value=None, signed_value=None)


@pytest.mark.parametrize(("currency", "expected", "signed", "error"), [
    ("EUR", None, None, "currency"),
    ("CAD", Decimal("-1"), None, "expected_value"),
    ("CAD", None, Decimal("-0.01"), "signed_value"),
])
def test_values_are_checked(held, currency, expected, signed, error):
    _built, meeting = held
    with pytest.raises(ValidationError) as caught:
        open_lead(meeting=meeting, by=None, currency=currency, expected_value=expected, signed_value=signed)
    assert list(caught.value.message_dict) == [error]
