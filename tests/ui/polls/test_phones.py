"""Phones in the Qt front end ([phones] enabled): the stage's join corner shows the address, the join code and a
QR code a phone can read; the kiosk offers "Mit dem Handy abstimmen" beside its poll pages, a page whose QR code
reads back as the address, at every kiosk size in German and English with no text cut off; the moderator
console starts `kiosk serve` and says where phones vote. The grabs are saved in the test's temporary folder."""

import tomllib
from collections.abc import Iterator
from pathlib import Path

import pytest
import zxingcpp
from PIL import Image
from PySide6.QtWidgets import QApplication, QWidget

from kiosk.common.timeutil import utc_now
from kiosk.event.config import write_config_document
from kiosk.event.folder import Event, open_event
from kiosk.polls.model import PollDefinition
from kiosk.polls.store import open_poll, save_definitions, show_results
from kiosk.polls.views import StageView, stage_view
from kiosk.web.join import join_code
from kiosk.web.secret import event_secret
from tests.conftest import write_event
from tests.kiosk.polls.support import sample_polls
from tests.kiosk.web.support import free_port
from tests.ui.test_layout import SIZES, screen_problems, styled_app  # noqa: F401 (a fixture)
from ui.i18n import Languages
from ui.main_window import MainWindow
from ui.polls.console import ModeratorConsole
from ui.polls.phone_join import PhoneJoinPanel, phone_join, typed_address
from ui.polls.phone_server import PhoneServer
from ui.programme.service import ProgrammeService
from ui.stage.feed import StageFeed
from ui.stage.window import stage_board

ADDRESS = "http://192.168.178.20:8080/"
POLL = PollDefinition("kommune", "single", "Wo steht Ihre Kommune bei Open Data?",
                      ("Noch gar nicht", "Erste Datensätze", "Portal in Betrieb"))


def with_phones(folder: Path, **phones: object) -> Path:
    """The event's event.toml with a [phones] table."""
    document = tomllib.loads((folder / "event.toml").read_text(encoding="utf-8"))
    write_config_document(folder, {**document, "phones": {"enabled": True, **phones}})
    return folder


@pytest.fixture
def phones_event(tmp_path: Path) -> Iterator[Event]:
    event = open_event(with_phones(write_event(tmp_path / "event"), public_url=ADDRESS), kiosk_id="eingang-1")
    yield event
    event.close()


@pytest.fixture
def languages(qapp: QApplication) -> Iterator[Languages]:
    chosen = Languages(qapp, "de")
    yield chosen
    chosen.uninstall()


def decoded(widget: QWidget, path: Path) -> list[str]:
    """The QR codes a phone's camera finds in the widget as it is on screen (the grab is kept at `path`)."""
    assert widget.grab().save(str(path))
    return [found.text for found in zxingcpp.read_barcodes(Image.open(path))]


def test_phones_join_only_when_enabled(phones_event: Event, tmp_path: Path) -> None:
    join = phone_join(phones_event)
    assert join is not None and join.url == ADDRESS
    assert join.code == join_code(event_secret(phones_event.store))
    assert typed_address(join.url) == "http://192.168.178.20:8080"
    plain = open_event(write_event(tmp_path / "plain"), kiosk_id="k")
    assert phone_join(plain) is None
    plain.close()


@pytest.mark.parametrize("language", ["de", "en"])
@pytest.mark.parametrize("size", [(1920, 1080), (1280, 800), (1024, 768)], ids=lambda s: f"{s[0]}x{s[1]}")
def test_the_stage_shows_a_qr_code_phones_can_read(qtbot, phones_event: Event, languages: Languages,
                                                   tmp_path: Path, size: tuple[int, int], language: str) -> None:
    languages.set(language)
    sample_polls(phones_event.store)
    open_poll(phones_event.store, "open-data", utc_now())
    show_results(phones_event.store, "open-data", utc_now(), shown=True)
    board = stage_board(phones_event)
    qtbot.addWidget(board)
    board.resize(*size)
    board.show_view(stage_view(phones_event.store, "open-data"))
    assert board.join == phone_join(phones_event)
    assert decoded(board, tmp_path / f"stage-{size[0]}x{size[1]}-{language}.png") == [ADDRESS]
    board.show_view(StageView(0))  # between polls the way to join stays on screen
    assert decoded(board, tmp_path / f"stage-between-{language}.png") == [ADDRESS]


@pytest.mark.parametrize("language", ["de", "en"])
@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_the_kiosk_page_vote_with_your_phone(qtbot, styled_app: QApplication, phones_event: Event,  # noqa: F811
                                            tmp_path: Path, size: tuple[int, int], language: str) -> None:
    save_definitions(phones_event.store, [POLL], utc_now())
    open_poll(phones_event.store, POLL.id, utc_now())
    languages = Languages(styled_app, language)
    window = MainWindow(phones_event, languages)
    qtbot.addWidget(window)
    window.resize(*size)
    window.show()
    qtbot.waitExposed(window)
    kiosk = window.kiosk
    try:
        qtbot.waitUntil(kiosk.vote_button.isVisible, timeout=3000)
        kiosk.vote_button.click()
        voting = kiosk.voting
        assert voting.waits_for_badge and voting.phone_button.isVisible()
        languages.set(language)  # the kiosk starts every guest in its first language
        qtbot.wait(50)
        assert window.grab().save(str(tmp_path / f"kiosk-badge-{size[0]}x{size[1]}-{language}.png"))
        assert screen_problems(window) == []  # the badge page with its phone button beside "Back"
        assert voting.phone_button.text() == {"de": "Mit dem Handy abstimmen", "en": "Vote with your phone"}[language]
        voting.phone_button.click()
        qtbot.wait(50)
        assert voting.pages.currentWidget() is voting.phone_page
        assert not voting.phone_button.isVisible() and voting.back.isVisible()
        panel = voting.phone_page.findChild(PhoneJoinPanel)
        assert panel is not None and panel.address.text() == typed_address(ADDRESS)
        name = f"kiosk-phone-{size[0]}x{size[1]}-{language}.png"
        assert decoded(window, tmp_path / name) == [ADDRESS]
        assert screen_problems(window) == []
        voting.back.click()
        qtbot.waitUntil(lambda: kiosk.stack.currentWidget() is kiosk.welcome, timeout=3000)
    finally:
        window.allow_close = True
        styled_app.removeEventFilter(window)
        languages.uninstall()
        window.close()


def test_the_console_runs_the_phone_server_and_says_where_phones_vote(qtbot, tmp_path: Path) -> None:
    port = free_port()
    folder = with_phones(write_event(tmp_path / "event"), host="127.0.0.1", port=port)
    event = open_event(folder, kiosk_id="moderator")
    programme = ProgrammeService(event, follow=False)
    console = ModeratorConsole(event, programme, StageFeed(event.store.path, "moderator"))
    qtbot.addWidget(console)
    server = PhoneServer(folder)
    console.follow_phones(server)
    try:
        assert console.phones_label.text() == console.tr("Phones: the web server is starting …")
        with qtbot.waitSignal(server.joined, timeout=20_000) as joined:
            pass
        assert joined.args == [f"http://127.0.0.1:{port}/", join_code(event_secret(event.store))]
        assert f"127.0.0.1:{port}" in console.phones_label.text()
    finally:
        server.stop()
        event.close()
    assert not server.running
