"""Question mood over the time: a time only asked about is not yet a booking (asks67).

A recruiter who writes "Could you do a call at 2:30 on the 14th?", "Hätten Sie am Donnerstag
um 14 Uhr Zeit?", "¿Le vendría bien el viernes a las 12:00?", "Czy pasowałby Pani termin …",
"…お時間をいただけますでしょうか。" proposes the time; the candidate has not agreed to it. The
corpus labels such a mail an invitation at the slot (PROVENANCE-propose24.md), but it is no
sure booking: it waits for the reader in review. The same writer stating the slot ("we have
booked you for …", "I've put us down for … - let me know if that doesn't work", "Please join
us on …", "See you Thursday at 3") books it, even with a question in another sentence or
clause ("Does that work for you?", "Could you bring a photo ID?").

The mood is read from the clause that holds the time (its sentence, cut at ";" and at a dash
between two clauses), by signs that do not depend on the words of any one request:

- the question mark that ends the clause (Latin "?", full-width "？", Arabic "؟"), and the
  Spanish opening "¿" before the time;
- the Japanese polite question, which takes no question mark ("…でしょうか。", "…ませんか。");
- an interrogative opener with no question mark (typed on a phone, or a line the writer left
  open: "Can you join a technical interview on Friday at 3:00 PM"): the modal or verb-first
  question of each language, and Polish "czy";
- a tag question after a statement (", right?", ", oder?", ", n'est-ce pas ?", ", ¿verdad?",
  ", vero?", ", toch?", ", prawda?", ", eller hur?", ", né?").

Sources for the shapes (two or more each): ASKED in the English, German, French and Spanish
ask1*24 families of propose24 ("Would Tuesday, December 8 at 3pm ET work for you?", "Passt
Ihnen Dienstag, 8. Dezember, um 15 Uhr?", "Seriez-vous disponible …?", "¿Le vendría bien …?"),
asks31's moves asked ("czy byłoby możliwe …?", "可能でしょうか"), and this batch's asks67;
BOOKED in booked24 ("Your interview is confirmed for …"), fwdconfirm49's "We have booked" and
asks67's imperatives and put-downs.
"""

from __future__ import annotations

import re

from service.parsing.lookalikes import sentence_bounds

ASKED_TIME_NOTE = "the time is only asked about ({sign}); nobody has agreed to it yet"

# a dash between two clauses (spaced, so not "9-10" or "Jean-Luc") or a semicolon
_CLAUSE_BREAK = re.compile(r"\s[-–—]\s|;\s")

_ANY_QUESTION_MARK = re.compile(r"[?？؟]")
_QUESTION_MARK = re.compile(r"[?？؟][\s\"'”’)\]»!:.]*$")
_JAPANESE_ASK = re.compile(r"(?:でしょう|です|ます|ません|ましょう)か[。．！!]?\s*$")

# tag questions: a statement, then a short tag that asks for a yes
_TAG = re.compile(
    r"(?:,|\s)\s*(?:right|correct|ok(?:ay)?|yes|no|(?:is|are|does|do|will|would|wo|won|ca|can|"
    r"could|should|has|have|did)n['’]?t (?:it|you|we|that|they|he|she)|oder(?: nicht)?|nicht "
    r"wahr|gell|ne|n['’]est-ce pas|non|¿?verdad|¿?no|vero|giusto|toch|prawda|tak|eller hur|"
    r"va|inte sant|né|não é|certo)\s*[?？]\s*$",
    re.IGNORECASE,
)

