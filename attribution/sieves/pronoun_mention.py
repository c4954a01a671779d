"""Resolution: ``ia``, ``dia``, ``beliau``, ``-nya`` (``ujarnya``) take the speaker most
recently quoted nearby, or else the person most recently named as a subject."""
from __future__ import annotations

from .base import ArticleState, Candidate

NAME = "pronoun_mention"
_MAX_SENTENCE_GAP = 6


def antecedent(state: ArticleState, cand: Candidate, position: int):
    """The entity a reference at ``position`` most plausibly points back to."""
    doc = state.doc
    here = doc.sentence_at(position)
    here_i = here.i if here else 0
    best = None
    for other in state.live():
        if other is cand or other.entity is None or other.entity.kind != "person":
            continue
        pos = other.speaker_mention.start if other.speaker_mention else other.start
        if pos >= position or here_i - other.sent > _MAX_SENTENCE_GAP:
            continue
        if best is None or pos > best[0]:
            best = (pos, other.entity)
    # A person named since that quote, as the subject of a sentence, is more salient.
    latest_named = None
    for occ in state.entities.occurrences:
        if occ.kind != "person" or occ.start >= position:
            continue
        s = doc.sentence_at(occ.start)
        if s is None or here_i - s.i > _MAX_SENTENCE_GAP:
            continue
        first_in_sentence = not any(
            o.kind == "person" and s.start <= o.start < occ.start for o in state.entities.occurrences)
        if first_in_sentence and (latest_named is None or occ.start > latest_named.start):
            latest_named = occ
    if latest_named is not None and best is None:
        return state.entities.resolve(latest_named.name, latest_named.start)
    return best[1] if best else None


def run(state: ArticleState) -> None:
    for cand in sorted(state.live(), key=lambda c: c.start):
        m = cand.mention
        if cand.entity is not None or m is None or not m.pronoun:
            continue
        ent = antecedent(state, cand, m.start)
        if ent is not None:
            cand.entity = ent
            cand.speaker_mention = m
            cand.rules["speaker"] = NAME
