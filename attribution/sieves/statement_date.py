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


def _date_near_speaker(state: ArticleState, cand: Candidate):
    """A date in a sentence that names the speaker (``Cho Tae-yul pada Jumat (21/6/2024)
    melontarkan pernyataan tersebut``): the nearest such sentence, before the quote first."""
    if cand.entity is None:
        return None, None
    doc = state.doc
    key = set(cand.entity.key)
    sentences = set()
    for occ in state.entities.occurrences:
        if set(occ.key) <= key:
            s = doc.sentence_at(occ.start)
            if s is not None:
                sentences.add(s.i)
    best = None
    for dm in state.date_mentions:
        s = doc.sentence_at(dm.start)
        if s is None or s.i not in sentences or state.in_quote(dm.start):
            continue  # a date inside quoted words is the quote's, not the statement's
        d = resolve(dm, state.anchor)
        if d is None:
            continue
        # Before the quote beats after it; nearer beats farther.
        rank = (0 if dm.start < cand.start else 1, abs(dm.start - cand.start))
        if best is None or rank < best[0]:
            best = (rank, d, dm)
    return (best[1], best[2]) if best else (None, None)


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
        d, dm = _date_near_speaker(state, cand)
        if d is not None:
            cand.date, cand.date_mention = d, dm
            cand.rules["date"] = NAME + ":speaker_sentence"
            continue
        earlier = [dm for dm in state.date_mentions if dm.end <= cand.start and not state.in_quote(dm.start)]
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
