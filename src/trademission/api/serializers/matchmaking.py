from rest_framework import serializers

from trademission.matchmaking.models import MeetingRequest


class MeetingRequestSerializer(serializers.ModelSerializer):
    requester_name = serializers.CharField(source="requester.name", read_only=True)
    recipient_name = serializers.CharField(source="recipient.name", read_only=True)

    class Meta:
        model = MeetingRequest
        fields = ["id", "requester", "requester_name", "recipient", "recipient_name", "note", "status", "reason",
                  "by_organizer", "created_at", "expires_at", "answered_at"]
        read_only_fields = fields


class MeetingRequestInput(serializers.Serializer):
    recipient = serializers.IntegerField()
    requester = serializers.IntegerField(required=False,
                                         help_text="Organizers only: the organization the request is sent for.")
    note = serializers.CharField(max_length=500, required=False, allow_blank=True, default="")


class AnswerInput(serializers.Serializer):
    reason = serializers.CharField(max_length=500, required=False, allow_blank=True, default="")
