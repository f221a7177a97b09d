"""End to end, the production way: gunicorn (2 workers) and `afterview scheduler` as real
processes, PostgreSQL (a database made for the run and dropped after) and the embedded
SQLite default, aiosmtpd as the outgoing relay.

    .venv/bin/python tests/e2e/run_e2e.py [--database sqlite|postgresql|both]

A user is created with the CLI; a real invitation (a text/calendar REQUEST for an
interview that ended a little over an hour ago, so its thank-you step is due now) is
posted to the signed raw hook; the feed is read over HTTP; the thank-you reminder is
awaited at the SMTP sink. No clock is faked: the user's time zone is chosen with the
product's own step rules so that the thank-you falls due inside working hours now.
Two schedulers run at once and exactly one reminder must arrive. Every log line the
processes wrote is checked: JSON, with request IDs, and no secret or message body.

Exit 0 when every step passed; otherwise the failing step is named, with the logs.
"""

from __future__ import annotations

import argparse
import contextlib
import email.policy
import hashlib
import hmac
import html
import http.cookiejar as http_cookiejar
import json
import os
import re
import secrets
import signal
import socket
import ssl
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from email.message import EmailMessage
from email.parser import BytesParser
from email.utils import format_datetime, make_msgid
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

import icalendar  # noqa: E402
import sqlalchemy as sa  # noqa: E402
from aiosmtpd.controller import Controller  # noqa: E402

from service.steps.schedule import WorkingHours, plan_steps  # noqa: E402

BIN = Path(sys.executable).parent
PG_ADMIN_URL = os.environ.get(
    "AFTERVIEW_E2E_POSTGRES_URL",
    os.environ.get(
        "AFTERVIEW_TEST_DATABASE_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/test"
    ),
)
COMPANY = "Quillfeather Analytics"
ROLE = "Staff Data Engineer"
PASSWORD = "e2e-" + secrets.token_urlsafe(12)
BODY_MARKER = "Marmalade-" + secrets.token_hex(6)  # appears only in the message body
MAIL_TIMEOUT = 150.0


class StepFailed(Exception):
    """One step of the run did not do what it should; the message says what."""


def log(label: str, text: str) -> None:
    print(f"[e2e:{label}] {text}", flush=True)


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


# --- the outgoing relay -------------------------------------------------------------


@dataclass
class Received:
    mail_from: str
    rcpt_tos: list[str]
    content: bytes


def subject_of(message: Received) -> str:
    parsed = BytesParser(policy=email.policy.default).parsebytes(message.content)
    return str(parsed.get("Subject", ""))


class Sink:
    """aiosmtpd handler keeping every message it is handed."""

    def __init__(self) -> None:
        self.messages: list[Received] = []
        self.lock = threading.Lock()

    async def handle_DATA(self, _server: Any, _session: Any, envelope: Any) -> str:
        with self.lock:
            self.messages.append(
                Received(envelope.mail_from, list(envelope.rcpt_tos), bytes(envelope.content))
            )
        return "250 OK"

    def to(self, address: str) -> list[Received]:
        with self.lock:
            return [m for m in self.messages if address in m.rcpt_tos]


# --- processes ----------------------------------------------------------------------


@dataclass
class Proc:
    name: str
    popen: subprocess.Popen[bytes]
    log_path: Path

    def output(self) -> str:
        return self.log_path.read_text(errors="replace")


