from django.urls import path
from drf_spectacular.views import SpectacularAPIView, SpectacularSwaggerSplitView

from trademission.api.views import applications as application_views
from trademission.api.views import directory as directory_views
from trademission.api.views import matchmaking as matchmaking_views
from trademission.api.views import scheduling as scheduling_views

urlpatterns = [
    path("schema/", SpectacularAPIView.as_view(), name="api-schema"),
    path("docs/", SpectacularSwaggerSplitView.as_view(url_name="api-schema"), name="api-docs"),
    path("missions/<slug:mission>/applications/", application_views.ApplicationCollectionView.as_view(),
         name="api-applications"),
    path("missions/<slug:mission>/applications/<int:application>/", application_views.ApplicationResourceView.as_view(),
         name="api-application"),
    path("missions/<slug:mission>/organizations/", directory_views.OrganizationListView.as_view(),
         name="api-organizations"),
    path("missions/<slug:mission>/organizations/<int:organization>/", directory_views.OrganizationDetailView.as_view(),
         name="api-organization"),
    path("missions/<slug:mission>/organizations/<int:organization>/recommendations/",
         directory_views.RecommendationsView.as_view(), name="api-recommendations"),
    path("missions/<slug:mission>/meeting-requests/", matchmaking_views.MeetingRequestListView.as_view(),
         name="api-meeting-requests"),
    path("missions/<slug:mission>/meeting-requests/<int:request_id>/accept/", matchmaking_views.AcceptView.as_view(),
         name="api-meeting-request-accept"),
    path("missions/<slug:mission>/meeting-requests/<int:request_id>/decline/",
         matchmaking_views.DeclineView.as_view(), name="api-meeting-request-decline"),
    path("missions/<slug:mission>/meeting-requests/<int:request_id>/cancel/", matchmaking_views.CancelView.as_view(),
         name="api-meeting-request-cancel"),
    path("missions/<slug:mission>/schedule/", scheduling_views.PublishedScheduleView.as_view(), name="api-schedule"),
]
