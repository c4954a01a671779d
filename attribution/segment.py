"""Tokens, sentences and paragraphs for Indonesian news text.

Rule-based rather than Stanza's tokenizer: news bodies break a statistical splitter in
ways that matter here (a missing space after a full stop, ``pekan lalu.Dalam``; a cue
after a closing mark; datelines; ``Menlu AS``) and every pattern below runs in linear
time on hostile input. Stanza then tags the sentences this module produces.
"""
from __future__ import annotations

import re
from functools import cache

from .document import Document, Paragraph, Sentence, Token
from .lexicon import load_lexicon

# Numbers with internal separators first (21/6/2024, 1.250, Rp9.050, 38,5, 17:32), then words
# with internal hyphens or apostrophes (Tae-yul, Ma’ruf), then any other single symbol.
# No nested quantifiers over overlapping classes: matching is linear.
# An initial inside a name (Teguh P. Nugroho) is one token, so that the name stays one
# run of capitalised words.
# A word in capitals run into the next by a dash (JAKARTA, KOMPAS-Komisi …: a dateline
# written without its spaces) is two words and the dash.
_TOKEN = re.compile(r"(?<!\w)[A-Z]\.(?= [A-Z])|(?:Rp|US\$|\$)?\d+(?:[./,:]\d+)+|(?<!\w)[A-Z]{3,}(?=-[A-Z][a-z])"
                    r"|\w+(?:[-‐‑’'`]\w+)*|\S")
_SENTENCE_END = frozenset(".!?…")
_CLOSERS = frozenset("”’\"»)]'")
_HEADLINE_MAX = 160  # characters: a linked headline is one short line
# Abbreviations that take a full stop without ending a sentence.
_ABBREVIATIONS = frozenset(
    "dr drs dra prof ir no nomor hal jl jln st kh h hj sdr yth tn ny bpk kol letjen mayjen brigjen "
    "jend kompol akbp kombes irjen komjen dll dsb dst tsb vs mr mrs ms inc co ltd corp bros sen rep "
    "gov gen lt col capt sgt a.n u.p s.h s.e m.si m.m ph.d pt pte tbk pol purn".split()
)
# What follows the full stop of a site's name written without a space (TEMPO.CO,
# TRIBUNNEWS.COM, VIVA.co.id): part of the name, never a new sentence.
_DOMAIN_SUFFIXES = frozenset({"co", "com", "id", "net", "org", "tv", "news"})


def tokenize(text: str) -> list[Token]:
    spans = _with_closing_apostrophes([(m.group(), m.start(), m.end()) for m in _TOKEN.finditer(text)])
    out: list[Token] = []
    for k, (word, start, end) in enumerate(spans):
        if len(word) == 2 and word[1] == "." and k + 1 < len(spans) and _runs_on_as_a_sentence(spans[k + 1][0]):
            # di Blok C. Polisi kemudian …: a letter that ends the sentence, not an initial.
            out.append(Token(word[0], start, start + 1, len(out)))
            out.append(Token(".", start + 1, end, len(out)))
        else:
            out.append(Token(word, start, end, len(out)))
    return out


def _with_closing_apostrophes(spans: list[tuple[str, int, int]]) -> list[tuple[str, int, int]]:
    """A word the lexicon writes with a closing apostrophe (Dato' Sri Ahmad, Dato’) is one
    token with it before the capitalised name it addresses: that apostrophe is no
    quotation mark, and the rank stays whole (not lagu 'Dato' itu, a title in quotes)."""
    words = load_lexicon().words_with_apostrophe
    out: list[tuple[str, int, int]] = []
    for k, (word, start, end) in enumerate(spans):
        nxt = spans[k + 1] if k + 1 < len(spans) else None
        if word in ("'", "’") and out and out[-1][2] == start and (out[-1][0] + "'").lower() in words \
                and nxt is not None and nxt[1] > end and nxt[0][:1].isupper():
            out[-1] = (out[-1][0] + word, out[-1][1], end)
        else:
            out.append((word, start, end))
    return out


def _runs_on_as_a_sentence(word: str) -> bool:
    """A word that opens sentences and is no name (Polisi, Kemudian, Namun)."""
    lex = load_lexicon()
    low = word.lower()
    return low in lex.common_words and not lex.is_person_word(low)


@cache
def _boilerplate_matcher():
    lex = load_lexicon()
    return lex.boilerplate_prefixes, lex.boilerplate_exact, re.compile(lex.author_initials_pattern)


@cache
def _photo_credit():
    return re.compile(load_lexicon().photo_credit_pattern)


def is_photo_credit(line: str) -> bool:
    """``(TRIBUNJATENG/RAHMAT HIDAYAT)`` alone on its line."""
    return bool(_photo_credit().match(line.strip()))


