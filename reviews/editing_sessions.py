"""Who else has a page open in the editor, with reviewers named only to those who may know them.

Reviewers read a page in the editor while they review it, and Wagtail's editing sessions show everyone
else who has the page open, by name and avatar. Wagtail's ping view has no hook for who is listed, so
cms/urls.py routes its URL here: Wagtail's view runs unchanged, then the people the viewer may not know
as reviewers (reviews.privacy) are renamed in its answer and its list is rendered again with the stand-in.
"""

import json

from django.utils.dateparse import parse_datetime
from wagtail.admin.models import EditingSession
from wagtail.admin.ui.editing_sessions import EditingSessionsList
from wagtail.admin.views.editing_sessions import ping
from wagtail.models import Revision

from .privacy import ANONYMOUS_REVIEWER, AnonymousReviewer, hides_editing_session_user


def ping_with_reviewer_privacy(request, app_label, model_name, object_id, session_id):
    response = ping(request, app_label, model_name, object_id, session_id)
    if response.status_code != 200:
        return response
    data = json.loads(response.content)
    session = EditingSession.objects.get(pk=data["session_id"])
    others = {
        other.pk: other.user
        for other in EditingSession.objects.filter(
            pk__in=[item["session_id"] for item in data["other_sessions"] if item["session_id"]]
        ).select_related("user")
    }
    obj = session.content_object
    hidden = {pk for pk, user in others.items() if hides_editing_session_user(request.user, user, obj)}
    if not hidden:
        return response
    sessions = []
    for item in data["other_sessions"]:
        user = others.get(item["session_id"])
        if item["session_id"] in hidden:
            item["user"] = str(ANONYMOUS_REVIEWER)
            user = AnonymousReviewer()
        elif user is None:
            # A saved revision without an open session: Wagtail names its author.
            revision = Revision.objects.filter(pk=item["revision_id"]).select_related("user").first()
            user = revision.user if revision else None
        sessions.append({**item, "user": user, "last_seen_at": parse_datetime(item["last_seen_at"])})
    data["html"] = EditingSessionsList(session, sessions).render_html()
    response.content = json.dumps(data)
    return response
