"""Resolution: a mention that carries a name resolves to the article's fullest form of it
(``Menteri Cho`` -> ``Cho Tae-yul``); joint mentions give co-speakers."""
from __future__ import annotations

from ..entities import name_key, runs_in
from ..mentions import is_official_account, parse_mention, subject_before
from ._clauses import named_in_next_sentence
from .base import ArticleState

NAME = "named_mention"


def run(state: ArticleState) -> None:
    for cand in state.live():
        m = cand.mention
        if cand.entity is not None or m is None or not m.name:
            continue
        pair = state.entities.hyphenated_pair(m.name, m.name_start or m.start) if m.kind == "person" else None
        if pair is not None:
            # pasangan Hartono-Siti menyatakan …: a candidate and a running mate together
            cand.entity, cand.co_entities = pair[0], [pair[1]]
        else:
            cand.entity = state.entities.resolve(m.name, m.name_start or m.start, m.kind)
        body = _body_described(state, cand, m, cand.entity) if pair is None else None
        if body is not None:
            cand.entity = body
        cand.speaker_mention = m
        for co in m.co_mentions:
            if co.name:
                cand.co_entities.append(state.entities.resolve(co.name, co.name_start or co.start, co.kind))
        cand.rules["speaker"] = NAME if body is None else NAME + ":described_body"
        owner = _official_account_owner(state, cand, m) if pair is None and body is None else None
        if owner is not None:
            # ”…,” tulis akun tersebut, after "Dikutip dari akun Instagram resmi @…, TNI AD
            # juga menyampaikan …": the body's official account speaks for the body.
            cand.entity, cand.co_entities = owner, []
            cand.rules["speaker"] = NAME + ":official_account"
            continue
        voice = _voice_named_next(state, cand) if pair is None else None
        if voice is not None:
            # Pemerintah memastikan …. Hal itu disampaikan Menko X …: the person the next
            # sentence names as the source speaks for the body (with their own role).
            cand.entity, cand.co_entities = voice, []
            cand.rules["speaker"] = NAME + ":voiced_next"


def _official_account_owner(state: ArticleState, cand, m):
    """The body whose official account a record's handle names (akun Instagram resmi
    @…): the body that speaks, as the subject of another record, in the sentence where the
    handle is written or the one before (Dikutip dari akun Instagram resmi @…, TNI AD juga
    menyampaikan …), or, where no record's body does, the body that is the subject of a
    speech verb after the handle in its sentence, though the verb reports no words (…
    menyampaikan permohonan maaf …); None for any other account, or where no body, or
    more than one, speaks there."""
    if not m.name.startswith("@"):
        return None
    doc = state.doc
    k = doc.token_index_at_or_after(m.name_start if m.name_start is not None else m.start)
    if k >= len(doc.tokens) or doc.tokens[k].text != "@" or not is_official_account(doc.tokens, k, state.lex):
        return None
    sent = doc.tokens[k].sent
    bodies = []
    for other in state.live():
        om = other.mention
        if other is cand or om is None or not om.name or om.kind != "organization" or om.co_mentions \
                or other.sent not in (sent, sent - 1) or om.name.startswith("@"):
            continue
        ent = other.entity or state.entities.resolve(om.name, om.name_start or om.start, om.kind)
        if ent not in bodies:
            bodies.append(ent)
    if not bodies:
        # Dikutip dari akun Instagram resmi @…, TNI AD juga menyampaikan permohonan maaf …:
        # the act told there reports no words of its own, but the body that is the subject
        # of its speech verb is still the account's owner.
        here = doc.sentences[sent]
        for t in doc.tokens[k + 1:here.tok_end]:
            if t.is_capitalized or state.in_quote(t.start) or not state.lex.is_reporting_verb(t.text):
                continue
            subject = subject_before(doc, t.i, state.lex)
            sm = parse_mention(doc, subject, state.lex) if subject else None
            if sm is not None and sm.name and sm.kind == "organization" and not sm.co_mentions \
                    and not sm.name.startswith("@"):
                ent = state.entities.resolve(sm.name, sm.name_start or sm.start, "organization")
                if ent not in bodies:
                    bodies.append(ent)
    return bodies[0] if len(bodies) == 1 else None


def _body_described(state: ArticleState, cand, m, ent):
    """For a common noun for a body opening the sentence, which reads as a name (Polisi
    menyebut …, Perusahaan menyatakan …) and which the article writes in no fuller name:
    the one body it named as such before (Polres Grobogan, PT Kirimaja), as the noun means
    mid-sentence (description_mention), or, where it named none before (a summary bullet
    over the article) and the noun is one for a company, the one it names later where that
    company speaks in the article; None where it names none or several."""
    if m.kind != "organization" or m.co_mentions or len(ent.key) != 1 or ent.key != name_key(m.name):
        return None
    return state.entities.body_described_anywhere_as(m.name, m.start, lambda body: _speaks(state, cand, body))


def _speaks(state: ArticleState, cand, body) -> bool:
    """Whether another of the article's records is the words of ``body``: its speaker
    resolved to it already, its mention's name resolves to it, or the speaker's role
    names it (Manajer PT STA, Dedi Kurnia): the body speaks through its people."""
    ents = state.entities
    names = [name_key(n) for n in (body.name, *body.aliases)]
    for other in state.live():
        om = other.mention
        if other is cand or om is None:
            continue
        ent = other.entity
        if ent is None and om.name:
            ent = ents.resolve(om.name, om.name_start or om.start, om.kind)
        if ent is body:
            return True
        roles = [name_key(r) for r in (om.role, *(r for _, r in (ent.roles if ent is not None else ()))) if r]
        if any(runs_in(n, role) for role in roles for n in names):
            return True
    return False


def _voice_named_next(state: ArticleState, cand):
    """The person the sentence right after a body's statement names as its source (Hal
    itu disampaikan Menteri X …, ``_clauses.named_in_next_sentence``, with a
    word for a statement before the verb: not Bantuan itu disampaikan X), where
    the body is one the noun alone describes (Pemerintah, Kementerian) or one the
    person's role names (Barito Putera …. Kepastian itu disampaikan dokter tim Barito
    Putera, X); None for a body named in full that the person's role does not name
    (KPU memastikan …. Hal itu disampaikan pengamat X: the body speaks), or for bodies
    speaking together."""
    ent = cand.entity
    if ent is None or ent.kind != "organization" or cand.co_entities:
        return None
    person = named_in_next_sentence(state, cand.end, state.lex.voiced_statement_heads)
    if person is None or person.kind != "person":
        return None
    words = [w for w in ent.name.split() if w.lower() not in state.lex.organization_heads]
    if not words:
        return person  # Pemerintah, Kementerian: the noun alone, no body named
    role = set(name_key(person.role or ""))
    return person if role and all(k in role for k in name_key(" ".join(words))) else None
