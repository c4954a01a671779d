"""Resolution: a title or description without a name (``kata Presiden``, ``kata politisi
Partai Hanura itu``) refers to the person the article introduced with that role."""
from __future__ import annotations

from ..entities import name_key
from ..mentions import DEMONSTRATIVES, RELATIVE_MARKERS, described_body_head, is_title_word, opens_sentence
from .base import ArticleState
from .pronoun_mention import repeats_an_unnamed_source

NAME = "description_mention"
_BRACKETS = "()[]"
_MAX_SENTENCES_TO_NAME = 6  # from a statement opened by a title to the holder's name
_MAX_SENTENCES_TO_UNTITLED_NAME = 2  # … to the holder's name written without the title
_MAX_WORDS_BEFORE_THE_CUE = 2  # Dian Kartikasari juga menambahkan …
_KIND_WORDS = 2  # Stasiun televisi (swasta itu): the head and the noun saying what kind of body


def run(state: ArticleState) -> None:
    ordered = sorted(state.live(), key=lambda c: c.start)
    for idx, cand in enumerate(ordered):
        m = cand.mention
        if cand.entity is not None or m is None or not m.description:
            continue
        if m.indefinite:
            continue  # seorang pejabat senior: someone the article does not name; no speaker
        if m.demonstrative and idx > 0 and repeats_an_unnamed_source(state, ordered[idx - 1], cand):
            continue  # seorang warga mengatakan …. ”…,” ucap warga tersebut: pronoun_mention
        # A bare plural-or-generic noun (warga mengatakan …) names no one the article
        # introduced with that role; a demonstrative, a capital, more words or an
        # office's title may (Namun, jaksa menilai …, after Jaksa KPK Andika …).
        word = m.text.lower()
        generic = not m.demonstrative and not m.text[:1].isupper() and len(m.text.split()) == 1 \
            and not (word in state.lex.title_heads and word not in state.lex.descriptive_role_heads)
        described = m.kind == "organization" and _a_body_noun(state, m)
        # Stasiun televisi itu: what kind of body, no common noun the lexicon gives a
        # body's names for; it points back to a body named with those words, or to none.
        kind_only = m.kind == "organization" and m.demonstrative and not described and _a_kind_of_body(state, m)
        # Partai berlambang banteng itu, Manajemen klub itu: the common noun for a body
        # among its first words says which body named before it may mean.
        kind = _kind_noun(state, m) if kind_only else None
        if m.demonstrative and described and (last := _body_that_spoke_last(state, ordered, idx, m)) is not None:
            # CELIOS dalam laporannya … memperkirakan …. Lembaga itu menilai …: the body that
            # spoke right before, not another the article named nearby with that noun.
            cand.entity = last
            cand.speaker_mention = m
            cand.rules["speaker"] = NAME + ":last_body"
            continue
        ent = None if generic else state.entities.by_role(m.role or m.text, m.start, bool(m.demonstrative))
        if ent is None and m.kind == "person" and not m.demonstrative and not generic and m.text[:1].isupper():
            # Menurut Dubes Indah, …, after Duta Besar RI untuk Kanada Indah Lestari Wibowo:
            # the title and the holder's given name, a common word the parse kept in the title.
            ent = state.entities.by_title_and_given_name(m.text, m.start)
        if ent is not None and (described or kind_only) and ent.kind == "person":
            ent = None  # Aliansi itu mendesak …, after Koordinator aliansi X: the body, never a person
        if ent is None and not generic and m.kind == "organization":
            # Majelis hakim menilai …, after Majelis Hakim Pengadilan Negeri Tegal: the body
            # the article named with those words.
            ent = state.entities.named_body(_body_noun(m.text) if kind_only else m.text, m.start)
        if ent is None and kind_only:
            # Kantor hukum itu, after Kantor Hukum Santoso Partners: the one body the article
            # named with a name those words open.
            ent = state.entities.body_named_with(tuple(_body_noun(m.text).split()[:_KIND_WORDS]), m.start)
        noun = _noun_after_a_side(state, m)
        if ent is None and (generic or m.demonstrative or described or noun) and m.kind == "organization":
            # Dalam keterangannya, perusahaan menyatakan …, after Startup logistik Kirimaja:
            # the one company the article named; Bank sentral juga meyakini …, after Bank
            # Indonesia: the one central bank; Pihak kepolisian menyatakan …, after Polres
            # Grobogan: the one police unit.
            ent = state.entities.body_described_as(noun or kind or _body_noun(m.text), m.start)
            if ent is None and noun and not m.demonstrative:
                # Manajemen klub menegaskan …, right after "Garuda Raya FC, klub yang …,
                # memberikan pernyataan …", with another club named further back: the one
                # the sentence before turned to.
                ent = state.entities.body_described_just_before(noun, m.start)
        if ent is None and m.kind == "organization" and not m.demonstrative and _management_noun(state, m):
            # Di sisi lain, PT X membantah tudingan itu. Dalam keterangan tertulisnya,
            # manajemen menyatakan …: the management of the one body the sentence before
            # tells of, a firm or club (not Polda … menggerebek …, the police acting on one).
            ent = next((b for noun in state.lex.management_bodies
                        if (b := state.entities.body_described_just_before(noun, m.start)) is not None), None)
        if ent is None and (m.demonstrative or described) and m.kind == "organization" and m.text[:1].isupper() \
                and not kind_only and not (m.demonstrative and described and " " in _body_noun(m.text)):
            # Organisasi itu (or Perseroan) opening a sentence with no such body named
            # before: the noun is the best name the article gives, never a person's (a
            # pronoun's antecedent). A noun of two words pointing back (Serikat buruh itu)
            # says what kind of body, as a head and its kind do: no name (below).
            ent = state.entities.resolve(_body_noun(m.text).capitalize() if described
                                         else name_key(m.text)[0].capitalize(), m.start, "organization")
        if ent is not None:
            cand.entity = ent
            cand.speaker_mention = m
            cand.rules["speaker"] = NAME
        elif m.kind == "organization" and not m.demonstrative \
                and (member := _panel_member_named_before(state, m)) is not None:
            # Hakim anggota X membacakan hal-hal yang memberatkan. Menurut majelis, …: the
            # panel speaks through the judge just named.
            cand.entity = member
            cand.speaker_mention = m
            cand.rules["speaker"] = NAME + ":panel_member"
        elif m.kind == "organization" and not m.demonstrative \
                and (body := state.entities.panel_named_in_full(m.text, m.start)) is not None:
            # Dalam pertimbangannya, majelis menilai …, after Majelis hakim Pengadilan
            # Negeri Tegal memvonis …, with no judge named just before: the bench the
            # article named with its court. named_body above finds it only where the index
            # holds the bench's whole name as one body's (the tagger took it so) and the
            # description is more than a bare noun; this reads the court's name from the
            # words whatever the tagger made of them (a court taken for a place, a short
            # form after atau), for majelis alone too, and only once no member named just
            # before speaks for the panel.
            cand.entity = body
            cand.speaker_mention = m
            cand.rules["speaker"] = NAME + ":panel"
            cand.role = cand.role or _panel_words(state, body.name)
        elif m.kind == "person" and not generic and not m.demonstrative and _written_as_a_noun(state, m) \
                and (holder := state.entities.holder_named_later(m.text, m.start, noun=True)) is not None \
                and _speaks(state, holder):
            # Dalam sidang tuntutan, jaksa meminta …, the prosecutor named paragraphs on
            # (Jaksa penuntut umum Ratna …) and no one else with that title: the office's
            # holder, with the title the article gives them. Never a title phrase the noun
            # opens (Jaksa Agung, of jaksa): another office. Only a holder the article gives
            # words of their own: one named for something else (Menteri Luar Negeri X akan
            # berkunjung …, after menteri meminta …) may be another minister than the one
            # who spoke.
            cand.entity = holder
            cand.speaker_mention = m
            cand.rules["speaker"] = NAME + ":sole_holder"
        elif kind_only or (m.demonstrative and described and m.kind == "organization"):
            # Kelompok bersenjata itu menyatakan …, Partai berlambang banteng itu …, Dalam
            # keterangan tertulisnya, aliansi itu meminta …, where the article named no such
            # body before (or two the words fit alike: two alliances whose names only the
            # words give): a statement all the same, kept with no speaker; never a body
            # named by the head word (Stasiun, Kantor), never a person the pointer might
            # reach. (Of two alliances the index holds as bodies, named_body above takes
            # the nearer.)
            cand.unattributed = NAME + ":no_body"
            cand.speaker_mention = m
            cand.rules["speaker"] = NAME + ":no_body"
        elif m.demonstrative:
            # "Mantan Gubernur DKI Jakarta itu" with no such role in the article points
            # back like a pronoun: pronoun_mention resolves it.
            continue
        elif m.text[:1].isupper() and name_key(m.text) and _opens_with_a_title(state, m) \
                and not _description_opening_the_sentence(state, m) \
                and (holder := _holder_named_later(state, cand, m)) is not None:
            # Gubernur BI menyatakan …. ”…,” kata Gubernur BI X: the one the article
            # names with that title a few sentences on; the title is who they are.
            if not holder.roles or holder.roles[0][0] > m.start:
                holder.roles.insert(0, (m.start, m.text))
            cand.entity = holder
            cand.speaker_mention = m
            cand.rules["speaker"] = NAME + ":named_later"
        elif m.kind == "person" and m.text[:1].isupper() and name_key(m.text) and _opens_with_a_title(state, m) \
                and not _description_opening_the_sentence(state, m) \
                and (holder := _untitled_speaker_next(state, ordered, idx, m)) is not None:
            # Ketua Komnas X mengatakan …. Dian Kartikasari menambahkan …: the one person
            # the next sentence or two bring in, speaking next, with no title of their own.
            holder.roles.insert(0, (m.start, m.text))
            cand.entity = holder
            cand.speaker_mention = m
            cand.rules["speaker"] = NAME + ":named_next"
        elif m.text[:1].isupper() and name_key(m.text) and _opens_with_a_title(state, m) \
                and not _description_opening_the_sentence(state, m):
            # A capitalised title with no named holder in the article (kata Kapolda):
            # the title is the best name the article gives. A description opening
            # the sentence (Petugas mengatakan …) names nobody: the source stays unnamed.
            cand.entity = state.entities.resolve(m.text, m.start, m.kind)
            if not cand.entity.roles and not _only_an_honorific(state, m.text):
                # (kata Buya, kata Tuan Guru: how the person is addressed, no role)
                cand.entity.roles.append((m.start, m.text))
            # The title is also the role when it is written as one (Kepala BNPB), not a
            # description run on into the clause (Relawan dari mahasiswa mendampingi …).
            cand.entity.named_by_title = m.kind == "person" and _written_as_a_title(state, m)
            cand.speaker_mention = m
            cand.rules["speaker"] = NAME + ":title_only"


