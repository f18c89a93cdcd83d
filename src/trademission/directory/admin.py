from django.contrib import admin
from django.db import models

from trademission.directory.models import ImportBatch, Organization, Person


class PersonInline(admin.TabularInline):
    model = Person
    extra = 0
    fields = ["first_name", "last_name", "email", "phone", "job_title", "languages", "user"]
    raw_id_fields = ["user"]


@admin.register(Organization)
class OrganizationAdmin(admin.ModelAdmin):
    list_display = ["name", "mission", "side", "kind", "country", "region", "employees"]
    list_filter = ["mission", "side", "kind", "country", "sectors"]
    list_select_related = ["mission"]
    search_fields = ["name", "city"]
    filter_horizontal = ["sectors", "subsectors"]
    raw_id_fields = ["stop"]
    inlines = [PersonInline]
    # Organizations type bare domains; assume HTTPS as Django 6 will.
    formfield_overrides = {models.URLField: {"assume_scheme": "https"}}


@admin.register(Person)
class PersonAdmin(admin.ModelAdmin):
    list_display = ["last_name", "first_name", "email", "organization"]
    list_select_related = ["organization"]
    search_fields = ["last_name", "first_name", "email", "organization__name"]
    raw_id_fields = ["organization", "user"]


@admin.register(ImportBatch)
class ImportBatchAdmin(admin.ModelAdmin):
    list_display = ["filename", "mission", "status", "mode", "created_at"]
    list_filter = ["mission", "status"]
    list_select_related = ["mission"]
    readonly_fields = ["headers", "rows", "report"]
    raw_id_fields = ["created_by"]
