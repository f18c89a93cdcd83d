"""Password reset by e-mail in the user's language, the personal-data download, consent with applications."""

import json
import re

import pytest
from django.core import mail
from django.urls import reverse

from tests.world import PASSWORD

pytestmark = pytest.mark.django_db


def test_password_reset_mails_a_link_in_the_users_language_and_the_link_works_once(client, world):
    user = world.users["delegate"]
    user.language = "fr"
    user.save()
    response = client.post(reverse("password_reset"), {"email": "DELEGATE@test.example"})
    assert response.status_code == 302
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == ["delegate@test.example"]
    assert client.get(reverse("login")).status_code == 200  # the requester's page stays in English
    link = re.search(r"https?://\S+/password-reset/\S+/", message.body)[0]
    from django.utils import translation
    with translation.override("fr"):
        from django.utils.translation import gettext
        assert gettext("Choose a new password here:") in message.body
    path = link.split("testserver", 1)[1]
    form_page = client.get(path, follow=True)
    assert form_page.status_code == 200
    set_url = form_page.redirect_chain[-1][0] if form_page.redirect_chain else path
    done = client.post(set_url, {"new_password1": "a brand new passphrase 42", "new_password2":
                                 "a brand new passphrase 42"})
    assert done.status_code == 302
    user.refresh_from_db()
    assert user.check_password("a brand new passphrase 42")
    assert "invalid" in client.get(path, follow=True).content.decode()  # used once


def test_an_unknown_address_gets_the_same_answer_and_no_mail(client, world):
    response = client.post(reverse("password_reset"), {"email": "nobody@test.example"})
    assert response.status_code == 302
    assert response.url == reverse("password_reset_done")
    assert mail.outbox == []


def test_repeated_wrong_passwords_lock_the_account(client, world):
    for _attempt in range(5):
        client.post(reverse("login"), {"username": "delegate@test.example", "password": "wrong"})
    response = client.post(reverse("login"), {"username": "delegate@test.example", "password": PASSWORD})
    assert response.status_code in {403, 429}
    assert "_auth_user_id" not in client.session


def test_a_person_downloads_their_data_and_only_theirs(client, world):
    client.force_login(world.users["delegate"], backend="django.contrib.auth.backends.ModelBackend")
    assert reverse("account-data") in client.get(reverse("portal-home")).content.decode()
    response = client.get(reverse("account-data"))
    assert response.status_code == 200
    assert response["Content-Disposition"].startswith("attachment")
    data = json.loads(response.content)
    assert data["user"]["email"] == "delegate@test.example"
    assert "password" not in data["user"]
    assert [person["last_name"] for person in data["people"]] == ["Roy"]
    assert {"memberships", "applications", "meeting_requests", "meetings", "feedback", "leads"} <= set(data)
    assert "host@test.example" not in response.content.decode()
    assert "anne@erable.example" not in response.content.decode()


def test_the_download_needs_a_login(client, world):
    assert client.get(reverse("account-data")).status_code == 302


def test_consent_is_recorded_with_the_application(world):
    from trademission.applications.models import Application

    field = Application._meta.get_field("consent")
    assert field.default is False
    world.application.consent = True
    world.application.save()
    assert Application.objects.get(pk=world.application.pk).consent is True


def test_an_application_without_consent_cannot_be_submitted():
    from pathlib import Path

    from trademission.applications.domain import intake

    source = Path(intake.__file__).read_text()
    assert 'reader.fail("consent"' in source
