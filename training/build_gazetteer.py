"""Derive ``attribution/lexicons/id/gazetteer.json`` from the NER training data.

News names a person after a title and its complement (``Bupati Sidoarjo Muhammad
Iskak``, ``Ketua Umum PP Muhammadiyah Haedar Nashir``); where the complement's last word
is a place or an organisation word the hand-written lexicons do not know, it ends up at
the front of the name, and a weak tagger marks it PER too. The annotated NER sets know
thousands of such words: a capitalised word that they tag as part of a place or an
organisation at least ``MIN_COUNT`` times and never as part of a person can be cut off
the front of a name. The same data also gives the words it tags as part of a person at
least as often as anything else (``Ahmed``, ``Sri``): those stay in a name when the
article's later short form of it starts further in (``Ahmed Zaki Iskandar`` ... ``kata
Zaki``), where other words before the short form are cut (``Kepala Desa Karangbenda
Sakino`` ... ``kata Sakino``).

A third list holds the words that running text writes in lowercase (``hak``, ``nomor``),
which alone and capitalised are a heading or a noun, not a name.

The lists hold single lowercased words with no article text; they are derived from
idner-news-2k (MIT), NERGrit (Apache-2.0) and the UD Indonesian treebanks (CC BY-SA 4.0),
credited in ``models/NOTICE``.

Usage: python training/build_gazetteer.py DATA_DIR [OUT_JSON]
"""
from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

MIN_COUNT = 2
PERSON = {"PER", "PERSON"}
NON_PERSON = {"LOC", "ORG", "PLACE", "ORGANISATION"}
# Token column, tag column, per file: idner has a PoS column between them.
SOURCES = [
    ("ner/idner-news-2k/train.txt", 0, 2),
    ("ner/idner-news-2k/dev.txt", 0, 2),
    ("ner/idner-news-2k/test.txt", 0, 2),
    ("ner/nergrit/train_preprocess.txt", 0, 1),
    ("ner/nergrit/valid_preprocess.txt", 0, 1),
    ("ner/nergrit/test_preprocess.txt", 0, 1),
]


def count_labels(data_dir: Path) -> tuple[Counter, Counter]:
    person, other = Counter(), Counter()
    for rel, tok_col, tag_col in SOURCES:
        with open(data_dir / rel, encoding="utf-8") as fh:
            for line in fh:
                cols = line.split()
                if len(cols) <= max(tok_col, tag_col):
                    continue
                word, tag = cols[tok_col], cols[tag_col]
                if not word[:1].isupper() or not any(c.isalpha() for c in word):
                    continue
                label = tag.split("-", 1)[-1]
                if label in PERSON:
                    person[word.lower()] += 1
                elif label in NON_PERSON:
                    other[word.lower()] += 1
    return person, other


def non_person_words(data_dir: Path) -> list[str]:
    person, other = count_labels(data_dir)
    return sorted(w for w, n in other.items() if n >= MIN_COUNT and not person[w])


def person_words(data_dir: Path) -> list[str]:
    person, other = count_labels(data_dir)
    return sorted(w for w, n in person.items() if n >= other[w])


# Running text of the treebanks, for the words Indonesian writes in lowercase.
TREEBANKS = [
    "ud/UD_Indonesian-CSUI/id_csui-ud-train.conllu",
    "ud/UD_Indonesian-CSUI/id_csui-ud-test.conllu",
    "ud/UD_Indonesian-GSD/id_gsd-ud-dev.conllu",
    "ud/UD_Indonesian-GSD/id_gsd-ud-test.conllu",
]
COMMON_MIN_COUNT = 3


def common_words(data_dir: Path) -> list[str]:
    """Words written in lowercase at least ``COMMON_MIN_COUNT`` times in running text and
    never tagged as part of a person: capitalised alone (a heading run into the next
    sentence, ``Belajar dari China``; ``Nomor 6``) they are not a name."""
    lowercase: Counter = Counter()
    for rel, tok_col, _ in SOURCES:
        with open(data_dir / rel, encoding="utf-8") as fh:
            for line in fh:
                cols = line.split()
                if len(cols) > tok_col and cols[tok_col].isalpha() and cols[tok_col].islower():
                    lowercase[cols[tok_col]] += 1
    for rel in TREEBANKS:
        with open(data_dir / rel, encoding="utf-8") as fh:
            for line in fh:
                if line[:1].isdigit():
                    word = line.split("\t")[1]
                    if word.isalpha() and word.islower():
                        lowercase[word] += 1
    person, _ = count_labels(data_dir)
    return sorted(w for w, n in lowercase.items() if n >= COMMON_MIN_COUNT and not person[w])


def main(argv: list[str]) -> int:
    if len(argv) < 2:
        print(__doc__, file=sys.stderr)
        return 2
    data_dir = Path(argv[1])
    out = Path(argv[2]) if len(argv) > 2 else Path(__file__).resolve().parents[1] / "attribution/lexicons/id/gazetteer.json"
    words = non_person_words(data_dir)
    persons = person_words(data_dir)
    common = common_words(data_dir)
    payload = {
        "_comment": (
            "Capitalised words that the NER training data tags as part of a place or an "
            f"organisation at least {MIN_COUNT} times and never as part of a person: they "
            "are cut off the front of a personal name (Bupati Sidoarjo Muhammad Iskak). "
            "Generated by training/build_gazetteer.py from idner-news-2k (MIT) and NERGrit "
            "(Apache-2.0); regenerate rather than edit by hand."
        ),
        "non_person_words": words,
        "_person_comment": (
            "Capitalised words that the NER training data tags as part of a person at least "
            "as often as part of anything else: kept at the front of a name when the article "
            "later uses a shorter form of it (Ahmed Zaki Iskandar ... kata Zaki)."
        ),
        "person_words": persons,
        "_common_comment": (
            f"Words written in lowercase at least {COMMON_MIN_COUNT} times in the UD "
            "Indonesian treebanks (CC BY-SA 4.0) and the NER data, never tagged as a person: "
            "capitalised on their own (Belajar dari China; Nomor 6) they are not a name."
        ),
        "common_words": common,
    }
    out.write_text(json.dumps(payload, ensure_ascii=False, indent=0) + "\n", encoding="utf-8")
    print(f"{out}: {len(words)} non-person, {len(persons)} person, {len(common)} common words")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