def _body_that_spoke_last(state: ArticleState, ordered: list, idx: int, m):
    """The body whose words the record right before ``ordered[idx]`` reports, in its own
    sentence or the one before, where a body's noun with a demonstrative opens this one
    (Lembaga itu menilai …, Perusahaan tersebut membantah …): the one it points back to,
    where that body fits the noun (perusahaan itu: PT X; lembaga itu, a broad noun: any
    body not named as another kind) and no other body that fits it is named between
    (KPPU menyebut PT X diduga …. Perusahaan itu membantah …: PT X, not KPPU). None where
    a person spoke last, or no one just before."""
    cand = ordered[idx]
    prev = next((c for c in reversed(ordered[:idx]) if c.entity is not None), None)
    if prev is None or prev.entity.kind != "organization" or cand.sent - prev.sent > 1:
        return None
    if any(c.entity is None and c.mention is not None and not c.mention.pronoun
           for c in ordered[ordered.index(prev) + 1:idx]):
        return None  # someone else spoke between, not yet resolved
    noun = _body_noun(m.text)
    heads = state.lex.body_descriptions.get(noun)
    if not heads:
        return None
    described = state.entities.names_described_as(noun, m.start)
    ent = prev.entity
    first = name_key(ent.name)[:1]
    opens_with_a_head = bool(first) and first[0] in heads
    if noun in state.lex.broad_body_nouns:
        if first and not opens_with_a_head and first[0] in state.lex.body_description_words:
            return None  # Kementerian X, for a noun another kind of body has its own word for
    elif not opens_with_a_head and not any(_names_the_body(name, ent) for name, _ in described):
        return None  # KPPU, for perusahaan itu: the noun says no such body spoke
    spoke = prev.speaker_mention or prev.mention
    since = spoke.start if spoke is not None else prev.start
    if any(start > since and not _names_the_body(name, ent) for name, start in described):
        return None  # another body the noun fits was named after the one that spoke
    return ent


