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
        before = next((o for o in reversed(ordered[:idx]) if o.entity is not None), None)
        if before is not None and cand.sent - before.sent <= _MAX_GAP_BEFORE:
            cand.entity, cand.co_entities = before.entity, list(before.co_entities)
            cand.rules["speaker"] = NAME + ":previous"
            continue
        after = next((o for o in ordered[idx + 1:] if o.entity is not None), None)
        if after is not None and after.sent - cand.sent <= _MAX_GAP_AFTER and after.rules.get("speaker") == "named_mention":
            cand.entity = after.entity
            cand.rules["speaker"] = NAME + ":next"
            continue
        if before is not None and cand.type == "direct" and cand.sent - before.sent <= _MAX_GAP_BEFORE * 2:
            cand.entity = before.entity
            cand.rules["speaker"] = NAME + ":previous_far"
