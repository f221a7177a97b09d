# ruff: noqa: E501 (mail bodies read best one sentence a line)
"""Write the "moves50" batch: text mails (no calendar part) whose start is one of several
times the mail names: an employer's confirmation of a slot the reader picked from an offered
list, quoted below; a push or move with the old and new time in one line in either order;
the old time struck through in HTML (<s>, <del>, text-decoration:line-through); old/new
columns in a table; "same time, new day" and "moved up by an hour"; replies that restate the
agreed time over a quoted slot list; controls where nothing was agreed.

Run: .venv/bin/python tests/parsing/corpus/build_moves50.py

All text is ours (no template copied). People and companies are made up. Labels come from the
datetimes the text is rendered from (zoneinfo) and were written before the parser was run on
any message of the batch. Held-out families drawn by
`random.Random("moves50 coin").sample(sorted(FAMILIES), 2)` before anything was written.
Deterministic; the script deletes or writes only files of its own families.
"""

from __future__ import annotations

import importlib.util
import io
import random
import sys
from datetime import datetime, timedelta
from email.generator import BytesGenerator
from email.header import Header
from email.mime.base import MIMEBase
from email.mime.multipart import MIMEMultipart
from email.utils import format_datetime, formataddr
from pathlib import Path
from types import ModuleType
from zoneinfo import ZoneInfo

HERE = Path(__file__).resolve().parent


def _load(name: str, file: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, HERE / file)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


pp = _load("build_parse_pos", "build_parse-pos.py")
l48 = _load("build_looks48", "build_looks48.py")
Case = pp.Case
ME = ("Alex Morgan", "alex.morgan@mailbox.example")
OURS = "hand-written, no template"
LIC = "text ours"

FAMILIES = {
    "pickquote50": "The employer's newest layer only confirms ('Confirmed - see you then', "
    "'Passt, bis dann', 'C'est noté') over the reader's pick by position or weekday over the "
    "offered list; controls: the reader declined every option, or only asked.",
    "strike50": "HTML mails whose old time is struck through (<s>, <del>, "
    "style='text-decoration:line-through') beside the new one, in either order, some with a "
    "plain alternative that loses the strike and says 'was'/'neu'.",
    "pushline50": "One line with both times of a move, in either order ('push your interview "
    "from Tue 10:00 to Wed 14:00', 'now Wednesday 14:00 instead of Tuesday 10:00', 'statt', "
    "'au lieu de', 'en lugar de', 'anziché', 'in plaats van', 'zamiast', 'i stället för', "
    "'em vez de', '〜から〜に変更'); controls: the candidate's own unanswered ask.",
    "oldnew50": "Text and HTML tables with old and new columns or rows ('Previous | New', "
    "'Alt | Neu', 'Ancien | Nouveau', 'Antes | Ahora', 'Prima | Dopo', 'Oud | Nieuw', "
    "'Poprzedni | Nowy', '変更前 | 変更後').",
    "sametime50": "Relative moves: 'same time, new day', 'moved up by an hour', 'pushed back "
    "30 minutes', 'gleiche Uhrzeit, anderer Tag', 'même heure', 'una hora antes'.",
    "restate50": "Replies that restate the agreed time in their first line ('Great, "
    "Thursday at 2:30 it is') above the reader's pick and the quoted slot list; controls: "
    "the employer offers the list again.",
}
HELD = frozenset(random.Random("moves50 coin").sample(sorted(FAMILIES), 2))
# written after the first sight, when the coin had held out the only family of bare
# confirmations over a pick (pickquote50): all dev, drawn from no coin
FAMILIES["pickok50"] = (
    "Added after the first sight, all dev: the employer's newest layer only confirms "
    "('Confirmed!', 'Alles klar, ist eingetragen', 'Parfait, c'est bien noté', 'Listo, "
    "agendado', 'Bokat!', 'かしこまりました') over the reader's pick by ordinal, letter, "
    "weekday or part of day over an offered list, with '> ' quotes and Outlook header "
    "blocks; controls: the employer will confirm later, the reader picked two."
)
SPLITS = {name: ("heldout" if name in HELD else "dev") for name in FAMILIES}
CASES: list[Case] = []
NEG: dict[str, object] = {"kind": "not_invitation"}

ZONE = {
    "en-GB": "Europe/London",
    "en-US": "America/New_York",
    "de": "Europe/Berlin",
    "fr": "Europe/Paris",
    "es": "Europe/Madrid",
    "it": "Europe/Rome",
    "nl": "Europe/Amsterdam",
    "pt-BR": "America/Sao_Paulo",
    "pl": "Europe/Warsaw",
    "sv": "Europe/Stockholm",
    "ja": "Asia/Tokyo",
    "zh": "Asia/Shanghai",
}

WEEKDAYS = {
    "en-GB": ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday"),
    "en-US": ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday"),
    "de": ("Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag"),
    "fr": ("lundi", "mardi", "mercredi", "jeudi", "vendredi"),
    "es": ("lunes", "martes", "miércoles", "jueves", "viernes"),
    "it": ("lunedì", "martedì", "mercoledì", "giovedì", "venerdì"),
    "nl": ("maandag", "dinsdag", "woensdag", "donderdag", "vrijdag"),
    "pt-BR": ("segunda", "terça", "quarta", "quinta", "sexta"),
    "pl": ("poniedziałek", "wtorek", "środa", "czwartek", "piątek"),
    "sv": ("måndag", "tisdag", "onsdag", "torsdag", "fredag"),
}


def quoted(attribution: str, text: str) -> str:
    """A reply's quoted layer: the attribution line and '> ' before every line."""
    return attribution + "\n" + "\n".join(("> " + line).rstrip() for line in text.split("\n"))


def add(
    fam: str,
    lang: str,
    name: str,
    sender: tuple[str, str],
    subject: str,
    sent: tuple[int, int, int, int, int],
    note: str,
    *,
    text: str | None = None,
    html: str | None = None,
    slot: tuple[int, int, int, int, int] | None = None,
    minutes: int | None = None,
    kind: str = "invitation",
    days: tuple[tuple[str, tuple[int, int, int]], ...] = (),
) -> None:
    """One mail: with `slot` the reader's interview at that wall time (no zone stated);
    without it not_invitation. `days` pairs a weekday word written in the mail with its date
    so a slip in the prose fails the build."""
    for word, ymd in days:
        assert WEEKDAYS[lang][datetime(*ymd).weekday()] == word, (name, word, ymd)
    zone = ZoneInfo(ZONE[lang])
    sent_at = datetime(*sent, tzinfo=zone)
    key = f"moves50 {fam} {lang} {name}"
    message: MIMEBase
    if text is not None and html is not None:
        message = MIMEMultipart("alternative", boundary=f"=_moves50_{pp.digest(fam, name)}")
        message.attach(l48._part(text, "plain"))
        message.attach(l48._part(html, "html"))
    elif html is not None:
        message = l48._part(html, "html")
    else:
        assert text is not None
        message = l48._part(text, "plain")
    label: dict[str, object]
    if slot is not None:
        start = datetime(*slot, tzinfo=zone)
        assert start > sent_at
        end = start + timedelta(minutes=minutes) if minutes else None
        label = {"kind": kind, **pp.timed(start, end, sent=sent_at)}
    else:
        label = dict(NEG)
    existing = list(message.items())
    for hname in list(message.keys()):
        del message[hname]
    message["Date"] = format_datetime(sent_at)
    message["From"] = formataddr(sender) if sender[0].isascii() else formataddr(sender, "utf-8")
    message["To"] = formataddr(ME)
    message["Subject"] = subject if subject.isascii() else Header(subject, "utf-8")
    message["Message-ID"] = f"<{pp.digest(key, 'mid')}@{sender[1].split('@', 1)[1]}>"
    message["MIME-Version"] = "1.0"
    for hname, value in existing:
        if hname.lower() != "mime-version":
            message[hname] = value
    buffer = io.BytesIO()
    BytesGenerator(buffer, mangle_from_=False, policy=pp.POLICY).flatten(message)
    CASES.append(
        Case(fam, SPLITS[fam], f"{lang}_{name}", buffer.getvalue(), label, lang, note, OURS, LIC)
    )


def page(body: str) -> str:
    return f'<html><body style="font-family:Helvetica,Arial,sans-serif;font-size:14px">{body}</body></html>'


