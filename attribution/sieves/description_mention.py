"""Resolution: a title or description without a name (``kata Presiden``, ``kata politisi
Partai Hanura itu``) refers to the person the article introduced with that role."""
from __future__ import annotations

from ..entities import name_key
from ..mentions import is_title_word, opens_sentence
from .base import ArticleState
from .pronoun_mention import repeats_an_unnamed_source

NAME = "description_mention"
_BRACKETS = "()[]"
_MAX_SENTENCES_TO_NAME = 6  # from a statement opened by a title to the holder's name


def run(state: ArticleState) -> None:
    ordered = sorted(state.live(), key=lambda c: c.start)
    for idx, cand in enumerate(ordered):
        m = cand.mention
        if cand.entity is not None or m is None or not m.description:
            continue
        if m.indefinite:
            continue  # seorang pejabat senior: someone the article does not name; no speaker
        if m.demonstrative and idx > 0 and repeats_an_unnamed_source(state, ordered[idx - 1], cand):
            continue  # seorang warga mengatakan …. ”…,” ucap warga tersebut: pronoun_mention
        # A bare plural-or-generic noun (warga mengatakan …) names no one the article
        # introduced with that role; a demonstrative, a capital, more words or an
        # office's title may (Namun, jaksa menilai …, after Jaksa KPK Andika …).
        word = m.text.lower()
        generic = not m.demonstrative and not m.text[:1].isupper() and len(m.text.split()) == 1 \
            and not (word in state.lex.title_heads and word not in state.lex.descriptive_role_heads)
        ent = None if generic else state.entities.by_role(m.role or m.text, m.start)
        if ent is None and not generic and m.kind == "organization":
            # Majelis hakim menilai …, after Majelis Hakim Pengadilan Negeri Tegal: the body
            # the article named with those words.
            ent = state.entities.named_body(m.text, m.start)
        if ent is None and generic and m.kind == "organization":
            # Dalam keterangannya, perusahaan menyatakan …, after Startup logistik Kirimaja:
            # the one company the article named.
            ent = state.entities.body_described_as(m.text, m.start)
        if ent is not None:
            cand.entity = ent
            cand.speaker_mention = m
            cand.rules["speaker"] = NAME
        elif m.demonstrative:
            # "Mantan Gubernur DKI Jakarta itu" with no such role in the article points
            # back like a pronoun: pronoun_mention resolves it.
            continue
        elif m.text[:1].isupper() and name_key(m.text) and _opens_with_a_title(state, m) \
                and not _description_opening_the_sentence(state, m) \
                and (holder := _holder_named_later(state, cand, m)) is not None:
            # Gubernur BI menyatakan …. ”…,” kata Gubernur BI X: the one the article
            # names with that title a few sentences on; the title is who they are.
            if not holder.roles or holder.roles[0][0] > m.start:
                holder.roles.insert(0, (m.start, m.text))
            cand.entity = holder
            cand.speaker_mention = m
            cand.rules["speaker"] = NAME + ":named_later"
        elif m.text[:1].isupper() and name_key(m.text) and _opens_with_a_title(state, m) \
                and not _description_opening_the_sentence(state, m):
            # A capitalised title with no named holder in the article (kata Kapolda):
            # the title is the best name the article gives. A description opening
            # the sentence (Petugas mengatakan …) names nobody: the source stays unnamed.
            cand.entity = state.entities.resolve(m.text, m.start, m.kind)
            if not cand.entity.roles:
                cand.entity.roles.append((m.start, m.text))
            # The title is also the role when it is written as one (Kepala BNPB), not a
            # description run on into the clause (Relawan dari mahasiswa mendampingi …).
            cand.entity.named_by_title = m.kind == "person" and _written_as_a_title(state, m)
            cand.speaker_mention = m
            cand.rules["speaker"] = NAME + ":title_only"


def _holder_named_later(state: ArticleState, cand, m):
    """The person named with the title ``m`` within a few sentences after ``cand``'s."""
    sentences = state.doc.sentences
    last = sentences[min(cand.sent + _MAX_SENTENCES_TO_NAME, len(sentences) - 1)]
    return state.entities.holder_named_later(m.text, m.start, last.end)


def _written_as_a_title(state: ArticleState, m) -> bool:
    words = [w.strip(_BRACKETS) for w in m.text.split()]  # Kepala Staf Gabungan (JCS)
    return all(w[:1].isupper() or w.lower() in state.lex.role_glue_words for w in words)


def _description_opening_the_sentence(state: ArticleState, m) -> bool:
    """A description in lowercase but for the capital that opens the sentence (``Kuasa
    hukum pasangan calon menyatakan …``, after a dateline too): an unnamed source, as
    it is written lowercase mid-sentence; not a title in capitals (Kepala BNPB)."""
    first = state.doc.tokens[state.doc.token_index_at_or_after(m.start)]
    return not _written_as_a_title(state, m) and opens_sentence(state.doc, first)


def _opens_with_a_title(state: ArticleState, m) -> bool:
    return is_title_word(state.doc.tokens[state.doc.token_index_at_or_after(m.start)], state.lex)
