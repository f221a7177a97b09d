"""Tell invitations from the other mail a job seeker forwards."""

from __future__ import annotations

import re
from functools import cache

from service.parsing.lexicon import (
    RESCHEDULED_CUES,
    at_word_starts,
    lower_as_regex,
    weekday_words,
)
from service.parsing.model import Category

# Regret words alone are not a rejection ("Leider muss ich den Termin verschieben"): each
# needs the refusal that follows it, and every pattern is bounded to one sentence.
_REJECTION_WORDS = re.compile(
    r"\bunfortunately,? (?:we|i|the)\b[^.\n]{0,80}\b(?:not|unable|decided|won't|cannot|can't|other)"
    r"|regret to inform|\bnot (?:been )?selected|did not select|decided to (?:move|go|proceed)"
    r" (?:forward )?with (?:other|another)|\bnot (?:be )?moving forward|will not be moving"
    r"|position has (?:now )?been filled|other candidates whose|\bnot to proceed|no longer under"
    r" consideration|not in consideration"
    r"|\bleider\b[^.\n]{0,120}\b(?:nicht|absage|anderen? (?:kandidat|bewerber))"
    r"|\bmalheureusement\b[^.\n]{0,120}\b(?:pas|ne|autres? candidat)"
    r"|\blamentablemente\b[^.\n]{0,120}\b(?:no|otros? candidat)"
    r"|\bpurtroppo\b[^.\n]{0,120}\b(?:non|altri candidat)"
    r"|\bhelaas\b[^.\n]{0,120}\b(?:niet|afgewezen|andere kandidat)"
    r"|\binfelizmente\b[^.\n]{0,120}\b(?:não|outros candidat)"
    r"|\bniestety\b[^.\n]{0,120}\bnie\b|\btyvärr\b[^.\n]{0,120}\binte\b"
    r"|\bsayangnya\b[^.\n]{0,120}\btidak\b|残念ながら|見送らせて|不採用"
    r"|au regret de vous (?:informer|annoncer)|ne (?:pas )?donner(?:ons)? pas suite"
    r"|n'avez pas été retenue?|(?:decided|decidido|deciso|besloten|entschieden) [^.\n]{0,60}"
    r"(?:other candidates?|otros? candidat|altri candidat|andere kandidat|anderen? (?:kandidat"
    r"|bewerber))"
    # "we regret to inform you" in Urdu, Hindi, Bengali, Tamil and Igbo, said only of a
    # refusal: "افسوس کے ساتھ مطلع کیا جاتا ہے", "खेद के साथ सूचित", "দুঃখের সাথে জানাচ্ছি",
    # "வருந்துகிறோம்", "ọ dị anyị nwute"
    r"|افسوس (?:کے ساتھ|سے) (?:مطلع|آگاہ)|खेद के साथ सूचित|দুঃখের সাথে জানা"
    # (Tamil regret for the trouble a move causes, "சிரமத்திற்கு வருந்துகிறோம்", refuses nothing)
    r"|(?<!சிரமத்திற்கு )(?<!அசௌகரியத்திற்கு )வருந்துகிறோம்|ọ dị anyị nwute|o di anyi nwute"
    # ... and in Arabic, Swahili, Vietnamese, Thai, Malay, Filipino, Hebrew, Persian, Chinese
    # and Korean, each with the refusal itself, as the regret alone may announce a move
    # (cancel40's "Tunasikitika kukujulisha kuwa mahojiano yamesogezwa"; langs53b): "لم يتم
    # اختيارك", "hukufanikiwa kuchaguliwa", "Rất tiếc ... không tiếp tục", "ไม่ผ่านการคัดเลือก",
    # "Dukacita dimaklumkan ... tidak berjaya", "Ikinalulungkot ... hindi ka napili",
    # "לצערנו ... לא נוכל להתקדם", "متأسفانه ... امکان همکاری", "很遗憾 ... 未能通过",
    # "아쉽게도 ... 불합격"
    r"|لم يتم (?:اختيارك|قبولك|قبول طلبك)|hukufanikiwa kuchaguliwa|hukuchaguliwa"
    r"|rất tiếc[^.\n]{0,120}không (?:tiếp tục|được chọn|phù hợp)|chưa phù hợp với vị trí"
    r"|ไม่ผ่านการคัดเลือก|dukacita(?:nya)? dimaklumkan[^.\n]{0,120}tidak berjaya"
    r"|ikinalulungkot (?:naming|namin) (?:ipaalam|sabihin)[^.\n]{0,120}hindi (?:ka )?(?:napili"
    r"|pumasa|nakapasa)"
    r"|לצערנו[^.\n]{0,120}(?:לא נוכל להתקדם|לא נמשיך|החלטנו להתקדם עם)|החלטנו לא להתקדם"
    r"|متأسفانه[^.\n]{0,120}(?:امکان همکاری|پذیرفته نشد|انتخاب نشد)"
    r"|很遗憾[^。\n]{0,60}(?:未能通过|没有通过|未被录用|无法录用|不能录用)"
    r"|很遺憾[^。\n]{0,60}(?:未能通過|沒有通過|未被錄取|無法錄取|不能錄取)"
    r"|(?:아쉽게도|안타깝게도)[^.\n]{0,80}(?:함께하지 못|합격하지 못|모시지 못)|불합격",
    re.IGNORECASE,
)
_JOB_ALERT_WORDS = re.compile(
    r"job alert|jobs? (?:for|matching) you|new jobs?\b|recommended jobs|jobs you may|similar jobs"
    r"|apply now|based on your (?:profile|search)",
    re.IGNORECASE,
)
# "View in browser" and its translations are left out: transactional mail (ATS and booking
# notices, a recruiter's HTML template) carries the link too, over a real invitation.
_NEWSLETTER_WORDS = re.compile(
    r"unsubscribe|newsletter|manage (?:your )?(?:email )?preferences|weekly digest"
    # the same footer words in the other languages the parser reads
    r"|abbestellen|newsletter abmelden|se désabonner|désinscri|darse de baja|date de baja"
    r"|darte de baja|cancelar (?:la )?suscripción|disiscriviti|annulla(?:re)? l'iscrizione"
    r"|uitschrijven|afmelden voor|descadastr|cancelar (?:a )?inscrição|avregistrera dig"
    r"|avsluta prenumeration|wypisz się|odhlásit odběr"
    r"|manage (?:your )?(?:job )?alerts|alert settings|you(?:'re| are)? subscribed"
    r"|you subscribed|abonniert|vous êtes abonné|estás suscrito|إلغاء الاشتراك|配信停止"
    # and where the mail's list headers are lost (forwarded), its footer's link still says
    # it: "Abonnement opzeggen", "取消订阅", "退订", "구독 취소", "отписаться", "berhenti
    # berlangganan", "aboneliği iptal"
    r"|abonnement opzeggen|구독 취소|수신 거부|отписаться|berhenti berlangganan|aboneliği iptal"
    r"|取消订阅|退订|取消訂閱"
    # and the newsletter naming itself in the languages that have a word of their own for it:
    # "Je ontvangt deze nieuwsbrief", "Du modtager dette nyhedsbrev", "이 뉴스레터",
    # "【メルマガ】" (looks74 recruiters' newsletters in nl, da, ko, ja); not the word alone,
    # which an employer's footer uses over an invitation ("Volg ons via onze nieuwsbrief")
    r"|deze nieuwsbrief|d(?:ette|it) nyhedsbrev|d(?:etta|ette) nyhetsbrev\w*"
    r"|tämä uutiskirje|tämän uutiskirjeen|bu bülten|이 뉴스레터|뉴스레터 수신|\d{1,2}월 뉴스레터"
    r"|【メルマガ】"
    r"|メルマガ配信|メールマガジン配信",
    re.IGNORECASE,
)
_THANK_YOU_WORDS = re.compile(
    r"thank(?:s| you) (?:so much )?for (?:taking the time|meeting|speaking|the (?:great )?"
    r"(?:conversation|chat|interview)|your time)|thank(?:s| you) for coming in"
    r"|(?:vielen )?danke? für das (?:\w+ )?gespräch"
    r"|merci pour (?:notre|cet|votre) (?:\w+ )?entretien"
    r"|gracias por (?:la|tu|su) (?:\w+ )?entrevista|grazie (?:ancora )?per il colloquio"
    r"|bedankt voor het (?:\w+ )?gesprek|obrigad[oa] pela entrevista|dziękujemy za rozmowę"
    # the same thanks worded otherwise: "Dank voor het fijne gesprek", "Merci pour notre
    # échange", "merci pour l'entretien"
    r"|dank voor het (?:\w+ )?gesprek|merci pour (?:notre|cet|votre|l')\s?(?:\w+ )?échange"
    r"|merci pour l'entretien"
    # the candidate's own thanks the day of it (ownmail53): "Thank you for today", "thanks
    # again for today's interview", "thank you for the opportunity to interview today" (the
    # employer's "thank you for your time" is above; Indonesian and Hindi had these already)
    r"|thank(?:s| you)(?: again| so much)? for (?:today\b(?!['’]s? (?:call|session)\b)|today['’]s"
    r" (?:\w+ )?(?:interview|conversation|chat|meeting)|the opportunity to (?:interview|meet)"
    r"|the chance to (?:interview|meet))"
    # thanks for having come: "Thank you for attending interview yesterday", "thanks for
    # attending the interview this morning", "gracias por asistir a la entrevista"
    r"|thank(?:s| you)(?: so much)? for attending (?:the |your |an? |our )?(?:\w+ )?(?:interview"
    r"|assessment|panel)|danke für ihre teilnahme am (?:\w+)?gespräch"
    r"|merci (?:d'avoir participé|de votre participation) à (?:l'|notre )entretien"
    r"|gracias por (?:asistir|participar) (?:a|en) (?:la|nuestra) entrevista"
    r"|grazie per (?:aver partecipato|la partecipazione) al colloquio"
    r"|bedankt voor (?:je|uw) komst"
    # the same thanks in Slovak and Czech ("ďakujeme za Váš čas na dnešnom pohovore",
    # "děkujeme za dnešní pohovor") and Tamil ("interview-ல் கலந்துகொண்டதற்கு நன்றி",
    # thanks for having taken part; negs30b sk and ta)
    r"|[ďd](?:a|ě)kujeme (?:vám )?za (?:v[aá]š čas na )?(?:dnešn\w+ |včeraj?š\w+ )?pohovor"
    r"|கலந்துகொண்டதற்கு (?:மிக்க )?நன்றி"
    # Welsh thanks for coming to the interview or for the reader's time ("Diolch am ddod i'r
    # cyfweliad heddiw", celtdesk; "Diolch am ddod i'r cyfweliad ddoe", prose40)
    r"|diolch (?:yn fawr )?(?:iawn )?am (?:ddod i['’]r (?:\w+ )?g?cyfweliad|eich amser"
    r"|eich cyfweliad|y cyfweliad|y sgwrs)"
    # Catalan and Galician, as Spanish above: "moltes gràcies per l'entrevista de dijous",
    # "gràcies per venir a l'entrevista", "grazas pola entrevista de onte", "grazas por vir á
    # entrevista"
    r"|gràcies per (?:venir a )?(?:l['’]|la (?:\w+ )?)entrevista|gràcies per la conversa"
    r"|grazas (?:pola|por vir á) (?:\w+ )?entrevista"
    # ... and in more European languages (langs53a): "děkuji za pohovor", "dziękuję za
    # rozmowę", "спасибо за собеседование", "дякуємо за співбесіду", "hvala na razgovoru",
    # "hvala za razgovor", "благодаря за интервюто", "vă mulțumim pentru participarea la
    # interviu", "köszönjük az interjút", "ευχαριστούμε για τη συνέντευξη", "görüşme için
    # teşekkür ederiz", "ačiū už pokalbį", "paldies par interviju", "aitäh vestluse eest",
    # "kiitos haastattelusta", "tak for samtalen", "takk for intervjuet"
    r"|(?:děkuji|ďakujem) (?:vám )?za (?:\w+ )?(?:pohovor|rozhovor)"
    r"|dziękuj(?:ę|emy) za (?:\w+ )?rozmowę|dziękujemy za udział w (?:\w+ )?rozmowie"
    r"|(?:спасибо|благодарим) за (?:участие в )?(?:\w+ )?(?:собеседовани\w*|беседу)"
    r"|дяку(?:ю|ємо) за (?:\w+ )?(?:співбесіду|розмову)"
    r"|hvala (?:vam )?(?:na|za) (?:\w+ )?(?:razgovoru?|intervjuu?)"
    r"|благодар(?:я|им) (?:ви )?за (?:\w+ )?(?:интервюто|разговора)"
    r"|mul[țţ]um\w* (?:\w+ )?pentru (?:participarea la )?(?:\w+ )?interviu\w*"
    r"|köszön\w* (?:a|az) (?:\w+ )?(?:interjút|beszélgetést)"
    r"|ευχαριστ\w* (?:πολύ )?για τη(?:ν)? (?:\w+ )?συνέντευξη"
    r"|(?:görüşme|mülakat)(?:miz)? için teşekkür\w*"
    r"|(?:ačiū|dėkojame|dėkoju) (?:jums )?už (?:\w+ )?pokalb\w*"
    r"|paldies par (?:\w+ )?(?:interviju|sarunu)|aitäh (?:\w+ )?(?:vestluse|intervjuu) eest"
    r"|kiitos (?:\w+ )?(?:haastattelusta|keskustelusta)"
    r"|tak for (?:\w+ )?(?:samtalen|jobsamtalen|interviewet)"
    r"|takk for (?:\w+ )?(?:samtalen|intervjuet|jobbintervjuet)",
    re.IGNORECASE,
)
# Asian, Middle-Eastern and East African thanks have a list of their own: joined to the
# one above, its words would be too many for a precondition, and it would run on every mail
_THANK_YOU_MORE_LANGS_WORDS = re.compile(
    # thanks for the interview or for having come to it in the languages of Asia, the Middle
    # East and East Africa, from the employer or the candidate (langs53b): "感谢您参加面试",
    # "面接にお越しいただきありがとう", "면접에 참석해 주셔서 감사", "cảm ơn bạn đã tham gia
    # buổi phỏng vấn", "ขอบคุณที่มาสัมภาษณ์", "terima kasih atas waktu ... wawancara", "salamat
    # sa pagdalo sa panayam", "साक्षात्कार के लिए ... धन्यवाद", "সাক্ষাৎকারে অংশ নেওয়ার জন্য
    # ধন্যবাদ", "شكرا لحضورك المقابلة", "תודה על הראיון", "از حضور شما در مصاحبه سپاسگزاریم",
    # "انٹرویو ... کا شکریہ", "asante kwa kuhudhuria usaili"
    # (not a numbered round's, "1차 면접에 참석해 주셔서 감사합니다", "一次面接にお越しいただき":
    # a note that goes on to set the next round, as docsdue20 and postsurvey do)
    r"感谢您(?:今天)?(?:抽出时间|抽空)?参加(?:我们的|本次)?面试|感谢你(?:今天)?参加(?:我们的|本次)?面试"
    r"|感謝您(?:今天)?(?:抽出時間|抽空)?參加(?:我們的|本次)?面試|感謝你(?:今天)?參加(?:我們的|本次)?面試"
    r"|(?<!次)面接に(?:お越し|ご参加)(?:いただき|頂き)(?:まして)?(?:誠に|本当に)?ありがとう"
    r"|(?<!차 )면접에 (?:참석|응)해 주셔서 감사"
    # ... and the candidate's: "面接のお時間をいただき、誠にありがとうございました", "면접
    # 기회를 주셔서 감사합니다", "感谢您今天抽出时间与我面谈" (ownmail53)
    r"|面接の(?:お)?時間を(?:割いて)?(?:いただき|頂き)[、,]?(?:誠に|本当に)?ありがとう"
    r"|(?<!차 )면접 기회를 주셔서 감사"
    r"|感谢您(?:今天)?(?:抽出时间|抽空)与我(?:面谈|交流|见面)"
    r"|cảm ơn (?:bạn|anh|chị|em) đã (?:dành thời gian )?(?:tham gia|tham dự|đến) "
    r"(?:buổi )?phỏng vấn"
    r"|ขอบคุณที่(?:สละเวลา)?มา(?:เข้ารับการ)?สัมภาษณ์"
    r"|terima kasih atas (?:waktu|kesempatan)[^.\n]{0,60}(?:wawancara|temu duga)"
    r"|terima kasih (?:kerana|karena|telah|sudah) (?:menghadiri|mengikuti|hadir)[^.\n]{0,20}"
    r"(?:wawancara|temu duga)"
    r"|salamat sa (?:iyong |inyong )?(?:pagdalo sa )?(?:panayam|interview)"
    r"|(?:साक्षात्कार|इंटरव्यू) (?:के लिए|हेतु)[^।\n]{0,40}धन्यवाद"
    r"|সাক্ষাৎকারে (?:অংশ নেওয়ার|আসার) জন্য (?:আপনাকে )?ধন্যবাদ"
    r"|شكرا?ً? (?:لك |لكم )?(?:على حضور|لحضورك|لحضوركم)[^.\n]{0,10}المقابلة"
    r"|תודה (?:על הראיון|שהגעת לראיון|שהגעת אלינו לראיון)"
    r"|از حضور (?:شما )?در (?:جلسه )?مصاحبه[^.\n]{0,30}(?:سپاسگزار|متشکر|ممنون)"
    r"|انٹرویو (?:کے لیے|میں شرکت کا)[^۔\n]{0,30}شکریہ|asante kwa kuhudhuria (?:usaili|mahojiano)"
    # ... in the languages whose word for the interview is read since langs75: Somali "waad
    # ku mahadsan tahay wareysigii shalay", Irish "go raibh maith agat as an agallamh inné",
    # Kurdish "spas ji bo hevpeyvîna duh", Kyrgyz "кечээки маектешүү үчүн рахмат", Tajik
    # "ташаккур барои суҳбат", Mongolian "ярилцлагад оролцсонд баярлалаа"
    r"|ku mahadsan (?:tahay|tihiin)[^.\n]{0,30}wareysi"
    r"|go raibh (?:míle )?maith (?:agat|agaibh) (?:as|faoin) (?:an )?agallamh"
    r"|spas (?:ji bo|bo) (?:hevpeyvîn|hevdîtin)|маектеш\w{0,6} үчүн (?:чоң )?рахмат"
    r"|ташаккур (?:барои|аз) суҳбат|ярилцлага\w{0,4} оролцсон\w{0,4} (?:танд )?баярлалаа"
    # ... and in those read since langs78: Belarusian "дзякуй за сумоўе", Faroese "takk fyri
    # samrøðuna", Scottish Gaelic "mòran taing airson an agallaimh", Haitian Creole "mèsi pou
    # entèvyou a", Turkmen "söhbetdeşlik üçin sag boluň", Punjabi "ਇੰਟਰਵਿਊ ਲਈ ਧੰਨਵਾਦ", Odia
    # "ସାକ୍ଷାତକାର ପାଇଁ ଧନ୍ୟବାଦ", Assamese "সাক্ষাৎকাৰৰ বাবে ধন্যবাদ"
    r"|дзяку(?:й|ем) (?:вам )?за (?:\w+ )?сумоў|takk fyri (?:\w+ )?(?:starvs)?samrøðu"
    r"|taing airson an agallaimh|m[eè]si pou (?:\w+ )?ent[eè]vyou"
    r"|söhbetdeşli\w{0,4} üçin (?:köp )?sag bol|ਇੰਟਰਵਿਊ ਲਈ (?:ਤੁਹਾਡਾ )?ਧੰਨਵਾਦ"
    r"|ସାକ୍ଷାତକାର ପାଇଁ ଧନ୍ୟବାଦ|সাক্ষাৎকাৰৰ বাবে ধন্যবাদ"
    # ... and in Kinyarwanda, read since langs79: "Murakoze kwitabira ikiganiro cy'uyu munsi"
    # (igborw), "Urakoze ku kiganiro twagiranye" (langs79)
    r"|(?:mu|u)rakoze (?:kwitabira |ku )i?kiganiro",
    re.IGNORECASE,
)
_EMPLOYER_REPLY_WORDS = re.compile(
    r"application (?:has been )?(?:received|submitted)|received your application|thank you for"
    r" (?:your )?(?:application|applying|your interest)|under review|we will (?:be in touch|contact"
    r" you)|what happens next|next steps",
    re.IGNORECASE,
)