# --- pickquote50 -----------------------------------------------------------------------------
def pickquote() -> None:
    f = "pickquote50"
    offer = "Hi Alex,\n\nThanks for your interest in the Data Engineer role. Could you do one of these for a 45-minute video call with our hiring manager?\n\n1. Tuesday 10 March, 9:30\n2. Wednesday 11 March, 14:00\n3. Thursday 12 March, 16:30\n\nBest,\nOwen"
    pick = "Hi Owen,\n\nOption 2 works well for me.\n\nThanks,\nAlex"
    add(
        f,
        "en-GB",
        "option_two_confirmed",
        ("Owen Price", "owen.price@fernleydata.example.co.uk"),
        "Re: Data Engineer - interview times",
        (2026, 3, 6, 15, 2),
        "The recruiter's newest layer only confirms, over the reader's 'Option 2' over the numbered list.",
        text="Perfect, that's booked in - see you then. You'll get a Teams link the day before.\n\nOwen\n\n"
        + quoted(
            "On Fri, 6 Mar 2026 at 12:40, Alex Morgan <alex.morgan@mailbox.example> wrote:",
            pick + "\n\n" + quoted("On Thu, 5 Mar 2026 at 17:05, Owen Price wrote:", offer),
        ),
        slot=(2026, 3, 11, 14, 0),
        minutes=45,
        days=(
            ("Tuesday", (2026, 3, 10)),
            ("Wednesday", (2026, 3, 11)),
            ("Thursday", (2026, 3, 12)),
        ),
    )
    offer = "Hallo Herr Morgan,\n\nfür das Gespräch zur Stelle als Projektcontroller könnten wir Ihnen folgende Termine anbieten:\n\n- Montag, 16. März, 10:00 Uhr\n- Dienstag, 17. März, 13:30 Uhr\n- Freitag, 20. März, 9:00 Uhr\n\nViele Grüße\nJulia Hartmann"
    pick = "Guten Tag Frau Hartmann,\n\nDienstag passt mir sehr gut.\n\nBeste Grüße\nAlex Morgan"
    add(
        f,
        "de",
        "dienstag_passt_bestaetigt",
        ("Julia Hartmann", "j.hartmann@brandt-maschinen.example.de"),
        "AW: AW: Terminvorschläge Vorstellungsgespräch",
        (2026, 3, 12, 9, 15),
        "Die neueste Antwort bestätigt nur ('Prima, dann ist das fest eingeplant'), darunter die Wahl per Wochentag und die Liste.",
        text="Prima, dann ist das fest eingeplant. Wir freuen uns auf Sie!\n\nJulia Hartmann\n\n"
        + quoted(
            "Am 11.03.2026 um 18:22 schrieb Alex Morgan:",
            pick + "\n\n" + quoted("Am 11.03.2026 um 10:03 schrieb Julia Hartmann:", offer),
        ),
        slot=(2026, 3, 17, 13, 30),
        days=(("Montag", (2026, 3, 16)), ("Dienstag", (2026, 3, 17)), ("Freitag", (2026, 3, 20))),
    )
    offer = "Bonjour Alex,\n\nVoici trois créneaux pour votre entretien avec l'équipe produit :\n- lundi 13 avril à 11h\n- mercredi 15 avril à 15h30\n- jeudi 16 avril à 10h\n\nBien cordialement,\nClaire Vidal"
    pick = "Bonjour Claire,\n\nLe deuxième créneau me convient parfaitement.\n\nCordialement,\nAlex"
    add(
        f,
        "fr",
        "deuxieme_creneau_note",
        ("Claire Vidal", "claire.vidal@oriel-produits.example.fr"),
        "RE: Créneaux pour votre entretien",
        (2026, 4, 9, 11, 30),
        "La RH confirme seulement ('C'est noté, à mercredi !') sous le choix 'le deuxième créneau'.",
        text="C'est noté, à mercredi ! Je vous envoie le lien de visio la veille.\n\nClaire\n\n"
        + quoted(
            "Le jeu. 9 avr. 2026 à 09:12, Alex Morgan a écrit :",
            pick + "\n\n" + quoted("Le mer. 8 avr. 2026 à 16:47, Claire Vidal a écrit :", offer),
        ),
        slot=(2026, 4, 15, 15, 30),
        days=(("lundi", (2026, 4, 13)), ("mercredi", (2026, 4, 15)), ("jeudi", (2026, 4, 16))),
    )
    offer = "Hola Alex:\n\nTe propongo estas opciones para la entrevista técnica:\n\na) martes 21 de abril, 10:00\nb) miércoles 22 de abril, 12:30\nc) viernes 24 de abril, 17:00\n\nUn saludo,\nPablo Serrano"
    pick = "Hola Pablo:\n\nMe viene mejor la c).\n\nGracias,\nAlex"
    add(
        f,
        "es",
        "opcion_c_confirmada",
        ("Pablo Serrano", "pablo.serrano@cierzo-soft.example.es"),
        "RE: Opciones para la entrevista técnica",
        (2026, 4, 17, 13, 0),
        "El reclutador confirma ('Confirmado, nos vemos entonces') sobre la elección por letra.",
        text="Confirmado, nos vemos entonces.\n\nPablo\n\n"
        + quoted(
            "El vie, 17 abr 2026 a las 10:41, Alex Morgan escribió:",
            pick
            + "\n\n"
            + quoted("El jue, 16 abr 2026 a las 18:20, Pablo Serrano escribió:", offer),
        ),
        slot=(2026, 4, 24, 17, 0),
        days=(("martes", (2026, 4, 21)), ("miércoles", (2026, 4, 22)), ("viernes", (2026, 4, 24))),
    )
    offer = "Beste Alex,\n\nWe plannen graag een kennismaking in. Kan een van deze momenten?\n\n* donderdag 7 mei, 9:00 uur\n* donderdag 7 mei, 15:00 uur\n* maandag 11 mei, 11:30 uur\n\nGroet,\nSanne de Wit"
    pick = "Hoi Sanne,\n\nMaandag komt mij het best uit.\n\nGroet,\nAlex"
    add(
        f,
        "nl",
        "maandag_genoteerd",
        ("Sanne de Wit", "sanne@koopmanlogistiek.example.nl"),
        "Re: Kennismaking inplannen",
        (2026, 5, 5, 10, 18),
        "De recruiter bevestigt alleen ('Genoteerd, tot dan!') boven de keuze 'maandag' en de lijst met twee momenten op dezelfde donderdag.",
        text="Genoteerd, tot dan!\n\nSanne\n\n"
        + quoted(
            "Op di 5 mei 2026 om 08:55 schreef Alex Morgan:",
            pick + "\n\n" + quoted("Op ma 4 mei 2026 om 16:30 schreef Sanne de Wit:", offer),
        ),
        slot=(2026, 5, 11, 11, 30),
        days=(("donderdag", (2026, 5, 7)), ("maandag", (2026, 5, 11))),
    )
    offer = "Hi Alex,\n\nWe'd like to set up your onsite. Available slots:\n\n- Mon, May 18 at 10:00 AM\n- Tue, May 19 at 1:00 PM\n\nLet me know which works.\nRachel"
    pick = "Hi Rachel,\n\nUnfortunately I'm travelling that whole week - neither works. Could we look at the week after?\n\nAlex"
    add(
        f,
        "en-US",
        "declined_both_control",
        ("Rachel Kim", "rkim@bluestonehealth.example.com"),
        "Re: Onsite availability",
        (2026, 5, 13, 11, 5),
        "Control: the reader declined both slots; the recruiter says new times will follow. Nothing set.",
        text="No problem at all - I'll check with the panel and come back with a few options for the week of May 25.\n\nRachel\n\n"
        + quoted(
            "On Wed, May 13, 2026 at 9:30 AM Alex Morgan <alex.morgan@mailbox.example> wrote:",
            pick + "\n\n" + quoted("On Tue, May 12, 2026 at 4:12 PM Rachel Kim wrote:", offer),
        ),
        days=(("Monday", (2026, 5, 18)), ("Tuesday", (2026, 5, 19))),
    )
    offer = "Ciao Alex,\n\nper il colloquio conoscitivo ti propongo:\n1) martedì 9 giugno alle 10:00\n2) mercoledì 10 giugno alle 14:30\n3) giovedì 11 giugno alle 11:00\n\nA presto,\nFederica Conti"
    pick = "Ciao Federica,\n\nper me va benissimo la terza opzione.\n\nGrazie,\nAlex"
    add(
        f,
        "it",
        "terza_opzione_ok",
        ("Federica Conti", "f.conti@venturastudio.example.it"),
        "R: Colloquio conoscitivo",
        (2026, 6, 4, 12, 40),
        "La recruiter conferma ('Perfetto, ci vediamo allora') sopra la scelta 'la terza opzione'.",
        text="Perfetto, ci vediamo allora! Ti mando l'invito a breve.\n\nFederica\n\n"
        + quoted(
            "Il giorno gio 4 giu 2026 alle ore 09:10 Alex Morgan ha scritto:",
            pick
            + "\n\n"
            + quoted("Il giorno mer 3 giu 2026 alle ore 17:45 Federica Conti ha scritto:", offer),
        ),
        slot=(2026, 6, 11, 11, 0),
        days=(("martedì", (2026, 6, 9)), ("mercoledì", (2026, 6, 10)), ("giovedì", (2026, 6, 11))),
    )


