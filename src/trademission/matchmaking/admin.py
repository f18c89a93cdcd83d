from django.contrib import admin

from trademission.matchmaking.models import MatchmakingSettings, MeetingRequest, Preference, ProfileEmbedding


@admin.register(MeetingRequest)
class MeetingRequestAdmin(admin.ModelAdmin):
    list_display = ["requester", "recipient", "mission", "status", "created_at", "expires_at"]
    list_filter = ["mission", "status"]
    list_select_related = ["requester", "recipient", "mission"]
    search_fields = ["requester__name", "recipient__name"]
    raw_id_fields = ["requester", "recipient", "created_by", "answered_by"]


@admin.register(Preference)
class PreferenceAdmin(admin.ModelAdmin):
    list_display = ["organization", "target", "level", "mission"]
    list_filter = ["mission", "level"]
    list_select_related = ["organization", "target", "mission"]
    raw_id_fields = ["organization", "target"]


@admin.register(MatchmakingSettings)
class MatchmakingSettingsAdmin(admin.ModelAdmin):
    list_display = ["mission", "answer_days", "requests_close_at", "reminder_hours"]


@admin.register(ProfileEmbedding)
class ProfileEmbeddingAdmin(admin.ModelAdmin):
    list_display = ["organization", "field", "text_hash"]
    raw_id_fields = ["organization"]
    readonly_fields = ["vector"]
