"""Filter: scare quotes and names in quotation marks (“kemitraan strategis
komprehensif”, ”wajah baru”) are not statements. A quotation with no cue is kept only
when it reads like speech: several words, standing as a sentence of its own or
introduced by a colon or comma."""
from __future__ import annotations

from .base import ArticleState

NAME = "scare_quotes"
_MIN_WORDS_WITHOUT_CUE = 5


def run(state: ArticleState) -> None:
    text = state.doc.text
    for cand in state.live():
        if cand.type != "direct" or cand.cue_start is not None:
            continue
        words = len(text[cand.start:cand.end].split())
        span = cand.quote_span
        k = span.open_pos - 1
        while k >= 0 and text[k] in " \t":
            k -= 1
        before = text[k] if k >= 0 else "\n"
        stands_alone = before in "\n.!?:,”\"’" or k < 0
        ends_like_speech = text[cand.end - 1] in ".,!?…" if cand.end > cand.start else False
        if words < _MIN_WORDS_WITHOUT_CUE or not stands_alone or (words < 8 and not ends_like_speech):
            cand.dropped = NAME
