"""Valid application payloads in the API's JSON shape, and submitted applications built from them."""

import copy
import re

from django.db import transaction

from trademission.applications.domain.submission import submit_application
from trademission.applications.models import Application
from trademission.missions.models import Mission

LONG = {
    "en": "Two export managers, a budget of 120,000 dollars and six months dedicated to the market this year.",
    "fr": "Deux responsables export, un budget de 120 000 dollars et six mois consacrés à ce marché cette année.",
    "es": "Dos gerentes de exportación, un presupuesto de 120 000 dólares y seis meses dedicados a este mercado.",
}
RESEARCH = {
    "en": "We commissioned a market study, met utilities in two states and analysed tenders from the last three "
          "years.",
    "fr": "Nous avons commandé une étude de marché, rencontré des services publics dans deux États et analysé les "
          "appels d'offres.",
    "es": "Encargamos un estudio de mercado, visitamos a organismos operadores en dos estados y analizamos "
          "licitaciones recientes.",
}


def payload(lang: str = "en", **overrides: object) -> dict[str, object]:
    data = {
        "language": lang, "consent": True, "wants_b2b": True, "stops": ["mexico-city"],
        "organization": {"name": "Bluewater Systems", "kind": "sme", "country": "CA", "region": "QC",
                         "website": "https://bluewater.example", "employees": 40,
                         "description": "We design compact water and wastewater treatment units for small towns.",
                         "offers": "Modular treatment plants and remote monitoring.",
                         "seeks": "Distributors and municipal operators.", "languages": ["fr", "en"]},
        "sectors": ["clean-tech"], "subsectors": [],
        "answers": {"commercialized": True, "target_market_plan": True, "resources": LONG[lang],
                    "market_research": RESEARCH[lang], "tcs_client": True},
        "representatives": [{"name": "Claire Roy", "email": "claire@bluewater.example", "languages": ["fr", "en"]}],
    }
    for path, value in overrides.items():
        target = data
        *parents, last = path.split("__")
        for part in parents:
            target = target[part]
        target[last] = copy.deepcopy(value)
    return data


def submitted(mission: Mission, *, name: str = "Bluewater Systems", language: str = "en", representatives: int = 1,
              stops: tuple[str, ...] = ("mexico-city",), **overrides: object) -> Application:
    domain = re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")
    people = [{"name": f"Person {number} {name}", "email": f"p{number}@{domain}.example", "languages": [language]}
              for number in range(representatives)]
    data = payload(language, organization__name=name, representatives=people, stops=list(stops), **overrides)
    with transaction.atomic():
        return submit_application(mission=mission, data=data)


IMMEDIATE_TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend", "QUEUES": ["default"]}}


def run_tasks_immediately(settings) -> None:
    """E-mails are queued after commit; in these tests the queue runs them at once."""
    settings.TASKS = IMMEDIATE_TASKS
