"""Find the meeting link, dial-in, company and role in an invitation's text."""

from __future__ import annotations

import html
import re
import unicodedata
from collections.abc import Sequence
from functools import lru_cache

from service.parsing.lexicon import (
    INTERVIEW_NOUNS,
    MONTH_KEYS,
    WEEKDAY_KEYS,
    CaseBlindCues,
    has_invitation_cue,
)

# Video-meeting services, with or without a scheme: Google Calendar's mail writes its Meet
# link bare ("meet.google.com/mxr-fbdt-qoz").
_MEETING_HOSTS = (
    r"zoom\.us|zoomgov\.com|meet\.google\.com|teams\.microsoft\.com"
    r"|teams\.live\.com|webex\.com|whereby\.com|bluejeans\.com|gotomeet\.me|gotomeeting\.com"
    r"|chime\.aws|meet\.jit\.si|around\.co"
)
_MEETING_URL = re.compile(
    r"(?:https?://|(?<![\w./@-])(?=meet\.google\.com/|teams\.microsoft\.com/|meet\.jit\.si/))"
    rf"(?:[\w-]+\.)*(?:{_MEETING_HOSTS})(?:/[^\s<>\"'\\)\]]*)?",
    re.IGNORECASE,
)
# Every link _MEETING_URL finds names one of the hosts: mail naming none (most of it) is
# told so by a look for the hosts' words, where _MEETING_URL's look-behind has the engine try
# it at every place of the text.
_MEETING_HOST = CaseBlindCues(_MEETING_HOSTS, re.IGNORECASE)
# Rooms of self-hosted and hiring-platform video services: a host named for meetings
# ("meet.", "bbb.", "visio.", "zoom.", "telemost.") or a path that opens a room, as Personio
# (/meet/), Teamtailor (/video-meetings/), Cal.com (/video/), Nextcloud Talk (/call/),
# HireVue (/live/join/) and BigBlueButton (/b/, /rooms/…/join) write them.
_ROOM_URL = re.compile(
    r"https?://(?:(?:meet|bbb|visio|video|zoom|telemost|jitsi|webex|talk)\.[\w.-]+"
    r"(?:/[^\s<>\"'\\)\]]*)?"
    r"|[\w.-]+(?:/(?:meet|video-meetings|video|call|live/join)/(?=[\w-]*\d)[\w-]{4,}"
    r"|/j/\d{6,}))(?:[/?#][^\s<>\"'\\)\]]*)?",
    re.IGNORECASE,
)
# (a look-ahead for the first letters of its words first: the engine then passes over the
# other places at once, where it tried each word)
_DIAL_IN = re.compile(
    r"(?=[dpctj])(?:dial[- ]?in|phone|call|tel|telephone|join by phone)[^\n\d+]{0,30}"
    r"(\+?\d[\d ().-]{7,20}\d)(?:[^\n\d]{0,30}(?:pin|passcode|meeting id|conference id|code)"
    r"[^\n\d]{0,5}([\d #]{3,20}))?",
    re.IGNORECASE,
)

# Mail hosts and applicant-tracking or scheduling systems: their domain is never the employer.
INTERMEDIARY_DOMAINS = frozenset(
    {
        "gmail.com",
        "googlemail.com",
        "google.com",
        "outlook.com",
        "hotmail.com",
        "live.com",
        "msn.com",
        "yahoo.com",
        "ymail.com",
        "icloud.com",
        "me.com",
        "mac.com",
        "aol.com",
        "proton.me",
        "protonmail.com",
        "gmx.de",
        "gmx.net",
        "web.de",
        "mail.com",
        "zoho.com",
        "fastmail.com",
        "yandex.com",
        "greenhouse.io",
        "greenhouse-mail.io",
        "lever.co",
        "hire.lever.co",
        "myworkdayjobs.com",
        "workday.com",
        "ashbyhq.com",
        "ashbymail.com",
        "smartrecruiters.com",
        "icims.com",
        "jobvite.com",
        "bamboohr.com",
        "recruitee.com",
        "teamtailor.com",
        "personio.de",
        "workable.com",
        "breezy.hr",
        "jazzhr.com",
        "taleo.net",
        "successfactors.com",
        "calendly.com",
        "cal.com",
        "zoom.us",
        "goodtime.io",
        "linkedin.com",
        "indeed.com",
        "glassdoor.com",
        "careersync.app",
        "odoo.com",
        "imip.me.com",
        "myworkday.com",
        "myworkdaysite.com",
        "sapsf.com",
        "sapsf.eu",
        "successfactors.eu",
        "rallly.co",
        "example.com",
        "example.org",
        "example.net",
    }
)

_COMPANY_SUFFIX = (
    r"(?:\s+(?:Inc\.?|Incorporated|LLC|L\.L\.C\.|Ltd\.?|Limited|Pvt\.?\s+Ltd\.?|Co\.|Corp\.?"
    r"|Corporation|GmbH|AG|SE|SA|S\.A\.|SAS|SARL|BV|B\.V\.|NV|N\.V\.|plc|PLC|Oy|AB|AS|KG))*"
)
# Only blanks may precede the label, and blanks are taken possessively: with "\s*" at a line
# start, each of 16,000 blank lines rescanned all the blank lines below it.
_COMPANY_FIELD = re.compile(
    r"^[ \t]*+(?:company|employer|organi[sz]ation|firma|entreprise|empresa|arbeitgeber|unternehmen"
    r"|société|azienda|werkgever|bedrijf|företag|arbetsgivare|yritys|pracodawca|společnost"
    r"|perusahaan|会社名|企業名|公司|회사)"
    r"(?:[ \t]*+:|[ \t])\s*+(\S.*)$",
    re.IGNORECASE | re.MULTILINE,
)
_AT_COMPANY = re.compile(
    rf"\b(?:at|with|from|join|joining|bei|chez)\s+((?:[A-Z][\w&'-]*)(?:[ \t]+[A-Z][\w&'-]*)*"
    rf"{_COMPANY_SUFFIX})"
)

