# The editorial workflow fixture (users for every role), for the concurrency test.
from tests.reviews.conftest import editorial  # noqa: F401
