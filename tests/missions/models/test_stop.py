import datetime as dt

import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError

from trademission.missions.models import Stop


def test_a_stop_lies_within_its_mission(world):
    stop = world.mission.stops.get()
    stop.end_date = world.mission.end_date + dt.timedelta(days=1)

    with pytest.raises(ValidationError) as error:
        stop.full_clean()
    assert error.value.messages == ["A stop must fall within the mission's dates."]


def test_stop_slugs_are_unique_within_a_mission_only(world):
    stop = world.mission.stops.get()
    other = world.other_mission.stops.get()

    assert stop.slug == other.slug
    with pytest.raises(IntegrityError):
        Stop.objects.create(mission=world.mission, slug=stop.slug, name_en="Again", time_zone="UTC",
                            start_date=stop.start_date, end_date=stop.end_date)
