import pytest
from django.core.exceptions import ValidationError

from trademission.directory.domain.representatives import add_representative


def test_an_organization_sends_at_most_the_missions_limit_of_representatives(world):
    # The world's visiting organization already has one representative; the mission allows two.
    added = add_representative(organization=world.visiting, first_name="Marc", last_name="Lévesque",
                               email="Marc@Maple.example", languages=["fr"])

    with pytest.raises(ValidationError) as error:
        add_representative(organization=world.visiting, first_name="Third", last_name="Person",
                           email="third@maple.example")

    assert added.email == "marc@maple.example"
    assert error.value.code == "representatives_limit"
    assert error.value.messages == ["Maple Water Inc. already has 2 representatives, the most this mission allows."]
    assert world.visiting.people.count() == 2


def test_a_mission_may_allow_only_one(world):
    world.mission.max_representatives = 1
    world.mission.save()

    with pytest.raises(ValidationError):
        add_representative(organization=world.visiting, first_name="Marc", last_name="L", email="m@maple.example")


def test_languages_must_be_known_codes(world):
    with pytest.raises(ValidationError) as error:
        add_representative(organization=world.visiting, first_name="Marc", last_name="L", email="m@maple.example",
                           languages=["french"])
    assert error.value.message_dict["languages"] == ["“french” is not a supported language code."]
