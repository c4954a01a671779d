"""Dates: the day a statement was made. A date written in the attribution (outside the
quoted words) comes first (sehari sebelumnya and pada hari yang sama count from the day
the text has just told of, not an earlier occasion told in passing; a weekday alone, with no publication date, from the latest day
the article writes in full); then one in the next sentence where it says when the
statement was made (``Hal itu disampaikan … Rabu (19/3)``), which also wins over a day
closing an event told in the reported words (… cedera saat melawan Arema, Sabtu (7/6));
then one in the sentence right before where it tells that the same speaker said it
(``Kepastian itu disampaikan dr Rina, Senin (9/6).`` ``”…,” kata dr Rina.``); then the day the article
gave before to the event the attribution names (``kata X seusai paripurna``); then a day
named from the day just told in the sentence right before, naming the speaker (Keesokan
harinya, X meninjau …. Di hadapan petani, ia mengatakan …); none where the sentence
puts it on an earlier, unnamed day (Pekan lalu, …; sebelumnya); else the date of the
same speaker's nearest dated statement (one in the same paragraph first; the same
press conference; not one on an earlier occasion told in passing after it: Senin lalu,
X sempat menegaskan …; pada 6 Mei lalu; Dalam sidang tuntutan pada 24 September 2025, an
earlier session of the event told); else the date of the
same speaker's statement before (they go on, maybe after others' words, though not from
an earlier occasion once others have spoken); none where
that statement, right before, was put on an earlier day; else a date in a
sentence that names the speaker (not one inside someone's reported words, nor where the
statement opens with an occasion that sentence does not tell of: Saat digiring ke mobil
tahanan, X membantah …); else the latest date the article gave before it (not one in a
sentence telling of an earlier time: Sebelum aksi, …; not another speaker's day told with
their words in an earlier paragraph, unless the text ties the statement to that event:
then no date), unless that date, in an earlier paragraph, looks
back (an event's day, or words said before, or the day of another speaker's post or
release: Dalam video yang diunggah pada Jumat (12/9), X mengaku …) to a day before the
statements already made, whose latest day then carries (not an event's day in the paragraph
right before that names the speaker: the scene they are met in); else the publication date. Words dated by nothing
but the article's own day are no occasion for the speaker's next words where the text then
tells an event's day and ties those words to it (Seusai sidang, …); the first words of that
scene take its day too. A day told in passing as an earlier occasion in the sentence right
before words (Saat berkunjung …, Kamis pekan lalu, X sempat …. Ia kemudian meminta …)
dates them and reaches none of the speaker's words before it; sehari sebelumnya in a
statement's sentence, and a sentence pointing back to words on such an occasion (Hal itu
disampaikan …, Selasa (4/3)), tell an earlier occasion too. Sehari sebelumnya counts from
the latest day told when the day just told is an event's told looking back and words
stand between. Words telling of things up to a weekday, alone or dated (hingga Selasa pagi …;
hingga Kamis (19/6/2025) pagi), were said
no earlier than it, unless its clause tells of what is to come (akan berlangsung hingga
Selasa pagi); a party speaking through a person (X melalui Melinda menegaskan …)
takes the day of that person's dated words right after it in the paragraph.

Documents and bodies: a next sentence telling when the document the words are in was read
or issued dates them (Putusan perkara … itu dibacakan …, Kamis (16/1)); a quotation with
no cue takes the day of the sentence introducing it with a colon; words opening in a
document the sentence before told of (Dalam surat terbuka itu, …; Dalam surat pengunduran
dirinya, …), or whose attribution points back to one told in the few sentences before
(demikian bunyi … surat tersebut), take that sentence's day. Where the speaker's own
words and sentences naming them give no day, before the latest date told, a body's words and those of its people (a person whose role names it: Peneliti ICW)
take the day of the body's document told right next to them (Dalam keterangan tertulis
…, Selasa (11/3), ICW mencatat …), and a body's words the day of its person's words right
next to them (ICW menilai …. Peneliti ICW, X, menyatakan …; a role may name the body by
the short form of its opening words: Juru bicara Kemlu China X), not one of an earlier
occasion told in passing. A birth date (Lahir … pada 12 Mei 1940) is no day of anyone's
words nor a day the story tells; the day of a death dates no words of those its sentence
names. Written words (”…,” tulis X) take the day of a post of the same speaker told in
one of the two sentences before (X mengunggah tulisan …, Sabtu malam), with no one's words
between. A day right after reported words that close with a moment (… arahan pelatih saat
latihan, Kamis lalu.) is that moment's, not the day the words were said; one joined to
reported words by pada (… lewat pelabuhan Pantoloan, pada Senin) may be the day of what
they tell, and yields to the speaker's own day told elsewhere, as an event's day does
(a body's, to the day of its person's words right next to them); a session to come
(dalam sidang berikutnya) is not the event an attribution points back to.

Wire copy: a day after a citation set off by commas (…, seperti dilansir IRNA, Rabu
(12/11/2025); Dilansir AFP, Jumat (6/6/2025), KCNA …) is when the outlet reported, which
dates the words only where nothing else does, and never lets them be said after it; a day
joined to a local time by atau and written in another zone (Senin (15/9) malam waktu
setempat atau Selasa pagi WIB) is the same moment, no day of its own; the article's first
statement, dated by nothing but the article's own day, takes the day of the next
paragraph's words where their speaker is the lead's or names it in their role (Qatar
menyatakan …. Perdana Menteri Qatar X mengatakan … Rabu (16/7); or by the short name in
brackets after its name: Kepala BP Haji X), with no day told
between; a next sentence telling the warning was given (X menyampaikan peringatan itu …,
Selasa (21/10)) says when, as Hal itu disampaikan does.

Every look-up is a bisection over positions prepared once, so an article with
thousands of quotes costs no more per quote than one with three.
"""
from __future__ import annotations

import bisect
import functools
import re
from collections import defaultdict
from datetime import date, timedelta

from ..dates import HEAD_CHARS, byline_date, resolve
from ..mentions import _CLAUSE_BREAKS as _SUBJECT_BREAKS
from ..mentions import (DEMONSTRATIVES, NOUN_STEM, RELATIVE_MARKERS, active_prefix_form, has_passive_shape,
                        looks_like_a_passive, looks_like_a_verb, without_enclitic)
from ._clauses import with_trailers, before_a_day, next_sentence, time_zone_after
from .base import ArticleState, Candidate

NAME = "statement_date"


def _own_date(state: ArticleState, cand: Candidate, by_sentence):
    doc = state.doc
    sents = {cand.sent}
    first = doc.sentence_at(cand.start)
    if first is not None:
        sents.add(first.i)
        intro = _introducing_sentence(state, cand, first)
        if intro is not None:
            sents.add(intro)
    for i in sorted(sents):
        for dm, d in by_sentence.get(i, ()):
            # A date inside the quoted or reported words, or inside anyone's quotation
            # (”… Sabtu (19/9/2020) nanti,” ujar PT. PT mengatakan …), is about something else.
            if not (cand.start <= dm.start < cand.end) and not state.in_quote(dm.start) \
                    and not _moment_told_with_the_words(state, cand, dm):
                return d, dm
    return None, None


_MOMENT_REACH = 4  # … arahan pelatih saat latihan finishing: the moment's phrase closing the words


def _moment_told_with_the_words(state: ArticleState, cand: Candidate, dm) -> bool:
    """Whether ``dm`` follows reported words with no quotation marks right after a comma,
    and those words close with a phrase for a moment (X mengatakan gol itu lahir dari
    arahan pelatih saat latihan, Kamis lalu.): the day is that moment's, told with the
    words, not the day they were said (X mengatakan harga cabai naik, Senin.: said then).
    Not a verb after the opener (… saat ditemui, kemarin.): when the speaker was met, the
    words' own occasion."""
    if cand.type != "indirect" or state.doc.text[cand.end:dm.start].strip() != ",":
        return False
    toks = state.doc.tokens
    last = state.doc.token_index_at_or_after(cand.end) - 1
    first = max(state.doc.token_index_at_or_after(cand.start), last - _MOMENT_REACH + 1)
    return any(toks[k].lower in state.lex.moment_openers and k < last
               and not (looks_like_a_verb(toks[k + 1]) or looks_like_a_passive(toks[k + 1], state.lex))
               for k in range(first, last + 1))


def _introducing_sentence(state: ArticleState, cand: Candidate, first) -> int | None:
    """The sentence right before a quotation with no cue of its own when it ends in a
    colon, outside anyone's words (Saat menyampaikan pidato … pada 12 Maret 2001, ia
    berpesan kepada para mahasiswanya: ”…”): the quotation's attribution, whose day is
    the words' own."""
    if cand.type != "direct" or cand.cue_start is not None or first.i == 0:
        return None
    sent = state.doc.sentences[first.i - 1]
    text = state.doc.text[sent.start:sent.end].rstrip()
    if not text.endswith(":") or state.in_quote(sent.start + len(text) - 1):
        return None
    return sent.i


def _date_of_next_sentence(state: ArticleState, cand: Candidate, by_sentence, vague_by_sentence):
    """The date of the sentence right after the statement when that sentence says when
    it was made: ``… menyatakan fundamental ekonomi masih kuat. Keduanya menyampaikan
    hal itu dalam konferensi pers …, Rabu (19/3).``; ``Hal itu dikatakan Budi, Senin``;
    ``Hal itu tercantum dalam pernyataan bersama …, Rabu (4/6)``; ``Permintaan itu
    mengemuka dalam rapat …, Senin (3/11)``. Not one that looks back (Sebelumnya,
    informasi itu diungkapkan …, Minggu malam): that tells of something said before."""
    sent = next_sentence(state, cand.end)
    if sent is None or vague_by_sentence.get(sent.i):
        return None, None
    if not _tells_when_said(state, sent):
        return None, None
    for dm, d in by_sentence.get(sent.i, ()):
        if not state.in_quote(dm.start):
            return d, dm
    return None, None


def _said_on_an_unnamed_day_next(state: ArticleState, cand: Candidate, vague_by_sentence) -> bool:
    """Whether the sentence right after the statement says when it was made, as
    ``_date_of_next_sentence`` reads it, with a month that names no day (``Hal itu ia
    sampaikan pada Juni 1998``; ``Pernyataan itu disampaikan Maret lalu``): an earlier,
    unnamed day, no date."""
    sent = next_sentence(state, cand.end)
    if sent is None:
        return False
    told = [dm for dm in vague_by_sentence.get(sent.i, ()) if not state.in_quote(dm.start)]
    if not told or any(dm.month is None for dm in told):
        # Sebelumnya, informasi itu diungkapkan …: the sentence tells of something said
        # before, not when the words before it were.
        return False
    # The words before the month say the statement was made then (Hal itu ia sampaikan
    # pada Juni 1998), not that it is compared with another (Proyeksi ini lebih rendah
    # dibandingkan April lalu yang diperkirakan …).
    return _tells_when_said(state, sent, before=told[0].start)


_SAID_NEXT_REACH = 10  # Hal itu disampaikan …: the next sentence's first words, up to its speech verb


def _tells_when_said(state: ArticleState, sent, before: int | None = None) -> bool:
    """Whether the first words of ``sent`` (those before position ``before``, if given)
    say when the statement before it was made: they name its occasion (Permintaan itu
    mengemuka …) or point back to it (Hal itu disampaikan …)."""
    lex = state.lex
    # Hal itu disampaikannya …, Hal itu ia sampaikan …: the passive with the agent as -nya
    # or as a pronoun before the bare verb is read as the passive itself.
    # Putusan perkara Nomor 45/K/Pid/2024 itu …: a number's slashes are no words.
    words = [_as_passive(t.lower, lex) for t in state.doc.sentence_tokens(sent)[:_OCCASION_WORDS * 2]
             if t.text != "/" and (before is None or t.start < before)]
    words = words[:_OCCASION_WORDS]
    return _names_the_occasion(words, lex) or _points_back(words, lex, reach=_SAID_NEXT_REACH)


def _last_sentence(state: ArticleState, cand: Candidate) -> int:
    """The index of the sentence where ``cand``'s words or attribution end."""
    s = state.doc.sentence_at(max(0, cand.end - 1))
    return max(cand.sent, s.i if s is not None else cand.sent)


def _within_month(dm, day: date | None) -> bool:
    """Whether ``day`` may fall in the month (and year) that ``dm`` names, if it names one
    (Februari lalu, Juni 1998)."""
    if dm.month is None or day is None:
        return True
    return day.month == dm.month and (dm.year is None or day.year == dm.year)


def _describes_someone_named(state: ArticleState, dm) -> bool:
    """Whether a month's time stands in a relative clause that opens before it in its
    clause (Budi, yang dilantik pada Januari 2024, mengatakan …): when someone did
    something, not when the sentence's words were said."""
    return _found_walking_back(_words_before(state, dm), lambda t: t.lower == "yang",
                               lambda t: t.text in _RELATIVE_CLAUSE_BREAKS)


_RELATIVE_CLAUSE_BREAKS = frozenset({",", "—", "–", ";"})  # what closes the clause a relative yang opens


def _words_before(state: ArticleState, dm, reach: int | None = None) -> list:
    """The tokens of the date's sentence before it (the last ``reach`` of them, if given)."""
    toks = state.doc.tokens
    k = state.doc.token_index_at_or_after(dm.start) - 1
    sent = state.doc.sentence_at(dm.start)
    floor = sent.tok_start if sent is not None else 0
    if reach is not None:
        floor = max(floor, k - reach + 1)
    return toks[floor:k + 1] if k >= floor else []


def _found_walking_back(words, found, stop) -> bool:
    """Whether, walking back from the last of ``words``, a token ``found`` accepts comes
    before any that ``stop`` accepts."""
    for t in reversed(words):
        if stop(t):
            return False
        if found(t):
            return True
    return False


def _date_of_sentence_before(state: ArticleState, cand: Candidate, by_sentence):
    """The date of the sentence right before the statement when that sentence tells that
    the same speaker said something, and when (``Kepastian itu disampaikan dokter tim, dr
    Rina, Senin (9/6).`` then ``”…,” kata dr Rina.``): the words that follow were said
    then, whatever day the speaker's words elsewhere carry."""
    if cand.entity is None:
        return None, None
    doc, lex = state.doc, state.lex
    first = doc.sentence_at(cand.start)
    here = min(cand.sent, first.i if first is not None else cand.sent)
    if here == 0:
        return None, None
    sent = doc.sentences[here - 1]
    toks = [t for t in doc.sentence_tokens(sent) if not state.in_quote(t.start)]
    words = [_as_passive(t.lower, lex) for t in toks[:10]]
    if not _points_back(words, lex):
        return None, None
    keys = set(_keys_of(state, cand))
    if not any(o.key in keys and not state.in_quote(o.start)
               for o in state.entities.occurrences_between(sent.start, sent.end)):
        return None, None
    for dm, d in by_sentence.get(sent.i, ()):
        if not state.in_quote(dm.start) and (state.anchor is None or d <= state.anchor):
            return d, dm
    return None, None


def _date_of_named_occasion(state: ArticleState, cand: Candidate, by_sentence, vague_by_sentence, named):
    """The day the article gave, before, to the event the statement's attribution names
    (”…,” kata Syafrizal seusai paripurna., after DPRD mengesahkan APBD dalam rapat
    paripurna …, Senin (8/12).): the words were said at that event. Not a day told in
    looking back (Sebelumnya, rapat serupa digelar pada …), nor one after the article's;
    nor where a dated sentence naming the speaker comes between (Cho pada Jumat (21/6)
    melontarkan pernyataan …. ”…,” kata Cho dalam pertemuan dengan wartawan.): that is
    their occasion, and the event told before it another one. Where a demonstrative points
    back to the event with the words of its kind (dalam rapat dengar pendapat umum
    tersebut), the event told with that kind, not the nearest meeting of another kind
    (dalam rapat Senin lalu); the nearest of any kind where the article told none.
    ``named``: ``_event_named_in_attribution``'s answer for ``cand``."""
    doc = state.doc
    event, kind = named
    if event is None:
        return None, None
    keys = set(_keys_of(state, cand)) if cand.entity is not None else set()
    first = doc.sentence_at(cand.start)
    for words in ((kind, ()) if kind else ((),)):
        for i in range(min(cand.sent, first.i if first is not None else cand.sent) - 1, -1, -1):
            sent = doc.sentences[i]
            dated = [(dm, d) for dm, d in by_sentence.get(i, ()) if not state.in_quote(dm.start)]
            if dated and any(o.key in keys for o in state.entities.occurrences_between(sent.start, sent.end)):
                return None, None
            if vague_by_sentence.get(i) or not _tells_of_event(state, sent, event, words):
                continue
            for dm, d in dated:
                if state.anchor is None or d <= state.anchor:
                    return d, dm
    return None, None


