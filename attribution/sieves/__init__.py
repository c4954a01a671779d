"""The ordered sieves of quote attribution (after Stanford CoreNLP's quote attributor).

Detection sieves find quotations and reported speech; attribution sieves find the words
that name the speaker; resolution sieves turn those words into an article-level speaker;
then dates and confidence. Each fills only what is still unresolved and records its name
in ``Candidate.rules``, so any error can be traced to the rule that made it.
"""
from . import (
    according_to,
    according_to_aside,
    agentless_passive,
    case_parties,
    collective_mention,
    confidence,
    context_speaker,
    cue_after_quote,
    cue_before_quote,
    cue_first,
    description_mention,
    direct_quotes,
    interview,
    judged_by,
    named_later,
    named_mention,
    predicate_role,
    pronoun_mention,
    reported_speech,
    scare_quotes,
    statement_date,
    subject_description_role,
    trailing_cue,
)

# Detection and the words of attribution; after these the entity index is built.
DETECTION_SIEVES = (
    direct_quotes,
    cue_after_quote,
    cue_before_quote,
    scare_quotes,
    according_to,
    cue_first,
    reported_speech,
    according_to_aside,
    agentless_passive,
    trailing_cue,
    judged_by,
)
# From words to article-level speakers, then dates and confidence.
RESOLUTION_SIEVES = (
    interview,
    named_mention,
    case_parties,
    description_mention,
    pronoun_mention,
    collective_mention,
    named_later,
    context_speaker,
    predicate_role,
    subject_description_role,
    statement_date,
    confidence,
)
