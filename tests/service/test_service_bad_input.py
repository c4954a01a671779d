"""Issue 5: every kind of bad input gets a clear JSON error and the service stays healthy."""
from __future__ import annotations

import io

import pytest


JSON = "application/json"


@pytest.mark.parametrize(
    ("name", "kwargs", "status", "code"),
    [
        ("malformed JSON", {"data": b'{"text": "a",', "content_type": JSON}, 400, "malformed_json"),
        ("empty body", {"data": b"", "content_type": JSON}, 400, "malformed_json"),
        ("invalid UTF-8", {"data": b'{"text": "caf\xe9 \xff"}', "content_type": JSON}, 400, "malformed_json"),
        ("UTF-16 body", {"data": '{"text": "a"}'.encode("utf-16"), "content_type": JSON}, 400, "malformed_json"),
        ("wrong content type", {"data": b'{"text": "a"}', "content_type": "text/plain"}, 415, "unsupported_media_type"),
        ("form body", {"data": {"text": "a"}}, 415, "unsupported_media_type"),
        ("no content type", {"data": b'{"text": "a"}'}, 415, "unsupported_media_type"),
        ("array body", {"json": [{"text": "a"}]}, 422, "invalid_field"),
        ("string body", {"json": "a"}, 422, "invalid_field"),
        ("null body", {"data": b"null", "content_type": JSON}, 422, "invalid_field"),
        ("missing text", {"json": {"title": "a"}}, 422, "invalid_field"),
        ("empty text", {"json": {"text": ""}}, 422, "invalid_field"),
        ("whitespace text", {"json": {"text": " \n\t "}}, 422, "invalid_field"),
        ("text is a number", {"json": {"text": 12}}, 422, "invalid_field"),
        ("text is a list", {"json": {"text": ["a"]}}, 422, "invalid_field"),
        ("text is null", {"json": {"text": None}}, 422, "invalid_field"),
        ("both text and html", {"json": {"text": "a", "html": "<p>a</p>"}}, 422, "invalid_field"),
        ("published not a date", {"json": {"text": "a", "published": "kemarin"}}, 422, "invalid_field"),
        ("published impossible date", {"json": {"text": "a", "published": "2024-02-30"}}, 422, "invalid_field"),
        ("published is a number", {"json": {"text": "a", "published": 20240622}}, 422, "invalid_field"),
        ("NUL in text", {"json": {"text": "a\x00b"}}, 422, "invalid_field"),
        ("escape in text", {"json": {"text": "a\x1b[31mb"}}, 422, "invalid_field"),
        ("lone surrogate", {"data": b'{"text": "a\\ud800b"}', "content_type": JSON}, 422, "invalid_field"),
        ("html only scripts", {"json": {"html": "<script>alert(1)</script><style>p{}</style>"}}, 422, "invalid_field"),
        ("title not a string", {"json": {"text": "a", "title": {"x": 1}}}, 422, "invalid_field"),
    ],
)
def test_bad_input_gets_a_json_error_and_leaves_the_service_healthy(client, name, kwargs, status, code, expect_error, expect_healthy):
    expect_error(client.post("/v1/quotes", **kwargs), status, code)
    expect_healthy(client)


def test_invalid_field_error_names_the_field_and_the_reason(client, expect_error, expect_healthy):
    error = expect_error(client.post("/v1/quotes", json={"text": "a", "published": "kemarin"}), 422, "invalid_field")
    assert list(error["fields"]) == ["published"]
    assert "ISO" in error["fields"]["published"][0]
    error = expect_error(client.post("/v1/quotes", json={"text": "a\x07b"}), 422, "invalid_field")
    assert error["fields"]["text"] == ["contains control character U+0007 at offset 1"]


def test_newlines_tabs_and_carriage_returns_are_allowed(client):
    assert client.post("/v1/quotes", json={"text": "a\r\n\tb"}).status_code == 200


def test_body_over_the_limit_is_413(make_app, expect_error, expect_healthy):
    client = make_app(MAX_BODY_BYTES=1000).test_client()
    response = client.post("/v1/quotes", json={"text": "a" * 2000})
    error = expect_error(response, 413, "body_too_large")
    assert "1000" in error["message"]
    expect_healthy(client)


def test_default_body_limit_is_one_megabyte(client, expect_error, expect_healthy):
    expect_error(client.post("/v1/quotes", json={"text": "a" * 1_000_001}), 413, "body_too_large")
    assert client.post("/v1/quotes", json={"text": "a" * 900_000}).status_code == 200


def test_chunked_body_over_the_limit_is_413(make_app, expect_error, expect_healthy):
    # No Content-Length (chunked upload): werkzeug stops reading at the limit.
    client = make_app(MAX_BODY_BYTES=1000).test_client()
    body = b'{"text": "' + b"a" * 2000 + b'"}'
    environ = {"wsgi.input": io.BytesIO(body), "wsgi.input_terminated": True}
    response = client.post("/v1/quotes", environ_overrides=environ, content_type=JSON,
                           headers={"Transfer-Encoding": "chunked"})
    expect_error(response, 413, "body_too_large")


@pytest.mark.parametrize(("method", "path", "status", "code"), [
    ("get", "/nowhere", 404, "not_found"),
    ("get", "/v1/quotes", 405, "method_not_allowed"),
    ("delete", "/v1/quotes/batch", 405, "method_not_allowed"),
    ("post", "/healthz", 405, "method_not_allowed"),
])
def test_unknown_paths_and_methods_are_json(client, method, path, status, code, expect_error, expect_healthy):
    expect_error(getattr(client, method)(path), status, code)


def test_unexpected_engine_failure_is_a_500_without_trace(make_app, expect_error, expect_healthy):
    def broken(text, published=None, title=None):
        raise RuntimeError("secret detail at /work/main/attribution/pipeline.py")

    client = make_app(EXTRACTOR=broken).test_client()
    error = expect_error(client.post("/v1/quotes", json={"text": "a"}), 500, "internal_error")
    assert "secret" not in error["message"]
    assert client.get("/healthz").status_code == 200


def test_engine_invalid_input_error_is_a_422_naming_the_field(make_app, expect_error, expect_healthy):
    from attribution.errors import InvalidInputError

    def picky(text, published=None, title=None):
        raise InvalidInputError("too long for the engine", field="text")

    client = make_app(EXTRACTOR=picky).test_client()
    error = expect_error(client.post("/v1/quotes", json={"text": "a"}), 422, "invalid_field")
    assert error["fields"] == {"text": ["too long for the engine"]}


def test_batch_with_bad_articles_still_returns_the_good_ones(client):
    articles = [{"text": "“Ya,” kata Ani."}, {"text": "a\x00"}, {"text": 5}, {"html": "<script>x</script>"},
                {"text": "b", "published": "13/13/2024"}, {"text": "“Tidak,” kata Budi."}]
    body = client.post("/v1/quotes/batch", json={"articles": articles}).get_json()
    assert body["succeeded"] == 2 and body["failed"] == 4
    names = [item["result"]["quotes"][0]["speaker"]["name"] for item in body["results"] if "result" in item]
    assert names == ["Ani", "Budi"]
    assert all(item["error"]["code"] == "invalid_field" for item in body["results"] if "error" in item)


@pytest.mark.parametrize("payload", [{}, {"articles": "x"}, {"articles": None}, {"articles": {"text": "a"}}])
def test_batch_of_the_wrong_shape_is_422(client, payload, expect_error, expect_healthy):
    expect_error(client.post("/v1/quotes/batch", json=payload), 422, "invalid_field")
    expect_healthy(client)
