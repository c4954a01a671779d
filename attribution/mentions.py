"""Speaker mentions: turn the words of an attribution (``Menteri Luar Negeri Korea Selatan
Cho Tae-yul``, ``politisi Partai Hanura itu``, ``-nya``) into name, role and kind.

Names come from the NER tags on the tokens where there are any; otherwise from
capitalisation, with the title lexicon telling the role words from the name.
"""
from __future__ import annotations

import re
from contextvars import ContextVar
from dataclasses import dataclass, field, replace

from .document import Document, Token
from .lexicon import Lexicon

# The tokens of the document being parsed, for the article-wide word index.
_doc_tokens: ContextVar[list[Token] | None] = ContextVar("_doc_tokens", default=None)


@dataclass
class _DocumentWords:
    """What the whole article says about its capitalised words, built once a document:

    ``standalone``: for each word, the words before its uses alone (after a lowercase
    word, not followed by a capitalised one: ``kata Ardiles.``), places aside;
    ``places``: words written after a locative (``di Sidoarjo``, ``Kabupaten Indramayu``),
    and ``place_runs`` the capitalised words running from there (``di Angkola Hulu``);
    ``cued``: words written alone right after a cue verb (``kata Sari.``), names whatever
    the gazetteer says of them; ``spoke``: a word written alone as the subject opening a
    clause right before a reporting verb (``Satria menambahkan, …``; ``Namun, Satria
    mengatakan …``), not an acronym, a known place's or one the tagger marks a place's or
    a body's there: someone who speaks, a name too; ``cued_runs``: two or three
    capitalised words written right after a cue verb and ending there (``ungkap Iola Abas.``); ``tagged_persons``:
    words the tagger marked as part of a person's name anywhere in the article;
    ``acronyms``: acronyms introduced in brackets right after a capitalised name
    (``Asosiasi Transportasi Udara Internasional (IATA)``); ``initials``: two or three
    capitals the article gives as a person's name (``berinisial AS``, ``RF (18)``);
    ``regions``: words written right after a regional office's title and before a rank or
    a name the tagger starts after them (``Kapolres Cianjur AKBP Rudi``), or after a word
    that takes a place or a regional body's name (``Polres Cianjur``, ``asal Cianjur``):
    the region, so such a title with that word alone (``Kapolres Cianjur mengatakan``)
    names no one;
    ``named_places``: two or three capitalised words written whole after a word that
    takes a name, outside a title (``dari Desa Sungai Lumbo tidak …``): the place's
    name as the article writes it, which a title may run into a name (Kepala Desa
    Sungai Lumbo Darwis Tambunan);
    ``body_short_forms``: words made of syllables of the words of a body's name the article
    writes in full, one from each in turn (``Kompolnas`` of Komisi Kepolisian Nasional,
    ``Bawaslu`` of Badan Pengawas Pemilu): that body's short form, no one's name;
    ``towns``: the town of the dateline where it takes two words or more (``Abu Dhabi``,
    ``Tanjung Pinang``), a place only whole: its first word alone may be a name (Abu
    Bakar); a one-word town is among ``places``;
    ``bracketed_bodies``: one word written as a name is, that the article gives in
    brackets right after a body's name (``Badan Legislasi (Baleg)``, ``Badan Anggaran
    (Banggar)``): that body's short form, never a name, wherever it stands (``Wakil Ketua
    Baleg dari Fraksi X Nama Orang``: the title's body, the name after it)."""
    tokens: list[Token]
    standalone: dict[str, set[str]]
    places: set[str]
    place_runs: set[tuple[str, ...]]
    cued: set[str]
    spoke: set[str]  # Satria of "Satria menambahkan, …": the subject of a reporting verb, alone
    cued_runs: set[tuple[str, ...]]
    tagged_persons: set[str]  # words the tagger marked as (part of) a person's name
    acronyms: set[str]
    initials: set[str]  # AS of "berinisial AS (19)": a person the article names by initials
    regions: set[str]  # Cianjur of "Kapolres Cianjur AKBP Rudi": the office's region
    named_places: set[tuple[str, ...]]  # Sungai Lumbo of "dari Desa Sungai Lumbo tidak …"
    whole_runs: dict[tuple[str, ...], list[int]]  # KPU Madina of "di kantor KPU Madina, Rabu": where written alone
    body_short_forms: set[str]  # Kompolnas, of "Komisi Kepolisian Nasional" in the article
    towns: set[tuple[str, ...]]  # Abu Dhabi, of "ABU DHABI, KOMPAS —": a place of several words, only whole
    bracketed_bodies: set[str]  # Baleg, of "Badan Legislasi (Baleg)" in the article
    tagged_bodies: set[str]  # words the tagger marked as (part of) a body's name


def _document_words(tokens: list[Token], lex: Lexicon) -> _DocumentWords:
    cached = _words_cache.get()
    if cached is not None and cached.tokens is tokens:
        return cached
    standalone: dict[str, set[str]] = {}
    places: set[str] = set()
    place_runs: set[tuple[str, ...]] = set()
    cued: set[str] = set()
    cued_runs: set[tuple[str, ...]] = set()
    for i, t in enumerate(tokens):
        if not t.is_capitalized or i == 0:
            continue
        before = tokens[i - 1]
        alone = not (i + 1 < len(tokens) and tokens[i + 1].is_capitalized)
        if (
            before.lower in _LOCATIVES
            and not _closes_a_region_name(tokens, i - 1)
            and not place_set_off_before_title(tokens, i - 1, lex)
            and not _given_name_after_a_title(tokens, i, lex)
        ):
            places.add(t.text)
            place_runs.add(tuple(x.text for x in _capitalized_run(tokens, i, _MAX_PLACE_WORDS)))
        # "di Sidoarjo", "dari Sidoarjo" use a place, not a name, on its own.
        elif alone and before.is_word and not before.is_capitalized and before.lower != "dari":
            standalone.setdefault(t.text, set()).add(before.text)
        if alone and lex.is_direct_cue(before.text):
            cued.add(t.text)
        if lex.is_direct_cue(before.text) and not alone:
            j = i + len(_capitalized_run(tokens, i, 4))
            if 2 <= j - i <= 3 and (j == len(tokens) or not tokens[j].is_word):
                cued_runs.add(tuple(x.text for x in tokens[i:j]))
    tagged_persons = {t.text for t in tokens if t.ner.endswith("-PER")}
    spoke = {t.text for i, t in enumerate(tokens) if _speaks_alone(tokens, i, lex)}
    acronyms = {tokens[k + 1].text for k in range(1, len(tokens) - 2)
                if acronym_in_brackets_at(tokens, k) and tokens[k - 1].is_capitalized}
    initials = set()
    for k, t in enumerate(tokens):
        with_age = age_at(tokens, k + 1)
        # E (42), AR (35): one letter only with an age, which no acronym has.
        if (2 <= len(t.text) <= 3 or (len(t.text) == 1 and with_age)) and t.text.isupper() and t.text.isalpha() \
                and (with_age or any(x.lower in lex.initials_introducers for x in tokens[max(0, k - 8):k])):
            initials.add(t.text)
        elif _initials_after_a_party(tokens, k, lex):
            initials.add(t.text)
    regions = {t.text for k, t in enumerate(tokens[:-1]) if _region_before_holder(tokens, k, lex)}
    regions |= {t.text for k, t in enumerate(tokens) if k > 0 and t.is_capitalized and t.sent == tokens[k - 1].sent
                and (tokens[k - 1].lower in lex.name_heads or tokens[k - 1].lower in lex.region_markers)}
    dateline = _dateline_place(tokens)
    towns: set[tuple[str, ...]] = set()
    if len(dateline) == 1:
        places.add(dateline[0])
    elif dateline:
        towns.add(dateline)  # ABU DHABI: Abu Dhabi is a place, Abu alone is not
    if dateline:
        place_runs.add(dateline)
    words = _DocumentWords(tokens, standalone, places, place_runs, cued, spoke, cued_runs, tagged_persons, acronyms,
                           initials, regions, _named_places(tokens, lex), _whole_runs(tokens),
                           _body_short_forms(tokens, lex), towns, _bracketed_bodies(tokens, lex, cued, tagged_persons),
                           {t.text for t in tokens if t.ner.endswith("-ORG")})
    _words_cache.set(words)
    return words


def _speaks_alone(tokens: list[Token], i: int, lex: Lexicon) -> bool:
    """Whether ``tokens[i]`` is one capitalised word opening a clause (the sentence's first
    word, or the first after a comma) as the subject of the reporting verb right after it
    (``is_reporting_verb``: not a direct cue such as kata), maybe past an adverb
    (``Satria menambahkan, …``; ``Namun, Satria juga mengatakan …``): a person who
    speaks, unless it is an acronym, a place the lexicon knows or a word the tagger marks
    as a place's or a body's there (``Persebaya menyatakan …``)."""
    t = tokens[i]
    if not t.is_capitalized or not t.is_word or _is_acronym(t) or lex.is_place_word(t.text) \
            or (t.ner != "O" and not t.ner.endswith("-PER")) \
            or _is_title_word(t, lex) or t.lower in lex.organization_heads:
        return False
    if i > 0 and tokens[i - 1].sent == t.sent and tokens[i - 1].text != ",":
        return False
    for k in (i + 1, i + 2):
        if k >= len(tokens) or tokens[k].sent != t.sent or tokens[k].is_capitalized:
            return False
        if lex.is_reporting_verb(tokens[k].text):
            return True
        if tokens[k].lower not in lex.subject_adverbs:
            return False
    return False


_MAX_DATELINE_PLACE_WORDS = 3  # BANDAR LAMPUNG, KOMPAS —; TANJUNG PINANG


def _dateline_place(tokens: list[Token]) -> tuple[str, ...]:
    """The town a dateline opening the article writes in capitals (``GARUT, KOMPAS —``),
    as running text writes it (``Garut``): a place, so the word alone after a regional
    office's title (``Kapolres Garut mengatakan …``) is its region, no one's name. Only
    the article's first sentence, a run of words in capitals, then a comma and a dash
    a few words on."""
    run = []
    for t in tokens[:_MAX_DATELINE_PLACE_WORDS + 1]:
        if t.sent != tokens[0].sent or not (len(t.text) >= 3 and t.text.isalpha() and t.text.isupper()):
            break
        run.append(t)
    k = len(run)
    if not run or k >= len(tokens) or tokens[k].text != "," \
            or not any(t.text in ("—", "–", "-") for t in tokens[k + 1:k + 5]):
        return ()
    return tuple(t.text[0] + t.text[1:].lower() for t in run)


def _closes_a_region_name(tokens: list[Token], k: int) -> bool:
    """Whether the capitalised locative at ``k`` is the last word of a region's name that
    a locative before it in the same run of capitalised words opened, with words between
    (Kabupaten Lima Puluh ``Kota``, Kecamatan Kisaran ``Kota``): the word after it starts
    no place (Kabupaten Lima Puluh Kota Rahmat Fadli: the holder's name), unlike a
    locative opening the run or right after a body's words (Dinas Pendidikan ``Kota``
    Bandung)."""
    if not tokens[k].is_capitalized:
        return False
    j = k - 1
    while j >= 0 and tokens[j].sent == tokens[k].sent and tokens[j].is_word and tokens[j].is_capitalized:
        if j < k - 1 and tokens[j].lower in _LOCATIVES:
            return True
        j -= 1
    return False


def _given_name_after_a_title(tokens: list[Token], i: int, lex: Lexicon) -> bool:
    """Whether ``tokens[i]``, right after a title closing in a locative (``Kota`` of Wali
    Kota), is a known given name and no place's word (Wali Kota ``Arief`` Kusuma): the
    holder's name opens there, not the city (Wali Kota ``Bogor`` Arif Rahman)."""
    return ends_title_phrase(tokens, i - 1, lex) and tokens[i].sent == tokens[i - 1].sent \
        and _is_given_name_word(tokens[i], lex) and not lex.is_place_or_organization_word(tokens[i].text)


def _initials_after_a_party(tokens: list[Token], k: int, lex: Lexicon) -> bool:
    """Two or three capitals right after a party to a case (``terdakwa RH``, ``tersangka
    SHR``) and ending the name there (before a comma, a stop, a lowercase word or an age):
    the initials the article names that person by. Not a common abbreviation (korban PHK,
    saksi dari PT Jaya), a place's or a body's (saksi KPK) or the article's acronym."""
    t = tokens[k]
    if not (k > 0 and 2 <= len(t.text) <= 3 and t.text.isupper() and t.text.isalpha()):
        return False
    before, nxt = tokens[k - 1], tokens[k + 1] if k + 1 < len(tokens) else None
    return before.lower in lex.initials_role_heads and before.sent == t.sent \
        and t.text not in lex.initials_not_persons and not lex.is_place_or_organization_word(t.text) \
        and (nxt is None or nxt.sent != t.sent or not nxt.is_capitalized)


_words_cache: ContextVar[_DocumentWords | None] = ContextVar("_words_cache", default=None)

# The most words of a run of capitalised words kept whole (Persis Solo, KPU Kota Bandung).
_MAX_WHOLE_RUN = 4


def _whole_runs(tokens: list[Token]) -> dict[tuple[str, ...], list[int]]:
    """Runs of two to four capitalised words with no capitalised word right before or after
    them in their sentence (``di kantor KPU Madina, Rabu``; ``dari Persis Solo pada …``):
    what the article writes as one name on its own, and the indices of their first words."""
    def capitalised(k: int, sent: int) -> bool:
        return 0 <= k < len(tokens) and tokens[k].sent == sent and tokens[k].is_word and tokens[k].is_capitalized

    found: dict[tuple[str, ...], list[int]] = {}
    k = 0
    while k < len(tokens):
        if not capitalised(k, tokens[k].sent):
            k += 1
            continue
        j = k
        while capitalised(j + 1, tokens[k].sent):
            j += 1
        if 2 <= j - k + 1 <= _MAX_WHOLE_RUN:
            found.setdefault(tuple(t.text for t in tokens[k:j + 1]), []).append(k)
        k = j + 1
    return found


def _named_places(tokens: list[Token], lex: Lexicon) -> set[tuple[str, ...]]:
    """Runs of two or three capitalised words after a word that takes a name (``Desa``,
    ``Kecamatan``, ``Universitas``) and before a lowercase word or a stop, with no word of a
    person the tagger marked, nor before a verb: the name of a place or a body as the
    article writes it whole. Only after a lowercase word (``dari``, ``warga``), not inside a
    title (Kepala ``Desa`` Sukamaju Budi mengatakan; Kepala Dinas … ``Kabupaten`` Sumba
    Timur Marthen Ndapa yang …), where the run may end in the holder's name."""
    found: set[tuple[str, ...]] = set()
    for i, t in enumerate(tokens[:-1]):
        before = tokens[i - 1] if i > 0 else None
        if t.lower not in lex.name_heads or before is None or before.sent != t.sent or not before.is_word \
                or before.is_capitalized or _is_title_word(before, lex):
            continue
        run = _capitalized_run(tokens, i + 1, _MAX_PLACE_WORDS + 1)
        if not 2 <= len(run) <= _MAX_PLACE_WORDS or run[0].sent != t.sent:
            continue
        nxt = tokens[run[-1].i + 1] if run[-1].i + 1 < len(tokens) else None
        if nxt is not None and nxt.is_word and (_looks_like_a_verb(nxt) or lex.is_direct_cue(nxt.text)):
            continue  # warga Dusun Krajan Budi Santoso mengatakan …: the run may end in a name
        if any(x.ner.endswith("-PER") for x in run) or any(_is_title_word(x, lex) for x in run):
            continue
        found.add(tuple(x.text for x in run))
    return found


_MAX_BODY_WORDS = 5  # words of a body's name a short form is made of
_MIN_SYLLABLE, _MAX_SYLLABLE = 2, 5  # letters each word gives a short form (Kom-pol-nas, Ba-was-lu, Kemen-kes)


def _body_short_forms(tokens: list[Token], lex: Lexicon) -> set[str]:
    """The capitalised words of the article (not in capitals) made of a piece of each word
    of a body's name it writes in full, in turn, the first opening the name (Kompolnas:
    Komisi Kepolisian Nasional; Kemenkes: Kementerian Kesehatan): see ``_DocumentWords``."""
    names = set()
    for i, t in enumerate(tokens):
        if t.is_capitalized and t.lower in lex.organization_heads:
            run = [x for x in _capitalized_run(tokens, i, _MAX_BODY_WORDS) if x.sent == t.sent]
            # Every run from the head on: the name may run into a holder's (… Nasional Yusuf).
            names.update(tuple(x.lower for x in run[:n]) for n in range(2, len(run) + 1))
    if not names:
        return set()
    # Not a word of such a name, nor one running text writes in lowercase, here or in the
    # NER data, nor a person's or a place's (Keuangan, Kota, Saat, Dita, Bali).
    taken = {w for name in names for w in name} | {t.lower for t in tokens if t.is_word and not t.is_capitalized}
    candidates = {t.text for t in tokens if t.is_capitalized and t.is_word and t.text.isalpha()
                  and not t.text.isupper() and len(t.text) >= 2 * _MIN_SYLLABLE and t.lower not in taken
                  and t.lower not in lex.common_words and t.lower not in lex.address_openers
                  and not lex.is_person_word(t.text) and not lex.is_place_word(t.text)}
    return {w for w in candidates if any(_short_form_of(w.lower(), name) for name in names)}


def _bracketed_bodies(tokens: list[Token], lex: Lexicon, cued: set[str], tagged_persons: set[str]) -> set[str]:
    """The words written as a name is, a capital and then lowercase letters only (not
    ``acronyms``, nor SAFEnet), that the article writes alone in brackets right after a run
    of capitalised words opening with a body's head word (Badan Legislasi (Baleg)): see
    ``_DocumentWords`` (``cued``, ``tagged_persons``: its fields)."""
    found = set()
    for k in range(1, len(tokens) - 2):
        inner = tokens[k + 1]
        if tokens[k].text != "(" or tokens[k + 2].text != ")" or not inner.is_word or not inner.is_capitalized \
                or not (inner.text.isalpha() and inner.text[1:].islower()) or not tokens[k - 1].is_capitalized:
            continue
        j = k - 1
        while j > 0 and k - j < _MAX_BODY_WORDS and tokens[j - 1].is_capitalized and tokens[j - 1].sent == inner.sent:
            j -= 1
        if any(t.lower in lex.organization_heads for t in tokens[j:k]) and inner.lower not in lex.organization_heads \
                and not _person_name_before_bracket(tokens, k, lex, cued, tagged_persons):
            found.add(inner.text)
    return found | _bodies_set_off_by_their_role(tokens, lex)


_MAX_ROLE_NOUN_WORDS = 2  # pengelola (platform belanja) Tokoraya: lowercase words between the role noun and the name


def _bodies_set_off_by_their_role(tokens: list[Token], lex: Lexicon) -> set[str]:
    """The one word written as a name is (a capital, then lowercase letters only) that the
    article gives a body in an apposition after its name, a body's role noun opening it
    (``PT Sinar Dagang Nusantara, pengelola Tokoraya, …``, ``…, operator aplikasi
    Tokoraya``; ``body_role_nouns``): what that body runs, its brand, which it speaks as
    and which a title runs into before a holder's name (``Manajer Humas Tokoraya Benny
    …``), never a name, as a short form in brackets is not."""
    found = set()
    for k in range(2, len(tokens) - 1):
        if tokens[k].lower not in lex.body_role_nouns or tokens[k].is_capitalized \
                or tokens[k - 1].text != "," or not tokens[k - 2].is_capitalized:
            continue
        j = k - 2
        while j > 0 and k - j <= _MAX_BODY_WORDS and tokens[j - 1].is_capitalized \
                and tokens[j - 1].sent == tokens[k].sent:
            j -= 1
        if tokens[j].lower not in lex.organization_heads:
            continue  # (Budi Santoso, pengelola Tokoraya: a person runs it, no body's apposition)
        n = k + 1
        while n < len(tokens) and n - k <= _MAX_ROLE_NOUN_WORDS and tokens[n].is_word \
                and not tokens[n].is_capitalized:
            n += 1
        if n + 1 >= len(tokens):
            continue
        brand, after = tokens[n], tokens[n + 1]
        if brand.is_word and brand.is_capitalized and brand.text.isalpha() and brand.text[1:].islower() \
                and not after.is_capitalized and brand.lower not in lex.organization_heads \
                and not lex.is_person_word(brand.text):
            found.add(brand.text)
    return found


def _person_name_before_bracket(tokens: list[Token], k: int, lex: Lexicon, cued: set[str],
                                tagged_persons: set[str]) -> bool:
    """Whether the run before the bracket at ``k`` ends in a person's name, the bracketed
    word that person's short name (Ketua … Yayasan Lembaga Konsumen Indonesia Tulus Abadi
    (Tulus) … kata Tulus): the tagger marks the word before the bracket a person's, or the
    bracketed word is one of the run's last two words and the article writes it alone
    after a cue or the tagger marks it a person's elsewhere (``cued``, ``tagged_persons``:
    ``_DocumentWords``'s)."""
    inner = tokens[k + 1]
    if tokens[k - 1].ner.endswith("-PER"):
        return True
    if k >= 2 and tokens[k - 2].text == inner.text and tokens[k - 1].is_word and tokens[k - 1].is_capitalized \
            and tokens[k - 1].sent == inner.sent and not lex.is_place_or_organization_word(tokens[k - 1].text):
        # Tegar Santosa (Tegar): a given name and a family name, the given name in
        # brackets; a body's short form is never the word before its name's last.
        return True
    if inner.text not in {t.text for t in tokens[max(0, k - 2):k]}:
        return False
    if inner.text in cued:
        return True  # never the bracketed word itself, after "(", no cue
    if inner.text not in tagged_persons:
        return False
    # Tagged somewhere: elsewhere too, where the tagger marks the bracketed word itself.
    return not inner.ner.endswith("-PER") or any(
        t.text == inner.text and t.ner.endswith("-PER") for i, t in enumerate(tokens) if i != k + 1)


def _short_form_of(word: str, name: tuple[str, ...]) -> bool:
    """Whether ``word`` is a piece of each word of ``name`` in turn, all of them used: a
    prefix of the first, a part of each after it; of a name of two words, pieces of three
    letters or more (Din-kes, not Di-ta of Dinas Pariwisata)."""
    if len(name) < 2 or word == name[0]:
        return False  # one word alone, or the name's own first word, is no short form of it
    shortest = _MIN_SYLLABLE + (len(name) == 2)

    def pieces(rest: str, k: int) -> bool:
        if k == len(name):
            return not rest
        for n in range(shortest, min(len(rest), _MAX_SYLLABLE) + 1):
            piece = rest[:n]
            if (name[k].startswith(piece) if k == 0 else piece in name[k]) and pieces(rest[n:], k + 1):
                return True
        return False

    return pieces(word, 0)


def _article_words(lex: Lexicon) -> _DocumentWords:
    """The word index of the document being parsed (see ``_doc_tokens``)."""
    return _document_words(_doc_tokens.get() or [], lex)

_TRIM = frozenset(",.;:!?()[]—–-\"“”‘’'«»")
DEMONSTRATIVES = frozenset({"itu", "tersebut", "ini"})
_PERSON_STARTS = frozenset({"B-PER", "S-PER"})  # the tags that open a person's name
ENCLITIC = "nya"  # gurunya, pidatonya: the noun with its owner
NOUN_STEM = 3  # pidatonya, putusannya: a noun of three letters or more before -nya
# Particles after a subject: Mantan Gubernur DKI itu ``pun``, Menteri Cho ``juga``.
_PARTICLES = frozenset({"pun", "juga", "sendiri"})
_ROUND_BRACKETS = frozenset({"(", ")"})  # around a short form inside a name: Universitas Gadjah Mada (UGM)
# The conjunctions that close a list (Politik, Hukum, ``dan`` Keamanan).
LIST_CONJUNCTIONS = frozenset({"dan", "serta"})
# The word that opens a relative clause (Pemain ``yang`` akrab disapa …).
RELATIVE_MARKERS = frozenset({"yang"})
# Indonesian's one word for the agent of a passive (dibantah ``oleh`` Moon): grammar, not vocabulary.
AGENT_MARKER = "oleh"
_TRAILING_WORDS = DEMONSTRATIVES | _PARTICLES
MAX_AGE = 120  # (23), , 39, is an age; 2024 a year


@dataclass
class Mention:
    start: int
    end: int
    text: str
    name: str | None = None  # the name as written here (Cho, Menteri Cho -> Cho)
    role: str | None = None  # the role given in this mention
    kind: str = "person"
    pronoun: bool = False
    description: bool = False  # a role without a name: politisi Partai Hanura itu, Presiden
    demonstrative: bool = False  # a description pointing back: Mantan Gubernur DKI itu
    indefinite: bool = False  # someone the article leaves unnamed: seorang pejabat senior, keluarga Rehan
    name_start: int | None = None
    name_end: int | None = None
    co_mentions: list["Mention"] = field(default_factory=list)


def _strip(tokens: list[Token], lex: Lexicon) -> list[Token]:
    a, b = 0, len(tokens)
    while a < b and (tokens[a].text in _TRIM or tokens[a].lower in lex.subject_adverbs):
        a += 1
    while b > a and (tokens[b - 1].text in _TRIM or tokens[b - 1].lower in _TRAILING_WORDS):
        if tokens[b - 1].text == ")" and any(t.text == "(" for t in tokens[a:b - 1]):
            break  # the end of an acronym: Badan Riset Nasional (BRN)
        b -= 1
        if tokens[b].lower in DEMONSTRATIVES and b - 1 > a and tokens[b - 1].lower in lex.role_time_words:
            b -= 1  # Ketua ASEAN tahun ini: the time the role is held, all of it
    return tokens[a:b]


def _span_text(doc: Document, tokens: list[Token]) -> str:
    return doc.text[tokens[0].start:tokens[-1].end]


def _opens_with_title(words: list[Token], lex: Lexicon) -> bool:
    """A title word first, or a title head after its modifiers (Regional Head of …)."""
    return bool(words) and (_is_title_word(words[0], lex)
                            or lex.title_head_after_modifiers([t.lower for t in words]) is not None)


def _is_title_word(tok: Token, lex: Lexicon) -> bool:
    return tok.lower in lex.title_heads or tok.lower in lex.abbreviated_titles or tok.lower in lex.honorifics


is_title_word = _is_title_word  # for the sieves


def _not_a_name(tok: Token, lex: Lexicon) -> bool:
    low = tok.lower
    if len(tok.text) >= 2 and tok.text.isupper() and tok.text[-1] != ".":
        return True  # an acronym: KPU, NISP, HAM
    if any(c.isdigit() for c in tok.text):
        return True  # Covid-19, G20
    if tok.text in _article_words(lex).bracketed_bodies:
        return True  # Baleg, of Badan Legislasi (Baleg) in the article: the body's short form
    return low in lex.weekdays or low in lex.months or low in lex.person_pronouns or _a_connective(tok, lex) \
        or _is_time_zone(tok, lex) or lex.is_abstract_noun(low)


def _a_connective(tok: Token, lex: Lexicon) -> bool:
    """``connective_at`` for a token of the document being read (Beruntung Siregar: a
    name); by the word alone where the document's tokens are not at hand."""
    toks = _doc_tokens.get() or []
    if tok.i < len(toks) and toks[tok.i] is tok:
        return connective_at(toks, tok.i, lex)
    return tok.lower in lex.leading_connectives


def _is_time_zone(tok: Token, lex: Lexicon) -> bool:
    """``Wita`` in pukul 16.30 Wita: a time zone right after a clock time (of the document
    being parsed), never a name; the same word elsewhere may be one (Wita Lestari)."""
    if tok.lower not in lex.time_zones:
        return False
    doc_tokens = _doc_tokens.get() or []
    if not 0 < tok.i < len(doc_tokens) or doc_tokens[tok.i] is not tok:
        return False
    before = doc_tokens[tok.i - 1]
    return before.sent == tok.sent and any(c.isdigit() for c in before.text)


def _is_initials(tokens: list[Token], k: int, lex: Lexicon) -> bool:
    """Two capitals between a personal name and another name are initials, not an
    acronym: Bambang ``PS`` Brodjonegoro (but Ketua ``KPU`` Sulut)."""
    tok = tokens[k]
    return len(tok.text) == 2 and tok.text.isalpha() and tok.text.isupper() \
        and 0 < k < len(tokens) - 1 and _is_person_word(tokens[k - 1], lex) \
        and tokens[k + 1].is_capitalized and not tokens[k + 1].text.isupper()


def ends_title_phrase(tokens: list[Token], k: int, lex: Lexicon) -> bool:
    """``Agung`` in Jaksa Agung, ``Kota`` in Wali Kota: the last word of a title phrase,
    or of a body's name in one (``Agung`` in … Kejaksaan Agung Bambang): no name starts there."""
    return any(k - len(p) + 1 >= 0 and tuple(t.lower for t in tokens[k - len(p) + 1:k + 1]) == p
               for p in lex.title_phrases | lex.body_phrases)


def ends_a_place(tokens: list[Token], k: int, lex: Lexicon) -> bool:
    """``Korea``, ``Selatan``, and ``Daya`` in Papua Barat Daya (not in Sumber Daya
    Mineral): a place word, or the last word of a region's name the lexicon lists whole."""
    return lex.is_place_word(tokens[k].text) or any(
        k - len(p) + 1 >= 0 and tuple(t.lower for t in tokens[k - len(p) + 1:k + 1]) == p
        for p in lex.place_phrases)


def _ends_a_rank(tokens: list[Token], k: int, lex: Lexicon, min_words: int = 1) -> bool:
    """``Kombes`` in Kapolrestabes Medan Kombes Gidion Arif Setyawan, ``Besar`` in
    Komisaris Besar, ``Inf`` in Kolonel Inf Andi (a corps after the rank): the last
    word of a rank (of at least ``min_words`` words), after which the name starts."""
    if k > 0 and tokens[k].lower in lex.rank_qualifiers and tokens[k].is_capitalized \
            and _ends_a_rank(tokens, k - 1, lex, min_words):
        return True
    return any(len(r) >= min_words and k - len(r) + 1 >= 0
               and tuple(t.lower for t in tokens[k - len(r) + 1:k + 1]) == r for r in lex.ranks)


def is_single_initial(tok: Token) -> bool:
    return len(tok.text) == 1 and tok.text.isupper() or len(tok.text) == 2 and tok.text[0].isupper() and tok.text[1] == "."


def initial_opens_name(tokens: list[Token], k: int, lex: Lexicon) -> bool:
    """Whether the single initial ``tokens[k]`` opens the name after it (I Wayan Koster,
    M Yusuf); a Roman numeral after a capitalised word is that body's (Komisi I, Kodam V,
    Komisi I Teuku …) unless a Balinese name opens after it (DPR I Ketut …)."""
    if not is_single_initial(tokens[k]) or k + 1 >= len(tokens):
        return False
    if tokens[k + 1].lower in lex.names_after_initial:
        return True
    if _letters_a_body(tokens, k, lex):
        return False  # Komisi B Sutrisno: the commission's letter
    return not (k > 0 and tokens[k - 1].is_capitalized and tokens[k].text in _ROMAN_NUMERAL_LETTERS)


# A single capital that may be a body's numeral (Komisi I, Kodam V, Polda X).
_ROMAN_NUMERAL_LETTERS = frozenset("IVX")


def trim_person_span(doc: Document, tokens: list[Token], lex: Lexicon) -> int:
    """Index of the first word of the personal name inside a span a tagger marked PER:
    taggers often take the title in (``Menteri Luar Negeri Korea Selatan Cho Tae-yul``,
    ``Menteri Cho``). Leading title, place and organisation words and acronyms are the
    role; ``len(tokens)`` when nothing of a name is left (``Rusia`` tagged PER)."""
    _doc_tokens.set(doc.tokens)
    k = 0
    while k < len(tokens):
        t = tokens[k]
        if k == 0 and len(tokens) > 1 and _given_name_like_a_title(doc, t, lex):
            break
        if k == 0 and len(tokens) > 1 and _noun_opening_the_sentence(doc, t, lex):
            k += 1
            continue
        if not t.is_capitalized or _is_title_word(t, lex) or _not_a_name(t, lex) or _honorific(t, lex) \
                or (k + 1 < len(tokens) and _opening_description(t, lex)) \
                or t.lower in lex.document_heads or _passive_speech_verb(t, lex) \
                or lex.is_place_or_organization_word(t.text) or t.lower in lex.organization_heads \
                or (t.lower in lex.rank_qualifiers and k + 1 < len(tokens)) \
                or _modifies_a_title(tokens, k, lex):  # Kapten Inf Andi; Chief Executive Officer X
            k += 1
            continue
        break
    # Kapolsek Gayamsari Kompol Suharto, tagged whole: a rank inside the span ends the
    # role, whatever the place before it, and the name starts after it; not a one-word
    # rank that names also have (Federico Mayor Zaragoza, Laksamana Sukardi), though a
    # rank of two words ends on a name's word too (Tan Sri Muhyiddin).
    # The rank may also end on the first word left after the title words (Laksamana Muda
    # Ramon …: laksamana is a title word too, muda only a rank's).
    rank = next((j for j in range(len(tokens) - 2, max(k - 1, 0), -1)
                 if tokens[j].is_capitalized and tokens[j + 1].is_capitalized and _ends_a_rank(tokens, j, lex)
                 and (not lex.is_person_word(tokens[j].text) or _ends_a_rank(tokens, j, lex, min_words=2))), None)
    if rank is not None:
        return rank + 1
    k = _past_conferred_honorifics(doc.tokens, tokens, k, lex)
    # Borneo FC Rizky, tagged whole: an acronym inside the span after words no name has
    # (a club's, a firm's) ends the body the person belongs to; the name follows it. Not
    # initials between names (Bambang PS Brodjonegoro).
    body = next((j for j in range(len(tokens) - 2, k, -1)
                 if _is_acronym(tokens[j]) and not _is_initials(tokens, j, lex) and tokens[j + 1].is_capitalized
                 and not _is_acronym(tokens[j + 1])
                 and not any(_is_person_word(t, lex) for t in tokens[k:j])), None)
    return k if body is None else body + 1


def _modifies_a_title(tokens: list[Token], k: int, lex: Lexicon) -> bool:
    """Whether ``tokens[k]`` is a word that modifies the title after it (``Executive`` of
    ``Chief Executive Officer``, ``Senior`` of ``Senior Vice President``): part of the
    role, never of a name, where a title word or another such word follows."""
    if k + 1 >= len(tokens):
        return False
    if tokens[k].lower in lex.title_modifiers \
            and (_is_title_word(tokens[k + 1], lex) or tokens[k + 1].lower in lex.title_modifiers):
        return True
    # Chief Operating Officer, Chief Marketing Officer: a capitalised word between an
    # English title's first word and the word that closes it is the title's field, whatever
    # it is (not Health of Sisca Wiguno, Health Officer: no title opens it).
    return k > 0 and tokens[k].is_capitalized and tokens[k - 1].lower in lex.head_final_titles \
        and tokens[k + 1].lower in lex.head_final_titles and tokens[k - 1].sent == tokens[k + 1].sent


def _past_conferred_honorifics(doc_tokens: list[Token], tokens: list[Token], k: int, lex: Lexicon) -> int:
    """On from ``tokens[k]`` past the conferred honorifics the name opens with, or that
    began before the span a tagger marked (Dato' ``Sri Ahmad Fauzi``, ``Dato' Ahmad``,
    ``Tan Sri Dato' Sri`` …): how the person is addressed; one name word stays."""
    while k < len(tokens) - 1 and tokens[k].is_capitalized:
        i = tokens[k].i
        end = max((s + len(c) for c in lex.conferred_honorifics for s in range(max(0, i - len(c) + 1), i + 1)
                   if tuple(t.lower for t in doc_tokens[s:s + len(c)]) == c
                   and all(t.is_capitalized for t in doc_tokens[s:s + len(c)])), default=None)
        if end is None or end - tokens[0].i >= len(tokens):
            break
        k = end - tokens[0].i
    return k


_MIN_BODY_ACRONYM = 3  # KAI, BRI, PLN: shorter capitals are as often a person's initials


def _acronym_and_word_written_together(tokens: list[Token], lex: Lexicon) -> bool:
    """``KAI Commuter``, ``BRI Agro``: an acronym of three letters or more that no one is
    known by (not JK, SBY), then one capitalised word in lower case after its first letter
    that no personal name is known to have, where the article writes that word nowhere but
    right after the acronym: one body's name, written whole throughout. Not ``BNPB Doni``
    where Doni is a given name, nor a word the article writes alone (``kata Doni``)."""
    if len(tokens) != 2:
        return False
    acr, word = tokens
    if not (acr.text.isupper() and acr.text.isalpha() and len(acr.text) >= _MIN_BODY_ACRONYM) \
            or acr.lower in lex.person_aliases or acr.text in _article_words(lex).initials:
        return False
    if not (word.is_capitalized and word.text[1:].islower() and word.text.isalpha()) \
            or lex.is_person_word(word.text) or word.lower in lex.title_heads:
        return False
    toks = _article_words(lex).tokens
    uses = [k for k, t in enumerate(toks) if t.text == word.text]
    return bool(uses) and all(k > 0 and toks[k - 1].text == acr.text for k in uses)