def _earlier_event_named(vague: list, named) -> bool:
    """Whether the statement's attribution names a held event (dalam sidang, pada rapat;
    ``named``, ``_event_named_in_attribution``'s answer, asked only where ``vague`` holds
    times) and its sentence puts it at an earlier, unnamed time, outside the words said
    (``vague``, ``_vague_times``'s: ``Dalam sidang pekan lalu, X meminta …``; ``Sebelumnya,
    dalam sidang …``; ``dalam sidang sebelumnya``): another session than the one whose day
    the article told."""
    return bool(vague) and named()[0] is not None


def _vague_times(state: ArticleState, cand: Candidate, vague_by_sentence) -> list:
    """The times of the statement's sentence that put it on an earlier, unnamed day
    (Pekan lalu, …; sebelumnya), outside its words and any words an inserted cue follows."""
    return [dm for dm in vague_by_sentence.get(cand.sent, ())
            if not (cand.start <= dm.start < cand.end) and not _inside_words_before_inserted_cue(state, cand, dm)]


def _event_named_in_attribution(state: ArticleState, cand: Candidate) -> tuple[str | None, tuple[str, ...]]:
    """A held event named after an occasion preposition in the statement's sentences,
    outside the words said (kata Azhar dalam sidang penutupan; seusai memimpin rapat), and
    the words of its kind where a demonstrative points back to it with them (dalam rapat
    dengar pendapat umum tersebut: dengar pendapat umum); (None, ()) where none is named."""
    doc, lex = state.doc, state.lex
    first = doc.sentence_at(cand.start)
    for i in sorted({cand.sent} | ({first.i} if first is not None else set())):
        words = [t.lower for t in doc.sentence_tokens(doc.sentences[i])
                 if not (cand.start <= t.start < cand.end) and not state.in_quote(t.start)]
        event = next(_held_events_after_occasion_prepositions(words, lex, _EVENT_REACH), None)
        if event is not None:
            return event, _kind_pointed_back(words, event)
    return None, ()


_KIND_REACH = 4  # rapat dengar pendapat umum tersebut: the words of the kind before the demonstrative


def _kind_pointed_back(words: list[str], event: str) -> tuple[str, ...]:
    """The words after ``event`` in ``words`` up to a demonstrative closing them (rapat
    dengar pendapat umum tersebut: dengar pendapat umum): the kind of the event told
    before that the statement's words were said at; () where no demonstrative follows
    the event within a few words, or none but it (rapat itu: any meeting told)."""
    k = words.index(event)
    for j in range(k + 1, min(len(words), k + 2 + _KIND_REACH)):
        if words[j] in DEMONSTRATIVES:
            return tuple(words[k + 1:j])
        if not words[j].isalpha():
            break
    return ()


def _tells_of_event(state: ArticleState, sent, event: str, kind: tuple[str, ...]) -> bool:
    """Whether ``sent`` names ``event`` outside quotation marks, with the words of its
    ``kind`` after it where the statement's attribution gave them (rapat dengar pendapat
    umum, not rapat Senin lalu), or the kind's initials written as one word (RDPU). An
    event another session's word follows (dalam sidang berikutnya) is not that one."""
    words = [t.lower for t in state.doc.sentence_tokens(sent) if not state.in_quote(t.start)]
    phrase = (event,) + kind
    if not kind:
        return any(w == event and (k + 1 == len(words) or words[k + 1] not in state.lex.other_session_words)
                   for k, w in enumerate(words))
    initials = "".join(w[0] for w in phrase)
    return initials in words or any(tuple(words[k:k + len(phrase)]) == phrase for k in range(len(words)))


_EVENT_REACH = 2  # seusai memimpin rapat: a verb may come between


def _held_events_after_occasion_prepositions(words: list[str], lex, reach: int):
    """The held events among the ``reach`` words after each occasion preposition of
    ``words`` (seusai memimpin rapat: rapat), or after a place named by the event held
    there (di lokasi gala premiere: gala), in order."""
    for k, w in enumerate(words):
        if w in lex.occasion_prepositions:
            yield from (x for x in words[k + 1:k + 1 + reach] if x in lex.held_events)
        else:
            site = next((p for p in lex.occasion_sites if tuple(words[k:k + len(p)]) == p), None)
            if site is not None:
                after = k + len(site)
                yield from (x for x in words[after:after + reach] if x in lex.held_events)


def _out_of_reach(state: ArticleState, cand: Candidate, dm, forward_only: set[int], separate: frozenset[int]) -> bool:
    """Whether ``dm``, the day of a separate occasion after the statement, does not reach
    back to it: only the sentences of its own paragraph lead into that occasion (Siti
    berharap …. Ditemui di rumah duka, Selasa (4/11), Siti mengaku …), unless they tell of
    an occasion of their own (Ditemui seusai rapat, Nyoman mengatakan …. Kepada Kompas,
    Selasa (4/11), …). ``separate``: the sentences that open one (_opens_separate_occasion)."""
    if dm.start <= cand.start or id(dm) not in forward_only:
        return False
    doc = state.doc
    told = doc.sentence_at(dm.start)
    if doc.sentences[cand.sent].paragraph != told.paragraph:
        return True
    return any(i in separate for i in range(cand.sent, told.i))


def _introduced_before_the_interview(state: ArticleState, live: list[Candidate], idx: int, near: Candidate,
                                     apart: frozenset[int]) -> bool:
    """Whether the speaker's first words, ``live[idx]``, with no day of their own, stand in
    the paragraph right before the one that opens the occasion they were reached on, with
    its day, and no one else's words between (Kepala Dinas X mengatakan …. ¶ Saat
    ditemui di kantornya, Kamis (20/11), X menjelaskan …): the paragraph introduces the
    speaker with words of that interview. Not where that paragraph says it was apart
    (Secara terpisah, X menambahkan …): other words, on another occasion."""
    doc = state.doc
    cand = live[idx]
    dm = near.date_mention
    told = doc.sentence_at(dm.start)
    if told is None or dm.start <= cand.end or told.paragraph != _paragraph_of(state, cand) + 1 \
            or told.i in apart:
        return False
    return all(c.entity is cand.entity for c in live[idx + 1:] if c.start < near.start)


def _sentence_end_after(state: ArticleState, cand: Candidate) -> int:
    """Where the sentence closing the record and its cue ends (… teriak X saat itu.)."""
    last = state.doc.sentence_at(max(cand.end, cand.cue_end or 0) - 1)
    return last.end if last is not None else cand.end


def _meets_the_crowd(state: ArticleState, cand: Candidate) -> bool:
    """Whether the statement's sentence, outside anyone's words and outside the reported
    words themselves, names the crowd of a gathering (``gathered_crowd_words``: yang
    menemui massa, di hadapan massa); not a word of ``not_crowd_phrases`` (media massa)
    nor a crowd the words talk about (menilai tuntutan massa wajar)."""
    lex = state.lex
    sent = state.doc.sentences[cand.sent]
    words = [t.lower for t in state.doc.sentence_tokens(sent)
             if not state.in_quote(t.start) and not cand.start <= t.start < cand.end]
    for k in range(len(words)):
        for p in lex.not_crowd_phrases:
            if tuple(words[k:k + len(p)]) == p:
                words[k:k + len(p)] = ["-"] * len(p)
    return _holds_phrase(words, lex.gathered_crowd_words)


def _reached_alone(state: ArticleState, dm) -> bool:
    """Whether the day ``dm`` closes a cue telling that the reporter reached the source
    alone (``private_reaching_verbs``: ``kata X saat dihubungi, Selasa (19/8)``), a few
    words before it in its sentence."""
    doc = state.doc
    sent = doc.sentence_at(dm.start)
    if sent is None:
        return False
    k = doc.token_index_at_or_after(dm.start)
    return any(t.lower in state.lex.private_reaching_verbs
               for t in doc.tokens[max(sent.tok_start, k - _REACHED_WORDS):k])


def _turns_to_another(state: ArticleState, sentence: int) -> bool:
    """Whether the sentence opens with one of ``turning_openers`` (Sementara itu, …)."""
    words = [t.lower for t in state.doc.sentence_tokens(state.doc.sentences[sentence])]
    return state.lex.phrase_opening(words, state.lex.turning_openers) > 0


def _points_to_the_day_told(state: ArticleState, sentence: int) -> bool:
    """Whether the sentence, outside anyone's words, names the very day just told (``pada
    hari yang sama``, ``hari itu juga``: days_from_told with no offset): its words were
    said that day, whoever else was reached on it."""
    sent = state.doc.sentences[sentence]
    return any(dm.from_told == 0 and sent.start <= dm.start < sent.end and not state.in_quote(dm.start)
               for dm in state.date_mentions)


_REACHED_WORDS = 3  # saat dihubungi [,] Selasa: how far before the day the verb may stand


def _opens_apart(state: ArticleState, sentence: int) -> bool:
    """Whether the sentence opens with one of ``apart_occasion_openers`` (Secara terpisah,
    …; Saat ditemui terpisah, …; Di tempat lain, …): its words were said apart from the
    scene told before, on an occasion of its own. Not where the rest of that opening clause,
    up to its first comma, points back to the scene with one of ``same_scene_words``
    (Ditemui terpisah di lokasi yang sama, …; … di sela acara tersebut, …), nor for the
    word anywhere else (Terkait dua kasus terpisah itu, …; Warga di dusun terpisah, …)."""
    lex = state.lex
    clause = _opening_clause(state, sentence)
    if clause is None:
        return False  # (no comma: Terpisah dari keluarganya sejak kecil ia …, no opening clause)
    words = [t.lower for t in clause]
    # The sentence's first words, or capitalised after a heading run into it (Tutup mal
    # Terpisah, X …), not a word inside the clause (Terkait dua kasus terpisah itu, …).
    for k in range(len(clause)):
        if k and not clause[k].text[:1].isupper():
            continue
        opener = next((p for p in lex.apart_occasion_openers if tuple(words[k:k + len(p)]) == p), None)
        if opener is not None:
            return not any(w in lex.same_scene_words for w in words[k + len(opener):])
    return False


def _opening_clause(state: ArticleState, sentence: int) -> list | None:
    """The tokens of the sentence before its first comma; None where it has no comma."""
    toks = state.doc.sentence_tokens(state.doc.sentences[sentence])
    comma = next((k for k, t in enumerate(toks) if t.text == ","), None)
    return None if comma is None else toks[:comma]


def _opens_separate_occasion(state: ArticleState, sentence: int, apart: frozenset[int]) -> bool:
    """Whether the sentence opens with words for an occasion of its own (Ditemui …,
    Kepada Kompas, …), or for one apart from the scene told before (Secara terpisah, …;
    ``apart``: the sentences _opens_apart accepts)."""
    doc = state.doc
    words = tuple(t.lower for t in doc.sentence_tokens(doc.sentences[sentence])[:3])
    return any(words[:len(p)] == p for p in state.lex.separate_occasion_openers) or sentence in apart


def _said_at_another_occasion(state: ArticleState, cand: Candidate, dm, apart: frozenset[int]) -> bool:
    """Whether the statement's sentence opens with a clause telling the occasion the words
    were said at (Saat digiring ke mobil tahanan, SHR membantah …; Ditemui wartawan, …)
    that the sentence with day ``dm``, naming the speaker, does not tell of (SHR ditangkap
    … pada Senin (5/5) malam.): that day is another event's. Not where that sentence
    shares a word with the clause (X diperiksa … pada Senin (5/5). Usai diperiksa, X …).
    A clause saying the words were said apart from the scene told before (Secara
    terpisah, …; ``apart``: the sentences _opens_apart accepts) never tells of that
    sentence's occasion."""
    doc, lex = state.doc, state.lex
    told = doc.sentence_at(dm.start)
    if told is None or told.i == cand.sent:
        return False
    if told.i < cand.sent and cand.sent in apart:
        return True  # Terpisah, X mengatakan …: apart from the scene told before
    clause = _opening_clause(state, cand.sent)
    if clause is None:
        return False
    clause = [t.lower for t in clause]
    opens = bool(clause) and (clause[0] in lex.occasion_clause_openers
                              or any(tuple(clause[:len(p)]) == p for p in lex.separate_occasion_openers))
    words = {_bare(w) for w in clause[1:] if len(w) >= _CONTENT_WORD and w.isalpha()
             and w not in lex.occasion_prepositions}
    if not opens or not words:
        return False
    return not words & {_bare(t.lower) for t in doc.sentence_tokens(told)}


_CONTENT_WORD = 5  # digiring, tahanan, wartawan: words long enough to name an occasion


def _bare(word: str) -> str:
    """``pidatonya`` as ``pidato``."""
    return without_enclitic(word, NOUN_STEM)


def _opens_with_an_earlier_time(state: ArticleState, sentence: int) -> bool:
    """Whether the sentence opens with a clause putting it before something (Sebelum
    aksi, …; Menjelang rapat, …)."""
    toks = state.doc.sentence_tokens(state.doc.sentences[sentence])
    return bool(toks) and toks[0].lower in state.lex.earlier_clause_openers


def _names_the_occasion(words: list[str], lex) -> bool:
    """``Permintaan itu mengemuka dalam rapat …``; ``Putusan perkara Nomor 117/PUU/2024
    itu dibacakan …``: a word for what was said or for the document it was said in, the
    words naming it (no comma), a demonstrative, then an occasion verb."""
    if not words or not (words[0] in lex.statement_nouns or words[0] in lex.statement_documents):
        return False
    k = next((k for k, w in enumerate(words[1:_NOUN_PHRASE_REACH + 2], 1) if w in _BACK_REFERENCES or w == ","), None)
    return k is not None and words[k] != "," and k + 1 < len(words) \
        and (words[k + 1] in lex.occasion_verbs or words[k + 1] in lex.passive_cues)


_NOUN_PHRASE_REACH = 8  # Putusan perkara Nomor 117 / PUU-XXII / 2024 itu: the words naming it
_OCCASION_WORDS = _NOUN_PHRASE_REACH + 4  # the sentence's first words, up to the occasion verb


def _points_back(words: list[str], lex, reach: int | None = None) -> bool:
    """Whether the first speech verb among ``words`` (among the first ``reach`` of them)
    points back to the statement before (Hal itu disampaikan …; … menyampaikan hal itu …;
    X menyampaikan peringatan itu …)."""
    verb = next((k for k, w in enumerate(words[:reach]) if w in lex.passive_cues or w in lex.record_verbs
                 or lex.is_reporting_verb(w)), None)
    if verb is None:
        return False
    if words[verb] in lex.passive_cues or words[verb] in lex.record_verbs:
        # Hal itu disampaikan …, Demikian dikatakan …: a demonstrative before the verb.
        return any(w in _BACK_REFERENCES for w in words[:verb])
    # … menyampaikan hal itu …: the statement is the verb's object; not Menanggapi hal itu,
    # …, whose object is what a new statement answers.
    # … menyampaikan peringatan itu …: a word for what was said, pointed back to.
    obj = words[verb + 1:verb + 3]
    return words[verb] not in lex.response_verbs and len(obj) == 2 \
        and (obj[0] == "hal" or obj[0] in lex.statement_nouns) and obj[1] in DEMONSTRATIVES  # (menyampaikan hal) itu


# Demikian dikatakan … opens with a back reference, never closes an object (DEMONSTRATIVES).
_BACK_REFERENCES = DEMONSTRATIVES | {"demikian"}


