"""Understand a forwarded answer from an employer: which interview, and what it says.

A reply counts when it comes from someone on the other side of a known interview —
its organizer, one of its interviewers, or the company's own mail domain — and it is
about exactly one company and role. What it says is read from the text the sender
wrote (never quoted earlier mail): a rejection, an offer, an invitation to a next
round, or a stated timeline ("we will get back to you within two weeks"), which is
read with the same `timeline_date` the timeline field uses.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime
from zoneinfo import ZoneInfo

import sqlalchemy as sa
from sqlalchemy.orm import Session, selectinload

from service.accounts.models import User
from service.interviews.models import Interview, InterviewStatus, Outcome
from service.parsing import ParsedMessage
from service.parsing.details import ROLE_MAILBOXES, employer_domain
from service.steps.timeline import timeline_date

# Words of an offer, in the languages the parser reads (one sentence, no quoted mail).
_OFFER = re.compile(
    r"\b(?:pleased|happy|delighted|excited) to (?:extend |make )?(?:you )?(?:an |a formal )?offer"
    r"|\boffer you the (?:position|role|job)|\bextend (?:you )?an offer|\bjob offer\b"
    r"|\boffer letter\b|\bstellenangebot|\bvertragsangebot|\bangebot (?:machen|unterbreiten)"
    r"|\bproposition d'embauche|\boffre d'emploi|\bvous proposer le poste"
    r"|\boferta (?:de (?:trabajo|empleo|emprego))|\bofrecerte el puesto"
    r"|\bofferta di lavoro|\bproposta di assunzione|\bbaanaanbod|\bcontractaanbod"
    r"|\bproposta de (?:trabalho|emprego)",
    re.IGNORECASE,
)
# Words of an invitation to a further round.
_NEXT_ROUND = re.compile(
    r"\b(?:next|final|second|third|last|onsite|on-site) (?:round|stage|interview)"
    r"|\binvite you (?:back|to (?:the|a) (?:next|final|second|third|further))"
    r"|\b(?:move|moving|advance|advancing) you (?:forward|on|to the next)"
    r"|\bnächsten? (?:runde|gespräch|schritt)|\bzweite[ns]? (?:gespräch|runde)|\bfinale runde"
    r"|\b(?:prochain|second|dernier) entretien|\bprochaine étape|\btour suivant"
    r"|\b(?:siguiente|próxima) (?:fase|ronda|entrevista|etapa)|\bsegunda entrevista"
    r"|\bprossim[oa] (?:colloquio|fase|step)|\bsecondo colloquio"
    r"|\bvolgende (?:ronde|gesprek|fase)|\btweede gesprek"
    r"|\bpróxima (?:fase|etapa|entrevista)|\bsegunda entrevista",
    re.IGNORECASE,
)
# A sentence states a timeline only when it speaks of an answer coming.
_ANSWER_CUES = re.compile(
    r"get back|hear (?:back|from)|decision|decide|update|let you know|feedback|in touch|respond"
    r"|come back|reach out|reply|answer|next steps|contact you"
    r"|melden|rückmeldung|entscheid|bescheid|antwort|feedback"
    r"|revenir|reviendr|réponse|décision|retour|nouvelles|contacter"
    r"|respuesta|decisión|noticias|contactar|responder|comunicar"
    r"|risposta|decision|notizie|contatter|ricontatt|far sapere"
    r"|terugkoppeling|laten weten|beslissing|reactie|terugkomen|contact opnemen|uitsluitsel"
    r"|resposta|decisão|retorno|contato|contacto|notícias",
    re.IGNORECASE,
)
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+|\n+")


@dataclass(frozen=True)
class Said:
    """What a reply says: the outcome it amounts to, and a timeline sentence if any."""

    outcome: Outcome
    timeline: str = ""
    timeline_on: date | None = None


def read_reply(said: str, *, rejection: bool, interview_end: datetime, zone: ZoneInfo) -> Said:
    """Read the employer's own words; the strongest news wins (a no, an offer, a next round)."""
    text = " ".join(said.split())
    if rejection:
        return Said(Outcome.REJECTED)
    if _OFFER.search(text):
        return Said(Outcome.OFFER)
    if _NEXT_ROUND.search(text):
        return Said(Outcome.NEXT_ROUND)
    for sentence in _SENTENCE_END.split(said):
        sentence = " ".join(sentence.split())
        if not _ANSWER_CUES.search(sentence):
            continue
        found = timeline_date(sentence, interview_end=interview_end, zone=zone)
        if found is not None:
            return Said(Outcome.HEARD_BACK, sentence[:300], found)
    return Said(Outcome.HEARD_BACK)


