"""The fields a spreadsheet column can map to, and how headers are recognized in EN, FR and ES."""

from dataclasses import dataclass

from django.utils.functional import Promise
from django.utils.text import format_lazy
from django.utils.translation import gettext_lazy as _

from trademission.directory.domain.normalize import fold


@dataclass(frozen=True)
class ImportField:
    key: str
    label: Promise
    required: bool = False
    synonyms: tuple[str, ...] = ()


IMPORT_FIELDS = [
    ImportField("name", _("Organization name"), required=True,
                synonyms=("name", "organization", "company", "empresa", "nombre", "razon social", "nom",
                          "entreprise", "organisation")),
    ImportField("reference", _("Reference (stable identifier)"),
                synonyms=("reference", "ref", "id", "rfc", "referencia", "identifiant")),
    ImportField("kind", _("Kind"), synonyms=("kind", "type", "tipo")),
    ImportField("sectors", _("Sectors"), required=True, synonyms=("sector", "sectors", "sectores", "secteur",
                                                                 "secteurs")),
    ImportField("subsectors", _("Subsectors"), synonyms=("subsector", "subsectors", "subsectores",
                                                         "sous-secteur", "sous-secteurs")),
    ImportField("naics", _("NAICS codes"), synonyms=("naics", "scian", "scian/naics", "codigo naics")),
    ImportField("city", _("City"), synonyms=("city", "ciudad", "ville", "municipio")),
    ImportField("region", _("State or province"), synonyms=("state", "region", "estado", "province")),
    ImportField("address", _("Address"), synonyms=("address", "direccion", "adresse", "domicilio")),
    ImportField("website", _("Website"), synonyms=("website", "web", "sitio web", "site web", "url")),
    ImportField("employees", _("Employees"), synonyms=("employees", "empleados", "employes", "staff")),
    ImportField("languages", _("Working languages"), synonyms=("languages", "idiomas", "langues")),
    *[ImportField(f"{base}_{code}", label, synonyms=tuple(f"{word} {code}" for word in words) + (
        (words[0],) if code == "es" else ()))
      for base, words, label_base in [
          ("description", ("description", "descripcion"), _("Description")),
          ("offers", ("offers", "ofrece", "offre"), _("Offers")),
          ("seeks", ("seeks", "busca", "recherche"), _("Seeks")),
      ]
      for code, label in [(code, format_lazy("{} ({})", label_base, language))
                          for code, language in [("en", _("English")), ("fr", _("French")), ("es", _("Spanish"))]]],
    ImportField("contact_first_name", _("Contact first name"), synonyms=("first name", "nombre contacto",
                                                                         "prenom", "nombre(s)")),
    ImportField("contact_last_name", _("Contact last name"), synonyms=("last name", "apellido", "apellidos",
                                                                       "nom de famille")),
    ImportField("contact_email", _("Contact e-mail"), required=True,
                synonyms=("email", "e-mail", "correo", "correo electronico", "courriel")),
    ImportField("contact_phone", _("Contact phone"), synonyms=("phone", "telefono", "telephone", "tel")),
    ImportField("contact_job_title", _("Contact job title"), synonyms=("job title", "cargo", "puesto", "poste",
                                                                       "titre")),
]
FIELDS_BY_KEY = {field.key: field for field in IMPORT_FIELDS}


def guess_mapping(headers: list[str]) -> dict[str, int]:
    """Field → column index for the headers that name a field (exactly, in any of the three languages)."""
    mapping: dict[str, int] = {}
    folded = [fold(header) for header in headers]
    for field in IMPORT_FIELDS:
        for index, header in enumerate(folded):
            if index not in mapping.values() and (header in field.synonyms or header == field.key.replace("_", " ")
                                                  or header == field.key):
                mapping[field.key] = index
                break
    return mapping
