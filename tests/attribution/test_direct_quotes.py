"""Direct quotations in the styles Indonesian outlets print, and what is not a quote."""
from attribution.quotes import find_quote_spans

from .conftest import only


def test_curly_quote_with_cue_after(run):
    r = run("“Kami tidak akan mundur dari perundingan ini,” kata Budi Santoso di Jakarta.")
    q = only(r)
    assert q.type == "direct"
    assert q.text == "Kami tidak akan mundur dari perundingan ini,"
    assert q.speaker.name == "Budi Santoso"
    assert q.cue.text == "kata"
    assert r.text[q.start:q.end] == q.text


def test_kompas_same_mark_opens_and_closes(run):
    text = "Rapat berlangsung alot. ”Semua pihak harus menahan diri sampai hasil resmi keluar,” ujar Rina Wulandari."
    q = only(run(text))
    assert q.text.startswith("Semua pihak harus")
    assert q.speaker.name == "Rina Wulandari"


def test_ascii_and_single_marks(run):
    r1 = run('"Harga beras akan turun bulan depan," kata Agus Salim.')
    r2 = run("‘Kami sudah menyiapkan semua dokumen yang diminta,’ tutur Sri Lestari.")
    assert only(r1).speaker.name == "Agus Salim"
    assert only(r2).speaker.name == "Sri Lestari"


def test_quote_over_several_sentences_and_paragraphs(run):
    text = ("“Kami datang untuk bekerja. Tidak ada waktu untuk bersantai di sini.\n"
            "“Semua target harus tercapai sebelum akhir tahun,” kata Dewi Anggraini.")
    q = only(run(text))
    assert q.text.startswith("Kami datang") and q.text.endswith("akhir tahun,")
    assert "\n" in q.text
    assert q.speaker.name == "Dewi Anggraini"


def test_unbalanced_marks_never_crash():
    for text in ["“Tidak ada akhir", "kata ”", "” ” “ “ ‘", "“a” “", "\"" * 7, "“\n\n“\n"]:
        for span in find_quote_spans(text):
            assert 0 <= span.start <= span.end <= len(text)


def test_unbalanced_quote_kept_to_paragraph_end_with_low_confidence(run):
    text = "“Kami akan terus berjuang untuk para petani di desa ini, kata Joko Susanto.\nParagraf lain."
    r = run(text)
    direct = [q for q in r.quotes if q.type == "direct"]
    assert direct and direct[0].confidence < 0.8
    assert direct[0].rules["detect"].endswith("unbalanced")


def test_scare_quotes_and_names_are_not_quotes(run):
    text = ("Kedua negara menandatangani “kemitraan strategis komprehensif” pada Rabu. "
            "Program ”wajah baru” itu diluncurkan kemarin.")
    assert run(text).quotes == []


def test_short_quote_with_cue_is_kept(run):
    q = only(run("”Tidak,” jawab Hendra Gunawan singkat."))
    assert q.text == "Tidak,"
    assert q.speaker.name == "Hendra Gunawan"


def test_title_in_quotation_marks_is_not_a_quote_even_before_a_cue(run):
    text = ("Sejarawan Budi Santosa dalam bukunya, ”Wabah Pes di Tanah Priangan, 1910-1930”, mengatakan, "
            "pemerintah kolonial menutup pasar selama dua bulan.")
    r = run(text)
    assert [q.type for q in r.quotes] == ["indirect"]


def test_possessive_apostrophe_after_a_space_does_not_open_a_quote(run):
    text = ("Permintaan itu harus sesuai dengan Interpol ’s Constitution and Rules. "
            "”Kami akan memeriksa semua petugas yang terlibat,” kata Hendra.")
    q = only(run(text))
    assert q.text.startswith("Kami akan memeriksa") and q.speaker.name == "Hendra"


def test_a_verb_in_the_next_paragraph_is_not_the_quote_s_cue(run):
    text = ("Gubernur Bank Sentral Perry Santoso mengatakan keputusan itu menjaga rupiah.\n\n"
            "Perry menjelaskan: \"Kebijakan moneter tetap difokuskan untuk stabilitas. Kami terus memantau.\"\n\n"
            "Deputi Gubernur Senior Destry Wulandari menambahkan, likuiditas perbankan masih memadai.")
    r = run(text)
    q = only(r, "direct")
    assert q.speaker.name == "Perry Santoso"