@dataclass
class Run:
    label: str
    workdir: Path
    env: dict[str, str]
    base_url: str
    procs: list[Proc] = field(default_factory=list)
    cli_output: list[str] = field(default_factory=list)

    def cli(self, *args: str, stdin: str = "", check: bool = True) -> str:
        result = subprocess.run(
            [str(BIN / "afterview"), *args],
            input=stdin,
            env=self.env,
            cwd=self.workdir,
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
        )
        self.cli_output.append(result.stdout + result.stderr)
        if check and result.returncode != 0:
            raise StepFailed(
                f"`afterview {' '.join(args)}` exited {result.returncode}: "
                f"{(result.stderr or result.stdout).strip()[-2000:]}"
            )
        return result.stdout

    def start(self, name: str, argv: list[str]) -> Proc:
        log_path = self.workdir / f"{name}.log"
        handle = log_path.open("wb")
        popen = subprocess.Popen(
            argv,
            env=self.env,
            cwd=self.workdir,
            stdout=handle,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        handle.close()
        proc = Proc(name, popen, log_path)
        self.procs.append(proc)
        return proc

    def stop_all(self, timeout: float = 45.0) -> dict[str, int | None]:
        codes: dict[str, int | None] = {}
        for proc in self.procs:
            if proc.popen.poll() is None:
                proc.popen.send_signal(signal.SIGTERM)
        deadline = time.monotonic() + timeout
        for proc in self.procs:
            try:
                codes[proc.name] = proc.popen.wait(max(0.1, deadline - time.monotonic()))
            except subprocess.TimeoutExpired:
                os.killpg(proc.popen.pid, signal.SIGKILL)
                proc.popen.wait()
                codes[proc.name] = None
        return codes


def http(
    url: str,
    *,
    data: bytes | None = None,
    headers: dict[str, str] | None = None,
    context: ssl.SSLContext | None = None,
) -> tuple[int, dict[str, str], bytes]:
    request = urllib.request.Request(url, data=data, headers=headers or {})
    try:
        with urllib.request.urlopen(request, timeout=30, context=context) as response:
            return response.status, dict(response.headers.items()), response.read()
    except urllib.error.HTTPError as error:
        return error.code, dict(error.headers.items()), error.read()


def wait_for(what: str, probe: Callable[[], Any], timeout: float, every: float = 0.5) -> Any:
    deadline = time.monotonic() + timeout
    last: Any = None
    while time.monotonic() < deadline:
        last = probe()
        if last:
            return last
        time.sleep(every)
    raise StepFailed(f"timed out after {timeout:.0f}s waiting for {what}")


# --- the invitation -----------------------------------------------------------------


# The run's user does job-search admin every day of the week: with the default Monday to
# Friday, no zone on Earth is inside working hours on a Saturday morning UTC, and a run on
# a weekend could not make a thank-you due without faking the clock.
E2E_DAYS = "mon-sun"


def pick_zone_and_times(now: datetime) -> tuple[str, datetime, datetime]:
    """Choose a zone and an interview that ended a while ago whose thank-you is due now.

    The product's own rules place the step; only the user's zone is chosen, never the clock.
    """
    hours = WorkingHours.parse(f"09:00-18:00 {E2E_DAYS}")
    for minutes_ago in (70, 80, 95, 120, 150):
        end = (now - timedelta(minutes=minutes_ago)).replace(second=0, microsecond=0)
        start = end - timedelta(minutes=45)
        for offset in sorted(range(-12, 15), key=abs):
            name = "Etc/GMT" if offset == 0 else f"Etc/GMT{-offset:+d}"
            plan = plan_steps(start=start, end=end, user_zone=ZoneInfo(name), hours=hours)
            due = plan.thank_you
            if now - timedelta(minutes=50) <= due <= now - timedelta(minutes=2):
                return name, start, end
    raise StepFailed("no time zone puts a thank-you step due now (the rules changed?)")


def invitation(user_email: str, inbound: str, start: datetime, end: datetime) -> bytes:
    uid = f"{secrets.token_hex(8)}@e2e.afterview.test"
    stamp = datetime.now(UTC)
    cal = icalendar.Calendar()
    cal.add("prodid", "-//Afterview e2e//EN")
    cal.add("version", "2.0")
    cal.add("method", "REQUEST")
    event = icalendar.Event()
    event.add("uid", uid)
    event.add("dtstamp", stamp)
    event.add("dtstart", start)
    event.add("dtend", end)
    event.add("summary", f"Interview: {ROLE} at {COMPANY}")
    event.add("description", f"Video interview with the data team. {BODY_MARKER}")
    event.add("location", "https://meet.example.com/qfa-e2e")
    organizer = icalendar.vCalAddress("mailto:dana.reyes@quillfeather.example")
    organizer.params["cn"] = icalendar.vText("Dana Reyes")
    event.add("organizer", organizer)
    attendee = icalendar.vCalAddress(f"mailto:{user_email}")
    attendee.params["partstat"] = icalendar.vText("NEEDS-ACTION")
    event.add("attendee", attendee)
    cal.add_component(event)

    message = EmailMessage()
    message["From"] = "Dana Reyes <dana.reyes@quillfeather.example>"
    message["To"] = user_email
    message["Subject"] = f"Invitation: {ROLE} interview at {COMPANY}"
    message["Date"] = format_datetime(stamp)
    message["Message-ID"] = make_msgid(domain="quillfeather.example")
    message.set_content(
        f"Hi,\n\nThanks for your time. Please join the {ROLE} interview at {COMPANY}.\n"
        f"{BODY_MARKER}\n\nDana\n"
    )
    message.add_alternative(cal.to_ical(), maintype="text", subtype="calendar")
    part = message.get_payload()[-1]
    part.set_param("method", "REQUEST")
    forwarded = bytes(message)
    return b"Delivered-To: " + inbound.encode() + b"\r\n" + forwarded


def inbound_address_from_settings_page(base_url: str, email: str) -> str:
    """Sign in like a person and copy the inbound address from the settings page."""
    jar = http_cookiejar.CookieJar()
    opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar))

    def fetch(path: str, form: dict[str, str] | None = None) -> str:
        data = urllib.parse.urlencode(form).encode() if form is not None else None
        with opener.open(f"{base_url}{path}", data=data, timeout=30) as response:
            return str(response.read().decode())

    login = fetch("/login")
    token = re.search(r'name="csrf_token" value="([^"]+)"', login)
    if token is None:
        raise StepFailed("the sign-in page has no CSRF token")
    fetch("/login", {"csrf_token": token[1], "email": email, "password": PASSWORD, "next": ""})
    page = fetch("/settings")
    found = re.search(r'id="inbound-address" type="text" value="([^"]+)"', page)
    if found is None:
        raise StepFailed("signed in, but the settings page shows no inbound address")
    return html.unescape(found[1])


