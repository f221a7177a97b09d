"""The files in deploy/ are checked by the tools that would run them, as far as this machine allows.

A tool that is not installed is a skip that names it; with AFTERVIEW_REQUIRE_DEPLOY_TOOLS=1
(set by .ci/run, which installs them) it is a failure instead.
"""

from __future__ import annotations

import gzip
import os
import re
import shutil
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from service.platform.config import documented_settings
from tests.deploy.tcp_proxy import free_port

ROOT = Path(__file__).resolve().parents[2]
DEPLOY = ROOT / "deploy"
BIN = Path(sys.executable).parent
RESET = -1
REQUIRED = os.environ.get("AFTERVIEW_REQUIRE_DEPLOY_TOOLS") == "1"


def tool(name: str, *candidates: str) -> str:
    """Find a tool, or skip (fail in CI) naming it."""
    for candidate in (name, *candidates):
        found = shutil.which(candidate) or shutil.which(candidate, path=str(BIN))
        if found:
            return found
    message = f"{name} is not installed: this deploy check did not run"
    if REQUIRED:
        pytest.fail(message)
    pytest.skip(message)


def run(*argv: str, **kwargs: object) -> subprocess.CompletedProcess[str]:
    return subprocess.run(  # type: ignore[call-overload, no-any-return]
        list(argv), capture_output=True, text=True, timeout=120, check=False, **kwargs
    )


# --- Dockerfile ---------------------------------------------------------------------


def test_hadolint_passes_the_dockerfile() -> None:
    result = run(tool("hadolint"), "--no-color", str(DEPLOY / "Dockerfile"))
    assert result.returncode == 0, result.stdout + result.stderr


def test_the_image_is_slim_non_root_and_checks_its_health() -> None:
    text = (DEPLOY / "Dockerfile").read_text()
    # Users get the official slim image; CI passes a base made with debootstrap.
    assert re.search(r"^ARG BASE_IMAGE=python:3\.1[12]-slim", text, re.M)
    assert re.findall(r"^FROM (\S+)", text, re.M) == ["${BASE_IMAGE}"]
    users = re.findall(r"^USER\s+(\S+)", text, re.M)
    assert users, "no USER line"
    assert users[-1].split(":")[0] not in ("root", "0")
    assert re.search(r"^HEALTHCHECK .*(\n.*)*?/healthz", text, re.M)
    assert "gunicorn.conf.py" in text


def test_every_file_the_image_copies_exists() -> None:
    text = (DEPLOY / "Dockerfile").read_text()
    for line in re.findall(r"^COPY\s+(.+)$", text, re.M):
        *sources, _target = line.split()
        for source in sources:
            assert (ROOT / source).exists(), f"COPY {source}: not in the repository"


# --- compose ------------------------------------------------------------------------


def test_docker_compose_accepts_the_compose_file(tmp_path: Path) -> None:
    compose = shutil.which("docker-compose")
    argv: list[str]
    if compose:
        argv = [compose]
    elif shutil.which("docker") and run("docker", "compose", "version").returncode == 0:
        argv = ["docker", "compose"]
    else:
        argv = [tool("docker-compose")]
    folder = tmp_path / "deploy"
    shutil.copytree(DEPLOY, folder)
    shutil.copy(folder / "afterview.env.example", folder / "afterview.env")
    env = {**os.environ, "POSTGRES_PASSWORD": "compose-check"}
    result = run(*argv, "-f", str(folder / "compose.yaml"), "--profile", "https", "config", env=env)
    assert result.returncode == 0, result.stderr
    config = result.stdout
    for service in ("postgres:", "migrate:", "web:", "scheduler:", "caddy:"):
        assert f"  {service}" in config
    assert "afterview scheduler" in config or "- scheduler" in config
    assert "service_completed_successfully" in config
    # migrate, web and scheduler: nothing but the data volume and /tmp is writable.
    assert config.count("read_only: true") == 3


# --- systemd ------------------------------------------------------------------------


def test_systemd_accepts_the_units(tmp_path: Path) -> None:
    analyze = tool("systemd-analyze")
    for unit in (DEPLOY / "systemd").glob("*.service"):
        # The units name /opt/afterview; point them at this checkout so the programs exist.
        (tmp_path / unit.name).write_text(unit.read_text().replace("/opt/afterview", str(ROOT)))
    units = sorted(str(p) for p in tmp_path.glob("*.service"))
    assert len(units) == 2
    result = run(analyze, "verify", *units)
    assert result.returncode == 0, result.stderr
    assert result.stderr.strip() == "", result.stderr


