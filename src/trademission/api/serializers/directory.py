from rest_framework import serializers

from trademission.directory.models import Organization, Person


class RepresentativeSerializer(serializers.ModelSerializer):
    name = serializers.CharField()

    class Meta:
        model = Person
        fields = ["name", "job_title", "languages"]


class ContactSerializer(serializers.ModelSerializer):
    name = serializers.CharField()

    class Meta:
        model = Person
        fields = ["name", "email", "phone"]


class OrganizationSerializer(serializers.ModelSerializer):
    """A public profile; ``contacts`` only for the organization's own people and organizers (else null).

    Texts are in the reader's language (``Accept-Language``) when written in it; ``*_language``
    says which language each text is actually in.
    """

    sectors = serializers.SlugRelatedField(slug_field="slug", many=True, read_only=True)
    subsectors = serializers.SlugRelatedField(slug_field="slug", many=True, read_only=True)
    stop = serializers.SlugRelatedField(slug_field="slug", read_only=True)
    description = serializers.SerializerMethodField()
    description_language = serializers.SerializerMethodField()
    offers = serializers.SerializerMethodField()
    offers_language = serializers.SerializerMethodField()
    seeks = serializers.SerializerMethodField()
    seeks_language = serializers.SerializerMethodField()
    representatives = RepresentativeSerializer(source="people", many=True, read_only=True)
    contacts = serializers.SerializerMethodField()

    class Meta:
        model = Organization
        fields = ["id", "name", "side", "kind", "country", "region", "city", "stop", "employees", "website",
                  "languages", "naics_codes", "sectors", "subsectors", "description", "description_language",
                  "offers", "offers_language", "seeks", "seeks_language", "representatives", "contacts"]

    def _text(self, organization: Organization):
        return self.context["texts"](organization)

    def get_description(self, organization: Organization) -> str:
        return self._text(organization)["description"].text

    def get_description_language(self, organization: Organization) -> str:
        return self._text(organization)["description"].language

    def get_offers(self, organization: Organization) -> str:
        return self._text(organization)["offers"].text

    def get_offers_language(self, organization: Organization) -> str:
        return self._text(organization)["offers"].language

    def get_seeks(self, organization: Organization) -> str:
        return self._text(organization)["seeks"].text

    def get_seeks_language(self, organization: Organization) -> str:
        return self._text(organization)["seeks"].language

    def get_contacts(self, organization: Organization) -> list[dict[str, str]] | None:
        if not self.context["may_see_private"](organization):
            return None
        return ContactSerializer(organization.people.all(), many=True).data


class RecommendationSerializer(serializers.Serializer):
    organization = serializers.IntegerField(help_text="Id of the recommended organization.")
    score = serializers.FloatField(help_text="Match score between 0 and 1.")
    reasons = serializers.ListField(child=serializers.CharField(), help_text="Why, in the reader's language.")