# the question said without its mark: a modal or verb-first opener at the clause's start
# (after a greeting or a lead-in such as "Hi Kit," / "also" / "just checking:")
_OPENER = re.compile(
    r"^(?:(?:hi|hello|hey|also|and|so|just checking|quick question|kurze frage|"
    r"alors|bon|entonces|oye|allora|dus|och|więc|então)[\s,:!-]+)*"
    r"(?:"
    # English: modal + you/we, "are you free/available", "do you have time", "does ... work"
    r"(?:could|can|would|will|shall) (?:you|we|u)\b"
    r"|(?:are|were) you (?:free|available|around|able)\b"
    r"|do you have (?:time|a moment)\b"
    r"|(?:does|would|will|could) (?:\w+ ){1,6}(?:work|suit|fit)\b"
    # German: verb-first questions of asking (imperatives "Kommen Sie" are not among them)
    r"|(?:hätten|hättest|haben|hast|könnten|könntest|können|kannst|würde|würden|würdest|wäre|"
    r"wären|passt|passen|ginge|geht|sind|bist|wollen|sollen|dürfen) (?:sie|du|ihnen|dir|es|"
    r"wir|euch|ihr)\b"
    # French: "est-ce que", a verb inverted with its pronoun ("seriez-vous", "pourriez-vous",
    # "vous conviendrait-il"), not "rendez-vous"
    r"|est-ce qu"
    r"|(?!rendez-)\w+-(?:t-)?(?:vous|tu|il|elle|on|nous)\b"
    # (Spanish, Italian and Portuguese drop the subject and keep the statement's order:
    # "Podemos ver a Sam el miércoles a las 12:30." states; their questions are marked) ...
    # but the conditional of "can", of "suit" and of "have time" opens a polite request, never
    # a booking stated (looks68's recruiters typing without the marks): "Podrías venir …",
    # "(Le) vendría bien …", "Te iría bien …", "Tendrías disponibilidad …", "Potrebbe venire
    # …", "Le andrebbe bene …", "Sarebbe disponibile …", "Você poderia …", "Seria possível …",
    # "Teria disponibilidade …"
    r"|(?:(?:usted|ustedes|tú|vos|você|vocês|o senhor|a senhora|lei|voi) )?"
    r"(?:podr[ií]a[ns]?|podr[ií]ais|potrebbe(?:ro)?|potresti|potreste|poderia[ms]?)\b"
    r"|(?:(?:le|te|les|os|vi|ti|lhe) )?(?:vendr[ií]a[ns]? bien|ir[ií]a[ns]? bien"
    r"|andrebbe(?:ro)? bene|converr[ií]a|conviria)\b"
    r"|(?:tendr[ií]a[ns]?|tendr[ií]as|teria[ms]?) (?:disponibilidad|disponibilidade|tiempo"
    r"|tempo)\b"
    r"|(?:sarebbe|sareste|saresti) (?:disponibil\w*|possibile)\b|seria (?:possível|posible)\b"
    # Dutch and Swedish: verb-first questions of asking
    r"|(?:zou|zouden|kun|kunt|kunnen|kan|past|schikt|lukt|heeft|heb|hebt|ben|bent) (?:je|u|jij|"
    r"jullie|we|wij|het|dat|dit)\b"
    r"|(?:skulle|kan|kunde|passar|funkar|fungerar|går|har|är|vill) (?:du|ni|vi|det|detta)\b"
    # Polish: the question particle
    r"|czy\b"
    r")",
    re.IGNORECASE,
)


def time_clause(line: str, at: int) -> tuple[str, int]:
    """The clause of the time's sentence that holds position `at`, and where `at` is in it."""
    start, end = sentence_bounds(line, at)
    at = min(max(at, start), end)
    for cut in _CLAUSE_BREAK.finditer(line, start, end):
        if cut.end() <= at:
            start = cut.end()
        elif cut.start() >= at:
            end = cut.start()
            break
    # a question mark the sentence splitter let run on ("el miércoles 16 a las 3:15? sería
    # en la oficina …") ends the time's clause, or starts it when it comes before the time
    asked = _ANY_QUESTION_MARK.search(line, at, end)
    end = asked.end() if asked else end
    before = [mark.end() for mark in _ANY_QUESTION_MARK.finditer(line, start, at)]
    start = before[-1] if before else start
    return line[start:end], at - start


def asked_mood(line: str, at: int) -> str | None:
    """Name the sign that the clause holding the time (at `at` in `line`) asks about it, or
    None when it states it ("we have booked you for …", "Please join us on …")."""
    clause, where = time_clause(line, at)
    text = clause.strip()
    if not text:
        return None
    if _TAG.search(text):
        return "a tag question"
    if _QUESTION_MARK.search(text):
        return "a question mark"
    opened = clause.rfind("¿", 0, where)
    if opened >= 0 and "?" not in clause[opened:where]:
        return "an opening question mark"
    if _JAPANESE_ASK.search(text):
        return "a polite question ending"
    if _OPENER.search(text.lstrip("> ")):
        return "a question's opening words"
    return None
