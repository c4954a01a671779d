"""Resolution: ``ia``, ``dia``, ``beliau``, ``-nya`` (``ujarnya``), and a description
pointing back whose role the article gives nobody (``Mantan Gubernur DKI Jakarta itu``),
take the speaker most recently quoted nearby, or else the person most recently named as
a subject."""
from __future__ import annotations

import dataclasses
import itertools
import re

from ..entities import VERB_PREFIXES, postnominal_role
from ..lexicon import Gender
from ..mentions import (AGENT_MARKER, DEMONSTRATIVES, LIST_CONJUNCTIONS, RELATIVE_MARKERS, age_at,
                        age_between_commas, clause_after_fronted_adjunct, describes_someone, has_passive_shape, in_fronted_object, is_place_phrase,
                        looks_like_a_passive, looks_like_a_verb, opens_sentence, parse_mention, subject_before,
                        years_at)
from ._clauses import (contrastive_joins, opens_its_clause, people_named_in, person_after,
                       singular_pointer_to_a_group, states_nothing, word_before_name)
from .base import ArticleState, Candidate

NAME = "pronoun_mention"
_MAX_SENTENCE_GAP = 6


def antecedent(state: ArticleState, cand: Candidate, position: int, resolved: list[Candidate],
               records_end: int = 0):
    """The entity a reference at ``position`` most plausibly points back to: the speaker
    last quoted within a few sentences, else the person last named as a subject there.
    ``resolved`` holds the attributed records in text order; ``records_end`` is where the
    records other than ``cand`` that start before ``position`` end, at the latest."""
    doc = state.doc
    here = doc.sentence_at(position)
    here_i = here.i if here else 0
    last_quoted, last_sent = None, here_i - _MAX_SENTENCE_GAP - 1
    for other in reversed(resolved):
        pos = other.speaker_mention.start if other.speaker_mention else other.start
        if pos >= position or other is cand:
            continue
        if _sentences_between(doc, other.sent, here_i) <= _MAX_SENTENCE_GAP \
                or _nobody_named_between(state, other, position):
            last_sent = other.sent
            if other.entity is not None and other.entity.kind == "person" \
                    and not singular_pointer_to_a_group(state, cand.mention, other.entity):
                # A bare noun for people of a kind or a group (Warga, Para korban) is
                # not the one a singular pointer (Ia, -nya) goes on with (Warga
                # beralasan …. ”…,” katanya: the person the passage is about).
                last_quoted = other.entity
        break
    introduced = _introduced_speaker(state, last_sent + 1, here_i)
    if introduced is not None:
        return introduced
    if last_quoted is not None:
        # Rohmad pulang melaut …. Ia tertawa …. ”…,” ucap lelaki itu: the person the
        # narration has turned to since the last record, named as a subject and then
        # told of as Ia, not the official quoted before.
        return _passage_subject(state, cand, position, records_end, opening_pronoun=True) or last_quoted
    window_start = doc.sentences[max(0, here_i - _MAX_SENTENCE_GAP)].start if doc.sentences else 0
    occurrences = state.entities.occurrences_between(window_start, position)
    people_by_sentence: dict[int, list] = {}
    for occ in occurrences:
        s = doc.sentence_at(occ.start)
        if occ.kind == "person" and s is not None and not _after_a_clause(occ) \
                and not _in_fronted_object(state, occ):
            people_by_sentence.setdefault(s.i, []).append(occ)
    subject_like = None
    for people in people_by_sentence.values():
        # The first person named in each sentence, past a clause it opens with (Ketika
        # Baso datang, Andi sedang memasak.): the main clause's; the clause's where the
        # main clause names no one (Ketika Baso membuka warungnya, pembeli sudah antre.).
        occ = next((o for o in people if not _in_fronted_clause(state, o)), people[0])
        if not _after_a_pronoun(state, occ):
            subject_like = occ
    if subject_like is not None:
        return state.entities.resolve(subject_like.name, subject_like.start)
    # Siti, 38 tahun, masih ingat …. Ia …. (several sentences about her) ”…,” katanya:
    # the person the passage is about, named further back than the window.
    return _passage_subject(state, cand, position, records_end, opening_pronoun=False)


def _after_a_clause(occ) -> bool:
    """Perempuan 29 tahun itu lulus dari Universitas X, Kupang, …: a "role" pointing back
    with a demonstrative and going on past it is a clause, and the word after it no
    person's name."""
    return bool(occ.role) and any(w.lower() in DEMONSTRATIVES for w in occ.role.split()[:-1])


def _in_fronted_object(state: ArticleState, occ) -> bool:
    """Kepada Ratna, camat menyerahkan …: a name a fronted preposition holds, to whom or
    about whom, is no subject its sentence brings in (``kata camat itu`` after it is not
    Ratna)."""
    return in_fronted_object(state.doc.tokens, state.doc.token_index_at_or_after(occ.start), state.lex)


def _passage_subject(state: ArticleState, cand: Candidate, position: int, records_end: int,
                     opening_pronoun: bool):
    """The person a passage of narration is about: the last person named before
    ``position`` (within ``_MAX_QUIET_GAP`` sentences), named as the subject of their
    sentence or clause, after every record before ``position``, and pointed back to by a
    subject pronoun in a sentence between the name and the quotation (a sentence opening
    with ``Ia``/``Dia`` when ``opening_pronoun``): no one else is named since, so the
    pronoun or description of the cue goes on with them."""
    doc = state.doc
    here = doc.sentence_at(position)
    if here is None:
        return None
    lo = max(doc.sentences[max(0, here.i - _MAX_QUIET_GAP)].start, records_end)
    people = [o for o in state.entities.occurrences_between(lo, position)
              if o.kind == "person" and not state.in_quote(o.start) and not _after_a_clause(o)]
    if not people:
        return None
    occ = people[-1]
    if not _marked_as_a_person(state, occ) or not _opens_its_clause(state, occ):
        return None
    ent = state.entities.resolve(occ.name, occ.start)
    if ent is None or ent.kind != "person":
        return None
    m = cand.mention
    if m is not None and m.demonstrative and not m.pronoun \
            and _other_gender(state.lex, state.lex.gender_of((m.role or m.text).lower().split()), ent, occ):
        return None  # kata perempuan … itu, of a man the passage is about (ayah korban)
    name_sent = doc.sentence_at(occ.start)
    opening = doc.sentence_at(_quote_opening_before(cand, cand.mention) if cand.mention else position)
    if name_sent is None or opening is None:
        return None
    for i in range(name_sent.i + 1, opening.i):
        toks = [t for t in doc.sentence_tokens(doc.sentences[i]) if not state.in_quote(t.start)]
        if opening_pronoun:
            if toks and toks[0].lower in state.lex.subject_pronouns and toks[0].is_capitalized:
                return ent
        elif any(t.lower in state.lex.subject_pronouns for t in toks):
            return ent
    return None


_MAX_QUIET_GAP = 12


def _after_a_pronoun(state: ArticleState, occ) -> bool:
    """Whether a personal pronoun stands before the name in its sentence (… ketika ia
    dipercaya mengonservasi Museum Fatahillah, G Kolff …): the sentence goes on about
    someone named before, and the name is no subject."""
    return any(t.lower in state.lex.person_pronouns for t in _before_in_sentence(state, occ))


def _in_fronted_clause(state: ArticleState, occ) -> bool:
    """Whether the name stands in a clause that opens its sentence with a conjunction and
    ends at a comma before the main clause (Ketika Baso Rahman datang, …)."""
    before = _before_in_sentence(state, occ)
    opener = next((t for t in before if opens_sentence(state.doc, t)), None)
    if opener is None or opener.lower not in state.lex.subordinate_clause_openers \
            or any(t.text == "," for t in before if t.i > opener.i):
        return False
    k = state.doc.token_index_at_or_after(occ.start)
    return any(t.text == "," for t in state.doc.tokens[k:state.doc.sentences[state.doc.tokens[k].sent].tok_end])


def _before_in_sentence(state: ArticleState, occ) -> list:
    """The words of the sentence before a name's occurrence."""
    k = state.doc.token_index_at_or_after(occ.start)
    return state.doc.tokens[state.doc.sentences[state.doc.tokens[k].sent].tok_start:k]


def _sentences_between(doc, first: int, last: int) -> int:
    """How many sentences after sentence ``first`` up to ``last`` the article itself
    writes: page furniture between (a ``Baca juga:`` line and the headline after it, a
    caption, ``Advertisement``) neither tells of anyone nor puts the last speaker further
    away."""
    return sum(not s.boilerplate for s in doc.sentences[max(first + 1, 0):last + 1])


