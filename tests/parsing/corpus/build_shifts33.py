# ruff: noqa: E501, N806
"""Write the "shifts33" batch: interview moves that state the old dated slot, then only
what changes.

Run: .venv/bin/python tests/parsing/corpus/build_shifts33.py

Notices without a calendar part that name the old slot with a full date and then move it by
a span ('lùi lại 30 phút', '推迟一个小时', 'एक घंटे की देरी से', 'ஒரு மணி நேரம்
தள்ளிவைக்கப்பட்டுள்ளது', 'puoli tuntia myöhemmäksi', 'en halv time senere', 'نדחה ב-30
דקות'), to a relative day ('the next day', 'le lendemain', 'পরের দিন', 'மறுநாள்', 'a doua
zi', 'samma dag veckan efter', 'deux jours plus tard'), to a weekday at the same time
('flyttes til torsdag, samme tid', 'अब शुक्रवार को उसी समय') or both; plus moves only asked
for ('could we push it back an hour?') and look-alikes (a dental visit, a webinar, a team
outing moved the same way). Writers: recruiters in Asia (recasia33, held out), in South
Asia (recsouth33), in Eastern and Central Europe (receu33, held out), in the Nordics and
Iberia (recnord33), applicant-tracking reschedule notices (atsmove33) and the controls
(askmove33).

Labels: a move the employer made is a `reschedule` with the NEW slot, computed here from the
old slot's datetime and the stated change; a move only asked for, or a move of something
that is no interview, is `not_invitation`. Labels were written before the parser was run on
the batch; the held-out families were drawn by `random.Random("shifts33 coin").sample(...,
2)` over the six families before then. Helpers come from build_parse-pos.py and
build_moves30.py (loaded, not copied). Deterministic; touches only its own families' files.
"""

from __future__ import annotations

import importlib.util
import sys
from datetime import datetime
from pathlib import Path
from types import ModuleType

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
m30 = _load("build_moves30", "build_moves30.py")
at, mail, Case, OWN = pp.at, pp.mail, pp.Case, pp.OWN
lab = m30.lab
ME = ("Alex Morgan", "alex.morgan@mailbox.example")
HAND = (
    "hand-written; notices moving a dated interview by a span, to a relative day or to a "
    "weekday at the same time, moves only asked for and look-alikes (wording ours, shapes as "
    "recruiters, coordinators and applicant-tracking notices write them); " + OWN
)
NEG: dict[str, object] = {"kind": "not_invitation"}

SPLITS = {
    "recasia33": "heldout",
    "recsouth33": "dev",
    "receu33": "heldout",
    "recnord33": "dev",
    "atsmove33": "dev",
    "askmove33": "dev",
}

SOURCES = {
    "recasia33": "Recruiters in South-East and East Asia moving a dated interview by a span, "
    "to the next day or to another weekday at the same time (held out).",
    "recsouth33": "Recruiters in India, Bangladesh and Pakistan: 'एक घंटे की देरी से', 'अब "
    "शुक्रवार को उसी समय', 'আধা ঘণ্টা পিছিয়ে', 'পরের দিন একই সময়ে' (Bengali digits), 'ஒரு "
    "மணி நேரம் தள்ளிவைக்கப்பட்டுள்ளது', 'மறுநாள் அதே நேரத்தில்', 'మరుసటి రోజు అదే "
    "సమయానికి', 'अर्धा तास उशिरा', 'آدھا گھنٹہ تاخیر سے' (hi, bn, ta, te, mr, ur).",
    "receu33": "Recruiters in Eastern and Central Europe and Turkey moving a dated interview "
    "by a span, to the next day or to a weekday at the same time (held out).",
    "recnord33": "Recruiters in the Nordics, the Baltics and Iberia: 'puoli tuntia "
    "myöhemmäksi', 'järgmisele päevale, samale kellaajale', 'flyttes til torsdag, samme "
    "tid', 'en halv time senere', 'passa para o dia seguinte, à mesma hora', "
    "'s'endarrereix mitja hora', 'samma dag veckan efter, samma tid' (fi, et, nb, da, pt-PT, "
    "ca, sv).",
    "atsmove33": "Applicant-tracking reschedule notices (wording ours): 'has been moved to the "
    "same time on Thursday', 'will now start one hour earlier', 'um eine halbe Stunde nach "
    "hinten', 'reporté au lendemain, à la même heure', 'reporté deux jours plus tard', 'se "
    "adelanta una hora', 'נדחה ב-30 דקות', 'تم تأجيلها 30 دقيقة', 'یک روز عقب افتاد ... همان "
    "ساعت', 'posticipato di due giorni, alla stessa ora' (en-CA, de-CH, fr-BE, es-MX, he, "
    "ar, fa, it).",
    "askmove33": "Controls: moves only asked for ('could we push it back an hour?', 'wäre es "
    "möglich ...?', 'có thể lùi ... được không?', '繰り下げていただくことは可能でしょうか', "
    "'ertelemek mümkün mü?', 'czy moglibyśmy ...?', 'क्या हम ... कर सकते हैं?') and moves of "
    "things that are no interview (a dental cleaning, a webinar, a team outing) (en-CA, de, "
    "vi, ja, tr, pl, hi, en-US, fr, zh).",
}

SENT = (2027, 1, 28)  # a Thursday; every old slot lies in the following three weeks


def sent_at(hour: int, zone: str) -> datetime:
    return at(*SENT, hour, 5, zone, "Thu")


def chk(y: int, mo: int, d: int, weekday: str) -> None:
    """Guard a weekday typed in the text for a day no label uses (an old slot)."""
    at(y, mo, d, 12, 0, "UTC", weekday)


# (family, name, lang, sender, subject, zone, note, new slot or None, text)
Row = tuple[str, str, str, tuple[str, str], str, str, str, datetime | None, str]


