"""POST /v1/quotes and /v1/quotes/batch: happy paths and the response contract."""
from __future__ import annotations

from attribution import extract


def test_quotes_returns_the_contract_fields_with_offsets_into_text(client):
    text = "JAKARTA — Rapat usai.\n“Kami siap,” kata Budi, Senin."
    response = client.post("/v1/quotes", json={"text": text, "published": "2024-06-22T10:00:00Z",
                                                "title": "Judul", "url": "https://example.org/a"})
    assert response.status_code == 200
    body = response.get_json()
    assert body["text"] == text
    assert body["published"] == "2024-06-22"
    assert body["url"] == "https://example.org/a" and body["title"] == "Judul"
    [quote] = body["quotes"]
    assert body["text"][quote["start"]:quote["end"]] == quote["text"] == "Kami siap,"
    assert quote["speaker"]["name"] == "Budi"
    assert body["speakers"][0]["quote_ids"] == ["q1"]


def test_an_unnamed_source_comes_back_with_its_words_and_no_speaker(make_app):
    # The real rules (without models), so the field is serialised as the library fills it.
    client = make_app(EXTRACTOR=lambda text, published=None, title=None: extract(
        text, published, title, tagger=None)).test_client()
    text = "Seorang pejabat senior mengatakan anggaran subsidi belum disetujui parlemen."
    body = client.post("/v1/quotes", json={"text": text}).get_json()
    [quote] = body["quotes"]
    assert quote["speaker"] is None and body["speakers"] == []
    source = quote["unnamed_source"]
    assert source["text"] == text[source["start"]:source["end"]] == "Seorang pejabat senior"
    spec = client.get("/openapi.json").get_json()
    assert "unnamed_source" in spec["components"]["schemas"]["Quote"]["properties"]


def test_html_body_uses_visible_text_and_offsets_index_the_returned_text(client):
    html = ("<html><head><style>p{color:red}</style><script>var s='“Palsu,” kata Jahat.';</script></head>"
            "<body><p>Pembuka.</p><noscript>“Tidak,” kata Noscript.</noscript>"
            "<p>“Kami <b>siap</b>,” kata Budi.</p></body></html>")
    body = client.post("/v1/quotes", json={"html": html}).get_json()
    assert body["text"] == "Pembuka.\n“Kami siap,” kata Budi."
    assert [q["speaker"]["name"] for q in body["quotes"]] == ["Budi"]
    quote = body["quotes"][0]
    assert body["text"][quote["start"]:quote["end"]] == quote["text"]


def test_unknown_fields_are_ignored(client):
    response = client.post("/v1/quotes", json={"text": "Teks.", "cms_id": 7})
    assert response.status_code == 200
    assert "cms_id" not in response.get_json()


def test_json_content_type_with_charset_is_accepted(client):
    response = client.post("/v1/quotes", data='{"text": "Teks."}'.encode(),
                           content_type="application/json; charset=utf-8")
    assert response.status_code == 200


def test_batch_returns_a_result_or_an_error_per_article_in_order(client):
    articles = [{"text": "“Satu,” kata Ani."}, {"text": ""}, "not an object",
                {"html": "<p>“Dua,” kata Budi.</p>"}, {"text": "x", "published": "kemarin"}]
    response = client.post("/v1/quotes/batch", json={"articles": articles})
    assert response.status_code == 200
    body = response.get_json()
    assert [item["index"] for item in body["results"]] == [0, 1, 2, 3, 4]
    assert [("result" in item) for item in body["results"]] == [True, False, False, True, False]
    assert body["succeeded"] == 2 and body["failed"] == 3
    assert body["results"][0]["result"]["quotes"][0]["speaker"]["name"] == "Ani"
    assert body["results"][3]["result"]["quotes"][0]["speaker"]["name"] == "Budi"
    assert body["results"][1]["error"]["fields"] == {"text": ["must contain non-whitespace text"]}
    assert body["results"][2]["error"]["code"] == "invalid_field"
    assert "published" in body["results"][4]["error"]["fields"]


def test_batch_over_the_configured_count_is_422(make_app, expect_error, expect_healthy):
    client = make_app(MAX_BATCH=2).test_client()
    response = client.post("/v1/quotes/batch", json={"articles": [{"text": "a"}] * 3})
    error = expect_error(response, 422, "invalid_field")
    assert "articles" in error["fields"]
    assert client.post("/v1/quotes/batch", json={"articles": [{"text": "a"}] * 2}).status_code == 200


def test_empty_batch_is_422(client, expect_error, expect_healthy):
    expect_error(client.post("/v1/quotes/batch", json={"articles": []}), 422, "invalid_field")


def test_request_id_is_echoed_or_generated(client):
    echoed = client.post("/v1/quotes", json={"text": "a"}, headers={"X-Request-ID": "cms-42"})
    assert echoed.headers["X-Request-ID"] == "cms-42"
    generated = client.get("/healthz")
    assert len(generated.headers["X-Request-ID"]) == 32
    # A header value unsafe to log or echo is replaced, not reflected.
    unsafe = client.get("/healthz", headers={"X-Request-ID": "a b\"<script>"})
    assert unsafe.headers["X-Request-ID"] != "a b\"<script>"


def test_error_carries_the_request_id(client, expect_error, expect_healthy):
    response = client.post("/v1/quotes", json={}, headers={"X-Request-ID": "trace-1"})
    assert expect_error(response, 422, "invalid_field")["request_id"] == "trace-1"


def test_openapi_documents_endpoints_and_the_error_shape(client):
    spec = client.get("/openapi.json").get_json()
    assert {"/v1/quotes", "/v1/quotes/batch", "/healthz", "/readyz", "/metrics"} <= set(spec["paths"])
    responses = spec["paths"]["/v1/quotes"]["post"]["responses"]
    assert {"200", "400", "413", "415", "422", "503"} <= set(responses)
    assert responses["422"]["content"]["application/json"]["schema"]["$ref"].endswith("/Error")
    assert spec["components"]["schemas"]["BatchRequest"]["properties"]["articles"]["items"]["$ref"].endswith("/QuoteRequest")


def test_docs_page_is_served(client):
    response = client.get("/docs")
    assert response.status_code == 200 and b"swagger" in response.data.lower()
