# ruff: noqa: E501
"""Write the "atscards43" batch: text invitations (no calendar part) from booking and ERP
software, rendered from real open-source templates and translations the corpus had not used.

Run: .venv/bin/python tests/parsing/corpus/build_atscards43.py

Sources:
- LibreBooking/app @ 7a763d98e52942ea3df7983133342d76b2bebac0 (GPL-3.0): lang/<locale>/
  ReservationCreated.tpl, ReservationInvitation.tpl, ReservationDeleted.tpl,
  StartReminderEmail.tpl for locales the corpus had not rendered (cz, da_da, hu_hu, it_it,
  pt_br, sk, id_id, hr_hr, el_gr, ja_jp, zh_cn, th_th, pt_pt, sr_sr, si_si, eu_es), the
  subjects of lib/Email/Messages/* from lang/<locale>.php (parent class strings when the
  locale has none), each locale's $dates['reservation_email'] PHP date format (or the
  inherited en_gb/en_us one; th_th adds 543 to the *current* year; sr_sr prints 'G', the
  hour, where the year should be) and the tpl/Email/emailheader.tpl/emailfooter.tpl shell.
  The templates are embedded below as LibreBooking ships them; a small Smarty subset renders
  them (conditions false unless named, loops over empty lists).
- odoo/odoo @ 00ce3720c6ca422ee8e0ae6e172b90cd6bf180b9 (LGPL-3.0):
  addons/calendar/data/mail_template_data.xml (calendar_template_meeting_invitation,
  calendar_template_meeting_reminder, calendar_template_meeting_update): the date card with
  the weekday, the day, 'MMMM y' and the short time in separate boxes and '(<zone>)' under
  it, then 'Details of the event' with Location / Duration / Attendees. The template's
  English strings are kept (databases whose calendar terms are not translated); the card's
  date parts are localised as Odoo's format_datetime/format_time do, with Babel's CLDR data.
- Forward header blocks (Gmail en/fr, Outlook de/es, Apple Mail en) come from
  build_parse-pos.py (loaded, not copied).

People, organisations, rooms and links are made up; every mail concerns a job interview of
the reader (rooms booked for it, or the ERP calendar of the employer). Labels were written
from the datetimes the mails are rendered from, before the parser was run on them. Held-out
families: `random.Random("atscards43 coin").sample(sorted(FAMILIES), 2)`, drawn before
anything was parsed. Deterministic; writes or deletes only files of its own families.
"""

from __future__ import annotations

import html as htmlmod
import importlib.util
import random
import re
import sys
from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path
from types import ModuleType
from zoneinfo import ZoneInfo

from babel.dates import format_datetime, format_time

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
at, mail, Case, timed = pp.at, pp.mail, pp.Case, pp.timed

FAMILIES = (
    "lbmade43",
    "lbinvite43",
    "lbgone43",
    "lbsoon43",
    "lbfwd43",
    "odcard43",
    "odcardalt43",
    "odcardfwd43",
    "odmove43",
)
HELD = frozenset(random.Random("atscards43 coin").sample(sorted(FAMILIES), 2))
SPLITS = {name: "heldout" if name in HELD else "dev" for name in FAMILIES}

LB_COMMIT = "7a763d98e52942ea3df7983133342d76b2bebac0"
OD_COMMIT = "00ce3720c6ca422ee8e0ae6e172b90cd6bf180b9"
LB_LICENSE = "GPL-3.0 (LibreBooking); people, rooms and texts ours"
OD_LICENSE = "LGPL-3.0 (Odoo); CLDR date parts via Babel (Unicode licence); people and texts ours"
OD_SRC = f"odoo/odoo@{OD_COMMIT}: addons/calendar/data/mail_template_data.xml"

SOURCES = {
    "lbmade43": "LibreBooking 'reservation created' mails (ReservationCreated.tpl), HTML only: a recruiter booked an interview room with the candidate as owner; Start/End lines in the locale's reservation_email format with the PHP zone identifier (cs keeps 'j.n.Y v H:i' and no zone).",
    "lbinvite43": "LibreBooking invitations (ReservationInvitation.tpl, 'X invited you to a reservation for <room>') with Attending? Yes/No links, HTML and a plain alternative; th_th's Buddhist year, sr_sr's hour-for-year quirk, ja/zh 'Y-m-d'/'Y/m/d' orders.",
    "lbgone43": "LibreBooking 'reservation removed' mails (ReservationDeleted.tpl) for the interview room: the interview is cancelled (cancellation with the cancelled slot).",
    "lbsoon43": "LibreBooking start reminders (StartReminderEmail.tpl, 'Reservation for <room> is starting soon') for the reader's interview.",
    "lbfwd43": "LibreBooking created/invitation mails forwarded by the candidate with a short note (Gmail en/fr, Outlook de/es, Apple Mail en), HTML flattened to text by the client.",
    "odcard43": "Odoo calendar invitations (calendar_template_meeting_invitation), HTML only: the date card (weekday / day / 'MMMM y' / short time / '(Zone/City)') in the recipient's CLDR locale beside 'Details of the event' (Location, Duration 0H45, Attendees).",
    "odcardalt43": "Odoo calendar reminders (calendar_template_meeting_reminder) sent as HTML plus a plain alternative flattened from the HTML (each card box on its own line).",
    "odcardfwd43": "Odoo calendar invitations forwarded by the candidate (Gmail en/fr, Outlook de/es, Apple Mail en): the card kept in the HTML part and flattened in the text part.",
    "odmove43": "Odoo 'Event update' mails (calendar_template_meeting_update) whose sender's message says the interview was moved to the time on the card (reschedule, new slot).",
}


