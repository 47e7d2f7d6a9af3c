"""One running window per user: a second launch hands its arguments to the first and exits.

    instance = SingleInstance("timeline-app")
    if instance.try_forward(paths):      # a window is running: it got the paths
        return 0
    instance.messageReceived.connect(window.open_paths)   # we are the first: we listen from now on

``try_forward`` connects to the running instance's QLocalServer (a Unix domain socket on Linux and macOS, a named
pipe on Windows) and writes the arguments as one JSON line; it returns False when nobody is listening, and then this
instance starts listening itself. A socket left behind by a crashed instance is removed (only after a connection
attempt failed, so a live instance is never cut off). The server accepts connections from the same user only.

Callers should pass absolute paths: the running window does not share the second launch's working directory.
On macOS, files opened from Finder arrive as QFileOpenEvent in the running app rather than through a second launch.
"""
from __future__ import annotations

import getpass
import hashlib
import json
import re

from PySide6.QtCore import QObject, Signal
from PySide6.QtNetwork import QAbstractSocket, QLocalServer, QLocalSocket

MAX_MESSAGE = 1 << 20   # a forwarded command line is small; refuse anything absurd
READ_TIMEOUT_MS = 500


def server_name(key: str) -> str:
    """A socket name unique to the key and the user, short enough for a Unix socket path."""
    try:
        user = getpass.getuser()
    except Exception:  # no user name (containers): still one server per key
        user = "user"
    safe = re.sub(r"[^A-Za-z0-9_.-]", "_", key)[:40]
    digest = hashlib.sha1(f"{key}\0{user}".encode()).hexdigest()[:12]
    return f"{safe}-{digest}"


class SingleInstance(QObject):
    messageReceived = Signal(list)

    def __init__(self, key: str, parent: QObject | None = None):
        super().__init__(parent)
        self.name = server_name(key)
        self._server: QLocalServer | None = None

    @property
    def is_listening(self) -> bool:
        return self._server is not None and self._server.isListening()

    def try_forward(self, args: list[str], timeout_ms: int = 1500) -> bool:
        """Send ``args`` to a running instance and return True; else start listening and return False."""
        socket = QLocalSocket()
        socket.connectToServer(self.name)
        if socket.waitForConnected(timeout_ms):
            payload = json.dumps([str(a) for a in args], ensure_ascii=False).encode("utf-8") + b"\n"
            socket.write(payload)
            ok = socket.waitForBytesWritten(timeout_ms) or socket.bytesToWrite() == 0
            socket.disconnectFromServer()
            if socket.state() != QLocalSocket.LocalSocketState.UnconnectedState:
                socket.waitForDisconnected(timeout_ms)
            if ok:
                return True
        self.listen()
        return False

    def listen(self) -> bool:
        """Become the instance others forward to. Returns False when the platform refuses (then every launch opens its
        own window, which is the behaviour without this class)."""
        if self.is_listening:
            return True
        server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        if not server.listen(self.name):
            if server.serverError() == QAbstractSocket.SocketError.AddressInUseError:
                QLocalServer.removeServer(self.name)  # stale socket of a crashed instance (nobody answered above)
                if not server.listen(self.name):
                    return False
            else:
                return False
        server.newConnection.connect(self._on_connection)
        self._server = server
        return True

    def close(self) -> None:
        if self._server is not None:
            self._server.close()
            self._server = None

    def _on_connection(self) -> None:
        # The sender writes its whole line right after connecting, so read it here, briefly blocking (bounded by
        # READ_TIMEOUT_MS), rather than keeping per-socket state across event-loop turns.
        while self._server is not None and self._server.hasPendingConnections():
            socket = self._server.nextPendingConnection()
            buf = bytearray()
            while b"\n" not in buf and len(buf) <= MAX_MESSAGE:
                buf += bytes(socket.readAll())
                if b"\n" in buf or socket.state() != QLocalSocket.LocalSocketState.ConnectedState:
                    buf += bytes(socket.readAll())
                    break
                if not socket.waitForReadyRead(READ_TIMEOUT_MS):
                    buf += bytes(socket.readAll())
                    break
            socket.abort()
            socket.deleteLater()
            if 0 < len(buf) <= MAX_MESSAGE:
                self._deliver(bytes(buf).split(b"\n", 1)[0])

    def _deliver(self, line: bytes) -> None:
        try:
            args = json.loads(line.decode("utf-8"))
        except (UnicodeDecodeError, ValueError):
            return  # not one of ours: ignore it
        if isinstance(args, list):
            self.messageReceived.emit([str(a) for a in args])