def _as_passive(word: str, lex) -> str:
    """``disampaikannya`` and ``sampaikan`` (after ia, dia, ia …) as ``disampaikan``."""
    if word.endswith("nya") and word[:-3] in lex.passive_cues:
        return word[:-3]
    if "di" + word in lex.passive_cues:
        return "di" + word
    return word


def _dated_in_paragraph(state: ArticleState, cand: Candidate, dated: list[Candidate]) -> Candidate | None:
    """The speaker's dated statement in the statement's own paragraph, the one before it
    first (Syafrizal menegaskan …. ”…,” katanya, Selasa (9/12).): the words of one
    paragraph go together, whatever day the speaker's words elsewhere carry."""
    sents = state.doc.sentences
    here = sents[cand.sent].paragraph
    same = [c for c in dated if sents[c.sent].paragraph == here]
    before = [c for c in same if c.start <= cand.start]
    return before[-1] if before else (same[0] if same else None)


def _nearest(positions: list[int], items: list, position: int):
    """The item nearest ``position``, preferring those before it."""
    if not positions:
        return None
    i = bisect.bisect_right(positions, position)
    return items[i - 1] if i > 0 else items[0]


def run(state: ArticleState) -> None:
    doc = state.doc
    live = sorted(state.live(), key=lambda c: c.start)
    contents = sorted((c.start, c.end) for c in live)
    # A weekday alone (pada Senin) is named from the article's day; with none given, from
    # the latest day the article writes in full (a guess, which dates only the words of
    # its own sentence and their speaker's, no context for others' words).
    guessed_anchor = _latest_day_written_in_full(state, contents) if state.anchor is None else None
    # Resolved dates outside quotations, by sentence and in text order.
    outside: list[tuple] = []
    by_sentence: dict[int, list] = defaultdict(list)
    vague_by_sentence: dict[int, list] = defaultdict(list)  # Pekan lalu, sebelumnya, saat itu
    told = None  # the day the text has told of last: what sehari sebelumnya counts from
    # (sentence, day, on the dateline) of each day told, in text order
    told_days: list[tuple[int, date, bool]] = []
    # Dalam rapat kerja Senin lalu, X sempat menegaskan …, after a session on Kamis (24/7):
    # the day of an earlier occasion, which dates only its own sentence's words.
    statement_sents = _statement_sentences(state, live)
    # ”…,” kata X kala itu: sentences pointing their words back to a time just told.
    then_sents = {doc.sentence_at(dm.start).i for dm in state.date_mentions
                  if " ".join(dm.text.lower().split()) in state.lex.then_words and not state.in_quote(dm.start)
                  and doc.sentence_at(dm.start) is not None}
    flashback: set[int] = set()
    flashback_sents: set[int] = set()  # the sentences where such a day stands
    # …, seperti dilansir IRNA, Rabu (12/11/2025): the day the outlet reported, which
    # dates the words of its sentence only where nothing else gives their day.
    citation_by_sentence: dict[int, list] = defaultdict(list)
    previous = None
    for dm in state.date_mentions:
        s = doc.sentence_at(dm.start)
        previous, before = dm, previous
        if _another_zones_time(state, dm, before):
            # Senin (15/9) malam waktu setempat atau Selasa pagi WIB: the same moment.
            continue
        if s is not None and dm.from_told is None and not state.in_quote(dm.start) and _a_citation_day(state, dm):
            d = resolve(dm, state.anchor)
            if d is not None and (state.anchor is None or d <= state.anchor):
                citation_by_sentence[s.i].append((dm, d))
            continue
        if dm.from_told is not None:
            # Sehari sebelumnya: from the day just told, or the report's (_count_from).
            d = _count_from(state, dm, s, told, told_days, contents, statement_sents) \
                + timedelta(days=dm.from_told) if told is not None and not _in_relative_clause(state, dm) else None
        else:
            d = resolve(dm, state.anchor)
        guessed = d is None and guessed_anchor is not None and dm.weekday is not None and dm.day is None
        if guessed:
            d = resolve(dm, guessed_anchor)
            if d is not None and told is not None and d > told and s is not None and s.i in statement_sents \
                    and not state.in_quote(dm.start) and _tells_of_an_earlier_occasion(state, dm, s, contents):
                # Dalam rapat koordinasi Selasa lalu, X sempat menyebut …, after the plenary
                # of Kamis (12/6/2025), the latest day written in full a hearing still to
                # come: an earlier occasion than the day told, named back from that day.
                d = resolve(dm, told)
        if (dm.relative == "vague" or _looks_back_from_told(dm, d)) and s is not None \
                and not state.in_quote(dm.start) and not _bounds_a_period(state, dm) \
                and not _in_relative_clause(state, dm) \
                and not (dm.month is not None and _describes_someone_named(state, dm)) \
                and not (dm.relative == "vague" and _closes_relative_clause(state, dm)):
            # Not sejak pekan lalu, Sejak kasus dilaporkan Maret lalu, …: a period that
            # runs up to now, not an earlier day; nor Sutradara yang sebelumnya menggarap
            # …: what someone did before, not when the sentence's words were said; nor
            # kata X, menirukan ucapan petugas yang datang ke desanya pekan lalu: when the
            # one the clause tells of came, not when X spoke.
            # Sehari sebelumnya, …: the sentence looks back, with or without a day.
            vague_by_sentence[s.i].append(dm)
        if d is None or s is None or _as_of(state, dm) or _a_birth_date(state, dm):
            # … 93 persen per Minggu (4/7/2021): the figure's day, not that of anyone's
            # words; Lahir di Klaten pada 12 Mei 1940, …: a life's, nobody's words' nor a
            # day the story tells.
            continue
        by_sentence[s.i].append((dm, d))
        if not state.in_quote(dm.start):
            if not guessed:
                outside.append((dm, d, s.i))
            if not _inside_any(contents, dm.start) and (state.anchor is None or d <= state.anchor) \
                    and not (dm.weekday is None and _bounds_a_period(state, dm, reach=1)):
                # Not a day inside someone's words (mulai Selasa (15/4)), nor one after
                # the article's, nor where a period ends (hingga 30 April); nor the day of
                # an earlier occasion a statement is told of in passing (Senin lalu, X
                # sempat menegaskan …): the text goes on from the day it had told of.
                # A weekday named from a guessed day is such an occasion too, though no
                # day told for the words after it.
                if told is not None and d < told and dm.from_told is None \
                        and (s.i in statement_sents or _leads_into_a_statement(state, s, statement_sents)) \
                        and (_tells_of_an_earlier_occasion(state, dm, s, contents)
                             or _an_earlier_session(state, dm, d, contents, told_days)
                             or _goes_on_as_then(state, s, live, then_sents)):
                    # Dalam sidang tuntutan pada 2 Mei 2025, jaksa meminta …, after a verdict
                    # read in a hearing on Rabu, 21 Mei 2025: an earlier session, the day of
                    # that sentence's words only.
                    flashback.add(id(dm))
                    flashback_sents.add(s.i)
                elif s.i - 1 in flashback_sents and _points_back_to_sentence_before(state, s):
                    # Sehari sebelumnya, X mengatakan …. Hal itu disampaikan X di Kompleks
                    # Parlemen, Selasa (4/3).: the day of that earlier occasion too.
                    flashback.add(id(dm))
                    flashback_sents.add(s.i)
                elif not guessed:
                    told = d
                    told_days.append((s.i, d, _on_a_dateline(state, dm)))
                    if dm.from_told is not None and dm.from_told < 0 and s.i in statement_sents:
                        # Sehari sebelumnya, X mengatakan …: an earlier occasion, which dates
                        # only its own sentence's words and their speaker's after them.
                        flashback.add(id(dm))
                        flashback_sents.add(s.i)

    # Dalam kesempatan yang sama di Balai Kota, X …: the day of the occasion told there.
    scenes = _same_occasion_scenes(state, by_sentence, contents)
    scene_of = {si: (dm, d) for si, dm, d in scenes}
    scene_starts = [doc.sentences[si].start for si, _, _ in scenes]

    def same_occasion(cand):
        first = doc.sentence_at(cand.start)
        for si in (cand.sent, first.i if first is not None else cand.sent):
            if si in scene_of:
                dm, d = scene_of[si]
                return d, dm
        return None, None

    # Each statement's vague times and the event its attribution names, found once.
    vague_times: dict[int, list] = {}

    def vague_of(cand):
        if id(cand) not in vague_times:
            vague_times[id(cand)] = _vague_times(state, cand, vague_by_sentence)
        return vague_times[id(cand)]

    event_dated: list[tuple[Candidate, tuple]] = []
    undated: set[int] = set()  # statements whose time the text tells, on no day it names
    # … whose time is a month of a year (Pada Januari 2024, X mengatakan …): the same
    # speaker's words go on from it only right after, not once the text has told of other
    # things.
    month_told: set[int] = set()
    act_days: set[int] = set()  # … yang disahkan DPRD, Jumat (29/11): an act's day, no one's words
    for cand in live:
        d, dm = _own_date(state, cand, by_sentence)
        if d is not None and _closes_an_act_clause(state, cand, dm):
            act_days.add(id(dm))
            d, dm = None, None
        if d is not None and _closes_an_event_clause(state, cand, dm, lenient=True):
            # … absen akibat cedera yang dialami saat melawan Arema, Sabtu (7/6). Kepastian
            # itu disampaikan dokter tim …, Senin (9/6).: the match's day, the words the next.
            d2, dm2 = _date_of_next_sentence(state, cand, by_sentence, vague_by_sentence)
            if d2 is not None:
                cand.date, cand.date_mention = d2, dm2
                cand.rules["date"] = NAME + ":said_next"
                continue
        if d is not None and _closes_an_event_clause(state, cand, dm):
            event_dated.append((cand, (d, dm)))
            continue
        if d is not None:
            cand.date, cand.date_mention = d, dm
            cand.rules["date"] = NAME + ":own"
            continue
        if _said_on_an_unnamed_day_next(state, cand, vague_by_sentence):
            # … mengatakan krisis itu berat. Hal itu ia sampaikan pada Juni 1998.: the
            # sentence after tells when, on no day it names; not the day of the others.
            cand.rules["date"] = NAME + ":earlier"
            undated.add(id(cand))
            month_told.add(id(cand))
            continue
        named = functools.cache(functools.partial(_event_named_in_attribution, state, cand))
        if _earlier_event_named(vague_of(cand), named):
            # Dalam sidang pekan lalu, X meminta …; Sebelumnya, dalam sidang …, X mengakui
            # …: the words were said at an earlier session than the one the article told
            # the day of; no day around dates them (the vague time, below).
            continue
        # Then, in this order, the first of the sentences around that tells the day.
        for rule, find in (
                ("said_next", lambda: _date_of_next_sentence(state, cand, by_sentence, vague_by_sentence)),
                ("same_occasion", lambda: same_occasion(cand)),
                ("said_before", lambda: _date_of_sentence_before(state, cand, by_sentence)),
                ("occasion", lambda: _date_of_named_occasion(state, cand, by_sentence, vague_by_sentence, named())),
                ("occasion_before", lambda: _date_of_occasion_before(state, cand, by_sentence, contents, live)),
                ("document", lambda: _date_of_document_named(state, cand, by_sentence, contents)),
                ("posted_before", lambda: _date_of_post_before(state, cand, by_sentence, contents, live)),
                ("told_before", lambda: _date_told_before(state, cand, by_sentence, contents, flashback)),
                ("scene_before", lambda: _date_of_scene_before(state, cand, by_sentence, contents, flashback,
                                                               statement_sents))):
            d, dm = find()
            if d is not None:
                cand.date, cand.date_mention = d, dm
                cand.rules["date"] = NAME + ":" + rule
                break

    # … mengatakan keputusan itu diambil dalam rapat yang digelar di Jakarta, Rabu. ”…,” kata
    # Rahmat saat dihubungi, Kamis.: the meeting's day, when the speaker's words elsewhere
    # carry a day of their own (same_speaker below); else the only day there is.
    own_dated = {id(c.entity) for c in live if c.entity is not None and c.rules.get("date") == NAME + ":own"}
    for cand, (d, dm) in event_dated:
        if cand.entity is None or id(cand.entity) not in own_dated:
            cand.date, cand.date_mention = d, dm
            cand.rules["date"] = NAME + ":own"
    # Per speaker: own-dated statements, and dated sentences that name them.
    own_by_entity: dict[int, tuple[list[int], list[Candidate]]] = defaultdict(lambda: ([], []))
    for cand in live:
        if cand.entity is not None and cand.rules.get("date") in (NAME + ":own", NAME + ":occasion",
                                                                   NAME + ":same_occasion", NAME + ":told_before"):
            pos, items = own_by_entity[id(cand.entity)]
            pos.append(cand.start)
            items.append(cand)
    sentence_entities: dict[int, set[tuple[str, ...]]] = defaultdict(set)
    for occ in state.entities.occurrences:
        s = doc.sentence_at(occ.start)
        # Not a person named only in someone's words (Direktur klub, Minggu (14/9),
        # menegaskan klub tetap mendukung Gilang): that day is the other speaker's.
        # The person the name points to there, not anyone sharing it (Kim, after Kim
        # Chol-su, is not Kim Sung-ho).
        if s is not None and not _inside_any(contents, occ.start):
            sentence_entities[s.i].add(state.entities.key_of(occ.name, occ.start, occ.kind))
    dated_by_key: dict[tuple[str, ...], tuple[list[int], list]] = defaultdict(lambda: ([], []))
    articles_day = _the_articles_day(state)
    days_to_come: dict[int, bool] = {}

    def to_come(dm, d) -> bool:  # _a_day_to_come, found once per mention
        if id(dm) not in days_to_come:
            days_to_come[id(dm)] = _a_day_to_come(state, dm, d, articles_day)
        return days_to_come[id(dm)]

    # Budi membantah tuduhan Aliansi X yang pada Senin (3/3) menilai …: the day in a
    # relative clause that dates the alliance's own words is theirs, not that of the
    # others the sentence names.
    own_speakers: dict[int, set] = defaultdict(set)
    for c in live:
        if c.entity is not None and c.date_mention is not None and c.rules.get("date") == NAME + ":own":
            own_speakers[id(c.date_mention)].add(c.entity.key)
    for dm, d, si in outside:
        if dm.weekday is None and dm.offset_days is None:
            continue  # "hingga 30 April": a deadline or an event; statements carry a weekday
        if id(dm) in flashback:
            continue  # Senin lalu, X sempat menegaskan …: that occasion's words only
        if _inside_any(contents, dm.start) or id(dm) in act_days:
            continue  # Menurut Suryani, suaminya berangkat pada Minggu …: the event's day, not hers
        if _a_death_day(state, dm, contents):
            continue  # X meninggal …, Sabtu (23/11): the day of a death, no one named there spoke
        if to_come(dm, d):
            continue  # X menunda sidang hingga Kamis (27/3): a day still to come, when X had not spoken yet
        for key in sentence_entities.get(si, ()):
            if own_speakers.get(id(dm)) and key not in own_speakers[id(dm)] and _in_relative_clause(state, dm):
                continue
            pos, items = dated_by_key[key]
            pos.append(dm.start)
            items.append((dm, d))
    outside_starts = [dm.start for dm, _, _ in outside]
    # Ditemui Tribunnews.com, Jumat (21/11), Rizal mengatakan …: that day dates the speaker's
    # words from there on, not those they said before on the occasion the article told of.
    # The sentences that open an occasion apart from the scene told before (Secara
    # terpisah, …), and those opening one of their own at all, found once.
    apart = frozenset(i for i in range(len(doc.sentences)) if _opens_apart(state, i))
    separate = frozenset(i for i in range(len(doc.sentences)) if _opens_separate_occasion(state, i, apart))
    forward_only = {id(dm) for dm, _, si in outside if si in separate}
    # Where each sentence that puts what it tells on an earlier day says so, in words
    # outside any statement's: a date after that word is of the earlier time (Sebelumnya,
    # … pada 27 Agustus), one before it the day the count goes back from (diterima pada
    # Kamis (29/10) …, tiba tiga hari sebelumnya).
    looking_back = {}
    for si, dms in vague_by_sentence.items():
        starts = [dm.start for dm in dms if not _inside_any(contents, dm.start)]
        if starts:
            looking_back[si] = min(starts)
    stated_starts, stated_latest = _latest_statement_days(live)
    # The mentions that date a statement of their own sentence.
    statement_mentions = {id(c.date_mention) for c in live if c.rules.get("date") == NAME + ":own"}
    # Sebelum aksi, BEM menggelar diskusi … pada Senin malam.: the whole sentence tells of
    # a time before the events the article reports, unless its day dates a statement.
    for dm, _, si in outside:
        if id(dm) not in statement_mentions and _opens_with_an_earlier_time(state, si):
            looking_back[si] = min(looking_back.get(si, dm.start), doc.sentences[si].start)

    # The date on a line of its own at the top (Rabu, 11 Jun 2025 06:30 WIB): the day the
    # article was written, no day anything it tells happened on.
    own_day = {id(dm) for dm, d, _ in outside if d == state.anchor and _on_a_dateline(state, dm)}

    # The days that may date a statement by context, the same for every statement.
    # Not a day inside someone's reported words (pelaku masuk pada Minggu dini hari):
    # that is when the event happened, not when anyone spoke.
    # Nor a date where a period starts or ends (Sejak 15 Januari 2025, Dinkes
    # menetapkan …); with a weekday such a date is mostly the day of the report
    # itself (Berdasarkan pantauan hingga Rabu (17/12/2020), …), though not after
    # sejak (Gerimis yang turun sejak Selasa sore …: when the drizzle began).
    # Nor a date told after a word looking back (X sebelumnya telah menetapkan … pada
    # Rabu (18/2)): that day is an earlier statement's or an event's, not the day of
    # the words after it. Nor a day named from the day just told (Dua hari kemudian,
    # …; sehari sebelumnya): the time of a story told, which dates only the words of
    # its own sentence.
    context_usable = {id(o[0]) for o in outside if (state.anchor is None or o[1] <= state.anchor)
                      and not _inside_any(contents, o[0].start)
                      and not (o[0].weekday is None and _bounds_a_period(state, o[0], reach=1))
                      and not _starts_a_period(state, o[0])
                      and o[0].start <= looking_back.get(o[2], o[0].start)
                      and o[0].from_told is None and id(o[0]) not in flashback and id(o[0]) not in act_days
                      and not _a_planned_day(state, o[0]) and not to_come(o[0], o[1])}

    # X dalam keterangan tertulis, Selasa (11/3): the day a body's document was issued or
    # read, which dates the words of that body and of its people around it (_body_day).
    document_days = [(dm, d, si) for dm, d, si in outside if id(dm) in context_usable
                     and (dm.weekday is not None or dm.offset_days is not None)
                     and _tells_of_a_document(state, si, contents)]
    bodies = _Bodies(state)

    def context_days(cand):
        i = bisect.bisect_right(outside_starts, cand.start - 1)
        while i > 0 and outside[i - 1][0].end > cand.start:
            i -= 1
        return [o for o in outside[max(0, i - 8):i] if id(o[0]) in context_usable]

    # ”…,” kata X saat dihubungi, Selasa (19/8) malam.: the day one source was reached
    # alone dates their words only.
    reached_alone: dict[int, set[int]] = defaultdict(set)
    for c in live:
        if c.entity is not None and c.date_mention is not None and c.rules.get("date") == NAME + ":own" \
                and _reached_alone(state, c.date_mention):
            reached_alone[id(c.date_mention)].add(id(c.entity))

    last_of_entity: dict[int, Candidate] = {}  # each speaker's latest statement so far
    for idx, cand in enumerate(live):
        before = last_of_entity.get(id(cand.entity)) if cand.entity is not None else None
        if cand.entity is not None:
            last_of_entity[id(cand.entity)] = cand
        if cand.date is not None or id(cand) in undated:
            continue
        vague = vague_of(cand)
        if vague:
            told = _date_just_told(state, cand, vague, by_sentence, vague_by_sentence, contents,
                                   live[idx - 1] if idx else None)
            if told is not None:
                # Pada 12 November, APPSI menyurati Presiden. Ketuanya kala itu menyebut …
                cand.date_mention, cand.date = told
                cand.rules["date"] = NAME + ":then"
                continue
            # Pekan lalu, Lee sempat mengatakan …; ”…,” kata dia saat itu: an earlier day
            # the text does not name, not the day of the statements around it, unless the
            # same speaker's next words, dated, go on from it (Sebelumnya, Amir mengatakan
            # …. ”…,” ujar Amir, Selasa (3/6/2025).).
            nxt = live[idx + 1] if idx + 1 < len(live) else None
            if nxt is not None and cand.entity is not None and nxt.entity is cand.entity \
                    and nxt.rules.get("date") == NAME + ":own" \
                    and all(_within_month(dm, nxt.date) for dm in vague):
                cand.date, cand.date_mention = nxt.date, nxt.date_mention
                cand.rules["date"] = NAME + ":goes_on"
            else:
                cand.rules["date"] = NAME + ":earlier"
                if all(dm.year is not None for dm in vague):
                    # (not Sebelumnya, September lalu, X mengatakan …: the passage tells
                    # of that earlier time from there on)
                    month_told.add(id(cand))
            continue
        nxt = live[idx + 1] if idx + 1 < len(live) else None
        if nxt is not None and _speaks_through_next(state, cand, nxt):
            # Manajemen X melalui Melinda kembali menegaskan …. ”…,” kata Melinda saat
            # dikonfirmasi, Selasa.: the party spoke through the one whose words, dated,
            # follow in the paragraph; the day of those words.
            cand.date, cand.date_mention = nxt.date, nxt.date_mention
            cand.rules["date"] = NAME + ":representative"
            continue
        if cand.entity is not None:
            pos, items = _reaching(state, cand, *own_by_entity.get(id(cand.entity), ([], [])), flashback)
            near = _dated_in_paragraph(state, cand, items) or _nearest(pos, items, cand.start)
            if near is not None and (not _out_of_reach(state, cand, near.date_mention, forward_only, separate)
                                     or before is None
                                     and _introduced_before_the_interview(state, live, idx, near, apart)):
                cand.date, cand.date_mention = near.date, near.date_mention
                cand.rules["date"] = NAME + ":same_speaker"
                continue
            if before is not None and before.rules.get("date") == NAME + ":separate_occasion" \
                    and not _scene_told_after(context_days(cand), before, statement_mentions):
                # … Saat ditemui terpisah, Y mengatakan …. ”…,” ujarnya.: the same speaker
                # goes on, on that occasion apart, until the text tells the day of a scene
                # (… rapat evaluasi, Rabu (5/3). Y hadir dalam rapat itu. ”…,” ujar Y.: that
                # day's), not that of others' words alone (”…,” ujar Z, Kamis (3/10).).
                cand.date, cand.date_mention = before.date, before.date_mention
                cand.rules["date"] = NAME + ":separate_occasion"
                continue
            if before is not None and before.date is not None \
                    and before.rules.get("date") != NAME + ":separate_occasion" \
                    and not _day_told_since_the_articles_own(state, before, cand, context_days(cand), own_day) \
                    and not (id(before.date_mention) in flashback and _others_between(live, before, idx)):
                # The same speaker goes on (”…,” ujarnya), maybe after others' words:
                # the same occasion as their statement before, whatever else the
                # sentences between mention (a background event's "pada 2 Juli 2020").
                # Not from words on an earlier occasion told in passing (Dalam sidang
                # tuntutan pada 2 Mei, jaksa meminta …) once others have spoken since: the
                # text is back at the day it told of.
                cand.date, cand.date_mention = before.date, before.date_mention
                cand.rules["date"] = NAME + ":continued"
                continue
            prev = live[idx - 1] if idx > 0 else None
            if prev is not None and prev.entity is cand.entity \
                    and prev.rules.get("date") in (NAME + ":earlier", NAME + ":earlier_continued") \
                    and not (id(prev) in month_told and cand.sent - _last_sentence(state, prev) > 1):
                # Tan pekan lalu memperkirakan …. ”…,” tulis Tan.: with no dated statement
                # of their own, the same speaker's next words go on from that earlier
                # day, not from the day of others' statements.
                cand.rules["date"] = NAME + ":earlier_continued"
                continue
            pos, items = dated_by_key.get(cand.entity.key, ([], []))
            hit = _nearest(pos, items, cand.start)
            if hit is not None and not _out_of_reach(state, cand, hit[0], forward_only, separate) \
                    and not _said_at_another_occasion(state, cand, hit[0], apart):
                cand.date_mention, cand.date = hit
                cand.rules["date"] = NAME + ":speaker_sentence"
                continue
        if cand.entity is not None:
            hit = _body_day(state, cand, document_days, bodies, contents) \
                or _members_day(state, live, idx, bodies, own_by_entity, flashback)
            if hit is not None:
                # Peneliti ICW X menilai …. Dalam keterangan tertulis …, Selasa (11/3), ICW
                # mencatat …; ICW menilai …. Peneliti ICW, X, menyatakan …: the body and the
                # people speaking for it, on the day of its document.
                cand.date_mention, cand.date = hit
                cand.rules["date"] = NAME + ":body"
                continue
        prev = live[idx - 1] if idx > 0 else None
        if prev is not None and prev.date is not None and cand.entity is not None and prev.entity is not cand.entity \
                and prev.rules.get("date") in (NAME + ":scene_before", NAME + ":then") \
                and cand.sent not in separate and _meets_the_crowd(state, cand) \
                and not any(_sentence_end_after(state, prev) <= dm.start < cand.start and not state.in_quote(dm.start)
                            for dm in state.date_mentions):
            # Aksi pedagang pada Selasa lalu …. X … mendesak …. ”…!” teriak X saat itu. Wakil
            # Wali Kota Y, yang menemui massa, berjanji …: at that gathering, that day.
            cand.date, cand.date_mention = prev.date, prev.date_mention
            cand.rules["date"] = NAME + ":same_gathering"
            continue
        earlier = context_days(cand)
        k = bisect.bisect_right(scene_starts, cand.start)
        if k > 0 and (not earlier or earlier[-1][0].start < scene_starts[k - 1]) \
                and not any(i in separate for i in range(scenes[k - 1][0] + 1, cand.sent + 1)):
            # Dalam kesempatan yang sama di Balai Kota, X …. ”…,” ujarnya.: the scene that
            # sentence went back to, until the text tells another day or another occasion
            # (Secara terpisah, Y mengatakan …; Saat dihubungi terpisah, …).
            cand.date_mention, cand.date = scenes[k - 1][1], scenes[k - 1][2]
            cand.rules["date"] = NAME + ":same_occasion"
            continue
        if not (earlier and earlier[-1][2] >= cand.sent) and cand.sent in apart:
            # Bupati X meninjau panen …, Senin (3/3). …. Saat ditemui terpisah, Y (47)
            # mengatakan …: words said apart from the scene told before, on a day the
            # text does not give, are not of that scene's day. They take the article's
            # own day (its dateline or published), as any words the text dates no
            # otherwise: a source reached apart is most often reached for the report.
            cand.date = state.anchor
            cand.rules["date"] = NAME + ":separate_occasion"
            continue
        if cand.entity is not None and state.anchor is not None and _turns_to_another(state, cand.sent) \
                and not _points_to_the_day_told(state, cand.sent):
            # X …, kata X saat dihubungi, Selasa (19/8). Sementara itu, Y mengklaim …: not
            # the day X was reached on.
            # the latest day told is that of another source reached alone: the article's own day
            if earlier and reached_alone.get(id(earlier[-1][0])) \
                    and id(cand.entity) not in reached_alone[id(earlier[-1][0])]:
                earlier = []
        k = bisect.bisect_left(stated_starts, cand.start)
        stated = stated_latest[k - 1] if k > 0 else None
        if earlier and stated is not None and earlier[-1][1] < stated[1] \
                and _looks_back(state, cand, earlier[-1][0], statement_mentions, vague_by_sentence,
                                contents, own_speakers):
            # Kapolres …, Rabu (5/11). Korban ditemukan pada Minggu (2/11). Kasat Reskrim
            # menuturkan …: a day before that of the statements already made, told of an
            # event or of words said before (Sebelumnya, …), looks back; the words after
            # it are still said on the day of the statements.
            cand.date_mention, cand.date = stated
            cand.rules["date"] = NAME + ":statement_day"
        elif earlier:
            cand.date_mention, cand.date = earlier[-1][0], earlier[-1][1]
            cand.rules["date"] = NAME + ":context"
            up_to = _day_reported_up_to(state, cand, by_sentence)
            if up_to is not None and up_to[1] > cand.date:
                # BMKG pada Senin (17/2) menyatakan …. Deputi X menjelaskan hingga Selasa
                # pagi pihaknya telah mencatat …: words telling of things done up to a day
                # were said that day or after, not on the day told before them (not so
                # pemadaman akan berlangsung hingga Selasa pagi: what is to come).
                cand.date_mention, cand.date = up_to
                cand.rules["date"] = NAME + ":reported_up_to"
        elif state.anchor is not None:
            cand.date = state.anchor
            cand.rules["date"] = NAME + ":published"
        else:
            cand.rules["date"] = NAME + ":unknown"
    _scene_told_later(state, live, own_day)
    _lead_told_next(state, live, own_day)
    # Dinas X membantah petugasnya lalai menangani banjir di Kecamatan Y, pada Senin (3/2).
    # Kepala Bidang Dinas X, Z, mengatakan …: a body's words closing with a day that may be
    # that of what they tell, kept for want of another day of the body's own, take the day
    # of its person's words right next to them, as the body's undated words do.
    index = {id(c): i for i, c in enumerate(live)}
    for cand, (d, dm) in event_dated:
        if cand.entity is not None and cand.entity.kind == "organization" and cand.date_mention is dm:
            hit = _members_day(state, live, index[id(cand)], bodies, own_by_entity, flashback)
            if hit is not None:
                cand.date_mention, cand.date = hit
                cand.rules["date"] = NAME + ":body"
    for cand in live:
        d, dm = _own_date(state, cand, citation_by_sentence)
        if d is not None and (cand.date is None or cand.date > d
                              or cand.rules.get("date") in (NAME + ":published", NAME + ":unknown")):
            # ”…,” kata X, seperti dikutip Reuters, Jumat.: with no other day told for the
            # words, the report's; and never a day after it: words are said before they
            # are reported.
            cand.date, cand.date_mention = d, dm
            cand.rules["date"] = NAME + ":citation"


