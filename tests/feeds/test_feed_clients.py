"""Fetches are counted per client family from the User-Agents real calendar services send."""

from __future__ import annotations

import pytest

from feeds import ClientFamily, classify_client


@pytest.mark.parametrize(
    ("user_agent", "family"),
    [
        ("Google-Calendar-Importer", ClientFamily.GOOGLE),
        ("Mozilla/5.0 (compatible; Google-Calendar-Importer)", ClientFamily.GOOGLE),
        (
            "Microsoft Office/16.0 (Windows NT 10.0; Microsoft Outlook 16.0.17328; Pro)",
            ClientFamily.OUTLOOK,
        ),
        (
            "Microsoft Exchange/15.20 (Windows NT 10.0; MSExchangeCalendarSync)",
            ClientFamily.OUTLOOK,
        ),
        ("Outlook-iOS/723.4027091.prod.iphone (4.2.1)", ClientFamily.OUTLOOK),
        ("iOS/17.2.1 (21C66) dataaccessd/1.0", ClientFamily.APPLE),
        ("macOS/14.2.1 (23C71) CalendarAgent/988", ClientFamily.APPLE),
        ("Mac OS X/10.15.7 (19H2) CalendarAgent/954", ClientFamily.APPLE),
        ("iCal/4.0.4 (Macintosh; Intel Mac OS X)", ClientFamily.APPLE),
        ("Thunderbird/128.0 Lightning", ClientFamily.OTHER),
        ("Mozilla/5.0 (iPhone; CPU iPhone OS 17_2 like Mac OS X) Safari/604.1", ClientFamily.OTHER),
        ("curl/8.5.0", ClientFamily.OTHER),
        ("", ClientFamily.OTHER),
        (None, ClientFamily.OTHER),
    ],
)
def test_user_agent_maps_to_its_client_family(user_agent: str | None, family: ClientFamily) -> None:
    assert classify_client(user_agent) is family


def test_family_values_are_stable_storage_keys() -> None:
    assert [family.value for family in ClientFamily] == ["google", "outlook", "apple", "other"]
