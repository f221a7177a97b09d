"""The container image and the compose stack, really built and run (`make container-e2e`).

    .venv/bin/python tests/e2e/run_container_e2e.py [--keep]

No registry is reached: the image's base is Debian bookworm made here with `debootstrap
--variant=minbase` and `docker import` (cached under ~/.cache/afterview), and pip inside
the build gets the host's CA bundle as a BuildKit secret, never as a layer. The stack is
deploy/compose.yaml with tests/e2e/compose.host.yaml laid over it: every container on the
host network, the host's PostgreSQL (a database made for the run, dropped after), Caddy
under the `https` profile with a certificate from its internal authority.

The run: build the image; `up` (migrate, then web and scheduler, and Caddy); create a
user in the web container; post a signed invitation to the hook through Caddy; read its
three follow-up events from the feed through Caddy; receive the thank-you reminder at an
aiosmtpd relay on loopback (no clock is faked: the user's zone puts the reminder due now,
as in run_e2e.py); stop the stack (SIGTERM) and check every container stopped cleanly;
`down` and `up` again and check that nothing was lost and nothing was sent twice. The
image size and the time from `up` to ready are printed.

Without a Docker engine the run is skipped, loudly; every other problem is a failure.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import secrets
import shutil
import ssl
import subprocess
import sys
import tempfile
import time
import urllib.parse
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import sqlalchemy as sa
import yaml
from aiosmtpd.controller import Controller
from run_e2e import (
    BODY_MARKER,
    E2E_DAYS,
    MAIL_TIMEOUT,
    PASSWORD,
    ROOT,
    STEPS_IN_FEED,
    Received,
    Sink,
    StepFailed,
    follow_up_steps,
    free_port,
    http,
    invitation,
    pick_zone_and_times,
    postgres_database,
    signed_headers,
    subject_of,
    wait_for,
)
from run_e2e import log as e2e_log

LABEL = "container"
SUITE = "bookworm"
# What the image's Dockerfile needs from its base besides the minimal system.
BASE_PACKAGES = ("python3", "python3-venv", "ca-certificates", "passwd")
IMAGE = "afterview:container-e2e"
OVERRIDE = ROOT / "tests" / "e2e" / "compose.host.yaml"
CADDY_ROOT_CERT = "/data/caddy/pki/authorities/local/root.crt"
SERVICES = ("postgres", "migrate", "web", "scheduler", "caddy")
LONG_RUNNING = ("web", "scheduler", "caddy")


def log(text: str) -> None:
    e2e_log(LABEL, text)


def step(name: str, action: Callable[[], Any]) -> Any:
    started = time.monotonic()
    try:
        result = action()
    except StepFailed as error:
        raise StepFailed(f"step '{name}': {error}") from None
    log(f"ok  {name} ({time.monotonic() - started:.1f}s)")
    return result


def run(
    argv: list[str],
    *,
    env: dict[str, str] | None = None,
    stdin: str | None = None,
    timeout: float = 600,
    check: bool = True,
) -> subprocess.CompletedProcess[str]:
    try:
        result = subprocess.run(
            argv,
            input=stdin,
            env=env,
            capture_output=True,
            text=True,
            timeout=timeout,
            check=False,
        )
    except subprocess.TimeoutExpired:
        raise StepFailed(f"`{' '.join(argv[:6])} …` took more than {timeout:.0f}s") from None
    if check and result.returncode != 0:
        output = (result.stderr + result.stdout).strip()
        raise StepFailed(f"`{' '.join(argv[:6])} …` exited {result.returncode}: {output[-3000:]}")
    return result


# --- the Docker engine and its command-line tools -----------------------------------


@dataclass(frozen=True)
class Tools:
    docker: str
    build: list[str]  # argv prefix of a BuildKit build that loads the image
    compose: list[str]


def find_tools() -> Tools | str:
    """The Docker CLI, a BuildKit builder and compose; or why there is no engine to use."""
    candidates = [c for c in (shutil.which("docker"), "/usr/bin/docker") if c and Path(c).exists()]
    if not candidates:
        return "no docker command is installed"
    reason = ""
    for docker in dict.fromkeys(candidates):
        try:
            info = run([docker, "info"], check=False, timeout=90)
        except StepFailed as error:
            reason = str(error)
            continue
        if info.returncode != 0:
            said = [line for line in info.stdout.splitlines() if "ERROR" in line] or [info.stderr]
            reason = f"`{docker} info` failed: {said[0].strip()[:300]}"
            continue
        if run([docker, "buildx", "version"], check=False, timeout=30).returncode == 0:
            build = [docker, "buildx", "build", "--load"]
        else:
            client = run([docker, "version", "--format", "{{.Client.Version}}"], check=False)
            major = client.stdout.strip().split(".")[0]
            if not major.isdigit() or int(major) >= 23:
                reason = f"{docker} has no BuildKit builder (no buildx plugin)"
                continue
            build = [docker, "build"]  # 20.10-22: BuildKit built in (DOCKER_BUILDKIT=1)
        if shutil.which("docker-compose"):
            compose = [str(shutil.which("docker-compose"))]
        elif run([docker, "compose", "version"], check=False).returncode == 0:
            compose = [docker, "compose"]
        else:
            return "neither docker-compose nor `docker compose` is installed"
        return Tools(docker, build, compose)
    return reason


# --- the base image: Debian from debootstrap, no registry ---------------------------


def debian_mirror() -> str:
    """The Debian archive this machine's apt uses (its proxy and CA already work)."""
    if os.environ.get("AFTERVIEW_E2E_DEBIAN_MIRROR"):
        return os.environ["AFTERVIEW_E2E_DEBIAN_MIRROR"]
    sources = [Path("/etc/apt/sources.list"), *sorted(Path("/etc/apt/sources.list.d").glob("*"))]
    for source in sources:
        if not source.is_file():
            continue
        for line in source.read_text(errors="replace").splitlines():
            words = line.replace("URIs:", "").replace("deb ", "").split()
            for word in words:
                if word.startswith("http") and word.rstrip("/").endswith("/debian"):
                    return word.rstrip("/")
    return "http://deb.debian.org/debian"


