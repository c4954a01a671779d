"""Copy the trained models into models/ and write models/manifest.json.

The manifest records what attribution.nlp checks before loading (the sha256 of every
file) and what a reader needs to trust the models: Stanza version, data and splits,
hyperparameters (quoted from training/train_processor.sh) and the held-out scores parsed
from the training logs. Run by `make models` after every processor has trained.

Usage: python training/package_models.py --work-dir training/work --data-dir ../shared/data --models-dir models
       ... --only pos,depparse   (repackage the processors retrained; the rest of the
                                  manifest, and their files, stay as they are)
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import shutil
from pathlib import Path

import stanza

TRAINING_DIR = Path(__file__).resolve().parent

# role -> trained file, relative to the work folder (Stanza's default save names)
TRAINED_FILES = {
    "tokenize": "saved_models/tokenize/id_csui_nocharlm_tokenizer.pt",
    "mwt": "saved_models/mwt/id_csui_mwt_expander.pt",
    "pos": "saved_models/pos/id_csui_nopretrain_tagger.pt",
    "lemma": "saved_models/lemma/id_csui_nocharlm_lemmatizer.pt",
    "depparse": "saved_models/depparse/id_csui_nopretrain_parser.pt",
    "ner": "saved_models/ner/id_kutipan_nertagger.pt",
}

TARGETS = {"tokens_f1": 99.5, "sentences_f1": 94.0, "upos": 93.0, "las": 78.0, "ner_f1": 86.0}


def sha256(path: Path) -> str:
    with path.open("rb") as stream:
        return hashlib.file_digest(stream, "sha256").hexdigest()


def ud_table_scores(log: Path) -> dict[str, float]:
    """Scores from the 'Finished running test set on' table that run_* prints."""
    text = log.read_text(encoding="utf-8", errors="replace")
    match = re.search(r"Finished running test set on\n\S+\n\s*([A-Za-z ]+)\n\s*([\d. ]+)\n", text)
    if not match:
        return {}
    names = match.group(1).split()
    values = [float(value) for value in match.group(2).split()]
    return dict(zip(names, values))


def lemma_score(log: Path) -> float | None:
    scores = re.findall(r"Lemma score:\n\S+ ([\d.]+)", log.read_text(encoding="utf-8", errors="replace"))
    return float(scores[-1]) if scores else None


def ner_score(log: Path) -> float | None:
    match = re.search(r"NER tagger score: \S+ \S+ \S+ ([\d.]+)", log.read_text(encoding="utf-8", errors="replace"))
    return float(match.group(1)) if match else None


def best_step(log: Path, step_pattern: str) -> int | None:
    """The last step matching step_pattern before the log's last "new best" line."""
    text = log.read_text(encoding="utf-8", errors="replace")
    best_marks = [match.start() for match in re.finditer(r"[Nn]ew best", text)]
    if not best_marks:
        return None
    steps = [int(match.group(1)) for match in re.finditer(step_pattern, text[: best_marks[-1]])]
    return steps[-1] if steps else None


# processor -> (key in steps_trained, the log line that counts steps or epochs)
STEP_PATTERNS = {
    "tokenize": ("tokenize", r"Step\s+(\d+)/"),
    "pos": ("pos", r"step (\d+): train_loss"),
    "lemma": ("lemma_epochs", r"epoch (\d+): train_loss"),
    "depparse": ("depparse", r"step (\d+): train_loss"),
    "ner": ("ner", r"step (\d+): train_loss"),
}


def _held_out_scores(role: str, logs: Path) -> dict:
    """The held-out scores of one processor, parsed from its test log."""
    if role in ("tokenize", "mwt", "pos", "depparse"):
        table = ud_table_scores(logs / f"{role}.test.log")
    if role == "tokenize":
        return {"tokens_f1": table.get("Tokens"), "sentences_f1": table.get("Sentences"),
                "words_f1": table.get("Words"), "set": "CSUI test"}
    if role == "mwt":
        return {"words_f1": table.get("Words"), "set": "CSUI test (gold tokens)"}
    if role == "pos":
        return {"upos": table.get("UPOS"), "xpos": table.get("XPOS"), "ufeats": table.get("UFeats"),
                "set": "CSUI test (gold tokenization)"}
    if role == "lemma":
        return {"accuracy": lemma_score(logs / "lemma.test.log"), "set": "CSUI test (gold tokens and tags)"}
    if role == "depparse":
        return {"uas": table.get("UAS"), "las": table.get("LAS"), "clas": table.get("CLAS"),
                "set": "CSUI test (gold tokens and tags)"}
    return {"f1": ner_score(logs / "ner.test.log"), "set": "idner-news-2k test",
            "f1_nergrit_test": ner_score(logs / "ner.nergrit_test.log")}


