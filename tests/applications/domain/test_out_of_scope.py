import pytest

from trademission.applications.domain.out_of_scope import ESTABLISHMENT, IMMIGRATION, detect_out_of_scope, normalize

POSITIVES = [
    # English
    ("We are an immigration consulting firm helping Mexican professionals obtain work permits.", IMMIGRATION),
    ("Visa application support for skilled workers and their families.", IMMIGRATION),
    ("Our lawyers specialize in permanent residency and citizenship files.", IMMIGRATION),
    ("We help foreign companies with business establishment in Canada: incorporation, payroll, banking.",
     ESTABLISHMENT),
    ("Soft-landing services for Latin American startups expanding to Canada.", ESTABLISHMENT),
    ("Our firm handles the incorporation of subsidiaries in Canada for Mexican manufacturers.", ESTABLISHMENT),
    # French, with and without accents
    ("Cabinet-conseil en immigration : demandes de visas et de permis de travail.", IMMIGRATION),
    ("Nous accompagnons les entrepreneurs dans leurs démarches d'immigration au Québec.", IMMIGRATION),
    ("Services d'implantation d'entreprises au Canada pour les sociétés étrangères.", ESTABLISHMENT),
    ("Nous offrons la constitution de sociétés et la domiciliation au Canada.", ESTABLISHMENT),
    ("NOUS AIDONS LES ENTREPRISES MEXICAINES A S'ETABLIR AU CANADA.", ESTABLISHMENT),
    # Spanish
    ("Despacho especializado en trámites migratorios y visas de trabajo.", IMMIGRATION),
    ("Asesoría en inmigración y residencia permanente para profesionistas.", IMMIGRATION),
    ("Ofrecemos asesoría para la constitución de empresas en Canadá.", ESTABLISHMENT),
    ("Ayudamos a empresas mexicanas en el establecimiento de filiales en Canadá.", ESTABLISHMENT),
]

NEGATIVES = [
    # The establishment of a plant is what a water company does, not a service to incoming firms.
    "Our company designs water treatment systems; we led the establishment of a plant in Monterrey.",
    "Nous offrons des services d'ingénierie et avons participé à l'établissement d'une usine de traitement au Canada.",
    "Ofrecemos servicios de ingeniería para el establecimiento de plantas de tratamiento en Canadá.",
    # Visa the card network.
    "Our payment services accept Visa and Mastercard for online merchants.",
    "Nous offrons des services de paiement par carte Visa aux commerçants.",
    "Ofrecemos servicios de pagos con tarjetas Visa y Mastercard.",
    # Exporters setting themselves up in the host country.
    "We offer engineering services and are setting up a subsidiary in Monterrey.",
    "Nous offrons nos services aux villes et voulons établir une filiale au Mexique.",
    "Ofrecemos servicios de software y vamos a constituir una empresa en México.",
    # A mention of immigration that is not offered as a service.
    "Our engineers hold work permits for Mexico.",
    "Nuestros ingenieros viajan con visa de negocios.",
]


@pytest.mark.parametrize(("text", "kind"), POSITIVES)
def test_out_of_scope_services_are_found_in_english_french_and_spanish(text, kind):
    assert [detection.kind for detection in detect_out_of_scope(text, visiting_country="CA")] == [kind]


@pytest.mark.parametrize("text", NEGATIVES)
def test_ordinary_descriptions_do_not_trigger(text):
    assert detect_out_of_scope(text, visiting_country="CA") == []


def test_establishment_is_read_against_the_missions_visiting_country():
    text = "We help foreign companies with business establishment in Mexico."

    assert [detection.kind for detection in detect_out_of_scope(text, visiting_country="MX")] == [ESTABLISHMENT]
    assert detect_out_of_scope(text, visiting_country="CA") == []


def test_normalize_strips_accents_and_case_and_unifies_apostrophes():
    assert normalize("Démarches d’IMMIGRATION  à  Montréal") == "demarches d'immigration a montreal"
