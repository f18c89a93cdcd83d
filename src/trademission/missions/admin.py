from django.contrib import admin

from trademission.missions.models import Membership, Mission, ProgrammeElement, Sector, Stop, Subsector


class StopInline(admin.TabularInline):
    model = Stop
    extra = 0
    fields = ["slug", "name_en", "name_fr", "name_es", "region", "time_zone", "start_date", "end_date",
              "capacity_organizations", "capacity_delegates"]


class SubsectorInline(admin.TabularInline):
    model = Subsector
    extra = 0


@admin.register(Mission)
class MissionAdmin(admin.ModelAdmin):
    list_display = ["slug", "name_en", "visiting_country", "host_country", "start_date", "status"]
    list_filter = ["status", "host_country", "visiting_country"]
    search_fields = ["slug", "name_en", "name_fr", "name_es"]
    prepopulated_fields = {"slug": ["name_en"]}
    filter_horizontal = ["sectors"]
    inlines = [StopInline]


@admin.register(Stop)
class StopAdmin(admin.ModelAdmin):
    list_display = ["slug", "name_en", "mission", "start_date", "end_date"]
    list_filter = ["mission"]
    list_select_related = ["mission"]
    filter_horizontal = ["sectors"]


@admin.register(Sector)
class SectorAdmin(admin.ModelAdmin):
    list_display = ["slug", "name_en", "name_fr", "name_es"]
    inlines = [SubsectorInline]


@admin.register(Subsector)
class SubsectorAdmin(admin.ModelAdmin):
    list_display = ["slug", "name_en", "sector"]
    list_filter = ["sector"]
    list_select_related = ["sector"]


@admin.register(ProgrammeElement)
class ProgrammeElementAdmin(admin.ModelAdmin):
    list_display = ["title_en", "kind", "stop", "starts_at", "ends_at", "capacity", "max_per_organization"]
    list_filter = ["kind", "stop__mission", "stop"]
    list_select_related = ["stop", "stop__mission"]
    filter_horizontal = ["sectors"]


@admin.register(Membership)
class MembershipAdmin(admin.ModelAdmin):
    list_display = ["user", "mission", "role", "organization"]
    list_filter = ["role", "mission"]
    list_select_related = ["user", "mission", "organization"]
    search_fields = ["user__email", "organization__name"]
    raw_id_fields = ["user", "organization"]
