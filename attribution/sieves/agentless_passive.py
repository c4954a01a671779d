"""Detection: agentless passives that report speech, ``Ditekankan bahwa …``; the speaker
comes from context (the ``context_speaker`` sieve)."""
from __future__ import annotations

from ._clauses import content_bounds, open_sentences
from .base import ArticleState, Candidate

NAME = "agentless_passive"
_PARTICLES = frozenset({"pula", "juga", "pun", "lagi"})


def run(state: ArticleState) -> None:
    lex = state.lex
    for sent, toks in open_sentences(state):
        if len(toks) < 4 or toks[0].lower not in lex.agentless_passives:
            continue
        k = 1
        # Ditegaskan pula bahwa …, Disebutkan juga, …: a particle may come first.
        while k < len(toks) and (toks[k].text == "," or toks[k].lower in _PARTICLES):
            k += 1
        if k >= len(toks) or toks[k].lower not in lex.complementizers:
            continue
        bounds = content_bounds(state, sent, toks[k].i)
        if bounds is None:
            continue
        state.add(Candidate(
            type="indirect", start=bounds[0], end=bounds[1], sent=sent.i,
            cue_start=toks[0].start, cue_end=toks[0].end, rules={"detect": NAME}))
