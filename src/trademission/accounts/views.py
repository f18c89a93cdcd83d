import json

from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.utils import timezone
from django.views.decorators.http import require_GET

from trademission.privacy.domain.export import personal_data


@login_required
@require_GET
def my_data(request: HttpRequest) -> HttpResponse:
    """Download everything the platform holds about the logged-in person, as one JSON file."""
    data = {"exported_at": timezone.now().isoformat(), **personal_data(user=request.user)}
    response = HttpResponse(json.dumps(data, indent=2, ensure_ascii=False), content_type="application/json")
    response["Content-Disposition"] = 'attachment; filename="my-trademission-data.json"'
    response["Cache-Control"] = "no-store"
    return response
