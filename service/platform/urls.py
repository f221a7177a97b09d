"""Every absolute link Afterview prints or mails is made here, from one base URL.

The base is `AFTERVIEW_BASE_URL`; unset, it is the address `afterview serve` last
listened on (kept in the instance folder, so `make run PORT=5050` and a later
`afterview feed url` agree), else http://127.0.0.1:5000. Pages themselves use
relative links and need none of this.
"""

from __future__ import annotations

from pathlib import Path

DEV_BASE_URL = "http://127.0.0.1:5000"
SERVED_URL_FILE = "served_url"


def absolute(base_url: str, path: str = "/") -> str:
    """Join the base URL and a path into the link a person clicks."""
    return f"{base_url.rstrip('/')}/{path.lstrip('/')}"


def interview(base_url: str, interview_id: int) -> str:
    """The link to one interview's page."""
    return absolute(base_url, f"/interviews/{interview_id}")


def served_url(host: str, port: int) -> str:
    """The URL a browser on this machine reaches a server listening on host:port with."""
    if host in ("", "0.0.0.0", "::", "localhost"):  # noqa: S104 - naming it, not binding
        host = "127.0.0.1"
    elif ":" in host and not host.startswith("["):
        host = f"[{host}]"
    return f"http://{host}:{port}"


def remember_served(instance: Path, url: str) -> None:
    """Keep where the development server listens, for commands run beside it."""
    (instance / SERVED_URL_FILE).write_text(url + "\n")


def resolved_base(configured: str, instance: Path) -> str:
    """The base URL: the setting, else where `afterview serve` last listened, else the default."""
    if configured:
        return configured.rstrip("/")
    try:
        served = (instance / SERVED_URL_FILE).read_text().strip()
    except OSError:
        served = ""
    return served if served.startswith("http://") else DEV_BASE_URL
