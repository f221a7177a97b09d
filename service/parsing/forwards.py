"""Recover the original message from forwards written inline by mail clients."""

from __future__ import annotations

import re
from dataclasses import dataclass
from email.errors import HeaderParseError
from email.header import decode_header, make_header
from email.utils import parseaddr
from functools import lru_cache

from service.parsing import mail_headers
from service.parsing.lexicon import (
    FORWARD_SUBJECT,
    ORIGINAL_MESSAGE_RULES,
    CaseBlindCues,
    is_reply_header,
)

# The labels of forward and reply header blocks as clients write them: Gmail, Outlook, Apple
# Mail and Thunderbird in their languages (Thunderbird's Italian "Mittente", Gmail's Danish
# and Norwegian "Dato", Outlook's Romanian "De la", the Japanese labels all four share,
# the Russian, Ukrainian, Vietnamese and Greek ones of Gmail, Outlook and Thunderbird; not the
# Greek 'Ημερομηνία', which labels the meeting's own date in invitations). Then the labels of
# Gmail, Apple Mail and Thunderbird in Turkish, Croatian, Estonian, Romanian, Russian and
# Ukrainian (as email-forward-parser's fixtures show them), of K-9 Mail and Roundcube in
# Korean, Arabic, Persian, Hebrew and Hindi (their translation files), and Daum's and
# Mail.ru's ("보낸사람", "От кого").
_FROM = (
    r"from|von|de la|de|da|van|feladó|od|fra|från|lähettäjä|kimden|mittente|dari|差出人|发件人"
    r"|寄件者|от|від|từ|από|gönderen|gönderici|šalje|saatja|expeditorul|отправитель|от кого"
    # Thunderbird's Polish and HubSpot's Japanese sender labels
    r"|nadawca|送信元"
    r"|від кого|보낸 ?사람|المرسل|مِن|من|از|מאת|से"
)
_SENT = (
    r"sent|date|datum|dato|gesendet|envoyé|envoye|enviado el|enviada em|enviado|fecha|data"
    r"|verzonden|inviato|wysłano|wysłane|skickat|lähetetty|sendt|odesláno|elküldve|gönderildi"
    r"|trimis|dikirim|tanggal|送信日時|日付|发送时间|寄件日期|дата|отправлено|надіслано|đã gửi"
    r"|στάλθηκε|tarih|gönderilme|gönderilen|dátum|dată|αποστολή|送信日|보낸 날짜|날짜"
    r"|التاريخ|تاریخ|ارسال|תאריך|तारीख"
)
_TO = (
    r"to|an|à|a|para|pour|aan|címzett|komu|til|till|vastaanottaja|kime|către|do|kepada|宛先"
    r"|收件人|кому|đến|προς|kime|alıcı|prima|destinatarul|tới|받는 ?사람|إلى|المستقبل|به|אל|को"
    r"|adresat|送信先"
)
_SUBJECT = (
    r"subject|betreff|objet|sujet|asunto|oggetto|onderwerp|assunto|temat|ämne|tárgy|předmět"
    r"|emne|aihe|konu|subiect|perihal|件名|主题|主旨|тема|chủ đề|θέμα|subiectul|naslov|predmet"
    r"|제목|الموضوع|موضوع|נושא|सबजेक्ट"
)
_CC = r"cc|kopie|kopia|dw|bcc|копия|копія|bilgi|másolat|참조"
# and every label Roundcube and SnappyMail write in the languages they ship, from their own
# translation files (mail_header_words.json): SnappyMail's Romanian "Primit la", "către"
_FROM = "|".join([_FROM, *mail_headers.labels("from")])
_SENT = "|".join([_SENT, *mail_headers.labels("sent")])
_TO = "|".join([_TO, *mail_headers.labels("to")])
_SUBJECT = "|".join([_SUBJECT, *mail_headers.labels("subject")])
_CC = "|".join([_CC, *mail_headers.labels("cc")])
# For the prose reader, which skips header lines: who wrote, and the other fields.
FROM_LABELS = _FROM
OTHER_LABELS = f"{_SENT}|{_TO}|{_SUBJECT}"
SENT_LABELS = _SENT
SUBJECT_LABELS = _SUBJECT
# ASCII or the full-width colon East Asian clients may write
COLON = "[:\uff1a]"
COLON_CHARS = frozenset(":\uff1a")
_LABEL = rf"(?P<label>{_FROM}|{_SENT}|{_TO}|{_SUBJECT}|{_CC}|reply-to|message-id)"
# Blanks and stars are taken possessively: "[ \t>]*\**[ \t]*" could split a line of 16,000
# spaces between its two blank runs in every way, which took 12 s per line.
_BLANK = r"[ \t\xa0\u202f]*+"  # spaces, tabs, and the no-break spaces French puts before ":"
_STARS = rf"(?:\*++{_BLANK})?"
_HEADER_LINE = re.compile(
    rf"^[ \t\xa0>]*+{_STARS}{_LABEL}{_BLANK}{_STARS}{COLON}{_BLANK}{_STARS}(?P<value>.*)$",
    re.IGNORECASE,
)
# The rule a forward writes above the forwarded header block, between dashes: Gmail,
# Thunderbird and Outlook in their languages.
_FORWARD_RULES = (
    r"forwarded message|weitergeleitete nachricht|message transféré|mensaje reenviado"
    r"|messaggio inoltrato|doorgestuurd bericht|mensagem encaminhada|vidarebefordrat meddelande"
    r"|videresendt (?:besked|melding)|välitetty viesti|przekazana wiadomość"
    r"|пересланное сообщение|переслане повідомлення|転送メッセージ|転送されたメッセージ"
    r"|προωθημένο μήνυμα|пересылаемое сообщение|перенаправленное сообщение"
    r"|перенаправлене повідомлення|iletilen ileti|iletilmiş mesaj|proslijeđena poruka"
    r"|přeposlaná zpráva"
    # Thunderbird's Danish and Polish, Yahoo's and HubSpot's Finnish, Hungarian, Portuguese,
    # Romanian, Slovak and French, HubSpot's Japanese (as email-forward-parser's fixtures)
    r"|videresendt meddelelse|treść przekazanej wiadomości|edelleenlähetetty viesti"
    r"|továbbított üzenet|mensagem reencaminhada|mesaj redirecționat|preposlaná správa"
    r"|message transmis|メッセージを転送"
    # Korean webmail's and mobile clients' "---------- 전달된 메일 ----------"
    r"|전달된 메일|전달된 메시지"
)
# Apple Mail's line above it ("Begin forwarded message:") in its languages.
BEGIN_FORWARDED = (
    r"begin forwarded message|anfang der weitergeleiteten nachricht|début du message réexpédié"
    r"|inicio del mensaje reenviado|begin doorgestuurd bericht|inizio messaggio inoltrato"
    r"|início da mensagem (?:re)?encaminhada|początek przekazywanej wiadomości"
    r"|vidarebefordrat brev|転送されたメッセージ|начало переадресованного сообщения"
    r"|ileti başlangıcı|початок листа, що пересилається|započni proslijeđenu poruku"
    r"|začátek přeposílané zprávy|începe mesajul redirecționat|továbbított levél kezdete"
    r"|välitetty viesti alkaa"
    # Apple Mail's Simplified and Traditional Chinese, often with a full-width colon
    r"|以下是转发的邮件|以下為轉寄的郵件"
)
# Outlook's rule above a forwarded or quoted message alike.
_ORIGINAL_RULES = (
    ORIGINAL_MESSAGE_RULES
    # Roundcube's "originalmessage" and SnappyMail's forward title, every language they ship
    + "".join(f"|{word}" for word in mail_headers.rules())
)
# A rule starts only where a run of dashes or underscores starts: otherwise every dash of a
# long run began a new attempt that read the rest of the run again.
_SEPARATORS = CaseBlindCues(
    rf"(?:(?<!-)-{{2,}}+\s*+(?:{_FORWARD_RULES}|{_ORIGINAL_RULES})\s*+-{{2,}}"
    rf"|{BEGIN_FORWARDED}|(?<!_)_{{20,}}+)",
    re.IGNORECASE,
)
# Separators only a forward writes (never a reply): they tell a forwarded "RE:" thread apart.
FORWARD_SEPARATORS = re.compile(f"{_FORWARD_RULES}|{BEGIN_FORWARDED}", re.IGNORECASE)
# Forward headers are short lines near the top; longer lines are matched on their start.
MAX_HEADER_LINE_CHARS = 2000
MAX_SCANNED_LINES = 20_000
MAX_FORWARDS = 20
MAX_FIELD_CHARS = 1000
MAX_NOTE_LINES = 200
_RUN_TOGETHER = re.compile(
    # a label starts a new header only after a space or a closing bracket or quote, so the
    # "a" of Italian "Da:" or the "an" of Dutch "Van:" never splits the From line
    rf"(?:(?<=[>\"'])\s*|(?<=[\w>\"'])\s+)(?=(?:{_TO}|{_SENT}|{_SUBJECT}|{_CC})\s*{COLON}\s)",
    re.IGNORECASE,
)
# Yahoo runs its whole block onto the rule's line and glues the subject label to the end of
# the date ("… 09:26:50 GMT+1Subject:", "… MEZBetreff:", "… SEČPředmět:", "… GMT+5Тема:"):
# the label, capitalised as Yahoo writes it, is split off even with nothing before it.
_GLUED_SUBJECT = re.compile(
    rf"(?<=\S)(?=(?:{'|'.join(label.capitalize() for label in _SUBJECT.split('|'))}){COLON} )"
)
_FROM_LABEL = re.compile(_FROM)
_TO_LABEL = re.compile(_TO)
_SUBJECT_LABEL = re.compile(_SUBJECT)
_SENT_LABEL = re.compile(_SENT)
_ADDRESS = re.compile(r"[\w.+'-]+@[\w-]+(?:\.[\w-]+)+")
_OTHER_LABEL_LINE = re.compile(
    r"[ \t>]*+[^\W\d_]{2,24}+(?: [^\W\d_]{2,24}+)?[ \t]?[:\uff1a][ \t]*+\S"
)


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
    # what the forwarders wrote above it (their notes), header lines and rules left out
    notes: str = ""
    # the block's To line: whom the message passed on was written to
    recipients: str = ""


