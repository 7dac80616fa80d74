""""Mein Digital, Dein Digital": the topics a guest can talk about (offer) or wants to talk about (seek)."""

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from kiosk.common.csv_out import write_csv
from kiosk.event.config import EventConfig
from kiosk.event.store import Store

OFFER, SEEK = "offer", "seek"
KINDS = (OFFER, SEEK)


@dataclass(frozen=True)
class TopicCount:
    """How many guests picked a topic, by kind."""

    topic: str
    offer: int
    seek: int


def chosen(store: Store, attendee_id: int) -> list[tuple[str, str]]:
    """The guest's current topics as (topic, kind), offers first."""
    rows = store.conn.execute("SELECT topic, kind FROM topic_choices WHERE attendee_id = ? ORDER BY kind, topic",
                              (attendee_id,)).fetchall()
    return [(topic, kind) for topic, kind in rows]


def choose(store: Store, config: EventConfig, attendee_id: int, picks: list[tuple[str, str]], at: datetime) -> None:
    """Replace the guest's topics (at most `max_topics`, only the event's topics) and log the change."""
    known = {t.name for t in config.topics}
    unique = list(dict.fromkeys((topic, kind) for topic, kind in picks if topic in known and kind in KINDS))
    if len(unique) > config.badges.max_topics:
        raise ValueError(f"at most {config.badges.max_topics} topics")
    with store.transaction() as conn:
        conn.execute("DELETE FROM topic_choices WHERE attendee_id = ?", (attendee_id,))
        conn.executemany("INSERT INTO topic_choices (attendee_id, topic, kind) VALUES (?, ?, ?)",
                         [(attendee_id, topic, kind) for topic, kind in unique])
        store.record("topics_chosen", {"attendee_id": attendee_id, "topics": [list(p) for p in unique]}, at)


def counts(store: Store, config: EventConfig) -> list[TopicCount]:
    """Picks per topic and kind, in the event's topic order (topics nobody picked included)."""
    tally = {(topic, kind): n for topic, kind, n in store.conn.execute(
        "SELECT topic, kind, count(*) FROM topic_choices GROUP BY topic, kind")}
    return [TopicCount(t.name, tally.get((t.name, OFFER), 0), tally.get((t.name, SEEK), 0)) for t in config.topics]


def export_counts(store: Store, config: EventConfig, path: Path) -> None:
    """Write the counts per topic as CSV (UTF-8 with BOM, semicolons: opens in German Excel)."""
    write_csv(path, ("topic", "can_talk_about", "would_like_to_talk_about"),
              ((c.topic, c.offer, c.seek) for c in counts(store, config)))
