"""The project's own document model: paragraphs, sentences, tokens, entity mentions.

Rules work on this, never on Stanza objects, so every rule can be tested by building a
``Document`` from a sentence and (optionally) hand-set entity tags, without models.
"""
from __future__ import annotations

import bisect
from dataclasses import dataclass, field


# al-Khatib, el-Sisi, ash-Shaibani, as-Sudais, ad-Dawoud: lowercase, yet a name's word.
_ARABIC_ARTICLES = frozenset({"al", "el", "ad", "ar", "as", "asy", "ash", "at", "an", "az"})


@dataclass
class Token:
    text: str
    start: int
    end: int
    i: int
    sent: int = -1
    upos: str | None = None
    ner: str = "O"  # BIOES as Stanza gives it

    @property
    def lower(self) -> str:
        return self.text.lower()

    @property
    def is_capitalized(self) -> bool:
        """Capitalised as a name's word is, which includes an Arabic article before a
        capital (Omar al-Khatib, Faisal bin Abdullah al-Harbi)."""
        text = self.text
        if text[:1].isupper():
            return True
        dash = text.find("-", 1, 5)
        return dash > 0 and text[:dash] in _ARABIC_ARTICLES and text[dash + 1:dash + 2].isupper()

    @property
    def is_word(self) -> bool:
        return self.text[:1].isalnum()


@dataclass
class Sentence:
    i: int
    start: int
    end: int
    tok_start: int
    tok_end: int  # exclusive
    paragraph: int
    boilerplate: bool = False


@dataclass
class Paragraph:
    i: int
    start: int
    end: int
    boilerplate: bool = False


@dataclass(frozen=True)
class EntityMention:
    """A name in the text: tokens [tok_start, tok_end) tagged ``label`` (PER, ORG, LOC)."""

    tok_start: int
    tok_end: int
    label: str
    start: int
    end: int
    text: str


@dataclass
class Document:
    text: str
    tokens: list[Token]
    sentences: list[Sentence]
    paragraphs: list[Paragraph]
    entities: list[EntityMention] = field(default_factory=list)
    _tok_starts: list[int] = field(default_factory=list, repr=False)
    _sent_starts: list[int] = field(default_factory=list, repr=False)

    def __post_init__(self) -> None:
        self._tok_starts = [t.start for t in self.tokens]
        self._sent_starts = [s.start for s in self.sentences]

    def sentence_tokens(self, s: Sentence) -> list[Token]:
        return self.tokens[s.tok_start:s.tok_end]

    def sentence_at(self, char: int) -> Sentence | None:
        """The sentence that contains (or last started before) character ``char``."""
        k = bisect.bisect_right(self._sent_starts, char) - 1
        return self.sentences[k] if k >= 0 else None

    def token_index_at_or_after(self, char: int) -> int:
        return bisect.bisect_left(self._tok_starts, char)

    def tokens_between(self, start: int, end: int) -> list[Token]:
        """Tokens lying wholly in characters [start, end)."""
        a = bisect.bisect_left(self._tok_starts, start)
        out = []
        for t in self.tokens[a:]:
            if t.start >= end:
                break
            if t.end <= end:
                out.append(t)
        return out

    def is_headline(self, s: Sentence) -> bool:
        """Whether sentence ``s`` is a title-case line with no full stop: a headline or a
        subheading (``Putri Ananda Terhenti di Semifinal Indonesia Open 2025``), where a
        capitalised word says nothing about names and no verb reports a statement."""
        toks = self.sentence_tokens(s)
        if not toks or toks[-1].text in ".!?\"”’" or self.text[s.end:s.end + 1] not in ("\n", ""):
            return False
        words = [t for t in toks if t.is_word and not t.text.isdigit()]
        capitalized = sum(1 for t in words if t.is_capitalized)
        return len(words) >= 4 and capitalized >= 0.7 * len(words)

    def set_entities_from_tags(self) -> None:
        """Collect BIOES-tagged tokens into ``entities``."""
        ents: list[EntityMention] = []
        begin, label = None, None
        for t in self.tokens:
            tag = t.ner or "O"
            if tag == "O" or "-" not in tag:
                begin, label = None, None
                continue
            pos, lab = tag.split("-", 1)
            if pos in ("B", "S") or begin is None or lab != label:
                begin, label = t.i, lab
            if pos in ("E", "S") or (t.i + 1 < len(self.tokens) and not self.tokens[t.i + 1].ner.endswith(lab)) \
                    or t.i + 1 == len(self.tokens) or self.tokens[t.i + 1].sent != t.sent:
                first = self.tokens[begin]
                ents.append(EntityMention(begin, t.i + 1, label, first.start, t.end, self.text[first.start:t.end]))
                begin, label = None, None
        self.entities = ents