_TITLE_HEADS = (
    "engineer|developer|manager|analyst|designer|scientist|director|lead|specialist|consultant"
    "|coordinator|architect|administrator|officer|associate|intern|internship|representative"
    "|assistant|accountant|editor|writer|researcher|recruiter|technician|strategist|producer"
    "|advisor|adviser|executive|president|head|partner|nurse|teacher|programmer|tester|sre"
    "|devops|owner|marketer|operator|agent|clerk|planner|buyer|controller|counsel|attorney"
    "|ingenieur|entwickler|développeur|ingénieur|desarrollador|ingeniero|fellow|postdoc"
)
# Words are taken whole (possessive) and at most 40 characters long: a word can only end at
# a blank, so backtracking into it never helped, and unbounded it made a run of capitals
# quadratic (64 KB took over 20 s).
_ROLE_PHRASE = re.compile(
    rf"((?:[A-Z][\w/&+.#-]{{0,40}}+[ \t]++){{0,5}}(?:\b|(?<=[ \t])[A-Z][a-zäöüß]{{1,30}}?)"
    rf"(?i:{_TITLE_HEADS})s?\b"
    rf"(?:[ \t]+(?:I{{1,3}}|IV|V|\d)\b)?"
    rf"(?:[ \t]+(?:in|of)[ \t]+[A-Z][\w&-]*+(?:[ \t]+[A-Z][\w&-]*+)*+)?)"
)
# The title words alone: a line without one holds no role phrase and is not searched for it.
_TITLE_HEAD_WORDS = CaseBlindCues(_TITLE_HEADS, re.IGNORECASE)
# How much text the finders look at: names, roles and links sit near the top of a mail.
_COMPANY_SCAN_CHARS = 20_000
_ROLE_SCAN_CHARS = 50_000
_ROLE_LINE_CHARS = 1000
_MAX_ROLE_CUES = 50
_MAX_NAME_WORDS = 12
_ROLE_CUES = CaseBlindCues(
    r"(?:position of|role of|for the position|for the role|position:|role:|job opening[: \t]"
    r"|job title[: \t]|opening[: \t]|application(?: [\w-]+)? for|apply(?:ing)? for|interview for"
    r"|interview - |interview – |interview: |screen - |screen – )",
    re.IGNORECASE,
)
# Where other languages name the post: "au poste de …", "para el puesto de …", "Bewerbung
# als …". Romance titles go on in lower case ("Chargée de communication"), so the title runs
# to punctuation or to the word that starts the rest of the sentence.
_ROLE_CUES_OTHER = re.compile(
    r"(?:(?:au|du|le|pour le) poste d(?:e |')|(?:el|al|del) puesto de |(?:la|una) vacante de "
    r"|(?:la|della|alla) posizione di |(?:il|del) ruolo di |(?:a|da|para a) vaga de "
    r"|(?:bewerbung|stelle|position|tätigkeit) als |(?:de|het|uw|je) functie (?:van|als) "
    r"|(?-i:für die (?:Position|Stelle) )"
    r"|tjänsten som )",
    re.IGNORECASE,
)
# A word every cue above contains: most mail has none, and this list, read on lower-cased
# text, says so far faster than the cues themselves.
_ROLE_CUE_OTHER_WORDS = CaseBlindCues(
    r"poste d|puesto de |vacante de |posizione di |ruolo di |vaga de | als |functie |für die "
    r"|tjänsten som ",
    re.IGNORECASE,
)
_ROLE_END = re.compile(
    r"[.,;:!?()\n\"«»]|\sen\s(?=(?-i:[A-Z]))|\s(?:el|le|la|il|am|on|at|bei|chez|à|em|in|im|für|pour|para|per"
    r"|presso|bij|hos|w|und|et|y|e|and|o|ou|nous|wir|we|ci|que|che|with|avec|con|com|met|med"
    r"|zum|zur|sur|dans|nel|nella|no|na)\s",
    re.IGNORECASE,
)
_GENDER_MARKER = re.compile(r"\s*(\((?:[mwdfhx]|all)(?:\s?/\s?(?:[mwdfhx]|all)){1,3}\))", re.I)
_NOT_ROLE_WORDS = frozenset(
    {
        "interview",
        "invitation",
        "reminder",
        "update",
        "updated",
        "scheduled",
        "confirmed",
        "confirmation",
        "phone",
        "screen",
        "onsite",
        "technical",
        "your",
        "the",
        "our",
        "a",
        "an",
        "min",
        "round",
        "with",
        "meeting",
        "call",
        "video",
    }
)


# "Join with Google Meet", "at Tuesday 10:00": products and days follow "with"/"at" too.
_NOT_COMPANY_WORDS = frozenset(
    {"google", "microsoft", "zoom", "teams", "outlook", "webex", "jitsi", "skype", "slack"}
    | set(MONTH_KEYS)
    | set(WEEKDAY_KEYS)
)

_INDUSTRY_WORDS = frozenset(
    [
        "Analytics",
        "Labs",
        "Lab",
        "Bank",
        "Group",
        "Technologies",
        "Technology",
        "Systems",
        "Software",
        "Health",
        "Capital",
        "Partners",
        "Solutions",
        "Studios",
        "Studio",
        "Media",
        "Networks",
        "Robotics",
        "Biologics",
        "Therapeutics",
        "Energy",
        "Logistics",
        "Consulting",
        "Foods",
        "Games",
        "AI",
        "Security",
        "Holdings",
        "Ventures",
        "Pharma",
        "Motors",
        "Outdoor",
        "Mobility",
        "Fintech",
        "Insurance",
        "Finance",
        "Financial",
        "Digital",
        "Data",
        "Cloud",
        "Interactive",
        "Freight",
        "Industries",
        "Engineering",
        "Research",
        "Medical",
        "Bio",
        "Works",
    ]
)


