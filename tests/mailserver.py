"""A real SMTP server on loopback for tests: aiosmtpd, with switches to misbehave.

Use `running_sink()` as a context manager (or wrap it in a fixture). The sink records
every message it accepted; `refuse_rcpt`, `stall_seconds` and `drop_next` make it
refuse recipients, hang before answering, or hang up in the middle of a message.
"""

from __future__ import annotations

import asyncio
import socket
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from email import message_from_bytes, policy
from email.message import EmailMessage
from typing import Any

from aiosmtpd.controller import Controller


def free_port() -> int:
    """Return a loopback port nothing listens on (at the moment of asking)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@dataclass
class Received:
    """One accepted message: the envelope and the parsed mail."""

    mail_from: str
    rcpt_tos: list[str]
    raw: bytes
    message: EmailMessage


@dataclass
class Sink:
    """The aiosmtpd handler: records mail, or refuses, stalls or drops on request."""

    received: list[Received] = field(default_factory=list)
    refuse_rcpt: str | None = None  # e.g. "550 5.1.1 no such user" or "451 4.3.0 later"
    stall_seconds: float = 0.0  # hang at MAIL FROM, before anything is accepted
    drop_next: int = 0  # hang up after the data arrives, before answering, this many times
    lock: threading.Lock = field(default_factory=threading.Lock)

    async def handle_MAIL(
        self, server: Any, session: Any, envelope: Any, address: str, options: list[str]
    ) -> str:
        if self.stall_seconds:
            await asyncio.sleep(self.stall_seconds)
        envelope.mail_from = address
        return "250 OK"

    async def handle_RCPT(
        self, server: Any, session: Any, envelope: Any, address: str, options: list[str]
    ) -> str:
        if self.refuse_rcpt:
            return self.refuse_rcpt
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        with self.lock:
            if self.drop_next > 0:
                self.drop_next -= 1
                server.transport.abort()
                return "421 gone"
            raw = bytes(envelope.original_content or envelope.content)
            parsed = message_from_bytes(raw, policy=policy.default)
            assert isinstance(parsed, EmailMessage)
            self.received.append(
                Received(str(envelope.mail_from), list(envelope.rcpt_tos), raw, parsed)
            )
        return "250 Message accepted"

    def message_ids(self) -> list[str]:
        with self.lock:
            return [str(r.message["Message-ID"]) for r in self.received]


@contextmanager
def running_sink(sink: Sink | None = None) -> Iterator[tuple[Sink, int]]:
    """Serve a sink on 127.0.0.1 and yield it with its port; stop it afterwards."""
    handler = sink or Sink()
    port = free_port()
    controller = Controller(handler, hostname="127.0.0.1", port=port, ready_timeout=10)
    controller.start()
    try:
        yield handler, port
    finally:
        controller.stop()


@contextmanager
def silent_server() -> Iterator[int]:
    """Accept TCP connections and never say a word: a relay that hangs before its greeting."""
    listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    listener.bind(("127.0.0.1", 0))
    listener.listen(16)
    port = int(listener.getsockname()[1])
    held: list[socket.socket] = []
    stop = threading.Event()

    def accept() -> None:
        listener.settimeout(0.1)
        while not stop.is_set():
            try:
                conn, _ = listener.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            held.append(conn)

    thread = threading.Thread(target=accept, daemon=True)
    thread.start()
    try:
        yield port
    finally:
        stop.set()
        thread.join(timeout=2)
        for conn in held:
            conn.close()
        listener.close()