def signed_headers(secret: str, to: str, body: bytes) -> dict[str, str]:
    """Sign "<timestamp>.<recipient>.<body>" (the v2 form the raw hook requires)."""
    stamp = str(int(time.time()))
    message = stamp.encode() + b"." + to.encode() + b"." + body
    mac = hmac.new(secret.encode(), message, hashlib.sha256).hexdigest()
    return {
        "Content-Type": "message/rfc822",
        "X-Afterview-Timestamp": stamp,
        "X-Afterview-Signature": f"v2={mac}",
    }


# The interview is placed two hours back (so the thank-you is due at once): "ask about next
# steps" is then recorded as passed and left out of the feed; the thank-you and the follow-up
# stay.
STEPS_IN_FEED = 2


def follow_up_steps(status: int, headers: dict[str, str], body: bytes) -> list[icalendar.Event]:
    """The follow-up events of the invitation's interview in a feed answer (never gzipped)."""
    if status != 200:
        raise StepFailed(f"feed answered {status}")
    if headers.get("Content-Encoding"):
        raise StepFailed(f"feed is compressed ({headers['Content-Encoding']})")
    calendar = icalendar.Calendar.from_ical(body)
    ours = [
        e
        for e in calendar.walk("VEVENT")
        if COMPANY in str(e.get("summary", "")) + str(e.get("description", ""))
    ]
    return [e for e in ours if "Follow-up" in e.categories]


# --- one run ------------------------------------------------------------------------


