"""POST /v1/quotes and POST /v1/quotes/batch."""
from __future__ import annotations

from flask import current_app, jsonify
from flask_smorest import Blueprint
from marshmallow import ValidationError

from attribution.errors import AttributionError
from attribution.html import html_to_text

from . import metrics
from .errors import CODES, ServiceError, error_body, flatten_messages, translate_attribution_error
from .schemas import (
    BatchRequestSchema,
    BatchResponseSchema,
    QuoteRequestSchema,
    QuoteResponseSchema,
)

blp = Blueprint("quotes", __name__, url_prefix="/v1", description="Quote extraction")

_ERRORS = {
    400: "the body is not valid JSON",
    401: "API keys are configured and none valid was given",
    413: "the body is over KUTIPAN_MAX_BODY_BYTES",
    415: "the Content-Type is not application/json",
    422: "a field fails validation: `fields` says which and why",
    503: "the NLP models are not loaded",
}


def _document_errors(view):
    for status, description in _ERRORS.items():
        view = blp.alt_response(status, schema="Error", description=description)(view)
    return view


def _extract(article: dict) -> dict:
    """One validated article -> the response body. Raises ServiceError or AttributionError."""
    if "html" in article:
        text = html_to_text(article["html"])
        if not text:
            raise ServiceError(422, "invalid field 'html': it has no visible text",
                               fields={"html": ["has no visible text"]})
    else:
        text = article["text"]
    current_app.config["LOAD_MODELS"]()
    result = current_app.config["EXTRACTOR"](text, article.get("published"), article.get("title"))
    body = result.to_dict() if hasattr(result, "to_dict") else dict(result)
    if "title" in article:
        body.setdefault("title", article["title"])
    if "url" in article:
        body.setdefault("url", article["url"])
    metrics.observe_result(body)
    return body


@blp.route("/quotes", methods=["POST"])
@blp.arguments(QuoteRequestSchema, example={"text": "JAKARTA — “Kami siap,” kata Menteri Budi, Senin (21/6/2024).", "published": "2024-06-22"})
@blp.alt_response(200, schema=QuoteResponseSchema, success=True, description="every quote, attributed")
@_document_errors
def quotes(article: dict):
    """Extract and attribute the quotes of one article.

    Give `text` (plain text) or `html` (visible text is used). Offsets in the response
    index the returned `text`, in Unicode code points.
    """
    # Returned as is, not dumped through the schema: fields the engine adds are kept.
    return jsonify(_extract(article))


@blp.route("/quotes/batch", methods=["POST"])
@blp.arguments(BatchRequestSchema)
@blp.alt_response(200, schema=BatchResponseSchema, success=True,
                  description="one item per article, in order: `result` or `error`")
@_document_errors
def batch(payload: dict):
    """Extract quotes from several articles; a bad article fails alone.

    At most KUTIPAN_MAX_BATCH articles. Each article is validated and processed on its
    own; when the models are unavailable the whole request answers 503.
    """
    articles = payload["articles"]
    limit = current_app.config["MAX_BATCH"]
    if not articles or len(articles) > limit:
        reason = f"must hold between 1 and {limit} articles, got {len(articles)}"
        raise ServiceError(422, f"invalid field 'articles': {reason}", fields={"articles": [reason]})
    schema = QuoteRequestSchema()
    items = []
    for index, raw in enumerate(articles):
        try:
            article = schema.load(raw)
            items.append({"index": index, "result": _extract(article)})
        except ValidationError as exc:
            flat = flatten_messages(exc.messages)
            summary = "; ".join(f"{name}: {' '.join(reasons)}" for name, reasons in flat.items())
            items.append({"index": index, "error": error_body(CODES[422], f"invalid article: {summary}", flat)})
        except (ServiceError, AttributionError) as exc:
            error = translate_attribution_error(exc) if isinstance(exc, AttributionError) else exc
            if error.status == 503:
                raise error  # no article can succeed: say so once, for the whole request
            items.append({"index": index, "error": error_body(error.code, error.message, error.fields)})
    failed = sum(1 for item in items if "error" in item)
    for item in items:
        if "error" in item:
            metrics.observe_error(item["error"]["code"])
    return jsonify({"results": items, "succeeded": len(items) - failed, "failed": failed})
