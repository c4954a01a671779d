"""Detection: a judgement in the passive with its judge between the subject and the
predicate: ``Kebijakan itu dinilai (oleh) pengamat Budi Santoso sudah tepat``,
``… dinilai oleh Ketua Komisi, Rina, belum cukup``. What the judge holds is the whole
proposition, subject and predicate, so the span is the sentence (as with a cue set
between commas, ``Transformasi digital, diyakini Eka, akan …``)."""
from __future__ import annotations

from ..mentions import AGENT_MARKER, looks_like_a_verb, parse_mention, speaker_np_after
from ._clauses import content_bounds, open_sentences, overlaps_direct
from .base import ArticleState, Candidate

NAME = "judged_by"
_MIN_SUBJECT_WORDS = 2
_MIN_PREDICATE_WORDS = 2
_MAX_JUDGE_WORDS = 16


def run(state: ArticleState) -> None:
    doc, lex = state.doc, state.lex
    for sent, toks in open_sentences(state):
        verb = next((t for t in toks if t.lower in lex.judging_passives), None)
        if verb is None or verb.i - sent.tok_start < _MIN_SUBJECT_WORDS \
                or any(not t.is_word for t in doc.tokens[sent.tok_start:verb.i]):
            continue  # Ia dinilai …: too short a subject; Namun, … dinilai: no plain subject
        first = verb.i + 1
        if first < sent.tok_end and doc.tokens[first].lower == AGENT_MARKER:
            first += 1
        if first >= sent.tok_end or not doc.tokens[first].is_capitalized \
                and doc.tokens[first].lower not in lex.title_heads:
            continue  # … dinilai terbukti menerima …: no judge named
        predicate = _predicate_start(state, first, sent.tok_end)
        if predicate is None or sent.tok_end - predicate < _MIN_PREDICATE_WORDS:
            continue
        np = speaker_np_after(doc, first, predicate, lex)
        if any(ch.isdigit() for t in np for ch in t.text):
            continue  # Kerugian itu diperkirakan Rp 72 miliar dan akan …: an amount, no judge
        mention = parse_mention(doc, np, lex) if np else None
        if mention is None or not mention.name:
            continue  # … dinilai sejumlah pihak belum …: no one who speaks
        bounds = content_bounds(state, sent, sent.tok_start)
        if bounds is None or overlaps_direct(state, *bounds) > 0:
            continue
        state.add(Candidate(
            type="indirect", start=bounds[0], end=bounds[1], sent=sent.i, cue_start=verb.start, cue_end=verb.end,
            mention=mention, rules={"detect": NAME}))


def _predicate_start(state: ArticleState, first: int, end: int) -> int | None:
    """Where the predicate of the judged subject begins after the judge's phrase at
    ``first``: the first lowercase verb or predicate word not inside a relative clause
    (… Hendra Gunawan, sudah sesuai …); None within a judge's phrase's length."""
    toks, lex = state.doc.tokens, state.lex
    for k in range(first + 1, min(first + _MAX_JUDGE_WORDS, end)):
        t = toks[k]
        if t.is_word and not t.is_capitalized and toks[k - 1].lower != "yang" \
                and (looks_like_a_verb(t) or t.lower in lex.predicate_markers):
            return k
    return None
