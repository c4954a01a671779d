"""The one owner of the Stanza pipeline: the project's own Indonesian models, offline.

The models are trained by ``make models`` (see ``training/README.md``) and shipped in the
repository's ``models/`` folder, or wherever ``KUTIPAN_MODELS`` points. Nothing here
touches the network: Stanza gets ``download_method=None``, an explicit path for every
model, and the project's own (empty) ``resources.json``, so it never looks for its model
hub. Every file is checked against the sha256 in ``manifest.json`` before Stanza sees it,
so a truncated or corrupt file fails loudly instead of half-loading.

Loading happens once per process, on first use or through ``load()``; the pipelines are
shared by every thread afterwards.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import pathlib
import threading
from dataclasses import dataclass
from typing import TYPE_CHECKING

from attribution.errors import ModelsUnavailableError

if TYPE_CHECKING:  # importing stanza costs about a second; only load() pays it
    import stanza

logger = logging.getLogger(__name__)

MODELS_ENV_VAR = "KUTIPAN_MODELS"
# Intra-op threads torch may use per process (0: torch's default, one per core). One is
# the default: a gunicorn worker per core already fills the cores, and Stanza's small
# per-sentence LSTMs gain little from more; on a busy 2-core machine 2 threads per
# process ran the tagger 10 times slower than 1 (docs/benchmark.md).
TORCH_THREADS_ENV_VAR = "KUTIPAN_TORCH_THREADS"
MANIFEST_NAME = "manifest.json"
LANGUAGE = "id"

# Pipeline option -> key of the file in manifest["files"]. The key names the role, the
# manifest names the file, so retrained models can change file names freely.
# The engine reads only the NER tags, and Stanza's NER does not use POS: the tagger runs
# tokenize (pretokenized, so no model work) and ner. POS was 59% of tagging time.
_TAGGER_MODEL_PATHS = {
    "tokenize_model_path": "tokenize",
    "ner_model_path": "ner",
}
_FULL_MODEL_PATHS = {
    "tokenize_model_path": "tokenize",
    "mwt_model_path": "mwt",
    "pos_model_path": "pos",
    "lemma_model_path": "lemma",
    "depparse_model_path": "depparse",
    "ner_model_path": "ner",
}


@dataclass(frozen=True)
class TaggedToken:
    text: str
    upos: str | None
    ner: str  # BIOES tag as Stanza gives it: "O", "B-PER", "I-ORG", "E-LOC", "S-PER"


class _LoadedModels:
    """Everything load() produces, swapped in as one object so readers never see half."""

    def __init__(self, folder: pathlib.Path, paths: dict[str, pathlib.Path], tagger: "stanza.Pipeline"):
        self.folder = folder
        self.paths = paths
        self.tagger = tagger
        self.full: "stanza.Pipeline | None" = None


_lock = threading.RLock()
_loaded: _LoadedModels | None = None
_last_failure: str | None = None


def models_dir() -> pathlib.Path:
    """The models folder: ``$KUTIPAN_MODELS`` if set, else the repository's ``models/``."""
    configured = os.environ.get(MODELS_ENV_VAR)
    if configured:
        return pathlib.Path(configured).expanduser().resolve()
    return pathlib.Path(__file__).resolve().parent.parent / "models"


def _sha256(path: pathlib.Path) -> str:
    with path.open("rb") as stream:
        return hashlib.file_digest(stream, "sha256").hexdigest()


def _verified_paths(folder: pathlib.Path) -> dict[str, pathlib.Path]:
    """Role -> file path for every file in the manifest, after checking each sha256."""
    if not folder.is_dir():
        raise ModelsUnavailableError(f"models folder {folder} does not exist (set {MODELS_ENV_VAR} or run `make models`)")
    manifest_path = folder / MANIFEST_NAME
    try:
        manifest = json.loads(manifest_path.read_text(encoding="utf-8"))
        files = manifest["files"]
    except FileNotFoundError:
        raise ModelsUnavailableError(f"{manifest_path} is missing") from None
    except (OSError, ValueError, KeyError, TypeError) as error:
        raise ModelsUnavailableError(f"{manifest_path} is unreadable: {error}") from None

    paths: dict[str, pathlib.Path] = {}
    for role, entry in files.items():
        path = folder / entry["path"]
        if not path.is_file():
            raise ModelsUnavailableError(f"model file {path} ({role}) is missing")
        actual = _sha256(path)
        if actual != entry["sha256"]:
            raise ModelsUnavailableError(
                f"model file {path} ({role}) is corrupt: sha256 {actual} does not match the manifest"
            )
        paths[role] = path
    needed = set(_FULL_MODEL_PATHS.values()) | {"resources"}
    missing = sorted(needed - paths.keys())
    if missing:
        raise ModelsUnavailableError(f"{manifest_path} lists no file for {', '.join(missing)}")
    return paths


