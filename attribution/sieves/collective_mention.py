"""Resolution: a collective subject, a count or its ``ke-`` form and a noun for bodies
(``Lima organisasi profesi kesehatan menyatakan …``, ``Kedua instansi menyatakan …``,
``Kelima organisasi itu menilai …``), is the bodies the article lists next to it, as
many as the count says: after an indefinite count, in the sentence that follows
(``Pernyataan itu ditandatangani A, B, C, D, dan E``); after a definite one, in its own
sentence before it or the latest one before that lists bodies (``… diumumkan A bersama
B …. Kedua instansi …``). The first listed speaks, the others with it. And ``para`` with a
title (``Dalam komunike bersama, para menteri menegaskan …``) is the body whose holders of
that title the article named so before (``Para menteri luar negeri ASEAN menyepakati …``).
Where no list of that many bodies stands there, or no such body was named, the record
keeps no speaker: none is invented."""
from __future__ import annotations

from ..mentions import (DEMONSTRATIVES, LIST_CONJUNCTIONS, a_body_named_whole, another_body_begins, is_place_phrase,
                        looks_like_a_passive, looks_like_a_verb, opens_a_body, parse_mention)
from .base import ArticleState

NAME = "collective_mention"
_SENTENCES_BACK = 2  # a definite count: its own sentence, then up to two before
_SENTENCES_ON = 2  # an indefinite count: the next two sentences (… disampaikan di Jakarta. … ditandatangani A, B …)
_MAX_PHRASE = 8  # Para menteri luar negeri ASEAN: the words of a collective phrase


def run(state: ArticleState) -> None:
    lex = state.lex
    for cand in state.live():
        m = cand.mention
        if cand.entity is not None or m is None or not m.description or m.name or m.pronoun:
            continue
        collective = _collective(m.text, lex)
        if collective is None:
            continue
        count, noun, definite = collective
        if count is not None and noun in lex.collective_body_nouns:
            bodies = _bodies_listed_before(state, m.start, count) if definite \
                else _bodies_listed_after(state, m.start, count)
            if not bodies:
                continue
            # (description_mention may have kept the record with no speaker, finding no
            # one body the noun points back to: a count names several.)
            cand.entity, cand.co_entities = bodies[0], bodies[1:]
            cand.rules["speaker"] = NAME + (":before" if definite else ":after")
        elif count is None and _a_title_of_members(noun, lex):
            body = _members_body_named_before(state, m.start, noun)
            if body is None:
                continue
            cand.entity = body
            cand.rules["speaker"] = NAME + ":members"
        else:
            continue
        cand.unattributed = None
        cand.speaker_mention = m


def _collective(text: str, lex):
    """(count, noun, definite) for ``lima organisasi …`` (5, organisasi, False),
    ``kelima organisasi itu`` (5, …, True), ``para menteri`` (None, menteri, True); None
    for anything else."""
    words = text.lower().split()
    definite = False
    while words and words[-1] in DEMONSTRATIVES:
        words, definite = words[:-1], True
    if len(words) < 2:
        return None
    first, rest = words[0], words[1:]
    if rest[0] in lex.pair_noun_fillers and len(rest) > 1:
        rest = rest[1:]  # kedua belah pihak
    if first in lex.collective_determiners:
        return (None, rest[0], True) if len(rest) == 1 else None  # para menteri, not para menteri X
    prefix = lex.definite_count_prefix
    count = lex.count_words.get(first)
    if count is None and first.startswith(prefix):
        count = lex.count_words.get(first[len(prefix):])
        definite = definite or count is not None
    if count is None or count < 2:
        return None
    noun = " ".join(rest[:2]) if " ".join(rest[:2]) in lex.collective_body_nouns else rest[0]
    return count, noun, definite


