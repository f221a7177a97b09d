"""Turn HTML bodies into text that keeps each table cell on its own line."""

from __future__ import annotations

import re
from functools import cache, lru_cache
from html import escape
from typing import Any

from inscriptis import get_text
from inscriptis.css_profiles import CSS_PROFILES
from inscriptis.html_properties import Display
from inscriptis.model.config import ParserConfig
from inscriptis.model.html_element import HtmlElement
from inscriptis.model.tag import CustomHtmlTagHandlerMapping

from service.parsing.lexicon import END_LABELS, WHEN_LABELS, is_reply_header

_TABLE_TAGS = ("table", "tr", "td", "th")
MAX_HTML_CHARS = 300_000
MAX_TAGS = 20_000
# a cell's edges: a space goes after each end tag and before each start tag, so that cells
# written back to back, or left unclosed ("<td>Date<td>06/09/2026"), stay apart
_CELL_END = re.compile(r"</t[dh]\s*>", re.IGNORECASE)
_CELL_START = re.compile(r"<t[dh]\b", re.IGNORECASE)
# a description list ("<dl><dt>Date</dt><dd>Friday 12 March</dd><dt>Time</dt>…") is inline
# in inscriptis' profile, so every term and value ran into one line ("DateFriday 12 March
# Time09:00 – 09:45 …") and a range's end was read beside the next label; each term starts a
# line and its value follows it after a space, as a label/value table row does
_TERM_START = re.compile(r"<dt\b", re.IGNORECASE)
_TERM_END = re.compile(r"</d[dt]\s*>|(?=<dd\b)", re.IGNORECASE)
# a label and its value in spans back to back ("<span>WHEN</span><span>Tue, Dec 15 …") would
# run together as "WHENTue"; a word split across two spans ("Interv</span><span>iew") stays one,
# and so does an hour split around its colon ("14</span><span>:</span><span>30", as JOIN,
# ModernLoop and GoodTime set the big digits): no space after a colon alone in its span or
# after a digit's colon, only after a label's ("WHEN:</span><span>Tue")
_SPANS_APART = re.compile(
    r"(?:(?<=[A-Z0-9.)])|(?<=[^>0-9]:))</span\s*>(?=<span\b[^>]{0,200}>[A-Z0-9(])"
)
# RFC 3676's signature delimiter "-- " on a line of its own ("-- <br>", "<div>--&nbsp;</div>"):
# inscriptis trims the trailing space, and a bare "--" is a rule, not a delimiter, for the
# readers; the space is kept as a private-use mark and restored after the conversion
_DELIMITER = re.compile(
    r"(^|<br\s*/?>|<(?:div|p|pre)\b[^>]*>|\n)([ \t]*)--(?:[ \t\xa0]|&nbsp;|&#160;|&#xa0;)+"
    r"(?=[ \t\r]*(?:<br\b|</(?:div|p|pre)\s*>|<(?:div|p)\b|\n|$))",
    re.IGNORECASE,
)
# Blocks mail clients mark as the sender's signature: Gmail (class="gmail_signature"),
# Thunderbird ("moz-signature"), Outlook on the web (id="Signature"), Outlook for Windows
# (<a name="_MailAutoSig">), Apple Mail on iOS (id="AppleMailSignature"), Yahoo
# ("ymail_android_signature"); their plain alternatives put "-- " above the same lines
_SIGNATURE_BLOCK = re.compile(
    r"<(?:div|span|a|table|pre)\b[^>]*?\b(?:class|id|name)\s*=\s*[\"']?"
    r"(?:[\w-]+\s+)*(?:gmail_signature|moz-signature|x_Signature|Signature|AppleMailSignature"
    r"|_MailAutoSig|ymail_android_signature|yahoo-signature)\b",
    re.IGNORECASE,
)
_KEPT_SPACE = "\ue000"


def _ignore_start(state: Any, attrs: Any) -> None:
    return None


def _ignore_end(state: Any) -> None:
    return None


