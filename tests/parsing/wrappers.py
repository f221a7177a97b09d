"""The ways one invitation reaches Afterview: what mail clients wrap around a message when the
user forwards it, for the forward-invariance tests.

A wrapper takes the raw bytes of a message and returns the bytes of the mail the user sends
on: Gmail, Outlook (desktop, web, the older "-----Original Message-----" layout), Apple Mail
(desktop and iPhone, which quotes the forwarded lines with "> "), Thunderbird, each with its
header block in the client's language (en, de, fr, es, nl, it, pt, pl, sv, ja), as plain and
HTML alternatives or HTML alone, forwarded as an attachment, forwarded twice, or quoted below
"On … wrote:". The user's own note goes on top (sometimes with a date of its own that is not
the interview), a signature or the company's disclaimer at the bottom, in quoted-printable,
base64 or 8bit, with CRLF or LF line ends.

Labels, separators and date layouts follow what the clients print (recalled from their
output; the wording of the notes is ours). A wrapper never changes what the original says.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from email import message_from_bytes
from email.message import EmailMessage, Message
from email.policy import SMTP, default
from email.utils import format_datetime, formataddr, getaddresses, parsedate_to_datetime

from service.parsing.text import html_to_text

LANGUAGES = ("en", "de", "fr", "es", "nl", "it", "pt", "pl", "sv", "ja")
USER = ("Sam Lee", "sam.lee@mailbox.example")
AFTERVIEW = "in+inbox@afterview.example"

# --- dates as each client prints them -----------------------------------------------------

_MONTHS = {
    "en": "January February March April May June July August September October November December",
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember",
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre"
    " diciembre",
    "nl": "januari februari maart april mei juni juli augustus september oktober november december",
    "it": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre"
    " dicembre",
    "pt": "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro"
    " dezembro",
    "pl": "stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października"
    " listopada grudnia",
    "sv": "januari februari mars april maj juni juli augusti september oktober november december",
}
_SHORT_MONTHS = {
    "en": "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec",
    "de": "Jan. Feb. März Apr. Mai Juni Juli Aug. Sept. Okt. Nov. Dez.",
    "fr": "janv. févr. mars avr. mai juin juil. août sept. oct. nov. déc.",
    "es": "ene feb mar abr may jun jul ago sept oct nov dic",
    "nl": "jan feb mrt apr mei jun jul aug sep okt nov dec",
    "it": "gen feb mar apr mag giu lug ago set ott nov dic",
    "pt": "jan. fev. mar. abr. mai. jun. jul. ago. set. out. nov. dez.",
    "pl": "sty lut mar kwi maj cze lip sie wrz paź lis gru",
    "sv": "jan. feb. mars apr. maj juni juli aug. sep. okt. nov. dec.",
}
_DAYS = {
    "en": "Monday Tuesday Wednesday Thursday Friday Saturday Sunday",
    "de": "Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonntag",
    "fr": "lundi mardi mercredi jeudi vendredi samedi dimanche",
    "es": "lunes martes miércoles jueves viernes sábado domingo",
    "nl": "maandag dinsdag woensdag donderdag vrijdag zaterdag zondag",
    "it": "lunedì martedì mercoledì giovedì venerdì sabato domenica",
    "pt": "segunda-feira terça-feira quarta-feira quinta-feira sexta-feira sábado domingo",
    "pl": "poniedziałek wtorek środa czwartek piątek sobota niedziela",
    "sv": "måndag tisdag onsdag torsdag fredag lördag söndag",
}
_SHORT_DAYS = {
    "en": "Mon Tue Wed Thu Fri Sat Sun",
    "de": "Mo. Di. Mi. Do. Fr. Sa. So.",
    "fr": "lun. mar. mer. jeu. ven. sam. dim.",
    "es": "lun mar mié jue vie sáb dom",
    "nl": "ma di wo do vr za zo",
    "it": "lun mar mer gio ven sab dom",
    "pt": "seg. ter. qua. qui. sex. sáb. dom.",
    "pl": "pon. wt. śr. czw. pt. sob. niedz.",
    "sv": "mån tis ons tors fre lör sön",
}
_JA_DAYS = "月火水木金土日"


def _names(table: dict[str, str], language: str, index: int) -> str:
    return table[language].split()[index]


def _twelve(moment: datetime) -> str:
    return f"{moment.hour % 12 or 12}:{moment:%M} {'AM' if moment.hour < 12 else 'PM'}"


def _offset_name(moment: datetime) -> str:
    """Apple Mail names the zone; an offset name is what it prints for zones it has no word for."""
    offset = moment.utcoffset() or timedelta(0)
    minutes = int(offset.total_seconds() // 60)
    if minutes == 0:
        return "GMT"
    sign = "+" if minutes > 0 else "-"
    hours, rest = divmod(abs(minutes), 60)
    return f"GMT{sign}{hours}" + (f":{rest:02d}" if rest else "")


def gmail_date(moment: datetime, language: str) -> str:
    """The date line of Gmail's forward header and reply attribution (no zone named)."""
    d, m, y = moment.day, moment.month - 1, moment.year
    wd = moment.weekday()
    hm = f"{moment:%H:%M}"
    if language == "en":
        return f"{_names(_SHORT_DAYS, 'en', wd)}, {_names(_SHORT_MONTHS, 'en', m)} {d}, {y} at " + (
            _twelve(moment)
        )
    if language == "ja":
        return f"{y}年{moment.month}月{d}日({_JA_DAYS[wd]}) {moment.hour}:{moment:%M}"
    day, month = _names(_SHORT_DAYS, language, wd), _names(_SHORT_MONTHS, language, m)
    return {
        "de": f"{day}, {d}. {month} {y} um {hm} Uhr",
        "fr": f"{day} {d} {month} {y} à {hm}",
        "es": f"{day}, {d} {month} {y} a las {moment.hour}:{moment:%M}",
        "nl": f"{day} {d} {month} {y} om {hm}",
        "it": f"{day} {d} {month} {y} alle ore {hm}",
        "pt": f"{day}, {d} de {month} de {y} às {hm}",
        "pl": f"{day}, {d} {month} {y} o {hm}",
        "sv": f"{day} {d} {month} {y} kl. {hm}",
    }[language]