def test_a_title_and_name_after_a_quote_without_a_verb_say_who_spoke(run):
    text = ("Maskapai memperketat aturan di kabin. ”Interaksi penumpang dan awak kabin dibatasi,” "
            "Juru bicara Lion Air Group Danang Prihantoro. Menurut dia, udara kabin selalu disaring.")
    r = run(text, names={"Danang Prihantoro": "PER"})
    assert [q.speaker.name for q in r.quotes] == ["Danang Prihantoro", "Danang Prihantoro"]


def test_a_shouted_quote_from_an_unnamed_orator_is_nobody_elses(run):
    text = ("Ribuan pengemudi berunjuk rasa di depan Istana. \"Potongan 20 persen itu terlalu besar!\" teriak "
            "salah satu orator dari atas mobil komando. Ketua Umum Garda Indonesia Igun Wicaksono mengatakan "
            "aksi akan berlanjut jika tuntutan tidak dipenuhi.")
    r = run(text, names={"Igun Wicaksono": "PER"})
    shout = r.quotes[0]
    assert shout.cue.text == "teriak"
    assert shout.speaker is None  # not Igun, named in the next sentence
    assert shout.unnamed_source.text == "salah satu orator"
    assert r.quotes[1].speaker.name == "Igun Wicaksono"


def test_demikian_dikatakan_after_a_quote_is_its_cue(run):
    text = ("Keraton menggelar upacara Garebeg, Kamis. ”Kami menjaga tradisi ini agar tetap hidup,” demikian "
            "dikatakan Kepala Bagian Humas Keraton Yogyakarta Raden Jatmiko. Warga antusias mengikuti "
            "upacara. Ketua panitia Budi Hartono menambahkan, acara berlangsung aman.")
    r = run(text, names={"Jatmiko": "PER", "Budi Hartono": "PER"})
    q = r.quotes[0]
    assert (q.speaker.name, q.cue.text, q.rules["cue"]) == ("Raden Jatmiko", "demikian dikatakan", "cue_after_quote:demikian")


def test_a_quote_paragraph_then_demikian_with_an_untagged_name(run):
    text = ("Ketua Umum Apindo Shinta Wardani angkat bicara soal upah minimum.\n\n"
            "\"Ini bukan soal mau atau tidak mau. Ini soal kemampuan perusahaan.\"\n\n"
            "Demikian ditegaskan Shinta saat ditemui di Jakarta, Selasa (19/8/2025).")
    q = only(run(text, "2025-08-20"), "direct")  # no tagger: nothing marks "Shinta"
    assert q.speaker.name == "Shinta Wardani"
    assert q.rules["speaker"] == "context_speaker:named_next"


def test_a_cue_verb_opening_the_sentence_before_a_colon(run):
    text = ("”Kami tidak setuju,” kata Ketua Umum Apindo Shinta Wardani. Presiden Partai Buruh Said Iqbal "
            "punya pandangan berbeda. Kata dia: \"Buruh sudah terlalu lama menahan diri.\"")
    r = run(text, names={"Shinta Wardani": "PER", "Said Iqbal": "PER"})
    assert [(q.speaker.name, q.cue.text) for q in r.quotes] == [("Shinta Wardani", "kata"), ("Said Iqbal", "Kata")]


def test_ujarnya_after_an_unnamed_source_keeps_its_description(run):
    text = ("Seorang pejabat Istana mengatakan, Presiden sudah mengantongi nama-nama pengganti. "
            "”Tinggal menunggu waktu yang tepat,” ujarnya.")
    r = run(text)
    assert [(q.speaker, q.unnamed_source.text) for q in r.quotes] == [
        (None, "Seorang pejabat Istana"), (None, "Seorang pejabat Istana")]
    assert r.quotes[1].rules["speaker"] == "pronoun_mention:unnamed"


def test_a_quote_whose_writer_left_out_the_repeated_opening_mark_runs_on(run):
    text = ('"Stok kita cukup. Masyarakat tidak perlu panik.\n\nKami juga sudah meminta Satgas Pangan '
            'mengawasi distributor," kata Kepala Dinas Perdagangan Ratna Kusumawardani.')
    q = only(run(text))
    assert q.text.startswith("Stok kita cukup.") and q.text.endswith("mengawasi distributor,")
    assert q.speaker.name == "Ratna Kusumawardani"
    # A paragraph that opens its own quotation does not continue the open one.
    text = ('"Stok kita cukup.\n\nIa menyebut "operasi pasar" terus digelar. "Harga turun," kata Ratna.')
    assert [q.text for q in run(text).quotes if q.type == "direct"][-1] == "Harga turun,"


