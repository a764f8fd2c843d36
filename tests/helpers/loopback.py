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