def test_the_units_migrate_before_serving_and_run_one_scheduler() -> None:
    web = (DEPLOY / "systemd" / "afterview-web.service").read_text()
    assert web.index("db upgrade") < web.index("ExecStart=")
    scheduler = (DEPLOY / "systemd" / "afterview-scheduler.service").read_text()
    assert "ExecStart=/opt/afterview/.venv/bin/afterview scheduler" in scheduler
    for text in (web, scheduler):
        assert "User=afterview" in text
        assert "EnvironmentFile=/etc/afterview/afterview.env" in text


# --- gunicorn -----------------------------------------------------------------------


def test_gunicorn_accepts_its_config(tmp_path: Path) -> None:
    env = {
        **{k: v for k, v in os.environ.items() if not k.startswith("AFTERVIEW_")},
        "AFTERVIEW_INSTANCE_PATH": str(tmp_path),
    }
    result = run(
        str(BIN / "gunicorn"), "--check-config", "-c", str(DEPLOY / "gunicorn.conf.py"),
        env=env, cwd=str(ROOT),
    )  # fmt: skip
    assert result.returncode == 0, result.stdout + result.stderr


def test_gunicorn_refuses_production_without_a_secret_key_in_one_line(tmp_path: Path) -> None:
    env = {
        **{k: v for k, v in os.environ.items() if not k.startswith("AFTERVIEW_")},
        "AFTERVIEW_PRODUCTION": "1",
        "AFTERVIEW_INSTANCE_PATH": str(tmp_path),
        "GUNICORN_BIND": f"127.0.0.1:{free_port()}",
    }
    result = run(
        str(BIN / "gunicorn"), "-c", str(DEPLOY / "gunicorn.conf.py"), env=env, cwd=str(ROOT)
    )
    assert result.returncode != 0
    assert "configuration error: AFTERVIEW_SECRET_KEY must be set" in result.stderr
    assert "Traceback" not in result.stderr


# --- environment template -----------------------------------------------------------


def test_the_environment_template_lists_every_setting() -> None:
    text = (DEPLOY / "afterview.env.example").read_text()
    missing = [name for name, _d, _doc in documented_settings() if f"{name}=" not in text]
    assert missing == []


def test_the_environment_template_reads_the_same_in_sh(tmp_path: Path) -> None:
    """systemd, compose and the Postfix wrapper (sh) must all see the same values."""
    template = DEPLOY / "afterview.env.example"
    expected = {}
    for line in template.read_text().splitlines():
        if line and not line.startswith("#"):
            name, _, value = line.partition("=")
            expected[name] = value[1:-1] if value.startswith('"') else value
    script = f"set -a; . {template}; set +a; env -0"
    result = run("sh", "-c", script, env={"PATH": os.environ["PATH"]})
    assert result.returncode == 0, result.stderr
    seen = dict(item.split("=", 1) for item in result.stdout.split("\0") if "=" in item)
    assert {name: seen.get(name) for name in expected} == expected


# --- Postfix pipe -------------------------------------------------------------------


def test_the_postfix_wrapper_keeps_mail_queued_when_it_cannot_start(tmp_path: Path) -> None:
    wrapper = DEPLOY / "postfix" / "afterview-ingest"
    assert run("sh", "-n", str(wrapper)).returncode == 0
    missing_env = run(
        str(wrapper), "interviews+abc@in.example", input="Subject: x\n\nbody\n",
        env={"PATH": os.environ["PATH"], "AFTERVIEW_ENV_FILE": str(tmp_path / "none.env")},
    )  # fmt: skip
    assert missing_env.returncode == 75  # EX_TEMPFAIL: Postfix retries, nothing bounces
    env_file = tmp_path / "afterview.env"
    env_file.write_text("AFTERVIEW_LOG_LEVEL=INFO\n")
    no_code = run(
        str(wrapper), "interviews+abc@in.example", input="Subject: x\n\nbody\n",
        env={
            "PATH": os.environ["PATH"],
            "AFTERVIEW_ENV_FILE": str(env_file),
            "AFTERVIEW_HOME": str(tmp_path),
        },
    )  # fmt: skip
    assert no_code.returncode == 75
    master = (DEPLOY / "postfix" / "master.cf").read_text()
    assert "${recipient}" in master
    assert (
        "afterview_destination_recipient_limit = 1" in (DEPLOY / "postfix" / "main.cf").read_text()
    )


# --- Caddy --------------------------------------------------------------------------


