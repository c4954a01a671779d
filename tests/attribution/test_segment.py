"""Sentence splitting of news text (attribution.segment): the rules around the places a
statistical splitter trips on, each from a sentence written for this test."""
from attribution import extract
from attribution.normalize import normalize_text
from attribution.segment import build_document

from .conftest import FakeTagger


def _sentences(text):
    doc = build_document(text)
    return [text[s.start:s.end] for s in doc.sentences]


def test_missing_space_after_a_full_stop_still_ends_the_sentence():
    assert _sentences("Harga cabai naik pekan lalu.Dalam sepekan, pasokan pulih.") == [
        "Harga cabai naik pekan lalu.", "Dalam sepekan, pasokan pulih."]


def test_abbreviations_and_initials_do_not_end_a_sentence():
    text = "Menurut Dr. Sari dan Susilo B. Yudhoyono, Jl. Merdeka No. 5 ditutup. Warga mengungsi."
    assert _sentences(text) == [
        "Menurut Dr. Sari dan Susilo B. Yudhoyono, Jl. Merdeka No. 5 ditutup.", "Warga mengungsi."]


def test_a_specialist_field_in_capital_pieces_after_sp_does_not_end_a_sentence():
    text = "Dokter itu, dr. Hana Pratiwi, Sp.PD-KGEH, memeriksa pasien. Warga antre."
    assert _sentences(text) == ["Dokter itu, dr. Hana Pratiwi, Sp.PD-KGEH, memeriksa pasien.", "Warga antre."]
    # Near miss: a written-on capital word that is no hyphenated field still opens a sentence.
    assert _sentences("Pasien itu dirawat di RS.Warga antre.") == ["Pasien itu dirawat di RS.", "Warga antre."]


def test_opening_mark_after_a_full_stop_starts_the_next_sentence():
    # The opening mark must not be read as the closing mark of the sentence before it.
    for mark_open, mark_close in (("”", "”"), ('"', '"'), ("“", "”")):
        text = f"Ia tiba pukul 09.00. {mark_open}Kami siap bekerja,{mark_close} katanya."
        assert _sentences(text) == ["Ia tiba pukul 09.00.", f"{mark_open}Kami siap bekerja,{mark_close} katanya."]


def test_closing_mark_right_after_a_full_stop_stays_with_its_sentence():
    assert _sentences("”Kami siap.” Lalu rapat dimulai.") == ["”Kami siap.”", "Lalu rapat dimulai."]


def test_rupiah_amount_with_thousands_separator_is_one_token():
    text = "Nilai tukar dipatok Rp9.050 per dolar AS. Inflasi 3 persen."
    assert _sentences(text) == ["Nilai tukar dipatok Rp9.050 per dolar AS.", "Inflasi 3 persen."]
    assert "Rp9.050" in [t.text for t in build_document(text).tokens]


def test_company_suffixes_do_not_end_a_sentence():
    assert len(_sentences("Saham Aman Energy Pte. Ltd. naik tajam hari ini.")) == 1


def test_a_site_name_with_a_full_stop_is_not_a_sentence_end():
    # Tempo and Tribun write their names in capitals (TEMPO.CO, TRIBUNNEWS.COM): the
    # capital after the full stop does not open a sentence.
    for site in ("TEMPO.CO", "TRIBUNNEWS.COM", "VIVA.co.id"):
        text = f"{site}, Jakarta - Harga beras naik. Pasokan turun."
        assert _sentences(text) == [f"{site}, Jakarta - Harga beras naik.", "Pasokan turun."]


def test_degrees_and_short_given_names_do_not_end_a_sentence_but_a_missing_space_does():
    assert len(_sentences("Ketua KPU Moch. Arif Rahman dan dr. Rina, Sp.A, hadir. Rapat dimulai.")) == 2
    assert _sentences("Rapat digelar bulan ini.Ia hadir.") == ["Rapat digelar bulan ini.", "Ia hadir."]


