"""The profanity filter flags (German, English, the poll's own words) and the moderator decides; entries are
shown literally, with bidirectional overrides and piles of combining marks neutralised for screens."""

from kiosk.event.folder import Event
from kiosk.polls.ballots import cast_vote
from kiosk.polls.model import OPEN, PollDefinition
from kiosk.polls.moderation import HIDDEN, PENDING, SHOWN, filter_for, moderate, queue, word_filter
from kiosk.polls.store import open_poll, save_draft
from kiosk.polls.text import display_text, normalised
from tests.conftest import EVENT_DAY

NOW = EVENT_DAY


def test_the_bundled_lists_flag_german_and_english_words_in_disguise() -> None:
    words = filter_for(())
    assert words.flags("So ein SCHEISS!") == ["scheiss"]
    assert words.flags("Scheiße, das dauert") == ["scheisse"]
    assert words.flags("what the f*ck, this is bullsh1t") == ["bullshit"]
    assert words.flags("Fuck this") == ["fuck"]
    assert words.flags("Arschloch-Verwaltung") == ["arschloch"]
    assert words.flags("Mehr Radwege, bitte") == []
    assert words.flags("Dick und rund: Mongo-Datenbank im Glashaus") == []  # German "dick", no false alarm


def test_an_events_own_words_and_phrases_are_flagged_too() -> None:
    words = filter_for(("Konkurrenz AG", "Bürokratiemonster"))
    assert words.flags("Die konkurrenz  ag macht das besser") == ["konkurrenz ag"]
    assert words.flags("BÜROKRATIEMONSTER!") == ["burokratiemonster"]
    assert word_filter(("# a comment", "", "beginn*")).flags("Beginnend und Beginn") == ["beginnend", "beginn"]


def test_unmoderated_entries_show_at_once_unless_flagged(event: Event) -> None:
    save_draft(event.store, PollDefinition("frei", OPEN, "Was fehlt?", banned_words=("Parkplatz",)), NOW)
    open_poll(event.store, "frei", NOW)
    cast_vote(event.store, "frei", "ticket:1", ["Mehr Bänke"], NOW)
    cast_vote(event.store, "frei", "ticket:2", ["Mehr Parkplatz!"], NOW)
    statuses = dict(event.store.conn.execute("SELECT text, status FROM poll_entries"))
    assert statuses == {"Mehr Bänke": SHOWN, "Mehr Parkplatz!": PENDING}
    assert [(e.text, e.flags) for e in queue(event.store, "frei")] == [("Mehr Parkplatz!", ("parkplatz",))]


def test_each_moderation_action_is_an_event_and_changes_the_entry(event: Event) -> None:
    save_draft(event.store, PollDefinition("frei", OPEN, "Was fehlt?", moderated=True), NOW)
    open_poll(event.store, "frei", NOW)
    cast_vote(event.store, "frei", "ticket:1", ["Mehr Bänke"], NOW)
    entry = queue(event.store, "frei")[0]
    assert moderate(event.store, entry.id, "pin", NOW).status == SHOWN  # pinning shows it
    hidden = moderate(event.store, entry.id, "hide", NOW)
    assert (hidden.status, hidden.pinned) == (HIDDEN, False)
    assert moderate(event.store, entry.id, "answered", NOW).answered
    actions = [row[0] for row in event.store.conn.execute(
        "SELECT json_extract(payload, '$.action') FROM events WHERE kind = 'poll_moderated' ORDER BY seq")]
    assert actions == ["pin", "hide", "answered"]


def test_display_text_neutralises_overrides_and_zalgo_but_keeps_real_script() -> None:
    assert display_text("abc\u202edcba\u2066x\u2069") == "abcdcbax"
    assert display_text("Z\u0301\u0302\u0303\u0304\u0305algo") == "\u0179\u0302\u0303algo"  # Ź (NFC) + two
    assert display_text("Việt Nam") == "Việt Nam"  # two marks on ệ are kept
    assert display_text("שָׁלוֹם") == "שָׁלוֹם"
    assert display_text("<script>alert(1)</script>") == "<script>alert(1)</script>"  # markup stays literal text
    assert display_text("Zeile 1\nZeile\t2\x00") == "Zeile 1\nZeile 2"
    assert display_text("👩‍💻 Team") == "👩‍💻 Team"  # joiners stay


def test_normalised_form_trims_folds_case_and_collapses_spaces() -> None:
    assert normalised("  Open   DATA ") == normalised("open data") == "open data"
    assert normalised("Straße") == normalised("STRASSE")
    assert normalised("Cafe\u0301") == normalised("Café")
