"""Sectors and subsectors of the Canada Trade Mission to Mexico, from its official page.

Slugs are stable identifiers (links, API, tests). NAICS 2022 codes are the ones a
demo organization in that subsector declares; each starts with one of its sector's prefixes.
"""

from dataclasses import dataclass

from trademission.missions.models import Sector, Subsector


@dataclass(frozen=True)
class SubsectorData:
    slug: str
    en: str
    fr: str
    es: str
    naics: tuple[str, ...]


@dataclass(frozen=True)
class SectorData:
    slug: str
    en: str
    fr: str
    es: str
    naics_prefixes: tuple[str, ...]
    subsectors: tuple[SubsectorData, ...]


S = SubsectorData
SECTORS: tuple[SectorData, ...] = (
    SectorData("advanced-manufacturing", "Advanced manufacturing", "Fabrication de pointe", "Manufactura avanzada",
               ("326", "331", "332", "333", "334", "335", "336"), (
        S("automotive", "Automotive", "Automobile", "Automotriz", ("336390", "336320")),
        S("aerospace-defence", "Aerospace and defence", "Aérospatiale et défense", "Aeroespacial y defensa",
          ("336413", "334511")),
        S("precision-machining", "Precision machining", "Usinage de précision", "Maquinado de precisión",
          ("332710", "333517")),
        S("forging-casting-extrusion", "Forging, die casting and extrusion",
          "Forgeage, moulage sous pression et extrusion", "Forja, fundición a presión y extrusión",
          ("332111", "331523")),
        S("plastic-injection-molding", "Plastic injection molding and thermoforming",
          "Moulage par injection et thermoformage", "Moldeo por inyección y termoformado", ("326199", "333511")),
        S("electrical-electronic-components", "Electrical and electronic components",
          "Composants électriques et électroniques", "Componentes eléctricos y electrónicos", ("334413", "335999")),
        S("industry-4-0", "Robotics, automation and Industry 4.0", "Robotique, automatisation et industrie 4.0",
          "Robótica, automatización e Industria 4.0", ("333998", "334513")),
    )),
    SectorData("agri-food", "Agriculture and processed foods", "Agriculture et aliments transformés",
               "Agricultura y alimentos procesados", ("111", "112", "114", "311", "312", "4244"), (
        S("grains-oilseeds-meats", "Grains, oilseeds and meats", "Céréales, oléagineux et viandes",
          "Granos, oleaginosas y carnes", ("111150", "311224", "311611")),
        S("value-added-specialty-foods", "Value-added and specialty foods",
          "Aliments à valeur ajoutée et de spécialité", "Alimentos especializados y de valor agregado",
          ("311999", "311919")),
        S("private-label", "Private label products", "Produits de marque privée", "Productos de marca propia",
          ("311340", "311230")),
        S("plant-based-organic-health", "Plant-based, organic, health and wellness",
          "Produits végétaux, biologiques, santé et bien-être", "Productos vegetales, orgánicos y de bienestar",
          ("311991", "111998")),
        S("functional-nutraceutical", "Functional and nutraceutical products",
          "Aliments fonctionnels et produits nutraceutiques", "Alimentos funcionales y nutracéuticos",
          ("311999", "311514")),
        S("fish-seafood", "Fish and seafood", "Poissons et fruits de mer", "Pescados y mariscos",
          ("311710", "114111", "112511")),
        S("food-processing", "Food processing, retail and food service",
          "Transformation alimentaire, commerce de détail et services alimentaires",
          "Procesamiento de alimentos, comercio minorista y servicios de alimentos", ("311812", "424490")),
    )),
    SectorData("clean-tech", "Clean technologies and clean energy", "Technologies propres et énergie propre",
               "Tecnologías limpias y energía limpia",
               ("213112", "2211", "2213", "2371", "3251", "3353", "3359", "5416", "5622", "5629"), (
        S("solar-wind", "Solar and wind", "Solaire et éolien", "Energía solar y eólica", ("221114", "221115")),
        S("biomass", "Biomass", "Biomasse", "Biomasa", ("221117",)),
        S("battery-storage", "Battery storage", "Stockage par batteries", "Almacenamiento en baterías", ("335910",)),
        S("green-hydrogen", "Green hydrogen", "Hydrogène vert", "Hidrógeno verde", ("325120",)),
        S("smart-grids", "Smart grids and energy infrastructure",
          "Réseaux intelligents et infrastructures énergétiques", "Redes inteligentes e infraestructura energética",
          ("221121", "335311", "237130")),
        S("water-wastewater", "Water and wastewater", "Eau et eaux usées", "Agua y aguas residuales",
          ("221310", "221320")),
        S("electrified-transport", "Electrified transport", "Transport électrifié", "Transporte electrificado",
          ("335312",)),
        S("oil-gas-emissions", "Emissions reduction in oil and gas", "Réduction des émissions pétrolières et gazières",
          "Reducción de emisiones en petróleo y gas", ("213112", "541620")),
        S("waste-to-energy", "Waste-to-energy", "Valorisation énergétique des déchets",
          "Valorización energética de residuos", ("562213", "562920")),
    )),
    SectorData("creative-industries", "Creative industries", "Industries créatives", "Industrias creativas",
               ("512", "513", "5414", "5418", "711"), (
        S("audiovisual", "Audiovisual (film and TV)", "Audiovisuel (cinéma et télévision)",
          "Audiovisual (cine y televisión)", ("512110", "512191")),
        S("live-performance", "Live performance (music, theatre, dance)", "Arts de la scène (musique, théâtre, danse)",
          "Artes escénicas (música, teatro y danza)", ("711130", "711110")),
        S("interactive-digital-media", "Interactive digital media", "Médias numériques interactifs",
          "Medios digitales interactivos", ("513210", "512191")),
        S("immersive-experiences", "Immersive experiences and installations",
          "Expériences immersives et installations interactives",
          "Experiencias inmersivas e instalaciones interactivas", ("711510", "541430")),
    )),
    SectorData("ict", "Information and communications technologies",
               "Technologies de l'information et des communications",
               "Tecnologías de la información y las comunicaciones",
               ("3342", "513", "517", "518", "5223", "5242", "5415"), (
        S("cybersecurity", "Cybersecurity and physical security systems",
          "Cybersécurité et systèmes de sécurité physique", "Ciberseguridad y sistemas de seguridad física",
          ("541512", "334290")),
        S("enterprise-software", "Enterprise software", "Logiciels d'entreprise", "Software empresarial",
          ("513210", "541511")),
        S("fintech-insurtech", "Financial and insurance technologies", "Technologies financières et d'assurance",
          "Tecnologías financieras y de seguros", ("522320", "524298")),
        S("artificial-intelligence", "Artificial intelligence", "Intelligence artificielle", "Inteligencia artificial",
          ("541511", "541512")),
        S("data-analytics-iot", "Data analytics and IoT", "Analyse de données et IdO", "Análisis de datos e IoT",
          ("518210", "334220")),
        S("telecommunications", "Telecommunications", "Télécommunications", "Telecomunicaciones",
          ("517111", "517112")),
    )),
)
SECTOR_SLUGS = tuple(sector.slug for sector in SECTORS)
SECTORS_BY_SLUG = {sector.slug: sector for sector in SECTORS}
SUBSECTORS_BY_KEY = {(sector.slug, sub.slug): sub for sector in SECTORS for sub in sector.subsectors}


def ensure_taxonomy() -> tuple[dict[str, Sector], dict[tuple[str, str], Subsector]]:
    """Create or refresh the demo sectors; they are shared taxonomy, so other missions may use them too."""
    sectors: dict[str, Sector] = {}
    subsectors: dict[tuple[str, str], Subsector] = {}
    for data in SECTORS:
        sector, _created = Sector.objects.update_or_create(slug=data.slug, defaults={
            "name_en": data.en, "name_fr": data.fr, "name_es": data.es, "naics_prefixes": list(data.naics_prefixes)})
        sectors[data.slug] = sector
        for sub in data.subsectors:
            subsectors[data.slug, sub.slug], _created = Subsector.objects.update_or_create(
                sector=sector, slug=sub.slug, defaults={"name_en": sub.en, "name_fr": sub.fr, "name_es": sub.es})
    return sectors, subsectors
