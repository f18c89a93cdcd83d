import pytest


@pytest.fixture
def immediate_tasks(settings):
    """Tasks run as soon as they are enqueued (after commit), so e-mails land in ``mail.outbox``."""
    settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend",
                                  "QUEUES": ["default"]}}
