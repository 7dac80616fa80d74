"""The event database's schema, one migration per step: `PRAGMA user_version` counts how many ran.

Append a new step at the end; never change one that has shipped. `SQL_FUNCTIONS` are registered on every
connection before the migrations run.
"""

import uuid
from collections.abc import Callable
from typing import Any

_UID_NAMESPACE = uuid.UUID("6f1c1f2e-3b0a-4d52-9a57-2c1e8b7d4a10")


def attendee_uid(code_key: str) -> str:
    """An attendee's portable id from their code's key: the same ticket gets the same id on every machine."""
    return str(uuid.uuid5(_UID_NAMESPACE, code_key))


SQL_FUNCTIONS: dict[str, tuple[int, Callable[..., Any]]] = {"attendee_uid": (1, attendee_uid)}

MIGRATIONS: tuple[str, ...] = (
    # 1: attendees, their search index, check-ins and the event log.
    """
    CREATE TABLE attendees (
        id INTEGER PRIMARY KEY,
        code TEXT NOT NULL,
        code_key TEXT NOT NULL UNIQUE,
        salutation TEXT NOT NULL DEFAULT '',
        title TEXT NOT NULL DEFAULT '',
        first_name TEXT NOT NULL DEFAULT '',
        last_name TEXT NOT NULL DEFAULT '',
        organisation TEXT NOT NULL DEFAULT '',
        email TEXT NOT NULL DEFAULT '',
        category TEXT NOT NULL DEFAULT '',
        order_code TEXT NOT NULL DEFAULT '',
        cancelled INTEGER NOT NULL DEFAULT 0,
        source TEXT NOT NULL DEFAULT 'import',
        search_key TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
    );
    CREATE INDEX attendees_email ON attendees(email COLLATE NOCASE) WHERE email != '';
    CREATE VIRTUAL TABLE attendee_search USING fts5(
        search_key, content='attendees', content_rowid='id', tokenize='unicode61', prefix='1 2 3'
    );
    CREATE TRIGGER attendees_ai AFTER INSERT ON attendees BEGIN
        INSERT INTO attendee_search(rowid, search_key) VALUES (new.id, new.search_key);
    END;
    CREATE TRIGGER attendees_ad AFTER DELETE ON attendees BEGIN
        INSERT INTO attendee_search(attendee_search, rowid, search_key)
        VALUES ('delete', old.id, old.search_key);
    END;
    CREATE TRIGGER attendees_au AFTER UPDATE OF search_key ON attendees BEGIN
        INSERT INTO attendee_search(attendee_search, rowid, search_key)
        VALUES ('delete', old.id, old.search_key);
        INSERT INTO attendee_search(rowid, search_key) VALUES (new.id, new.search_key);
    END;
    CREATE TABLE checkins (
        id TEXT PRIMARY KEY,
        attendee_id INTEGER NOT NULL REFERENCES attendees(id),
        at TEXT NOT NULL,
        kiosk_id TEXT NOT NULL,
        method TEXT NOT NULL,
        undone_at TEXT,
        undone_by TEXT,
        undo_reason TEXT
    );
    CREATE UNIQUE INDEX checkins_one_active ON checkins(attendee_id) WHERE undone_at IS NULL;
    CREATE INDEX checkins_at ON checkins(at);
    CREATE TABLE events (
        seq INTEGER PRIMARY KEY,
        id TEXT NOT NULL UNIQUE,
        kiosk_id TEXT NOT NULL,
        at TEXT NOT NULL,
        kind TEXT NOT NULL,
        payload TEXT NOT NULL
    );
    CREATE INDEX events_kind_seq ON events(kind, seq);
    CREATE TRIGGER events_no_update BEFORE UPDATE ON events BEGIN
        SELECT RAISE(ABORT, 'events are immutable');
    END;
    CREATE TRIGGER events_no_delete BEFORE DELETE ON events BEGIN
        SELECT RAISE(ABORT, 'events are immutable');
    END;
    """,
    # 2: attendees enter the search index in bulk (attendees.insert_many), 5x faster than a trigger per row.
    """
    DROP TRIGGER attendees_ai;
    """,
    # 3: print jobs (the queue lives in the database and survives restarts) and topic choices.
    """
    CREATE TABLE print_jobs (
        id TEXT PRIMARY KEY,
        attendee_id INTEGER NOT NULL REFERENCES attendees(id),
        kind TEXT NOT NULL,
        layout TEXT NOT NULL,
        printer TEXT NOT NULL,
        state TEXT NOT NULL,
        reason TEXT NOT NULL DEFAULT '',
        attempts INTEGER NOT NULL DEFAULT 0,
        error TEXT NOT NULL DEFAULT '',
        not_before TEXT NOT NULL,
        kiosk_id TEXT NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
    );
    CREATE INDEX print_jobs_open ON print_jobs(state, not_before);
    CREATE TABLE topic_choices (
        attendee_id INTEGER NOT NULL REFERENCES attendees(id),
        topic TEXT NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ('offer', 'seek')),
        PRIMARY KEY (attendee_id, topic, kind)
    );
    """,
    # 4: one check-in per guest and day (`day`: the event's local date; rows from before get their UTC date,
    # which keeps them unique), and wrong answers to the kiosk's e-mail question, per guest.
    """
    ALTER TABLE checkins ADD COLUMN day TEXT NOT NULL DEFAULT '';
    UPDATE checkins SET day = substr(at, 1, 10);
    DROP INDEX checkins_one_active;
    CREATE UNIQUE INDEX checkins_one_active_per_day ON checkins(attendee_id, day) WHERE undone_at IS NULL;
    CREATE TABLE confirmation_failures (
        attendee_id INTEGER PRIMARY KEY REFERENCES attendees(id),
        wrong_answers INTEGER NOT NULL,
        last_at TEXT NOT NULL
    );
    """,
    # 5: a print job is claimed by one worker (`claimed_by`) for a while (`lease_until`, renewed while it
    # sends), so a second worker never takes it over; an attendee's jobs are found by attendee.
    """
    ALTER TABLE print_jobs ADD COLUMN claimed_by TEXT NOT NULL DEFAULT '';
    ALTER TABLE print_jobs ADD COLUMN lease_until TEXT NOT NULL DEFAULT '';
    CREATE INDEX print_jobs_attendee ON print_jobs(attendee_id, kind, state);
    """,
    # 6: re-imports keep staff corrections (`list_values`: JSON of the fields staff changed, each with the
    # value the attendee list has for it) and codes that no longer admit anyone stay known, with the reason.
    """
    ALTER TABLE attendees ADD COLUMN list_values TEXT NOT NULL DEFAULT '';
    CREATE TABLE retired_codes (
        code_key TEXT PRIMARY KEY,
        code TEXT NOT NULL,
        attendee_id INTEGER NOT NULL REFERENCES attendees(id),
        reason TEXT NOT NULL,
        retired_at TEXT NOT NULL
    );
    """,
    # 7: the live programme (kiosk/programme): one row per import version; each session by its source key
    # (`source`: its fields in the latest version, `published`: as first published, `gone`: not in the latest);
    # staff edits over the source (`base`: the source's values they were made against); and every change.
    """
    CREATE TABLE programme_versions (
        id INTEGER PRIMARY KEY,
        imported_at TEXT NOT NULL,
        source TEXT NOT NULL,
        sessions INTEGER NOT NULL,
        notes TEXT NOT NULL DEFAULT '[]',
        problems INTEGER NOT NULL DEFAULT 0
    );
    CREATE TABLE programme_sessions (
        key TEXT PRIMARY KEY,
        origin TEXT NOT NULL,
        source TEXT NOT NULL,
        published TEXT NOT NULL,
        gone INTEGER NOT NULL DEFAULT 0,
        first_version INTEGER NOT NULL,
        last_version INTEGER NOT NULL
    );
    CREATE TABLE programme_edits (
        id TEXT PRIMARY KEY,
        key TEXT NOT NULL REFERENCES programme_sessions(key),
        kind TEXT NOT NULL,
        at TEXT NOT NULL,
        fields TEXT NOT NULL,
        base TEXT NOT NULL,
        reverted_at TEXT
    );
    CREATE INDEX programme_edits_key ON programme_edits(key, at);
    CREATE TABLE programme_changes (
        seq INTEGER PRIMARY KEY,
        at TEXT NOT NULL,
        version INTEGER,
        key TEXT NOT NULL,
        kind TEXT NOT NULL,
        old TEXT NOT NULL,
        new TEXT NOT NULL,
        origin TEXT NOT NULL
    );
    CREATE INDEX programme_changes_at ON programme_changes(at);
    """,
    # 8: live polls (kiosk/polls). A poll's definition is JSON; `version` grows with every change of the poll,
    # its ballots or entries (the stage redraws when it moves). One ballot per voter, poll and round is the
    # UNIQUE constraint; `revision` counts replacements. `poll_choices`: the options of a ballot (a scale's
    # value, a ranking's `rank` from 1), counted by index. `poll_entries`: text (open, word cloud: one per
    # ballot; Q&A questions: many per voter) with its moderation `status`; `poll_upvotes`: one per voter.
    """
    CREATE TABLE polls (
        id TEXT PRIMARY KEY,
        kind TEXT NOT NULL,
        question TEXT NOT NULL,
        definition TEXT NOT NULL,
        session TEXT NOT NULL DEFAULT '',
        allow_change INTEGER NOT NULL DEFAULT 0,
        state TEXT NOT NULL DEFAULT 'draft' CHECK (state IN ('draft', 'open', 'closed')),
        round INTEGER NOT NULL DEFAULT 1,
        revealed INTEGER NOT NULL DEFAULT 0,
        closes_at TEXT NOT NULL DEFAULT '',
        position INTEGER NOT NULL DEFAULT 0,
        version INTEGER NOT NULL DEFAULT 0,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
    );
    CREATE INDEX polls_session ON polls(session, position);
    CREATE INDEX polls_version ON polls(version);
    CREATE TABLE poll_ballots (
        seq INTEGER PRIMARY KEY,
        poll TEXT NOT NULL REFERENCES polls(id),
        round INTEGER NOT NULL,
        voter TEXT NOT NULL,
        answer TEXT NOT NULL,
        revision INTEGER NOT NULL DEFAULT 0,
        at TEXT NOT NULL,
        UNIQUE (poll, round, voter)
    );
    CREATE TABLE poll_choices (
        ballot INTEGER NOT NULL REFERENCES poll_ballots(seq),
        poll TEXT NOT NULL,
        round INTEGER NOT NULL,
        option INTEGER NOT NULL,
        rank INTEGER NOT NULL DEFAULT 0,
        PRIMARY KEY (ballot, option)
    );
    CREATE INDEX poll_choices_count ON poll_choices(poll, round, option, rank);
    CREATE TABLE poll_entries (
        id INTEGER PRIMARY KEY,
        poll TEXT NOT NULL REFERENCES polls(id),
        round INTEGER NOT NULL,
        ballot INTEGER UNIQUE REFERENCES poll_ballots(seq),
        voter TEXT NOT NULL,
        text TEXT NOT NULL,
        norm TEXT NOT NULL,
        status TEXT NOT NULL CHECK (status IN ('pending', 'shown', 'hidden')),
        flags TEXT NOT NULL DEFAULT '',
        answered INTEGER NOT NULL DEFAULT 0,
        pinned INTEGER NOT NULL DEFAULT 0,
        at TEXT NOT NULL,
        UNIQUE (poll, round, voter, norm)
    );
    CREATE INDEX poll_entries_words ON poll_entries(poll, round, status, norm, text);
    CREATE TABLE poll_upvotes (
        entry INTEGER NOT NULL REFERENCES poll_entries(id),
        voter TEXT NOT NULL,
        at TEXT NOT NULL,
        PRIMARY KEY (entry, voter)
    );
    """,
    # 9: word-cloud counts kept by triggers in the transaction that shows, hides or replaces an entry (a word
    # cloud's results are read several times a second: counting 10,000 entries each time is too slow).
    # `spelling`: the entry trimmed; `first`: the entry that brought it (the order of first appearance).
    """
    CREATE TABLE poll_word_counts (
        poll TEXT NOT NULL,
        round INTEGER NOT NULL,
        norm TEXT NOT NULL,
        spelling TEXT NOT NULL,
        count INTEGER NOT NULL,
        first INTEGER NOT NULL,
        PRIMARY KEY (poll, round, norm, spelling)
    ) WITHOUT ROWID;
    CREATE TRIGGER poll_words_ai AFTER INSERT ON poll_entries
    WHEN new.status = 'shown' AND (SELECT kind FROM polls WHERE id = new.poll) = 'wordcloud' BEGIN
        INSERT INTO poll_word_counts VALUES (new.poll, new.round, new.norm, trim(new.text), 1, new.id)
        ON CONFLICT (poll, round, norm, spelling) DO UPDATE SET count = count + 1;
    END;
    CREATE TRIGGER poll_words_au_old AFTER UPDATE OF status, text, norm ON poll_entries
    WHEN old.status = 'shown' AND (SELECT kind FROM polls WHERE id = old.poll) = 'wordcloud' BEGIN
        UPDATE poll_word_counts SET count = count - 1
        WHERE poll = old.poll AND round = old.round AND norm = old.norm AND spelling = trim(old.text);
    END;
    CREATE TRIGGER poll_words_au_new AFTER UPDATE OF status, text, norm ON poll_entries
    WHEN new.status = 'shown' AND (SELECT kind FROM polls WHERE id = new.poll) = 'wordcloud' BEGIN
        INSERT INTO poll_word_counts VALUES (new.poll, new.round, new.norm, trim(new.text), 1, new.id)
        ON CONFLICT (poll, round, norm, spelling) DO UPDATE SET count = count + 1;
    END;
    """,
    # 10: each word of a cloud with its total and its most common spelling (equal counts: the earlier), kept by
    # triggers on the spelling counts, so the stage reads a cloud in the order it is drawn without counting; and
    # the counts per option (scale value) of a round, with a ranking's first places and rank sum, kept by
    # triggers on the ballots' choices: results read a few rows however many ballots there are.
    """
    CREATE TABLE poll_option_counts (
        poll TEXT NOT NULL,
        round INTEGER NOT NULL,
        option INTEGER NOT NULL,
        count INTEGER NOT NULL,
        firsts INTEGER NOT NULL,
        rank_sum INTEGER NOT NULL,
        PRIMARY KEY (poll, round, option)
    ) WITHOUT ROWID;
    INSERT INTO poll_option_counts SELECT poll, round, option, count(*), sum(rank = 1), sum(rank) FROM poll_choices
        GROUP BY poll, round, option;
    CREATE TRIGGER poll_choices_ai AFTER INSERT ON poll_choices BEGIN
        INSERT INTO poll_option_counts VALUES (new.poll, new.round, new.option, 1, new.rank = 1, new.rank)
        ON CONFLICT (poll, round, option) DO UPDATE SET count = count + 1, firsts = firsts + excluded.firsts,
            rank_sum = rank_sum + excluded.rank_sum;
    END;
    CREATE TRIGGER poll_choices_ad AFTER DELETE ON poll_choices BEGIN
        UPDATE poll_option_counts SET count = count - 1, firsts = firsts - (old.rank = 1),
            rank_sum = rank_sum - old.rank
        WHERE poll = old.poll AND round = old.round AND option = old.option;
    END;
    CREATE TABLE poll_words (
        poll TEXT NOT NULL,
        round INTEGER NOT NULL,
        norm TEXT NOT NULL,
        spelling TEXT NOT NULL,
        total INTEGER NOT NULL,
        first INTEGER NOT NULL,
        PRIMARY KEY (poll, round, norm)
    ) WITHOUT ROWID;
    CREATE INDEX poll_words_ranked ON poll_words(poll, round, total DESC, first, spelling);
    INSERT INTO poll_words SELECT poll, round, norm, '', sum(count), min(first) FROM poll_word_counts
        GROUP BY poll, round, norm;
    UPDATE poll_words SET spelling = (SELECT c.spelling FROM poll_word_counts c WHERE c.poll = poll_words.poll
        AND c.round = poll_words.round AND c.norm = poll_words.norm ORDER BY c.count DESC, c.first LIMIT 1);
    CREATE TRIGGER poll_word_counts_ai AFTER INSERT ON poll_word_counts BEGIN
        INSERT INTO poll_words VALUES (new.poll, new.round, new.norm, new.spelling, 0, new.first)
        ON CONFLICT (poll, round, norm) DO NOTHING;
        UPDATE poll_words SET total = total + new.count, spelling = (SELECT c.spelling FROM poll_word_counts c
            WHERE c.poll = new.poll AND c.round = new.round AND c.norm = new.norm ORDER BY c.count DESC, c.first
            LIMIT 1)
        WHERE poll = new.poll AND round = new.round AND norm = new.norm;
    END;
    CREATE TRIGGER poll_word_counts_au AFTER UPDATE OF count ON poll_word_counts BEGIN
        UPDATE poll_words SET total = total + new.count - old.count, spelling = (SELECT c.spelling
            FROM poll_word_counts c WHERE c.poll = new.poll AND c.round = new.round AND c.norm = new.norm
            ORDER BY c.count DESC, c.first LIMIT 1)
        WHERE poll = new.poll AND round = new.round AND norm = new.norm;
    END;
    """,
    # 11: secrets this event keeps to itself (the key that signs the phones' device cookies)
    """
    CREATE TABLE secrets (
        name TEXT PRIMARY KEY,
        value BLOB NOT NULL,
        created_at TEXT NOT NULL
    );
    """,
    # 12: venue mode (kiosk/venue). `attendees.uid`: the attendee's portable id, the same on every machine of a
    # venue (`attendee_uid`: from the code's key, so machines that imported the same list agree). A check-in the
    # venue server found second is flagged (`duplicate_of`: the first one's id) and leaves the one-per-day rule.
    # `venue_synced`: the local event rows the server has (`state`: 'own' pushed from here, 'applied' pulled and
    # applied, 'waiting' pulled but not applicable yet, 'unknown' a kind this version does not apply, 'local' never
    # sent); `venue_state`: the pull cursor, the times of the last push and pull, the connection.
    """
    ALTER TABLE attendees ADD COLUMN uid TEXT;
    UPDATE attendees SET uid = attendee_uid(code_key);
    CREATE UNIQUE INDEX attendees_uid ON attendees(uid);
    ALTER TABLE checkins ADD COLUMN duplicate_of TEXT;
    DROP INDEX checkins_one_active_per_day;
    CREATE UNIQUE INDEX checkins_one_active_per_day ON checkins(attendee_id, day)
        WHERE undone_at IS NULL AND duplicate_of IS NULL;
    CREATE TABLE venue_synced (
        seq INTEGER PRIMARY KEY REFERENCES events(seq),
        state TEXT NOT NULL,
        server_seq INTEGER,
        server_at TEXT NOT NULL DEFAULT '',
        verdict TEXT NOT NULL DEFAULT '',
        winner TEXT NOT NULL DEFAULT ''
    );
    CREATE INDEX venue_synced_waiting ON venue_synced(state) WHERE state = 'waiting';
    CREATE TABLE venue_state (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL
    );
    """,
    # 13: a pulled venue row that waits keeps the server's payload (`payload`: with the voter and portable keys the
    # local log leaves out) until it is applied.
    """
    ALTER TABLE venue_synced ADD COLUMN payload TEXT NOT NULL DEFAULT '';
    """,
    # 14: the changes of an attendee, found by attendee (venue mode applies another machine's change only where no
    # later one, in the server's order, set the same field).
    """
    CREATE INDEX events_attendee_changed ON events(json_extract(payload, '$.attendee_id'))
        WHERE kind = 'attendee_changed';
    CREATE INDEX events_attendee_code_replaced ON events(json_extract(payload, '$.attendee_id'))
        WHERE kind = 'attendee_code_replaced';
    CREATE INDEX events_topics_chosen ON events(json_extract(payload, '$.attendee_id'))
        WHERE kind = 'topics_chosen';
    """,
)
