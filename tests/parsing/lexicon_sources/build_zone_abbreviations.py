"""Write service/parsing/zone_abbreviations.json: the short zone names CLDR gives for its
metazones in any locale ("COT" in es_CO, "PET" in es_PE, "UYT" in es_UY, "AEST" in en_AU,
"HKT" in en_HK), each with the IANA zone that stands for its metazone.

Recruiters write the zone after a time by these letters ("10:00 COT", "3pm HKT"). Only a
name made of three to five capital letters that names one metazone in every locale that uses
it is kept ("IST" is India's and Ireland's, "AST" Atlantic's and Arabia's elsewhere: left to
the parser's own table); the parser's own table (zone_words.ABBREVIATIONS) wins where it names
a letter group already. Run with the dev dependencies installed (Babel holds CLDR's data);
the file is committed so the service does not need Babel:

    .venv/bin/python tests/parsing/lexicon_sources/build_zone_abbreviations.py
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from babel import Locale, UnknownLocaleError  # noqa: E402
from babel.localedata import locale_identifiers  # noqa: E402
from build_zone_names import representative_zones  # noqa: E402

from service.parsing.zone_words import EXTRA_ABBREVIATIONS  # noqa: E402
from service.parsing.zones import ABBREVIATION_ZONES  # noqa: E402

OUTPUT = ROOT / "service" / "parsing" / "zone_abbreviations.json"
_LETTERS = re.compile(r"[A-Z]{3,5}")
# letters that stand for no one clock after a time, and Greenwich time's own short names in
# other languages ("MAG", "OMG", "JQG": read as GMT already, and "OMG" is a word in capitals)
SKIPPED = frozenset({"GMT", "UTC"})
SKIPPED_METAZONES = frozenset({"GMT"})


def abbreviations() -> dict[str, str]:
    """Return CLDR short metazone name -> IANA zone, for names that mean one metazone."""
    metazones: dict[str, set[str]] = {}
    for identifier in locale_identifiers():
        try:
            locale = Locale.parse(identifier)
        except (UnknownLocaleError, ValueError):
            continue
        for metazone, widths in locale.meta_zones.items():
            for name in (widths.get("short") or {}).values():
                if isinstance(name, str) and _LETTERS.fullmatch(name):
                    metazones.setdefault(name, set()).add(metazone)
    zones = representative_zones()
    own = {*ABBREVIATION_ZONES, *EXTRA_ABBREVIATIONS}
    return {
        name: zones[next(iter(metas))]
        for name, metas in sorted(metazones.items())
        if len(metas) == 1
        and name not in own
        and name not in SKIPPED
        and next(iter(metas)) in zones
        and next(iter(metas)) not in SKIPPED_METAZONES
    }


def main() -> int:
    data = abbreviations()
    OUTPUT.write_text(
        json.dumps(data, ensure_ascii=False, indent=1, sort_keys=True) + "\n", "utf-8"
    )
    print(f"{len(data)} abbreviations -> {OUTPUT.relative_to(ROOT)}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
