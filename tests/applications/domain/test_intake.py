import pytest
from django.core.exceptions import ValidationError

from tests.applications.builders import payload
from trademission.applications.domain.intake import clean_application_data, message_dict


def errors_for(world, data, *, complete: bool = True) -> dict[str, list[str]]:
    with pytest.raises(ValidationError) as caught:
        clean_application_data(mission=world.mission, data=data, complete=complete)
    return message_dict(caught.value)


def test_a_complete_application_is_read_into_fields_and_relations(world):
    cleaned = clean_application_data(mission=world.mission, data=payload("fr", subsectors=[]), complete=True)

    assert cleaned.values["organization_name"] == "Bluewater Systems"
    assert cleaned.values["language"] == "fr"
    assert cleaned.values["representatives"] == [
        {"name": "Claire Roy", "email": "claire@bluewater.example", "languages": ["fr", "en"]}]
    assert [sector.slug for sector in cleaned.sectors] == ["clean-tech"]
    assert [stop.slug for stop in cleaned.stops] == ["mexico-city"]


@pytest.mark.parametrize(("overrides", "expected"), [
    ({"consent": False}, {"consent": ["Accept the privacy notice to submit your application."]}),
    ({"organization__name": ""}, {"organization.name": ["This field is required."]}),
    ({"organization__kind": "startup"},
     {"organization.kind": ["Choose one of: sme, large, association, chamber, other."]}),
    ({"organization__country": "Canada"}, {"organization.country": ["Use at most 2 characters."]}),
    ({"organization__employees": "forty"}, {"organization.employees": ["Enter a whole number, zero or more."]}),
    ({"organization__employees": -1}, {"organization.employees": ["Enter a whole number, zero or more."]}),
    ({"organization__website": "not a url"}, {"organization.website": ["Enter a valid web address."]}),
    ({"consent": "yes"}, {"consent": ["Answer yes (true) or no (false)."]}),
    ({"stops": "mexico-city"}, {"stops": ["Send a list of texts."]}),
    ({"stops": ["atlantis"]}, {"stops": ["This mission has no stop named: atlantis."]}),
    ({"stops": []}, {"stops": ["Choose at least one stop."]}),
    ({"sectors": ["mining"]}, {"sectors": ["Unknown sectors: mining."]}),
    ({"subsectors": ["underwater basket weaving"]},
     {"subsectors": ["Unknown subsectors for the chosen sectors: underwater basket weaving."]}),
    ({"answers__commercialized": None}, {"answers.commercialized": ["Answer yes or no."]}),
    ({"answers__resources": ""}, {"answers.resources": ["This field is required."]}),
    ({"answers__tcs_client": 1}, {"answers.tcs_client": ["Answer yes (true) or no (false)."]}),
    ({"representatives": []}, {"representatives": ["Name at least one representative."]}),
    ({"representatives": [{"name": "Claire Roy", "email": "claire@"}]},
     {"representatives.0.email": ["Enter a valid e-mail address."]}),
    ({"representatives": [{"name": "", "email": "a@b.example"}, {"name": "B", "email": "a@b.example"}]},
     {"representatives.0.name": ["This field is required."],
      "representatives": ["Each representative needs their own e-mail address."]}),
    ({"language": "de"}, {"language": ["Choose English (en), French (fr) or Spanish (es)."]}),
    ({"organization__languages": ["xx"]}, {"organization.languages": ["Unknown language codes: xx."]}),
])
def test_each_field_is_checked_with_its_own_message(world, overrides, expected):
    assert errors_for(world, payload(**overrides)) == expected


def test_large_organizations_answer_the_three_other_criteria(world):
    data = payload(organization__kind="chamber", answers={})

    assert errors_for(world, data) == {"answers.alignment": ["This field is required."],
                                       "answers.contribution": ["This field is required."],
                                       "answers.value": ["This field is required."]}


def test_a_draft_may_be_partial_but_its_types_are_still_checked(world):
    cleaned = clean_application_data(mission=world.mission, data={"organization": {"name": "Half done"}},
                                     complete=False)

    assert cleaned.values["organization_name"] == "Half done"
    assert errors_for(world, {"organization": {"employees": "many"}}, complete=False) == {
        "organization.employees": ["Enter a whole number, zero or more."]}


def test_unknown_keys_are_ignored_and_a_non_object_is_refused(world):
    data = payload(favourite_colour="blue", organization__shoe_size=42)

    assert clean_application_data(mission=world.mission, data=data, complete=True).values["organization_name"] == (
        "Bluewater Systems")
    assert errors_for(world, ["not", "an", "object"], complete=False) == {
        "non_field_errors": ["Send the application as a JSON object."]}


def test_subsectors_are_found_by_slug_or_name_in_any_language(world):
    from trademission.missions.models import Sector, Subsector

    sector = Sector.objects.get(slug="clean-tech")
    Subsector.objects.create(sector=sector, slug="water", name_en="Water and wastewater",
                             name_fr="Eau et eaux usées", name_es="Agua y aguas residuales")

    cleaned = clean_application_data(mission=world.mission, data=payload(subsectors=["eau et eaux usées", "water"]),
                                     complete=True)

    assert [subsector.slug for subsector in cleaned.subsectors] == ["water"]