class _Bodies:
    """The article's bodies (organisations) and who speaks for them: a person whose role
    names a body (peneliti Indonesia Corruption Watch (ICW); Peneliti ICW) is one of its
    people."""

    def __init__(self, state: ArticleState):
        lex = state.lex
        self.orgs = [e for e in state.entities.entities.values() if e.kind == "organization"]
        self.names: dict[int, tuple[set[str], list[tuple[str, ...]]]] = {}
        for e in self.orgs:
            shorts, fulls = set(), []
            for name in [e.name, *e.aliases]:
                # Its short names: one written in capitals (ICW), or in brackets after the
                # full name (Komisi Pemberantasan Korupsi (KPK)), or the initials of the
                # full name's words; not a word in capitals inside it (DKI of Pemerintah
                # Provinsi DKI Jakarta), which names something else.
                shorts.update(w.lower() for w in _BRACKETED_ACRONYM.findall(name))
                words = re.findall(r"[\w-]+", _BRACKETS.sub(" ", name))
                if len(words) == 1 and _ACRONYM.fullmatch(words[0]):
                    shorts.add(words[0].lower())
                    continue
                key = tuple(w.lower() for w in words)
                if len(key) > 1:
                    fulls.append(key)
                    content = [w for w in key if w not in lex.role_glue_words]
                    if len(content) > 1:
                        shorts.add("".join(w[0] for w in content))
                if len(key) > 2 and key[0] in lex.firm_prefixes:
                    # PT Pupuk Indonesia (Persero): VP Komunikasi Korporat Pupuk Indonesia
                    # names it too; the legal form is left out in a role.
                    fulls.append(key[1:])
            self.names[id(e)] = (shorts, fulls)
        self._of: dict[int, list] = {}
        self.abbreviated = {k: tuple(w.lower() for w in v.split()) for k, v in lex.abbreviated_bodies.items()}

    def named_in(self, body, words: list[str], capitals: list[str]) -> bool:
        """Whether the words (lowercase, with those written in capitals) name ``body``."""
        shorts, fulls = self.names[id(body)]
        if any(w.lower() in shorts for w in capitals):
            return True
        # Juru bicara Kemlu China: a body's opening words written short (abbreviated_bodies)
        # name the one the article writes in full (Kementerian Luar Negeri China).
        # The body's own name may be written short too (Kodam I/Bukit Barisan): the words as
        # written, then spelt out.
        full = self.abbreviated
        spelt = [x for w in words for x in (full[w] if w in full else (w,))]
        return any(ws[k:k + len(f)] == list(f) for ws in (words, spelt) for f in fulls
                   for k in range(len(ws) - len(f) + 1))

    def of(self, ent) -> list:
        """The bodies ``ent`` is or speaks for: itself, a body; a person's, named in a role."""
        if ent.kind == "organization":
            return [ent] if id(ent) in self.names else []
        if id(ent) not in self._of:
            found = []
            for _, role in ent.roles:
                words = [w.lower() for w in re.findall(r"[\w-]+", role)]
                capitals = _ACRONYM.findall(role)
                found.extend(b for b in self.orgs if b not in found and self.named_in(b, words, capitals))
            self._of[id(ent)] = found
        return self._of[id(ent)]