@lru_cache(maxsize=128)
def _label_kind(label: str) -> str:
    label = label.lower()
    if _FROM_LABEL.fullmatch(label):
        return "from"
    if _SUBJECT_LABEL.fullmatch(label):
        return "subject"
    if _SENT_LABEL.fullmatch(label):
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


def find_forwards(text: str, forwarded: bool = False) -> list[InlineForward]:
    """Return the forwarded or quoted header blocks in the text, outermost first.

    A block is a forward (not quoted mail) below a forward-only rule, near the top, when
    the block above forwarded a forward ("Subject: Fwd: …"), or first in a mail whose own
    subject says it is a forward (forwarded). Outlook's "-----Original Message-----" and
    its rule of underscores head replies too: alone they make no forward.

    At most the last MAX_FORWARDS blocks are returned; each needs its own copy of the text
    below it, so an unbounded number of blocks would cost quadratic time and memory.
    """
    expanded = _expanded_lines(text.splitlines()[:MAX_SCANNED_LINES])
    heads = [line[:MAX_HEADER_LINE_CHARS] for line in expanded]
    header_matches = [_HEADER_LINE.match(head) for head in heads]
    blocks: list[tuple[dict[str, str], int, int, bool, str]] = []
    written = 0  # lines with text above the current index, to tell replies from forwards
    written_at = 0
    index = 0
    separator_seen = forward_rule = False
    # the block above said its message was itself a forward ("Subject: Fwd: …")
    passed_on = False
    while index < len(expanded):
        if _SEPARATORS.search(heads[index]):
            separator_seen = True
            rule_here = bool(FORWARD_SEPARATORS.search(heads[index]))
            forward_rule = forward_rule or rule_here
            attributed = _attribution_below(heads, header_matches, index) if rule_here else None
            if attributed is not None:
                blocks.append((attributed[0], index + 1, attributed[1], True, ""))
                separator_seen = forward_rule = passed_on = False
                written_at = index = attributed[1]
                continue
        match = header_matches[index]
        if not match or _label_kind(match.group("label")) != "from":
            index += 1
            continue
        fields: dict[str, str] = {}
        recipients = ""  # kept apart: the To line counts as any other header line
        cursor = index
        blank_run = 0
        # allow the block to start with Subject/Date (Thunderbird) by looking back
        back = index - 1
        while back >= 0 and back >= index - 4:
            previous = header_matches[back]
            if not previous:
                if heads[back].strip(" >\t"):
                    break
                back -= 1
                continue
            fields.setdefault(_label_kind(previous.group("label")), _value(previous))
            if _TO_LABEL.fullmatch(previous.group("label").lower()):
                recipients = recipients or _value(previous)
            back -= 1
        while cursor < len(expanded) and cursor - index < 14:
            header = header_matches[cursor]
            if header:
                kind = _label_kind(header.group("label"))
                fields.setdefault(kind, _value(header).strip())
                if kind not in fields or kind == "other":
                    fields[kind + str(cursor)] = _value(header)
                if kind == "other" and _TO_LABEL.fullmatch(header.group("label").lower()):
                    recipients = recipients or _value(header)
                blank_run = 0
            elif not heads[cursor].strip(" >\t"):
                blank_run += 1
                if blank_run > 1 or len(fields) >= 3:
                    break
            # a label this list lacks ("Päivämäärä:") inside a block a From line began is
            # passed over: it neither ends the block nor counts towards one
            elif cursor == index or not _OTHER_LABEL_LINE.match(heads[cursor]):
                break
            cursor += 1
        header_count = len([key for key in fields if key != "from"])
        if header_count >= 2 or (header_count >= 1 and separator_seen):
            for line in heads[written_at : back + 1]:
                written += bool(line.strip(" >\t-_"))
            written_at = index
            is_forward = (
                forward_rule
                or written <= 2
                or passed_on
                or (forwarded and not blocks)
                or (bool(blocks) and _sent_on(blocks[-1][0], blocks[-1][4], fields, recipients))
            )
            blocks.append((fields, back + 1, cursor, is_forward, recipients))
            separator_seen = forward_rule = False
            passed_on = is_forward and bool(FORWARD_SUBJECT.match(fields.get("subject", "")))
            index = cursor
        else:
            index += 1
    unquoted: list[str] | None = None
    found: list[InlineForward] = []
    for fields, start, cursor, is_forward, recipients in blocks[-MAX_FORWARDS:]:
        if unquoted is None:
            unquoted = [_QUOTE.sub("", line) for line in expanded]
        above = (
            unquoted[line]
            for line in range(min(start, MAX_NOTE_LINES))
            if not header_matches[line] and not _SEPARATORS.search(heads[line])
        )
        address, name = _address_of(fields.get("from", ""))
        found.append(
            InlineForward(
                sender=address,
                sender_name=name,
                subject=fields.get("subject"),
                date_text=fields.get("date"),
                message_id=fields.get("message-id"),
                body="\n".join(_passed_on_body(expanded, unquoted, start, cursor)),
                is_forward=is_forward,
                notes="\n".join(above),
                recipients=recipients[:MAX_FIELD_CHARS],
            )
        )
    return found


