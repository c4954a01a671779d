"""Detection: ``Menurut X, …`` and ``Menurutnya, …``: the clause after the comma is X's."""
from __future__ import annotations

from ..mentions import Mention, parse_mention, speaker_np_after
from ._clauses import content_bounds, overlaps_direct, open_sentences
from .base import ArticleState, Candidate

NAME = "according_to"


def run(state: ArticleState) -> None:
    doc, lex = state.doc, state.lex
    for sent, toks in open_sentences(state):
        for t in toks:
            if t.lower not in ("menurut", "menurutnya") or state.in_quote(t.start):
                continue
            if t.lower == "menurutnya":
                mention = Mention(t.end - 3, t.end, "nya", pronoun=True)
                after = t.i + 1
            else:
                comma = next((u.i for u in toks if u.i > t.i and u.text == ","), None)
                if comma is None:
                    break
                np = speaker_np_after(doc, t.i + 1, comma, lex)
                mention = parse_mention(doc, np, lex) if np else None
                if mention is None:
                    break
                after = comma + 1
            bounds = content_bounds(state, sent, after)
            if bounds is None:
                break
            start, end = bounds
            if t.i > sent.tok_start and doc.tokens[t.i - 1].text == ",":
                # Saat ini, menurut Presiden, masyarakat …: the clause runs round the cue;
                # the span keeps the part after it, which carries the proposition.
                pass
            if doc.text[start] in "“”\"‘«" or overlaps_direct(state, start, end) > 0.5:
                break
            if len(doc.text[start:end].split()) < 3:
                break
            state.add(Candidate(
                type="mixed" if overlaps_direct(state, start, end) > 0 else "indirect",
                start=start, end=end, sent=sent.i, cue_start=t.start, cue_end=t.end,
                mention=mention, rules={"detect": NAME}))
            break
