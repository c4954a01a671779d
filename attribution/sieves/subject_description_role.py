"""Resolution: a speaker's role given by a description that opens the next sentence as
its subject and points back (``Dimas Pratama (11) menunggu di tepi jalan. Siswa kelas V
SD Negeri 1 Sukamaju itu berjalan dua kilometer setiap hari.``): the description is the
role of the one person the sentence before names, where the article gives that person
none.

Only where the sentence right before names one person, outside anyone's words, opening
the sentence or a clause (the subject), and nothing is quoted between; the description
is a role's head and its complement, closed by ``itu``/``tersebut``/``ini`` and followed
by its predicate, with no relative clause (``Pria yang akrab disapa …``). Not what the
person is to someone (``Ibu dua anak itu``, ``Orangtua dari Dimas itu``), their age alone
(``Bocah 11 tahun itu``) or a word that only says they are a man or a woman; not a role
someone else the article names holds (``Kepala desa itu`` of the kepala desa), nor a noun
the sentence before uses (``… menemui gurunya. Guru itu …``: the demonstrative points to
that noun)."""
from __future__ import annotations

from ..entities import Entity
from ..mentions import DEMONSTRATIVES, is_title_word, parse_mention
from ._clauses import opens_its_clause
from .base import ArticleState

NAME = "subject_description_role"
_MAX_DESCRIPTION_WORDS = 10  # Siswa kelas VI SD Negeri 2 Sukamaju itu


def run(state: ArticleState) -> None:
    open_roles = {id(c.entity): c.entity for c in state.live()
                  if c.entity is not None and c.entity.kind == "person" and c.entity.role is None}
    if not open_roles:
        return
    doc = state.doc
    for sent in doc.sentences[1:]:
        role = _description_opening(state, sent)
        if role is None:
            continue
        text, at = role
        ent = _person_before(state, sent)
        if ent is None or id(ent) not in open_roles or ent.role is not None:
            continue
        ent.roles.append((at, text))
        for cand in state.live():
            if cand.entity is ent:
                cand.rules["role"] = NAME


def _description_opening(state: ArticleState, sent) -> tuple[str, int] | None:
    """The role the description opening sentence ``sent`` as its subject gives, and where
    it stands; None where the sentence opens otherwise."""
    doc, lex = state.doc, state.lex
    toks = doc.sentence_tokens(sent)
    if not toks or state.in_quote(toks[0].start) or not toks[0].is_word:
        return None
    end = next((k for k, t in enumerate(toks[:_MAX_DESCRIPTION_WORDS + 1]) if t.lower in DEMONSTRATIVES), None)
    if end is None or end < 1 or end + 1 >= len(toks):
        return None
    predicate = toks[end + 1]
    if not predicate.is_word or predicate.is_capitalized or predicate.lower == "yang":
        return None
    words = toks[:end]
    if any(t.lower == "yang" or not (t.is_word or t.text in "()") for t in words):
        return None  # Pria yang akrab disapa …: a relative clause, no role
    lowered = [t.lower for t in words]
    if not (lex.opens_a_description(lowered) or is_title_word(words[0], lex)) \
            or lowered[0] in lex.relation_heads:
        return None  # Orangtua dari A itu, Ibu dua anak itu: what the person is to someone, no role
    m = parse_mention(doc, toks[:end + 1], lex)
    if m is None or not m.description or not m.demonstrative or not m.role or lex.is_no_role(m.role):
        return None
    if any(w.isdigit() for w in m.role.split()) and all(lex.is_no_role(w) or w.isdigit() or w.lower() == "tahun"
                                                        for w in m.role.split()):
        return None  # Bocah 11 tahun itu: an age, no role
    if state.entities.by_role(m.role, m.start) is not None:
        return None  # Kepala desa itu: the one the article named with that title
    prev = doc.sentences[sent.i - 1]
    head = words[0].lower
    if any(t.lower in (head, head + "nya") and not t.is_capitalized for t in doc.sentence_tokens(prev)):
        return None  # … menemui gurunya. Guru itu …: that noun, not the person named
    return m.role, m.start


def _person_before(state: ArticleState, sent) -> Entity | None:
    """The one person the sentence right before ``sent`` names, as its subject, outside
    anyone's words and with nothing quoted between; None where it names no one or more."""
    doc = state.doc
    prev = doc.sentences[sent.i - 1]
    people = [o for o in state.entities.occurrences_between(prev.start, prev.end)
              if o.kind == "person" and not state.in_quote(o.start)]
    if not people or state.quote_spans_between(prev.start, sent.start):
        return None
    entities = {id(state.entities.resolve(o.name, o.start)): o for o in people}
    if len(entities) != 1:
        return None
    occ = people[0]
    if not opens_its_clause(state, occ, state.lex.leading_connectives):
        return None
    return state.entities.resolve(occ.name, occ.start)
