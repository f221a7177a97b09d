# ruff: noqa: E501  (one mail line per source line reads better than split strings)
"""Write the "negs30a" batch: look-alikes from project, forum and fediverse software.

Run: .venv/bin/python tests/parsing/corpus/build_negs30a.py

Notification mail from five programs new to the corpus, rendered from their real templates
and localized strings: Taiga task-change notifications (comment + due-date diff), Friendica
notify mails (tagged you / new private message / comment), Lemmy backend mails (mention,
private message, reply, new post in a community), NodeBB notification mails (new reply, new
topic in a category, chat message) and Mastodon mention mails. Each carries a future day and
clock time beside words such as interview, meeting, appointment, webinar or invited, but sets
no interview for the reader: career fairs, interview-skills webinars, mock-interview
workshops, group information sessions, assessment and test deadlines, the reader on an
interview panel, a friend's own interview, project meetings. Controls are recruiters'
messages through the same programs that do set an interview for the reader.
Languages: de, en, es, fr, it, ja, nl, pl, pt-BR.

Every label was written from the same datetimes the text is rendered from (weekday names
checked against the date) before the parser was run on any message; the split was fixed
before then too. Helpers follow build_negs28.py (mail helpers of build_parse-pos.py).
Output is deterministic; the script deletes or writes only files of its own families.
"""

from __future__ import annotations

import html
import importlib.util
import sys
import unicodedata
from collections.abc import Iterator
from datetime import datetime, timedelta
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
at, timed, mail, Case = pp.at, pp.timed, pp.mail, pp.Case
OWN = pp.OWN
ME = ("Alex Morgan", "alex.morgan@mailbox.example")
NEG = "not_invitation"
MIN = timedelta(minutes=1)

TAIGA = "taigaio/taiga-back@3bea7114007afd83478a8d6f2a70afd70d94dc21"
FRIENDICA = "friendica/friendica@a0a8aeb30488ee66717dc5ed3f98b71906037725"
LEMMY = "LemmyNet/lemmy-translations@f03dfd1a4e73015b564ed230577d2fd8b23974f5"
NODEBB = "NodeBB/NodeBB@ab329b3b4c4d4cc9717b2938908649382cca2b39"
MASTODON = "mastodon/mastodon@001bcd57380ba2d6d9cd23a23ef5adf44d3a4042"

LICENSES = {
    "taiga": "MPL-2.0 (Taiga); people, projects, tasks and comments ours",
    "friendica": "AGPL-3.0 (Friendica); people, posts and messages ours",
    "lemmy": "AGPL-3.0 (Lemmy translations); people, posts and messages ours",
    "nodebb": "GPL-3.0 (NodeBB); people, forums and posts ours",
    "mastodon": "AGPL-3.0 (Mastodon); people and posts ours",
}

# Whole families per split, fixed before the parser was run on any message of the batch.
SPLITS = {
    "taiga30": "dev",
    "friendica30": "dev",
    "lemmy30": "dev",
    "nodebb30": "dev",
    "mastodon30": "dev",
    "ctrl30": "dev",
    "taigaho30": "heldout",
    "fedho30": "heldout",
    "ctrlho30": "heldout",
}

SOURCES = {
    "taiga30": "Taiga task-change notifications (taiga/projects/notifications/templates/emails/tasks/task-change-*.jinja, base updates-body-text.jinja, history fields_diff-text.jinja; strings of taiga/locale/<lang>/LC_MESSAGES/django.po, English body where the locale has none) on recruiting and team boards: the reader on an interview panel, career-fair and webinar tasks, test deadlines, project meetings (es, de, fr, it, pt-BR, nl).",
    "friendica30": "Friendica notify mails (view/templates/email/notify/text.tpl; Notify.php subjects and preambles from view/lang/<lang>/messages.po, English where untranslated): tags, comments and private messages about job fairs, interview webinars, mock interviews, a friend's own interview, info sessions (de, fr, pl, it, es).",
    "lemmy30": "Lemmy backend mails (backend/<lang>.json: notification_mentioned_by_*, notification_private_message_*, notification_comment_reply_*, notification_community_subscribed_*), HTML only: AMAs with recruiters, interview webinars, career fairs, a friend's interview, a test deadline (de, pt-BR, pl, nl).",
    "nodebb30": "NodeBB notification mails (src/views/emails/notification.tpl; public/language/<lang>/email.json and notifications.json): new topics and replies announcing info evenings, mock-interview sessions, career days, case-study deadlines, and a friend's chat offering a practice interview (de, fr, it, ja, pl).",
    "mastodon30": "Mastodon mention mails (app/views/notification_mailer/mention.text.erb + _status.text.erb; notification_mailer.mention of config/locales/de.yml, English strings recalled): posts about live mock interviews, webinars, a job fair, a friend's final round, a podcast recording (de, en).",
    "ctrl30": "Controls: recruiters' private messages, chats, comments and direct mentions through Friendica, Lemmy, NodeBB, Taiga and Mastodon that set an interview for the reader (de, fr, pt-BR, pl, ja, es).",
    "taigaho30": "Taiga task-change notifications, held out: interview panels, assessment deadlines, info sessions, meetings (fr, de, es, pt-BR, it, nl).",
    "fedho30": "Friendica, Lemmy, NodeBB and Mastodon notifications, held out: fairs, webinars, mock interviews, a friend's interview, deadlines (fr, de, pl, nl, it, en).",
    "ctrlho30": "Controls, held out: recruiters' messages through Friendica, Lemmy, NodeBB and Taiga that set an interview for the reader (pl, nl, it, fr).",
}

BER, PAR, MAD, ROM, SAO, AMS, WAW, TYO, NYC, LON, LAX = (
    "Europe/Berlin",
    "Europe/Paris",
    "Europe/Madrid",
    "Europe/Rome",
    "America/Sao_Paulo",
    "Europe/Amsterdam",
    "Europe/Warsaw",
    "Asia/Tokyo",
    "America/New_York",
    "Europe/London",
    "America/Los_Angeles",
)


def when(y: int, mo: int, d: int, weekday: str, h: int, mi: int, zone: str) -> datetime:
    """A time, checked against the weekday the text names."""
    return at(y, mo, d, h, mi, zone, weekday)


def sent_on(mo: int, d: int, h: int, zone: str, mi: int = 12) -> datetime:
    return at(2026, mo, d, h, mi, zone)


def chk(y: int, mo: int, d: int, weekday: str) -> None:
    """Guard a weekday written in a negative's text (no label uses it)."""
    at(y, mo, d, 12, 0, "UTC", weekday)


# --------------------------------------------------------------------------------------
# Taiga: task-change-subject.jinja / task-change-body-text.jinja + updates-body-text.jinja
# (Comment: ...) + fields_diff-text.jinja (- field: * From: * To:), text part.

TAIGA_STR = {
    # (subject, body head, comment, from, to, due date verbose name); body head in English
    # where the locale's django.po leaves it untranslated (it, pt_BR, nl).
    "es": (
        '[{project}] Actualizada la tarea #{ref} "{subject}"',
        "Tarea actualizada en {project}\n\nHola {user}, {changer} ha actualizado una tarea en:\n\n#{ref} {subject}\n\nVer la tarea en {url}",
        "Comentario: {comment}",
        "De:",
        "A:",
        "fecha de vencimiento",
    ),
    "de": (
        '[{project}] aktualisierte die Aufgabe #{ref} "{subject}"',
        "Aufgabe aktualisiert auf {project}\n\nHallo {user}, {changer} hat eine Aufgabe aktualisiert:\n\n#{ref} {subject}\n\nSiehe Aufgabe unter {url}",
        "Kommentar: {comment}",
        "Von:",
        "An:",
        "Fälligkeitsdatum",
    ),
    "fr": (
        '[{project}] Tâche #{ref} "{subject}" mise à jour',
        "Tâche mise à jour sur {project}\n\nBonjour {user}, {changer} a mis à jour la tâche :\n\n#{ref} {subject}\n\nVoir la tâche dans {url}",
        "Commentaire : {comment}",
        "De :",
        "A :",
        "Date d'échéance",
    ),
    "it": (
        '[{project}] Aggiornato il compito #{ref} "{subject}"',
        "Task updated on {project}\n\nHello {user}, {changer} has updated a task:\n\n#{ref} {subject}\n\nSee task at {url}",
        "Commento: {comment}",
        "Da:",
        "A:",
        "due date",
    ),
    "pt-BR": (
        '[{project}] Atualização da tarefa #{ref} "{subject}"',
        "Task updated on {project}\n\nHello {user}, {changer} has updated a task:\n\n#{ref} {subject}\n\nSee task at {url}",
        "Comentário: {comment}",
        "De:",
        "Para:",
        "due date",
    ),
    "nl": (
        '[{project}] Taak bijgewerkt#{ref} "{subject}"',
        "Task updated on {project}\n\nHello {user}, {changer} has updated a task:\n\n#{ref} {subject}\n\nSee task at {url}",
        "Commentaar: {comment}",
        "Van:",
        "Naar:",
        "due date",
    ),
}
TAIGA_LOCALE = {"es": "es", "de": "de", "fr": "fr", "it": "it", "pt-BR": "pt_BR", "nl": "nl"}


def taiga_text(
    lang: str,
    project: str,
    slug: str,
    ref: int,
    subject: str,
    changer: str,
    comment: str,
    due: tuple[str, str] | None,
) -> tuple[str, str]:
    subj, head, com, frm, to, due_name = TAIGA_STR[lang]
    url = f"https://taiga.{slug}.example/project/{slug}/task/{ref}"
    values = {
        "project": project,
        "ref": ref,
        "subject": subject,
        "user": "Alex Morgan",
        "changer": changer,
        "url": url,
    }
    body = head.format(**values) + "\n\n    " + com.format(comment=comment) + "\n"
    if due:
        body += f"\n    - {due_name}:\n        * {frm} {due[0]}\n        * {to} {due[1]}\n"
    return subj.format(**values), body


def taiga_src(lang: str) -> str:
    loc = TAIGA_LOCALE[lang]
    return (
        f"{TAIGA}:taiga/projects/notifications/templates/emails/tasks/task-change-subject.jinja + "
        "task-change-body-text.jinja + taiga/base/templates/emails/updates-body-text.jinja + "
        "taiga/projects/history/templates/emails/includes/fields_diff-text.jinja + "
        f"taiga/locale/{loc}/LC_MESSAGES/django.po"
    )


# --------------------------------------------------------------------------------------
# Friendica: Notify.php subjects/preambles + view/templates/email/notify/text.tpl

