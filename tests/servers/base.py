"""A loopback HTTP server with switchable faults and a request log, shared by the service imitations.

Real HTTP on 127.0.0.1 with an ephemeral port: the client under test goes through httpx, sockets and status
codes exactly as it would against the real service. Faults are queued one-shot (`push`) or permanent
(`always`), so a test can say "the next two requests answer 429, then behave".
"""

from __future__ import annotations

import itertools
import socket
import struct
import threading
import time
from collections import deque
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, Self
from urllib.parse import parse_qsl, urlsplit


@dataclass(frozen=True)
class Fault:
    """What the server does instead of answering normally.

    kind: "ok" (answer normally: a placeholder in the queue), "status" (answer `status` with `body`, `content_type` and `headers`), "reset" (close the connection
    with a TCP reset before answering), "truncate" (send only the first half of the real body, with a matching
    Content-Length, so the XML/JSON is cut), "short" (announce the full length but send half and close),
    "slow" (wait `seconds`, then answer normally).
    """

    kind: str = "status"
    status: int = 503
    body: bytes = b""
    content_type: str = "text/plain"
    headers: tuple[tuple[str, str], ...] = ()
    seconds: float = 0.0


def rate_exceeded(retry_after: str | None = None) -> Fault:
    """arXiv's 429 since November 2025: text/plain `Rate exceeded.`, usually no Retry-After."""
    headers = (("Retry-After", retry_after),) if retry_after is not None else ()
    return Fault(status=429, body=b"Rate exceeded.", headers=headers)


def unavailable() -> Fault:
    return Fault(status=503, body=b"", content_type="text/html")


def access_denied() -> Fault:
    body = b"<html><head><title>Access Denied</title></head><body><h1>Access Denied</h1></body></html>"
    return Fault(status=403, body=body, content_type="text/html")


@dataclass(frozen=True)
class Logged:
    """One request as the server saw it."""

    at: float  # time.monotonic() when the request arrived
    method: str
    path: str
    params: dict[str, str]
    status: int
    user_agent: str
    connection: int  # which TCP connection carried it (counts connections opened)


@dataclass
class Answer:
    status: int
    body: bytes
    content_type: str
    headers: list[tuple[str, str]] = field(default_factory=list)


class LoopbackServer:
    """Base class: subclasses implement `answer(method, path, params) -> Answer`."""

    def __init__(self) -> None:
        self.log: list[Logged] = []
        self._faults: deque[Fault] = deque()
        self.always: Fault | None = None
        self._lock = threading.Lock()
        self._connections = 0
        outer = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def setup(self) -> None:
                super().setup()
                with outer._lock:
                    outer._connections += 1
                    self.connection_number = outer._connections

            def log_message(self, format: str, *args: Any) -> None:  # keep test output clean
                return

            def do_GET(self) -> None:
                self._handle("GET", {})

            def do_POST(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                form = dict(parse_qsl(self.rfile.read(length).decode("utf-8"), keep_blank_values=True))
                self._handle("POST", form)

            def _handle(self, method: str, form: dict[str, str]) -> None:
                parts = urlsplit(self.path)
                params = dict(parse_qsl(parts.query, keep_blank_values=True))
                params.update(form)
                fault = outer._next_fault()
                if fault is not None and fault.kind == "ok":
                    fault = None
                if fault is not None and fault.kind == "slow":
                    time.sleep(fault.seconds)
                    fault = None
                if fault is not None and fault.kind == "reset":
                    outer._record(method, parts.path, params, 0, self)
                    # SO_LINGER 0: close() sends RST instead of FIN, as a dropped connection does.
                    self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
                    self.close_connection = True
                    return
                if fault is not None and fault.kind == "status":
                    answer = Answer(fault.status, fault.body, fault.content_type, list(fault.headers))
                else:
                    answer = outer.answer(method, parts.path, params)
                outer._record(method, parts.path, params, answer.status, self)
                body = answer.body
                length = len(body)
                if fault is not None and fault.kind == "truncate":
                    body = body[: len(body) // 2]
                    length = len(body)
                elif fault is not None and fault.kind == "short":
                    body = body[: len(body) // 2]
                self.send_response(answer.status)
                self.send_header("Content-Type", answer.content_type)
                self.send_header("Content-Length", str(length))
                for name, value in answer.headers:
                    self.send_header(name, value)
                self.end_headers()
                self.wfile.write(body)
                if fault is not None and fault.kind == "short":
                    self.close_connection = True

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._server.daemon_threads = True
        self._thread = threading.Thread(target=self._server.serve_forever, args=(0.02,), daemon=True)

    # -- lifecycle ---------------------------------------------------------------------------------------

    def start(self) -> Self:
        self._thread.start()
        return self

    def stop(self) -> None:
        self._server.shutdown()
        self._server.server_close()

    def __enter__(self) -> Self:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    @property
    def base_url(self) -> str:
        host, port = self._server.server_address[:2]
        return f"http://{host!s}:{port}"

    # -- faults and log ----------------------------------------------------------------------------------

    def push(self, *faults: Fault) -> None:
        """Queue one-shot faults: each applies to one request, in order."""
        with self._lock:
            self._faults.extend(faults)

    def clear(self) -> None:
        with self._lock:
            self._faults.clear()
            self.always = None
            self.log.clear()

    def _next_fault(self) -> Fault | None:
        with self._lock:
            if self._faults:
                return self._faults.popleft()
            return self.always

    def _record(self, method: str, path: str, params: dict[str, str], status: int, handler: Any) -> None:
        with self._lock:
            self.log.append(
                Logged(
                    at=time.monotonic(),
                    method=method,
                    path=path,
                    params=params,
                    status=status,
                    user_agent=handler.headers.get("User-Agent", ""),
                    connection=handler.connection_number,
                )
            )

    @property
    def connections(self) -> int:
        return self._connections

    def gaps(self) -> list[float]:
        """Seconds between consecutive requests, as the server saw them."""
        times = [entry.at for entry in self.log]
        return [later - earlier for earlier, later in itertools.pairwise(times)]

    def answer(self, method: str, path: str, params: dict[str, str]) -> Answer:
        raise NotImplementedError
