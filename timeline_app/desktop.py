"""Install the app into the Linux desktop for the current user (menu entry, icon, library file type), and remove it.

No Qt here. ``install()`` writes, under ``$XDG_DATA_HOME`` (default ``~/.local/share``):

* ``applications/timeline-app.desktop`` — from ``resources/desktop/timeline-app.desktop`` with its
  ``@TIMELINE_APP_EXEC@`` placeholder replaced by the command that runs this checkout
  (``<repo>/.venv/bin/python <repo>/main.py``), or ``timeline-app-gui`` when the package is installed without one;
* ``icons/hicolor/<N>x<N>/apps/timeline-app.png`` (16…512) and ``icons/hicolor/scalable/apps/timeline-app.svg``,
  and the same drawing as the library file type's icon (``mimetypes/application-x-timeline-app-library``);
* ``mime/packages/timeline-app.xml`` — the type ``application/x-timeline-app-library`` for ``*.tldb`` and
  ``*.timeline.db`` files, so double-clicking a library opens it in the app;

then refreshes the desktop's caches with ``update-desktop-database``, ``update-mime-database`` and
``gtk-update-icon-cache`` where those tools exist (each failure is reported, none is fatal). ``uninstall()`` removes
exactly those files and refreshes the caches again.

Command line: ``timeline-app desktop install|uninstall [--data-home DIR]`` (or ``python -m timeline_app.desktop``).
"""
from __future__ import annotations

import argparse
import os
import shlex
import shutil
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path

from timeline_app.resources import resource_path

APP_ID = "timeline-app"
MIME_TYPE = "application/x-timeline-app-library"
MIME_ICON = MIME_TYPE.replace("/", "-")
PLACEHOLDER = "@TIMELINE_APP_EXEC@"
ICON_SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)
REPO = Path(__file__).resolve().parent.parent


@dataclass
class Report:
    written: list[Path] = field(default_factory=list)
    removed: list[Path] = field(default_factory=list)
    ran: list[str] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)


LIBRARY_SUFFIXES = (".tldb", ".timeline.db")


def is_library_file(path: str | Path) -> bool:
    """True for a path the desktop hands us because it is a library (``*.tldb``, ``*.timeline.db``, or any SQLite
    file holding an ``events`` table), so the app opens it instead of importing it as an article."""
    p = Path(path)
    if p.name.lower().endswith(LIBRARY_SUFFIXES):
        return True
    try:
        with p.open("rb") as fh:
            if fh.read(16) != b"SQLite format 3\x00":
                return False
    except OSError:
        return False
    import sqlite3
    try:
        conn = sqlite3.connect(f"file:{p}?mode=ro", uri=True)
        try:
            return conn.execute("SELECT 1 FROM sqlite_master WHERE type='table' AND name='events'").fetchone() \
                is not None
        finally:
            conn.close()
    except sqlite3.Error:
        return False


def data_home(user: bool = True, override: str | Path | None = None) -> Path:
    if override:
        return Path(override).expanduser()
    if not user:
        return Path("/usr/local/share")
    env = os.environ.get("XDG_DATA_HOME")
    return Path(env).expanduser() if env else Path.home() / ".local" / "share"


def exec_command() -> str:
    """The Exec command (without the %F field code), quoted as the Desktop Entry spec requires."""
    python, main = REPO / ".venv" / "bin" / "python", REPO / "main.py"
    if python.exists() and main.exists():
        return f"{_quote(python)} {_quote(main)}"
    gui = shutil.which("timeline-app-gui")
    if gui:
        return _quote(gui)
    return f"{_quote(sys.executable)} {_quote(main)}"


def _quote(path: str | Path) -> str:
    """Desktop Entry quoting: double quotes around arguments with reserved characters, with \\ " ` $ escaped."""
    s = str(path)
    if not any(c in s for c in " \t\n\"'\\><~|&;$*?#()`="):
        return s
    return '"' + "".join("\\" + c if c in '"`$\\' else c for c in s) + '"'


def desktop_entry(command: str | None = None) -> str:
    """The .desktop text with the Exec command filled in (``%`` doubled as the spec asks)."""
    template = resource_path("desktop", f"{APP_ID}.desktop").read_text(encoding="utf-8")
    cmd = (command or exec_command()).replace("%", "%%")
    return template.replace(f"Exec={PLACEHOLDER}", f"Exec={cmd}")