def cache_dir() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    folder = Path(base) / "afterview"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def base_image(tools: Tools) -> str:
    """A docker-imported Debian minbase with Python; built once, then reused from cache."""
    mirror = debian_mirror()
    key = hashlib.sha256(f"{SUITE} minbase {' '.join(BASE_PACKAGES)}".encode()).hexdigest()[:12]
    tag = f"afterview-e2e-base:{SUITE}-{key}"
    if run([tools.docker, "image", "inspect", tag], check=False).returncode == 0:
        log(f"base image {tag} is already loaded")
        return tag
    tarball = cache_dir() / f"base-{SUITE}-{key}.tar"
    if not tarball.exists():
        debootstrap = shutil.which("debootstrap") or "/usr/sbin/debootstrap"
        if not Path(debootstrap).exists():
            raise StepFailed("debootstrap is not installed (apt-get install debootstrap)")
        if os.geteuid() != 0:
            raise StepFailed("debootstrap needs root to make the base image")
        with tempfile.TemporaryDirectory(prefix="rootfs-", dir=tarball.parent) as folder:
            rootfs = Path(folder) / "rootfs"
            log(f"debootstrap {SUITE} minbase from {mirror} (once; cached in {tarball})")
            run(
                [
                    debootstrap, "--variant=minbase", f"--include={','.join(BASE_PACKAGES)}",
                    SUITE, str(rootfs), mirror,
                ],
                timeout=1800,
            )  # fmt: skip
            for leftover in ("var/lib/apt/lists", "var/cache/apt", "var/log"):
                for item in (rootfs / leftover).rglob("*"):
                    if item.is_file() or item.is_symlink():
                        item.unlink()
            partial = tarball.with_suffix(".partial")
            run(["tar", "--numeric-owner", "-C", str(rootfs), "-cf", str(partial), "."])
            partial.rename(tarball)
    run([tools.docker, "import", str(tarball), tag])
    return tag


# --- the Afterview image ------------------------------------------------------------


