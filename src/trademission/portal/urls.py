from django.urls import path

from trademission.portal.views import agenda, directory, matchmaking
from trademission.portal.views import mission as views
from trademission.portal.views import outcomes as outcome_views

urlpatterns = [
    path("", views.PortalHomeView.as_view(), name="portal-home"),
    path("<slug:mission>/", views.PortalMissionView.as_view(), name="portal-mission"),
    path("<slug:mission>/directory/", directory.DirectoryView.as_view(), name="portal-directory"),
    path("<slug:mission>/directory/<int:organization>/", directory.ProfileView.as_view(),
         name="portal-organization"),
    path("<slug:mission>/directory/<int:organization>/preference/", matchmaking.PreferenceView.as_view(),
         name="portal-preference"),
    path("<slug:mission>/profile/", directory.EditProfileView.as_view(), name="portal-profile-edit"),
    path("<slug:mission>/recommendations/", matchmaking.RecommendationsView.as_view(),
         name="portal-recommendations"),
    path("<slug:mission>/meeting-requests/", matchmaking.MeetingRequestsView.as_view(),
         name="portal-meeting-requests"),
    *[path(f"<slug:mission>/meeting-requests/<int:meeting_request>/{action}/", matchmaking.AnswerRequestView.as_view(),
           {"action": action}, name=f"portal-meeting-request-{action}") for action in ("accept", "decline", "cancel")],
    path("<slug:mission>/agenda/", agenda.AgendaView.as_view(), name="portal-agenda"),
    path("<slug:mission>/agenda/agenda.ics", agenda.AgendaIcsView.as_view(), name="portal-agenda-ics"),
    path("<slug:mission>/agenda/agenda.pdf", agenda.AgendaPdfView.as_view(), name="portal-agenda-pdf"),
    path("<slug:mission>/agenda/feed/<str:token>.ics", agenda.AgendaFeedView.as_view(), name="portal-agenda-feed"),
    path("<slug:mission>/outcomes/", outcome_views.OutcomesView.as_view(), name="portal-outcomes"),
    path("<slug:mission>/outcomes/meetings/<int:meeting>/feedback/", outcome_views.FeedbackView.as_view(),
         name="portal-feedback"),
    path("<slug:mission>/outcomes/meetings/<int:meeting>/deal/", outcome_views.LeadView.as_view(),
         name="portal-lead"),
    path("<slug:mission>/feedback/<str:token>/", outcome_views.FeedbackTokenView.as_view(),
         name="portal-feedback-token"),
    path("<slug:mission>/survey/<str:token>/", outcome_views.SurveyView.as_view(), name="portal-survey"),
]
