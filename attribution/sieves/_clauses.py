"""Helpers shared by the sieves: where a reported clause starts and ends, whether the
words before a speech verb leave a statement, and who a passive speech verb names."""
from __future__ import annotations

import functools
from typing import NamedTuple

from ..document import Sentence, Token
from ..lexicon import Lexicon
from ..mentions import (AGENT_MARKER, DEMONSTRATIVES, NOUN_STEM, RELATIVE_MARKERS, Mention, back_over_honorifics,
                        is_title_word, looks_like_a_verb, parse_mention, reads_like_a_self_given_name,
                        speaker_np_after, subject_before,
                        without_enclitic)
from ..quotes import QuoteSpan
from ..entities import nickname_in_marks_at
from .base import ArticleState

_FINAL = frozenset(".!?;…")


def content_bounds(state: ArticleState, sent: Sentence, first_tok: int,
                   until: int | None = None) -> tuple[int, int] | None:
    """Characters of the reported clause from token ``first_tok`` to the sentence end
    (or to the token ``until``, which closes a clause set off inside it), without a
    leading ``bahwa``/comma and the final full stop."""
    toks = state.doc.tokens
    k = first_tok
    while k < sent.tok_end and (toks[k].text in {",", ":", "—"} or toks[k].lower in state.lex.complementizers):
        k += 1
    end_tok = (sent.tok_end if until is None else until) - 1
    while end_tok >= k and toks[end_tok].text in _FINAL:
        end_tok -= 1
    if end_tok < k:
        return None
    start, end = toks[k].start, toks[end_tok].end
    # mengatakan, Rabu (29/4/2020), harga acuan …; menjelaskan tadi pagi bahwa …: a date
    # right after the verb, then a comma or bahwa, dates the statement; what was said
    # starts after them.
    for dm in state.date_mentions:
        if dm.start == start:
            start = _after_leading_date(state, dm.end, end) or start
            break
        if dm.start > start:
            break
    # A trailing ", Jumat (21/6/2024)" (or ", Selasa (23/9) waktu setempat") dates the
    # statement; it is not part of what was said.
    for dm in state.date_mentions:
        if start < dm.start and _with_other_zones_time(state, with_trailers(state, dm.end, end), end) >= end - 1 \
                and dm.start <= end:
            cut = state.doc.text.rfind(",", start, dm.start)
            if cut > start and not state.doc.text[cut + 1:dm.start].strip(" ") :
                end = cut
            elif cut > start and state.doc.text[cut + 1:dm.start].strip().lower() in state.lex.trailing_date_lead_ins:
                end = cut
            break
    return start, _before_wire_attribution(state, start, _before_trailing_occasion(state, start, end))


def _before_trailing_occasion(state: ArticleState, start: int, end: int) -> int:
    """Where the reported words end before a closing adjunct set off by a comma that
    names the speech or statement they were said in (``…, dalam pidatonya pada Sidang
    … di Jenewa``; ``…, melalui keterangan tertulis``): a document preposition, a word
    for someone's words (own or closing statement nouns) made the speaker's by -nya or
    named by a closing statement noun after it (tertulis, pers), and no verb nor
    alternative (maupun, atau) after; ``end`` where no such adjunct closes them. A bare
    noun, or either of two ways, says how what was said is to be done (``meminta saksi
    berkata jujur, dalam kesaksian di bawah sumpah``; ``…, lewat pernyataan resmi maupun
    unggahan``): part of it."""
    lex = state.lex
    toks = state.doc.tokens_between(start, end)
    for k in range(len(toks) - 3, 0, -1):
        if toks[k].text != ",":
            continue
        prep, noun = toks[k + 1], toks[k + 2]
        stem = without_enclitic(noun.lower, NOUN_STEM)
        if prep.lower in lex.document_prepositions and not prep.is_capitalized \
                and (stem in lex.own_statement_nouns or stem in lex.closing_statement_nouns) \
                and not state.in_quote(toks[k].start) \
                and (noun.lower != stem or (k + 3 < len(toks) and toks[k + 3].lower in lex.closing_statement_nouns)) \
                and not any(looks_like_a_verb(t) or t.lower in lex.alternative_conjunctions for t in toks[k + 3:]):
            return toks[k - 1].end
        break  # only the last comma's clause
    return end


