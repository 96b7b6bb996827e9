"""The password-reset email, sent by a background task so that the reset form answers every address in
the same time: the request only queues the task; looking the address up and sending happen here."""

from django.utils import translation
from django_tasks import task


@task()
def send_password_reset_email(
    email: str, domain: str, use_https: bool, language: str, subject_template: str, email_template: str
) -> None:
    from wagtail.admin.views.account import get_password_reset_form

    with translation.override(language):
        form = get_password_reset_form()({"email": email})
        if form.is_valid():
            form.save(
                domain_override=domain,
                use_https=use_https,
                subject_template_name=subject_template,
                email_template_name=email_template,
            )
