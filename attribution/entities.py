"""Who is who in an article: canonical names, aliases and roles of the people and
organisations it mentions.

The canonical name is the fullest name the article uses; a short form (``Cho``,
``Kim``) resolves to the nearest compatible full name before it, so ``Kim`` the deputy
minister is not merged with Kim Jong Un mentioned three paragraphs earlier.
"""
from __future__ import annotations

import bisect
import re
import unicodedata
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field, replace

from .document import Document, Token
from .lexicon import Gender, Lexicon
from .mentions import (AGENT_MARKER, DEMONSTRATIVES, ENCLITIC, LIST_CONJUNCTIONS, RELATIVE_MARKERS,
                       acronym_in_brackets_at, age_at, age_before, compound_name_prefix_at, compound_name_prefix_before,
                       connective_at, fronted_object_before, short_form_in_brackets_at,
                       back_over_honorifics, bracketed_name_end, describes_someone, short_name_in_brackets_ending, has_passive_shape,
                       head_final_title_start, initial_opens_name, inside_a_firm_name, is_honorific,
                       is_short_form, is_single_initial, is_stop_inside_name, is_title_word, looks_like_a_verb,
                       name_prefix_inside_a_sentence, opens_a_clause_before, opens_a_rank, opens_sentence,
                       particle_inside_a_name, past_facility_namesake, short_form_after,
                       without_enclitic, without_set_off_degrees)


# What may stand between a full name and the words giving its nickname (Rolliansyah
# Soemirat, yang akrab disapa Roy; Bambang atau biasa dipanggil Tris).
_NICKNAME_GLUE = frozenset({",", "(", "yang", "atau", "juga", "lebih"})
_NICKNAME_PLACE_NAME_WORDS = 3  # (nelayan asal) Kelurahan Sidakaya: the place a role names
# Where a marker puts what it introduces: a nickname after it (akrab disapa Roy) or
# before it (Roy, sapaan akrabnya); a real name after it (bernama asli …).
_NICKNAME_AFTER, _NICKNAME_BEFORE, _REAL_NAME_AFTER = "nickname after", "nickname before", "real name after"
# … or a short form of the name right before it (Ardiansyah Putra atau Coach Ardi).
_SHORT_FORM_AFTER = "short form after"
# The most words of the place a nickname is known in (di media sosial, di kalangan warganet).
_NICKNAME_PLACE_WORDS = 3
_NICKNAME_USERS = 3  # (yang biasa disapa Bu Sin) oleh para pemuda (itu): the words saying who uses it
# The most lowercase words between a citation verb and its source (dikutip dari laman resmi X).
_CITED_SOURCE_WORDS = 3
_APPOSITIVE_WORDS = 5  # (Reyes,) peraih medali perak (,): a lowercase description set off after a short name


def name_key(name: str) -> tuple[str, ...]:
    s = unicodedata.normalize("NFKC", name).lower()
    return tuple(re.findall(r"\w+", re.sub(r"[-‐‑_.’']", " ", s)))


def runs_in(words: tuple[str, ...], within: tuple[str, ...]) -> bool:
    """Whether ``words`` stand together, in order, in ``within`` (a body's name key in a
    role's: Deputi Penindakan KPK names KPK)."""
    n = len(words)
    return n > 0 and any(within[i:i + n] == words for i in range(len(within) - n + 1))


@dataclass
class NameOccurrence:
    name: str
    key: tuple[str, ...]
    start: int
    end: int
    kind: str
    role: str | None = None


@dataclass
class Entity:
    name: str
    kind: str
    key: tuple[str, ...]
    roles: list[tuple[int, str]] = field(default_factory=list)  # (position, role)
    aliases: list[str] = field(default_factory=list)
    named_by_title: bool = False  # kata Kapolda Metro Jaya: the article gives no name
    lex: Lexicon | None = field(default=None, repr=False, compare=False)  # for ranks in roles

    @property
    def role(self) -> str | None:
        """The first full role the article gives (three words or more where it gives one);
        a role given once carries to later mentions."""
        if not self.roles:
            return None
        # A speaker the article names only by a title (kata Kapolda Metro Jaya) has that
        # title as its role; otherwise a role equal to the name is no role.
        roles = [(pos, role if self.named_by_title and name_key(role) == self.key
                  else _without_trailing_name(role, self.key))
                 for pos, role in self.roles]
        if self.lex is not None:
            # A rank shows at the end only once the name's first word is dropped
            # (… Inspektur Jenderal (Pol) Raden, of Raden Prabowo).
            roles = [(pos, without_trailing_rank(role, self.lex)) for pos, role in roles]
        roles = [(pos, role) for pos, role in roles if role and not (self.lex and self.lex.is_no_role(role))]
        if not roles:
            return None
        if self.lex is not None:
            # Bripka, Ustaz: how the person is addressed, which a role describing them
            # (anggota Polsek Sukamaju, tokoh agama setempat) wins over.
            roles = [(pos, role) for pos, role in roles if not self.lex.is_address_only(role)] or roles
        # The first full role: later mentions shorten it (Menlu Cho), and a second office
        # given later (Andri, yang juga Plt Kepala Dinas …) is not the one introduced.
        # A role inside a longer one is the same role cut short by another parse.
        texts = [role.lower() for _, role in roles]
        roles = [(pos, role) for pos, role in roles
                 if not any(role.lower() in other and role.lower() != other for other in texts)]
        full = min(3, max(len(role.split()) for _, role in roles))
        return min((pr for pr in roles if len(pr[1].split()) >= full), key=lambda pr: pr[0])[1]