# LibreBooking templates and strings as shipped (see docstring for the commit)
LB_TPL = {
    "cz/ReservationCreated": "\tVytvořeny tyto rezervace:\r\n"
    "\t<br/>\r\n"
    "\t<br/>\r\n"
    "\r\n"
    "\tZačátek: {formatdate date=$StartDate key=reservation_email}<br/>\r\n"
    "\tKonec: {formatdate date=$EndDate key=reservation_email}<br/>\r\n"
    "\t{if $ResourceNames|default:array()|count > 1}\r\n"
    "\tZdroje:<br/>\r\n"
    "\t\t{foreach from=$ResourceNames item=resourceName}\r\n"
    "\t\t\t{$resourceName}<br/>\r\n"
    "\t\t{/foreach}\r\n"
    "\t\t{else}\r\n"
    "    Zdroj: {$ResourceName}<br/>\r\n"
    "\t{/if}\r\n"
    "\r\n"
    "\t{if $ResourceImage}\r\n"
    '\t\t<div class="resource-image"><img '
    'src="{$ScriptUrl}/{$ResourceImage}"/></div>\r\n'
    "\t{/if}\r\n"
    "\r\n"
    "    Nadpis: {$Title}<br/>\r\n"
    "    Popis: {$Description|nl2br}<br/>\r\n"
    "\r\n"
    "\t{if count($RepeatDates) gt 0}\r\n"
    "\t\t<br/>\r\n"
    "\t\tByly rezervovány všechny tyto termíny:\r\n"
    "\t\t<br/>\r\n"
    "\t{/if}\r\n"
    "\r\n"
    "\t{foreach from=$RepeatDates item=date name=dates}\r\n"
    "\t\t{formatdate date=$date}<br/>\r\n"
    "\t{/foreach}\r\n"
    "\r\n"
    "\t{if $Accessories|default:array()|count > 0}\r\n"
    "\t\t<br/>Příslušenství:<br/>\r\n"
    "\t\t{foreach from=$Accessories item=accessory}\r\n"
    "\t\t\t({$accessory->QuantityReserved}) {$accessory->Name}<br/>\r\n"
    "\t\t{/foreach}\r\n"
    "\t{/if}\r\n"
    "\r\n"
    "\t{if $Attributes|default:array()|count > 0}\r\n"
    "\t\t<br/>\r\n"
    "\t\t{foreach from=$Attributes item=attribute}\r\n"
    '\t\t\t<div>{control type="AttributeControl" attribute=$attribute '
    "readonly=true}</div>\r\n"
    "\t\t{/foreach}\r\n"
    "\t{/if}\r\n"
    "\r\n"
    "\t{if $RequiresApproval}\r\n"
    "\t\t<br/>\r\n"
    "\t\tJedna nebo více rezervací vyžaduje schválení od administrátora. Do "
    "té doby bude Vaše rezervace ve stavu schvalování.\r\n"
    "\t{/if}\r\n"
    "\r\n"
    "\t{if !empty($ApprovedBy)}\r\n"
    "\t\t<br/>\r\n"
    "\tRezervaci potvrdil a schválil: {$ApprovedBy}\r\n"
    "\t{/if}\r\n"
    "\r\n"
    "\t<br/>\r\n"
    "\t<br/>\r\n"
    '\t<a href="{$ScriptUrl}/{$ReservationUrl}">Zobrazit tuto rezervaci v '
    "systému</a> |\r\n"
    '\t<a href="{$ScriptUrl}/{$ICalUrl}">Přidat do Outlook</a> |\r\n'
    '\t<a href="{$ScriptUrl}">Přihlásit se do rezervačního systému</a>\r\n',
    "cz/ReservationDeleted": "\tAdministrátorem byly smazány tyto rezervace:\r\n"
    "\t<br/>\r\n"
    "\t<br/>\r\n"
    "\r\n"
    "\tUživatel: {$UserName}<br/>\r\n"
    "\tZačátek: {formatdate date=$StartDate key=reservation_email}<br/>\r\n"
    "\tKonec: {formatdate date=$EndDate key=reservation_email}<br/>\r\n"
    "\t{if $ResourceNames|default:array()|count > 1}\r\n"
    "\tZdroje:<br/>\r\n"
    "\t\t{foreach from=$ResourceNames item=resourceName}\r\n"
    "\t\t\t{$resourceName}<br/>\r\n"
    "\t\t{/foreach}\r\n"
    "\t\t{else}\r\n"
    "    Zdroj: {$ResourceName}<br/>\r\n"
    "\t{/if}\r\n"
    "\r\n"
    "\t{if $ResourceImage}\r\n"
    '\t\t<div class="resource-image"><img '
    'src="{$ScriptUrl}/{$ResourceImage}"/></div>\r\n'
    "\t{/if}\r\n"
    "\r\n"
    "\tNadpis: {$Title}<br/>\r\n"
    "\tPopis: {$Description|nl2br}<br/>\r\n"
    "{$DeleteReason|nl2br}<br/>\r\n"
    "\r\n"
    "\r\n"
    "\r\n"
    "\t{if count($RepeatDates) gt 0}\r\n"
    "\t\t<br/>\r\n"
    "\t\tDošlo ke smazání všech těchto rezervovaných termínů:\r\n"
    "\t\t<br/>\r\n"
    "\t{/if}\r\n"
    "\r\n"
    "\t{foreach from=$RepeatDates item=date name=dates}\r\n"
    "\t\t{formatdate date=$date}<br/>\r\n"
    "\t{/foreach}\r\n"
    "\r\n"
    "\t{if $Accessories|default:array()|count > 0}\r\n"
    "\t\t<br/>Příslušenství:<br/>\r\n"
    "\t\t{foreach from=$Accessories item=accessory}\r\n"
    "\t\t\t({$accessory->QuantityReserved}) {$accessory->Name}<br/>\r\n"
    "\t\t{/foreach}\r\n"
    "\t{/if}\r\n"
    "\r\n"
    "\t<br/>\r\n"
    "        <br/>\r\n"
    '\t<a href="{$ScriptUrl}">Přihlásit se do rezervačního systému</a>\r\n',
    "cz/ReservationInvitation": "\tPozvánka do vytvořené rezervace:\r\n"
    "\t<br/>\r\n"
    "\t<br/>\r\n"
    "\r\n"
    "\tZačátek: {formatdate date=$StartDate "
    "key=reservation_email}<br/>\r\n"
    "\tKonec: {formatdate date=$EndDate key=reservation_email}<br/>\r\n"
    "\t{if $ResourceNames|default:array()|count > 1}\r\n"
    "\tZdroje:<br/>\r\n"
    "\t\t{foreach from=$ResourceNames item=resourceName}\r\n"
    "\t\t\t{$resourceName}<br/>\r\n"
    "\t\t{/foreach}\r\n"
    "\t\t{else}\r\n"
    "    Zdroj: {$ResourceName}<br/>\r\n"
    "\t{/if}\r\n"
    "\r\n"
    "\t{if $ResourceImage}\r\n"
    '\t\t<div class="resource-image"><img '
    'src="{$ScriptUrl}/{$ResourceImage}"/></div>\r\n'
    "\t{/if}\r\n"
    "\r\n"
    "\tNadpis: {$Title}<br/>\r\n"
    "\tPopis: {$Description|nl2br}<br/>\r\n"
    "\r\n"
    "\t{if count($RepeatDates) gt 0}\r\n"
    "\t\t<br/>\r\n"
    "\t\tByly rezervovány všechny tyto termíny:\r\n"
    "\t\t<br/>\r\n"
    "\t{/if}\r\n"
    "\r\n"
    "\t{foreach from=$RepeatDates item=date name=dates}\r\n"
    "\t\t{formatdate date=$date}<br/>\r\n"
    "\t{/foreach}\r\n"
    "\r\n"
    "\t{if $Accessories|default:array()|count > 0}\r\n"
    "\t\t<br/>Příslušenství:<br/>\r\n"
    "\t\t{foreach from=$Accessories item=accessory}\r\n"
    "\t\t\t({$accessory->QuantityReserved}) {$accessory->Name}<br/>\r\n"
    "\t\t{/foreach}\r\n"
    "\t{/if}\r\n"
    "\t{if $RequiresApproval}\r\n"
    "\t\t<br/>\r\n"
    "\t\tJedna nebo více rezervací vyžaduje schválení od administrátora. "
    "Do té doby bude Vaše rezervace ve stavu schvalování.\r\n"
    "\t{/if}\r\n"
    "\r\n"
    "\t<br/>\r\n"
    '\tÚčastnit se? <a href="{$ScriptUrl}/{$AcceptUrl}">Ano</a> <a '
    'href="{$ScriptUrl}/{$DeclineUrl}">Ne</a>\r\n'
    "\t<br/>\r\n"
    "\t<br/>\r\n"
    "\r\n"
    '\t<a href="{$ScriptUrl}/{$ReservationUrl}">Zobrazit tuto rezervaci v '
    "systému</a> |\r\n"
    '\t<a href="{$ScriptUrl}/{$ICalUrl}">Přidat do Outlook</a> |\r\n'
    '\t<a href="{$ScriptUrl}">Přihlásit se do rezervačního '
    "systému</a>\r\n",
    "da_da/ReservationCreated": "Oplysninger om reservation:\n"
    "<br/>\n"
    "<br/>\n"
    "\n"
    "Begynder: {formatdate date=$StartDate key=reservation_email}<br/>\n"
    "Slutter: {formatdate date=$EndDate key=reservation_email}<br/>\n"
    "{if $ResourceNames|default:array()|count > 1}\n"
    "\tFaciliteter:\n"
    "\t<br/>\n"
    "\t{foreach from=$ResourceNames item=resourceName}\n"
    "\t\t{$resourceName}\n"
    "\t\t<br/>\n"
    "\t{/foreach}\n"
    "{else}\n"
    "\tFacilitet: {$ResourceName}\n"
    "\t<br/>\n"
    "{/if}\n"
    "\n"
    "{if $ResourceImage}\n"
    '\t<div class="resource-image"><img '
    'src="{$ScriptUrl}/{$ResourceImage}"/></div>\n'
    "{/if}\n"
    "\n"
    "Overskrift: {$Title}<br/>\n"
    "Beskrivelse: {$Description|nl2br}\n"
    "\n"
    "{if count($RepeatRanges) gt 0}\n"
    "\t<br/>\n"
    "\tReservationen gælder for følgende datoer:\n"
    "\t<br/>\n"
    "{/if}\n"
    "\n"
    "{foreach from=$RepeatRanges item=date name=dates}\n"
    "\t{formatdate date=$date->GetBegin()}\n"
    "    {if !$date->IsSameDate()} - {formatdate "
    "date=$date->GetEnd()}{/if}\n"
    "\t<br/>\n"
    "{/foreach}\n"
    "\n"
    "{if $Participants|default:array()|count >0}\n"
    "    <br/>\n"
    "    Deltagere:\n"
    "    {foreach from=$Participants item=user}\n"
    "        {$user->FullName()} <a "
    'href="mailto:{$user->EmailAddress()}">{$user->EmailAddress()}</a>\n'
    "        <br/>\n"
    "    {/foreach}\n"
    "{/if}\n"
    "\n"
    "{if $ParticipatingGuests|default:array()|count >0}\n"
    "    {foreach from=$ParticipatingGuests item=email}\n"
    '        <a href="mailto:{$email}">{$email}</a>\n'
    "        <br/>\n"
    "    {/foreach}\n"
    "{/if}\n"
    "\n"
    "{if $Invitees|default:array()|count >0}\n"
    "    <br/>\n"
    "    Inviterede:\n"
    "    {foreach from=$Invitees item=user}\n"
    "        {$user->FullName()} <a "
    'href="mailto:{$user->EmailAddress()}">{$user->EmailAddress()}</a>\n'
    "        <br/>\n"
    "    {/foreach}\n"
    "{/if}\n"
    "\n"
    "{if $InvitedGuests|default:array()|count >0}\n"
    "    {foreach from=$InvitedGuests item=email}\n"
    '        <a href="mailto:{$email}">{$email}</a>\n'
    "        <br/>\n"
    "    {/foreach}\n"
    "{/if}\n"
    "\n"
    "{if $Accessories|default:array()|count > 0}\n"
    "\t<br/>\n"
    "\tUdstyr:\n"
    "\t<br/>\n"
    "\t{foreach from=$Accessories item=accessory}\n"
    "\t\t({$accessory->QuantityReserved}) {$accessory->Name}\n"
    "\t\t<br/>\n"
    "\t{/foreach}\n"
    "{/if}\n"
    "\n"
    "{if $CreditsCurrent > 0}\n"
    "    <br/>\n"
    "    Denne reservation koster {$CreditsCurrent} kreditter.\n"
    "    {if $CreditsCurrent != $CreditsTotal}\n"
    "        Denne serie af reservationer koster {$CreditsTotal} "
    "kreditter.\n"
    "    {/if}\n"
    "{/if}\n"
    "\n"
    "{if $Attributes|default:array()|count > 0}\n"
    "\t<br/>\n"
    "\t{foreach from=$Attributes item=attribute}\n"
    '\t\t<div>{control type="AttributeControl" attribute=$attribute '
    "readonly=true}</div>\n"
    "\t{/foreach}\n"
    "{/if}\n"
    "\n"
    "{if $RequiresApproval}\n"
    "\t<br/>\n"
    "\tMindst én af dine reservationer skal godkendes. En reservation er "
    "først endelig, når den er godkendt.\n"
    "{/if}\n"
    "\n"
    "{if $CheckInEnabled}\n"
    "\t<br/>\n"
    "\tFor mindst én af dine reservationer, er det påkrævet, at du "
    "tjekker ind og ud.\n"
    "\t{if $AutoReleaseMinutes != null}\n"
    "\t\tReservationen annulleres, hvis der ikke foretages tjek ind, "
    "senest {$AutoReleaseMinutes} minutter efter det planlagte "
    "starttidspunkt.\n"
    "\t{/if}\n"
    "{/if}\n"
    "\n"
    "{if !empty($ApprovedBy)}\n"
    "\t<br/>\n"
    "\tGodkendt af: {$ApprovedBy}\n"
    "{/if}\n"
    "\n"
    "\n"
    "{if !empty($CreatedBy)}\n"
    "\t<br/>\n"
    "\tOprettet af: {$CreatedBy}\n"
    "{/if}\n"
    "\n"
    "<br/>\n"
    "Referencenummer: {$ReferenceNumber}\n"
    "\n"
    "<br/>\n"
    "<br/>\n"
    '<a href="{$ScriptUrl}/{$ReservationUrl}">Se denne reservation</a> |\n'
    '<a href="{$ScriptUrl}/{$ICalUrl}">Tilføj til kalender</a> |\n'
    "<a "
    "href=\"http://www.google.com/calendar/event?action=TEMPLATE&text={$Title|escape:'url'}&dates={formatdate "
    "date=$StartDate->ToUtc() key=google}/{formatdate "
    "date=$EndDate->ToUtc() "
    "key=google}&ctz={$StartDate->Timezone()}&details={$Description|escape:'url'}&location={$ResourceName|escape:'url'}&trp=false&sprop=&sprop=name:\"\n"
    '   target="_blank" rel="nofollow">Tilføj til Google Kalender</a> |\n'
    '<a href="{$ScriptUrl}">Log på {$AppTitle}</a>\n',
    "da_da/ReservationDeleted": "Oplysninger om reservation:\n"
    "<br/>\n"
    "<br/>\n"
    "\n"
    "Bruger: {$UserName}<br/>\n"
    "Begynder: {formatdate date=$StartDate key=reservation_email}<br/>\n"
    "Slutter: {formatdate date=$EndDate key=reservation_email}<br/>\n"
    "{if $ResourceNames|default:array()|count > 1}\n"
    "    Faciliteter:\n"
    "    <br/>\n"
    "    {foreach from=$ResourceNames item=resourceName}\n"
    "        {$resourceName}\n"
    "        <br/>\n"
    "    {/foreach}\n"
    "{else}\n"
    "    Facilitet: {$ResourceName}\n"
    "    <br/>\n"
    "{/if}\n"
    "\n"
    "{if $ResourceImage}\n"
    '    <div class="resource-image"><img '
    'src="{$ScriptUrl}/{$ResourceImage}"/></div>\n'
    "{/if}\n"
    "\n"
    "Overskrift: {$Title}<br/>\n"
    "Beskrivelse: {$Description|nl2br}<br/>\n"
    "Årsag: {$DeleteReason|nl2br}<br/>\n"
    "\n"
    "{if count($RepeatRanges) gt 0}\n"
    "    <br/>\n"
    "    Disse datoer er slettede:\n"
    "    <br/>\n"
    "{/if}\n"
    "\n"
    "{foreach from=$RepeatRanges item=date name=dates}\n"
    "    {formatdate date=$date->GetBegin()}\n"
    "    {if !$date->IsSameDate()} - {formatdate "
    "date=$date->GetEnd()}{/if}\n"
    "    <br/>\n"
    "{/foreach}\n"
    "\n"
    "{if $Accessories|default:array()|count > 0}\n"
    "    <br/>\n"
    "    Udstyr:\n"
    "    <br/>\n"
    "    {foreach from=$Accessories item=accessory}\n"
    "        ({$accessory->QuantityReserved}) {$accessory->Name}\n"
    "        <br/>\n"
    "    {/foreach}\n"
    "{/if}\n"
    "\n"
    "{if !empty($CreatedBy)}\n"
    "    <br/>\n"
    "    Slettet af: {$CreatedBy}\n"
    "{/if}\n"
    "\n"
    "<br/>\n"
    "Referencenummer: {$ReferenceNumber}\n"
    "\n"
    "<br/>\n"
    '<a href="{$ScriptUrl}">Log på {$AppTitle}</a>\n',
    "da_da/ReservationInvitation": "Oplysninger om reservation:\n"
    "<br/>\n"
    "<br/>\n"
    "\n"
    "Begynder: {formatdate date=$StartDate "
    "key=reservation_email}<br/>\n"
    "Slutter: {formatdate date=$EndDate key=reservation_email}<br/>\n"
    "{if $ResourceNames|default:array()|count > 1}\n"
    "    Faciliteter:\n"
    "    <br/>\n"
    "    {foreach from=$ResourceNames item=resourceName}\n"
    "        {$resourceName}\n"
    "        <br/>\n"
    "    {/foreach}\n"
    "{else}\n"
    "    Facilitet: {$ResourceName}\n"
    "    <br/>\n"
    "{/if}\n"
    "\n"
    "{if $ResourceImage}\n"
    '    <div class="resource-image"><img '
    'src="{$ScriptUrl}/{$ResourceImage}"/></div>\n'
    "{/if}\n"
    "\n"
    "Overskrift: {$Title}<br/>\n"
    "Beskrivelse: {$Description|nl2br}\n"
    "\n"
    "{if count($RepeatRanges) gt 0}\n"
    "    <br/>\n"
    "    Reservationen gælder for følgende datoer:\n"
    "    <br/>\n"
    "{/if}\n"
    "\n"
    "{foreach from=$RepeatRanges item=date name=dates}\n"
    "    {formatdate date=$date->GetBegin()}\n"
    "    {if !$date->IsSameDate()} - {formatdate "
    "date=$date->GetEnd()}{/if}\n"
    "    <br/>\n"
    "{/foreach}\n"
    "\n"
    "{if $Participants|default:array()|count >0}\n"
    "    <br/>\n"
    "    Deltagere:\n"
    "    {foreach from=$Participants item=user}\n"
    "        {$user->FullName()}\n"
    "        <br/>\n"
    "    {/foreach}\n"
    "{/if}\n"
    "\n"
    "{if $ParticipatingGuests|default:array()|count >0}\n"
    "    {foreach from=$ParticipatingGuests item=email}\n"
    "        {$email}\n"
    "        <br/>\n"
    "    {/foreach}\n"
    "{/if}\n"
    "\n"
    "{if $Invitees|default:array()|count >0}\n"
    "    <br/>\n"
    "    Inviterede:\n"
    "    {foreach from=$Invitees item=user}\n"
    "        {$user->FullName()}\n"
    "        <br/>\n"
    "    {/foreach}\n"
    "{/if}\n"
    "\n"
    "{if $InvitedGuests|default:array()|count >0}\n"
    "    {foreach from=$InvitedGuests item=email}\n"
    "        {$email}\n"
    "        <br/>\n"
    "    {/foreach}\n"
    "{/if}\n"
    "\n"
    "{if $Accessories|default:array()|count > 0}\n"
    "    <br/>\n"
    "    Udstyr:\n"
    "    <br/>\n"
    "    {foreach from=$Accessories item=accessory}\n"
    "        ({$accessory->QuantityReserved}) {$accessory->Name}\n"
    "        <br/>\n"
    "    {/foreach}\n"
    "{/if}\n"
    "\n"
    "{if $RequiresApproval}\n"
    "    <br/>\n"
    "    Mindst én af dine reservationer skal godkendes. En "
    "reservation er først endelig, når den er godkendt.\n"
    "{/if}\n"
    "\n"
    "<br/>\n"
    'Kommer du? <a href="{$ScriptUrl}/{$AcceptUrl}">Ja</a> <a '
    'href="{$ScriptUrl}/{$DeclineUrl}">Nej</a>\n'
    "<br/>\n"
    "<br/>\n"
    "\n"
    '<a href="{$ScriptUrl}/{$ReservationUrl}">Se denne reservation</a> '
    "|\n"
    '<a href="{$ScriptUrl}/{$ICalUrl}">Tilføj til kalender</a> |\n'
    "<a "
    "href=\"http://www.google.com/calendar/event?action=TEMPLATE&text={$Title|escape:'url'}&dates={formatdate "
    "date=$StartDate->ToUtc() key=google}/{formatdate "
    "date=$EndDate->ToUtc() "
    "key=google}&ctz={$StartDate->Timezone()}&details={$Description|escape:'url'}&location={$ResourceName|escape:'url'}&trp=false&sprop=&sprop=name:\"\n"
    '   target="_blank" rel="nofollow">Tilføj til Google Kalender</a> '
    "|\n"
    '<a href="{$ScriptUrl}">Log på {$AppTitle}</a>\n',
    "el_gr/ReservationDeleted": "<p><strong>Πληροφορίες κράτησης:</strong></p>\n"
    "\n"
    "<p>\n"
    "\t<strong>Έναρξη:</strong> {formatdate date=$StartDate "
    "key=reservation_email}<br/>\n"
    "\t<strong>Λήξη:</strong> {formatdate date=$EndDate "
    "key=reservation_email}<br/>\n"
    "\t<strong>Τίτλος:</strong> {$Title}<br/>\n"
    "\t<strong>Περιγραφή:</strong> {$Description|nl2br}\n"
    "    {if $Attributes|default:array()|count > 0}\n"
    "\t\t<br/>\n"
    "\t\t{foreach from=$Attributes item=attribute}\n"
    '\t\t\t<div>{control type="AttributeControl" attribute=$attribute '
    "readonly=true}</div>\n"
    "\t\t{/foreach}\n"
    "\t{/if}\n"
    "</p>\n"
    "\n"
    "<p>\n"
    "    {if $ResourceNames|default:array()|count > 1}\n"
    "\t\t<strong>Πόροι "
    "({$ResourceNames|default:array()|count}):</strong>\n"
    "\t\t<br/>\n"
    "        {foreach from=$ResourceNames item=resourceName}\n"
    "            {$resourceName}\n"
    "\t\t\t<br/>\n"
    "        {/foreach}\n"
    "    {else}\n"
    "\t\t<strong>Πόρος:</strong>\n"
    "        {$ResourceName}\n"
    "\t\t<br/>\n"
    "    {/if}\n"
    "</p>\n"
    "\n"
    "{if $ResourceImage}\n"
    '\t<div class="resource-image"><img alt="{$ResourceName|escape}" '
    'src="{$ScriptUrl}/{$ResourceImage}"/></div>\n'
    "{/if}\n"
    "\n"
    "{if count($RepeatRanges) gt 0}\n"
    "\t<br/>\n"
    "\t<strong>Η κράτηση συμβαίνει στις ακόλουθες ημερομηνίες "
    "({$RepeatRanges|default:array()|count}):</strong>\n"
    "\t<br/>\n"
    "    {foreach from=$RepeatRanges item=date name=dates}\n"
    "        {formatdate date=$date->GetBegin()}\n"
    "        {if !$date->IsSameDate()} - {formatdate "
    "date=$date->GetEnd()}{/if}\n"
    "\t\t<br/>\n"
    "    {/foreach}\n"
    "{/if}\n"
    "\n"
    "<p>\n"
    "    {if !empty($CreatedBy)}\n"
    "\t\t<strong>Διαγράφηκε από:</strong>\n"
    "        {$CreatedBy}\n"
    "\t\t<br/>\n"
    "\t\t<strong>Αιτία διαγραφής: {$DeleteReason|nl2br}</strong>\n"
    "    {/if}\n"
    "</p>\n"
    "\n"
    "<p><strong>Αριθμός αναφοράς:</strong> {$ReferenceNumber}</p>\n"
    "\n"
    '<a href="{$ScriptUrl}">Κάνετε είσοδο στο {$AppTitle}</a>\n',
    "el_gr/ReservationInvitation": "{if $Deleted}\n"
    "    <p>Ο/Η {$UserName} διέγραψε μια κράτηση</p>\n"
    "    {else}\n"
    "    <p>Ο/Η {$UserName} σας πρόσθεσε σε μια κράτηση</p>\n"
    "{/if}\n"
    "\n"
    "{if !empty($DeleteReason)}\n"
    "    <p><strong>Αιτία "
    "διαγραφής:</strong>{$DeleteReason|nl2br}</p>\n"
    "{/if}\n"
    "\n"
    "<p><strong>Πληροφορίες κράτησης:</strong></p>\n"
    "\n"
    "<p>\n"
    "    <strong>Έναρξη:</strong> {formatdate date=$StartDate "
    "key=reservation_email}<br/>\n"
    "\t<strong>Λήξη: {formatdate date=$EndDate "
    "key=reservation_email}<br/>\n"
    "</p>\n"
    "\n"
    "<p>\n"
    "{if $ResourceNames|default:array()|count > 1}\n"
    "    <strong>Πόροι "
    "({$ResourceNames|default:array()|count}):</strong> <br />\n"
    "    {foreach from=$ResourceNames item=resourceName}\n"
    "        {$resourceName}<br/>\n"
    "    {/foreach}\n"
    "{else}\n"
    "    <strong>Πόρος:</strong> {$ResourceName}<br/>\n"
    "{/if}\n"
    "</p>\n"
    "\n"
    "{if $ResourceImage}\n"
    '    <div class="resource-image"><img alt="{$ResourceName|escape}" '
    'src="{$ScriptUrl}/{$ResourceImage}"/></div>\n'
    "{/if}\n"
    "\n"
    "{if $RequiresApproval && !$Deleted}\n"
    "    <p>* Τουλάχιστον ένας από τους κρατημένους πόρους απαιτεί "
    "έγκριση πριν τη χρήση του. Η κράτηση θα είναι σε εκκρεμότητα "
    "μέχρι να εγκριθεί. *</p>\n"
    "{/if}\n"
    "\n"
    "<p>\n"
    "\t<strong>Τίτλος:</strong> {$Title}<br/>\n"
    "\t<strong>Περιγραφή:</strong> {$Description|nl2br}\n"
    "</p>\n"
    "\n"
    "{if count($RepeatRanges) gt 0}\n"
    "    <br/>\n"
    "    <strong>Η κράτηση ισχύει για τις εξής ημερομηνίες  "
    "({$RepeatRanges|default:array()|count}):</strong>\n"
    "    <br/>\n"
    "{/if}\n"
    "\n"
    "{foreach from=$RepeatRanges item=date name=dates}\n"
    "    {formatdate date=$date->GetBegin()}\n"
    "    {if !$date->IsSameDate()} - {formatdate "
    "date=$date->GetEnd()}{/if}\n"
    "    <br/>\n"
    "{/foreach}\n"
    "\n"
    "{if $Participants|default:array()|count >0}\n"
    "    <br />\n"
    "    <strong>Συμμετέχοντες ({$Participants|default:array()|count + "
    "$ParticipatingGuests|default:array()|count}):</strong>\n"
    "    <br />\n"
    "    {foreach from=$Participants item=user}\n"
    "        {$user->FullName()}\n"
    "        <br/>\n"
    "    {/foreach}\n"
    "{/if}\n"
    "\n"
    "{if $ParticipatingGuests|default:array()|count >0}\n"
    "    {foreach from=$ParticipatingGuests item=email}\n"
    "        {$email}\n"
    "        <br/>\n"
    "    {/foreach}\n"
    "{/if}\n"
    "\n"
    "{if $Invitees|default:array()|count >0}\n"
    "    <br />\n"
    "    <strong>Invitees ({$Invitees|default:array()|count + "
    "$InvitedGuests|default:array()|count}):</strong>\n"
    "    <br />\n"
    "    {foreach from=$Invitees item=user}\n"
    "        {$user->FullName()}\n"
    "        <br/>\n"
    "    {/foreach}\n"
    "{/if}\n"
    "\n"
    "{if $InvitedGuests|default:array()|count >0}\n"
    "    {foreach from=$InvitedGuests item=email}\n"
    "        {$email}\n"
    "        <br/>\n"
    "    {/foreach}\n"
    "{/if}\n"
    "\n"
    "{if $Accessories|default:array()|count > 0}\n"
    "    <br />\n"
    "       <strong>Εξοπλισμός "
    "({$Accessories|default:array()|count}):</strong>\n"
    "       <br />\n"
    "    {foreach from=$Accessories item=accessory}\n"
    "        ({$accessory->QuantityReserved}) {$accessory->Name}\n"
    "        <br/>\n"
    "    {/foreach}\n"
    "{/if}\n"
    "\n"
    "{if !$Deleted && !$Updated}\n"
    "<p>\n"
    "    <strong>Θα παρακολουθήσετε;</strong> <a "
    'href="{$ScriptUrl}/{$AcceptUrl}">Ναι</a> <a '
    'href="{$ScriptUrl}/{$DeclineUrl}">Όχι</a>\n'
    "</p>\n"
    "{/if}\n"
    "\n"
    "{if !$Deleted}\n"
    '<a href="{$ScriptUrl}/{$ReservationUrl}">Δείτε την κράτηση</a> |\n'
    '<a href="{$ScriptUrl}/{$ICalUrl}">Προσθήκη στο Ημερολόγιο</a> |\n'
    '<a href="{$GoogleCalendarUrl}" target="_blank" '
    'rel="nofollow">Προσθήκη στο Google Calendar</a> |\n'
    "{/if}\n"
    '<a href="{$ScriptUrl}">Κάνετε είσοδο στο  {$AppTitle}</a>\n',
    "el_gr/StartReminderEmail": "<p>Η κράτησή σας ξεκινάει σύντομα.</p>\n"
    "<p><strong>Πληροφορίες κράτησης:</strong></p>\n"
    "<p>\n"
    "\t<strong>Έναρξη:</strong> {formatdate date=$StartDate "
    "key=reservation_email}<br/>\n"
    "\t<strong>Λήξη:</strong> {formatdate date=$EndDate "
    "key=reservation_email}<br/>\n"
    "\t<strong>Πόρος:</strong> {$ResourceName}<br/>\n"
    "\t<strong>Τίτλος:</strong> {$Title}<br/>\n"
    "\t<strong>Περιγραφή:</strong> {$Description|nl2br}\n"
    "</p>\n"
    "\n"
    "<p>\n"
    '\t<a href="{$ScriptUrl}/{$ReservationUrl}">Δείτε την κράτηση</a> |\n'
    '\t<a href="{$ScriptUrl}/{$ICalUrl}">Προσθήκη στο Ημερολόγιο</a> |\n'
    '\t<a href="{$ScriptUrl}">Κάνετε είσοδο στο {$AppTitle}</a>\n'
    "</p>\n",
    "eu_es/ReservationInvitation": "    Erreserbaren xehetasunak:\n"
    "\t<br/>\n"
    "\t<br/>\n"
    "\n"
    "\tHasiera: {formatdate date=$StartDate "
    "key=reservation_email}<br/>\n"
    "\tAmaiera: {formatdate date=$EndDate key=reservation_email}<br/>\n"
    "\t{if $ResourceNames|default:array()|count > 1}\n"
    "\t\tBaliabideak:<br/>\n"
    "\t\t{foreach from=$ResourceNames item=resourceName}\n"
    "\t\t\t{$resourceName}<br/>\n"
    "\t\t{/foreach}\n"
    "\t\t{else}\n"
    "\t\tBaliabidea: {$ResourceName}<br/>\n"
    "\t{/if}\n"
    "\n"
    "\t{if $ResourceImage}\n"
    '\t\t<div class="resource-image"><img '
    'src="{$ScriptUrl}/{$ResourceImage}"/></div>\n'
    "\t{/if}\n"
    "\n"
    "\tIzenburua: {$Title}<br/>\n"
    "\tDeskripzioa: {$Description|nl2br}<br/>\n"
    "\n"
    "\t{if count($RepeatDates) gt 0}\n"
    "\t\t<br/>\n"
    "\t\tErreserba data hauetarako da:\n"
    "\t\t<br/>\n"
    "\t{/if}\n"
    "\n"
    "\t{foreach from=$RepeatDates item=date name=dates}\n"
    "\t\t{formatdate date=$date}<br/>\n"
    "\t{/foreach}\n"
    "\n"
    "\t{if $Accessories|default:array()|count > 0}\n"
    "\t\t<br/>Osagarriak:<br/>\n"
    "\t\t{foreach from=$Accessories item=accessory}\n"
    "\t\t\t({$accessory->QuantityReserved}) {$accessory->Name}<br/>\n"
    "\t\t{/foreach}\n"
    "\t{/if}\n"
    "\n"
    "\t{if $RequiresApproval}\n"
    "\t\t<br/>\n"
    "\t\tErreserbatutako baliabideetako bat onartua izan behar du "
    "erabilia izan baino lehen. Erreserba hau zain geratuko da onartu "
    "arte.\n"
    "\t{/if}\n"
    "\n"
    "\t<br/>\n"
    '\tBertaratuko? <a href="{$ScriptUrl}/{$AcceptUrl}">Bai</a> <a '
    'href="{$ScriptUrl}/{$DeclineUrl}">Ez</a>\n'
    "\t<br/>\n"
    "\t<br/>\n"
    "\n"
    '\t<a href="{$ScriptUrl}/{$ReservationUrl}">Erreserba hau '
    "ikusi</a> |\n"
    '\t<a href="{$ScriptUrl}/{$ICalUrl}">Egutegi batera gehitu</a> |\n'
    '\t<a href="{$ScriptUrl}">Saioa hasi LibreBooking-en</a>\n',
    "hr_hr/ReservationCreated": "\tDetalji o rezervaciji:\n"
    "\t<br/>\n"
    "\t<br/>\n"
    "\n"
    "\tPocetak: {formatdate date=$StartDate key=reservation_email}<br/>\n"
    "\tKraj: {formatdate date=$EndDate key=reservation_email}<br/>\n"
    "\t{if $ResourceNames|default:array()|count > 1}\n"
    "\t\tTereni:<br/>\n"
    "\t\t{foreach from=$ResourceNames item=resourceName}\n"
    "\t\t\t{$resourceName}<br/>\n"
    "\t\t{/foreach}\n"
    "\t\t{else}\n"
    "\t\tTereni: {$ResourceName}<br/>\n"
    "\t{/if}\n"
    "\n"
    "\t{if $ResourceImage}\n"
    '\t\t<div class="resource-image"><img '
    'src="{$ScriptUrl}/{$ResourceImage}"/></div>\n'
    "\t{/if}\n"
    "\n"
    "\tNaziv: {$Title}<br/>\n"
    "\tOpis: {$Description|nl2br}<br/>\n"
    "\n"
    "\t{if count($RepeatDates) gt 0}\n"
    "\t\t<br/>\n"
    "\t\tRezervacija va�i za navedeni datum:\n"
    "\t\t<br/>\n"
    "\t{/if}\n"
    "\n"
    "\t{foreach from=$RepeatDates item=date name=dates}\n"
    "\t\t{formatdate date=$date}<br/>\n"
    "\t{/foreach}\n"
    "\n"
    "\t{if $Accessories|default:array()|count > 0}\n"
    "\t\t<br/>Dodatno:<br/>\n"
    "\t\t{foreach from=$Accessories item=accessory}\n"
    "\t\t\t({$accessory->QuantityReserved}) {$accessory->Name}<br/>\n"
    "\t\t{/foreach}\n"
    "\t{/if}\n"
    "\n"
    "\t{if $Attributes|default:array()|count > 0}\n"
    "\t\t<br/>\n"
    "\t\t{foreach from=$Attributes item=attribute}\n"
    '\t\t\t<div>{control type="AttributeControl" attribute=$attribute '
    "readonly=true}</div>\n"
    "\t\t{/foreach}\n"
    "\t{/if}\n"
    "\n"
    "\t{if $RequiresApproval}\n"
    "\t\t<br/>\n"
    "\t\tJedan ili vi�e terena zahtijevaju odobrenje prije upotrebe. Ova "
    "rezervacija ce biti zadr�ana do dozvole.\n"
    "\t{/if}\n"
    "\n"
    "\t<br/>\n"
    "\t<br/>\n"
    '\t<a href="{$ScriptUrl}/{$ReservationUrl}">Pregledaj rezervaciju</a> '
    "|\n"
    '\t<a href="{$ScriptUrl}/{$ICalUrl}">Dodaj u kalendar</a> |\n'
    '\t<a href="{$ScriptUrl}">Ulogiraj se</a>\n'
    "\n",
    "hr_hr/StartReminderEmail": "Va�a rezervacija uskoro pocinje.<br/>\r\n"
    "Detalji o rezervaciji:\r\n"
    "\t<br/>\r\n"
    "\t<br/>\r\n"
    "\tPocetak: {formatdate date=$StartDate "
    "key=reservation_email}<br/>\r\n"
    "\tKraj: {formatdate date=$EndDate key=reservation_email}<br/>\r\n"
    "\tTeren: {$ResourceName}<br/>\r\n"
    "\tNaslov: {$Title}<br/>\r\n"
    "\tOpis: {$Description|nl2br}<br/>\r\n"
    "<br/>\r\n"
    "<br/>\r\n"
    '<a href="{$ScriptUrl}/{$ReservationUrl}">Pregledaj rezervaciju</a> '
    "|\r\n"
    '<a href="{$ScriptUrl}/{$ICalUrl}">Dodaj u kalendar</a> |\r\n'
    '<a href="{$ScriptUrl}">Ulogiraj se</a>\r\n'
    "\r\n",
    "hu_hu/ReservationCreated": "A foglalás részletei:\n"
    "<br/>\n"
    "<br/>\n"
    "\n"
    "Kezdés: {formatdate date=$StartDate key=reservation_email}<br/>\n"
    "Befejezés: {formatdate date=$EndDate key=reservation_email}<br/>\n"
    "{if $ResourceNames|default:array()|count > 1}\n"
    "\tElemek:\n"
    "\t<br/>\n"
    "\t{foreach from=$ResourceNames item=resourceName}\n"
    "\t\t{$resourceName}\n"
    "\t\t<br/>\n"
    "\t{/foreach}\n"
    "{else}\n"
    "\tElem: {$ResourceName}\n"
    "\t<br/>\n"
    "{/if}\n"
    "\n"
    "{if $ResourceImage}\n"
    '\t<div class="resource-image"><img '
    'src="{$ScriptUrl}/{$ResourceImage}"/></div>\n'
    "{/if}\n"
    "\n"
    "Megnevezés: {$Title}<br/>\n"
    "Leírás: {$Description|nl2br}\n"
    "\n"
    "{if count($RepeatRanges) gt 0}\n"
    "\t<br/>\n"
    "\tFoglalása az alábbi dátumokra esik:\n"
    "\t<br/>\n"
    "{/if}\n"
    "\n"
    "{foreach from=$RepeatRanges item=date name=dates}\n"
    "\t{formatdate date=$date->GetBegin()}\n"
    "    {if !$date->IsSameDate()} - {formatdate "
    "date=$date->GetEnd()}{/if}\n"
    "\t<br/>\n"
    "{/foreach}\n"
    "\n"
    "{if $Participants|default:array()|count >0}\n"
    "    <br/>\n"
    "    Résztvevők:\n"
    "    {foreach from=$Participants item=user}\n"
    "        {$user->FullName()} <a "
    'href="mailto:{$user->EmailAddress()}">{$user->EmailAddress()}</a>\n'
    "        <br/>\n"
    "    {/foreach}\n"
    "{/if}\n"
    "\n"
    "{if $ParticipatingGuests|default:array()|count >0}\n"
    "    {foreach from=$ParticipatingGuests item=email}\n"
    '        <a href="mailto:{$email}">{$email}</a>\n'
    "        <br/>\n"
    "    {/foreach}\n"
    "{/if}\n"
    "\n"
    "{if $Invitees|default:array()|count >0}\n"
    "    <br/>\n"
    "    Meghívottak:\n"
    "    {foreach from=$Invitees item=user}\n"
    "        {$user->FullName()} <a "
    'href="mailto:{$user->EmailAddress()}">{$user->EmailAddress()}</a>\n'
    "        <br/>\n"
    "    {/foreach}\n"
    "{/if}\n"
    "\n"
    "{if $InvitedGuests|default:array()|count >0}\n"
    "    {foreach from=$InvitedGuests item=email}\n"
    '        <a href="mailto:{$email}">{$email}</a>\n'
    "        <br/>\n"
    "    {/foreach}\n"
    "{/if}\n"
    "\n"
    "{if $Accessories|default:array()|count > 0}\n"
    "\t<br/>\n"
    "\tKiegészítők:\n"
    "\t<br/>\n"
    "\t{foreach from=$Accessories item=accessory}\n"
    "\t\t({$accessory->QuantityReserved}) {$accessory->Name}\n"
    "\t\t<br/>\n"
    "\t{/foreach}\n"
    "{/if}\n"
    "\n"
    "{if $CreditsCurrent > 0}\n"
    "    <br/>\n"
    "    A foglalás költsége {$CreditsCurrent} credits.\n"
    "    {if $CreditsCurrent != $CreditsTotal}\n"
    "        Ezen sorozat költsége {$CreditsTotal} credits.\n"
    "    {/if}\n"
    "{/if}\n"
    "\n"
    "{if $Attributes|default:array()|count > 0}\n"
    "\t<br/>\n"
    "\t{foreach from=$Attributes item=attribute}\n"
    '\t\t<div>{control type="AttributeControl" attribute=$attribute '
    "readonly=true}</div>\n"
    "\t{/foreach}\n"
    "{/if}\n"
    "\n"
    "{if $RequiresApproval}\n"
    "\t<br/>\n"
    "\tA foglalások legalább egyike engedélyezést igényel. A fogalás "
    "függőben marad jóváhagyásig.\n"
    "{/if}\n"
    "\n"
    "{if $CheckInEnabled}\n"
    "\t<br/>\n"
    "\tA bejegyzett foglalások legalább egyike be és kijelentkezést "
    "igényel.\n"
    "\t{if $AutoReleaseMinutes != null}\n"
    "\t\tEz a foglalás törlésre kerül, amennyiben nem jelentkezik be "
    "{$AutoReleaseMinutes} perccel az ütemezett kezdés után.\n"
    "\t{/if}\n"
    "{/if}\n"
    "\n"
    "{if !empty($ApprovedBy)}\n"
    "\t<br/>\n"
    "\tJóváhagyta: {$ApprovedBy}\n"
    "{/if}\n"
    "\n"
    "\n"
    "{if !empty($CreatedBy)}\n"
    "\t<br/>\n"
    "\tLétrehozta: {$CreatedBy}\n"
    "{/if}\n"
    "\n"
    "<br/>\n"
    "Referenciaszám: {$ReferenceNumber}\n"
    "\n"
    "<br/>\n"
    "<br/>\n"
    '<a href="{$ScriptUrl}/{$ReservationUrl}">Fogalás megtekintése</a> |\n'
    '<a href="{$ScriptUrl}/{$ICalUrl}">Naptárhoz adás</a> |\n'
    "<a "
    "href=\"http://www.google.com/calendar/event?action=TEMPLATE&text={$Title|escape:'url'}&dates={formatdate "
    "date=$StartDate->ToUtc() key=google}/{formatdate "
    "date=$EndDate->ToUtc() "
    "key=google}&ctz={$StartDate->Timezone()}&details={$Description|escape:'url'}&location={$ResourceName|escape:'url'}&trp=false&sprop=&sprop=name:\"\n"
    '   target="_blank" rel="nofollow">Google Naptárhoz adás</a> |\n'
    '<a href="{$ScriptUrl}">Bejelentkezés ide: {$AppTitle}</a>\n',
    "hu_hu/ReservationDeleted": "Foglalás részletei:\n"
    "<br/>\n"
    "<br/>\n"
    "\n"
    "Felhasználó: {$UserName}<br/>\n"
    "Kezdés: {formatdate date=$StartDate key=reservation_email}<br/>\n"
    "Befejezés: {formatdate date=$EndDate key=reservation_email}<br/>\n"
    "{if $ResourceNames|default:array()|count > 1}\n"
    "    Elemek:\n"
    "    <br/>\n"
    "    {foreach from=$ResourceNames item=resourceName}\n"
    "        {$resourceName}\n"
    "        <br/>\n"
    "    {/foreach}\n"
    "{else}\n"
    "    Elem: {$ResourceName}\n"
    "    <br/>\n"
    "{/if}\n"
    "\n"
    "{if $ResourceImage}\n"
    '    <div class="resource-image"><img '
    'src="{$ScriptUrl}/{$ResourceImage}"/></div>\n'
    "{/if}\n"
    "\n"
    "Megnevezés: {$Title}<br/>\n"
    "Leírás: {$Description|nl2br}<br/>\n"
    "Törlés oka: {$DeleteReason|nl2br}<br/>\n"
    "\n"
    "{if count($RepeatRanges) gt 0}\n"
    "    <br/>\n"
    "    Az alábbi dátumok eltávolításra kerültek:\n"
    "    <br/>\n"
    "{/if}\n"
    "\n"
    "{foreach from=$RepeatRanges item=date name=dates}\n"
    "    {formatdate date=$date->GetBegin()}\n"
    "    {if !$date->IsSameDate()} - {formatdate "
    "date=$date->GetEnd()}{/if}\n"
    "    <br/>\n"
    "{/foreach}\n"
    "\n"
    "{if $Accessories|default:array()|count > 0}\n"
    "    <br/>\n"
    "    Kiegészítők:\n"
    "    <br/>\n"
    "    {foreach from=$Accessories item=accessory}\n"
    "        ({$accessory->QuantityReserved}) {$accessory->Name}\n"
    "        <br/>\n"
    "    {/foreach}\n"
    "{/if}\n"
    "\n"
    "<br/>\n"
    '<a href="{$ScriptUrl}">Bejelentkezés ide: {$AppTitle}</a>\n',
    "id_id/ReservationCreated": "\tRincian reservasi:\n"
    "\t<br/>\n"
    "\t<br/>\n"
    "\n"
    "\tMulai: {formatdate date=$StartDate key=reservation_email}<br/>\n"
    "\tAkhir: {formatdate date=$EndDate key=reservation_email}<br/>\n"
    "\t{if $ResourceNames|default:array()|count > 1}\n"
    "\t\tResources:<br/>\n"
    "\t\t{foreach from=$ResourceNames item=resourceName}\n"
    "\t\t\t{$resourceName}<br/>\n"
    "\t\t{/foreach}\n"
    "\t\t{else}\n"
    "\t\tResource: {$ResourceName}<br/>\n"
    "\t{/if}\n"
    "\n"
    "\t{if $ResourceImage}\n"
    '\t\t<div class="resource-image"><img '
    'src="{$ScriptUrl}/{$ResourceImage}"/></div>\n'
    "\t{/if}\n"
    "\n"
    "\tJudul: {$Title}<br/>\n"
    "\tPenjelasan: {$Description|nl2br}<br/>\n"
    "\n"
    "\t{if count($RepeatDates) gt 0}\n"
    "\t\t<br/>\n"
    "\t\tReservasi diulang sampai tanggal:\n"
    "\t\t<br/>\n"
    "\t{/if}\n"
    "\n"
    "\t{foreach from=$RepeatDates item=date name=dates}\n"
    "\t\t{formatdate date=$date}<br/>\n"
    "\t{/foreach}\n"
    "\n"
    "\t{if $Accessories|default:array()|count > 0}\n"
    "\t\t<br/>Aksesori:<br/>\n"
    "\t\t{foreach from=$Accessories item=accessory}\n"
    "\t\t\t({$accessory->QuantityReserved}) {$accessory->Name}<br/>\n"
    "\t\t{/foreach}\n"
    "\t{/if}\n"
    "\n"
    "\t{if $RequiresApproval}\n"
    "\t\t<br/>\n"
    "\t\tSatu atau resource lain yang direservasi membutuhkan persetujuan "
    "sebelum digunakan. Reservasi ini akan ditunda sampai disetujui.\n"
    "\t{/if}\n"
    "\n"
    "\t<br/>\n"
    '\t<a href="{$ScriptUrl}/{$ReservationUrl}">Lihat reservasi ini</a> '
    "|\n"
    '\t<a href="{$ScriptUrl}/{$ICalUrl}">Tambah ke kalender</a> |\n'
    '\t<a href="{$ScriptUrl}">Masuk LibreBooking</a>\n'
    "\n",
    "id_id/StartReminderEmail": "Reservasi Anda segera dimulai.<br/>\r\n"
    "Rincian Reservasi:\r\n"
    "\t<br/>\r\n"
    "\t<br/>\r\n"
    "\tMulai: {formatdate date=$StartDate key=reservation_email}<br/>\r\n"
    "\tAkhir: {formatdate date=$EndDate key=reservation_email}<br/>\r\n"
    "\tResource: {$ResourceName}<br/>\r\n"
    "\tJudul: {$Title}<br/>\r\n"
    "\tPenjelasan: {$Description|nl2br}<br/>\r\n"
    "<br/>\r\n"
    '<a href="{$ScriptUrl}/{$ReservationUrl}">Lihat reservasi ini</a> '
    "|\r\n"
    '<a href="{$ScriptUrl}/{$ICalUrl}">Tambah ke kalender</a> |\r\n'
    '<a href="{$ScriptUrl}">Masuk LibreBooking</a>\r\n'
    "\r\n",
    "it_it/ReservationCreated": "<p>{$UserName},</p>\r\n"
    "<p>ha effettuato una nuova prenotazione.</p>\r\n"
    "<p>Dettagli della prenotazione:</p>\r\n"
    "<p>\r\n"
    "    <strong>Inizio:</strong> {formatdate date=$StartDate "
    "key=reservation_email}<br />\r\n"
    "\t  <strong>Fine:</strong> {formatdate date=$EndDate "
    "key=reservation_email}<br />\r\n"
    "\t  <strong>Titolo:</strong> {$Title}<br />\r\n"
    "\t  <strong>Descrizione:</strong> {$Description|nl2br}\r\n"
    "</p>\r\n"
    "{if $Attributes|default:array()|count > 0}\r\n"
    "    <p>\r\n"
    "        {foreach from=$Attributes item=attribute}\r\n"
    '            <div>{control type="AttributeControl" '
    "attribute=$attribute readonly=true}</div>\r\n"
    "        {/foreach}\r\n"
    "    </p>\r\n"
    "{/if}\r\n"
    "{if $ResourceNames|default:array()|count > 1}\r\n"
    "    <p>\r\n"
    "        <strong>Risorse "
    "({$ResourceNames|default:array()|count}):</strong><br />\r\n"
    "        {foreach from=$ResourceNames item=resourceName}\r\n"
    "            {$resourceName}<br />\r\n"
    "        {/foreach}\r\n"
    "\t\t</p>\r\n"
    "{else}\r\n"
    "    <p>\r\n"
    "        <strong>Risorsa:</strong> {$ResourceName}<br />\r\n"
    "\t  </p>\r\n"
    "{/if}\r\n"
    "{if $ResourceImage}\r\n"
    '    <div class="resource-image"><img alt="{$ResourceName|escape}" '
    'src="{$ScriptUrl}/{$ResourceImage}"/></div>\r\n'
    "{/if}\r\n"
    "{if $RequiresApproval}\r\n"
    "\t  <p>* Almeno una delle risorse prenotate richiede approvazione. "
    "Questa prenotazione rimarr&agrave; in sospeso fino a quando non "
    "verr&agrave; approvata. *</p>\r\n"
    "{/if}\r\n"
    "{if $CheckInEnabled}\r\n"
    "\t  <p>\r\n"
    "        Almeno una delle risorse prenotate richiede il check-in e il "
    "check-out della prenotazione.\r\n"
    "        {if $AutoReleaseMinutes != null}\r\n"
    "\t\t        <br />Questa prenotazione verr&agrave; cancellata a meno "
    "che non sia fatto il check-in entro {$AutoReleaseMinutes} minuti "
    "entro l&apos;inizio della prenotazione.\r\n"
    "        {/if}\r\n"
    "\t  </p>\r\n"
    "{/if}\r\n"
    "{if count($RepeatRanges) gt 0}\r\n"
    "    <p>\r\n"
    "        La prenotazione riguarda le seguenti "
    "({$RepeatRanges|default:array()|count}) date:\r\n"
    "        {foreach from=$RepeatRanges item=date name=dates}\r\n"
    "            <br />\r\n"
    "\t\t\t\t    {formatdate date=$date->GetBegin()}\r\n"
    "\t          {if !$date->IsSameDate()} - {formatdate "
    "date=$date->GetEnd()}{/if}\r\n"
    "\t      {/foreach}\r\n"
    "\t  </p>\r\n"
    "{/if}\r\n"
    "{if $Participants|default:array()|count >0}\r\n"
    "    <p>\r\n"
    "        <strong>Partecipanti ({$Participants|default:array()|count + "
    "$ParticipatingGuests|default:array()|count}):</strong>\r\n"
    "        {foreach from=$Participants item=user}\r\n"
    "\t\t        <br />\r\n"
    "            {$user->FullName()}\r\n"
    "        {/foreach}\r\n"
    "\t  </p>\r\n"
    "{/if}\r\n"
    "{if $ParticipatingGuests|default:array()|count >0}\r\n"
    "    <p>\r\n"
    "        {foreach from=$ParticipatingGuests item=email}\r\n"
    "\t\t        <br />\r\n"
    "            {$email}\r\n"
    "        {/foreach}\r\n"
    "\t  </p>\r\n"
    "{/if}\r\n"
    "{if $Invitees|default:array()|count >0}\r\n"
    "    <p>\r\n"
    "        <strong>Invitati ({$Invitees|default:array()|count + "
    "$InvitedGuests|default:array()|count}):</strong>\r\n"
    "        {foreach from=$Invitees item=user}\r\n"
    "\t\t        <br />\r\n"
    "            {$user->FullName()}\r\n"
    "        {/foreach}\r\n"
    "\t  </p>\r\n"
    "{/if}\r\n"
    "{if $InvitedGuests|default:array()|count >0}\r\n"
    "    <p>\r\n"
    "        {foreach from=$InvitedGuests item=email}\r\n"
    "\t\t        <br />\r\n"
    "            {$email}\r\n"
    "        {/foreach}\r\n"
    "\t  </p>\r\n"
    "{/if}\r\n"
    "{if $Accessories|default:array()|count > 0}\r\n"
    "    <p>\r\n"
    "        <strong>Accessori "
    "({$Accessories|default:array()|count}):</strong>\r\n"
    "        {foreach from=$Accessories item=accessory}\r\n"
    "\t\t        <br />\r\n"
    "            ({$accessory->QuantityReserved}) {$accessory->Name}\r\n"
    "        {/foreach}\r\n"
    "\t  </p>\r\n"
    "{/if}\r\n"
    "{if $CreditsCurrent > 0}\r\n"
    "    <p>\r\n"
    "\t      Questa prenotazione costa {$CreditsCurrent} crediti.<br "
    "/>\r\n"
    "        {if $CreditsCurrent != $CreditsTotal}\r\n"
    "\t          Questa serie di prenotazioni costa {$CreditsTotal} "
    "crediti.\r\n"
    "        {/if}\r\n"
    "    </p>\r\n"
    "{/if}\r\n"
    '{if preg_match("/[a-zA-Z]+/",$CreatedBy)}\r\n'
    "\t  <p><strong>Creata da:</strong> {$CreatedBy}</p>\r\n"
    "{/if}\r\n"
    '{if preg_match("/[a-zA-Z]+/",$ApprovedBy)}\r\n'
    "\t  <p><strong>Approvata da:</strong> {$ApprovedBy}</p>\r\n"
    "{/if}\r\n"
    "<p><strong>Numero riferimento:</strong> {$ReferenceNumber}</p>\r\n"
    "<p>&nbsp;</p>\r\n"
    "<p>\r\n"
    "    {if !$Deleted}\r\n"
    '\t      <a href="{$ScriptUrl}/{$ReservationUrl}">Dettagli di questa '
    "prenotazione</a> |\r\n"
    '\t      <a href="{$ScriptUrl}/{$ICalUrl}">Aggiungere prenotazione al '
    "calendario</a>\t|\r\n"
    '\t      <a href="{$GoogleCalendarUrl}" target="_blank" '
    'rel="nofollow">Aggiungere al calendario di Google</a>\t|\r\n'
    "    {/if}\r\n"
    '    <a href="{$ScriptUrl}">Login su LibreBooking</a>\r\n'
    "</p>\r\n",
    "it_it/ReservationDeleted": "<p>{$UserName},</p>\r\n"
    "<p>la seguente prenotazione &egrave; stata cancellata.</p>\r\n"
    "<p>Dettagli della prenotazione:</p>\r\n"
    "<p>\r\n"
    "    <strong>Inizio:</strong> {formatdate date=$StartDate "
    "key=reservation_email}<br />\r\n"
    "    <strong>Fine:</strong> {formatdate date=$EndDate "
    "key=reservation_email}<br />\r\n"
    "    <strong>Titolo:</strong> {$Title}<br />\r\n"
    "    <strong>Descrizione:</strong> {$Description|nl2br}\r\n"
    "</p>\r\n"
    "{if $Attributes|default:array()|count > 0}\r\n"
    "    <p>\r\n"
    "        {foreach from=$Attributes item=attribute}\r\n"
    '\t          <div>{control type="AttributeControl" '
    "attribute=$attribute readonly=true}</div>\r\n"
    "        {/foreach}\r\n"
    "\t  </p>\r\n"
    "{/if}\r\n"
    "{if $ResourceNames|default:array()|count > 1}\r\n"
    "    <p>\r\n"
    "\t\t    <strong>Risorse "
    "({$ResourceNames|default:array()|count}):</strong>\r\n"
    "        {foreach from=$ResourceNames item=resourceName}\r\n"
    "            {$resourceName}<br />\r\n"
    "        {/foreach}\r\n"
    "    </p>\r\n"
    "{else}\r\n"
    "    <p>\r\n"
    "\t\t    <strong>Risorsa:</strong> {$ResourceName}<br />\r\n"
    "    </p>\r\n"
    "{/if}\r\n"
    "{if $ResourceImage}\r\n"
    '    <div class="resource-image"><img alt="{$ResourceName|escape}" '
    'src="{$ScriptUrl}/{$ResourceImage}"/></div>\r\n'
    "{/if}\r\n"
    "{if count($RepeatRanges) gt 0}\r\n"
    "    <p>\r\n"
    "\t      La prenotazione riguarda le seguenti "
    "({$RepeatRanges|default:array()|count}) date:\r\n"
    "        {foreach from=$RepeatRanges item=date name=dates}\r\n"
    "            <br />\r\n"
    "            {formatdate date=$date->GetBegin()}\r\n"
    "            {if !$date->IsSameDate()} - {formatdate "
    "date=$date->GetEnd()}{/if}\r\n"
    "        {/foreach}\r\n"
    "\t\t</p>\r\n"
    "{/if}\r\n"
    '{if preg_match("/[a-zA-Z]+/",$CreatedBy)}\r\n'
    "    <p>\r\n"
    "\t\t    <strong>Cancellata da:</strong> {$CreatedBy}\r\n"
    "\t\t    <br />\r\n"
    "\t\t    <strong>Motivazione:</strong> "
    "<em>{$DeleteReason|nl2br}</em>\r\n"
    "    </p>\r\n"
    "{/if}\r\n"
    "<p><strong>Numero riferimento:</strong> {$ReferenceNumber}</p>\r\n"
    "<p>&nbsp;</p>\r\n"
    '<p><a href="{$ScriptUrl}">Login su LibreBooking</a></p>\r\n',
    "ja_jp/ReservationDeleted": "予約の詳細:\n"
    "<br/>\n"
    "<br/>\n"
    "\n"
    "ユーザー: {$UserName}<br/>\n"
    "開始: {formatdate date=$StartDate key=reservation_email}<br/>\n"
    "終了: {formatdate date=$EndDate key=reservation_email}<br/>\n"
    "{if $ResourceNames|default:array()|count > 1}\n"
    "    リソース:\n"
    "    <br/>\n"
    "    {foreach from=$ResourceNames item=resourceName}\n"
    "        {$resourceName}\n"
    "        <br/>\n"
    "    {/foreach}\n"
    "{else}\n"
    "    リソース: {$ResourceName}\n"
    "    <br/>\n"
    "{/if}\n"
    "\n"
    "{if $ResourceImage}\n"
    '    <div class="resource-image"><img '
    'src="{$ScriptUrl}/{$ResourceImage}"/></div>\n'
    "{/if}\n"
    "\n"
    "件名: {$Title}<br/>\n"
    "説明: {$Description|nl2br}<br/>\n"
    "{$DeleteReason|nl2br}<br/>\n"
    "\n"
    "\n"
    "{if count($RepeatDates) gt 0}\n"
    "    <br/>\n"
    "    下記の日付の予約が取り消されました:\n"
    "    <br/>\n"
    "{/if}\n"
    "\n"
    "{foreach from=$RepeatDates item=date name=dates}\n"
    "    {formatdate date=$date}\n"
    "    <br/>\n"
    "{/foreach}\n"
    "\n"
    "{if $Accessories|default:array()|count > 0}\n"
    "    <br/>\n"
    "    備品:\n"
    "    <br/>\n"
    "    {foreach from=$Accessories item=accessory}\n"
    "        ({$accessory->QuantityReserved}) {$accessory->Name}\n"
    "        <br/>\n"
    "    {/foreach}\n"
    "{/if}\n"
    "\n"
    "<br/>\n"
    "<br/>\n"
    '<a href="{$ScriptUrl}">LibreBooking へログイン</a>\n'
    "\n",
    "ja_jp/ReservationInvitation": "    予約の詳細:\n"
    "\t<br/>\n"
    "\t<br/>\n"
    "\n"
    "\t開始: {formatdate date=$StartDate key=reservation_email}<br/>\n"
    "\t終了: {formatdate date=$EndDate key=reservation_email}<br/>\n"
    "\t{if $ResourceNames|default:array()|count > 1}\n"
    "\t\tリソース:<br/>\n"
    "\t\t{foreach from=$ResourceNames item=resourceName}\n"
    "\t\t\t{$resourceName}<br/>\n"
    "\t\t{/foreach}\n"
    "\t\t{else}\n"
    "\t\tリソース: {$ResourceName}<br/>\n"
    "\t{/if}\n"
    "\n"
    "\t{if $ResourceImage}\n"
    '\t\t<div class="resource-image"><img '
    'src="{$ScriptUrl}/{$ResourceImage}"/></div>\n'
    "\t{/if}\n"
    "\n"
    "\t件名: {$Title}<br/>\n"
    "\t説明: {$Description|nl2br}<br/>\n"
    "\n"
    "\t{if count($RepeatDates) gt 0}\n"
    "\t\t<br/>\n"
    "\t\t下記の日時で予約されました:\n"
    "\t\t<br/>\n"
    "\t{/if}\n"
    "\n"
    "\t{foreach from=$RepeatDates item=date name=dates}\n"
    "\t\t{formatdate date=$date}<br/>\n"
    "\t{/foreach}\n"
    "\n"
    "\t{if $Accessories|default:array()|count > 0}\n"
    "\t\t<br/>Accessories:<br/>\n"
    "\t\t{foreach from=$Accessories item=accessory}\n"
    "\t\t\t({$accessory->QuantityReserved}) {$accessory->Name}<br/>\n"
    "\t\t{/foreach}\n"
    "\t{/if}\n"
    "\n"
    "\t{if $RequiresApproval}\n"
    "\t\t<br/>\n"
    "\t\t承認が必要なリソースが含まれています。 そのため承認されるまでは保留状態となります。\n"
    "\t{/if}\n"
    "\n"
    "\t<br/>\n"
    '\t出席しますか? <a href="{$ScriptUrl}/{$AcceptUrl}">はい</a> <a '
    'href="{$ScriptUrl}/{$DeclineUrl}">いいえ</a>\n'
    "\t<br/>\n"
    "\t<br/>\n"
    "\n"
    '\t<a href="{$ScriptUrl}/{$ReservationUrl}">予約の表示</a> |\n'
    '\t<a href="{$ScriptUrl}/{$ICalUrl}">カレンダーへ追加</a> |\n'
    '\t<a href="{$ScriptUrl}">LibreBooking へログイン</a>\n'
    "\n",
    "ja_jp/StartReminderEmail": "予約が間もなく始まります。<br/>\n"
    "予約の詳細:\n"
    "\t<br/>\n"
    "\t<br/>\n"
    "\t開始: {formatdate date=$StartDate key=reservation_email}<br/>\n"
    "\t終了: {formatdate date=$EndDate key=reservation_email}<br/>\n"
    "\tリソース: {$ResourceName}<br/>\n"
    "\t件名: {$Title}<br/>\n"
    "\t説明: {$Description|nl2br}<br/>\n"
    "<br/>\n"
    "<br/>\n"
    '<a href="{$ScriptUrl}/{$ReservationUrl}">予約の表示</a> |\n'
    '<a href="{$ScriptUrl}/{$ICalUrl}">カレンダーへ追加</a> |\n'
    '<a href="{$ScriptUrl}">LibreBooking へログイン</a>\n'
    "\n",
    "pt_br/ReservationCreated": "\ufeff<p>\n"
    "    <strong>Detalhes da Reserva:</strong>\n"
    "</p>\n"
    "\n"
    "<p>\n"
    "    <strong>Início:</strong> {formatdate date=$StartDate "
    "key=reservation_email}\n"
    "    <br />\n"
    "    <strong>Fim:</strong> {formatdate date=$EndDate "
    "key=reservation_email}\n"
    "    <br />\n"
    "    <strong>Título:</strong> {$Title}\n"
    "    <br />\n"
    "    <strong>Descrição:</strong> {$Description|nl2br}\n"
    "    {if $Attributes|default:array()|count > 0}\n"
    "        <br />\n"
    "        {foreach from=$Attributes item=attribute}\n"
    '        <div>{control type="AttributeControl" attribute=$attribute '
    "readonly=true}</div>\n"
    "        {/foreach}\n"
    "    {/if}\n"
    "</p>\n"
    "\n"
    "<p>\n"
    "    {if $ResourceNames|default:array()|count > 1}\n"
    "        <strong>Recursos "
    "({$ResourceNames|default:array()|count}):</strong>\n"
    "        {foreach from=$ResourceNames item=resourceName}\n"
    "            <br />\n"
    "            {$resourceName}\n"
    "        {/foreach}\n"
    "    {else}\n"
    "        <strong>Recurso:</strong> {$ResourceName}\n"
    "    {/if}\n"
    "</p>\n"
    "\n"
    "{if $ResourceImage}\n"
    '    <div class="resource-image">\n'
    '        <img alt="{$ResourceName|escape}" '
    'src="{$ScriptUrl}/{$ResourceImage}" />\n'
    "    </div>\n"
    "{/if}\n"
    "\n"
    "{if $RequiresApproval}\n"
    "    <p>\n"
    "        Pelo menos um dos recursos reservados requer aprovação antes "
    "do uso.\n"
    "        Esta solicitação de ficará pendente até que seja aprovada ou "
    "rejeitada.\n"
    "    </p>\n"
    "{/if}\n"
    "\n"
    "{if $CheckInEnabled}\n"
    "    <p>\n"
    "        Pelo menos um dos recursos reservados requer que seja "
    "efetuado o check-in/check-out da sua reserva.\n"
    "        {if $AutoReleaseMinutes != null}\n"
    "            Esta reserva será cancelada a não ser que o check-in "
    "seja efetuado dentro de {$AutoReleaseMinutes} minutos após a hora "
    "marcada de ínicio da reserva.\n"
    "        {/if}\n"
    "    </p>\n"
    "{/if}\n"
    "\n"
    "{if count($RepeatRanges) gt 0}\n"
    "    <p>\n"
    "        A reserva ocorre nas seguintes datas "
    "({$RepeatRanges|default:array()|count})\n"
    "        {foreach from=$RepeatRanges item=date name=dates}\n"
    "            <br />\n"
    "            {formatdate date=$date->GetBegin()}\n"
    "            {if !$date->IsSameDate()} - {formatdate "
    "date=$date->GetEnd()}{/if}\n"
    "        {/foreach}\n"
    "    </p>\n"
    "{/if}\n"
    "\n"
    "\n"
    "{if ($Participants|default:array()|count > 0) or "
    "($ParticipatingGuests|default:array()|count > 0)}\n"
    "    <p>\n"
    "        <strong>Participantes ({$Participants|default:array()|count "
    "+ $ParticipatingGuests|default:array()|count}):</strong>\n"
    "        {foreach from=$Participants item=user}\n"
    "            <br />\n"
    "            {$user->FullName()}\n"
    "        {/foreach}\n"
    "        {foreach from=$ParticipatingGuests item=email}\n"
    "            <br />\n"
    "            {$email}\n"
    "        {/foreach}\n"
    "    </p>\n"
    "{/if}\n"
    "\n"
    "{if ($Invitees|default:array()|count > 0) or "
    "($InvitedGuests|default:array()|count > 0)}\n"
    "    <p>\n"
    "        <strong>Convidados ({$Invitees|default:array()|count + "
    "$InvitedGuests|default:array()|count}):</strong>\n"
    "        {foreach from=$Invitees item=user}\n"
    "            <br />\n"
    "            {$user->FullName()}\n"
    "        {/foreach}\n"
    "        {foreach from=$InvitedGuests item=email}\n"
    "            <br />\n"
    "            {$email}\n"
    "        {/foreach}\n"
    "    </p>\n"
    "{/if}\n"
    "\n"
    "{if $Accessories|default:array()|count > 0}\n"
    "    <p>\n"
    "        <strong>Acessórios "
    "({$Accessories|default:array()|count}):</strong>\n"
    "        {foreach from=$Accessories item=accessory}\n"
    "            <br />\n"
    "            ({$accessory->QuantityReserved}) {$accessory->Name}\n"
    "        {/foreach}\n"
    "    </p>\n"
    "{/if}\n"
    "\n"
    "{if $CreditsCurrent > 0}\n"
    "    <p>\n"
    "        Esta reserva custa {$CreditsCurrent} créditos.\n"
    "        {if $CreditsCurrent != $CreditsTotal}\n"
    "            Estas reservas custam, em sua totalidade, "
    "{$CreditsTotal} créditos.\n"
    "        {/if}\n"
    "    </p>\n"
    "{/if}\n"
    "\n"
    "\n"
    "{if !empty($CreatedBy)}\n"
    "    <p>\n"
    "        <strong>Criada por:</strong> {$CreatedBy}\n"
    "    </p>\n"
    "{/if}\n"
    "\n"
    "{if !empty($ApprovedBy)}\n"
    "    <p>\n"
    "        <strong>Aprovada por:</strong> {$ApprovedBy}\n"
    "    </p>\n"
    "{/if}\n"
    "\n"
    "<p>\n"
    "    <strong>Número de Referência:</strong> {$ReferenceNumber}\n"
    "</p>\n"
    "\n"
    "<p>\n"
    "    {if !$Deleted}\n"
    '        <a href="{$ScriptUrl}/{$ReservationUrl}">Ver esta '
    "reserva</a> |\n"
    '        <a href="{$ScriptUrl}/{$ICalUrl}">Adicionar ao '
    "calendário</a> |\n"
    '        <a href="{$GoogleCalendarUrl}" target="_blank" '
    'rel="nofollow">Adicionar à Agenda do Google</a> |\n'
    "    {/if}\n"
    '    <a href="{$ScriptUrl}">Acessar {$AppTitle}</a>\n'
    "</p>\n",
    "pt_br/ReservationDeleted": "\ufeff<p>\n"
    "    <strong>Detalhes da Reserva:</strong>\n"
    "</p>\n"
    "\n"
    "<p>\n"
    "    <strong>Início:</strong> {formatdate date=$StartDate "
    "key=reservation_email}\n"
    "    <br />\n"
    "    <strong>Fim:</strong> {formatdate date=$EndDate "
    "key=reservation_email}\n"
    "    <br />\n"
    "    <strong>Título:</strong> {$Title}\n"
    "    <br />\n"
    "    <strong>Descrição:</strong> {$Description|nl2br}\n"
    "    {if $Attributes|default:array()|count > 0}\n"
    "        <br />\n"
    "        {foreach from=$Attributes item=attribute}\n"
    '        <div>{control type="AttributeControl" attribute=$attribute '
    "readonly=true}</div>\n"
    "        {/foreach}\n"
    "    {/if}\n"
    "</p>\n"
    "\n"
    "<p>\n"
    "    {if $ResourceNames|default:array()|count > 1}\n"
    "        <strong>Recursos "
    "({$ResourceNames|default:array()|count}):</strong>\n"
    "        {foreach from=$ResourceNames item=resourceName}\n"
    "            <br />\n"
    "            {$resourceName}\n"
    "        {/foreach}\n"
    "    {else}\n"
    "        <strong>Recurso:</strong> {$ResourceName}\n"
    "    {/if}\n"
    "</p>\n"
    "\n"
    "{if $ResourceImage}\n"
    '    <div class="resource-image">\n'
    '        <img alt="{$ResourceName|escape}" '
    'src="{$ScriptUrl}/{$ResourceImage}" />\n'
    "    </div>\n"
    "{/if}\n"
    "\n"
    "{if count($RepeatRanges) gt 0}\n"
    "    <p>\n"
    "        A reserva ocorre nas seguintes datas "
    "({$RepeatRanges|default:array()|count})\n"
    "        {foreach from=$RepeatRanges item=date name=dates}\n"
    "            <br />\n"
    "            {formatdate date=$date->GetBegin()}\n"
    "            {if !$date->IsSameDate()} - {formatdate "
    "date=$date->GetEnd()}{/if}\n"
    "        {/foreach}\n"
    "    </p>\n"
    "{/if}\n"
    "\n"
    "\n"
    "{if !empty($CreatedBy)}\n"
    "    <p>\n"
    "        <strong>Removido por:</strong> {$CreatedBy}\n"
    "        <br />\n"
    "        <strong>Razão da remoção:</strong> {$DeleteReason|nl2br}\n"
    "    </p>\n"
    "{/if}\n"
    "\n"
    "<p>\n"
    "    <strong>Número de Referência:</strong> {$ReferenceNumber}\n"
    "</p>\n"
    "\n"
    "<p>\n"
    '    <a href="{$ScriptUrl}">Acessar {$AppTitle}</a>\n'
    "</p>\n",
    "pt_pt/ReservationInvitation": "{if $Deleted}\n"
    "    <p>{$UserName} removeu a reserva</p>\n"
    "    {else}\n"
    "    <p>{$UserName} adicionou-o(a) à reserva</p>\n"
    "{/if}\n"
    "\n"
    "{if !empty($DeleteReason)}\n"
    "    <p><strong>Motivo da "
    "exclusão:</strong>{$DeleteReason|nl2br}</p>\n"
    "{/if}\n"
    "\n"
    "<p><strong>Detalhes da Reserva:</strong></p>\n"
    "\n"
    "<p>\n"
    "    <strong>Início:</strong> {formatdate date=$StartDate "
    "key=reservation_email}<br/>\n"
    "    <strong>Fim:</strong> {formatdate date=$EndDate "
    "key=reservation_email}<br/>\n"
    "</p>\n"
    "\n"
    "<p>\n"
    "{if $ResourceNames|default:array()|count > 1}\n"
    "    <strong>Recursos "
    "({$ResourceNames|default:array()|count}):</strong> <br />\n"
    "    {foreach from=$ResourceNames item=resourceName}\n"
    "        {$resourceName}<br/>\n"
    "    {/foreach}\n"
    "{else}\n"
    "    <strong>Recurso:</strong> {$ResourceName}<br/>\n"
    "{/if}\n"
    "</p>\n"
    "\n"
    "{if $ResourceImage}\n"
    '    <div class="resource-image"><img alt="{$ResourceName|escape}" '
    'src="{$ScriptUrl}/{$ResourceImage}"/></div>\n'
    "{/if}\n"
    "\n"
    "{if $RequiresApproval && !$Deleted}\n"
    "    <p>* Um ou mais recursos reservados requerem aprovação antes "
    "do uso. Esta reservation reserva ficará pendente até que seja "
    "aprovada. *</p>\n"
    "{/if}\n"
    "\n"
    "<p>\n"
    "    <strong>Título:</strong> {$Title}<br/>\n"
    "    <strong>Descrição:</strong> {$Description|nl2br}\n"
    "</p>\n"
    "\n"
    "{if count($RepeatRanges) gt 0}\n"
    "    <br/>\n"
    "    <strong>A reserva ocorre nas seguintes datas "
    "({$RepeatRanges|default:array()|count}):</strong>\n"
    "    <br/>\n"
    "{/if}\n"
    "\n"
    "{foreach from=$RepeatRanges item=date name=dates}\n"
    "    {formatdate date=$date->GetBegin()}\n"
    "    {if !$date->IsSameDate()} - {formatdate "
    "date=$date->GetEnd()}{/if}\n"
    "    <br/>\n"
    "{/foreach}\n"
    "\n"
    "{if $Participants|default:array()|count >0}\n"
    "    <br />\n"
    "    <strong>Participantes ({$Participants|default:array()|count + "
    "$ParticipatingGuests|default:array()|count}):</strong>\n"
    "    <br />\n"
    "    {foreach from=$Participants item=user}\n"
    "        {$user->FullName()}\n"
    "        <br/>\n"
    "    {/foreach}\n"
    "{/if}\n"
    "\n"
    "{if $ParticipatingGuests|default:array()|count >0}\n"
    "    {foreach from=$ParticipatingGuests item=email}\n"
    "        {$email}\n"
    "        <br/>\n"
    "    {/foreach}\n"
    "{/if}\n"
    "\n"
    "{if $Invitees|default:array()|count >0}\n"
    "    <br />\n"
    "    <strong>Convidados ({$Invitees|default:array()|count + "
    "$InvitedGuests|default:array()|count}):</strong>\n"
    "    <br />\n"
    "    {foreach from=$Invitees item=user}\n"
    "        {$user->FullName()}\n"
    "        <br/>\n"
    "    {/foreach}\n"
    "{/if}\n"
    "\n"
    "{if $InvitedGuests|default:array()|count >0}\n"
    "    {foreach from=$InvitedGuests item=email}\n"
    "        {$email}\n"
    "        <br/>\n"
    "    {/foreach}\n"
    "{/if}\n"
    "\n"
    "{if $Accessories|default:array()|count > 0}\n"
    "    <br />\n"
    "       <strong>Acessórios "
    "({$Accessories|default:array()|count}):</strong>\n"
    "       <br />\n"
    "    {foreach from=$Accessories item=accessory}\n"
    "        ({$accessory->QuantityReserved}) {$accessory->Name}\n"
    "        <br/>\n"
    "    {/foreach}\n"
    "{/if}\n"
    "\n"
    "{if !$Deleted && !$Updated}\n"
    "<p>\n"
    "    <strong>Aceitar?</strong> <a "
    'href="{$ScriptUrl}/{$AcceptUrl}">Sim</a> <a '
    'href="{$ScriptUrl}/{$DeclineUrl}">Não</a>\n'
    "</p>\n"
    "{/if}\n"
    "\n"
    "{if !$Deleted}\n"
    '<a href="{$ScriptUrl}/{$ReservationUrl}">Ver esta reserva</a> |\n'
    '<a href="{$ScriptUrl}/{$ICalUrl}">Adicionar ao calendário</a> |\n'
    '<a href="{$GoogleCalendarUrl}" target="_blank" '
    'rel="nofollow">Adicionar ao Google Calendar</a> |\n'
    "{/if}\n"
    '<a href="{$ScriptUrl}">Entrar em {$AppTitle}</a>\n',
    "pt_pt/StartReminderEmail": "<p>A sua reserva irá começar em breve.</p>\n"
    "<p><strong>Detalhes da reserva:</strong></p>\n"
    "<p>\n"
    "\t<strong>Início:</strong> {formatdate date=$StartDate "
    "key=reservation_email}<br/>\n"
    "\t<strong>Fim:</strong> {formatdate date=$EndDate "
    "key=reservation_email}<br/>\n"
    "\t<strong>Recurso:</strong> {$ResourceName}<br/>\n"
    "\t<strong>Título:</strong> {$Title}<br/>\n"
    "\t<strong>Descrição:</strong> {$Description|nl2br}\n"
    "</p>\n"
    "\n"
    "<p>\n"
    '\t<a href="{$ScriptUrl}/{$ReservationUrl}">Ver esta reserva</a> |\n'
    '\t<a href="{$ScriptUrl}/{$ICalUrl}">Adicionar ao calendário</a> |\n'
    '\t<a href="{$ScriptUrl}">Entrar em {$AppTitle}</a>\n'
    "</p>\n",
    "si_si/ReservationInvitation": "\tPodrobnosti rezervacije:\n"
    "\t<br/>\n"
    "\t<br/>\n"
    "\n"
    "\tZačetek: {formatdate date=$StartDate "
    "key=reservation_email}<br/>\n"
    "\tKonec: {formatdate date=$EndDate key=reservation_email}<br/>\n"
    "\tVir: {$ResourceName}<br/>\n"
    "\n"
    "\t{if $ResourceImage}\n"
    '\t\t<div class="resource-image"><img '
    'src="{$ScriptUrl}/{$ResourceImage}"/></div>\n'
    "\t{/if}\n"
    "\n"
    "\tNalsov: {$Title}<br/>\n"
    "\tOpis: {$Description|nl2br}<br/>\n"
    "\n"
    "\t{if count($RepeatDates) gt 0}\n"
    "\t\t<br/>\n"
    "\t\tRezervacija je narejena za naslednje dneve:\n"
    "\t\t<br/>\n"
    "\t{/if}\n"
    "\n"
    "\t{foreach from=$RepeatDates item=date name=dates}\n"
    "\t\t{formatdate date=$date}<br/>\n"
    "\t{/foreach}\n"
    "\n"
    "\t{if $RequiresApproval}\n"
    "\t\t<br/>\n"
    "\t\tEden ali več rezerviranih virov pred uporabo potrebuje "
    "potrditev. Ta rezervacija je na čakanju, dokler ni potrjena.\n"
    "\t{/if}\n"
    "\n"
    "\t<br/>\n"
    '\tSprejmete? <a href="{$ScriptUrl}/{$AcceptUrl}">Da</a> <a '
    'href="{$ScriptUrl}/{$DeclineUrl}">Ne</a>\n'
    "\t<br/>\n"
    "\n"
    '\t<a href="{$ScriptUrl}/{$ReservationUrl}">Ogled rezervacije</a> '
    "|\n"
    '\t<a href="{$ScriptUrl}/{$ICalUrl}">Dodaj v Koledar (Outlook)</a> '
    "|\n"
    '\t<a href="{$ScriptUrl}">Prijava v program LibreBooking</a>\n',
    "sk/ReservationCreated": "\tBoli vytvorené tieto rezervácie:\r\n"
    "\t<br/>\r\n"
    "\t<br/>\r\n"
    "\r\n"
    "\tNadpis: {$Title}<br/>\r\n"
    "    Popis: {$Description|nl2br}<br/><br/>\r\n"
    "\tZačiatok: {formatdate date=$StartDate key=reservation_email}<br/>\r\n"
    "\tKoniec: {formatdate date=$EndDate key=reservation_email}<br/>\r\n"
    "\t{if $ResourceNames|default:array()|count > 1}\r\n"
    "\tIhriská:<br/>\r\n"
    "\t\t{foreach from=$ResourceNames item=resourceName}\r\n"
    "\t\t\t{$resourceName}<br/>\r\n"
    "\t\t{/foreach}\r\n"
    "\t\t{else}\r\n"
    "    Ihrisko: {$ResourceName}<br/>\r\n"
    "\t{/if}\r\n"
    "\r\n"
    "\t{if count($RepeatDates) gt 0}\r\n"
    "\t\t<br/>\r\n"
    "\t\tBoli rezervované všetky tieto termíny:\r\n"
    "\t\t<br/>\r\n"
    "\t{/if}\r\n"
    "\r\n"
    "\t{foreach from=$RepeatDates item=date name=dates}\r\n"
    "\t\t{formatdate date=$date}<br/>\r\n"
    "\t{/foreach}\r\n"
    "\r\n"
    "\t{if $Accessories|default:array()|count > 0}\r\n"
    "\t\t<br/>Príslušenstvo:<br/>\r\n"
    "\t\t{foreach from=$Accessories item=accessory}\r\n"
    "\t\t\t({$accessory->QuantityReserved}) {$accessory->Name}<br/>\r\n"
    "\t\t{/foreach}\r\n"
    "\t{/if}\r\n"
    "\t{if $RequiresApproval}\r\n"
    "\t\t<br/>\r\n"
    "\t\tJedna, alebo viac rezervácií si vyžaduje schválenie od "
    "administrátora. Do tej doby bude Vaša rezervácia v stave "
    "schvalovania.\r\n"
    "\t{/if}\r\n"
    "\r\n"
    "\t<br/>\r\n"
    '\t<a href="{$ScriptUrl}/{$ReservationUrl}">Zobraziť túto rezerváciu v '
    "systéme</a> |\r\n"
    '\t<a href="{$ScriptUrl}/{$ICalUrl}">Pridať do Outlook-u</a> |\r\n'
    '\t<a href="{$ScriptUrl}">Prihlásiť sa do rezervačného systému</a>\r\n'
    "\r\n",
    "sk/StartReminderEmail": "Nezmeškajte rezervovaný termín.<br/>\r\n"
    "Detaily rezervácie:\r\n"
    "\t<br/>\r\n"
    "\t<br/>\r\n"
    "\tZačiatok: {formatdate date=$StartDate key=reservation_email}<br/>\r\n"
    "\tKoniec: {formatdate date=$EndDate key=reservation_email}<br/>\r\n"
    "\tIhrisko: {$ResourceName}<br/>\r\n"
    "\tNázov: {$Title}<br/>\r\n"
    "\tPopis: {$Description|nl2br}<br/>\r\n"
    "<br/>\r\n"
    '<a href="{$ScriptUrl}/{$ReservationUrl}">Zobraziť túto rezerváciu v '
    "systéme</a> |\r\n"
    '\t<a href="{$ScriptUrl}/{$ICalUrl}">Pridať do Outlook-u</a> |\r\n'
    '\t<a href="{$ScriptUrl}">Prihlásiť sa do rezervačného systému</a>\r\n',
    "sr_sr/ReservationInvitation": "\tDetalji o rezervaciji:\n"
    "\t<br/>\n"
    "\t<br/>\n"
    "\n"
    "\tPočetak: {formatdate date=$StartDate "
    "key=reservation_email}<br/>\n"
    "\tKraj: {formatdate date=$EndDate key=reservation_email}<br/>\n"
    "\t{if $ResourceNames|default:array()|count > 1}\n"
    "\t\tTereni:<br/>\n"
    "\t\t{foreach from=$ResourceNames item=resourceName}\n"
    "\t\t\t{$resourceName}<br/>\n"
    "\t\t{/foreach}\n"
    "\t\t{else}\n"
    "\t\tTereni: {$ResourceName}<br/>\n"
    "\t{/if}\n"
    "\n"
    "\t{if $ResourceImage}\n"
    '\t\t<div class="resource-image"><img '
    'src="{$ScriptUrl}/{$ResourceImage}"/></div>\n'
    "\t{/if}\n"
    "\n"
    "\tNaziv: {$Title}<br/>\n"
    "\tOpis: {$Description|nl2br}<br/>\n"
    "\n"
    "\t{if count($RepeatDates) gt 0}\n"
    "\t\t<br/>\n"
    "\t\tRezervacija važi za navedeni datum:\n"
    "\t\t<br/>\n"
    "\t{/if}\n"
    "\n"
    "\t{foreach from=$RepeatDates item=date name=dates}\n"
    "\t\t{formatdate date=$date}<br/>\n"
    "\t{/foreach}\n"
    "\n"
    "\t{if $Accessories|default:array()|count > 0}\n"
    "\t\t<br/>Dodatno:<br/>\n"
    "\t\t{foreach from=$Accessories item=accessory}\n"
    "\t\t\t({$accessory->QuantityReserved}) {$accessory->Name}<br/>\n"
    "\t\t{/foreach}\n"
    "\t{/if}\n"
    "\n"
    "\t{if $RequiresApproval}\n"
    "\t\t<br/>\n"
    "\t\tJedan ili više terena zahtevaju odobrenje pre upotrebe. Ova "
    "rezervacija ce biti zadržana do dozvole.\n"
    "\t{/if}\n"
    "\n"
    "\t<br/>\n"
    '\tAttending? <a href="{$ScriptUrl}/{$AcceptUrl}">Da</a> <a '
    'href="{$ScriptUrl}/{$DeclineUrl}">Ne</a>\n'
    "\t<br/>\n"
    "\t<br/>\n"
    "\n"
    '\t<a href="{$ScriptUrl}/{$ReservationUrl}">Pregled '
    "rezervacije</a> |\n"
    '\t<a href="{$ScriptUrl}/{$ICalUrl}">Dodaj u kalendar</a> |\n'
    '\t<a href="{$ScriptUrl}">Uloguj se</a>\n'
    "\n",
    "th_th/ReservationInvitation": "รายละอียดการจอง:\n"
    "<br/>\n"
    "<br/>\n"
    "\n"
    "เริ่มต้น: {formatdate date=$StartDate "
    "key=reservation_email}<br/>\n"
    "สิ้นสุด: {formatdate date=$EndDate key=reservation_email}<br/>\n"
    "{if $ResourceNames|default:array()|count > 1}\n"
    "    ทรัพยากร:\n"
    "    <br/>\n"
    "    {foreach from=$ResourceNames item=resourceName}\n"
    "        {$resourceName}\n"
    "        <br/>\n"
    "    {/foreach}\n"
    "{else}\n"
    "    ทรัพยากร: {$ResourceName}\n"
    "    <br/>\n"
    "{/if}\n"
    "\n"
    "{if $ResourceImage}\n"
    '    <div class="resource-image"><img '
    'src="{$ScriptUrl}/{$ResourceImage}"/></div>\n'
    "{/if}\n"
    "\n"
    "ชื่อ: {$Title}<br/>\n"
    "รายละเอียด: {$Description|nl2br}\n"
    "\n"
    "{if count($RepeatRanges) gt 0}\n"
    "    <br/>\n"
    "    การจองจะเกิดขึ้นในวันที่ดังต่อไปนี้:\n"
    "    <br/>\n"
    "{/if}\n"
    "\n"
    "{foreach from=$RepeatRanges item=date name=dates}\n"
    "    {formatdate date=$date->GetBegin()}\n"
    "    {if !$date->IsSameDate()} - {formatdate "
    "date=$date->GetEnd()}{/if}\n"
    "    <br/>\n"
    "{/foreach}\n"
    "\n"
    "{if $Accessories|default:array()|count > 0}\n"
    "    <br/>\n"
    "    อุปกรร์เสริม:\n"
    "    <br/>\n"
    "    {foreach from=$Accessories item=accessory}\n"
    "        ({$accessory->QuantityReserved}) {$accessory->Name}\n"
    "        <br/>\n"
    "    {/foreach}\n"
    "{/if}\n"
    "\n"
    "{if $RequiresApproval}\n"
    "    <br/>\n"
    "   ทรัพยากรอย่างน้อยหนึ่งรายการต้องได้รับอนุมัติก่อนใช้งาน "
    "การจองนี้จะอยู่ระหว่างการพิจารณาจนกว่าจะได้รับการอนุมัติ\n"
    "{/if}\n"
    "\n"
    "<br/>\n"
    'เข้าร่วม? <a href="{$ScriptUrl}/{$AcceptUrl}">Yes</a> <a '
    'href="{$ScriptUrl}/{$DeclineUrl}">No</a>\n'
    "<br/>\n"
    "<br/>\n"
    "\n"
    '<a href="{$ScriptUrl}/{$ReservationUrl}">ดูการจองนี้</a> |\n'
    '<a href="{$ScriptUrl}/{$ICalUrl}">เพิ่มลงในปฏิทิน</a> |\n'
    '<a href="{$ScriptUrl}">เข้าสู่ระบบ LibreBooking</a>\n',
    "zh_cn/ReservationInvitation": "预约详情:\n"
    "<br/>\n"
    "<br/>\n"
    "\n"
    "开始时间: {formatdate date=$StartDate key=reservation_email}<br/>\n"
    "结束时间: {formatdate date=$EndDate key=reservation_email}<br/>\n"
    "{if $ResourceNames|default:array()|count > 1}\n"
    "    资源名称:\n"
    "    <br/>\n"
    "    {foreach from=$ResourceNames item=resourceName}\n"
    "        {$resourceName}\n"
    "        <br/>\n"
    "    {/foreach}\n"
    "{else}\n"
    "    资源名称: {$ResourceName}\n"
    "    <br/>\n"
    "{/if}\n"
    "\n"
    "{if $ResourceImage}\n"
    '    <div class="resource-image"><img '
    'src="{$ScriptUrl}/{$ResourceImage}"/></div>\n'
    "{/if}\n"
    "\n"
    "预约标题: {$Title}<br/>\n"
    "预约说明: {$Description|nl2br}\n"
    "\n"
    "{if count($RepeatRanges) gt 0}\n"
    "    <br/>\n"
    "    The reservation occurs on the following dates:\n"
    "    <br/>\n"
    "{/if}\n"
    "\n"
    "{foreach from=$RepeatRanges item=date name=dates}\n"
    "    {formatdate date=$date->GetBegin()}\n"
    "    {if !$date->IsSameDate()} - {formatdate "
    "date=$date->GetEnd()}{/if}\n"
    "    <br/>\n"
    "{/foreach}\n"
    "\n"
    "{if $Accessories|default:array()|count > 0}\n"
    "    <br/>\n"
    "    自主添加的附件:\n"
    "    <br/>\n"
    "    {foreach from=$Accessories item=accessory}\n"
    "        ({$accessory->QuantityReserved}) {$accessory->Name}\n"
    "        <br/>\n"
    "    {/foreach}\n"
    "{/if}\n"
    "\n"
    "{if $RequiresApproval}\n"
    "    <br/>\n"
    "\t一个或多个资源在预约使用之前需要被批准，此预约在批准之前处于待定状态。\n"
    "{/if}\n"
    "\n"
    "<br/>\n"
    '待定? <a href="{$ScriptUrl}/{$AcceptUrl}">是</a> <a '
    'href="{$ScriptUrl}/{$DeclineUrl}">否</a>\n'
    "<br/>\n"
    "<br/>\n"
    "\n"
    '<a href="{$ScriptUrl}/{$ReservationUrl}">查看此预约</a> |\n'
    '<a href="{$ScriptUrl}/{$ICalUrl}">添加到日历</a> |\n'
    '<a href="{$ScriptUrl}">登录到 CVC Rental</a>\n',
    "zh_cn/StartReminderEmail": "您的预约即将开始。<br/>\n"
    "预约详情:\n"
    "\t<br/>\n"
    "\t<br/>\n"
    "\t开始时间: {formatdate date=$StartDate key=reservation_email}<br/>\n"
    "\t结束时间: {formatdate date=$EndDate key=reservation_email}<br/>\n"
    "\t资源名称: {$ResourceName}<br/>\n"
    "\t预约标题: {$Title}<br/>\n"
    "\t预约说明: {$Description|nl2br}\n"
    "<br/>\n"
    "<br/>\n"
    '<a href="{$ScriptUrl}/{$ReservationUrl}">查看此预约</a> |\n'
    '<a href="{$ScriptUrl}/{$ICalUrl}">添加到日历</a> |\n'
    '<a href="{$ScriptUrl}">登录到 CVC Rental</a>\n',
}
LB_STR = {
    "cz/InviteeAddedSubjectWithResource": "%s vás pozval k rezervaci %s",
    "cz/ReservationCreatedSubjectWithResource": "Rezervace %s byla vytvořena",
    "cz/ReservationDeletedSubjectWithResource": "Rezervace %s byla odstraněna",
    "cz/ReservationStartingSoonSubject": " Vaše rezervace %s zanedlouho začne",
    "da_da/InviteeAddedSubjectWithResource": "%s inviterede dig til en reservation af %s",
    "da_da/ReservationCreatedSubjectWithResource": "Reservation for %s er oprettet",
    "da_da/ReservationDeletedSubjectWithResource": "Reservation for %s er fjernet",
    "da_da/ReservationStartingSoonSubject": "Reservationen af %s begynder snart",
    "el_gr/InviteeAddedSubjectWithResource": "Ο/Η %s σας προσκάλεσε σε μια Κράτηση για %s",
    "el_gr/ReservationCreatedSubjectWithResource": "Η Κράτηση για %s δημιουργήθηκε",
    "el_gr/ReservationDeletedSubjectWithResource": "Η Κράτηση για %s αφαιρέθηκε",
    "el_gr/ReservationStartingSoonSubject": "Η Κράτηση για %s αρχίζει σύντομα",
    "en_us/InviteeAddedSubjectWithResource": "%s invited you to a reservation for %s",
    "en_us/ReservationCreatedSubjectWithResource": "Reservation created for %s",
    "en_us/ReservationDeletedSubjectWithResource": "Reservation removed for %s",
    "en_us/ReservationStartingSoonSubject": "Reservation for %s is starting soon",
    "eu_es/ReservationStartingSoonSubject": "%s (r)en erreserba laster hasiko da",
    "hr_hr/ReservationStartingSoonSubject": "Rezervacija za %s uskoro pocinje",
    "hu_hu/InviteeAddedSubjectWithResource": "%s meghívta foglalására %s",
    "hu_hu/ReservationCreatedSubjectWithResource": "Foglalása ehhez: %s létrehozva",
    "hu_hu/ReservationDeletedSubjectWithResource": "Foglalás eltávolítva %s",
    "hu_hu/ReservationStartingSoonSubject": "Foglalása %s hamarosan kezdődik",
    "id_id/ReservationStartingSoonSubject": "Reservasi untuk %s akan segera dimulai",
    "it_it/InviteeAddedSubjectWithResource": "%s ha invitato lei alla prenotazione per %s",
    "it_it/ReservationCreatedSubjectWithResource": "Ha inoltrato una richiesta di prenotazione per %s",
    "it_it/ReservationDeletedSubjectWithResource": "Una sua richiesta di prenotazione per %s è stata "
    "eliminata",
    "it_it/ReservationStartingSoonSubject": "Promemoria: prenotazione di %s",
    "ja_jp/InviteeAddedSubjectWithResource": "%s が %s の予約に招待しました",
    "ja_jp/ReservationCreatedSubjectWithResource": "%s に作成された予約",
    "ja_jp/ReservationDeletedSubjectWithResource": "%s の予約が取り消されました",
    "ja_jp/ReservationStartingSoonSubject": "予約 %s は間もなく始まります",
    "pt_br/InviteeAddedSubjectWithResource": "%s convidou você para uma reserva de %s",
    "pt_br/ReservationCreatedSubjectWithResource": "Reserva criada para %s",
    "pt_br/ReservationDeletedSubjectWithResource": "Reserva removida para %s",
    "pt_br/ReservationStartingSoonSubject": "A reserva para %s começará em breve",
    "pt_pt/InviteeAddedSubjectWithResource": "%1$s convidou-o para uma reserva para %2$s",
    "pt_pt/ReservationCreatedSubjectWithResource": "Reserva criada para %s",
    "pt_pt/ReservationDeletedSubjectWithResource": "Reserva removida para %s",
    "pt_pt/ReservationStartingSoonSubject": "A reserva de %s começa em breve",
    "si_si/ReservationStartingSoonSubject": "Rezervacija za %s bo kmalu nastopila",
    "sk/ReservationStartingSoonSubject": "Rezervácia pre %s začína čoskoro",
    "sr_sr/ReservationStartingSoonSubject": "Rezervacija za %s uskoro počinje",
    "th_th/InviteeAddedSubjectWithResource": "%s เชิญคุณในการจองสำหรับ %s",
    "th_th/ReservationCreatedSubjectWithResource": "การจองสำหรับ %s ได้ถูกสร้างแล้ว",
    "th_th/ReservationDeletedSubjectWithResource": "การลบการจองสำหรับ %s ได้ดำเนินการแล้ว",
    "th_th/ReservationStartingSoonSubject": "การจองสำหรับ %s กำลังจะเริ่มต้นแล้ว",
}
LB_FMT = {
    "cz": "j.n.Y \\v H:i",
    "da_da": "j/n-Y @ G.i (e)",
    "el_gr": "d/m/Y @ g:i A (e)",
    "en_gb": "d/m/Y @ H:i (e)",
    "en_us": "m/d/Y @ g:i A (e)",
    "hu_hu": "m/d/Y @ g:i A (e)",
    "it_it": "d/m/Y @ H:i (e)",
    "ja_jp": "Y-m-d @ G:i (e)",
    "pt_pt": "d/m/Y @ H:i (e)",
    "sr_sr": "m/d/G @ g:i A (e)",
    "th_th": "d/m/<BE> @ H:i (e)",
    "zh_cn": "Y/m/d @ g:i A (e)",
}
LB_PARENT = {
    "cz": "en_us",
    "da_da": "en_gb",
    "el_gr": "en_gb",
    "en_gb": "en_us",
    "en_us": None,
    "eu_es": "en_gb",
    "hr_hr": "en_gb",
    "hu_hu": "en_us",
    "id_id": "en_gb",
    "it_it": "en_us",
    "ja_jp": "en_gb",
    "pt_br": "en_gb",
    "pt_pt": "en_gb",
    "si_si": "en_gb",
    "sk": "en_gb",
    "sr_sr": "en_gb",
    "th_th": "en_gb",
    "zh_cn": "en_us",
}
LB_HEADER = '<?xml version="1.0" encoding="{$Charset}"?>\n<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN"\n        "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">\n<html xmlns="http://www.w3.org/1999/xhtml" lang="en" xml:lang="en">\n\t<head>\n\t\t<meta http-equiv="Content-Type" content="text/html; charset={$Charset}" />\n\t\t<style type="text/css">\n\t\t\t* { margin:0; padding:0; }\n\n\t\t\tbody {\n\t\t\t    font: 13px Helvetica, "Lucida Grande", Verdana, Arial, sans-serif;\n\t\t\t    background-color: #fefefe;\n\t\t\t    margin: 0px;\n\t\t\t    color: #333333;\n\t\t\t    height: 100%;\n\t\t\t}\n\n\t\t\tdiv.resource-image img\n\t\t\t{\n\t\t\t    padding-bottom:25px;\n\t\t\t    max-height:200px;\n\t\t\t    max-width:200px;\n\t\t\t}\n\n\t\t</style>\n\t</head>\n\t<body>\n'
LB_FOOTER = "\t</body>\n</html>\n"