FRI_STR = {
    # prefix, tagged subject, tagged preamble, mail subject, mail preamble, mail sitelink,
    # conversation sitelink, comment subject, thanks, admin
    "de": (
        "[Friendica Meldung]",
        "{prefix} {name} hat dich erwähnt",
        "{name} erwähnte dich auf {title}",
        "{prefix}Neue Nachricht auf {site} empfangen",
        "{name} hat dir eine neue, private Nachricht auf {site} geschickt.",
        "Bitte besuche {link}, um Deine privaten Nachrichten anzusehen und/oder zu beantworten.",
        "Bitte besuche {link}, um die Konversation anzusehen und/oder zu kommentieren.",
        "{prefix}Kommentar von {name} auf Unterhaltung {num}",
        "danke",
        "der Administrator von {site}",
    ),
    "fr": (
        "[Friendica:Notification]",
        "{prefix}{name} vous a mentionné(e)",
        "{name} vous a mentionné(e) dans {title}",
        "{prefix} Nouveau message privé reçu sur {site}",
        "{name} vous a envoyé un nouveau message privé sur {site}.",
        "Merci de visiter {link} pour voir vos messages privés et/ou y répondre.",
        "Merci de visiter {link} pour voir la conversation et/ou y répondre.",
        "{prefix} Nouveau commentaire dans la conversation #{num} par {name}",
        "merci",
        "L'administrateur de {site}",
    ),
    "pl": (
        "[Friendica: Powiadomienie]",
        "{prefix} {name} oznaczył Cię",
        "{name} oznaczył Cię na {title}",
        "{prefix} Nowa poczta otrzymana o {site}",
        "{name} wysłał(-a) ci nową prywatną wiadomość na {site}.",
        "Odwiedź {link}, aby zobaczyć i/lub odpowiedzieć na twoje prywatne wiadomości.",
        "Odwiedź {link}, aby zobaczyć i/lub odpowiedzieć na rozmowę.",
        "{prefix} Komentarz do rozmowy #{num} autor {name}",
        "dziękuję",
        "{site} Administrator",
    ),
    # it and es translate the subjects but not '%1$s tagged you on %2$s': English preamble
    "it": (
        "[Friendica:Notifica]",
        "{prefix} {name} ti ha taggato",
        "{name} tagged you on {title}",
        "{prefix} Nuova mail ricevuta su {site}",
        "{name} ti ha inviato un nuovo messaggio privato su {site}.",
        "Visita {link} per vedere e/o rispondere ai tuoi messaggi privati.",
        "Visita {link} per vedere e/o commentare la conversazione",
        "{prefix} Commento alla conversazione #{num} di {name}",
        "grazie",
        "{site} Amministratore",
    ),
    "es": (
        "[Friendica:Notificar]",
        "{prefix} {name} te etiquetó",
        "{name} tagged you on {title}",
        "{prefix} Nuevo correo recibido {site}",
        "{name} te envió mensaje privado a las {site}.",
        "Visita {link} para ver y/o responder a tus mensajes privados.",
        "Por favor, visita {link} para ver y/o responder a la conversación.",
        "{prefix} Comentó sobre #{num} by {name}",
        "gracias",
        "{site} Administrador",
    ),
}
FRI_LOCALE = {"de": "de", "fr": "fr", "pl": "pl", "it": "it", "es": "es"}


def site_host(site: str) -> str:
    """An ASCII host name for a made-up Friendica server."""
    flat = unicodedata.normalize("NFKD", site).encode("ascii", "ignore").decode()
    return flat.lower().replace(" ", "-") + ".example"


def _short(text: str) -> str:
    flat = " ".join(text.split())
    return '"' + (flat if len(flat) <= 70 else flat[:67] + "...") + '"'


def friendica(
    kind: str, lang: str, name: str, site: str, body: str, num: int = 0, pm_title: str = ""
) -> tuple[str, str]:
    """kind: tag, comment or mail; returns (subject, text)."""
    prefix, s_tag, p_tag, s_mail, p_mail, l_mail, l_conv, s_com, thanks, admin = FRI_STR[lang]
    host = site_host(site)
    if kind == "mail":
        subject = s_mail.format(prefix=prefix, site=site)
        preamble = p_mail.format(name=name, site=site)
        link = f"https://{host}/message/{num or 4471}"
        sitelink = l_mail.format(link=link)
        title = pm_title
    else:
        link = (
            f"https://{host}/display/7f3a{num or 1}b2c-0e41-4c{num % 10}8-9d2e-51a0c6{num or 1:04d}"
        )
        title = _short(body)
        sitelink = l_conv.format(link=f"https://{host}")
        if kind == "tag":
            subject = s_tag.format(prefix=prefix, name=name)
            preamble = p_tag.format(name=name, title=title)
        else:
            subject = s_com.format(prefix=prefix, name=name, num=num)
            preamble = {
                "de": "{name} hat in der eigenen Unterhaltung {title} kommentiert",
                "fr": "{name} a commenté dans sa conversation {title}",
                "pl": "{name} skomentował w swoim wątku {title}",
            }.get(lang, "{name} commented in their thread {title}").format(name=name, title=title)
    text = f"{preamble}\n\n{title}\n\n{body}\n\n{sitelink}\n{link}\n\n{thanks}\n{admin.format(site=site)}\n"
    return subject, text


def friendica_src(lang: str) -> str:
    return (
        f"{FRIENDICA}:view/templates/email/notify/text.tpl + src/Navigation/Notifications/Repository/Notify.php "
        f"+ src/Navigation/Notifications/Factory/Notification.php + view/lang/{FRI_LOCALE[lang]}/messages.po"
    )


# --------------------------------------------------------------------------------------
# Lemmy: backend/<lang>.json bodies (HTML only)

LEMMY_STR = {
    "de": {
        "mention": (
            "Erwähnt von {username}",
            '<h1>Erwähnung</h1><br><div>{username} erwähnte Dich: {comment_text}</div><br><a href="{comment_link}">Kommentar</a> <a href="{inbox_link}">Posteingang</a>',
        ),
        "pm": (
            "Private Nachricht von {username}",
            '<h1>Privatnachricht</h1><br><div>{username} sendete Dir folgende Privatnachricht: {message_text}</div><br><a href="{inbox_link}">Posteingang</a>',
        ),
        "reply": (
            "Antwort von {username}",
            '<h1>Antwort auf Kommentar</h1><br><div>{username} antwortete auf "{parent_comment_text}" zu "{post_title}": {comment_text}</div><br><a href="{comment_link}">Kommentar</a> <a href="{inbox_link}">Posteingang</a>',
        ),
    },
    "pt-BR": {
        "mention": (
            "Mencionado por {username}",
            '<h1>Menção de pessoa</h1><br><div>{username} mencionou você: {comment_text}</div><br><a href="{comment_link}">comentário</a> <a href="{inbox_link}">caixa de entrada</a>',
        ),
        "pm": (
            "Mensagem privada de {username}",
            '<h1>Mensagem privada</h1><br><div>{username} enviou uma mensagem privada para você: {message_text}</div><br><a href="{inbox_link}">caixa de entrada</a>',
        ),
        "reply": (
            "Resposta de {username}",
            '<h1>Resposta a comentário</h1><br><div>{username} respondeu a "{parent_comment_text}" em "{post_title}": {comment_text}</div><br><a href="{comment_link}">comentário</a> <a href="{inbox_link}">caixa de entrada</a>',
        ),
        "post": (
            "Nova publicação {title} na comunidade {name}",
            '<h1>Nova publicação</h1><br><div>{post_body}</div><br><a href="{post_link}">publicação</a> <a href="{inbox_link}">caixa de entrada</a>',
        ),
    },
    "pl": {
        "mention": (
            "Wzmianka od {username}",
            '<h1>Wzmianka</h1><br><div>{username} wspomina o tobie: {comment_text}</div><br><a href="{comment_link}">komentuj</a> <a href="{inbox_link}">skrzynka odbiorcza</a>',
        ),
        "pm": (
            "Wiadomość prywatna od {username}",
            '<h1>Prywatna wiadomość</h1><br><div>{username} przesyła prywatną wiadomość: {message_text}</div><br><a href="{inbox_link}">skrzynka odbiorcza</a>',
        ),
        "reply": (
            "Odpowiedź od {username}",
            '<h1>Odpowiedź na komentarz</h1><br><div>{username} odpowiada na "{parent_comment_text}" w wątku "{post_title}": {comment_text}</div><br><a href="{comment_link}">komentuj</a> <a href="{inbox_link}">skrzynka odbiorcza</a>',
        ),
    },
    "nl": {
        "mention": (
            "Genoemd door {username}",
            '<h1>Persoon Genoemd</h1><br><div>{username} heeft u genoemd: {comment_text}</div><br><a href="{comment_link}">opmerking</a> <a href="{inbox_link}">inbox</a>',
        ),
        "pm": (
            "Privébericht van {username}",
            '<h1>Privébericht</h1><br><div>{username} heeft u een privébericht gestuurd: {message_text}</div><br><a href="{inbox_link}">inbox</a>',
        ),
        "reply": (
            "Reactie van {username}",
            '<h1>Antwoord op opmerking</h1><br><div>{username} heeft geantwoord op "{parent_comment_text}" van "{post_title}": {comment_text}</div><br><a href="{comment_link}">opmerking</a> <a href="{inbox_link}">inbox</a>',
        ),
        "post": (
            "Nieuw bericht {title} in gemeenschap {name}",
            '<h1>Nieuw bericht</h1><br><div>{post_body}</div><br><a href="{post_link}">bericht</a> <a href="{inbox_link}">postvak IN</a>',
        ),
    },
}
LEMMY_KEYS = {
    "mention": "notification_mentioned_by",
    "pm": "notification_private_message",
    "reply": "notification_comment_reply",
    "post": "notification_community_subscribed",
}


def lemmy(
    kind: str,
    lang: str,
    username: str,
    host: str,
    text: str,
    *,
    parent: str = "",
    post_title: str = "",
    community: str = "",
) -> tuple[str, str]:
    subj, body = LEMMY_STR[lang][kind]
    paras = "".join(f"<p>{html.escape(p)}</p>" for p in text.split("\n\n"))
    values = {
        "username": html.escape(username),
        "comment_text": paras,
        "message_text": paras,
        "post_body": paras,
        "parent_comment_text": html.escape(parent),
        "post_title": html.escape(post_title),
        "comment_link": f"https://{host}/comment/{abs(hash_int(text)) % 900000 + 100000}",
        "post_link": f"https://{host}/post/{abs(hash_int(text)) % 90000 + 10000}",
        "inbox_link": f"https://{host}/inbox",
        "title": post_title,
        "name": community,
    }
    return subj.format(**values), body.format(**values)