def _passed_on_body(expanded: list[str], unquoted: list[str], start: int, cursor: int) -> list[str]:
    """The lines of the message below a header block, one "> " level off where the client
    quoted the block itself too (the iPhone's forward). Below a block written without "> ",
    a "> " line is the message's own quote of earlier mail and keeps its mark: a reply passed
    on still shows whose mail it answers ("… Cyril Mahé <…> a écrit :" over "> Bonjour")."""
    if any(_QUOTE.match(line) for line in expanded[start:cursor] if line.strip(" >\t")):
        return unquoted[cursor:]
    return expanded[cursor:]


def _sent_on(above: dict[str, str], above_to: str, fields: dict[str, str], recipients: str) -> bool:
    """Tell a mail passed on with Reply from one answered: the block above was sent by the
    one this block was written to, and not back to this block's sender (a user who hits
    Reply on a booking notice and sends it to Afterview, forwarded once more)."""
    writer, _ = _address_of(above.get("from", ""))
    sender, _ = _address_of(fields.get("from", ""))
    if not writer or not sender or not above_to:
        return False
    return writer.lower() in recipients.lower() and sender.lower() not in above_to.lower()


_QUOTE = re.compile(r"^[ \t]*+>[ \t]?")
_INDENT = re.compile(r"^(?: {4}|\t)")
QUOTED_FORWARD_LINES = 200