def test_a_capital_letter_and_a_full_stop_before_a_common_word_ends_the_sentence():
    doc = build_document("Barang itu disimpan di Blok C. Polisi kemudian menggeledah rumah itu. "
                         "Jenderal Susilo B. Yudhoyono hadir bersama A. Yani.")
    texts = [doc.text[s.start:s.end] for s in doc.sentences]
    assert texts == ["Barang itu disimpan di Blok C.", "Polisi kemudian menggeledah rumah itu.",
                     "Jenderal Susilo B. Yudhoyono hadir bersama A. Yani."]


def test_dato_keeps_its_apostrophe_before_a_name_only():
    doc = build_document("Menteri Besar Johor Dato' Sri Ahmad mengatakan, warga menyukai lagu 'Dato' itu.")
    words = [t.text for t in doc.tokens]
    assert "Dato'" in words  # before the name: one word
    assert words[words.index("lagu") + 1:words.index("lagu") + 4] == ["'", "Dato", "'"]  # a title in quotes


def test_initials_in_capitals_after_berinisial_end_the_sentence_though_mr_is_a_title():
    text = ("Uang itu dititipkan kepada kurir berinisial MR. Serah terima berlangsung di sebuah hotel. "
            "Ia juga bertemu Mr. Johnson di lobi.")
    assert _sentences(text) == [
        "Uang itu dititipkan kepada kurir berinisial MR.", "Serah terima berlangsung di sebuah hotel.",
        "Ia juga bertemu Mr. Johnson di lobi."]
    # Not initials: a company's abbreviation in capitals keeps its name (PT. Sinar Jaya).
    assert _sentences("Proyek itu dikerjakan PT. Sinar Jaya sejak Maret. Warga protes.") == [
        "Proyek itu dikerjakan PT. Sinar Jaya sejak Maret.", "Warga protes."]


# A title-case headline whose first word is a speech verb (Cerita …, …): a headline, no
# statement, only as long as its line end is seen as one.
_HEADLINE = "Cerita Guru Honorer di Pelosok Sumba, Seberangi Sungai demi Mengajar Murid"
_LINES_ARTICLE = (
    f"{_HEADLINE}\n\n{_HEADLINE}\n\nFoto: Dokumentasi Sekolah\n\n"
    "WAINGAPU, KOMPAS.com - Pada Senin, 11 Agustus 2025, puluhan murid SD Inpres Lewa menunggu guru "
    "mereka di tepi sungai.\n\nYohana Lende (29) sudah delapan tahun mengajar di sekolah itu.\n\n"
    "“Kalau sungai banjir, kami tunggu sampai surut,” kata Yohana.\n\n"
    "Ia mengatakan bahwa jembatan gantung di desa itu putus sejak tahun lalu.")


def _records_at_unix_offsets(text):
    """The records of ``text`` with offsets counted as if each ``\\r\\n`` were ``\\n``,
    checking that the offsets index ``text`` itself."""
    out = []
    for q in extract(text, tagger=None).to_dict()["quotes"]:
        assert text[q["start"]:q["end"]] == q["text"]
        sp = q["speaker"] or {}
        if sp.get("mention_start") is not None:
            assert text[sp["mention_start"]:sp["mention_end"]] == sp["mention"]
        unix = (lambda o: o - text.count("\r\n", 0, o)) if "\r\n" in text else (lambda o: o)
        out.append((q["type"], unix(q["start"]), unix(q["end"]), sp.get("name"), sp.get("role"), q["date"],
                    q["rules"]))
    return out


def test_line_ends_of_any_form_give_the_records_of_unix_ones():
    plain = _records_at_unix_offsets(_LINES_ARTICLE)
    # The headlines are no statements; the quote and the reported clause are Yohana's.
    assert [(r[0], r[3]) for r in plain] == [("direct", "Yohana"), ("indirect", "Yohana")]
    for line_end in ("\r\n", "\r", "\u2028"):
        assert _records_at_unix_offsets(_LINES_ARTICLE.replace("\n", line_end)) == plain, repr(line_end)


