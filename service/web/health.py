"""Liveness and readiness probes for load balancers and orchestrators."""

from __future__ import annotations

from flask import Blueprint, Response, jsonify

from service.platform.migrations import schema_status

bp = Blueprint("health", __name__)


@bp.get("/healthz")
def healthz() -> Response:
    """Answer while the process can serve at all; touches nothing else."""
    return jsonify(status="ok")


@bp.get("/readyz")
def readyz() -> tuple[Response, int]:
    """Answer 200 only when the database is reachable and fully migrated."""
    status = schema_status()
    body = jsonify(status="ready" if status.ready else "not ready", detail=status.detail)
    return body, 200 if status.ready else 503