def pip_secrets(folder: Path) -> list[str]:
    """`--secret` flags handing pip in the build the host's CA bundle and network index.

    Only what reaches the network is passed (the CA, an https index and its trusted
    hosts); local wheel folders do not exist inside the build.
    """
    found = run([sys.executable, "-m", "pip", "config", "list"], check=False).stdout
    config: dict[str, str] = {}
    for line in sorted(found.splitlines(), key=lambda line: line.startswith(":env:")):
        name, _, value = line.partition("=")  # PIP_* variables (":env:") win, as in pip
        config[name.split(".", 1)[-1]] = value.strip().strip("'\"")
    ca = os.environ.get("PIP_CERT") or config.get("cert") or ""
    index = os.environ.get("PIP_INDEX_URL") or config.get("index-url") or ""
    trusted = os.environ.get("PIP_TRUSTED_HOST") or config.get("trusted-host") or ""
    flags: list[str] = []
    lines = ["[global]"]
    if ca and Path(ca).is_file():
        flags += ["--secret", f"id=pip_ca,src={ca}"]
        lines.append("cert = /run/secrets/pip_ca")
    if index.startswith(("http://", "https://")):
        lines.append(f"index-url = {index}")
    if trusted:
        lines.append(f"trusted-host = {trusted}")
    conf = folder / "pip.conf"
    conf.write_text("\n".join(lines) + "\n")
    conf.chmod(0o600)
    flags += ["--secret", f"id=pip_conf,src={conf}"]
    return flags


def build_image(tools: Tools, base: str, folder: Path) -> float:
    argv = [
        *tools.build, "--file", str(ROOT / "deploy" / "Dockerfile"),
        "--build-arg", f"BASE_IMAGE={base}", *pip_secrets(folder),
        "--tag", IMAGE, "--progress", "plain", str(ROOT),
    ]  # fmt: skip
    started = time.monotonic()
    result = run(argv, env={**os.environ, "DOCKER_BUILDKIT": "1"}, check=False, timeout=1800)
    (folder / "build.log").write_text(result.stdout + result.stderr)
    if result.returncode != 0:
        raise StepFailed(f"the build failed:\n{(result.stdout + result.stderr)[-4000:]}")
    return time.monotonic() - started


def check_image(tools: Tools, secret_paths: list[str]) -> int:
    """Non-root, a health check, no build secret in any layer; returns the size in bytes."""
    found = json.loads(run([tools.docker, "image", "inspect", IMAGE]).stdout)[0]
    user = found["Config"].get("User", "")
    if not user or user.split(":")[0] in ("root", "0"):
        raise StepFailed(f"the image runs as {user or 'root'}")
    if not found["Config"].get("Healthcheck"):
        raise StepFailed("the image has no HEALTHCHECK")
    history = run([tools.docker, "history", "--no-trunc", IMAGE]).stdout
    for path in secret_paths:
        if path in history:
            raise StepFailed(f"a layer mentions the build secret {path}")
    find = ["find", "/run/secrets", "-type", "f"]
    left = run([tools.docker, "run", "--rm", "--network", "none", IMAGE, *find], check=False)
    if left.stdout.strip():
        raise StepFailed(f"build secrets were left in the image: {left.stdout.split()}")
    return int(found["Size"])


def cli_start(tools: Tools) -> float:
    """Seconds one `afterview --help` takes in a container: the baseline for time to ready."""
    started = time.monotonic()
    run([tools.docker, "run", "--rm", "--network", "none", IMAGE, "afterview", "--help"])
    return time.monotonic() - started


# --- the stack ----------------------------------------------------------------------


