"""Service tests run without models: the extractor and readiness are injected."""
from __future__ import annotations

import re

import pytest

from attribution.model import ExtractionResult, Quote, Span, Speaker, SpeakerEntry
from attribution.dates import parse_published
from service import create_app

_QUOTE = re.compile(r"“([^”]+)”,? kata (\w+)")


def fake_extract(text, published=None, title=None):
    """Finds `“…,” kata Name`: enough to exercise serialisation and offsets."""
    quotes, speakers = [], []
    for number, match in enumerate(_QUOTE.finditer(text), start=1):
        name = match.group(2)
        quotes.append(Quote(
            id=f"q{number}", type="direct", text=match.group(1), start=match.start(1), end=match.end(1),
            cue=Span("kata", match.start() + match.group(0).index("kata"), match.start() + match.group(0).index("kata") + 4),
            speaker=Speaker(name=name, mention=name, mention_start=match.start(2), mention_end=match.end(2)),
            confidence=0.9,
        ))
        speakers.append(SpeakerEntry(name=name, role=None, kind="person", aliases=[name], quote_ids=[f"q{number}"]))
    return ExtractionResult(text=text, published=parse_published(published), quotes=quotes, speakers=speakers)


def no_models():
    return None


@pytest.fixture
def make_app():
    def factory(**overrides):
        config = {"EXTRACTOR": fake_extract, "READINESS": lambda: (True, None), "LOAD_MODELS": no_models,
                  "CONFIGURE_LOGGING": False, "TESTING": True}
        config.update(overrides)
        return create_app(config)

    return factory


@pytest.fixture
def app(make_app):
    return make_app()


@pytest.fixture
def client(app):
    return app.test_client()


@pytest.fixture
def expect_error():
    return assert_error


@pytest.fixture
def expect_healthy():
    return assert_healthy


def assert_error(response, status: int, code: str) -> dict:
    """The one error shape: JSON, {"error": {"code", "message", ...}}, no trace or path."""
    assert response.status_code == status, response.get_data(as_text=True)
    assert response.mimetype == "application/json"
    body = response.get_json()
    assert set(body) == {"error"}
    error = body["error"]
    assert error["code"] == code
    assert isinstance(error["message"], str) and error["message"]
    raw = response.get_data(as_text=True)
    assert "Traceback" not in raw and "/work/" not in raw and ".py" not in raw
    return error


def assert_healthy(client) -> None:
    """After any bad request the service still answers good ones."""
    assert client.get("/healthz").status_code == 200
    good = client.post("/v1/quotes", json={"text": "“Kami siap,” kata Budi."})
    assert good.status_code == 200
    assert good.get_json()["quotes"][0]["speaker"]["name"] == "Budi"
