"""Search every text column of every table for given values: the strongest check that a purge left nothing."""

import json

from django.apps import apps
from django.db.models import CharField, FileField, JSONField, TextField

TEXT_FIELDS = (CharField, TextField, JSONField, FileField)


def occurrences(values: list[str]) -> list[str]:
    """``"app.Model.field: value"`` for each value found (case-insensitively) in any row of any model."""
    wanted = sorted({value.lower() for value in values})
    hits = set()
    for model in apps.get_models(include_auto_created=True):
        fields = [field for field in model._meta.concrete_fields if isinstance(field, TEXT_FIELDS)]
        if not fields:
            continue
        for row in model._default_manager.values_list(*[field.attname for field in fields]):
            for field, value in zip(fields, row, strict=True):
                text = (json.dumps(value, ensure_ascii=False) if isinstance(field, JSONField) else str(value or ""))
                hits |= {f"{model._meta.label}.{field.name}: {item}" for item in wanted if item in text.lower()}
    return sorted(hits)


def found_values(values: list[str]) -> set[str]:
    return {hit.split(": ", 1)[1] for hit in occurrences(values)}
