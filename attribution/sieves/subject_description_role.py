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
someone else the article names holds (``Kepala desa itu`` of the kepala desa), nor where
the sentence before brings in someone else the demonstrative may point to, in lowercase:
a noun of the description's head (``… menemui gurunya. Guru itu …``), a relative (``Budi
mengantar anaknya …. Siswa kelas V … itu``) or another word for a person (``… menolong
seorang bocah``), outside what that sentence says the one named is (an apposition after
the name, a predicate after ``adalah``)."""
from __future__ import annotations

from ..entities import PLACE_PREPOSITIONS, Entity, NameOccurrence
from ..mentions import (DEMONSTRATIVES, age_at, is_title_word, looks_like_a_passive, looks_like_a_verb, parse_mention,
                        without_enclitic)
from ._clauses import opens_its_clause, people_named_in
from .base import ArticleState

NAME = "subject_description_role"
_MAX_DESCRIPTION_WORDS = 10  # Siswa kelas VI SD Negeri 2 Sukamaju itu
_BRACKETS = ("(", ")")


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
        text, at, head = role
        named = _person_before(state, sent, text)
        if named is None:
            continue
        ent, occ = named
        if id(ent) not in open_roles or ent.role is not None or _someone_else_before(state, occ, head):
            continue
        ent.roles.append((at, text))
        for cand in state.live():
            if cand.entity is ent:
                cand.rules["role"] = NAME


def _description_opening(state: ArticleState, sent) -> tuple[str, int, str] | None:
    """The role the description opening sentence ``sent`` as its subject gives, where it
    stands and its head word; None where the sentence opens otherwise. After a fronted
    clause (``Sejak tanggul itu dibangun di pesisir Desa X, Kecamatan Y, nelayan itu harus
    …``) the subject opens after one of its commas: the first such description there."""
    doc, lex = state.doc, state.lex
    toks = doc.sentence_tokens(sent)
    if not toks or state.in_quote(toks[0].start) or not toks[0].is_word:
        return None
    found = _description_at(state, toks)
    if found is not None or toks[0].lower not in lex.subordinate_clause_openers:
        return found
    for k, t in enumerate(toks[:-1]):
        if t.text == "," and toks[k + 1].is_word and not toks[k + 1].is_capitalized:
            found = _description_at(state, toks[k + 1:])
            if found is not None:
                return found
    return None


def _description_at(state: ArticleState, toks: list) -> tuple[str, int, str] | None:
    """The role a description opening ``toks`` (a sentence's, or its main clause's after a
    fronted clause) gives, closed by a demonstrative and followed by its predicate."""
    doc, lex = state.doc, state.lex
    if not toks or state.in_quote(toks[0].start) or not toks[0].is_word:
        return None
    end = next((k for k, t in enumerate(toks[:_MAX_DESCRIPTION_WORDS + 1]) if t.lower in DEMONSTRATIVES), None)
    if end is None or end < 1 or end + 1 >= len(toks):
        return None
    predicate = toks[end + 1]
    if not predicate.is_word or predicate.is_capitalized or predicate.lower == "yang":
        return None
    words = toks[:end]
    if any(t.lower == "yang" or not (t.is_word or t.text in _BRACKETS) for t in words):
        return None  # Pria yang akrab disapa …: a relative clause, no role
    lowered = [t.lower for t in words]
    if not (lex.opens_a_description(lowered) or is_title_word(words[0], lex)) \
            or lowered[0] in lex.relation_heads:
        return None  # Orangtua dari A itu, Ibu dua anak itu: what the person is to someone, no role
    m = parse_mention(doc, toks[:end + 1], lex)
    if m is None or not m.description or not m.demonstrative or not m.role or lex.is_no_role(m.role):
        return None
    role_words = m.role.split()
    number = next((k for k, w in enumerate(role_words) if w.isdigit()), None)
    if number is not None and all(lex.is_no_role(w) for w in role_words[:number]):
        return None  # Bocah 11 tahun itu: a word for a youngster and an age, no role
    if state.entities.by_role(m.role, m.start) is not None:
        return None  # Kepala desa itu: the one the article named with that title
    role = m.role
    cut = next((k for k, t in enumerate(words) if k > 0 and t.lower in PLACE_PREPOSITIONS
                and (words[k + 1:k + 2] and words[k + 1].lower in lex.body_determiners
                     or lex.singular_determiner_length([x.lower for x in words[k + 1:k + 3]]))), None)
    if cut is not None and words[0].start == m.start and doc.text[m.start:words[cut].start].strip():
        # Mahasiswi semester enam di sebuah kampus di Yogyakarta itu: a place no one is
        # told by (a, one of many) is no part of the role.
        role = doc.text[m.start:words[cut - 1].end]
    return role, m.start, words[0].lower


def _someone_else_before(state: ArticleState, occ: NameOccurrence, head: str) -> bool:
    """Whether the sentence naming ``occ`` brings in, in lowercase, someone else a
    description with the head word ``head`` may point back to: a noun of that head
    anywhere in it (… menemui gurunya. Guru itu …), or a relative or another word for a
    person (Budi mengantar anaknya …; Bersama ibunya, Budi …; … menolong seorang bocah)
    outside what it says the one named is: an apposition set off after the name (Budi
    (45), ayah dua anak, …) and a predicate after a linking word (Anneke adalah contoh lain
    arsitek …)."""
    doc, lex = state.doc, state.lex
    toks = doc.sentence_tokens(doc.sentence_at(occ.start))
    if any(not t.is_capitalized and without_enclitic(t.lower) == head for t in toks):
        return True
    linking = lex.naming_links | lex.role_predicates | lex.capacity_markers
    k, after_the_name = 0, False
    while k < len(toks):
        t = toks[k]
        if occ.start <= t.start < occ.end:
            k, after_the_name = _after_apposition(toks, k, occ), True
            continue
        if after_the_name and t.lower in linking:
            return False  # what the one named is, not someone else
        if t.is_word and not t.is_capitalized and _a_person_word(without_enclitic(t.lower), lex):
            return True
        k += 1
    return False


def _after_apposition(toks: list, k: int, occ: NameOccurrence) -> int:
    """The index of the first token after the name at ``k``, its age in brackets and an
    apposition set off by commas after them (Budi Santoso (45), ayah dua anak, …)."""
    while k < len(toks) and toks[k].start < occ.end:
        k += 1
    if age_at(toks, k):
        k += 3
    if k < len(toks) and toks[k].text == ",":
        close = next((j for j in range(k + 1, len(toks)) if toks[j].text == ","), None)
        if close is not None:
            k = close + 1
    return k


def _a_person_word(word: str, lex) -> bool:
    """A word for a person: a relative (anak, istri), a man, a woman or a youngster
    (pria, bocah), or a role's head (siswa, guru)."""
    return word in lex.relation_heads or word in lex.person_nouns or word in lex.descriptive_role_heads \
        or word in lex.title_heads