def _nobody_named_between(state: ArticleState, other: Candidate, position: int) -> bool:
    """Whether the sentences between record ``other`` and ``position`` (at most
    ``_MAX_QUIET_GAP``) name no person outside quotation marks: there the speaker of
    ``other`` goes on, however long what they said (Ada tiga manfaat. Pertama, … Ketiga,
    … ”…,” katanya), whomever their words name."""
    here = state.doc.sentence_at(position)
    if here is None or _sentences_between(state.doc, other.sent, here.i) > _MAX_QUIET_GAP:
        return False
    return not any(o.kind == "person" and not state.in_quote(o.start)
                   for o in state.entities.occurrences_between(other.end, position))


def _introduced_speaker(state: ArticleState, first_sent: int, here_sent: int):
    """The person a sentence between the last record and the reference brings in as the
    next source without a record of its own, in the latest such sentence: the agent
    after a passive speech verb (Hal senada diungkapkan Direktur Walhi Dimas …
    Menurutnya, …), or the subject of a speech verb whose content is too short to report
    (Kuasa hukum tersangka, Hotman Paris, menyebut kliennya kooperatif. ”…,” katanya)."""
    doc = state.doc
    for i in range(here_sent - 1, max(first_sent, 0) - 1, -1):
        sent = doc.sentences[i]
        if sent.i in state.reported_sentences:
            return None  # a record in between: it, not an introduction, is the last word
        for t in doc.sentence_tokens(sent):
            agent = _source_of(state, sent, t)
            if agent is not None:
                return agent
    return None


def _source_of(state: ArticleState, sent, verb):
    """Who ``verb`` says spoke, if it is a speech verb: the person after a passive one,
    the subject (not a relative clause's) of an active one that is not denied."""
    doc, lex = state.doc, state.lex
    if verb.lower in lex.passive_cues:
        occ = person_after(state, sent, verb)
        return state.entities.resolve(occ.name, occ.start) if occ else None
    if not lex.is_reporting_verb(verb.text) or state.in_quote(verb.start):
        return None
    if states_nothing(state, sent, verb):
        return None  # Usnia tidak menjawab …: nobody was brought in to speak
    subject = subject_before(doc, verb.i, lex)
    m = parse_mention(doc, subject, lex) if subject else None
    if m is None or not m.name or m.kind != "person" or m.pronoun:
        return None
    return state.entities.resolve(m.name, m.name_start or m.start)


def run(state: ArticleState) -> None:
    ordered = sorted(state.live(), key=lambda c: c.start)
    # The latest end so far of the records that someone speaks: not an unnamed source's
    # (Di perbatasan, petugas meminta dia menunjukkan surat …), whose words break no
    # passage about the person named before.
    reach = list(itertools.accumulate((c.end if _someone_speaks(c) else 0 for c in ordered), max))
    resolved: list[Candidate] = []
    for idx, cand in enumerate(ordered):
        m = cand.mention
        if cand.entity is None and m is not None and m.indefinite and _names_a_pair(m, state.lex):
            pair = _pair_before(state, m.start, _pair_kinds(m), places=_may_name_two_places(m, state.lex),
                                noun=_pair_noun(m, state.lex)[-1])
            if pair is not None:
                # Dalam pernyataan bersama, kedua pemimpin menyatakan …: the two people
                # the text last listed together; Kedua lembaga juga mengimbau …: the two
                # bodies (or people) it last listed.
                _speak_as_pair(cand, m, pair)
                resolved.append(cand)
                continue
        if cand.entity is not None or m is None or not (m.pronoun or m.demonstrative) or cand.unattributed:
            if cand.entity is not None:
                resolved.append(cand)
            continue
        unnamed = _unnamed_source_of(state, ordered[idx - 1], cand) if idx > 0 else None
        if m.demonstrative and not m.pronoun and _same_head(unnamed, m):
            # Seorang perawat yang enggan disebutkan namanya membenarkan …. ”…,” kata
            # perawat itu: the unnamed source goes on, not the last person named.
            cand.speaker_mention = unnamed
            cand.rules["speaker"] = NAME + ":unnamed"
            continue
        if (m.demonstrative and not m.pronoun) or _subject_pronoun(state, m):
            ent = _person_from_the_country(state, m) if m.demonstrative and not m.pronoun \
                else _subject_of_a_relative_menurutnya(state, m)
            ent = ent or _named_just_before(state, _quote_opening_before(cand, m))
            if ent is None and m.demonstrative and not m.pronoun and m.description:
                ent = _newcomer_described(state, cand, m, ordered)
        else:
            ent = introduced_just_before(state, cand, ordered)
        unnamed = unnamed if m.pronoun else None
        from_sentence_before = False
        if ent is None and unnamed is None and _subject_pronoun(state, m):
            # Di hulu sungai, seorang pria bertopi oranye memimpin relawan. Ia mengatakan
            # …: the person the sentence before brings in, unnamed, not the last speaker.
            unnamed = _unnamed_subject_before(state, m.start)
            from_sentence_before = unnamed is not None
        # Seorang saksi mata mengaku …. ”Saya takut sekali,” tuturnya: the unnamed source
        # of the record just before goes on speaking, not the last one named (one person
        # for a singular pronoun: not "sebagian umat … menilai …" for dia). The subject
        # of the sentence just before is the one the pronoun opening this one goes on with.
        unnamed_goes_on = ent is None and unnamed is not None and (
            from_sentence_before or m.text.lower() in state.lex.plural_pronouns or _one_person(unnamed, state.lex))
        answering = _answering_subjects(state, m) if _subject_pronoun(state, m) else []
        if ent is not None and ent in answering:
            ent = None
        if not unnamed_goes_on:
            ent = ent or antecedent(state, cand, m.start, resolved, _records_end(ordered, reach, idx, m.start))
            if ent is not None and ent in answering:
                ent = None  # no one else near: better no speaker than the one who answered
            if m.demonstrative and not m.pronoun:
                ent = _party_member(state, m, ent)
        co_entities = _named_with(state, ent, m.start) \
            if ent is not None and m.text.lower() in state.lex.plural_pronouns else []
        pair = _pair_before(state, m.start, ("person", "organization")) \
            if not co_entities and m.text.lower() in state.lex.pair_pronouns else None
        if pair is not None:
            # KPU dan Bawaslu menyatakan …. Keduanya juga meminta …: the two the text last
            # listed together, where the last one named is listed with no one.
            _speak_as_pair(cand, m, pair)
            resolved.append(cand)
            continue
        group = _group_before(state, m.start) \
            if not co_entities and not unnamed_goes_on and m.text.lower() in state.lex.plural_pronouns else None
        if group is not None:
            # … empat sekjen, yakni A, B, C, dan D, bertemu …. Dalam pernyataan bersama,
            # mereka menyatakan …: the people the sentence before lists together speak
            # together, not the one last speaker a plural pronoun cannot be alone.
            cand.entity, cand.co_entities = group
            cand.speaker_mention = m
            cand.rules["speaker"] = NAME + ":group"
            resolved.append(cand)
            continue
        if ent is None:
            if unnamed is not None:  # that unnamed source, or no one else either
                cand.speaker_mention = unnamed
                cand.rules["speaker"] = NAME + ":unnamed"
            continue
        cand.entity = ent
        cand.speaker_mention = m
        cand.rules["speaker"] = NAME
        cand.co_entities = co_entities
        resolved.append(cand)


def _answering_subjects(state: ArticleState, m) -> list:
    """The people named as the subject of a clause that a contrastive joiner opens later
    in the sentence a subject pronoun opens (Ia meminta suaminya berobat, tetapi Darto
    menolak …): the text names them there because they are someone other than the
    pronoun's antecedent, who would be ``ia`` again."""
    doc, lex = state.doc, state.lex
    sent = doc.sentence_at(m.start)
    if sent is None:
        return []
    toks = doc.tokens
    found = []
    for k in contrastive_joins(toks, doc.token_index_at_or_after(m.end), sent.tok_end - 2, lex):
        if state.in_quote(toks[k].start):
            continue
        for o in state.entities.occurrences_between(toks[k + 2].start, toks[k + 2].end):
            if o.kind == "person" and o.start == toks[k + 2].start:
                ent = state.entities.resolve(o.name, o.start)
                if ent is not None:
                    found.append(ent)
    return found


def _speak_as_pair(cand: Candidate, m, pair) -> None:
    """The first of ``pair`` speaks, the other with them, named by the mention ``m``."""
    cand.entity, cand.co_entities = pair
    cand.speaker_mention = m
    cand.rules["speaker"] = NAME + ":pair"


def _someone_speaks(cand: Candidate) -> bool:
    """Whether the record has a speaker found so far, or a pronoun or description this
    sieve may resolve: not a source the text leaves unnamed, nor none."""
    m = cand.mention
    return cand.entity is not None or (m is not None and (m.pronoun or m.demonstrative))


def _records_end(ordered: list[Candidate], reach: list[int], idx: int, position: int) -> int:
    """Where the records starting before ``position``, other than ``ordered[idx]``, end at
    the latest (``reach`` holds the running maximum of the ends of ``ordered``)."""
    end = reach[idx - 1] if idx > 0 else 0
    for other in ordered[idx + 1:]:
        if other.start >= position:
            break
        if _someone_speaks(other):
            end = max(end, other.end)
    return end


