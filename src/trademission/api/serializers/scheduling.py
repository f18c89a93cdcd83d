from rest_framework import serializers

from trademission.scheduling.models import Meeting, ScheduleVersion


class ScheduledMeetingSerializer(serializers.ModelSerializer):
    starts_at = serializers.DateTimeField(source="slot.starts_at", read_only=True)
    ends_at = serializers.DateTimeField(source="slot.ends_at", read_only=True)
    slot = serializers.CharField(source="slot.key", read_only=True)
    city = serializers.CharField(source="slot.session.stop.slug", read_only=True)
    visiting_name = serializers.CharField(source="visiting.name", read_only=True)
    host_name = serializers.CharField(source="host.name", read_only=True)

    class Meta:
        model = Meeting
        fields = ["id", "uid", "sequence", "slot", "starts_at", "ends_at", "city", "table", "interpreter", "visiting",
                  "visiting_name", "host", "host_name", "visiting_person", "host_person", "status"]
        read_only_fields = fields


class ScheduleVersionSerializer(serializers.ModelSerializer):
    class Meta:
        model = ScheduleVersion
        fields = ["number", "kind", "status", "created_at", "published_at", "progress", "stats"]
        read_only_fields = fields


class PublishedScheduleSerializer(serializers.Serializer):
    version = ScheduleVersionSerializer(allow_null=True)
    meetings = ScheduledMeetingSerializer(many=True)
