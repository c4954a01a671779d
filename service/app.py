"""Flask application factory: ``create_app(config)``.

``config`` overrides the settings read from the environment (service/config.py) and may
inject the pieces that need models, so that tests run without them:

- ``EXTRACTOR``: ``(text, published, title) -> ExtractionResult | dict``
  (default ``attribution.extract``);
- ``READINESS``: ``() -> (ready, reason)`` (default ``attribution.nlp.readiness``);
- ``LOAD_MODELS``: ``() -> None``, raises ModelsUnavailableError (default
  ``attribution.nlp.load``); called before each extraction (it is idempotent) so that
  missing or corrupt models answer 503 instead of failing inside the engine;
- ``LOAD_MODELS_AT_START``: load the models while creating the app (``kutipan serve``
  sets it; a failure is logged and the app still starts, not ready).
"""
from __future__ import annotations

import hmac
import logging
import re
import time
import uuid
from typing import Any

from flask import Flask, Response, g, request
from flask_smorest import Api

from attribution.errors import ModelsUnavailableError

from . import metrics
from .config import Settings
from .errors import ErrorSchema, ServiceError, redact_paths, register_error_handlers
from .logs import configure_logging
from .schemas import article_field_to_openapi

logger = logging.getLogger("kutipan.service")

# Paths open without an API key: probes, scrapers and the API description.
OPEN_ENDPOINTS = {"health.healthz", "health.readyz", "health.metrics_endpoint", "api-docs.openapi_json",
                  "api-docs.openapi_swagger_ui", "static"}
# A request id we echo must be safe in a header and a log line.
_REQUEST_ID = re.compile(r"^[A-Za-z0-9._:@/+=-]{1,128}$")


class KutipanApi(Api):
    """flask-smorest's Api with the service's error shape documented and used."""

    ERROR_SCHEMA = ErrorSchema

    def _register_error_handlers(self):
        # service/errors.py registers the handlers: one shape for every error.
        pass


def _default_readiness() -> tuple[bool, str | None]:
    try:
        from attribution import nlp
    except ImportError:
        return False, "the model loader (attribution.nlp) is not installed"
    try:
        ready, reason = nlp.readiness()
    except Exception as exc:  # readiness must answer, whatever the loader does
        return False, f"readiness check failed: {type(exc).__name__}"
    return ready, redact_paths(reason) if reason else reason


class ModelLoader:
    """Calls ``attribution.nlp.load()`` before each extraction, at most every ``retry_after`` s after a failure.

    A failed load hashes every model file again; under load with broken models that
    would make each request slow, so the last failure is answered again meanwhile.
    """

    def __init__(self, retry_after: float = 30.0):
        self.retry_after = retry_after
        self._failure: ModelsUnavailableError | None = None
        self._failed_at = 0.0

    def __call__(self) -> None:
        try:
            from attribution import nlp
        except ImportError:
            return  # no loader yet: the placeholder engine needs no models
        if self._failure is not None and time.monotonic() - self._failed_at < self.retry_after:
            # A new exception each time: re-raising one instance grows its traceback on
            # every raise (the load test saw RSS climb 67% in 60 s before this).
            raise ModelsUnavailableError(str(self._failure))
        try:
            nlp.load()
        except Exception as exc:  # a corrupt file may surface as anything from torch or stanza
            failure = exc if isinstance(exc, ModelsUnavailableError) else ModelsUnavailableError(
                f"loading the models failed ({type(exc).__name__})")
            self._failure, self._failed_at = failure, time.monotonic()
            raise failure from None
        self._failure = None


def _default_extractor(text: str, published: Any = None, title: str | None = None):
    from attribution import extract

    return extract(text, published=published, title=title)


def _valid_api_key(presented: str | None, keys: tuple[str, ...]) -> bool:
    if not presented:
        return False
    presented_bytes = presented.encode("utf-8", "surrogateescape")
    matched = False
    for key in keys:  # no early exit: the time taken does not tell which key was close
        matched |= hmac.compare_digest(presented_bytes, key.encode("utf-8"))
    return matched


