"""Detection: reported speech closed by a cue without quotation marks:
``Situasi sudah aman, kata Kapolda.``"""
from __future__ import annotations

from ..mentions import Mention, parse_mention, speaker_np_after
from ._clauses import overlaps_direct, open_sentences
from .base import ArticleState, Candidate

NAME = "trailing_cue"


def run(state: ArticleState) -> None:
    doc, lex = state.doc, state.lex
    for sent, toks in open_sentences(state):
        for j in range(len(toks) - 2, 2, -1):
            t = toks[j]
            if toks[j - 1].text != "," or not lex.is_direct_cue(t.text) or t.is_capitalized:
                continue
            start, end = toks[0].start, toks[j - 1].start
            if overlaps_direct(state, start, end) > 0 or len(doc.text[start:end].split()) < 4:
                break
            if t.lower.endswith("nya"):
                mention = Mention(t.end - 3, t.end, "nya", pronoun=True)
            else:
                np = speaker_np_after(doc, t.i + 1, sent.tok_end, lex)
                mention = parse_mention(doc, np, lex) if np else None
            if mention is None:
                break
            state.add(Candidate(
                type="indirect", start=start, end=end, sent=sent.i, cue_start=t.start, cue_end=t.end,
                mention=mention, rules={"detect": NAME}))
            break
