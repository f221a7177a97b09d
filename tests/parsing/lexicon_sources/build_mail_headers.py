"""Read the words webmail clients write above a forwarded or quoted message, from their own
translation files, into `service/parsing/mail_header_words.json`.

Run: .venv/bin/python tests/parsing/lexicon_sources/build_mail_headers.py [--mirrors /work/.mirror]

Sources (bare git snapshots under the mirrors folder, read with `git show`):
- roundcube/roundcubemail, program/localization/<locale>/labels.inc: `originalmessage` (the
  rule of a forward, "-------- Original Message --------"), the header labels `subject`,
  `date`, `from`, `to`, `cc` and the reply attribution `mailreplyintro` ("On $date, $sender
  wrote:"), as program/actions/mail/compose.php writes them (GPL-3.0-or-later).
- the-djmaze/snappymail, snappymail/v/0.0.0/app/localization/<lang>/user.json:
  COMPOSE/FORWARD_MESSAGE_TOP_TITLE, COMPOSE/FORWARD_MESSAGE_TOP_SENT, GLOBAL/FROM, TO, CC,
  SUBJECT and COMPOSE/REPLY_MESSAGE_TITLE, as dev/View/Popup/Compose.js writes them (AGPL-3.0).
Each record keeps repository, commit, path, key and language. A snapshot that is absent keeps
the records of the last run.
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
OUT = ROOT / "service" / "parsing" / "mail_header_words.json"
ROUNDCUBE = "roundcube/roundcubemail"
SNAPPY = "the-djmaze/snappymail"
RC_KEYS = {
    "originalmessage": "rule",
    "subject": "subject",
    "date": "sent",
    "from": "from",
    "to": "to",
    "cc": "cc",
    "mailreplyintro": "attribution",
}
SM_KEYS = {
    ("COMPOSE", "FORWARD_MESSAGE_TOP_TITLE"): "rule",
    ("COMPOSE", "FORWARD_MESSAGE_TOP_SENT"): "sent",
    ("GLOBAL", "FROM"): "from",
    ("GLOBAL", "TO"): "to",
    ("GLOBAL", "CC"): "cc",
    ("GLOBAL", "SUBJECT"): "subject",
    ("COMPOSE", "REPLY_MESSAGE_TITLE"): "attribution",
}
_RC_LINE = re.compile(r"^\$labels\['(\w+)'\]\s*=\s*'((?:[^'\\]|\\.)*)';", re.MULTILINE)


def _git(repo: Path, *args: str) -> str:
    return subprocess.run(
        ["git", "-C", str(repo), *args], check=True, capture_output=True, text=True
    ).stdout


def roundcube(repo: Path) -> list[dict[str, str]]:
    commit = _git(repo, "rev-parse", "HEAD").strip()
    names = _git(repo, "ls-tree", "--name-only", "HEAD", "program/localization/").split()
    records = []
    for folder in names:
        path = f"{folder}/labels.inc"
        try:
            text = _git(repo, "show", f"HEAD:{path}")
        except subprocess.CalledProcessError:
            continue
        for key, value in _RC_LINE.findall(text):
            if key in RC_KEYS:
                value = value.replace("\\'", "'").strip()
                if value:
                    lang = folder.rsplit("/", 1)[1]
                    records.append(
                        {
                            "field": RC_KEYS[key],
                            "text": value,
                            "lang": lang,
                            "repo": ROUNDCUBE,
                            "commit": commit,
                            "path": path,
                            "key": key,
                        }
                    )
    return records


def snappymail(repo: Path) -> list[dict[str, str]]:
    commit = _git(repo, "rev-parse", "HEAD").strip()
    base = "snappymail/v/0.0.0/app/localization/"
    records = []
    for folder in _git(repo, "ls-tree", "--name-only", "HEAD", base).split():
        path = f"{folder}/user.json"
        try:
            data = json.loads(_git(repo, "show", f"HEAD:{path}"))
        except (subprocess.CalledProcessError, json.JSONDecodeError):
            continue
        for (group, key), field in SM_KEYS.items():
            value = str(data.get(group, {}).get(key, "")).strip()
            if value:
                records.append(
                    {
                        "field": field,
                        "text": value,
                        "lang": folder.rsplit("/", 1)[1],
                        "repo": SNAPPY,
                        "commit": commit,
                        "path": path,
                        "key": f"{group}/{key}",
                    }
                )
    return records


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--mirrors", default="/work/.mirror")
    args = parser.parse_args()
    old = json.loads(OUT.read_text("utf-8")) if OUT.exists() else []
    mirrors = Path(args.mirrors)
    records: list[dict[str, str]] = []
    for repo_name, reader in ((ROUNDCUBE, roundcube), (SNAPPY, snappymail)):
        repo = mirrors / repo_name.replace("/", "+") / "repo"
        if repo.exists():
            records += reader(repo)
        else:
            records += [r for r in old if r["repo"] == repo_name]
    records.sort(key=lambda r: (r["repo"], r["lang"], r["field"], r["key"]))
    OUT.write_text(json.dumps(records, ensure_ascii=False, indent=0) + "\n", "utf-8")
    print(f"{len(records)} records", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
