"""Entry point of the library: text in, attributed quotes out.

build the document -> tag it (Stanza, behind ``attribution.nlp``) -> detection sieves ->
entity index -> resolution sieves -> typed results.
"""
from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date

from .dates import dateline, find_date_mentions, parse_published
from .document import Document
from .entities import EntityIndex, without_trailing_rank
from .lexicon import Lexicon, load_lexicon
from .mentions import DEMONSTRATIVES, MAX_AGE, age_at, set_off_degrees_after, years_at
from .model import ExtractionResult, Quote, Span, Speaker, SpeakerEntry
from .normalize import NormalizedText, normalize_text
from .quotes import find_quote_spans
from .segment import build_document
from .sieves import DETECTION_SIEVES, RESOLUTION_SIEVES
from .sieves.base import ArticleState, Candidate

# tag(sentences of words) -> per word an object with .upos and .ner (see attribution.nlp)
Tagger = Callable[[list[list[str]]], Sequence[Sequence[object]]]

# Stanza's cost grows with sentence length; longer runs of words (no full stop in 200 KB)
# are not sentences a speaker is named in, and are left untagged.
MAX_TAGGED_SENTENCE_TOKENS = 250
# A long news article has a few thousand words worth tagging; past this budget (hostile or
# non-news input) the rules go on with capitalisation alone, so time stays bounded.
MAX_TAGGED_TOKENS = 8000


def _default_tagger() -> Tagger:
    from . import nlp

    return nlp.tag


def _worth_tagging(doc: Document, s, lex) -> bool:
    """Only sentences where a name can matter: those right before a quote, those with a
    speech cue, a quotation mark, a title, or a description before a capitalised word.
    The rest of the article costs the tagger nothing."""
    if s.boilerplate or not 0 < s.tok_end - s.tok_start <= MAX_TAGGED_SENTENCE_TOKENS:
        return False
    if s.i + 1 < len(doc.sentences) and _points_back(doc, doc.sentences[s.i + 1], lex):
        return True  # who speaks next may be named here with no cue at all
    if s.i + 2 < len(doc.sentences) and _opens_with_a_subject_pronoun(doc, doc.sentences[s.i + 2], lex) \
            and not _names_anyone(doc, doc.sentences[s.i + 1]):
        return True  # Rafael Sitompul tampak gembira. Torehan itu …. Ia mengaku …: so here
    if s.i + 2 < len(doc.sentences) and _opens_with_a_quote(doc, doc.sentences[s.i + 2], lex) \
            and not _names_anyone(doc, doc.sentences[s.i + 1]) and _names_anyone(doc, s):
        return True  # Ketika Baso Rahman membuka warungnya, …. Pembeli …. ”…,” katanya: so here
    toks = doc.tokens[s.tok_start:s.tok_end]
    if not any(t.is_capitalized for t in toks[1:]) and not _with_age_at(toks, 0):
        return False
    for k, t in enumerate(toks):
        low = t.lower
        if (low in lex.reporting_verbs or lex.is_direct_cue(low)
                or low in lex.according_to or low in lex.according_to_self
                or low in lex.agentless_passives or t.text in lex.quote_marks
                or (t.is_capitalized and (low in lex.title_heads or low in lex.abbreviated_titles
                                          or low in lex.organization_heads))):
            return True
        # A lowercase description before a name (praktisi digital forensik Ruby Alamsyah
        # mendorong …) introduces a person whom a later quote names short.
        if (low in lex.descriptive_role_heads and any(x.is_capitalized for x in toks[k + 1:k + 4])):
            return True
        # So does a name with an age in brackets (Gita Sere Hutahaean (23), lulusan …).
        if _with_age_at(toks, k):
            return True
        # … or after an honorific written short (Hj. Siti Maryam, 58, pemilik …), whom
        # the article may address later by the honorific alone (Bu Haji, sapaan akrabnya).
        if low in lex.honorific_abbreviations and k + 2 < len(toks) and toks[k + 1].text == "." \
                and toks[k + 1].start == t.end and toks[k + 2].is_capitalized:
            return True
    return False