def rows() -> list[Row]:
    feb = (2027, 2)
    for day, weekday in (
        (4, "Thu"), (9, "Tue"), (3, "Wed"), (11, "Thu"), (10, "Wed"), (8, "Mon"), (5, "Fri"),
        (2, "Tue"), (1, "Mon"),
    ):  # fmt: skip
        chk(*feb, day, weekday)
    hcm, bkk, jkt, kul, mnl = (
        "Asia/Ho_Chi_Minh", "Asia/Bangkok", "Asia/Jakarta", "Asia/Kuala_Lumpur", "Asia/Manila"
    )  # fmt: skip
    tyo, sel, sha, kol, dac, khi = (
        "Asia/Tokyo", "Asia/Seoul", "Asia/Shanghai", "Asia/Kolkata", "Asia/Dhaka", "Asia/Karachi"
    )  # fmt: skip
    ist, ath, buh, bud, prg, bts, waw, kyv = (
        "Europe/Istanbul", "Europe/Athens", "Europe/Bucharest", "Europe/Budapest",
        "Europe/Prague", "Europe/Bratislava", "Europe/Warsaw", "Europe/Kyiv",
    )  # fmt: skip
    hel, tll, osl, cph, lis, mad, sto = (
        "Europe/Helsinki", "Europe/Tallinn", "Europe/Oslo", "Europe/Copenhagen",
        "Europe/Lisbon", "Europe/Madrid", "Europe/Stockholm",
    )  # fmt: skip
    tor, zrh, bru, mex, jer, ryd, thr, rom, ber, par, nyc = (
        "America/Toronto", "Europe/Zurich", "Europe/Brussels", "America/Mexico_City",
        "Asia/Jerusalem", "Asia/Riyadh", "Asia/Tehran", "Europe/Rome", "Europe/Berlin",
        "Europe/Paris", "America/New_York",
    )  # fmt: skip
    A, S, E, N, T, Q = (
        "recasia33", "recsouth33", "receu33", "recnord33", "atsmove33", "askmove33"
    )  # fmt: skip
    return [
        # ---- recasia33 (held out) ---------------------------------------------------
        (A, "lui_lai_30_phut", "vi", ("Nguyễn Thị Mai", "mai.nguyen@songhong-logistics.example.vn"),
         "Thay đổi giờ phỏng vấn", hcm,
         "'vào thứ Năm, ngày 4 tháng 2 năm 2027 lúc 14:00 sẽ được lùi lại 30 phút': 14:30.",
         at(*feb, 4, 14, 30, hcm, "Thu"),
         "Chào bạn Alex,\n\nBuổi phỏng vấn của bạn vào thứ Năm, ngày 4 tháng 2 năm 2027 lúc "
         "14:00 sẽ được lùi lại 30 phút do quản lý tuyển dụng có cuộc họp đột xuất. Địa điểm "
         "không thay đổi.\n\nTrân trọng,\nNguyễn Thị Mai\nPhòng Nhân sự, Sông Hồng Logistics"),
        (A, "ngay_hom_sau_giu_nguyen_gio", "vi", ("Trần Quốc Bảo", "bao.tran@lamvien-tech.example.vn"),
         "Dời lịch phỏng vấn", hcm,
         "'lúc 9:00 sáng thứ Ba, ngày 9 tháng 2 năm 2027 được dời sang ngày hôm sau, vẫn giữ "
         "nguyên giờ': Wednesday 10 February 9:00.",
         at(*feb, 10, 9, 0, hcm, "Wed"),
         "Chào Alex,\n\nBuổi phỏng vấn lúc 9:00 sáng thứ Ba, ngày 9 tháng 2 năm 2027 được dời "
         "sang ngày hôm sau, vẫn giữ nguyên giờ. Mong bạn thông cảm.\n\nTrần Quốc Bảo\nLâm "
         "Viên Tech"),
        (A, "luean_ok_pai_1_chualmong", "th", ("สุภาพร วงศ์ใหญ่", "supaporn.w@chaophraya-foods.example.co.th"),
         "เปลี่ยนเวลาสัมภาษณ์", bkk,
         "'ในวันพุธที่ 3 กุมภาพันธ์ 2027 เวลา 10:00 น. จะเลื่อนออกไปอีก 1 ชั่วโมง': 11:00.",
         at(*feb, 3, 11, 0, bkk, "Wed"),
         "เรียน คุณอเล็กซ์\n\nการสัมภาษณ์ของคุณในวันพุธที่ 3 กุมภาพันธ์ 2027 เวลา 10:00 น. "
         "จะเลื่อนออกไปอีก 1 ชั่วโมง เนื่องจากผู้จัดการติดประชุม สถานที่เหมือนเดิม\n\n"
         "ขอแสดงความนับถือ\nสุภาพร วงศ์ใหญ่\nฝ่ายบุคคล เจ้าพระยาฟู้ดส์"),
        (A, "dimundurkan_satu_jam", "id", ("Rina Kusuma", "rina.kusuma@nusantara-digital.example.co.id"),
         "Perubahan jam wawancara", jkt,
         "'pada hari Selasa, 9 Februari 2027 pukul 13.00 dimundurkan satu jam': 14.00.",
         at(*feb, 9, 14, 0, jkt, "Tue"),
         "Halo Alex,\n\nWawancara Anda pada hari Selasa, 9 Februari 2027 pukul 13.00 "
         "dimundurkan satu jam karena manajer kami ada rapat mendadak. Tempat tetap "
         "sama.\n\nSalam,\nRina Kusuma\nHR Nusantara Digital"),
        (A, "keesokan_harinya_jam_sama", "id", ("Dimas Pratama", "dimas.pratama@karyamulia.example.co.id"),
         "Jadwal wawancara diundur", jkt,
         "'Kamis, 11 Februari 2027 pukul 10.00 diundur ke keesokan harinya pada jam yang "
         "sama': Friday 12 February 10.00.",
         at(*feb, 12, 10, 0, jkt, "Fri"),
         "Selamat pagi Alex,\n\nJadwal wawancara Anda hari Kamis, 11 Februari 2027 pukul "
         "10.00 diundur ke keesokan harinya pada jam yang sama. Mohon maaf atas "
         "perubahannya.\n\nDimas Pratama\nKarya Mulia"),
        (A, "anjak_ke_jumaat_masa_sama", "ms", ("Nurul Aisyah", "nurul.aisyah@serimaju.example.com.my"),
         "Perubahan tarikh temu duga", kul,
         "'pada hari Rabu, 10 Februari 2027 jam 3.00 petang telah dianjakkan ke hari Jumaat, "
         "pada masa yang sama': Friday 12 February 15:00.",
         at(*feb, 12, 15, 0, kul, "Fri"),
         "Salam Alex,\n\nTemu duga anda pada hari Rabu, 10 Februari 2027 jam 3.00 petang telah "
         "dianjakkan ke hari Jumaat, pada masa yang sama. Lokasi tidak berubah.\n\nTerima "
         "kasih,\nNurul Aisyah\nSumber Manusia, Seri Maju"),
        (A, "susunod_na_araw_parehong_oras", "tl", ("Maricel Santos", "maricel.santos@bayanihan-bpo.example.ph"),
         "Bagong schedule ng interview", mnl,
         "'sa Miyerkules, Pebrero 3, 2027, alas-9:00 ng umaga ay inilipat sa susunod na araw, "
         "parehong oras': Thursday 4 February 9:00.",
         at(*feb, 4, 9, 0, mnl, "Thu"),
         "Hi Alex,\n\nAng iyong interview sa Miyerkules, Pebrero 3, 2027, alas-9:00 ng umaga "
         "ay inilipat sa susunod na araw, parehong oras. Pasensya na sa abala.\n\nSalamat,\n"
         "Maricel Santos\nHR, Bayanihan BPO"),
        (A, "ichijikan_kuriage", "ja", ("佐藤 由美", "yumi.sato@hikari-shoji.example.co.jp"),
         "面接時間変更のお知らせ", tyo,
         "'2027年2月8日（月）14:00からの面接 … 一時間繰り上げ': 13:00.",
         at(*feb, 8, 13, 0, tyo, "Mon"),
         "アレックス様\n\n2027年2月8日（月）14:00からの面接につきまして、面接官の都合により"
         "一時間繰り上げさせていただきます。場所に変更はございません。\n\nひかり商事 人事部\n"
         "佐藤 由美"),
        (A, "daeum_nal_gateun_sigan", "ko", ("김지은", "jieun.kim@hanbit-soft.example.co.kr"),
         "면접 일정 변경 안내", sel,
         "'2027년 2월 9일(화) 오후 3시 면접이 … 다음 날 같은 시간으로 변경': Wednesday 10 "
         "February 15:00.",
         at(*feb, 10, 15, 0, sel, "Wed"),
         "Alex님 안녕하세요.\n\n2027년 2월 9일(화) 오후 3시 면접이 면접관 일정으로 인해 다음 날 "
         "같은 시간으로 변경되었습니다. 장소는 동일합니다.\n\n한빛소프트 인사팀\n김지은"),
        (A, "tuichi_yige_xiaoshi", "zh", ("王丽", "li.wang@jinqiao-tech.example.cn"),
         "面试时间调整", sha,
         "'原定于2027年2月5日（周五）上午10:00的面试 … 推迟一个小时进行': 11:00.",
         at(*feb, 5, 11, 0, sha, "Fri"),
         "Alex您好，\n\n原定于2027年2月5日（周五）上午10:00的面试，因面试官临时有会议，推迟一个"
         "小时进行，地点不变。\n\n金桥科技 人力资源部\n王丽"),
        # ---- recsouth33 ---------------------------------------------------------------
        (S, "ek_ghante_ki_deri", "hi", ("प्रिया शर्मा", "priya.sharma@gangatech.example.in"),
         "इंटरव्यू के समय में बदलाव", kol,
         "'सोमवार, 8 फ़रवरी 2027 को सुबह 11:00 बजे तय था, अब एक घंटे की देरी से शुरू होगा': 12:00.",
         at(*feb, 8, 12, 0, kol, "Mon"),
         "नमस्ते एलेक्स,\n\nआपका इंटरव्यू, जो सोमवार, 8 फ़रवरी 2027 को सुबह 11:00 बजे तय था, अब "
         "एक घंटे की देरी से शुरू होगा। जगह वही रहेगी।\n\nधन्यवाद,\nप्रिया शर्मा\nएचआर, गंगा टेक"),
        (S, "shukravar_usi_samay", "hi", ("राहुल वर्मा", "rahul.verma@sahyog-fin.example.in"),
         "इंटरव्यू की नई तारीख", kol,
         "'गुरुवार, 4 फ़रवरी 2027 को दोपहर 3:00 बजे की जगह अब शुक्रवार को उसी समय होगा': Friday "
         "5 February 15:00.",
         at(*feb, 5, 15, 0, kol, "Fri"),
         "नमस्ते एलेक्स,\n\nआपका इंटरव्यू गुरुवार, 4 फ़रवरी 2027 को दोपहर 3:00 बजे की जगह अब "
         "शुक्रवार को उसी समय होगा। असुविधा के लिए खेद है।\n\nराहुल वर्मा\nसहयोग फ़िनसर्व"),
        (S, "adha_ghonta_pichhiye", "bn", ("সুমাইয়া রহমান", "sumaiya.rahman@padma-textiles.example.com.bd"),
         "ইন্টারভিউয়ের সময় পরিবর্তন", dac,
         "'বুধবার, 10 ফেব্রুয়ারি 2027 তারিখে সকাল 11:00টায় নির্ধারিত … আধা ঘণ্টা পিছিয়ে দেওয়া "
         "হয়েছে': 11:30.",
         at(*feb, 10, 11, 30, dac, "Wed"),
         "প্রিয় অ্যালেক্স,\n\nবুধবার, 10 ফেব্রুয়ারি 2027 তারিখে সকাল 11:00টায় নির্ধারিত আপনার "
         "ইন্টারভিউটি আধা ঘণ্টা পিছিয়ে দেওয়া হয়েছে। স্থান একই থাকবে।\n\nধন্যবাদ,\nসুমাইয়া রহমান\n"
         "এইচআর, পদ্মা টেক্সটাইলস"),
        (S, "porer_din_ekoi_somoy", "bn", ("তানভীর হাসান", "tanvir.hasan@meghna-soft.example.com.bd"),
         "ইন্টারভিউ এক দিন পিছিয়েছে", dac,
         "'মঙ্গলবার, ৯ ফেব্রুয়ারি ২০২৭ বিকেল ৪টার ইন্টারভিউটি পরের দিন একই সময়ে হবে' (Bengali "
         "digits): Wednesday 10 February 16:00.",
         at(*feb, 10, 16, 0, dac, "Wed"),
         "প্রিয় অ্যালেক্স,\n\nআপনার মঙ্গলবার, ৯ ফেব্রুয়ারি ২০২৭ বিকেল ৪টার ইন্টারভিউটি পরের দিন "
         "একই সময়ে হবে। অসুবিধার জন্য দুঃখিত।\n\nতানভীর হাসান\nমেঘনা সফট"),
        (S, "oru_mani_neram_thalli", "ta", ("கவிதா ராஜன்", "kavitha.rajan@kaveri-systems.example.in"),
         "நேர்காணல் நேர மாற்றம்", kol,
         "'வியாழன், 11 பிப்ரவரி 2027 அன்று காலை 10:00 மணிக்கு … ஒரு மணி நேரம் "
         "தள்ளிவைக்கப்பட்டுள்ளது': 11:00.",
         at(*feb, 11, 11, 0, kol, "Thu"),
         "வணக்கம் அலெக்ஸ்,\n\nவியாழன், 11 பிப்ரவரி 2027 அன்று காலை 10:00 மணிக்கு "
         "நடைபெறவிருந்த உங்கள் நேர்காணல் ஒரு மணி நேரம் தள்ளிவைக்கப்பட்டுள்ளது. இடம் "
         "மாற்றமில்லை.\n\nநன்றி,\nகவிதா ராஜன்\nமனிதவளத் துறை, காவேரி சிஸ்டம்ஸ்"),
        (S, "marunaal_athe_nerathil", "ta", ("செந்தில் குமார்", "senthil.kumar@vaigai-infra.example.in"),
         "நேர்காணல் மறுநாளுக்கு மாற்றம்", kol,
         "'செவ்வாய், 2 பிப்ரவரி 2027 மாலை 4:00 மணிக்கு இருந்த நேர்காணல் மறுநாள் அதே "
         "நேரத்தில் நடைபெறும்': Wednesday 3 February 16:00.",
         at(*feb, 3, 16, 0, kol, "Wed"),
         "அன்புள்ள அலெக்ஸ்,\n\nசெவ்வாய், 2 பிப்ரவரி 2027 மாலை 4:00 மணிக்கு இருந்த உங்கள் "
         "நேர்காணல் மறுநாள் அதே நேரத்தில் நடைபெறும். சிரமத்திற்கு வருந்துகிறோம்.\n\n"
         "செந்தில் குமார்\nவைகை இன்ஃப்ரா"),
        (S, "marusati_roju_ade_samayaniki", "te", ("లక్ష్మి రెడ్డి", "lakshmi.reddy@godavari-labs.example.in"),
         "ఇంటర్వ్యూ తేదీ మార్పు", kol,
         "'బుధవారం, 3 ఫిబ్రవరి 2027 ఉదయం 10:30 కి జరగాల్సిన మీ ఇంటర్వ్యూ మరుసటి రోజు అదే "
         "సమయానికి మార్చబడింది': Thursday 4 February 10:30.",
         at(*feb, 4, 10, 30, kol, "Thu"),
         "నమస్తే అలెక్స్,\n\nబుధవారం, 3 ఫిబ్రవరి 2027 ఉదయం 10:30 కి జరగాల్సిన మీ ఇంటర్వ్యూ "
         "మరుసటి రోజు అదే సమయానికి మార్చబడింది. స్థలం మారలేదు.\n\nలక్ష్మి రెడ్డి\nగోదావరి ల్యాబ్స్"),
        (S, "ardha_tas_ushira", "mr", ("स्नेहा पाटील", "sneha.patil@sahyadri-auto.example.in"),
         "मुलाखतीच्या वेळेत बदल", kol,
         "'मंगळवार, 9 फेब्रुवारी 2027 रोजी दुपारी 3:00 वाजता होणारी तुमची मुलाखत अर्धा तास "
         "उशिरा होईल': 15:30.",
         at(*feb, 9, 15, 30, kol, "Tue"),
         "नमस्कार अ‍ॅलेक्स,\n\nमंगळवार, 9 फेब्रुवारी 2027 रोजी दुपारी 3:00 वाजता होणारी तुमची "
         "मुलाखत अर्धा तास उशिरा होईल. ठिकाण तेच आहे.\n\nस्नेहा पाटील\nसह्याद्री ऑटो"),
        (S, "adha_ghanta_takhir", "ur", ("عائشہ خان", "ayesha.khan@indus-pharma.example.pk"),
         "انٹرویو کے وقت میں تبدیلی", khi,
         "'جمعرات، 4 فروری 2027 کو دوپہر 2 بجے طے تھا، اب آدھا گھنٹہ تاخیر سے ہوگا': 14:30.",
         at(*feb, 4, 14, 30, khi, "Thu"),
         "محترم ایلکس،\n\nآپ کا انٹرویو جو جمعرات، 4 فروری 2027 کو دوپہر 2 بجے طے تھا، اب آدھا "
         "گھنٹہ تاخیر سے ہوگا۔ جگہ وہی رہے گی۔\n\nشکریہ،\nعائشہ خان\nانڈس فارما"),
        # ---- receu33 (held out) ---------------------------------------------------------
        (E, "yarim_saat_one_alindi", "tr", ("Elif Yıldız", "elif.yildiz@bogazici-yazilim.example.com.tr"),
         "Mülakat saatiniz değişti", ist,
         "'4 Şubat 2027 Perşembe saat 14:00'teki mülakatınız yarım saat öne alındı': 13:30.",
         at(*feb, 4, 13, 30, ist, "Thu"),
         "Merhaba Alex,\n\n4 Şubat 2027 Perşembe saat 14:00'teki mülakatınız yarım saat öne "
         "alındı. Diğer bilgiler aynı.\n\nİyi çalışmalar,\nElif Yıldız\nBoğaziçi Yazılım"),
        (E, "mia_ora_argotera", "el", ("Μαρία Παπαδοπούλου", "maria.papadopoulou@aigaio-shipping.example.gr"),
         "Αλλαγή ώρας συνέντευξης", ath,
         "'την Τρίτη 9 Φεβρουαρίου 2027 στις 11:00 μετατίθεται μία ώρα αργότερα': 12:00.",
         at(*feb, 9, 12, 0, ath, "Tue"),
         "Αγαπητέ Alex,\n\nΗ συνέντευξή σας την Τρίτη 9 Φεβρουαρίου 2027 στις 11:00 "
         "μετατίθεται μία ώρα αργότερα, λόγω υποχρέωσης της διευθύντριας. Ο χώρος παραμένει "
         "ίδιος.\n\nΜε εκτίμηση,\nΜαρία Παπαδοπούλου\nAigaio Shipping"),
        (E, "a_doua_zi_aceeasi_ora", "ro", ("Ioana Popescu", "ioana.popescu@carpati-energy.example.ro"),
         "Reprogramare interviu", buh,
         "'de joi, 11 februarie 2027, ora 10:00, se mută a doua zi, la aceeași oră': Friday 12 "
         "February 10:00.",
         at(*feb, 12, 10, 0, buh, "Fri"),
         "Bună ziua, Alex,\n\nInterviul dumneavoastră de joi, 11 februarie 2027, ora 10:00, se "
         "mută a doua zi, la aceeași oră. Ne cerem scuze pentru schimbare.\n\nIoana Popescu\n"
         "Carpați Energy"),
        (E, "egy_oraval_kesobb", "hu", ("Kovács Anna", "anna.kovacs@duna-logisztika.example.hu"),
         "Interjú időpontjának módosítása", bud,
         "'A 2027. február 3-án (szerdán) 13:00-kor kezdődő interjúja egy órával később "
         "kezdődik': 14:00.",
         at(*feb, 3, 14, 0, bud, "Wed"),
         "Kedves Alex!\n\nA 2027. február 3-án (szerdán) 13:00-kor kezdődő interjúja egy órával "
         "később kezdődik, mert a vezetőnk értekezleten lesz. A helyszín nem változik.\n\n"
         "Üdvözlettel:\nKovács Anna\nDuna Logisztika"),
        (E, "o_pul_hodiny_pozdeji", "cs", ("Tereza Dvořáková", "tereza.dvorakova@vltava-soft.example.cz"),
         "Posun pohovoru", prg,
         "'v pondělí 8. února 2027 v 9:00 se posouvá o půl hodiny později': 9:30.",
         at(*feb, 8, 9, 30, prg, "Mon"),
         "Dobrý den, Alexi,\n\nVáš pohovor v pondělí 8. února 2027 v 9:00 se posouvá o půl "
         "hodiny později. Místo zůstává stejné.\n\nS pozdravem\nTereza Dvořáková\nVltava Soft"),
        (E, "nasledujuci_den_rovnaky_cas", "sk", ("Martin Horváth", "martin.horvath@tatry-data.example.sk"),
         "Zmena termínu pohovoru", bts,
         "'v utorok 2. februára 2027 o 14:00 sa presúva na nasledujúci deň v rovnakom čase': "
         "Wednesday 3 February 14:00.",
         at(*feb, 3, 14, 0, bts, "Wed"),
         "Dobrý deň, Alex,\n\nváš pohovor v utorok 2. februára 2027 o 14:00 sa presúva na "
         "nasledujúci deň v rovnakom čase. Ospravedlňujeme sa.\n\nMartin Horváth\nTatry Data"),
        (E, "na_piatek_tej_samej_godzinie", "pl", ("Katarzyna Nowak", "katarzyna.nowak@wisla-retail.example.pl"),
         "Zmiana terminu rozmowy", waw,
         "'zaplanowana na czwartek, 4 lutego 2027, godz. 12:00, zostaje przesunięta na piątek, "
         "o tej samej godzinie': Friday 5 February 12:00.",
         at(*feb, 5, 12, 0, waw, "Fri"),
         "Dzień dobry,\n\nrozmowa zaplanowana na czwartek, 4 lutego 2027, godz. 12:00, zostaje "
         "przesunięta na piątek, o tej samej godzinie. Miejsce bez zmian.\n\nPozdrawiam,\n"
         "Katarzyna Nowak\nWisła Retail"),
        (E, "na_piv_hodyny_ranishe", "uk", ("Олена Коваленко", "olena.kovalenko@dnipro-it.example.ua"),
         "Зміна часу співбесіди", kyv,
         "'в середу, 10 лютого 2027 року о 15:00 переноситься на пів години раніше': 14:30.",
         at(*feb, 10, 14, 30, kyv, "Wed"),
         "Добрий день, Алексе!\n\nВаша співбесіда в середу, 10 лютого 2027 року о 15:00 "
         "переноситься на пів години раніше. Місце не змінюється.\n\nЗ повагою,\nОлена "
         "Коваленко\nDnipro IT"),
        # ---- recnord33 ------------------------------------------------------------------
        (N, "puoli_tuntia_myohemmaksi", "fi", ("Laura Virtanen", "laura.virtanen@saimaa-tech.example.fi"),
         "Haastattelun aika muuttuu", hel,
         "'Haastattelusi torstaina 4.2.2027 klo 13.00 siirtyy puoli tuntia myöhemmäksi': 13.30.",
         at(*feb, 4, 13, 30, hel, "Thu"),
         "Hei Alex,\n\nHaastattelusi torstaina 4.2.2027 klo 13.00 siirtyy puoli tuntia "
         "myöhemmäksi, koska esihenkilömme palaveri venyy. Paikka pysyy samana.\n\nTerveisin\n"
         "Laura Virtanen\nSaimaa Tech"),
        (N, "jargmisele_paevale_samale_kellaajale", "et", ("Kadri Tamm", "kadri.tamm@peipsi-soft.example.ee"),
         "Intervjuu aja muudatus", tll,
         "'kolmapäeval, 3. veebruaril 2027 kell 10.00 lükkub järgmisele päevale, samale "
         "kellaajale': Thursday 4 February 10:00.",
         at(*feb, 4, 10, 0, tll, "Thu"),
         "Tere, Alex!\n\nTeie intervjuu kolmapäeval, 3. veebruaril 2027 kell 10.00 lükkub "
         "järgmisele päevale, samale kellaajale. Vabandame muudatuse pärast.\n\nLugupidamisega\n"
         "Kadri Tamm\nPeipsi Soft"),
        (N, "flyttes_til_torsdag_samme_tid", "nb", ("Ingrid Hansen", "ingrid.hansen@fjordkraft-it.example.no"),
         "Nytt tidspunkt for intervju", osl,
         "'Intervjuet tirsdag 9. februar 2027 kl. 10:00 flyttes til torsdag, samme tid': "
         "Thursday 11 February 10:00.",
         at(*feb, 11, 10, 0, osl, "Thu"),
         "Hei Alex,\n\nIntervjuet tirsdag 9. februar 2027 kl. 10:00 flyttes til torsdag, samme "
         "tid. Vi sees i resepsjonen.\n\nHilsen\nIngrid Hansen\nFjordkraft IT"),
        (N, "en_halv_time_senere", "da", ("Mette Jensen", "mette.jensen@oeresund-data.example.dk"),
         "Samtalen rykkes", cph,
         "'Samtalen mandag den 8. februar 2027 kl. 14.00 rykkes en halv time senere': 14.30.",
         at(*feb, 8, 14, 30, cph, "Mon"),
         "Hej Alex\n\nSamtalen mandag den 8. februar 2027 kl. 14.00 rykkes en halv time "
         "senere, da vores leder sidder i et møde. Alt andet er uændret.\n\nVenlig hilsen\n"
         "Mette Jensen\nØresund Data"),
        (N, "dia_seguinte_mesma_hora", "pt-PT", ("Inês Carvalho", "ines.carvalho@tejo-consultores.example.pt"),
         "Reagendamento da entrevista", lis,
         "'de quinta-feira, 11 de fevereiro de 2027, às 15h00, passa para o dia seguinte, à "
         "mesma hora': Friday 12 February 15:00.",
         at(*feb, 12, 15, 0, lis, "Fri"),
         "Olá Alex,\n\nA sua entrevista de quinta-feira, 11 de fevereiro de 2027, às 15h00, "
         "passa para o dia seguinte, à mesma hora. O local mantém-se.\n\nCumprimentos,\nInês "
         "Carvalho\nTejo Consultores"),
        (N, "sendarrereix_mitja_hora", "ca", ("Marta Puig", "marta.puig@montseny-digital.example.cat"),
         "Canvi d'hora de l'entrevista", mad,
         "'L'entrevista de dimarts, 2 de febrer de 2027, a les 11:00, s'endarrereix mitja "
         "hora': 11:30.",
         at(*feb, 2, 11, 30, mad, "Tue"),
         "Hola Alex,\n\nL'entrevista de dimarts, 2 de febrer de 2027, a les 11:00, "
         "s'endarrereix mitja hora per un canvi d'agenda de la directora. La resta no "
         "canvia.\n\nSalutacions,\nMarta Puig\nMontseny Digital"),
        (N, "samma_dag_veckan_efter", "sv", ("Johanna Lind", "johanna.lind@malaren-bygg.example.se"),
         "Intervjun flyttas en vecka", sto,
         "'Intervjun onsdag 10 februari 2027 kl. 09:00 flyttas till samma dag veckan efter, "
         "samma tid': Wednesday 17 February 09:00.",
         at(*feb, 17, 9, 0, sto, "Wed"),
         "Hej Alex,\n\nIntervjun onsdag 10 februari 2027 kl. 09:00 flyttas till samma dag "
         "veckan efter, samma tid. Lokalen är densamma.\n\nVänliga hälsningar\nJohanna Lind\n"
         "Mälaren Bygg"),
        # ---- atsmove33 ------------------------------------------------------------------
        (T, "same_time_on_thursday", "en-CA", ("Northwind Careers", "no-reply@careers.northwind-foods.example.ca"),
         "Interview rescheduled: Data Analyst", tor,
         "'originally scheduled for Tuesday, February 9, 2027 at 1:00 PM, has been moved to the "
         "same time on Thursday': Thursday 11 February 13:00.",
         at(*feb, 11, 13, 0, tor, "Thu"),
         "Hello Alex,\n\nYour interview for the Data Analyst position, originally scheduled for "
         "Tuesday, February 9, 2027 at 1:00 PM, has been moved to the same time on "
         "Thursday.\n\nNo action is needed on your part. Reply to this message if the new "
         "time does not work.\n\nNorthwind Foods Talent Team"),
        (T, "one_hour_earlier", "en-CA", ("Maple Ridge Health Careers", "careers@mapleridge-health.example.ca"),
         "Updated interview time", tor,
         "'Your interview on Wednesday, February 3, 2027 at 3:30 PM will now start one hour "
         "earlier': 14:30.",
         at(*feb, 3, 14, 30, tor, "Wed"),
         "Hi Alex,\n\nYour interview on Wednesday, February 3, 2027 at 3:30 PM will now start "
         "one hour earlier. The video link stays the same.\n\nMaple Ridge Health - Talent "
         "Acquisition\nThis is an automated message."),
        (T, "halbe_stunde_nach_hinten", "de-CH", ("Alpenblick Karriere", "karriere@alpenblick-versicherung.example.ch"),
         "Ihr Interview wurde verschoben", zrh,
         "'Ihr Interview vom Montag, 8. Februar 2027, 14:00 Uhr, wird um eine halbe Stunde nach "
         "hinten verschoben': 14:30.",
         at(*feb, 8, 14, 30, zrh, "Mon"),
         "Grüezi Alex Morgan\n\nIhr Interview vom Montag, 8. Februar 2027, 14:00 Uhr, wird um "
         "eine halbe Stunde nach hinten verschoben. Alle übrigen Angaben bleiben gleich.\n\n"
         "Freundliche Grüsse\nAlpenblick Versicherung, Recruiting\n(automatisch versendet)"),
        (T, "reporte_au_lendemain_meme_heure", "fr-BE", ("Recrutement Meuse Énergie", "recrutement@meuse-energie.example.be"),
         "Votre entretien a été déplacé", bru,
         "'Votre entretien du mercredi 3 février 2027 à 10 h 00 est reporté au lendemain, à la "
         "même heure': Thursday 4 February 10:00.",
         at(*feb, 4, 10, 0, bru, "Thu"),
         "Bonjour Alex,\n\nVotre entretien du mercredi 3 février 2027 à 10 h 00 est reporté au "
         "lendemain, à la même heure. Le lieu reste inchangé.\n\nL'équipe Recrutement\nMeuse "
         "Énergie"),
        (T, "deux_jours_plus_tard", "fr-BE", ("Recrutement Sambre Logistique", "jobs@sambre-logistique.example.be"),
         "Nouvelle date pour votre entretien", bru,
         "'Votre entretien du lundi 1er février 2027 à 14 h est reporté deux jours plus tard, à "
         "la même heure': Wednesday 3 February 14:00.",
         at(*feb, 3, 14, 0, bru, "Wed"),
         "Bonjour Alex,\n\nVotre entretien du lundi 1er février 2027 à 14 h est reporté deux "
         "jours plus tard, à la même heure. Merci de votre compréhension.\n\nSambre "
         "Logistique - Recrutement"),
        (T, "se_adelanta_una_hora", "es-MX", ("Talento Sierra Madre", "talento@sierramadre-retail.example.mx"),
         "Cambio en tu entrevista", mex,
         "'Tu entrevista del jueves 4 de febrero de 2027 a las 17:00 se adelanta una hora': 16:00.",
         at(*feb, 4, 16, 0, mex, "Thu"),
         "Hola Alex:\n\nTu entrevista del jueves 4 de febrero de 2027 a las 17:00 se adelanta "
         "una hora. La liga de la videollamada es la misma.\n\nEquipo de Talento\nSierra Madre "
         "Retail"),
        (T, "nidcha_30_dakot", "he", ("גיוס כרמל", "jobs@carmel-systems.example.co.il"),
         "עדכון מועד ראיון", jer,
         "'הראיון שלך ביום שלישי, 9 בפברואר 2027 בשעה 10:00 נדחה ב-30 דקות': 10:30.",
         at(*feb, 9, 10, 30, jer, "Tue"),
         "שלום אלכס,\n\nהראיון שלך ביום שלישי, 9 בפברואר 2027 בשעה 10:00 נדחה ב-30 דקות. המיקום "
         "לא השתנה.\n\nבברכה,\nצוות הגיוס, כרמל מערכות"),
        (T, "tamma_tajiluha_30_daqiqa", "ar", ("توظيف النخيل", "careers@nakheel-trading.example.sa"),
         "تعديل موعد المقابلة", ryd,
         "'مقابلتك المقررة يوم الأربعاء 10 فبراير 2027 الساعة 11:00 صباحاً تم تأجيلها 30 "
         "دقيقة': 11:30.",
         at(*feb, 10, 11, 30, ryd, "Wed"),
         "مرحباً أليكس،\n\nمقابلتك المقررة يوم الأربعاء 10 فبراير 2027 الساعة 11:00 صباحاً تم "
         "تأجيلها 30 دقيقة. المكان كما هو.\n\nمع التحية،\nفريق التوظيف، النخيل للتجارة"),
        (T, "yek_ruz_aghab_haman_saat", "fa", ("استخدام البرز", "jobs@alborz-tech.example.ir"),
         "تغییر زمان مصاحبه", thr,
         "'مصاحبه شما که برای سه‌شنبه 2 فوریه 2027 ساعت 10:00 تنظیم شده بود، یک روز عقب افتاد "
         "و در همان ساعت برگزار می‌شود': Wednesday 3 February 10:00.",
         at(*feb, 3, 10, 0, thr, "Wed"),
         "سلام الکس،\n\nمصاحبه شما که برای سه‌شنبه 2 فوریه 2027 ساعت 10:00 تنظیم شده بود، یک "
         "روز عقب افتاد و در همان ساعت برگزار می‌شود.\n\nبا احترام،\nتیم استخدام البرز تک"),
        (T, "posticipato_di_due_giorni", "it", ("Selezione Laguna Group", "selezione@laguna-group.example.it"),
         "Il suo colloquio è stato spostato", rom,
         "'Il suo colloquio di lunedì 8 febbraio 2027 alle 15:00 è posticipato di due giorni, "
         "alla stessa ora': Wednesday 10 February 15:00.",
         at(*feb, 10, 15, 0, rom, "Wed"),
         "Gentile Alex,\n\nil suo colloquio di lunedì 8 febbraio 2027 alle 15:00 è posticipato "
         "di due giorni, alla stessa ora. Il luogo resta invariato.\n\nCordiali saluti,\n"
         "Ufficio Selezione, Laguna Group"),
        # ---- askmove33 ------------------------------------------------------------------
        (Q, "asked_push_back_an_hour", "en-CA", ("Priya Nair", "priya.nair@lakeshore-analytics.example.ca"),
         "Quick question about Thursday", tor,
         "'Could we push your interview on Thursday, February 4, 2027 at 2:00 PM back an "
         "hour?': only asked.", None,
         "Hi Alex,\n\nCould we push your interview on Thursday, February 4, 2027 at 2:00 PM "
         "back an hour? Our panel lead has a conflict. Let me know if that works.\n\nPriya"),
        (Q, "asked_halbe_stunde_nach_hinten", "de", ("Jonas Becker", "jonas.becker@elbtal-maschinen.example.de"),
         "Kurze Frage zu Ihrem Termin", ber,
         "'Wäre es möglich, Ihr Gespräch am Dienstag, 9. Februar 2027 um 10:00 Uhr um eine "
         "halbe Stunde nach hinten zu verschieben?': only asked.", None,
         "Hallo Alex,\n\nwäre es möglich, Ihr Gespräch am Dienstag, 9. Februar 2027 um 10:00 Uhr "
         "um eine halbe Stunde nach hinten zu verschieben? Geben Sie mir kurz Bescheid.\n\n"
         "Viele Grüße\nJonas Becker"),
        (Q, "asked_lui_30_phut", "vi", ("Phạm Minh Anh", "minhanh.pham@mekong-foods.example.vn"),
         "Hỏi về lịch phỏng vấn", hcm,
         "'Liệu chúng ta có thể lùi buổi phỏng vấn thứ Năm, ngày 4 tháng 2 năm 2027 lúc 14:00 "
         "thêm 30 phút được không?': only asked.", None,
         "Chào Alex,\n\nLiệu chúng ta có thể lùi buổi phỏng vấn thứ Năm, ngày 4 tháng 2 năm "
         "2027 lúc 14:00 thêm 30 phút được không? Bạn phản hồi giúp mình nhé.\n\nMinh Anh"),
        (Q, "asked_kurisage_kanou", "ja", ("高橋 健", "ken.takahashi@sakura-denki.example.co.jp"),
         "面接時間についてのご相談", tyo,
         "'2027年2月8日（月）14:00の面接ですが、1時間繰り下げていただくことは可能でしょうか？': "
         "only asked.", None,
         "アレックス様\n\n2027年2月8日（月）14:00の面接ですが、1時間繰り下げていただくことは"
         "可能でしょうか？ご検討のほどよろしくお願いいたします。\n\nさくら電機 高橋"),
        (Q, "asked_ertelemek_mumkun_mu", "tr", ("Burak Demir", "burak.demir@ege-lojistik.example.com.tr"),
         "Görüşme saati hakkında", ist,
         "'4 Şubat 2027 Perşembe saat 14:00'teki görüşmemizi bir saat ertelemek mümkün mü?': "
         "only asked.", None,
         "Merhaba Alex,\n\n4 Şubat 2027 Perşembe saat 14:00'teki görüşmemizi bir saat ertelemek "
         "mümkün mü? Dönüşünüzü bekliyorum.\n\nBurak Demir"),
        (Q, "asked_o_godzine_pozniej", "pl", ("Anna Wiśniewska", "anna.wisniewska@baltyk-tech.example.pl"),
         "Pytanie o godzinę rozmowy", waw,
         "'Czy moglibyśmy przesunąć rozmowę z czwartku, 4 lutego 2027, godz. 12:00 o godzinę "
         "później?': only asked.", None,
         "Dzień dobry,\n\nczy moglibyśmy przesunąć rozmowę z czwartku, 4 lutego 2027, godz. "
         "12:00 o godzinę później? Proszę o krótką odpowiedź.\n\nAnna Wiśniewska"),
        (Q, "asked_ek_ghanta_baad", "hi", ("नेहा गुप्ता", "neha.gupta@yamuna-retail.example.in"),
         "इंटरव्यू के समय के बारे में", kol,
         "'क्या हम सोमवार, 8 फ़रवरी 2027 को सुबह 11:00 बजे का इंटरव्यू एक घंटा बाद कर सकते "
         "हैं?': only asked.", None,
         "नमस्ते एलेक्स,\n\nक्या हम सोमवार, 8 फ़रवरी 2027 को सुबह 11:00 बजे का इंटरव्यू एक घंटा "
         "बाद कर सकते हैं? कृपया बताएं।\n\nनेहा गुप्ता"),
        (Q, "dental_cleaning_30_minutes_later", "en-US", ("Bright Smile Dental", "appointments@brightsmile-dental.example.com"),
         "Your appointment time has changed", nyc,
         "'Your dental cleaning on Monday, February 8, 2027 at 9:00 AM has been moved 30 "
         "minutes later': a dentist, not an interview.", None,
         "Hi Alex,\n\nYour dental cleaning on Monday, February 8, 2027 at 9:00 AM has been "
         "moved 30 minutes later. Please arrive 10 minutes early to check in.\n\nBright Smile "
         "Dental"),
        (Q, "webinaire_lendemain_meme_heure", "fr", ("Club Data Paris", "events@clubdata-paris.example.fr"),
         "Changement de date du webinaire", par,
         "'Le webinaire du jeudi 11 février 2027 à 18 h est décalé au lendemain, même heure': a "
         "webinar, not an interview.", None,
         "Bonjour,\n\nLe webinaire « Données et emploi » du jeudi 11 février 2027 à 18 h est "
         "décalé au lendemain, même heure. Votre inscription reste valable.\n\nClub Data "
         "Paris"),
        (Q, "tuanjian_tuichi_yi_xiaoshi", "zh", ("行政部", "admin@xinghe-media.example.cn"),
         "团建时间调整", sha,
         "'原定2027年2月5日（周五）下午3:00的部门团建推迟一小时': a team outing, not an interview.",
         None,
         "各位同事：\n\n原定2027年2月5日（周五）下午3:00的部门团建推迟一小时，请大家相互转告。\n\n"
         "行政部"),
    ]  # fmt: skip


