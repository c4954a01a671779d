"""Attribution: a cue before the opening mark: ``Cho mengatakan: “…”``,
``Menurut Cho, ”…”``, a cue between two halves of a quote (``“…,” kata Cho, “…”``), or
a sentence ending on a speech verb right before a quotation that opens its own sentence
(``Bagas menjawab singkat. ”…”``)."""
from __future__ import annotations

from ..document import Sentence
from ..entities import runs_in
from ..mentions import is_title_word, parse_mention, speaker_np_after, subject_before
from ._clauses import states_nothing
from .base import ArticleState, Candidate

NAME = "cue_before_quote"
LABEL_RULE = NAME + ":label"  # a transcript line opening with its speaker's name or role


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
    if _attach_speaker_label(state, cand, sent, before):
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


_MAX_LABEL_WORDS = 3


def _attach_speaker_label(state: ArticleState, cand: Candidate, sent: Sentence, before) -> bool:
    """``Jaksa: "Saudara saksi, …?"``, ``Heru: "…"``: a transcript line, a paragraph
    opening with its speaker's name or role, a colon and the quotation. A few capitalised
    words naming someone; not a question or answer label (``Tanya:``, ``J:``), which
    names no one (the interview sieve), nor a line the words before the colon do not open
    (``Ia berkata: "…"``: the cue there is the verb). Where the line is one, its speaker
    and cue are set on ``cand`` and True is returned."""
    doc, lex = state.doc, state.lex
    para = doc.paragraphs[sent.paragraph]
    label = before[:-1]
    if before[-1].text != ":" or not label or label[0].start != para.start or len(label) > _MAX_LABEL_WORDS \
            or not all(t.is_word and t.is_capitalized for t in label):
        return False
    if len(label) == 1 and (label[0].lower in lex.interview_question_labels
                            or label[0].lower in lex.interview_answer_labels):
        return False
    mention = parse_mention(doc, label, lex)
    if mention is None or mention.pronoun or mention.indefinite:
        return False
    if mention.description:
        # Jaksa:, Hakim:, Warga: a role or a description of a person
        if not (is_title_word(label[0], lex) or label[0].lower in lex.descriptive_role_heads):
            return False
    elif not (mention.name and _a_persons_name(doc, [t.text for t in label])):
        return False  # Spanduk: "…": a thing the words are written on, no one's name
    cand.mention = mention
    cand.cue_start, cand.cue_end = before[-1].start, before[-1].end
    cand.rules["cue"] = LABEL_RULE
    return True


def _a_persons_name(doc, words: list[str]) -> bool:
    """Whether ``words`` are a person's name the tagger found in the article, or part of
    one (Heru, of Heru Santoso)."""
    key = tuple(words)
    return any(e.label == "PER" and runs_in(key, tuple(e.text.split())) for e in doc.entities)


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