def hyperparameters() -> dict[str, str]:
    """The *_ARGS arrays of train_processor.sh, verbatim."""
    script = (TRAINING_DIR / "train_processor.sh").read_text(encoding="utf-8")
    found = {}
    for name, body in re.findall(r"^([A-Z]+)_ARGS=\((.*?)\)", script, flags=re.S | re.M):
        found[name.lower()] = " ".join(body.split())
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--work-dir", type=Path, required=True)
    parser.add_argument("--data-dir", type=Path, required=True)
    parser.add_argument("--models-dir", type=Path, required=True)
    parser.add_argument("--only", default=",".join(TRAINED_FILES),
                        help="comma-separated processors to take from the work folder (default: all)")
    args = parser.parse_args()
    work, models = args.work_dir.resolve(), args.models_dir.resolve()
    logs = work / "logs"
    models.mkdir(parents=True, exist_ok=True)
    only = [role.strip() for role in args.only.split(",") if role.strip()]
    unknown = sorted(set(only) - set(TRAINED_FILES))
    if unknown:
        raise SystemExit(f"unknown processors: {', '.join(unknown)}")
    previous = None
    if set(only) != set(TRAINED_FILES):
        # A partial repackaging keeps the other processors' entries from the manifest.
        previous = json.loads((models / "manifest.json").read_text(encoding="utf-8"))

    files = {}
    for role, relative in TRAINED_FILES.items():
        if role not in only:
            continue
        source = work / relative
        if not source.is_file():
            raise SystemExit(f"{source} is missing: train {role} first (make {role})")
        target = models / f"id_{role}.pt"
        shutil.copyfile(source, target)
    # Stanza reads a resources.json even with download_method=None; an empty one makes
    # "id" an unknown language, so the pipeline loads only the explicit model paths.
    (models / "resources.json").write_text("{}\n", encoding="utf-8")
    for role in [*TRAINED_FILES, "resources"]:
        path = models / (f"id_{role}.pt" if role != "resources" else "resources.json")
        files[role] = {"path": path.name, "sha256": sha256(path), "bytes": path.stat().st_size}

    scores = {role: _held_out_scores(role, logs) for role in only}
    # The step (lemma: epoch) of the last dev evaluation that saved a new best model,
    # which is the model that shipped.
    steps_trained = {key: best_step(logs / f"{role}.train.log", pattern)
                     for role, (key, pattern) in STEP_PATTERNS.items() if role in only}
    if previous is not None:
        scores = {**previous["held_out_scores"], **scores}
        steps_trained = {**previous["steps_trained"], **steps_trained}
    reached = {
        "tokens_f1": scores["tokenize"]["tokens_f1"], "sentences_f1": scores["tokenize"]["sentences_f1"],
        "upos": scores["pos"]["upos"], "las": scores["depparse"]["las"], "ner_f1": scores["ner"]["f1"],
    }

    manifest = {
        "stanza_version": stanza.__version__,
        "language": "id",
        "files": files,
        "total_bytes": sum(entry["bytes"] for entry in files.values()),
        "data": {
            "ud_train": "UD_Indonesian-CSUI train + UD_Indonesian-GSD dev + UD_Indonesian-GSD test "
                        "(Stanza splits a seeded dev set off this file because CSUI has no dev)",
            "ud_test": "UD_Indonesian-CSUI test (never trained on)",
            "ner_train": "idner-news-2k train + NERGrit train + NERGrit valid (PERSON->PER, PLACE->LOC, ORGANISATION->ORG)",
            "ner_dev": "idner-news-2k dev",
            "ner_test": "idner-news-2k test; NERGrit test scored as a second held-out set",
            "sources": "see /work/shared/data/SOURCES.md and models/NOTICE for repositories, commits and licences",
        },
        "pretrained_embeddings": "none (--no_pretrain, --no_charlm): no word vectors or charlm could be downloaded",
        "hyperparameters": hyperparameters(),
        "steps_trained": steps_trained,
        "device": "CPU",
        "held_out_scores": scores,
        "targets": TARGETS,
        "targets_met": {name: (reached[name] is not None and reached[name] >= target) for name, target in TARGETS.items()},
        "reproduce": "make models DATA=../shared/data   (see training/README.md)",
    }
    (models / "manifest.json").write_text(json.dumps(manifest, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(json.dumps({"total_bytes": manifest["total_bytes"], "reached": reached, "targets_met": manifest["targets_met"]}, indent=2))


if __name__ == "__main__":
    main()
