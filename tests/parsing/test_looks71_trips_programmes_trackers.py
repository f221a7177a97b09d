# ruff: noqa: E501 (hand-written mails read best one sentence a line)
"""Look-alike kinds whose held-out families were still claimed, read right in many languages
(looks71).

Why, one rule each (all extend an existing list or check, none is new):
- A job tracker's digest says the interview rows are the reader's own entries in the passive
  ("added by you", "von dir eingetragen", "ajouté par vous", "registradas por ti", "door jou
  toegevoegd", "inlagd av dig", "ご自身で登録された", "직접 등록하신", "您自己添加的"): the
  reader's own tool, it sets nothing (OWN_TOOL_CUES).
- An agency writes to its client about the candidate it is introducing ("ご紹介中の候補者",
  "추천드린 박지훈 후보자", Korean with the name before the noun), or hands over a titled
  person's profile ("Das Profil von Frau Keller", "le profil de Mme Petit"): the candidate is
  someone else (_OWNED_CANDIDATE, THIRD_PARTY_CV).
- A conference programme's items (a panel discussion, a round table, a keynote, a symposium,
  "Podiumsdiskussion", "masă rotundă", "パネルディスカッション", "基調講演", "기조연설") and an
  interview held on a stage ("Interviu pe scenă", "Interview auf der Bühne") are an event's
  programme (PROGRAMME_ITEM_CUES beside PUBLIC_TALK_CUES, where the mail names no candidacy
  of the reader's; not "a second-stage interview").
- A nursery's settling-in and planning talks and a school's parents' meetings in more
  languages ("rendez-vous d'adaptation", "citación a tutoría", "vasu-keskustelu", "szülői
  értekezlet", "forældremøde", "родительское собрание") are a parent's talks
  (OTHER_PARTY_TALK_CUES); a visitor who drops by the reader's home ("bij je langs", "kommt
  bei Ihnen vorbei", "passera chez vous") is no employer (HOME_VISIT_CUES); free entry in
  more languages ("Вход свободный", "vrije toegang", "ücretsiz giriş") marks an event open
  to all (EVENT_AUDIENCE_CUES).
- A ticket whose legs are drawn with an arrow or marked 発/着, with its other clock lines a
  leg's end, a check-in or a numbered flight, gives only the trip's times (journey_leg); an
  arrow that moves a slot, in a mail that names no ticket or flight, draws no leg.
Controls: the reader's own interview in prose with travel or panel words beside it stays a
sure invitation at its hour.

Exhaustive over languages x two clock times (no draw: the parser has statistical screens, and
CI must not pass or fail by the draw). Sentences hand-written here, not the corpus's.
"""

from __future__ import annotations

import pytest

from service.parsing import lookalikes
from service.parsing.lexicon import lower_as_regex
from tests.parsing.mailkit import assert_sure_at, claimed, plain_mail

TO = "Alex Morgan <alex.morgan@mailbox.example>"
DATE = "Mon, 08 Mar 2027 09:15:00 +0100"
TIMES = [(10, 0), (15, 30)]


def _mail(subject: str, body: str, sender: str = "Notices <notices@service.example>") -> bytes:
    return plain_mail(subject, body, sender=sender, to=TO, date=DATE)