# --- restate50 -------------------------------------------------------------------------------
def restate() -> None:
    f = "restate50"
    offer = "Hi Alex,\n\nThanks for applying to the Support Lead role. Our team lead can meet on:\n\n- Monday 23 March, 10:00\n- Wednesday 25 March, 11:30\n- Thursday 26 March, 14:30\n\nWhich suits you best?\n\nMegan"
    pick = "Hi Megan,\n\nThursday would be ideal.\n\nBest,\nAlex"
    add(
        f,
        "en-GB",
        "thursday_at_230_it_is",
        ("Megan Hale", "megan.hale@tidewaysupport.example.co.uk"),
        "Re: Support Lead - next step",
        (2026, 3, 20, 10, 5),
        "The recruiter restates 'Thursday at 2:30' over the pick and the offered list.",
        text="Great, Thursday at 2:30 it is. Calendar invite to follow.\n\nMegan\n\n"
        + quoted(
            "On Fri, 20 Mar 2026 at 08:47, Alex Morgan <alex.morgan@mailbox.example> wrote:",
            pick + "\n\n" + quoted("On Thu, 19 Mar 2026 at 16:10, Megan Hale wrote:", offer),
        ),
        slot=(2026, 3, 26, 14, 30),
        days=(("Monday", (2026, 3, 23)), ("Wednesday", (2026, 3, 25)), ("Thursday", (2026, 3, 26))),
    )
    offer = "Hi Alex,\n\nHere are some times for a 30 min phone screen (all Eastern):\n\nTue 3/31 - 9:00 AM\nTue 3/31 - 3:00 PM\nWed 4/1 - 11:00 AM\n\nThanks!\nJordan"
    pick = "Hi Jordan, either Tuesday slot works - the afternoon one is probably best.\n\nAlex"
    add(
        f,
        "en-US",
        "tuesday_3pm_locked",
        ("Jordan Ellis", "jordan@quarrylane.example.com"),
        "Re: Phone screen",
        (2026, 3, 27, 14, 20),
        "'You're locked in for Tuesday at 3' over a pick that names only 'the afternoon one' and a list with two Tuesday slots.",
        text="You're locked in for Tuesday at 3. Talk soon!\n\n"
        + quoted(
            "On Fri, Mar 27, 2026 at 1:02 PM Alex Morgan wrote:",
            pick + "\n\n" + quoted("On Thu, Mar 26, 2026 at 5:30 PM Jordan Ellis wrote:", offer),
        ),
        slot=(2026, 3, 31, 15, 0),
        minutes=30,
        days=(("Tuesday", (2026, 3, 31)), ("Wednesday", (2026, 4, 1))),
    )
    offer = "Hallo Alex,\n\nfür das Fachgespräch hätten wir diese Zeiten:\n\nMi., 15.04. um 9:00 Uhr\nMi., 15.04. um 14:00 Uhr\nDo., 16.04. um 10:30 Uhr\n\nLG Tobias"
    pick = "Hallo Tobias,\n\nich nehme gern Mittwoch Nachmittag.\n\nAlex"
    add(
        f,
        "de",
        "mittwoch_14_uhr_steht",
        ("Tobias Wendt", "tobias.wendt@kranich-it.example.de"),
        "Re: Fachgespräch Termine",
        (2026, 4, 10, 11, 45),
        "'Super, dann steht Mittwoch um 14 Uhr' über der Wahl 'Mittwoch Nachmittag' und der Liste.",
        text="Super, dann steht Mittwoch, der 15.04., um 14 Uhr. Ich schicke dir gleich die Einladung.\n\nTobias\n\n"
        + quoted(
            "Am Fr., 10. Apr. 2026 um 10:20 Uhr schrieb Alex Morgan:",
            pick
            + "\n\n"
            + quoted("Am Do., 9. Apr. 2026 um 15:02 Uhr schrieb Tobias Wendt:", offer),
        ),
        slot=(2026, 4, 15, 14, 0),
        days=(("Mittwoch", (2026, 4, 15)),),
    )
    offer = "Hej Alex,\n\nVi skulle vilja träffa dig för en intervju. Passar någon av dessa tider?\n\n- tisdag 28 april kl. 09.00\n- onsdag 29 april kl. 13.00\n- torsdag 30 april kl. 15.30\n\nHälsningar\nEmma Berg"
    pick = "Hej Emma,\n\nOnsdag passar bäst.\n\nMvh\nAlex"
    add(
        f,
        "sv",
        "onsdag_kl_13_bokat",
        ("Emma Berg", "emma.berg@solvikbygg.example.se"),
        "Sv: Intervjutider",
        (2026, 4, 24, 9, 30),
        "'Toppen, då har vi bokat onsdag kl. 13' ovanför valet och listan.",
        text="Toppen, då har vi bokat onsdag kl. 13. Välkommen!\n\nEmma\n\n"
        + quoted(
            "Den fre 24 apr. 2026 kl. 08:14 skrev Alex Morgan:",
            pick + "\n\n" + quoted("Den tors 23 apr. 2026 kl. 16:40 skrev Emma Berg:", offer),
        ),
        slot=(2026, 4, 29, 13, 0),
        days=(("tisdag", (2026, 4, 28)), ("onsdag", (2026, 4, 29)), ("torsdag", (2026, 4, 30))),
    )
    offer = "Olá Alex,\n\nTemos estes horários para a entrevista com a gestora:\n\n• segunda, 18/05, às 10h\n• terça, 19/05, às 16h\n• quinta, 21/05, às 9h30\n\nAbraços,\nMariana Lopes"
    pick = "Oi Mariana,\n\nPode ser na terça.\n\nAbs,\nAlex"
    add(
        f,
        "pt-BR",
        "terca_16h_combinado",
        ("Mariana Lopes", "mariana.lopes@grupoaurora.example.com.br"),
        "Re: Horários para entrevista",
        (2026, 5, 14, 15, 10),
        "'Combinado: terça, 19/05, às 16h' acima da escolha e da lista.",
        text="Combinado: terça, 19/05, às 16h. Te espero no escritório da Av. Paulista.\n\nMariana\n\n"
        + quoted(
            "Em qui., 14 de mai. de 2026 às 11:02, Alex Morgan escreveu:",
            pick
            + "\n\n"
            + quoted("Em qua., 13 de mai. de 2026 às 17:25, Mariana Lopes escreveu:", offer),
        ),
        slot=(2026, 5, 19, 16, 0),
        days=(("segunda", (2026, 5, 18)), ("terça", (2026, 5, 19)), ("quinta", (2026, 5, 21))),
    )
    offer = "Dzień dobry,\n\nproponujemy następujące terminy rozmowy:\n\n1. wtorek, 2 czerwca, godz. 10:00\n2. środa, 3 czerwca, godz. 12:00\n3. piątek, 5 czerwca, godz. 9:00\n\nPozdrawiam\nAgnieszka Wójcik"
    pick = "Dzień dobry,\n\nnajbardziej odpowiada mi termin nr 1 albo 3.\n\nPozdrawiam\nAlex Morgan"
    add(
        f,
        "pl",
        "offer_again_control",
        ("Agnieszka Wójcik", "a.wojcik@wisla-systemy.example.pl"),
        "Odp: Termin rozmowy",
        (2026, 5, 28, 14, 0),
        "Control: the employer answers two picks by asking again which one; nothing agreed.",
        text="Dziękuję! Który z tych dwóch terminów wybiera Pan ostatecznie - wtorek czy piątek? Potwierdzę po odpowiedzi.\n\nAgnieszka\n\n"
        + quoted(
            "W dniu 28.05.2026 o 09:40 Alex Morgan pisze:",
            pick + "\n\n" + quoted("W dniu 27.05.2026 o 15:15 Agnieszka Wójcik pisze:", offer),
        ),
        days=(("wtorek", (2026, 6, 2)), ("środa", (2026, 6, 3)), ("piątek", (2026, 6, 5))),
    )


