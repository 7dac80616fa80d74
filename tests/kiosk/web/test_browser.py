"""The phones' page in a real browser (Debian's Chromium driven by Playwright) against a real `kiosk serve`:
a guest votes, sees the thank-you, sees the results once the moderator reveals them (through kiosk's own poll
commands) and switches to the programme; markup in answers stays text; refusals are shown; ranking works by
buttons and keyboard; questions are asked and supported; the page keeps working where server-sent events are
blocked. At 390×844 and 360×640 in German and English: no sideways scrolling, touch targets of 48 px, text at
4.5:1 contrast, and no request to anywhere but the server. Screenshots go to the test's temporary folder.

Chromium is installed by `.ci/run` (apt-get); without it these tests fail rather than skip."""

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser, BrowserContext, Locator, Page, Route, expect, sync_playwright

from kiosk.cli.main import main
from kiosk.event.demo import prepare_demo
from tests.kiosk.web.support import RunningServer, start_server

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                 "--disable-sync", "--no-first-run"]
PHONE, SMALL_PHONE = (390, 844), (360, 640)
WAIT_MS = 15_000  # SSE, or the page's own polling every 5 s where SSE is blocked
MIN_TOUCH_PX = 48
MIN_CONTRAST = 4.5
MARKUP = "<script>alert('x')</script>"
QUESTION_MARKUP = "Kommt das <b>WLAN</b> &amp; wann?"

POLLS_TOML = f'''
[[polls]]
id = "heimweg"
kind = "single"
question = "Wie kommen Sie <b>heute</b> nach Hause?"
options = ["Bahn", "Rad", "{MARKUP}", "Auto"]

[[polls]]
id = "einmal"
kind = "single"
question = "Kaffee oder Tee?"
options = ["Kaffee", "Tee"]

[[polls]]
id = "wechsel"
kind = "multiple"
question = "Welche Themen interessieren Sie?"
options = ["KI", "Open Data", "Mobilität", "Klimaanpassung mit einem sehr langen Namen, der umbricht"]
max_choices = 2
allow_change = true

[[polls]]
id = "reihe"
kind = "ranking"
question = "Was soll Ihre Kommune zuerst angehen?"
options = ["Glasfaser", "E-Akte", "Bürgerportal"]

[[polls]]
id = "note"
kind = "scale"
question = "Wie hilfreich war der Vormittag?"
scale = [1, 5]
labels = ["gar nicht", "sehr"]

[[polls]]
id = "podium"
kind = "qa"
question = "Ihre Fragen an das Podium"

[[polls]]
id = "moderiert"
kind = "qa"
question = "Fragen an die Moderation"
moderated = true

[[polls]]
id = "spaet"
kind = "wordcloud"
question = "Ein Wort zum Schluss"
'''
expect.set_options(timeout=WAIT_MS)  # the machine is shared: a page may take seconds to answer under load

OPEN_AT_START = ("heimweg", "einmal", "wechsel", "reihe", "note", "podium", "moderiert")


def kiosk(folder: Path, *arguments: str) -> None:
    """A kiosk command, as the moderator (or a script) runs it."""
    assert main(["--event", str(folder), *arguments]) == 0, arguments


def results(folder: Path, poll: str, capsys: pytest.CaptureFixture[str]) -> dict:
    capsys.readouterr()
    kiosk(folder, "poll", "results", poll, "--json")
    return json.loads(capsys.readouterr().out)


@pytest.fixture(scope="module")
def served(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Path, RunningServer]]:
    """The demo event (today's programme) with the test's polls imported and opened by kiosk's commands."""
    folder = prepare_demo(tmp_path_factory.mktemp("browser") / "event")
    polls = folder.parent / "polls.toml"
    polls.write_text(POLLS_TOML, encoding="utf-8")
    kiosk(folder, "polls", "import", str(polls))
    for poll in OPEN_AT_START:
        kiosk(folder, "poll", "open", poll)
    server = start_server(folder)
    yield folder, server
    assert server.stop() == 0


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    assert CHROMIUM.is_file(), "Debian's chromium is missing: `apt-get install chromium` (.ci/run does)"
    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield launched
        launched.close()