# --------------------------------------------------------------------------------------
# LibreBooking: PHP date formats and a Smarty subset

EN_MON3 = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def lb_format(locale: str) -> str:
    while locale not in LB_FMT:
        parent = LB_PARENT[locale]
        assert parent is not None
        locale = parent
    return LB_FMT[locale]


def php_date(fmt: str, value: datetime, sent: datetime) -> str:
    """PHP date() for the letters the reservation_email formats use."""
    out: list[str] = []
    i = 0
    while i < len(fmt):
        ch = fmt[i]
        if fmt.startswith("<BE>", i):  # th_th: date('Y') + 543, the year the mail is sent
            out.append(str(sent.year + 543))
            i += 4
            continue
        if ch == "\\" and i + 1 < len(fmt):
            out.append(fmt[i + 1])
            i += 2
            continue
        out.append(
            {
                "d": f"{value.day:02d}",
                "j": str(value.day),
                "m": f"{value.month:02d}",
                "n": str(value.month),
                "Y": str(value.year),
                "y": f"{value.year % 100:02d}",
                "H": f"{value.hour:02d}",
                "G": str(value.hour),
                "g": str(value.hour % 12 or 12),
                "i": f"{value.minute:02d}",
                "A": "AM" if value.hour < 12 else "PM",
                "e": str(value.tzinfo),
                "M": EN_MON3[value.month - 1],
            }.get(ch, ch)
        )
        i += 1
    return "".join(out)


