"""Follow a programme URL: fetch it with ETag / If-Modified-Since, import what is sound, keep the last good copy.

A failed, cut, garbage or unreadable download changes nothing; an empty or much smaller programme waits for
staff (`confirm_pending`). `ProgrammeFollower` is plain Python: a Qt worker thread or a process runs `run()`
(or calls `poll()` on its own timer), and the UI reads `read_status(folder)` at any time, from any thread."""

import contextlib
import hashlib
import http.client
import json
import os
import sqlite3
import tempfile
import threading
import time
import urllib.error
import urllib.request
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from kiosk.common.timeutil import to_iso, utc_now
from kiosk.event.store import Store, StoreError
from kiosk.programme.detect import MAX_SOURCE_BYTES, parse_source
from kiosk.programme.importing import ImportReport, NeedsConfirmation, import_programme
from kiosk.programme.model import ProgrammeError

FOLDER = "programme"
STATUS_FILE = "follow.json"
LAST_GOOD = "last-good"
PENDING = "pending"
DEFAULT_TIMEOUT_S = 10.0
_CHUNK = 64 * 1024


@dataclass
class FollowStatus:
    """What staff see about the followed URL."""

    url: str = ""
    last_fetched: str | None = None  # the last answer from the server (new data or "not modified")
    last_imported: str | None = None  # the last time a new version was imported
    last_error: str = ""  # empty after a good fetch
    last_error_at: str | None = None
    pending: dict[str, Any] | None = None  # {"current", "incoming", "fetched_at"}: waits for staff to confirm
    etag: str = ""
    last_modified: str = ""
    digest: str = ""  # of the last good copy: the same bytes again are not imported again


def read_status(folder: Path) -> FollowStatus:
    """The follower's status as last written (a fresh status when there is none or it cannot be read)."""
    try:
        data = json.loads((folder / FOLDER / STATUS_FILE).read_text(encoding="utf-8"))
        return FollowStatus(**{k: v for k, v in data.items() if k in FollowStatus.__dataclass_fields__})
    except (OSError, ValueError, TypeError):
        return FollowStatus()


