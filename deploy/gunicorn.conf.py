"""gunicorn settings for Afterview: `gunicorn -c deploy/gunicorn.conf.py`.

Every knob below can be overridden from the environment (GUNICORN_*), so the same
file serves compose, systemd and a laptop. Workers share nothing but the database:
add workers or hosts freely.
"""

from __future__ import annotations

import logging
import os
import sys
from typing import Any

wsgi_app = "service:create_app()"

# Behind a reverse proxy on the same host, listen on loopback only (compose sets 0.0.0.0).
bind = os.environ.get("GUNICORN_BIND", "127.0.0.1:8000")

# Two to four workers per core is plenty: feed fetches are one indexed query and the
# hooks only store the raw message. Threads keep a slow client from idling a worker.
workers = int(os.environ.get("GUNICORN_WORKERS", "2"))
worker_class = "gthread"
threads = int(os.environ.get("GUNICORN_THREADS", "4"))

# An inbound message is stored, not parsed, inside the request: 30 s is generous.
timeout = int(os.environ.get("GUNICORN_TIMEOUT", "30"))
graceful_timeout = 30
keepalive = 5
# Recycle workers now and then so a slow leak never becomes an outage.
max_requests = 2000
max_requests_jitter = 200
# The heartbeat file on a RAM disk: on overlay file systems /tmp can stall workers.
worker_tmp_dir = "/dev/shm" if os.path.isdir("/dev/shm") else None  # noqa: S108

# Trust X-Forwarded-Proto (https) only from the reverse proxy. Set the proxy's address
# here (or FORWARDED_ALLOW_IPS) when it runs on another host or in another container;
# never "*" while gunicorn's port is reachable from anywhere but the proxy.
forwarded_allow_ips = os.environ.get("FORWARDED_ALLOW_IPS", "127.0.0.1,::1")

# Logs go to stdout/stderr for journald or docker. The access line never holds the
# raw path or query: service.platform.logs.GunicornLogger redacts feed secrets, one-click
# tokens and hook query strings, and writes JSON when AFTERVIEW_LOG_FORMAT=json.
accesslog = "-"
errorlog = "-"
loglevel = os.environ.get("AFTERVIEW_LOG_LEVEL", "info").lower()
logger_class = "service.platform.logs.GunicornLogger"
access_log_format = '%(h)s %(t)s "%(r)s" %(s)s %(B)s %(M)sms "%(a)s" request_id=%({x-request-id}o)s'

# Each worker builds its own app: nothing is shared across the fork but the code.
preload_app = False


def on_starting(server: Any) -> None:
    """Refuse bad settings with one clear line; report the database once, then serve.

    An unreachable database or pending migrations do not stop the server: /readyz
    answers 503 until they are fixed, and the app recovers without a restart.
    Building the app once here also creates the instance folder and any generated
    secret key before workers race for it.
    """
    from service import create_app
    from service.platform.config import ConfigError
    from service.platform.db import db
    from service.platform.migrations import schema_status
    from service.platform.preflight import describe_database

    log = logging.getLogger("afterview.startup")
    try:
        app = create_app()
    except ConfigError as exc:
        print(f"afterview: configuration error: {exc}", file=sys.stderr, flush=True)
        raise SystemExit(2) from None
    with app.app_context():
        status = schema_status()
        url = describe_database(app.config["SQLALCHEMY_DATABASE_URI"])
        db.engine.dispose()  # no connection may cross the fork into workers
    if status.ready:
        log.info("database %s: %s", url, status.detail)
    else:
        log.warning("database %s: %s; /readyz answers 503 until it is fixed", url, status.detail)
