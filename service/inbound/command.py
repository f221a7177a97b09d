"""`afterview ingest` for an MTA pipe, plus the inbound address and reprocessing commands.

`ingest` only stores: the scheduler reads the message right after (see `reader`).
It speaks sysexits: 0 stored (a repeat delivery too), 75 EX_TEMPFAIL when
storing failed for now (the MTA queues and retries), 65 EX_DATAERR when the input
will never be a message, 78 EX_CONFIG when the service cannot start.
"""

from __future__ import annotations

import sys
from typing import BinaryIO, NoReturn

import click
from flask import current_app
from flask.cli import ScriptInfo, with_appcontext
from sqlalchemy.exc import SQLAlchemyError

from service.accounts.addresses import inbound_address
from service.accounts.cli import user_by_email
from service.inbound import apply, wakeup
from service.inbound.arrival import Arrival, Rejected, check_shape, read_head
from service.inbound.intake import accept
from service.inbound.models import InboundMessage, Provider
from service.inbound.reader import read_message, read_pending
from service.platform.cli import run
from service.platform.config import settings_of
from service.platform.db import db, utcnow

EX_OK = 0
EX_DATAERR = 65
EX_TEMPFAIL = 75
EX_CONFIG = 78


def _fail(code: int, reason: str) -> NoReturn:
    click.echo(f"afterview ingest: {reason}", err=True)
    sys.exit(code)


@click.command("ingest")
@click.option("--recipient", default="", help="Envelope recipient (Postfix: ${recipient}).")
@click.argument("source", type=click.File("rb"), default="-")
@click.pass_context
def ingest_command(ctx: click.Context, recipient: str, source: BinaryIO) -> None:
    """Store one message from FILE or standard input (for a Postfix pipe or procmail)."""
    try:
        raw = source.read()
    except OSError as error:
        _fail(EX_TEMPFAIL, f"could not read the message: {error}")
    if raw.startswith(b"From ") and b"\n" in raw:
        raw = raw.split(b"\n", 1)[1]  # an mbox "From " line is the MTA's, not the message's
    try:
        check_shape(raw)
    except Rejected as error:
        _fail(EX_DATAERR, str(error))
    try:
        app = ctx.ensure_object(ScriptInfo).load_app()
    except Exception as error:  # the MTA must queue, not bounce, while we are misconfigured
        _fail(EX_TEMPFAIL, f"the service could not start: {error}")
    with app.app_context():
        settings = settings_of(app)
        if len(raw) > settings.max_message_bytes:
            _fail(
                EX_DATAERR,
                f"the message is {len(raw)} bytes; the limit is {settings.max_message_bytes}",
            )
        head = read_head(raw)
        arrival = Arrival(
            provider=Provider.PIPE,
            raw=raw,
            recipients=(recipient.strip(),) if recipient.strip() else (),
            verdicts=head.verdicts(settings.inbound_authserv_id),
        )
        try:
            stored = accept(arrival, head)
        except SQLAlchemyError as error:
            _fail(EX_TEMPFAIL, f"could not store the message, retry later ({type(error).__name__})")
        except Exception as error:  # an unknown failure must queue the mail, never bounce it
            _fail(EX_TEMPFAIL, f"could not store the message ({type(error).__name__}: {error})")
        finally:
            db.session.remove()
        word = "stored" if stored.created else "already stored"
        click.echo(f"{word} as message {stored.message_id} ({stored.status})")


@click.command("inbound-address")
@click.option("--user", "email", required=True, help="Account email.")
@with_appcontext
def inbound_address_command(email: str) -> None:
    """Print the secret address this account forwards interview mail to."""
    owner = run(lambda: user_by_email(email))
    click.echo(
        inbound_address(owner, settings_of(current_app), settings_of(current_app).secret_key)
    )


@click.group("inbound")
def inbound_group() -> None:
    """Work with received mail."""


@inbound_group.command("reprocess")
@click.argument("message_id", type=int)
@with_appcontext
def reprocess_command(message_id: int) -> None:
    """Read a kept message again (after the parser improved, or a sender was registered)."""
    app = current_app._get_current_object()  # type: ignore[attr-defined]

    def again() -> InboundMessage:
        message = apply.reprocess(db.session(), message_id, utcnow())
        wakeup.notify(db.session())
        return message

    run(again)
    db.session.remove()
    # Read it here and now, with the same limits as the scheduler's reader.
    read_message(app, message_id)
    with app.app_context():
        row = db.session.get(InboundMessage, message_id)
        assert row is not None
        reason = f": {row.reason}" if row.reason else ""
        click.echo(f"message {row.id}: {row.status}{reason}")


@inbound_group.command("read")
@with_appcontext
def read_command() -> None:
    """Read every stored message now, then exit (the scheduler does this on its own)."""
    app = current_app._get_current_object()  # type: ignore[attr-defined]
    done = read_pending(app)
    for result in done:
        click.echo(f"message {result.message_id}: {result.status} ({result.seconds:.2f} s)")
    click.echo(f"{len(done)} message(s) read")
