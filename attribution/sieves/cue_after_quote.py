"""Attribution: a cue right after the closing mark: ``,” kata Cho``, ``,” ujarnya``,
``,” Cho menambahkan``, ``?” tanya politisi Partai Hanura itu``."""
from __future__ import annotations

from ..mentions import (DEMONSTRATIVES, ENCLITIC, Mention, is_title_word, parse_mention, speaker_np_after,
                        without_enclitic)
from ._clauses import demikian_cue
from .base import ArticleState, Candidate

NAME = "cue_after_quote"
_SPEECH_ENDS = {",", "!", "?", "…", "—", "–"}  # the words' last mark before a closing-mark cue


def run(state: ArticleState) -> None:
    for cand in state.live():
        if cand.type == "direct" and cand.mention is None and cand.cue_start is None:
            _attach(state, cand)


def _attach(state: ArticleState, cand: Candidate) -> None:
    doc, lex = state.doc, state.lex
    span = cand.quote_span
    k = doc.token_index_at_or_after(span.close_pos + 1)
    n = len(doc.tokens)
    # Skip the comma or dash between the quote and its cue.
    while k < n and doc.tokens[k].text in {",", "—", "–", "-"}:
        k += 1
    if k >= n or doc.tokens[k].start - span.close_pos > 4:
        return
    if "\n" in doc.text[span.close_pos:doc.tokens[k].start] and not _closed_by_next_paragraph(state, cand, k):
        return  # the next paragraph's verb (Deputi … Destry menambahkan) cues its own words
    para_end = doc.paragraphs[doc.sentences[doc.tokens[k].sent].paragraph].end if doc.paragraphs else len(doc.text)
    limit = k
    while limit < n and doc.tokens[limit].start < para_end and limit - k < 24:
        limit += 1
    tok = doc.tokens[k]
    closing = demikian_cue(state, k, limit)
    if closing is not None and closing[0] == "verb":
        k += 1  # ,” demikian kata Aulia: the cue verb after the adverb
        tok = doc.tokens[k]
    elif closing is not None:
        # ,” demikian dikatakan Penghageng … Jatiningrat: the passive verb names the speaker;
        # ,” demikian keterangan tertulis Kementerian …: the body whose statement it is;
        # ,” demikian sambutan gubernur yang dibacakan …: the speech's author, not its reader
        # (the phrase stops at "yang"); ,” demikian bunyi pernyataan itu: no one named here.
        last = doc.tokens[closing[1]]
        np = speaker_np_after(doc, last.i + 1, limit, lex)
        mention = parse_mention(doc, np, lex) if np else None
        if closing[0] == "verbless" and not (mention is not None and mention.name and mention.kind == "person"):
            return  # ”…,” demikian Pasal 5 …: only a person's name stands in for the verb
        cand.mention = mention
        cand.cue_start, cand.cue_end = tok.start, last.end
        cand.sent = last.sent
        cand.rules["cue"] = NAME + ":demikian"
        return
    last = _document_pointed_back(state, k, limit)
    if last is not None:
        # ”…,” bunyi pernyataan bersama tersebut: the wording of a document pointing back
        # cues the quote with no demikian; it names no one (its author: context_speaker).
        cand.cue_start, cand.cue_end = tok.start, doc.tokens[last].end
        cand.sent = tok.sent
        cand.rules["cue"] = NAME + ":document"
        return
    if tok.lower in lex.closing_statement_nouns and not tok.is_capitalized:
        # ”…,” komentar akun @bimo.satrio: a statement's noun, then the account that wrote it.
        np = speaker_np_after(doc, k + 1, limit, lex)
        mention = parse_mention(doc, np, lex) if np else None
        if mention is not None and mention.name and mention.name.startswith("@"):
            cand.mention = mention
            cand.cue_start, cand.cue_end = tok.start, tok.end
            cand.sent = tok.sent
            cand.rules["cue"] = NAME + ":account"
            return
    # ”…?” cecar Bayu, ”…,” balasnya: a verb that cues only right where the quote closes
    # on words that end like speech, and only lowercase (balas dendam, di sela acara …).
    after_mark = not tok.is_capitalized and lex.is_closing_mark_cue(tok.text) \
        and doc.text[cand.end - 1:cand.end] in _SPEECH_ENDS
    closing_clitic = tok.lower in lex.closing_clitic_cues and not tok.is_capitalized
    if (after_mark and not lex.is_direct_cue(tok.text)) or closing_clitic:
        # Only words that open their sentence are cued so: a scare quote or a slogan
        # inside a clause (menyebut … ”zalim,” balas dendam; aksi ”Tolak Relokasi!” sela
        # jam …) is no one's speech. A bare closing-mark verb needs its speaker right after
        # (,” balas Rina), never a lowercase noun (balas dendam, potong tumpeng); a closing
        # clitic ends the sentence (,” singkatnya.), not a clause that runs on (tutupnya acara
        # itu …, singkatnya tidak berguna).
        if _opens_inside_a_clause(state, cand):
            after_mark = closing_clitic = False
        elif closing_clitic and not _ends_the_sentence(doc, k):
            closing_clitic = False
        elif after_mark and tok.lower in lex.closing_mark_cue_verbs and not _speaker_right_after(doc, k, lex):
            after_mark = False
    if lex.is_direct_cue(tok.text) or after_mark or closing_clitic \
            or lex.is_reporting_verb(tok.text) and not tok.is_capitalized:
        cand.cue_start, cand.cue_end = tok.start, tok.end
        clitic = lex.has_speaker_clitic(tok.text) or (
            after_mark and tok.lower.endswith(ENCLITIC) and without_enclitic(tok.lower) in lex.closing_mark_cue_verbs)
        if closing_clitic or clitic and not lex.is_reporting_verb(tok.text):
            # ,” singkatnya: no speech verb's stem, but right after the closing mark the
            # word cues the quote, and its -nya is the speaker, a pronoun mention resolved
            # from context.
            n = len(ENCLITIC)
            cand.mention = Mention(tok.end - n, tok.end, tok.text[-n:], pronoun=True)
        else:
            np = speaker_np_after(doc, k + 1, limit, lex)
            cand.mention = parse_mention(doc, np, lex) if np else None
        cand.sent = tok.sent
        cand.rules["cue"] = NAME
        return
    # Inverted: the speaker first, then the verb: ,” Cho menambahkan. Only after words
    # that end like speech (a comma or full stop inside the mark), and only over a name,
    # a title or a pronoun: ” yang mencakup … menyerukan is not a cue.
    if doc.text[cand.end - 1:cand.end] not in {",", ".", "!", "?", "…"}:
        return
    np = []
    j = k
    while j < limit and j - k < 10:
        t = doc.tokens[j]
        if lex.is_speech_verb(t.text):
            if np:
                cand.cue_start, cand.cue_end = t.start, t.end
                cand.mention = parse_mention(doc, np, lex)
                cand.sent = t.sent
                cand.rules["cue"] = NAME + ":inverted"
            return
        if t.text == "." and np and is_title_word(np[0], lex):
            # ”…,” Corporate Communications … Danang Mandala Prihantoro. — the writer left
            # the verb out; a title and a name right after the quote still say who spoke.
            mention = parse_mention(doc, np, lex)
            if mention is not None and mention.name and mention.kind == "person" and mention.role:
                cand.mention = mention
                cand.sent = t.sent
                cand.rules["cue"] = NAME + ":verbless"
            return
        if t.text in {".", "!", "?", "“", "”", "\""}:
            return
        if t.lower not in lex.subject_adverbs:
            if not (t.is_capitalized or t.lower in lex.person_pronouns or t.lower in lex.title_heads
                    or t.text in {",", "-"} or (np and is_title_word(np[0], lex) and t.is_word)):
                return  # lowercase words only inside a title (Juru bicara Lion Air Group …)
            np.append(t)
        j += 1