def hash_int(text: str) -> int:
    return int(pp.digest(text)[:8], 16)


def lemmy_src(lang: str, kind: str) -> str:
    loc = {"pt-BR": "pt_BR"}.get(lang, lang)
    key = LEMMY_KEYS[kind]
    return f"{LEMMY}:backend/{loc}.json ({key}_subject, {key}_body)"


# --------------------------------------------------------------------------------------
# NodeBB: src/views/emails/notification.tpl with email.json / notifications.json strings

NODEBB_STR = {
    # greeting, new-notification, user-posted-to, user-posted-topic-in-category, chat subject,
    # cta, cta-new-reply, cta-new-chat, unsub info, unsub cta
    "de": (
        "Hey {0}",
        "Du hast eine neue Benachrichtigung",
        "<strong>{0}</strong> hat eine Antwort in <strong>{1}</strong> gepostet",
        "<strong>{0}</strong> hat <strong>{1}</strong>in <strong>{2}</strong> gepostet",
        'Neue Nachricht von "{0}"',
        "Zum Forum",
        "Post anzeigen",
        "Chat anzeigen",
        "Diese Mitteilung wurde dir aufgrund deiner Abonnement-Einstellungen gesendet.",
        "Klicke hier, um diese Einstellungen zu ändern",
    ),
    "fr": (
        "Bonjour {0}",
        "Vous avez une nouvelle notification",
        "<strong>{0}</strong> a répondu dans <strong>{1}</strong>",
        "<strong>{0}</strong> a publié <strong>{1}</strong> dans <strong>{2}</strong>",
        'Nouveau message de "{0}"',
        "Sur le forum",
        "Voir les messages",
        "Voir les discussions",
        "La notification de ce message vous a été envoyée en raison de vos paramètres d'abonnement.",
        "Cliquer ici pour modifier ces paramètres",
    ),
    "it": (
        "Ciao {0}",
        "Hai una nuova notifica",
        "<strong>{0}</strong> ha postato una risposta in <strong>{1}</strong>",
        "<strong>{0}</strong> postato <strong>{1}</strong> in <strong>{2}</strong>",
        'Nuovo messaggio da "{0}"',
        "Al forum",
        "Visualizza post",
        "Visualizza Chat",
        "Questa notifica di post ti è stata inviata perché l'hai sottoscritta nelle impostazioni.",
        "Clicca qui per modificare queste impostazioni",
    ),
    "ja": (
        "{0}さん、こんにちは",
        "新しい通知です",
        "<strong>{0}</strong>さんは <strong>{1}</strong>に返信しました。",
        "<strong>{0}</strong>が<strong>{2}</strong>に<strong>{1}</strong>を投稿しました",
        "「{0}」からの新しいメッセージ",
        "フォーラムへ",
        "投稿を表示",
        "チャットを表示",
        "この投稿の通知はあなたの購読設定により送られました。",
        "ここをクリックして設定を変更する",
    ),
    "pl": (
        "Witaj, {0}",
        "Masz nowe powiadomienie",
        "<strong>{0}</strong> dodał odpowiedź w <strong>{1}</strong>",
        "<strong>{0}</strong> dodał <strong>{1}</strong> w <strong>{2}</strong>",
        'Nowa wiadomość od "{0}"',
        "Na forum",
        "Pokaż wpisy",
        "Pokaż czat",
        "To powiadomienie o poście zostało wysłane zgodnie z Twoimi ustawieniami.",
        "Kliknij tutaj, aby zmienić te ustawienia",
    ),
}


def nodebb(
    kind: str, lang: str, author: str, host: str, text: str, *, topic: str = "", category: str = ""
) -> tuple[str, str]:
    """kind: reply (new reply in a watched topic), topic (new topic in a watched category), chat."""
    (
        greet,
        newnote,
        posted_to,
        posted_topic,
        chat_subj,
        cta,
        cta_reply,
        cta_chat,
        unsub,
        unsub_cta,
    ) = NODEBB_STR[lang]
    a, t, c = html.escape(author), html.escape(topic), html.escape(category)
    if kind == "chat":
        subject = chat_subj.format(author)
        intro = chat_subj.format(a)
        button = cta_chat
    elif kind == "reply":
        subject = newnote
        intro = posted_to.format(a, t)
        button = cta_reply
    else:
        subject = newnote
        intro = posted_topic.format(a, t, c)
        button = cta
    paras = "".join(f"<p>{html.escape(p)}</p>" for p in text.split("\n\n"))
    link = f"https://{host}/{'chats/12' if kind == 'chat' else 'topic/' + str(hash_int(text) % 9000 + 1000)}"
    body = (
        '<!doctype html>\n<html><head><meta charset="utf-8"><title>'
        + html.escape(subject)
        + "</title></head>\n"
        '<body><table role="presentation" width="100%"><tr><td>\n'
        f"<h1>{html.escape(greet.format('Alex'))}</h1>\n"
        f"<h1>{intro}</h1>\n"
        f'<div class="notification-body">{paras}</div>\n'
        f'<a class="button-a" href="{link}"><span class="button-link">{html.escape(button)} &rarr;</span></a>\n'
        f"<p>{html.escape(unsub)}</p>\n"
        f'<p><a href="https://{host}/me/settings">{html.escape(unsub_cta)}</a></p>\n'
        "</td></tr></table></body></html>\n"
    )
    return subject, body


def nodebb_src(lang: str) -> str:
    return (
        f"{NODEBB}:src/views/emails/notification.tpl + public/language/{lang}/email.json + "
        f"public/language/{lang}/notifications.json"
    )


# --------------------------------------------------------------------------------------
# Mastodon: mention.text.erb + _status.text.erb

MASTO_STR = {
    "de": ("{name} hat dich erwähnt", "{name} hat dich erwähnt:", "Ansehen:"),
    "en": ("You were mentioned by {name}", "You were mentioned by {name} in:", "View:"),
}


def mastodon(lang: str, name: str, host: str, text: str, sid: int) -> tuple[str, str]:
    subj, body, view = MASTO_STR[lang]
    return subj.format(
        name=name
    ), f"{body.format(name=name)}\n\n{text}\n\n{view} https://{host}/statuses/{sid}\n"


def mastodon_src(lang: str) -> str:
    if lang == "de":
        return f"{MASTODON}:app/views/notification_mailer/mention.text.erb + _status.text.erb + config/locales/de.yml (notification_mailer.mention; application_mailer.view strings recalled)"
    return f"{MASTODON}:app/views/notification_mailer/mention.text.erb + _status.text.erb (en strings recalled)"


# --------------------------------------------------------------------------------------


def case(
    family: str,
    name: str,
    lang: str,
    sender: tuple[str, str],
    subject: str,
    sent: datetime,
    note: str,
    template: str,
    lic: str,
    *,
    text: str | None = None,
    body_html: str | None = None,
    label: dict[str, object] | None = None,
) -> Case:
    raw = mail(
        f"negs30a/{family}/{name}",
        sender=sender,
        to=ME,
        subject=subject,
        sent=sent,
        text=text,
        html=body_html,
    )
    return Case(
        family,
        SPLITS[family],
        f"{lang}_{name}",
        raw,
        label or {"kind": NEG},
        lang,
        note,
        template,
        LICENSES[lic] + "; " + OWN,
    )


def inv(
    start: datetime,
    minutes: int | None,
    *,
    zone: str | None = None,
    sent: datetime | None = None,
    stated: bool = True,
) -> dict[str, object]:
    """An invitation label: zone named -> timezone; stated offset word -> instant only; none -> wall time."""
    end = start + minutes * MIN if minutes else None
    if zone:
        return {"kind": "invitation", **timed(start, end, zone=zone)}
    if stated:
        return {"kind": "invitation", **timed(start, end)}
    return {"kind": "invitation", **timed(start, end, sent=sent)}


def T(
    family: str,
    name: str,
    lang: str,
    sender: tuple[str, str],
    sent: datetime,
    note: str,
    project: str,
    slug: str,
    ref: int,
    subject: str,
    changer: str,
    comment: str,
    due: tuple[str, str] | None = None,
    label: dict[str, object] | None = None,
) -> Case:
    subj, text = taiga_text(lang, project, slug, ref, subject, changer, comment, due)
    return case(
        family,
        name,
        lang,
        sender,
        subj,
        sent,
        note,
        taiga_src(lang),
        "taiga",
        text=text,
        label=label,
    )


def F(
    family: str,
    name: str,
    lang: str,
    kind: str,
    who: str,
    site: str,
    sent: datetime,
    note: str,
    body: str,
    num: int = 0,
    pm_title: str = "",
    label: dict[str, object] | None = None,
) -> Case:
    subj, text = friendica(kind, lang, who, site, body, num, pm_title)
    host = site_host(site)
    return case(
        family,
        name,
        lang,
        (site, f"noreply@{host}"),
        subj,
        sent,
        note,
        friendica_src(lang),
        "friendica",
        text=text,
        label=label,
    )


def L(
    family: str,
    name: str,
    lang: str,
    kind: str,
    who: str,
    host: str,
    sent: datetime,
    note: str,
    text: str,
    label: dict[str, object] | None = None,
    **kw: str,
) -> Case:
    subj, body = lemmy(kind, lang, who, host, text, **kw)
    return case(
        family,
        name,
        lang,
        (host, f"noreply@{host}"),
        subj,
        sent,
        note,
        lemmy_src(lang, kind),
        "lemmy",
        body_html=body,
        label=label,
    )


def N(
    family: str,
    name: str,
    lang: str,
    kind: str,
    who: str,
    forum: str,
    host: str,
    sent: datetime,
    note: str,
    text: str,
    label: dict[str, object] | None = None,
    **kw: str,
) -> Case:
    subj, body = nodebb(kind, lang, who, host, text, **kw)
    return case(
        family,
        name,
        lang,
        (forum, f"no-reply@{host}"),
        subj,
        sent,
        note,
        nodebb_src(lang),
        "nodebb",
        body_html=body,
        label=label,
    )


def M(
    family: str,
    name: str,
    lang: str,
    who: str,
    host: str,
    sent: datetime,
    note: str,
    text: str,
    sid: int,
    label: dict[str, object] | None = None,
) -> Case:
    subj, body = mastodon(lang, who, host, text, sid)
    return case(
        family,
        name,
        lang,
        (host, f"notifications@{host}"),
        subj,
        sent,
        note,
        mastodon_src(lang),
        "mastodon",
        text=body,
        label=label,
    )


TALENT = ("Taiga · Talento Norte", "taiga@talento-norte.example")