def _party_member(state: ArticleState, m, ent):
    """For a party's member pointing back (``ujar politisi PDI-P itu``): ``ent`` where
    the article ties them to that party, or no one at all, else the person it tied to the
    party most recently (Anggota Komisi X dari Fraksi PDI-P, X, …), who need not be the
    speaker last quoted."""
    words = (m.role or m.text).split()
    if len(words) < 2 or words[0].lower() not in state.lex.party_member_heads:
        return ent
    party = [w for w in words[1:] if w[:1].isupper()]  # politisi senior PDI-P: the party's name
    members = state.entities.party_members(" ".join(party), m.start) if party else []
    if not members or ent in members:
        return ent
    return members[0]


def _subject_pronoun(state: ArticleState, m) -> bool:
    """``Ia meminta …``, ``Namun, ia …``, ``Menurut dia, …``, ``Kata dia: …``: a pronoun
    opening its clause, unlike the pronoun of a cue inside a sentence (``…, kata dia,``,
    ``ujarnya``)."""
    if _according_to_clitic(state, m):
        return True  # Menurutnya, …: as Menurut dia, …
    if m.text.lower() not in state.lex.subject_pronouns:
        return False
    doc = state.doc
    k = doc.token_index_at_or_after(m.start)
    prev = doc.tokens[k - 1] if k > 0 and doc.tokens[k - 1].sent == doc.tokens[k].sent else None
    if prev is not None and k >= 2 and state.lex.is_direct_cue(prev.text) and doc.tokens[k - 2].sent != prev.sent:
        return True  # Kata dia: "…": the cue opens the sentence, the pronoun is its subject
    if prev is not None and _after_then_words(state, k):
        return True  # Saat itu ia meminta …: the time just told, with no comma, then the subject
    return prev is None or prev.text == "," or prev.lower in state.lex.clause_openers


def _after_then_words(state: ArticleState, k: int) -> bool:
    """Whether the words before token ``k`` in its sentence are only words pointing back
    to the time just told (``Saat itu``, ``Ketika itu``)."""
    doc = state.doc
    before = doc.tokens[doc.sentences[doc.tokens[k].sent].tok_start:k]
    return " ".join(t.lower for t in before) in state.lex.then_words


def _according_to_clitic(state: ArticleState, m) -> bool:
    """``-nya`` on ``Menurutnya`` or on ``menurut hitungannya``: the source of the clause
    after it, pointing back as the subject pronoun of ``Menurut dia`` does."""
    doc = state.doc
    k = doc.token_index_at_or_after(m.start)
    if k == len(doc.tokens) or doc.tokens[k].start != m.start:
        k -= 1  # the clitic is the end of its word
    if m.text.lower() != "nya" or k < 0:
        return False
    lex = state.lex
    return doc.tokens[k].lower in lex.according_to_self or (k > 0 and doc.tokens[k - 1].lower in lex.according_to)


def _subject_of_a_relative_menurutnya(state: ArticleState, m):
    """For the ``-nya`` of ``menurutnya`` inside a relative clause (``Sutrisno (60)
    menyoroti saluran air yang menurutnya tak pernah dibersihkan``): the
    person the sentence opens with, whose view the clause gives, not the last speaker."""
    doc = state.doc
    if not _according_to_clitic(state, m):
        return None
    k = doc.token_index_at_or_after(m.start)
    if k == len(doc.tokens) or doc.tokens[k].start != m.start:
        k -= 1
    if doc.tokens[k].lower not in state.lex.according_to_self:
        k -= 1  # menurut hitungannya: from menurut
    sent = doc.sentence_at(m.start)
    if sent is None or k <= sent.tok_start or doc.tokens[k - 1].lower != "yang":
        return None
    people = [o for o in state.entities.occurrences_between(sent.start, m.start)
              if o.kind == "person" and _marked_as_a_person(state, o) and _opens_its_clause(state, o)]
    return state.entities.resolve(people[0].name, people[0].start) if people else None


def _quote_opening_before(cand: Candidate, m) -> int:
    """Where the words ``m`` points back from begin: the opening of the quotation its cue
    closes (”Medali ini untuk warga desa. Mereka menunggu sejak subuh. Saya tidak akan
    lupa,” kata pelari muda tersebut), whose sentences are the speaker's own, not the
    text's turning to someone; else ``m`` itself."""
    q = cand.quote_span
    return q.open_pos if q is not None and q.close_pos < m.start else m.start


def _opens_its_clause(state: ArticleState, occ) -> bool:
    # Anak sulungnya adalah Ratna Dewi, 40 tahun, …: the sentence names whom it is about.
    return opens_its_clause(state, occ, state.lex.naming_links)


def introduced_just_before(state: ArticleState, cand: Candidate, ordered: list[Candidate]):
    """For a pronoun cue after a direct quote (``”…,” ujarnya``): the one person the
    sentence right before the quote brings into the article as its subject, described,
    though with no speech verb (``Hendro Wibowo, warga RT 03, hanya mengangguk. ”…,”
    ujarnya``): a newcomer named just before a quote is who speaks, not the speaker
    quoted earlier. One sentence that names no one may stand between (``Adik korban, Siti
    (38), datang ke Mapolres. Ia membawa foto kakaknya. ”…,” ujarnya``)."""
    here = _quote_sentence(state, cand)
    if here is None:
        return None
    doc = state.doc
    for i in range(here.i - 1, max(here.i - 3, -1), -1):
        prev = doc.sentences[i]
        if _has_own_record(state, prev, ordered):
            return None
        nicknamed = _nicknamed_subject(state, prev)
        if nicknamed is not None:
            return nicknamed
        people = people_named_in(state, prev)
        if people:
            return _newcomer(state, people) or _closing_agent(state, people, prev) \
                or _topic_told_of(state, prev)
        topic = _topic_told_of(state, prev)  # (a short name the tagger left untagged)
        if topic is not None:
            return topic
    return None


def described_speaker_just_before(state: ArticleState, cand: Candidate, ordered: list[Candidate]):
    """For a direct quote with no cue at all: the one person the sentence right before
    brings in as its subject with an age or a role there (``Tiurma (49), petani jagung …,
    juga mengeluhkan hal serupa. ”…”``), with a speech verb or a document they write
    through (Sebuah surat pembaca dari X, warga …, menggambarkan …). A name alone there
    may be someone the story tells of, and so may one described with no word said
    (Tersangka Andi (35), warga …, mencoba melarikan diri. ”…”: the officer quoted before
    goes on)."""
    here = _quote_sentence(state, cand)
    if here is None or here.i == 0:
        return None
    doc, lex = state.doc, state.lex
    prev = doc.sentences[here.i - 1]
    if _has_own_record(state, prev, ordered) or not any(
            lex.is_speech_verb(t.text) or t.lower in lex.authored_documents for t in doc.sentence_tokens(prev)):
        return None
    people = people_named_in(state, prev)
    ent = (_newcomer(state, people) or _closing_agent(state, people, prev)) if people else None
    if ent is None or not any(state.entities.resolve(o.name, o.start) is ent and (o.role or _with_age(state, o))
                              for o in people):
        return None
    return ent


def _quote_sentence(state: ArticleState, cand: Candidate):
    """The sentence a direct quote opens in; None for any other record."""
    if cand.type != "direct" or cand.quote_span is None:
        return None
    return state.doc.sentence_at(cand.quote_span.open_pos)


def _has_own_record(state: ArticleState, sent, ordered: list[Candidate]) -> bool:
    """Whether ``sent`` holds words of its own: reported speech or a direct quote (its
    people are speakers there, not a newcomer brought in for the quote after it)."""
    return sent.i in state.reported_sentences or any(
        c.type == "direct" and c.end > sent.start and c.start < sent.end for c in ordered)


def _topic_told_of(state: ArticleState, sent):
    """The person a sentence sets off as its topic (``topic_prepositions``) and then
    tells of with a pronoun, quoted before (Bagi Sumarni, janji itu sudah sering ia
    dengar. ”…,” katanya): the sentence is about them, whose words follow, not about
    the speaker quoted last. Only where the clause after the comma names no one else."""
    doc, lex = state.doc, state.lex
    toks = doc.sentence_tokens(sent)
    if len(toks) < 4 or toks[0].lower not in lex.topic_prepositions or state.in_quote(toks[0].start):
        return None
    ent = _known_person(state, toks[1:])
    comma = next((k for k, t in enumerate(toks) if t.text == ","), None)
    if ent is None or comma is None or not _spoke_before(state, ent, toks[0].start):
        return None
    clause = toks[comma + 1:]
    if any(state.entities.resolve(o.name, o.start) is not ent
           for o in people_named_in(state, sent) if o.start >= toks[comma].end):
        return None
    return ent if any(t.lower in lex.subject_pronouns for t in clause) else None