# Tried only where a word starts (several times cheaper on long mail); the words that hide
# inside compounds, addresses and unspaced scripts stay matchable anywhere.
_REJECTION = at_word_starts(_REJECTION_WORDS, "残念ながら|見送らせて|不採用")
_JOB_ALERT = at_word_starts(_JOB_ALERT_WORDS)
_NEWSLETTER = at_word_starts(_NEWSLETTER_WORDS, "unsubscribe|newsletter")
_THANK_YOU = at_word_starts(_THANK_YOU_WORDS)
_THANK_YOU_MORE_LANGS = at_word_starts(_THANK_YOU_MORE_LANGS_WORDS)
_EMPLOYER_REPLY = at_word_starts(_EMPLOYER_REPLY_WORDS)


# The footer a discussion list appends to every post carries "unsubscribe" without making the
# post a newsletter: Mailman 2/3 ("____ / <list> mailing list / ...listinfo..." and "... -- To
# unsubscribe send an email to <list>-leave@"), Google Groups ("-- / You received this message
# because you are subscribed to the Google Groups ..." in every language it writes), Groups.io
# (between "_._,_._,_" marks), Discourse's mailing-list mode ("Visit Topic or reply to this
# email to respond"), ezmlm (the Apache lists: "----- / To unsubscribe, e-mail:
# <list>-unsubscribe@") and SmartList (the Debian lists: "-- / To UNSUBSCRIBE, email to
# <list>-REQUEST@"). Each one is cut before the newsletter words are looked for.
_LIST_FOOTER = re.compile(
    # a forward that quotes the post ("> ", Apple Mail on the iPhone) quotes its footer too
    r"^(?:> ?){0,2}(?:_{20,}[ \t]*\r?\n(?:> ?){0,2}[^\n]{0,120}\bmailing list\b"
    r"|-- ?\r?\n(?:[^\n]*\n){0,2}?[^\n]*\bgoogle groups?\b"
    r"|_\._,_\._,_"
    r"|visit topic or reply to this email to respond"
    r"|-{20,}[ \t]*\r?\n(?:> ?){0,2}to unsubscribe, e-mail: ?\S+-unsubscribe@"
    r"|-- ?\r?\n(?:> ?){0,2}to unsubscribe, email to \S+-request@)",
    re.IGNORECASE | re.MULTILINE,
)
_LIST_FOOTER_HINTS = (
    "mailing list",
    "google group",
    "_._,_._,_",
    "visit topic",
    "to unsubscribe, e",
)


