"""Turn one forwarded mail (or bare .ics) into the facts of the interview it announces."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime, timedelta, timezone, tzinfo
from email.utils import getaddresses, parsedate_to_datetime
from functools import cache, lru_cache
from itertools import chain, pairwise

from service.parsing.asked import ASKED_TIME_NOTE, asked_mood
from service.parsing.calendar import FLOATING_NOTE, CalendarEvent, read_calendar
from service.parsing.choices import LIST_ROW as _LIST_ROW
from service.parsing.choices import (
    agrees,
    asks_for_slot,
    chosen_from_quote,
    confirmed_elsewhere,
    confirms,
    restates_option,
)
from service.parsing.classify import (
    categorise,
    has_list_footer,
    is_rejection_or_bulk,
    is_relayed_message,
)
from service.parsing.details import (
    INTERMEDIARY_DOMAINS,
    ROLE_MAILBOXES,
    employer_domain,
    find_company,
    find_dial_in,
    find_meeting_url,
    find_role,
)
from service.parsing.eras import hijri_disagrees
from service.parsing.forwards import (
    FORWARD_SEPARATORS,
    InlineForward,
    canonical_headers,
    find_forwards,
    quoted_forward,
)
from service.parsing.lexicon import (
    ABSENCE_CUES,
    ALTERNATIVES_CUES,
    AUTO_REPLY_CUES,
    AUTO_REPLY_SUBJECT,
    CALENDAR_ACTIVITY_CUES,
    CALENDAR_EXPORT_CUES,
    CALENDAR_RESPONSE_CUES,
    CALENDAR_RESPONSE_SUBJECT,
    CANCELLATION_CONDITION,
    CANCELLATION_POLICY,
    CANCELLED_CUES,
    CANCELLING_CUES,
    CATALOG_ABSENCE_CUES,
    CATALOG_CANCELLED_CUES,
    CATALOG_NOTICE_CUES,
    CATALOG_REPLY_CUES,
    CATALOG_UPDATED_CUES,
    CONFIRMS_QUOTED_SLOT,
    DAY_LONG_INTERVIEW,
    DECLINE_CUES,
    DECLINE_MORE_EUROPEAN_CUES,
    DECLINE_MORE_LANGS_CUES,
    DIGEST_CUES,
    FORWARD_SUBJECT,
    HTML_STUB_CUES,
    JOURNEY_LEG_TITLE,
    MEETING_CUES,
    MEETING_WITH_PERSON,
    MOVE_VERB_WORDS,
    NEW_SLOT_ROW,
    NON_HIRING_OCCASION_TITLE,
    OFFER_CUES,
    OLD_SLOT_ROW,
    OTHER_BUSINESS_CUES,
    PERSONAL_OCCASION_TITLE,
    READER_ASKS_ALTERNATIVE,
    REPLY_AGREES,
    RESCHEDULED_CUES,
    ROOM_BOOKING_TITLE,
    SELF_SCHEDULE_CUES,
    SERVICE_APPOINTMENT_TITLE,
    SERVICE_BOOKING_CUES,
    SERVICE_NOUN_TITLE,
    SERVICE_ROW,
    SHARED_REPLY_FORWARD_SUBJECT,
    SLOT_ASSIGNED,
    SPORTS_FIXTURE_TITLE,
    SUBJECT_CALENDAR_NOTICE,
    SUBJECT_CANCELLED,
    SUBJECT_DELETED_BOOKING,
    SUBJECT_RESCHEDULED,
    TASK_PROGRESS_FIELD,
    TEAM_OCCASION_TITLE,
    TEAM_ROUTINE_TITLE,
    TEAM_ROUTINE_VETO,
    VISIT_PROGRAMME_CUES,
    WORKPLACE_ROUTINE_TITLE,
    ZONE_LABELS,
    CaseBlindCues,
    detect_language,
    has_invitation_cue,
    is_reply_header,
    split_at_sign_off,
    without_legal_notices,
)
from service.parsing.links import link_slots, markup_slots
from service.parsing.lookalikes import (
    COACHING_SESSION_TITLE,
    CONTRACT_SIGNING_CUES,
    EMPLOYEE_REVIEW_CUES,
    GREETS_SOMEONE_ELSE,
    GUIDANCE_SESSION_CUES,
    HIRED_ALREADY_CUES,
    HIRING_WORDS,
    HOST_BOOKING_NOTE,
    INVITING_CUES,
    MOVE_ASKED_NOTE,
    MOVE_MADE_CUES,
    NEW_HIRE_CUES,
    OPEN_HOUSE_TITLE,
    OTHERS_CALENDAR_CUES,
    OTHERS_MEETING_CUES,
    OUTAGE_CUES,
    OWN_AVAILABILITY_CUES,
    OWN_PROPOSAL_CUES,
    OWN_SLOT_CUES,
    PICKED_CUES,
    PRACTICE_CUES,
    PREPARES_YOUR_INTERVIEW,
    PUBLIC_EVENT_CUES,
    PUBLIC_TALK_CUES,
    READERS_SHIFT_CUES,
    SPEAKER_NOTE,
    STAND_IN_CUES,
    STAND_IN_NOTE,
    START_DATE_CUES,
    YOUR_INTERVIEW,
    MailView,
    about_a_relative,
    about_someone_elses_candidate,
    addressed_elsewhere,
    answers_greeted,
    asked_to_pass_on,
    asked_to_stand_in,
    at_readers_home,
    candidate_told_of,
    copied_to_join,
    day_plan,
    embassy_as_employer,
    fetching_the_candidate,
    for_a_child,
    greets_another_by_full_name,
    greets_by_name,
    hears_of_anothers_interview,
    hires_nobody,
    hiring_side_title,
    in_forwarding_warning,
    interviewer_side,
    lookalike_reason,
    met_there,
    named_one_attends,
    named_person_has_interview,
    names_job_search_word,
    names_own_interview,
    note_greets_someone,
    on_the_panel,
    open_to_many,
    other_party_talk,
    own_interview_day,
    passed_on_for_someone,
    passes_on_own_invitation,
    reader_chooses,
    reader_is_hiring,
    reader_tokens,
    readers_own_row,
    registration_confirmed,
    seminar_in_job_mail,
    sentence_bounds,
    students_appointment,
    subject_names_someone,
    time_sentence,
    wrapped_sentence,
    wrapped_time_line,
    writer_applies,
    writers_own_interview,
)
from service.parsing.mime import (
    UTF16_BOMS,
    Envelope,
    build_envelope,
    calendar_as_utf8,
    decode_bytes,
    looks_like_message,
    read_message,
)
from service.parsing.model import Category, Kind, ParsedMessage, ParseError, Person
from service.parsing.screen import reads_unlike_invitations
from service.parsing.text import by_slot_lines
from service.parsing.text import html_to_text as _html_to_text
from service.parsing.when import (
    ASKED_MOVE_NOTE,
    MOVED_AWAY_NOTE,
    POSTSCRIPT,
    SegmentReadings,
    asked_to_move,
    find_times,
    is_reply_subject,
    lone_date,
    moved_away,
    shift_by_stated_span,
)
from service.parsing.when_choosers import CONFIRMED_QUOTE_NOTE
from service.parsing.when_common import Context, FoundTime, Segment
from service.parsing.when_ends import add_durations
from service.parsing.when_lines import opens_header_block
from service.parsing.zone_words import read_zone
from service.parsing.zones import (
    COUNTRY_ZONES,
    LANGUAGE_ZONES,
    OFFSET_ZONES,
    iana_zone,
    same_zone,
)

MAX_INPUT_BYTES = 64 * 1024 * 1024


@lru_cache(maxsize=8)
def html_to_text(html: str, quotes: bool = False) -> str:
    """Convert HTML once per message, however many readers ask for its text; with `quotes`
    (an HTML-only body), quoted mail in <blockquote>s keeps its "> " marks."""
    return canonical_headers(_html_to_text(_unstruck(html), quotes))


# where a zone is written after a time: "10:45am (Pacific Time - Los Angeles)", "10:45 AM
# Mountain Time (US & Canada)", or on the line below the time, where an HTML layout breaks
# it ("13:00 – 13:45<br>Midden-Europese tijd - Amsterdam")
_BEFORE_ZONE = re.compile(r"\(|\d(?:[ \t]?[ap]\.?[ \t]?m\.?)?(?:[ \t]|[ \t]*\r?\n)", re.IGNORECASE)
_IANA_IN_TEXT = re.compile(r"\b([A-Z][a-z]+(?:_[A-Z][a-z]+)*/[A-Z][A-Za-z_]+)\b")
# a row or line that names the zone of every time the mail shows ("Zeitzone: Berlin (+1:00)",
# "Часовой пояс" in one table cell and "Moscow (+3:00)" in the next)
_ZONE_ROW = re.compile(rf"(?:^|[\s(])(?:{ZONE_LABELS})[ \t]*[:：]?\s*", re.IGNORECASE)
_HEADER_BLOCK = re.compile(rb"(?:[A-Za-z][A-Za-z0-9-]{0,60}:[ \t][^\r\n]*\r?\n){2}")
_HTML_SHAPE = re.compile(rb"<(?:html|body|div|p|br|table|span|a|b|blockquote)\b", re.IGNORECASE)


@dataclass
class _Sources:
    """The mail as layers: outer envelope, innermost original, and their texts."""

    outer: Envelope
    original: Envelope
    inline: InlineForward | None
    texts: list[str] = field(default_factory=list)
    # header blocks down to the innermost forward: a forward of a forward passes the
    # message on twice, and neither block quotes older mail
    forward_blocks: int = 0
    calendars: list[bytes] = field(default_factory=list)
    # the user's mail that carried `outer` as an attachment (message/rfc822), when it did
    wrapper: Envelope | None = None
    # the From of each forward block above the message passed on: whoever forwarded it
    forwarders: tuple[str, ...] = ()
    # who passed the innermost message on (display name, address): the From of the block
    # right above it, the author of the quote that carries it, or else the outer sender
    passer: tuple[str | None, str | None] | None = None
    # what that passer wrote above the message, in a forward of a forward (the notes of the
    # forwards further out left off)
    passer_note: str = ""
    # the mail is the user's Bcc copy of their own reply, `inline` standing for it as the
    # forward of that reply would (see _bcc_copy_of_own): its quotes are read as a reply's
    bcc_copy: bool = False
    # a "VS:" subject (Finnish reply, Danish and Norwegian forward) on a mail that answers
    # the one it quotes (see _answers_quoted): read as a reply, not a forward
    shared_reply: bool = False
    # _message_text's answer, once the forward is found: the text reading and the calendar
    # screen both read it
    message_text: str | None = None


def parse_message(raw: bytes, *, now: datetime | None = None) -> ParsedMessage:
    """Return what a mail or bare calendar says about an interview.

    Raises ParseError only when the bytes are not a message or calendar at all.
    """
    if not isinstance(raw, bytes | bytearray | memoryview):
        raise ParseError("input is not bytes")
    raw = bytes(raw)
    if len(raw) > MAX_INPUT_BYTES:
        raise ParseError("input is larger than 64 MB")
    if not raw.strip():
        raise ParseError("input is empty")
    if raw[:2] in UTF16_BOMS:
        # a calendar (or mail) saved as UTF-16 by Windows Calendar and Outlook exports
        raw = calendar_as_utf8(raw, "utf-16")
    head = raw[:65536]
    if _looks_binary(head):
        raise ParseError("input is binary data, not a message or calendar")
    try:
        sources = _sources(raw)
        return _parse(sources, now)
    except ParseError:
        raise
    except RecursionError as error:
        raise ParseError("message is nested too deeply to read") from error
    except Exception as error:  # the caller gets a result or ParseError, never a crash
        return ParsedMessage(
            kind="not_invitation",
            confidence=0.0,
            warnings=(f"internal parser failure: {type(error).__name__}",),
        )


_CONTROL_BYTES = bytes([*range(9), *range(14, 27), *range(28, 32), 127])


def _relabel(envelope: Envelope) -> None:
    """Give forward header blocks in languages without known labels the English ones, in
    the plain parts every reader takes (the HTML is relabelled as it is converted)."""
    forwarded = bool(FORWARD_SUBJECT.match(envelope.subject or ""))
    envelope.plain[:] = [canonical_headers(text, forwarded) for text in envelope.plain]


def _looks_binary(head: bytes) -> bool:
    if b"\x00" in head:
        return True
    # ESC (27) is ordinary in ISO-2022-JP mail, which switches character sets with it
    control = len(head) - len(head.translate(None, _CONTROL_BYTES))
    if control > len(head) * 0.05:
        return True
    text = head.decode("utf-8", errors="replace")
    if text.count("\ufffd") > len(text) * 0.3 and not _HEADER_BLOCK.match(head):
        # a header block then 8-bit text (KOI8-R, windows-1251 without a charset) is mail
        # not utf-8: legal for latin-1 mail, but then the bytes must contain letters
        letters = len(head) - len(head.translate(None, bytes(range(65, 123))))
        return letters < len(head) * 0.3
    return False


def _sources(raw: bytes) -> _Sources:
    stripped = raw.lstrip(b"\xef\xbb\xbf \t\r\n")
    # a bare VEVENT (libical's and icalendar's test files, snippets pasted from a calendar)
    # is a calendar without its envelope: read it as one
    if stripped[:15].upper() == b"BEGIN:VCALENDAR" or stripped[:12].upper() == b"BEGIN:VEVENT":
        envelope = Envelope(calendars=[stripped])
        return _Sources(outer=envelope, original=envelope, inline=None, calendars=[stripped])
    message = read_message(raw)
    if looks_like_message(message):
        outer = build_envelope(message)
    else:
        outer = Envelope()
        text = decode_bytes(raw, None)
        if _HTML_SHAPE.search(raw[:20000]):
            outer.html.append(text)
        else:
            outer.plain.append(text)
    _relabel(outer)
    wrapper: Envelope | None = None
    if outer.attached:
        # Forwarded as an attachment ("Forward as attachment", a saved .eml dropped in),
        # the message arrives whole: it is read as if it had come directly, its own inline
        # forward, quotes, Date and sender included. The user's mail around it only says
        # who passed it on and when.
        wrapper, outer = outer, outer.attached[0]
        _relabel(outer)
    original = outer
    while original.attached:
        original = original.attached[0]
        _relabel(original)
    sources = _Sources(outer=outer, original=original, inline=None, wrapper=wrapper)
    layers = [original] if original is outer else [original, outer]
    if wrapper is not None:
        layers.append(wrapper)
    for layer in layers:
        sources.calendars.extend(layer.calendars)
    return sources


def _texts(envelope: Envelope, *, prefer_plain: bool = True) -> list[str]:
    key = "texts" if prefer_plain else "html texts"
    if key not in envelope.read:
        envelope.read[key] = _read_texts(envelope, prefer_plain)
    return list(envelope.read[key])


def _read_texts(envelope: Envelope, prefer_plain: bool) -> list[str]:
    plain = _plain_parts(envelope)
    if plain and prefer_plain:
        return plain
    converted = [html_to_text(html, quotes=not plain) for html in envelope.html]
    return [text for text in converted if text.strip()] or list(envelope.plain)


def _plain_parts(envelope: Envelope) -> list[str]:
    """Return the plain-text parts worth reading: none when they only send to the HTML."""
    if "plain" not in envelope.read:
        envelope.read["plain"] = _read_plain_parts(envelope)
    return list(envelope.read["plain"])


def _read_plain_parts(envelope: Envelope) -> list[str]:
    plain = [text for text in envelope.plain if text.strip()]
    if plain and envelope.html and all(_is_html_stub(text) for text in plain):
        return []
    if plain and envelope.html and all(_is_link_only(text) for text in plain):
        # "Si no ves bien este correo, ábrelo en tu navegador: https://…" beside a full HTML
        # part: a web-view pointer in any language, told by its shape, not by its words
        html_words = sum(len(html_to_text(item).split()) for item in envelope.html[:3])
        plain_words = sum(len(_URL.sub(" ", _without_footer(text)).split()) for text in plain)
        if html_words >= max(LINK_STUB_HTML_WORDS, 2 * plain_words):
            return []
    if plain and envelope.html and _stale_plain(plain, envelope.html[0]):
        return []
    if plain and envelope.html and "lockquote" in envelope.html[0][:MAX_QUOTE_SCAN]:
        plain = [_quoted_like_html(text, envelope.html[0]) for text in plain]
    if envelope.html and ("ignature" in envelope.html[0] or "_MailAutoSig" in envelope.html[0]):
        plain = [_signed_like_html(text, envelope.html[0]) for text in plain]
    # a move's old/new columns in plain text: one labelled slot a line
    return [by_slot_lines(text) for text in plain]


# how much of an HTML twin is looked at for blockquotes, and how long a plain part may be
# for its quotes to be restored from it (a forward of a thread, not an archive)
MAX_QUOTE_SCAN = 200_000
_QUOTE_RESTORE_LINES = 400
_QUOTE_MARK = re.compile(r"^[ \t]*>", re.MULTILINE)


# a clock written in digits: "11:00", "4.45", "15h30", "10 h 00"
_DIGIT_CLOCK = re.compile(r"(?<![\d.:])([01]?\d|2[0-3]) ?[:.h] ?([0-5]\d)(?![\d.:])")


def _clocks(text: str) -> set[tuple[int, int]]:
    return {(int(h) % 12, int(m)) for h, m in _DIGIT_CLOCK.findall(text[:MAX_STALE_SCAN])}


MAX_STALE_SCAN = 20_000


def _stale_plain(plain: list[str], html: str) -> bool:
    """Tell whether the plain alternative is an older text than the HTML every mail client
    shows: both give clock times and not one of the plain part's is in the HTML (a template
    whose text version was not updated when the slot moved). The reader sees the HTML."""
    written = set().union(*(_clocks(text) for text in plain))
    if not written:
        return False
    shown = _clocks(html_to_text(html))
    return bool(shown) and not written & shown


def _quoted_like_html(plain: str, html: str) -> str:
    """Read the plain part with the quote marks its HTML twin shows, where it lost them.

    A client that writes the plain alternative from the HTML of a message it forwards
    (Gmail or Outlook passing on an HTML-only Roundcube or Thunderbird thread) may drop the
    <blockquote> levels: "X wrote:" then the quoted mail and the reply written below it run
    on as one text, and the newest reply at the bottom reads as quoted earlier mail. The HTML
    still nests them; its text with "> " marks is read instead when it carries the same
    attribution and the plain part has no quote mark at all."""
    if _QUOTE_MARK.search(plain) or plain.count("\n") > _QUOTE_RESTORE_LINES:
        return plain
    quoted = html_to_text(html, quotes=True)
    lines = quoted.split("\n")
    first = next((index for index, line in enumerate(lines) if line.startswith(">")), None)
    if first is None:
        return plain
    attribution = next((line.strip() for line in reversed(lines[:first]) if line.strip()), "")
    inner = next((line.strip(" >") for line in lines[first:] if line.strip(" >")), "")
    flat = " ".join(plain.split())
    if not attribution or not inner or " ".join(attribution.split()) not in flat:
        return plain
    if " ".join(inner.split()) not in flat:
        return plain
    return quoted


def _signed_like_html(plain: str, html: str) -> str:
    """Put "-- " above the plain part's signature where its HTML twin marks one.

    Outlook and Gmail mark the signature block in the HTML (id="Signature",
    class="gmail_signature") but write no "-- " in the plain part, so office hours there
    would read as the meeting in plain text and as a signature in the HTML. The block's first
    line, found once unquoted in the plain part, is where the signature starts."""
    if plain.count("\n") > 400:
        return plain
    # a "-- " the plain part has already ends the text: the marked block is looked for above
    converted = html_to_text(html)
    mark = _SIGNATURE_DELIMITER.search(converted)
    if mark is None:
        return plain
    first = next(
        (line.strip() for line in converted[mark.end() :].splitlines() if line.strip()), ""
    )
    if len(first) < 3:
        return plain
    cut = _SIGNATURE_DELIMITER.search(plain)
    lines = plain.split("\n")
    above = plain.count("\n", 0, cut.start()) if cut else len(lines)
    at = [index for index, line in enumerate(lines[:above]) if line.strip() == first]
    if len(at) != 1 or at[0] == 0:
        return plain
    eol = "\r" if lines[at[0]].endswith("\r") else ""
    return "\n".join([*lines[: at[0]], f"-- {eol}", *lines[at[0] :]])


_URL = re.compile(r"\bhttps?://\S+|\bwww\.\S+", re.IGNORECASE)


def _is_html_stub(text: str) -> bool:
    """Tell a plain alternative that only says "view this mail in HTML" from a real one."""
    if len(text) > 8 * STUB_LIMIT:
        return False
    words = _URL.sub(" ", _without_footer(text))
    return len(words.strip()) <= STUB_LIMIT and bool(HTML_STUB_CUES.search(words))


STUB_LIMIT = 600
# A plain alternative that is a link and a few words without a single digit sends the reader
# to the HTML; the HTML beside it must say clearly more (twice the words, and a dozen).
LINK_STUB_WORDS = 20
LINK_STUB_HTML_WORDS = 12
_DIGIT_ANYWHERE = re.compile(r"\d")
# Cyrillic reads as Russian for dates, but the sender's clock differs: letters only Ukrainian
# writes (і, ї, є, ґ) with none only Russian writes (ы, э, ъ, ё) make it a Ukrainian mail,
# whose zone is Kyiv's (+02 in winter, +03 in summer) where the Date header's offset agrees.
_UKRAINIAN_ONLY = re.compile(r"[іїєґІЇЄҐ]")
_RUSSIAN_ONLY = re.compile(r"[ыэъёЫЭЪЁ]")


def _zone_language(language: str, text: str) -> str:
    """The language whose one zone a mail naming no zone most likely means."""
    sample = text[:6000]
    if language == "ru" and _UKRAINIAN_ONLY.search(sample) and not _RUSSIAN_ONLY.search(sample):
        return "uk"
    return language


def _without_footer(text: str) -> str:
    """The text above the sender's footer: a signature under RFC 3676's "-- " line and a
    legal notice's paragraphs are appended by the sender's server or client, and say
    nothing about whether the part is a stub pointing to the HTML."""
    cut = _SIGNATURE_DELIMITER.search(text)
    return without_legal_notices(text[: cut.start()] if cut else text)


_SIGNATURE_DELIMITER = re.compile(r"^-- \r?$", re.MULTILINE)


def _is_link_only(text: str) -> bool:
    """Tell a plain part that is only a link and a short line about it ("Ver no browser:
    https://…"): no number of its own, so no date or time is in it."""
    text = _without_footer(text[: 8 * STUB_LIMIT])
    if len(text) > STUB_LIMIT or not _URL.search(text):
        return False
    words = _URL.sub(" ", text)
    return len(words.split()) <= LINK_STUB_WORDS and not _DIGIT_ANYWHERE.search(words)


def _reference(sources: _Sources, now: datetime | None) -> tuple[datetime, bool]:
    attached = sources.original.date if sources.original is not sources.outer else None
    for moment in (attached, _inline_date(sources.inline, sources.outer.date), sources.outer.date):
        if moment is not None:
            return moment, True
    if now is not None and now.tzinfo is not None:
        return now, False
    return datetime.now(UTC), False


_FORWARD_DATE_WORDS = re.compile(r"\b(?:at|um|à|a las|alle|om|às|o)\b")
_NUMERIC_DAY_MONTH = re.compile(r"\b\d{1,2}[./-]\d{1,2}\b")


def _inline_date(forward: InlineForward | None, forwarded: datetime | None) -> datetime | None:
    """Return when the forwarded message was written, so that "Thursday" in it means the
    Thursday after that day. Mail clients print the date in the forwarding user's zone and
    often without naming it ("Mon, Feb 23, 2026 at 9:00 AM"), and numeric dates in the
    user's own order ("12/08/2026 11:03"): a reading after the forward itself is wrong."""
    if forward is None or not forward.date_text or forwarded is None:
        return None
    text = forward.date_text.strip()
    try:
        parsed = parsedate_to_datetime(text)
        if parsed.tzinfo is not None:
            return parsed if parsed <= forwarded + timedelta(hours=1) else None
    except (TypeError, ValueError, IndexError):
        pass
    apple = _CLOCK_WITH_SECONDS.search(text[:200])
    if apple is not None:
        # Apple Mail: "26 de mayo de 2026, 6:00:00 GMT+3", "26 Ekim 2026 14:25:08 GMT+3"
        text = text[: apple.start()] + apple.group("clock")
        if apple.group("abbr"):
            text += " " + apple.group("abbr")  # "09.26.50 CET": the zone stays, seconds go
        if apple.group("hours"):
            sign = -1 if apple.group("hours").startswith("-") else 1
            offset = timedelta(
                hours=int(apple.group("hours")), minutes=sign * int(apple.group("minutes") or 0)
            )
            forwarded = forwarded.astimezone(timezone(offset))
    read = _read_forward_date(text, forwarded)
    if read is not None:
        return read
    import dateparser

    cleaned = _FORWARD_DATE_WORDS.sub("", text)[:100]
    # Naming the languages spares dateparser trying all of its two hundred (0.2 s a date).
    languages = list(dict.fromkeys([detect_language(f"{text}\n{forward.body[:2000]}"), "en"]))
    readings = []
    # the order of day and month matters only to an all-digit date ("12/08/2026")
    orders = ("MDY", "DMY") if _NUMERIC_DAY_MONTH.search(cleaned) else ("DMY",)
    for order in orders:
        try:
            found = dateparser.parse(cleaned, languages=languages, settings={"DATE_ORDER": order})
        except Exception:  # dateparser raises assorted errors on odd input
            return None
        if found is None:
            return None
        if found.tzinfo is None:
            found = found.replace(tzinfo=forwarded.tzinfo)
        if forwarded - timedelta(days=366) <= found <= forwarded + timedelta(hours=1):
            readings.append(found)
    # both orders fit when the day is 12 or less: mail is forwarded soon after it arrives
    return max(readings, default=None)


FORWARD_DATE_WINDOW = timedelta(days=366)
# A forward header's clock with seconds and Apple Mail's "GMT+3" after it, which the prose
# reader takes for neither a clock nor a zone.
_CLOCK_WITH_SECONDS = re.compile(
    r"(?P<clock>\b\d{1,2}[:.]\d{2})[:.]\d{2}\b"
    r"(?:[ \t]*+(?:GMT|UTC)[ \t]*+(?P<hours>[+-]\d{1,2})(?::?(?P<minutes>\d{2}))?)?"
    # or a zone's abbreviation, as Yahoo (da, it, sv, nl: "09.26.50 CET") and Apple Mail
    # (it, no, sv, pt-BR: "14:25:08 EEST") print it after the seconds
    r"(?:[ \t]++(?P<abbr>[A-Z]{2,5}))?[ \t]*+$"
)
_MERIDIEM_MARK = re.compile(r"\b[ap]\.?\s?m\b|午前|午後|오전|오후|上午|下午", re.IGNORECASE)
_UNPADDED_HOUR = re.compile(r"(?<![\d:.])(\d[:.]\d\d)(?![\d.:])")


def _read_forward_date(text: str, forwarded: datetime) -> datetime | None:
    """Read a forward header's date with the prose reader, which knows the clients' layouts
    in every language it reads ("Mo., 16. März 2026 um 14:05 Uhr", "lunes, 16 de marzo de
    2026 14:05", "2026年3月16日(月) 14:05"); the header's language is often not the body's,
    which is all dateparser is told. An all-digit date whose order is a guess is left to
    the caller, which weighs both orders."""
    context = Context(
        reference=forwarded - FORWARD_DATE_WINDOW,
        dated=True,
        default_zone=forwarded.tzinfo or UTC,
        default_zone_name=None,
    )
    if not _MERIDIEM_MARK.search(text):
        # a client prints its clock in 24 hours unless it writes am/pm: Gmail's Spanish
        # "mar, 26 may 2026 a las 6:00" is six in the morning, not the afternoon hour a
        # bare "6:00" in prose would be
        text = _UNPADDED_HOUR.sub(r"0\1", text)
    readings = find_times([Segment(text[:200], "body")], context)
    if not readings or readings[0].order_assumed:
        return None
    found = readings[0].start
    year = _WRITTEN_YEAR.search(text[:200])
    if year is not None and int(year.group(0)) != found.year:
        # the reader took the day and month but not the year written beside them (Basque
        # "2026(e)ko azaroak 9"): a date a year off would anchor every weekday wrongly
        return None
    return found if found <= forwarded + timedelta(hours=1) else None


_WRITTEN_YEAR = re.compile(r"(?<!\d)20\d\d(?!\d)")


def _find_passed_on(sources: _Sources) -> None:
    """Find the mail a message passes on inline: a forward, or the user's Bcc copy of a reply."""
    outer, original = sources.outer, sources.original
    texts = _texts(original) if original is not outer or not sources.calendars else []
    if original is outer and not sources.calendars:
        texts = _texts(outer)
    if original is outer:
        candidates = texts or _texts(outer)
        if outer.html and outer.plain and FORWARD_SUBJECT.match(outer.subject or ""):
            # Outlook and Apple Mail may keep the forwarded headers in the HTML alone,
            # the plain part holding only the user's note
            candidates = [*candidates, *_texts(outer, prefer_plain=False)]
        forwarded = bool(FORWARD_SUBJECT.match(outer.subject or ""))
        if forwarded and SHARED_REPLY_FORWARD_SUBJECT.match(outer.subject or ""):
            sources.shared_reply = any(
                _answers_quoted(outer, find_forwards(text, False)) for text in candidates[:3]
            )
            forwarded = not sources.shared_reply
        for text in candidates:
            blocks = find_forwards(text, forwarded)
            if not _quotes_a_reply(
                outer, text, blocks, reply=sources.shared_reply
            ) and _find_inline(sources, text, forwarded, blocks):
                break
        if sources.inline is None and _bcc_copy_of_own(sources, texts):
            # the user's Bcc copy of their reply is read as the forward of that reply: the
            # user passes on their own mail, the employer's quoted under it
            sources.inline = InlineForward(
                sender=outer.sender,
                sender_name=outer.sender_name,
                subject=outer.subject,
                date_text=None,
                message_id=outer.message_id,
                body=texts[0].replace("\r\n", "\n"),
                is_forward=True,
                recipients=outer.recipient_text,
            )
            sources.bcc_copy = True


def _subject_of(sources: _Sources) -> str | None:
    """The subject of the mail passed on, or of the mail itself."""
    original = sources.original
    subject = original.subject if original is not sources.outer else sources.outer.subject
    if sources.inline and sources.inline.subject:
        subject = sources.inline.subject
    return subject


def _message_text(sources: _Sources) -> str:
    """What the message passed on says, without the forwarder's note and header block.

    When only the HTML alternative gives a clock, it is the message: a plain part that points
    to a table ("the details are below") says no more of what the mail is than an empty one.
    """
    if sources.message_text is None:
        sources.message_text = _read_message_text(sources)
    return sources.message_text


def _read_message_text(sources: _Sources) -> str:
    if sources.inline is not None:
        return sources.inline.body
    original = sources.original
    body = "\n".join(_texts(original))
    if original.html and not _clocks(body):
        html = "\n".join(_texts(original, prefer_plain=False))
        if _clocks(html):
            return html
    return body


def _sample(subject_text: str, message: str) -> str:
    """The subject and head of the message, which the checks of its wording read."""
    return f"{subject_text}\n{message[:6000]}"


def wording(raw: bytes) -> str:
    """The text the screen reads for a mail (tests/bench/train_screen.py trains it on exactly
    this)."""
    sources = _passed_on_sources(raw)
    return _sample(_subject_of(sources) or "", _message_text(sources))


def calendar_wording(raw: bytes) -> str | None:
    """The text the calendar screen reads for a mail whose calendar gives a slot, else None."""
    sources = _passed_on_sources(raw)
    reference, dated = _reference(sources, None)
    event = _first_event(sources.calendars, reference if dated else None)
    if event is None or event.start is None:
        return None
    return _calendar_sample(event, _subject_of(sources), sources)


def _passed_on_sources(raw: bytes) -> _Sources:
    """A mail's parts with the message passed on in it found, as a parse reads them."""
    sources = _sources(raw)
    _find_passed_on(sources)
    return sources


def _calendar_sample(event: CalendarEvent, subject: str | None, sources: _Sources) -> str:
    """The subject, the event's title and notes, then the message: what the file says it is
    before what the mail around it says."""
    told = "\n".join(text for text in (event.summary, event.description) if text)
    return _sample(subject or "", f"{told}\n{_message_text(sources)}")


def _parse(sources: _Sources, now: datetime | None) -> ParsedMessage:
    outer, original = sources.outer, sources.original
    notes: list[str] = list(outer.warnings)
    _find_passed_on(sources)
    reference, dated = _reference(sources, now)
    original_sender = (
        original.sender
        if original is not outer
        else (sources.inline.sender if sources.inline else None)
    )
    original_message_id = (
        original.message_id
        if original is not outer
        else (sources.inline.message_id if sources.inline else None)
    )
    subject = _subject_of(sources)
    received = sources.wrapper or outer
    if received is not outer:
        # the message passed on as an attachment is the original, whoever wrote it
        original_sender = original_sender or outer.sender
        original_message_id = original_message_id or outer.message_id
    common: dict[str, object] = {
        "subject": received.subject,
        "message_id": received.message_id,
        "sender": received.sender,
        "date": received.date,
        "original_sender": original_sender,
        "original_message_id": original_message_id,
    }
    event = _first_event(sources.calendars, reference if dated else None)
    if event is not None and event.start is not None:
        return _from_calendar(event, sources, subject, notes, common, (reference, dated))
    reading = _from_text(sources, subject, reference, dated, notes, common)
    if event is not None and event.method in _TIMELESS_ITIP:
        return _timeless_itip(event, reading)
    return reading


# iTIP methods whose VEVENT may carry no DTSTART (RFC 5546 3.2.3-3.2.8): the calendar still
# says what the mail is and which event (UID, SEQUENCE) it is about.
_TIMELESS_ITIP = frozenset({"REPLY", "COUNTER", "DECLINECOUNTER", "CANCEL", "REFRESH"})
TIMELESS_ITIP_NOTE = "the calendar names the event but gives no time"


def _timeless_itip(event: CalendarEvent, reading: ParsedMessage) -> ParsedMessage:
    """Read a time-less iTIP message: its kind and identity from the calendar, any slot from
    the mail's own words (a cancellation naming the interview it calls off). A REFRESH asks
    for the latest copy of an event and sets nothing."""
    if event.method == "REFRESH":
        return replace(
            reading,
            kind="not_invitation",
            start=None,
            end=None,
            timezone=None,
            all_day=False,
            uid=event.uid,
            sequence=event.sequence,
            method=event.method,
            confidence=max(reading.confidence, 0.8),
            warnings=(*reading.warnings, TIMELESS_ITIP_NOTE),
        )
    return replace(
        reading,
        kind=event.kind,  # type: ignore[arg-type]
        uid=event.uid,
        sequence=event.sequence,
        method=event.method,
        organizer=reading.organizer or event.organizer,
        confidence=0.9,
        slot_confidence=0.9,
        warnings=(*reading.warnings, TIMELESS_ITIP_NOTE),
    )


def _find_inline(
    sources: _Sources, text: str, forwarded: bool, blocks: list[InlineForward]
) -> bool:
    """Take the innermost forward of the text (`blocks`: its header blocks) as the original,
    also when a mail marked as a forward passes the message on as a quote ("On … wrote:"
    above "> " lines)."""
    quoted = quoted_forward(text) if forwarded else None
    above = 0
    if quoted is not None and (not blocks or len(quoted.body) > len(blocks[0].body)):
        # the quote comes first: any header blocks are inside the message it passes on
        blocks, above = find_forwards(quoted.body), 1
    forwards = [index for index, item in enumerate(blocks) if item.is_forward]
    if forwards:
        inline = blocks[forwards[-1]]
        sources.forward_blocks = above + forwards[-1] + 1
        sources.forwarders = tuple(
            blocks[index].sender or "" for index in forwards[:-1] if blocks[index].sender
        )
        if len(forwards) > 1:
            nearest = blocks[forwards[-2]]
            sources.passer = (nearest.sender_name, nearest.sender)
            outer_note, notes = nearest.notes.strip(), inline.notes
            at = notes.find(outer_note) if outer_note else -1
            sources.passer_note = notes[at + len(outer_note) :] if at >= 0 else notes
        elif quoted is not None and above:
            sources.passer = (quoted.sender_name, quoted.sender)
        if quoted is not None and above and quoted.notes.strip():
            # the note above "On … wrote:" is a forwarder's too
            inline = replace(inline, notes=f"{quoted.notes}\n{inline.notes}")
        sources.inline = inline
    elif above:
        sources.inline, sources.forward_blocks = quoted, 1
    return sources.inline is not None


def _answers_quoted(outer: Envelope, blocks: list[InlineForward]) -> bool:
    """Tell a mail that answers the one it quotes: it goes to the quoted mail's sender, or
    its sender follows up their own quoted mail to the same reader. A forward goes from the
    quoted mail's reader to someone else."""
    if not blocks or not outer.sender or not outer.recipients:
        return False
    answered = (blocks[0].sender or "").lower()
    if not answered:
        return False
    readers = {address.lower() for address in outer.recipients}
    written_to = blocks[0].recipients.lower()
    return answered in readers or (
        answered == outer.sender.lower() and any(reader in written_to for reader in readers)
    )


def _quotes_a_reply(
    outer: Envelope, text: str, blocks: list[InlineForward], *, reply: bool = False
) -> bool:
    """Tell a reply that quotes earlier mail under a header block from a forward.

    Outlook and most clients write the same "From/Sent/To/Subject" block (and "-----Original
    Message-----") above quoted mail in a reply as in a forward; only the subject ("RE:",
    "AW:") and a forward-only separator tell them apart. A reply is not a forward: its
    sender is who wrote it, and the block below is older mail. Unless it goes to someone
    other than the one it answers, from the one that mail was written to: the user who hits
    Reply and sends the mail on ("Segue a confirmação, adiciona ao calendário") passes it
    on as a forward would. `blocks` are the text's header blocks (a reply's subject is no
    forward's, so they are read as in any mail not marked as forwarded).
    """
    if not (reply or is_reply_subject(outer.subject)) or FORWARD_SEPARATORS.search(text[:200_000]):
        return False
    if not blocks or not outer.recipients or not outer.sender:
        return True
    answered = (blocks[0].sender or "").lower()
    written_to = blocks[0].recipients.lower()
    passed_on = answered not in outer.recipients and outer.sender.lower() in written_to
    return not (answered and passed_on)


def _first_event(calendars: list[bytes], reference: datetime | None) -> CalendarEvent | None:
    fallback: CalendarEvent | None = None
    for data in calendars[:10]:
        event = read_calendar(data, reference)
        if event is None:
            continue
        if event.start is not None:
            return event
        fallback = fallback or event
    return fallback


# "Organizer" above an address, as Google Calendar's invitation mail prints it in each
# language: forwarded as text, the address is all that is left of who invited.
_ORGANIZER_LINE = re.compile(
    r"^[ \t]*(?:organi[sz]er|organisator|organizador|organisateur|organizzatore|organizator"
    r"|organizátor|penyelenggara|arrangör|järjestäjä|主催者|组织者|主辦者|주최자)"
    r"[ \t]*:?[ \t]*\r?\n?[ \t]*<?([\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,5})",
    re.IGNORECASE | re.MULTILINE,
)


def _domains(sources: _Sources, organizer: Person | None, texts: list[str]) -> list[str]:
    candidates = [
        organizer.email if organizer and organizer.email else None,
        sources.original.sender,
    ]
    if sources.inline:
        candidates.append(sources.inline.sender)
    if sources.original is sources.outer and sources.inline is None:
        candidates.extend(sources.outer.reply_to)
    for text in texts[:3]:
        candidates.extend(match.group(1) for match in _ORGANIZER_LINE.finditer(text[:20_000]))
    domains: list[str] = []
    for address in candidates:
        domain = employer_domain(address)
        if domain and domain not in domains:
            domains.append(domain)
    return domains


def _senders(sources: _Sources) -> list[tuple[str | None, str | None]]:
    """Return who sent the invitation as (display name, address), the forwarded one first."""
    senders = [(sources.inline.sender_name, sources.inline.sender)] if sources.inline else []
    return [*senders, (sources.original.sender_name, sources.original.sender)]


def _interviewers(event: CalendarEvent, sources: _Sources) -> tuple[Person, ...]:
    candidates = set(sources.outer.recipients) | set(sources.original.recipients)
    if sources.wrapper is not None:
        candidates |= set(sources.wrapper.recipients)
        if sources.wrapper.sender:
            candidates.add(sources.wrapper.sender)  # who passed the attachment on
    forwarded = (
        sources.original is not sources.outer
        or sources.inline is not None
        or (bool(FORWARD_SUBJECT.match(sources.outer.subject or "")) and not sources.shared_reply)
    )
    if sources.outer.sender and forwarded:
        # whoever forwarded the invitation is the candidate, also when Outlook kept the
        # calendar part and listed them among its attendees
        candidates.add(sources.outer.sender)
    people = [
        person for person in event.attendees if person.email and person.email not in candidates
    ]
    return tuple(people[:20])


def _body_zone(texts: list[str]) -> str | None:
    for text in texts:
        for match in _IANA_IN_TEXT.finditer(text[:50_000]):
            if iana_zone(match.group(1)) is not None:
                return match.group(1)
    return None


def _from_calendar(
    event: CalendarEvent,
    sources: _Sources,
    subject: str | None,
    notes: list[str],
    common: dict[str, object],
    when: tuple[datetime, bool],
) -> ParsedMessage:
    notes.extend(event.warnings)
    body_texts = _texts(sources.original)
    texts = [text for text in (event.summary, event.description) if text] + body_texts

    @cache
    def text_reading() -> ParsedMessage:
        """The mail read as if it had no calendar: done once, and only when a check needs it."""
        return _from_text(
            sources,
            subject,
            when[0],
            when[1],
            [],
            common,
            beside_calendar=True,
            series_start=event.series_start,
        )

    @cache
    def reader() -> frozenset[str]:
        """Whom the mail is written to: up to four checks below ask, it is read once."""
        return _reader(sources)

    timezone = event.timezone
    start, end = event.start, event.end
    if timezone is None and not event.all_day and not event.floating and _is_utc(event.start):
        timezone = _body_zone(texts) or _zone_the_text_gives(event, sources, text_reading())
        zone = iana_zone(timezone) if timezone else None
        if zone is not None and isinstance(start, datetime):
            start = start.astimezone(zone)
            end = end.astimezone(zone) if isinstance(end, datetime) else end
    floating = event.floating
    if floating and isinstance(start, datetime):
        placed = _text_places_floating(start, end, text_reading())
        if placed is not None:
            start, end, timezone = placed
            floating = False
            notes[:] = [note for note in notes if note != FLOATING_NOTE]
    confidence = 0.95
    if floating:
        confidence = 0.55
    if event.event_count > 1:
        confidence = min(confidence, 0.6)
    slot_confidence = confidence  # what follows asks only whether it is the reader's interview
    kind: Kind = event.kind  # type: ignore[assignment]
    if (
        kind == "invitation"
        and event.method in ("REQUEST", "PUBLISH", None)
        and _says_moved(subject, body_texts)
    ):
        # a REQUEST without SEQUENCE whose own words say the slot moved (Cal.com's
        # "rescheduled" mails, EGroupware's "has been rescheduled to"), or a published file
        # sent again with its new slot (pretalx's "has been moved to", booking apps whose
        # .ics goes out as PUBLISH, Nodemailer's default)
        kind = "reschedule"
    speaker_slot = False
    if kind == "invitation" and event.method in (None, "PUBLISH"):
        # a calendar file published to whoever asked (no iTIP request to the reader):
        # webinar registrations, deadline reminders. The mail's own text decides.
        reading = text_reading()
        if SPEAKER_NOTE in reading.warnings:
            # a speaker's own slot published as a file (pretalx, Indico): the slot is the
            # reader's and kept, as any published slot; the checks below say why it is held
            # for review, and the speaker's note does where none of them does
            speaker_slot = True
        elif _rules_out(reading):
            kind, confidence = "not_invitation", min(reading.confidence, 0.45)
            notes.extend(_text_notes(reading))
        elif _service_booking(
            reading, f"{subject or ''}\n{body_texts[0][:1500] if body_texts else ''}"
        ):
            # a booking system's confirmation (dentist, garage, visa centre, a ticket): the
            # slot is kept, but a time with a service is no interview until someone checks
            confidence = min(confidence, 0.45)
            notes.extend(_text_notes(reading))
        elif (
            reading.kind == "not_invitation"
            and reading.start != event.start
            and not _speaks_of_meeting(event, subject, body_texts)
        ):
            # a published event whose title and mail name no interview, call or meeting (a
            # webinar, a holiday, an offsite, a fair): the slot is kept for review. A text that
            # itself states the file's slot for the reader ("your talk is on 14/06, 11:20")
            # is left as it was.
            confidence = min(confidence, 0.45)
            notes.append(PUBLISHED_EVENT_NOTE)
    elif kind == "invitation" and event.method == "REQUEST":
        # an iTIP request does book the slot, but one whose words read as no meeting with
        # the reader (a team lunch, a barbecue) goes to review rather than to the calendar
        reading = text_reading()
        if _rules_out(reading, lacking_counts=True):
            confidence = min(confidence, 0.45)
            notes.extend(_text_notes(reading))
        elif _team_occasion(event.summary, reader()):
            confidence = min(confidence, 0.45)
            notes.append(TEAM_OCCASION_NOTE)
    if kind in ("invitation", "reschedule") and _shared_calendar(event, subject, body_texts):
        confidence = min(confidence, 0.45)
        notes.append(SHARED_CALENDAR_NOTE)
    elif (
        kind in ("invitation", "reschedule")
        and confidence >= 0.5
        and _slot_list(event, subject, body_texts, reader())
    ):
        confidence = min(confidence, 0.45)
        notes.append(SLOT_LIST_NOTE)
    if kind in ("invitation", "reschedule") and confidence >= 0.5:
        occasion = _other_occasion(event, subject, body_texts, reader())
        if occasion is not None:
            # the slot, zone and UID stay as the file gives them; only the claim that it is
            # the reader's interview is withdrawn to review
            confidence = min(confidence, 0.45)
            notes.append(f"{OTHER_OCCASION_NOTE} ({occasion})")
    if kind in ("invitation", "reschedule") and confidence >= 0.5:
        description = f"{event.description or ''}\n{body_texts[0] if body_texts else ''}"
        panel = on_the_panel(
            event.summary or subject or "", description, reader()
        ) or interviewer_side(event.summary or subject or "", description, reader())
        panel = panel or reader_is_hiring(
            f"{subject}\n{event.summary or ''}", description, reader()
        )
        panel = panel or reader_chooses(f"{subject}\n{event.summary or ''}", description, reader())
        panel = panel or hiring_side_title(event.summary or "", reader())
        panel = panel or _forwarded_for_another(sources)
        if panel is not None:
            # the request books the reader's hour, but as an interviewer of someone else
            confidence = min(confidence, 0.45)
            notes.append(panel)
    if kind in ("invitation", "reschedule") and confidence >= 0.5 and _reader_hosts(event, sources):
        # a booking tool tells the reader that someone booked them: the reader is the
        # calendar's ORGANIZER (the provider, the interviewer), the customer its attendee
        confidence = min(confidence, 0.45)
        notes.append(HOST_BOOKING_NOTE)
    if (
        kind in ("invitation", "reschedule")
        and confidence >= 0.5
        and not _names_job_search(sources, subject, event.summary, event.description)
    ):
        confidence = min(confidence, 0.45)
        notes.insert(0, NO_JOB_SEARCH_NOTE)
    if (
        kind in ("invitation", "reschedule")
        and confidence >= 0.5
        and reads_unlike_invitations(_calendar_sample(event, subject, sources), calendar=True)
    ):
        # an event of a kind no check above names (a class, a club night, a clinic slot):
        # the slot, zone and UID stay as the file gives them, the claim goes to review
        confidence = min(confidence, 0.45)
        notes.append(UNLIKE_INTERVIEWS_NOTE)
    if kind == "invitation" and _not_time_to_attend(event, sources):
        confidence = min(confidence, 0.45)
        notes.append(NOT_ATTENDED_NOTE)
    if speaker_slot and confidence >= 0.5:
        confidence = min(confidence, 0.45)
        notes.append(SPEAKER_NOTE)
    meeting_url = event.meeting_url or _meeting_url(sources, body_texts)
    role_subject = event.summary or subject
    domains = tuple(_domains(sources, event.organizer, body_texts))
    company = find_company(texts + ([subject] if subject else []), list(domains), _senders(sources))
    return ParsedMessage(
        kind=kind,
        start=start,
        end=end,
        timezone=timezone,
        all_day=event.all_day,
        company=company,
        role=find_role(role_subject, texts, (*domains, company or ""))
        or find_role(subject, [], (*domains, company or "")),
        location=event.location,
        meeting_url=meeting_url,
        organizer=event.organizer,
        interviewers=_interviewers(event, sources),
        uid=event.uid,
        sequence=event.sequence,
        method=event.method,
        confidence=confidence,
        slot_confidence=slot_confidence,
        warnings=tuple(dict.fromkeys(notes)),
        category=None,
        dial_in=_first(find_dial_in, [event.description or "", *body_texts]),
        description=_summary(event.description),
        **common,  # type: ignore[arg-type]
    )


TEAM_OCCASION_NOTE = "the calendar's title names a team meal or routine; check it is an interview"
SHARED_CALENDAR_NOTE = "a named calendar's events shared for import, not one meeting; check it"


def _shared_calendar(event: CalendarEvent, subject: str | None, body_texts: list[str]) -> bool:
    """Tell whether the file is a named calendar (X-WR-CALNAME) published with several events
    and no word of hiring in the first title, the subject or the mail's opening: a team's
    rituals or a holiday list shared for import (cal31's ical4j team calendar, look30's
    EGroupware holidays), not a meeting set for the reader. The reader's interview day
    published as several sessions names the interview and stays as it was."""
    if event.event_count < 2 or not event.calendar_name or event.method not in (None, "PUBLISH"):
        return False
    head = body_texts[0][:1500] if body_texts else ""
    return not any(HIRING_WORDS.search(part) for part in (event.summary, subject, head) if part)


SLOT_LIST_NOTE = "a published list of interview slots with other people, not one of yours; check it"
# A slot's title that names one person after the kind of meeting, as a shop's or a team's
# interview calendar lists its candidates: "Interview: Tyler R. (Store Manager)",
# "Colloquio candidato: Luca B.", "Gesprek kandidaat: R. Jansen", "Entretien stage : Léa B."
_SLOT_FOR_PERSON = re.compile(
    r"[:\u2013\u2014-]\s*(?:(?i:candidat[oae]?|kandidaat|kandidat(?:in)?|candidate)\s*:?\s*)?"
    r"(?:[A-ZÀ-Þ]\.\s?[A-ZÀ-Þ][a-zß-ÿ'-]+|[A-ZÀ-Þ][a-zß-ÿ'-]+\s[A-ZÀ-Þ]\.)"
    r"(?:\s[A-ZÀ-Þ][a-zß-ÿ'-]+)?\s*(?:\([^()\n]{0,60}\))?\s*$"
)


def _slot_list(
    event: CalendarEvent, subject: str | None, body_texts: list[str], reader: frozenset[str]
) -> bool:
    """Tell whether a published file of several events lists one employer's interview slots
    with other people, each title naming its own candidate ("Interview: Tyler R.",
    "Interview: Keisha W."): a shop's or a team's slot calendar shared with a colleague
    (calendar51's iCloud calendar, slotcal52's Google, Bookings, Nextcloud, Zoho and Proton
    ones), not an interview of the reader's. The reader's own interview day published as
    sessions names no one else after its titles' colon, and a mail that speaks of the
    reader's own interview stays as it was."""
    if event.event_count < 2 or event.method not in (None, "PUBLISH") or not event.summary:
        return False
    named = {
        title
        for title in (event.summary, *event.other_summaries)
        if _SLOT_FOR_PERSON.search(title[:200])
        and HIRING_WORDS.search(title)
        and _without_names(title, reader) == title
    }
    if len(named) < 2 and not _names_only_slots(event, reader):
        return False
    head = body_texts[0][:1500] if body_texts else ""
    return not YOUR_INTERVIEW.search(f"{subject or ''}\n{head}")


# A title that is one person's full name and nothing else: "Priya Natarajan", "Tomás Ruiz",
# "Jan de Vries", "Mohammed El Amrani", "Anne-Marie Dubois" (the shape; _person_title weeds
# out the meetings whose titles are capitalised words alike, "Technical Interview")
_NAME_WORD = r"[^\W\d_][^\W\d_'’]*(?:[-'’][^\W\d_]+)?"
_PARTICLES = "de|da|do|dos|das|del|della|di|du|la|le|van|von|der|den|ten|ter|bin|ibn|al|y"
_PERSON_TITLE = re.compile(rf"{_NAME_WORD}(?: (?:(?:{_PARTICLES}) )?{_NAME_WORD}){{1,3}}")
# words of a meeting's or an event's own title (a capitalised "Team Lunch" has a name's shape)
_EVENT_TITLE_WORD = re.compile(
    r"(?i:\b(?:interview|round|fit|review|planning|sync|stand-?up|lunch|dinner|breakfast|coffee"
    r"|break|call|chat|session|day|test|case|study|panel|presentation|tour|welcome|intro"
    r"|introduction|debrief|kick-?off|onboarding|workshop|training|demo|retro|holiday|birthday"
    r"|office|hours|block|focus|time|hold|busy|tentative|available|open|slot|free|closed"
    r"|meeting|manager|hiring|team|hands|town|hall|offsite|party|drinks|doctor|dentist|travel"
    r"|flight|train|hotel|deadline|reminder|follow-up|check-in|catch-up|update|report|board"
    r"|committee|class|lecture|seminar|webinar|conference|exam|assessment|screening|phone"
    r"|video|prep|weekly|daily|monthly|quarterly|annual|all|new|year|summer|winter|gespräch"
    r"|termin|besprechung|pause|urlaub|feiertag|entretien|réunion|déjeuner|congé|reunión"
    r"|almuerzo|descanso|vacaciones|colloquio|riunione|pranzo|pausa|ferie|gesprek|overleg"
    r"|pauze|vakantie|möte|lunsj|spotkanie|przerwa)\b)"
)


def _person_title(title: str) -> bool:
    """Tell whether a calendar title is one person's full name and nothing else: two to four
    capitalised words (particles such as "de", "van" between), none an event's word."""
    title = title.strip()
    if len(title) > 60 or not _PERSON_TITLE.fullmatch(title):
        return False
    words = title.split(" ")
    return all(
        word.lower() in _NAME_PARTICLES or (word[0].isupper() and not word[1:].isupper())
        for word in words
    ) and not _EVENT_TITLE_WORD.search(title)


_NAME_PARTICLES = frozenset(re.findall(r"\w+", _PARTICLES))


def _names_only_slots(event: CalendarEvent, reader: frozenset[str]) -> bool:
    """Tell whether a published file's events are titled with other people's full names only
    ("Priya Natarajan", "Tomás Ruiz"): a list of their slots, whatever the words around it.
    The structure says it: several events, the one read among at least two distinct person
    names, most titles such names, none the reader's, and the reader no attendee."""
    if not event.summary or not _person_title(event.summary):
        return False
    titles = [event.summary, *event.other_summaries]
    people = {title.strip() for title in titles if _person_title(title)}
    if len(people) < 2 or 2 * len(people) < len(titles):
        return False
    if any(_without_names(title, reader) != title for title in people):
        return False
    return not any(
        len(reader_tokens(f"{person.name} <{person.email}>") & reader) >= 2
        for person in event.attendees
    )


def _team_occasion(summary: str | None, reader: frozenset[str] = frozenset()) -> bool:
    """Tell whether a request's own title names a team's meal, party or routine with no word
    of an interview or call: a workplace event that its text (a date line, a Meet or Teams
    block) cannot tell from an invitation, so it goes to review, not to the calendar. The
    reader's own name is no interview word ("1:1 Priya / Candidate" for a mailbox greeted as
    "Candidate")."""
    if not summary:
        return False
    summary = _without_names(summary, reader)
    if TEAM_OCCASION_TITLE.search(summary) and not MEETING_CUES.search(summary):
        return True
    # a team's or department's standing meeting ("Riunione di reparto", "定例会議") names a
    # meeting, but one of the reader's own workplace unless the title says interview
    routine = TEAM_ROUTINE_TITLE.search(summary) or WORKPLACE_ROUTINE_TITLE.search(summary)
    if routine:
        # a standing one-to-one names its two people last ("Point mensuel – Camille /
        # Candidat", "1:1 Priya / Candidate"): a localised word for the reader's mailbox name
        # there is a name, not a hiring word; an interview word there still counts
        pair = _NAME_PAIR.search(summary)
        if pair and not _PAIR_INTERVIEW.search(pair.group(0)):
            summary = summary[: pair.start()]
    return bool(routine and not TEAM_ROUTINE_VETO.search(summary))


_NAME_PAIR = re.compile(r"[^\W\d_]{2,}\s*/\s*[^\W\d_]{2,}\s*$")
_PAIR_INTERVIEW = re.compile(
    r"(?i:interview|intervju|gespräch|gesprek|entretien|entrevista|colloquio|rozmowa|mülakat"
    r"|haastattelu|sollicit|bewerb|phỏng vấn)"
)


BOOKING_NOTE = "reads like a booking or a notice, not a meeting with someone"
PUBLISHED_EVENT_NOTE = (
    "a published calendar event whose title and mail name no interview or meeting; check it"
)


def _speaks_of_meeting(event: CalendarEvent, subject: str | None, body_texts: list[str]) -> bool:
    """Tell whether a published event's title, description, the mail's subject or its opening
    speak of meeting someone (an interview, a call, a video room). A file published to whoever
    asked, with none of that, is a webinar, a talk slot, a holiday or an offsite; so is one
    whose title names an event open to all (a webinar, a job fair), whatever else it says."""
    if event.summary and PUBLIC_EVENT_CUES.search(event.summary):
        return False  # "Webinar: how hiring teams read your CV": open to all who sign up
    head = body_texts[0][:3000] if body_texts else ""
    parts = (event.summary, (event.description or "")[:3000], subject, head)
    return any(MEETING_CUES.search(part) for part in parts if part)


def _without_names(text: str, reader: frozenset[str]) -> str:
    """The text with the words of the reader's own name blanked out."""
    if not reader:
        return text
    return re.sub(
        r"[^\W\d_]{2,}", lambda m: " " if m.group(0).lower() in reader else m.group(0), text
    )


OTHER_OCCASION_NOTE = (
    "the calendar event names an occasion nobody is hired at and no word of hiring; check it"
)
# A request sent to this many people is a broadcast (a live event, a town hall, a training
# for all staff); a panel interview lists a handful of interviewers.
_SERVICE_WORD = re.compile(r"[^\W\d_]{4}")  # a word of four letters names a service
_CROWD = 15


def _other_occasion(
    event: CalendarEvent, subject: str | None, body_texts: list[str], reader: frozenset[str]
) -> str | None:
    """Say what non-hiring occasion a calendar event is, or None: its title or the mail's
    subject names a public event (a webinar, an info session), a rehearsal, a live broadcast,
    a doctor's or a bank adviser's appointment or a vendor's demo, or the request goes out to
    a crowd, and neither those nor the description or the mail's opening has a word of hiring
    (interview, candidate, application). A bare "Meeting with Anna" names no occasion, so a
    terse invitation is left as it was. The reader's own name is no hiring word, whatever it
    is (a mailbox greeted as "Candidate")."""
    head = body_texts[0][:3000] if body_texts else ""
    parts = [part for part in (event.summary, subject) if part]
    seen = (*parts, (event.description or "")[:3000], head)
    said = "\n".join(part[:600] for part in seen)
    whole = "\n".join(seen)  # the reader's own interview and an audience are looked for in all
    if hires_nobody(said):
        # "Podcast recording", "User research session", "Visa appointment": an interview
        # word here names the press's, a study's or a consulate's, so it clears nothing
        return "an interview for the press, a study, an exam or an authority"
    if students_appointment(said):
        # "Office hours - Prof. Whitfield", "Sprechstunde", "Tutoría", "Muntlig tentamen": a
        # student's appointment with a teacher or an examiner
        return "a student's appointment (office hours, a tutorial or an oral exam)"
    if other_party_talk(said):
        # "Elterngespräch Lena (3b)", "Colloquio con la maestra", "Entretien annuel
        # chaudière", "Rendez-vous atelier": a teacher's talk with a parent or a service's visit
        return "a school's talk with a pupil's parents or a home's or a car's service visit"
    if about_a_relative(said):
        # "Home assessment - occupational therapy" for "your mother", "Probetag Tagespflege"
        # for "Ihr Vater": the text path's reading of a relative's care appointment
        return "an appointment about the reader's parent (a care assessment or admission)"
    if at_readers_home(said):
        # "Home check visit", "Hausbesuch": someone calls at the reader's home
        return "a visit at the reader's home"
    if for_a_child(said):
        # "Aufnahmegespräch - Emil (5. Klasse)" for "Ihr Kind Emil", "Admissions interview -
        # Sophie (Year 7)" for "your daughter": the text path's reading of a child's talk
        return "a talk about the reader's child (a school's or a nursery's admission)"
    if OTHERS_MEETING_CUES.search(head[:1500]) and not YOUR_INTERVIEW.search(whole):
        # the mail's own words put the slot in someone else's diary ("she has an interview
        # offsite", "er hat am Mittwoch ein Vorstellungsgespräch"): the text path's reading of
        # another person's meeting, here under the block shown to a team
        return "someone else's meeting (another person's interview, shown to the team)"
    if OTHERS_CALENDAR_CUES.search(f"{subject or ''}\n{head[:600]}") and not YOUR_INTERVIEW.search(
        whole
    ):
        # a shared or delegated calendar's notice with the event's own file ("Neuer Termin im
        # freigegebenen Kalender", "nuovo evento nel calendario condiviso", "heeft een afspraak
        # toegevoegd aan de gedeelde agenda"): the calendar is the team's, its interview a
        # candidate's, the words the text path reads (OTHERS_CALENDAR_CUES) beside a time
        return "an event on a shared calendar the reader watches, not their own meeting"
    if any(PRACTICE_CUES.search(part) for part in parts):
        # "Simulacro de entrevista con Laura (orientadora)", "Mock interview with Priya": an
        # interview rehearsed with a careers adviser or a coach, the words the text path
        # reads (PRACTICE_CUES) here in the title; the job it prepares for clears nothing
        return "a practice interview (a careers adviser's or a coach's mock interview)"
    if any(PUBLIC_TALK_CUES.search(part) for part in parts) and not YOUR_INTERVIEW.search(whole):
        # "Entrevista en directo con la autora ...": a public interview with a guest, the
        # programme of an event the reader signed up for
        return "a public interview or talk the reader attends"
    opening = _public_event_title(event.summary, reader)
    if opening is not None and not YOUR_INTERVIEW.search(whole):
        # "Sesión informativa: Programa de Graduados 2027", "Webinar Werken bij de gemeente":
        # a title that opens with an event held for an audience and names no interview;
        # what its mail says it is about (the selection process, the interviews) clears
        # nothing (calendar51 webinar51 es, nl, fr). "Webinar – interview" is left to the
        # checks below: the title itself names the interview.
        return opening
    for part in parts:
        # the title or subject names a talk with the reader's current employer about their
        # own job ("Jahresgespräch 2027 – Zielvereinbarung", "Performance review – H1"): the
        # words the text path already reads beside a time, here said by the calendar itself,
        # whose "Gespräch" or "review" is no hiring word
        review = EMPLOYEE_REVIEW_CUES.search(part)
        if review:
            return review.group(0).strip()
    if not YOUR_INTERVIEW.search(said):
        for part in parts:
            # "Podpisanie umowy", "Vertragsunterzeichnung": the contract is signed after the
            # offer, as the first day comes after it; the title's own words, not the mail's
            signing = CONTRACT_SIGNING_CUES.search(part)
            if signing and not HIRING_WORDS.search(_without_names(part[: signing.start()], reader)):
                return signing.group(0).strip()
        if HIRED_ALREADY_CUES.search(said):
            # the offer accepted or the contract signed: a meeting that follows is onboarding
            return "a meeting after the offer was accepted (onboarding)"
        if GUIDANCE_SESSION_CUES.search(said):
            return "a coach's, a mentor's or a career adviser's session"
    if any(_coaching_session(part, reader) for part in parts) and not YOUR_INTERVIEW.search(whole):
        # "Karrierecoaching", "Coachingsamtal inför jobbintervjuer", "커리어 멘토링": the
        # reader is coached for a job search, whose hiring words clear nothing
        return COACHING_NOTE
    if open_to_many(whole) and not YOUR_INTERVIEW.search(whole):
        # a registration, a headcount, seats or tickets: an event held for an audience, even
        # one about jobs ("Interview Prep Night", a careers fair), whose hiring words clear
        # nothing; the reader's own interview slot said in the mail does
        return "an event open to many (a registration, tickets, seats or a headcount)"
    if any(OPEN_HOUSE_TITLE.search(part) for part in parts) and not YOUR_INTERVIEW.search(whole):
        # "Jornada de puertas abiertas", "Online open dag": a day open to anyone who comes,
        # whose hiring words (vacancies, recruiters to meet) clear nothing
        return "an open day for anyone to come"
    if event.summary and ROOM_BOOKING_TITLE.search(event.summary[:200]):
        # the booking of a room or a booth: any interview word after it is what the room is
        # for (someone's interviews, or the reader's held elsewhere), not a meeting with them
        return "a room or a booth booked"
    if event.summary and JOURNEY_LEG_TITLE.search(event.summary[:200]):
        # "NH 245 羽田 → 福岡", "Trein Amsterdam Centraal → Eindhoven Centraal": a flight or a
        # train the reader takes, also to an interview the mail wishes them luck with
        return "a journey (a flight or a train)"
    if len(event.attendees) >= _CROWD and not YOUR_INTERVIEW.search(whole):
        # a request to a crowd is a training or a broadcast even when it is about hiring
        # ("Formation recruteurs : conduire un entretien structuré" to all hiring managers);
        # the reader's own group interview says "your interview"
        return f"sent to {len(event.attendees)} people"
    if any(HIRING_WORDS.search(_without_names(part, reader)) for part in seen):
        return None
    for part in parts:
        # the reader's first working day or onboarding after the offer ("Willkommensfrühstück
        # – erster Arbeitstag"): the words the text path reads for first-day mails
        # (firstday21, startdate17, ndonboard30), here in the calendar's own title
        found = START_DATE_CUES.search(part) or NEW_HIRE_CUES.search(part)
        if found:
            # NEW_HIRE_CUES: an induction for those who start ("Journée d'intégration des
            # nouveaux arrivants", "Introductiedag + ophalen laptop"; calneg50 firstday50), the
            # words the text path reads in onboard16/20/22's HR notes
            return found.group(0).strip()
    for part in parts:
        for cues in (
            PUBLIC_EVENT_CUES,
            NON_HIRING_OCCASION_TITLE,
            PERSONAL_OCCASION_TITLE,
            SERVICE_NOUN_TITLE,
            SPORTS_FIXTURE_TITLE,
            OTHER_BUSINESS_CUES,
        ):
            found = cues.search(part)
            if found:
                return found.group(0).strip()
    if any(_names_a_service(part, reader) for part in parts):
        # "Wizyta: urząd skarbowy", "Cita: revisión de los 30.000 km": a booking tool's title
        # for a service the reader booked, whose rows may read like a job's ("Stanowisko:
        # Okienko 4", "Puesto: Box 3") though nothing names the reader's hiring
        return "a service booked through a booking tool"
    if event.summary and _service_row_titles(event.summary, head):
        # Easy!Appointments' invitation.ics titled with the service its mail lists in its
        # "Service:"/"Leistung:" row: the booking of that service, as above
        return "a service booked through a booking tool"
    if len(event.attendees) >= _CROWD:
        return f"sent to {len(event.attendees)} people"
    return None


def _public_event_title(summary: str | None, reader: frozenset[str]) -> str | None:
    """The public event a calendar's title opens with ("Webinar: ...", "Sesión informativa:
    ..."), or None: only the title's first words are read, so a role or a topic named later
    ("Interview – Webinar Producer") is no event, and a title whose rest names an interview
    or a hiring word ("Webinar – interview") is not taken for one either."""
    if not summary:
        return None
    title = summary.lstrip(" \t\"'«„“[(")
    found = PUBLIC_EVENT_CUES.search(title[:40])
    if found is None or found.start() != 0:
        return None
    if HIRING_WORDS.search(_without_names(title[found.end() : found.end() + 200], reader)):
        return None
    return found.group(0).strip()


def _service_row_titles(title: str, head: str) -> bool:
    """Tell whether the calendar's title is the value of the mail's "Service:" row, since a
    booking tool names its event for the service booked ("Leistung: Ölwechsel und Inspektion"
    over an event of that title): a service, not a meeting, unless the row says a talk."""
    wanted = " ".join(title.split()).casefold()
    for row in SERVICE_ROW.finditer(head):
        value = " ".join(row.group(1).split()).casefold()
        if value == wanted and not MEETING_CUES.search(value):
            return True
    return False


def _names_a_service(part: str, reader: frozenset[str]) -> bool:
    """Tell whether a title reads as a booking tool's "<booking word>: <service>", since a
    service booked (a dentist, a garage, a desk at an office) is no meeting with a hirer: what
    follows the colon names a thing done, not a call or a talk with someone."""
    lead = SERVICE_APPOINTMENT_TITLE.match(part)
    if lead is None:
        return False
    rest = _without_names(part[lead.end() : lead.end() + 200], reader)
    if MEETING_CUES.search(rest) or MEETING_WITH_PERSON.search(rest):
        return False
    return bool(_SERVICE_WORD.search(rest))


COACHING_NOTE = "a coach's or a mentor's session"


def _coaching_session(part: str, reader: frozenset[str]) -> bool:
    """Tell whether a title or subject names a coach's or a mentor's session and no interview
    of the reader's beside it: the coaching words are set aside first, so "Interview coaching"
    (what is practised) counts, "Interview: Agile Coach" or "Vorstellungsgespräch
    (Mentoring-Programm)" (a role) does not."""
    found = list(COACHING_SESSION_TITLE.finditer(part))
    if not found:
        return False
    rest = part
    for match in reversed(found):
        rest = f"{rest[: match.start()]} {rest[match.end() :]}"
    return not HIRING_WORDS.search(_without_names(rest, reader))


NOT_ATTENDED_NOTE = (
    "the calendar shows this time as free, out of office or kept for oneself; check it is an "
    "interview"
)


def _not_time_to_attend(event: CalendarEvent, sources: _Sources) -> bool:
    """Tell whether a mailed calendar marks its slot as time nobody spends in a meeting: an
    out-of-office or free block (a colleague's holiday, working from home) or a block whose
    only guest is its organizer (focus time) whatever its method, or a published file that
    leaves the time transparent (a deadline or reminder saved to the calendar). Google makes
    all-day requests transparent by default, so a transparent REQUEST is no sign; a bare .ics
    with no mail around it says too little."""
    outer = sources.outer
    if not (outer.sender or outer.subject or outer.plain or outer.html):
        return False
    if event.shows_as in ("oof", "free"):
        return True
    if _own_block(event):
        return True
    return event.shows_as == "transparent" and event.method in (None, "PUBLISH")


def _reader_hosts(event: CalendarEvent, sources: _Sources) -> bool:
    """Tell whether the calendar's ORGANIZER is the one person the mail is written to, the
    mail comes from someone else, and someone else attends: a booking tool's notice to its
    provider ("A new appointment has been booked with you", "Neuer Termin bei Ihnen gebucht";
    Easy!Appointments' provider mail, eapp68, in any language), whose event the reader
    hosts. An invitation's organizer is its sender or a third party, never the invitee; a
    forward is read on the mail it passes on (the To and From of its header block)."""
    owner = (event.organizer.email or "").lower() if event.organizer else ""
    if not owner:
        return False
    if sources.inline is not None:
        written_to = {
            address.lower()
            for _, address in getaddresses([sources.inline.recipients])[:100]
            if "@" in address
        }
        sender = (sources.inline.sender or "").lower()
    else:
        written_to = set(sources.original.recipients)
        sender = (sources.original.sender or "").lower()
    if written_to != {owner} or not sender or sender == owner:
        return False
    return any((person.email or "").lower() not in ("", owner) for person in event.attendees)


def _own_block(event: CalendarEvent) -> bool:
    """Tell whether the event's only attendee is its organizer: a block someone keeps in their
    own calendar (focus time, a status event, a reminder to self), which invites nobody."""
    owner = (event.organizer.email or "").lower() if event.organizer else ""
    guests = {(person.email or "").lower() for person in event.attendees}
    return bool(owner) and guests == {owner}


# Notes that record only what the text lacks (no invitation words, nobody named to meet, no
# zone): beside a calendar file they say nothing against it.
NO_ZONE_NOTE = "no time zone stated"  # how the note that the text names no zone begins
_LACKS_ONLY = (
    "reads like an invitation",
    "mentions a time but does not read as an invitation",
    BOOKING_NOTE,
    NO_ZONE_NOTE,
)


def _text_notes(reading: ParsedMessage) -> list[str]:
    """The notes of the mail read without its calendar, as they apply beside the calendar.

    Why the text sends the file to review (a booking, a notice) stands; that the text names
    no zone does not: the calendar part fixes the instant itself (a TZID, UTC, or a date),
    and a calendar with floating times has its own note.
    """
    return [note for note in reading.warnings if not note.startswith(NO_ZONE_NOTE)]


def _service_booking(reading: ParsedMessage, head: str) -> bool:
    """Tell whether the text alone, unsure it is an invitation, reads as a booking or a notice
    rather than a meeting with someone. Beside a published file (nobody asked the reader to
    attend) that is how a service's confirmation reads; beside an iTIP request it is not used,
    as employers' requests read that way too. A text with no invitation word at all counts
    only when `head` (subject and opening) says a booking was confirmed ("Randevunuz
    oluşturuldu", "예약이 확정되었습니다"): a conference's published session reads as bare."""
    if reading.confidence >= 0.5 or not any(
        note.startswith(BOOKING_NOTE) for note in reading.warnings
    ):
        return False
    return reading.kind == "invitation" or bool(SERVICE_BOOKING_CUES.search(head))


def _rules_out(reading: ParsedMessage, *, lacking_counts: bool = False) -> bool:
    """Tell whether the text, read alone, says this is no invitation: bulk mail (a webinar
    registration, a newsletter) or a time it refused as a deadline or a notice. A text that
    merely states no time ("the invitation is attached") rules nothing out, nor one that
    only lacks invitation words around the calendar's own slot (pretalx's "your session
    will take place at ...", in each translation) when a wrong answer would drop the slot.
    Where it would only send a booked request to review (`lacking_counts`), a text with no
    word of a meeting with the reader (a team lunch, a barbecue) is reason enough."""
    if HOST_BOOKING_NOTE in reading.warnings:
        # a booking page's notice to its owner (Nextcloud's "X (x@…) booked an appointment
        # with you", with the booking's own appointment.ics): the calendar is the host's copy
        # of a slot someone else booked, whatever the text's kind came out as
        return True
    if reading.kind == "invitation" and OTHER_BUSINESS_NOTE in reading.warnings:
        # a registration for a career evening, a fair, a workshop: the text names that
        # business, even where it also says "interview" ("no interview, all are welcome")
        return True
    if reading.kind != "not_invitation":
        return False
    if reading.category in {"rejection", "job_alert", "newsletter"}:
        return True
    ignored = ("reads like an invitation",) if lacking_counts else _LACKS_ONLY
    return any(not note.startswith(ignored) for note in reading.warnings)


def _zone_the_text_gives(
    event: CalendarEvent, sources: _Sources, reading: ParsedMessage
) -> str | None:
    """The zone the text names for the calendar's own instant, when the calendar gives UTC.

    Google Calendar writes DTSTART in UTC and names the zone only in the text ("10am –
    10:45am (Pacific Time - Los Angeles)", "(hora estándar central - Ciudad de México)");
    applicant-tracking confirmations print a Rails label ("Mountain Time (US & Canada)")
    over a UTC invite.ics. The text is read as a mail without a calendar would be; its zone
    is taken only when its time (`reading`, the mail read without its calendar) is the very
    instant the calendar holds.
    """
    name = reading.timezone
    if not name or not isinstance(reading.start, datetime):
        return None
    if reading.start not in (event.start, event.series_start):
        return None
    # an abbreviation (CST, MEZ, ET) read in the sender's context is a guess the calendar
    # does not need: only a zone the text spells out is taken
    for text in _texts(sources.original):
        head = text[:50_000]
        for count, match in enumerate(_BEFORE_ZONE.finditer(head)):
            if count >= 300:
                break
            zone = read_zone(head[match.end() : match.end() + 120])
            if (
                zone is not None
                and (zone.abbreviation is None or zone.abbreviation in _ONE_ZONE_ABBREVIATIONS)
                and (
                    zone.length > 4
                    or zone.abbreviation is not None
                    or _spelled_in_syllables(head[match.end() : match.end() + zone.length])
                )
                and same_zone(zone.name, name)
            ):
                return name
        # the zone in a row of its own, labelled as the zone of the mail's times
        for count, match in enumerate(_ZONE_ROW.finditer(head)):
            if count >= 20:
                break
            zone = read_zone(head[match.end() : match.end() + 120])
            if zone is not None and zone.abbreviation is None and same_zone(zone.name, name):
                return name
    return None


def _spelled_in_syllables(written: str) -> bool:
    """A four-character zone name in a script whose characters are syllables or words: CLDR's
    generic names in Japanese and Chinese ('日本時間', '台灣時間', '台湾时间') are four characters
    and as specific as 'Japan Time'; a four-letter Latin word ('Rome', 'Lima') may be a place."""
    letters = [ch for ch in written if ch.isalpha()]
    return len(letters) >= 4 and not any(ch.isascii() for ch in letters)


# Abbreviations that only one zone's people write (the README's convention: "JST", "SGT",
# "WIB"): beside a UTC calendar whose instant the text's time matches, they name that zone
# as surely as "Asia/Tokyo" would. Shared ones (CST, IST, EST, BST) stay a guess.
_ONE_ZONE_ABBREVIATIONS = frozenset(
    {"JST", "KST", "SGT", "HKT", "WIB", "WITA", "WIT", "PHT", "PKT", "NPT", "MYT", "MSK", "МСК"}
)


# A subject about a status ("Booking status has changed", "Buchungstatus für … geändert",
# "Status change: Java Developer"): what changed is where a booking or an application
# stands, not when the meeting is, so its "geändert"/"changed"/"update" says no move.
_STATUS_SUBJECT = re.compile(
    r"\b\w{0,12}status\w{0,8}\b|\bstatut\b|\bestado\b|\bstato\b", re.IGNORECASE
)


def _subject_moves(subject: str | None) -> bool:
    """Tell whether the subject says the meeting moved (a status change is no move)."""
    return bool(
        subject and SUBJECT_RESCHEDULED.search(subject) and not _STATUS_SUBJECT.search(subject)
    )


def _says_moved(subject: str | None, texts: list[str]) -> bool:
    """Tell whether the subject or the opening of the text says the meeting moved."""
    if _subject_moves(subject):
        return True
    return any(RESCHEDULED_CUES.search(text[:SAID_LIMIT]) for text in texts[:1])


def _text_places_floating(
    start: datetime, end: datetime | date | None, reading: ParsedMessage
) -> tuple[datetime, datetime | date | None, str | None] | None:
    """Place a floating calendar time in the zone the text gives for that same wall clock.

    eluceo/ical's `DateTime($dt, false)` and spatie's `withoutTimezone()` write DTSTART with
    neither TZID nor Z while the mail says "11:00 Central Time" or "13:30 Uhr (Europe/Berlin)":
    the text's zone is taken only when the text (read without the calendar) states one and
    its time is the calendar's own wall clock; otherwise the time stays floating.
    """
    said = reading.start
    if not isinstance(said, datetime) or said.tzinfo is None:
        return None
    if any(note.startswith(NO_ZONE_NOTE) for note in reading.warnings):
        return None
    if said.replace(tzinfo=None) != start.replace(tzinfo=None):
        return None
    zone = (iana_zone(reading.timezone) if reading.timezone else None) or said.tzinfo
    placed_end = end.replace(tzinfo=zone) if isinstance(end, datetime) else end
    return start.replace(tzinfo=zone), placed_end, reading.timezone


def _is_utc(moment: datetime | date | None) -> bool:
    return (
        isinstance(moment, datetime)
        and moment.utcoffset() is not None
        and (
            moment.utcoffset().total_seconds() == 0  # type: ignore[union-attr]
        )
    )


def _first(finder: object, texts: list[str]) -> str | None:
    for text in texts:
        found = finder(text)  # type: ignore[operator]
        if found:
            return str(found)
    return None


def _meeting_url(sources: _Sources, texts: list[str]) -> str | None:
    """Return the meeting link of the texts, else of the HTML alternative and its links.

    Workday, SmartRecruiters and Greenhouse mail often hides the link behind "Join" in the
    HTML part while the plain part says only "see the HTML version".
    """
    return _first(find_meeting_url, texts) or _first(find_meeting_url, sources.original.html[:2])


def _summary(text: str | None) -> str | None:
    if not text:
        return None
    flat = re.sub(r"\s+", " ", text).strip()
    return flat[:500] or None


def _default_zone(
    sources: _Sources, reference: datetime, language: str
) -> tuple[tzinfo, str | None]:
    """Return the zone a mail that names none means: the sender's, from the Date header's
    offset, named by the sender's country, the mail's language or the offset when they
    agree. A Date in UTC is
    often the mail server's stamp, not the writer's clock: there the sender's country, or a
    language spoken in one zone, says more. In a mail passed on inline ("Fwd:") whose
    forwarder wrote no time of their own above it, only the forwarded message's writer
    counts: the forwarder's country (a thread answered and passed on by a German
    recruiter) says nothing of where it was written. A reply over a quoted header block
    ("Vs:" is also Finnish for a reply) that sets the slot itself is the replier's."""
    offset = reference.utcoffset()
    countries = []
    writers = [sources.inline.sender if sources.inline else None, sources.original.sender]
    if (
        sources.inline is not None
        and FORWARD_SUBJECT.match(sources.original.subject or "")
        and not _DIGIT_ANYWHERE.search(sources.inline.notes)
    ):
        writers = writers[:1]
    for address in writers:
        domain = employer_domain(address)
        if domain:
            zone_name = COUNTRY_ZONES.get(domain.rsplit(".", 1)[-1])
            zone = iana_zone(zone_name) if zone_name else None
            if zone is not None and zone_name is not None:
                if reference.astimezone(zone).utcoffset() == offset:
                    return zone, zone_name
                countries.append((zone, zone_name))
    if offset is not None:
        # a language spoken in one zone names it before the offset's most populous one does:
        # a Korean mail at +09:00 is Seoul's, not Tokyo's
        for zone_name in (
            LANGUAGE_ZONES.get(language),
            OFFSET_ZONES.get(int(offset.total_seconds() // 60)),
        ):
            zone = iana_zone(zone_name) if zone_name else None
            if zone is not None and reference.astimezone(zone).utcoffset() == offset:
                return zone, zone_name
    if not offset:
        if countries:
            return countries[0]
        zone_name = LANGUAGE_ZONES.get(language)
        zone = iana_zone(zone_name) if zone_name else None
        if zone is not None and zone_name is not None:
            return zone, zone_name
    return reference.tzinfo or UTC, None


# zones that keep summer time, one for each offset a sender may write from: a fixed offset
# whose zone is unknown may be any of them
_SUMMER_TIME_ZONES = (
    "Europe/London",
    "Europe/Berlin",
    "Europe/Helsinki",
    "America/New_York",
    "America/Chicago",
    "America/Denver",
    "America/Los_Angeles",
    "America/Halifax",
    "America/Santiago",
    "Australia/Sydney",
    "Australia/Adelaide",
    "Pacific/Auckland",
)


def _clocks_may_change(sent: datetime, start: datetime) -> bool:
    """Tell whether a zone that had the Date header's offset when the mail was sent keeps
    another one at the interview: summer time began or ended in between."""
    offset = sent.utcoffset()
    for name in _SUMMER_TIME_ZONES:
        zone = iana_zone(name)
        if zone is None or sent.astimezone(zone).utcoffset() != offset:
            continue
        if start.astimezone(zone).utcoffset() != offset:
            return True
    return False


def _sender_as_organizer(sources: _Sources) -> Person | None:
    """Return who wrote the mail: the From of a direct mail, or of the mail forwarded.

    A shared mailbox or a hiring platform's address ("noreply@", "careers@", a Workday or
    Teamtailor sender) still is where the invitation came from and where its changes will
    come from; only its display name (a team or a company, not a person) is left out.
    """
    if sources.inline is not None:
        address, name = sources.inline.sender, sources.inline.sender_name
    elif (
        sources.original is sources.outer
        and FORWARD_SUBJECT.match(sources.outer.subject or "")
        and not sources.shared_reply
    ):
        return None  # a forward whose original we could not find: the sender is the user
    else:
        address, name = sources.original.sender, sources.original.sender_name
    if not address or "@" not in address:
        return None
    if ROLE_MAILBOXES.match(address.split("@", 1)[0]):
        name = ""
    return Person(name=name or "", email=address)


# a move verb on the reader's own hour: "push your 2pm today to 4", "move your 10am to 11"
_YOUR_HOUR_MOVED = re.compile(
    MOVE_VERB_WORDS + r"\s(?:your|ur)\s\d{1,2}(?:[:.]\d\d)?\s?(?:am|pm|a\.m\.|p\.m\.)",
    re.IGNORECASE,
)


def _from_text(
    sources: _Sources,
    subject: str | None,
    reference: datetime,
    dated: bool,
    notes: list[str],
    common: dict[str, object],
    *,
    beside_calendar: bool = False,
    series_start: datetime | date | None = None,
) -> ParsedMessage:
    """Read the mail's words. `series_start` is the first instance of a series the calendar
    beside them is read at a later instance of: a text naming that first date is the series'
    invitation ("When: Monday, April 20 ..." over a weekly rule, CalendarServer's "Date:"
    above "Occurs: Every week", Outlook's "Occurs every Monday effective 4/20/2026"), not a
    meeting that is over."""
    plain = _texts(sources.original)
    body = "\n".join(plain)
    # What the forwarded message itself says: the checks that read the head of a mail (its
    # opening, the sentence a tool starts with) read the message, not the user's note and
    # the client's header block above it, so that forwarding changes none of them.
    message = _message_text(sources)
    # whether it was moved or called off, the forwarder may say so above it
    told = f"{sources.inline.notes}\n{message}" if sources.inline is not None else body
    subject_text = subject or ""
    # the forward's header block is not the message: its From line ("Karriere-Newsletter
    # <newsletter@…>") said bulk where the mail sent directly did not
    category = categorise(subject_text, told)
    if category == "rejection":
        category = _own_category(
            subject_text,
            told,
            category,
            reply=(is_reply_subject(subject) or sources.shared_reply) and sources.inline is None,
        )
    # the language of the message passed on, not of the client's forward header above it:
    # a Japanese client's header made a Brazilian "12/11/2026" year-first, and a UTC Date
    # on an English mail Tokyo time
    language = detect_language(f"{subject_text}\n{message}")
    zone, zone_name = _default_zone(
        sources, reference, _zone_language(language, f"{subject_text}\n{message}")
    )
    context = Context(
        reference=reference,
        dated=dated,
        default_zone=zone,
        default_zone_name=zone_name,
        language=language,
        sender_tld=_sender_tld(sources),
        # a mail forwarded as an attachment is read whole, its own quotes and reply
        # subject included; only an inline forward may quote the mail it passes on
        is_reply=(is_reply_subject(subject) or sources.shared_reply)
        and (sources.inline is None or sources.bcc_copy),
        reply_subject=is_reply_subject(subject) or sources.shared_reply,
        # the user's Bcc copy of their reply passes it on as a forward does, but carries no
        # forward header block: the quote under it is the earlier mail, as in a reply
        is_forward=sources.inline is not None and not sources.bcc_copy,
        forward_blocks=sources.forward_blocks,
        own_mail=_forwards_own_mail(sources),
    )
    cancels = _cancels(subject_text, told)
    auto_reply = _is_auto_reply(sources, subject_text)
    if auto_reply:
        # an out-of-office answer is neither an invitation nor the employer getting back
        category = "other"
        notes.append("an automatic reply (out of office), not an invitation")
    if category == "job_alert" and YOUR_INTERVIEW.search(f"{subject_text}\n{message[:600]}"):
        # "Your interview with Halden Logistics is confirmed" over an agency's footer
        # "Unsubscribe from job alerts": the footer is the sender's, the mail no alert; it is
        # read as a newsletter's, whose time counts only as the reader's own interview
        category = "newsletter"
    reading = (
        None
        if auto_reply or (category == "rejection" and not cancels) or category == "job_alert"
        else _best_time(sources, subject, context)
    )
    found = reading.found if reading is not None else None
    own_row = False
    if found is not None:
        found, own_row = _at_readers_row(found, subject_text, message, _reader(sources))
    sample = _sample(subject_text, message)
    invitation_words = has_invitation_cue(sample)
    domains = _domains(sources, None, plain)
    company = find_company([*plain, subject_text], domains, _senders(sources))
    role = find_role(subject, plain, (*domains, company or ""))
    meeting_url = _meeting_url(sources, plain)
    opening = _unquoted_opening(message)
    common_facts = {
        "said": opening[:SAID_LIMIT].strip() or None,
        "company": company,
        "role": role,
        "meeting_url": meeting_url,
        "dial_in": _first(find_dial_in, plain),
        "description": _summary(message[:2000]),
        # who wrote it is a fact of the mail, also when it sets no interview
        "organizer": _sender_as_organizer(sources),
        **common,
    }
    if (
        found is not None
        and category == "newsletter"
        and not _names_own_slot(
            time_sentence(found.line, found.at), f"{subject_text}\n{opening[:600]}"
        )
    ):
        # an unsubscribe footer is a newsletter's, and an applicant-tracking system's too: the
        # time of a mail that carries one counts only where the mail gives it as the reader's
        # own interview ("Your interview is confirmed"); otherwise the footer decides
        found = None
    # A time in a mail with no word for a meeting or an invitation (in a language whose
    # words the parser lacks, or a bare "Thursday 14:00, Room 3") is still offered, for
    # review: dropping it would lose the one fact the user forwarded the mail for.
    # "push your 2pm today to 4": a move of the reader's own hour speaks of a meeting even
    # in a note with no word for one
    unworded = (
        found is not None
        and not invitation_words
        and not (found.moved and _YOUR_HOUR_MOVED.search(found.line))
    )
    if (
        found is not None
        and found.past
        and series_start is not None
        and found.start == series_start
    ):
        found = replace(found, past=False)
    refusal = _refusal(found, sample, dated)
    if found is None or refusal is not None:
        if refusal:
            notes.append(refusal)
        elif invitation_words and not is_rejection_or_bulk(category):
            day = lone_date([subject_text, *plain], context)
            notes.append(
                f"reads like an invitation on {day:%a %d %b %Y} but states no time"
                if day is not None
                else "reads like an invitation but no date and time could be found"
            )
        confidence = 0.8 if category != "other" else 0.6
        return ParsedMessage(
            kind="not_invitation",
            confidence=confidence,
            warnings=tuple(dict.fromkeys(notes)),
            category=category if category != "other" or not invitation_words else "other",
            **common_facts,  # type: ignore[arg-type]
        )
    kind = _text_kind(subject_text, told, cancels)
    if kind == "invitation" and (found.moved or _strikes_old_time(sources.original.html)):
        kind = "reschedule"
    chosen = (
        chosen_from_quote(opening, message, list(reading.readings), reference)
        if found.quoted and reading is not None and not _calls_off_quoted(opening)
        else None
    )
    if chosen is not None:
        # "let's go with the first option", "the 3pm one works for us", "confirmed, see you
        # then" over the quoted offer and pick: the reply settles on one of the quoted times
        if asks_for_slot(chosen):
            notes.append("the reply takes the time asked for in the mail it quotes; check")
        else:
            notes.append("the slot is the one the reply settles on among the times quoted below it")
        found = replace(chosen, quoted=False, score=max(chosen.score, 1.0))
    elif reading is not None and PICKED_CUES.search(time_sentence(found.line, found.at)):
        confirmed = confirmed_elsewhere(found, list(reading.readings))
        if confirmed is not None:
            # the pick and the answer confirming it both read (a forward flattened the
            # quotes): the sentence that sets the slot is the answer's
            found = replace(found, line=confirmed.line, at=confirmed.at)
    if chosen is None and found.quoted and not _calls_off_quoted(opening):
        # a time only in quoted earlier mail was set (or not) by that mail, not this one; the
        # message a forward passes on is never quoted mail, also where the client put "> "
        # before it (the iPhone does). A reply whose own words call the meeting off
        # ("musimy odwołać jutrzejsze spotkanie" over the quoted Thursday 12:00) cancels
        # that quoted slot.
        kind = "not_invitation"
    elif found.quoted:
        kind = "cancellation"
    confidence = 0.55 + min(found.score, 3.0) * 0.1
    if not found.zone_stated:
        where = f" ({found.timezone})" if found.timezone else ""
        notes.append(f"{NO_ZONE_NOTE}; assumed the sender's{where}")
        confidence -= 0.1
        if found.timezone is None and dated and _clocks_may_change(reference, found.start):
            notes.append(
                "the sender's zone is known only by its offset on the day the mail was sent; "
                "if their clocks change before the interview, the time is an hour off"
            )
    if found.weekday_conflict or (chosen is not None and asks_for_slot(chosen)):
        confidence = min(confidence, 0.45)
    if not message.isascii() and hijri_disagrees(message):
        # the two calendars name different days: which was meant is the reader's call
        notes.append("the Hijri date and the Gregorian date given as the same day differ")
        confidence = min(confidence, 0.45)
    if found.start - reference > timedelta(days=731):
        # no interview is set years ahead: a year of another calendar read as Gregorian
        # (Nepal's Bikram Sambat "२०८३/०८/२४" is 2026, a Thai "10/12/2569" too) or a typo
        notes.append("the date is years after the mail was sent; check the year")
        confidence = min(confidence, 0.45)
    if found.day_unsure:
        confidence = min(confidence, 0.45)
    if found.zones_disagree:
        confidence = min(confidence, 0.45)
    if found.order_assumed:
        notes.append("the numeric date could be read day-first or month-first; check it")
        confidence = min(confidence, 0.45)
    if found.quoted:
        notes.append("the only time found is in quoted earlier mail")
        confidence = min(confidence, 0.35)
    if not dated:
        notes.append("no Date header; relative dates resolved against the current time")
        confidence -= 0.1
    # the sentence that holds the time: most checks below weigh what it says of that time
    sentence = time_sentence(found.line, found.at)
    if category in {"employer_reply", "thank_you_note"} and not names_own_interview(sentence):
        # thanks or a receipt around the time weigh against it, unless the time's own
        # sentence sets the reader's interview ("As discussed, your in-person interview is
        # on Friday at 10am")
        confidence -= 0.15
    if (
        category == "thank_you_note"
        and not OWN_SLOT_CUES.search(sentence)
        and not INVITING_CUES.search(f"{subject_text}\n{opening[:1500]}")
    ):
        # a note after an interview ("thanks for your time today") names when they decide,
        # answer or send the next step; one that sets the next round invites to it or names
        # it in the time's own sentence
        notes.append("a note after an interview; the time it names sets no new interview")
        confidence = min(confidence, 0.45)
    elif (
        category == "thank_you_note"
        and OWN_AVAILABILITY_CUES.search(sentence)
        and not INVITING_CUES.search(sentence)
    ):
        # the candidate's own thanks that offer a time of theirs ("I'm available for a
        # follow-up on Tue 13 Oct at 10:00 if that suits", "hätte ich am Dienstag um 10 Uhr
        # Zeit"): the writer's own proposal, nobody has said yes (ownmail53)
        notes.append("a note after an interview offers a time the writer is free; nobody said yes")
        confidence = min(confidence, 0.45)
    if kind != "cancellation" and _passed_before_forward(sources, found):
        # the slot is kept (it is what the forwarded mail said) but it is over: review it;
        # a cancellation passed on late still calls that slot off
        notes.append("forwarded after the time it mentions was over")
        confidence = min(confidence, 0.4)
    # the reader's own interview day set out as rows: its first row and its stated end are
    # the slot, however long the day and whatever the first row is called
    own_day = own_interview_day(subject_text, opening, found.day_rows)
    if (
        found.end is not None
        and found.end - found.start > timedelta(hours=4)
        and not found.programme  # an onsite loop's sessions, each stated, make a long day
        and not own_day
        # ... and so does the reader's own onsite or assessment day, named as such
        and not (
            DAY_LONG_INTERVIEW.search(f"{subject_text}\n{sentence}")
            and _names_own_slot(sentence, f"{subject_text}\n{opening[:600]}")
        )
    ):
        notes.append("gives a window of several hours, not a slot; check which time was booked")
        confidence = min(confidence, 0.4)
    if READERS_SHIFT_CUES.search(sentence) and not names_own_interview(sentence):
        # "Deine Schicht: Mittwoch, 9:30–13:30 Uhr": the reader's turn of work at a fair or
        # on a rota; the interview words nearby are what others do during it
        notes.append(SHIFT_NOTE)
        confidence = min(confidence, 0.4)
    # a list of the options offered, then one of them written again below it: chosen
    restated = (
        restates_option(found, list(reading.readings), message)
        if reading is not None and len(reading.readings) > 2 and not found.quoted
        else None
    )
    if (
        reading is not None
        and reading.open_days > 1
        and restated is None
        and kind == "invitation"
        and not _itinerary(_without_mail_headers(body), max(reading.open_days, reading.listed_days))
        # the other days were the options the confirmed one was chosen from (a thread whose
        # quote levels a forward flattened: the offer, the pick, "Bestätigt: Donnerstag …")
        and not confirms(time_sentence(found.line, found.at))
        and confirmed_elsewhere(found, list(reading.readings)) is None
    ):
        notes.append(
            f"offers times on {reading.open_days} different days; nothing may be booked yet"
        )
        confidence = min(confidence, 0.45)
    answer_head = f"{subject_text}\n{opening[:600]}"
    if (
        CALENDAR_RESPONSE_SUBJECT.match(subject_text)
        or CALENDAR_RESPONSE_CUES.search(answer_head)
        or CATALOG_REPLY_CUES.search(answer_head)
    ):
        notes.append("answers an invitation (accepted or declined); it sets no new meeting")
        kind = "reply"
        confidence = min(confidence, 0.3)
    if _separate_meetings(sample) and not VISIT_PROGRAMME_CUES.search(sample[:3000]):
        # a programme with a long break stays readable; it only goes to review
        notes.append("lists separate meetings hours apart, like a day's agenda; check it")
        confidence = min(confidence, 0.45)
    # (the subject too: "Haastatteluaika: ti 9.3. klo 10, 12 vai 14?" asks in its title)
    if _offers_alternatives(f"{subject_text}\n{opening}"):
        notes.append("offers more than one time; the choice may still be open")
        confidence = min(confidence, 0.45)
    if _declines(opening) and not names_own_interview(sentence):
        # someone who cannot come, unless the time's own sentence sets the reader's interview
        # ("Joost kan helaas niet op dinsdag. Je gesprek is daarom verplaatst naar…")
        notes.append("reads like someone declining a meeting, not setting one")
        confidence = min(confidence, 0.35)
    if (
        kind == "invitation"
        and SELF_SCHEDULE_CUES.search(_asking_text(subject_text, message, opening, found.quoted))
        # the options' heading ("folgende Termine", "créneaux proposés") above the chosen
        # one written again is history; a request below it still stands
        and (restated is None or SELF_SCHEDULE_CUES.search(message[restated:]))
    ):
        notes.append("asks you to choose a time or meet a deadline; nothing may be booked yet")
        confidence = min(confidence, 0.4)
    if OFFER_CUES.search(f"{subject_text}\n{message[:1500]}"):
        notes.append("reads like a job offer; a first day or a deadline is not an interview")
        confidence = min(confidence, 0.4)
    with_someone = MEETING_CUES.search(sample) or MEETING_WITH_PERSON.search(sample)
    if meeting_url is None and not with_someone:
        notes.append(f"{BOOKING_NOTE}; check it")
        confidence = min(confidence, 0.45)
    time_line, time_at = wrapped_time_line(message, found.line, found.at)
    lookalike = lookalike_reason(
        MailView(
            subject=subject_text,
            body=message,
            opening=opening,
            note=sources.inline.notes if sources.inline is not None else "",
            forwarded=sources.inline is not None,
            time_line=time_line,
            time_at=time_at,
            forward_subject=(sources.outer.subject or "") if sources.inline is not None else "",
        )
    )
    why_else = ""  # the check that names the time as something else's, said first
    if lookalike is not None:
        notes.append(lookalike)
        confidence = min(confidence, 0.45)
        if lookalike != MOVE_ASKED_NOTE:  # doubts the time, not whose meeting it is
            kind = _something_else(kind, beside_calendar)
            why_else = why_else or lookalike
    if _own_question(sources, found, sentence):
        notes.append("the time is your own proposal, asked as a question; nobody has said yes")
        confidence = min(confidence, 0.45)
    if _relayed_ask(sources, found):
        notes.append(RELAYED_ASK_NOTE)
        confidence = min(confidence, 0.45)
    mood = (
        asked_mood(time_line, time_at)
        if kind in ("invitation", "reschedule")
        and confidence >= 0.5
        and not beside_calendar
        and chosen is None
        and not found.quoted
        # a reply above took the quoted question's time in its own words ("das passt mir
        # gut, bis Mittwoch!" over "hätten Sie am Mittwoch … Zeit?"): the answer agreed
        and not any(_REPLY_TAKES.match(note) for note in found.warnings)
        # ... or a note above the mail passed on agrees to it ("I've told them that works -
        # it's confirmed"), or the writer has already changed the invitation ("können wir auf
        # 15 Uhr schieben? Ich habe die Einladung schon angepasst"): asked, then settled
        and not (sources.inline is not None and agrees(sources.inline.notes))
        and not MOVE_MADE_CUES.search(opening)
        else None
    )
    if mood is not None:
        # "Could you do a call at 2:30 on the 14th?", "Hätten Sie am … Zeit?": the time is
        # proposed, the candidate has not agreed; "we have booked you for …" is not asked
        notes.append(ASKED_TIME_NOTE.format(sign=mood))
        confidence = min(confidence, 0.45)
    reader = _reader(sources)
    if (
        not why_else
        and _coaching_session(subject_text, reader)
        # "your interview" that the session prepares ("zur Vorbereitung auf Ihr
        # Vorstellungsgespräch", "pour préparer votre entretien") is what is practised
        and not YOUR_INTERVIEW.search(
            PREPARES_YOUR_INTERVIEW.sub(" ", f"{subject_text}\n{message[:4000]}")
        )
    ):
        # the subject names a coach's or a mentor's session, as a calendar's title does
        # ("Ihr erstes Mentoring-Gespräch ist vereinbart", "Jadwal sesi mentoring karier kamu",
        # "Réservation confirmée : Entretien de mentorat"): whatever job search it serves,
        # it is no interview of the reader's
        notes.append(COACHING_NOTE)
        confidence = min(confidence, 0.45)
        kind = _something_else(kind, beside_calendar)
        why_else = COACHING_NOTE
    # the mailbox a forward reached is the reader's too: a friend passes on "Gentile Alex
    # Morgan" that reached her by mistake, to Alex Morgan (partnernote37, ownkin35)
    addressees = reader | _mailbox(sources) if reader else reader
    # the note above a mail passed on may be the one that hands the reader the interviewer's
    # part ("Kannst du beim Gespräch als Fachbeisitzer dabei sein?" over the candidate's
    # "passt mir sehr gut"): a colleague's forward of their thread with a candidate
    passed_note = sources.inline.notes if sources.inline is not None else ""
    elsewhere = addressed_elsewhere(opening, addressees) or interviewer_side(
        subject_text, f"{passed_note}\n{message}" if passed_note else message, reader
    )
    # (not when the one it greets forwarded it: a colleague passes on the candidate's "Hallo
    # Herr Becker, … passt mir" written to him; the reply is the candidate's, not the reader's)
    if elsewhere is not None and answers_greeted(
        opening, _quoted_authors(message) - _forwarders(sources)
    ):
        # the reader's own reply, greeting the one whose mail it quotes below ("Guten Tag
        # Herr Lindner, der Termin passt" over "… schrieb Andreas Lindner <…>:"): the time
        # is the reader's, copied to Afterview, not someone else's
        elsewhere = None
    if elsewhere is None:
        # a named third person has the interview, near the time on its line ("Pablo tiene la
        # entrevista el lunes 14 a las 9:30", "a Bia tem entrevista na quinta às 14h"); not
        # only its sentence, which a German date's dots may cut short
        around = found.line[max(0, found.at - 100) : found.at + 100]
        elsewhere = named_person_has_interview(around, reader)
    if elsewhere is not None and not names_own_interview(sentence) and not own_row:
        notes.append(elsewhere)
        confidence = min(confidence, 0.45)
        kind = _something_else(kind, beside_calendar)
        why_else = why_else or elsewhere
    elif (
        elsewhere is not None
        and elsewhere.startswith(GREETS_SOMEONE_ELSE)
        and not own_row
        and addressed_elsewhere(opening, addressees | _forwarders(sources)) is not None
    ):
        # "Dear Tom, … your interview on Tuesday" sent to Alex Morgan: the "you" is Tom's,
        # unless Tom is a name Alex goes by, which only the reader knows; the reading stays
        # and waits for them in review instead of going to the calendar
        notes.append(
            f"{elsewhere.removesuffix('; the time is theirs')}, while it was sent to you; "
            "check that this interview is yours"
        )
        confidence = min(confidence, 0.45)
    # a greeting to another person by full name outweighs "your interview": the mail's "you"
    # is that person ("Dear Ms Hannah Whitfield, ... invite you to an interview")
    full_name = (
        greets_another_by_full_name(opening, addressees | _forwarder(sources)) if reader else None
    )
    if full_name is not None and not answers_greeted(opening, _quoted_authors(message)):
        notes.append(full_name)
        confidence = min(confidence, 0.45)
        kind = _something_else(kind, beside_calendar)
        why_else = why_else or full_name
    panel = (
        on_the_panel(subject_text, message, reader, _mailbox(sources))
        or day_plan(subject_text, message, reader)
        or copied_to_join(subject_text, message, reader)
        or fetching_the_candidate(subject_text, message, reader | _mailbox(sources))
        or asked_to_pass_on(subject_text, message, reader | _mailbox(sources))
        or hears_of_anothers_interview(subject_text, message, reader | _mailbox(sources))
        or named_one_attends(subject_text, message, reader | _mailbox(sources))
        or asked_to_stand_in(subject_text, message, reader | _mailbox(sources))
        or reader_is_hiring(subject_text, message, reader | _mailbox(sources))
        or reader_chooses(subject_text, message, reader | _mailbox(sources))
        or _writer_applies(sources, opening, reader)
        or candidate_told_of(
            subject_text, message, reader | _mailbox(sources) | _forwarders(sources)
        )
        or about_someone_elses_candidate(
            subject_text,
            message,
            reader | _mailbox(sources) | _forwarders(sources),
            sources.inline.notes if sources.inline is not None else None,
        )
        or _passed_on_for_someone(sources, message)
        or _passed_on_own(sources, message)
        or _subject_names_someone(sources)
    )
    if panel is not None:
        notes.append(panel)
        confidence = min(confidence, 0.45)
        kind = _something_else(kind, beside_calendar)
        why_else = why_else or panel
    # a platform's notice of one person's message is sent with the platform's list headers
    if (
        sources.original.bulk
        and sources.inline is None
        and not OWN_SLOT_CUES.search(sentence)
        and not is_relayed_message(subject_text, message)
    ):
        notes.append("sent in bulk (a mailing list or newsletter) and names no slot of your own")
        confidence = min(confidence, 0.45)
    if sources.original.discussion_list and (
        is_reply_subject(subject_text) or subject_text.lstrip().startswith("[")
    ):
        notes.append("a discussion on a mailing list: a group's meeting, not an interview for you")
        confidence = min(confidence, 0.45)
    if has_list_footer(body):
        # the list's headers are lost when the post is forwarded inline; its footer is not
        notes.append("posted to a mailing list (its footer says so): a group's meeting")
        confidence = min(confidence, 0.45)
    absence_head = f"{subject_text}\n{opening[:100]}"
    absent = (
        ABSENCE_CUES.search(absence_head)
        or CATALOG_ABSENCE_CUES.search(absence_head)
        or SUBJECT_CALENDAR_NOTICE.search(subject_text)
        or CATALOG_NOTICE_CUES.search(absence_head)
        or CALENDAR_ACTIVITY_CUES.search(message[:1500])
    )
    # links left out: every Teams meeting link has "meetup-join" in its path; a slot read
    # from the new text is not another business for what an older quoted mail under it
    # said ("> We received your application on 28 February", "> Am Di., 3. März schrieb")
    window = _URL.sub(" ", f"{subject_text}\n{message[:400]}")
    new_text = message[: _new_text_length(message)]
    new_text_ends = (
        len(_URL.sub(" ", f"{subject_text}\n{new_text}"))
        if new_text.strip() and not found.quoted
        else len(window)
    )
    other_business = _other_business_cue(window, new_text_ends) or TASK_PROGRESS_FIELD.search(
        message
    )
    # an own interview in the time's sentence outweighs another business nearby, but not one
    # that sentence itself names ("our free webinar 'How to ace your interview' on Thursday")
    own = names_own_interview(sentence) and not PUBLIC_EVENT_CUES.search(sentence)
    # ... and so does a subject that names the reader's own interview at the fair or day it
    # names, in a mail that names no public event ("Your interview slot with Brightpath at
    # the careers fair", a fair's booking tool with the time on a line of its own; fair22's
    # "Your interview at the Open Day", ctrl33's "Career Day: il tuo colloquio con ...")
    # (the fair the subject puts the interview at is no other public event when the mail
    # names it again: "Your interview slot at the DataConf Career Fair", signed "DataConf
    # Career Fair Team", chairs52b)
    occasion = (
        OTHER_BUSINESS_CUES.search(subject_text) if YOUR_INTERVIEW.search(subject_text) else None
    )
    fair = occasion.group(0).lower() if occasion and _FAIR_WORD.search(occasion.group(0)) else ""
    own = own or bool(
        occasion is not None
        and not any(
            found.group(0).lower() != fair
            for found in PUBLIC_EVENT_CUES.finditer(f"{subject_text}\n{message[:1500]}")
        )
    )
    # an event held for an audience (a headcount, seats, tickets, a registration), however
    # much it is about jobs, unless the mail names the reader's own interview anywhere
    audience = (open_to_many(message) or registration_confirmed(subject_text)) and not (
        YOUR_INTERVIEW.search(f"{subject_text}\n{message}")
    )
    if absent or ((other_business or audience) and not own):
        notes.append(OTHER_BUSINESS_NOTE)
        confidence = min(confidence, 0.4)
    if (
        kind == "invitation"
        and not beside_calendar
        and confidence >= 0.5
        and not found.moved
        and not found.programme
        and not own_day
        and not _time_called_a_meeting(subject_text, message, found.line, sentence)
    ):
        notes.append(UNTIED_TIME_NOTE)
        confidence = min(confidence, 0.45)
    if kind in ("invitation", "reschedule") and confidence >= 0.5 and moved_away(found):
        # "your interview at 2pm on Tuesday is pushed to Thursday": the slot read is the one
        # given up; keeping it would keep the old time in the calendar
        notes.append(MOVED_AWAY_NOTE)
        kind, confidence = "reschedule", min(confidence, 0.45)
    if (
        kind in ("invitation", "reschedule")
        and confidence >= 0.5
        and sources.inline is not None
        and _note_moves_elsewhere(sources.inline.notes, message, found)
        # the passed-on mail is no notice of the move itself (an updated invitation, "has been
        # moved to", a subject that says rescheduled): its slot is the new one
        and _text_kind(subject_text, message, False) == "invitation"
    ):
        # "перенесли, теперь в четверг в 15" above the passed-on invitation for Wednesday
        # 10:00: the user says it moved, and the slot read is the one in the mail below
        notes.append(MOVED_AWAY_NOTE)
        kind, confidence = "reschedule", min(confidence, 0.45)
    if (
        kind in ("invitation", "reschedule")
        and confidence >= 0.5
        and not beside_calendar
        and asked_to_move(found)
    ):
        # "could we push your interview on Thursday at 2pm back an hour?": only asked
        notes.append(ASKED_MOVE_NOTE)
        confidence = min(confidence, 0.45)
    if not beside_calendar and confidence >= 0.5 and not _names_job_search(sources, subject_text):
        notes.insert(0, NO_JOB_SEARCH_NOTE)  # the review page names the first doubts
        confidence = min(confidence, 0.45)
    if not beside_calendar and confidence >= 0.5 and reads_unlike_invitations(sample):
        # mail of a kind no check above names (the screen weighs all its words against the
        # invitations and look-alikes of our corpus): it goes to review, its reading kept
        notes.append(UNLIKE_INVITATIONS_NOTE)
        confidence = min(confidence, 0.45)
    if why_else and kind == "not_invitation":
        notes.insert(0, why_else)  # the review page gives the first warning as its reason
    if unworded:
        # not called an invitation, but the time stays in the reading for the review page:
        # it may well be a meeting in words the parser does not know
        notes.insert(0, "mentions a time but does not read as an invitation; check it")
        kind, confidence = "not_invitation", UNDECIDED
    return ParsedMessage(
        kind=kind,
        start=found.start,
        end=found.end,
        timezone=found.timezone,
        all_day=False,
        confidence=max(0.05, min(confidence, 0.85)),
        warnings=tuple(dict.fromkeys([*notes, *found.warnings])),
        category="other" if unworded else None,
        **common_facts,  # type: ignore[arg-type]
    )


UNDECIDED = 0.45  # below the line that would skip review

NO_JOB_SEARCH_NOTE = (
    "nothing in the mail names an interview, a job or an application; check it is an interview"
)
_JOB_SEARCH_READ = 20_000  # characters of each text: the words sit in a subject or a greeting


UNLIKE_INVITATIONS_NOTE = (
    "its wording is more like mail that mentions a meeting than like an interview invitation; "
    "check that it sets your interview"
)
UNLIKE_INTERVIEWS_NOTE = (
    "the event's title and notes read more like other appointments than an interview; "
    "check that it is yours"
)
UNTIED_TIME_NOTE = (
    "nothing near the time calls it a meeting or an interview (it may be a deadline or a day "
    "to hear back); check it"
)
# a row's label before the time: "Datum:", "Time:", "Heure :", "Fecha y hora:"
_ROW_LABEL = re.compile(r"\s*[^\W\d_]+(?: [^\W\d_]+){0,3} ?:")


def _time_called_a_meeting(subject: str, message: str, line: str, sentence: str) -> bool:
    """Tell whether the words around the time make it a meeting's: its own sentence, the
    one before it ("We'd like to invite you on:" over the date), a row label, or the subject.

    A mail about a job names many times (when the panel decides, when a form is due, when
    the reader will hear back); the one it sets for a meeting is said to be one nearby.
    """
    if _ROW_LABEL.match(line) or has_invitation_cue(sentence) or has_invitation_cue(subject):
        return True
    at = message.find(line)
    if at < 0:
        # a line the reader joined from a card's short lines ("WED" / "10" / "MARCH" / "30
        # Minute Recruiter Screen" / "10:00am - 10:30am"): found in the text with its line
        # breaks read as spaces
        message, line = " ".join(message.split()), " ".join(line.split())
        at = message.find(line)
    if at < 0:
        return False
    # the sentence before, on the same line ("O time quer te conhecer! Pode ser na quinta às
    # 15h?") or the line above
    before = message[: at + max(line.find(sentence), 0)].rstrip()
    return has_invitation_cue(before[-300:])


def _names_job_search(sources: _Sources, *extra: str | None) -> bool:
    """Tell whether any text of the mail ties it to a job search (JOB_SEARCH_CUES).

    Afterview keeps interviews: a meeting, a class or a visit whose mail never names a job,
    an application or an interview (in its subject, its text, the mail it quotes or the
    forwarder's note) is a question for the reader, not an interview for the calendar.
    """
    envelopes = [sources.outer]
    for envelope in (sources.original, sources.wrapper):
        if envelope is not None and all(envelope is not seen for seen in envelopes):
            envelopes.append(envelope)  # a mail that is no forward is its own original
    texts = [*extra]
    for envelope in envelopes:
        # the sender too ("Nadia Chen <nadia@mapletalent.example>"): a forward shows that
        # line in its text, so the mail sent straight must read it as well
        texts.extend((envelope.subject, envelope.sender_name, envelope.sender))
        texts.extend(envelope.plain)
    own = _own_addresses(sources)
    if any(
        names_job_search_word(_link_hosts(_without_addresses(text[:_JOB_SEARCH_READ], own)))
        for text in texts
        if text
    ):
        return True
    # the HTML as text ("<hr>" is no HR team), read only when the plain parts said nothing
    return any(
        names_job_search_word(
            _link_hosts(
                _without_addresses(
                    html_to_text(html, quotes=not envelope.plain)[:_JOB_SEARCH_READ], own
                )
            )
        )
        for envelope in envelopes
        for html in envelope.html
    )


def _own_addresses(sources: _Sources) -> frozenset[str]:
    """The reader's own addresses: those the mail was written or delivered to, and for a
    forward of someone else's mail the addresses that mail was written to. A booking tool
    repeats the customer's address in its details ("E-mail: candidate.mailbox@inbox.example",
    eapp68), and the reader's mailbox name ties no mail to a job. The user's own mail passed
    on keeps its recipients (an employer's "careers@" is theirs, not the reader's)."""
    own = {*sources.outer.recipients, *sources.outer.delivered_to}
    original = sources.original
    if original is not sources.outer and original.sender != sources.outer.sender:
        own.update(original.recipients)
    return frozenset(address for address in own if address)


def _without_addresses(text: str, addresses: frozenset[str]) -> str:
    """The text with each of the given addresses blanked out (matched without case). Whole
    addresses only: one pass over the text's address-like words, whatever the count."""
    if not addresses or "@" not in text:
        return text
    return _ADDRESS_WORD.sub(
        lambda word: " " * len(word[0]) if word[0].lower() in addresses else word[0], text
    )


# an address as written in a mail's text: starting where no address character stands before
# it (so each word is tried once: linear even in a long run of letters without "@"), its
# domain ending before a closing dot ("write to alex@mailbox.example.")
_ADDRESS_WORD = re.compile(
    r"(?<![\w.!#$%&'*+/=?^`{|}~-])[\w.!#$%&'*+/=?^`{|}~-]++@[\w-]+(?:\.[\w-]+)*+"
)


# a link's path and query, after its host: "https://phorge.example/settings/panel/
# emailpreferences/" (Phorge's and Phabricator's mail footer) names no interview panel, nor
# does a "/resume" or "/talent/" route of a notification's button; the host stays
# ("careers.acme.example" is the employer's careers site)
_LINK_PATH = re.compile(r"\b((?:https?://|www\.)[^\s/?#]+)[^\s<>\"]*", re.IGNORECASE)


def _link_hosts(text: str) -> str:
    """The text with each link cut down to its scheme and host."""
    return _LINK_PATH.sub(r"\1", text)


def _names_own_slot(sentence: str, head: str) -> bool:
    """Tell whether a mail gives its time as the reader's own interview or slot: in the
    time's sentence, or in its subject and opening ("Your interview is confirmed")."""
    own = names_own_interview(sentence) or bool(YOUR_INTERVIEW.search(head))
    # "Ace your interview: our live Q&A on Thursday" is a newsletter's public event
    return own and not PUBLIC_EVENT_CUES.search(f"{head}\n{sentence}")


def _something_else(kind: Kind, beside_calendar: bool) -> Kind:
    """The kind of a mail whose time a look-alike check names as something else's.

    Said of an invitation, the check (a webinar's time, a panel you sit on, a decision
    date, someone else's interview) tells what the time is, so the mail is no invitation;
    the time stays in the reading, below the review line, as for a mail without invitation
    words. A move or a cancellation keeps its kind: the check only doubts whose it is. The
    text beside a calendar part keeps its kind too: there the calendar's own method decides
    ("Your panel day" over a published file of two rounds is the reader's own day).
    """
    return "not_invitation" if kind == "invitation" and not beside_calendar else kind


# a fair's own word: the occasion a subject can put the reader's interview at ("Your interview
# slot at the DataConf Career Fair"), unlike a webinar about "your interview"
_FAIR_WORD = re.compile(
    r"(?i:fair|messe|feria|fiera|beurs|salon|targi|mässa|career(?:s)? day|job ?day|forum)"
)


SHIFT_NOTE = "the time is your shift (a rota, a helper's or a stand's turn), not an interview"
OTHER_BUSINESS_NOTE = "reads like a notification about something else; check it is an interview"


def _outside(cue: re.Match[str], spans: list[tuple[int, int]]) -> bool:
    return not any(start <= cue.start() < end for start, end in spans)


def _outside_reader_asks(text: str, *patterns: CaseBlindCues) -> Iterator[re.Match[str]]:
    """The cues of the patterns that stand outside every span where the reader is asked to
    name another time ("if you need an alternative time", "Passar inte tiden, föreslå gärna
    en annan"): what such a span says is a condition, not an offer or a refusal."""
    asks = [found.span() for found in READER_ASKS_ALTERNATIVE.finditer(text)]
    return (cue for pattern in patterns for cue in pattern.finditer(text) if _outside(cue, asks))


def _offers_alternatives(text: str) -> bool:
    """Whether the text offers more than one time. An alternative the reader may ask for
    ("falls Sie einen alternativen Termin benötigen") offers none: the one slot stays set."""
    return any(
        not _ANDERS_AS_NAME.match(text, cue.start())
        for cue in _outside_reader_asks(text, ALTERNATIVES_CUES)
    )


def _declines(text: str) -> bool:
    """Whether the text reads like someone declining, past the condition under which the
    reader is asked to name another time ("Jeśli termin nie pasuje, prosimy o propozycję
    alternatywnego terminu")."""
    return any(
        _outside_reader_asks(
            text, DECLINE_CUES, DECLINE_MORE_EUROPEAN_CUES, DECLINE_MORE_LANGS_CUES
        )
    )


def _in_postscript(cue: re.Match[str], text: str) -> bool:
    """Whether a cue stands in a postscript ("P.S. Our webinar runs on 15 April at 18:00",
    "PS. Vi håller ett webbinarium", "P.D. El 14 de abril tenemos un webinar"): another
    matter added under the mail, not what the mail is about (thread78)."""
    return bool(POSTSCRIPT.match(text, text.rfind("\n", 0, cue.start()) + 1))


# the Danish, Swedish and Norwegian given name "Anders" before a surname or alone on its line
# ("Mvh\nAnders Holm"), not the Dutch "anders" (otherwise) that offers another time
_ANDERS_AS_NAME = re.compile(r"Anders(?=[ \t]+[A-ZÆØÅÄÖ]|[ \t]*(?:\n|$))")


def _other_business_cue(text: str, stop: int | None = None) -> re.Match[str] | None:
    """The first cue of another business than a meeting, passing over "assigned to you"
    where what is assigned is an appointment or a slot (the reader's meeting), an embassy
    that is the employer of a post the mail names, and an occasion named as where the writer
    and the reader met ("Great to meet you at the meetup we hosted last week"), which the
    signature may name again ("Engineering Manager, HarbourTech (meetup host)"). Cues from
    `stop` on are older mail quoted under the new text: read for context, never returned."""
    slots = [found.span() for found in SLOT_ASSIGNED.finditer(text)]
    met: set[str] = set()
    for cue in OTHER_BUSINESS_CUES.finditer(text):
        if stop is not None and cue.start() >= stop:
            break  # (past `stop`: older mail quoted under the new text)
        if (
            not _outside(cue, slots)
            or _in_postscript(cue, text)
            or embassy_as_employer(cue.group(0), text)
            or seminar_in_job_mail(cue.group(0), text)
            or in_forwarding_warning(cue, text)
        ):
            continue
        word = cue.group(0).lower()
        if met_there(cue, text):
            met.add(word)
            continue
        if word in met and cue.start() >= len(split_at_sign_off(text)[0]):
            continue  # the same occasion, named again below the sign-off
        return cue
    return None


# the notes of a reading that a reply's own words took from the quoted mail (when_choosers)
_REPLY_TAKES = re.compile(r"the reply (?:confirms|picks|books|takes)\b")


def _own_question(sources: _Sources, found: FoundTime, sentence: str) -> bool:
    """Tell whether the time is the user's own question in a mail the user wrote and passes on.

    A job seeker forwards a thread whose last word is their own "Would Monday 13 Dec at 4pm
    work instead?": the forwarded block's From is the forwarder, and the time is asked, not
    agreed. The user's own "Thursday at 2:30 works" (a pick, not a question) still counts.
    """
    inline = sources.inline
    if inline is None or not inline.sender or found.quoted:
        return False
    if CONFIRMED_QUOTE_NOTE in found.warnings and _says_plain_yes(inline.body, found.line):
        # the other side's question in the quote, which the user's reply above takes ("that
        # suits me well" over "could you come in on Tuesday at 10?"): not the user's ask
        return False
    # the user is whoever passed it on: the envelope's sender, or that of a forward block
    # above (forwarding the forward again, or as an attachment, changes nothing)
    users = [sources.outer.sender, *sources.forwarders]
    if sources.wrapper is not None:
        users.append(sources.wrapper.sender)
    author = inline.sender.strip().lower()
    if not any(user and user.strip().lower() == author for user in users):
        return False
    if _ASKED_END.search(sentence[-200:]) or OWN_PROPOSAL_CUES.search(sentence):
        return True
    # the question read whole where the client wrapped it ("Would Monday 16 November at 4pm
    # work instead for" / "> the interview?")
    whole = wrapped_sentence(inline.body, found.line, found.at)
    return whole != sentence and bool(
        _ASKED_END.search(whole[-200:]) or OWN_PROPOSAL_CUES.search(whole)
    )


# a sentence that asks: "?", the full-width "？", and Japanese asking without a mark
# ("…からではいかがでしょうか。", "…可能ですか。", "…いただけませんか。")
_ASKED_END = re.compile(r"(?:[?？]|(?:でしょう|ます|です|ません)か。?)\s*$")


def _says_plain_yes(body: str, line: str) -> bool:
    """Tell whether a reply's own words, above the quote that holds `line`, only say yes:
    they agree ("that suits me well", "passt mir perfekt", "その日時で大丈夫です") and ask
    nothing back ("Before I say yes, is it on site?", a counter-proposal's "?")."""
    own = _unquoted_opening(body)
    line = line.strip().lstrip("> ").strip()
    if not line or line in own or "?" in own or "？" in own:
        return False
    return bool(REPLY_AGREES.search(own) or CONFIRMS_QUOTED_SLOT.search(own))


RELAYED_ASK_NOTE = (
    "the mail passed on only asks whether the time suits, and nothing above it agrees to it"
)


def _relayed_ask(sources: _Sources, found: FoundTime) -> bool:
    """Tell whether the time is only asked about in a mail someone else passed on to the
    user, and no note above it agrees to it.

    A client asks an agency "Wäre Dienstag, 23. Juni, um 15 Uhr für Herrn Morgan möglich?",
    the agency forwards it with "Geben Sie mir kurz Bescheid, ob Ihnen das passt?", the user
    forwards that on ("soll ich zusagen?"); a hiring manager's "Can we pencil in Alex for
    Tuesday at 3:00 PM?" reaches the user through the recruiter's "Are you free around
    then?" (fwdconfirm49: de, pt-BR, en-US): the slot is proposed, nobody has said yes. A
    note that agrees ("it's confirmed, see you then") sets it; an ask written to the user
    and forwarded by the user alone is read as the mail itself is.
    """
    inline = sources.inline
    if inline is None or found.quoted or not sources.forwarders or sources.passer is None:
        return False
    users = {sources.outer.sender, *(() if sources.wrapper is None else (sources.wrapper.sender,))}
    passer = (sources.passer[1] or "").strip().lower()
    if not passer or passer in {(user or "").strip().lower() for user in users}:
        return False
    return (
        asks_for_slot(found)
        and _ASKS_IF_IT_SUITS.search(sources.passer_note) is not None
        and not agrees(inline.notes)
    )


# the passer's note asks the reader whether the time passed on suits: a question, or "let
# me know", "Geben Sie mir Bescheid", "dites-moi", "me avisa" (a bare "FYI" under the
# user's "can you add this?" over a forward passed on again asks nothing: it reads as it did)
_ASKS_IF_IT_SUITS = re.compile(
    r"[?？]|\blet me know\b|\b(?:geben sie|gib) mir (?:kurz )?bescheid\b|\bdi(?:tes|s)-moi\b"
    r"|\bme avis[ae]\b|\bavísame\b|\bfammi sapere\b|\bmi faccia sapere\b"
    r"|\blaat (?:me|het me) (?:even )?weten\b|\bdaj(?:cie)? (?:mi )?znać\b|\bhör av dig\b",
    re.IGNORECASE,
)


def _asking_text(subject: str, message: str, opening: str, quoted: bool) -> str:
    """Return the text whose asks for a choice still stand, subject included.

    A reply that books a slot in its own words answers the "let me know your availability"
    quoted under it: that request is history, and so is the quoted mail's subject the reply
    keeps ("Re: Interview - please pick a time" over "you're booked in for Thursday at
    11:30"). Without quoted mail, or with the time only in the quote, the whole message and
    its subject count.
    """
    if quoted or not opening.strip() or len(opening) >= len(message[:3000]):
        return f"{subject}\n{message[:3000]}"
    return opening if is_reply_subject(subject) else f"{subject}\n{opening}"


SAID_LIMIT = 3000


_ATTRIBUTION_LINES = 3  # Claws writes "Am <date>" and "schrieb <who>:" on two lines


def _quoted_authors(body: str) -> frozenset[str]:
    """The words of the names in the attribution above the first quoted line ("> "): "On …,
    Ana Ruiz <ana@…> wrote:", Claws' "Am …\nschrieb Andreas Lindner <…>:", SnappyMail's
    "Harriet Cole <…> schreef op …:", or a name alone after the date (`_named_author`). Empty
    when nothing is quoted or no author is named."""
    lines = body[:4000].splitlines()
    for index, line in enumerate(lines):
        if not line.lstrip().startswith(">"):
            continue
        above = [text for text in lines[max(0, index - 6) : index] if text.strip()]
        head = "\n".join(above[-_ATTRIBUTION_LINES:])
        if not head.rstrip().endswith(":"):
            return frozenset()
        if "@" not in head:
            return _named_author(above[-1] if above else "")
        return reader_tokens(head)
    return frozenset()


def _named_author(line: str) -> frozenset[str]:
    """The words of the name an attribution gives without an address: Evolution's "On Thu,
    2026-12-03 at 14:00 +0000, Hannah Moore wrote:" and Roundcube's "On 2026-12-03 14:00,
    Hannah Moore wrote:" ("În …, Mihai Popa a scris:") name the sender after the date's last
    comma. Only a line that heads a quote counts, and only capitalised words are names."""
    head = line[:300].rstrip()
    if not is_reply_header(head):
        return frozenset()
    comma = head.rfind(",")
    tail = head[comma + 1 :]
    if comma < 0 or any(char.isdigit() for char in tail):
        return frozenset()  # no comma, or the date runs on after it: no name alone there
    words = re.findall(r"[^\W\d_][\w'-]*", tail)
    return frozenset(word.lower() for word in words if word[0].isupper() and len(word) >= 2)


def _own_category(subject: str, told: str, category: Category, *, reply: bool = False) -> Category:
    """The category of a reply's own words (above or below the quote) when only the earlier
    mail it quotes refuses:
    "Prima, dan wordt het deze vrijdag om 9.30 uur" over the reader's "woensdag … lukt me
    helaas niet meer", "Toppen, då flyttar vi …" over "… fungerar tyvärr inte längre".
    A reply (not a forward, which passes the refusal on) quotes with ">" or, as Outlook
    does, under a From/Sent/To block with everything below it earlier mail: "Je vous
    confirme donc notre rendez-vous le vendredi 12 juin" over the reader's "Malheureusement
    je ne suis pas disponible mardi", "potwierdzam ustalony termin" over "niestety w
    czwartek nie dam rady"."""
    own = _own_words(told, reply)
    if not own.strip() or len(own) >= len(told.rstrip()):
        return category
    return categorise(subject, own)


def _own_words(told: str, reply: bool) -> str:
    """The lines of a mail that are not ">" quotes, and for a reply none from the first
    header block of quoted earlier mail on (Outlook quotes without ">")."""
    lines = told.splitlines()
    kept: list[str] = []
    for index, line in enumerate(lines):
        if reply and opens_header_block(lines, index):
            break
        if not line.lstrip().startswith(">"):
            kept.append(line)
    return "\n".join(kept)


def _new_text_length(body: str) -> int:
    """How many characters of the body come before quoted earlier mail (the whole body when
    it quotes none): _unquoted_opening's cut, counted in the body as it is written."""
    raw_lines = body[:4000].splitlines()
    length = 0
    for index, line in enumerate(body[:4000].splitlines(keepends=True)):
        if (
            line.lstrip().startswith(">")
            or is_reply_header(raw_lines[index])
            or opens_header_block(raw_lines, index)
        ):
            return length
        length += len(line)
    return len(body)


def _unquoted_opening(body: str) -> str:
    """Return the new text at the top of a mail, before any quoted earlier mail."""
    lines: list[str] = []
    raw_lines = body[:4000].splitlines()
    for index, line in enumerate(raw_lines):
        # quoted earlier mail starts with "> ", an attribution or a From/Sent/To block
        if (
            line.lstrip().startswith(">")
            or is_reply_header(line)
            or opens_header_block(raw_lines, index)
        ):
            break
        lines.append(line)
    return "\n".join(lines)


@dataclass(frozen=True)
class _Reading:
    """The best time in a mail and how many different days it offers besides."""

    found: FoundTime
    open_days: int
    readings: tuple[FoundTime, ...] = ()
    # the days the mail's own times fall on, strong or not: a list of options each with its
    # end holds two clocks for each of these, however the options were scored
    listed_days: int = 0


def _best_time(sources: _Sources, subject: str | None, context: Context) -> _Reading | None:
    """Read the subject and every alternative; prefer a complete, unquoted reading.

    The HTML alternative is read when the plain one gives no complete reading: some
    tools put the time only in the HTML, or strike the old time through there.
    """
    envelope = sources.original
    plain_parts = _plain_parts(envelope)
    segments = [Segment(subject or "", "subject"), *(Segment(text, "body") for text in plain_parts)]
    html_segments = (
        [Segment(html_to_text(item, quotes=True), "html") for item in envelope.html[:3]]
        if not plain_parts
        else []
    )
    # the subject's and plain parts' readings serve again when the HTML is added to them
    kept = SegmentReadings() if plain_parts and envelope.html else None
    readings = find_times(segments + html_segments, context, kept)
    complete = bool(readings) and readings[0].zone_stated and not readings[0].quoted
    if not complete and plain_parts and envelope.html:
        html_segments = [Segment(html_to_text(item), "html") for item in envelope.html[:3]]
        readings = find_times(segments + html_segments, context, kept)
    if not readings or readings[0].quoted or readings[0].past:
        linked = _linked_time(envelope, context)
        if linked is not None:
            # a link for another day than the one the text names is another event's
            day = lone_date([segment.text for segment in segments + html_segments], context)
            if day is None or abs((linked.start.date() - day).days) <= 1:
                return _Reading(linked, 1)
    if not readings:
        return None
    found = shift_by_stated_span(
        add_durations(readings[0], [segment.text for segment in segments + html_segments])
    )
    if found.end is None and not found.quoted:
        found = _ended_by_structure(found, envelope, context)
    return _Reading(
        found, _open_days(readings), tuple(readings[:MAX_OPEN_READINGS]), _listed_days(readings)
    )


def _listed_days(readings: list[FoundTime]) -> int:
    """Count the days the mail's own times (not quoted, not past, not deadlines) fall on."""
    return len(
        {
            reading.start.date()
            for reading in _one_per_instant(list(readings[:MAX_OPEN_READINGS]))
            if not (reading.quoted or reading.past or reading.deadline)
        }
    )


def _one_per_instant(readings: list[FoundTime]) -> list[FoundTime]:
    """Keep the first reading of each instant. One moment written for two places falls on
    two dates where a date line lies between them ("11:00 AEDT on Wednesday 16 December -
    7:00 pm ET on Tuesday 15 December for you", "le 16 décembre à 09:00 JST (soit le 15
    décembre à 16:00 PT)"): the same slot told twice, not two days to choose from (text69)."""
    seen: set[datetime] = set()
    kept: list[FoundTime] = []
    for reading in readings:
        if reading.start in seen:
            continue
        seen.add(reading.start)
        kept.append(reading)
    return kept


def _ended_by_structure(found: FoundTime, envelope: Envelope, context: Context) -> FoundTime:
    """Take the end from the mail's calendar links or schema.org markup when the text names
    only the start: "Monday 7 December at 1pm" above an Event whose endDate is 13:45. The
    structure must name one slot, and the text's start must be its start."""
    if not any("=" in text for text in (*envelope.html[:3], *envelope.plain[:3])):
        return found  # neither a link with parameters nor markup attributes
    slots = _structured_slots(envelope, context)
    if len({start for start, _ in slots}) != 1:
        return found
    start, end = slots[0]
    if end is None or start != found.start:
        return found
    return replace(found, end=end.astimezone(found.start.tzinfo))


def _structured_slots(
    envelope: Envelope, context: Context
) -> list[tuple[datetime, datetime | None]]:
    """The slots add-to-calendar links and schema.org markup carry, each once; a slot told
    both with and without its end counts once, with the end."""
    texts = [*envelope.html[:3], *envelope.plain[:3]]
    slots = link_slots(texts, context.default_zone)
    slots += markup_slots(envelope.html[:3], context.default_zone)
    ended = {start: end for start, end in slots if end is not None}
    merged: list[tuple[datetime, datetime | None]] = []
    for start, end in slots:
        slot = (start, end or ended.get(start))
        if slot not in merged:
            merged.append(slot)
    return merged


def _linked_time(envelope: Envelope, context: Context) -> FoundTime | None:
    """Read the slot from add-to-calendar links, ranked below any time the text states.

    Used only when the text gives no time of its own (or only a quoted or past one); links
    for several different slots (a list of events) pin nothing.
    """
    slots = _structured_slots(envelope, context)
    if len({start for start, _ in slots}) != 1:
        return None
    start, end = slots[0]
    start = start.astimezone(context.default_zone)
    past = context.dated and start < context.reference - timedelta(hours=1)
    return FoundTime(
        start=start,
        end=end.astimezone(context.default_zone) if end is not None else None,
        timezone=None,
        zone_stated=True,
        score=1.0,
        past=past,
        warnings=("the time was read from the mail's add-to-calendar links",),
    )


def _open_days(readings: list[FoundTime]) -> int:
    """Count the days a mail offers to choose from: a slot list, a poll, "Tuesday or Thursday".

    Only strong readings count (a forward header's date or a signature's is weak), only times
    still ahead, outside quoted mail and not deadlines. A day holding several times is an
    itinerary (a visit over two days), not one option among others, so it counts as none.
    """
    usable = _one_per_instant(
        [
            reading
            for reading in readings[:MAX_OPEN_READINGS]
            if not (reading.quoted or reading.past or reading.deadline)
        ]
    )
    if not usable:
        return 0
    floor = max(0.0, usable[0].score - OPEN_SCORE_MARGIN)
    strong_days = {reading.start.date() for reading in usable if reading.score >= floor}
    # rows of one list are options alike ("- Thursday 7 January, 09.30-10.15" / "- Friday 8
    # January, 14.00-14.45"): the sentence that asks to choose stands nearer the first row,
    # which must not make the others weaker options
    rows = [reading for reading in usable if _LIST_ROW.match(reading.line)]
    if any(reading.score >= floor for reading in rows):
        strong_days |= {reading.start.date() for reading in rows}
    else:
        rows = []
    times: dict[date, set[datetime]] = {}
    for reading in usable:
        times.setdefault(reading.start.date(), set()).add(reading.start)
    if any(len(times[day]) > 1 for day in strong_days):
        return 1
    if len(strong_days) > 1:
        # a day named only for an outage ("the portal is down for maintenance on Monday
        # 22:00-23:30") is no option to choose; looked for only when the days are several
        strong_days = {
            reading.start.date()
            for reading in usable
            if (reading.score >= floor or reading in rows)
            and not OUTAGE_CUES.search(time_sentence(reading.line, reading.at))
        } or strong_days
    return len(strong_days)


OPEN_SCORE_MARGIN = 0.75
# A time of day; "24.04.2026" is a date, not 24:04.
_CLOCK = re.compile(r"(?<![\d.])\d{1,2}(?:[:h]\d\d|\.\d\d(?![.\d])|\s?[ap]\.?m\b)", re.IGNORECASE)


# A row of a day's agenda or programme: "09:30 – 10:00  Team meeting"
_RANGE_ROW = re.compile(
    r"^[ \t•*-]{0,4}([01]?\d|2[0-3])[:.]([0-5]\d)(?:\s?[^\d\s–—-]{1,5})?\s?[-–—]\s?"
    r"([01]?\d|2[0-3])[:.]([0-5]\d)(?:\s?[^\d\s:|]{1,5})?[ \t:|]+\S",
    re.MULTILINE,
)
AGENDA_GAP = timedelta(hours=1)


def _separate_meetings(body: str) -> bool:
    """Tell a day's agenda (rows of separate meetings, hours apart) from one visit's
    programme, whose sessions follow each other: "09:30–10:00 Team meeting / 14:00–15:00
    Interview with a candidate" is a calendar's digest of the reader's day."""
    rows = [
        (int(row[1]) * 60 + int(row[2]), int(row[3]) * 60 + int(row[4]))
        for row in _RANGE_ROW.finditer(body[:20_000])
    ]
    if len(rows) < 2:
        return False
    # on a 12-hour dial "2:00 PM" comes after "10:00 AM": a later row never starts earlier,
    # unless it is a part of the row before ("1:00 PM - 2:00 PM" over "1:00 PM - 1:30 PM
    # Technical screen", "1:30 PM - 2:00 PM Team chat": one slot and its programme)
    gaps = (
        0 if earlier[0] <= later[0] <= earlier[1] else (later[0] - earlier[1]) % 720
        for earlier, later in pairwise(rows)
    )
    return any(gap >= AGENDA_GAP.total_seconds() // 60 for gap in gaps)


_LABEL_LINE = re.compile(r"\s*>*\s*[^\W\d][\w .-]{0,20}\s?:\s")


def _without_mail_headers(body: str) -> str:
    """The text without the header blocks forwards and replies put above earlier mail (a run
    of three or more "Label: value" lines, one with an address: "From:/Date:/Subject:/To:",
    "Betreff:/Datum:/Von:/An:") and attribution lines ("On … wrote:"): their clocks are when
    mail was sent, no time of the message's own."""
    lines = body.splitlines()
    keep = [not is_reply_header(line) for line in lines]
    index = 0
    while index < len(lines):
        end = index
        while end < len(lines) and _LABEL_LINE.match(lines[end][:200]):
            end += 1
        if end - index >= 3 and any("@" in line for line in lines[index:end]):
            keep[index:end] = [False] * (end - index)
        index = max(end, index + 1)
    return "\n".join(line for line, kept in zip(lines, keep, strict=True) if kept)


def _note_moves_elsewhere(note: str, message: str, found: FoundTime) -> bool:
    """Tell a forwarder's note that moves the meeting to a time of its own ("перенесли,
    теперь в четверг в 15" above the passed-on invitation for Wednesday 10:00, fwd74) while
    the slot read is the passed-on mail's: the note's new hour went unread, and the slot read
    is the one given up. A note that only says it moved ("日時が変更になりました", "Przesunęli
    termin") over the notice that gives the new time names no time of its own."""
    head = note.strip()[:600]
    if found.moved or not RESCHEDULED_CUES.search(head) or not _DIGIT_ANYWHERE.search(head):
        return False
    line = found.line.strip()[:120]
    return bool(line) and line in message


def _itinerary(body: str, days: int) -> bool:
    """Tell a visit's programme (many times over its days) from one option per day."""
    limit = 2 * days  # one option a day, perhaps with its end
    return any(number >= limit for number, _ in enumerate(_CLOCK.finditer(body[:20_000])))


MAX_OPEN_READINGS = 40


_STRUCK_HTML = re.compile(
    r"<(del|s|strike)\b[^>]{0,300}>[^<]{0,300}</\1>"
    r"|<span[^>]{0,300}line-through[^>]{0,300}>[^<]{0,300}</span>",
    re.IGNORECASE,
)


def _unstruck(html: str) -> str:
    """Drop struck-through text: calendar tools strike the old time when one moves."""
    return _STRUCK_HTML.sub(" ", html)


_STRUCK_TAG = re.compile(r"<[^<>]{0,300}>")
# a struck-through clock ("<s>Tuesday 15 December, 10:00</s>", "<del>15 Aralık Salı, 9:30</del>")
_STRUCK_CLOCK = re.compile(
    r"\b(?:[01]?\d|2[0-3])[:.h][0-5]\d\b|\b\d{1,2} ?(?:am|pm)\b", re.IGNORECASE
)


def _strikes_old_time(html_parts: list[str]) -> bool:
    """Tell whether the HTML strikes a time through: the old slot of a move, shown beside
    the new one (Stalwart's 'Changed' mails, moves50's and change75's tables)."""
    return any(
        _STRUCK_CLOCK.search(_STRUCK_TAG.sub(" ", match.group()))
        for html in html_parts[:3]
        for match in _STRUCK_HTML.finditer(html[:200_000])
    )


def _passed_before_forward(sources: _Sources, found: FoundTime | None) -> bool:
    """Whether the user forwarded the mail only after the slot it names was over.

    Times in a forwarded mail are read against the date it was first sent; a forward sent
    a day or more after the meeting ended ("for my records, the interview was yesterday")
    passes on an earlier interview, not one to attend. An hour stands for an unstated end;
    a forward the same day may still be the user catching up on a short-notice invitation.
    """
    if found is None or found.quoted:
        return False
    forwarded_on = (sources.wrapper or sources.outer).date
    if forwarded_on is None or (
        sources.inline is None and sources.original is sources.outer and sources.wrapper is None
    ):
        return False
    over = found.end if found.end is not None else found.start + timedelta(hours=1)
    return over + LATE_FORWARD_MARGIN < forwarded_on


LATE_FORWARD_MARGIN = timedelta(days=1)


def _refusal(found: FoundTime | None, sample: str, dated: bool) -> str | None:
    """Return why a mail with a time is still not an invitation, or None when it is one.

    A mail without any word for a meeting is not refused here: its time is kept for review.
    """
    if found is None:
        return None
    if found.deadline:
        return "gives a deadline to meet, not a time to meet"
    if AUTO_REPLY_CUES.search(sample[:1500]):
        return "an automatic reply (out of office), not an invitation"
    if DIGEST_CUES.search(sample[:3000]) and not VISIT_PROGRAMME_CUES.search(sample[:3000]):
        return "lists several meetings (an agenda or minutes), not an invitation"
    if CALENDAR_EXPORT_CUES.search(sample[:3000]):
        return "a calendar's own days mailed as a document (an export, a daily agenda)"
    if dated and found.past and not found.quoted:
        return "the time it mentions had already passed when the mail was sent"
    if found.past and found.quoted:
        return "mentions an earlier meeting only in quoted mail"
    return None


# Calendar software opens its notice with the sentence that says what happened; a forward
# puts a header or a short note above it. The mined sentences are looked for this far in.
NOTICE_LIMIT = 1500


def _cancels(subject: str, body: str) -> bool:
    """Tell whether the mail calls a meeting off ("we need to cancel your interview").

    Employers often give the reason in the same mail ("the position has been filled"), which
    reads like a refusal; the cancelled slot is still worth reading.
    """
    head = f"{subject}\n{body[:3000]}"
    return bool(
        (SUBJECT_CANCELLED.search(subject) and not SUBJECT_RESCHEDULED.search(subject))
        or _called_off(head)
        or CATALOG_CANCELLED_CUES.search(head, 0, NOTICE_LIMIT)
    )


_CANCEL_WORDS_READ = 12  # a policy footer says it once or twice; past that, it is a notice


def _called_off(head: str) -> bool:
    """Tell whether a cancel word in `head` says the meeting is off, not a booking's policy.

    "nicht abgesagte Termine werden berechnet", "Tout retard de plus de 15 minutes entraîne
    l'annulation", "Jeśli nie może Pan przyjść, prosimy o odwołanie wizyty": the sentence
    sets a notice period, a charge or a lateness rule, or puts the cancelling under a
    condition before it; clinics' and employers' confirmations alike close with one.
    """
    for count, match in enumerate(
        chain(CANCELLING_CUES.finditer(head), CANCELLED_CUES.finditer(head))
    ):
        if count >= _CANCEL_WORDS_READ:
            return True
        start, end = sentence_bounds(head, match.start())
        sentence = head[start:end]
        before = head[start : match.start()]
        if not (CANCELLATION_POLICY.search(sentence) or CANCELLATION_CONDITION.search(before)):
            return True
    return False


def _calls_off_quoted(opening: str) -> bool:
    """Tell whether the new text above quoted mail says the meeting is cancelled."""
    return _called_off(opening[:1500])


def _is_auto_reply(sources: _Sources, subject: str) -> bool:
    """Tell an automatic reply (RFC 3834 headers or a responder's subject) from real mail."""
    if sources.original.auto_reply or (
        sources.original is sources.outer and sources.inline is None and sources.outer.auto_reply
    ):
        return True
    # an out-of-office passed on keeps its responder's subject under the forward prefix
    # ("FW: Automatic reply: RE: ...", "Fwd: Automatická odpověď: Re: ..."): the headers
    # that marked it went with the mail it was forwarded from
    while FORWARD_SUBJECT.match(subject):
        subject = FORWARD_SUBJECT.sub("", subject, count=1)
    return bool(AUTO_REPLY_SUBJECT.match(subject))


def _text_kind(subject: str, body: str, cancels: bool) -> Kind:
    """Tell an invitation from a cancellation or a move by the words of the mail itself.

    `cancels` is what `_cancels` said of the same subject and body, read once per mail.
    """
    head = f"{subject}\n{body[:3000]}"
    if cancels or SUBJECT_DELETED_BOOKING.search(subject[:400]):
        return "cancellation"
    if (
        _subject_moves(subject)
        or RESCHEDULED_CUES.search(head)
        or CATALOG_UPDATED_CUES.search(head, 0, NOTICE_LIMIT)
        or (
            OLD_SLOT_ROW.search(head, 0, NOTICE_LIMIT)
            and NEW_SLOT_ROW.search(head, 0, NOTICE_LIMIT)
        )
    ):
        return "reschedule"
    return "invitation"


def _at_readers_row(
    found: FoundTime, subject: str, message: str, reader: frozenset[str]
) -> tuple[FoundTime, bool]:
    """Move the reading to the reader's own row of a list of people's slots, and tell
    whether it is there: "Interview slots ... Thursday 21 January: 09:00 Hannah Lee / 09:40
    Alex Morgan / 10:20 Grace Kim" under "Your interview slot" is 09:40 for Alex Morgan.
    The day stays the one read; a stated duration ("Each interview is 30 minutes") keeps
    its length unless the row gives its own end."""
    if found.quoted or found.past:
        return found, False
    row = readers_own_row(subject, message, reader)
    if row is None:
        return found, False
    start = found.start.replace(hour=row.start[0], minute=row.start[1], second=0)
    if row.end is not None:
        end: datetime | None = found.start.replace(hour=row.end[0], minute=row.end[1], second=0)
    else:
        end = found.end + (start - found.start) if found.end is not None else None
    if end is not None and end <= start:
        end = None
    return replace(found, start=start, end=end, line=row.line, at=0), True


def _reader(sources: _Sources) -> frozenset[str]:
    """The words of the names the mail is written to: its To and Cc, or for an inline forward
    the To line of the block above the message passed on (none when the client left it out).
    Forwarding changes nothing: the user who passes a mail on is not who it greets."""
    if sources.inline is not None:
        return reader_tokens(sources.inline.recipients)
    return reader_tokens(sources.original.recipient_text)


def _passed_on_for_someone(sources: _Sources, message: str) -> str | None:
    """Tell whether an inline forward passes on mail written to another person than the one
    forwarding it (its outer From). In a forward of a forward, the one who passed the mail
    on first must be another person too: an agency passes on mail written to itself. Mail
    passed on to the very address it was written to is that person's own: a friend returns
    to Alex an invitation addressed to Alex that reached the friend (negs40 fwdevent40)."""
    if sources.inline is None or _forwards_own_mail(sources):
        # the user's own mail to an employer greets the employer, and is the user's
        return None
    written_to = {
        address.lower()
        for _, address in getaddresses([sources.inline.recipients])[:100]
        if "@" in address
    }
    if (
        # a forward by a third person (a reply quotes its own writer's mail instead)
        sources.inline.is_forward
        and sources.inline.sender != sources.outer.sender
        and written_to
        and written_to <= set(sources.outer.recipients)
        and greets_by_name(message, reader_tokens(sources.outer.recipient_text))
    ):
        return None
    people = [(sources.outer.sender_name, sources.outer.sender)]
    if sources.passer is not None:
        people.append(sources.passer)
    elif sources.forward_blocks > 1:
        return None
    why = None
    for name, address in people:
        why = passed_on_for_someone(
            _person_words(name, address),
            reader_tokens(sources.inline.recipients),
            message,
            own_names=reader_tokens(name or ""),
        )
        if why is None:
            return None
    return why


def _forwarded_for_another(sources: _Sources) -> str | None:
    """Tell whether a calendar forwarded inline is not the reader's interview, as the text
    path tells it: the forwarder asks the reader to stand in for them ("kannst du für mich
    einspringen?"), or passes on their own invitation (a partner's "here's my interview,
    can you pick up the kids?"). A calendar beside the forward changes neither."""
    if sources.inline is None:
        return None
    if STAND_IN_CUES.search(sources.inline.notes[:800]):
        return STAND_IN_NOTE
    note = sources.inline.notes[:600]
    if not note_greets_someone(note) or not writers_own_interview(note.lower()):
        # the user's own line to the Afterview inbox ("Do kalendarza, proszę.", "FYI:"), or
        # none: an inbox's display name ("Afterview inbox") is no second person. Only a note
        # written to someone that calls the interview the writer's own ("Hey love, here's my
        # interview"; the text path's relfwd42, others44) passes it on as theirs
        return None
    return _passed_on_own(sources, sources.inline.body)


def _passed_on_own(sources: _Sources, message: str) -> str | None:
    """Tell whether an inline forward passes on an invitation written to its forwarder, to
    another person's mailbox (see passes_on_own_invitation)."""
    if sources.inline is None or sources.forward_blocks > 1:
        return None
    return passes_on_own_invitation(
        sources.outer.sender or "",
        _forwarder(sources),
        sources.inline.recipients,
        sources.outer.recipient_text,
        sources.inline.notes,
        message,
        sources.inline.subject or "",
    )


def _writer_applies(sources: _Sources, opening: str, reader: frozenset[str]) -> str | None:
    """Tell whether the newest part of the mail is written by the one applying to the
    reader, who chooses (see writer_applies). The user's own mail passed on, a forward whose
    passed-on mail has the forwarder as its sender, is the user's application, not another
    applicant's."""
    if sources.inline is not None and (not sources.inline.sender or _forwards_own_mail(sources)):
        return None
    return writer_applies(opening, reader | _mailbox(sources))


def _forwards_own_mail(sources: _Sources) -> bool:
    """Tell whether an inline forward passes on mail its forwarder wrote: the same address,
    or the same full name from another mailbox of theirs ("Alex Morgan <a.morgan@work…>"
    forwarded by Alex Morgan's own). The user's reply to an employer, passed on to
    Afterview, greets the employer and says "my application": it is still the user's."""
    inline, outer = sources.inline, sources.outer
    if inline is None:
        return False
    if inline.sender and inline.sender.lower() == (outer.sender or "").lower():
        return True
    theirs = (inline.sender_name or "").casefold().split()
    return len(theirs) >= 2 and theirs == (outer.sender_name or "").casefold().split()


def _bcc_copy_of_own(sources: _Sources, texts: list[str]) -> bool:
    """Tell whether the mail is the user's Bcc copy of their own reply (README 'The user's
    Bcc copy'): From the user, To the employer, delivered to an address in none of To and Cc
    (Delivered-To, X-Original-To, Envelope-To or a kept Bcc line), over quoted mail written
    to its own From: the quote's header block names the From as its recipient, or its
    attribution names the To person as its writer. Mail sent in bulk or to a list, and an
    employer's mail that reached the user by Bcc (it quotes nothing written to its From),
    are no such copy."""
    outer = sources.outer
    if sources.inline is not None or sources.wrapper is not None or outer is not sources.original:
        return False
    if sources.calendars or not texts:
        return False
    sender = outer.sender
    if not sender or not outer.recipients or sender in outer.recipients:
        return False
    if outer.bulk or outer.discussion_list or outer.auto_reply:
        return False
    if not any(a not in outer.recipients for a in outer.delivered_to):
        return False
    if any(a in outer.recipients for a in outer.delivered_to):
        # it reached a mailbox on its To line first: mail to the user, forwarded on from
        # their mailbox (the employer's reply quoting the user's own mail), not a Bcc copy
        return False
    if _bcc_from_another(outer):
        return False
    body = texts[0][:_BCC_QUOTE_CHARS]
    writer = _person_words(outer.sender_name, outer.sender)
    addressee = reader_tokens(outer.recipient_text) - writer
    if addressee & (_quoted_authors(body) | _attribution_words(body)):
        return True  # "On …, Megan Grant <megan@…> wrote:" over the employer's mail
    name = " ".join((outer.sender_name or "").casefold().split())
    for line in body.splitlines():
        label, colon, rest = line.lstrip("> \t*").partition(":")
        if not colon or label.strip().strip("*").strip().casefold() not in _TO_LABELS:
            continue
        rest = " ".join(rest.casefold().split())
        if sender in rest or (name.count(" ") >= 1 and name in rest):
            return True  # "To: Alex Morgan <alex.morgan@…>" in the quoted header block
    return False


def _bcc_from_another(outer: Envelope) -> bool:
    """Tell a third party's mail that put the user in Bcc from the user's own Bcc copy,
    by its headers: a recruiter's reply to the hiring manager, or an agency's to its
    client, quoting the colleague's mail to its From, reads header for header like the
    user's copy of their reply. Its From is not the user's when it writes to a colleague
    (To on the From's own domain, not a mail host's), or when it was delivered to a named
    mailbox ("alex.morgan@…", not Afterview's "interviews+…") whose name is not the From's.
    Mail delivered to its own From is the user's: they put themselves in Bcc."""
    sender = outer.sender or ""
    if sender in outer.delivered_to:
        return False
    domain = sender.rpartition("@")[2]
    if domain not in INTERMEDIARY_DOMAINS and any(
        address.rpartition("@")[2] == domain for address in outer.recipients
    ):
        return True
    writer = _person_words(outer.sender_name, sender)
    for address in outer.delivered_to:
        if address in outer.recipients:
            continue
        local = address.partition("@")[0].partition("+")[0]
        parts = {part.lower() for part in re.findall(r"[^\W\d_]{2,}", local)}
        if len(parts) >= 2 and writer and not parts & writer:
            return True  # Bcc'd to someone else's mailbox: "alex.morgan@…" by Priya Shah
    return False


def _attribution_words(body: str) -> frozenset[str]:
    """The words of the line that heads the first quote ("> "), when it ends in a colon:
    Thunderbird's "Am 12.11.26 um 10:00 schrieb Sabine Roth:" names its writer with no
    address and no comma."""
    lines = body.splitlines()
    for index, line in enumerate(lines):
        if not line.lstrip().startswith(">"):
            continue
        above = [text for text in lines[max(0, index - 3) : index] if text.strip()]
        head = above[-1].strip() if above else ""
        return reader_tokens(head[:300]) if head.endswith(":") else frozenset()
    return frozenset()


_BCC_QUOTE_CHARS = 8000
# the To label of a quoted header block, in the clients' languages
_TO_LABELS = frozenset(
    {"to", "an", "à", "a", "para", "aan", "til", "till", "do", "komu", "kime", "для"}
)


def _forwarder(sources: _Sources) -> frozenset[str]:
    """The words of the name of whoever forwarded an inline forward (none otherwise): the
    user passing on their own invitation may be greeted in it by a name its To lacks."""
    if sources.inline is None:
        return frozenset()
    return _person_words(sources.outer.sender_name, sources.outer.sender)


def _forwarders(sources: _Sources) -> frozenset[str]:
    """The words of the names of everyone who passed an inline forward on: the user, and in a
    forward of a forward the one before them (an agency, the user's other mailbox)."""
    if sources.passer is None:
        return _forwarder(sources)
    return _forwarder(sources) | _person_words(*sources.passer)


def _person_words(name: str | None, address: str | None) -> frozenset[str]:
    """The words of one person's name and address, as reader_tokens reads a To line."""
    return reader_tokens(f"{name or ''} <{address or ''}>")


def _mailbox(sources: _Sources) -> frozenset[str]:
    """The names on the To line of the mail that carried an inline forward: the mailbox it
    reached (none when the mail is not a forward, or reached Afterview's own address)."""
    if sources.inline is None:
        return frozenset()
    return reader_tokens(sources.outer.recipient_text)


def _subject_names_someone(sources: _Sources) -> str | None:
    """Tell whether an inline forward's own subject names another person's interview ("Fwd:
    Tom's interview") while the mail passed on was written to someone else than the one
    forwarding it."""
    if sources.inline is None:
        return None
    return subject_names_someone(
        sources.outer.subject or "",
        _person_words(sources.outer.sender_name, sources.outer.sender),
        reader_tokens(sources.inline.recipients),
    )


def _sender_tld(sources: _Sources) -> str | None:
    address = sources.inline.sender if sources.inline else sources.original.sender
    if not address or "@" not in address:
        return None
    return address.rsplit(".", 1)[-1].lower()