def _points_back(doc: Document, s, lex) -> bool:
    """Whether sentence ``s`` opens with a quote, a subject pronoun (Ia mengaku …) or a
    description pointing back before its speech verb (Atlet berusia 20 tahun itu
    mengaku …): its speaker is named in the sentence before."""
    toks = doc.tokens[s.tok_start:s.tok_end]
    if not toks or toks[0].text in lex.quote_marks or toks[0].lower in lex.subject_pronouns:
        return bool(toks)
    if _opens_with_an_aged_description(toks, lex):
        return True  # Perempuan 29 tahun itu lulus …: the person the sentence before named
    verb = next((k for k, t in enumerate(toks[:12]) if lex.is_reporting_verb(t.text)), None)
    return verb is not None and any(t.lower in DEMONSTRATIVES for t in toks[1:verb])


def _opens_with_an_aged_description(toks, lex) -> bool:
    """Whether the words open with a word, an age and a demonstrative (``Lelaki 61 tahun
    itu …``): a description pointing back to someone just named, whatever its verb."""
    return len(toks) > 4 and toks[0].is_capitalized and years_at(toks, 1, lex) and toks[3].lower in DEMONSTRATIVES


def _opens_with_a_subject_pronoun(doc: Document, s, lex) -> bool:
    """Whether sentence ``s`` opens with ``Ia``/``Dia``: a person named a little before
    goes on, maybe past a sentence about something else."""
    return s.tok_end > s.tok_start and doc.tokens[s.tok_start].lower in lex.subject_pronouns


def _opens_with_a_quote(doc: Document, s, lex) -> bool:
    """Whether sentence ``s`` opens with a quotation mark: its cue may point back."""
    return s.tok_end > s.tok_start and doc.tokens[s.tok_start].text in lex.quote_marks


def _names_anyone(doc: Document, s) -> bool:
    """Whether sentence ``s`` has a capitalised word after its first: a name it may give."""
    return any(t.is_capitalized for t in doc.tokens[s.tok_start + 1:s.tok_end])


def _with_age_at(toks, k: int) -> bool:
    """A capitalised word at ``k`` followed by an age in brackets (Yani (40))."""
    return toks[k].is_capitalized and age_at(toks, k + 1)


def tag_document(doc: Document, tagger: Tagger | None) -> None:
    """Put UPOS and NER tags on the words of every sentence worth tagging."""
    if tagger is None:
        return
    lex = load_lexicon()
    chosen, budget = [], MAX_TAGGED_TOKENS
    for s in doc.sentences:
        if _worth_tagging(doc, s, lex):
            budget -= s.tok_end - s.tok_start
            if budget < 0:
                break
            chosen.append(s)
    if not chosen:
        return
    words = [[t.text for t in doc.sentence_tokens(s)] for s in chosen]
    tagged = tagger(words)
    for s, tags in zip(chosen, tagged):
        for tok, tag in zip(doc.sentence_tokens(s), tags):
            tok.upos = getattr(tag, "upos", None)
            tok.ner = getattr(tag, "ner", "O") or "O"
    _untag_set_off_degrees(doc, lex)
    _join_quoted_nicknames(doc, lex)
    doc.set_entities_from_tags()
    retagged = _names_with_an_age_are_people(doc, lex)
    if _untagged_names_with_an_age(doc, lex) or retagged:
        doc.set_entities_from_tags()


def _untag_set_off_degrees(doc: Document, lex: Lexicon) -> None:
    """Dr. Ani Lestari, M.Ag., menyambut …: a tagger may read a degree a comma sets off
    after a name (``M.Ag``; the second of ``S.Kar., M.Hum.``) as a second person's name; a
    degree is no one's name, so its words carry no entity tag (and the name before it ends
    at the comma)."""
    toks = doc.tokens
    for k in range(1, len(toks) - 1):
        if toks[k].text != "," or not (toks[k - 1].is_word and toks[k - 1].is_capitalized) \
                or toks[k + 1].sent != toks[k].sent:
            continue
        sent = doc.sentences[toks[k].sent]
        words = toks[sent.tok_start:sent.tok_end]
        for first, end in set_off_degrees_after(words, k - sent.tok_start, True, lex):
            first, end = first + sent.tok_start, end + sent.tok_start
            degree = toks[first:end]
            if any(t.ner != "O" for t in degree):
                for t in degree:
                    t.ner = "O"
                before = toks[k - 1]  # a name the tagger ran on into the degree ends before the comma
                if before.ner.startswith(("B-", "I-")):
                    before.ner = ("S-" if before.ner.startswith("B-") else "E-") + before.ner[2:]
                nxt = toks[end] if end < len(toks) else None
                if nxt is not None and nxt.ner.startswith(("I-", "E-")):
                    nxt.ner = ("B-" if nxt.ner.startswith("I-") else "S-") + nxt.ner[2:]