def _is_acronym(tok: Token, digits: bool = False) -> bool:
    """KPU, NISP, FC: two capitals or more, no full stop; with ``digits``, also with
    digits among them after a capital first (P2G, BP2MI)."""
    text = tok.text
    if digits:
        return text.isalnum() and text.isupper() and text[0].isalpha() and sum(c.isalpha() for c in text) >= 2
    return len(text) >= 2 and text.isupper() and text.isalpha()


def _passive_speech_verb(tok: Token, lex: Lexicon) -> bool:
    """``Diakui`` in Diakui Nurul, …: a sentence-opening passive cue the tagger takes
    into the name of its agent; no name starts with one."""
    return tok.lower in lex.passive_cues or tok.lower in lex.agentless_passives


def _given_name_like_a_title(doc: Document, tok: Token, lex: Lexicon) -> bool:
    """A title word opening a name set off by a comma (Kepala BPS Maluku, ``Imam`` Fauzi
    Lubis) that the article goes on to use alone as the person's name, tagged so and
    after a cue (ujar Imam): a given name, not the title (an imam)."""
    return tok.i > 0 and doc.tokens[tok.i - 1].text == "," and _is_title_word(tok, lex) \
        and tok.text in _article_words(lex).cued \
        and any(t.text == tok.text and t.ner == "S-PER" for t in doc.tokens)


def _noun_opening_the_sentence(doc: Document, tok: Token, lex: Lexicon) -> bool:
    """A common noun capitalised only because it opens the sentence, which a tagger runs
    into the name after it (``Gol`` Bahrain berawal …, ``Tendangan`` Marselino membentur
    …): what is told of the person or the team, no part of a name. Not a given name that
    is a common word too (Indah Permatasari), nor a word the article uses as a name
    elsewhere (kata Bunga; a name tagged inside a sentence)."""
    if tok.lower not in lex.common_words or tok.lower in lex.given_names_like_common_words \
            or lex.is_person_word(tok.text) or not opens_sentence(doc, tok):
        return False
    if tok.text in _document_words(doc.tokens, lex).cued:
        return False
    return not any(t.text == tok.text and t.ner.endswith("-PER") and not opens_sentence(doc, t)
                   for t in doc.tokens if t.i != tok.i)


def _honorific(tok: Token, lex: Lexicon) -> bool:
    """Pak, Bu, Drs, and H. or Hj. written with their full stop; an abbreviated one
    (Ny., Dr. Eng.) with its full stop right after it in the document being parsed."""
    if tok.lower in lex.honorifics or (tok.text.endswith(".") and tok.lower[:-1] in lex.honorific_abbreviations):
        return True
    if tok.lower not in lex.honorific_abbreviations:
        return False
    doc_tokens = _doc_tokens.get() or []
    return 0 <= tok.i < len(doc_tokens) - 1 and doc_tokens[tok.i] is tok \
        and doc_tokens[tok.i + 1].text == "." and doc_tokens[tok.i + 1].start == tok.end


is_honorific = _honorific  # for the entity index


def back_over_honorifics(tokens: list[Token], k: int, lex: Lexicon) -> int:
    """Back from a name starting at ``k`` over the honorifics written before it, with
    their full stops: Prof. Dr. Syamsul, H. Rahmat, KH. Abdul, dr Debie."""
    while k > 0 and tokens[k - 1].sent == tokens[k].sent and (
            _honorific(tokens[k - 1], lex)
            or (tokens[k - 1].text == "." and k > 1 and (tokens[k - 2].lower in lex.honorifics
                                                        or tokens[k - 2].lower in lex.honorific_abbreviations))):
        k -= 1
    return k


def short_name_in_brackets_ending(tokens: list[Token], m: int) -> int:
    """How many words a body's short name of two words or more runs ending right before
    ``tokens[m]``, where the article gives that short name in brackets elsewhere (Kepala
    BP Haji KH Nama, after Badan Penyelenggara Haji (BP Haji): an honorific's word, Haji,
    closes the body's name there, and the role runs on over it); 0 if none."""
    if m < 2:
        return 0
    best = 0
    for b, end in _bracketed_short_names(tokens).get(tokens[m - 1].lower, ()):
        if b == m - 1 or (b < m <= end):
            continue
        n = end - b - 1
        j = m - n
        if j >= 0 and all(tokens[j + i].sent == tokens[m - 1].sent for i in range(n)) \
                and [x.lower for x in tokens[j:m]] == [x.lower for x in tokens[b + 1:end]]:
            best = max(best, n)
    return best


_brackets_cache: ContextVar[tuple[list[Token], dict[str, list[tuple[int, int]]]] | None] = \
    ContextVar("_brackets_cache", default=None)


def _bracketed_short_names(tokens: list[Token]) -> dict[str, list[tuple[int, int]]]:
    """The article's bracketed short names of two words or more, as (``(``, ``)``) indices
    in order, by their last word lowercased; built once a document (a name's walk back
    asks at each honorific it steps over)."""
    cached = _brackets_cache.get()
    if cached is not None and cached[0] is tokens:
        return cached[1]
    spans: dict[str, list[tuple[int, int]]] = {}
    for b, t in enumerate(tokens):
        if t.text != "(":
            continue
        end = bracketed_name_end(tokens, b, len(tokens))
        if end is not None and end - b >= 3:
            spans.setdefault(tokens[end - 1].lower, []).append((b, end))
    _brackets_cache.set((tokens, spans))
    return spans


def _dotted(tok: Token, stop: Token, nxt: Token, lex: Lexicon) -> bool:
    """Whether the full stop ``stop`` after ``tok`` belongs to a name, with ``nxt`` after
    it: a given name cut short (Moch.), an honorific (Drs.), a degree's letter (M.Si.),
    or a piece of a degree written on (Sp.A), a title written short (Pj. Wali Kota); not
    the end of the sentence (ujar PT. PT …; Kadispen TNI AL. Peralatan …)."""
    return tok.lower in lex.name_abbreviations or tok.lower in lex.honorific_abbreviations or len(tok.text) == 1 \
        or tok.lower in lex.title_abbreviations \
        or (len(tok.text) <= 2 and nxt.start == stop.end)


def is_degree(words: list[Token], lex: Lexicon) -> bool:
    """Words that spell an academic degree (M.Si., S.E., Sp.A, SH, SpA, MKes, SpKJ(K))."""
    if len(words) > 3 and words[-3].text == "(" and words[-1].text == ")" and words[-2].text.isupper() \
            and len(words[-2].text) <= 2:
        words = words[:-3]  # SpKJ(K), Sp.PD(KV): a consultant's mark after a specialist's degree
    spelt = "".join(t.text for t in words if t.text != ".")
    # S.E., SH, SpA, MKes: full stops, capitals only, or a capital inside the word; not
    # the name Ma.
    written_as_one = any(t.text == "." for t in words) or spelt.isupper() \
        or any(c.isupper() for c in spelt[1:])
    return bool(spelt) and written_as_one and (spelt.lower() in lex.academic_degrees or _degree_shaped(words)) \
        and all(t.text == "." or t.text[:1].isupper() for t in words)


def _degree_shaped(words: list[Token]) -> bool:
    """Words shaped like a degree not in the list: one to three letters, the first a
    capital, a full stop written on, then letters (a hyphen between), with perhaps a
    closing full stop (M.Epid., S.Kar., Sp.PD-KPTI, M.Hum), or a third piece after a
    second stop (S.Kom.I., M.Pd.K.): a name never has a full stop inside a word."""
    if words and words[-1].text == ".":
        words = words[:-1]
    if len(words) not in (3, 5) or any(words[j].text != "." for j in range(1, len(words), 2)) \
            or any(words[j].start != words[j - 1].end for j in range(1, len(words))):
        return False
    head, rests = words[0].text, [words[j].text for j in range(2, len(words), 2)]
    # each piece after a stop short (Epid, Kar) or in capitals (PD-KPTI): not a name run on (M.Hidayat)
    return 1 <= len(head) <= 3 and head.isalpha() and head[0].isupper() and all(
        rest[:1].isupper() and all(part.isalpha() and (len(part) <= 4 or part.isupper()) for part in rest.split("-"))
        for rest in rests)


_MAX_DEGREE_TOKENS = 8  # M . Kes . ; Sp . THT-KL; Sp . A ( K ), with a consultant's mark
_CLAUSE_BREAKS = frozenset({",", ":", ";", "—", "–"})  # what sets off the pieces of a subject


def set_off_degree_end(words: list[Token], first: int, after_a_name: bool, lex: Lexicon) -> int | None:
    """Where a degree written from ``first`` on, after a comma, ends: the index after its
    last token, the longest spelling that is a degree (Sp.PK, M.T., Ph.D, MPH, Sp.A (K));
    None where none is. It ends the words or is set off by another comma or a dash (a
    piece of its own, however spaced), or, after a name and written as one with full
    stops, runs into a lowercase word (``…, M.T. dalam keterangan pers``), not into a
    capitalised one (``…, MA Hidayat``)."""
    stops = range(first + 1, min(first + _MAX_DEGREE_TOKENS, len(words)) + 1)
    set_off = [e for e in stops if (e == len(words) or words[e].text in _CLAUSE_BREAKS)
               and is_degree(words[first:e], lex)]
    if set_off or not after_a_name:
        return set_off[-1] if set_off else None
    end = None
    for e in stops:
        if any(words[j].start != words[j - 1].end for j in range(first + 1, e)):
            break
        if is_degree(words[first:e], lex):
            end = e
    dotted = end is not None and any(t.text == "." for t in words[first:end])
    return end if dotted and words[end].is_word and not words[end].is_capitalized else None


def set_off_degrees_after(words: list[Token], comma: int, after_a_name: bool, lex: Lexicon) -> list[tuple[int, int]]:
    """The degrees that commas set off one after another from the comma at ``comma`` on
    (``Rina, Sp.A, M.Kes,``; ``Budi (45), S.H.,``): (first, end) of each in ``words``, in
    turn, each ending where the next comma opens another (see ``set_off_degree_end``;
    ``after_a_name``: the comma comes right after a capitalised word); none where no
    degree follows the comma."""
    spans: list[tuple[int, int]] = []
    while comma < len(words) and words[comma].text == ",":
        end = set_off_degree_end(words, comma + 1, after_a_name, lex)
        if end is None:
            break
        spans.append((comma + 1, end))
        comma = end
    return spans


def without_set_off_degrees(words: list[Token], lex: Lexicon, after_a_name: bool = False) -> list[Token]:
    """The words without the degrees a comma sets off (``Siti Lubis, Sp.PK``, ``Budi (45),
    S.H.,``, ``Surya Atmaja, M.T. dalam …``, ``Rina, Sp.A, M.Kes,``): they decorate the
    name, say nothing of who speaks, and never end the subject nor a mention.
    ``after_a_name``: the words come right after a name, so a comma opening them may set
    off a degree too (the words between a name and its nickname's marker: ``, SpA, yang
    di media sosial dikenal sebagai``)."""
    out: list[Token] = []
    k = 0
    while k < len(words):
        t = words[k]
        degrees = set_off_degrees_after(words, k, out[-1].is_word and out[-1].is_capitalized if out else True, lex) \
            if t.text == "," and (out or after_a_name) else []
        if degrees:
            k = degrees[-1][1]
            continue
        out.append(t)
        k += 1
    return out


def _back_over_short_given_name(tokens: list[Token], k: int, lex: Lexicon) -> int:
    """Back from a name starting at ``k`` over a given name written short (Moch. Arif Rahman),
    and over the given name before one written inside a name (Samsul Hi. Ahmad)."""
    while k > 1 and tokens[k - 1].text == "." and tokens[k - 2].lower in lex.name_abbreviations:
        k -= 2
        if tokens[k].lower in lex.inner_name_abbreviations and k > 0 and tokens[k - 1].is_capitalized \
                and tokens[k - 1].is_word and tokens[k - 1].sent == tokens[k].sent \
                and not _is_title_word(tokens[k - 1], lex) and not _not_a_name(tokens[k - 1], lex):
            k -= 1
    return k


back_over_short_given_name = _back_over_short_given_name  # for the entity index


def is_stop_inside_name(tokens: list[Token], k: int, lex: Lexicon) -> bool:
    """Whether the full stop at ``k`` closes a given name or an honorific written short
    before the rest of a name (Moh. Tohir, H. Rahmat, KH. Abdul): no sentence end, and
    the capitalised run of the name goes on over it."""
    return tokens[k].text == "." and 0 < k < len(tokens) - 1 and tokens[k - 1].end == tokens[k].start \
        and (tokens[k - 1].lower in lex.name_abbreviations or tokens[k - 1].lower in lex.honorific_abbreviations) \
        and tokens[k - 1].is_capitalized and tokens[k + 1].is_capitalized and tokens[k + 1].sent == tokens[k].sent


def _past_honorifics_from(tokens: list[Token], k: int, end: int, lex: Lexicon, written: bool = False) -> int:
    """On from ``k`` past the honorifics opening a name, written with or without their
    full stops (dr. Rina, Prof. Dr. Budi, Bu Warsih, Ny . Sari), keeping one word before
    ``end``; with ``written``, only those whose token ends in its full stop (H. Sutrisno,
    Hj. Aminah: Haji, Hajjah), as a tagger takes them into a name."""
    while end - k > 1:
        if written:
            if not (tokens[k].text.endswith(".") and _honorific(tokens[k], lex)):
                break
        elif not (_honorific(tokens[k], lex)
                  or (tokens[k + 1].text == "." and tokens[k].lower in lex.honorific_abbreviations)):
            break
        k += 1
        if not written and end - k > 1 and tokens[k].text == ".":
            k += 1
    return k


def _tagged_surname(tokens: list[Token], k: int, lex: Lexicon) -> bool:
    """A title word the tagger marks as the end of a person's name begun on a word that is
    no title (Rizal Hakim, Budi Jaksa): a surname, not the title of the name after it;
    not after a word that modifies a title (Chief Executive Officer, tagged from Executive),
    nor an honorific, which opens the name after it (Ketua MUI Sumbar Buya Rahmat, tagged
    from MUI: Buya is how Rahmat is addressed, no one's surname)."""
    return tokens[k].ner in ("E-PER", "I-PER") and k > 0 and tokens[k - 1].ner in ("B-PER", "I-PER") \
        and tokens[k].lower not in lex.honorifics \
        and tokens[k - 1].is_capitalized and not _is_title_word(tokens[k - 1], lex) \
        and not _modifies_a_title(tokens, k - 1, lex)


_MAX_WORDS_AFTER_SHORT_NAME = 2  # Tegar Santosa (Tegar), Tegar Budi Santosa (Tegar)


def _name_before_its_bracketed_short_name(tokens: list[Token], lex: Lexicon) -> tuple[int, int] | None:
    """The name closing ``tokens`` where a word in brackets after it, the last thing in
    them, is that name's first word (Ketua Lembaga Pemerhati Pangan Tegar Santosa (Tegar)):
    the name runs from that word to the bracket, whatever the title's words before it;
    None where the bracket holds no word of the run before it (Badan Legislasi (Baleg))."""
    n = len(tokens)
    if n < 5 or tokens[-3].text != "(" or tokens[-1].text != ")":
        return None
    inner, bracket = tokens[-2], n - 3
    if not (inner.is_word and inner.is_capitalized and inner.text.isalpha() and not inner.text.isupper()) \
            or inner.lower in lex.organization_heads or _is_title_word(inner, lex):
        return None
    for start in range(bracket - 1, max(bracket - 2 - _MAX_WORDS_AFTER_SHORT_NAME, -1), -1):
        if tokens[start].text == inner.text:
            after = tokens[start + 1:bracket]
            if all(t.is_word and t.is_capitalized and not _is_title_word(t, lex)
                   and not lex.is_place_or_organization_word(t.text) for t in after):
                return start, bracket
            return None
        if not tokens[start].is_capitalized:
            return None
    return None


def _capitalized_name_range(tokens: list[Token], lex: Lexicon) -> tuple[int, int] | None:
    """As ``_name_range_in_capitals``; None where the name found opens right after a firm's
    legal form (Ketua … PT | Rajut Indah Makmur): those words are the firm's own name."""
    rng = _name_range_in_capitals(tokens, lex)
    if rng is not None and rng[0] > 0 and tokens[rng[0] - 1].lower in lex.firm_prefixes \
            and tokens[rng[0] - 1].is_capitalized:
        return None
    return rng


def _name_range_in_capitals(tokens: list[Token], lex: Lexicon) -> tuple[int, int] | None:
    """The trailing run of capitalised words that are not title, place or organisation
    words. Where the tagger marked a person inside that run, the name starts there;
    tags only narrow the run, so a weak tagger cannot put a title into a name."""
    short = _name_before_its_bracketed_short_name(tokens, lex)
    if short is not None:
        return short
    end = len(tokens)
    # A name does not end in a lone capital (Komisi E) or an acronym.
    while end > 0 and (not tokens[end - 1].is_capitalized or _not_a_name(tokens[end - 1], lex)
                       or len(tokens[end - 1].text) == 1):
        end -= 1
    if end == 0 or (end >= 2 and tokens[end - 1].lower in lex.firm_name_closers
                    and tokens[end - 2].lower in lex.firm_name_joiners):
        return None  # … Lubis, Santosa & Rekan: a firm's name, no person's
    start = end
    while start > 0 and tokens[start - 1].is_capitalized \
            and (not _is_title_word(tokens[start - 1], lex) or _tagged_surname(tokens, start - 1, lex)) \
            and not ends_title_phrase(tokens, start - 1, lex) and not _ends_a_rank(tokens, start - 1, lex) \
            and tokens[start - 1].lower not in lex.organization_heads \
            and (not _not_a_name(tokens[start - 1], lex) or _is_initials(tokens, start - 1, lex)) \
            and not ends_a_place(tokens, start - 1, lex) \
            and tokens[start - 1].lower not in lex.name_heads and not _opening_description(tokens[start - 1], lex):
        start -= 1
    start = _past_honorifics_from(tokens, _back_over_short_given_name(tokens, start, lex), end, lex, written=True)
    if start < end and _letters_a_body(tokens, start, lex):
        start += 1  # Ketua Komisi B Sutrisno Hadi: the commission's letter, then the name
    if start == end or _names_a_facility(tokens, start, end, lex):
        return None
    # Direktur RSUD dr Soetomo Joni Wahyuhadi: the hospital's namesake, then the holder.
    start = past_facility_namesake(tokens, start, end, lex)
    start = _over_name_particles(tokens, start, lex)
    start = after_title_field(tokens, start, end, lex)  # Menteri Investasi dan Hilirisasi | Arief …
    # Kepala Desa Sungai Lumbo Darwis Tambunan, of "dari Desa Sungai Lumbo tidak …":
    # a place's name the article writes whole elsewhere opens the run, and the person's
    # name starts after it; alone, the run is that place (pemain Sungai Lumbo), no one.
    place = _named_place_length(tokens, start, end, lex)
    if place == end - start:
        return None
    if place:
        start += place
    # Desa Karangbenda Sakino, Puskesmas Margadana Wahidin: the word after such a head
    # names the place or body, so the person's name starts after it; alone, it is all
    # the place's name (Kepala Desa Karangbenda) and no one's, and so is all of it after
    # where someone lives (warga Kelurahan Kebon Pisang).
    elif start > 0 and tokens[start - 1].lower in lex.name_heads \
            and not place_set_off_before_title(_doc_tokens.get() or [], tokens[start - 1].i, lex):
        if end - start < 2 or (start > 1 and tokens[start - 2].lower in lex.residence_heads):
            return None
        start += 1
    elif end - start >= 2 and _past_body_field(tokens, start, end, lex) > start:
        start = _past_body_field(tokens, start, end, lex)  # Kepala Dinas Pangan | Sutrisno
    elif end - start >= 3 and _names_the_region(tokens, start, lex):
        start += 1  # Bupati Sikka Yohanes Kolo: the region, then the person
    else:
        start = _after_a_body_written_whole(tokens, start, end, lex)
    run_start = start
    # The complement of a title ends in a place or an organisation word that the
    # hand-written lexicon does not know (Bupati Sidoarjo Muhammad Iskak): cut such
    # words off the front only, since inside a name they are names (Budi Karya Sumadi).
    # After a title the whole run may go (kata Wali Kota Bogor: a description).
    if not (start > 0 and tokens[start - 1].text == ",") and not _name_opens_after_short_form(tokens, start, end, lex):
        # (After a comma the run is the appositive name itself: Kepala BPBD Garut, Satria Budi.)
        start = _skip_leading_complement(tokens, start, end, lex, keep_one=start == 0)
    # Prakirawan Stasiun Meteorologi Ahmad Yani Semarang Dewi: the facility's namesake and
    # city, then the name; alone, the run is the facility's, no one's.
    start = after_facility_namesake(tokens, start, end, lex)
    if start == end:
        return None
    if start == run_start and _object_of_a_field_noun(tokens, start, end, lex):
        # Deputi Bidang Promosi Penanaman Modal Sudarto Wiryawan: the action noun closing
        # the field takes its object (Penanaman Modal, Pengelolaan Sampah), which is no
        # part of the holder's name; the complement ends after it.
        start += 1
        run_start = start
    # Where the complement visibly ends in a place, an acronym or a rank (Korea Selatan
    # Chang Ho Jin, BNPB Doni Monardo, Kombes Gidion Arif Setyawan), or in the acronym a
    # body's name is given in brackets (… Lingkungan Hidup Indonesia (Walhi) Fransisca
    # Nadia Simanjuntak), the run after it is the name, three words and all, even where
    # a tagger marks only part of it. The end of a title phrase is no such boundary
    # (Ketua Umum | Apindo Shinta Kamdani).
    boundary = tokens[start - 1] if start > 0 else None
    after_complement = boundary is not None and start == run_start and end - start <= 3 \
        and ((boundary.is_capitalized and (_ends_a_rank(tokens, start - 1, lex) or (
            not _is_title_word(boundary, lex) and not ends_title_phrase(tokens, start - 1, lex)
            and (ends_a_place(tokens, start - 1, lex) or _not_a_name(boundary, lex)))))
             or _closes_a_short_form(tokens, start - 1, lex) or _one_word_place_after_head(tokens, start - 1, lex))
    tagged = [k for k in range(start, end) if tokens[k].ner.endswith("-PER")]
    if tagged and tokens[end - 1].ner.endswith("-PER") and not after_complement:
        first = tagged[0]
        cued = _article_words(lex).cued
        # Back over the words the tagger left out that the article names the speaker by
        # (Cucu Ahmad Kurnia ... jelas Cucu) or that are known first names; set off by a
        # comma, the run is the name itself, all but a place's or a body's words (…, Ratna
        # Sari Dewi Lubis, with Ratna Sari tagged a body).
        appositive = start > 0 and tokens[start - 1].text == ","
        # Where the tagger's name opens with the very word the article names the speaker
        # by after a cue (Kapuas Arjuna | Yudi Pranoto … kata Yudi), a given-name-like word
        # left out before it is the end of a complement of two words or more, not a first
        # name (unless it opens the run: Bupati Tangerang Arjuna Yudi Pranoto).
        given_names = not (not appositive and _complement_ends_before_cued_tag(tokens, start, first, cued, lex))
        while first > start and (tokens[first - 1].ner.endswith("-PER") or tokens[first - 1].text in cued
                                 or (given_names and _is_given_name_word(tokens[first - 1], lex))
                                 or (appositive and not lex.is_place_or_organization_word(tokens[first - 1].text))):
            first -= 1
        first = _over_name_particles(tokens, _skip_leading_complement(tokens, first, end, lex, keep_one=True,
                                                                      tagged=True), lex)
        # A tagger takes a complement's last word in too (Yayasan Sumba Hospitality
        # Radempta Bato); the article's own short form of the name says where it starts.
        reused = _name_start_by_reuse(tokens, first, end, lex)
        if reused is not None and _kept_before_reuse(tokens[first], tokens[first:reused + 1], lex):
            reused = None
        first = first if reused is None else reused
        # Rd. Hilman Fauzi, Moh. Sahrul Anam, the short given name left out of the tag: in the name.
        first = max(start, _back_over_short_given_name(tokens, first, lex))
        first = _past_honorifics_from(tokens, first, end, lex, written=True)  # the tagger took H. into H. Sutrisno
        return _from_name_prefix(tokens, start, first, lex), end
    reused = _name_start_by_reuse(tokens, start, end, lex)
    # (Untagged, words after a title before the reused one are kept only in a name written
    # with a particle, Presiden Valeria Ortiz de la Vega … kata Ortiz: a foreign name's
    # form, where the reused word is the first surname, not the first name.)
    if reused is not None and _kept_before_reuse(tokens[start], tokens[start:reused + 1], lex,
                                                 after_title=_particle_inside(tokens, reused, end, lex)):
        reused = None
    if reused is not None:
        reused = max(start, _back_over_short_given_name(tokens, reused, lex))  # Moh. Tohir … kata Tohir
        return _skip_leading_complement(tokens, reused, end, lex, keep_one=True), end
    # Long capitalised runs after a title are mostly the title's complement (Menteri
    # Pertanian Hadi Susanto, Wali Kota Bogor Arif Rahman); without a tagger to say
    # where the name starts, two words is the commonest length of a name in the news.
    # An honorific right before the run says where the name starts (Rektor X, Prof. Dr.
    # Hendra Saputra Lubis).
    # A name written with a particle (Presiden Brasil Luiz Inácio Lula da Silva) is a
    # foreign name's form: its words run back to the title or place, as the particles
    # were walked back over above, and the two-word rule does not cut it.
    # Set off by a comma after a role closing in a lowercase word, the run is the appositive
    # name itself, all its words (Kuasa hukum para nasabah, Yohanes Baptista Lamaholot, …),
    # whatever body a tagger takes it for; not after a name (sutradara Bima Aryasatya,
    # Langit Tanpa Bintang: the film's title) nor a place (Kepala BPBD Garut, …).
    # So is one the tagger opens a person's name right after the comma, whatever the role
    # closes in (kuasa hukum Rudi, Yohanes Silalahi Purba: a surname that is a common word
    # too, Purba, Bangun, which the tagger leaves out, still closes the name).
    set_off = start > 1 and tokens[start - 1].text == "," and tokens[start - 2].is_word \
        and (not tokens[start - 2].is_capitalized or tokens[start].ner in ("B-PER", "S-PER"))
    if start > 0 and end - start >= 3 and not after_complement and back_over_honorifics(tokens, start, lex) == start \
            and not _particle_inside(tokens, start, end, lex) and not set_off \
            and not _one_body_tag_after_person_noun(tokens, start, end, lex):
        two = end - 2
        if _is_initials(tokens, two, lex):
            two -= 1  # Bambang PS Brodjonegoro: initials do not count
        elif tokens[two].text == "." and tokens[two - 1].lower in lex.name_abbreviations:
            two += 1  # Camat X Samsul Hi. Ahmad: the name's two words after the abbreviation's stop
        # Known first names and a leading initial stay: Wali Kota Denpasar Ida Bagus Rai
        # Mantra, Gubernur Bali I Wayan Koster.
        while two > start and (_is_given_name_word(tokens[two - 1], lex) or is_single_initial(tokens[two - 1])):
            two -= 1
        two = max(start, _back_over_short_given_name(tokens, two, lex))
        prefixed = _from_name_prefix(tokens, start, two, lex)
        if prefixed < two:
            return prefixed, end
        start = _over_name_particles(tokens, _skip_leading_complement(tokens, max(two, start), end, lex,
                                                                      keep_one=True), lex)
    return start, end


def _name_opens_after_short_form(tokens: list[Token], start: int, end: int, lex: Lexicon) -> bool:
    """Whether the run ``tokens[start:end]`` right after the bracketed short form that
    closes a body's name (``… Guru (P2G) Iman Satriadi``) opens with the holder's first
    name: the body's name has ended at the bracket, so a word the NER data knows from
    bodies' names (Iman, a common noun too) is no complement to cut off where the tagger
    opens a person there, or takes the whole run for one name of any kind (it may read
    a person's name as a place's). A place, an acronym or a town the article names after
    the bracket is the body's branch (``(Walhi) Jawa Timur Budi``) and still the
    complement, and so is a word the tagger marks apart from the words after it
    (``(KontraS) Surabaya | Fatkhul``)."""
    if not (0 < start < end <= len(tokens) and _closes_a_short_form(tokens, start - 1, lex)):
        return False
    first, words = tokens[start], _article_words(lex)
    if _is_acronym(first) or lex.is_place_word(first.text) or first.text in words.places \
            or first.text in words.regions:
        return False
    return first.ner in _PERSON_STARTS or (
        end - start >= 2 and first.ner.startswith("B-") and tokens[end - 1].ner.startswith("E-")
        and all(t.ner.startswith("I-") for t in tokens[start + 1:end - 1]))


def _one_word_place_after_head(tokens: list[Token], k: int, lex: Lexicon) -> bool:
    """Whether ``tokens[k]``, the one word after a word that takes a name or a regional
    office's title (Kabupaten ``Kupang``, Bupati ``Sikka``), is that place's whole name: a
    place or a body's word the lexicon knows, or one the article writes alone after a
    locative (``di Kupang,``). The capitalised words after it are then the holder's name,
    all of them (Kepala Dinas … Kabupaten Kupang Stefanus Laka Tefa), not the place's
    second word and a name of two (Kepala Desa Sungai Lumbo Darwis Tambunan)."""
    if k < 1 or not tokens[k].is_capitalized or tokens[k].sent != tokens[k - 1].sent:
        return False
    if tokens[k - 1].lower not in lex.name_heads and not _names_the_region(tokens, k, lex):
        return False
    run = _capitalized_run(tokens, k + 1, _MAX_PLACE_WORDS)
    place_runs = _article_words(lex).place_runs
    if (tokens[k].text,) in place_runs:
        # Written alone after a locative (di Sikka,): the same check as the lexicon's
        # below, and not where the article knows the word and the next as one place, nor
        # where the tagger's person opens past the next word (di Kutai, …; Bupati Kutai
        # Kartanegara Edi …: the name opens at Edi, a given name, or the tagger's person).
        return not (run and (tokens[k].text, run[0].text) in place_runs) \
            and not any(t.ner in _PERSON_STARTS for t in run[1:]) \
            and not any(_is_given_name_word(t, lex) or lex.is_place_or_organization_word(t.text) for t in run)
    # Only the lexicon to go by: a proper place word (not one running text writes in
    # lowercase, Sungai, Batu, which open a place of two words), and no word after it
    # that the lexicon knows as a given name or a place's (Kabupaten Kutai | Kartanegara
    # Budi Santoso: the name opens at Budi).
    return tokens[k].lower in lex.non_person_words and tokens[k].lower not in lex.common_words \
        and not any(_is_given_name_word(t, lex) or lex.is_place_or_organization_word(t.text) for t in run)


def _one_body_tag_after_person_noun(tokens: list[Token], start: int, end: int, lex: Lexicon) -> bool:
    """The run ``tokens[start:end]`` is one name the tagger took for a body's, right after a
    lowercase noun for what a person does (produser Meilani Kartika Wiryo, sutradara …),
    with no word of a place's or a body's name in it: the person's name whole, since such
    a noun takes no body's name as its complement and the tagger's span says where the
    name starts; the two-word rule would cut its first word off into the role."""
    before = tokens[start - 1]
    if before.is_capitalized or before.lower not in lex.descriptive_role_heads:
        return False
    tags = [tokens[k].ner for k in range(start, end)]
    if tags[0] != "B-ORG" or tags[-1] != "E-ORG" or any(t != "I-ORG" for t in tags[1:-1]):
        return False
    return not any(lex.is_place_or_organization_word(t.text) or t.lower in lex.organization_heads
                   or _not_a_name(t, lex) for t in tokens[start:end])


def _complement_ends_before_cued_tag(tokens: list[Token], start: int, first: int, cued: set[str],
                                     lex: Lexicon) -> bool:
    """Whether the tagged name at ``first`` opens with a word the article writes alone
    after a cue (``kata Yudi``) and the given-name-like words the tagger left out before
    it follow another capitalised word of the run (``Kapuas Arjuna``): they close the
    title's complement. Two sources agree on where the name starts."""
    if first <= start or not tokens[first].ner.startswith(("B-", "S-")) or tokens[first].text not in cued:
        return False
    g = first
    while g > start and _is_given_name_word(tokens[g - 1], lex) and not tokens[g - 1].ner.endswith("-PER") \
            and tokens[g - 1].text not in cued:
        g -= 1
    return start < g < first


def _letters_a_body(tokens: list[Token], k: int, lex: Lexicon) -> bool:
    """Whether ``tokens[k]`` is the letter or Roman numeral of the body named right before
    it (Komisi ``B``, Komisi ``XI``; ``lettered_body_heads``), not an initial opening a
    name, as I does before a Balinese name (Komisi V DPR I Ketut …)."""
    text = tokens[k].text
    return k > 0 and tokens[k - 1].lower in lex.lettered_body_heads \
        and ((len(text) == 1 and text.isupper()) or _is_roman(text)) \
        and not (k + 1 < len(tokens) and tokens[k + 1].lower in lex.names_after_initial)


def _past_body_field(tokens: list[Token], start: int, end: int, lex: Lexicon) -> int:
    """Where the holder's name starts in ``tokens[start:end]``, the run right after a body's
    head that its field follows (Kepala Dinas ``Pangan Sutrisno``, Kepala Dinas ``Ketahanan
    Pangan Budi Santoso``; ``field_body_heads``): past the field's first word, which no
    name is, and the words after it that a field is made of (``field_words``, an abstract
    noun's shape, a place's or body's word); a word the article names a speaker by or a
    known given name opens the name, right after the head too (Kepala Dinas Indah Sari),
    and the name keeps a word."""
    def of_the_field(t: Token) -> bool:
        return t.is_capitalized and (t.lower in lex.field_words or lex.is_abstract_noun(t.text)
                                     or lex.is_place_or_organization_word(t.text))

    h = start - 1
    while h > 0 and start - h <= _MAX_FIELD_WORDS and of_the_field(tokens[h]) \
            and tokens[h].lower not in lex.field_body_heads:
        h -= 1  # Dinas Ketahanan | Pangan Sutrisno: the field began before the run
    if h < 0 or tokens[h].lower not in lex.field_body_heads or not tokens[h].is_capitalized:
        return start
    cued = _article_words(lex).cued

    def names_someone(t: Token) -> bool:
        return t.text in cued or _is_given_name_word(t, lex) or t.ner.endswith("-PER")

    if h == start - 1 and names_someone(tokens[start]):
        return start  # Kepala Dinas Indah Sari: a known given name, no field, right after the head
    k = start + 1 if h == start - 1 else start
    while k < end - 1 and not names_someone(tokens[k]) and of_the_field(tokens[k]):
        k += 1
    return k


_MAX_FIELD_WORDS = 4  # Dinas Pemberdayaan Perempuan dan Perlindungan Anak: a field's words before the run


def _object_of_a_field_noun(tokens: list[Token], start: int, end: int, lex: Lexicon) -> bool:
    """Whether ``tokens[start]``, opening the run of capitalised words after a title, is
    the object of the action noun right before it (``Modal`` of Penanaman Modal,
    ``Sampah`` of Pengelolaan Sampah): a word running text writes in lowercase that no
    tagger, cue or given-name list takes for a name, with a name still after it (two
    words, or one the tagger marks a person's)."""
    if start < 1 or end - start < 2 or not lex.is_abstract_noun(tokens[start - 1].lower) \
            or not tokens[start - 1].is_capitalized:
        return False
    tok = tokens[start]
    if not _common_word(tok, lex) or tok.ner.endswith("-PER") or _is_given_name_word(tok, lex) \
            or _is_title_word(tok, lex):
        return False
    return end - start >= 3 or tokens[start + 1].ner.endswith("-PER")


_FIELD_JOINERS = frozenset({"dan", "&"})


def after_title_field(tokens: list[Token], start: int, end: int, lex: Lexicon) -> int:
    """Where a holder's name starts in ``tokens[start:end]`` when the run opens right
    after the ``dan`` of a title's field (Wakil Menteri Investasi dan ``Hilirisasi`` Arief
    Setiabudi Rangkuti, a tagger taking Hilirisasi into the name): past the field's words
    after ``dan`` where the lexicon knows the field (``title_fields``); otherwise past the
    words before the first known given name, where the words before ``dan`` are a
    title's field, no name. ``start`` where neither says so; the name keeps a word."""
    if not 1 < start < end - 1 or tokens[start - 1].lower not in _FIELD_JOINERS \
            or not tokens[start - 2].is_capitalized:
        return start
    best = start
    for field in lex.title_fields:
        for d, w in enumerate(field):
            if w != "dan" or d >= start or start + len(field) - d - 1 >= end:
                continue
            if all(tokens[start - 1 - d + j].lower == field[j] for j in range(len(field))):
                best = max(best, start + len(field) - d - 1)
    if best > start:
        return best
    # Unknown to the lexicon: the field's words before dan run back to the title with no
    # name among them (Menteri Investasi dan …, not Ketua Panitia Budi dan …).
    k = start - 2
    while k >= 0 and tokens[k].is_capitalized and not _is_title_word(tokens[k], lex) \
            and tokens[k].lower not in lex.organization_heads:
        if tokens[k].ner.endswith("-PER") or _is_given_name_word(tokens[k], lex):
            return start
        k -= 1
    if k < 0 or not tokens[k].is_capitalized or k == start - 2:
        return start
    words = _article_words(lex)
    given = next((j for j in range(start, end - 1)
                  if _is_given_name_word(tokens[j], lex) or tokens[j].text in words.cued), None)
    return given if given is not None else start


