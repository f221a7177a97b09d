"""Run every benchmark; each prints ratios against a baseline measured in the same run."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
BENCHMARKS = [
    "bench_feed.py",
    "bench_overhead.py",
    "bench_parse.py",
    "bench_parse_worst.py",
    "bench_reminders.py",
    "bench_ingest.py",
    "bench_scale.py",  # a tenth of the size; the full size with AFTERVIEW_BENCH_SCALE=1
]


def main() -> int:
    failed = []
    for name in BENCHMARKS:
        script = HERE / name
        if not script.exists():
            print(f"== {name}: missing", flush=True)
            failed.append(name)
            continue
        print(f"== {name}", flush=True)
        result = subprocess.run([sys.executable, str(script), *sys.argv[1:]], check=False)
        if result.returncode != 0:
            failed.append(name)
    if failed:
        print("benchmarks that failed or missed a target: " + ", ".join(failed))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