def taiga30() -> Iterator[Case]:
    f = "taiga30"
    chk(2026, 12, 15, "Tue")
    yield T(
        f,
        "panel_entrevistas_backend",
        "es",
        ("Taiga · Talento Norte", "taiga@talento-norte.example"),
        sent_on(12, 1, 9, MAD),
        "Look-alike: the reader sits on the interview panel; candidates' interviews start martes 15 de diciembre a las 10:00, the reader's slot 11:30.",
        "Selección Backend 2026",
        "talento-norte",
        214,
        "Preparar preguntas para entrevistas de Backend",
        "Lucía Ferrer",
        "Las entrevistas con los candidatos empiezan el martes 15 de diciembre a las 10:00. Tú estás en el panel de las 11:30 con Marcos; sube tus preguntas antes del lunes.",
        ("2026-12-11", "2026-12-14"),
    )
    chk(2026, 12, 10, "Thu")
    yield T(
        f,
        "messestand_karrieretag",
        "de",
        ("Taiga · Personal Westhafen", "taiga@westhafen-gruppe.example"),
        sent_on(11, 30, 14, BER),
        "Look-alike: a task to prepare the company's booth at a career fair, Donnerstag, 10. Dezember, 9:00-17:00 Uhr.",
        "Employer Branding",
        "westhafen-gruppe",
        88,
        "Messestand für den Karrieretag vorbereiten",
        "Jonas Albrecht",
        "Der Karrieretag ist am Donnerstag, 10. Dezember, von 9:00 bis 17:00 Uhr in Halle 3. Aufbau ab 8:00 Uhr, bitte Roll-up und Flyer mitbringen.",
        ("2026-12-08", "2026-12-09"),
    )
    chk(2026, 12, 10, "Thu")
    yield T(
        f,
        "atelier_simulation_entretien",
        "fr",
        ("Taiga · Campus Emploi", "taiga@campus-emploi.example"),
        sent_on(11, 27, 10, PAR),
        "Look-alike: the reader co-hosts a mock-interview workshop for students, jeudi 10 décembre à 14h.",
        "Ateliers insertion",
        "campus-emploi",
        41,
        "Atelier simulation d'entretien (étudiants L3)",
        "Claire Dumas",
        "L'atelier aura lieu le jeudi 10 décembre à 14h, salle B12. Tu animes le deuxième groupe (entretiens simulés de 15 minutes), je prends le premier.",
    )
    chk(2026, 12, 17, "Thu")
    yield T(
        f,
        "incontro_informativo_gruppo",
        "it",
        ("Taiga · Risorse Umane Adriatica", "taiga@adriatica-hr.example"),
        sent_on(12, 2, 11, ROM),
        "Look-alike: a task to run a group information session for applicants, giovedì 17 dicembre alle 17:30, online (English Taiga body, Italian subject and comment).",
        "Recruiting Graduate",
        "adriatica-hr",
        132,
        "Organizzare open day online per i candidati",
        "Paolo Greco",
        "L'incontro informativo di gruppo per i candidati è giovedì 17 dicembre alle 17:30 su Meet. Mi prepari tu le slide sul processo di selezione?",
        ("2026-12-10", "2026-12-15"),
    )
    chk(2026, 12, 15, "Tue")
    yield T(
        f,
        "agenda_entrevistas_qa",
        "pt-BR",
        ("Taiga · Pessoas Cerrado", "taiga@cerrado-tech.example"),
        sent_on(12, 1, 16, SAO),
        "Look-alike: the reader interviews a candidate (terça, 15/12, às 15h) in a slot booked by a colleague.",
        "Contratações QA",
        "cerrado-tech",
        57,
        "Agendar entrevistas com candidatos de QA",
        "Renata Lima",
        "Marquei as entrevistas para terça, 15/12, a partir das 14h. Você entrevista a Júlia às 15h e o Caio às 16h; o roteiro está na wiki.",
    )
    chk(2026, 12, 9, "Wed")
    yield T(
        f,
        "webinar_sollicitatietips",
        "nl",
        ("Taiga · Loopbaancentrum", "taiga@loopbaancentrum.example"),
        sent_on(11, 30, 9, AMS),
        "Look-alike: the reader is the second speaker of an interview-tips webinar, woensdag 9 december om 19.30 uur.",
        "Webinars najaar",
        "loopbaancentrum",
        19,
        "Webinar sollicitatietips voorbereiden",
        "Sanne de Vries",
        "Het webinar 'Zo overtuig je in een sollicitatiegesprek' is woensdag 9 december om 19.30 uur. Ik heb jou als tweede spreker ingepland, 20 minuten.",
    )
    chk(2026, 12, 11, "Fri")
    yield T(
        f,
        "plazo_prueba_tecnica",
        "es",
        ("Taiga · Talento Norte", "taiga@talento-norte.example"),
        sent_on(12, 2, 12, MAD),
        "Look-alike: the deadline for candidates' take-home test, viernes 11 de diciembre a las 23:59; the reader reviews them.",
        "Selección Backend 2026",
        "talento-norte",
        219,
        "Revisar pruebas técnicas de candidatos",
        "Lucía Ferrer",
        "El plazo para que los candidatos entreguen la prueba técnica es el viernes 11 de diciembre a las 23:59. Revisamos las entregas el lunes siguiente.",
        ("2026-12-14", "2026-12-16"),
    )
    chk(2026, 12, 16, "Wed")
    yield T(
        f,
        "sprint_review_kunde",
        "de",
        ("Taiga · Nordwerk Software", "taiga@nordwerk.example"),
        sent_on(12, 2, 15, BER),
        "Look-alike: a sprint review meeting with a client, Mittwoch, 16. Dezember um 14:00 Uhr.",
        "Kundenportal 3.0",
        "nordwerk",
        402,
        "Sprint-Review mit Kunden vorbereiten",
        "Miriam Keller",
        "Das Review-Meeting mit dem Kunden findet am Mittwoch, 16. Dezember um 14:00 Uhr statt (Raum Elbe). Bitte die Demo der Login-Strecke vorbereiten.",
        ("2026-12-15", "2026-12-16"),
    )
    chk(2026, 12, 15, "Tue")
    yield T(
        f,
        "entretien_annuel_manager",
        "fr",
        ("Taiga · Équipe Data Lumen", "taiga@lumen-data.example"),
        sent_on(12, 1, 17, PAR),
        "Look-alike: the reader's annual review with their manager (an employee, not a candidate), mardi 15 décembre à 10h.",
        "Équipe Data - organisation",
        "lumen-data",
        77,
        "Entretiens annuels 2026",
        "Claire Martin",
        "Ton entretien annuel avec moi est calé le mardi 15 décembre à 10h, salle Lavoisier. Pense à remplir ton auto-évaluation avant.",
    )
    chk(2026, 12, 14, "Mon")
    yield T(
        f,
        "call_avanzamento_cliente",
        "it",
        ("Taiga · Studio Verdi", "taiga@studio-verdi.example"),
        sent_on(12, 3, 9, ROM),
        "Look-alike: a progress call with a client, lunedì 14 dicembre alle 11:00.",
        "Portale Ordini",
        "studio-verdi",
        65,
        "Call di avanzamento con il cliente",
        "Giulia Neri",
        "La call di avanzamento con il cliente è lunedì 14 dicembre alle 11:00. Porta i numeri dei ticket chiusi.",
        ("2026-12-11", "2026-12-14"),
    )


def friendica30() -> Iterator[Case]:
    f = "friendica30"
    chk(2026, 12, 12, "Sat")
    yield F(
        f,
        "jobmesse_tickets",
        "de",
        "tag",
        "Jonas Weber",
        "Sozial Nord",
        sent_on(12, 1, 19, BER),
        "Look-alike: a friend tags the reader about a job fair, Samstag, 12. Dezember, 10-16 Uhr.",
        "@Alex kommst du mit zur Jobmesse „Karrieretag Nord“ am Samstag, 12. Dezember, 10–16 Uhr? Ich hab zwei Tickets, wir könnten um 9:30 am Eingang Süd treffen.",
        101,
    )
    chk(2026, 12, 10, "Thu")
    yield F(
        f,
        "webinaire_entretien",
        "fr",
        "tag",
        "Amélie Roux",
        "Réseau Libre",
        sent_on(11, 30, 12, PAR),
        "Look-alike: an interview-skills webinar announced in a post that tags the reader, jeudi 10 décembre à 18h30.",
        "@Alex le webinaire « Réussir son entretien d'embauche » de l'APEC locale, c'est jeudi 10 décembre à 18h30. Inscription gratuite, lien dans les commentaires.",
        102,
    )
    chk(2026, 12, 15, "Tue")
    yield F(
        f,
        "rozmowa_kolegi",
        "pl",
        "tag",
        "Kasia Nowak",
        "Fediwersum PL",
        sent_on(12, 2, 20, WAW),
        "Look-alike: a friend's own job interview, wtorek 15 grudnia o 10:00, announced in a post tagging the reader.",
        "@Alex mam rozmowę kwalifikacyjną we wtorek 15 grudnia o 10:00 w Krakowie. Trzymaj kciuki! Dam znać po wszystkim.",
        103,
    )
    chk(2026, 12, 9, "Wed")
    yield F(
        f,
        "simulazione_colloquio",
        "it",
        "tag",
        "Marco Bruni",
        "Piazza Libera",
        sent_on(12, 1, 13, ROM),
        "Look-alike: a group mock-interview session at a youth job centre, mercoledì 9 dicembre alle 17:00 (English preamble: the locale has no translation).",
        "@Alex all'Informagiovani fanno una simulazione di colloquio di gruppo mercoledì 9 dicembre alle 17:00. Posti limitati, iscriviti allo sportello.",
        104,
    )
    chk(2026, 12, 12, "Sat")
    yield F(
        f,
        "taller_entrevistas",
        "es",
        "tag",
        "Laura Gil",
        "Red Vecinal",
        sent_on(12, 2, 10, MAD),
        "Look-alike: an association's mock-interview workshop, sábado 12 de diciembre a las 11:00.",
        "@Alex el taller de entrevistas simuladas de la asociación es el sábado 12 de diciembre a las 11:00 en el centro cívico. Trae tu CV impreso.",
        105,
    )
    chk(2026, 12, 14, "Mon")
    chk(2026, 12, 13, "Sun")
    yield F(
        f,
        "ueben_vorstellungsgespraech",
        "de",
        "mail",
        "Lea Schmitt",
        "Sozial Nord",
        sent_on(12, 3, 8, BER),
        "Look-alike: a friend's private message about her own interview (Montag, 14. Dezember, 9:30 Uhr) and a practice session the day before.",
        "Hi Alex,\n\nmein Vorstellungsgespräch bei Lindner Logistik ist am Montag, 14. Dezember um 9:30 Uhr. Hättest du am Sonntag davor Zeit, mit mir zu üben, so gegen 16 Uhr?\n\nLiebe Grüße\nLea",
        4471,
        "Üben fürs Gespräch?",
    )
    chk(2026, 12, 8, "Tue")
    yield F(
        f,
        "reunion_info_collective",
        "fr",
        "mail",
        "Nadia Benali",
        "Réseau Libre",
        sent_on(12, 1, 18, PAR),
        "Look-alike: a friend asks whether the reader goes to a job centre's collective information meeting, mardi 8 décembre à 9h30.",
        "Salut Alex,\n\nla réunion d'information collective de France Travail pour les métiers du numérique, c'est mardi 8 décembre à 9h30. Tu y vas ? On pourrait y aller ensemble.\n\nNadia",
        4472,
        "Réunion d'info mardi",
    )
    chk(2026, 12, 17, "Thu")
    yield F(
        f,
        "spotkanie_stazysci",
        "pl",
        "comment",
        "Piotr Zieliński",
        "Fediwersum PL",
        sent_on(12, 2, 9, WAW),
        "Look-alike: a comment announcing an information meeting for internship applicants, czwartek 17 grudnia, godz. 16:00.",
        "Spotkanie informacyjne dla kandydatów na staż w urzędzie miasta: czwartek 17 grudnia, godz. 16:00, sala 2.14. Wstęp wolny, bez zapisów.",
        318,
    )
    chk(2026, 12, 11, "Fri")
    yield F(
        f,
        "podcast_personalerin",
        "de",
        "comment",
        "Tobias Kern",
        "Sozial Nord",
        sent_on(12, 1, 21, BER),
        "Look-alike: a podcast episode with an HR manager recorded live, Freitag, 11. Dezember um 19 Uhr; listeners may send questions about job interviews.",
        "Die Folge mit der Personalerin von Hansewerk nehmen wir am Freitag, 11. Dezember um 19 Uhr live auf. Fragen zum Vorstellungsgespräch gern vorher hier posten!",
        319,
    )
    chk(2027, 1, 16, "Sat")
    yield F(
        f,
        "forum_alternance",
        "fr",
        "comment",
        "Julien Morel",
        "Réseau Libre",
        sent_on(12, 2, 16, PAR),
        "Look-alike: a work-study job forum, samedi 16 janvier 2027 de 9h à 17h, with on-the-spot interviews with employers.",
        "Le forum de l'alternance a lieu samedi 16 janvier 2027 de 9h à 17h au Parc des Expositions. Plus de 80 entreprises, entretiens sur place : venez avec des CV.",
        320,
    )