_RESERVED_TLDS = frozenset({"example", "test", "invalid", "localhost", "local"})


def find_meeting_url(text: str) -> str | None:
    """Return the first link to a known video service in the text, else the first room link."""
    hosted = _MEETING_URL.search(text) if _MEETING_HOST.search(text) else None
    match = hosted or _ROOM_URL.search(text)
    if match is None:
        return None
    url = html.unescape(match.group(0).rstrip(".,;"))  # an href keeps "&amp;" escaped
    return url if url.lower().startswith("http") else f"https://{url}"


def find_dial_in(text: str) -> str | None:
    """Return a dial-in number (with its PIN when stated)."""
    match = _DIAL_IN.search(text)
    if not match:
        return None
    number = re.sub(r"\s+", " ", match.group(1)).strip()
    if sum(char.isdigit() for char in number) < 8:
        return None
    pin = match.group(2)
    return f"{number} PIN {pin.strip()}" if pin and pin.strip() else number


# Brands of personal mail hosts under any country domain ("onet.pl", "outlook.de"): whoever
# writes from one speaks for themselves, never for a company.
MAIL_HOST_LABELS = frozenset(
    {
        "gmail",
        "googlemail",
        "hotmail",
        "outlook",
        "yahoo",
        "icloud",
        "gmx",
        "protonmail",
        "tutanota",
        "posteo",
        "onet",
        "interia",
        "seznam",
        "libero",
        "naver",
        "kpnmail",
        "ziggo",
        "xs4all",
        "telenet",
        "bluewin",
        "virgilio",
        "tiscali",
        "wanadoo",
        "laposte",
        "t-online",
        "mailbox",
    }
)
# Hiring platforms under any tenant subdomain ("acme.myworkday.com"): they send for the employer.
_PLATFORM_LABELS = frozenset(
    {
        "myworkday",
        "myworkdayjobs",
        "myworkdaysite",
        "successfactors",
        "sapsf",
        "greenhouse",
        "smartrecruiters",
        "teamtailor",
        "recruitee",
        "personio",
        "workable",
        "ashbyhq",
        "icims",
        "jobvite",
        "bamboohr",
        "taleo",
        "rallly",
        "calendly",
        "indeedemail",
    }
)
# Neither is ever the employer's name.
INTERMEDIARY_LABELS = MAIL_HOST_LABELS | _PLATFORM_LABELS
# Shared mailboxes ("noreply@", "careers@"): their display name is a team or company, not a person.
ROLE_MAILBOXES = re.compile(
    r"^(?:no-?reply|do-?not-?reply|careers?|jobs?|recruit\w*|hr|talent\w*|notifications?|bookings?"
    r"|hello|info|team|hiring|people|mailer-daemon|postmaster)\b",
    re.IGNORECASE,
)


def employer_domain(address: str | None) -> str | None:
    """Return the address's domain unless it belongs to a mail host or hiring platform."""
    if not address or "@" not in address:
        return None
    domain = address.rsplit("@", 1)[1].lower().strip(">. ")
    parts = domain.split(".")
    for index in range(len(parts) - 1):
        if ".".join(parts[index:]) in INTERMEDIARY_DOMAINS:
            return None
    label = _domain_label(domain)
    if label in INTERMEDIARY_LABELS or INTERMEDIARY_LABELS.intersection(label.split("-")):
        return None  # "teamtailor-mail.com" is Teamtailor's too
    return domain


def _domain_label(domain: str) -> str:
    parts = domain.split(".")
    # skip second-level public suffixes such as co.uk, ac.uk, com.au
    if len(parts) >= 3 and parts[-2] in {"co", "ac", "com", "org", "gov", "edu", "net"}:
        return parts[-3]
    label = parts[-2] if len(parts) >= 2 else parts[0]
    if label in {"mail", "email", "careers", "jobs", "hr"} and len(parts) >= 3:
        return parts[-2]
    return label


def _squash(text: str, transliterate: bool = False) -> str:
    """Lower-case letters and digits only; accents dropped, as domains drop them
    ("Solaris Energía" is solaris-energia, "Société Lumière" societelumiere), or written out
    the German way when `transliterate` ("Küstenwerk" is kuestenwerk)."""
    lowered = text.lower()
    if transliterate:
        lowered = lowered.translate(_TRANSLITERATED)
    folded = unicodedata.normalize("NFKD", lowered.translate(_UNDECOMPOSED))
    return _NOT_ALPHANUMERIC.sub("", folded)


# compiled once: _squash runs for every capitalised word of the lines a company is sought in
_NOT_ALPHANUMERIC = re.compile(r"[^a-z0-9]")


