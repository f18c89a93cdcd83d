import pytest
from django.core import mail
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction

from tests.factories.accounts import UserFactory
from tests.scheduling.builders import classic, hand_built, placements, slot
from trademission.scheduling.domain.moves import move_meeting
from trademission.scheduling.domain.notices import person_language
from trademission.scheduling.domain.publish import publish_version, restore_version
from trademission.scheduling.models import ScheduleVersion

pytestmark = pytest.mark.django_db

V1 = [("Maple", "Agua", "20260216-0900", 1, "", "Anne", "Diego"),
      ("Maple", "Sol", "20260216-0920", 1, "en-es", "Anne", "Elena"),
      ("Cedar", "Agua", "20260216-0920", 2, "", "Carl", "Diego")]


def statuses(world) -> list[tuple[int, str]]:
    return list(ScheduleVersion.objects.filter(mission=world.mission).order_by("number").values_list(
        "number", "status"))


def test_publishing_makes_one_version_live_and_archives_the_previous_one():
    world = classic()
    first, second = hand_built(world, V1), hand_built(world, V1[:2])

    publish_version(version=first, notify=False)
    publish_version(version=second, notify=False)

    assert statuses(world) == [(1, "archived"), (2, "live")]
    with pytest.raises(ValidationError, match="Only a draft can be published"):
        publish_version(version=second, notify=False)
    with transaction.atomic(), pytest.raises(IntegrityError):
        ScheduleVersion.objects.filter(pk=first.pk).update(status="live")


def test_restore_copies_any_earlier_version_as_a_draft_to_publish():
    world = classic()
    first, second = hand_built(world, V1), hand_built(world, V1[:1])
    publish_version(version=first, notify=False)
    publish_version(version=second, notify=False)

    copy = restore_version(version=first, by=None)
    publish_version(version=copy, notify=False)

    assert (copy.number, copy.kind, copy.base_id) == (3, "restore", first.pk)
    assert placements(copy) == placements(first)
    assert statuses(world) == [(1, "archived"), (2, "archived"), (3, "live")]


def test_publishing_tells_only_people_whose_meetings_changed(immediate_tasks, django_capture_on_commit_callbacks):
    world = classic()
    with django_capture_on_commit_callbacks(execute=True):
        notified = publish_version(version=hand_built(world, V1))
    assert sorted(message.to[0] for message in mail.outbox) == [
        "anne@maple.example", "carl@cedar.example", "diego@agua.example", "elena@sol.example"]
    assert len(notified) == 4
    mail.outbox.clear()
    draft = restore_version(version=ScheduleVersion.objects.get(status="live"), by=None)
    moved = draft.meetings.get(visiting=world.orgs["Cedar"])
    move_meeting(meeting=moved, slot=slot(world, "20260217-0900"))

    with django_capture_on_commit_callbacks(execute=True):
        notified = publish_version(version=draft)

    assert sorted(message.to[0] for message in mail.outbox) == ["carl@cedar.example", "diego@agua.example"]
    assert "2026-02-17 09:00" in mail.outbox[0].body
    assert sorted(notified) == sorted([world.people["Carl"].pk, world.people["Diego"].pk])


def test_a_moved_meeting_gets_the_next_sequence_and_unchanged_ones_keep_theirs():
    world = classic()
    publish_version(version=hand_built(world, V1), notify=False)
    draft = restore_version(version=ScheduleVersion.objects.get(status="live"), by=None)
    move_meeting(meeting=draft.meetings.get(visiting=world.orgs["Cedar"]), slot=slot(world, "20260217-0900"))
    publish_version(version=draft, notify=False)
    again = restore_version(version=draft, by=None)
    move_meeting(meeting=again.meetings.get(visiting=world.orgs["Cedar"]), slot=slot(world, "20260216-0940"))
    publish_version(version=again, notify=False)

    assert dict(again.meetings.values_list("host__name", "sequence").filter(visiting=world.orgs["Maple"])) == {
        "Agua": 0, "Sol": 0}
    assert again.meetings.get(visiting=world.orgs["Cedar"]).sequence == 2


@pytest.mark.parametrize(("account", "spoken", "expected"), [
    ("fr", ["en"], "fr"),
    (None, ["es", "en"], "es"),
    (None, ["de"], "en"),
    ("xx", ["fr"], "fr"),
])
def test_notices_use_the_account_language_else_the_first_spoken_one(account, spoken, expected):
    world = classic()
    person = world.people["Anne"]
    person.languages = spoken
    if account:
        person.user = UserFactory(language=account)

    assert person_language(person) == expected