_MAX_WIRE_SOURCE_WORDS = 6  # kantor berita resmi Korea Selatan Yonhap


def _before_wire_attribution(state: ArticleState, start: int, end: int) -> int:
    """Where the reported words end before a closing ``, seperti dikutip kantor berita
    Yonhap`` or ``, seperti dilansir AFP``: whose report the writer took them from, no
    part of what was said; ``end`` where no such phrase closes them."""
    doc, lex = state.doc, state.lex
    toks = doc.tokens_between(start, end)
    for k in range(len(toks) - 3, 0, -1):
        if len(toks) - k > _MAX_WIRE_SOURCE_WORDS + 3:
            break
        if toks[k].text == "," and toks[k + 1].lower in lex.wire_attribution_openers \
                and toks[k + 2].lower in lex.wire_attribution_verbs \
                and all(t.is_word or t.text in "().-" for t in toks[k + 3:]):
            return toks[k - 1].end
    return end


def _after_leading_date(state: ArticleState, date_end: int, limit: int) -> int | None:
    """Where what was said starts after a date that opens the clause, when a comma or a
    complementizer (bahwa) sets the date apart; None when nothing does."""
    rest = state.doc.text[date_end:limit].lstrip(" ")
    body = rest[1:].lstrip(" ") if rest.startswith(",") else rest
    first, _, after = body.partition(" ")
    if first.lower() in state.lex.complementizers:
        body = after.lstrip(" ")  # mengatakan, Selasa (9/12), bahwa …
    if body == rest or not body.strip():
        return None
    return limit - len(body)


def with_trailers(state: ArticleState, date_end: int, limit: int) -> int:
    """Where a date ending at ``date_end`` ends with the words that may follow it and
    still belong to it (waktu setempat, malam), up to ``limit``."""
    text = state.doc.text
    trailers = sorted(state.lex.date_trailers, key=len, reverse=True)  # waktu setempat before waktu
    pos = date_end
    while pos < limit:
        rest = text[pos:limit].lstrip(" ")
        word = next((t for t in trailers if rest.lower().startswith(t) and not rest[len(t):len(t) + 1].isalnum()),
                    None)
        if word is None:
            break
        pos = limit - len(rest) + len(word)
    return pos


def _with_other_zones_time(state: ArticleState, pos: int, limit: int) -> int:
    """Where a local date ending at ``pos`` (with its trailers) ends with the same moment
    given in another time zone after it (… Senin (18/5) waktu setempat ``atau Selasa pagi
    WIB``): a conversion link, a date, its trailers and a time zone, up to ``limit``;
    ``pos`` where none follows."""
    text, lex = state.doc.text, state.lex
    rest = text[pos:limit].lstrip(" ")
    link = rest.split(" ", 1)[0]
    if link.lower() not in lex.time_conversion_links:
        return pos
    at = limit - len(rest) + len(link)
    dm = next((d for d in state.date_mentions if at <= d.start < limit and not text[at:d.start].strip()), None)
    zone_end = time_zone_after(state, dm, limit) if dm is not None else None
    return pos if zone_end is None else zone_end


def time_zone_after(state: ArticleState, dm, limit: int) -> int | None:
    """Where the time-zone word closing date ``dm`` ends (Selasa pagi ``WIB``), past the
    date's trailers, up to ``limit``; None where no time zone follows: the date gives
    the moment in a zone of its own, the other half of a conversion (``atau …``)."""
    text = state.doc.text
    after = with_trailers(state, dm.end, limit)
    zone = text[after:limit].lstrip(" ")
    word = (zone.split(None, 1) or [""])[0].rstrip(".,;)")
    if word.lower() not in state.lex.time_zones:
        return None
    return limit - len(zone) + len(word)


