"""Resolution: a question-and-answer interview, only where the article says it is one: a
sentence that announces it before the questions (``Berikut petikan wawancaranya.``), or
paragraphs labelled as questions and answers (``Tanya: …`` / ``Jawab: …``, ``T:`` /
``J:``). After that point a paragraph ending with a question mark, or labelled as one,
is the interviewer's question: no one's statement, so any record in it goes (``Apakah
Anda menilai …?`` reports nothing). Any other paragraph is an answer, and a quotation
in it with no cue of its own is the interviewee's: the person the introduction names
with the interview (``Kompas berbincang dengan Menteri Pertanian Hendra Wijaya …``;
``Rudi Hartono menerima Tempo …``). An answer printed without quotation marks is the
interviewee's own words all the same: a direct record of the interviewee, its span the
answer's text without its label, where the paragraph is labelled as an answer (``J: …``,
``Jawab: …``) or, with no labels, is the paragraph right after a question; not where
quotation marks already hold most of it, nor where a quote's cue in it names someone
(``Dulu sudah ada janji. ”…,” kata Presiden X``). Narration after the answers (``Usai
wawancara, X mengaku …``) is no answer: it bears no label, nor follows a question. A
question in a transcript whose lines open with their speaker's name or role (``Jaksa:
"Pukul berapa …?"``, cue_before_quote) is that speaker's words, kept."""
from __future__ import annotations

from ..entities import Entity
from .base import ArticleState, Candidate
from .cue_before_quote import LABEL_RULE

NAME = "interview"
_INTRO_PARAGRAPHS = 2  # the introduction: the paragraph that announces the interview and the one before
_TRAILING = "”“\"’‘»« \t"


def run(state: ArticleState) -> None:
    found = _interview(state)
    if found is None:
        return
    first, questions, answers, labels = found
    interviewee = _interviewee(state, first)
    doc = state.doc
    if interviewee is not None:
        _answer_records(state, answers, labels, interviewee)
    for cand in state.live():
        sent = doc.sentence_at(cand.start)
        if sent is None or sent.paragraph < first:
            continue
        if sent.paragraph in questions:
            if cand.rules.get("cue") == LABEL_RULE:
                continue  # Jaksa: "Pukul berapa …?": a transcript line, its speaker's question
            if cand.type != "direct" and not _ends_with_question_mark(state, sent):
                # Pemerintah sempat menyebut akan …. Apa harapan Anda?: the words the
                # question stands on, told before it, are reported all the same.
                continue
            cand.dropped = NAME + ":question"
        elif interviewee is not None and cand.type == "direct" and cand.entity is None and cand.mention is None:
            cand.entity = interviewee
            cand.rules["speaker"] = NAME


def _interview(state: ArticleState) -> tuple[int, set[int], list[int], dict[int, str | None]] | None:
    """The first paragraph of the questions and answers, the paragraphs that are
    questions and those that are answers, and each paragraph's label (``_label``); None where the article announces no interview, or nothing after the
    announcement reads as a question followed by an answer."""
    doc, lex = state.doc, state.lex
    paras = [p for p in doc.paragraphs if not p.boilerplate]
    labels = {p.i: _label(state, p) for p in paras}
    labelled = [i for i, lab in labels.items() if lab is not None]
    is_labelled = any(labels[i] == "question" for i in labelled) and any(labels[i] == "answer" for i in labelled)
    if is_labelled:
        first = min(labelled)
    else:
        first = _after_announcement(state)
        if first is None:
            return None
    # A labelled paragraph is what its label says; any other is a question where it ends
    # with a question mark, unless a question came right before it: an answer follows a
    # question, even one that asks back (”Bagaimana petani bisa bersaing?”).
    questions: set[int] = set()
    answers: list[int] = []
    answered = False
    previous_question = False
    for p in paras:
        if p.i < first:
            continue
        question = labels[p.i] == "question" or labels[p.i] is None and not previous_question \
            and _ends_with_question_mark(state, p)
        if question:
            questions.add(p.i)
        else:
            answered = answered or previous_question
            if labels[p.i] == "answer" if is_labelled else previous_question:
                answers.append(p.i)
        previous_question = question
    return (first, questions, answers, labels) if answered else None


def _answer_records(state: ArticleState, answers: list[int], labels: dict[int, str | None],
                    interviewee: Entity) -> None:
    """A direct record of the interviewee for each answer paragraph printed without
    quotation marks (the span without its label, ``labels`` by paragraph)."""
    doc = state.doc
    live = state.live()
    for i in answers:
        para = doc.paragraphs[i]
        if any(para.start <= c.start < para.end and c.mention is not None and c.mention.name
               and not c.mention.pronoun for c in live):
            continue  # a quote whose cue names someone: the paragraph tells their words
        start = para.start
        if labels[i] is not None:
            k = doc.token_index_at_or_after(para.start)
            start = doc.tokens[k + 1].end
        start, end = state.trimmed(start, para.end)
        if end - start < 2:
            continue
        if state.quoted_chars(start, end) * 2 >= end - start:
            continue  # the answer stands in quotation marks: the quote's own record
        sent = doc.sentence_at(start)
        if sent is None:
            continue
        state.add(Candidate(type="direct", start=start, end=end, sent=sent.i, entity=interviewee,
                            rules={"detect": NAME + ":answer", "speaker": NAME}))


