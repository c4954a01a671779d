"""Detection: reported speech with a speech or cognition verb and a clause:
``Cho mengatakan (bahwa) …``, ``Kim juga mendesak Rusia untuk …``. The span is the
reported clause; the subject before the verb is the speaker mention."""
from __future__ import annotations

import re
from typing import NamedTuple

from ..mentions import (DEMONSTRATIVES, LIST_CONJUNCTIONS, NOUN_STEM, RELATIVE_MARKERS, Mention, a_year,
                        short_form_in_brackets_at, looks_like_a_passive, looks_like_a_verb, opens_sentence, parse_mention,
                        subject_before, without_enclitic)
from ._clauses import MIN_WORDS_PAST_CUE, speaker_after_cue, with_trailers, before_a_day, contrastive_joins, open_sentences, overlaps_direct, reported_clause, states_nothing
from .base import ArticleState, Candidate

NAME = "reported_speech"


def run(state: ArticleState) -> None:
    doc, lex = state.doc, state.lex
    for sent, toks in open_sentences(state):
        resume = -1  # past a relative clause already reported: the main verb's turn
        carried = None  # (verb, subject, mention): a second verb of the speaker's, joined by dan
        uncut = None  # (record, its whole end, its kind, candidates then): cut before the second verb
        postposed_by_limit: dict[int, list[PostposedCue]] = {}  # found once per sentence and limit
        for t in toks:
            if t.i <= resume or state.in_quote(t.start):
                continue
            last = _speech_verb_end(doc.tokens, t.i, sent.tok_end, lex)
            if last is None:
                continue
            nxt = doc.tokens[last + 1] if last + 1 < sent.tok_end else None
            if nxt is None:
                continue
            if _opens_a_fronted_clause(state, sent, t.i, last):
                continue  # Menanggapi kritik itu, Budi mengakui …: the subject after the comma speaks
            relative = None
            if _in_relative_clause(state, t.i, sent.tok_start):
                # Yohanes, anggota DPR, yang menyebut kebijakan itu terburu-buru, meminta …:
                # a clause set off about the sentence's subject reports its words too.
                relative = _relative_about_the_subject(state, sent, t.i) \
                    or _relative_on_a_statement(state, sent, t.i)
                if relative is None:
                    continue  # laporan yang mengatakan …; tuntutan jaksa yang sebelumnya meminta …
            # Where what was said may run to: the sentence end, or the comma closing the relative clause.
            limit = relative[0] if relative else sent.tok_end
            has_bahwa = nxt.lower in lex.complementizers or (
                nxt.text == "," and last + 2 < sent.tok_end and doc.tokens[last + 2].lower in lex.complementizers)
            content_from = last + 1
            if t.lower in lex.attitude_adjectives and (
                    (t.i > sent.tok_start and doc.tokens[t.i - 1].lower in RELATIVE_MARKERS)
                    or nxt.lower in DEMONSTRATIVES):
                continue  # proyeksi yang terlalu optimistis itu: a noun's modifier
            if limit not in postposed_by_limit:
                postposed_by_limit[limit] = _postposed_cues(state, sent, limit)
            postposed = next((p for p in postposed_by_limit[limit] if p.comma >= last + 1), None)
            if postposed is not None and postposed.speaker is not None:
                # Pemerintah menilai …, kata Menteri X: the postposed cue's speaker says the
                # whole clause, the subject's view with it (trailing_cue), as with
                # Pemerintah optimistis …, kata Menteri X.
                continue
            if postposed is not None and postposed.closes:
                # Budi menilai harga akan turun, katanya.: the words end before their cue.
                limit = postposed.comma
            if t.lower in lex.attitude_adjectives and not has_bahwa and (
                    nxt.lower in lex.object_prepositions or nxt.lower in lex.non_clause_openers
                    or nxt.lower in lex.topic_openers or looks_like_a_verb(nxt)):
                # optimistis terhadap pasar ekspor: what the attitude is about; optimistis
                # menghadapi laga kandang: how someone faces a thing; nothing said.
                continue
            if nxt.lower in _ADDRESSEE_PREPOSITIONS or nxt.lower in lex.adjunct_prepositions:
                # menyampaikan kepada Zinoviev bahwa …, menulis di media sosial X bahwa …:
                # the addressee or the occasion is not what was said.
                comp = next((k for k in range(last + 2, min(last + 16, sent.tok_end))
                             if doc.tokens[k].lower in lex.complementizers), None)
                if comp is not None:
                    has_bahwa, content_from = True, comp
                elif nxt.lower == "kepada":
                    # menyatakan kepada Kompas, Upacara …: the content follows the comma;
                    # menganjurkan kepada semuanya untuk …: a directive keeps its addressee;
                    # melaporkan kepada pihak kepolisian: to whom, and nothing said.
                    comma = next((k for k in range(last + 2, min(last + 7, sent.tok_end))
                                  if doc.tokens[k].text == ","), None)
                    if comma is not None:
                        content_from = comma + 1
                    elif not (t.lower in lex.directive_verbs and any(
                            x.lower in _DIRECTIVE_LINKS for x in doc.tokens[last + 2:sent.tok_end])):
                        continue
                elif _only_where_and_when(state, sent, content_from):
                    continue  # menulis di Instagram pada Minggu (9/11).: nothing said
                else:
                    # mengatakan dalam konferensi pers daring, Senin (13/10/2025), hujan …:
                    # the occasion and its day, set off by commas, are not what was said.
                    content_from = _after_occasion_and_day(state, sent, content_from) or content_from
            elif not has_bahwa and t.lower in lex.denial_verbs \
                    and _a_claim_without_its_content(doc.tokens, content_from, limit, lex):
                # membantah tuduhan Aliansi X yang … menilai …, membantah klaim India: the
                # claim denied, named; what it said, if anything, is its author's words.
                continue
            elif not has_bahwa and t.lower not in lex.denial_verbs:
                that = _that_after_object(doc.tokens, last + 1, sent.tok_end, lex)
                if that is not None:
                    # menyatakan optimismenya bahwa …, mengingatkan Rusia bahwa …: the
                    # feeling named or the one addressed is not what was said.
                    has_bahwa, content_from = True, that
            if not has_bahwa and t.lower in lex.response_verbs \
                    and _names_the_question(doc.tokens, content_from, limit, lex):
                continue  # menjawab singkat pertanyaan hakim: the question answered, no answer told
            # A verb that takes a noun as its object, or a verb-and-noun phrase (memberi
            # sinyal), reports a clause only after bahwa or a comma (mencatat, kasus …).
            # A future marker right after the verb opens what the speaker says will happen
            # (mengancam akan menutup …), not a thing threatened (mengancam warga).
            if (t.lower in lex.noun_content_only_verbs or last > t.i) and not (has_bahwa or nxt.text == ",") \
                    and not (t.lower in lex.excuse_verbs and last == t.i
                             and (_has_subject_and_predicate(doc.tokens, content_from, limit, lex)
                                  or (t.lower in lex.confirmation_verbs
                                      and _predicate_with_no_subject(doc.tokens, content_from, limit, lex)))) \
                    and not (t.lower in lex.reveal_verbs and last == t.i
                             and _has_subject_and_predicate(doc.tokens, content_from, limit, lex, marked=True)) \
                    and not (last == t.i and nxt.lower in lex.future_markers) \
                    and not (t.lower in lex.threat_verbs and last == t.i
                             and _subject_then_future(doc.tokens, content_from, limit, lex)) \
                    and not (t.lower in lex.narrative_verbs and last == t.i
                             and _subject_then_predicate(doc.tokens, content_from, limit, lex)):
                continue
            if t.lower in lex.addressee_directive_verbs and not _urges_someone(doc.tokens, t.i, limit, lex):
                continue  # mendorong pertumbuhan ekonomi: a thing pushed, no one urged
            if t.lower in lex.sentencing_demand_verbs and not has_bahwa and (
                    nxt.ner.endswith("-PER")
                    or any(x.lower in lex.prosecutor_words for x in doc.tokens[sent.tok_start:t.i])):
                continue  # Jaksa menuntut Irwan membayar uang pengganti …: a sentencing demand in court
            if t.lower in lex.record_keeping_verbs and not (has_bahwa or nxt.text == ",") \
                    and not (t.lower in lex.guarantee_verbs and _opens_with_predicate(doc.tokens, content_from, lex)) \
                    and not _has_predicate(doc.tokens, content_from, limit, lex):
                continue  # OJK mencatat kenaikan kredit macet: a figure recorded, nothing said
            if t.lower in lex.thing_or_clause_verbs and not (has_bahwa or nxt.text == ",") \
                    and not _states_a_clause(doc.tokens, content_from, limit, lex):
                continue  # mengusulkan penambahan modal kerja …, mengklaim kepulauan itu: a thing
            if t.lower in lex.directive_verbs and not has_bahwa \
                    and _asks_for_a_thing(doc.tokens, t.i, limit, lex):
                continue  # meminta uang kepada kontraktor: a thing asked for, not a clause
            if t.lower in lex.directive_verbs and not has_bahwa and nxt.lower in lex.procedural_request_nouns \
                    and not _predicate_after_the_phrase(doc.tokens, last + 1, limit, lex):
                continue  # meminta persetujuan pemegang saham dalam rapat …: a step of a procedure
            if t.lower in lex.gaze_verbs and not has_bahwa and nxt.lower in lex.gaze_directions:
                continue  # memandang ke arah sungai: someone looks somewhere, nothing said
            if not has_bahwa and nxt.lower in lex.place_prepositions \
                    and _only_a_place(doc.tokens, content_from, limit, lex):
                continue  # ikut menimpali dari ruang tengah: where someone spoke from, nothing said
            if t.lower in lex.complaint_verbs and not has_bahwa \
                    and _files_a_complaint(doc.tokens, content_from, limit, lex):
                continue  # melaporkan mantan manajernya ke Polda Metro Jaya: a complaint filed
            # After bahwa or a comma a clause is certain, however short (… bahwa rupiah stabil).
            # Bare, a clause of two words is one only with a pronoun for its subject
            # (membantah pihaknya lamban, mengakui dirinya keliru); two other words are
            # as likely a thing (mengakui kekalahan timnya, membantah kabar itu).
            clause = reported_clause(state, sent, content_from,
                                     min_words=2 if has_bahwa or nxt.text == ","
                                     or t.lower not in lex.directive_verbs
                                     and _pronoun_and_predicate(doc.tokens, content_from, sent.tok_end, lex) else 3,
                                     until=limit if limit < sent.tok_end else None)
            if clause is None:
                continue  # X mengatakan, ”…”: a direct quote, attributed by cue_before_quote
            start, end, kind = clause
            if t.lower in lex.directive_verbs:
                # Ia meminta suaminya berobat, tetapi Darto menolak …: what the request
                # met with, told with a subject of its own, is narration, not the request.
                end = _before_the_answer(state, start, end)
            if not has_bahwa and (nxt.lower in lex.topic_openers
                                  or t.lower in lex.directive_verbs and nxt.lower in lex.non_clause_openers):
                # bercerita soal masa kecilnya: a topic, not what was said; keperluan
                # mendesak dengan …, mengingatkan tentang …: no one is urged.
                continue
            # After a comma or "bahwa" a clause follows (menilai, kasus ini pada umumnya …).
            if not has_bahwa and nxt.text != "," \
                    and _anaphoric_object(doc.tokens, doc.token_index_at_or_after(start), limit, lex):
                continue  # "menegaskan komitmen ini dalam pernyataannya": an object, not a clause
            if not has_bahwa and nxt.text != "," and t.lower in lex.medium_object_verbs \
                    and _object_then_medium(doc.tokens, doc.token_index_at_or_after(start), limit, lex):
                continue  # menyampaikan rasa syukurnya melalui akun Instagram: a thing conveyed, and where
            if not has_bahwa and nxt.text != "," and t.lower in lex.medium_object_verbs \
                    and _a_thing_conveyed(doc.tokens, doc.token_index_at_or_after(start), limit, lex):
                continue  # menyampaikan aspirasi dalam rapat dengar pendapat …: a thing, and where
            if any(lex.is_direct_cue(x.text) and not x.is_capitalized and doc.tokens[x.i - 1].text == ","
                   for x in doc.tokens[sent.tok_start + 1:t.i]):
                continue  # Namun, lanjut Teguh, … Ombudsman menilai …: Teguh speaks (trailing_cue)
            if states_nothing(state, sent, t):
                continue  # tidak menjawab panggilan; harus memastikan; dalam menyampaikan …
            if relative is None and _in_a_backdrop_clause(doc.tokens, sent, t.i, lex):
                continue  # Ketika pemerintah mengumumkan …, Dahlan ikut bersuka cita: the scene
            subject = subject_before(doc, t.i, lex) if relative is None else relative[1]
            if carried is not None and carried[0] == t.i:
                subject = carried[1]  # … membantah A dan menyebut B: the first verb's subject
            if t.lower in lex.record_keeping_verbs and t.lower not in lex.guarantee_verbs and (
                    any(x.lower in lex.record_subjects for x in subject or ())
                    or _a_measurement(state, start, end)):
                # Data KBRI Tokyo mencatat ada 4.800 WNI …, BPS mencatat ekonomi tumbuh 4,87%,
                # Kemenkes mencatat kasus campak meningkat: a record, no statement.
                continue
            mention = parse_mention(doc, subject, lex) if subject else None
            if carried is not None and carried[0] == t.i:
                mention = carried[2]
            if mention is None and relative is not None and len(subject) == 1 and subject[0].lower.endswith("nya"):
                # pernyataannya yang menyebut …: the -nya of the statement speaks.
                mention = Mention(subject[0].end - 3, subject[0].end, "nya", pronoun=True)
            if subject and mention is None and t.i > sent.tok_start and not _statement_pointing_back(subject, lex):
                continue  # the subject is a thing, not a speaker: "Data itu menunjukkan …"
            if postposed is not None and not _a_person_subject(mention):
                # Pemerintah menilai …, katanya.: the -nya is the one the article quotes, not a
                # body or a group; the whole clause is that one's (trailing_cue).
                continue
            if relative is not None:
                state.add(Candidate(
                    type=kind, start=start, end=end, sent=sent.i, cue_start=t.start, cue_end=doc.tokens[last].end,
                    mention=mention, rules={"detect": NAME + ":relative"}))
                resume = relative[0]
                continue  # the main verb after the clause (… meminta pemerintah menunda …) may report more
            joined = _joined_statement(state, sent, start, end, t)
            if joined is not None:
                # … mengatakan Manila kecewa dan menegaskan bahwa Filipina akan …: two
                # statements by one speaker, each with its own verb (the second may say
                # only a thing, and give no record: … dan menyatakan kesediaan Indonesia …).
                cut, verb2, second = joined
                whole_end, whole_kind = end, kind
                end = cut
                kind = "mixed" if overlaps_direct(state, start, end) > 0 else "indirect"
            record = Candidate(
                type=kind, start=start, end=end, sent=sent.i, cue_start=t.start, cue_end=doc.tokens[last].end,
                mention=mention, rules={"detect": NAME + (":joined" if carried is not None and carried[0] == t.i
                                                          else ":bahwa" if has_bahwa else ":bare")})
            state.add(record)
            if joined is not None and second is _ITS_OWN:
                # … membantah A dan menyebut kekeruhan akibat hujan: whether the second verb
                # reports a clause is decided as for any verb, with the first one's subject;
                # where it reports none (… dan mengklaim situasi aman), the first runs on.
                resume, carried = verb2.i - 1, (verb2.i, subject, mention)
                uncut = (record, whole_end, whole_kind, verb2, len(state.candidates))
                continue
            if joined is not None and second is not None:
                state.add(Candidate(
                    type=second[2], start=second[0], end=second[1], sent=sent.i, cue_start=verb2.start,
                    cue_end=verb2.end, mention=mention, rules={"detect": NAME + ":joined"}))
            break
        if uncut is not None:
            record, whole_end, whole_kind, verb2, n = uncut
            if not any(c.cue_start == verb2.start for c in state.candidates[n:]):
                # … membantah A dan mengklaim situasi aman: the second verb reported no
                # clause of its own, so the denial's words run on over it, as they would
                # with no counter-claim at all.
                record.end, record.type = whole_end, whole_kind
                state.candidates[n:] = [c for c in state.candidates[n:]
                                        if not record.start <= c.start < whole_end]


