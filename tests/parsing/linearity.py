"""Bounded work, checked without a speed target: `assert_linear(run, make, size)`.

Issue 11 asks every parse to be linear in its input and the bounded-work tests to run in CI;
speed itself is the benchmarks' (`make bench-parse-worst`, `tests/bench/`). A fixed bound
("a megabyte in under a second") says neither: it fails spuriously on a loaded CI machine
and passes a quadratic reader that happens to be fast at the size tried. The invariant
checked here is the growth instead:

- `run(make(size))` and `run(make(size // 4))` are timed in CPU seconds of this process
  (`time.process_time`: other work on a shared machine cannot inflate them), the best of up
  to three runs each, taken in the same moment;
- four times the input may cost at most `MAX_RATIO` (8) times as much: linear work costs
  about 4 times, quadratic work 16;
- the ratio is judged only when the large run is slow enough to measure
  (`MEASURABLE_SECONDS`): below that every reader is fast at this size whatever the noise;
- a run is stopped and fails once it passes `HANG_GUARD_SECONDS` (20 s) of CPU time: the
  unbounded kind (`with hang_guard():` alone does this for a single parse).

On a sound parser most of these checks are fast at their size and end unjudged: they then
guard the hang, and judge the growth as soon as a change makes the work slow enough to see.
Helpers: `repeated(unit, joiner)` makes the usual text, `scans(pattern)` runs a pattern
over all of it, `measure_growth` returns the `Growth` without asserting.

`make(n)` must build an input whose size grows in proportion to `n` (a unit repeated
`n // len(unit)` times, `n` lines, `n` calendar blocks...), along the dimension where the
work could blow up. Bounded caches of the parser (`functools.lru_cache` with a `maxsize`,
which key on texts and lines) are cleared before each run, so a repeated input is read
again rather than found; the unbounded `@cache` tables (compiled patterns, CLDR names) stay.
"""

from __future__ import annotations

import functools
import gc
import signal
import sys
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Protocol, TypeVar

from tests.parsing.hostile_shapes import HANG_GUARD_SECONDS

Input = TypeVar("Input")

# Four times the input: linear work costs about 4 times as much, quadratic work 16 times.
MAX_RATIO = 8.0
# Below this the large run is too fast for a ratio to say anything on a shared machine.
MEASURABLE_SECONDS = 0.3
_RUNS = 3  # best of three for each size
_SHORTEST = 1e-4  # a floor for the small run, so that the ratio stays finite


@dataclass(frozen=True)
class Growth:
    """What `measure_growth` saw: the best seconds at each size and whether it judged."""

    size: int
    large_seconds: float
    small_seconds: float
    judged: bool

    @property
    def ratio(self) -> float:
        return self.large_seconds / max(self.small_seconds, _SHORTEST)

    def __str__(self) -> str:
        return (
            f"{self.large_seconds:.3f} s at size {self.size:,}, "
            f"{self.small_seconds:.3f} s at {self.size // 4:,}: {self.ratio:.1f}x for 4x the input"
        )


def clear_input_caches(prefix: str = "service.") -> None:
    """Empty the bounded `lru_cache`s of the loaded modules under `prefix` (their keys are
    inputs: texts, lines, words), keeping the unbounded `@cache` tables."""
    for name, module in list(sys.modules.items()):
        if not name.startswith(prefix) or module is None:
            continue
        for value in list(vars(module).values()):
            bounded = isinstance(value, functools._lru_cache_wrapper) and (
                value.cache_parameters()["maxsize"] is not None
            )
            if bounded:
                value.cache_clear()


class _Hung(BaseException):
    """Raised into a run that passed the hang guard: a BaseException, so that a reader's
    `except Exception` cannot swallow it."""


