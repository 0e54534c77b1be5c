"""Re-indexing from the page: a background job with progress and cancel, so the page is never held.

A build of a large corpus can take many minutes; run in the page's own script thread it froze
the admin's page until it ended. Here it runs in a thread of its own, one per index folder
and server process (kept in this module, which no client can clear, unlike ``st.cache_*``).
The page polls it once a second while it runs. Cancelling stops it at the next embedding
batch; nothing is published then, so the live index stays as it was and the vectors embedded
so far are kept in the cache for the next run.
"""

from __future__ import annotations

import itertools
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from kb.errors import CancelledError, KBError, describe_os_error
from kb.index.build import BuildReport, build_index
from kb.index.embedders import Embedder

_ids = itertools.count(1)


@dataclass
class ReindexJob:
    corpus: Path
    index_root: Path
    id: int = field(default_factory=lambda: next(_ids))
    done: int = 0
    total: int = 0
    waiting: bool = False  # another 'kb index' holds the lock
    phase: str = "reading"  # reading, chunking, embedding, writing, publishing (kb.index.build)
    started: float = field(default_factory=time.monotonic)
    finished: bool = False
    cancelled: bool = False
    report: BuildReport | None = None
    error: str = ""
    _cancel: threading.Event = field(default_factory=threading.Event)
    _ended: threading.Event = field(default_factory=threading.Event)

    def progress(self, done: int, total: int) -> None:
        """Called by the build between embedding batches: the place where a cancel takes effect."""
        self.waiting = False
        if self._cancel.is_set():
            raise CancelledError("re-index cancelled; the live index is unchanged")
        self.phase, self.done, self.total = "embedding", done, total

    def on_phase(self, phase: str, done: int, total: int) -> None:
        """Called by the build as each phase starts or advances."""
        self.waiting = False
        if self._cancel.is_set():
            raise CancelledError("re-index cancelled; the live index is unchanged")
        self.phase, self.done, self.total = phase, done, total

    @property
    def seconds(self) -> float:
        return time.monotonic() - self.started

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def cancelling(self) -> bool:
        return self._cancel.is_set() and not self.finished

    def wait(self, seconds: float) -> bool:
        """Wait up to ``seconds`` for the end (a small build shows its result at once); True if it ended."""
        return self._ended.wait(seconds)

    def run(self, embedder: Embedder, build: Callable[..., BuildReport]) -> None:
        try:
            self.report = build(
                self.corpus,
                self.index_root,
                embedder,
                progress=self.progress,
                on_wait=self._on_wait,
                phase=self.on_phase,
            )
        except CancelledError:
            self.cancelled = True
        except KBError as exc:
            self.error = str(exc)
        except OSError as exc:
            self.error = describe_os_error(exc)
        except Exception as exc:  # a thread's failure must still end the job with a line, not hang the page
            self.error = f"unexpected failure ({type(exc).__name__}); run 'kb index' for details"
        finally:
            self.finished = True
            self._ended.set()

    def _on_wait(self) -> None:
        self.waiting = True


_jobs: dict[Path, ReindexJob] = {}
_jobs_lock = threading.Lock()


def latest(index_root: Path) -> ReindexJob | None:
    """The running or last finished job of this index folder, if any."""
    with _jobs_lock:
        return _jobs.get(index_root.resolve())


def start(corpus: Path, index_root: Path, embedder: Embedder, build: Callable[..., BuildReport] = build_index):
    """Start a re-index unless one is running (then that one is returned)."""
    key = index_root.resolve()
    with _jobs_lock:
        running = _jobs.get(key)
        if running is not None and not running.finished:
            return running
        job = ReindexJob(corpus, index_root)
        _jobs[key] = job
    threading.Thread(target=job.run, args=(embedder, build), name=f"kb-reindex-{job.id}", daemon=True).start()
    return job