# --- strike50 --------------------------------------------------------------------------------
def strike() -> None:
    f = "strike50"
    add(
        f,
        "en-US",
        "s_tag_old_first",
        ("Harper Lane Recruiting", "scheduling@harperlane.example.com"),
        "Updated: your interview with Harper Lane",
        (2026, 3, 9, 10, 0),
        "HTML only: the old time in <s> before the new one on the same line.",
        html=page(
            "<p>Hi Alex,</p><p>Our VP had a conflict, so we need to push your interview.</p>"
            "<p><b>When:</b> <s>Tuesday, March 17, 10:00 AM</s> Wednesday, March 18, 2:00 PM</p>"
            "<p><b>Where:</b> Zoom (link unchanged)</p><p>Sorry for the shuffle!<br>Nina</p>"
        ),
        slot=(2026, 3, 18, 14, 0),
        kind="reschedule",
        days=(("Tuesday", (2026, 3, 17)), ("Wednesday", (2026, 3, 18))),
    )
    add(
        f,
        "en-GB",
        "del_tag_new_first",
        ("Talent Team - Pellow & Finch", "talent@pellowfinch.example.co.uk"),
        "Interview time changed",
        (2026, 3, 16, 14, 30),
        "HTML only: the new time first, the old one after it in <del> in brackets.",
        html=page(
            "<p>Dear Alex,</p><p>Please note the new time for your second interview:</p>"
            '<p style="font-size:16px"><strong>Thursday 26 March, 11:15</strong> (<del>Wednesday 25 March, 15:00</del>)</p>'
            "<p>Location as before: 4th floor, 20 Gresham Street.</p><p>Kind regards,<br>Talent Team</p>"
        ),
        slot=(2026, 3, 26, 11, 15),
        kind="reschedule",
        days=(("Thursday", (2026, 3, 26)), ("Wednesday", (2026, 3, 25))),
    )
    add(
        f,
        "de",
        "style_line_through_table",
        ("Recruiting Team Halden AG", "karriere@halden-ag.example.de"),
        "Terminänderung: Ihr Vorstellungsgespräch",
        (2026, 4, 1, 9, 20),
        "HTML-Tabelle: alte Zeit mit text-decoration:line-through in derselben Zelle wie die neue.",
        html=page(
            "<p>Guten Tag Herr Morgan,</p><p>leider müssen wir Ihr Gespräch verschieben. Hier die aktualisierten Daten:</p>"
            '<table cellpadding="6" style="border-collapse:collapse"><tr><td><b>Termin</b></td>'
            '<td><span style="text-decoration: line-through; color:#999">Dienstag, 07.04.2026, 10:00 Uhr</span><br>'
            "Donnerstag, 09.04.2026, 13:30 Uhr</td></tr><tr><td><b>Ort</b></td><td>Hauptverwaltung, Raum 3.12</td></tr></table>"
            "<p>Mit freundlichen Grüßen<br>Ihr Recruiting Team</p>"
        ),
        slot=(2026, 4, 9, 13, 30),
        kind="reschedule",
    )
    add(
        f,
        "fr",
        "s_with_plain_was",
        ("Recrutement Maison Arlette", "recrutement@maison-arlette.example.fr"),
        "Modification de l'horaire de votre entretien",
        (2026, 4, 14, 16, 0),
        "Multipart : le HTML barre l'ancienne heure avec <s>, la partie texte dit 'au lieu de'.",
        text="Bonjour Alex,\n\nVotre entretien est décalé : mardi 21 avril à 9h30 au lieu de lundi 20 avril à 14h.\n\nÀ bientôt,\nInès Morel",
        html=page(
            "<p>Bonjour Alex,</p><p>Votre entretien est décalé :</p><p><s>lundi 20 avril à 14h</s> &rarr; <b>mardi 21 avril à 9h30</b></p><p>À bientôt,<br>Inès Morel</p>"
        ),
        slot=(2026, 4, 21, 9, 30),
        kind="reschedule",
        days=(("mardi", (2026, 4, 21)), ("lundi", (2026, 4, 20))),
    )
    add(
        f,
        "es",
        "del_same_day_clock",
        ("Selección Talaverde", "seleccion@talaverde.example.es"),
        "Cambio de hora: entrevista del jueves",
        (2026, 4, 27, 12, 0),
        "HTML: mismo día, solo la hora tachada con <del> y la nueva después.",
        html=page(
            "<p>Hola Alex:</p><p>Te confirmamos la entrevista del <b>jueves 30 de abril</b> con un cambio de hora: "
            "<del>10:00</del> <b>12:30</b>.</p><p>El resto sigue igual.</p><p>Saludos,<br>Lorena Gil</p>"
        ),
        slot=(2026, 4, 30, 12, 30),
        kind="reschedule",
        days=(("jueves", (2026, 4, 30)),),
    )
    add(
        f,
        "nl",
        "line_through_span_after",
        ("Werving & Selectie Dijkhuis", "werving@dijkhuis.example.nl"),
        "Nieuwe tijd voor je gesprek",
        (2026, 5, 6, 8, 40),
        "HTML: de nieuwe tijd eerst, daarna de oude in een span met line-through.",
        html=page(
            "<p>Hoi Alex,</p><p>Je gesprek staat nu op <b>dinsdag 12 mei om 15:00 uur</b> "
            '<span style="text-decoration:line-through">maandag 11 mei om 10:30 uur</span>.</p>'
            "<p>Tot dan!<br>Femke</p>"
        ),
        slot=(2026, 5, 12, 15, 0),
        kind="reschedule",
        days=(("dinsdag", (2026, 5, 12)), ("maandag", (2026, 5, 11))),
    )
    add(
        f,
        "it",
        "s_old_list_item",
        ("Ufficio Selezione Brera Tech", "selezione@breratech.example.it"),
        "Aggiornamento orario colloquio",
        (2026, 5, 20, 10, 10),
        "HTML: elenco con la riga vecchia barrata (<s>) e la nuova sotto.",
        html=page(
            "<p>Gentile Alex,</p><p>ecco l'orario aggiornato del tuo colloquio:</p>"
            "<ul><li><s>mercoledì 27 maggio, ore 11:00</s></li><li>giovedì 28 maggio, ore 16:00</li></ul>"
            "<p>Cordiali saluti,<br>Ufficio Selezione</p>"
        ),
        slot=(2026, 5, 28, 16, 0),
        kind="reschedule",
        days=(("mercoledì", (2026, 5, 27)), ("giovedì", (2026, 5, 28))),
    )
    add(
        f,
        "pt-BR",
        "del_plain_arrow",
        ("Talentos Cajueiro", "talentos@cajueiro.example.com.br"),
        "Sua entrevista foi remarcada",
        (2026, 6, 1, 11, 0),
        "Multipart: HTML com <del> no horário antigo; texto com 'antes' e 'agora' na mesma linha.",
        text="Olá Alex,\n\nSua entrevista foi remarcada. Agora: quinta, 04/06, às 14h (antes: quarta, 03/06, às 10h).\n\nAtt.,\nTalentos Cajueiro",
        html=page(
            "<p>Olá Alex,</p><p>Sua entrevista foi remarcada.</p><p><del>quarta, 03/06, às 10h</del><br><b>quinta, 04/06, às 14h</b></p><p>Att.,<br>Talentos Cajueiro</p>"
        ),
        slot=(2026, 6, 4, 14, 0),
        kind="reschedule",
        days=(("quinta", (2026, 6, 4)), ("quarta", (2026, 6, 3))),
    )