def build() -> list[Case]:
    cases = []
    for family, name, lang, sender, subject, zone, note, new, text in rows():
        sent = sent_at(9, zone)
        raw = mail(
            f"shifts33/{family}/{name}", sender=sender, to=ME, subject=subject, sent=sent, text=text
        )
        label = NEG if new is None else {**lab(new, sent), "organizer_email": sender[1]}
        cases.append(
            Case(family, SPLITS[family], f"{lang}_{name}", raw, label, lang, note, HAND, OWN)
        )
    return cases


POLICY = (
    "## Label policy\n\n- A move the employer has made is a `reschedule` labelled with the "
    "NEW slot: the old slot's wall time moved by the stated span, or its hour kept on the day "
    "the mail names (the next day, a weekday after the old day, the same weekday a week "
    "later).\n- A move only asked for ('could we ...?', 'wäre es möglich ...?', '... được "
    "không?', '可能でしょうか', 'mümkün mü?') and a move of something that is no interview "
    "(a dental cleaning, a webinar, a team outing) are `not_invitation`.\n- No zone word: "
    "wall time at the Date offset (`tz_stated` false). `organizer_email` is the sender on "
    "positives."
)

FIGURES = "First sight and after: see the report in the commit that adds the rules."


def provenance(cases: list[Case]) -> str:
    langs = sorted({item.language for item in cases})
    held = [name for name, split in SPLITS.items() if split == "heldout"]
    lines = [
        "# Provenance of the shifts33 batch (`build_shifts33.py`)",
        "",
        "Interview moves that name the old slot with a full date and then say only what "
        "changes (a span, a relative day, a weekday at the same time), moves only asked for "
        "and look-alikes moved the same way. People, companies and addresses are made up; the "
        "wording is ours. Every label was written from the datetimes the text is rendered "
        "from, before the parser was run on the message.",
        "",
        POLICY,
        "",
        FIGURES,
        "",
        f"{len(cases)} messages in {len(SPLITS)} families, {len(langs)} language tags "
        f"({', '.join(langs)}). Held-out families ({len(held)} of {len(SPLITS)}, drawn by "
        "`random.Random('shifts33 coin').sample(families, 2)` before anything was measured): "
        + ", ".join(held)
        + "; their files are not listed.",
        "",
        "Regenerate with `.venv/bin/python tests/parsing/corpus/build_shifts33.py` "
        "(deterministic; deletes and rewrites only the files of these families).",
        "",
        "## Families",
        "",
    ]
    for name in SPLITS:
        items = [item for item in cases if item.family == name]
        fam_langs = ", ".join(sorted({item.language for item in items}))
        lines.append(
            f"- **{name}** ({len(items)} messages, {SPLITS[name]}; {fam_langs}): {SOURCES[name]}"
        )
    lines += ["", "## Files (dev only)", ""]
    lines += pp.file_rows(item for item in cases if item.split == "dev")
    return "\n".join(lines) + "\n"


def main() -> int:
    cases = build()
    if {item.family for item in cases} != set(SPLITS) or set(SOURCES) != set(SPLITS):
        raise ValueError("every family needs a split, a source line and a builder")
    pp.write_batch(cases, SPLITS, "PROVENANCE-shifts33.md", provenance(cases))
    print(f"{len(cases)} messages in {len(SPLITS)} families", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
