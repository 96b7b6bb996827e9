"""Apply the editorial setup whenever the parts of the tree it depends on are created."""

import logging

from django.db.models.signals import post_save

from core.tree import home_page_models
from methods.models import CentreIndexPage, CentrePage

logger = logging.getLogger(__name__)


def apply_editorial_setup(sender, instance, created, raw=False, **kwargs):
    if not created or raw:
        return
    from .setup import ensure_editorial_setup

    try:
        ensure_editorial_setup()
    except Exception:  # noqa: BLE001 - creating a page must not fail because of this; the command repairs it
        logger.exception(
            "Editorial setup failed after creating %r; run `manage.py setup_editorial`", instance
        )


def connect():
    for model in (*home_page_models(), CentreIndexPage, CentrePage):
        post_save.connect(apply_editorial_setup, sender=model, dispatch_uid=f"reviews_setup_{model.__name__}")