def lemmy30() -> Iterator[Case]:
    f = "lemmy30"
    chk(2026, 12, 9, "Wed")
    yield L(
        f,
        "ama_recruiter",
        "de",
        "mention",
        "kai_b",
        "feddit.example",
        sent_on(12, 1, 20, BER),
        "Look-alike: an AMA with two tech recruiters in a community, Mittwoch, 9. Dezember um 20:00 Uhr.",
        "@alex Die AMA mit zwei Tech-Recruitern läuft am Mittwoch, 9. Dezember um 20:00 Uhr hier in !karriere. Fragen zu Vorstellungsgesprächen schon mal sammeln!",
    )
    chk(2026, 12, 10, "Thu")
    yield L(
        f,
        "entrevista_simulada_live",
        "pt-BR",
        "mention",
        "bruna_dev",
        "lemmy-br.example",
        sent_on(12, 2, 18, SAO),
        "Look-alike: a live mock interview stream where the reader is asked to play the interviewer, quinta, 10/12, às 19h.",
        "@alex vou fazer uma entrevista simulada ao vivo na quinta, 10/12, às 19h, para a comunidade. Topa ser o entrevistador? Só precisa de umas perguntas de front-end.",
    )
    chk(2026, 12, 16, "Wed")
    yield L(
        f,
        "webinar_rozmowy_it",
        "pl",
        "mention",
        "tomek",
        "szmer.example",
        sent_on(12, 1, 12, WAW),
        "Look-alike: an interview webinar for IT job seekers, środa 16 grudnia, godz. 18:00.",
        "@alex webinar o rozmowach kwalifikacyjnych w IT: środa 16 grudnia, godz. 18:00, na kanale społeczności. Będzie rekruterka z Wrocławia.",
    )
    chk(2026, 12, 10, "Thu")
    yield L(
        f,
        "sollicitatietraining_online",
        "nl",
        "mention",
        "joris",
        "lemmy-nl.example",
        sent_on(11, 30, 19, AMS),
        "Look-alike: an online application-interview training, donderdag 10 december om 19.30 uur.",
        "@alex de online sollicitatietraining van de bibliotheek is donderdag 10 december om 19.30 uur. Aanmelden via hun site, het is gratis.",
    )
    chk(2026, 12, 12, "Sat")
    yield L(
        f,
        "assessment_training",
        "de",
        "reply",
        "mara_k",
        "feddit.example",
        sent_on(12, 2, 8, BER),
        "Look-alike: a reply about an open assessment-centre training, Samstag, 12. Dezember ab 10 Uhr.",
        "Bei uns im Jobcenter ist das nächste offene Assessment-Center-Training am Samstag, 12. Dezember ab 10 Uhr. Keine Anmeldung nötig.",
        parent="Hat jemand Erfahrung mit Assessment-Centern?",
        post_title="Assessment-Center: Tipps?",
    )
    chk(2026, 12, 15, "Tue")
    yield L(
        f,
        "feira_carreiras",
        "pt-BR",
        "post",
        "comunidade_vagas",
        "lemmy-br.example",
        sent_on(12, 1, 10, SAO),
        "Look-alike: a new post in a subscribed community about an online career fair, terça, 15/12, das 14h às 18h.",
        "Feira de carreiras online da universidade: terça, 15/12, das 14h às 18h. Mais de 40 empresas com entrevistas relâmpago. Inscrição gratuita pelo site.",
        post_title="Feira de carreiras online 15/12",
        community="vagas",
    )
    chk(2026, 12, 11, "Fri")
    yield L(
        f,
        "rozmowa_znajomego",
        "pl",
        "pm",
        "ola_m",
        "szmer.example",
        sent_on(12, 3, 7, WAW),
        "Look-alike: a friend's private message about her own interview, piątek 11 grudnia o 13:00.",
        "Cześć Alex! Moja rozmowa w Allegro jest w piątek 11 grudnia o 13:00. Możemy potem pogadać przy kawie? Ciekawa jestem, jak wypadnę.",
    )
    chk(2026, 12, 8, "Tue")
    yield L(
        f,
        "sollicitatiespreekuur",
        "nl",
        "post",
        "werk_utrecht",
        "lemmy-nl.example",
        sent_on(12, 1, 9, AMS),
        "Look-alike: a community post about a walk-in application help desk, dinsdag 8 december van 13.00 tot 15.00 uur.",
        "Open sollicitatiespreekuur: dinsdag 8 december van 13.00 tot 15.00 uur in de Centrale Bibliotheek. Oefen je sollicitatiegesprek met een vrijwilliger.",
        post_title="Sollicitatiespreekuur 8 december",
        community="werk",
    )
    chk(2026, 12, 13, "Sun")
    yield L(
        f,
        "online_test_frist",
        "de",
        "pm",
        "nils_r",
        "feddit.example",
        sent_on(12, 2, 22, BER),
        "Look-alike: a friend reminds the reader of a trainee programme's online-test deadline, Sonntag, 13. Dezember, 23:59 Uhr.",
        "Hey Alex, die Frist für den Online-Test der Trainee-Ausschreibung ist Sonntag, 13. Dezember, 23:59 Uhr. Hast du ihn schon gemacht? Danach kommen erst die Interviews.",
    )
    chk(2026, 12, 14, "Mon")
    yield L(
        f,
        "grupa_wsparcia",
        "pl",
        "reply",
        "ewa_k",
        "szmer.example",
        sent_on(12, 2, 15, WAW),
        "Look-alike: a reply announcing a job seekers' support-group call, poniedziałek 14 grudnia o 18:30.",
        "Spotkanie grupy wsparcia dla szukających pracy: poniedziałek 14 grudnia o 18:30 na Discordzie. Przećwiczymy pytania z rozmów kwalifikacyjnych.",
        parent="Ktoś też szuka pracy po przerwie?",
        post_title="Powrót na rynek pracy",
    )