def _join_quoted_nicknames(doc: Document, lex: Lexicon) -> None:
    """Hendro "Gepeng" Simanjuntak: a tagger reads the quotation marks as the end of a
    name and tags its halves apart, or the nickname with one of them; one person's name
    runs over the nickname in marks (which the entity index then takes out and keeps as
    the nickname)."""
    toks = doc.tokens
    marks = lex.open_marks | lex.close_marks | lex.ambiguous_marks
    for k in range(1, len(toks) - 3):
        if toks[k].text not in marks or not toks[k - 1].is_capitalized:
            continue
        close = next((j for j in range(k + 2, min(k + 5, len(toks) - 1)) if toks[j].text in marks), None)
        if close is None or not all(t.is_word and t.is_capitalized for t in toks[k + 1:close]) \
                or not toks[close + 1].is_capitalized or toks[close + 1].sent != toks[k - 1].sent \
                or not (toks[k - 1].end < toks[k].start and toks[k].end == toks[k + 1].start
                        and toks[close - 1].end == toks[close].start and toks[close].end < toks[close + 1].start) \
                or not any(t.ner.endswith("-PER") for t in toks[k - 1:close + 2]):
            continue
        first, last = k - 1, close + 1
        while first > 0 and toks[first].ner.split("-")[0] in ("I", "E") and toks[first - 1].ner.endswith("-PER"):
            first -= 1
        while last + 1 < len(toks) and toks[last].ner.split("-")[0] in ("B", "I") \
                and toks[last + 1].ner.endswith("-PER"):
            last += 1
        for j in range(first, last + 1):
            toks[j].ner = ("B" if j == first else "E" if j == last else "I") + "-PER"


_MAX_AGED_NAME_WORDS = 4


def _names_with_an_age_are_people(doc: Document, lex: Lexicon) -> bool:
    """Farzana Akter (31): a name the tagger calls a body or a place (a name it has not
    seen, often a foreign one) with an age in brackets right after it is a person's, as
    long as none of its words is a body's, a place's or a title's (Persib Bandung (2)).
    Whether it retagged any."""
    toks, changed = doc.tokens, False
    for ent in doc.entities:
        if ent.label == "PER" or not age_at(toks, ent.tok_end) or int(toks[ent.tok_end + 1].text) > MAX_AGE:
            continue
        words = toks[ent.tok_start:ent.tok_end]
        if len(words) <= _MAX_AGED_NAME_WORDS and all(_may_name_a_person(t, lex) for t in words):
            _tag_as_person(words)
            changed = True
    return changed


def _untagged_names_with_an_age(doc: Document, lex: Lexicon) -> bool:
    """Sulastri (45), yang tinggal di …; Salah satunya Darmaji (63), …: capitalised words
    the tagger left untagged, whole (after no other capitalised word), with an age in
    brackets right after them, are a person's name, as long as none of them is a word
    running text writes in lowercase (Korban (45)), a body's, a place's, a title's, a
    month's or a weekday's. Whether it tagged any."""
    toks, changed = doc.tokens, False
    for k in range(1, len(toks)):
        if not age_at(toks, k) or int(toks[k + 1].text) > MAX_AGE:
            continue
        first = k
        while first > 0 and k - first < _MAX_AGED_NAME_WORDS and toks[first - 1].sent == toks[k].sent \
                and toks[first - 1].is_word and toks[first - 1].is_capitalized:
            first -= 1
        if first > 0 and toks[first - 1].sent == toks[k].sent and toks[first - 1].is_capitalized:
            continue  # more capitalised words than a name has
        while first < k - 1 and (toks[first].lower in lex.honorifics or toks[first].lower in lex.forms_of_address):
            first += 1  # Pak Darmaji (63): the name after the form of address
        words = toks[first:k]
        if words and all((t.ner or "O") == "O" and t.lower not in lex.common_words and t.lower not in lex.months
                         and t.lower not in lex.weekdays and _may_name_a_person(t, lex) for t in words):
            _tag_as_person(words)
            changed = True
    return changed