class EntityIndex:
    def __init__(self, doc: Document, lex: Lexicon):
        self.doc = doc
        self.lex = lex
        self.occurrences: list[NameOccurrence] = []
        self.entities: dict[tuple[str, ...], Entity] = {}
        self._tables = None
        self._sorted = None
        self._capitalized_uses: Counter[str] | None = None
        self._cut_ends: tuple[int, dict] | None = None  # (occurrences seen, key -> _name_cut_from_its_end)
        self.nicknames: dict[tuple[str, ...], tuple[str, ...]] = {}  # nickname key -> full name key
        self._listed_roles: tuple[int, frozenset[int]] | None = None  # (occurrences seen, tokens)
        self._firms: tuple[int, frozenset[str]] | None = None  # (persons with a role seen, words)
        self._alone: dict[str, list[int]] | None = None  # word -> where written with no name beside it

    # -- building -------------------------------------------------------------------
    def add(self, name: str, start: int, end: int, kind: str, role: str | None = None) -> None:
        nickname = quoted_nickname(name) if kind == "person" else None
        name = _clean_name(name)
        key = name_key(name)
        if not key:
            return
        cut = _hyphen_between_two_names(name, self.lex) if kind == "person" and nickname is None else None
        if cut is not None and name == self.doc.text[start:end]:
            # pasangan calon nomor urut 1, Hartono Wibisono-Siti Khoiriyah: two people
            # running together (ujar Hartono is Hartono Wibisono), each with the role.
            self.add(name[:cut], start, start + cut, kind, role)
            self.add(name[cut + 1:], start + cut + 1, end, kind, role)
            return
        if nickname is not None and not set(name_key(nickname)) <= set(key):
            # Budi "Ucok" Siregar: kata Ucok is Budi Siregar; of Markus "Om Mark" Dethan,
            # kata Om Mark reads as Mark addressed as Om.
            self._add_nickname(name_key(nickname), key)
        self.occurrences.append(NameOccurrence(name, key, start, end, kind, role))

    def add_tagged_entities(self) -> None:
        """Every person the tagger found, without the title it took in, with the title
        written before it as the role. Organisations only where an organisation word
        leads (a weak tagger calls too much ORG to trust it alone)."""
        from .mentions import (after_facility_namesake, after_name_head, after_title_field, back_over_short_given_name, body_and_its_place, body_name_end,
                               bodies_joined, ends_a_place, ends_title_phrase, leading_places, name_start_by_reuse,
                               name_start_over_particles, run_in_title, trim_person_span)

        org_names = {tuple(t.text for t in self.doc.tokens[e.tok_start:e.tok_end])
                     for e in self.doc.entities if e.label == "ORG"}
        for ent in self.doc.entities:
            toks = self.doc.tokens[ent.tok_start:ent.tok_end]
            toks = self._headline_span(toks)
            if not toks:
                continue
            if ent.label == "PER":
                if tuple(t.text for t in toks) in org_names and toks[0].lower in self.lex.organization_heads:
                    continue  # PO Pahala Kencana, tagged a body elsewhere in the article: the body
                if body_and_its_place(self.doc, toks, self.lex):
                    continue  # Bawaslu Angkola Hulu, of "di Angkola Hulu": the body's office there
                toks = toks[trim_person_span(self.doc, toks, self.lex):]
                toks = toks[_honorific_set_off_inside(toks, self.lex):]
                toks = toks[:_nickname_marker_inside(toks, self.lex)]  # Rizal Hamdani alias Ableh
                while toks and toks[-1].is_word and not toks[-1].is_capitalized:
                    toks = toks[:-1]  # kata Ramdan lirih: a name ends in a capitalised word
                if not toks or self._relative_before_appositive(toks):
                    continue
                if toks[0].i > 0 and self.doc.tokens[toks[0].i - 1].lower.rstrip(".") in self.lex.facility_heads:
                    continue  # penumpang di Bandara Soekarno Hatta: the airport, no one who speaks
                # Stasiun Meteorologi Ahmad Yani Semarang Dewi: the airport's namesake and city,
                # then the name.
                toks = toks[after_facility_namesake(self.doc.tokens, toks[0].i, toks[-1].i + 1, self.lex) - toks[0].i:]
                # Direktur RSUD dr Soetomo Joni Wahyuhadi, tagged from Soetomo: the namesake, then the
                # name (RSUP Dr M Djamil Gustafianof, tagged from Djamil: the initial before it too).
                if toks:
                    first = toks[0].i - (toks[0].i > 0 and is_single_initial(self.doc.tokens[toks[0].i - 1]))
                    cut = past_facility_namesake(self.doc.tokens, first, toks[-1].i + 1, self.lex)
                    if cut > first:
                        toks = self.doc.tokens[max(cut, toks[0].i):toks[-1].i + 1]
                if not toks:
                    continue
                # A tagger that runs a person into the organisation before it (Lion Air
                # Group Danang Mandala): the article's own short use of the name decides.
                toks = toks[leading_places(self.doc, toks, self.lex):]
                toks = toks[after_name_head(self.doc, toks, self.lex):]
                # Wakil Menteri Investasi dan Hilirisasi Arief …: the field after dan, taken in.
                toks = self.doc.tokens[after_title_field(self.doc.tokens, toks[0].i, toks[-1].i + 1, self.lex):
                                       toks[-1].i + 1]
                if len(toks) > 1 and (ends_title_phrase(self.doc.tokens, toks[0].i, self.lex)
                                      or ends_a_place(self.doc.tokens, toks[0].i, self.lex)):
                    toks = toks[1:]  # Hakim Agung Syamsul, Gubernur Papua Barat Daya Markus: "Agung", "Daya" taken in
                before = toks[0].i - 1
                if before >= 0 and initial_opens_name(self.doc.tokens, before, self.lex) \
                        and not is_honorific(self.doc.tokens[before], self.lex) \
                        and self.doc.tokens[before].sent == toks[0].sent:
                    toks = self.doc.tokens[before:toks[-1].i + 1]  # I Wayan Koster: the tagger left out "I"
                toks = self.doc.tokens[self._over_left_out_prefixes(toks[0].i):toks[-1].i + 1]
                toks = toks[name_start_by_reuse(self.doc, toks, self.lex):]
                # Moh. Tohir Anwar: the tagger left out the given name written short.
                toks = self.doc.tokens[back_over_short_given_name(self.doc.tokens, toks[0].i, self.lex):toks[-1].i + 1]
                toks = self.doc.tokens[name_start_over_particles(self.doc, toks[0].i, self.lex):toks[-1].i + 1]
                if _initials_after(self.doc.tokens, toks[-1].i + 1):
                    toks = self.doc.tokens[toks[0].i:toks[-1].i + 2]  # Mahfud MD: the tagger left out "MD"
                run_in = run_in_title(toks, self.lex, self.doc)
                after = toks[-1].i + 1
                if run_in is not None and after < len(self.doc.tokens) and self.doc.tokens[after].text == "," \
                        and postnominal_role(self.doc, after, self.lex) is not None:
                    run_in = None  # X Y Laksamana Putra, Ketua Panitia: the role is set off after the whole name
                if run_in is not None:
                    toks = toks[:run_in]  # Rina Kusumawati Lurah Tambakrejo: the title it ran into
                name = self.doc.text[toks[0].start:toks[-1].end]
                # a headline's words before the name are no role (Ibu dan Anak …, Ratih dan Tamara)
                role = None if self._in_a_headline(toks[0]) or self._short_name_in_brackets(toks) \
                    else prenominal_role(self.doc, toks[0].i, self.lex)
                after = toks[-1].i + 1
                if _body_after_an_english_title(self.doc.tokens, toks[0].i, after, self.lex):
                    continue  # Chief Operating Officer Panenku, Ni Luh …: the firm, no one
                if role is not None and _other_person_set_off_after(self.doc.tokens, after, self.lex):
                    role = None  # Manajer Nadia, Rina Kusuma, …: the manager is Rina
                if role is None and after < len(self.doc.tokens) and self.doc.tokens[after].text == ",":
                    role = postnominal_role(self.doc, after, self.lex)
                    if role is not None and (self._subject_after_fronted_object(after, role)
                                             or self._cited_source_at(toks[0].i)):
                        role = None  # (Dikutip situs X, pelari itu …: the subject after the source cited)
                self.add(name, toks[0].start, toks[-1].end, "person", role)
            elif ent.label == "ORG" and toks[0].lower in self.lex.organization_heads:
                toks = toks[:body_name_end(toks)]
                for body in bodies_joined(toks, self.lex):
                    self._add_tagged_body(body, org_names)

    def _short_name_in_brackets(self, toks: list) -> bool:
        """Whether ``toks``, one word in brackets, is the short name of the name right
        before the bracket, which it opens (Tegar Santosa (Tegar)): the title before that
        name is its role, never this word's (the entity index joins the two)."""
        all_toks = self.doc.tokens
        k = toks[0].i
        if len(toks) != 1 or k < 2 or all_toks[k - 1].text != "(" or k + 1 >= len(all_toks) \
                or all_toks[k + 1].text != ")":
            return False
        return any(t.text == toks[0].text for t in all_toks[max(0, k - 4):k - 1] if t.sent == toks[0].sent)

    def _over_left_out_prefixes(self, first: int) -> int:
        """Back from token ``first`` (a tagged name's first word) over the noble or regional
        titles written as part of the name that the tagger left out (Seorang wali murid,
        Lalu Ahmad (40), …, where it tags only Ahmad): capitalised in the sentence's run, not
        its first word, where ``Lalu`` is as likely ``then``."""
        toks = self.doc.tokens
        k = first
        while True:
            # Anak Agung Gde Raka, tagged from Agung: a title of two words, whole.
            n = compound_name_prefix_before(toks, k, self.lex)
            if n:
                k -= n
            elif name_prefix_inside_a_sentence(toks, k - 1, self.lex):
                k -= 1
            else:
                return k

    def _add_tagged_body(self, toks: list, org_names: set) -> None:
        """A body's name the tagger found (from its head word on), where it ends."""
        from .mentions import cued_name_inside, person_name_inside, rank_inside_body

        # The tagger runs a member and the rank before their name into the body (… Kementerian
        # Pertahanan Nasional X Jenderal Nama Orang): the body ends before the rank.
        toks = toks[:rank_inside_body(toks, self.lex)]
        # The tagger runs a member into the body (Komisioner Komnas HAM Choirul
        # Anam): the body ends where the name the article cues begins.
        cut = cued_name_inside(self.doc, toks, self.lex)
        if cut is None:
            # … or where the article names the body alone elsewhere (juru bicara
            # Kementerian Luar Negeri China Lin Jian, of Kementerian Luar Negeri China).
            # A title-case headline runs the body into its verb and object (Bank
            # Tani Salurkan Kredit Rp 50 Miliar): there the words after it need not
            # all be capitalised to be no part of it.
            in_headline = self._in_a_headline(toks[0])
            cut = next((k for k in range(len(toks) - 1, 1, -1)
                        if tuple(t.text for t in toks[:k]) in org_names
                        and (in_headline or all(t.is_capitalized for t in toks[k:]))), None)
        toks = toks[:cut] if cut is not None else toks
        # … or where a person's name that runs on over bin/binti after it begins
        # (Kementerian Luar Negeri Qatar Majed | bin Khalid Al-Hajri).
        toks = toks[:person_name_inside(self.doc, toks, self.lex)]
        # … or before the lowercase words it took in after the name (Kementerian Kesehatan
        # kemarin menegaskan …): a body's name ends in a capitalised word, a number or a
        # bracket.
        while len(toks) > 1 and toks[-1].is_word and toks[-1].text.isalpha() and toks[-1].text.islower():
            toks = toks[:-1]
        after = toks[-1].i + 1
        if after < len(self.doc.tokens) and self.doc.tokens[after].text == ")" \
                and sum(t.text == "(" for t in toks) > sum(t.text == ")" for t in toks):
            toks = self.doc.tokens[toks[0].i:after + 1]  # (BNPB: the tagger left the bracket open
        elif _bracketed_acronym_at(self.doc.tokens, after, toks[-1].sent):
            # Ikatan Dokter Indonesia (IDI), with the acronym left out by the tagger: the body
            # is known by it too (… tulis IDI dan PDPI).
            toks = self.doc.tokens[toks[0].i:after + 3]
        elif _bracketed_acronym_at(self.doc.tokens, after, toks[-1].sent, name_goes_on=True) \
                and self._past_acronym_qualifier(after + 3) > after + 3:
            toks = self.doc.tokens[toks[0].i:after + 3]  # (BEM) UNBT, the tagger leaving out (BEM): below
        toks = self.doc.tokens[toks[0].i:self._past_acronym_qualifier(toks[-1].i + 1)]
        self.add(self.doc.text[toks[0].start:toks[-1].end], toks[0].start, toks[-1].end, "organization",
                 self._body_role_before(toks[0].i))

    def _past_acronym_qualifier(self, after: int) -> int:
        """Where a body's name that closes in its acronym in brackets ends, the acronym's
        bracket closing before token ``after``: past the capitalised words right after it
        where the article also writes them after the acronym alone (Badan Eksekutif
        Mahasiswa (BEM) UNBT, then BEM UNBT melayangkan …), which make them part of the
        body's name (the student body of that university, not any); ``after`` otherwise."""
        toks = self.doc.tokens
        if not 3 <= after < len(toks) or not acronym_in_brackets_at(toks, after - 3):
            return after
        acronym, sent = toks[after - 2], toks[after - 1].sent
        end = after
        while end < len(toks) and end - after < _MAX_ACRONYM_QUALIFIER_WORDS and toks[end].sent == sent \
                and toks[end].is_word and toks[end].is_capitalized and not toks[end].ner.endswith("-PER") \
                and ((len(toks[end].text) > 1 and toks[end].text.isupper())
                     or self.lex.is_place_or_organization_word(toks[end].text) or self.lex.is_place_word(toks[end].text)):
            end += 1  # an acronym, a place or a body's word (UNBT, Jatim, Pusat); no one's name
        words = [t.text for t in toks[after:end]]
        for n in range(len(words), 0, -1):
            written = [acronym.text] + words[:n]
            if any([t.text for t in toks[k:k + n + 1]] == written
                   and not any(t.ner.endswith("-PER") for t in toks[k:k + n + 1])
                   and (k + n + 1 >= len(toks) or not toks[k + n + 1].is_capitalized
                        or toks[k + n + 1].sent != toks[k].sent)
                   for k in range(len(toks) - n) if k != after - 2 and toks[k].text == acronym.text):
                return after + n
        return after

    def _body_role_before(self, first: int) -> str | None:
        """The noun right before a body's name that says what it is to an event or a deal
        (jadwal itu disampaikan ``penyelenggara`` PT Cahaya Panggung …): the body's role."""
        toks = self.doc.tokens
        before = toks[first - 1] if first > 0 and toks[first - 1].sent == toks[first].sent else None
        if before is None or before.lower not in self.lex.body_role_nouns \
                or (before.is_capitalized and not opens_sentence(self.doc, before)):
            return None
        return before.text

    def add_places_inside_bodies(self) -> None:
        """Where a place speaks as itself (Qatar menyatakan …), each body the article
        names after it (Kementerian Luar Negeri Qatar) names that place too: its
        sentence is one that names the speaker."""
        places = {o.key for o in self.occurrences
                  if o.kind == "organization" and all(self.lex.is_place_word(w) for w in o.key)}
        for o in list(self.occurrences):
            if o.kind != "organization":
                continue
            for key in places:
                written = " ".join(key)
                if len(o.key) > len(key) and o.key[-len(key):] == key and o.name.lower().endswith(" " + written) \
                        and not all(self.lex.is_place_word(w) for w in o.key):
                    self.add(o.name[-len(written):], o.end - len(written), o.end, "organization")

    def add_appositive_roles(self) -> None:
        """Names followed by their role between commas (``Teguh P. Nugroho, Kepala
        Ombudsman RI Perwakilan Jakarta Raya, menjelaskan``; ``kata Anies, Gubernur DKI
        Jakarta``): the name with that role. The name is the run of capitalised words
        before the comma, when nothing marks it as a place (``Di Jakarta, Kepala ...``)."""
        from .mentions import parse_mention

        toks = self.doc.tokens
        for j, t in enumerate(toks):
            if t.text != "," or j == 0:
                continue
            # Arni Setiyani (28), karyawan swasta: the age in brackets sits between.
            name_end = j - 3 if j >= 4 and toks[j - 1].text == ")" and toks[j - 3].text == "(" \
                and toks[j - 2].text.isdigit() else j
            # Rizky Pratama, 25, penonton …: so does one set off by commas.
            if name_end == j:
                name_end -= age_before(toks, j, self.lex)
            if not toks[name_end - 1].is_capitalized:
                continue
            role = postnominal_role(self.doc, j, self.lex)
            if role is None or self._subject_after_fronted_object(j, role):
                continue
            k = name_end - 1
            while k > 0 and toks[k - 1].sent == t.sent and name_end - k < 5 and (
                    toks[k - 1].is_capitalized
                    or (k > 1 and toks[k - 1].lower in self.lex.name_particles and toks[k - 2].is_capitalized)):
                k -= 1  # (Dewi br Tarigan: a particle inside the name)
            if k < name_end - 1 and toks[k].lower in PLACE_PREPOSITIONS and opens_sentence(self.doc, toks[k]):
                k += 1  # Di Bandung, Wali Kota …: the preposition opening the sentence, capitalised
            before = toks[k - 1] if k > 0 and toks[k - 1].sent == t.sent else None
            if before is not None and before.lower in PLACE_PREPOSITIONS and name_end == j \
                    and not self._addressed_person(toks[k:name_end]):
                continue  # Di Jakarta, Kepala …: a place; not … datang dari Rina (51), pedagang …
            if name_end == j and self._fronted_place_nouns_before(k):
                continue  # Di kota pelabuhan Tarakan, Wali Kota …: the place the sentence opens with
            while k < name_end - 1 and connective_at(toks, k, self.lex):
                k += 1  # Begitupun Arni Setiyani (28), …: a connective opens the sentence
            run = toks[k:name_end]
            if any(x.ner.endswith(("-LOC", "-ORG")) for x in run):
                continue
            if self._cited_source_at(k):
                continue  # Dikutip situs World Athletics, pelari itu …: the source cited, the subject after it
            m = parse_mention(self.doc, run, self.lex)
            if m is None or not m.name or m.name_start is None or m.kind != "person" \
                    or m.description or m.pronoun:
                continue
            title = prenominal_role(self.doc, self.doc.token_index_at_or_after(m.name_start), self.lex)
            # (Not after selaku: Adik terdakwa, X, selaku Komisaris PT Y: the capacity this
            # one acts in, no next person's title.)
            if title and toks[j + 1].lower not in self.lex.capacity_markers \
                    and not (self.lex.is_address_only(title) and self._describes_alone(j, role)):
                # A list of titled people (Peneliti Formappi Lucius Karus, Direktur
                # Puskapol UI Aditya Perdana, serta ...): the title after the comma is
                # the next person's, since this one has a title of their own. Not a rank
                # or a title of address (Bripka Joko Santoso, anggota Polsek Sukamaju
                # yang …): how the person is addressed, which the role after describes.
                continue
            if self._in_a_headline(run[0]):
                # Nama Orang Gugat Cerai Suami, Kuasa Hukum: …: a headline's comma sets off
                # its next clause, no role, and its capitals run the name into its verb and
                # object: only the name the article writes elsewhere, with no role.
                part = self._headline_span(self.doc.tokens_between(m.name_start, m.name_end))
                if part:
                    start, end = part[0].start, part[-1].end
                    self.add(self.doc.text[start:end], start, end, m.kind, None)
                continue
            self.add(m.name, m.name_start, m.name_end, m.kind,
                     role if m.role and self.lex.is_address_only(m.role) else m.role or role)

    def _cited_source_at(self, k: int) -> bool:
        """Whether the capitalised words from token ``k`` are the source a citation verb
        cites (``dikutip situs`` World Athletics, ``dilansir`` Reuters, ``seperti dikutip
        dari laman resmi`` X), maybe after a few lowercase words for what kind of source
        it is: a writer's source set off before the clause, never a person whom the words
        after its comma describe. The verb opens its sentence or clause (after a comma, or
        ``seperti (yang)``): mid-clause, dilaporkan and ditulis are passives whose agent is a
        person (Kasus itu dilaporkan Siti, warga …)."""
        toks = self.doc.tokens
        lex = self.lex
        verbs = lex.citation_day_verbs | lex.wire_attribution_verbs
        j = k - 1
        while j >= 0 and k - j <= _CITED_SOURCE_WORDS and toks[j].sent == toks[k].sent and toks[j].is_word \
                and not toks[j].is_capitalized and toks[j].lower not in verbs:
            j -= 1
        if j < 0 or toks[j].sent != toks[k].sent or toks[j].lower not in verbs:
            return False
        p = j - 1
        if p >= 0 and toks[p].lower in RELATIVE_MARKERS:
            p -= 1  # seperti yang dilansir …
        return p < 0 or toks[p].sent != toks[j].sent or toks[p].text == "," \
            or toks[p].lower in lex.wire_attribution_openers

    def _fronted_place_nouns_before(self, k: int) -> bool:
        """Whether the sentence opens with a preposition and one to three lowercase nouns
        right before token ``k`` (``Di kota pelabuhan`` Tarakan, ``Dari desa terpencil``
        Sukamaju): the capitalised words from ``k`` close an adjunct saying where, and the
        words after their comma are the sentence's subject, no role of theirs."""
        toks = self.doc.tokens
        p = k - 1
        while p >= 0 and k - p <= _MAX_FRONTED_PLACE_NOUNS and toks[p].sent == toks[k].sent \
                and toks[p].is_word and not toks[p].is_capitalized and toks[p].lower not in PLACE_PREPOSITIONS \
                and not looks_like_a_verb(toks[p]):
            p -= 1
        return 0 <= p < k - 1 and toks[p].sent == toks[k].sent and toks[p].lower in PLACE_PREPOSITIONS \
            and opens_sentence(self.doc, toks[p])

    def _subject_after_fronted_object(self, comma: int, role: str) -> bool:
        """Whether the words ``role`` read after the comma at ``comma`` are the subject of
        a sentence that opens with a preposition holding the name before the comma
        (``Kepada Ratna, camat menyerahkan bantuan``: Ratna is to whom, the camat who
        gives), not an appositive set off by a second comma (``Bagi Casmini (48), pemilik
        warung itu, aturan baru terasa berat``: her role)."""
        toks = self.doc.tokens
        if fronted_object_before(toks, comma, self.lex) is None:
            return False
        start = self.doc.text.find(role, toks[comma].end)
        k = self.doc.token_index_at_or_after(start + len(role)) if start >= 0 else len(toks)
        while k < len(toks) and toks[k].sent == toks[comma].sent and toks[k].lower in DEMONSTRATIVES:
            k += 1
        return not (k < len(toks) and toks[k].sent == toks[comma].sent and toks[k].text in _APPOSITIVE_MARKS)

    def _addressed_person(self, run: list[Token]) -> bool:
        """Whether the capitalised ``run`` opens with a rank or a title of address and the
        tagger reads the rest as a person's name (kepada Bripka Joko Santoso, …): a person,
        whatever preposition comes before, not a place."""
        lex = self.lex
        skip = next((n for n in range(min(4, len(run) - 1), 0, -1)
                     if tuple(t.lower for t in run[:n]) in lex.ranks), 0)
        if not skip and run and run[0].lower in lex.address_openers:
            skip = 1
        rest = run[skip:]
        return bool(skip) and bool(rest) and all(t.ner.endswith("-PER") for t in rest)

    def _describes_alone(self, comma: int, role: str) -> bool:
        """Whether the role after the comma at token ``comma`` describes the person before
        it, not a next person's title and name (…, Kompol Budi Hartono, …): no word of it
        a rank, a title of address or a name the tagger reads as a person's."""
        toks = self.doc.tokens
        start = self.doc.text.find(role, toks[comma].end)
        words = [t for t in toks[comma + 1:comma + 30] if start <= t.start < start + len(role)]
        return bool(words) and not any(t.ner.endswith("-PER") or t.lower in self.lex.address_openers
                                       or opens_a_rank(toks, t.i, self.lex) for t in words)

    def add_roles_before_names(self) -> None:
        """A role, a comma, then the name between commas (``Kuasa hukum pemohon, Denny
        Indrayana, menyayangkan …``) where no record's subject took them in: the name
        with that role, for a later ``Ia`` or ``kata Denny``; the name may open with
        honorifics written short (``Peneliti BRIN, Dr. Lestari Wulandari, memimpin …``)."""
        from .mentions import parse_mention

        toks, lex = self.doc.tokens, self.lex
        by_start = {o.start: o for o in self.occurrences}
        person_ends = {o.end for o in self.occurrences if o.kind == "person"}
        for j, t in enumerate(toks):
            if t.text != "," or j == 0 or j + 1 >= len(toks) \
                    or not (toks[j + 1].is_capitalized or _honorific_stop(toks, j + 2, lex)):
                continue
            k = j + 1
            stops = 0  # Dr. Lestari Wulandari, Prof. Dr. Ir. Hendra: honorifics written short
            nickname: set[int] = set()  # Leonardo "Leo" Batista: the nickname in marks, no word of the name
            while k < len(toks) and k - j - stops - len(nickname) <= 4 and toks[k].sent == t.sent \
                    and (toks[k].is_capitalized or (toks[k].lower in lex.honorific_abbreviations
                                                    and _honorific_stop(toks, k + 1, lex))
                         or (k > j + 1 and (_honorific_stop(toks, k, lex) or is_stop_inside_name(toks, k, lex)))
                         or (k > j + 1 and not nickname and nickname_in_marks_at(toks, k, lex))):
                # (Moh. Sahrul Anam, Rd. Hilman: a given name written short goes on over its stop)
                if toks[k].text in lex.quote_marks:
                    close = nickname_in_marks_at(toks, k, lex)
                    nickname.update(range(k, close + 1))
                    k = close + 1
                    continue
                stops += toks[k].text == "." or toks[k].lower in lex.honorific_abbreviations
                k += 1
            name_end = k
            if age_at(toks, k):
                k += 3  # Wahyuni (40),
            k = _past_short_form_after_marker(toks, k, lex)  # Ahmad Syarif Hidayat atau Gus Syarif,
            first = j + 1
            while first + 1 < name_end and (is_honorific(toks[first], lex) or toks[first].lower in lex.address_openers
                                            or _honorific_stop(toks, first, lex)):
                first += 1  # where the name itself starts: Rahmat of H. Rahmat, Ridwan of Ustaz Ridwan
            known = by_start.get(toks[first].start)
            if name_end == j + 2 and self._city_set_off_at(j + 1):
                continue  # … di Istana Malacanang, Manila, Jumat: the place's city, no one
            if not _closes_an_appositive(toks, k, t.sent, toks[j - 1]) \
                    or (known is not None and known.role and not lex.is_address_only(known.role)):
                continue  # a role the name was given stands, unless it only addresses them (Ustaz)
            rs = j
            bracketed = 0  # the acronym's brackets and letters, which do not count to the role's length
            while rs > 0 and toks[rs - 1].sent == t.sent and j - rs - bracketed < 12 \
                    and (toks[rs - 1].is_word or _honorific_stop(toks, rs - 1, lex)
                         or inside_a_firm_name(toks, rs - 1, lex)
                         or (rs >= 3 and short_form_in_brackets_at(toks, rs - 3)
                             and toks[rs - 3].sent == t.sent)):
                # RSUD dr. Sutomo: a namesake's honorific inside the role; kantor advokat
                # Lubis, Santosa & Rekan: a firm named after its partners; penyuluh
                # pertanian lapangan (PPL) di desanya: the role's acronym in brackets
                # (peneliti … dari Center for X (CX) Universitas Y: a body's acronym
                # adds no word to the role)
                if toks[rs - 1].text == ")":
                    rs -= 3
                    bracketed += 3
                else:
                    rs -= 1
            # aktor senior Bima Santosa dan putranya, Raka: a role crosses no "dan" after
            # another person's name; what comes after it is Raka's alone.
            rs = max([p + 1 for p in range(rs + 1, j) if toks[p].lower in LIST_CONJUNCTIONS
                      and (toks[p - 1].ner.endswith("-PER") or toks[p - 1].end in person_ends)], default=rs)
            # Connectives join what comes before them to what follows; the last word before
            # the comma has nothing after it in the run, so it is the role's own (Ketua
            # sementara, X; Bupati periode lalu, X).
            run = [x for p, x in enumerate(toks[rs:j], rs) if x.lower not in lex.leading_connectives
                   or (p == j - 1 and p > rs and toks[p - 1].lower not in lex.leading_connectives)]
            starts = [p for p in range(len(run)) if self._opens_a_role(run[p:])]
            if not starts:
                if len(run) == j - rs:  # Menurut ibunya, Dimas, …: no connective dropped before the kinship noun
                    self._add_role_of_relative(run, toks[first:name_end], known)
                continue
            # De Vries memastikan kapten tim, Rafael …: a role right after the clause's verb
            # opens there; so does one after the party it speaks for (terdakwa melalui kuasa
            # hukumnya, Yosef …).
            # A verb of a relative clause inside the role is none (Pemilik toko emas yang
            # menjadi korban, Haryanto).
            # So does one after a passive verb (… dengan disaksikan tokoh agama setempat, X).
            after_verb = [p for p in starts if p and (
                (not run[p - 1].is_capitalized and (looks_like_a_verb(run[p - 1]) or has_passive_shape(run[p - 1], lex))
                 and _role_link_opening(toks, run[p - 1].i, run[p].i, lex) is None)
                or toks[run[p].i - 1].lower in lex.representative_markers)]
            role = _without_possessed_place(toks, run[after_verb[-1] if after_verb else starts[0]:], lex)
            if _inside_a_fronted_place(self.doc, role[0].i, self.lex):
                continue  # Di Bandara Internasional Ibu Kota Medan, Rina (29), …: a place, no role
            m = parse_mention(self.doc, _without_possessive(role, lex)
                              + [x for x in toks[j:name_end] if x.i not in nickname], lex)
            if m is None or not m.name or not m.role or m.kind != "person" or m.name_start != toks[first].start:
                if len(run) == j - rs:
                    self._add_role_of_relative(run, toks[first:name_end], known)
                continue
            cut = _hyphen_between_two_names(m.name, lex)
            if known is not None and known.end == m.name_end:
                known.role = m.role  # the tagger found the name; the role is news
            elif known is not None and cut is not None and known.end == m.name_start + cut:
                # … nomor urut 1, Hartono Wibisono-Siti Khoiriyah: each of the pair
                for half in (known, by_start.get(m.name_start + cut + 1)):
                    if half is not None and not half.role:
                        half.role = m.role
            elif known is None:
                self.add(m.name, m.name_start, m.name_end, m.kind, m.role)

    def _kinship_set_off(self, run: list[Token]) -> bool:
        """Whether ``run``, the words before a name set off by commas, is a kinship noun
        alone, maybe after ``sang`` and with its birth order after it (``Sang ibu``,
        ``Putri sulungnya``, ``Anaknya``), with a possessive or ``sang`` saying whose
        relative it is; not one whose relative the article names right there (``Istri
        Karyono``), nor one that the role parse reads (``Ayah korban``)."""
        lex = self.lex
        k = 1 if run and run[0].lower in lex.kinship_determiners else 0
        if not 0 < len(run) - k <= _MAX_KINSHIP_ROLE_WORDS or not all(x.is_word for x in run):
            return False
        head = run[k].lower
        stem = without_enclitic(head, 0)
        own = stem != head and lex.is_relation_word(stem)
        # Putri sulungnya, Anak keduanya: after the kinship noun only its birth order, never
        # the clause a fronted adjunct goes on with (Karena anaknya sakit, Sutrisno, …)
        if any(without_enclitic(x.lower, 0) not in lex.birth_order_words for x in run[k + 1:]):
            return False
        if not (own or lex.is_relation_word(head)) or any(x.is_capitalized for x in run[1:]) \
                or (run[0].is_capitalized and not opens_sentence(self.doc, run[0])):
            return False
        return bool(k) or own or run[-1].lower.endswith("nya")

    def _add_role_of_relative(self, run: list[Token], name: list[Token], known) -> None:
        """Sang ibu, Sulastri (47), …; Putri sulungnya, Dewi Hartati, …: where the words ``run``
        before the name set off by commas say what the person is to someone the article
        tells of (no role the parse of titles reads), the person ``name`` names has that
        role, as the article writes it, unless it gave them one of their own."""
        from .mentions import parse_mention

        if not self._kinship_set_off(run):
            return
        role = self.doc.text[run[0].start:run[-1].end]
        m = parse_mention(self.doc, name, self.lex) if name else None
        if m is None or not m.name or m.kind != "person" or m.description or m.pronoun or m.role \
                or m.name_start != name[0].start:
            return
        if known is not None and known.end == m.name_end:
            known.role = role
        elif known is None:
            self.add(m.name, m.name_start, m.name_end, m.kind, role)

    def add_roles_of_listed_names(self) -> None:
        """A count and a role, then the people who hold it listed after ``yakni`` (Dua
        hakim konstitusi, yakni Yohanes Situmeang dan Ratna Widyastuti, …): each of them
        with that role, as many names as the count says."""
        from .mentions import LIST_CONJUNCTIONS, parse_mention

        toks, lex = self.doc.tokens, self.lex
        by_start = {o.start: o for o in self.occurrences}
        for j, t in enumerate(toks):
            if t.lower not in lex.listing_markers or j < 3:
                continue
            end = j - 1 if toks[j - 1].text == "," else j
            c = next((k for k in range(end - 1, max(end - 6, -1), -1)
                      if toks[k].sent == t.sent and (toks[k].lower in lex.count_words or toks[k].text.isdigit())), None)
            if c is None or c + 1 >= end or not all(x.is_word for x in toks[c + 1:end]) \
                    or not self._opens_a_role(toks[c + 1:end]):
                continue
            count = lex.count_words.get(toks[c].lower) or int(toks[c].text)
            names, k = [], j + 1
            while k < len(toks) and toks[k].sent == t.sent:
                run_end = k
                while run_end < len(toks) and toks[run_end].is_capitalized and toks[run_end].sent == t.sent:
                    run_end += 1
                if run_end == k:
                    break
                names.append(toks[k:run_end])
                k = run_end
                joints = 0  # X dan Y; X, Y, dan Z
                while k < len(toks) and joints < 2 and (toks[k].lower in LIST_CONJUNCTIONS or toks[k].text == ","):
                    k, joints = k + 1, joints + 1
                if not joints:
                    break
            if len(names) != count:
                continue
            mentions = [parse_mention(self.doc, run, lex) for run in names]
            if any(m is None or not m.name or m.kind != "person" or m.description or m.pronoun for m in mentions):
                continue
            role = self.doc.text[toks[c + 1].start:toks[end - 1].end]
            for m in mentions:
                known = by_start.get(m.name_start or m.start)
                if known is not None and not known.role and known.kind == "person":
                    known.role = role
                elif known is None:
                    self.add(m.name, m.name_start or m.start, m.name_end or m.end, "person", role)

    def _opens_a_role(self, words: list[Token]) -> bool:
        """Whether ``words`` open with a title or a description's head; after a determiner
        any noun describes the person (Seorang pengunjung asal Klaten, Suparmi (60), …)."""
        from .mentions import is_title_word

        lex = self.lex
        if len(words) == 1 and words[0].lower in lex.qualifier_title_heads:
            return False  # Pengepul barang bekas, Nama: used goods; bekas heads a role only before a title
        det = lex.indefinite_determiner_length([x.lower for x in words[:2]])
        head = _without_possessive(words[:1], lex)[0]
        return is_title_word(head, lex) or lex.opens_a_description([head.lower] + [x.lower for x in words[1:3]]) \
            or bool(det and len(words) > det and not words[det].is_capitalized)

    def _relative_before_appositive(self, toks: list[Token]) -> bool:
        """``Istri Karyono, Sumarni (52), …`` tagged as one person: a kinship word and
        whose relative is meant, then the relative's own name after the comma; no one
        is called "Istri Karyono" (an honorific such as Ibu is no kinship word here)."""
        after = toks[-1].i + 1
        doc_toks = self.doc.tokens
        return len(toks) > 1 and toks[0].lower in self.lex.relation_heads and not is_honorific(toks[0], self.lex) \
            and after + 1 < len(doc_toks) and doc_toks[after].text == "," and doc_toks[after + 1].is_capitalized \
            and doc_toks[after + 1].sent == toks[0].sent

    def _inside_a_conferred_honorific(self, k: int) -> bool:
        """Whether token ``k`` is a later word of a conferred honorific written capitalised
        (Guru of Tuan Guru Bajang …): the whole phrase is how the person is addressed, so
        its last word heads no title (no role Guru)."""
        toks = self.doc.tokens
        return any(len(c) > 1 and any(0 <= s <= k - 1 and s + len(c) > k
                                      and tuple(t.lower for t in toks[s:s + len(c)]) == c
                                      and all(t.is_capitalized for t in toks[s:s + len(c)])
                                      for s in range(k - len(c) + 1, k))
                   for c in self.lex.conferred_honorifics)

    def add_titled_names(self) -> None:
        """Names written after a title (``Menteri Cho``, ``Presiden Rusia Vladimir Putin``)
        that the tagger missed, or every such name when there is no tagger."""
        from .mentions import known_as_a_person, parse_mention

        toks = self.doc.tokens
        n = len(toks)
        k = 0
        while k < n:
            t = toks[k]
            is_title = (t.lower in self.lex.title_heads or t.lower in self.lex.abbreviated_titles) \
                and not self._inside_a_conferred_honorific(k)
            # ekonom senior INDEF Tauhid Ahmad: a lowercase qualifier may come before the
            # capitalised words.
            nxt = k + 1
            while nxt < n and nxt - k <= 2 and not toks[nxt].is_capitalized \
                    and (toks[nxt].lower in self.lex.title_modifiers
                         or f"{toks[nxt - 1].lower} {toks[nxt].lower}" in self.lex.title_heads
                         or toks[nxt].lower in self.lex.title_heads):
                # … or the title's own second word: Juru bicara Otoritas Palestina X; or a
                # second head the first qualifies: asisten pelatih X, wakil ketua X.
                nxt += 1
            if not is_title or not (t.is_capitalized or (nxt < n and toks[nxt].is_capitalized)) \
                    or (not t.is_capitalized and k > 0 and _a_count(toks[k - 1], self.lex)):
                k += 1  # (ada 12 agen Sinar Jaya: many, of the body named after them)
                continue
            j = nxt
            while j < n and j - k < _TITLED_RUN_REACH and toks[j].sent == t.sent:
                if toks[j].is_capitalized:
                    j += 1
                elif _role_glue(toks, j, self.lex) or is_stop_inside_name(toks, j, self.lex):
                    # Ketua Komisi Pemilihan Umum (KPU) Sulut; Badan Penanggulangan Bencana
                    # dan ...; Ketua Komisi I, Moh. Tohir
                    j += 1
                elif particle_inside_a_name(toks, j, self.lex):
                    j += 1  # Presiden Gabriela Sánchez de la Cruz, Kolonel Maria dela Rosa
                elif j > nxt and is_honorific(toks[j], self.lex) \
                        and toks[j - 1].lower.rstrip(".") in self.lex.facility_heads \
                        and self._namesake_then_name_after(j):
                    j += 1  # Direktur RSUD dr Soetomo Joni …: the namesake's honorific, inside the role
                elif toks[j].text == "," and j + 1 < n and toks[j + 1].is_capitalized \
                        and not toks[j - 1].ner.endswith("-PER") \
                        and not _ends_a_clause_before_subject(toks, j, self.lex) \
                        and toks[j + 1].lower not in self.lex.title_heads \
                        and toks[j + 1].lower not in self.lex.weekdays and "," not in [x.text for x in toks[k:j]] \
                        and t.lower not in self.lex.residence_heads \
                        and not _inside_a_fronted_place(self.doc, k, self.lex) \
                        and not (any(x.lower in PLACE_PREPOSITIONS for x in toks[nxt:j]) and self._city_set_off_at(j + 1)):
                    # (not the city of the place the run goes on to: Presiden X di Istana
                    # Malacanang, Manila, …)
                    # an appositive name: Duta Besar Rusia, Georgy Zinoviev, (not the town
                    # after a district: warga Kecamatan Cicendo, Bandung; nor what follows a
                    # name the tagger already found: sutradara Aditya Wirasena, Rumah …, the
                    # title of his film)
                    j += 1
                else:
                    break
            run = toks[head_final_title_start(toks, k, self.lex):j]  # (Equity Research) Analyst …
            # Menteri Luar Negeri Australia Penny Wong di Jakarta: glue that holds a
            # title together (Konsul Jenderal RI di Chicago) may instead end the name,
            # where the article knows the name's last word as a person's (Wong).
            # So does the glue after a name written with a particle, one of whose words the
            # article uses alone (Presiden Brasil Lula da Silva di Rio de Janeiro … Lula
            # mengatakan): that cut comes first, before the whole run.
            cuts = [g for g in range(len(run) - 1, 1, -1) if run[g].is_word and not run[g].is_capitalized]
            # A place preposition before a building's head (… Maria de Vries di Gedung Sate,
            # Bandung): where the holder was, never glue inside the title as in Konsul
            # Jenderal RI di Chicago; the cut before it comes first, or the building's last
            # word would be taken for the name.
            particle_cuts = [g for g in cuts if self._ends_a_particle_name_known_alone(run, g)
                             or self._opens_a_venue(run, g)]
            cuts = particle_cuts + [len(run)] + [g for g in cuts if g not in particle_cuts]
            resume = j
            for cut in cuts:
                m = parse_mention(self.doc, run[:cut], self.lex) if cut >= 2 else None
                if m is None or not m.name or m.name_start is None:
                    continue
                if cut == len(run) or cut in particle_cuts or known_as_a_person(self.doc, run[cut - 1].text, self.lex):
                    # Presiden Korea Selatan Kang Min-jun dan Perdana Menteri Jepang Hiroshi
                    # Takeda: each titled person of a list.
                    for named in [m] + m.co_mentions:
                        if named.name and named.name_start is not None:
                            after_name = self.doc.token_index_at_or_after(named.name_end)
                            if _body_after_an_english_title(toks, self.doc.token_index_at_or_after(named.name_start),
                                                            after_name, self.lex):
                                continue  # Chief Operating Officer Panenku, Ni Luh …: the firm
                            role = named.role
                            if role is not None and _other_person_set_off_after(
                                    toks, self.doc.token_index_at_or_after(named.name_end), self.lex):
                                role = None  # Manajer Nadia, Rina Kusuma, …: the manager is Rina
                            elif role is not None and run[0].i > 0 and toks[run[0].i - 1].text == "(":
                                # jaksa penuntut umum (JPU) Kejaksaan Negeri X, Nama: the title
                                # found is the short form in brackets of the one written before
                                # it, whose role runs back over the brackets.
                                fuller = prenominal_role(self.doc, self.doc.token_index_at_or_after(named.name_start),
                                                         self.lex)
                                if fuller and fuller.endswith(role) and len(fuller) > len(role):
                                    role = fuller
                            elif role is not None and (party := _case_party_before_victim(toks, run[0].i - 1,
                                                                                          self.lex)) is not None:
                                # Terdakwa kasus … terhadap mahasiswa X, Nama: the title found is
                                # the victim's; the named one is the case party.
                                role = self.doc.text[toks[party[0]].start:toks[party[1]].end]
                            name, start, end = named.name, named.name_start, named.name_end
                            if self._in_a_headline(run[0]):
                                # a headline's title runs into its verb and object: only the name
                                # the article writes elsewhere, with no role
                                part = self._headline_span(self.doc.tokens_between(start, end))
                                if not part:
                                    continue
                                start, end, role = part[0].start, part[-1].end, None
                                name = self.doc.text[start:end]
                            self.add(name, start, end, named.kind, role)
                if cut < len(run) and j - k >= _TITLED_RUN_REACH:
                    # The run stopped at its reach inside the next title (X dan Sekretaris
                    # Negara Kementerian …): the words after the name cut off are read again,
                    # so the title they open reaches its own holder.
                    resume = max(k + 1, run[cut].i)
                break
            k = resume
        self._add_initials_after_a_party()

    def _opens_a_venue(self, run: list[Token], g: int) -> bool:
        """Whether ``run[g]`` is the locative with a building's head after it (di
        ``Gedung`` Pancasila, di ``Istana`` Merdeka: places.json's ``venue_heads`` and
        ``facility_heads``), written capitalised as a name's part."""
        return run[g].lower == LOCATIVE and g + 1 < len(run) and run[g + 1].is_capitalized \
            and (run[g + 1].lower in self.lex.venue_heads or run[g + 1].lower in self.lex.facility_heads)

    def _city_set_off_at(self, j: int) -> bool:
        """Whether the capitalised word at ``j``, alone after a comma, names the city of the
        place before it (… di Istana Malacanang, Manila, Jumat): a country's or region's
        word, a capital, or a word the article writes as a place elsewhere (di Manila);
        no appositive name."""
        from .mentions import written_as_a_place

        toks = self.doc.tokens
        if j + 1 < len(toks) and toks[j + 1].is_word and toks[j + 1].is_capitalized:
            return False  # (Duta Besar Rusia, Georgy Zinoviev: a name of two words)
        word = toks[j].text
        return self.lex.is_place_word(word) or (word.lower(),) in self.lex.government_seats \
            or written_as_a_place(self.doc, word, self.lex)

    def _namesake_then_name_after(self, j: int) -> bool:
        """Whether the honorific at ``j``, right after a facility's head, addresses the
        facility's namesake with someone's name run on after it (RSUD dr ``Soetomo Joni
        Wahyuhadi``: three capitalised words or more, ``past_facility_namesake``), not the
        holder named alone (Direktur RSUD dr Budi Santoso)."""
        toks = self.doc.tokens
        k = j + 1
        while k < len(toks) and toks[k].sent == toks[j].sent and toks[k].is_word and toks[k].is_capitalized:
            k += 1
        return k - j - 1 >= 3

    def _ends_a_particle_name_known_alone(self, run: list[Token], cut: int) -> bool:
        """Whether ``run[:cut]`` closes a name written with a particle whose word before the
        particle the article uses alone for the person (Presiden Brasil Lula da Silva di
        Brasilia … Lula mengatakan): the glue after it (di Brasilia) is no part of the title."""
        from .mentions import known_as_a_person

        g = cut - 1
        while g > 0 and run[g].is_capitalized:
            g -= 1  # the surname after the particles (Silva)
        if g == cut - 1 or not particle_inside_a_name(self.doc.tokens, run[g].i, self.lex):
            return False
        while g > 0 and not run[g].is_capitalized:
            g -= 1  # da; de la
        return known_as_a_person(self.doc, run[g].text, self.lex) or self._written_alone(run[g])

    def _written_alone(self, tok: Token) -> bool:
        """Whether the article writes ``tok``'s word elsewhere as a name alone: with no
        capitalised word or name particle right after it, nor a capitalised word right
        before it in its sentence (Lula mengatakan …, of Lula da Silva)."""
        if self._alone is None:
            toks = self.doc.tokens
            self._alone = {}
            for k, t in enumerate(toks):
                nxt = toks[k + 1] if k + 1 < len(toks) else None
                if nxt is not None and nxt.sent == t.sent \
                        and (nxt.is_capitalized or nxt.lower in self.lex.name_particles):
                    continue
                if k > 0 and toks[k - 1].sent == t.sent and toks[k - 1].is_capitalized:
                    continue
                self._alone.setdefault(t.text, []).append(k)
        return any(k != tok.i for k in self._alone.get(tok.text, ()))

    def _add_initials_after_a_party(self) -> None:
        """A party to a case and the initials the article names them by (``Tersangka RN,
        yang diperiksa sejak pagi, mengaku …``), where no record's subject took them in: that
        person, the noun their role, for a later ``katanya``."""
        from .mentions import parse_mention

        toks = self.doc.tokens
        taken = {o.start for o in self.occurrences}
        for k in range(len(toks) - 1):
            if toks[k].lower not in self.lex.initials_role_heads or toks[k + 1].sent != toks[k].sent:
                continue
            m = parse_mention(self.doc, toks[k:k + 2], self.lex)
            if m is not None and m.kind == "person" and m.role and m.name and m.name_start is not None \
                    and m.name_start not in taken:
                self.add(m.name, m.name_start, m.name_end, m.kind, m.role)

    def add_short_name_subjects(self) -> None:
        """A known person's name, or its first or last word, opening a sentence before a
        lowercase word (``Indah mengarahkan …``, ``Eddy mencontohkan …``): the subject a
        later pronoun (``ucapnya``) may point back to, though no cue or tagger marked it.
        Only at a sentence start or after its opening connective (``Padahal, Bima tidak
        …``, ``Adapun Bima …``), or after the comma that closes an opening phrase when an active verb
        follows (``Kepada para nelayan itu, Jumawan melakukan …``):
        elsewhere in a sentence such a word is as often an object or part of another name."""
        known = {w for o in self.occurrences if o.kind == "person" and o.key for w in (o.key[0], o.key[-1])}
        taken = {o.start for o in self.occurrences}
        toks = self.doc.tokens
        starts = [s.tok_start for s in self.doc.sentences]
        starts += [k + 1 for k, t in enumerate(toks[:-2]) if t.text == ","
                   and toks[k + 2].lower.startswith(_ACTIVE_VERB_PREFIXES) and toks[k + 2].sent == t.sent]
        # After a sentence's opening connective (Padahal, Bima tidak …; Akan tetapi, …).
        for s in self.doc.sentences:
            comma = next((k for k in range(s.tok_start, min(s.tok_start + 4, s.tok_end)) if toks[k].text == ","), None)
            if comma is not None and comma > s.tok_start and all(
                    toks[k].lower in self.lex.leading_connectives for k in range(s.tok_start, comma)):
                starts.append(comma + 1)
            # Adapun Somchai menyambut …; Namun Bima tidak …: a connective with no comma.
            if self.lex.opens_before_its_subject(toks[s.tok_start].lower):
                starts.append(s.tok_start + 1)
        for k in starts:
            if k + 1 >= len(toks) or toks[k + 1].sent != toks[k].sent:
                continue
            t, nxt = toks[k], toks[k + 1]
            key = name_key(t.text)
            if t.is_capitalized and (nxt.is_word and not nxt.is_capitalized or self._lowercase_appositive_at(k + 1)) \
                    and len(key) == 1 and key[0] in known and t.start not in taken:
                self.add(t.text, t.start, t.end, "person")
                # Yudha dan Larasati sepakat …: a second known name joined to the subject.
                pair = toks[k + 2] if k + 3 < len(toks) and nxt.lower in LIST_CONJUNCTIONS else None
                if pair is not None and pair.is_capitalized and name_key(pair.text) \
                        and name_key(pair.text)[0] in known and toks[k + 3].is_word \
                        and not toks[k + 3].is_capitalized and pair.start not in taken:
                    self.add(pair.text, pair.start, pair.end, "person")
        # Laporan itu dibantah oleh Moon.; Tuduhan itu ditepis Rudianto.: a known name
        # closing its sentence right after "oleh" or a passive verb is the agent the
        # sentence brings in, whom a later pronoun may point to.
        for k, t in enumerate(toks[:-2]):
            name, end = toks[k + 1], toks[k + 2]
            key = name_key(name.text)
            if (t.lower == AGENT_MARKER or self._passive_verb(t)) and name.is_capitalized \
                    and end.text in {".", "!", "?"} and t.sent == name.sent == end.sent \
                    and len(key) == 1 and key[0] in known and name.start not in taken:
                self.add(name.text, name.start, name.end, "person")

    def _lowercase_appositive_at(self, comma: int) -> bool:
        """Whether a description in lowercase (or an aside, ``misalnya``) is set off by the
        comma at ``comma`` and a second one, an active verb after it (``Reyes, peraih perak,
        memuji …``): the name before it is the clause's subject; not before a clause's
        conjunction (``Sapoean, misalnya, setelah lulus …``), whose subject may be another."""
        toks = self.doc.tokens
        if toks[comma].text != ",":
            return False
        sent = toks[comma].sent
        for j in range(comma + 2, min(comma + 2 + _APPOSITIVE_WORDS, len(toks) - 1)):
            if toks[j].sent != sent:
                return False
            if toks[j].text == ",":
                after = toks[j + 1]
                return after.sent == sent and after.is_word and not after.is_capitalized \
                    and after.lower.startswith(_ACTIVE_VERB_PREFIXES)
            if not toks[j].is_word or toks[j].is_capitalized:
                return False
        return False

    def _passive_verb(self, tok: Token) -> bool:
        """``ditepis``, ``dibantah``: a word with the passive shape (``has_passive_shape``)."""
        return tok.is_word and has_passive_shape(tok, self.lex)

    def bodies_before_holders(self) -> set[str]:
        """One-word names of the bodies the article writes between a person's title and
        their name, closing the role (``Pendiri Tanamin Bayu Pratama``, ``Chief Operating
        Officer (COO) Tanamin Maya Lestari``): the firm the title belongs to, which the
        article also writes alone as the firm (``Tanamin mengeklaim …``), never a part
        of someone's name; not a word the NER data knows as a person's, one the tagger
        calls a person alone, nor one the article gives a role of its own."""
        from .mentions import is_title_word

        # Only the persons given a role decide, and those are only ever added to: the words
        # found stand until another is added (add_nicknames may add one after add_fuller_names).
        holders = [o for o in self.occurrences if o.kind == "person" and o.role]
        if self._firms is not None and self._firms[0] == len(holders):
            return set(self._firms[1])
        toks = self.doc.tokens
        found: set[str] = set()
        # (Budi, pengelola Sulistyo, …: one the article gives a role of their own is a person.)
        titled = {o.key[0] for o in holders if len(o.key) == 1}
        tagged_alone = {t.text for t in toks if t.ner == "S-PER"}
        for o in holders:
            # (Head of Public Policy Klipku untuk …: the title's field closes with the
            # firm, whatever the tagger makes of the firm alone.)
            word = self._firm_inside_english_title(o.role)
            if word is not None and not (self.lex.is_person_word(word) or word.lower() in titled):
                found.add(word.lower())
            k = self.doc.token_index_at_or_after(o.start)
            if k < 2 or k >= len(toks) or toks[k].start != o.start:
                continue
            word = toks[k - 1]
            if not word.is_capitalized or word.sent != toks[k].sent or not o.role.endswith(word.text) \
                    or is_title_word(word, self.lex):
                continue
            at = k - 2
            if at >= 2 and toks[at].text == ")" and toks[at - 2].text == "(":
                at -= 1  # the title's short form in brackets: (COO)
            role_word = toks[at]
            if not (is_title_word(role_word, self.lex) or role_word.lower in self.lex.descriptive_role_heads):
                continue
            if self.lex.is_person_word(word.text) or word.lower in titled or word.text in tagged_alone:
                continue
            found.add(word.lower)
        self._firms = (len(holders), frozenset(found))
        return found

    def _firm_inside_english_title(self, role: str) -> str | None:
        """The firm an English title names inside it, before a link that goes on with the
        title (``Head of Public Policy Klipku untuk Asia Tenggara``: Klipku): the one
        capitalised word that closes the title's field and that a lowercase link follows,
        no title word of its own; None where the role opens with no English title."""
        words = role.split()
        lex = self.lex
        if len(words) < 4 or not (words[0][:1].isupper() and words[0].lower() in lex.head_final_titles) \
                or words[1].lower() not in lex.role_glue_words:
            return None
        for p in range(2, len(words) - 1):
            w, nxt = words[p], words[p + 1]
            if not w[:1].isupper():
                return None
            if nxt.islower() and nxt in lex.role_glue_words:
                low = w.lower()
                if p > 2 and low not in lex.head_final_titles and low not in lex.title_modifiers \
                        and low not in lex.title_heads and w.isalpha():
                    return w
                return None
        return None

    def add_fuller_names(self, quoted: Callable[[int], bool]) -> None:
        """The full name of a person the article otherwise names by one word, written
        where no cue or tagger looked (``Raffi Ahmad akhirnya buka suara …``, then
        ``Raffi menegaskan …``; ``Marc Marquez menang …``, then ``Marquez …``): the one
        word with one or two more capitalised words after it (or before it) that are no
        title, place, body, month or common word, at most once per person, so that a name
        in a title-case headline (Raffi Minta Maaf) stays out. A word known as a name only
        inside quotation marks (``quoted``: whether a character offset is inside one) is
        none here: a tagger reads the places someone lists there (``yakni Sukamaju,
        Cibeber dan …``) as names, which would run into the title's place before a holder
        named later (Camat Sukamaju Budi Santoso)."""
        from .mentions import common_word, ends_title_phrase, not_a_name, written_as_a_place

        self._add_family_names_before()
        self._add_fuller_addressed_names(common_word, not_a_name)
        toks = self.doc.tokens
        single = {o.key[0] for o in self.occurrences if o.kind == "person" and len(o.key) == 1
                  and not quoted(o.start)}
        if not single:
            return
        longer = {w for o in self.occurrences if len(o.key) > 1 for w in o.key}
        single -= longer  # already part of a fuller name the article uses
        single -= self.bodies_before_holders()  # Tanamin, of Pendiri Tanamin Bayu Pratama: the firm
        found: dict[str, tuple[int, int]] = {}
        for k, t in enumerate(toks[:-1]):
            if t.lower not in single or not t.is_capitalized or t.lower in found:
                continue
            if self._in_a_headline(t):
                continue  # Putri Ananda Terhenti di Semifinal …: every word is capitalised there
            if self._completes_a_title(t) or ends_title_phrase(toks, k, self.lex):
                continue  # Muhammadiyah Abdul Mu’ti, Hakim Agung Syamsul: no name starts there
            prev = toks[k - 1] if k > 0 else None
            # (Umpan Witan Sulaeman gagal …: a common noun opening the sentence is no name's word.)
            if prev is not None and prev.sent == t.sent and prev.is_word and prev.is_capitalized \
                    and not self._completes_a_title(prev) and not self._opening_common_word(k - 1, common_word):
                # Marc Marquez menang …, then Marquez mengatakan …: the short name is the
                # last word, and the words before it complete the name (opening a sentence,
                # only a word the NER data knows as a name's: not Dijelaskan, Momen).
                i = k
                while i > 0 and k - i < 2 and self._name_word(toks[i - 1], t, common_word, not_a_name):
                    i -= 1
                before = toks[i - 1] if i > 0 else None
                opens = before is None or before.sent != t.sent
                # Ahmad Fikri Hidayat …, then kata Fikri: the short name may be a middle
                # name, with the family name after it.
                j = self._name_words_after(k, common_word, not_a_name) if i < k else k + 1
                if i < k and not (before is not None and before.sent == t.sent and before.is_word
                                  and before.is_capitalized and not self._opening_common_word(i - 1, common_word)) \
                        and not (opens and not self.lex.is_person_word(toks[i].text)) \
                        and not self._capitalized_word_at(j, t.sent):
                    found[t.lower] = (i, j)
                continue
            j = self._name_words_after(k, common_word, not_a_name)
            if j > k + 1 and not self._capitalized_word_at(j, t.sent) \
                    and not written_as_a_place(self.doc, t.text, self.lex):  # a longer capitalised run is no plain name
                # (Kepala Desa Sukamulya Darto Wijaya, Camat Cikaret Dadan Hamdani of
                # Kecamatan Cikaret, the tagger reading Sukamulya as a person in ``warga
                # Sukamulya``: the place of the title before it, where no name starts.)
                found[t.lower] = (k, j)
        for k, j in found.values():
            self.add(self.doc.text[toks[k].start:toks[j - 1].end], toks[k].start, toks[j - 1].end, "person")

    def add_fuller_body_names(self) -> None:
        """The full name of a body the article names short where no cue or tagger
        looked, written with the word for the country the press writes in closing it
        (``Juru Kampanye Greenpeace Indonesia, …``, then ``Greenpeace bersama …
        mendesak …``): the body it names short is its national office, named in full. Only
        where the full name is part of a person's role, the office they hold (not a body
        merely written before the country, Menurut IMF Indonesia masih tumbuh …, nor the
        national office of a body the article quotes worldwide, sementara WHO Indonesia
        belum …). Not one with a region's name after it (WALHI Jakarta beside WALHI), a
        branch."""
        toks = self.doc.tokens
        short = {o.key for o in self.occurrences if o.kind == "organization"
                 and not all(self.lex.is_place_word(w) for w in o.key)}
        have = {o.key for o in self.occurrences}
        roles = [o.role for o in self.occurrences if o.kind == "person" and o.role]
        for key in sorted(short):
            n = len(key)
            for k in range(len(toks) - n):
                after = toks[k + n]
                if after.sent != toks[k].sent or not self._home_country_word(after) \
                        or tuple(t.lower for t in toks[k:k + n]) != key or self._in_a_headline(toks[k]):
                    continue
                if k + n + 1 < len(toks) and toks[k + n + 1].sent == after.sent \
                        and toks[k + n + 1].is_word and toks[k + n + 1].is_capitalized:
                    continue  # … Indonesia Timur: a longer name
                name = self.doc.text[toks[k].start:after.end]
                held = re.compile(r"(?<!\w)" + re.escape(name) + r"(?!\w)")
                if not any(held.search(role) for role in roles):
                    continue  # (Menurut IMF Indonesia masih …: the country opens the next clause)
                if name_key(name) not in have:
                    self.add(name, toks[k].start, after.end, "organization")
                    have.add(name_key(name))
                break

    def _home_country_word(self, tok: Token) -> bool:
        """``Indonesia``, ``RI``: the country the press writes in (lexicon home_country_words)."""
        words = self.lex.home_country_words
        return tok.is_capitalized and (tok.text in words or (tok.lower in words and not tok.text.isupper()))

    def _add_fuller_addressed_names(self, common_word, not_a_name) -> None:
        """The full name of a person the article otherwise names by a form or title of
        address and one word (``Habib Hasan mengingatkan …``), written where no cue or
        tagger looked (``… dihadiri Habib Hasan bin Ahmad Alaydrus dari Malang``): those
        two words where more of the name follows, at most four words: over a particle
        (``bin``), any capitalised ones; else only words the NER data knows as names' (not
        a headline's ``Coach Yosef Siapkan Rotasi``). Once per person."""
        toks = self.doc.tokens
        keys = {o.key for o in self.occurrences if o.kind == "person" and len(o.key) == 2
                and o.key[0] in self.lex.address_openers}
        keys = {key for key in keys if self._names_containing(key, "person") == [key]}
        for key in sorted(keys):
            for k, t in enumerate(toks[:-2]):
                nxt = toks[k + 1]
                if t.lower != key[0] or nxt.lower != key[1] or not t.is_capitalized or not nxt.is_capitalized \
                        or nxt.sent != t.sent or self._in_a_headline(t) or self.doc.sentences[t.sent].boilerplate:
                    continue
                j, over_particle, words = k + 2, False, []
                while j < len(toks) and len(words) < 4 and toks[j].sent == t.sent:
                    if toks[j].lower in self.lex.name_particles and not toks[j].is_capitalized \
                            and self._capitalized_word_at(j + 1, t.sent):
                        over_particle = True
                    elif self._name_word(toks[j], t, common_word, not_a_name) or (
                            over_particle and self._capitalized_word_at(j, t.sent) and not self._completes_a_title(toks[j])):
                        words.append(toks[j])
                    else:
                        break
                    j += 1
                if words and words[-1] is toks[j - 1] and not self._capitalized_word_at(j, t.sent) \
                        and (over_particle or all(self.lex.is_person_word(w.text) for w in words)):
                    self.add(self.doc.text[t.start:toks[j - 1].end], t.start, toks[j - 1].end, "person")
                    break

    def _name_words_after(self, k: int, common_word, not_a_name) -> int:
        """The end of the one or two capitalised words after token ``k`` that may close
        a person's name (no title, common word or joined name)."""
        toks = self.doc.tokens
        j = k + 1
        # (Wulan Sari Pertiwi: a given name that is also a common word goes on a name.)
        while j < len(toks) and j - k <= 2 and toks[j].sent == toks[k].sent and toks[j].is_word \
                and toks[j].is_capitalized and (
                    toks[j].lower in self.lex.given_names_like_common_words
                    or (not self._completes_a_title(toks[j]) and not common_word(toks[j], self.lex))) \
                and not not_a_name(toks[j], self.lex) \
                and not _joins_two_names(toks[j].text):
            j += 1
        return j

    def _opening_common_word(self, k: int, common_word) -> bool:
        """Whether token ``k`` is a word running text writes in lowercase, capitalised
        only as it opens the text of its sentence (Namanya Ahmad Fikri Hidayat, …;
        KOMPAS.com - Namanya …): no part of the name after it, unlike a word after
        another (di Jalan Ahmad Yani)."""
        toks = self.doc.tokens
        # Not a title opening the sentence (Kepala Puskesmas Cibodas Lestari …): its
        # words run on to the name and none of them starts it.
        return common_word(toks[k], self.lex) and not self._completes_a_title(toks[k]) \
            and (k == 0 or toks[k - 1].sent != toks[k].sent or not toks[k - 1].is_word)

    def _capitalized_word_at(self, j: int, sent: int) -> bool:
        toks = self.doc.tokens
        return j < len(toks) and toks[j].sent == sent and toks[j].is_word and toks[j].is_capitalized

    def _add_family_names_before(self) -> None:
        """The family name written once before a name of two or more words, where no cue
        or tagger looked (``Pukul enam, Lim Swie Hoa sudah membuka tokonya …``, then
        ``kata Swie Hoa``): Chinese-Indonesian names put the family name first and
        articles then use the given names alone. Only a word the NER data knows as a
        name's, which is no title, honorific, form of address or kinship word, standing
        alone before the name."""
        from .mentions import common_word, not_a_name

        toks = self.doc.tokens
        keys = {o.key for o in self.occurrences if o.kind == "person" and len(o.key) > 1}
        keys = {key for key in keys if not any(len(other) > len(key) and other[-len(key):] == key for other in keys)}
        found: set[tuple[str, ...]] = set()
        for k, t in enumerate(toks[1:], 1):
            prev = toks[k - 1]
            if not t.is_capitalized or not self.lex.is_person_word(prev.text) or prev.lower in self.lex.forms_of_address \
                    or self.lex.is_relation_word(prev.text) or not self._name_word(prev, t, common_word, not_a_name):
                continue  # Cik Swie Hoa, Papa Swie Hoa: how she is addressed, no family name
            key = next((key for key in keys if key not in found and k + len(key) <= len(toks)
                        and tuple(x.lower for x in toks[k:k + len(key)]) == key), None)
            if key is None or self._in_a_headline(t):
                continue
            first, last, after = toks[k - 2] if k > 1 else None, toks[k + len(key) - 1], \
                toks[k + len(key)] if k + len(key) < len(toks) else None
            if any(x is not None and x.sent == t.sent and x.is_word and x.is_capitalized for x in (first, after)) \
                    or last.sent != t.sent:
                continue  # a longer capitalised run is no plain name
            found.add(key)
            self.add(self.doc.text[prev.start:last.end], prev.start, last.end, "person")

    def _headline_span(self, toks: list) -> list:
        """A tagged span in a title-case headline, cut to the longest part from its first word
        on (two words at least) that the article writes outside the headline (``Tamara
        Wiradinata`` of ``Tamara Wiradinata Adu Akting``): a headline capitalises its verb
        and object too, so no more of it is a name. Empty where no such part is."""
        if not toks or not self._in_a_headline(toks[0]):
            return toks
        sent = self.doc.sentences[toks[0].sent]
        text = self.doc.text
        for k in range(len(toks), 1, -1):
            part = text[toks[0].start:toks[k - 1].end]
            at = text.find(part)
            while at >= 0:
                after = text[at + len(part):at + len(part) + 1]
                if not (sent.start <= at < sent.end) and not (after.isalnum()) and not self._inside_a_longer_name(at):
                    return toks[:k]
                at = text.find(part, at + 1)
        return []

    def _inside_a_longer_name(self, at: int) -> bool:
        """Whether the text at offset ``at`` carries on a capitalised run begun before it
        (``Batik Festival`` of ``Banyuwangi Batik Festival``): the words after are no name
        the article writes alone. Not after a title or honorific (``Presiden Joko
        Widodo``), nor after the first word of a sentence."""
        j = self.doc.token_index_at_or_after(at)
        if j <= 0 or j >= len(self.doc.tokens):
            return False
        toks = self.doc.tokens
        prev = toks[j - 1]
        return prev.sent == toks[j].sent and prev.is_word and prev.is_capitalized \
            and j - 1 > 0 and toks[j - 2].sent == prev.sent and not is_title_word(prev, self.lex)

    def _in_a_headline(self, tok: Token) -> bool:
        """Whether ``tok`` stands in a title-case line with no full stop: a headline or a
        subheading (``Putri Ananda Terhenti di Semifinal Indonesia Open 2025``), where a
        capitalised word says nothing about names."""
        return self.doc.is_headline(self.doc.sentences[tok.sent])

    def _name_word(self, tok: Token, of: Token, common_word, not_a_name) -> bool:
        """A capitalised word of the same sentence as ``of`` that can be part of a name."""
        return tok.sent == of.sent and tok.is_word and tok.is_capitalized and not self._completes_a_title(tok) \
            and not is_honorific(tok, self.lex) and not common_word(tok, self.lex) and not not_a_name(tok, self.lex) \
            and not _joins_two_names(tok.text)

    def _completes_a_title(self, tok: Token) -> bool:
        low = tok.lower
        return low in self.lex.title_heads or low in self.lex.abbreviated_titles or low in self.lex.honorifics \
            or low in self.lex.organization_heads or self.lex.is_place_or_organization_word(tok.text)

    def _add_nickname(self, nick: tuple[str, ...], full: tuple[str, ...], replace: bool = True) -> None:
        """``nick`` stands for ``full``; so does ``nick`` without the form of address or the
        title that opens it, as the tagger or the article may leave it out (Mbah Jum: Jum;
        Dokter Rin: Rin)."""
        opener = nick[0] in self.lex.forms_of_address or nick[0] in self.lex.title_heads if nick else False
        for key in (nick, nick[1:]) if len(nick) > 1 and opener else (nick,):
            if replace and key == nick:
                self.nicknames[key] = full
            else:
                self.nicknames.setdefault(key, full)

    def add_nicknames(self) -> None:
        """Nicknames the article gives (``Rolliansyah Soemirat, yang akrab disapa Roy``;
        ``ujar Roy, sapaan akrabnya``; ``Pemain yang biasa disapa Ican itu``, of the person
        last named in full), and real names it gives for the name it used so far (``Vokalis
        Bonga … Pria bernama asli Yakobus Daniel Sitepu itu``): the nickname or the stage name
        stands for the person's fullest name wherever the article uses it, though no word of
        it is in that name."""
        toks = self.doc.tokens
        persons = sorted((o for o in self.occurrences if o.kind == "person"), key=lambda o: o.start)
        by_first_word: dict[str, list[tuple[tuple[str, ...], str]]] = {}
        for markers, kind in ((self.lex.markers_before_nickname, _NICKNAME_AFTER),
                              (self.lex.markers_after_nickname, _NICKNAME_BEFORE),
                              (self.lex.markers_bare_after_nickname, _NICKNAME_BEFORE),
                              (self.lex.markers_before_real_name, _REAL_NAME_AFTER),
                              (self.lex.markers_before_short_form, _SHORT_FORM_AFTER)):
            for m in markers:
                by_first_word.setdefault(m[0], []).append((m, kind))
        for markers in by_first_word.values():
            markers.sort(key=lambda mb: -len(mb[0]))  # the longest marker at a word wins
        text = self.doc.text.lower()
        if not any(word in text for word in by_first_word):
            return  # most articles give no nickname: one pass over the text, not the words
        k = 0
        while k < len(toks):
            hit = next(((m, kind, end) for m, kind in by_first_word.get(toks[k].lower, ())
                        if (end := self._marker_end(k, m)) is not None), None)
            if hit is None:
                k += 1
                continue
            marker, kind, after = hit
            if kind == _SHORT_FORM_AFTER:
                # Ardiansyah Putra atau Coach Ardi: the name right before the word, and a
                # short form of it right after.
                full = next((o for o in persons if k > 0 and o.end == toks[k - 1].end), None)
                if full is not None and short_form_after(toks, k, self.lex):
                    run = toks[after:after + 3]
                    run = run[:next((j for j, t in enumerate(run) if not (t.is_word and t.is_capitalized)), len(run))]
                    self._add_nickname(name_key(" ".join(t.text for t in run)), full.key)
                k = after
                continue
            if kind == _REAL_NAME_AFTER:
                real = self._capitalized_run(after, forward=True, limit=5)
                real_key = name_key(" ".join(t.text for t in real))
                stage_key = None
                named = self._name_before_relative(persons, k) if real else None
                nick = self._nickname_closing_subject(k) if real else None
                if nick:
                    # Kreator yang akrab disapa Kak Rin itu bernama asli …: the nickname the
                    # subject gives is the one the real name stands for, whatever describes her.
                    stage_key = name_key(" ".join(t.text for t in nick))
                elif named is not None:
                    # Raka yang bernama asli Raka Adi Wijaya: Raka, as the article resolves
                    # it there (Raka Pratama), is the stage name.
                    stage_key = self._canonical_key(named.key, named.start)
                elif real and (self._points_back(k, real) or self._subject_points_back(k)):
                    def fits(o):
                        return not set(o.key) <= set(real_key)
                    stage = self._person_named_before(persons, real[0], fits)
                    stage = self._subject_beside(persons, stage, fits) if stage is not None else None
                    stage_key = stage.key if stage is not None else None
                if stage_key is not None and not set(stage_key) <= set(real_key):
                    self._add_nickname(stage_key, real_key, replace=False)
                    role = self._description_of_nicknamed(nick[0].i) if nick else None
                    if role is not None or not any(o.key == real_key for o in persons):
                        # The marker says it is a person's name, where the tagger did not;
                        # the description the nickname was given in is that person's role.
                        self.add(" ".join(t.text for t in real), real[0].start, real[-1].end, "person", role)
                k = after
                continue
            if kind == _NICKNAME_AFTER:
                nick = self._capitalized_run(after, forward=True)
                full = next((o for o in reversed(persons) if o.end <= toks[k].start
                             and self._nickname_glue(self.doc.tokens_between(o.end, toks[k].start))), None)
                # Pemain yang akrab disapa Rafa itu, after Rafael "Rafa" Siregar: a nickname the
                # article already gave someone is theirs; the description only points back to
                # them, and the person it guesses (the last named) takes it from no one.
                guessed = full is None
                if full is None and nick and self._points_back(k, nick):
                    nick_key = name_key(" ".join(t.text for t in nick))
                    head = self._description_head(k)

                    def fits(o, nick_key=nick_key):
                        return (len(o.key) > 1 or self._one_word_name(o.key)) and o.key != nick_key

                    # Pemain yang biasa dipanggil Ableh itu, after the team doctor is quoted on
                    # the player: the player, whom no other role sets apart, though a
                    # quotation stands between, not the doctor.
                    # Bagi Rizky, …, Striker yang akrab disapa Kiki itu: a short form the tagger
                    # missed names the person given in full far before.
                    described = lambda o: fits(o) and self._may_be_described_as(o.key, head, persons)  # noqa: E731
                    full = self._person_named_before(persons, toks[k], described, back=_DESCRIBED_NICKNAME_REACH) \
                        or self._person_short_named_before(persons, k, described) \
                        or self._person_named_before(persons, toks[k], fits)
                named = self._named_after_nickname(persons, k, marker, nick, full)
                if named is not None:
                    # Kiki, sapaan akrab Rizki: the name set off before the marker is the
                    # nickname of the person the article named in full, whose short form follows.
                    nick = [t for t in toks[self.doc.token_index_at_or_after(full.start):k] if t.end <= full.end]
                    full = named
            else:
                nick = self._capitalized_run(k - 1, forward=False)
                full = None
                if nick:
                    nick_key = name_key(" ".join(t.text for t in nick))
                    full = self._person_named_before(persons, nick[0], lambda o: len(o.key) > 1 and o.key != nick_key)
                    if full is not None and marker in self.lex.markers_bare_after_nickname \
                            and not self._addressed_or_short_form(nick, full.key):
                        # Rudi, begitu ia dipanggil penyidik, …: as likely summoned as called
                        # so; only an address (Bu Lurah) or a short form of the name is a nickname.
                        full = None
            if nick and full is not None and self._addressed_name_before(persons, nick):
                full = None  # Coach Danu, sapaan akrabnya: Danu Prasetyo addressed, no nickname
            if nick and full is not None:
                key = name_key(" ".join(t.text for t in nick))
                # A nickname is no longer than the name (Cak Yus for Yusuf Efendi; Mbah Jum
                # for Sujinem, a form of address aside); where it comes first (Roy, sapaan
                # akrab …), shorter, and the name is a full one.
                length = len(key) - (1 if key and key[0] in self.lex.forms_of_address else 0)
                longest = len(full.key) - (0 if kind == _NICKNAME_AFTER else 1)
                if key and (kind == _NICKNAME_AFTER or len(full.key) > 1) and length <= longest \
                        and not set(key) <= set(full.key):
                    self._add_nickname(key, full.key, replace=not (kind == _NICKNAME_AFTER and guessed))
            k = after

    def _addressed_or_short_form(self, nick: list[Token], full_key: tuple[str, ...]) -> bool:
        """Whether the capitalised words ``nick`` open with a form or title of address
        (Bu Lurah, Pak Kades) or are a short form of the name ``full_key`` (Ardi)."""
        words = [t.lower for t in nick]
        return words[0] in self.lex.address_openers or is_short_form(words, full_key, self.lex)

    def _named_after_nickname(self, persons: list[NameOccurrence], marker: int, words: tuple[str, ...],
                              after: list[Token], before: NameOccurrence | None) -> NameOccurrence | None:
        """The person the marker at token ``marker`` names after it where the nickname
        stands before it (``Kiki, sapaan akrab Rizki``, the marker a noun set off after the
        nickname): the words ``after`` it are a short form of a name the article gave in
        full before, of which the name ``before`` it is no part; None where the marker
        gives the nickname after the name, as it mostly does (``Rizki Ananda, sapaan akrab
        Kiki``)."""
        if before is None or not after or words not in self.lex.markers_apposed_after_nickname:
            return None
        short = name_key(" ".join(t.text for t in after))
        return next((o for o in reversed(persons) if o.end <= before.start and set(short) < set(o.key)
                     and not set(before.key) <= set(o.key)), None)

    def _one_word_name(self, key: tuple[str, ...]) -> bool:
        """Whether ``key``, one word, is all of a person's name (Sarmili (52), …; kata
        Sarmili): no fuller name the article writes holds it, and the article writes it
        with an age in brackets or alone after a cue, as only a person's name is."""
        from .mentions import named_after_a_cue

        return len(key) == 1 and self._names_containing(key, "person") == [key] \
            and (self._introduced_with_age(key) or any(
                o.key == key and named_after_a_cue(self.doc, o.name, self.lex) for o in self.occurrences))

    def _description_head(self, marker: int) -> str | None:
        """The head of the description that the nickname marker at token ``marker`` follows
        (``Pemain`` of ``Pemain yang biasa dipanggil Ableh itu``), lowercased; None where it is
        a word for any person (``Pria``), which sets no one apart."""
        toks = self.doc.tokens
        start = _clause_start(toks, marker, toks[marker].sent)
        words = [t.lower for t in self._past_how_long(self._after_a_cue(toks[start:marker]))]
        words = words[self.lex.indefinite_determiner_length(words[:2]):]
        if not words or words[0] in self.lex.person_nouns or words[0] in self.lex.forms_of_address:
            return None
        return words[0]

    def _may_be_described_as(self, key: tuple[str, ...], head: str | None, persons: list[NameOccurrence]) -> bool:
        """Whether the person named ``key`` may be the one a description headed by ``head``
        points back to: one the article gives no role, or a role with that word or one of
        its kind (a gelandang is a pemain)."""
        if head is None:
            return True
        roles = [o.role for o in persons if o.key == key and o.role]
        return not roles or any(self.lex.role_is_of_kind(name_key(role), head) for role in roles)

    def _nickname_closing_subject(self, marker: int) -> list[Token]:
        """The nickname a relative clause gives in the subject that the real-name marker at
        token ``marker`` follows, closed by a demonstrative (``Kreator konten yang akrab
        disapa Kak Rin itu`` bernama asli …); empty where there is none."""
        toks = self.doc.tokens
        if marker < 4 or toks[marker - 1].lower not in DEMONSTRATIVES or toks[marker - 1].sent != toks[marker].sent:
            return []
        nick = self._capitalized_run(marker - 2, forward=False)
        if not nick or nick[0].sent != toks[marker].sent:
            return []
        first = nick[0].i
        while first > 0 and toks[first - 1].lower in self.lex.address_openers and toks[first - 1].is_capitalized:
            first -= 1  # the form of address the run left out (Kak)
        for m in self.lex.markers_before_nickname:
            at = first - len(m)
            if at > 0 and toks[at - 1].lower in RELATIVE_MARKERS and self._marker_end(at, m) == first:
                return nick
        return []

    def _description_of_nicknamed(self, nick: int) -> str | None:
        """The description opening the clause whose relative clause gives the nickname at
        token ``nick`` (``Kreator konten`` of ``Kreator konten yang akrab disapa Kak Rin
        itu``): a role; None where it describes no one (``Perempuan``, ``Pria``, a name)."""
        toks = self.doc.tokens
        rel = next((j for j in range(nick - 1, max(-1, nick - 6), -1) if toks[j].lower in RELATIVE_MARKERS), None)
        if rel is None:
            return None
        start = _clause_start(toks, rel, toks[rel].sent)
        words = toks[start:rel]
        if not describes_someone(words, self.lex) or words[0].lower in self.lex.person_nouns:
            return None
        return self.doc.text[words[0].start:words[-1].end]

    def _name_before_relative(self, persons: list[NameOccurrence], marker: int) -> NameOccurrence | None:
        """The person named right before ``yang`` (or ``, yang``) and the marker at token
        ``marker`` (Raka yang bernama asli …): whom the relative clause describes."""
        toks = self.doc.tokens
        if marker < 2 or toks[marker - 1].lower != "yang":
            return None
        last = marker - 3 if toks[marker - 2].text == "," else marker - 2
        if last < 0 or toks[last].sent != toks[marker].sent:
            return None
        return next((o for o in persons if o.end == toks[last].end), None)

    def _subject_beside(self, persons: list[NameOccurrence], named: NameOccurrence, fits) -> NameOccurrence:
        """Of the people the sentence naming ``named`` names that ``fits``, the one it opens
        with, before any verb (Penyanyi Rara Ayu mengadukan mantan manajernya, Doni
        Saputra, …: Rara Ayu), whom a description opening the next sentence points back
        to; ``named`` where none does."""
        toks = self.doc.tokens
        sent = toks[self.doc.token_index_at_or_after(named.start)].sent
        for o in persons:
            first = self.doc.token_index_at_or_after(o.start)
            if toks[first].sent != sent or not fits(o):
                continue
            start = self.doc.sentences[sent].tok_start
            if not any(t.is_word and not t.is_capitalized and looks_like_a_verb(t) for t in toks[start:first]):
                return o
        return named

    def _addressed_name_before(self, persons: list[NameOccurrence], nick: list[Token]) -> bool:
        """Whether the would-be nickname ``nick`` is, past a form or title of address that
        opens it, part of a fuller name the article gave someone before (Coach Danu, Bang
        Yosef, after Danu Prasetyo, Yosef Mahendra): that person addressed, whoever was named
        last."""
        key = name_key(" ".join(t.text for t in nick))
        bare = set(key[1:] if len(key) > 1 and key[0] in self.lex.address_openers else key)
        # Not a name in the headline (Nindy Larasati Menangis …, before Aktris Anindya
        # Larasati atau yang akrab disapa Nindy): the headline writes the name the article
        # goes on to use, the nickname with it.
        return any(o.start < nick[0].start and len(o.key) > len(bare) and bare <= set(o.key)
                   and o.key[0] not in self.lex.address_openers
                   and not self._in_a_headline(self.doc.tokens[self.doc.token_index_at_or_after(o.start)])
                   for o in persons)

    def _person_short_named_before(self, persons: list[NameOccurrence], marker: int, fits,
                                   back: int = 3) -> NameOccurrence | None:
        """The person a capitalised word at most ``back`` sentences before the token
        ``marker`` names short, where the tagger took it for no name (``Bagi Rizky, …``
        after ``Muhammad Rizky Pratama`` far back): the last such word that is a word of
        exactly one name given in full before it (not opening its sentence) that ``fits``."""
        toks = self.doc.tokens
        first_sent = toks[marker].sent - back
        for j in range(marker - 1, -1, -1):
            t = toks[j]
            if t.sent < first_sent:
                return None
            if not (t.is_word and t.is_capitalized) or j == 0 or toks[j - 1].sent != t.sent:
                continue
            named = {o.key: o for o in persons if o.end <= t.start and len(o.key) > 1 and t.lower in o.key and fits(o)}
            if len(named) == 1:
                return next(iter(named.values()))
        return None

    def _person_named_before(self, persons: list[NameOccurrence], tok: Token, fits,
                             back: int = 3) -> NameOccurrence | None:
        """The person last named before ``tok`` that ``fits``, at most ``back`` sentences back."""
        sentences_back = tok.sent - back
        return next((o for o in reversed(persons) if o.start < tok.start and fits(o)
                     and self.doc.tokens[self.doc.token_index_at_or_after(o.start)].sent >= sentences_back), None)

    def _after_a_cue(self, words: list[Token]) -> list[Token]:
        """``words`` past the closing quotation mark and the cue verb that open them
        (``”…,” kata lelaki yang akrab disapa Mbah Man itu``: the description is
        ``lelaki``), as they are where the description follows a quotation."""
        k = 0
        while k < len(words) - 1 and not words[k].is_word:
            k += 1
        if k and k < len(words) - 1 and self.lex.is_direct_cue(words[k].text):
            return words[k + 1:]
        return words

    def _past_how_long(self, words: list[Token]) -> list[Token]:
        """``words`` past how long that opens them (``Sudah 45 tahun`` of ``Sudah 45 tahun
        perempuan yang akrab disapa Bu Sri itu menenun``; ``Selama dua dekade``): the
        description that points back comes after it. Unchanged where no count of time
        opens them, or nothing is left after it."""
        k = 0
        while k < len(words) and (words[k].lower in self.lex.predicate_role_adverbs
                                  or words[k].lower in self.lex.count_words or words[k].text.isdigit()):
            k += 1
        counted = any(t.text.isdigit() or t.lower in self.lex.count_words for t in words[:k])
        return words[k:] if counted and 0 < k < len(words) else words

    def _points_back(self, marker: int, name: list[Token]) -> bool:
        """Whether the marker at token ``marker`` and the ``name`` after it stand in a
        description that points back to someone named before (``Pemain yang biasa disapa
        Ican itu``, ``Pria bernama asli … itu``): a short description opens the clause,
        maybe with ``yang``, and a demonstrative follows the name."""
        toks = self.doc.tokens
        j = marker - 1 if marker > 0 and toks[marker - 1].lower == "yang" else marker
        start = _clause_start(toks, j, toks[marker].sent)
        words = self._after_a_cue(toks[start:j])
        # (Menurut pemain yang akrab disapa Tian itu, …: the words opening the clause are
        # no part of the description.)
        while len(words) > 1 and words[0].lower in self.lex.clause_openers:
            words = words[1:]
        words = self._past_how_long(words)
        after = name[-1].i + 1
        if after < len(toks) and toks[after].lower == AGENT_MARKER:
            # Perempuan yang biasa dipanggil Bu Sin oleh para pemuda itu: a few lowercase
            # words after the name say who uses it, before the demonstrative.
            users = next((j for j in range(after + 1, min(after + 2 + _NICKNAME_USERS, len(toks)))
                          if toks[j].lower in DEMONSTRATIVES), None)
            if users is not None and all(t.is_word and not t.is_capitalized for t in toks[after + 1:users]):
                after = users
        return after < len(toks) and toks[after].lower in DEMONSTRATIVES and describes_someone(words, self.lex)

    def _subject_points_back(self, marker: int) -> bool:
        """Whether the real-name marker at token ``marker`` opens its clause, its
        possessive pointing back (``Nama aslinya Kartosuwiryo``), or follows a description closed by a
        demonstrative (``Perempuan yang akrab disapa Mak Ijah itu bernama lengkap …``):
        either points back to the person named before."""
        toks = self.doc.tokens
        start = _clause_start(toks, marker, toks[marker].sent)
        if start == marker:
            return True
        before = toks[start:marker]
        if before[-1].lower not in DEMONSTRATIVES:
            return False
        description = before[:-1]
        relative = next((j for j, t in enumerate(description) if t.lower == "yang"), None)
        return describes_someone(description[:relative], self.lex)

    def _marker_end(self, k: int, marker: tuple[str, ...]) -> int | None:
        """Where the nickname ``marker`` that opens at token ``k`` ends, in one sentence:
        right after its words, or, where its verb is told of a place (``populer di
        Instagram dengan nama``), after the rest of its words past that place; None where
        it is not written there."""
        toks = self.doc.tokens

        def written_at(j: int, words: tuple[str, ...]) -> bool:
            return j + len(words) <= len(toks) and tuple(t.lower for t in toks[j:j + len(words)]) == words \
                and toks[j + len(words) - 1].sent == toks[k].sent

        if written_at(k, marker):
            return k + len(marker)
        if len(marker) < 2 or marker[0] not in self.lex.nickname_verbs_of_a_place:
            return None
        place = self._place_length(k + 1)
        if place and written_at(k + 1 + place, marker[1:]):
            return k + 1 + place + len(marker) - 1
        return None

    def _place_length(self, j: int) -> int:
        """How many tokens the phrase of a place or a medium from token ``j`` on holds (``di
        media sosial``, ``di Instagram``): its preposition and up to three words of the
        sentence, the fewest after which a marker, or its rest after the verb, is written;
        0 where there is none."""
        toks = self.doc.tokens
        if j >= len(toks) or toks[j].lower not in self.lex.nickname_place_openers:
            return 0
        n = 1
        while n <= _NICKNAME_PLACE_WORDS and j + n < len(toks) and toks[j + n].is_word \
                and toks[j + n].sent == toks[j].sent and toks[j + n].lower not in self.lex.nickname_place_openers:
            n += 1
            if self._marker_after_place(j + n):
                return n
        return 0

    def _marker_after_place(self, j: int) -> bool:
        """Whether the rest of a marker told of a place starts at token ``j`` (``dengan
        nama``, ``sebagai``)."""
        toks = self.doc.tokens
        if j >= len(toks):
            return False
        low = toks[j].lower
        return any(tuple(t.lower for t in toks[j:j + len(m)]) == m
                   for m in self.lex.nickname_markers_after_a_place if m and m[0] == low)

    def _nickname_glue(self, between: list[Token]) -> bool:
        """Whether only glue stands between a name and the marker of its nickname:
        ``, yang``; an age and a described role (Ahmad Mustofa (47), nelayan yang akrab
        disapa Cak Mat), with the place it names (nelayan asal Kelurahan Sidakaya yang …); a degree set off by commas and the place the nickname is
        known in (``dr Rina Kusuma, SpA, yang di media sosial dikenal sebagai …``)."""
        between = without_set_off_degrees(between, self.lex, after_a_name=True)
        for j in range(max(0, len(between) - 1 - _NICKNAME_PLACE_WORDS), len(between)):
            if between[j].lower in self.lex.nickname_place_openers and j and between[j - 1].lower in RELATIVE_MARKERS \
                    and all(t.is_word for t in between[j + 1:]) and len(between) > j + 1:
                between = between[:j]
                break
        words = [x for x in between if x.is_word and not x.text.isdigit() and x.lower not in _NICKNAME_GLUE]
        place = next((j for j, x in enumerate(words) if j and x.lower in self.lex.place_openers), None)
        if place is not None and 0 < len(words) - place - 1 <= _NICKNAME_PLACE_NAME_WORDS \
                and all(x.is_capitalized for x in words[place + 1:]):
            # Darsono (52), nelayan asal Kelurahan Sidakaya yang akrab disapa …: the role's
            # place, a name, is the role's, no other person's.
            words, place_words = words[:place], words[place:]
        else:
            place_words = []
        if words and not (len(words) <= 3 and _is_role_head(words[0], self.lex)
                          and all(not x.is_capitalized for x in words)):
            return False
        if place_words and not words:
            return False
        return all(x.text in _NICKNAME_GLUE or x.lower in _NICKNAME_GLUE or x.text == ")" or x.text.isdigit()
                   or x in words or x in place_words for x in between)

    def _capitalized_run(self, k: int, forward: bool, limit: int = 3) -> list[Token]:
        """Up to ``limit`` capitalised words from token ``k`` on (or back from it, over a comma
        or an opening bracket), in one sentence; a form of address (Pak Tris) left out."""
        toks = self.doc.tokens
        step = 1 if forward else -1
        while 0 <= k < len(toks) and toks[k].text in (",", "(", ")"):
            k += step
        run: list[Token] = []
        while 0 <= k < len(toks) and toks[k].is_word and toks[k].is_capitalized and len(run) < limit \
                and (not run or toks[k].sent == run[0].sent):
            run.append(toks[k])
            k += step
        run = run if forward else run[::-1]
        while run and run[0].lower in self.lex.honorifics:
            run = run[1:]
        return run

    def trim_bodies_run_into_holders(self) -> None:
        """A body's name the tagger ran on into the name of the person holding a title
        in it (Kepala Departemen Riset X Ani Susanti, tagged a body whole), where the
        article names that person there with that title: the body ends before the name."""
        holders = {(o.start, o.end) for o in self.occurrences if o.kind == "person" and o.role and len(o.key) > 1}
        ends = {e for _, e in holders}
        for n, o in enumerate(self.occurrences):
            if o.kind != "organization" or o.end not in ends:
                continue
            start = next((s for s, e in holders if e == o.end and o.start < s), None)
            if start is None:
                continue
            name = self.doc.text[o.start:start].rstrip(" ,")
            if len(name_key(name)) >= 2:
                self.occurrences[n] = replace(o, name=name, key=name_key(name), end=o.start + len(name))

    def finish(self) -> None:
        """Group occurrences under the fullest names."""
        first_of_key: dict[tuple[str, ...], NameOccurrence] = {}
        for o in self.occurrences:
            first_of_key.setdefault(o.key, o)
        for o in self.occurrences:
            key = self._canonical_key(o.key, o.start, o.kind)
            ent = self.entities.get(key)
            if ent is None:
                src = first_of_key.get(key, o)
                ent = self.entities[key] = self._new_entity(src.name, src.kind, key)
            if o.role:
                ent.roles.append((o.start, o.role))
            if o.name not in ent.aliases and o.name != ent.name and len(ent.aliases) < 20:
                ent.aliases.append(o.name)
        person_words = {w for k, e in self.entities.items() if e.kind == "person" and len(k) > 1 for w in k}
        firms = self.bodies_before_holders()
        for key, ent in self.entities.items():
            if ent.kind == "person" and len(key) == 1 and key[0] not in person_words \
                    and not ent.roles and (self.lex.is_place_or_organization_word(key[0]) or key[0] in firms):
                # One word the NER data only knows as a body or a place, in no person's
                # name here and given no role: the body speaks (Muhammadiyah meyakini …),
                # even where the tagger, reading it as a sentence's subject, says person;
                # so does the firm the article writes between a title and its holder's
                # name (Pendiri Tanamin Bayu Pratama …, Tanamin mengeklaim …).
                ent.kind = "organization"
            if ent.kind == "person" and not ent.roles:
                self._find_prenominal_role(ent)

    def _find_prenominal_role(self, ent: Entity) -> None:
        """A role before a place where the article writes the full name that no rule
        noted (``pengamat terorisme Al Chaidar, ketika dihubungi ...``)."""
        text = self.doc.text
        first_word = ent.name.split()[0]
        at = text.find(ent.name)
        while at >= 0:
            k = self.doc.token_index_at_or_after(at)
            # The whole name, not the front of a longer word (Risma in Tri Rismaharini).
            if k < len(self.doc.tokens) and self.doc.tokens[k].start == at \
                    and self.doc.tokens[k].text == first_word:
                role = prenominal_role(self.doc, k, self.lex)
                after = self.doc.token_index_at_or_after(at + len(ent.name))
                if role and not _body_after_an_english_title(self.doc.tokens, k, after, self.lex,
                                                             run_on=True):
                    ent.roles.append((at, role))
                    return
            at = text.find(ent.name, at + 1)

    # -- look-up --------------------------------------------------------------------
    def _lookup_tables(self):
        """Per word, the full names that contain it; per full name, where it occurs.
        Rebuilt only when occurrences were added, so look-ups stay cheap on long texts."""
        if self._tables is None or self._tables[0] != len(self.occurrences):
            keys_by_word: dict[tuple[str, str], set[tuple[str, ...]]] = {}
            positions: dict[tuple[str, ...], list[int]] = {}
            for o in self.occurrences:
                positions.setdefault(o.key, []).append(o.start)
                for w in o.key:
                    keys_by_word.setdefault((o.kind, w), set()).add(o.key)
            for plist in positions.values():
                plist.sort()
            # Each person-name word under itself and its one-letter deletions: two words
            # one edit apart share an entry, so a near spelling is found without a scan.
            by_deletion: dict[str, set[str]] = {}
            for kind, w in keys_by_word:
                if kind == "person":
                    for variant in _deletions(w):
                        by_deletion.setdefault(variant, set()).add(w)
            person_words = sorted(w for kind, w in keys_by_word if kind == "person")
            self._tables = (len(self.occurrences), keys_by_word, positions, by_deletion, person_words)
        return self._tables[1], self._tables[2]

    def occurrences_between(self, start: int, end: int) -> list[NameOccurrence]:
        """Name occurrences starting in [start, end), in text order."""
        if self._sorted is None or self._sorted[0] != len(self.occurrences):
            ordered = sorted(self.occurrences, key=lambda o: o.start)
            self._sorted = (len(self.occurrences), ordered, [o.start for o in ordered])
        _, ordered, starts = self._sorted
        return ordered[bisect.bisect_left(starts, start):bisect.bisect_left(starts, end)]

    def _canonical_key(self, key: tuple[str, ...], position: int, kind: str = "person") -> tuple[str, ...]:
        """The fullest name of the same kind that contains ``key`` (a person's short name
        never resolves into an organisation's name that happens to contain it)."""
        if not key:
            return key
        keys_by_word, positions = self._lookup_tables()
        if kind == "person":
            # A public figure's nickname (Jokowi) where the article also writes the name;
            # a nickname the article gives (yang akrab disapa Roy).
            alias = self.lex.person_aliases.get(" ".join(key))
            if alias is not None and name_key(alias) in positions:
                key = name_key(alias)
            elif key in self.nicknames:
                key = self.nicknames[key]
        club = self._body_alias(key)
        if club is not None:
            # manajemen Maung Bandung menegaskan …, after Persib Bandung: a club's nickname,
            # which the tagger may take for a person's name, is the club the article names.
            key, kind = club
        supersets = self._names_containing(key, kind)
        if kind == "person" and len(key) > 1 and key[0] in self.lex.address_openers and supersets in ([], [key]) \
                and not any(w in self.lex.title_heads or w in self.lex.abbreviated_titles for w in key[1:]):
            # Coach Danu, Pak Hendra, Habib Hasan, in no fuller name the article writes: the
            # name after the form of address or title is the person's the article named,
            # in full (Danu Prasetyo) or alone (Danu). (Bu Camat addresses a title, which
            # the descriptions resolve.)
            rest = self._canonical_key(key[1:], position, kind)
            if rest != key[1:] or rest in positions:
                return rest
        if kind == "person" and len(supersets) > 1:
            # Danu, after Danu Prasetyo and Coach Danu: the addressed form is no fuller name.
            supersets = [k for k in supersets if not self._addressed_form_of(k, supersets)] or supersets
        if kind == "organization" and supersets in ([], [key]):
            # Ditjen Perkeretaapian, after Direktorat Jenderal Perkeretaapian Kementerian
            # Perhubungan: the body named short is the one named in full.
            supersets = self._names_containing(self._spell_out_body(key), kind) or supersets
        if kind == "organization" and (all(self.lex.is_place_word(w) for w in key) or key in self.lex.government_seats):
            # Qatar menyatakan …: a country speaks as itself or its government, not as a
            # body the article names after it (Kementerian Luar Negeri Qatar); Korea, of
            # Korea Selatan, is still that country named in full, and DKI Jakarta the
            # Pemerintah Provinsi DKI Jakarta. So does a capital speaking for its government
            # (Tokyo dan Manila menyatakan …), not Kedutaan Besar China di Manila.
            supersets = [k for k in supersets
                         if all(self.lex.is_place_word(w) or w in self.lex.government_heads for w in k)]
        if kind == "person" and supersets in ([], [key]) and len(key) == 1 \
                and self.lex.is_place_or_organization_word(key[0]):
            # tulis Walhi, after Walhi Riau: a word the NER data knows only as a body, taken
            # for a person by the tagger, is the body the article named in full from it
            # (not Gugus Tugas … Kota Tegal, for a stray "Tegal").
            bodies = [k for k in keys_by_word.get(("organization", key[0]), ()) if len(k) > 1 and k[0] == key[0]]
            if bodies:
                kind, supersets = "organization", bodies
        if supersets in ([], [key]) and kind == "person" and len(key) == 1 and len(key[0]) >= _MIN_TYPO_LENGTH:
            # A misspelt name (kata Chadir, of Chaidir): one edit from a word of a name the
            # article gives more often or in full, and from no other.
            near = self._words_near(key[0])
            if len(near) == 1 and self._one_spelling_is_rare(key[0], near[0]):
                others = list(keys_by_word[(kind, near[0])])
                if any(len(k) > 1 for k in others) or \
                        sum(len(positions[k]) for k in others) > len(positions.get(key, ())):
                    supersets = others
        if supersets in ([], [key]) and kind == "person" and len(key) == 1 and len(key[0]) >= _MIN_NICKNAME_LENGTH:
            # A name cut short (Risma of Tri Rismaharini, Ardi of Ardiwinata): the front
            # of one word of one fuller name, and of no other.
            longer = [w for w in self._words_starting(key[0]) if len(w) >= len(key[0]) + 2]
            if len(longer) == 1:
                others = [k for k in keys_by_word[(kind, longer[0])] if len(k) >= len(key)]
                if others:
                    supersets = others
            elif not longer:
                supersets = self._name_cut_from_its_end(key, positions) or supersets
        if not supersets:
            return key
        # The fullest names: those no other candidate contains (Budi Gunawan and Budi
        # Gunadi Sadikin are two people; Cho Tae is only part of Cho Tae-yul); and a
        # short name the article introduces with an age, which is all that person's
        # name (Ayah korban, Ramdan (41), …; then Paman korban, Dede Ramdan (38)).
        fullest = [k for k in supersets if not any(len(o) > len(k) and set(k) <= set(o) for o in supersets)
                   or (kind == "person" and self._introduced_with_age(k))]
        if kind == "person" and len(fullest) > 1:
            # Kompol Heru, after Kompol Heru Wibowo and Ipda Heru Santoso; Bu Haji Siti, of
            # Hj. Siti Maryam and Siti Khotimah: the namesake written alike, not the nearest.
            fullest = self._namesakes_written_alike(key, position, fullest)
        if kind == "organization" and len(key) == 1 and len(fullest) > 1:
            # BI menyatakan …, after Bank Indonesia (BI) and Departemen Komunikasi BI: the
            # short form alone is the body it is given in brackets for, not a unit named
            # after that body.
            fullest = self._bodies_given_short_form(key[0], fullest) or fullest
        best, best_distance = None, None
        for k in fullest:
            # Among the fullest names, the nearest occurrence before the mention, then after.
            plist = positions[k]
            i = bisect.bisect_right(plist, position)
            distance = position - plist[i - 1] if i > 0 else plist[0] - position + 10**9
            if best_distance is None or distance < best_distance:
                best, best_distance = k, distance
        # Rara, of Rara Ayu, a stage name whose real name the article gives: that name.
        return self.nicknames.get(best, best) if kind == "person" else best

    def _bodies_given_short_form(self, word: str, keys: list[tuple[str, ...]]) -> list[tuple[str, ...]]:
        """Of ``keys``, the bodies' names the article writes with ``word`` in brackets after
        them (``Bank Indonesia (BI)``)."""
        keys = set(keys)
        return sorted({o.key for o in self.occurrences if o.key in keys and o.kind == "organization"
                       and re.search(r"\(\s*" + re.escape(word) + r"\s*\)", o.name, re.IGNORECASE)})

    # -- namesakes -------------------------------------------------------------------
    def _namesakes_written_alike(self, key: tuple[str, ...], position: int,
                                 namesakes: list[tuple[str, ...]]) -> list[tuple[str, ...]]:
        """Of ``namesakes``, the full names the short name ``key`` at ``position`` may
        stand for, those the words written with it point to: a rank before it that the
        article wrote before one of them (``kata Kompol Heru``, of Kompol Heru Wibowo, not
        Ipda Heru Santoso named since); the hajj's honorific (``Bu Haji Siti``, of Hj. Siti
        Maryam); else a relative clause closed by a demonstrative after it whose words
        the article used to describe one of them (``Bu Sri yang berjualan bumbu dapur itu``,
        of Sri Wahyuni, ``Pedagang bumbu dapur itu``). All of them where nothing sets one
        apart, or nothing fits."""
        toks = self.doc.tokens
        k = self.doc.token_index_at_or_after(position)
        if k >= len(toks) or toks[k].lower != key[0]:
            return namesakes
        ranks, haji, gender = self._written_with(self._address_before(k))
        positions = self._lookup_tables()[1]
        signs = {c: [self._written_with(self._address_before(self.doc.token_index_at_or_after(p)))
                     for p in positions[c]] for c in namesakes}
        if ranks:
            alike = [c for c in namesakes if any(ranks & sign[0] for sign in signs[c])]
        elif haji:
            alike = [c for c in namesakes if any(sign[1] for sign in signs[c])]
            if gender is not None and len(alike) > 1:
                alike = [c for c in alike if all(sign[2] in (None, gender) for sign in signs[c])] or alike
        else:
            described = self._relative_clause_words(k, len(key))
            alike = [c for c in namesakes if described & self._description_words(c)] if described else []
        return alike if 0 < len(alike) < len(namesakes) else namesakes

    def _address_before(self, k: int) -> list[str]:
        """The honorifics, forms or titles of address and ranks written right before the
        name opening at token ``k`` (Kompol, Bu Haji, Hj., Kombes Pol), in order and
        lowercased, without the full stops."""
        toks, lex = self.doc.tokens, self.lex
        rank_words = lex.rank_words
        j = k
        while j > 0 and k - j < _MAX_ADDRESS_WORDS and toks[j - 1].sent == toks[k].sent:
            prev = toks[j - 1]
            if prev.text == "." and j > 1 and toks[j - 2].lower in lex.honorific_abbreviations \
                    and toks[j - 2].end == prev.start:
                j -= 1  # Hj. Siti: the full stop of the honorific
            elif prev.is_word and ((low := prev.lower.rstrip(".")) in lex.address_openers
                                   or low in lex.honorific_abbreviations or low in rank_words):
                j -= 1  # (H. Rohadi: the honorific and its full stop may be one token)
            else:
                break
        return [t.lower.rstrip(".") for t in toks[j:k] if t.is_word]

    def _written_with(self, lowered: list[str]) -> tuple[frozenset, bool, Gender | None]:
        """What the words before a name say of how the person is addressed: the ranks
        among them (each the longest that starts there), whether the hajj's honorific is,
        and the gender a form of address or that honorific gives (Bu Haji: a woman)."""
        ranks, i = set(), 0
        while i < len(lowered):
            rank = max((r for r in self.lex.ranks if tuple(lowered[i:i + len(r)]) == r), key=len, default=None)
            if rank is not None:
                ranks.add(rank)
            i += len(rank) if rank else 1
        haji = any(w in self.lex.haji_honorifics for w in lowered)
        female = any(w in self.lex.female_haji_honorifics or w in self.lex.female_address for w in lowered)
        male = any(w in self.lex.male_address
                   or (w in self.lex.haji_honorifics and w in self.lex.honorific_abbreviations) for w in lowered)
        gender = Gender.FEMALE if female else Gender.MALE if male else None
        return frozenset(ranks), haji, gender

    def _relative_clause_words(self, k: int, length: int) -> set[str]:
        """The content words of a relative clause right after the name of ``length`` words
        at token ``k``, closed by a demonstrative (Bu Sri ``yang berjualan bumbu dapur``
        itu memperkirakan …): how the article describes the one it means; empty where none."""
        toks = self.doc.tokens
        j = k + length
        if j >= len(toks) or toks[j].lower != "yang" or toks[j].sent != toks[k].sent:
            return set()
        end = next((i for i in range(j + 1, min(j + 2 + _MAX_DESCRIPTION_WORDS, len(toks)))
                    if toks[i].sent == toks[k].sent and toks[i].lower in DEMONSTRATIVES), None)
        if end is None or not all(t.is_word and not t.is_capitalized for t in toks[j + 1:end]):
            return set()
        return self._content_words(toks[j + 1:end])

    def _description_words(self, key: tuple[str, ...]) -> set[str]:
        """The content words the article describes the person named ``key`` with: the
        roles given with the name, and a description pointing back that opens the next
        sentence (Sri Wahyuni (47) memilih … . ``Pedagang bumbu dapur`` itu hanya …)."""
        from .mentions import is_title_word

        toks, words = self.doc.tokens, set()
        for o in self.occurrences:
            if o.key != key:
                continue
            if o.role:
                # (a word of a time told, pagi, saat, Senin, says nothing of who a person is)
                words |= {w for w in name_key(o.role)
                          if w not in self.lex.role_glue_words and w not in _FUNCTION_WORDS and len(w) >= 3
                          and w not in self.lex.calendar_words}
            sent = toks[self.doc.token_index_at_or_after(o.start)].sent
            if sent + 1 < len(self.doc.sentences):
                nxt = self.doc.sentence_tokens(self.doc.sentences[sent + 1])
                end = next((i for i, t in enumerate(nxt[:_MAX_DESCRIPTION_WORDS + 1]) if t.lower in DEMONSTRATIVES), None)
                lowered = [t.lower for t in nxt[:end or 0]]
                # Pedagang bumbu dapur itu …, not Pagi itu …: a description, as
                # subject_description_role reads one, not a time told
                if end and all(t.is_word for t in nxt[:end]) and lowered[0] not in self.lex.relation_heads \
                        and (self.lex.opens_a_description(lowered) or is_title_word(nxt[0], self.lex)):
                    words |= self._content_words(nxt[:end])
        return words

    def _content_words(self, words: list[Token]) -> set[str]:
        """The lowercased words of ``words`` that say something of a person: no function
        word, glue of a role, word for any person (perempuan), demonstrative or word of a
        time told (pagi, saat, Senin)."""
        return {t.lower for t in words if t.is_word and len(t.lower) >= 3 and t.lower not in _FUNCTION_WORDS
                and t.lower not in self.lex.role_glue_words and t.lower not in self.lex.person_nouns
                and t.lower not in self.lex.speaker_np_stop_words and t.lower not in DEMONSTRATIVES
                and t.lower not in self.lex.calendar_words}

    def add_club_names(self) -> None:
        """The club a well-known nickname the article uses stands for (Singo Edan: Arema
        FC), where the article writes the club's name (in full, or its own first word:
        Persib) though no rule took it for a speaker's: so the nickname resolves to it."""
        toks = self.doc.tokens
        for o in list(self.occurrences):
            alias = self.lex.body_aliases.get(" ".join(o.key))
            if alias is None or self._club_written(name_key(alias)):
                continue
            words = alias.split()
            for n in (len(words), 1):
                at = next((k for k in range(len(toks) - n + 1)
                           if [t.text for t in toks[k:k + n]] == words[:n]
                           and (k + n >= len(toks) or not (toks[k + n].is_word and toks[k + n].is_capitalized))), None)
                if at is not None:
                    self.add(" ".join(words[:n]), toks[at].start, toks[at + n - 1].end, "organization")
                    break

    def _club_written(self, target: tuple[str, ...]) -> list[NameOccurrence]:
        """The occurrences of the club named ``target``: in full or by its first word."""
        return [o for o in self.occurrences
                if o.key == target or (o.key and o.key[0] == target[0] and set(o.key) <= set(target))]

    def _body_alias(self, key: tuple[str, ...]) -> tuple[tuple[str, ...], str] | None:
        """The name and kind of the club a well-known nickname (``key``) stands for, as the
        article writes it: in full (Persib Bandung) or by the club's own first word
        (Persib); None where the article names no such club."""
        alias = self.lex.body_aliases.get(" ".join(key))
        if alias is None:
            return None
        found = self._club_written(name_key(alias))
        if not found:
            return None
        club = max(found, key=lambda o: len(o.key))
        return club.key, club.kind

    def _addressed_form_of(self, key: tuple[str, ...], others: list[tuple[str, ...]]) -> bool:
        """Whether ``key`` is a form or title of address and a name that a fuller one of
        ``others`` holds without that word (Coach Danu, of Danu Prasetyo; not Kang Dudung,
        of Dudung)."""
        return len(key) > 1 and key[0] in self.lex.address_openers \
            and any(key[0] not in o and set(key[1:]) < set(o) for o in others)

    def _names_containing(self, key: tuple[str, ...], kind: str) -> list[tuple[str, ...]]:
        """The names of that kind the article uses that hold every word of ``key``."""
        kset = set(key)
        return [k for k in self._lookup_tables()[0].get((kind, key[0]), ()) if len(k) >= len(key) and kset <= set(k)]

    def _spell_out_body(self, key: tuple[str, ...]) -> tuple[str, ...]:
        """``key`` with each short form of a body's opening words (ditjen, pemprov)
        replaced by those words."""
        full = self.lex.abbreviated_bodies
        return tuple(w for word in key for w in (name_key(full[word]) if word in full else (word,)))

    def _introduced_with_age(self, key: tuple[str, ...]) -> bool:
        """Whether the article writes the name ``key`` with an age in brackets after it."""
        toks = self.doc.tokens
        for start in self._lookup_tables()[1].get(key, ()):
            k = self.doc.token_index_at_or_after(start) + len(key)
            if k <= len(toks) and age_at(toks, k):
                return True
        return False

    def _one_spelling_is_rare(self, a: str, b: str) -> bool:
        """One of two near spellings is rare next to the other: Chadir twice beside
        Chaidir nine times is a slip, Deden five times beside Dede four times is another
        person."""
        rarer, commoner = sorted((self._uses(a), self._uses(b)))
        return rarer < 2 or 3 * rarer <= commoner

    def _uses(self, word: str) -> int:
        """How often the article writes ``word`` (lowercased) capitalised."""
        if self._capitalized_uses is None:
            self._capitalized_uses = Counter(t.lower for t in self.doc.tokens if t.is_capitalized)
        return self._capitalized_uses[word]

    def _words_starting(self, prefix: str) -> list[str]:
        """Person-name words of the article that begin with ``prefix``."""
        self._lookup_tables()
        words = self._tables[4]
        i = bisect.bisect_left(words, prefix)
        out = []
        while i < len(words) and words[i].startswith(prefix):
            out.append(words[i])
            i += 1
        return out

    def _name_cut_from_its_end(self, key: tuple[str, ...], positions: dict) -> list[tuple[str, ...]]:
        """The one fuller name a one-word name ``key`` is the end of a word of (Marni of
        Sumarni Wahyuningsih, Yanti of Suryanti): a person the article named in full before
        it, whose name no other person's shares that end; empty where none or several is,
        or where the article brings the short name in with an age (Yanti (40), …), as a
        person of that name alone. Kept per name until occurrences are added
        (``_canonical_key`` asks again at each of its mentions)."""
        if self._cut_ends is None or self._cut_ends[0] != len(self.occurrences):
            self._cut_ends = (len(self.occurrences), {})
        found = self._cut_ends[1]
        if key not in found:
            found[key] = self._find_name_cut_from_its_end(key, positions)
        return list(found[key])

    def _find_name_cut_from_its_end(self, key: tuple[str, ...], positions: dict) -> list[tuple[str, ...]]:
        word = key[0]
        self._lookup_tables()
        longer = [w for w in self._tables[4] if len(w) >= len(word) + 2 and w.endswith(word)]
        if len(longer) != 1 or self._introduced_with_age(key) or not self._first_named_after_a_cue(key):
            return []
        first = min(positions.get(key, ()), default=None)
        others = [k for k in self._lookup_tables()[0].get(("person", longer[0]), ())
                  if len(k) > 1 and (first is None or positions[k][0] < first)]
        return others if len(others) == 1 else []

    def _first_named_after_a_cue(self, key: tuple[str, ...]) -> bool:
        """Whether the article first writes the name ``key`` right after a cue verb (kata
        Yanti): a speaker named short, never brought in as someone new (Korban, Anto,
        mengaku …; Tari, penari asal Solo, …; Yanto mengaku …)."""
        toks = self.doc.tokens
        # The first time the word is written as a name, tagged or not (a Tari opening a
        # sentence may go untagged, being a common word too).
        k = next((i for i, t in enumerate(toks) if t.is_capitalized and t.lower == key[0]), None)
        return k is not None and k > 0 and self.lex.is_direct_cue(toks[k - 1].text)

    def _words_near(self, word: str) -> list[str]:
        """Person-name words of the article one edit (insert, delete, substitute) from ``word``."""
        self._lookup_tables()
        by_deletion = self._tables[3]
        found = {w for variant in _deletions(word) for w in by_deletion.get(variant, ())}
        return sorted(w for w in found if _one_edit_apart(word, w))

    def key_of(self, name: str, position: int, kind: str = "person") -> tuple[str, ...]:
        """The key of the entity ``name`` at ``position`` resolves to, without adding one:
        a short name goes to the namesake it points to there (Kim after Kim Chol-su is
        Kim Chol-su, not Kim Sung-ho)."""
        return self._canonical_key(name_key(_clean_name(name)), position, kind)

    def resolve(self, name: str, position: int, kind: str = "person") -> Entity:
        name = _clean_name(name)
        key = self._canonical_key(name_key(name), position, kind)
        ent = self.entities.get(key)
        if ent is None:
            ent = self.entities[key] = self._new_entity(name, kind, key)
        return ent

    def _new_entity(self, name: str, kind: str, key: tuple[str, ...]) -> Entity:
        """An entity named ``name`` without the acronym it brackets, which is among its
        aliases (its key keeps every word, so ``KPAI`` alone still finds it)."""
        bare, acronyms = without_bracketed_acronyms(name, kind, self.lex)
        ent = Entity(bare, kind, key, lex=self.lex)
        if bare != name:
            ent.aliases.extend([name] + acronyms)
        return ent

    def hyphenated_pair(self, name: str, position: int) -> tuple[Entity, Entity] | None:
        """The two people a name written as a pair stands for (pasangan Hartono
        Wibisono-Siti Khoiriyah, pasangan Hartono-Siti of two people named in full): the
        first, then the running mate; None for one person's hyphenated name (Cho Tae-yul,
        Maria Reyes-Santos, of whom kata Reyes-Santos)."""
        name = _clean_name(name)
        cut = _hyphen_between_two_names(name, self.lex)
        if cut is not None:
            return (self.resolve(name[:cut], position), self.resolve(name[cut + 1:], position + cut + 1))
        halves = name.split("-")
        if len(halves) != 2 or not all(h[:1].isupper() and h.isalpha() and len(h) > 1 for h in halves) \
                or any(h.lower() in self.lex.hyphen_name_particles for h in halves):
            return None
        pair = set(name_key(name))
        if any(pair <= set(k) and len(k) > len(pair) for k in self._names_containing(name_key(halves[0]), "person")):
            return None  # Reyes-Santos, of Maria Reyes-Santos: one name
        known = []
        for half in halves:
            # Each half a name the article gives in full, on its own (Christiany Eugenia
            # Paruntu-Sehan Salim Landjar, then pasangan Christiany-Sehan).
            fuller = [k for k in self._names_containing(name_key(half), "person") if len(k) > 1 and not pair <= set(k)]
            ents = {id(e): e for e in (self.entities.get(self._canonical_key(k, position, "person")) for k in fuller)
                    if e is not None}
            if len(ents) != 1:
                return None
            known.extend(ents.values())
        return (known[0], known[1]) if known[0] is not known[1] else None

    def named_body(self, description: str, position: int) -> Entity | None:
        """The organisation the article names in full with all the words of a description
        of it (majelis hakim: Majelis Hakim Pengadilan Negeri Tegal; serikat pekerja:
        Serikat Pekerja Industri Morowali), the one nearest before ``position``; None when
        no such name is longer than the description."""
        key = name_key(description)
        full = self._canonical_key(key, position, "organization")
        return self.entities.get(full) if full != key else None

    def body_described_as(self, noun: str, position: int) -> Entity | None:
        """The one organisation the article named before ``position`` as what a common
        noun for a body says (perusahaan: PT Kirimaja, Startup logistik Kirimaja); None
        when it named none so, or more than one (then the noun could mean either). A name
        inside a longer one so named (Kirimaja, PT Kirimaja Logistik) is the same body."""
        bodies = self._bodies_described_as(noun, position)
        if len(bodies) != 1:
            return None
        return self.resolve(*bodies[0], "organization")

    def body_described_just_before(self, noun: str, position: int) -> Entity | None:
        """Where the article named several bodies as what ``noun`` says before
        ``position``, the one it named in the sentence right before (Di sisi lain, Garuda
        Raya FC, klub yang …, memberikan pernyataan …. Manajemen klub menegaskan …): the
        text has just turned to it; None where that sentence names none or several."""
        here = self.doc.sentence_at(position)
        if here is None or here.i == 0:
            return None
        prev = self.doc.sentences[here.i - 1]
        found = {id(ent): ent for ent in (self.resolve(name, start, "organization")
                                          for name, start in self.names_described_as(noun, position)
                                          if prev.start <= start < prev.end)}
        return next(iter(found.values())) if len(found) == 1 else None

    def body_described_anywhere_as(self, noun: str, position: int,
                                   speaks: Callable[[Entity], bool] | None = None) -> Entity | None:
        """As ``body_described_as``; where the article named no such body before
        ``position`` (a summary bullet or a lede before the body: Perusahaan membantah …)
        and ``noun`` is one for a company (forward_body_descriptions), the one it names so
        later, where ``speaks`` says the article gives it words of its own; None where it
        names none, or several (a police station named later may be another one told of)."""
        before = self._bodies_described_as(noun, position)
        if not before and noun.lower() not in self.lex.forward_body_descriptions:
            return None
        bodies = before or self._bodies_described_as(noun, len(self.doc.text))
        # PT Halmahera Sentosa Nikel (HSN), then PT HSN: one body, named in full and short.
        found = {id(ent): ent for ent in (self.resolve(name, start, "organization") for name, start in bodies)}
        if len(found) != 1:
            return None
        body = next(iter(found.values()))
        return body if before or speaks is None or speaks(body) else None

    def _bodies_described_as(self, noun: str, position: int) -> list[tuple[str, int]]:
        """(name, start) of each body named before ``position`` as what ``noun`` says,
        a name inside a longer one so named counted once."""
        return self._distinct_bodies(self.names_described_as(noun, position))

    def body_named_with(self, words: tuple[str, ...], position: int) -> Entity | None:
        """The one organisation the article named before ``position`` with a name that
        ``words`` (two or more, a body's head word and what kind it is) open, written
        capitalised and going on past them (stasiun televisi: Stasiun Televisi Nusantara;
        kantor hukum: Kantor Hukum Santoso Partners); None when it named none so, or more
        than one."""
        if len(words) < 2:
            return None
        names = self._names_after_heads(frozenset({" ".join(words)}), position)
        bodies = self._distinct_bodies((name, start) for name, start in names if len(name_key(name)) > len(words))
        return self.resolve(*bodies[0], "organization") if len(bodies) == 1 else None

    @staticmethod
    def _distinct_bodies(names) -> list[tuple[str, int]]:
        """(name, start) of each body the pairs ``names`` name, the first time it was so
        named; a name inside a longer one is the same body."""
        named: dict[tuple[str, ...], tuple[str, int]] = {}
        for name, start in names:
            named.setdefault(name_key(name), (name, start))
        return [named[k] for k in named if not any(set(k) < set(other) for other in named)]

    def names_described_as(self, noun: str, position: int) -> list[tuple[str, int]]:
        """(name, start) of each body named before ``position`` with one of the words of
        the common noun ``noun`` (perusahaan: PT Sinar Jaya, startup logistik Kirimaja)."""
        heads = self.lex.body_descriptions.get(noun.lower())
        return [*self._names_after_heads(heads, position), *self._names_set_off_before(noun, position),
                *self._names_set_off_after_heads(heads, position)] if heads else []

    def _names_set_off_after_heads(self, heads: frozenset[str], position: int):
        """(name, start) of each name before ``position`` set off by commas after a head
        word and its description (Startup pertanian asal Malang, Tanamku, …): the
        capitalised words between the two commas, none of them a person's nor all a
        place's (nor a city set off after its place), the head and at most a few words
        before the first comma, no verb among them (perusahaan itu menyebut, …: a
        clause, no description). Not where the description holds a list's conjunction
        or a place's preposition (perusahaan sawit dan warga, …; perusahaan di kawasan
        industri, Kendal, …: another noun's or a place's words), nor where a title opens
        the words set off (an official's, no firm)."""
        toks = self.doc.tokens
        for head in toks:
            if head.start >= position:
                return
            if head.lower not in heads or self._in_a_headline(head) or head.i in self._listed_role_tokens():
                continue
            comma = head.i + 1
            while comma < len(toks) and comma - head.i <= _MAX_SET_OFF_DESCRIPTION_WORDS and toks[comma].is_word \
                    and toks[comma].sent == head.sent and toks[comma].lower not in DEMONSTRATIVES \
                    and not looks_like_a_verb(toks[comma]):
                comma += 1
            if comma >= len(toks) or toks[comma].text != "," or comma == head.i + 1 \
                    or any(t.lower in LIST_CONJUNCTIONS or t.lower in self.lex.place_prepositions
                           for t in toks[head.i + 1:comma]) \
                    or comma + 1 < len(toks) and is_title_word(toks[comma + 1], self.lex):
                continue  # (perwakilan perusahaan X dan warga, Kapolres Y, …; karyawan perusahaan di kawasan Z, Kendal, …)
            end = comma + 1
            while end < len(toks) and end - comma <= _MAX_BODY_NAME_WORDS and toks[end].sent == head.sent \
                    and toks[end].is_word and toks[end].is_capitalized:
                end += 1
            words = toks[comma + 1:end]
            if not words or end >= len(toks) or toks[end].text != "," or toks[end].start >= position \
                    or any(t.ner.endswith("PER") for t in words) \
                    or all(self.lex.is_place_word(t.text) for t in words) or self._city_set_off_at(comma + 1):
                continue  # (a tagger may read the firm after a place as a place: asal Bandung, Panenku)
            yield self.doc.text[words[0].start:words[-1].end], words[0].start

    def _names_set_off_before(self, noun: str, position: int):
        """(name, start) of each name before ``position`` that a comma sets off before a
        lowercase word saying it is what ``noun`` says (pihak DanaKilat, aplikasi yang …;
        Kirimaja, startup logistik asal Bandung, …): the capitalised words right before
        the comma, none of them a person's, not all a place's, and not a field of a title
        listed with commas. Not a word that points back (aplikasi itu …: the one told
        before, no apposition), nor a fronted adverbial opening the sentence with its
        preposition or its day (Di Jakarta, aplikasi itu …; Pada Selasa, perusahaan …)."""
        heads = self.lex.body_descriptions.get(noun.lower())
        if not heads:
            return
        words = set(heads)
        for other, words_of in self.lex.appositive_body_descriptions.items():
            if self.lex.body_descriptions.get(other) == heads:
                words |= words_of
        toks = self.doc.tokens
        for tok in toks:
            if tok.start >= position:
                return
            k = tok.i - 1
            if tok.lower not in words or tok.is_capitalized or k < 1 or toks[k].text != "," \
                    or toks[k].sent != tok.sent or self._in_a_headline(tok) or k in self._listed_role_tokens() \
                    or tok.i + 1 < len(toks) and toks[tok.i + 1].lower in DEMONSTRATIVES:
                continue
            first = k
            while first > 0 and k - first < _MAX_BODY_NAME_WORDS and toks[first - 1].sent == tok.sent \
                    and toks[first - 1].is_word and toks[first - 1].is_capitalized:
                first -= 1
            run = toks[first:k]
            if run and (first == 0 or toks[first - 1].sent != tok.sent) and self._an_adverbial_opener(run[0]):
                continue  # (Di Jakarta, aplikasi …; Sejak Januari, …: where or when, no name)
            # (pihak DanaKilat, …: a body's lowercase head before it says a body's, whatever the tagger says)
            body_head = first > 0 and not toks[first - 1].is_capitalized \
                and toks[first - 1].lower in self.lex.organization_heads
            if not run or (not body_head and any(t.ner.endswith("PER") for t in run)) \
                    or all(self.lex.is_place_word(t.text) for t in run) \
                    or (len(run) == 1 and (first == 0 or toks[first - 1].sent != tok.sent)):
                continue  # (Sementara, aplikasi …: a capital opening the sentence names nothing)
            yield self.doc.text[run[0].start:run[-1].end], run[0].start

    def _an_adverbial_opener(self, tok) -> bool:
        """Whether the word opening a sentence opens an adverbial of where or when, not a
        name: a preposition (Di, Sejak, Pada, Dalam, Saat) or a day's or month's name."""
        lex = self.lex
        word = tok.lower
        return word in lex.where_prepositions or word in lex.period_bounds or word in lex.day_prepositions \
            or word in lex.occasion_prepositions or word in lex.weekdays or word in lex.months

    def _names_after_heads(self, heads: frozenset[str], position: int):
        """(name, start) of each name before ``position`` that a head word opens (PT
        Kirimaja, Kementerian Ketenagakerjaan) or describes, with at most two lowercase
        words between (Startup logistik Kirimaja, perusahaan modal ventura Arunika):
        capitalised words in the head's sentence, none of them a person's or all a place's."""
        toks = self.doc.tokens
        names = [tuple(h.split()) for h in heads if " " in h]  # Bank Indonesia, The Fed
        for head in toks:
            if head.start >= position:
                return
            if names and head.is_capitalized and not self._in_a_headline(head):
                named = self._name_opening_at(head.i, names)
                if named is not None:
                    yield named
                    continue
            if head.lower not in heads or self._in_a_headline(head):
                continue  # a headline capitalises every word: no name to read there
            if head.i in self._listed_role_tokens():
                continue  # a field of one title listed with commas (… Pembiayaan, Perusahaan Modal Ventura, …, Nama)
            k = head.i + 1
            opens_the_name = head.is_capitalized and k < len(toks) and (
                (toks[k].is_word and toks[k].is_capitalized) or self._number_in_a_name(k))
            if not opens_the_name:
                while k < len(toks) and k - head.i <= 2 and toks[k].is_word and not toks[k].is_capitalized \
                        and toks[k].lower not in self.lex.role_glue_words \
                        and toks[k].lower not in self.lex.body_description_breaks:
                    k += 1
            end = k
            # A rank ends the name (Polres Kendal AKP Dimas …: the holder's rank and name follow).
            while end < len(toks) and end - k < _MAX_BODY_NAME_WORDS and toks[end].sent == toks[k].sent \
                    and ((toks[end].is_word and toks[end].is_capitalized and not opens_a_rank(toks, end, self.lex))
                         or (opens_the_name and self._number_in_a_name(end))):
                end += 1
            words = toks[k:end]
            # A capitalised head opening the name makes it a body's, a place in it or not
            # (Koalisi Selamatkan Teluk Weda, which a tagger reads as a place).
            not_the_bodys = ("PER",) if opens_the_name else ("PER", "LOC", "GPE")
            if not words or any(t.ner.endswith(not_the_bodys) for t in words) \
                    or all(self.lex.is_place_word(t.text) for t in words):
                continue
            first = head if opens_the_name else words[0]
            yield self.doc.text[first.start:words[-1].end], first.start

    def _listed_role_tokens(self) -> frozenset[int]:
        """The tokens of each role written before a person's name that lists its fields
        with commas between capitalised words (Kepala Eksekutif Pengawas Lembaga
        Pembiayaan, Perusahaan Modal Ventura, dan Lembaga Keuangan Mikro OJK, Nama): the
        words of one office, none of them a body the article tells of (a common noun for a
        body never points back to Perusahaan Modal Ventura there)."""
        if self._listed_roles is not None and self._listed_roles[0] == len(self.occurrences):
            return self._listed_roles[1]
        toks = self.doc.tokens
        found: set[int] = set()
        for occ in self.occurrences:
            if occ.kind != "person":
                continue
            span = _prenominal_role_span(self.doc, self.doc.token_index_at_or_after(occ.start), self.lex)
            if span is None:
                continue
            start, end = span[0], span[1]
            inside = []
            for i in range(self.doc.token_index_at_or_after(start), len(toks)):
                if toks[i].end > end:
                    break
                inside.append(i)
            if any(toks[i].text == "," and i + 1 in inside and toks[i + 1].is_capitalized for i in inside):
                found.update(inside)
        self._listed_roles = (len(self.occurrences), frozenset(found))
        return self._listed_roles[1]

    def _number_in_a_name(self, k: int) -> bool:
        """Whether token ``k`` is the number a body's name is numbered by (SMA Negeri 3
        Bogor, SMAN 3 Bogor, SD Negeri 2,): a short number, no year, right after a
        capitalised word, with a capitalised word or a mark after it, no count of
        something (PT Kirimaja 3 kali)."""
        toks = self.doc.tokens
        tok = toks[k]
        if not (tok.text.isascii() and tok.text.isdigit() and len(tok.text) <= _MAX_NAME_NUMBER_DIGITS) \
                or k == 0 or not toks[k - 1].is_capitalized or toks[k - 1].sent != tok.sent:
            return False
        nxt = toks[k + 1] if k + 1 < len(toks) else None
        return nxt is None or nxt.sent != tok.sent or not nxt.is_word or nxt.is_capitalized

    def _name_opening_at(self, k: int, names: list[tuple[str, ...]]) -> tuple[str, int] | None:
        """(name, start) of the body's name at token ``k`` where one of ``names`` opens it,
        written as a name (Bank Indonesia, Bank Sentral Eropa, Bank of Japan), with the
        capitalised words that go on with it; None where none does."""
        toks = self.doc.tokens
        for words in names:
            n = len(words)
            run = toks[k:k + n]
            if len(run) == n and all(t.lower == w and (t.is_capitalized or w in self.lex.role_glue_words)
                                     for t, w in zip(run, words)) and run[-1].sent == toks[k].sent:
                end = k + n
                while end < len(toks) and end - k < _MAX_BODY_NAME_WORDS and toks[end].is_word \
                        and toks[end].sent == toks[k].sent \
                        and (toks[end].is_capitalized or self._glue_inside_tagged_body(end)):
                    end += 1
                return self.doc.text[toks[k].start:toks[end - 1].end], toks[k].start
        return None

    def _glue_inside_tagged_body(self, k: int) -> bool:
        """Whether token ``k`` is lowercase glue (dan, untuk) that the tagger reads inside
        one body's name, a capitalised word of it right after (Serikat Pekerja Tekstil
        Sandang dan Kulit): the name goes on past it; between two bodies' names (Bank
        Indonesia dan Kementerian Keuangan) the tagger ends the first before it."""
        toks = self.doc.tokens
        return toks[k].lower in self.lex.role_glue_words and toks[k].ner == "I-ORG" and k + 1 < len(toks) \
            and toks[k + 1].is_capitalized and toks[k + 1].ner in ("I-ORG", "E-ORG")

    def by_role(self, role_text: str, position: int, pointing_back: bool = False) -> Entity | None:
        """The entity most recently introduced with a role compatible with ``role_text``
        (``pointing_back``: written with a demonstrative, Pak Haji itu)."""
        words = name_key(role_text)
        addressed = words
        # tutur Pak Lurah, kata Bu Kades: the honorific is how the holder is addressed,
        # not a word of the role the article introduced them with (Lurah Wukirsari).
        while len(words) > 1 and words[0] in self.lex.honorifics:
            words = words[1:]
        want = set(words) - DEMONSTRATIVES
        if not want:
            return None
        if want <= self.lex.haji_honorifics and not pointing_back:
            # tegas Pak Haji, sapaan warga kepadanya; Bu Haji, sapaan akrabnya, bercerita …:
            # the person the article wrote with the hajj's honorific (H. Mukhlis, Hj. Siti
            # Maryam), the last before, of the gender the form of address gives; not Pak Haji
            # itu, a description pointing back to the one just told of.
            held = self._written_with_haji(position, self._written_with(list(addressed))[2])
            if held is not None:
                return held
        # Either side may write the title short: kata Kadispen TNI AL of the Kepala Dinas
        # Penerangan TNI AL named earlier, or Menlu Cho of Menteri Luar Negeri Cho; or the
        # body by its initials: Menteri LH of Menteri Lingkungan Hidup.
        want_spelt_out = self._spell_out(want)
        best, best_pos = None, -1
        for ent in self.entities.values():
            for pos, role in ent.roles:
                if pos > position or pos <= best_pos:
                    continue
                have = set(name_key(role))
                have |= self._spell_out(have)
                if want <= have or want_spelt_out <= have \
                        or (len(want - have) == 1 and self._initials_in(want, role)):
                    best, best_pos = ent, pos
        return best

    def by_title_and_given_name(self, text: str, position: int) -> Entity | None:
        """The person introduced before ``position`` with a role the title opening
        ``text`` fits and a name that the word after it opens (``Dubes Indah`` of Duta
        Besar RI untuk Kanada Indah Lestari Wibowo): the title and the first word of the
        holder's name, which the parse took for part of the description (a given name that
        is a common word too: indah). None unless exactly one person fits."""
        words = name_key(text)
        if len(words) < 2:
            return None
        title, given = set(words[:-1]), words[-1]
        title_spelt_out = self._spell_out(title)
        found = []
        for ent in self.entities.values():
            if ent.kind != "person" or len(ent.key) < 2 or ent.key[0] != given:
                continue
            for pos, role in ent.roles:
                have = set(name_key(role))
                have |= self._spell_out(have)
                if pos <= position and given not in have and (title <= have or title_spelt_out <= have):
                    found.append(ent)
                    break
        return found[0] if len(found) == 1 else None

    def _written_with_haji(self, position: int, gender: Gender | None) -> Entity | None:
        """The person last named before ``position`` with the hajj's honorific before the
        name (H. Mukhlis, Hj. Siti Maryam), not one of the other gender than ``gender``."""
        for o in reversed(self.occurrences_between(0, position)):
            if o.kind != "person":
                continue
            _, haji, written = self._written_with(self._address_before(self.doc.token_index_at_or_after(o.start)))
            if haji and (gender is None or written in (None, gender)):
                return self.entities.get(self._canonical_key(o.key, o.start))
        return None

    def party_members(self, party: str, position: int) -> list[Entity]:
        """The people the article ties to the party named ``party`` (PDI-P, Partai Golkar)
        before ``position`` by a role naming it (Anggota Komisi X dari Fraksi PDI-P,
        politikus Golkar), the most recently so introduced first; the words that open a
        party's or a faction's name (Partai, Fraksi) may be left out on either side, and
        the party may be written by its initials (PKB of Fraksi Partai Kebangkitan Bangsa)."""
        want = {w for w in name_key(party) if w not in self.lex.party_nouns}
        if not want:
            return []
        latest: dict[int, tuple[int, Entity]] = {}
        for ent in self.entities.values():
            if ent.kind != "person":
                continue
            for pos, role in ent.roles:
                if pos > position:
                    continue
                if want <= set(name_key(role)) or self._initials_in(want, role):
                    if pos > latest.get(id(ent), (-1, ent))[0]:
                        latest[id(ent)] = (pos, ent)
        return [ent for _, ent in sorted(latest.values(), key=lambda pe: -pe[0])]

    def holder_named_later(self, title: str, position: int, end: int | None = None, *,
                           noun: bool = False) -> Entity | None:
        """The one person the article names after ``position`` (and before ``end``, where
        given) with ``title`` or a shorter form of it, as wire copy names the holder of a
        title that opened a statement (Gubernur BI X, Kadishub DKI X, ``X, direktur
        eksekutif lembaga itu``, after Gubernur Bank Indonesia (BI), Kepala Dinas
        Perhubungan DKI, Direktur Eksekutif LSI). None when anyone else named so far holds
        such a title: two ministers or heads of different offices leave the title unjoined.

        With ``noun``, ``title`` is a common noun for an office (jaksa) and the holder's
        title a longer form of it (Jaksa penuntut umum Ratna …, named paragraphs on): the
        office's holder the noun stood for before the article named them, where no one
        else named at all holds a title of that head. A title phrase the noun opens
        (Jaksa Agung, of jaksa) is another office, no holder of the noun's."""
        want = self._title_words(title)
        if not want:
            return None
        if noun:
            def fits(role: str) -> bool:
                have = self._title_words(role)
                return have[:1] == want[:1] and not self._opens_another_office(have, want)
        else:
            def fits(role: str) -> bool:
                return self._shortens(role, want)
        holders = {ent.key: ent for ent in self.entities.values()
                   if ent.kind == "person" and not ent.named_by_title
                   for pos, role in ent.roles if (end is None or pos < end) and fits(role)}
        if len(holders) != 1:
            return None
        ent = next(iter(holders.values()))
        roles = [(pos, role) for pos, role in ent.roles if not noun or fits(role)]
        if any(pos <= position for pos, _ in roles):
            return None
        if noun and not any(self._shortens(title, self._title_words(role)) for _, role in roles):
            return None
        return ent

    def _opens_another_office(self, have: list[str], want: list[str]) -> bool:
        """Whether the title words ``have`` open with a title phrase that ``want`` does not
        (Jaksa Agung of jaksa, Jaksa Agung Muda of jaksa agung; Direktur Utama of
        direktur): an office of its own, not the one ``want`` names."""
        return any(tuple(have[:len(p)]) == p and tuple(want[:len(p)]) != p for p in self.lex.title_phrases)

    def panel_named_in_full(self, description: str, position: int) -> Entity | None:
        """The panel a description (majelis, majelis hakim) stands for, where the article
        named it before ``position`` with its court (Majelis hakim Pengadilan Negeri Tegal,
        majelis hakim PN Sintang), the naming nearest before, found in the words whatever
        the tagger made of them; a short form after ``atau`` is the name's too (Pengadilan
        Tindak Pidana Korupsi atau Tipikor Jakarta Pusat). None where no court is named so."""
        key = name_key(description)
        members = self.lex.panel_bodies.get(" ".join(key))
        if not key or members is None:
            return None
        toks = self.doc.tokens
        found = None
        for t in toks:
            if t.start >= position:
                break
            if t.lower != key[0] or self._in_a_headline(t):
                continue
            j = t.i + 1
            while j < len(toks) and toks[j].lower in members and toks[j].sent == t.sent:
                j += 1
            if j >= len(toks) or toks[j].sent != t.sent or not toks[j].is_capitalized \
                    or not (toks[j].lower in self.lex.organization_heads or toks[j].text.isupper()):
                continue
            end = j
            while end < len(toks) and toks[end].sent == t.sent and end - j < _MAX_COURT_NAME_WORDS:
                if toks[end].is_word and toks[end].is_capitalized:
                    end += 1
                elif (toks[end].lower,) in self.lex.markers_before_short_form and end + 1 < len(toks) \
                        and toks[end + 1].is_capitalized and toks[end + 1].sent == t.sent:
                    end += 1
                elif end > j and (close := bracketed_name_end(toks, end, len(toks))) is not None \
                        and toks[close].sent == t.sent:
                    end = close + 1  # Pengadilan Tindak Pidana Korupsi (Tipikor) …: its short form
                elif end > j and toks[end].lower in self.lex.office_links and end + 1 < len(toks) \
                        and toks[end + 1].sent == t.sent and toks[end + 1].is_capitalized \
                        and toks[end + 1].lower in self.lex.organization_heads:
                    end += 1  # … pada Pengadilan Negeri Jakarta Pusat: the court it sits in
                else:
                    break
            found = (self.doc.text[t.start:toks[end - 1].end], t.start)
        return self.resolve(*found, "organization") if found is not None else None

    def title_held(self, title: str) -> bool:
        """Whether anyone the article names holds ``title``, a shorter form of it or a
        longer one (Ketua Komnas Perempuan, of Ketua Komnas; not Wakil Ketua …)."""
        want = self._title_words(title)
        if not want:
            return False
        for ent in self.entities.values():
            if ent.kind != "person" or ent.named_by_title:
                continue
            for _, role in ent.roles:
                have = self._title_words(role)
                if have and (self._shortens(role, want) or self._shortens(title, have)):
                    return True
        return False

    def _title_words(self, role: str) -> list[str]:
        """The words of ``role`` in order, each abbreviated title spelt out (Kadishub:
        kepala dinas perhubungan), with no demonstrative and no body noun closing it
        (direktur eksekutif lembaga itu: direktur eksekutif), which points back to the
        body the title names."""
        words = []
        for w in name_key(role):
            full = self.lex.abbreviated_titles.get(w)
            words.extend(name_key(full) if full else (w,))
        words = [w for w in words if w not in DEMONSTRATIVES]
        if len(words) > 1 and any(words[-1] == noun or words[-1] in kinds
                                  for noun, kinds in self.lex.body_descriptions.items()):
            words.pop()
        return words

    def _shortens(self, role: str, want: list[str]) -> bool:
        """``role`` is the title ``want`` or a shorter form of it: the same head, and every
        other word one of its words or the initials of a run of them (LH: Lingkungan
        Hidup)."""
        have = self._title_words(role)
        return bool(have) and have[0] == want[0] and self._initials_in(set(have), " ".join(want))

    def _initials_in(self, want: set[str], role: str) -> bool:
        """Each of ``want`` is a word of ``role`` or the initials of a run of its words,
        glue left out (Menteri LH of Menteri Lingkungan Hidup; KP: Kelautan dan Perikanan)."""
        words = self._title_words(role)
        content = [w for w in words if w not in self.lex.role_glue_words]
        return all(w in words or _initials_of_a_run(w, content) for w in want)

    def _spell_out(self, words: set[str]) -> set[str]:
        """``words`` with each abbreviated title (kadispen), region (jatim) or body's
        opening words (korem: komando resor militer, so that Danrem fits Komandan Korem X)
        replaced by its words."""
        out = set()
        for w in words:
            full = self.lex.abbreviated_titles.get(w) or self.lex.abbreviated_regions.get(w) \
                or self.lex.abbreviated_bodies.get(w)
            out.update(name_key(full) if full else (w,))
        return out


