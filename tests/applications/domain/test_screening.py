import datetime as dt

import pytest
from django.utils import translation
from django.utils.translation import gettext

from tests.applications.builders import submitted
from trademission.applications.domain.screening import screen_application
from trademission.applications.enums import Outcome, Verdict

LANGUAGES = ["en", "fr", "es"]
# Sentences with these are formatted from a template; the others are catalogue entries as they are.
PARAMETERS = ("Mexico", "Canada", "Clean technologies", "{deadline}", "representative", "how your", "the value",
              "visa or immigration services:")
SHORT = "Two people."
LONG_TEXT = ("Our association gathers 300 water utilities and has signed four cooperation agreements with peers "
             "abroad over the last decade.")

# (what changes on a valid SME application, code, verdict, the sentence in English)
CASES = [
    ({}, "sector", Verdict.MET, "Your organization operates in an eligible sector of the mission: Clean technologies."),
    ({"sectors": []}, "sector", Verdict.NOT_MET,
     ("The mission is open to organizations operating in its sectors (Clean technologies); none of yours is among "
     "them.")),
    ({}, "commercialized", Verdict.MET, "You have a commercialized product or service."),
    ({"commercialized": False}, "commercialized", Verdict.NOT_MET,
     "The mission requires a commercialized product or service; you said you have none yet."),
    ({"commercialized": None}, "commercialized", Verdict.UNCLEAR,
     "You did not say whether you have a commercialized product or service."),
    ({}, "target_market_plan", Verdict.MET, "Mexico is part of your international business plan."),
    ({"target_market_plan": False}, "target_market_plan", Verdict.NOT_MET,
     "The mission requires Mexico to be part of your international business plan."),
    ({"target_market_plan": None}, "target_market_plan", Verdict.UNCLEAR,
     "You did not say whether Mexico is part of your international business plan."),
    ({}, "resources", Verdict.MET,
     "You describe the resources (human, material, time and financial) you allocate to internationalization."),
    ({"resources": ""}, "resources", Verdict.NOT_MET,
     "The mission requires significant resources allocated to internationalization; you did not describe yours."),
    ({"resources": SHORT}, "resources", Verdict.UNCLEAR,
     ("Your description of the resources you allocate to internationalization is too brief to assess; the mission "
     "team will review it.")),
    ({}, "market_research", Verdict.MET, "You describe your research on the Mexico market and its opportunities."),
    ({"market_research": ""}, "market_research", Verdict.NOT_MET,
     "The mission requires research on the Mexico market; you did not describe any."),
    ({"market_research": SHORT}, "market_research", Verdict.UNCLEAR,
     ("Your description of your research on the Mexico market is too brief to assess; the mission team will review "
     "it.")),
    ({}, "tcs_client", Verdict.MET, "You meet the criteria of a client of the Trade Commissioner Service."),
    ({"tcs_client": False}, "tcs_client", Verdict.NOT_MET,
     ("The mission requires organizations eligible as clients of the Trade Commissioner Service; you said yours is "
     "not.")),
    ({"tcs_client": None}, "tcs_client", Verdict.UNCLEAR,
     "You did not say whether your organization qualifies as a client of the Trade Commissioner Service."),
    ({"country": "US"}, "tcs_client", Verdict.NOT_MET,
     "The mission is for organizations based in Canada; yours is based in United States."),
    ({}, "out_of_scope_services", Verdict.MET,
     "Your description does not indicate services that are out of scope for the mission."),
    ({"offers": "We offer visa and immigration services to skilled workers."}, "out_of_scope_services",
     Verdict.NOT_MET,
     ("Your description mentions visa or immigration services: firms providing services to organizations of Canada, "
     "such as visa or immigration services or business establishment, are out of scope for this mission.")),
    ({"kind": "large", "alignment": LONG_TEXT, "contribution": LONG_TEXT, "value": LONG_TEXT},
     "large_org_alignment", Verdict.MET, ("You explain how your organization is strategically aligned with the "
     "mission's sectors.")),
    ({"kind": "association", "alignment": "", "contribution": LONG_TEXT, "value": LONG_TEXT},
     "large_org_alignment", Verdict.NOT_MET,
     ("Large businesses, associations and chambers of commerce must explain how your organization is strategically "
     "aligned with the mission's sectors; you did not.")),
    ({"kind": "chamber", "alignment": LONG_TEXT, "contribution": SHORT, "value": LONG_TEXT},
     "large_org_contribution", Verdict.UNCLEAR,
     ("Your explanation of how your organization can contribute to partnerships, knowledge exchange or economic "
     "development is too brief to assess; the mission team will review it.")),
    ({"kind": "large", "alignment": LONG_TEXT, "contribution": LONG_TEXT, "value": ""},
     "large_org_value", Verdict.NOT_MET,
     ("Large businesses, associations and chambers of commerce must explain the value your organization brings to the "
     "mission through expertise, resources or collaboration; you did not.")),
    ({}, "representatives_limit", Verdict.MET,
     "You registered 1 representative, within the limit of 2 per organization."),
    ({"representatives": 3}, "representatives_limit", Verdict.UNCLEAR,
     ("You registered 3 representatives; at most 2 per organization may register, so the mission team will ask you "
     "who attends.")),
    ({}, "deadline", Verdict.MET, "Your application was received before the registration deadline, {deadline}."),
    ({"late": True}, "deadline", Verdict.NOT_MET,
     "Your application was received after the registration deadline, {deadline}."),
    ({"kind": "chamber", "alignment": LONG_TEXT, "contribution": LONG_TEXT, "value": LONG_TEXT}, "b2b_not_offered",
     Verdict.INFO, ("Pre-arranged B2B meetings are offered only to SMEs operating in the mission's sectors; your "
     "organization can still be selected for the delegation.")),
]


