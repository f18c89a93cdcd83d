"""Store an engine result as a new schedule version, in one transaction, after the checker accepts it."""

import re
import uuid
from collections import Counter, defaultdict

from django.db import transaction
from django.db.models import Max
from django.utils import timezone

from b2bsolver import Result, dump_result
from trademission.matchmaking.models import MeetingRequest
from trademission.missions.models import Mission
from trademission.scheduling.domain.build_problem import Plan, check_result, pair_of, request_id
from trademission.scheduling.domain.people import assign_people
from trademission.scheduling.enums import VersionStatus
from trademission.scheduling.models import Meeting, ScheduleVersion

PARTICIPANT = re.compile(r"\b[vh]-(\d+)\b")
UID_NAMESPACE = uuid.UUID("6f1c3f0e-8a47-4d55-9a43-1f2b6c1d7e21")


class ScheduleError(Exception):
    """The run produced nothing to store: infeasible, rejected by the checker, or cancelled."""


def meeting_uid(*, mission: Mission, visiting_id: int, host_id: int) -> uuid.UUID:
    """The same pair gets the same UID in every version of the mission, so calendars update in place."""
    return uuid.uuid5(UID_NAMESPACE, f"{mission.slug}:{visiting_id}:{host_id}")


def latest_requests(mission: Mission) -> dict[tuple[int, int], int]:
    """(visiting, host) → the pair's most recent MeetingRequest id."""
    sides = dict(mission.organizations.values_list("pk", "side"))
    found = {}
    for pk, requester, recipient in MeetingRequest.objects.filter(mission=mission).order_by(
            "created_at", "pk").values_list("pk", "requester_id", "recipient_id"):
        found[(requester, recipient) if sides[requester] == "visiting" else (recipient, requester)] = pk
    return found


def resequence(version: ScheduleVersion) -> None:
    """SEQUENCE of each meeting: the live one's when unchanged, one more than ever published when changed."""
    live = ScheduleVersion.objects.filter(mission_id=version.mission_id, status=VersionStatus.LIVE).exclude(
        pk=version.pk).first()
    reference = {m.uid: m for m in live.meetings.all()} if live else {}
    published = dict(Meeting.objects.filter(version__mission_id=version.mission_id, version__published_at__isnull=False)
                     .exclude(version=version).values("uid").annotate(top=Max("sequence")).values_list("uid", "top"))
    changed = []
    for meeting in version.meetings.all():
        before = reference.get(meeting.uid)
        if before and (before.slot_id, before.table) == (meeting.slot_id, meeting.table):
            sequence = before.sequence
        else:
            sequence = published[meeting.uid] + 1 if meeting.uid in published else 0
        if sequence != meeting.sequence:
            meeting.sequence = sequence
            changed.append(meeting)
    Meeting.objects.bulk_update(changed, ["sequence"])


def fairness(plan: Plan, meetings: list[Meeting], unscheduled: list[dict]) -> list[dict]:
    """Organizations below the target, with the most likely reason, fewest meetings first."""
    held = Counter()
    for meeting in meetings:
        held[meeting.visiting_id] += 1
        held[meeting.host_id] += 1
    asked = Counter()
    for visiting_id, host_id in plan.pairs:
        asked[visiting_id] += 1
        asked[host_id] += 1
    lost = defaultdict(Counter)
    for item in unscheduled:
        lost[item["visiting"]][item["reason"]] += 1
        lost[item["host"]][item["reason"]] += 1
    participants = {p["id"]: p for p in plan.problem["participants"]}
    rows = []
    for org_id, org in plan.organizations.items():
        entry = participants.get(f"{'v' if org.side == 'visiting' else 'h'}-{org_id}")
        target = entry["min_meetings"] if entry else 0
        if not asked[org_id] or held[org_id] >= target:
            continue
        if entry is None:
            reason = "no representative available for B2B meetings"
        elif asked[org_id] < target:
            reason = f"only {asked[org_id]} partners requested"
        elif len(entry["available"]) < target:
            reason = f"available in only {len(entry['available'])} slots"
        elif lost[org_id]:
            reason = lost[org_id].most_common(1)[0][0]
        else:
            reason = "partners fully booked in its available slots"
        rows.append({"organization": org_id, "name": org.name, "side": org.side, "meetings": held[org_id],
                     "target": target, "requests": asked[org_id], "reason": reason})
    return sorted(rows, key=lambda row: (row["meetings"], row["name"]))


