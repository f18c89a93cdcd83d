from django.contrib.auth import views as auth_views
from django.urls import path, reverse_lazy

from trademission.accounts import views
from trademission.accounts.forms import EmailAuthenticationForm, LocalizedPasswordResetForm

urlpatterns = [
    path("login/", auth_views.LoginView.as_view(authentication_form=EmailAuthenticationForm,
                                                redirect_authenticated_user=True), name="login"),
    path("logout/", auth_views.LogoutView.as_view(), name="logout"),
    # Password reset by e-mail: the link carries a signed, expiring token (PASSWORD_RESET_TIMEOUT); the answer
    # is the same whether the address is known or not, so the form does not reveal who has an account.
    path("password-reset/", auth_views.PasswordResetView.as_view(
        form_class=LocalizedPasswordResetForm, email_template_name="registration/password_reset_email.txt",
        subject_template_name="registration/password_reset_subject.txt"), name="password_reset"),
    path("password-reset/sent/", auth_views.PasswordResetDoneView.as_view(), name="password_reset_done"),
    path("password-reset/<uidb64>/<token>/", auth_views.PasswordResetConfirmView.as_view(
        success_url=reverse_lazy("password_reset_complete")), name="password_reset_confirm"),
    path("password-reset/done/", auth_views.PasswordResetCompleteView.as_view(), name="password_reset_complete"),
    path("my-data.json", views.my_data, name="account-data"),
]
