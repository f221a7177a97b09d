# ruff: noqa: E501 (each language's sentences read best whole)
"""A thread's newest layer that defers the one quoted slot ("we'll come back to you with a
time", "ti faccio sapere appena possibile", "追ってご連絡します") books nothing, replied to or
forwarded: the slot is only proposed. Newest layers that confirm it in similar words stay
invitations (pending48)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from service.parsing import parse_message
from service.parsing.lookalikes import PENDING_CUES
from tests.parsing.mailkit import plain_mail

# (the employer's question quoting one slot, the candidate's yes, Date of the newest layer)
ASKS = {
    "en": ("Would Wednesday 14 July at 11:00 work for an interview?", "Yes, that works for me.", "Mon, 05 Jul 2027 16:00:00 +0100"),
    "de": ("Hätten Sie am Mittwoch, 14. Juli, um 11:00 Uhr Zeit für ein Gespräch?", "Ja, das passt mir.", "Mon, 05 Jul 2027 16:00:00 +0200"),
    "fr": ("Le mercredi 14 juillet à 11h vous conviendrait-il pour un entretien ?", "Oui, cela me convient.", "Mon, 05 Jul 2027 16:00:00 +0200"),
    "es": ("¿Te iría bien el miércoles 14 de julio a las 11:00 para la entrevista?", "Sí, me va bien.", "Mon, 05 Jul 2027 16:00:00 +0200"),
    "it": ("Mercoledì 14 luglio alle 11:00 andrebbe bene per il colloquio?", "Sì, va benissimo.", "Mon, 05 Jul 2027 16:00:00 +0200"),
    "nl": ("Past woensdag 14 juli om 11.00 uur voor een gesprek?", "Ja, dat past.", "Mon, 05 Jul 2027 16:00:00 +0200"),
    "pt": ("Quarta-feira, 14 de julho, às 11h fica bom para a entrevista?", "Fica ótimo.", "Mon, 05 Jul 2027 16:00:00 -0300"),
    "pl": ("Czy środa 14 lipca o 11:00 będzie dogodna na rozmowę?", "Tak, pasuje mi.", "Mon, 05 Jul 2027 16:00:00 +0200"),
    "sv": ("Passar onsdag 14 juli kl. 11.00 för en intervju?", "Ja, det passar.", "Mon, 05 Jul 2027 16:00:00 +0200"),
    "no": ("Passer onsdag 14. juli kl. 11.00 for et intervju?", "Ja, det passer fint.", "Mon, 05 Jul 2027 16:00:00 +0200"),
    "ja": ("7月14日（水）11時からの面接はいかがでしょうか。", "問題ございません。", "Mon, 05 Jul 2027 16:00:00 +0900"),
    "zh": ("请问7月14日（周三）上午11点方便来面试吗？", "方便的。", "Mon, 05 Jul 2027 16:00:00 +0800"),
    "ko": ("7월 14일(수) 오전 11시에 면접 가능하신가요?", "네, 가능합니다.", "Mon, 05 Jul 2027 16:00:00 +0900"),
}  # fmt: skip

# newest layers that put the slot off, several ways per language
DEFERS = {
    "en": ["Thanks! I'll confirm tomorrow once I've checked with the panel.", "Thanks - we'll come back to you with a time next week.",
           "Let me check my availability and get back to you.", "The panel isn't locked in yet; I'll circle back with a time."],
    "de": ["Danke! Wir melden uns mit einem Termin, sobald die Abteilung zurück ist.", "Danke, der Termin steht noch nicht fest."],
    "fr": ["Merci ! Nous revenons vers vous pour fixer un créneau.", "Merci, on revient vers vous avec une date.", "Je vous confirme demain."],
    "es": ["Gracias. Te confirmo mañana.", "Ojo, todavía no es definitivo.", "Le confirmamos más adelante."],
    "it": ["Grazie, ti faccio sapere appena possibile.", "Grazie, vi faremo sapere entro domani."],
    "nl": ["Dank je, we komen erop terug.", "We laten het nog weten zodra de manager terug is."],
    "pt": ["Valeu, te aviso amanhã.", "Só que ainda não está fechado."],
    "pl": ["Dziękuję, odezwiemy się z terminem.", "Damy znać o terminie wkrótce."],
    "sv": ["Tack! Vi återkommer med en tid."],
    "no": ["Takk! Vi kommer tilbake med et tidspunkt neste uke."],
    "ja": ["ありがとうございます。追ってご連絡します。", "面接官の予定が未定のため、改めて調整します。"],
    "zh": ["好的，稍后确认时间。", "面试官行程还没定，稍后通知您。"],
    "ko": ["아직 확정은 아니며, 일정이 정해지면 다시 안내드리겠습니다.", "정해지는 대로 다시 연락드리겠습니다."],
}  # fmt: skip

# newest layers that confirm the slot, in words as close: no deferral
CONFIRMS = {
    "en": ["Great, that's confirmed - see you then!", "Confirmed, see you on Wednesday."],
    "de": ["Perfekt, dann bis Mittwoch!", "Passt, der Termin steht."],
    "fr": ["C'est noté, à mercredi !", "Je vous confirme le créneau, à bientôt."],
    "es": ["Perfecto, queda confirmado. ¡Nos vemos el miércoles!", "Te confirmo la entrevista, hasta el miércoles."],
    "it": ["Perfetto, confermato. Ci vediamo mercoledì!"],
    "nl": ["Top, staat genoteerd. Tot woensdag!"],
    "pt": ["Combinado, até lá!"],
    "pl": ["Świetnie, potwierdzam. Do zobaczenia!"],
    "sv": ["Toppen, då är det bokat. Vi ses!"],
    "no": ["Flott, da er det avtalt. Vi ses!"],
    "ja": ["承知しました。当日よろしくお願いいたします。"],
    "zh": ["好的，到时见！"],
    "ko": ["네, 그날 뵙겠습니다."],
}  # fmt: skip


def _thread(lang: str, newest: str) -> str:
    ask, yes, _ = ASKS[lang]
    return (
        f"{newest}\n\nAnna\n\n"
        "________________________________\n"
        "From: Alex Morgan <alex@mailbox.example>\nSent: Monday, July 5, 2027 11:00\n"
        "To: Anna Kowal <anna@firm.example>\nSubject: Interview\n\n"
        f"{yes}\n\nAlex\n\n"
        "________________________________\n"
        "From: Anna Kowal <anna@firm.example>\nSent: Monday, July 5, 2027 09:00\n"
        "To: Alex Morgan <alex@mailbox.example>\nSubject: Interview\n\n"
        f"{ask}\n\nAnna Kowal\nFirm\n"
    )


deferral = st.sampled_from(sorted(DEFERS)).flatmap(
    lambda lang: st.tuples(st.just(lang), st.sampled_from(DEFERS[lang]))
)
confirmation = st.sampled_from(sorted(CONFIRMS)).flatmap(
    lambda lang: st.tuples(st.just(lang), st.sampled_from(CONFIRMS[lang]))
)


@settings(max_examples=40, deadline=None)
@given(deferral)
def test_a_deferral_is_a_pending_cue(case: tuple[str, str]) -> None:
    assert PENDING_CUES.search(case[1].lower())


@settings(max_examples=40, deadline=None)
@given(confirmation)
def test_a_confirmation_is_no_pending_cue(case: tuple[str, str]) -> None:
    assert not PENDING_CUES.search(case[1].lower())


@settings(max_examples=25, deadline=None)
@given(deferral, st.booleans())
def test_a_deferring_newest_layer_books_nothing(case: tuple[str, str], forwarded: bool) -> None:
    lang, newest = case
    text = _thread(lang, newest)
    sender, subject = "Anna Kowal <anna@firm.example>", "Re: Interview"
    if forwarded:
        text = (
            "---------- Forwarded message ---------\nFrom: Anna Kowal <anna@firm.example>\n"
            "Date: Mon, Jul 5, 2027 at 4:00 PM\nSubject: Re: Interview\n"
            f"To: Alex Morgan <alex@mailbox.example>\n\n{text}"
        )
        sender, subject = "Alex Morgan <alex@mailbox.example>", "Fwd: Re: Interview"
    parsed = parse_message(
        plain_mail(subject, text, sender=sender, to="alex@mailbox.example", date=ASKS[lang][2])
    )
    assert parsed.kind != "invitation" or parsed.confidence < 0.5


# (an older layer that deferred, the newest that confirms, Date)
SETTLED = {
    "en": ("Thanks! I'll confirm tomorrow once I've checked with the panel.", "Great, that's confirmed with the panel - see you then!"),
    "es": ("Gracias. Te confirmo mañana.", "Perfecto, queda confirmado. ¡Nos vemos el miércoles!"),
    "it": ("Grazie, ti faccio sapere appena possibile.", "Perfetto, confermato. Ci vediamo mercoledì!"),
}  # fmt: skip


@settings(max_examples=6, deadline=None)
@given(st.sampled_from(sorted(SETTLED)))
def test_a_deferral_in_an_older_layer_is_settled_by_the_newest(lang: str) -> None:
    deferred, confirmed = SETTLED[lang]
    older = _thread(lang, deferred)
    text = (
        f"{confirmed}\n\nAnna\n\n________________________________\n"
        "From: Anna Kowal <anna@firm.example>\nSent: Tuesday, July 6, 2027 09:00\n"
        f"To: Alex Morgan <alex@mailbox.example>\nSubject: Re: Interview\n\n{older}"
    )
    parsed = parse_message(
        plain_mail(
            "Re: Interview",
            text,
            sender="Anna Kowal <anna@firm.example>",
            to="alex@mailbox.example",
            date=ASKS[lang][2].replace("Mon, 05", "Tue, 06"),
        )
    )
    assert parsed.kind == "invitation"
    assert parsed.confidence >= 0.5
