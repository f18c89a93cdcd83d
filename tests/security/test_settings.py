"""Production settings pass Django's deployment checks; the embedded demo still runs on plain HTTP."""

import os
import re
import secrets
import subprocess
import sys

import pytest
from django.urls import reverse

pytestmark = pytest.mark.django_db

PRODUCTION_ENV = {
    "DEBUG": "0",
    "SECRET_KEY": secrets.token_urlsafe(50),
    "HTTPS": "1",
    "ALLOWED_HOSTS": "trade.example.org",
}


def run_check(env: dict[str, str]) -> subprocess.CompletedProcess:
    clean = {key: value for key, value in os.environ.items() if key not in {
        "DEBUG", "SECRET_KEY", "HTTPS", "SECURE_COOKIES", "ALLOWED_HOSTS", "HSTS_SECONDS", "HSTS_PRELOAD",
        "HSTS_INCLUDE_SUBDOMAINS"}}
    return subprocess.run(
        [sys.executable, "-m", "django", "check", "--deploy", "--fail-level", "WARNING"],
        env={**clean, "DJANGO_SETTINGS_MODULE": "trademission.settings", **env},
        capture_output=True, text=True, timeout=120, check=False,
    )


def test_production_settings_pass_the_deploy_check_without_warnings():
    result = run_check(PRODUCTION_ENV)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


def test_the_embedded_defaults_are_flagged_by_the_deploy_check():
    """With nothing set (the demo on http://127.0.0.1:8000) the check names what production must set."""
    result = run_check({})
    assert result.returncode != 0
    for code in ("security.W004", "security.W008", "security.W009", "security.W012", "security.W016"):
        assert code in result.stderr + result.stdout


def test_the_demo_serves_plain_http_without_redirects_or_secure_cookies(client, settings):
    assert settings.SECURE_SSL_REDIRECT is False
    assert settings.SECURE_PROXY_SSL_HEADER is None
    assert settings.SESSION_COOKIE_SECURE is False
    response = client.get(reverse("home"))
    assert response.status_code == 200
    assert "Strict-Transport-Security" not in response.headers


def test_every_page_carries_the_security_headers(client):
    response = client.get(reverse("home"))
    csp = response.headers["Content-Security-Policy"]
    assert "default-src 'self'" in csp
    assert "frame-ancestors 'none'" in csp
    assert "object-src 'none'" in csp
    assert "unsafe-inline" not in csp
    assert response.headers["Referrer-Policy"] == "strict-origin-when-cross-origin"
    assert response.headers["X-Content-Type-Options"] == "nosniff"
    assert response.headers["X-Frame-Options"] == "DENY"


def test_https_settings_redirect_and_set_hsts(client, settings):
    settings.SECURE_SSL_REDIRECT = True
    settings.SECURE_HSTS_SECONDS = 31536000
    settings.SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    assert client.get("/").status_code == 301
    response = client.get("/", headers={"X-Forwarded-Proto": "https"})
    assert response.status_code == 200
    assert "max-age=31536000" in response.headers["Strict-Transport-Security"]
    assert client.get("/healthz").status_code == 200  # the load balancer's probe stays on HTTP


INLINE = re.compile(r"<(script|style)\b([^>]*)>", re.IGNORECASE)


def inline_blocks_without_nonce(html: str, nonce: str) -> list[str]:
    bad = []
    for match in INLINE.finditer(html):
        attributes = match[2]
        if "src=" in attributes or 'type="application/json"' in attributes:
            continue
        if f'nonce="{nonce}"' not in attributes:
            bad.append(match[0])
    return bad


def test_no_page_needs_unsafe_inline(client_as, world):
    """Inline <script>/<style> blocks carry the header's nonce; no event handler or style attribute remains."""
    from tests.test_urls import ALL_PATTERNS, build_url

    wrong = []
    for role in ("anonymous", "organizer", "delegate"):
        client = client_as(role)
        for route, name in ALL_PATTERNS:
            url = build_url(route, world)
            if url is None or route.startswith("admin/"):
                continue
            response = client.get(url)
            if response.status_code != 200 or "text/html" not in response.headers.get("Content-Type", ""):
                continue
            html = response.content.decode()
            found = re.search(r"'nonce-([^']+)'", response.headers.get("Content-Security-Policy", ""))
            nonce = found[1] if found else "-"
            wrong += [f"{name}: {tag}" for tag in inline_blocks_without_nonce(html, nonce)]
            wrong += [f"{name}: {m[0]}" for m in re.finditer(r"\s(on[a-z]+|style)=\"[^\"]*\"", html)]
    assert wrong == []


def test_oversized_requests_are_refused_before_reading(client, settings):
    settings.MAX_REQUEST_BYTES = 1000
    response = client.generic("POST", reverse("login"), b"x" * 2000, content_type="application/octet-stream")
    assert response.status_code == 413


def test_sessions_expire(settings):
    from django.conf import settings as live

    assert 0 < live.SESSION_COOKIE_AGE <= 60 * 60 * 24
    assert live.SESSION_COOKIE_HTTPONLY


def test_a_session_can_end_when_the_browser_closes(client, settings, world):
    settings.SESSION_EXPIRE_AT_BROWSER_CLOSE = True
    client.force_login(world.users["delegate"], backend="django.contrib.auth.backends.ModelBackend")
    response = client.get(reverse("portal-home"))
    assert response.status_code == 200
    assert client.session.get_expire_at_browser_close()
