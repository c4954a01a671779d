"""Resolution: a quote with no attribution of its own (a quotation paragraph after a
sentence that names the speaker, ``Ditekankan bahwa …``) belongs to the person the next
sentence says it came from (``Keluhan itu disampaikan Siti Aminah``), else to the one
person the sentence right before brings in with an age or a role (``Tiurma (49), petani
jagung …, juga mengeluhkan hal serupa.``), else to the speaker
of the nearest attributed statement before it, or failing that just after it."""
from __future__ import annotations

from ..entities import name_key, runs_in
from ..mentions import DEMONSTRATIVES, parse_mention, subject_before
from ._clauses import named_in_next_sentence, singular_pointer_to_a_group, voiced_by_next_subject
from .pronoun_mention import described_speaker_just_before
from .base import ArticleState

NAME = "context_speaker"
_MAX_GAP_BEFORE = 3
_MAX_GAP_AFTER = 1
_MAX_QUESTION_GAP = 6  # sentences from the cued question back to the uncued one
_MAX_DOCUMENT_GAP = 6  # sentences from a document pointed back to where it was told of
_MAX_DOCUMENT_WORDS = 4  # surat | terbuka | itu: from the document's noun to its demonstrative


def run(state: ArticleState) -> None:
    ordered = sorted(state.live(), key=lambda c: c.start)
    for idx, cand in enumerate(ordered):
        m = cand.mention
        if cand.entity is not None or cand.unattributed or (m is not None and not m.pronoun and not m.description):
            continue
        if m is not None and m.description and not m.demonstrative:
            # Pejabat tinggi PBB memperingatkan bahwa …. Wakil Sekjen PBB X menyampaikan
            # peringatan itu …: the next sentence names who voiced those words.
            voiced = voiced_by_next_subject(state, cand.end)
            if voiced is not None:
                cand.entity = voiced
                cand.rules["speaker"] = NAME + ":voiced_next"
            continue  # juru bicara Gedung Putih, with no holder named: someone new, unnamed
        if cand.speaker_mention is not None and cand.speaker_mention.indefinite:
            continue  # ”…,” tuturnya after Seorang saksi mata …: that unnamed source (pronoun_mention)
        author = _document_author(state, cand) if m is None else None
        if author is not None:
            cand.entity, cand.co_entities = author[0], list(author[1])
            cand.rules["speaker"] = NAME + ":document"
            continue
        named = named_in_next_sentence(state, cand.end) or voiced_by_next_subject(state, cand.end)
        if named is not None:
            cand.entity = named
            cand.rules["speaker"] = NAME + ":named_next"
            continue
        asker = _last_asker(state, ordered, idx)
        if asker is not None:
            cand.entity, cand.co_entities = asker.entity, list(asker.co_entities)
            cand.rules["speaker"] = NAME + ":asker"
            continue
        introduced = described_speaker_just_before(state, cand, ordered) \
            if m is None and cand.cue_start is None else None
        if introduced is not None:
            # Tiurma (49), petani jagung di desa tetangga, juga mengeluhkan hal serupa.
            # ”…”: the one person the sentence before brings in, described, as its subject
            # or closing agent, speaks; not the speaker quoted before nor the next one.
            cand.entity = introduced
            cand.rules["speaker"] = NAME + ":introduced"
            continue
        before = _first_resolved(ordered, idx, -1)
        body = _announcing_body(state, cand, before) if m is None and before is not None else None
        if body is not None:
            cand.entity = body
            cand.rules["speaker"] = NAME + ":announcing_body"
            continue
        if before is not None and m is not None and m.pronoun \
                and singular_pointer_to_a_group(state, m, before.entity):
            # Warga beralasan …. ”…,” katanya: no group goes on as a singular pronoun.
            before = None
        if before is not None and cand.sent - before.sent <= _MAX_GAP_BEFORE:
            cand.entity, cand.co_entities = before.entity, list(before.co_entities)
            cand.rules["speaker"] = NAME + ":previous"
            continue
        after = _first_resolved(ordered, idx, +1)
        if after is not None and m is not None and m.pronoun and m.text.lower() in state.lex.plural_pronouns \
                and not after.co_entities and after.entity.kind == "person":
            # Mereka menuntut pemerintah …. Ketua serikat X mengatakan …: a group, not the one
            # person who speaks next.
            after = None
        if after is not None and after.sent - cand.sent <= _MAX_GAP_AFTER and after.rules.get("speaker") == "named_mention" \
                and not (before is not None and _answers_in_an_exchange(state, cand)
                         and _first_named_after(state, after.entity, cand.end)):
            cand.entity = after.entity
            cand.rules["speaker"] = NAME + ":next"
            continue
        if before is not None and cand.type == "direct" and cand.sent - before.sent <= _MAX_GAP_BEFORE * 2:
            cand.entity = before.entity
            cand.rules["speaker"] = NAME + ":previous_far"