def _postposed_cues(state: ArticleState, sent, limit: int) -> list[PostposedCue]:
    """Each direct cue set after reported words with a comma, outside any quotation, in the
    sentence up to token ``limit``, in order; a speech verb's is the first after its own
    words (…, kata Menteri X.; …, ujarnya kepada wartawan.; …,
    demikian kata X): the comma's token, the speaker the cue names (None for a pronoun or
    -nya, ``kata dia``, ``katanya``) and whether the cue closes the words (False where a
    clause goes on after it: …, kata dia, karena …). Not where the cue word names no one
    after it (…, jelas menunjukkan …: an adverb). A cue naming
    someone counts only where it closes the words: with a clause going on after it the
    cue word is used in another sense (seorang saksi, sebut saja Sari, melihat …)."""
    doc, lex = state.doc, state.lex
    toks = doc.tokens
    found_cues = []
    for k in range(sent.tok_start, limit - 1):
        if toks[k].text != "," or state.in_quote(toks[k].start):
            continue
        j = k + 2 if toks[k + 1].lower in lex.closing_adverbs and k + 2 < limit else k + 1
        cue = toks[j]
        if cue.is_capitalized or not lex.is_direct_cue(cue.text):
            continue
        found = speaker_after_cue(doc, j, limit, lex)
        mention = found.mention
        if mention is None and not lex.has_speaker_clitic(cue.text):
            continue  # …, jelas menunjukkan …: no one named after the cue word
        closes = len(found.rest) < MIN_WORDS_PAST_CUE
        if mention is not None and not mention.pronoun and not closes:
            continue  # seorang saksi, sebut saja Sari, melihat …: a name given in passing, not a cue
        found_cues.append(PostposedCue(k, None if mention is None or mention.pronoun else mention, closes))
    return found_cues