# --- pushline50 ------------------------------------------------------------------------------
def pushline() -> None:
    f = "pushline50"
    add(
        f,
        "en-US",
        "push_from_to",
        ("Dana Ortiz", "dana.ortiz@copperfieldlabs.example.com"),
        "Need to move your interview",
        (2026, 3, 10, 16, 45),
        "'we need to push your interview from Tue 3/17 10:00 AM to Wed 3/18 2:00 PM' in one line.",
        text="Hi Alex,\n\nApologies - our hiring manager is out sick, so we need to push your interview from Tue 3/17 at 10:00 AM to Wed 3/18 at 2:00 PM. Same Zoom link.\n\nLet me know if that's a problem.\n\nDana",
        slot=(2026, 3, 18, 14, 0),
        kind="reschedule",
    )
    add(
        f,
        "en-GB",
        "now_instead_of",
        ("Priya Shah", "priya.shah@marlowgroup.example.co.uk"),
        "Your interview - new time",
        (2026, 3, 19, 11, 20),
        "New time first: 'now Wednesday 25 March at 14:00 instead of Tuesday 24 March at 10:00'.",
        text="Hi Alex,\n\nA quick change: your interview is now on Wednesday 25 March at 14:00 instead of Tuesday 24 March at 10:00. Everything else stays the same.\n\nThanks for your flexibility,\nPriya",
        slot=(2026, 3, 25, 14, 0),
        kind="reschedule",
        days=(("Wednesday", (2026, 3, 25)), ("Tuesday", (2026, 3, 24))),
    )
    add(
        f,
        "de",
        "statt",
        ("Lena Vogt", "lena.vogt@nordhafen-energie.example.de"),
        "Verschiebung Ihres Vorstellungsgesprächs",
        (2026, 3, 30, 10, 5),
        "'findet nun am Donnerstag, 2. April, um 15:00 Uhr statt (statt Mittwoch, 1. April, 9:30 Uhr)'.",
        text="Sehr geehrter Herr Morgan,\n\naufgrund eines Termins unserer Bereichsleitung müssen wir umplanen: Ihr Gespräch findet nun am Donnerstag, 2. April, um 15:00 Uhr statt (statt Mittwoch, 1. April, 9:30 Uhr).\n\nWir bitten um Ihr Verständnis.\n\nMit freundlichen Grüßen\nLena Vogt",
        slot=(2026, 4, 2, 15, 0),
        kind="reschedule",
        days=(("Donnerstag", (2026, 4, 2)), ("Mittwoch", (2026, 4, 1))),
    )
    add(
        f,
        "fr",
        "au_lieu_de",
        ("Hugo Lambert", "hugo.lambert@atelier-sorel.example.fr"),
        "Report de votre entretien",
        (2026, 4, 8, 15, 30),
        "'reporter votre entretien du mardi 14 avril 10h au mercredi 15 avril 14h'.",
        text="Bonjour Alex,\n\nNotre directrice étant en déplacement, nous devons reporter votre entretien du mardi 14 avril 10h au mercredi 15 avril 14h. Le lieu ne change pas.\n\nBien à vous,\nHugo Lambert",
        slot=(2026, 4, 15, 14, 0),
        kind="reschedule",
        days=(("mardi", (2026, 4, 14)), ("mercredi", (2026, 4, 15))),
    )
    add(
        f,
        "es",
        "en_lugar_de",
        ("Carmen Ruiz", "carmen.ruiz@olivarenergia.example.es"),
        "Cambio en tu entrevista",
        (2026, 4, 20, 9, 50),
        "Nueva hora primero: 'el jueves 23 a las 16:30 en lugar del miércoles 22 a las 10:00'.",
        text="Hola Alex:\n\nTenemos que mover tu entrevista: será el jueves 23 de abril a las 16:30 en lugar del miércoles 22 a las 10:00.\n\nPerdona las molestias.\nCarmen",
        slot=(2026, 4, 23, 16, 30),
        kind="reschedule",
        days=(("jueves", (2026, 4, 23)), ("miércoles", (2026, 4, 22))),
    )
    add(
        f,
        "it",
        "spostato_anziche",
        ("Marco Galli", "marco.galli@ferrovie-nord-lab.example.it"),
        "Spostamento colloquio",
        (2026, 5, 4, 14, 15),
        "'spostato a venerdì 8 maggio alle 11:00, anziché giovedì 7 alle 15:00'.",
        text="Ciao Alex,\n\nil tuo colloquio è stato spostato a venerdì 8 maggio alle 11:00, anziché giovedì 7 alle 15:00. Il link Meet resta lo stesso.\n\nUn saluto,\nMarco",
        slot=(2026, 5, 8, 11, 0),
        kind="reschedule",
        days=(("venerdì", (2026, 5, 8)), ("giovedì", (2026, 5, 7))),
    )
    add(
        f,
        "nl",
        "in_plaats_van",
        ("Joris Bakker", "joris@havenkade-ict.example.nl"),
        "Verzet: je sollicitatiegesprek",
        (2026, 5, 11, 10, 0),
        "'verzetten van woensdag 13 mei 9:00 uur naar donderdag 14 mei 13:30 uur'.",
        text="Hoi Alex,\n\nWe moeten je gesprek helaas verzetten van woensdag 13 mei 9:00 uur naar donderdag 14 mei 13:30 uur. Lukt dat?\n\nGroet,\nJoris",
        slot=(2026, 5, 14, 13, 30),
        kind="reschedule",
        days=(("woensdag", (2026, 5, 13)), ("donderdag", (2026, 5, 14))),
    )
    add(
        f,
        "pl",
        "zamiast",
        ("Katarzyna Nowak", "k.nowak@baltyk-soft.example.pl"),
        "Zmiana terminu rozmowy",
        (2026, 5, 18, 12, 30),
        "'przesunąć na czwartek 21 maja, godz. 10:00, zamiast środy 20 maja, godz. 14:00'.",
        text="Dzień dobry,\n\nmusimy przesunąć Pana rozmowę na czwartek 21 maja, godz. 10:00, zamiast środy 20 maja, godz. 14:00. Link do spotkania pozostaje bez zmian.\n\nPozdrawiam\nKatarzyna Nowak",
        slot=(2026, 5, 21, 10, 0),
        kind="reschedule",
    )
    add(
        f,
        "sv",
        "i_stallet_for",
        ("Johan Ek", "johan.ek@fjallbo.example.se"),
        "Ny tid för intervjun",
        (2026, 5, 25, 9, 0),
        "'flytta intervjun till fredag 29 maj kl. 10.00 i stället för torsdag 28 maj kl. 14.00'.",
        text="Hej Alex,\n\nVi behöver flytta intervjun till fredag 29 maj kl. 10.00 i stället för torsdag 28 maj kl. 14.00. Hoppas det går bra!\n\nVänliga hälsningar\nJohan",
        slot=(2026, 5, 29, 10, 0),
        kind="reschedule",
        days=(("fredag", (2026, 5, 29)), ("torsdag", (2026, 5, 28))),
    )
    add(
        f,
        "ja",
        "kara_ni_henkou",
        ("株式会社みなと製作所 採用担当 佐藤", "saiyo@minato-ss.example.jp"),
        "【日程変更】一次面接のご案内",
        (2026, 6, 1, 10, 0),
        "'6月9日（火）10:00から6月10日（水）15:00に変更' in one line.",
        text="アレックス・モーガン様\n\nお世話になっております。株式会社みなと製作所 採用担当の佐藤です。\n\n誠に恐縮ですが、一次面接の日時を6月9日（火）10:00から6月10日（水）15:00に変更させていただけますでしょうか。\n\n何卒よろしくお願いいたします。",
        slot=(2026, 6, 10, 15, 0),
        kind="reschedule",
    )
    add(
        f,
        "en-US",
        "moved_up_an_hour",
        ("Chris Romero", "chris@tallgrasscoffee.example.com"),
        "Small change for Thursday",
        (2026, 6, 8, 13, 0),
        "'moved up by an hour - 1:00 PM instead of 2:00 PM' on the same day.",
        text="Hi Alex,\n\nSmall change: your interview on Thursday, June 11 has been moved up by an hour - it's now 1:00 PM instead of 2:00 PM. Same place, our Elm Street store.\n\nSee you then,\nChris",
        slot=(2026, 6, 11, 13, 0),
        kind="reschedule",
    )
    # written after the batch's fix, as the shape it leaves wrong: the span in the move's
    # clause, the hour given up named after it with "it was" / "geplant war"
    add(
        f,
        "en-US",
        "span_then_old_hour",
        ("Chris Romero", "chris@tallgrasscoffee.example.com"),
        "Thursday's interview",
        (2026, 6, 8, 13, 30),
        "Added after the fix (a known miss): 'push your interview on Thursday, June 11 back by 30 minutes; it was 2:00 PM' - the new time is 2:30 PM, never written.",
        text="Hi Alex,\n\nWe had to push your interview on Thursday, June 11 back by 30 minutes; it was 2:00 PM. Same place.\n\nChris",
        slot=(2026, 6, 11, 14, 30),
        kind="reschedule",
    )
    add(
        f,
        "de",
        "halbe_stunde_geplant_war",
        ("Lena Vogt", "lena.vogt@nordhafen-energie.example.de"),
        "Ihr Gespräch am Donnerstag",
        (2026, 6, 8, 9, 0),
        "Nach dem Fix ergänzt (bekannter Fehler): 'um eine halbe Stunde nach hinten verschieben; geplant war 14:00 Uhr' - neu 14:30 Uhr, nirgends geschrieben.",
        text="Hallo Herr Morgan,\n\nwir mussten Ihr Gespräch am Donnerstag, 11. Juni, um eine halbe Stunde nach hinten verschieben; geplant war 14:00 Uhr.\n\nMit freundlichen Grüßen\nLena Vogt",
        slot=(2026, 6, 11, 14, 30),
        kind="reschedule",
        days=(("Donnerstag", (2026, 6, 11)),),
    )
    add(
        f,
        "en-GB",
        "candidate_asks_control",
        ("Alex Morgan", "alex.morgan@mailbox.example"),
        "Re: Interview on Tuesday",
        (2026, 6, 12, 8, 30),
        "Control: the reader's own sent ask 'could we move from Tuesday 10:00 to Wednesday 14:00?', unanswered.",
        text="Hi Tom,\n\nWould it be possible to move my interview from Tuesday 16 June at 10:00 to Wednesday 17 June at 14:00? I have a clash with a medical appointment.\n\nMany thanks,\nAlex",
        days=(("Tuesday", (2026, 6, 16)), ("Wednesday", (2026, 6, 17))),
    )


