"""Refuse oversized request bodies before Django or an upload handler reads them."""

from collections.abc import Callable

from django.conf import settings
from django.http import HttpRequest, HttpResponse


class RequestSizeLimitMiddleware:
    """Answer 413 to a request whose declared body exceeds ``settings.MAX_REQUEST_BYTES``.

    Django limits form fields (DATA_UPLOAD_MAX_MEMORY_SIZE) but streams any size of file upload to a
    temporary file; this stops a multi-gigabyte upload at the door. The servers in front (gunicorn,
    the reverse proxy) refuse bodies without a Content-Length or longer than announced.
    """

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        try:
            length = int(request.META.get("CONTENT_LENGTH") or 0)
        except ValueError:
            return HttpResponse(status=400)
        if length > settings.MAX_REQUEST_BYTES:
            return HttpResponse(status=413)
        return self.get_response(request)
