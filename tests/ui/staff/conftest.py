"""The venue server fixtures (a real PostgreSQL server) and the styled application, for the staff desk's venue
tests."""

from tests.kiosk.venue.conftest import pg_database, pg_server, pg_url  # noqa: F401 (fixtures)
from tests.ui.test_layout import styled_app  # noqa: F401 (fixture)
