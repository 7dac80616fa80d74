"""The venue server's schema: versioned migrations (`venue_schema.version` counts how many ran), the trigger that
decides conflicts with unique constraints, and the grants of a machine's role.

Append a new step at the end of `SERVER_MIGRATIONS`; never change one that has shipped.
"""

import re

import psycopg
from psycopg import sql

from kiosk.venue.connection import CONFIG, NO_RIGHTS, NO_SCHEMA, VenueError, connect, explain

_DECIDE = """
CREATE FUNCTION venue_decide() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
DECLARE
    first uuid;
    voter_key text;
BEGIN
    NEW.xid := pg_current_xact_id();  -- the server's, whatever a client sent
    NEW.received_at := now();
    NEW.verdict := NULL;
    NEW.winner := NULL;
    IF NEW.kind = 'checkin' AND NEW.payload ? 'attendee_uid' THEN
        INSERT INTO checkins (event, attendee_uid, day, kiosk_id)
        VALUES (NEW.id, NEW.payload->>'attendee_uid', coalesce(NEW.payload->>'day', ''), NEW.kiosk_id)
        ON CONFLICT DO NOTHING;
        IF NOT FOUND THEN
            SELECT event INTO first FROM checkins WHERE attendee_uid = NEW.payload->>'attendee_uid'
                AND day = coalesce(NEW.payload->>'day', '') AND undone_by IS NULL;
            IF first IS NOT NULL AND first <> NEW.id THEN
                NEW.verdict := 'duplicate';
                NEW.winner := first;
            END IF;
        END IF;
    ELSIF NEW.kind = 'checkin_undone' THEN
        UPDATE checkins SET undone_by = NEW.id
        WHERE event = (NEW.payload->>'checkin_id')::uuid AND undone_by IS NULL;
    ELSIF NEW.kind = 'poll_ballot' THEN
        voter_key := coalesce(NEW.payload->>'voter_uid', NEW.payload->>'voter');
        IF voter_key IS NOT NULL THEN
            INSERT INTO ballots (poll, round, voter, event, kiosk_id)
            VALUES (NEW.payload->>'poll', (NEW.payload->>'round')::int, voter_key, NEW.id, NEW.kiosk_id)
            ON CONFLICT DO NOTHING;
            IF NOT FOUND THEN
                SELECT event INTO first FROM ballots WHERE poll = NEW.payload->>'poll'
                    AND round = (NEW.payload->>'round')::int AND voter = voter_key;
                IF first <> NEW.id AND NOT coalesce((NEW.payload->>'replaced')::boolean, false) THEN
                    NEW.verdict := 'duplicate';
                    NEW.winner := first;
                END IF;
            END IF;
        END IF;
    ELSIF NEW.kind = 'attendee_added' AND NEW.payload ? 'attendee_uid' THEN
        INSERT INTO attendees (uid, event) VALUES (NEW.payload->>'attendee_uid', NEW.id) ON CONFLICT DO NOTHING;
        IF NOT FOUND THEN
            SELECT event INTO first FROM attendees WHERE uid = NEW.payload->>'attendee_uid';
            IF first <> NEW.id THEN
                NEW.verdict := 'duplicate';
                NEW.winner := first;
            END IF;
        END IF;
    ELSIF NEW.kind = 'programme_imported' AND NEW.payload ? 'digest' THEN
        INSERT INTO applied_once (key, event) VALUES ('programme:' || (NEW.payload->>'digest'), NEW.id)
        ON CONFLICT DO NOTHING;
        IF NOT FOUND THEN
            SELECT event INTO first FROM applied_once WHERE key = 'programme:' || (NEW.payload->>'digest');
            IF first <> NEW.id THEN
                NEW.verdict := 'duplicate';
                NEW.winner := first;
            END IF;
        END IF;
    END IF;
    RETURN NEW;
END
$$;
"""

SERVER_MIGRATIONS: tuple[str, ...] = (
    # 1: the event log of every machine, and the tables whose unique constraints decide conflicts.
    """
    CREATE TABLE events (
        seq bigserial PRIMARY KEY,
        id uuid NOT NULL UNIQUE,
        kiosk_id text NOT NULL,
        at timestamptz NOT NULL,
        server_at timestamptz NOT NULL,
        kind text NOT NULL,
        payload jsonb NOT NULL,
        xid xid8 NOT NULL DEFAULT pg_current_xact_id(),
        received_at timestamptz NOT NULL DEFAULT now(),
        verdict text,
        winner uuid
    );
    CREATE INDEX events_cursor ON events (xid, seq);
    CREATE TABLE checkins (
        event uuid PRIMARY KEY,
        attendee_uid text NOT NULL,
        day text NOT NULL,
        kiosk_id text NOT NULL,
        undone_by uuid
    );
    CREATE UNIQUE INDEX checkins_first_per_day ON checkins (attendee_uid, day) WHERE undone_by IS NULL;
    CREATE TABLE ballots (
        poll text NOT NULL,
        round integer NOT NULL,
        voter text NOT NULL,
        event uuid NOT NULL,
        kiosk_id text NOT NULL,
        PRIMARY KEY (poll, round, voter)
    );
    CREATE TABLE attendees (
        uid text PRIMARY KEY,
        event uuid NOT NULL
    );
    CREATE TABLE applied_once (
        key text PRIMARY KEY,
        event uuid NOT NULL
    );
    """ + _DECIDE + """
    CREATE TRIGGER events_decide BEFORE INSERT ON events FOR EACH ROW EXECUTE FUNCTION venue_decide();
    CREATE FUNCTION venue_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        RAISE EXCEPTION 'venue events are immutable';
    END
    $$;
    CREATE TRIGGER events_immutable BEFORE UPDATE ON events FOR EACH ROW EXECUTE FUNCTION venue_immutable();
    """,
    # 2: the server's identity: a machine that finds another one behind its URL starts over there (pull cursor,
    # what it sent), instead of waiting for positions that server never reaches.
    """
    ALTER TABLE venue_schema ADD COLUMN venue_id uuid NOT NULL DEFAULT gen_random_uuid();
    """,
)

