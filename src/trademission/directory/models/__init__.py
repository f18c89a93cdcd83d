from trademission.directory.models.importing import ImportBatch
from trademission.directory.models.organization import Organization
from trademission.directory.models.person import Person

__all__ = ["ImportBatch", "Organization", "Person"]
