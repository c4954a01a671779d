"""Typed results of quote attribution: what ``extract`` returns.

``to_dict`` gives exactly the response body of ``POST /v1/quotes`` (see the project's
API contract), so the HTTP layer and the CLI serialise the same thing.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date


@dataclass(frozen=True)
class Span:
    text: str
    start: int
    end: int

    def to_dict(self) -> dict:
        return {"text": self.text, "start": self.start, "end": self.end}


@dataclass
class Speaker:
    name: str
    mention: str | None = None
    mention_start: int | None = None
    mention_end: int | None = None
    role: str | None = None
    kind: str = "person"  # person | organization

    def to_dict(self) -> dict:
        return {
            "name": self.name,
            "mention": self.mention,
            "mention_start": self.mention_start,
            "mention_end": self.mention_end,
            "role": self.role,
            "kind": self.kind,
        }


@dataclass
class Quote:
    id: str
    type: str  # direct | indirect | mixed
    text: str
    start: int
    end: int
    cue: Span | None = None
    speaker: Speaker | None = None
    co_speakers: list[Speaker] = field(default_factory=list)
    date: date | None = None
    date_text: str | None = None
    confidence: float = 0.0
    # With no speaker: the words that describe the unnamed source (seorang pejabat
    # senior), so an editor sees that the text attributes the words, just not to a name.
    unnamed_source: Span | None = None
    # Which sieve found the quote and which resolved speaker and date: lets an error be
    # traced to the rule that made it.
    rules: dict[str, str] = field(default_factory=dict)

    def to_dict(self) -> dict:
        return {
            "id": self.id,
            "type": self.type,
            "text": self.text,
            "start": self.start,
            "end": self.end,
            "cue": self.cue.to_dict() if self.cue else None,
            "speaker": self.speaker.to_dict() if self.speaker else None,
            "co_speakers": [s.to_dict() for s in self.co_speakers],
            "date": self.date.isoformat() if self.date else None,
            "date_text": self.date_text,
            "confidence": round(self.confidence, 3),
            "unnamed_source": self.unnamed_source.to_dict() if self.unnamed_source else None,
            "rules": dict(self.rules),
        }


@dataclass
class SpeakerEntry:
    """One speaker of the article with every quote attributed to them."""

    name: str
    role: str | None
    kind: str
    aliases: list[str] = field(default_factory=list)
    quote_ids: list[str] = field(default_factory=list)

    def to_dict(self) -> dict:
        return {
            "name": self.name,
            "role": self.role,
            "kind": self.kind,
            "aliases": list(self.aliases),
            "quote_ids": list(self.quote_ids),
        }


@dataclass
class ExtractionResult:
    text: str
    published: date | None
    quotes: list[Quote]
    speakers: list[SpeakerEntry]

    def to_dict(self) -> dict:
        return {
            "text": self.text,
            "published": self.published.isoformat() if self.published else None,
            "quotes": [q.to_dict() for q in self.quotes],
            "speakers": [s.to_dict() for s in self.speakers],
        }