def _document_author(state: ArticleState, cand):
    """The author (and co-authors) of the document a record's cue points back to (”…,” demikian bunyi
    salah satu paragraf surat tersebut; ”…,” tulis pernyataan itu): in the latest sentence
    a few before that names the same document, the speaker of its record (Dalam surat
    terbuka itu, BEM menyebut …), else the subject of the verb that issued it (BEM
    melayangkan surat terbuka …); None where the cue names no document, or that sentence
    no author."""
    doc, lex = state.doc, state.lex
    noun = _document_in_cue(state, cand)
    if noun is None:
        return None
    for i in range(cand.sent - 1, max(-1, cand.sent - 1 - _MAX_DOCUMENT_GAP), -1):
        sent = doc.sentences[i]
        if sent.boilerplate:
            continue
        toks = doc.sentence_tokens(sent)
        at = next((t for t in toks if t.lower == noun and state.in_quote(t.start) is None), None)
        if at is None:
            continue
        # Dalam surat itu, X menyebut …: the speaker of a record the document opens, as
        # the adjunct before its cue; not one who only speaks of it (X mengatakan surat
        # dari Y belum diterima): the document is in their words.
        told = next((c for c in state.live() if c.sent == i and c.entity is not None and c is not cand
                     and c.cue_start is not None and at.start < c.cue_start
                     and not c.start <= at.start < c.end), None)
        if told is not None:
            return told.entity, told.co_entities  # Kedua organisasi itu …: all who wrote it
        # melayangkan surat terbuka, mengirim sebuah surat: the verb right before it, or
        # one word before that.
        k = next((j for j in (at.i - 1, at.i - 2)
                  if j >= sent.tok_start and doc.tokens[j].lower in lex.document_issuing_verbs), None)
        if k is None:
            if any(c.sent == i and c.start <= at.start < c.end for c in state.live() if c is not cand):
                continue  # the document only spoken of in someone's words: who issued it is told before
            return None
        np = subject_before(doc, k, lex)
        m = parse_mention(doc, np, lex) if np else None
        if m is None or not m.name or m.description or m.pronoun:
            return None
        return state.entities.resolve(m.name, m.name_start or m.start, m.kind), []
    return None


def _document_in_cue(state: ArticleState, cand) -> str | None:
    """The noun of the document, pointed back to with a demonstrative, that the words
    after a quote's cue name as its source (demikian bunyi … surat tersebut; tulis
    pernyataan itu); None where they name none."""
    doc, lex = state.doc, state.lex
    if cand.cue_start is None or cand.type != "direct" or cand.cue_start < cand.end:
        return None
    sent = doc.sentences[cand.sent]
    toks = [t for t in doc.tokens_between(cand.cue_start, sent.end) if t.is_word]
    for k, t in enumerate(toks):
        if t.lower in lex.authored_documents:
            rest = toks[k + 1:k + 1 + _MAX_DOCUMENT_WORDS]
            stop = next((j for j, r in enumerate(rest) if r.lower in DEMONSTRATIVES), None)
            if stop is not None and all(not r.is_capitalized for r in rest[:stop]):
                return t.lower
            return None
    return None


def _is_question(state: ArticleState, cand) -> bool:
    return cand.type == "direct" and state.doc.text[cand.start:cand.end].rstrip(" ,”\"’'").endswith("?")