def outlook_date(moment: datetime, language: str) -> str:
    """The Sent line of Outlook's header block, in the user's zone and without naming it."""
    d, m, y = moment.day, moment.month - 1, moment.year
    wd = moment.weekday()
    hm = f"{moment:%H:%M}"
    if language == "en":
        day, month = _names(_DAYS, "en", wd), _names(_MONTHS, "en", m)
        return f"{day}, {month} {d}, {y} {_twelve(moment)}"
    if language == "ja":
        return f"{y}年{moment.month}月{d}日 {moment.hour}:{moment:%M}"
    day, month = _names(_DAYS, language, wd), _names(_MONTHS, language, m)
    return {
        "de": f"{day}, {d}. {month} {y} {hm}",
        "fr": f"{day} {d} {month} {y} {hm}",
        "es": f"{day}, {d} de {month} de {y} {moment.hour}:{moment:%M}",
        "nl": f"{day} {d} {month} {y} {hm}",
        "it": f"{day} {d} {month} {y} {hm}",
        "pt": f"{day}, {d} de {month} de {y} {hm}",
        "pl": f"{day}, {d} {month} {y} {hm}",
        "sv": f"den {d} {month} {y} {hm}",
    }[language]


def apple_date(moment: datetime, language: str) -> str:
    """The Date line of Apple Mail's forward header, with seconds and a zone name."""
    d, m, y = moment.day, moment.month - 1, moment.year
    hms = f"{moment:%H:%M:%S}"
    zone = _offset_name(moment)
    if language == "en":
        month = _names(_MONTHS, "en", m)
        return f"{month} {d}, {y} at {moment.hour % 12 or 12}:{moment:%M:%S} " + (
            f"{'AM' if moment.hour < 12 else 'PM'} {zone}"
        )
    if language == "ja":
        return f"{y}年{moment.month}月{d}日 {moment.hour}:{moment:%M:%S} {zone}"
    month = _names(_MONTHS, language, m)
    return {
        "de": f"{d}. {month} {y} um {hms} {zone}",
        "fr": f"{d} {month} {y} à {hms} {zone}",
        "es": f"{d} de {month} de {y}, {moment.hour}:{moment:%M:%S} {zone}",
        "nl": f"{d} {month} {y} om {hms} {zone}",
        "it": f"{d} {month} {y} {hms} {zone}",
        "pt": f"{d} de {month} de {y} {hms} {zone}",
        "pl": f"{d} {month} {y} {hms} {zone}",
        "sv": f"{d} {month} {y} {hms} {zone}",
    }[language]


