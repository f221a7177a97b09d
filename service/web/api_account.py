"""The API's account routes: export everything, the same download as the Account page."""

from __future__ import annotations

import math

from flask import Response, current_app, request
from werkzeug.exceptions import TooManyRequests

from service.accounts import data as account_data
from service.accounts.downloads import EXPORT_LIMIT, admit_export, wait_in_words
from service.accounts.models import User
from service.interviews.feed import feed_options
from service.platform.db import committed, db, utcnow
from service.platform.errors import Invalid
from service.web.api import bp, current_api_user
from service.web.errors import BadQuery


def export_download(user: User) -> Response:
    """Answer with the account's data in the requested ?format= (json by default), to save.

    A format there is none of is the address's mistake: 400, naming `format` and the
    formats there are, on the Account page's download as in the API. Past a few
    downloads in a short time the account is told when to try again (429).
    """
    try:
        chosen = account_data.export_format(request.args.get("format", "json"))
    except Invalid as exc:
        raise BadQuery(exc.field, exc.message) from None
    wait = committed(lambda: admit_export(db.session(), user.id, utcnow()))
    if wait is not None:
        minutes = int(EXPORT_LIMIT.window.total_seconds() // 60)
        raise TooManyRequests(
            f"This account's data was downloaded {EXPORT_LIMIT.attempts} times in the last "
            f"{minutes} minutes, as often as Afterview allows; the next download can start "
            f"{wait_in_words(wait)}.",
            retry_after=math.ceil(wait.total_seconds()),
        )
    result = account_data.export_account(
        db.session(), user, chosen, utcnow(), feed_options(current_app)
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
    return export_download(current_api_user())