def _names_the_body(name: str, ent) -> bool:
    """Whether ``name`` (PT Sinar Jaya, Sinar Jaya) is ``ent``'s name, an alias of it or
    a part of either."""
    key = set(name_key(name))
    return bool(key) and any(key <= set(name_key(n)) or set(name_key(n)) <= key
                             for n in [ent.name, *ent.aliases] if name_key(n))


def _management_noun(state: ArticleState, m) -> bool:
    """Whether the description ``m`` is a noun for those who run a body
    (``management_nouns``: manajemen, pihak manajemen), in lowercase but for a capital
    opening the sentence."""
    toks = state.doc.tokens_between(m.start, m.end)
    words = [t.lower for t in toks]
    return bool(words) and words[-1] in state.lex.management_nouns \
        and all(w in state.lex.organization_heads for w in words[:-1]) \
        and all(not t.is_capitalized for t in toks[1:]) \
        and (not toks[0].is_capitalized or opens_sentence(state.doc, toks[0]))


def _panel_words(state: ArticleState, name: str) -> str | None:
    """The words a panel's name opens with that say it is a panel (``Majelis hakim`` of
    Majelis hakim Pengadilan Negeri Tegal): what the panel is, its role; the court's name
    after them says which one."""
    words = name.split()
    members = state.lex.panel_bodies.get(words[0].lower()) if words else None
    if members is None:
        return None
    n = 1
    while n < len(words) and words[n].lower() in members:
        n += 1
    return " ".join(words[:n])


