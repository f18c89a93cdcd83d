"""How many queries a page costs: the measure of the no-N+1 tests (one item against many)."""

from django.db import connection
from django.http import HttpResponse
from django.test.utils import CaptureQueriesContext


def queries(client, url: str) -> tuple[int, HttpResponse]:
    """The number of queries a GET of ``url`` makes, and its (successful) response."""
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == 200
    return len(captured), response