_MAX_COURT_NAME_WORDS = 14  # Pengadilan Tindak Pidana Korupsi (Tipikor) pada Pengadilan Negeri Jakarta Pusat
_MAX_NAME_NUMBER_DIGITS = 3  # SMA Negeri 3, SD Inpres 102: a school's number, never a year
_MAX_SET_OFF_DESCRIPTION_WORDS = 5  # startup pertanian asal Malang, (Tanamku, …)
_MAX_BODY_NAME_WORDS = 6  # PT Bank Rakyat Indonesia (Persero) Tbk: longer runs are no one body's name
_MAX_ACRONYM_QUALIFIER_WORDS = 3  # BEM UNBT, DPD PDIP Jatim: the acronym's unit or place
_MIN_TYPO_LENGTH = 5  # shorter names are too often different names one letter apart
_MIN_NICKNAME_LENGTH = 4  # Ardi of Ardiwinata; shorter fronts (Adi, Tri) are names of their own
_MAX_ADDRESS_WORDS = 5  # Ajun Komisaris Besar Polisi, Bu Hj.: what may stand before a name to address it
_MAX_DESCRIPTION_WORDS = 8  # (Bu Sri) yang berjualan bumbu dapur (itu): a relative clause naming one of two
# Sentences back to the person a described nickname (Pemain yang akrab disapa X itu) fits.
_DESCRIBED_NICKNAME_REACH = 6


