"""The editorial roles' users (tests.reviews.conftest) for the account tests."""

from tests.reviews.conftest import editorial  # noqa: F401 - the fixture
