"""The demo programme, by stop and day (days count from the mission's first day, a Sunday)."""

from dataclasses import dataclass

from trademission.missions.enums import ProgrammeKind

BRIEFING, SITE_VISIT = ProgrammeKind.BRIEFING, ProgrammeKind.SITE_VISIT
NETWORKING, B2B = ProgrammeKind.NETWORKING, ProgrammeKind.B2B_SESSION

DESCRIPTIONS = {
    BRIEFING: ("On-site business briefing by Trade Commissioners, senior officials and local industry experts.",
               ("Séance d'information donnée sur place par les délégués commerciaux du Canada, de hauts "
                "fonctionnaires et des experts locaux."),
               ("Sesión informativa a cargo de los Comisionados de Comercio de Canadá, altos funcionarios y "
                "expertos locales.")),
    SITE_VISIT: ("Sector-specific site visit. Seats are limited: one representative per organization.",
                 "Visite de site sectorielle. Places limitées : un représentant par organisation.",
                 "Visita sectorial. Cupo limitado: un representante por organización."),
    NETWORKING: ("Networking with Canadian and Mexican business leaders and officials.",
                 "Réseautage avec des dirigeants d'entreprise et des représentants canadiens et mexicains.",
                 "Networking con líderes empresariales y funcionarios de Canadá y México."),
    B2B: ("Pre-arranged business-to-business meetings, offered exclusively to participating SMEs.",
          "Rencontres d'affaires préorganisées, offertes exclusivement aux PME participantes.",
          "Reuniones de negocios preagendadas, exclusivas para las pymes participantes."),
}


@dataclass(frozen=True)
class ProgrammeItem:
    stop: str
    day: int
    starts: str
    ends: str
    kind: ProgrammeKind
    titles: tuple[str, str, str]
    venue: str
    capacity: int | None
    max_per_organization: int = 2
    sectors: tuple[str, ...] = ()

    @property
    def descriptions(self) -> tuple[str, str, str]:
        return DESCRIPTIONS[self.kind]


def _visit(stop: str, day: int, sector: str, titles: tuple[str, str, str], place: tuple[str, int]) -> ProgrammeItem:
    """An afternoon visit for one sector, one seat per organization; ``place`` is (venue, capacity)."""
    return ProgrammeItem(stop, day, "14:30", "17:30", SITE_VISIT, titles, place[0], place[1], 1, (sector,))


def _b2b(stop: str, day: int, *, hours: tuple[str, str], city: tuple[str, str, str], number: int, venue: str,
         capacity: int) -> ProgrammeItem:
    titles = (f"B2B meetings — {city[0]}, day {number}", f"Rencontres B2B — {city[1]}, jour {number}",
              f"Reuniones B2B — {city[2]}, día {number}")
    return ProgrammeItem(stop, day, hours[0], hours[1], B2B, titles, venue, capacity)


