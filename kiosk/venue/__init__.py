"""Venue mode: the machines of a venue share one PostgreSQL server and keep deciding everything locally.

How it works (the design; the modules below follow it):

- Every machine keeps its SQLite database as outbox and read copy. A sync process per machine (`kiosk sync`,
  `kiosk.venue.sync`) pushes the local event rows the server does not have yet and pulls every row it has not
  seen, its own included (they carry the server's verdict).
- Push (`kiosk.venue.push`): one PostgreSQL transaction per batch of at most 200 rows, `INSERT … ON CONFLICT (id)
  DO NOTHING` (pushing twice stores once; a push killed before its COMMIT stores nothing), then `NOTIFY`. Local
  attendee ids differ per machine: a payload naming `attendee_id` gets the attendee's portable `attendee_uid`
  (and a ticket voter `ticket:<id>` its `voter_uid`) on the way out; the local row stays as it was.
- The server decides conflicts with unique constraints, in a trigger on `events` that runs as the schema's
  owner (`kiosk.venue.server`): the first check-in per guest (uid) and day holds the slot (`checkins`; an undo
  frees it, so an undo then a new check-in works); the first ballot per poll, round and voter counts
  (`ballots`; a replacement always counts: its machine saw the voter's earlier ballot and the poll allowing
  changes); an
  attendee (uid) is added once (`attendees`), a programme import version once (`applied_once`). A loser is
  stored all the same, with `verdict = 'duplicate'` and the winner's id: nothing is ever deleted.
- Pull (`kiosk.venue.pull`): rows with `xid < pg_snapshot_xmin(pg_current_snapshot())` (every transaction that
  could still commit lies above it) in `(xid, seq)` order beyond the last `(xid, seq)` seen; a commit out of
  sequence order can therefore never be skipped. LISTEN/NOTIFY only wakes the process up; it pulls after every
  (re)connect and every few seconds anyway.
- Apply (`kiosk.venue.apply`): a pulled row is written into the local `events` table with its original id,
  kiosk id, time and kind (its payload with the local attendee id for `attendee_id`) and applied to the local
  state in the same SQLite transaction (at most 200 rows per transaction, so a kiosk's scan waits ~ms). An
  applier is idempotent: a row whose id is in `events` already is only checked for its verdict. A row that
  cannot be applied yet (its guest or check-in not here yet) waits (`venue_synced.state = 'waiting'`) and is
  tried again after every pull; a kind this version does not apply is stored and counted, not applied.
- Offline duplicates: a kiosk decides every scan by its own copy. When the server says its check-in lost, the
  local one is flagged (`checkins.duplicate_of`, and a local-only `checkin_duplicate` event row); a remote
  check-in the server accepted for a guest with a local check-in the server has not seen yet wins (it is on the
  server first), the local one is flagged at once. Flagged check-ins leave the one-per-day index, so both rows
  stay; `kiosk venue status` lists them with both times and places.
- Order where machines change the same thing: an attendee's field, code or topics changed at two machines end
  as the last change in the server's order says (`seq`); a check-in taken back at one machine before another's
  was accepted arrives undone, together with its undo; a poll row about an earlier round leaves the current one
  alone. The server has an identity (`venue_schema.venue_id`): a machine that finds another server behind its
  URL pulls it from the start and sends it its rows again.
- Clocks: on every connect the process measures its offset to the server's clock (`offset_ms`). Pushed rows
  carry `server_at` = local time + offset; a pulled row's time in local state (`checkins.at`) is `server_at`
  minus this machine's offset, so every list on a machine is in one clock's terms. Decisions never use times:
  the server's constraints decide in the order rows arrive, and lists of duplicates follow the server's order.
- What is applied (`kiosk.venue.apply.APPLIERS`): attendees added (walk-ins, imports; once per uid), changed,
  given a new code; topic choices; check-ins and undos; poll definitions, their lifecycle, ballots the server let
  count, Q&A questions, upvotes and moderation (`apply_polls`); programme versions (an import's row carries its
  sessions, and a digest so a version imported at two machines counts once), staff edits and reverts, resets
  (`apply_programme`). Records only (`LOG_ONLY`): check-in attempts, PIN tries (the lock-out counts a machine's
  own), e-mail question answers, import reports, print events. Each machine prints its own print jobs; the
  others' print events feed a read-only view of their queues (`kiosk.venue.prints`), never the local queue.
  Not synced: event.toml (the staff PIN and settings live there: copy it to every machine).
- Errors: `VenueError` (one line, and its `kind`, which a front end translates); the sync process never ends on
  one, it reports `offline <why>` and reconnects with back-off.
- Least privilege: a machine's role may INSERT and SELECT `events` and SELECT the rest (`kiosk venue init
  --grant ROLE`); the trigger writes the constraint tables as the owner.
"""
