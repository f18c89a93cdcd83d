"""Back up one mission (everything deleting it would delete) to JSON, and restore it exactly.

The backup holds every row that cascades from the mission, with its primary key, plus the rows they
point at outside the mission (user accounts, shared sectors) as *references*: a restore creates a
reference only if it is missing. The output is deterministic (models by label, rows by key, lists
sorted), so dump → delete → restore → dump gives byte-identical files. Uploaded photos live in the
media folder and are not part of the JSON.
"""

import json
from collections import defaultdict

from django.contrib.admin.utils import NestedObjects
from django.core import serializers
from django.core.exceptions import ValidationError
from django.core.management.color import no_style
from django.db import DEFAULT_DB_ALIAS, connections, models, transaction
from django.utils.translation import gettext as _

from trademission.missions.models import Mission

FORMAT = "trademission-mission-backup/1"


def _label(model: type[models.Model]) -> str:
    return model._meta.label_lower


def _collect(mission: Mission, using: str) -> dict[type[models.Model], set[models.Model]]:
    collector = NestedObjects(using=using)
    collector.collect([mission])
    found: dict[type[models.Model], set[models.Model]] = defaultdict(set)
    for model, instances in collector.data.items():
        if model._meta.auto_created:  # many-to-many rows travel inside their owners' lists
            continue
        found[model._meta.concrete_model].update(instances)
    return found


def _references(found: dict[type[models.Model], set[models.Model]]) -> dict[type[models.Model], set[int]]:
    """Rows outside the mission that the mission's rows point at (by foreign key or many-to-many), transitively."""
    inside = {(model, obj.pk) for model, objects in found.items() for obj in objects}
    wanted: dict[type[models.Model], set[int]] = defaultdict(set)
    queue = [(model, obj, True) for model, objects in found.items() for obj in objects]
    while queue:
        model, obj, follow_many = queue.pop()
        fields = [f for f in model._meta.concrete_fields if f.is_relation]
        targets = [(f.related_model._meta.concrete_model, getattr(obj, f.attname)) for f in fields]
        if follow_many:
            targets += [(f.related_model._meta.concrete_model, pk) for f in model._meta.many_to_many
                        for pk in getattr(obj, f.name).values_list("pk", flat=True)]
        new = [(target, pk) for target, pk in targets
               if pk is not None and (target, pk) not in inside and pk not in wanted[target]]
        for target, pk in new:
            wanted[target].add(pk)
        by_model = defaultdict(list)
        for target, pk in new:
            by_model[target].append(pk)
        for target, pks in by_model.items():
            queue += [(target, ref, False) for ref in target._default_manager.filter(pk__in=pks)]
    return {model: pks for model, pks in wanted.items() if pks}


def _serialize(model: type[models.Model], queryset: models.QuerySet, *, with_many: bool) -> list[dict]:
    fields = None if with_many else [f.name for f in model._meta.concrete_fields if not f.primary_key]
    rows = json.loads(serializers.serialize("json", queryset.order_by("pk"), fields=fields))
    for row in rows:
        for name, value in row["fields"].items():
            if isinstance(value, list) and model._meta.get_field(name).many_to_many:
                row["fields"][name] = sorted(value)
    return rows


def backup_mission(*, mission: Mission, using: str = DEFAULT_DB_ALIAS) -> dict:
    found = _collect(mission, using)
    references = _references(found)
    objects = []
    for model in sorted(found, key=_label):
        objects += _serialize(model, model._default_manager.using(using).filter(
            pk__in=[obj.pk for obj in found[model]]), with_many=True)
    refs = []
    for model in sorted(references, key=_label):
        refs += _serialize(model, model._default_manager.using(using).filter(pk__in=references[model]),
                           with_many=False)
    return {"format": FORMAT, "mission": mission.slug, "references": refs, "objects": objects}


def dumps(backup: dict) -> str:
    return json.dumps(backup, indent=1, sort_keys=True, ensure_ascii=False) + "\n"


def restore_mission(*, backup: dict, using: str = DEFAULT_DB_ALIAS) -> Mission:
    """Recreate the mission exactly as backed up (same keys); refused if it still exists."""
    if backup.get("format") != FORMAT:
        raise ValidationError(_("This file is not a TradeMission mission backup."), code="format")
    slug = backup["mission"]
    if Mission.objects.using(using).filter(slug=slug).exists():
        raise ValidationError(_("The mission %(slug)s exists; delete it before restoring it.") % {"slug": slug},
                              code="exists")
    connection = connections[using]
    touched: set[type[models.Model]] = set()
    with transaction.atomic(using=using):
        with connection.constraint_checks_disabled():
            for item in serializers.deserialize("json", json.dumps(backup["references"]), using=using):
                model = type(item.object)
                if not model._default_manager.using(using).filter(pk=item.object.pk).exists():
                    item.save(using=using)
                    touched.add(model)
            for item in serializers.deserialize("json", json.dumps(backup["objects"]), using=using):
                item.save(using=using)
                touched.add(type(item.object))
        connection.check_constraints(table_names=[model._meta.db_table for model in touched])
        # Explicit keys were inserted: move the sequences past them (PostgreSQL).
        statements = connection.ops.sequence_reset_sql(no_style(), list(touched))
        if statements:
            with connection.cursor() as cursor:
                for sql in statements:
                    cursor.execute(sql)
    return Mission.objects.using(using).get(slug=slug)
