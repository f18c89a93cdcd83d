"""Meeting requests and preferences of the 2026 demo mission, drawn from the seeded generator.

The 2026 mission is over, so its requests are answered or expired; the demo delegate's and the demo
host's organizations have an accepted request between them, so both accounts see one at once.
"""

import datetime as dt
import random

from django.db import transaction

from trademission.directory.enums import OrganizationKind, Side
from trademission.directory.models import Organization
from trademission.matchmaking.enums import PreferenceLevel, RequestStatus
from trademission.matchmaking.models import MeetingRequest, Preference
from trademission.missions.enums import Role
from trademission.missions.models import Mission

STATUSES = [RequestStatus.ACCEPTED] * 12 + [RequestStatus.DECLINED] * 3 + [RequestStatus.EXPIRED] * 3
LEVELS = [PreferenceLevel.MUST_MEET, PreferenceLevel.WOULD_LIKE, PreferenceLevel.WOULD_LIKE,
          PreferenceLevel.NO_THANKS]


def seed_matchmaking(*, mission: Mission, rng: random.Random) -> int:
    """Up to two requests per visiting SME, to hosts in one of its sectors at a stop it attends."""
    mission_sectors = set(mission.sectors.values_list("pk", flat=True))
    stop_sectors = {stop.pk: {sector.pk for sector in stop.sectors.all()}
                    for stop in mission.stops.prefetch_related("sectors")}
    organizations = list(Organization.objects.filter(mission=mission).order_by("pk").prefetch_related("sectors"))
    sectors = {org.pk: {sector.pk for sector in org.sectors.all()} & mission_sectors for org in organizations}
    hosts = [org for org in organizations if org.side == Side.HOST and org.stop_id and sectors[org.pk]]
    visitors = [org for org in organizations
                if org.side == Side.VISITING and org.kind == OrganizationKind.SME and sectors[org.pk]]
    sent_at = dt.datetime.combine(mission.start_date, dt.time(15), tzinfo=dt.UTC) - dt.timedelta(days=30)
    requests, preferences, pairs = [], [], set()
    for visitor in visitors:
        candidates = [host for host in hosts if sectors[host.pk] & sectors[visitor.pk]
                      and stop_sectors[host.stop_id] & sectors[visitor.pk]]
        for host in rng.sample(candidates, k=min(2, len(candidates))):
            requester, recipient = (visitor, host) if rng.random() < 0.7 else (host, visitor)
            requests.append(_request(mission, requester, recipient, rng.choice(STATUSES), sent_at))
            pairs.add((visitor.pk, host.pk))
        if candidates and rng.random() < 0.4:
            preferences.append(Preference(mission=mission, organization=visitor, target=rng.choice(candidates),
                                          level=rng.choice(LEVELS)))
    demo_pair = _demo_pair(mission)
    if demo_pair and (demo_pair[0].pk, demo_pair[1].pk) not in pairs:
        requests.append(_request(mission, *demo_pair, RequestStatus.ACCEPTED, sent_at))
    with transaction.atomic():
        MeetingRequest.objects.bulk_create(requests)
        Preference.objects.bulk_create(preferences, ignore_conflicts=True)
    return len(requests)


def _request(mission: Mission, requester: Organization, recipient: Organization, status: str,
             sent_at: dt.datetime) -> MeetingRequest:
    low, high = sorted((requester.pk, recipient.pk))
    answered = sent_at + dt.timedelta(days=2) if status in (RequestStatus.ACCEPTED, RequestStatus.DECLINED) else None
    return MeetingRequest(mission=mission, requester=requester, recipient=recipient, pair_low=low, pair_high=high,
                          status=status, note="", expires_at=sent_at + dt.timedelta(days=7), answered_at=answered)


def _demo_pair(mission: Mission) -> tuple[Organization, Organization] | None:
    memberships = {membership.role: membership.organization for membership in
                   mission.memberships.filter(role__in=[Role.DELEGATE, Role.HOST], user__email__in=[
                       "delegate@example.com", "host@example.com"]).select_related("organization")}
    if Role.DELEGATE in memberships and Role.HOST in memberships:
        return memberships[Role.DELEGATE], memberships[Role.HOST]
    return None
