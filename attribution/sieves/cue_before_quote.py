"""Attribution: a cue before the opening mark: ``Cho mengatakan: “…”``,
``Menurut Cho, ”…”``, or a cue between two halves of a quote (``“…,” kata Cho, “…”``)."""
from __future__ import annotations

from ..mentions import parse_mention, speaker_np_after, subject_before
from .base import ArticleState, Candidate

NAME = "cue_before_quote"


def run(state: ArticleState) -> None:
    previous_close = -1
    previous: Candidate | None = None
    for cand in sorted(state.live(), key=lambda c: c.start):
        if cand.type != "direct":
            continue
        if cand.mention is None and cand.cue_start is None:
            _attach(state, cand, previous_close, previous)
        previous_close = cand.quote_span.close_pos
        previous = cand


def _attach(state: ArticleState, cand: Candidate, previous_close: int, previous: Candidate | None) -> None:
    doc, lex = state.doc, state.lex
    span = cand.quote_span
    sent = doc.sentence_at(span.open_pos)
    if sent is None:
        return
    lo = max(sent.start, previous_close + 1)
    before = doc.tokens_between(lo, span.open_pos)
    if not before:
        return
    if before[-1].text not in {":", ","}:
        return
    # The half-quote case: the cue of the previous part stands just before this part.
    if previous is not None and previous.cue_end is not None and previous_close >= sent.start \
            and previous.cue_start > previous_close and previous.cue_end <= span.open_pos:
        cand.mention = previous.mention
        cand.cue_start, cand.cue_end = previous.cue_start, previous.cue_end
        cand.rules["cue"] = NAME + ":split_quote"
        return
    for t in reversed(before):
        if t.lower in ("menurut",):
            np = speaker_np_after(doc, t.i + 1, before[-1].i, lex)
            cand.mention = parse_mention(doc, np, lex) if np else None
            cand.cue_start, cand.cue_end = t.start, t.end
            cand.rules["cue"] = NAME + ":menurut"
            return
        if t.lower in ("menurutnya",):
            from ..mentions import Mention
            cand.mention = Mention(t.end - 3, t.end, "nya", pronoun=True)
            cand.cue_start, cand.cue_end = t.start, t.end
            cand.rules["cue"] = NAME + ":menurut"
            return
        # A cue verb opening the sentence is capitalised (Kata dia: "…").
        opens_sentence = t.i == sent.tok_start
        if t.i > sent.tok_start and doc.tokens[t.i - 1].lower in lex.manner_markers:
            continue  # menjelaskan dengan tegas, ”…”: "tegas" says how, the verb before is the cue
        if lex.is_reporting_verb(t.text) or (lex.is_direct_cue(t.text) and (not t.is_capitalized or opens_sentence)):
            subject = subject_before(doc, t.i, lex)
            if lex.is_direct_cue(t.text) and not lex.is_reporting_verb(t.text):
                np = speaker_np_after(doc, t.i + 1, before[-1].i, lex)
                cand.mention = parse_mention(doc, np, lex) if np else None
            else:
                cand.mention = parse_mention(doc, subject, lex) if subject else None
            cand.cue_start, cand.cue_end = t.start, t.end
            cand.rules["cue"] = NAME
            return
