"""A local HTTP server (127.0.0.1) that replays recorded and invented ModernGov answers,
keeps a log of every request, and plays the quirks a real site has: validators and 304s,
errors before success, slow answers, bot checks, redirects."""

import contextlib
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qsl, urlsplit


@dataclass
class Answer:
    """One answer: status, body and headers, after an optional pause."""

    body: bytes = b""
    status: int = 200
    etag: str | None = None
    pause: float = 0.0
    headers: dict[str, str] = field(default_factory=dict)
    content_type: str = "text/xml; charset=utf-8"


@dataclass
class Seen:
    """A request as the server received it."""

    path: str
    query: dict[str, str]
    headers: dict[str, str]
    at: float


class ReplayServer:
    """Routes ``(path, key)`` to a queue of answers (the last one repeats); ``key`` picks the
    query parameter that tells answers apart (a committee or meeting id), or ``None``."""

    def __init__(self) -> None:
        self.routes: dict[tuple[str, str | None], list[Answer]] = {}
        self.keys: dict[str, str] = {}  # path -> the query parameter routes are keyed on
        self.log: list[Seen] = []
        server = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                parts = urlsplit(self.path)
                query = dict(parse_qsl(parts.query))
                server.log.append(Seen(parts.path, query, dict(self.headers), time.monotonic()))
                answer = server.answer(parts.path, query)
                if answer.pause:
                    time.sleep(answer.pause)
                if answer.etag and self.headers.get("If-None-Match") == answer.etag:
                    self.send_response(304)
                    self.send_header("ETag", answer.etag)
                    self.end_headers()
                    return
                self.send_response(answer.status)
                self.send_header("Content-Type", answer.content_type)
                self.send_header("Content-Length", str(len(answer.body)))
                if answer.etag:
                    self.send_header("ETag", answer.etag)
                for name, value in answer.headers.items():
                    self.send_header(name, value)
                self.end_headers()
                with contextlib.suppress(BrokenPipeError, ConnectionResetError):
                    self.wfile.write(answer.body)

            def log_message(self, *args) -> None:
                pass

        self._httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._httpd.daemon_threads = True
        self.url = f"http://127.0.0.1:{self._httpd.server_address[1]}"
        self._thread = threading.Thread(target=self._httpd.serve_forever, daemon=True)

    def route(self, path: str, *answers: Answer, key: str | None = None, value: str | None = None) -> None:
        """Answer ``path`` (with query parameter ``key`` equal to ``value``) with ``answers`` in turn."""
        if key:
            self.keys[path] = key
        self.routes[(path, value)] = list(answers)

    def answer(self, path: str, query: dict[str, str]) -> Answer:
        key = self.keys.get(path)
        queue = self.routes.get((path, query.get(key) if key else None)) or self.routes.get((path, "*"))
        if not queue:
            return Answer(b"<html><body>Not found</body></html>", 404, content_type="text/html")
        return queue.pop(0) if len(queue) > 1 else queue[0]

    def requests(self, path: str | None = None) -> list[Seen]:
        """The requests received (for one path)."""
        return [s for s in self.log if path is None or s.path == path]

    def __enter__(self) -> "ReplayServer":
        self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self._httpd.shutdown()
        self._httpd.server_close()