# per language: subject and body with {h} and {m} for the one clock time the mail gives
LOOKALIKES: dict[str, tuple[str, str]] = {
    # a tracker's rows, the reader's own entries said in the passive
    "tracker_en": ("Your job search this week",
                   "Hi Alex,\n\nComing up on your board:\n- Thu Mar 11, {h}:{m:02d} — interview, Penrose Labs (added by you)\n\nGood luck!\nTrackly"),
    "tracker_de": ("Deine Woche in der Bewerbungsapp",
                   "Hallo Alex,\n\ndiese Woche steht an:\n- Do., 11.03., {h}:{m:02d} Uhr: Vorstellungsgespräch Lindner GmbH (von dir eingetragen)\n\nViel Erfolg!"),
    "tracker_fr": ("Votre semaine de recherche",
                   "Bonjour Alex,\n\nÀ venir :\n- jeudi 11 mars à {h}h{m:02d} : entretien chez Dufresne SA (ajouté par vous)\n\nBon courage !"),
    "tracker_es": ("Tu semana de búsqueda",
                   "Hola Alex:\n\nEntrevistas registradas por ti:\n- jueves 11 de marzo, {h}:{m:02d} – Talleres Ebro\n\n¡Suerte!"),
    "tracker_nl": ("Je week in de sollicitatie-app",
                   "Hoi Alex,\n\nDeze week:\n- donderdag 11 maart {h}:{m:02d} uur – gesprek bij Bakker Bouw (door jou toegevoegd)\n\nSucces!"),
    "tracker_sv": ("Din vecka i jobbappen",
                   "Hej Alex!\n\nKommande:\n- torsdag 11 mars kl. {h}:{m:02d}: intervju hos Norrsken AB (inlagd av dig)\n\nLycka till!"),
    "tracker_ja": ("今週の予定",
                   "アレックス様\n\nご自身で登録された予定です。\n3月11日（木）{h}:{m:02d}　面接（株式会社ひかり）\n\n転職手帳"),
    "tracker_ko": ("이번 주 일정",
                   "알렉스 님,\n\n직접 등록하신 일정입니다.\n3월 11일(목) {h}:{m:02d} 면접 - 바른상사\n\n잡다이어리"),
    # an agency's candidate, in Japanese and Korean
    "agency_ja": ("候補者面接日程のご連絡",
                  "モーガン様\n\nご紹介中の候補者、佐藤健様の面接日程が確定しました。\n日時：3月11日（木）{h}:{m:02d}\n場所：貴社本社\n\n面接後にご感想をお聞かせください。"),
    "agency_ko": ("후보자 면접 일정",
                  "모건 팀장님,\n\n추천드린 이서준 후보자의 면접이 확정되었습니다.\n일시: 3월 11일(목) {h}:{m:02d}\n장소: 귀사 회의실\n\n면접 후 의견 부탁드립니다."),
    "agency_de": ("Kandidatin für Ihre Position",
                  "Sehr geehrte Frau Morgan,\n\nwie besprochen stelle ich Ihnen Frau Lea Brandt vor. Sie kann am Donnerstag, 11. März um {h}:{m:02d} Uhr zu einem ersten Gespräch zu Ihnen kommen. Das Profil von Frau Brandt liegt bei.\n\nMit besten Grüßen\nJonas Weber"),
    # a conference programme's items
    "programme_de": ("Programm der Jahrestagung",
                     "Sehr geehrte Teilnehmende,\n\nam Donnerstag, 11. März:\n{h}:{m:02d} Uhr Podiumsdiskussion: Wege in den Beruf\n\nIhr Tagungsbüro"),
    "programme_ro": ("Programul conferinței",
                     "Bună ziua,\n\nJoi, 11 martie:\n{h}:{m:02d} – Masă rotundă: interviul de angajare azi\n\nEchipa conferinței"),
    "programme_ja": ("シンポジウムのご案内",
                     "ご参加の皆様\n\n3月11日（木）{h}:{m:02d}　パネルディスカッション「採用面接のこれから」\n\n事務局"),
    "programme_ko": ("행사 프로그램 안내",
                     "참가자 여러분,\n\n3월 11일(목) {h}:{m:02d} 기조연설: 채용 면접의 변화\n\n사무국"),
    "programme_pl": ("Program konferencji",
                     "Szanowni Państwo,\n\nczwartek 11 marca, {h}:{m:02d} – panel dyskusyjny o rozmowach kwalifikacyjnych\n\nOrganizatorzy"),
    "stage_interview_de": ("Festival-Programm",
                           "Liebe Gäste,\n\nDonnerstag, 11. März, {h}:{m:02d} Uhr: Interview auf der Bühne mit der Gründerin von Holzwerk\n\nIhr Festivalteam"),
    # a parent's talks at a nursery or school
    "school_fr": ("Crèche Les Lutins",
                  "Bonjour,\n\nLe rendez-vous d'adaptation de Lou aura lieu le jeudi 11 mars à {h}h{m:02d}.\n\nL'équipe de la crèche"),
    "school_fi": ("Päiväkoti Kuusi",
                  "Hei,\n\nvasu-keskustelu on torstaina 11.3. klo {h}.{m:02d}.\n\nTerveisin päiväkoti"),
    "school_hu": ("Szülői értekezlet",
                  "Kedves Szülők!\n\nA szülői értekezlet március 11-én, csütörtökön {h}:{m:02d}-kor lesz.\n\nOsztályfőnök"),
    "school_da": ("Forældremøde i 2.B",
                  "Kære forældre\n\nForældremødet holdes torsdag den 11. marts kl. {h}.{m:02d}.\n\nKlasselæreren"),
    # a visitor at the reader's home
    "home_nl": ("Afspraak thuiszorg",
                "Hoi Alex,\n\nOnze wijkverpleegkundige komt donderdag 11 maart om {h}.{m:02d} uur bij je langs voor een kennismaking.\n\nGroet, Zorgteam"),
    "home_de": ("Termin Zählerwechsel",
                "Guten Tag,\n\nunser Techniker kommt am Donnerstag, 11. März um {h}:{m:02d} Uhr bei Ihnen vorbei.\n\nIhre Stadtwerke"),
    # free entry
    "free_ru": ("Встреча в библиотеке",
                "Здравствуйте!\n\nВ четверг, 11 марта, в {h}:{m:02d} — встреча с карьерным консультантом о собеседованиях. Вход свободный.\n\nБиблиотека"),
    "free_nl": ("Buurtavond",
                "Beste buren,\n\nDonderdag 11 maart om {h}.{m:02d} uur: avond over solliciteren met een loopbaancoach. Vrije toegang.\n\nBuurthuis"),
    # a ticket's legs
    "trip_pl": ("Rezerwacja lotu",
                "Dzień dobry,\n\nlot na rozmowę w Gdańsku:\nWylot: czwartek 11 marca, {h}:{m:02d} Warszawa → {h2}:{m:02d} Gdańsk\n\nBiuro podróży"),
    "trip_ja": ("新幹線のご案内",
                "モーガン様\n\n面接のための切符です。\n往路：3月11日（木）東京 {h}:{m:02d}発 → 名古屋 {h2}:{m:02d}着\n\n採用事務局"),
}  # fmt: skip