@dataclass
class Stack:
    tools: Tools
    project: str
    folder: Path  # the copy of deploy/, with its afterview.env
    env: dict[str, str]
    web_url: str
    site_url: str

    def compose(self, *args: str, timeout: float = 300) -> subprocess.CompletedProcess[str]:
        argv = [
            *self.tools.compose, "--project-name", self.project,
            "--file", str(self.folder / "compose.yaml"), "--file", str(OVERRIDE),
            "--profile", "https", *args,
        ]  # fmt: skip
        return run(argv, env=self.env, timeout=timeout)

    def container(self, service: str) -> str:
        found = run(
            [
                self.tools.docker, "ps", "--all", "--quiet",
                "--filter", f"label=com.docker.compose.project={self.project}",
                "--filter", f"label=com.docker.compose.service={service}",
            ]
        ).stdout.split()  # fmt: skip
        if len(found) != 1:
            raise StepFailed(f"{len(found)} containers for service {service}, not 1")
        return found[0]

    def inspect(self, service: str) -> dict[str, Any]:
        data = run([self.tools.docker, "inspect", self.container(service)]).stdout
        return dict(json.loads(data)[0])

    def logs(self, service: str) -> str:
        result = run([self.tools.docker, "logs", self.container(service)], check=False)
        return result.stdout + result.stderr

    def afterview(self, *args: str, stdin: str | None = None) -> str:
        argv = [self.tools.docker, "exec", "-i", self.container("web"), "afterview", *args]
        return run(argv, stdin=stdin, timeout=120).stdout

    def exec_web(self, *argv: str) -> subprocess.CompletedProcess[str]:
        return run([self.tools.docker, "exec", self.container("web"), *argv], check=False)


def without_published_ports(compose_file: Path) -> None:
    """Drop `ports:` from the run's copy of compose.yaml, and nothing else.

    On the host network a container's ports are the host's own, and Docker refuses a
    published port there; compose v1 cannot remove a list in an override file.
    """
    config = yaml.safe_load(compose_file.read_text())
    for service in config["services"].values():
        service.pop("ports", None)
    compose_file.write_text(yaml.safe_dump(config, sort_keys=False))


def write_env_file(folder: Path, values: dict[str, str]) -> None:
    lines = [f"{name}={value}" for name, value in values.items()]
    (folder / "afterview.env").write_text("\n".join(lines) + "\n")


def caddy_context(stack: Stack) -> ssl.SSLContext:
    """Trust exactly the root of Caddy's internal authority, read from its container."""

    def root() -> str | None:
        result = run(
            [stack.tools.docker, "exec", stack.container("caddy"), "cat", CADDY_ROOT_CERT],
            check=False,
        )
        return result.stdout if "BEGIN CERTIFICATE" in result.stdout else None

    pem = str(wait_for("Caddy's internal root certificate", root, 60, 1))
    return ssl.create_default_context(cadata=pem)


def docker_time(stamp: str) -> datetime:
    """Docker's RFC 3339 time with nanoseconds, as an aware datetime."""
    head, _, fraction = stamp.rstrip("Z").partition(".")
    return datetime.fromisoformat(f"{head}.{(fraction + '000000')[:6]}+00:00")


def phases(stack: Stack, began: datetime, ready: float) -> str:
    """Where the time to ready went, from the containers' own start and finish times."""
    states = {s: stack.inspect(s)["State"] for s in ("postgres", "migrate", "web", "caddy")}

    def at(stamp: str) -> str:
        return f"{(docker_time(stamp) - began).total_seconds():.1f}s"

    return (
        f"gate started {at(states['postgres']['StartedAt'])}, "
        f"migrate {at(states['migrate']['StartedAt'])}-{at(states['migrate']['FinishedAt'])}, "
        f"web started {at(states['web']['StartedAt'])}, "
        f"caddy started {at(states['caddy']['StartedAt'])}, ready {ready:.1f}s"
    )


def up_until_ready(stack: Stack) -> tuple[float, ssl.SSLContext]:
    """`up -d`, then wait for /readyz on gunicorn and through Caddy; seconds taken."""
    started = time.monotonic()
    began = datetime.now(UTC)
    stack.compose("up", "--detach", "--no-build")
    log(f"`up` returned after {time.monotonic() - started:.1f}s")

    def gunicorn_ready() -> bool:
        try:
            return http(f"{stack.web_url}/readyz")[0] == 200
        except OSError:
            return False

    wait_for("/readyz on gunicorn", gunicorn_ready, 120)
    context = caddy_context(stack)

    def caddy_ready() -> bool:
        try:
            return http(f"{stack.site_url}/readyz", context=context)[0] == 200
        except OSError:
            return False

    wait_for("/readyz through Caddy", caddy_ready, 60)
    ready = time.monotonic() - started
    log(f"since `up`: {phases(stack, began, ready)}")
    return ready, context


