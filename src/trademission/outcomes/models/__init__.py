from trademission.outcomes.models.feedback import Feedback
from trademission.outcomes.models.lead import ActionPlanTag, Lead
from trademission.outcomes.models.outcome_settings import OutcomeSettings
from trademission.outcomes.models.survey import FollowUpSurvey, SurveyInvitation

__all__ = ["ActionPlanTag", "Feedback", "FollowUpSurvey", "Lead", "OutcomeSettings", "SurveyInvitation"]