def _may_name_a_person(t, lex: Lexicon) -> bool:
    """Whether word ``t`` may be part of a person's name: capitalised, and no body's,
    place's or title's word."""
    return t.is_word and t.is_capitalized and not lex.is_place_or_organization_word(t.text) \
        and t.lower not in lex.organization_heads and t.lower not in lex.title_heads \
        and t.lower not in lex.abbreviated_titles


def _tag_as_person(words) -> None:
    """Tag the words as one person's name (BIOES)."""
    for j, t in enumerate(words):
        t.ner = "S-PER" if len(words) == 1 else "B-PER" if j == 0 else "E-PER" if j == len(words) - 1 else "I-PER"


def _build_entities(state: ArticleState) -> None:
    index = state.entities
    index.add_tagged_entities()
    index.add_titled_names()
    index.add_appositive_roles()
    index.add_roles_before_names()
    index.add_roles_of_listed_names()
    for cand in state.live():
        m = cand.mention
        for mm in ([m] + m.co_mentions) if m else []:
            if mm.name:
                index.add(mm.name, mm.name_start or mm.start, mm.name_end or mm.end, mm.kind, mm.role)
    index.add_places_inside_bodies()
    index.add_short_name_subjects()
    index.add_fuller_names(quoted=lambda char: state.in_quote(char) is not None)
    index.add_fuller_body_names()
    index.add_nicknames()
    index.add_club_names()
    index.trim_bodies_run_into_holders()
    index.finish()


def _speaker(cand: Candidate, entity, text: str, norm: NormalizedText) -> Speaker:
    m = cand.speaker_mention or cand.mention
    role = entity.role
    mention_role = without_trailing_rank(m.role, load_lexicon()) if m is not None else None
    if mention_role and (not role or len(mention_role.split()) > len(role.split())) and not m.description \
            and not load_lexicon().is_no_role(mention_role):
        role = mention_role
    if cand.role:
        role = cand.role  # Para pemohon: the parties speak as what the words call them
    mention = _original_span(m.text, m.start, m.end, text, norm) if m else None
    return Speaker(
        name=entity.name,
        mention=mention.text if mention else None,
        mention_start=mention.start if mention else None,
        mention_end=mention.end if mention else None,
        role=role,
        kind=entity.kind,
    )


def _original_span(words: str, start: int, end: int, text: str, norm: NormalizedText) -> Span:
    """Words the rules read at [start, end) of the normalised text, with their offsets in
    the text as given, and its characters where the words are that stretch of it."""
    a, b = norm.span(start, end)
    return Span(text[a:b] if words == norm.text[start:end] else words, a, b)


def _dates_outside_boilerplate(doc, mentions):
    """Dates of the article text: a caption's date (Petugas memadamkan api …, Senin
    (13/10) malam) is when the photo was taken, no statement's context."""
    return [dm for dm in mentions if not ((s := doc.sentence_at(dm.start)) is not None and s.boilerplate)]


def extract(text: str, published: date | str | None = None, title: str | None = None,
            *, tagger: Tagger | None | bool = True) -> ExtractionResult:
    """Return every quote of ``text`` with speaker, role and date.

    ``tagger``: True (default) uses the project's Stanza models; a callable replaces
    them (tests); None or False runs the rules on capitalisation alone.
    """
    published_date = parse_published(published)
    lex = load_lexicon("id")
    norm = normalize_text(text)  # \r\n, no-break spaces …: the rules read \n and a space
    doc = build_document(norm.text)
    tag_document(doc, _default_tagger() if tagger is True else (tagger or None))
    state = ArticleState(
        doc=doc, lex=lex, published=published_date,
        anchor=published_date or dateline(norm.text, lex),
        quote_spans=find_quote_spans(norm.text, lex),
        date_mentions=_dates_outside_boilerplate(doc, find_date_mentions(norm.text, lex)),
        entities=EntityIndex(doc, lex),
    )
    for sieve in DETECTION_SIEVES:
        sieve.run(state)
    _build_entities(state)
    for sieve in RESOLUTION_SIEVES:
        sieve.run(state)
    _roles_from_descriptions(state)
    return _result(state, text, norm, published_date)