_MAX_NICKNAME_WORDS = 3


def _nicknamed_subject(state: ArticleState, sent):
    """The person the subject of ``sent`` describes and calls by the nickname a relative
    clause gives, closed by a demonstrative, before a predicate (``Saat ditemui usai
    latihan, pemain yang akrab disapa Ucok itu hanya tersenyum.``): the sentence turns back
    to them, so a ``-nya`` cue right after is theirs, not the last speaker's. The
    nickname is an alias of the person the article named with it; None where the article
    knows no person by that name, or the description opens no clause (``… kepada pemain
    yang akrab disapa Ucok itu``: an object, someone told of)."""
    doc, lex = state.doc, state.lex
    toks = doc.sentence_tokens(sent)
    for k, t in enumerate(toks):
        if t.lower not in RELATIVE_MARKERS or state.in_quote(t.start):
            continue
        n = max((len(m) for m in lex.markers_before_nickname
                 if tuple(x.lower for x in toks[k + 1:k + 1 + len(m)]) == m), default=0)
        first = end = k + 1 + n
        while n and end < len(toks) and end - first < _MAX_NICKNAME_WORDS and toks[end].is_word \
                and toks[end].is_capitalized:
            end += 1
        if end == first or end + 1 >= len(toks) or toks[end].lower not in DEMONSTRATIVES \
                or not toks[end + 1].is_word:
            continue
        start = k
        while start > 0 and toks[start - 1].text not in (",", "—"):
            start -= 1
        if not describes_someone(toks[start:k], lex):
            continue
        ent = _person_named(state, doc.text[toks[first].start:toks[end - 1].end], toks[first].start)
        if ent is not None:
            return ent
    return None


_MAX_SENTENCES_TO_NEWCOMER = 3


def _newcomer_described(state: ArticleState, cand: Candidate, m, ordered: list[Candidate]):
    """For a description pointing back that no role the article gave matches (``kata
    perempuan yang berjualan nasi itu``, ``tutur kakek dua cucu itu``, ``kata mahasiswi
    Universitas X itu``): the person last brought in, since the last record, by the few
    sentences before it, with an age (``Wartini (52), …``) or with a role as the subject
    of a clause, who has not spoken yet and whom the description does not contradict (a
    woman's word for someone the article calls a man): the text describes the newcomer it
    has just turned to, not the speaker quoted before. Not for an office's title (``kata
    pejabat itu``), which belongs to an official, nor for a party's member (``ujar politisi
    Golkar itu``), whom the party the article ties them to finds (_party_member)."""
    lex = state.lex
    words = (m.role or m.text).lower().split()
    if not words or (words[0] in lex.title_heads and words[0] not in lex.descriptive_role_heads) \
            or words[0] in lex.party_member_heads:
        return None
    doc = state.doc
    here = doc.sentence_at(_quote_opening_before(cand, m))
    if here is None:
        return None
    spoken = {id(c.entity) for c in ordered if c.entity is not None and c.start < cand.start}
    gender = lex.gender_of(words)
    for i in range(here.i - 1, max(here.i - 1 - _MAX_SENTENCES_TO_NEWCOMER, -1), -1):
        prev = doc.sentences[i]
        if prev.i in state.reported_sentences or any(
                c.type == "direct" and c.end > prev.start and c.start < prev.end for c in ordered):
            return None  # a record in between: anyone named before it was brought in for it
        people = [o for o in state.entities.occurrences_between(prev.start, prev.end)
                  if o.kind == "person" and not state.in_quote(o.start)
                  and (_with_age(state, o) or (o.role and _opens_its_clause(state, o)))]
        for occ in reversed(people):
            ent = state.entities.resolve(occ.name, occ.start)
            if id(ent) not in spoken and ent.kind == "person" and not _other_gender(lex, gender, ent, occ):
                return ent
    return None


def _other_gender(lex, gender: Gender | None, ent, occ) -> bool:
    """Whether a role the article gives ``ent`` says they are of the gender other than
    ``gender`` (ayah Putri, for ``ibu dua anak itu``)."""
    if gender is None:
        return False
    roles = [role for _, role in ent.roles] + ([occ.role] if occ.role else [])
    return any(lex.gender_of(role.lower().split()) not in (None, gender) for role in roles)


def _closing_agent(state: ArticleState, people: list, sent):
    """The one person named in ``sent``, as the agent that closes it (Laporan itu dibantah
    oleh Menteri X.): the sentence hands the word to them, as to a subject it opens with."""
    ent = state.entities.resolve(people[-1].name, people[-1].start)
    if not _agent_closing(state, people[-1], sent) \
            or any(state.entities.resolve(o.name, o.start) is not ent for o in people[:-1]):
        return None
    return ent


def _newcomer(state: ArticleState, people: list):
    """The one person a sentence opens with, described (Anggota pengurus Masjid At-Tin,
    Karnali, juga …; Fikri (29), yang hendak …); not a name in a list, nor one doing
    something after a time (Apalagi, pada Jumat pagi, Presiden Joko Widodo meresmikan …).
    A name in a clause the sentence opens with (Belum selesai Ratna berbicara, anggota …,
    X, menyela) is not the one it opens with: the main clause's subject is."""
    people = [o for o in people if not _in_fronted_clause(state, o)] or people
    first = people[0]
    if not _marked_as_a_person(state, first) or not _opens_the_sentence(state, first) \
            or _points_back(state, first):
        return None
    ent = state.entities.resolve(first.name, first.start)
    described = [_role_span(state, o) for o in people if o.start == first.start]
    if any(state.entities.resolve(o.name, o.start) is not ent for o in people[1:]
           if not any(lo <= o.start < hi for lo, hi in described)):
        # (not one named in the newcomer's own apposition: Suminah (38), istri Sardi, …:
        # whose wife she is, no one else the sentence turns to)
        return None
    return ent


_ROLE_REACH = 12  # characters between a name and its apposition's role: ` (38), seorang `


def _role_span(state: ArticleState, occ) -> tuple[int, int]:
    """Where the role given right after the name of ``occ`` stands in the text (``,
    istri Sardi``); an empty span where none does."""
    if not occ.role:
        return (0, 0)
    at = state.doc.text.find(occ.role, occ.end, occ.end + _ROLE_REACH + len(occ.role))
    return (at, at + len(occ.role)) if at >= 0 else (0, 0)


def _points_back(state: ArticleState, occ) -> bool:
    """``pemeran Sekar itu``: a demonstrative after the name makes the words a description
    of someone the text has told of, not a newcomer (the name is a part they play)."""
    toks = state.doc.tokens
    k = state.doc.token_index_at_or_after(occ.end)
    return k < len(toks) and toks[k].sent == toks[k - 1].sent and toks[k].lower in DEMONSTRATIVES


def _marked_as_a_person(state: ArticleState, occ) -> bool:
    """Whether a name's occurrence is surely a person's, to be the one a sentence turns
    to: given a role or an age, or a full name (Hendrawan Lim tersenyum.), or the short
    name of someone the article named in full (Rahmawati tampak tenang., after tersangka
    Rahmawati Dewi) or quoted before; not a lone capitalised word (bulan Ramadhan)."""
    if occ.role or _with_age(state, occ):
        return True
    # A name alone only where it opens the sentence or a clause: not one that words
    # before it hold (… ia tangani antara lain Gedung Kolff, rumah Dewi Lestari).
    toks = state.doc.tokens
    k = state.doc.token_index_at_or_after(occ.start)
    if not (k == 0 or toks[k - 1].sent != toks[k].sent or toks[k - 1].text == ","
            or _after_an_opening_connective(state, k)):
        return False
    ent = state.entities.resolve(occ.name, occ.start)
    # Menjelang siang, Warsini mulai merapikan …: a one-word name of someone the article
    # quoted before is that person (not a suspect the speaker tells of: NT juga aktif …).
    return len(occ.key) > 1 or len(ent.key) > 1 or _spoke_before(state, ent, occ.start)


def _after_an_opening_connective(state: ArticleState, k: int) -> bool:
    """Whether a connective that opens the sentence stands right before token ``k``
    (Adapun Somchai menyambut …; Namun Somchai …): the name opens its clause all the
    same."""
    toks = state.doc.tokens
    return k >= 1 and state.lex.opens_before_its_subject(toks[k - 1].lower) \
        and (k == 1 or toks[k - 2].sent != toks[k - 1].sent)


def _spoke_before(state: ArticleState, ent, position: int) -> bool:
    """Whether a record before ``position`` has ``ent`` for its speaker."""
    return any(c.entity is ent and c.end <= position for c in state.live())


def _with_age(state: ArticleState, occ) -> bool:
    """``Fikri (29)``: an age in brackets right after the name, or between commas as
    features write it (``Fikri, 29 tahun, …``)."""
    toks = state.doc.tokens
    k = state.doc.token_index_at_or_after(occ.end)
    return age_at(toks, k) or age_between_commas(toks, k, state.lex)