def reported_clause(state: ArticleState, sent: Sentence, first_tok: int,
                    min_words: int = 3, until: int | None = None) -> tuple[int, int, str] | None:
    """The reported clause from token ``first_tok`` (see ``content_bounds``) with its
    type, ``indirect`` or ``mixed`` where it holds a quoted fragment; None where it is a
    direct quote, which the cue sieves attribute (``X mengatakan, ”…”``), or has fewer
    than ``min_words`` words."""
    bounds = content_bounds(state, sent, first_tok, until)
    if bounds is None:
        return None
    start, end = bounds
    quoted = overlaps_direct(state, start, end)
    if state.doc.text[start] in "“”\"‘«" and not _runs_on_past_quotation(state, start, end) \
            or len(state.doc.text[start:end].split()) < min_words:
        return None
    if quoted > 0.5 and any(c.type == "direct" and c.dropped is None and c.start < end and c.end > start
                            for c in state.candidates):
        # X mengatakan kepada wartawan ”…”: the quotation itself, which a cue sieve
        # attributes; a fragment read as a scare quote (menyebut perundingan berjalan
        # ”sulit tetapi bermanfaat”) is part of what was reported.
        return None
    return start, end, "mixed" if quoted > 0 else "indirect"


def _runs_on_past_quotation(state: ArticleState, start: int, end: int) -> bool:
    """Whether the quotation opening at ``start`` is a fragment the clause runs on past
    (Menurut Stefanus, ”biaya layanan cuaca” dikenakan untuk …), inside the clause."""
    q = state.in_quote(start)
    return q is not None and q.close_pos + 1 < end and runs_on_past(state.doc.text, q, end)


def runs_on_past(text: str, q: QuoteSpan, end: int | None = None) -> bool:
    """Whether a lowercase word follows the closing mark of ``q`` (before ``end``): the
    sentence goes on from the quoted words, a phrase of it (”biaya layanan cuaca”
    dikenakan …), not a statement."""
    return text[q.close_pos + 1:end].lstrip(" \t")[:1].islower()


def reads_like_a_title(quoted: str) -> bool:
    """A title in quotation marks (a book, a film, a programme: ”Jaman Woneng: Wabah
    Sampar di Priangan, 1925-1937”): most words capitalised, no closing punctuation."""
    words = [w for w in quoted.split() if any(c.isalpha() for c in w)]
    if len(words) < 3 or quoted.rstrip()[-1:] in ".,!?…":
        return False
    return sum(w[0].isupper() for w in words) >= 0.6 * len(words)


def word_before(text: str, pos: int) -> str:
    """The word right before ``pos`` (spaces skipped), lowercased."""
    end = len(text[:pos].rstrip())
    start = end
    while start > 0 and text[start - 1].isalpha():
        start -= 1
    return text[start:end].lower()


def quoted_title(state: ArticleState, q: QuoteSpan) -> bool:
    """Whether the quotation ``q`` names a title (one that reads like a title, or one a
    word such as ``bertajuk`` introduces) or the name someone gives itself (``menamakan
    diri``) where it has a name's shape: a name, no one's words."""
    text = state.doc.text
    last = word_before(text, q.open_pos)
    return reads_like_a_title(text[q.open_pos + 1:q.close_pos]) \
        or last in state.lex.title_introducers \
        or (last in _last_words(state.lex.self_naming_phrases)
            and reads_like_a_self_given_name(text[q.open_pos + 1:q.close_pos].split())
            and f"{word_before(text, text.rfind(last, 0, q.open_pos))} {last}" in state.lex.self_naming_phrases)


@functools.lru_cache(maxsize=None)
def _last_words(phrases: frozenset[str]) -> frozenset[str]:
    """The last word of each of ``phrases`` (diri of menamakan diri)."""
    return frozenset(p.split()[-1] for p in phrases)


def overlaps_direct(state: ArticleState, start: int, end: int) -> float:
    """Share of [start, end) covered by direct quotations; a title in quotation marks is
    none (Penulis X menuturkan, “Langit di Atas Dermaga” berkisah tentang …: indirect)."""
    covered = 0
    for q in state.quote_spans_between(start, end):
        if quoted_title(state, q) or _nickname_in_a_name(state, q):
            continue
        a, b = max(start, q.open_pos), min(end, q.close_pos + 1)
        if b > a:
            covered += b - a
    return covered / max(1, end - start)


