"""Ingest files and folders into a Store (no Qt).

Every input ends as one ``IngestResult``: "ingested", "duplicate" or "failed" with a reason (a .jsonl file gives one
result per line). Failures never change the store: reading and extraction happen before the article's transaction,
and each article is stored in its own transaction.

Extraction (``pipeline.extract``) is the costly step. With ``workers > 1`` it runs in a process pool while this
process stays the single writer; by default a pool is used only for large batches on multi-core machines.
"""
from __future__ import annotations

import datetime as dt
import gc
import multiprocessing as mp
import os
from concurrent.futures import BrokenExecutor, ProcessPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterable, Iterator

from timeline_app.model import readers
from timeline_app.model.filters import normalize_for_search
from timeline_app.model.readers import ReadError
from timeline_app.model.store import Store, content_hash, run_extraction
from timeline_app.model.types import ArticleInput, Extraction

POOL_THRESHOLD = 64        # articles: below this, extraction runs in this process
CHUNK = 16                 # articles in flight per worker


@dataclass
class IngestResult:
    path: str
    status: str              # ingested | duplicate | failed
    reason: str | None = None
    article_id: int | None = None
    title: str | None = None
    events: int = 0

    @property
    def ok(self) -> bool:
        return self.status != "failed"

    def line(self) -> str:
        """One human-readable line: «ingested  path  (article 3, 5 events)»."""
        if self.status == "failed":
            return f"failed     {self.path}: {self.reason}"
        extra = f" (article {self.article_id}" + (f", {self.events} events)" if self.status == "ingested" else ")")
        return f"{self.status:<10} {self.path}{extra}"


def expand_paths(paths: Iterable[str | Path]) -> Iterator[tuple[Path, str | None]]:
    """Files to read, in a stable order: folders recursively (supported files only, hidden ones skipped); a
    path that does not exist or a file of an unsupported type given explicitly comes with a failure reason."""
    for p in paths:
        p = Path(p)
        if p.is_dir():
            for f in sorted(p.rglob("*")):
                rel = f.relative_to(p).parts
                if f.is_file() and readers.is_supported(f) and not any(part.startswith(".") for part in rel):
                    yield f, None
        elif p.is_file():
            yield p, (None if readers.is_supported(p) else
                      f"unsupported file type {p.suffix or '(no extension)'} "
                      f"(use {', '.join(sorted(readers.SUPPORTED_SUFFIXES))})")
        elif p.exists():
            yield p, "not a regular file"
        else:
            yield p, "no such file or folder"


def _iter_articles(files: list[tuple[Path, str | None]]) -> Iterator[ArticleInput | IngestResult]:
    for path, problem in files:
        if problem:
            yield IngestResult(str(path), "failed", problem)
            continue
        try:
            for item in readers.read_path(path):
                if isinstance(item, ReadError):
                    yield IngestResult(item.path or str(path), "failed", item.reason)
                else:
                    yield item
        except ReadError as err:
            yield IngestResult(str(path), "failed", err.reason)
        except Exception as exc:  # a reader bug must not stop the other inputs
            yield IngestResult(str(path), "failed", f"cannot read: {type(exc).__name__}: {exc}")


# Bulk ingest allocates millions of short-lived containers beside long-lived ones (the merge index, caches): with
# the default thresholds the collector ran ~600 times over the bench corpus in the writer (3 CPU-s, 7%); these make
# it run a handful of times. Cyclic garbage waits a little longer; nothing else changes.
_BULK_GC_THRESHOLD = (50_000, 20, 100)


@contextmanager
def _bulk_gc():
    old = gc.get_threshold()
    gc.set_threshold(*_BULK_GC_THRESHOLD)
    try:
        yield
    finally:
        gc.set_threshold(*old)


def _worker_init() -> None:
    """Extraction processes do nothing else: bulk thresholds for their whole life."""
    gc.set_threshold(*_BULK_GC_THRESHOLD)


def _extract_in_worker(args: tuple[str, str]) -> tuple[Extraction, dict]:
    """Worker process: the extraction, plus the text's hash and search form (so the writer does less). The
    Extraction travels pickled as it is: its JSON form cost the worker ~1 ms per article (``asdict`` copies
    deeply) and the writer ~0.4 ms to rebuild."""
    text, published = args
    ex = run_extraction(text, dt.date.fromisoformat(published))
    return ex, {"hash": content_hash(text), "fts_text": normalize_for_search(text)}


def _count_units(files: list[tuple[Path, str | None]]) -> int:
    """Progress total: one per file, one per non-blank line for .jsonl files (cheap byte scan)."""
    total = 0
    for path, problem in files:
        if not problem and path.suffix.lower() in readers.JSONL_SUFFIXES:
            try:
                with open(path, "rb") as fh:
                    total += sum(1 for line in fh if line.strip()) or 1
                continue
            except OSError:
                pass
        total += 1
    return total