# Letters Unicode does not split into base and accent, spelled in domains as these
_UNDECOMPOSED = str.maketrans(
    {"ł": "l", "ø": "o", "đ": "d", "ß": "ss", "æ": "ae", "œ": "oe", "ı": "i", "þ": "th"}
)
# German and Nordic domains write an umlaut out ("kuestenwerk.de", "bergquell-getraenke.de")
_TRANSLITERATED = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "å": "aa"})
_WRITTEN_OUT = re.compile(r"ae|oe|ue|aa")
# "&" in a name is spelled out in its domain in the name's language ("saltandember",
# "bakker-en-zonen") or dropped ("hofmann-partner")
_AMPERSAND_WORDS = ("and", "und", "en", "et", "og", "och", "y", "e", "n", "")
# Where a name ends within a line: punctuation, brackets and dashes between words
_NAME_SEGMENTS = re.compile(r"[|,;:()\[\]【】「」\"“”„«»<>]|\s[-–—•·/]\s|\s[–—]|[–—]\s")
_NOT_NAME_TOKEN = re.compile(r"[/@=]|://|\.\w+\.")
# Words that follow an employer's name in a signature but are a department, not the name
_DEPARTMENT_WORDS = frozenset(
    {
        "talent",
        "acquisition",
        "team",
        "teams",
        "recruiting",
        "recruitment",
        "recruiter",
        "careers",
        "career",
        "hr",
        "people",
        "hiring",
        "jobs",
        "job",
        "personalabteilung",
        "personal",
        "karriere",
        "recrutement",
        "reclutamiento",
        "selección",
        "seleccion",
        "rekrutmen",
        "rekrutacji",
        "crm",
        "calendar",
        "bookings",
        "booking",
        "termine",
        "support",
        "office",
        "service",
        "services",
        "centre",
        "center",
        "admin",
        "noreply",
        "carrières",
        "carreras",
        "carreiras",
        "carriere",
        "empleo",
        "kariera",
        "karriär",
        "rekrytointi",
        "vacatures",
        "interview",
        "interviews",
        "notifications",
        "mailer",
        "system",
    }
)
# Legal forms written before the name ("PT Samudra Timur", "CV Maju Jaya")
_PREFIX_FORMS = frozenset({"PT", "PT.", "CV", "CV.", "UD", "(株)", "㈱", "(주)", "㈜"})


def company_from_domain(domain: str, texts: list[str]) -> str | None:
    """Return the employer's name as the text spells the name its domain abbreviates."""
    raw_label = _domain_label(domain)
    modes = (False, True) if _WRITTEN_OUT.search(raw_label) else (False,)
    for transliterate in modes:
        label = _squash(raw_label)
        if len(label) < 2:
            return None
        best: str | None = None
        starts = _capitals_for(label[0])
        for text in texts:
            for line in text[:_COMPANY_SCAN_CHARS].splitlines():
                if not starts.search(line):
                    continue  # no word here begins with the label's letter
                name = _name_in_line(line, label, transliterate)
                if name and (best is None or len(name) > len(best)):
                    best = name
            if best:
                return best
    return None


@lru_cache(maxsize=64)
def _capitals_for(letter: str) -> re.Pattern[str]:
    """Return a pattern for a capital that begins a word and folds to `letter` ("Ö" to o)."""
    capitals = [
        chr(code)
        for code in range(0x41, 0x250)
        if chr(code).isupper() and _squash(chr(code))[:1] == letter
    ]
    if not capitals:
        return re.compile(r"(?!)")
    # after a blank or any character that ends a name segment (see _NAME_SEGMENTS)
    return re.compile(
        r"(?<![^\s|,;:()\[\]【】「」\"“”„«»<>'/–—•·-])[" + re.escape("".join(capitals)) + "]"
    )


def _name_in_line(line: str, label: str, transliterate: bool) -> str | None:
    """Return the longest name in the line that spells the label, legal form included."""
    best: str | None = None
    for segment in _NAME_SEGMENTS.split(line):
        words = [word.rstrip("!?…") for word in segment.split()]  # "Greetings from Acme Labs!"
        for first, word in enumerate(words):
            # a name starts with a capital; links and addresses are no name ("meet.jit.si/Acme")
            if not word[:1].isupper() or _NOT_NAME_TOKEN.search(word):
                continue
            head = _squash(word, transliterate)
            if not head or not (
                label.startswith(head[: len(label)])
                or head.startswith(label)
                or (len(label) <= 5 and head[0] == label[0])
            ):
                continue
            # a name is a few words; "Acme & & & ..." must not be read to its end
            chunk = words[first : first + _MAX_NAME_WORDS]
            squashed = [_squash(each, transliterate) for each in chunk]
            name = _match_label(chunk, label, squashed)
            if not name:
                continue
            used = len(name.split())
            name = _with_legal_form(line, line.find(name), name)
            if len(name.split()) == used:
                name = _completed(line, name, words[first + used : first + used + 3], first == 0)
            if first and words[first - 1] in _PREFIX_FORMS:
                name = f"{words[first - 1]} {name}"
            if best is None or len(name) > len(best):
                best = name
    return best


def _completed(line: str, name: str, rest: list[str], starts_segment: bool) -> str:
    """Add the capitalised words that complete a name whose domain spells only its start.

    "Donaulicht Energie AG" (donaulicht.at) runs to its legal form; "Nordhavn Shipping"
    (nordhavn.dk) alone on a signature line is the whole name.
    """
    taken: list[str] = []
    for word in rest:
        plain = word.strip(".")
        if not plain[:1].isupper() or not plain.isalpha() or plain.lower() in _DEPARTMENT_WORDS:
            break
        if plain.lower() in _NOT_COMPANY_WORDS or _LEGAL_FORM.fullmatch(" " + word):
            break
        taken.append(word)
        longer = f"{name} {' '.join(taken)}"
        at = line.find(longer)
        if at >= 0:
            form = _LEGAL_FORM.match(line, at + len(longer))
            if form is not None:
                return f"{longer} {form.group(1)}"
    if starts_segment and 1 <= len(taken) <= 2 and taken == rest[: len(taken)]:
        longer = f"{name} {' '.join(taken)}"
        for segment in _NAME_SEGMENTS.split(line):
            if segment.strip() == longer:
                return longer
    return name