# the capitalised words right before the address of an attribution ("… 9:23 PM Alex Morgan
# <alex@…> wrote:", "schrieb Alex Morgan <…>:", "21:23, Alex Morgan <…> a écrit :")
_NAME_BEFORE_ADDRESS = re.compile(
    r"((?:[^\W\d_][\w.'-]{0,40} ){0,3}[^\W\d_][\w.'-]{0,40})[ \t\"']*<?[ \t]*$"
)
_DAY_PART_WORDS = frozenset({"am", "pm", "a.m.", "p.m.", "uhr", "um", "at", "à", "h"})


def _attributed_name(before: str) -> str | None:
    """Return the name an attribution gives its quoted author, when it gives one."""
    found = _NAME_BEFORE_ADDRESS.search(before[-200:])
    if found is None:
        return None
    words = found.group(1).split()
    while words and (not words[0][0].isupper() or words[0].lower() in _DAY_PART_WORDS):
        words.pop(0)
    return " ".join(words) or None


def quoted_forward(text: str) -> InlineForward | None:
    """Return the message a forward passes on as a quote, or None.

    Some clients forward the way they reply (Gmail's and Outlook's mobile apps, mutt with
    forward_quote): "On <date>, <who> wrote:" and the message below it with "> ". Only the
    caller knows the mail is a forward (its subject says so); here the attribution must name
    an address and the quote must start right below it.
    """
    lines = text.splitlines()[:MAX_SCANNED_LINES]
    for index, line in enumerate(lines[:QUOTED_FORWARD_LINES]):
        head = line[:MAX_HEADER_LINE_CHARS]
        if "--" in head:
            continue
        after = index + 1
        if not is_reply_header(head[:300]):
            # the attribution wrapped in two ("… <alex@example.com>" / "wrote:")
            following = lines[after].strip() if after < len(lines) else ""
            if not head.strip() or not following.endswith(":") or len(following) > 80:
                continue
            if is_reply_header(following) or not is_reply_header(f"{head} {following}"):
                continue
            head, after = f"{head} {following}", after + 1
        below = [item for item in lines[after : after + 3] if item.strip()][:2]
        found = _ADDRESS.search(head)
        if found is None or not below:
            continue
        quote = _QUOTE
        if not any(item.lstrip().startswith(">") for item in below):
            # Outlook for Mac indents the forwarded message by four spaces instead
            if not all(_INDENT.match(item) for item in below):
                continue
            quote = _INDENT
        return InlineForward(
            sender=found.group(0).lower(),
            sender_name=_attributed_name(head[: found.start()]),
            subject=None,
            date_text=head[:MAX_FIELD_CHARS],
            message_id=None,
            body="\n".join(quote.sub("", item) for item in lines[after:]),
            is_forward=True,
            notes="\n".join(lines[:index]),
        )
    return None


