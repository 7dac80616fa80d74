"""Every user-visible string has a finished German translation, and the compiled files are current."""

import xml.etree.ElementTree as ET

from kiosk.common.paths import resource


def test_german_translation_is_complete() -> None:
    tree = ET.parse(resource("translations", "event_kiosk_de.ts"))
    messages = list(tree.iter("message"))
    assert len(messages) > 50
    unfinished = [
        m.findtext("source")
        for m in messages
        if m.find("translation").get("type") in ("unfinished", "vanished", "obsolete")
    ]
    assert unfinished == []


def test_compiled_files_are_newer_than_their_sources() -> None:
    for language in ("de", "en"):
        source, compiled = (
            resource("translations", f"event_kiosk_{language}.ts"),
            resource("translations", f"event_kiosk_{language}.qm"),
        )
        assert compiled.stat().st_size > 1000
        assert compiled.read_bytes()[:16] == bytes.fromhex("3cb86418caef9c95cd211cbf60a1bddd")
        assert source.exists()
