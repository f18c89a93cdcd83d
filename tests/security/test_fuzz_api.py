"""Fuzz the API from its served OpenAPI schema (schemathesis, in-process on the WSGI app): never a 500."""

import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings

from trademission.wsgi import application


@pytest.mark.fuzz
@pytest.mark.django_db(transaction=True)
def test_no_api_call_fails_with_a_server_error(world, client):
    client.force_login(world.users["organizer"], backend="django.contrib.auth.backends.ModelBackend")
    cookie = client.cookies["sessionid"].value
    schema = schemathesis.openapi.from_wsgi("/api/v1/schema/", application)
    failures = []
    for result in schema.get_all_operations():
        operation = result.ok()

        @given(case=operation.as_strategy())
        @settings(max_examples=10, deadline=None, suppress_health_check=list(HealthCheck), derandomize=True,
                  database=None)
        def fuzz(case):
            for headers in ({}, {"Cookie": f"sessionid={cookie}"}):
                response = case.call(headers=headers)
                if response.status_code >= 500:
                    failures.append(f"{case.method} {case.formatted_path}: {response.status_code}")

        fuzz()
    assert failures == []