def _match_label(words: list[str], label: str, squashed_words: list[str]) -> str | None:
    squashed = ""
    initials = ""
    for index, word in enumerate(words):
        word_squashed = squashed_words[index]
        if word in {"&", "+"}:
            word_squashed = (
                next(alt for alt in _AMPERSAND_WORDS if label.startswith(squashed + alt))
                if label.startswith(squashed)
                else ""
            )
        squashed += word_squashed
        initials += word_squashed[:1]
        prefix_fits = label.startswith(squashed[: len(label)]) or squashed.startswith(label)
        if not prefix_fits and not (len(label) <= 5 and label.startswith(initials)):
            return None
        if squashed.startswith(label) or (len(label) <= 5 and initials == label and index + 1 >= 2):
            if any(char.isdigit() for char in word_squashed) and not any(
                char.isdigit() for char in label
            ):
                return None  # a room or handle ("AcmeSoftware1315"), not the name
            tail = words[: index + 1]
            rest = words[index + 1 :]
            # keep legal suffixes ("Co.", "Pvt. Ltd.") and one more capitalised word
            for word in rest:
                if re.fullmatch(r"(?:Inc|LLC|Ltd|Pvt|Co|Corp|GmbH|AG|SA|SE|plc|BV)\.?", word):
                    tail.append(word)
                else:
                    break
            if squashed == label:
                # "brightwave.io" is "Brightwave Analytics" when the text says so
                for word in rest[:2]:
                    if word.strip(".,") in _INDUSTRY_WORDS:
                        tail.append(word.strip(".,"))
                    else:
                        break
            name = " ".join(tail).strip(" ,;:|")
            if name.endswith(".") and not _ABBREVIATED_END.search(name):
                name = name[:-1]  # the full stop of the sentence, not of "Inc."
            return name if len(name) > 1 else None
    return None


# Legal forms as companies write them after the name: kept as written, since "Duinwater
# B.V." and "Wisła Data sp. z o.o." are how the employer names itself (and the user sees it).
_LEGAL_FORM = re.compile(
    r"[ \t]*,?[ \t]*("
    r"GmbH(?:[ \t]*&[ \t]*Co\.[ \t]*KG)?|AG|KG|SE|e\.V\.|A/S|ApS|AB|AS|ASA|Oy|Oyj|Kft\.|Zrt\."
    r"|Nyrt\.|a\.[ \t]?s\.|s\.[ \t]?r\.[ \t]?o\.|spol\.[ \t]s[ \t]r\.[ \t]?o\.|S\.p\.A\.|SpA"
    r"|S\.r\.l\.|Srl|SRL|S\.A\.S\.|SAS|SARL|S\.A\.|SA|S\.L\.|SL|B\.V\.|BV|N\.V\.|NV|A\.Ş\."
    r"|[Ss]p\.[ \t]z[ \t]o\.[ \t]?o\.|S\.A\.[ \t]de[ \t]C\.V\.|Pvt\.?[ \t]Ltd\.?|Pte\.?[ \t]Ltd\.?"
    r"|Ltd\.?|Limited|Inc\.?|LLC|LLP|plc|PLC|Corp\.?|Co\.|d\.o\.o\.|Ltda\.?|Lda\.?|K\.K\."
    r"|Sdn\.?[ \t]Bhd\.?|Bhd\.?)(?=$|[\s,;:)|/]|\.(?:\s|$))"
)


def _with_legal_form(line: str, start: int, name: str) -> str:
    """Add the legal form that follows the name in its line ("Kft.", "sp. z o.o."), if any."""
    at = line.find(name, start)
    if at < 0:
        return name
    tail = name.split()[-1].rstrip(".")
    if _LEGAL_FORM.fullmatch(" " + name.split()[-1]) or tail in {"Inc", "Ltd", "Co", "Corp"}:
        return name
    form = _LEGAL_FORM.match(line, at + len(name))
    if form is None:
        return name
    return f"{name} {form.group(1)}"


_ABBREVIATED_END = re.compile(
    r"\b(?:Inc|Ltd|Pvt|Co|Corp|plc|[A-Za-z](?:\.[A-Za-z])+)\.$|\bS\.p\.A\.$|\bs\.r\.o\.$"
)


def find_company(
    texts: list[str],
    domains: list[str],
    senders: Sequence[tuple[str | None, str | None]] = (),
) -> str | None:
    """Return the employer named by a company field, the organizer's domain, the sender's
    name, a legal form in CJK script, or "at X".

    `senders` are (display name, address) pairs of who sent the invitation: platforms and
    shared mailboxes send under the employer's name ("Grupo Tezontle <noreply@…>").
    """
    for text in texts:
        match = _COMPANY_FIELD.search(text)
        if match:
            value = match.group(1).strip(" \t\r*|:")
            if 1 < len(value) < 80:
                return value
    for domain in domains:
        name = company_from_domain(domain, texts)
        if name:
            return name
    for display, address in senders:
        name = company_from_sender(display, address, texts)
        if name:
            return name
    for text in texts:
        head = text[:_COMPANY_SCAN_CHARS]
        # every legal form is written in CJK script: plain ASCII holds none, and the names
        # around the forms (Latin letters too) would otherwise be tried at every letter
        cjk = (
            None
            if head.isascii() or not any(form in head for form in _CJK_FORM_WORDS)
            else _CJK_COMPANY.search(head)
        )
        if cjk:
            return cjk.group(0)
    for domain in domains:
        label = _domain_label(domain)
        parts = label.split("-")
        if domain.rsplit(".", 1)[-1] in _RESERVED_TLDS:
            continue
        if label.isalpha() and len(label) > 2:
            # the text never spells the name out; the domain is the best evidence left, with
            # a trailing industry word set apart ("fernwaylabs.com" is Fernway Labs)
            for word in sorted(_INDUSTRY_WORDS, key=len, reverse=True):  # Networks, not Works
                head = label[: -len(word)]
                if len(head) > 2 and label.endswith(word.lower()):
                    return f"{head.capitalize()} {word}"
            return label.capitalize()
        if 1 < len(parts) <= 3 and all(part.isalpha() and len(part) > 3 for part in parts):
            return " ".join(part.capitalize() for part in parts)  # tidepool-robotics.com
    for text in texts[:2]:
        match = _AT_COMPANY.search(text)
        if match:
            name = match.group(1).strip(" .,")
            first = name.split()[0].lower()
            if first not in _NOT_ROLE_WORDS | _NOT_COMPANY_WORDS and len(name) > 1:
                return name
    return None


