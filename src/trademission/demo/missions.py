"""The two demo missions (2026 as it happened, 2027 open for applications), their stops and programme."""

import datetime as dt
import zoneinfo
from dataclasses import dataclass

from trademission.demo.programme import PROGRAMME
from trademission.missions.enums import MissionStatus
from trademission.missions.models import Mission, ProgrammeElement, Sector, Stop

MISSION_2026 = "ctm-mexico-2026"
MISSION_2027 = "ctm-mexico-2027"
MISSION_SLUGS = (MISSION_2026, MISSION_2027)
CONTACT_EMAIL = "ctm-mcc.mex@international.gc.ca"
# The page's deadline: November 28, 2025, 23:59 PT.
DEADLINE_2026 = dt.datetime(2025, 11, 28, 23, 59, tzinfo=zoneinfo.ZoneInfo("America/Vancouver"))
REGISTRATION_DAYS_2027 = 60


@dataclass(frozen=True)
class StopData:
    slug: str
    en: str
    fr: str
    es: str
    region: str
    time_zone: str
    first_day: int  # days after the mission's first day
    last_day: int
    sectors: tuple[str, ...]


STOPS = (
    StopData("mexico-city", "Mexico City", "Mexico", "Ciudad de México", "Ciudad de México", "America/Mexico_City",
             0, 2, ("advanced-manufacturing", "agri-food", "clean-tech", "creative-industries", "ict")),
    StopData("guadalajara", "Guadalajara", "Guadalajara", "Guadalajara", "Jalisco", "America/Mexico_City",
             3, 5, ("agri-food", "creative-industries")),
    StopData("monterrey", "Monterrey", "Monterrey", "Monterrey", "Nuevo León", "America/Monterrey",
             3, 5, ("advanced-manufacturing", "clean-tech", "ict")),
)
STOP_SECTORS = {stop.slug: stop.sectors for stop in STOPS}

DESCRIPTION = {
    "en": "Led by the Minister, the Canada Trade Mission to Mexico helps Canadian exporters, businesses and "
          "innovators position themselves in the Mexican market: core programming in Mexico City, then "
          "sector-specific programming in Guadalajara and Monterrey.",
    "fr": "Dirigée par le ministre, la Mission commerciale du Canada au Mexique aide les exportateurs, entreprises "
          "et innovateurs canadiens à se positionner sur le marché mexicain : programme principal à Mexico, puis "
          "programmes sectoriels à Guadalajara et à Monterrey.",
    "es": "Encabezada por el Ministro, la Misión Comercial de Canadá a México ayuda a exportadores, empresas e "
          "innovadores canadienses a posicionarse en el mercado mexicano: programa central en la Ciudad de México "
          "y programas sectoriales en Guadalajara y Monterrey.",
}


def create_mission(*, slug: str, first_day: dt.date, deadline: dt.datetime, status: MissionStatus,
                   sectors: dict[str, Sector]) -> tuple[Mission, dict[str, Stop]]:
    mission = Mission.objects.create(
        slug=slug, name_en="Canada Trade Mission to Mexico", name_fr="Mission commerciale du Canada au Mexique",
        name_es="Misión Comercial de Canadá a México", description_en=DESCRIPTION["en"],
        description_fr=DESCRIPTION["fr"], description_es=DESCRIPTION["es"], visiting_country="CA",
        host_country="MX", time_zone="America/Mexico_City", start_date=first_day,
        end_date=first_day + dt.timedelta(days=5), registration_deadline=deadline, status=status,
        max_representatives=2, capacity_organizations=250, capacity_delegates=370, contact_email=CONTACT_EMAIL,
    )
    mission.sectors.set([sectors[slug] for slug in sorted(sectors)])
    stops = {}
    for data in STOPS:
        stop = Stop.objects.create(
            mission=mission, slug=data.slug, name_en=data.en, name_fr=data.fr, name_es=data.es, region=data.region,
            time_zone=data.time_zone, start_date=first_day + dt.timedelta(days=data.first_day),
            end_date=first_day + dt.timedelta(days=data.last_day))
        stop.sectors.set([sectors[slug] for slug in data.sectors])
        stops[data.slug] = stop
    _create_programme(mission=mission, stops=stops, sectors=sectors)
    return mission, stops


def _create_programme(*, mission: Mission, stops: dict[str, Stop], sectors: dict[str, Sector]) -> None:
    elements = []
    for item in PROGRAMME:
        stop = stops[item.stop]
        day = mission.start_date + dt.timedelta(days=item.day)
        zone = zoneinfo.ZoneInfo(stop.time_zone)
        elements.append(ProgrammeElement(
            stop=stop, kind=item.kind, title_en=item.titles[0], title_fr=item.titles[1], title_es=item.titles[2],
            description_en=item.descriptions[0], description_fr=item.descriptions[1],
            description_es=item.descriptions[2],
            starts_at=dt.datetime.combine(day, dt.time.fromisoformat(item.starts), tzinfo=zone),
            ends_at=dt.datetime.combine(day, dt.time.fromisoformat(item.ends), tzinfo=zone),
            venue=item.venue, capacity=item.capacity, max_per_organization=item.max_per_organization))
    created = ProgrammeElement.objects.bulk_create(elements)
    through = ProgrammeElement.sectors.through
    through.objects.bulk_create([
        through(programmeelement_id=element.pk, sector_id=sectors[slug].pk)
        for element, item in zip(created, PROGRAMME, strict=True) for slug in item.sectors])
