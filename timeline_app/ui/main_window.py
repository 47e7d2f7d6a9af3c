"""The main window: the timeline above the event table, the side panel beside them, the filter bar and message bar on
top, menus and a status bar. It owns the open library (``.store``) and the undo stack, and wires the parts together;
actions live in actions.py, curation in curation.py/commands.py, ingest in workers.py/ingest_ui.py, drops in drop.py.

Public surface other parts rely on: ``.store``, ``.current_filter()``, ``.timeline_view``, ``.file_menu``.
"""
from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QItemSelectionModel, Qt, QThreadPool, QTimer, Slot
from PySide6.QtGui import QAction, QUndoStack
from PySide6.QtWidgets import QFileDialog, QLabel, QMainWindow, QMessageBox, QSplitter, QVBoxLayout, QWidget

from timeline_app import __version__
from timeline_app.model.filters import EventFilter
from timeline_app.model.store import Store, StoreError
from timeline_app.ui import commands as cmd
from timeline_app.ui.actions import WindowActions
from timeline_app.ui.curation import CurationUI
from timeline_app.ui.drop import DropHandler
from timeline_app.ui.event_model import EventModel
from timeline_app.ui.event_table import EventTable
from timeline_app.ui.filter_bar import FilterBar
from timeline_app.ui.i18n import language_manager
from timeline_app.ui.ingest_ui import BusyIndicator, IngestProgress, IngestSummaryDialog, headline, summarize
from timeline_app.ui.message_bar import MessageBar
from timeline_app.ui.settings import Settings
from timeline_app.ui.side_panel import SidePanel
from timeline_app.ui.timeline import TimelineView
from timeline_app.ui.workers import FacetsTask, IngestJob, RedateRunner

log = logging.getLogger(__name__)
IMPORT_FILTER = "*.txt *.md *.html *.htm *.jsonl"
REFRESH_MS = 400  # views refresh at most this often while a batch lands
UI_BUSY_TIMEOUT_MS = 2500  # the UI thread's writes give up after this (an import holds the library's write lock)