CDMX, GDL, MTY = "mexico-city", "guadalajara", "monterrey"
CDMX_NAMES = ("Mexico City", "Mexico", "Ciudad de México")
GDL_NAMES, MTY_NAMES = ("Guadalajara",) * 3, ("Monterrey",) * 3
CITIBANAMEX = "Centro Citibanamex, Hall D"
EMBASSY = "Embassy of Canada, Schiller 529, Polanco"
PROGRAMME: tuple[ProgrammeItem, ...] = (
    ProgrammeItem(CDMX, 0, "18:30", "21:00", NETWORKING, (
        "Welcome networking reception with the Minister", "Réception de réseautage d'accueil avec le ministre",
        "Recepción de bienvenida y networking con el Ministro"),
        "Official Residence of the Ambassador of Canada, Lomas de Chapultepec", 450),
    ProgrammeItem(CDMX, 1, "08:30", "10:00", BRIEFING, (
        "Doing business in Mexico: briefing by the Trade Commissioners",
        "Faire des affaires au Mexique : séance d'information des délégués commerciaux",
        "Hacer negocios en México: sesión informativa de los Comisionados de Comercio"), EMBASSY, 450),
    ProgrammeItem(CDMX, 1, "10:30", "12:00", BRIEFING, (
        "CUSMA and CPTPP: practical advantages for Canadian exporters",
        "ACEUM et PTPGP : avantages concrets pour les exportateurs canadiens",
        "T-MEC y CPTPP: ventajas prácticas para los exportadores canadienses"), EMBASSY, 450),
    _b2b(CDMX, 1, hours=("13:30", "18:00"), city=CDMX_NAMES, number=1, venue=CITIBANAMEX, capacity=300),
    _b2b(CDMX, 2, hours=("09:00", "13:00"), city=CDMX_NAMES, number=2, venue=CITIBANAMEX, capacity=300),
    _visit(CDMX, 2, "advanced-manufacturing", ("Site visit: automotive and aerospace supplier plant",
           "Visite de site : usine d'un fournisseur automobile et aérospatial",
           "Visita: planta de un proveedor automotriz y aeroespacial"), ("Parque Industrial Tlalnepantla", 30)),
    _visit(CDMX, 2, "agri-food", ("Site visit: Central de Abasto wholesale food market",
           "Visite de site : marché de gros Central de Abasto", "Visita: Central de Abasto"),
           ("Central de Abasto, Iztapalapa", 35)),
    _visit(CDMX, 2, "clean-tech", ("Site visit: water treatment and reuse plant",
           "Visite de site : usine de traitement et de réutilisation de l'eau",
           "Visita: planta de tratamiento y reúso de agua"), ("Planta de tratamiento Cerro de la Estrella", 25)),
    _visit(CDMX, 2, "creative-industries", ("Site visit: Estudios Churubusco film studios",
           "Visite de site : studios de cinéma Churubusco", "Visita: Estudios Churubusco"),
           ("Estudios Churubusco, Coyoacán", 30)),
    _visit(CDMX, 2, "ict", ("Site visit: data centre and technology hub",
           "Visite de site : centre de données et pôle technologique",
           "Visita: centro de datos y polo tecnológico"), ("Santa Fe, Ciudad de México", 40)),
    ProgrammeItem(CDMX, 2, "19:00", "21:30", NETWORKING, (
        "Networking reception with Mexican business leaders",
        "Réception de réseautage avec des dirigeants d'entreprise mexicains",
        "Recepción de networking con líderes empresariales mexicanos"), "Museo Soumaya, Plaza Carso", 450),
    ProgrammeItem(GDL, 3, "09:00", "10:30", BRIEFING, (
        "Sector briefing: agri-food opportunities in Jalisco",
        "Séance sectorielle : occasions agroalimentaires au Jalisco",
        "Sesión sectorial: oportunidades agroalimentarias en Jalisco"), "Expo Guadalajara", 150, 2,
        ("agri-food",)),
    ProgrammeItem(GDL, 3, "11:00", "12:30", BRIEFING, (
        "Sector briefing: creative industries in Guadalajara",
        "Séance sectorielle : industries créatives à Guadalajara",
        "Sesión sectorial: industrias creativas en Guadalajara"), "Expo Guadalajara", 100, 2,
        ("creative-industries",)),
    _visit(GDL, 3, "agri-food", ("Site visit: agri-food processing cluster",
           "Visite de site : grappe de transformation agroalimentaire",
           "Visita: clúster de procesamiento agroalimentario"), ("Parque agroindustrial, Zapopan", 30)),
    _visit(GDL, 3, "creative-industries", ("Site visit: Guadalajara Creative Digital City",
           "Visite de site : Ciudad Creativa Digital de Guadalajara", "Visita: Ciudad Creativa Digital"),
           ("Ciudad Creativa Digital, Guadalajara", 25)),
    _b2b(GDL, 4, hours=("09:00", "17:00"), city=GDL_NAMES, number=1, venue="Expo Guadalajara", capacity=200),
    ProgrammeItem(GDL, 4, "19:00", "21:00", NETWORKING, (
        "Networking reception with Jalisco business leaders",
        "Réception de réseautage avec des dirigeants d'entreprise du Jalisco",
        "Recepción de networking con líderes empresariales de Jalisco"), "Instituto Cultural Cabañas", 250),
    _b2b(GDL, 5, hours=("09:00", "13:00"), city=GDL_NAMES, number=2, venue="Expo Guadalajara", capacity=200),
    ProgrammeItem(MTY, 3, "09:00", "10:00", BRIEFING, (
        "Sector briefing: advanced manufacturing in Nuevo León",
        "Séance sectorielle : fabrication de pointe au Nuevo León",
        "Sesión sectorial: manufactura avanzada en Nuevo León"), "Cintermex", 150, 2, ("advanced-manufacturing",)),
    ProgrammeItem(MTY, 3, "10:15", "11:15", BRIEFING, (
        "Sector briefing: clean technologies and water in northern Mexico",
        "Séance sectorielle : technologies propres et eau dans le nord du Mexique",
        "Sesión sectorial: tecnologías limpias y agua en el norte de México"), "Cintermex", 150, 2,
        ("clean-tech",)),
    ProgrammeItem(MTY, 3, "11:30", "12:30", BRIEFING, (
        "Sector briefing: ICT and digital transformation", "Séance sectorielle : TIC et transformation numérique",
        "Sesión sectorial: TIC y transformación digital"), "Cintermex", 150, 2, ("ict",)),
    _visit(MTY, 3, "advanced-manufacturing", ("Site visit: automotive Tier 1 supplier plant",
           "Visite de site : usine d'un équipementier automobile de rang 1",
           "Visita: planta de un proveedor automotriz Tier 1"), ("Parque Industrial Apodaca", 30)),
    _visit(MTY, 3, "clean-tech", ("Site visit: Monterrey water and drainage treatment plant",
           "Visite de site : usine de traitement des eaux de Monterrey",
           "Visita: planta de tratamiento de Agua y Drenaje de Monterrey"), ("Planta Dulces Nombres, Pesquería", 25)),
    _visit(MTY, 3, "ict", ("Site visit: research and technology innovation park",
           "Visite de site : parc de recherche et d'innovation technologique",
           "Visita: Parque de Investigación e Innovación Tecnológica"), ("PIIT, Apodaca", 40)),
    _b2b(MTY, 4, hours=("09:00", "17:00"), city=MTY_NAMES, number=1, venue="Cintermex", capacity=250),
    ProgrammeItem(MTY, 4, "19:00", "21:00", NETWORKING, (
        "Networking reception with Nuevo León business leaders",
        "Réception de réseautage avec des dirigeants d'entreprise du Nuevo León",
        "Recepción de networking con líderes empresariales de Nuevo León"), "Museo MARCO, Monterrey", 300),
    _b2b(MTY, 5, hours=("09:00", "13:00"), city=MTY_NAMES, number=2, venue="Cintermex", capacity=250),
)
