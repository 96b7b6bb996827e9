"""The facet values of every method page, kept in each process between searches.

A search then asks the database only which pages match and how well (and which of them the visitor may
find: live, public, the listing's language rules, decided by the database on every search); each match's
facet row (centre, kind, knowledge levels, language, materials, publication time, title, target groups,
themes) comes from here. At 10,000 pages, reading those rows for 9,000 matches took longer than the match.

Kept fresh by a stamp that changes with every change that matters:
- a page, taxonomy term or material link saved or deleted in this process (signals), and
- a new Wagtail log entry or revision from any process (publish, unpublish, move, delete, snippet edits,
  imports: the newest ids of those tables, read in one small query per search),
and in any case rebuilt after MAX_AGE seconds, for changes written without either (bulk updates in
scripts). A page missing from the cache (created since, without a signal) is read by id and added.
"""

import threading
import time

from django.db import connection
from django.db.models.signals import m2m_changed, post_delete, post_save
from django.dispatch import receiver
from wagtail.models import ModelLogEntry, Page, PageLogEntry, Revision
from wagtail.signals import page_published, page_unpublished

from methods.models import MethodPage

from . import facets

MAX_AGE = 300.0

_lock = threading.Lock()
_local_changes = 0
_cache = {"rows": {}, "stamp": None, "built_at": 0.0, "derived": {}}


def rows(pks):
    """Facet rows (see facets.facet_rows) of the method pages `pks`, in that order."""
    cached = _current()
    missing = [pk for pk in pks if pk not in cached]
    if missing:
        found = {row[facets.PK]: row for row in facets.facet_rows(MethodPage.objects.all(), ids=missing)}
        cached.update(found)
    return [cached[pk] for pk in pks if pk in cached]


def derived(key, build):
    """`build()`, computed once per cache generation: values that change with the same data (the spelling
    vocabulary of method titles)."""
    _current()
    values = _cache["derived"]
    if key not in values:
        values[key] = build()
    return values[key]


def forget():
    """Drop the cache of this process (the next search rebuilds it)."""
    global _local_changes
    _local_changes += 1


def _current():
    stamp = (_local_changes, *_database_stamp())
    if stamp == _cache["stamp"] and time.monotonic() - _cache["built_at"] < MAX_AGE:
        return _cache["rows"]
    with _lock:
        if stamp != _cache["stamp"] or time.monotonic() - _cache["built_at"] >= MAX_AGE:
            built = {row[facets.PK]: row for row in facets.facet_rows(MethodPage.objects.all())}
            _cache.update(rows=built, stamp=stamp, built_at=time.monotonic(), derived={})
        return _cache["rows"]


def _database_stamp():
    tables = [model._meta.db_table for model in (PageLogEntry, ModelLogEntry, Revision)]
    sql = "SELECT " + ", ".join(f"(SELECT MAX(id) FROM {table})" for table in tables)
    with connection.cursor() as cursor:
        cursor.execute(sql)
        return cursor.fetchone()


def _is_relevant(sender):
    return issubclass(sender, (Page, *MethodPage.search_facet_sources()))


@receiver(post_save)
@receiver(post_delete)
def _changed(sender, **kwargs):
    if _is_relevant(sender):
        forget()


@receiver(page_published)
@receiver(page_unpublished)
def _published(**kwargs):
    # Publishing sends this after modelcluster has written the page's taxonomy links and materials.
    forget()


@receiver(m2m_changed)
def _links_changed(sender, **kwargs):
    if sender in MethodPage.search_facet_sources():
        forget()