def check_hardening(stack: Stack) -> None:
    """Non-root, read-only root file system, a writable data volume, a health check."""
    problems = []
    health = stack.inspect("web")["Config"]["Healthcheck"]["Test"]
    if health[0] != "CMD" or stack.exec_web(*health[1:]).returncode != 0:
        problems.append(f"the image's health check fails in web: {health}")
    uid = stack.exec_web("id", "-u").stdout.strip()
    if uid in ("", "0"):
        problems.append(f"web runs as uid {uid or '?'}")
    for service in ("migrate", "web", "scheduler"):
        if not stack.inspect(service)["HostConfig"].get("ReadonlyRootfs"):
            problems.append(f"{service}'s root file system is writable")
    probe = stack.exec_web("python3", "-c", "open('/app/probe', 'w')")
    if probe.returncode == 0 or "Read-only file system" not in probe.stderr:
        problems.append(f"writing to /app did not fail as read-only: {probe.stderr[-300:]}")
    data = stack.exec_web("python3", "-c", "open('/var/lib/afterview/.probe', 'w').write('x')")
    if data.returncode != 0:
        problems.append(f"the data volume is not writable: {data.stderr[-300:]}")
    if problems:
        raise StepFailed("; ".join(problems))


def stop_cleanly(stack: Stack, secrets_seen: list[str]) -> float:
    """`stop` (SIGTERM), then every container exited 0 and left clean, secret-free logs."""
    started = time.monotonic()
    began = datetime.now(UTC)
    stack.compose("stop", timeout=180)
    took = time.monotonic() - started
    problems = []
    exits: dict[str, float] = {}
    for service in SERVICES:
        state = stack.inspect(service)["State"]
        if service != "migrate":
            exits[service] = (docker_time(state["FinishedAt"]) - began).total_seconds()
        if state["Running"] or state["ExitCode"] != 0 or state.get("OOMKilled"):
            problems.append(f"{service} exited {state['ExitCode']} (running={state['Running']})")
        text = stack.logs(service)
        if "Traceback" in text:
            problems.append(f"{service} logged a traceback: {text[-1500:]}")
        for secret in secrets_seen:
            if secret and secret in text:
                problems.append(f"{service} logged a secret or message body ({secret[:6]}…)")
    web = stack.logs("web")
    if "Shutting down: Master" not in web:
        problems.append("gunicorn did not log its graceful shutdown")
    for line in web.splitlines():
        try:
            json.loads(line)
        except ValueError:
            problems.append(f"web wrote a non-JSON line: {line[:200]!r}")
            break
    if "scheduler stopped" not in stack.logs("scheduler"):
        problems.append("the scheduler did not say it stopped")
    log("since `stop`, exited: " + ", ".join(f"{s} {t:.1f}s" for s, t in exits.items()))
    if exits["postgres"] < max(exits["web"], exits["scheduler"]):
        problems.append("PostgreSQL stopped before web and scheduler were done with it")
    if problems:
        raise StepFailed("; ".join(problems))
    return took


def dump_logs(stack: Stack) -> None:
    for service in SERVICES:
        try:
            text = stack.logs(service)
        except StepFailed as error:
            text = str(error)
        log(f"--- last lines of {service} ---")
        print("\n".join(text.splitlines()[-40:]), flush=True)


# --- the run ------------------------------------------------------------------------


