"""Detection: passives that report speech, ``Ditekankan bahwa …``; the speaker comes from
context (the ``context_speaker`` sieve), or from the agent the passive names
(``Ditegaskan oleh Dewi bahwa …``)."""
from __future__ import annotations

from ..mentions import (AGENT_MARKER, NOUN_STEM, looks_like_a_passive, looks_like_a_verb, parse_mention,
                        speaker_np_after, without_enclitic)
from ._clauses import content_bounds, open_sentences
from .base import ArticleState, Candidate

NAME = "agentless_passive"
_PARTICLES = frozenset({"pula", "juga", "pun", "lagi"})


def run(state: ArticleState) -> None:
    lex = state.lex
    for sent, toks in open_sentences(state):
        if len(toks) < 4:
            continue
        source = None
        adjunct = False
        if toks[0].lower not in lex.agentless_passives:
            raised = _raised_subject_after_adjunct(state, toks)
            if raised is not None:
                # Dalam surat dakwaan yang dibacakan jaksa X, terdakwa disebut menghimpun
                # …: the whole clause, subject and predicate, is what the document says.
                subject, verb, source = raised
                bounds = content_bounds(state, sent, toks[subject].i)
                if bounds is not None:
                    state.add(Candidate(
                        type="indirect", start=bounds[0], end=bounds[1], sent=sent.i,
                        cue_start=toks[verb].start, cue_end=toks[verb].end, mention=source,
                        rules={"detect": NAME + ":raised_subject"}))
                continue
            opened = _after_a_statement_adjunct(state, toks)
            if opened is None:
                continue
            # Dalam pernyataan Kantor Perdana Menteri usai rapat, disebutkan bahwa …: the
            # passive opens the clause after an adjunct naming whose statement it is.
            passive, source = opened
            adjunct = True
            toks = toks[passive:]
        k = 1
        # Ditegaskan pula bahwa …, Disebutkan juga, …: a particle may come first.
        while k < len(toks) and (toks[k].text == "," or toks[k].lower in _PARTICLES):
            k += 1
        mention = None
        if k < len(toks) and toks[k].lower == AGENT_MARKER:
            # Ditegaskan oleh Dewi Kartika bahwa …: the agent said it.
            that = next((j for j in range(k + 1, len(toks)) if toks[j].lower in lex.complementizers), None)
            np = speaker_np_after(state.doc, toks[k].i + 1, toks[that].i, lex) if that else []
            mention = parse_mention(state.doc, np, lex) if np else None
            if mention is None:
                continue
            k = that
        if k >= len(toks):
            continue
        if toks[k].lower not in lex.complementizers and not (
                adjunct and mention is None and _bare_clause(state, sent, toks[k])):
            continue
        if mention is None and source is not None:
            mention = source
        bounds = content_bounds(state, sent, toks[k].i)
        if bounds is None:
            continue
        state.add(Candidate(
            type="indirect", start=bounds[0], end=bounds[1], sent=sent.i,
            cue_start=toks[0].start, cue_end=toks[0].end, mention=mention,
            rules={"detect": NAME + (":statement" if adjunct else ":oleh" if mention else "")}))


_MAX_ADJUNCT_WORDS = 12  # how far the adjunct before the passive may run


def _after_a_statement_adjunct(state: ArticleState, toks):
    """Where a lowercase speech passive opens the clause after an adjunct that names a
    statement or a case's document (``Dalam pernyataan Kantor Perdana Menteri usai rapat,
    disebutkan``; ``Melalui siaran pers, ditegaskan``; ``Dalam dakwaan disebutkan``, no
    comma), and the mention of whose statement it is (None when the adjunct names no one:
    the speaker then comes from context); None when the sentence does not open so."""
    lex = state.lex
    if toks[0].lower not in lex.statement_adjunct_openers or not _names_a_statement(toks[1], lex):
        return None
    passive = None
    for j in range(2, min(len(toks) - 2, _MAX_ADJUNCT_WORDS + 2)):
        if toks[j].text == ",":
            passive = j + 1
            break
        if toks[j].lower in lex.agentless_passives and not toks[j].is_capitalized:
            passive = j  # Dalam dakwaan disebutkan …: the adjunct set off by no comma
            break
    if passive is None or toks[passive].is_capitalized or toks[passive].lower not in lex.agentless_passives:
        return None
    end = passive - 1 if toks[passive - 1].text == "," else passive
    source = parse_mention(state.doc, toks[1:end], lex)
    if source is not None and (source.pronoun or not source.name):
        source = None
    return passive, source


