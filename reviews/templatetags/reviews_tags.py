from django import template

from reviews.queries import live_content_review, public_reviewer_names

register = template.Library()


@register.simple_tag
def latest_review(page):
    """{'date': when the review of the live content completed, 'names': reviewers who opted in} or None."""
    if page is None or not getattr(page, "pk", None):
        return None
    record = live_content_review(page)
    if record is None:
        return None
    return {"date": record.created_at, "names": public_reviewer_names(record)}
