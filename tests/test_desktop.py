"""Desktop integration: the .desktop entry validates (template and installed copy), install/uninstall into a temporary
data home, the library MIME type, the icons, and single-instance forwarding."""
from __future__ import annotations

import configparser
import shutil
import subprocess
import xml.dom.minidom
from pathlib import Path

import pytest

from timeline_app import desktop
from timeline_app.resources import resource_path

TEMPLATE = resource_path("desktop", "timeline-app.desktop")
needs_validator = pytest.mark.skipif(shutil.which("desktop-file-validate") is None,
                                     reason="desktop-file-validate not installed")


def _validate(path: Path) -> subprocess.CompletedProcess:
    return subprocess.run(["desktop-file-validate", str(path)], capture_output=True, text=True)


def _entry(path: Path) -> configparser.SectionProxy:
    cp = configparser.ConfigParser(interpolation=None, strict=False)
    cp.optionxform = str  # keys are case-sensitive
    cp.read(path, encoding="utf-8")
    return cp["Desktop Entry"]


@needs_validator
def test_template_validates():
    proc = _validate(TEMPLATE)
    assert proc.returncode == 0 and not proc.stdout.strip(), proc.stdout + proc.stderr


def test_template_has_placeholder_and_mime_type():
    entry = _entry(TEMPLATE)
    assert entry["Exec"] == f"{desktop.PLACEHOLDER} %F"
    assert desktop.MIME_TYPE in entry["MimeType"].split(";")
    assert entry["Icon"] == desktop.APP_ID


@needs_validator
def test_install_and_uninstall_in_tmp_data_home(tmp_path, monkeypatch):
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    report = desktop.install(user=True)
    base = tmp_path / "data"
    installed = base / "applications" / "timeline-app.desktop"
    assert installed in report.written and installed.exists()
    proc = _validate(installed)
    assert proc.returncode == 0 and not proc.stdout.strip(), proc.stdout + proc.stderr
    exec_line = _entry(installed)["Exec"]
    assert desktop.PLACEHOLDER not in exec_line and exec_line.endswith(" %F")
    assert "main.py" in exec_line or "timeline-app-gui" in exec_line
    for n in desktop.ICON_SIZES:
        assert (base / "icons" / "hicolor" / f"{n}x{n}" / "apps" / "timeline-app.png").exists()
    assert (base / "icons" / "hicolor" / "scalable" / "apps" / "timeline-app.svg").exists()
    assert (base / "mime" / "packages" / "timeline-app.xml").exists()
    if shutil.which("update-mime-database"):
        globs = (base / "mime" / "globs2").read_text(encoding="utf-8")
        assert f"{desktop.MIME_TYPE}:*.tldb" in globs
    if shutil.which("update-desktop-database"):
        cache = (base / "applications" / "mimeinfo.cache").read_text(encoding="utf-8")
        assert f"{desktop.MIME_TYPE}=timeline-app.desktop;" in cache
    assert not report.problems

    removed = desktop.uninstall(user=True)
    assert installed in removed.removed
    assert not installed.exists()
    assert not list((base / "icons").rglob("timeline-app*.png"))
    assert not (base / "mime" / "packages" / "timeline-app.xml").exists()
    again = desktop.uninstall(user=True)
    assert again.removed == []  # a second uninstall finds nothing and does not fail


def test_cli_parser_runs_install(tmp_path, capsys):
    assert desktop.main(["install", "--data-home", str(tmp_path)]) == 0
    assert (tmp_path / "applications" / "timeline-app.desktop").exists()
    assert "wrote" in capsys.readouterr().out
    assert desktop.main(["desktop", "uninstall", "--data-home", str(tmp_path)]) == 0
    assert not (tmp_path / "applications" / "timeline-app.desktop").exists()


def test_exec_quoting():
    assert desktop._quote("/opt/app/main.py") == "/opt/app/main.py"
    assert desktop._quote("/home/a b/main.py") == '"/home/a b/main.py"'
    assert desktop._quote('/x/$y"z') == '"/x/\\$y\\"z"'
    text = desktop.desktop_entry('"/home/a b/python" 100%.py')
    assert 'Exec="/home/a b/python" 100%%.py %F' in text