def _bodies_listed_before(state: ArticleState, position: int, count: int) -> list:
    """The bodies of the latest list before ``position`` in its sentence or the few
    before it, where that list has ``count`` bodies; [] where it has another number."""
    doc = state.doc
    here = doc.sentence_at(position)
    if here is None:
        return []
    for i in range(here.i, max(-1, here.i - _SENTENCES_BACK - 1), -1):
        sent = doc.sentences[i]
        lists = _lists_in(state, sent, min(position, sent.end))
        if lists:
            return _as_entities(state, lists[-1]) if len(lists[-1]) == count else []
    return []


def _bodies_listed_after(state: ArticleState, position: int, count: int) -> list:
    """The bodies the first sentence after ``position``'s (of the next two) that lists
    bodies lists after its verb (… ditandatangani
    A, B, dan C; Mereka adalah A dan B), where they are ``count``; not a list that is that
    sentence's own subject (Sementara itu, A dan B mendukung …: other bodies)."""
    doc = state.doc
    here = doc.sentence_at(position)
    if here is None:
        return []
    for sent in doc.sentences[here.i + 1:here.i + 1 + _SENTENCES_ON]:
        lists = _lists_in(state, sent, sent.end)
        if not lists:
            continue
        lists = [parts for parts in lists if _after_a_verb(state, sent, parts[0][0])]
        return _as_entities(state, lists[0]) if len(lists) == 1 and len(lists[0]) == count else []
    return []


def _after_a_verb(state: ArticleState, sent, first) -> bool:
    """Whether the list from token ``first`` is what its sentence names as the bodies:
    after a naming link or listing marker (Ketiganya adalah A, B, dan C; yakni …), or after
    a passive in a sentence opened by a statement or document (Pernyataan sikap
    ditandatangani A, B, dan C); not the attendees or proposers of something else (Rapat
    itu dihadiri A dan B; Revisi tersebut diusulkan A dan B)."""
    lex = state.lex
    words = [t for t in state.doc.tokens[sent.tok_start:first.i] if t.is_word]
    if any(not t.is_capitalized and (t.lower in lex.naming_links or t.lower in lex.listing_markers)
           for t in words):
        return True
    return bool(words) and (words[0].lower in lex.voiced_statement_heads
                            or words[0].lower in lex.authored_documents) \
        and any(not t.is_capitalized and looks_like_a_passive(t, lex) for t in words[1:])


def _as_entities(state: ArticleState, parts: list) -> list:
    bodies = []
    for part in parts:
        if len(part) > 2 and part[-1].text == ")":
            opening = max(k for k, t in enumerate(part) if t.text == "(")
            if opening and all(t.text.isupper() for t in part[opening + 1:-1]):
                part = part[:opening]  # Pengurus Besar Ikatan Dokter Indonesia (PB IDI): the name, not its acronym
        name = state.doc.text[part[0].start:part[-1].end]
        ent = state.entities.resolve(name, part[0].start, "organization")
        if ent not in bodies:
            bodies.append(ent)
    return bodies if len(bodies) == len(parts) else []


def _lists_in(state: ArticleState, sent, end: int) -> list[list[list]]:
    """The lists of two or more bodies outside quotation marks in ``sent`` before ``end``,
    in text order, each a list of the bodies' words: capitalised names (a bracketed
    acronym after one its part) joined by commas, dan, serta or bersama (dengan); a place
    set off after a body is part of its name (Dinas X, Jawa Timur, dan …), and a dan
    before words that open no body joins the fields of one name (Kementerian Energi dan
    Sumber Daya Mineral)."""
    doc, lex = state.doc, state.lex
    toks = doc.tokens
    runs, k = [], sent.tok_start
    stop = doc.token_index_at_or_after(end)
    while k < min(sent.tok_end, stop):
        t = toks[k]
        if not (t.is_word and t.is_capitalized) or state.in_quote(t.start):
            k += 1
            continue
        j = k
        while j < stop and (toks[j].is_word and toks[j].is_capitalized or toks[j].text == "("):
            if toks[j].text == "(":
                close = next((x for x in range(j + 1, min(j + 6, stop)) if toks[x].text == ")"), None)
                if close is None:
                    break
                j = close
            j += 1
        runs.append(toks[k:j])
        k = j
    lists, current = [], []
    for n, run in enumerate(runs):
        gap = toks[runs[n - 1][-1].i + 1:run[0].i] if n else []
        joined = bool(gap) and all(x.text == "," or x.lower in LIST_CONJUNCTIONS or x.lower in lex.together_words
                                   or x.lower in lex.together_links for x in gap)
        after_dan = joined and gap[-1].lower in LIST_CONJUNCTIONS and len(gap) == 1
        if current and joined and is_place_phrase(run, lex) and gap[-1].text == ",":
            current[-1] = current[-1] + gap + run  # Dinas X, Jawa Timur: the place of its name
            continue
        if current and after_dan and not opens_a_body(run, lex) and not another_body_begins(run, lex) \
                and all(not x.ner.endswith("-PER") for x in run):
            current[-1] = current[-1] + gap + run  # … Energi dan Sumber Daya Mineral: one name
            continue
        body = _a_body(run, lex, first=not (current and joined))
        if current and joined and body:
            current.append(run)
            continue
        if len(current) > 1:
            lists.append(current)
        current = [run] if body else []
    if len(current) > 1:
        lists.append(current)
    return lists