def _opens_the_sentence(state: ArticleState, occ) -> bool:
    """Whether the name, with any role before it, is the subject its sentence opens
    with, after at most a place (Di posko pengungsian, Hendro …): no day stands before
    it, as in a report of what they did then (Apalagi, pada Jumat pagi, Presiden X
    meresmikan …), and no verb, whose object it is (… menelepon Kepala Dusun X)."""
    lex = state.lex
    before = _before_in_sentence(state, occ)
    if any(t.lower in lex.weekdays or t.lower in lex.months for t in before):
        return False
    # Ditanya soal peluang dipanggil timnas, Rafi memilih …: the verb is the adjunct's;
    # Belum selesai Ratna berbicara, anggota …, X, menyela: the fronted clause's, of its
    # own subject.
    # Tak lama setelah pernyataan itu beredar, X mengunggah …: a word of how soon before
    # the adjunct's opener leaves the adjunct fronted.
    lead = lex.phrase_opening([t.lower for t in before], lex.adjunct_lead_ins)
    rest = before[lead:]
    main = clause_after_fronted_adjunct(rest, lex.subordinate_clause_openers)
    if main is rest:
        main = before  # no fronted adjunct: the whole sentence so far, a lead-in with it
    # (seorang pengemudi bernama X: the word giving the name is no verb taking it as object)
    return not any(not t.is_capitalized and t.lower.startswith(VERB_PREFIXES) and t.lower not in lex.naming_links
                   for t in main)


def _countries_in(text: str, lex) -> set[int]:
    """The countries ``text`` names, by any of their names (China, Tiongkok, Korea Selatan)."""
    words = re.findall(r"[\w-]+", text.lower())
    found = set()
    for k in range(len(words)):
        for n in (3, 2, 1):
            key = tuple(words[k:k + n])
            if len(key) == n and key in lex.country_names:
                found.add(lex.country_names[key])
                break
    return found


def _person_from_the_country(state: ArticleState, m):
    """For a description pointing back that says which country someone is from
    (``Petenis asal Tiongkok itu sendiri mengatakan …``): the one person named in the
    sentences before whose role ties them to that country by any of its names (``unggulan
    China, Li Wen``), not simply the last speaker; None where no one, or more than one,
    is so tied."""
    doc = state.doc
    countries = _countries_in(m.role or m.text, state.lex)
    here = doc.sentence_at(m.start)
    if not countries or here is None:
        return None
    window_start = doc.sentences[max(0, here.i - _MAX_SENTENCE_GAP)].start
    people = {}
    for o in state.entities.occurrences_between(window_start, m.start):
        if o.kind != "person" or state.in_quote(o.start):
            continue
        ent = state.entities.resolve(o.name, o.start)
        if ent is not None and ent.kind == "person" and any(
                _countries_in(role, state.lex) & countries for role in [o.role or ""] + [r for _, r in ent.roles]):
            people[id(ent)] = ent
    return next(iter(people.values())) if len(people) == 1 else None


def _named_just_before(state: ArticleState, position: int):
    """For a description pointing back (``bek yang bermain di Italia tersebut``) or a
    subject pronoun (``Namun, ia meminta …``): the one person named with a role as the
    subject of the sentence right before it, when that sentence reports nothing (``Kapten
    tim Jay Idzes juga optimistis.``): the text has just turned to them, who need not be
    the speaker last quoted. A name without a role there may be no person at all (bulan
    Ramadhan); a person's full name opening that sentence will do (``Agus Prayitno, salah
    seorang pegiat wisata …, juga berharap …. Dia menambahkan, …``)."""
    doc = state.doc
    here = doc.sentence_at(position)
    if here is None or here.i == 0:
        return None
    prev = doc.sentences[here.i - 1]
    if prev.i in state.reported_sentences:
        return None
    people = {}
    named = people_named_in(state, prev)
    for o in named:
        if _addressed(state, o, prev):
            continue  # … kata Budi kepada media Belanda, Sport Nieuws: to whom, not who
        if (_marked_as_a_person(state, o) and _opens_its_clause(state, o)) or _agent_closing(state, o, prev) \
                or _brought_in(state, o, prev):
            ent = state.entities.resolve(o.name, o.start)
            people[id(ent)] = ent
    if not people:
        # Kembali ke Nadia. Ia berharap …; Saat Kompas menemui Imas …, …. Ia mengaku …:
        # the one the text turns back to, or the one the press met, not the last speaker.
        ent = _returned_to(state, prev) or _met_by_the_press(state, prev) or _quoted_one_opening(state, prev)
        if ent is not None:
            people[id(ent)] = ent
    if not people:
        ent = _asked_for_words(state, prev)
        if ent is not None:
            people[id(ent)] = ent
    if not people:
        ent = _quoted_one_closing(state, prev, named)
        if ent is not None:
            people[id(ent)] = ent
    if not people and here.i >= 2 and _describes_someone_named_before(state, prev, named):
        # Di antara pengungsi, tampak Suwarni (61), …. Ibunda almarhum Darto itu datang
        # …. Ia mengaku …: a sentence opening with a description pointing back goes on
        # with the one the sentence before it brought in, not with the last speaker.
        before = doc.sentences[here.i - 2]
        if before.i not in state.reported_sentences:
            for o in people_named_in(state, before):
                if _brought_in(state, o, before) or (_with_age(state, o) and _opens_its_clause(state, o)):
                    ent = state.entities.resolve(o.name, o.start)
                    people[id(ent)] = ent
    return next(iter(people.values())) if len(people) == 1 else None


def _returned_to(state: ArticleState, sent):
    """The person ``sent`` turns the text back to when it is only a return phrase and a
    name (pronouns.json's ``return_phrases``: Kembali ke Nadia.)."""
    words = [t for t in state.doc.sentence_tokens(sent) if t.is_word]
    if not words or state.in_quote(words[0].start):
        return None
    for n in range(1, len(words)):
        if tuple(t.lower for t in words[:n]) in state.lex.return_phrases:
            return _known_person(state, words[n:])
    return None


def _known_person(state: ArticleState, words: list):
    """The person of the article whose name, or its short form, the capitalised words
    ``words`` open with (a tagger may leave a short name untagged: Imas, Nadia)."""
    return _known_person_run(state, words)[0]


def _known_person_run(state: ArticleState, words: list):
    """(the person, how many words their name takes) for ``_known_person``; (None, 0)."""
    run = []
    for t in words:
        if not (t.is_word and t.is_capitalized):
            break
        run.append(t)
    for k in range(len(run), 0, -1):
        ent = _person_named(state, state.doc.text[run[0].start:run[k - 1].end], run[0].start)
        if ent is not None:
            return ent, k
    return None, 0


def _person_named(state: ArticleState, name: str, start: int):
    """The person of the article known by ``name`` written at ``start``; None."""
    index = state.entities
    ent = index.entities.get(index.key_of(name, start))
    return ent if ent is not None and ent.kind == "person" else None


def _quoted_one_opening(state: ArticleState, sent):
    """The one person quoted before whose name, untagged there, opens ``sent`` or its main
    clause after a comma, a verb or an adjective after it (Dua tahun lalu, saat Tirto
    menyambangi desa itu, Sutarno masih optimistis.): the sentence is about them."""
    toks = state.doc.sentence_tokens(sent)
    found = []
    for k, t in enumerate(toks):
        if (k > 0 and toks[k - 1].text != ",") or not t.is_capitalized or state.in_quote(t.start):
            continue
        ent, n = _known_person_run(state, toks[k:])
        if ent is None or not _spoke_before(state, ent, t.start):
            continue
        if k + n < len(toks) and toks[k + n].is_word and not toks[k + n].is_capitalized and ent not in found:
            found.append(ent)
    return found[0] if len(found) == 1 else None


_MAX_PRESS_WORDS = 4  # BBC News Indonesia


def _met_by_the_press(state: ArticleState, sent):
    """The person named right after a meeting verb (``meeting_verbs``: menemui,
    mewawancarai) whose subject is the press (``press_subjects``: Tiga tahun lalu, Kompas
    menemui Casmadi (51), …; Saat BBC News Indonesia menemui Imas pada …, ia …): the one
    the reporter met, whom the sentences after it tell of."""
    doc, lex = state.doc, state.lex
    toks = doc.tokens
    for t in doc.sentence_tokens(sent):
        if t.lower not in lex.meeting_verbs or state.in_quote(t.start) or t.i + 1 >= sent.tok_end:
            continue
        before = tuple(x.lower for x in toks[max(sent.tok_start, t.i - _MAX_PRESS_WORDS):t.i])
        if not any(before[len(before) - n:] in lex.press_subjects for n in range(1, len(before) + 1)):
            continue
        return _known_person(state, toks[t.i + 1:sent.tok_end])
    return None


