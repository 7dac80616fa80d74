"""Attendees: reading them, and adding or correcting them with an event row each."""

import json
import uuid
from dataclasses import asdict, dataclass, fields
from datetime import datetime
from typing import Any

from kiosk.attendees.textfold import search_key
from kiosk.common.timeutil import to_iso
from kiosk.event.migrations import attendee_uid
from kiosk.event.store import Store
from kiosk.tickets.codes import code_key, generate_code

EDITABLE = ("salutation", "title", "first_name", "last_name", "organisation", "email", "category", "order_code")
IMPORT = "import"  # the reason of changes an import makes; every other reason is a staff correction
REPLACED = "replaced by a new ticket"  # why a retired code no longer admits anyone
NOT_IN_LIST = "no longer in the list"


@dataclass(frozen=True)
class Attendee:
    """One ticket holder."""

    id: int
    code: str
    salutation: str
    title: str
    first_name: str
    last_name: str
    organisation: str
    email: str
    category: str
    order_code: str
    cancelled: bool
    source: str

    @property
    def display_name(self) -> str:
        return " ".join(p for p in (self.title, self.first_name, self.last_name) if p)

    @classmethod
    def from_row(cls, row: dict[str, Any]) -> "Attendee":
        names = {f.name for f in fields(cls)}
        values = {k: v for k, v in row.items() if k in names}
        values["cancelled"] = bool(values["cancelled"])
        return cls(**values)


SELECT_COLUMNS = ", ".join(f.name for f in fields(Attendee))


def get(store: Store, attendee_id: int) -> Attendee | None:
    """The attendee with that id."""
    rows = store.rows(f"SELECT {SELECT_COLUMNS} FROM attendees WHERE id = ?", (attendee_id,))
    return Attendee.from_row(rows[0]) if rows else None


def display_names(store: Store, attendee_ids: list[int]) -> dict[int, str]:
    """Title, first and last name of several attendees at once."""
    if not attendee_ids:
        return {}
    marks = ",".join("?" * len(set(attendee_ids)))
    rows = store.conn.execute(f"SELECT id, title, first_name, last_name FROM attendees WHERE id IN ({marks})",
                              list(set(attendee_ids))).fetchall()
    return {row[0]: " ".join(part for part in row[1:] if part) for row in rows}


@dataclass(frozen=True)
class RetiredCode:
    """A code that no longer admits anyone: whose it was, and why."""

    attendee_id: int
    reason: str


def retired_code(store: Store, key: str) -> RetiredCode | None:
    """Why the code with that lookup key was retired (None: it was not)."""
    row = store.conn.execute("SELECT attendee_id, reason FROM retired_codes WHERE code_key = ?", (key,)).fetchone()
    return RetiredCode(*row) if row else None


def find_by_key(store: Store, key: str) -> Attendee | None:
    """The attendee whose code has that lookup key."""
    rows = store.rows(f"SELECT {SELECT_COLUMNS} FROM attendees WHERE code_key = ?", (key,))
    return Attendee.from_row(rows[0]) if rows else None


def unused_code(store: Store) -> str:
    """A fresh random code that no attendee has."""
    while True:
        code = generate_code()
        if not store.conn.execute("SELECT 1 FROM attendees WHERE code_key = ?", (code,)).fetchone():
            return code


def key_for(values: dict[str, str]) -> str:
    """The search key of an attendee's names and organisation."""
    return search_key(values.get("first_name", ""), values.get("last_name", ""), values.get("organisation", ""))


def insert(store: Store, values: dict[str, str], at: datetime, source: str, cancelled: bool = False) -> int:
    """Insert an attendee and log it (inside the caller's transaction); returns the new id."""
    return insert_many(store, [(values, cancelled)], at, source)[0]


def insert_many(store: Store, new: list[tuple[dict[str, str], bool]], at: datetime, source: str) -> list[int]:
    """Insert attendees (values, cancelled) in one go, each with its event row; returns their ids."""
    first_id = store.conn.execute("SELECT coalesce(max(id), 0) + 1 FROM attendees").fetchone()[0]
    stamp = to_iso(at)
    rows, payloads = [], []
    for offset, (values, cancelled) in enumerate(new):
        row: dict[str, Any] = {k: values.get(k, "") for k in EDITABLE}
        given = values.get("code", "")
        row["code"] = given if code_key(given) else unused_code(store)  # nothing readable in it: a fresh one
        payloads.append({"attendee_id": first_id + offset, "source": source, "cancelled": cancelled, **row})
        rows.append({**row, "id": first_id + offset, "code_key": code_key(row["code"]), "cancelled": int(cancelled),
                     "source": source, "search_key": key_for(row), "at": stamp})
    for row, uid in zip(rows, _new_uids(store, [row["code_key"] for row in rows]), strict=True):
        row["uid"] = uid
    write_new(store, rows)
    store.record_many("attendee_added", payloads, at)
    return [row["id"] for row in rows]


def write_new(store: Store, rows: list[dict[str, Any]]) -> None:
    """Insert attendee rows (every column of `insert_many`'s rows, `uid` included; ids above every existing one)
    into the table and the name search, without an event row (the caller logs one, or applies another
    machine's)."""
    if not rows:
        return
    store.conn.executemany(
        "INSERT INTO attendees (id, code, code_key, salutation, title, first_name, last_name, organisation, email,"
        " category, order_code, cancelled, source, search_key, created_at, updated_at, uid)"
        " VALUES (:id, :code, :code_key, :salutation, :title, :first_name, :last_name, :organisation, :email,"
        " :category, :order_code, :cancelled, :source, :search_key, :at, :at, :uid)", rows)
    first_id = min(row["id"] for row in rows)
    store.conn.execute("INSERT INTO attendee_search (rowid, search_key) SELECT id, search_key FROM attendees"
                       " WHERE id >= ?", (first_id,))
    store.conn.execute("DELETE FROM retired_codes WHERE code_key IN (SELECT code_key FROM attendees WHERE id >= ?)",
                       (first_id,))  # a list may hand out a retired code again: it admits its new holder