# --- oldnew50 --------------------------------------------------------------------------------
def oldnew() -> None:
    f = "oldnew50"
    add(
        f,
        "en-US",
        "previous_new_columns_text",
        ("Recruiting Ops - Wavecrest", "recruiting-ops@wavecrest.example.com"),
        "Interview rescheduled",
        (2026, 3, 11, 9, 0),
        "A plain-text table with 'Previous' and 'New' columns, one row for date and one for time.",
        text="Hi Alex,\n\nYour interview has been rescheduled. Details below:\n\n            | Previous             | New\n------------+----------------------+---------------------\nDate        | Monday, March 16     | Tuesday, March 17\nTime        | 11:00 AM             | 3:30 PM\nFormat      | Video                | Video\n\nIf the new time doesn't work, reply to this email.\n\nRecruiting Ops",
        slot=(2026, 3, 17, 15, 30),
        kind="reschedule",
    )
    add(
        f,
        "de",
        "alt_neu_html_table",
        ("Personalabteilung Ostwind GmbH", "bewerbung@ostwind.example.de"),
        "Neuer Termin für Ihr Vorstellungsgespräch",
        (2026, 3, 23, 13, 40),
        "HTML-Tabelle mit Spalten 'Alt' und 'Neu', Datum und Uhrzeit in getrennten Zeilen.",
        html=page(
            "<p>Sehr geehrter Herr Morgan,</p><p>Ihr Vorstellungsgespräch wurde verlegt:</p>"
            '<table border="1" cellpadding="5"><tr><th></th><th>Alt</th><th>Neu</th></tr>'
            "<tr><td>Datum</td><td>Montag, 30.03.2026</td><td>Dienstag, 31.03.2026</td></tr>"
            "<tr><td>Uhrzeit</td><td>10:00 Uhr</td><td>14:30 Uhr</td></tr></table>"
            "<p>Mit freundlichen Grüßen<br>Personalabteilung</p>"
        ),
        slot=(2026, 3, 31, 14, 30),
        kind="reschedule",
    )
    add(
        f,
        "fr",
        "ancien_nouveau_colonnes",
        ("Équipe Talents - Ligéria", "talents@ligeria.example.fr"),
        "Changement d'horaire - entretien",
        (2026, 4, 2, 10, 15),
        "Tableau texte avec colonnes 'Ancien horaire' et 'Nouvel horaire' sur une ligne.",
        text="Bonjour Alex,\n\nSuite à un imprévu, votre entretien change d'horaire :\n\nAncien horaire          Nouvel horaire\nmercredi 8 avril, 9h    jeudi 9 avril, 16h30\n\nMerci de votre compréhension,\nL'équipe Talents",
        slot=(2026, 4, 9, 16, 30),
        kind="reschedule",
    )
    add(
        f,
        "es",
        "antes_ahora_html",
        ("Talento Brisamar", "talento@brisamar.example.es"),
        "Actualización de tu entrevista",
        (2026, 4, 13, 17, 0),
        "Tabla HTML con columnas 'Antes' y 'Ahora', fecha y hora en una celda.",
        html=page(
            "<p>Hola Alex,</p><p>Hemos actualizado tu entrevista:</p>"
            '<table style="border:1px solid #ccc"><tr><td><b>Antes</b></td><td><b>Ahora</b></td></tr>'
            "<tr><td>viernes 17 de abril, 12:00</td><td>lunes 20 de abril, 9:30</td></tr></table>"
            "<p>Un saludo,<br>Equipo de Talento</p>"
        ),
        slot=(2026, 4, 20, 9, 30),
        kind="reschedule",
    )
    add(
        f,
        "it",
        "prima_dopo_righe",
        ("HR Lagunare", "hr@lagunare.example.it"),
        "Variazione data colloquio",
        (2026, 4, 22, 11, 30),
        "Testo con righe 'Prima:' e 'Dopo:' sotto un'intestazione, la nuova sotto la vecchia.",
        text="Gentile Alex,\n\nle comunichiamo una variazione del suo colloquio.\n\nData e ora del colloquio\nPrima: martedì 28 aprile 2026, 10:00\nDopo: mercoledì 29 aprile 2026, 11:30\n\nCordiali saluti,\nHR Lagunare",
        slot=(2026, 4, 29, 11, 30),
        kind="reschedule",
    )
    add(
        f,
        "nl",
        "nieuw_oud_columns_new_first",
        ("Recruitment Polderlicht", "recruitment@polderlicht.example.nl"),
        "Gewijzigd: je gesprek",
        (2026, 5, 4, 9, 20),
        "Teksttabel met de nieuwe kolom eerst: 'Nieuw | Oud'.",
        text="Hoi Alex,\n\nJe gesprek is verplaatst.\n\n| Nieuw                     | Oud                        |\n|---------------------------|----------------------------|\n| vrijdag 8 mei, 14:00 uur  | donderdag 7 mei, 10:00 uur |\n\nGroeten,\nRecruitment Polderlicht",
        slot=(2026, 5, 8, 14, 0),
        kind="reschedule",
    )
    add(
        f,
        "pl",
        "poprzedni_nowy",
        ("Dział HR Mazowsze Logistyka", "rekrutacja@mazowsze-log.example.pl"),
        "Zmiana terminu rozmowy rekrutacyjnej",
        (2026, 5, 12, 8, 0),
        "Wiersze 'Poprzedni termin:' i 'Nowy termin:'.",
        text="Dzień dobry,\n\ninformujemy o zmianie terminu rozmowy rekrutacyjnej.\n\nPoprzedni termin: 19.05.2026, godz. 9:00\nNowy termin: 20.05.2026, godz. 12:30\n\nZ poważaniem\nDział HR",
        slot=(2026, 5, 20, 12, 30),
        kind="reschedule",
    )
    add(
        f,
        "ja",
        "henkoumae_henkougo_columns",
        ("人事部 採用グループ", "recruit@kawasemi.example.jp"),
        "面接日時変更のお知らせ",
        (2026, 5, 25, 9, 0),
        "表形式：変更前｜変更後 の列。",
        text="アレックス・モーガン様\n\n面接日時を下記のとおり変更いたします。\n\n｜変更前｜変更後｜\n｜6月2日（火）13:00｜6月4日（木）10:30｜\n\nよろしくお願いいたします。\n人事部 採用グループ",
        slot=(2026, 6, 4, 10, 30),
        kind="reschedule",
    )


# --- sametime50 ------------------------------------------------------------------------------
def sametime() -> None:
    f = "sametime50"
    add(
        f,
        "en-GB",
        "same_time_new_day",
        ("Ruth Okafor", "ruth.okafor@kestrelbank.example.co.uk"),
        "Interview - change of day",
        (2026, 3, 13, 12, 0),
        "'Same time, new day': the 11:00 slot moves from Tuesday to Thursday; the new day carries no clock.",
        text="Hi Alex,\n\nWe need to swap the day of your interview, but the time stays the same: it was Tuesday 17 March at 11:00 and is now Thursday 19 March, same time.\n\nApologies for any inconvenience,\nRuth",
        slot=(2026, 3, 19, 11, 0),
        kind="reschedule",
        days=(("Tuesday", (2026, 3, 17)), ("Thursday", (2026, 3, 19))),
    )
    add(
        f,
        "en-US",
        "pushed_back_30",
        ("Sam Patel", "sam.patel@northgateanalytics.example.com"),
        "Quick update on tomorrow",
        (2026, 3, 25, 15, 0),
        "'pushed back 30 minutes, so 10:30 AM instead of 10:00 AM'.",
        text="Hi Alex,\n\nHeads up - your interview tomorrow, Thursday March 26, has been pushed back 30 minutes, so we'll start at 10:30 AM instead of 10:00 AM.\n\nThanks!\nSam",
        slot=(2026, 3, 26, 10, 30),
        kind="reschedule",
    )
    add(
        f,
        "de",
        "gleiche_uhrzeit_anderer_tag",
        ("Petra Lange", "petra.lange@rheinblick-bau.example.de"),
        "Ihr Termin am Mittwoch",
        (2026, 4, 3, 10, 30),
        "'gleiche Uhrzeit (14:00 Uhr), aber am Donnerstag, 9. April statt am Mittwoch, 8. April'.",
        text="Guten Tag Herr Morgan,\n\nwir müssen Ihr Gespräch um einen Tag verschieben: gleiche Uhrzeit (14:00 Uhr), aber am Donnerstag, 9. April statt am Mittwoch, 8. April.\n\nFreundliche Grüße\nPetra Lange",
        slot=(2026, 4, 9, 14, 0),
        kind="reschedule",
        days=(("Donnerstag", (2026, 4, 9)), ("Mittwoch", (2026, 4, 8))),
    )
    add(
        f,
        "fr",
        "meme_heure_lendemain",
        ("Sophie Marchand", "sophie.marchand@bellerive-conseil.example.fr"),
        "Votre entretien de mardi",
        (2026, 4, 16, 9, 45),
        "'à la même heure, 10h30, mais le mercredi 22 avril au lieu du mardi 21'.",
        text="Bonjour Alex,\n\nPetit changement : nous vous recevrons à la même heure, 10h30, mais le mercredi 22 avril au lieu du mardi 21.\n\nCordialement,\nSophie Marchand",
        slot=(2026, 4, 22, 10, 30),
        kind="reschedule",
        days=(("mercredi", (2026, 4, 22)), ("mardi", (2026, 4, 21))),
    )
    add(
        f,
        "es",
        "una_hora_antes",
        ("Raúl Medina", "raul.medina@altamarfood.example.es"),
        "Adelantamos tu entrevista",
        (2026, 5, 5, 18, 0),
        "'la adelantamos una hora: de las 12:00 a las 11:00' el mismo día.",
        text="Hola Alex:\n\nTu entrevista del lunes 11 de mayo se adelanta una hora: pasa de las 12:00 a las 11:00. Todo lo demás sigue igual.\n\nSaludos,\nRaúl",
        slot=(2026, 5, 11, 11, 0),
        kind="reschedule",
        days=(("lunes", (2026, 5, 11)),),
    )
    add(
        f,
        "sv",
        "samma_tid_ny_dag",
        ("Karin Holm", "karin.holm@vastkust-it.example.se"),
        "Ändrad dag för intervjun",
        (2026, 5, 19, 13, 0),
        "'samma tid, kl. 9.30, men på tisdag 26 maj i stället för måndag 25 maj'.",
        text="Hej Alex,\n\nVi behöver byta dag för din intervju: samma tid, kl. 9.30, men på tisdag 26 maj i stället för måndag 25 maj.\n\nHälsningar\nKarin",
        slot=(2026, 5, 26, 9, 30),
        kind="reschedule",
        days=(("tisdag", (2026, 5, 26)), ("måndag", (2026, 5, 25))),
    )
    add(
        f,
        "zh",
        "tiqian_yi_xiaoshi",
        ("人力资源部 王敏", "hr@qingyun-tech.example.cn"),
        "面试时间调整通知",
        (2026, 6, 2, 10, 0),
        "'面试时间由6月8日14:00提前至6月8日13:00' 同一天提前一小时。",
        text="Alex 您好：\n\n因面试官行程调整，您的面试时间由6月8日14:00提前至6月8日13:00，地点不变。\n\n如有问题请随时联系。\n人力资源部 王敏",
        slot=(2026, 6, 8, 13, 0),
        kind="reschedule",
    )