def test_other_spaces_and_invisible_characters_leave_names_whole_and_offsets_right():
    # The full name written once, its words kept apart by a zero-width space alone.
    text = ("\ufeffWali Kota Bogor Hendra\u200bSaputra meninjau pasar, Selasa\u2009(4/3/2025).\n\n"
            "“Harga cabai sudah turun sejak pekan lalu,” kata\u00a0Hendra \u200b.\n\n"
            "Menurut\u00a0dia, pasokan dari Garut kembali lancar.")
    tagger = FakeTagger({"Hendra Saputra": "PER", "Hendra": "PER"})
    body = extract(text, published="2025-03-05", tagger=tagger).to_dict()
    assert [(q["type"], q["speaker"]["name"], q["speaker"]["role"], q["date"]) for q in body["quotes"]] == [
        ("direct", "Hendra Saputra", "Wali Kota Bogor", "2025-03-04"),
        ("indirect", "Hendra Saputra", "Wali Kota Bogor", "2025-03-04")]
    for q in body["quotes"]:
        assert text[q["start"]:q["end"]] == q["text"]
        assert text[q["speaker"]["mention_start"]:q["speaker"]["mention_end"]] == q["speaker"]["mention"]
        assert text[q["cue"]["start"]:q["cue"]["end"]] == q["cue"]["text"] if q["cue"] else True
    assert body["quotes"][0]["text"] == "Harga cabai sudah turun sejak pekan lalu,"
    assert [q["speaker"]["mention"] for q in body["quotes"]] == ["Hendra", "dia"]


def test_normalized_text_maps_its_offsets_back():
    norm = normalize_text("ab\r\ncd\u200b\u00a0e")
    assert norm.text == "ab\ncd e"  # the \\r dropped, not doubled: character windows agree with \\n text
    assert norm.span(0, 2) == (0, 2) and norm.span(3, 5) == (4, 6) and norm.span(0, 5) == (0, 6)
    assert norm.span(6, 7) == (8, 9)
    # A zero-width space between two words' characters is the space between them.
    assert normalize_text("Hendra\u200bSaputra").text == "Hendra Saputra"
    # Near miss: text with only \\n and plain spaces is read as it is.
    plain = normalize_text("Harga naik.\n\nWarga mengeluh.")
    assert plain.text == "Harga naik.\n\nWarga mengeluh." and plain.span(3, 9) == (3, 9)


def test_a_title_written_short_ends_neither_the_sentence_nor_the_title():
    # Plt., Pj., Plh. before the title they stand in for: no sentence end there.
    assert _sentences("Plt. Kepala Dinas Pertanian Bagus Hermawan hadir. Warga lega.") == [
        "Plt. Kepala Dinas Pertanian Bagus Hermawan hadir.", "Warga lega."]
    assert _sentences("kata Pj. Corporate Secretary PT Sinar Energi Rina Kartika.") == [
        "kata Pj. Corporate Secretary PT Sinar Energi Rina Kartika."]
    # Near miss: a pronoun or a connective after it opens a new sentence.
    assert _sentences("Budi ditunjuk sebagai Plt. Ia mulai bekerja Senin.") == [
        "Budi ditunjuk sebagai Plt.", "Ia mulai bekerja Senin."]
    assert _sentences("Ia menjabat Plh. Namun, tugasnya berat.") == ["Ia menjabat Plh.", "Namun, tugasnya berat."]


def test_haji_written_short_inside_a_name_ends_no_sentence():
    assert _sentences("Pagi itu, Hamdan Hi. Ismail (47) menarik perahu. Ikan sedikit.") == [
        "Pagi itu, Hamdan Hi. Ismail (47) menarik perahu.", "Ikan sedikit."]