# Yandex writes no header block under its forward rule, only "26.10.2026, 13:10, "Name"
# <address>:" (the way a reply attributes a quote): when and who, ending in a colon.
RULE_ATTRIBUTION = re.compile(
    r"^[ \t>]*+(?P<date>[^<>@\n]{6,80}?),[ \t]*+(?P<who>[^<>@\n]{0,120}?)[ \t]*+"
    r"<(?P<address>[\w.+'-]+@[\w-]+(?:\.[\w-]+)+)>[ \t]*+:[ \t]*+$"
)


def _attribution_below(
    heads: list[str], matches: list[re.Match[str] | None], rule: int
) -> tuple[dict[str, str], int] | None:
    """Return the fields of an attribution line right below a forward rule, and the line
    after it, unless a header block follows there as usual."""
    for index in range(rule + 1, min(rule + 3, len(heads))):
        if matches[index]:
            return None
        if not heads[index].strip(" >\t"):
            continue
        found = RULE_ATTRIBUTION.match(heads[index][:MAX_FIELD_CHARS])
        if found is None or not any(char.isdigit() for char in found.group("date")):
            return None
        who = found.group("who").strip()
        fields = {"from": f"{who} <{found.group('address')}>", "date": found.group("date")}
        return fields, index + 1
    return None