# Japanese, Chinese and Korean companies write their legal form before or after the name
# ("株式会社ミナトデータ", "サクラデジタル株式会社", "云栖科技有限公司", "(주)한빛소프트"); the
# name itself runs over kanji, kana and Latin letters and stops at particles (の, は) and blanks.
_CJK_NAME = r"[\u30A0-\u30FF\u4E00-\u9FFF\u3005A-Za-z]{1,15}"
_CJK_FORM = r"(?:株式会社|有限会社|合同会社|\(株\)|（株）|㈱)"
_CJK_COMPANY = re.compile(
    rf"{_CJK_FORM}{_CJK_NAME}|{_CJK_NAME}{_CJK_FORM}"
    r"|[\u4E00-\u9FFF]{2,12}(?:股份有限公司|有限责任公司|有限公司|有限公司)"
    r"|(?:주식회사|\(주\)|㈜)[ \t]?[\uAC00-\uD7A3A-Za-z]{1,12}"
    r"|[\uAC00-\uD7A3A-Za-z]{1,12}[ \t]?(?:주식회사|\(주\)|㈜)"
)
# the legal forms, one of which every match of _CJK_COMPANY holds (lexicon.needed_words):
# a head in Latin letters with an accent or a dash need not be tried at every letter
_CJK_FORM_WORDS = ("会社", "(株)", "（株）", "㈱", "公司", "주식회사", "(주)", "㈜")
# What platforms add to the employer's name in a From line: "(Indeed)", "via Greenhouse",
# "über StepStone", and the team that writes ("Careers", "招聘", "인사팀").
_SENDER_PLATFORM = re.compile(r"\s*(?:\([^()]*\)|\b(?:via|über|through|par|tramite)\s.*)$", re.I)
_CJK_DEPARTMENT = re.compile(
    r"[ \t]*(?:招聘|人事部|人事|採用担当|採用チーム|採用|인사팀|채용팀|채용)$"
)


def company_from_sender(display: str | None, address: str | None, texts: list[str]) -> str | None:
    """Return the employer a sender's display name gives, as the text spells it.

    Taken only with evidence that the name is no person's: it spells the employer's domain
    ("Alpenglas GmbH <termine@alpenglas.at>"), begins a platform address
    ("Lone Star Freight <lonestarfreight@icims.com>"), or a platform or shared mailbox sends
    it and the text names it too ("Grupo Tezontle <noreply@smartrecruiters.com>").
    """
    if not display or not address or "@" not in address:
        return None
    name = _SENDER_PLATFORM.sub("", display.strip(" \"'"))
    words = name.split()
    while words and words[-1].lower() in _DEPARTMENT_WORDS:
        words.pop()
    name = _CJK_DEPARTMENT.sub("", " ".join(words))
    # "새벽바이오 인사팀", "云栖智造招聘": a team of the name, so the name is no person's
    team = name != _SENDER_PLATFORM.sub("", display.strip(" \"'"))
    squashed = _squash(name)
    if len(name) < 2 or any(word.lower() in _DEPARTMENT_WORDS for word in name.split()):
        return None
    local, host = address.lower().rsplit("@", 1)
    domain = employer_domain(address)
    if domain is None and any(
        len(part) > 2 and part in squashed for part in re.split(r"[.-]", host)[:-1]
    ):
        return None  # the platform's own name ("Calendly <notifications@calendly.com>")
    platform = domain is None and _domain_label(host) not in MAIL_HOST_LABELS
    if domain is not None:
        label = _squash(_domain_label(domain))
        spelled = len(label) > 1 and _match_label(
            name.split(), label, [_squash(word) for word in name.split()]
        )
        if spelled:
            return _as_written(name, texts) or name
    head = re.match(r"[a-z]*", _squash(local)).group(0)  # type: ignore[union-attr]
    if platform and len(head) >= 5 and (squashed.startswith(head) or head.startswith(squashed)):
        return _as_written(name, texts) or name
    if ROLE_MAILBOXES.match(local) and (platform or (team and domain is not None and not squashed)):
        return _as_written(name, texts)
    return None


def _as_written(name: str, texts: list[str]) -> str | None:
    """Return the name with the legal form the text writes after it, if the text names it."""
    for text in texts:
        for line in text[:_COMPANY_SCAN_CHARS].splitlines():
            at = line.find(name)
            if at >= 0:
                return _with_legal_form(line, at, name)
    return None


# Requisition numbers ATSs put before or after the title ("R-0042817", "JR12345", "REQ-884",
# "#4471"): the user's calendar shows the post, not the ticket.
_REQUISITION = re.compile(r"(?:[A-Z]{1,4}[-_#]?\d{3,}|#\d{3,}|\d{4,}(?:-\d+)?)[:,]?", re.I)


def _clean_role(candidate: str) -> str | None:
    words = candidate.strip(" -–:|,.()").split()
    while words and (
        words[0].lower().strip(":-–") in _NOT_ROLE_WORDS | {"min", "45", "30", "60"}
        or _INTERVIEW_WORD.fullmatch(words[0].strip(":-–"))
    ):
        words = words[1:]  # "Einladung Vorstellungsgespräch UX Researcher"
    while words and (re.fullmatch(r"\d+", words[0]) or _REQUISITION.fullmatch(words[0])):
        words = words[1:]
    while words and _REQUISITION.fullmatch(words[-1].strip("()")):
        words = words[:-1]
    role = " ".join(words).strip(" -–:|,.()")
    if not role or len(role) > 90:
        return None
    return role