def lb_string(locale: str, key: str) -> str:
    probe: str | None = locale
    while probe is not None:
        if f"{probe}/{key}" in LB_STR:
            return LB_STR[f"{probe}/{key}"].strip()
        probe = LB_PARENT[probe]
    raise KeyError(key)


TAG = re.compile(r"\{(/?)(if|elseif|else|foreach)?\b([^{}]*)\}")


def smarty(template: str, values: dict[str, str], true_conditions: frozenset[str]) -> str:
    """Render the Smarty subset the mail templates use: variables, formatdate, if/else and
    foreach (every list is empty, every condition false unless named)."""
    out: list[str] = []
    stack: list[tuple[bool, bool]] = []  # (emitting, a branch already taken)
    pos = 0
    for match in re.finditer(r"\{[^{}\n]*\}", template):
        emitting = all(state for state, _ in stack)
        if emitting:
            out.append(template[pos : match.start()])
        pos = match.end()
        tag = match.group(0)[1:-1].strip()
        if tag.startswith("if "):
            cond = tag[3:].strip()
            taken = cond in true_conditions
            stack.append((taken, taken))
        elif tag.startswith("elseif "):
            _, done = stack.pop()
            taken = not done and tag[7:].strip() in true_conditions
            stack.append((taken, done or taken))
        elif tag == "else":
            _, done = stack.pop()
            stack.append((not done, True))
        elif tag == "/if" or tag == "/foreach":
            stack.pop()
        elif tag.startswith("foreach "):
            stack.append((False, True))
        elif not tag.startswith(("$", "formatdate")):
            if emitting:
                out.append(match.group(0))
        elif emitting:
            key = tag.lstrip("$").split("|", 1)[0]
            if tag.startswith("formatdate"):
                key = tag
            if key not in values:
                raise KeyError(f"no value for {{{tag}}}")
            out.append(values[key])
    out.append(template[pos:])
    return "".join(out)


