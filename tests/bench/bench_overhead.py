"""Per-request fat: our app against a separate bare Flask app, same gunicorn, same run.

Both apps run under the same gunicorn settings (deploy/gunicorn.conf.py: 2 gthread
workers x 4 threads, the redacted access log on), one after the other in interleaved
rounds, loaded by the same keep-alive client (tests/bench/loadgen.py). The bare app
(tests/bench/bare_app.py) has no session, login, hooks or database and answers the
same bytes from memory, so each ratio is what our app charges per request:

1. /healthz vs the bare app's /healthz, target >= 0.90;
2. the feed's 304 (If-None-Match) vs the bare app's 304, target >= 0.90;
3. a warm feed GET (100 interviews) vs the bare app's same bytes, target >= 0.85.

Worker recycling (max_requests) is off on both sides: it measures app start-up, not
requests. Run: .venv/bin/python tests/bench/bench_overhead.py [--quick]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from flask_migrate import upgrade  # noqa: E402

from service.platform.db import db  # noqa: E402
from tests.bench.bench_feed import KEY, OPTIONS, free_port, make_bench_app, seed_user  # noqa: E402
from tests.bench.loadgen import requests_per_second  # noqa: E402

TARGETS = {"healthz": 0.90, "304": 0.90, "warm": 0.85}


@contextmanager
def gunicorn(app_spec: str, env: dict[str, str]) -> Iterator[str]:
    """Serve `app_spec` with the production gunicorn settings on a free loopback port."""
    port = free_port()
    process = subprocess.Popen(
        [
            str(Path(sys.executable).parent / "gunicorn"),
            "--config",
            str(ROOT / "deploy" / "gunicorn.conf.py"),
            "--bind",
            f"127.0.0.1:{port}",
            "--max-requests",
            "0",
            app_spec,
        ],
        cwd=ROOT,
        env={**os.environ, **env, "PYTHONPATH": str(ROOT)},
        stdout=subprocess.DEVNULL,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                urllib.request.urlopen(base + "/healthz", timeout=1).read()
                break
            except OSError:
                if time.monotonic() > deadline or process.poll() is not None:
                    raise RuntimeError(f"gunicorn did not start {app_spec}") from None
                time.sleep(0.2)
        yield base
    finally:
        process.terminate()
        process.wait(timeout=30)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="short rounds")
    parser.add_argument("--no-scale", action="store_true", help="accepted for run_all.py")
    parser.add_argument("--only", action="append", choices=sorted(TARGETS), help="one case")
    args = parser.parse_args()
    seconds, rounds = (1.5, 3) if args.quick else (3.0, 5)
    targets = {case: TARGETS[case] for case in args.only or TARGETS}
    with tempfile.TemporaryDirectory() as folder:
        instance = Path(folder)
        database_url = f"sqlite:///{instance / 'bench.db'}"
        app = make_bench_app(database_url, instance)
        with app.app_context():
            upgrade()
        secret = seed_user(app, "bench@example.com", 100)
        with app.app_context():
            db.engine.dispose()
        env = {
            "AFTERVIEW_DATABASE_URL": database_url,
            "AFTERVIEW_SECRET_KEY": KEY,
            "AFTERVIEW_INSTANCE_PATH": str(instance),
            "AFTERVIEW_BASE_URL": OPTIONS.base_url,
            "AFTERVIEW_LOG_LEVEL": "WARNING",
        }
        path = f"/feeds/{secret}.ics"
        with (
            gunicorn("service:create_app()", env) as ours,
            urllib.request.urlopen(ours + path) as response,
        ):
            body = response.read()
            etag = response.headers["ETag"]
        body_file = instance / "feed.ics"
        body_file.write_bytes(body)
        env |= {"AFTERVIEW_BENCH_BODY": str(body_file), "AFTERVIEW_BENCH_ETAG": etag}
        cases = {
            "healthz": ("/healthz", {}),
            "304": (path, {"If-None-Match": etag}),
            "warm": (path, {}),
        }
        results: dict[tuple[str, str], list[float]] = {}
        with (
            gunicorn("service:create_app()", env) as ours,
            gunicorn("tests.bench.bare_app:create_bare_app()", env) as bare,
        ):
            with urllib.request.urlopen(bare + path) as response:
                assert response.read() == body
            for base in (ours, bare):  # warm every worker (and our feed cache)
                for url_path, headers in cases.values():
                    requests_per_second(base + url_path, 0.5, headers)
            for _ in range(rounds):  # interleave so drift hits both sides alike
                for case, (url_path, headers) in cases.items():
                    if case not in targets:
                        continue
                    for side, base in (("ours", ours), ("bare", bare)):
                        rate = requests_per_second(base + url_path, seconds, headers)
                        results.setdefault((case, side), []).append(rate)
    print(f"per-request overhead vs a bare Flask app ({rounds} interleaved rounds of {seconds} s)")
    missed = []
    labels = {"healthz": "/healthz  ", "304": "feed 304  ", "warm": "warm feed "}
    for case, target in targets.items():
        ours_rates, bare_rates = results[(case, "ours")], results[(case, "bare")]
        ratios = [o / b for o, b in zip(ours_rates, bare_rates, strict=True)]
        ratio = statistics.median(ratios)
        print(
            f"  {labels[case]} {statistics.median(ours_rates):7.0f} req/s vs bare "
            f"{statistics.median(bare_rates):7.0f} req/s: median ratio {ratio:.2f} "
            f"(rounds {', '.join(f'{r:.2f}' for r in ratios)}; target >= {target:.2f})"
        )
        if ratio < target:
            missed.append(case)
    if missed:
        print("  below target: " + ", ".join(missed))
    return 0


if __name__ == "__main__":
    sys.exit(main())