def ingest_paths(store: Store, paths: Iterable[str | Path], progress: Callable[[int, int, str], None] | None = None,
                 cancel: Callable[[], bool] | None = None, workers: int | None = None,
                 published: dt.date | None = None) -> list[IngestResult]:
    """Ingest files and folders. ``progress(done, total, path)`` after each article; ``cancel()`` returning True
    stops between articles (what was stored stays). ``published`` overrides every article's date (source "user").
    ``workers``: None = automatic (for 64+ articles on a multi-core machine, one extraction process per core, up
    to 4, beside this process, which writes: writing costs about half of extracting, so on two cores one extractor
    would leave the writer idle half the time); 1 = extract in this process; N > 1 = N extraction processes."""
    files = list(expand_paths(paths))
    total = _count_units(files)
    results: list[IngestResult] = []

    def report(res: IngestResult) -> None:
        results.append(res)
        if progress is not None:
            progress(len(results), max(total, len(results)), res.path)

    def prepared() -> Iterator[tuple[ArticleInput | None, IngestResult | None]]:
        for item in _iter_articles(files):
            if isinstance(item, IngestResult):
                yield None, item
                continue
            if published is not None:
                item.published, item.published_source, item.published_guessed = published, "user", False
            yield item, None

    def store_one(art: ArticleInput, ex: Extraction | None, pre: dict | None = None) -> None:
        try:
            status, aid = store.add_article(art, ex, precomputed=pre)
        except Exception as exc:  # a failed article leaves nothing behind (its transaction rolled back)
            report(IngestResult(art.path or "?", "failed", f"not stored: {type(exc).__name__}: {exc}"))
            return
        n = len(ex.events) if (ex is not None and status == "ingested") else 0
        report(IngestResult(art.path or "?", status, None, aid, art.title, n))

    pool_size = 0  # extraction processes beside this one (the writer); 0 = extract here
    env = os.environ.get("TIMELINE_APP_INGEST_WORKERS", "").strip()
    if workers is None and env.isdigit() and int(env) > 0:
        workers = int(env)
    if workers is None:
        cpus = os.cpu_count() or 1
        if total >= POOL_THRESHOLD and cpus > 1:
            pool_size = min(cpus, 4)  # the writer (~5 ms/article) shares the cores with the extractors (~9 ms)
    elif workers > 1:
        pool_size = workers
    # commits every 256 articles or 2 s: fewer WAL writes and checkpoints of the same hot index pages (a crash
    # loses at most those seconds, never part of an article; other connections see new articles that much later)
    with store.batch(size=256, seconds=2.0):
        if pool_size == 0:
            _serial(store, prepared(), report, store_one, cancel)
        else:
            with _bulk_gc():
                _pooled(store, prepared(), report, store_one, cancel, pool_size)
    return results


def _serial(store, stream, report, store_one, cancel) -> None:
    for art, failure in stream:
        if cancel is not None and cancel():
            break
        if failure is not None:
            report(failure)
            continue
        h = content_hash(art.text)
        dup = store.find_article_by_hash(h)
        if dup is not None:
            report(IngestResult(art.path or "?", "duplicate", None, dup, art.title))
            continue
        try:
            ex = run_extraction(art.text, art.published or dt.date.today())
        except Exception as exc:
            report(IngestResult(art.path or "?", "failed", f"extraction failed: {type(exc).__name__}: {exc}"))
            continue
        store_one(art, ex, {"hash": h})


def _pooled(store, stream, report, store_one, cancel, workers: int) -> None:
    """Read and de-duplicate here, extract in worker processes (a bounded window, results taken in input order),
    write here: the single writer."""
    broken = False
    ctx = mp.get_context("spawn")  # never fork: the caller may be a GUI process with threads
    with ProcessPoolExecutor(max_workers=workers, mp_context=ctx, initializer=_worker_init) as pool:
        window: list[tuple[ArticleInput | None, IngestResult | None, object, str | None]] = []
        exhausted = False
        while True:
            while not exhausted and len(window) < max(2, workers) * CHUNK:
                try:
                    art, failure = next(stream)
                except StopIteration:
                    exhausted = True
                    break
                if failure is not None:
                    window.append((None, failure, None, None))
                    continue
                h = None  # hashed in the worker; duplicates are caught when the result comes back
                fut = None
                if not broken:
                    try:
                        fut = pool.submit(_extract_in_worker, (art.text, (art.published or dt.date.today()).isoformat()))
                    except (BrokenExecutor, RuntimeError, OSError):
                        broken = True
                window.append((art, None, fut if fut is not None else "here", h))
            if not window:
                break
            if cancel is not None and cancel():
                for _, _, f, _ in window:
                    if f is not None and f != "here":
                        f.cancel()
                break
            art, res, fut, h = window.pop(0)
            if res is not None:
                report(res)
            else:
                pre: dict = {}
                ex = None
                try:
                    if fut != "here":
                        try:
                            ex, pre = fut.result()
                        except BrokenExecutor:  # workers cannot start/died (e.g. a frozen build): go on here
                            broken = True
                            fut = "here"
                    if fut == "here":
                        pre = {"hash": content_hash(art.text)}
                        if store.find_article_by_hash(pre["hash"]) is None:
                            ex = run_extraction(art.text, art.published or dt.date.today())
                except Exception as exc:
                    report(IngestResult(art.path or "?", "failed", f"extraction failed: {type(exc).__name__}: {exc}"))
                    continue
                dup = store.find_article_by_hash(pre["hash"])
                if dup is not None:
                    report(IngestResult(art.path or "?", "duplicate", None, dup, art.title))
                    continue
                store_one(art, ex, pre)