def apply_solution(version: ScheduleVersion, *, plan: Plan, result: Result) -> ScheduleVersion:
    """Check ``result`` against ``plan.problem``, then write every meeting of the new draft at once."""
    if result.status == "infeasible":
        raise ScheduleError("; ".join(f"{item.request}: {item.reason}" for item in result.unscheduled))
    errors = check_result(plan.problem, result)
    if errors:
        raise ScheduleError("the checker rejected the result: " + "; ".join(errors[:5]))
    mission = version.mission
    requests = latest_requests(mission)
    meetings = [Meeting(version=version, request_id=m.request_id, visiting_id=m.visiting_id, host_id=m.host_id,
                        slot_id=m.slot_id, table=m.table, interpreter=m.interpreter,
                        visiting_person_id=m.visiting_person_id, host_person_id=m.host_person_id, weight=m.weight,
                        locked=m.locked, status=m.status, uid=m.uid, sequence=m.sequence) for m in plan.frozen]
    taken = {(m.slot_id, pid) for m in meetings for pid in (m.visiting_person_id, m.host_person_id) if pid}
    placed = []
    for item in result.meetings:
        pair = pair_of(item.request)
        placed.append(Meeting(
            version=version, request_id=requests.get(pair), visiting_id=pair[0], host_id=pair[1],
            slot_id=plan.slot_ids[item.slot], table=item.table, interpreter=item.interpreter or "",
            weight=plan.pairs[pair].weight, locked=pair in plan.locked,
            uid=meeting_uid(mission=mission, visiting_id=pair[0], host_id=pair[1])))
    keep = {(m.uid, m.slot_id): (m.visiting_person_id, m.host_person_id) for m in plan.base}
    assign_people(placed, availability=plan.availability, taken=taken, keep=keep)
    unscheduled = [_unscheduled(plan, pair_of(item.request), item.reason) for item in result.unscheduled]
    reported = {item.request for item in result.unscheduled}
    unscheduled += [_unscheduled(plan, pair, reason) for pair, reason in plan.excluded.items()
                    if request_id(*pair) not in reported]
    stats = dump_result(result)["stats"]
    stats.update(status=result.status, quality=round(result.stats.weight / result.stats.upper_bound, 6)
                 if result.stats.upper_bound else 1.0, requests=len(plan.problem["requests"]),
                 participants=len(plan.problem["participants"]), frozen=len(plan.frozen))
    with transaction.atomic():
        locked = ScheduleVersion.objects.select_for_update().get(pk=version.pk)
        if locked.status != VersionStatus.RUNNING:
            raise ScheduleError(f"version {version.number} is {locked.status}, not running")
        Meeting.objects.bulk_create(meetings + placed)
        stats["fairness"] = fairness(plan, meetings + placed, unscheduled)
        ScheduleVersion.objects.filter(pk=version.pk).update(
            status=VersionStatus.DRAFT, progress=100, stats=stats, unscheduled=unscheduled,
            finished_at=timezone.now(), error="")
        resequence(locked)
    version.refresh_from_db()
    return version


def _unscheduled(plan: Plan, pair: tuple[int, int], reason: str) -> dict:
    visiting, host = plan.organizations[pair[0]], plan.organizations[pair[1]]
    # The engine names participants by id; the page names organizations.
    reason = PARTICIPANT.sub(lambda found: plan.organizations[int(found[1])].name
                             if int(found[1]) in plan.organizations else found[0], reason)
    weight = plan.pairs[pair].weight if pair in plan.pairs else 0.0
    return {"visiting": pair[0], "host": pair[1], "visiting_name": visiting.name, "host_name": host.name,
            "weight": weight, "reason": reason}
