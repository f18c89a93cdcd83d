import datetime as dt

import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError

from trademission.missions.models import ProgrammeElement


def element(world):
    return ProgrammeElement.objects.get(stop__mission=world.mission)


def test_an_element_ends_after_it_starts(world):
    item = element(world)
    item.ends_at = item.starts_at

    with pytest.raises(ValidationError) as error:
        item.full_clean()
    assert error.value.message_dict["ends_at"] == ["An element must end after it starts."]
    with pytest.raises(IntegrityError):
        item.save()


def test_an_element_takes_place_on_a_day_of_its_stop_in_local_time(world):
    item = element(world)
    # 18 Feb 04:00 UTC is still 17 Feb in Mexico City, the stop's last day.
    item.starts_at = dt.datetime(2026, 2, 18, 4, 0, tzinfo=dt.UTC)
    item.ends_at = item.starts_at + dt.timedelta(hours=1)
    item.full_clean()

    item.starts_at = dt.datetime(2026, 2, 18, 7, 0, tzinfo=dt.UTC)
    item.ends_at = item.starts_at + dt.timedelta(hours=1)
    with pytest.raises(ValidationError) as error:
        item.full_clean()
    assert error.value.message_dict["starts_at"] == ["An element must take place on one of its stop's days."]


def test_at_least_one_person_per_organization_can_attend(world):
    item = element(world)
    item.max_per_organization = 0

    with pytest.raises(IntegrityError):
        item.save()
