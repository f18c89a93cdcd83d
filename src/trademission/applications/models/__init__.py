from trademission.applications.models.application import Application
from trademission.applications.models.audit import StatusChange
from trademission.applications.models.review import Review, RubricCriterion

__all__ = ["Application", "Review", "RubricCriterion", "StatusChange"]