def _limit_torch_threads() -> None:
    raw = os.environ.get(TORCH_THREADS_ENV_VAR, "").strip() or "1"
    try:
        threads = int(raw)
        if threads < 0:
            raise ValueError
    except ValueError:
        logger.warning("%s=%r is not a whole number >= 0; using 1", TORCH_THREADS_ENV_VAR, raw)
        threads = 1
    if threads:
        import torch

        torch.set_num_threads(threads)


def use_gpu() -> bool:
    """True when torch sees a CUDA device: the pipelines then run on it (CPU otherwise)."""
    import torch

    return torch.cuda.is_available()


def _build_pipeline(paths: dict[str, pathlib.Path], processors: str, model_options: dict[str, str], **options) -> "stanza.Pipeline":
    import stanza

    model_paths = {option: str(paths[role]) for option, role in model_options.items()}
    return stanza.Pipeline(
        lang=LANGUAGE,
        processors=processors,
        # Stanza reads resources.json even when told not to download; the project ships an
        # empty one so that "id" counts as an unknown language and only the paths below load.
        dir=str(paths["resources"].parent),
        resources_filepath=str(paths["resources"]),
        allow_unknown_language=True,
        download_method=None,
        use_gpu=use_gpu(),
        logging_level="WARN",
        **model_paths,
        **options,
    )


def load(models_path: str | os.PathLike | None = None) -> None:
    """Load the tagging pipeline once per process; later calls return at once.

    Raises ModelsUnavailableError, with the reason, when a file is missing or corrupt or
    Stanza cannot load it.
    """
    global _loaded, _last_failure
    if _loaded is not None:
        return
    with _lock:
        if _loaded is not None:
            return
        folder = pathlib.Path(models_path).expanduser().resolve() if models_path is not None else models_dir()
        try:
            paths = _verified_paths(folder)
            _limit_torch_threads()
            try:
                tagger = _build_pipeline(paths, "tokenize,ner", _TAGGER_MODEL_PATHS, tokenize_pretokenized=True)
            except Exception as error:  # Stanza raises many kinds; all mean "not usable"
                raise ModelsUnavailableError(f"Stanza could not load the models in {folder}: {error}") from error
        except ModelsUnavailableError as error:
            _last_failure = str(error)
            raise
        _loaded = _LoadedModels(folder, paths, tagger)
        _last_failure = None
        logger.info("Stanza models loaded from %s", folder)


def readiness() -> tuple[bool, str | None]:
    """(True, None) once the models are loaded, else (False, why). Never raises."""
    if _loaded is not None:
        return True, None
    if _last_failure is not None:
        return False, _last_failure
    return False, "models not loaded yet"


def tag(sentences: list[list[str]]) -> list[list[TaggedToken]]:
    """NER tags for pretokenized sentences, in one batched Stanza call (``upos`` is None:
    the tagger does not run POS, which nothing downstream reads)."""
    if not sentences:
        return []
    load()
    assert _loaded is not None
    document = _loaded.tagger([list(sentence) for sentence in sentences])
    tagged: list[list[TaggedToken]] = []
    for sentence in document.sentences:
        tagged.append(
            [TaggedToken(text=token.text, upos=None, ner=token.ner or "O") for token in sentence.tokens]
        )
    return tagged


def full_pipeline() -> "stanza.Pipeline":
    """tokenize,mwt,pos,lemma,depparse,ner on raw text; built on first call (benchmarks)."""
    load()
    assert _loaded is not None
    with _lock:
        if _loaded.full is None:
            try:
                _loaded.full = _build_pipeline(
                    _loaded.paths, "tokenize,mwt,pos,lemma,depparse,ner", _FULL_MODEL_PATHS
                )
            except Exception as error:
                raise ModelsUnavailableError(f"Stanza could not load the full pipeline: {error}") from error
        return _loaded.full
