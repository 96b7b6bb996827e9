"""Remove Wagtail's default roles, so that a site has only this project's (reviews/roles.py).

Wagtail's own migrations give the groups "Editors" and "Moderators" add/change (Moderators also publish)
on the root page, which covers every centre, plus every document and image collection, and put a
"Moderators approval" workflow on the root. With them a user in "Moderators" could publish another centre's
page around the lived-experience review, and any page outside a centre index would get the wrong workflow.

Their page and collection permissions are removed; a group with no members left is deleted outright (a new
site's are always empty), one with members stays, holding only admin access, for an administrator to move
its people to a project role. Every workflow other than the review workflow is deactivated and taken off
every page and snippet type, and any run of it still in progress is cancelled.
"""

from django.db import migrations

WAGTAIL_DEFAULT_GROUPS = ("Editors", "Moderators")
REVIEW_WORKFLOW_NAME = "Erfaringsgjennomgang og godkjenning"  # reviews.roles.WORKFLOW_NAME when written


def remove_default_groups(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
    GroupCollectionPermission = apps.get_model("wagtailcore", "GroupCollectionPermission")
    for group in Group.objects.filter(name__in=WAGTAIL_DEFAULT_GROUPS):
        GroupPagePermission.objects.filter(group=group).delete()
        GroupCollectionPermission.objects.filter(group=group).delete()
        if not group.user_set.exists():
            group.delete()


def remove_default_workflows(apps, schema_editor):
    Workflow = apps.get_model("wagtailcore", "Workflow")
    WorkflowPage = apps.get_model("wagtailcore", "WorkflowPage")
    WorkflowContentType = apps.get_model("wagtailcore", "WorkflowContentType")
    WorkflowState = apps.get_model("wagtailcore", "WorkflowState")
    TaskState = apps.get_model("wagtailcore", "TaskState")
    Task = apps.get_model("wagtailcore", "Task")
    others = Workflow.objects.exclude(name=REVIEW_WORKFLOW_NAME)
    WorkflowPage.objects.filter(workflow__in=others).delete()
    WorkflowContentType.objects.filter(workflow__in=others).delete()
    running = WorkflowState.objects.filter(workflow__in=others, status__in=["in_progress", "needs_changes"])
    TaskState.objects.filter(workflow_state__in=running, status="in_progress").update(status="cancelled")
    running.update(status="cancelled", current_task_state=None)
    others.update(active=False)
    # Their tasks too, unless the review workflow uses them.
    Task.objects.filter(workflow_tasks__workflow__in=others).exclude(
        workflow_tasks__workflow__name=REVIEW_WORKFLOW_NAME
    ).update(active=False)


class Migration(migrations.Migration):
    dependencies = [
        ("reviews", "0003_centre_editor_groups"),
        ("wagtailcore", "0098_apitoken"),
        ("wagtaildocs", "0014_alter_document_file_size"),
        ("wagtailimages", "0027_image_description"),
    ]

    operations = [
        migrations.RunPython(remove_default_groups, migrations.RunPython.noop),
        migrations.RunPython(remove_default_workflows, migrations.RunPython.noop),
    ]
