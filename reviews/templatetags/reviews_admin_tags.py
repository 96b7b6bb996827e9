"""Admin template tags that name reviewers only to those who may know them (reviews.privacy)."""

from django import template
from wagtail.admin.utils import get_user_display_name

from reviews.privacy import ANONYMOUS_REVIEWER, hides_task_state_user, reviewer_name

register = template.Library()


@register.simple_tag(takes_context=True)
def reviewer_display_name(context, reviewer):
    """The reviewer's name for the request's user, or 'A lived-experience reviewer'."""
    return reviewer_name(context["request"].user, reviewer)


@register.simple_tag(takes_context=True)
def task_state_finished_by_name(context, task_state):
    """Who finished a workflow task state (approved, requested changes, cancelled), as the viewer may know it."""
    if hides_task_state_user(context["request"].user, task_state):
        return str(ANONYMOUS_REVIEWER)
    return get_user_display_name(task_state.finished_by)
