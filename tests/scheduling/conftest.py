import pytest


@pytest.fixture
def immediate_tasks(settings):
    """Tasks (e-mails, runs) execute when enqueued, after commit; not for tests about the queue itself."""
    settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend",
                                  "QUEUES": ["default"]}}
