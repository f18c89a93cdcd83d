import pytest
from django.urls import reverse

from tests.world import PASSWORD


def test_argon2_hashes_passwords_outside_tests():
    import trademission.settings as production

    assert production.PASSWORD_HASHERS[0] == "django.contrib.auth.hashers.Argon2PasswordHasher"


@pytest.mark.parametrize("typed", ["delegate@test.example", "  Delegate@Test.Example "])
def test_a_person_logs_in_with_their_email_in_any_case(typed, client, world):
    response = client.post(reverse("login"), {"username": typed, "password": PASSWORD})

    assert response.status_code == 302
    assert client.session["_auth_user_id"] == str(world.users["delegate"].pk)


def test_a_wrong_password_is_refused_with_a_message(client, world):
    response = client.post(reverse("login"), {"username": "delegate@test.example", "password": "nope"})

    assert response.status_code == 200
    assert "_auth_user_id" not in client.session
    assert "Please enter a correct e-mail address and password" in response.text


def test_the_account_locks_after_five_failures_even_with_the_right_password(client, world):
    for _attempt in range(5):
        client.post(reverse("login"), {"username": "delegate@test.example", "password": "nope"})

    response = client.post(reverse("login"), {"username": "delegate@test.example", "password": PASSWORD})

    assert response.status_code == 429
    assert "Account locked" in response.text
    assert "_auth_user_id" not in client.session


def test_logging_out_takes_a_post(client, world):
    client.force_login(world.users["delegate"], backend="django.contrib.auth.backends.ModelBackend")

    response = client.post(reverse("logout"))

    assert response.status_code == 302
    assert "_auth_user_id" not in client.session
