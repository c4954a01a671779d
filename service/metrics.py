"""Prometheus metrics, correct under gunicorn with several workers.

``kutipan serve`` points PROMETHEUS_MULTIPROC_DIR at a fresh folder before the workers
start: each worker then writes its samples there and /metrics adds them all up. Without
the variable (tests, ``flask run``) the process's own registry is served.
"""
from __future__ import annotations

import os

from prometheus_client import (
    CONTENT_TYPE_LATEST,
    CollectorRegistry,
    Counter,
    Histogram,
    generate_latest,
    multiprocess,
)

REQUESTS = Counter(
    "kutipan_http_requests_total", "HTTP requests answered", ["endpoint", "method", "status"]
)
LATENCY = Histogram(
    "kutipan_http_request_duration_seconds",
    "Time to answer an HTTP request",
    ["endpoint", "method", "status"],
    buckets=(0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60),
)
QUOTES = Counter("kutipan_quotes_extracted_total", "Quotes returned to clients", ["type"])
ARTICLES = Counter("kutipan_articles_total", "Articles processed (single or in a batch)", ["outcome"])
ERRORS = Counter("kutipan_errors_total", "Error responses and failed batch articles", ["code"])


def observe_request(endpoint: str, method: str, status: int, seconds: float) -> None:
    labels = (endpoint, method, str(status))
    REQUESTS.labels(*labels).inc()
    LATENCY.labels(*labels).observe(seconds)


def observe_result(result: dict) -> None:
    ARTICLES.labels("ok").inc()
    for quote in result.get("quotes", ()):
        QUOTES.labels(quote.get("type") or "unknown").inc()


def observe_error(code: str) -> None:
    ERRORS.labels(code).inc()


def exposition() -> tuple[bytes, str]:
    """The text exposition format: of all workers in multiprocess mode."""
    if os.environ.get("PROMETHEUS_MULTIPROC_DIR"):
        registry = CollectorRegistry()
        multiprocess.MultiProcessCollector(registry)
        return generate_latest(registry), CONTENT_TYPE_LATEST
    from prometheus_client import REGISTRY

    return generate_latest(REGISTRY), CONTENT_TYPE_LATEST