class PostposedCue(NamedTuple):
    comma: int  # the comma's token index, before the cue
    speaker: Mention | None  # whom the cue names; None for a pronoun or -nya (kata dia, katanya)
    closes: bool  # whether the cue closes the words: always so where ``speaker`` is a name


def _a_person_subject(mention: Mention | None) -> bool:
    """Whether the verb's subject is one person, named or a pronoun (Budi menilai …;
    Ia menilai …): the one a postposed ``katanya`` or ``kata dia`` points back to."""
    return mention is not None and mention.kind == "person" and (mention.pronoun or mention.name is not None) \
        and not mention.co_mentions


def _before_the_answer(state: ArticleState, start: int, end: int) -> int:
    """Where a request's words end before ``, tetapi`` (a contrastive joiner) and a
    clause with a subject of its own, a subject pronoun or a name and then its verb
    (…, tetapi Darto menolak …; …, namun ia enggan …): how the one asked answered, which
    the text tells, no part of what was asked; ``end`` where no such clause follows
    (…, tetapi tetap waspada: one more thing asked)."""
    lex = state.lex
    toks = state.doc.tokens_between(start, end)
    for k in contrastive_joins(toks, 1, len(toks) - 2, lex):
        j = k + 2
        if toks[j].lower in lex.subject_pronouns:
            j += 1
        else:
            while j < len(toks) and toks[j].is_word and toks[j].is_capitalized:
                j += 1  # a name
            if j == k + 2:
                continue
        if j < len(toks) and toks[j].is_word and not toks[j].is_capitalized and looks_like_a_verb(toks[j]):
            return toks[k - 1].end
    return end


def _pronoun_and_predicate(tokens, first: int, end: int, lex) -> bool:
    """Whether the words from ``first`` are a pronoun standing for a person or a body
    (``pihaknya``, ``dirinya``, ``ia``, ``mereka``) and one lowercase word that closes
    the sentence: a clause of a subject and its predicate (``membantah pihaknya
    lamban``), not a pronoun as the object of a phrase running on (``menyebut dirinya
    sebagai …``) nor one pointing at a thing (``dirinya itu``), nor one an adverb closes
    (``menyebut mereka lagi``, ``menyebut dirinya sendiri``). A directive's pronoun is
    whom it urges (``mengajak mereka …``): the caller does not ask here."""
    if first + 1 >= end or tokens[first].lower not in lex.clause_subject_pronouns:
        return False
    pred = tokens[first + 1]
    if not pred.is_word or pred.is_capitalized or pred.lower in DEMONSTRATIVES or pred.lower in lex.non_predicate_words \
            or pred.lower in lex.adjunct_prepositions or pred.lower in lex.non_clause_openers:
        return False
    return first + 2 >= end or not tokens[first + 2].is_word


_MAX_OBJECT_WORDS = 3  # optimismenya, harapan besarnya, Dewan Keamanan PBB
# Of the complementizers, the one that only ever opens what was said (kalau, jika may open
# a condition): grammar, not vocabulary.
_THAT = "bahwa"


def _names_the_question(tokens, first: int, end: int, lex) -> bool:
    """Whether the words from ``first`` name the question a reply verb answers, past
    words of manner (``singkat pertanyaan hakim``, ``pertanyaan wartawan``)."""
    k = first
    while k < end and tokens[k].lower in lex.speech_manner_words:
        k += 1
    return k < end and tokens[k].lower in lex.question_nouns


def _that_after_object(tokens, first: int, end: int, lex) -> int | None:
    """The index of ``bahwa`` after a short object of the speech verb (menyatakan
    ``optimismenya`` bahwa …, mengingatkan ``Rusia`` bahwa …); None where words that open
    a clause (akan, tidak, a verb) or a comma come first, where the object is someone
    else's claim (menanggapi laporan bahwa …: the clause says what the claim was), or
    where no ``bahwa`` follows soon."""
    for k in range(first, min(first + _MAX_OBJECT_WORDS + 1, end)):
        t = tokens[k]
        if t.lower == _THAT:
            return k if k > first else None
        if t.lower in lex.claim_nouns or (t.lower.endswith("nya") and t.lower[:-3] in lex.claim_nouns):
            return None
        # (menteri looks like a verb by its first letters; a title is none)
        verb = (looks_like_a_verb(t) and t.lower not in lex.title_heads) or looks_like_a_passive(t, lex)
        if not t.is_word or verb or t.lower in lex.predicate_markers \
                or t.lower in lex.negators or t.lower in lex.complementizers or t.lower in lex.adjunct_prepositions:
            return None
    return None


def _a_claim_without_its_content(tokens, first: int, end: int, lex) -> bool:
    """Whether the words from ``first`` open with a noun for someone else's claim
    (tudingan, isu, klaim) and tell no clause of it after ``bahwa`` within its short
    noun phrase (``tudingan itu``, ``klaim India``, ``tuduhan Aliansi X yang …
    menilai …``, whose author's words the relative clause reports): a thing denied, no
    statement; ``tudingan bahwa …``, ``laporan media Israel bahwa …``, a verb phrase
    right after the noun (``tudingan menerima suap …``) and, with no author named,
    ``kabar yang menyebut …`` say what was denied."""
    if first >= end or tokens[first].lower not in lex.claim_nouns:
        return False
    nxt = tokens[first + 1] if first + 1 < end else None
    if nxt is not None and (nxt.lower in RELATIVE_MARKERS or not nxt.is_capitalized and (
            looks_like_a_verb(nxt) or nxt.lower in lex.predicate_markers)):
        return False
    for k in range(first + 1, min(first + 2 + _MAX_OBJECT_WORDS, end)):
        t = tokens[k]
        if t.lower == _THAT:
            return False
        if not t.is_word or t.lower in RELATIVE_MARKERS or t.lower in lex.complementizers:
            return True
    return True


def _statement_pointing_back(subject, lex) -> bool:
    """``Pernyataan itu``, ``Keterangan tertulis tersebut``: a statement the article told
    of, as the subject of a speech verb (Pernyataan itu juga menyebut …); whoever issued
    it speaks (context_speaker), not the statement. Not a record or figures (Data itu
    menunjukkan …), which say what they show."""
    words = [t for t in subject if t.lower not in lex.subject_adverbs or t.lower in DEMONSTRATIVES]
    return len(words) >= 2 and words[-1].lower in DEMONSTRATIVES \
        and all(t.lower in lex.closing_statement_nouns for t in words[:-1])


# The second clause of a joined statement that the quick test does not find a clause: the
# main loop decides at the second verb, as for any verb.
_ITS_OWN = object()


