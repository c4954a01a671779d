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
        if len(toks) < 4:
            continue
        source = None
        if toks[0].lower not in lex.agentless_passives:
            opened = _after_a_statement_adjunct(state, toks)
            if opened is None:
                continue
            # Dalam pernyataan Kantor Perdana Menteri usai rapat, disebutkan bahwa …: the
            # passive opens the clause after an adjunct naming whose statement it is.
            passive, source = opened
            toks = toks[passive:]
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
        if mention is None and source is not None:
            mention = source
        bounds = content_bounds(state, sent, toks[k].i)
        if bounds is None:
            continue
        state.add(Candidate(
            type="indirect", start=bounds[0], end=bounds[1], sent=sent.i,
            cue_start=toks[0].start, cue_end=toks[0].end, mention=mention,
            rules={"detect": NAME + (":statement" if source is not None else ":oleh" if mention else "")}))


_MAX_ADJUNCT_WORDS = 12  # how far the adjunct before the passive may run


def _after_a_statement_adjunct(state: ArticleState, toks):
    """Where a lowercase speech passive opens the clause after an adjunct that names a
    statement (``Dalam pernyataan Kantor Perdana Menteri usai rapat, disebutkan``; ``Melalui
    siaran pers, ditegaskan``), and the mention of whose statement it is (None when the
    adjunct names no one: the speaker then comes from context); None when the sentence
    does not open so."""
    lex = state.lex
    if toks[0].lower not in lex.statement_adjunct_openers or toks[1].lower not in lex.document_heads:
        return None
    comma = next((j for j in range(2, min(len(toks) - 2, _MAX_ADJUNCT_WORDS + 2)) if toks[j].text == ","), None)
    if comma is None or toks[comma + 1].is_capitalized or toks[comma + 1].lower not in lex.agentless_passives:
        return None
    source = parse_mention(state.doc, toks[1:comma], lex)
    if source is not None and (source.pronoun or not source.name):
        source = None
    return comma + 1, source
