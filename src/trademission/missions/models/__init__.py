from trademission.missions.models.membership import Membership
from trademission.missions.models.mission import Mission
from trademission.missions.models.programme import ProgrammeElement
from trademission.missions.models.purge import PersonalDataPurge
from trademission.missions.models.sector import Sector, Subsector
from trademission.missions.models.stop import Stop

__all__ = ["Membership", "Mission", "PersonalDataPurge", "ProgrammeElement", "Sector", "Stop", "Subsector"]
