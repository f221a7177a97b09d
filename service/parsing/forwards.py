"""Recover the original message from forwards written inline by mail clients."""

from __future__ import annotations

import re
from dataclasses import dataclass
from email.utils import parseaddr

_FROM = r"from|von|de|da|van"
_SENT = r"sent|date|datum|gesendet|envoyé|envoye|enviado|fecha|data|verzonden"
_TO = r"to|an|à|a|para|pour|aan"
_SUBJECT = r"subject|betreff|objet|sujet|asunto|oggetto|onderwerp"
_CC = r"cc|kopie|bcc"
_LABEL = rf"(?P<label>{_FROM}|{_SENT}|{_TO}|{_SUBJECT}|{_CC}|reply-to|message-id)"
_HEADER_LINE = re.compile(
    rf"^[ \t>]*\**[ \t]*{_LABEL}[ \t]*\**[ \t]*:[ \t]*\**[ \t]*(?P<value>.*)$",
    re.IGNORECASE,
)
_SEPARATORS = re.compile(
    r"(?:-{2,}\s*(?:forwarded message|original message|weitergeleitete nachricht"
    r"|ursprüngliche nachricht|message transféré|message d'origine|mensaje reenviado"
    r"|mensaje original|messaggio inoltrato)\s*-{2,}"
    r"|begin forwarded message|anfang der weitergeleiteten nachricht"
    r"|début du message réexpédié|inicio del mensaje reenviado|_{20,})",
    re.IGNORECASE,
)
_RUN_TOGETHER = re.compile(
    rf"(?<=[>\w\"'])\s*(?=(?:{_TO}|{_SENT}|{_SUBJECT}|{_CC})\s*:\s)", re.IGNORECASE
)
_ADDRESS = re.compile(r"[\w.+'-]+@[\w-]+(?:\.[\w-]+)+")


@dataclass(frozen=True)
class InlineForward:
    """What a forward header block tells about the message it introduces."""

    sender: str | None
    sender_name: str | None
    subject: str | None
    date_text: str | None
    message_id: str | None
    body: str
    is_forward: bool


def _label_kind(label: str) -> str:
    label = label.lower()
    if re.fullmatch(_FROM, label):
        return "from"
    if re.fullmatch(_SUBJECT, label):
        return "subject"
    if re.fullmatch(_SENT, label):
        return "date"
    if label == "message-id":
        return "message-id"
    return "other"


def _address_of(value: str) -> tuple[str | None, str | None]:
    mailto = re.search(r"\[mailto:([^\]]+)\]", value)
    if mailto:
        name = value[: mailto.start()].strip(" \"'")
        return mailto.group(1).strip().lower(), name or None
    name, address = parseaddr(value)
    if "@" in address and _ADDRESS.fullmatch(address):
        return address.lower(), name or None
    found = _ADDRESS.search(value)
    if found:
        name = value[: found.start()].strip(" <\"'")
        return found.group(0).lower(), name or None
    return None, value.strip() or None


def find_forwards(text: str) -> list[InlineForward]:
    """Return every forwarded or quoted header block in the text, outermost first."""
    lines = text.splitlines()[:20_000]
    expanded: list[str] = []
    for line in lines:
        if len(line) < 2000 and _HEADER_LINE.match(line) and _RUN_TOGETHER.search(line):
            expanded.extend(_RUN_TOGETHER.split(line))
        elif _SEPARATORS.search(line) and ":" in line and len(line) < 2000:
            head, _, rest = line.partition(_SEPARATORS.search(line).group(0))  # type: ignore[union-attr]
            expanded.append(head + _SEPARATORS.search(line).group(0))  # type: ignore[union-attr]
            expanded.extend(_RUN_TOGETHER.split(rest.strip()) if rest.strip() else [])
        else:
            expanded.append(line)
    found: list[InlineForward] = []
    index = 0
    separator_seen = False
    while index < len(expanded):
        line = expanded[index]
        if _SEPARATORS.search(line):
            separator_seen = True
        match = _HEADER_LINE.match(line)
        if not match or _label_kind(match.group("label")) != "from":
            index += 1
            continue
        fields: dict[str, str] = {}
        cursor = index
        blank_run = 0
        # allow the block to start with Subject/Date (Thunderbird) by looking back
        back = index - 1
        while back >= 0 and back >= index - 4:
            previous = _HEADER_LINE.match(expanded[back])
            if not previous:
                if expanded[back].strip(" >\t"):
                    break
                back -= 1
                continue
            fields.setdefault(_label_kind(previous.group("label")), previous.group("value"))
            back -= 1
        while cursor < len(expanded) and cursor - index < 14:
            header = _HEADER_LINE.match(expanded[cursor])
            if header:
                kind = _label_kind(header.group("label"))
                fields.setdefault(kind, header.group("value").strip())
                if kind not in fields or kind == "other":
                    fields[kind + str(cursor)] = header.group("value")
                blank_run = 0
            elif not expanded[cursor].strip(" >\t"):
                blank_run += 1
                if blank_run > 1 or len(fields) >= 3:
                    break
            else:
                break
            cursor += 1
        header_count = len([key for key in fields if key != "from"])
        if header_count >= 2 or (header_count >= 1 and separator_seen):
            address, name = _address_of(fields.get("from", ""))
            body_lines = [re.sub(r"^[ \t]*>[ \t]?", "", item) for item in expanded[cursor:]]
            found.append(
                InlineForward(
                    sender=address,
                    sender_name=name,
                    subject=fields.get("subject"),
                    date_text=fields.get("date"),
                    message_id=fields.get("message-id"),
                    body="\n".join(body_lines),
                    is_forward=separator_seen or not _looks_like_reply(expanded[:index]),
                )
            )
            separator_seen = False
            index = cursor
        else:
            index += 1
    return found


def _looks_like_reply(before: list[str]) -> bool:
    """Tell a reply (new text above a quoted header) from a forward (nothing above)."""
    written = [line for line in before if line.strip(" >\t-_")]
    return len(written) > 2
