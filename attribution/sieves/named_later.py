"""Resolution: an unnamed source the article names later (``Seorang peneliti dari
Universitas Andalas menilai …. ”…,” jelas peneliti tersebut. Peneliti itu, Fadhli Amran,
…``; ``Pria itu adalah Rizal Efendi``): the records of that source take the name.

Features open so: a person is described first and named a few sentences on. The
description pointing back must repeat the head word of the unnamed source's, right
before the name, so that no other person is meant."""
from __future__ import annotations

from ..mentions import DEMONSTRATIVES, Mention, back_over_honorifics
from .base import ArticleState, Candidate

NAME = "named_later"
_MAX_SENTENCES_AFTER = 6  # from the unnamed source's last record to where it is named


def run(state: ArticleState) -> None:
    # Each unnamed source (by where its description stands) with the records it speaks.
    groups: dict[int, tuple[Mention, list[Candidate]]] = {}
    for cand in sorted(state.live(), key=lambda c: c.start):
        m = cand.speaker_mention or cand.mention
        if cand.entity is None and m is not None and m.description and m.indefinite and m.role:
            groups.setdefault(m.start, (m, []))[1].append(cand)
    for source, cands in groups.values():
        ent = _named_after(state, source.role.split()[0].lower(), max(c.sent for c in cands))
        if ent is None:
            continue
        if not ent.roles or ent.roles[0][0] > source.start:
            ent.roles.insert(0, (source.start, source.role))  # the description is who they are
        for cand in cands:
            cand.entity = ent
            cand.rules["speaker"] = NAME


def _named_after(state: ArticleState, head: str, last_sent: int):
    """The person a sentence after ``last_sent`` names right after a description with
    the same ``head`` pointing back (``Peneliti itu, Fadhli Amran,``; ``Pria itu adalah
    Rizal Efendi``)."""
    doc, lex = state.doc, state.lex
    for sent in doc.sentences[last_sent + 1:last_sent + 1 + _MAX_SENTENCES_AFTER]:
        toks = doc.sentence_tokens(sent)
        if len(toks) < 4 or toks[0].lower != head or toks[1].lower not in DEMONSTRATIVES \
                or not (toks[2].text == "," or toks[2].lower in lex.naming_links):
            continue
        name_tok = toks[3]
        for occ in state.entities.occurrences_between(name_tok.start, sent.end):
            k = back_over_honorifics(doc.tokens, doc.token_index_at_or_after(occ.start), lex)
            if occ.kind == "person" and k == name_tok.i:
                return state.entities.resolve(occ.name, occ.start)
        return None
    return None