def test_mime_xml_declares_globs():
    doc = xml.dom.minidom.parse(str(resource_path("desktop", "timeline-app-mime.xml")))
    types = doc.getElementsByTagName("mime-type")
    assert [t.getAttribute("type") for t in types] == [desktop.MIME_TYPE]
    globs = {g.getAttribute("pattern") for g in doc.getElementsByTagName("glob")}
    assert globs == {"*.tldb", "*.timeline.db"}


def test_icon_pngs_have_their_sizes(qapp):
    from PySide6.QtGui import QImage

    for n in desktop.ICON_SIZES:
        img = QImage(str(resource_path("icons", f"timeline-app-{n}.png")))
        assert (img.width(), img.height()) == (n, n)
        assert img.pixelColor(n // 2, n // 2).alpha() == 255      # the tile is opaque in the middle
        assert img.pixelColor(0, 0).alpha() < 255                  # and has rounded, transparent corners
    from PySide6.QtSvg import QSvgRenderer
    assert QSvgRenderer(str(resource_path("icons", "timeline-app.svg"))).isValid()


def test_single_instance_forwards_between_two_objects(qtbot):
    from timeline_app.ui.single_instance import SingleInstance

    key = f"timeline-app-test-{id(qtbot)}"
    first = SingleInstance(key)
    try:
        assert first.try_forward([]) is False          # nobody running: the first one listens
        assert first.is_listening
        second = SingleInstance(key)
        args = ["/tmp/some library.tldb", "/tmp/مقال.txt"]
        with qtbot.waitSignal(first.messageReceived, timeout=3000) as blocker:
            assert second.try_forward(args) is True    # handed over, the second launch would exit now
        assert blocker.args == [args]
        assert not second.is_listening
    finally:
        first.close()
    third = SingleInstance(key)
    try:
        assert third.try_forward(["x"]) is False       # the first one is gone: the third one takes over
        assert third.is_listening
    finally:
        third.close()


def test_single_instance_ignores_garbage(qtbot):
    from PySide6.QtNetwork import QLocalSocket

    from timeline_app.ui.single_instance import SingleInstance

    key = f"timeline-app-garbage-{id(qtbot)}"
    server = SingleInstance(key)
    received = []
    server.messageReceived.connect(received.append)
    try:
        assert server.listen()
        sock = QLocalSocket()
        sock.connectToServer(server.name)
        assert sock.waitForConnected(2000)
        sock.write(b"\xff\xfe not json\n")
        sock.waitForBytesWritten(2000)
        sock.disconnectFromServer()
        with qtbot.waitSignal(server.messageReceived, timeout=3000) as blocker:
            assert SingleInstance(key).try_forward(["ok"])
        assert blocker.args == [["ok"]]
        assert received == [["ok"]]
    finally:
        server.close()


def test_pysidedeploy_spec_points_at_real_files():
    from configparser import ConfigParser

    root = Path(desktop.REPO)
    spec = ConfigParser(comment_prefixes="/", strict=False, allow_no_value=True)  # as pyside6-deploy reads it
    spec.read(root / "pysidedeploy.spec", encoding="utf-8")
    assert (root / spec["app"]["input_file"]).exists()
    assert (root / spec["app"]["icon"]).exists()
    modules = set(spec["qt"]["modules"].split(","))
    assert {"Core", "Gui", "Widgets", "PrintSupport", "Svg", "Network"} <= modules
    extra = spec["nuitka"]["extra_args"]
    assert "--include-data-dir=resources=resources" in extra
    assert (root / "resources" / "fonts" / "NotoSansArabic-Regular.ttf").exists()


def test_library_files_are_told_apart_from_articles(tmp_path):
    import sqlite3

    assert desktop.is_library_file(tmp_path / "news.tldb")                 # by name, even before it exists
    assert desktop.is_library_file(tmp_path / "news.timeline.db")
    lib = tmp_path / "library.db"
    conn = sqlite3.connect(lib)
    conn.execute("CREATE TABLE events (id INTEGER PRIMARY KEY)")
    conn.commit()
    conn.close()
    assert desktop.is_library_file(lib)                                    # a library under any name
    other = tmp_path / "other.db"
    conn = sqlite3.connect(other)
    conn.execute("CREATE TABLE t (x)")
    conn.commit()
    conn.close()
    assert not desktop.is_library_file(other)                              # some other SQLite file
    article = tmp_path / "مقال.txt"
    article.write_text("نص عربي", encoding="utf-8")
    assert not desktop.is_library_file(article)
    assert not desktop.is_library_file(tmp_path / "missing.txt")
