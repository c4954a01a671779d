"""Attribution: a cue before the opening mark: ``Cho mengatakan: “…”``,
``Menurut Cho, ”…”``, a cue between two halves of a quote (``“…,” kata Cho, “…”``), or
a sentence ending on a speech verb right before a quotation that opens its own sentence
(``Bagas menjawab singkat. ”…”``)."""
from __future__ import annotations

from ..document import Sentence
from ..mentions import parse_mention, speaker_np_after, subject_before
from ._clauses import states_nothing
from .base import ArticleState, Candidate

NAME = "cue_before_quote"


def run(state: ArticleState) -> None:
    previous_close = -1
    previous: Candidate | None = None
    for cand in sorted(state.live(), key=lambda c: c.start):
        if cand.type != "direct":
            continue
        if cand.mention is None and cand.cue_start is None:
            _attach(state, cand, previous_close, previous)
        previous_close = cand.quote_span.close_pos
        previous = cand


def _attach(state: ArticleState, cand: Candidate, previous_close: int, previous: Candidate | None) -> None:
    doc, lex = state.doc, state.lex
    span = cand.quote_span
    sent = doc.sentence_at(span.open_pos)
    if sent is None:
        return
    lo = max(sent.start, previous_close + 1)
    before = doc.tokens_between(lo, span.open_pos)
    if not before:
        if previous_close < sent.start:
            _cue_closing_sentence_before(state, cand, sent)
        return
    if before[-1].text not in {":", ","}:
        return
    # The half-quote case: the cue of the previous part stands just before this part.
    if previous is not None and previous.cue_end is not None and previous_close >= sent.start \
            and previous.cue_start > previous_close and previous.cue_end <= span.open_pos:
        cand.mention = previous.mention
        cand.cue_start, cand.cue_end = previous.cue_start, previous.cue_end
        cand.rules["cue"] = NAME + ":split_quote"
        return
    for t in reversed(before):
        if t.lower in lex.according_to:
            np = speaker_np_after(doc, t.i + 1, before[-1].i, lex)
            cand.mention = parse_mention(doc, np, lex) if np else None
            cand.cue_start, cand.cue_end = t.start, t.end
            cand.rules["cue"] = NAME + ":menurut"
            return
        if t.lower in lex.according_to_self:
            from ..mentions import Mention
            cand.mention = Mention(t.end - 3, t.end, "nya", pronoun=True)
            cand.cue_start, cand.cue_end = t.start, t.end
            cand.rules["cue"] = NAME + ":menurut"
            return
        # A cue verb opening the sentence is capitalised (Kata dia: "…").
        opens_sentence = t.i == sent.tok_start
        if t.i > sent.tok_start and doc.tokens[t.i - 1].lower in lex.manner_markers:
            continue  # menjelaskan dengan tegas, ”…”: "tegas" says how, the verb before is the cue
        if lex.is_reporting_verb(t.text) or (lex.is_direct_cue(t.text) and (not t.is_capitalized or opens_sentence)):
            subject = subject_before(doc, t.i, lex)
            if lex.is_direct_cue(t.text) and not lex.is_reporting_verb(t.text):
                np = speaker_np_after(doc, t.i + 1, before[-1].i, lex)
                cand.mention = parse_mention(doc, np, lex) if np else None
            else:
                cand.mention = parse_mention(doc, subject, lex) if subject else None
            cand.cue_start, cand.cue_end = t.start, t.end
            cand.rules["cue"] = NAME
            return


_MAX_WORDS_AFTER_VERB = 3


def _cue_closing_sentence_before(state: ArticleState, cand: Candidate, sent: Sentence) -> None:
    """``Ditanya soal lawan, Bagas menjawab singkat. ”Siapa pun lawannya, kami siap.”``:
    the sentence right before the quotation ends on a speech verb, with at most a few
    words saying how or to whom and nothing said, so its subject speaks the quotation."""
    doc, lex = state.doc, state.lex
    if sent.i == 0:
        return
    prev = doc.sentences[sent.i - 1]
    if prev.boilerplate or prev.paragraph < sent.paragraph - 1 or state.quote_spans_between(prev.start, prev.end):
        return
    words = [t for t in doc.sentence_tokens(prev) if t.is_word]
    k = len(words) - 1
    while k >= 0 and len(words) - 1 - k < _MAX_WORDS_AFTER_VERB and words[k].lower in lex.speech_manner_words:
        k -= 1
    if k < 1 or not _is_speech_verb(words[k], lex):
        return
    verb = words[k]
    if states_nothing(state, prev, verb):
        return
    subject = subject_before(doc, verb.i, lex)
    mention = parse_mention(doc, subject, lex) if subject else None
    if mention is not None:
        cand.mention = mention
        cand.cue_start, cand.cue_end = verb.start, verb.end
        cand.rules["cue"] = NAME + ":sentence_before"


def _is_speech_verb(t, lex) -> bool:
    return lex.is_speech_verb(t.text)
