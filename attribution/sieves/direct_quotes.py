"""Detection: every balanced (or best-effort unbalanced) quotation outside page furniture."""
from __future__ import annotations

from .base import ArticleState, Candidate

NAME = "direct_quotes"


def run(state: ArticleState) -> None:
    doc = state.doc
    for span in state.quote_spans:
        start, end = span.start, span.end
        while start < end and doc.text[start].isspace():
            start += 1
        while end > start and doc.text[end - 1].isspace():
            end -= 1
        if end <= start:
            continue
        sent = doc.sentence_at(min(span.close_pos, len(doc.text) - 1))
        first = doc.sentence_at(span.open_pos)
        if sent is None or first is None:
            continue
        if doc.paragraphs and doc.paragraphs[first.paragraph].boilerplate:
            continue
        state.add(Candidate(
            type="direct", start=start, end=end, sent=sent.i, quote_span=span,
            rules={"detect": NAME + (":unbalanced" if span.unbalanced else "")}))
