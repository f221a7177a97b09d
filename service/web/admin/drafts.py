"""Settings › Drafts: the user words their thank-you and follow-up notes, with a preview."""

from __future__ import annotations

from typing import Any

from flask import flash, redirect, render_template, request, url_for
from werkzeug.wrappers import Response

from service.accounts.models import User
from service.platform.db import db
from service.platform.errors import Invalid
from service.steps.context import template_for
from service.steps.settings import save_draft_templates
from service.steps.templates import PLACEHOLDERS, DraftText, TemplateError, check_template
from service.steps.wording import DRAFT_KINDS, Draft, preview_drafts
from service.web.admin import bp
from service.web.admin.common import committed, form, invalid_page, me

KIND_LABELS = {"thank_you": "Thank-you note", "follow_up": "Follow-up"}


def _preview(template: DraftText, kind: str, user: User) -> Draft | None:
    try:
        return preview_drafts(check_template(template), kind, user.display_name or "Sam Lee")
    except TemplateError:
        return None


def _context(user: User, submitted: dict[str, DraftText] | None = None) -> dict[str, Any]:
    kinds = []
    for kind in DRAFT_KINDS:
        template = (submitted or {}).get(kind.value) or template_for(user, kind.value)
        kinds.append(
            {
                "kind": kind.value,
                "label": KIND_LABELS[kind.value],
                "template": template,
                "mine": kind.value in (user.draft_templates or {}),
                "preview": _preview(template, kind.value, user),
            }
        )
    return {"kinds": kinds, "placeholders": PLACEHOLDERS, "errors": {}}


@bp.get("/settings/drafts")
def drafts_page() -> str:
    """Show each draft template, what its placeholders stand for, and how it reads."""
    return render_template("settings_drafts.html", **_context(me()))


@bp.post("/settings/drafts")
def save_drafts() -> Response | tuple[str, int]:
    """Preview, save (checked first, all or nothing) or put back Afterview's wording."""
    user = me()
    kind = form("kind")
    submitted = {kind: DraftText(subject=form(f"{kind}-subject"), body=form(f"{kind}-body"))}
    fields = {f"{kind}.subject": f"{kind}-subject", f"{kind}.body": f"{kind}-body"}
    try:
        if request.form.get("do") == "reset":
            committed(lambda: save_draft_templates(user, {kind: None}))
            flash(f"{KIND_LABELS.get(kind, 'Draft')}: Afterview's wording is back.", "success")
            return redirect(url_for("admin.drafts_page"))
        if request.form.get("do") == "preview":
            try:
                check_template(submitted[kind], f"{kind}.")
            except TemplateError as error:
                raise Invalid(error.field, error.message) from None
            return render_template("settings_drafts.html", **_context(user, submitted)), 200
        committed(lambda: save_draft_templates(user, submitted))
    except Invalid as exc:
        db.session.refresh(user)
        context = _context(user, submitted)
        return invalid_page(
            "settings_drafts.html",
            exc,
            fields,
            **context,
        )
    flash(f"{KIND_LABELS.get(kind, 'Draft')} saved. New drafts use your wording.", "success")
    return redirect(url_for("admin.drafts_page"))
