"""Build-time only (Dockerfile ARG KUTIPAN_MODELS_SOURCE=stanza): fetch the official
Stanza Indonesian models instead of baking the project's own ``models/``, and write the
``manifest.json`` + empty ``resources.json`` that ``attribution.nlp`` checks and loads.

Needs internet access to Stanza's model hub (HuggingFace), so it cannot run on machines
without it. Untested there: the official pos/depparse/ner models expect pretrained word
vectors (and charlm files) that ``attribution.nlp`` does not pass to Stanza; they are
downloaded next to the models for a loader that does.

usage: python fetch_stanza_models.py OUT_DIR
"""
import hashlib
import json
import pathlib
import shutil
import sys
import tempfile

import stanza

ROLES = ("tokenize", "mwt", "pos", "lemma", "depparse", "ner")


def sha256(path: pathlib.Path) -> str:
    with path.open("rb") as stream:
        return hashlib.file_digest(stream, "sha256").hexdigest()


def main(out: pathlib.Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        stanza.download("id", model_dir=tmp, processors=",".join(ROLES), verbose=False)
        root = pathlib.Path(tmp) / "id"
        files = {}
        for role in ROLES:
            found = sorted((root / role).glob("*.pt"))
            if not found:
                raise SystemExit(f"official Stanza models have no {role} model")
            target = out / f"id_{role}.pt"
            shutil.copyfile(found[0], target)
            files[role] = target
        for extra in ("pretrain", "forward_charlm", "backward_charlm"):
            for path in sorted((root / extra).glob("*.pt")):
                shutil.copyfile(path, out / f"id_{extra}_{path.name}")
    resources = out / "resources.json"
    resources.write_text("{}\n", encoding="utf-8")
    files["resources"] = resources
    manifest = {
        "stanza_version": stanza.__version__,
        "language": "id",
        "source": "official Stanza models (stanza.download)",
        "files": {role: {"path": p.name, "sha256": sha256(p), "bytes": p.stat().st_size}
                  for role, p in files.items()},
    }
    (out / "manifest.json").write_text(json.dumps(manifest, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main(pathlib.Path(sys.argv[1]))
