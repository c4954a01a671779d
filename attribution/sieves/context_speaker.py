"""Resolution: a quote with no attribution of its own (a quotation paragraph after a
sentence that names the speaker, ``Ditekankan bahwa …``) belongs to the speaker of the
nearest attributed statement before it, or failing that just after it."""
from __future__ import annotations

from .base import ArticleState

NAME = "context_speaker"
_MAX_GAP_BEFORE = 3
_MAX_GAP_AFTER = 1


def run(state: ArticleState) -> None:
    ordered = sorted(state.live(), key=lambda c: c.start)
    for idx, cand in enumerate(ordered):
        if cand.entity is not None or (cand.mention is not None and not cand.mention.pronoun and not cand.mention.description):
            continue
        before = _first_resolved(ordered, idx, -1)
        if before is not None and cand.sent - before.sent <= _MAX_GAP_BEFORE:
            cand.entity, cand.co_entities = before.entity, list(before.co_entities)
            cand.rules["speaker"] = NAME + ":previous"
            continue
        after = _first_resolved(ordered, idx, +1)
        if after is not None and after.sent - cand.sent <= _MAX_GAP_AFTER and after.rules.get("speaker") == "named_mention":
            cand.entity = after.entity
            cand.rules["speaker"] = NAME + ":next"
            continue
        if before is not None and cand.type == "direct" and cand.sent - before.sent <= _MAX_GAP_BEFORE * 2:
            cand.entity = before.entity
            cand.rules["speaker"] = NAME + ":previous_far"


def _first_resolved(ordered, idx: int, step: int, limit: int = 12):
    """The nearest record with a speaker, looking ``limit`` records at most each way."""
    k = idx + step
    while 0 <= k < len(ordered) and abs(k - idx) <= limit:
        if ordered[k].entity is not None:
            return ordered[k]
        k += step
    return None
