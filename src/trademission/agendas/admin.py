from django.contrib import admin

from trademission.agendas.models import AgendaPrint


@admin.register(AgendaPrint)
class AgendaPrintAdmin(admin.ModelAdmin):
    list_display = ["person", "printed_at"]
    list_select_related = ["person"]
    search_fields = ["person__last_name", "person__first_name", "person__email"]
