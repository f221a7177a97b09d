"""Write service/parsing/zone_names.json: every long zone name CLDR gives in the languages the
parser reads ("hora estándar de la India", "Indische Normalzeit", "heure normale d'Europe
centrale"), folded as the parser folds text, with the IANA zone it names.

Scheduling tools (Calendly, Google Calendar, Microsoft Bookings) print the zone after the time
by these names in the reader's language. Run with the dev dependencies installed (Babel holds
CLDR's data); the file is committed so the service does not need Babel:

    .venv/bin/python tests/parsing/lexicon_sources/build_zone_names.py
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo, available_timezones

ROOT = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(ROOT))

from babel import Locale, UnknownLocaleError  # noqa: E402
from babel.core import get_global  # noqa: E402

from service.parsing.lexicon import LANGUAGES, fold  # noqa: E402
from service.parsing.zone_words import ABBREVIATIONS, NAMED_ZONES  # noqa: E402
from service.parsing.zones import COUNTRY_ZONES  # noqa: E402

# the zones the parser already names, in the order it trusts them
PREFERRED = list(
    dict.fromkeys(
        [*ABBREVIATIONS.values(), *(zone for _, zone in NAMED_ZONES), *COUNTRY_ZONES.values()]
    )
)

OUTPUT = ROOT / "service" / "parsing" / "zone_names.json"
# names too short or too general to stand for one clock after a time
SKIPPED = frozenset({"gmt", "utc"})


def _offsets(name: str) -> tuple[object, ...]:
    zone = ZoneInfo(name)
    return tuple(datetime(2026, month, 15, 12, tzinfo=zone).utcoffset() for month in (1, 7))


def representative_zones() -> dict[str, str]:
    """Name one IANA zone per metazone: the one the parser already names for that clock
    ("America_Central" is Chicago's, not Mexico City's without summer time), else one whose
    winter and summer offsets most of its zones share, the alphabetically first of those."""
    known = available_timezones()
    aliases = get_global("zone_aliases")
    members: dict[str, list[str]] = {}
    for zone, metazone in get_global("meta_zones").items():
        if zone in known and zone not in aliases:
            members.setdefault(metazone, []).append(zone)
    chosen: dict[str, str] = {}
    for metazone, zones in members.items():
        # the zone the parser already names for this clock, where it names one
        preferred = sorted((zone for zone in zones if zone in PREFERRED), key=PREFERRED.index)
        counts = Counter(_offsets(zone) for zone in zones)
        common = counts.most_common(1)[0][0]
        shared = sorted(zone for zone in zones if _offsets(zone) == common)
        chosen[metazone] = (preferred or shared)[0]
    return chosen


def zone_names() -> dict[str, str]:
    """Return folded long zone name -> IANA zone, first language in LANGUAGES order winning."""
    zones = representative_zones()
    names: dict[str, str] = {}
    for code in LANGUAGES:
        try:
            locale = Locale.parse(code.replace("-", "_"))
        except (UnknownLocaleError, ValueError):
            continue
        for metazone, widths in locale.meta_zones.items():
            zone = zones.get(metazone)
            long_names = widths.get("long") or {}
            for kind in ("generic", "standard", "daylight"):
                written = long_names.get(kind)
                if zone and written:
                    key = fold(written).replace("\u2019", "'")
                    if key not in SKIPPED and len(key) >= 6:
                        names.setdefault(key, zone)
    return dict(sorted(names.items()))


def main() -> int:
    OUTPUT.write_text(json.dumps(zone_names(), ensure_ascii=False, indent=0) + "\n", "utf-8")
    print(f"wrote {OUTPUT}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
