from django.contrib import admin

from trademission.scheduling.models import (
    AgendaToken,
    Attendance,
    B2BSession,
    CheckIn,
    Meeting,
    ProgrammeRegistration,
    ScheduleVersion,
    SchedulingSettings,
    Slot,
)


@admin.register(B2BSession)
class B2BSessionAdmin(admin.ModelAdmin):
    list_display = ["mission", "stop", "date", "starts_at", "ends_at", "slot_minutes", "tables"]
    list_filter = ["mission"]
    list_select_related = ["mission", "stop"]
    raw_id_fields = ["programme_element"]


@admin.register(Slot)
class SlotAdmin(admin.ModelAdmin):
    list_display = ["key", "session", "starts_at", "ends_at"]
    list_select_related = ["session__stop"]
    search_fields = ["key"]


@admin.register(Attendance)
class AttendanceAdmin(admin.ModelAdmin):
    list_display = ["person", "stop", "date", "withdrawn_at"]
    list_select_related = ["person", "stop"]
    raw_id_fields = ["person"]


@admin.register(ProgrammeRegistration)
class ProgrammeRegistrationAdmin(admin.ModelAdmin):
    list_display = ["person", "element", "created_at"]
    list_select_related = ["person", "element"]
    raw_id_fields = ["person", "element"]


@admin.register(ScheduleVersion)
class ScheduleVersionAdmin(admin.ModelAdmin):
    list_display = ["mission", "number", "kind", "status", "progress", "created_at", "published_at"]
    list_filter = ["mission", "status"]
    list_select_related = ["mission"]
    raw_id_fields = ["base", "created_by"]


@admin.register(Meeting)
class MeetingAdmin(admin.ModelAdmin):
    list_display = ["version", "visiting", "host", "slot", "table", "interpreter", "status", "locked"]
    list_select_related = ["version__mission", "visiting", "host", "slot"]
    raw_id_fields = ["version", "request", "visiting", "host", "slot", "visiting_person", "host_person"]


@admin.register(CheckIn)
class CheckInAdmin(admin.ModelAdmin):
    list_display = ["person", "mission", "checked_in_at", "by"]
    list_select_related = ["person", "mission", "by"]
    raw_id_fields = ["person", "by"]


@admin.register(AgendaToken)
class AgendaTokenAdmin(admin.ModelAdmin):
    list_display = ["person", "created_at"]
    list_select_related = ["person"]
    raw_id_fields = ["person"]


@admin.register(SchedulingSettings)
class SchedulingSettingsAdmin(admin.ModelAdmin):
    list_display = ["mission", "min_meetings", "max_meetings", "time_limit"]