def outlook(sender: str, sent: str, to: str, subject: str, text: str) -> str:
    """An Outlook reply's header block over the earlier mail, no '> ' before its lines."""
    return f"________________________________\nFrom: {sender}\nSent: {sent}\nTo: {to}\nSubject: {subject}\n\n{text}"


# --- pickok50 (dev, added after first sight) -------------------------------------------------
def pickok() -> None:
    f = "pickok50"
    offer = "Hi Alex,\n\nGreat speaking with you. For the technical round, please choose one of the following:\n\n- Monday, March 9 - 11:00 AM\n- Wednesday, March 11 - 3:00 PM\n- Thursday, March 12 - 10:00 AM\n\nBest,\nGrace"
    pick = "Hi Grace,\n\nThe Wednesday slot would be great.\n\nThanks,\nAlex"
    add(
        f,
        "en-US",
        "outlook_confirmed_weekday",
        ("Grace Liu", "grace.liu@summitpeak.example.com"),
        "RE: Technical round - availability",
        (2026, 3, 4, 16, 10),
        "Outlook blocks: 'Confirmed! I'll send the invite shortly.' over the reader's 'The Wednesday slot' over the list.",
        text="Confirmed! I'll send the calendar invite shortly.\n\nGrace\n\n"
        + outlook(
            "Alex Morgan <alex.morgan@mailbox.example>",
            "Wednesday, March 4, 2026 2:05 PM",
            "Grace Liu <grace.liu@summitpeak.example.com>",
            "RE: Technical round - availability",
            pick
            + "\n\n"
            + outlook(
                "Grace Liu <grace.liu@summitpeak.example.com>",
                "Tuesday, March 3, 2026 5:40 PM",
                "Alex Morgan <alex.morgan@mailbox.example>",
                "Technical round - availability",
                offer,
            ),
        ),
        slot=(2026, 3, 11, 15, 0),
        days=(("Monday", (2026, 3, 9)), ("Wednesday", (2026, 3, 11)), ("Thursday", (2026, 3, 12))),
    )
    offer = "Hi Alex,\n\nThanks for getting back to us. We can offer:\n\n(a) Tuesday 24 March at 09:00\n(b) Tuesday 24 March at 13:30\n(c) Friday 27 March at 11:00\n\nRegards,\nHamid"
    pick = "Hi Hamid,\n\n(b) please - the afternoon suits me better.\n\nAlex"
    add(
        f,
        "en-GB",
        "letter_b_booked",
        ("Hamid Rahman", "hamid.rahman@thamesfield.example.co.uk"),
        "Re: Interview options",
        (2026, 3, 19, 12, 30),
        "'Lovely - you're booked in.' over a pick by letter '(b)' over a list with two slots on one Tuesday.",
        text="Lovely - you're booked in. See you then.\n\nHamid\n\n"
        + quoted(
            "On Thu, 19 Mar 2026 at 10:02, Alex Morgan <alex.morgan@mailbox.example> wrote:",
            pick
            + "\n\n"
            + quoted(
                "On Wed, 18 Mar 2026 at 15:48, Hamid Rahman <hamid.rahman@thamesfield.example.co.uk> wrote:",
                offer,
            ),
        ),
        slot=(2026, 3, 24, 13, 30),
        days=(("Tuesday", (2026, 3, 24)), ("Friday", (2026, 3, 27))),
    )
    offer = "Hallo Alex,\n\nfür das Zweitgespräch hätten wir folgende Termine frei:\n\n1. Mittwoch, 8. April, 10:30 Uhr\n2. Donnerstag, 9. April, 15:00 Uhr\n3. Freitag, 10. April, 9:00 Uhr\n\nViele Grüße\nNils"
    pick = "Hallo Nils,\n\nder erste Termin wäre perfekt.\n\nViele Grüße\nAlex"
    add(
        f,
        "de",
        "erster_termin_eingetragen",
        ("Nils Hofmann", "nils.hofmann@spreewerk.example.de"),
        "AW: Zweitgespräch",
        (2026, 4, 2, 14, 5),
        "'Alles klar, ist eingetragen. Bis dann!' über 'der erste Termin' und der Liste.",
        text="Alles klar, ist eingetragen. Bis dann!\n\nNils\n\n"
        + quoted(
            "Am Do., 2. Apr. 2026 um 11:40 Uhr schrieb Alex Morgan <alex.morgan@mailbox.example>:",
            pick
            + "\n\n"
            + quoted(
                "Am Mi., 1. Apr. 2026 um 17:15 Uhr schrieb Nils Hofmann <nils.hofmann@spreewerk.example.de>:",
                offer,
            ),
        ),
        slot=(2026, 4, 8, 10, 30),
        days=(("Mittwoch", (2026, 4, 8)), ("Donnerstag", (2026, 4, 9)), ("Freitag", (2026, 4, 10))),
    )
    offer = "Bonjour Alex,\n\nNous vous proposons les créneaux suivants pour l'entretien avec la directrice :\n\n• mardi 14 avril à 9h30\n• jeudi 16 avril à 14h\n• jeudi 16 avril à 17h\n\nCordialement,\nÉlodie Roux"
    pick = "Bonjour Élodie,\n\nJe prends le dernier, si possible.\n\nBien cordialement,\nAlex"
    add(
        f,
        "fr",
        "dernier_creneau_note",
        ("Élodie Roux", "elodie.roux@galerie-fontaine.example.fr"),
        "RE: Entretien avec la directrice",
        (2026, 4, 10, 9, 40),
        "'Parfait, c'est bien noté.' au-dessus du choix 'le dernier' et de la liste (deux créneaux le jeudi).",
        text="Parfait, c'est bien noté.\n\nÉlodie\n\n"
        + quoted(
            "Le ven. 10 avr. 2026 à 08:30, Alex Morgan <alex.morgan@mailbox.example> a écrit :",
            pick
            + "\n\n"
            + quoted(
                "Le jeu. 9 avr. 2026 à 18:02, Élodie Roux <elodie.roux@galerie-fontaine.example.fr> a écrit :",
                offer,
            ),
        ),
        slot=(2026, 4, 16, 17, 0),
        days=(("mardi", (2026, 4, 14)), ("jeudi", (2026, 4, 16))),
    )
    offer = "Hola Alex:\n\nGracias por tu interés. Para la entrevista con el equipo tenemos:\n\n- lunes 27 de abril a las 10:00\n- martes 28 de abril a las 16:00\n\nQuedo atenta,\nNuria Castro"
    pick = "Hola Nuria:\n\nLa primera opción me va perfecto.\n\nUn saludo,\nAlex"
    add(
        f,
        "es",
        "primera_opcion_agendado",
        ("Nuria Castro", "nuria.castro@mareaverde.example.es"),
        "RE: Entrevista con el equipo",
        (2026, 4, 22, 11, 15),
        "'Listo, queda agendado.' sobre 'la primera opción' y la lista.",
        text="Listo, queda agendado. ¡Hasta entonces!\n\nNuria\n\n"
        + quoted(
            "El mié, 22 abr 2026 a las 9:50, Alex Morgan (<alex.morgan@mailbox.example>) escribió:",
            pick
            + "\n\n"
            + quoted(
                "El mar, 21 abr 2026 a las 17:30, Nuria Castro (<nuria.castro@mareaverde.example.es>) escribió:",
                offer,
            ),
        ),
        slot=(2026, 4, 27, 10, 0),
        days=(("lunes", (2026, 4, 27)), ("martes", (2026, 4, 28))),
    )
    offer = "Olá Alex,\n\nSeguem as opções para a entrevista técnica:\n\nOpção 1: quarta, 13/05, 10h\nOpção 2: quinta, 14/05, 15h\nOpção 3: sexta, 15/05, 11h\n\nAbs,\nRafael"
    pick = "Oi Rafael,\n\nPrefiro a opção 3.\n\nObrigado!\nAlex"
    add(
        f,
        "pt-BR",
        "opcao_3_fechado",
        ("Rafael Souza", "rafael.souza@ipe-digital.example.com.br"),
        "Re: Entrevista técnica",
        (2026, 5, 8, 16, 20),
        "'Fechado! Te mando o convite.' acima de 'a opção 3' e da lista.",
        text="Fechado! Te mando o convite.\n\nRafael\n\n"
        + quoted(
            "Em sex., 8 de mai. de 2026 às 14:12, Alex Morgan <alex.morgan@mailbox.example> escreveu:",
            pick
            + "\n\n"
            + quoted(
                "Em qui., 7 de mai. de 2026 às 18:40, Rafael Souza <rafael.souza@ipe-digital.example.com.br> escreveu:",
                offer,
            ),
        ),
        slot=(2026, 5, 15, 11, 0),
        days=(("quarta", (2026, 5, 13)), ("quinta", (2026, 5, 14)), ("sexta", (2026, 5, 15))),
    )
    offer = "Hej Alex,\n\nHär är några tider för andra intervjun:\n\n- tisdag 19 maj kl. 10.00\n- tisdag 19 maj kl. 14.00\n- onsdag 20 maj kl. 09.00\n\nMvh\nSara"
    pick = "Hej Sara,\n\nTisdag eftermiddag passar mig bäst.\n\nHälsningar\nAlex"
    add(
        f,
        "sv",
        "tisdag_eftermiddag_bokat",
        ("Sara Lund", "sara.lund@granholm.example.se"),
        "Sv: Andra intervjun",
        (2026, 5, 13, 10, 45),
        "'Bokat! Vi ses då.' ovanför 'Tisdag eftermiddag' och listan med två tider på tisdagen.",
        text="Bokat! Vi ses då.\n\nSara\n\n"
        + quoted(
            "Den ons 13 maj 2026 kl 09:20 skrev Alex Morgan <alex.morgan@mailbox.example>:",
            pick
            + "\n\n"
            + quoted(
                "Den tis 12 maj 2026 kl 16:05 skrev Sara Lund <sara.lund@granholm.example.se>:",
                offer,
            ),
        ),
        slot=(2026, 5, 19, 14, 0),
        days=(("tisdag", (2026, 5, 19)), ("onsdag", (2026, 5, 20))),
    )
    offer = "アレックス・モーガン様\n\n二次面接の候補日時は以下のとおりです。\n\n①6月2日（火）10:00～\n②6月3日（水）14:00～\n③6月5日（金）16:00～\n\nご都合のよい日時をお知らせください。\n採用担当 山田"
    pick = "山田様\n\n②の日時でお願いいたします。\n\nアレックス・モーガン"
    add(
        f,
        "ja",
        "maru2_kashikomari",
        ("採用担当 山田", "yamada@hoshizora.example.jp"),
        "Re: Re: 二次面接の日程",
        (2026, 5, 28, 11, 0),
        "'かしこまりました。当日お待ちしております。' の下に ②の選択と候補リスト。",
        text="かしこまりました。当日お待ちしております。\n\n山田\n\n"
        + quoted(
            "2026年5月28日(木) 9:30 Alex Morgan <alex.morgan@mailbox.example>:",
            pick
            + "\n\n"
            + quoted("2026年5月27日(水) 17:10 採用担当 山田 <yamada@hoshizora.example.jp>:", offer),
        ),
        slot=(2026, 6, 3, 14, 0),
    )
    offer = "Hi Alex,\n\nCould you do one of these for the panel?\n\n1) Tue Jun 16, 9:30 AM\n2) Wed Jun 17, 1:00 PM\n3) Thu Jun 18, 4:00 PM\n\nThanks,\nBrooke"
    pick = "Hi Brooke,\n\nEither 2 or 3 works for me - whichever suits the panel.\n\nAlex"
    add(
        f,
        "en-US",
        "two_picked_pending_control",
        ("Brooke Adams", "brooke.adams@lanternhq.example.com"),
        "Re: Panel interview",
        (2026, 6, 10, 15, 0),
        "Control: the reader offered two of the options; the recruiter will confirm once the panel replies. Nothing set.",
        text="Thanks Alex! I'll check with the panel and confirm which one by tomorrow.\n\nBrooke\n\n"
        + quoted(
            "On Wed, Jun 10, 2026 at 1:12 PM Alex Morgan <alex.morgan@mailbox.example> wrote:",
            pick
            + "\n\n"
            + quoted(
                "On Tue, Jun 9, 2026 at 6:30 PM Brooke Adams <brooke.adams@lanternhq.example.com> wrote:",
                offer,
            ),
        ),
    )


