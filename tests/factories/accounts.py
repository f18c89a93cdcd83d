import factory

from trademission.accounts.models import User

PASSWORD = "correct-horse-battery"


class UserFactory(factory.django.DjangoModelFactory):
    """A user whose password is ``PASSWORD`` unless ``password=`` says otherwise."""

    class Meta:
        model = User
        django_get_or_create = ["email"]
        skip_postgeneration_save = True

    email = factory.Sequence(lambda n: f"user{n}@example.com")
    name = factory.Faker("name")
    language = "en"
    password = factory.django.Password(PASSWORD)
