"""What the 2026 demo mission's meetings turned into: on-site marks, feedback from both sides, leads and deals.

The mission is over, so if nobody marked the published meetings on site, this marks them (most held,
a few no-shows and cancellations). Everything is drawn from ``rng`` in a fixed order: the same seed
gives the same report. Rates are the organizer's (never fetched): 1 MXN = 0.0741 CAD, 1 USD = 1.3650 CAD.
"""

import datetime as dt
import random
from decimal import Decimal

from django.utils import timezone

from trademission.directory.enums import Side
from trademission.missions.models import Mission
from trademission.outcomes.domain.common import live_meetings
from trademission.outcomes.domain.currency import outcome_settings
from trademission.outcomes.enums import Currency, LeadStage, NextStep
from trademission.outcomes.models import ActionPlanTag, Feedback, Lead
from trademission.scheduling.enums import MeetingStatus

TAGS = [("critical-minerals", "Critical minerals", "Minéraux critiques", "Minerales críticos"),
        ("ports-infrastructure", "Ports and infrastructure", "Ports et infrastructures", "Puertos e infraestructura"),
        ("supply-chains", "Supply chains", "Chaînes d'approvisionnement", "Cadenas de suministro")]
MARKS = [(MeetingStatus.HELD, 86), (MeetingStatus.NO_SHOW_VISITING, 5), (MeetingStatus.NO_SHOW_HOST, 5),
         (MeetingStatus.CANCELLED, 4)]
# Next steps weighted as trade commissioners report them: most meetings lead to a call or nothing.
STEPS = [(NextStep.NOTHING, 30), (NextStep.CALL, 30), (NextStep.QUOTE, 15), (NextStep.SAMPLES, 7),
         (NextStep.VISIT, 7), (NextStep.NDA, 5), (NextStep.LOI, 4), (NextStep.CONTRACT, 2)]
STAGES = [(LeadStage.CONTACT, 35), (LeadStage.PROPOSAL, 25), (LeadStage.NEGOTIATION, 15), (LeadStage.SIGNED, 12),
          (LeadStage.LOST, 13)]
CURRENCIES = [(Currency.CAD, 45), (Currency.MXN, 35), (Currency.USD, 20)]


def _pick(rng: random.Random, weighted: list[tuple[object, int]]) -> object:
    return rng.choices([value for value, _weight in weighted], weights=[weight for _value, weight in weighted])[0]


def _amount(rng: random.Random, currency: str) -> Decimal:
    base = rng.choice([15, 25, 40, 60, 90, 150, 250, 400]) * 1000
    return Decimal(base * (17 if currency == Currency.MXN else 1))


def seed_outcomes(*, mission: Mission, rng: random.Random) -> dict[str, int]:
    config = outcome_settings(mission)
    config.report_currency, config.rate_mxn, config.rate_usd = Currency.CAD, Decimal("0.0741"), Decimal("1.3650")
    config.save()
    tags = [ActionPlanTag.objects.create(mission=mission, slug=slug, name_en=en, name_fr=fr, name_es=es)
            for slug, en, fr, es in TAGS]
    meetings = list(live_meetings(mission).select_related("visiting", "host", "visiting_person", "host_person")
                    .prefetch_related("visiting__sectors", "host__sectors").order_by("uid"))
    if meetings and all(meeting.status == MeetingStatus.SCHEDULED for meeting in meetings):
        for meeting in meetings:
            meeting.status = _pick(rng, MARKS)
        type(meetings[0]).objects.bulk_update(meetings, ["status"])
    answered_at = timezone.make_aware(dt.datetime.combine(mission.end_date + dt.timedelta(days=3), dt.time(10)))
    feedback, leads, lead_tags = [], [], []
    for meeting in meetings:
        if meeting.status != MeetingStatus.HELD:
            continue
        quality = rng.randint(1, 5)
        for side, organization, person in ((Side.VISITING, meeting.visiting, meeting.visiting_person),
                                           (Side.HOST, meeting.host, meeting.host_person)):
            answered = rng.random() < 0.72
            feedback.append(Feedback(
                mission=mission, meeting=meeting, meeting_uid=meeting.uid, side=side, organization=organization,
                person=person, requested_at=answered_at - dt.timedelta(days=1),
                usefulness=max(1, min(5, quality + rng.choice([-1, 0, 0, 1]))) if answered else None,
                next_step=_pick(rng, STEPS) if answered else "", answered_at=answered_at if answered else None,
                comment=""))
        if quality >= 3 and rng.random() < 0.55:
            stage, currency = _pick(rng, STAGES), _pick(rng, CURRENCIES)
            expected = _amount(rng, currency)
            shared = sorted({sector.pk for sector in meeting.visiting.sectors.all()}
                            & {sector.pk for sector in meeting.host.sectors.all()})
            leads.append(Lead(
                mission=mission, meeting=meeting, meeting_uid=meeting.uid, visiting=meeting.visiting, host=meeting.host,
                stage=stage, currency=currency, expected_value=expected,
                signed_value=(expected * Decimal(rng.choice([80, 90, 100, 110])) / 100) if stage == LeadStage.SIGNED
                else None,
                signed_on=mission.end_date + dt.timedelta(days=rng.randint(30, 200)) if stage == LeadStage.SIGNED
                else None, sector_id=shared[0] if shared else None))
            lead_tags.append(rng.sample(tags, k=rng.choice([0, 1, 1, 2])))
    Feedback.objects.bulk_create(feedback)
    created = Lead.objects.bulk_create(leads)
    through = Lead.tags.through
    through.objects.bulk_create([through(lead_id=lead.pk, actionplantag_id=tag.pk)
                                 for lead, chosen in zip(created, lead_tags, strict=True) for tag in chosen])
    return {"feedback": sum(item.answered_at is not None for item in feedback), "leads": len(created),
            "signed": sum(lead.stage == LeadStage.SIGNED for lead in created)}