_MAX_RAISED_ADJUNCT_WORDS = 24  # Dalam surat dakwaan yang dibacakan jaksa … (JPU) …, Nama,
_MAX_RAISED_SUBJECT_WORDS = 4  # terdakwa | para terdakwa | kedua perusahaan itu


def _raised_subject_after_adjunct(state: ArticleState, toks):
    """Where, after an adjunct that names a statement or a case's document and a comma, a
    short subject is followed by a passive speech verb and then its predicate (``Dalam
    surat dakwaan yang dibacakan jaksa X, terdakwa disebut menghimpun …``): the indices in
    ``toks`` of the subject's first word and of the verb, and the mention of whose
    statement it is (None where the adjunct names no one: the speaker then comes from
    context); None where the sentence does not run so (… disebut sebagai …: a name given),
    or where the adjunct names no owner and its document is no act of saying (Dalam
    catatan sejarah, …; Dalam laporan tersebut, …: cues.json speech_act_documents)."""
    lex = state.lex
    if toks[0].lower not in lex.statement_adjunct_openers or not _names_a_statement(toks[1], lex):
        return None
    verb = next((j for j in range(3, min(len(toks) - 1, _MAX_RAISED_ADJUNCT_WORDS))
                 if toks[j].lower in lex.raised_subject_passives and not toks[j].is_capitalized), None)
    if verb is None:
        return None
    comma = max((j for j in range(2, verb) if toks[j].text == ","), default=None)
    if comma is None or not 1 <= verb - comma - 1 <= _MAX_RAISED_SUBJECT_WORDS:
        return None
    subject = toks[comma + 1:verb]
    if any(not t.is_word or t.lower == "yang" or looks_like_a_verb(t) or looks_like_a_passive(t, lex)
           or t.lower in lex.predicate_markers or t.lower in lex.adjunct_openers for t in subject):
        return None
    pred = toks[verb + 1]
    if not pred.is_word or pred.is_capitalized \
            or not (looks_like_a_verb(pred) or looks_like_a_passive(pred, lex) or _intransitive_verb(pred)
                    or pred.lower in lex.predicate_markers):
        return None
    source = parse_mention(state.doc, toks[1:comma], lex)
    if source is not None and (source.pronoun or not source.name):
        source = None
    if source is None:
        # Dalam dakwaan jaksa, RH disebut …: whose document it is, named by what they are
        # (the jaksa the article named, description_mention).
        owner = next((j + 1 for j in range(1, comma) if _names_a_statement(toks[j], lex)
                      and j + 1 < comma and toks[j + 1].is_word and not _names_a_statement(toks[j + 1], lex)), None)
        described = parse_mention(state.doc, toks[owner:comma], lex) if owner is not None \
            and toks[owner].lower != "yang" else None
        if described is not None and described.description and not described.pronoun:
            source = described
    if source is None and not any(without_enclitic(t.lower, NOUN_STEM) in lex.speech_act_documents
                                  for t in toks[1:comma]):
        return None  # Dalam catatan sejarah, kerajaan itu disebut …: no one's statement
    return comma + 1, verb, source


def _names_a_statement(tok, lex) -> bool:
    """``pernyataan``, ``siaran``, ``dakwaan``, ``putusannya``: a statement or a case's
    document (with whose, -nya, after it)."""
    low = without_enclitic(tok.lower, NOUN_STEM)
    return low in lex.document_heads or low in lex.statement_documents


def _bare_clause(state: ArticleState, sent, first) -> bool:
    """Whether the words from token ``first`` after the passive are a clause of their own,
    with no bahwa (Dalam dakwaan disebutkan ``Agus bertemu …``; ``…, disebutkan, Agus …``):
    a subject that is no verb, preposition or date, and a predicate after it."""
    toks, lex = state.doc.tokens, state.lex
    k = first.i + 1 if first.text == "," else first.i
    if k >= sent.tok_end:
        return False
    opener = toks[k]
    if not opener.is_word or looks_like_a_verb(opener) or looks_like_a_passive(opener, lex) \
            or opener.lower in lex.predicate_markers or opener.lower in lex.adjunct_openers:
        return False
    return any((looks_like_a_verb(t) or looks_like_a_passive(t, lex) or t.lower in lex.predicate_markers
                or _intransitive_verb(t)) and toks[t.i - 1].lower != "yang" for t in toks[k + 1:sent.tok_end])


# ber- opens intransitive verbs (bertemu, berencana) and a few short nouns (berita, berkas).
_INTRANSITIVE_PREFIX = "ber"
_MIN_INTRANSITIVE = 7


def _intransitive_verb(tok) -> bool:
    return tok.is_word and not tok.is_capitalized and tok.lower.startswith(_INTRANSITIVE_PREFIX) \
        and len(tok.lower) >= _MIN_INTRANSITIVE