def build(world, language: str, changes: dict[str, object]):
    application = submitted(world.mission, language=language, representatives=changes.get("representatives", 1))
    for name, value in changes.items():
        if name == "sectors":
            application.sectors.set(value)
        elif name == "late":
            application.submitted_at = world.mission.registration_deadline + dt.timedelta(minutes=1)
        elif name != "representatives":
            setattr(application, name, value)
    return application


def deadline_text(mission) -> str:
    local = mission.registration_deadline.astimezone(dt.timezone(dt.timedelta(hours=-6)))
    return f"{local:%Y-%m-%d %H:%M} (America/Mexico_City)"


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("case", CASES, ids=[f"{case[1]}-{case[2]}-{index}" for index, case in enumerate(CASES)])
def test_every_criterion_gives_its_finding_in_the_applicants_language(world, language, case):
    changes, code, verdict, english = case
    application = build(world, language, changes)

    screening = screen_application(application)

    found = [finding for finding in screening.findings if finding.code == code]
    assert [finding.verdict for finding in found] == [verdict]
    assert application.language == language
    if language == "en":
        assert found[0].message == english.format(deadline=deadline_text(world.mission))
    elif not any(word in english for word in PARAMETERS):
        # The sentence is the catalogue's, in the applicant's language (English until a translation exists).
        with translation.override(language):
            assert found[0].message == gettext(english)
    else:
        assert found[0].message != ""


@pytest.mark.parametrize(("changes", "outcome"), [
    ({}, Outcome.ELIGIBLE),
    ({"commercialized": False}, Outcome.INELIGIBLE),
    ({"resources": SHORT}, Outcome.NEEDS_REVIEW),
    ({"representatives": 3}, Outcome.NEEDS_REVIEW),
    ({"late": True}, Outcome.INELIGIBLE),
    ({"kind": "chamber", "alignment": LONG_TEXT, "contribution": LONG_TEXT, "value": LONG_TEXT}, Outcome.ELIGIBLE),
    ({"resources": SHORT, "tcs_client": False}, Outcome.INELIGIBLE),
])
def test_the_outcome_is_ineligible_on_any_unmet_criterion_else_review_on_any_doubt(world, changes, outcome):
    assert screen_application(build(world, "en", changes)).outcome == outcome


def test_an_sme_gets_the_company_criteria_and_a_chamber_the_three_others(world):
    sme = screen_application(build(world, "en", {}))
    chamber = screen_application(build(world, "en", {"kind": "chamber", "alignment": LONG_TEXT,
                                                     "contribution": LONG_TEXT, "value": LONG_TEXT}))

    assert [finding.code for finding in sme.findings] == [
        "deadline", "sector", "commercialized", "target_market_plan", "resources", "market_research", "tcs_client",
        "out_of_scope_services", "representatives_limit"]
    assert [finding.code for finding in chamber.findings] == [
        "deadline", "sector", "large_org_alignment", "large_org_contribution", "large_org_value",
        "out_of_scope_services", "representatives_limit", "b2b_not_offered"]


@pytest.mark.parametrize(("language", "offers"), [
    ("en", "Our immigration consulting firm helps Mexican professionals obtain work permits and permanent residence."),
    ("fr", ("Cabinet-conseil en immigration : nous accompagnons les travailleurs étrangers dans leurs "
            "demandes de visas et de permis de travail.")),
    ("es", "Despacho especializado en trámites migratorios y visas de trabajo para Canadá."),
    ("en", "Our firm assists foreign entrepreneurs with company incorporation and business establishment in Canada."),
    ("fr", "Nous offrons des services d'implantation d'entreprises au Canada pour les sociétés mexicaines."),
    ("es", "Ofrecemos asesoría para la constitución de empresas en Canadá y el establecimiento de filiales."),
])
def test_out_of_scope_services_make_an_application_ineligible_in_any_language(world, language, offers):
    application = build(world, language, {"offers": offers})

    screening = screen_application(application)

    assert screening.outcome == Outcome.INELIGIBLE
    assert screening.codes(Verdict.NOT_MET) == ["out_of_scope_services"]


def test_the_host_and_visiting_countries_come_from_the_mission(world):
    mission = world.mission
    mission.visiting_country, mission.host_country = "MX", "CA"
    mission.save()
    application = build(world, "en", {"country": "MX", "offers": "Asesoría para la constitución de empresas en "
                                                                 "México y trámites de alta ante el SAT."})

    messages = {finding.code: finding.message for finding in screen_application(application).findings}

    assert messages["target_market_plan"] == "Canada is part of your international business plan."
    assert messages["tcs_client"] == "You meet the criteria of a client of the Trade Commissioner Service."
    assert messages["out_of_scope_services"].startswith("Your description mentions business establishment services")