def run_stack(tools: Tools, base: str, database_url: str, folder: Path) -> dict[str, str]:
    figures: dict[str, str] = {}
    sink = Sink()
    smtp_port = free_port()
    relay = Controller(sink, hostname="127.0.0.1", port=smtp_port)
    relay.start()
    web_port, https_port = free_port(), free_port()
    site_url = f"https://localhost:{https_port}"
    hook_secret, secret_key = secrets.token_hex(32), secrets.token_hex(32)
    deploy = folder / "deploy"
    shutil.copytree(ROOT / "deploy", deploy, ignore=shutil.ignore_patterns("afterview.env"))
    without_published_ports(deploy / "compose.yaml")
    write_env_file(
        deploy,
        {
            "AFTERVIEW_PRODUCTION": "1",
            "AFTERVIEW_SECRET_KEY": secret_key,
            "AFTERVIEW_BASE_URL": site_url,
            "AFTERVIEW_LOG_FORMAT": "json",
            "AFTERVIEW_MAIL_SERVER": "127.0.0.1",
            "AFTERVIEW_MAIL_PORT": str(smtp_port),
            "AFTERVIEW_MAIL_USE_TLS": "0",
            "AFTERVIEW_MAIL_TIMEOUT": "10",
            "AFTERVIEW_MAIL_DEFAULT_SENDER": '"Afterview <afterview@e2e.afterview.test>"',
            "AFTERVIEW_HOOK_SECRET": hook_secret,
            "AFTERVIEW_INBOUND_DOMAIN": "in.e2e.afterview.test",
            "AFTERVIEW_TRUSTED_PROXIES": "1",
        },
    )
    pg = sa.engine.make_url(database_url)
    stack = Stack(
        tools=tools,
        project=f"afterview-e2e-{os.getpid()}",
        folder=deploy,
        env={
            **os.environ,
            "POSTGRES_PASSWORD": "unused-the-host-server-is-used",
            "GUNICORN_WORKERS": "2",
            "AFTERVIEW_E2E_IMAGE": IMAGE,
            "AFTERVIEW_E2E_BASE_IMAGE": base,
            "AFTERVIEW_E2E_DATABASE_URL": database_url,
            "AFTERVIEW_E2E_PG_HOST": pg.host or "127.0.0.1",
            "AFTERVIEW_E2E_PG_PORT": str(pg.port or 5432),
            "AFTERVIEW_E2E_WEB_PORT": str(web_port),
            "AFTERVIEW_E2E_HTTPS_PORT": str(https_port),
            "AFTERVIEW_E2E_HTTP_PORT": str(free_port()),
            "AFTERVIEW_E2E_CADDY_ADMIN_PORT": str(free_port()),
        },
        web_url=f"http://127.0.0.1:{web_port}",
        site_url=site_url,
    )
    user_email = f"jordan.container.{secrets.token_hex(3)}@example.com"
    secrets_seen = [hook_secret, secret_key, PASSWORD, BODY_MARKER]
    try:
        ready, context = step(
            "stack up: migrate, then web, scheduler, Caddy", lambda: up_until_ready(stack)
        )
        figures["up to ready"] = f"{ready:.1f}s"
        if stack.inspect("migrate")["State"]["ExitCode"] != 0:
            raise StepFailed("migrate did not exit 0")
        step("non-root, read-only root file system", lambda: check_hardening(stack))

        zone, start, end = pick_zone_and_times(datetime.now(UTC))
        log(f"user zone {zone}; interview {start:%H:%M}-{end:%H:%M} UTC")
        step(
            "user created in the web container",
            lambda: stack.afterview(
                "user", "create", user_email, "--password-stdin", "--timezone", zone,
                stdin=PASSWORD + "\n",
            ),
        )  # fmt: skip
        step(
            "working days set in the web container",
            lambda: stack.afterview(
                "user", "set", "--user", user_email, "--working-hours", "09:00-18:00",
                "--days", E2E_DAYS,
            ),
        )  # fmt: skip
        inbound = stack.afterview("inbound-address", "--user", user_email).strip().splitlines()[0]
        feed_url = stack.afterview("feed", "url", "--user", user_email).strip().splitlines()[0]
        if not feed_url.startswith(f"{site_url}/feeds/"):
            raise StepFailed(f"the feed URL {feed_url!r} is not on the Caddy site")
        secrets_seen += [inbound.split("@")[0].split("+", 1)[1], feed_url.rsplit("/", 1)[1][:-4]]

        raw = invitation(user_email, inbound, start, end)

        def post_hook() -> None:
            query = urllib.parse.urlencode({"to": inbound})
            status, _headers, body = http(
                f"{site_url}/hooks/email/raw?{query}",
                data=raw,
                headers=signed_headers(hook_secret, inbound, raw),
                context=context,
            )
            if status != 200:
                raise StepFailed(f"hook answered {status}: {body[:500]!r}")

        step("signed invitation posted to the hook through Caddy", post_hook)
        posted = time.monotonic()

        def feed_steps() -> bool:
            found = follow_up_steps(*http(feed_url, context=context))
            if len(found) > STEPS_IN_FEED:
                raise StepFailed(f"{len(found)} follow-up events, not {STEPS_IN_FEED}")
            return len(found) == STEPS_IN_FEED

        step(
            "the feed through Caddy shows the thank-you and the follow-up",
            lambda: wait_for(f"{STEPS_IN_FEED} events", feed_steps, 90, 1),
        )
        figures["hook to feed"] = f"{time.monotonic() - posted:.1f}s"

        def thank_you() -> list[Received]:
            return [m for m in sink.to(user_email) if "thank-you note" in subject_of(m)]

        step(
            "thank-you reminder received at the SMTP relay",
            lambda: wait_for("the reminder", thank_you, MAIL_TIMEOUT, 1),
        )
        figures["hook to reminder"] = f"{time.monotonic() - posted:.1f}s"

        took = step(
            "stack stopped with SIGTERM, every container clean",
            lambda: stop_cleanly(stack, secrets_seen),
        )
        figures["stop"] = f"{took:.1f}s"
        step(
            "containers removed (`down`, volumes kept)", lambda: stack.compose("down", timeout=180)
        )

        root_before = context.get_ca_certs(binary_form=True)
        ready, context = step("stack up again", lambda: up_until_ready(stack))
        figures["up to ready, again"] = f"{ready:.1f}s"

        def nothing_lost() -> None:
            problems = []
            if context.get_ca_certs(binary_form=True) != root_before:
                problems.append("Caddy made a new authority: its data volume was lost")
            again = stack.afterview("feed", "url", "--user", user_email).strip().splitlines()[0]
            if again != feed_url:
                problems.append("the feed URL changed")
            if len(follow_up_steps(*http(feed_url, context=context))) != STEPS_IN_FEED:
                problems.append("the feed no longer shows the thank-you and the follow-up")
            # The restarted scheduler dispatches at once: give it a pass to misbehave.
            time.sleep(8)
            if len(thank_you()) != 1:
                problems.append(f"{len(thank_you())} thank-you reminders after the restart, not 1")
            if problems:
                raise StepFailed("; ".join(problems))

        step("nothing lost, nothing sent twice", nothing_lost)
        step("stopped again, cleanly", lambda: stop_cleanly(stack, secrets_seen))
        return figures
    except BaseException:
        dump_logs(stack)
        raise
    finally:
        stack.compose("down", "--volumes", "--remove-orphans", timeout=180)
        relay.stop()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--keep", action="store_true", help="Keep the working folder.")
    args = parser.parse_args()
    began = time.monotonic()
    tools = find_tools()
    if isinstance(tools, str):
        banner = "!" * 78
        print(
            f"{banner}\ncontainer-e2e SKIPPED: no Docker engine to use: {tools}\n"
            f"The image and the compose stack were NOT built or run.\n{banner}",
            flush=True,
        )
        return 0
    log(f"docker {tools.docker}, build {' '.join(tools.build[1:])}, {' '.join(tools.compose)}")
    folder = Path(tempfile.mkdtemp(prefix="afterview-container-e2e-"))
    try:
        base = step("base image (debootstrap, docker import)", lambda: base_image(tools))
        built = step("image built", lambda: build_image(tools, base, folder))
        size = step("image checked", lambda: check_image(tools, [str(folder)]))
        baseline = step("baseline: one `afterview --help` in a container", lambda: cli_start(tools))
        with postgres_database(LABEL) as url:
            figures = run_stack(tools, base, url, folder)
    except StepFailed as error:
        log(f"FAILED {error}")
        return 1
    finally:
        if not args.keep:
            shutil.rmtree(folder, ignore_errors=True)
    summary = {
        "image": f"{size / 1e6:.0f} MB",
        "build": f"{built:.1f}s",
        "one `afterview --help` in a container": f"{baseline:.1f}s",
        **figures,
        "total": f"{time.monotonic() - began:.1f}s",
    }
    log("PASSED " + ", ".join(f"{k} {v}" for k, v in summary.items()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
