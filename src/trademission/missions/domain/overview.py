from dataclasses import dataclass

from django.db.models import Count, Prefetch, Q, QuerySet

from trademission.directory.enums import Side
from trademission.directory.models import Organization, Person
from trademission.missions.models import Mission, ProgrammeElement, Sector, Stop


@dataclass(frozen=True)
class MissionCounts:
    visiting_organizations: int
    host_organizations: int
    visiting_people: int
    host_people: int


def stops_with_programme(mission: Mission) -> QuerySet[Stop]:
    """Stops in order, each with its sectors and programme, in a fixed number of queries."""
    programme = ProgrammeElement.objects.prefetch_related("sectors").order_by("starts_at", "pk")
    return (Stop.objects.filter(mission=mission).order_by("start_date", "slug")
            .prefetch_related("sectors", Prefetch("programme", queryset=programme)))


def sectors_with_subsectors(mission: Mission) -> QuerySet[Sector]:
    return mission.sectors.prefetch_related("subsectors").order_by("slug")


def mission_counts(mission: Mission) -> MissionCounts:
    organizations = Organization.objects.filter(mission=mission).aggregate(
        visiting=Count("pk", filter=Q(side=Side.VISITING)), host=Count("pk", filter=Q(side=Side.HOST))
    )
    people = Person.objects.filter(organization__mission=mission).aggregate(
        visiting=Count("pk", filter=Q(organization__side=Side.VISITING)),
        host=Count("pk", filter=Q(organization__side=Side.HOST)),
    )
    return MissionCounts(
        visiting_organizations=organizations["visiting"], host_organizations=organizations["host"],
        visiting_people=people["visiting"], host_people=people["host"],
    )


def public_missions() -> QuerySet[Mission]:
    return Mission.objects.exclude(status="draft").order_by("-start_date")