def _body_noun(text: str) -> str:
    """The words of a body's description without a demonstrative (Bank sentral itu: bank
    sentral)."""
    return " ".join(w for w in text.lower().split() if w not in DEMONSTRATIVES)


def _a_body_noun(state: ArticleState, m) -> bool:
    """Whether the description ``m`` is a common noun for a body (``body_descriptions``:
    bank sentral, perseroan, regulator), written in lowercase but for a capital opening
    the sentence (Bank sentral juga meyakini …, menurut bank sentral): a body named
    before, not a name."""
    if _body_noun(m.text) not in state.lex.body_descriptions:
        return False
    toks = state.doc.tokens_between(m.start, m.end)
    return bool(toks) and all(not t.is_capitalized for t in toks[1:]) \
        and (not toks[0].is_capitalized or opens_sentence(state.doc, toks[0]))


def _a_kind_of_body(state: ArticleState, m) -> bool:
    """Whether the description ``m`` is a body's head word and lowercase words after it
    (Stasiun televisi swasta itu, Kantor hukum itu): see ``described_body_head``."""
    toks = [t for t in state.doc.tokens_between(m.start, m.end) if t.lower not in DEMONSTRATIVES]
    return described_body_head(toks, True, state.lex)


def _kind_noun(state: ArticleState, m) -> str | None:
    """The common noun for a body (``body_descriptions``) that the description ``m`` opens
    with, or has right after its head word (``partai`` of Partai berlambang banteng itu,
    ``klub`` of Manajemen klub itu, ``sekolah`` of Pihak sekolah itu): the kind of body it
    points back to; None where its first two words hold none (Kelompok bersenjata itu)."""
    words = _body_noun(m.text).split()
    for i in range(min(_KIND_WORDS, len(words))):
        if words[i] in state.lex.body_description_breaks:
            break
        for j in range(len(words), i, -1):
            if " ".join(words[i:j]) in state.lex.body_descriptions:
                return " ".join(words[i:j])
    return None


def _noun_after_a_side(state: ArticleState, m) -> str | None:
    """``kepolisian`` of ``Pihak kepolisian``, ``perusahaan`` of ``pihak perusahaan``: a
    common noun for a body after a word for a party to something, which says no more."""
    words = m.text.lower().split()
    if len(words) == 2 and words[0] in state.lex.organization_heads and words[1] in state.lex.body_descriptions:
        return words[1]
    return None


def _panel_member_named_before(state: ArticleState, m):
    """The member of the panel ``m`` describes (majelis, majelis hakim) last named, with a
    member's role, in the sentence before ``m`` or in its own before it; None where the
    text names no such member there."""
    words = state.lex.panel_bodies.get(" ".join(m.text.lower().split()))
    here = state.doc.sentence_at(m.start)
    if not words or here is None:
        return None
    lo = state.doc.sentences[max(0, here.i - 1)].start
    for o in reversed(state.entities.occurrences_between(lo, m.start)):
        if o.kind != "person" or state.in_quote(o.start):
            continue
        ent = state.entities.resolve(o.name, o.start)
        if ent.role and words & set(name_key(ent.role)):
            return ent
    return None


def _holder_named_later(state: ArticleState, cand, m):
    """The person named with the title ``m`` within a few sentences after ``cand``'s."""
    sentences = state.doc.sentences
    last = sentences[min(cand.sent + _MAX_SENTENCES_TO_NAME, len(sentences) - 1)]
    return state.entities.holder_named_later(m.text, m.start, last.end)


def _speaks(state: ArticleState, ent) -> bool:
    """Whether the article gives ``ent`` words of their own, by name or title."""
    return any(c.entity is ent for c in state.live())


