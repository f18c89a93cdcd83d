"""Demo applications: the 2026 mission's decided pipeline, the 2027 mission's one in progress.

2026: every delegation organization holds the selected application it came from, plus waitlisted,
not selected, ineligible and withdrawn ones. 2027: drafts, submissions and reviews under way.
Everything is drawn from a seeded PRNG and fixed dates, so two loads are identical.
"""

import datetime as dt
import random

from faker import Faker

from trademission.accounts.models import User
from trademission.applications.domain.intake import LARGE_KINDS
from trademission.applications.domain.reviews import weighted_total
from trademission.applications.domain.screening import screen_application
from trademission.applications.enums import ApplicationStatus
from trademission.applications.models import Application, Review, RubricCriterion, StatusChange
from trademission.demo.accounts import ORGANIZER, REVIEWER
from trademission.demo.delegation import canadian_organizations
from trademission.demo.missions import STOP_SECTORS
from trademission.demo.organizations import OrgSpec
from trademission.directory.enums import OrganizationKind, Side
from trademission.directory.models import Organization
from trademission.missions.models import Mission, Sector, Stop, Subsector

S = ApplicationStatus
RUBRIC = (
    ("sector-fit", "Fit with the mission's sectors", "Adéquation avec les secteurs de la mission",
     "Afinidad con los sectores de la misión", 3),
    ("export-readiness", "Export readiness", "Préparation à l'exportation", "Preparación para exportar", 2),
    ("market-potential", "Potential in the host market", "Potentiel sur le marché d'accueil",
     "Potencial en el mercado anfitrión", 2),
    ("partnerships", "Partnership prospects", "Perspectives de partenariat", "Perspectivas de alianzas", 1),
)
RESOURCES = {
    "en": "An export manager and a bilingual sales engineer work on Mexico full time; we budgeted {k} thousand "
          "dollars this year for trade shows, certification and market visits.",
    "fr": "Une directrice export et un ingénieur commercial bilingue travaillent à temps plein sur le Mexique; "
          "nous avons prévu {k} mille dollars cette année pour les salons, la certification et les visites.",
}
RESEARCH = {
    "en": "We met distributors at Expo {y}, bought a market study on the sector and reviewed the import "
          "requirements and the tariff treatment under CUSMA with the trade commissioners.",
    "fr": "Nous avons rencontré des distributeurs à Expo {y}, acheté une étude sectorielle et analysé les exigences "
          "d'importation et le traitement tarifaire de l'ACEUM avec les délégués commerciaux.",
}
LARGE_ANSWERS = {
    "en": (("Our members and plants work in the mission's sectors, and our strategy names Mexico as a priority "
           "market for the next five years."),
           "We will host a networking breakfast and connect Canadian SMEs with our Mexican partners and suppliers.",
           "We bring thirty years of experience in the market, a local office and contacts with state agencies."),
    "fr": (("Nos membres et nos usines œuvrent dans les secteurs de la mission, et notre stratégie fait du Mexique un "
           "marché prioritaire pour les cinq prochaines années."),
           ("Nous organiserons un petit-déjeuner réseautage et mettrons les PME canadiennes en relation avec nos "
           "partenaires mexicains."),
           ("Nous apportons trente ans d'expérience du marché, un bureau local et des contacts auprès des agences "
           "des États.")),
}
# Why some 2026 applications were ineligible: the answer that fails, in the applicant's words.
INELIGIBLE = (
    {"offers": {"en": "We offer immigration consulting services: work permits, visas and permanent residence for "
                      "Mexican professionals moving to Canada.",
                "fr": "Nous offrons des services d'immigration : permis de travail, visas et résidence permanente "
                      "pour les professionnels mexicains."}},
    {"offers": {"en": "Our firm helps Mexican companies with business establishment in Canada: incorporation, "
                      "payroll and banking.",
                "fr": "Notre cabinet accompagne les entreprises mexicaines pour leur implantation d'entreprise au "
                      "Canada : constitution de société, paie et banque."}},
    {"commercialized": False},
    {"target_market_plan": False},
    {"tcs_client": False},
    {"sectors": []},
)
COUNTS_2026 = {S.WAITLISTED: 20, S.REJECTED: 12, S.INELIGIBLE: 12, S.WITHDRAWN: 6}
DRAFTS_2027, SUBMITTED_2027 = 15, 45


