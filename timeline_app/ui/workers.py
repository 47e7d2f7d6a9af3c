"""Background ingest: a worker thread opens its own Store connection and runs ``model.ingest.ingest_paths`` with
progress and cancel; results come back to the GUI thread as queued signals. Widgets are never touched here.

``IngestJob`` runs one batch at a time; paths given while a batch runs are queued and start when it ends.
``run_sync=True`` (tests, command line without a window) runs the same worker on the calling thread.
"""
from __future__ import annotations

import logging
import threading
import traceback
from pathlib import Path

from PySide6.QtCore import QObject, QRunnable, QThread, QThreadPool, Signal, Slot

from timeline_app.model.ingest import IngestResult, ingest_paths
from timeline_app.model.store import Store

log = logging.getLogger(__name__)


class IngestWorker(QObject):
    progress = Signal(int, int, str)   # done, total, path of the last input handled
    finished = Signal(list, bool)      # list[IngestResult], cancelled
    failed = Signal(str)               # the batch could not run at all (e.g. the library cannot be opened)

    def __init__(self, db_path: str | Path, paths: list[str]):
        super().__init__()
        self.db_path = str(db_path)
        self.paths = list(paths)
        self._cancel = threading.Event()

    def cancel(self) -> None:
        self._cancel.set()

    @Slot()
    def run(self) -> None:
        results: list[IngestResult] = []
        try:
            store = Store.open(self.db_path)
        except Exception as exc:  # expected: a locked/unreadable library -> reported inline
            log.warning("ingest: cannot open %s: %s", self.db_path, exc)
            self.failed.emit(f"{exc}")
            self.finished.emit(results, False)
            return
        try:
            results = ingest_paths(store, self.paths, progress=lambda d, t, p: self.progress.emit(d, t, str(p)),
                                   cancel=self._cancel.is_set)
        except Exception as exc:
            log.error("ingest failed\n%s", traceback.format_exc())
            self.failed.emit(f"{type(exc).__name__}: {exc}")
        finally:
            store.close()
        self.finished.emit(results, self._cancel.is_set())


class IngestJob(QObject):
    """Owns the ingest thread. Signals are delivered on the GUI thread."""

    started = Signal(int)              # number of paths in the batch
    progress = Signal(int, int, str)
    finished = Signal(list, bool)
    failed = Signal(str)

    def __init__(self, parent=None, run_sync: bool = False):
        super().__init__(parent)
        self.run_sync = run_sync
        self._thread: QThread | None = None
        self._worker: IngestWorker | None = None
        self._queue: list[tuple[str, list[str]]] = []

    def is_running(self) -> bool:
        return self._worker is not None

    def start(self, db_path: str | Path, paths: list[str]) -> None:
        paths = [str(p) for p in paths]
        if not paths:
            return
        if self.is_running():
            self._queue.append((str(db_path), paths))
            return
        worker = IngestWorker(db_path, paths)
        self._worker = worker
        worker.progress.connect(self.progress)
        worker.failed.connect(self.failed)
        worker.finished.connect(self._done)
        self.started.emit(len(paths))
        if self.run_sync:
            worker.run()
            return
        thread = QThread(self)
        thread.setObjectName("ingest")
        worker.moveToThread(thread)
        thread.started.connect(worker.run)
        worker.finished.connect(thread.quit)
        thread.finished.connect(worker.deleteLater)
        self._thread = thread
        thread.start()

    def cancel(self) -> None:
        """Stop after the current article (what was stored stays); queued batches are dropped."""
        self._queue.clear()
        if self._worker is not None:
            self._worker.cancel()

    def wait(self, ms: int = 30000) -> bool:
        """Cancel and wait for the thread (closing the window)."""
        self.cancel()
        if self._thread is not None:
            return self._thread.wait(ms)
        return True

    @Slot(list, bool)
    def _done(self, results: list, cancelled: bool) -> None:
        thread = self._thread
        self._worker = None
        self._thread = None
        if thread is not None:
            thread.quit()  # the queued quit from worker.finished may not have run yet
            thread.wait()
            thread.deleteLater()
        self.finished.emit(results, cancelled)
        if self._queue and not cancelled:
            db, paths = self._queue.pop(0)
            self.start(db, paths)


