"""Detection: reported speech closed by a cue without quotation marks:
``Situasi sudah aman, kata Kapolda.``; or with the cue set between commas inside it,
``Dalam kasus itu, tambah Fredly, dana diduga dipinjamkan.`` (the whole sentence), also
with a passive verb before the speaker (``Transformasi digital, diyakini Eka, akan …``);
after a conjunction (``Harga naik karena, kata dia, pasokan berkurang.``, ``Namun, kata
Budi, …``) what the cue gives the speaker is the clause after it. A quoted phrase the
clause runs on past makes the record mixed."""
from __future__ import annotations

from ..mentions import Mention, looks_like_a_passive, looks_like_a_verb
from ._clauses import MIN_WORDS_PAST_CUE, open_sentences, overlaps_direct, runs_on_past, speaker_after_cue
from .base import ArticleState, Candidate

NAME = "trailing_cue"
_MIN_WORDS = 4  # the fewest words a postposed cue closes


def run(state: ArticleState) -> None:
    doc, lex = state.doc, state.lex
    for sent, toks in open_sentences(state):
        for j in range(len(toks) - 2, 1, -1):  # from "Bulog, kata Bayu, …" on
            t = toks[j]
            passive = t.lower in lex.passive_cues and toks[j + 1].is_capitalized
            # Pemerintah akan …, demikian kata Gubernur …: the adverb between the comma and the cue.
            lead = j - 2 if toks[j - 1].lower in lex.closing_adverbs else j - 1
            if toks[lead].text != "," or not (lex.is_direct_cue(t.text) or passive) or t.is_capitalized:
                continue
            found = speaker_after_cue(doc, t.i, sent.tok_end, lex)
            mention = found.mention
            if lex.has_speaker_clitic(t.text):
                mention = Mention(t.end - 3, t.end, "nya", pronoun=True)
            start, end = toks[0].start, toks[lead].start
            rest = found.rest
            if rest:
                # A cue between commas interrupts what was said: the sentence around it.
                if len(rest) >= MIN_WORDS_PAST_CUE or _predicate_after_a_bare_subject(toks[:lead], rest, lex):
                    end = rest[-1].end
                    if toks[lead - 1].lower in lex.clause_conjunctions:
                        # Harga naik karena, kata dia, pasokan berkurang.: the cue after the
                        # conjunction gives the speaker the clause it opens, not the one before.
                        start = rest[0].start
            quoted = overlaps_direct(state, start, end)
            if quoted > 0 and not _holds_fragments_only(state, start, end):
                break
            if len(doc.text[start:end].split()) < _MIN_WORDS or mention is None:
                break
            state.add(Candidate(
                type="mixed" if quoted > 0 else "indirect", start=start, end=end, sent=sent.i,
                cue_start=t.start, cue_end=t.end, mention=mention, rules={"detect": NAME}))
            break


_MAX_SUBJECT_WORDS = 4  # Tangkapan nelayan, Harga beras di pasar


def _predicate_after_a_bare_subject(before, rest, lex) -> bool:
    """Whether a cue set between commas interrupts a clause after only its subject, a short
    noun phrase with no verb (``Tangkapan nelayan, kata dia, turun hingga separuh.``): the
    few words after it are the predicate the subject lacks, what was said, not an adjunct
    of the cue (``…, kata dia, saat ditemui``) nor the speaker's role (``…, warga X``)."""
    if len(rest) < 2 or not before or len(before) > _MAX_SUBJECT_WORDS or rest[0].is_capitalized:
        return False
    if any(not t.is_word or looks_like_a_verb(t) or looks_like_a_passive(t, lex) or t.lower in lex.predicate_markers
           or t.lower in lex.negators or t.lower in lex.complementizers or t.lower in lex.clause_conjunctions
           for t in before) or before[0].lower in lex.adjunct_openers:
        return False
    first = rest[0].lower
    return first not in lex.speaker_np_stop_words and first not in lex.adjunct_openers \
        and first not in lex.title_heads and not lex.opens_a_description([t.lower for t in rest[:3]]) \
        and first not in lex.weekdays and first not in lex.months


def _holds_fragments_only(state: ArticleState, start: int, end: int) -> bool:
    """Whether the quotation marks in [start, end) set off only phrases the sentence runs
    on past, none a statement of its own (Di beberapa desa, kata Ratna, petugas ”hanya
    datang sebentar” lalu pergi lagi: one mixed record); a quotation kept as a
    direct quote is attributed by the cue sieves."""
    spans = state.quote_spans_between(start, end)
    return all(start < q.open_pos and q.close_pos < end and runs_on_past(state.doc.text, q, end) for q in spans) \
        and not any(c.type == "direct" and c.start < end and c.end > start for c in state.live())