def _new_uids(store: Store, keys: list[str]) -> list[str]:
    """Portable ids for new attendees: from their codes' keys, unless a code is handed out again whose earlier
    holder has that id (then a random one)."""
    wanted = [attendee_uid(key) for key in keys]
    taken: set[str] = set()
    for start in range(0, len(wanted), 500):
        chunk = wanted[start:start + 500]
        taken.update(uid for (uid,) in store.conn.execute(
            f"SELECT uid FROM attendees WHERE uid IN ({','.join('?' * len(chunk))})", chunk))
    return [str(uuid.uuid4()) if uid in taken else uid for uid in wanted]


def list_values(store: Store, attendee_id: int) -> dict[str, str]:
    """The fields staff corrected, each with the value the attendee list has for it."""
    row = store.conn.execute("SELECT list_values FROM attendees WHERE id = ?", (attendee_id,)).fetchone()
    return parse_list_values(row[0]) if row else {}


def parse_list_values(stored: str) -> dict[str, str]:
    """The `list_values` column as a dictionary."""
    return json.loads(stored) if stored else {}


def update(store: Store, attendee: Attendee, changes: dict[str, Any], at: datetime, reason: str,
           new_list_values: dict[str, str] | None = None) -> None:
    """Change an attendee's fields (and cancellation) and log old and new values.

    A change for any reason but IMPORT is a staff correction: the fields it changes are remembered with the
    list's value, so that a re-import keeps them. An import passes `new_list_values` when the list's values of
    corrected fields changed. Taking back a cancellation makes a retired code of the attendee valid again.
    """
    current = asdict(attendee)
    changed = {k: v for k, v in changes.items() if k in (*EDITABLE, "cancelled") and current[k] != v}
    corrected = [k for k in changed if k in EDITABLE] if reason != IMPORT else []
    if corrected:
        new_list_values = _with_corrections(list_values(store, attendee.id), corrected, current, changed)
    if not changed and new_list_values is None:
        return
    write_changes(store, attendee, changed, at, new_list_values)
    payload = {"attendee_id": attendee.id, "reason": reason, "before": {k: current[k] for k in changed},
               "after": changed}
    if new_list_values is not None:
        payload["list_values"] = new_list_values
    store.record("attendee_changed", payload, at)


def write_changes(store: Store, attendee: Attendee, changed: dict[str, Any], at: datetime,
                  new_list_values: dict[str, str] | None) -> None:
    """Write changed fields (and the list's values of corrected ones) without an event row (see `update`)."""
    current = asdict(attendee)
    search = key_for({**current, **changed})
    assignments = "".join(f"{k} = :{k}, " for k in changed)
    if new_list_values is not None:
        assignments += "list_values = :list_values, "
    if search != key_for(current):  # only then: it re-indexes the name search (a trigger)
        assignments += "search_key = :search_key, "
    store.conn.execute(
        f"UPDATE attendees SET {assignments}updated_at = :at WHERE id = :id",
        {**changed, "search_key": search, "at": to_iso(at), "id": attendee.id,
         "list_values": json.dumps(new_list_values, ensure_ascii=False) if new_list_values else ""},
    )
    if changed.get("cancelled") is False:
        store.conn.execute("DELETE FROM retired_codes WHERE code_key = ?", (code_key(attendee.code),))


def _with_corrections(known: dict[str, str], corrected: list[str], before: dict[str, Any],
                      after: dict[str, Any]) -> dict[str, str]:
    """Add freshly corrected fields (with the value they had, the list's) and drop those that are back at the
    list's value."""
    merged = {**{field: before[field] for field in corrected}, **known}
    return {field: value for field, value in merged.items() if after.get(field, before[field]) != value}


def replace_code(store: Store, attendee: Attendee, new_code: str, at: datetime, reason: str) -> None:
    """Give an attendee a new code; the old one is retired (it answers "cancelled" with `reason`)."""
    write_code(store, attendee, new_code, at, reason)
    store.record("attendee_code_replaced", {"attendee_id": attendee.id, "reason": reason, "old_code": attendee.code,
                                            "new_code": new_code}, at)


def write_code(store: Store, attendee: Attendee, new_code: str, at: datetime, reason: str) -> None:
    """Write a new code and retire the old one, without an event row (see `replace_code`)."""
    new_key = code_key(new_code)
    store.conn.execute("DELETE FROM retired_codes WHERE code_key = ?", (new_key,))
    store.conn.execute("UPDATE attendees SET code = ?, code_key = ?, updated_at = ? WHERE id = ?",
                       (new_code, new_key, to_iso(at), attendee.id))
    retire_code(store, attendee, reason, at)


def retire_code(store: Store, attendee: Attendee, reason: str, at: datetime) -> None:
    """Remember the attendee's code (as given) as retired, and why (inside the caller's transaction)."""
    store.conn.execute("INSERT OR REPLACE INTO retired_codes (code_key, code, attendee_id, reason, retired_at)"
                       " VALUES (?, ?, ?, ?, ?)", (code_key(attendee.code), attendee.code, attendee.id, reason,
                                                   to_iso(at)))
