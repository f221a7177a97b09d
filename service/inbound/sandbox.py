"""Read one message in a child process with a wall-time and a memory limit.

Whatever the parser does with hostile input (loop, sleep, allocate without end), it
does it in a child: past the wall time the child is killed, past the address-space
limit its allocations fail. The caller gets a `Reading` either way and never waits
longer than the limit. Children are forked from a forkserver that has the parser
imported already, so starting one costs milliseconds, not an interpreter start.
"""

from __future__ import annotations

import contextlib
import ctypes
import multiprocessing
import os
import resource
import signal
import time
from dataclasses import dataclass
from datetime import datetime
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
_context: Any = None


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


def _forkserver() -> Any:
    global _context
    if _context is None:
        context = multiprocessing.get_context("forkserver")
        context.set_forkserver_preload(["service.inbound.sandbox", "service.parsing"])
        _context = context
    return _context


def read_limited(raw: bytes, now: datetime, limits: Limits, parser: str = "") -> Reading:
    """Parse `raw` in a child process; never raises for anything the parser does."""
    context = _forkserver()
    started = time.monotonic()
    receiver, sender = context.Pipe(duplex=False)
    child = context.Process(
        target=_child,
        args=(sender, raw, now, parser or parser_name(), limits),
        name="afterview-read",
        daemon=True,
    )
    child.start()
    sender.close()
    result: tuple[str, Any] | None = None
    timed_out = True
    try:
        if receiver.poll(limits.seconds):
            timed_out = False
            with contextlib.suppress(EOFError, OSError):
                result = receiver.recv()
    finally:
        receiver.close()
        child.join(timeout=0 if result is None else 5)
        if child.is_alive():
            child.kill()
            child.join()
    elapsed = time.monotonic() - started
    if result is None:
        if timed_out:
            return Reading(
                failure=f"{TOO_SLOW} (stopped after {limits.seconds:g} s)", seconds=elapsed
            )
        if child.exitcode == -signal.SIGKILL:  # the kernel's OOM killer, most likely
            return Reading(failure=TOO_LARGE, seconds=elapsed)
        return Reading(
            failure=f"the reader stopped on this message (exit code {child.exitcode})",
            seconds=elapsed,
        )
    kind, value = result
    if kind == "parsed":
        return Reading(parsed=value, seconds=elapsed)
    if kind == "problem":
        return Reading(problem=str(value), seconds=elapsed)
    return Reading(failure=str(value), seconds=elapsed)


def _child(sender: Connection, raw: bytes, now: datetime, parser: str, limits: Limits) -> None:
    """Runs in the child: limit this process, read the message, send back one tuple."""
    _die_with_parent()
    resource.setrlimit(resource.RLIMIT_AS, (limits.memory_bytes, limits.memory_bytes))
    cpu = int(limits.seconds) + 5  # a backstop for a busy loop should the parent vanish
    resource.setrlimit(resource.RLIMIT_CPU, (cpu, cpu + 1))
    try:
        answer = _read(raw, now, parser)
    except MemoryError:
        answer = ("failure", TOO_LARGE)
    try:
        sender.send(answer)
    except MemoryError:
        sender.send(("failure", TOO_LARGE))
    finally:
        sender.close()


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


def _die_with_parent() -> None:
    """Ask Linux to kill this child when its parent goes (a killed scheduler leaves none)."""
    with contextlib.suppress(OSError, AttributeError):
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
