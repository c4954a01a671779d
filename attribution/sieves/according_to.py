"""Detection: ``Menurut X, …`` and ``Menurutnya, …``: the clause after the comma is X's."""
from __future__ import annotations

from ..mentions import Mention, age_at, body_name_end_after, firm_name_end_after, parse_mention, speaker_np_after
from ._clauses import open_sentences, overlaps_direct, reported_clause
from .base import ArticleState, Candidate

NAME = "according_to"


def run(state: ArticleState) -> None:
    _run(state, asides=False)


def run_asides(state: ArticleState) -> None:
    """The second pass, after reported_speech (``according_to_aside``): ``yang
    menurutnya`` on the object of a speech verb is the view's own record where the
    sentence has none (``X mengkritik kebijakan impor yang menurutnya merugikan
    petani``: the verb reports no clause); where reported_speech gave the sentence its
    record (``X meminta dinas meninjau tarif yang menurutnya …``) the aside is inside it."""
    _run(state, asides=True)


def _run(state: ArticleState, asides: bool) -> None:
    doc, lex = state.doc, state.lex
    for sent, toks in open_sentences(state):
        for t in toks:
            if (t.lower not in lex.according_to and t.lower not in lex.according_to_self) or state.in_quote(t.start):
                continue
            if _inside_a_statement(state, sent, t.i):
                break  # Airlangga menyatakan, …, menurut pemerintah, …: Airlangga speaks (reported_speech)
            aside = _aside_in_a_reported_object(state, sent, t.i)
            if aside == "questioning":
                break  # Warga mempertanyakan angka yang menurutnya …: no statement of its own
            if (aside is not None) != asides:
                break  # X meminta dinas meninjau tarif yang menurutnya …: after reported_speech (run_asides)
            nxt = doc.tokens[t.i + 1] if t.i + 1 < sent.tok_end else None
            if t.lower in lex.according_to_self:
                mention = Mention(t.end - 3, t.end, "nya", pronoun=True)
                after = t.i + 1
            elif nxt is not None and nxt.lower.endswith("nya") and nxt.lower[:-3] in lex.judgement_nouns:
                # menurut hitungannya, …: by his reckoning, as menurutnya.
                mention = Mention(nxt.end - 3, nxt.end, "nya", pronoun=True)
                after = t.i + 2
            else:
                comma = next((u.i for u in toks if u.i > t.i and u.text == ","), None)
                if comma is None:
                    break
                comma = end_of_appositives(doc, comma, sent.tok_end, lex)
                np = speaker_np_after(doc, t.i + 1, comma, lex)
                if len(np) > 1 and not np[0].is_capitalized and np[0].lower in lex.judgement_nouns \
                        and (np[1].is_capitalized or tuple(x.lower for x in np[1:]) in lex.group_speakers):
                    # menurut pengakuan Stefanus, menurut kesaksian Hendra: by their account,
                    # as menurut Stefanus; the name after the noun speaks, or the group
                    # (menurut pengakuan para tersangka).
                    np = np[1:]
                if np and _names_a_rule(state, np[0]):
                    break  # menurut Undang-Undang X, pulau kecil …: what a rule provides, no one's words
                mention = parse_mention(doc, np, lex) if np else None
                if mention is None:
                    break
                after = comma + 1
            after = _after_own_verb(state, after, sent.tok_end)
            clause = reported_clause(state, sent, after, min_words=2)  # Menurut Perry, rupiah stabil.
            if clause is None:
                break
            start, end, kind = clause
            subject = _subject_before_inserted_cue(state, sent, t.i)
            if subject is not None:
                # Program itu, menurut Agus, sudah …: the cue interrupts the clause, whose
                # subject stands before it; the span is the clause round the cue.
                start = doc.tokens[subject].start
                kind = "mixed" if overlaps_direct(state, start, end) > 0 else kind
            state.add(Candidate(
                type=kind, start=start, end=end, sent=sent.i, cue_start=t.start, cue_end=t.end,
                mention=mention, rules={"detect": NAME}))
            break


_SEGMENT_ENDS = frozenset({",", "—", "–", ":", ";"})