def test_a_sentence_ending_on_a_speech_verb_gives_the_quotation_after_it_its_speaker(run):
    text = ("Wahyu Nugroho mengaku puas dengan permainan timnya. ”Semua pemain bekerja keras,” tuturnya. "
            "Ditanya soal lawan di final, Dimas Prakoso menjawab singkat.\n\n”Siapa pun lawannya, kami siap.”")
    names = {"Wahyu Nugroho": "PER", "Dimas Prakoso": "PER"}
    q = run(text, names=names).quotes[-1]
    assert (q.speaker.name, q.rules["cue"]) == ("Dimas Prakoso", "cue_before_quote:sentence_before")
    # A verb denied, or followed by what was done instead, names no source of the quotation.
    for sentence in ("Dimas Prakoso tidak menjawab.", "Dimas Prakoso menjawab dengan menggeleng."):
        q = run(text.replace("Ditanya soal lawan di final, Dimas Prakoso menjawab singkat.", sentence),
                names=names).quotes[-1]
        assert q.speaker.name == "Wahyu Nugroho", sentence


def test_a_quotation_the_next_sentence_says_was_uttered_by_someone(run):
    text = ("Pelatih Hendra Susilo menilai timnya tampil disiplin. ”Kami akan evaluasi,” ujar Hendra.\n\n"
            "”Kami tidak pernah berhenti percaya.” Kalimat itu diucapkan Bagas Wicaksono sesaat setelah "
            "memastikan tiket final.")
    q = run(text, names={"Hendra Susilo": "PER", "Bagas Wicaksono": "PER"}).quotes[-1]
    assert (q.speaker.name, q.rules["speaker"]) == ("Bagas Wicaksono", "context_speaker:named_next")


def test_a_quote_opened_once_and_closed_once_over_several_paragraphs(run):
    text = ("Juru bicara Walhi, Dodi Saputra, menjelaskan temuan itu.\n\n"
            "\"Kami menemukan merkuri di beberapa titik sampel.\n\n"
            "Beberapa warga juga melaporkan gatal setelah mandi di sungai.\n\n"
            "Pemerintah daerah belum turun tangan.\n\n"
            "Sampel lain masih kami uji di laboratorium.\n\n"
            "Kami tidak menolak tambang,\" kata Dodi.")
    q = only(run(text))  # three paragraphs with no mark between the opening and the close
    assert q.type == "direct" and q.speaker.name == "Dodi Saputra"
    assert q.text.startswith("Kami menemukan merkuri") and q.text.endswith("Kami tidak menolak tambang,")


def test_a_quote_left_open_is_not_closed_by_a_scare_quote_paragraphs_later(run):
    text = ("Juru bicara Walhi, Dodi Saputra, menjelaskan temuan itu.\n\n"
            "”Kami menemukan merkuri di beberapa titik sampel.\n\n"
            "Warga di hilir mengeluhkan gatal setelah mandi di sungai.\n\n"
            "Pemerintah menyebut temuan itu ”belum final” dan akan mengujinya ulang.")
    quotes = run(text).quotes
    assert quotes[0].text == "Kami menemukan merkuri di beberapa titik sampel."
    assert quotes[1].text == "temuan itu ”belum final” dan akan mengujinya ulang"


def test_a_title_after_bertajuk_is_no_quote(run):
    q = only(run("Laporan Walhi bertajuk \"Sungai untuk Siapa?\" menyebutkan bahwa limbah tambang telah "
                 "mencemari sembilan sungai."))
    assert (q.type, q.text) == ("indirect", "limbah tambang telah mencemari sembilan sungai")
    # The same words asked, with a cue, are a quotation.
    q = only(run("Juru bicara Walhi, Dodi Saputra, menjelaskan temuan itu. \"Sungai untuk siapa?\" tanya Dodi."))
    assert (q.type, q.speaker.name) == ("direct", "Dodi Saputra")


