"""The ``timeline-app`` command: headless commands over a library, or the GUI when no command is given.

    timeline-app [--db DB] [FILES...]                 start the GUI (the files given are ingested)
    timeline-app [--db DB] ingest PATH... [--published YYYY-MM-DD]
    timeline-app extract FILE... [--published YYYY-MM-DD] [--json]
    timeline-app [--db DB] events [--json] [--search TEXT] [--from DATE] [--to DATE]
    timeline-app [--db DB] articles [--json]
    timeline-app [--db DB] set-date ARTICLE_ID YYYY-MM-DD
    timeline-app [--db DB] export OUT.pdf|OUT.png|OUT.svg [--from DATE] [--to DATE] [--search TEXT]
    timeline-app desktop install|uninstall [--system] [--data-home DIR]

Exit status: 0 success, 1 some input failed (or the library could not be opened), 2 usage error.
Headless commands import no Qt (``export`` loads it on demand, offscreen when there is no display).
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import sqlite3
import sys
from pathlib import Path

COMMANDS = ("ingest", "extract", "events", "articles", "set-date", "export", "desktop")


def _date(value: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date: {value!r} (use YYYY-MM-DD)")


def _positive_int(value: str) -> int:
    try:
        n = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {value!r}")
    if n < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1: {value!r}")
    return n


def _add_filter_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("--from", dest="date_from", type=_date, metavar="YYYY-MM-DD",
                   help="only events that end on or after this day")
    p.add_argument("--to", dest="date_to", type=_date, metavar="YYYY-MM-DD",
                   help="only events that start on or before this day")
    p.add_argument("--search", metavar="TEXT", help="only events matching these words (title, actors, places, sources)")
    p.add_argument("--outlet", action="append", default=[], metavar="NAME", help="only events cited from this outlet "
                   "(repeatable)")
    p.add_argument("--dated-only", action="store_true", help="leave out undated events")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="timeline-app",
        description="Arabic news timelines: extract dated events and their sources from articles, list, curate "
                    "and print them. Without a command, starts the GUI.",
        epilog="Library: --db, else $TIMELINE_APP_DB, else the user data folder (created on first use with a sample "
               "article). Exit status: 0 ok, 1 some input failed, 2 usage error.")
    parser.add_argument("--db", metavar="PATH", help="library file to use (default: $TIMELINE_APP_DB or the user "
                        "data folder)")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    p = sub.add_parser("ingest", help="add articles (.txt .md .html .htm .jsonl files, or folders) to the library",
                       description="Add articles to the library. Folders are read recursively. Prints one line per "
                                   "input: ingested, duplicate or failed with the reason.")
    p.add_argument("paths", nargs="+", metavar="PATH")
    p.add_argument("--published", type=_date, metavar="YYYY-MM-DD",
                   help="publication date for every article given (overrides metadata and datelines)")
    p.add_argument("--json", action="store_true", help="one JSON object per input instead of text lines")
    p.add_argument("--workers", type=_positive_int, metavar="N",
                   help="extraction processes (default: automatic; 1 = no extra processes)")
    p.add_argument("-q", "--quiet", action="store_true", help="print only failures and the summary")

    p = sub.add_parser("extract", help="extract time expressions, attributions and events from files (no library)",
                       description="Run the extractor on files without storing anything. With --json, prints one "
                                   "JSON object per article (JSON Lines): file, title, published, published_source, "
                                   "timexes, attributions, events. Offsets are str indices into the decoded text.")
    p.add_argument("files", nargs="+", metavar="FILE")
    p.add_argument("--published", type=_date, metavar="YYYY-MM-DD", help="reference date (default: from the file)")
    p.add_argument("--json", action="store_true", help="JSON Lines output (the scoring format)")

    p = sub.add_parser("events", help="list the library's events (earliest first, undated last)")
    _add_filter_options(p)
    p.add_argument("--json", action="store_true", help="one JSON object per event (JSON Lines)")
    p.add_argument("--limit", type=_positive_int, metavar="N", help="at most N events")

    p = sub.add_parser("articles", help="list the library's articles")
    p.add_argument("--json", action="store_true", help="one JSON object per article (JSON Lines)")

    p = sub.add_parser("set-date", help="set an article's publication date and re-resolve its events",
                       description="Set an article's publication date. Its relative dates are resolved again; "
                                   "events you edited are kept.")
    p.add_argument("article_id", type=_positive_int, metavar="ARTICLE_ID")
    p.add_argument("date", type=_date, metavar="YYYY-MM-DD")

    p = sub.add_parser("export", help="print the timeline to a PDF, PNG or SVG file (the GUI's print rendering)")
    p.add_argument("out", metavar="OUT.pdf|OUT.png|OUT.svg")
    _add_filter_options(p)
    p.add_argument("--title", help="title printed on the pages")

    from timeline_app import desktop  # PRINT's module (no Qt): its own sub-command, handler set on the args
    desktop.add_cli_parser(sub)
    return parser


def _first_positional(argv: list[str]) -> str | None:
    """The command word, if any: the first argument after ``--db PATH`` that is not an option. Any other option
    before it (``--lang``, ``--new-instance`` …) belongs to the GUI."""
    skip = False
    for a in argv:
        if skip:
            skip = False
            continue
        if a == "--db":
            skip = True
            continue
        if a.startswith("--db="):
            continue
        if a in ("-h", "--help"):
            return "--help"
        if a.startswith("-"):
            return None
        return a
    return None


def _err(msg: str) -> None:
    print(f"timeline-app: {msg}", file=sys.stderr)


def _open_store(args):
    from timeline_app.model.library import ensure_default_library, resolve_library_path
    from timeline_app.model.store import Store
    if args.db is None:
        path = ensure_default_library()  # the user's library: created (with the sample) on first use
    else:
        path = resolve_library_path(args.db)
    return Store.open(path)


def _filter(args):
    from timeline_app.model.filters import EventFilter
    return EventFilter(text=args.search, date_from=args.date_from, date_to=args.date_to, outlets=list(args.outlet),
                       include_undated=not args.dated_only)


def _dumps(obj) -> str:
    return json.dumps(obj, ensure_ascii=False, default=str)


# --- commands ---


def cmd_ingest(args) -> int:
    from timeline_app.model.ingest import ingest_paths
    with _open_store(args) as store:
        def progress(done, total, path):
            pass
        results = ingest_paths(store, args.paths, workers=args.workers, published=args.published)
        for r in results:
            if args.quiet and r.ok:
                continue
            if args.json:
                print(_dumps({"path": r.path, "status": r.status, "reason": r.reason, "article_id": r.article_id,
                              "title": r.title, "events": r.events}))
            else:
                print(r.line())
        counts = {k: sum(1 for r in results if r.status == k) for k in ("ingested", "duplicate", "failed")}
        print(f"{counts['ingested']} ingested, {counts['duplicate']} duplicate, {counts['failed']} failed "
              f"→ {store.path}", file=sys.stderr)
    return 1 if counts["failed"] else 0


def extraction_record(art, published: dt.date, ex) -> dict:
    """The ``extract --json`` object for one article (the scoring contract)."""
    d = ex.to_json()
    for e in d["events"]:
        e["timex"] = e.get("timex_index")
        e["attributions"] = e.get("attribution_indexes", [])
    name = Path(art.path).name if art.path else None
    return {"file": name, "path": art.path, "title": art.title, "outlet": art.outlet, "url": art.url,
            "published": published.isoformat(), "published_source": art.published_source,
            "published_guessed": art.published_guessed, **d}


def cmd_extract(args) -> int:
    from timeline_app.model.readers import ReadError, read_path
    from timeline_app.model.store import run_extraction
    failed = False
    for f in args.files:
        try:
            items = list(read_path(Path(f)))
        except ReadError as err:
            _err(f"{f}: {err.reason}")
            failed = True
            continue
        for art in items:
            if isinstance(art, ReadError):
                _err(f"{art.path}: {art.reason}")
                failed = True
                continue
            if args.published:
                art.published, art.published_source, art.published_guessed = args.published, "user", False
            published = art.published or dt.date.today()
            try:
                ex = run_extraction(art.text, published)
            except Exception as exc:
                _err(f"{art.path}: extraction failed: {type(exc).__name__}: {exc}")
                failed = True
                continue
            rec = extraction_record(art, published, ex)
            if args.json:
                print(_dumps(rec))
            else:
                print(f"{art.path}  [{published} — {art.published_source}]  {art.title or ''}")
                for e in ex.events:
                    when = e.start_date.isoformat() if e.start_date else "undated"
                    print(f"  {when:<10}  {e.title}")
                print(f"  {len(ex.timexes)} time expressions, {len(ex.attributions)} attributions, "
                      f"{len(ex.events)} events")
    return 1 if failed else 0


def _event_date(e: dict) -> str:
    if not e.get("start_date"):
        return "undated"
    start = dt.date.fromisoformat(e["start_date"])
    end = dt.date.fromisoformat(e["end_date"]) - dt.timedelta(days=1) if e.get("end_date") else start
    return start.isoformat() if end <= start else f"{start.isoformat()}…{end.isoformat()}"


def cmd_events(args) -> int:
    with _open_store(args) as store:
        ids = store.query_event_ids(_filter(args))
        if args.limit:
            ids = ids[:args.limit]
        for i in range(0, len(ids), 500):
            for e in store.events_by_ids(ids[i:i + 500]):
                if args.json:
                    print(_dumps(e))
                else:
                    who = f"  [{', '.join(e['sources'])}]" if e["sources"] else ""
                    print(f"{e['id']:>6}  {_event_date(e):<22}  {e['title']}{who}")
        if not args.json:
            print(f"{len(ids)} events", file=sys.stderr)
    return 0


def cmd_articles(args) -> int:
    with _open_store(args) as store:
        for a in store.articles():
            if args.json:
                print(_dumps(a))
            else:
                guessed = "?" if a["published_guessed"] else ""
                print(f"{a['id']:>6}  {a['published'] or 'no date'}{guessed} ({a['published_source']})  "
                      f"{a['event_count']:>3} events  {a['title'] or a['path']}")
    return 0


def cmd_set_date(args) -> int:
    from timeline_app.model.store import StoreError
    with _open_store(args) as store:
        try:
            store.set_published(args.article_id, args.date)
        except StoreError as exc:
            _err(str(exc))
            return 1
        a = store.article(args.article_id)
        print(f"article {args.article_id}: published {a['published']} (set by user); {len(a['event_ids'])} events")
    return 0


def cmd_export(args) -> int:
    out = Path(args.out)
    suffix = out.suffix.lower()
    if suffix not in (".pdf", ".png", ".svg"):
        _err(f"{out}: unsupported export format {suffix or '(none)'} (use .pdf, .png or .svg)")
        return 2
    if sys.platform.startswith("linux") and not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    with _open_store(args) as store:
        from timeline_app.ui import printing  # Qt from here on (PRINT's module)
        f = _filter(args)
        if suffix == ".pdf":
            pages = printing.export_pdf(store, out, event_filter=f, title=args.title)
            print(f"{out}: {pages} page(s)")
        else:
            _export_image(store, out, f)
            print(f"{out}")
    return 0


def _export_image(store, out: Path, f) -> None:
    from PySide6.QtCore import QItemSelectionModel
    from PySide6.QtWidgets import QApplication

    from timeline_app.ui import printing
    from timeline_app.ui.event_model import EventModel
    from timeline_app.ui.fonts import install_fonts
    from timeline_app.ui.timeline import TimelineView
    app = QApplication.instance() or QApplication(["timeline-app"])
    install_fonts()
    model = EventModel(store, event_filter=f)
    view = TimelineView(model, QItemSelectionModel(model), async_load=False)  # loaded before it is drawn
    view.resize(1600, 900)
    view.fit_all()
    printing.export_image(view, out)
    del app


def cmd_gui(argv: list[str]) -> int:
    """Start the GUI (WORKSPACE's timeline_app.ui.app.main parses --db, FILES and its own options)."""
    try:
        from timeline_app.ui import app as ui_app
    except ImportError as exc:
        _err(f"the GUI is not available: {exc}")
        return 1
    return int(ui_app.main(argv) or 0)


def cmd_desktop(args) -> int:
    """``desktop install|uninstall``: timeline_app.desktop's own handler (no library is opened)."""
    return int(args.handler(args) or 0)


HANDLERS = {"ingest": cmd_ingest, "extract": cmd_extract, "events": cmd_events, "articles": cmd_articles,
            "set-date": cmd_set_date, "export": cmd_export, "desktop": cmd_desktop}


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    first = _first_positional(argv)
    if first not in COMMANDS and first != "--help":
        if first is not None and not Path(first).exists() and not Path(first).suffix and os.sep not in first:
            _err(f"unknown command {first!r} (commands: {', '.join(COMMANDS)}; or give article files to open "
                 f"the GUI with them)")
            return 2
        return cmd_gui(argv)
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # argparse: 0 for --help, 2 for usage errors
        return int(exc.code or 0)
    if args.command is None:
        parser.print_help()
        return 2
    from timeline_app.model.store import StoreError
    try:
        return HANDLERS[args.command](args)
    except StoreError as exc:
        _err(str(exc))
        return 1
    except KeyboardInterrupt:
        _err("interrupted")
        return 130
    except BrokenPipeError:
        return 0
    except sqlite3.Error as exc:  # e.g. the library is locked by another program for too long
        _err(f"library error: {exc}")
        return 1
    except OSError as exc:
        _err(f"{exc.filename or ''}: {exc.strerror or exc}".lstrip(": "))
        return 1
    except Exception as exc:  # a bug: one line unless asked for the traceback
        if os.environ.get("TIMELINE_APP_DEBUG"):
            raise
        _err(f"internal error: {type(exc).__name__}: {exc} (set TIMELINE_APP_DEBUG=1 for the traceback)")
        return 1


if __name__ == "__main__":
    raise SystemExit(main())
