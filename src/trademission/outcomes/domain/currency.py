"""Values in the mission's report currency, at the rates its organizer set. Decimal all the way."""

from decimal import ROUND_HALF_EVEN, Decimal

from trademission.missions.models import Mission
from trademission.outcomes.enums import HOME_CURRENCY, Currency
from trademission.outcomes.models import OutcomeSettings

CENT = Decimal("0.01")


def outcome_settings(mission: Mission) -> OutcomeSettings:
    found = getattr(mission, "_outcome_settings", None)
    if found is None:
        found, _created = OutcomeSettings.objects.get_or_create(
            mission=mission, defaults={"report_currency": HOME_CURRENCY.get(mission.visiting_country, Currency.CAD)})
        mission._outcome_settings = found
    return found


def rates(config: OutcomeSettings) -> dict[str, Decimal]:
    """Units of the report currency per unit of each currency that has a rate; the report currency is 1."""
    found = {code: getattr(config, f"rate_{code.lower()}") for code in Currency.values}
    found = {code: rate for code, rate in found.items() if rate is not None}
    found[config.report_currency] = Decimal(1)
    return found


def convert(amount: Decimal, currency: str, *, rates: dict[str, Decimal]) -> Decimal | None:
    """``amount`` in the report currency, unrounded; None when the organizer has set no rate for ``currency``."""
    rate = rates.get(currency)
    return None if rate is None else amount * rate


def to_cents(amount: Decimal) -> Decimal:
    """Round once, at the end, to the cent (banker's rounding, as accountants sum columns)."""
    return amount.quantize(CENT, rounding=ROUND_HALF_EVEN)


def total(amounts: dict[str, Decimal], *, rates: dict[str, Decimal]) -> tuple[Decimal, list[str]]:
    """The sum of per-currency totals in the report currency, and the currencies left out for want of a rate."""
    result, missing = Decimal(0), []
    for currency, amount in sorted(amounts.items()):
        converted = convert(amount, currency, rates=rates)
        if converted is None:
            missing.append(currency)
        else:
            result += converted
    return to_cents(result), missing