def _nickname_in_a_name(state: ArticleState, q) -> bool:
    """Whether quotation ``q`` is a nickname written inside a name (Leonardo "Leo"
    Batista): part of how the person is named, no words of anyone's. Only between words
    the tagger names a person on either side, and not before a day (menyebut Danantara
    "Superholding" Kamis (8/5): words in marks, the day they were said after them)."""
    doc, toks = state.doc, state.doc.tokens
    k = doc.token_index_at_or_after(q.open_pos)
    if not (k < len(toks) and toks[k].start == q.open_pos):
        return False
    close = nickname_in_marks_at(toks, k, state.lex)
    return close is not None and toks[close + 1].lower not in state.lex.calendar_words \
        and (toks[k - 1].ner.endswith("-PER") or toks[close + 1].ner.endswith("-PER"))


def sentence_has_candidate(state: ArticleState, sent: Sentence) -> bool:
    return sent.i in state.reported_sentences


def before_a_day(state: ArticleState, day: int, first: int) -> int:
    """The token before the day whose first token is ``day``, past a preposition that
    introduces it (``yang pada Senin (3/3) menilai …``: ``yang``), no further back than
    ``first`` allows (the preposition is skipped only after ``first``)."""
    k = day - 1
    if k > first and state.doc.tokens[k].lower in state.lex.day_prepositions:
        k -= 1
    return k


MIN_WORDS_PAST_CUE = 4  # …, kata dia, karena panen raya dimulai: the words go on past the cue


class CueSpeaker(NamedTuple):
    """What follows a direct cue set after the words it closes (…, kata Menteri X, …)."""
    np: list[Token]  # the speaker's noun phrase after the cue; [] after a -nya cue (katanya)
    mention: Mention | None  # whom ``np`` names; None for a -nya cue or where it names no one
    after: int  # the token index right after the cue and its speaker
    rest: list[Token]  # the words after a comma there, up to the limit: a clause going on


def speaker_after_cue(doc, j: int, limit: int, lex: Lexicon) -> CueSpeaker:
    """The speaker a postposed cue at token ``j`` names, up to token ``limit``, and the
    words that go on past it after a comma (shared by reported_speech and trailing_cue)."""
    toks = doc.tokens
    if lex.has_speaker_clitic(toks[j].text):
        np, mention = [], None
    else:
        np = speaker_np_after(doc, j + 1, limit, lex)
        mention = parse_mention(doc, np, lex) if np else None
    after = (np[-1].i if np else j) + 1
    rest = [x for x in toks[after + 1:limit] if x.is_word] if after + 1 < limit and toks[after].text == "," else []
    return CueSpeaker(np, mention, after, rest)


def open_sentences(state: ArticleState):
    """Sentences still free for a reported-speech record, with their tokens: not page
    furniture, not a headline (a title-case line with no full stop: ``Cerita Warga Desa,
    Jalan Kaki Dua Jam``, whose ``Cerita`` reports nothing), and not already holding one
    (one record per sentence)."""
    for sent in state.doc.sentences:
        if not sent.boilerplate and not state.doc.is_headline(sent) and not sentence_has_candidate(state, sent):
            yield sent, state.doc.sentence_tokens(sent)


def states_nothing(state: ArticleState, sent: Sentence, verb: Token) -> bool:
    """The few words before ``verb`` deny it, make it an obligation or an adjunct
    (tidak menjawab …, harus memastikan …, dalam menyampaikan …): no statement."""
    toks, lex = state.doc.tokens, state.lex
    if lex.reports_no_statement([t.lower for t in toks[max(sent.tok_start, verb.i - 4):verb.i]], verb.lower):
        return True
    # UNESCO diharapkan dapat menerima dan mengakui …: verbs joined by "dan" share what
    # stands before the first of them.
    k = verb.i - 1
    if k > sent.tok_start and toks[k].lower in ("dan", "serta"):
        first = next((j for j in range(k - 1, max(sent.tok_start, k - 6) - 1, -1)
                      if toks[j].text == "," or looks_like_a_verb(toks[j]) or toks[j].lower in lex.deontic_modals), None)
        if first is not None and toks[first].text != ",":
            return lex.reports_no_statement([t.lower for t in toks[max(sent.tok_start, first - 4):first]], verb.lower)
    return False