def targets(base: Path) -> dict[Path, Path | str]:
    """Every file install() writes: destination -> source file (or text)."""
    icons = base / "icons" / "hicolor"
    out: dict[Path, Path | str] = {
        base / "applications" / f"{APP_ID}.desktop": desktop_entry(),
        base / "mime" / "packages" / f"{APP_ID}.xml": resource_path("desktop", f"{APP_ID}-mime.xml"),
        icons / "scalable" / "apps" / f"{APP_ID}.svg": resource_path("icons", f"{APP_ID}.svg"),
        icons / "scalable" / "mimetypes" / f"{MIME_ICON}.svg": resource_path("icons", f"{APP_ID}.svg"),
    }
    for n in ICON_SIZES:
        png = resource_path("icons", f"{APP_ID}-{n}.png")
        out[icons / f"{n}x{n}" / "apps" / f"{APP_ID}.png"] = png
        out[icons / f"{n}x{n}" / "mimetypes" / f"{MIME_ICON}.png"] = png
    return out


def install(user: bool = True, data_dir: str | Path | None = None, refresh: bool = True) -> Report:
    base = data_home(user, data_dir)
    report = Report()
    for dest, src in targets(base).items():
        dest.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(src, Path):
            shutil.copyfile(src, dest)
        else:
            dest.write_text(src, encoding="utf-8")
        report.written.append(dest)
    (base / "applications" / f"{APP_ID}.desktop").chmod(0o755)  # some file managers only trust executable entries
    if refresh:
        _refresh(base, report)
    return report


def uninstall(user: bool = True, data_dir: str | Path | None = None, refresh: bool = True) -> Report:
    base = data_home(user, data_dir)
    report = Report()
    for dest in targets(base):
        if dest.exists():
            dest.unlink()
            report.removed.append(dest)
    if refresh:
        _refresh(base, report)
    return report


def _refresh(base: Path, report: Report) -> None:
    commands = [
        ["update-desktop-database", "-q", str(base / "applications")],
        ["update-mime-database", str(base / "mime")],
        ["gtk-update-icon-cache", "-q", "-f", "-t", str(base / "icons" / "hicolor")],
    ]
    for cmd in commands:
        if shutil.which(cmd[0]) is None or not Path(cmd[-1]).is_dir():
            continue
        try:
            proc = subprocess.run(cmd, capture_output=True, text=True, timeout=60)
        except (OSError, subprocess.TimeoutExpired) as exc:
            report.problems.append(f"{cmd[0]}: {exc}")
            continue
        report.ran.append(shlex.join(cmd))
        if proc.returncode != 0:
            report.problems.append(f"{cmd[0]} exited with {proc.returncode}: {proc.stderr.strip()[:300]}")


# ----------------------------------------------------------------------------------------------- command line

def add_cli_parser(subparsers: argparse._SubParsersAction) -> argparse.ArgumentParser:
    """Add ``desktop install|uninstall`` to a CLI's subparsers; the parsed args carry ``handler`` (call it)."""
    p = subparsers.add_parser("desktop", help="install or remove the desktop menu entry, icon and library file type")
    p.add_argument("action", choices=("install", "uninstall"))
    p.add_argument("--system", action="store_true", help="for all users (/usr/local/share; needs root)")
    p.add_argument("--data-home", metavar="DIR", help="install under DIR instead of $XDG_DATA_HOME")
    p.set_defaults(handler=run_cli)
    return p


def run_cli(args: argparse.Namespace) -> int:
    fn = install if args.action == "install" else uninstall
    report = fn(user=not args.system, data_dir=args.data_home)
    for path in report.written:
        print(f"wrote    {path}")
    for path in report.removed:
        print(f"removed  {path}")
    for cmd in report.ran:
        print(f"ran      {cmd}")
    for problem in report.problems:
        print(f"warning  {problem}", file=sys.stderr)
    if args.action == "uninstall" and not report.removed:
        print("nothing to remove: the desktop entry was not installed there")
    return 0


def main(argv: list[str] | None = None) -> int:
    """``python -m timeline_app.desktop install|uninstall [--data-home DIR]``."""
    argv = list(sys.argv[1:] if argv is None else argv)
    parser = argparse.ArgumentParser(prog="python -m timeline_app.desktop")
    add_cli_parser(parser.add_subparsers(dest="command", required=True))
    args = parser.parse_args(argv if argv[:1] == ["desktop"] else ["desktop", *argv])
    return args.handler(args)


if __name__ == "__main__":
    raise SystemExit(main())
