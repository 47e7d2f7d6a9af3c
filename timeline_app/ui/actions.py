"""The main window's actions and menus (File, Edit, View, Help), with their texts set in ``retranslate``.

Kept out of main_window.py so the window only lays widgets out and wires them. PRINT's actions are added to the File
menu by ``print_actions.install_print_actions(window)`` between Import and Quit.
"""
from __future__ import annotations

from functools import partial

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction, QActionGroup, QKeySequence

from timeline_app.ui.settings import CALENDAR_FAMILIES, COLOR_BY, DIGITS


class WindowActions(QObject):
    def __init__(self, w):
        super().__init__(w)
        self.w = w
        a = self._action
        # File
        self.new_library = a(w.new_library_dialog, QKeySequence.StandardKey.New)
        self.open_library = a(w.open_library_dialog, QKeySequence.StandardKey.Open)
        self.import_files = a(w.import_files_dialog, "Ctrl+I")
        self.import_folder = a(w.import_folder_dialog, "Ctrl+Shift+I")
        self.quit = a(w.close, QKeySequence.StandardKey.Quit)
        # Edit
        st = w.undo_stack
        self.undo = a(st.undo, QKeySequence.StandardKey.Undo)
        self.redo = a(st.redo, QKeySequence.StandardKey.Redo)
        self.busy = False   # an article is being re-dated in the background: no edits until it is done
        st.canUndoChanged.connect(lambda _: self._sync_undo())
        st.canRedoChanged.connect(lambda _: self._sync_undo())
        st.undoTextChanged.connect(lambda _: self._undo_texts())
        st.redoTextChanged.connect(lambda _: self._undo_texts())
        self.undo.setEnabled(False)
        self.redo.setEnabled(False)
        c = w.curation_ui
        self.edit_title = a(c.edit_title, "F2")
        self.edit_date = a(c.edit_date, "Ctrl+D")
        self.delete = a(c.delete_selected, QKeySequence.StandardKey.Delete)
        self.restore = a(c.restore_selected)
        self.merge = a(c.merge_selected, "Ctrl+M")
        self.split = a(c.split_selected, "Ctrl+Shift+M")
        self.add_event = a(c.add_event_from_selection, "Ctrl+Shift+A")  # Ctrl+Shift+E is Export PDF
        self.set_published = a(c.set_publication_date)
        self.find = a(w.focus_search, QKeySequence.StandardKey.Find)
        self.clear_filter = a(w.filter_bar.clear, "Ctrl+Shift+F")
        # View
        # no shortcuts here: the timeline's own actions own Ctrl+0 / Ctrl+E while it has focus (no ambiguity)
        self.fit_all = a(w.fit_all)
        self.zoom_selection = a(w.zoom_to_selection)
        self.hijri_axis = a(w.set_hijri_axis, checkable=True)
        self.family = self._group(CALENDAR_FAMILIES, w.set_calendar_family)
        self.digits = self._group(DIGITS, w.set_digits)
        self.color_by = self._group(COLOR_BY, w.set_color_by)
        self.language = self._group(("", "ar", "en"), w.set_language)
        # Help
        self.about = a(w.about)
        self.build_menus()

    def _action(self, slot, shortcut=None, checkable=False) -> QAction:
        act = QAction(self.w)
        if shortcut is not None:
            act.setShortcut(QKeySequence(shortcut) if isinstance(shortcut, str) else shortcut)
        act.setCheckable(checkable)
        if checkable:
            act.toggled.connect(slot)
        else:
            act.triggered.connect(lambda *_: slot())
        return act

    def _group(self, values, slot) -> dict[str, QAction]:
        group = QActionGroup(self.w)
        group.setExclusive(True)
        out = {}
        for v in values:
            act = QAction(self.w)
            act.setCheckable(True)
            act.setData(v)
            act.triggered.connect(partial(slot, v))
            group.addAction(act)
            out[v] = act
        return out

    def build_menus(self) -> None:
        w = self.w
        mb = w.menuBar()
        self.file_menu = mb.addMenu("")
        self.file_menu.addAction(self.new_library)
        self.file_menu.addAction(self.open_library)
        self.recent_menu = self.file_menu.addMenu("")
        self.recent_menu.aboutToShow.connect(w.fill_recent_menu)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.import_files)
        self.file_menu.addAction(self.import_folder)
        self.file_menu.addSeparator()
        self.edit_menu = mb.addMenu("")
        for act in (self.undo, self.redo, None, self.edit_title, self.edit_date, self.delete, self.restore, None,
                    self.merge, self.split, self.add_event, None, self.set_published, None, self.find,
                    self.clear_filter):
            self.edit_menu.addSeparator() if act is None else self.edit_menu.addAction(act)
        self.view_menu = mb.addMenu("")
        self.view_menu.addAction(self.fit_all)
        self.view_menu.addAction(self.zoom_selection)
        self.view_menu.addSeparator()
        self.family_menu = self.view_menu.addMenu("")
        self.family_menu.addActions(list(self.family.values()))
        self.digits_menu = self.view_menu.addMenu("")
        self.digits_menu.addActions(list(self.digits.values()))
        self.view_menu.addAction(self.hijri_axis)
        self.color_menu = self.view_menu.addMenu("")
        self.color_menu.addActions(list(self.color_by.values()))
        self.view_menu.addSeparator()
        self.language_menu = self.view_menu.addMenu("")
        self.language_menu.addActions(list(self.language.values()))
        self.help_menu = mb.addMenu("")
        self.help_menu.addAction(self.about)

    def finish_file_menu(self) -> None:
        """Quit goes last, after whatever other parts added (print/export)."""
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.quit)

    def sync_checks(self, settings) -> None:
        self.family[settings.calendar_family].setChecked(True)
        self.digits[settings.digits].setChecked(True)
        self.color_by[settings.color_by].setChecked(True)
        self.language[settings.language].setChecked(True)
        self.hijri_axis.blockSignals(True)
        self.hijri_axis.setChecked(settings.hijri_axis)
        self.hijri_axis.blockSignals(False)

    def retranslate(self) -> None:
        self.file_menu.setTitle(self.tr("&File"))
        self.recent_menu.setTitle(self.tr("&Recent Libraries"))
        self.edit_menu.setTitle(self.tr("&Edit"))
        self.view_menu.setTitle(self.tr("&View"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.family_menu.setTitle(self.tr("Month &Names"))
        self.digits_menu.setTitle(self.tr("&Digits"))
        self.color_menu.setTitle(self.tr("&Color Events By"))
        self.language_menu.setTitle(self.tr("&Language"))
        texts = {
            self.new_library: self.tr("&New Library…"), self.open_library: self.tr("&Open Library…"),
            self.import_files: self.tr("&Import Files…"), self.import_folder: self.tr("Import &Folder…"),
            self.quit: self.tr("&Quit"),
            self.edit_title: self.tr("Edit &Title…"), self.edit_date: self.tr("Edit &Date…"), self.delete: self.tr("&Delete Event"),
            self.restore: self.tr("&Restore Event"), self.merge: self.tr("&Merge Selected Events"),
            self.split: self.tr("&Split Merged Event"), self.add_event: self.tr("&Add Event from Selected Text"),
            self.set_published: self.tr("Set &Publication Date…"), self.find: self.tr("&Find…"),
            self.clear_filter: self.tr("&Clear Filter"),
            self.fit_all: self.tr("&Fit All"), self.zoom_selection: self.tr("&Zoom to Selection"),
            self.hijri_axis: self.tr("&Hijri Ruler"), self.about: self.tr("&About Timeline"),
        }
        for act, text in texts.items():
            act.setText(text)
        self._undo_texts()
        for key, text in (("levant", self.tr("Levant (كانون الثاني)")), ("egypt", self.tr("Egypt (يناير)")),
                          ("maghreb", self.tr("Maghreb (جانفي)"))):
            self.family[key].setText(text)
        self.digits["western"].setText(self.tr("Western (0123)"))
        self.digits["arabic"].setText(self.tr("Arabic-Indic (٠١٢٣)"))
        self.color_by["outlet"].setText(self.tr("Outlet"))
        self.color_by["article"].setText(self.tr("Article"))
        self.color_by["none"].setText(self.tr("None"))
        self._retranslate_print_actions()
        self.language[""].setText(self.tr("System Default"))
        self.language["ar"].setText("العربية")
        self.language["en"].setText("English")

    def _retranslate_print_actions(self) -> None:
        """PRINT's File-menu actions set their texts once; follow a language switch here."""
        pa = getattr(self.w, "print_actions", None)
        if pa is None:
            return
        if hasattr(pa, "retranslate"):
            pa.retranslate()
            return
        sources = ("&Print…", "Print Pre&view…", "Export &PDF…", "Export &Image…")  # print_actions.py's order
        for act, src in zip(getattr(pa, "actions", []), sources):
            act.setText(QCoreApplication.translate("PrintActions", src))

    def _undo_texts(self) -> None:
        st = self.w.undo_stack
        u, r = st.undoText(), st.redoText()
        self.undo.setText(self.tr("&Undo %1").replace("%1", u).strip() if u else self.tr("&Undo"))
        self.redo.setText(self.tr("&Redo %1").replace("%1", r).strip() if r else self.tr("&Redo"))

    def _sync_undo(self) -> None:
        st = self.w.undo_stack
        self.undo.setEnabled(st.canUndo() and not self.busy)
        self.redo.setEnabled(st.canRedo() and not self.busy)

    def update_enabled(self, n_selected: int, has_store: bool, can_split: bool, has_text_selection: bool,
                       has_article: bool, busy: bool = False) -> None:
        """``busy``: an article is being re-dated in the background; its events are about to be rewritten, so edits
        and undo/redo wait until it is done."""
        self.busy = busy
        edit = not busy
        for act in (self.import_files, self.import_folder):
            act.setEnabled(has_store)
        self.edit_title.setEnabled(edit and n_selected == 1)
        self.edit_date.setEnabled(edit and n_selected == 1)
        self.delete.setEnabled(edit and n_selected >= 1)
        self.restore.setEnabled(edit and n_selected >= 1)
        self.merge.setEnabled(edit and n_selected == 2)
        self.split.setEnabled(edit and can_split)
        self.add_event.setEnabled(edit and has_text_selection)
        self.set_published.setEnabled(edit and has_article)
        self._sync_undo()
