"""A throwaway PostgreSQL server on 127.0.0.1 for `kiosk bench --venue` and the venue tests: its own folder,
a free port, its socket in that folder, fsync on. `initdb` and `pg_ctl` refuse to run as root, so a root
process (CI) runs them as the `postgres` user.

Passwords never go into URLs: the server writes a pgpass file and points `PGPASSFILE` at it, as a venue
machine would (`use_pgpass`), so the URLs it hands out look like the ones in `event.toml`."""

import os
import pwd
import secrets
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import psycopg

SUPERUSER = "postgres"
SEARCH_DIRS = ("/usr/lib/postgresql", "/usr/local/pgsql/bin", "/usr/local/bin", "/usr/bin")
START_SECONDS = 60
PORT_TRIES = 5
SETTINGS = {
    "listen_addresses": "'127.0.0.1'",
    "max_connections": "100",
    "shared_buffers": "32MB",
    "fsync": "on",  # the kill tests mean "a crashed server keeps what it acknowledged"
    "log_min_messages": "warning",
    "log_line_prefix": "'%m [%p] %u@%d '",
}


class PostgresMissing(RuntimeError):
    """No PostgreSQL server binaries on this machine (Debian: `apt-get install postgresql`)."""


def find_bin_dir() -> Path:
    """The folder with `initdb`, `pg_ctl` and `postgres`: on PATH, or Debian's /usr/lib/postgresql/NN/bin
    (the newest version), which Debian keeps off PATH."""
    on_path = shutil.which("pg_ctl")
    if on_path and shutil.which("initdb"):
        return Path(os.path.realpath(on_path)).parent
    debian = Path("/usr/lib/postgresql")
    versions = sorted((p for p in debian.glob("*/bin") if (p / "pg_ctl").exists()),
                      key=lambda p: int(p.parent.name) if p.parent.name.isdigit() else 0)
    if versions:
        return versions[-1]
    for folder in SEARCH_DIRS[1:]:
        if (Path(folder) / "pg_ctl").exists() and (Path(folder) / "initdb").exists():
            return Path(folder)
    raise PostgresMissing("PostgreSQL's server binaries (initdb, pg_ctl) are missing: "
                          "apt-get install postgresql (Debian) or put them on PATH")