def _joined_statement(state: ArticleState, sent, start: int, end: int, first_verb):
    """A second speech verb joined to the first statement's clause by dan/serta (or by
    ``, tetapi``/``namun``/…, ``contrastive_predicate_joiners``, where the first clause
    opens with its predicate or a verb) and followed by bahwa or a comma (… Manila kecewa dan menegaskan bahwa …): where the first
    clause ends, the verb, and the second clause; None when there is none. Without bahwa
    or a comma the verb may be the clause's own (pemerintah akan membantu dan
    menjelaskan …), so it stays inside, unless it urges someone after a clause with no
    subject (``_speaker_urges_too``) or is a verb of stating (``_speaker_states_too``),
    whose second clause is None where it states only a thing."""
    doc, lex = state.doc, state.lex
    toks = [t for t in doc.tokens_between(start, end) if not state.in_quote(t.start)]
    if not toks:
        return None  # (every word after the verb inside an unclosed quotation)
    # (… menyatakan mendukung A, tetapi meminta X untuk …: a contrasting second statement
    # where the first clause opens with its predicate, no subject of its own that the
    # second verb could be the predicate of)
    contrasts = _opens_with_predicate(doc.tokens, toks[0].i, lex) or looks_like_a_verb(toks[0])
    for k, t in enumerate(toks[:-2]):
        if k == 0 or not (t.lower in LIST_CONJUNCTIONS or (
                contrasts and t.lower in lex.contrastive_predicate_joiners and toks[k - 1].text == ",")):
            continue
        v = k + 1
        while v < len(toks) - 1 and toks[v].lower in ("juga", "pun"):
            v += 1
        verb = toks[v]
        after = toks[v + 1]
        if not lex.is_reporting_verb(verb.text) or verb.is_capitalized:
            continue
        if after.lower in lex.complementizers or after.text == ",":
            second = reported_clause(state, sent, after.i, min_words=2)
        elif _speaker_urges_too(state, toks, k, v, end):
            # … menyatakan tidak mengakui X dan meminta Y untuk …: the first clause has no
            # subject of its own, so the speaker does both; the second urges someone.
            second = reported_clause(state, sent, after.i, min_words=2)
        elif _speaker_states_too(state, toks, k, v, first_verb):
            # … berharap kedua kubu dapat menahan diri dan menyatakan kesediaan
            # Indonesia …: a verb of stating is the speaker's second act; what it states
            # is a record where it is a clause; an attitude it names (kesediaan,
            # keprihatinan) is none; anything else (siap bekerja sama …; after a
            # denial, menyebut kekeruhan akibat hujan) is judged as for any verb. A
            # denial may be the clause's own (pihaknya tidak terlibat … dan menyebut …).
            limit = doc.token_index_at_or_after(end)
            cut = _end_before(doc.tokens, t.i)
            if cut <= start:
                return None
            if _states_a_clause(doc.tokens, after.i, limit, lex, urged=False):
                return cut, verb, reported_clause(state, sent, after.i, min_words=2)
            if lex.is_abstract_noun(after.text) and verb.lower not in lex.counter_claim_verbs:
                return cut, verb, None
            if verb.lower in lex.counter_claim_verbs and _names_only(doc.tokens, after.i, limit, lex):
                continue  # … membantah A dan menyebut nama tiga pejabat lain: naming, no statement
            return cut, verb, _ITS_OWN
        else:
            continue
        cut = _end_before(doc.tokens, t.i)
        if second is None or cut <= start:
            return None
        return cut, verb, second
    return None


def _names_only(tokens, first: int, end: int, lex) -> bool:
    """Whether the words from ``first`` after a counter-claim verb name people or things,
    saying nothing of them: a naming noun opens them (``nama tiga pejabat lain``,
    ``identitas pelaku``), or a short noun phrase then a listing marker (``lima tersangka
    baru, yakni …``)."""
    if tokens[first].lower in lex.naming_objects:
        return True
    for k in range(first + 1, min(first + 2 + _MAX_OBJECT_WORDS, end)):
        t = tokens[k]
        if t.lower in lex.listing_markers:
            return True
        if t.text == ",":
            continue
        if not t.is_word or looks_like_a_verb(t) or t.lower in lex.predicate_markers or t.lower in lex.negators:
            return False
    return False


def _end_before(tokens, conj: int) -> int:
    """Where the first clause ends before the conjunction at ``conj``: after the word
    before it, a closing quotation mark included (… menyebut laporan itu “sepihak” dan
    …), without a comma."""
    k = conj - 1
    if tokens[k].text == ",":
        k -= 1
    return tokens[k].end


def _speaker_states_too(state: ArticleState, toks, k: int, v: int, first_verb) -> bool:
    """Whether the verb ``toks[v]`` after the joiner at ``k`` (dan/serta, or a
    contrastive one after a clause with no subject) is one of stating, the
    speaker's own (… dapat menahan diri dan menyatakan …; after a denial the claim set
    against it, … membantah A dan menyebut B), not an act of someone the clause urges:
    no purpose link before it (``menginstruksikan para menteri untuk menghitung ulang
    anggaran serta menegaskan …``: the urged ones' acts)."""
    lex = state.lex
    low = toks[v].lower
    return (low in lex.joined_statement_verbs
            or low in lex.counter_claim_verbs and _claim_set_against(state, toks, low, first_verb)) \
        and not any(x.lower in _DIRECTIVE_LINKS for x in toks[:k])


def _claim_set_against(state: ArticleState, toks, low: str, first_verb) -> bool:
    """Whether the claim verb ``low`` joined after the reported clause is the speaker's
    claim set against it: after a denial, by its verb (membantah …) or by its clause, the
    speaker themselves or their side as its subject, then a negator (``pihaknya tidak
    terlibat …``; ``speaker_self_subjects``); or after a clause of their side's when it
    is a charge (``pihaknya bertanggung jawab … dan menuding …``;
    ``self_side_charge_verbs``). Not a verb the side does as well as it says (pihaknya
    akan memeriksa rekaman dan menilai …): a second act of the same subject, inside the
    words."""
    lex = state.lex
    if first_verb.lower in lex.denial_verbs:
        return True
    if len(toks) < 2 or toks[0].lower not in lex.speaker_self_subjects:
        return False
    return toks[1].lower in lex.negators or low in lex.self_side_charge_verbs


def _speaker_urges_too(state: ArticleState, toks, k: int, v: int, end: int) -> bool:
    """Whether the directive ``toks[v]`` after the joiner (dan/serta, or a contrastive
    one after a clause with no subject) is the speaker's own second
    statement: the reported clause opens with a predicate, no subject of its own
    (``tidak mengakui …``, ``akan …``), and the directive names whom it urges, then a
    link (``meminta Kamboja untuk …``). A clause with its own subject (``pemerintah akan
    menaikkan tarif dan meminta warga untuk …``) may report that subject's request."""
    doc, lex = state.doc, state.lex
    verb = toks[v]
    if verb.lower not in lex.directive_verbs:
        return False
    if toks[k].lower not in lex.contrastive_predicate_joiners and not _opens_with_predicate(doc.tokens, toks[0].i, lex):
        # (a contrastive joiner at k was taken only after a clause opening with its
        # predicate or a verb, no subject of its own: _joined_statement's ``contrasts``;
        # the joiner at k, not the word before the verb, which may be juga: tetapi juga meminta)
        return False
    limit = doc.token_index_at_or_after(end)
    link = next((k for k in range(verb.i + 2, min(verb.i + 2 + _URGED_WORDS, limit))
                 if doc.tokens[k].lower in _DIRECTIVE_LINKS), None)
    return link is not None and _urges_someone(doc.tokens, verb.i, limit, lex)


def _speech_verb_end(tokens, k: int, end: int, lex) -> int | None:
    """The index of the last word of the speech verb opening at token ``k``: ``k`` for a
    verb, the noun for a phrase (memberi sinyal); None when no speech verb opens there."""
    if lex.is_reporting_verb(tokens[k].text):
        return k
    word = tokens[k].lower
    if word.endswith("nya") and word[:-3] in lex.directive_verbs and k + 1 < end \
            and looks_like_a_verb(tokens[k + 1]):
        # memintanya mencari pekerjaan …: the one urged is the clitic, what they are
        # urged to do follows.
        return k
    for phrase in lex.speech_phrases:
        n = len(phrase)
        if k + n <= end and tuple(x.lower for x in tokens[k:k + n]) == phrase:
            return k + n - 1
    return None


_FRONTED_CLAUSE_WORDS = 8  # Menanggapi kritik para pedagang soal tarif retribusi itu, …


def _opens_a_fronted_clause(state: ArticleState, sent, verb: int, last: int) -> bool:
    """Whether the speech verb at ``verb`` opens the sentence with no subject and its
    object, a few words closed by a comma, before a main clause with a subject and a
    predicate of its own (Menjawab kritik tersebut, Budi mengakui …; Menanggapi keluhan
    itu, ia menyebut …): an adverbial clause telling what the main clause answers, no
    statement of its own. Not a verb with the comma right after it (Menambahkan, …) or
    bahwa before the comma."""
    doc, lex = state.doc, state.lex
    toks = doc.tokens
    if not opens_sentence(doc, toks[verb]):
        return False
    comma = next((k for k in range(last + 1, min(last + 2 + _FRONTED_CLAUSE_WORDS, sent.tok_end))
                  if toks[k].text == "," or not toks[k].is_word or toks[k].lower in lex.complementizers), None)
    if comma is None or comma == last + 1 or toks[comma].text != "," or state.in_quote(toks[comma].start):
        return False
    # The main clause: a subject and its predicate, outside quotation marks.
    return sum(1 for x in toks[comma + 1:sent.tok_end] if x.is_word and not state.in_quote(x.start)) >= 2


