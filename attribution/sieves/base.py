"""What the sieves share: the article being worked on and the quotes found so far.

Each sieve is a module with ``NAME`` and ``run(state)``; it fills only what is still
unresolved and writes its ``NAME`` into ``Candidate.rules`` for what it decided.
"""
from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from datetime import date

from ..dates import DateMention
from ..document import Document, Sentence
from ..entities import Entity, EntityIndex
from ..lexicon import Lexicon
from ..mentions import Mention
from ..quotes import QuoteSpan


@dataclass
class Candidate:
    type: str  # direct | indirect | mixed
    start: int
    end: int
    sent: int  # the sentence whose words attribute the quote
    cue_start: int | None = None
    cue_end: int | None = None
    mention: Mention | None = None
    entity: Entity | None = None
    co_entities: list[Entity] = field(default_factory=list)
    speaker_mention: Mention | None = None  # the mention that names the speaker, after resolution
    role: str | None = None  # the role the words naming the speakers give them (Para pemohon: pemohon)
    date: date | None = None
    date_mention: DateMention | None = None
    quote_span: QuoteSpan | None = None
    rules: dict[str, str] = field(default_factory=dict)
    confidence: float = 0.0
    dropped: str | None = None  # why a sieve decided this is not a quote
    # Why a sieve decided the record, kept, has no speaker to find (a description pointing
    # back to a body the article never named): no later sieve gives it one.
    unattributed: str | None = None


@dataclass
class ArticleState:
    doc: Document
    lex: Lexicon
    published: date | None
    anchor: date | None  # published, or the article's own dateline
    quote_spans: list[QuoteSpan]
    date_mentions: list[DateMention]
    entities: EntityIndex
    candidates: list[Candidate] = field(default_factory=list)
    _quote_opens: list[int] = field(default_factory=list, repr=False)
    # Sentences that already hold a reported-speech record: one per sentence.
    reported_sentences: set[int] = field(default_factory=set)

    def __post_init__(self) -> None:
        # quote_spans come sorted and never overlap, so a bisect finds the one around a point.
        self._quote_opens = [q.open_pos for q in self.quote_spans]

    def add(self, cand: Candidate) -> None:
        self.candidates.append(cand)
        if cand.type != "direct":
            self.reported_sentences.add(cand.sent)

    def quote_spans_between(self, start: int, end: int) -> list[QuoteSpan]:
        """The quotations that overlap characters [start, end), found by bisection."""
        k = max(0, bisect.bisect_right(self._quote_opens, start) - 1)
        out = []
        while k < len(self.quote_spans) and self.quote_spans[k].open_pos < end:
            q = self.quote_spans[k]
            if q.close_pos + 1 > start:
                out.append(q)
            k += 1
        return out

    def quoted_chars(self, start: int, end: int) -> int:
        """How many of characters [start, end) stand inside quotations, marks included."""
        return sum(min(end, q.close_pos + 1) - max(start, q.open_pos) for q in self.quote_spans_between(start, end))

    def trimmed(self, start: int, end: int) -> tuple[int, int]:
        """Characters [start, end) without the whitespace around them."""
        text = self.doc.text[start:end]
        return start + len(text) - len(text.lstrip()), end - (len(text) - len(text.rstrip()))

    def live(self) -> list[Candidate]:
        return [c for c in self.candidates if c.dropped is None]

    def in_quote(self, char: int) -> QuoteSpan | None:
        k = bisect.bisect_right(self._quote_opens, char) - 1
        if k >= 0 and char <= self.quote_spans[k].close_pos:
            return self.quote_spans[k]
        return None

    def sentence(self, i: int) -> Sentence:
        return self.doc.sentences[i]
