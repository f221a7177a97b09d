"""What the cancel71 batch showed the parser missing (tests/parsing/corpus/PROVENANCE-cancel71.md):
hand-written notices that call the reader's interview off without a calendar part were read
as sure invitations wherever the language's verb stood in a form the lexicon lacked - a
participle of another gender or number ("inställd" was read, "inställda" not), the passive
("aflyses", "perutaan", "ακυρώνεται"), the writer's own "we must cancel" ("moramo otkazati",
"peame tühistama", "duhet ta anulojmë") or "it will not take place" ("nenotiks", "neće se
održati", "לא יתקיים", "لن تُعقد").

The rule, as an invariant over languages, days and hours: a notice that says the interview is
off is never an invitation held sure (confidence >= 0.5), and the slot it gives is the one
called off. And its look-alikes stay what they are: an invitation that names cancelling only as
the reader's option ("if you need to cancel, reply", a link to cancel) is still an invitation
at its slot."""

from __future__ import annotations

from datetime import date, datetime, time

from babel.dates import format_date
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from service.parsing import parse_message
from tests.parsing.mailkit import plain_mail, wall_minute

SENT = "Mon, 07 Dec 2026 08:05:00 +0100"

# (babel locale, the notice's sentence: {d} the long date, {t} the hour) - ours, one verb form
# each, the noun before or after the verb
CALLED_OFF = [
    ("af", "Die onderhoud op {d} om {t} word ongelukkig gekanselleer."),
    ("af", "Ons moet ongelukkig die onderhoud van {d} om {t} afgelas."),
    ("sv", "Intervjuerna {d} kl. {t} är tyvärr inställda."),
    ("sv", "Vi ställer tyvärr in intervjun {d} kl. {t}."),
    ("da", "Jobsamtalen {d} kl. {t} aflyses desværre."),
    ("nb", "Intervjuet {d} kl. {t} må dessverre avlyses."),
    ("is", "Atvinnuviðtalið {d} kl. {t} fellur því miður niður."),
    ("fi", "Valitettavasti haastattelu {d} klo {t} perutaan."),
    ("et", "Kahjuks peame tühistama tööintervjuu, mis pidi toimuma {d} kell {t}."),
    ("lv", "Informējam, ka darba intervija {d} plkst. {t} nenotiks."),
    ("lt", "Atšaukiame Jūsų darbo pokalbį, numatytą {d} {t}."),
    ("sl", "Razgovor {d} ob {t} je žal odpovedan."),
    ("hr", "Nažalost moramo otkazati razgovor za posao zakazan za {d} u {t}."),
    ("sr_Latn", "Intervju {d} u {t} neće se održati."),
    ("bg", "За съжаление отменяме интервюто на {d} от {t} ч."),
    ("mk", "Интервјуто закажано за {d} во {t} часот е откажано."),
    ("sq", "Na vjen keq, por duhet ta anulojmë intervistën e {d}, në orën {t}."),
    ("ro", "Interviul programat pe {d}, la ora {t}, nu va mai avea loc."),
    ("hu", "Sajnálattal értesítjük, hogy a {d} {t}-ra tervezett állásinterjút le kell mondanunk."),
    ("cs", "Bohužel rušíme pohovor {d} v {t}."),
    ("sk", "Pohovor {d} o {t} sa neuskutoční."),
    ("el", "Η συνέντευξη της {d} στις {t} ακυρώνεται."),
    ("tr", "{d} saat {t} görüşmenizi iptal ediyoruz."),
    ("az", "{d} saat {t} keçiriləcək müsahibə ləğv olunub."),
    ("ka", "სამწუხაროდ, {d} {t} საათზე დაგეგმილი გასაუბრება გაუქმდა."),
    ("uz", "Afsuski, {d} kuni soat {t} da rejalashtirilgan suhbat bekor qilindi."),
    ("id", "Mohon maaf, wawancara kerja Anda pada {d} pukul {t} tidak jadi dilaksanakan."),
    ("ms", "Kami terpaksa membatalkan sesi temu duga anda pada {d}, jam {t}."),
    ("vi", "Rất tiếc, buổi phỏng vấn lúc {t} {d} sẽ không diễn ra."),
    ("ca", "L'entrevista del {d} a les {t} h queda anul·lada."),
    ("gl", "A entrevista do {d} ás {t} non terá lugar."),
    ("he", "לצערנו הראיון ב-{d} בשעה {t} לא יתקיים."),
    ("ja", "{d} {t}からの面接は、中止とさせていただきます。"),
    ("ko", "{d} {t} 면접을 취소하게 되었습니다."),
    ("zh", "很抱歉，我们不得不取消原定于{d}{t}的面试。"),
]