def person_after(state: ArticleState, sent: Sentence, verb: Token):
    """The first person the entity index found after ``verb`` in its sentence: the
    agent of a passive speech verb (diungkapkan Direktur Walhi Dimas …). Not one named
    after a preposition saying to whom (disampaikan kepada Hendra), nor anyone after
    such a one but the agent ``oleh`` names (disampaikan kepada Hendra oleh Budi)."""
    addressed = False
    for o in state.entities.occurrences_between(verb.end, sent.end):
        if o.kind != "person":
            continue
        before = word_before_name(state, o)
        if before is not None and before.lower in state.lex.addressee_prepositions:
            addressed = True
            continue
        if addressed and (before is None or before.lower != AGENT_MARKER):
            return None
        return o
    return None


def _title_start(state: ArticleState, occ) -> int:
    """The token that opens a name's occurrence with the title and the honorifics written
    before it (kepada ``Kepala Dinas`` Hendra; …, ``H.`` Rahmat Sudrajat, …)."""
    toks, text = state.doc.tokens, state.doc.text
    # …, H. Rahmat Sudrajat, menyambut …: the honorifics written before the name open it,
    # as they do between the title and the name (Kepala Dinas X Dr. Rahmat …).
    k = back_over_honorifics(toks, state.doc.token_index_at_or_after(occ.start), state.lex)
    before = text[:toks[k].start].rstrip()
    if occ.role and before.endswith(occ.role):
        # Kapten tim Jay Idzes: from the title on
        k = back_over_honorifics(toks, state.doc.token_index_at_or_after(len(before) - len(occ.role)), state.lex)
    return k


def word_before_name(state: ArticleState, occ) -> Token | None:
    """The word before a name's occurrence, past its title and the honorifics before it
    (kepada ``Kepala Dinas`` Hendra: kepada); None at the sentence's start."""
    toks = state.doc.tokens
    k = _title_start(state, occ)
    if k == 0 or toks[k - 1].sent != toks[k].sent:
        return None
    return toks[k - 1]


def demikian_cue(state: ArticleState, k: int, limit: int) -> tuple[str, int] | None:
    """What follows a ``demikian`` at token ``k`` that closes what was said, thus: a
    passive speech verb (demikian dikatakan Raden …), a cue verb (demikian kata Aulia),
    words naming the statement (demikian keterangan tertulis Kementerian …, demikian
    kutipan sambutan gubernur …), whose source follows them, or a capitalised word
    (demikian Aulia). The kind (``passive``, ``verb``, ``statement``, ``verbless``) and
    the index of the cue's last word; None for no cue."""
    toks, lex = state.doc.tokens, state.lex
    if toks[k].lower not in lex.closing_adverbs or k + 1 >= limit:
        return None
    nxt = toks[k + 1]
    # Begitu kata X, but not Begitu mengumumkan …, (a clause of time): only some adverbs
    # close with any speech verb.
    any_verb = toks[k].lower in lex.full_closing_adverbs
    if nxt.lower in lex.passive_cues and any_verb:
        return "passive", k + 1
    if lex.is_direct_cue(nxt.text) or any_verb and lex.is_reporting_verb(nxt.text):
        return "verb", k + 1
    j = k + 1
    while j < limit and toks[j].lower in lex.closing_statement_nouns:
        j += 1
    if j > k + 1:
        return "statement", j - 1
    # ”…,” demikian Aulia.: the writer left the verb out; a name alone says who spoke
    # (not after begitu: Begitu Budi tiba, … is a clause of time).
    return ("verbless", k) if nxt.is_capitalized and toks[k].lower in lex.full_closing_adverbs else None


def opens_its_clause(state: ArticleState, occ, links: frozenset[str]) -> bool:
    """Whether the name (with the title before it) opens its sentence, the clause after a
    comma, or one after a clause opener or a word of ``links``: the subject (Kepala Dinas
    Pariwisata Kota Batam Ardiwinata optimistis …), not an object (… bansos dari Bupati
    Klaten Sri Mulyani)."""
    before = word_before_name(state, occ)
    if before is None or before.text == ",":
        return True
    return before.lower in state.lex.clause_openers or before.lower in links