@pytest.fixture
def folder(served: tuple[Path, RunningServer]) -> Path:
    return served[0]


@pytest.fixture
def url(served: tuple[Path, RunningServer]) -> str:
    return served[1].url + "/"


class Phone:
    """One phone: a browser context of its own (its own device cookie), and every request it made."""

    def __init__(self, browser: Browser, size: tuple[int, int], locale: str = "de-DE") -> None:
        self.context: BrowserContext = browser.new_context(viewport={"width": size[0], "height": size[1]},
                                                           locale=locale, device_scale_factor=1)
        self.page: Page = self.context.new_page()
        self.requests: list[str] = []
        self.errors: list[str] = []
        self.page.on("request", lambda request: self.requests.append(request.url))
        self.page.on("pageerror", lambda error: self.errors.append(str(error)))

    def open(self, url: str) -> Page:
        self.page.goto(url)
        expect(self.page.locator(".poll").first).to_be_visible(timeout=WAIT_MS)
        return self.page

    def card(self, poll: str) -> Locator:
        return self.page.locator(f'[data-poll="{poll}"]')

    def close(self) -> None:
        self.context.close()


@pytest.fixture
def phone(browser: Browser) -> Iterator[Phone]:
    made = Phone(browser, PHONE)
    yield made
    assert made.errors == []
    made.close()