# --- the clients' words ----------------------------------------------------------------------

# (from, date, to, cc, subject) labels as each client writes them
_OUTLOOK_LABELS = {
    "en": ("From", "Sent", "To", "Cc", "Subject"),
    "de": ("Von", "Gesendet", "An", "Cc", "Betreff"),
    "fr": ("De\u00a0", "Envoyé\u00a0", "À\u00a0", "Cc\u00a0", "Objet\u00a0"),
    "es": ("De", "Enviado el", "Para", "CC", "Asunto"),
    "nl": ("Van", "Verzonden", "Aan", "CC", "Onderwerp"),
    "it": ("Da", "Inviato", "A", "Cc", "Oggetto"),
    "pt": ("De", "Enviado", "Para", "Cc", "Assunto"),
    "pl": ("Od", "Wysłano", "Do", "DW", "Temat"),
    "sv": ("Från", "Skickat", "Till", "Kopia", "Ämne"),
    "ja": ("差出人", "送信日時", "宛先", "CC", "件名"),
}
_OUTLOOK_ORIGINAL = {
    "en": "Original Message",
    "de": "Ursprüngliche Nachricht",
    "fr": "Message d'origine",
    "es": "Mensaje original",
    "nl": "Oorspronkelijk bericht",
    "it": "Messaggio originale",
    "pt": "Mensagem original",
    "pl": "Wiadomość oryginalna",
    "sv": "Ursprungligt meddelande",
    "ja": "Original Message",
}
_OUTLOOK_PREFIX = {
    "en": "FW",
    "de": "WG",
    "fr": "TR",
    "es": "RV",
    "nl": "FW",
    "it": "I",
    "pt": "ENC",
    "pl": "PD",
    "sv": "VB",
    "ja": "FW",
}
_GMAIL_SEPARATOR = {
    "en": "Forwarded message",
    "de": "Weitergeleitete Nachricht",
    "fr": "Message transféré",
    "es": "Mensaje reenviado",
    "nl": "Doorgestuurd bericht",
    "it": "Messaggio inoltrato",
    "pt": "Mensagem encaminhada",
    "pl": "Przekazana wiadomość",
    "sv": "Vidarebefordrat meddelande",
    "ja": "Forwarded message",
}
# Gmail translates only "From"; Date, Subject and To stay English in every language
_GMAIL_FROM = {
    "en": "From",
    "de": "Von",
    "fr": "De\u00a0",
    "es": "De",
    "nl": "Van",
    "it": "Da",
    "pt": "De",
    "pl": "Od",
    "sv": "Från",
    "ja": "From",
}
_APPLE_BEGIN = {
    "en": "Begin forwarded message:",
    "de": "Anfang der weitergeleiteten Nachricht:",
    "fr": "Début du message réexpédié\u00a0:",
    "es": "Inicio del mensaje reenviado:",
    "nl": "Begin doorgestuurd bericht:",
    "it": "Inizio messaggio inoltrato:",
    "pt": "Início da mensagem reencaminhada:",
    "pl": "Początek przekazywanej wiadomości:",
    "sv": "Vidarebefordrat brev:",
    "ja": "転送されたメッセージ:",
}
# (from, subject, date, to) in Apple Mail's order
_APPLE_LABELS = {
    "en": ("From", "Subject", "Date", "To"),
    "de": ("Von", "Betreff", "Datum", "An"),
    "fr": ("De", "Objet", "Date", "À"),
    "es": ("De", "Asunto", "Fecha", "Para"),
    "nl": ("Van", "Onderwerp", "Datum", "Aan"),
    "it": ("Da", "Oggetto", "Data", "A"),
    "pt": ("De", "Assunto", "Data", "Para"),
    "pl": ("Od", "Temat", "Data", "Do"),
    "sv": ("Från", "Ämne", "Datum", "Till"),
    "ja": ("差出人", "件名", "日付", "宛先"),
}
_THUNDERBIRD_SEPARATOR = {
    "en": "Forwarded Message",
    "de": "Weitergeleitete Nachricht",
    "fr": "Message transféré",
    "es": "Mensaje reenviado",
    "nl": "Doorgestuurd bericht",
    "it": "Messaggio Inoltrato",
    "pt": "Mensagem encaminhada",
    "pl": "Przekazana wiadomość",
    "sv": "Vidarebefordrat meddelande",
    "ja": "転送メッセージ",
}
# (subject, date, from, to) in Thunderbird's order
_THUNDERBIRD_LABELS = {
    "en": ("Subject", "Date", "From", "To"),
    "de": ("Betreff", "Datum", "Von", "An"),
    "fr": ("Sujet\u00a0", "Date\u00a0", "De\u00a0", "Pour\u00a0"),
    "es": ("Asunto", "Fecha", "De", "Para"),
    "nl": ("Onderwerp", "Datum", "Van", "Aan"),
    "it": ("Oggetto", "Data", "Mittente", "A"),
    "pt": ("Assunto", "Data", "De", "Para"),
    "pl": ("Temat", "Data", "Od", "Do"),
    "sv": ("Ämne", "Datum", "Från", "Till"),
    "ja": ("件名", "日付", "差出人", "宛先"),
}
_ATTRIBUTION = {
    "en": "On {date} {who} wrote:",
    "de": "Am {date} schrieb {who}:",
    "fr": "Le {date}, {who} a écrit\u00a0:",
    "es": "El {date}, {who} escribió:",
    "nl": "Op {date} schreef {who}:",
    "it": "Il giorno {date} {who} ha scritto:",
    "pt": "Em {date}, {who} escreveu:",
    "pl": "{date} {who} napisał(a):",
    "sv": "Den {date} skrev {who}:",
    "ja": "{date} {who}:",
}
_PLEASE_ADD = {
    "en": "Can you add this one please?",
    "de": "Kannst du das bitte eintragen?",
    "fr": "Tu peux ajouter celui-ci ?",
    "es": "¿Puedes añadir esta, por favor?",
    "nl": "Kun je deze toevoegen?",
    "it": "Puoi aggiungere questo?",
    "pt": "Podes adicionar esta, por favor?",
    "pl": "Możesz to dodać?",
    "sv": "Kan du lägga in den här?",
    "ja": "これを追加してください。",
}
_FROM_PHONE = {
    "en": "Sent from my iPhone",
    "de": "Von meinem iPhone gesendet",
    "fr": "Envoyé de mon iPhone",
    "es": "Enviado desde mi iPhone",
    "nl": "Verstuurd vanaf mijn iPhone",
    "it": "Inviato da iPhone",
    "pt": "Enviado do meu iPhone",
    "pl": "Wysłane z iPhone'a",
    "sv": "Skickat från min iPhone",
    "ja": "iPhoneから送信",
}
NOTES = ("none", "fyi", "please", "dated", "phone", "disclaimer")
_DISCLAIMER = (
    "This message and any attachment are confidential and intended solely for the addressee."
    " If you received it in error, please delete it and notify the sender."
)