def nodebb30() -> Iterator[Case]:
    f = "nodebb30"
    chk(2026, 12, 8, "Tue")
    yield N(
        f,
        "infoabend_bewerbung",
        "de",
        "topic",
        "Sabine",
        "Forum Jobwechsel",
        "forum.jobwechsel.example",
        sent_on(12, 1, 17, BER),
        "Look-alike: a new topic announcing an online info evening on job interviews, Dienstag, 8. Dezember, 19:00 Uhr.",
        "Infoabend „Bewerbungsgespräche souverän meistern“: Dienstag, 8. Dezember, 19:00 Uhr, online. Eine Personalerin beantwortet eure Fragen.",
        topic="Infoabend: Bewerbungsgespräche souverän meistern",
        category="Veranstaltungen",
    )
    chk(2026, 12, 9, "Wed")
    yield N(
        f,
        "simulation_groupe",
        "fr",
        "reply",
        "Hugo",
        "Forum Reconversion",
        "forum.reconversion.example",
        sent_on(12, 2, 11, PAR),
        "Look-alike: a reply proposing a group mock-interview session on Jitsi, mercredi 9 décembre à 18h.",
        "Pour ceux qui préparent leurs entretiens : simulation d'entretien en groupe mercredi 9 décembre à 18h sur Jitsi. Répondez ici si vous venez.",
        topic="Préparer ses entretiens",
    )
    chk(2026, 12, 11, "Fri")
    yield N(
        f,
        "career_day_ateneo",
        "it",
        "topic",
        "Francesca",
        "Forum Studenti",
        "forum.studenti-ateneo.example",
        sent_on(11, 30, 10, ROM),
        "Look-alike: a university career day, venerdì 11 dicembre dalle 9:30 alle 16:00, with company interviews on site.",
        "Career day dell'ateneo: venerdì 11 dicembre dalle 9:30 alle 16:00, aula magna. Colloqui conoscitivi con le aziende presenti, portate il CV.",
        topic="Career day 11 dicembre",
        category="Annunci",
    )
    chk(2026, 12, 12, "Sat")
    yield N(
        f,
        "mogi_mensetsu_kai",
        "ja",
        "reply",
        "たなか",
        "転職フォーラム",
        "forum.tenshoku.example",
        sent_on(12, 1, 20, TYO),
        "Look-alike: a forum reply about an online mock-interview meetup, 12月12日（土）13:00.",
        "模擬面接会は12月12日（土）13:00から、オンラインで開催します。参加希望者はこのスレッドに返信してください。",
        topic="模擬面接会のお知らせ",
    )
    chk(2026, 12, 10, "Thu")
    yield N(
        f,
        "probna_rozmowa_czat",
        "pl",
        "chat",
        "Marta",
        "Forum Kariera",
        "forum.kariera.example",
        sent_on(12, 2, 19, WAW),
        "Look-alike: a friend offers the reader a practice phone interview in a chat, czwartek 10 grudnia o 17:00.",
        "Hej! Masz czas w czwartek 10 grudnia o 17:00 na próbną rozmowę kwalifikacyjną przez telefon? Zagram rekruterkę, potem zamiana.",
    )
    chk(2026, 12, 18, "Fri")
    yield N(
        f,
        "case_study_frist",
        "de",
        "reply",
        "Moderation",
        "Forum Jobwechsel",
        "forum.jobwechsel.example",
        sent_on(12, 2, 13, BER),
        "Look-alike: a case-study deadline in an applicants' thread, Freitag, 18. Dezember, 12:00 Uhr.",
        "Zur Info für alle aus der Bewerberrunde: Abgabefrist für die Case-Study ist Freitag, 18. Dezember, 12:00 Uhr. Die Interviews werden erst danach vergeben.",
        topic="Bewerberrunde Consulting Winter 2026",
    )
    chk(2026, 12, 17, "Thu")
    yield N(
        f,
        "job_dating_club",
        "fr",
        "topic",
        "Bureau du club",
        "Forum Reconversion",
        "forum.reconversion.example",
        sent_on(12, 1, 9, PAR),
        "Look-alike: a club's job-dating evening, jeudi 17 décembre à 18h30, ten companies present.",
        "Job dating du club : jeudi 17 décembre à 18h30 à la Maison des associations. 10 entreprises présentes, entretiens de 10 minutes, inscription obligatoire.",
        topic="Job dating du 17 décembre",
        category="Événements",
    )
    chk(2027, 1, 13, "Wed")
    yield N(
        f,
        "goudou_setsumeikai",
        "ja",
        "topic",
        "運営事務局",
        "転職フォーラム",
        "forum.tenshoku.example",
        sent_on(12, 2, 10, TYO),
        "Look-alike: a joint company information session, 1月13日（水）10:00〜17:00.",
        "合同企業説明会のお知らせ：2027年1月13日（水）10:00〜17:00、東京ビッグサイト。事前予約制です。",
        topic="合同企業説明会（1月13日）",
        category="イベント",
    )
    chk(2026, 12, 15, "Tue")
    yield N(
        f,
        "webinar_colloquio_tecnico",
        "it",
        "reply",
        "Davide",
        "Forum Studenti",
        "forum.studenti-ateneo.example",
        sent_on(12, 2, 18, ROM),
        "Look-alike: an interview-skills webinar, martedì 15 dicembre alle 18:30.",
        "Segnalo il webinar 'Come affrontare il colloquio tecnico' martedì 15 dicembre alle 18:30. Gratuito, link di iscrizione sul sito del placement.",
        topic="Colloqui tecnici: risorse",
    )
    chk(2026, 12, 12, "Sat")
    yield N(
        f,
        "dzien_otwarty",
        "pl",
        "topic",
        "Administracja",
        "Forum Kariera",
        "forum.kariera.example",
        sent_on(12, 1, 11, WAW),
        "Look-alike: an employer's open day for candidates, sobota 12 grudnia, 10:00-14:00.",
        "Dzień otwarty dla kandydatów w zakładzie w Gliwicach: sobota 12 grudnia, 10:00–14:00. Zwiedzanie hali i krótkie spotkania z działem HR.",
        topic="Dzień otwarty 12 grudnia",
        category="Wydarzenia",
    )


def mastodon30() -> Iterator[Case]:
    f = "mastodon30"
    chk(2026, 12, 10, "Thu")
    yield M(
        f,
        "probe_gespraech_stream",
        "de",
        "Lena Vogt (@lena@chaos.example)",
        "chaos.example",
        sent_on(12, 2, 18, BER),
        "Look-alike: a live-streamed mock job interview, Donnerstag, 10. Dezember um 18 Uhr.",
        "@alex Am Donnerstag, 10. Dezember um 18 Uhr streamen wir ein Probe-Vorstellungsgespräch live. Fragen gern vorab an mich!",
        113400001,
    )
    chk(2026, 12, 8, "Tue")
    yield M(
        f,
        "interview_skills_webinar",
        "en",
        "CareerLab (@careerlab@social.example)",
        "social.example",
        sent_on(12, 1, 15, LON),
        "Look-alike: an interview-skills webinar, Tuesday, December 8 at 6:00 PM GMT.",
        "@alex our interview-skills webinar is on Tuesday, December 8 at 6:00 PM GMT. Sign-up link in the thread.",
        113400002,
    )
    chk(2026, 12, 12, "Sat")
    yield M(
        f,
        "karrieremesse_koeln",
        "de",
        "Ben Hartmann (@ben@norden.example)",
        "norden.example",
        sent_on(12, 1, 20, BER),
        "Look-alike: a job fair, Samstag, 12. Dezember, 10-17 Uhr.",
        "@alex Karrieremesse Köln: Samstag, 12. Dezember, 10–17 Uhr. Wer kommt mit? Ich hab noch einen Gästepass.",
        113400003,
    )
    chk(2026, 12, 9, "Wed")
    yield M(
        f,
        "friend_final_round",
        "en",
        "Priya (@priya@hachyderm.example)",
        "hachyderm.example",
        sent_on(12, 2, 21, NYC),
        "Look-alike: a friend's own final-round interview, Wed Dec 9 at 2pm ET.",
        "@alex I've got my final-round interview on Wed Dec 9 at 2pm ET. Wish me luck, and thanks for the mock run last week!",
        113400004,
    )
    chk(2026, 12, 16, "Wed")
    yield M(
        f,
        "meetup_bewerben",
        "de",
        "Tech-Treff Leipzig (@techtreff@social.example)",
        "social.example",
        sent_on(12, 2, 12, BER),
        "Look-alike: a meetup about applying in tech, Mittwoch, 16. Dezember um 19:00 Uhr.",
        "@alex unser Meetup „Bewerben in der Tech-Branche“ ist am Mittwoch, 16. Dezember um 19:00 Uhr im Basislager. Mit Lightning-Talks zu Interviews.",
        113400005,
    )
    chk(2026, 12, 11, "Fri")
    yield M(
        f,
        "podcast_recording_live",
        "en",
        "Dana Wu (@dana@mstdn.example)",
        "mstdn.example",
        sent_on(12, 3, 8, LAX),
        "Look-alike: a podcast interview with someone else recorded live, Friday Dec 11 at 4pm PT; the reader may listen.",
        "@alex recording the podcast interview with Sam Ortiz on Friday Dec 11 at 4pm PT. You can listen live on our stream and drop questions in chat.",
        113400006,
    )


