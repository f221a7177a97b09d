"""CSRF on every form, and the browser-side defences every HTML page carries."""

from __future__ import annotations

from flask import Flask, Response, abort, current_app, render_template, request
from flask_wtf.csrf import CSRFError, CSRFProtect

csrf = CSRFProtect()

# Machine endpoints and one-click landing pages authenticate by bearer token, signature
# or a signed single-use link instead of a session, so a CSRF token means nothing there.
CSRF_EXEMPT_BLUEPRINTS = frozenset({"api", "hooks", "feed", "actions", "inbound_actions"})

MAX_FORM_BYTES = 256 * 1024

CONTENT_SECURITY_POLICY = "; ".join(
    [
        "default-src 'none'",
        "script-src 'self'",
        "style-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "form-action 'self'",
        "base-uri 'none'",
        "frame-ancestors 'none'",
    ]
)


def init_app(app: Flask) -> None:
    """Check CSRF tokens by blueprint name and add security headers to HTML responses."""
    # The default hook exempts only blueprints registered before it runs; checking by
    # name works whatever order the other engineers' blueprints are registered in.
    app.config["WTF_CSRF_CHECK_DEFAULT"] = False
    # The token lives as long as the session: a dashboard left open overnight still works.
    app.config.setdefault("WTF_CSRF_TIME_LIMIT", None)
    csrf.init_app(app)

    # App-wide on purpose: a blueprint added later is protected unless listed as exempt.
    # Feeds and /healthz never get here (service.web.hotpaths answers them).
    app.before_request(_check_page_forms)

    @app.errorhandler(CSRFError)
    def _csrf_failed(exc: CSRFError) -> tuple[str, int]:
        current_app.logger.info("refused a form without a valid CSRF token: %s", exc.description)
        message = (
            "This form was not sent from an Afterview page you opened, or it has expired. "
            "Nothing was saved. Go back, reload the page and try again."
        )
        return render_template("error.html", status=400, message=message), 400

    app.after_request(add_security_headers)


def _check_page_forms() -> None:
    """Refuse oversized page forms, and check CSRF on every blueprint not exempt."""
    blueprint = request.blueprint
    if blueprint in CSRF_EXEMPT_BLUEPRINTS:
        return
    # Page forms hold a few kilobytes; the app-wide limit is sized for inbound mail.
    if blueprint == "admin" and (request.content_length or 0) > MAX_FORM_BYTES:
        abort(413)
    if not current_app.config.get("WTF_CSRF_ENABLED", True) or request.endpoint is None:
        return
    csrf.protect()


def add_security_headers(response: Response) -> Response:
    """Lock HTML pages down; feeds, JSON and static files keep their own headers."""
    if response.mimetype != "text/html":
        return response
    headers = response.headers
    headers.setdefault("Content-Security-Policy", CONTENT_SECURITY_POLICY)
    headers.setdefault("X-Content-Type-Options", "nosniff")
    headers.setdefault("X-Frame-Options", "DENY")
    # same-origin, not no-referrer: Flask-WTF checks the Referer of HTTPS form posts.
    headers.setdefault("Referrer-Policy", "same-origin")
    headers.setdefault("Cross-Origin-Opener-Policy", "same-origin")
    headers.setdefault("Permissions-Policy", "camera=(), microphone=(), geolocation=()")
    if request.blueprint == "admin":
        # Pages show secrets (the feed URL, the inbound address): keep them out of caches.
        headers.setdefault("Cache-Control", "no-store")
    if current_app.config.get("SESSION_COOKIE_SECURE"):
        headers.setdefault("Strict-Transport-Security", "max-age=31536000")
    return response