def note_text(note: str, language: str, sent: datetime) -> str:
    """The user's own words above the forward: none, a word, a request, one with a date of
    its own (a day off, not the interview), or the phone's signature."""
    if note == "fyi":
        return "fyi"
    if note in {"please", "disclaimer"}:
        return _PLEASE_ADD[language]
    if note == "phone":
        return f"{_PLEASE_ADD[language]}\n\n{_FROM_PHONE[language]}"
    if note == "dated":
        away = (sent + timedelta(days=40)).date()
        return f"{_PLEASE_ADD['en']} I'm away from {away:%d %B} on, so nothing after that."
    return ""


# --- the original ----------------------------------------------------------------------------


@dataclass(frozen=True)
class Original:
    """What a client shows of a message it forwards."""

    raw: bytes
    sender: str
    recipient: str
    subject: str
    date: datetime
    text: str
    html: str | None


_BODY = re.compile(r"<body\b[^>]*>(.*)</body>", re.IGNORECASE | re.DOTALL)
_STUB = re.compile(r"html|browser|view (?:this|the)", re.IGNORECASE)


def read_original(raw: bytes) -> Original | None:
    """Return the parts of a message a client forwards inline, or None when an inline
    forward would lose what the message says (a calendar part, an attached message)."""
    message = message_from_bytes(raw, policy=default)
    if not message["Date"] or not message["From"]:
        return None
    types = {part.get_content_type() for part in message.walk()}
    if types & {"text/calendar", "application/ics", "message/rfc822"}:
        return None
    try:
        moment = parsedate_to_datetime(str(message["Date"]))
    except (TypeError, ValueError):
        return None
    if moment.tzinfo is None:
        return None
    assert isinstance(message, EmailMessage)
    plain = message.get_body(("plain",))
    rich = message.get_body(("html",))
    text = plain.get_content() if plain is not None else ""
    markup = rich.get_content() if rich is not None else None
    if markup is not None and (not text.strip() or (len(text) < 600 and _STUB.search(text))):
        text = html_to_text(markup)  # clients write the plain alternative from the HTML
    if not text.strip():
        return None
    recipients = getaddresses([str(message["To"] or "")])
    return Original(
        raw=raw,
        sender=str(message["From"]),
        recipient=formataddr(recipients[0]) if recipients else formataddr(USER),
        subject=str(message["Subject"] or ""),
        date=moment,
        text=text.replace("\r\n", "\n"),
        html=markup,
    )


