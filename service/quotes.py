"""POST /v1/quotes and POST /v1/quotes/batch."""
from __future__ import annotations

from flask import current_app, jsonify
from flask_smorest import Blueprint
from . import metrics
from .errors import ServiceError, error_body
from .processing import process_article, validate_article
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
    body = process_article(article, current_app.config["EXTRACTOR"], current_app.config["LOAD_MODELS"])
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
    items = []
    for index, raw in enumerate(articles):
        try:
            items.append({"index": index, "result": _extract(validate_article(raw))})
        except ServiceError as error:
            if error.status == 503:
                raise  # no article can succeed: say so once, for the whole request
            items.append({"index": index, "error": error_body(error.code, error.message, error.fields)})
    failed = sum(1 for item in items if "error" in item)
    for item in items:
        if "error" in item:
            metrics.observe_error(item["error"]["code"])
    return jsonify({"results": items, "succeeded": len(items) - failed, "failed": failed})
