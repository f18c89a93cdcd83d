"""A real Django e-mail backend that refuses the first ``FlakyBackend.failures`` messages, then delivers."""

import smtplib
import threading

from django.core.mail.backends.locmem import EmailBackend as LocmemBackend


class FlakyBackend(LocmemBackend):
    failures = 0  # set by the test: how many more sends fail
    attempts = 0
    _lock = threading.Lock()

    def send_messages(self, messages):
        with FlakyBackend._lock:
            FlakyBackend.attempts += 1
            if FlakyBackend.failures > 0:
                FlakyBackend.failures -= 1
                raise smtplib.SMTPServerDisconnected("Connection unexpectedly closed")
        return super().send_messages(messages)