_TITLED_RUN_REACH = 16  # tokens a titled name's run reads from its title


def _initials_of_a_run(abbr: str, words: list[str]) -> bool:
    """``abbr`` is the initials of consecutive ``words`` (lh of lingkungan hidup)."""
    n = len(abbr)
    return n > 1 and any("".join(w[0] for w in words[k:k + n]) == abbr for k in range(len(words) - n + 1))


def _joins_two_names(word: str) -> bool:
    """``Cahyadi-Armuji`` (of a candidate pair Eri Cahyadi-Armuji): a hyphen between two
    capitalised words joins two people; Tae-yul is one name."""
    parts = word.split("-")
    return len(parts) > 1 and all(p[:1].isupper() for p in parts)


def nickname_in_marks_at(toks: list[Token], k: int, lex: Lexicon) -> int | None:
    """Where the nickname in quotation marks opening at ``k`` inside a name closes
    (Leonardo ``"Leo"`` Batista: one to three capitalised words written against their
    marks, a capitalised word after them); None where none opens there."""
    if toks[k].text not in lex.quote_marks or k == 0 or not toks[k - 1].is_capitalized:
        return None
    close = next((c for c in range(k + 2, min(k + 5, len(toks) - 1)) if toks[c].text in lex.quote_marks), None)
    if close is None or not all(x.is_word and x.is_capitalized for x in toks[k + 1:close]) \
            or toks[k].end != toks[k + 1].start or toks[close - 1].end != toks[close].start \
            or not toks[close + 1].is_capitalized or toks[close + 1].sent != toks[k].sent:
        return None
    return close


