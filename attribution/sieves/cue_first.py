"""Detection: reported speech whose sentence opens with the cue and the speaker, then a
comma: ``Kata Budi, pihaknya akan …``, ``Dijelaskan Kepala Dinas Budi Santoso,
anggaran …``, ``Tambahnya, …``. The speaker phrase runs to the comma; the clause after
it is what was said (as after ``Menurut Budi,``)."""
from __future__ import annotations

from ..mentions import Mention, parse_mention, speaker_np_after
from ._clauses import open_sentences, reported_clause
from .according_to import end_of_appositives
from .base import ArticleState, Candidate

NAME = "cue_first"


def run(state: ArticleState) -> None:
    doc, lex = state.doc, state.lex
    for sent, toks in open_sentences(state):
        if len(toks) < 5 or state.in_quote(toks[0].start):
            continue
        cue = toks[0]
        word = cue.lower[:-3] if lex.has_speaker_clitic(cue.text) else cue.lower
        if not (lex.is_direct_cue(cue.text) or word in lex.passive_cues):
            continue
        if lex.has_speaker_clitic(cue.text) and toks[1].text == ",":
            # Katanya, …; Dijelaskannya, …: the clitic is the speaker.
            mention = Mention(cue.end - 3, cue.end, "nya", pronoun=True)
            after = toks[2].i
        else:
            comma = next((t.i for t in toks[1:8] if t.text == ","), None)
            if comma is None or not toks[1].is_capitalized:
                continue
            comma = end_of_appositives(doc, comma, sent.tok_end, lex)
            np = speaker_np_after(doc, cue.i + 1, comma, lex)
            mention = parse_mention(doc, np, lex) if np else None
            if mention is None or mention.description and not mention.demonstrative:
                continue  # Kata kunci, …: no speaker named
            after = comma + 1
        clause = reported_clause(state, sent, after)
        if clause is None:
            continue  # Kata Budi, ”…”: a direct quote, attributed by cue_before_quote
        start, end, kind = clause
        state.add(Candidate(
            type=kind, start=start, end=end, sent=sent.i, cue_start=cue.start, cue_end=cue.end,
            mention=mention, rules={"detect": NAME}))