def ctrl30() -> Iterator[Case]:
    f = "ctrl30"
    s = sent_on(12, 2, 10, BER)
    yield F(
        f,
        "vorstellungsgespraech_pm",
        "de",
        "mail",
        "Sabine Krüger (Nordlicht Energie)",
        "Sozial Nord",
        s,
        "Control: a recruiter's Friendica private message confirming the reader's interview, Dienstag, 15. Dezember 2026, 10:00-11:00 Uhr (MEZ).",
        "Hallo Alex,\n\nwie besprochen bestätige ich Ihr Vorstellungsgespräch für die Stelle als Backend-Entwickler:\n\nDienstag, 15. Dezember 2026, 10:00–11:00 Uhr (MEZ)\nNordlicht Energie, Hafenstraße 12, Bremen\n\nBitte melden Sie sich am Empfang.\n\nViele Grüße\nSabine Krüger",
        5120,
        "Ihr Vorstellungsgespräch am 15.12.",
        label=inv(when(2026, 12, 15, "Tue", 10, 0, BER), 60),
    )
    s = sent_on(12, 1, 15, PAR)
    yield F(
        f,
        "entretien_pm",
        "fr",
        "mail",
        "Hélène Garnier (Atelier Lumière)",
        "Réseau Libre",
        s,
        "Control: a recruiter's Friendica private message: entretien jeudi 10 décembre à 14h30 (heure de Paris), 45 minutes, en visio.",
        "Bonjour Alex,\n\nJe vous confirme votre entretien pour le poste de chargé de communication le jeudi 10 décembre à 14h30 (heure de Paris). Durée : 45 minutes, en visio : https://visio.atelier-lumiere.example/alex-morgan\n\nBien cordialement,\nHélène Garnier",
        5121,
        "Votre entretien",
        label=inv(when(2026, 12, 10, "Thu", 14, 30, PAR), 45, zone=PAR),
    )
    s = sent_on(12, 2, 16, BER)
    yield L(
        f,
        "interview_cto_pm",
        "de",
        "pm",
        "tanja_hr",
        "feddit.example",
        s,
        "Control: a recruiter's Lemmy private message: interview with the CTO, Mittwoch, 9. Dezember um 16:00 Uhr, 30 Minuten (no zone).",
        "Hallo Alex, danke für Ihre Bewerbung bei Kiezkraft. Ihr Interview mit unserem CTO findet am Mittwoch, 9. Dezember um 16:00 Uhr statt. Dauer: 30 Minuten, Videocall: https://meet.kiezkraft.example/cto-alex",
        label=inv(when(2026, 12, 9, "Wed", 16, 0, BER), 30, sent=s, stated=False),
    )
    s = sent_on(12, 1, 11, SAO)
    yield L(
        f,
        "entrevista_pm",
        "pt-BR",
        "pm",
        "carla_rh",
        "lemmy-br.example",
        s,
        "Control: a recruiter's Lemmy private message: entrevista segunda, 14/12, às 10h (horário de Brasília), 1 hora.",
        "Oi Alex, tudo bem? Sua entrevista para a vaga de desenvolvedor está confirmada para segunda, 14/12, às 10h (horário de Brasília), com duração de 1 hora, pelo link https://meet.vale-digital.example/alex",
        label=inv(when(2026, 12, 14, "Mon", 10, 0, SAO), 60, zone=SAO),
    )
    s = sent_on(12, 2, 9, WAW)
    yield L(
        f,
        "rozmowa_pm",
        "pl",
        "pm",
        "rekrutacja_softpol",
        "szmer.example",
        s,
        "Control: a recruiter's Lemmy private message: rozmowa czwartek 17 grudnia o 11:00, 45 minut, online (no zone).",
        "Dzień dobry, zapraszam na rozmowę kwalifikacyjną na stanowisko analityka w czwartek 17 grudnia o 11:00. Rozmowa potrwa 45 minut, online: https://meet.softpol.example/alex",
        label=inv(when(2026, 12, 17, "Thu", 11, 0, WAW), 45, sent=s, stated=False),
    )
    s = sent_on(12, 1, 14, BER)
    yield N(
        f,
        "bewerbungsgespraech_chat",
        "de",
        "chat",
        "Marie (Nordlicht Games)",
        "Forum Jobwechsel",
        "forum.jobwechsel.example",
        s,
        "Control: a recruiter's NodeBB chat message: Bewerbungsgespräch Freitag, 11. Dezember, 13:30-14:15 Uhr, per Zoom (no zone).",
        "Hey Alex, hier Marie von Nordlicht Games. Ihr Bewerbungsgespräch ist bestätigt: Freitag, 11. Dezember, 13:30–14:15 Uhr, per Zoom: https://zoom.example/j/8812345",
        label=inv(when(2026, 12, 11, "Fri", 13, 30, BER), 45, sent=s, stated=False),
    )
    s = sent_on(12, 2, 11, TYO)
    yield N(
        f,
        "mensetsu_chat",
        "ja",
        "chat",
        "採用担当 佐藤",
        "転職フォーラム",
        "forum.tenshoku.example",
        s,
        "Control: a recruiter's NodeBB chat message: 面接 12月16日（水）15:00〜16:00, online (no zone).",
        "アレックスさん、面接の日程が確定しました。12月16日（水）15:00〜16:00、オンライン（https://meet.hoshino.example/alex）でお願いします。",
        label=inv(when(2026, 12, 16, "Wed", 15, 0, TYO), 60, sent=s, stated=False),
    )
    s = sent_on(12, 2, 13, MAD)
    yield T(
        f,
        "entrevista_tecnica_comentario",
        "es",
        TALENT,
        s,
        "Control: a hiring manager's Taiga comment to the reader (candidate guest on the board): entrevista técnica jueves 17 de diciembre a las 12:00 (hora peninsular), 60 minutos.",
        "Proceso Alex Morgan",
        "talento-norte",
        301,
        "Entrevista técnica: Alex Morgan",
        "Lucía Ferrer",
        "Alex, te confirmo la entrevista técnica el jueves 17 de diciembre a las 12:00 (hora peninsular), 60 minutos, por Jitsi: https://meet.talento-norte.example/alex",
        label=inv(when(2026, 12, 17, "Thu", 12, 0, MAD), 60, zone=MAD),
    )
    s = sent_on(12, 2, 17, BER)
    yield M(
        f,
        "direkte_erwaehnung_interview",
        "de",
        "Jana Roth (@jana@wolkenwerk.example)",
        "wolkenwerk.example",
        s,
        "Control: a recruiter's direct Mastodon mention: Vorstellungsgespräch Montag, 14. Dezember um 11:00 Uhr, per Video (no zone, no end).",
        "@alex Hallo Alex, hier ist Jana von Wolkenwerk. Wir möchten Sie gern kennenlernen: Vorstellungsgespräch am Montag, 14. Dezember um 11:00 Uhr, per Video. Den Link schicke ich per Mail.",
        113400007,
        label=inv(when(2026, 12, 14, "Mon", 11, 0, BER), None, sent=s, stated=False),
    )
    s = sent_on(12, 1, 10, PAR)
    yield N(
        f,
        "entretien_chat",
        "fr",
        "chat",
        "Hugo (Cap Numérique)",
        "Forum Reconversion",
        "forum.reconversion.example",
        s,
        "Control: a recruiter's NodeBB chat message: entretien mardi 8 décembre de 9h30 à 10h15, à Lyon (no zone).",
        "Bonjour Alex, c'est Hugo de Cap Numérique. Votre entretien est fixé au mardi 8 décembre de 9h30 à 10h15, dans nos locaux, 14 rue de la Part-Dieu à Lyon.",
        label=inv(when(2026, 12, 8, "Tue", 9, 30, PAR), 45, sent=s, stated=False),
    )


def taigaho30() -> Iterator[Case]:
    f = "taigaho30"
    chk(2026, 12, 16, "Wed")
    yield T(
        f,
        "jury_entretiens_stagiaires",
        "fr",
        ("Taiga · Recrutement Saône", "taiga@saone-rh.example"),
        sent_on(12, 2, 9, PAR),
        "Look-alike: the reader sits on a jury interviewing interns, mercredi 16 décembre de 9h à 12h.",
        "Stages 2027",
        "saone-rh",
        23,
        "Jury d'entretiens stagiaires",
        "Camille Petit",
        "Les entretiens des stagiaires ont lieu le mercredi 16 décembre de 9h à 12h. Tu es dans le jury avec moi, salle Rhône.",
        ("2026-12-14", "2026-12-16"),
    )
    chk(2026, 12, 14, "Mon")
    yield T(
        f,
        "online_assessment_frist",
        "de",
        ("Taiga · Personal Westhafen", "taiga@westhafen-gruppe.example"),
        sent_on(12, 1, 11, BER),
        "Look-alike: the candidates' online-assessment deadline, Montag, 14. Dezember, 18:00 Uhr.",
        "Trainee-Programm 2027",
        "westhafen-gruppe",
        95,
        "Online-Assessment auswerten",
        "Jonas Albrecht",
        "Die Kandidat:innen können das Online-Assessment bis Montag, 14. Dezember, 18:00 Uhr abschließen. Danach bitte die Auswertung bis Mittwoch.",
        ("2026-12-15", "2026-12-16"),
    )
    chk(2026, 12, 10, "Thu")
    yield T(
        f,
        "sesion_informativa",
        "es",
        ("Taiga · Talento Norte", "taiga@talento-norte.example"),
        sent_on(12, 1, 12, MAD),
        "Look-alike: a group information session for applicants, jueves 10 de diciembre a las 18:00.",
        "Programa Graduados",
        "talento-norte",
        240,
        "Sesión informativa para candidatos",
        "Andrés Vidal",
        "La sesión informativa grupal para candidatos es el jueves 10 de diciembre a las 18:00 por Teams. Tú presentas la parte de beneficios.",
    )
    chk(2026, 12, 9, "Wed")
    yield T(
        f,
        "daily_planejamento",
        "pt-BR",
        ("Taiga · Pessoas Cerrado", "taiga@cerrado-tech.example"),
        sent_on(12, 2, 17, SAO),
        "Look-alike: a sprint planning meeting, quarta, 9/12, às 10h.",
        "App Pedidos",
        "cerrado-tech",
        318,
        "Planejamento da sprint 24",
        "Renata Lima",
        "A reunião de planejamento da sprint 24 ficou para quarta, 9/12, às 10h. Traga as estimativas das histórias de pagamento.",
        ("2026-12-08", "2026-12-09"),
    )
    chk(2026, 12, 18, "Fri")
    yield T(
        f,
        "colloqui_commissione",
        "it",
        ("Taiga · Risorse Umane Adriatica", "taiga@adriatica-hr.example"),
        sent_on(12, 2, 10, ROM),
        "Look-alike: the reader is on an interview committee, venerdì 18 dicembre dalle 9:00 (English Taiga body).",
        "Recruiting Graduate",
        "adriatica-hr",
        140,
        "Commissione colloqui finali",
        "Paolo Greco",
        "I colloqui finali con i candidati sono venerdì 18 dicembre dalle 9:00 alle 13:00. Sei in commissione con me e con Sara.",
    )
    chk(2026, 12, 11, "Fri")
    yield T(
        f,
        "carrierebeurs_stand",
        "nl",
        ("Taiga · Loopbaancentrum", "taiga@loopbaancentrum.example"),
        sent_on(11, 30, 15, AMS),
        "Look-alike: a career-fair booth task, vrijdag 11 december van 10.00 tot 16.00 uur.",
        "Evenementen",
        "loopbaancentrum",
        27,
        "Stand carrièrebeurs regelen",
        "Sanne de Vries",
        "De carrièrebeurs is vrijdag 11 december van 10.00 tot 16.00 uur in de Jaarbeurs. Jij staat de eerste shift, tot 13.00 uur.",
        ("2026-12-09", "2026-12-10"),
    )


