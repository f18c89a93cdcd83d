"""PDF from the same templates as the web pages, through WeasyPrint and the print stylesheet."""

from django.template.loader import render_to_string
from django.utils.safestring import SafeString, mark_safe


def html_to_pdf(html: str) -> bytes:
    from weasyprint import HTML  # heavy: imported only when a PDF is asked for

    # The stylesheet is inlined by the template, so nothing is fetched over the network.
    return HTML(string=html, base_url=None).write_pdf()


def render_pdf(template_name: str, context: dict[str, object]) -> bytes:
    return html_to_pdf(render_to_string(template_name, context))


def qr_svg(url: str) -> SafeString:
    """An inline SVG QR code; segno writes markup from the URL only, so it is safe to embed."""
    import segno

    return mark_safe(segno.make(url, error="m").svg_inline(scale=3, border=2))  # noqa: S308