def without_list_footer(text: str) -> str:
    """Return `text` up to a discussion list's footer, when it ends with one."""
    lowered = text.lower()
    if not any(hint in lowered for hint in _LIST_FOOTER_HINTS):
        return text
    found = _LIST_FOOTER.search(text)
    return text[: found.start()] if found is not None else text


def has_list_footer(text: str) -> bool:
    """Tell whether `text` carries a discussion list's footer: a post to a list, also when
    forwarded inline (the list's headers are lost then, its footer is not)."""
    return without_list_footer(text[:20_000]) != text[:20_000]


# A regret about travel costs is part of an invitation, not a refusal: German public employers
# close their interview letters with "Reisekosten können leider nicht erstattet werden", UK
# councils and trusts with "Unfortunately, we are unable to reimburse travel expenses", and the
# same in French, Dutch, Italian, Polish and Swedish letters. The sentence that names those
# costs is left out before the regret words are looked for.
_COST_HINTS = (
    "kosten",
    "travel",
    "frais de",
    "gastos de",
    "spese di",
    "koszt",
    "resekostnad",
    "reiseutgift",
)
_COST_SENTENCE = re.compile(
    r"[^.\n]{0,160}\b(?:(?:reise|fahrt|anreise|reis)kosten|kosten (?:für die|der) anreise"
    r"|travel(?:ling)? (?:costs?|expenses)|frais de (?:déplacement|transport|voyage)"
    r"|gastos de (?:viaje|desplazamiento)|spese di viaggio|koszt\w* (?:dojazdu|podróży)"
    r"|resekostnad\w*|reiseutgift\w*)[^.\n]{0,160}",
    re.IGNORECASE,
)


