"""Read messages in a child process with a wall-time and a memory limit.

Whatever the parser does with hostile input (loop, sleep, allocate without end), it
does it in a child: past the wall time the child is killed (and replaced), past the
address-space limit its allocations fail. The caller gets a `Reading` either way and
never waits longer than the limit. A child reads one message after another, so a
normal message costs a pipe round trip, not an interpreter start.
"""

from __future__ import annotations

import atexit
import contextlib
import ctypes
import os
import resource
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from importlib import import_module
from multiprocessing.connection import Connection
from typing import Any

from service.parsing import ParsedMessage, ParseError

DEFAULT_PARSER = "service.parsing:parse_message"
# Only tests may swap the parser (a stand-in that sleeps or allocates without end).
PARSER_VARIABLE = "AFTERVIEW_TEST_PARSER"
TOO_SLOW = "took too long to read"
TOO_LARGE = "too large to read"
_PR_SET_PDEATHSIG = 1
READER_NICENESS = 10


@dataclass(frozen=True)
class Reading:
    """What reading a message gave: a parse, or why there is none.

    `problem` means the MIME structure is beyond the caps (the message is quarantined);
    `failure` means it could not be read (it waits in review with that reason).
    """

    parsed: ParsedMessage | None = None
    problem: str = ""
    failure: str = ""
    seconds: float = 0.0


@dataclass(frozen=True)
class Limits:
    seconds: float
    memory_bytes: int


def parser_name() -> str:
    """The parser's dotted name: the real one, unless a test named a stand-in under tests."""
    wanted = os.environ.get(PARSER_VARIABLE, "")
    return wanted if wanted.startswith("tests.") else DEFAULT_PARSER


class Sandbox:
    """One reading child, kept between messages and replaced after it is killed.

    The child is a fresh interpreter (`python -c`, not a fork of this threaded
    process) that imports only the parser. It starts before a message is handed over,
    so a slow start never counts against the message's wall time.
    """

    RECYCLE_AFTER = 500  # messages; bounds whatever a long-lived child accumulates
    START_TIMEOUT = 120.0

    def __init__(self, limits: Limits) -> None:
        self.limits = limits
        self._process: subprocess.Popen[bytes] | None = None
        self._to_child: Connection | None = None
        self._from_child: Connection | None = None
        self._served = 0

    def __enter__(self) -> Sandbox:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    def read(self, raw: bytes, now: datetime, parser: str = "") -> Reading:
        """Parse `raw` in the child; never raises for anything the parser does."""
        if not self.alive() or self._served >= self.RECYCLE_AFTER:
            self.close()
            self._start()
        assert self._to_child is not None
        assert self._from_child is not None
        self._served += 1
        started = time.monotonic()
        result: tuple[str, Any] | None = None
        try:
            self._to_child.send((raw, now, parser or parser_name(), self.limits.seconds))
            answered = self._from_child.poll(self.limits.seconds)
            if answered:
                result = self._from_child.recv()
        except (EOFError, OSError):
            answered = True
        elapsed = time.monotonic() - started
        if result is None:
            code = self._kill()
            if not answered:
                failure = f"{TOO_SLOW} (stopped after {self.limits.seconds:g} s)"
            elif code == -signal.SIGKILL:  # the kernel's OOM killer, most likely
                failure = TOO_LARGE
            else:
                failure = f"the reader stopped on this message (exit code {code})"
            return Reading(failure=failure, seconds=elapsed)
        kind, value = result
        if kind == "parsed":
            return Reading(parsed=value, seconds=elapsed)
        if kind == "problem":
            return Reading(problem=str(value), seconds=elapsed)
        if value == TOO_LARGE:
            self.close()  # whatever the failed allocations left behind goes with the child
        return Reading(failure=str(value), seconds=elapsed)

    def start(self) -> None:
        """Start the child now (a lane does this before its first message)."""
        if self._process is None:
            self._start()

    def alive(self) -> bool:
        """Whether the child is there to read (one killed from outside is not)."""
        return self._process is not None and self._process.poll() is None

    def pid(self) -> int | None:
        """The reading child's process id (None while there is none)."""
        return None if self._process is None else self._process.pid

    def recycle_if_due(self) -> None:
        """Replace a child that has served its share now, while no message waits for it.

        Otherwise the replacement starts in front of the next message, and under load an
        interpreter start takes seconds: that message's way to the feed would wait for it.
        """
        if self._process is not None and self._served >= self.RECYCLE_AFTER:
            self.close()
            self._start()

    def close(self) -> None:
        self._kill()

    def _start(self) -> None:
        inbox_r, inbox_w = os.pipe()
        outbox_r, outbox_w = os.pipe()
        code = (
            "from service.inbound.sandbox import serve; "
            f"serve({inbox_r}, {outbox_w}, {self.limits.memory_bytes}, {os.getpid()})"
        )
        try:
            self._process = subprocess.Popen(  # noqa: S603 - our interpreter, our module
                [sys.executable, "-c", code], pass_fds=(inbox_r, outbox_w), stdin=subprocess.DEVNULL
            )
        except BaseException:
            for fd in (inbox_w, outbox_r):
                os.close(fd)
            raise
        finally:
            os.close(inbox_r)
            os.close(outbox_w)
        self._to_child = Connection(inbox_w, readable=False)
        self._from_child = Connection(outbox_r, writable=False)
        self._served = 0
        try:
            ready = self._from_child.poll(self.START_TIMEOUT) and self._from_child.recv() == "ready"
        except (EOFError, OSError):
            ready = False
        if not ready:
            self._kill()
            raise RuntimeError("the reading child did not start")

    def _kill(self) -> int | None:
        process, self._process = self._process, None
        for end in (self._to_child, self._from_child):
            if end is not None:
                with contextlib.suppress(OSError):
                    end.close()
        self._to_child = self._from_child = None
        if process is None:
            return None
        if process.poll() is None:
            process.kill()
        return process.wait()


