"""Sentence templates for descriptions, offers and needs, per sector and language.

Placeholders: {name}, {city}, {region}, {subs} (subsector names in the text's language).
"""

NOUN = {  # "a company in the … sector"
    "en": {"advanced-manufacturing": "advanced manufacturing", "agri-food": "agri-food",
           "clean-tech": "clean technology", "creative-industries": "creative industries", "ict": "ICT"},
    "fr": {"advanced-manufacturing": "de la fabrication de pointe", "agri-food": "agroalimentaire",
           "clean-tech": "des technologies propres", "creative-industries": "des industries créatives",
           "ict": "des TIC"},
    "es": {"advanced-manufacturing": "de manufactura avanzada", "agri-food": "agroalimentario",
           "clean-tech": "de tecnologías limpias", "creative-industries": "de industrias creativas", "ict": "TIC"},
}
AND = {"en": " and ", "fr": " et ", "es": " y "}

DESCRIPTION = {
    "en": {
        "sme": "{name} is a company in the {noun} sector based in {city}, {region}, specialized in {subs}.",
        "large": "{name} is a leading company in the {noun} sector headquartered in {city}, {region}, with "
                 "operations across North America in {subs}.",
        "association": "{name} represents companies of the {noun} sector in {region} and helps its members "
                       "grow in international markets.",
        "chamber": "{name} brings together the businesses of {city} and its region and leads trade missions for "
                   "its members.",
    },
    "fr": {
        "sme": "{name} est une PME du secteur {noun} établie à {city} ({region}), spécialisée en {subs}.",
        "large": "{name} est une entreprise phare du secteur {noun} dont le siège est à {city} ({region}), "
                 "présente partout en Amérique du Nord en {subs}.",
        "association": "{name} représente les entreprises du secteur {noun} et accompagne ses membres sur les "
                       "marchés internationaux.",
        "chamber": "{name} regroupe les entreprises de {city} et de sa région et organise des missions "
                   "commerciales pour ses membres.",
    },
    "es": {
        "sme": "{name} es una empresa del sector {noun} con sede en {city}, {region}, especializada en {subs}.",
        "large": "{name} es una empresa líder del sector {noun} con sede en {city}, {region}, y operaciones en "
                 "toda Norteamérica en {subs}.",
        "association": "{name} agrupa a las empresas del sector {noun} en {region} y promueve su "
                       "internacionalización.",
        "chamber": "{name} reúne a las empresas de {city} y su región y promueve el comercio exterior de sus "
                   "socios.",
    },
}
DESCRIPTION["en"]["other"] = DESCRIPTION["en"]["association"]
DESCRIPTION["fr"]["other"] = DESCRIPTION["fr"]["association"]
DESCRIPTION["es"]["other"] = DESCRIPTION["es"]["association"]

# What a Canadian organization offers and seeks in Mexico.
VISITING = {
    "en": {
        "offers": {
            "advanced-manufacturing": "Certified production capacity in {subs}, from prototyping to serial runs "
                                      "for North American OEMs and Tier 1 suppliers.",
            "agri-food": "Safe, traceable Canadian {subs}, available in bulk, retail and private-label formats.",
            "clean-tech": "Proven solutions in {subs}, deployed with utilities and industrial clients in Canada.",
            "creative-industries": "Original productions and services in {subs}, ready for co-production and "
                                   "touring.",
            "ict": "Commercial platforms in {subs}, in production with banks, manufacturers and retailers.",
        },
        "seeks": {
            "advanced-manufacturing": "Mexican OEMs, Tier 1 suppliers and distributors nearshoring {subs} in "
                                      "the Bajío and the Northeast.",
            "agri-food": "Importers, distributors and retail or food-service buyers for {subs}.",
            "clean-tech": "Utilities, municipalities, industrial clients and EPC partners for {subs} projects.",
            "creative-industries": "Co-producers, broadcasters, festivals and presenters interested in {subs}.",
            "ict": "Resellers, integrators and enterprise clients for {subs} in Mexico.",
        },
    },
    "fr": {
        "offers": {
            "advanced-manufacturing": "Capacité de production certifiée en {subs}, du prototype à la série pour "
                                      "les constructeurs et équipementiers nord-américains.",
            "agri-food": "Produits canadiens sûrs et traçables en {subs}, en vrac, au détail ou en marque privée.",
            "clean-tech": "Solutions éprouvées en {subs}, déployées auprès de services publics et d'industriels.",
            "creative-industries": "Productions et services originaux en {subs}, prêts pour la coproduction et "
                                   "la tournée.",
            "ict": "Plateformes commerciales en {subs}, en production chez des banques, fabricants et détaillants.",
        },
        "seeks": {
            "advanced-manufacturing": "Constructeurs, équipementiers et distributeurs mexicains qui "
                                      "rapatrient leur chaîne d'approvisionnement en {subs}.",
            "agri-food": "Importateurs, distributeurs et acheteurs du commerce de détail et de la restauration "
                         "pour {subs}.",
            "clean-tech": "Services publics, municipalités, industriels et partenaires IAC pour des projets en "
                          "{subs}.",
            "creative-industries": "Coproducteurs, diffuseurs, festivals et salles intéressés par {subs}.",
            "ict": "Revendeurs, intégrateurs et entreprises clientes pour {subs} au Mexique.",
        },
    },
}

# What a Mexican organization offers Canadian partners and what it looks for.
HOST = {
    "es": {
        "offers": {
            "advanced-manufacturing": "Planta en {city} con capacidad en {subs} y certificaciones IATF 16949 e "
                                      "ISO 9001.",
            "agri-food": "Red de distribución en {region} para {subs}, con cadena de frío y acceso a autoservicio.",
            "clean-tech": "Desarrollo y operación de proyectos de {subs} en {region}.",
            "creative-industries": "Producción, distribución y foros en {city} para {subs}.",
            "ict": "Integración y venta de soluciones de {subs} a empresas y gobierno en {region}.",
        },
        "seeks": {
            "advanced-manufacturing": "Proveedores canadienses de {subs} para integrar la cadena de suministro "
                                      "norteamericana.",
            "agri-food": "Exportadores canadienses confiables de {subs}.",
            "clean-tech": "Tecnología canadiense y socios de inversión en {subs}.",
            "creative-industries": "Coproductores y artistas canadienses en {subs}.",
            "ict": "Socios tecnológicos canadienses en {subs} para distribuir en México.",
        },
    },
    "en": {
        "offers": {
            "advanced-manufacturing": "A plant in {city} with capacity in {subs}, IATF 16949 and ISO 9001 certified.",
            "agri-food": "A distribution network in {region} for {subs}, with cold chain and retail access.",
            "clean-tech": "Development and operation of {subs} projects in {region}.",
            "creative-industries": "Production, distribution and venues in {city} for {subs}.",
            "ict": "Integration and sales of {subs} solutions to companies and government in {region}.",
        },
        "seeks": {
            "advanced-manufacturing": "Canadian suppliers of {subs} to join the North American supply chain.",
            "agri-food": "Reliable Canadian exporters of {subs}.",
            "clean-tech": "Canadian technology and investment partners in {subs}.",
            "creative-industries": "Canadian co-producers and artists in {subs}.",
            "ict": "Canadian technology partners in {subs} to distribute in Mexico.",
        },
    },
}
