from django.core.management.base import BaseCommand

from reviews.setup import ensure_editorial_setup


class Command(BaseCommand):
    help = (
        "Apply the editorial roles to the page tree: each centre's editors get their centre's pages and "
        "materials collection, national editors every home page, and the review workflow is assigned to every "
        "centre index (all languages). Safe to run again; it only adds what is missing."
    )

    def handle(self, *args, **options):
        counts = ensure_editorial_setup()
        self.stdout.write(
            "Editorial setup: {centres} centres; added {page_permissions} page permissions, "
            "{collection_permissions} collection permissions, {workflow_pages} workflow assignments.".format(
                centres=counts.get("centres", 0),
                page_permissions=counts.get("page_permissions", 0),
                collection_permissions=counts.get("collection_permissions", 0),
                workflow_pages=counts.get("workflow_pages", 0),
            )
        )