def load_applications(*, mission_2026: Mission, mission_2027: Mission, seed: int, now: dt.datetime) -> None:
    rng = random.Random(f"{seed}:applications")
    fakers = {}
    for locale in ("en_CA", "fr_CA", "es_MX"):
        fakers[locale] = Faker(locale)
        fakers[locale].seed_instance(f"{seed}:applications:{locale}")
    # Applicants who did not make the 2026 delegation, then the 2027 applicants: same generator, other draws.
    others = iter(canadian_organizations(rng=rng, fakers=fakers))
    organizer = User.objects.get(email=ORGANIZER.email)
    reviewer = User.objects.get(email=REVIEWER.email)
    for mission in (mission_2026, mission_2027):
        mission.reviews_required = 2
        mission.save(update_fields=["reviews_required"])
        RubricCriterion.objects.bulk_create([
            RubricCriterion(mission=mission, slug=slug, name_en=en, name_fr=fr, name_es=es, weight=weight,
                            max_score=5, position=position)
            for position, (slug, en, fr, es, weight) in enumerate(RUBRIC, start=1)])
    context = _Context(rng=rng, organizer=organizer, reviewer=reviewer)
    _load_2026(context, mission_2026, others)
    _load_2027(context, mission_2027, others, now)


class _Context:
    def __init__(self, *, rng: random.Random, organizer: User, reviewer: User) -> None:
        self.rng = rng
        self.organizer = organizer
        self.reviewer = reviewer


def _language(spec_languages: list[str], region: str) -> str:
    return "fr" if region in {"Québec", "Quebec"} or spec_languages[:1] == ["fr"] else "en"


def _stops_for(sector_slugs: list[str]) -> list[str]:
    return [slug for slug, sectors in STOP_SECTORS.items()
            if slug == "mexico-city" or set(sectors) & set(sector_slugs)]


def _text(texts: dict[str, str], base: str, language: str) -> str:
    return texts.get(f"{base}_{language}") or texts.get(f"{base}_en") or next(
        (value for key, value in sorted(texts.items()) if key.startswith(base)), "")


def _from_spec(mission: Mission, spec: OrgSpec, rng: random.Random) -> tuple[Application, list[str], list]:
    language = _language(spec.languages, spec.region)
    answers_language = language if language in RESOURCES else "en"
    application = Application(
        mission=mission, language=language, organization_name=spec.name, kind=spec.kind, country=spec.country,
        region=spec.region, city=spec.city, website=spec.website, employees=spec.employees,
        description=_text(spec.texts, "description", language) or spec.name,
        offers=_text(spec.texts, "offers", language) or _text(spec.texts, "description", language),
        seeks=_text(spec.texts, "seeks", language), organization_languages=spec.languages,
        wants_b2b=spec.kind == OrganizationKind.SME, consent=True,
        representatives=[{"name": f"{person.first_name} {person.last_name}", "email": person.email,
                          "languages": person.languages} for person in spec.people],
    )
    if spec.kind in {OrganizationKind.LARGE, OrganizationKind.ASSOCIATION, OrganizationKind.CHAMBER}:
        application.alignment, application.contribution, application.value = LARGE_ANSWERS[answers_language]
    else:
        application.commercialized = application.target_market_plan = application.tcs_client = True
        application.resources = RESOURCES[answers_language].format(k=rng.choice((60, 80, 120, 150, 200)))
        application.market_research = RESEARCH[answers_language].format(y=rng.choice(("Agro", "Manufactura",
                                                                                       "Eléctrica", "Foro TI")))
    return application, list(spec.sectors), list(spec.subsectors)