def _inner_html(original: Original) -> str:
    if original.html is not None:
        found = _BODY.search(original.html)
        return found.group(1) if found else original.html
    return "<div>" + html.escape(original.text).replace("\n", "<br>\n") + "</div>"


# --- composing the forward -------------------------------------------------------------------


@dataclass(frozen=True)
class Wrapper:
    """One way of passing a message on: a client, its language, what the user adds, the
    encoding, the line ends."""

    client: str
    language: str = "en"
    note: str = "please"
    encoding: str = "quoted-printable"
    crlf: bool = False

    @property
    def name(self) -> str:
        return f"{self.client}_{self.language}"

    def __call__(self, raw: bytes) -> bytes | None:
        return wrap(raw, self)


@dataclass(frozen=True)
class _Block:
    """A forward header block and the body below it, in plain text and in HTML."""

    subject: str
    text: str
    html: str | None  # None: the client sends plain text only


def _sent(original: Original, wrapper: Wrapper) -> datetime:
    """Users forward a day or so later: "tomorrow" in the original is not the forward's."""
    return original.date + timedelta(hours=26, minutes=17)


def _address_html(value: str) -> str:
    return html.escape(value)


def _gmail(original: Original, wrapper: Wrapper) -> _Block:
    language = wrapper.language
    when = gmail_date(original.date, language)
    sep = f"---------- {_GMAIL_SEPARATOR[language]} ---------"
    head = (
        f"{sep}\n{_GMAIL_FROM[language]}: {original.sender}\nDate: {when}\n"
        f"Subject: {original.subject}\nTo: {original.recipient}\n"
    )
    html_head = (
        f'<div dir="ltr" class="gmail_attr">{sep}<br>{_GMAIL_FROM[language]}: '
        f"{_address_html(original.sender)}<br>Date: {when}<br>Subject: "
        f"{html.escape(original.subject)}<br>To: {_address_html(original.recipient)}<br></div>"
    )
    body = f'<div class="gmail_quote">{html_head}<br><br>{_inner_html(original)}</div>'
    return _Block(f"Fwd: {original.subject}", f"{head}\n\n{original.text}", body)