def _after_a_body_written_whole(tokens: list[Token], start: int, end: int, lex: Lexicon) -> int:
    """Where a name starts after a body and its place (``KPU Madina`` Zulkifli Nasution,
    pelatih ``Persis Solo`` Ricardo Salvador) that the article writes elsewhere on their own
    (di kantor KPU Madina, Rabu; kalah dari Persis Solo pada …), with an acronym, a body's
    or a place's word among them: the words the run from ``start`` opens with, or that
    the acronym before it and they make. Two words at least stay the name; no word the
    article or the tagger gives as a person's closes the complement. ``start`` where none."""
    words = _article_words(lex)
    for p in range(end - 3, start - 1, -1):
        last = tokens[p]
        personal = last.ner.endswith("-PER") or last.text in words.cued or lex.is_person_word(last.text)
        for q in range(max(0, start - 2), p):
            # A word known as a person's closes no body, unless the body is a firm the
            # article writes whole with its legal form elsewhere (PT Sinar Farma | Budi
            # Santoso, of "kerja sama PT Sinar Farma dengan …"): a firm's own name follows
            # PT/CV, whatever its words; or the body's own place here (_after_its_body_here).
            firm = tokens[q].is_capitalized and tokens[q].lower in lex.firm_prefixes
            seq = tokens[q:p + 1]
            if all(t.is_word and t.is_capitalized for t in seq) \
                    and any(at > tokens[-1].i or at + len(seq) <= tokens[0].i  # elsewhere, not here
                            for at in words.whole_runs.get(tuple(t.text for t in seq), ())) \
                    and (((not personal or firm) and any(_is_acronym(t) or t.lower in lex.organization_heads
                                                         or lex.is_place_or_organization_word(t.text) for t in seq))
                         or _after_its_body_here(tokens, q, start, seq, words, lex)):
                return p + 1
    return start


def _after_its_body_here(tokens: list[Token], q: int, start: int, seq: list[Token], words: _DocumentWords,
                         lex: Lexicon) -> bool:
    """Whether ``seq``, the words opening the run at ``start``, follow the acronym or the
    head of a body right before the run (Kepala ``BBWS`` Serayu Opak Dwi Purnomo, of
    ``Balai Besar Wilayah Sungai (BBWS) Serayu Opak.`` written elsewhere): the body's
    place or name, which the article writes on its own with no person's word in it (no
    word the tagger marks a person's there, nor one written alone after a cue), whatever
    the tagger or the name lists make of its last word here (Juana, a given name too)."""
    if q != start or q == 0 or not tokens[q - 1].is_capitalized \
            or not (_is_acronym(tokens[q - 1]) or tokens[q - 1].lower in lex.organization_heads):
        return False
    doc_tokens = _doc_tokens.get() or []
    elsewhere = [at for at in words.whole_runs.get(tuple(t.text for t in seq), ())
                 if at > tokens[-1].i or at + len(seq) <= tokens[0].i]
    return bool(elsewhere) and not any(t.text in words.cued for t in seq) and all(
        not x.ner.endswith("-PER") for at in elsewhere for x in doc_tokens[at:at + len(seq)])


def _named_place_length(tokens: list[Token], start: int, end: int, lex: Lexicon) -> int:
    """How many words from ``start`` on are a place's name the article writes whole after
    a word that takes a name (``_named_places``); 0 when none is."""
    named = _article_words(lex).named_places
    return next((n for n in range(min(_MAX_PLACE_WORDS, end - start), 1, -1)
                 if tuple(t.text for t in tokens[start:start + n]) in named), 0)


def _names_a_facility(tokens: list[Token], start: int, end: int, lex: Lexicon) -> bool:
    """Whether the run from ``start`` to ``end`` is the namesake of a facility, addressed
    by an honorific after the facility's head (RSUD dr. Sutomo, Bandara H. Hasan): a
    place, whose namesake says nothing. A longer run may go on into the name of someone
    working there (Direktur RSUP Dr. Sardjito Eniarti Wulandari)."""
    return end - start <= 2 and _honorifics_after_facility_head(tokens, start, lex) > 0


def _honorifics_after_facility_head(tokens: list[Token], start: int, lex: Lexicon) -> int:
    """Where the honorifics right before ``start`` begin (``back_over_honorifics``) where a
    facility's head comes right before them (RSUD dr. Sutomo); 0 where none does."""
    k = back_over_honorifics(tokens, start, lex)
    return k if 0 < k < start and _is_facility_head(tokens[k - 1], lex) else 0


def _is_facility_head(tok: Token, lex: Lexicon) -> bool:
    """RSUD, Bandara, Lanud (``facility_heads``), with or without a full stop."""
    return tok.lower.rstrip(".") in lex.facility_heads


def past_facility_namesake(tokens: list[Token], start: int, end: int, lex: Lexicon) -> int:
    """Where the holder's name starts in a run of three words or more after a facility
    named after someone and the honorific they are addressed by (Direktur RSUD dr
    ``Soetomo Joni Wahyuhadi``, Kepala Humas RSUP Dr ``Sardjito Banu Hermawan``): at the
    first word after the namesake's first that the article names a speaker by (kata Joni);
    else the last two words, the commonest length of a name (a one-word namesake is likelier
    than a longer one), back over the known given names before them (dr Haryoto ``Lies Dina
    Liastuti``). An initial opening the namesake takes a word with it (dr M Djamil), and a
    haji's honorific the next two (RSUP H ``Adam Malik`` Zainal Safri: a pilgrim's full
    name). ``start`` where no such facility comes before the run (``_names_a_facility``
    takes a run of two words as the namesake alone)."""
    k = _honorifics_after_facility_head(tokens, start, lex) if end - start >= 3 else 0
    if not k:
        return start
    least = start + 1 + is_single_initial(tokens[start])  # (dr M Djamil: an initial opens the namesake)
    if any(t.lower.rstrip(".") in lex.haji_honorifics for t in tokens[k:start]) and end - start >= 4:
        least = start + 2  # (H Adam Malik: the namesake's full name)
    cued = _article_words(lex).cued
    holder = next((p for p in range(least, end) if tokens[p].text in cued), None)
    if holder is None:
        holder = max(end - 2, least)
    return _back_over_given_names(tokens, holder, least, lex)


def after_facility_namesake(tokens: list[Token], start: int, end: int, lex: Lexicon) -> int:
    """Where a name run from ``start`` begins after a facility named after a person and
    the city it stands in, right after the facility's head and kind (Prakirawan Stasiun
    Meteorologi ``Ahmad Yani Semarang`` Dewi, Kepala Lanud ``Adi Soemarmo Solo`` Budi):
    after the city, the holder's name; ``end`` when nothing follows the city (the facility
    alone); ``start`` when no facility's head comes before the run or no city follows."""
    if not 0 < start < end <= len(tokens):
        return start
    k = back_over_honorifics(tokens, start, lex) - 1
    kinds = 0
    while k > 0 and kinds < 2 and tokens[k].is_capitalized and tokens[k].sent == tokens[start].sent \
            and not _is_facility_head(tokens[k], lex) and lex.is_place_or_organization_word(tokens[k].text):
        k -= 1  # Stasiun Meteorologi, Rumah Sakit Umum: the facility's kind
        kinds += 1
    if k < 0 or not _is_facility_head(tokens[k], lex):
        return start
    places = _article_words(lex).places
    city = next((j for j in range(start + 1, min(end, start + 4))
                 if lex.is_place_or_organization_word(tokens[j].text) or tokens[j].text in places), None)
    if city is None or any(lex.is_place_or_organization_word(t.text) for t in tokens[start:city]):
        return start
    while city < end and (lex.is_place_or_organization_word(tokens[city].text) or tokens[city].text in places):
        city += 1
    return city


def _opening_description(tok: Token, lex: Lexicon) -> bool:
    """A word that describes someone, capitalised only because it opens the sentence
    (``Terdakwa`` Ferdiansyah sendiri membantah …, ``Saksi`` Rudi mengatakan …): no part
    of the name after it; not one that is also a name (Ganda), nor a kinship word, which
    names are made of too (Cucu Ahmad Kurnia, Putri …)."""
    return _first_in_its_sentence(tok) and tok.lower in lex.descriptive_role_heads \
        and tok.lower not in lex.relation_heads and not lex.is_person_word(tok.text)


def _first_in_its_sentence(tok: Token) -> bool:
    """Whether ``tok`` (of the document being parsed) is its sentence's first word."""
    doc_tokens = _doc_tokens.get() or []
    return tok.i == 0 or (tok.i < len(doc_tokens) and doc_tokens[tok.i - 1].sent != tok.sent)


def _kept_before_reuse(first: Token, words: list[Token], lex: Lexicon, after_title: bool = True) -> bool:
    """Whether the words of a name before the one the article reuses alone (``words``
    runs from ``first`` to that one) stay in the name: right after a comma, a country or
    (``after_title``, where a tagger marked them as a person's) a title, words the article
    never uses apart from the name are the name's (Senator Javier Ortega Salinas, Perdana
    Menteri Spanyol Javier Morales Ruiz, Uni Eropa, Elena Marquez Ortega … kata Morales),
    not a complement's (CEO Torch Ben Wirawan … Torch, produsen perlengkapan …; untagged,
    Kepala Dinkes Indramayu Deden …)."""
    doc_tokens = _doc_tokens.get() or []
    if len(words) < 2 or first.i == 0 or first.i >= len(doc_tokens):
        return False  # the reused word opens the name: nothing before it to keep
    before = doc_tokens[first.i - 1]
    if before.sent != first.sent or not ((after_title and _is_title_word(before, lex)) or before.text == ","
                                         or (before.is_capitalized and lex.is_place_word(before.text)
                                             and not _ends_a_rank(doc_tokens, first.i - 1, lex))):
        return False
    return not any(_used_apart(words[k], words[k + 1]) for k in range(len(words) - 1))


def _particle_inside(tokens: list[Token], start: int, end: int, lex: Lexicon) -> bool:
    """Whether a lowercase name particle (``de la``, ``dela``, ``van der``) stands inside
    ``tokens[start:end]``, between capitalised words."""
    return any(particle_inside_a_name(tokens, k, lex) for k in range(start + 1, end - 1))


def particle_inside_a_name(tokens: list[Token], j: int, lex: Lexicon) -> bool:
    """Whether the lowercase word at ``j`` is a particle inside a person's name (``de``,
    ``la`` of Sánchez de la Cruz, ``dela`` of Maria dela Rosa, ``da`` of Lula da Silva): a
    capitalised word before the particles and another after them, in the same sentence."""
    if tokens[j].is_capitalized or tokens[j].lower not in lex.name_particles:
        return False
    i = j
    while i > 0 and not tokens[i - 1].is_capitalized and tokens[i - 1].lower in lex.name_particles:
        i -= 1
    k = j + 1
    while k < len(tokens) and not tokens[k].is_capitalized and tokens[k].lower in lex.name_particles:
        k += 1
    return i > 0 and tokens[i - 1].is_capitalized and tokens[i - 1].is_word and k < len(tokens) \
        and tokens[k].is_capitalized and tokens[k].is_word and tokens[k].sent == tokens[j].sent == tokens[i - 1].sent


def _used_apart(word: Token, nxt: Token) -> bool:
    """Whether the article writes ``word`` somewhere without ``nxt`` after it."""
    doc_tokens = _doc_tokens.get() or []
    return any(t.text == word.text and (k + 1 >= len(doc_tokens) or doc_tokens[k + 1].text != nxt.text)
               for k, t in enumerate(doc_tokens))


def compound_name_prefix_at(tokens: list[Token], k: int, lex: Lexicon) -> int:
    """How many words from ``tokens[k]`` on are a title of two words or more that opens a
    name as one (``Anak Agung`` Gde Raka, ``Ida Bagus`` Made: lexicon
    compound_name_prefixes), capitalised in one sentence with a capitalised word after
    it; 0 where none is. Neither word alone opens a name (anak, agung)."""
    for p in lex.compound_name_prefixes:
        n = len(p)
        words = tokens[k:k + n + 1]
        if k >= 0 and len(words) == n + 1 and tuple(t.lower for t in words[:n]) == p \
                and all(t.is_word and t.is_capitalized and t.sent == words[0].sent for t in words):
            return n
    return 0


def name_prefix_before(tokens: list[Token], k: int, lex: Lexicon) -> int:
    """How many words right before ``tokens[k]`` are a noble or regional title opening the
    name there: a compound one (Wakil Bupati Gianyar ``Anak Agung`` Gde …) or one word
    (``Lalu`` Kusnawan, ``Teuku`` Riefky); 0 where none is."""
    n = compound_name_prefix_before(tokens, k, lex)
    if n:
        return n
    return int(k > 0 and tokens[k - 1].is_capitalized and tokens[k - 1].lower in lex.name_prefixes)


def compound_name_prefix_before(tokens: list[Token], k: int, lex: Lexicon) -> int:
    """How many words right before ``tokens[k]`` are a noble or regional title of several
    words, whole (``Anak Agung`` Gde …); 0 where none is."""
    return next((len(p) for p in lex.compound_name_prefixes
                 if k - len(p) >= 0 and compound_name_prefix_at(tokens, k - len(p), lex) == len(p)), 0)


def _from_name_prefix(tokens: list[Token], run_start: int, first: int, lex: Lexicon) -> int:
    """A noble or regional title between ``run_start`` and ``first`` opens the name
    however long it is (Kepala Kantor SAR Banten Raden Ibnu Harris Al Hussain, where a
    tagger marks only Al Hussain; Anak Agung Gde …); else ``first``."""
    k = next((k for k in range(run_start, first) if tokens[k].is_capitalized
              and (tokens[k].lower in lex.name_prefixes or compound_name_prefix_at(tokens, k, lex))), first)
    if k < first and k > run_start and is_single_initial(tokens[k - 1]):
        k -= 1  # I Gusti Putu …: the initial opens such a name
    return k


def name_start_over_particles(doc: Document, first_tok: int, lex: Lexicon) -> int:
    """Public form for the entity index: the document index where a tagged name that
    starts at ``first_tok`` really starts (Mohamad bin Haji ``Hasan``)."""
    sent = doc.sentences[doc.tokens[first_tok].sent]
    toks = doc.tokens[sent.tok_start:first_tok + 1]
    return sent.tok_start + _over_name_particles(toks, len(toks) - 1, lex)


def person_name_inside(doc: Document, tokens: list[Token], lex: Lexicon) -> int:
    """Where a tagged organisation ends when a person's name written with a particle
    (``bin``, ``binti``) goes on right after it: the tagger took the given name before
    the particle into the body (Kementerian Luar Negeri Qatar ``Majed`` bin Khalid), so
    the body ends before that name; ``len(tokens)`` when no such name follows."""
    after = tokens[-1].i + 1
    doc_toks = doc.tokens
    if len(tokens) < 3 or after + 1 >= len(doc_toks) or doc_toks[after].is_capitalized \
            or doc_toks[after].lower not in lex.name_particles \
            or not doc_toks[after + 1].is_capitalized or doc_toks[after + 1].sent != tokens[0].sent:
        return len(tokens)
    start = name_start_over_particles(doc, after + 1, lex) - tokens[0].i
    return start if 1 < start < len(tokens) else len(tokens)


def _over_name_particles(tokens: list[Token], start: int, lex: Lexicon) -> int:
    """Back over ``bin`` (and an honorific after it), ``van der`` …, to the capitalised
    words before them: Mohamad ``bin Haji`` Hasan, Pieter ``van der`` Meer are one name."""
    while True:
        j = start - 1
        if j >= 1 and tokens[j].lower in lex.honorifics and tokens[j - 1].lower in lex.name_particles:
            j -= 1
        while j >= 2 and tokens[j].lower in lex.name_particles and tokens[j - 1].lower in lex.name_particles \
                and not tokens[j - 1].is_capitalized:
            j -= 1  # van der, de la
        if not (j >= 1 and tokens[j].lower in lex.name_particles and not tokens[j].is_capitalized
                and tokens[j - 1].is_capitalized and not _is_title_word(tokens[j - 1], lex)):
            return start
        start = j - 1
        while start > 0 and tokens[start - 1].is_capitalized and not _is_title_word(tokens[start - 1], lex) \
                and not _ends_a_rank(tokens, start - 1, lex) \
                and not lex.is_place_word(tokens[start - 1].text) and not _not_a_name(tokens[start - 1], lex):
            start -= 1  # (not over a rank: Datuk Seri | Faizal bin Rahman)


def _skip_leading_complement(tokens: list[Token], start: int, end: int, lex: Lexicon, keep_one: bool,
                             tagged: bool = False) -> int:
    """Past the place and organisation words at the front of ``tokens[start:end]``; a
    word the article names a speaker by (``kata Sari``; ``Satria menambahkan, …`` after a
    complement that has ended) stays. Where a tagger marked the
    words a person's name (``tagged``), past a body's short form too (anggota ``Kompolnas``
    Yusuf Warsito, of Komisi Kepolisian Nasional in the article), which it may run into
    the name."""
    words = _article_words(lex)
    last = end - 1 if keep_one else end
    while start < last:
        town = _town_length(tokens, start, words)
        if town and start + town <= last:
            start += town  # Wali Kota Tanjung Pinang, of the dateline TANJUNG PINANG: the town whole
            continue
        if tokens[start].text in words.cued or _speaker_word_opening_a_name(tokens, start, end, words, lex) \
                or tokens[start].lower in lex.given_names_like_common_words \
                or _given_name_after_a_closed_complement(tokens, start, lex) \
                or not (lex.is_place_or_organization_word(tokens[start].text) or tokens[start].text in words.places
                        or (tagged and tokens[start].text in words.body_short_forms)
                        or (tokens[start].text in words.regions and _names_the_region(tokens, start, lex))):
            break
        start += 1
    return start


def _speaker_word_opening_a_name(tokens: list[Token], k: int, end: int, words: _DocumentWords,
                                 lex: Lexicon) -> bool:
    """Whether ``tokens[k]``, a word the article writes alone as a speaker (``spoke``:
    Satria menambahkan, …), opens a name of two words, the last one never written alone
    (Gubernur BI | Satria Wibowo): cut off, it would leave that person a name the
    article never calls them by, and call them by a word of no name. Only after a
    complement that has ended (an acronym, a place, another capitalised word of it), not
    right after the title, whose complement it is (Direktur Utama | Pertamina Hendra …
    Pertamina menyatakan …: the firm); a longer name keeps two words anyway (Ketua PP
    Muhammadiyah Haedar Nashir … Muhammadiyah menegaskan …), nor right after a word
    that opens a body's name, written out (organization_heads: Bank, PT), whose name it
    is (Direktur Utama PT Bank Mandiri Darmawan … Mandiri menambahkan …: the bank by
    its short name)."""
    if tokens[k].text not in words.spoke or k == 0 or end - k != 2:
        return False
    before, last = tokens[k - 1], tokens[k + 1].text
    return before.is_capitalized and before.sent == tokens[k].sent and not _is_title_word(before, lex) \
        and not ends_title_phrase(tokens, k - 1, lex) \
        and not (before.lower in lex.organization_heads and not _is_acronym(before)) \
        and not (last in words.standalone or last in words.cued or last in words.spoke)


def _given_name_after_a_closed_complement(tokens: list[Token], k: int, lex: Lexicon) -> bool:
    """Whether ``tokens[k]`` is a foreign given name (Diego) that opens a name, the words
    before it closed: a place (Penyerang Persita asal Brasil Diego Albuquerque), a comma or
    a lowercase word; not one inside a place's name (Wali Kota San Diego Todd Gloria),
    which the NER data knows it from."""
    if tokens[k].lower not in lex.foreign_given_names:
        return False
    if k == 0:
        return True
    before = tokens[k - 1]
    return before.text == "," or (before.is_word and not before.is_capitalized) or lex.is_place_word(before.text)


def _town_length(tokens: list[Token], k: int, words: _DocumentWords) -> int:
    """How many words the dateline's town of several words (``words.towns``) takes at
    ``k`` where it is written there whole; 0 where it is not."""
    for town in words.towns:
        n = len(town)
        if tuple(t.text for t in tokens[k:k + n]) == town:
            return n
    return 0


# Words after which a capitalised word is a place: "di Sidoarjo", "Kabupaten Indramayu".
# Not "dari", which also comes before people (pesan dari Budi).
_LOCATIVES = frozenset({"di", "ke", "kota", "kabupaten", "provinsi", "wilayah", "daerah", "kawasan"})
_MAX_TITLE_WORDS_BEFORE_HEAD = 2  # Wali | Kota, Kepala | Desa
_MAX_WHERE_ADJUNCT_WORDS = 6


def place_set_off_before_title(tokens: list[Token], h: int, lex: Lexicon) -> bool:
    """Whether ``tokens[h]``, a place word closing a title (``Kota`` of Wali Kota,
    ``Desa`` of Kepala Desa), comes after an adjunct its sentence opens with that names
    the place with that same word, set off by a comma right before the title (``Di kota
    pelabuhan Tarakan, Wali Kota Marisol Reyes …``; ``Di Desa Sukamaju, Kepala Desa …``):
    the place is told, so the capitalised words after the title are the holder's name,
    not the place and then a name."""
    head = tokens[h] if 0 <= h < len(tokens) else None
    if head is None or not head.is_capitalized:
        return False
    k = h - 1
    while k >= 0 and h - k <= _MAX_TITLE_WORDS_BEFORE_HEAD and tokens[k].sent == head.sent \
            and tokens[k].is_word and tokens[k].is_capitalized:
        k -= 1
    if k < 1 or k == h - 1 or tokens[k].text != "," or tokens[k].sent != head.sent:
        return False
    p = k - 1
    while p > 0 and k - p < _MAX_WHERE_ADJUNCT_WORDS and tokens[p - 1].sent == head.sent and tokens[p - 1].is_word:
        p -= 1
    adjunct = tokens[p:k]
    if len(adjunct) < 3 or adjunct[0].lower not in lex.where_prepositions or not adjunct[-1].is_capitalized \
            or (p > 0 and tokens[p - 1].sent == head.sent and tokens[p - 1].is_word):
        return False
    return any(t.lower == head.lower for t in adjunct[1:-1])


def leading_places(doc: Document, tokens: list[Token], lex: Lexicon) -> int:
    """How many leading words of a tagged person are places or organisation words
    (``Sidoarjo`` Muhammad Iskak, ``Gili Hotel Association`` Lalu Kusnawan): words the
    article writes after a locative elsewhere, or the gazetteer knows; one word stays."""
    _doc_tokens.set(doc.tokens)
    if not tokens:
        return 0
    # Over the article's tokens, not the span's: whether the first word names the region
    # of a title written before the span (Camat ``Wanayasa`` Suharno) depends on that title.
    first = tokens[0].i
    return _skip_leading_complement(doc.tokens, first, first + len(tokens), lex, keep_one=True, tagged=True) - first


def body_and_its_place(doc: Document, tokens: list[Token], lex: Lexicon) -> bool:
    """Whether a tagged person is an organisation word and then a place the article
    writes after a locative elsewhere (``Bawaslu Angkola Hulu``, of ``di Angkola
    Hulu``): a body's regional office, no one's name."""
    _doc_tokens.set(doc.tokens)
    return len(tokens) >= 2 and tokens[0].lower in lex.organization_heads \
        and tuple(t.text for t in tokens[1:]) in _document_words(doc.tokens, lex).place_runs


def _capitalized_run(tokens: list[Token], i: int, limit: int) -> list[Token]:
    """The capitalised words from ``tokens[i]`` on, at most ``limit`` of them."""
    j = i
    while j < len(tokens) and j - i < limit and tokens[j].is_capitalized:
        j += 1
    return tokens[i:j]


_MAX_PLACE_WORDS = 3  # Angkola Hulu, Kepulauan Seribu Utara


def after_name_head(doc: Document, tokens: list[Token], lex: Lexicon) -> int:
    """1 when ``tokens`` (two words or more) follow a word that takes a name (``Desa``
    Karangbenda Sakino), or three words or more follow a regional office's title
    (``Bupati`` Sikka Yohanes Kolo): the first word names the place, not the person; else 0."""
    i = tokens[0].i if tokens else 0
    return int((len(tokens) >= 2 and i > 0 and doc.tokens[i - 1].lower in lex.name_heads)
               or (len(tokens) >= 3 and _names_the_region(doc.tokens, i, lex)))


def _names_the_region(tokens: list[Token], k: int, lex: Lexicon) -> bool:
    """Whether ``tokens[k]``, right after a regional office's title (Bupati, Camat,
    Kapolres), is the region's name: the gazetteer lacks most regencies, so where two
    name words follow, the word is taken for the region (Bupati ``Sikka`` Yohanes Kolo).
    Not a known given name (Gubernur ``Muhammad`` …)."""
    tok = tokens[k] if k < len(tokens) else None
    if tok is None or not tok.is_capitalized or _is_given_name_word(tok, lex):
        return False
    before = tuple(t.lower for t in tokens[max(0, k - 3):k])
    return any(len(p) <= len(before) and before[len(before) - len(p):] == p for p in lex.regional_titles)


def _region_before_holder(tokens: list[Token], k: int, lex: Lexicon) -> bool:
    """Whether ``tokens[k]``, right after a regional office's title, is the region's name
    because the holder follows it: a rank (Kapolres ``Cianjur`` AKBP Rudi Hartono) or a
    name the tagger starts right after it (Bupati ``Sleman`` Kustini …, the word itself no
    part of it); not a name that runs on (Gubernur Khofifah Indar Parawansa, tagged whole)."""
    tok, nxt = tokens[k], tokens[k + 1]
    if tok.ner.endswith("-PER") or nxt.sent != tok.sent or not nxt.is_capitalized \
            or not _names_the_region(tokens, k, lex):
        return False
    return _opens_a_rank(tokens, k + 1, lex) or nxt.ner in ("B-PER", "S-PER")


def known_as_a_person(doc: Document, word: str, lex: Lexicon) -> bool:
    """Whether the article puts ``word`` alone after a cue or the tagger marks it as
    (part of) a person's name somewhere."""
    _doc_tokens.set(doc.tokens)
    return _named_as_a_person(word, _document_words(doc.tokens, lex))


def written_as_a_place(doc: Document, word: str, lex: Lexicon) -> bool:
    """Whether the article writes ``word`` as a place's name somewhere: after a locative
    (``di Cikaret``, ``Kabupaten Lebak``), a word that takes a name (``Kecamatan Cikaret``,
    ``Desa Sukamulya``) or a regional body's word (``Pemkab Cianjur``)."""
    _doc_tokens.set(doc.tokens)
    words = _document_words(doc.tokens, lex)
    return word in words.places or word in words.regions


def named_after_a_cue(doc: Document, word: str, lex: Lexicon) -> bool:
    """Whether the article writes ``word`` alone right after a cue (``kata Sarmili.``)."""
    _doc_tokens.set(doc.tokens)
    return word in _document_words(doc.tokens, lex).cued


def _named_as_a_person(word: str, words: _DocumentWords) -> bool:
    return word in words.cued or word in words.tagged_persons


def _sub_heading_opening(doc: Document, tokens: list[Token], lex: Lexicon) -> bool:
    """Whether ``tokens`` open their sentence with a sub-heading run into it (``Stok
    mencukupi`` Pemerintah …, ``Harga melonjak`` Ketua Umum X …): a noun capitalised for
    opening the sentence, no name, title, description or pronoun, then a lowercase verb
    that reports nothing, and then capitalised words; no subject runs a noun and a verb
    together before its head (Polisi meminta Budi menjelaskan …: Polisi speaks)."""
    first, second = tokens[0], tokens[1]
    if not opens_sentence(doc, first) or first.ner != "O" or _is_title_word(first, lex) \
            or first.lower in lex.adjunct_openers or first.lower in lex.leading_connectives \
            or first.lower in lex.clause_openers or first.lower in lex.subordinate_clause_openers \
            or _named_as_a_person(first.text, _article_words(lex)) \
            or lex.opens_a_description([t.lower for t in tokens[:3]]) or first.lower in lex.organization_heads \
            or first.lower in lex.person_pronouns or first.lower in lex.plural_pronouns \
            or first.lower in lex.institutional_pronouns \
            or lex.subject_determiner_length([t.lower for t in tokens[:2]]):
        # Seorang diplomat Eropa …: a determiner opens a description, whatever the noun
        # after it looks like (diplomat is no passive verb).
        return False
    if not second.is_word or second.is_capitalized or lex.is_reporting_verb(second.text):
        return False
    if not (_verb_form(second) or looks_like_a_passive(second, lex)):
        return _noun_heading_before_a_body(tokens, lex)
    return any(t.is_capitalized for t in tokens[2:])


_MAX_HEADING_OBJECT_WORDS = 2  # Dunia usaha meminta kepastian; Pasar menunggu arah kebijakan


def _noun_heading_before_a_body(tokens: list[Token], lex: Lexicon) -> bool:
    """Whether a sub-heading of two nouns runs into a body's name that is the whole rest
    of the subject (``Temuan penimbunan`` Badan Pangan Daerah menilai …): the second
    word no title, description, member of a party or glue, and every word after it the
    body's, opening with a body's head or tagged a body. A member of a body
    or a group of people before the name (``Kader partai`` Golkar, ``Tim kuasa hukum``
    PT X) is who speaks, no heading. The heading may be a clause of its own, a verb and
    its lowercase object after the two nouns (``Dunia usaha meminta kepastian`` Asosiasi
    X (AX) … meminta …): the body after it is the subject of the sentence's later verb;
    not an object's possessor after a preposition (… meminta kepastian dari Badan X)."""
    first, second, rest = tokens[0], tokens[1], tokens[2:]
    if first.lower in lex.party_member_heads or first.lower in lex.person_nouns \
            or _is_title_word(second, lex) or lex.opens_a_description([t.lower for t in tokens[1:4]]) \
            or second.lower in lex.role_glue_words or second.lower in lex.adjunct_openers \
            or second.lower in lex.party_member_heads or second.lower in lex.person_nouns:
        return False
    if rest and rest[0].is_word and not rest[0].is_capitalized and _verb_form(rest[0]):
        k = 1
        while k < len(rest) and rest[k].is_word and not rest[k].is_capitalized:
            word = rest[k]
            if _verb_form(word) or word.lower in lex.role_glue_words or word.lower in lex.adjunct_openers \
                    or word.lower in lex.person_nouns or _is_title_word(word, lex):
                return False
            k += 1
        if not 1 < k <= 1 + _MAX_HEADING_OBJECT_WORDS:
            return False  # a verb with no object of its own, or a long clause: no heading
        rest = rest[k:]
    if not rest or not rest[0].is_capitalized \
            or not (rest[0].lower in lex.organization_heads or rest[0].ner.endswith("-ORG")):
        return False
    return all(t.is_capitalized or t.text in _ROUND_BRACKETS for t in rest)


def _common_word(tok: Token, lex: Lexicon) -> bool:
    """A word running text writes in lowercase (``Belajar``, ``Nomor``), unless the
    article names a speaker by it (``kata Indah``) or the tagger takes it for a name."""
    if tok.lower not in lex.common_words:
        return False
    return not _named_as_a_person(tok.text, _article_words(lex))


common_word = _common_word  # for the entity index
not_a_name = _not_a_name


def _common_words_only(words: list[Token], after_title: bool, lex: Lexicon) -> bool:
    """Whether ``words`` are all words running text writes in lowercase: one alone
    (``Nomor`` 6), or several after a title or a body's head (Menteri ``Tenaga
    Kerja``, Kementerian ``Pemuda Olahraga``), which then name its field, no person. Of
    several, none is a given name that is a common word too (Kepala Dinas ``Indah
    Sari``)."""
    if not words or not all(_common_word(t, lex) for t in words):
        return False
    return len(words) == 1 or (after_title and not any(t.lower in lex.given_names_like_common_words for t in words))


def name_start_by_reuse(doc: Document, tokens: list[Token], lex: Lexicon) -> int:
    """Public form for the entity index: where the name starts inside ``tokens``."""
    _doc_tokens.set(doc.tokens)
    # Ilham "Ilo" Prasetyo, tagged whole: the nickname in quotation marks (tulis Ilo) says
    # nothing about where the name starts; the name is read without it.
    marks = [k for k, t in enumerate(tokens) if k > 0 and t.text in lex.quote_marks]
    if len(marks) >= 2:
        tokens = tokens[:marks[0]] + tokens[marks[1] + 1:]
    found = _name_start_by_reuse(tokens, 0, len(tokens), lex)
    if found is not None and marks and found >= marks[0]:
        found = None  # (nor does a word after it: Kenneth "Kenji" Dela Cruz … kata Dela Cruz)
    return 0 if found is None or _kept_before_reuse(tokens[0], tokens[:found + 1], lex) else found


def cued_name_inside(doc: Document, tokens: list[Token], lex: Lexicon) -> int | None:
    """Where a person's name starts inside a tagged organisation (``Komnas HAM Choirul
    Anam``, of ``tegas Choirul``): the first word after the first that the article puts
    alone right after a cue. None when it puts none there."""
    _doc_tokens.set(doc.tokens)
    cued = _document_words(doc.tokens, lex).cued
    return next((k for k in range(1, len(tokens)) if tokens[k].text in cued), None)


def rank_inside_body(tokens: list[Token], lex: Lexicon) -> int | None:
    """Where a person's rank opens inside a tagged organisation, a member's name after it
    (Kementerian Pertahanan Nasional X ``Jenderal`` Nama Orang): the body ends before the
    rank. Not a rank word that a body's or title's head before it takes as its own
    (Direktorat Jenderal, Sekretaris Jenderal), nor one with no capitalised word after it
    in the span. None where there is none."""
    for k in range(2, len(tokens) - 1):
        tok, before = tokens[k], tokens[k - 1]
        if not tok.is_capitalized or not before.is_capitalized or before.lower in lex.organization_heads \
                or _is_title_word(before, lex) or ends_title_phrase(tokens, k, lex):
            continue
        for r in lex.ranks:
            n = len(r)
            if k + n < len(tokens) and tuple(t.lower for t in tokens[k:k + n]) == r \
                    and tokens[k + n].is_word and tokens[k + n].is_capitalized:
                return k
    return None


def body_name_end(tokens: list[Token]) -> int:
    """Where a tagged organisation's name ends: before a lowercase verb the tagger ran
    into it (Komnas HAM merekomendasikan Kapolda NTT …), which opens the body's
    predicate; lowercase glue (Komisi untuk Orang Hilang) stays."""
    return next((k for k in range(1, len(tokens)) if tokens[k].is_word and not tokens[k].is_capitalized
                 and _looks_like_a_verb(tokens[k])), len(tokens))


def _name_start_by_reuse(tokens: list[Token], start: int, end: int, lex: Lexicon) -> int | None:
    """Of ``Ketua KPU Sulut Ardiles Mewoh`` the name is the longest ending whose first
    word the article also uses alone after some other word (``kata Ardiles``): the words
    of a title's complement (``KPU Sulut``) recur only together. Words just before that
    one stay when the NER data knows them as personal names (``Ahmed`` Zaki Iskandar ...
    ``kata Zaki``). None when the article gives no such evidence."""
    if end - start < 2 or not tokens:
        return None
    doc_tokens = _doc_tokens.get()
    if doc_tokens is None:
        return None
    words = _document_words(doc_tokens, lex)
    standalone = words.standalone
    # The article's own cue names the person with these words (ungkap Iola Abas.): the
    # name is that ending of the run (Koordinator Pantau Gambut Iola Abas).
    for n in (3, 2):
        if end - n > start and tuple(t.text for t in tokens[end - n:end]) in words.cued_runs:
            k = end - n
            while k > start and is_single_initial(tokens[k - 1]):
                k -= 1  # kata Wayan Koster, of I Wayan Koster: the initial stays
            return k
    # Not the last word alone: a surname used alone (kata Putin) says nothing about
    # where a foreign first name (Vladimir) ends. A word the article puts right after a
    # cue (kata Alissa) outranks one merely used alone elsewhere (jaringan Gusdurian).
    cued = [k for k in range(start, end - 1) if tokens[k].text in words.cued]
    if cued:
        return _back_over_given_names(tokens, cued[0], start, lex)
    for k in range(start, end - 1):
        prev_text = tokens[k - 1].text if k > 0 else None
        befores = standalone.get(tokens[k].text)
        if befores and (len(befores) > 1 or prev_text not in befores):
            if _body_after_role_word(tokens, k, start, end, words, lex):
                return k + 1
            return _back_over_given_names(tokens, k, start, lex)
    return None


def _body_after_role_word(tokens: list[Token], k: int, start: int, end: int, words: _DocumentWords,
                          lex: Lexicon) -> bool:
    """Whether the word the article uses alone, right after a role word and before two
    capitalised words or more, is the body the role belongs to (pelatih ``Persebaya``
    Paulo Henrique Santos … membuat Persebaya naik): a club or a firm is written alone
    as often as a person, but (a word after a cue is dealt with before) the tagger never
    calls it a person alone (a tagger does run the body into the name after it), nor do names in
    the NER data have it."""
    if k != start or tokens[k].i == 0 or end - k < 3:
        return False
    at = tokens[k].i - 1
    # A title given its short form in brackets (Chief Operating Officer (COO) Panenku …):
    # the bracketed short form is the role word.
    if at >= 2 and words.tokens[at].text == ")" and words.tokens[at - 2].text == "(":
        at -= 1
    role_word = words.tokens[at]  # tokens may be the tagged name alone
    if not (_is_title_word(role_word, lex) or role_word.lower in lex.descriptive_role_heads):
        return False
    word = tokens[k].text
    tagged_alone = any(t.text == word and t.ner == "S-PER" for t in words.tokens)
    return not (tagged_alone or lex.is_person_word(word))


