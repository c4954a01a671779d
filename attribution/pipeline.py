"""Entry point of the library: text in, attributed quotes out."""
from __future__ import annotations

from datetime import date

from .model import ExtractionResult


def extract(text: str, published: date | str | None = None, title: str | None = None) -> ExtractionResult:
    """Return every quote of ``text`` with speaker, role and date.

    PLACEHOLDER while the engine is being written: returns no quotes.
    """
    from .dates import parse_published

    return ExtractionResult(text=text, published=parse_published(published), quotes=[], speakers=[])