# A regret that a day does not suit is about a slot, not a refusal: "Dinsdag lukt bij ons
# helaas niet meer. We zien je dan op woensdag ...", "unfortunately Wednesday afternoon
# doesn't work on my side. Thursday 10:30 CT it is" (thread28, nego): the sentence names a
# weekday and a verb of suiting, and the rest of its paragraph names a clock time and asks
# nothing. Asked instead ("Leider passt mir Montag nicht. Ginge auch Dienstag?", noslot15,
# candask13) or with no time ("neue Vorschläge folgen", slotagreed), the regret stays.
_SUIT_VERBS = re.compile(
    r"\b(?:lukt|past|passt|klappt|geht|gaat|kan|kann|works?|suits?|convient|va|conviene"
    r"|funciona|viene|serve|serv\w+|dá|pasuje|odpowiada)\b"
)


@cache
def _weekday_word() -> re.Pattern[str]:
    words = sorted((word for word in weekday_words() if len(word) >= 4 and word.isalpha()), key=len)
    return re.compile(r"\b(?:" + "|".join(re.escape(word) for word in reversed(words)) + r")\b")


def _day_does_not_suit(regret: str) -> bool:
    return bool(_SUIT_VERBS.search(regret) and _weekday_word().search(regret))


_CLOCK_TIME = re.compile(r"\b\d{1,2}[:.h]\d{2}\b|\b\d{1,2} ?(?:uur|uhr|h|am|pm)\b")