@cache
def _caption_credit():
    lex = load_lexicon()
    return re.compile(lex.caption_credit_pattern), re.compile(lex.author_initials_pattern)


def is_captioned_line(line: str) -> bool:
    """A photo caption closed by its credit after the last full stop (… Jakarta Barat,
    Senin (20/1/2025). ANTARA FOTO/Nama/abc.; … Kalikajar. (Foto: iNews.id/Nama)): not a
    reporter's initials (… ujarnya. (ABC/DEF)), nor a line with a quotation mark."""
    credit, initials = _caption_credit()
    s = line.strip()
    m = credit.search(s)
    if m is None or initials.match(m.group("credit")):
        return False
    if m.group("capitals") and _reports_words(s[:m.start("credit")]):
        return False  # Hal itu disampaikan X, Senin (12/5). (NAMA/KORAN): the article's text, not a caption
    return not any(c in s for c in _QUOTE_MARKS)


def _reports_words(text: str, clause_only: bool = False) -> bool:
    """Whether ``text`` holds a speech verb (disampaikan, kata, mengatakan): it reports
    someone's words, as a photo caption does not. With ``clause_only``, one that reports
    words (mengatakan penerimaan pajak …, menjelaskan pemerintah …), not one that only
    names a statement given (menyampaikan keterangan pers, memberikan sambutan: a
    caption's wording, closing_statement_nouns)."""
    lex = load_lexicon()
    words = re.findall(r"\w+", text.lower())
    return any((w in lex.passive_cues or lex.is_speech_verb(w))
               and not (clause_only and k + 1 < len(words) and words[k + 1] in lex.closing_statement_nouns)
               for k, w in enumerate(words))


_QUOTE_MARKS = "\"“”„«»"


def is_boilerplate_line(line: str) -> bool:
    prefixes, exact, initials = _boilerplate_matcher()
    s = line.strip()
    low = s.lower()
    if not s:
        return False
    if low.rstrip(":. ") in exact or low.startswith(prefixes) or is_photo_credit(s) or is_captioned_line(s):
        return True
    return len(s) <= 20 and bool(initials.match(s))


def _is_link_lead(line: str) -> bool:
    """``Baca juga:`` alone on its line: the next line is the headline it links to."""
    return line.strip().lower().rstrip(":. ") in load_lexicon().link_lead_lines


def _is_headline(line: str) -> bool:
    """A short line that ends without a full stop or a closing quote mark, as a headline does."""
    s = line.strip()
    return len(s) <= _HEADLINE_MAX and s[-1] not in _SENTENCE_END | _CLOSERS


@cache
def _bare_credit():
    return re.compile(load_lexicon().bare_credit_pattern)


def is_bare_credit(line: str) -> bool:
    """``KOMPAS/NAMA LENGKAP`` alone on its line, no brackets: not a reporter's initials."""
    s = line.strip()
    return bool(_bare_credit().match(s)) and not _boilerplate_matcher()[2].match(s)


def _bare_credit_captions(lines: list[str]) -> set[int]:
    """The lines that a bare credit (``KOMPAS/NAMA``) is written right against, with no blank
    line between: its caption, the line above (the credit closing it) or the one below (the
    credit heading it); neither where both touch it, and none with a quotation mark or a
    speech verb reporting words (a lede or closing paragraph that reports someone's words is
    article text; a caption's menyampaikan keterangan pers is not, _reports_words)."""
    out: set[int] = set()
    for i, line in enumerate(lines):
        if not is_bare_credit(line):
            continue
        touching = [j for j in (i - 1, i + 1) if 0 <= j < len(lines) and lines[j].strip()
                    and not is_bare_credit(lines[j])]
        if len(touching) == 1 and not any(c in lines[touching[0]] for c in _QUOTE_MARKS) \
                and not _reports_words(lines[touching[0]], clause_only=True):
            out.add(touching[0])
    return out


def paragraphs_of(text: str) -> list[Paragraph]:
    out: list[Paragraph] = []
    pos = 0
    credit_above = False  # the line right above is a photo credit: this one is its caption
    link_above = False  # a link's lead (Baca juga:) came last: this line may be its headline
    lines = text.split("\n")
    captions = _bare_credit_captions(lines)
    for i, line in enumerate(lines):
        end = pos + len(line)
        if line.strip():
            linked_headline = link_above and _is_headline(line)
            furniture = credit_above or linked_headline or i in captions or is_bare_credit(line)
            out.append(Paragraph(len(out), pos, end, furniture or is_boilerplate_line(line)))
            link_above = _is_link_lead(line)
        credit_above = is_photo_credit(line)
        pos = end + 1
    return out