def _a_body(run: list, lex, first: bool) -> bool:
    """Whether the capitalised words ``run`` name a body: opening with a body's word or
    tagged so where they start, or, first in a list, holding a body's head word
    (Pengurus Besar Ikatan …); never a person's name or a place alone."""
    if any(t.ner.endswith("-PER") for t in run) or is_place_phrase(run, lex):
        return False
    if opens_a_body(run, lex) or another_body_begins(run, lex) or (first and a_body_named_whole(run, lex)):
        return True
    return any(t.is_word and t.lower in lex.organization_heads for t in run[1:])


def _a_title_of_members(noun: str, lex) -> bool:
    """Whether ``para <noun>`` may stand for a body its holders belong to: a title (para
    menteri, para hakim), not people who speak for themselves (para warga, para karyawan,
    para penumpang: members_people_nouns, residence_heads, event_role_heads)."""
    return noun in lex.title_heads and noun not in lex.collective_body_nouns \
        and noun not in lex.members_people_nouns and noun not in lex.residence_heads \
        and noun not in lex.event_role_heads


def _members_body_named_before(state: ArticleState, position: int, noun: str):
    """The body of the latest ``para <noun> … <Body>`` outside quotation marks before
    ``position`` (Para menteri luar negeri ASEAN …), for ``para <noun>`` alone; None where
    the article named no such body."""
    doc, lex = state.doc, state.lex
    toks = doc.tokens
    for k in range(doc.token_index_at_or_after(position) - 1, 0, -1):
        t = toks[k]
        if t.lower != noun or toks[k - 1].lower not in lex.collective_determiners or state.in_quote(t.start):
            continue
        # para, the title, lowercase words, then the capitalised words of the body's name
        # (Para menteri luar negeri ASEAN berfoto …: up to ASEAN).
        # No verb or preposition before it (Para menteri pertanian bertemu di Bali: no body).
        j, named = k + 1, False
        while j < len(toks) and j - k < _MAX_PHRASE and toks[j].sent == t.sent and toks[j].is_word \
                and not (named and not toks[j].is_capitalized):
            if not toks[j].is_capitalized and _verb_or_preposition(toks[j], lex):
                break
            named = named or toks[j].is_capitalized
            j += 1
        if not named:
            continue
        m = parse_mention(doc, toks[k - 1:j], lex)
        if m is not None and m.name and m.kind == "organization" and not m.description:
            return state.entities.resolve(m.name, m.name_start, "organization")
    return None


def _verb_or_preposition(tok, lex) -> bool:
    """Whether the lowercase word ``tok`` ends a title's phrase: a verb (active, passive,
    or ber-: bertemu) or a preposition (di, ke, dari)."""
    return looks_like_a_verb(tok) or looks_like_a_passive(tok, lex) or tok.lower.startswith(lex.intransitive_verb_prefix) \
        or tok.lower in lex.place_prepositions or tok.lower in lex.adjunct_prepositions