def _untitled_speaker_next(state: ArticleState, ordered: list, idx: int, m):
    """The holder of the title ``m`` that opened record ``ordered[idx]``, where wire copy
    names them right after without the title (Ketua Komnas X mengatakan …. Dian
    Kartikasari menambahkan …): the one person named from the title to the end of the
    next sentence or two, named there for the first time and never with a role, who
    speaks in the next record with a speaker, only records pointing back (Menurut dia, …)
    between; not where anyone the article names holds the title, or a form of it."""
    doc, entities = state.doc, state.entities
    cand = ordered[idx]
    closing = doc.sentence_at(max(cand.end - 1, cand.start))
    last = doc.sentences[min(closing.i + _MAX_SENTENCES_TO_UNTITLED_NAME, len(doc.sentences) - 1)]
    people = {}
    for o in entities.occurrences_between(m.start, last.end):
        if o.kind == "person" and not state.in_quote(o.start):
            ent = entities.resolve(o.name, o.start)
            people[id(ent)] = ent
    if len(people) != 1:
        return None
    holder = next(iter(people.values()))
    if holder.roles or holder.named_by_title or entities.title_held(m.text) or any(
            entities.resolve(o.name, o.start) is holder for o in entities.occurrences_between(0, m.start)):
        return None
    for nxt in ordered[idx + 1:]:
        if nxt.entity is holder:
            return holder if nxt.sent <= last.i and _bare_name_opening_the_cue(state, nxt) else None
        if nxt.mention is None or not nxt.mention.pronoun:
            return None  # someone else speaks first
    return None


def _bare_name_opening_the_cue(state: ArticleState, cand) -> bool:
    """Whether ``cand``'s speaker is a name alone opening its sentence and running into
    the cue (Dian Kartikasari menambahkan …), as wire copy goes on with the holder of the
    title it opened with; not a name after a connective (Sementara itu, Budi …), with an
    age (Budi (45) …) or a clause describing them (Budi, yang tinggal …), whom the text
    brings in as someone else."""
    doc, m = state.doc, cand.speaker_mention
    if m is None or cand.cue_start is None or m.start > cand.cue_start:
        return False
    first = doc.token_index_at_or_after(m.start)
    if not opens_sentence(doc, doc.tokens[first]):
        return False
    name_end = m.name_end if m.name_end is not None else m.end
    between = doc.tokens[doc.token_index_at_or_after(name_end):doc.token_index_at_or_after(cand.cue_start)]
    return len(between) <= _MAX_WORDS_BEFORE_THE_CUE and all(
        t.is_word and not t.is_capitalized and t.lower not in RELATIVE_MARKERS for t in between)


def _written_as_a_title(state: ArticleState, m) -> bool:
    words = [w.strip(_BRACKETS) for w in m.text.split()]  # Kepala Staf Gabungan (JCS)
    return all(w[:1].isupper() or w.lower() in state.lex.role_glue_words for w in words)


def _description_opening_the_sentence(state: ArticleState, m) -> bool:
    """A description in lowercase but for the capital that opens the sentence (``Kuasa
    hukum pasangan calon menyatakan …``, after a dateline too): an unnamed source, as
    it is written lowercase mid-sentence; not a title in capitals (Kepala BNPB)."""
    first = state.doc.tokens[state.doc.token_index_at_or_after(m.start)]
    return not _written_as_a_title(state, m) and opens_sentence(state.doc, first)


def _written_as_a_noun(state: ArticleState, m) -> bool:
    """Whether the description opens in lowercase with an office's title (Dalam sidang
    tuntutan, jaksa meminta …): a common noun for the office's holder, not a title in
    capitals (Presiden menyatakan …, which may be another president than one named later;
    at a sentence's start no one can tell) nor a word for one of many (anggota DPR menilai
    …: its members)."""
    first = state.doc.tokens[state.doc.token_index_at_or_after(m.start)]
    return not first.is_capitalized and first.lower not in state.lex.descriptive_role_heads


def _only_an_honorific(state: ArticleState, text: str) -> bool:
    """Whether ``text`` is nothing but honorifics (Buya; Tuan Guru): a form of address."""
    words = tuple(w.lower().rstrip(".") for w in text.split())
    lex = state.lex
    return bool(words) and (words in lex.conferred_honorifics or all(w in lex.honorifics for w in words))


def _opens_with_a_title(state: ArticleState, m) -> bool:
    return is_title_word(state.doc.tokens[state.doc.token_index_at_or_after(m.start)], state.lex)