def _last_asker(state: ArticleState, ordered, idx: int):
    """In a courtroom's questions and answers, a quoted question with no cue that puts
    itself to the one questioned (``Saudara``, ``Anda``) is asked by whoever asked the last
    question cued so (``”…?” tanya Hendra``), not by the witness whose answer came last:
    that record, else None."""
    cand, doc, lex = ordered[idx], state.doc, state.lex
    if cand.cue_start is not None or not _is_question(state, cand):
        return None
    if not any(t.is_capitalized and t.lower in lex.address_forms for t in doc.tokens_between(cand.start, cand.end)):
        return None
    for prev in reversed(ordered[max(0, idx - 6):idx]):
        if cand.sent - prev.sent > _MAX_QUESTION_GAP:
            return None
        if _is_question(state, prev) and prev.cue_start is not None:
            cue = doc.text[prev.cue_start:prev.cue_end].lower()
            return prev if cue in lex.question_cue_verbs and prev.entity is not None else None
    return None


def _announcing_body(state: ArticleState, cand, before):
    """The body whose announcement an agentless passive reports after an adjunct naming
    its press occasion and no one (Dalam konferensi pers itu pula ditegaskan bahwa …):
    the one body of the article that the title of the official quoted just before names
    (Deputi Penindakan KPK: KPK); None for any other passive, for a speaker who is no
    official of one named body, or one quoted more than a few sentences before."""
    doc, lex = state.doc, state.lex
    if cand.rules.get("detect") != "agentless_passive:statement" or cand.cue_start is None \
            or cand.sent - before.sent > _MAX_GAP_BEFORE:
        return None
    ent = before.entity
    if ent.kind != "person" or before.co_entities or not ent.role:
        return None
    adjunct = doc.tokens_between(doc.sentences[cand.sent].start, cand.cue_start)
    if not any(t.lower in lex.announcing_occasion_words for t in adjunct):
        return None
    role = name_key(ent.role)
    bodies = {body.key: body for body in state.entities.entities.values() if body.kind == "organization"
              and any(runs_in(name_key(n), role) for n in [body.name, *body.aliases])}
    return next(iter(bodies.values())) if len(bodies) == 1 else None


def _whole_quote(state: ArticleState, para) -> bool:
    """Whether paragraph ``para`` is one quotation and nothing else: a turn of a dialogue
    printed without cues."""
    start, end = state.trimmed(para.start, para.end)
    if start >= end:
        return False
    spans = state.quote_spans_between(start, end)
    return len(spans) == 1 and spans[0].open_pos == start and state.quoted_chars(start, end) == end - start


def _answers_in_an_exchange(state: ArticleState, cand) -> bool:
    """Whether an uncued quote is a turn of a dialogue printed without cues: its paragraph
    is the quote alone, and so is the one before (``"Bawaslu sudah memanggil mereka."`` /
    ``"Silakan. …"``): the exchange goes on between those it already had, and a person
    brought in only after it (``Sementara itu, kuasa hukum …, X, meminta …``) takes no
    part in it."""
    doc = state.doc
    sent = doc.sentence_at(cand.start)
    if sent is None or cand.cue_start is not None:
        return False
    paras = [p for p in doc.paragraphs[:sent.paragraph + 1] if not p.boilerplate]
    return len(paras) >= 2 and paras[-1].i == sent.paragraph and _whole_quote(state, paras[-1]) \
        and _whole_quote(state, paras[-2])


def _first_named_after(state: ArticleState, entity, position: int) -> bool:
    """Whether the article names ``entity`` nowhere before ``position``."""
    return not any(state.entities.resolve(o.name, o.start, o.kind) is entity
                   for o in state.entities.occurrences_between(0, position))


def _first_resolved(ordered, idx: int, step: int, limit: int = 12):
    """The nearest record with a speaker, looking ``limit`` records at most each way."""
    k = idx + step
    while 0 <= k < len(ordered) and abs(k - idx) <= limit:
        if ordered[k].entity is not None:
            return ordered[k]
        k += step
    return None
