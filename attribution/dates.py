"""Dates: publication dates from the caller, statement dates from the text."""
from __future__ import annotations

from datetime import date, datetime

from .errors import InvalidInputError


def parse_published(value: date | str | None) -> date | None:
    """Accept an ISO date or datetime (or a ``date``); raise InvalidInputError otherwise."""
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    text = str(value).strip()
    try:
        return date.fromisoformat(text[:10]) if len(text) == 10 else datetime.fromisoformat(text.replace("Z", "+00:00")).date()
    except ValueError as exc:
        raise InvalidInputError(f"not an ISO date or datetime: {text[:40]!r}", field="published") from exc
