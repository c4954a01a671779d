"""Readiness and models, API keys, metrics."""
from __future__ import annotations

import json

import pytest

from attribution.errors import ModelsUnavailableError
from service.app import ModelLoader, _valid_api_key


def test_healthz_is_up_even_when_not_ready(make_app):
    client = make_app(READINESS=lambda: (False, "models not loaded yet")).test_client()
    assert client.get("/healthz").get_json() == {"status": "ok"}


def test_readyz_reports_ready_and_not_ready_with_the_reason(make_app):
    assert make_app().test_client().get("/readyz").get_json() == {"ready": True, "reason": None}
    response = make_app(READINESS=lambda: (False, "pos.pt is corrupt")).test_client().get("/readyz")
    assert response.status_code == 503
    assert response.get_json() == {"ready": False, "reason": "pos.pt is corrupt"}


def test_models_unavailable_is_503_for_single_and_batch(make_app, expect_error):
    def missing():
        raise ModelsUnavailableError("model file /srv/models/pos.pt (pos) is missing")

    client = make_app(LOAD_MODELS=missing).test_client()
    error = expect_error(client.post("/v1/quotes", json={"text": "a"}), 503, "models_unavailable")
    assert "pos.pt" in error["message"] and "/srv/models" not in error["message"]
    response = client.post("/v1/quotes/batch", json={"articles": [{"text": "a"}]})
    expect_error(response, 503, "models_unavailable")
    assert response.headers["Retry-After"] == "30"
    # Bad input is still told apart from missing models.
    expect_error(client.post("/v1/quotes", json={"text": ""}), 422, "invalid_field")


@pytest.fixture
def corrupt_models(tmp_path, monkeypatch):
    """A models folder whose manifest lists a file with the wrong checksum."""
    (tmp_path / "pos.pt").write_bytes(b"truncated")
    manifest = {"files": {"pos": {"path": "pos.pt", "sha256": "0" * 64}}}
    (tmp_path / "manifest.json").write_text(json.dumps(manifest))
    monkeypatch.setenv("KUTIPAN_MODELS", str(tmp_path))
    from attribution import nlp

    monkeypatch.setattr(nlp, "_loaded", None)
    monkeypatch.setattr(nlp, "_last_failure", None)
    return tmp_path


def test_corrupt_model_files_start_not_ready_and_answer_503(corrupt_models, expect_error):
    from service import create_app

    # The real loader and readiness (attribution.nlp), loading at start as `kutipan serve` does.
    app = create_app({"CONFIGURE_LOGGING": False, "LOAD_MODELS_AT_START": True})
    client = app.test_client()
    assert client.get("/healthz").status_code == 200
    ready = client.get("/readyz")
    assert ready.status_code == 503
    assert "corrupt" in ready.get_json()["reason"] and str(corrupt_models) not in ready.get_json()["reason"]
    error = expect_error(client.post("/v1/quotes", json={"text": "a"}), 503, "models_unavailable")
    assert "corrupt" in error["message"]


def test_model_loader_retries_only_after_a_pause(monkeypatch):
    from attribution import nlp

    calls = []

    def failing_load(path=None):
        calls.append(1)
        raise ModelsUnavailableError("missing")

    monkeypatch.setattr(nlp, "load", failing_load)
    loader = ModelLoader(retry_after=60)
    for _ in range(3):
        with pytest.raises(ModelsUnavailableError):
            loader()
    assert len(calls) == 1
    loader.retry_after = 0
    with pytest.raises(ModelsUnavailableError):
        loader()
    assert len(calls) == 2


def test_model_loader_turns_any_loading_crash_into_models_unavailable(monkeypatch):
    from attribution import nlp

    monkeypatch.setattr(nlp, "load", lambda path=None: (_ for _ in ()).throw(RuntimeError("torch says no")))
    with pytest.raises(ModelsUnavailableError, match="RuntimeError"):
        ModelLoader()()


@pytest.fixture
def keyed(make_app):
    return make_app(API_KEYS=("k-one", "k-two")).test_client()


def test_api_keys_are_off_by_default(client):
    assert client.post("/v1/quotes", json={"text": "a"}).status_code == 200