def _save(application: Application, sectors: list[str], subsectors: list, *, submitted_at: dt.datetime | None,
          created_at: dt.datetime) -> Application:
    mission = application.mission
    application.submitted_at = submitted_at
    application.status = S.SUBMITTED if submitted_at else S.DRAFT
    application.save()
    application.sectors.set(Sector.objects.filter(slug__in=sectors))
    application.subsectors.set([subsector for subsector in Subsector.objects.filter(
        sector__slug__in=[sector for sector, _slug in subsectors]).select_related("sector")
        if (subsector.sector.slug, subsector.slug) in set(subsectors)])
    application.stops.set(Stop.objects.filter(mission=mission, slug__in=_stops_for(sectors)))
    Application.objects.filter(pk=application.pk).update(created_at=created_at, updated_at=submitted_at or created_at)
    _trail(application, [("", S.DRAFT, None, "", created_at)])
    if submitted_at:
        screening = screen_application(application)
        application.outcome = screening.outcome
        application.findings = [finding.as_dict() for finding in screening.findings]
        Application.objects.filter(pk=application.pk).update(outcome=application.outcome,
                                                             findings=application.findings)
        _trail(application, [(S.DRAFT, S.SUBMITTED, None, "", submitted_at)])
    return application


def _trail(application: Application, steps: list[tuple[str, str, User | None, str, dt.datetime]]) -> None:
    StatusChange.objects.bulk_create([
        StatusChange(application=application, from_status=before, to_status=after, by=by, reason=reason, at=at)
        for before, after, by, reason, at in steps])


def _decide(application: Application, steps: list[tuple[str, User, str, dt.datetime]], **fields: object) -> None:
    before, rows = application.status, []
    for after, by, reason, at in steps:
        rows.append((before, after, by, reason, at))
        before = after
    _trail(application, rows)
    application.status = before
    for name, value in fields.items():
        setattr(application, name, value)
    Application.objects.filter(pk=application.pk).update(status=before, **fields)


def _review(context: _Context, application: Application, *, band: tuple[int, int], reviewers: list[User],
            at: dt.datetime) -> None:
    criteria = list(RubricCriterion.objects.filter(mission=application.mission).order_by("position"))
    for offset, reviewer in enumerate(reviewers):
        scores = {criterion.slug: context.rng.randint(*band) for criterion in criteria}
        review = Review.objects.create(application=application, reviewer=reviewer, scores=scores,
                                       total=weighted_total(criteria, scores),
                                       comment=context.rng.choice(REVIEW_COMMENTS))
        Review.objects.filter(pk=review.pk).update(submitted_at=at + dt.timedelta(hours=offset * 5))


REVIEW_COMMENTS = (
    "Clear export plan and a realistic budget.", "Strong fit with the Monterrey programme.",
    "Good product, thin market research.", "Already has a distributor in Mexico; would benefit from B2B meetings.",
    "Answers are generic; not specific to this mission.", "Promising, but first export experience.",
)


