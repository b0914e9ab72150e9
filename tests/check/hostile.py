"""What the security tests share: the hostile fixtures, placed for a test, and a local server
that records every connection and never answers (the evidence that nothing was fetched)."""

from __future__ import annotations

import socket
import threading
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from .conftest import FIXTURES

T = TypeVar("T")
HOSTILE = FIXTURES / "hostile"
#: What the files outside the input's folder hold: it must appear in no output and no message.
TOKEN = "OUTSIDE-SECRET-5f3a9c1e"
_HOSTNAME = Path("/etc/hostname")
HOSTNAME = _HOSTNAME.read_text(encoding="utf-8").strip() if _HOSTNAME.is_file() else ""


class Listener:
    """A TCP server on 127.0.0.1 that records what each connection sends and never answers (a
    client that connects would hang, as Jing and Saxon did on issue 16)."""

    def __init__(self) -> None:
        self._socket = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self._socket.bind(("127.0.0.1", 0))
        self._socket.listen(16)
        self._socket.settimeout(0.1)
        self.address = f"127.0.0.1:{self._socket.getsockname()[1]}"
        self.requests: list[bytes] = []
        self._held: list[socket.socket] = []
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._serve, daemon=True)
        self._thread.start()

    def _serve(self) -> None:
        while not self._stop.is_set():
            try:
                connection, _ = self._socket.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            connection.settimeout(5)
            try:
                self.requests.append(connection.recv(4096) or b"(connected, sent nothing)")
            except OSError:
                self.requests.append(b"(connected)")
            self._held.append(connection)  # never answered, closed at the end of the test

    def close(self) -> None:
        self._stop.set()
        self._thread.join(timeout=5)
        for connection in [*self._held, self._socket]:
            connection.close()


def place(folder: Path, listener: Listener) -> Callable[[str], Path]:
    """A function that copies hostile fixture NAME into ``folder``/input/ (``LISTENER`` replaced
    by the server's address), with the secret files beside that folder, where ``..`` leads."""
    (folder / "outside-secret.txt").write_text(TOKEN, encoding="utf-8")
    (folder / "outside-secret.xml").write_text(f"<secret>{TOKEN}</secret>", encoding="utf-8")
    (folder / "input").mkdir(exist_ok=True)

    def put(name: str) -> Path:
        target = folder / "input" / name
        text = (HOSTILE / name).read_text(encoding="utf-8")
        target.write_text(text.replace("LISTENER", listener.address), encoding="utf-8")
        return target

    return put


def within(seconds: float, call: Callable[[], T]) -> T:
    """What ``call()`` returns, run in a thread; AssertionError when it takes over ``seconds``
    (a hang: the thread is left behind, as a daemon)."""
    result: list[T] = []
    errors: list[BaseException] = []

    def run() -> None:
        try:
            result.append(call())
        except BaseException as exc:  # re-raised in the test's thread
            errors.append(exc)

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    thread.join(seconds)
    assert not thread.is_alive(), f"still running after {seconds} s: a hang"
    if errors:
        raise errors[0]
    return result[0]


def leaked(text: str) -> list[str]:
    """The secrets that ``text`` holds: the token of the files outside the input's folder, the
    host name where an entity of /etc/hostname would put it, a line of /etc/passwd."""
    found = [TOKEN] if TOKEN in text else []
    if HOSTNAME and f"BEFORE{HOSTNAME}" in text:
        found.append("/etc/hostname")
    if "root:x:0:0" in text:
        found.append("/etc/passwd")
    return found
