"""Probes and metrics: open even when API keys are configured."""
from __future__ import annotations

from flask import Response, current_app
from flask_smorest import Blueprint

from . import metrics
from .schemas import HealthSchema, ReadySchema

blp = Blueprint("health", __name__, description="Probes and metrics (no API key needed)")


@blp.route("/healthz", methods=["GET"])
@blp.response(200, HealthSchema)
def healthz():
    """Liveness: the process answers."""
    return {"status": "ok"}


@blp.route("/readyz", methods=["GET"])
@blp.response(200, ReadySchema)
@blp.alt_response(503, schema=ReadySchema, description="not ready: `reason` says why")
def readyz():
    """Readiness: the NLP models are loaded."""
    ready, reason = current_app.config["READINESS"]()
    return {"ready": bool(ready), "reason": None if ready else (reason or "not ready")}, (200 if ready else 503)


@blp.route("/metrics", methods=["GET"])
@blp.response(200, content_type="text/plain")
def metrics_endpoint():
    """Prometheus text exposition (all gunicorn workers added up)."""
    body, content_type = metrics.exposition()
    return Response(body, content_type=content_type)