class MainWindow(QMainWindow):
    def __init__(self, settings: Settings | None = None, run_ingest_sync: bool = False):
        super().__init__()
        self.settings = settings or Settings()
        self.store: Store | None = None
        self.model: EventModel | None = None
        self.selection: QItemSelectionModel | None = None
        self.timeline_view: TimelineView | None = None
        self.table: EventTable | None = None
        self._filter = EventFilter()
        self.last_summary: IngestSummaryDialog | None = None
        self.undo_stack = QUndoStack(self)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._facets_generation = 0
        self._facet_tasks: set = set()
        self.curation: cmd.Curation | None = None
        self.curation_ui = CurationUI(self)

        self.message_bar = MessageBar(self)
        self.filter_bar = FilterBar(self)
        self.side_panel = SidePanel(self)
        self.view_splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.view_splitter.setChildrenCollapsible(False)
        self.main_splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.main_splitter.addWidget(self.view_splitter)
        self.main_splitter.addWidget(self.side_panel)
        self.main_splitter.setStretchFactor(0, 3)
        self.main_splitter.setStretchFactor(1, 2)
        self.empty_label = QLabel(self)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        self.empty_label.setStyleSheet("color: palette(placeholder-text); font-size: 13pt; padding: 30px;")
        central = QWidget(self)
        lay = QVBoxLayout(central)
        lay.setContentsMargins(4, 4, 4, 0)
        lay.setSpacing(4)
        lay.addWidget(self.message_bar)
        lay.addWidget(self.filter_bar)
        lay.addWidget(self.empty_label)
        lay.addWidget(self.main_splitter, 1)
        self.setCentralWidget(central)

        self.ingest = IngestJob(self, run_sync=run_ingest_sync)
        self.ingest_progress = IngestProgress(self)
        self.redater = RedateRunner(self)   # publication dates: re-extraction off the UI thread, one at a time
        self.redate_busy = BusyIndicator(self)
        self.status_label = QLabel(self)
        self.statusBar().addWidget(self.status_label, 1)
        self.statusBar().addPermanentWidget(self.redate_busy)
        self.statusBar().addPermanentWidget(self.ingest_progress)
        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(REFRESH_MS)
        self._refresh_timer.timeout.connect(lambda: self.refresh_views(facets=False))  # facets once, at the end

        self.actions_ = WindowActions(self)
        self.file_menu = self.actions_.file_menu
        self._install_print_actions()
        self.actions_.finish_file_menu()
        self.actions_.sync_checks(self.settings)
        self.drops = DropHandler(self)

        self.filter_bar.filterChanged.connect(self.apply_filter)
        self.side_panel.setDateRequested.connect(self.curation_ui.set_publication_date)
        self.side_panel.addEventRequested.connect(self.curation_ui.add_event)
        self.side_panel.editDateRequested.connect(self.curation_ui.edit_date)
        self.side_panel.text_view.copyAvailable.connect(lambda _: self.update_actions())
        self.drops.pathsDropped.connect(self.import_paths)
        self.ingest.started.connect(self.ingest_progress.begin)
        self.ingest.started.connect(lambda _n: self.update_actions())  # edits wait for the import (see update_actions)
        self.ingest.progress.connect(self._ingest_progress)
        self.ingest.finished.connect(self._ingest_finished)
        self.ingest.failed.connect(lambda msg: self.show_error(self.tr("Import failed: %1").replace("%1", msg)))
        self.ingest_progress.cancelRequested.connect(self.ingest.cancel)
        self.undo_stack.cleanChanged.connect(lambda _: self.update_title())
        self.redater.busyChanged.connect(self._redate_busy)

        self._sync_date_words()
        self.retranslate()
        self._restore_geometry()
        self.update_actions()

    # ------------------------------------------------------------------ library
    def open_library(self, path: str | Path, create: bool = True) -> bool:
        """Open (or, with ``create``, create) the library at ``path``; on failure keep the current one and say why
        inline."""
        path = Path(path).expanduser().resolve()
        try:
            store = Store.open(path, create=create)
        except (StoreError, OSError) as exc:
            self.show_error(self.tr("Could not open the library %1: %2").replace("%1", "\u2066" + str(path) + "\u2069")
                            .replace("%2", str(exc)))
            return False
        self._close_store()
        self.store = store
        # a write from this (the UI) thread waits at most this long for another writer before it is reported
        store.conn.execute(f"PRAGMA busy_timeout = {UI_BUSY_TIMEOUT_MS}")
        self._filter = EventFilter()  # a filter of the previous library (its article ids, outlets) means nothing here
        self.filter_bar.blockSignals(True)
        self.filter_bar.clear()
        self.filter_bar.blockSignals(False)
        self.curation = cmd.Curation(store, self, redater=self.redater)
        self.curation.changed.connect(self._curation_changed)
        self.curation.failed.connect(self.show_error)
        self._build_views()
        self.side_panel.set_store(store)
        self.settings.add_recent_library(str(path))
        self.refresh_facets()
        self.update_title()
        self.update_status()
        self.update_actions()
        self.message_bar.hide()
        return True

    def _close_store(self) -> None:
        self.redater.reset()  # a re-dating still running writes to this library: let it end, forget its result
        self.undo_stack.clear()
        self.side_panel.set_store(None)
        if self.curation is not None:
            self.curation.deleteLater()
            self.curation = None
        if self.timeline_view is not None:
            self.timeline_view.wait_loaded()  # its loader thread reads the library being closed
        for w in (self.timeline_view, self.table):
            if w is not None:
                w.setParent(None)
                w.deleteLater()
        self.timeline_view = self.table = None
        self.selection = None
        if self.model is not None:
            self.model.deleteLater()  # with its selection model; the views above go in the same pass
        self.model = None
        if self.store is not None:
            self.store.close()
            self.store = None

    def _build_views(self) -> None:
        self.model = EventModel(self.store, self._filter, parent=self)
        self.selection = QItemSelectionModel(self.model, self.model)
        self.timeline_view = TimelineView(self.model, self.selection)
        self.table = EventTable(self.model, self.selection)
        self.view_splitter.addWidget(self.timeline_view)
        self.view_splitter.addWidget(self.table)
        self.view_splitter.setStretchFactor(0, 3)
        self.view_splitter.setStretchFactor(1, 2)
        if not self.settings.view_splitter.isEmpty():
            self.view_splitter.restoreState(self.settings.view_splitter)
        self.timeline_view.set_calendar_family(self.settings.calendar_family)
        self.timeline_view.set_digits(self.settings.digits)
        self.timeline_view.set_hijri_axis(self.settings.hijri_axis)
        self.timeline_view.set_color_by(self.settings.color_by)
        self.timeline_view.eventActivated.connect(self.show_event)
        self.table.eventActivated.connect(self.show_event)
        self.selection.currentChanged.connect(self._current_changed)
        self.selection.selectionChanged.connect(lambda *_: self.update_actions())
        self.model.modelReset.connect(self.update_status)
        self.table.fit_columns()

    def new_library_dialog(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("New Library"), str(Path.home() / "news.timeline.db"),
                                              self.tr("Timeline libraries (*.timeline.db *.tldb *.db)"))
        if path:
            if not path.endswith((".db", ".tldb")):
                path += ".timeline.db"  # the name pattern the desktop integration registers for libraries
            self.open_library(path)

    def open_library_dialog(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Open Library"), str(Path.home()),
                                              self.tr("Timeline libraries (*.timeline.db *.tldb *.db);;All files (*)"))
        if path:
            self.open_library(path, create=False)

    def fill_recent_menu(self) -> None:
        menu = self.actions_.recent_menu
        menu.clear()
        recent = self.settings.recent_libraries
        for p in recent:
            act = QAction(p, menu)
            act.triggered.connect(lambda _=False, p=p: self.open_library(p, create=False))
            menu.addAction(act)
        if not recent:
            act = menu.addAction(self.tr("(none)"))
            act.setEnabled(False)

    # ------------------------------------------------------------------ import
    def import_files_dialog(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(
            self, self.tr("Import Articles"), self.settings.last_import_dir or str(Path.home()),
            self.tr("Articles (%1);;All files (*)").replace("%1", IMPORT_FILTER))
        if paths:
            self.settings.last_import_dir = str(Path(paths[0]).parent)
            self.import_paths(paths)

    def import_folder_dialog(self) -> None:
        path = QFileDialog.getExistingDirectory(self, self.tr("Import a Folder of Articles"),
                                                self.settings.last_import_dir or str(Path.home()))
        if path:
            self.settings.last_import_dir = path
            self.import_paths([path])

    @Slot(list)
    def import_paths(self, paths: list) -> None:
        """Ingest files/folders in the background (queued if a batch is running)."""
        if self.store is None or not paths:
            return
        self.ingest.start(self.store.path, [str(Path(p).expanduser().resolve()) for p in paths])

    @Slot(list)
    def open_forwarded(self, paths: list) -> None:
        """A second launch handed us its files: bring the window up and import them."""
        self.showNormal() if self.isMinimized() else self.show()
        self.raise_()
        self.activateWindow()
        self.open_paths(paths)

    def open_paths(self, paths: list) -> None:
        """Libraries among ``paths`` are opened, everything else is imported."""
        from timeline_app.desktop import is_library_file
        libraries = [str(p) for p in paths if is_library_file(p)]
        current = str(self.store.path) if self.store is not None else None
        for lib in libraries:
            if str(Path(lib).resolve()) != current:
                self.open_library(lib, create=False)  # a double-clicked library: open it, never import it
        self.import_paths([str(p) for p in paths if str(p) not in libraries])

    def _ingest_progress(self, done: int, total: int, path: str) -> None:
        self.ingest_progress.step(done, total, path)
        if not self._refresh_timer.isActive():
            self._refresh_timer.start()

    def _ingest_finished(self, results: list, cancelled: bool) -> None:
        self.ingest_progress.end()
        self.update_actions()
        self._refresh_timer.stop()
        self.refresh_views()
        groups = summarize(results)
        level = "warning" if groups.get("failed") or cancelled else "success"
        if self.last_summary is not None:
            self.last_summary.deleteLater()
        dlg = IngestSummaryDialog(results, cancelled, self)
        self.last_summary = dlg
        self.message_bar.show_message(headline(self, groups, cancelled), level, self.tr("Details…"), dlg.show)
        added = [r for r in groups.get("ingested", []) if r.article_id]
        if added and self.selection is not None and not self.selection.hasSelection():
            art = self.store.article(added[-1].article_id) if self.store else None
            if art and art.get("event_ids"):
                self.select_event(art["event_ids"][0])

    # ------------------------------------------------------------------ filter, selection, refresh
    def current_filter(self) -> EventFilter:
        return self._filter

    def apply_filter(self, f: EventFilter) -> None:
        self._filter = f
        keep = self.current_event_id()
        if self.model is not None:
            self.model.set_filter(f)
            if keep is not None:
                self.select_event(keep, show=False)
        self.update_status()

    def focus_search(self) -> None:
        self.filter_bar.search.setFocus()
        self.filter_bar.search.selectAll()

    def refresh_facets(self) -> None:
        """Refill the filter bar's choices; read on a pool thread (seconds on a large library)."""
        if self.store is None:
            return
        self._facets_generation += 1
        task = FacetsTask(self.store.path, self._facets_generation)
        task.signals.done.connect(self._facets_loaded)
        self._facet_tasks.add(task)
        task.signals.done.connect(lambda *_a, t=task: self._facet_tasks.discard(t))
        self._pool.start(task)

    def _facets_loaded(self, generation: int, facets: dict, articles: list) -> None:
        if generation == self._facets_generation and self.store is not None and facets is not None:
            self.filter_bar.set_facets(facets, articles)

    def wait_background(self, msecs: int = 30000) -> None:
        """Block until background reads (timeline arrays, facets) are done and delivered (tests and scripts)."""
        self._pool.waitForDone(msecs)
        self.redater.wait(msecs)
        QCoreApplication.processEvents()  # a re-dating's result refreshes the views: their reads start now
        self._pool.waitForDone(msecs)
        if self.timeline_view is not None:
            self.timeline_view.wait_loaded(msecs)
        QCoreApplication.processEvents()
        QCoreApplication.processEvents()

    def refresh_views(self, keep: int | None = None, facets: bool = True) -> None:
        """Re-read the events (after ingest or an edit), keeping the current event selected when it is still shown."""
        if self.model is None:
            return
        keep = keep if keep is not None else self.current_event_id()
        self.model.refresh()
        if facets:
            self.refresh_facets()
        if keep is not None:
            self.select_event(keep, show=False)
        self.update_status()

    def current_event_id(self) -> int | None:
        if self.selection is None or self.model is None:
            return None
        idx = self.selection.currentIndex()
        return self.model.event_id(idx.row()) if idx.isValid() else None

    def selected_event_ids(self) -> list[int]:
        if self.selection is None or self.model is None:
            return []
        rows = sorted({i.row() for i in self.selection.selectedRows()})
        ids = [self.model.event_id(r) for r in rows]
        if not ids and self.current_event_id() is not None:
            ids = [self.current_event_id()]
        return [i for i in ids if i is not None]

    def select_event(self, event_id: int, show: bool = True) -> bool:
        if self.model is None or self.selection is None:
            return False
        idx = self.model.index_for_id(int(event_id))
        if not idx.isValid():
            return False
        flags = QItemSelectionModel.SelectionFlag
        self.selection.setCurrentIndex(idx, flags.ClearAndSelect | flags.Rows)
        if self.table is not None:
            self.table.scrollTo(self.table.proxy.mapFromSource(idx))
        if show:
            self.show_event(int(event_id))
        return True

    def show_event(self, event_id: int) -> None:
        self.side_panel.show_event(event_id)
        self.update_actions()

    def _current_changed(self, current, _previous) -> None:
        eid = self.model.event_id(current.row()) if (current.isValid() and self.model) else None
        if eid is not None and eid != self.side_panel.current_event_id():
            self.side_panel.show_event(eid)
        self.update_actions()

    def _curation_changed(self, event_ids: list, article_id: int) -> None:
        keep = self.current_event_id()
        shown_article = self.side_panel.current_article_id()
        evidence = None
        if article_id >= 0 and self.side_panel.citation is not None:
            evidence = self.side_panel.citation.get("evidence_start")
        if keep is not None and self.store is not None and self.store.event(keep) is None:
            keep = None
        if keep is None and article_id >= 0 and self.store is not None:
            keep = self._event_at(article_id, evidence)
        if event_ids and len(event_ids) == 1 and self.store is not None and self.store.event(event_ids[0]):
            keep = event_ids[0] if keep is None else keep
        self.refresh_views(keep, facets=article_id >= 0)  # counts shift little on an edit; re-dating re-extracts
        if keep is not None and self.store is not None and self.store.event(keep) is not None:
            self.side_panel.show_event(keep, shown_article)
        elif shown_article is not None:
            self.side_panel.show_article(shown_article)
        self.update_actions()

    def _event_at(self, article_id: int, evidence_start: int | None) -> int | None:
        """After re-dating an article (its events are re-created): the event over the same evidence, else its first."""
        art = self.store.article(article_id)
        if not art or not art.get("event_ids"):
            return None
        if evidence_start is not None:
            row = self.store.conn.execute(
                "SELECT c.event_id FROM citations c JOIN events e ON e.id = c.event_id WHERE c.article_id = ? AND "
                "c.evidence_start = ? AND e.merged_into IS NULL ORDER BY c.id LIMIT 1",
                (article_id, evidence_start)).fetchone()
            if row:
                return row[0]
        return art["event_ids"][0]

    def _redate_busy(self, busy: bool) -> None:
        """While an article is re-dated in the background: say so, and hold back edits (its events are rewritten)."""
        self.redate_busy.setVisible(busy)
        self.update_actions()

    # ------------------------------------------------------------------ view settings
    def fit_all(self) -> None:
        if self.timeline_view is not None:
            self.timeline_view.fit_all()

    def zoom_to_selection(self) -> None:
        if self.timeline_view is not None:
            self.timeline_view.zoom_to_selection()

    def set_calendar_family(self, family: str) -> None:
        self.settings.calendar_family = family
        if self.timeline_view is not None:
            self.timeline_view.set_calendar_family(family)
        self._sync_date_words()

    def set_digits(self, digits: str) -> None:
        self.settings.digits = digits
        if self.timeline_view is not None:
            self.timeline_view.set_digits(digits)
        self._sync_date_words()

    def _sync_date_words(self) -> None:
        """The side panel writes dates like the timeline (and the printed document)."""
        from timeline_app.ui.print_data import DateWords
        self.side_panel.set_date_words(DateWords(self.settings.calendar_family, self.settings.digits))

    def set_hijri_axis(self, on: bool) -> None:
        self.settings.hijri_axis = bool(on)
        if self.timeline_view is not None:
            self.timeline_view.set_hijri_axis(bool(on))

    def set_color_by(self, how: str) -> None:
        self.settings.color_by = how
        if self.timeline_view is not None:
            self.timeline_view.set_color_by(how)

    def set_language(self, choice: str) -> None:
        """'' (system), 'ar' or 'en': retranslates every widget and mirrors the layout at once."""
        self.settings.language = choice
        language_manager().set_language(choice)
        self.actions_.sync_checks(self.settings)

    # ------------------------------------------------------------------ messages, title, status
    def show_error(self, text: str) -> None:
        log.info("shown to the user: %s", text)
        self.message_bar.show_message(text, "error")

    def show_info(self, text: str) -> None:
        self.message_bar.show_message(text, "info", timeout_ms=8000)

    def update_title(self) -> None:
        name = self.store.path.stem if self.store is not None else self.tr("No library")
        self.setWindowTitle(name + " — " + self.tr("Timeline"))
        if self.store is not None:
            self.setWindowFilePath(str(self.store.path))

    def update_status(self) -> None:
        if self.store is None or self.model is None:
            self.status_label.setText(self.tr("No library open"))
            self.empty_label.hide()
            return
        shown = self.model.rowCount()
        articles = self.store.article_count()
        self.empty_label.setVisible(articles == 0)
        self.status_label.setText(" · ".join((self.tr("%n event(s) shown", "", shown), self.tr("%n article(s)", "", articles),
                                              "\u2066" + str(self.store.path) + "\u2069")))

    def update_actions(self) -> None:
        ids = self.selected_event_ids()
        can_split = False
        if len(ids) == 1 and self.store is not None:
            row = self.store.conn.execute("SELECT 1 FROM merges WHERE kept_event_id = ? AND undone = 0 LIMIT 1",
                                          (ids[0],)).fetchone()
            can_split = row is not None
        has_text = self.side_panel.text_view.textCursor().hasSelection() and self.side_panel.article is not None
        # while an article is re-dated, or an import writes (it keeps the library's write lock almost all the time),
        # edits wait: a write from this thread would hang the window and then fail
        busy = self.redater.is_busy() or self.ingest.is_running()
        self.actions_.update_enabled(len(ids), self.store is not None, can_split, has_text,
                                     self.side_panel.article is not None, busy)
        self.side_panel.set_busy(busy)

    def about(self) -> None:
        QMessageBox.about(self, self.tr("About Timeline"),
                          self.tr("Timeline %1\nArabic news timelines: dated events, who said them, and where.")
                          .replace("%1", __version__))

    def retranslate(self) -> None:
        self.actions_.retranslate()
        if self.model is not None:  # models get no LanguageChange event: re-read the column headers
            if hasattr(self.model, "retranslate"):
                self.model.retranslate()
            else:
                from timeline_app.ui import event_model
                self.model._headers = event_model._headers()
                self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.model.columnCount() - 1)
        self.empty_label.setText(self.tr("Drop Arabic news articles here (.txt, .html, .jsonl) or use File › Import."))
        self.update_title()
        self.update_status()

    def changeEvent(self, event):
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # ------------------------------------------------------------------ drops, geometry, closing
    def dragEnterEvent(self, event):
        self.drops.drag_enter(event)

    def dragMoveEvent(self, event):
        self.drops.drag_enter(event)

    def dropEvent(self, event):
        self.drops.drop(event)

    def _install_print_actions(self) -> None:
        """File › Print…/Print Preview…/Export PDF…/Export Image… (PRINT's module, when it is there)."""
        import importlib.util
        if importlib.util.find_spec("timeline_app.ui.print_actions") is None:
            log.info("print actions not available yet")
            return
        from timeline_app.ui.print_actions import install_print_actions
        install_print_actions(self)

    def _restore_geometry(self) -> None:
        s = self.settings
        if not s.window_geometry.isEmpty():
            self.restoreGeometry(s.window_geometry)
        else:
            self.resize(1400, 900)
        if not s.window_state.isEmpty():
            self.restoreState(s.window_state)
        if not s.main_splitter.isEmpty():
            self.main_splitter.restoreState(s.main_splitter)
        else:
            self.main_splitter.setSizes([880, 520])

    def save_settings(self) -> None:
        s = self.settings
        s.window_geometry = self.saveGeometry()
        s.window_state = self.saveState()
        s.main_splitter = self.main_splitter.saveState()
        s.view_splitter = self.view_splitter.saveState()
        s.sync()

    def shutdown(self) -> None:
        """Save settings, stop the ingest thread and close the library (idempotent)."""
        if getattr(self, "_shut", False):
            return
        self._shut = True
        self.save_settings()
        self.ingest.wait()
        self.redater.reset()
        self._pool.waitForDone()
        if self.timeline_view is not None:
            self.timeline_view.wait_loaded()
        self._close_store()

    def closeEvent(self, event):
        self.shutdown()
        super().closeEvent(event)