def create_app(config: dict | None = None) -> Flask:
    settings = Settings.from_env()
    app = Flask("kutipan")
    app.config.update(settings.as_flask_config())
    app.config.update(
        API_TITLE="kutipan",
        API_VERSION="1",
        OPENAPI_VERSION="3.0.3",
        OPENAPI_URL_PREFIX="/",
        OPENAPI_JSON_PATH="openapi.json",
        OPENAPI_SWAGGER_UI_PATH="docs",
        EXTRACTOR=_default_extractor,
        READINESS=_default_readiness,
        LOAD_MODELS=ModelLoader(),
        LOAD_MODELS_AT_START=False,
        CONFIGURE_LOGGING=True,
    )
    app.config.update(config or {})
    app.config["OPENAPI_SWAGGER_UI_URL"] = app.config["SWAGGER_UI_URL"]
    # Werkzeug refuses bodies over this with 413 (also chunked ones, while reading).
    app.config["MAX_CONTENT_LENGTH"] = app.config["MAX_BODY_BYTES"]
    app.json.sort_keys = False
    if app.config["CONFIGURE_LOGGING"]:
        configure_logging(app.config["LOG_LEVEL"])

    api = KutipanApi(app, spec_kwargs={
        "info": {"description": "Direct quotes and reported speech in Indonesian news, attributed to speaker, role and date."},
    })
    api.ma_plugin.converter.add_attribute_function(article_field_to_openapi)
    if app.config["API_KEYS"]:
        api.spec.components.security_scheme("ApiKey", {"type": "apiKey", "in": "header", "name": "X-API-Key"})
        api.spec.components.security_scheme("Bearer", {"type": "http", "scheme": "bearer"})
    register_error_handlers(app)

    from .health import blp as health_blp
    from .quotes import blp as quotes_blp

    api.register_blueprint(quotes_blp)
    api.register_blueprint(health_blp)
    _document_cross_field_rules(api.spec.components.schemas, app.config["MAX_BATCH"])
    _install_hooks(app)

    if app.config["LOAD_MODELS_AT_START"]:
        try:
            app.config["LOAD_MODELS"]()
        except ModelsUnavailableError as exc:
            logger.error("models unavailable at start: serving, not ready", extra={"reason": str(exc)})
        else:
            logger.info("models loaded")
    return app


def _document_cross_field_rules(schemas: dict, max_batch: int) -> None:
    """Rules marshmallow checks but apispec cannot infer: exactly one of text/html, batch size."""
    schemas["QuoteRequest"]["oneOf"] = [{"required": ["text"]}, {"required": ["html"]}]
    articles = schemas["BatchRequest"]["properties"]["articles"]
    articles.update(minItems=1, maxItems=max_batch)


def _install_hooks(app: Flask) -> None:
    @app.before_request
    def _start() -> None:
        g.started = time.perf_counter()
        incoming = request.headers.get("X-Request-ID", "")
        g.request_id = incoming if _REQUEST_ID.match(incoming) else uuid.uuid4().hex

    @app.before_request
    def _authenticate() -> None:
        keys = app.config["API_KEYS"]
        if not keys or request.endpoint in OPEN_ENDPOINTS or request.endpoint is None:
            return
        presented = request.headers.get("X-API-Key")
        if presented is None:
            scheme, _, token = request.headers.get("Authorization", "").partition(" ")
            presented = token.strip() if scheme.lower() == "bearer" else None
        if not _valid_api_key(presented, keys):
            raise ServiceError(401, "a valid API key is required (header X-API-Key or Authorization: Bearer)",
                               headers={"WWW-Authenticate": 'Bearer realm="kutipan"'})

    @app.before_request
    def _check_body() -> None:
        if request.method != "POST" or request.endpoint in (None, "static"):
            return
        limit = app.config["MAX_BODY_BYTES"]
        if request.content_length is not None and request.content_length > limit:
            raise ServiceError(413, f"request body is {request.content_length} bytes; the limit is {limit}")
        if request.mimetype != "application/json":
            raise ServiceError(415, f"Content-Type must be application/json, got {request.mimetype or 'none'!r}")
        body = request.get_data(cache=True)
        if request.content_length is None and len(body) >= limit and request.stream.read(1):
            # A chunked body: werkzeug stops at the limit without saying so; one byte more
            # means it was longer (reading it raises 413 in werkzeug, or we do here).
            raise ServiceError(413, f"request body is over the limit of {limit} bytes")
        if not body.strip():
            raise ServiceError(400, "the request body is empty: send a JSON object")

    @app.after_request
    def _finish(response: Response) -> Response:
        request_id = g.get("request_id")
        if request_id:
            response.headers["X-Request-ID"] = request_id
        endpoint = request.url_rule.rule if request.url_rule else "unmatched"
        seconds = time.perf_counter() - g.get("started", time.perf_counter())
        metrics.observe_request(endpoint, request.method, response.status_code, seconds)
        if response.status_code >= 400 and response.is_json:
            code = (response.get_json(silent=True) or {}).get("error", {}).get("code")
            if code:
                metrics.observe_error(code)
        logger.info(
            "request",
            extra={"method": request.method, "path": request.path, "status": response.status_code,
                   "duration_ms": round(seconds * 1000, 1), "bytes_in": request.content_length},
        )
        return response