class Spares:
    """Warm children kept between one-off reads in one process (CLI commands, tests).

    A child takes seconds to start and warm up; a command that reads a message, then
    another, would pay that each time. A borrowed child is the caller's alone until it is
    handed back; one that died or was killed is not kept. What is left goes at exit.
    """

    KEPT = 4

    def __init__(self) -> None:
        self._idle: list[Sandbox] = []
        self._lock = threading.Lock()

    @contextlib.contextmanager
    def borrow(self, limits: Limits) -> Iterator[Sandbox]:
        with self._lock:
            match = next((s for s in reversed(self._idle) if s.limits == limits), None)
            if match is not None:
                self._idle.remove(match)
        sandbox = match or Sandbox(limits)
        try:
            yield sandbox
        except BaseException:
            sandbox.close()
            raise
        self._give_back(sandbox)

    def close_all(self) -> None:
        with self._lock:
            idle, self._idle = self._idle, []
        for sandbox in idle:
            sandbox.close()

    def _give_back(self, sandbox: Sandbox) -> None:
        if not sandbox.alive():
            sandbox.close()
            return
        with self._lock:
            self._idle.append(sandbox)
            surplus, self._idle = self._idle[: -self.KEPT], self._idle[-self.KEPT :]
        for old in surplus:
            old.close()

    def forget_after_fork(self) -> None:
        """A forked child does not own its parent's reading children: drop, never kill."""
        self._idle = []
        self._lock = threading.Lock()


SPARES = Spares()
atexit.register(SPARES.close_all)
os.register_at_fork(after_in_child=SPARES.forget_after_fork)


def read_limited(raw: bytes, now: datetime, limits: Limits, parser: str = "") -> Reading:
    """Read one message in a spare child (the reader keeps a `Sandbox` per lane)."""
    with SPARES.borrow(limits) as sandbox:
        return sandbox.read(raw, now, parser)


