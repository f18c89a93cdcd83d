"""Cells safe to open in a spreadsheet: the one defence against formula (CSV/DDE) injection for every export."""

# A cell starting with one of these is a formula to Excel and LibreOffice, even in a CSV file; the full-width
# forms are folded to the ASCII ones by some spreadsheet versions.
FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r", "\n", "|", "%", "\uff1d", "\uff0b", "\uff0d", "\uff20")


def neutralize(value: object) -> object:
    """Defuse formula injection: text that would start a formula gets a leading quote; numbers stay numbers.

    Leading blanks do not hide a formula: `` =1+1`` is caught as well.
    """
    if isinstance(value, str) and value.lstrip(" ").startswith(FORMULA_PREFIXES):
        return "'" + value
    return value


def neutralize_row(values: list[object]) -> list[object]:
    return [neutralize(value) for value in values]
