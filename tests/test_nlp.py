"""attribution.nlp: the project's own Stanza models load offline, tag, and fail loudly."""

import json
import shutil
import socket

import pytest

from attribution import nlp
from attribution.errors import ModelsUnavailableError


@pytest.fixture
def fresh_state(monkeypatch):
    """A process in which nothing is loaded yet; the real state comes back afterwards."""
    monkeypatch.setattr(nlp, "_loaded", None)
    monkeypatch.setattr(nlp, "_last_failure", None)


@pytest.fixture
def models_copy(tmp_path):
    """A private copy of the shipped models folder that a test may damage."""
    copy = tmp_path / "models"
    shutil.copytree(nlp.models_dir(), copy)
    return copy


@pytest.fixture
def no_network(monkeypatch):
    """Any attempt to open a connection or resolve a name fails the test."""

    def refuse(*args, **kwargs):
        raise AssertionError(f"network access attempted: {args!r}")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)


def test_models_dir_defaults_to_the_repository_models_folder(monkeypatch):
    monkeypatch.delenv(nlp.MODELS_ENV_VAR, raising=False)
    folder = nlp.models_dir()
    assert folder.name == "models"
    assert (folder / "manifest.json").is_file()


def test_models_dir_follows_the_environment_variable(monkeypatch, tmp_path):
    monkeypatch.setenv(nlp.MODELS_ENV_VAR, str(tmp_path))
    assert nlp.models_dir() == tmp_path.resolve()


def test_manifest_hashes_every_shipped_file_and_stays_under_60_mb():
    folder = nlp.models_dir()
    manifest = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
    listed = {entry["path"] for entry in manifest["files"].values()}
    shipped = {path.name for path in folder.iterdir() if path.name not in {"manifest.json", "NOTICE"}}
    assert listed == shipped
    assert sum((folder / name).stat().st_size for name in shipped) <= 60 * 1024 * 1024


def test_readiness_before_loading_says_why(fresh_state):
    ready, reason = nlp.readiness()
    assert ready is False
    assert reason


def test_missing_models_folder_makes_load_fail_and_readiness_false(fresh_state, tmp_path):
    missing = tmp_path / "no-such-models"
    with pytest.raises(ModelsUnavailableError, match="does not exist"):
        nlp.load(missing)
    ready, reason = nlp.readiness()
    assert ready is False
    assert str(missing) in reason


def test_missing_model_file_is_named_in_the_reason(fresh_state, models_copy):
    (models_copy / "id_pos.pt").unlink()
    with pytest.raises(ModelsUnavailableError, match="id_pos.pt"):
        nlp.load(models_copy)
    ready, reason = nlp.readiness()
    assert ready is False
    assert "missing" in reason


def test_corrupted_model_file_is_caught_before_stanza_sees_it(fresh_state, models_copy, monkeypatch):
    ner_file = models_copy / "id_ner.pt"
    data = bytearray(ner_file.read_bytes())
    data[len(data) // 2] ^= 0xFF
    ner_file.write_bytes(bytes(data))

    def stanza_must_not_run(*args, **kwargs):
        raise AssertionError("a corrupt file reached Stanza")

    monkeypatch.setattr(nlp, "_build_pipeline", stanza_must_not_run)
    with pytest.raises(ModelsUnavailableError, match="corrupt"):
        nlp.load(models_copy)
    ready, reason = nlp.readiness()
    assert ready is False
    assert "id_ner.pt" in reason


def test_unreadable_manifest_is_reported(fresh_state, models_copy):
    (models_copy / "manifest.json").write_text("{not json", encoding="utf-8")
    with pytest.raises(ModelsUnavailableError, match="manifest.json"):
        nlp.load(models_copy)
    assert nlp.readiness()[0] is False


@pytest.mark.slow
def test_models_load_without_network(fresh_state, no_network):
    nlp.load()
    assert nlp.readiness() == (True, None)
    nlp.load()  # idempotent: a second call neither fails nor reloads
    assert nlp.readiness() == (True, None)


@pytest.mark.slow
def test_tag_marks_a_person_name_as_per():
    sentences = [
        "Presiden Joko Widodo meresmikan jalan tol baru di Semarang pada hari Senin .".split(),
        "Harga beras naik lagi minggu ini .".split(),
    ]
    tagged = nlp.tag(sentences)
    assert [[token.text for token in sentence] for sentence in tagged] == sentences
    first = {token.text: token for token in tagged[0]}
    assert first["Joko"].ner.endswith("-PER") and first["Widodo"].ner.endswith("-PER")
    assert first["meresmikan"].ner == "O"
    assert all(token.ner == "O" for token in tagged[1])
    assert nlp.readiness() == (True, None)


@pytest.mark.slow
def test_tag_of_no_sentences_is_empty():
    assert nlp.tag([]) == []


@pytest.mark.slow
def test_full_pipeline_parses_raw_text():
    document = nlp.full_pipeline()("Menteri itu berkata bahwa harga beras turun. Rakyat senang.")
    assert len(document.sentences) == 2
    words = document.sentences[0].words
    assert all(word.deprel for word in words)
    assert sum(1 for word in words if word.head == 0) == 1