def _person_before(state: ArticleState, sent, role: str) -> tuple[Entity, NameOccurrence] | None:
    """The one person the sentence right before ``sent`` names, as its subject or brought
    in with an age in brackets (``Layar ponsel Nadia (21) …``), outside anyone's words and
    with nothing quoted between, and that naming; None where it names no one or more.
    Where that sentence names no one and brings in no one else in lowercase (``Dalam
    sehari, katanya, ada belasan …``: it goes on about them), the one the sentence before
    it names so. Not where a lowercase noun of the description ``role`` past its head
    (``Sopir bus itu``: bus) stands in a sentence stepped back over (``Sebuah bus datang
    …``) or, for the owner of the subject, after the owner (``Mobil milik Budi (45)
    ditabrak truk …. Sopir truk itu``): the description is of that thing's person."""
    doc = state.doc
    nouns = _field_nouns(role)
    for back in range(1, _MAX_SENTENCES_BACK + 1):
        if sent.i - back < 0:
            return None
        prev = doc.sentences[sent.i - back]
        people = people_named_in(state, prev)
        if state.quote_spans_between(prev.start, sent.start):
            return None
        if people:
            break
        if _brings_in_someone(state, prev) or _holds_a_noun(state, prev.start, prev.end, nouns):
            return None
    else:
        return None
    entities = {id(state.entities.resolve(o.name, o.start)): o for o in people}
    if len(entities) != 1:
        return None
    occ = people[0]
    if not opens_its_clause(state, occ, state.lex.leading_connectives):
        if not _owner_in_the_subject(state, occ) or _holds_a_noun(state, occ.end, prev.end, nouns):
            return None
    return state.entities.resolve(occ.name, occ.start), occ


def _owner_in_the_subject(state: ArticleState, occ: NameOccurrence) -> bool:
    """Whether the name, with its age in brackets, closes the noun phrase its sentence
    opens with, as the owner of the thing that is the subject (``Layar ponsel Laras
    (23) …``, ``Jaring milik Sapri (61) …``): no verb before it, so the article brings
    the person in there; not an object after a verb (``angkutan menjemput Dimas (11)``)."""
    doc, lex = state.doc, state.lex
    k = doc.token_index_at_or_after(occ.end)
    if not age_at(doc.tokens, k):
        return False
    sent = doc.sentence_at(occ.start)
    before = doc.tokens[sent.tok_start:doc.token_index_at_or_after(occ.start)]
    dash = max((k for k, t in enumerate(before[:_DATELINE_WORDS]) if t.text in _DASHES), default=-1)
    before = before[dash + 1:]  # tirto.id - Layar ponsel …: past the dateline
    return bool(before) and all(t.is_word and not looks_like_a_verb(t) and not looks_like_a_passive(t, lex)
                                and not lex.is_reporting_verb(t.text) for t in before)


def _field_nouns(role: str) -> frozenset[str]:
    """The lowercase words of a description's role past its head (Sopir bus: bus; Siswa
    kelas V: kelas): the field or thing the role is of."""
    return frozenset(w for w in role.split()[1:] if w.isalpha() and w.islower() and w not in PLACE_PREPOSITIONS)


def _holds_a_noun(state: ArticleState, start: int, end: int, nouns: frozenset[str]) -> bool:
    """Whether characters [start, end) hold, in lowercase, one of ``nouns``."""
    return bool(nouns) and any(t.is_word and not t.is_capitalized and without_enclitic(t.lower) in nouns
                               for t in state.doc.tokens_between(start, end))


_DATELINE_WORDS = 6  # KOMPAS.com -, tirto.id -, JAKARTA, KOMPAS —
_DASHES = frozenset({"-", "—", "–"})
_MAX_SENTENCES_BACK = 2  # the name, then one sentence going on about the one named


def _brings_in_someone(state: ArticleState, sent) -> bool:
    """Whether sentence ``sent`` holds a lowercase word for a person (a relative, a man or
    a woman, a role's head), someone else a description after it may point back to."""
    return any(t.is_word and not t.is_capitalized and _a_person_word(without_enclitic(t.lower), state.lex)
               for t in state.doc.sentence_tokens(sent))
