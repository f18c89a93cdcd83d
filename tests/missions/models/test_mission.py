import datetime as dt

import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError
from django.utils import timezone

from trademission.missions.enums import MissionStatus


def test_a_mission_cannot_end_before_it_starts(world):
    mission = world.mission
    mission.end_date = mission.start_date - dt.timedelta(days=1)

    with pytest.raises(ValidationError) as error:
        mission.full_clean()
    assert error.value.message_dict["end_date"] == ["The last day cannot come before the first day."]
    with pytest.raises(IntegrityError):
        mission.save()


def test_the_host_country_differs_from_the_visiting_country(world):
    mission = world.mission
    mission.host_country = mission.visiting_country

    with pytest.raises(ValidationError) as error:
        mission.full_clean()
    assert error.value.message_dict["host_country"] == ["The host country must differ from the visiting country."]


@pytest.mark.parametrize(("field", "value"), [("host_country", "mx"), ("host_country", "MEX"),
                                              ("time_zone", "Mexico/Nowhere")])
def test_countries_and_time_zones_are_validated(world, field, value):
    setattr(world.mission, field, value)

    with pytest.raises(ValidationError) as error:
        world.mission.full_clean()
    assert list(error.value.message_dict) == [field]


@pytest.mark.parametrize(("status", "days_to_deadline", "expected"), [
    (MissionStatus.OPEN, 1, True),
    (MissionStatus.OPEN, -1, False),
    (MissionStatus.CLOSED, 1, False),
    (MissionStatus.DRAFT, 1, False),
])
def test_registration_is_open_only_while_open_and_before_the_deadline(world, status, days_to_deadline, expected):
    world.mission.status = status
    world.mission.registration_deadline = timezone.now() + dt.timedelta(days=days_to_deadline)

    assert world.mission.registration_open is expected


def test_the_name_follows_the_reader_language_and_falls_back_to_english(world):
    from django.utils import translation

    with translation.override("fr"):
        assert world.mission.name == "Mission alpha-2026 (fr)"
    with translation.override("es"):
        assert world.mission.name == "Mission alpha-2026"
