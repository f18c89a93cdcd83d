import dataclasses
import datetime as dt
import zoneinfo
from pathlib import Path

import pytest
from django.core.exceptions import ValidationError

from tests.privacy.builders import finished_mission, share_participant
from tests.privacy.search import found_values, occurrences
from trademission.accounts.models import User
from trademission.directory.domain.representatives import add_representative
from trademission.directory.models import Person
from trademission.missions.domain.backup import backup_mission
from trademission.missions.domain.membership import grant_role
from trademission.missions.enums import Role
from trademission.missions.models import Membership, PersonalDataPurge
from trademission.outcomes.domain.report import mission_report
from trademission.privacy.domain.purge import KINDS, purge_mission, purge_preview
from trademission.privacy.domain.retention import purge_possible_from

pytestmark = pytest.mark.django_db
MX = zoneinfo.ZoneInfo("America/Mexico_City")
LATER = dt.datetime(2027, 6, 1, 12, 0, tzinfo=dt.UTC)
EXPECTED_COUNTS = {
    "people": 5, "photos": 1, "attendances": 4, "programme_registrations": 4, "check_ins": 4, "agenda_tokens": 4,
    "agenda_prints": 4, "survey_invitations": 4, "memberships": 5, "users": 4, "applications": 5, "reviews": 1,
    "status_changes": 1, "meeting_requests": 2, "feedback": 3, "leads": 1, "organizations": 4, "import_batches": 1,
    "emails": 2, "login_records": 2, "admin_log": 2,
}
NOTHING = dict.fromkeys(EXPECTED_COUNTS, 0)


