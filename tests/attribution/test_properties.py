"""Properties of the library on arbitrary and hostile input (hypothesis), and linear
time on pathological texts."""
from __future__ import annotations

import re
import time

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from attribution import extract
from attribution.dates import _patterns
from attribution.segment import _TOKEN

# Text drawn from everything, with the characters the rules care about made frequent.
_RULE_CHARS = st.sampled_from(list("“”‘’\"'«».,:;!?()\n —–") + ["kata ", "ujarnya", " Menteri ", "Cho ", "bahwa ",
                                                               "Menurut ", "Jumat (21/6) ", "mengatakan "])
TEXTS = st.lists(st.one_of(st.text(max_size=30), _RULE_CHARS), max_size=60).map("".join)


def _check(text: str) -> dict:
    body = extract(text, tagger=None).to_dict()
    for q in body["quotes"]:
        assert 0 <= q["start"] <= q["end"] <= len(text)
        assert q["text"] == text[q["start"]:q["end"]]
        if q["cue"]:
            assert text[q["cue"]["start"]:q["cue"]["end"]] == q["cue"]["text"]
        sp = q["speaker"]
        if sp and sp["mention_start"] is not None:
            assert text[sp["mention_start"]:sp["mention_end"]] == sp["mention"]
        assert 0.0 <= q["confidence"] <= 1.0
    return body


def test_a_speech_verb_followed_only_by_an_unclosed_quotation_does_not_raise():
    # (found by the property below: every word after the verb lies inside the quotation)
    _check("MENGATAKAN ’0 0 0")


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(TEXTS)
def test_arbitrary_text_never_raises_and_offsets_hold(text):
    _check(text)


@settings(max_examples=100, deadline=None)
@given(TEXTS)
def test_output_is_deterministic(text):
    assert extract(text, tagger=None).to_dict() == extract(text, tagger=None).to_dict()


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.characters(codec="utf-8"), max_size=200))
def test_any_unicode(text):
    _check(text)


PATHOLOGICAL = {
    "900 KB without a space": "a" * 900_000,
    "50,000 quote marks": "”" * 50_000,
    "10,000 unbalanced quotes": "“Kami datang ke sini, kata Budi. " * 10_000,
    "one 200 KB sentence": ("kata Budi bahwa " * 14_000)[:200_000],
    "10,000 quotes with cues": "“Ya,” kata Budi. " * 10_000,
}


def test_pathological_texts_finish_quickly():
    # Each takes a few seconds on an idle 2-core machine; the bound is the request time
    # limit (30 s), loose for a loaded machine. A quadratic step would take minutes.
    for name, text in PATHOLOGICAL.items():
        started = time.perf_counter()
        _check(text)
        elapsed = time.perf_counter() - started
        assert elapsed < 30, f"{name}: {elapsed:.1f} s"


def test_time_grows_linearly():
    # Four times the input must cost about four times as much, not sixteen (ratios in one
    # run: timings are noisy here).
    unit = "“Kami siap membantu warga,” kata Budi Santoso. Ia mengatakan bahwa bantuan tiba besok. "

    def cost(n):
        started = time.perf_counter()
        extract(unit * n, tagger=None)
        return time.perf_counter() - started

    cost(50)  # warm-up
    small, large = min(cost(1000) for _ in range(3)), min(cost(4000) for _ in range(3))
    assert large / small < 4 * 2.0, (small, large)


def test_regular_expressions_do_not_backtrack():
    # Inputs built to make a backtracking pattern explode: long runs that almost match.
    evil = ["1/" * 50_000 + "x", "a-" * 50_000 + "!", "Senin (" + "1" * 50_000, "Jumat " + " " * 50_000 + "(",
            "1 " * 50_000 + "Juni"]
    patterns = [_TOKEN, *_patterns("id")]
    for text in evil:
        for pattern in patterns:
            started = time.perf_counter()
            for _ in pattern.finditer(text):
                pass
            assert time.perf_counter() - started < 2, (pattern.pattern[:40], text[:20])
    assert isinstance(_TOKEN, re.Pattern)
