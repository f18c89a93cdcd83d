import pytest

from trademission.directory.enums import OrganizationKind, Side
from trademission.directory.models import Organization
from trademission.matchmaking.domain.embeddings import organization_vectors
from trademission.matchmaking.domain.preferences import set_preference
from trademission.matchmaking.domain.recommendations import recommend_partners
from trademission.matchmaking.domain.scoring import naics_closeness
from trademission.matchmaking.models import ProfileEmbedding
from trademission.missions.models import Sector, Stop, Subsector


def host(world, name: str, **texts: str) -> Organization:
    organization = Organization.objects.create(mission=world.mission, side=Side.HOST, name=name,
                                               kind=OrganizationKind.SME, country="MX", languages=["es"], **texts)
    organization.sectors.set(world.mission.sectors.all())
    return organization


def test_a_french_industrial_bakery_matches_a_spanish_one_above_unrelated_hosts(world):
    visiting = world.visiting
    visiting.description_fr = "Boulangerie industrielle qui fabrique du pain tranché et des viennoiseries surgelées."
    visiting.offers_fr = "Pains et viennoiseries surgelés pour les supermarchés."
    visiting.languages = ["fr"]
    visiting.save()
    bakery = host(world, "Panificadora Industrial de Jalisco",
                  description_es="Panificadora industrial que produce pan de caja y bollería congelada.",
                  offers_es="Pan de caja y bollería congelada para supermercados.")
    host(world, "Seguridad Informática SA", description_es="Consultoría en ciberseguridad para bancos.",
         offers_es="Auditorías de seguridad informática y pruebas de penetración.")
    host(world, "Minera del Norte", description_es="Extracción de cobre y zinc en Sonora.",
         offers_es="Concentrados de cobre para fundiciones.")

    ranked = recommend_partners(organization=visiting, limit=None)

    assert [item.organization.name for item in ranked][:1] == [bakery.name]
    assert ranked[0].score > ranked[1].score + 0.05
    assert "Similar line of business" in ranked[0].reasons


def test_the_explanation_names_what_a_person_checks(world):
    sector = world.mission.sectors.get()
    solar = Subsector.objects.create(sector=sector, slug="solar", name_en="Solar energy", name_es="Energía solar")
    world.visiting.subsectors.add(solar)
    world.visiting.naics_codes = ["221114"]
    world.visiting.offers_en = "Battery storage systems and solar inverters for utility-scale solar parks."
    world.visiting.seeks_en = "Developers of solar parks in Mexico."
    world.visiting.save()
    world.host.subsectors.add(solar)
    world.host.naics_codes = ["221114"]
    world.host.stop = world.mission.stops.get()
    world.host.languages = ["es", "en"]
    world.host.seeks_es = "Sistemas de almacenamiento en baterías e inversores para nuestros parques solares."
    world.host.offers_es = "Desarrollo de parques solares en el norte de México."
    world.host.save()

    [recommendation] = recommend_partners(organization=world.visiting)

    assert recommendation.organization == world.host
    assert recommendation.reasons == [
        "Same subsector: Solar energy", "They seek what you offer", "They offer what you seek",
        "Related NAICS codes: 221114", "Both in Mexico City on 02/15/2026–02/17/2026", "Both speak English"]
    assert 0.8 < recommendation.score <= 1.0


def test_no_common_language_is_said(world):
    world.host.languages = ["es"]  # and Luis speaks Spanish only; the visitors speak French and English
    world.host.save()

    [recommendation] = recommend_partners(organization=world.visiting)

    assert recommendation.reasons == ["Same sector: Clean technologies",
                                      "No common working language: plan an interpreter"]


def test_hosts_at_a_stop_the_visitor_does_not_attend_are_flagged(world):
    world.visiting.sectors.set([Sector.objects.create(slug="ict-x", name_en="ICT")])
    world.host.stop = world.mission.stops.get()
    world.host.save()

    [recommendation] = recommend_partners(organization=world.visiting)

    assert recommendation.reasons == ["Not in the same city on the same days", "Both speak English"]


def test_a_no_thanks_partner_is_not_recommended(world):
    set_preference(organization=world.visiting, target=world.host, level="no_thanks")

    assert recommend_partners(organization=world.visiting) == []
    assert [item.organization for item in recommend_partners(organization=world.host)] == [world.visiting]


@pytest.mark.parametrize(("mine", "theirs", "expected"), [
    (("336390",), ("336390",), (1.0, ("336390",))),
    (("336370",), ("336390",), (0.6, ("3363",))),
    (("311211",), ("311812",), (0.3, ("311",))),
    (("541512",), ("221114",), (0.0, ())),
    ((), ("221114",), (0.0, ())),
])
def test_naics_closeness(mine, theirs, expected):
    assert naics_closeness(mine, theirs) == expected


def test_embeddings_are_computed_once_per_text_and_recomputed_when_it_changes(world, django_assert_num_queries):
    organizations = [world.visiting, world.host]
    organization_vectors(organizations)
    hashes = dict(ProfileEmbedding.objects.filter(field="profile").values_list("organization_id", "text_hash"))

    with django_assert_num_queries(1):  # read from the cache, nothing to embed
        organization_vectors(organizations)
    world.host.description_es = "Planta de tratamiento de agua."
    organization_vectors(organizations)

    after = dict(ProfileEmbedding.objects.filter(field="profile").values_list("organization_id", "text_hash"))
    assert ProfileEmbedding.objects.count() == 6
    assert (after[world.visiting.pk] == hashes[world.visiting.pk], after[world.host.pk] == hashes[world.host.pk]) == (
        True, False)


def test_the_stops_chosen_in_the_delegation_application_decide_where_a_visitor_is(world):
    import datetime as dt

    from trademission.applications.models import Application

    monterrey = Stop.objects.create(mission=world.mission, slug="monterrey", name_en="Monterrey",
                                    time_zone="America/Monterrey", start_date=dt.date(2026, 2, 18),
                                    end_date=dt.date(2026, 2, 20))
    monterrey.sectors.set(world.mission.sectors.all())
    application = Application.objects.create(mission=world.mission, status="selected", organization=world.visiting,
                                             organization_name=world.visiting.name, wants_b2b=True)
    application.stops.set([monterrey])
    world.host.stop = world.mission.stops.get(slug="mexico-city")
    world.host.save()

    [recommendation] = recommend_partners(organization=world.visiting)

    assert "Not in the same city on the same days" in recommendation.reasons
