"""Language resources (cue verbs, titles, quote marks, calendar, boilerplate), keyed by
language and loaded once from ``lexicons/<lang>/*.json``.

Keeping them as data lets a linguist extend a list without touching the rules.
"""
from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass
from enum import Enum
from functools import cache, cached_property
from importlib import resources


def _without_accents(word: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", word) if not unicodedata.combining(c))


_MIN_ABSTRACT_NOUN_LENGTH = 8  # shorter ke-…-an words are names as often (Kenan)


class Gender(Enum):
    """What a word or a form of address says of a person: a woman or a man."""
    FEMALE = "f"
    MALE = "m"


@dataclass(frozen=True)
class Lexicon:
    language: str
    direct_cue_verbs: frozenset[str]
    closing_mark_cue_verbs: frozenset[str]  # ”…?” cecar Bayu: a cue only right after the mark
    reporting_verbs: frozenset[str]
    directive_verbs: frozenset[str]
    noun_content_only_verbs: frozenset[str]
    speech_phrases: frozenset[tuple[str, ...]]  # memberi sinyal (bahwa …): a verb and its noun
    addressee_directive_verbs: frozenset[str]  # mendorong (pemerintah memperbanyak …): urges only someone
    sentencing_demand_verbs: frozenset[str]  # (Jaksa) menuntut (Irwan membayar …): a step of a trial
    prosecutor_words: frozenset[str]  # jaksa, JPU: whose menuntut is a sentencing demand
    excuse_verbs: frozenset[str]  # berdalih: a noun, a purpose, or a clause with its subject
    confirmation_verbs: frozenset[str]  # membenarkan (telah menerima …): also a predicate with no subject
    reveal_verbs: frozenset[str]  # mengungkap: a thing uncovered, or a subject and then a marked predicate
    threat_verbs: frozenset[str]  # mengancam: a thing, or a subject and then akan …
    narrative_verbs: frozenset[str]  # menceritakan: a thing told, or a subject and then its predicate
    so_far_adverbs: tuple[tuple[str, ...], ...]  # (respons yang diterima) sejauh ini (positif): the predicate follows
    happening_verbs: frozenset[str]  # terbalik, terbakar: what befell the subject, before a clause of time or cause
    existential_words: frozenset[str]  # (membenarkan) ada (tiga tanggul jebol): a clause with no subject
    record_keeping_verbs: frozenset[str]  # mencatat: a figure (no statement) or a clause
    record_subjects: frozenset[str]  # Data (KBRI mencatat …), (Badan Pusat) Statistik: a record, no statement
    measurement_words: frozenset[str]  # (BPS mencatat inflasi) naik, persen: a measurement, no statement
    joined_statement_verbs: frozenset[str]  # (… dan) menyatakan (…): the speaker's second statement
    counter_claim_verbs: frozenset[str]  # membantah … (dan) menyebut …: the claim set against the denied one
    naming_objects: frozenset[str]  # (membantah … dan menyebut) nama (tiga pejabat): naming, no second statement
    thing_or_clause_verbs: frozenset[str]  # mengusulkan (penambahan modal | pemerintah menaikkan …)
    medium_object_verbs: frozenset[str]  # menyampaikan (rasa bangganya melalui unggahan …): a thing, and where
    conveyed_nouns: frozenset[str]  # aspirasi (menyampaikan aspirasi dalam rapat …): a thing conveyed
    medium_links: frozenset[str]  # (rasa bangganya) melalui (unggahan …): before where a thing was posted
    medium_owner_words: frozenset[str]  # (akun Instagram) resmi, pribadi: whose medium it is, ending its phrase
    complaint_verbs: frozenset[str]  # melaporkan (X ke Polda): filing a complaint, nothing said
    complaint_authorities: frozenset[str]  # (ke) Polda, polisi, KPK: where a complaint is filed
    gaze_verbs: frozenset[str]  # memandang: looking, when a direction follows
    gaze_directions: frozenset[str]  # (memandang) ke (arah sungai): where one looks, nothing said
    place_prepositions: frozenset[str]  # (menimpali) dari (balik pintu): where one spoke, nothing said
    movement_verbs: frozenset[str]  # (meminta warga) pulang (ke rumah): what one is urged to do
    procedural_request_nouns: frozenset[str]  # (meminta) persetujuan, izin, restu: a step asked for, no speech
    guarantee_verbs: frozenset[str]  # menjamin tidak ada …: a clause may open with its predicate
    predicate_markers: frozenset[str]  # (… orang) telah (mengungsi): a clause's predicate follows
    judgement_nouns: frozenset[str]  # menurut hitungan(nya): the speaker's reckoning
    adjunct_openers: frozenset[str]  # Saat (ini), menurut X, …: an adjunct, not the clause's subject
    title_introducers: frozenset[str]  # bertajuk (”…”): a title follows, not speech
    self_naming_phrases: frozenset[str]  # (kelompok yang) menamakan diri (”…”): a name follows, not speech
    agentless_passives: frozenset[str]
    passive_cues: frozenset[str]  # X, diyakini Eka, Y: the speaker follows the verb
    raised_subject_passives: frozenset[str]  # (Dalam dakwaan,) terdakwa disebut menghimpun …
    di_nouns: frozenset[str]  # diskusi, direksi: nouns, not the passive prefix
    judging_passives: frozenset[str]  # X dinilai pengamat Budi sudah tepat: the judge, then the predicate
    eliciting_passives: frozenset[str]  # (Kepala sekolah itu) ditanya, dihubungi: asked for their words
    life_nouns: frozenset[tuple[str, ...]]  # (mengubah) hidup, nasib (Darmo): the person's own lot
    according_to: frozenset[str]  # menurut (Budi, …): the speaker named after it
    legal_instruments: frozenset[str]  # undang-undang, pasal: a rule after menurut, no speaker
    legal_instrument_short_forms: frozenset[str]  # UU, KUHP: as legal_instruments, matched as written
    according_to_self: frozenset[str]  # menurutnya: the speaker its -nya
    closing_adverbs: frozenset[str]  # (…,) demikian (kata Aulia): closes what was said before a cue
    full_closing_adverbs: frozenset[str]  # demikian (disampaikan X; Aulia.): closes it with a passive or reporting verb too, or a name alone
    announcing_occasion_words: frozenset[str]  # (Dalam konferensi) pers (itu, ditegaskan …): the body's
    closing_clitic_cues: frozenset[str]  # ”…,” singkatnya.: a cue only right after the closing mark
    complementizers: frozenset[str]
    subject_adverbs: frozenset[str]
    present_time_adverbs: frozenset[str]  # (Warni (49),) kini (ikut …): a predicate opens, no role
    negators: frozenset[str]  # (Usnia) tidak menjawab …: the speech act did not happen
    denial_verbs: frozenset[str]  # tidak menampik …: a denied denial asserts
    negation_cancellers: frozenset[str]  # tidak hanya menegaskan: "not only", still a statement
    deontic_modals: frozenset[str]  # (Pemerintah) harus memastikan …: an obligation, not a statement
    verb_subordinators: frozenset[str]  # dalam menyampaikan …, Yurianto: the verb is an adjunct's
    speaker_np_stop_words: frozenset[str]
    leading_connectives: frozenset[str]
    name_like_connectives: frozenset[str]  # Beruntung (, warga …): a connective; Beruntung Siregar: a name
    object_prepositions: frozenset[str]  # (bantuan) kepada (Ratna): the name after them an object
    fronted_object_prepositions: frozenset[str]  # Kepada wartawan, (X mengatakan): to whom, no role of X's
    together_words: frozenset[str]  # (Jatam) bersama (Kiara mendesak …): bodies speaking together
    together_links: frozenset[str]  # (bersama) dengan: still the list of those speaking together
    addressee_prepositions: frozenset[str]  # disampaikan kepada (X): to whom, X no agent of the passive
    recipient_prepositions: frozenset[str]  # bantuan bagi (warga): whom a thing is for, the noun no predicate
    voiced_statement_heads: frozenset[str]  # (Hal, Pernyataan) itu disampaikan X: a statement X voiced
    voicing_verbs: frozenset[str]  # X (menyampaikan) peringatan itu: X voiced what was told before
    person_pronouns: frozenset[str]
    subject_pronouns: frozenset[str]  # ia, dia, beliau: a clause's subject, not a cue's clitic
    return_phrases: frozenset[tuple[str, ...]]  # Kembali ke (Nadia).: the text turns back to them
    meeting_verbs: frozenset[str]  # (Kompas) menemui (Casmadi): the press met them
    press_subjects: frozenset[tuple[str, ...]]  # wartawan, Kompas, BBC News Indonesia: the press
    clause_subject_pronouns: frozenset[str]  # (membantah) pihaknya (lamban): a short clause's subject
    topic_openers: frozenset[str]  # (bercerita) soal …: a topic, not what was said
    non_clause_openers: frozenset[str]  # (mendesak) dengan …, oleh …, soal …: an adjunct after a directive
    adjunct_prepositions: frozenset[str]  # (mengatakan) dalam rapat …: where or when, not the words
    non_predicate_words: frozenset[str]  # (menyebut mereka) lagi: an adverb after the pronoun, no predicate
    pair_words: frozenset[str]  # kedua (pemimpin): the two people just listed
    pair_pronouns: frozenset[str]  # keduanya: the two people or bodies just listed
    pair_place_nouns: frozenset[str]  # (kedua) negara: the two countries just listed
    pair_noun_fillers: frozenset[str]  # kedua (belah) pihak
    collective_body_nouns: frozenset[str]  # (lima / kelima) organisasi: that many bodies listed near
    definite_count_prefix: str  # ke(lima): all of the group told of
    intransitive_verb_prefix: str  # ber(temu): a verb ending para's title phrase
    members_people_nouns: frozenset[str]  # para warga / karyawan: the people speak, no body
    naming_links: frozenset[str]  # (Pria itu) adalah (Rizal): the name of one described before
    topic_prepositions: frozenset[str]  # Bagi (Hendra), …: the person the sentence is about
    presentative_verbs: frozenset[str]  # tampak (Suwarni (61)): brings someone into the scene
    recording_nouns: frozenset[str]  # rekaman, video: a presentative verb after them tells what it shows
    clause_conjunctions: frozenset[str]  # (… masih ada) mengingat (sebagian masyarakat menilai …)
    clause_openers: frozenset[str]  # Namun (ia …), Adapun (Ketua …), Menurut (dia)
    subordinate_clause_openers: frozenset[str]  # Ketika (Baso datang), …: a clause before the main one
    adjunct_lead_ins: frozenset[tuple[str, ...]]  # Tak lama (setelah …, X …): before a fronted adjunct's opener
    backdrop_clause_openers: frozenset[str]  # ketika (pemerintah mengumumkan …), …: the scene, no statement
    plural_pronouns: frozenset[str]
    institutional_pronouns: frozenset[str]
    speaker_self_subjects: frozenset[str]  # (mengklaim) pihaknya (…): the speaker as the clause's subject
    self_side_charge_verbs: frozenset[str]  # (pihaknya … dan) menuding: the speaker's second statement
    title_heads: frozenset[str]
    abbreviated_titles: dict[str, str]
    abbreviated_bodies: dict[str, str]  # ditjen: Direktorat Jenderal
    office_bodies: dict[tuple[str, ...], str]  # (menteri,): Kementerian; the body an office heads
    honorifics: frozenset[str]
    name_particles: frozenset[str]  # Mohamad bin Haji Hasan: lowercase words inside a name
    hyphen_name_particles: frozenset[str]  # Khalid Al-Hajri: a hyphen within one name
    name_abbreviations: frozenset[str]  # Moch. Arif: a given name cut short with a full stop
    inner_name_abbreviations: frozenset[str]  # (Samsul) Hi. (Ahmad): cut short inside a name
    title_abbreviations: frozenset[str]  # Plt. (Kepala Dinas …): a title cut short before the title or a name
    honorific_abbreviations: frozenset[str]  # Drs. H. Sutrisno: honorifics cut short
    academic_degrees: frozenset[str]  # Satria Budi, M.Si.: "msi", no name and no role
    name_prefixes: frozenset[str]  # Lalu (Kusnawan), Teuku (Riefky): part of the name, not the role
    compound_name_prefixes: frozenset[tuple[str, ...]]  # Anak Agung, Ida Bagus: two words opening a name as one
    names_after_initial: frozenset[str]  # (I) Wayan, (I) Ketut: Balinese names the initial I opens
    lettered_body_heads: frozenset[str]  # Komisi (B), Pansus (A): the letter after one is the body's
    field_body_heads: frozenset[str]  # Dinas (Pangan), Badan (Kepegawaian): the word after one is the field
    field_words: frozenset[str]  # (Dinas Ketahanan) Pangan: a body's field, no name, after a field_body_heads word
    given_names_like_common_words: frozenset[str]  # Hari, Indah: given names that are common words too
    name_words_like_titles: frozenset[str]  # Arif Hakim: title words names are also made of
    singular_determiners: frozenset[tuple[str, ...]]  # seorang, salah satu: one person described
    body_determiners: frozenset[str]  # sebuah, suatu: the body a role names, inside it
    role_links: frozenset[str]  # di, yang, dari: inside a role that runs on to a name
    firm_name_joiners: frozenset[str]  # &, dan: before a firm name's closer (Lubis, Santosa & Rekan)
    firm_name_closers: frozenset[str]  # rekan, partners
    firm_prefixes: frozenset[str]  # pt, cv: a firm's own name follows
    abstract_noun_confixes: tuple[tuple[str, str], ...]  # ke-…-an (Kejujuran): no name word
    organization_heads: frozenset[str]
    party_member_heads: frozenset[str]  # politisi (PDI-P itu): a party's member, named by the party
    party_nouns: frozenset[str]  # Partai, Fraksi: open a party's name, may be left out
    initials_role_heads: frozenset[str]  # tersangka (DS): a party to a case named by initials
    initials_not_persons: frozenset[str]  # RT, PT, PHK: common abbreviations, never someone's initials
    initials_introducers: frozenset[str]  # berinisial (MR): the capitals after it are a person's initials
    organization_name_links: frozenset[str]  # Koalisi … untuk Buruh Migran: still the body's name
    body_descriptions: dict[str, frozenset[str]]  # perusahaan: the words naming a body one (startup, PT)
    forward_body_descriptions: frozenset[str]  # perusahaan (in a bullet): the one company named later, if it speaks
    appositive_body_descriptions: dict[str, frozenset[str]]  # perusahaan: (X,) aplikasi …: X is one
    broad_body_nouns: frozenset[str]  # lembaga: a noun any body not named as another kind fits
    management_nouns: frozenset[str]  # manajemen: those who run a body, meaning the body just told of
    management_bodies: tuple[str, ...]  # perusahaan, klub: body_descriptions keys a management noun can stand for
    body_role_nouns: frozenset[str]  # penyelenggara (PT X): what a body is to an event, its role
    body_roles: frozenset[tuple[str, ...]]  # the nouns and phrases saying what a body is: rumah produksi, promotor
    posted_body_words: frozenset[str]  # kedutaan, perwakilan: the place after "di" is the body's post
    body_status_words: frozenset[str]  # (SD) negeri, (SMA) swasta: lowercase, still the body's name in a role
    publishing_media: frozenset[str]  # (di) Instagram, laman: where a body posts, no place it is posted at
    panel_bodies: dict[str, frozenset[str]]  # majelis: the words of a member's role (hakim)
    role_kinds: dict[str, frozenset[tuple[str, ...]]]  # pemain: the roles of that kind (gelandang, kiper)
    case_filings: dict[str, str]  # permohonan: pemohon, the party that files it
    listing_markers: frozenset[str]  # (Dua hakim,) yakni (X dan Y): the holders listed
    body_description_breaks: frozenset[str]  # perusahaan asal Bandung: the name after them is not the body's
    possessed_act_nouns: frozenset[str]  # (dua) gol (Marcos memastikan …): a thing someone did, no speaker
    descriptive_role_heads: frozenset[str]
    relation_heads: frozenset[str]  # Ayah Ika: Ika's father, no role of Ika's
    gendered_categories: frozenset[str]  # tunggal (putri): putri is women's, no kinship
    gender_adjectives: frozenset[str]  # putra, putri: men's, women's after such a category
    person_nouns: frozenset[str]  # (Perempuan itu,) Sumiati: alone, no role
    anonymous_source_nouns: frozenset[str]  # Sumber Tempo menyebutkan …: someone left unnamed
    account_nouns: frozenset[tuple[str, ...]]  # (tulis) akun (@nadia_rhm): a handle after it is the speaker
    official_account_words: frozenset[str]  # akun Instagram resmi @…: a body's official account
    female_person_words: frozenset[str]  # ibu, perempuan, mahasiswi: a woman
    male_person_words: frozenset[str]  # bapak, pria, kakek: a man
    kinship_counts: frozenset[str]  # (ibu) seorang (anak): a count before a kinship noun
    kinship_determiners: frozenset[str]  # sang (ibu), Sulastri: the article's "the" before a kinship noun
    pointing_articles: frozenset[str]  # Sang (syahbandar): the one told of, a description pointing back
    birth_order_words: frozenset[str]  # (Putri) sulung(nya): a kinship noun's birth order
    record_verbs: frozenset[str]  # Hal itu tercantum dalam …: where a statement is written down
    manner_markers: frozenset[str]  # dengan tegas, secara jelas: an adverb, not a cue
    speech_manner_words: frozenset[str]  # menjawab singkat: words after a speech verb that say nothing
    response_nouns: frozenset[str]  # dukungan (dari X): a reply whose giver speaks next
    response_verbs: frozenset[str]  # menanggapi (hal itu): a reply, its object what it answers
    question_nouns: frozenset[str]  # (menjawab singkat) pertanyaan (hakim): the question answered
    question_cue_verbs: frozenset[str]  # ”…?” tanya (Hendra): the one who asks the questions
    address_forms: frozenset[str]  # Saudara, Anda: the one a question is put to
    closing_statement_nouns: frozenset[str]  # (demikian) keterangan tertulis (Kementerian …): a statement's words
    contrastive_predicate_joiners: frozenset[str]  # (…, tetapi) menilai: a second predicate, one subject
    schedule_markers: frozenset[str]  # dijadwalkan (mengumumkan): a planned act, nothing said yet
    duty_markers: frozenset[str]  # bertugas (memastikan): a task described, nothing said
    attitude_adjectives: frozenset[str]  # optimistis (…): a clause reported, never a preposition's object
    future_markers: frozenset[str]  # akan (berkunjung … pada Jumat): the day told is one planned
    authored_documents: frozenset[str]  # surat, pernyataan: a document whose author speaks through it
    document_parts: frozenset[str]  # paragraf, bagian: part of a document
    document_issuing_verbs: frozenset[str]  # melayangkan (surat terbuka): its subject wrote the document
    document_heads: frozenset[str]  # Laporan Bank Dunia menyebutkan: the body's document
    institution_names: frozenset[str]  # Gedung Putih, Kremlin: the institution that sits there
    indefinite_determiners: frozenset[tuple[str, ...]]  # Seorang (pejabat senior): someone unnamed
    collective_determiners: frozenset[str]  # para (pemimpin ASEAN): the body speaks
    partitive_markers: frozenset[tuple[str, ...]]  # (Salah seorang) di antaranya: one of a group
    count_determiners: frozenset[str]  # tiga (kontraktor lokal mengaku): an unnamed group
    role_glue_words: frozenset[str]
    title_modifiers: frozenset[str]  # Regional (Head of …): before a title head, part of the role
    head_final_titles: frozenset[str]  # (Equity Research) Analyst: English, its field before it
    capacity_markers: frozenset[str]  # selaku (Kepala Divisi): the role after it
    statement_adjunct_openers: frozenset[str]  # Dalam (pernyataan X), disebutkan bahwa …
    statement_documents: frozenset[str]  # Dalam (dakwaan) disebutkan …: a case's document
    speech_act_documents: frozenset[str]  # Dalam (dakwaan), X disebut …: a document that is a saying
    claim_nouns: frozenset[str]  # (membantah) tudingan (bahwa …): someone else's claim
    questioning_verbs: frozenset[str]  # mempertanyakan X yang menurutnya …: an aside in the questioning
    own_statement_nouns: frozenset[str]  # pembelaan (Rudy yang menyebut …): the owner's words
    alternative_conjunctions: frozenset[str]  # (lewat pernyataan) maupun (unggahan): either way, no occasion
    wire_attribution_openers: frozenset[str]  # (…,) seperti (dikutip Yonhap): whose report it is
    wire_attribution_verbs: frozenset[str]  # (…, seperti) dikutip (Yonhap)
    led_by_words: frozenset[str]  # (Partai X) pimpinan (Kanselir Jerman Y): led by; the role starts after
    role_time_words: frozenset[str]  # (Ketua ASEAN) tahun (ini): when the role is held, not part of it
    government_bodies: frozenset[str]  # Pemerintah (memastikan …): the government as a speaker
    qualifier_title_heads: frozenset[str]  # bekas (Kapolri): a head only before a title, never alone
    government_title_heads: frozenset[tuple[str, ...]]  # Menteri (Pertanian) …: whose holder speaks for the government
    head_of_state_titles: frozenset[tuple[str, ...]]  # Presiden (RI): alone or with the home country only
    role_predicates: frozenset[str]  # (ia) menjadi (kader posyandu): the role in the predicate
    occupation_verbs: frozenset[str]  # (ia) mengajar (di sekolah itu sebagai guru honorer)
    predicate_role_adverbs: frozenset[str]  # (ia) sudah (12) tahun (menjadi …): between subject and predicate
    role_other_time_words: frozenset[str]  # dulu (ia menjadi …): a role held at another time
    event_role_heads: frozenset[str]  # (menjadi) korban: what an event makes someone, no role held
    victim_prepositions: frozenset[str]  # terhadap: whom a case party's act was done to
    representative_markers: frozenset[str]  # (terdakwa) melalui (kuasa hukumnya): the role opens after it
    office_links: frozenset[str]  # (Direktur Penyidikan) pada (Jaksa Agung Muda …): a title's office, the role runs on; (Pengadilan Tipikor) pada (Pengadilan Negeri …): one court's name
    role_trailing_fillers: frozenset[str]  # Warga lain seperti (Rudianta): not part of the role
    other_holder_words: frozenset[str]  # (Anggota Komisi IV) lainnya, (dari Fraksi …): not part of the role
    title_phrases: frozenset[tuple[str, ...]]  # Jaksa Agung: "Agung" belongs to the title
    body_phrases: frozenset[tuple[str, ...]]  # Kejaksaan Agung: "Agung" belongs to the body
    title_fields: frozenset[tuple[str, ...]]  # (Menteri) Investasi dan Hilirisasi: after dan, the title's
    compound_role_heads: frozenset[tuple[str, ...]]  # orang tua (siswa): two words, one head
    markers_before_nickname: frozenset[tuple[str, ...]]  # Budi, yang akrab disapa Bud: nickname after
    markers_after_nickname: frozenset[tuple[str, ...]]  # ujar Bud, sapaan akrabnya: nickname before
    markers_bare_after_nickname: frozenset[tuple[str, ...]]  # Bu Lurah, begitu ia disapa: only an address or short form
    markers_before_real_name: frozenset[tuple[str, ...]]  # (Bonga …) Pria bernama asli Yakobus Sitepu itu
    markers_apposed_after_nickname: frozenset[tuple[str, ...]]  # Kiki, sapaan akrab Rizki (Ananda): nickname before
    markers_before_name_after_description: frozenset[tuple[str, ...]]  # (Pria) bernama (Yakobus itu), bernama asli
    name_joiners: frozenset[str]  # (Budi) alias (Bud): two names of one person joined directly
    markers_before_short_form: frozenset[tuple[str, ...]]  # Ardiansyah Putra atau Coach Ardi: a short form after
    nickname_place_openers: frozenset[str]  # (yang populer) di (Instagram dengan nama …): a place, no glue's word
    nickname_verbs_of_a_place: frozenset[str]  # populer (di Instagram) dengan nama: the marker's verb, a place after it
    nickname_markers_after_a_place: frozenset[tuple[str, ...]]  # (populer di Instagram) dengan nama: the rest
    person_aliases: dict[str, str]  # aliases.json: "jokowi" -> "Joko Widodo" (lowercased keys)
    body_aliases: dict[str, str]  # aliases.json: "maung bandung" -> "Persib Bandung" (lowercased keys)
    forms_of_address: frozenset[str]  # aliases.json: Mbah (Jum), Koh (Siong): a nickname's opening word
    address_openers: frozenset[str]  # forms of address, honorifics, titles of address: Coach (Danu), Pak (Hendra)
    female_address: frozenset[str]  # aliases.json: Bu (Haji), Ceu (Euis): how a woman is addressed
    male_address: frozenset[str]  # aliases.json: Pak (Haji), Bli (Made): how a man is addressed
    haji_honorifics: frozenset[str]  # H., Hj., Haji: one honorific however written
    female_haji_honorifics: frozenset[str]  # Hj., Hajjah: a woman's
    ranks: frozenset[tuple[str, ...]]  # Komisaris Besar: how a person is addressed, not a role
    rank_qualifiers: frozenset[str]  # (Pol), TNI, (Purn), Bakamla after a rank
    rank_bodies: frozenset[str]  # Bakamla: a body's name after its own ranks (Kolonel Bakamla)
    age_units: frozenset[str]  # calendar.json: tahun after an age (Purnomo, 39 tahun,)
    age_verbs: frozenset[str]  # calendar.json: berusia (20 tahun): an age, no part of a role
    rank_words: frozenset[str]  # every word of a rank or of a qualifier after one (komisaris, besar, pol)
    bracketed_name_qualifiers: frozenset[str]  # (Persero), (Tbk): a bracket that is part of a name
    conferred_honorifics: frozenset[tuple[str, ...]]  # Tan Sri, Datuk Seri: among the ranks, yet no role alone
    words_with_apostrophe: frozenset[str]  # dato': a word written with a closing apostrophe, one token
    place_words: frozenset[str]
    place_acronyms: frozenset[str]  # RI: a place only in capitals
    place_phrases: frozenset[tuple[str, ...]]  # (Papua) Barat Daya: Daya a place only after Barat
    government_heads: frozenset[str]  # Pemerintah (Provinsi DKI Jakarta): the place's own government
    home_country_words: frozenset[str]  # (Greenpeace) Indonesia, (KPU) RI: the national body's full name
    name_heads: frozenset[str]  # places.json: Desa, Puskesmas, RSUD take a name after them
    facility_heads: frozenset[str]  # places.json: Bandara Soekarno-Hatta is a facility named after a person
    venue_heads: frozenset[str]  # places.json: di Istana Merdeka, di Kantor X: where someone was, after a title run
    institution_heads: frozenset[str]  # places.json: Puskesmas (Sukamaju), RS (Fatmawati): a body under its name
    region_markers: frozenset[str]  # places.json: (Pemkab, asal) Cianjur: a region's name after them
    where_prepositions: frozenset[str]  # places.json: (Di) kota pelabuhan Tarakan, …: an adjunct saying where
    place_openers: frozenset[str]  # the where_prepositions and origin_words: (petani di, nelayan asal) Sakra
    abbreviated_regions: dict[str, str]  # jatim: Jawa Timur
    country_names: dict[tuple[str, ...], int]  # (tiongkok,) and (china,): one country's names
    government_seats: frozenset[tuple[str, ...]]  # (tokyo,): a capital joined with another as one subject
    residence_heads: frozenset[str]  # warga, penduduk: warga Desa Wonorejo names a place
    class_nouns: frozenset[tuple[str, ...]]  # pelaku pasar, warga: people of a kind in general, no one person
    group_speakers: frozenset[tuple[str, ...]]  # keluarga korban, para tersangka: a group speaking as one
    team_speaker_heads: frozenset[str]  # tim (biro hukum KPK): a group phrase the body's name may follow
    regional_titles: frozenset[tuple[str, ...]]  # Bupati, Wali Kota: the region's name comes right after
    non_person_words: frozenset[str]  # gazetteer.json, derived from the NER data
    person_words: frozenset[str]  # gazetteer.json: words the NER data tags mostly as persons; roles.json's foreign_given_names
    foreign_given_names: frozenset[str]  # roles.json: Diego, José: given names the NER data misses
    common_words: frozenset[str]  # gazetteer.json: words running text writes in lowercase; roles.json's deed_nouns
    open_marks: frozenset[str]
    close_marks: frozenset[str]
    ambiguous_marks: frozenset[str]
    quote_marks: frozenset[str]  # all of them
    months: dict[str, int]
    weekdays: dict[str, int]
    relative_days: dict[str, int]
    relative_day_span_openers: frozenset[str]  # (berubah) dalam (semalam): a span, not a day
    days_ago: frozenset[str]  # hari lalu: after a count, that many days before the article
    count_words: dict[str, int]  # dua -> 2
    vague_past: frozenset[str]  # pekan lalu, sebelumnya: an earlier day the text does not name
    then_words: frozenset[str]  # saat itu: the time just told
    then_phrases: frozenset[tuple[str, ...]]  # then_words as word tuples: (saat, itu)
    days_from_told: dict[str, int]  # sehari sebelumnya -> -1: days from the day just told
    told_day_directions: dict[str, int]  # (dua hari) sebelumnya -> -1, kemudian -> 1
    event_clause_verbs: frozenset[str]  # (rapat yang) digelar (…, Rabu): an event's day, not a statement's
    act_clause_verbs: frozenset[str]  # (APBD yang) disahkan (DPRD, Jumat): an act's day, never a statement's
    occasion_continuers: tuple[tuple[str, ...], ...]  # Di sana, …: the occasion the sentence before told of
    same_occasion_openers: tuple[tuple[str, ...], ...]  # Dalam kesempatan yang sama (di X), …: an occasion told before
    same_occasion_site_markers: frozenset[str]  # (… yang sama) di (Balai Budaya): the place that names it
    document_prepositions: frozenset[str]  # Dalam (surat terbuka itu, …): a document the words are in
    issued_documents: frozenset[str]  # keterangan (tertulis …, Selasa): a body's document, its day
    own_media: frozenset[str]  # video (yang diunggah pada Jumat), cuitnya: one party's post or release, its day
    month_past: frozenset[str]  # lalu in Februari lalu: a month's earlier, unnamed day
    month_year_openers: frozenset[str]  # pada (Juni 1998): a month and a year, no day named
    period_bounds: frozenset[str]  # sejak, hingga: a date that bounds a period
    period_starts: frozenset[str]  # sejak (Selasa sore): a period running up to now begins that day
    period_ends: frozenset[str]  # hingga (Selasa pagi): in the words said, they were said that day or after
    postponement_verbs: frozenset[str]  # menunda (sidang hingga Kamis): the day an act is moved to, still to come
    expectation_markers: frozenset[str]  # akan (berlangsung hingga Selasa pagi): a day still to come, no bound; with future_ and schedule_markers
    as_of_markers: frozenset[str]  # per (Minggu (4/7)): the day a figure stands at
    birth_words: frozenset[str]  # lahir (di Klaten pada 12 Mei 1940): a birth date, nobody's words' day
    death_words: frozenset[str]  # (X) meninggal (…, Sabtu): a death's day, no words of those named
    as_of_fillers: frozenset[str]  # per tanggal (3 Juli)
    trailing_date_lead_ins: frozenset[str]  # (…, kata Budi,) pada hari (Senin): before a closing date
    event_day_lead_ins: frozenset[str]  # (… dikirim melalui pelabuhan X,) pada (Senin): an act's day, maybe
    event_place_prepositions: frozenset[str]  # di, melalui: the place of an act told in reported words
    day_prepositions: frozenset[str]  # (yang) pada (Senin (3/3) menilai …): before a day in a clause
    statement_nouns: frozenset[str]  # permintaan (itu): a word for what was said
    occasion_verbs: frozenset[str]  # (Permintaan itu) mengemuka (dalam rapat …): where and when it was said
    earlier_clause_openers: frozenset[str]  # Sebelum (aksi, …): a sentence telling of an earlier time
    earlier_occasion_markers: frozenset[str]  # (X) sempat (menegaskan …): a dated statement on an earlier occasion
    occasion_clause_openers: frozenset[str]  # Saat (digiring …,) X membantah: the occasion of the words
    held_events: frozenset[str]  # (seusai) paripurna: an event the article may have given a day
    written_cues: frozenset[str]  # tulis X: words written, maybe in a post told before
    moment_openers: frozenset[str]  # … saat latihan, Kamis lalu: the moment's day, in the words
    other_session_words: frozenset[str]  # sidang berikutnya: another session than the one dated
    speech_gatherings: frozenset[tuple[str, ...]]  # unjuk rasa, aksi: a gathering where people speak out
    gathering_words: frozenset[str]  # rapat, aksi: held_events and the one-word speech_gatherings
    now_words: frozenset[tuple[str, ...]]  # saat ini, kini: the time of the report
    occasion_prepositions: frozenset[str]  # seusai, dalam (sidang …): before the event a statement was made at
    occasion_sites: tuple[tuple[str, ...], ...]  # di lokasi (gala premiere): the place of the event, read so too
    separate_occasion_openers: tuple[tuple[str, ...], ...]  # Ditemui …, Kepada Kompas, …: an occasion of its own
    apart_occasion_openers: tuple[tuple[str, ...], ...]  # Secara terpisah, Saat ditemui terpisah, Di tempat lain: apart from the scene before
    same_scene_words: frozenset[str]  # (Ditemui terpisah di lokasi yang) sama: back at the scene after all
    reaching_verbs: frozenset[str]  # (saat) dihubungi (Selasa): a weekday alone after one is a date
    private_reaching_verbs: frozenset[str]  # (saat) dihubungi, Selasa: that source's day alone
    turning_openers: frozenset[tuple[str, ...]]  # Sementara itu, …: the text turns to another party
    gathered_crowd_words: tuple[tuple[str, ...], ...]  # massa: the crowd of a gathering told before
    not_crowd_phrases: tuple[tuple[str, ...], ...]  # media massa: a crowd word naming no crowd
    date_trailers: frozenset[str]  # waktu setempat, malam: words after a date that still belong to it
    time_zones: frozenset[str]  # (pukul 16.30) Wita: never a name
    citation_day_verbs: frozenset[str]  # (seperti) dilansir (IRNA, Rabu (12/11)): the outlet's day, not the words'
    citation_source_prepositions: frozenset[str]  # (dikutip) dari (Antara): the source follows
    citation_outlet_nouns: tuple[tuple[str, ...], ...]  # (dilansir) kantor berita (IRNA): a news outlet
    speaker_citation_verbs: frozenset[str]  # (X,) mengutip (data BPS, Senin, mengatakan): the speaker's own aside
    time_conversion_links: frozenset[str]  # (… waktu setempat) atau (Selasa pagi WIB): the same moment elsewhere
    date_name_heads: frozenset[str]  # Stadion (17 Mei), Jalan (17 Agustus): a date after one is a name
    date_name_links: frozenset[str]  # (Jalan) Raya (17 Agustus), (Stadion) Gelora (10 November)
    header_date_markers: frozenset[str]  # Diperbarui (14/08/2025): the article's own date in its first lines
    weekday_qualifiers: dict[str, str]  # word(s) after a weekday -> past | this_week | future | time_of_day
    interview_markers: frozenset[tuple[str, ...]]  # Berikut petikan wawancaranya: questions and answers follow
    interview_words: frozenset[str]  # (Kompas) berbincang (dengan X): the interviewee is named with them
    interview_question_labels: frozenset[str]  # Tanya (: …): the interviewer's question
    interview_answer_labels: frozenset[str]  # Jawab (: …): the interviewee's answer
    boilerplate_prefixes: tuple[str, ...]
    boilerplate_exact: frozenset[str]
    link_lead_lines: frozenset[str]  # Baca juga: the next line is a linked headline
    author_initials_pattern: str
    photo_credit_pattern: str  # (TRIBUNJATENG/RAHMAT HIDAYAT): a photo credit alone on its line
    caption_credit_pattern: str  # … Senin (20/1/2025). ANTARA FOTO/Nama: a caption closed by its credit
    bare_credit_pattern: str  # KOMPAS/NAMA LENGKAP alone on its line: the caption it touches is furniture too

    def singular_determiner_length(self, words: list[str]) -> int:
        """How many of ``words`` (lowercased) open with a determiner of one person
        (``seorang``, ``salah satu``); 0 when none does."""
        for n in (2, 1):
            if tuple(words[:n]) in self.singular_determiners:
                return n
        return 0

    def indefinite_determiner_length(self, words: list[str]) -> int:
        """How many of ``words`` (lowercased) open with an indefinite determiner
        (``salah seorang``, ``sejumlah``); 0 when none does."""
        for n in (2, 1):
            if tuple(words[:n]) in self.indefinite_determiners:
                return n
        return 0

    def document_pointed_at(self, words: list[str]) -> int | None:
        """Where the document noun stands in ``words`` (lowercased, the demonstrative
        after them left off) that name a document and nothing else: maybe a determiner of
        one (``salah satu``), words naming a part of it (``paragraf``), the document
        (``surat``), then words describing it (``terbuka``); None otherwise."""
        k = self.singular_determiner_length(words)
        while k < len(words) and words[k] in self.document_parts:
            k += 1
        if k < len(words) and words[k] in self.authored_documents:
            return k
        return None

    def subject_determiner_length(self, words: list[str]) -> int:
        """Like ``indefinite_determiner_length``, counts too (``tiga`` kontraktor), as the
        subject of a speech verb."""
        n = self.indefinite_determiner_length(words)
        return n or int(bool(words) and words[0] in self.count_determiners)

    def has_abstract_noun_shape(self, word: str) -> bool:
        """``perjuangan``, ``pengalaman``: a word of eight letters or more built with a
        noun-making prefix and suffix, whatever it heads when capitalised."""
        w = word.lower()
        return len(w) >= _MIN_ABSTRACT_NOUN_LENGTH and any(
            w.startswith(a) and w.endswith(b) for a, b in self.abstract_noun_confixes)

    def is_abstract_noun(self, word: str) -> bool:
        """``Kejujuran``, ``Penangkapan``: a word of eight letters or more built with a
        noun-making prefix and suffix, which no personal name is."""
        w = word.lower()
        # Kementerian, Kejaksaan, Kelurahan, Pengadilan: the same shape heads bodies and places.
        return self.has_abstract_noun_shape(w) \
            and w not in self.organization_heads and w not in self.name_heads and w not in self.title_heads \
            and not self.is_place_or_organization_word(word)

    def is_direct_cue(self, word: str) -> bool:
        """``kata``, ``katanya``, ``ujarnya``, ``tambah``: a cue verb, with or without -nya."""
        w = word.lower()
        if w in self.direct_cue_verbs:
            return True
        return w.endswith("nya") and w[:-3] in self.direct_cue_verbs

    def is_closing_mark_cue(self, word: str) -> bool:
        """``cecar``, ``balas``, ``balasnya``: a verb that cues a quote only right after its
        closing mark (”…?” cecar Bayu), with or without -nya; any direct cue verb too."""
        w = word.lower()
        if self.is_direct_cue(w) or w in self.closing_mark_cue_verbs:
            return True
        return w.endswith("nya") and w[:-3] in self.closing_mark_cue_verbs

    def opens_before_its_subject(self, word: str) -> bool:
        """``adapun``, ``namun`` (lowercased): a connective that, opening a sentence with no
        comma after it, leaves the name after it the subject of its clause (Adapun Somchai
        menyambut …); not ``menurut``, whose object is the one who speaks."""
        return word in self.clause_openers and word not in self.according_to

    def has_speaker_clitic(self, word: str) -> bool:
        """``katanya``, ``ujarnya``, ``dijelaskannya``: a cue verb with the enclitic -nya,
        which names the speaker. Only where what comes before -nya is itself a cue verb:
        ``tanya`` (tanya Hendra) is a whole verb, not ``ta`` and -nya, as ``punya``,
        ``hanya`` or ``dunia`` are whole words."""
        w = word.lower()
        return len(w) > 3 and w.endswith("nya") and (
            w[:-3] in self.direct_cue_verbs or w[:-3] in self.passive_cues)

    def is_relation_word(self, word: str, before: str | None = None) -> bool:
        """A kinship word (``ayah``, ``putri``) saying whose relative is meant; not
        ``putri`` after ``tunggal`` (``before``), where it is women's (pelatih tunggal putri)."""
        w = word.lower()
        return w in self.relation_heads and not (
            w in self.gender_adjectives and before is not None and before.lower() in self.gendered_categories)

    def is_kinship_description(self, words: list[str]) -> bool:
        """Whether ``words`` (lowercased) open with a kinship noun, a count and a kinship
        noun (``ibu dua anak``, ``nenek tujuh cucu``): what someone is to their family,
        never a name and no role."""
        return len(words) >= 3 and words[0] in self.relation_heads and words[2] in self.relation_heads \
            and (words[1] in self.count_words or words[1].isdigit() or words[1] in self.kinship_counts)

    def gender_of(self, words: list[str]) -> Gender | None:
        """The gender where the first of ``words`` (lowercased) says a person is a woman or
        a man (perempuan yang …, ayah Putri); else None."""
        if not words:
            return None
        return Gender.FEMALE if words[0] in self.female_person_words \
            else Gender.MALE if words[0] in self.male_person_words else None

    def is_person_word(self, word: str) -> bool:
        """A word the NER data knows as part of personal names; accents aside, as the
        data mostly writes names without them (Óscar, José, Zoë)."""
        w = word.lower()
        return w in self.person_words or (not w.isascii() and _without_accents(w) in self.person_words)

    def is_place_word(self, word: str) -> bool:
        """A country's or a region's word (``Korea``, ``Jatim``, ``RI``)."""
        return word.lower() in self.place_words or word in self.place_acronyms

    def is_place_or_organization_word(self, word: str) -> bool:
        """A word that completes a title (``Sidoarjo``, ``Muhammadiyah``), never a name."""
        return self.is_place_word(word) or word.lower() in self.non_person_words

    @staticmethod
    def phrase_opening(words: list[str], phrases: frozenset[tuple[str, ...]]) -> int:
        """How many of ``words`` (lowercased) the longest of ``phrases`` that opens them
        takes; 0 when none does."""
        return max((len(p) for p in phrases if tuple(words[:len(p)]) == p), default=0)

    def names_a_foreign_country(self, words: list[str]) -> bool:
        """Whether ``words`` (lowercased) hold one of ``country_names`` (Rusia, Korea
        Selatan): none of them is the home country's."""
        longest = max((len(name) for name in self.country_names), default=0)
        return any(tuple(words[k:k + n]) in self.country_names
                   for k in range(len(words)) for n in range(1, longest + 1))

    def compound_role_head_at(self, words: list[str]) -> int:
        """How many of ``words`` (lowercased) a compound role head opens (``orang tua``,
        ``ibu rumah tangga``); 0 when none does."""
        return next((len(c) for c in self.compound_role_heads if tuple(words[:len(c)]) == c), 0)

    @cached_property
    def calendar_words(self) -> frozenset[str]:
        """Every word that tells a time (pagi, saat, kemarin, Senin, Mei): weekday and month
        names and each word of the date trailers, then-words and relative days, built once."""
        phrases = (*self.date_trailers, *self.then_words, *self.relative_days)
        return frozenset({*self.weekdays, *self.months, *(w for p in phrases for w in p.split())})

    @cached_property
    def opening_marks(self) -> frozenset[str]:
        """Every mark that may open a quotation: the opening ones and those written the
        same both sides ("), built once."""
        return self.open_marks | self.ambiguous_marks

    @cached_property
    def closing_marks(self) -> frozenset[str]:
        """Every mark that may close a quotation: the closing ones and those written the
        same both sides ("), built once."""
        return self.close_marks | self.ambiguous_marks

    @cached_property
    def body_description_words(self) -> frozenset[str]:
        """Every word a common noun for a body may be described by (``body_descriptions``'s
        values, all kinds together), built once."""
        return frozenset(w for words in self.body_descriptions.values() for w in words)

    def names_a_class(self, words: list[str]) -> bool:
        """Whether ``words`` (lowercased) open with a noun for people of a kind in general
        (``pelaku pasar``, ``warga``): a class or a public, not one person."""
        return self.phrase_opening(words, self.class_nouns) > 0

    def names_a_group(self, words: list[str]) -> bool:
        """Whether ``words`` (lowercased) are a noun for people of a kind in general
        (``warga``) or a group speaking as one (``keluarga korban``, ``para tersangka``), a
        speaker that no singular pronoun goes on with."""
        return tuple(words) in self.group_speakers or tuple(words) in self.class_nouns

    def opens_a_description(self, words: list[str]) -> bool:
        """Whether ``words`` (lowercased) open with a description's head: ``warga``,
        ``pengamat``, or a compound one (``orang tua``)."""
        return bool(words) and (words[0] in self.descriptive_role_heads or bool(self.compound_role_head_at(words)))

    def role_is_of_kind(self, role_words: tuple[str, ...], kind: str) -> bool:
        """Whether a role (its words, lowercased) is of the kind a description headed by
        ``kind`` names: it holds that word (pemain muda) or a narrower role of that kind
        (gelandang andalan, for pemain)."""
        if kind in role_words:
            return True
        return any(role_words[j:j + len(p)] == p for p in self.role_kinds.get(kind, ())
                   for j in range(len(role_words) - len(p) + 1))

    def is_address_only(self, role: str) -> bool:
        """Whether ``role`` is only how the person is addressed: a rank (Bripka, Komisaris
        Besar, with its qualifiers: AKBP (Purn)), an honorific or a title of address
        (Ustaz, Habib, Pak). All the article says where nothing else is given, it yields to
        a role that describes the person (anggota Polsek Sukamaju, tokoh agama setempat)."""
        words = [w.strip("().,").lower() for w in role.split()]
        words = [w for w in words if w]
        while len(words) > 1 and words[-1] in self.rank_qualifiers:
            words.pop()
        return bool(words) and (tuple(words) in self.ranks or (len(words) == 1 and words[0] in self.address_openers))

    def is_no_role(self, role: str) -> bool:
        """Whether ``role`` says only that someone is a man, a woman, young or old
        (Perempuan, pria): what the article describes them by, not a role; nor does a form
        of address alone (Mbah, Pak), which is how they are spoken to."""
        return role.lower() in self.person_nouns or role.lower() in self.forms_of_address

    def title_head_after_modifiers(self, words: list[str]) -> int | None:
        """Index of the title head in ``words`` (lowercased), after at most two title
        modifiers (Regional ``Head`` of Operations); None when no title head opens them."""
        for k, w in enumerate(words[:3]):
            if w in self.title_heads or w in self.descriptive_role_heads or w in self.abbreviated_titles \
                    or self.compound_role_head_at(words[k:]):
                return k
            if w not in self.title_modifiers:
                return None
        return None

    def is_noun_before_title(self, word: str, next_word: str) -> bool:
        """``pengusaha`` in ``Beban pengusaha Wakil Gubernur Bali``: a lowercase occupation
        right before a capitalised title ends a sub-heading run into the sentence; it is
        not part of the role. A qualifier (``mantan Menteri``) is. So is the title itself in
        lowercase right before the same title capitalised (``Tanggapan menteri Menteri
        Perindustrian …``): the sub-heading's last word, the role written after it."""
        if not (word.islower() and next_word[:1].isupper() and next_word.lower() in self.title_heads):
            return False
        return (word in self.descriptive_role_heads and word not in self.title_modifiers) or word == next_word.lower()

    def is_led_by_before_title(self, word: str, next_word: str) -> bool:
        """``pimpinan`` in ``Partai X pimpinan Kanselir Jerman Y``: led by the titled person
        after it; the role starts at the title (``pimpinan DPR``, before a body, is one)."""
        return word.islower() and word in self.led_by_words and next_word[:1].isupper() \
            and (next_word.lower() in self.title_heads or next_word.lower() in self.abbreviated_titles)

    def reports_no_statement(self, words: list[str], verb: str = "") -> bool:
        """Whether the words before a speech verb (lowercased, nearest last) leave no
        statement to report: a denial (``tidak pernah``, ``belum bisa``; ``tidak hanya``,
        not only, still reports one, and so does a denied denial of ``verb``, ``tidak
        menampik``), an obligation (``harus``, ``perlu``), a plan (``dijadwalkan``), a
        task (``bertugas``), or a
        subordinator that makes the verb an adjunct (``dalam menyampaikan …, X``)."""
        if words and words[-1] in self.verb_subordinators:
            return True
        for k in range(len(words) - 1, -1, -1):
            w = words[k]
            if w in self.deontic_modals or w in self.schedule_markers or w in self.duty_markers:
                return True
            if w in self.negators:
                if verb in self.denial_verbs:
                    continue  # tidak menampik bahwa …: not denying is admitting
                return k + 1 >= len(words) or words[k + 1] not in self.negation_cancellers
            if w not in self.subject_adverbs and w not in self.negation_cancellers:
                return False
        return False

    def is_reporting_verb(self, word: str) -> bool:
        return word.lower() in self.reporting_verbs

    def office_body_forms(self, role: str) -> list[str]:
        """The body the office in ``role`` heads, its title written as the body
        (office_bodies; an abbreviated title written out first) with the words after it:
        Menteri Perhubungan and Menhub, Kementerian Perhubungan; Wakil Menteri
        Perhubungan, the same body, which the deputy holds too (the words before the title
        left out). Empty where no such title stands before a word of the field."""
        words: list[str] = []
        for w in role.split():
            full = self.abbreviated_titles.get(w.lower())
            words.extend(full.split() if full else [w])
        low = [w.lower() for w in words]
        forms = []
        for title, body in self.office_bodies.items():
            n = len(title)
            forms.extend(" ".join(body.split() + words[k + n:])
                         for k in range(len(low) - n) if tuple(low[k:k + n]) == title)
        return forms

    def is_speech_verb(self, word: str) -> bool:
        """A reporting verb (``mengatakan``) or a direct cue (``kata``, ``ujarnya``)."""
        return self.is_reporting_verb(word) or self.is_direct_cue(word)


def _read(lang: str, name: str) -> dict:
    path = resources.files("attribution") / "lexicons" / lang / name
    return json.loads(path.read_text(encoding="utf-8"))


def _with_deputy_forms(roles: dict) -> dict[str, str]:
    """``abbreviated_titles``, lowercased, with the deputy's form of each that the list
    does not give itself (Mendikdasmen, so Wamendikdasmen: Wakil Menteri Pendidikan Dasar
    dan Menengah)."""
    titles = {k.lower(): v for k, v in roles["abbreviated_titles"].items()}
    deputy = roles["deputy_abbreviation"]
    prefix, word = deputy["prefix"].lower(), deputy["title"]
    for key, full in list(titles.items()):
        if not full.startswith(word + " "):
            titles.setdefault(prefix + key, f"{word} {full}")
    return titles


def _lower_set(items) -> frozenset[str]:
    return frozenset(i.lower() for i in items)


def _body_descriptions(entries: dict) -> dict[str, frozenset[str]]:
    """Each body noun with its words, lowercased; a noun given another noun in place of its
    words (perseroan: perusahaan) takes that one's, which must be a list of its own: an
    alias of an alias is an error in the data, not a set of letters."""
    out = {}
    for noun, words in entries.items():
        if isinstance(words, str):
            words = entries[words]
            if not isinstance(words, list):
                raise ValueError(f"body_descriptions: {noun!r} names an alias, not a list of words")
        out[noun.lower()] = _lower_set(words)
    return out


def _phrases(items) -> frozenset[tuple[str, ...]]:
    """Multi-word entries as tuples of lowercase words; an entry with an apostrophe
    (Dato' Sri) also as typeset, with the right single quote (Dato’ Sri)."""
    return frozenset(tuple(q.lower().split()) for p in items for q in {p, p.replace("'", "’")})


_FIELD_WORD = re.compile(r"\w+|[^\w\s]")


def _title_fields(roles) -> frozenset[tuple[str, ...]]:
    """The fields written with ``dan`` (``title_fields``), and those of the titles that
    ``abbreviated_titles`` spells out (Menteri ``Pemuda dan Olahraga``): the words after
    the title's own words, a comma a word of its own."""
    heads = _lower_set(roles["title_heads"])
    out = set()
    for phrase in list(roles["title_fields"]) + list(roles["abbreviated_titles"].values()):
        words = _FIELD_WORD.findall(phrase.lower())
        while words and words[0] in heads:
            words = words[1:]  # Wakil Menteri | Pemuda dan Olahraga
        if "dan" in words[1:-1]:
            out.add(tuple(words))
    return frozenset(out)


def _field_words(roles) -> frozenset[str]:
    """The words of a body's field (``field_words``): those listed, the words of the fields
    written with dan (``title_fields``) and those after a body's head in the titles that
    ``abbreviated_titles`` spells out (Kepala Dinas ``Ketahanan Pangan``)."""
    heads = _lower_set(roles["field_body_heads"])
    out = set(_lower_set(roles["field_words"]))
    for phrase in roles["title_fields"]:
        out.update(w for w in _FIELD_WORD.findall(phrase.lower()) if w.isalpha() and w != "dan")
    for title in roles["abbreviated_titles"].values():
        words = _FIELD_WORD.findall(title.lower())
        at = next((k for k, w in enumerate(words) if w in heads), None)
        if at is not None:
            out.update(w for w in words[at + 1:] if w.isalpha() and w != "dan")
    return frozenset(out)


@cache
def load_lexicon(lang: str = "id") -> Lexicon:
    cues = _read(lang, "cues.json")
    pronouns = _read(lang, "pronouns.json")
    roles = _read(lang, "roles.json")
    marks = _read(lang, "quote_marks.json")
    calendar = _read(lang, "calendar.json")
    boiler = _read(lang, "boilerplate.json")
    gazetteer = _read(lang, "gazetteer.json")
    places = _read(lang, "places.json")
    aliases = _read(lang, "aliases.json")
    lex = Lexicon(
        language=lang,
        direct_cue_verbs=_lower_set(cues["direct_cue_verbs"]),
        closing_mark_cue_verbs=_lower_set(cues["closing_mark_cue_verbs"]),
        reporting_verbs=_lower_set(cues["reporting_verbs"]),
        directive_verbs=_lower_set(cues["directive_verbs"]),
        noun_content_only_verbs=_lower_set(cues["noun_content_only_verbs"]),
        speech_phrases=_phrases(cues["speech_phrases"]),
        addressee_directive_verbs=_lower_set(cues["addressee_directive_verbs"]),
        sentencing_demand_verbs=_lower_set(cues["sentencing_demand_verbs"]),
        prosecutor_words=_lower_set(cues["prosecutor_words"]),
        excuse_verbs=_lower_set(cues["excuse_verbs"]),
        confirmation_verbs=_lower_set(cues["confirmation_verbs"]),
        reveal_verbs=_lower_set(cues["reveal_verbs"]),
        threat_verbs=_lower_set(cues["threat_verbs"]),
        narrative_verbs=_lower_set(cues["narrative_verbs"]),
        happening_verbs=_lower_set(cues["happening_verbs"]),
        so_far_adverbs=tuple(tuple(p.lower().split()) for p in cues["so_far_adverbs"]),
        existential_words=_lower_set(cues["existential_words"]),
        record_keeping_verbs=_lower_set(cues["record_keeping_verbs"]),
        record_subjects=_lower_set(cues["record_subjects"]),
        measurement_words=_lower_set(cues["measurement_words"]),
        thing_or_clause_verbs=_lower_set(cues["thing_or_clause_verbs"]),
        medium_object_verbs=_lower_set(cues["medium_object_verbs"]),
        conveyed_nouns=_lower_set(cues["conveyed_nouns"]),
        medium_links=_lower_set(cues["medium_links"]),
        medium_owner_words=_lower_set(cues["medium_owner_words"]),
        joined_statement_verbs=_lower_set(cues["joined_statement_verbs"]),
        counter_claim_verbs=_lower_set(cues["counter_claim_verbs"]),
        naming_objects=_lower_set(cues["naming_objects"]),
        complaint_verbs=_lower_set(cues["complaint_verbs"]),
        complaint_authorities=_lower_set(cues["complaint_authorities"]),
        gaze_verbs=_lower_set(cues["gaze_verbs"]),
        gaze_directions=_lower_set(cues["gaze_directions"]),
        place_prepositions=_lower_set(cues["place_prepositions"]),
        movement_verbs=_lower_set(cues["movement_verbs"]),
        procedural_request_nouns=_lower_set(cues["procedural_request_nouns"]),
        guarantee_verbs=_lower_set(cues["guarantee_verbs"]),
        predicate_markers=_lower_set(cues["predicate_markers"]),
        judgement_nouns=_lower_set(cues["judgement_nouns"]),
        adjunct_openers=_lower_set(cues["adjunct_openers"]),
        title_introducers=_lower_set(cues["title_introducers"]),
        self_naming_phrases=_lower_set(cues["self_naming_phrases"]),
        agentless_passives=_lower_set(cues["agentless_passives"]),
        passive_cues=_lower_set(cues["passive_cues"]),
        raised_subject_passives=_lower_set(cues["raised_subject_passives"]),
        di_nouns=_lower_set(cues["di_nouns"]),
        judging_passives=_lower_set(cues["judging_passives"]),
        eliciting_passives=_lower_set(cues["eliciting_passives"] + calendar["reaching_verbs"]),
        life_nouns=frozenset(tuple(w.lower().split()) for w in cues["life_nouns"]),
        according_to=_lower_set(cues["according_to"]),
        legal_instruments=_lower_set(cues["legal_instruments"]),
        legal_instrument_short_forms=frozenset(cues["legal_instrument_short_forms"]),
        according_to_self=_lower_set(cues["according_to_self"]),
        closing_adverbs=_lower_set(cues["closing_adverbs"]),
        full_closing_adverbs=_lower_set(cues["full_closing_adverbs"]),
        announcing_occasion_words=_lower_set(cues["announcing_occasion_words"]),
        closing_clitic_cues=_lower_set(cues["closing_clitic_cues"]),
        complementizers=_lower_set(cues["complementizers"]),
        subject_adverbs=_lower_set(cues["subject_adverbs"]),
        present_time_adverbs=_lower_set(cues["present_time_adverbs"]),
        negators=_lower_set(cues["negators"]),
        denial_verbs=_lower_set(cues["denial_verbs"]),
        negation_cancellers=_lower_set(cues["negation_cancellers"]),
        deontic_modals=_lower_set(cues["deontic_modals"]),
        verb_subordinators=_lower_set(cues["verb_subordinators"]),
        speaker_np_stop_words=_lower_set(cues["speaker_np_stop_words"]),
        leading_connectives=_lower_set(cues["leading_connectives"]),
        name_like_connectives=_lower_set(cues["name_like_connectives"]),
        object_prepositions=_lower_set(cues["object_prepositions"]),
        fronted_object_prepositions=_lower_set(cues["fronted_object_prepositions"]),
        together_words=_lower_set(cues["together_words"]),
        together_links=_lower_set(cues["together_links"]),
        addressee_prepositions=_lower_set(cues["addressee_prepositions"]),
        recipient_prepositions=_lower_set(cues["recipient_prepositions"]),
        voiced_statement_heads=_lower_set(cues["voiced_matter_nouns"]) | _lower_set(calendar["statement_nouns"]),
        voicing_verbs=_lower_set(cues["voicing_verbs"]),
        person_pronouns=_lower_set(pronouns["person"]),
        subject_pronouns=_lower_set(pronouns["subject"]),
        return_phrases=_phrases(pronouns["return_phrases"]),
        meeting_verbs=_lower_set(pronouns["meeting_verbs"]),
        press_subjects=_phrases(pronouns["press_subjects"]),
        clause_subject_pronouns=_lower_set(pronouns["clause_subject"]),
        non_predicate_words=_lower_set(pronouns["non_predicate_words"]),
        topic_openers=_lower_set(cues["topic_openers"]),
        non_clause_openers=_lower_set(cues["topic_openers"] + cues["non_clause_openers"]),
        adjunct_prepositions=_lower_set(cues["adjunct_prepositions"]),
        pair_words=_lower_set(pronouns["pair_words"]),
        pair_pronouns=_lower_set(pronouns["pair_pronouns"]),
        pair_place_nouns=_lower_set(pronouns["pair_place_nouns"]),
        pair_noun_fillers=_lower_set(pronouns["pair_noun_fillers"]),
        collective_body_nouns=_lower_set(pronouns["collective_body_nouns"]),
        definite_count_prefix=pronouns["definite_count_prefix"].lower(),
        intransitive_verb_prefix=pronouns["intransitive_verb_prefix"].lower(),
        members_people_nouns=_lower_set(pronouns["members_people_nouns"]),
        naming_links=_lower_set(pronouns["naming_links"]),
        topic_prepositions=_lower_set(pronouns["topic_prepositions"]),
        presentative_verbs=_lower_set(pronouns["presentative_verbs"]),
        recording_nouns=_lower_set(pronouns["recording_nouns"]),
        clause_conjunctions=_lower_set(cues["clause_conjunctions"]),
        clause_openers=_lower_set(cues["clause_openers"]),
        subordinate_clause_openers=_lower_set(cues["backdrop_clause_openers"] + cues["subordinate_clause_openers"]),
        adjunct_lead_ins=_phrases(cues["adjunct_lead_ins"]),
        backdrop_clause_openers=_lower_set(cues["backdrop_clause_openers"]),
        plural_pronouns=_lower_set(pronouns["plural"]),
        institutional_pronouns=_lower_set(pronouns["institutional"]),
        speaker_self_subjects=_lower_set(pronouns["speaker_self_subjects"]),
        self_side_charge_verbs=_lower_set(cues["self_side_charge_verbs"]),
        title_heads=_lower_set(roles["title_heads"]),
        abbreviated_titles=_with_deputy_forms(roles),
        abbreviated_bodies={k.lower(): v for k, v in roles["abbreviated_bodies"].items()},
        office_bodies={tuple(k.lower().split()): v for k, v in roles["office_bodies"].items()},
        honorifics=_lower_set(roles["honorifics"]),
        name_particles=_lower_set(roles["name_particles"]),
        hyphen_name_particles=_lower_set(roles["hyphen_name_particles"]),
        name_abbreviations=_lower_set(roles["name_abbreviations"]),
        inner_name_abbreviations=_lower_set(roles["inner_name_abbreviations"]),
        title_abbreviations=_lower_set(roles["title_abbreviations"]),
        honorific_abbreviations=_lower_set(roles["honorific_abbreviations"]),
        academic_degrees=_lower_set(roles["academic_degrees"]),
        name_prefixes=_lower_set(roles["name_prefixes"]),
        compound_name_prefixes=_phrases(roles["compound_name_prefixes"]),
        names_after_initial=_lower_set(roles["names_after_initial"]),
        lettered_body_heads=_lower_set(roles["lettered_body_heads"]),
        field_body_heads=_lower_set(roles["field_body_heads"]),
        field_words=_field_words(roles),
        given_names_like_common_words=_lower_set(roles["given_names_like_common_words"]),
        name_words_like_titles=_lower_set(roles["name_words_like_titles"]),
        abstract_noun_confixes=tuple((a, b) for a, b in roles["abstract_noun_confixes"]),
        organization_heads=_lower_set(roles["organization_heads"]),
        party_member_heads=_lower_set(roles["party_member_heads"]),
        party_nouns=_lower_set(roles["party_nouns"]),
        initials_role_heads=_lower_set(roles["initials_role_heads"]),
        initials_not_persons=frozenset(roles["initials_not_persons"]),
        initials_introducers=_lower_set(roles["initials_introducers"]),
        organization_name_links=_lower_set(roles["organization_name_links"]),
        body_descriptions=_body_descriptions(roles["body_descriptions"]),
        forward_body_descriptions=_lower_set(roles["forward_body_descriptions"]),
        appositive_body_descriptions={k.lower(): _lower_set(v) for k, v in roles["appositive_body_descriptions"].items()},
        broad_body_nouns=_lower_set(roles["broad_body_nouns"]),
        management_nouns=_lower_set(roles["management_nouns"]),
        management_bodies=tuple(roles["management_bodies"]),
        body_role_nouns=_lower_set(roles["body_role_nouns"]),
        body_roles=_phrases(roles["body_role_nouns"] + roles["body_role_phrases"]),
        posted_body_words=_lower_set(roles["posted_body_words"]),
        body_status_words=_lower_set(roles["body_status_words"]),
        publishing_media=_lower_set(roles["publishing_media"]),
        panel_bodies={k.lower(): _lower_set(v) for k, v in roles["panel_bodies"].items()},
        role_kinds={k.lower(): _phrases(v) for k, v in roles["role_kinds"].items()},
        case_filings={k.lower(): v.lower() for k, v in roles["case_filings"].items()},
        listing_markers=_lower_set(roles["listing_markers"]),
        body_description_breaks=_lower_set(roles["body_description_breaks"]),
        possessed_act_nouns=_lower_set(roles["possessed_act_nouns"]),
        descriptive_role_heads=_lower_set(roles["descriptive_role_heads"]),
        relation_heads=_lower_set(roles["relation_heads"]),
        gendered_categories=_lower_set(roles["gendered_categories"]),
        gender_adjectives=_lower_set(roles["gender_adjectives"]),
        person_nouns=_lower_set(roles["person_nouns"]),
        anonymous_source_nouns=_lower_set(roles["anonymous_source_nouns"]),
        account_nouns=_phrases(roles["account_nouns"]),
        official_account_words=_lower_set(roles["official_account_words"]),
        female_person_words=_lower_set(roles["female_person_words"]),
        male_person_words=_lower_set(roles["male_person_words"]),
        kinship_counts=_lower_set(roles["kinship_counts"]),
        kinship_determiners=_lower_set(roles["kinship_determiners"]),
        pointing_articles=_lower_set(roles["pointing_articles"]),
        birth_order_words=_lower_set(roles["birth_order_words"]),
        record_verbs=_lower_set(cues["record_verbs"]),
        manner_markers=_lower_set(cues["manner_markers"]),
        speech_manner_words=_lower_set(cues["speech_manner_words"]),
        response_nouns=_lower_set(cues["response_nouns"]),
        response_verbs=_lower_set(cues["response_verbs"]),
        question_nouns=_lower_set(cues["question_nouns"]),
        question_cue_verbs=_lower_set(cues["question_cue_verbs"]),
        address_forms=_lower_set(cues["address_forms"]),
        closing_statement_nouns=_lower_set(cues["closing_statement_nouns"]),
        schedule_markers=_lower_set(cues["schedule_markers"]),
        duty_markers=_lower_set(cues["duty_markers"]),
        attitude_adjectives=_lower_set(cues["attitude_adjectives"]),
        future_markers=_lower_set(cues["future_markers"]),
        contrastive_predicate_joiners=_lower_set(cues["contrastive_predicate_joiners"]),
        authored_documents=_lower_set(cues["authored_documents"]),
        document_parts=_lower_set(cues["document_parts"]),
        document_issuing_verbs=_lower_set(cues["document_issuing_verbs"]),
        document_heads=_lower_set(roles["document_heads"]),
        institution_names=_lower_set(roles["institution_names"]),
        indefinite_determiners=frozenset(tuple(d.lower().split()) for d in roles["indefinite_determiners"]),
        collective_determiners=_lower_set(roles["collective_determiners"]),
        partitive_markers=frozenset(tuple(d.lower().split()) for d in roles["partitive_markers"]),
        count_determiners=_lower_set(roles["count_determiners"]),
        singular_determiners=frozenset(tuple(d.lower().split()) for d in roles["singular_determiners"]),
        body_determiners=_lower_set(roles["body_determiners"]),
        role_links=_lower_set(roles["role_links"]),
        firm_name_joiners=_lower_set(roles["firm_name_joiners"]),
        firm_name_closers=_lower_set(roles["firm_name_closers"]),
        firm_prefixes=_lower_set(roles["firm_prefixes"]),
        role_glue_words=_lower_set(roles["role_glue_words"]),
        title_modifiers=_lower_set(roles["title_modifiers"]),
        head_final_titles=_lower_set(roles["head_final_titles"]),
        capacity_markers=_lower_set(roles["capacity_markers"]),
        statement_adjunct_openers=_lower_set(cues["statement_adjunct_openers"]),
        statement_documents=_lower_set(cues["statement_documents"]),
        speech_act_documents=_lower_set(cues["speech_act_documents"]),
        claim_nouns=_lower_set(cues["claim_nouns"]),
        questioning_verbs=_lower_set(cues["questioning_verbs"]),
        own_statement_nouns=_lower_set(cues["own_statement_nouns"]),
        alternative_conjunctions=_lower_set(cues["alternative_conjunctions"]),
        wire_attribution_openers=_lower_set(cues["wire_attribution_openers"]),
        wire_attribution_verbs=_lower_set(cues["wire_attribution_verbs"]),
        led_by_words=_lower_set(roles["led_by_words"]),
        role_time_words=_lower_set(roles["role_time_words"]),
        government_bodies=_lower_set(roles["government_bodies"]),
        qualifier_title_heads=_lower_set(roles["qualifier_title_heads"]),
        government_title_heads=_phrases(roles["government_title_heads"]),
        head_of_state_titles=_phrases(roles["head_of_state_titles"]),
        role_predicates=_lower_set(roles["role_predicates"]),
        occupation_verbs=_lower_set(roles["occupation_verbs"]),
        predicate_role_adverbs=_lower_set(roles["predicate_role_adverbs"]),
        role_other_time_words=_lower_set(roles["role_other_time_words"]),
        event_role_heads=_lower_set(roles["event_role_heads"]),
        victim_prepositions=_lower_set(roles["victim_prepositions"]),
        representative_markers=_lower_set(roles["representative_markers"]),
        office_links=_lower_set(roles["office_links"]),
        role_trailing_fillers=_lower_set(roles["role_trailing_fillers"]),
        other_holder_words=_lower_set(roles["other_holder_words"]),
        title_phrases=_phrases(roles["title_phrases"]),
        body_phrases=_phrases(roles["body_phrases"]),
        title_fields=_title_fields(roles),
        compound_role_heads=_phrases(roles["compound_role_heads"]),
        markers_before_nickname=_phrases(aliases["nickname_markers"]["before_nickname"]),
        markers_after_nickname=_phrases(aliases["nickname_markers"]["after_nickname"]),
        markers_bare_after_nickname=_phrases(aliases["nickname_markers"]["bare_after_nickname"]),
        markers_before_real_name=_phrases(aliases["nickname_markers"]["before_real_name"]),
        markers_apposed_after_nickname=_phrases(aliases["nickname_markers"]["apposed_after_nickname"]),
        markers_before_name_after_description=_phrases(aliases["nickname_markers"]["before_real_name"]
                                                       + aliases["nickname_markers"]["name_after_description"]),
        name_joiners=_lower_set(aliases["nickname_markers"]["names_joined"]),
        markers_before_short_form=_phrases(aliases["nickname_markers"]["before_short_form"]),
        nickname_place_openers=_lower_set(aliases["nickname_markers"]["place_between"]),
        nickname_verbs_of_a_place=_lower_set(aliases["nickname_markers"]["verbs_told_of_a_place"]),
        nickname_markers_after_a_place=frozenset(
            m[1:] for m in _phrases(aliases["nickname_markers"]["before_nickname"])
            if len(m) > 1 and m[0] in _lower_set(aliases["nickname_markers"]["verbs_told_of_a_place"])),
        person_aliases={k.lower(): v for k, v in aliases["person_aliases"].items()},
        body_aliases={k.lower(): v for k, v in aliases["body_aliases"].items()},
        forms_of_address=_lower_set(aliases["forms_of_address"]),
        address_openers=_lower_set(aliases["forms_of_address"] + aliases["titles_of_address"] + roles["honorifics"]),
        female_address=_lower_set(aliases["female_forms_of_address"]),
        male_address=_lower_set(aliases["male_forms_of_address"]),
        haji_honorifics=_lower_set(roles["haji_honorifics"]),
        female_haji_honorifics=_lower_set(roles["female_haji_honorifics"]),
        # A conferred honorific stands where a rank does (… Malaysia Datuk Seri Anwar).
        ranks=_phrases(roles["ranks"] + roles["conferred_honorifics"]),
        conferred_honorifics=_phrases(roles["conferred_honorifics"]),
        words_with_apostrophe=frozenset(w for p in roles["ranks"] + roles["conferred_honorifics"]
                                        for w in p.lower().split() if w.endswith("'")),
        rank_qualifiers=_lower_set(roles["rank_qualifiers"] + roles["rank_bodies"]),
        rank_bodies=_lower_set(roles["rank_bodies"]),
        rank_words=frozenset(w for p in _phrases(roles["ranks"] + roles["conferred_honorifics"]) for w in p)
        | _lower_set(roles["rank_qualifiers"] + roles["rank_bodies"]),
        bracketed_name_qualifiers=_lower_set(roles["bracketed_name_qualifiers"]),
        place_words=_lower_set(w for w in places["words"] if not w.isupper()),
        place_acronyms=frozenset(w for w in places["words"] if w.isupper()),
        place_phrases=_phrases(places["place_phrases"]),
        government_heads=_lower_set(places["government_heads"]),
        home_country_words=frozenset(w if w.isupper() else w.lower() for w in places["home_country_words"]),
        name_heads=_lower_set(places["name_heads"]),
        institution_heads=_lower_set(places["institution_heads"]),
        facility_heads=_lower_set(places["facility_heads"]),
        venue_heads=_lower_set(places["venue_heads"]),
        region_markers=_lower_set(places["region_markers"]),
        where_prepositions=_lower_set(places["where_prepositions"]),
        place_openers=_lower_set(places["where_prepositions"] + places["origin_words"]),
        abbreviated_regions={k.lower(): v for k, v in places["abbreviated_regions"].items()},
        country_names={tuple(name.lower().split()): k for k, group in enumerate(places["country_names"])
                       for name in group},
        government_seats=_phrases(places["government_seats"]),
        residence_heads=_lower_set(roles["residence_heads"]),
        class_nouns=_phrases(roles["class_nouns"]),
        group_speakers=_phrases(roles["group_speakers"]),
        team_speaker_heads=_lower_set(roles["team_speaker_heads"]),
        regional_titles=_phrases(roles["regional_titles"]),
        non_person_words=_lower_set(gazetteer["non_person_words"]),
        person_words=_lower_set(gazetteer["person_words"]) | _lower_set(roles["foreign_given_names"]),
        foreign_given_names=_lower_set(roles["foreign_given_names"]),
        common_words=_lower_set(gazetteer["common_words"]) | _lower_set(roles["deed_nouns"]),
        open_marks=frozenset(marks["open"]),
        close_marks=frozenset(marks["close"]),
        ambiguous_marks=frozenset(marks["either"]),
        quote_marks=frozenset(marks["open"]) | frozenset(marks["close"]) | frozenset(marks["either"]),
        months={k.lower(): v for k, v in calendar["months"].items()},
        weekdays={k.lower(): v for k, v in calendar["weekdays"].items()},
        relative_days={k.lower(): v for k, v in calendar["relative_days"].items()},
        relative_day_span_openers=_lower_set(calendar["relative_day_span_openers"]),
        days_ago=_lower_set(calendar["days_ago"]),
        age_units=_lower_set(calendar["age_units"]),
        age_verbs=_lower_set(calendar["age_verbs"]),
        count_words={k.lower(): v for k, v in calendar["count_words"].items()},
        vague_past=_lower_set(calendar["vague_past"]),
        month_past=_lower_set(calendar["month_past"]),
        month_year_openers=_lower_set(calendar["month_year_openers"]),
        then_words=_lower_set(calendar["then_words"]),
        then_phrases=_phrases(calendar["then_words"]),
        days_from_told={" ".join(k.lower().split()): v for k, v in calendar["days_from_told"].items()},
        told_day_directions={k.lower(): v for k, v in calendar["told_day_directions"].items()},
        event_clause_verbs=_lower_set(calendar["event_clause_verbs"]),
        act_clause_verbs=_lower_set(calendar["act_clause_verbs"]),
        occasion_continuers=tuple(tuple(p.lower().split()) for p in calendar["occasion_continuers"]),
        same_occasion_openers=tuple(tuple(p.lower().split()) for p in calendar["same_occasion_openers"]),
        same_occasion_site_markers=_lower_set(calendar["same_occasion_site_markers"]),
        document_prepositions=_lower_set(calendar["document_prepositions"]),
        issued_documents=_lower_set(calendar["issued_documents"]),
        own_media=_lower_set(calendar["own_media"]),
        period_bounds=_lower_set(calendar["period_bounds"]),
        period_starts=_lower_set(calendar["period_starts"]),
        period_ends=_lower_set(calendar["period_ends"]),
        postponement_verbs=_lower_set(calendar["postponement_verbs"]),
        expectation_markers=_lower_set(calendar["expectation_markers"] + cues["future_markers"] + cues["schedule_markers"]),
        as_of_markers=_lower_set(calendar["as_of_markers"]),
        birth_words=_lower_set(calendar["birth_words"]),
        death_words=_lower_set(calendar["death_words"]),
        as_of_fillers=_lower_set(calendar["as_of_fillers"]),
        day_prepositions=_lower_set(calendar["day_prepositions"]),
        trailing_date_lead_ins=_lower_set(calendar["trailing_date_lead_ins"]),
        event_day_lead_ins=_lower_set(calendar["event_day_lead_ins"]),
        event_place_prepositions=_lower_set(calendar["event_place_prepositions"]),
        statement_nouns=_lower_set(calendar["statement_nouns"]),
        occasion_verbs=_lower_set(calendar["occasion_verbs"]),
        earlier_clause_openers=_lower_set(calendar["earlier_clause_openers"]),
        earlier_occasion_markers=_lower_set(calendar["earlier_occasion_markers"]),
        occasion_clause_openers=_lower_set(calendar["moment_openers"] + calendar["occasion_clause_openers"]),
        held_events=_lower_set(calendar["held_events"]),
        written_cues=_lower_set(calendar["written_cues"]),
        moment_openers=_lower_set(calendar["moment_openers"]),
        other_session_words=_lower_set(calendar["other_session_words"]),
        speech_gatherings=_phrases(calendar["speech_gatherings"]),
        gathering_words=_lower_set(calendar["held_events"])
        | {p[0] for p in _phrases(calendar["speech_gatherings"]) if len(p) == 1},
        now_words=_phrases(calendar["now_words"]),
        occasion_prepositions=_lower_set(calendar["occasion_prepositions"]),
        occasion_sites=tuple(tuple(p.lower().split()) for p in calendar["occasion_sites"]),
        separate_occasion_openers=tuple(tuple(p.lower().split()) for p in calendar["separate_occasion_openers"] + [
            f"{o} {v}" for v in calendar["reaching_verbs"] for o in [""] + calendar["reaching_clause_openers"]]),
        apart_occasion_openers=tuple(tuple(p.lower().split()) for p in calendar["apart_occasion_openers"] + [
            f"{r} {a}" for a in calendar["apart_occasion_adverbs"] for r in ["", *(
                f"{o} {v}" for v in calendar["reaching_verbs"] for o in [""] + calendar["reaching_clause_openers"])]]),
        same_scene_words=_lower_set(calendar["same_scene_words"]),
        reaching_verbs=_lower_set(calendar["reaching_verbs"]),
        private_reaching_verbs=_lower_set(calendar["private_reaching_verbs"]),
        turning_openers=frozenset(tuple(p.lower().split()) for p in calendar["turning_openers"]),
        gathered_crowd_words=tuple(tuple(p.lower().split()) for p in calendar["gathered_crowd_words"]),
        not_crowd_phrases=tuple(tuple(p.lower().split()) for p in calendar["not_crowd_phrases"]),
        date_trailers=_lower_set(calendar["date_trailers"]),
        time_zones=_lower_set(calendar["time_zones"]),
        citation_day_verbs=_lower_set(calendar["citation_day_verbs"]),
        citation_source_prepositions=_lower_set(calendar["citation_source_prepositions"]),
        citation_outlet_nouns=tuple(tuple(p.lower().split()) for p in calendar["citation_outlet_nouns"]),
        speaker_citation_verbs=_lower_set(calendar["speaker_citation_verbs"]),
        time_conversion_links=_lower_set(calendar["time_conversion_links"]),
        date_name_heads=_lower_set(calendar["date_name_heads"]),
        date_name_links=_lower_set(calendar["date_name_links"]),
        header_date_markers=_lower_set(calendar["header_date_markers"]),
        weekday_qualifiers={w.lower(): kind for kind, words in calendar["weekday_qualifiers"].items()
                            if not kind.startswith("_") for w in words},
        interview_markers=_phrases(cues["interview_markers"]),
        interview_words=_lower_set(cues["interview_words"]),
        interview_question_labels=_lower_set(cues["interview_question_labels"]),
        interview_answer_labels=_lower_set(cues["interview_answer_labels"]),
        boilerplate_prefixes=tuple(p.lower() for p in boiler["line_prefixes"]),
        boilerplate_exact=_lower_set(boiler["exact_lines"]),
        link_lead_lines=_lower_set(boiler["link_lead_lines"]),
        author_initials_pattern=boiler["author_initials_pattern"],
        photo_credit_pattern=boiler["photo_credit_pattern"],
        caption_credit_pattern=boiler["caption_credit_pattern"],
        bare_credit_pattern=boiler["bare_credit_pattern"],
    )
    _check_subsets(lex)
    return lex


# Keys drawn from another key: (subset, superset) attribute names. A word added to the
# first alone would never be reached by the code that tests the second before it.
_SUBSET_KEYS = (
    ("self_side_charge_verbs", "counter_claim_verbs"),
    ("private_reaching_verbs", "reaching_verbs"),
    ("confirmation_verbs", "excuse_verbs"),
)


def _check_subsets(lex: Lexicon) -> None:
    for sub, sup in _SUBSET_KEYS:
        extra = getattr(lex, sub) - getattr(lex, sup)
        if extra:
            raise ValueError(f"{sub}: {sorted(extra)} not in {sup}")
