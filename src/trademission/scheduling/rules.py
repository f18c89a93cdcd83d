"""Who may do what with schedules. Every permission takes the mission."""

import rules

from trademission.missions.rules import is_organizer

# Building, generating, publishing and repairing schedules, and on-site check-in, are the organizer's.
rules.add_perm("scheduling.view_schedule", is_organizer)
rules.add_perm("scheduling.manage_schedule", is_organizer)
rules.add_perm("scheduling.run_onsite", is_organizer)
