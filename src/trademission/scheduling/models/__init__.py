from trademission.scheduling.models.availability import Attendance, ProgrammeRegistration
from trademission.scheduling.models.meeting import Meeting
from trademission.scheduling.models.onsite import AgendaToken, CheckIn
from trademission.scheduling.models.session import B2BSession, SchedulingSettings, Slot
from trademission.scheduling.models.version import ScheduleVersion

__all__ = ["AgendaToken", "Attendance", "B2BSession", "CheckIn", "Meeting", "ProgrammeRegistration",
           "ScheduleVersion", "SchedulingSettings", "Slot"]