def _outlook_lines(original: Original, language: str) -> list[tuple[str, str]]:
    labels = _OUTLOOK_LABELS[language]
    return [
        (labels[0], original.sender),
        (labels[1], outlook_date(original.date, language)),
        (labels[2], original.recipient),
        (labels[4], original.subject),
    ]


def _outlook(original: Original, wrapper: Wrapper) -> _Block:
    """Outlook desktop and web: a rule, then From/Sent/To/Subject in the client's language."""
    lines = _outlook_lines(original, wrapper.language)
    head = "\n".join(f"{label}: {value}" for label, value in lines)
    html_head = "<br>".join(
        f"<b>{html.escape(label)}:</b> {html.escape(value)}" for label, value in lines
    )
    if wrapper.client in {"owa", "owa_html"}:
        block = (
            f'<hr style="display:inline-block;width:98%" tabindex="-1"><div id="divRplyFwdMsg"'
            f' dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt">{html_head}'
            f"</font><div>&nbsp;</div></div>"
        )
    else:
        block = (
            '<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">'
            f'<p class="MsoNormal"><b></b>{html_head}<o:p></o:p></p></div>'
        )
    subject = f"{_OUTLOOK_PREFIX[wrapper.language]}: {original.subject}"
    text = f"________________________________\n{head}\n\n{original.text}"
    return _Block(subject, text, f"{block}<div>{_inner_html(original)}</div>")


def _outlook_original(original: Original, wrapper: Wrapper) -> _Block:
    """Older Outlook (and Outlook for Mac) writes "-----Original Message-----" above the block,
    also when forwarding."""
    lines = _outlook_lines(original, wrapper.language)
    head = "\n".join(f"{label}: {value}" for label, value in lines)
    text = f"-----{_OUTLOOK_ORIGINAL[wrapper.language]}-----\n{head}\n\n{original.text}"
    return _Block(f"{_OUTLOOK_PREFIX[wrapper.language]}: {original.subject}", text, None)


def _apple(original: Original, wrapper: Wrapper) -> _Block:
    language = wrapper.language
    labels = _APPLE_LABELS[language]
    values = (original.sender, original.subject, apple_date(original.date, language))
    fields = [*zip(labels[:3], values, strict=True), (labels[3], original.recipient)]
    head = "\n".join(f"{label}: {value}" for label, value in fields)
    quoted = wrapper.client == "iphone"
    body = original.text
    if quoted:
        head = "\n".join(f"> {line}" if line else ">" for line in head.split("\n"))
        body = "\n".join(f"> {line}" if line else ">" for line in body.split("\n"))
    text = f"{_APPLE_BEGIN[language]}\n\n{head}\n{'>' if quoted else ''}\n{body}"
    html_fields = "".join(
        f'<div style="margin:0"><span><b>{html.escape(label)}: </b></span>'
        f"<span>{html.escape(value)}</span></div>"
        for label, value in fields
    )
    block = (
        f'<div><br><blockquote type="cite"><div>{html.escape(_APPLE_BEGIN[language])}</div>'
        f'<br class="Apple-interchange-newline">{html_fields}<br>'
        f"<div>{_inner_html(original)}</div></blockquote></div>"
    )
    return _Block(f"Fwd: {original.subject}", text, block)