def lb_render(
    locale: str,
    name: str,
    *,
    start: datetime,
    end: datetime,
    sent: datetime,
    room: str,
    title: str,
    description: str,
    user: str,
    owner: str = "",
    reason: str = "",
    true_conditions: frozenset[str] = frozenset(),
) -> str:
    fmt = lb_format(locale)
    values = {
        "formatdate date=$StartDate key=reservation_email": php_date(fmt, start, sent),
        "formatdate date=$EndDate key=reservation_email": php_date(fmt, end, sent),
        "ScriptUrl": "https://rooms.example/Web",
        "formatdate date=$StartDate->ToUtc() key=google": f"{start.astimezone(ZoneInfo('UTC')):%Y%m%dT%H%M%SZ}",
        "formatdate date=$EndDate->ToUtc() key=google": f"{end.astimezone(ZoneInfo('UTC')):%Y%m%dT%H%M%SZ}",
        "StartDate->Timezone()": str(start.tzinfo),
        "ReservationUrl": "reservation/?rn=65f1c2a9e0b47",
        "ICalUrl": "export/ical.php?rn=65f1c2a9e0b47",
        "GoogleCalendarUrl": "https://calendar.google.com/calendar/render?action=TEMPLATE",
        "AcceptUrl": "participation.php?ia=accept&rn=65f1c2a9e0b47",
        "DeclineUrl": "participation.php?ia=decline&rn=65f1c2a9e0b47",
        "ResourceName": htmlmod.escape(room),
        "Title": htmlmod.escape(title),
        "Description": htmlmod.escape(description).replace("\n", "<br />\n"),
        "UserName": htmlmod.escape(user),
        "ReferenceNumber": "65f1c2a9e0b47",
        "CreatedBy": htmlmod.escape(owner),
        "DeleteReason": htmlmod.escape(reason),
        "AppTitle": "LibreBooking",
        "ApprovedBy": "",
    }
    body = smarty(LB_TPL[f"{locale}/{name}"], values, true_conditions)
    header = LB_HEADER.replace("{$Charset}", "utf-8")
    return header + body + LB_FOOTER


