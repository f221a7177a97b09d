"""Tables of the web feature: browser sessions and sign-in throttles, shared by every worker."""

from __future__ import annotations

from datetime import datetime

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column

from service.platform.db import NEVER_REUSE_IDS, Base


class WebSession(Base):
    """One signed-in browser. Deleting the row signs that browser out, wherever it is.

    The cookie carries a random secret; only its SHA-256 is kept, so a database
    leak gives no working session.
    """

    __tablename__ = "web_sessions"
    __table_args__ = NEVER_REUSE_IDS

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(sa.ForeignKey("users.id", ondelete="CASCADE"), index=True)
    token_hash: Mapped[str] = mapped_column(sa.String(64), unique=True)
    created_at: Mapped[datetime]


class LoginThrottle(Base):
    """Sign-in attempts (`address:…`, `account:…`) or exports (`export:…`) counted in a window."""

    __tablename__ = "login_throttles"

    key: Mapped[str] = mapped_column(sa.String(400), primary_key=True)
    window_start: Mapped[datetime]
    attempts: Mapped[int]
