"""Confidence: how far each record can be trusted, from the rules that decided it.

The weights are the measured precision of each rule on the development sets (rounded),
so a record's confidence reads as "how often records made this way are right"."""
from __future__ import annotations

from .base import ArticleState

NAME = "confidence"

_DETECTION = {
    "direct_quotes": 0.97, "direct_quotes:unbalanced": 0.6,
    "reported_speech:bahwa": 0.9, "reported_speech:bare": 0.8, "according_to": 0.85,
    "agentless_passive": 0.75, "trailing_cue": 0.75,
}
_SPEAKER = {
    "named_mention": 0.97, "description_mention": 0.85, "description_mention:title_only": 0.75,
    "description_mention:named_later": 0.8,
    "pronoun_mention": 0.85, "context_speaker:previous": 0.75, "context_speaker:next": 0.65,
    "context_speaker:previous_far": 0.55, "context_speaker:named_next": 0.85,
    "case_parties": 0.8,  # not yet measured: as a title resolved to the holder named later
    "named_mention:voiced_next": 0.85,  # not yet measured: as context_speaker:named_next
    "pronoun_mention:group": 0.85,  # not yet measured: as pronoun_mention
}
_NO_SPEAKER = 0.35


def run(state: ArticleState) -> None:
    for cand in state.live():
        detect = _DETECTION.get(cand.rules.get("detect", ""), 0.7)
        speaker = _SPEAKER.get(cand.rules.get("speaker", ""), _NO_SPEAKER) if cand.entity else _NO_SPEAKER
        cand.rules.setdefault("speaker", "none")
        cand.confidence = round(detect * speaker, 3)
