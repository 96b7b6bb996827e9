"""Per-tree editorial setup: page and collection permissions for each centre's editors, national editors'
permissions on each home page, and the review workflow on every centre index. Idempotent."""

from collections import defaultdict

from django.contrib.auth.models import Group, Permission
from django.db import transaction
from wagtail.models import (
    GroupApprovalTask,
    GroupCollectionPermission,
    GroupPagePermission,
    Workflow,
    WorkflowPage,
    WorkflowTask,
)

from core.collections import centre_collection
from core.models import Centre
from core.tree import home_pages
from methods.models import CentreIndexPage, CentrePage

from . import roles


def _permission(app_label, codename):
    return Permission.objects.get(content_type__app_label=app_label, codename=codename)


def _admin_group(name):
    group, _created = Group.objects.get_or_create(name=name)
    group.permissions.add(_permission("wagtailadmin", "access_admin"))
    return group


def _grant_pages(group, pages, codenames, counts):
    permissions = [_permission("wagtailcore", codename) for codename in codenames]
    for page in pages:
        for permission in permissions:
            _obj, created = GroupPagePermission.objects.get_or_create(
                group=group, page_id=page.pk, permission=permission
            )
            counts["page_permissions"] += created


def ensure_workflow():
    """The review workflow with its two tasks; created if someone deleted it (the migration makes it)."""
    from .models import LivedExperienceReviewTask

    workflow = Workflow.objects.filter(name=roles.WORKFLOW_NAME).first()
    if workflow is not None:
        return workflow
    workflow = Workflow.objects.create(name=roles.WORKFLOW_NAME)
    review = LivedExperienceReviewTask.objects.filter(name=roles.REVIEW_TASK_NAME).first()
    if review is None:
        review = LivedExperienceReviewTask.objects.create(name=roles.REVIEW_TASK_NAME, required_approvals=2)
        review.groups.add(_admin_group(roles.REVIEWERS_GROUP))
    approval = GroupApprovalTask.objects.filter(name=roles.APPROVAL_TASK_NAME).first()
    if approval is None:
        approval = GroupApprovalTask.objects.create(name=roles.APPROVAL_TASK_NAME)
        approval.groups.add(_admin_group(roles.NATIONAL_EDITORS_GROUP))
    WorkflowTask.objects.create(workflow=workflow, task=review, sort_order=0)
    WorkflowTask.objects.create(workflow=workflow, task=approval, sort_order=1)
    return workflow


def centre_editors_group(centre):
    """The editors' group of a registry centre (core.Centre), made and linked when it has none."""
    if centre.editors_group_id is None:
        centre.editors_group = _admin_group(roles.centre_editors_group_name(centre.name))
        centre.save(update_fields=["editors_group"])
    return centre.editors_group


@transaction.atomic
def ensure_editorial_setup():
    """Apply the roles to the page tree as it is now. Safe to run any number of times; it only adds.

    Returns counts of what it created, for the management command's output.
    """
    counts = defaultdict(int)
    workflow = ensure_workflow()

    national = _admin_group(roles.NATIONAL_EDITORS_GROUP)
    _admin_group(roles.REVIEWERS_GROUP)
    _grant_pages(national, home_pages(), roles.NATIONAL_PAGE_PERMISSIONS, counts)

    # Every language's centre index gets the workflow, so translated pages are reviewed too.
    for centre_index in CentreIndexPage.objects.all():
        _obj, created = WorkflowPage.objects.update_or_create(
            page_id=centre_index.pk, defaults={"workflow": workflow}
        )
        counts["workflow_pages"] += created

    # One group per centre, with rights on the centre's page in every language and on its collection.
    document_permissions = [
        _permission("wagtaildocs", codename) for codename in roles.CENTRE_DOCUMENT_PERMISSIONS
    ]
    for centre in Centre.objects.filter(pages__isnull=False).distinct():
        group = centre_editors_group(centre)
        _grant_pages(group, CentrePage.objects.filter(identity=centre), roles.CENTRE_PAGE_PERMISSIONS, counts)
        collection = centre_collection(centre)
        for permission in document_permissions:
            _obj, created = GroupCollectionPermission.objects.get_or_create(
                group=group, collection=collection, permission=permission
            )
            counts["collection_permissions"] += created
        counts["centres"] += 1
    return dict(counts)
