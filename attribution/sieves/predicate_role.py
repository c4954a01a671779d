"""Resolution: a speaker's role the text gives in a predicate, not beside the name
(``Maria Goreti (45) sibuk mencatat …. Sudah 12 tahun ia menjadi kader posyandu di desa
itu.``; ``Sudah 19 tahun ia mengajar di sekolah itu sebagai guru honorer.``; ``Supriyadi
(56), yang menjadi pengemudi sejak …``; ``Ratna, sehari-hari pedagang sayur, …``).

Only for a speaker the article gives no other role, and only a role held now: the
predicate's subject is the speaker's name, or ``ia``/``dia`` pointing back to the person
the narration is about (the last person named, as their sentence's or clause's subject,
in the sentences just before, with no quotation between), and nothing stands between the
subject and the predicate but how long (``sudah 12 tahun``) or a relative's ``yang``: so
``ingin menjadi``, ``akan menjadi``, ``bercita-cita menjadi`` and ``anaknya menjadi`` give
none, nor does a clause put at another time (``Dulu ia bekerja sebagai …``). The role is
the head noun phrase (``kader posyandu``, not ``… di desa itu``)."""
from __future__ import annotations

from ..entities import Entity, predicate_role
from ..mentions import age_at
from ._clauses import opens_its_clause
from .base import ArticleState

NAME = "predicate_role"
_ANTECEDENT_SENTENCES = 3  # how far back a subject pronoun points to the person narrated
_ADJUNCT_WORDS = 8  # most words between an occupation verb and sebagai (di sekolah itu)


def run(state: ArticleState) -> None:
    open_roles = {id(c.entity): c.entity for c in state.live()
                  if c.entity is not None and c.entity.kind == "person" and c.entity.role is None}
    if not open_roles:
        return
    toks = state.doc.tokens
    for k, t in enumerate(toks):
        verb = _predicate_start(state, k)
        if verb is None or state.in_quote(t.start):
            continue
        role = predicate_role(state.doc, k + 1, state.lex)
        if role is None:
            continue
        ent = _subject(state, verb)
        if ent is None or id(ent) not in open_roles or ent.role is not None:
            continue
        ent.roles.append((t.start, role))
        for cand in state.live():
            if cand.entity is ent:
                cand.rules["role"] = NAME


def _predicate_start(state: ArticleState, k: int) -> int | None:
    """Where the predicate that gives a role after token ``k`` starts: at ``k`` itself
    (``menjadi``, ``sehari-hari``), or at the occupation verb before a ``sebagai`` at ``k``
    (``mengajar di sekolah itu sebagai``)."""
    toks, lex = state.doc.tokens, state.lex
    low = toks[k].lower
    if low in lex.role_predicates:
        return k
    if low not in lex.capacity_markers:
        return None
    for v in range(k - 1, max(-1, k - 1 - _ADJUNCT_WORDS), -1):
        if toks[v].sent != toks[k].sent or not toks[v].is_word:
            return None
        if toks[v].lower in lex.occupation_verbs:
            return v
    return None


def _subject(state: ArticleState, verb: int) -> Entity | None:
    """The person the predicate opening at token ``verb`` is about: its subject, past how
    long (``sudah 12 tahun``), a relative's ``yang`` set off by a comma and an age; a name,
    or a subject pronoun pointing back."""
    toks, lex = state.doc.tokens, state.lex
    sent = toks[verb].sent
    j = verb - 1
    while j >= 0 and toks[j].sent == sent:
        low = toks[j].lower
        if low in lex.predicate_role_adverbs or low in lex.count_words or toks[j].text.isdigit():
            j -= 1
        elif toks[j].text == "," and toks[j + 1].lower in lex.predicate_role_adverbs:
            j -= 1  # Supriyadi, yang menjadi …; Ratna, sehari-hari …
        elif toks[j].text == ")" and age_at(toks, j - 2):
            j -= 3  # Supriyadi (56), yang …
        else:
            break
    if j < 0 or toks[j].sent != sent or toks[j].text == ",":
        return None
    first = state.doc.sentences[sent].tok_start
    if any(t.lower in lex.role_other_time_words and not state.in_quote(t.start) for t in toks[first:j]):
        return None  # Dulu ia bekerja sebagai …: not the role held now (whatever a quote before says)
    if toks[j].lower in lex.subject_pronouns:
        return _narrated_person(state, j)
    occ = next((o for o in state.entities.occurrences_between(toks[first].start, toks[j].end)
                if o.kind == "person" and o.end == toks[j].end), None)
    return state.entities.resolve(occ.name, occ.start) if occ is not None else None


def _narrated_person(state: ArticleState, pronoun: int) -> Entity | None:
    """The person a subject pronoun at token ``pronoun`` points back to: the last person
    named before it in the sentences just before, outside anyone's words and with none
    between, who opens their sentence or a clause (``Di bawah tenda, Maria … sibuk …``),
    not an object (``… bertemu Yuliana``, ``… kepada Yuliana``)."""
    doc, toks = state.doc, state.doc.tokens
    here = toks[pronoun]
    if state.in_quote(here.start):
        return None
    first = doc.sentences[max(0, here.sent - _ANTECEDENT_SENTENCES)]
    people = [o for o in state.entities.occurrences_between(first.start, here.start)
              if o.kind == "person" and not state.in_quote(o.start)]
    if not people:
        return None
    occ = people[-1]
    links = state.lex.leading_connectives - state.lex.object_prepositions
    if state.quote_spans_between(occ.end, here.start) or not opens_its_clause(state, occ, links):
        return None
    return state.entities.resolve(occ.name, occ.start)
