"""Who may read which agenda. Mission-level permissions take the mission."""

import rules

from trademission.missions.rules import is_organizer, is_participant

rules.add_perm("agendas.view_own_agenda", is_participant)
rules.add_perm("agendas.view_agendas", is_organizer)