@contextmanager
def hang_guard(guard: float = HANG_GUARD_SECONDS) -> Iterator[None]:
    """Fail the block once this process has spent `guard` CPU seconds in it: stopped there
    (SIGPROF counts the time `time.process_time` counts, and the regex engine checks
    signals too), so that an unbounded run fails at the guard instead of holding CI. Only
    the main thread takes signals: elsewhere the guard is judged when the block ends."""
    began = time.process_time()
    armed = threading.current_thread() is threading.main_thread() and hasattr(signal, "setitimer")
    previous: object = None
    if armed:

        def stop(_signal: int, _frame: object) -> None:
            raise _Hung

        previous = signal.signal(signal.SIGPROF, stop)
        signal.setitimer(signal.ITIMER_PROF, guard)
    try:
        yield
    except _Hung:
        spent = time.process_time() - began
        raise AssertionError(
            f"stopped at the hang guard of {guard:.1f} s ({spent:.1f} s)"
        ) from None
    finally:
        if armed:
            signal.setitimer(signal.ITIMER_PROF, 0)
            signal.signal(signal.SIGPROF, previous)  # type: ignore[arg-type]
    spent = time.process_time() - began
    assert spent < guard, f"ran past the hang guard of {guard:.1f} s ({spent:.1f} s)"


def _seconds(
    run: Callable[[Input], object], given: Input, fresh: Callable[[], None], guard: float
) -> float:
    fresh()
    enabled = gc.isenabled()
    gc.disable()  # a collection's cost depends on the whole heap, not on this input
    began = time.process_time()
    try:
        with hang_guard(guard):
            run(given)
    finally:
        if enabled:
            gc.enable()
    return time.process_time() - began


def measure_growth(
    run: Callable[[Input], object],
    make: Callable[[int], Input],
    size: int = 1_000_000,
    *,
    max_ratio: float = MAX_RATIO,
    measurable: float = MEASURABLE_SECONDS,
    hang_guard: float = HANG_GUARD_SECONDS,
    fresh: Callable[[], None] = clear_input_caches,
) -> Growth:
    """Time `run` on `make(size)` and `make(size // 4)`, with no more runs than needed: one
    large run when it is fast, else the best of three at each size (fewer when the ratio is
    already within `max_ratio`). Fails only when a run passes `hang_guard`."""
    small, large = make(max(size // 4, 1)), make(size)
    smalls = [_seconds(run, small, fresh, hang_guard)]  # first: it also warms lazy tables
    larges = [_seconds(run, large, fresh, hang_guard)]
    if larges[0] < measurable:
        return Growth(size, larges[0], min(smalls), judged=False)
    smalls += [_seconds(run, small, fresh, hang_guard) for _ in range(_RUNS - 1)]
    while True:
        growth = Growth(size, min(larges), min(smalls), judged=True)
        if growth.large_seconds < measurable:
            return Growth(size, growth.large_seconds, growth.small_seconds, judged=False)
        if growth.ratio <= max_ratio or len(larges) == _RUNS:
            return growth
        larges.append(_seconds(run, large, fresh, hang_guard))


def assert_linear(
    run: Callable[[Input], object],
    make: Callable[[int], Input],
    size: int = 1_000_000,
    *,
    label: object = "",
    max_ratio: float = MAX_RATIO,
    measurable: float = MEASURABLE_SECONDS,
    hang_guard: float = HANG_GUARD_SECONDS,
    fresh: Callable[[], None] = clear_input_caches,
) -> Growth:
    """Fail when `run`'s work grows faster than linearly from `make(size // 4)` to
    `make(size)`, or when one run passes the hang guard; return what was measured."""
    try:
        growth = measure_growth(
            run,
            make,
            size,
            max_ratio=max_ratio,
            measurable=measurable,
            hang_guard=hang_guard,
            fresh=fresh,
        )
    except AssertionError as hang:
        raise AssertionError(f"{label!r}: {hang}") from None
    assert not growth.judged or growth.ratio <= max_ratio, f"{label!r}: {growth}"
    return growth


class _Finds(Protocol):
    def finditer(self, text: str) -> Iterator[object]: ...


def scans(pattern: _Finds) -> Callable[[str], int]:
    """`run` for a pattern (or a cue list): every match over the text, as finditer gives it."""
    return lambda text: sum(1 for _match in pattern.finditer(text))


def repeated(unit: str, joiner: str = "") -> Callable[[int], str]:
    """`make` for the common shape: `unit + joiner` repeated to about `n` characters."""
    piece = unit + joiner
    return lambda n: piece * max(n // len(piece), 1)
