"""Sentence splitting of news text (attribution.segment): the rules around the places a
statistical splitter trips on, each from a sentence written for this test."""
from attribution.segment import build_document


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
