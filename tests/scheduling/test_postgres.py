"""Organizers moving meetings into the same slot at the same moment never double-book a table or a person."""

import pytest

from tests.reliability.race import postgres_only, race
from tests.scheduling.builders import add_org, classic, hand_built, slot
from trademission.directory.enums import Side
from trademission.scheduling.domain.moves import move_meeting
from trademission.scheduling.models import Meeting

pytestmark = postgres_only("row locks need PostgreSQL; SQLite serializes writers anyway")


@pytest.mark.parametrize("rounds", range(3))
def test_parallel_moves_into_one_free_table_book_it_once(rounds):
    world = classic(slug=f"race-{rounds}", tables=1)
    add_org(world, "Birch", side=Side.VISITING, people={"Fay": ["es"]})
    add_org(world, "Luna", side=Side.HOST, people={"Gil": ["es"]})
    for person in ("Fay", "Gil"):
        world.attend(person, *[session.date for session in world.sessions])
    version = hand_built(world, [("Maple", "Agua", "20260216-0900", 1, "", "Anne", "Diego"),
                                 ("Cedar", "Sol", "20260216-0920", 1, "en-es", "Carl", "Elena"),
                                 ("Birch", "Luna", "20260216-0940", 1, "", "Fay", "Gil")])
    movers = [version.meetings.get(visiting=world.orgs[name]) for name in ("Maple", "Cedar", "Birch")]
    target = slot(world, "20260217-0900")
    wins, codes, errors = race([lambda meeting=meeting: move_meeting(meeting=meeting, slot=target)
                                for meeting in movers])

    assert (len(wins), len(codes), errors) == (1, 2, [])
    assert list(Meeting.objects.filter(version=version, slot=target).values_list("table", flat=True)) == [1]
