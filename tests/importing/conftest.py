# Fixtures of the import/export tests (importing), shared by their test modules.
from tests.importing.import_helpers import import_folder, import_records, in_english, six_centres  # noqa: F401
