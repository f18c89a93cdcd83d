import re
import unicodedata


def fold(text: str) -> str:
    """Lower case, no accents, single spaces: how people's spellings of one name compare equal."""
    text = unicodedata.normalize("NFKD", text or "")
    text = "".join(char for char in text if not unicodedata.combining(char))
    return re.sub(r"\s+", " ", text).strip().casefold()


def split_list(text: str) -> list[str]:
    return [item.strip() for item in re.split(r"[;,|\n]", text or "") if item.strip()]