def _value(match: re.Match[str]) -> str:
    return _decoded(match.group("value")[:MAX_FIELD_CHARS])


def _decoded(value: str) -> str:
    """A header value as the reader sees it: some clients copy a name into the forwarded
    block still in its MIME encoding ("To: =?utf-8?q?Miriam_=C3=96zdemir?= <…>"), which
    hides the name the message greets ("Hallo Frau Özdemir") from the block's To."""
    if "=?" not in value:
        return value
    try:
        return str(make_header(decode_header(value)))
    except (HeaderParseError, LookupError, UnicodeError, ValueError):
        return value


def _expanded_lines(lines: list[str]) -> list[str]:
    """Split header blocks that a client ran together onto one line."""
    expanded: list[str] = []
    for line in lines:
        if len(line) >= MAX_HEADER_LINE_CHARS:
            expanded.append(line)
            continue
        if _HEADER_LINE.match(line) and _RUN_TOGETHER.search(line):
            parts = _RUN_TOGETHER.split(line)
            # a label of two words whose second is a label too (Korean "보낸 날짜:") is one
            # field: the piece before the split would hold no colon
            if COLON_CHARS & set(parts[0]):
                expanded.extend(parts)
                continue
        separator = _SEPARATORS.search(line)
        if separator is not None and ":" in line:
            expanded.append(line[: separator.end()])  # (the match's letters are lowered)
            rest = line[separator.end() :]
            for part in _RUN_TOGETHER.split(rest.strip()) if rest.strip() else []:
                expanded.extend(_GLUED_SUBJECT.split(part) if COLON_CHARS & set(part) else [part])
        else:
            expanded.append(line)
    return expanded


# --- header blocks in languages without known labels ------------------------------------
# A client in a language the tables above lack (Roundcube's Albanian "Datë:", K-9's Welsh
# "Anfonwyd:", Outlook's Catalan "Enviat el:", Armenian labels ending in "՝") still writes
# the same shape: right below its rule, a run of short "Label: value" lines, one naming an
# address and one a date. The block is recognised by that shape alone, only where a forward
# or quote starts (below a rule of dashes or underscores, or first in a mail whose subject
# says it is a forward), so that "Date: … / Contact: …" in an invitation's own text stays
# the slot. Its unknown labels are rewritten to the English ones, which every reader knows.
_BEGIN_FORWARDED_LINE = re.compile(rf"^[ \t>]*+(?:{BEGIN_FORWARDED})[ \t]*+{COLON}$", re.IGNORECASE)
_GENERIC_RULE = re.compile(r"^[ \t>]*+(?:-{2,}+[^-\n]{2,60}-{2,}+|-{2,}+|_{10,}+)[ \t]*+$")
# Horde IMP ("----- Välitetty viesti lähettäjältä Ana Ruiz <ana@…> -----", in its languages)
# and NeoMutt ("----- Forwarded message from Ana Ruiz <ana@…> -----") name the sender inside
# the rule, which makes it longer than a title: such a rule, between runs of dashes and
# naming an address, starts a block too.
_SENDER_RULE = re.compile(r"^[ \t>]*+-{2,}+[ \t]++[^\n]{2,240}?[ \t]-{2,}+[ \t]*+$")
MAX_SENDER_RULE_CHARS = 320


def _names_sender(head: str) -> bool:
    """Tell a rule of dashes that names the forwarded mail's sender (Horde, NeoMutt)."""
    return (
        "@" in head
        and "--" in head
        and len(head) <= MAX_SENDER_RULE_CHARS
        and _SENDER_RULE.match(head) is not None
        and _ADDRESS.search(head) is not None
    )