def _back_over_given_names(tokens: list[Token], k: int, start: int, lex: Lexicon) -> int:
    """Back from the word the article reuses alone (``kata Zaki``, ``ujar Made``) over the
    words before it that stay in the name: known first names (Ahmed Zaki Iskandar), and
    the initial that opens a Balinese name (I Made Wirawan, of Kombes Pol I Made …)."""
    while k > start and (_is_person_word(tokens[k - 1], lex)
                         or (is_single_initial(tokens[k - 1]) and tokens[k].lower in lex.name_prefixes)):
        k -= 1
    return k


def _is_person_word(tok: Token, lex: Lexicon) -> bool:
    return tok.is_capitalized and lex.is_person_word(tok.text) and not _is_title_word(tok, lex)


def _is_given_name_word(tok: Token, lex: Lexicon) -> bool:
    """A word known to open or continue a name right before another name word: one the NER
    data knows as a person's, or a given name that is a common word too (Duta Besar
    ``Hari`` Prasetyo …, ``Sari`` in Ratna Sari Dewi …)."""
    return _is_person_word(tok, lex) or (tok.is_capitalized and tok.lower in lex.given_names_like_common_words
                                         and not _is_title_word(tok, lex))


def _role_tokens(tokens: list[Token], lex: Lexicon) -> list[Token]:
    """The role starts at its first title word; words before it (a sub-heading run into
    the sentence, ``Belum bisa detail Direktur Jenderal …``) are not part of it."""
    for k, t in enumerate(tokens):
        if t.lower in lex.qualifier_title_heads and not _title_follows(tokens, k, lex):
            continue  # Pengepul barang bekas (Nama): used goods; bekas heads a role only before a title
        if _is_title_word(t, lex) or lex.opens_a_description([x.lower for x in tokens[k:k + 3]]):
            if k > 0 and not t.is_capitalized and lex.is_abstract_noun(tokens[k - 1].text):
                continue  # Kepadatan penumpang (Anne Purba): whose crowding, a sub-heading's words
            if k > 0 and _opens_a_rank(tokens, k, lex):
                # Dirpolsatwa Polda Jabar Kombes Pol (Yudi): a rank after other words is
                # how the person is addressed, never the head of the role; the office
                # before it is the role where the lexicon does not know its title.
                break
            if k + 1 < len(tokens) and (lex.is_noun_before_title(t.text, tokens[k + 1].text)
                                        or lex.is_led_by_before_title(t.text, tokens[k + 1].text)):
                # Beban pengusaha Wakil Gubernur Bali; (Partai X) pimpinan Kanselir Jerman Y:
                # from the title on
                return tokens[k + 1:]
            role = tokens[_role_start(tokens, k, lex):]
            # Perdana Menteri Malaysia selaku Ketua ASEAN, Rahman: the capacity the person
            # acts in, a title of its own, is the role they speak in.
            capacity = next((c for c in range(1, len(role) - 1) if role[c].lower in lex.capacity_markers
                             and role[c + 1].is_capitalized and _is_title_word(role[c + 1], lex)), None)
            return role[capacity + 1:] if capacity is not None else role
    if _occupation_by_doing(tokens, lex):
        return tokens  # Pengepul barang bekas (Nama): what the person does for a living
    # No known head: a role all in capitals (Corporate Secretary PT Kereta), not a
    # sub-heading run into the sentence (Kepadatan penumpang Anne Purba mengatakan).
    if any(t.is_word and not t.is_capitalized and t.lower not in lex.role_glue_words for t in tokens):
        return []
    return tokens


def _title_follows(tokens: list[Token], k: int, lex: Lexicon) -> bool:
    """Whether a title or a description's head comes right after ``tokens[k]`` (Bekas
    ``Kapolri``, bekas ``anggota`` DPR), as a qualifier such as bekas needs to head a role."""
    if k + 1 >= len(tokens):
        return False
    nxt = tokens[k + 1]
    return _is_title_word(nxt, lex) or nxt.lower in lex.title_modifiers \
        or lex.opens_a_description([x.lower for x in tokens[k + 1:k + 4]])


# The most words of an occupation named by an agent noun and its lowercase modifiers
# (pengepul barang bekas, penarik becak motor).
_OCCUPATION_WORDS = 4


def _occupation_by_doing(tokens: list[Token], lex: Lexicon) -> bool:
    """Whether ``tokens`` (the words before a name, no title or description's head among
    them) are an agent noun built from what the person does (pengepul, penarik, pembuat;
    capitalised only as its first letter, opening the sentence) and the lowercase nouns
    that say of what (``Pengepul barang bekas`` Joko, ``penarik becak`` Sukiman): their
    occupation, the role. Not a noun for the doing (Pembangunan jalan) nor a verb after it."""
    if not 0 < len(tokens) <= _OCCUPATION_WORDS or not tokens[0].is_word:
        return False
    first = tokens[0]
    if first.is_capitalized and not first.text[1:].islower():
        return False  # an acronym or a name written in capitals
    if not _agent_noun_word(first.lower, lex):
        return False
    return all(t.is_word and not t.is_capitalized and t.lower not in RELATIVE_MARKERS
               and t.lower not in lex.role_glue_words and not _looks_like_a_verb(t) for t in tokens[1:])


_MAX_TITLE_FIELD = 8  # words of an English title's field and modifiers before its head


def head_final_title_start(tokens: list[Token], k: int, lex: Lexicon) -> int:
    """Where the title whose first known word is ``tokens[k]`` starts (``tokens`` are the
    document's): an English title word comes last, after its field and modifiers
    (``Equity Research`` Analyst, ``Corporate Communication and Community Development
    Group`` Head, ``Executive`` Vice President), so the capitalised words before it are the
    title's where they run back to the opening of a clause (the sentence's start, a comma,
    a connective or a cue: not Diangkut dengan ``Hercules`` CEO Torch, a sub-heading run
    into the sentence); ``k`` otherwise."""
    if tokens[k].lower not in lex.head_final_titles:
        return k
    j = k
    while j > 0 and k - j < _MAX_TITLE_FIELD and tokens[j - 1].sent == tokens[k].sent \
            and _in_a_title_field(tokens, j - 1, lex):
        j -= 1
    while j < k and not tokens[j].is_capitalized:
        j += 1  # glue opens no title
    if j < k and not opens_a_clause_before(tokens, j, lex):
        return k
    return j


def _in_a_title_field(tokens: list[Token], j: int, lex: Lexicon) -> bool:
    """A capitalised word of an English title's field, or the glue between two (``&``,
    and, of); not a connective opening the sentence (Menurut, Namun), a cue, a verb or a date."""
    t = tokens[j]
    if not t.is_capitalized:
        return t.lower in lex.role_glue_words and j > 0 and tokens[j - 1].is_capitalized
    low = t.lower
    verb = _looks_like_a_verb(t) if t.upos else _active_prefix_form(low)
    return t.is_word and not verb and low not in lex.leading_connectives \
        and low not in lex.clause_openers and low not in lex.adjunct_openers and low not in lex.subject_adverbs \
        and low not in lex.weekdays and low not in lex.months and not lex.is_direct_cue(t.text)


# The forms the active prefix meN- takes before a stem (melihat, membawa, menduga,
# mengambil, menyapu): Media, Meteorologi, Metro open with "me" and none of them.
_ACTIVE_PREFIX_FORMS = re.compile(r"^(?:me[lmnrwy]|mem[bpf]|men[cdjstz]|meng|meny)")


def _active_prefix_form(low: str) -> bool:
    """Whether the lowercase word ``low`` opens with a form of the active prefix."""
    return bool(_ACTIVE_PREFIX_FORMS.match(low))


def opens_a_clause_before(tokens: list[Token], j: int, lex: Lexicon) -> bool:
    """Whether a clause, a cue's subject or an adjunct's noun phrase may start at ``j``."""
    if j == 0 or tokens[j - 1].sent != tokens[j].sent or not tokens[j - 1].is_word:
        return True
    low = tokens[j - 1].lower
    # selaku/sebagai SAR Mission Coordinator: a capacity opens the title it names.
    return low in lex.leading_connectives or low in lex.clause_openers or low in lex.passive_cues \
        or low in lex.capacity_markers or lex.is_speech_verb(low)


def _role_start(tokens: list[Token], k: int, lex: Lexicon) -> int:
    """Index in ``tokens`` (a mention's words) where the role whose first title word is
    at ``k`` starts: before it, where the title is English (``head_final_title_start``)."""
    doc_tokens = _doc_tokens.get()
    if not doc_tokens or tokens[k].i >= len(doc_tokens) or doc_tokens[tokens[k].i] is not tokens[k]:
        return k
    return max(0, head_final_title_start(doc_tokens, tokens[k].i, lex) - tokens[0].i)


def _opens_a_rank(tokens: list[Token], k: int, lex: Lexicon) -> bool:
    """``Kombes`` in Dirpolsatwa Polda Jabar Kombes Pol Yudi: a rank starts at ``k``."""
    return any(tuple(t.lower for t in tokens[k:k + len(r)]) == r for r in lex.ranks)


opens_a_rank = _opens_a_rank  # for the sieves


def _body_tagged_a_person(doc: Document, tokens: list[Token], lex: Lexicon) -> int:
    """Where a person's tag that the tagger opens on a body's head word ends (``Polda
    Sumut`` tagged a person whole: Polda Sumut juga memperingatkan …), when every word of
    it after the head is a place's or a body's word and none a person's or a title's: no
    person's name holds a body's head, so the run names the body; 1 otherwise (the words
    after the head are read as they are tagged: BI Perry Warjiyo)."""
    if not tokens or tokens[0].ner != "B-PER" or lex.is_person_word(tokens[0].text):
        return 1
    j = 1
    while j < len(tokens) and tokens[j].ner == "I-PER":
        j += 1
    if j >= len(tokens) or tokens[j].ner != "E-PER":
        return 1
    run = tokens[1:j + 1]
    if all(t.is_capitalized and not lex.is_person_word(t.text) and t.lower not in lex.title_heads
           and (lex.is_place_or_organization_word(t.text) or written_as_a_place(doc, t.text, lex)) for t in run):
        return j + 1
    return 1


def _links_a_body_name(tokens: list[Token], k: int, lex: Lexicon) -> bool:
    """Whether the capitalised run holding ``tokens[k]`` follows a word that carries a
    body's name on (Koalisi Masyarakat Sipil ``untuk`` Buruh Migran)."""
    while k > 0 and tokens[k - 1].is_capitalized:
        k -= 1
    return k > 0 and tokens[k - 1].lower in lex.organization_name_links


def _inside_a_phrase(doc: Document, tok: Token, lex: Lexicon) -> bool:
    """Whether a lowercase word of a phrase stands right before ``tok`` (pada tahap
    LADK), unlike a subject opening its clause (Namun, ICW …; Menurut ICW; kata ICW)."""
    if tok.i == 0:
        return False
    prev = doc.tokens[tok.i - 1]
    return prev.sent == tok.sent and prev.is_word and not prev.is_capitalized \
        and prev.lower not in lex.leading_connectives and prev.lower not in lex.according_to \
        and not lex.is_direct_cue(prev.text) and prev.lower not in lex.passive_cues


def _in_brackets(tokens: list[Token], k: int) -> bool:
    """``(Apindo)``: one word alone in brackets."""
    return 0 < k < len(tokens) - 1 and tokens[k - 1].text == "(" and tokens[k + 1].text == ")"


def _bracketed_acronym(tokens: list[Token], k: int) -> bool:
    """``(ICW)``: an acronym in brackets after the name it shortens."""
    return tokens[k].text.isupper() and _in_brackets(tokens, k)


_MAX_SHORT_FORM_WORDS = 2  # (Walhi), (Satgas PASTI)


def _closes_a_short_form(tokens: list[Token], k: int, lex: Lexicon) -> bool:
    """Whether ``tokens[k]`` closes the short form a body's name is given in brackets
    right after it (``… Lingkungan Hidup Indonesia (Walhi)``, ``(Satgas PASTI)``): one
    or two capitalised words, no number (an age, a year) and no lowercase word (kiri); an
    acronym may have digits among its capitals (``(P2G)``, ``(BP2MI)``).
    A title's short form (``Chief Operating Officer (COO)``) closes a title, not a body's
    name: the body, when one follows, is still to come before the holder's name."""
    if tokens[k].text != ")":
        return False
    opened = next((j for j in range(k - 1, max(-1, k - _MAX_SHORT_FORM_WORDS - 2), -1) if tokens[j].text == "("), None)
    return opened is not None and opened > 0 and k - opened > 1 and tokens[opened - 1].is_capitalized \
        and all(t.is_word and t.is_capitalized and (not any(c.isdigit() for c in t.text) or _is_acronym(t, digits=True))
                for t in tokens[opened + 1:k]) \
        and not _is_title_word(tokens[opened + 1], lex)


def _branch_after_bracketed_short_form(tokens: list[Token], rng: tuple[int, int], lex: Lexicon) -> bool:
    """Whether the capitalised words ``tokens[rng]`` after a body's bracketed acronym are
    the body's own branch or region (``Balai Besar Wilayah Sungai (BBWS) Pemali Juana``),
    not a person holding a post there: the mention opens with the body's name, no title
    before it, the words close the mention, and the tagger reads all of them, the body's
    words and those after the bracket, as one body, no person anywhere. (A holder's name
    after the acronym comes after a title: Direktur … (Walhi) Fransisca …)"""
    a, b = rng
    if a < 4 or b != len(tokens) or not _bracketed_acronym(tokens, a - 2) or tokens[a - 1].text != ")":
        return False
    before = tokens[:a - 3]
    if not before or not all(t.is_word and t.is_capitalized for t in before) \
            or any(_is_title_word(t, lex) or lex.opens_a_description([t.lower]) for t in before):
        return False
    return all(t.ner.endswith("-ORG") for t in tokens if t.is_word)


def _looks_like_a_verb(tok: Token) -> bool:
    """The tagger's word class where it ran; else the active prefix (melengkapi), since
    ber-/di-/ter- open as many nouns (berita, dinas, terminal) as verbs. The prefix in
    one of its forms (``_ACTIVE_PREFIX_FORMS``): media, mediasi, mesin, metode, meski
    open with "me" and are no verbs."""
    if tok.upos:
        return tok.upos in ("VERB", "AUX")
    return _active_prefix_form(tok.lower)


looks_like_a_verb = _looks_like_a_verb  # for the sieves
active_prefix_form = _active_prefix_form  # for the sieves


def looks_like_a_passive(tok: Token, lex: Lexicon) -> bool:
    """A lowercase word with the passive prefix (dibuka, dicabut, diusut), by the tagger's
    word class where it ran, else by its shape (``has_passive_shape``)."""
    if tok.upos:
        return tok.upos == "VERB"
    return has_passive_shape(tok, lex)


def has_passive_shape(tok: Token, lex: Lexicon) -> bool:
    """A lowercase word with the passive prefix, long enough (not dia, dini), and no noun
    the lexicon knows opens so (dispensasi, direksi, dinas)."""
    return not tok.is_capitalized and tok.lower.startswith("di") and len(tok.lower) >= _MIN_PASSIVE_LENGTH \
        and tok.lower not in lex.di_nouns


_MIN_PASSIVE_LENGTH = 6  # dibuka; not dia, dini


def _role_set_off_after(tokens: list[Token], k: int, lex: Lexicon) -> bool:
    """Whether a comma at ``k`` sets off a role or a description as the rest of the
    phrase (dia``, warga Desa Karangrejo``; dia``, Ketua RT 05``)."""
    return len(tokens) > k + 1 and tokens[k].text == "," \
        and (_is_title_word(tokens[k + 1], lex) or lex.opens_a_description([t.lower for t in tokens[k + 1:k + 4]]))


def _demonstrative_of_an_event(tokens: list[Token], lex: Lexicon) -> bool:
    """Whether the closing demonstrative of a relative clause after an office belongs to
    an event the clause names after an occasion preposition (Kepala Dinas … yang turut
    hadir dalam konferensi pers ``itu``): the event told of before; the office names its
    holder without pointing back. A description is no office and needs the demonstrative
    to point back to a person (Petinju Malang yang menang angka di dua ronde pertama
    ``itu``; Pelatih yang hadir dalam laga ``itu``)."""
    words = [t.lower for t in tokens if t.lower not in _PARTICLES]
    if "yang" not in words or not _is_title_word(tokens[0], lex) or words[0] in lex.descriptive_role_heads:
        return False
    end = len(words) - 1  # the demonstrative
    for j in range(end - 1, max(words.index("yang"), end - 4), -1):
        if words[j] in lex.occasion_prepositions:
            return any(w in lex.held_events for w in words[j + 1:end])
    return False


_BODY_KIND_WORDS = 3  # rumah produksi film (PT …): how long the lowercase words may run


def _described_named_body(tokens: list[Token], lex: Lexicon) -> list[Token] | None:
    """``rumah produksi PT Layar Emas``, ``lembaga survei Lembaga Riset X``: a few
    lowercase words saying what kind of body it is (no title, no verb, none that make the
    name another's: ``perusahaan milik``), then the body's name, opening with a word
    that heads one (PT, Bank, Yayasan): the name's words, up to a lowercase word."""
    # Promotor PT X, Penyelenggara PT Y: what the body is to an event (body_role_nouns),
    # capitalised to open the sentence, is such a kind word too, no title of a person.
    role_noun = lex.phrase_opening([t.lower for t in tokens[:3]], lex.body_roles)
    role_noun = role_noun if len(tokens) > role_noun else 0
    k = next((i for i, t in enumerate(tokens) if i >= role_noun and t.is_capitalized), None)
    # Rumah produksi Layar Emas Pictures: after what a body alone is (a phrase of several
    # words), the capitalised words are its name, whatever word opens it.
    if not k or k > _BODY_KIND_WORDS or _is_title_word(tokens[k], lex) \
            or (tokens[k].lower not in lex.organization_heads and not (role_noun > 1 and k == role_noun)):
        return None
    if any(not t.is_word or _is_title_word(t, lex) or _looks_like_a_verb(t) or t.lower in lex.body_description_breaks
           or t.lower in lex.person_pronouns or t.lower in DEMONSTRATIVES or t.lower.endswith("nya")
           or lex.is_direct_cue(t.text) for t in tokens[role_noun:k]):
        return None
    run = tokens[k:]
    end = next((i for i, t in enumerate(run) if not (t.is_word and t.is_capitalized)), len(run))
    if end < 2 or (not role_noun and any(t.ner.endswith("-PER") for t in run[:end])):
        return None  # (after a body's role noun and a body's head the name is a body's, however tagged)
    return run[:end]


def _named_outlet(tokens: list[Token], lex: Lexicon) -> list[Token] | None:
    """``kantor berita resmi Xinhua``, ``stasiun televisi Al Jazeera``, ``harian
    Kompas``: a news outlet's noun in lowercase (``citation_outlet_nouns``), a few
    lowercase words describing it, then its name, all capitalised to the end: the name's
    words (past a country before it: kantor berita resmi Korea Utara KCNA). None where a
    word between says the name is another's (milik, asal) or is a verb or a title, or
    where only a country follows (media pemerintah China)."""
    if not tokens or tokens[0].is_capitalized:
        return None
    words = [t.lower for t in tokens]
    head = next((len(n) for n in lex.citation_outlet_nouns if tuple(words[:len(n)]) == n), 0)
    if not head:
        return None
    k = head
    while k < len(tokens) and k - head <= _BODY_KIND_WORDS and tokens[k].is_word and not tokens[k].is_capitalized:
        t = tokens[k]
        if _is_title_word(t, lex) or _looks_like_a_verb(t) or t.lower in lex.body_description_breaks \
                or t.lower in lex.role_glue_words or t.lower.endswith(ENCLITIC):
            return None
        k += 1
    run = tokens[k:]
    if not run or not all(t.is_capitalized or t.text in _ROUND_BRACKETS for t in run) \
            or not run[0].is_capitalized or any(t.ner.endswith("-PER") for t in run) \
            or _is_place_phrase(run, lex):
        return None  # (media pemerintah China: the country's outlets, none named; the country no outlet)
    if len(run) > 1:
        # kantor berita resmi Korea Utara KCNA: the country the outlet is of, then its name
        place = next((j for j in range(len(run) - 1, 0, -1) if _is_place_phrase(run[:j], lex)), None)
        if place is not None and run[place].is_word:
            run = run[place:]
    return run


def described_body_head(tokens: list[Token], demonstrative: bool, lex: Lexicon) -> bool:
    """Whether ``tokens`` (a demonstrative closing them, stripped) are a capitalised word
    that heads a body's name (``organization_heads``) and only lowercase words after it,
    none verb-shaped (``Stasiun televisi swasta`` itu, ``Kantor hukum`` itu): what kind of
    body, pointing back, with no name."""
    return demonstrative and len(tokens) > 1 and tokens[0].is_capitalized \
        and tokens[0].lower in lex.organization_heads \
        and all(t.is_word and not t.is_capitalized and not _looks_like_a_verb(t) for t in tokens[1:])


_MAX_FACILITY_HEAD_WORDS = 7  # Rumah Sakit Umum Daerah (RSUD)
_MAX_NAMESAKE_WORDS = 4  # Cipto Mangunkusumo, Pirngadi Medan: the namesake and its city


def _facility_after_its_namesake(tokens: list[Token], lex: Lexicon) -> bool:
    """Whether ``tokens`` are all a facility named after someone, the honorific they are
    addressed by written in (``RSUD dr Soetomo``, ``RSUP Dr. Sardjito``, ``Rumah Sakit
    Umum Daerah (RSUD) dr Pirngadi Medan``): its head among the first two words, its kind
    and short form in brackets, the honorific, then the namesake (and its city), all
    capitalised; no one's title before it (Direktur RSUD dr Soetomo Joni …)."""
    h = next((k for k in range(1, min(len(tokens), _MAX_FACILITY_HEAD_WORDS + 1))
              if _honorific(tokens[k], lex)), None)
    if h is None:
        return _facility_named_bare(tokens, lex)
    if not any(_is_facility_head(t, lex) for t in tokens[:min(h, 2)]):
        return False
    if any(not (t.is_capitalized if t.is_word else t.text in _ROUND_BRACKETS) or _is_title_word(t, lex) for t in tokens[:h]):
        return False
    k = _past_honorifics_from(tokens, h, len(tokens), lex)
    rest = tokens[k:]
    return k > h and 0 < len(rest) <= _MAX_NAMESAKE_WORDS \
        and all(t.is_word and t.is_capitalized and not _is_title_word(t, lex) for t in rest)


def _facility_named_bare(tokens: list[Token], lex: Lexicon) -> bool:
    """Whether ``tokens`` are all a facility or a body and the name it takes, with no
    honorific and no one's title before it (``Rumah Sakit Fatmawati``, ``Bandara Juanda``,
    ``Puskesmas Sukamaju``, ``Universitas Gadjah Mada``): its head (a facility's, or an
    institution's, ``institution_heads``; not a region's: Kecamatan Borobudur) opening it,
    or second after a place's or body's word (Rumah Sakit), then a name of at most three
    capitalised words, none a title's nor one the tagger marks a person's after the first:
    the body named after someone or something, never that person."""
    def head(t: Token) -> bool:
        low = t.lower.rstrip(".")
        return t.is_capitalized and (low in lex.facility_heads or low in lex.institution_heads)

    if len(tokens) < 2 or not all(t.is_word and t.is_capitalized for t in tokens):
        return False
    if head(tokens[0]):
        k = 1
    elif len(tokens) > 2 and head(tokens[1]) and lex.is_place_or_organization_word(tokens[0].text) \
            and not _is_title_word(tokens[0], lex):
        k = 2
    else:
        return False
    rest = tokens[k:]
    return 0 < len(rest) <= _MAX_BARE_NAMESAKE_WORDS and not any(_is_title_word(t, lex) for t in rest) \
        and not any(t.ner.endswith("-PER") and not rest[0].ner.endswith("-PER") for t in rest[1:])


_MAX_BARE_NAMESAKE_WORDS = 3  # Gadjah Mada, Hasan Sadikin Bandung


def _branch_place_after(doc: Document, tokens: list[Token], lex: Lexicon) -> bool:
    """Whether every word after the first of ``tokens`` is capitalised and a place's
    (tagged one, a gazetteer's, or one the article writes as a place): the place of a
    body's branch after its short name (LBH Jakarta, Walhi Sumatera Utara)."""
    return all(t.is_capitalized and (t.ner.endswith("-LOC") or lex.is_place_word(t.text)
                                     or written_as_a_place(doc, t.text, lex)) for t in tokens[1:])


def _an_unnamed_source(tokens: list[Token], lex: Lexicon) -> bool:
    """``Sumber Tempo``, ``sumber itu``, ``Sumber Tempo … ini``: a source noun (``anonymous_source_nouns``)
    alone or before capitalised words (the outlet it spoke to) and a demonstrative; not
    ``Sumber dana proyek`` (a thing's source, lowercase words after it)."""
    if not tokens or tokens[0].lower not in lex.anonymous_source_nouns:
        return False
    rest = tokens[1:]
    if rest and rest[-1].lower in DEMONSTRATIVES:
        rest = rest[:-1]
    # (Sumber Alfaria Trijaya, Sumber Rejeki Abadi menyatakan …: a firm whose name opens
    # with the word, which the tagger opens as a body or takes for a person's name; or
    # leaves untagged: capitalised words after a capitalised source noun are an outlet's
    # only where the press is so named, Sumber Tempo, not Sumber Makmur.)
    if rest and tokens[0].is_capitalized and tuple(t.lower for t in rest) not in lex.press_subjects:
        return False
    return tokens[0].ner == "O" and len(rest) <= _OUTLET_NAME_WORDS \
        and all(t.is_word and t.is_capitalized and not t.ner.endswith("-PER") for t in rest)


_OUTLET_NAME_WORDS = 2  # Sumber Tempo, sumber CNN Indonesia