# the reader's own interview, with travel or panel words beside it
CONTROLS: dict[str, tuple[str, str]] = {
    "own_travel_en": ("Interview at Halden Group",
                      "Dear Alex,\n\nWe would like to invite you to an interview on Thursday 11 March at {h}:{m:02d} at our Leeds office. We will book your train and send the tickets separately.\n\nKind regards,\nHannah"),
    "own_panel_en": ("Panel interview",
                     "Hi Alex,\n\nWe'd like to invite you to a panel interview on Thursday, March 11 at {h}:{m:02d} at our office. The panel will consist of our CFO and two directors.\n\nBest,\nOlivia"),
    "own_hotel_de": ("Einladung zum Vorstellungsgespräch",
                     "Sehr geehrte Frau Morgan,\n\nwir laden Sie zu einem Vorstellungsgespräch am Donnerstag, 11. März um {h}:{m:02d} Uhr in unser Werk ein. Die Übernachtung im Hotel buchen wir für Sie.\n\nMit freundlichen Grüßen\nMarkus Brenner"),
    "own_entered_de": ("Einladung zum Vorstellungsgespräch",
                       "Sehr geehrte Frau Morgan,\n\nvielen Dank für Ihre Bewerbung. Wir laden Sie zu einem Vorstellungsgespräch am Donnerstag, 11. März um {h}:{m:02d} Uhr ein. Wir rufen Sie unter der von Ihnen eingetragenen Nummer an, falls sich etwas ändert.\n\nMit freundlichen Grüßen\nJana Roth"),
    "own_committee_es": ("Entrevista",
                         "Hola Alex:\n\nEl tribunal de selección te entrevistará el jueves 11 de marzo a las {h}:{m:02d} en nuestra sede. Te reservamos el vuelo desde Sevilla.\n\nUn saludo,\nBeatriz"),
    "own_flight_pt": ("Convite para entrevista",
                      "Olá Alex,\n\nGostaríamos de convidar você para uma entrevista presencial na quinta-feira, 11 de março, às {h}h{m:02d}, na nossa fábrica. A agência vai enviar a passagem aérea.\n\nCamila"),
    "own_ja": ("最終面接のご案内",
               "アレックス・モーガン様\n\n最終面接を下記のとおり実施いたします。\n日時：3月11日（木）{h}:{m:02d}\n場所：本社5階\n\n新幹線の切符は弊社で手配いたします。\n\n人事部"),
    "own_ko": ("면접 안내",
               "알렉스 님, 안녕하세요.\n\n서류 전형에 합격하셨기에 면접을 안내드립니다.\n일시: 3월 11일(목) {h}:{m:02d}\n장소: 본사 7층 면접실\n\n인사팀 드림"),
}  # fmt: skip