# the reader's own invitation in the same languages, cancelling named only as an option
OPTION_ONLY = [
    (
        "sv",
        "Välkommen på intervju {d} kl. {t}. Om du behöver avboka, svara bara på det här mejlet.",
    ),
    ("fi", "Kutsumme sinut työhaastatteluun {d} klo {t}. Jos joudut perumaan, ilmoitathan siitä."),
    (
        "hu",
        "Szeretettel meghívjuk állásinterjúra {d} {t}-kor. "
        "Amennyiben le kell mondania, kérjük, jelezze.",
    ),
    (
        "ms",
        "Anda dijemput menghadiri temu duga pada {d}, jam {t}. "
        "Jika anda perlu membatalkan, sila balas.",
    ),
    ("tr", "{d} saat {t} mülakata davetlisiniz. İptal etmek için bu e-postayı yanıtlayın."),
    ("zh", "诚邀您参加{d}{t}的面试。如需取消，请提前一天回复本邮件。"),
]


def _read(body: str) -> tuple[str, float, datetime | None]:
    parsed = parse_message(
        plain_mail(
            "Re: interview",
            "Alex,\n\n" + body + "\n\nRita Moll\nWerkhaus",
            sender="Rita Moll <rita.moll@werkhaus.example>",
            to="alex.morgan@mailbox.example",
            date=SENT,
        )
    )
    return parsed.kind, parsed.confidence, parsed.start


def _body(frame: tuple[str, str], day: date, at: time) -> str:
    locale, sentence = frame
    return sentence.format(d=format_date(day, "long", locale=locale), t=f"{at:%H:%M}")


@settings(
    max_examples=40, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow]
)
@given(
    frame=st.sampled_from(CALLED_OFF),
    day=st.dates(date(2026, 12, 9), date(2027, 6, 30)),
    hour=st.integers(8, 17),
    minute=st.sampled_from([0, 15, 30, 45]),
)
def test_a_notice_calling_the_interview_off_is_never_a_sure_invitation(
    frame: tuple[str, str], day: date, hour: int, minute: int
) -> None:
    at = time(hour, minute)
    body = _body(frame, day, at)
    kind, confidence, start = _read(body)
    assert not (kind == "invitation" and confidence >= 0.5), body
    assert kind == "cancellation", body
    assert wall_minute(start) == f"{datetime.combine(day, at):%Y-%m-%d %H:%M}", body


@settings(
    max_examples=14, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow]
)
@given(
    frame=st.sampled_from(OPTION_ONLY),
    day=st.dates(date(2026, 12, 9), date(2027, 6, 30)),
    hour=st.integers(8, 17),
    minute=st.sampled_from([0, 30]),
)
def test_cancelling_named_as_the_readers_option_leaves_the_invitation(
    frame: tuple[str, str], day: date, hour: int, minute: int
) -> None:
    at = time(hour, minute)
    body = _body(frame, day, at)
    kind, _confidence, start = _read(body)
    assert kind == "invitation", body
    assert wall_minute(start) == f"{datetime.combine(day, at):%Y-%m-%d %H:%M}", body
