from django.core.management.base import BaseCommand
from django.db import transaction

from reviews.notifications import enqueue_on_commit
from reviews.queries import pages_due_for_review, review_period_months
from reviews.tasks import send_review_due


class Command(BaseCommand):
    help = (
        "Put published method pages whose last lived-experience review is older than REVIEW_PERIOD_MONTHS "
        "back into review (the workflow starts again on the latest revision) and email their centre's "
        "editors. Pages already in a workflow are left alone, so running it daily from cron is safe."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--dry-run", action="store_true", help="List the pages that are due without changing anything."
        )

    def handle(self, *args, dry_run=False, **options):
        started = in_review = no_workflow = 0
        for page in pages_due_for_review():
            if page.current_workflow_state is not None:
                in_review += 1
                continue
            workflow = page.get_workflow()
            if workflow is None:
                no_workflow += 1
                self.stderr.write(f"No workflow applies to '{page.title}' (id {page.pk}); skipped.")
                continue
            last = page.last_reviewed_at
            when = f"last reviewed {last:%Y-%m-%d}" if last else "never reviewed"
            self.stdout.write(
                f"{'Due' if dry_run else 'Back in review'}: '{page.title}' (id {page.pk}), {when}"
            )
            if dry_run:
                started += 1
                continue
            with transaction.atomic():
                if page.get_latest_revision() is None:
                    page.save_revision(log_action=True)
                workflow.start(page, user=None)
                enqueue_on_commit(send_review_due, page.pk, last.isoformat() if last else None)
            started += 1
        self.stdout.write(
            f"{started} page(s) {'due' if dry_run else 'put back into review'} "
            f"(period {review_period_months()} months); {in_review} already in review; "
            f"{no_workflow} without a workflow."
        )