def _honorific_set_off_inside(toks: list, lex: Lexicon) -> int:
    """Where the name starts in a tagged span that runs a place or a body before a comma
    into the name set off after it with an honorific (Lurah Sukamaju Lor, Hj. Siti
    Aminah, tagged from Sukamaju): after the last such comma; 0 where none is. A name
    holds no comma before an honorific; a degree after it (Siti, S.Pd.) is no honorific."""
    cut = next((k + 1 for k in range(len(toks) - 2, 0, -1)
                if toks[k].text == "," and is_honorific(toks[k + 1], lex)
                and any(t.is_capitalized and not is_honorific(t, lex) for t in toks[k + 2:])), 0)
    return cut


def _nickname_marker_inside(toks: list[Token], lex: Lexicon) -> int:
    """Where a lowercase marker of a nickname (``alias``, ``akrab disapa``) inside a run the
    tagger took for one name begins (Rizal Hamdani alias Ableh): the name ends before
    it, and the nickname after it is linked to the name (``add_nicknames``); else the
    run's length."""
    for j in range(1, len(toks)):
        if toks[j].is_capitalized:
            continue
        words = tuple(t.lower for t in toks[j:])
        if any(words[:len(m)] == m for m in lex.markers_before_nickname):
            return j
    return len(toks)


