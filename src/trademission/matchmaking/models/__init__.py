from trademission.matchmaking.models.embedding import ProfileEmbedding
from trademission.matchmaking.models.preference import Preference
from trademission.matchmaking.models.request import MatchmakingSettings, MeetingRequest

__all__ = ["MatchmakingSettings", "MeetingRequest", "Preference", "ProfileEmbedding"]
