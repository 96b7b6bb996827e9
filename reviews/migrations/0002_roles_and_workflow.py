"""The editorial roles and the review workflow, so that every new site has them.

Permissions that depend on the page tree (each centre's subtree and collection, each home page) are applied
by reviews.setup.ensure_editorial_setup() when the tree exists. Values are copied from reviews/roles.py as
they were when this migration was written. Each centre's editors' group is made by 0003 from the centre
registry (core.Centre).
"""

from django.db import migrations

REVIEWERS_GROUP = "Erfaringspanel"
NATIONAL_EDITORS_GROUP = "Nasjonal redaksjon"
WORKFLOW_NAME = "Erfaringsgjennomgang og godkjenning"
REVIEW_TASK_NAME = "Erfaringsgjennomgang"
APPROVAL_TASK_NAME = "Redaksjonell godkjenning"

# (app_label, model, codename, name) for national editors' model permissions.
NATIONAL_MODEL_PERMISSIONS = [
    ("methods", "methodpage", "import_methods", "Can import and export methods and tools"),
    *[
        (app, model, f"{action}_{model}", f"Can {action} {label}")
        for app, model, label in [("methods", "targetgroup", "target group"), ("methods", "theme", "theme")]
        for action in ("add", "change", "delete", "view")
    ],
]
# Collection permissions for national editors on the root collection (all materials and images).
NATIONAL_COLLECTION_PERMISSIONS = [
    ("wagtaildocs", "document", "add_document", "Can add document"),
    ("wagtaildocs", "document", "change_document", "Can change document"),
    ("wagtaildocs", "document", "delete_document", "Can delete document"),
    ("wagtaildocs", "document", "choose_document", "Can choose document"),
    ("wagtailimages", "image", "add_image", "Can add image"),
    ("wagtailimages", "image", "change_image", "Can change image"),
    ("wagtailimages", "image", "choose_image", "Can choose image"),
]


def get_permission(apps, app_label, model, codename, name):
    # Permissions of new models are normally created after all migrations (post_migrate); create them now.
    ContentType = apps.get_model("contenttypes", "ContentType")
    Permission = apps.get_model("auth", "Permission")
    content_type, _ = ContentType.objects.get_or_create(app_label=app_label, model=model)
    permission, _ = Permission.objects.get_or_create(
        content_type=content_type, codename=codename, defaults={"name": name}
    )
    return permission


def create_roles_and_workflow(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Collection = apps.get_model("wagtailcore", "Collection")
    GroupCollectionPermission = apps.get_model("wagtailcore", "GroupCollectionPermission")
    ContentType = apps.get_model("contenttypes", "ContentType")
    Workflow = apps.get_model("wagtailcore", "Workflow")
    WorkflowTask = apps.get_model("wagtailcore", "WorkflowTask")
    GroupApprovalTask = apps.get_model("wagtailcore", "GroupApprovalTask")
    LivedExperienceReviewTask = apps.get_model("reviews", "LivedExperienceReviewTask")

    access_admin = get_permission(apps, "wagtailadmin", "admin", "access_admin", "Can access Wagtail admin")
    groups = {}
    for name in [REVIEWERS_GROUP, NATIONAL_EDITORS_GROUP]:
        groups[name], _ = Group.objects.get_or_create(name=name)
        groups[name].permissions.add(access_admin)

    national = groups[NATIONAL_EDITORS_GROUP]
    national.permissions.add(*[get_permission(apps, *spec) for spec in NATIONAL_MODEL_PERMISSIONS])
    root_collection = Collection.objects.filter(depth=1).first()
    if root_collection is not None:
        for spec in NATIONAL_COLLECTION_PERMISSIONS:
            GroupCollectionPermission.objects.get_or_create(
                group=national, collection=root_collection, permission=get_permission(apps, *spec)
            )

    if Workflow.objects.filter(name=WORKFLOW_NAME).exists():
        return
    workflow = Workflow.objects.create(name=WORKFLOW_NAME, active=True)
    review_task = LivedExperienceReviewTask.objects.create(
        name=REVIEW_TASK_NAME,
        active=True,
        required_approvals=2,
        content_type=ContentType.objects.get_or_create(app_label="reviews", model="livedexperiencereviewtask")[0],
    )
    review_task.groups.add(groups[REVIEWERS_GROUP])
    approval_task = GroupApprovalTask.objects.create(
        name=APPROVAL_TASK_NAME,
        active=True,
        content_type=ContentType.objects.get_or_create(app_label="wagtailcore", model="groupapprovaltask")[0],
    )
    approval_task.groups.add(national)
    WorkflowTask.objects.create(workflow=workflow, task_id=review_task.pk, sort_order=0)
    WorkflowTask.objects.create(workflow=workflow, task_id=approval_task.pk, sort_order=1)


def remove_roles_and_workflow(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Workflow = apps.get_model("wagtailcore", "Workflow")
    Task = apps.get_model("wagtailcore", "Task")
    Workflow.objects.filter(name=WORKFLOW_NAME).delete()
    Task.objects.filter(name__in=[REVIEW_TASK_NAME, APPROVAL_TASK_NAME]).delete()
    Group.objects.filter(name__in=[REVIEWERS_GROUP, NATIONAL_EDITORS_GROUP]).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("reviews", "0001_initial"),
        ("methods", "0002_import_permission"),
        ("wagtailadmin", "0006_formstate"),
        ("wagtaildocs", "0014_alter_document_file_size"),
        ("wagtailimages", "0027_image_description"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [migrations.RunPython(create_roles_and_workflow, remove_roles_and_workflow)]
