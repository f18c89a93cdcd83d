import datetime as dt

from trademission.agendas.models import AgendaPrint
from trademission.directory.models import Person


def last_printed_at(*, person: Person) -> dt.datetime | None:
    return AgendaPrint.objects.filter(person=person).values_list("printed_at", flat=True).first()


def record_agenda_print(*, person: Person, at: dt.datetime) -> dt.datetime | None:
    """Note that the person's agenda was printed at ``at``; the previous time, to mark what changed since."""
    previous = last_printed_at(person=person)
    AgendaPrint.objects.update_or_create(person=person, defaults={"printed_at": at})
    return previous