def _thunderbird(original: Original, wrapper: Wrapper) -> _Block:
    language = wrapper.language
    labels = _THUNDERBIRD_LABELS[language]
    date = format_datetime(original.date)
    fields = list(
        zip(labels, (original.subject, date, original.sender, original.recipient), strict=True)
    )
    sep = f"-------- {_THUNDERBIRD_SEPARATOR[language]} --------"
    head = "\n".join(f"{label}:\t{value}" for label, value in fields)
    rows = "".join(
        f'<tr><th valign="BASELINE" nowrap="nowrap" align="RIGHT">{html.escape(label)}: </th>'
        f"<td>{html.escape(value)}</td></tr>"
        for label, value in fields
    )
    block = (
        f'<div class="moz-forward-container"><br><br>{sep}<table class="moz-email-headers-table"'
        f' cellspacing="0" cellpadding="0" border="0"><tbody>{rows}</tbody></table><br>'
        f"{_inner_html(original)}</div>"
    )
    return _Block(f"Fwd: {original.subject}", f"{sep}\n{head}\n\n\n{original.text}", block)


def _quoted(original: Original, wrapper: Wrapper) -> _Block:
    """Forwarded as a quote: "On … wrote:" and the message below it with "> "."""
    language = wrapper.language
    attribution = _ATTRIBUTION[language].format(
        date=gmail_date(original.date, language), who=original.sender
    )
    body = "\n".join(f"> {line}" if line else ">" for line in original.text.split("\n"))
    block = (
        f'<div class="gmail_quote"><div dir="ltr" class="gmail_attr">'
        f'{html.escape(attribution)}<br></div><blockquote class="gmail_quote" style="margin:0'
        f' 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex">{_inner_html(original)}'
        f"</blockquote></div>"
    )
    return _Block(f"Fwd: {original.subject}", f"{attribution}\n{body}", block)


_CLIENTS: dict[str, Callable[[Original, Wrapper], _Block]] = {
    "gmail": _gmail,
    "gmail_html": _gmail,
    "outlook": _outlook,
    "owa": _outlook,
    "owa_html": _outlook,
    "outlook_original": _outlook_original,
    "apple": _apple,
    "apple_html": _apple,
    "iphone": _apple,
    "thunderbird": _thunderbird,
    "quoted": _quoted,
}
HTML_ONLY = frozenset({"gmail_html", "owa_html", "apple_html"})


def wrap(raw: bytes, wrapper: Wrapper) -> bytes | None:
    """Return the mail the user sends when passing raw on, or None when the wrapper cannot
    carry it unchanged (an inline forward drops calendar parts and attached messages)."""
    if wrapper.client == "attached":
        return _attached(raw, wrapper)
    if wrapper.client == "twice":
        first = wrap(raw, Wrapper("gmail", wrapper.language, "fyi"))
        return wrap(first, Wrapper("outlook", "en", wrapper.note)) if first else None
    original = read_original(raw)
    if original is None:
        return None
    block = _CLIENTS[wrapper.client](original, wrapper)
    sent = _sent(original, wrapper)
    note = note_text(wrapper.note, wrapper.language, sent)
    tail = f"\n\n--\n{_DISCLAIMER}" if wrapper.note == "disclaimer" else ""
    message = _outer(block.subject, original, sent)
    text = (f"{note}\n\n" if note else "") + block.text + tail
    if wrapper.client in HTML_ONLY or block.html is not None:
        note_html = f"<div>{html.escape(note).replace(chr(10), '<br>')}</div>" if note else ""
        tail_html = f"<div>--<br>{html.escape(_DISCLAIMER)}</div>" if tail else ""
        page = (
            f'<html><body><div dir="ltr">{note_html}<br>{block.html}{tail_html}</div></body></html>'
        )
        if wrapper.client in HTML_ONLY:
            message.set_content(page, subtype="html", cte=wrapper.encoding)
        else:
            message.set_content(text, cte=wrapper.encoding)
            message.add_alternative(page, subtype="html", cte=wrapper.encoding)
    else:
        message.set_content(text, cte=wrapper.encoding)
    return _bytes(message, wrapper)


