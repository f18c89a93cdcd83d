"""Values convert at the organizer's rates with exact Decimal arithmetic, rounded once to the cent."""

from decimal import Decimal

import pytest

from tests.factories import MissionFactory
from trademission.outcomes.domain.currency import convert, outcome_settings, rates, to_cents, total

D = Decimal


@pytest.mark.parametrize(("amount", "currency", "table", "expected"), [
    (D("100.00"), "CAD", {"CAD": D(1)}, D("100.00")),
    (D("1000000.00"), "MXN", {"CAD": D(1), "MXN": D("0.07412345")}, D("74123.45000000")),
    (D("0.10"), "USD", {"CAD": D(1), "USD": D("1.37")}, D("0.1370")),
    # 1e11 × 1.36987654 − 0.01 × 1.36987654, exact to the last digit (no float anywhere)
    (D("99999999999.99"), "USD", {"USD": D("1.36987654")}, D("136987653999.9863012346")),
    (D("5.00"), "MXN", {"CAD": D(1)}, None),  # no rate set: never guessed, never fetched
])
def test_convert(amount, currency, table, expected):
    assert convert(amount, currency, rates=table) == expected


@pytest.mark.parametrize(("amount", "expected"), [
    (D("0.125"), D("0.12")), (D("0.135"), D("0.14")), (D("0.1250001"), D("0.13")), (D("-0.005"), D("-0.00")),
])
def test_rounding_is_to_the_cent_half_even(amount, expected):
    assert to_cents(amount) == expected


def test_totals_sum_per_currency_then_round_once():
    table = {"CAD": D(1), "MXN": D("0.0741"), "USD": D("1.3650")}
    amounts = {"CAD": D("10.00"), "MXN": D("333.33"), "USD": D("0.01"), "EUR": D("5")}
    # 10 + 24.699753 + 0.01365 = 34.713403 → 34.71; EUR has no rate and is reported as missing.
    assert total(amounts, rates=table) == (D("34.71"), ["EUR"])


@pytest.mark.django_db
@pytest.mark.parametrize(("visiting_country", "report_currency"), [("CA", "CAD"), ("MX", "MXN"), ("US", "USD"),
                                                                    ("FR", "CAD")])
def test_the_report_currency_defaults_to_the_delegations_and_its_rate_is_one(visiting_country, report_currency):
    mission = MissionFactory(visiting_country=visiting_country, host_country="BR")
    config = outcome_settings(mission)
    assert config.report_currency == report_currency
    assert rates(config) == {report_currency: D(1)}
    config.rate_usd, config.rate_mxn = D("1.35"), None
    assert rates(config) == {report_currency: D(1), "USD": D("1.35")} | ({"USD": D(1)} if report_currency == "USD"
                                                                          else {})
