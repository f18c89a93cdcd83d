from django.db import models
from django.utils.translation import gettext_lazy as _

from trademission.outcomes.models.tokens import new_token


class FollowUpSurvey(models.Model):
    """The survey sent a number of months after the mission, asking participants to update their deals."""

    mission = models.ForeignKey("missions.Mission", on_delete=models.CASCADE, related_name="follow_up_surveys",
                                verbose_name=_("mission"))
    months = models.PositiveSmallIntegerField(_("months after the mission"))
    due_at = models.DateTimeField(_("due at"))
    sent_at = models.DateTimeField(_("sent at"), null=True, blank=True)
    reminded_at = models.DateTimeField(_("reminders sent at"), null=True, blank=True)

    class Meta:
        ordering = ["mission", "months"]
        verbose_name = _("follow-up survey")
        verbose_name_plural = _("follow-up surveys")
        constraints = [models.UniqueConstraint(fields=["mission", "months"], name="follow_up_survey_unique_months")]

    def __str__(self) -> str:
        return f"{self.mission} +{self.months}"


class SurveyInvitation(models.Model):
    """One participant asked by one survey; the token in the e-mailed link opens their organization's deals."""

    survey = models.ForeignKey(FollowUpSurvey, on_delete=models.CASCADE, related_name="invitations",
                               verbose_name=_("survey"))
    person = models.ForeignKey("directory.Person", on_delete=models.CASCADE, related_name="survey_invitations",
                               verbose_name=_("person"))
    token = models.CharField(_("token"), max_length=64, unique=True, default=new_token)
    sent_at = models.DateTimeField(_("sent at"), null=True, blank=True)
    reminded_at = models.DateTimeField(_("reminded at"), null=True, blank=True)
    answered_at = models.DateTimeField(_("answered at"), null=True, blank=True)

    class Meta:
        ordering = ["survey", "person"]
        verbose_name = _("survey invitation")
        verbose_name_plural = _("survey invitations")
        constraints = [models.UniqueConstraint(fields=["survey", "person"], name="survey_invitation_unique_person")]

    def __str__(self) -> str:
        return f"{self.person} — {self.survey}"