def _asked_for_words(state: ArticleState, sent):
    """The person ``sent`` is about and asks for their words, its subject before an
    eliciting passive (cues.json's ``eliciting_passives``: Dalam rilis itu, AR yang memakai
    baju tahanan sempat ditanya wartawan. Ia mengaku …): the text turns to them, whatever
    name it gives them (initials too), not to the last speaker. None where the subject
    names no one by name (Kepala sekolah itu juga ditanya …: _unnamed_subject_before)."""
    doc = state.doc
    verb = next((t for t in doc.sentence_tokens(sent)
                 if t.lower in state.lex.eliciting_passives and not state.in_quote(t.start)), None)
    if verb is None:
        return None
    subject = subject_before(doc, verb.i, state.lex)
    m = parse_mention(doc, subject, state.lex) if subject else None
    if m is None or not m.name or m.kind != "person" or m.description or m.pronoun:
        return None
    return state.entities.resolve(m.name, m.start, "person")


_ADDRESSEE_ROLE_WORDS = 4  # how long the role between the preposition and the name may run


def _addressed(state: ArticleState, occ, sent) -> bool:
    """Whether ``occ`` is set off after a role that a preposition of the addressee governs
    after a speech verb (``kata X kepada media Belanda, Sport Nieuws``;
    ``addressee_prepositions``): whom the words went to, no one the sentence turns to.
    Not a name right after the preposition with no role set off (``kepada Budi``), which
    the other rules weigh, nor one after a time it opens (``Pada tahun 2019, X, …``)."""
    toks = state.doc.tokens
    k = state.doc.token_index_at_or_after(occ.start) - 1
    if k <= sent.tok_start or toks[k].text != ",":
        return False
    for j in range(k - 1, max(sent.tok_start - 1, k - 2 - _ADDRESSEE_ROLE_WORDS), -1):
        if toks[j].lower in state.lex.addressee_prepositions:
            # after a speech verb or cue (not Pada tahun 2019, X, …: a time)
            return j < k - 1 and any(state.lex.is_speech_verb(x.text)
                                     for x in toks[sent.tok_start:j])
        if not toks[j].is_word:
            return False
    return False


def _brought_in(state: ArticleState, occ, sent) -> bool:
    """Whether ``sent`` brings the person of ``occ`` into the scene though not as its
    grammatical subject: named with an age right after a presentative verb (tampak Suwarni
    (61), …), not what a recording shows (Dalam rekaman …, terlihat X masuk …), or set off
    as the topic by a preposition that opens the sentence, where the clause after the
    comma names no one (Bagi Hendra dan warga lain, sebulan adalah waktu yang lama.), and
    they are someone the article has brought in already: quoted before, or named with an
    age (a name alone there, Bagi Sukirman Hadi, …, is someone the story tells of, not one
    it turns to). Not the object of kepada or bersama (Kepada Hendra, camat menyerahkan
    …), to whom or with whom something is done."""
    lex = state.lex
    before = word_before_name(state, occ)
    if before is None:
        return False
    ent = state.entities.resolve(occ.name, occ.start)
    if ent is None or ent.kind != "person":
        return False
    toks = state.doc.tokens
    if before.lower in lex.presentative_verbs:
        return _with_age(state, occ) and not any(
            toks[k].lower in lex.recording_nouns for k in range(sent.tok_start, before.i))
    if before.lower not in lex.topic_prepositions or before.i != sent.tok_start \
            or not (_with_age(state, occ) or _spoke_before(state, ent, occ.start)):
        return False
    comma = next((k for k in range(before.i + 1, sent.tok_end) if toks[k].text == ","), None)
    return comma is not None and not any(
        o.start >= toks[comma].end for o in people_named_in(state, sent))


def _describes_someone_named_before(state: ArticleState, sent, named: list) -> bool:
    """Whether ``sent`` opens with a description closed by a demonstrative that points
    back to someone (Ibunda almarhum Darto itu datang …), its head a word for a person,
    not an office's title (Kapolres itu …) nor a thing or an event (Kasus itu …), and names
    no one but inside that description."""
    lex = state.lex
    toks = state.doc.sentence_tokens(sent)
    d = next((k for k, t in enumerate(toks[:_MAX_DESCRIPTION_WORDS + 1]) if t.lower in DEMONSTRATIVES), None)
    if not d or state.in_quote(toks[0].start) or any(
            not t.is_word or (not t.is_capitalized and t.lower.startswith(VERB_PREFIXES)) for t in toks[:d]):
        return False
    head = toks[0].lower
    if head not in lex.descriptive_role_heads:
        return False  # an office's title, or no person at all (Kasus itu …, Peristiwa itu …)
    if d + 1 >= len(toks) or toks[d + 1].lower in lex.naming_links:
        return False  # Pria itu adalah Rizal: it names whom it describes
    return all(toks[0].start < o.start and o.end <= toks[d].start for o in named)


_MAX_DESCRIPTION_WORDS = 6


_MAX_CLOSING_NAME_WORDS = 4


def _quoted_one_closing(state: ArticleState, sent, named: list):
    """The person whose name closes ``sent`` as the owner of a life or lot (lexicon
    life_nouns), the only person it names, where the article quoted them before (Gelar
    itu tak banyak mengubah hidup Darmo. Ia mengaku …): the sentence has turned to them,
    whom a subject pronoun after it goes on with, not to the one quoted last; a tagger may
    leave such a name untagged. Not someone the article has not quoted (… mengubah hidup
    Budi. Ia menambahkan …), nor a person merely the object or the owner of something
    else (Penyidik memeriksa Budi.; … sejalan dengan arahan Presiden Budi.; … dilaporkan
    kepada Budi.), nor a body (Data itu dirilis oleh Kementerian Kesehatan.): after those
    the last speaker goes on."""
    toks = state.doc.tokens
    end = sent.tok_end
    while end > sent.tok_start and not toks[end - 1].is_word:
        end -= 1
    if end <= sent.tok_start or state.in_quote(toks[end - 1].start):
        return None
    first = end
    while first > sent.tok_start and end - first < _MAX_CLOSING_NAME_WORDS and toks[first - 1].is_word \
            and toks[first - 1].is_capitalized:
        first -= 1
    if first == sent.tok_start:
        return None  # the name is the sentence's subject (or all of it): not this rule's
    if not _owns_a_life(toks, sent.tok_start, first, state.lex):
        return None
    index = state.entities
    for k in range(first, end):
        name = state.doc.text[toks[k].start:toks[end - 1].end]
        ent = index.entities.get(index.key_of(name, toks[k].start))
        if ent is not None and ent.kind == "person":
            break
    else:
        return None
    if not _spoke_before(state, ent, toks[first].start) \
            or any(index.resolve(o.name, o.start) is not ent for o in named):
        return None
    return ent


def _owns_a_life(toks, start: int, first: int, lex) -> bool:
    """Whether the words right before ``first`` (from no earlier than ``start``) are a
    noun for someone's life or lot (hidup, nasib, jalan hidup), the name at ``first``
    being its owner."""
    for n in (2, 1):
        if first - n >= start:
            words = tuple(t.lower for t in toks[first - n:first])
            if all(t.is_word for t in toks[first - n:first]) and words in lex.life_nouns:
                return True
    return False


def _unnamed_subject_before(state: ArticleState, position: int):
    """The unnamed person the sentence right before ``position`` opens with, after at
    most a lead-in set off by a comma (Di hulu sungai, seorang pria bertopi oranye
    memimpin …): a description of one person up to its verb, when that sentence names
    no one and reports nothing."""
    doc, lex = state.doc, state.lex
    here = doc.sentence_at(position)
    if here is None or here.i == 0:
        return None
    prev = doc.sentences[here.i - 1]
    if prev.i in state.reported_sentences or any(
            o.kind == "person" for o in state.entities.occurrences_between(prev.start, prev.end)):
        return None
    toks = doc.sentence_tokens(prev)
    comma = next((k for k, t in enumerate(toks[:8]) if t.text == ","), -1)
    words = toks[comma + 1:]
    det = lex.singular_determiner_length([t.lower for t in words[:2]])
    if not det and (not words or state.in_quote(words[0].start) or not _bare_description_opening(words, lex)):
        return None
    # (Akademisi berusia 52 tahun tersebut …: ber- before a number of years tells the
    # person's age, a part of the description, not its verb.)
    end = next((k for k in range(det + 1, len(words)) if words[k].lower == "yang" or (
        not words[k].is_capitalized and words[k].lower.startswith(VERB_PREFIXES)
        and words[k].lower not in DEMONSTRATIVES  # (tersebut)
        and not _tells_an_age(words, k, lex))), None)
    if end is None:
        return None
    # Penyanyi berusia 30 tahun itu kini …: the description ends at its demonstrative.
    end = next((k + 1 for k in range(det + 1, end) if words[k].lower in DEMONSTRATIVES), end)
    m = parse_mention(doc, words[:end], lex)
    if m is None or not m.description or m.demonstrative:
        return None
    if det:
        return m if m.indefinite else None
    # Kepala sekolah tempat mereka belajar mengaku kaget. Ia mengatakan …: a role without
    # a determiner, which no one the article named holds, brings in someone new (the
    # Kapolres of an article naming the Kapolres is that person, and a demonstrative
    # points back); words a quotation closes with are the speaker's, no subject.
    if _done_to(words[end], lex):
        return None  # Di daerah terpencil, tokoh adat juga dilibatkan.: what is done to such people
    # Pelaku pasar global kini mengantisipasi …: people of a kind, no one to go on with;
    # a yang clause narrows the noun to the one it describes (Pelaku usaha yang ditemui di
    # pasar mengeluhkan …).
    if words[end].lower != "yang" and lex.names_a_class([t.lower for t in words[:end]]):
        return None
    if state.entities.by_role(m.role or m.text, m.start) is not None:
        return None
    return dataclasses.replace(m, indefinite=True)  # someone the article leaves unnamed


