"""How guests reach the server and how it knows them: `[phones]` in event.toml, the join address and code,
the command the moderator console starts, the phone's language, signed device cookies, and TLS."""

import shutil
import ssl
import sys
from pathlib import Path

import httpx
import pytest

from kiosk.event.config import ConfigError, PhonesSettings, parse_config
from kiosk.event.folder import open_event
from kiosk.web.device import DeviceCookies
from kiosk.web.join import CODE_ALPHABET, CODE_LENGTH, join_info, server_url, venue_address
from kiosk.web.language import phone_language
from kiosk.web.process import serve_command
from tests.kiosk.web.support import demo_with_open_polls, start_server

CERTIFICATE = Path(__file__).resolve().parents[2] / "data" / "phones"
EVENT = {"event": {"name": "Smart Region Summit", "start": "2026-11-24"}}


def test_phones_settings_are_read_and_checked_whole() -> None:
    assert parse_config(EVENT).phones == PhonesSettings()
    config = parse_config({**EVENT, "phones": {"enabled": True, "port": 8443, "host": "192.168.1.20",
                                               "public_url": "https://abstimmen.example.org",
                                               "tls_cert": "cert.pem", "tls_key": "key.pem"}})
    assert config.phones.enabled and config.phones.port == 8443 and config.phones.tls_key == "key.pem"
    with pytest.raises(ConfigError) as refused:
        parse_config({**EVENT, "phones": {"enabled": "yes", "port": 0, "host": "every network",
                                          "public_url": "abstimmen.example.org", "tls_cert": "cert.pem"}})
    problems = refused.value.problems
    assert any(p.startswith('phones.enabled: "yes" is not true or false') for p in problems)
    assert any(p.startswith("phones.port: 0 is out of range (expected 1–65535)") for p in problems)
    assert any(p.startswith('phones.host: "every network" is not a network address') for p in problems)
    assert any(p.startswith('phones.public_url: "abstimmen.example.org" is not a web address') for p in problems)
    assert any(p.startswith("phones.tls_key: is missing (expected it beside phones.tls_cert") for p in problems)


def test_the_join_address_follows_the_settings() -> None:
    assert server_url(PhonesSettings(public_url="https://abstimmen.example.org")) == "https://abstimmen.example.org/"
    assert server_url(PhonesSettings(host="192.168.1.20", port=8080)) == "http://192.168.1.20:8080/"
    assert server_url(PhonesSettings(host="10.0.0.5", port=443, tls_cert="c.pem", tls_key="k.pem")) == \
        "https://10.0.0.5/"
    assert server_url(PhonesSettings(), port=9000) == f"http://{venue_address()}:9000/"


def test_the_join_code_is_short_stable_and_the_events_own(tmp_path: Path) -> None:
    first = demo_with_open_polls(tmp_path / "one")
    event = open_event(first)
    try:
        info = join_info(event)
        assert join_info(event) == info
        assert len(info.code) == CODE_LENGTH and set(info.code) <= set(CODE_ALPHABET)
        logged = event.store.conn.execute("SELECT payload FROM events WHERE kind = 'secret_created'").fetchall()
        assert logged == [('{"name": "phones.cookie_key"}',)]  # logged once, without the key
    finally:
        event.close()
    other = open_event(demo_with_open_polls(tmp_path / "two"))
    try:
        assert join_info(other).code != info.code
    finally:
        other.close()


def test_the_console_starts_the_server_without_qt(tmp_path: Path) -> None:
    command = serve_command(tmp_path, port=8081)
    assert command == [sys.executable, "-m", "kiosk", "serve", "--event", str(tmp_path), "--port", "8081"]


def test_the_console_stops_the_server_by_closing_its_input(tmp_path: Path) -> None:
    server = start_server(demo_with_open_polls(tmp_path / "event"))
    assert server.process.stdin is not None
    server.process.stdin.close()
    assert server.process.wait(timeout=15) == 0


@pytest.mark.parametrize(("header", "language"), [
    ("", "de"), ("en-US,en;q=0.9", "en"), ("de-DE,de;q=0.9,en;q=0.8", "de"), ("fr-FR,fr;q=0.9,en;q=0.5", "en"),
    ("fr-FR", "de"), ("en;q=0.2,de;q=0.8", "de"), ("en;q=0", "de"), ("EN-gb", "en"), ("de;q=x,en", "en"),
])
def test_the_phones_language(header: str, language: str) -> None:
    assert phone_language(header) == language


def test_device_cookies_are_signed_and_checked() -> None:
    cookies = DeviceCookies(b"k" * 32)
    device, value = cookies.new()
    assert cookies.device(value) == device and len(device) == 20
    for position in (0, len(device) + 5):  # a character of the device id, of the signature
        changed = "A" if value[position] != "A" else "B"
        assert cookies.device(value[:position] + changed + value[position + 1:]) is None
    assert cookies.device(DeviceCookies(b"x" * 32).new()[1]) is None
    assert cookies.device(None) is None and cookies.device("") is None and cookies.device("a" * 500) is None
    assert DeviceCookies(b"k" * 32).new()[0] != device


def test_tls_with_the_organisers_certificate(tmp_path: Path) -> None:
    folder = demo_with_open_polls(tmp_path / "event")
    for name in ("test-cert.pem", "test-key.pem"):
        shutil.copy(CERTIFICATE / name, folder / name)
    config = (folder / "event.toml").read_text(encoding="utf-8")
    (folder / "event.toml").write_text(config + '\n[phones]\ntls_cert = "test-cert.pem"\ntls_key = "test-key.pem"\n',
                                       encoding="utf-8")
    server = start_server(folder)
    try:
        assert server.first_line.startswith("Phones: https://127.0.0.1:")
        trusted = ssl.create_default_context(cafile=CERTIFICATE / "test-cert.pem")
        with httpx.Client(base_url=server.url.replace("http:", "https:"), verify=trusted, timeout=10) as client:
            response = client.get("/api/polls")
        assert response.status_code == 200 and "; Secure" in response.headers["set-cookie"]
    finally:
        assert server.stop() == 0