def _in_a_backdrop_clause(tokens, sent, verb: int, lex) -> bool:
    """Whether the speech verb at ``verb`` stands in a clause that tells when or on what
    condition the main clause holds, fronted and closed by a comma (Lima tahun lalu,
    ketika pemerintah mengumumkan ibu kota akan pindah, Dahlan ikut bersuka cita; Sebab,
    saat kondisi mendesak …, kebutuhan …): the opener starts the sentence or follows a
    fronted phrase with no verb, its subject and no other verb stand between it and the
    speech verb, and a comma after the verb leads to the main clause. Not an adverb of
    time (Saat itu ia meminta …), nor a clause of its own verb that ends unmarked (Saat
    ditemui Budi mengatakan, …)."""
    k = verb - 1
    while k >= sent.tok_start and tokens[k].text != "," and tokens[k].lower not in lex.backdrop_clause_openers:
        k -= 1
    if k < sent.tok_start or tokens[k].text == "," or k + 1 >= verb:
        return False
    opener = k
    if tokens[opener + 1].lower in DEMONSTRATIVES:
        return False  # Saat itu, Ketika itu: when, no clause
    between = tokens[opener + 1:verb]
    if any(not x.is_word or looks_like_a_verb(x) or looks_like_a_passive(x, lex) or lex.is_reporting_verb(x.text)
           for x in between):
        return False
    fronted = [x for x in tokens[sent.tok_start:opener] if x.is_word or x.text == ","]
    if fronted and (fronted[-1].text != "," or any(
            looks_like_a_verb(x) or lex.is_reporting_verb(x.text) for x in fronted if x.is_word)):
        return False  # Budi mengatakan, ketika …: the opener is inside what was said
    return any(x.text == "," for x in tokens[verb + 1:sent.tok_end - 1])


def _in_relative_clause(state: ArticleState, verb: int, first: int) -> bool:
    """Whether the verb at ``verb`` opens a relative clause: ``yang`` before it, maybe
    with adverbs or a day between (tuntutan jaksa yang sebelumnya meminta …, tuduhan X
    yang pada Senin (3/3/2025) menilai …): it describes a noun, it reports no one's
    words."""
    tokens, lex = state.doc.tokens, state.lex
    k = verb - 1
    while k > first:
        day = _day_ending_at(state, k)
        if day is not None:
            k = before_a_day(state, day, first)
            continue
        if tokens[k].lower in lex.subject_adverbs \
                and tokens[k].lower not in RELATIVE_MARKERS and tokens[k].lower not in DEMONSTRATIVES:
            k -= 1
            continue
        break
    return k >= first and tokens[k].lower in RELATIVE_MARKERS


def _day_ending_at(state: ArticleState, k: int) -> int | None:
    """The first token of a date the text writes ending with token ``k`` (Senin
    (3/3/2025), 3 Maret 2025, kemarin); None where none ends there."""
    tok = state.doc.tokens[k]
    for dm in state.date_mentions:
        if dm.end == tok.end and dm.start < tok.end:
            return state.doc.token_index_at_or_after(dm.start)
    return None


def _relative_about_the_subject(state: ArticleState, sent, verb: int):
    """For a speech verb in a relative clause set off by commas right after the
    sentence's subject, before its predicate (``Yohanes Marbun, anggota Komisi XI DPR,
    yang menyebut kebijakan itu terburu-buru, meminta …``): the comma that closes the
    clause and the subject's words, whose words the clause reports; None for a clause
    about a thing or an object (``laporan yang mengatakan …``, ``… dalam surat
    keputusan, yang menyatakan …``), or without commas round it (``Pengamat yang
    menyebut … meminta …``: which observer, a restrictive clause)."""
    doc, lex = state.doc, state.lex
    toks = doc.tokens
    yang = verb - 1
    while toks[yang].lower not in RELATIVE_MARKERS:
        yang -= 1
    if yang - 1 <= sent.tok_start or toks[yang - 1].text != ",":
        return None
    # Nothing before the clause may be a predicate: its noun phrase is the sentence's subject.
    if any(not x.is_capitalized and (looks_like_a_verb(x) or looks_like_a_passive(x, lex))
           or x.lower in RELATIVE_MARKERS for x in toks[sent.tok_start:yang - 1] if not state.in_quote(x.start)):
        return None
    for close in range(verb + 2, min(sent.tok_end - 1, verb + 1 + _RELATIVE_CLAUSE_WORDS)):
        if toks[close].text != "," or state.in_quote(toks[close].start):
            continue
        # The predicate after it, maybe after a few adverbs (…, kini meminta …).
        main = next((k for k in range(close + 1, min(close + 1 + _PREDICATE_REACH, sent.tok_end))
                     if not toks[k].is_capitalized and (looks_like_a_verb(toks[k]) or looks_like_a_passive(toks[k], lex))),
                    None)
        if main is None or any(not x.is_word or x.is_capitalized for x in toks[close + 1:main]):
            continue
        subject = subject_before(doc, yang, lex)
        return (close, subject) if subject else None
    return None


_RELATIVE_CLAUSE_WORDS = 20
_PREDICATE_REACH = 3
_POSSESSOR_WORDS = 5  # pembelaan (terdakwa Rudy Hartawan Siregar) yang menyebut …


def _relative_on_a_statement(state: ArticleState, sent, verb: int):
    """For a speech verb in a relative clause on a noun for someone's own words and whose
    they are (``… tidak sependapat dengan pembelaan Rudy yang menyebut uang itu hadiah``,
    ``pernyataannya yang menyebut …``): where the clause ends (a comma, or the sentence
    end) and the words naming that person, who said it; None for a noun of anything else
    (``laporan yang mengatakan …``, ``tuntutan jaksa yang meminta …``) or with no one named."""
    doc, lex = state.doc, state.lex
    toks = doc.tokens
    yang = verb - 1
    while toks[yang].lower not in RELATIVE_MARKERS:
        yang -= 1
    noun = next((k for k in range(yang - 1, max(sent.tok_start, yang - 1 - _POSSESSOR_WORDS) - 1, -1)
                 if not toks[k].is_capitalized and _statement_noun(toks[k].lower, lex, k == yang - 1)), None)
    if noun is None:
        return None
    owner = toks[noun + 1:yang]
    if not owner:
        # pernyataannya yang menyebut …: -nya says whose.
        subject = [toks[noun]]
    elif any(not t.is_word for t in owner) or not owner[-1].is_capitalized:
        return None
    else:
        subject = owner
    close = next((k for k in range(verb + 2, sent.tok_end) if toks[k].text == "," and not state.in_quote(toks[k].start)),
                 sent.tok_end)
    return close, subject


def _statement_noun(low: str, lex, with_clitic: bool) -> bool:
    """``pembelaan``, ``pernyataan``; ``pernyataannya`` right before ``yang``."""
    if with_clitic and low.endswith("nya"):
        return low[:-3] in lex.own_statement_nouns
    return low in lex.own_statement_nouns


def _only_where_and_when(state: ArticleState, sent, first: int) -> bool:
    """Whether the words from token ``first`` (an adjunct: di Instagram, melalui akun
    resminya) run, with no comma and no predicate, into a date that closes the sentence
    (… pada Minggu (9/11).): where and when someone spoke or wrote, not what."""
    doc = state.doc
    last = sent.tok_end - 1
    while last > first and doc.tokens[last].text in ".!?;":
        last -= 1
    closing = next((dm for dm in state.date_mentions
                    if doc.tokens[first].start < dm.start and dm.end == doc.tokens[last].end), None)
    if closing is None:
        return False
    before = doc.token_index_at_or_after(closing.start)
    return not any(t.text == "," for t in doc.tokens[first:before]) \
        and not _has_predicate(doc.tokens, first, before, state.lex)


_OCCASION_WORDS = 12  # dalam konferensi pers daring di Kantor BNPB, Jakarta: how long the occasion may run


def _after_occasion_and_day(state: ArticleState, sent, first: int) -> int | None:
    """The token after an occasion (an adjunct from token ``first``: dalam konferensi pers,
    di Garut, saat dihubungi) and the day that closes it, set off by commas (…, Senin
    (13/10/2025), hujan …): where what was said starts; None where no day set off so
    follows the adjunct within a few words (mengatakan di desa itu banyak warga …)."""
    doc = state.doc
    for dm in state.date_mentions:
        if dm.start <= doc.tokens[first].start:
            continue
        k = doc.token_index_at_or_after(dm.start)
        if k >= sent.tok_end or _occasion_length(doc.tokens, first, k) > _OCCASION_WORDS:
            return None
        if doc.tokens[k - 1].text != "," or state.in_quote(dm.start) \
                or any(not (t.is_word or t.text in ",.()-/") for t in doc.tokens[first:k - 1]):
            return None
        after = doc.token_index_at_or_after(with_trailers(state, dm.end, doc.tokens[sent.tok_end - 1].end))
        if after + 1 < sent.tok_end and doc.tokens[after].text == ",":
            return after + 1
        return None
    return None