GRANTS = (
    "GRANT USAGE ON SCHEMA public TO {role}",
    "GRANT SELECT, INSERT (id, kiosk_id, at, server_at, kind, payload) ON events TO {role}",
    "GRANT USAGE ON SEQUENCE events_seq_seq TO {role}",
    "GRANT SELECT ON venue_schema, checkins, ballots, attendees, applied_once TO {role}",
)
_ROLE = re.compile(r"[A-Za-z_][A-Za-z0-9_.-]{0,62}")


def server_version(conn: psycopg.Connection) -> int:
    """How many of `SERVER_MIGRATIONS` the server's schema has (0: none)."""
    exists = conn.execute("SELECT to_regclass('venue_schema')").fetchone()
    if not exists or exists[0] is None:
        return 0
    row = conn.execute("SELECT version FROM venue_schema").fetchone()
    return int(row[0]) if row else 0


def migrate(conn: psycopg.Connection) -> int:
    """Create or upgrade the schema (under an advisory lock: two machines may run this at once); its version."""
    with conn.transaction():
        conn.execute("SELECT pg_advisory_xact_lock(hashtext('kiosk venue init'))")
        conn.execute("CREATE TABLE IF NOT EXISTS venue_schema (version integer NOT NULL)")
        version = server_version(conn)
        if version > len(SERVER_MIGRATIONS):
            raise VenueError(f"the venue schema ({version}) is newer than this program knows: update event-kiosk",
                             NO_SCHEMA)
        for script in SERVER_MIGRATIONS[version:]:
            conn.execute(script)  # type: ignore[arg-type]  # a fixed script of this module
        if version == 0:
            conn.execute("INSERT INTO venue_schema (version) VALUES (%s)", (len(SERVER_MIGRATIONS),))
        else:
            conn.execute("UPDATE venue_schema SET version = %s", (len(SERVER_MIGRATIONS),))
    return len(SERVER_MIGRATIONS)


def grant_statements(role: str) -> list[sql.Composed]:
    """The GRANTs that let a machine's role insert events and read, and nothing more."""
    if not _ROLE.fullmatch(role):
        raise VenueError(f"{role!r} is no role name (expected letters, digits and _ . -)", CONFIG)
    return [sql.SQL(line).format(role=sql.Identifier(role)) for line in GRANTS]


def init_server(url: str, grant: str | None = None) -> tuple[int, list[str]]:
    """`kiosk venue init`: create or upgrade the schema, and grant a machine's role its rights; the schema's
    version and the GRANTs run (as text)."""
    with connect(url, application_name="kiosk venue init") as conn:
        try:
            version = migrate(conn)
            granted = []
            if grant:
                with conn.transaction():
                    for statement in grant_statements(grant):
                        conn.execute(statement)
                        granted.append(statement.as_string(conn))
        except psycopg.Error as error:
            raise explain(error, url) from error
    return version, granted


def check_rights(conn: psycopg.Connection) -> list[str]:
    """What the connected role lacks for syncing (empty: nothing): the schema, inserting and reading events."""
    try:
        version = server_version(conn)
    except psycopg.errors.InsufficientPrivilege:
        return ["the role may not read the venue schema (`kiosk venue init --db URL --grant ROLE` as its owner)"]
    if version == 0:
        return ["the server has no venue schema (run `kiosk venue init --db URL`)"]
    if version < len(SERVER_MIGRATIONS):
        return [f"the venue schema is {version}, this program needs {len(SERVER_MIGRATIONS)} "
                "(run `kiosk venue init --db URL` with this version)"]
    missing = []
    for privilege in ("SELECT", "INSERT"):
        allowed = conn.execute("SELECT has_column_privilege('events', 'payload', %s)", (privilege,)).fetchone()
        if not (allowed and allowed[0]):
            missing.append(f"the role may not {privilege} events (`kiosk venue init --db URL --grant ROLE`)")
    return missing


def purge_server(url: str) -> int:
    """Delete the event's data from the venue server (its owner only: a machine's role may not); how many event
    rows it held. The schema goes too: `kiosk venue init` makes a fresh one."""
    with connect(url, application_name="kiosk purge") as conn:
        try:
            with conn.transaction():
                count = conn.execute("SELECT count(*) FROM events").fetchone() if server_version(conn) else (0,)
                conn.execute("DROP TABLE IF EXISTS events, checkins, ballots, attendees, applied_once, venue_schema")
                conn.execute("DROP FUNCTION IF EXISTS venue_decide(), venue_immutable()")
        except psycopg.errors.InsufficientPrivilege as error:
            raise VenueError(f"only the venue server's owner may delete its data ({' '.join(str(error).split())}): "
                             "run `kiosk venue purge --db OWNER-URL --yes` with the owner's role", NO_RIGHTS) from error
        except psycopg.Error as error:
            raise explain(error, url) from error
    return int(count[0]) if count else 0


def venue_id(conn: psycopg.Connection) -> str:
    """The server's identity (made by `kiosk venue init`)."""
    row = conn.execute("SELECT venue_id::text FROM venue_schema").fetchone()
    return str(row[0]) if row else ""
