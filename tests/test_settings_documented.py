"""Every setting is in the README, and bad values are refused by name."""

from __future__ import annotations

from pathlib import Path

import pytest

from service.platform.config import ConfigError, Settings, documented_settings

README = Path(__file__).resolve().parent.parent / "README.md"


def test_every_setting_is_documented_in_the_readme() -> None:
    text = README.read_text()
    missing = [name for name, _default, _doc in documented_settings() if f"`{name}`" not in text]
    assert missing == []


@pytest.mark.parametrize(
    ("env", "fragment"),
    [
        ({"AFTERVIEW_MAIL_PORT": "smtp"}, "AFTERVIEW_MAIL_PORT"),
        ({"AFTERVIEW_MAIL_USE_TLS": "perhaps"}, "AFTERVIEW_MAIL_USE_TLS"),
        ({"AFTERVIEW_BASE_URL": "afterview.example"}, "AFTERVIEW_BASE_URL"),
        ({"AFTERVIEW_PRODUCTION": "1"}, "AFTERVIEW_SECRET_KEY"),
        ({"AFTERVIEW_LOGIN_RATE_LIMIT": "lots"}, "AFTERVIEW_LOGIN_RATE_LIMIT"),
        ({"AFTERVIEW_LOGIN_ACCOUNT_DELAY": "-1"}, "AFTERVIEW_LOGIN_ACCOUNT_DELAY"),
        ({"AFTERVIEW_SESSION_DAYS": "0"}, "AFTERVIEW_SESSION_DAYS"),
        ({"AFTERVIEW_TRUSTED_PROXIES": "-1"}, "AFTERVIEW_TRUSTED_PROXIES"),
    ],
)
def test_bad_settings_are_named(env: dict[str, str], fragment: str) -> None:
    with pytest.raises(ConfigError, match=fragment):
        Settings.from_env(env)


def test_settings_convert_types() -> None:
    settings = Settings.from_env({"AFTERVIEW_MAIL_PORT": "2525", "AFTERVIEW_MAIL_USE_TLS": "yes"})
    assert settings.mail_port == 2525
    assert settings.mail_use_tls is True
