"""The programme service: a new revision is loaded once, however often the window looks at it meanwhile."""

from kiosk.event.folder import Event
from kiosk.programme import edits
from kiosk.programme.views import load_view
from tests.ui.programme.conftest import BERLIN, DAY_TIME, STAGE
from ui.programme.service import ProgrammeService


def test_a_revision_being_loaded_is_not_loaded_a_second_time(qtbot, programme_event: Event) -> None:
    """The follower's status file changes several times per import, and each change looks at the revision: a
    second load of the same revision would compete with the screens taking in the first."""
    service = ProgrammeService(programme_event, clock=lambda: DAY_TIME, follow=False)
    with qtbot.waitSignal(service.changed, timeout=5000):
        for _ in range(3):
            service.check_revision()
    assert not service._loading  # no second load queued behind the first
    key = next(e.session.key for e in service.view.entries if e.session.room == STAGE)
    edits.cancel(programme_event.store, BERLIN, key)  # a real change afterwards is loaded (once)
    with qtbot.waitSignal(service.changed, timeout=5000):
        service.check_revision()
        service.check_revision()
    assert not service._loading
    assert service.view.revision == load_view(programme_event.store, BERLIN).revision
    service.stop()
