"""Who may do what with applications. Predicates come from missions.rules and take (user, mission)."""

import rules

from trademission.missions.rules import is_organizer, is_reviewer

rules.add_perm("applications.manage_applications", is_organizer)
rules.add_perm("applications.review_applications", is_organizer | is_reviewer)
rules.add_perm("applications.change_rubric", is_organizer)