def _inside_a_statement(state: ArticleState, sent, cue: int) -> bool:
    """Whether a speech verb with a named subject, then a comma or ``bahwa``, stands before
    the cue in its sentence (``Airlangga menyatakan, terkait …, menurut pemerintah, …``):
    the cue is then part of what that speaker said."""
    toks, lex = state.doc.tokens, state.lex
    for k in range(sent.tok_start + 1, cue - 1):
        t, nxt = toks[k], toks[k + 1]
        if lex.is_reporting_verb(t.text) and not t.is_capitalized and not state.in_quote(t.start) \
                and (nxt.text == "," or nxt.lower in lex.complementizers) \
                and toks[k - 1].is_capitalized and toks[k - 1].text != ",":
            return True
    return False


def _aside_in_a_reported_object(state: ArticleState, sent, cue: int) -> str | None:
    """Which aside the cue, right after ``yang``, gives: a view in a relative clause on a
    noun that a verb earlier in the sentence questions (``"questioning"``: ``Warga
    mempertanyakan angka produksi yang menurutnya dibesar-besarkan …``, an aside inside
    the questioning, no statement of its own) or reports (``"reported"``: ``Sumardi
    meminta dinas untuk meninjau tarif air yang menurutnya memberatkan petani …``, an
    aside inside the statement where reported_speech gives one, else the view is the
    statement: ``mengkritik kebijakan yang menurutnya …``); None where the cue follows
    no such verb (``menyoroti saluran air yang menurutnya tak pernah dibersihkan``)."""
    toks, lex = state.doc.tokens, state.lex
    if cue - 1 <= sent.tok_start or toks[cue - 1].lower != "yang":
        return None
    verbs = [t for t in toks[sent.tok_start:cue - 1] if not t.is_capitalized and not state.in_quote(t.start)]
    if any(t.lower in lex.questioning_verbs for t in verbs):
        return "questioning"
    return "reported" if any(lex.is_reporting_verb(t.text) for t in verbs) else None


def _subject_before_inserted_cue(state: ArticleState, sent, cue: int) -> int | None:
    """The first token of the subject before a cue set between commas inside a clause
    (``Program bank sampah yang …, menurut Agus, sudah menjangkau …``), reaching back
    over a relative clause set off by commas; None where the cue opens the sentence or
    what stands before it is an adjunct or a connective (``Saat ini, menurut Presiden,
    masyarakat …``: the clause after the cue carries the proposition) or a clause of its
    own (``X menyatakan, …, menurut pemerintah, …``, ``… karena, menurut dia, …``)."""
    toks, lex = state.doc.tokens, state.lex
    comma = cue - 1
    if comma <= sent.tok_start or toks[comma].text != ",":
        return None
    start = comma
    while start > sent.tok_start and toks[start - 1].text not in _SEGMENT_ENDS:
        start -= 1
    if toks[start].lower == "yang" and start - 1 > sent.tok_start and toks[start - 1].text == ",":
        start -= 1  # Program itu, yang diluncurkan awal tahun, menurut Agus, …
        while start > sent.tok_start and toks[start - 1].text not in _SEGMENT_ENDS:
            start -= 1
    words = toks[start:comma]
    if not words or words[0].lower in lex.adjunct_openers or words[-1].lower in lex.clause_conjunctions:
        return None
    if any(not w.is_capitalized and lex.is_speech_verb(w.text)
           or w.lower in lex.complementizers for w in words):
        return None
    if any(w.is_capitalized and w.lower in lex.adjunct_openers for w in words[1:]):
        return None  # Masih Dilarang Lebih jauh, menurut X, …: a sub-heading run into an adjunct
    return start


_APPOSITIVE_WORDS = 5


_RELATIVE_WORDS = 12
_COPULAS = frozenset({"adalah", "ialah", "yaitu", "yakni", "merupakan"})