def parse_mention(doc: Document, tokens: list[Token], lex: Lexicon) -> Mention | None:
    """Parse the words of a speaker mention; None when they name nobody."""
    # "Mantan Gubernur DKI Jakarta itu pun": a demonstrative, maybe before a particle.
    tail = [t.lower for t in tokens[-2:] if t.lower not in _PARTICLES]
    demonstrative = bool(tail) and tail[-1] in DEMONSTRATIVES
    tokens = _strip(without_set_off_degrees(_strip(tokens, lex), lex), lex)
    while len(tokens) > 1 and tokens[0].is_capitalized and lex.is_abstract_noun(tokens[0].text) \
            and tokens[1].is_capitalized and not _is_title_word(tokens[1], lex):
        tokens = tokens[1:]  # Kejujuran Karyono (57), …: what is said of the person, no role
    if not tokens or (len(tokens) > 1 and _a_thing_done(tokens[:-1], lex)):
        return None  # Dua gol Marcos Tavares (memastikan kemenangan): a thing, no speaker
    if demonstrative and all(t.is_word and (not t.is_capitalized or (k == 0 and opens_sentence(doc, t)))
                             for k, t in enumerate(tokens)) \
            and lex.document_pointed_at([t.lower for t in tokens]) is not None:
        # ”…,” demikian bunyi salah satu paragraf surat tersebut: a document pointing back
        # names no one; its author speaks (context_speaker), no unnamed source.
        return None
    if len(tokens) > 1 and tokens[0].lower in lex.pointing_articles \
            and all(t.is_word and not t.is_capitalized for t in tokens[1:]):
        # Sang syahbandar juga mengingatkan …: the one the article told of, described
        # by the noun after the article; the capital opens the sentence, no name.
        return Mention(tokens[0].start, tokens[-1].end, _span_text(doc, tokens),
                       role=_span_text(doc, tokens[1:]), description=True, demonstrative=True)
    _doc_tokens.set(doc.tokens)
    if _an_unnamed_source(tokens, lex):
        # Sumber Tempo (di kementerian itu) menyebutkan …, Menurut sumber itu: a source the
        # article leaves unnamed; the outlet it spoke to does not speak.
        return Mention(tokens[0].start, tokens[-1].end, _span_text(doc, tokens),
                       description=True, indefinite=True)
    given = _kind_of_self_given_name(doc, tokens, lex)
    if given is not None:
        # Kelompok yang menamakan diri ”Naga Hitam” mengklaim …: the name in marks, whole,
        # is the one it gave itself, no title and a name.
        return _whole_name(doc, tokens, given)
    if _facility_after_its_namesake(tokens, lex):
        # RSUD dr Soetomo menyebutkan …: the hospital speaks, its namesake's honorific part
        # of its name, no title of anyone.
        return _whole_name(doc, tokens, "organization")
    posted = _posted_body(doc, tokens, lex)
    if posted is not None:
        return posted
    account = _account_handle(tokens, lex)
    if account is None and demonstrative:
        account = _account_pointed_back(doc, tokens, lex)
    if account is not None:
        # tulis akun @nadia_rhm: the account speaks, its handle its name; cuit akun
        # tersebut: the account named with its handle just before.
        named = _whole_name(doc, account, "person")
        named.start, named.text = tokens[0].start, _span_text(doc, tokens)
        if account[0].text != "@":
            # akun tersebut, of "akun penjual data bernama "RedFalcon"": what the account
            # was said to be there is its role.
            at = account[0].i - (account[0].i > 0 and doc.tokens[account[0].i - 1].text in lex.quote_marks)
            marker = _marker_ending_at(doc.tokens, at, lex.markers_before_name_after_description) or 0
            described = _account_description(doc.tokens, at - marker, lex)
            if described:
                named.role = _span_text(doc, described)
        return named
    zone = max((k for k, t in enumerate(tokens[:-1]) if _is_time_zone(t, lex)), default=None)
    if zone is not None:
        tokens = tokens[zone + 1:]  # Pada pukul 20.00 WIB Budi Santoso: the time is no part of the subject
    group = _group_speaker(doc, tokens, lex)
    if group is not None:
        return group
    if body_and_its_place(doc, tokens, lex):
        return _whole_name(doc, tokens, "organization")  # Bawaslu Angkola Hulu, whatever the tagger says
    if not tokens[0].is_capitalized and tokens[0].lower in lex.organization_heads and len(tokens) > 1 \
            and tokens[1].is_capitalized and not _is_title_word(tokens[1], lex):
        # manajemen GNLT, pihak Jouska: the body named after a lowercase head speaks.
        run = tokens[1:]
        k = next((i for i, t in enumerate(run) if t.is_word and not t.is_capitalized), len(run))
        if k and not any(t.ner.endswith("-PER") for t in run[:k]):
            return _whole_name(doc, run[:k], "organization")
    body = None if demonstrative else (_described_named_body(tokens, lex) or _named_outlet(tokens, lex))
    if body is not None:
        # rumah produksi PT Layar Emas: what kind of body, then its name, which speaks.
        named = _whole_name(doc, body, "organization")
        named.start, named.text = tokens[0].start, _span_text(doc, tokens)
        kind = tokens[:body[0].i - tokens[0].i]
        if kind and lex.phrase_opening([t.lower for t in kind], lex.body_roles) == len(kind):
            named.role = _span_text(doc, kind)  # what the body is (rumah produksi PT X), its role
        return named
    lead = 0
    while lead < len(tokens) - 1 and tokens[lead].lower in lex.name_particles \
            and (not tokens[lead].is_capitalized or lead == 0):
        # (De Vries, capitalised to open the sentence or after Menurut: still the
        # surname's particle, no title.)
        lead += 1
    if lead and all(t.is_capitalized for t in tokens[lead:]) and len(tokens) - lead <= 2:
        # Menurut van der Linden: a surname written with its particles.
        return _whole_name(doc, tokens, "person")
    named_as = _name_marker(tokens, lex)
    if named_as is not None:
        # Seorang siswa bernama Dimas, Pria bernama asli Yakobus Sitepu (itu), Pemain yang
        # biasa disapa Ican (itu): the name after the marker, the description before it its
        # role (the entity index knows whose nickname or real name it is).
        at, length = named_as
        comma = max((k for k in range(1, at - 1) if tokens[k].text == ","), default=None)
        if comma is not None and tokens[0].is_capitalized and not tokens[comma + 1].is_capitalized:
            # Warsito (61), kakek dari salah satu korban bernama Dedi (19): a name set off
            # before the description is the person meant; the marker names whom the
            # description is of (the victim), not them.
            named = parse_mention(doc, tokens[:at], lex)
            if named is not None and named.name and named.kind == "person" \
                    and named.name_end is not None and named.name_end <= tokens[comma].start:
                named.end, named.text = tokens[-1].end, _span_text(doc, tokens)
                return named
        det = lex.indefinite_determiner_length([t.lower for t in tokens[:2]])
        first = at + length
        while len(tokens) - first > 1 and _honorific(tokens[first], lex) \
                and tokens[first + 1].is_capitalized and tokens[first + 1].is_word:
            first += 1  # yang akrab disapa Prof Bayu: the honorific addresses him, no part of the name
        end = at - 1 if at and tokens[at - 1].lower == "yang" else at
        role = _span_text(doc, tokens[det:end]) if end > det else None
        if all(_honorific(t, lex) for t in tokens[first:]):
            # Lelaki yang akrab disapa Pak Prof itu: forms of address alone name no one; the
            # description points back to the person named before.
            return Mention(tokens[0].start, tokens[-1].end, _span_text(doc, tokens), role=role,
                           description=True, demonstrative=demonstrative)
        last = next((k for k in range(first + 1, len(tokens)) if tokens[k].is_word
                     and not tokens[k].is_capitalized and tokens[k].lower not in lex.name_particles), len(tokens))
        # … disapa Bu Min oleh para tetangga (itu): the nickname ends at the lowercase words
        # after it, which say who uses it.
        name = _whole_name(doc, tokens[first:last], "person")
        name.start, name.text = tokens[0].start, _span_text(doc, tokens)
        name.end = tokens[-1].end
        name.role = role
        return name
    alias = next((k for k, t in enumerate(tokens) if k > 0 and t.lower in lex.name_joiners), None)
    if alias is not None and tokens[alias - 1].is_capitalized:
        # Yusuf Efendi alias Cak Yus: the name before "alias" is the person's; the
        # nickname after it is known to the entity index (EntityIndex.add_nicknames).
        named = parse_mention(doc, tokens[:alias], lex)
        if named is not None and named.name:
            named.end, named.text = tokens[-1].end, _span_text(doc, tokens)
            return named
    if tokens[0].lower in lex.document_heads and (tokens[0].is_capitalized or (
            len(tokens) > 1 and tokens[1].is_capitalized)):
        # Rilis Badan Pusat Statistik terkini menyebutkan …, Laporan Bank Dunia …,
        # menurut data Kementerian Kesehatan: the body whose document it is speaks.
        k = 1
        while k < len(tokens) and not tokens[k].is_capitalized and tokens[k].lower in lex.document_heads:
            k += 1  # Hasil survei Indikator …
        # Data Global Report on Women in Tourism oleh Organisasi Pariwisata Dunia (UNWTO):
        # the document's title, then who wrote it.
        k = next((i + 1 for i in range(k, len(tokens) - 1) if tokens[i].lower == AGENT_MARKER), k)
        inner = parse_mention(doc, tokens[k:], lex) if k < len(tokens) else None
        body = tokens[k:]
        # … (UNEP) tahun lalu juga menyebutkan: a time after the body's name is no part of it.
        body = body[:next((i for i, t in enumerate(body) if not (t.is_capitalized or t.text in _ROUND_BRACKETS)), len(body))]
        if body and body[0].is_capitalized \
                and not any(t.ner.endswith("-PER") for t in body) \
                and (inner is None or inner.kind != "organization" or inner.name_end != body[-1].end):
            # Laporan Greenpeace Indonesia, Laporan Program Lingkungan PBB (UNEP): the
            # capitalised words after a document are the body that wrote it, whole,
            # though they read as a place or a person's name without it.
            return _whole_name(doc, body, "organization")
        if inner is None or not inner.name or inner.description or inner.pronoun:
            return None
        return inner
    if tokens[0].lower in lex.person_pronouns and _role_set_off_after(tokens, 1, lex):
        # kata dia, warga Desa Karangrejo: the pronoun speaks; the appositive is its role.
        return Mention(tokens[0].start, tokens[0].end, tokens[0].text, role=_span_text(doc, tokens[2:]), pronoun=True)
    if demonstrative and _agent_noun(tokens[0], lex):
        # kata pemagang asal Cilacap, Jawa Tengah, itu: a person described by what they do,
        # pointing back, though the lexicon lists no such description. A relative clause
        # (pemain sinetron yang kini berusia 26 tahun itu) says what else is true of them:
        # the role ends before it.
        rel = next((k for k, t in enumerate(tokens) if k > 0 and t.lower in RELATIVE_MARKERS), len(tokens))
        return Mention(tokens[0].start, tokens[-1].end, _span_text(doc, tokens), role=_span_text(doc, tokens[:rel]),
                       description=True, demonstrative=True)
    if len(tokens) > 2 and _sub_heading_opening(doc, tokens, lex):
        # Stok mencukupi Pemerintah memastikan …, after a quotation: a sub-heading run into
        # the sentence, its first word capitalised for opening it; the subject is the
        # capitalised words after it.
        k = next(k for k in range(2, len(tokens)) if tokens[k].is_capitalized)
        return parse_mention(doc, tokens[k:], lex)
    if not tokens[0].is_capitalized and not _is_title_word(tokens[0], lex) \
            and not lex.opens_a_description([t.lower for t in tokens[:3]]) \
            and not lex.subject_determiner_length([t.lower for t in tokens[:2]]):
        # (seorang karyawan …, Nama: a determiner opens a description, below)
        # A sub-heading run into the sentence (Tidak hilang Ketua Umum … Benyamin Uhil
        # mengatakan): the subject starts at the capitalised title after it.
        title = next((k for k, t in enumerate(tokens) if t.is_capitalized and _is_title_word(t, lex)), None)
        if title is not None:
            tokens = tokens[title:]
        elif tokens[-1].is_capitalized and _names_a_person(tokens[-1:], lex):
            # Lebih fokus Faisal menambahkan: the person the sub-heading runs into (not
            # the speaker of a cue, "kata Anita", set before someone else's verb).
            k = len(tokens) - 1
            while k > 0 and tokens[k - 1].is_capitalized:
                k -= 1
            if lex.is_direct_cue(tokens[k - 1].text) or tokens[k - 1].lower in lex.passive_cues:
                return None
            tokens = tokens[k:]
    partitive = _partitive_at(tokens, lex)
    if partitive is not None:
        # Salah seorang di antaranya menyebut …: one of a group told of before, unnamed.
        return Mention(tokens[0].start, tokens[-1].end, _span_text(doc, tokens), description=True, indefinite=True)
    det = lex.subject_determiner_length([t.lower for t in tokens[:2]])
    if det and len(tokens) > det:
        # Seorang pejabat senior; Salah seorang warga, Tarmuji (56): the words after
        # the determiner name the person, or describe someone the article leaves unnamed.
        m = parse_mention(doc, tokens[det:], lex)
        comma = next((k for k in range(det + 1, len(tokens) - 1) if tokens[k].text == ","), None)
        # Salah satu pemagang asal Indramayu, Rizky (24): after a singular determiner any
        # noun describes the person, also one the lexicon knows as no description's head,
        # so that the words parse as the name after the comma with no role.
        unknown_noun = m is not None and bool(m.name) and not m.role and m.kind == "person" \
            and comma is not None and m.name_start == tokens[comma + 1].start \
            and lex.singular_determiner_length([t.lower for t in tokens[:2]]) == det \
            and _describes_after_determiner(tokens[det:comma], lex)
        if (m is None or m.description or unknown_noun) and comma is not None and tokens[comma + 1].is_capitalized:
            # Seorang pengunjung asal Klaten, Suparmi (60): the description, then the name.
            named = parse_mention(doc, tokens[comma + 1:], lex)
            if named is not None and named.name and named.kind == "person" and not named.description:
                named.role = named.role or _span_text(doc, tokens[det:comma])
                named.start, named.text = tokens[0].start, _span_text(doc, tokens)
                return named
        if m is None and tokens[det].is_word and not tokens[det].is_capitalized \
                and not tokens[det].lower.endswith("nya"):
            # teriak salah satu orator, seorang sopir mengatakan: where a mention stands,
            # a determiner and a noun describe the source, whatever the noun; not a noun
            # that belongs to something named before (Salah satu wujudnya …)
            m = Mention(tokens[det].start, tokens[-1].end, _span_text(doc, tokens[det:]),
                        role=_span_text(doc, tokens[det:]), description=True)
        if m is not None and m.description and tokens[0].lower in lex.collective_determiners:
            body = _members_body(tokens[det:], lex)
            if body is not None:
                # para pemimpin ASEAN mendesak …: all who lead the body, the body speaking.
                named = _whole_name(doc, body, "organization")
                named.start, named.text = tokens[0].start, _span_text(doc, tokens)
                return named
        if m is not None and m.description:
            m.start, m.text, m.indefinite, m.demonstrative = tokens[0].start, _span_text(doc, tokens), True, False
        elif m is not None and m.name and m.kind == "person" and m.role:
            m.start, m.text = tokens[0].start, _span_text(doc, tokens)  # seorang karyawan …, Nama
        return m
    text = _span_text(doc, tokens)
    first = tokens[0]
    if len(tokens) == 1 and (first.lower in lex.person_pronouns or first.lower in lex.plural_pronouns):
        return Mention(first.start, first.end, first.text, pronoun=True)
    if len(tokens) == 1 and first.lower in lex.institutional_pronouns:
        return Mention(first.start, first.end, first.text, pronoun=True, kind="organization")
    if first.lower in lex.according_to_self:
        return None
    if " ".join(t.lower for t in tokens) in lex.institution_names and all(t.is_capitalized for t in tokens):
        # Gedung Putih mengatakan …: the institution that sits there speaks
        return _whole_name(doc, tokens, "organization")
    words = _article_words(lex)
    if (len(tokens) == 1 or (len(tokens) == 4 and age_at(tokens, 1))) \
            and first.text in words.initials and first.text not in words.acronyms:
        # ucap AS, of "tersangka berinisial AS (19)"; RN (34) mengaku …: a person named
        # by initials (with their age)
        named = _whole_name(doc, tokens[:1], "person")
        named.end, named.text = tokens[-1].end, _span_text(doc, tokens)
        return named
    if len(tokens) == 2 and first.lower in lex.initials_role_heads and tokens[1].text in (words.initials | words.cued) \
            and tokens[1].text not in words.acronyms and 2 <= len(tokens[1].text) <= 3 and tokens[1].text.isupper():
        # tersangka DS mengaku …, of "tersangka berinisial DS (27)" or "ucap DS": the
        # initials the article names that person by, the noun before them the role.
        named = _whole_name(doc, tokens[1:], "person")
        named.start, named.text, named.role = first.start, _span_text(doc, tokens), first.text
        return named
    if len(tokens) == 1 and first.text.isupper() and first.lower in lex.person_aliases:
        # kata JK, ujar SBY: initials the public knows as a person, not a body's acronym
        return _whole_name(doc, tokens, "person")
    joint = _bodies_together(doc, tokens, lex) or _joint_mention(doc, tokens, lex)
    if joint is not None:
        return joint
    run_in = _name_then_title(doc, tokens, lex)
    if run_in is not None:
        return run_in
    appositive = _appositive_mention(doc, tokens, lex)
    if appositive is not None:
        return appositive
    if lex.is_kinship_description([t.lower for t in tokens[:3]]):
        # Nenek tujuh cucu itu mengaku …: what someone is to their family describes a
        # person told of before; the capital opening the sentence makes no name of Nenek.
        return Mention(first.start, tokens[-1].end, text, role=text, description=True,
                       demonstrative=demonstrative)
    if first.lower.endswith("nya") and lex.is_relation_word(first.lower[:-3]) and opens_sentence(doc, first) \
            and all(not t.is_word or not t.is_capitalized for t in tokens[1:]):
        # Ayahnya (, seorang petani,) memintanya …: a relative of someone told of, whom
        # the article does not name: a source left unnamed.
        rest = [t for t in tokens[1:] if t.is_word and t.lower not in lex.count_words and t.lower != "seorang"]
        return Mention(first.start, tokens[-1].end, text, role=_span_text(doc, rest) if rest else None,
                       description=True, indefinite=True)
    if not demonstrative and _generic_body(tokens, lex):
        # majelis hakim menilai …, Dalam pernyataan resmi, perusahaan menyatakan …: a body
        # described, not named (a capital opening the sentence is no name: Majelis hakim).
        return Mention(first.start, tokens[-1].end, text, role=text, kind="organization", description=True,
                       demonstrative=demonstrative)
    if len(tokens) == 1 and first.is_word and first.lower in lex.body_descriptions \
            and (first.is_capitalized and (demonstrative or opens_sentence(doc, first))
                 or not first.is_capitalized):
        # Organisasi itu mendesak …, Perusahaan tersebut membantah …, Perseroan menyatakan …
        # opening the sentence, Dalam keterangannya, regulator meminta …: a common noun for
        # a body points back to the one such body named before (description_mention), not
        # a body of that name.
        return Mention(first.start, tokens[-1].end, text, role=text, kind="organization", description=True,
                       demonstrative=demonstrative)
    if len(tokens) == 1 and first.is_word and first.is_capitalized and opens_sentence(doc, first) \
            and first.lower in lex.panel_bodies:
        # Majelis juga menyebut …: the panel (majelis hakim) described, as majelis is in
        # running text, the capital only opening the sentence; no body named Majelis
        # (description_mention finds the bench or the judge speaking for it).
        return Mention(first.start, tokens[-1].end, text, role=text, kind="organization", description=True,
                       demonstrative=demonstrative)
    if described_body_head(tokens, demonstrative, lex):
        # Stasiun televisi swasta itu menyatakan …, Kantor hukum itu …, Biro perjalanan
        # tersebut …: a body's head word, then common nouns in lowercase and a
        # demonstrative: a description pointing back to a body told of before
        # (description_mention), never a body named Stasiun, Kantor or Biro.
        return Mention(first.start, tokens[-1].end, text, role=text, kind="organization", description=True,
                       demonstrative=True)
    body_run = _body_tagged_a_person(doc, tokens, lex)
    if first.lower in lex.organization_heads and first.is_capitalized \
            and not any(t.ner.endswith("-PER") and not _links_a_body_name(tokens, k, lex)
                        and not _in_brackets(tokens, k) for k, t in enumerate(tokens) if k >= body_run):
        # A person named after the body (BI Perry Warjiyo) is parsed as a person below;
        # the body's short form in brackets is none (Asosiasi Pengusaha Indonesia (Apindo)).
        # The body's name ends before a lowercase word that does not hold it together
        # (Pihak Pemprov DKI Jakarta ``ingin``); Badan Penanggulangan Bencana dan … stays.
        last = len(tokens)
        for k in range(1, len(tokens)):
            t = tokens[k]
            # Lowercase words right after the head describe it until its name comes
            # (Kantor berita resmi Korea Utara KCNA, Lembaga nonpemerintah The …).
            describes_head = k <= 3 and any(x.is_capitalized for x in tokens[k + 1:k + 3]) \
                and all(not x.is_capitalized and not _looks_like_a_verb(x) for x in tokens[1:k + 1])
            held = describes_head or (k + 1 < len(tokens) and tokens[k + 1].is_capitalized
                                      and t.lower in lex.role_glue_words)
            if t.is_word and not t.is_capitalized and not held:
                # Lowercase words stay only between capitalised ones as glue, or right
                # after the head before its name (Lembaga nonpemerintah The Institute …).
                last = k
                break
        org = tokens[:last]
        org = org[_described_body_name_start(org, lex):]
        return Mention(first.start, tokens[-1].end, text, name=_span_text(doc, org), kind="organization",
                       name_start=org[0].start, name_end=org[-1].end)
    if _body_unit(doc, tokens, lex):
        # KAI Daop 1, PLN UID Jatim, Pertamina RU IV: a body's acronym, then the unit's
        # code, number or place: the unit speaks, its name whole.
        return _whole_name(doc, tokens, "organization")
    if first.lower in lex.body_role_nouns and len(tokens) > 2 and tokens[1].is_capitalized \
            and tokens[1].lower in lex.firm_prefixes and all(t.is_word and t.is_capitalized for t in tokens[2:]):
        # Promotor PT Gema Swara memastikan …: what the firm is to the event, then the firm,
        # whose own name follows its legal form (firm_prefixes): the firm speaks.
        return Mention(first.start, tokens[-1].end, text, name=_span_text(doc, tokens[1:]), kind="organization",
                       name_start=tokens[1].start, name_end=tokens[-1].end)
    titled = first.is_capitalized or _is_title_word(first, lex)
    rng = _capitalized_name_range(tokens, lex) if titled else None
    if not titled and (lex.opens_a_description([t.lower for t in tokens[:3]])
                       or (first.lower.endswith("nya") and lex.is_relation_word(first.lower[:-3])
                           and len(tokens) > 2 and tokens[1].text == ",")):
        # kata gelandang Persib, Rizky …: a lowercase description opens the role of a name
        # a comma sets off after it, as a title does (kata pelatih Persib, Rizky …); so
        # does a relative's noun (Menurut cucunya, Dimas (25), …: the grandchild, named).
        rng = _capitalized_name_range(tokens, lex)
        if rng is not None and tokens[rng[0] - 1].text != ",":
            rng = None
    if rng is None and not titled:
        # Without the comma, only where the words show a person (kata penyerang Persib
        # Bandung Ahmad Yusuf); otherwise the capitalised words are where the person is
        # from (kata pengunjung Mal Taman Anggrek, suporter Persija, pengungsi Rohingya).
        rng = _name_after_description(tokens, lex)
    if rng is not None and not first.is_capitalized and (
            demonstrative or (rng[0] > 0 and tokens[rng[0] - 1].lower in lex.organization_heads
                              and not _body_then_person(tokens, rng[0], lex))):
        # "politisi Partai Hanura itu": the capitalised words name the party, and the
        # demonstrative points back to a person introduced earlier.
        rng = None
    if rng is not None and demonstrative \
            and (_is_title_word(first, lex) or lex.opens_a_description([t.lower for t in tokens[:3]])) \
            and (not any(t.ner.endswith("-PER") for t in tokens[rng[0]:rng[1]])
                 or _names_the_body_of_a_head(tokens, rng, lex)):
        # "Mantan Koordinator Komisi untuk Orang Hilang … (KontraS) itu", "Penyerang Borneo
        # FC itu": capitalised words that close a title or a description before a
        # demonstrative name the body, not a person; so do those right after a word that
        # takes a name, though a tagger reads them as a person's (Pengasuh Pondok
        # Pesantren Nurul Iman itu: the pesantren's name).
        rng = None
    if first.text.isupper() and len(first.text) > 1 and (
            first.text in _article_words(lex).acronyms
            or (len(first.text) >= 3 and first.text.isalpha() and not _inside_a_phrase(doc, first, lex))) \
            and _branch_place_after(doc, tokens, lex):
        # IATA memprediksi …, after "Asosiasi Transportasi Udara Internasional (IATA)":
        # an acronym the article introduced in brackets after a body's name; or one it
        # takes as known (ICW menilai …, YLBHI mendesak …), maybe with the place of its
        # branch (LBH Jakarta; SPSI Kudus, where the article writes Kudus as a place, di
        # Kabupaten Kudus, though no gazetteer lists it). Initials the article gives a
        # person and those the public knows as one were taken above.
        return _whole_name(doc, tokens, "organization")
    if _acronym_and_word_written_together(tokens, lex):
        # KAI Commuter menyampaikan …, where the article writes Commuter only after KAI
        # (VP Corporate Secretary KAI Commuter; meminta KAI Commuter …): the body's
        # acronym and the word that names its unit or its arm, one body, not a title and
        # a person called Commuter.
        return _whole_name(doc, tokens, "organization")
    if _body_named_whole(doc, tokens, lex):
        return _whole_name(doc, tokens, "organization")
    if rng is not None and _branch_after_bracketed_short_form(tokens, rng, lex):
        return _whole_name(doc, tokens, "organization")
    close = max((k for k, t in enumerate(tokens) if t.text == ")"), default=len(tokens))
    # Kasat Reskrim Polres Blora, tagged a body whole: a title opening it makes it an
    # office, a description of its holder (below).
    if rng is None and not _is_title_word(first, lex) and any(t.ner.endswith("-ORG") for t in tokens) and all(
            t.ner.endswith("-ORG") and t.is_capitalized or _bracketed_acronym(tokens, k)
            # Walhi (…) Riau: the body's branch, a place after its acronym.
            or (k > close and t.is_capitalized and (t.ner.endswith("-LOC") or lex.is_place_word(t.text)))
            for k, t in enumerate(tokens) if t.is_word):
        # A body the tagger names, by an acronym or a name no lexicon lists (KCNA
        # melaporkan …; Indonesia Corruption Watch (ICW) menilai …).
        return _whole_name(doc, tokens, "organization")
    if rng is None:
        # A description (politisi Partai Hanura itu) or a bare title (Presiden): the
        # speaker comes from an earlier mention with a compatible role.
        if _is_title_word(first, lex) or lex.opens_a_description([t.lower for t in tokens[:3]]):
            # sopir yang mengaku belum punya SIM itu: the relative clause says what the
            # person did; the role to look for is before it.
            rel = next((k for k, t in enumerate(tokens) if k > 0 and t.lower == "yang"), len(tokens))
            while rel > 1 and tokens[rel - 1].text == ",":
                rel -= 1  # Warga Kecamatan Depok, Sleman, yang …: no comma closes the role
            # Bu Menteri Keuangan meminta …: the form of address before a title addresses
            # its holder, no part of the title the description names them by.
            lead = 1 if rel > 2 and _honorific(first, lex) and tokens[1].lower in lex.title_heads \
                and not _honorific(tokens[1], lex) else 0
            return Mention(tokens[lead].start, tokens[-1].end, _span_text(doc, tokens[lead:]),
                           role=_span_text(doc, tokens[lead:rel]), description=True, demonstrative=demonstrative)
        if _is_place_phrase(tokens, lex) and not _after_a_name(doc, first):
            # Rusia menegaskan …, China membantah …: a country speaks for its government;
            # after a name and a comma it says where that one is (… Sanata Dharma, Yogyakarta,).
            return _whole_name(doc, tokens, "organization")
        body = _body_named_before_from(doc, tokens, lex)
        if body is not None:
            # tulis Garuda Raya dalam unggahan itu, after "Garuda Raya FC, klub yang …": the
            # body the article named in full, its name cut short (the tagger may read the
            # words, ending in a place's word, as a person's name: no person's name here).
            return Mention(first.start, tokens[-1].end, text, name=_span_text(doc, body), kind="organization",
                           name_start=first.start, name_end=tokens[-1].end)
        if len(tokens) > 1 and _body_word_written_as_a_name(first, lex) \
                and _branch_place_after(doc, tokens, lex):
            # Walhi Sumatera Utara menilai …: a body's short name written as a name (a
            # word the gazetteer knows for no person's), then the place of its branch, as
            # after an acronym in capitals (LBH Jakarta, above); no longer name of a body
            # the article wrote before (Garuda Raya of Garuda Raya FC, just above).
            return _whole_name(doc, tokens, "organization")
        return None
    a, b = rng
    # A noble or regional title (Lalu Kusnawan, Teuku Riefky) is part of the name.
    while a > 0 and (n := name_prefix_before(tokens, a, lex)):
        a -= n
    if 0 < a < b and tokens[a].lower in lex.names_after_initial and initial_opens_name(tokens, a - 1, lex):
        # I Gusti Putu …, Komisi V DPR I Ketut …: the initial opens such a name, though a
        # tagger reads it as the body's numeral (DPR I).
        a -= 1
    name_toks = tokens[a:b]
    role_end = a
    # "Kepala Polsek Mampang, Komisaris Sujarwo": a rank after the comma is not the role.
    comma = next((k for k in range(a - 1, -1, -1) if tokens[k].text == ","), None)
    if comma is not None and comma > 0 and all(_is_title_word(t, lex) for t in tokens[comma + 1:a]):
        role_end = comma
    if _common_words_only(name_toks, after_title=a > 0, lex=lex):
        # A noun written capitalised ("Nomor 6", a sub-heading's first word) is no name;
        # after a title it ends the title (Deputi … Aparatur Negara dan Reformasi
        # Birokrasi, Menteri Tenaga Kerja): a description, like a bare title; so is a
        # capitalised description opening the sentence (Petugas mengatakan …), or a body's
        # role (Penyelenggara menjamin …).
        if _is_title_word(first, lex) or lex.opens_a_description([t.lower for t in tokens[:3]]) \
                or first.lower in lex.body_role_nouns:
            return Mention(first.start, tokens[-1].end, text, role=text, description=True,
                           demonstrative=demonstrative)
        return None
    if a > 0 and lex.is_relation_word(tokens[a - 1].text, tokens[a - 2].text if a > 1 else None):
        # Keluarga Rehan, ayah Ika: the named person's relative, whom the article does not
        # name: a source left unnamed, never the named person.
        return Mention(first.start, tokens[-1].end, text, role=text, description=True, indefinite=True)
    role_toks = _role_tokens(_strip(tokens[:role_end], lex), lex)
    cut = max((k + 1 for k in range(len(role_toks) - 1) if has_passive_shape(role_toks[k], lex)
               and looks_like_a_passive(role_toks[k], lex) and _is_title_word(role_toks[k + 1], lex)), default=0)
    if cut:
        # Menteri X (kiri) didampingi Wakil Menteri Y: another's title and name, and the
        # verb joining them, are no part of the role of the name after the verb.
        role_toks = role_toks[cut:]
    while role_toks and (_honorific(role_toks[-1], lex) or role_toks[-1].text in {".", ","}
                         or (len(role_toks) > 1 and role_toks[-1].lower in lex.role_trailing_fillers)):
        # ahli perbankan Prof Natsir: "Prof" addresses the name; Warga lain seperti
        # Rudianta: "seperti" introduces it.
        role_toks = role_toks[:-1]
    if not role_toks and a == 2 and tokens[1].text == "," and not first.is_capitalized \
            and first.lower.endswith("nya") and lex.is_relation_word(first.lower[:-3]):
        role_toks = [first]  # (Menurut) cucunya, Dimas: what the one named is to someone told of
    if not role_toks and b < len(tokens):
        # An appositive after the name: Georgy Zinoviev, Duta Besar Rusia
        after = _strip(tokens[b:], lex)
        if after and _is_title_word(after[0], lex):
            role_toks = after
    return Mention(
        first.start, tokens[-1].end, text,
        name=_span_text(doc, name_toks), role=_span_text(doc, role_toks) if role_toks else None,
        name_start=name_toks[0].start, name_end=name_toks[-1].end,
    )


_ROLE_ENDERS = frozenset({"dengan", "yang", "terhadap", "sebagai"})


def _members_body(words: list[Token], lex: Lexicon) -> list[Token] | None:
    """The body whose members or heads ``words`` describe (pemimpin ``ASEAN``, menteri luar
    negeri ``G7``): a title, then lowercase words, then capitalised words that end the
    phrase and name a body or a country, not a person; None otherwise."""
    if not words or not _is_title_word(words[0], lex) or words[0].is_capitalized:
        return None
    k = len(words)
    while k > 1 and words[k - 1].is_capitalized:
        k -= 1
    body = words[k:]
    if not body or any(not t.is_capitalized for t in words[k:]) \
            or any(t.is_capitalized for t in words[1:k]) or any(t.ner.endswith("-PER") for t in body):
        return None
    if all((t.text.isupper() and len(t.text) > 1) or t.ner.endswith(("-ORG", "-LOC"))
           or lex.is_place_or_organization_word(t.text) for t in body):
        return body
    return None


# The prefix of Indonesian nouns for one who does something (pemagang, pedagang, pekerja);
# with -an after it the noun names the doing (pembangunan), no one.
_AGENT_PREFIX = "pe"
_MIN_AGENT_NOUN = 6


def _agent_noun(tok: Token, lex: Lexicon) -> bool:
    """Whether lowercase ``tok`` is built as a noun for a person by what they do
    (pemagang, penyelam), not a noun for the doing (pembangunan, perjuangan), a body
    (pemerintah) or a word the lexicon knows otherwise."""
    return tok.is_word and not tok.is_capitalized and _agent_noun_word(tok.lower, lex)


def _agent_noun_word(low: str, lex: Lexicon) -> bool:
    """``_agent_noun``'s test on the word written in lowercase."""
    return low.startswith(_AGENT_PREFIX) and len(low) >= _MIN_AGENT_NOUN \
        and not low.endswith("an") and not low.endswith("nya") and low not in lex.organization_heads \
        and low not in lex.document_heads and low not in lex.closing_statement_nouns \
        and not lex.is_reporting_verb(low) and not lex.is_direct_cue(low)


def handle_end(tokens: list[Token], k: int) -> int | None:
    """Where a social-media handle that starts at ``tokens[k]`` (``@``) ends: the words,
    dots and underscores written onto it (@bimo.satrio, whose last full stop ends the
    sentence); None where no word is written right after the ``@``."""
    if k + 1 >= len(tokens) or tokens[k].text != "@" or not tokens[k + 1].is_word \
            or tokens[k + 1].start != tokens[k].end:
        return None
    j = k + 2
    while j + 1 < len(tokens) and tokens[j].text in (".", "_") and tokens[j].start == tokens[j - 1].end \
            and tokens[j + 1].is_word and tokens[j + 1].start == tokens[j].end:
        j += 2
    return j


# The most words between an account noun and its handle (akun Instagram @…, akun media sosial @…).
_ACCOUNT_WORDS = 3


def _account_handle(tokens: list[Token], lex: Lexicon) -> list[Token] | None:
    """The handle's tokens where the mention is a social-media account (``akun @nadia_rhm``,
    ``pemilik akun Instagram @bimo.satrio``, ``@bimo.satrio`` alone) and nothing else."""
    at = next((k for k, t in enumerate(tokens) if t.text == "@"), None)
    if at is None:
        return None
    end = handle_end(tokens, at)
    if end is None or end != len(tokens):
        return None
    if at:
        words = [t.lower for t in tokens[:at]]
        noun = max((len(m) for m in lex.account_nouns if tuple(words[:len(m)]) == m), default=0)
        if not noun or at - noun > _ACCOUNT_WORDS or not all(t.is_word for t in tokens[noun:at]):
            return None
    return tokens[at:end]


# The most sentences back from ``akun tersebut`` to the handle it points at.
_ACCOUNT_SENTENCES_BACK = 3


def _account_noun_before(tokens: list[Token], at: int, lex: Lexicon) -> bool:
    """Whether an account noun stands right before the handle at ``tokens[at]``, with at most
    a few words between (akun X @…, akun media sosial @…) and none of them an owner's
    (akun Instagram pribadinya @…: the owner's account, the owner speaks)."""
    return any(all(t.is_word and not t.lower.endswith(ENCLITIC) for t in between)
               for between in _after_account_nouns(tokens, at, lex))


def _after_account_nouns(tokens: list[Token], at: int, lex: Lexicon):
    """The words between each account noun that ends at most a few words before
    ``tokens[at]`` and ``at`` (maybe none), the longest noun first, then the nearest."""
    for m in sorted(lex.account_nouns, key=len, reverse=True):
        for gap in range(_ACCOUNT_WORDS + 1):
            a = at - gap - len(m)
            if a >= 0 and tuple(t.lower for t in tokens[a:a + len(m)]) == m:
                yield tokens[a + len(m):at]


def _account_pointed_back(doc: Document, tokens: list[Token], lex: Lexicon) -> list[Token] | None:
    """The handle's tokens where the mention is an account noun pointing back (``cuit akun
    tersebut``) and the last handle written before it, a few sentences back at most, follows
    an account noun (``diungkap oleh akun X @secfinder``); None otherwise, as where the
    last handle is a body's or a person's own (``akun Instagram resminya, @kemenlh``),
    whose owner speaks."""
    words = tuple(t.lower for t in tokens if t.lower not in DEMONSTRATIVES)
    if not words or not any(words[:len(m)] == m and len(words) - len(m) <= _ACCOUNT_WORDS
                            for m in lex.account_nouns):
        return None
    toks = doc.tokens
    first = tokens[0].i
    sent = toks[first].sent
    for k in range(first - 1, -1, -1):
        if sent - toks[k].sent > _ACCOUNT_SENTENCES_BACK:
            return None
        named = _account_named_at(toks, k, lex)
        if named is not None:
            return named
        if toks[k].text != "@":
            continue
        end = handle_end(toks, k)
        if end is None:
            continue
        return toks[k:end] if _account_noun_before(toks, k, lex) else None
    return None


def is_official_account(tokens: list[Token], at: int, lex: Lexicon) -> bool:
    """Whether the handle at ``tokens[at]`` (``@``) is written as an official account: an
    account noun a few words before it, one of the words between saying so (akun Instagram
    ``resmi`` @…), none of them an owner's -nya."""
    return any(all(t.is_word and not t.lower.endswith(ENCLITIC) for t in between)
               and any(t.lower in lex.official_account_words for t in between)
               for between in _after_account_nouns(tokens, at, lex))


def _account_description(toks: list[Token], at: int, lex: Lexicon) -> list[Token] | None:
    """The lowercase words between an account noun and ``toks[at]`` (akun ``penjual data``
    bernama …: what the account is, its role), maybe none; None where no account noun
    stands a few words before ``at``, or a word between is capitalised or an owner's."""
    return next((between for between in _after_account_nouns(toks, at, lex)
                 if all(t.is_word and not t.is_capitalized and not t.lower.endswith(ENCLITIC) for t in between)),
                None)


_ACCOUNT_NAME_WORDS = 2  # akun … bernama "Red Falcon": the words of the name an account goes by


def _account_named_at(toks: list[Token], k: int, lex: Lexicon) -> list[Token] | None:
    """The name an account goes by where ``toks[k]`` opens it after an account noun and a
    marker that gives a name (``diungkap akun penjual data bernama "RedFalcon"``: the
    account noun, a few words saying what it is, ``bernama``, the name in quotation marks
    or written as a name is): those words, which a later ``akun tersebut`` points back to
    as a handle; None otherwise, as where a word for a person closes the words between
    (akun penyebar video korban bernama X: the name is the victim's, not the account's)."""
    m = k - 1
    if m >= 0 and toks[m].text in lex.quote_marks:
        m -= 1
    if m < 0 or not toks[k].is_word or not toks[k].is_capitalized:
        return None
    marker = _marker_ending_at(toks, m + 1, lex.markers_before_name_after_description)
    described = None if marker is None else _account_description(toks, m - marker + 1, lex)
    if described is None:
        return None
    if len(described) > 1 and (described[-1].lower in lex.descriptive_role_heads
                               or described[-1].lower in lex.person_nouns):
        return None  # akun penyebar video korban bernama X: the victim is named so, not the account
    end = k
    while end < len(toks) and end - k < _ACCOUNT_NAME_WORDS and toks[end].is_word and toks[end].is_capitalized \
            and toks[end].sent == toks[k].sent:
        end += 1
    if end < len(toks) and toks[end].is_word and toks[end].is_capitalized:
        return None  # (a longer run of capitals: a person's or a body's name, no account's)
    return toks[k:end]


def short_form_after(tokens: list[Token], k: int, lex: Lexicon) -> bool:
    """Whether the capitalised words right after ``tokens[k]`` (``atau``) are a short form
    of the name that ends right before it (Ardiansyah Putra atau Coach Ardi)."""
    before = []
    j = k - 1
    while j >= 0 and tokens[j].is_word and tokens[j].is_capitalized and len(before) < 4:
        before.insert(0, tokens[j].lower)
        j -= 1
    after = []
    j = k + 1
    while j < len(tokens) and tokens[j].is_word and tokens[j].is_capitalized and len(after) < 3:
        after.append(tokens[j].lower)
        j += 1
    closed = j >= len(tokens) or not (tokens[j].is_word and tokens[j].is_capitalized)
    return closed and is_short_form(after, before, lex)


# The fewest letters of a short form's word cut from a name's word (Ardi, Tian).
_MIN_SHORT_FORM = 3


def is_short_form(nick: list[str] | tuple[str, ...], name: list[str] | tuple[str, ...], lex: Lexicon) -> bool:
    """Whether the lowercased words ``nick`` are a short form of the name ``name`` (two
    words or more): past a form or title of address that may open it (Coach Ardi, Pak
    Budi), each word the front or the end of one of the name's words (Ardi of Ardiansyah,
    Tian of Septian) or the fronts of two of them run together (Jokowi of Joko Widodo)."""
    nick = list(nick)
    if nick and nick[0] in lex.address_openers:
        nick = nick[1:]
    if not nick or len(name) < 2 or len(nick) >= len(name):
        return False

    def cut_from(word: str) -> bool:
        if len(word) < _MIN_SHORT_FORM:
            return False
        if any(w.startswith(word) or w.endswith(word) for w in name):
            return True
        return any(word.startswith(a[:n]) and len(word) > n and b.startswith(word[n:])
                   for a, b in zip(name, name[1:]) for n in range(2, len(a) + 1))
    return all(cut_from(w) for w in nick)


def _name_marker(tokens: list[Token], lex: Lexicon) -> tuple[int, int] | None:
    """Where a marker that introduces a name (``bernama``, ``bernama asli``; ``yang biasa
    disapa`` after a description) stands in a mention, and its length; None where none
    stands before a capitalised word."""
    for k in range(0, len(tokens) - 1):
        # (Pemilik nama asli X itu: a marker opening the mention, no description before it.)
        marker = _marker_at(tokens, k, lex.markers_before_name_after_description if k else lex.markers_before_real_name)
        if marker is None and k > 1 and tokens[k - 1].lower == "yang" \
                and describes_someone(tokens[:k - 1], lex):
            marker = _marker_at(tokens, k, lex.markers_before_nickname)
        if marker is not None and k + marker < len(tokens) and tokens[k + marker].is_capitalized:
            return k, marker
    return None


def _marker_at(tokens: list[Token], k: int, markers: frozenset[tuple[str, ...]]) -> int | None:
    """The length of the longest of ``markers`` that starts at ``tokens[k]``."""
    return max((len(m) for m in markers if tuple(t.lower for t in tokens[k:k + len(m)]) == m), default=None)


def _marker_ending_at(tokens: list[Token], end: int, markers: frozenset[tuple[str, ...]]) -> int | None:
    """The length of the longest of ``markers`` that ends right before ``tokens[end]``."""
    return max((len(m) for m in markers
                if end - len(m) >= 0 and tuple(t.lower for t in tokens[end - len(m):end]) == m), default=None)


def describes_someone(words: list[Token], lex: Lexicon) -> bool:
    """A short description of someone left unnamed in it: Pemain, Pria asal Brasil, pelatih
    berusia 40 tahun (capitalised only where it opens the sentence), after a determiner
    (Seorang tukang parkir)."""
    words = words[lex.indefinite_determiner_length([t.lower for t in words[:2]]):]
    return 0 < len(words) <= 5 and (words[0].lower in lex.descriptive_role_heads or words[0].lower in lex.title_heads) \
        and not any(t.is_capitalized for t in words[1:])


def _appositive_mention(doc: Document, tokens: list[Token], lex: Lexicon) -> Mention | None:
    """``Pandu Riono, pakar epidemiologi Universitas Indonesia``: the name before the
    comma, the role after it."""
    # Edison Sembiring selaku Kepala Divisi …: "selaku" (in the capacity of) as a comma.
    cut = next((k for k, t in enumerate(tokens) if t.text == "," or t.lower == "selaku"), None)
    if cut is None or cut == 0 or cut + 1 >= len(tokens) or not tokens[0].is_capitalized:
        return None
    # Purnomo, 39, ayah seorang murid: the age set off by commas is the name's, the
    # role comes after it.
    name_end = cut
    cut += comma_age_at(tokens, cut, lex)
    # Siti, seorang guru di Bekasi: the determiner is no part of the role.
    role_start = cut + 1 + lex.singular_determiner_length([t.lower for t in tokens[cut + 1:cut + 3]])
    if role_start >= len(tokens):
        return None
    # Regional Head of Operations Grab: modifiers may come before the title's head. After
    # a name with an age (Yani (40), agen tiket PO Pahala Kencana) any description does.
    at_head = lex.title_head_after_modifiers([t.lower for t in tokens[role_start:]])
    if at_head is None and not tokens[role_start].is_capitalized \
            and lex.phrase_opening([t.lower for t in tokens[role_start:]], lex.body_roles):
        at_head = 0  # X selaku rumah produksi, X, distributor film itu: what a body is, its role
    if at_head is None and not (_with_age(tokens[:cut], lex) and not tokens[role_start].is_capitalized):
        return None
    head = role_start + at_head if at_head is not None else None
    if head is not None and tokens[head].lower in lex.honorifics \
            and not (head + 1 < len(tokens) and tokens[head + 1].is_word and not tokens[head + 1].is_capitalized) \
            and not (head + 1 < len(tokens) and tokens[head + 1].is_word and not tokens[head].is_capitalized
                     and lex.is_relation_word(tokens[head].lower)):
        # Rekan Rina di BRIN, Dr Taufik: an honorific opens the name after the comma; not
        # the noun it also is before a lowercase word (…, ibu rumah tangga asal Kesiman),
        # nor a kinship noun in lowercase before someone's name (…, ibu Dimas: his mother).
        return None
    if not _names_someone(doc, tokens[:name_end], lex):
        return None  # Duta Besar Rusia, Georgy Zinoviev: the title comes first
    m = parse_mention(doc, tokens[:name_end], lex)
    if m is None or not m.name or m.pronoun or m.description:
        return None
    role = _strip(tokens[role_start:], lex)
    # Puspa Pratiwi (46), pelaku usaha mikro dengan nama usaha …: the role ends before
    # a word that goes on to describe the person, not the role.
    end = next((k for k, t in enumerate(role) if k > 0 and t.lower in _ROLE_ENDERS), len(role))
    role = role[:end]
    # AKBP Rina selaku Kapolres Cianjur, Kombes Pol Budi, Kabid Humas …: a rank before the
    # name is only how the person is addressed; the office after the comma is the role.
    if role and (m.role is None or _only_a_rank([t for t in tokens[:cut] if t.end <= m.name_start], lex)):
        m.role = _span_text(doc, role)
    m.end, m.text = tokens[-1].end, _span_text(doc, tokens)
    return m