# A line that names the post ("Position: …", "Stelle: …", "Poste : …", "Stanowisko: …"):
# its whole value is the title, in whatever language and case the employer wrote it.
# Blanks are taken possessively and the value is one bounded line.
_ROLE_FIELD = re.compile(
    r"^[ \t*•-]*+(?:position|role|job title|job|vacancy|opening|stelle|stellenbezeichnung"
    r"|position|poste|intitulé du poste|puesto|vacante|posizione|ruolo|vacature|functie"
    r"|stanowisko|pozice|pozícia|pozíció|munkakör|vaga|cargo|função|tjänst|stilling|tehtävä"
    r"|pozisyon|pozycja|posisi|jabatan|vị trí|職種|ポジション|职位|岗位|직무|포지션)"
    r"[ \t]*+[:：][ \t]*+([^\r\n]{2,90}?)[ \t\r]*+$",
    re.IGNORECASE | re.MULTILINE,
)
_NOT_A_TITLE = re.compile(r"https?://|@|\d{1,2}[:.]\d\d|\d{4}|^\W*$")


def _role_field(texts: list[str]) -> str | None:
    for text in texts:
        for number, match in enumerate(_ROLE_FIELD.finditer(text[:_ROLE_SCAN_CHARS])):
            if number >= _MAX_ROLE_CUES:
                break
            value = match.group(1).strip(" \t*|")
            if _NOT_A_TITLE.search(value):
                continue
            role = _clean_role(value)
            if role and role.count("(") > role.count(")") and value.endswith(")"):
                role += ")"  # "Junior Controller (m/w/d)" keeps its closing bracket
            if role:
                return role
    return None


def find_role(subject: str | None, texts: list[str], employer: tuple[str, ...] = ()) -> str | None:
    """Return the job title named by a role line, in the subject or in the body.

    `employer` holds the company's name and domains: a subject may end in either
    ("Interview – Corbel Logistics"), and neither is the post.
    """
    role = _role_field(texts)
    if role:
        return role
    subject = subject[:_ROLE_LINE_CHARS] if subject else subject
    sources = ([subject] if subject else []) + [text[:_ROLE_SCAN_CHARS] for text in texts]
    for source in sources:
        for number, cue in enumerate(_ROLE_CUES.finditer(source)):
            if number >= _MAX_ROLE_CUES:
                break
            window = source[cue.end() : cue.end() + 120].split("\n", 1)[0]
            match = _ROLE_PHRASE.search(window[:80])
            if match:
                role = _clean_role(match.group(1))
                if role:
                    return role
    for source in sources:
        role = _role_after_other_cue(source)
        if role:
            return role
    role = _role_after_subject_dash(subject, employer)
    if role and not _names_employer(role, employer):
        return role
    role = _role_after_interview_word(sources, employer)
    if role:
        return role
    if subject:
        for segment in re.split(r"\s+[-–|:]\s+|:\s+|\(|\)| at | with ", subject):
            match = _ROLE_PHRASE.search(segment)
            if match:
                role = _clean_role(match.group(1))
                if role:
                    return role
    for text in texts:
        for line in text[:_ROLE_SCAN_CHARS].splitlines()[:200]:
            if not _TITLE_HEAD_WORDS.search(line[:_ROLE_LINE_CHARS]):
                continue
            for segment in re.split(r"\s+[-–|]\s+", line[:_ROLE_LINE_CHARS]):
                match = _ROLE_PHRASE.search(segment)
                if match and match.group(1)[0].isupper():
                    role = _clean_role(match.group(1))
                    if role and len(role.split()) >= 2:
                        return role
    return None


_SUBJECT_DASH = re.compile(r"^(.{3,120}?)[ \t]+[–—-][ \t]+([^–—\n]{2,80})$")
_NOT_A_SUBJECT_TITLE = re.compile(
    r"\d|https?:|@|\b(?:GmbH|AG|Inc|Ltd|LLC|S\.p\.A|SRL|B\.V|Kft|Zrt|Oy|AB|AS|A/S|ApS)\b"
)


_TRAILING_ASIDE = re.compile(r"\s*\(([^()]{1,60})\)?$")


def _role_after_subject_dash(subject: str | None, employer: tuple[str, ...]) -> str | None:
    """Return the post after "<invitation words> – <post>", the subject most ATSs send.

    The words before the dash must speak of an interview or invitation in some language and
    the part after it must not ("Pozvánka na pohovor – Účetní", "Kutsu haastatteluun –
    Ohjelmistokehittäjä"); times, links and legal forms are never a title.
    """
    if not subject:
        return None
    match = _SUBJECT_DASH.match(subject.strip()[:_ROLE_LINE_CHARS])
    if match is None:
        return None
    head, tail = match.group(1), match.group(2).strip(" .\"'")
    tail = tail.split(":", 1)[0].strip()  # "… – Analyst: Date updated"
    marker = _GENDER_MARKER.search(tail)
    gender = marker.group(1) if marker and marker.end() == len(tail) else ""
    if gender:
        tail = tail[: marker.start()].strip()  # type: ignore[union-attr]
    aside = _TRAILING_ASIDE.search(tail)
    if aside and _is_employer_aside(aside.group(1), employer):
        tail = tail[: aside.start()]  # "Designer (Officine Brera)": the employer, not the post
    if not has_invitation_cue(head) or has_invitation_cue(tail):
        return None
    kept = _TRAILING_ASIDE.search(tail)
    title = tail[: kept.start()] if kept else tail  # "(Nivel 2)" may hold a digit
    words = tail.split()
    if _NOT_A_SUBJECT_TITLE.search(title) or not 1 <= len(words) <= 6 or "&" in words:
        return None
    if any(word.lower() in _NOT_ROLE_WORDS for word in words):
        return None  # "HR round", "phone screen": a stage of the process, not the post
    role = _clean_role(tail)
    if role and role.count("(") > role.count(")"):
        role += ")"
    return f"{role} {gender}" if role and gender else role