class _Upstream(BaseHTTPRequestHandler):
    """Stands in for gunicorn: a compressible page for any path; reads any body."""

    def _answer(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        while length:
            chunk = self.rfile.read(min(length, 1 << 20))
            if not chunk:
                # Caddy cut the upload (a body limit): without this the handler thread spun
                # on empty reads for the rest of the session, holding the GIL and slowing
                # every later test in the process
                return
            length -= len(chunk)
        body = b"BEGIN:VCALENDAR\r\n" + b"X-FILLER:compressible text\r\n" * 400
        self.send_response(200)
        self.send_header("Content-Type", "text/calendar; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    do_GET = _answer  # noqa: N815 - the name http.server looks up
    do_POST = _answer  # noqa: N815

    def log_message(self, *_args: object) -> None:
        pass


@pytest.fixture
def caddy_site(tmp_path: Path) -> Iterator[tuple[str, Path]]:
    caddy = tool("caddy")
    upstream = ThreadingHTTPServer(("127.0.0.1", 0), _Upstream)
    threading.Thread(target=upstream.serve_forever, daemon=True).start()
    port = free_port()
    env = {
        "PATH": os.environ["PATH"],
        "HOME": str(tmp_path),
        "XDG_DATA_HOME": str(tmp_path / "data"),
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "AFTERVIEW_SITE": f"http://127.0.0.1:{port}",
        "AFTERVIEW_UPSTREAM": f"127.0.0.1:{upstream.server_address[1]}",
        "CADDY_ADMIN": f"127.0.0.1:{free_port()}",
    }
    log_path = tmp_path / "caddy.log"
    with log_path.open("wb") as log:
        process = subprocess.Popen(
            [caddy, "run", "--config", str(DEPLOY / "Caddyfile"), "--adapter", "caddyfile"],
            env=env,
            stdout=log,
            stderr=subprocess.STDOUT,
        )
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 20
        while True:
            try:
                urllib.request.urlopen(f"{base}/healthz", timeout=2).close()
                break
            except OSError:
                if time.monotonic() > deadline or process.poll() is not None:
                    pytest.fail("caddy did not start: " + log_path.read_text()[-2000:])
                time.sleep(0.2)
        yield base, log_path
    finally:
        process.terminate()
        process.wait(10)
        upstream.shutdown()
        upstream.server_close()


def _fetch(url: str, data: bytes | None = None) -> tuple[int, dict[str, str], bytes]:
    request = urllib.request.Request(url, data=data, headers={"Accept-Encoding": "gzip"})
    try:
        with urllib.request.urlopen(request, timeout=60) as response:
            return response.status, dict(response.headers.items()), response.read()
    except urllib.error.HTTPError as error:
        return error.code, dict(error.headers.items()), error.read()
    except urllib.error.URLError as error:
        if isinstance(error.reason, ConnectionResetError):
            return RESET, {}, b""  # refused mid-upload: what a body limit does
        raise


def test_caddy_validates_the_site(tmp_path: Path) -> None:
    caddy = tool("caddy")
    # Validating sets up Caddy's local authority: its keys go to tmp_path, not the checkout.
    env = {
        "PATH": os.environ["PATH"],
        "AFTERVIEW_SITE": "afterview.example.com",
        "HOME": str(tmp_path),
        "XDG_DATA_HOME": str(tmp_path / "data"),
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
    }
    result = run(
        caddy, "validate", "--config", str(DEPLOY / "Caddyfile"), "--adapter", "caddyfile", env=env
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_caddy_never_compresses_the_feed_but_compresses_pages(
    caddy_site: tuple[str, Path],
) -> None:
    base, _log = caddy_site
    secret = "k" * 32
    status, headers, body = _fetch(f"{base}/feeds/{secret}.ics")
    assert status == 200
    assert "Content-Encoding" not in headers
    assert body.startswith(b"BEGIN:VCALENDAR")
    status, headers, body = _fetch(f"{base}/interviews")
    assert status == 200
    assert headers.get("Content-Encoding") in ("gzip", "zstd")
    if headers["Content-Encoding"] == "gzip":
        assert gzip.decompress(body).startswith(b"BEGIN:VCALENDAR")


def test_caddy_takes_a_25_mb_message_on_hooks_only(caddy_site: tuple[str, Path]) -> None:
    base, _log = caddy_site
    message = b"x" * (25 * 1024 * 1024)
    assert _fetch(f"{base}/hooks/email/raw?to=interviews%2Bsecret@in.example", message)[0] == 200
    assert _fetch(f"{base}/api/v1/interviews", message)[0] in (413, RESET)


def test_caddy_logs_no_feed_secret_or_hook_query(caddy_site: tuple[str, Path]) -> None:
    base, log_path = caddy_site
    secret = "feedsecret" + "q" * 22
    _fetch(f"{base}/feeds/{secret}.ics")
    _fetch(f"{base}/hooks/email/raw?to=interviews%2Bhooktoken@in.example", b"Subject: x\r\n\r\n")
    time.sleep(0.5)
    text = log_path.read_text()
    assert "/feeds/[redacted]" in text
    assert secret not in text
    assert "hooktoken" not in text
