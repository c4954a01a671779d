"""Lay out the shared data sets the way Stanza's training tools expect them.

Writes, under the work folder:

* ``ud/UD_Indonesian-CSUI/id_csui-ud-train.conllu``: CSUI train + GSD dev + GSD test.
  GSD's own train file is not in the shared data, so its dev and test files are the only
  extra treebank material; they are named as CSUI train so that ``id_csui`` keeps
  Stanza's treebank-specific settings (Stanza splits a dev set off this file itself,
  seeded, because CSUI has no dev file).
* ``ud/UD_Indonesian-CSUI/id_csui-ud-test.conllu``: CSUI test, unchanged. It is never
  trained on; every UD score in the manifest is measured on it.
* ``data/ner/id_kutipan.{train,dev,test}.json``: NER in Stanza's json format with labels
  PER/ORG/LOC. Train is idner-news-2k train + NERGrit train and valid (labels mapped);
  dev is idner-news-2k dev; test is idner-news-2k test (held out). NERGrit test is
  written as ``id_kutipan.nergrit_test.json`` and scored too, as a second held-out set.

Usage: python training/prepare_data.py DATA_DIR WORK_DIR
"""

import json
import sys
from pathlib import Path

# NERGrit spells its classes out; the service only knows Stanza's short names.
NERGRIT_LABELS = {"PERSON": "PER", "PLACE": "LOC", "ORGANISATION": "ORG"}


def read_conllu_blocks(path: Path) -> list[str]:
    """Sentence blocks of a CoNLL-U file, each without its trailing blank line."""
    text = path.read_text(encoding="utf-8").replace("\r\n", "\n")
    return [block.strip("\n") for block in text.split("\n\n") if block.strip()]


def write_conllu(blocks: list[str], path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("\n\n".join(blocks) + "\n\n", encoding="utf-8")


def read_bio(path: Path, label_map: dict[str, str] | None = None) -> list[list[dict]]:
    """Token-per-line BIO file (token first, tag last) -> Stanza NER json sentences."""
    sentences: list[list[dict]] = []
    current: list[dict] = []
    for raw_line in path.read_text(encoding="utf-8").splitlines():
        line = raw_line.strip()
        if not line:
            if current:
                sentences.append(current)
                current = []
            continue
        fields = line.split()
        word, tag = fields[0], fields[-1]
        if tag != "O" and label_map is not None:
            prefix, label = tag.split("-", 1)
            tag = f"{prefix}-{label_map[label]}"
        current.append({"text": word, "ner": tag})
    if current:
        sentences.append(current)
    return sentences


def write_json(sentences: list[list[dict]], path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(sentences, ensure_ascii=False, indent=0), encoding="utf-8")


def main(data_dir: Path, work_dir: Path) -> None:
    csui = data_dir / "ud" / "UD_Indonesian-CSUI"
    gsd = data_dir / "ud" / "UD_Indonesian-GSD"
    train_blocks = (
        read_conllu_blocks(csui / "id_csui-ud-train.conllu")
        + read_conllu_blocks(gsd / "id_gsd-ud-dev.conllu")
        + read_conllu_blocks(gsd / "id_gsd-ud-test.conllu")
    )
    test_blocks = read_conllu_blocks(csui / "id_csui-ud-test.conllu")
    ud_out = work_dir / "ud" / "UD_Indonesian-CSUI"
    write_conllu(train_blocks, ud_out / "id_csui-ud-train.conllu")
    write_conllu(test_blocks, ud_out / "id_csui-ud-test.conllu")
    print(f"UD: {len(train_blocks)} training sentences, {len(test_blocks)} CSUI test sentences")

    idner = data_dir / "ner" / "idner-news-2k"
    nergrit = data_dir / "ner" / "nergrit"
    ner_out = work_dir / "data" / "ner"
    splits = {
        "train": read_bio(idner / "train.txt")
        + read_bio(nergrit / "train_preprocess.txt", NERGRIT_LABELS)
        + read_bio(nergrit / "valid_preprocess.txt", NERGRIT_LABELS),
        "dev": read_bio(idner / "dev.txt"),
        "test": read_bio(idner / "test.txt"),
        "nergrit_test": read_bio(nergrit / "test_preprocess.txt", NERGRIT_LABELS),
    }
    for split, sentences in splits.items():
        write_json(sentences, ner_out / f"id_kutipan.{split}.json")
        print(f"NER {split}: {len(sentences)} sentences")


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    main(Path(sys.argv[1]), Path(sys.argv[2]))