_MAX_RUN_IN_NAME_WORDS = 4


def _name_then_title(doc: Document, tokens: list[Token], lex: Lexicon) -> Mention | None:
    """``Bambang Suryadi Ketua RT 03 RW 07``, ``Rina Lurah Tambakrejo``, ``Warsini (58)
    warga RT 02``: a person's name, then with no comma the title of its holder, as some
    outlets write them: the name before the title, the title and what follows it the role.
    The name is one the tagger marks a person's (or one with an age in brackets)."""
    first = 0
    while first < len(tokens) - 1 and _honorific(tokens[first], lex):
        first += 1
        if tokens[first].text == ".":
            first += 1
    if not tokens[0].is_capitalized:
        return None
    k = run_in_title(tokens[first:], lex, doc)
    if k is None:
        return None
    k += first
    aged = k - 3 > first and age_at(tokens, k - 3)
    name = tokens[first:k - 3] if aged else tokens[first:k]
    if not name or not (aged or any(t.ner.endswith("-PER") for t in name)) \
            or any(t.ner.endswith(("-ORG", "-LOC")) for t in name) or any(t.text == "," for t in tokens[k:]):
        return None
    named = _whole_name(doc, name, "person")
    named.start, named.end, named.text = tokens[0].start, tokens[-1].end, _span_text(doc, tokens)
    named.role = _span_text(doc, _strip(tokens[k:], lex))
    return named


def run_in_title(tokens: list[Token], lex: Lexicon, doc: Document | None = None) -> int | None:
    """Where the title opens in ``tokens`` that a person's name opens and runs into with
    no comma (``Bambang Suryadi`` ``Ketua`` RT 03): after two to four capitalised words
    that are no title's, body's or place's (or one with its age), a capitalised title
    word with words after it, not an honorific (Bu, Pak) nor one names are also made of
    (Arif Hakim Nugroho); after an age in brackets (Warsini (58) warga RT 02) also a
    lowercase description. A capitalised title word opens one only before its complement
    (Ketua RT 03, Lurah Tambakrejo where the article writes Tambakrejo as a place, Kepala
    Dinas …), not before another word of a name (Muhammad Rizky Laksamana Putra). None
    where no such title opens."""
    k = 0
    while k < len(tokens) and tokens[k].is_word and tokens[k].is_capitalized and not _is_title_word(tokens[k], lex) \
            and tokens[k].lower not in lex.organization_heads and not lex.is_place_or_organization_word(tokens[k].text) \
            and not _not_a_name(tokens[k], lex):
        k += 1
    aged = age_at(tokens, k)
    # A name of two words at least, or one with its age (Warsini (58)): one capitalised
    # word before a title is as often the title's own modifier (Project Officer,
    # Corporate Secretary).
    if not (2 if not aged else 1) <= k <= _MAX_RUN_IN_NAME_WORDS \
            or lex.title_head_after_modifiers([t.lower for t in tokens[:k + 1]]) is not None:
        return None
    if aged:
        k += 3
    if k + 1 >= len(tokens) or not tokens[k].is_word or _honorific(tokens[k], lex):
        return None
    head = tokens[k]
    if head.is_capitalized:
        opens = _is_title_word(head, lex) and head.lower not in lex.name_words_like_titles \
            and _title_complement(tokens[k + 1], lex, doc)
    else:
        opens = aged and (_is_title_word(head, lex) or lex.opens_a_description([t.lower for t in tokens[k:k + 3]]))
    return k if opens else None


def _title_complement(tok: Token, lex: Lexicon, doc: Document | None) -> bool:
    """Whether ``tok``, right after a title word, is what the title is of: a lowercase
    word, an acronym or number (RT 03), a title's, body's or place's word, or a word the
    article writes as a place's name (Lurah Tambakrejo); not another word of a name."""
    if not tok.is_word or not tok.is_capitalized or any(c.isdigit() for c in tok.text) \
            or (len(tok.text) >= 2 and tok.text.isupper()):
        return True
    return _is_title_word(tok, lex) or tok.lower in lex.organization_heads \
        or lex.is_place_or_organization_word(tok.text) or (doc is not None and written_as_a_place(doc, tok.text, lex))


def _name_after_description(tokens: list[Token], lex: Lexicon) -> tuple[int, int] | None:
    """The name after a lowercase description that no title heads (kata penyerang Persib
    Bandung Ahmad Yusuf, ujar sopir Budi Santoso), where the words show a person: a comma
    before them (pengungsi asal Suriah, Ahmad), a word the NER data or the article's cues
    know as a name's, or a body's name ending visibly before a name of two words or more
    (Persib Bandung | Ahmad Yusuf). Such a head names a body or a place after it as often
    (suporter Persija, pengungsi Rohingya, pendaki Gunung Rinjani, penumpang KRL Commuter
    Line); nor is a kinship word's name the speaker's (kata istri Budi): None for those."""
    first = tokens[0]
    if first.lower not in lex.descriptive_role_heads or lex.is_relation_word(first.text):
        return None
    rng = _capitalized_name_range(tokens, lex)
    if rng is None:
        return None
    a, b = rng
    cued = _article_words(lex).cued
    run = a
    while run > 0 and tokens[run - 1].is_capitalized:
        run -= 1
    # A body's name in the run before a name of two words or more, ending visibly: a place
    # or a body's word (Persib Bandung; not Pasar Senen, all of it the place), a club's or
    # firm's acronym after its name (Borneo FC), or where the tagger starts the person.
    boundary = tokens[a - 1]
    after_body = run < a and b - a >= 2 and (
        ends_a_place(tokens, a - 1, lex) or lex.is_place_or_organization_word(boundary.text)
        or (_is_acronym(boundary) and run < a - 1)
        or (tokens[a].ner in ("B-PER", "S-PER") and not boundary.ner.endswith("-PER")))
    if boundary.text == "," or after_body or any(_is_person_word(t, lex) or t.text in cued for t in tokens[a:b]):
        return rng
    return None


def _body_word_written_as_a_name(tok: Token, lex: Lexicon) -> bool:
    """``Walhi``, ``Kontras``: one capitalised word the gazetteer knows for no person's
    (non_person_words), not a running-text word, a place's or a title's: a body's short
    name written as a name, which a place after it makes a branch of the body."""
    return tok.is_word and tok.is_capitalized and not tok.text.isupper() and tok.text.isalpha() \
        and tok.lower in lex.non_person_words and tok.lower not in lex.common_words \
        and not lex.is_place_word(tok.text) and not _is_title_word(tok, lex)


def _body_named_whole(doc: Document, tokens: list[Token], lex: Lexicon) -> bool:
    """Capitalised words that open with a body's word the tagger marks as the start of a
    body, with no title and no person among them (``Garuda`` Sentosa Logistik menyatakan …, of
    a subsidiary named after its parent): the body speaks, its name whole; the parent's
    word is no role of a person named by the rest. A tagger runs the dateline into the
    body opening the sentence after it (``MALANG - Arema`` Perkasa memastikan …):
    the body still starts there."""
    first = tokens[0]
    starts = first.ner == "B-ORG" or (first.ner == "I-ORG" and opens_sentence(doc, first))
    return len(tokens) > 1 and starts and first.lower in lex.non_person_words \
        and not lex.is_place_word(first.text) and all(t.is_capitalized for t in tokens) \
        and not any(_is_title_word(t, lex) or t.ner.endswith("-PER") for t in tokens)


_MAX_UNIT_WORDS = 4  # Polda Metro Jaya Selatan: the words after the body's acronym


def _body_named_before_from(doc: Document, tokens: list[Token], lex: Lexicon) -> list[Token] | None:
    """Where ``tokens``, capitalised words only, are the opening words of a longer name of
    a body the article wrote earlier (``Garuda Raya`` of ``Garuda Raya FC``), that name's
    words there: one the tagger marks as a body's, or one closed by a body's word (FC,
    Group) right after them; else None."""
    words = [t.text for t in tokens]
    if not words or not all(t.is_word and t.is_capitalized for t in tokens):
        return None
    toks = doc.tokens
    tagged = next((e for e in doc.entities if e.label == "ORG" and e.tok_end - e.tok_start > len(words)
                   and e.start < tokens[0].start
                   and [t.text for t in toks[e.tok_start:e.tok_start + len(words)]] == words), None)
    if tagged is not None:
        return toks[tagged.tok_start:tagged.tok_end]
    n = len(words)
    for k in range(tokens[0].i - n):
        if [t.text for t in toks[k:k + n]] != words or (k > 0 and toks[k - 1].sent == toks[k].sent
                                                        and toks[k - 1].is_word and toks[k - 1].is_capitalized):
            continue
        rest = _capitalized_run(toks, k + n, _MAX_BODY_CLOSER_WORDS)
        if rest and rest[0].sent == toks[k].sent and all(lex.is_place_or_organization_word(t.text) for t in rest) \
                and not (k + n + len(rest) < len(toks) and toks[k + n + len(rest)].is_capitalized
                         and toks[k + n + len(rest)].is_word):
            return toks[k:k + n + len(rest)]
    return None


_MAX_BODY_CLOSER_WORDS = 2  # Garuda Raya FC, … Football Club


def _body_unit(doc: Document, tokens: list[Token], lex: Lexicon) -> bool:
    """``KAI Daop 1``, ``PLN UID Jatim``, ``Pertamina RU IV``: a body's acronym or short
    name the article writes (an acronym, or a word the tagger marks a body's), then a
    unit's acronym or number and maybe its place, no title and no person among them;
    a number or a second acronym is what makes it a unit, not a person's name."""
    first, rest = tokens[0], tokens[1:]
    if not rest or len(rest) > _MAX_UNIT_WORDS or not first.is_word or _is_title_word(first, lex):
        return False
    if not (_is_acronym(first) or first.ner.endswith("-ORG")) or first.ner.endswith("-PER"):
        return False
    if any(not t.is_word or not (t.is_capitalized or t.text.isdigit()) or t.ner.endswith("-PER")
           or _is_title_word(t, lex) for t in rest):
        return False
    if any(a_year(t) for t in rest) or not any(t.is_capitalized for t in rest):
        return False  # UUD 1945, Kodim 0618 alone: a law's year, or a number with no unit word
    return any(t.text.isdigit() or _is_acronym(t) or _is_roman(t.text) for t in rest)


def a_year(tok: Token) -> bool:
    """1945, 2024: a year, which names a law or an event, not a body's unit, nor a measurement."""
    return len(tok.text) == 4 and tok.text.isdigit() and tok.text[:2] in ("19", "20")


def _is_roman(text: str) -> bool:
    """IV, XII: a Roman numeral, as units are numbered (RU IV, Kodam XIV)."""
    return bool(text) and len(text) <= 5 and all(c in "IVXL" for c in text)


def _only_a_rank(words: list[Token], lex: Lexicon) -> bool:
    """Whether ``words`` are a rank and nothing else (AKBP, Kombes Pol, Kolonel Inf)."""
    n = max((len(r) for r in lex.ranks if tuple(t.lower for t in words[:len(r)]) == r), default=0)
    return n > 0 and all(t.lower in lex.rank_qualifiers or not t.is_word for t in words[n:])


def _a_thing_done(words: list[Token], lex: Lexicon) -> bool:
    """Whether the words before a name open with what someone scored or did, maybe
    after a count (Dua gol, Sebuah sundulan, Gol tunggal): the name is its doer."""
    k = 0
    while k < len(words) - 1 and (words[k].lower in lex.count_words or words[k].lower in _COUNT_OPENERS):
        k += 1
    return words[k].lower in lex.possessed_act_nouns


_COUNT_OPENERS = frozenset({"sebuah", "satu-satunya", "kedua", "ketiga", "sepasang"})


def _generic_body(tokens: list[Token], lex: Lexicon) -> bool:
    """``majelis hakim``, ``Pihak kepolisian`` opening the sentence, ``perusahaan``: a
    body's head word, a common noun, with only lowercase words after it describes
    the body without naming it (parse_mention leaves ``lembaga tersebut``, which points
    back, to the others). A capitalised head alone (Pemerintah, Polisi opening the
    sentence) is left to stand as its name; so is one written as a name (KPU setempat,
    Dewan pakar after a comma)."""
    first, rest = tokens[0], [t for t in tokens[1:] if t.is_word]
    if first.lower not in lex.organization_heads or first.text.isupper() or any(t.is_capitalized for t in rest):
        return False
    return not first.is_capitalized or (bool(rest) and _first_in_its_sentence(first))


def _group_speaker(doc: Document, tokens: list[Token], lex: Lexicon) -> Mention | None:
    """A group speaking as one (roles.json's ``group_speakers``: Keluarga korban meminta …,
    Para korban menilai …, tim penasihat hukum menyebut …), its whole phrase in lowercase
    but for a capital opening the sentence, or a team's phrase with the capitalised name of
    the body it works for after it (tim biro hukum KPK): the phrase is the speaker's name,
    spoken for as a body. None for anything else (Keluarga Rehan, para pejabat)."""
    words = [t.lower for t in tokens]
    k = _marker_at(tokens, 0, lex.group_speakers) or 0
    if not k or any(t.is_capitalized and not (i == 0 and opens_sentence(doc, t)) for i, t in enumerate(tokens[:k])):
        return None
    rest = tokens[k:]
    if rest and not (words[0] in lex.team_speaker_heads and all(t.is_capitalized and t.is_word for t in rest)
                     and not any(t.ner.endswith("-PER") for t in rest)):
        return None
    text = _span_text(doc, tokens)
    return Mention(tokens[0].start, tokens[-1].end, text, name=text, kind="organization",
                   name_start=tokens[0].start, name_end=tokens[-1].end)


def _names_the_body_of_a_head(tokens: list[Token], rng: tuple[int, int], lex: Lexicon) -> bool:
    """Whether the capitalised words up to the end of ``rng`` all follow a word that takes
    a name (Pondok ``Pesantren`` Nurul Iman, ``Universitas`` Gadjah Mada) with nothing but
    capitalised words between: the name of that institution or place, whole. Only where
    the words the tagger reads as a person's start right after that word (Pondok
    Pesantren | Nurul Iman itu): an untagged capital between (Kepala Desa Sukamaju Ahmad
    Sholeh itu; Pondok Pesantren Tebuireng …) names the place, and the person follows;
    nor with an honorific among them (KH Abdul Hakim …), which opens a person's name."""
    k = rng[0] - 1
    while k >= 0 and tokens[k].is_word and tokens[k].is_capitalized and tokens[k].lower not in lex.name_heads:
        k -= 1
    return k >= 0 and tokens[k].lower in lex.name_heads \
        and all(t.is_word and t.is_capitalized for t in tokens[k + 1:rng[1]]) and rng[1] == len(tokens) \
        and k + 1 < len(tokens) and tokens[k + 1].ner in _PERSON_STARTS \
        and not any(_honorific(t, lex) for t in tokens[k + 1:rng[1]])


def _whole_name(doc: Document, tokens: list[Token], kind: str) -> Mention:
    """A mention whose words are all the name (Gedung Putih, IATA, Rusia, AS)."""
    text = _span_text(doc, tokens)
    return Mention(tokens[0].start, tokens[-1].end, text, name=text, kind=kind,
                   name_start=tokens[0].start, name_end=tokens[-1].end)


def _body_then_person(tokens: list[Token], k: int, lex: Lexicon) -> bool:
    """Whether the capitalised run at ``k``, after a word that can head a body's name, is
    a person after a complete name: one the tagger marks (juru bicara Kemenlu Budi
    Santoso), or after a country (utusan khusus Amerika Serikat Keith Kellogg)."""
    if any(t.ner.endswith("-PER") for t in tokens[k:]):
        return True
    return any(_is_place_phrase(tokens[j:k], lex) for j in range(max(0, k - 3), k))


def _described_body_name_start(org: list[Token], lex: Lexicon) -> int:
    """Where the name starts in a body's head and the lowercase words that describe it
    (Organisasi lingkungan Walhi Sulteng, Perusahaan rintisan Panenku): at the capitals
    after them, the class of body being no part of its name; 0 where none describe it,
    where glue holds the name together (Komisi untuk Orang Hilang …), or where only a
    place follows (Dinas kesehatan Kota Bogor, written short of capitals)."""
    k = 1
    while k < len(org) and org[k].is_word and not org[k].is_capitalized \
            and org[k].lower not in lex.role_glue_words and not _looks_like_a_verb(org[k]):
        k += 1
    if k == 1 or k == len(org) or not org[k].is_capitalized:
        return 0
    name = org[k:]
    place = _is_place_phrase(name, lex) or all(t.ner.endswith("-LOC") for t in name if t.is_word)
    return 0 if place else k


def _is_place_phrase(tokens: list[Token], lex: Lexicon) -> bool:
    """``Rusia``, ``Korea Selatan``: one to three capitalised words of the country and
    region names (``places.json``), not a direction alone; a town or a district the
    tagger knows (Kecamatan Borobudur, Yogyakarta) is where someone is, not who speaks."""
    return 0 < len(tokens) <= 3 and all(t.is_word and t.is_capitalized and lex.is_place_word(t.text)
                                        for t in tokens) and tokens[0].lower not in _DIRECTIONS


is_place_phrase = _is_place_phrase  # for the sieves


def _a_government_seat(tokens: list[Token], lex: Lexicon) -> bool:
    """Whether ``tokens`` write a national capital the press names for its government
    (``Tokyo``, ``Kuala Lumpur``: places.json's government_seats), each word capitalised."""
    return bool(tokens) and all(t.is_word and t.is_capitalized for t in tokens) \
        and tuple(t.lower for t in tokens) in lex.government_seats


def _after_a_name(doc: Document, tok: Token) -> bool:
    """Whether ``tok`` follows a comma that closes a capitalised word: an appositive."""
    k = tok.i
    return k >= 2 and doc.tokens[k - 1].text == "," and doc.tokens[k - 2].is_capitalized \
        and doc.tokens[k - 2].sent == tok.sent


_DIRECTIONS = frozenset({"selatan", "utara", "barat", "timur", "tengah", "tenggara"})


def _opens_a_body(part: list[Token], lex: Lexicon) -> bool:
    """Whether ``part`` names a body from its first word: a body's head word (Badan …,
    Lembaga …, Ombudsman) or a body's acronym alone (KPU), not a field of a body's name
    (Pengembangan of Badan Penelitian dan Pengembangan; HAM of Kementerian Hukum dan HAM).
    An acronym the article gave in brackets after a name (IDI, of Ikatan Dokter Indonesia
    (IDI)) is a body's, whatever the tagger makes of it where it stands alone."""
    first = part[0]
    if not first.is_capitalized or not first.is_word:
        return False
    if first.lower in lex.organization_heads:
        return True
    return len(part) == 1 and _is_acronym(first) and (first.ner in ("S-ORG", "B-ORG")
                                                      or first.text in _article_words(lex).acronyms)


def bodies_joined(tokens: list[Token], lex: Lexicon) -> list[list[Token]]:
    """A tagged body's name cut at each ``dan`` before a body's head word (Koalisi Nelayan
    X dan Forum Warga Y: two bodies the tagger ran together); a ``dan`` before a field of
    one name (Badan Penelitian dan Pengembangan) stays inside it."""
    pieces, start = [], 0
    for k in range(1, len(tokens) - 1):
        if tokens[k].lower == "dan" and tokens[k + 1].is_capitalized and tokens[k + 1].lower in lex.organization_heads:
            pieces.append(tokens[start:k])
            start = k + 1
    return pieces + [tokens[start:]]


def _joint_bodies(doc: Document, parts: list[list[Token]], lex: Lexicon) -> list[Mention] | None:
    """``KPU dan Badan Pengawas Pemilu (Bawaslu)``, ``Serikat Tani X dan Lembaga Kajian
    Y``: two bodies (or a body, then a titled person) joined by ``dan``, each named whole,
    speaking together; None where a ``dan`` joins the fields of one body's name
    (Kementerian Pendidikan dan Kebudayaan), whose second field opens with no body's word."""
    if len(parts) < 2 or not all(parts):
        return None
    # Greenpeace Indonesia dan Walhi, Perum Bulog dan Kementerian …: a body's own name,
    # with no head word, first; the bodies after it may be named so too.
    own_name = not _opens_a_body(parts[0], lex) and _own_body_name(parts[0], lex)
    if not own_name and not _opens_a_body(parts[0], lex):
        return None
    # Asosiasi X (AX) dan Asosiasi Pengolah Kopi dan Kakao Y: a "dan" before capitalised
    # words that open neither a body nor a title joins the fields of the name before it
    # (Badan Siber dan Sandi Negara, though the tagger opens a body at Sandi).
    whole = [parts[0]]
    for part in parts[1:]:
        if not _opens_a_body(part, lex) and not (own_name and _another_body_begins(part, lex)) \
                and not (_is_title_word(part[0], lex) and part[0].is_capitalized) \
                and all(t.is_capitalized or not t.is_word for t in part):
            whole[-1] = doc.tokens[whole[-1][0].i:part[-1].i + 1]
        else:
            whole.append(part)
    if len(whole) < 2:
        return None
    parts = whole
    mentions = []
    for k, part in enumerate(parts):
        body = _opens_a_body(part, lex)
        if not body and own_name and (_another_body_begins(part, lex) if k else True) \
                and not (k and _is_title_word(part[0], lex)):
            # Greenpeace Indonesia dan Walhi: a body's own name, which alone may read as a
            # person's; in a list of bodies it is one of them.
            mentions.append(_whole_name(doc, part, "organization"))
            continue
        if not body and not (k and _is_title_word(part[0], lex) and part[0].is_capitalized):
            return None
        m = parse_mention(doc, part, lex)
        if m is None or not m.name or m.description or m.pronoun or m.co_mentions \
                or m.kind != ("organization" if body else "person") \
                or (body and (m.name_start, m.name_end) != (part[0].start, part[-1].end)):
            return None  # a body named whole, all of the words; a person by name
        mentions.append(m)
    return mentions


def _own_body_name(part: list[Token], lex: Lexicon) -> bool:
    """Whether ``part`` is a body's own name opening a list of bodies (Greenpeace
    Indonesia, Perum Bulog): capitalised words only, no title opening them (Menteri Luar
    Negeri … Cho, which the tagger may take for a body's), no person's name the article
    tags here, and a body's by the tagger here (Bulog may be tagged a person's elsewhere;
    a field of a minister's title, Pembangunan Daerah Tertinggal, a body's elsewhere)."""
    if not all(t.is_word and t.is_capitalized for t in part) or _is_title_word(part[0], lex):
        return False
    return _another_body_begins(part, lex)


def _another_body_begins(part: list[Token], lex: Lexicon) -> bool:
    """Whether ``part``, all capitalised words after a ``dan``, names a body of its own
    (Greenpeace Indonesia dan Walhi): the tagger opens a body's name with its first word
    there, not a field it runs the name before on with (Kementerian Pendidikan dan
    Kebudayaan: ``Kebudayaan`` goes on the same name, and the NER data, knowing it from
    that name, makes no body of it alone)."""
    first = part[0]
    if not first.is_word or not all(t.is_capitalized for t in part if t.is_word):
        return False
    return first.ner in ("B-ORG", "S-ORG") and not any(t.ner.endswith("-PER") for t in part)


def _bodies_together(doc: Document, tokens: list[Token], lex: Lexicon) -> Mention | None:
    """``Jatam bersama Kiara dan Walhi Jambi mendesak …``: a body with others after
    ``bersama`` (maybe ``bersama dengan``), listed with commas and ``dan``, speaking
    together (a joint statement); the first body carries the others as co-mentions. Each
    part a body named whole (its first word a body's head word, or one the tagger marks as
    a body's anywhere in the article); None where a person or a lowercase noun comes in
    (Budi bersama istrinya; Polisi bersama warga)."""
    at = next((k for k, t in enumerate(tokens) if t.lower in lex.together_words and not t.is_capitalized), None)
    if at is None or at == 0:
        return None
    rest = tokens[at + 1:]
    if rest and rest[0].lower in lex.together_links and not rest[0].is_capitalized:
        rest = rest[1:]
    parts, piece = [tokens[:at]], []
    for t in rest:
        if t.text == "," or (t.lower in LIST_CONJUNCTIONS and not t.is_capitalized):
            if piece:
                parts.append(piece)
            piece = []
        else:
            piece.append(t)
    if piece:
        parts.append(piece)
    if len(parts) < 2 or not all(_a_body_named_whole(part, lex) for part in parts):
        return None
    mentions = [_whole_name(doc, part, "organization") for part in parts]
    head = mentions[0]
    head.co_mentions = mentions[1:]
    head.start, head.end, head.text = tokens[0].start, tokens[-1].end, _span_text(doc, tokens)
    return head


def _a_body_named_whole(part: list[Token], lex: Lexicon) -> bool:
    """Whether ``part``, all capitalised words, names a body: its first word a body's head
    word or an acronym, a word the NER data knows only as a body's (Walhi), or one the
    tagger marks as a body's (here or elsewhere in the article) and never as a person's."""
    if not part or not all(t.is_capitalized for t in part if t.is_word) or not part[0].is_word:
        return False
    first, words = part[0], _article_words(lex)
    if first.lower in lex.organization_heads or _opens_a_body(part[:1], lex) \
            or (lex.is_place_or_organization_word(first.text) and not lex.is_place_word(first.text)):
        return True  # Walhi Jambi, whatever the tagger makes of it here
    return (first.ner.endswith("-ORG") or first.text in words.tagged_bodies) \
        and not any(t.text in words.tagged_persons for t in part)


def _joint_mention(doc: Document, tokens: list[Token], lex: Lexicon) -> Mention | None:
    """``Cho dan Blinken``, ``Menlu Cho dan Menlu Blinken``: the first speaker carries the
    others as co-mentions; so do countries (``Jepang dan Korea Selatan menegaskan …``)."""
    cuts = [k for k, t in enumerate(tokens) if t.lower == "dan"]
    if not cuts:
        return None
    places = [tokens[a:b] for a, b in zip([0] + [k + 1 for k in cuts], cuts + [len(tokens)])]
    if len(places) > 1 and all(_is_place_phrase(p, lex) or _a_government_seat(p, lex) for p in places):
        # (Tokyo dan Manila menyatakan …: the capitals stand for the two governments)
        mentions = [_whole_name(doc, p, "organization") for p in places]
        head = mentions[0]
        head.co_mentions = mentions[1:]
        head.end, head.text = tokens[-1].end, _span_text(doc, tokens)
        return head
    bodies = _joint_bodies(doc, places, lex)
    if bodies is not None:
        head = bodies[0]
        head.co_mentions = bodies[1:]
        head.start, head.end, head.text = tokens[0].start, tokens[-1].end, _span_text(doc, tokens)
        return head
    # A sub-heading run into the sentence may come before the title (Perda sedang
    # disiapkan Kepala Badan …): the first part is titled wherever its title starts.
    first_titled = any(_is_title_word(t, lex) for t in tokens[:cuts[0]])
    pieces, prev = [], 0
    for k in cuts + [len(tokens)]:
        piece = tokens[prev:k]
        if pieces and piece and first_titled and not (_is_title_word(piece[0], lex) and piece[0].is_capitalized):
            # Menteri Energi dan Sumber Daya Mineral Arifin dan Direktur Utama PLN Wahyu:
            # a "dan" before a word that is no title joins the fields of one title; a
            # second speaker would have a title of their own. A lowercase one adds a
            # role of the same person (Pengajar Fakultas … dan ahli perbankan Prof X).
            pieces[-1] = tokens[pieces[-1][0].i - tokens[0].i:k]
        else:
            pieces.append(piece)
        prev = k + 1
    if len(pieces) < 2:
        return None  # one speaker, whose title the "dan" is part of
    parts = []
    for part in pieces:
        if not part or not (part[0].is_capitalized or _is_title_word(part[0], lex)):
            return None
        if part[0].lower in lex.organization_heads or lex.is_place_or_organization_word(part[-1].text):
            return None  # Kementerian Luar Negeri dan Kerja Sama; Korea Selatan dan AS
        rng = _capitalized_name_range(part, lex)
        if rng is None:
            return None
        head = part[rng[0] - 1] if rng[0] > 0 else None
        if head is not None and head.lower in lex.organization_heads and not head.text.isupper():
            # Ketua Umum Perkumpulan Penggilingan Padi dan Pengusaha Beras …: the words
            # after the body's head word name the body, and "dan" joins its name's fields
            # (an acronym is a whole name: Sekretaris Jenderal NATO Jens Stoltenberg).
            return None
        parts.append(parse_mention(doc, part, lex))
    if len(parts) < 2 or any(p is None or not p.name for p in parts):
        return None
    head = parts[0]
    head.co_mentions = parts[1:]
    head.start, head.end, head.text = tokens[0].start, tokens[-1].end, _span_text(doc, tokens)
    return head


def speaker_np_after(doc: Document, k: int, limit: int, lex: Lexicon) -> list[Token]:
    """Tokens of the speaker phrase starting at token k (after a cue verb), up to a stop."""
    out: list[Token] = []
    toks = doc.tokens
    while k < limit:
        t = toks[k]
        # Capitalised inside a title, a stop word is part of it (Menteri Dalam Negeri Tito
        # Karnavian), not after a comma (tutur Mahfud, Terkait dengan ...); "dan" before
        # a capitalised word joins a title's fields (Menteri Riset dan Teknologi) or two
        # speakers (kata Cho dan Blinken).
        inside_title = bool(out) and (t.is_capitalized or t.lower in lex.organization_name_links) \
            and out[-1].is_capitalized and k + 1 < limit and toks[k + 1].is_capitalized
        closed = _demonstrative_closing(toks, out, k, limit, lex)
        if closed is not None:
            out.extend(toks[k:closed + 1])
            break
        affiliation = _affiliation_before_name(toks, out, k, limit, lex)
        if affiliation is None:
            affiliation = _role_runs_on_to_a_name(toks, out, k, limit, lex)
        if affiliation is not None:
            out.extend(toks[k:affiliation])  # the comma and the name go on below
            k = affiliation
            continue
        post_end = posted_body_place_end(out + toks[k:limit], len(out), lex) if t.lower == "di" and out else None
        if post_end is not None:
            # tulis KBRI di Tokyo: the place a body is posted at is part of its name (see
            # posted_body_place_end), not where it spoke.
            j = k + post_end - len(out)
            out.extend(toks[k:j])
            k = j
            continue
        if t.lower in lex.speaker_np_stop_words and out and not inside_title \
                and not (t.lower == "dan" and k + 1 < limit and toks[k + 1].is_capitalized
                         and toks[k + 1].lower not in lex.weekdays):
            break
        close = bracketed_name_end(toks, k, limit) if out else None
        if close is not None:
            # An acronym or short name inside a role: peneliti Lembaga Ilmu Pengetahuan
            # Indonesia (LIPI), X; Direktur Utama PT Kereta Commuter Indonesia (KAI Commuter) X
            out.extend(toks[k:close + 1])
            k = close + 1
            continue
        firm = firm_name_end_after(toks, k, lex) if out and t.text == "," else None
        if firm is not None and firm <= limit:
            out.extend(toks[k:firm])  # kuasa hukum dari kantor advokat Lubis, Santosa & Rekan, …
            k = firm
            continue
        handle = handle_end(toks, k) if t.text == "@" else None
        if handle is not None and handle <= limit:
            out.extend(toks[k:handle])  # akun @bimo.satrio: the handle's dots are no stop
            k = handle
            continue
        if t.text == "." and out and out[-1].end == t.start and k + 1 < limit \
                and toks[k + 1].sent == t.sent and _dotted(out[-1], t, toks[k + 1], lex):
            out.append(t)  # Drs. H. Sutrisno, M.Pd.; Moch. Arif Rahman: no sentence end
            k += 1
            continue
        if t.text in {".", "!", "?", ";", "“", "”", "\"", "(", ":"}:
            break
        if t.text == "," and out and k + 2 < limit and toks[k + 1].lower in LIST_CONJUNCTIONS \
                and toks[k + 2].is_capitalized and any(x.text == "," for x in out):
            # The last field of a listed title: Menteri Koordinator Bidang Politik,
            # Hukum, dan Keamanan Mahfud MD.
            out.append(t)
            k += 1
            continue
        if t.text == "," and out and k + 1 < limit and toks[k + 1].lower in DEMONSTRATIVES \
                and not out[0].is_capitalized and (k + 2 >= limit or not toks[k + 2].is_word
                                                   or toks[k + 2].lower in lex.speaker_np_stop_words):
            # kata pemagang asal Cilacap, Jawa Tengah, itu: the demonstrative closes a
            # description whose place was set off by commas.
            out.extend(toks[k:k + 2])
            break
        if t.text == "," and out:
            # An appositive continues the phrase only when a title or a name follows.
            nxt = toks[k + 1] if k + 1 < limit else None
            if nxt is None or not (nxt.is_capitalized or nxt.lower in lex.title_heads):
                break
            if not nxt.is_capitalized and _runs_into_a_predicate(toks, k + 2, limit, lex):
                break  # Namun, kata dia, warga menggelar syukuran …: the clause's subject
            if nxt.is_capitalized and nxt.lower not in lex.title_heads \
                    and _runs_into_a_predicate(toks, k + 1, limit, lex):
                break  # Saat itu, kata Marni, Joko mengeluh …: a name opening the clause said
            if nxt.lower in lex.weekdays:
                break
        if t.lower in lex.reporting_verbs and out:
            break
        out.append(t)
        k += 1
        if len(out) >= 16:
            break
    return out


def _runs_into_a_predicate(toks: list[Token], k: int, limit: int, lex: Lexicon) -> bool:
    """Whether the words from ``k`` (after a lowercase role noun that follows a comma)
    reach a predicate before the next comma (… warga menggelar …, … petani belum
    menerima …): the noun is then the subject of what was said, no appositive to the
    speaker (kata Rudi, warga Desa Sukamaju, …; kata Rudi, warga yang tinggal di …)."""
    for j in range(k, limit):
        t = toks[j]
        if not t.is_word or t.lower == "yang":
            return False
        if not t.is_capitalized and (_looks_like_a_verb(t) or t.lower in lex.predicate_markers):
            return True
    return False


def _demonstrative_closing(toks: list[Token], out: list[Token], k: int, limit: int, lex: Lexicon) -> int | None:
    """``kata politisi dari PDI-P ini``, ``menurut bek yang bermain di Italia tersebut``:
    where ``dari`` or a relative clause after a lone description runs on to a closing
    demonstrative, the index of that demonstrative; such words would otherwise end the
    phrase (kata Budi dari …). ``di`` and a place's name do so after a description of any
    length in lowercase (``tutur kiai pengasuh pesantren di Cibinong itu``): the place
    is where the one described serves or lives, the demonstrative right after it."""
    if not out or out[0].is_capitalized \
            or not (out[0].lower in lex.descriptive_role_heads or out[0].lower in lex.title_heads):
        return None
    if toks[k].lower == "di":
        return _place_closed_by_a_demonstrative(toks, out, k, limit, lex)
    # A relative clause may follow a description of a few lowercase words (kata pemain
    # sinetron yang kini berusia 26 tahun itu), as it follows one word.
    if not (toks[k].lower == "dari" and len(out) == 1 or toks[k].lower == "yang"
            and len(out) <= _MAX_DESCRIPTION_BEFORE_A_RELATIVE
            and all(t.is_word and not t.is_capitalized for t in out)):
        return None
    for j in range(k + 1, min(k + 8, limit)):
        if toks[j].lower in DEMONSTRATIVES:
            # … itu saat beristirahat di …: an adjunct after the demonstrative still closes it.
            closes = j + 1 >= limit or not toks[j + 1].is_word or toks[j + 1].lower in lex.speaker_np_stop_words
            return j if closes else None
        if toks[k].lower == "dari" and not toks[j].is_capitalized:
            return None
    return None


_MAX_DESCRIPTION_BEFORE_A_PLACE = 5  # kiai pengasuh pondok pesantren (di Tarogong itu)
_MAX_DESCRIPTION_BEFORE_A_RELATIVE = 3  # pemain sinetron senior (yang kini berusia 26 tahun itu)


def _place_closed_by_a_demonstrative(toks: list[Token], out: list[Token], k: int, limit: int,
                                     lex: Lexicon) -> int | None:
    """``di`` at ``k``, a place's name in capitals (commas between its parts) and a
    demonstrative closing the phrase: the index of the demonstrative, where the words
    before are all lowercase; not a place written in lowercase (``kata petugas di lokasi
    itu``: where the officer spoke)."""
    if len(out) > _MAX_DESCRIPTION_BEFORE_A_PLACE or any(x.is_capitalized or not x.is_word for x in out) \
            or k + 1 >= limit or not toks[k + 1].is_capitalized:
        return None
    j = k + 1
    while j < limit and j - k <= 8 and (toks[j].is_capitalized or (toks[j].text == "," and j + 1 < limit
                                                                   and toks[j + 1].is_capitalized)):
        j += 1
    if j < limit and toks[j].text == "," and j + 1 < limit and toks[j + 1].lower in DEMONSTRATIVES:
        j += 1  # kata pemagang di Cilacap, Jawa Tengah, itu
    if j >= limit or toks[j].lower not in DEMONSTRATIVES:
        return None
    closes = j + 1 >= limit or not toks[j + 1].is_word or toks[j + 1].lower in lex.speaker_np_stop_words
    return j if closes else None


