"""Where demo organizations are: Canadian provinces and the Mexican stop cities."""

from dataclasses import dataclass


@dataclass(frozen=True)
class Province:
    code: str
    name: str
    quota: int  # organizations out of the 250 of the delegation, roughly by share of exporters
    cities: tuple[tuple[str, str], ...]  # (city, area code)


PROVINCES = (
    Province("ON", "Ontario", 95, (("Toronto", "416"), ("Ottawa", "613"), ("Mississauga", "905"),
                                   ("Waterloo", "519"), ("Hamilton", "905"), ("London", "519"), ("Windsor", "519"))),
    Province("QC", "Québec", 58, (("Montréal", "514"), ("Québec", "418"), ("Laval", "450"), ("Sherbrooke", "819"),
                                  ("Gatineau", "819"), ("Saint-Hyacinthe", "450"), ("Drummondville", "819"))),
    Province("BC", "British Columbia", 35, (("Vancouver", "604"), ("Burnaby", "604"), ("Victoria", "250"),
                                            ("Kelowna", "250"), ("Surrey", "604"))),
    Province("AB", "Alberta", 30, (("Calgary", "403"), ("Edmonton", "780"), ("Red Deer", "403"))),
    Province("MB", "Manitoba", 8, (("Winnipeg", "204"), ("Brandon", "204"))),
    Province("SK", "Saskatchewan", 8, (("Saskatoon", "306"), ("Regina", "306"))),
    Province("NS", "Nova Scotia", 7, (("Halifax", "902"), ("Dartmouth", "902"))),
    Province("NB", "New Brunswick", 5, (("Moncton", "506"), ("Fredericton", "506"), ("Saint John", "506"))),
    Province("NL", "Newfoundland and Labrador", 2, (("St. John's", "709"),)),
    Province("PE", "Prince Edward Island", 2, (("Charlottetown", "902"),)),
)


@dataclass(frozen=True)
class HostCity:
    city: str
    postal_prefix: str
    neighbourhoods: tuple[str, ...]


@dataclass(frozen=True)
class HostArea:
    stop: str
    quota: int  # organizations out of the 160 host organizations
    state: str
    area_code: str
    cities: tuple[HostCity, ...]


HOST_AREAS = (
    HostArea("mexico-city", 70, "Ciudad de México", "55", (
        HostCity("Ciudad de México", "11", ("Polanco", "Granada", "Anzures", "Lomas de Chapultepec")),
        HostCity("Ciudad de México", "06", ("Juárez", "Roma Norte", "Cuauhtémoc")),
        HostCity("Ciudad de México", "03", ("Del Valle", "Nápoles", "Insurgentes Mixcoac")),
        HostCity("Ciudad de México", "05", ("Santa Fe", "Lomas de Santa Fe")),
    )),
    HostArea("guadalajara", 40, "Jalisco", "33", (
        HostCity("Guadalajara", "44", ("Americana", "Providencia", "Chapalita", "Lafayette")),
        HostCity("Zapopan", "45", ("Puerta de Hierro", "Ciudad Granja", "Valle Real")),
        HostCity("San Pedro Tlaquepaque", "45", ("Centro", "Álamo Industrial")),
    )),
    HostArea("monterrey", 50, "Nuevo León", "81", (
        HostCity("Monterrey", "64", ("Obispado", "Centro", "Contry", "Cumbres")),
        HostCity("San Pedro Garza García", "66", ("Del Valle", "Valle Oriente")),
        HostCity("Apodaca", "66", ("Parque Industrial Apodaca", "Huinalá")),
        HostCity("Santa Catarina", "66", ("Parque Industrial Santa Catarina",)),
    )),
)

# Shares of the delegation by sector, as a weight; host organizations reuse them within their stop's sectors.
SECTOR_WEIGHTS = {"advanced-manufacturing": 25, "agri-food": 27, "clean-tech": 20, "creative-industries": 10,
                  "ict": 18}