@contextlib.contextmanager
def postgres_database(label: str) -> Iterator[str]:
    """Create a fresh database for the run and drop it afterwards."""
    admin = sa.create_engine(PG_ADMIN_URL, isolation_level="AUTOCOMMIT")
    name = f"afterview_e2e_{os.getpid()}_{secrets.token_hex(3)}"
    try:
        with admin.connect() as connection:
            connection.execute(sa.text(f'CREATE DATABASE "{name}"'))
    except sa.exc.OperationalError as error:
        raise StepFailed(f"PostgreSQL at {PG_ADMIN_URL} is not reachable: {error}") from None
    log(label, f"created database {name}")
    try:
        yield sa.engine.make_url(PG_ADMIN_URL).set(database=name).render_as_string(False)
    finally:
        with admin.connect() as connection:
            connection.execute(sa.text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()
        log(label, f"dropped database {name}")


def step(label: str, name: str, action: Callable[[], Any]) -> Any:
    started = time.monotonic()
    try:
        result = action()
    except StepFailed as error:
        raise StepFailed(f"step '{name}': {error}") from None
    log(label, f"ok  {name} ({time.monotonic() - started:.1f}s)")
    return result


def run_once(label: str, database_url: str | None, workdir: Path) -> dict[str, float]:
    timings: dict[str, float] = {}
    sink = Sink()
    smtp_port = free_port()
    relay = Controller(sink, hostname="127.0.0.1", port=smtp_port)
    relay.start()
    web_port = free_port()
    base_url = f"http://127.0.0.1:{web_port}"
    hook_secret = secrets.token_hex(32)
    secret_key = secrets.token_hex(32)
    env = {k: v for k, v in os.environ.items() if not k.startswith("AFTERVIEW_")}
    env.update(
        {
            "PATH": f"{BIN}{os.pathsep}{env.get('PATH', '')}",
            "AFTERVIEW_PRODUCTION": "1",
            "AFTERVIEW_SECRET_KEY": secret_key,
            "AFTERVIEW_BASE_URL": base_url,
            "AFTERVIEW_INSTANCE_PATH": str(workdir / "instance"),
            "AFTERVIEW_LOG_FORMAT": "json",
            "AFTERVIEW_LOG_LEVEL": "DEBUG",
            "AFTERVIEW_MAIL_SERVER": "127.0.0.1",
            "AFTERVIEW_MAIL_PORT": str(smtp_port),
            "AFTERVIEW_MAIL_DEFAULT_SENDER": "Afterview <afterview@e2e.afterview.test>",
            "AFTERVIEW_MAIL_TIMEOUT": "10",
            "AFTERVIEW_HOOK_SECRET": hook_secret,
            "AFTERVIEW_INBOUND_DOMAIN": "in.e2e.afterview.test",
            "GUNICORN_BIND": f"127.0.0.1:{web_port}",
            "GUNICORN_WORKERS": "2",
            "PYTHONUNBUFFERED": "1",
        }
    )
    if database_url:
        env["AFTERVIEW_DATABASE_URL"] = database_url
    run = Run(label, workdir, env, base_url)
    user_email = f"jordan.e2e.{secrets.token_hex(3)}@example.com"
    secrets_seen: list[str] = [hook_secret, secret_key, PASSWORD, BODY_MARKER]
    began = time.monotonic()
    try:
        step(label, "settings and database checked", lambda: run.cli("check", "--allow-pending"))
        step(label, "migrations applied", lambda: run.cli("db", "upgrade"))
        step(label, "schema current", lambda: run.cli("check"))
        zone, start, end = pick_zone_and_times(datetime.now(UTC))
        log(label, f"user zone {zone}; interview {start:%H:%M}-{end:%H:%M} UTC")
        step(
            label,
            "user created with the CLI",
            lambda: run.cli(
                "user", "create", user_email, "--password-stdin", "--timezone", zone,
                stdin=PASSWORD + "\n",
            ),
        )  # fmt: skip
        step(
            label,
            "working days set with the CLI",
            lambda: run.cli(
                "user", "set", "--user", user_email, "--working-hours", "09:00-18:00",
                "--days", E2E_DAYS,
            ),
        )  # fmt: skip

        web = run.start(
            "gunicorn", [str(BIN / "gunicorn"), "-c", str(ROOT / "deploy/gunicorn.conf.py")]
        )

        def ready() -> bool:
            if web.popen.poll() is not None:
                raise StepFailed(f"gunicorn exited {web.popen.returncode}: {web.output()[-3000:]}")
            try:
                return http(f"{base_url}/readyz")[0] == 200
            except OSError:
                return False

        step(label, "gunicorn ready (/readyz 200)", lambda: wait_for("/readyz", ready, 60))

        def two_workers() -> bool:
            children = Path(f"/proc/{web.popen.pid}/task/{web.popen.pid}/children")
            return len(children.read_text().split()) == 2

        step(label, "gunicorn runs 2 workers", lambda: wait_for("2 workers", two_workers, 20))

        def inbound_address() -> str:
            out = run.cli("inbound-address", "--user", user_email, check=False)
            if "No such command" in run.cli_output[-1]:
                log(
                    label,
                    "NOTE `afterview inbound-address` has not landed: reading the settings page",
                )
                out = inbound_address_from_settings_page(base_url, user_email)
            address = out.strip().splitlines()[0] if out.strip() else ""
            if "+" not in address or "@" not in address:
                raise StepFailed(f"no inbound address printed: {run.cli_output[-1][-500:]!r}")
            return address

        inbound = step(label, "inbound address read", inbound_address)
        secrets_seen.append(inbound.split("@")[0].split("+", 1)[1])
        feed_url = step(
            label, "feed URL read", lambda: run.cli("feed", "url", "--user", user_email)
        ).splitlines()[0]
        secrets_seen.append(feed_url.rsplit("/", 1)[1].removesuffix(".ics"))

        run.start("scheduler-1", [str(BIN / "afterview"), "scheduler"])
        run.start("scheduler-2", [str(BIN / "afterview"), "scheduler"])

        raw = invitation(user_email, inbound, start, end)
        request_id = "e2e-" + secrets.token_hex(8)

        def post_hook() -> None:
            headers = {**signed_headers(hook_secret, inbound, raw), "X-Request-ID": request_id}
            query = urllib.parse.urlencode({"to": inbound})
            status, answer_headers, body = http(
                f"{base_url}/hooks/email/raw?{query}", data=raw, headers=headers
            )
            if status != 200:
                raise StepFailed(f"hook answered {status}: {body[:500]!r}")
            if answer_headers.get("X-Request-ID") != request_id:
                raise StepFailed("the hook's answer does not echo X-Request-ID")

        step(label, "invitation posted to the signed raw hook", post_hook)
        hook_posted = time.monotonic()

        def feed_events() -> list[icalendar.Event] | None:
            steps = follow_up_steps(*http(feed_url, headers={"Accept-Encoding": "gzip"}))
            return steps if len(steps) >= STEPS_IN_FEED else None

        events = step(
            label,
            "feed shows the thank-you and the follow-up",
            lambda: wait_for(f"{STEPS_IN_FEED} events", feed_events, 90, 1),
        )
        if len(events) != STEPS_IN_FEED:
            raise StepFailed(
                f"step 'feed': {len(events)} follow-up events for {COMPANY}, not {STEPS_IN_FEED}"
            )
        titles = sorted(str(event["SUMMARY"]).split(" —")[0] for event in events)
        if titles != ["Follow up", "Thank-you note"]:
            raise StepFailed(f"step 'feed': the steps shown are {titles}")
        timings["hook to feed (s)"] = round(time.monotonic() - hook_posted, 1)

        def thank_you_mail() -> list[Received]:
            return [m for m in sink.to(user_email) if "thank-you note" in subject_of(m)]

        mails = step(
            label,
            "thank-you reminder received at the SMTP relay",
            lambda: wait_for("the reminder", thank_you_mail, MAIL_TIMEOUT, 1),
        )
        timings["hook to reminder (s)"] = round(time.monotonic() - hook_posted, 1)
        # Both schedulers dispatch at start and then every minute; one more pass by hand.
        run.cli("reminders", "send-due")
        time.sleep(3)
        mails = thank_you_mail()
        if len(mails) != 1:
            raise StepFailed(f"step 'exactly once': {len(mails)} thank-you reminders arrived")
        log(label, "ok  exactly one thank-you reminder with two schedulers running")

        codes = step(label, "processes stopped", run.stop_all)
        unclean = {name: code for name, code in codes.items() if code != 0}
        if unclean:
            raise StepFailed(f"step 'clean stop': exit codes {unclean}")
        step(
            label,
            "logs structured, with request IDs, without secrets",
            lambda: check_logs(run, secrets_seen, request_id),
        )
        timings["total (s)"] = round(time.monotonic() - began, 1)
        return timings
    except BaseException:
        run.stop_all(timeout=10)
        for proc in run.procs:
            log(label, f"--- last lines of {proc.name} ---")
            print("\n".join(proc.output().splitlines()[-40:]), flush=True)
        raise
    finally:
        relay.stop()


def check_logs(run: Run, secrets_seen: list[str], request_id: str) -> None:
    """Every gunicorn line is JSON; no secret or body text anywhere; IDs on access lines."""
    problems: list[str] = []
    outputs = {proc.name: proc.output() for proc in run.procs}
    for name, text in outputs.items():
        for secret in secrets_seen:
            if secret and secret in text:
                problems.append(f"{name} logged a secret or message body ({secret[:6]}…)")
    # The CLI prints the feed URL and inbound address on purpose; nothing else secret.
    cli_text = "\n".join(run.cli_output)
    for secret in secrets_seen[:4]:
        if secret in cli_text:
            problems.append(f"the CLI printed a secret or message body ({secret[:6]}…)")
    access_ids = []
    for line in outputs["gunicorn"].splitlines():
        try:
            record = json.loads(line)
        except ValueError:
            problems.append(f"gunicorn wrote a non-JSON line: {line[:200]!r}")
            continue
        if "request_id" not in record:
            problems.append(f"no request_id in {line[:200]!r}")
        if record.get("logger") == "gunicorn.access":
            access_ids.append(record.get("request_id"))
    if request_id not in access_ids:
        problems.append(f"the hook request's ID {request_id} is not on its access line")
    for name in ("scheduler-1", "scheduler-2"):
        for line in outputs.get(name, "").splitlines():
            if line.startswith("{"):
                json.loads(line)
    if problems:
        raise StepFailed("; ".join(sorted(set(problems))[:10]))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--database", choices=("sqlite", "postgresql", "both"), default="both")
    parser.add_argument("--keep", action="store_true", help="Keep the working folders.")
    args = parser.parse_args()
    labels = ["postgresql", "sqlite"] if args.database == "both" else [args.database]
    failures = 0
    for label in labels:
        workdir = Path(tempfile.mkdtemp(prefix=f"afterview-e2e-{label}-"))
        log(label, f"working in {workdir}")
        try:
            if label == "postgresql":
                with postgres_database(label) as url:
                    timings = run_once(label, url, workdir)
            else:
                timings = run_once(label, None, workdir)
            log(label, "PASSED " + ", ".join(f"{k} {v}" for k, v in timings.items()))
        except StepFailed as error:
            failures += 1
            log(label, f"FAILED {error}")
        finally:
            if not args.keep:
                subprocess.run(["rm", "-rf", str(workdir)], check=False)
    passed = len(labels) - failures
    print(f"e2e: {passed} passed, {failures} failed", flush=True)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
