"""Who may change the corpus: one admin password, compared in constant time, with a rate limit.

The password comes from ``KB_ADMIN_PASSWORD`` (the web page also reads Streamlit secrets);
without one, changing the corpus from the page is disabled. Reading needs no login.
"""

from __future__ import annotations

import hmac
import os
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field

MAX_FAILURES = 5
LOCKOUT_SECONDS = 60.0


def admin_password_from_env() -> str:
    return os.environ.get("KB_ADMIN_PASSWORD", "")


@dataclass
class AdminGate:
    """Checks admin passwords; after MAX_FAILURES wrong ones, refuses every attempt for a while."""

    password: str
    max_failures: int = MAX_FAILURES
    lockout_seconds: float = LOCKOUT_SECONDS
    clock: Callable[[], float] = time.monotonic
    _failures: int = 0
    _locked_until: float = 0.0
    _lock: threading.Lock = field(default_factory=threading.Lock)

    @property
    def enabled(self) -> bool:
        return bool(self.password)

    def seconds_locked(self) -> float:
        return max(0.0, self._locked_until - self.clock())

    def check(self, attempt: str) -> bool:
        """True for the right password; never says more than yes or no."""
        if not self.enabled:
            return False
        with self._lock:
            if self.seconds_locked() > 0:
                return False
            ok = hmac.compare_digest(attempt.encode("utf-8"), self.password.encode("utf-8"))
            if ok:
                self._failures = 0
                return True
            self._failures += 1
            if self._failures >= self.max_failures:
                self._failures = 0
                self._locked_until = self.clock() + self.lockout_seconds
            return False
