"""Filter: scare quotes and names in quotation marks (“kemitraan strategis
komprehensif”, ”wajah baru”) are not statements. A quotation with no cue is kept only
when it reads like speech: several words, standing as a sentence of its own or
introduced by a colon or comma. A title in quotation marks is not speech, cue or not:
one that reads like a title, or one a word such as ``bertajuk`` introduces."""
from __future__ import annotations

from ._clauses import quoted_title, runs_on_past
from .base import ArticleState

NAME = "scare_quotes"
_MIN_WORDS_WITHOUT_CUE = 5
_MIN_WORDS_CONTINUING = 2  # ”Sekarang jadi pabrik.” after ”…,” kata Sutarmi.


def _continues_a_cued_quote(state: ArticleState, cand, cued_by_sentence: dict[int, list]) -> bool:
    """Whether the quotation opens the sentence right after one that closes an attributed
    quotation with its cue, in the same paragraph (”…,” kata Sutarmi. ”Sekarang …”): a
    split quote's second half, however short."""
    doc = state.doc
    here = doc.sentence_at(cand.quote_span.open_pos)
    if here is None or here.i == 0 or doc.tokens[here.tok_start].start != cand.quote_span.open_pos:
        return False
    before = doc.sentences[here.i - 1]
    return before.paragraph == here.paragraph and any(
        c.dropped is None and c.cue_start < before.end for c in cued_by_sentence.get(before.i, ()) if c is not cand)


def _cued_quotes_by_sentence(state: ArticleState) -> dict[int, list]:
    """The cued direct quotations by the sentence they end in (a quotation of two
    sentences, ”A. B,” katanya., closes in the second), looked up once per uncued
    quotation (a long article with thousands of quotes would otherwise scan them all for
    each)."""
    by_sentence: dict[int, list] = {}
    for c in state.candidates:
        if c.type == "direct" and c.cue_start is not None and c.end > c.start:
            last = c.end - 1
            sent = state.doc.sentence_at(last)
            if sent is not None and sent.start <= last < sent.end:
                by_sentence.setdefault(sent.i, []).append(c)
    return by_sentence


def _runs_on(text: str, cand) -> bool:
    """Whether a quotation that ends with no punctuation of its own is followed by a
    lowercase word: after its cue, a phrase the sentence goes on from (Menurut X,
    ”biaya layanan cuaca” dikenakan untuk …), not a statement. (Before its cue the word
    is the cue: ”… di Kabupaten Tangerang” kata Zaki.)"""
    quoted = text[cand.start:cand.end].rstrip()
    return bool(quoted) and quoted[-1] not in ".,!?…:;" and runs_on_past(text, cand.quote_span)


def run(state: ArticleState) -> None:
    text = state.doc.text
    cued_by_sentence = _cued_quotes_by_sentence(state)
    for cand in state.live():
        if cand.type != "direct":
            continue
        if quoted_title(state, cand.quote_span):
            cand.dropped = NAME + ":title"  # … bertajuk ”Nikel untuk Siapa?”: named, not said
            continue
        if cand.cue_start is not None:
            if cand.cue_start < cand.quote_span.open_pos and _runs_on(text, cand):
                cand.dropped = NAME + ":fragment"  # Menurut X, ”biaya layanan” dikenakan …: part of a clause
            continue
        words = len(text[cand.start:cand.end].split())
        span = cand.quote_span
        k = span.open_pos - 1
        while k >= 0 and text[k] in " \t":
            k -= 1
        before = text[k] if k >= 0 else "\n"
        stands_alone = before in "\n.!?:,”\"’" or k < 0
        ends_like_speech = text[cand.end - 1] in ".,!?…" if cand.end > cand.start else False
        if words >= _MIN_WORDS_CONTINUING and ends_like_speech and _continues_a_cued_quote(state, cand, cued_by_sentence):
            continue  # ”Di sini dulu sawah,” kata Sutarmi. ”Sekarang jadi pabrik.”: the same voice
        if words < _MIN_WORDS_WITHOUT_CUE or not stands_alone or (words < 8 and not ends_like_speech):
            cand.dropped = NAME
