"""Method and tool pages go live only through the lived-experience review, never around it.

The network's promise is that no method or tool page goes live before people with lived experience have
reviewed it. docs/editorial-workflow.md#every-way-to-go-live lists every way a page can become live or
change what is live, and the rule each follows. This module is where the rule is enforced for all of them
that publish a revision: `MethodPage.publish` (the one method every publish path in Wagtail and
wagtail-localize calls: the editor, bulk actions, reverting, scheduled publishing, workflow approval,
translation synchronisation, the importer, the demo) asks `check_publication`, which allows it only

- under a *review authority*: the review workflow's last step, once that run's lived-experience review was
  approved (`reviews.workflow_finish` opens it for that one page), or
- under an *unreviewed authority*: code run by an administrator that names why (the first migration's
  `import_methods --publish-unreviewed --reason ...`, the demo, test fixtures). Every page it publishes
  gets a `methods.publish_without_review` audit-log entry with who and why, and shows "not yet reviewed"
  in public until a review completes, or
- for a revision that was scheduled (`approved_go_live_at`) by a publish that one of these allowed.

Anything else raises `ReviewRequired`. A method page created live (a copy with "publish copies", a fixture)
is created as a draft instead, unless an authority is open: `MethodPage.save` asks `creating_live`.

In the admin nobody, administrators included, gets "Publish" for a method page: the permission testers
below take it away, so the buttons, the bulk action and the translation editor's publish never offer it.
"""

from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass

from django.core.exceptions import PermissionDenied
from django.dispatch import Signal
from django.utils.translation import gettext_lazy as _
from wagtail.log_actions import log
from wagtail.models import PagePermissionTester

PUBLISH_WITHOUT_REVIEW = "methods.publish_without_review"

published_after_review = Signal()
"""Sent with `page` and `revision` when a method page is published under a review authority, i.e. after an
approved lived-experience review (materials makes the reviewed materials' new versions public then)."""


class ReviewRequired(PermissionDenied):
    """A method page was about to go live without a lived-experience review or an administrator's reason."""


@dataclass(frozen=True)
class Authority:
    """Why publishing is allowed: `review` (for `page_id` only) or `unreviewed` (with a reason)."""

    kind: str
    reason: str = ""
    user: object = None
    page_id: int | None = None

    def covers(self, page):
        return self.kind == "unreviewed" or self.page_id == page.pk


_authority: ContextVar[Authority | None] = ContextVar("method_publication_authority", default=None)


def current_authority():
    return _authority.get()


@contextmanager
def _opened(authority):
    token = _authority.set(authority)
    try:
        yield authority
    finally:
        _authority.reset(token)


def reviewed_publication(page, user=None):
    """Open by the review workflow's last step, after it checked that this run's review was approved."""
    return _opened(Authority("review", user=user, page_id=page.pk))


def unreviewed_publication(reason, user=None):
    """Publish method pages without review: for administrators' code (a first migration, the demo).

    `user` is the administrator who asked for it, or None for a command run on the server (whoever runs
    it has the server, and so every right). The reason is required and written to each page's audit log.
    """
    reason = (reason or "").strip()
    if not reason:
        raise ValueError("Publishing without lived-experience review needs a reason.")
    if user is not None and not (user.is_active and user.is_superuser):
        raise ReviewRequired(_("Only administrators may publish without lived-experience review."))
    return _opened(Authority("unreviewed", reason=reason, user=user))


def check_publication(page, revision):
    """Raise ReviewRequired unless publishing `revision` of method page `page` is allowed now."""
    authority = current_authority()
    if authority is not None and authority.covers(page):
        return authority
    if revision is not None and revision.approved_go_live_at is not None:
        # Scheduled by a publish that was allowed (scheduling happens inside `publish`); now due.
        return None
    raise ReviewRequired(
        _(
            "“%(title)s” cannot be published before the lived-experience panel has reviewed it. "
            "Submit it for review instead."
        )
        % {"title": page.get_admin_display_title()}
    )


def record_unreviewed(page, authority, revision=None):
    """The audit-log entry for a page that went live without review: who and why."""
    if authority is None or authority.kind != "unreviewed":
        return
    log(
        instance=page,
        action=PUBLISH_WITHOUT_REVIEW,
        user=authority.user,
        revision=revision,
        data={"reason": authority.reason},
    )


def creating_live(page):
    """Whether a new method page may be created live; the authority that allows it, else None."""
    authority = current_authority()
    if page.alias_of_id or (authority is not None and authority.covers(page)):
        return authority or True
    return None


class ReviewedPagePermissionTester(PagePermissionTester):
    """For a MethodPage: no direct publishing for anyone (editor button, bulk action, translation editor)."""

    def can_publish(self):
        return False

    # These follow can_publish in Wagtail but are not publishing: keep the publish permission's answer.
    def can_set_view_restrictions(self):
        return super().can_publish()

    def can_unschedule(self):
        return super().can_publish()


class ReviewedSubpagesPermissionTester(PagePermissionTester):
    """For a MethodIndexPage, whose children are method pages: no "Publish" when creating one."""

    def can_publish_subpage(self):
        return False