@pytest.fixture
def missions(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    settings.PRIVACY_RETENTION_DAYS = 365
    # Queued e-mails must be rows the purge can find: the database queue, as in the embedded default.
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend", "QUEUES": ["default"]}}
    purged, other = finished_mission("purge-me", with_photo=True), finished_mission("keep-me")
    share_participant(purged, other)
    return purged, other


def plain(value: object) -> object:
    """The report as nested dicts and lists (``dataclasses.asdict`` cannot copy its defaultdicts)."""
    if dataclasses.is_dataclass(value):
        return {field.name: plain(getattr(value, field.name)) for field in dataclasses.fields(value)}
    if isinstance(value, dict):
        return {key: plain(item) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [plain(item) for item in value]
    return value


def report_of(mission) -> dict:
    return plain(mission_report(mission=mission))


def test_purge_becomes_possible_at_midnight_after_the_last_day_plus_the_retention_period(missions):
    mission = missions[0].built.mission
    assert mission.end_date == dt.date(2026, 2, 18)
    assert purge_possible_from(mission) == dt.datetime(2027, 2, 19, 0, 0, tzinfo=MX)


def test_a_purge_before_the_retention_period_is_over_is_refused_and_changes_nothing(missions):
    mission = missions[0].built.mission
    before = backup_mission(mission=mission)
    just_before = purge_possible_from(mission) - dt.timedelta(seconds=1)
    with pytest.raises(ValidationError) as refused:
        purge_mission(mission, by=missions[0].built.organizer, now=just_before)
    assert refused.value.code == "retention"
    assert refused.value.messages == [
        "The personal data of this mission must be kept until Feb. 19, 2027; they can be purged from then on."]
    assert backup_mission(mission=mission) == before
    assert PersonalDataPurge.objects.count() == 0


def test_after_the_purge_no_personal_value_of_the_mission_remains_anywhere_in_the_database(missions):
    purged = missions[0]
    assert found_values(purged.secrets) == {value.lower() for value in purged.secrets}  # the search finds them

    purge_mission(purged.built.mission, by=purged.built.organizer, now=purge_possible_from(purged.built.mission))

    assert occurrences(purged.secrets) == []
    assert Person.objects.filter(organization__mission=purged.built.mission).count() == 0


def test_the_mission_report_gives_exactly_the_same_figures_after_the_purge(missions):
    mission = missions[0].built.mission
    before = report_of(mission)
    assert [stage["count"] for stage in before["funnel"]] == [4, 2, 2, 4, 3, 1, 2, 1]  # the report has figures

    purge_mission(mission, by=missions[0].built.organizer, now=LATER)

    assert report_of(mission) == before


def test_the_other_mission_and_the_shared_participant_keep_everything(missions):
    purged, other = missions
    before = backup_mission(mission=other.built.mission)
    other_report = report_of(other.built.mission)

    purge_mission(purged.built.mission, by=purged.built.organizer, now=LATER)

    assert backup_mission(mission=other.built.mission) == before
    assert report_of(other.built.mission) == other_report
    assert found_values(other.secrets) == {value.lower() for value in other.secrets}
    shared = User.objects.get(pk=purged.shared.pk)
    assert list(Membership.objects.filter(user=shared).values_list("mission__slug", "role")) == [
        ("keep-me", "delegate")]
    assert Person.objects.filter(first_name="Shared").count() == 0


def test_organizers_reviewers_and_their_memberships_stay(missions):
    purged = missions[0]
    purge_mission(purged.built.mission, by=purged.built.organizer, now=LATER)
    assert sorted(Membership.objects.filter(mission=purged.built.mission).values_list("user_id", "role")) == sorted(
        [(purged.built.organizer.pk, Role.ORGANIZER), (purged.reviewer.pk, Role.REVIEWER)])


def test_the_purge_is_recorded_with_who_when_and_the_counts(missions):
    built = missions[0].built
    record = purge_mission(built.mission, by=built.organizer, now=LATER)
    built.mission.refresh_from_db()
    assert built.mission.personal_data_purged_at == LATER
    assert (record.mission, record.by, record.at, record.counts) == (built.mission, built.organizer, LATER,
                                                                     EXPECTED_COUNTS)
    assert list(record.counts) == [kind for kind, _label in KINDS]


def test_purging_twice_is_harmless(missions):
    built = missions[0].built
    purge_mission(built.mission, by=built.organizer, now=LATER)
    report = report_of(built.mission)
    after_first = backup_mission(mission=built.mission)

    second = purge_mission(built.mission, by=built.organizer, now=LATER + dt.timedelta(days=1))

    built.mission.refresh_from_db()
    assert second.counts == NOTHING
    assert built.mission.personal_data_purged_at == LATER  # when the data went, not when someone re-checked
    assert report_of(built.mission) == report
    after_second = backup_mission(mission=built.mission)
    assert [row for row in after_second["objects"] if row["model"] != "missions.personaldatapurge"] == [
        row for row in after_first["objects"] if row["model"] != "missions.personaldatapurge"]
    assert PersonalDataPurge.objects.filter(mission=built.mission).count() == 2


def test_the_dry_run_counts_what_the_purge_then_removes_and_changes_nothing(missions):
    built = missions[0].built
    before = backup_mission(mission=built.mission)

    assert purge_preview(built.mission) == EXPECTED_COUNTS

    assert backup_mission(mission=built.mission) == before
    assert purge_mission(built.mission, by=built.organizer, now=LATER).counts == EXPECTED_COUNTS
    assert purge_preview(built.mission) == NOTHING


def test_photo_files_are_deleted_once_the_purge_commits(missions, settings, django_capture_on_commit_callbacks):
    purged = missions[0]
    photo = Path(settings.MEDIA_ROOT) / purged.photos[0]
    assert photo.exists()
    with django_capture_on_commit_callbacks(execute=True):
        purge_mission(purged.built.mission, by=purged.built.organizer, now=LATER)
    assert not photo.exists()


def test_a_purged_mission_refuses_new_personal_data(missions):
    built = missions[0].built
    purge_mission(built.mission, by=built.organizer, now=LATER)
    built.mission.refresh_from_db()

    with pytest.raises(ValidationError) as refused:
        add_representative(organization=built.visiting[0], first_name="New", last_name="Person",
                           email="new@example.com")
    assert refused.value.code == "purged"
    with pytest.raises(ValidationError):
        grant_role(mission=built.mission, user=built.organizer, role=Role.DELEGATE, organization=built.visiting[0])
    assert built.mission.registration_open is False
    # Staff roles are no personal data of participants: organizers can still be added to read the report.
    assert grant_role(mission=built.mission, user=missions[0].reviewer, role=Role.ORGANIZER).role == Role.ORGANIZER