def _occasion_length(tokens, first: int, end: int) -> int:
    """How long the occasion in tokens [first, end) runs: a run of capitalised words, the
    event's or the place's name, counts as one (``konferensi pers Rapat Dewan Komisioner
    Bulanan``), and a body's acronym in brackets after it as none (``(RDKB)``)."""
    n, k = 0, first
    while k < end:
        if short_form_in_brackets_at(tokens, k) and k + 2 < end:
            k += 3
            continue
        if tokens[k].is_capitalized:
            while k + 1 < end and tokens[k + 1].is_capitalized:
                k += 1
        n += 1
        k += 1
    return n


def _only_a_place(tokens, first: int, end: int, lex) -> bool:
    """Whether the words from ``first`` (a place preposition right after the speech
    verb: ``dari balik pintu``, ``di teras rumah``) are a place phrase alone up to the
    sentence's end: no comma, no quotation mark and no predicate after it, so they say
    where someone spoke, not what (``menimpali dari dapur``; not ``mengatakan di
    Jakarta, harga …`` nor ``mengatakan di desa itu banyak warga mengungsi``)."""
    for k in range(first + 1, end):
        if not tokens[k].is_word and tokens[k].text not in ".!?":
            return False
    return not _has_predicate(tokens, first, end, lex)


_NUMBER = re.compile(r"^(?:Rp|US\$|\$)?\d+(?:[.,/:]\d+)*$")


def _a_measurement(state: ArticleState, start: int, end: int) -> bool:
    """Whether the words in characters [start, end) report a measurement: a figure's or
    a change's word (``measurement_words``: persen, jumlah, meningkat, melonjak …) or a
    number (4,87, 12.548, Rp9.050) that is no date's and no year (sepanjang 2024)."""
    lex = state.lex
    dates = [(dm.start, dm.end) for dm in state.date_mentions if dm.start < end and dm.end > start]
    for tok in state.doc.tokens_between(start, end):
        if tok.lower in lex.measurement_words:
            return True
        if _NUMBER.match(tok.text) and not a_year(tok) \
                and not any(a <= tok.start < b for a, b in dates):
            return True
    return False


def _has_predicate(tokens, first: int, end: int, lex) -> bool:
    """Whether the words from ``first`` hold a clause's predicate after its first word:
    a verb or a word that opens one (``kasus DBD meningkat``, ``12 juta orang telah
    mengungsi``); a verb after ``yang`` describes a noun (``kasus yang meningkat``), and a
    preposition shaped like a verb opens a phrase (``penyelundupan benih melalui bandara``,
    ``laporan mengenai …``)."""
    return any((looks_like_a_verb(tokens[k]) and not _a_preposition(tokens[k], lex)
                or tokens[k].lower in lex.predicate_markers)
               and tokens[k - 1].lower not in RELATIVE_MARKERS for k in range(first + 1, end))


def _a_preposition(tok, lex) -> bool:
    """``melalui``, ``mengenai``: a preposition or topic word, no predicate, though it
    opens like an active verb."""
    return tok.lower in lex.adjunct_prepositions or tok.lower in lex.topic_openers


def _a_verb_follows(tokens, k: int, end: int, lex) -> bool:
    """Whether the link at ``k`` opens a clause: a conjunction (agar konstruksi tidak …,
    its own subject may come first), or a preposition before a verb (untuk menaikkan …),
    not before a noun (untuk juara: whom a thing is for)."""
    return tokens[k].lower not in lex.object_prepositions or (k + 1 < end and looks_like_a_verb(tokens[k + 1]))


def _states_a_clause(tokens, first: int, end: int, lex, urged: bool = True) -> bool:
    """Whether the words from ``first`` are a clause, not a thing proposed or claimed:
    a predicate opens them, the subject left out (``merugi hingga …``, ``tidak tahu``,
    ``agar …``, ``sukses di lima kecamatan …``: one word, then an adjunct), or one
    follows their subject (``pemerintah menaikkan tarif``, ``warga yang terdampak sudah
    menerima …``), before a conjunction opens a clause of its own
    (``kepulauan itu, sementara Tiongkok menolak …``). A verb of a relative clause
    describes a noun of the thing (``… modal kerja yang akan dicairkan bulan depan``).
    With ``urged`` a purpose link after the first words names someone urged
    (``mengusulkan pemerintah untuk menaikkan …``); without, it is the noun's own
    complement (``menyatakan kesediaan Indonesia untuk menjadi …``), no predicate."""
    opener = tokens[first]
    if (urged and opener.lower in _DIRECTIVE_LINKS) or opener.lower in lex.predicate_markers \
            or opener.lower in lex.negators or looks_like_a_verb(opener) or looks_like_a_passive(opener, lex):
        return True
    if first + 1 < end and opener.is_word and not opener.is_capitalized and not lex.is_abstract_noun(opener.text) \
            and (tokens[first + 1].lower in lex.adjunct_prepositions or tokens[first + 1].lower in lex.adjunct_openers) \
            and tokens[first + 1].lower not in lex.recipient_prepositions \
            and not (tokens[first + 1].lower in _DIRECTIVE_LINKS and not _a_verb_follows(tokens, first + 1, end, lex)):
        # mengklaim sukses di lima kecamatan: a predicate alone, then an adjunct; not a
        # thing and whom it is for (menjanjikan bantuan bagi warga …, beasiswa untuk
        # pelajar miskin: untuk before no verb).
        return True
    for k in range(first + 1, end):
        tok = tokens[k]
        if tok.lower in lex.clause_conjunctions or tok.lower in lex.complementizers:
            return False
        if _predicate_after_so_far(tokens, first, k, end, lex):
            return True  # mengklaim respons yang diterima sejauh ini positif
        if tok.lower in _DIRECTIVE_LINKS:
            # mengusulkan pemerintah untuk menaikkan …: someone urged, before a verb; not
            # whom a thing is for (menjanjikan hadiah untuk juara turnamen).
            return urged and _a_verb_follows(tokens, k, end, lex)
        if not (tok.lower in lex.predicate_markers or tok.lower in lex.negators
                or looks_like_a_verb(tok) or looks_like_a_passive(tok, lex)):
            continue
        j = k - 1
        while j > first and (tokens[j].lower in lex.predicate_markers or tokens[j].lower in lex.negators
                             or tokens[j].lower in lex.subject_adverbs) and tokens[j].lower not in RELATIVE_MARKERS:
            j -= 1
        if tokens[j].lower not in RELATIVE_MARKERS:
            return True
    return False


def _predicate_after_so_far(tokens, first: int, k: int, end: int, lex) -> bool:
    """Whether one of ``so_far_adverbs`` at ``k`` closes a relative clause opened after
    ``first`` (``respons yang diterima sejauh ini``) and a lowercase word follows it that
    opens no phrase or clause of its own (``positif``): that word is the predicate. The
    relative clause needs a word of its own before the adverb: right after ``yang`` the
    adverb opens it, and the word after is its verb (``warga yang hingga kini tinggal
    di pengungsian``)."""
    phrase = next((p for p in lex.so_far_adverbs
                   if k + len(p) < end and tuple(t.lower for t in tokens[k:k + len(p)]) == p), None)
    if phrase is None:
        return False  # (the cheap test first: the scan for the relative marker below is long)
    if not any(tokens[j].lower in RELATIVE_MARKERS for j in range(first + 1, k)) \
            or tokens[k - 1].lower in RELATIVE_MARKERS:
        return False
    nxt = tokens[k + len(phrase)]
    return nxt.is_word and not nxt.is_capitalized and nxt.lower not in lex.adjunct_openers \
        and nxt.lower not in lex.adjunct_prepositions and nxt.lower not in lex.object_prepositions \
        and nxt.lower not in lex.clause_conjunctions and nxt.lower not in _DIRECTIVE_LINKS