def _initials_after(toks: list[Token], k: int) -> bool:
    """Two capitals right after a name and before a lowercase word or a comma (Mahfud MD
    mengkritik …): initials that end the name, not a body's acronym, which is written
    in brackets or with a preposition (Anggota DPR dari PKS)."""
    return 0 < k < len(toks) - 1 and toks[k].sent == toks[k - 1].sent and len(toks[k].text) == 2 \
        and toks[k].text.isalpha() and toks[k].text.isupper() \
        and (toks[k + 1].text == "," or toks[k + 1].is_word and not toks[k + 1].is_capitalized)


def _deletions(word: str) -> set[str]:
    """``word`` and every form of it with one letter left out."""
    return {word} | {word[:i] + word[i + 1:] for i in range(len(word))}


def _one_edit_apart(a: str, b: str) -> bool:
    """Whether ``b`` is ``a`` with one letter inserted, deleted or replaced."""
    if abs(len(a) - len(b)) > 1 or a == b:
        return False
    if len(a) > len(b):
        a, b = b, a
    i = 0
    while i < len(a) and a[i] == b[i]:
        i += 1
    return a[i + (len(a) == len(b)):] == b[i + 1:]


def _without_trailing_name(role: str, key: tuple[str, ...]) -> str:
    """A role parsed where the name's first word was taken for the title's complement
    (``Kepala BPS Provinsi Kalsel Mohammad`` for Mohammad Rizal): drop that word once the
    fuller name is known."""
    words = role.split()
    while words and name_key(words[-1]) and set(name_key(words[-1])) <= set(key):
        words.pop()
    if words and words[-1].endswith("/"):
        # ganda putra Bagas Wicaksono/Raka Aditya: the partner's name before the slash
        # belongs to neither's role.
        words[-1] = words[-1][:-1]
        while len(words) > 1 and words[-1][:1].isupper():
            words.pop()
    return " ".join(words).rstrip(" ,")


