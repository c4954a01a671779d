"""One article in, one response body out: shared by the HTTP views and the CLI."""
from __future__ import annotations

from typing import Callable

from marshmallow import ValidationError

from attribution.errors import AttributionError
from attribution.html import html_to_text

from .errors import CODES, ServiceError, flatten_messages, translate_attribution_error
from .schemas import QuoteRequestSchema

_schema = QuoteRequestSchema()


def validate_article(raw) -> dict:
    """A request body of POST /v1/quotes -> validated article. Raises ServiceError(422)."""
    if not isinstance(raw, dict):
        raise ServiceError(422, "invalid article: must be a JSON object", fields={"body": ["must be a JSON object"]})
    try:
        return _schema.load(raw)
    except ValidationError as exc:
        flat = flatten_messages(exc.messages)
        summary = "; ".join(f"{name}: {' '.join(reasons)}" for name, reasons in flat.items())
        raise ServiceError(422, f"invalid request: {summary}", fields=flat) from None


def process_article(article: dict, extractor: Callable, load_models: Callable[[], None]) -> dict:
    """Validated article -> response body. Raises ServiceError (incl. translated library errors)."""
    if "html" in article:
        text = html_to_text(article["html"])
        if not text:
            raise ServiceError(422, "invalid field 'html': it has no visible text", fields={"html": ["has no visible text"]})
    else:
        text = article["text"]
    try:
        load_models()
        result = extractor(text, article.get("published"), article.get("title"))
    except AttributionError as exc:
        raise translate_attribution_error(exc) from None
    body = result.to_dict() if hasattr(result, "to_dict") else dict(result)
    for echoed in ("title", "url"):
        if echoed in article:
            body.setdefault(echoed, article[echoed])
    return body


__all__ = ["CODES", "ServiceError", "process_article", "validate_article"]