class _FacetSignals(QObject):
    done = Signal(int, object, object)   # generation, facets dict, articles list


class FacetsTask(QRunnable):
    """Read the filter bar's choices (``Store.facets()``, ``Store.articles()``) on a pool thread with its own
    connection: on a library of thousands of articles this takes a second or two."""

    def __init__(self, db_path: str | Path, generation: int):
        super().__init__()
        self.db_path, self.generation = str(db_path), generation
        self.signals = _FacetSignals()
        self.setAutoDelete(False)  # the window holds it until ``done`` arrives

    def run(self) -> None:
        try:
            with Store.open(self.db_path, create=False) as store:
                facets, articles = store.facets(), store.articles()
        except Exception as exc:  # a library that vanished meanwhile: the choices just stay as they were
            log.info("facets of %s not read: %s", self.db_path, exc)
            facets, articles = None, None
        self.signals.done.emit(self.generation, facets, articles)


class _RedateSignals(QObject):
    done = Signal(int, int, str)         # generation, article id, error ("" when it worked)


class RedateTask(QRunnable):
    """Set one article's publication date and re-resolve its events (``Store.set_published``: re-extraction plus
    the rewrite of its events, a fraction of a second to seconds) on a pool thread with its own connection.
    ``guessed`` puts the 'guessed' flag back (undoing a correction of a guessed date)."""

    def __init__(self, db_path: str | Path, generation: int, article_id: int, date, source: str, guessed: bool):
        super().__init__()
        self.db_path, self.generation = str(db_path), generation
        self.article_id, self.date, self.source, self.guessed = article_id, date, source, guessed
        self.signals = _RedateSignals()
        self.setAutoDelete(False)  # the runner holds it until ``done`` arrives

    def run(self) -> None:
        error = ""
        try:
            with Store.open(self.db_path, create=False) as store:
                store.set_published(self.article_id, self.date, source=self.source)
                if self.guessed:
                    with store.transaction() as c:
                        c.execute("UPDATE articles SET published_guessed = 1 WHERE id = ?", (self.article_id,))
        except Exception as exc:  # a store refusal (no such article) or a vanished library: reported, never raised
            log.info("re-dating article %s failed: %s", self.article_id, exc)
            error = str(exc) or type(exc).__name__
        self.signals.done.emit(self.generation, self.article_id, error)


class RedateRunner(QObject):
    """Runs re-dating tasks one after another (a redo queued behind its undo runs after it) on one pool thread.

    ``busyChanged(bool)`` says when work starts and when the queue is empty; ``finished(article_id, error)`` arrives on
    the GUI thread for each task of the current library (``reset`` forgets the tasks of a library being closed)."""

    busyChanged = Signal(bool)
    finished = Signal(int, str)

    def __init__(self, parent=None):
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._pool.setExpiryTimeout(-1)  # the same thread for every task: they run strictly in order
        self._tasks: list[RedateTask] = []
        self._generation = 0

    def is_busy(self) -> bool:
        return bool(self._tasks)

    def start(self, db_path: str | Path, article_id: int, date, source: str = "user", guessed: bool = False) -> None:
        task = RedateTask(db_path, self._generation, article_id, date, source, guessed)
        task.signals.done.connect(self._done)
        was_busy = self.is_busy()
        self._tasks.append(task)
        if not was_busy:
            self.busyChanged.emit(True)
        self._pool.start(task)

    @Slot(int, int, str)
    def _done(self, generation: int, article_id: int, error: str) -> None:
        self._tasks = [t for t in self._tasks if t.signals is not self.sender()]
        if generation == self._generation:
            self.finished.emit(article_id, error)
        if not self._tasks:
            self.busyChanged.emit(False)

    def wait(self, msecs: int = 30000) -> bool:
        """Block until the queued tasks ran (their results are delivered by the event loop afterwards)."""
        return self._pool.waitForDone(msecs)

    def reset(self) -> None:
        """Before the library closes: let the running tasks finish and ignore what they report."""
        self._pool.waitForDone()
        self._generation += 1