def is_next_round(text: str) -> bool:
    """Tell whether mail text invites to a further round (not a first interview)."""
    return bool(_NEXT_ROUND.search(" ".join(text.split())))


def other_side(parsed: ParsedMessage, own: frozenset[str]) -> str:
    """The address of whoever wrote the mail, unless that is the user."""
    for address in (parsed.original_sender, parsed.sender):
        cleaned = (address or "").strip().lower()
        if cleaned and cleaned not in own:
            return cleaned
    return ""


def _squash(text: str) -> str:
    return re.sub(r"[^a-z0-9]", "", text.lower())


def _shared_mailbox(address: str) -> bool:
    return ROLE_MAILBOXES.match(address.split("@", 1)[0]) is not None


def _strength(interview: Interview, sender: str, company: str) -> int:
    """How surely a mail from `sender` is about this interview: 3 person, 2 domain, 1 name."""
    people = {p.email for p in interview.interviewers if p.email}
    if interview.organizer_email:
        people.add(interview.organizer_email)
    # a shared mailbox ("careers@acme…", a platform's "no-reply@") writes about many
    # interviews, a platform's for many employers: neither that address nor its domain
    # says which (an employer's own shows in its name, below)
    people = {p for p in people if not _shared_mailbox(p)}
    if sender in people:
        return 3
    domain = employer_domain(sender)
    if domain is None:
        return 0
    if domain in {employer_domain(p) for p in people}:
        return 2
    name = _squash(interview.company)
    labels = {_squash(part) for part in domain.split(".")[:-1]}
    if name and (name in labels or (company and _squash(company) == name)):
        return 1
    return 0


@dataclass(frozen=True)
class Match:
    """The interview a reply is about, or why none could be picked."""

    interview: Interview | None
    problem: str = ""


def find_reply_interview(
    session: Session, user: User, sender: str, company: str | None, now: datetime
) -> Match:
    """Pick the interview a reply from `sender` is about: one company and role, latest round.

    Only the strongest kind of evidence counts (a known person over their domain over
    the company's name), so a colleague's mail never outweighs the organizer's.
    """
    if not sender:
        return Match(None, "it was not written by the employer")
    rows = session.scalars(
        sa.select(Interview)
        .where(Interview.user_id == user.id, Interview.status != InterviewStatus.CANCELLED)
        .order_by(Interview.start_at.desc())
        .limit(500)
        .options(selectinload(Interview.interviewers))
    )
    best = 0
    found: list[Interview] = []
    for row in rows:
        strength = _strength(row, sender, company or "")
        if strength > best:
            best, found = strength, [row]
        elif strength and strength == best:
            found.append(row)
    if not found:
        return Match(None, f"no interview has {sender} as organizer, interviewer or company")
    groups = {(r.company.lower(), r.role.lower()) for r in found}
    if len(groups) > 1:
        names = "; ".join(sorted({f"{r.company} — {r.role}" for r in found}))[:300]
        return Match(None, f"it could be about more than one interview ({names})")
    return Match(_latest_held(found, now))


def _latest_held(rounds: Iterable[Interview], now: datetime) -> Interview:
    """The round the answer follows: the latest that has begun, else the next one."""
    ordered = sorted(rounds, key=lambda r: (r.start_at, r.id))
    held = [r for r in ordered if r.start_at <= now]
    return held[-1] if held else ordered[0]
