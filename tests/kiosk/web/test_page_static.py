"""The phones' page as files: nothing in it points outside the server (no CDN, no web font, no third-party
request of any kind), it keeps to the server's content security policy, never turns data into markup, runs on
phones a few years old, and speaks German and English alike."""

import re
from html.parser import HTMLParser
from pathlib import Path

import pytest

STATIC = Path(__file__).resolve().parents[3] / "kiosk" / "web" / "static"
TEXT_SUFFIXES = {".html", ".css", ".js", ".svg", ".json", ".txt", ".webmanifest"}

# An XML namespace names a vocabulary; nothing is ever fetched from it.
_NAMESPACE = re.compile(r'xmlns(:\w+)?\s*=\s*"http://www\.w3\.org/[^"]*"')
_OUTSIDE = [
    re.compile(r"\b[a-z][a-z0-9+.-]*://", re.IGNORECASE),  # http://, https://, ws://, ftp:// …
    re.compile(r"""(?:["'(=\s]|^)//[a-z0-9-]+(?:\.[a-z0-9-]+)+""", re.IGNORECASE | re.MULTILINE),  # //host/…
    re.compile(r"@import", re.IGNORECASE),  # style sheets come from <link> in index.html only
    re.compile(r"""url\(\s*["']?(?!data:)(?:[a-z][a-z0-9+.-]*:|//)""", re.IGNORECASE),
    re.compile(r"""\b(?:src|href|action|srcset|poster)\s*=\s*["']?\s*(?:[a-z][a-z0-9+.-]*:|//)(?!void)""",
               re.IGNORECASE),
]
_ES_NEWER_THAN_2017 = {  # what older Safari and Chrome fail to parse
    "optional chaining": re.compile(r"\?\.(?!\d)"),
    "nullish coalescing": re.compile(r"\?\?"),
    "class fields": re.compile(r"^\s+#\w+\s*[=;]", re.MULTILINE),
    "numeric separators": re.compile(r"\d_\d"),
    "logical assignment": re.compile(r"(\|\||&&|\?\?)="),
}
_MARKUP_FROM_DATA = re.compile(r"\.(innerHTML|outerHTML|insertAdjacentHTML)\b|document\.write|\beval\(|new Function")


def outside_references(text: str) -> list[str]:
    """Every place in a file's text that would make a browser ask another host."""
    text = _NAMESPACE.sub("", text)
    return [match.group(0).strip() for pattern in _OUTSIDE for match in pattern.finditer(text)]


def static_files() -> list[Path]:
    return sorted(path for path in STATIC.rglob("*") if path.is_file())


def test_the_page_has_its_files() -> None:
    names = {path.name for path in static_files()}
    assert {"index.html", "app.js", "style.css", "icon.svg"} <= names


@pytest.mark.parametrize("path", static_files(), ids=lambda p: p.name)
def test_no_file_points_outside_the_server(path: Path) -> None:
    assert path.suffix in TEXT_SUFFIXES, f"{path.name}: an unexpected kind of file; scan it too"
    assert outside_references(path.read_text(encoding="utf-8")) == []


@pytest.mark.parametrize("sample", [
    '<script src="https://cdn.example.com/vue.js"></script>',
    '<link rel="stylesheet" href="//fonts.example.com/css">',
    "@import url('fonts.css');",
    "src: url(https://fonts.example.net/font.woff2);",
    "background: url(//tracker.example.org/pixel.gif);",
    'fetch("http://192.168.1.20:8080/api/polls")',
    '<img src=//cdn.example.com/logo.png>',
    "var socket = new WebSocket('wss://push.example.com');",
])
def test_the_scan_finds_outside_references(sample: str) -> None:
    assert outside_references(sample), sample


def test_the_scan_leaves_local_references_alone() -> None:
    local = ('<svg xmlns="http://www.w3.org/2000/svg"></svg> <link href="static/style.css"> '
             'fetch("api/polls"); background: url(data:image/png;base64,AAAA); // a comment')
    assert outside_references(local) == []


class _Page(HTMLParser):
    """What index.html loads, and whether it has inline scripts, inline styles or event-handler attributes."""

    def __init__(self) -> None:
        super().__init__()
        self.loads: list[str] = []
        self.inline: list[str] = []
        self.html_lang = ""
        self.viewport = ""
        self._in_script = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        found = dict(attrs)
        if tag == "html":
            self.html_lang = found.get("lang") or ""
        if tag == "meta" and found.get("name") == "viewport":
            self.viewport = found.get("content") or ""
        for name in ("src", "href"):
            value = found.get(name)
            if value and not value.startswith("#"):
                self.loads.append(value)
        if tag == "style" or "style" in found:
            self.inline.append(f"<{tag}> style")
        self.inline += [f"<{tag} {name}>" for name in found if name.startswith("on")]
        self._in_script = tag == "script"
        if tag == "script" and "src" not in found:
            self.inline.append("<script> without src")

    def handle_endtag(self, tag: str) -> None:
        self._in_script = False


def test_the_page_loads_only_its_own_files_and_keeps_to_the_security_policy() -> None:
    page = _Page()
    page.feed((STATIC / "index.html").read_text(encoding="utf-8"))
    assert page.inline == []  # the server's policy refuses inline script and style
    assert page.loads, "index.html loads its style sheet and script"
    for reference in page.loads:
        assert reference.startswith("static/"), reference  # relative: works behind a public_url with a path too
        assert (STATIC / reference.removeprefix("static/")).is_file(), reference
    assert page.html_lang == "de"
    assert "width=device-width" in page.viewport and "user-scalable=no" not in page.viewport  # zoom stays allowed


def test_the_script_never_makes_markup_from_data_and_parses_on_older_phones() -> None:
    script = (STATIC / "app.js").read_text(encoding="utf-8")
    assert _MARKUP_FROM_DATA.findall(script) == []
    newer = [name for name, pattern in _ES_NEWER_THAN_2017.items() if pattern.search(script)]
    assert newer == []
    assert '"use strict"' in script


def _texts(script: str, language: str) -> dict[str, str]:
    block = re.search(rf"^    {language}: \{{\n(.*?)^    \}}", script, re.MULTILINE | re.DOTALL)
    assert block is not None, language
    return dict(re.findall(r'(\w+): "((?:[^"\\]|\\.)*)"', block.group(1)))


def test_german_and_english_say_the_same_things() -> None:
    script = (STATIC / "app.js").read_text(encoding="utf-8")
    german, english = _texts(script, "de"), _texts(script, "en")
    assert len(german) > 40 and german.keys() == english.keys()
    placeholders = re.compile(r"\{\w+\}")
    assert {k: sorted(placeholders.findall(v)) for k, v in german.items()} == \
           {k: sorted(placeholders.findall(v)) for k, v in english.items()}
    used = set(re.findall(r"""\bt\(\s*["'](\w+)["']""", script))
    used |= set(re.findall(r'data-text="(\w+)"', (STATIC / "index.html").read_text(encoding="utf-8")))
    assert used - german.keys() == set()
