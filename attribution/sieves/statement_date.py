"""Dates: the day a statement was made. A date written in the attribution (outside the
quoted words) comes first; else the date of the same speaker's nearest dated statement
(the same press conference); else the latest date the article gave before it; else the
publication date."""
from __future__ import annotations

from ..dates import resolve
from .base import ArticleState, Candidate

NAME = "statement_date"


def _own_date(state: ArticleState, cand: Candidate):
    doc = state.doc
    sents = {cand.sent}
    first = doc.sentence_at(cand.start)
    if first is not None:
        sents.add(first.i)
    ranges = [(doc.sentences[i].start, doc.sentences[i].end) for i in sents]
    for dm in state.date_mentions:
        if not any(a <= dm.start < b for a, b in ranges):
            continue
        if cand.start <= dm.start < cand.end:
            continue  # a date inside the quoted words is about something else
        d = resolve(dm, state.anchor)
        if d is not None:
            return d, dm
    return None, None


def run(state: ArticleState) -> None:
    live = sorted(state.live(), key=lambda c: c.start)
    for cand in live:
        d, dm = _own_date(state, cand)
        if d is not None:
            cand.date, cand.date_mention = d, dm
            cand.rules["date"] = NAME + ":own"
    for cand in live:
        if cand.date is not None:
            continue
        same = [o for o in live if o.date is not None and o.entity is not None and o.entity is cand.entity
                and o.rules.get("date") == NAME + ":own"]
        if same:
            nearest = min(same, key=lambda o: abs(o.start - cand.start))
            cand.date, cand.date_mention = nearest.date, nearest.date_mention
            cand.rules["date"] = NAME + ":same_speaker"
            continue
        earlier = [dm for dm in state.date_mentions if dm.end <= cand.start]
        for dm in reversed(earlier):
            d = resolve(dm, state.anchor)
            if d is not None and (state.anchor is None or d <= state.anchor):
                cand.date, cand.date_mention = d, dm
                cand.rules["date"] = NAME + ":context"
                break
        else:
            if state.anchor is not None:
                cand.date = state.anchor
                cand.rules["date"] = NAME + ":published"
            else:
                cand.rules["date"] = NAME + ":unknown"