def flatten(markup: str) -> str:
    """A mail client's text copy of an HTML body: tags dropped, breaks and blocks as lines."""
    text = re.sub(r"(?is)<(style|head)\b.*?</\1>", "", markup)
    text = re.sub(r"(?i)<br\s*/?>|</(p|div|li|tr|h\d|ul|table)>", "\n", text)
    text = re.sub(r"(?i)<li\b[^>]*>", "\n* ", text)
    text = re.sub(r"<[^>]+>", "", text)
    text = htmlmod.unescape(text).replace("\xa0", " ")
    lines = [" ".join(line.split()) for line in text.split("\n")]
    out: list[str] = []
    for line in lines:
        if line or (out and out[-1]):
            out.append(line)
    return "\n".join(out).strip() + "\n"


def label(
    kind: str,
    start: datetime,
    end: datetime | None,
    *,
    zone: str | None,
    sent: datetime | None = None,
    org: str = "",
) -> dict[str, object]:
    value: dict[str, object] = {"kind": kind, **timed(start, end, zone=zone, sent=sent)}
    if org:
        value["organizer_email"] = org
    return value


# The interview rooms booked per locale: (locale, language tag, zone, when, owner, candidate,
# room, title, description, org address)
LB_PEOPLE = {
    "cz": (
        "cs",
        "Europe/Prague",
        "Tereza Dvořáková",
        "Jakub Novák",
        "Zasedačka 3.02",
        "Pohovor – Jakub Novák (analytik dat)",
        "Prosím nahlaste se na recepci ve 3. patře.",
    ),
    "da_da": (
        "da",
        "Europe/Copenhagen",
        "Mette Kjær",
        "Rasmus Holm",
        "Mødelokale Fyr",
        "Jobsamtale: Rasmus Holm, projektleder",
        "Mød op i receptionen 10 minutter før.",
    ),
    "hu_hu": (
        "hu",
        "Europe/Budapest",
        "Kovács Eszter",
        "Szabó Bence",
        "Tárgyaló B",
        "Állásinterjú – Szabó Bence",
        "Kérjük, a portán jelentkezzen.",
    ),
    "it_it": (
        "it",
        "Europe/Rome",
        "Giulia Ferri",
        "Marco Bellini",
        "Sala Colloqui 2",
        "Colloquio Marco Bellini – Controller",
        "Presentarsi alla reception del secondo piano.",
    ),
    "pt_br": (
        "pt-BR",
        "America/Sao_Paulo",
        "Fernanda Lima",
        "Rafael Souza",
        "Sala Ipê",
        "Entrevista – Rafael Souza (Analista de RH)",
        "Apresente-se na recepção do 5º andar.",
    ),
    "sk": (
        "sk",
        "Europe/Bratislava",
        "Zuzana Horváthová",
        "Martin Kováč",
        "Zasadačka Tatry",
        "Pohovor – Martin Kováč, účtovník",
        "Ohláste sa na vrátnici, prosím.",
    ),
    "id_id": (
        "id",
        "Asia/Jakarta",
        "Sari Wulandari",
        "Budi Santoso",
        "Ruang Rapat Melati",
        "Wawancara kerja – Budi Santoso",
        "Silakan lapor ke resepsionis lantai 7.",
    ),
    "hr_hr": (
        "hr",
        "Europe/Zagreb",
        "Ivana Horvat",
        "Luka Babić",
        "Dvorana Jadran",
        "Razgovor za posao – Luka Babić",
        "Javite se na recepciju u prizemlju.",
    ),
    "el_gr": (
        "el",
        "Europe/Athens",
        "Μαρία Παπαδοπούλου",
        "Νίκος Γεωργίου",
        "Αίθουσα Ολύμπια",
        "Συνέντευξη – Νίκος Γεωργίου",
        "Παρακαλούμε δηλώστε την άφιξή σας στην υποδοχή.",
    ),
    "ja_jp": (
        "ja",
        "Asia/Tokyo",
        "佐藤 美咲",
        "高橋 健太",
        "会議室 A-301",
        "面接:高橋 健太 様(経理職)",
        "3階受付にお越しください。",
    ),
    "zh_cn": (
        "zh-CN",
        "Asia/Shanghai",
        "王丽",
        "陈浩",
        "会议室 牡丹厅",
        "面试:陈浩(数据分析岗)",
        "请到前台登记。",
    ),
    "th_th": (
        "th",
        "Asia/Bangkok",
        "สุภาพร ศรีสุข",
        "ธนากร วงศ์ใหญ่",
        "ห้องประชุม 2",
        "สัมภาษณ์งาน – ธนากร วงศ์ใหญ่",
        "กรุณาติดต่อแผนกต้อนรับชั้น 4",
    ),
    "pt_pt": (
        "pt-PT",
        "Europe/Lisbon",
        "Inês Carvalho",
        "Tiago Martins",
        "Sala Tejo",
        "Entrevista – Tiago Martins (Contabilista)",
        "Por favor dirija-se à receção do 3.º piso.",
    ),
    "sr_sr": (
        "sr-Latn",
        "Europe/Belgrade",
        "Jelena Petrović",
        "Nemanja Jovanović",
        "Sala Dunav",
        "Intervju – Nemanja Jovanović",
        "Javite se na recepciju.",
    ),
    "si_si": (
        "sl",
        "Europe/Ljubljana",
        "Nina Kralj",
        "Matej Zupan",
        "Sejna soba Triglav",
        "Razgovor za službo – Matej Zupan",
        "Prosimo, oglasite se na recepciji.",
    ),
    "eu_es": (
        "eu",
        "Europe/Madrid",
        "Miren Etxeberria",
        "Iker Agirre",
        "Bilera-gela Urdaibai",
        "Elkarrizketa – Iker Agirre",
        "Mesedez, aurkeztu harreran.",
    ),
}