def named_in_next_sentence(state: ArticleState, end: int, heads: frozenset[str] | None = None):
    """The person the sentence right after ``end`` names as the source of what came
    before: a demonstrative or ``demikian``, a passive speech verb, then the person
    (Keluhan itu disampaikan Siti Aminah (38), warga …; Demikian dikatakan …), right
    after the verb or ``oleh``, maybe with a title. With ``heads``, the words before the
    verb must hold one of them (Hal itu …, Pernyataan tersebut …)."""
    doc, lex = state.doc, state.lex
    sent = next_sentence(state, end)
    if sent is None:
        return None
    toks = doc.sentence_tokens(sent)
    verb = next((k for k, t in enumerate(toks[:_PASSIVE_REACH]) if t.lower in lex.passive_cues), None)
    closers = DEMONSTRATIVES | lex.full_closing_adverbs  # not Begitu pula disampaikan X: the same said
    if verb is None or not any(t.lower in closers for t in toks[:verb]):
        return None
    if heads is not None and not any(t.lower in heads for t in toks[:verb]):
        return None  # Bantuan itu disampaikan X: a thing handed over, no statement voiced
    agent = person_after(state, sent, toks[verb])
    if agent is None:
        if verb + 1 >= len(toks):
            return None
        nxt = toks[verb + 1]
        if nxt.lower in lex.addressee_prepositions or _closes_the_agent(state, nxt):
            return None  # disampaikan kepada X, dalam rapat …: the one it was said to, the occasion
        # Demikian ditegaskan Shinta saat …: a name no tagger marked, read after the verb.
        np = speaker_np_after(doc, nxt.i, sent.tok_end, lex)
        m = parse_mention(doc, np, lex) if np else None
        if m is not None and m.name and m.kind == "person" and not m.description:
            return state.entities.resolve(m.name, m.name_start or m.start)
        return None
    # The person follows the verb or oleh, maybe after a title (disampaikan Wali Kota …;
    # disampaikan kepada wartawan oleh Ketua DPRD …), or after the title set off by a
    # comma (disampaikan Guru Besar …, Prof. X; disampaikan Wakil Tetap RI untuk PBB,
    # Duta Besar X); not someone named after other words: the one it was said to
    # (disampaikan kepada Bupati, X), or one named in the occasion (disampaikan saat
    # menerima kunjungan Perdana Menteri X; … dalam rapat yang dipimpin Presiden X).
    gap = doc.tokens[toks[verb].i + 1:_title_start(state, agent)]
    by = bool(gap) and gap[-1].lower == AGENT_MARKER
    gap = gap[1 if gap and gap[0].lower == AGENT_MARKER else 0:len(gap) - by]
    if gap and agent.role and doc.text[gap[0].start:gap[-1].end].rstrip(" ,") == agent.role:
        gap = []  # diteriakkan koordinator aksi, Dimas …: the role set off by a comma
    if gap and not ((is_title_word(gap[0], lex) and gap[0].is_capitalized
                     or by and gap[0].lower in lex.addressee_prepositions)
                    and not any(_closes_the_agent(state, t) for t in gap[1:])):
        return None
    return state.entities.resolve(agent.name, agent.start)


