"""The organizer's ranked list of applications, filtered, in a fixed number of queries."""

from django.db.models import Avg, Count, F, Q, QuerySet

from trademission.applications.enums import ApplicationStatus
from trademission.applications.models import Application
from trademission.missions.models import Mission


def applications_for_listing(mission: Mission, *, sector: str = "", stop: str = "", region: str = "",
                             kind: str = "", status: str = "", outcome: str = "") -> QuerySet[Application]:
    """Submitted applications, best reviewed first, then first come; drafts are the applicants' business."""
    applications = (Application.objects.filter(mission=mission).exclude(status=ApplicationStatus.DRAFT)
                    .annotate(score=Avg("reviews__total"), review_count=Count("reviews", distinct=True))
                    .prefetch_related("sectors", "stops")
                    .order_by(F("score").desc(nulls_last=True), "submitted_at", "pk"))
    filters = Q()
    if sector:
        filters &= Q(sectors__slug=sector)
    if stop:
        filters &= Q(stops__slug=stop)
    if region:
        filters &= Q(region__iexact=region)
    if kind:
        filters &= Q(kind=kind)
    if status:
        filters &= Q(status=status)
    if outcome:
        filters &= Q(outcome=outcome)
    if sector or stop:
        # Joining a many-to-many relation would multiply rows and skew the averages: filter by id.
        return applications.filter(pk__in=Application.objects.filter(filters).values("pk"))
    return applications.filter(filters)


def regions_of(mission: Mission) -> list[str]:
    return sorted(set(Application.objects.filter(mission=mission).exclude(region="")
                      .values_list("region", flat=True)))