def _roles_from_descriptions(state: ArticleState) -> None:
    """A description pointing back to a person the article gives no role (Aktor senior
    itu menyebut …, ucap warga Kelurahan Sukamaju itu) is that person's role, for each of
    their records (Entity.role leaves out one saying only that someone is a woman); what
    they are to their family (ibu dua anak itu) is none, nor is their age (kata lelaki 67
    tahun itu)."""
    for cand in state.live():
        m, ent = cand.speaker_mention or cand.mention, cand.entity
        if m is not None and m.description and m.demonstrative and m.role and ent is not None \
                and ent.kind == "person" and ent.role is None \
                and not state.lex.is_kinship_description(m.role.lower().split()):
            role = _without_age(m.role, state.lex)
            if role:
                ent.roles.append((m.start, role))


def _without_age(role: str, lex: Lexicon) -> str | None:
    """A description's role less the age closing it (``petani 67`` of ``kata petani 67
    tahun itu``, ``pemain berusia 22`` of ``kata pemain berusia 22 tahun itu``: petani,
    pemain); none where only a word for a man or a woman stands before the age (``lelaki
    67``, ``pria berusia 40``), which says how old someone is, not what they do."""
    words = role.split()
    k = next((i for i, w in enumerate(words) if i and w.lower() in lex.age_verbs), None)
    if k is None:
        k = next((i for i, w in enumerate(words) if w.isdigit()), None)
        if k is None or k == 0 or not all(w.isdigit() or w.lower() in lex.age_units for w in words[k:]):
            return role
    if k == 1 and lex.gender_of([words[0].lower()]) is not None:
        return None
    return " ".join(words[:k])


def _result(state: ArticleState, text: str, norm: NormalizedText, published_date: date | None) -> ExtractionResult:
    """The records, with offsets into ``text`` as given (the rules read ``norm.text``)."""
    quotes: list[Quote] = []
    entries: dict[int, SpeakerEntry] = {}
    for n, cand in enumerate(sorted(state.live(), key=lambda c: c.start), start=1):
        qid = f"q{n}"
        speaker = _speaker(cand, cand.entity, text, norm) if cand.entity else None
        cues = None
        if cand.cue_start is not None:
            a, b = norm.span(cand.cue_start, cand.cue_end)
            cues = Span(text[a:b], a, b)
        m = cand.speaker_mention or cand.mention
        unnamed = _original_span(m.text, m.start, m.end, text, norm) \
            if speaker is None and m is not None and m.description else None
        start, end = norm.span(cand.start, cand.end)
        quotes.append(Quote(
            id=qid, type=cand.type, text=text[start:end], start=start, end=end,
            cue=cues, speaker=speaker,
            co_speakers=[Speaker(name=e.name, role=cand.role or e.role, kind=e.kind) for e in cand.co_entities
                         if e is not cand.entity],
            date=cand.date, date_text=cand.date_mention.text if cand.date_mention else None,
            confidence=cand.confidence, unnamed_source=unnamed, rules=dict(cand.rules)))
        for ent in [cand.entity, *cand.co_entities] if cand.entity else []:
            entry = entries.get(id(ent))
            if entry is None:
                entry = entries[id(ent)] = SpeakerEntry(ent.name, ent.role, ent.kind, list(ent.aliases))
            if not entry.quote_ids or entry.quote_ids[-1] != qid:  # co-speaker listed twice
                entry.quote_ids.append(qid)
    return ExtractionResult(text=text, published=published_date, quotes=quotes, speakers=list(entries.values()))