def fedho30() -> Iterator[Case]:
    f = "fedho30"
    chk(2026, 12, 12, "Sat")
    yield F(
        f,
        "salon_emploi",
        "fr",
        "tag",
        "Sophie Lemaire",
        "Réseau Libre",
        sent_on(12, 1, 19, PAR),
        "Look-alike: a job fair, samedi 12 décembre de 10h à 18h.",
        "@Alex le salon de l'emploi de Nantes, c'est samedi 12 décembre de 10h à 18h. Entretiens flash avec les recruteurs, je t'y retrouve ?",
        201,
    )
    chk(2026, 12, 9, "Wed")
    yield F(
        f,
        "webinar_gehalt",
        "de",
        "comment",
        "Frank Lenz",
        "Sozial Nord",
        sent_on(12, 2, 14, BER),
        "Look-alike: a webinar on salary talks in interviews, Mittwoch, 9. Dezember um 18:30 Uhr.",
        "Webinar „Gehaltsverhandlung im Vorstellungsgespräch“: Mittwoch, 9. Dezember um 18:30 Uhr. Kostenlos, Anmeldung über die IHK-Seite.",
        330,
    )
    chk(2026, 12, 16, "Wed")
    yield F(
        f,
        "rozmowa_siostry",
        "pl",
        "mail",
        "Agata Wiśniewska",
        "Fediwersum PL",
        sent_on(12, 3, 7, WAW),
        "Look-alike: a sister's private message about her own interview, środa 16 grudnia o 9:00.",
        "Hej Alex,\n\nmoja rozmowa w banku jest w środę 16 grudnia o 9:00. Pożyczysz mi marynarkę? Oddam w czwartek.\n\nAgata",
        4480,
        "Marynarka",
    )
    chk(2026, 12, 10, "Thu")
    yield L(
        f,
        "cv_check_avond",
        "nl",
        "post",
        "werk_amsterdam",
        "lemmy-nl.example",
        sent_on(12, 1, 13, AMS),
        "Look-alike: a community post about a CV and interview check evening, donderdag 10 december om 19.00 uur.",
        "CV- en sollicitatiecheck: donderdag 10 december om 19.00 uur in buurthuis De Kraal. Oefen je sollicitatiegesprek met een HR-vrijwilliger.",
        post_title="CV-check 10 december",
        community="werk",
    )
    chk(2026, 12, 15, "Tue")
    yield L(
        f,
        "mock_interview_mention",
        "de",
        "mention",
        "lars_dev",
        "feddit.example",
        sent_on(12, 2, 19, BER),
        "Look-alike: a peer mock interview offered in a mention, Dienstag, 15. Dezember um 20 Uhr.",
        "@alex wir machen am Dienstag, 15. Dezember um 20 Uhr eine Runde Mock-Interviews im Discord. Jeder ist einmal Kandidat, einmal Interviewer. Bist du dabei?",
    )
    chk(2026, 12, 17, "Thu")
    yield N(
        f,
        "open_day_placement",
        "it",
        "topic",
        "Ufficio Placement",
        "Forum Studenti",
        "forum.studenti-ateneo.example",
        sent_on(12, 1, 9, ROM),
        "Look-alike: a placement office's recruiting day, giovedì 17 dicembre alle 10:00.",
        "Recruiting day con le aziende del territorio: giovedì 17 dicembre alle 10:00, aula B. Colloqui brevi di orientamento, prenotazione consigliata.",
        topic="Recruiting day 17 dicembre",
        category="Eventi",
    )
    chk(2026, 12, 18, "Fri")
    yield N(
        f,
        "termin_zadania",
        "pl",
        "reply",
        "Moderacja",
        "Forum Kariera",
        "forum.kariera.example",
        sent_on(12, 2, 12, WAW),
        "Look-alike: a recruitment task deadline, piątek 18 grudnia o 23:59.",
        "Przypominam: termin oddania zadania rekrutacyjnego mija w piątek 18 grudnia o 23:59. Zaproszenia na rozmowy wyślemy w styczniu.",
        topic="Rekrutacja na staż zimowy",
    )
    chk(2026, 12, 10, "Thu")
    yield M(
        f,
        "hiring_ama_space",
        "en",
        "DevRel Collective (@devrel@fosstodon.example)",
        "fosstodon.example",
        sent_on(12, 2, 16, NYC),
        "Look-alike: a live hiring AMA, Thursday, Dec 10 at 1 PM ET.",
        "@alex join our live hiring AMA on Thursday, Dec 10 at 1 PM ET: three engineering managers answer questions about interviews and take-home tasks.",
        113400008,
    )


def ctrlho30() -> Iterator[Case]:
    f = "ctrlho30"
    s = sent_on(12, 2, 10, WAW)
    yield F(
        f,
        "rozmowa_pm",
        "pl",
        "mail",
        "Magdalena Krawczyk (Softpol)",
        "Fediwersum PL",
        s,
        "Control: a recruiter's Friendica private message: rozmowa środa 16 grudnia 2026, godz. 10:30-11:30 (no zone).",
        "Dzień dobry,\n\npotwierdzam rozmowę kwalifikacyjną na stanowisko testera: środa 16 grudnia 2026, godz. 10:30–11:30, biuro przy ul. Prostej 20 w Warszawie.\n\nPozdrawiam\nMagdalena Krawczyk",
        5130,
        "Rozmowa kwalifikacyjna",
        label=inv(when(2026, 12, 16, "Wed", 10, 30, WAW), 60, sent=s, stated=False),
    )
    s = sent_on(12, 1, 14, AMS)
    yield L(
        f,
        "sollicitatiegesprek_pm",
        "nl",
        "pm",
        "recruiter_delta",
        "lemmy-nl.example",
        s,
        "Control: a recruiter's Lemmy private message: sollicitatiegesprek dinsdag 15 december om 14.00 uur (Nederlandse tijd), 1 uur.",
        "Hoi Alex, je sollicitatiegesprek bij Delta Data staat gepland op dinsdag 15 december om 14.00 uur (Nederlandse tijd). Het duurt 1 uur, via Teams: https://teams.example/delta-alex",
        label=inv(when(2026, 12, 15, "Tue", 14, 0, AMS), 60, zone=AMS),
    )
    s = sent_on(12, 2, 15, ROM)
    yield N(
        f,
        "colloquio_chat",
        "it",
        "chat",
        "Elisa (Dati Chiari)",
        "Forum Studenti",
        "forum.studenti-ateneo.example",
        s,
        "Control: a recruiter's NodeBB chat message: colloquio giovedì 10 dicembre alle 15:00, 45 minuti (no zone).",
        "Ciao Alex, ti confermo il colloquio per la posizione di data analyst: giovedì 10 dicembre alle 15:00, durata 45 minuti, su Google Meet: https://meet.example/dati-chiari",
        label=inv(when(2026, 12, 10, "Thu", 15, 0, ROM), 45, sent=s, stated=False),
    )
    s = sent_on(12, 1, 12, PAR)
    yield T(
        f,
        "entretien_commentaire",
        "fr",
        ("Taiga · Recrutement Saône", "taiga@saone-rh.example"),
        s,
        "Control: a hiring manager's Taiga comment to the reader: entretien lundi 14 décembre à 16h, 30 minutes (no zone).",
        "Candidature Alex Morgan",
        "saone-rh",
        31,
        "Entretien équipe : Alex Morgan",
        "Camille Petit",
        "Alex, ton entretien avec l'équipe est confirmé : lundi 14 décembre à 16h, 30 minutes, sur Jitsi : https://meet.saone-rh.example/alex",
        label=inv(when(2026, 12, 14, "Mon", 16, 0, PAR), 30, sent=s, stated=False),
    )


BUILDERS = [
    taiga30,
    friendica30,
    lemmy30,
    nodebb30,
    mastodon30,
    ctrl30,
    taigaho30,
    fedho30,
    ctrlho30,
]

MEASURED: list[str] = [
    "First sight (parser at main efd1beb9, before any change for this batch; labels as first "
    "written): dev: 10 of 10 controls with the right start (8 sure; ctrl30 fr read as a "
    "receipt because of 'message privé reçu' in the subject, de direct mention capped by the "
    "existing 'erwähnt' notice cue; ja read as a reschedule because of NodeBB's footer '設定を"
    "変更'), 10 of 46 negatives claimed with confidence >= 0.5 (taiga30 de sprint review, es "
    "and pt-BR reader on the panel; friendica30 de friend's own interview and podcast "
    "recording, pl friend's own interview; lemmy30 nl community post, pl reply, pl friend's "
    "own interview; nodebb30 de info evening); mastodon30 0 of 6. Held out: 4 of 4 controls "
    "right (4 sure), 2 of 14 negatives claimed (fedho30; taigaho30 0 of 6).",
    "",
    "After the batch's rules: dev 10 of 10 controls right (8 sure), 1 of 46 negatives claimed "
    "(taiga30 de sprint review, left alone); held out 4 of 4 right (4 sure), 0 of 14 claimed "
    "(not tuned). Whole corpus (quick.py, batch included): dev false claims 41 -> 32 of 2590, "
    "text 2967/2987, sure 2659 and calendars 481/481 unchanged; held out false 131 -> 127 of "
    "1132 (fedho30 2, mvnegho27 2), text 1229/1301, sure 1056, calendars 158/159 unchanged; "
    "shared and fixtures unchanged; cmp.py --heldout: better 20, worse 0.",
]

RULES: list[str] = [
    "- `WRITERS_INTERVIEW_CUES` (lookalikes.py) reads the writer's own interview beyond",
    "  English: 'mein Vorstellungsgespräch', 'mam rozmowę kwalifikacyjną', 'moja rozmowa' and",
    "  the same possessive in fr, es, pt, it, nl: friendica30 de and pl, lemmy30 pl.",
    "- `READER_ON_PANEL_CUES` / `OTHERS_INTERVIEW_CUES`: the reader on the panel or",
    "  interviewing someone, in the Spanish and Portuguese second person ('Tú estás en el",
    "  panel', 'Você entrevista a Júlia'): taiga30 es and pt-BR.",
    "- `OTHER_BUSINESS_CUES` (lexicon.py): forum and community notices that someone posted a",
    "  topic, a reply or a comment where the reader follows, in NodeBB's, Lemmy's and",
    "  Friendica's languages; they cap confidence for review as the English 'new post in' and",
    "  'commented on' did: nodebb30 de, lemmy30 nl and pl, friendica30 de. Private messages and",
    "  chats through the same tools (the controls) are left alone.",
]


def provenance(cases: list[Case]) -> str:
    kinds: dict[str, int] = {}
    for item in cases:
        kind = str(item.label.get("kind"))
        kinds[kind] = kinds.get(kind, 0) + 1
    held = sorted(name for name, split in SPLITS.items() if split == "heldout")
    langs = sorted({item.language for item in cases})
    lines = [
        "# Provenance of the negs30a batch (`build_negs30a.py`)",
        "",
        "Look-alikes from five programs new to the corpus (Taiga, Friendica, Lemmy, NodeBB, "
        "Mastodon), rendered from their real notification templates and localized strings "
        "(file and commit in every label's `source.template`): mail that carries a future day "
        "and time next to interview, meeting, webinar or invited but sets no interview for the "
        "reader, with recruiters' messages through the same programs as controls. Posts, "
        "comments and messages inside the templates are ours; people, companies, servers and "
        "links are made up. Every label was written from the datetimes the text is rendered "
        "from, before the parser was run on the message.",
        "",
        f"{len(cases)} messages in {len(SPLITS)} families, {len(langs)} language tags "
        f"({', '.join(langs)}); kinds: "
        + ", ".join(f"{k} {v}" for k, v in sorted(kinds.items()))
        + f". Held-out families ({len(held)} of {len(SPLITS)}, chosen before anything was "
        "measured): " + ", ".join(held) + "; their files are not listed here.",
        "",
        "Regenerate with `.venv/bin/python tests/parsing/corpus/build_negs30a.py` "
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
    if MEASURED:
        lines += ["", "## Measured", "", *MEASURED]
    if RULES:
        lines += ["", "## Rules and their sources", "", *RULES]
    lines += ["", "## Files (dev only)", ""]
    lines += pp.file_rows(item for item in cases if item.split == "dev")
    return "\n".join(lines) + "\n"


def main() -> int:
    cases = [item for build in BUILDERS for item in build()]
    if {item.family for item in cases} != set(SPLITS) or set(SOURCES) != set(SPLITS):
        raise ValueError("every family needs a split, a source line and a builder")
    pp.write_batch(cases, SPLITS, "PROVENANCE-negs30a.md", provenance(cases))
    print(f"{len(cases)} messages in {len(SPLITS)} families", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