@cache
def _config() -> ParserConfig:
    # Invitation mails lay out "Date | Time | Zone" in table cells; inscriptis' column
    # layout would interleave them with the neighbouring column, so rows become lines.
    css = dict(CSS_PROFILES["strict"])
    for tag in ("table", "tr", "tbody", "thead", "tfoot"):
        css[tag] = HtmlElement(display=Display.block)
    # no suffix on cells: inscriptis writes an element's suffix after every text node of
    # it, so "<td>12:<span>00</span></td>" became "12: 00"; html_to_text spaces the cells
    for tag in ("td", "th"):
        css[tag] = HtmlElement(display=Display.inline)
    css["dl"] = HtmlElement(display=Display.block)
    mapping = CustomHtmlTagHandlerMapping(
        start_tag_mapping=dict.fromkeys(_TABLE_TAGS, _ignore_start),
        end_tag_mapping=dict.fromkeys(_TABLE_TAGS, _ignore_end),
    )
    return ParserConfig(css=css, custom_html_tag_handler_mapping=mapping)


def _within_tag_budget(html: str) -> str:
    """Cut the HTML before its MAX_TAGS-th tag: inscriptis spends ~10 µs on each element."""
    if html.count("<") <= MAX_TAGS:
        return html
    position = 0
    for _ in range(MAX_TAGS):
        position = html.find("<", position) + 1
    return html[: position - 1]


def html_to_text(html: str, quotes: bool = False) -> str:
    """Return the readable text of an HTML body; with `quotes`, lines inside <blockquote>s
    get "> " once per level (for a body that has no plain twin to show them)."""
    html = _by_slot(html[:MAX_HTML_CHARS])
    # cells written back to back ("<td>Date</td><td>06/09/2026</td>") would run together
    spaced = _CELL_START.sub(r" \g<0>", _CELL_END.sub(r"\g<0> ", html))
    if "<dt" in spaced or "<DT" in spaced:
        spaced = _TERM_START.sub(r"<br>\g<0>", _TERM_END.sub(r"\g<0> ", spaced))
    if "</span><span" in spaced:
        spaced = _SPANS_APART.sub(r"\g<0> ", spaced)
    marked = _marked_signatures(spaced)
    if quotes:
        marked = _marked_quotes(marked)
    text = _converted(_within_tag_budget(marked))
    return _quoted_lines(text) if quotes and _QUOTE_OPEN in text else text


# A move laid out in columns: a header row names the slot given up and the one replacing it
# ("| Original time | New time |", "| Ursprünglicher Termin | Neuer Termin |", "| 原定时间 |
# 新时间 |") and each row below gives one field of both ("Date | Tue, Dec 8 | Wed, Dec 9").
# Rows become lines, so the two slots' dates and times would interleave on each line; the
# table is written column by column instead, each slot under its own heading, as the
# label/value notices set them out.
_LATIN_OLD = (
    r"previous|old|former|original|earlier|before|ursprünglich\w*|bisherig\w*|alte[rs]?"
    r"|vorherig\w*|ancien(?:ne)?|précédent\w*|anterior\w*|antig[oa]|precedente|vecchio"
    r"|oude?|vorige|poprzedni\w*|dotychczasow\w*"
    # Swedish, Danish and Norwegian: "Tidigare" / "Ny tid", "Tidligere" / "Nyt tidspunkt"
    r"|tidigare|tidligere|föregående|forrige"
    # a bare "before" / "after" pair of headings: "Alt | Neu", "Antes | Ahora", "Prima | Dopo",
    # "Vorher | Nachher" (moves50 oldnew50)
    r"|alt|antes|prima|vorher"
)
_LATIN_NEW = (
    r"new|updated|rescheduled|after|neue?[rs]?|nouve(?:au|l|lle)|nuev[oa]|nuov[oa]|nov[oa]"
    r"|nieuwe?|now[ya]|nyt?t?|nye"
    r"|ahora|agora|dopo|nachher"
)
# a word that marks a slot given up or the one replacing it in a short heading: "Original
# time", "Neuer Termin", "Fecha anterior", "Oud tijdstip", "原定时间", "新时间"
SLOT_HEAD = re.compile(
    rf"(?<![^\W\d_])(?:(?P<old>{_LATIN_OLD})(?![^\W\d_])|(?P<new>{_LATIN_NEW})(?![^\W\d_]))"
    r"|(?P<old_cjk>原定|原来|旧|変更前|이전|기존)|(?P<new_cjk>新|変更後|새|변경)",
    re.IGNORECASE,
)
# the cheap test for such a table: a cell that opens with a heading of the slot given up
_OLD_HEAD_CELL = re.compile(
    rf"<t[hd]\b[^>]{{0,300}}>\s*(?:<[^>]{{0,300}}>\s*){{0,4}}[^<\d]{{0,24}}?"
    rf"(?:{_LATIN_OLD}|原定|原来|旧|変更前|이전|기존)",
    re.IGNORECASE,
)
_PLAIN_TABLE = re.compile(r"<table\b[^>]*>((?:(?!<table\b).){0,6000}?)</table\s*>", re.I | re.S)
_ROW = re.compile(r"<tr\b[^>]*>(.*?)(?=<tr\b|$)", re.IGNORECASE | re.DOTALL)
_CELL = re.compile(r"<t[dh]\b[^>]*>(.*?)(?=<t[dh]\b|</tr|$)", re.IGNORECASE | re.DOTALL)
_TAG = re.compile(r"<[^>]*>")
MAX_SLOT_HEAD = 40