def _load_2026(context: _Context, mission: Mission, others) -> None:
    rng, organizer = context.rng, context.organizer
    opened = dt.datetime(2025, 9, 22, 15, 0, tzinfo=dt.UTC)
    deadline = mission.registration_deadline
    decided = dt.datetime(2025, 12, 15, 16, 0, tzinfo=dt.UTC)
    window = int((deadline - opened).total_seconds() // 60) - 60

    def moment() -> dt.datetime:
        return opened + dt.timedelta(minutes=rng.randrange(window))

    delegation = (Organization.objects.filter(mission=mission, side=Side.VISITING).order_by("name")
                  .prefetch_related("sectors", "subsectors__sector", "people"))
    for organization in delegation:
        spec = OrgSpec(
            side=Side.VISITING, name=organization.name, kind=organization.kind, country=organization.country,
            region=organization.region, city=organization.city, address=organization.address,
            employees=organization.employees, sectors=sorted(sector.slug for sector in organization.sectors.all()),
            subsectors=sorted((sub.sector.slug, sub.slug) for sub in organization.subsectors.all()),
            website=organization.website, naics_codes=organization.naics_codes,
            texts={f"{base}_{code}": getattr(organization, f"{base}_{code}") for base in ("description", "offers",
                                                                                           "seeks")
                   for code in ("en", "fr", "es") if getattr(organization, f"{base}_{code}")},
        )
        application, sectors, subsectors = _from_spec(mission, spec, rng)
        application.organization_languages = organization.languages
        application.language = _language(organization.languages, organization.region)
        application.representatives = [
            {"name": person.name, "email": person.email, "languages": person.languages}
            for person in sorted(organization.people.all(), key=lambda person: person.pk)]
        application.organization = organization
        submitted_at = moment()
        _save(application, sectors, subsectors, submitted_at=submitted_at,
              created_at=submitted_at - dt.timedelta(days=rng.randint(0, 9), minutes=rng.randrange(600)))
        _review(context, application, band=(3, 5), reviewers=[context.reviewer, organizer],
                at=deadline + dt.timedelta(days=rng.randint(1, 10)))
        _decide(application, [(S.SELECTED, organizer, "Selected by the mission team.", decided)])

    position = 0
    for status, count in COUNTS_2026.items():
        for number in range(count):
            spec = next(others)
            application, sectors, subsectors = _from_spec(mission, spec, rng)
            if status == S.INELIGIBLE:
                sectors = _make_ineligible(application, sectors, INELIGIBLE[number % len(INELIGIBLE)])
            submitted_at = moment()
            _save(application, sectors, subsectors, submitted_at=submitted_at,
                  created_at=submitted_at - dt.timedelta(days=rng.randint(0, 5)))
            at = decided + dt.timedelta(minutes=number)
            if status == S.INELIGIBLE:
                codes = ", ".join(finding["code"] for finding in application.findings
                                  if finding["verdict"] == "not_met")
                _decide(application, [(S.INELIGIBLE, organizer, f"Screening: {codes}.", at)])
                continue
            band = {S.WAITLISTED: (2, 4), S.REJECTED: (1, 3), S.WITHDRAWN: (2, 5)}[status]
            _review(context, application, band=band, reviewers=[context.reviewer],
                    at=deadline + dt.timedelta(days=rng.randint(1, 10)))
            if status == S.WAITLISTED:
                position += 1
                _decide(application, [(S.WAITLISTED, organizer, "Capacity reached; on the waitlist.", at)],
                        waitlist_position=position)
            elif status == S.REJECTED:
                _decide(application, [(S.REJECTED, organizer, "Less aligned with the sectoral focus.", at)])
            else:
                _decide(application, [
                    (S.WAITLISTED, organizer, "Capacity reached; on the waitlist.", at),
                    (S.WITHDRAWN, None, "Withdrawn by the applicant: dates no longer suit.",
                     at + dt.timedelta(days=12 + number))])


def _make_ineligible(application: Application, sectors: list[str], change: dict) -> list[str]:
    language = application.language if application.language in RESOURCES else "en"
    for name, value in change.items():
        if name == "sectors":
            application.description = {"en": "We run guided tours and travel packages for corporate groups.",
                                       "fr": "Nous organisons des circuits guidés et des voyages d'affaires pour "
                                             "les groupes."}[language]
            sectors = value
        elif isinstance(value, dict):
            setattr(application, name, value[language])
        elif application.kind in LARGE_KINDS:
            application.value = ""  # large organizations answer other criteria: fail one of theirs
        else:
            setattr(application, name, value)
    return sectors


def _load_2027(context: _Context, mission: Mission, others, now: dt.datetime) -> None:
    rng = context.rng
    for number in range(DRAFTS_2027 + SUBMITTED_2027):
        spec = next(others)
        application, sectors, subsectors = _from_spec(mission, spec, rng)
        created_at = now - dt.timedelta(hours=rng.randint(30, 600))
        if number < DRAFTS_2027:
            # A draft stops somewhere in the form.
            application.resources = application.market_research = ""
            application.consent = False
            if number % 3 == 0:
                application.representatives = []
            _save(application, sectors, subsectors, submitted_at=None, created_at=created_at)
            continue
        if number % 9 == 0:
            _make_ineligible(application, sectors, INELIGIBLE[(number // 9) % 2])
        elif number % 7 == 3:
            # Too brief to judge: screening hands it to a person.
            application.resources = application.alignment = "Two people."
        submitted_at = min(created_at + dt.timedelta(hours=rng.randint(1, 72)), now - dt.timedelta(hours=1))
        _save(application, sectors, subsectors, submitted_at=submitted_at, created_at=created_at)
        if application.outcome == "ineligible":
            continue
        # Reviews under way: some done twice, some once (by either reviewer), some not yet.
        bucket = number % 4
        reviewers = [[context.reviewer, context.organizer], [context.reviewer], [context.organizer], []][bucket]
        _review(context, application, band=(1, 5), reviewers=reviewers,
                at=min(submitted_at + dt.timedelta(hours=6), now - dt.timedelta(minutes=30)))