BUILDERS = (pickquote, restate, strike, pushline, oldnew, sametime, pickok)
FIRST_SIGHT_FIGURES = (
    "First sight (main de2e59ab, before any parser change; quick.py, right start / right "
    "start at confidence >= 0.5): dev text 29/40 right, 26 sure (strike50 8/8, pushline50 "
    "11/11, restate50 5/5 with 4 sure (Swedish 'bokat onsdag kl. 13' at 0.49), oldnew50 3/8 "
    "(old/new columns with no label column, 'Alt | Neu', 'Antes | Ahora', 'Prima:/Dopo:', "
    "full-width bars all read at the old slot), pickok50 2/8 with 0 sure: bare confirmations "
    "over a pick were left at the first listed or the quoted slot, an Outlook list 'Monday, "
    "March 9 - 11:00 AM' read no time at all, a Japanese list of open starts "
    "('①6月2日（火）10:00～') read only its last slot); dev look-alikes 3/3 not claimed. Held "
    "out text 8/13 right, 7 sure (pickquote50 1/6 with 0 sure, sametime50 7/7); 1/1 held-out "
    "look-alike not claimed."
)
AFTER_FIGURES = (
    "After this batch's parser change (when.py, text.py, lexicon.py: a bare confirmation "
    "books the slot the reader picked in the quoted layer by place, number, letter, weekday "
    "or part of day, unless the newest layer picks for itself or two are picked; old/new "
    "columns without a label column, bare before/after headings and full-width bars; "
    "'Prima:/Dopo:', 'Vorher:/Nachher:' rows; 'Month D - h:mm' is a day and a clock; a "
    "bracketed list number and a number before 年/月/日 end no range): dev text 40/40 right, "
    "39 sure; held out 12/13 right, 11 sure. Files that existed before the batch (cmp.py vs "
    "main): 6 BETTER (held-out pickconf46 5, optneg24 1), 0 WORSE, 2 CHANGED (two dev mails "
    "still below 0.5, same start). Then two pushline50 mails were written as the shape the "
    "change still read wrong at 0.66-0.72 (a move's span with the hour it leaves named after "
    "it: 'back by 30 minutes; it was 2:00 PM', 'um eine halbe Stunde nach hinten verschieben; "
    "geplant war 14:00 Uhr'); the shift by a stated span now also takes the hour named after "
    "the span behind 'it was', 'originally', 'geplant war', 'bisher': both right."
)


def provenance(cases: list[Case]) -> str:
    kinds: dict[str, int] = {}
    for item in cases:
        kinds[str(item.label.get("kind"))] = kinds.get(str(item.label.get("kind")), 0) + 1
    held = sorted(HELD)
    langs = sorted({item.language for item in cases})
    lines = [
        "# Provenance of the moves50 batch (`build_moves50.py`)",
        "",
        "Text mails (no calendar part) whose start is one of several times the mail names, in "
        "the kinds whose earlier held-out families (pickconf46, slotpush41, slotrestate41, "
        "tabnmove26, moves40, wrapmove36, keepho30, sameday48) were still read at the wrong "
        "time: confirmations of a picked slot over the offered list, moves with both times in "
        "one line in either order, old times struck through in HTML, old/new tables, relative "
        "moves and replies that restate the agreed time. All text is ours, written by hand "
        "with no template. People, companies and addresses are made up. Every label was "
        "written from the datetimes the text is rendered from, before the parser was run on "
        "any message.",
        "",
        f"{len(cases)} messages in {len(FAMILIES)} families; languages: {', '.join(langs)}; kinds: "
        + ", ".join(f"{k} {v}" for k, v in sorted(kinds.items()))
        + f". Held-out families ({len(held)} of {len(FAMILIES)}, drawn by "
        "`random.Random('moves50 coin').sample(sorted(FAMILIES), 2)` before anything was "
        "written or parsed): " + ", ".join(held) + "; their files are not listed here.",
        "",
        "Label rule used: the README's conventions. A move the mail itself shows (old and new "
        "time, 'moved', 'instead of', a struck-through old time, an old/new table) is "
        "`reschedule` at the new slot; an employer's reply that confirms or restates the slot "
        "the reader picked from a quoted list is an `invitation` at that slot; a list answered "
        "with a question, a declined list and the reader's own unanswered ask are "
        "`not_invitation`. No zone is stated: labels carry the Date header's offset "
        "(`tz_stated: false`).",
        "",
        FIRST_SIGHT_FIGURES,
        "",
    ]
    if AFTER_FIGURES:
        lines += [AFTER_FIGURES, ""]
    lines += [
        "Regenerate with `.venv/bin/python tests/parsing/corpus/build_moves50.py`.",
        "",
        "## Families",
        "",
    ]
    for name in FAMILIES:
        items = [item for item in cases if item.family == name]
        ls = ", ".join(sorted({item.language for item in items}))
        if SPLITS[name] == "heldout":
            ls = "languages not listed"
        lines.append(
            f"- **{name}** ({len(items)} messages, {SPLITS[name]}; {ls}): {FAMILIES[name]}"
        )
    lines += ["", "## Files (dev only)", ""]
    lines += pp.file_rows(item for item in cases if item.split == "dev")
    return "\n".join(lines) + "\n"


def main() -> int:
    CASES.clear()
    for build in BUILDERS:
        build()
    pp.write_batch(CASES, FAMILIES, "PROVENANCE-moves50.md", provenance(CASES))
    print(
        f"{len(CASES)} messages in {len(FAMILIES)} families; held out {sorted(HELD)}",
        file=sys.stderr,
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