def _affiliation_before_name(toks: list[Token], out: list[Token], k: int, limit: int, lex: Lexicon) -> int | None:
    """``kata peneliti dari Universitas Andalas, Fadhli Amran``, ``anggota Komisi XII DPR
    dari Fraksi Golkar, Hendra``: where ``dari`` after a description opening lowercase
    (not after a name) opens the body it is from, capitalised up to a comma and a
    name, the index of that comma; ``dari`` would otherwise end the phrase (kata Budi dari
    …). A place after the comma (… dari Kecamatan Natar, Lampung Selatan) the mention
    parser still reads as no name."""
    if toks[k].lower != "dari" or not out or out[0].is_capitalized \
            or not (out[0].lower in lex.descriptive_role_heads or out[0].lower in lex.title_heads):
        return None
    j = k + 1
    while j < limit and j - k <= 10 and (toks[j].is_capitalized or toks[j].text in ("(", ")")
                                          or toks[j].lower in lex.organization_name_links):
        j += 1
    nxt = toks[j + 1] if j + 1 < limit else None
    if j == k + 1 or j >= limit or toks[j].text != "," or nxt is None or not nxt.is_capitalized \
            or nxt.lower in lex.weekdays:
        return None  # … Budi Santoso dari Fraksi Golkar, Senin: the day, no name after the body
    return j


# The most words a role runs on over after a link (di, yang) before the comma and the name.
_ROLE_RUN_ON_WORDS = 8


def _role_runs_on_to_a_name(toks: list[Token], out: list[Token], k: int, limit: int, lex: Lexicon) -> int | None:
    """``kata Direktur sebuah lembaga survei di Jakarta, Andi Prasetyo``, ``kata pemilik
    toko emas yang menjadi korban, Haryanto``: where a link that would end the phrase
    (``di``, ``yang``) comes while the role opened by a title or a description is still
    open (its last word lowercase, or the head alone), and the words after it run on to a
    comma and a name closing the phrase, the index of that comma. Not after a name
    (kata Ketua DPR Budi di Gedung DPR, Jakarta), nor before a day (…, Senin)."""
    if toks[k].lower not in lex.role_links or not out:
        return None
    det = lex.singular_determiner_length([t.lower for t in out[:2]])  # kata seorang karyawan …
    if len(out) <= det or not (_is_title_word(out[det], lex)
                               or lex.opens_a_description([t.lower for t in out[det:det + 3]])):
        return None
    last = out[-1]
    names_someone = len(out) > 1 and last.is_capitalized \
        and not (_not_a_name(last, lex) or lex.is_place_or_organization_word(last.text))
    if names_someone or any(t.ner.endswith("-PER") for t in out):
        return None  # (the role's last word may be a body's: … sebuah LSM di …)
    j = k + 1
    while j < limit and j - k <= _ROLE_RUN_ON_WORDS and toks[j].sent == toks[k].sent:
        firm = firm_name_end_after(toks, j, lex)
        if firm is not None and firm < limit:
            j = firm  # … dari kantor advokat Lubis, Santosa & Rekan, Nama
            continue
        if not toks[j].is_word or lex.is_speech_verb(toks[j].text) \
                or toks[j].lower in lex.weekdays or toks[j].lower in lex.months \
                or any(c.isdigit() for c in toks[j].text):
            break
        j += 1
    if j == k + 1 or j + 1 >= limit or toks[j].text != "," or toks[j].sent != toks[k].sent:
        return None
    n = j + 1
    while n < limit and n - j <= 4 and toks[n].is_capitalized and toks[n].is_word:
        n += 1
    if n == j + 1 or toks[j + 1].lower in lex.weekdays or toks[j + 1].lower in lex.months \
            or lex.is_place_word(toks[j + 1].text) or any(t.ner.endswith(("-LOC", "-ORG")) for t in toks[j + 1:n]):
        return None  # … di Pasar Baru, Jakarta: the town, no name
    closes = n >= limit or toks[n].sent != toks[j].sent or toks[n].text in {",", ".", "(", "!", "?", ";"} \
        or toks[n].text in lex.quote_marks
    return j if closes else None


# The most tokens a firm named after its partners runs on over after a comma inside it.
_FIRM_NAME_REACH = 10


def firm_name_end_after(toks: list[Token], c: int, lex: Lexicon) -> int | None:
    """Where the comma at ``c`` is inside a firm named after its partners (Lubis``,``
    Santosa & Rekan; Hadiputranto``,`` Hadinoto & Partners): a capitalised word before it,
    capitalised words and commas after it up to a joiner and a closing word; the index
    right after that closing word. None otherwise."""
    if toks[c].text != "," or c == 0 or not toks[c - 1].is_capitalized:
        return None
    j = c + 1
    while j + 1 < len(toks) and j - c <= _FIRM_NAME_REACH and toks[j + 1].sent == toks[c].sent:
        t = toks[j]
        if t.lower in lex.firm_name_joiners and toks[j - 1].is_capitalized and j > c + 1:
            closer = toks[j + 1]
            return j + 2 if closer.is_capitalized and closer.lower in lex.firm_name_closers else None
        if not ((t.is_word and t.is_capitalized) or (t.text == "," and toks[j - 1].is_capitalized)):
            return None
        j += 1
    return None


# The most capitalised words a body's name has before the comma that opens its list of
# fields (Kementerian Koordinator Bidang Politik), and the most words one field has.
_BODY_HEAD_REACH = 5
_BODY_FIELD_WORDS = 3


def body_name_end_after(toks: list[Token], c: int, lex: Lexicon) -> int | None:
    """Where the comma at ``c`` is inside a body's name that lists its fields (Badan
    Meteorologi``,`` Klimatologi``,`` dan Geofisika (BMKG); Kementerian Koordinator Bidang
    Politik``,`` Hukum``,`` dan Keamanan Budi …): a body's head (``organization_heads``)
    opening the capitalised words before it, fields of one to three capitalised words
    after it, set off by commas, the last after ``dan`` and followed by the body's acronym
    in brackets or by more capitalised words of the same run (the holder's name). Fields
    are no body's, title's or person's names (Kementerian Keuangan, Bank Indonesia, dan OJK
    are three bodies); a tagger's person or place on a word running text writes in
    lowercase (Keamanan, run into the holder's name) still is a field. The index right
    after the last field's word (after the bracket where one follows); None otherwise."""
    if toks[c].text != "," or c == 0 or not toks[c - 1].is_word or not toks[c - 1].is_capitalized:
        return None
    h = c - 1
    while h > 0 and c - h < _BODY_HEAD_REACH and toks[h].lower not in lex.organization_heads \
            and toks[h - 1].is_word and toks[h - 1].is_capitalized and toks[h - 1].sent == toks[c].sent:
        h -= 1
    if toks[h].lower not in lex.organization_heads or not toks[h].is_capitalized:
        return None

    def field_end(j: int, last: bool) -> int | None:
        # (The last field stops where the holder's name opens: … dan Keamanan | Budi.)
        n = j
        while n < len(toks) and n - j < _BODY_FIELD_WORDS and toks[n].sent == toks[c].sent \
                and toks[n].is_word and toks[n].is_capitalized:
            t = toks[n]
            if _is_acronym(t) or t.lower in lex.organization_heads or _is_title_word(t, lex) \
                    or (t.ner.endswith(("-PER", "-LOC")) and t.lower not in lex.common_words) \
                    or _is_given_name_word(t, lex):
                if last and n > j:
                    break
                return None
            n += 1
        return n if n > j else None

    j = c + 1
    while j < len(toks) and toks[j].sent == toks[c].sent:
        last = toks[j].lower in LIST_CONJUNCTIONS
        n = field_end(j + 1 if last else j, last)
        if n is None or n >= len(toks):
            return None
        if last:
            if toks[n].sent != toks[c].sent:
                return None
            short = bracketed_name_end(toks, n, len(toks))
            if short is not None:
                return short + 1  # (BMKG), (Kemendikbudristek)
            return n if toks[n].is_word and toks[n].is_capitalized else None
        if toks[n].text == ",":
            j = n + 1  # …, Riset, dan Teknologi
        elif toks[n].lower in LIST_CONJUNCTIONS:
            j = n  # Politik, Hukum dan Keamanan
        else:
            return None
    return None


def inside_a_firm_name(toks: list[Token], k: int, lex: Lexicon) -> bool:
    """Whether the comma or the joiner at ``k`` belongs to a firm named after its partners
    (Lubis``,`` Santosa ``&`` Rekan)."""
    if toks[k].text == ",":
        return firm_name_end_after(toks, k, lex) is not None
    return toks[k].lower in lex.firm_name_joiners and 0 < k < len(toks) - 1 and toks[k - 1].is_capitalized \
        and toks[k + 1].is_capitalized and toks[k + 1].lower in lex.firm_name_closers


def acronym_in_brackets_at(toks: list[Token], k: int) -> bool:
    """Whether an acronym in brackets opens at token ``k``: one word in capitals, two
    letters or more (``(IDI)``, ``(KPU)``), the shortest of the names
    ``bracketed_name_end`` finds."""
    return _one_word_in_brackets_at(toks, k) and toks[k + 1].text.isupper()


def short_form_in_brackets_at(toks: list[Token], k: int) -> bool:
    """Whether a body's short form in brackets opens at token ``k``: an acronym
    (``acronym_in_brackets_at``), or one with small letters among its capitals after a
    capital first (``(CfDS)``, ``(KemenPPPA)``)."""
    if not _one_word_in_brackets_at(toks, k):
        return False
    word = toks[k + 1].text
    return word.isupper() or (word[0].isupper() and word.isalpha() and sum(c.isupper() for c in word) >= 2)


def _one_word_in_brackets_at(toks: list[Token], k: int) -> bool:
    """Whether a bracket at ``k`` holds one word of two letters or more, and closes."""
    return k + 2 < len(toks) and toks[k].text == "(" and toks[k + 2].text == ")" \
        and toks[k + 1].is_word and len(toks[k + 1].text) > 1


def bracketed_name_end(toks: list[Token], k: int, limit: int) -> int | None:
    """Index of the ``)`` closing a bracket at ``k`` that holds a short name or acronym:
    one to three capitalised words, maybe joined by ``dan`` (``(LIPI)``, ``(KAI
    Commuter)``, ``(Menpan dan RB)``); None otherwise."""
    if toks[k].text != "(":
        return None
    for j in range(k + 2, min(k + 6, limit)):
        if toks[j].text == ")":
            return j
        inner = toks[j - 1]
        if not (inner.is_capitalized or inner.lower in ("dan", "&", "-", "/")):
            return None
    return None


def _after_a_clause_joined(words: list[Token], lex: Lexicon) -> list[Token]:
    """``jadwal syuting mundur dan perusahaan (mengklaim …)``: a body described after
    dan or serta, where the words before it, back to a comma, name no one (no capital,
    title, body or pronoun): they are a clause of their own, and the body alone speaks.
    Not ``pemerintah dan perusahaan``, ``Polisi dan perusahaan``: two who speak."""
    joiner = next((k for k in range(len(words) - 2, 0, -1) if words[k].lower in ("dan", "serta")), None)
    if joiner is None or not _generic_body(words[joiner + 1:], lex):
        return words
    start = max((k + 1 for k in range(joiner) if not words[k].is_word), default=0)
    before = words[start:joiner]
    if len(before) < 2 or any(
            not t.is_word or (t.is_capitalized and t.i != words[0].i) or _is_title_word(t, lex)
            or t.lower in lex.organization_heads or t.lower in lex.person_pronouns or t.lower in lex.plural_pronouns
            or lex.opens_a_description([t.lower]) for t in before):
        return words
    return words[joiner + 1:]


def _clause_pieces(toks: list[Token], words: list[Token], lex: Lexicon) -> list[list[Token]]:
    """``words`` cut at the marks that set off the pieces of a subject (``_CLAUSE_BREAKS``)
    outside brackets, the marks left out; not a comma or joiner inside a firm named after its
    partners (Lubis, Santosa & Rekan). ``toks`` are the document's tokens."""
    pieces: list[list[Token]] = [[]]
    depth = 0
    for t in words:
        if t.text == "(":
            depth += 1
        elif t.text == ")":
            depth = max(0, depth - 1)
        if t.text in _CLAUSE_BREAKS and depth == 0 and not inside_a_firm_name(toks, t.i, lex):
            pieces.append([])
        else:
            pieces[-1].append(t)
    return pieces


def _subject_of_clause(toks: list[Token], words: list[Token], lex: Lexicon) -> list[Token] | None:
    """The subject opening the last clause of ``words`` (the last of its
    ``_clause_pieces``): a pronoun, the words before the first verb with a verb's prefix
    (pengamat X mengaku setuju), else a run of capitalised words before a lowercase one
    (Hakim X sependapat …); None where none of these stands there."""
    clause = _clause_pieces(toks, words, lex)[-1]
    if not clause:
        return None
    first = clause[0]
    if first.lower in lex.person_pronouns or first.lower in lex.plural_pronouns \
            or first.lower in lex.institutional_pronouns:
        return clause[:1]
    verb = next((k for k in range(1, len(clause)) if _verb_form(clause[k])), None)
    if verb is not None:
        return clause[:verb]
    k = 0
    while k < len(clause) and (clause[k].is_capitalized or not clause[k].is_word):
        k += 1
    return clause[:k] if 0 < k < len(clause) else None


def _parses_to_someone(doc: Document, words: list[Token], lex: Lexicon) -> bool:
    """Whether a clause's subject ``words`` parse to a person or a body: a pronoun, a
    description (Jaksa), a name from its first word (Budi Santoso, KPPU) or one after a
    title (Hakim Konstitusi X); not a thing, bare or someone's (Surat itu, Rumah Budi
    Santoso)."""
    m = parse_mention(doc, words, lex)
    if m is None:
        return False
    if m.pronoun or m.description:
        return True
    return bool(m.name) and (m.name_start == words[0].start or _opens_with_title(words, lex))


_NICKNAME_USERS_WORDS = 3  # (begitu ia disapa) warga setempat, oleh rekan-rekannya


def _nickname_aside(words: list[Token], lex: Lexicon) -> bool:
    """Whether ``words`` (a segment set off by commas) say how the name before them is
    used: a marker that follows a nickname (``begitu ia biasa disapa``, ``sapaan
    akrabnya``), maybe with a few lowercase words naming who uses it (``begitu ia disapa
    warga``, ``… oleh rekan-rekannya``) and no verb among them."""
    low = tuple(t.lower for t in words)
    for m in lex.markers_after_nickname | lex.markers_bare_after_nickname:
        if low[:len(m)] != m:
            continue
        rest = words[len(m):]
        if len(rest) <= _NICKNAME_USERS_WORDS and all(
                t.is_word and not t.is_capitalized and not looks_like_a_verb(t) and not looks_like_a_passive(t, lex)
                for t in rest):
            return True
    return False


def subject_before(doc: Document, verb_tok: int, lex: Lexicon) -> list[Token]:
    """The words naming who speaks, before a reporting verb in the same sentence:
    the clause after the last comma (``Dalam konferensi pers ..., Menteri Cho`` ->
    ``Menteri Cho``), without a relative clause (``Cho yang tengah mengunjungi AS``),
    reaching back over an appositive when the last clause names nobody
    (``Gabriel Manek (60), penjual air menuturkan``)."""
    toks = doc.tokens
    _doc_tokens.set(toks)
    sent = doc.sentences[toks[verb_tok].sent]
    named = _self_given_name(toks[sent.tok_start:verb_tok], lex)
    if named:
        return named  # Kelompok yang menamakan diri ”Naga Hitam” mengklaim …: the name it gave itself
    words = _after_dateline(_without_quoted_titles(toks[sent.tok_start:verb_tok], lex), doc)
    words = without_set_off_degrees(words, lex)
    if len(words) > 2 and f"{words[0].lower} {words[1].lower}" in lex.then_words:
        # Kala itu ia mengatakan …: the time just told, with no comma, then the subject.
        words = words[2:]
    # … masih ada mengingat sebagian masyarakat menilai …: a conjunction opens the clause
    # whose subject speaks; the words before it belong to another clause.
    conj = next((k for k in range(len(words) - 1, 0, -1)
                 if words[k].lower in lex.clause_conjunctions and not words[k].is_capitalized), None)
    if conj is not None and conj + 1 < len(words):
        words = words[conj + 1:]
    elif conj is not None and conj == len(words) - 1 and words[conj].lower in lex.contrastive_predicate_joiners \
            and conj > 1 and words[conj - 1].text == ",":
        # Ia sependapat dengan amar putusan, tetapi menilai …: no subject after the
        # conjunction; the verb shares the one of the clause before the comma.
        shared = _subject_of_clause(toks, words[:conj - 1], lex)
        if shared and _parses_to_someone(doc, shared, lex):
            words = shared
    words = _after_a_clause_joined(words, lex)
    # Whether the clause before the verb is set off by a comma (X, Kepala Y, mengatakan).
    set_off = bool(words) and words[-1].text in {",", "—"}
    # Trailing adverbs: Menteri Cho lebih lanjut mengatakan.
    while words and (words[-1].lower in lex.subject_adverbs or words[-1].text in {",", "—"}):
        if words[-1].lower == "yang":
            return []  # a relative clause: laporan yang mengatakan ...
        if words[-1].lower in DEMONSTRATIVES and len(words) > 1 and (words[-2].is_word or words[-2].text == ")"):
            break  # "Mantan Gubernur DKI (Jakarta) itu pun": parse_mention reads the demonstrative
        words = words[:-1]
    if words and words[-1].lower in _PREDICATE_JOINERS:
        # Menteri … Enrique Manalo mengkritik langkah Beijing dan mengatakan …: the verbs
        # share one subject, which ends before the first of them (in the last clause).
        clause = max((k + 1 for k, t in enumerate(words) if t.text == ","), default=0)
        first_verb = next((k for k in range(clause, len(words) - 1) if _verb_form(words[k])
                           or (not words[k].is_capitalized and words[k].lower.startswith("ber"))), None)
        if first_verb is not None and first_verb > clause:
            words = words[:first_verb]
    segments = _clause_pieces(toks, words, lex)
    # Purnomo, 39, ayah seorang murid, mendesak …: an age set off by commas belongs to
    # the name before it, as one in brackets does (Purnomo (39), …).
    for n in range(len(segments) - 1, 0, -1):
        seg, prev = segments[n], segments[n - 1]
        if seg and prev and comma_age_at(toks, seg[0].i - 1, lex) == len(seg) + 1 and toks[seg[0].i - 1].text == ",":
            segments[n - 1:n + 1] = [prev + [toks[seg[0].i - 1]] + seg]
    relative = _relative_after_a_described_name(segments, lex)
    if relative is not None:
        # Warsini (54), warga Ciledug, Kota Tangerang, yang hendak mudik ke Metro, Lampung
        # Timur, mengaku …: the clause set off after the description, and the places it
        # names, say what she is doing; the name before them speaks.
        segments = segments[:relative]
    if _described_resident_pointing_back(segments, lex):
        # Warga Kecamatan Depok, Sleman, yang bekerja di Jakarta itu mengaku …: one
        # description, its place's parts set off by commas, pointing back; no place speaks.
        return [t for seg in segments for t in seg] if len(segments) == 1 else \
            toks[segments[0][0].i:segments[-1][-1].i + 1]
    chosen: list[Token] = []
    # A date between commas (X, Senin (4/5/2020), menjelaskan; X, Selasa pagi, 4 November
    # 2025, menyatakan) is an adjunct, not a subject (degrees after the name went above).
    segments = [seg for seg in segments if not (seg and (seg[0].lower in lex.weekdays or seg[0].lower in lex.months
                                                         or (seg[0].text.isdigit() and len(seg) > 1
                                                             and seg[1].lower in lex.months)))]
    # So is a place or an occasion (X, di Kupang, Selasa (28/4/2020), mengatakan).
    # A lead-in that runs on into the subject without a comma (di sepanjang jalan Wali
    # Kota Risma terus mengingatkan) names someone and stays.
    # Only right before the verb: further back such a segment may sit between a lowercase
    # subject and a clause that names nobody who speaks.
    in_a_place = False  # once a known place is dropped, the places before it go too
    while len(segments) > 1 and segments[-1]:
        last = segments[-1]
        if _nickname_aside(last, lex):
            # Coach Bimo, begitu ia biasa disapa, mengatakan …: an aside on how the name
            # before it is used, no subject of its own.
            segments = segments[:-1]
        elif last[0].lower in _ADJUNCT_OPENERS and not last[0].is_capitalized \
                and not any(_is_title_word(t, lex) or t.ner.endswith("-PER") for t in last):
            segments = segments[:-1]
        elif set_off and _reached_by_someone(last, lex):
            # X, saat dihubungi TribunSolo.com melalui pesan singkat, menyatakan …: whoever
            # reached the speaker (an outlet, a reporter, whatever the tagger makes of it)
            # is the passive's agent, no subject.
            segments = segments[:-1]
        elif set_off and last[0].lower in _ADJUNCT_OPENERS and not last[0].is_capitalized \
                and not any(t.ner.endswith("-PER") for t in last) \
                and _names_a_titled_person(doc, segments[-2], lex):
            # Direktur X Budi Santoso, dalam pidato pembukaan sidang Dewan Gubernur di Y,
            # Senin, menyebut …: set off after a titled person, an occasion's title words
            # name a body's members, not the subject.
            segments = segments[:-1]
        elif _continues_a_place(segments[:-1], last, lex,
                                known=not in_a_place and not (set_off and _after_a_set_off_adjunct(segments, lex))):
            segments, in_a_place = segments[:-1], True
        elif set_off and _a_short_place_run(last, lex) and _after_an_adjunct_run_on(doc, segments, lex):
            # Kepala Badan X Budi dalam jumpa pers di Posko …, Cianjur, Rabu, mengatakan:
            # the adjunct's place goes on, whatever the gazetteer knows of it.
            segments, in_a_place = segments[:-1], True
        else:
            break
    if not segments:
        return []
    segments = _join_listed_fields(segments, lex)
    considered = [(_drop_connectives(_cut_relative(seg, lex), lex)) for seg in segments[-3:]]
    for n in range(len(considered) - 1, -1, -1):
        seg = considered[n]
        if not seg:
            continue
        raw = segments[len(segments) - len(considered) + n]
        if n < len(considered) - 1 and raw[0].lower in _ADJUNCT_OPENERS and raw[0].lower not in _CHANNELS:
            # Di Kupang, tiga kontraktor … mengaku: a place or an occasion set off before
            # the subject is never the subject, whatever it names, nor is a clause before it
            # (not a channel: melalui Kementerian Agama, pemerintah mendorong …).
            break
        has_name = any(t.is_capitalized or t.ner != "O" for t in seg) or \
            any(t.lower in lex.person_pronouns or t.lower in lex.plural_pronouns or t.lower in lex.institutional_pronouns for t in seg)
        last_seg = n == len(considered) - 1
        agent_pointing_back = last_seg and _agent_noun_pointing_back(seg, lex)
        if not has_name and (lex.indefinite_determiner_length([t.lower for t in seg[:2]])
                             or lex.opens_a_description([t.lower for t in seg[:3]]) or seg[0].lower in lex.title_heads
                             or last_seg and _generic_body(seg, lex) or agent_pointing_back) \
                and not any(t.is_capitalized or t.ner != "O"
                            for k, earlier in enumerate(considered[:n])
                            # Lewat unggahan di Instagram, pelantun lagu itu mengaku …: a
                            # channel or an occasion set off before it names no one the
                            # description could be of.
                            if not (agent_pointing_back and _sets_off_an_adjunct(
                                segments[len(segments) - len(considered) + k]))
                            for t in earlier[1:]):
            # Sebelumnya, seorang saksi mengatakan …; Dalam pertimbangannya, jaksa menilai …,
            # majelis hakim menilai … (a body described right before the verb, not "Lewat
            # forum itu, …" further back): the description is the source, when no name stands before it for it to
            # describe (Slamet (50), …, saksi mata, mengaku).
            has_name = True
        chosen = seg
        if has_name:
            before = considered[n - 1] if n > 0 else []
            opening = segments[len(segments) - len(considered) + n][0].i
            if before and opening > 0 and fronted_object_before(toks, opening - 1, lex) is not None:
                # Kepada Ratna, camat itu mengatakan …; Kepada wartawan, Camat X …: the
                # words before the comma are a fronted preposition's object, whom the
                # subject after it speaks to, not a name or a role set off with it.
                before = []
            elif before and segments[len(segments) - len(considered) + n - 1][0].lower in _ADJUNCT_OPENERS:
                # Di Bandung, Wali Kota X mengatakan …; Dalam rapat itu, Ketua Y …: a place or
                # an occasion set off before the subject is no name its title is set off with.
                before = []
            named = before[_past_honorifics_from(before, 0, len(before), lex):]
            if segments[len(segments) - len(considered) + n][0].lower == "yang" and named \
                    and named[0].is_capitalized and (
                        (not _is_title_word(named[0], lex) and _short_name(before, lex))
                        or _names_a_titled_person(doc, before, lex)
                        or _a_title_of_a_place(named, lex)):
                # Andri, yang juga Kepala Dinas Perindustrian, menambahkan; Manajer TMII
                # Diah Tri Irawati, yang dihubungi Kompas, menambahkan; …, dr. Rina, yang
                # ditemui Kompas di Bogor, menuturkan: the name before the relative
                # appositive speaks, with a role set off before it.
                continue
            if before and ((_opens_with_title(seg, lex) and not _address_alone(seg, lex)) or (
                    (_with_age(before, lex) or (lex.singular_determiner_length([t.lower for t in seg[:2]])
                                           and all(t.is_capitalized for t in before if t.is_word)))
                    and not seg[0].is_capitalized)) \
                    and _names_someone(doc, before, lex) and _short_name(before, lex) \
                    and (_capitalized_name_range(seg, lex) is None or _names_a_person(before, lex)
                         or _with_age(before, lex)) \
                    and (set_off or not (_names_a_person(seg, lex) and _names_a_titled_person(doc, seg, lex))):
                # Jhonny Simanjutak, Sekretaris Komisi E, menjelaskan: the role is an
                # appositive of the name before it (which the article uses to name a
                # speaker, or a tagger marks, where the role's own words look like a name),
                # unless the title leads a person of its own who runs on into the verb
                # (Duta Besar Rusia, Georgy Zinoviev, Menteri Luar Negeri Sugiono
                # menegaskan; not Aziz, kuasa hukum FPI dan Rizieq, menyatakan).
                return toks[before[0].i:seg[-1].i + 1]
            if before and _addresses_the_name(seg, lex) and _is_title_word(before[0], lex) \
                    and (_capitalized_name_range(before, lex) is None or (
                        # … Komite Penanganan Covid-19 dan PEN, Komisaris Jenderal Gatot:
                        # capitalised words that name nobody, not a sub-heading's words.
                        not _names_a_person(before, lex) and all(
                            t.is_capitalized or not t.is_word or t.lower in lex.role_glue_words or t.text.isdigit()
                            for t in before))):
                # Kepala Polsek Mampang, Komisaris Sujarwo, menyampaikan: the role comes
                # first, the name with its rank after the comma (a unit's number may be
                # part of the office: Komandan Kodim 0712, Letkol Inf Budi).
                return toks[before[0].i:seg[-1].i + 1]
            raw_seg = segments[len(segments) - len(considered) + n]
            if n >= 2 and raw_seg[0] is seg[0] \
                    and _chain_of_appositions(doc, considered[n - 2], before, seg, lex):
                # Warsini (45), ibu dari salah satu siswa, Dimas (9), mengatakan …:
                # the first name speaks; the second names whom its description is of.
                return toks[considered[n - 2][0].i:before[-1].i + 1]
            break
    return chosen


def _reached_by_someone(seg: list[Token], lex: Lexicon) -> bool:
    """``saat dihubungi TribunSolo.com``, ``ketika ditemui wartawan``, ``dikonfirmasi
    Kompas``: a piece set off before the verb that opens, maybe after a word of time, with
    a passive of reaching someone for their words (``eliciting_passives``)."""
    k = 1 if len(seg) > 1 and seg[0].lower in _ADJUNCT_OPENERS and seg[0].lower not in lex.eliciting_passives \
        and not seg[0].is_capitalized else 0
    return len(seg) > k + 1 and not seg[k].is_capitalized and seg[k].lower in lex.eliciting_passives


def _agent_noun_pointing_back(seg: list[Token], lex: Lexicon) -> bool:
    """``pelantun lagu itu``, ``penjaga toko tersebut``: a lowercase noun for someone by
    what they do, then lowercase words and a demonstrative: a description pointing back
    to a person told of before, which may speak (parse_mention reads it so)."""
    return len(seg) >= 2 and seg[-1].lower in DEMONSTRATIVES and _agent_noun(seg[0], lex) \
        and all(t.is_word and not t.is_capitalized for t in seg)


def _sets_off_an_adjunct(raw: list[Token]) -> bool:
    """Whether a piece of the words before the verb opens with a channel or an adjunct's
    word (``Lewat unggahan di Instagram``, ``Dalam rapat …``): set off before the subject."""
    return bool(raw) and (raw[0].lower in _ADJUNCT_OPENERS or raw[0].lower in _CHANNELS)


def _relative_after_a_described_name(segments: list[list[Token]], lex: Lexicon) -> int | None:
    """Where a relative clause set off by commas opens (``yang hendak mudik ke Metro``),
    after a name (``Warsini (54)``), a description of them in lowercase (``warga
    Ciledug``) and maybe a place's further parts (``Kota Tangerang``), with nothing after
    it but a place's parts (``Lampung Timur``): the index of its piece; None elsewhere."""
    rel = next((k for k in range(len(segments) - 1, 1, -1)
                if segments[k] and segments[k][0].lower == "yang" and not segments[k][0].is_capitalized), None)
    if rel is None or len(segments[rel]) < 3 \
            or not all(seg and all(t.is_capitalized or t.text in _ROUND_BRACKETS for t in seg) for seg in segments[rel + 1:]):
        return None
    desc = rel - 1
    while desc > 0 and segments[desc] and all(t.is_capitalized for t in segments[desc]):
        desc -= 1  # Kota Tangerang: the place's further part
    described = segments[desc]
    if desc < 1 or len(described) < 2 or described[0].is_capitalized \
            or not (lex.opens_a_description([t.lower for t in described[:3]]) or described[0].lower in lex.title_heads):
        return None
    name = segments[desc - 1]
    if not name or not name[0].is_capitalized or _is_title_word(name[0], lex) \
            or not (_with_age(name, lex) or any(t.ner.endswith("-PER") for t in name)):
        return None
    return rel


def _described_resident_pointing_back(segments: list[list[Token]], lex: Lexicon) -> bool:
    """Whether the pieces of a subject are a description opening the sentence with a
    head word in capitals and a place's name (``Warga Kecamatan Depok``), the place's
    further parts each set off by commas (``Sleman``), then a relative clause closed by
    a demonstrative (``yang bekerja di Jakarta itu``): someone the article told of,
    described; not a name's piece (no word a tagger marks as a person's)."""
    if len(segments) < 3 or any(not seg for seg in segments):
        return False
    first, places, rel = segments[0], segments[1:-1], segments[-1]
    if rel[0].lower != "yang" or len(rel) < 3 or _closing_demonstrative(rel) is None \
            or _demonstrative_of_an_event(rel, lex):
        return False
    if first[0].lower not in lex.residence_heads or len(first) < 2 \
            or not all(t.is_capitalized for t in first[1:]):
        return False
    return all(t.is_capitalized and not t.ner.endswith("-PER") for seg in places for t in seg) \
        and not any(t.ner.endswith("-PER") for t in first)


def _address_alone(words: list[Token], lex: Lexicon) -> bool:
    """Whether ``words`` are only how someone is addressed (Bu Haji, Pak Haji: a form of
    address and an honorific, no name and no office): the person so addressed, never a
    role set off after the words before it (Ditemui di rumahnya, Bu Haji, …)."""
    return bool(words) and all(t.lower in lex.honorifics or t.lower in lex.forms_of_address for t in words)


def _chain_of_appositions(doc: Document, first: list[Token], desc: list[Token], name: list[Token],
                          lex: Lexicon) -> bool:
    """Whether a person's name (with an age, or one a tagger marks), a lowercase
    description of them, then a second name set off before the verb are one chain of
    appositions (``Warsini (45), ibu dari salah satu siswa, Dimas (9),``): the
    second name says who the one the description speaks of is (the pupil), and the
    first is the subject. Not a role opening the sentence before its holder (``Kuasa
    hukum korban, Rudi,``) nor a title after a name (``Budi, Ketua RT 05, Andi …``)."""
    if not first or not name or not desc or not desc[0].is_word or desc[0].is_capitalized \
            or not (lex.opens_a_description([t.lower for t in desc[:3]]) or _is_title_word(desc[0], lex)):
        return False
    if not (_names_someone(doc, first, lex) and _short_name(first, lex) and _opens_with_a_name(first, lex)
            and (_with_age(first, lex) or any(t.ner.endswith("-PER") for t in first))):
        return False
    return _opens_with_a_name(name, lex) and _short_name(name, lex) and name[0].is_word


def _addresses_the_name(seg: list[Token], lex: Lexicon) -> bool:
    """Whether the words of ``seg`` before its name are how the person is addressed, not
    an office of their own: a rank (Kompol Budi, Komisaris Jenderal Gatot), or one title
    word or honorific (Ir. Satria Budi, Imam B Prasodjo); not Wakil Menteri Perdagangan
    Zhao Mingyu, nor Direktur Jenderal Pemasyarakatan Irjen Suryo."""
    if _opens_a_rank(seg, 0, lex):
        return True  # also a rank the lexicon lists apart from the titles (Letkol)
    if not _is_title_word(seg[0], lex):
        return False
    rng = _capitalized_name_range(seg, lex)
    return rng is None or sum(t.is_word and not _honorific(t, lex) for t in seg[:rng[0]]) <= 1


def _opens_with_a_name(words: list[Token], lex: Lexicon) -> bool:
    """Whether ``words`` open with a personal name, maybe after honorifics (Hj. Sumiati,
    Bu Warsih): how a person is addressed is no office of their own, so the words still
    name someone for an appositive to describe; not a title (Sekretaris Komisi E), also
    not after an honorific (Pak Camat)."""
    k = _past_honorifics_from(words, 0, len(words), lex)
    return words[0].is_capitalized and words[k].is_capitalized and not _is_title_word(words[k], lex)


def _names_someone(doc: Document, words: list[Token], lex: Lexicon) -> bool:
    """Whether ``words`` before an appositive name a person for it to describe: a name
    first (Rina Sari, sahabat Dodi) or a title with a name after it (Penyanyi Rina Sari,
    sahabat Dodi); not a title alone, whose person comes after the comma (Duta Besar
    Rusia, Georgy Zinoviev), nor an adjunct opening the sentence (Seusai sidang, mantan
    Bupati itu …), though a Sasak name may open with Lalu."""
    if words and words[0].lower in lex.adjunct_openers and words[0].lower not in lex.name_prefixes:
        return False
    if _opens_with_a_verb_phrase(doc, words, lex):
        return False  # Ditemui terpisah, Kepala Dinas X memastikan …: a lead-in, no name
    return _opens_with_a_name(words, lex) or _names_a_titled_person(doc, words, lex)


def _opens_with_a_verb_phrase(doc: Document, words: list[Token], lex: Lexicon) -> bool:
    """Whether ``words`` open their sentence with a verb, capitalised only for opening it,
    and a lowercase word after it (Ditemui terpisah, Menanggapi hal itu, …): a lead-in
    whose subject comes after the comma; a name (Dimas Prakoso, Melati (30)) runs on in
    capitals."""
    if len(words) < 2 or not opens_sentence(doc, words[0]) or not words[1].is_word \
            or words[1].is_capitalized or words[1].lower in lex.name_particles:
        return False
    lowered = replace(words[0], text=words[0].lower)
    return _verb_form(lowered) or looks_like_a_passive(lowered, lex)


def _with_age(words: list[Token], lex: Lexicon) -> bool:
    """``Rina (37)``: a person's age in brackets after the words; or set off by a comma
    as features write it (``Purnomo, 39``, ``Purnomo, 39 tahun``)."""
    return _closing_age_length(words, lex) > 0


def _closing_age_length(words: list[Token], lex: Lexicon) -> int:
    """How many of the words close them with a person's age: ``(37)`` (3) or one set off
    by a comma (``, 39``: 2; ``, 39 tahun``: 3); 0 where none does."""
    return 3 if len(words) > 3 and age_at(words, len(words) - 3) else _comma_age_length(words, lex)


def _comma_age_length(words: list[Token], lex: Lexicon) -> int:
    """How many of the words close them with an age set off by a comma after a
    capitalised word (``Purnomo , 39``: 2; ``Purnomo , 39 tahun``: 3); 0 otherwise."""
    return next((n for n in (3, 2) if _comma_age_from(words, len(words) - n, lex) == n), 0)


def _comma_age_from(tokens: list[Token], k: int, lex: Lexicon) -> int:
    """How many tokens from ``k`` on are a comma after a capitalised word and an age
    (``, 39``: 2; ``, 39 tahun``: 3), whatever follows; 0 otherwise."""
    if not (0 < k and k + 1 < len(tokens) and tokens[k].text == "," and tokens[k - 1].is_word
            and tokens[k - 1].is_capitalized and is_an_age(tokens[k + 1])):
        return 0
    return 3 if k + 2 < len(tokens) and tokens[k + 2].lower in lex.age_units else 2


