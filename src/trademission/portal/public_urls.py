from django.urls import path

from trademission.portal.views import apply as apply_views
from trademission.portal.views import public as public_views

urlpatterns = [
    path("", public_views.HomeView.as_view(), name="home"),
    path("healthz", public_views.healthz, name="healthz"),
    path("missions/<slug:mission>/", public_views.MissionPublicView.as_view(), name="mission-public"),
    path("missions/<slug:mission>/apply/", apply_views.ApplyView.as_view(), name="apply"),
    path("missions/<slug:mission>/applications/<str:token>/", apply_views.application_status,
         name="application-status"),
    path("missions/<slug:mission>/applications/<str:token>/edit/", apply_views.ApplyView.as_view(),
         name="application-edit"),
    path("missions/<slug:mission>/applications/<str:token>/withdraw/", apply_views.application_withdraw,
         name="application-withdraw"),
]
