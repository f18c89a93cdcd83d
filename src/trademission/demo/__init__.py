"""The demo: two realistic, deterministic Canada–Mexico trade missions and four demo accounts.

A plain package, not an app: it owns no models and only calls the data apps.
"""

from trademission.demo.accounts import DEMO_ACCOUNTS, DEMO_PASSWORD, DemoAccount
from trademission.demo.load import DemoSummary, demo_loaded, load_demo, reset_demo

__all__ = ["DEMO_ACCOUNTS", "DEMO_PASSWORD", "DemoAccount", "DemoSummary", "demo_loaded", "load_demo", "reset_demo"]