def voiced_by_next_subject(state: ArticleState, end: int):
    """The person the sentence right after ``end`` names as the subject of an active verb
    of voicing whose object points back to what came before (Wakil Menteri X Nama Orang
    menyampaikan peringatan itu dalam rapat …; Nama Orang mengungkapkan hal tersebut …):
    the one who said it; None where no such verb opens the sentence's first words, where
    its object is anything else (menyampaikan bantuan itu, menyampaikan hal serupa),
    where its subject names no one (Pemerintah, Ia, Pejabat itu), or where the words after
    the verb are a clause it reports, the object its subject (X menegaskan hal itu tidak
    benar: X denies it): then the sentence reports speech, and the object runs on into a
    predicate rather than closing before the occasion, the place or the end."""
    doc, lex = state.doc, state.lex
    sent = next_sentence(state, end)
    if sent is None or sent.i in state.reported_sentences:
        return None
    here = doc.sentences[sent.i - 1]
    if sent.boilerplate or sent.paragraph - here.paragraph > 1:
        return None
    toks = [t for t in doc.sentence_tokens(sent) if not state.in_quote(t.start)]
    verb = next((k for k, t in enumerate(toks[:_VOICING_REACH])
                 if t.lower in lex.voicing_verbs or t.lower in lex.passive_cues), None)
    if verb is None or toks[verb].lower not in lex.voicing_verbs or verb + 2 >= len(toks) \
            or toks[verb + 1].lower not in lex.voiced_statement_heads \
            or toks[verb + 2].lower not in DEMONSTRATIVES \
            or (verb + 3 < len(toks) and not _closes_the_object(state, toks[verb + 3])):
        return None
    np = subject_before(doc, toks[verb].i, lex)
    m = parse_mention(doc, np, lex) if np else None
    if m is None or not m.name or m.kind != "person" or m.description or m.pronoun:
        return None
    return state.entities.resolve(m.name, m.name_start or m.start)


_VOICING_REACH = 16  # the first words of the sentence, its subject's title and name, to the verb
_PASSIVE_REACH = 8  # Hal itu | disampaikan: the first words of the sentence, its subject, to the passive verb


def singular_pointer_to_a_group(state: ArticleState, mention, ent) -> bool:
    """Whether ``ent`` is a bare noun for people of a kind or a group (Warga, Para korban,
    Keluarga korban) and ``mention``, pointing to it, is singular (Ia, -nya, not mereka):
    no such group goes on as a singular pronoun."""
    if mention is None or mention.text.lower() in state.lex.plural_pronouns:
        return False
    return state.lex.names_a_group(ent.name.lower().split())


def contrastive_joins(tokens: list[Token], lo: int, hi: int, lex: Lexicon) -> list[int]:
    """The indices from ``lo`` to ``hi`` (exclusive; ``hi`` at most ``len(tokens) - 1``)
    of each comma a contrastive joiner follows (``, tetapi``, ``, namun``;
    ``contrastive_predicate_joiners``): where a clause of its own may open, two tokens on."""
    return [k for k in range(lo, hi)
            if tokens[k].text == "," and tokens[k + 1].lower in lex.contrastive_predicate_joiners]


def people_named_in(state: ArticleState, sent) -> list:
    """The people ``sent`` names outside quotation marks."""
    return [o for o in state.entities.occurrences_between(sent.start, sent.end)
            if o.kind == "person" and not state.in_quote(o.start)]


def next_sentence(state: ArticleState, end: int):
    """The sentence right after the one holding the character before ``end``; None at the
    article's end."""
    doc = state.doc
    here = doc.sentence_at(max(0, end - 1))
    if here is None or here.i + 1 >= len(doc.sentences):
        return None
    return doc.sentences[here.i + 1]


def _closes_the_object(state: ArticleState, tok: Token) -> bool:
    """Whether ``tok``, right after a voiced object (menyampaikan peringatan itu …), shows
    the object closed: a comma or stop, a capitalised word (a day, a place), or a
    preposition of the occasion, the place, the document, to whom or with whom (dalam
    rapat, di Jakarta, kepada wartawan, bersama X); not a predicate the object is the
    subject of (hal itu tidak benar, hal tersebut merupakan hoaks)."""
    lex, low = state.lex, tok.lower
    return not tok.is_word or tok.is_capitalized or low in lex.occasion_prepositions \
        or low in lex.where_prepositions or low in lex.addressee_prepositions \
        or low in lex.document_prepositions or low in lex.together_words


def _closes_the_agent(state: ArticleState, tok: Token) -> bool:
    """A lowercase word after a passive speech verb after which no one named is its
    agent: one telling the occasion (dalam, saat, seusai), with whom (bersama), a relative
    clause (yang) or a verb (… dalam rapat yang dipimpin Presiden X)."""
    lex, low = state.lex, tok.lower
    return not tok.is_capitalized and (low in lex.occasion_prepositions or low in lex.together_words
                                       or low in RELATIVE_MARKERS or looks_like_a_verb(tok))
