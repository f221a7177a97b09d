"""The admin pages: server-rendered HTML for people, thin views over the same domain as the API."""

from __future__ import annotations

from flask import Blueprint, Flask

bp = Blueprint("admin", __name__)


def init_app(app: Flask) -> None:
    """Protect the app (sessions, CSRF, headers) and register the pages."""
    from service.web.admin import (  # noqa: F401 - importing registers the views on bp
        account,
        auth,
        common,
        dashboard,
        data,
        drafts,
        feed,
        inbound,
        interviews,
        reset,
        security,
        users,
    )

    security.init_app(app)
    auth.init_app(app)
    common.init_app(app)
    inbound.init_app(app)
    app.register_blueprint(bp)
