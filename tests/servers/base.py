"""A loopback HTTP server with switchable faults and a request log, shared by the service imitations.

Real HTTP on 127.0.0.1 with an ephemeral port: the client under test goes through httpx, sockets and status
codes exactly as it would against the real service. Faults are queued one-shot (`push`) or permanent
(`always`), so a test can say "the next two requests answer 429, then behave".
"""

from __future__ import annotations

import itertools
import random
import socket
import struct
import threading
import time
from collections import deque
from collections.abc import Sequence
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, Self
from urllib.parse import parse_qsl, urlsplit


@dataclass(frozen=True)
class Fault:
    """What the server does instead of answering normally.

    kind: "ok" (answer normally: a placeholder in the queue), "status" (answer `status` with `body`,
    `content_type` and `headers`), "reset" (close the connection with a TCP reset before answering),
    "truncate" (send only the first half of the real body, with a matching Content-Length, so the XML/JSON is
    cut), "short" (announce the full length but send half and close), "slow" (wait `seconds`, then answer
    normally), "hang" (never answer: hold the connection open for `seconds` or until the server stops, then
    close it), "trickle" (answer 200 with `body`, one byte every `seconds`: a read timeout never fires),
    "flood" (answer 200 with an endless body of `body` repeated, without Content-Length, until the client
    hangs up or `seconds` pass).
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


def hang(seconds: float = 60.0) -> Fault:
    """A server that accepts the connection and never answers."""
    return Fault(kind="hang", seconds=seconds)


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
    headers: dict[str, str] = field(default_factory=dict)  # request headers, names lower-cased
    body: bytes = b""  # a POST's body


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
        self._arrived = threading.Condition(self._lock)
        self.arrivals = 0  # requests that reached the handler (before any fault or answer)
        self._chaos: tuple[float, tuple[Fault, ...], random.Random] | None = None
        self._stopping = threading.Event()
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
                self.raw_body = self.rfile.read(length)
                form: dict[str, str] = {}
                if "json" not in (self.headers.get("Content-Type") or ""):  # a JSON body is not a form
                    form = dict(parse_qsl(self.raw_body.decode("utf-8", "replace"), keep_blank_values=True))
                self._handle("POST", form)

            def _handle(self, method: str, form: dict[str, str]) -> None:
                parts = urlsplit(self.path)
                params = dict(parse_qsl(parts.query, keep_blank_values=True))
                params.update(form)
                body = getattr(self, "raw_body", b"")
                self.raw_body = b""
                outer._arrive()
                fault = outer._next_fault()
                if fault is not None and fault.kind == "ok":
                    fault = None
                if fault is not None and fault.kind == "slow":
                    outer._stopping.wait(fault.seconds)
                    fault = None
                if fault is not None and fault.kind in {"hang", "trickle", "flood"}:
                    outer._record(method, parts.path, params, 0 if fault.kind == "hang" else 200, self)
                    self._misbehave(fault)
                    return
                if fault is not None and fault.kind == "reset":
                    outer._record(method, parts.path, params, 0, self)
                    # SO_LINGER 0: close() sends RST instead of FIN, as a dropped connection does.
                    self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
                    self.close_connection = True
                    return
                if fault is not None and fault.kind == "status":
                    answer = Answer(fault.status, fault.body, fault.content_type, list(fault.headers))
                else:
                    headers = {name.lower(): value for name, value in self.headers.items()}
                    answer = outer.respond(method, parts.path, params, body, headers)
                outer._record(method, parts.path, params, answer.status, self, body)
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

            def _misbehave(self, fault: Fault) -> None:
                self.close_connection = True
                deadline = time.monotonic() + fault.seconds
                if fault.kind == "hang":
                    outer._stopping.wait(fault.seconds)
                    return
                self.send_response(200)
                self.send_header("Content-Type", "application/octet-stream")
                if fault.kind == "trickle":
                    self.send_header("Content-Length", str(len(fault.body)))
                self.end_headers()
                self.wfile.flush()
                try:
                    if fault.kind == "trickle":  # `seconds` between two bytes, until the body is sent
                        for byte in fault.body:
                            if outer._stopping.wait(fault.seconds):
                                return
                            self.wfile.write(bytes([byte]))
                            self.wfile.flush()
                    else:
                        chunk = fault.body or b"x" * 65536
                        while time.monotonic() < deadline and not outer._stopping.is_set():
                            self.wfile.write(chunk)
                except OSError:  # the client hung up: what a bounded client does
                    return

        class Server(ThreadingHTTPServer):
            def handle_error(self, request: Any, client_address: Any) -> None:
                # A client killed mid-request (the crash drills do it) leaves a dead socket: not news.
                return

        self._server = Server(("127.0.0.1", 0), Handler)
        self._server.daemon_threads = True
        self._thread = threading.Thread(target=self._server.serve_forever, args=(0.02,), daemon=True)

    # -- lifecycle ---------------------------------------------------------------------------------------

    def start(self) -> Self:
        self._thread.start()
        return self

    def stop(self) -> None:
        self._stopping.set()
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

    def chaos(self, rate: float, faults: Sequence[Fault], seed: int = 0) -> None:
        """From now on, answer each request (not already given a queued fault) with one of `faults`, chosen
        at random, with probability `rate`; otherwise answer normally. Seeded: a run is reproducible."""
        with self._lock:
            self._chaos = (rate, tuple(faults), random.Random(seed))

    def clear(self) -> None:
        with self._lock:
            self._faults.clear()
            self.always = None
            self._chaos = None
            self.log.clear()
            self.arrivals = 0

    def wait_for_arrivals(self, count: int, timeout: float) -> bool:
        """Block until `count` requests have arrived since the last `clear()`; False on timeout."""
        with self._arrived:
            return self._arrived.wait_for(lambda: self.arrivals >= count, timeout)

    def _arrive(self) -> None:
        with self._arrived:
            self.arrivals += 1
            self._arrived.notify_all()

    def _next_fault(self) -> Fault | None:
        with self._lock:
            if self._faults:
                return self._faults.popleft()
            if self._chaos is not None:
                rate, faults, rng = self._chaos
                if rng.random() < rate:
                    return rng.choice(faults)
            return self.always

    def _record(
        self, method: str, path: str, params: dict[str, str], status: int, handler: Any, body: bytes = b""
    ) -> None:
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
                    headers={name.lower(): value for name, value in handler.headers.items()},
                    body=body,
                )
            )

    @property
    def connections(self) -> int:
        return self._connections

    def gaps(self) -> list[float]:
        """Seconds between consecutive requests, as the server saw them."""
        times = [entry.at for entry in self.log]
        return [later - earlier for earlier, later in itertools.pairwise(times)]

    def respond(
        self, method: str, path: str, params: dict[str, str], body: bytes, headers: dict[str, str]
    ) -> Answer:
        """The answer to a request, its body and headers at hand (services that read them override this)."""
        return self.answer(method, path, params)

    def answer(self, method: str, path: str, params: dict[str, str]) -> Answer:
        raise NotImplementedError