_ACRONYM = re.compile(r"\b[A-Z]{2,}\b")
_BRACKETS = re.compile(r"\([^)]*\)")
_BRACKETED_ACRONYM = re.compile(r"\(([A-Z]{2,})\)")
_BRACKETED = re.compile(r"\(([^()]+)\)")


def _tells_of_a_document(state: ArticleState, si: int, contents) -> bool:
    """Whether sentence ``si``, outside anyone's words, names a document a body issues or
    reads out (keterangan tertulis, siaran pers, surat terbuka, putusan)."""
    return any(_bare(t.lower) in state.lex.issued_documents
               for t in _told_tokens(state, si, contents))


def _told_tokens(state: ArticleState, si: int, contents) -> list:
    """The tokens of sentence ``si`` outside anyone's words: what the text itself tells."""
    doc = state.doc
    return [t for t in doc.sentence_tokens(doc.sentences[si])
            if not state.in_quote(t.start) and not _inside_any(contents, t.start)]


def _body_day(state: ArticleState, cand: Candidate, document_days, bodies: _Bodies, contents):
    """The day of a document of the body the speaker is or speaks for, told in a sentence
    right next to the statement's, in its paragraph, that names the body or one of its
    people (Peneliti ICW X menilai …. Dalam keterangan tertulis …, Selasa (11/3), ICW
    mencatat …): the one before the statement first."""
    mine = bodies.of(cand.entity)
    if not mine:
        return None
    doc = state.doc
    first, last = doc.sentence_at(cand.start), doc.sentence_at(max(cand.start, cand.end - 1))
    lo = min(cand.sent, first.i if first is not None else cand.sent) - _BODY_SENTENCES
    hi = max(cand.sent, last.i if last is not None else cand.sent) + _BODY_SENTENCES
    here = doc.sentences[cand.sent].paragraph
    found = []
    for dm, d, si in document_days:
        if doc.sentences[si].paragraph != here or not lo <= si <= hi:
            continue
        toks = _told_tokens(state, si, contents)
        words = [t.lower for t in toks]
        capitals = [t.text for t in toks if _ACRONYM.fullmatch(t.text)]
        people = [state.entities.entities.get(state.entities.key_of(o.name, o.start, o.kind))
                  for o in state.entities.occurrences_between(doc.sentences[si].start, doc.sentences[si].end)
                  if o.kind == "person" and not _inside_any(contents, o.start) and not state.in_quote(o.start)]
        if any(bodies.named_in(body, words, capitals) or any(p is not None and body in bodies.of(p) for p in people)
               for body in mine):
            found.append((dm, d))
    if not found:
        return None
    before = [f for f in found if f[0].start < cand.start]
    return before[-1] if before else found[0]


_BODY_SENTENCES = 1  # how far a body's document day reaches the statements around it


def _members_day(state: ArticleState, live: list[Candidate], idx: int, bodies: _Bodies, own_by_entity, flashback):
    """For a body's statement, the day of the words of one of its people right next to
    it, in the sentences around it, with no one else's between (ICW menilai …. Peneliti
    ICW, X, menyatakan …. ”…,” kata X …, Minggu (15/6).): the body speaks through them,
    that day. Not a day of their words on an earlier occasion told in passing (Sehari
    sebelumnya, Ketua Komisi X mengatakan …): the body's words are of the day told."""
    cand = live[idx]
    if cand.entity.kind != "organization" or not bodies.of(cand.entity):
        return None
    for j in (idx - 1, idx + 1):
        if not 0 <= j < len(live):
            continue
        other = live[j]
        if other.entity is None or other.entity.kind != "person" or cand.entity not in bodies.of(other.entity) \
                or abs(other.sent - cand.sent) > _MEMBER_SENTENCES \
                or abs(_paragraph_of(state, other) - _paragraph_of(state, cand)) > 1:
            continue
        near = other if other.date is not None else None
        if near is None:
            pos, items = _reaching(state, other, *own_by_entity.get(id(other.entity), ([], [])), flashback)
            near = _dated_in_paragraph(state, other, items) or _nearest(pos, items, other.start)
        if near is not None and near.date is not None and id(near.date_mention) not in flashback:
            return near.date_mention, near.date
    return None


_MEMBER_SENTENCES = 2  # how far apart a body's words and those of one of its people may stand


def _scene_told_later(state: ArticleState, live: list[Candidate], own_day: set[int]) -> None:
    """A statement dated by nothing but the article's own day, whose speaker's next words,
    right after it with no one else's between and a paragraph or two on, take a day the
    text tells in between, of an event it ties them to (Kuasa hukum X menyatakan kliennya
    akan banding. Sidang putusan …, Rabu (13/8/2025) sore, …. Seusai sidang, …. ”…,” ujar
    X.): the words of that one scene, said that day."""
    for cand, nxt in zip(live, live[1:]):
        if cand.entity is None or nxt.entity is not cand.entity \
                or cand.rules.get("date") not in (NAME + ":context", NAME + ":published") \
                or cand.date != state.anchor \
                or not (cand.date_mention is None or id(cand.date_mention) in own_day) \
                or nxt.rules.get("date") != NAME + ":context" or nxt.date_mention is None \
                or nxt.date_mention.start < cand.end or id(nxt.date_mention) in own_day \
                or _paragraph_of(state, nxt) - _paragraph_of(state, cand) > _SCENE_PARAGRAPHS:
            continue
        cand.date, cand.date_mention = nxt.date, nxt.date_mention
        cand.rules["date"] = NAME + ":scene"


_SCENE_PARAGRAPHS = 4  # how far on the speaker's next words may start in the same scene

# The day rules that tie a statement to a day told for it or for its speaker's words.
_TOLD_FOR_THE_WORDS = frozenset(NAME + ":" + r for r in ("own", "said_next", "said_before", "same_speaker",
                                                         "continued", "occasion"))


def _lead_told_next(state: ArticleState, live: list[Candidate], own_day: set[int]) -> None:
    """The article's first statement, a lead dated by nothing but the article's own day,
    takes the day of the statement right after it in the next paragraph or the one after,
    where that one's day is told for its words (Qatar menyatakan perundingan telah mencapai
    kemajuan. PM Qatar X mengatakan …. ”…,” kata X dalam konferensi pers, Rabu (16/7).):
    wire copy's lead sums up the words the paragraphs after it report."""
    if len(live) < 2:
        return
    lead, nxt = live[0], live[1]
    if lead.rules.get("date") not in (NAME + ":context", NAME + ":published") or lead.date != state.anchor \
            or not (lead.date_mention is None or id(lead.date_mention) in own_day) \
            or nxt.rules.get("date") not in _TOLD_FOR_THE_WORDS or nxt.date is None or nxt.date == lead.date \
            or (state.anchor is not None and nxt.date > state.anchor) \
            or not _next_in_reach(state, lead, nxt) or not _speaks_for(lead, nxt, state.lex):
        return
    if any(lead.end <= dm.start < nxt.start and dm is not nxt.date_mention and not state.in_quote(dm.start)
           for dm in state.date_mentions):
        # … dijual di forum peretas sejak Minggu, 13 Juli 2025.: the text has told a day
        # of its own between; the lead is no summary of the words after it.
        return
    lead.date, lead.date_mention = nxt.date, nxt.date_mention
    lead.rules["date"] = NAME + ":lead"


_LEAD_PARAGRAPHS = 2  # how far on the words the lead sums up may start
_LEAD_SENTENCES = 2  # … or, in an article run together as one paragraph, how many sentences on


def _next_in_reach(state: ArticleState, lead: Candidate, nxt: Candidate) -> bool:
    """Whether ``nxt`` starts in the next paragraph or the one after; where the article is
    one paragraph run together (its breaks lost), in the next sentences."""
    gap = _paragraph_of(state, nxt) - _paragraph_of(state, lead)
    if 0 < gap <= _LEAD_PARAGRAPHS:
        return True
    first, last = state.doc.sentence_at(nxt.start), state.doc.sentence_at(lead.end - 1)
    if not gap and first is not None and last is not None and first.i - last.i == 1:
        return True  # Bawaslu mengungkap …. Ketua Bawaslu X menyebutkan …: the sentence right after
    if gap or any(s.paragraph != state.doc.sentences[0].paragraph for s in state.doc.sentences):
        return False
    return first is not None and last is not None and 0 < first.i - last.i <= _LEAD_SENTENCES


def _speaks_for(lead: Candidate, nxt: Candidate, lex) -> bool:
    """Whether ``nxt``'s speaker is the lead's, or speaks for it: the lead's speaker, a
    country or a body, is named in the other's role (Qatar; Perdana Menteri Qatar X), or
    the lead's is the government and the other holds a minister's or the president's
    office (Pemerintah memastikan …; Menteri X)."""
    if lead.entity is None or nxt.entity is None:
        return False
    if nxt.entity is lead.entity:
        return True
    roles = [role for _, role in nxt.entity.roles]
    if not roles:
        return False
    if (lead.entity.name or "").lower() in lex.government_bodies \
            and any(_holds_government_office(role, lex) for role in roles):
        return True
    names = set()
    for n in (lead.entity.name, *lead.entity.aliases):
        # Badan Penyelenggara Haji (BP Haji): the full name and the short one in brackets,
        # each on its own (Kepala BP Haji X).
        names.update(x for x in (n, " ".join(_BRACKETS.sub(" ", n or "").split()), *_BRACKETED.findall(n or "")) if x)
    names = sorted(names)
    if not names:
        return False
    pattern = _whole_words_pattern(tuple(names))
    if any(pattern.search(role) for role in roles):
        return True
    # Menteri Perhubungan X speaks for Kementerian Perhubungan, the body the office heads:
    # that body whole, not one whose name only opens with it (Menteri Luar Negeri Rusia,
    # Bupati Bandung Barat: another country's ministry, another regency).
    folded = {n.casefold() for n in names}
    return any(form.casefold() in folded for role in roles for form in lex.office_body_forms(role))


def _holds_government_office(role: str, lex) -> bool:
    """Whether ``role`` is an office whose holder speaks for the government: a minister's
    (Menteri Pertanian), not one of another country (Menteri Luar Negeri Rusia), or the
    president's, alone or with the home country (Presiden RI), not another office whose
    title opens so (Presiden Direktur, Presiden Persija)."""
    words = role.split()
    low = [w.lower() for w in words]
    head = lex.phrase_opening(low, lex.head_of_state_titles)
    if head:
        return all(w in lex.home_country_words or w.lower() in lex.home_country_words for w in words[head:])
    head = lex.phrase_opening(low, lex.government_title_heads)
    return bool(head) and not lex.names_a_foreign_country(low[head:])


@functools.lru_cache(maxsize=256)
def _whole_words_pattern(names: tuple[str, ...]) -> re.Pattern[str]:
    """One compiled pattern finding any of ``names`` as whole words (Qatar, not Qatari)."""
    return re.compile(r"(?<!\w)(?:" + "|".join(re.escape(n) for n in names) + r")(?!\w)")


def _paragraph_of(state: ArticleState, cand: Candidate) -> int:
    """The paragraph where the statement's words start."""
    first = state.doc.sentence_at(cand.start)
    return (first if first is not None else state.doc.sentences[cand.sent]).paragraph


_DATELINE_REST = 24  # characters besides the date on its line: a clock time and a zone (06:30 WIB)


def _on_a_dateline(state: ArticleState, dm) -> bool:
    """Whether date ``dm``, with its year, stands in the article's first lines on a line of
    its own, with a clock time at most (Rabu, 11 Jun 2025 06:30 WIB): the byline's date,
    not a day the lead tells of (…, Sabtu (27/3/2021), akibat …)."""
    if dm.year is None or dm.start >= HEAD_CHARS:
        return False
    text = state.doc.text
    a = text.rfind("\n", 0, dm.start) + 1
    b = text.find("\n", dm.end)
    b = len(text) if b < 0 else b
    return len(text[a:dm.start].strip()) + len(text[dm.end:b].strip()) <= _DATELINE_REST


def _scene_told_after(days, before: Candidate, statement_mentions: set[int]) -> bool:
    """Whether one of ``days`` (context days, in order) is told after the statement
    ``before``, other than a day dating a statement of its own sentence."""
    return any(dm.start >= before.end and id(dm) not in statement_mentions for dm, _, _ in days)


def _day_told_since_the_articles_own(state: ArticleState, before: Candidate, cand: Candidate, earlier,
                                     own_day: set[int]) -> bool:
    """Whether the speaker's statement before was dated by nothing but the article's own
    day (its dateline, or ``published``) and the text has told a day since, of an event
    the words after it are tied to (Kuasa hukum X menyatakan kliennya akan banding. Sidang
    putusan …, Rabu (13/8/2025) sore, …. Seusai sidang, …. ”…,” ujar X.): the article's
    day is no occasion they go on from."""
    if before.date != state.anchor or not (before.date_mention is None or id(before.date_mention) in own_day):
        return False
    if not earlier or earlier[-1][0].start < before.end or id(earlier[-1][0]) in own_day:
        return False
    return _tied_to_the_event_told(state, before, cand, earlier[-1][0])


def _tied_to_the_event_told(state: ArticleState, before: Candidate, cand: Candidate, dm) -> bool:
    """Whether a sentence after the statement ``before``, up to ``cand``'s, names the held
    event that the sentence with day ``dm`` tells of as the occasion of what follows (Sidang
    putusan …, Rabu (13/8/2025) sore, …. Seusai sidang, X menemui wartawan …): the words go
    on in that event's scene, on its day."""
    doc, lex = state.doc, state.lex
    told = doc.sentence_at(dm.start)
    events = {t.lower for t in doc.sentence_tokens(told)
              if t.lower in lex.held_events and not state.in_quote(t.start)}
    if not events:
        return False
    first = doc.sentence_at(cand.start)
    last = max(cand.sent, first.i if first is not None else cand.sent)
    for i in range(told.i + 1, last + 1):
        words = [t.lower for t in doc.sentence_tokens(doc.sentences[i]) if not state.in_quote(t.start)]
        if any(x in events for x in _held_events_after_occasion_prepositions(words, lex, _EVENT_REACH + 1)):
            return True
    return False


def _statement_sentences(state: ArticleState, live: list[Candidate]) -> set[int]:
    """The sentences where a statement's attribution stands: those a date may date."""
    sents = set()
    for cand in live:
        sents.add(cand.sent)
        first = state.doc.sentence_at(cand.start)
        if first is not None:
            sents.add(first.i)
    return sents


