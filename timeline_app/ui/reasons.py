"""Why a file was not imported, in the interface language.

The model (readers.py, ingest.py; no Qt) gives its reasons in English, fit for the CLI and the log. The import summary
shows them through ``translate_reason``: each known reason's shape is matched and rebuilt from a translated template
with its details (file type, size, line number, the parser's own message) kept as they are. An unknown reason is shown
unchanged: never hidden.
"""
from __future__ import annotations

import re
from typing import Callable

from PySide6.QtCore import QCoreApplication


def _t(text: str) -> str:
    return QCoreApplication.translate("ImportReasons", text)


def _fixed(source: str) -> Callable[[re.Match], str]:
    return lambda m: _t(source)


def _with(source: str, *groups: int) -> Callable[[re.Match], str]:
    def build(m: re.Match) -> str:
        out = _t(source)
        for n, g in enumerate(groups, 1):
            out = out.replace(f"%{n}", m.group(g))
        return out
    return build


def _line(m: re.Match) -> str:
    return _t("line %1: %2").replace("%1", m.group(1)).replace("%2", translate_reason(m.group(2)))


# (pattern over the whole reason, builder). Sources are listed literally in _catalogue() below for lupdate.
_RULES: list[tuple[re.Pattern, Callable[[re.Match], str]]] = [(re.compile(p, re.S), f) for p, f in [
    (r"empty file", _fixed("empty file")),
    (r"empty file \(only white space\)", _fixed("empty file (only white space)")),
    (r"binary file \(not text\)", _fixed("binary file (not text)")),
    (r"binary file \(not a web page\)", _fixed("binary file (not a web page)")),
    (r"binary file \(not JSON Lines\)", _fixed("binary file (not JSON Lines)")),
    (r"no article text found in the web page", _fixed("no article text found in the web page")),
    (r"no article in the file", _fixed("no article in the file")),
    (r"not a regular file", _fixed("not a regular file")),
    (r"no such file or folder", _fixed("no such file or folder")),
    (r"not a JSON object", _fixed("not a JSON object")),
    (r"no text", _fixed("no text")),
    (r"undecodable: not UTF-8, UTF-16, Windows-1256 or ISO-8859-6 text",
     _fixed("undecodable: not UTF-8, UTF-16, Windows-1256 or ISO-8859-6 text")),
    (r"undecodable: it starts with a (\S+) byte-order mark but is not \S+ \((.*)\)",
     _with("undecodable: it starts with a %1 byte-order mark but is not %1 (%2)", 1, 2)),
    (r"undecodable \(JSON Lines must be UTF-8: (.*)\)", _with("undecodable (JSON Lines must be UTF-8: %1)", 1)),
    (r"unsupported file type (.+?) \(use (.+)\)", _with("unsupported file type %1 (use %2)", 1, 2)),
    (r"too large: ([\d.]+) MB \(the limit is (\d+) MB\)", _with("too large: %1 MB (the limit is %2 MB)", 1, 2)),
    (r"too large \(([\d.]+) MB; the limit is (\d+) MB\)", _with("too large: %1 MB (the limit is %2 MB)", 1, 2)),
    (r"malformed JSON \((.*)\)", _with("malformed JSON (%1)", 1)),
    (r"malformed web page: (.*)", _with("malformed web page: %1", 1)),
    (r"cannot read: (.*)", _with("cannot read: %1", 1)),
    (r"not stored: (.*)", _with("not stored: %1", 1)),
    (r"extraction failed: (.*)", _with("extraction failed: %1", 1)),
    (r"line (\d+): (.*)", _line),
]]


def translate_reason(reason: str | None) -> str:
    """The model's English reason in the interface language (unchanged when its shape is not known)."""
    text = (reason or "").strip()
    for pattern, build in _RULES:
        m = pattern.fullmatch(text)
        if m:
            return build(m)
    return text


def _catalogue() -> None:  # pragma: no cover  (never called: lupdate reads these literals)
    QCoreApplication.translate("ImportReasons", "empty file")
    QCoreApplication.translate("ImportReasons", "empty file (only white space)")
    QCoreApplication.translate("ImportReasons", "binary file (not text)")
    QCoreApplication.translate("ImportReasons", "binary file (not a web page)")
    QCoreApplication.translate("ImportReasons", "binary file (not JSON Lines)")
    QCoreApplication.translate("ImportReasons", "no article text found in the web page")
    QCoreApplication.translate("ImportReasons", "no article in the file")
    QCoreApplication.translate("ImportReasons", "not a regular file")
    QCoreApplication.translate("ImportReasons", "no such file or folder")
    QCoreApplication.translate("ImportReasons", "not a JSON object")
    QCoreApplication.translate("ImportReasons", "no text")
    QCoreApplication.translate("ImportReasons", "undecodable: not UTF-8, UTF-16, Windows-1256 or ISO-8859-6 text")
    QCoreApplication.translate("ImportReasons", "undecodable: it starts with a %1 byte-order mark but is not %1 (%2)")
    QCoreApplication.translate("ImportReasons", "undecodable (JSON Lines must be UTF-8: %1)")
    QCoreApplication.translate("ImportReasons", "unsupported file type %1 (use %2)")
    QCoreApplication.translate("ImportReasons", "too large: %1 MB (the limit is %2 MB)")
    QCoreApplication.translate("ImportReasons", "malformed JSON (%1)")
    QCoreApplication.translate("ImportReasons", "malformed web page: %1")
    QCoreApplication.translate("ImportReasons", "cannot read: %1")
    QCoreApplication.translate("ImportReasons", "not stored: %1")
    QCoreApplication.translate("ImportReasons", "extraction failed: %1")
    QCoreApplication.translate("ImportReasons", "line %1: %2")