def lb_mail(
    fam: str,
    locale: str,
    tpl: str,
    when: tuple[int, int, int, int, int, str],
    minutes: int,
    *,
    plain: bool,
    kind: str,
    note: str,
    true_conditions: frozenset[str] = frozenset(),
    reason: str = "",
) -> tuple[Case, bytes, str, str, datetime]:
    lang, zone, owner, cand, room, title, desc = LB_PEOPLE[locale]
    y, mo, d, h, mi, wd = when
    start = at(y, mo, d, h, mi, zone, wd)
    end = start + timedelta(minutes=minutes)
    sent = start - timedelta(days=6, hours=3, minutes=17)
    markup = lb_render(
        locale,
        tpl,
        start=start,
        end=end,
        sent=sent,
        room=room,
        title=title,
        description=desc,
        user=cand,
        owner=owner,
        reason=reason,
        true_conditions=true_conditions,
    )
    key = {
        "ReservationCreated": "ReservationCreatedSubjectWithResource",
        "ReservationInvitation": "InviteeAddedSubjectWithResource",
        "ReservationDeleted": "ReservationDeletedSubjectWithResource",
        "StartReminderEmail": "ReservationStartingSoonSubject",
    }[tpl]
    subject_fmt = re.sub(r"%\d\$s", "%s", lb_string(locale, key))  # PHP's positional %1$s
    args = (owner, room) if subject_fmt.count("%s") == 2 else (room,)
    subject = subject_fmt % args
    if tpl == "StartReminderEmail":
        sent = start - timedelta(hours=1)
    elif tpl == "ReservationDeleted":
        sent = start - timedelta(days=2, hours=5)
    sender = ("LibreBooking", "noreply@rooms.example")
    cand_addr = (cand, "candidate." + locale.replace("_", "") + "@mailbox.example")
    raw = mail(
        f"{fam}/{locale}/{tpl}",
        sender=sender,
        to=cand_addr,
        subject=subject,
        sent=sent,
        text=flatten(markup) if plain else None,
        html=markup,
    )
    stated = "(e)" in lb_format(locale)
    lab = label(kind, start, end, zone=zone if stated else None, sent=None if stated else sent)
    case = Case(
        family=fam,
        split=SPLITS[fam],
        name=f"{lang}_{tpl.lower()}",
        raw=raw,
        label=lab,
        language=lang,
        note=note,
        template=f"LibreBooking/app@{LB_COMMIT}: lang/{locale}/{tpl}.tpl, lang/{locale}.php, tpl/Email/emailheader.tpl",
        license=LB_LICENSE,
    )
    return case, raw, subject, markup, sent


def lbmade43() -> Iterator[Case]:
    fam = "lbmade43"
    plan = [
        (
            "cz",
            (2026, 12, 8, 10, 0, "Tue"),
            60,
            "Czech 'j.n.Y v H:i': 'Začátek: 8.12.2026 v 10:00', no zone printed.",
        ),
        (
            "da_da",
            (2026, 12, 9, 13, 30, "Wed"),
            45,
            "Danish 'j/n-Y @ G.i (e)': '9/12-2026 @ 13.30 (Europe/Copenhagen)'.",
        ),
        (
            "hu_hu",
            (2026, 12, 10, 9, 0, "Thu"),
            60,
            "Hungarian locale inherits en_us 'm/d/Y @ g:i A (e)'.",
        ),
        (
            "it_it",
            (2026, 12, 14, 15, 0, "Mon"),
            60,
            "Italian 'd/m/Y @ H:i (e)': '14/12/2026 @ 15:00 (Europe/Rome)'.",
        ),
        (
            "pt_br",
            (2026, 12, 15, 10, 30, "Tue"),
            60,
            "Brazilian Portuguese inherits en_gb 'd/m/Y @ H:i (e)'.",
        ),
        ("sk", (2026, 12, 16, 8, 30, "Wed"), 45, "Slovak, en_gb order, Europe/Bratislava."),
        ("id_id", (2026, 12, 17, 14, 0, "Thu"), 60, "Indonesian, en_gb order, Asia/Jakarta."),
        (
            "hr_hr",
            (2026, 12, 18, 11, 0, "Fri"),
            60,
            "Croatian 'Pocetak:/Kraj:' lines, en_gb order, Europe/Zagreb.",
        ),
    ]
    for locale, when, minutes, note in plan:
        case, *_ = lb_mail(
            fam,
            locale,
            "ReservationCreated",
            when,
            minutes,
            plain=False,
            kind="invitation",
            note=note,
        )
        yield case


def lbinvite43() -> Iterator[Case]:
    fam = "lbinvite43"
    plan = [
        (
            "el_gr",
            (2026, 12, 8, 16, 0, "Tue"),
            60,
            "Greek 'd/m/Y @ g:i A (e)': '08/12/2026 @ 4:00 PM (Europe/Athens)'.",
        ),
        (
            "ja_jp",
            (2026, 12, 9, 10, 0, "Wed"),
            60,
            "Japanese 'Y-m-d @ G:i (e)': '2026-12-09 @ 10:00 (Asia/Tokyo)'.",
        ),
        (
            "zh_cn",
            (2026, 12, 10, 14, 30, "Thu"),
            60,
            "Chinese 'Y/m/d @ g:i A (e)': '2026/12/10 @ 2:30 PM (Asia/Shanghai)'.",
        ),
        (
            "th_th",
            (2026, 12, 11, 9, 30, "Fri"),
            60,
            "Thai 'd/m/<year+543> @ H:i (e)': Buddhist year 2569.",
        ),
        (
            "pt_pt",
            (2026, 12, 14, 11, 0, "Mon"),
            45,
            "European Portuguese 'd/m/Y @ H:i (e)', Europe/Lisbon.",
        ),
        (
            "sr_sr",
            (2026, 12, 15, 13, 0, "Tue"),
            60,
            "Serbian 'm/d/G @ g:i A (e)': the hour 13 stands where the year should be ('12/15/13 @ 1:00 PM (Europe/Belgrade)').",
        ),
        ("si_si", (2026, 12, 16, 10, 0, "Wed"), 60, "Slovenian, en_gb order, Europe/Ljubljana."),
        ("eu_es", (2026, 12, 17, 12, 0, "Thu"), 30, "Basque, en_gb order, Europe/Madrid."),
    ]
    for locale, when, minutes, note in plan:
        case, *_ = lb_mail(
            fam,
            locale,
            "ReservationInvitation",
            when,
            minutes,
            plain=True,
            kind="invitation",
            note=note,
        )
        yield case


def lbgone43() -> Iterator[Case]:
    fam = "lbgone43"
    plan = [
        (
            "cz",
            (2026, 12, 8, 10, 0, "Tue"),
            60,
            "Czech removal notice for the interview room: the interview slot is cancelled; no zone printed.",
        ),
        ("hu_hu", (2026, 12, 10, 9, 0, "Thu"), 60, "Hungarian removal notice, en_us format."),
        (
            "it_it",
            (2026, 12, 14, 15, 0, "Mon"),
            60,
            "Italian 'la seguente prenotazione è stata cancellata' with the organiser's reason.",
        ),
        ("ja_jp", (2026, 12, 9, 10, 0, "Wed"), 60, "Japanese removal notice, 'Y-m-d @ G:i (e)'."),
        ("pt_br", (2026, 12, 15, 10, 30, "Tue"), 60, "Brazilian Portuguese removal notice."),
        ("da_da", (2026, 12, 9, 13, 30, "Wed"), 45, "Danish removal notice, 'j/n-Y @ G.i (e)'."),
        ("el_gr", (2026, 12, 8, 16, 0, "Tue"), 60, "Greek removal notice, 12-hour clock."),
    ]
    conds = frozenset(
        {
            'preg_match("/[a-zA-Z]+/",$CreatedBy)',
            "!empty($CreatedBy)",
            "!empty($DeleteReason)",
            'preg_match("/[a-zA-Z]+/",$DeleteReason)',
            "$Deleted",
        }
    )
    for locale, when, minutes, note in plan:
        case, *_ = lb_mail(
            fam,
            locale,
            "ReservationDeleted",
            when,
            minutes,
            plain=locale in {"it_it", "ja_jp", "el_gr"},
            kind="cancellation",
            note=note,
            true_conditions=conds,
            reason="Position filled / interview cancelled",
        )
        yield case


def lbsoon43() -> Iterator[Case]:
    fam = "lbsoon43"
    plan = [
        (
            "hr_hr",
            (2026, 12, 18, 11, 0, "Fri"),
            60,
            "Croatian start reminder an hour before the interview.",
        ),
        (
            "sk",
            (2026, 12, 16, 8, 30, "Wed"),
            45,
            "Slovak 'Nezmeškajte rezervovaný termín' reminder.",
        ),
        ("el_gr", (2026, 12, 8, 16, 0, "Tue"), 60, "Greek start reminder, 12-hour clock."),
        (
            "zh_cn",
            (2026, 12, 10, 14, 30, "Thu"),
            60,
            "Chinese start reminder, 'Y/m/d @ g:i A (e)'.",
        ),
        ("pt_pt", (2026, 12, 14, 11, 0, "Mon"), 45, "European Portuguese start reminder."),
        ("id_id", (2026, 12, 17, 14, 0, "Thu"), 60, "Indonesian start reminder."),
        ("ja_jp", (2026, 12, 9, 10, 0, "Wed"), 60, "Japanese start reminder."),
    ]
    for locale, when, minutes, note in plan:
        case, *_ = lb_mail(
            fam,
            locale,
            "StartReminderEmail",
            when,
            minutes,
            plain=locale in {"sk", "zh_cn", "ja_jp"},
            kind="invitation",
            note=note,
        )
        yield case


FWD_NOTES = {
    (
        "gmail",
        "en",
    ): "Hi, forwarding the room booking for my interview - can you put it in my calendar?",
    (
        "gmail",
        "fr",
    ): "Bonjour, je transfère la réservation de salle pour mon entretien, merci de l'ajouter.",
    ("outlook", "de"): "Hallo, anbei die Raumbuchung für mein Vorstellungsgespräch.",
    ("outlook", "es"): "Hola, reenvío la reserva de sala de mi entrevista.",
    ("apple", "en"): "Booking for my interview below.",
}


def lbfwd43() -> Iterator[Case]:
    fam = "lbfwd43"
    plan = [
        ("gmail", "en", "it_it", "ReservationCreated", (2027, 1, 12, 15, 0, "Tue"), 60),
        ("gmail", "fr", "da_da", "ReservationInvitation", (2027, 1, 13, 9, 0, "Wed"), 45),
        ("outlook", "de", "hu_hu", "ReservationCreated", (2027, 1, 14, 2 + 12, 0, "Thu"), 60),
        ("outlook", "es", "pt_pt", "ReservationInvitation", (2027, 1, 15, 10, 0, "Fri"), 60),
        ("apple", "en", "zh_cn", "ReservationInvitation", (2027, 1, 18, 9, 30, "Mon"), 60),
        ("gmail", "en", "cz", "ReservationCreated", (2027, 1, 19, 13, 0, "Tue"), 60),
    ]
    for client, lang, locale, tpl, when, minutes in plan:
        inner, _raw, subject, markup, sent = lb_mail(
            fam, locale, tpl, when, minutes, plain=False, kind="invitation", note=""
        )
        fwd = pp.forward(
            f"{fam}/{client}/{locale}",
            client=client,
            lang=lang,
            user=(
                LB_PEOPLE[locale][3],
                "candidate." + locale.replace("_", "") + "@mailbox.example",
            ),
            org=("LibreBooking", "noreply@rooms.example"),
            orig_sent=sent,
            subject=subject,
            body=flatten(markup),
            note=FWD_NOTES[(client, lang)],
            html=client != "apple",
        )
        stated = "(e)" in lb_format(locale)
        start = inner.label["start"]
        lab = dict(inner.label)
        yield Case(
            family=fam,
            split=SPLITS[fam],
            name=f"{client}-{lang}_{inner.language}_{tpl.lower()}",
            raw=fwd,
            label=lab,
            language=inner.language,
            note=f"{tpl} ({locale}) forwarded by {client} ({lang}); start {start}"
            + ("" if stated else ", no zone printed"),
            template=inner.template + "; forward block from build_parse-pos.py",
            license=LB_LICENSE,
        )


# --------------------------------------------------------------------------------------
# Odoo calendar card

OD_PEOPLE = [
    # babel locale, language tag, zone, when, minutes, organiser, candidate, event, location
    (
        "de_DE",
        "de",
        "Europe/Berlin",
        (2026, 12, 8, 14, 0, "Tue"),
        45,
        "Katrin Vogel",
        "Jonas Weber",
        "Vorstellungsgespräch Jonas Weber",
        "Hauptstraße 12, 10115 Berlin",
    ),
    (
        "fr_FR",
        "fr",
        "Europe/Paris",
        (2026, 12, 9, 10, 30, "Wed"),
        60,
        "Claire Martin",
        "Hugo Lefèvre",
        "Entretien – Hugo Lefèvre",
        "12 rue de la Paix, Paris",
    ),
    (
        "es_ES",
        "es",
        "Europe/Madrid",
        (2026, 12, 10, 16, 0, "Thu"),
        45,
        "Lucía García",
        "Pablo Romero",
        "Entrevista Pablo Romero",
        "Calle Mayor 5, Madrid",
    ),
    (
        "it_IT",
        "it",
        "Europe/Rome",
        (2026, 12, 11, 9, 30, "Fri"),
        60,
        "Chiara Russo",
        "Luca Greco",
        "Colloquio Luca Greco",
        "Via Roma 8, Torino",
    ),
    (
        "pl_PL",
        "pl",
        "Europe/Warsaw",
        (2026, 12, 14, 11, 0, "Mon"),
        45,
        "Agnieszka Nowak",
        "Piotr Wiśniewski",
        "Rozmowa kwalifikacyjna – Piotr Wiśniewski",
        "ul. Marszałkowska 10, Warszawa",
    ),
    (
        "pt_BR",
        "pt-BR",
        "America/Sao_Paulo",
        (2026, 12, 15, 15, 0, "Tue"),
        60,
        "Camila Rocha",
        "Lucas Almeida",
        "Entrevista Lucas Almeida",
        "Av. Paulista 1000, São Paulo",
    ),
    (
        "sv_SE",
        "sv",
        "Europe/Stockholm",
        (2026, 12, 16, 13, 0, "Wed"),
        45,
        "Anna Lindqvist",
        "Erik Johansson",
        "Intervju Erik Johansson",
        "Drottninggatan 20, Stockholm",
    ),
    (
        "tr_TR",
        "tr",
        "Europe/Istanbul",
        (2026, 12, 17, 10, 0, "Thu"),
        60,
        "Elif Yılmaz",
        "Emre Kaya",
        "Mülakat – Emre Kaya",
        "Büyükdere Cad. 100, İstanbul",
    ),
    (
        "ja_JP",
        "ja",
        "Asia/Tokyo",
        (2026, 12, 18, 15, 0, "Fri"),
        60,
        "佐藤 美咲",
        "高橋 健太",
        "面接 高橋 健太 様",
        "東京都千代田区丸の内1-1",
    ),
    (
        "ko_KR",
        "ko",
        "Asia/Seoul",
        (2026, 12, 8, 14, 0, "Tue"),
        45,
        "김지현",
        "이민호",
        "면접 – 이민호",
        "서울특별시 강남구 테헤란로 100",
    ),
    (
        "zh_CN",
        "zh-CN",
        "Asia/Shanghai",
        (2026, 12, 9, 10, 0, "Wed"),
        60,
        "王丽",
        "陈浩",
        "面试 – 陈浩",
        "上海市浦东新区世纪大道100号",
    ),
    (
        "ru_RU",
        "ru",
        "Europe/Moscow",
        (2026, 12, 10, 12, 0, "Thu"),
        60,
        "Ольга Смирнова",
        "Дмитрий Иванов",
        "Собеседование – Дмитрий Иванов",
        "Москва, ул. Тверская, 7",
    ),
    (
        "uk_UA",
        "uk",
        "Europe/Kyiv",
        (2026, 12, 11, 11, 30, "Fri"),
        45,
        "Олена Коваленко",
        "Андрій Шевченко",
        "Співбесіда – Андрій Шевченко",
        "Київ, вул. Хрещатик, 22",
    ),
    (
        "cs_CZ",
        "cs",
        "Europe/Prague",
        (2026, 12, 14, 9, 0, "Mon"),
        60,
        "Petra Svobodová",
        "Tomáš Černý",
        "Pohovor – Tomáš Černý",
        "Na Příkopě 15, Praha",
    ),
    (
        "nl_NL",
        "nl",
        "Europe/Amsterdam",
        (2026, 12, 15, 13, 30, "Tue"),
        45,
        "Sanne de Vries",
        "Daan Jansen",
        "Sollicitatiegesprek Daan Jansen",
        "Keizersgracht 100, Amsterdam",
    ),
    (
        "fi_FI",
        "fi",
        "Europe/Helsinki",
        (2026, 12, 16, 10, 0, "Wed"),
        60,
        "Laura Virtanen",
        "Mikko Korhonen",
        "Työhaastattelu – Mikko Korhonen",
        "Mannerheimintie 10, Helsinki",
    ),
    (
        "en_US",
        "en-US",
        "America/Chicago",
        (2027, 1, 12, 14, 0, "Tue"),
        45,
        "Dana Whitfield",
        "Jordan Reyes",
        "Interview - Jordan Reyes",
        "233 S Wacker Dr, Chicago",
    ),
    (
        "en_GB",
        "en-GB",
        "Europe/London",
        (2027, 1, 13, 10, 0, "Wed"),
        60,
        "Harriet Cole",
        "Oliver Brown",
        "Interview: Oliver Brown",
        "1 Canada Square, London",
    ),
    (
        "hu_HU",
        "hu",
        "Europe/Budapest",
        (2027, 1, 14, 9, 0, "Thu"),
        45,
        "Kovács Eszter",
        "Szabó Bence",
        "Állásinterjú – Szabó Bence",
        "Andrássy út 1, Budapest",
    ),
    (
        "da_DK",
        "da",
        "Europe/Copenhagen",
        (2027, 1, 15, 13, 0, "Fri"),
        60,
        "Mette Kjær",
        "Rasmus Holm",
        "Jobsamtale – Rasmus Holm",
        "Strøget 1, København",
    ),
]
OD_BY_LANG = {row[1]: row for row in OD_PEOPLE}