def _ends_sentence(tokens: list[Token], k: int, text: str) -> bool:
    """Whether the sentence ends after token k (a full stop, ! or ?, maybe then a closing mark)."""
    tok = tokens[k]
    nxt = tokens[k + 1] if k + 1 < len(tokens) else None
    if nxt is None:
        return True
    if tok.text in _CLOSERS:
        # A closing mark ends the sentence only when the mark before it did and it
        # sits right against it (katanya." ), not an opening mark after a space (katanya. ”Saya).
        if k == 0 or tokens[k - 1].text not in _SENTENCE_END or tokens[k - 1].end != tok.start:
            return False
        k -= 1
        tok = tokens[k]
    elif tok.text not in _SENTENCE_END:
        return False
    elif nxt.text in _CLOSERS and nxt.start == tok.end:
        return False  # the sentence ends after the closing mark
    prev = tokens[k - 1] if k > 0 else None
    if tok.text == "." and prev is not None and prev.end == tok.start:
        low = prev.lower
        lex = load_lexicon()
        if (low in _ABBREVIATIONS or low in lex.name_abbreviations or low in lex.honorific_abbreviations) \
                and not _initials_written_in_capitals(tokens, k - 1, lex):
            return False  # Jl. Merdeka, Moch. Arif Rahman
        if low in lex.title_abbreviations and nxt.is_capitalized and nxt.lower not in lex.person_pronouns \
                and nxt.lower not in lex.plural_pronouns and nxt.lower not in lex.leading_connectives:
            return False  # Plt. Kepala Dinas …, Pj. Wali Kota …; not … sebagai Plt. Ia …
        # An initial (Susilo B. Yudhoyono), not a sentence end.
        if len(prev.text) == 1 and prev.text.isupper() and not _runs_on_as_a_sentence(nxt.text):
            return False
        if nxt.start == tok.end and (nxt.lower in _DOMAIN_SUFFIXES
                                     or prev.is_capitalized and len(low) <= 2
                                     and (len(nxt.text) <= 3 or _capital_pieces(nxt.text))):
            return False  # TEMPO.CO; a degree written Sp.A, M.Si or Sp.PD-KPTI (but "… bulan ini.Ia …")
        if nxt.start == tok.end and prev.is_capitalized and len(low) <= 4 and k >= 2 and tokens[k - 2].text == "." \
                and tokens[k - 2].end == prev.start and len(nxt.text) <= 3 and nxt.text.isalpha():
            return False  # the middle stop of a degree of three pieces written as one (S.Kom.I., M.Pd.K.)
    first = nxt.text[:1]
    # A new sentence starts with a capital, a digit, or an opening quotation mark.
    return first.isupper() or first.isdigit() or first in "“\"”‘«("


def _capital_pieces(word: str) -> bool:
    """A word of short pieces in capitals joined by hyphens (PD-KPTI, THT-KL): a
    specialist's field written on after Sp., not a sentence's first word."""
    pieces = word.split("-")
    return len(pieces) > 1 and all(p.isalpha() and p.isupper() and len(p) <= 4 for p in pieces)


def _initials_written_in_capitals(tokens: list[Token], k: int, lex) -> bool:
    """Two or three capitals right after a word that introduces a person's initials
    (``berinisial MR``, ``tersangka KH``): initials, whose full stop ends the sentence,
    not the abbreviation written so in title case (Mr., KH. before a name)."""
    tok = tokens[k]
    return k > 0 and 2 <= len(tok.text) <= 3 and tok.text.isalpha() and tok.text.isupper() \
        and (tokens[k - 1].lower in lex.initials_introducers or tokens[k - 1].lower in lex.initials_role_heads)


def build_document(text: str) -> Document:
    tokens = tokenize(text)
    paragraphs = paragraphs_of(text)
    sentences: list[Sentence] = []
    p_idx = 0
    k = 0
    n = len(tokens)
    while k < n:
        while p_idx + 1 < len(paragraphs) and tokens[k].start >= paragraphs[p_idx + 1].start:
            p_idx += 1
        para = paragraphs[p_idx] if paragraphs else Paragraph(0, 0, len(text))
        begin = k
        while k < n:
            if k + 1 < n and tokens[k + 1].start > para.end:
                break  # paragraph boundary
            if _ends_sentence(tokens, k, text):
                break
            k += 1
        last = min(k, n - 1)
        s = Sentence(len(sentences), tokens[begin].start, tokens[last].end, begin, last + 1, para.i, para.boilerplate)
        for t in tokens[begin:last + 1]:
            t.sent = s.i
        sentences.append(s)
        k = last + 1
    return Document(text=text, tokens=tokens, sentences=sentences, paragraphs=paragraphs)