def write_atomically(path: Path, data: bytes) -> None:
    """Write a file so that readers see the old or the new content, never a part (temp file, fsync, rename)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        os.replace(temp, path)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise


class FetchError(Exception):
    """The download failed; str() says how."""


def download(url: str, timeout: float = DEFAULT_TIMEOUT_S, etag: str = "", last_modified: str = ""
             ) -> tuple[bytes, tuple[str, str]] | None:
    """The body of a 200 answer with its ETag and Last-Modified, or None for 304 Not Modified; FetchError when
    the server fails, the connection breaks, or the whole download takes longer than `timeout`."""
    request = urllib.request.Request(url, headers={"User-Agent": "event-kiosk programme follower"})
    if etag:
        request.add_header("If-None-Match", etag)
    if last_modified:
        request.add_header("If-Modified-Since", last_modified)
    deadline = time.monotonic() + timeout
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            body = _read(response, deadline, timeout)
            validators = response.headers.get("ETag", ""), response.headers.get("Last-Modified", "")
    except urllib.error.HTTPError as exc:
        if exc.code == 304:
            return None
        raise FetchError(f"the server answered {exc.code} {exc.reason}") from None
    except (urllib.error.URLError, http.client.HTTPException, OSError, ValueError) as exc:
        reason = getattr(exc, "reason", None) or exc
        raise FetchError(f"download failed: {type(exc).__name__}: {reason}") from None
    return body, validators


def _read(response: http.client.HTTPResponse, deadline: float, timeout: float) -> bytes:
    chunks, size = [], 0
    while chunk := response.read1(_CHUNK):
        size += len(chunk)
        if size > MAX_SOURCE_BYTES:
            raise FetchError(f"the download is larger than {MAX_SOURCE_BYTES // 1024 // 1024} MB")
        if time.monotonic() > deadline:
            raise FetchError(f"the download took longer than {timeout:g} s")
        chunks.append(chunk)
    expected = response.headers.get("Content-Length", "")
    if expected.isdigit() and int(expected) != size and not response.headers.get("Content-Encoding"):
        raise FetchError(f"download failed: IncompleteRead: the connection broke after {size} of {expected} bytes")
    return b"".join(chunks)


class ProgrammeFollower:
    """Fetches one URL into one event's programme; give it a Store of its own thread."""

    def __init__(self, folder: Path, store: Store, zone: ZoneInfo, url: str,
                 timeout: float = DEFAULT_TIMEOUT_S) -> None:
        self.folder, self.store, self.zone, self.url, self.timeout = folder, store, zone, url, timeout
        self.status = read_status(folder)
        if self.status.url != url:  # another URL: its validators and digest mean nothing here
            self.status = FollowStatus(url=url, last_imported=self.status.last_imported)

    def poll(self) -> FollowStatus:
        """Fetch once and import what is new. Never raises: network, content and storage trouble (a locked
        database, a full disk) end up in `last_error`, so a worker loop keeps going."""
        now = to_iso(utc_now())
        try:
            return self._poll(now)
        except (OSError, sqlite3.Error, StoreError) as exc:
            return self._failed(f"cannot store the programme: {exc}", now)

    def _poll(self, now: str) -> FollowStatus:
        try:
            fetched = self._fetch()
        except FetchError as exc:
            return self._failed(str(exc), now)
        self.status.last_fetched = now
        if fetched is None:
            return self._ok()
        data, validators = fetched
        if hashlib.sha256(data).hexdigest() == self.status.digest:
            self.status.etag, self.status.last_modified = validators
            return self._ok()
        try:
            self._import(parse_source(data, self.url, self.zone), data, confirm=False)
            self.status.etag, self.status.last_modified = validators
        except ProgrammeError as exc:
            return self._failed(f"unusable download: {exc}", now)
        except NeedsConfirmation as exc:
            write_atomically(self._path(PENDING), data)
            self.status.pending = {"current": exc.current, "incoming": exc.incoming, "fetched_at": now}
            return self._failed(str(exc), now)
        return self._ok()

    def confirm_pending(self) -> ImportReport:
        """Staff accept the empty or much smaller programme that waits; ProgrammeError if none waits."""
        path = self._path(PENDING)
        if not self.status.pending or not path.exists():
            raise ProgrammeError("no downloaded programme waits for confirmation")
        data = path.read_bytes()
        report = self._import(parse_source(data, self.url, self.zone), data, confirm=True)
        path.unlink()
        self._ok()
        return report

    def run(self, stop: threading.Event, interval: float) -> None:
        """Poll every `interval` seconds until `stop` is set (a worker thread's or a process's loop)."""
        while not stop.is_set():
            started = time.monotonic()
            self.poll()
            stop.wait(max(0.0, interval - (time.monotonic() - started)))

    def _import(self, parsed: Any, data: bytes, confirm: bool) -> ImportReport:
        report = import_programme(self.store, parsed, self.url, confirm=confirm)
        write_atomically(self._path(LAST_GOOD), data)
        self.status.digest = hashlib.sha256(data).hexdigest()
        self.status.last_imported = to_iso(utc_now())
        self.status.pending = None
        return report

    def _fetch(self) -> tuple[bytes, tuple[str, str]] | None:
        """The validators are kept only once the body proved good (a garbage answer must not be "not modified")."""
        return download(self.url, self.timeout, self.status.etag, self.status.last_modified)

    def _ok(self) -> FollowStatus:
        self.status.last_error = ""
        self._save()
        return self.status

    def _failed(self, why: str, now: str) -> FollowStatus:
        self.status.last_error, self.status.last_error_at = why, now
        self._save()
        return self.status

    def _save(self) -> None:
        """Write the status for other threads and processes; where that fails (a read-only folder) the status
        stays readable from `self.status` in this process."""
        with contextlib.suppress(OSError):
            write_atomically(self.folder / FOLDER / STATUS_FILE,
                             json.dumps(asdict(self.status), ensure_ascii=False, indent=1).encode())

    def _path(self, name: str) -> Path:
        return self.folder / FOLDER / name