def _opens_inside_a_clause(state: ArticleState, cand: Candidate) -> bool:
    """Whether the quote's opening mark follows a lowercase word of the same sentence
    (menyebut tindakan itu ”zalim,”; menggelar aksi ”Tolak Relokasi!”): words set inside
    a clause, not speech opening it."""
    doc = state.doc
    k = doc.token_index_at_or_after(cand.quote_span.open_pos) - 1
    if k < 0:
        return False
    prev = doc.tokens[k]
    if prev.end > cand.quote_span.open_pos:
        return False
    sent = doc.sentence_at(cand.quote_span.open_pos)
    return sent is not None and prev.start >= sent.start and prev.is_word and not prev.is_capitalized


def _ends_the_sentence(doc, k: int) -> bool:
    """Whether the word at token ``k`` is the last of its sentence (,” singkatnya.)."""
    nxt = doc.tokens[k + 1] if k + 1 < len(doc.tokens) else None
    return nxt is None or nxt.text in {".", "!", "?", "…"} or nxt.sent != doc.tokens[k].sent


def _speaker_right_after(doc, k: int, lex) -> bool:
    """Whether a speaker phrase follows the bare verb at token ``k``: a capitalised name or
    title, or a pronoun (,” balas Rina; ,” sela ia), not a lowercase noun (balas dendam)."""
    nxt = doc.tokens[k + 1] if k + 1 < len(doc.tokens) else None
    return nxt is not None and nxt.sent == doc.tokens[k].sent and nxt.is_word \
        and (nxt.is_capitalized or nxt.lower in lex.person_pronouns)


def _closed_by_next_paragraph(state: ArticleState, cand: Candidate, k: int) -> bool:
    """Whether the paragraph after a quote that ends its words opens by closing them with
    an adverb and a cue verb or the statement's noun (”…, sandal pun tak sempat.”
    ⏎ Begitu penuturan Sumarni (52), warga …; ⏎ Demikian kata Budi.): that sentence
    names who said them; not a passive verb (Demikian disampaikan X: context_speaker)."""
    doc = state.doc
    if doc.text[cand.end - 1:cand.end] not in {".", "!", "?", "…"}:
        return False
    if doc.text[cand.quote_span.close_pos + 1:doc.tokens[k].start].strip():
        return False
    sent = doc.sentences[doc.tokens[k].sent]
    if sent.tok_start != k:
        return False
    closing = demikian_cue(state, k, sent.tok_end)
    return closing is not None and closing[0] in {"verb", "statement"}


def _document_pointed_back(state: ArticleState, k: int, limit: int) -> int | None:
    """Where words from token ``k`` that name a document's wording and the document,
    pointing back and closing the sentence (bunyi pernyataan bersama tersebut; isi surat
    itu), end; None for any other words (a part's noun is lowercase, the words after it
    too, up to the demonstrative)."""
    toks, lex = state.doc.tokens, state.lex
    if toks[k].lower not in lex.document_parts or toks[k].is_capitalized:
        return None
    stop = next((j for j in range(k + 1, limit) if toks[j].lower in DEMONSTRATIVES or not toks[j].is_word), None)
    if stop is None or toks[stop].lower not in DEMONSTRATIVES or stop + 1 >= len(toks) \
            or toks[stop + 1].text not in {".", "!"} or toks[stop + 1].sent != toks[k].sent:
        return None
    words = toks[k:stop]
    if any(t.is_capitalized for t in words) or lex.document_pointed_at([t.lower for t in words]) is None:
        return None
    return stop