def _cell_text(cell: str) -> str:
    return " ".join(_TAG.sub(" ", cell).replace("&nbsp;", " ").split())


def _slot_heads(cells: list[str]) -> list[str] | None:
    """Mark each column after the first "old" or "new", when every one of them is a heading
    that marks a slot and both kinds are there."""
    marks = []
    for cell in cells[1:]:
        text = _cell_text(cell) if "<" in cell or "&" in cell else cell
        # the mark first or after its noun: "Neuer Termin", "Fecha anterior"
        found = SLOT_HEAD.search(text) if len(text) <= MAX_SLOT_HEAD else None
        if found is None:
            return None
        marks.append("old" if found.group("old") or found.group("old_cjk") else "new")
    return marks if "old" in marks and "new" in marks else None


# A slot laid out in columns: a header row names the fields ("Date | Start | End | Time zone",
# "Datum | Beginn | Ende", "日付 | 開始 | 終了", "Data | Ora inizio | Ora fine") and the row
# below gives their values ("2026-12-10 | 09:00 | 09:45 | America/Chicago"). Read as rows,
# the end's label sat a line above its clock; each value row is written as label/value lines
# ("Start: 09:00", "End: 09:45") so the end label stands before its time.
_END_HEAD = re.compile(rf"(?:[^\W\d_]+ )?(?:{END_LABELS})", re.IGNORECASE)
_WHEN_HEAD = re.compile(rf"(?:[^\W\d_]+ )?(?:{WHEN_LABELS})", re.IGNORECASE)
_END_HEAD_CELL = re.compile(
    rf"<t[hd]\b[^>]{{0,300}}>\s*(?:<[^>]{{0,300}}>\s*){{0,4}}"
    rf"(?:[^\W\d_]+ )?(?:{END_LABELS})\s*:?\s*<",
    re.IGNORECASE,
)
MAX_FIELD_ROWS = 6


def field_heads(cells: list[str]) -> bool:
    """Whether a row's cells are the headings of a slot's fields: short labels, one of them
    the start's (or the date's) and another the end's."""
    texts = [
        (_cell_text(cell) if "<" in cell or "&" in cell else cell).rstrip(":：") for cell in cells
    ]
    if any(len(text) > MAX_SLOT_HEAD or any(c.isdigit() for c in text) for text in texts):
        return False
    ends = [i for i, text in enumerate(texts) if _END_HEAD.fullmatch(text)]
    return bool(ends) and any(
        i not in ends and _WHEN_HEAD.fullmatch(text) for i, text in enumerate(texts)
    )


def field_lines(head: list[str], rows: list[list[str]]) -> list[str]:
    """Each value row as "Label: value" lines, a blank line between rows."""
    out: list[str] = []
    for row in rows:
        if out:
            out.append("")
        for label, value in zip(head, row, strict=True):
            if value:
                out.append(f"{label.rstrip(':：')}: {value}" if label else value)
    return out