_GENERIC_FIELD = re.compile(
    r"^(?P<lead>[ \t>]*+\**)(?P<label>[^\W\d_]"
    r"[^\s\d:\uff1a\u055d@<>()\[\]*]*+(?: [^\s\d:\uff1a\u055d@<>()\[\]*]++){0,3})"
    r"[ \t\xa0]*+\**[ \t\xa0]*+[:\uff1a\u055d](?P<value>[ \t\xa0]++\S.*)$"
)
_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
_CLOCK = re.compile(r"(?<!\d)\d{1,2}[:.]\d\d(?!\d)")
_YEAR_OR_CLOCK = re.compile(f"{_YEAR.pattern}|{_CLOCK.pattern}")
_CLOCK_RANGE = re.compile(r"\d[:.]\d\d[ \t]*+[-–—][ \t]*+\d")
MAX_GENERIC_FIELDS = 8


def canonical_headers(text: str, forwarded: bool = False) -> str:
    """Rewrite forward header blocks whose labels are unknown into English labels."""
    if "@" not in text or not (forwarded or "--" in text or "__" in text):
        return text
    lines = text.split("\n")
    changed = False
    starts = [0] if forwarded else []
    from_seen = False
    for index, line in enumerate(lines[:MAX_SCANNED_LINES]):
        head = line[:MAX_HEADER_LINE_CHARS].rstrip("\r")
        if (("--" in head or "__" in head) and _GENERIC_RULE.match(head)) or _names_sender(head):
            starts.append(index + 1)
        elif head.endswith((":", "\uff1a")) and _BEGIN_FORWARDED_LINE.match(head):
            # Apple Mail's "Välitetty viesti alkaa:" heads its block as a rule would
            starts.append(index + 1)
        elif forwarded and not from_seen and index < MAX_NOTE_LINES and "@" in head:
            # new Outlook writes no rule: in a forward, its block starts at the first
            # known From line below the forwarder's note ("Lähettäjä: … <…@…>")
            found = _HEADER_LINE.match(head)
            if found is not None and _label_kind(found.group("label")) == "from":
                from_seen = True
                if index > 0:
                    starts.append(index)
    for start in starts:
        # the block starts on the next line, or after one blank line (HTML converted)
        cursor = start
        while cursor < len(lines) and cursor - start < 2 and not lines[cursor].strip(" \t>\r"):
            cursor += 1
        changed |= _rewrite_block(lines, cursor)
    return "\n".join(lines) if changed else text


def _rewrite_block(lines: list[str], first: int) -> bool:
    fields: list[tuple[int, re.Match[str]]] = []
    for index in range(first, min(first + MAX_GENERIC_FIELDS, len(lines))):
        found = _GENERIC_FIELD.match(lines[index][:MAX_FIELD_CHARS].rstrip("\r"))
        if found is None or len(found.group("label")) > 30:
            break
        fields.append((index, found))
    if len(fields) < 3:
        return False
    addresses = [i for i, found in fields if _ADDRESS.search(found.group("value"))]
    dates = [
        i
        for i, found in fields
        if "@" not in found.group("value") and _YEAR_OR_CLOCK.search(found.group("value"))
    ]
    if not addresses or len(dates) != 1:
        return False
    when = fields[[i for i, _ in fields].index(dates[0])][1].group("value")
    if _CLOCK_RANGE.search(when):
        return False  # "14:00-15:00" is a meeting's time, never when a message was sent
    if len(addresses) < 2 and not (_YEAR.search(when) and _CLOCK.search(when)):
        # a lone address (an interviewer's, a contact's) beside a date is as likely the
        # invitation's own details; a client's block names sender and recipient, or dates
        # the message to the minute
        return False
    if all(_HEADER_LINE.match(lines[i][:MAX_HEADER_LINE_CHARS]) for i, _ in fields):
        return False  # labels already known
    roles: dict[int, str] = {addresses[0]: "From", dates[0]: "Date"}
    roles.update({i: "To" for i in addresses[1:]})
    rest = [i for i, _ in fields if i not in roles]
    if rest:
        roles[rest[0]] = "Subject"
    changed = False
    for index, found in fields:
        role = roles.get(index)
        known = _HEADER_LINE.match(lines[index][:MAX_HEADER_LINE_CHARS])
        if role is None or (known and _label_kind(known.group("label")) == role.lower()):
            continue
        if known and role == "To" and _label_kind(known.group("label")) == "other":
            continue
        ending = "\r" if lines[index].endswith("\r") else ""
        lines[index] = f"{found.group('lead')}{role}:{found.group('value')}{ending}"
        changed = True
    return changed
