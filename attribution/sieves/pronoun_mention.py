"""Resolution: ``ia``, ``dia``, ``beliau``, ``-nya`` (``ujarnya``), and a description
pointing back whose role the article gives nobody (``Mantan Gubernur DKI Jakarta itu``),
take the speaker most recently quoted nearby, or else the person most recently named as
a subject."""
from __future__ import annotations

from .base import ArticleState, Candidate

NAME = "pronoun_mention"
_MAX_SENTENCE_GAP = 6


def antecedent(state: ArticleState, cand: Candidate, position: int, resolved: list[Candidate]):
    """The entity a reference at ``position`` most plausibly points back to: the speaker
    last quoted within a few sentences, else the person last named as a subject there.
    ``resolved`` holds the attributed records in text order."""
    doc = state.doc
    here = doc.sentence_at(position)
    here_i = here.i if here else 0
    for other in reversed(resolved):
        pos = other.speaker_mention.start if other.speaker_mention else other.start
        if pos >= position or other is cand:
            continue
        if here_i - other.sent > _MAX_SENTENCE_GAP:
            break
        if other.entity is not None and other.entity.kind == "person":
            return other.entity
        break
    window_start = doc.sentences[max(0, here_i - _MAX_SENTENCE_GAP)].start if doc.sentences else 0
    occurrences = state.entities.occurrences_between(window_start, position)
    seen_sentences: set[int] = set()
    subject_like = None
    for occ in occurrences:
        if occ.kind != "person":
            continue
        s = doc.sentence_at(occ.start)
        if s is None or s.i in seen_sentences:
            continue
        seen_sentences.add(s.i)  # the first person named in each sentence
        subject_like = occ
    if subject_like is not None:
        return state.entities.resolve(subject_like.name, subject_like.start)
    return None


def run(state: ArticleState) -> None:
    ordered = sorted(state.live(), key=lambda c: c.start)
    resolved: list[Candidate] = []
    for cand in ordered:
        m = cand.mention
        if cand.entity is not None or m is None or not (m.pronoun or m.demonstrative):
            if cand.entity is not None:
                resolved.append(cand)
            continue
        ent = antecedent(state, cand, m.start, resolved)
        if ent is not None:
            cand.entity = ent
            cand.speaker_mention = m
            cand.rules["speaker"] = NAME
            resolved.append(cand)
