import gc
import os

from django.core.wsgi import get_wsgi_application
from django.urls import get_resolver

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "cms.settings.production")

application = get_wsgi_application()


def freeze_startup_objects():
    """Load the URLconf (and with it every view, model and block module), then take everything loaded so
    far out of the garbage collector's view.

    A full collection in this process visits about 175,000 start-up objects: 90-130 ms, paused in the
    middle of whichever request triggers it (measured on a 2-core machine); with them frozen, 2 ms. They
    live as long as the process anyway, and a pre-forking server shares them between its workers instead
    of copying the pages that a collection would write to."""
    get_resolver().url_patterns  # noqa: B018 - imports the URLconf
    gc.collect()  # nothing unreachable is frozen with them
    gc.freeze()


freeze_startup_objects()
