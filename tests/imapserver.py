"""A real Dovecot IMAP server on loopback, started per test in a private folder.

Dovecot comes from Debian's dovecot-imapd (`.ci/run` installs it). The server runs
in the foreground with its own configuration, one password-file user and Maildir
storage under the test's temporary folder, and is stopped when the test ends.
"""

from __future__ import annotations

import os
import pwd
import shutil
import socket
import subprocess
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

DOVECOT = shutil.which("dovecot") or "/usr/sbin/dovecot"

CONFIG = """\
base_dir = {root}/run
state_dir = {root}/state
log_path = {root}/dovecot.log
protocols = imap
listen = 127.0.0.1
ssl = no
disable_plaintext_auth = no
auth_mechanisms = plain login
default_internal_user = {internal}
default_login_user = {login}
first_valid_uid = {uid}
last_valid_uid = {uid}
mail_location = maildir:{root}/mail/%u
service imap-login {{
  inet_listener imap {{
    address = 127.0.0.1
    port = {port}
  }}
  inet_listener imaps {{
    port = 0
  }}
}}
service anvil {{
  chroot =
}}
service imap-login {{
  chroot =
}}
passdb {{
  driver = passwd-file
  args = scheme=PLAIN username_format=%u {root}/users
}}
userdb {{
  driver = static
  args = uid={uid} gid={gid} home={root}/home/%u
}}
"""


@dataclass(frozen=True)
class ImapServer:
    host: str
    port: int
    username: str
    password: str


def available() -> bool:
    """Tell whether Dovecot is installed with the users its package creates."""
    if not Path(DOVECOT).exists():
        return False
    try:
        pwd.getpwnam("dovecot")
        pwd.getpwnam("dovenull")
    except KeyError:
        return False
    return True


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@contextmanager
def dovecot() -> Iterator[ImapServer]:
    """Run Dovecot until the block ends; mail belongs to the unprivileged 'dovecot' user.

    Its folder lives directly under the system temporary directory: Dovecot's own
    processes run unprivileged and could not pass through pytest's private folders.
    """
    owner = pwd.getpwnam("dovecot")
    root = Path(tempfile.mkdtemp(prefix="afterview-dovecot-"))
    for sub in ("run", "state", "mail", "home"):
        (root / sub).mkdir(parents=True, exist_ok=True)
    port = _free_port()
    server = ImapServer("127.0.0.1", port, "interviews", "imap-test-password")
    (root / "users").write_text(f"{server.username}:{{PLAIN}}{server.password}\n")
    (root / "dovecot.conf").write_text(
        CONFIG.format(
            root=root,
            port=port,
            uid=owner.pw_uid,
            gid=owner.pw_gid,
            internal="dovecot",
            login="dovenull",
        )
    )
    for path in (root / "mail", root / "home", root / "state"):
        os.chown(path, owner.pw_uid, owner.pw_gid)
    os.chmod(root, 0o755)
    process = subprocess.Popen(
        [DOVECOT, "-F", "-c", str(root / "dovecot.conf")],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
    )
    try:
        deadline = time.monotonic() + 20
        while True:
            try:
                with socket.create_connection((server.host, port), timeout=1) as sock:
                    if sock.recv(100).startswith(b"* OK"):
                        break
            except OSError:
                pass
            if process.poll() is not None or time.monotonic() > deadline:
                log = (root / "dovecot.log").read_text() if (root / "dovecot.log").exists() else ""
                output = process.stdout.read().decode() if process.stdout else ""
                raise RuntimeError(f"dovecot did not start:\n{output}\n{log}")
            time.sleep(0.1)
        yield server
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        if process.stdout:
            process.stdout.close()
        shutil.rmtree(root, ignore_errors=True)
