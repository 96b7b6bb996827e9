"""Index updates of methods and materials: queued per save or, during a bulk change, once per object.

Every save of an indexed object queued a background task: modelsearch's for the search index (a page is
saved three to five times when it is created and published) and Wagtail's for the reference index. An
import of 1,000 methods with two materials each queued 15,340 tasks, and a worker took 517 s to run them.

MethodPage and Material therefore leave modelsearch's save handler (`search_auto_update = False`) for the
one here, and everything in the project that reindexes methods (publishing, a renamed term, a changed
material or collection privacy) calls `update_search_index`. Outside `batched_index_updates()` that
queues an `update_indexes` task at once; inside it, the objects are collected instead (each once),
Wagtail's reference index handler is held back, and when the block ends without an error both indexes
are updated for the collected objects by tasks of up to BATCH_SIZE objects each. Deletions are applied
at once, as before.
"""

import logging
from contextlib import contextmanager
from contextvars import ContextVar

from django.apps import apps
from django.core.exceptions import ImproperlyConfigured, ObjectDoesNotExist
from django.db.models.signals import post_delete, post_save
from django_tasks import task
from modelcluster.fields import ParentalKey
from modelsearch.signal_handlers import post_delete_signal_handler
from modelsearch.tasks import insert_or_update_object_task
from wagtail.models import ReferenceIndex
from wagtail.signal_handlers import disable_reference_index_auto_update
from wagtail.tasks import update_reference_index_task

logger = logging.getLogger(__name__)

BATCH_SIZE = 500

# While a batch is open: {"search": {key: None}, "references": {key: None}}, key = (app, model, pk).
_batch = ContextVar("search_index_batch", default=None)


def _key(model, pk):
    return (model._meta.app_label, model._meta.model_name, str(pk))


def update_search_index(model, pks):
    """Queue a search index update of these objects (collected instead while a batch is open)."""
    keys = [_key(model, pk) for pk in pks]
    batch = _batch.get()
    if batch is None:
        _queue(keys, [])
    else:
        batch["search"].update(dict.fromkeys(keys))


def _queue(search, references):
    for start in range(0, max(len(search), len(references)), BATCH_SIZE):
        update_indexes.enqueue(
            [list(key) for key in search[start : start + BATCH_SIZE]],
            [list(key) for key in references[start : start + BATCH_SIZE]],
        )


@contextmanager
def batched_index_updates():
    """Collect index updates of everything saved in the block; queue them when it ends without an error."""
    if _batch.get() is not None:  # nested: the outer block queues
        yield
        return
    batch = {"search": {}, "references": {}}
    token = _batch.set(batch)
    try:
        with disable_reference_index_auto_update():
            yield
    finally:
        _batch.reset(token)
    _queue(list(batch["search"]), list(batch["references"]))


@task()
def update_indexes(search: list, references: list) -> int:
    """Update the search index and the reference index of the listed objects ([app, model, pk] each);
    objects deleted since they were queued are skipped."""
    done = 0
    for job, keys in ((insert_or_update_object_task, search), (update_reference_index_task, references)):
        for app_label, model_name, pk in keys:
            try:
                job.call(app_label, model_name, pk)
                done += 1
            except ObjectDoesNotExist:
                logger.info("%s.%s %s is gone; its index update is skipped", app_label, model_name, pk)
    return done


# Models whose search index updates go through here (each sets search_auto_update = False).
MODELS = ("methods.MethodPage", "materials.Material")


def _saved(sender, instance, raw=False, **kwargs):
    if not raw:
        update_search_index(sender, [instance.pk])


def _saved_during_batch(sender, instance, raw=False, **kwargs):
    # Wagtail's reference index handler is held back during a batch: note what it would have queued.
    batch = _batch.get()
    if batch is not None and not raw and sender in ReferenceIndex.tracked_models:
        batch["references"][_reference_key(sender, instance)] = None


def _reference_key(model, instance):
    """Wagtail indexes a child row's (ParentalKey) references as its parent's: note the parent, so that a
    page saved with its materials is indexed once, not once for itself and once per material."""
    parental = next((field for field in model._meta.get_fields() if isinstance(field, ParentalKey)), None)
    if parental is None or getattr(instance, parental.attname) is None:
        return _key(model, instance.pk)
    return _key(parental.related_model, getattr(instance, parental.attname))


def _deleted_during_batch(sender, instance, **kwargs):
    # What Wagtail's held-back delete handler does, at once.
    if _batch.get() is not None and sender in ReferenceIndex.tracked_models:
        ReferenceIndex.remove_for_object(instance)
        ReferenceIndex.remove_references_to(instance)


def connect():
    """Connect the handlers (SearchConfig.ready)."""
    for label in MODELS:
        model = apps.get_model(label)
        if getattr(model, "search_auto_update", True):  # modelsearch would queue a task per save as well
            raise ImproperlyConfigured(f"{label} must set search_auto_update = False (see search.indexing)")
        post_save.connect(_saved, sender=model, dispatch_uid=f"search.indexing.saved.{label}")
        post_delete.connect(
            post_delete_signal_handler, sender=model, dispatch_uid=f"search.indexing.deleted.{label}"
        )
    post_save.connect(_saved_during_batch, dispatch_uid="search.indexing.saved_during_batch")
    post_delete.connect(_deleted_during_batch, dispatch_uid="search.indexing.deleted_during_batch")
