"""Direct-quote spans: a single linear pass over the quotation marks of a text.

Kompas prints ” for both opening and closing, and ASCII " is ambiguous too, so a mark's
role comes from its neighbours: after a space or at a line start and before a word it
opens, after a word or punctuation it closes. A quote left open at a paragraph end
continues when the next paragraph opens with a mark (the newspaper convention for a
quote over several paragraphs) or closes it before opening another (the repeated mark
left out), also after a few paragraphs with no mark at all; otherwise it is closed there
as unbalanced, best effort.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from enum import Enum

from .lexicon import Lexicon, load_lexicon

_SINGLE = frozenset("‘’'")
_OPEN_CONTEXT = frozenset(" \t\n([{—–-:/")  # characters after which a mark opens


class MarkRole(Enum):
    OPEN = "open"
    CLOSE = "close"
    NONE = "none"


@dataclass(frozen=True)
class QuoteSpan:
    open_pos: int  # index of the opening mark
    close_pos: int  # index of the closing mark (== end when unbalanced)
    start: int  # content start
    end: int  # content end (exclusive)
    single: bool
    unbalanced: bool
    paragraphs: int  # how many paragraphs the quote runs over


def classify_mark(text: str, i: int, lex: Lexicon) -> MarkRole:
    ch = text[i]
    prev = text[i - 1] if i > 0 else "\n"
    nxt = text[i + 1] if i + 1 < len(text) else "\n"
    if ch in ("’", "'") and prev.isalnum() and nxt.isalnum():
        return MarkRole.NONE  # an apostrophe: Ma’ruf, Jum'at
    if ch in ("’", "'") and nxt in "sS" and not text[i + 2:i + 3].isalpha():
        return MarkRole.NONE  # an English possessive set off by a space: Interpol ’s Constitution
    if ch in lex.open_marks and ch not in lex.ambiguous_marks:
        return MarkRole.OPEN if not nxt.isspace() or ch != "‘" else MarkRole.NONE
    if ch in lex.ambiguous_marks or ch in lex.close_marks:
        opens_here = (prev in _OPEN_CONTEXT or prev in lex.open_marks) and not nxt.isspace()
        if opens_here:
            return MarkRole.OPEN
        if not prev.isspace():
            return MarkRole.CLOSE
        return MarkRole.NONE  # a mark between spaces says nothing
    return MarkRole.NONE


_WORD_AFTER = 24  # characters looked at for the word after a mark


def _word_after(text: str, i: int) -> str:
    j = i + 1
    n = len(text)
    while j < n and text[j] in " \t,":
        j += 1
    k = j
    while k < n and k - j < _WORD_AFTER and text[k].isalpha():
        k += 1
    return text[j:k]


def _decide(text: str, i: int, role: MarkRole, is_open: bool, lex: Lexicon) -> MarkRole:
    """The role of an ambiguous mark (” or ") given whether a quote is open.

    Neighbours decide in well-typeset text, but text rebuilt from tokens puts spaces on
    the wrong side (``persen.” Misalnya … orang, ”katanya``): there the state decides.
    A mark followed by a cue verb always closes; with no quote open, any other mark
    opens; with one open, a mark opens a new quote only when it clearly stands before a
    capitalised word."""
    word = _word_after(text, i)
    followed_by_cue = bool(word) and word[:1].islower() and lex.is_speech_verb(word)
    if followed_by_cue:
        return MarkRole.CLOSE if is_open else MarkRole.NONE
    if not is_open:
        nxt = text[i + 1] if i + 1 < len(text) else "\n"
        return MarkRole.NONE if nxt == "\n" else MarkRole.OPEN
    if role is MarkRole.OPEN and word[:1].isupper():
        return MarkRole.OPEN
    return MarkRole.CLOSE


def _first_mark(text: str, j: int, single: bool, marks: frozenset[str], lex: Lexicon) -> tuple[MarkRole, int] | None:
    """The role and position of the first mark of the open quote's kind in the paragraph
    starting at ``j``, read with the quote open; None where it has none."""
    k = j
    while k < len(text) and text[k] != "\n":
        if text[k] in marks and (text[k] in _SINGLE) == single:
            role = classify_mark(text, k, lex)
            if role is not MarkRole.NONE and not single and text[k] in lex.ambiguous_marks:
                role = _decide(text, k, role, True, lex)
            if role is not MarkRole.NONE:
                return role, k
        k += 1
    return None


def _closes_first(text: str, j: int, single: bool, marks: frozenset[str], lex: Lexicon) -> bool:
    """Whether the paragraph starting at ``j`` holds a closing mark of the open quote's kind
    before any opening mark."""
    first = _first_mark(text, j, single, marks, lex)
    return first is not None and first[0] is MarkRole.CLOSE


_PARAGRAPH_BREAK = re.compile(r"\n\s*")
_UNMARKED_PARAGRAPHS = 3  # how many paragraphs with no mark a quote may run over
_SPEECH_END = frozenset(",.!?…")


def _closed_after_unmarked(text: str, j: int, single: bool, marks: frozenset[str], lex: Lexicon) -> int | None:
    """Where the paragraph that closes the open quote starts, when the paragraphs from
    ``j`` to it hold no quotation mark at all (``“Kami menemukan ….¶Beberapa warga ….¶Kami
    tidak menolak,” kata Iqbal``: the writer opened the quote once and closed it once);
    None otherwise. The closing mark must end a sentence or a clause, as a quotation's
    end does, so that a scare quote further on does not close a quote left open."""
    n = len(text)
    k = j
    for _ in range(_UNMARKED_PARAGRAPHS):
        end = text.find("\n", k)
        end = n if end < 0 else end
        if any(text[x] in marks and classify_mark(text, x, lex) is not MarkRole.NONE for x in range(k, end)):
            return None
        k = end
        while k < n and text[k].isspace():
            k += 1
        if k >= n:
            return None
        first = _first_mark(text, k, single, marks, lex)
        if first is not None:
            role, pos = first
            return k if role is MarkRole.CLOSE and text[pos - 1] in _SPEECH_END else None
    return None


def find_quote_spans(text: str, lex: Lexicon | None = None) -> list[QuoteSpan]:
    lex = lex or load_lexicon()
    marks = lex.quote_marks
    spans: list[QuoteSpan] = []
    open_at: int | None = None
    open_single = False
    paragraphs = 1
    i, n = 0, len(text)

    def trimmed_end(end: int) -> int:
        while end > open_at + 1 and text[end - 1].isspace():
            end -= 1
        return end

    while i < n:
        ch = text[i]
        if ch == "\n" and open_at is not None:
            # Paragraph end with the quote still open: continue if the next paragraph
            # opens with a mark of the same kind, else close it here (unbalanced).
            j = i
            while j < n and text[j].isspace():
                j += 1
            if j < n and text[j] in marks and (text[j] in _SINGLE) == open_single \
                    and classify_mark(text, j, lex) is MarkRole.OPEN:
                paragraphs += 1
                i = j + 1
                continue
            if _closes_first(text, j, open_single, marks, lex):
                # "Stok kita cukup.¶Kami juga sudah meminta …," kata Ratna: the writer left
                # out the repeated opening mark; the next paragraph closes the quote.
                paragraphs += 1
                i = j
                continue
            closing = _closed_after_unmarked(text, j, open_single, marks, lex)
            if closing is not None:
                paragraphs += len(_PARAGRAPH_BREAK.findall(text, j, closing)) + 1
                i = closing
                continue
            end = trimmed_end(i)
            spans.append(QuoteSpan(open_at, end, open_at + 1, end, open_single, True, paragraphs))
            open_at = None
            i = j
            continue
        if ch in marks:
            role = classify_mark(text, i, lex)
            single = ch in _SINGLE
            if role is not MarkRole.NONE and not single and ch in lex.ambiguous_marks:
                role = _decide(text, i, role, open_at is not None and not open_single, lex)
            if role is MarkRole.OPEN and open_at is None:
                open_at, open_single, paragraphs = i, single, 1
            elif role is MarkRole.CLOSE and open_at is not None and single == open_single:
                spans.append(QuoteSpan(open_at, i, open_at + 1, i, single, False, paragraphs))
                open_at = None
            elif role is MarkRole.OPEN and open_at is not None and single == open_single:
                # A second opener before any closer: the first was never closed. Keep the
                # first as unbalanced up to here and start again.
                end = trimmed_end(i)
                spans.append(QuoteSpan(open_at, end, open_at + 1, end, single, True, paragraphs))
                open_at, paragraphs = i, 1
        i += 1
    if open_at is not None:
        end = trimmed_end(n)
        spans.append(QuoteSpan(open_at, end, open_at + 1, end, open_single, True, paragraphs))
    return [s for s in spans if s.end > s.start]