def _count_from(state: ArticleState, dm, sent, told: date, told_days, contents, statement_sents) -> date:
    """The day ``dm`` (sehari sebelumnya) counts back from: the day just told, unless that
    day is an event's, looking back from a later day told before it, in a sentence where
    no one's words stand (Tim SAR menemukan korban, Selasa (4/11). … Banjir menerjang
    pada Minggu (2/11) malam.), and words stand between it and ``dm``: the text is back
    at the report's day, the latest told (Gubernur yang meninjau lokasi sehari sebelumnya
    menyatakan …: Senin (3/11)). Not a day a statement's sentence tells (Wali Kota X,
    dalam jumpa pers pada Senin (8/9), mengatakan …; Hal itu disampaikannya …, Kamis
    (10/4)): that occasion goes on; nor is the article's own day on its dateline a day
    told, nor one told last a day looking back. A count forward (keesokan harinya) goes on
    from the day just told, even one told looking back: the story told from there."""
    latest = max((day for _, day, dated in told_days if not dated), default=None)
    if dm.from_told >= 0 or latest is None or told >= latest or sent is None:
        return told
    sents = state.doc.sentences
    told_at = told_days[-1][0]
    if told_at in statement_sents or _points_back_to_sentence_before(state, sents[told_at]):
        return told
    # Words between: someone's, in the sentences after the day's and before dm's; none
    # where no sentence stands between.
    if told_at + 1 >= sent.i:
        return told
    a, b = sents[told_at + 1].start, sents[sent.i].start
    i = bisect.bisect_left(contents, (a, a))
    return latest if i < len(contents) and contents[i][0] < b else told


def _speaks_through_next(state: ArticleState, cand: Candidate, nxt: Candidate) -> bool:
    """Whether the statement's speaker speaks through the one who says the next words, in
    its paragraph, dated in their own sentence: the statement's sentence names that person
    right after ``melalui`` or ``lewat``, before the words (Manajemen X melalui Melinda
    kembali menegaskan …. ”…,” kata Melinda, Selasa.)."""
    if nxt.entity is None or nxt.entity is cand.entity or nxt.rules.get("date") != NAME + ":own" \
            or _paragraph_of(state, nxt) != state.doc.sentences[cand.sent].paragraph:
        return False
    doc, lex = state.doc, state.lex
    end = cand.start if cand.cue_start is None else min(cand.start, cand.cue_start)
    keys = set(_keys_of(state, nxt))
    toks = [t for t in doc.sentence_tokens(doc.sentences[cand.sent]) if t.start < end]
    for k, t in enumerate(toks[:-1]):
        if t.lower in lex.representative_markers and not state.in_quote(t.start):
            after = toks[k + 1]
            if any(o.start == after.start and state.entities.key_of(o.name, o.start, o.kind) in keys
                   for o in state.entities.occurrences_between(after.start, end)):
                return True
    return False


def _points_back_to_sentence_before(state: ArticleState, sent) -> bool:
    """Whether ``sent`` opens telling when and where the words of the sentence before, in
    its paragraph, were said (Hal itu disampaikan …; … menyampaikan hal itu …)."""
    doc, lex = state.doc, state.lex
    if sent.i == 0 or doc.sentences[sent.i - 1].paragraph != sent.paragraph:
        return False
    toks = [t for t in doc.sentence_tokens(sent) if not state.in_quote(t.start)]
    return _points_back([_as_passive(t.lower, lex) for t in toks[:10]], lex)


def _leads_into_a_statement(state: ArticleState, sent, statement_sents: set[int]) -> bool:
    """Whether the sentence right after ``sent``, in its paragraph, holds a statement: a
    scene told before the words said in it (Saat berkunjung ke X, Kamis pekan lalu, Y
    sempat berbincang dengan warga. Ia kemudian meminta …)."""
    sents = state.doc.sentences
    return sent.i + 1 in statement_sents and sent.i + 1 < len(sents) \
        and sents[sent.i + 1].paragraph == sent.paragraph


def _others_between(live: list[Candidate], before: Candidate, idx: int) -> bool:
    """Whether a statement of anyone else, or of no one named, stands between ``before``
    and ``live[idx]``."""
    k = next(i for i in range(idx - 1, -1, -1) if live[i] is before)
    return any(c.entity is not before.entity or c.entity is None for c in live[k + 1:idx])


def _tells_of_an_earlier_occasion(state: ArticleState, dm, sent, contents) -> bool:
    """Whether date ``dm`` is told as an earlier occasion (Senin lalu; X sempat menegaskan
    …; Sebelumnya, pada Senin (21/7), X …), in words outside anyone's."""
    lex = state.lex
    if dm.relative in ("past", "last_week") or _past_after_date(state, dm):
        return True
    return any(t.lower in lex.earlier_occasion_markers and not state.in_quote(t.start)
               and not _inside_any(contents, t.start) for t in state.doc.sentence_tokens(sent))


def _goes_on_as_then(state: ArticleState, sent, live: list[Candidate], then_sents: set[int]) -> bool:
    """Whether the words of ``sent`` go on, right after, with the same speaker's words that
    the text says were said then (X, pada Kamis (6/11), mengaku menyesal …. ”…,” kata X
    saat itu.): ``saat itu`` puts that day apart from the day the text tells of, an
    earlier occasion, as ``Senin lalu`` or ``sempat`` would. Only the next statement, in
    the sentence right after."""
    here = [c for c in live if c.sent == sent.i and c.entity is not None]
    if not here:
        return False
    last = here[-1]
    k = next((i for i, c in enumerate(live) if c is last), None)
    if k is None or k + 1 >= len(live):
        return False
    nxt = live[k + 1]
    first = state.doc.sentence_at(nxt.start)
    opens = min(nxt.sent, first.i if first is not None else nxt.sent)
    return nxt.entity is last.entity and nxt.sent in then_sents and opens == _last_sentence(state, last) + 1


def _past_after_date(state: ArticleState, dm) -> bool:
    """Whether a day and month are followed by a word putting them in the past (pada 3
    Maret lalu, 12 Mei silam): an earlier occasion, like Senin lalu."""
    if dm.day is None or dm.month is None:
        return False
    doc = state.doc
    k = doc.token_index_at_or_after(dm.end)
    return k < len(doc.tokens) and doc.tokens[k].sent == doc.tokens[k - 1].sent \
        and doc.tokens[k].lower in state.lex.month_past


def _an_earlier_session(state: ArticleState, dm, d: date, contents, told_days) -> bool:
    """Whether date ``dm`` (day ``d``) is the day of a held event its clause names (Dalam
    sidang tuntutan pada 2 Mei 2025, jaksa meminta …), outside anyone's words, that is an
    earlier session than the days the text has told: more than a week before the earliest,
    or before a later day told of the same kind of event (Putusan itu dibacakan dalam sidang
    pada Rabu, 21 Mei 2025). Not the day before of a press conference in a report of the
    days after (Wali Kota X, dalam jumpa pers pada Senin (8/9), mengatakan …, after words of
    Selasa (9/9)): the text goes on from that day."""
    event = _event_of_clause(state, dm, contents)
    if event is None or not told_days:
        return False
    if d < min(day for _, day, _ in told_days) - _EARLIER_STAGE_GAP:
        return True
    doc = state.doc
    return any(day > d and any(t.lower == event and not state.in_quote(t.start) and not _inside_any(contents, t.start)
                               for t in doc.sentence_tokens(doc.sentences[si]))
               for si, day, _ in told_days)


# A report's own occasions (the event, a press conference the day before, reactions in the
# days after) fall within a few days of one another, while the sessions of one case or body
# (a hearing, a sitting) are mostly held a week or more apart: a held event more than a week
# before the earliest day told is an earlier stage (the demand before the verdict), one
# within the week may still be the report's own.
_EARLIER_STAGE_GAP = timedelta(days=7)


def _event_of_clause(state: ArticleState, dm, contents) -> str | None:
    """The held event named after an occasion preposition in the clause of date ``dm``,
    before it and outside anyone's words (Dalam sidang tuntutan pada 2 Mei 2025: sidang;
    Dalam sidang tuntutan, Selasa (30/9/2025), … opening the sentence: sidang too)."""
    doc, lex = state.doc, state.lex
    words = []
    toks = doc.sentence_tokens(doc.sentence_at(dm.start))
    opening = True  # no comma yet: the words are the sentence's opening clause
    for k, t in enumerate(toks):
        if t.start >= dm.start:
            break
        if t.text == "," and opening and k + 1 < len(toks) and toks[k + 1].start >= dm.start:
            # Dalam sidang tuntutan, Selasa (30/9/2025), jaksa …: the day set off by commas
            # closes the adjunct the sentence opens with, naming the event, as pada does.
            # Not an event told after the speaker (kata X dalam diskusi daring …, Rabu
            # (22/4)): the occasion of the words, the scene the text tells.
            continue
        if t.text == ",":
            opening = False
        if t.text == "," or state.in_quote(t.start) or _inside_any(contents, t.start):
            words = []
            continue
        words.append(t.lower)
    return next(_held_events_after_occasion_prepositions(words, lex, _EVENT_REACH), None)


def _reaching(state: ArticleState, cand: Candidate, pos: list[int], items: list[Candidate], flashback: set[int]):
    """The speaker's dated statements that may date ``cand``: not one on an earlier occasion
    told in passing (Senin lalu, X sempat menegaskan …) unless it comes before ``cand`` in
    its paragraph, which then goes on from that occasion."""
    if not any(id(c.date_mention) in flashback for c in items):
        return pos, items
    sents = state.doc.sentences
    here = sents[cand.sent].paragraph
    keep = [(p, c) for p, c in zip(pos, items) if id(c.date_mention) not in flashback
            or (c.start <= cand.start and sents[c.sent].paragraph == here)]
    return [p for p, _ in keep], [c for _, c in keep]


def _latest_day_written_in_full(state: ArticleState, contents) -> date | None:
    """The latest day the article writes with its weekday and year (Selasa (27/5/2025)),
    outside anyone's words: with no publication date, the day a weekday alone is named
    from."""
    days = [d for dm in state.date_mentions
            if dm.weekday is not None and dm.year is not None and not state.in_quote(dm.start)
            and not _inside_any(contents, dm.start) and (d := resolve(dm, None)) is not None]
    return max(days, default=None)


def _looks_back_from_told(dm, d) -> bool:
    """Whether ``dm`` puts what its sentence tells before the day just told (sehari
    sebelumnya), or names a day from one the text has not told: the sentence looks back."""
    return dm.from_told is not None and (dm.from_told < 0 or d is None)


def _closes_an_event_clause(state: ArticleState, cand: Candidate, dm, lenient: bool = False) -> bool:
    """Whether date ``dm`` right follows the reported words (after a comma at most) and
    those words end in a clause telling of an event held (… dalam rapat yang digelar di
    Jakarta, Rabu): the day may be the event's, not the statement's. ``lenient``: or any
    clause telling of an event (… cedera saat melawan Arema, Sabtu; … dalam laga …). A
    day joined to the words by a preposition (… lewat pelabuhan Pantoloan, pada Senin) may
    be the day of what they tell, when they tell of an act held at or through a place; not
    when they tell a state, a plan or a noun's place (… mengatakan jalan itu ditutup
    sementara, pada Senin; … memperingatkan lonjakan kasus di Jawa Barat, pada Senin):
    then, as ordinarily, the day they were said."""
    doc = state.doc
    if cand.type == "direct" or dm.start < cand.end:
        return False
    between = doc.text[cand.end:dm.start].strip(" ,")
    if between and " ".join(between.lower().split()) in state.lex.event_day_lead_ins:
        return _tells_an_act_at_a_place(state, cand)
    if between:
        return False
    end = doc.token_index_at_or_after(cand.end)
    words = doc.tokens[max(doc.token_index_at_or_after(cand.start), end - _EVENT_CLAUSE_REACH):end]
    if lenient and any(t.lower in state.lex.occasion_prepositions for t in words):
        return True
    return any(t.lower == "yang" and nxt.lower in state.lex.event_clause_verbs for t, nxt in zip(words, words[1:]))


_EVENT_CLAUSE_REACH = 6  # yang digelar di Gedung Serbaguna Kota: the clause's last words


def _tells_an_act_at_a_place(state: ArticleState, cand: Candidate) -> bool:
    """Whether the reported words tell of an act done, at or through a place: a verb (by
    its prefix, dikirim, merusak) and after it a preposition of place or route (…
    dikirim ke Palu melalui pelabuhan X). Not an act planned (akan dibahas), nor a place
    after nouns alone (potensi hujan lebat di Jawa Barat)."""
    doc, lex = state.doc, state.lex
    words = doc.tokens[doc.token_index_at_or_after(cand.start):doc.token_index_at_or_after(cand.end)]
    if any(t.lower in lex.future_markers for t in words):
        return False
    verb = next((k for k, t in enumerate(words) if (t.upos is None or t.upos == "VERB")
                 and (has_passive_shape(t, lex) or active_prefix_form(t.lower))), None)
    return verb is not None and any(t.lower in lex.event_place_prepositions for t in words[verb + 1:])


def _meets_the_speaker(state: ArticleState, cand: Candidate, s, contents) -> bool:
    """Whether sentence ``s`` is in the paragraph right before the statement's and that
    paragraph, outside anyone's words, names the statement's speaker (Di peron, Rahayu
    (31), tampak menggendong anaknya. Warga Bantul itu memilih kembali pada Senin. then
    ”…,” katanya.): the day of the scene the speaker is met in, not a look back."""
    if cand.entity is None:
        return False
    doc = state.doc
    para = s.paragraph
    if para + 1 != doc.sentences[cand.sent].paragraph:
        return False
    sents = [x for x in doc.sentences[max(0, s.i - _SCENE_SENTENCES):s.i + _SCENE_SENTENCES + 1] if x.paragraph == para]
    keys = set(_keys_of(state, cand))
    return any(o.key in keys and not state.in_quote(o.start) and not _inside_any(contents, o.start)
               for o in state.entities.occurrences_between(sents[0].start, sents[-1].end))


_SCENE_SENTENCES = 3  # how far in its paragraph the speaker may be named from the day


def _latest_statement_days(live: list[Candidate]):
    """The starts of the statements dated by their own words or the sentence after
    them, in text order, and for each the latest day (mention, date) that any of them
    up to it was made on."""
    starts, latest = [], []
    for cand in live:
        if cand.rules.get("date") not in (NAME + ":own", NAME + ":said_next"):
            continue
        best = latest[-1] if latest else None
        if best is None or cand.date >= best[1]:
            best = (cand.date_mention, cand.date)
        starts.append(cand.start)
        latest.append(best)
    return starts, latest


def _looks_back(state: ArticleState, cand: Candidate, dm, statement_mentions: set[int],
                vague_by_sentence, contents, own_speakers) -> bool:
    """Whether date ``dm``, in a paragraph before the statement's, is told in looking
    back: it dates no statement (the day of an event: Korban ditemukan pada Minggu
    (2/11)), or its sentence puts what it tells on an earlier day (Sebelumnya, dalam
    siniar yang tayang pada Rabu (12/3), X mengaku …), or it is the day of another
    speaker's post or release (Dalam video yang diunggah pada Jumat (12/9), X mengaku …;
    ”…,” cuitnya, Selasa (21/10).), that speaker's alone. In the statement's own paragraph
    the day may be its occasion (Pada Minggu (2/11), rapat digelar. Dalam rapat itu, …)."""
    s = state.doc.sentence_at(dm.start)
    if s is None or s.paragraph == state.doc.sentences[cand.sent].paragraph:
        return False
    if vague_by_sentence.get(s.i):
        return True
    if id(dm) not in statement_mentions:
        return not _meets_the_speaker(state, cand, s, contents)
    return (cand.entity is None or cand.entity.key not in own_speakers.get(id(dm), ())) \
        and any(_bare(t.lower) in state.lex.own_media for t in _told_tokens(state, s.i, contents))