def _has_subject_and_predicate(tokens, first: int, end: int, lex, marked: bool = False) -> bool:
    """Whether the words from ``first`` are a clause with its own subject: a word that
    opens no predicate, phrase or purpose (``kliennya juga merugi``, not ``untuk
    memenuhi …``, ``sedang sakit``), and a predicate after it; or one saying that
    something is there, which needs none (``ada tiga tanggul yang jebol``, ``tidak ada
    korban``). After a relative clause, the predicate comes before a purpose link and
    its verb: a verb after one is the purpose of the thing the clause describes
    (``mengungkap modus yang dipakai penyelundup untuk mengirim …``); a noun after one
    is the thing's beneficiary, and the predicate may follow it (``bantuan yang dikirim
    untuk pengungsi sudah tiba``). With ``marked`` the predicate must open with a
    predicate marker (``pungutan liar masih terjadi``), not a bare verb, which may as
    well describe the noun before it (``kasus narkoba menggunakan modus …``)."""
    relative = next((j for j in range(first + 1, end) if tokens[j].lower in RELATIVE_MARKERS), None)
    if relative is not None:
        end = next((j for j in range(relative + 1, end - 1) if tokens[j].lower in _DIRECTIVE_LINKS
                    and looks_like_a_verb(tokens[j + 1])), end)
    k = first
    while k < end - 1 and tokens[k].lower in lex.predicate_markers:
        k += 1  # tidak ada, sudah ada
    if k + 1 < end and tokens[k].lower in lex.existential_words and tokens[k + 1].is_word:
        return True
    opener = tokens[first]
    return opener.is_word and not looks_like_a_verb(opener) and opener.lower not in lex.predicate_markers \
        and opener.lower not in _DIRECTIVE_LINKS | lex.non_clause_openers | lex.adjunct_prepositions \
        and (_opens_a_marked_predicate(tokens, first, end, lex) if marked else _has_predicate(tokens, first, end, lex))


def _opens_a_marked_predicate(tokens, first: int, end: int, lex) -> bool:
    """Whether the first predicate word after the subject opening at ``first`` is a
    predicate marker (``pungutan liar masih terjadi``, ``pelaku yang ditangkap sudah
    …``), the words of a relative clause (``yang`` and its markers and verb) passed
    over; not where it is a bare verb or passive (``kasus narkoba menggunakan …``), nor
    where a clause conjunction or a purpose link comes first."""
    for k in range(first + 1, end):
        tok = tokens[k]
        if tok.lower in lex.clause_conjunctions or tok.lower in _DIRECTIVE_LINKS:
            return False
        if not (tok.lower in lex.predicate_markers or looks_like_a_verb(tok) or looks_like_a_passive(tok, lex)) \
                or _a_preposition(tok, lex):
            continue
        j = k - 1
        while j > first and (tokens[j].lower in lex.predicate_markers or tokens[j].lower in lex.subject_adverbs) \
                and tokens[j].lower not in RELATIVE_MARKERS:
            j -= 1
        if tokens[j].lower not in RELATIVE_MARKERS:
            return tok.lower in lex.predicate_markers
    return False


_THREATENED_SUBJECT_WORDS = 3  # mengancam [para buruh pabrik] akan …: how long its subject may run


def _subject_then_future(tokens, first: int, end: int, lex) -> bool:
    """``mengancam buruh akan mogok lagi``: a subject of a few lowercase words, with no
    verb, comma or preposition among them, then a future marker and a word: what the
    speaker says will happen; ``mengancam keselamatan warga``: a thing threatened."""
    for k in range(first, min(first + _THREATENED_SUBJECT_WORDS + 1, end - 1)):
        tok = tokens[k]
        if tok.lower in lex.future_markers:
            return k > first and tokens[k + 1].is_word
        if not tok.is_word or looks_like_a_verb(tok) or looks_like_a_passive(tok, lex) \
                or tok.lower in lex.adjunct_prepositions or tok.lower in lex.predicate_markers \
                or tok.lower in RELATIVE_MARKERS:
            return False
    return False


def _subject_then_predicate(tokens, first: int, end: int, lex) -> bool:
    """``menceritakan anaknya sudah tiga hari demam``, ``mengisahkan detik-detik gempa
    terjadi saat …``: a subject of a few words, with no verb, comma, preposition or
    ``yang`` among them, then right after it a predicate (a verb, a passive, an auxiliary
    or a negator): what happened, told; ``menceritakan pengalamannya saat bekerja …``,
    ``mengisahkan proses yang diurusnya …``, ``menceritakan pengalaman pahit menjadi …``
    (an abstract noun or a statement's noun first): a thing told."""
    if not tokens[first].is_capitalized and lex.has_abstract_noun_shape(tokens[first].text) \
            or tokens[first].lower in lex.closing_statement_nouns:
        return False
    for k in range(first, min(first + _THREATENED_SUBJECT_WORDS + 1, end - 1)):
        tok = tokens[k]
        if k > first and (looks_like_a_verb(tok) or looks_like_a_passive(tok, lex)
                          or tok.lower in lex.predicate_markers or tok.lower in lex.negators):
            return tokens[k + 1].is_word
        if k > first and _befell_the_subject(tokens, k, lex) \
                and not any(x.lower in lex.place_prepositions or x.lower in lex.object_prepositions
                            for x in tokens[first:k]):
            return True  # menceritakan perahu terbalik setelah dihantam ombak: what happened
        if not tok.is_word or looks_like_a_verb(tok) or looks_like_a_passive(tok, lex) \
                or tok.lower in lex.adjunct_prepositions or tok.lower in lex.predicate_markers \
                or tok.lower in lex.negators or tok.lower in lex.topic_openers \
                or tok.lower in lex.non_clause_openers or tok.lower in _CLAUSE_SIGNS or tok.lower in RELATIVE_MARKERS:
            return False
    return False


def _befell_the_subject(tokens, k: int, lex) -> bool:
    """Whether ``tokens[k]`` is a lowercase verb of what befell the subject
    (``happening_verbs``: terbalik, terbakar) with a clause of time or cause right after
    it (``perahu terbalik setelah dihantam ombak``): a predicate; not a noun or a
    superlative with the same prefix (``momen terakhir sebelum …``, ``suasana terminal
    ketika …``)."""
    tok = tokens[k]
    return k + 1 < len(tokens) and not tok.is_capitalized and tok.is_word and tok.lower in lex.happening_verbs \
        and tokens[k + 1].lower in lex.subordinate_clause_openers


def _predicate_with_no_subject(tokens, first: int, end: int, lex) -> bool:
    """Whether the words from ``first`` are a predicate whose subject is the speaker's,
    left out: a predicate's marker and then a verb (membenarkan ``telah menerima``
    laporan itu), a clause; not a thing (membenarkan ``kabar itu``, ``adanya`` …)."""
    nxt = tokens[first + 1] if first + 1 < end else None
    return nxt is not None and _opens_with_predicate(tokens, first, lex) \
        and nxt.is_word and not nxt.is_capitalized and looks_like_a_verb(nxt)


def _opens_with_predicate(tokens, first: int, lex) -> bool:
    """Whether the words from ``first`` open with a predicate's auxiliary or negator, the
    subject left out or none needed (menjamin tidak ada penjarahan, menjamin akan
    menindak …): a clause, which no guaranteed thing opens."""
    return tokens[first].lower in lex.predicate_markers


_URGED_WORDS = 6  # how long the phrase naming whom a directive urges may run


def _urges_someone(tokens, verb: int, end: int, lex) -> bool:
    """``mendorong pemerintah daerah memperbanyak …``, ``mendorong Uni Eropa agar segera
    …``, ``mendorong agar …``: whom it urges (a few words, no verb) and then a verb or a
    link; ``mendorong pertumbuhan ekonomi``, ``mendorong investasi di daerah``: a thing
    pushed."""
    if verb + 1 < end and tokens[verb + 1].lower in LIST_CONJUNCTIONS:
        return False  # pacaran yang terlalu menuntut dan saling melukai: a demanding thing, no one urged
    for k in range(verb + 1, min(verb + 2 + _URGED_WORDS, end)):
        tok = tokens[k]
        if tok.lower in _DIRECTIVE_LINKS:
            return True
        if tok.lower in _URGED_ACTION_OPENERS or looks_like_a_verb(tok):
            return k > verb + 1
        if tok.lower in lex.adjunct_prepositions or tok.lower in _NOT_SOMEONE_URGED or not (tok.is_word or tok.text in "()"):
            return False
    return False


# Words that open what someone is urged to do before its verb (… agar segera meratifikasi,
# … ikut memantau), and words that show the object is a thing (… pertumbuhan yang …).
_URGED_ACTION_OPENERS = frozenset({"segera", "ikut", "turut", "terus", "tidak", "tak", "berani"})
_NOT_SOMEONE_URGED = frozenset({"yang", "ke", "dari", "sebesar", "hingga", "sampai"})


_ADDRESSEE_PREPOSITIONS = frozenset({"kepada", "pada", "ke"})


