"""The text the rules read: line breaks and spaces in one form, whatever the CMS wrote.

Every rule that knows a line or a paragraph (a headline is a line with no full stop, a
quote closes at its paragraph's end, the dateline sits in the first lines) reads ``\\n``
and a space. Articles come with Windows line ends (``\\r\\n``), old Mac ones (``\\r``),
Unicode's line and paragraph separators, no-break and thin spaces, and invisible
characters (a zero-width space, a byte-order mark, a soft hyphen). They are made into
``\\n`` and a space here, once, before anything else reads the text, so that an article
gives the same records whichever of them it uses; offsets are mapped back to the text as
given (``NormalizedText.start``/``end``), so that ``quote.text == text[start:end]`` holds
for the caller's text.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

# A line break of another form than \n (the \r of \r\n is dropped, not doubled: the text
# then reads as the \n version would, character windows included).
_LINE_BREAKS = "\r\u2028\u2029\x85\x0b\x0c"
# Spaces of other widths, and the tab: a space between two words.
_SPACES = "\t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000"
# Characters a reader does not see: dropped, except a zero-width space between two
# words' characters, where it is all that separates them.
_INVISIBLE = "\u200b\u200c\u200d\u2060\ufeff\u00ad"
_ZERO_WIDTH_SPACE = "\u200b"
_ODD = re.compile(f"\r\n|[{_LINE_BREAKS}]|[{_SPACES}]|[{_INVISIBLE}]")


@dataclass(frozen=True)
class NormalizedText:
    """``text`` as the rules read it, and where its characters stand in the original."""

    text: str
    # Per dropped character of the original, in order: the offset in ``text`` of the
    # character that followed it (so an offset here is moved on past every one of them).
    _dropped_before: list[int] = field(default_factory=list)

    def start(self, i: int) -> int:
        """The original offset of a span starting at ``i`` here."""
        return i + bisect.bisect_right(self._dropped_before, i) if self._dropped_before else i

    def end(self, i: int) -> int:
        """The original offset of a span ending (exclusive) at ``i`` here: right after
        its last character, before any character dropped after it."""
        if not self._dropped_before or i <= 0:
            return i
        return i + bisect.bisect_right(self._dropped_before, i - 1)

    def span(self, start: int, end: int) -> tuple[int, int]:
        a, b = self.start(start), self.end(end)
        return a, max(a, b)


def normalize_text(text: str) -> NormalizedText:
    """``text`` with every line break written ``\\n``, every space `` `` and invisible
    characters left out (see the module's docstring)."""
    if _ODD.search(text) is None:
        return NormalizedText(text)
    parts: list[str] = []
    dropped: list[int] = []
    length = 0  # characters in parts so far
    pos = 0
    for m in _ODD.finditer(text):
        parts.append(text[pos:m.start()])
        length += m.start() - pos
        pos = m.end()
        ch = m.group()
        if ch == "\r\n":
            dropped.append(length)
            parts.append("\n")
            length += 1
        elif ch in _LINE_BREAKS:
            parts.append("\n")
            length += 1
        elif ch in _INVISIBLE:
            if ch == _ZERO_WIDTH_SPACE and _between_words(text, m.start()):
                parts.append(" ")
                length += 1
            else:
                dropped.append(length)
        else:
            parts.append(" ")
            length += 1
    parts.append(text[pos:])
    return NormalizedText("".join(parts), dropped)


def _between_words(text: str, i: int) -> bool:
    """Whether the character at ``i`` stands between two words' characters (with no
    other invisible character around it: Kata\\u200bKunci)."""
    return 0 < i < len(text) - 1 and text[i - 1].isalnum() and text[i + 1].isalnum()