def without_trailing_rank(role: str | None, lex: Lexicon) -> str | None:
    """``role`` without the rank written between it and the name: Kepala Dinas Penerangan
    TNI AL ``Laksamana Pertama`` (Julius), Kapolda Metro Jaya ``Inspektur Jenderal (Pol)``.
    A role that is only a rank stays: it is all the article says of the person."""
    if not role:
        return role
    spans = [(m.start(), m.group().strip("().,").lower()) for m in re.finditer(r"\S+", role)]
    words = role.split()
    end = len(spans)
    # After the rank: its qualifiers (Pol), TNI, and initials that open the name
    # (Inspektur Jenderal RZ, of RZ Panca Putra Simanjuntak).
    while end > 1 and (spans[end - 1][1] in lex.rank_qualifiers
                       or (len(words[end - 1]) <= 2 and words[end - 1].isalpha() and words[end - 1].isupper()
                           and not lex.is_place_or_organization_word(words[end - 1]))):  # Konsul Jenderal RI
        end -= 1
    cut = next((i for i in range(0, end) if tuple(w for _, w in spans[i:end]) in lex.ranks), None)
    if cut == 0 and tuple(w for _, w in spans[:end]) in lex.conferred_honorifics:
        return None  # Datuk Seri alone: an honour, says nothing of what the person does
    if not cut:  # no rank, or nothing but one (Komisaris Jenderal): all the article says
        return role
    lowered = [w for _, w in spans]
    if any(tuple(lowered[j:j + len(p)]) == p for p in lex.title_phrases for j in range(max(0, cut - len(p) + 1), cut)):
        return role  # Sekretaris Jenderal, Direktur Jenderal: the rank's word completes a title
    return role[:spans[cut][0]].rstrip(" ,")


# Reza "Ecak" Firmansyah, Markus "Om Mark" Dethan: one to three words in quotation marks
# between the words of a name.
_QUOTED_NICKNAME = re.compile(r"(?<=\w)\s+[\"“”‘’']((?:[^\W\d_][^\s\"“”‘’']*)(?:\s[^\W\d_][^\s\"“”‘’']*){0,2})"
                              r"[\"“”‘’']\s+(?=\w)")


def quoted_nickname(name: str) -> str | None:
    """The nickname in quotation marks inside a name (Gepeng, of Hendro "Gepeng" Simanjuntak)."""
    found = _QUOTED_NICKNAME.search(name)
    return found.group(1) if found else None


def _hyphen_between_two_names(name: str, lex: Lexicon) -> int | None:
    """Where a hyphen joins two people's names of two words or more each (Hartono
    Wibisono-Siti Khoiriyah: a ticket of a candidate and a running mate); None for a
    hyphen inside one name (Cho Tae-yul, Maria Reyes-Santos, Khalid Al-Hajri, Abdel-Fattah
    el-Sisi), where a half is one word, lowercase, or a particle written onto a name."""
    words = name.split()
    joined = [k for k, w in enumerate(words) if "-" in w]
    if len(joined) != 1 or not 0 < joined[0] < len(words) - 1:
        return None
    k = joined[0]
    halves = words[k].split("-")
    if len(halves) != 2 or not all(h[:1].isupper() and h.isalpha() and len(h) > 1 for h in halves) \
            or any(h.lower() in lex.hyphen_name_particles for h in halves) \
            or not all(w[:1].isupper() for w in words):
        return None
    return list(re.finditer(r"\S+", name))[k].start() + len(halves[0])


_BRACKETED_WORD = re.compile(r"\s*\(([^()\s]+(?: [^()\s]+)?)\)")
_ACRONYM_SHAPE = re.compile(r"[A-Z][A-Za-z0-9&-]{1,11}")


def without_bracketed_acronyms(name: str, kind: str, lex: Lexicon) -> tuple[str, list[str]]:
    """``name`` less the body's acronym or short form it writes in brackets at its end
    (Komisi Perlindungan Anak Indonesia (KPAI), Badan Urusan Logistik (Bulog)), and that
    acronym: the speaker is named without it, and known by it too. A bracket that is part
    of the name stays (PT X (Persero), Brigadir Jenderal (Pol) Y); a person's name loses
    only capitals (a capitalised word in brackets there may be a nickname). An acronym
    inside the name (Komisi Pemilihan Umum (KPU) RI) stays: cut out, it leaves a name
    (Komisi Pemilihan Umum RI) the article never writes."""
    acronyms: list[str] = []

    def cut(match: re.Match) -> str:
        word = match.group(1)
        words = word.split()
        if len(words) == 2:
            # (Satgas PASTI): a body's short form of a word and an acronym.
            if match.start() == 0 or match.end() != len(name) or kind != "organization" \
                    or sum(c.isupper() for c in words[1]) < 2 or not all(_ACRONYM_SHAPE.fullmatch(w) for w in words):
                return match.group(0)
            acronyms.append(word)
            return ""
        if match.start() == 0 or match.end() != len(name) or not _ACRONYM_SHAPE.fullmatch(word) \
                or word.lower() in lex.bracketed_name_qualifiers \
                or (word.lower() in lex.rank_qualifiers and word.lower() not in lex.rank_bodies) \
                or (kind != "organization" and sum(c.isupper() for c in word) < 2):
            return match.group(0)
        acronyms.append(word)
        return ""

    bare = " ".join(_BRACKETED_WORD.sub(cut, name).split())
    return (bare, acronyms) if bare and acronyms else (name, [])


def _clean_name(name: str) -> str:
    """Without surrounding punctuation; a bracket stays where it closes the body's own
    acronym (Badan Penerbangan Federal AS (FAA)), and goes where it is stray."""
    edges = " ,.;:\"“”‘’'"
    # Reza "Ecak" Firmansyah: a nickname in quotation marks inside the name is no part of it
    # (EntityIndex.add keeps it as the person's nickname).
    name = _QUOTED_NICKNAME.sub(" ", name)
    prev = None
    while name != prev:
        prev = name
        name = name.strip(edges)
        if name.startswith("(") and name.endswith(")") and "(" not in name[1:-1]:
            name = name[1:-1]
        elif name.endswith(")") and name.count(")") > name.count("("):
            name = name[:-1]
        elif name.startswith("(") and name.count("(") > name.count(")"):
            name = name[1:]
        elif name.endswith("("):
            name = name[:-1]
    return " ".join(name.split())


_MAX_SHORT_FORM_WORDS = 3
_MAX_KINSHIP_ROLE_WORDS = 3  # Putri sulungnya, Adik bungsu korban


def _past_short_form_after_marker(toks: list[Token], k: int, lex: Lexicon) -> int:
    """Past a word marking a short form (``atau``) and the capitalised short form after
    it, up to the comma closing them (Ahmad Syarif Hidayat ``atau Gus Syarif``, …), when
    the name ends at token ``k``: the other name the person goes by, inside the
    appositive; ``k`` otherwise."""
    if not (k + 1 < len(toks) and (toks[k].lower,) in lex.markers_before_short_form
            and toks[k + 1].is_capitalized and toks[k + 1].sent == toks[k].sent):
        return k
    a = k + 1
    while a < len(toks) and a - k <= _MAX_SHORT_FORM_WORDS and toks[a].sent == toks[k].sent \
            and toks[a].is_word and toks[a].is_capitalized:
        a += 1
    return a if a < len(toks) and toks[a].text == "," else k


def _closes_an_appositive(toks: list[Token], k: int, sent: int, before_comma: Token) -> bool:
    """A comma after the name, or the sentence's end after a lowercase role (Ia didampingi
    pengacaranya, Rudi Hartono.): the name set off after its role. Capitals before the
    comma and a sentence's end after are a place and its town (… Kecamatan Cicadas, Cimahi.)."""
    if k < len(toks) and toks[k].text == ",":
        return True
    return (k >= len(toks) or toks[k].sent != sent or toks[k].text == ".") and not before_comma.is_capitalized


def _body_after_an_english_title(toks: list[Token], first: int, k: int, lex: Lexicon,
                                 run_on: bool = False) -> bool:
    """Whether the words from ``first`` to before ``k`` follow an English title's closing
    word (Chief Operating ``Officer``) and another person's name is set off after them
    (Chief Operating Officer Panenku, Ni Luh Ayu, …): the firm whose officer that person
    is, named as English titles name it, no person of its own. An Indonesian title keeps
    the name before the comma a person's (Manajer Nadia, Rina Kusuma: Nadia's manager).
    ``run_on``: also where the words run on into more capitalised ones (CEO Panenku
    Bagas Wicaksono, a caption's): the front of the holder's longer run, not a name."""
    if first <= 0 or k >= len(toks) or toks[first - 1].sent != toks[first].sent:
        return False
    before = toks[first - 1]
    if not (before.is_capitalized and before.lower in lex.head_final_titles):
        return False
    if run_on and toks[k].sent == before.sent and toks[k].is_word and toks[k].is_capitalized \
            and toks[k].lower not in lex.weekdays and toks[k].lower not in lex.months:
        return True
    # (CEO Budi Hartono, Andi Saputra, Citra Lestari, dan …: names of a list, the first the
    # CEO's; the holder set off after a firm goes on with the sentence.)
    return _other_person_set_off_after(toks, k, lex, reach=_MAX_NAME_WORDS_SET_OFF, no_list_after=True)


# The most words of a name set off after a firm (Ni Luh Ayu Kartika Dewi).
_MAX_NAME_WORDS_SET_OFF = 6


def _other_person_set_off_after(toks: list[Token], k: int, lex: Lexicon, reach: int = 4,
                                no_list_after: bool = False) -> bool:
    """Whether a name ending before token ``k`` is followed by another person's name set
    off by a comma, no list's (``Manajer Nadia, Rina Kusuma, mengatakan …``): the title
    before the first name and that name are the second person's role (Nadia's manager), as
    a kinship word's are (Istri Karyono, Sumarni); the first name is whose, and takes no
    role from them. The second name must be tagged a person's (not a town: Kepala Desa
    Sukamaju, Garut). ``no_list_after``: the comma after the second name must go on with
    the sentence (Ni Luh Ayu, menambahkan …; …, dalam keterangannya), not with another
    capitalised list item (CEO Budi Hartono, Andi Saputra, Citra Lestari, dan …)."""
    if k + 1 >= len(toks) or toks[k].text != "," or toks[k + 1].sent != toks[k].sent:
        return False
    sent, start = toks[k].sent, k + 1
    j = start
    while j < len(toks) and j - start < reach and toks[j].sent == sent and toks[j].is_word and toks[j].is_capitalized:
        j += 1
    run = toks[start:j]
    if not run or not any(t.ner.endswith("-PER") for t in run) or _is_role_head(run[0], lex) \
            or run[0].lower in lex.weekdays:
        return False
    if age_at(toks, j):
        j += 3  # Rina Kusuma (30),
    if j >= len(toks) or toks[j].sent != sent:
        return False
    nxt = toks[j + 1] if j + 1 < len(toks) and toks[j + 1].sent == sent else None
    if toks[j].text == ",":
        return nxt is not None and nxt.lower not in LIST_CONJUNCTIONS \
            and not (no_list_after and nxt.is_word and nxt.is_capitalized and nxt.lower not in lex.weekdays)
    return toks[j].is_word and not toks[j].is_capitalized and toks[j].lower not in LIST_CONJUNCTIONS


def _without_possessive(role: list[Token], lex: Lexicon) -> list[Token]:
    """``role`` with the possessive cut off its last word where the words are a role's
    (pengacaranya, kuasa hukumnya: whose lawyer is told elsewhere, not in the role)."""
    last = role[-1] if role else None
    if last is None or not last.lower.endswith(ENCLITIC) or last.lower in lex.role_trailing_fillers:
        return role
    head = role[0].lower if len(role) > 1 else without_enclitic(last.lower, 0)
    if not (head in lex.title_heads or head in lex.descriptive_role_heads):
        return role
    n = len(ENCLITIC)
    return role[:-1] + [replace(last, text=last.text[:-n], end=last.end - n)]


def _without_possessed_place(toks: list[Token], role: list[Token], lex: Lexicon) -> list[Token]:
    """``role`` without a place that closes it with a possessive (``penyuluh pertanian
    lapangan di desanya``: in the village of whoever the sentence is about, not the
    role's own words); a place named stays (``bidan di Desa Sukamaju``). (``di`` may be
    left out of ``role`` already, with the connectives.)"""
    last = role[-1] if len(role) > 2 else None
    if last is None or last.is_capitalized or not last.lower.endswith(ENCLITIC) \
            or last.lower in lex.role_trailing_fillers or toks[last.i - 1].lower != LOCATIVE:
        return role
    return role[:-2] if role[-2].i == last.i - 1 else role[:-1]


def _clause_start(toks: list[Token], k: int, sent: int) -> int:
    """The first token of the clause that runs up to token ``k`` in sentence ``sent``:
    back to the comma or dash before it, or the sentence's start."""
    start = k
    while start > 0 and toks[start - 1].sent == sent and toks[start - 1].text not in (",", "—"):
        start -= 1
    return start


def _bracketed_acronym_at(toks: list[Token], k: int, sent: int, name_goes_on: bool = False) -> bool:
    """Whether an acronym in brackets opens at token ``k`` in sentence ``sent``, closing the
    body's name: ``(IDI)``, not ``(IDI) Cabang Tasikmalaya``, whose name goes on after it;
    with ``name_goes_on``, one the name goes on after (``(BEM) UNBT``, ``(IDI) Cabang``)."""
    if not (acronym_in_brackets_at(toks, k) and toks[k + 2].sent == sent):
        return False
    return name_goes_on == (k + 3 < len(toks) and toks[k + 3].sent == sent and toks[k + 3].is_capitalized)


def _honorific_stop(toks: list[Token], k: int, lex: Lexicon) -> bool:
    """The full stop at ``k`` closes an honorific written short (dr., Prof.) and the name
    it addresses goes on after it: no sentence end."""
    return 0 < k < len(toks) - 1 and toks[k].text == "." and toks[k - 1].end == toks[k].start \
        and toks[k - 1].lower in lex.honorific_abbreviations and toks[k + 1].is_capitalized


def _rank_after_office(toks: list[Token], comma: int, lex: Lexicon) -> bool:
    """A rank right after the comma at ``comma``, with no name before it (Kepala Biro
    Humas Kementerian X, Brigjen TNI Y): the rank addresses the person the office
    before the comma describes, no second titled person of a list."""
    return comma > 0 and opens_a_rank(toks, comma + 1, lex) and not toks[comma - 1].ner.endswith("-PER")


def _role_glue(toks: list[Token], j: int, lex: Lexicon) -> bool:
    """Lowercase words and brackets that hold a role together between capitalised words:
    ``Kepala Badan Penanggulangan Bencana dan Perlindungan Masyarakat``,
    ``Ketua Komisi Pemilihan Umum (KPU) Sulut``."""
    # Anything from "(" to ")" of a short bracketed name: (KPU), (Menpan dan RB).
    for i in range(j, max(-1, j - 5), -1):
        if toks[i].text == "(":
            close = bracketed_name_end(toks, i, len(toks))
            if close is not None and close >= j:
                return True
            break
    nxt = toks[j + 1] if j + 1 < len(toks) else None
    if _in_a_unit_number(toks, j):
        return True
    if toks[j].lower in lex.office_links and nxt is not None and nxt.is_capitalized and j > 0 \
            and toks[j - 1].is_capitalized and toks[j - 1].lower not in lex.title_heads \
            and (nxt.lower in lex.title_heads or nxt.lower in lex.organization_heads):
        # Direktur Penyidikan pada Jaksa Agung Muda …: the office the title serves in; not a
        # title alone before pada (dikirim Gubernur pada Menteri X …: another person's).
        return True
    return toks[j].lower in lex.role_glue_words and nxt is not None and nxt.is_capitalized


def _in_a_unit_number(toks: list[Token], j: int) -> bool:
    """The number or the slash of a military unit's designation between its head and its
    name (Korem ``072/``Pamungkas, Kodam V``/``Brawijaya, Yonif ``712/``Wiratama): the
    role runs on over them to the office's head."""
    def number(t: Token) -> bool:
        return t.text.isdigit() or (t.text.isupper() and set(t.text) <= set("IVXL"))
    if toks[j].text == "/":
        return 0 < j < len(toks) - 1 and number(toks[j - 1]) and toks[j + 1].is_capitalized \
            and toks[j - 1].end == toks[j].start
    return toks[j].text.isdigit() and j < len(toks) - 1 and toks[j + 1].text == "/" and _in_a_unit_number(toks, j + 1)


_MAX_FRONTED_PLACE_NOUNS = 3  # Di kota pesisir utara Tarakan, …

# Before a capitalised word, these make it a place or a time, not a person.
LOCATIVE = "di"  # where someone or something is (not dari Stasiun X: whose unit it is)
PLACE_PREPOSITIONS = frozenset({LOCATIVE, "ke", "dari", "pada", "dalam", "kepada", "untuk", "bagi", AGENT_MARKER, "antara"})


def postnominal_role(doc: Document, comma_tok: int, lex: Lexicon) -> str | None:
    """The role in an appositive after a name, starting at the title after the comma at
    ``comma_tok``: ``, Kepala Ombudsman RI Perwakilan Jakarta Raya,``; ``, pakar
    epidemiologi Universitas Indonesia,``. None when no title word follows."""
    toks: list[Token] = doc.tokens
    k = comma_tok + 1
    # Andri, yang juga Kepala Dinas …: a relative appositive gives the role too.
    if k < len(toks) and toks[k].lower == "yang":
        k += 1
        while k < len(toks) and toks[k].lower in _RELATIVE_ROLE_ADVERBS:
            k += 1
    # Zulkifli, selaku Komisaris PT X, …: the capacity the person acts in names the role.
    elif k + 1 < len(toks) and toks[k].lower in lex.capacity_markers and toks[k + 1].is_capitalized:
        k += 1
    # Karyono (57), seorang pemulung di …: the determiner is no part of the role.
    k += lex.singular_determiner_length([t.lower for t in toks[k:k + 2]])
    if k >= len(toks) or toks[k].sent != toks[comma_tok].sent:
        return None
    head = toks[k]
    # Regional Head of Operations: modifiers before the title's head belong to the role.
    at_head = lex.title_head_after_modifiers([t.lower for t in toks[k:k + 3] if t.sent == head.sent])
    if at_head is None and toks[comma_tok + 1].lower != "yang" and age_before(toks, comma_tok, lex) \
            and _describes(head, lex):
        # After a name with an age (Karyono (57), pemulung di …; Karto, 72, penabuh kendang …)
        # any description is the role; not a relative clause (Sujinem (71), yang akrab disapa …).
        at_head = 0
    if at_head is None and not head.is_capitalized \
            and lex.phrase_opening([t.lower for t in toks[k:k + 3] if t.sent == head.sent], lex.body_roles) > 1:
        # X, rumah produksi film itu, …: what a body alone is, its role (not a noun of one
        # word, produsen, which tells what a body makes more often than it names a role)
        at_head = 0
    if at_head is None or (toks[k + at_head].lower in lex.honorifics
                           and not lex.compound_role_head_at([t.lower for t in toks[k + at_head:k + at_head + 3]])
                           and not _kinship_of_someone_described(toks, k + at_head, lex)):
        return None  # Budi, Ibu Sri, …: a form of address, not a role (but ibu rumah tangga is one)
    end = k + 1
    seen_capital = head.is_capitalized
    determiners = 0  # direktur sebuah lembaga survei nasional: "sebuah" is none of the head's words
    while end < len(toks) and end - k < 24 and toks[end].sent == head.sent:
        t = toks[end]
        if t.lower in lex.weekdays or t.lower in lex.months or lex.is_reporting_verb(t.text) \
                or lex.is_direct_cue(t.text):
            break
        if not t.is_capitalized and any(m[0] == t.lower for m in lex.markers_before_name_after_description):
            break  # ayah dari salah satu korban bernama Dedi: the name is the victim's, no part of the role
        if t.lower in lex.age_verbs:
            break  # winger berusia 20 tahun: how old the person is, no part of the role
        if t.is_capitalized:
            seen_capital = True
        elif _role_glue(toks, end, lex) or (seen_capital and _listed_field_comma(toks, end)):
            pass
        elif seen_capital and _place_goes_on(toks, k, end, lex):
            pass  # nelayan di Kecamatan Sedati, Kabupaten Sidoarjo, Jawa Timur: one place
        elif t.lower in lex.body_status_words and toks[end - 1].is_capitalized:
            pass  # guru di sebuah SD negeri di Kecamatan X: which kind of school, its name's
        elif t.is_word and not seen_capital and t.lower in lex.body_determiners:
            determiners += 1
        elif t.is_word and not seen_capital \
                and (n := lex.singular_determiner_length([x.lower for x in toks[end:end + 2]])):
            determiners += n  # paman dari salah satu siswa: whose, one of many
            end += n
            continue
        elif t.is_word and not seen_capital and end - k - determiners <= 3:
            pass  # pakar epidemiologi Fakultas ...: the head's own lowercase words
        else:
            break
        end += 1
    opener = next((x for x in reversed(toks[max(0, comma_tok - 6):comma_tok])
                   if x.text == "," or x.lower in lex.according_to), None)
    if opener is not None and opener.text == ",":
        # Menurut cucunya, Dimas (25), neneknya sempat …: the name set off after the
        # one Menurut opens is still the speaker's; what follows is what was said.
        before = next((x for x in reversed(toks[max(0, opener.i - 4):opener.i])
                       if x.text == "," or x.lower in lex.according_to or x.sent != opener.sent), None)
        if before is not None and before.lower in lex.according_to and before.sent == opener.sent:
            opener = before
    if opener is not None and opener.lower in lex.according_to and not (end < len(toks) and toks[end].text == ","):
        return None  # Menurut Budi, warga menolak …: what was said, not an appositive
    words = toks[k:end]
    # pengusaha muda yang juga content creator: a relative clause is not the role.
    cut = next((i for i, t in enumerate(words) if i > 0 and t.text == "yang"), None)
    if cut is not None:
        words = words[:cut]
    while words and (not words[-1].is_word or words[-1].lower in _FUNCTION_WORDS
                     or (len(words) > 2 and words[-1].lower in DEMONSTRATIVES)):
        # pedagang ayam hidup atau …, pelaku usaha mikro dengan …: not the role; so the
        # demonstrative of Casmini (48), pemilik warung itu, which points at the stall
        words = words[:-1]
    if not words:
        return None
    return doc.text[words[0].start:words[-1].end]


def _kinship_of_someone_described(toks: list[Token], k: int, lex: Lexicon) -> bool:
    """Whether the honorific at ``k`` is written in lowercase before a lowercase word
    (``ibu dari salah satu siswa``, ``ibu pasien``) or, a kinship noun, before a name
    (``Jumiati (45), ibu Dimas, …``: his mother): a kinship noun and whose relative is
    meant, a role after a comma; ``Ibu Sri`` addresses someone."""
    if toks[k].is_capitalized or k + 1 >= len(toks) or not toks[k + 1].is_word \
            or toks[k + 1].sent != toks[k].sent:
        return False
    return not toks[k + 1].is_capitalized or lex.is_relation_word(toks[k].lower)


def _place_goes_on(toks: list[Token], start: int, comma: int, lex: Lexicon) -> bool:
    """Whether the comma at ``comma``, in a role from ``start`` that names where the person
    is (``nelayan di Kecamatan Sedati``), goes on with the larger place that holds
    it (``, Kabupaten Sidoarjo``, ``, Jawa Timur``): a short run of capitalised words
    that opens with a word taking a place's name or that are all place words, no title
    and no person, closing at a comma or the sentence's end."""
    if toks[comma].text != "," or not toks[comma - 1].is_capitalized \
            or not any(t.lower in lex.place_openers for t in toks[start:comma]):
        return False
    run = []
    j = comma + 1
    while j < len(toks) and toks[j].sent == toks[comma].sent and toks[j].is_capitalized and len(run) <= 4:
        run.append(toks[j])
        j += 1
    if not 0 < len(run) <= 4 or any(_is_role_head(t, lex) or t.ner.endswith("-PER") for t in run):
        return False
    closes = j == len(toks) or toks[j].sent != toks[comma].sent or toks[j].text in (",", ".")
    return closes and (run[0].lower in lex.name_heads or all(lex.is_place_word(t.text) for t in run))



# Most words of a role given in a predicate, and of lowercase words after its head
# (kader posyandu, pengemudi ojek daring, buruh harian lepas).
_PREDICATE_ROLE_WORDS = 8
_PREDICATE_ROLE_FIELD_WORDS = 3
# A word closing with a particle or a clitic (maupun, ataupun, semuanya) ends the role.
_CLITICS = ("pun", "nya")


