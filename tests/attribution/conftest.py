"""Rule tests run without models: ``extract(..., tagger=None)`` uses capitalisation and
the lexicons only; ``FakeTagger`` marks the names a test lists, standing in for Stanza's
NER where a rule depends on it."""
from __future__ import annotations

from dataclasses import dataclass

import pytest

from attribution import extract


@dataclass(frozen=True)
class FakeTag:
    upos: str | None
    ner: str


class FakeTagger:
    """Tags each listed multi-word name (``{"Cho Tae-yul": "PER"}``) with BIOES labels."""

    def __init__(self, names: dict[str, str], verbs: frozenset[str] = frozenset()):
        self.names = {tuple(n.split()): label for n, label in names.items()}
        self.verbs = verbs  # words to tag VERB, as Stanza's word classes would

    def __call__(self, sentences: list[list[str]]):
        out = []
        for words in sentences:
            tags = ["O"] * len(words)
            for name, label in self.names.items():
                n = len(name)
                for i in range(len(words) - n + 1):
                    if tuple(words[i:i + n]) == name and all(t == "O" for t in tags[i:i + n]):
                        if n == 1:
                            tags[i] = f"S-{label}"
                        else:
                            tags[i] = f"B-{label}"
                            for j in range(i + 1, i + n - 1):
                                tags[j] = f"I-{label}"
                            tags[i + n - 1] = f"E-{label}"
            out.append([FakeTag("VERB" if w in self.verbs else None, t) for w, t in zip(words, tags)])
        return out


@pytest.fixture
def run():
    def _run(text, published=None, names=None):
        tagger = FakeTagger(names) if names else None
        return extract(text, published, tagger=tagger)
    return _run


def only(result, type_=None):
    quotes = [q for q in result.quotes if type_ is None or q.type == type_]
    assert len(quotes) == 1, [(q.type, q.text) for q in result.quotes]
    return quotes[0]