@pytest.mark.parametrize("headers", [{}, {"X-API-Key": "wrong"}, {"Authorization": "Bearer wrong"},
                                     {"Authorization": "Basic k-one"}, {"X-API-Key": ""}, {"X-API-Key": "k-onë"}])
def test_missing_or_wrong_key_is_401_json(keyed, headers, expect_error):
    response = keyed.post("/v1/quotes", json={"text": "a"}, headers=headers)
    expect_error(response, 401, "unauthorized")
    assert "Bearer" in response.headers["WWW-Authenticate"]


@pytest.mark.parametrize("headers", [{"X-API-Key": "k-one"}, {"X-API-Key": "k-two"}, {"Authorization": "Bearer k-two"},
                                     {"Authorization": "bearer k-one"}])
def test_valid_key_is_accepted(keyed, headers):
    assert keyed.post("/v1/quotes", json={"text": "a"}, headers=headers).status_code == 200
    assert keyed.post("/v1/quotes/batch", json={"articles": [{"text": "a"}]}, headers=headers).status_code == 200


def test_auth_is_checked_before_the_body(keyed, expect_error):
    expect_error(keyed.post("/v1/quotes", data="x", content_type="text/plain"), 401, "unauthorized")


@pytest.mark.parametrize("path", ["/healthz", "/readyz", "/metrics", "/openapi.json", "/docs"])
def test_probes_metrics_and_docs_stay_open(keyed, path):
    assert keyed.get(path).status_code == 200


def test_key_comparison_handles_non_ascii_and_empty():
    assert _valid_api_key("k-one", ("k-one",))
    assert not _valid_api_key("k-on", ("k-one",))
    assert not _valid_api_key("ключ", ("k-one",))
    assert not _valid_api_key("\udcff", ("k-one",))
    assert not _valid_api_key(None, ("k-one",))


def _sample(metrics_text: str, line_start: str) -> float:
    for line in metrics_text.splitlines():
        if line.startswith(line_start):
            return float(line.rsplit(" ", 1)[1])
    return 0.0


def test_metrics_count_requests_quotes_and_errors(client):
    before = client.get("/metrics").get_data(as_text=True)
    client.post("/v1/quotes", json={"text": "“A,” kata Ani. “B,” kata Budi."})
    client.post("/v1/quotes", json={"text": ""})
    after = client.get("/metrics").get_data(as_text=True)
    ok = 'kutipan_http_requests_total{endpoint="/v1/quotes",method="POST",status="200"}'
    bad = 'kutipan_http_requests_total{endpoint="/v1/quotes",method="POST",status="422"}'
    assert _sample(after, ok) == _sample(before, ok) + 1
    assert _sample(after, bad) == _sample(before, bad) + 1
    quotes = 'kutipan_quotes_extracted_total{type="direct"}'
    assert _sample(after, quotes) == _sample(before, quotes) + 2
    errors = 'kutipan_errors_total{code="invalid_field"}'
    assert _sample(after, errors) == _sample(before, errors) + 1
    latency = 'kutipan_http_request_duration_seconds_count{endpoint="/v1/quotes",method="POST",status="200"}'
    assert _sample(after, latency) == _sample(before, latency) + 1


def test_unmatched_paths_share_one_metrics_label(client):
    client.get("/random-1")
    client.get("/random-2")
    text = client.get("/metrics").get_data(as_text=True)
    assert "random-1" not in text
    assert 'endpoint="unmatched"' in text


def test_model_loader_raises_a_fresh_error_each_time(monkeypatch):
    # One exception instance raised again and again keeps every traceback: a leak.
    from attribution import nlp

    monkeypatch.setattr(nlp, "load", lambda path=None: (_ for _ in ()).throw(ModelsUnavailableError("missing")))
    loader = ModelLoader(retry_after=60)
    raised = []
    for _ in range(3):
        with pytest.raises(ModelsUnavailableError) as info:
            loader()
        raised.append(info.value)
    assert len({id(error) for error in raised}) == 3
    assert all(str(error) == "missing" for error in raised)
