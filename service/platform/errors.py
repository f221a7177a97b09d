"""Domain errors: what every edge (web, API, CLI, mail) reports, with no HTTP in them.

The HTTP mapping lives in `service.web.errors`; the CLI's in `service.platform.cli`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from typing import TypeVar

T = TypeVar("T")


class Invalid(ValueError):
    """Input broke a rule; `field` names what, the message says why.

    `problems` lists every (field, message) found, the first being `field` and
    `message`, so a form, the API and the CLI can name all of them at once.
    """

    def __init__(self, field: str, message: str, *, also: Sequence[tuple[str, str]] = ()) -> None:
        self.field = field
        self.message = message
        self.problems: tuple[tuple[str, str], ...] = ((field, message), *also)
        super().__init__(str(self))

    def __str__(self) -> str:
        return "; ".join(f"{field}: {message}" for field, message in self.problems)


class Unoffered(str):
    """A message refusing a value outside a fixed set of choices; it lists the set.

    Programs (the API, the command line) are told the set. A page offered the set as
    buttons or options, so a person meets this only after an outdated or altered form,
    and pages show `UNOFFERED_ON_A_PAGE` instead of names made for programs.
    `given` and `allowed` keep the parts, for a page that words them its own way.
    """

    given: str = ""
    allowed: tuple[str, ...] = ()


UNOFFERED_ON_A_PAGE = (
    "That choice is not one Afterview offers here (the page may be out of date). "
    "Reload the page and choose again."
)


def not_one_of(given: str, allowed: Iterable[str]) -> Unoffered:
    """Refuse `given`, listing what is allowed (see `Unoffered`)."""
    choices = tuple(allowed)
    message = Unoffered(f"{given[:40]!r} is not one of {', '.join(choices)}")
    message.given, message.allowed = given[:40], choices
    return message


def page_words(message: str) -> str:
    """What a page shows for one problem's message."""
    return UNOFFERED_ON_A_PAGE if isinstance(message, Unoffered) else message


class Problems:
    """Collects what independent checks reject, then raises them together as one Invalid.

    A person who sent three mistakes should hear about three, not fix one per round trip.
    """

    def __init__(self) -> None:
        # A dict keeps the order problems were found in and makes the duplicate check
        # constant-time: a body with 100,000 unknown keys must not cost 10^10 comparisons.
        self._found: dict[tuple[str, str], None] = {}

    @property
    def found(self) -> list[tuple[str, str]]:
        return list(self._found)

    def add(self, field: str, message: str) -> None:
        self._found.setdefault((field, message))

    def note(self, exc: Invalid) -> None:
        for field, message in exc.problems:
            self.add(field, message)

    @contextmanager
    def check(self) -> Iterator[None]:
        """Run a block; an Invalid it raises is noted instead of ending the caller."""
        try:
            yield
        except Invalid as exc:
            self.note(exc)

    def value(self, compute: Callable[[], T], default: T) -> T:
        """Return `compute()`, or `default` once its Invalid is noted."""
        try:
            return compute()
        except Invalid as exc:
            self.note(exc)
            return default

    def has(self, field: str) -> bool:
        return any(name == field for name, _message in self._found)

    def raise_any(self) -> None:
        """Raise every problem noted so far as one Invalid; do nothing when there are none."""
        if self._found:
            (field, message), *rest = self._found
            raise Invalid(field, message, also=rest)


class NotFound(LookupError):
    """The thing does not exist, or belongs to someone else (indistinguishable on purpose)."""
