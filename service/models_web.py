"""Tables of the web feature: failed sign-ins, kept in the database so every worker sees them."""

from __future__ import annotations

from datetime import datetime

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column

from service.db import Base


class LoginFailure(Base):
    """One failed sign-in, counted per account and per client address inside a window."""

    __tablename__ = "login_failures"
    __table_args__ = (
        sa.Index("ix_login_failures_email_at", "email", "failed_at"),
        sa.Index("ix_login_failures_address_at", "address", "failed_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    email: Mapped[str] = mapped_column(sa.String(320))
    address: Mapped[str] = mapped_column(sa.String(64))
    failed_at: Mapped[datetime]
