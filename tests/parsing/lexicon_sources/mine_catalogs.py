"""Mine calendar-notice wording from the translation catalogs of open-source calendar software.

The parser reads a calendar's answer to an invitation ("Anna has accepted your invitation"),
a cancellation, an update and an out-of-office notice by their words. Those words were first
written language by language from our own corpus; this script takes them instead from the
strings real calendar and mail software sends, in every language it ships:

- Thunderbird (thunderbird/thunderbird-l10n, MPL-2.0): the iTIP mail subjects and bodies
  (`itipReplySubjectAccept2`, `itip-reply-body-accept`, `itipCancelSubject2`, ...).
- SOGo (Alinto/sogo, GPL-2.0/LGPL-2.1): the iMIP mail templates in
  SoObjects/Appointments/*.lproj ("Accepted invitation: ...", "... has cancelled this event").
- Horde (horde/Itip, LGPL-2.1; horde/kronolith, GPL-2.0): the iTIP reply subjects ("Accepted"
  and the title) and sentences, Kronolith's cancellation and update notices.
- Roundcube (roundcube/roundcubemail, GPL-3.0+): the managesieve plugin's name for an
  out-of-office rule (`$labels['vacation']`).

These are short UI strings, used here as a word list with their provenance kept.

Two steps:
  mine      read the catalogs from local git snapshots (bare repositories, read with
            `git show`) and write catalog_strings.json next to this file: every string with
            its repository, path, commit, key and English message id.
  generate  turn catalog_strings.json into service/parsing/catalog_cues.py: placeholders
            stripped, only phrases distinctive enough not to fire on an invitation.

Run: python tests/parsing/lexicon_sources/mine_catalogs.py mine --mirrors /work/.mirror
     python tests/parsing/lexicon_sources/mine_catalogs.py generate
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import unicodedata
from collections import defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
DATA = HERE / "catalog_strings.json"
MODULE = ROOT / "service" / "parsing" / "catalog_cues.py"

THUNDERBIRD = "thunderbird/thunderbird-l10n"
SOGO = "Alinto/sogo"
ROUNDCUBE = "roundcube/roundcubemail"
HORDE_ITIP = "horde/Itip"
KRONOLITH = "horde/kronolith"
LICENCES = {
    THUNDERBIRD: "MPL-2.0",
    SOGO: "GPL-2.0 / LGPL-2.1",
    ROUNDCUBE: "GPL-3.0-or-later",
    HORDE_ITIP: "LGPL-2.1",
    KRONOLITH: "GPL-2.0",
}

# Thunderbird keys (both the older .properties and the newer Fluent names) and what they say.
# `subject`: the words before the event title in a subject line; `body`: a sentence.
THUNDERBIRD_KEYS: dict[str, tuple[str, str, str]] = {
    # key: (kind, form, English message)
    "itipReplySubject2": ("reply", "subject", "Invitation Reply: %1$S"),
    "itip-reply-subject": ("reply", "subject", "Invitation Reply: %1$S"),
    "itipReplySubjectAccept2": ("reply", "subject", "Invitation Accepted: %1$S"),
    "itip-reply-subject-accept": ("reply", "subject", "Invitation Accepted: %1$S"),
    "itipReplySubjectDecline2": ("reply", "subject", "Invitation Declined: %1$S"),
    "itip-reply-subject-decline": ("reply", "subject", "Invitation Declined: %1$S"),
    "itipReplySubjectTentative2": ("reply", "subject", "Invitation Tentative: %1$S"),
    "itip-reply-subject-tentative": ("reply", "subject", "Invitation Tentative: %1$S"),
    "itipReplyBodyAccept": ("reply", "body", "%1$S has accepted your event invitation."),
    "itip-reply-body-accept": ("reply", "body", "%1$S has accepted your event invitation."),
    "itipReplyBodyDecline": ("reply", "body", "%1$S has declined your event invitation."),
    "itip-reply-body-decline": ("reply", "body", "%1$S has declined your event invitation."),
    "itipDeclineCounterSubject": ("reply", "subject", "Counterproposal declined: %1$S"),
    "itip-decline-counter-subject": ("reply", "subject", "Counterproposal declined: %1$S"),
    "itipDeclineCounterBody": (
        "reply",
        "body",
        '%1$S has declined your counterproposal for "%2$S".',
    ),
    "itip-decline-counter-body": (
        "reply",
        "body",
        '%1$S has declined your counterproposal for "%2$S".',
    ),
    # an attendee proposing another time answers the invitation; it sets nothing
    "itipCounterBody": ("reply", "body", '%1$S has made a counterproposal for "%2$S":'),
    "itip-counter-body": ("reply", "body", '%1$S has made a counterproposal for "%2$S":'),
    "itipCancelSubject2": ("cancelled", "subject", "Cancelled: %1$S"),
    "itip-cancel-subject": ("cancelled", "subject", "Cancelled: %1$S"),
    "itipCancelBody": ("cancelled", "body", "%1$S has canceled this event: %2$S"),
    "itip-cancel-body": ("cancelled", "body", "%1$S has canceled this event: %2$S"),
    "itipRequestUpdatedSubject2": ("updated", "subject", "Updated: %1$S"),
    "itip-request-updated-subject": ("updated", "subject", "Updated: %1$S"),
    # the row label of the event's date in Thunderbird's invitation display
    "imipHtml.when": ("when", "label", "When:"),
    "imip-html-when": ("when", "label", "When:"),
    # the invitation itself: mined only to keep its words out of the other kinds
    "itipRequestSubject2": ("invitation", "subject", "Invitation: %1$S"),
    "itip-request-subject": ("invitation", "subject", "Invitation: %1$S"),
    "itipRequestBody": ("invitation", "body", "%1$S has invited you to %2$S"),
    "itip-request-body": ("invitation", "body", "%1$S has invited you to %2$S"),
}
THUNDERBIRD_FILES = (
    "calendar/chrome/lightning/lightning.properties",
    "calendar/calendar/calendar-itip.ftl",
)

# SOGo's message ids are the English text; the ones that carry a kind of notice.
SOGO_KEYS: dict[str, tuple[str, str]] = {
    'Accepted invitation: "%{Summary}"': ("reply", "subject"),
    'Declined invitation: "%{Summary}"': ("reply", "subject"),
    'Delegated invitation: "%{Summary}"': ("reply", "subject"),
    'Not yet decided on invitation: "%{Summary}"': ("reply", "subject"),
    "%{Attendee} %{SentByText}has accepted your event invitation.": ("reply", "body"),
    "%{Attendee} %{SentByText}has declined your event invitation.": ("reply", "body"),
    "%{Attendee} %{SentByText}has delegated the invitation to %{Delegate}.": ("reply", "body"),
    "%{Attendee} %{SentByText}has not yet decided upon your event invitation.": ("reply", "body"),
    'Event Cancelled: "%{Summary}"': ("cancelled", "subject"),
    "%{Organizer} %{SentByText}has cancelled this event: %{Summary}.": ("cancelled", "body"),
    # ("The appointment ... for the ... has changed" is left out: with the title and dates cut
    # out, what remains, "has changed", fits any mail.)
    'The following parameters have changed in the "%{Summary}" meeting:': ("updated", "body"),
    'Event Invitation: "%{Summary}"': ("invitation", "subject"),
    # the row labels of the slot in SOGo's notices ("Start: 24.06.2026 10:00")
    "startDate_label": ("when", "label"),
    "endDate_label": ("end", "label"),
    "%{Organizer} %{SentByText}has invited you to %{Summary}.": ("invitation", "body"),
}
SOGO_DIR = "SoObjects/Appointments"
SOGO_LANGUAGES = {
    "Arabic": "ar",
    "Basque": "eu",
    "Bosnian": "bs",
    "BrazilianPortuguese": "pt-BR",
    "Bulgarian": "bg",
    "Catalan": "ca",
    "ChineseChina": "zh-CN",
    "ChineseTaiwan": "zh-TW",
    "Croatian": "hr",
    "Czech": "cs",
    "Danish": "da",
    "Dutch": "nl",
    "English": "en",
    "Finnish": "fi",
    "French": "fr",
    "Galician": "gl",
    "German": "de",
    "Greek": "el",
    "Hebrew": "he",
    "Hungarian": "hu",
    "Icelandic": "is",
    "Indonesian": "id",
    "Italian": "it",
    "Japanese": "ja",
    "Kazakh": "kk",
    "Korean": "ko",
    "Latvian": "lv",
    "Lithuanian": "lt",
    "Macedonian": "mk",
    "Montenegrin": "cnr",
    "NorwegianBokmal": "nb",
    "NorwegianNynorsk": "nn",
    "Polish": "pl",
    "Portuguese": "pt-PT",
    "Romanian": "ro",
    "Russian": "ru",
    "Serbian": "sr",
    "SerbianLatin": "sr-Latn",
    "Slovak": "sk",
    "Slovenian": "sl",
    "SpanishArgentina": "es-AR",
    "SpanishSpain": "es-ES",
    "Swedish": "sv",
    "Thai": "th",
    "TurkishTurkey": "tr",
    "Ukrainian": "uk",
    "Welsh": "cy",
}
# Horde's iTIP replies: the subject is the status word, a colon and the title
# (Horde_Itip_Response_Type_Base::getBriefSubject, '%s: %s'), the body a sentence after the
# attendee's name; Kronolith's cancellation and update notices.
HORDE_ITIP_KEYS: dict[str, tuple[str, str]] = {
    "Accepted": ("reply", "subject word"),
    "Declined": ("reply", "subject word"),
    "Tentative": ("reply", "subject word"),
    "has accepted the invitation to the following event": ("reply", "body"),
    "has accepted the update to the following event": ("reply", "body"),
    "has declined the invitation to the following event": ("reply", "body"),
    "has declined the update to the following event": ("reply", "body"),
    "has tentatively accepted the invitation to the following event": ("reply", "body"),
    "has tentatively accepted the update to the following event": ("reply", "body"),
}
KRONOLITH_KEYS: dict[str, tuple[str, str]] = {
    "Cancelled: %s": ("cancelled", "subject"),
    '%s has cancelled "%s".': ("cancelled", "body"),
    '%s has cancelled an instance of the recurring "%s".': ("cancelled", "body"),
    "Updated: %s.": ("updated", "subject"),
    # what a shared calendar's subscribers and a daily digest get: about a calendar, not an
    # invitation of the reader ("Event added: Interview: Tóth Bence", "Your daily agenda for")
    "Event added:": ("notice", "subject word"),
    "Event edited:": ("notice", "subject word"),
    "Event deleted:": ("notice", "subject word"),
    "Your daily agenda for %s": ("notice", "body"),
}
ROUNDCUBE_DIR = "plugins/managesieve/localization"
ROUNDCUBE_KEYS = {"vacation": ("absence", "label", "Out of Office")}


def _git(repo: Path, *args: str) -> str:
    return subprocess.run(
        ["git", "--git-dir", str(repo), *args], check=True, capture_output=True, text=True
    ).stdout


def _files(repo: Path, commit: str, under: str) -> list[str]:
    return _git(repo, "ls-tree", "-r", "--name-only", commit, under).splitlines()


def _show(repo: Path, commit: str, path: str) -> str:
    raw = subprocess.run(
        ["git", "--git-dir", str(repo), "show", f"{commit}:{path}"],
        check=True,
        capture_output=True,
    ).stdout
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        return raw.decode("utf-16")
    return raw.decode("utf-8", errors="replace")


def _unescape_properties(value: str) -> str:
    return re.sub(r"\\u([0-9a-fA-F]{4})", lambda m: chr(int(m.group(1), 16)), value)


def _key_values(text: str, path: str) -> dict[str, str]:
    """Read `key = value` lines of a .properties or a simple Fluent file."""
    found: dict[str, str] = {}
    for line in text.splitlines():
        match = re.match(r"^([A-Za-z][\w.-]*)\s*=\s*(.*?)\s*$", line)
        if match and match.group(2):
            value = match.group(2)
            found[match.group(1)] = (
                _unescape_properties(value) if path.endswith(".properties") else value
            )
    return found


_STRINGS_PAIR = re.compile(
    r'(?:"((?:[^"\\]|\\.)*)"|([A-Za-z_][\w-]*))\s*=\s*"((?:[^"\\]|\\.)*)"\s*;', re.DOTALL
)


def _strings_pairs(text: str) -> dict[str, str]:
    """Read the `"key" = "value";` pairs of a NeXTSTEP .strings file."""
    text = re.sub(r"/\*.*?\*/", "", text, flags=re.DOTALL)
    pairs: dict[str, str] = {}
    for match in _STRINGS_PAIR.finditer(text):
        key = match.group(1) if match.group(1) is not None else match.group(2)
        pairs[_unescape_strings(key)] = _unescape_strings(match.group(3))
    return pairs


def _unescape_strings(value: str) -> str:
    return value.replace('\\"', '"').replace("\\n", "\n").replace("\\\\", "\\")


def _po_pairs(text: str) -> dict[str, str]:
    """Read the singular msgid/msgstr pairs of a gettext catalog (fuzzy ones left out)."""
    pairs: dict[str, str] = {}
    for block in re.split(r"\n\s*\n", text):
        if re.search(r"^#,.*\bfuzzy\b", block, re.MULTILINE):
            continue
        fields: dict[str, str] = {}
        current = ""
        for line in block.splitlines():
            match = re.match(r'^(msgid|msgstr)\s+"(.*)"\s*$', line)
            if match:
                current = match.group(1)
                fields[current] = match.group(2)
            elif current and re.match(r'^\s*"(.*)"\s*$', line):
                fields[current] += re.match(r'^\s*"(.*)"\s*$', line).group(1)  # type: ignore[union-attr]
            elif not line.startswith("#"):
                current = ""
        if fields.get("msgid") and fields.get("msgstr"):
            pairs[_unescape_strings(fields["msgid"])] = _unescape_strings(fields["msgstr"])
    return pairs


def _sogo_key(key: str) -> str:
    """Cut a SOGo message id to its first line (the keys go on with start/end details)."""
    return key.split("\n", 1)[0]


def mine(mirrors: Path) -> list[dict[str, str]]:
    """Read every source whose snapshot is in `mirrors`; a source whose snapshot is absent
    keeps its records from the last run (snapshots come and go; the strings do not)."""
    records: list[dict[str, str]] = []
    kept = json.loads(DATA.read_text("utf-8")) if DATA.exists() else []

    def present(repo: str, folder: str) -> bool:
        if (mirrors / folder / "repo").exists():
            return True
        records.extend(entry for entry in kept if entry["repo"] == repo)
        return False

    def record(repo: str, path: str, commit: str, key: str, msgid: str, **rest: str) -> None:
        records.append(
            {
                **rest,
                "repo": repo,
                "path": path,
                "commit": commit,
                "key": key,
                "msgid": msgid,
                "licence": LICENCES[repo],
            }
        )

    git_dir = mirrors / "thunderbird+thunderbird-l10n" / "repo"
    present_tb = present(THUNDERBIRD, "thunderbird+thunderbird-l10n")
    commit = _git(git_dir, "rev-parse", "HEAD").strip() if present_tb else ""
    locales = sorted(
        line
        for line in (
            _git(git_dir, "ls-tree", "--name-only", "-d", commit) if present_tb else ""
        ).splitlines()
        if not line.startswith(".")
    )
    for locale in locales:
        for name in THUNDERBIRD_FILES:
            path = f"{locale}/{name}"
            if not _files(git_dir, commit, path):
                continue
            for key, value in _key_values(_show(git_dir, commit, path), path).items():
                if key in THUNDERBIRD_KEYS:
                    kind, form, msgid = THUNDERBIRD_KEYS[key]
                    record(
                        THUNDERBIRD, path, commit, key, msgid,
                        lang=locale, kind=kind, form=form, text=value,
                    )  # fmt: skip

    git_dir = mirrors / "Alinto+sogo" / "repo"
    present_sogo = present(SOGO, "Alinto+sogo")
    commit = _git(git_dir, "rev-parse", "HEAD").strip() if present_sogo else ""
    wanted = {_sogo_key(key): value for key, value in SOGO_KEYS.items()}
    for path in _files(git_dir, commit, SOGO_DIR) if present_sogo else []:
        match = re.fullmatch(rf"{SOGO_DIR}/(\w+)\.lproj/Localizable\.strings", path)
        if not match or match.group(1) not in SOGO_LANGUAGES:
            continue
        for key, value in _strings_pairs(_show(git_dir, commit, path)).items():
            short = _sogo_key(key)
            if short in wanted:
                kind, form = wanted[short]
                record(
                    SOGO, path, commit, short, short,
                    lang=SOGO_LANGUAGES[match.group(1)], kind=kind, form=form,
                    text=value.split("\n", 1)[0],
                )  # fmt: skip

    for repo, folder, keys in (
        (HORDE_ITIP, "horde+Itip", HORDE_ITIP_KEYS),
        (KRONOLITH, "horde+kronolith", KRONOLITH_KEYS),
    ):
        if not present(repo, folder):
            continue
        git_dir = mirrors / folder / "repo"
        commit = _git(git_dir, "rev-parse", "HEAD").strip()
        for path in _files(git_dir, commit, "locale"):
            match = re.fullmatch(r"locale/([\w@]+)/LC_MESSAGES/\w+\.po", path)
            if not match:
                continue
            for key, value in _po_pairs(_show(git_dir, commit, path)).items():
                if key in keys:
                    kind, form = keys[key]
                    record(
                        repo, path, commit, key, key,
                        lang=match.group(1).replace("_", "-"), kind=kind, form=form, text=value,
                    )  # fmt: skip

    git_dir = mirrors / "roundcube+roundcubemail" / "repo"
    present_rc = present(ROUNDCUBE, "roundcube+roundcubemail")
    commit = _git(git_dir, "rev-parse", "HEAD").strip() if present_rc else ""
    for path in _files(git_dir, commit, ROUNDCUBE_DIR) if present_rc else []:
        match = re.fullmatch(rf"{ROUNDCUBE_DIR}/([\w-]+)\.inc", path)
        if not match:
            continue
        text = _show(git_dir, commit, path)
        for key, (kind, form, msgid) in ROUNDCUBE_KEYS.items():
            found = re.search(rf"\$labels\['{re.escape(key)}'\]\s*=\s*'((?:[^'\\]|\\.)*)';", text)
            if found:
                record(
                    ROUNDCUBE, path, commit, key, msgid,
                    lang=match.group(1).replace("_", "-"), kind=kind, form=form,
                    text=found.group(1).replace("\\'", "'"),
                )  # fmt: skip
    records.sort(key=lambda r: (r["kind"], r["form"], r["lang"], r["repo"], r["key"]))
    return records


# --- generate ------------------------------------------------------------------------------

# %1$S, %S, %s, { $name }, %{Name} (and SOGo's broken right-to-left "{Name}%"), {name}
_PLACEHOLDER = re.compile(
    r"%\d*\$?[sSdD]|%?\{\s*\$?[\w.-]+\s*\}%?|%\([\w]+\)s|\{\d+\}", re.IGNORECASE
)
_EDGE = "\"'“”„‟«»‹›「」『』()[]<>.,;:!?¡¿…-–—·、。，：；！？\u200f\u200e\u061f\u060c \t"
_UNSPACED = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\u0e00-\u0e7f]")


def _words(text: str) -> list[str]:
    return re.findall(r"\w+", text)


def _distinctive(segment: str, words: int = 3, chars: int = 14) -> bool:
    """Tell whether a piece of a sentence is long enough to name one kind of notice."""
    if _UNSPACED.search(segment):
        return len(re.sub(r"[\W\s]", "", segment)) >= 5
    return len(_words(segment)) >= words and len(segment) >= chars


# Pieces that survive the length rule but, with the names and titles cut out, say too little
# to tell a notice from an invitation ("has accepted", "to your event", "the meeting").
TOO_GENERIC = frozenset(
    {
        "đã chấp nhận",
        "na twoje wydarzenie",
        "heeft de afspraak",
        "an t-imeacht seo",
        "ri delegatu dio",
        "k zure gonbidapena",
        "le do chuireadh imeachta",
        "do chuireadh gun tachartas",
        "sizning tadbirga taklifingizni",
        "telah diubah",
        "ミーティング",
        # Kronolith's Polish "has cancelled an instance" reads "was not created"
        "nie został utworzony",
        # Horde's Hungarian "Tentative" is "planned", which an invitation's subject may say
        "tervezett:",
    }
)


def _normalise(text: str) -> str:
    text = unicodedata.normalize("NFC", text).replace("\u00a0", " ").replace("\u202f", " ")
    # a capital dotted I lowers to "i" and a combining dot; regular expressions fold it to "i"
    text = text.replace("İ", "I")
    return re.sub(r"\s+", " ", text).strip()


def subject_prefix(text: str) -> str | None:
    """Return the words before the title in a subject template, colon included."""
    text = _normalise(text)
    match = _PLACEHOLDER.search(text)
    if match is None or text[match.end() :].strip(_EDGE):
        return None  # the title is not last: no prefix to match at the start of a subject
    prefix = text[: match.start()].rstrip(" \"'“„«「")
    prefix = prefix.lstrip(_EDGE)
    if not re.search(r"[:：]$", prefix):
        return None
    words = prefix[:-1].strip()
    if len(words) < 3 or words.casefold() in {"re", "aw", "fwd", "fw", "sv", "vs"}:
        return None
    return words.lower() + ":"


def body_phrases(text: str) -> list[str]:
    """Return the distinctive pieces of a sentence template, placeholders cut out.

    A piece needs three words, or two when it is all the sentence says besides the name
    ("{attendee} samþykkti fundarboðið").
    """
    pieces = [piece.strip(_EDGE) for piece in _PLACEHOLDER.split(_normalise(text))]
    pieces = [piece for piece in pieces if piece]
    words = 2 if len(pieces) == 1 else 3
    return [piece.lower() for piece in pieces if _distinctive(piece, words)]


def generate(records: list[dict[str, str]]) -> str:
    invitation_words: set[str] = set()
    for entry in records:
        if entry["kind"] != "invitation":
            continue
        prefix = subject_prefix(entry["text"]) if entry["form"] == "subject" else None
        if prefix:
            invitation_words.add(prefix)
        invitation_words.update(body_phrases(entry["text"]))

    subjects: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    phrases: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    labels: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    for entry in records:
        kind, lang = entry["kind"], entry["lang"].split("-")[0]
        if kind == "invitation":
            # the sentence itself says "you are invited" in a language the cue words lack
            if entry["form"] == "body":
                for piece in body_phrases(entry["text"]):
                    if piece not in TOO_GENERIC:
                        phrases[kind][piece].add(lang)
            continue
        if entry["form"] == "subject":
            prefix = subject_prefix(entry["text"])
            if prefix and prefix not in invitation_words and prefix not in TOO_GENERIC:
                subjects[kind][prefix].add(lang)
        elif entry["form"] == "subject word":
            word = _normalise(entry["text"]).strip(_EDGE)
            prefix = f"{word.lower()}:"
            if len(word) >= 3 and prefix not in invitation_words and prefix not in TOO_GENERIC:
                subjects[kind][prefix].add(lang)
        elif entry["form"] == "body":
            for piece in body_phrases(entry["text"]):
                if piece not in TOO_GENERIC and not any(
                    piece in words for words in invitation_words
                ):
                    phrases[kind][piece].add(lang)
        elif entry["form"] == "label" and kind in ("when", "end"):
            label = _normalise(entry["text"]).strip(_EDGE + ":：").lower()
            if label and len(label.split()) <= 3:
                labels[kind][label].add(lang)
        elif entry["form"] == "label":
            piece = _normalise(entry["text"]).strip(_EDGE).lower()
            if _distinctive(piece, words=2, chars=10):
                phrases[kind][piece].add(lang)

    lines = [
        '"""Calendar-notice words mined from open-source calendar and mail software.',
        "",
        "GENERATED by tests/parsing/lexicon_sources/mine_catalogs.py from",
        "tests/parsing/lexicon_sources/catalog_strings.json (which keeps every string's",
        "repository, path, commit, key and licence); do not edit by hand. Sources: Thunderbird",
        "(MPL-2.0), SOGo (GPL-2.0/LGPL-2.1), Horde Itip (LGPL-2.1), Kronolith (GPL-2.0) and",
        "Roundcube managesieve (GPL-3.0-or-later).",
        "",
        "SUBJECT_PREFIXES: what a subject starts with (lower case, colon included);",
        "PHRASES: pieces of the notice's sentences, placeholders cut out (lower case).",
        "Each maps a kind (reply, cancelled, updated, absence, invitation, notice) to (phrase,",
        "languages) pairs; LABELS: the row labels of the slot's start ('when') and end ('end').",
        '"""',
        "",
        "from __future__ import annotations",
        "",
    ]
    for name, table in (("SUBJECT_PREFIXES", subjects), ("PHRASES", phrases), ("LABELS", labels)):
        lines.append(f"{name}: dict[str, tuple[tuple[str, str], ...]] = {{")
        for kind in sorted(table):
            lines.append(f"    {json.dumps(kind)}: (")
            for phrase in sorted(table[kind]):
                langs = " ".join(sorted(table[kind][phrase]))
                lines.append(
                    f"        ({json.dumps(phrase, ensure_ascii=False)}, {json.dumps(langs)}),"
                )
            lines.append("    ),")
        lines.append("}")
    return "\n".join(lines) + "\n"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("step", choices=("mine", "generate"))
    parser.add_argument("--mirrors", type=Path, default=Path("/work/.mirror"))
    args = parser.parse_args()
    if args.step == "mine":
        records = mine(args.mirrors)
        lines = ",\n".join(json.dumps(record, ensure_ascii=False) for record in records)
        DATA.write_text(f"[\n{lines}\n]\n", "utf-8")
        print(f"{len(records)} strings written to {DATA.relative_to(ROOT)}")
    else:
        records = json.loads(DATA.read_text("utf-8"))
        MODULE.write_text(generate(records), "utf-8")
        subprocess.run([sys.executable, "-m", "ruff", "format", "-q", str(MODULE)], check=False)
        print(f"{MODULE.relative_to(ROOT)} written")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
