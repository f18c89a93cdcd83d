from django.contrib import admin
from django.urls import include, path

urlpatterns = [
    path("", include("trademission.portal.public_urls")),
    path("accounts/", include("trademission.accounts.urls")),
    path("orga/", include("trademission.orga.urls")),
    path("portal/", include("trademission.portal.urls")),
    path("api/v1/", include("trademission.api.urls")),
    path("i18n/", include("django.conf.urls.i18n")),
    path("admin/", admin.site.urls),
]