def _done_to(verb, lex) -> bool:
    """Whether the verb after a bare description is a passive that tells what was done to
    people of that kind (``tokoh adat juga dilibatkan``), not one asking them for their
    words (``ditanya``, ``dihubungi``): its subject is no one the text turns to."""
    return has_passive_shape(verb, lex) and verb.lower not in lex.eliciting_passives


def _tells_an_age(words, k: int, lex) -> bool:
    """``berusia 52 tahun``, ``berumur 30 tahun`` from ``k``: a ber- word, a number and a
    unit of age."""
    return words[k].lower.startswith("ber") and years_at(words, k + 1, lex)


def _bare_description_opening(words, lex) -> bool:
    """Whether ``words`` open with a description of several words, a role's head and what
    it heads, with no determiner (kepala sekolah …, pemilik warung …): one bare word
    (Warga …, Polisi …) says only what kind of people spoke."""
    lowered = [t.lower for t in words[:3]]
    if lex.indefinite_determiner_length(lowered):
        return False
    return len(words) > 2 and (lex.opens_a_description(lowered) or lowered[0] in lex.title_heads) \
        and words[1].is_word and not words[1].is_capitalized  # not pembeli, yang …


def _agent_closing(state: ArticleState, o, sent) -> bool:
    """Whether occurrence ``o`` (with the title before it) closes ``sent`` after a
    passive verb, ``oleh`` or a reply's ``dari``: the person the sentence brings in
    (Pernyataan itu langsung dibantah Agus Santoso.; Usulan itu mendapat dukungan dari
    Wakil Ketua Komisi II DPR Teddy Ramadhan.), not one a thing comes from (bansos dari
    Bupati Klaten Sri Wulan)."""
    doc = state.doc
    toks = doc.tokens
    end = _past_an_introduction(state, doc.token_index_at_or_after(o.end), sent)
    if any(t.is_word for t in toks[end:sent.tok_end]):
        return False
    k = doc.token_index_at_or_after(o.start) - 1
    while k >= sent.tok_start and toks[k].lower not in _AGENT_MARKERS and (
            toks[k].is_capitalized or not toks[k].is_word or toks[k].lower in state.lex.role_glue_words):
        k -= 1
    if k < sent.tok_start:
        return False
    word = toks[k].lower
    if word == "dari":
        return k > sent.tok_start and toks[k - 1].lower in state.lex.response_nouns
    return word == AGENT_MARKER or (word.startswith("di") and len(word) >= _MIN_PASSIVE_LENGTH)


def _past_an_introduction(state: ArticleState, k: int, sent) -> int:
    """Past the age and the appositive role that introduce the person named before token
    ``k`` (Persoalan serupa dialami Darmaji (39), pengemudi ojek daring di Bekasi.): where
    those words end; ``k`` where no age and role follow the name."""
    doc, toks = state.doc, state.doc.tokens
    comma = k + 3
    if not age_at(toks, k) or comma >= sent.tok_end or toks[comma].text != ",":
        return k
    role = postnominal_role(doc, comma, state.lex)
    at = doc.text.find(role, toks[comma].end) if role else -1
    if at < 0:
        return k
    end = doc.token_index_at_or_after(at + len(role))
    # Hal serupa dirasakan Nurjanah (44), pengolah ikan asin di desa yang sama.: where the
    # one described lives or works, and the relative clause on it, close the role's
    # apposition; no comma and no speech in them, they still end the sentence with it.
    if end < sent.tok_end and toks[end].lower in state.lex.place_prepositions:
        rest = end
        while rest < sent.tok_end and toks[rest].text != "," \
                and not state.lex.is_speech_verb(toks[rest].text):
            rest += 1
        if not any(t.is_word for t in toks[rest:sent.tok_end]):
            return rest
    return end


_AGENT_MARKERS = frozenset({"dari", AGENT_MARKER})
_MIN_PASSIVE_LENGTH = 6  # dibantah, ditanggapi; not dia, dini, dinas


def _one_person(m, lex) -> bool:
    """An unnamed source that is one person: seorang saksi, salah satu warga, or a role
    with no determiner at all (kepala sekolah tempat …), not sebagian umat."""
    words = m.text.lower().split()[:2]
    return lex.singular_determiner_length(words) > 0 or not lex.indefinite_determiner_length(words)


def _unnamed_source_of(state: ArticleState, prev: Candidate, cand: Candidate):
    """The describing words of ``prev``, the record just before ``cand``, in the
    sentence where ``cand`` starts (a quotation may run over several) or the one before,
    when that record's source is unnamed (``Seorang pejabat …``)."""
    m = prev.speaker_mention or prev.mention
    opening = state.doc.sentence_at(cand.start)
    first = min(cand.sent, opening.i) if opening is not None else cand.sent
    if prev.entity is None and m is not None and m.description and m.indefinite and first - prev.sent <= 1:
        return m
    return None


def repeats_an_unnamed_source(state: ArticleState, prev: Candidate, cand: Candidate) -> bool:
    """Whether ``cand``'s demonstrative description repeats the head word of the unnamed
    source of ``prev``, the record just before (seorang perawat …, perawat itu)."""
    return _same_head(_unnamed_source_of(state, prev, cand), cand.mention)


def _same_head(unnamed, m) -> bool:
    """Whether the unnamed source's description and ``m`` share their head word."""
    return unnamed is not None and bool(unnamed.role and m.role) \
        and unnamed.role.split()[0].lower() == m.role.split()[0].lower()


def _named_with(state: ArticleState, ent, position: int) -> list:
    """``mereka``, ``keduanya``: the other people named in the latest sentence that lists
    the antecedent with them before ``position`` (… Gitadi Tegas Supramudyo, dan …
    Gabriel Lele, secara terpisah. Kunjungan, menurut keduanya, …; ganda putra Bagas
    Wicaksono/Raka Aditya …. Raka menambahkan …. Keduanya berharap …)."""
    doc = state.doc
    here = doc.sentence_at(position)
    lo = doc.sentences[max(0, (here.i if here else 0) - _MAX_SENTENCE_GAP)].start if doc.sentences else 0
    occurrences = [o for o in state.entities.occurrences_between(lo, position) if o.kind == "person"]
    for anchor in reversed([o for o in occurrences if state.entities.resolve(o.name, o.start) is ent]):
        others = _listed_with(state, ent, anchor, occurrences)
        if others:
            return others
    return []


def _group_before(state: ArticleState, position: int):
    """The first and the others of the people listed together (A, B, dan C; X dan Y)
    outside quotation marks in the sentence before ``position`` or in its own sentence
    before it: who a plural pronoun there (``mereka``) is; None where neither lists people."""
    doc = state.doc
    here = doc.sentence_at(position)
    if here is None:
        return None
    lo = doc.sentences[max(0, here.i - 1)].start
    occurrences = [o for o in state.entities.occurrences_between(lo, position)
                   if o.kind == "person" and not state.in_quote(o.start)]
    for o in reversed(occurrences):
        ent = state.entities.resolve(o.name, o.start, o.kind)
        others = _listed_with(state, ent, o, occurrences)
        if not others:
            continue
        sent = doc.sentence_at(o.start)
        listed = [x for x in occurrences if doc.sentence_at(x.start) is sent and x.start <= o.start
                  and state.entities.resolve(x.name, x.start, x.kind) in [ent, *others]]
        # A, B, C, dan D, each with a title: the conjunction stands only before the last;
        # the names before, each set off by a comma and its title, are listed too.
        earlier = [x for x in occurrences if doc.sentence_at(x.start) is sent and x.start < listed[0].start]
        for x in reversed(earlier):
            if _set_off_in_a_list(state, x, listed[0]):
                listed.insert(0, x)
        if _after_a_verb(state, listed[0]):
            return None  # Warga mendatangi kantor Bupati A dan Wakil Bupati B: whom they went to
        people = []
        for x in listed:
            person = state.entities.resolve(x.name, x.start, x.kind)
            if person not in people:
                people.append(person)
        return (people[0], people[1:]) if len(people) > 1 else None
    return None


