"""Serve synthetic fixture pages on 127.0.0.1 only: tests never reach anything else."""

from __future__ import annotations

import http.server
import ssl
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

# Ports our own fixture servers listen on in this process, so the "no DevTools port" test can tell
# them apart from anything the browser might open.
SERVED_PORTS: set[int] = set()

Handler = Callable[..., http.server.BaseHTTPRequestHandler] | type[http.server.BaseHTTPRequestHandler]


@contextmanager
def serving(handler: Handler, *, tls: ssl.SSLContext | None = None) -> Iterator[str]:
    """Run ``handler`` on a free loopback port in a thread; yields ``http(s)://127.0.0.1:PORT``."""
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)  # type: ignore[arg-type]
    server.daemon_threads = True
    if tls is not None:
        server.socket = tls.wrap_socket(server.socket, server_side=True)
    port = int(server.server_address[1])
    SERVED_PORTS.add(port)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"{'https' if tls else 'http'}://127.0.0.1:{port}"
    finally:
        server.shutdown()
        server.server_close()
        SERVED_PORTS.discard(port)


def quiet(base: type[http.server.BaseHTTPRequestHandler]) -> Any:
    """``base`` without its per-request log lines on stderr."""

    class Quiet(base):  # type: ignore[valid-type, misc]
        def log_message(self, format: str, *args: object) -> None:
            pass

    return Quiet


def skewed_clock_page(skew_seconds: float) -> Any:
    """A handler that serves one synthetic page with a ``Date`` header ``skew_seconds`` off the real time: the site's
    server as a workstation whose own clock is wrong by as much would see it."""
    import email.utils
    import time

    class Skewed(quiet(http.server.BaseHTTPRequestHandler)):  # type: ignore[misc]
        def date_time_string(self, timestamp: float | None = None) -> str:
            return email.utils.formatdate(time.time() + skew_seconds, usegmt=True)

        def do_GET(self) -> None:
            body = "<html><head><title>Server clock fixture</title></head><body><p>IMG 1（虛構）</p></body></html>"
            data = body.encode()
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

    return Skewed