def _paragraph_around(text: str, start: int, end: int) -> tuple[int, str]:
    """Where the paragraph holding text[start:end] begins, and its text (at most 300
    characters either side)."""
    low = max(start - 300, 0)
    begin = max(text.rfind("\n\n", low, start), low)
    stop = min(end + 300, len(text))
    found = text.find("\n\n", end, stop)
    return begin, text[begin : found if found >= 0 else stop]


def _sentence_in(paragraph: str, start: int, end: int) -> str:
    begin = max(paragraph.rfind(".", 0, start), paragraph.rfind("\n", 0, start), 0)
    ends = [at for at in (paragraph.find(".", end), paragraph.find("\n", end)) if at >= 0]
    return paragraph[begin : min(ends) if ends else len(paragraph)]


def _refuses(sample: str) -> bool:
    """Tell whether some regret in the lowered sample is a refusal, not a day that does not
    suit while the same paragraph, asking nothing, names the clock time that replaces it."""
    sample = sample.replace("\r\n", "\n")
    for found in _REJECTION.finditer(sample):
        offset, paragraph = _paragraph_around(sample, found.start(), found.end())
        sentence = _sentence_in(paragraph, found.start() - offset, found.end() - offset)
        if not (
            _day_does_not_suit(sentence)
            and "?" not in paragraph
            and _CLOCK_TIME.search(paragraph.replace(sentence, " "))
        ):
            return True
    return False


