"""Write service/parsing/zone_cities.json: the exemplar city CLDR gives each zone in the
languages the parser reads ("برلین", "القاهرة", "Москва", "ソウル", "首尔", "Pekín"), folded
as the parser folds text, with the IANA zone it stands for.

People name a zone by its city in their own script ("به وقت برلین", "بتوقيت القاهرة",
"ソウル時間"); the tz database spells its cities in English only. Left out: a name that stands
for two zones in two languages, a name in Latin script (folded, many are words of some
language), a single character, and a name the tz database's own English city already
covers. Run with the dev dependencies installed (Babel holds CLDR's data); the file is
committed so the service does not need Babel:

    .venv/bin/python tests/parsing/lexicon_sources/build_zone_cities.py
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path
from zoneinfo import available_timezones

ROOT = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(ROOT))

from babel import Locale, UnknownLocaleError  # noqa: E402
from babel.core import get_cldr_version, get_global  # noqa: E402

from service.parsing.lexicon import LANGUAGES, fold  # noqa: E402

OUTPUT = ROOT / "service" / "parsing" / "zone_cities.json"
# Latin-script names are left out: folded, many are words of some language ("man", "tell",
# "mae", "sul"); the tz database's English names and the parser's own aliases cover them.
_LATIN = re.compile("[a-z]")


def zone_cities() -> dict[str, str]:
    """Return folded exemplar city -> IANA zone over every language in LANGUAGES."""
    known = available_timezones()
    aliases: dict[str, str] = get_global("zone_aliases")
    english = {fold(name.rsplit("/", 1)[1].replace("_", " ")) for name in known if "/" in name}
    found: dict[str, set[str]] = {}
    for code in LANGUAGES:
        try:
            locale = Locale.parse(code.replace("-", "_"))
        except (UnknownLocaleError, ValueError):
            continue
        for zone, names in locale.time_zones.items():
            city = names.get("city")
            zone = aliases.get(zone, zone)
            if not city or zone not in known or zone.startswith("Etc/"):
                continue
            key = fold(city).replace("\u2019", "'").strip()
            if len(key) >= 2 and not _LATIN.search(key) and key not in english:
                found.setdefault(key, set()).add(zone)
    return {key: next(iter(zones)) for key, zones in sorted(found.items()) if len(zones) == 1}


def main() -> int:
    cities = zone_cities()
    OUTPUT.write_text(json.dumps(cities, ensure_ascii=False, indent=0) + "\n", "utf-8")
    print(f"wrote {len(cities)} names from CLDR {get_cldr_version()} to {OUTPUT}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