def _render(template: str, hour: int, minute: int) -> str:
    return template.format(h=hour, m=minute, h2=hour + 1)


@pytest.mark.parametrize(("hour", "minute"), TIMES)
@pytest.mark.parametrize("name", sorted(LOOKALIKES))
def test_lookalike_is_never_claimed(name: str, hour: int, minute: int) -> None:
    subject, body = LOOKALIKES[name]
    raw = _mail(subject, _render(body, hour, minute))
    assert not claimed(raw), name


@pytest.mark.parametrize(("hour", "minute"), TIMES)
@pytest.mark.parametrize("name", sorted(CONTROLS))
def test_own_interview_stays_sure(name: str, hour: int, minute: int) -> None:
    subject, body = CONTROLS[name]
    raw = _mail(subject, _render(body, hour, minute), sender="Recruiting <jobs@firm.example>")
    assert_sure_at(raw, f"2027-03-11T{hour:02d}:{minute:02d}")


# each list read on its own: the phrase names the kind, in the list the rule extends
LISTED: list[tuple[str, str]] = [
    ("OWN_TOOL_CUES", "donderdag 11 maart – gesprek bij Bakker Bouw (door jou toegevoegd)"),
    ("OWN_TOOL_CUES", "3月11日 面接（ご自身で登録された予定）"),
    ("_OWNED_CANDIDATE", "추천드린 이서준 후보자의 면접"),
    ("_OWNED_CANDIDATE", "ご紹介中の候補者、佐藤様"),
    ("THIRD_PARTY_CV", "Das Profil von Frau Brandt liegt bei."),
    ("THIRD_PARTY_CV", "Vous trouverez le profil de Mme Petit en pièce jointe."),
    ("PROGRAMME_ITEM_CUES", "14:00 Podiumsdiskussion: Fachkräfte gewinnen"),
    ("PROGRAMME_ITEM_CUES", "11:00 – masă rotundă despre recrutare"),
    ("PROGRAMME_ITEM_CUES", "15:10　基調講演「これからの採用面接」"),
    ("PUBLIC_TALK_CUES", "14:00 – interviu pe scenă cu directorul general"),
    ("PUBLIC_TALK_CUES", "16:00 Uhr Interview auf der Bühne mit der Ministerin"),
    ("OTHER_PARTY_TALK_CUES", "le premier rendez-vous d'adaptation aura lieu mardi"),
    ("OTHER_PARTY_TALK_CUES", "vasu-keskustelu on sovittu keskiviikolle"),
    ("OTHER_PARTY_TALK_CUES", "родительское собрание состоится в четверг"),
    ("HOME_VISIT_CUES", "onze planner komt maandag bij je langs"),
    ("HOME_VISIT_CUES", "unser Techniker kommt am Montag bei Ihnen vorbei"),
    ("EVENT_AUDIENCE_CUES", "вход свободный"),
    ("EVENT_AUDIENCE_CUES", "ücretsiz giriş"),
]


@pytest.mark.parametrize(("name", "phrase"), LISTED)
def test_list_names_the_kind(name: str, phrase: str) -> None:
    cues = getattr(lookalikes, name)
    text = lower_as_regex(phrase)
    found = cues.search_lowered(text) if hasattr(cues, "search_lowered") else cues.search(phrase)
    assert found, (name, phrase)


# a ticket's legs drawn with an arrow are a trip's; an arrow that moves a slot is not
TRIPS = [
    "Lot na rozmowę:\nWylot: czwartek 11 marca, 06:50 Warszawa → 07:45 Gdańsk\nPowrót: lot LO 3824, 19:30",
    "新幹線の切符です。\n往路：東京 7:33発 → 仙台 9:04着\n復路：仙台 17:21発",
    "Seu bilhete foi emitido.\nIda: voo G3 1120, São Paulo 06:10 → Porto Alegre 07:50",
]
MOVES = [
    "Your interview has moved:\nWed, Mar 10, 2:00 PM → Thu, Mar 11, 11:00 AM",
    "Cambio de horario: 14:00 → 16:30 (mismo día)",
]


@pytest.mark.parametrize("body", TRIPS)
def test_arrow_leg_of_a_ticket_is_a_journey(body: str) -> None:
    assert lookalikes.journey_leg(body)


@pytest.mark.parametrize("body", MOVES)
def test_arrow_that_moves_a_slot_is_no_journey(body: str) -> None:
    assert not lookalikes.journey_leg(body)
