"""Sentence F1 of the service's own splitter (attribution/segment.py) on UD
Indonesian-CSUI test, the set the Stanza tokenizer is scored on, for comparison.

The test sentences are joined with single spaces, as Stanza's scorer joins them, and a
predicted sentence counts when it starts and ends where a gold one does (offsets counted
without whitespace, as the CoNLL 2018 evaluation does).

Usage: python training/score_segmenter.py [DATA_DIR]   (default ../shared/data)
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from attribution.segment import build_document  # noqa: E402

TEST_FILE = Path("ud/UD_Indonesian-CSUI/id_csui-ud-test.conllu")


def gold_sentences(conllu: Path) -> list[str]:
    prefix = "# text = "
    return [line[len(prefix):].strip() for line in conllu.read_text(encoding="utf-8").splitlines()
            if line.startswith(prefix)]


def sentence_f1(sentences: list[str]) -> dict[str, float]:
    text = " ".join(sentences)
    # Offsets without whitespace: position i in text -> count of non-space chars before it.
    dense = [0] * (len(text) + 1)
    for i, ch in enumerate(text):
        dense[i + 1] = dense[i] + (not ch.isspace())
    gold, pos = set(), 0
    for s in sentences:
        i = text.index(s, pos)
        gold.add((dense[i], dense[i + len(s)]))
        pos = i + len(s)
    doc = build_document(text)
    pred = {(dense[doc.tokens[s.tok_start].start], dense[doc.tokens[s.tok_end - 1].end])
            for s in doc.sentences if s.tok_end > s.tok_start}
    tp = len(gold & pred)
    p, r = tp / len(pred), tp / len(gold)
    return {"gold": len(gold), "predicted": len(pred), "precision": p, "recall": r,
            "f1": 2 * p * r / (p + r) if p + r else 0.0}


def main() -> None:
    data = Path(sys.argv[1] if len(sys.argv) > 1 else "../shared/data")
    scores = sentence_f1(gold_sentences(data / TEST_FILE))
    print(" ".join(f"{k}={v:.4f}" if isinstance(v, float) else f"{k}={v}" for k, v in scores.items()))


if __name__ == "__main__":
    main()