# A mail in each alphabet the parser's word lists keep a compiled copy for (ASCII only,
# Latin with accents, other scripts). Each list compiles the copy for an alphabet when a
# mail first needs it: about five seconds a copy on a busy machine, 0.05 s a mail after.
_WARM_UP = tuple(
    (
        "From: Ana Ruiz <ana@example.com>\r\nTo: you@example.com\r\n"
        f"Subject: {subject}\r\nDate: Mon, 07 Dec 2026 09:00:00 +0000\r\n"
        "MIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n"
        f"{body}\r\n"
    ).encode()
    for subject, body in (
        (
            "Interview invitation: Data Engineer at Acme",
            "We would like to invite you to an interview for the Data Engineer role.\r\n"
            "When: Tuesday 15 December 2026, 14:00-15:00 CET\r\nBest regards, Ana",
        ),
        (
            "Einladung zum Vorstellungsgespräch – entretien d’embauche",
            "Wir laden Sie zum Vorstellungsgespräch ein.\r\n"
            "Termin: Dienstag, 15. Dezember 2026, 14:00–15:00 Uhr MEZ\r\n"
            "Nous vous invitons à un entretien le mardi 15 décembre 2026 à 14 h.",
        ),
        (
            "面接のご案内 / Приглашение на собеседование",
            "面接日時: 2026年12月15日(火) 14:00〜15:00 JST\r\n"
            "Приглашаем вас на собеседование 15 декабря 2026 г. в 14:00 (MSK).",
        ),
    )
)


def _warm_up() -> None:
    """Read the sample mails, so no message pays for compiling what every mail needs.

    Always with the real parser: a test's stand-in may sleep or allocate on purpose, and
    hands every other message to the real one."""
    module, _, name = DEFAULT_PARSER.partition(":")
    parse = getattr(import_module(module), name)
    for sample in _WARM_UP:
        with contextlib.suppress(Exception):
            parse(sample, now=datetime.now(UTC))


def serve(inbox_fd: int, outbox_fd: int, memory_bytes: int, parent_pid: int = 0) -> None:
    """The child's loop: limit this process, warm the parser up (outside any message's
    time: the parent waits for "ready" before it hands one over), then read messages
    until the parent goes."""
    _die_with_parent(parent_pid)
    _yield_to_requests()
    resource.setrlimit(resource.RLIMIT_AS, (memory_bytes, memory_bytes))
    inbox = Connection(inbox_fd, writable=False)
    outbox = Connection(outbox_fd, readable=False)
    with contextlib.suppress(MemoryError):  # the first message meets the limit and says so
        _warm_up()
    outbox.send("ready")
    while True:
        try:
            raw, now, parser, seconds = inbox.recv()
        except (EOFError, OSError):
            return
        _limit_cpu(seconds)
        try:
            answer = _read(raw, now, parser)
        except MemoryError:
            answer = ("failure", TOO_LARGE)
        del raw
        try:
            outbox.send(answer)
        except MemoryError:
            outbox.send(("failure", TOO_LARGE))


def _limit_cpu(seconds: float) -> None:
    """A backstop for a busy loop should the parent vanish: CPU seconds for this message."""
    usage = resource.getrusage(resource.RUSAGE_SELF)
    soft = int(usage.ru_utime + usage.ru_stime) + int(seconds) + 5
    with contextlib.suppress(ValueError, OSError):
        resource.setrlimit(resource.RLIMIT_CPU, (soft, soft + 5))


def _read(raw: bytes, now: datetime, parser: str) -> tuple[str, Any]:
    from service.inbound.structure import structure_problem

    problem = structure_problem(raw)
    if problem:
        return ("problem", problem)
    module, _, name = parser.partition(":")
    parse = getattr(import_module(module), name)
    try:
        parsed = parse(raw, now=now)
    except ParseError as error:
        return ("failure", f"could not read the message: {error}")
    except MemoryError:
        raise
    except RecursionError:
        return ("failure", "could not read the message: it is nested too deeply")
    except Exception as error:  # a parser bug: say so in review, keep the service up
        return ("failure", f"the parser failed on this message ({type(error).__name__})")
    if not isinstance(parsed, ParsedMessage):
        return ("failure", "the parser returned nothing usable")
    return ("parsed", parsed)


def _yield_to_requests() -> None:
    """Parse at a lower CPU priority than the web workers: when both want the CPU,
    acknowledging deliveries comes first and the reader catches up in the gaps."""
    with contextlib.suppress(OSError):
        os.nice(READER_NICENESS)


def _die_with_parent(parent_pid: int) -> None:
    """Ask Linux to kill this child when its parent goes (a killed scheduler leaves none).

    The request only covers a parent that dies after it is made: one killed while this
    interpreter was still starting has already gone, and the child would warm up for
    nobody, holding the parent's inherited output open. So check it is still there."""
    with contextlib.suppress(OSError, AttributeError):
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
    if parent_pid and os.getppid() != parent_pid:
        os._exit(0)
