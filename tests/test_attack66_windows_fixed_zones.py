"""Windows' zones that keep one offset and name no place are taken by every zone field.

Found by the attack pass: `PATCH /api/v1/me` with `"timezone": "(UTC) Coordinated
Universal Time"` (Outlook's own label for UTC), `"Dateline Standard Time"`, `"(UTC-12:00)
International Date Line West"` or `"(UTC-02:00) Coordinated Universal Time-02"` answered
"not a city, country or time zone we know", though the README promises Outlook labels;
and `UTC-12`, an offset some zone has, was unknown because no inhabited zone is on it.
Windows defines each of these as one fixed offset, so each has exactly one tz name:
`UTC` or the `Etc/GMT±N` zone (whose sign is the other way round).
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from flask import Flask
from flask.testing import FlaskClient
from hypothesis import given, settings
from hypothesis import strategies as st

from service.parsing import places
from tests.helpers import auth, make_token, make_user

# Windows ID or Outlook label -> the one tz name it can mean.
FIXED = {
    "(UTC) Coordinated Universal Time": "UTC",
    "Dateline Standard Time": "Etc/GMT+12",
    "(UTC-12:00) International Date Line West": "Etc/GMT+12",
    "(UTC-11:00) Coordinated Universal Time-11": "Etc/GMT+11",
    "(UTC-09:00) Coordinated Universal Time-09": "Etc/GMT+9",
    "(UTC-08:00) Coordinated Universal Time-08": "Etc/GMT+8",
    "(UTC-02:00) Coordinated Universal Time-02": "Etc/GMT+2",
    "(UTC+12:00) Coordinated Universal Time+12": "Etc/GMT-12",
    "(UTC+13:00) Coordinated Universal Time+13": "Etc/GMT-13",
    "UTC-12": "Etc/GMT+12",
    "UTC-12:00": "Etc/GMT+12",
}


@pytest.fixture
def token(app: Flask) -> str:
    return make_token(app, make_user(app, email="zones@example.com"))


@pytest.mark.parametrize(("typed", "meant"), sorted(FIXED.items()))
def test_the_api_takes_a_fixed_windows_zone(
    client: FlaskClient, token: str, typed: str, meant: str
) -> None:
    response = client.patch("/api/v1/me", json={"timezone": typed}, headers=auth(token))
    assert response.status_code == 200, response.get_json()
    assert response.get_json()["timezone"] == meant


def test_the_command_line_takes_the_dateline(app: Flask) -> None:
    make_user(app, email="cli-zones@example.com")
    result = app.test_cli_runner().invoke(
        args=[
            "user",
            "set",
            "--user",
            "cli-zones@example.com",
            "--zone",
            "(UTC-12:00) International Date Line West",
        ]
    )
    assert result.exit_code == 0, result.output


@settings(deadline=None)
@given(hours=st.integers(-12, 14))
def test_every_whole_hour_offset_has_a_zone_or_a_choice(hours: int) -> None:
    """An offset some tz zone has is never unknown: a zone on it, or places to choose from."""
    typed = f"UTC{'+' if hours >= 0 else '-'}{abs(hours):02d}:00"
    try:
        names = [places.resolve(typed)]
    except places.AmbiguousPlace as ambiguous:
        names = [choice.name for choice in ambiguous.choices]
    assert names
    for name in names:
        offset = datetime.now(UTC).astimezone(places.ZoneInfo(name)).utcoffset()
        assert offset is not None
        assert offset.total_seconds() == hours * 3600
