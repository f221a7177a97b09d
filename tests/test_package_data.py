"""Every data file the service reads beside its code ships in the package: an install that
is not editable (a wheel) would otherwise lack it, and a parser that cannot read its words
fails every mail."""

from __future__ import annotations

import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_every_data_file_beside_the_code_is_package_data() -> None:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    declared = set(config["tool"]["setuptools"]["package-data"]["service"])
    beside_code = {
        str(path.relative_to(ROOT / "service"))
        for path in (ROOT / "service").rglob("*")
        if path.suffix in {".json", ".txt", ".csv", ".dat"}
    }
    assert beside_code, "no data files found: the test looks in the wrong place"
    assert beside_code <= declared, sorted(beside_code - declared)
