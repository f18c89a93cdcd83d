from django.contrib import admin
from django.db import models

from trademission.applications.models import Application, Review, RubricCriterion, StatusChange


class StatusChangeInline(admin.TabularInline):
    model = StatusChange
    extra = 0
    can_delete = False
    readonly_fields = ["at", "by", "from_status", "to_status", "reason"]

    def has_add_permission(self, request, obj=None) -> bool:
        # The audit trail is written by the domain functions only.
        return False


class ReviewInline(admin.TabularInline):
    model = Review
    extra = 0


@admin.register(Application)
class ApplicationAdmin(admin.ModelAdmin):
    list_display = ["organization_name", "mission", "kind", "status", "outcome", "submitted_at"]
    list_filter = ["mission", "status", "outcome", "kind"]
    list_select_related = ["mission"]
    search_fields = ["organization_name", "description"]
    filter_horizontal = ["sectors", "subsectors", "stops"]
    raw_id_fields = ["organization"]
    readonly_fields = ["token", "findings", "created_at", "updated_at"]
    inlines = [ReviewInline, StatusChangeInline]
    formfield_overrides = {models.URLField: {"assume_scheme": "https"}}


@admin.register(RubricCriterion)
class RubricCriterionAdmin(admin.ModelAdmin):
    list_display = ["slug", "name_en", "mission", "weight", "max_score", "position"]
    list_filter = ["mission"]


@admin.register(Review)
class ReviewAdmin(admin.ModelAdmin):
    list_display = ["application", "reviewer", "total", "submitted_at"]
    list_select_related = ["application", "reviewer"]


@admin.register(StatusChange)
class StatusChangeAdmin(admin.ModelAdmin):
    list_display = ["application", "from_status", "to_status", "by", "at"]
    list_select_related = ["application", "by"]
    readonly_fields = ["application", "by", "at", "from_status", "to_status", "reason"]

    def has_add_permission(self, request) -> bool:
        return False