def _transposed(found: re.Match[str]) -> str:
    rows = [_CELL.findall(row) for row in _ROW.findall(found.group(1))]
    rows = [row for row in rows if row]
    if (
        2 <= len(rows) <= MAX_FIELD_ROWS + 1
        and len(rows[0]) >= 2
        and all(len(row) == len(rows[0]) for row in rows[1:])
        and field_heads(rows[0])
    ):
        heads = [_cell_text(cell) for cell in rows[0]]
        lines = field_lines(heads, [[_cell_text(cell) for cell in row] for row in rows[1:]])
        return (
            "<table>" + "".join(f"<tr><td>{escape(line)}</td></tr>" for line in lines) + "</table>"
        )
    if len(rows) >= 2 and _cell_text(rows[0][0]) and _slot_heads(["", *rows[0]]) is not None:
        # no label column: "| Ancien créneau | Nouveau créneau |" over "| mardi 10 mars,
        # 10h00–10h45 | jeudi 12 mars, 15h00–15h45 |", each column a whole slot
        rows = [["", *row] for row in rows]
    if len(rows) < 2 or len(rows[0]) < 3 or _slot_heads(rows[0]) is None:
        return found.group(0)
    if _cell_text(rows[0][0]) or any(len(row) != len(rows[0]) for row in rows[1:]):
        return found.group(0)  # a label over the labels, or rows of another shape
    out = ["<table>"]
    for column in range(1, len(rows[0])):
        # "New time: Wed, Dec 9, 2026, 2:00 PM - 2:45 PM": the heading labels its slot
        head = _cell_text(rows[0][column]).rstrip(":")
        values = ", ".join(_cell_text(row[column]) for row in rows[1:])
        out.append(f"<tr><td>{escape(head)}: {escape(values)}</td></tr>")
    return "".join(out) + "</table>"


def _by_slot(html: str) -> str:
    """Write the old/new column tables of a move one slot after the other."""
    if not _OLD_HEAD_CELL.search(html) and not _END_HEAD_CELL.search(html):
        return html
    return _PLAIN_TABLE.sub(_transposed, html)


# The same table in a plain part: cells kept apart by "|" or by runs of spaces,
# "       | Original          | New" over "Date   | Mon, Dec 14, 2026 | Tue, Dec 15, 2026"
_PLAIN_CELL_GAP = re.compile(r"\s*[|｜]\s*|\s{2,}|\t+")
_RULE_LINE = re.compile(r"[\s|+=:-]*")
MAX_PLAIN_ROWS = 12


def _plain_cells(line: str) -> list[str]:
    """The cells of one plain-text row, the first empty when the row is indented."""
    if "|" in line or "｜" in line:
        line = line.replace("｜", "|")  # the full-width bar of Japanese and Chinese tables
    elif "  " not in line.strip() and "\t" not in line.strip():
        return []
    bare = line.rstrip().rstrip("|").rstrip()
    if bare.startswith("|"):
        bare = bare.lstrip()[1:].lstrip()  # "| Date | …": a border, not an empty cell
    cells = _PLAIN_CELL_GAP.split(bare)
    if cells and not cells[0].strip() and not line[:1].strip() and "|" not in line[:1]:
        cells[0] = ""  # "          Vecchio orario     Nuovo orario": an empty label column
    return [cell.strip() for cell in cells]


