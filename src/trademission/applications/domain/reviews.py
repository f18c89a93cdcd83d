"""Reviewers score applications on the mission's rubric; nobody sees others' scores before scoring."""

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import QuerySet
from django.utils.translation import gettext as _

from trademission.accounts.models import User
from trademission.applications.enums import ApplicationStatus
from trademission.applications.models import Application, Review, RubricCriterion
from trademission.applications.validators import validate_score
from trademission.missions.models import Mission
from trademission.missions.rules import is_organizer, is_reviewer

REVIEWABLE = (ApplicationStatus.SUBMITTED, ApplicationStatus.WAITLISTED, ApplicationStatus.SELECTED,
              ApplicationStatus.REJECTED)


def rubric_of(mission: Mission) -> list[RubricCriterion]:
    return list(RubricCriterion.objects.filter(mission=mission).order_by("position", "pk"))


def weighted_total(criteria: list[RubricCriterion], scores: dict[str, int]) -> float:
    """Scores weighted by the rubric, on 0–100 so that rubrics of any scale compare."""
    most = sum(criterion.weight * criterion.max_score for criterion in criteria)
    if most == 0:
        return 0.0
    got = sum(criterion.weight * scores.get(criterion.slug, 0) for criterion in criteria)
    return round(100 * got / most, 1)


@transaction.atomic
def submit_review(*, application: Application, reviewer: User, scores: dict[str, int], comment: str = "") -> Review:
    """Record (or replace) ``reviewer``'s scores for ``application``."""
    mission = application.mission
    if not (is_reviewer(reviewer, mission) or is_organizer(reviewer, mission)):
        raise PermissionError("Only the mission's reviewers and organizers review its applications.")
    if application.status not in REVIEWABLE:
        raise ValidationError(_("Only submitted applications can be reviewed."), code="status")
    criteria = rubric_of(mission)
    if not criteria:
        raise ValidationError(_("The organizer has not defined the scoring rubric yet."), code="rubric")
    errors = {}
    for criterion in criteria:
        try:
            validate_score(scores.get(criterion.slug), maximum=criterion.max_score)
        except ValidationError as error:
            errors[criterion.slug] = error.messages
    if errors:
        raise ValidationError(errors)
    clean_scores = {criterion.slug: scores[criterion.slug] for criterion in criteria}
    review, _created = Review.objects.update_or_create(
        application=application, reviewer=reviewer,
        defaults={"scores": clean_scores, "comment": comment.strip(), "total": weighted_total(criteria, clean_scores)},
    )
    return review


def visible_reviews(application: Application, *, user: User) -> QuerySet[Review]:
    """Organizers see every review; a reviewer sees the others' only once they have scored themselves."""
    reviews = application.reviews.select_related("reviewer").order_by("submitted_at", "pk")
    if is_organizer(user, application.mission):
        return reviews
    if reviews.filter(reviewer=user).exists():
        return reviews
    return reviews.none()


def review_queue(mission: Mission) -> QuerySet[Application]:
    return (Application.objects.filter(mission=mission, status__in=REVIEWABLE)
            .exclude(outcome="ineligible").order_by("submitted_at", "pk"))
