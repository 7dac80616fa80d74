"""The tour of every screen that tools/screenshots.py and the layout test walk: each scene in the chosen language,
and a second window that answers its own scans instead of showing a stale screen."""

import subprocess
import sys
from pathlib import Path

from PySide6.QtGui import QImage
from PySide6.QtWidgets import QAbstractButton, QLabel

from kiosk.common.paths import resource
from tests.ui.test_translations import messages, translations
from ui.screen_tour import demo_window, scenes, show_scene

ROOT = Path(__file__).resolve().parents[2]
# Scenes that still show German on an English screen (a text set once, not again when the language changes).
KNOWN_GERMAN_LEFT: set[str] = set()


def headline_after(window, name: str, language: str) -> str:
    for scene in scenes(window):
        show_scene(window, scene, language)
        if scene.name == name:
            return window.kiosk.outcome.headline.text()
    raise LookupError(name)


def test_every_scene_stays_in_the_chosen_language(qapp, tmp_path: Path) -> None:
    with demo_window(tmp_path / "demo", "en", (1280, 800)) as window:
        texts = {}
        for scene in scenes(window):
            show_scene(window, scene, "en")  # the kiosk returns to German on every reset; the tour does not
            texts[scene.name] = (window.kiosk.welcome.title.text(), window.kiosk.outcome.headline.text())
    assert texts["01-welcome"][0] == "Welcome!"
    assert texts["04-welcome-outcome"][1].startswith("Welcome, ")
    assert texts["06-cancelled"][1] == "This ticket has been cancelled"


def german_only_texts() -> set[str]:
    """Every German translation that differs from its English source (placeholders left out)."""
    return {text for _, message in messages(resource("translations", "event_kiosk_de.ts"))
            for text in translations(message)
            if text != message.findtext("source") and "{" not in text and "%" not in text}


def test_no_german_is_left_on_an_english_screen(qapp, tmp_path: Path) -> None:
    german = german_only_texts() - {"Deutsch"}  # the language button names the other language in its own
    left: dict[str, list[str]] = {}
    with demo_window(tmp_path / "demo", "en", (1280, 800)) as window:
        config = window.kiosk_event.config
        german -= {text for c in config.categories for text in (c.name, c.role_label)}  # the event's own words
        german -= {topic.name for topic in config.topics}
        for scene in scenes(window):
            show_scene(window, scene, "en")
            shown = [w.text().replace("&&", "&") for kind in (QLabel, QAbstractButton)
                     for w in window.findChildren(kind) if w.isVisible()]
            left[scene.name] = [text for text in shown if text in german]
    assert {name: texts for name, texts in left.items() if texts and name not in KNOWN_GERMAN_LEFT} == {}
    assert [name for name in KNOWN_GERMAN_LEFT if not left.get(name)] == [], "fixed: remove from KNOWN_GERMAN_LEFT"


def test_each_size_gets_a_window_of_its_own_that_answers_its_scans(qapp, tmp_path: Path) -> None:
    answers = []
    for index, size in enumerate(((1280, 800), (800, 1280))):
        with demo_window(tmp_path / f"demo-{index}", "de", size) as window:
            answers.append(headline_after(window, "04-welcome-outcome", "de"))
            assert window.size().toTuple() == size
    assert answers[0] == answers[1] and answers[0].startswith("Willkommen, ")


def test_the_screenshot_tool_names_english_files_and_shows_english_screens(tmp_path: Path) -> None:
    subprocess.run([sys.executable, str(ROOT / "tools" / "screenshots.py"), str(tmp_path), "--sizes", "1280x800",
                    "--language", "en", "--only", "01-welcome"], check=True, capture_output=True, cwd=ROOT,
                   timeout=120)
    assert [p.name for p in tmp_path.iterdir()] == ["01-welcome-1280x800-en.png"]
    image = QImage(str(tmp_path / "01-welcome-1280x800-en.png"))
    assert (image.width(), image.height()) == (1280, 800)