def _without_cost_notes(text: str) -> str:
    if not any(hint in text for hint in _COST_HINTS):
        return text
    return _COST_SENTENCE.sub(" ", text)


# A job platform's notice of one person's message (LinkedIn InMail, Indeed employer messages,
# XING, Welcome to the Jungle, Naukri recruiter messages) carries the platform's unsubscribe
# footer and List-Unsubscribe header under a message a person wrote to the reader: "X sent
# you a new message", "New message from ...", "Sie haben eine neue Nachricht von ...", "Vous
# avez reçu un nouveau message de ...", "Recruiter message". Said in the subject or the
# opening, the footer words are the relay's, not a newsletter's; the message is read as it
# reads alone (job alerts and event mail say no such thing and stay bulk).
_RELAYED_MESSAGE_WORDS = re.compile(
    r"\bsent you an? (?:new )?(?:in)?(?:mail|message)\b|\bnew message from\b"
    r"|\brecruiter message\b|\b(?:eine )?neue nachricht von\b|\bhat (?:ihnen|dir) eine"
    r" (?:neue )?nachricht\b|\bnouveau message de\b|\bvous a envoyé un (?:nouveau )?message\b",
    re.IGNORECASE,
)
_RELAY_OPENING = 400


def is_relayed_message(subject: str, text: str) -> bool:
    """Tell whether a platform notice relays one person's message (said in its subject or
    its opening lines)."""
    return bool(_RELAYED_MESSAGE_WORDS.search(f"{subject}\n{text.lstrip()[:_RELAY_OPENING]}"))


def categorise(subject: str, text: str) -> Category:
    """Return which kind of non-invitation mail this is."""
    sample = lower_as_regex(f"{subject}\n{without_list_footer(text[:20_000])}")
    relayed = is_relayed_message(subject, text)
    # "Joost kan helaas niet op dinsdag. Je gesprek is daarom verplaatst naar…": regret
    # that explains a move is no refusal; nor is a regret about travel costs
    if _refuses(_without_cost_notes(sample)) and not RESCHEDULED_CUES.search(sample):
        return "rejection"
    if not relayed and _NEWSLETTER.search_lowered(sample):
        return "job_alert" if _JOB_ALERT.search_lowered(sample) else "newsletter"
    if _THANK_YOU.search_lowered(sample) or _THANK_YOU_MORE_LANGS.search_lowered(sample):
        return "thank_you_note"
    if _EMPLOYER_REPLY.search_lowered(sample):
        return "employer_reply"
    return "other"


def is_rejection_or_bulk(category: Category) -> bool:
    """Tell whether a category rules out an invitation however many dates it mentions."""
    return category in {"rejection", "job_alert", "newsletter"}
