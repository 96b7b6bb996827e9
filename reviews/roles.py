"""Names of the editorial roles (Wagtail groups) and the workflow. The data migrations copy these values.

The centres themselves, and which group edits each, are in the centre registry (core.Centre)."""

REVIEWERS_GROUP = "Erfaringspanel"
NATIONAL_EDITORS_GROUP = "Nasjonal redaksjon"
WORKFLOW_NAME = "Erfaringsgjennomgang og godkjenning"
REVIEW_TASK_NAME = "Erfaringsgjennomgang"
APPROVAL_TASK_NAME = "Redaksjonell godkjenning"

# Centre editors draft and submit in their own centre's subtree; they never publish.
CENTRE_PAGE_PERMISSIONS = ["add_page", "change_page"]
# National editors work anywhere under each site's home page and publish.
NATIONAL_PAGE_PERMISSIONS = ["add_page", "change_page", "publish_page", "lock_page", "unlock_page"]
CENTRE_DOCUMENT_PERMISSIONS = ["add_document", "change_document", "choose_document"]


def centre_editors_group_name(centre_name):
    """What a new centre editors' group is called; the registry holds the group itself by id."""
    return f"Redaktører – {centre_name}"
