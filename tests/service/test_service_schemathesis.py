"""Schemathesis against /openapi.json, in process (WSGI): no 5xx, responses match the schema.

Positive and negative cases (schema-violating bodies too). At least 1,000 requests in all:
the count is asserted by the last test of this module.
"""
from __future__ import annotations

import pytest
import schemathesis
from hypothesis import HealthCheck, settings
from schemathesis import GenerationMode
from schemathesis.specs.openapi.checks import negative_data_rejection, positive_data_acceptance

from service import create_app

# Imported by pytest from this folder's conftest (no package: see conftest docstring).
from conftest import fake_extract, no_models

MIN_REQUESTS = 1000
EXAMPLES_PER_OPERATION = 500

app = create_app({"EXTRACTOR": fake_extract, "READINESS": lambda: (True, None), "LOAD_MODELS": no_models,
                  "CONFIGURE_LOGGING": False, "MAX_BATCH": 8})
schema = schemathesis.openapi.from_wsgi("/openapi.json", app)
schema.config.generation.update(modes=[GenerationMode.POSITIVE, GenerationMode.NEGATIVE])
calls = {"count": 0}


@pytest.mark.slow
@schema.parametrize()
@settings(max_examples=EXAMPLES_PER_OPERATION, deadline=None, derandomize=True,
          suppress_health_check=list(HealthCheck), database=None)
def test_api_conforms_to_its_schema(case):
    calls["count"] += 1
    # Checked: no 5xx, status codes, content types, headers and bodies as documented.
    # Not checked: that the validation matches the schema exactly both ways. The service
    # accepts a little more than documented (datetimes and "" for `published`) and refuses
    # what a schema cannot say (html with no visible text); tests/service cover both.
    response = case.call_and_validate(excluded_checks=[positive_data_acceptance, negative_data_rejection])
    assert response.status_code < 500, response.text
    if response.status_code >= 400:
        content_type = {k.lower(): v for k, v in response.headers.items()}["content-type"]
        assert "application/json" in str(content_type)
        assert set(response.json()["error"]) >= {"code", "message"}


@pytest.mark.slow
def test_at_least_a_thousand_requests_were_made():
    print(f"schemathesis requests: {calls['count']}")
    assert calls["count"] >= MIN_REQUESTS, calls