def test_demikian_before_a_cue_verb_is_an_adverb(run):
    text = ("Nelayan Muara Angke menolak reklamasi. ”Laut ini tempat kami mencari makan sejak kakek kami,” "
            "demikian kata Suparno Wiyono.")
    q = only(run(text, names={"Suparno Wiyono": "PER"}), "direct")
    assert (q.speaker.name, q.cue.text, q.rules["cue"]) == ("Suparno Wiyono", "kata", "cue_after_quote")


def test_demikian_and_a_statement_noun_name_the_body_whose_statement_it_is(run):
    text = ("Jadwal kapal ke Pulau Sebesi ditunda. ”Cuaca buruk membahayakan pelayaran kecil,” demikian "
            "keterangan tertulis Badan Meteorologi Lampung.")
    q = only(run(text), "direct")
    assert (q.speaker.name, q.rules["cue"]) == ("Badan Meteorologi Lampung", "cue_after_quote:demikian")
    assert q.cue.text == "demikian keterangan tertulis"


def test_a_body_the_tagger_runs_into_a_headline_is_the_body_the_article_names(run):
    # A title-case headline: the tagger takes the body, its verb and its object for one
    # name; the body is the part the article names alone, digits after it or not.
    headline = "Bank Tani Makmur Salurkan Kredit Petani Rp 50 Miliar"
    text = (f"{headline}\n\nSemarang - Bank Tani Makmur menyalurkan kredit bagi petani jagung. "
            "”Kami juga menyiapkan skema untuk peternak,” demikian keterangan tertulis Bank Tani Makmur.")
    q = only(run(text, names={headline: "ORG", "Bank Tani Makmur": "ORG"}), "direct")
    assert (q.speaker.name, q.rules["cue"]) == ("Bank Tani Makmur", "cue_after_quote:demikian")
    # The longest part the article names alone is the body (Dinas … Kota Sukamaju, not Dinas
    # Pertanian).
    headline = "Dinas Pertanian Kota Sukamaju Bagikan 500 Ton Pupuk"
    text = (f"{headline}\n\nSukamaju - Dinas Pertanian Kota Sukamaju membagikan pupuk. Dinas Pertanian "
            "mencatat stok cukup. ”Pupuk tiba pekan depan,” demikian keterangan tertulis Dinas Pertanian "
            "Kota Sukamaju.")
    q = only(run(text, names={headline: "ORG", "Dinas Pertanian Kota Sukamaju": "ORG", "Dinas Pertanian": "ORG"}),
             "direct")
    assert q.speaker.name == "Dinas Pertanian Kota Sukamaju"


def test_demikian_and_an_opinion_noun_name_the_one_whose_view_it_is(run):
    # A quote of its own sentence, then Demikian penilaian/pandangan X: X spoke, not the
    # speaker quoted before.
    opening = "Direktur PT Sinar Niaga, Hendra Kusuma, mengatakan ekspor turun. \"Permintaan melemah,\" katanya.\n\n"
    for noun in ("penilaian", "pandangan", "pendapat"):
        text = opening + f"\"Pasar kini jauh lebih selektif.\" Demikian {noun} analis pasar modal, Siti Rahma Lubis."
        q = run(text, names={"Hendra Kusuma": "PER", "Siti Rahma Lubis": "PER"}).quotes[-1]
        assert (q.speaker.name, q.rules["cue"]) == ("Siti Rahma Lubis", "cue_after_quote:demikian"), noun
    # A noun that names no one's words (hasil survei) is no cue.
    text = opening + "\"Pasar kini jauh lebih selektif.\" Demikian hasil survei Lembaga Kajian Pasar."
    q = run(text, names={"Hendra Kusuma": "PER"}).quotes[-1]
    assert q.rules.get("cue") != "cue_after_quote:demikian"


def test_demikian_and_a_speech_read_out_give_its_author_not_its_reader(run):
    text = ("Bupati Lamongan Farida Hanum berhalangan hadir. Sambutannya dibacakan Sekda Lamongan Joko Pranoto.\n\n"
            "Panitia membagikan 300 bibit pohon.\n\n"
            "”Desa yang hijau adalah desa yang sehat,” demikian sambutan bupati yang dibacakan Joko.")
    r = run(text, names={"Farida Hanum": "PER", "Joko Pranoto": "PER"})
    q = only(r, "direct")
    assert (q.speaker.name, q.rules["cue"]) == ("Farida Hanum", "cue_after_quote:demikian")