def _outer(subject: str, original: Original, sent: datetime) -> EmailMessage:
    message = EmailMessage()
    names = getaddresses([original.recipient])
    user = names[0] if names and "@" in names[0][1] else USER
    message["From"] = formataddr(user)
    message["To"] = AFTERVIEW
    message["Subject"] = subject
    message["Date"] = format_datetime(sent)
    message["Message-ID"] = "<fwd.invariance@mailbox.example>"
    return message


def _attached(raw: bytes, wrapper: Wrapper) -> bytes | None:
    inner = message_from_bytes(raw, policy=default)
    if not inner["Date"]:
        return None
    try:
        moment = parsedate_to_datetime(str(inner["Date"]))
    except (TypeError, ValueError):
        return None
    if moment.tzinfo is None:
        return None
    sent = moment + timedelta(hours=26, minutes=17)
    message = EmailMessage()
    message["From"] = formataddr(USER)
    message["To"] = AFTERVIEW
    message["Subject"] = f"Fwd: {inner['Subject'] or ''}"
    message["Date"] = format_datetime(sent)
    message["Message-ID"] = "<fwd.invariance@mailbox.example>"
    note = note_text(wrapper.note, wrapper.language, sent)
    message.set_content(note or "see attached", cte=wrapper.encoding)
    attached = Message()
    attached.set_type("message/rfc822")
    attached.add_header("Content-Disposition", "attachment", filename="invitation.eml")
    attached.set_payload([message_from_bytes(_PLACEHOLDER)])
    message.make_mixed()
    message.attach(attached)  # type: ignore[arg-type]
    # A client attaches the message's bytes as they are; regenerating them would refold its
    # headers and long lines ("kell 14:30" -> "kell14:30", "12:1 5") and so change what it says.
    data = _bytes(message, wrapper)
    eol = b"\r\n" if wrapper.crlf else b"\n"
    body = raw if raw.endswith((b"\n", b"\r")) else raw + eol
    placeholder = _PLACEHOLDER.replace(b"\n", eol)
    assert data.count(placeholder) == 1
    return data.replace(placeholder, body)


_PLACEHOLDER = b"X-Afterview-Placeholder: attached\n\nplaceholder\n"


def _bytes(message: EmailMessage, wrapper: Wrapper) -> bytes:
    data = message.as_bytes(policy=SMTP if wrapper.crlf else default)
    return data


# --- the catalogue ---------------------------------------------------------------------------

_ENCODINGS = ("quoted-printable", "base64", "8bit")


def wrappers() -> list[Wrapper]:
    """Every wrapper the tests draw from: each client in each of its languages, cycling the
    note, the encoding and the line ends so that every combination turns up somewhere."""
    plan: list[tuple[str, tuple[str, ...]]] = [
        ("gmail", LANGUAGES),
        ("outlook", LANGUAGES),
        ("outlook_original", LANGUAGES),
        ("apple", LANGUAGES),
        ("thunderbird", LANGUAGES),
        ("owa", ("en", "de", "fr")),
        ("gmail_html", ("en", "es")),
        ("owa_html", ("en", "nl")),
        ("apple_html", ("en", "it")),
        ("iphone", ("en", "de", "fr")),
        ("quoted", ("en", "de", "fr", "es")),
        ("attached", ("en",)),
        ("twice", ("en", "de")),
    ]
    found: list[Wrapper] = []
    for client, languages in plan:
        for language in languages:
            n = len(found)
            found.append(
                Wrapper(
                    client,
                    language,
                    note=NOTES[n % len(NOTES)],
                    encoding=_ENCODINGS[n % len(_ENCODINGS)],
                    crlf=n % 2 == 1,
                )
            )
    return found