def free_port() -> int:
    """A TCP port nobody listens on at this moment."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


class PostgresServer:
    """One server in a temporary folder; `start`, `crash` (pg_ctl stop -m immediate), `stop`, `remove`."""

    def __init__(self, bin_dir: Path | None = None) -> None:
        self.bin_dir = bin_dir or find_bin_dir()
        self.as_root = os.geteuid() == 0
        self.folder = Path(tempfile.mkdtemp(prefix="kiosk-pg-"))
        self.data = self.folder / "data"
        self.log = self.folder / "server.log"
        self.pgpass = self.folder / "pgpass"
        self.password = secrets.token_hex(12)
        self.port = 0
        self._owner()
        self._initdb()
        self.pgpass.write_text(f"*:*:*:{SUPERUSER}:{self.password}\n", encoding="utf-8")
        self.pgpass.chmod(0o600)

    def _owner(self) -> None:
        """As root, the folder belongs to `postgres` (the server writes there; root still reads it)."""
        if not self.as_root:
            return
        try:
            user = pwd.getpwnam("postgres")
        except KeyError as missing:
            raise PostgresMissing("running as root needs the 'postgres' user (apt-get install postgresql)") \
                from missing
        os.chown(self.folder, user.pw_uid, user.pw_gid)

    def _run(self, *argv: str, check: bool = True) -> subprocess.CompletedProcess[str]:
        """A server binary, as the `postgres` user when this process is root."""
        command = [str(self.bin_dir / argv[0]), *argv[1:]]
        if self.as_root:
            command = ["runuser", "-u", "postgres", "--", *command]
        done = subprocess.run(command, cwd=self.folder, capture_output=True, text=True, stdin=subprocess.DEVNULL)
        if check and done.returncode != 0:
            raise RuntimeError(f"{' '.join(argv[:2])} failed ({done.returncode}): {done.stderr or done.stdout}"
                               f"{self.log_tail()}")
        return done

    def _initdb(self) -> None:
        secret = self.folder / "superuser-password"
        secret.write_text(self.password, encoding="utf-8")
        if self.as_root:
            user = pwd.getpwnam("postgres")
            os.chown(secret, user.pw_uid, user.pw_gid)
        secret.chmod(0o600)
        try:
            self._run("initdb", "-D", str(self.data), "-U", SUPERUSER, f"--pwfile={secret}", "-E", "UTF8",
                      "--locale=C", "--auth-local=trust", "--auth-host=scram-sha-256", "--no-instructions")
        finally:
            secret.unlink()

    def _configure(self) -> None:
        settings = {**SETTINGS, "port": str(self.port), "unix_socket_directories": f"'{self.folder}'"}
        text = "".join(f"{name} = {value}\n" for name, value in settings.items())
        (self.data / "postgresql.auto.conf").write_text(text, encoding="utf-8")

    def start(self) -> None:
        """Start (or restart after a crash: PostgreSQL recovers from its WAL); on the first start, a free port,
        tried again if another process took it meanwhile."""
        tries = PORT_TRIES if self.port == 0 else 1
        for attempt in range(tries):
            if self.port == 0 or attempt > 0:
                self.port = free_port()
                self._configure()
            done = self._run("pg_ctl", "start", "-D", str(self.data), "-l", str(self.log), "-w",
                             "-t", str(START_SECONDS), check=False)
            if done.returncode == 0:
                return
        raise RuntimeError(f"PostgreSQL did not start: {done.stderr or done.stdout}{self.log_tail()}")

    def crash(self) -> None:
        """`pg_ctl stop -m immediate`: every server process ends at once, as when the power fails."""
        self._run("pg_ctl", "stop", "-D", str(self.data), "-m", "immediate", "-w")

    def stop(self) -> None:
        """A clean shutdown (waits for nobody: open sessions are ended)."""
        self._run("pg_ctl", "stop", "-D", str(self.data), "-m", "fast", "-w")

    def running(self) -> bool:
        return self._run("pg_ctl", "status", "-D", str(self.data), check=False).returncode == 0

    def ensure_running(self) -> None:
        if not self.running():
            self.start()

    def remove(self) -> None:
        """Stop the server and delete its folder."""
        if self.data.exists() and self.running():
            self.stop()
        shutil.rmtree(self.folder, ignore_errors=True)

    def log_tail(self, lines: int = 20) -> str:
        """The end of the server's log, for failure messages."""
        if not self.log.exists():
            return ""
        return "\nserver log:\n" + "\n".join(self.log.read_text(errors="replace").splitlines()[-lines:])

    def url(self, database: str = "postgres", user: str = SUPERUSER, port: int | None = None) -> str:
        """A URL without password (the pgpass file has it); `port` to go through a proxy."""
        return f"postgresql://{user}@127.0.0.1:{port or self.port}/{database}"

    @contextmanager
    def admin(self, database: str = "postgres") -> Iterator[psycopg.Connection]:
        """The superuser, autocommit (CREATE DATABASE cannot run in a transaction)."""
        with psycopg.connect(host="127.0.0.1", port=self.port, user=SUPERUSER, password=self.password,
                             dbname=database, autocommit=True, connect_timeout=10) as connection:
            yield connection

    def create_database(self, name: str) -> str:
        """A new, empty database; its superuser URL."""
        with self.admin() as connection:
            connection.execute(f'CREATE DATABASE "{name}"')
        return self.url(name)

    def drop_database(self, name: str) -> None:
        """Drop it, ending any session still in it."""
        with self.admin() as connection:
            connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')

    def create_role(self, name: str, database: str, member_of: tuple[str, ...] = ()) -> str:
        """A login role that may connect to `database` (the schema's grants are `kiosk venue init`'s), its
        password in the pgpass file; its URL."""
        password = secrets.token_hex(12)
        with self.admin() as connection:
            exists = connection.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", (name,)).fetchone()
            verb = "ALTER" if exists else "CREATE"
            connection.execute(f"{verb} ROLE \"{name}\" LOGIN PASSWORD '{password}'")
            connection.execute(f'GRANT CONNECT ON DATABASE "{database}" TO "{name}"')
            for group in member_of:
                connection.execute(f'GRANT "{group}" TO "{name}"')
        with self.pgpass.open("a", encoding="utf-8") as lines:
            lines.write(f"*:*:*:{name}:{password}\n")
        return self.url(database, name)

    @contextmanager
    def use_pgpass(self) -> Iterator[None]:
        """`PGPASSFILE` pointing at this server's passwords, for this process and the processes it starts."""
        before = os.environ.get("PGPASSFILE")
        os.environ["PGPASSFILE"] = str(self.pgpass)
        try:
            yield
        finally:
            if before is None:
                os.environ.pop("PGPASSFILE", None)
            else:
                os.environ["PGPASSFILE"] = before


@contextmanager
def running_server() -> Iterator[PostgresServer]:
    """A started server with its pgpass file in use, removed afterwards."""
    server = PostgresServer()
    try:
        server.start()
        with server.use_pgpass():
            yield server
    finally:
        server.remove()