def _date_just_told(state: ArticleState, cand: Candidate, vague, by_sentence, vague_by_sentence, contents,
                    prev: Candidate | None):
    """The day of the occasion just told, when the statement's sentence points back to it
    with ``kala itu`` or ``saat itu``: the latest date outside quotations in the few
    sentences before the statement's words (Pada 26 November 2018, ia berdiri …. Di
    hadapan guru, ia memegang pengeras suara. ”…!” teriaknya saat itu.), past the first
    one not in anyone's reported words, and not past one that tells of an earlier time with
    no day (Pekan lalu, X sempat mengatakan …. ”…,” kata dia saat itu.: that unnamed day);
    else the day of the statement right before, when that too was dated so (”…,” teriaknya saat itu. Ketua DPRD kala itu menyatakan …)."""
    if not any(" ".join(dm.text.lower().split()) in state.lex.then_words for dm in vague):
        return None
    first = state.doc.sentence_at(cand.start)
    here = min(cand.sent, first.i if first is not None else cand.sent)
    for i in range(here - 1, max(-1, here - 1 - _THEN_REACH), -1):
        told = [(dm, d) for dm, d in by_sentence.get(i, ()) if not state.in_quote(dm.start)
                and (i == here - 1 or not _inside_any(contents, dm.start))]
        if told:
            return told[-1]
        if vague_by_sentence.get(i):
            break
    if prev is not None and prev.date is not None and prev.rules.get("date") == NAME + ":then":
        return prev.date_mention, prev.date
    return None


_THEN_REACH = 3  # sentences back to the occasion that saat itu points to


def _closes_an_act_clause(state: ArticleState, cand: Candidate, dm) -> bool:
    """Whether date ``dm`` right follows reported words (after a comma at most) that end
    in a clause telling of an act someone did (… APBD 2025 yang disahkan DPRD DKI Jakarta,
    Jumat (29/11)): the act's day, not the day the statement was made."""
    doc = state.doc
    if cand.type == "direct" or dm.start < cand.end or doc.text[cand.end:dm.start].strip(" ,") != "":
        return False
    end = doc.token_index_at_or_after(cand.end)
    words = doc.tokens[max(doc.token_index_at_or_after(cand.start), end - _EVENT_CLAUSE_REACH):end]
    return any(t.lower == "yang" and nxt.lower in state.lex.act_clause_verbs for t, nxt in zip(words, words[1:]))


def _same_occasion_scenes(state: ArticleState, by_sentence, contents) -> list[tuple[int, object, date]]:
    """The sentences opening with words that point back to an occasion told before and
    name its place (Dalam kesempatan yang sama di Balai Kota, Wakil Wali Kota X …), each
    with the day the latest sentence before naming that place told, outside anyone's
    words (… usai rapat di Balai Kota, Rabu (5/11). …. Warga Y, ditemui Selasa (4/11),
    …): (sentence, date mention, day), in text order. None for one naming no place, or
    whose place the latest sentence naming it gave no day."""
    doc, lex = state.doc, state.lex
    scenes = []
    for sent in doc.sentences:
        toks = doc.sentence_tokens(sent)
        opener = lex.phrase_opening([t.lower for t in toks], lex.same_occasion_openers)
        if not opener:
            continue
        clause = toks[opener:next((k for k in range(opener, len(toks)) if toks[k].text == ","), len(toks))]
        at = next((k for k, t in enumerate(clause) if t.lower in lex.same_occasion_site_markers), None)
        if at is None:
            continue
        site = []
        for t in clause[at + 1:]:
            if not (t.is_word and t.is_capitalized):
                break
            site.append(t.lower)
        if not site:
            continue
        site = tuple(site)
        for j in range(sent.i - 1, -1, -1):
            words = [t.lower for t in doc.sentence_tokens(doc.sentences[j]) if not state.in_quote(t.start)]
            if not any(tuple(words[k:k + len(site)]) == site for k in range(len(words))):
                continue
            dated = [(dm, d) for dm, d in by_sentence.get(j, ()) if not state.in_quote(dm.start)
                     and not _inside_any(contents, dm.start) and (state.anchor is None or d <= state.anchor)]
            if dated:
                scenes.append((sent.i, dated[-1][0], dated[-1][1]))
            break
    return scenes


def _date_of_occasion_before(state: ArticleState, cand: Candidate, by_sentence, contents, live):
    """The day of the sentence right before, when the statement's sentence opens going on
    at the place or occasion it told of (Pada Senin (16/12), Arief meninjau terminal. Di
    sana, ia menyebut …), or in a document that sentence, in its paragraph, told of and
    no one else's words stand in (X melayangkan surat terbuka …, Jumat (15/8). Dalam
    surat terbuka itu, X menyebut …; Pada 14 Juli 1999, ia mundur …. Dalam surat
    pengunduran dirinya, ia menulis …): the words were said there, that day. Not a day
    inside someone's words, nor one after the article's."""
    doc = state.doc
    first = doc.sentence_at(cand.start)
    here = min(cand.sent, first.i if first is not None else cand.sent)
    if here == 0:
        return None, None
    toks = doc.sentence_tokens(doc.sentences[here])
    words = tuple(t.lower for t in toks[:4])
    if not any(words[:len(p)] == p for p in state.lex.occasion_continuers) \
            and not (_opens_in_a_document_told(state, toks)
                     and doc.sentences[here - 1].paragraph == doc.sentences[here].paragraph
                     and not any(c.sent == here - 1 and c.entity is not cand.entity for c in live)):
        return None, None
    for dm, d in reversed(by_sentence.get(here - 1, ())):
        if not state.in_quote(dm.start) and not _inside_any(contents, dm.start) \
                and (state.anchor is None or d <= state.anchor):
            return d, dm
    return None, None


_POST_REACH = 2  # X mengunggah tulisan …, Sabtu malam. Unggahan itu ramai …. ”…,” tulis X.


def _date_of_post_before(state: ArticleState, cand: Candidate, by_sentence, contents, live):
    """The day told in one of the few sentences before written words (”…,” tulis X), in
    the text itself, where that sentence names the same speaker and a post of theirs
    (Sebelumnya, pada Sabtu (14/3) malam, X mengunggah tulisan panjang di Instagram.
    Unggahan itu ramai dibicarakan. ”…,” tulis X.): the words are the post's, of that day,
    not the day of the speaker's spoken words before. No one else's words may stand
    between, nor a day after the article's."""
    if cand.entity is None or cand.cue_start is None:
        return None, None
    doc, lex = state.doc, state.lex
    cue = without_enclitic(doc.text[cand.cue_start:cand.cue_end].lower(), NOUN_STEM)
    if cue not in lex.written_cues:
        return None, None
    first = doc.sentence_at(cand.start)
    here = min(cand.sent, first.i if first is not None else cand.sent)
    keys = set(_keys_of(state, cand))
    for i in range(here - 1, max(-1, here - 1 - _POST_REACH), -1):
        if any(c.sent == i for c in live):
            return None, None  # someone's words stand between
        sent = doc.sentences[i]
        told_toks = _told_tokens(state, i, contents)
        if not any(_bare(t.lower) in lex.own_media for t in told_toks):
            continue
        # The speaker named there: an occurrence of theirs, or their name's words, capitalised.
        named = [t.lower for t in told_toks if t.is_capitalized]
        if not any(o.key in keys and not state.in_quote(o.start)
                   for o in state.entities.occurrences_between(sent.start, sent.end)) \
                and not any(tuple(named[k:k + len(key)]) == tuple(key)
                            for key in keys if key for k in range(len(named))):
            continue
        told = [(dm, d) for dm, d in by_sentence.get(i, ()) if not state.in_quote(dm.start)
                and not _inside_any(contents, dm.start) and (state.anchor is None or d <= state.anchor)]
        if told:
            return told[0][1], told[0][0]
    return None, None


def _opens_in_a_document_told(state: ArticleState, toks) -> bool:
    """Whether the sentence opens with a clause naming a document it points back to, the
    words in it (Dalam surat terbuka itu, …; Lewat keterangan tertulisnya, …; Dalam surat
    pengunduran dirinya, …): a preposition, a word for the document, then a demonstrative
    or an owner's -nya closing the clause."""
    lex = state.lex
    clause = []
    for t in toks[:_DOCUMENT_CLAUSE_WORDS + 1]:
        if t.text == ",":
            break
        clause.append(t.lower)
    else:
        return False
    if len(clause) < 2 or clause[0] not in lex.document_prepositions \
            or _bare(clause[1]) not in lex.statement_documents:
        return False
    return clause[-1] in _BACK_REFERENCES or clause[-1].endswith("nya")


_DOCUMENT_CLAUSE_WORDS = 5  # Dalam surat pengunduran dirinya: the opening clause, up to its comma


def _date_of_document_named(state: ArticleState, cand: Candidate, by_sentence, contents):
    """The day told, in one of the few sentences before, with the document the statement's
    attribution points back to (X melayangkan surat terbuka …, Jumat (15/8). … ”…,”
    demikian bunyi salah satu paragraf surat tersebut.; Dalam keterangan yang sama, …): the
    words are that document's, of that day. Not a day inside anyone's words, nor one after the article's."""
    doc, lex = state.doc, state.lex
    first = doc.sentence_at(cand.start)
    here = min(cand.sent, first.i if first is not None else cand.sent)
    noun = None
    for i in sorted({cand.sent, here}):
        toks = [t for t in doc.sentence_tokens(doc.sentences[i])
                if not (cand.start <= t.start < cand.end) and not state.in_quote(t.start)]
        for k, t in enumerate(toks):
            after = [w.lower for w in toks[k + 1:k + 1 + _DOCUMENT_NAME_WORDS]]
            if _bare(t.lower) in lex.statement_documents \
                    and (any(w in _BACK_REFERENCES for w in after) or after == list(_SAME)):
                noun = _bare(t.lower)
    if noun is None:
        return None, None
    for i in range(here - 1, max(-1, here - 1 - _DOCUMENT_REACH), -1):
        if not any(_bare(t.lower) == noun for t in _told_tokens(state, i, contents)):
            continue
        told = [(dm, d) for dm, d in by_sentence.get(i, ()) if not state.in_quote(dm.start)
                and not _inside_any(contents, dm.start) and (state.anchor is None or d <= state.anchor)]
        if told:
            return told[-1][1], told[-1][0]
    return None, None


_DOCUMENT_NAME_WORDS = 2  # surat terbuka itu: the words naming the document, then the demonstrative
_SAME = ("yang", "sama")  # Dalam keterangan yang sama, …: the document told before, as keterangan itu
_DOCUMENT_REACH = 3  # sentences back to where the document was told of


def _date_told_before(state: ArticleState, cand: Candidate, by_sentence, contents, flashback: set[int]):
    """The day named from the day just told (keesokan harinya, dua hari kemudian), or the
    day of an earlier occasion told in passing (``flashback``: Saat berkunjung ke pasar,
    Kamis pekan lalu, X sempat …), in the sentence right before the statement's, in its
    paragraph, where that sentence names the speaker (Keesokan harinya, X meninjau kebun
    kopi rakyat. Di hadapan petani, ia mengatakan …): the day of the occasion the
    statement goes on with, as if told in its own sentence. Not a day inside anyone's
    words, nor another speaker's sentence."""
    if cand.entity is None:
        return None, None
    doc = state.doc
    first = doc.sentence_at(cand.start)
    here = min(cand.sent, first.i if first is not None else cand.sent)
    if here == 0 or doc.sentences[here - 1].paragraph != doc.sentences[here].paragraph:
        return None, None
    sent = doc.sentences[here - 1]
    told = [(dm, d) for dm, d in by_sentence.get(sent.i, ()) if (dm.from_told is not None or id(dm) in flashback)
            and not state.in_quote(dm.start) and not _inside_any(contents, dm.start)
            and (state.anchor is None or d <= state.anchor)]
    if not told:
        return None, None
    keys = set(_keys_of(state, cand))
    if not any(o.key in keys and not state.in_quote(o.start) and not _inside_any(contents, o.start)
               for o in state.entities.occurrences_between(sent.start, sent.end)):
        return None, None
    dm, d = told[-1]
    return d, dm


def _date_of_scene_before(state: ArticleState, cand: Candidate, by_sentence, contents, flashback: set[int],
                          statement_sents: set[int]):
    """The weekday of an earlier scene told in passing (``flashback``) in the sentence
    right before the statement's, in its paragraph, where that sentence holds no one's
    words (Unjuk rasa pada Selasa lalu sempat memanas. Ketua paguyuban, X, dalam orasinya
    mendesak …): the words right after it are that scene's, whoever speaks them. Only
    where the two are tied: the scene is a gathering where people speak out, its sentence
    opening with one (``speech_gatherings``, ``held_events``: Aksi pedagang …), or the
    statement's sentence points back to it (saat itu, di sana, dalam orasinya); and never
    where that sentence puts the words at the time of the report (``now_words``: Warga
    sempat mengungsi pada Senin lalu. X mengatakan saat ini air mulai surut.). Only the
    statement right after: it dates no other words of the speaker's (rule
    ``scene_before``, no day of the speaker's own). Only a weekday told as gone by from
    the report (Selasa lalu, Senin pekan lalu): a date written in full after Sebelumnya
    tells of an act on its day (… melayangkan surat pada Jumat (15/8)), not of the
    occasion of the words after it. Not a period (pada 26 Mei-Juli …, a time, no scene),
    nor a day inside anyone's words."""
    if cand.entity is None:
        return None, None
    doc = state.doc
    first = doc.sentence_at(cand.start)
    here = min(cand.sent, first.i if first is not None else cand.sent)
    if here == 0 or doc.sentences[here - 1].paragraph != doc.sentences[here].paragraph \
            or here - 1 in statement_sents:
        return None, None
    sent = doc.sentences[here - 1]
    words = [t.lower for i in range(here, max(here, cand.sent) + 1)
             for t in doc.sentence_tokens(doc.sentences[i]) if not state.in_quote(t.start)]
    if _holds_phrase(words, state.lex.now_words):
        return None, None
    if not (_opens_with_a_gathering(state, sent) or _points_back_to_a_scene(state, words)):
        return None, None
    told = [(dm, d) for dm, d in by_sentence.get(sent.i, ()) if id(dm) in flashback and dm.weekday is not None
            and dm.relative in ("past", "last_week")
            and not state.in_quote(dm.start) and not _inside_any(contents, dm.start)
            and (state.anchor is None or d <= state.anchor)]
    if len(told) != 1:
        return None, None
    dm, d = told[0]
    return d, dm


def _holds_phrase(words: list[str], phrases) -> bool:
    """Whether one of ``phrases`` (tuples of lowercase words) stands anywhere in ``words``."""
    return any(tuple(words[k:k + len(p)]) == p for k in range(len(words)) for p in phrases)


def _opens_with_a_gathering(state: ArticleState, sent) -> bool:
    """Whether the sentence opens with a word for a gathering where people speak out, its
    subject (Aksi pedagang pada Selasa lalu …; Rapat itu sempat …)."""
    lex = state.lex
    words = [t.lower for t in state.doc.sentence_tokens(sent)[:4]]
    return bool(words) and (words[0] in lex.held_events or lex.phrase_opening(words, lex.speech_gatherings) > 0)


def _points_back_to_a_scene(state: ArticleState, words: list[str]) -> bool:
    """Whether ``words`` (lowercased, outside anyone's quoted words) point back to a scene
    just told: a then-word (saat itu, kala itu), one of ``occasion_continuers`` (di sana),
    or an occasion preposition before a gathering's word with its owner's -nya or a
    demonstrative (dalam orasinya, dalam rapat itu)."""
    lex = state.lex
    if _holds_phrase(words, lex.then_phrases) or _holds_phrase(words, lex.occasion_continuers):
        return True
    gatherings = lex.gathering_words
    for k in range(len(words) - 1):
        if words[k] not in lex.occasion_prepositions:
            continue
        noun = words[k + 1]
        if without_enclitic(noun, NOUN_STEM) != noun and without_enclitic(noun, NOUN_STEM) in gatherings:
            return True
        if noun in gatherings and k + 2 < len(words) and words[k + 2] in DEMONSTRATIVES:
            return True
    return False


def _inside_words_before_inserted_cue(state: ArticleState, cand: Candidate, dm) -> bool:
    """Whether the date stands inside words that an inserted cue follows (Program yang
    diluncurkan awal tahun ini, menurut Agus, sudah …; …, kata dia, …): they are part
    of what was said. Not a date that opens the sentence (Sebelumnya, menurut Agus, …),
    which may be when it was said."""
    doc = state.doc
    if cand.cue_start is None or dm.start >= cand.cue_start:
        return False
    k = doc.token_index_at_or_after(cand.cue_start)
    cue = doc.tokens[k].lower
    lex = state.lex
    if not (cue in lex.according_to or cue in lex.according_to_self or lex.is_direct_cue(cue)) \
            or doc.tokens[k - 1].text != ",":
        return False
    sent = doc.sentences[cand.sent]
    return doc.tokens[sent.tok_start].start < dm.start


