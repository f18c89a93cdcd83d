from django.db.models import Count, Q, QuerySet

from trademission.common.i18n import language_codes
from trademission.directory.models import Organization
from trademission.missions.models import Mission


def text_matches(base: str, words: str) -> Q:
    """Every word appears in ``base`` in one of the languages (a cheap, portable full-text filter)."""
    condition = Q()
    for word in words.split():
        condition &= Q(*[Q(**{f"{base}_{code}__icontains": word}) for code in language_codes()], _connector=Q.OR)
    return condition


def organizations_for_listing(mission: Mission, *, side: str = "", kind: str = "", sector: str = "",
                              query: str = "", city: str = "", language: str = "", offers: str = "",
                              seeks: str = "", include_withdrawn: bool = False) -> QuerySet[Organization]:
    """A mission's organizations, filtered, with what a list shows, free of N+1 queries.

    Organizations that left the mission are listed only when asked (the organizer's list).
    """
    organizations = (Organization.objects.filter(mission=mission)
                     .select_related("stop").prefetch_related("sectors")
                     .annotate(people_count=Count("people", distinct=True)).order_by("name"))
    if not include_withdrawn:
        organizations = organizations.filter(withdrawn_at__isnull=True)
    if side:
        organizations = organizations.filter(side=side)
    if kind:
        organizations = organizations.filter(kind=kind)
    if sector:
        organizations = organizations.filter(sectors__slug=sector)
    if query:
        organizations = organizations.filter(name__icontains=query)
    if city:
        organizations = organizations.filter(Q(city__icontains=city) | Q(stop__slug=city))
    if language:
        # A JSON list of codes: look for the quoted code, which works on SQLite and PostgreSQL alike.
        organizations = organizations.filter(languages__icontains=f'"{language}"')
    if offers:
        organizations = organizations.filter(text_matches("offers", offers))
    if seeks:
        organizations = organizations.filter(text_matches("seeks", seeks))
    return organizations
