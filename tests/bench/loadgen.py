"""A small keep-alive HTTP load generator: several processes, one connection each.

wrk is not always installed; a Python client built on http.client spends more time
parsing than a Flask app spends answering, which hides the server's own cost. This one
sends prebuilt request bytes over raw sockets and reads each response by its
Content-Length, so the server stays the bottleneck.
"""

from __future__ import annotations

import multiprocessing
import socket
import time
from urllib.parse import urlsplit

_HEADER_END = b"\r\n\r\n"


def _request_bytes(url: str, headers: dict[str, str]) -> tuple[str, int, bytes]:
    parts = urlsplit(url)
    lines = [f"GET {parts.path or '/'} HTTP/1.1", f"Host: {parts.netloc}"]
    lines += [f"{name}: {value}" for name, value in headers.items()]
    raw = ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1")
    return parts.hostname or "127.0.0.1", parts.port or 80, raw


def _read_response(sock: socket.socket, buffer: bytearray) -> int:
    """Read one response off a keep-alive connection; return its status code."""
    while (end := buffer.find(_HEADER_END)) < 0:
        chunk = sock.recv(65536)
        if not chunk:
            raise ConnectionError("the server closed the connection")
        buffer += chunk
    head = bytes(buffer[:end]).decode("latin-1")
    status = int(head[9:12])
    length = 0
    for line in head.split("\r\n")[1:]:
        name, _, value = line.partition(":")
        if name.strip().lower() == "content-length":
            length = int(value)
    total = end + 4 + length
    while len(buffer) < total:
        chunk = sock.recv(max(65536, total - len(buffer)))
        if not chunk:
            raise ConnectionError("the server closed the connection mid-body")
        buffer += chunk
    del buffer[:total]
    return status


def _worker(args: tuple[str, int, bytes, float, tuple[int, ...]]) -> tuple[int, int]:
    host, port, raw, seconds, expected = args
    stop_at = time.monotonic() + seconds
    done = errors = 0
    buffer = bytearray()
    sock = socket.create_connection((host, port), timeout=10)
    sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
    try:
        while time.monotonic() < stop_at:
            try:
                sock.sendall(raw)
                status = _read_response(sock, buffer)
            except (ConnectionError, OSError):
                # gunicorn recycles workers (max_requests): reconnect and go on.
                sock.close()
                buffer.clear()
                sock = socket.create_connection((host, port), timeout=10)
                sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
                continue
            if status in expected:
                done += 1
            else:
                errors += 1
    finally:
        sock.close()
    return done, errors


def requests_per_second(
    url: str,
    seconds: float,
    headers: dict[str, str] | None = None,
    *,
    connections: int = 4,
    expected: tuple[int, ...] = (200, 304),
) -> float:
    """Load one URL from `connections` processes; return answered requests per second.

    Raise RuntimeError when any answer had an unexpected status.
    """
    host, port, raw = _request_bytes(url, headers or {})
    context = multiprocessing.get_context("fork")
    with context.Pool(connections) as pool:
        results = pool.map(_worker, [(host, port, raw, seconds, expected)] * connections)
    done = sum(r[0] for r in results)
    errors = sum(r[1] for r in results)
    if errors:
        raise RuntimeError(f"{url}: {errors} answers with an unexpected status")
    return done / seconds