def _day_reported_up_to(state: ArticleState, cand: Candidate, by_sentence):
    """The day a weekday, alone or with its date, names right after ``hingga`` or ``sampai``
    in the statement's own words (… menjelaskan hingga Selasa pagi pihaknya telah mencatat
    46 gempa susulan; … telah menerima 45 laporan hingga Kamis (19/6/2025) pagi):
    what the words tell runs up to that day, so they were said no earlier. Not a day after
    the article's, nor one named from the day just told, nor one in a clause telling what
    is to come (pemadaman akan berlangsung hingga Selasa pagi): that may be said before."""
    doc = state.doc
    first = doc.sentence_at(cand.start)
    found = None
    for i in sorted({cand.sent} | ({first.i} if first is not None else set())):
        for dm, d in by_sentence.get(i, ()):
            if not (cand.start <= dm.start < cand.end) or dm.weekday is None \
                    or dm.relative is not None or dm.from_told is not None \
                    or (state.anchor is not None and d > state.anchor):
                continue
            k = doc.token_index_at_or_after(dm.start) - 1
            if k >= 0 and doc.tokens[k].lower in state.lex.period_ends \
                    and doc.tokens[k].sent == doc.tokens[k + 1].sent and (found is None or d > found[1]) \
                    and not _told_as_to_come(state, cand, k, dm):
                found = (dm, d)
    return found


def _told_as_to_come(state: ArticleState, cand: Candidate, k: int, dm) -> bool:
    """Whether the clause of the statement's words around ``hingga`` (token ``k``) and
    its day ``dm`` tells of what is still to come or expected (pemadaman akan berlangsung
    hingga Selasa pagi; diperkirakan berlangsung sampai Senin): one of the expectation
    markers between the commas around it, inside the words."""
    doc, lex = state.doc, state.lex
    sent = doc.tokens[k].sent
    before = range(k - 1, -1, -1)
    after = range(doc.token_index_at_or_after(dm.end), len(doc.tokens))
    for steps in (before, after):
        for j in steps:
            t = doc.tokens[j]
            if t.sent != sent or not (cand.start <= t.start < cand.end) or t.text in _CLAUSE_BREAKS:
                break
            if t.lower in lex.expectation_markers:
                return True
    return False


def _bounds_a_period(state: ArticleState, dm, reach: int = 6) -> bool:
    """Whether a word like ``sejak`` or ``hingga`` stands in the ``reach`` words of the
    clause before the date (Sejak kasus dilaporkan akhir Maret lalu, …; with ``reach``
    1, right before it: hingga 30 April)."""
    return _found_walking_back(_words_before(state, dm, reach), lambda t: t.lower in state.lex.period_bounds,
                               lambda t: t.text == ",")


def _starts_a_period(state: ArticleState, dm) -> bool:
    """Whether a word like ``sejak`` stands right before the date (Gerimis yang turun
    sejak Selasa sore membuat tebing jalan labil): the day a state of things began, which no
    one spoke on; with ``hingga`` or ``sampai`` the day is the report's own."""
    k = state.doc.token_index_at_or_after(dm.start) - 1
    toks = state.doc.tokens
    return k >= 0 and toks[k].lower in state.lex.period_starts and toks[k].sent == toks[k + 1].sent


def _as_of(state: ArticleState, dm) -> bool:
    """Whether the date is the day a figure stands at (… mencapai 93 persen per Minggu
    (4/7/2021); data per tanggal 3 Juli): the data's day, not that of anyone's words."""
    toks = state.doc.tokens
    k = state.doc.token_index_at_or_after(dm.start) - 1
    if k >= 0 and toks[k].lower in state.lex.as_of_fillers:
        k -= 1
    return k >= 0 and toks[k].lower in state.lex.as_of_markers and toks[k].sent == toks[k + 1].sent


def _a_citation_day(state: ArticleState, dm) -> bool:
    """Whether date ``dm`` follows a wire citation set off by a comma (…, kata X, seperti
    dilansir kantor berita IRNA dan Al Arabiya, Rabu (12/11/2025); Dilansir AFP, Jumat
    (6/6/2025), KCNA …): the day the outlet reported, not the day the words were said.
    Set off after the sentence's start, it cites an outlet (``_cites_an_outlet``), not the
    speaker's own source (X, mengutip data BPS, Senin (3/3), mengatakan …)."""
    doc, lex = state.doc, state.lex
    toks = doc.tokens
    k = doc.token_index_at_or_after(dm.start) - 1
    sent = doc.sentence_at(dm.start)
    floor = sent.tok_start if sent is not None else 0
    if k <= floor or toks[k].text != ",":
        return False
    j = k - 1
    while j >= floor and toks[j].text not in _CITATION_BREAKS and (toks[j].is_word or toks[j].text in _CITATION_MARKS):
        j -= 1
    seg = toks[j + 1:k]
    if j >= floor and toks[j].text not in _CITATION_BREAKS:
        # ”…,” kata X seperti dikutip Reuters, …: a quotation's closing mark opens the clause
        # only after its cue; the clause runs from the comma or the sentence's start.
        return False
    if seg and seg[0].lower in lex.wire_attribution_openers:
        seg = seg[1:]
    if not (2 <= len(seg) <= _MAX_CITATION_WORDS and seg[0].lower in lex.citation_day_verbs):
        return False
    if j < floor:
        # Dilansir AFP, Jumat (6/6/2025), KCNA …: the citation opens the sentence, before
        # the subject whose words the outlet reported.
        return True
    # X, mengutip data BPS, Senin (3/3), mengatakan …; dikutip dari akun Instagram-nya:
    # the speaker's own source, not an outlet's report; the day is that of the words.
    return _cites_an_outlet(lex, seg[1:]) and not _a_speakers_aside(state, dm, seg[0])


def _cites_an_outlet(lex, cited) -> bool:
    """Whether the words a citation verb cites (after dari, oleh or di) name a news outlet:
    a lowercase noun for one (kantor berita IRNA, harian setempat), the press's own name
    written whole (kumparan, a name the brand writes in lowercase), a web address
    (kompas.id) or a capitalised name that is no platform (Reuters, Al Jazeera; not
    Instagram-nya)."""
    k = 0
    while k < len(cited) and cited[k].lower in lex.citation_source_prepositions:
        k += 1
    words = tuple(t.lower for t in cited[k:])
    if any(words[:len(p)] == p for p in lex.citation_outlet_nouns):
        return True
    if words in lex.press_subjects:
        return True  # dikutip kumparan: an outlet whose name is written in lowercase
    if k + 2 < len(cited) and cited[k + 1].text == "." and cited[k + 2].is_word \
            and cited[k].end == cited[k + 1].start and cited[k + 1].end == cited[k + 2].start:
        return True  # sebagaimana dikutip di kompas.id: a news site's address
    return k < len(cited) and cited[k].is_capitalized and cited[k].lower.split("-")[0] not in lex.publishing_media


def _a_speakers_aside(state: ArticleState, dm, verb) -> bool:
    """Whether the citation by ``verb`` and its date stand between a speaker and their
    reporting verb, the subject citing (X, mengutip BPS, Senin (3/3), mengatakan …): the
    speaker's own source, so the day is when they spoke."""
    if verb.lower not in state.lex.speaker_citation_verbs:
        return False
    doc = state.doc
    k = doc.token_index_at_or_after(with_trailers(state, dm.end, len(doc.text)))
    toks = doc.tokens
    return k + 1 < len(toks) and toks[k].text == "," and toks[k + 1].sent == toks[k].sent \
        and state.lex.is_reporting_verb(toks[k + 1].text)


_MAX_CITATION_WORDS = 10  # dilansir kantor berita resmi IRNA dan Al Arabiya
_CITATION_BREAKS = frozenset({",", ";", ":"})  # what opens the citing clause before the day
_CITATION_MARKS = frozenset({"(", ")", ".", "-"})  # inside it: kantor berita (AFP), Al-Jazeera, A.S.


def _another_zones_time(state: ArticleState, dm, before) -> bool:
    """Whether date ``dm`` gives the moment of the date ``before`` it in another time zone
    (Senin (15/9/2025) malam waktu setempat atau Selasa pagi WIB): no other day."""
    if before is None:
        return False
    text, lex = state.doc.text, state.lex
    gap = with_trailers(state, before.end, dm.start)
    if text[gap:dm.start].strip().lower() not in lex.time_conversion_links:
        return False
    return time_zone_after(state, dm, min(len(text), dm.end + _ZONE_REACH)) is not None


# How far past a converted date its zone may stand (Selasa pagi waktu Jakarta WIB).
_ZONE_REACH = 32


def _a_birth_date(state: ArticleState, dm) -> bool:
    """Whether the date, with no weekday, closes a clause telling of a birth (Lahir di
    Klaten pada 12 Mei 1940, …; X, yang lahir pada 3 Maret 1985, …): nobody's words are of
    that day. Not a day named with its weekday (peringatan Hari Lahir Pancasila, Minggu
    (1/6)): an occasion held then."""
    if dm.weekday is not None:
        return False
    doc = state.doc
    k = doc.token_index_at_or_after(dm.start)
    for j in range(k - 1, max(-1, k - 1 - _BIRTH_REACH), -1):
        t = doc.tokens[j]
        if t.sent != doc.tokens[k].sent or t.text == "," or state.in_quote(t.start):
            return False
        if t.lower in state.lex.birth_words:
            return True
    return False


_BIRTH_REACH = 6  # Lahir di Kabupaten Klaten pada 12 Mei 1940: the clause's words before the date


def _a_death_day(state: ArticleState, dm, contents) -> bool:
    """Whether the sentence tells, before the date and outside anyone's words, of a death
    (X, mantan menteri, meninggal dalam usia 84 tahun di …, Sabtu malam, 23 November
    2024): that day dates no words of those it names."""
    doc = state.doc
    sent = doc.sentence_at(dm.start)
    return any(t.start < dm.start and t.lower in state.lex.death_words and not state.in_quote(t.start)
               and not _inside_any(contents, t.start) for t in doc.sentence_tokens(sent))


def _in_relative_clause(state: ArticleState, dm) -> bool:
    """Whether the date word opens a relative clause (Sutradara yang sebelumnya menggarap
    …, Menteri yang pekan lalu dilantik itu …, tuduhan X yang pada Senin (3/3)
    menilai …): it describes someone, not the statement."""
    k = before_a_day(state, state.doc.token_index_at_or_after(dm.start), 0)  # yang pada Senin (3/3) menilai …
    return k >= 0 and state.doc.tokens[k].lower == "yang"


def _closes_relative_clause(state: ArticleState, dm) -> bool:
    """Whether the day ends a relative clause that tells of someone or something else
    (kata X, menirukan ucapan petugas yang datang ke desanya pekan lalu): ``yang`` before it
    with no comma, quotation mark or speech verb between (not Hal yang sama diungkapkan X
    pekan lalu), and no speech verb after it in its clause (not Konsensus ekonom yang
    dihimpun … sebelumnya memperkirakan …, where the day is the main verb's)."""
    doc, lex = state.doc, state.lex
    sent = doc.sentence_at(dm.start)
    if sent is None:
        return False

    def speech(t) -> bool:
        w = t.lower
        return lex.is_reporting_verb(w) or w in lex.passive_cues or _as_passive(w, lex) in lex.passive_cues

    for t in reversed(doc.tokens_between(sent.start, dm.start)):
        if t.text in _CLAUSE_BREAKS or t.text in lex.quote_marks or speech(t):
            return False
        if t.lower in RELATIVE_MARKERS:
            if t.i > 0 and _bare(doc.tokens[t.i - 1].lower) in lex.statement_documents \
                    and _opens_statement_adjunct(state, sent, t.i - 1):
                # Dalam dakwaan yang dibacakan pada sidang pekan lalu, jaksa menyebut …:
                # the clause tells when the document the words are in was read, their day.
                return False
            break
    else:
        return False
    for t in doc.tokens_between(dm.end, sent.end):
        if t.text in _CLAUSE_BREAKS or t.text in lex.quote_marks:
            break
        if speech(t):
            return False
    return True


_CLAUSE_BREAKS = _SUBJECT_BREAKS | {"(", ")"}
_ADJUNCT_DOCUMENT_REACH = 3  # Dalam | surat | dakwaan: the opener, then the document's words


def _opens_statement_adjunct(state: ArticleState, sent, k: int) -> bool:
    """Whether the document's noun at token ``k`` is in an adjunct opening the sentence
    (Dalam dakwaan …, Dalam surat tuntutan …), a few words after its preposition."""
    toks = state.doc.tokens
    return any(toks[j].lower in state.lex.statement_adjunct_openers
               for j in range(max(sent.tok_start, k - _ADJUNCT_DOCUMENT_REACH), k)) \
        and k - sent.tok_start <= _ADJUNCT_DOCUMENT_REACH


def _a_planned_day(state: ArticleState, dm) -> bool:
    """Whether the day ``dm`` is told in a clause whose verb stands under a schedule
    marker or a future one (Presiden dijadwalkan menyampaikan pidato pada Jumat; Menteri
    akan berkunjung ke Jepang pada Jumat): the day planned, no day anyone spoke. Only a
    marker before the day, with no comma or clause conjunction between (Budi, yang akan
    pensiun, mengatakan pada Senin …: Senin is when he spoke)."""
    doc, lex = state.doc, state.lex
    sent = doc.sentence_at(dm.start)
    if sent is None:
        return False
    for t in reversed(doc.tokens_between(sent.start, dm.start)):
        if t.text in _SUBJECT_BREAKS or t.lower in lex.clause_conjunctions:
            return False
        if t.lower in lex.schedule_markers or t.lower in lex.future_markers:
            return state.in_quote(t.start) is None
    return False


def _the_articles_day(state: ArticleState) -> date | None:
    """The day the article was published: ``published``, or a date of its byline (on a
    line of its own, or in figures with a clock time); not the lead's first date with a
    year, which the anchor falls back to and a later day told may follow."""
    if state.published is not None or state.anchor is None:
        return state.published
    if byline_date(state.doc.text, state.lex) == state.anchor:
        return state.anchor
    if any(_on_a_dateline(state, dm) and resolve(dm, None) == state.anchor for dm in state.date_mentions):
        return state.anchor
    return None


def _a_day_to_come(state: ArticleState, dm, d: date, articles_day: date | None) -> bool:
    """Whether the day ``dm`` (``d``) is one still to come, which dates no one's words
    said before it: a day after the article's own (``articles_day``), or the day an act
    is moved to by a postponement verb in its clause (Hakim menunda sidang hingga Kamis (27/3); rapat
    diundur ke Senin), with the period's end (hingga, sampai) or ke between. Not a
    postponement told without its new day (Sidang ditunda pada Senin (3/3) karena …: the
    day it was put off)."""
    if articles_day is not None and d > articles_day:
        return True
    doc, lex = state.doc, state.lex
    sent = doc.sentence_at(dm.start)
    if sent is None:
        return False
    bound = False
    for t in reversed(doc.tokens_between(sent.start, dm.start)):
        if t.text in _SUBJECT_BREAKS or t.lower in lex.clause_conjunctions:
            return False
        if t.lower in lex.period_ends or t.lower == "ke":
            bound = True
        elif t.lower in lex.postponement_verbs:
            return bound and state.in_quote(t.start) is None
    return False


def _inside_any(spans: list[tuple[int, int]], position: int) -> bool:
    """Whether ``position`` lies inside one of ``spans`` (sorted by start)."""
    i = bisect.bisect_right(spans, (position, float("inf")))
    return any(a <= position < b for a, b in spans[max(0, i - 8):i])


def _keys_of(state: ArticleState, cand: Candidate) -> list[tuple[str, ...]]:
    """Name keys under which the speaker appears in the text (its full name and aliases)."""
    from ..entities import name_key

    keys = {cand.entity.key}
    keys.update(name_key(a) for a in cand.entity.aliases)
    return [k for k in keys if k]
