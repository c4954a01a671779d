"""Resolution: the parties to a case, described by what they are in it (``Para pemohon
mendalilkan …``), are the ones the article named as filing it a few sentences before
(``Permohonan diajukan oleh dua mahasiswa, X dan Y, serta Perkumpulan Z``): the first
named speaks, the others with them, and the party's noun is the role."""
from __future__ import annotations

from ..entities import PLACE_PREPOSITIONS
from ..mentions import AGENT_MARKER, DEMONSTRATIVES, has_passive_shape
from .base import ArticleState

NAME = "case_parties"
_MAX_SENTENCES_BACK = 8  # from the filing to the party's noun as a subject
_VERB_REACH = 8  # Permohonan uji materi undang-undang itu diajukan …: words to the verb


def run(state: ArticleState) -> None:
    parties_of = set(state.lex.case_filings.values())
    for cand in state.live():
        m = cand.mention
        if cand.entity is not None or m is None or not m.description or m.name:
            continue
        noun = _party_noun(m.text, state)
        if noun not in parties_of:
            continue
        parties = _filed_by(state, noun, m.start)
        if not parties:
            continue
        cand.entity, cand.co_entities = parties[0], parties[1:]
        cand.speaker_mention = m
        cand.role = noun
        cand.rules["speaker"] = NAME


def _party_noun(text: str, state: ArticleState) -> str | None:
    """The noun of ``text`` when it is only a party's noun, after ``para`` and before a
    demonstrative (Para pemohon, Penggugat itu); None for anything more (Pemohon uji
    materi lain, kuasa hukum pemohon)."""
    words = text.lower().split()
    while words and words[0] in state.lex.collective_determiners:
        words = words[1:]
    while words and words[-1] in DEMONSTRATIVES:
        words = words[:-1]
    return words[0] if len(words) == 1 else None


def _filed_by(state: ArticleState, noun: str, position: int) -> list:
    """The people and bodies the latest sentence before ``position`` (a few back) names as
    filing what ``noun``'s party files: it opens with the filing and a passive verb
    (Permohonan … diajukan oleh …), and they stand after the verb, not after a
    preposition of place (ke Mahkamah Konstitusi)."""
    doc, lex = state.doc, state.lex
    here = doc.sentence_at(position)
    if here is None:
        return []
    toks = doc.tokens
    for sent in reversed(doc.sentences[max(0, here.i - _MAX_SENTENCES_BACK):here.i]):
        words = [t for t in toks[sent.tok_start:sent.tok_end] if t.is_word]
        if not words or lex.case_filings.get(words[0].lower) != noun:
            continue
        verb = next((t for t in words[1:_VERB_REACH] if has_passive_shape(t, lex)), None)
        if verb is None:
            continue
        parties = []
        for o in state.entities.occurrences_between(verb.end, sent.end):
            if o.kind not in ("person", "organization") or state.in_quote(o.start):
                continue
            k = doc.token_index_at_or_after(o.start) - 1
            if k >= 0 and toks[k].lower in PLACE_PREPOSITIONS and toks[k].lower != AGENT_MARKER:
                continue  # diajukan ke Mahkamah Konstitusi: where, not who
            ent = state.entities.resolve(o.name, o.start, o.kind)
            if ent not in parties:
                parties.append(ent)
        return parties
    return []