def by_slot_lines(text: str) -> str:
    """Write a plain-text old/new column table of a move one labelled slot a line."""
    if "  " not in text and "|" not in text and "\t" not in text and "｜" not in text:
        return text
    lines = text.split("\n")
    out: list[str] = []
    index = 0
    while index < len(lines):
        cells = _plain_cells(lines[index])
        # no label column: "Ancien horaire    Nouvel horaire" over "mercredi 8 avril, 9h
        # jeudi 9 avril, 16h30", "｜変更前｜変更後｜" over one row, each column a whole slot
        bare_heads = len(cells) == 2 and _slot_heads(["", *cells]) is not None
        if bare_heads:
            cells = ["", *cells]
        if len(cells) < 3 or cells[0] or _slot_heads(cells) is None:
            out.append(lines[index])
            index += 1
            continue
        rows: list[list[str]] = []
        ahead = index + 1
        while ahead < len(lines) and len(rows) < MAX_PLAIN_ROWS and lines[ahead].strip():
            if _RULE_LINE.fullmatch(lines[ahead]):
                ahead += 1
                continue
            row = _plain_cells(lines[ahead])
            if bare_heads:
                row = ["-", *row]
            if len(row) != len(cells) or not row[0]:
                break
            rows.append(row)
            ahead += 1
        if not rows:
            out.append(lines[index])
            index += 1
            continue
        for column in range(1, len(cells)):
            values = ", ".join(row[column] for row in rows)
            out.append(f"{cells[column].rstrip(':')}: {values}")
        index = ahead
    return "\n".join(out)


# Quoted earlier mail in HTML replies sits in <blockquote>s, one level per reply (Roundcube's
# '<p id="reply-intro">…</p><blockquote>', Thunderbird's and Apple Mail's <blockquote
# type="cite">, Gmail's <blockquote class="gmail_quote">); their plain alternatives put "> "
# before each quoted line. An HTML-only mail's text keeps that mark, so a reply written below
# a quote (bottom-posting) is told from the quote as in plain text. Where a plain part exists
# it already shows the quotes, and its HTML twin is read as before.
_BLOCKQUOTE = re.compile(r"<(/?)blockquote\b[^>]*>", re.IGNORECASE)
_QUOTE_OPEN = "\ue001"
_QUOTE_CLOSE = "\ue002"
MAX_QUOTE_DEPTH = 12


def _marked_quotes(html: str) -> str:
    if "blockquote" not in html and "BLOCKQUOTE" not in html and "Blockquote" not in html:
        return html

    def mark(found: re.Match[str]) -> str:
        if found.group(1):
            return f"{found.group(0)}<div>{_QUOTE_CLOSE}</div>"
        return f"<div>{_QUOTE_OPEN}</div>{found.group(0)}"

    return _BLOCKQUOTE.sub(mark, html)


def _quoted_lines(text: str) -> str:
    """Put "> " before each line inside a blockquote an attribution heads ("On …, X wrote:"),
    once per such level, and drop the marks. A blockquote without one (Apple Mail's forward
    in <blockquote type="cite"> below "Begin forwarded message:") passes a message on: its
    lines stay as they are."""
    lines: list[str] = []
    levels: list[bool] = []  # for each open blockquote: does it count as a quote level
    depth = 0
    for line in text.split("\n"):
        bare = line.strip()
        if bare == _QUOTE_OPEN:
            before = next((item for item in reversed(lines) if item.strip(" >")), "")
            quoted = is_reply_header(before.lstrip("> ").strip())
            levels.append(quoted)
            depth += quoted
            continue
        if bare == _QUOTE_CLOSE:
            if levels:
                depth -= levels.pop()
            continue
        line = line.replace(_QUOTE_OPEN, "").replace(_QUOTE_CLOSE, "")
        if depth:
            level = min(depth, MAX_QUOTE_DEPTH)
            line = ">" * level + (" " + line.strip() if line.strip() else "")
        lines.append(line)
    return "\n".join(lines)


def _marked_signatures(html: str) -> str:
    """Keep "-- " above a signature as the plain alternative has it, and write it above the
    blocks clients mark as a signature: office hours and phone numbers there are no meeting."""
    if "--" in html:
        html = _DELIMITER.sub(rf"\1\2--{_KEPT_SPACE}", html)
    if "ignature" in html or "_MailAutoSig" in html:
        html = _SIGNATURE_BLOCK.sub(rf"<div>--{_KEPT_SPACE}</div>\g<0>", html)
    return html


@lru_cache(maxsize=4)
def _converted(html: str) -> str:
    # the parser asks for the text of the same body more than once per message
    try:
        text = str(get_text(html, _config()))
    except Exception:  # lxml rejects some hostile documents outright
        return ""
    return text.replace(_KEPT_SPACE, " ") if _KEPT_SPACE in html else text
