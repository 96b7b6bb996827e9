"""Summaries of an import for people (one line) and for programs (a JSON-ready dict)."""

from django.utils.translation import gettext as _


def summary_line(counts, dry_run=False, preview=False):
    values = {
        "records": counts["records"],
        "created": counts["created"],
        "updated": counts["updated"],
        "unchanged": counts["unchanged"],
        "doc_created": counts["documents_created"],
        "doc_updated": counts["documents_updated"],
        "doc_unchanged": counts["documents_unchanged"],
    }
    if preview:
        return (
            _(
                "Nothing has been written yet. %(records)s records: would create %(created)s, update "
                "%(updated)s, leave %(unchanged)s unchanged; documents: would create %(doc_created)s, update "
                "%(doc_updated)s, leave %(doc_unchanged)s unchanged."
            )
            % values
        )
    if dry_run:
        return (
            _(
                "Dry run, nothing written. %(records)s records: would create %(created)s, update %(updated)s, "
                "leave %(unchanged)s unchanged; documents: would create %(doc_created)s, update "
                "%(doc_updated)s, leave %(doc_unchanged)s unchanged."
            )
            % values
        )
    return (
        _(
            "Imported %(records)s records: %(created)s created, %(updated)s updated, %(unchanged)s unchanged; "
            "documents: %(doc_created)s created, %(doc_updated)s updated, %(doc_unchanged)s unchanged."
        )
        % values
    )


def outcome_text(plan, done=True):
    """What happened (or, in a preview, what will happen) to the record's page, in the user's language."""
    return str(plan.outcome_report if done else plan.outcome_preview)


def page_lines(result):
    """One line per record for the command's output: where the page is and what the import did with it."""
    return [
        f"{plan.centre.identity.slug}/{plan.id} ({plan.locale.language_code}): "
        f"{outcome_text(plan, done=not result.dry_run)}"
        for plan in result.plan.records
    ]


def plan_as_dict(result):
    return {
        "ok": True,
        "dry_run": result.dry_run,
        "summary": result.counts,
        "new_target_groups": result.plan.new_terms["target_groups"],
        "new_themes": result.plan.new_terms["themes"],
        "records": [
            {
                "id": plan.id,
                "language": plan.locale.language_code,
                "centre": plan.centre.identity.slug,
                "action": plan.action,
                "published": plan.wanted["published"],
                "outcome": plan.outcome,
                "outcome_text": outcome_text(plan, done=not result.dry_run),
                "changed_fields": plan.changed,
                "materials": [
                    {"file": material.file.relative, "action": material.action} for material in plan.materials
                ],
            }
            for plan in result.plan.records
        ],
    }


def problems_as_dict(problems, dry_run=False):
    return {"ok": False, "dry_run": dry_run, "errors": [problem.as_dict() for problem in problems]}
