"""Resolution: an unnamed source the article names later (``Seorang peneliti dari
Universitas Andalas menilai …. ”…,” jelas peneliti tersebut. Peneliti itu, Fadhli Amran,
…``; ``Pria itu adalah Rizal Efendi``; ``Ketua panitia mengatakan …. Ia adalah Kepala
Dinas Pariwisata, Rudi Hartono.``; ``Kuasa hukum pemohon menilai …. ”…,” kata Rudi,
kuasa hukum pemohon``): the records of that source take the name.

Features open so: a person is described first and named a few sentences on. The
description pointing back must repeat the head word of the unnamed source's latest
description, right before the name, so that no other person is meant; a pronoun (``Ia
adalah …``) may point back only from the sentence right after the source's last record."""
from __future__ import annotations

from dataclasses import dataclass, field

from ..mentions import DEMONSTRATIVES, Mention, back_over_honorifics, is_title_word, opens_a_rank
from .base import ArticleState, Candidate

NAME = "named_later"
_MAX_SENTENCES_AFTER = 6  # from the unnamed source's last record to where it is named


@dataclass
class _UnnamedSource:
    first: Mention  # the description that brings the source in: its role
    latest: Mention  # the latest description of it, which a naming sentence repeats
    records: list[Candidate] = field(default_factory=list)


def run(state: ArticleState) -> None:
    for source in _unnamed_sources(state):
        last_sent = max(c.sent for c in source.records)
        ent = _named_after(state, source.latest.role.split()[0].lower(), last_sent) \
            or _given_the_same_description(state, source, last_sent)
        if ent is None:
            continue
        if not ent.roles or ent.roles[0][0] > source.first.start:
            ent.roles.insert(0, (source.first.start, source.first.role))  # the description is who they are
        for cand in source.records:
            cand.entity = ent
            cand.rules["speaker"] = NAME


def _unnamed_sources(state: ArticleState) -> list[_UnnamedSource]:
    """Each unnamed source, by the description that brings it in, with the records it
    speaks: those of that description, and the unnamed records right after them whose
    pronoun or description points back (``Menurut dia``; ``ujar perwira yang … itu``),
    with no one named between."""
    sources: list[_UnnamedSource] = []
    current: _UnnamedSource | None = None
    for cand in sorted(state.live(), key=lambda c: c.start):
        m = cand.speaker_mention or cand.mention
        if cand.entity is not None or m is None or cand.unattributed:
            current = None  # someone named between (or a body never named): a pointer after it is theirs
            continue
        described = m.description and bool(m.role)
        if current is not None and (m is current.latest or _points_back(state, m)):
            current.records.append(cand)
            if described:
                current.latest = m
        elif described:
            current = _UnnamedSource(m, m, [cand])
            sources.append(current)
        else:
            current = None
    return sources


def _points_back(state: ArticleState, m: Mention) -> bool:
    """A pronoun, or a description closed by a demonstrative, right after it or after a
    relative clause (``perwira menengah yang baru memimpin satgas itu``)."""
    if m.pronoun or m.demonstrative:
        return True
    if not m.description or m.indefinite:
        return False
    doc = state.doc
    sent = doc.sentence_at(m.start)
    rest = [t for t in doc.tokens[doc.token_index_at_or_after(m.end):sent.tok_end] if t.is_word] if sent else []
    return len(rest) > 1 and rest[0].lower == "yang" and rest[-1].lower in DEMONSTRATIVES


def _named_after(state: ArticleState, head: str, last_sent: int):
    """The person a sentence after ``last_sent`` names right after a description with
    the same ``head`` pointing back (``Peneliti itu, Fadhli Amran,``; ``Pria itu adalah
    Rizal Efendi``), or, in the very next sentence, after a pronoun and a naming link
    (``Ia adalah Kepala Dinas Pariwisata, Rudi Hartono``)."""
    doc, lex = state.doc, state.lex
    for sent in doc.sentences[last_sent + 1:last_sent + 1 + _MAX_SENTENCES_AFTER]:
        toks = doc.sentence_tokens(sent)
        if sent.i == last_sent + 1 and len(toks) > 2 and toks[0].lower in lex.person_pronouns \
                and toks[1].lower in lex.naming_links:
            return _person_after_role(state, toks[2:], sent.end)
        if len(toks) < 4 or toks[0].lower != head or toks[1].lower not in DEMONSTRATIVES \
                or not (toks[2].text == "," or toks[2].lower in lex.naming_links):
            continue
        return _person_after_role(state, toks[3:], sent.end)
    return None


_MAX_SENTENCES_TO_SAME_DESCRIPTION = 12  # the whole description repeated: a longer reach
_MIN_DESCRIPTION_WORDS = 2  # kuasa hukum | pemohon: a title and whose it is, not a bare noun


def _given_the_same_description(state: ArticleState, source: _UnnamedSource, last_sent: int):
    """The one person the article gives, some sentences after the source's last record (a
    lede's source may be named past a photo's caption), the very description that brought
    the source in, as their role (Kuasa hukum pemohon menilai …. ”…,” kata Rudi Hartono,
    kuasa hukum pemohon), and who is quoted; None for a bare noun or people of a kind
    (Petugas, Warga desa), where two people hold that role, or where the holder had it
    before the source spoke; nor for a source the article leaves unnamed on purpose
    (Seorang pejabat …), or where the holder speaks in no sentence giving the role (Tahun
    lalu, kepala desa setempat, Rudi, ditangkap …: a story about them, not their words)."""
    doc, lex = state.doc, state.lex
    if source.first.indefinite:
        return None
    want = tuple(w.lower() for w in source.first.role.split())
    if len(want) < _MIN_DESCRIPTION_WORDS or lex.names_a_class(list(want)):
        return None
    first = min(c.start for c in source.records)
    end = doc.sentences[min(last_sent + _MAX_SENTENCES_TO_SAME_DESCRIPTION, len(doc.sentences) - 1)].end
    holders = {ent.key: ent for ent in state.entities.entities.values() if ent.kind == "person"
               for pos, role in ent.roles if tuple(w.lower() for w in role.split()) == want}
    if len(holders) != 1:
        return None
    ent = next(iter(holders.values()))
    at = [pos for pos, role in ent.roles if tuple(w.lower() for w in role.split()) == want]
    if min(at) <= first or min(at) >= end:
        return None
    given_in = {doc.sentence_at(pos).i for pos in at}
    if not any(c.entity is ent and c.sent in given_in for c in state.live()):
        return None
    return ent


def _person_after_role(state: ArticleState, toks, end: int):
    """The first person named in ``toks``, right at their start or after a title they
    hold (``Kepala Dinas Pariwisata, Rudi Hartono``; ``Letnan Kolonel (Inf) Rudi``); None after a kinship word, whose
    name is the relative's (``anak sulung Rudi Hartono``), or other words."""
    doc, lex = state.doc, state.lex
    person = next((o for o in state.entities.occurrences_between(toks[0].start, end) if o.kind == "person"), None)
    if person is None:
        return None
    k = back_over_honorifics(doc.tokens, doc.token_index_at_or_after(person.start), lex)
    between = doc.tokens[toks[0].i:k]
    if between and (not (is_title_word(between[0], lex) or opens_a_rank(between, 0, lex))
                    or any(lex.is_relation_word(t.text) for t in between)):
        return None
    return state.entities.resolve(person.name, person.start)