def od_card(row: tuple, start: datetime) -> str:
    loc, _lang, zone = row[0], row[1], row[2]
    utc_day = start.astimezone(ZoneInfo("UTC")).day
    if utc_day != start.day:  # the template prints the UTC day; keep the slots where both agree
        raise ValueError(f"{start} falls on another UTC day")
    weekday = format_datetime(start, "EEEE", tzinfo=ZoneInfo(zone), locale=loc)
    month = format_datetime(start, "MMMM y", tzinfo=ZoneInfo(zone), locale=loc)
    clock = format_time(start, "short", tzinfo=ZoneInfo(zone), locale=loc)
    return (
        '<table border="0" cellpadding="0" cellspacing="0"><tr>\n'
        '    <td width="130px;" style="min-width: 130px;">\n'
        '        <div style="border-top-start-radius: 3px; border-top-end-radius: 3px; font-size: 12px; border-collapse: separate; text-align: center; font-weight: bold; color: #ffffff; min-height: 18px; background-color: #875A7B; border: 1px solid #875A7B;">\n'
        f"            {weekday}\n        </div>\n"
        '        <div style="font-size: 48px; min-height: auto; font-weight: bold; text-align: center; color: #5F5F5F; background-color: #F8F8F8; border: 1px solid #875A7B;">\n'
        f"            {start.day}\n        </div>\n"
        "        <div style='font-size: 12px; text-align: center; font-weight: bold; color: #ffffff; background-color: #875A7B;'>\n"
        f"            {month}\n        </div>\n"
        '        <div style="border-collapse: separate; color: #5F5F5F; text-align: center; font-size: 12px; border-bottom-end-radius: 3px; font-weight: bold; border: 1px solid #875A7B; border-bottom-start-radius: 3px;">\n'
        f"            <div>\n                {clock}\n            </div>\n"
        f'            <div style="font-size: 10px; font-weight: normal">\n                ({zone})\n            </div>\n'
        "        </div>\n    </td>\n"
    )


def od_details(row: tuple, minutes: int, *, attendees: bool = True, location: bool = True) -> str:
    organiser, loc = row[5], row[8]
    items = []
    if location:
        items.append(
            f'<li>Location: {htmlmod.escape(loc)}\n    (<a target="_blank" href="http://maps.google.com/maps?oi=map&amp;q={htmlmod.escape(loc)}">View Map</a>)\n</li>'
        )
    items.append(f"<li>Duration: {minutes // 60}H{minutes % 60:02d}</li>")
    if attendees:
        items.append(
            "<li>Attendees\n<ul>\n"
            f'    <li><div style="display: inline-block; border-radius: 50%; width: 10px; height: 10px; background: green;"> </div><span style="margin-left:5px">{htmlmod.escape(organiser)}</span></li>\n'
            '    <li><div style="display: inline-block; border-radius: 50%; width: 10px; height: 10px; background: grey;"> </div><span style="margin-left:5px">You</span></li>\n'
            "</ul></li>"
        )
    return (
        '    <td width="20px;"/>\n    <td style="padding-top: 5px;">\n'
        "        <p><strong>Details of the event</strong></p>\n        <ul>\n"
        + "\n".join(items)
        + "\n        </ul>\n    </td>\n</tr></table>\n"
    )


BUTTONS = (
    '<div style="text-align: center; padding: 16px 0px 16px 0px;">\n'
    '    <a href="https://erp.example/calendar/meeting/accept?token=9f2c&amp;id=412" style="padding: 5px 10px; color: #FFFFFF; text-decoration: none; background-color: #875A7B; border: 1px solid #875A7B; border-radius: 3px">\n        Accept</a>\n'
    '    <a href="https://erp.example/calendar/meeting/decline?token=9f2c&amp;id=412" style="padding: 5px 10px; color: #FFFFFF; text-decoration: none; background-color: #875A7B; border: 1px solid #875A7B; border-radius: 3px">\n        Decline</a>\n'
    '    <a href="https://erp.example/calendar/meeting/view?token=9f2c&amp;id=412" style="padding: 5px 10px; color: #FFFFFF; text-decoration: none; background-color: #875A7B; border: 1px solid #875A7B; border-radius: 3px">View</a>\n'
    "</div>\n"
)


def od_slot(row: tuple) -> tuple[datetime, datetime]:
    y, mo, d, h, mi, wd = row[3]
    start = at(y, mo, d, h, mi, row[2], wd)
    return start, start + timedelta(minutes=row[4])


def od_invitation(row: tuple) -> str:
    start, _ = od_slot(row)
    organiser, cand, event = row[5], row[6], row[7]
    return (
        "<div>\n    <p>\n"
        f"        Hello {htmlmod.escape(cand)},<br/><br/>\n"
        f"        {htmlmod.escape(organiser)} invited you for the <strong>{htmlmod.escape(event)}</strong> meeting.\n"
        "    </p>\n"
        + BUTTONS
        + od_card(row, start)
        + od_details(row, row[4])
        + f"    <br/>\n    Thank you,\n        <br />\n        --<br/>{htmlmod.escape(organiser)}\n</div>\n"
    )


def od_reminder(row: tuple) -> str:
    start, _ = od_slot(row)
    cand, organiser = row[6], row[5]
    return (
        "<div>\n    <p>\n"
        f"        Hello {htmlmod.escape(cand)},<br/><br/>\n"
        "        This is a reminder for the below event :\n    </p>\n"
        + BUTTONS
        + od_card(row, start)
        + od_details(row, row[4])
        + f"    <br/>\n    Thank you,\n        <br />\n        --<br/>{htmlmod.escape(organiser)}\n</div>\n"
    )


def od_update(row: tuple, message: str) -> str:
    start, _ = od_slot(row)
    return (
        "<div>\n    <div>\n"
        + od_card(row, start).replace("<table", '<table data-x="1"', 0)
        + od_details(row, row[4], attendees=False)
        + '    </div>\n    <div class="user_input">\n        <hr/>\n'
        f"        <p>{message}</p>\n\n    </div>\n</div>\n"
    )


def od_sender(row: tuple) -> tuple[str, str]:
    organiser = row[5]
    local = "hr" if not organiser.isascii() else organiser.lower().split()[0]
    return organiser, f"{local}@{row[1].lower()}-firm.example"


def od_cand(row: tuple) -> tuple[str, str]:
    return row[6], f"cand.{row[1].lower()}@mailbox.example"


def odcard43() -> Iterator[Case]:
    fam = "odcard43"
    for lang in ("de", "fr", "es", "it", "pl", "pt-BR", "sv", "tr"):
        row = OD_BY_LANG[lang]
        start, end = od_slot(row)
        sender = od_sender(row)
        raw = mail(
            f"{fam}/{lang}",
            sender=sender,
            to=od_cand(row),
            subject=f"Invitation to {row[7]}",
            sent=start - timedelta(days=5, hours=2),
            html=od_invitation(row),
        )
        yield Case(
            family=fam,
            split=SPLITS[fam],
            name=f"{lang}_invitation_card",
            raw=raw,
            label=label("invitation", start, end, zone=row[2], org=sender[1]),
            language=lang,
            note=f"Odoo invitation card in {row[0]}: weekday, day, 'MMMM y', short time and '({row[2]})' in separate boxes; 'Duration: 0H{row[4] % 60:02d}' or '1H00' gives the end.",
            template=OD_SRC + " (calendar_template_meeting_invitation)",
            license=OD_LICENSE,
        )


def odcardalt43() -> Iterator[Case]:
    fam = "odcardalt43"
    for lang in ("ja", "ko", "zh-CN", "ru", "uk", "cs", "nl", "fi"):
        row = OD_BY_LANG[lang]
        start, end = od_slot(row)
        sender = od_sender(row)
        markup = od_reminder(row)
        raw = mail(
            f"{fam}/{lang}",
            sender=sender,
            to=od_cand(row),
            subject=f"{row[7]} - Reminder",
            sent=start - timedelta(days=1),
            text=flatten(markup),
            html=markup,
        )
        yield Case(
            family=fam,
            split=SPLITS[fam],
            name=f"{lang}_reminder_card",
            raw=raw,
            label=label("invitation", start, end, zone=row[2], org=sender[1]),
            language=lang,
            note=f"Odoo reminder card in {row[0]} with a plain alternative that puts each box on its own line.",
            template=OD_SRC + " (calendar_template_meeting_reminder)",
            license=OD_LICENSE,
        )


def odcardfwd43() -> Iterator[Case]:
    fam = "odcardfwd43"
    plan = [
        ("gmail", "en", "en-US"),
        ("gmail", "fr", "fr"),
        ("outlook", "de", "de"),
        ("outlook", "es", "es"),
        ("apple", "en", "en-GB"),
        ("gmail", "en", "hu"),
        ("outlook", "de", "da"),
    ]
    notes = {
        ("gmail", "en"): "Interview invite from their calendar system, see below.",
        ("gmail", "fr"): "Voici l'invitation pour mon entretien.",
        ("outlook", "de"): "Zur Info: die Einladung zum Gespräch.",
        ("outlook", "es"): "Te reenvío la invitación a la entrevista.",
        ("apple", "en"): "Please add this one.",
    }
    for client, ui, lang in plan:
        row = OD_BY_LANG[lang]
        start, end = od_slot(row)
        sender = od_sender(row)
        markup = od_invitation(row)
        sent = start - timedelta(days=5, hours=2)
        subject = f"Invitation to {row[7]}"
        block = pp.forward_block(client, ui, sender, sent, subject, od_cand(row))
        note = notes[(client, ui)]
        text = f"{note}\n\n{block}\n{flatten(markup)}"
        html_block = htmlmod.escape(block).replace("\n", "<br>\n")
        html = f'<html><body><div dir="ltr">{htmlmod.escape(note)}<br><br><div class="gmail_quote">{html_block}<br>\n{markup}</div></div></body></html>\n'
        raw = mail(
            f"{fam}/{client}/{lang}",
            sender=od_cand(row),
            to=pp.HOOK,
            subject=f"{pp.PREFIX[(client, ui)]}: {subject}",
            sent=sent + timedelta(hours=3, minutes=12),
            text=text,
            html=html,
        )
        yield Case(
            family=fam,
            split=SPLITS[fam],
            name=f"{client}-{ui}_{lang}_card",
            raw=raw,
            label=label("invitation", start, end, zone=row[2]),
            language=lang,
            note=f"Odoo invitation card ({row[0]}) forwarded by {client} ({ui}); the card kept in the HTML, flattened in the text.",
            template=OD_SRC
            + " (calendar_template_meeting_invitation); forward block from build_parse-pos.py",
            license=OD_LICENSE,
        )


MOVE_NOTES = {
    "de": "Wir mussten Ihr Vorstellungsgespräch leider verschieben. Der neue Termin steht oben.",
    "fr": "Nous avons dû déplacer votre entretien ; le nouvel horaire figure ci-dessus.",
    "es": "Hemos tenido que cambiar la hora de su entrevista; la nueva fecha aparece arriba.",
    "it": "Abbiamo dovuto spostare il suo colloquio: la nuova data è indicata sopra.",
    "nl": "We hebben uw gesprek moeten verzetten; het nieuwe tijdstip staat hierboven.",
    "pl": "Musieliśmy przesunąć Pana rozmowę; nowy termin podano powyżej.",
    "sv": "Vi har tyvärr behövt flytta din intervju. Den nya tiden står ovan.",
}


def odmove43() -> Iterator[Case]:
    fam = "odmove43"
    for lang, note in MOVE_NOTES.items():
        row = OD_BY_LANG[lang]
        start, end = od_slot(row)
        start, end = start + timedelta(days=1, hours=1), end + timedelta(days=1, hours=1)
        moved = (
            row[0],
            row[1],
            row[2],
            (
                start.year,
                start.month,
                start.day,
                start.hour,
                start.minute,
                pp.DAYS[start.weekday()],
            ),
            *row[4:],
        )
        sender = od_sender(row)
        raw = mail(
            f"{fam}/{lang}",
            sender=sender,
            to=od_cand(row),
            subject=f"{row[7]}: Event update",
            sent=start - timedelta(days=3, hours=4),
            html=od_update(moved, htmlmod.escape(note)),
        )
        yield Case(
            family=fam,
            split=SPLITS[fam],
            name=f"{lang}_event_update",
            raw=raw,
            label=label("reschedule", start, end, zone=row[2], org=sender[1]),
            language=lang,
            note=f"Odoo 'Event update' card ({row[0]}) with the sender's message that the interview moved to the time on the card.",
            template=OD_SRC + " (calendar_template_meeting_update)",
            license=OD_LICENSE,
        )


BUILDERS = (
    lbmade43,
    lbinvite43,
    lbgone43,
    lbsoon43,
    lbfwd43,
    odcard43,
    odcardalt43,
    odcardfwd43,
    odmove43,
)


def provenance(cases: list[Case]) -> str:
    langs = sorted({item.language for item in cases})
    held = sorted(name for name, split in SPLITS.items() if split == "heldout")
    lines = [
        "# Provenance of the atscards43 batch (`build_atscards43.py`)",
        "",
        "Text invitations (no calendar part) rendered from real open-source templates the corpus had not used: LibreBooking mail templates in 16 locales new to the corpus, and Odoo's calendar date-card templates with CLDR date parts in 20 locales. People, organisations, rooms and links are made up. Labels were written from the datetimes the mails are rendered from, before the parser was run on any of them.",
        "",
        "## Sources",
        "",
        f"- `LibreBooking/app` @ `{LB_COMMIT}` (GPL-3.0): `lang/<locale>/ReservationCreated.tpl`, `ReservationInvitation.tpl`, `ReservationDeleted.tpl`, `StartReminderEmail.tpl`; subjects from `lang/<locale>.php` (`ReservationCreatedSubjectWithResource`, `InviteeAddedSubjectWithResource`, `ReservationDeletedSubjectWithResource`, `ReservationStartingSoonSubject`, parent class when missing, as `lib/Email/Messages/*.php` use them); `$dates['reservation_email']` per locale or inherited from `lang/en_gb.php`/`lang/en_us.php`; `tpl/Email/emailheader.tpl`, `emailfooter.tpl`.",
        f"- `odoo/odoo` @ `{OD_COMMIT}` (LGPL-3.0): `addons/calendar/data/mail_template_data.xml` (invitation, reminder and event-update templates; English strings kept); date parts by Babel {__import__('babel').__version__} (`format_datetime` 'EEEE' / 'MMMM y', `format_time` 'short') as Odoo's `format_datetime`/`format_time` call it.",
        "- Forward header blocks: `build_parse-pos.py` (Gmail en/fr, Outlook de/es, Apple Mail en).",
        "",
        "## Label policy",
        "",
        "- LibreBooking mails state Start and End with the PHP zone identifier: start, end and timezone are labelled; the Czech format prints no zone (`tz_stated: false`, the wall time at the mail's Date offset). th_th prints the Buddhist year, sr_sr prints the hour where the year belongs: the labels keep the real date.",
        "- Removal notices of the interview room are the interview's cancellation (`cancellation` with the slot), as the corpus labels booking tools' cancellations.",
        "- Odoo cards state the zone under the time and a duration ('0H45'): start, end and timezone are labelled. 'Event update' mails whose message says the interview moved: `reschedule` with the slot on the card.",
        "",
        f'{len(cases)} messages in {len(SPLITS)} families, {len(langs)} language tags ({", ".join(langs)}). Held-out families ({len(held)} of {len(SPLITS)}, `random.Random("atscards43 coin").sample(sorted(FAMILIES), 2)`, drawn before anything was parsed): '
        + ", ".join(held)
        + "; their files are not listed.",
        "",
        FIGURES,
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
    lines += [
        "",
        "## Files (dev only)",
        "",
        "| file | kind | language | what it exercises |",
        "|---|---|---|---|",
    ]
    for item in cases:
        if item.split == "dev":
            lines.append(
                f"| `dev/{item.filename}` | {item.label['kind']} | {item.language} | {item.note} |"
            )
    return "\n".join(lines) + "\n"


FIGURES = (
    "First sight (measured once the files existed, before any parser change): dev text start "
    "(and end) right 49 of 52 (48 with confidence >= 0.5), held out 12 of 14 (10 with "
    "confidence >= 0.5). Before that, a first render of odcardfwd43 and lbfwd43 had someone "
    "else forward the candidate's own mail (the greeting and title named the candidate, the "
    "forwarder was another person); the parser rightly read that as someone else's "
    "interview, and the builder was corrected so the candidate forwards their own mail (data "
    "fixed, labels unchanged). After this branch's two rules (Danish 'd/m-Y' dates; a "
    "month-first date in a day-first language when only that reading lands near the mail): "
    "dev 52 of 52 (51 sure: the Italian created mail, 'ha effettuato una nuova prenotazione', "
    "is still taken for a host's copy at 0.45), held out 13 of 14 (11 sure). Kinds left "
    "wrong in dev: four room-removal notices (cs, da, el, hu) read as invitations, two "
    "'Event update' moves (de, sv) read as invitations."
)


def main() -> int:
    cases = [item for build in BUILDERS for item in build()]
    if {item.family for item in cases} != set(SPLITS) or set(SOURCES) != set(SPLITS):
        raise ValueError("every family needs a split, a source line and a builder")
    pp.write_batch(cases, SPLITS, "PROVENANCE-atscards43.md", provenance(cases))
    print(
        f"{len(cases)} messages in {len(SPLITS)} families; held out: {sorted(HELD)}",
        file=sys.stderr,
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