def _label(state: ArticleState, para) -> str | None:
    """``question`` or ``answer`` for a paragraph opening with such a label and a colon."""
    doc, lex = state.doc, state.lex
    k = doc.token_index_at_or_after(para.start)
    if k + 1 >= len(doc.tokens) or doc.tokens[k + 1].text != ":" or doc.tokens[k + 1].start >= para.end:
        return None
    word = doc.tokens[k].lower
    if word in lex.interview_question_labels:
        return "question"
    if word in lex.interview_answer_labels:
        return "answer"
    return None


def _after_announcement(state: ArticleState) -> int | None:
    """The paragraph after the one a sentence announcing the interview closes."""
    doc, lex = state.doc, state.lex
    for sent in doc.sentences:
        if sent.boilerplate:
            continue
        words = tuple(t.lower for t in doc.sentence_tokens(sent) if t.is_word)
        if not lex.phrase_opening(list(words), lex.interview_markers):
            continue
        para = doc.paragraphs[sent.paragraph]
        rest = doc.text[sent.end:para.end].strip()
        if rest and rest not in (":", "."):
            continue  # Dalam petikan wawancara itu, X … goes on: no announcement
        return sent.paragraph + 1 if sent.paragraph + 1 < len(doc.paragraphs) else None
    return None


def _known_person_after(state: ArticleState, sent, word) -> Entity | None:
    """A person the article already named, written after ``word`` in ``sent`` where the
    tagger tagged no name (``tanya jawab Hendra dengan wartawan``, Hendra named in full
    before): the first capitalised word that is one's name."""
    index = state.entities
    for t in state.doc.sentence_tokens(sent):
        if t.start <= word.start or not (t.is_word and t.is_capitalized):
            continue
        ent = index.entities.get(index.key_of(t.text, t.start))
        if ent is not None and ent.kind == "person":
            return ent
    return None


def _announcing_word(state: ArticleState, sent):
    """The last word of the interview marker a sentence opens with (``Berikut petikan``
    of ``Berikut petikan tanya jawab Hendra dengan wartawan:``): a person it names after
    that word is the one interviewed, as after an interview word; None where it opens
    with none."""
    doc, lex = state.doc, state.lex
    words = [t for t in doc.sentence_tokens(sent) if t.is_word]
    n = lex.phrase_opening([t.lower for t in words], lex.interview_markers)
    return words[n - 1] if n else None


def _ends_with_question_mark(state: ArticleState, span) -> bool:
    """Whether ``span`` (a sentence, a paragraph: anything with ``start`` and ``end``)
    ends with a question mark: a sentence that is the question itself."""
    return state.doc.text[span.start:span.end].rstrip(_TRAILING).endswith("?")


def _interviewee(state: ArticleState, first: int) -> Entity | None:
    """The person the introduction names with the interview: in the last sentence of
    the introduction with a word for it, the first person named after that word
    (``berbincang dengan Menteri X``, ``Berikut wawancara dengan Rudi``), else the
    first person it names (``Rudi Hartono menerima Tempo …``); failing such a sentence
    there, the latest such sentence before it that names a person (``…," ujar X saat
    menerima Tempo``, a paragraph on someone else between); failing that, the last person
    the introduction names."""
    doc, lex = state.doc, state.lex
    intro = [p for p in doc.paragraphs[max(0, first - _INTRO_PARAGRAPHS):first] if not p.boilerplate]
    if not intro:
        return None
    sentences = [s for s in doc.sentences if intro[0].start <= s.start < intro[-1].end and not s.boilerplate]
    earlier = [s for s in doc.sentences if s.start < intro[0].start and not s.boilerplate]
    for sent in list(reversed(sentences)) + list(reversed(earlier)):
        word = next((t for t in doc.sentence_tokens(sent) if t.lower in lex.interview_words), None) \
            or _announcing_word(state, sent)
        if word is None:
            continue
        people = [o for o in state.entities.occurrences_between(sent.start, sent.end) if o.kind == "person"]
        after = [o for o in people if o.start > word.start]
        chosen = (after or people or [None])[0]
        if chosen is not None:
            return state.entities.resolve(chosen.name, chosen.start)
        known = _known_person_after(state, sent, word)
        if known is not None:
            return known
    people = [o for o in state.entities.occurrences_between(intro[0].start, intro[-1].end) if o.kind == "person"]
    return state.entities.resolve(people[-1].name, people[-1].start) if people else None