def test_a_guest_votes_sees_thanks_then_the_revealed_results_and_the_programme(
        phone: Phone, url: str, folder: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    page = phone.open(url)
    card = phone.card("heimweg")
    expect(card.locator("legend")).to_have_text("Wie kommen Sie <b>heute</b> nach Hause?")
    expect(card.get_by_text(MARKUP, exact=True)).to_be_visible()  # markup shown literally, not run
    assert card.locator("b, script").count() == 0
    page.screenshot(path=tmp_path / "01-polls-390x844-de.png")
    card.get_by_label("Rad").check()
    card.get_by_role("button", name="Abstimmen").click()
    thanks = card.locator("[aria-live] .thanks")
    expect(thanks).to_contain_text("Danke!")
    expect(thanks).to_contain_text("Die Ergebnisse erscheinen hier")
    page.screenshot(path=tmp_path / "02-thanks-390x844-de.png")
    counted = results(folder, "heimweg", capsys)
    assert counted["ballots"] == 1 and [o["count"] for o in counted["options"]] == [0, 1, 0, 0]

    kiosk(folder, "poll", "reveal", "heimweg")  # the moderator shows the results: the page gets them by itself
    bars = card.locator(".results .bars li")
    expect(bars).to_have_count(4, timeout=WAIT_MS)
    expect(bars.nth(1)).to_contain_text("1 · 100 %")
    expect(bars.nth(2)).to_contain_text(MARKUP)
    expect(card.locator(".thanks")).not_to_contain_text("Die Ergebnisse erscheinen hier")
    card.scroll_into_view_if_needed()
    page.screenshot(path=tmp_path / "03-results-390x844-de.png")
    kiosk(folder, "poll", "hide", "heimweg")  # hidden again: gone from the phone too
    expect(card.locator(".results")).to_be_hidden(timeout=WAIT_MS)
    kiosk(folder, "poll", "close", "heimweg")
    expect(card.locator(".closed")).to_have_text("Die Abstimmung ist beendet.", timeout=WAIT_MS)
    kiosk(folder, "poll", "reveal", "heimweg")  # a closed poll this phone voted in keeps its place for the results
    expect(card.locator(".results .bars li")).to_have_count(4, timeout=WAIT_MS)
    latecomer = phone.context.browser.new_context(viewport={"width": PHONE[0], "height": PHONE[1]}, locale="de-DE")
    late = latecomer.new_page()  # a phone that comes later sees the revealed results of the closed poll too
    late.goto(url)
    expect(late.locator('[data-poll="heimweg"] .results .bars li').nth(1)).to_contain_text("1 · 100 %")
    expect(late.locator('[data-poll="heimweg"] .closed')).to_be_visible()
    latecomer.close()

    page.get_by_role("tab", name="Abstimmung").focus()
    page.keyboard.press("ArrowRight")  # tabs as the ARIA pattern has them: arrows move between them
    expect(page.get_by_role("tab", name="Programm")).to_be_focused()
    expect(page.locator("#programme")).to_be_visible()
    expect(page.locator("#polls")).to_be_hidden()
    expect(page.locator("#day > li").first).to_contain_text(":")  # today's sessions with their times
    expect(page.locator("#now-next > li").first).to_be_visible()
    page.screenshot(path=tmp_path / "04-programme-390x844-de.png", full_page=True)
    page.get_by_role("button", name="English").click()
    expect(page.get_by_role("tab", name="Programme")).to_have_attribute("aria-selected", "true")
    expect(page.locator("#programme h2").first).to_have_text("Now and next")
    page.get_by_role("tab", name="Polls").click()
    expect(card.locator(".results h3")).to_have_text("Results")
    assert_only_the_server_was_asked(phone, url)


def test_a_refusal_says_why(browser: Browser, url: str, folder: Path, capsys: pytest.CaptureFixture[str]) -> None:
    phone = Phone(browser, PHONE)
    first, second = phone.open(url), phone.context.new_page()  # two tabs of one phone: one device
    second.goto(url)
    expect(second.locator('[data-poll="einmal"] form')).to_be_visible(timeout=WAIT_MS)
    phone.card("einmal").get_by_label("Kaffee").check()
    phone.card("einmal").get_by_role("button", name="Abstimmen").click()
    expect(phone.card("einmal").locator(".thanks")).to_contain_text("Danke!")
    other = second.locator('[data-poll="einmal"]')
    other.get_by_label("Tee").check()
    other.get_by_role("button", name="Abstimmen").click()
    expect(other.get_by_role("alert")).to_have_text("Ihre Stimme wurde nicht gezählt: Sie haben hier schon "
                                                    "abgestimmt.")
    other.get_by_role("alert").scroll_into_view_if_needed()
    first.bring_to_front()
    assert results(folder, "einmal", capsys)["ballots"] == 1
    phone.close()


def test_a_vote_can_be_changed_where_the_poll_allows_it(phone: Phone, url: str, folder: Path,
                                                         capsys: pytest.CaptureFixture[str]) -> None:
    phone.open(url)
    card = phone.card("wechsel")
    card.get_by_role("button", name="Abstimmen").click()
    expect(card.get_by_role("alert")).to_have_text("Bitte wählen Sie eine Antwort.")  # nothing chosen yet
    card.get_by_label("KI").check()
    card.get_by_label("Mobilität").check()
    card.get_by_label("Open Data").click()  # a third is one too many: refused, and said so
    expect(card.get_by_label("Open Data")).not_to_be_checked()
    expect(card.locator(".live")).to_contain_text("Höchstens 2 Antworten")
    card.get_by_role("button", name="Abstimmen").click()
    card.get_by_role("button", name="Antwort ändern").click()
    expect(card.get_by_label("KI")).to_be_checked()  # the phone remembers what it chose
    card.get_by_label("KI").uncheck()
    card.get_by_label("Open Data").check()
    card.get_by_role("button", name="Abstimmen").click()
    expect(card.locator(".thanks")).to_contain_text("Ihre frühere Stimme wurde ersetzt.")
    counted = results(folder, "wechsel", capsys)
    assert counted["ballots"] == 1 and [o["count"] for o in counted["options"]] == [0, 1, 1, 0]
    phone.page.reload()  # the server knows this phone voted
    expect(card.locator(".thanks")).to_contain_text("Danke!")


def test_ranking_by_buttons_and_keyboard_and_a_scale(phone: Phone, url: str, folder: Path,
                                                      capsys: pytest.CaptureFixture[str]) -> None:
    page = phone.open(url)
    card = phone.card("reihe")
    card.get_by_role("button", name="„Bürgerportal“ nach oben").click()
    expect(card.locator(".live")).to_have_text("„Bürgerportal“ steht jetzt auf Platz 2.")
    page.keyboard.press("Enter")  # the focus stayed on the option's "up" button
    expect(card.locator(".ranking li").first).to_contain_text("Bürgerportal")
    expect(card.get_by_role("button", name="„E-Akte“ nach unten")).to_be_disabled()  # last already
    card.get_by_role("button", name="„Glasfaser“ nach unten").focus()
    page.keyboard.press("Space")
    expect(card.locator(".ranking .label")).to_have_text(["Bürgerportal", "E-Akte", "Glasfaser"])
    card.get_by_role("button", name="Abstimmen").click()
    expect(card.locator(".thanks")).to_contain_text("Danke!")
    points = {o["label"]: o["points"] for o in results(folder, "reihe", capsys)["options"]}
    assert points == {"Bürgerportal": 2, "E-Akte": 1, "Glasfaser": 0}
    scale = phone.card("note")
    scale.locator("label.choice").filter(has_text="4").click()  # the point's button, where a finger taps
    scale.get_by_role("button", name="Abstimmen").click()
    expect(scale.locator(".thanks")).to_contain_text("Danke!")
    assert results(folder, "note", capsys)["mean"] == 4.0


def test_questions_are_asked_literally_and_supported(phone: Phone, url: str, folder: Path,
                                                     capsys: pytest.CaptureFixture[str]) -> None:
    phone.open(url)
    card = phone.card("podium")
    card.get_by_label("Ihre Frage").fill(QUESTION_MARKUP)
    card.get_by_role("button", name="Frage stellen").click()
    expect(card.locator(".thanks")).to_contain_text("Ihre Frage ist angekommen")
    expect(card.get_by_label("Ihre Frage")).to_have_value("")  # ready for another
    entry = card.locator(".questions li").filter(has_text=QUESTION_MARKUP)
    expect(entry).to_have_count(1, timeout=WAIT_MS)
    assert card.locator(".questions b").count() == 0
    entry.get_by_role("button").click()
    expect(entry.get_by_role("button")).to_have_attribute("aria-pressed", "true", timeout=WAIT_MS)
    expect(entry.get_by_role("button")).to_contain_text("1")
    votes = results(folder, "podium", capsys)["entries"]
    assert [(e["text"], e["votes"]) for e in votes] == [(QUESTION_MARKUP, 1)]
    moderated = phone.card("moderiert")  # a moderated Q&A: the asker sees their question waiting
    moderated.get_by_label("Ihre Frage").fill("Wer moderiert?")
    moderated.get_by_role("button", name="Frage stellen").click()
    expect(moderated.locator(".thanks")).to_contain_text("erscheint, sobald die Moderation sie freigibt")
    waiting = moderated.locator(".questions li").filter(has_text="Wer moderiert?")
    expect(waiting).to_contain_text("Ihre Frage – sie erscheint, sobald die Moderation sie freigibt")
    assert waiting.get_by_role("button").count() == 0  # nothing to support before it is shown


def test_an_answer_being_typed_survives_the_header_arriving_late(browser: Browser, url: str) -> None:
    phone = Phone(browser, PHONE)
    held: list[Route] = []
    phone.page.route("**/api/info", lambda route: held.append(route))  # the name and code come after typing began
    page = phone.open(url)
    field = phone.card("podium").get_by_label("Ihre Frage")
    field.fill("Wann gibt es Kaffee?")
    expect(page.locator("#heading")).to_have_text("Live-Abstimmung")
    held[0].continue_()
    expect(page.locator("#join-code")).to_be_visible()
    expect(field).to_have_value("Wann gibt es Kaffee?")
    expect(field).to_be_focused()
    phone.close()


def test_the_page_keeps_up_where_server_sent_events_are_blocked(browser: Browser, url: str, folder: Path) -> None:
    phone = Phone(browser, PHONE, locale="en-US")
    phone.page.route("**/api/events", lambda route: route.abort())
    page = phone.open(url)
    expect(page.get_by_role("tab", name="Polls")).to_be_visible()  # an English phone gets English
    kiosk(folder, "poll", "open", "spaet")
    card = phone.card("spaet")
    expect(card.get_by_label("Your word")).to_be_visible(timeout=WAIT_MS)  # found by asking every few seconds
    kiosk(folder, "poll", "close", "spaet")
    expect(card).to_be_hidden(timeout=WAIT_MS)
    phone.close()


# Every size and language: fits, large targets, readable ---------------------------------------------------------

_MEASURE = """() => {
  const visible = (e) => { const r = e.getBoundingClientRect(); const s = getComputedStyle(e);
    return r.width > 0 && r.height > 0 && s.visibility !== 'hidden' && s.display !== 'none'; };
  const rgb = (text) => (text.match(/[\\d.]+/g) || []).map(Number);
  const luminance = ([r, g, b]) => { const c = [r, g, b].map((v) => { v /= 255;
    return v <= 0.04045 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); });
    return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2]; };
  const background = (e) => { for (let n = e; n; n = n.parentElement) {
    const c = rgb(getComputedStyle(n).backgroundColor);
    if (c.length === 3 || c[3] > 0) return c.slice(0, 3); } return [255, 255, 255]; };
  const problems = [];
  if (document.documentElement.scrollWidth > window.innerWidth) problems.push('scrolls sideways: ' +
    document.documentElement.scrollWidth + ' > ' + window.innerWidth);
  for (const e of document.querySelectorAll('button, input, textarea, select, a[href], label.choice')) {
    if (!visible(e) || e.classList.contains('skip') || (e.tagName === 'INPUT' && e.closest('label.choice'))) continue;
    const r = e.getBoundingClientRect();
    if (Math.min(r.width, r.height) < MIN) problems.push('small target: ' + (e.textContent || e.outerHTML).trim()
      .slice(0, 40) + ' ' + Math.round(r.width) + 'x' + Math.round(r.height));
  }
  for (const e of document.querySelectorAll('body *')) {
    const own = Array.from(e.childNodes).some((n) => n.nodeType === 3 && n.textContent.trim());
    if (!own || !visible(e) || e.closest('[aria-hidden=true]') || e.tagName === 'OPTION' || e.disabled) continue;
    const a = luminance(rgb(getComputedStyle(e).color)), b = luminance(background(e));
    const ratio = (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
    if (ratio < CONTRAST) problems.push('contrast ' + ratio.toFixed(2) + ': ' + e.textContent.trim().slice(0, 40));
  }
  return problems;
}""".replace("MIN", str(MIN_TOUCH_PX)).replace("CONTRAST", str(MIN_CONTRAST))


@pytest.mark.parametrize("locale", ["de-DE", "en-GB"])
@pytest.mark.parametrize("size", [PHONE, SMALL_PHONE], ids=lambda s: f"{s[0]}x{s[1]}")
def test_every_view_fits_a_phone_with_large_targets_and_readable_text(browser: Browser, url: str, tmp_path: Path,
                                                                     size: tuple[int, int], locale: str) -> None:
    phone = Phone(browser, size, locale)
    page = phone.open(url)
    name = f"{size[0]}x{size[1]}-{locale[:2]}"
    problems = {"polls": page.evaluate(_MEASURE)}
    page.screenshot(path=tmp_path / f"polls-{name}.png", full_page=True)
    page.locator(".tab").nth(1).click()
    expect(page.locator("#day > li").first).to_be_visible()
    problems["programme"] = page.evaluate(_MEASURE)
    page.screenshot(path=tmp_path / f"programme-{name}.png", full_page=True)
    assert problems == {"polls": [], "programme": []}
    page.evaluate("""() => { const tiny = document.createElement('button'); tiny.textContent = 'x';
      tiny.style.width = '20px'; tiny.style.minHeight = '0'; tiny.style.height = '20px';
      const pale = document.createElement('p'); pale.textContent = 'pale'; pale.style.color = '#BBBBBB';
      document.querySelector('#programme').append(tiny, pale); }""")
    assert len(page.evaluate(_MEASURE)) == 2  # the check finds a small target and pale text
    assert page.evaluate("document.documentElement.lang") == locale[:2]
    assert_only_the_server_was_asked(phone, url)
    assert phone.errors == []
    phone.close()


def assert_only_the_server_was_asked(phone: Phone, url: str) -> None:
    """No request of the page went anywhere but the server (no CDN, font, tracker or favicon elsewhere)."""
    assert phone.requests and all(request.startswith(url) for request in phone.requests), phone.requests
