import pytest
from django.core.exceptions import ValidationError

from tests.applications.builders import submitted
from tests.world import make_user
from trademission.applications.domain.reviews import submit_review, visible_reviews
from trademission.applications.models import RubricCriterion
from trademission.missions.domain.membership import grant_role
from trademission.missions.enums import Role


@pytest.fixture
def rubric(world):
    RubricCriterion.objects.create(mission=world.mission, slug="fit", name_en="Fit with the sectors", weight=2,
                                   max_score=5, position=1)
    RubricCriterion.objects.create(mission=world.mission, slug="readiness", name_en="Export readiness", weight=1,
                                   max_score=5, position=2)


@pytest.fixture
def second_reviewer(world):
    user = make_user("second.reviewer@test.example")
    grant_role(mission=world.mission, user=user, role=Role.REVIEWER)
    return user


@pytest.mark.parametrize(("scores", "total"), [
    ({"fit": 5, "readiness": 2}, 80.0),
    ({"fit": 0, "readiness": 0}, 0.0),
    ({"fit": 5, "readiness": 5}, 100.0),
    ({"fit": 3, "readiness": 4}, 66.7),
])
def test_the_total_is_weighted_by_the_rubric_on_a_scale_of_100(world, rubric, scores, total):
    review = submit_review(application=submitted(world.mission), reviewer=world.users["reviewer"], scores=scores)

    assert review.total == total


@pytest.mark.parametrize(("scores", "errors"), [
    ({"fit": 6, "readiness": 2}, {"fit": ["Give a whole number from 0 to 5."]}),
    ({"readiness": 2}, {"fit": ["Give a whole number from 0 to 5."]}),
    ({"fit": "5", "readiness": -1}, {"fit": ["Give a whole number from 0 to 5."],
                                     "readiness": ["Give a whole number from 0 to 5."]}),
])
def test_scores_outside_the_rubric_are_refused(world, rubric, scores, errors):
    with pytest.raises(ValidationError) as caught:
        submit_review(application=submitted(world.mission), reviewer=world.users["reviewer"], scores=scores)

    assert caught.value.message_dict == errors


def test_reviewers_do_not_see_each_others_scores_until_they_have_scored(world, rubric, second_reviewer):
    application = submitted(world.mission)
    first = world.users["reviewer"]
    first_review = submit_review(application=application, reviewer=first, scores={"fit": 5, "readiness": 5},
                                 comment="Excellent")

    assert list(visible_reviews(application, user=second_reviewer)) == []
    assert list(visible_reviews(application, user=first)) == [first_review]
    assert list(visible_reviews(application, user=world.users["organizer"])) == [first_review]

    second_review = submit_review(application=application, reviewer=second_reviewer,
                                  scores={"fit": 1, "readiness": 1})

    assert list(visible_reviews(application, user=second_reviewer)) == [first_review, second_review]


def test_scoring_again_replaces_the_reviewers_own_review(world, rubric):
    application = submitted(world.mission)
    submit_review(application=application, reviewer=world.users["reviewer"], scores={"fit": 1, "readiness": 1})
    submit_review(application=application, reviewer=world.users["reviewer"], scores={"fit": 5, "readiness": 5})

    assert [review.total for review in application.reviews.all()] == [100.0]


def test_only_the_missions_reviewers_and_organizers_review(world, rubric):
    with pytest.raises(PermissionError):
        submit_review(application=submitted(world.mission), reviewer=world.users["delegate"],
                      scores={"fit": 1, "readiness": 1})


def test_without_a_rubric_there_is_nothing_to_score(world):
    with pytest.raises(ValidationError) as caught:
        submit_review(application=submitted(world.mission), reviewer=world.users["reviewer"], scores={})

    assert caught.value.messages == ["The organizer has not defined the scoring rubric yet."]
