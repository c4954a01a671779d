"""Load-time checks of the lexicon's keys."""
from dataclasses import replace

import pytest

from attribution.lexicon import _SUBSET_KEYS, _check_subsets, load_lexicon


def test_keys_drawn_from_another_key_hold_at_load():
    lex = load_lexicon()
    for sub, sup in _SUBSET_KEYS:
        assert getattr(lex, sub) <= getattr(lex, sup)


def test_a_charge_verb_missing_from_the_claim_verbs_fails_the_load_check():
    # A word only in self_side_charge_verbs is never reached: counter_claim_verbs is tested first.
    lex = load_lexicon()
    broken = replace(lex, self_side_charge_verbs=lex.self_side_charge_verbs | {"menuduh"})
    with pytest.raises(ValueError, match="self_side_charge_verbs"):
        _check_subsets(broken)
