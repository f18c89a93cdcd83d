"""Run many calls at the same instant, each on its own thread with its own database connection."""

import threading
from collections.abc import Callable

import pytest
from django.core.exceptions import ValidationError
from django.db import connection, connections


def postgres_only(reason: str) -> list[pytest.MarkDecorator]:
    """A race test's marks: on PostgreSQL only, each thread with its own connection to committed rows."""
    return [pytest.mark.postgres, pytest.mark.django_db(transaction=True),
            pytest.mark.skipif(connection.vendor != "postgresql", reason=reason)]


def race(calls: list[Callable[[], object]]) -> tuple[list[object], list[str], list[BaseException]]:
    """(results of the winners, codes of the refused, unexpected errors) once every call has finished."""
    start = threading.Barrier(len(calls))
    lock = threading.Lock()
    wins: list[object] = []
    codes: list[str] = []
    errors: list[BaseException] = []

    def run(call: Callable[[], object]) -> None:
        try:
            start.wait()
            result = call()
            with lock:
                wins.append(result)
        except ValidationError as error:
            with lock:
                codes.append(error.code)
        except Exception as error:  # reported to the test thread, which asserts there are none
            with lock:
                errors.append(error)
        finally:
            connections.close_all()

    threads = [threading.Thread(target=run, args=(call,)) for call in calls]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    assert not any(thread.is_alive() for thread in threads), "a racing call never finished"
    return wins, sorted(codes), errors
