"""Charts as inline SVG written on the server: no script, no CDN, the same markup on the page and in the PDF."""

from collections.abc import Sequence
from decimal import Decimal

from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

ROW_HEIGHT = 22
LABEL_WIDTH = 190
BAR_WIDTH = 300
VALUE_WIDTH = 110


def bar_chart(rows: Sequence[tuple[str, int | Decimal, str]], *, title: str) -> SafeString:
    """Horizontal bars, one per ``(label, value, shown value)``, scaled to the largest value."""
    largest = max((value for _label, value, _shown in rows), default=0) or 1
    width = LABEL_WIDTH + BAR_WIDTH + VALUE_WIDTH
    height = ROW_HEIGHT * len(rows) + 4
    parts = [(f'<svg xmlns="http://www.w3.org/2000/svg" class="chart" role="img" width="{width}" height="{height}" '
             f'viewBox="0 0 {width} {height}" font-family="sans-serif" font-size="12">'),
             f"<title>{escape(title)}</title>"]
    for index, (label, value, shown) in enumerate(rows):
        y = index * ROW_HEIGHT + 2
        length = round(BAR_WIDTH * float(value) / float(largest)) if value else 0
        parts.append(f'<text x="{LABEL_WIDTH - 6}" y="{y + 15}" text-anchor="end">{escape(label)}</text>')
        parts.append(f'<rect x="{LABEL_WIDTH}" y="{y + 3}" width="{length}" height="{ROW_HEIGHT - 6}" '
                     f'fill="#2b6cb0"><title>{escape(label)}: {escape(shown)}</title></rect>')
        parts.append(f'<text x="{LABEL_WIDTH + length + 6}" y="{y + 15}">{escape(shown)}</text>')
    parts.append("</svg>")
    # Every piece of text above is escaped; the numbers are computed here.
    return mark_safe("".join(parts))  # noqa: S308
