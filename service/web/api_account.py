"""The API's account routes: export everything, the same download as the Account page."""

from __future__ import annotations

from flask import Response, current_app, request

from service.accounts import data as account_data
from service.accounts.models import User
from service.interviews.feed import feed_options
from service.platform.db import db, utcnow
from service.web.api import QueryArgs, bp, current_api_user


def export_download(user: User) -> Response:
    """Answer with the account's data in the requested ?format= (json by default), to save."""
    result = account_data.export_account(
        db.session(), user, request.args.get("format", "json"), utcnow(), feed_options(current_app)
    )
    return Response(
        result.body,
        mimetype=result.media_type,
        headers={
            "Content-Disposition": f'attachment; filename="{result.filename}"',
            "Cache-Control": "no-store",
        },
    )


@bp.get("/export")
def export() -> Response:
    """Return the account's data as ?format=json (default), csv or ics."""
    query = QueryArgs("exportAccount")
    with query.problems.check():
        account_data.export_format(request.args.get("format", "json"))
    query.raise_any()
    return export_download(current_api_user())
