import pytest
from django.db import transaction

from tests.importing.import_helpers import import_folder, import_records, six_centres  # noqa: F401 - fixtures
from tests.search.corpus import build_corpus


@pytest.fixture(scope="module")
def corpus(django_db_setup, django_db_blocker):
    """The search corpus, built once per module inside a transaction that is rolled back afterwards.

    Tests that use it also request `db`, whose per-test transaction nests inside this one."""
    with django_db_blocker.unblock():
        with transaction.atomic():
            tree = build_corpus()
            yield tree
            transaction.set_rollback(True)