def test_demikian_and_a_name_alone_name_the_speaker(run):
    text = ("Petani Desa Karangrejo Wagiman Sastro ikut panen raya. ”Gabah kami dihargai layak tahun ini,” demikian Wagiman.")
    q = only(run(text, names={"Wagiman Sastro": "PER"}), "direct")
    assert (q.speaker.name, q.rules["cue"]) == ("Wagiman Sastro", "cue_after_quote:demikian")


def test_demikian_and_a_statement_with_no_source_named_leave_the_speaker_to_context(run):
    text = ("Ketua DPRD Tegal Heru Santosa mengatakan semua fraksi sepakat. ”Kami menolak kenaikan "
            "pajak hiburan,” demikian bunyi pernyataan bersama itu.")
    q = only(run(text, names={"Heru Santosa": "PER"}), "direct")
    assert q.speaker.name == "Heru Santosa"  # not a speaker named "itu"
    assert q.rules["cue"] == "cue_after_quote:demikian"
    assert q.rules["speaker"].startswith("context_speaker")


def test_demikian_before_a_word_that_names_no_one_is_no_cue(run):
    text = ("Rapat paripurna membahas revisi perda. ”Setiap warga berhak atas air bersih,” demikian Pasal 4 "
            "rancangan itu.")
    q = only(run(text), "direct")
    assert "cue" not in q.rules


def test_a_description_closed_by_a_demonstrative_before_an_adjunct_names_the_one_described(run):
    text = ("Sopir truk asal Cirebon, Darsono (45), mengaku berangkat lebih awal.\n\n"
            "\"Tahun lalu saya terjebak macet 12 jam,\" ucap pria yang bekerja sebagai sopir truk itu saat "
            "beristirahat di Rest Area KM 102.")
    r = run(text, names={"Darsono": "PER"})
    q = only(r, "direct")
    assert (q.speaker.name, q.rules["speaker"]) == ("Darsono", "pronoun_mention")


def test_a_short_quote_right_after_a_cued_one_continues_it(run):
    text = "”Dulu di sini sawah semua,” kata Sutarmi Wulandari. ”Sekarang jadi pabrik.”"
    r = run(text, names={"Sutarmi Wulandari": "PER"})
    assert [(q.text, q.speaker.name) for q in r.quotes] == [
        ("Dulu di sini sawah semua,", "Sutarmi Wulandari"), ("Sekarang jadi pabrik.", "Sutarmi Wulandari")]


def test_a_short_quote_continues_a_cued_one_of_two_sentences(run):
    # The cued quotation starts a sentence earlier than the one its cue closes.
    text = "”Dulu di sini sawah. Di sana kolam ikan,” kata Sutarmi Wulandari sambil menunjuk. ”Sekarang jadi pabrik.”"
    r = run(text, names={"Sutarmi Wulandari": "PER"})
    assert [(q.text, q.speaker.name) for q in r.quotes] == [
        ("Dulu di sini sawah. Di sana kolam ikan,", "Sutarmi Wulandari"), ("Sekarang jadi pabrik.", "Sutarmi Wulandari")]
    # Guard: in the next paragraph it is a scare quote still.
    text = "”Dulu di sini sawah. Di sana kolam ikan,” kata Sutarmi Wulandari sambil menunjuk.\n\n”Kampung pabrik.”"
    r = run(text, names={"Sutarmi Wulandari": "PER"})
    assert [q.text for q in r.quotes] == ["Dulu di sini sawah. Di sana kolam ikan,"]


def test_a_short_quote_inside_the_next_sentence_or_paragraph_is_still_a_scare_quote(run):
    text = ("”Dulu di sini sawah semua,” kata Sutarmi Wulandari. Orang luar mengenal desa itu sebagai ”kampung pabrik.”\n\n"
            "”Kampung pabrik.”")
    r = run(text, names={"Sutarmi Wulandari": "PER"})
    assert [q.text for q in r.quotes] == ["Dulu di sini sawah semua,"]
    r = run("”Dulu di sini sawah semua,” kata Sutarmi Wulandari.\n\n”Kampung pabrik.”",
            names={"Sutarmi Wulandari": "PER"})
    assert [q.text for q in r.quotes] == ["Dulu di sini sawah semua,"]
