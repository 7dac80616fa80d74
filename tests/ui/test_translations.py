"""Every user-visible string has a finished German translation (also the strings nobody extracted yet), the
translations keep their placeholders, and the compiled files are current."""

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from kiosk.common.paths import resource

ROOT = Path(__file__).resolve().parents[2]
PLACEHOLDER = re.compile(r"\{\w*\}|%n")


def messages(path: Path) -> list[tuple[str, ET.Element]]:
    """(context, message) of every entry of a .ts file."""
    tree = ET.parse(path)
    return [(context.findtext("name") or "", message) for context in tree.iter("context")
            for message in context.iter("message")]


def translations(message: ET.Element) -> list[str]:
    """The translated text, or each plural form."""
    node = message.find("translation")
    assert node is not None
    forms = [form.text or "" for form in node.iter("numerusform")]
    return forms if message.get("numerus") == "yes" else [node.text or ""]


def untranslated(path: Path) -> list[str]:
    """Entries that are unfinished, obsolete or empty."""
    return [f"{context}: {message.findtext('source')}" for context, message in messages(path)
            if message.find("translation").get("type") in ("unfinished", "vanished", "obsolete")
            or not all(text.strip() for text in translations(message))]


def test_german_translation_is_complete() -> None:
    german = resource("translations", "event_kiosk_de.ts")
    assert len(messages(german)) > 50
    assert untranslated(german) == []


def test_every_string_in_the_code_is_in_the_german_file(tmp_path: Path) -> None:
    """A new self.tr(...) that nobody extracted yet counts as untranslated too: extract into a copy and look."""
    copy = tmp_path / "event_kiosk_de.ts"
    shutil.copy(resource("translations", "event_kiosk_de.ts"), copy)
    sources = sorted(str(p.relative_to(ROOT)) for p in (ROOT / "ui").rglob("*.py"))
    lupdate = Path(sys.executable).parent / "pyside6-lupdate"
    subprocess.run([lupdate, "-no-obsolete", *sources, "-ts", str(copy)], cwd=ROOT, check=True, capture_output=True)
    assert untranslated(copy) == [], "run tools/translations.py and translate the new entries"


def test_the_check_finds_an_untranslated_entry(tmp_path: Path) -> None:
    german = resource("translations", "event_kiosk_de.ts")
    broken = tmp_path / "broken.ts"
    broken.write_text(german.read_text(encoding="utf-8").replace(
        "<translation>Willkommen!</translation>", '<translation type="unfinished"></translation>', 1),
        encoding="utf-8")
    assert [entry for entry in untranslated(broken) if entry not in untranslated(german)] == [
        "WelcomeScreen: Welcome!"]


def test_translations_keep_their_placeholders() -> None:
    for language in ("de", "en"):
        for context, message in messages(resource("translations", f"event_kiosk_{language}.ts")):
            source = message.findtext("source") or ""
            wanted = sorted(set(PLACEHOLDER.findall(source)) - {"%n"})
            for text in translations(message):
                assert sorted(set(PLACEHOLDER.findall(text)) - {"%n"}) == wanted, (language, context, source, text)


def test_english_plurals_have_both_forms() -> None:
    for context, message in messages(resource("translations", "event_kiosk_en.ts")):
        if message.get("numerus") == "yes":
            assert len(translations(message)) == 2 and all(translations(message)), (context, message.findtext("source"))


def test_compiled_files_are_newer_than_their_sources() -> None:
    for language in ("de", "en"):
        source, compiled = (
            resource("translations", f"event_kiosk_{language}.ts"),
            resource("translations", f"event_kiosk_{language}.qm"),
        )
        assert compiled.stat().st_size > 1000
        assert compiled.read_bytes()[:16] == bytes.fromhex("3cb86418caef9c95cd211cbf60a1bddd")
        assert source.exists()