def _asks_for_a_thing(tokens, verb: int, end: int, lex) -> bool:
    """``meminta uang kepada …``, ``meminta fee 15 persen ke perusahaan``: what is asked
    for, then the person it is asked of, before any verb. A directive with a clause
    names the addressee first (``meminta kontraktor segera memperbaiki …``, ``meminta
    warga tidak kembali ke rumah …``: a negated predicate opens what they are not to
    do; ``mengimbau pemudik datang ke stasiun …``: a verb of going with no prefix). Words after the preposition that hold a predicate make the whole a clause, the
    preposition inside its subject (``mengingatkan penyaluran kredit ke sektor properti
    biasanya melambat …``)."""
    if not tokens[verb + 1].is_word or tokens[verb + 1].is_capitalized or tokens[verb + 1].lower in _CLAUSE_SIGNS:
        return False  # meminta agar hasil audit dibuka kepada publik: a clause follows
    for k in range(verb + 2, min(verb + 7, end)):
        if tokens[k].lower in _SOURCE_PREPOSITIONS:
            return not _predicate_after_the_phrase(tokens, k + 1, end, lex)
        if tokens[k].lower in RELATIVE_MARKERS and k + 1 < end and tokens[k + 1].lower in lex.future_markers:
            return False  # mengingatkan warga yang hendak berlibur ke pantai untuk …: whom, by what they will do
        if not tokens[k].is_word or tokens[k].lower in _CLAUSE_SIGNS or looks_like_a_verb(tokens[k]) \
                or looks_like_a_passive(tokens[k], lex) or tokens[k].lower in lex.movement_verbs \
                or (tokens[k].lower in lex.predicate_markers and tokens[k].lower in lex.negators):
            return False  # meminta hasil audit dibuka kepada publik: what is asked is done to a thing
    return False


def _predicate_after_the_phrase(tokens, first: int, end: int, lex) -> bool:
    """Whether the words after ``first`` (the first word after a preposition, its
    object's) go on to a predicate of the clause the preposition's phrase belongs to
    (``… ke sektor properti biasanya melambat``), before anything that opens a phrase or
    clause of its own (a comma, a relative ``yang``, a purpose or a preposition:
    ``meminta uang kepada kontraktor untuk memuluskan proyek``, ``… kepada pengusaha
    menjelang Lebaran``)."""
    for k in range(first + 1, end):
        tok = tokens[k]
        if tok.lower in lex.predicate_markers:
            return True  # … biasanya akan membutuhkan …
        if not tok.is_word or tok.lower in RELATIVE_MARKERS or tok.lower in _DIRECTIVE_LINKS \
                or tok.lower in lex.adjunct_prepositions or tok.lower in lex.adjunct_openers \
                or tok.lower in lex.speaker_np_stop_words:
            return False
        if looks_like_a_verb(tok) or looks_like_a_passive(tok, lex):
            return True
    return False


_SOURCE_PREPOSITIONS = frozenset({"kepada", "ke"})
_COMPLAINT_REACH = 12  # melaporkan mantan manajernya, Hendra Gunawan, ke Polda …: whom, then where


def _files_a_complaint(tokens, first: int, end: int, lex) -> bool:
    """``melaporkan mantan manajernya, Hendra, ke Polda Metro Jaya``: whom (no predicate),
    then ke or kepada and the police or another authority (maybe after pihak): a
    complaint filed, no statement."""
    for k in range(first + 1, min(first + _COMPLAINT_REACH, end - 1)):
        tok = tokens[k]
        if tok.lower in _SOURCE_PREPOSITIONS:
            return any(x.lower in lex.complaint_authorities for x in tokens[k + 1:min(k + 3, end)])
        if looks_like_a_verb(tok) or looks_like_a_passive(tok, lex) or tok.lower in lex.predicate_markers \
                or tok.lower in lex.complementizers or tok.lower in RELATIVE_MARKERS:
            return False
    return False
_DIRECTIVE_LINKS = frozenset({"agar", "untuk", "supaya"})
_CLAUSE_SIGNS = _DIRECTIVE_LINKS | {"bahwa", "segera"}


def _anaphoric_object(tokens, k: int, end: int, lex) -> bool:
    """A noun phrase ended by a demonstrative and followed by an adjunct, not a clause
    (menegaskan rencana ini dalam rapat); a verb phrase with such an object is one
    (menyatakan akan mempelajari putusan tersebut sebelum …)."""
    for j in range(k + 1, min(k + 4, end - 1)):
        if looks_like_a_verb(tokens[j - 1]) or tokens[j - 1].lower in lex.subject_adverbs \
                or tokens[j - 1].lower in lex.negators:
            return False
        if tokens[j].lower in DEMONSTRATIVES:
            return tokens[j + 1].lower in lex.adjunct_prepositions or tokens[j + 1].text in {".", ";"}
    return False


_OBJECT_WORDS = 4  # how long the noun phrase before the medium may run
_MEDIUM_REACH = 3  # words after the link within which the medium word stands (di akun grup WhatsApp)
_HANDLE_MARK = "@"  # @nama_akun: an account's handle


def _object_then_medium(tokens, k: int, end: int, lex) -> bool:
    """A short noun phrase, then where it was posted (``rasa bangganya melalui unggahan di
    akun Instagram``, ``pesan singkat di Instagram Story miliknya``: the roles lexicon's
    ``publishing_media``), and no predicate anywhere: a thing conveyed, not a clause. A
    predicate after the medium keeps it one (``warga di akun itu sudah ramai …``), as does
    a clause opening with a verb or a pronoun (``pihaknya di media sosial …``). The medium
    phrase runs to the clause's end (its comma or full stop): after the medium word only
    another medium, a capitalised name, ``medium_owner_words``, an owner's -nya word or a
    handle; anything else there is a predicate of another shape (``kondisi jalan di akun
    Instagram miliknya rusak parah``, ``harga cabai di situs resmi pemerintah Rp 80.000``),
    a clause."""
    if tokens[k].lower in lex.predicate_markers or tokens[k].lower in lex.negators \
            or looks_like_a_verb(tokens[k]) or any(
                (looks_like_a_verb(x) or x.lower in lex.predicate_markers or x.lower in lex.negators)
                and x.lower not in lex.medium_links and tokens[x.i - 1].lower not in RELATIVE_MARKERS
                for x in tokens[k + 1:end]):
        return False  # melalui is a link, no verb
    for j in range(k + 1, min(k + 1 + _OBJECT_WORDS, end - 1)):
        tok = tokens[j]
        if tok.lower in lex.medium_links:
            medium = next((x.i for x in tokens[j + 1:min(j + 1 + _MEDIUM_REACH, end)]
                           if x.lower in lex.publishing_media), None)
            return medium is not None and _ends_the_clause(tokens, medium + 1, end, lex)
        if not tok.is_word:
            return False
    return False


_CONVEYED_LINK_REACH = 2  # words after the conveyed noun within which its where or to whom opens


def _a_thing_conveyed(tokens, k: int, end: int, lex) -> bool:
    """Whether the words from ``k`` open with a noun for a thing conveyed (``conveyed_nouns``:
    aspirasi, keluhannya), then, within two words, a link to where, to whom or about what
    (``adjunct_prepositions``, ``topic_openers``: dalam, kepada, soal), and hold no predicate,
    purpose link or complementizer anywhere to ``end`` (``aspirasi dalam rapat dengar
    pendapat di Komisi III …``, ``pesan Presiden kepada …``): a thing handed over and where,
    not a clause (``keluhan bahwa …``, ``harapan agar warga …``, ``pesan warga sudah
    diteruskan`` stay, and so does a clause with no verb-shaped word and no such link:
    ``harapannya timnya juara musim ini``)."""
    first = tokens[k]
    if not first.is_word or first.is_capitalized \
            or without_enclitic(first.lower, NOUN_STEM) not in lex.conveyed_nouns and first.lower not in lex.conveyed_nouns:
        return False
    if not any(t.lower in lex.adjunct_prepositions or t.lower in lex.topic_openers
               for t in tokens[k + 1:min(k + 1 + _CONVEYED_LINK_REACH, end)]):
        return False
    return not any(t.lower in _DIRECTIVE_LINKS or t.lower in lex.complementizers or t.lower in lex.predicate_markers
                   or t.lower in lex.negators or looks_like_a_verb(t) or looks_like_a_passive(t, lex)
                   for t in tokens[k + 1:end])


def _ends_the_clause(tokens, k: int, end: int, lex) -> bool:
    """Whether the words from ``k`` to the clause's end (a comma or the sentence's end,
    before ``end``) only go on naming a medium and whose it is (Instagram Story miliknya;
    situs resmi Kemenkes; akun resmi klub, the one word after an owner word; di akun
    @nama_akun)."""
    for tok in tokens[k:end]:
        if tok.text in {",", ".", ";", "!", "?"}:
            return True
        if tok.lower in lex.publishing_media or tok.lower in lex.medium_owner_words \
                or tokens[tok.i - 1].lower in lex.medium_owner_words and tok.is_word \
                or tok.lower in lex.medium_links or tok.is_capitalized \
                or without_enclitic(tok.lower, NOUN_STEM) != tok.lower \
                or tok.text.startswith(_HANDLE_MARK) or tokens[tok.i - 1].text == _HANDLE_MARK:
            continue
        return False
    return True
