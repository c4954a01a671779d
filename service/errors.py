"""The one error shape of the service, and the translation of every failure into it.

Every error response is ``{"error": {"code", "message", "fields"?, "request_id"?}}``
with a JSON content type: never an HTML page, a stack trace or an internal path.
"""
from __future__ import annotations

import logging
import re

from flask import Flask, g, has_app_context, jsonify
from marshmallow import Schema
from marshmallow import fields as ma_fields
from werkzeug.exceptions import HTTPException

from attribution.errors import AttributionError, InvalidInputError, ModelsUnavailableError

logger = logging.getLogger("kutipan.service")

# HTTP status -> machine-readable code. Codes are part of the API: never rename one.
CODES = {
    400: "malformed_json",
    401: "unauthorized",
    404: "not_found",
    405: "method_not_allowed",
    413: "body_too_large",
    415: "unsupported_media_type",
    422: "invalid_field",
    500: "internal_error",
    503: "models_unavailable",
}


# An absolute file path inside a message: the library's reasons name files, which helps
# an operator reading logs but tells a client how the server is laid out.
_ABSOLUTE_PATH = re.compile(r"(?<![\w.])(?:/[^\s/'\"():,]+)+/?")


def redact_paths(message: str) -> str:
    """Keep the file name of every absolute path in ``message``, drop its folders."""
    return _ABSOLUTE_PATH.sub(lambda m: m.group().rstrip("/").rsplit("/", 1)[-1] or "/", message)


class ErrorDetailSchema(Schema):
    code = ma_fields.String(required=True, metadata={"description": "machine-readable, stable: " + ", ".join(sorted(set(CODES.values())))})
    message = ma_fields.String(required=True, metadata={"description": "for a human"})
    fields = ma_fields.Dict(
        keys=ma_fields.String(),
        metadata={"description": "invalid request fields (dotted paths) -> list of reasons; only for invalid_field"},
    )
    request_id = ma_fields.String(metadata={"description": "the X-Request-ID of the request, for the logs"})


class ErrorSchema(Schema):
    error = ma_fields.Nested(ErrorDetailSchema, required=True)


class ServiceError(Exception):
    """An error the service answers with on purpose (raised from views and hooks)."""

    def __init__(self, status: int, message: str, code: str | None = None, fields: dict | None = None,
                 headers: dict | None = None):
        super().__init__(message)
        self.status = status
        self.code = code or CODES.get(status, "error")
        self.message = message
        self.fields = fields
        self.headers = headers or {}


def error_body(code: str, message: str, fields: dict | None = None) -> dict:
    """The error object (without the ``{"error": ...}`` wrapper): also used per batch article."""
    body = {"code": code, "message": message}
    if fields:
        body["fields"] = fields
    request_id = g.get("request_id") if has_app_context() else None
    if request_id:
        body["request_id"] = request_id
    return body


def error_response(status: int, code: str, message: str, fields: dict | None = None, headers: dict | None = None):
    response = jsonify({"error": error_body(code, message, fields)})
    response.status_code = status
    for name, value in (headers or {}).items():
        response.headers[name] = value
    return response


def flatten_messages(messages, prefix: str = "") -> dict[str, list[str]]:
    """marshmallow's nested error dict -> {"articles.0.text": ["reason", ...]}."""
    flat: dict[str, list[str]] = {}
    if isinstance(messages, dict):
        for key, value in messages.items():
            path = f"{prefix}.{key}" if prefix else str(key)
            if key == "_schema":
                path = prefix or "body"
            for sub_path, reasons in flatten_messages(value, path).items():
                flat.setdefault(sub_path, []).extend(reasons)
    elif isinstance(messages, (list, tuple)):
        if all(isinstance(m, str) for m in messages):
            flat[prefix or "body"] = list(messages)
        else:
            for item in messages:
                for sub_path, reasons in flatten_messages(item, prefix).items():
                    flat.setdefault(sub_path, []).extend(reasons)
    else:
        flat[prefix or "body"] = [str(messages)]
    return flat


def translate_attribution_error(error: AttributionError) -> ServiceError:
    if isinstance(error, InvalidInputError):
        field = error.field or "body"
        reason = redact_paths(str(error))
        return ServiceError(422, f"invalid field {field!r}: {reason}", fields={field: [reason]})
    if isinstance(error, ModelsUnavailableError):
        return ServiceError(503, f"the NLP models are not available: {redact_paths(str(error))}",
                            headers={"Retry-After": "30"})
    return ServiceError(422, f"the article could not be processed: {redact_paths(str(error))}", code=error.code)


def _http_exception(error: HTTPException):
    status = error.code or 500
    data = getattr(error, "data", None) or {}
    messages = data.get("messages") or data.get("errors")
    if status == 400 and messages:
        return error_response(400, CODES[400], "the request body is not valid JSON (UTF-8 encoded)")
    if status == 422 and messages:
        # webargs nests by location: {"json": {"text": [...]}}; callers care about the field.
        if isinstance(messages, dict) and set(messages) <= {"json", "query", "headers"}:
            messages = {k: v for loc in messages.values() for k, v in (loc.items() if isinstance(loc, dict) else [("body", loc)])}
        flat = flatten_messages(messages)
        summary = "; ".join(f"{name}: {' '.join(reasons)}" for name, reasons in flat.items())
        return error_response(422, CODES[422], f"invalid request: {summary}", fields=flat)
    if status == 413:
        return error_response(413, CODES[413], error.description or "request body too large")
    if status >= 500:
        return error_response(status, CODES.get(status, "internal_error"), "internal error")
    headers = {}
    if status == 405:
        headers["Allow"] = ", ".join(error.valid_methods or [])
    return error_response(status, CODES.get(status, "http_error"), error.description or error.name, headers=headers)


def register_error_handlers(app: Flask) -> None:
    @app.errorhandler(ServiceError)
    def _service_error(error: ServiceError):
        return error_response(error.status, error.code, error.message, error.fields, error.headers)

    @app.errorhandler(AttributionError)
    def _attribution_error(error: AttributionError):
        return _service_error(translate_attribution_error(error))

    app.register_error_handler(HTTPException, _http_exception)

    @app.errorhandler(Exception)
    def _unexpected(error: Exception):
        # The trace goes to the log (with the request id), never to the client.
        logger.exception("unhandled error", extra={"error_type": type(error).__name__})
        return error_response(500, CODES[500], "internal error")
