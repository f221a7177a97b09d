"""How every channel writes a date or a time: mail, pages, drafts, the CLI.

English names independent of the machine's locale; the long form for mail and drafts
("Tuesday 4 March 2025, 14:00 CET"), the short one for pages and the CLI
("Tue 4 Mar 2025, 14:00 CET"). An instant is shown in the zone given, never the server's.
"""

from __future__ import annotations

import re
from datetime import date, datetime
from zoneinfo import ZoneInfo

WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)


_POSIX_FIXED = re.compile(r"(?:Etc/)?GMT(?:([+-])(\d{1,2}))?")


def zone_label(name: str) -> str:
    """A zone's name as people read it: tz's fixed zones count hours the POSIX way, so
    "Etc/GMT+12" is twelve hours *behind* UTC; show it as "UTC-12 (fixed)", which every
    zone field reads back as that zone (a bare "UTC-12" would ask which place is meant)."""
    fixed = _POSIX_FIXED.fullmatch(name)
    if fixed is None:
        return name
    sign, hours = fixed.groups()
    if not hours or int(hours) == 0:
        return "UTC"
    return f"UTC{'-' if sign == '+' else '+'}{int(hours)} (fixed)"


def zone_abbreviation(moment: datetime, zone: ZoneInfo) -> str:
    """The zone's short name at that instant ("CET"); zones with no letters of their own
    ("+04", "-12") read as an offset from UTC ("UTC+04")."""
    abbreviation = moment.astimezone(zone).tzname() or ""
    if abbreviation[:1] in ("+", "-"):
        return f"UTC{abbreviation}"
    return abbreviation or zone_label(zone.key)


def format_date(day: date, *, short: bool = False, today: date | None = None) -> str:
    """Return a calendar day like "Tuesday 4 March 2025" (short: "Tue 4 Mar 2025").

    Given `today`, a day in the same year reads as people write it: "Tuesday 4 March".
    """
    weekday, month = WEEKDAYS[day.weekday()], MONTHS[day.month - 1]
    if short:
        weekday, month = weekday[:3], month[:3]
    if today is not None and today.year == day.year:
        return f"{weekday} {day.day} {month}"
    return f"{weekday} {day.day} {month} {day.year}"


def format_day(
    moment: datetime, zone: ZoneInfo, *, short: bool = False, today: date | None = None
) -> str:
    """Return the day an instant falls on in `zone`, like "Tuesday 4 March 2025"."""
    return format_date(moment.astimezone(zone).date(), short=short, today=today)


def format_moment(
    moment: datetime,
    zone: ZoneInfo,
    *,
    short: bool = False,
    zone_name: bool = False,
    today: date | None = None,
) -> str:
    """Return an instant in `zone`, like "Tuesday 4 March 2025, 14:00 CET", or with
    `zone_name` "Tuesday 4 March 2025, 14:00 (Europe/Berlin)" where the place matters."""
    local = moment.astimezone(zone)
    label = f"({zone_label(zone.key)})" if zone_name else zone_abbreviation(local, zone)
    return f"{format_date(local.date(), short=short, today=today)}, {local:%H:%M} {label}"


def short_day(moment: datetime, zone: ZoneInfo, now: datetime) -> str:
    """Return the day like "Fri 11 Dec" in `zone`, the year only when it is not this year's."""
    return format_day(moment, zone, short=True, today=now.astimezone(zone).date())


def short_moment(moment: datetime, zone: ZoneInfo, now: datetime) -> str:
    """Return the day and time like "Fri 11 Dec 14:00" (no year when it is this year's)."""
    return f"{short_day(moment, zone, now)} {moment.astimezone(zone):%H:%M}"
