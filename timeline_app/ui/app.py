"""Start the GUI: ``timeline-app-gui [FILES...] [--db PATH]`` (also ``python main.py``).

``create_app(argv)`` makes the QApplication (names, bundled fonts, translations, layout direction, crash handler);
``main()`` also opens the library (``--db``, else the last one used, else the default library, created and seeded on
first run), imports the files given, and hands them to an already running window when there is one.
"""
from __future__ import annotations

import argparse
import logging
import os
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from timeline_app import APP_DISPLAY_NAME, APP_NAME, __version__
from timeline_app.ui.errors import install_crash_handler
from timeline_app.ui.fonts import install_fonts
from timeline_app.ui.i18n import language_manager
from timeline_app.ui.settings import ORGANIZATION

log = logging.getLogger(__name__)


def parse_args(argv: list[str]) -> argparse.Namespace:
    p = argparse.ArgumentParser(prog=APP_NAME, description="Arabic news timelines (GUI).")
    p.add_argument("files", nargs="*", help="articles or folders to import (.txt .md .html .jsonl)")
    p.add_argument("--db", metavar="PATH", help="the library to open (default: the last one, else the default library)")
    p.add_argument("--lang", choices=("ar", "en"), help="interface language for this run")
    p.add_argument("--new-instance", action="store_true", help="do not hand the files to a running window")
    return p.parse_args(argv)


def create_app(argv: list[str] | None = None, install_handler: bool = True) -> QApplication:
    """The QApplication, set up: names, fonts, translations and layout direction, crash handler."""
    argv = list(sys.argv if argv is None else argv)
    QCoreApplication.setOrganizationName(ORGANIZATION)
    QCoreApplication.setApplicationName(APP_NAME)
    QCoreApplication.setApplicationVersion(__version__)
    app = QApplication.instance() or QApplication(argv)
    app.setApplicationDisplayName(APP_DISPLAY_NAME)
    app.setDesktopFileName(APP_NAME)
    icon = _icon()
    if icon is not None:
        app.setWindowIcon(icon)
    install_fonts()
    from timeline_app.ui.settings import Settings
    language_manager(app).set_language(Settings().language)
    if install_handler:
        install_crash_handler()
    return app


def _icon() -> QIcon | None:
    from timeline_app.resources import resource_path
    folder = resource_path("icons")
    files = sorted(folder.glob("*.png")) + sorted(folder.glob("*.svg")) if folder.is_dir() else []
    if not files:
        return None
    icon = QIcon()
    for f in files:
        icon.addFile(str(f))
    return icon


def choose_library(explicit: str | None, settings) -> Path:
    from timeline_app.model.library import ensure_default_library
    if explicit:
        return Path(explicit).expanduser().resolve()
    if os.environ.get("TIMELINE_APP_DB"):
        return ensure_default_library()
    last = settings.last_library
    if last and Path(last).is_file():
        return Path(last)
    return ensure_default_library()


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    args = parse_args(argv)
    app = create_app([sys.argv[0] if sys.argv else APP_NAME] + argv)
    from timeline_app.ui.main_window import MainWindow
    from timeline_app.ui.settings import Settings
    settings = Settings()
    if args.lang:
        language_manager(app).set_language(args.lang)
    files = [str(Path(f).expanduser().resolve()) for f in args.files]
    # a library double-clicked in the file manager (MIME type from timeline_app.desktop) is opened, not imported
    from timeline_app.desktop import is_library_file
    libraries = [f for f in files if is_library_file(f)]
    files = [f for f in files if f not in libraries]
    library = choose_library(args.db or (libraries[0] if libraries else None), settings)
    instance = None
    if not args.new_instance:
        from timeline_app.ui.single_instance import SingleInstance
        instance = SingleInstance(f"{APP_NAME}:{library}", app)
        if instance.try_forward(files):
            log.info("handed %d file(s) to the running window", len(files))
            return 0
    window = MainWindow(settings)
    window.open_library(library)
    window.show()
    if instance is not None:
        instance.messageReceived.connect(window.open_forwarded)
    if files:
        window.import_paths(files)
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