# The words for an interview or invitation that a calendar title or subject puts before the
# post ("Sollicitatiegesprek Accountmanager", "Colloquio: Sviluppatore Full Stack",
# "Vorstellungsgespräch – Mechatroniker (m/w/d)", "Entrevista confirmada: Analista de Compras").
_INTERVIEW_WORD = re.compile(
    rf"(?i:(?:{INTERVIEW_NOUNS}|kennismaking|einladung|uitnodiging|invitation|inbjudan|kutsu"
    r"|undangan|pozvánka|zaproszenie|meghívó|convite|invito|invitación))"
)
_TITLE_LINE = re.compile(
    r"^(?:[^\s:]{1,20}:[ \t]*)?(?:[A-Z]\w{0,20}[ \t]+){0,2}"
    + _INTERVIEW_WORD.pattern
    + r"(?:[ \t]+(?i:final|finale|técnica|técnico|tecnico|technique|technisch|confirmed|scheduled"
    r"|booked|confirmada|confirmado|programada|agendada|planifié|confirmé|bestätigt|bevestigd"
    r"|confermato|confermata))?(?:[ \t]*[:–—][ \t]*|[ \t]+-[ \t]+|[ \t]+)"
    r"(?P<title>[^\r\n]{2,100})$"
)
_TITLE_END = re.compile(
    r"[ \t][–—|@-][ \t]|[ \t]@|[\"“”„«»']|[ \t](?:bij|at|with|bei|chez|con|com|en|hos|med|mit"
    r"|presso|between|entre|zwischen|foi|è|ist|is|est|a|ha|har|heeft|hat|has)[ \t]"
)


def _role_after_interview_word(sources: list[str], employer: tuple[str, ...]) -> str | None:
    """Return the post a calendar title or subject names after its interview word."""
    for source in sources:
        for line in source[:_ROLE_SCAN_CHARS].splitlines()[:200]:
            match = _TITLE_LINE.match(line.strip()[:_ROLE_LINE_CHARS])
            if match is None:
                continue
            title = match.group("title")
            end = _TITLE_END.search(title)
            title = (title[: end.start()] if end else title).strip(" .:;,")
            if title.endswith(".") or (end is None and match.group("title").rstrip().endswith(".")):
                continue  # a sentence that goes on ("… foi Criado."), not a title
            role = _title_words(title, employer)
            if role:
                return role
    return None


def _title_words(title: str, employer: tuple[str, ...]) -> str | None:
    """Return the title unless it is the employer, a stage, a time or runs like a sentence."""
    marker = _GENDER_MARKER.search(title)
    gender = marker.group(1) if marker and marker.end() == len(title) else ""
    if gender:
        title = title[: marker.start()].strip()  # type: ignore[union-attr]
    aside = _TRAILING_ASIDE.search(title)
    if aside and _is_employer_aside(aside.group(1), employer):
        title = title[: aside.start()].strip()  # "Staf Akuntansi (PT Nusantara Logistik)"
    words = title.split()
    while words and _REQUISITION.fullmatch(words[0]):
        words = words[1:]  # "JR-20931 Claims Adjuster II"
    title = " ".join(words)
    kept = _TRAILING_ASIDE.search(title)
    bare = title[: kept.start()] if kept else title
    words = bare.split()
    if not words or not words[0][:1].isupper() or not 1 <= len(words) <= 6:
        return None
    if _NOT_A_SUBJECT_TITLE.search(bare) or has_invitation_cue(bare) or "&" in words:
        return None
    if any(word.lower() in _NOT_ROLE_WORDS for word in words) or _names_employer(bare, employer):
        return None
    role = _clean_role(title)
    if role and role.count("(") > role.count(")"):
        role += ")"
    return f"{role} {gender}" if role and gender else role


def _is_employer_aside(aside: str, employer: tuple[str, ...]) -> bool:
    """Tell "(Officine Brera)" after a title, the employer, from "(Nivel 2)" or "(Java)"."""
    return _names_employer(aside, employer) or (
        not any(char.isdigit() for char in aside)
        and sum(word[:1].isupper() for word in aside.split()) >= 2
    )


def _names_employer(role: str, employer: tuple[str, ...]) -> bool:
    squashed = _squash(role)
    for name in employer:
        other = _squash(_domain_label(name) if "." in name and " " not in name else name)
        if len(other) > 2 and (squashed.startswith(other) or other.startswith(squashed)):
            return True
    return False


def _role_after_other_cue(text: str) -> str | None:
    """Return the title after a non-English cue ("au poste de Chargée de communication, …")."""
    if not _ROLE_CUE_OTHER_WORDS.search(text):
        return None
    for number, cue in enumerate(_ROLE_CUES_OTHER.finditer(text)):
        if number >= _MAX_ROLE_CUES:
            break
        window = text[cue.end() : cue.end() + 80]
        stop = _ROLE_END.search(window)
        words = (window[: stop.start()] if stop else window).split()
        if cue.group(0).startswith("für die "):
            # German nouns are capitalised: the title ends at the verb ("… Elektrotechnik
            # verschieben"), a gender marker excepted
            upper = [index for index, word in enumerate(words) if not word[:1].isupper()]
            words = words[: upper[0]] if upper else words
        if 1 <= len(words) <= 6 and words[0][:1].isupper():
            role = _clean_role(" ".join(words))
            marker = _GENDER_MARKER.match(window[stop.start() :] if stop else "")
            if role and marker:
                role = f"{role} {marker.group(1)}"  # "Referent (m/w/d)" is how the post is named
            if role:
                return role
    return None