def _after_a_verb(state: ArticleState, occ) -> bool:
    """Whether a verb stands before the name ``occ`` in its sentence: the people listed
    are an object (… mendatangi kantor Bupati A dan …), not the subject the sentence
    tells of (Sehari kemudian, empat sekjen, yakni A, B, dan C, bertemu …)."""
    doc, lex = state.doc, state.lex
    sent = doc.sentence_at(occ.start)
    words = doc.tokens[sent.tok_start:doc.token_index_at_or_after(occ.start)]
    return any(t.is_word and not t.is_capitalized and t.lower not in lex.title_heads
               and (looks_like_a_verb(t) or looks_like_a_passive(t, lex)) for t in words)


_MAX_LIST_TITLE_WORDS = 8  # , Sekjen Partai Amanat Nasional: the next one's title


def _set_off_in_a_list(state: ArticleState, earlier, later) -> bool:
    """Whether only a comma and the later person's capitalised title stand between two
    names (A, Sekjen Partai X B): one listed after the other."""
    doc = state.doc
    between = doc.tokens[doc.token_index_at_or_after(earlier.end):doc.token_index_at_or_after(later.start)]
    return bool(between) and between[0].text == "," and len(between) <= _MAX_LIST_TITLE_WORDS + 1 \
        and all(t.is_word and t.is_capitalized for t in between[1:])


def _pair_noun(m, lex) -> list[str]:
    """The words of ``m`` less a filler after the pair word (kedua belah pihak)."""
    words = m.text.lower().split()
    return [w for k, w in enumerate(words) if not (k == 1 and len(words) == 3 and w in lex.pair_noun_fillers)]


def _names_a_pair(m, lex) -> bool:
    """``kedua pemimpin``, ``kedua menteri``, ``kedua belah pihak``: both of them."""
    words = _pair_noun(m, lex)
    return len(words) == 2 and words[0] in lex.pair_words


def _may_name_two_places(m, lex) -> bool:
    """``kedua negara``, ``kedua pihak``, ``kedua pemerintah``: two countries (or regions)
    the text listed may be meant, speaking as their governments."""
    return _pair_noun(m, lex)[-1] in lex.pair_place_nouns


def _pair_kinds(m) -> tuple[str, ...]:
    """What a pair's noun may point back to: people for ``kedua pemimpin``; bodies or
    people for a body's noun (``kedua lembaga``, ``kedua pihak``)."""
    return ("person", "organization") if m.kind == "organization" else ("person",)


def _pair_before(state: ArticleState, position: int, kinds: tuple[str, ...] = ("person",), places: bool = False,
                 noun: str | None = None):
    """The first and the others of the latest list of people (X dan Y), or of bodies
    where ``kinds`` allows, or of two places where ``places`` does (Thailand dan Kamboja
    sepakat …. Kedua pihak menyatakan …), in the few sentences before ``position``; None
    where there is none. ``noun``: the pair's noun (kedua ``menlu``), which two people
    named but not listed must both hold as their title."""
    doc = state.doc
    here = doc.sentence_at(position)
    if here is None:
        return None
    lo = doc.sentences[max(0, here.i - _MAX_SENTENCE_GAP)].start
    occurrences = [o for o in state.entities.occurrences_between(lo, here.start)
                   if o.kind in kinds and not state.in_quote(o.start)]
    found = None
    for o in reversed(occurrences):
        ent = state.entities.resolve(o.name, o.start, o.kind)
        others = _listed_with(state, ent, o, occurrences)
        if len(others) == 1:
            found = o.start, (others[0], [ent])  # the one listed first leads, as in X dan Y menyatakan
            break
    listed = _two_places_listed(state, lo, here.start) if places else None
    if listed is not None and (found is None or listed[0] > found[0]):
        return listed[1]
    if found is None and not listed and "person" in kinds:
        return _two_people_named_last(state, occurrences, noun)
    return found[1] if found else None


def _two_people_named_last(state: ArticleState, occurrences, noun: str | None = None):
    """The first and the other of the two people the latest sentence naming people
    names, not listed (Menlu X menerima kunjungan Menlu Y …. Dalam pernyataan bersama,
    kedua menlu menyatakan …: X, with Y), both with a title of the same head, the pair's
    ``noun`` where there is one; None where it names one person or more than two, or
    where one has another title or none (Kapolsek X mengatakan korban bernama Y. Kedua
    korban …: the victims, not the officer with one of them)."""
    people = [o for o in occurrences if o.kind == "person"]
    if not people:
        return None
    sent = state.doc.sentence_at(people[-1].start)
    named = []
    for o in people:
        if state.doc.sentence_at(o.start) is sent:
            person = state.entities.resolve(o.name, o.start, o.kind)
            if person not in named:
                named.append(person)
    if len(named) != 2:
        return None
    heads = {_title_head(p.role, state.lex) for p in named}
    if len(heads) != 1 or None in heads or noun is not None and heads != {_title_head(noun, state.lex)}:
        return None
    return named[0], named[1:]


def _title_head(role: str | None, lex) -> str | None:
    """The first word of a title, a short form written out (Menlu: menteri); None for no title."""
    words = (role or "").lower().split()
    if not words:
        return None
    return lex.abbreviated_titles.get(words[0], words[0]).lower().split()[0]


def _two_places_listed(state: ArticleState, lo: int, hi: int):
    """(where, (first, [second])) for the latest two places written side by side with a
    conjunction between ``lo`` and ``hi`` (Thailand dan Kamboja, Korea Selatan dan
    Jepang), each run of capitals all a place's name, not one of a longer list (A, B, dan
    C); the places speak as their governments. None where there are none."""
    doc, lex = state.doc, state.lex
    toks = doc.tokens
    k = doc.token_index_at_or_after(hi) - 1
    stop = doc.token_index_at_or_after(lo)
    while k > stop:
        t = toks[k]
        k -= 1
        if t.lower not in LIST_CONJUNCTIONS or state.in_quote(t.start):
            continue
        before = _capitalized_run(toks, t.i - 1, -1, t.sent)
        after = _capitalized_run(toks, t.i + 1, 1, t.sent)
        if not before or not after or not is_place_phrase(before, lex) or not is_place_phrase(after, lex):
            continue
        opening = before[0].i - 1
        if opening >= 0 and toks[opening].sent == t.sent and toks[opening].text == ",":
            continue  # A, B, dan C: a longer list
        first, second = (state.entities.resolve(doc.text[run[0].start:run[-1].end], run[0].start, "organization")
                         for run in (before, after))
        if first is not second:
            return t.start, (first, [second])
    return None


def _capitalized_run(toks: list, k: int, step: int, sent: int) -> list:
    """The capitalised words from token ``k`` on, going by ``step``, in sentence ``sent``
    (at most four: longer runs are no place's name), in text order."""
    run = []
    while 0 <= k < len(toks) and toks[k].sent == sent and toks[k].is_word and toks[k].is_capitalized and len(run) < 4:
        run.append(toks[k])
        k += step
    return sorted(run, key=lambda t: t.i)


def _next_to_each_other(state: ArticleState, a, b) -> bool:
    """Whether only a conjunction, a comma or a slash stands between two names (KPU dan
    Bawaslu), not a verb (X mendesak Y)."""
    doc = state.doc
    first, second = sorted((a, b), key=lambda o: o.start)
    between = doc.tokens[doc.token_index_at_or_after(first.end):doc.token_index_at_or_after(second.start)]
    return bool(between) and all(t.lower in LIST_CONJUNCTIONS or t.text in (",", "/") for t in between)


def _listed_with(state: ArticleState, ent, anchor, occurrences) -> list:
    """The people other than ``ent`` listed with its occurrence ``anchor`` in its
    sentence (joined by dan, serta or a slash): not any person the sentence names."""
    doc = state.doc
    sent = doc.sentence_at(anchor.start)
    others = []
    for o in occurrences:
        if doc.sentence_at(o.start) is not sent:
            continue
        first, last = sorted((anchor.end, o.end))
        between = [t.text.lower() for t in doc.tokens[doc.token_index_at_or_after(first):doc.token_index_at_or_after(last)]]
        ticket = doc.text[min(anchor.end, o.end):max(anchor.start, o.start)] == "-"  # Anna X-Frizt Y: a pair
        if not ticket and (not any(w in LIST_CONJUNCTIONS or w == "/" for w in between) or len(between) > 20):
            continue
        if ent.kind == "organization" and not _next_to_each_other(state, anchor, o):
            continue  # bodies are listed side by side (X dan Y), not subject and object
        other = state.entities.resolve(o.name, o.start, o.kind)
        if other is not ent and other not in others and other.kind == ent.kind:
            others.append(other)
    return others