def end_of_appositives(doc, comma: int, end: int, lex) -> int:
    """The comma that ends the speaker phrase: ``Menurut Dekan Fakultas Hukum UGM,
    Yogyakarta, Sigit Riyanto, red notice …`` runs on over short segments of
    capitalised words closed by a comma (a place, then the name), over a role closed by
    a comma (``Menurut Budi, warga Rungkut, banjir …``) and over a relative clause about
    the speaker (``Menurut Youssouf, yang baru menjabat sejak Februari,
    lembaganya …``); a segment with a lowercase word is the content (``Menurut Andi,
    Budi mengatakan …``)."""
    toks = doc.tokens
    while True:
        firm = firm_name_end_after(toks, comma, lex)
        if firm is not None and firm < end and toks[firm].text == ",":
            comma = firm  # Menurut kuasa hukum dari kantor Lubis, Santosa & Rekan, Nama, …
            continue
        body = body_name_end_after(toks, comma, lex)
        if body is not None:
            # Menurut peneliti Badan Meteorologi, Klimatologi, dan Geofisika (BMKG) Nama, …:
            # the commas listing the body's fields are inside its name; the phrase ends at
            # the comma after the capitalised words that follow it (the holder's name).
            closing = next((k for k in range(body, end) if not (toks[k].is_word and toks[k].is_capitalized)), end)
            if closing < end and toks[closing].text == ",":
                comma = closing
                continue
        relative = comma + 1 < end and toks[comma + 1].lower == "yang"
        reach = _RELATIVE_WORDS if relative else _APPOSITIVE_WORDS
        nxt = next((k for k in range(comma + 1, min(comma + 2 + reach, end)) if toks[k].text == ","), None)
        role = nxt is not None and (toks[comma + 1].lower in lex.title_heads
                                    or toks[comma + 1].lower in lex.descriptive_role_heads)
        if nxt is None or nxt == comma + 1 or not (
                relative or role or all(x.is_capitalized for x in toks[comma + 1:nxt])
                or _name_with_age(toks, comma + 1, nxt)):
            return comma
        if relative and nxt + 1 < end and toks[nxt + 1].lower in _COPULAS:
            return comma  # Menurut Budi, yang terpenting saat ini, adalah …: the content itself
        if not relative and not role and _nickname_marker_at(toks, nxt + 1, end, lex):
            return comma  # Menurut Hendro, Kiki, sapaan akrab Rizki, punya …: the nickname opens the content
        comma = nxt


def _nickname_marker_at(toks, k: int, end: int, lex) -> bool:
    """Whether the words from token ``k`` on give the nickname of the name set off before
    them (``Kiki, sapaan akrab Rizki``, ``Kiki, sapaan akrabnya``): that name is the
    subject of the content, not an apposition to the speaker."""
    markers = lex.markers_before_nickname | lex.markers_after_nickname | lex.markers_bare_after_nickname
    return any(k + len(m) <= end and tuple(t.lower for t in toks[k:k + len(m)]) == m for m in markers)


def _name_with_age(toks, first: int, end: int) -> bool:
    """``Dimas Prakoso (25)`` from ``first`` to ``end``: capitalised words and an age in
    brackets closing them (``Menurut cucunya, Dimas Prakoso (25), neneknya …``: the
    relative named after the kinship noun speaks)."""
    return end - first >= 4 and age_at(toks, end - 3) and all(x.is_capitalized for x in toks[first:end - 3])


def _after_own_verb(state: ArticleState, after: int, end: int) -> int:
    """Where the content starts when the cue phrase has its own speech verb:
    ``menurut Alwan, dalam diskusi …, Selasa (8/9), mengatakan, ancaman …``. The verb
    has no subject of its own (a comma before it) and a comma or ``bahwa`` after it."""
    toks, lex = state.doc.tokens, state.lex
    for k in range(after, end - 1):
        if state.in_quote(toks[k].start):
            continue
        if lex.is_reporting_verb(toks[k].text) and toks[k - 1].text == "," \
                and (toks[k + 1].text == "," or toks[k + 1].lower in lex.complementizers):
            return k + 2
    return after


def _names_a_rule(state: ArticleState, tok) -> bool:
    """Whether ``tok``, first after menurut, opens a law or one of its provisions
    (Undang-Undang, Pasal, UU, KUHP; a short form only as written), and is no person's
    name (Uu, of Uu Ruzhanul Ulum: tagged a person, or a word of a person's name the
    article gives)."""
    if tok.lower not in state.lex.legal_instruments and tok.text not in state.lex.legal_instrument_short_forms:
        return False
    return not tok.ner.endswith("PER") and not any(
        o.kind == "person" for o in state.entities.occurrences_between(tok.start, tok.end))
