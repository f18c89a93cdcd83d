import datetime as dt

import pytest
from django.db import transaction
from django.test import override_settings

from trademission.demo import DemoSummary, load_demo

NOW = dt.datetime(2026, 11, 23, 12, 0, tzinfo=dt.UTC)


@pytest.fixture(scope="module")
def demo(django_db_setup, django_db_blocker) -> DemoSummary:
    """The demo loaded once per module inside a transaction that is rolled back at the end of the module.

    Each test runs in a savepoint inside it, so a test may even reload or reset the demo.
    """
    with (django_db_blocker.unblock(),
          override_settings(PASSWORD_HASHERS=["django.contrib.auth.hashers.MD5PasswordHasher"]),
          transaction.atomic()):
        yield load_demo(seed=2026, now=NOW)
        transaction.set_rollback(True)
