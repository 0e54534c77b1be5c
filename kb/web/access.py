"""Who may change the corpus: one admin password, compared in constant time, behind a login throttle.

The password comes from ``KB_ADMIN_PASSWORD`` (the web page also reads Streamlit secrets);
without one, changing the corpus from the page is disabled. Reading needs no login.

Wrong attempts are recorded in a small SQLite file in the index folder, not in Streamlit's
caches: any client can clear those (Streamlit's ``clear_cache`` message), which used to reset
the count. They are counted per client address, so a stranger's guesses never lock out
another address: each address has ``FREE_TRIES`` wrong passwords, then waits ``FIRST_PAUSE``
seconds, doubling with every further wrong one up to ``MAX_PAUSE``. A global ceiling slows
guessing from many addresses: past ``GLOBAL_CEILING`` wrong passwords in ``GLOBAL_WINDOW``,
an address that has never logged in gets one try before its pause instead of five. Addresses
that logged in before, and addresses that have not guessed wrong, are never held back by it.
"""

from __future__ import annotations

import hmac
import ipaddress
import os
import sqlite3
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from kb.errors import KBError
from kb.shared_db import open_shared

FREE_TRIES = 5
FIRST_PAUSE = 30.0
MAX_PAUSE = 3600.0
FORGET_AFTER = 24 * 3600.0  # an address's wrong attempts are forgotten a day after its last one
GLOBAL_WINDOW = 600.0
GLOBAL_CEILING = 30
TRUST_FOR = 30 * 24 * 3600.0  # an address that logged in is spared the global ceiling for 30 days
LOCAL = "local"  # the key of connections without an address (loopback, tests)
STORE_NAME = "access/logins.sqlite"


def admin_password_from_env() -> str:
    return os.environ.get("KB_ADMIN_PASSWORD", "")


def address_key(ip: str | None) -> str:
    """The throttle's key for a client address; IPv6 by /64, since one host commonly holds a whole /64."""
    if not ip:
        return LOCAL
    try:
        parsed = ipaddress.ip_address(ip.strip())
    except ValueError:
        return LOCAL
    if isinstance(parsed, ipaddress.IPv6Address):
        if parsed.ipv4_mapped is not None:
            return str(parsed.ipv4_mapped)
        return str(ipaddress.ip_network(f"{parsed}/64", strict=False))
    return str(parsed)


@dataclass(frozen=True)
class Verdict:
    """The outcome of one login attempt; says no more than right, wrong, empty or wait."""

    ok: bool = False
    empty: bool = False  # nothing typed: not counted
    wait_seconds: float = 0.0  # > 0: refused without looking at the password
    tries_left: int = 0  # after a wrong password: wrong ones left before a pause


_SCHEMA = (
    "CREATE TABLE IF NOT EXISTS addresses (address TEXT PRIMARY KEY, failures INTEGER NOT NULL, "
    "last REAL NOT NULL, locked_until REAL NOT NULL, trusted_until REAL NOT NULL)",
    "CREATE TABLE IF NOT EXISTS failures (at REAL NOT NULL)",
)


class AttemptStore:
    """Wrong attempts per address and in all, in SQLite: shared by every session and server process."""

    def __init__(self, path: Path) -> None:
        self.path = path
        try:
            self._db = open_shared(path, _SCHEMA)
        except (OSError, sqlite3.Error) as exc:
            raise KBError(f"cannot keep track of login attempts in {path} ({exc}); admin login is off") from None

    def transaction(self) -> sqlite3.Connection:
        self._db.execute("BEGIN IMMEDIATE")  # one writer at a time: two sessions cannot both use a last try
        return self._db

    def row(self, address: str, now: float) -> tuple[int, float, float]:
        """(failures, locked_until, trusted_until) of ``address``; failures forgotten after FORGET_AFTER."""
        found = self._db.execute(
            "SELECT failures, last, locked_until, trusted_until FROM addresses WHERE address = ?", (address,)
        ).fetchone()
        if found is None:
            return 0, 0.0, 0.0
        failures, last, locked_until, trusted_until = found
        return (0 if now - last > FORGET_AFTER else failures), locked_until, trusted_until

    def save(self, address: str, failures: int, now: float, locked_until: float, trusted_until: float) -> None:
        self._db.execute(
            "INSERT OR REPLACE INTO addresses VALUES (?, ?, ?, ?, ?)",
            (address, failures, now, locked_until, trusted_until),
        )

    def recent_failures(self, now: float) -> int:
        self._db.execute("DELETE FROM failures WHERE at < ?", (now - GLOBAL_WINDOW,))
        self._db.execute(
            "DELETE FROM addresses WHERE last < ? AND trusted_until < ?", (now - FORGET_AFTER - MAX_PAUSE, now)
        )
        return int(self._db.execute("SELECT count(*) FROM failures").fetchone()[0])

    def add_failure(self, now: float) -> None:
        self._db.execute("INSERT INTO failures VALUES (?)", (now,))

    def close(self) -> None:
        self._db.close()


@dataclass
class AdminGate:
    """Checks admin passwords against the throttle kept in an ``AttemptStore``."""

    password: str
    store: AttemptStore
    clock: Callable[[], float] = time.time  # wall-clock time: the records outlive the process

    @property
    def enabled(self) -> bool:
        return bool(self.password)

    def seconds_locked(self, address: str) -> float:
        now = self.clock()
        _, locked_until, _ = self.store.row(address, now)
        return min(max(0.0, locked_until - now), MAX_PAUSE)  # a clock set back cannot lock anyone out longer

    def check(self, attempt: str, address: str) -> Verdict:
        if not self.enabled:
            return Verdict()
        db = self.store.transaction()
        try:
            verdict = self._check(attempt, address, self.clock())
            db.execute("COMMIT")
        except BaseException:
            db.execute("ROLLBACK")
            raise
        return verdict

    def _check(self, attempt: str, address: str, now: float) -> Verdict:
        failures, locked_until, trusted_until = self.store.row(address, now)
        if locked_until > now:
            return Verdict(wait_seconds=min(locked_until - now, MAX_PAUSE))
        if not attempt:
            return Verdict(empty=True)
        if hmac.compare_digest(attempt.encode("utf-8"), self.password.encode("utf-8")):
            self.store.save(address, 0, now, 0.0, now + TRUST_FOR)
            return Verdict(ok=True)
        failures += 1
        crowded = self.store.recent_failures(now) >= GLOBAL_CEILING and trusted_until < now
        free = 1 if crowded else FREE_TRIES
        self.store.add_failure(now)
        if failures < free:
            self.store.save(address, failures, now, 0.0, trusted_until)
            return Verdict(tries_left=free - failures)
        pause = min(FIRST_PAUSE * 2 ** min(failures - free, 20), MAX_PAUSE)
        self.store.save(address, failures, now, now + pause, trusted_until)
        return Verdict(wait_seconds=pause)


def login_store(index_root: Path) -> AttemptStore:
    """The attempt store of an index folder (beside the builds; ``kb index`` never touches it)."""
    return AttemptStore(index_root / STORE_NAME)
