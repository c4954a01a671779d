"""Request and response schemas: they validate input and document output (OpenAPI).

The response schemas mirror ``ExtractionResult.to_dict()`` (shared/API.md); fields the
engine adds later pass through undocumented rather than being dropped.
"""
from __future__ import annotations

import re

from marshmallow import EXCLUDE, Schema, ValidationError, fields, validate, validates, validates_schema

from attribution.dates import parse_published
from attribution.errors import InvalidInputError

# C0 controls other than tab, newline and carriage return, and DEL: they are never part
# of an article, and a client that sends them has a bug worth telling about.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
# Lone UTF-16 surrogates ("\ud800" in JSON) are not Unicode text; they cannot be encoded.
_SURROGATE = re.compile(r"[\ud800-\udfff]")
# The same rule for the OpenAPI document: some non-space character, no refused control.
_ALLOWED = r"[^\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]"
TEXT_PATTERN = rf"^{_ALLOWED}*[^\s\u0000-\u001f\u007f]{_ALLOWED}*$"


def check_article_text(value: str) -> None:
    """Reject text the engine cannot index meaningfully (offsets would point at garbage)."""
    if not value.strip():
        raise ValidationError("must contain non-whitespace text")
    bad = _CONTROL.search(value)
    if bad:
        raise ValidationError(f"contains control character U+{ord(bad.group()):04X} at offset {bad.start()}")
    bad = _SURROGATE.search(value)
    if bad:
        raise ValidationError(f"contains an unpaired surrogate U+{ord(bad.group()):04X} at offset {bad.start()}: not valid Unicode")


class QuoteRequestSchema(Schema):
    class Meta:
        unknown = EXCLUDE  # CMS plugins send extra fields; ignore them rather than fail

    text = fields.String(metadata={
        "description": "article body as plain text, paragraphs separated by newlines; give text or html. "
                       "Control characters other than tab, CR and LF are refused.",
        "pattern": TEXT_PATTERN,
    })
    html = fields.String(metadata={"description": "article body as HTML: its visible text (no script/style) is used, and returned in `text`"})
    published = fields.String(
        allow_none=True,
        metadata={"description": "ISO date (or an ISO datetime, of which the date is used) of publication",
                  "example": "2024-06-22", "format": "date"},
    )
    title = fields.String(allow_none=True, validate=validate.Length(max=2000))
    url = fields.String(allow_none=True, validate=validate.Length(max=8000), metadata={"description": "echoed back"})

    @validates("text")
    def _text(self, value: str, **_kwargs) -> None:
        check_article_text(value)

    @validates("html")
    def _html(self, value: str, **_kwargs) -> None:
        bad = _SURROGATE.search(value)
        if bad:
            raise ValidationError(f"contains an unpaired surrogate at offset {bad.start()}: not valid Unicode")

    @validates("published")
    def _published(self, value: str | None, **_kwargs) -> None:
        try:
            parse_published(value)
        except InvalidInputError as exc:
            raise ValidationError(str(exc)) from None

    @validates("title")
    def _title(self, value: str | None, **_kwargs) -> None:
        if value is not None and _SURROGATE.search(value):
            raise ValidationError("contains an unpaired surrogate: not valid Unicode")

    @validates_schema
    def _text_or_html(self, data: dict, **_kwargs) -> None:
        if ("text" in data) == ("html" in data):
            message = "give exactly one of text and html" if "text" in data else "text (or html) is required"
            raise ValidationError(message, field_name="text")


class ArticleField(fields.Raw):
    """Any JSON value, documented as a QuoteRequest: validated per article by the view."""


def article_field_to_openapi(_converter, field, **_kwargs) -> dict:
    """apispec attribute function: documents ArticleField as a reference to QuoteRequest."""
    return {"$ref": "#/components/schemas/QuoteRequest"} if isinstance(field, ArticleField) else {}


class BatchRequestSchema(Schema):
    class Meta:
        unknown = EXCLUDE

    # Each article is validated on its own in the view, so that one bad article gets its
    # own error while the others still come back.
    articles = fields.List(
        ArticleField(),
        required=True,
        metadata={"description": "request bodies of POST /v1/quotes; at most KUTIPAN_MAX_BATCH"},
    )


class SpanSchema(Schema):
    text = fields.String(required=True)
    start = fields.Integer(required=True)
    end = fields.Integer(required=True)


class SpeakerSchema(Schema):
    name = fields.String(required=True)
    mention = fields.String(allow_none=True)
    mention_start = fields.Integer(allow_none=True)
    mention_end = fields.Integer(allow_none=True)
    role = fields.String(allow_none=True)
    kind = fields.String(required=True, metadata={"enum": ["person", "organization"]})


class QuoteSchema(Schema):
    id = fields.String(required=True)
    type = fields.String(required=True, metadata={"enum": ["direct", "indirect", "mixed"]})
    text = fields.String(required=True)
    start = fields.Integer(required=True, metadata={"description": "Unicode code points into the response text"})
    end = fields.Integer(required=True, metadata={"description": "exclusive"})
    cue = fields.Nested(SpanSchema, allow_none=True)
    speaker = fields.Nested(SpeakerSchema, allow_none=True)
    co_speakers = fields.List(fields.Nested(SpeakerSchema))
    date = fields.String(allow_none=True, metadata={"description": "ISO date the statement was made"})
    date_text = fields.String(allow_none=True)
    confidence = fields.Float(required=True)
    unnamed_source = fields.Nested(SpanSchema, allow_none=True, metadata={
        "description": "when speaker is null: the words describing a source the article does not name "
                       "(Seorang pejabat senior)"})
    rules = fields.Dict(keys=fields.String(), values=fields.String())


class SpeakerEntrySchema(Schema):
    name = fields.String(required=True)
    role = fields.String(allow_none=True)
    kind = fields.String(required=True)
    aliases = fields.List(fields.String())
    quote_ids = fields.List(fields.String())


class QuoteResponseSchema(Schema):
    text = fields.String(required=True, metadata={"description": "the text that offsets index"})
    published = fields.String(allow_none=True)
    title = fields.String(allow_none=True)
    url = fields.String(allow_none=True)
    quotes = fields.List(fields.Nested(QuoteSchema), required=True)
    speakers = fields.List(fields.Nested(SpeakerEntrySchema), required=True)


class BatchItemSchema(Schema):
    index = fields.Integer(required=True, metadata={"description": "position of the article in the request"})
    result = fields.Nested(QuoteResponseSchema, metadata={"description": "present when the article succeeded"})
    error = fields.Dict(metadata={"description": "present when it failed: same object as the `error` of an error response"})


class BatchResponseSchema(Schema):
    results = fields.List(fields.Nested(BatchItemSchema), required=True)
    succeeded = fields.Integer(required=True)
    failed = fields.Integer(required=True)


class HealthSchema(Schema):
    status = fields.String(required=True)


class ReadySchema(Schema):
    ready = fields.Boolean(required=True)
    reason = fields.String(allow_none=True)