def predicate_role(doc: Document, start: int, lex: Lexicon) -> str | None:
    """The role a predicate gives from token ``start`` on, right after ``menjadi``,
    ``sehari-hari`` or ``sebagai`` (``kader posyandu`` of ``menjadi kader posyandu di desa
    itu``, ``Ketua RT 05`` of ``menjadi Ketua RT 05 sejak 2019``): a title's or a
    description's head after at most a singular determiner, its own lowercase words or
    a body's name after it; not a place, a time or a clause after it, and none where the
    head is what an event makes someone (``korban``), a kinship word or a word for a man or
    a woman."""
    toks: list[Token] = doc.tokens
    if start >= len(toks):
        return None
    sent = toks[start].sent
    k = start + lex.singular_determiner_length([t.lower for t in toks[start:start + 2]])
    words = [t.lower for t in toks[k:k + 3] if t.sent == sent]
    at = lex.title_head_after_modifiers(words)
    if at is None:
        return None
    compound = lex.compound_role_head_at(words[at:])
    head = words[at]
    if not compound and (head in lex.event_role_heads or head in lex.relation_heads or head in lex.person_nouns
                         or head in lex.honorifics):
        return None
    end = k + at + max(1, compound)
    seen_capital = any(t.is_capitalized for t in toks[k:end])
    field_words = 0
    while end < len(toks) and toks[end].sent == sent and end - k < _PREDICATE_ROLE_WORDS:
        t = toks[end]
        if t.lower in lex.weekdays or t.lower in lex.months:
            break
        if t.is_capitalized or (seen_capital and t.text.isdigit()):
            seen_capital = True  # Ketua RT 05, guru SD Negeri 3 Kupang
        elif seen_capital and _role_glue(toks, end, lex):
            pass
        elif not seen_capital and field_words < _PREDICATE_ROLE_FIELD_WORDS and _describes(t, lex) \
                and t.lower not in _FUNCTION_WORDS and t.lower not in DEMONSTRATIVES \
                and t.lower not in lex.predicate_role_adverbs and t.lower not in lex.role_time_words \
                and not t.lower.endswith(_CLITICS):
            field_words += 1  # kader posyandu; not … di desa itu, … sejak 2019, … ataupun, … semuanya
        else:
            break
        end += 1
    role = toks[k:end]
    while role and not role[-1].is_word:
        role = role[:-1]
    return doc.text[role[0].start:role[-1].end] if role else None


def _describes(tok: Token, lex: Lexicon) -> bool:
    """Whether a lowercase word after a name and a comma can open a description of the
    person (pemulung, lulusan tahun 2019), not what they do or say next (mengaku …,
    berharap …, hendak …, dituntut …) or an adverb (misalnya; kini ikut …, masih …: a
    predicate opens)."""
    low = tok.lower
    # The tagger's word class catches verbs without a prefix (datang mengantarkan …).
    return tok.is_word and not tok.is_capitalized and not looks_like_a_verb(tok) \
        and not low.startswith(("me", "ber", "ter")) and not has_passive_shape(tok, lex) \
        and not lex.is_reporting_verb(low) \
        and not lex.is_direct_cue(low) and low not in lex.subject_adverbs and low not in lex.leading_connectives \
        and low not in lex.deontic_modals and low not in lex.present_time_adverbs


# A comma or a dash sets off an appositive: Duta Besar Rusia, Georgy …; Ekonom Indef — Faisal —.
_APPOSITIVE_MARKS = frozenset({",", "—", "–"})
_FUNCTION_WORDS = PLACE_PREPOSITIONS | {"terhadap", "dengan", "yang", "dan", "atau", "serta", "sebagai"}
# Prepositions that, right before a name, end the phrase before it: no role ends in one.
_NO_ROLE_BEFORE = PLACE_PREPOSITIONS | {"terhadap", "dengan"}
# Indonesian verbs mostly start so (menyaksikan, berbicara, dikatakan, terpilih).
VERB_PREFIXES = ("me", "ber", "di", "ter")
_ACTIVE_VERB_PREFIXES = ("me", "ber")
_RELATIVE_ROLE_ADVERBS = frozenset({"juga", "kini", "adalah", "merupakan", "sekaligus", "menjabat", "sebagai"})


def _listed_field_comma(toks: list[Token], j: int) -> bool:
    """A comma between the listed fields of one title (Dinas Perindustrian``,``
    Perdagangan``,`` dan Koperasi): a capitalised word follows, and the list closes with
    ``, dan``/``, serta`` and a capitalised word within a few words."""
    if toks[j].text != "," or j + 2 >= len(toks):
        return False
    nxt = toks[j + 1]
    if nxt.lower in LIST_CONJUNCTIONS:
        return toks[j + 2].is_capitalized
    if not nxt.is_capitalized:
        return False
    for i in range(j + 2, min(j + 10, len(toks) - 2)):
        if toks[i].text == "," and toks[i + 1].lower in LIST_CONJUNCTIONS and toks[i + 2].is_capitalized:
            return True
        if not (toks[i].is_capitalized or toks[i].text == ","):
            return False
    return False


def _after_a_capitalised_word(toks: list[Token], k: int) -> bool:
    """Whether a capitalised word of the same sentence stands right before token ``k``."""
    return k > 0 and toks[k - 1].sent == toks[k].sent and toks[k - 1].is_word and toks[k - 1].is_capitalized


def _field_after_head(toks: list[Token], k: int, lex: Lexicon) -> bool:
    """A lowercase word naming a role's field right after its head: Pemerhati ``gawai``,
    pengamat ``terorisme``, peneliti ``senior``."""
    if k == 0 or not toks[k].is_word or lex.is_speech_verb(toks[k].text) or has_passive_shape(toks[k], lex):
        return False  # polisi menyatakan artis X: the verb ends the role before it; so does
        # a passive one (perwakilan warga diterima Kepala Dinas X, Nama: the head's role)
    if _is_role_head(toks[k - 1], lex):
        return True
    # Two or three words after a title: Ketua ``tim kampanye`` X, Dosen ``hukum tata
    # negara`` … (not saksi mata ``menyaksikan``), not counting a determiner of the body:
    # Direktur sebuah ``lembaga survei`` X.
    if toks[k].lower.startswith(VERB_PREFIXES):
        return False
    for back in range(2, _MAX_TITLE_FIELD_WORDS + 1):
        title = k - back
        if title >= 1 and toks[title].lower in lex.body_determiners:
            title -= 1
        if title < 0 or not all(toks[j].is_word and not toks[j].is_capitalized
                                and toks[j].lower not in _FUNCTION_WORDS  # warga terhadap keluarga X: no field
                                and (j == k - 1 or not toks[j].lower.startswith(VERB_PREFIXES))
                                for j in range(k - back + 1, k)):
            return False
        if toks[title].lower in lex.title_heads:
            return True
    return False


_MAX_TITLE_FIELD_WORDS = 3  # Dosen hukum tata negara: a title's lowercase field words


def _is_role_head(tok: Token, lex: Lexicon) -> bool:
    return tok.lower in lex.title_heads or tok.lower in lex.descriptive_role_heads


def _opens_a_clause(toks: list[Token], head: int) -> bool:
    """Whether the word at ``head`` starts its sentence or a clause set off by a comma
    (Namun, saksi kedua, …), not one that runs on from a list (… dan anak muda, Aziz)."""
    return head == 0 or toks[head - 1].sent != toks[head].sent or toks[head - 1].text == ","


def _ends_a_clause_before_subject(toks: list[Token], comma: int, lex: Lexicon) -> bool:
    """Whether the comma at ``comma`` ends an adjunct before the sentence's subject rather
    than setting a name off after a role: a date before it (… Herman, Senin (10/11),
    Rahmat …), or a person the tagger names before it and a name after it that runs on
    into its clause (Dalam rapat dengan Sekjen Kemensos Herman Suryadi, Rahmat
    menegaskan …). A name set off by commas stays the appositive of a role that ends in
    another person (kuasa hukum Rajiun, Syarifudin, mengatakan; Istri Karyono, Sumarni
    (52), …)."""
    k = comma - 1
    if toks[k].text == ")":
        opening = next((j for j in range(k - 1, max(-1, k - 8), -1) if toks[j].text == "("), None)
        if opening is not None and opening > 0 and toks[opening - 1].lower in lex.weekdays:
            return True
    if fronted_object_before(toks, comma, lex) is not None:
        # Bagi warga, Sulastri mengatakan …; Kepada istrinya, Darmo mengaku …: the words
        # before the comma are a fronted preposition's object, no role of the subject's;
        # not Kepada kepala desa, Darmo, warga mengadu …, where the name is set off as theirs.
        return _name_runs_on(toks, comma, lex)
    if toks[k].text == ")" or not toks[k].ner.endswith("-PER"):
        return False
    return _name_runs_on(toks, comma, lex)


def _name_runs_on(toks: list[Token], comma: int, lex: Lexicon) -> bool:
    """Whether the name after the comma at ``comma`` (maybe after an honorific, with an
    age in brackets after it) runs on into its clause rather than closing with a comma."""
    end = comma + 1
    while end < len(toks) and end - comma <= 5 and toks[end].sent == toks[comma].sent \
            and (toks[end].is_capitalized or is_honorific(toks[end], lex)):
        end += 1  # the name, maybe after an honorific (…, dr Hartono Budi, …)
    if age_at(toks, end):
        end += 3
    return end < len(toks) and toks[end].sent == toks[comma].sent and toks[end].is_word


# The most words a role before a name runs back over; more once it has passed a comma
# listing the fields of one title (Kepala Eksekutif Pengawas Lembaga Pembiayaan, Perusahaan
# Modal Ventura, …, dan Lembaga Jasa Keuangan Lainnya OJK, Nama).
_PRENOMINAL_ROLE_REACH = 14
_PRENOMINAL_LISTED_ROLE_REACH = 24


def _name_marker_closing(words: list[Token], lex: Lexicon) -> int | None:
    """Where a marker that gives a name (``nama asli``, ``pemilik nama asli``, ``akrab
    disapa``) starts, if one closes ``words``; the longest one."""
    low = [t.lower for t in words]
    markers = lex.markers_before_real_name | lex.markers_before_nickname
    return min((len(low) - len(m) for m in markers if len(m) <= len(low) and tuple(low[len(low) - len(m):]) == m),
               default=None)


def prenominal_role(doc: Document, name_tok: int, lex: Lexicon) -> str | None:
    """The role written before a name: ``Menteri Luar Negeri Korea Selatan`` Cho Tae-yul,
    ``Duta Besar Rusia,`` Georgy Zinoviev, ``politisi Partai Hanura`` X."""
    span = _prenominal_role_span(doc, name_tok, lex)
    if span is None:
        return None
    start, end, cut = span
    if cut is not None:  # the words of the role on either side of what it leaves out
        return doc.text[start:cut[0]] + " " + doc.text[cut[1]:end]
    return doc.text[start:end]


def _inside_a_fronted_place(doc: Document, k: int, lex: Lexicon) -> bool:
    """Whether the title word at ``k`` is inside the capitalised name of a place that its
    sentence opens with after a preposition saying where (``Di Bandara Internasional Ibu
    Kota Medan``, Rina (29), …; ``Dari Kantor Gubernur Jawa Barat``, …): the comma
    closes that adjunct, and the name after it is the subject, no holder of a title
    inside the place's name."""
    toks = doc.tokens
    p = k - 1
    while p >= 0 and toks[p].sent == toks[k].sent and toks[p].is_word and toks[p].is_capitalized \
            and toks[p].lower not in lex.where_prepositions:
        p -= 1
    return 0 <= p < k - 1 and toks[p].sent == toks[k].sent and toks[p].lower in lex.where_prepositions \
        and opens_sentence(doc, toks[p])


def _past_short_name_closing(toks: list[Token], k: int, name_tok: int) -> int:
    """On from ``k``, the first of the honorifics the walk back from a name stepped over,
    past those closing a body's short name the article gives in brackets (Kepala BP Haji
    KH Nama: ``short_name_in_brackets_ending``); ``k`` where none does."""
    for m in range(name_tok, k, -1):
        if k > 0 and toks[k].sent == toks[m - 1].sent and m - short_name_in_brackets_ending(toks, m) < k:
            return m
    return k


def _conferred_honorific_ending(toks: list[Token], k: int, sent: int, lex: Lexicon) -> int:
    """How many words a conferred honorific of more than one word, written capitalised in
    sentence ``sent``, runs ending right before ``toks[k]`` (Tuan Guru, Tan Sri); 0 if none."""
    return max((len(c) for c in lex.conferred_honorifics if len(c) > 1 and k - len(c) >= 0
                and tuple(t.lower for t in toks[k - len(c):k]) == c
                and all(t.is_capitalized and t.sent == sent for t in toks[k - len(c):k])), default=0)


def _prenominal_role_span(doc: Document, name_tok: int,
                          lex: Lexicon) -> tuple[int, int, tuple[int, int] | None] | None:
    """Where ``prenominal_role`` stands in the text: its start and end offsets, and the
    offsets of what inside them is no part of it (``lainnya,`` of Anggota Komisi IV
    lainnya, dari Fraksi …), or None."""
    toks: list[Token] = doc.tokens
    sent = toks[name_tok].sent
    # A leading initial or an honorific belongs to how the person is named, not to the
    # role: Gubernur Bali I Wayan Koster, ahli perbankan Prof Natsir, Kepala Dinas Kesehatan
    # dr Debie (a physician's "dr" is written in lowercase).
    while True:
        k = back_over_honorifics(toks, name_tok, lex)  # Prof. Dr. Syamsul, dr Debie
        k = _past_short_name_closing(toks, k, name_tok)  # Kepala BP Haji KH …: Haji closes BP Haji
        if k > 1 and toks[k - 2].sent == sent and compound_name_prefix_at(toks, k - 2, lex) == 2:
            k -= 2  # Wakil Bupati X Anak Agung Gde …: the title of two words opens the name
        elif k > 0 and toks[k - 1].sent == sent and toks[k - 1].is_capitalized \
                and (initial_opens_name(toks, k - 1, lex) or toks[k - 1].lower in lex.name_prefixes
                     or (toks[k - 1].lower in lex.forms_of_address and k > 1 and toks[k - 2].text in _APPOSITIVE_MARKS)):
            k -= 1  # (warga Oelbiteno, Mama Yuliana: the form of address set off after the role is no part of it)
        else:
            # Tuan Guru Bajang …: a conferred honorific of several words, taken whole, so
            # its last word (guru) heads no role of its own.
            k -= _conferred_honorific_ending(toks, k, sent, lex)
        if k == name_tok:
            break
        name_tok = k
    if name_tok > 0 and toks[name_tok - 1].sent == sent and toks[name_tok - 1].lower in _NO_ROLE_BEFORE:
        return None  # dijanjikan kedua pengusaha kepada SHR: the words before kepada are no role of SHR's
    if name_tok > 1 and toks[name_tok - 1].sent == sent and toks[name_tok - 1].lower in lex.initials_introducers \
            and toks[name_tok].text.isupper():
        name_tok -= 1  # Bupati Lembah Seulawah berinisial SHR: the role ends before the marker
    k = name_tok - 1
    first_title = None
    words_back = 0
    skipped: set[int] = set()  # lainnya and its comma, inside the role
    # The reach counts words, not the commas and brackets of a listed title (Kepala Badan
    # Standar, Kurikulum, dan Asesmen Pendidikan (BSKAP) Kementerian …, Nama).
    listed = False  # a comma inside the role, between two of its capitalised words
    # Nor does it count the short form of a name given in brackets (… Sandang dan Kulit
    # (SP TSK) PT …): it repeats the words before it.
    short_form: set[int] = set()
    while k >= 0 and toks[k].sent == sent \
            and words_back < (_PRENOMINAL_LISTED_ROLE_REACH if listed else _PRENOMINAL_ROLE_REACH):
        t = toks[k]
        if t.text == ")":
            opening = next((j for j in range(k - 1, max(-1, k - 5), -1) if toks[j].text == "("), None)
            if opening is not None and bracketed_name_end(toks, opening, len(toks)) == k:
                short_form.update(range(opening, k))
        words_back += t.is_word and k not in short_form
        compound = next((j for j in range(k - 1, max(-1, k - 3), -1)
                         if lex.compound_role_head_at([x.lower for x in toks[j:k + 1]]) == k + 1 - j), None)
        if t.lower == AGENT_MARKER and first_title is not None:
            break  # disampaikan kepada wartawan oleh Ketua DPRD X, Y: the agent's role opens after oleh
        if compound is not None and toks[compound].sent == sent:
            first_title = k = compound  # Orang tua siswa, Dewi: the pair is the head
        elif (t.lower in lex.title_heads or t.lower in lex.abbreviated_titles
              or (t.lower in lex.descriptive_role_heads
                  and (t.is_capitalized or k + 1 < name_tok or not _after_a_capitalised_word(toks, k)))) \
                and not (k > 0 and inside_a_firm_name(toks, k - 1, lex)):
            # … penyumbang emas, perenang Putri (19), …: a description's head alone right
            # before the name is its role too (a kinship word is not: Ayah Ika, below);
            # not after a capitalised word, a sub-heading's (Kepadatan penumpang Anne …);
            # nor Rekan closing a firm's name (Lubis, Santosa & Rekan).
            first_title = k
        elif t.text == "," and first_title == k + 1 and not _rank_after_office(toks, k, lex):
            break  # a list of titled people: Gubernur Banten A, Bupati Tangerang B
        elif t.lower in LIST_CONJUNCTIONS and first_title == k + 1:
            break  # Gubernur Sumbar Irwan Prayitno dan Gubernur Bali I Wayan Koster
        elif t.text in _APPOSITIVE_MARKS and k - 1 >= 0 and not _ends_a_clause_before_subject(toks, k, lex) and (
                toks[k - 1].is_capitalized or toks[k - 1].text == ")"
                or (first_title is None and toks[k - 1].lower in lex.descriptive_role_heads)):
            # an appositive or a role with commas or dashes: Kepala Dusun X, Kelurahan Y, Nama;
            # Ekonom Indef — Faisal Basri —; Salah satu korban, Rudi
            listed = listed or (t.text == "," and k + 1 < name_tok - 1 and toks[k + 1].is_capitalized)
        elif _other_one_before_mark(toks, k, lex):
            # Anggota Komisi IV lainnya, dari Fraksi …, Nama: "the other member", and the
            # role runs on over the word and its comma, which are no part of it.
            skipped.update((k - 1, k))
            k -= 1
            words_back += 1
        elif t.text in _APPOSITIVE_MARKS and first_title is None and _field_after_head(toks, k - 1, lex) \
                and _opens_a_clause(toks, k - 2 if _is_role_head(toks[k - 2], lex) else k - 3):
            pass  # Namun, saksi kedua, Yoga: a described role that opens the clause
            # (not … di anak sekolah — Rustono, whose words only run on into the name)
        elif not (t.is_capitalized or _role_glue(toks, k, lex) or _field_after_head(toks, k, lex)):
            break
        k -= 1
    if first_title is None:
        return None
    party = _case_party_before_victim(toks, k, lex)
    if party is not None:
        # Terdakwa kasus penganiayaan terhadap mahasiswa X (UI), Nama: the role found after
        # terhadap is the victim's; the named one is the case party before it.
        return toks[party[0]].start, toks[party[1]].end, None
    field = head_final_title_start(toks, first_title, lex)
    if k < field < first_title:
        # Kemudian, Sustainability Director Sari Segar, Nama: an English title's field
        # before its head is the title's, where it opens the clause.
        first_title = field
    before_title = toks[first_title - 1] if first_title > 0 and toks[first_title - 1].sent == sent else None
    if before_title is not None and not toks[first_title].is_capitalized \
            and (before_title.lower in lex.held_events or _a_count(before_title, lex)):
        # Rapat perdana panitia …: the word tells of the event, heads no role; ada 12
        # agen Sinar Jaya: many who are that to the name after them (its agents).
        return None
    # Pemilik toko emas yang menjadi korban, Haryanto; Kuasa hukum dari kantor advokat …:
    # the head found is inside a relative clause or a phrase linked to a role before it;
    # the role runs back over the link to that one's head.
    opening = _role_link_opening(toks, k, first_title, lex)
    outer = _prenominal_role_span(doc, opening, lex) if opening is not None else None
    if outer is not None and outer[1] != toks[opening - 1].end:
        outer = None  # (Warga lain seperti … yang …: no role runs on into the clause)
    if lex.is_noun_before_title(toks[first_title].text, toks[first_title + 1].text):
        first_title += 1  # Beban pengusaha Wakil Gubernur Bali: a sub-heading's noun, not the role
    elif lex.is_led_by_before_title(toks[first_title].text, toks[first_title + 1].text):
        first_title += 1  # Partai X pimpinan Kanselir Jerman Y: led by Y, whose role is the title
    words = toks[first_title:name_tok]
    if words[0].lower in lex.relation_heads and not any(w.text in _APPOSITIVE_MARKS for w in words):
        return None  # Ayah Ika: Ika's father, not a role of Ika's
    while len(words) > 1 and (words[-1].text in _APPOSITIVE_MARKS or words[-1].lower in lex.role_trailing_fillers
                              or words[-1].lower in DEMONSTRATIVES):
        words = words[:-1]  # Warga lain seperti Rudianta: the role is "Warga"; so in Peneliti itu, Fadhli
    marker = _name_marker_closing(words, lex)
    if marker is not None:
        # Pria bernama asli X, Pemilik nama asli X: the marker giving a name is no part of
        # the role, nor the owner of the name one.
        words = words[:marker - 1] if marker and words[marker - 1].lower == "yang" else words[:marker]
    if not words or outer is None and len(words) == 1 and words[0].lower in lex.qualifier_title_heads:
        return None  # (Pengepul barang bekas, Nama: used goods; bekas heads a role only before a title)
    if outer is None and any(w.text in _APPOSITIVE_MARKS for w in toks[first_title:name_tok]) \
            and _inside_a_fronted_place(doc, words[0].i, lex):
        return None  # Di Bandara Internasional Ibu Kota Medan, Rina (29), …: a place, no role
    start = words[0].start if outer is None else outer[0]
    cuts = sorted(t.i for t in words if t.i in skipped and t.i > first_title)
    if cuts and cuts[-1] < words[-1].i:
        # Anggota Komisi IV lainnya, dari Fraksi … → Anggota Komisi IV dari Fraksi …
        return start, words[-1].end, (toks[cuts[0] - 1].end, toks[cuts[-1] + 1].start)
    return start, words[-1].end, None


# The most lowercase words of a case between a party's head and terhadap (kasus
# penganiayaan berujung maut terhadap …).
_CASE_WORDS_REACH = 6


def _case_party_before_victim(toks: list[Token], k: int, lex: Lexicon) -> tuple[int, int] | None:
    """Where the case party's role stands (first and last token) when the walk back from
    a name stopped at ``k`` on a victim preposition (``terhadap``) after a case party's
    head and the lowercase words of its case (``Terdakwa`` kasus penganiayaan terhadap …;
    ``Kuasa hukum terdakwa`` kasus … terhadap …); None otherwise."""
    if k <= 0 or toks[k].lower not in lex.victim_prepositions:
        return None
    sent = toks[k].sent
    for e in range(k - 1, max(-1, k - 2 - _CASE_WORDS_REACH), -1):
        t = toks[e]
        if t.sent != sent or not t.is_word:
            return None
        if t.lower in lex.event_role_heads and e < k - 1:
            # Kuasa hukum terdakwa: whose representative, the title before the party's head
            first = e
            for j in (e - 2, e - 1):
                words = [x.lower for x in toks[max(0, j):e] if x.sent == sent and x.is_word]
                if j >= 0 and len(words) == e - j and (words[0] in lex.title_heads or " ".join(words) in lex.title_heads
                                                       or lex.compound_role_head_at(words) == e - j):
                    first = j
                    break
            # The party's role opens its clause (Terdakwa kasus …, Nama); not a verb's
            # object (Polisi menetapkan tersangka penganiayaan terhadap wartawan, Nama),
            # where the role found after terhadap is the named one's.
            return (first, e) if opens_a_clause_before(toks, first, lex) else None
        if t.is_capitalized:
            return None
    return None


def _a_count(tok: Token, lex: Lexicon) -> bool:
    """``16``, ``tiga``: a number of people, before a lowercase role noun (16 agen X);
    not one (salah satu korban, Rudi)."""
    return (int(tok.text) if tok.text.isascii() and tok.text.isdigit() else lex.count_words.get(tok.lower, 0)) > 1


def _other_one_before_mark(toks: list[Token], k: int, lex: Lexicon) -> bool:
    """Whether the comma at ``k`` follows ``lain``/``lainnya`` that closes a capitalised
    role (Anggota Komisi IV ``lainnya``, dari Fraksi …): the other holder of that role,
    the comma setting off more of it."""
    return toks[k].text == "," and k >= 2 and toks[k - 1].lower in lex.other_holder_words \
        and toks[k - 2].is_capitalized and toks[k - 2].sent == toks[k].sent



# The most lowercase words between a role link (yang, dari) and the head found after it.
_ROLE_LINK_REACH = 3


def _role_link_opening(toks: list[Token], k: int, head: int, lex: Lexicon) -> int | None:
    """Where the relative clause or the linked phrase holding the role head at ``head``
    opens (its ``yang``, ``dari``), when the walk back from the name stopped at ``k``
    inside it (yang ``menjadi`` korban, yang juga ``menjadi`` korban, dari ``kantor``
    advokat): only lowercase words between; None otherwise."""
    sent = toks[head].sent
    for y in range(k, max(-1, k - _ROLE_LINK_REACH), -1):
        if y <= 0 or toks[y].sent != sent:
            return None
        if toks[y].lower in lex.role_links:
            between = toks[y + 1:head]
            if toks[y].lower == "yang" and (toks[head].is_capitalized
                                            or all(t.lower in _RELATIVE_ROLE_ADVERBS for t in between)):
                return None  # Kepala BNPB yang juga Ketua Satgas X: a second office, his own role
            if between and len(between) <= _ROLE_LINK_REACH \
                    and all(t.is_word and not t.is_capitalized for t in between):
                return y
            return None
        if not toks[y].is_word or toks[y].is_capitalized:
            return None
    return None
