from django.contrib import admin

from trademission.outcomes.models import (
    ActionPlanTag,
    Feedback,
    FollowUpSurvey,
    Lead,
    OutcomeSettings,
    SurveyInvitation,
)


@admin.register(Feedback)
class FeedbackAdmin(admin.ModelAdmin):
    list_display = ["organization", "side", "usefulness", "next_step", "requested_at", "answered_at"]
    list_filter = ["side", "next_step", "usefulness"]
    raw_id_fields = ["meeting", "organization", "person", "answered_by"]
    exclude = ["token"]


@admin.register(Lead)
class LeadAdmin(admin.ModelAdmin):
    list_display = ["visiting", "host", "stage", "currency", "expected_value", "signed_value", "signed_on"]
    list_filter = ["stage", "currency"]
    raw_id_fields = ["meeting", "visiting", "host", "created_by", "updated_by"]


@admin.register(ActionPlanTag)
class ActionPlanTagAdmin(admin.ModelAdmin):
    list_display = ["slug", "name_en", "mission"]


@admin.register(OutcomeSettings)
class OutcomeSettingsAdmin(admin.ModelAdmin):
    list_display = ["mission", "report_currency", "rate_cad", "rate_mxn", "rate_usd"]


@admin.register(FollowUpSurvey)
class FollowUpSurveyAdmin(admin.ModelAdmin):
    list_display = ["mission", "months", "due_at", "sent_at", "reminded_at"]


@admin.register(SurveyInvitation)
class SurveyInvitationAdmin(admin.ModelAdmin):
    list_display = ["survey", "person", "sent_at", "answered_at"]
    raw_id_fields = ["person"]
    exclude = ["token"]