def without_enclitic(word: str, min_stem: int = 1) -> str:
    """``word`` without the enclitic naming its owner (``guru`` of ``gurunya``) where at
    least ``min_stem`` letters stay before it; ``word`` otherwise."""
    n = len(ENCLITIC)
    return word[:-n] if word.endswith(ENCLITIC) and len(word) - n >= min_stem else word


def is_an_age(tok: Token) -> bool:
    """A number that may be a person's age (``39``; not ``2024``)."""
    return tok.text.isascii() and tok.text.isdigit() and 0 < int(tok.text) <= MAX_AGE


def age_before(tokens: list[Token], k: int, lex: Lexicon) -> int:
    """How many tokens right before token ``k`` are a person's age after their name:
    ``(39)`` (3), ``, 39`` (2) or ``, 39 tahun`` (3) set off by commas, ``k`` the comma
    closing it; 0 where none is."""
    if k >= 3 and age_at(tokens, k - 3):
        return 3
    return next((n for n in (2, 3) if k > n and comma_age_at(tokens, k - n, lex) == n), 0)


def comma_age_at(tokens: list[Token], k: int, lex: Lexicon) -> int:
    """How many tokens from ``k`` on are an age set off by commas after a capitalised
    word (``Purnomo`` ``, 39`` ``,`` / ``, 39 tahun`` ``,``), the closing comma not
    counted: 2 or 3; 0 otherwise. A date (``Senin, 12 Mei``) has no comma after its number."""
    n = _comma_age_from(tokens, k, lex)
    return n if n and k + n < len(tokens) and tokens[k + n].text == "," and tokens[k + n].sent == tokens[k].sent else 0


def years_at(tokens: list[Token], k: int, lex: Lexicon) -> bool:
    """``52 tahun`` from token ``k`` on: a number and a unit of age (``age_units``)."""
    return 0 <= k and k + 1 < len(tokens) and tokens[k].text.isdigit() and tokens[k + 1].lower in lex.age_units


def age_at(tokens: list[Token], k: int) -> bool:
    """``(37)`` from token ``k`` on: a person's age in brackets."""
    return 0 <= k and k + 2 < len(tokens) and tokens[k].text == "(" and tokens[k + 1].text.isdigit() \
        and tokens[k + 2].text == ")"


def age_between_commas(tokens: list[Token], k: int, lex: Lexicon) -> bool:
    """``, 29 tahun,`` from token ``k`` on, closing with a comma or the sentence, as
    features write an age: not ``, 10 tahun lalu`` or ``, 5 tahun terakhir``, which say when.
    Unlike ``comma_age_at`` it needs the unit, not a capitalised word before, and the
    sentence's end may close it."""
    return k + 3 < len(tokens) and tokens[k].text == "," and years_at(tokens, k + 1, lex) \
        and tokens[k + 3].text in (",", ".") \
        and tokens[k + 3].sent == tokens[k].sent


def _short_name(words: list[Token], lex: Lexicon) -> bool:
    """At most four words before an appositive, an age in brackets not counted
    (``Budi Santoso (43), warga Ambon``)."""
    return len(words) - _closing_age_length(words, lex) <= 4


def _after_dateline(words: list[Token], doc: Document) -> list[Token]:
    """The words after a dateline opening the sentence (``JAKARTA, KOMPAS —``,
    ``Liputan6.com, Jakarta -``, ``JAKARTA, KOMPAS.com -``): a short run with a comma and
    a word in capitals or a site's name, up to its dash; in the article's first sentences
    also a town alone, maybe with its agency (``Jakarta -``, ``Jakarta (ANTARA) -``). A
    photo caption and its credit above the lede are page furniture, not sentences of the
    article: they do not push the lede out of its first sentences."""
    dash = next((k for k, t in enumerate(words[:_DATELINE_TOKENS]) if t.text in ("—", "–", "-")), None)
    if dash is None or dash == 0:
        return words
    rest = dash + 1
    while rest < len(words) and words[rest].text in ("—", "–", "-"):
        rest += 1  # Jakarta, CNN Indonesia --
    head, depth = [], 0
    for k, t in enumerate(words[:dash]):
        depth += (t.text == "(") - (t.text == ")")
        if t.is_word and depth == 0 and not (k and words[k - 1].text == "." and words[k - 1].end == t.start):
            head.append(t)  # not the agency in brackets, not the .com of a site's name
    if not head or not all(t.is_capitalized for t in head):
        return words
    if any(t.text == "," for t in words[:dash]):
        if any(t.text.isupper() and len(t.text) > 2 or "." in t.text for t in words[:dash]):
            return words[rest:]
    elif len(head) <= 2 and _among_first_sentences(doc, words[0].sent):
        return words[rest:]
    return words


def _a_title_of_a_place(words: list[Token], lex: Lexicon) -> bool:
    """``Menlu Oman``, ``Presiden Prancis``: a short title and the country or body it
    serves, all capitalised, that names its holder as a description does (Menlu Oman,
    yang negaranya …, menyerukan …: the minister speaks, not the relative clause)."""
    return 2 <= len(words) <= _TITLE_OF_PLACE_WORDS and _is_title_word(words[0], lex) \
        and all(t.is_word and t.is_capitalized for t in words)


_TITLE_OF_PLACE_WORDS = 4
# How far a dateline's dash may stand: REPUBLIKA.CO.ID, NEW YORK -- is eight tokens before it.
_DATELINE_TOKENS = 10
_FIRST_SENTENCES = 4  # a headline, a date line and the lede's first sentence or two
_SENTENCE_CLOSERS = frozenset('.!?…"”\'’')  # what ends a line of article text, not a header's


def _among_first_sentences(doc: Document, i: int) -> bool:
    """Whether sentence ``i`` is among the article's first few, not counting page
    furniture (a photo caption, its credit) before it, nor the header's lines that end
    in no sentence punctuation (an outlet's name, a headline, a byline ``Nama -
    detikNews``, a date line): however many they are, the lede follows them. A sentence
    ending in ``?``, ``!`` or a closing quotation mark is article text and counts."""
    if i < 0:
        return False
    before = 0
    for s in doc.sentences[:i]:
        toks = doc.sentence_tokens(s)
        before += not s.boilerplate and bool(toks) and toks[-1].text in _SENTENCE_CLOSERS
        if before >= _FIRST_SENTENCES:
            return False
    return True


def opens_sentence(doc: Document, tok: Token) -> bool:
    """Whether ``tok`` is the first word of its sentence, after a dateline if one opens it
    (``SAMARINDA, KOMPAS — Kuasa …``): a word capitalised there may be lowercase elsewhere."""
    sent = doc.sentences[tok.sent]
    body = _after_dateline(doc.tokens[sent.tok_start:sent.tok_end], doc)
    return bool(body) and body[0].i == tok.i


# The most words a fronted preposition's object runs over before its comma (Kepada
# anak bungsunya itu, …; Bagi para petani di desa itu, …).
_FRONTED_OBJECT_REACH = 8


def fronted_object_before(tokens: list[Token], comma: int, lex: Lexicon) -> int | None:
    """Where the preposition stands whose object the words right before the comma at
    ``comma`` are, when it opens the sentence or a clause (after a comma, a dateline's
    dash or the sentence's opening connectives): ``Kepada wartawan,`` ``Untuk anaknya,``
    ``Bagi para petani,`` ``Kepada Ratna,`` (``fronted_object_prepositions``). The words
    are to whom or about what, so the name after the comma is the sentence's subject,
    not an appositive of theirs, and a name among them is no one who speaks. None
    otherwise."""
    if comma <= 0 or comma >= len(tokens) or tokens[comma].text not in _CLAUSE_BREAKS:
        return None
    sent = tokens[comma].sent
    s = comma - 1
    while s > 0 and tokens[s - 1].sent == sent and tokens[s - 1].text not in _CLAUSE_BREAKS \
            and comma - s <= _FRONTED_OBJECT_REACH + 3:
        s -= 1
    if s > 0 and tokens[s - 1].sent == sent and tokens[s - 1].text not in _CLAUSE_BREAKS:
        return None  # the walk back stopped at its reach, inside a longer clause
    # Namun kepada wartawan, …: connectives may open the clause before the preposition.
    while s < comma - 1 and tokens[s].lower in lex.leading_connectives \
            and tokens[s].lower not in lex.fronted_object_prepositions:
        s += 1
    if tokens[s].lower not in lex.fronted_object_prepositions or s >= comma - 1 \
            or sum(t.is_word for t in tokens[s + 1:comma]) > _FRONTED_OBJECT_REACH:
        return None
    return s


def in_fronted_object(tokens: list[Token], k: int, lex: Lexicon) -> bool:
    """Whether token ``k`` stands inside a fronted preposition's object (Ratna of
    ``Kepada Ratna, camat menyerahkan …``): no subject of its sentence."""
    b = k
    while b < len(tokens) and b - k <= _FRONTED_OBJECT_REACH and tokens[b].sent == tokens[k].sent \
            and tokens[b].text not in _CLAUSE_BREAKS:
        b += 1
    if b >= len(tokens) or tokens[b].sent != tokens[k].sent:
        return False
    p = fronted_object_before(tokens, b, lex)
    return p is not None and p < k


def _kind_of_self_given_name(doc: Document, tokens: list[Token], lex: Lexicon) -> str | None:
    """Where ``tokens`` are a name in quotation marks after a phrase of giving oneself a
    name (``_self_given_name``), the kind of what it names: a body's where a body's head
    opens the subject (``Kelompok yang menamakan diri …``), a person's otherwise; None
    where they are no such name."""
    toks = doc.tokens
    first, last = tokens[0].i, tokens[-1].i
    if last + 1 >= len(toks) or first < 3 or toks[first - 1].text not in lex.opening_marks \
            or toks[last + 1].text not in lex.closing_marks:
        return None
    sent = doc.sentences[toks[first].sent]
    if [t.i for t in _self_given_name(toks[max(sent.tok_start, first - 3):last + 2], lex)] != [t.i for t in tokens]:
        return None
    head = toks[sent.tok_start]
    return "organization" if head.lower in lex.organization_heads else "person"


def reads_like_a_self_given_name(words: list[str]) -> bool:
    """Whether ``words`` (what stands in quotation marks after ``menamakan diri``) have a
    name's shape: a few words, each capitalised (Naga Hitam), not a clause or a phrase
    someone said of themself (menyebut dirinya "sudah tua, tidak kuat lagi")."""
    return 0 < len(words) <= _MAX_SELF_GIVEN_NAME_WORDS and all(w[:1].isupper() for w in words)


_MAX_SELF_GIVEN_NAME_WORDS = 4


def _self_given_name(words: list[Token], lex: Lexicon) -> list[Token]:
    """The capitalised name in quotation marks that closes ``words`` after a phrase of
    giving oneself a name (``yang menamakan diri ”Naga Hitam”``): who the subject is
    by the name it gave itself; empty where the words end otherwise."""
    if len(words) < 5 or words[-1].text not in lex.closing_marks:
        return []
    k = len(words) - 2
    while k > 0 and words[k].is_word and words[k].is_capitalized:
        k -= 1
    name = words[k + 1:-1]
    if not reads_like_a_self_given_name([t.text for t in name]) or k < 2 \
            or words[k].text not in lex.opening_marks \
            or f"{words[k - 2].lower} {words[k - 1].lower}" not in lex.self_naming_phrases:
        return []
    return name


def _without_quoted_titles(words: list[Token], lex: Lexicon) -> list[Token]:
    """The words without what stands between quotation marks: a book or a programme
    cited before the verb (Atep Kurnia dalam bukunya, ”Wabah Sampar di Priangan”,
    mengatakan) names nobody who speaks. An unclosed mark is left alone."""
    openers = lex.opening_marks
    closers = lex.closing_marks
    kept: list[Token] = []
    opened: int | None = None  # index in ``kept`` where an open mark stands
    for t in words:
        if opened is not None and t.text in closers:
            del kept[opened:]
            opened = None
            continue
        if opened is None and t.text in openers:
            opened = len(kept)
        kept.append(t)
    return kept


def _a_short_place_run(seg: list[Token], lex: Lexicon) -> bool:
    """Short capitalised words that may be a place: no body's name (Komisi Pemilihan Umum
    after a dateline speaks itself) nor a person's, nor a title."""
    return 0 < len(seg) <= 4 and all(t.is_capitalized and t.lower not in lex.organization_heads
                                     and not _is_title_word(t, lex) and not t.ner.endswith("-PER")
                                     for t in seg)


def _continues_a_place(earlier: list[list[Token]], seg: list[Token], lex: Lexicon, known: bool = True) -> bool:
    """``… di Kelurahan Lapangan, Manado,``, ``warga Bekasi, Jawa Barat,``, ``di Dermaga
    JICT 2, Tanjung Priok, Jakarta Utara,``: a short segment of capitalised words that
    goes on with the place the segments before it give."""
    if not _a_short_place_run(seg, lex):
        return False
    # The segment right before the verb must be places the gazetteer knows (never a name
    # like Fikri Husin after "di RT 007, Kelurahan Cipinang,"); the chain before it may not.
    if known and not all(lex.is_place_or_organization_word(t.text) for t in seg):
        return False
    before = earlier[-1] if earlier else []
    if any(t.lower in lex.place_openers for t in before):  # petani di Sakra, nelayan asal Sakra, …
        return True
    # A name that ends in its number (SD Negeri Kebon Jeruk 07, SMP Negeri 3) ends in the
    # word before the number.
    last = before[-2] if len(before) > 1 and before[-1].text.isdigit() and before[-2].is_capitalized \
        else before[-1] if before else None
    if all(lex.is_place_or_organization_word(t.text) for t in seg) and last is not None and last.is_capitalized \
            and (lex.is_place_or_organization_word(last.text) or last.ner.endswith("-LOC")):
        # warga Bekasi, Jawa Barat; warga Cipayung, Jakarta Timur (a place the tagger
        # knows): a known place after one that ends in a place
        return True
    # Tanjung Priok, Jakarta Utara after "di Dermaga JICT 2": places go on in a chain.
    return len(earlier) > 1 and _continues_a_place(earlier[:-1], before, lex, known=False)


def _after_a_set_off_adjunct(segments: list[list[Token]], lex: Lexicon) -> bool:
    """Whether the last segment follows, through capitalised runs only, an adjunct set
    off after a subject (``Bupati X, di Desa A, Kecamatan B, Senin, menegaskan``;
    ``Budi, dalam kunjungan ke Desa A, Kabupaten B, mengatakan``): the runs go on with
    the adjunct's place, known to the gazetteer or not, and name no speaker. Not where the
    adjunct opens the sentence, nor after a subject that holds a place (``Warga di RT 7,
    Kelurahan A, Fikri, mengatakan``): a name may follow those."""
    for k in range(len(segments) - 2, 0, -1):
        seg = segments[k]
        if seg and seg[0].lower in _ADJUNCT_OPENERS and not seg[0].is_capitalized:
            return any(t.is_capitalized for earlier in segments[:k] for t in _drop_connectives(earlier, lex))
        if not (seg and all(t.is_capitalized for t in seg)):
            return False
    return False


def _after_an_adjunct_run_on(doc: Document, segments: list[list[Token]], lex: Lexicon) -> bool:
    """Whether the last segment follows, through capitalised runs only, an adjunct that
    runs on from a subject naming someone without a comma (``Kepala Badan X Budi dalam
    jumpa pers di Posko Kecamatan A, Cianjur, Rabu, mengatakan``; ``Budi dalam kunjungan
    ke Desa A, Cianjur, mengatakan``): the runs go on with the adjunct's place, known to
    the gazetteer or not, and name no speaker. Not after a subject that names no one
    (``Warga di RT 7, Kelurahan A, Fikri, mengatakan``): a name may follow that."""
    for k in range(len(segments) - 2, -1, -1):
        seg = segments[k]
        if seg and all(t.is_capitalized for t in seg):
            continue  # a place's run (Kecamatan A, Cianjur)
        opener = next((j for j in range(1, len(seg)) if seg[j].lower in _ADJUNCT_OPENERS
                       and not seg[j].is_capitalized), None)
        if opener is None or not seg[-1].is_capitalized:
            return False
        subject = _drop_connectives(seg[:opener], lex)
        m = parse_mention(doc, subject, lex) if subject else None
        if m is None or not m.name or m.pronoun or m.description:
            return False
        # A person the tagger marks as one, or a body: not a role whose own capitalised
        # words look like a name (Petugas Pos Pengamatan Gunung Api X di Desa A, Nama
        # Orang, mengatakan: the name set off after the place speaks).
        return m.kind == "organization" or any(
            t.ner.endswith("-PER") for t in subject if m.name_start <= t.start and t.end <= m.name_end)
    return False


# Words that end a subject and start a relative clause or an adjunct:
# "Kementerian Luar Negeri pada Sabtu (4/6) menyatakan", "Cho yang tengah mengunjungi AS".
_SUBJECT_ENDERS = frozenset("yang pada dalam saat ketika di kepada usai seusai melalui lewat sebelum setelah".split())
# Words that open a place or an occasion between commas: never the subject's clause.
_ADJUNCT_OPENERS = (_SUBJECT_ENDERS - {"yang"}) | {"dihubungi", "ditemui", "dikonfirmasi", "dijumpai",
                                                   "diwawancarai", "ditanya", "selepas",
                                                   # Lutnick, dilansir Reuters, menegaskan: the source
                                                   "dilansir", "melansir", "dikutip", "mengutip", "seperti",
                                                   "sebagaimana"}


# Of those, the words that open the channel a statement went through, whose body may speak.
_CHANNELS = frozenset({"melalui", "lewat"})


def clause_after_fronted_adjunct(words: list[Token], more_openers=frozenset()) -> list[Token]:
    """The words of a sentence's main clause before a point, past an adjunct the sentence
    opens with (``Ditanya soal peluang dipanggil timnas, …``, ``Saat dihubungi, …``; or
    with a word of ``more_openers``): the verbs inside the adjunct have their own subject,
    so the name after its comma is no object of theirs. All of ``words`` where the
    sentence opens with no adjunct."""
    if not words or (words[0].lower not in _ADJUNCT_OPENERS and words[0].lower not in more_openers):
        return words
    commas = [i for i, t in enumerate(words) if t.text == ","]
    return words[commas[-1] + 1:] if commas else words


def _join_listed_fields(segments: list[list[Token]], lex: Lexicon) -> list[list[Token]]:
    """``Kepala Dinas Perumahan, Kawasan Permukiman, dan Pertanahan Kota Bekasi Yayan``,
    ``Badan Meteorologi, Klimatologi, dan Geofisika (BMKG)``: the commas list the
    fields of one title or body, so the segments they cut are one subject.
    Only where the listed fields hold no title of their own (a list of people does)."""
    last = segments[-1]
    if len(segments) >= 3 and len(last) >= 2 and last[0].lower in LIST_CONJUNCTIONS \
            and not last[1].is_capitalized:
        return _join_lowercase_fields(segments, lex)
    if len(segments) < 3 or len(last) < 2 or last[0].lower not in LIST_CONJUNCTIONS or _is_title_word(last[1], lex):
        return segments

    def heads(seg: list[Token]) -> bool:  # a title's or a body's (Badan Meteorologi, …)
        return any(_is_title_word(t, lex) or (t.is_capitalized and t.lower in lex.organization_heads) for t in seg)

    k = len(segments) - 2
    while k >= 0 and segments[k] and all(t.is_capitalized for t in segments[k]) and not heads(segments[k]):
        k -= 1
    if k < 0 or k == len(segments) - 2 or not segments[k] or not heads(segments[k]):
        return segments
    joined = [t for seg in segments[k:] for t in seg]
    return segments[:k] + [joined]


# The most words one field of a lowercase role's list has (penyakit dalam, bedah plastik).
_LOWERCASE_FIELD_WORDS = 3


def _join_lowercase_fields(segments: list[list[Token]], lex: Lexicon) -> list[list[Token]]:
    """``dokter spesialis dermatologi, venereologi, dan estetika dr. Nama``: a role
    written in lowercase (opened by a title or a description) whose last words list its
    fields, the last after ``dan`` and the name right after it; the commas cut one
    subject. Each field is one to three lowercase words, none a title's or a
    description's own (``petani, nelayan, dan buruh``: a list of people), and the name
    after the last field is capitalised, after honorifics."""
    last = segments[-1]
    n = 1
    while n < len(last) and n <= _LOWERCASE_FIELD_WORDS and last[n].is_word and not last[n].is_capitalized \
            and not _honorific(last[n], lex):
        n += 1
    name = n
    while name < len(last) and (_honorific(last[name], lex) or (last[name].text == "." and name > n)):
        name += 1  # dr. Nama, Prof. Dr. Nama
    if n == 1 or n > _LOWERCASE_FIELD_WORDS or name >= len(last) or not last[name].is_capitalized \
            or _is_title_word(last[name], lex):
        return segments

    def a_field(words: list[Token]) -> bool:
        return 0 < len(words) <= _LOWERCASE_FIELD_WORDS \
            and all(t.is_word and not t.is_capitalized and not _is_title_word(t, lex) for t in words) \
            and not lex.opens_a_description([t.lower for t in words[:3]])

    if not a_field(last[1:n]):
        return segments
    k = len(segments) - 2
    while k >= 0 and a_field(segments[k]):
        k -= 1
    head = segments[k] if k >= 0 else []
    if k < 0 or k == len(segments) - 2 or not head or not head[-1].is_word or head[-1].is_capitalized \
            or not any(_is_title_word(t, lex) or lex.opens_a_description([x.lower for x in head[j:j + 3]])
                       for j, t in enumerate(head)):
        return segments
    joined = [t for seg in segments[k:] for t in seg]
    return segments[:k] + [joined]


def _names_a_titled_person(doc: Document, words: list[Token], lex: Lexicon) -> bool:
    """A title and a person's name after it (Pejabat Sementara Gubernur Sulut Agus Fatoni)."""
    if not _is_title_word(words[0], lex):
        return False
    m = parse_mention(doc, words, lex)
    return m is not None and bool(m.name) and m.kind == "person" and bool(m.role) and not m.description


def _names_a_person(words: list[Token], lex: Lexicon) -> bool:
    cued = _article_words(lex).cued
    return any(t.ner.endswith("-PER") or t.text in cued for t in words)


def _cut_relative(seg: list[Token], lex: Lexicon) -> list[Token]:
    partitive = _partitive_at(seg, lex)
    for k, t in enumerate(seg):
        if k == partitive:
            return seg  # Salah seorang di antaranya, Dua dari mereka: one of a group told of before
        if t.lower in _TIME_CONJUNCTIONS and k > 0 and not t.is_capitalized and k + 1 < len(seg) \
                and any(_verb_form(x) for x in seg[:k]) and not _verb_form(seg[k + 1]):
            # Pertemuan itu digelar setelah utusan khusus AS Keith Kellogg menyatakan …:
            # the words before the conjunction are a clause of their own; the speech
            # verb's subject opens the clause after it (but Budi saat ditemui mengatakan).
            return _cut_relative(seg[k + 1:], lex)
        if t.lower == "yang" and (_name_marker(seg, lex) or (None,))[0] == k + 1:
            return seg  # Pemain yang biasa disapa Ican (itu): a nickname, no relative clause
        if t.lower == "yang" and k > 0 and _closing_demonstrative(seg) is not None \
                and not _demonstrative_of_an_event(seg, lex):
            # Pembalap Italia yang memimpin … lap itu menyebut …: the demonstrative closing
            # the relative clause points the whole description back to someone named before.
            return seg[:k] + [_closing_demonstrative(seg)]
        if t.lower in lex.representative_markers and k > 0 and not t.is_capitalized \
                and _titled_representative_after(seg, k, lex):
            # Kapolres X melalui Kasat Reskrim Y mengatakan: the officer the party speaks
            # through says the words, as in X, melalui kuasa hukumnya, Y, membantah ….
            return seg[k + 1:]
        if t.lower in _SUBJECT_ENDERS and k > 0 and not t.is_capitalized:
            if t.lower == "pada" and _is_title_word(seg[0], lex) and k + 1 < len(seg) \
                    and seg[k + 1].is_capitalized and seg[k + 1].lower in lex.organization_heads:
                continue  # Deputi … pada Lembaga Administrasi Negara Tri Widodo: the title goes on
            if t.lower == "di" and (_title_runs_on_to_a_name(seg, k, lex) or posted_body_place(seg, k, lex)):
                continue
            if t.lower == "di" and _description_closed_after_a_place(seg, k, lex):
                # Karyawan pabrik di Cikupa itu mengungkapkan …: the place is where the one
                # described works or lives, the demonstrative points the whole back.
                return seg
            return seg[:k]
        if t.lower == "dari" and _title_runs_on_to_a_name(seg, k, lex):
            continue
        # "Reynaldi dari PT Rotan Jaya mengatakan": a name, then where the person is
        # from; but "Pengamat politik dari Universitas X Budi ..." keeps going.
        if t.lower == "dari" and any(x.is_capitalized and not _is_title_word(x, lex)
                                     and x.lower not in lex.descriptive_role_heads for x in seg[:k]):
            if k == 1 and _common_word(seg[0], lex):
                # A sub-heading run into the sentence (Belajar dari Jepang Darmawan
                # meminta ...): the subject comes after it.
                return _cut_relative(seg[k + 1:], lex)
            return seg[:k]
    return seg


def _description_closed_after_a_place(seg: list[Token], k: int, lex: Lexicon) -> bool:
    """Whether ``seg`` is a description in lowercase after its capitalised first word
    (a role's head or a person's noun), ``di`` at ``k``, a place's name in capitals and a
    demonstrative closing it (``Karyawan pabrik di Cikupa itu``); not a place written in
    lowercase (``Petugas di lokasi itu``)."""
    head = seg[0].lower
    if not (head in lex.descriptive_role_heads or head in lex.title_heads or head in lex.person_nouns) \
            or any(x.is_capitalized or not x.is_word for x in seg[1:k]) \
            or len(seg) < k + 3 or seg[-1].lower not in DEMONSTRATIVES:
        return False
    return all(x.is_capitalized for x in seg[k + 1:-1])


def _describes_after_determiner(words: list[Token], lex: Lexicon) -> bool:
    """Whether the words after a determiner (``pemagang asal Indramayu`` of Salah satu
    pemagang asal Indramayu, Rizky …) open with a noun that describes a person: a
    lowercase word, not a pronoun (Salah satu (dari) mereka) nor a word ending in -nya
    (Salah seorang (di) antaranya), nor a preposition or a verb."""
    if not words or not words[0].is_word or words[0].is_capitalized:
        return False
    low = words[0].lower
    return not (low.endswith("nya") or low in lex.person_pronouns or low in lex.plural_pronouns
                or low in lex.leading_connectives or _verb_form(words[0]))


def _partitive_at(words: list[Token], lex: Lexicon) -> int | None:
    """Where a partitive phrase after an indefinite determiner opens (``Salah seorang di
    antaranya``, ``Salah satu dari mereka``, ``Dua di antara mereka``): the index of its
    preposition, when the phrase runs to the end of ``words`` and points back to a group
    (a pronoun, -nya, or a noun and a demonstrative); None otherwise."""
    det = lex.subject_determiner_length([t.lower for t in words[:2]])
    if not det or det >= len(words) - 1:
        return None
    rest = tuple(t.lower for t in words[det:])
    for marker in sorted(lex.partitive_markers, key=len, reverse=True):
        n = len(marker)
        if rest[:n] != marker:
            continue
        group = words[det + n:]
        if not group and marker[-1].endswith("nya"):
            return det  # di antaranya
        if group and all(t.is_word and not t.is_capitalized for t in group) and (
                len(group) == 1 and (group[0].lower in lex.person_pronouns or group[0].lower in lex.plural_pronouns)
                or group[-1].lower in DEMONSTRATIVES):
            return det  # dari mereka; dari kontraktor itu
        return None
    return None


def _titled_representative_after(seg: list[Token], k: int, lex: Lexicon) -> bool:
    """Whether ``melalui``/``lewat`` at ``k`` goes on with the titled person a named party
    speaks through, up to the verb (Kapolres X melalui ``Kasat Reskrim AKP Yogi``; a body
    too, Kementerian X melalui ``Direktur Y``): a title, then a name, all capitalised; not a
    channel (melalui Instagram, melalui Kementerian Agama), nor a party that names no one
    (Warga melalui Ketua RT …)."""
    head, tail = seg[:k], seg[k + 1:]
    if len(tail) < 2 or not _is_title_word(tail[0], lex) or not all(t.is_capitalized or not t.is_word for t in tail) \
            or not (head and head[-1].is_capitalized
                    and (_capitalized_name_range(head, lex) is not None or _opens_a_body(head, lex))):
        return False
    rng = _capitalized_name_range(tail, lex)
    return rng is not None and rng[0] > 0 and rng[1] == len(tail)


_MAX_POST_WORDS = 3  # di Kota Kinabalu, di Hong Kong


def _posted_body(doc: Document, tokens: list[Token], lex: Lexicon) -> Mention | None:
    """``KJRI di Jeddah``, ``Kedutaan Besar Republik Indonesia (KBRI) di Hanoi``: a body
    posted at a place, named whole with the place (see ``posted_body_place``)."""
    k = next((k for k, t in enumerate(tokens) if k > 0 and t.lower == "di"), None)
    if k is None or tokens[-1].lower in DEMONSTRATIVES or not posted_body_place(tokens, k, lex) \
            or any(not (t.is_word and t.is_capitalized) for t in tokens[k + 1:]):
        return None
    body = parse_mention(doc, tokens[:k], lex)
    if body is None or body.kind != "organization" or not body.name or body.co_mentions \
            or body.description or body.pronoun or body.name_end != tokens[k - 1].end:
        return None
    body.name_end = body.end = tokens[-1].end
    body.name = doc.text[body.name_start:body.name_end]
    body.text = _span_text(doc, tokens)
    return body


def posted_body_place(words: list[Token], k: int, lex: Lexicon) -> bool:
    """Whether ``di`` at ``k`` goes on with the place a body is posted at (see
    ``posted_body_place_end``)."""
    return posted_body_place_end(words, k, lex) is not None


def posted_body_place_end(words: list[Token], k: int, lex: Lexicon) -> int | None:
    """Where ``di`` at ``k`` goes on with the place a body is posted at, part of which
    body it is (``Kedutaan Besar Jepang di Jakarta``, ``KJRI di Jeddah``, ``Kantor
    Perwakilan BI di Surabaya``), the index in ``words`` right after the place; else None.
    The words before it a capitalised name, no title's, holding a word of a posted office
    (``posted_body_words``), the words after it one to three capitalised ones, up to a
    lowercase word or the end (… di Jakarta dalam keterangannya). Not a title (Konsul
    Jenderal RI di Chicago Budi, whose name follows), nor where a body with no post spoke
    (Polda Metro Jaya di Jakarta), nor a platform or medium it posts on (tulis KBRI Tokyo
    di Instagram: ``publishing_media``), no place at all."""
    head = words[:k]
    if not head or not head[0].is_capitalized or _is_title_word(head[0], lex) \
            or not any(t.lower in lex.posted_body_words for t in head) or any(t.ner.endswith("-PER") for t in head):
        return None
    end = k + 1
    while end < len(words) and words[end].is_word and words[end].is_capitalized:
        end += 1
    place = words[k + 1:end]
    if not 0 < len(place) <= _MAX_POST_WORDS or any(
            t.ner.endswith("-PER") or t.lower in lex.weekdays or t.lower in lex.months
            or t.lower in lex.publishing_media for t in place):
        return None
    return end


def _title_runs_on_to_a_name(seg: list[Token], k: int, lex: Lexicon) -> bool:
    """Whether ``di`` or ``dari`` at ``k`` goes on with a title rather than closing its
    subject (Ketua Fraksi X di DPR Nama Orang, Anggota Komisi XI dari Fraksi Y Nama Orang,
    written without commas): a title naming no one before it, then a body or place and a
    name, all capitalised, up to the verb. Not Budi di Jakarta, where the name comes first.
    The title's own lowercase words may come before (Direktur sebuah lembaga survei di
    Jakarta Nama Orang), not a verb's (Warga menolak pembangunan di Desa X …). The name
    may be followed by the next word that ends a subject (Kepala Bagian Umum di Gedung X
    Nama Orang saat ditemui; Senator Partai X dari Ontario Nama Orang dalam pernyataan
    tertulis …), where the subject ends in its turn."""
    # the name closes the subject before the word that opens its own adjunct (at least two
    # words after the link word, so a lowercase place word right after it is no end)
    end = next((j for j in range(k + 3, len(seg)) if seg[j].is_word and not seg[j].is_capitalized
                and seg[j].lower in _SUBJECT_ENDERS), len(seg))
    head, tail = seg[:k], seg[k + 1:end]
    if not (_is_title_word(seg[0], lex) or lex.opens_a_description([t.lower for t in seg[:3]])) \
            or _capitalized_name_range(head, lex) is not None \
            or not all(t.is_capitalized or not t.is_word or t.lower in lex.role_glue_words
                       or not (_verb_form(t) or _looks_like_a_verb(t) or t.lower in _SUBJECT_ENDERS) for t in head) \
            or len(tail) < 2 or not all(t.is_capitalized or not t.is_word for t in tail):
        return False
    rng = _capitalized_name_range(tail, lex)
    if rng is not None and rng[0] == 0:
        # Ontario Michael Harrington, read alone, is all a name; after the title and dari, the
        # place opening it is the title's complement, and the name starts after it.
        whole = _capitalized_name_range(seg[:end], lex)
        if whole is not None and whole[0] > k + 1 and whole[1] == end:
            rng = (whole[0] - k - 1, whole[1] - k - 1)
    if rng is None or rng[0] == 0 or rng[1] != len(tail):
        return False
    # After lowercase words only a name of two words or more that the tagger marks is one
    # (not Pedagang sayur di Pasar Baru Metro Atom, nor Petugas di Pos … Entikong, all of
    # it the place's).
    described = not _is_title_word(seg[0], lex) \
        or any(t.is_word and not t.is_capitalized and t.lower not in lex.role_glue_words for t in head)
    return not described or sum(t.ner.endswith("-PER") for t in tail[rng[0]:rng[1]]) >= 2


def _closing_demonstrative(seg: list[Token]) -> Token | None:
    """The demonstrative that ends ``seg``, maybe before a particle (… itu pun)."""
    tail = [t for t in seg[-2:] if t.lower not in _PARTICLES]
    return tail[-1] if tail and tail[-1].lower in DEMONSTRATIVES else None


_TIME_CONJUNCTIONS = frozenset("setelah sebelum usai seusai saat ketika".split())
# What joins a speech verb to an earlier verb of the same subject (… mengkritik X dan mengatakan …).
_PREDICATE_JOINERS = frozenset({"dan", "serta", "sekaligus"})


def _verb_form(tok: Token) -> bool:
    """A lowercase word with a verb's prefix: active me- (menggelar) or passive di-
    (digelar; long enough not to be dia, dini, dinas)."""
    low = tok.lower
    return not tok.is_capitalized and (low.startswith("me") or (low.startswith("di") and len(low) >= 7))


def name_prefix_inside_a_sentence(toks: list[Token], k: int, lex: Lexicon) -> bool:
    """Whether ``toks[k]``, of the document's tokens, is a noble or regional title opening
    the name after it (Seorang wali murid, Lalu Ahmad (40), …): capitalised before a
    capitalised word of its sentence, not the sentence's first word, where ``Lalu`` is
    ``then``."""
    return 0 < k < len(toks) - 1 and toks[k].is_capitalized and toks[k].lower in lex.name_prefixes \
        and toks[k - 1].sent == toks[k].sent == toks[k + 1].sent and toks[k + 1].is_capitalized and toks[k + 1].is_word


def connective_at(tokens: list[Token], k: int, lex: Lexicon) -> bool:
    """Whether ``tokens[k]`` is a leading connective (Begitupun, Sementara); not one that
    is also a given name where a capitalised word follows it (Beruntung Siregar)."""
    if tokens[k].lower not in lex.leading_connectives:
        return False
    nxt = tokens[k + 1] if k + 1 < len(tokens) else None
    return not (tokens[k].lower in lex.name_like_connectives and nxt is not None and nxt.sent == tokens[k].sent
                and nxt.is_word and nxt.is_capitalized)


def _drop_connectives(seg: list[Token], lex: Lexicon) -> list[Token]:
    k = 0
    if len(seg) > 1 and seg[0].lower in lex.listing_markers and seg[1].is_capitalized:
        k = 1  # Dua hakim agung, yakni X dan Y, menilai …: the names listed speak
    while k < len(seg) and connective_at(seg, k, lex) and not seg[k].ner.endswith("PER") \
            and not name_prefix_inside_a_sentence(_doc_tokens.get() or [], seg[k].i, lex):
        k += 1
        # "Sementara itu", "Selain itu", "Oleh karena itu"
        while k < len(seg) and seg[k].lower in ("itu", "karena", "ini"):
            k += 1
    # A prepositional lead-in without a comma: "Dalam rapat itu Presiden ..." keeps
    # only from the first capitalised word after a lowercase run.
    rest = seg[k:]
    if k and rest and not rest[0].is_capitalized:
        for j, t in enumerate(rest):
            if t.is_capitalized:
                return rest[j:]
    return rest


# For the sieves (collective_mention): what names a body in a list.
opens_a_body = _opens_a_body
another_body_begins = _another_body_begins
a_body_named_whole = _a_body_named_whole
