"""Detection: passives that report speech, ``Ditekankan bahwa …``; the speaker comes from
context (the ``context_speaker`` sieve), or from the agent the passive names
(``Ditegaskan oleh Dewi bahwa …``)."""
from __future__ import annotations

from ..mentions import parse_mention, speaker_np_after
from ._clauses import content_bounds, open_sentences
from .base import ArticleState, Candidate

NAME = "agentless_passive"
_PARTICLES = frozenset({"pula", "juga", "pun", "lagi"})
_AGENT_MARKER = "oleh"  # Indonesian's one word for the agent of a passive: grammar, not vocabulary


def run(state: ArticleState) -> None:
    lex = state.lex
    for sent, toks in open_sentences(state):
        if len(toks) < 4 or toks[0].lower not in lex.agentless_passives:
            continue
        k = 1
        # Ditegaskan pula bahwa …, Disebutkan juga, …: a particle may come first.
        while k < len(toks) and (toks[k].text == "," or toks[k].lower in _PARTICLES):
            k += 1
        mention = None
        if k < len(toks) and toks[k].lower == _AGENT_MARKER:
            # Ditegaskan oleh Dewi Kartika bahwa …: the agent said it.
            that = next((j for j in range(k + 1, len(toks)) if toks[j].lower in lex.complementizers), None)
            np = speaker_np_after(state.doc, toks[k].i + 1, toks[that].i, lex) if that else []
            mention = parse_mention(state.doc, np, lex) if np else None
            if mention is None:
                continue
            k = that
        if k >= len(toks) or toks[k].lower not in lex.complementizers:
            continue
        bounds = content_bounds(state, sent, toks[k].i)
        if bounds is None:
            continue
        state.add(Candidate(
            type="indirect", start=bounds[0], end=bounds[1], sent=sent.i,
            cue_start=toks[0].start, cue_end=toks[0].end, mention=mention, rules={"detect": NAME + (":oleh" if mention else "")}))
