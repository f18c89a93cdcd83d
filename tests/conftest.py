import pytest


@pytest.fixture(autouse=True)
def _english_by_default(settings):
    """Tests read pages in English unless they switch language themselves."""
    settings.LANGUAGE_CODE = "en"


@pytest.fixture(autouse=True)
def _fast_password_hashing(settings):
    # Argon2 is deliberately slow; tests hash hundreds of passwords and only need them to verify.
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


@pytest.fixture
def world(db):
    from tests.world import build_world

    return build_world()


@pytest.fixture
def client_as(client, world):
    """A test client logged in as one of the world's roles (``anonymous``: nobody)."""

    def login(role: str):
        if role != "anonymous":
            client.force_login(world.users[role], backend="django.contrib.auth.backends.ModelBackend")
        return client

    return login


@pytest.fixture
def browser_page(live_server, monkeypatch):
    """A page in real headless Chromium (Debian's package) pointed at the live test server."""
    from playwright.sync_api import sync_playwright

    # Playwright's sync API runs an event loop in this thread; the ORM calls made by the test
    # itself between browser steps are still plain synchronous code.
    monkeypatch.setenv("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path="/usr/bin/chromium",
            args=["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                  "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        )
        context = browser.new_context(base_url=live_server.url, locale="en-CA")
        page = context.new_page()
        page.set_default_timeout(15_000)
        yield page
        context.close()
        browser.close()
