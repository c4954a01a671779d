"""Dates of statements: formats, weekday agreement, datelines, context."""
from datetime import date

from attribution.dates import dateline, find_date_mentions, resolve

from .conftest import only

ANCHOR = date(2024, 6, 22)


def _one(text, anchor=ANCHOR):
    [m] = find_date_mentions(text)
    return resolve(m, anchor), m.text


def test_formats():
    assert _one("pada Jumat (21/6/2024) malam") == (date(2024, 6, 21), "Jumat (21/6/2024)")
    assert _one("Jumat (21/06) waktu setempat")[0] == date(2024, 6, 21)
    assert _one("pada hari Kamis") == (date(2024, 6, 20), "pada hari Kamis")
    assert _one("sejak Rabu lalu")[0] == date(2024, 6, 19)
    assert _one("tanggal 21 Juni 2024")[0] == date(2024, 6, 21)
    assert _one("kemarin")[0] == date(2024, 6, 21)


def test_weekday_decides_day_and_month():
    # 4 June 2024 is a Tuesday, so “Sabtu (4/6)” in 2024 can only be 6 April.
    assert _one("Sabtu (4/6)", date(2024, 4, 7))[0] == date(2024, 4, 6)


def test_a_month_by_name_is_never_read_as_a_day():
    # 9 November, in an article of 16 October: not 11 September, however near that is.
    assert _one("digelar 9 November", date(2025, 10, 16))[0] != date(2025, 9, 11)
    assert _one("pada 3 Mei", date(2025, 5, 10))[0] == date(2025, 5, 3)


def test_year_from_anchor_goes_back_across_new_year():
    assert _one("Selasa (31/12)", date(2025, 1, 2))[0] == date(2024, 12, 31)


def test_a_year_after_the_article_is_a_typo():
    # 21 June 2024 is a Friday; "2042" cannot date a statement in an article of 2024.
    assert _one("Jumat (21/6/2042)")[0] == date(2024, 6, 21)
    assert _one("Selasa (8/9/3020)", None)[0] is None


def test_dateline():
    assert dateline("Sabtu 22 Jun 2024 17:32 WIB\n\nJudul berita\n\nIsi berita.") == date(2024, 6, 22)
    assert dateline("Tanpa tanggal di sini.") is None


def test_statement_date_from_attribution_not_from_quoted_words(run):
    text = ("“Proyek ini harus selesai pada 17 Agustus 2025,” kata Bupati Klaten Eko Prasetyo, "
            "Senin (3/3/2025).")
    q = run(text, published="2025-03-04").quotes[0]
    assert q.date == date(2025, 3, 3)
    assert q.date_text == "Senin (3/3/2025)"


def test_same_speaker_statement_takes_date_of_press_conference(run):
    text = ("Dalam konferensi pers pada Jumat (21/6/2024), Menteri Luar Negeri Budi Hartono mengatakan "
            "bahwa pemerintah menyiapkan evakuasi warga. "
            "Ia juga menyatakan bahwa kapal tambahan telah dikirim ke pelabuhan.")
    r = run(text, published="2024-06-22")
    assert [q.date for q in r.quotes] == [date(2024, 6, 21), date(2024, 6, 21)]


def test_published_date_is_the_fallback(run):
    q = run("Kepala Desa Suka Maju Tono Sutrisno mengatakan bahwa panen tahun ini melimpah ruah.",
            published="2025-02-10").quotes[0]
    assert q.date == date(2025, 2, 10)
    assert q.rules["date"].endswith("published")


def test_dates_inside_quoted_words_do_not_date_later_statements(run):
    text = ("Presiden Rusia Vladimir Putin bertemu Kim Jong Un di Pyongyang, Rabu (19/6/2024). "
            "“Perjanjian yang ditandatangani hari ini memperkuat kedua negara,” kata Putin. "
            "Putin juga menyampaikan bahwa Rusia terbuka terhadap kerja sama militer.")
    r = run(text, published="2024-06-22")
    assert [q.date for q in r.quotes] == [date(2024, 6, 19), date(2024, 6, 19)]


def test_a_deadline_in_a_sentence_naming_the_speaker_does_not_date_the_statement(run):
    text = ("Polisi menutup terminal bus antarkota, Kamis (23/4/2020).\n"
            "”Langkah ini sudah tepat,” kata Kepala Dinas Perhubungan Rudi Hartono.\n"
            "Rudi juga mendukung penghentian kereta jarak jauh hingga 30 April.")
    q = only(run(text, published="2020-04-24", names={"Rudi Hartono": "PER", "Rudi": "PER"}))
    assert q.date == date(2020, 4, 23)


def test_the_same_speaker_going_on_keeps_the_date_of_the_statement_before(run):
    text = ("Menteri Perdagangan Rina Hapsari pada Jumat (21/6/2024) berbicara kepada wartawan.\n"
            "”Kami akan menambah pasokan beras ke pasar,” kata Rina.\n"
            "Rina berada di Surabaya untuk meresmikan gudang baru pada Kamis (20/6/2024).\n"
            "”Harga akan turun dalam dua pekan,” ujarnya.")
    quotes = run(text, names={"Rina Hapsari": "PER"}).quotes
    assert [q.date for q in quotes] == [date(2024, 6, 21), date(2024, 6, 21)]
    assert quotes[1].rules["date"] == "statement_date:continued"


def test_a_date_inside_a_quotation_does_not_date_the_statement_after_it(run):
    text = ("”Petugas berjanji datang Sabtu (19/9/2020) nanti,” ujar PT. PT mengatakan keluarganya "
            "belum dites sampai sekarang.")
    r = run(text, published="2020-09-16")
    q = only(r, "indirect")
    assert q.date.isoformat() == "2020-09-16"


def test_a_day_inside_reported_words_does_not_date_the_speakers_other_quotes(run):
    text = ("Tim SAR masih mencari dua nelayan, Rabu (10/9/2025). ”Kami mohon terus dicari,” ujar Suryani, "
            "istri salah satu korban. Menurut Suryani, suaminya berangkat melaut pada Minggu dini hari.")
    r = run(text, "2025-09-10")
    assert [q.date for q in r.quotes] == [date(2025, 9, 10)] * 2  # not Sunday the 7th, when he left


def test_a_date_between_commas_after_the_verb_dates_the_statement_and_is_not_content(run):
    q = only(run("Direktur Asosiasi Gula Budi Harsono mengatakan, Rabu (29/4/2020), harga acuan perlu ditinjau ulang.",
                 "2020-04-30"))
    assert q.text == "harga acuan perlu ditinjau ulang"
    assert q.date == date(2020, 4, 29)


def test_the_next_sentence_can_say_when_the_statement_was_made(run):
    text = ("Menteri Keuangan Sri Wahyuni menyatakan fundamental ekonomi masih kuat. Hal itu disampaikan "
            "dalam konferensi pers di Jakarta, Rabu (19/3/2025).")
    q = only(run(text, "2025-03-20"))
    assert q.date == date(2025, 3, 19)
    assert q.rules["date"] == "statement_date:said_next"
    # Without a sentence pointing back, the next sentence's date is someone else's event.
    other = only(run("Menteri Keuangan Sri Wahyuni menyatakan fundamental ekonomi masih kuat. Rupiah "
                     "sempat melemah pada Rabu (19/3/2025).", "2025-03-20"))
    assert other.date == date(2025, 3, 20)


def test_a_weekday_still_to_come_dates_nothing():
    # ANCHOR is Saturday 22 June 2024: Kamis pekan ini is the 20th, Kamis depan is to come.
    assert _one("pada Kamis pekan ini")[0] == date(2024, 6, 20)
    assert _one("pada Kamis depan")[0] is None
    assert _one("pada hari Senin mendatang")[0] is None
    assert _one("pada Kamis pekan ini", date(2024, 6, 17))[0] is None  # a Monday: Thursday is ahead


def test_a_scheduled_day_in_a_sentence_naming_the_speaker_does_not_date_the_statement(run):
    text = ("Utusan khusus Lestari Wibowo mengatakan perundingan damai akan dilanjutkan. "
            "Lestari dijadwalkan tiba di Jenewa pada Kamis pekan ini.")
    q = only(run(text, published="2025-02-17"))
    assert q.date.isoformat() == "2025-02-17"  # the publication date, not Thursday the 13th or 20th


def test_a_weekday_alone_between_commas_dates_the_statement(run):
    # Antara's style: "… di Jakarta, Rabu, mengatakan …" and "…, katanya di Jakarta, Kamis."
    assert _one("Gubernur itu di Jakarta, Rabu, mengatakan")[0] == date(2024, 6, 19)
    text = ("Gubernur BI Hasan Basri di Jakarta, Rabu, mengatakan inflasi tetap terkendali. "
            "\"Kalau belanja pemerintah lambat, konsumsi bisa tertahan,\" kata ekonom Rina Marlina di Jakarta, Kamis.")
    quotes = run(text, published="2024-06-22").quotes
    assert [q.date.isoformat() for q in quotes] == ["2024-06-19", "2024-06-20"]


def test_a_speaker_going_on_after_others_keeps_their_occasion(run):
    text = ("Tes usap digelar di pabrik itu pada Jumat (21/8/2020). "
            "Kepala Dinas Tenaga Kerja Hasan Basri mengatakan belum semua karyawan dites. "
            "Sebelumnya, pada 2 Juli 2020, Satuan Tugas Covid-19 Kabupaten Bekasi mengumumkan kasus baru "
            "di sebuah pabrik. Hasan mengatakan pemerintah daerah terus mengingatkan perusahaan.")
    quotes = run(text, names={"Hasan Basri": "PER"}).quotes
    assert [(q.speaker.name, q.date.isoformat()) for q in quotes] == [
        ("Hasan Basri", "2020-08-21"), ("Satuan Tugas Covid-19 Kabupaten Bekasi", "2020-07-02"),
        ("Hasan Basri", "2020-08-21")]


def test_a_day_inside_reported_words_does_not_date_the_next_speaker(run):
    text = ("Kapolres AKBP Hasan Basri mengatakan pelaku ditangkap, Selasa (10/6/2025). "
            "Hasan menjelaskan, pelaku masuk dengan menjebol atap pada Minggu dini hari. "
            "Wakapolres Kompol Rina Marlina menambahkan bahwa polisi masih memburu penadah.")
    quotes = run(text, published="2025-06-10", names={"Hasan Basri": "PER", "Rina Marlina": "PER"}).quotes
    assert quotes[-1].speaker.name == "Rina Marlina"
    assert quotes[-1].date.isoformat() == "2025-06-10"  # not Sunday the 8th, when the thief broke in


def test_last_week_and_an_earlier_unnamed_day(run):
    # 12 June 2025 is a Thursday.
    assert _one("pada Senin pekan lalu", date(2025, 6, 12))[0] == date(2025, 6, 2)
    text = ("Menteri Perdagangan Hasan Basri mengatakan kepada wartawan, Rabu (11/6), bahwa pertemuan berjalan "
            "lancar. Pekan lalu, Hasan sempat mengatakan kepada parlemen bahwa ekspor otomotif turun tajam. "
            "\"Angka ini mengkhawatirkan,\" kata dia saat itu.")
    quotes = run(text, published="2025-06-12", names={"Hasan Basri": "PER"}).quotes
    assert [q.date and q.date.isoformat() for q in quotes] == ["2025-06-11", None, None]


def test_an_earlier_statement_the_same_speaker_goes_on_from_takes_its_date(run):
    text = ("Sebelumnya, Ketua DPD Partai Maju Hasan Basri mengatakan partainya membuka peluang mengusung Raffi. "
            "\"Beliau punya elektabilitas yang bagus,\" ujar Hasan, Selasa (3/6/2025).")
    quotes = run(text, published="2025-06-05", names={"Hasan Basri": "PER"}).quotes
    assert [q.date.isoformat() for q in quotes] == ["2025-06-03", "2025-06-03"]


def test_the_next_sentence_saying_where_a_statement_is_written_dates_it(run):
    text = ("Jepang dan Korea Selatan menyatakan akan memperkuat koordinasi dagang. Hal itu tercantum dalam "
            "pernyataan bersama yang dirilis usai pertemuan di Tokyo, Rabu (4/6).")
    assert only(run(text, published="2025-06-10")).date.isoformat() == "2025-06-04"


def test_hal_itu_disampaikannya_and_ia_sampaikan_date_the_statement_before(run):
    for second in ("Hal itu disampaikannya dalam diskusi di Jakarta, Sabtu (7/6/2025).",
                   "Hal itu ia sampaikan dalam diskusi di Jakarta, Sabtu (7/6/2025)."):
        q = only(run("Mantan hakim agung Rina Marlina menilai pengawasan hakim masih lemah. " + second,
                     published="2025-06-10"))
        assert q.date.isoformat() == "2025-06-07", second


def test_a_date_that_bounds_a_period_dates_no_statement_after_it(run):
    text = ("”Segera periksa ke puskesmas,” kata Kepala Dinas Kesehatan Kota Bogor, Ratna Widyasari, dalam jumpa pers, "
            "Senin (10/2/2025).\n\n"
            "Sejak 15 Januari 2025, dinas telah menetapkan status waspada di semua kecamatan. "
            "Larangan berkerumun berlaku hingga 28 Februari 2025.\n\n"
            "Dokter RSUD Kota Bogor, Andika Permana, menuturkan pihaknya menerima 15 pasien setiap hari.")
    r = run(text, published="2025-02-11")
    assert [str(q.date) for q in r.quotes] == ["2025-02-10", "2025-02-10"]


def test_a_dated_as_of_day_after_hingga_still_dates_the_report(run):
    text = ("Berdasarkan pantauan di KPU hingga Rabu (17/12/2025), lima daerah sudah menetapkan hasil. "
            "Ketua KPU Papua Theodorus Kossay mengatakan pihaknya terus memantau tahapan rekapitulasi.")
    q = only(run(text, published="2025-12-18"))
    assert str(q.date) == "2025-12-17"


def test_a_closing_date_with_waktu_setempat_dates_the_lead_and_the_statements_after_it(run):
    text = ("Sejumlah negara Arab mendesak Dewan Keamanan PBB untuk segera bertindak dalam pertemuan "
            "di New York, Selasa (23/9/2025) waktu setempat. Menteri Luar Negeri Yordania Omar Khalid "
            "mengatakan dunia tidak boleh lagi berdiam diri.")
    lead, minister = run(text, "2025-09-24").quotes
    assert lead.text.endswith("di New York")
    assert (lead.date, minister.date) == (date(2025, 9, 23), date(2025, 9, 23))
    assert minister.rules["date"] == "statement_date:context"
    # At dawn events happen, not statements: the arrest's day stays part of what was said.
    arrest = only(run("Kapolres Hendra Gunawan menjelaskan kedua pelaku ditangkap di rumah kos mereka, "
                      "Kamis (29/5/2025) dini hari.", "2025-05-30"))
    assert arrest.text.endswith("dini hari")
    assert arrest.date == date(2025, 5, 30)


def test_tadi_pagi_and_a_count_of_days_ago_are_named_from_the_publication_day():
    # ANCHOR is Saturday 22 June 2024.
    assert _one("saat ditemui tadi pagi") == (date(2024, 6, 22), "tadi pagi")
    assert _one("dalam rapat dua hari lalu") == (date(2024, 6, 20), "dua hari lalu")
    assert _one("sekitar 3 hari yang lalu") == (date(2024, 6, 19), "3 hari yang lalu")
    assert _one("kemarin lusa")[0] == date(2024, 6, 20)
    # An unnamed count is an earlier day, not a day to count back to.
    [vague] = find_date_mentions("beberapa hari lalu")
    assert resolve(vague, ANCHOR) is None


def test_a_day_named_from_the_publication_day_dates_the_statement(run):
    text = ("Petani menjemur gabah di tepi jalan, Jumat (21/6/2024).\n\n"
            "Kepala Dinas Pertanian Banjar, Wiryo Sudarmo, saat dihubungi tadi pagi, menjelaskan harga gabah "
            "kering panen turun.\n\n"
            "Dua hari lalu, Ketua Kelompok Tani Makmur, Darsono, mengatakan petani menunda panen.")
    wiryo, darsono = run(text, "2024-06-22").quotes
    assert (wiryo.date, wiryo.rules["date"]) == (date(2024, 6, 22), "statement_date:own")
    assert darsono.date == date(2024, 6, 20)


def test_a_day_after_the_verb_then_bahwa_is_no_part_of_what_was_said(run):
    q = only(run("Kepala Dinas Pertanian Banjar, Wiryo Sudarmo, menjelaskan tadi pagi bahwa harga gabah "
                 "kering panen turun.", "2024-06-22"))
    assert q.text == "harga gabah kering panen turun"
    assert q.date == date(2024, 6, 22)
    q = only(run("Juru bicara pabrik, Rudi Wirawan, mengatakan, Kamis (20/6/2024), bahwa produksi gula "
                 "berhenti sementara.", "2024-06-22"))
    assert q.text == "produksi gula berhenti sementara"
    # A day that is the subject of what was said stays in it.
    q = only(run("Wiryo Sudarmo mengatakan kemarin adalah hari terpanas tahun ini.", "2024-06-22"))
    assert q.text == "kemarin adalah hari terpanas tahun ini"


def test_awal_bulan_ini_and_a_past_month_are_an_earlier_unnamed_day(run):
    text = ("Menteri Pertanian Hasan Basri mengatakan, Kamis (20/6/2024), panen raya berjalan lancar. "
            "Direktur Bulog Rina Marlina awal bulan ini mengakui bahwa gudang di Jawa sudah penuh. "
            "Menurut Rina, penyaluran beras harus dipercepat. "
            "Kepala Badan Pangan Teguh Santoso pada Maret lalu menyebut impor tidak diperlukan.")
    quotes = run(text, published="2024-06-22", names={"Hasan Basri": "PER", "Rina Marlina": "PER",
                                                        "Teguh Santoso": "PER"}).quotes
    assert [(q.speaker.name, q.date and q.date.isoformat()) for q in quotes] == [
        ("Hasan Basri", "2024-06-20"), ("Rina Marlina", None), ("Rina Marlina", None), ("Teguh Santoso", None)]
    assert quotes[2].rules["date"] == "statement_date:earlier_continued"


def test_a_period_since_last_month_is_no_earlier_day(run):
    text = ("Petani cabai di Garut mengeluh, Jumat (21/6/2024). Sejak bulan lalu, Ketua Kelompok Tani Subur "
            "Darsono mengatakan harga cabai terus turun.")
    q = only(run(text, published="2024-06-22", names={"Darsono": "PER"}))
    assert q.date == date(2024, 6, 21)
    text = ("Petani cabai di Garut mengeluh, Jumat (21/6/2024). Sejak panen dimulai awal bulan ini, Ketua "
            "Kelompok Tani Subur Darsono mengatakan harga cabai terus turun.")
    q = only(run(text, published="2024-06-22", names={"Darsono": "PER"}))
    assert q.date == date(2024, 6, 21)


def test_the_same_speaker_after_others_keeps_the_date_of_today(run):
    # Only the speaker's next statement goes on from the earlier day; after another
    # speaker's words the speaker is back on the day of the report.
    text = ("Pekan lalu, Direktur Bulog Rina Marlina mengatakan gudang di Jawa sudah penuh. "
            "Menteri Pertanian Hasan Basri mengatakan, Kamis (20/6/2024), panen raya berjalan lancar. "
            "Rina menambahkan penyaluran beras harus dipercepat.")
    quotes = run(text, published="2024-06-22", names={"Hasan Basri": "PER", "Rina Marlina": "PER"}).quotes
    assert [q.date and q.date.isoformat() for q in quotes] == [None, "2024-06-20", "2024-06-20"]


def test_an_earlier_day_inside_the_words_before_an_inserted_cue_is_part_of_what_was_said(run):
    text = ("Direktur Bulog Rina Marlina meninjau gudang di Cirebon, Jumat (21/6/2024). "
            "Pasar murah yang dibuka awal bulan ini, menurut Rina, sudah melayani tiga ribu warga.")
    q = only(run(text, published="2024-06-22", names={"Rina Marlina": "PER", "Rina": "PER"}))
    assert q.date == date(2024, 6, 21)
    # Opening the sentence, the day may be when it was said.
    text = ("Direktur Bulog Rina Marlina meninjau gudang di Cirebon, Jumat (21/6/2024). "
            "Sebelumnya, menurut Rina, pasar murah sudah melayani tiga ribu warga.")
    q = only(run(text, published="2024-06-22", names={"Rina Marlina": "PER", "Rina": "PER"}))
    assert q.date is None


def test_a_word_for_the_statement_and_an_occasion_verb_date_the_statement_before(run):
    text = ("Komisi IV DPR meminta Kementerian Kelautan merinci anggaran pengadaan kapal patroli. "
            "Permintaan tersebut mengemuka dalam rapat kerja di Senayan, Selasa (18/6/2024).")
    q = only(run(text, "2024-06-22"))
    assert (q.date, q.rules["date"]) == (date(2024, 6, 18), "statement_date:said_next")
    # Something else that came up on that day is no occasion of the statement.
    text = ("Komisi IV DPR meminta Kementerian Kelautan merinci anggaran pengadaan kapal patroli. "
            "Kebocoran itu muncul dalam audit pada Selasa (18/6/2024).")
    assert only(run(text, "2024-06-22")).date == date(2024, 6, 22)


def test_kala_itu_points_back_to_the_date_just_told(run):
    text = ("Pada 3 Mei 2024, asosiasi nelayan mengadu ke DPRD. Ketua asosiasi, Darmaji Putra, kala itu "
            "menyebut harga solar terlalu mahal.")
    q = only(run(text, published="2024-06-22", names={"Darmaji Putra": "PER"}))
    assert (q.date, q.rules["date"]) == (date(2024, 5, 3), "statement_date:then")
    # With no date just told, kala itu is still an earlier, unnamed day.
    text = ("Asosiasi nelayan pernah mengadu ke DPRD. Ketua asosiasi, Darmaji Putra, kala itu "
            "menyebut harga solar terlalu mahal.")
    assert only(run(text, published="2024-06-22", names={"Darmaji Putra": "PER"})).date is None


def test_a_day_told_in_looking_back_does_not_date_the_next_speakers_words(run):
    # The day the body was found is an event before the press conference: the next
    # speaker, undated, still speaks on the day of the statements before.
    text = ("”Tersangka sudah kami amankan,” kata Kapolsek Cibeunying Bambang Wiratmo, Rabu (5/11/2025).\n\n"
            "Jasad korban ditemukan warga di kebun pada Minggu (2/11) sore.\n\n"
            "”Kami telusuri dari rekaman kamera pengawas,” ujar Kanit Reskrim Iptu Dedi Kurniawan.\n\n"
            "Dedi menambahkan pelaku masih berusia 19 tahun.")
    bambang, dedi, more = run(text, "2025-11-06").quotes
    assert [str(q.date) for q in (bambang, dedi, more)] == ["2025-11-05"] * 3
    assert dedi.rules["date"] == "statement_date:statement_day"
    # Words someone said before (Sebelumnya, …) look back as well.
    text = ("Grup itu resmi kembali manggung, kata gitaris Andra Lubis dalam jumpa pers di Bandung, Sabtu (15/3/2025).\n\n"
            "Sebelumnya, dalam wawancara yang tayang pada Rabu (12/3), drummer Tomi Siregar mengatakan band itu sudah lama rindu panggung.\n\n"
            "Penyelenggara acara, Nadia Puspita, menyatakan tiket sudah habis terjual.")
    quotes = run(text, "2025-03-16").quotes
    assert [str(q.date) for q in quotes] == ["2025-03-15", "2025-03-12", "2025-03-15"]


def test_an_earlier_day_that_dates_a_statement_or_opens_the_paragraph_still_dates_the_words_after_it(run):
    # Another speaker's words dated on their own day, at an event: those after them may be of that day.
    text = ("Kepala Dinas Sosial Ratna Sari mengatakan bantuan sudah disalurkan, Senin (13/4/2020).\n\n"
            "”Bantuan belum sampai ke dusun kami,” kata Kepala Dusun Karangmojo, Wahyu Utomo, dalam pertemuan warga, "
            "Jumat (10/4/2020).\n\n"
            "Warga lain, Sutinah, mengaku belum menerima beras.")
    quotes = run(text, "2020-04-14").quotes
    assert [str(q.date) for q in quotes] == ["2020-04-13", "2020-04-10", "2020-04-10"]
    assert quotes[2].rules["date"] == "statement_date:context"
    # In the statement's own paragraph the earlier day may be its occasion.
    text = ("Kapolsek Bambang Wiratmo mengatakan tersangka sudah diamankan, Rabu (5/11/2025).\n\n"
            "Rapat warga digelar di balai desa pada Minggu (2/11) malam. Dalam rapat itu, Kepala Desa "
            "Suparman menyatakan warga diminta tetap tenang.")
    quotes = run(text, "2025-11-06").quotes
    assert [str(q.date) for q in quotes] == ["2025-11-05", "2025-11-02"]


def test_a_person_named_only_in_another_speakers_words_takes_no_date_from_that_sentence(run):
    text = ("PSIS takluk 0-2 dari Persik, Sabtu (13/9/2025) malam. Pelatih PSIS Gilang Ramadhan mengakui "
            "timnya kurang tajam.\n\n"
            "Direktur PSIS, Hendro Wibowo, Minggu (14/9/2025), menegaskan klub tetap mendukung Gilang.")
    names = {"Gilang Ramadhan": "PER", "Gilang": "PER", "Hendro Wibowo": "PER"}
    gilang, hendro = run(text, "2025-09-15", names=names).quotes
    assert (str(gilang.date), gilang.rules["date"]) == ("2025-09-13", "statement_date:context")
    assert str(hendro.date) == "2025-09-14"
    # Named outside anyone's words, the sentence's weekday date is still theirs.
    text = ("PSIS takluk 0-2 dari Persik, Sabtu (13/9/2025) malam. Pelatih PSIS Gilang Ramadhan mengakui "
            "timnya kurang tajam.\n\n"
            "Gilang menemui suporter, Minggu (14/9/2025), di Semarang.")
    gilang = only(run(text, "2025-09-15", names=names))
    assert (str(gilang.date), gilang.rules["date"]) == ("2025-09-14", "statement_date:speaker_sentence")


def test_a_day_closing_an_event_clause_in_the_words_gives_way_to_the_speakers_own_day(run):
    text = ("Ketua panitia lomba Darmaji Putra mengatakan jadwal final ditetapkan dalam rapat yang diadakan di "
            "Balai Kota, Selasa.\n\n"
            "”Semua peserta sudah kami kabari lewat surel,” kata Darmaji saat dihubungi di Sleman, Rabu.")
    names = {"Darmaji Putra": "PER", "Darmaji": "PER"}
    first, second = run(text, "2025-11-06", names=names).quotes
    assert (str(first.date), first.rules["date"]) == ("2025-11-05", "statement_date:same_speaker")
    assert (str(second.date), second.rules["date"]) == ("2025-11-05", "statement_date:own")


def test_a_day_after_the_words_stays_the_statements_without_an_event_clause_or_another_day(run):
    names = {"Darmaji Putra": "PER", "Darmaji": "PER"}
    # No other day of the speaker's: the day after the event clause is the only one there is.
    text = ("Ketua panitia lomba Darmaji Putra mengatakan jadwal final ditetapkan dalam rapat yang diadakan di "
            "Balai Kota, Selasa.")
    q = only(run(text, "2025-11-06", names=names))
    assert (str(q.date), q.rules["date"]) == ("2025-11-04", "statement_date:own")
    # No event clause: the day closing the sentence is the statement's, as Antara writes it.
    text = ("Ketua panitia lomba Darmaji Putra mengatakan jadwal final sudah ditetapkan di Balai Kota, Selasa.\n\n"
            "”Semua peserta sudah kami kabari lewat surel,” kata Darmaji saat dihubungi di Sleman, Rabu.")
    first, _ = run(text, "2025-11-06", names=names).quotes
    assert (str(first.date), first.rules["date"]) == ("2025-11-04", "statement_date:own")


def test_a_day_told_in_a_sentence_looking_back_does_not_date_the_next_speakers_words(run):
    names = {"Rudi Hartanto": "PER", "Sari Dewi": "PER"}
    text = ("Pemkot Sukamaju menetapkan jadwal pendaftaran sekolah dalam rapat di Balai Kota, Kamis (10/7/2025).\n\n"
            "Persatuan orang tua murid sebelumnya telah menggelar pertemuan di aula sekolah pada Jumat (11/7/2025).\n\n"
            "Kepala Dinas Pendidikan Rudi Hartanto mengatakan server pendaftaran sudah diuji.")
    q = only(run(text, "2025-07-12", names=names))
    assert (str(q.date), q.date_text, q.rules["date"]) == ("2025-07-10", "Kamis (10/7/2025)", "statement_date:context")
    # Told without looking back, the later day is the latest of the context.
    q = only(run(text.replace(" sebelumnya telah menggelar", " menggelar"), "2025-07-12", names=names))
    assert (str(q.date), q.rules["date"]) == ("2025-07-11", "statement_date:context")
    # A day before the word looking back is the day it counts back from.
    q = only(run(text.replace("Persatuan orang tua murid sebelumnya telah menggelar pertemuan di aula sekolah pada "
                              "Jumat (11/7/2025).",
                              "Panitia tiba di aula sekolah pada Jumat (11/7/2025), sehari sebelumnya pendaftaran dibuka."),
                 "2025-07-12", names=names))
    assert (str(q.date), q.rules["date"]) == ("2025-07-11", "statement_date:context")
    # An earlier day inside someone's words puts only those words back, not the sentence's own day.
    text = ("Pemkot Sukamaju menetapkan jadwal pendaftaran sekolah dalam rapat di Balai Kota, Kamis (10/7/2025).\n\n"
            "Pendaftaran sebelumnya sering macet, kata Ketua persatuan orang tua murid Sari Dewi dalam rapat di aula "
            "sekolah, Jumat (11/7/2025).\n\n"
            "Kepala Dinas Pendidikan Rudi Hartanto mengatakan server pendaftaran sudah diuji.")
    sari, rudi = run(text, "2025-07-12", names=names).quotes
    assert (str(rudi.date), rudi.rules["date"]) == ("2025-07-11", "statement_date:context")


def test_a_day_of_a_separate_occasion_dates_the_speakers_words_from_there_on_only(run):
    names = {"Hendra Wijayakusuma": "PER", "Hendra": "PER", "Maya Anggraini": "PER"}
    text = ("Komisi Pendidikan DPRD menggelar rapat kerja dengan Dinas Pendidikan di Gedung Dewan, Senin (6/10/2025).\n\n"
            "Ketua Komisi Pendidikan DPRD Hendra Wijayakusuma menilai anggaran beasiswa terlalu kecil.\n\n"
            "Kepala Dinas Pendidikan Maya Anggraini mengatakan anggaran akan ditambah tahun depan.\n\n"
            "Ditemui wartawan, Rabu (8/10/2025), Hendra mengatakan komisinya akan memanggil rektor.\n\n"
            "”Kami ingin penjelasan langsung,” ujarnya.")
    quotes = run(text, "2025-10-09", names=names).quotes
    assert [(q.speaker.name, str(q.date), q.rules["date"]) for q in quotes] == [
        ("Hendra Wijayakusuma", "2025-10-06", "statement_date:context"),
        ("Maya Anggraini", "2025-10-06", "statement_date:context"),
        ("Hendra Wijayakusuma", "2025-10-08", "statement_date:own"),
        ("Hendra Wijayakusuma", "2025-10-08", "statement_date:same_speaker")]
    # Told as the same occasion, the speaker's dated words date their words before as well.
    text = text.replace("Ditemui wartawan, Rabu (8/10/2025), Hendra mengatakan",
                        "Hendra mengatakan, Rabu (8/10/2025),")
    first = run(text, "2025-10-09", names=names).quotes[0]
    assert (str(first.date), first.rules["date"]) == ("2025-10-08", "statement_date:same_speaker")
    meeting = "Komisi Pendidikan DPRD menggelar rapat kerja dengan Dinas Pendidikan di Gedung Dewan, Senin (6/10/2025).\n\n"
    # In its own paragraph, the words before lead into that occasion …
    text = meeting + ("Orang tua siswa, Ratna Dewi (41), berharap pemerintah daerah menambah kuota beasiswa. "
                      "Dihubungi lewat telepon, Rabu (8/10/2025), Ratna mengaku anaknya belum menerima bantuan.")
    quotes = run(text, "2025-10-09", names={"Ratna Dewi": "PER", "Ratna": "PER"}).quotes
    assert [(str(q.date), q.rules["date"]) for q in quotes] == [
        ("2025-10-08", "statement_date:same_speaker"), ("2025-10-08", "statement_date:own")]
    # … unless they tell of an occasion of their own.
    text = meeting + ("Ditemui seusai rapat, Ketua Komisi Pendidikan DPRD Hendra Wijayakusuma mengatakan komisinya akan "
                      "memanggil rektor. Kepada wartawan, Rabu (8/10/2025), Hendra menyatakan anggaran beasiswa harus naik.")
    quotes = run(text, "2025-10-09", names=names).quotes
    assert [(str(q.date), q.rules["date"]) for q in quotes] == [
        ("2025-10-06", "statement_date:occasion"), ("2025-10-08", "statement_date:own")]


def test_an_earlier_day_in_a_relative_clause_describes_the_speaker_not_the_statement(run):
    names = {"Bagas Prakoso": "PER", "Bagas": "PER"}
    text = ("Festival film pendek dibuka di Taman Budaya Sleman, Sabtu (9/8/2025).\n\n"
            "Sutradara Bagas Prakoso mengatakan festival ini menjadi ajang bagi sineas muda.\n\n"
            "Bagas, yang sebelumnya menggarap serial Langit Senja, mengaku tertarik dengan tema desa.")
    quotes = run(text, "2025-08-10", names=names).quotes
    assert [(str(q.date), q.rules["date"]) for q in quotes] == [
        ("2025-08-09", "statement_date:context"), ("2025-08-09", "statement_date:continued")]
    # Said of the statement itself, the earlier day still puts it back.
    text = text.replace("Bagas, yang sebelumnya menggarap serial Langit Senja, mengaku",
                        "Bagas sebelumnya mengaku")
    quotes = run(text, "2025-08-10", names=names).quotes
    assert [(q.date, q.rules["date"]) for q in quotes][1] == (None, "statement_date:earlier")


def test_the_event_an_attribution_names_dates_the_words_on_the_day_given_it_before(run):
    # kata X seusai paripurna: the day the article gave the session, not the latest day
    # told before the quote.
    text = ("DPRD Kota Lembah mengesahkan peraturan daerah tentang parkir dalam rapat paripurna di gedung "
            "dewan, Kamis (6/11/2025).\n\n"
            "Wali Kota Lembah Agustinus Purba, Jumat (7/11/2025), mengatakan perda itu segera diundangkan.\n\n"
            "”Kami ingin parkir liar berkurang,” kata Ketua DPRD Kota Lembah Bonifasius Tarigan seusai paripurna.\n\n"
            "Bonifasius menegaskan tarif parkir tidak naik. ”Itu janji kami,” katanya, Senin (10/11/2025).")
    names = {"Agustinus Purba": "PER", "Bonifasius Tarigan": "PER"}
    r = run(text, "2025-11-11", names=names)
    said = {q.text[:12]: (str(q.date), q.rules["date"]) for q in r.quotes}
    assert said["Kami ingin p"] == ("2025-11-06", "statement_date:occasion")
    # The speaker's words in a paragraph with a day of its own go with that day.
    assert said["tarif parkir"] == ("2025-11-10", "statement_date:same_speaker")
    # Guard: a dated sentence naming the speaker between the event and the words is
    # their occasion; the meeting told before it is another one.
    text = ("Para menteri menggelar pertemuan tertutup di Bogor, Rabu (5/11/2025).\n\n"
            "Menteri Perdagangan Hendro Sasmito pada Jumat (7/11/2025) menanggapi kritik para importir.\n\n"
            "”Kami tidak akan membuka keran impor,” kata Hendro dalam pertemuan dengan wartawan.")
    q = only(run(text, "2025-11-08", names={"Hendro Sasmito": "PER"}), "direct")
    assert (str(q.date), q.rules["date"]) == ("2025-11-07", "statement_date:speaker_sentence")


def test_an_event_pointed_back_to_with_its_kind_is_the_one_told_with_that_kind(run):
    # dalam rapat dengar pendapat umum tersebut: the hearing the article told with those
    # words, not the nearest meeting told before (a working meeting two days earlier).
    names = {"Bambang Wirawan": "PER", "Sari Lestari": "PER", "Sari": "PER", "Joko Prasetyo": "PER",
             "Joko": "PER"}
    text = ("Komisi IV DPR mulai membahas RUU Pangan. ”Kami ingin RUU ini cepat selesai,” kata Ketua Komisi IV "
            "Bambang Wirawan dalam rapat dengar pendapat umum di Kompleks Parlemen, Jakarta, Kamis (9/10/2025). "
            "Dalam rapat kerja dengan Komisi IV, Selasa lalu, Menteri Pertanian Sari Lestari menjelaskan bahwa "
            "cadangan pangan akan diperbesar. Sari, dalam rapat Selasa lalu, menyebut pemerintah menyiapkan gudang "
            "baru di setiap provinsi. Guru Besar Ilmu Pertanian IPB Joko Prasetyo menilai RUU itu penting bagi petani "
            "kecil. ”Harga gabah harus dijaga agar petani tidak rugi,” ujar Joko saat memberikan masukan dalam "
            "rapat dengar pendapat umum tersebut.")
    q = run(text, "2025-10-09", names=names).quotes[-1]
    assert (str(q.date), q.rules["date"]) == ("2025-10-09", "statement_date:occasion")
    # Guard: the meeting pointed back to with no kind is still the nearest one told.
    q = run(text.replace("rapat dengar pendapat umum tersebut.", "rapat tersebut."), "2025-10-09",
            names=names).quotes[-1]
    assert (str(q.date), q.rules["date"]) == ("2025-10-07", "statement_date:occasion")
    # A kind the article never told falls back to the nearest meeting too.
    q = run(text.replace("rapat dengar pendapat umum tersebut.", "rapat Selasa itu."), "2025-10-09",
            names=names).quotes[-1]
    assert (str(q.date), q.rules["date"]) == ("2025-10-07", "statement_date:occasion")


def test_a_sentence_opening_with_sebelum_tells_of_an_earlier_time(run):
    # Sebelum aksi, …: the day of that sentence is before the events reported; the words
    # after it are said on the day of the rally.
    names = {"Yohanes Sitompul": "PER", "Darmaji Lukito": "PER"}
    text = ("Ratusan pedagang berunjuk rasa di depan balai kota, Selasa (4/11/2025).\n\n"
            "Sebelum aksi, paguyuban pedagang menggelar rapat tertutup pada Senin malam.\n\n"
            "Wali Kota Bontang Raya, Yohanes Sitompul, menyebut relokasi pasar tetap berjalan.")
    q = only(run(text, "2025-11-05", names=names))
    assert (str(q.date), q.rules["date"]) == ("2025-11-04", "statement_date:context")
    # Guard: a day in such a sentence that dates a statement of its own is a day
    # statements were made on.
    text = ("Ratusan pedagang berunjuk rasa di depan balai kota, Minggu (2/11/2025).\n\n"
            "Sebelum rapat dimulai, Senin (3/11/2025), Ketua Paguyuban Pedagang Darmaji Lukito mengatakan "
            "pedagang menolak relokasi.\n\n"
            "Dalam kesempatan yang sama, Wali Kota Bontang Raya, Yohanes Sitompul, menyebut relokasi pasar tetap berjalan.")
    quotes = run(text, "2025-11-05", names=names).quotes
    assert [(str(q.date), q.rules["date"]) for q in quotes] == [
        ("2025-11-03", "statement_date:own"), ("2025-11-03", "statement_date:context")]


def test_a_day_named_from_the_day_just_told_dates_the_statement(run):
    # Sehari sebelumnya: the day before the event the text has just told of, not the
    # article's day; the speaker's next words, with no one's between, go on from it (an
    # earlier occasion, which reaches their words after it only that way).
    names = {"Lukas Pardede": "PER", "Nadia Hutabarat": "PER", "Lukas": "PER"}
    text = ("Ketua Serikat Nelayan Lukas Pardede dalam rapat di Sibolga, Rabu (12/3/2025), mengatakan harga solar "
            "terus naik.\n\n"
            "Sehari sebelumnya, Kepala Dinas Perikanan Nadia Hutabarat meminta nelayan melapor jika kehabisan solar.\n\n"
            "Nadia menilai pasokan dari depot masih cukup.")
    quotes = run(text, "2025-03-14", names=names).quotes
    assert [(str(q.date), q.rules["date"]) for q in quotes] == [
        ("2025-03-12", "statement_date:own"), ("2025-03-11", "statement_date:own"),
        ("2025-03-11", "statement_date:continued")]
    # Between commas after the name, and counted in days, forward or back.
    for phrase, day in ((", sehari sebelumnya,", "2025-03-11"), (", dua hari sebelumnya,", "2025-03-10"),
                        (", sehari kemudian,", "2025-03-13"), (", keesokan harinya,", "2025-03-13")):
        moved = text.replace("Sehari sebelumnya, Kepala Dinas Perikanan Nadia Hutabarat meminta",
                             f"Kepala Dinas Perikanan Nadia Hutabarat{phrase} meminta")
        assert str(run(moved, "2025-03-14", names=names).quotes[1].date) == day, phrase
    # Guard: with no day told before it, the day is unknown, not the article's.
    text = ("Sehari sebelumnya, Kepala Dinas Perikanan Nadia Hutabarat meminta nelayan melapor jika kehabisan solar.")
    q = only(run(text, "2025-03-14", names=names))
    assert (q.date, q.rules["date"]) == (None, "statement_date:earlier")


def test_a_day_inside_reported_words_is_no_day_told_for_sehari_sebelumnya(run):
    # The scheduled Minggu inside the speaker's words is what was said; the day just told
    # is the day of the press conference.
    names = {"Lukas Pardede": "PER", "Nadia Hutabarat": "PER"}
    text = ("Ketua Serikat Nelayan Lukas Pardede dalam rapat di Sibolga, Rabu (12/3/2025), mengatakan nelayan akan "
            "berunjuk rasa pada Minggu (16/3).\n\n"
            "Sehari sebelumnya, Kepala Dinas Perikanan Nadia Hutabarat meminta nelayan melapor jika kehabisan solar.")
    assert str(run(text, "2025-03-14", names=names).quotes[1].date) == "2025-03-11"


def test_pada_hari_yang_sama_is_the_day_just_told_not_a_namesakes_day(run):
    names = {"Agus Santoso": "PER", "Rudi Santoso": "PER", "Santoso": "PER"}
    text = ("Gudang pupuk di Ngaglik terbakar pada Jumat (7/3/2025).\n\n"
            "Ketua Kelompok Tani Agus Santoso, dalam pertemuan warga pada hari yang sama, mengatakan stok pupuk "
            "untuk musim tanam habis.\n\n"
            "”Petani kami sudah menjerit,” kata Santoso.\n\n"
            "Di tempat lain, Camat Ngaglik Rudi Santoso meninjau gudang itu. Dalam kunjungan pada Sabtu, Santoso "
            "meminta stok diperiksa ulang.")
    quotes = run(text, "2025-03-10", names=names).quotes
    assert [(q.speaker.name, str(q.date)) for q in quotes] == [
        ("Agus Santoso", "2025-03-07"), ("Agus Santoso", "2025-03-07"), ("Rudi Santoso", "2025-03-08")]
    assert quotes[0].rules["date"] == "statement_date:own"


def test_a_namesakes_dated_sentence_does_not_date_the_speaker(run):
    # Santoso in the last sentence is Rudi Santoso, named just before: his day is not
    # Agus Santoso's, who shares the family name.
    names = {"Agus Santoso": "PER", "Rudi Santoso": "PER", "Santoso": "PER"}
    text = ("Ketua Kelompok Tani Agus Santoso mengatakan stok pupuk untuk musim tanam habis.\n\n"
            "”Petani kami sudah menjerit,” kata Santoso.\n\n"
            "Di tempat lain, Camat Ngaglik Rudi Santoso meninjau gudang pupuk. Dalam kunjungan pada Sabtu, Santoso "
            "meminta stok diperiksa ulang.")
    quotes = run(text, "2025-03-10", names=names).quotes
    assert [(q.speaker.name, str(q.date), q.rules["date"]) for q in quotes][:2] == [
        ("Agus Santoso", "2025-03-10", "statement_date:published"),
        ("Agus Santoso", "2025-03-10", "statement_date:continued")]
    # Guard: the speaker's own sentence with a day still dates their words.
    text = text.replace("Dalam kunjungan pada Sabtu, Santoso meminta", "Pada Sabtu, Agus Santoso meminta")
    assert str(run(text, "2025-03-10", names=names).quotes[0].date) == "2025-03-08"


_UNDATED_LEAD = ("Harga beras di kawasan Asia Tenggara naik tajam sepanjang musim kemarau tahun ini. Sejumlah "
                 "negara pengimpor mulai khawatir pasokan tidak mencukupi, sementara negara pengekspor menimbang "
                 "pembatasan ekspor demi menjaga stok dalam negeri dan menahan laju inflasi pangan.\n\n")


def test_a_weekday_in_the_speakers_own_sentence_away_from_the_verb_dates_the_statement(run):
    # No publication date, none at the top: a weekday alone is named from the latest day
    # the article writes in full.
    names = {"Teresa Manalo": "PER", "Hamdan Yusof": "PER"}
    text = _UNDATED_LEAD + ("Para menteri pertanian ASEAN menutup pertemuan di Ipoh, Senin (26/5/2025).\n\n"
            "Pernyataan bersama para menteri terbit pada Selasa (27/5/2025) pagi.\n\n"
            "Di sela-sela pertemuan pada Senin, Menteri Pertanian Filipina Teresa Manalo mengungkapkan bahwa panen "
            "padi negaranya turun.\n\n"
            "Dalam pernyataan yang dirilis Selasa dini hari, Menteri Pertanian Malaysia Hamdan Yusof mendesak "
            "negara anggota menambah cadangan beras.")
    teresa, hamdan = run(text, names=names).quotes
    assert (str(teresa.date), teresa.date_text, teresa.rules["date"]) == ("2025-05-26", "pada Senin", "statement_date:own")
    assert (str(hamdan.date), hamdan.date_text) == ("2025-05-27", "Selasa dini hari")
    # Guard: a weekday inside what was said is no day of the statement.
    text = _UNDATED_LEAD + ("Para menteri pertanian ASEAN menutup pertemuan di Ipoh, Senin (26/5/2025).\n\n"
            "Menteri Pertanian Filipina Teresa Manalo mengatakan bahwa pertemuan lanjutan akan digelar pada Kamis.")
    q = only(run(text, names=names))
    assert (str(q.date), q.rules["date"]) == ("2025-05-26", "statement_date:context")


def test_a_weekday_named_from_a_guessed_day_is_no_context_for_others(run):
    # With no publication date, the weekday dates its own sentence's words only: the
    # next speaker keeps the day the article writes in full.
    names = {"Teresa Manalo": "PER", "Hamdan Yusof": "PER"}
    text = _UNDATED_LEAD + ("Para menteri pertanian ASEAN menutup pertemuan di Ipoh, Kamis (29/5/2025).\n\n"
            "Panitia membersihkan ruang sidang pada Rabu malam.\n\n"
            "Menteri Pertanian Malaysia Hamdan Yusof mengatakan cadangan beras kawasan cukup.")
    q = only(run(text, names=names))
    assert (str(q.date), q.rules["date"]) == ("2025-05-29", "statement_date:context")


def test_an_answer_to_the_words_before_or_a_sentence_looking_back_does_not_date_them(run):
    # Menanggapi hal itu, …: a new statement answering the one before, on its own day.
    names = {"Teresa Manalo": "PER", "Chen Wei": "PER"}
    text = ("Menteri Pertanian Filipina Teresa Manalo, Senin (26/5/2025), mengatakan impor beras akan dibatasi.\n\n"
            "Menurut dia, petani lokal harus dilindungi.\n\n"
            "Menanggapi hal itu, juru bicara Kementerian Perdagangan China Chen Wei di Beijing pada Selasa (27/5/2025) "
            "menegaskan bahwa ekspor beras tetap berjalan.")
    quotes = run(text, "2025-05-28", names=names).quotes
    assert [str(q.date) for q in quotes] == ["2025-05-26", "2025-05-26", "2025-05-27"]
    # Guard: a sentence saying when the words were said still dates them.
    text = text.replace("Menanggapi hal itu, juru bicara", "Hal itu disampaikannya di Manila, Selasa (27/5/2025). Juru bicara")
    assert str(run(text, "2025-05-28", names=names).quotes[1].date) == "2025-05-27"
    # Sebelumnya, … itu diungkapkan …, Minggu malam: words said before, not when these were.
    names = {"Doni Saragih": "PER"}
    text = ("Kepala Dinas Kesehatan Doni Saragih, Senin (1/12/2025), mengatakan stok vaksin cukup.\n\n"
            "”Warga tidak perlu panik,” kata Doni.\n\n"
            "Sebelumnya, informasi kekurangan vaksin itu diungkapkan sebuah akun media sosial, Minggu (30/11/2025) malam.")
    quotes = run(text, "2025-12-02", names=names).quotes
    assert [str(q.date) for q in quotes][:2] == ["2025-12-01", "2025-12-01"]


def test_a_day_and_month_naming_a_stadium_street_or_university_is_no_date():
    assert [m.text for m in find_date_mentions("ditemui di Stadion 17 Mei, Senin sore.")] == ["Senin sore"]
    for name in ("Jalan 17 Agustus", "Jl. 17 Agustus Nomor 5", "Jalan Raya 17 Agustus",
                 "Universitas 17 Agustus 1945", "Stadion Gelora 10 November", "Lapangan 17 Mei"):
        assert find_date_mentions(f"Acara digelar di {name} kemarin siang.")[0].text == "kemarin", name
    # Not a date after a place's name with a comma, nor one with its weekday or after pada.
    for text, said in (("Jakarta, 17 Mei 2025", "17 Mei 2025"), ("digelar pada 17 Mei 2025", "17 Mei 2025"),
                       ("di Gedung DPR, Senin, 17 Mei", "Senin, 17 Mei")):
        assert [m.text for m in find_date_mentions(text)] == [said]


def test_a_statement_at_a_stadium_named_for_a_day_takes_the_weekday(run):
    text = ("Pelatih Persikota Andi Kurniawan menilai timnya sudah siap menghadapi laga berat. \"Kami sudah "
            "siap tempur,\" ujar Andi saat ditemui di Stadion 17 Mei, Senin sore.")
    result = run(text, "2025-06-10")  # a Tuesday
    assert [q.date for q in result.quotes] == [date(2025, 6, 9)] * 2


def test_a_sentence_telling_that_the_speaker_said_it_dates_the_quote_after_it(run):
    text = ("Kabar itu disampaikan dokter tim Persikota, dr Rina Wulandari, usai pemeriksaan di Bekasi, "
            "Senin (9/6/2025).\n\n"
            "\"Lututnya bengkak, tapi tidak perlu operasi,\" kata dr Rina.\n\n"
            "Pelatih Persikota, Joko Susilo, mengaku kecewa. \"Kami kehilangan pemain penting,\" ujar Joko.\n\n"
            "\"Pemulihannya butuh dua pekan,\" tutur dr Rina saat dihubungi, Selasa (10/6/2025).")
    quotes = run(text, "2025-06-11").quotes
    first = next(q for q in quotes if q.text.startswith("Lututnya"))
    assert (first.date, first.rules["date"]) == (date(2025, 6, 9), "statement_date:said_before")
    assert next(q for q in quotes if q.text.startswith("Pemulihannya")).date == date(2025, 6, 10)
    # Another speaker's statement told before the quote does not date it.
    text = ("Hal itu disampaikan Pelatih Persikota, Joko Susilo, di Bekasi, Senin (9/6/2025).\n\n"
            "\"Lututnya bengkak, tapi tidak perlu operasi,\" kata dr Rina Wulandari.\n\n"
            "\"Pemulihannya butuh dua pekan,\" tutur dr Rina saat dihubungi, Selasa (10/6/2025).")
    first = next(q for q in run(text, "2025-06-11").quotes if q.text.startswith("Lututnya"))
    assert first.rules["date"] != "statement_date:said_before"


def test_a_day_closing_an_event_in_the_reported_words_yields_to_the_next_sentence(run):
    text = ("Persikota memastikan penyerangnya, Dimas Saputra, absen dua pekan akibat cedera yang dialami saat "
            "melawan Persita, Sabtu (7/6/2025).\n\n"
            "Kepastian itu disampaikan dokter tim Persikota, dr Rina Wulandari, di Bekasi, Senin (9/6/2025).")
    q = only(run(text, "2025-06-10"))
    assert (q.date, q.rules["date"]) == (date(2025, 6, 9), "statement_date:said_next")
    # With nothing telling when it was said, the day closing the sentence dates it.
    q = only(run("Kapolres Bekasi Heru Prasetyo mengatakan pelaku ditangkap saat hendak kabur ke luar kota, "
                 "Senin (9/6/2025).", "2025-06-10"))
    assert (q.date, q.rules["date"]) == (date(2025, 6, 9), "statement_date:own")


def test_an_as_of_day_of_a_figure_dates_no_statement_after_it(run):
    # per Minggu (4/7/2021): the day the figure stands at, not a day anyone spoke; the
    # statements after it keep the day of the report before.
    text = ("”Kami putar balik 5.000 kendaraan,” kata Kepala Dinas Perhubungan DKI Jakarta Hendra Saputra, "
            "Senin (5/7/2021). Sementara itu, data Dinas Kesehatan menunjukkan keterisian tempat tidur sudah "
            "mencapai 90 persen per Minggu (4/7/2021). ”Kami menambah 1.000 tempat tidur,” kata Kepala Dinas "
            "Kesehatan DKI Jakarta Rina Wulandari. Menurut epidemiolog Universitas Indonesia, Agus Prasetyo, "
            "tes harus diperbanyak.")
    r = run(text, published="2021-07-06")
    assert [str(q.date) for q in r.quotes] == ["2021-07-05"] * 3


def test_a_day_told_without_per_still_dates_the_statements_after_it(run):
    # The near miss: the same sentence telling of the day itself (pada Minggu) is the
    # latest day told, which dates the words after it.
    text = ("”Kami putar balik 5.000 kendaraan,” kata Kepala Dinas Perhubungan DKI Jakarta Hendra Saputra, "
            "Sabtu (3/7/2021). Sementara itu, tambahan tempat tidur tiba di Wisma Atlet pada Minggu (4/7/2021). "
            "”Kami menambah 1.000 tempat tidur,” kata Kepala Dinas Kesehatan DKI Jakarta Rina Wulandari.")
    r = run(text, published="2021-07-06")
    assert [str(q.date) for q in r.quotes] == ["2021-07-03", "2021-07-04"]


def test_a_day_of_an_earlier_occasion_told_in_passing_dates_only_its_own_sentence(run):
    # Jumat lalu, X sempat menyatakan …, after the session of Rabu (15/10): that day is the
    # words of its own sentence; the speaker's words at the session, the next speaker's,
    # and the day sehari sebelumnya counts from stay with the session.
    names = {"Lestari Wulandari": "PER", "Lestari": "PER", "Bambang Siswoyo": "PER",
             "Forum Petani Lereng Merapi": "ORG"}
    text = ("Rapat paripurna DPRD Provinsi Lembah Hijau mengesahkan perda tata ruang, Rabu (15/10/2025).\n\n"
            "Gubernur Lembah Hijau Lestari Wulandari mengatakan perda itu akan menarik investasi.\n\n"
            "Dalam rapat dengar pendapat Jumat lalu, Lestari sempat menyatakan pemerintah provinsi tidak akan "
            "mengubah zona hutan lindung.\n\n"
            "Ketua Fraksi Partai Hijau, Bambang Siswoyo, meminta pemerintah menyusun aturan pelaksana dalam tiga bulan.\n\n"
            "Sehari sebelumnya, Forum Petani Lereng Merapi mendesak DPRD menunda pengesahan.")
    quotes = run(text, "2025-10-16", names=names).quotes
    assert [(q.speaker.name, str(q.date)) for q in quotes] == [
        ("Lestari Wulandari", "2025-10-15"), ("Lestari Wulandari", "2025-10-10"),
        ("Bambang Siswoyo", "2025-10-15"), ("Forum Petani Lereng Merapi", "2025-10-14")]
    # Guard: told with no word for an earlier occasion nor a held event, the speaker's
    # dated words date their words before as well, and the day is the one just told.
    plain = text.replace("Dalam rapat dengar pendapat Jumat lalu, Lestari sempat menyatakan",
                         "Pada Jumat (10/10/2025), Lestari menyatakan")
    quotes = run(plain, "2025-10-16", names=names).quotes
    assert [str(q.date) for q in quotes] == ["2025-10-10", "2025-10-10", "2025-10-10", "2025-10-09"]
    # A hearing whose day is set off by commas, before the plenary told on a later day, is
    # an earlier session, as with pada: the day of its own sentence's words only.
    text = text.replace("Dalam rapat dengar pendapat Jumat lalu, Lestari sempat menyatakan",
                        "Dalam rapat dengar pendapat, Jumat (10/10/2025), Lestari menyatakan")
    quotes = run(text, "2025-10-16", names=names).quotes
    assert [str(q.date) for q in quotes] == ["2025-10-15", "2025-10-10", "2025-10-15", "2025-10-14"]
    # So a day told in a sentence telling when the words before were said (Hal itu
    # disampaikannya …, Jumat (10/10/2025)): that occasion goes on.
    text = text.replace("Dalam rapat dengar pendapat, Jumat (10/10/2025), Lestari menyatakan pemerintah provinsi tidak "
                        "akan mengubah zona hutan lindung.",
                        "Dalam rapat dengar pendapat, Lestari menyatakan pemerintah provinsi tidak akan mengubah zona "
                        "hutan lindung. Hal itu disampaikannya di Gedung DPRD, Jumat (10/10/2025).")
    quotes = run(text, "2025-10-16", names=names).quotes
    assert [(q.speaker.name, str(q.date)) for q in quotes][-1] == ("Forum Petani Lereng Merapi", "2025-10-09")


def test_an_occasion_clause_the_dated_sentence_does_not_tell_of_takes_no_day_from_it(run):
    # Saat digiring ke ruang tahanan, X membantah …: not the day X was questioned, told in a
    # sentence naming X, but the day of the press conference after it.
    names = {"Hartono Siregar": "PER", "Hartono": "PER", "Rahmat Hidayat": "PER"}
    text = ("Kepala Desa Sukamaju Hartono Siregar diperiksa penyidik Polres Gunung Mas pada Senin (3/3/2025) malam.\n\n"
            "Kapolres Gunung Mas Rahmat Hidayat mengumumkan penetapan tersangka dalam konferensi pers di Mapolres, "
            "Selasa (4/3/2025).\n\n"
            "Saat digiring ke ruang tahanan, Hartono membantah menerima uang dari kontraktor.")
    q = [q for q in run(text, "2025-03-05", names=names).quotes if q.speaker.name == "Hartono Siregar"][0]
    assert (str(q.date), q.rules["date"]) == ("2025-03-04", "statement_date:context")
    # Guard: a clause telling of the occasion that sentence tells of keeps its day.
    text = text.replace("Saat digiring ke ruang tahanan,", "Usai diperiksa,")
    q = [q for q in run(text, "2025-03-05", names=names).quotes if q.speaker.name == "Hartono Siregar"][0]
    assert (str(q.date), q.rules["date"]) == ("2025-03-03", "statement_date:speaker_sentence")


def test_a_full_date_after_a_weekday_and_a_time_of_day_is_that_weekdays_date():
    # Rabu pagi, 5 Juni 2024: the date written in full, not the Wednesday before the article.
    assert _one("pada Rabu pagi, 5 Juni 2024") == (date(2024, 6, 5), "Rabu pagi, 5 Juni 2024")
    assert _one("Senin malam 3 Juni 2024")[0] == date(2024, 6, 3)
    # A weekday with a time of day alone is still the nearest such day.
    assert _one("pada Rabu pagi") == (date(2024, 6, 19), "pada Rabu pagi")


def test_saat_itu_reaches_back_to_the_occasion_told_a_few_sentences_before(run):
    text = ("Wartono Hadi kini bekerja sebagai sopir angkot di Semarang.\n\n"
            "Pada 4 Juli 2019, ia naik ke atas truk di depan kantor gubernur. "
            "Di depan ribuan buruh, ia memegang mikrofon.\n\n"
            "”Kami tidak minta banyak. Kami hanya minta upah dibayar tepat waktu!” seru Wartono saat itu.")
    q = only(run(text, published="2024-06-22", names={"Wartono Hadi": "PER"}), "direct")
    assert (q.date, q.rules["date"]) == (date(2019, 7, 4), "statement_date:then")
    # Its quote over two sentences: the day told right before its first sentence.
    text = ("Dalam rapat dengar pendapat kemarin, Wartono Hadi mengakui serikat kehabisan dana.\n\n"
            "”Kas kami kosong. Iuran anggota sudah tiga bulan macet,” ujarnya saat itu.\n\n"
            "Ditemui di rumahnya pada Sabtu, Wartono memastikan aksi tetap berjalan.")
    r = run(text, published="2024-06-22", names={"Wartono Hadi": "PER"})
    q = next(q for q in r.quotes if q.type == "direct")
    assert (q.date, q.rules["date"]) == (date(2024, 6, 21), "statement_date:then")
    # Another kala itu right after goes on from the day the one before it was given.
    text = ("Pada 4 Juli 2019, Wartono Hadi naik ke atas truk di depan kantor gubernur. "
            "Di depan ribuan buruh, ia memegang mikrofon.\n\n"
            "”Kami tidak minta banyak. Kami hanya minta upah dibayar. Itu saja!” seru Wartono saat itu.\n\n"
            "Wakil Gubernur kala itu, Hendro Susilo, menemui buruh dan menyatakan upah akan dibayar pekan depan.")
    r = run(text, published="2024-06-22", names={"Wartono Hadi": "PER", "Hendro Susilo": "PER"})
    assert [(q.speaker.name, q.date) for q in r.quotes] == [
        ("Wartono Hadi", date(2019, 7, 4)), ("Hendro Susilo", date(2019, 7, 4))]


def test_saat_itu_does_not_reach_past_a_few_sentences(run):
    # The day told four sentences before the words is no longer the occasion they point to.
    text = ("Pada 4 Juli 2019, serikat buruh menggelar aksi di Semarang. Aksi itu berlangsung damai. "
            "Polisi menjaga jalan. Pedagang tetap berjualan. Sore harinya hujan turun.\n\n"
            "”Kami hanya minta upah dibayar,” seru Wartono Hadi saat itu.")
    q = only(run(text, published="2024-06-22", names={"Wartono Hadi": "PER"}), "direct")
    assert q.date is None


def test_di_sana_goes_on_at_the_occasion_of_the_sentence_before(run):
    text = ("”Stok beras aman sampai Lebaran,” kata Kepala Bulog Jawa Barat Irwan Santoso di Bandung, Rabu (19/6/2024).\n\n"
            "Pada Senin (17/6), Irwan mengunjungi gudang Bulog di Cirebon. Di sana, ia menyebut "
            "sebagian gudang perlu diperbaiki sebelum musim hujan.")
    r = run(text, published="2024-06-20", names={"Irwan Santoso": "PER"})
    q = next(q for q in r.quotes if q.type != "direct")
    assert (q.date, q.rules["date"]) == (date(2024, 6, 17), "statement_date:occasion_before")
    # Near miss: a sentence that does not open going on there takes the speaker's day.
    text = text.replace("Di sana, ia menyebut", "Ia menyebut")
    r = run(text, published="2024-06-20", names={"Irwan Santoso": "PER"})
    q = next(q for q in r.quotes if q.type != "direct")
    assert q.date == date(2024, 6, 19)


def test_a_day_closing_an_act_told_in_the_reported_words_dates_no_statement(run):
    text = ("Pemerintah Kota Bandung menyatakan perbaikan drainase menjadi prioritas dalam APBD 2025 "
            "yang disahkan DPRD Kota Bandung, Jumat (29/11).")
    q = only(run(text, published="2024-11-30"))
    assert (q.date, q.rules["date"]) == (date(2024, 11, 30), "statement_date:published")
    # Near miss: a day closing words with no such clause is the statement's own.
    text = ("Pemerintah Kota Bandung menyatakan perbaikan drainase menjadi prioritas dalam APBD 2025, "
            "Jumat (29/11).")
    q = only(run(text, published="2024-11-30"))
    assert (q.date, q.rules["date"]) == (date(2024, 11, 29), "statement_date:own")


def test_a_bylines_date_in_figures_is_the_articles_date():
    # Kompas.com - 14/08/2025, 09:20 WIB: the day the article was written, not the day in
    # the photo caption under it; so is Diperbarui 14/08/2025.
    text = ("Jembatan Gantung Putus di Cianjur\n\nKompas.com - 14/08/2025, 09:20 WIB\n\n"
            "Warga melihat jembatan gantung yang putus di Cianjur, Selasa (12/8/2025). DOK. BPBD\n\n"
            "CIANJUR, KOMPAS.com - Isi.")
    assert dateline(text) == date(2025, 8, 14)
    assert dateline("Harga Bawang Merah Turun\n\nDiperbarui 14/08/2025\n\nIsi berita.") == date(2025, 8, 14)
    # Guard: figures in the lead with neither a clock time nor such a word are no byline;
    # the first date with a year still is the article's.
    assert dateline("Jembatan putus, Selasa (12/8/2025) sore. Catatan 3/4/2025 menyebut jembatan retak.") \
        == date(2025, 8, 12)


def test_kemarin_counts_back_from_the_bylines_date_not_the_leads(run):
    text = ("Jembatan Gantung Putus di Cianjur\n\nKompas.com - 14/08/2025, 09:20 WIB\n\n"
            "CIANJUR, KOMPAS.com - Jembatan gantung di Kecamatan Cibeber putus, Selasa (12/8/2025) sore.\n\n"
            "Kepala Pelaksana BPBD Cianjur Asep Mulyana mengatakan tiga warga terluka saat ditemui, kemarin.")
    q = only(run(text))
    assert (q.date, q.rules["date"]) == (date(2025, 8, 13), "statement_date:own")


_ELECTION_LEAD = ("Tahapan pemilihan kepala daerah di Kota Lembah berjalan di tengah sorotan publik. Sejumlah "
                  "lembaga pemantau mencatat keterlambatan distribusi logistik, sementara partai-partai peserta "
                  "saling tuding soal netralitas aparat di tingkat kecamatan dan kelurahan.\n\n")


def test_a_weekday_told_as_an_earlier_occasion_is_named_back_from_the_day_told(run):
    # No date at the top: a weekday alone is named from the latest day written in full,
    # here a hearing still to come. Selasa lalu, told as an earlier occasion (sempat)
    # after the plenary of Kamis (12/6), is the Tuesday before that plenary, and dates only
    # its own sentence's words; the chairman's words at the plenary keep its day.
    names = {"Hendra Wijaya": "PER", "Hendra": "PER"}
    text = _ELECTION_LEAD + (
        "KPU Kota Lembah menetapkan hasil rekapitulasi dalam rapat pleno terbuka, Kamis (12/6/2025).\n\n"
        "Ketua KPU Kota Lembah, Hendra Wijaya, menyatakan rekapitulasi berjalan tertib.\n\n"
        "Dalam rapat koordinasi Selasa lalu, Hendra sempat menyebut rekapitulasi bisa molor dua hari.\n\n"
        "Sidang sengketa hasil akan digelar di Mahkamah Konstitusi, Jumat (20/6/2025).")
    quotes = run(text, names=names).quotes
    assert [(str(q.date), q.rules["date"]) for q in quotes] == [
        ("2025-06-12", "statement_date:context"), ("2025-06-10", "statement_date:own")]
    # Guard: a weekday alone with no word for an earlier occasion is still named from the
    # latest day written in full.
    q = run(text.replace("Dalam rapat koordinasi Selasa lalu, Hendra sempat menyebut",
                         "Dalam rapat koordinasi pada Selasa, Hendra menyebut"), names=names).quotes[1]
    assert str(q.date) == "2025-06-17"


def test_keesokan_harinya_in_the_sentence_before_dates_the_speakers_words(run):
    # Keesokan harinya, X …. Di hadapan petani, ia mengatakan …: the day after the one just
    # told, of the occasion the statement goes on with.
    names = {"Sarmini Handayani": "PER", "Sarmini": "PER"}
    text = ("Bupati Lembah Hijau Sarmini Handayani membuka festival kopi di alun-alun, Jumat (4/7/2025).\n\n"
            "Keesokan harinya, Sarmini meninjau kebun kopi rakyat di Desa Kalisari. Di hadapan petani, ia "
            "mengatakan pemkab akan menyalurkan bibit unggul.")
    q = only(run(text, "2025-07-07", names=names))
    assert (str(q.date), q.rules["date"]) == ("2025-07-05", "statement_date:told_before")
    # Guard: a sentence about someone else does not date the speaker's words.
    names["Tono Hartono"] = "PER"
    text = text.replace(
        "Keesokan harinya, Sarmini meninjau kebun kopi rakyat di Desa Kalisari. Di hadapan petani, ia",
        "Keesokan harinya, Camat Kalisari Tono Hartono meninjau kebun kopi rakyat. Di alun-alun, Sarmini")
    q = only(run(text, "2025-07-07", names=names))
    assert (q.speaker.name, str(q.date)) == ("Sarmini Handayani", "2025-07-04")


def test_a_day_after_sejak_is_no_day_for_the_statements_after_it(run):
    # Gerimis … sejak Selasa sore: when the drizzle began, not a day anyone spoke.
    names = {"Darto": "PER"}
    text = ("Longsor menutup jalan provinsi di Desa Sukamaju, Rabu (9/4/2025).\n\n"
            "Gerimis yang turun sejak Selasa sore membuat tebing jalan labil.\n\n"
            "Seorang sopir truk, Darto (50), mengaku tertahan lebih dari enam jam.")
    q = only(run(text, "2025-04-09", names=names))
    assert (str(q.date), q.rules["date"]) == ("2025-04-09", "statement_date:context")
    # Guard: the day the drizzle fell, told without sejak, is still the latest day told.
    q = only(run(text.replace("yang turun sejak Selasa sore", "yang turun pada Selasa sore"), "2025-04-09",
                 names=names))
    assert str(q.date) == "2025-04-08"


_VERDICT = ("Kamis, 14 Agu 2025 07:15 WIB\n\n"
            "Semarang - Majelis hakim memvonis mantan kepala desa lima tahun penjara. Kuasa hukum terdakwa, "
            "Bonar Situmorang, menyatakan kliennya akan mengajukan banding.\n\n"
            "Sidang putusan di Pengadilan Tipikor Semarang, Rabu (13/8/2025) sore, dihadiri puluhan warga.\n\n")


def test_a_scene_whose_day_is_told_after_the_first_words_is_that_day(run):
    # The lawyer's words in the lead and to reporters after the hearing, which the text
    # ties to the hearing told with its day: all said that day, not the dateline's.
    names = {"Bonar Situmorang": "PER", "Bonar": "PER"}
    text = _VERDICT + ("Seusai sidang, Bonar menemui wartawan di lobi pengadilan.\n\n"
                       "\"Putusan ini tidak mempertimbangkan fakta persidangan,\" ujar Bonar.\n\n"
                       "\"Kami pelajari dulu salinannya,\" kata Bonar.")
    quotes = run(text, names=names).quotes
    assert [(str(q.date), q.rules["date"]) for q in quotes] == [
        ("2025-08-13", "statement_date:scene"), ("2025-08-13", "statement_date:context"),
        ("2025-08-13", "statement_date:continued")]
    # Guard: with nothing tying the words after to the hearing, the speaker goes on from
    # the day of his words before.
    text = _VERDICT + "\"Putusan ini tidak mempertimbangkan fakta persidangan,\" ujar Bonar."
    assert [str(q.date) for q in run(text, names=names).quotes] == ["2025-08-14", "2025-08-14"]


_SENTENCING = ("Majelis hakim Pengadilan Negeri Tanjung Sari memvonis bekas Kepala Dinas Pekerjaan Umum, Arif "
               "Gunawan, lima tahun penjara. Putusan itu dibacakan dalam sidang pada Selasa, 3 Juni 2025.\n\n"
               "Dalam sidang tuntutan pada 6 Mei 2025, Jaksa Rina Marpaung meminta majelis menghukum Arif tujuh "
               "tahun penjara.\n\n"
               "Penasihat hukum Arif, Dimas Prakoso, menilai putusan itu mengabaikan keterangan saksi ahli.\n\n")
_SENTENCING_NAMES = {"Arif Gunawan": "PER", "Rina Marpaung": "PER", "Dimas Prakoso": "PER", "Dimas": "PER",
                     "Rina": "PER"}


def test_an_earlier_session_of_the_event_told_dates_only_its_own_sentence(run):
    # Dalam sidang tuntutan pada <date>, after a verdict read in a hearing told with its
    # day: an earlier session, whose day dates the demand, not the reactions to the verdict.
    quotes = run(_SENTENCING, names=_SENTENCING_NAMES).quotes
    assert [(q.speaker.name, str(q.date)) for q in quotes] == [
        ("Rina Marpaung", "2025-05-06"), ("Dimas Prakoso", "2025-06-03")]
    # So within the week: a session of the kind of event told on a later day.
    text = _SENTENCING.replace("pada 6 Mei 2025", "pada Kamis, 29 Mei 2025")
    quotes = run(text, names=_SENTENCING_NAMES).quotes
    assert [str(q.date) for q in quotes] == ["2025-05-29", "2025-06-03"]
    # An event of another kind more than a week before any day told is an earlier one too.
    text = _SENTENCING.replace("Dalam sidang tuntutan pada 6 Mei 2025", "Dalam rapat koordinasi pada 6 Mei 2025")
    quotes = run(text, names=_SENTENCING_NAMES).quotes
    assert [str(q.date) for q in quotes] == ["2025-05-06", "2025-06-03"]
    # Guard: with no held event named in its clause the day is the one just told.
    text = _SENTENCING.replace("Dalam sidang tuntutan pada 6 Mei 2025, Jaksa", "Pada 6 Mei 2025, Jaksa")
    quotes = run(text, names=_SENTENCING_NAMES).quotes
    assert [str(q.date) for q in quotes] == ["2025-05-06", "2025-05-06"]


def test_an_earlier_session_whose_day_is_set_off_by_commas(run):
    # Dalam sidang tuntutan, Selasa (6/5/2025), …: the day set off by commas closes the
    # clause naming the event as pada does; an earlier session, the demand's day only.
    text = _SENTENCING.replace("Dalam sidang tuntutan pada 6 Mei 2025,", "Dalam sidang tuntutan, Selasa (6/5/2025),")
    quotes = run(text, names=_SENTENCING_NAMES).quotes
    assert [(q.speaker.name, str(q.date)) for q in quotes] == [
        ("Rina Marpaung", "2025-05-06"), ("Dimas Prakoso", "2025-06-03")]
    # Guard: a comma closing other words than the event's (the speaker's name) still parts
    # the day from the event named before: the day just told goes on.
    text = _SENTENCING.replace("Dalam sidang tuntutan pada 6 Mei 2025, Jaksa Rina Marpaung meminta",
                               "Dalam sidang tuntutan, Jaksa Rina Marpaung, Selasa (6/5/2025), meminta")
    quotes = run(text, names=_SENTENCING_NAMES).quotes
    assert [str(q.date) for q in quotes] == ["2025-05-06", "2025-05-06"]
    # Guard: an event named after the speaker, in a later clause (X, dalam diskusi daring
    # …, Rabu (22/4), …), is the occasion the text tells, not an opening adjunct looking back.
    text = _SENTENCING.replace("Dalam sidang tuntutan pada 6 Mei 2025, Jaksa Rina Marpaung meminta",
                               "Jaksa Rina Marpaung, dalam sidang tuntutan, Selasa (6/5/2025), meminta")
    quotes = run(text, names=_SENTENCING_NAMES).quotes
    assert [str(q.date) for q in quotes] == ["2025-05-06", "2025-05-06"]


def test_a_press_conference_the_day_before_is_the_day_the_text_goes_on_from(run):
    # Guard: Wali Kota X, dalam jumpa pers pada Senin (2/6), …, in a report of Selasa
    # (3/6): within the week and no earlier session of an event told, the text goes on from
    # that day (sehari sebelumnya counts from it).
    names = {"Rudi Hartanto": "PER", "Hendra Wijaya": "PER", "Bima Saputra": "PER"}
    text = ("Kepala BPBD Tanjung Sari Rudi Hartanto mengatakan banjir mulai surut, Selasa (3/6/2025).\n\n"
            "Wali Kota Tanjung Sari Hendra Wijaya, dalam jumpa pers pada Senin (2/6), mengatakan 400 rumah "
            "terendam.\n\n"
            "Gubernur Bima Saputra, saat meninjau lokasi sehari sebelumnya, menyatakan pemerintah provinsi "
            "menyiapkan bantuan.")
    quotes = run(text, "2025-06-03", names=names).quotes
    assert [str(q.date) for q in quotes] == ["2025-06-03", "2025-06-02", "2025-06-01"]


def test_a_date_followed_by_lalu_is_an_earlier_occasion(run):
    # pada 6 Mei lalu, like Selasa lalu: the day of its own sentence's words only.
    names = {"Rudi Hartanto": "PER", "Hendra Wijaya": "PER", "Bima Saputra": "PER"}
    text = ("Kepala BPBD Tanjung Sari Rudi Hartanto mengatakan banjir mulai surut, Selasa (3/6/2025).\n\n"
            "Wali Kota Tanjung Sari Hendra Wijaya pada 6 Mei lalu menyatakan tanggul sungai sudah diperbaiki.\n\n"
            "Gubernur Bima Saputra menyatakan pemerintah provinsi menyiapkan bantuan.")
    quotes = run(text, "2025-06-03", names=names).quotes
    assert [str(q.date) for q in quotes] == ["2025-06-03", "2025-05-06", "2025-06-03"]
    # Guard: without lalu the day is the one just told, for the words after it too.
    quotes = run(text.replace("6 Mei lalu", "Senin (2/6)"), "2025-06-03", names=names).quotes
    assert [str(q.date) for q in quotes] == ["2025-06-03", "2025-06-02", "2025-06-02"]


def test_words_on_an_earlier_occasion_go_on_only_until_others_speak(run):
    # The speaker of the earlier session, speaking again after others' words about the
    # verdict, speaks on the verdict's day; right after, with no one between, the words go
    # on from the earlier session.
    text = _SENTENCING + "Rina mengatakan timnya akan menentukan sikap dalam tujuh hari."
    quotes = run(text, names=_SENTENCING_NAMES).quotes
    assert [(q.speaker.name, str(q.date)) for q in quotes] == [
        ("Rina Marpaung", "2025-05-06"), ("Dimas Prakoso", "2025-06-03"), ("Rina Marpaung", "2025-06-03")]
    # Guard: with no one between, her next words go on from that session.
    text = _SENTENCING.replace("Penasihat hukum Arif, Dimas Prakoso, menilai",
                               "Rina juga menilai") + "Dimas mengatakan kliennya akan banding."
    quotes = run(text, names=_SENTENCING_NAMES).quotes
    assert [(q.speaker.name, str(q.date)) for q in quotes] == [
        ("Rina Marpaung", "2025-05-06"), ("Rina Marpaung", "2025-05-06"), ("Dimas", "2025-06-03")]


_VISIT = ("Menteri Pertanian Hadi Santoso mengatakan stok beras cukup hingga akhir tahun, Rabu (14/5/2025).\n\n"
          "Di tempat yang sama, Wakil Menteri Pertanian Sinta Dewi menjelaskan harga gabah akan dipantau "
          "setiap pekan.\n\n"
          "Saat berkunjung ke Pasar Induk Cipinang, Kamis pekan lalu, Sinta sempat berbincang dengan para "
          "pedagang. Ia kemudian meminta petugas pasar mencatat harga setiap pagi.")
_VISIT_NAMES = {"Hadi Santoso": "PER", "Sinta Dewi": "PER", "Sinta": "PER"}


def test_the_day_of_a_later_scene_told_in_passing_does_not_reach_back_to_earlier_words(run):
    # Saat berkunjung …, Kamis pekan lalu, Sinta sempat …: an earlier occasion told after
    # her words of the day reported; it dates the words of that scene only.
    quotes = run(_VISIT, "2025-05-14", names=_VISIT_NAMES).quotes
    assert [(q.speaker.name, str(q.date)) for q in quotes] == [
        ("Hadi Santoso", "2025-05-14"), ("Sinta Dewi", "2025-05-14"), ("Sinta Dewi", "2025-05-08")]
    # Guard: the words right after the visit are still said on its day (Ia kemudian meminta …).
    assert quotes[-1].rules["date"] == "statement_date:told_before"


_UP_TO = ("Badan Geologi dalam keterangan tertulisnya pada Senin (17/2) menyatakan gempa dipicu sesar darat.\n\n"
          "Kepala Bidang Mitigasi Badan Geologi Rina Hapsari menjelaskan hingga Selasa pagi pihaknya telah "
          "mencatat 30 gempa susulan.")
_UP_TO_NAMES = {"Rina Hapsari": "PER", "Badan Geologi": "ORG"}


def test_words_telling_of_things_up_to_a_day_were_said_no_earlier(run):
    quotes = run(_UP_TO, "2025-02-18", names=_UP_TO_NAMES).quotes
    assert [str(q.date) for q in quotes] == ["2025-02-17", "2025-02-18"]
    # Guard: sejak opens a period; its day is no bound on when the words were said.
    quotes = run(_UP_TO.replace("hingga Selasa pagi", "sejak Selasa pagi"), "2025-02-18", names=_UP_TO_NAMES).quotes
    assert [str(q.date) for q in quotes] == ["2025-02-17", "2025-02-17"]


_OUTAGE = ("PLN pada Senin (3/3) menyatakan pemadaman bergilir dimulai hari itu.\n\n"
           "Manajer PLN Budi Santoso menjelaskan pemadaman akan berlangsung hingga Selasa pagi.")
_OUTAGE_NAMES = {"Budi Santoso": "PER", "PLN": "ORG"}


def test_words_telling_of_things_to_come_up_to_a_day_may_be_said_before_it(run):
    # akan … hingga Selasa pagi: what is still to come runs up to that day; the words
    # may be said before it, on the day told.
    quotes = run(_OUTAGE, "2025-03-05", names=_OUTAGE_NAMES).quotes
    assert [(q.speaker.name, str(q.date)) for q in quotes] == [("PLN", "2025-03-03"), ("Budi Santoso", "2025-03-03")]
    for marker in ("diperkirakan", "direncanakan akan"):
        quotes = run(_OUTAGE.replace("akan berlangsung", marker + " berlangsung"), "2025-03-05",
                     names=_OUTAGE_NAMES).quotes
        assert [str(q.date) for q in quotes] == ["2025-03-03", "2025-03-03"], marker
    # Guard: what has been done up to that day was told that day or after.
    done = _OUTAGE.replace("pemadaman akan berlangsung hingga Selasa pagi",
                           "hingga Selasa pagi pihaknya telah memulihkan 40 gardu")
    quotes = run(done, "2025-03-05", names=_OUTAGE_NAMES).quotes
    assert [str(q.date) for q in quotes] == ["2025-03-03", "2025-03-04"]
    # Guard: a marker of what is to come in another clause of the words leaves this one's.
    quotes = run(done.replace("gardu.", "gardu, dan sisanya akan pulih besok."), "2025-03-05",
                 names=_OUTAGE_NAMES).quotes
    assert [str(q.date) for q in quotes] == ["2025-03-03", "2025-03-04"]


_UP_TO_DATED = ("Ratusan nasabah mendatangi kantor koperasi itu di Semarang, Rabu (18/6/2025).\n\n"
                "Ketua koperasi, Budi Santoso, mengatakan bahwa pihaknya menerima 200 keluhan.\n\n"
                "Sementara itu, Lembaga Perlindungan Konsumen menyatakan telah membuka posko aduan dan menerima "
                "45 laporan hingga Kamis (19/6/2025) pagi.")


def test_words_telling_of_things_up_to_a_dated_weekday_were_said_no_earlier(run):
    # The weekday written with its date bounds the words as the weekday alone does: not
    # said on the day the text told before them.
    names = {"Budi Santoso": "PER", "Lembaga Perlindungan Konsumen": "ORG"}
    quotes = run(_UP_TO_DATED, "2025-06-20", names=names).quotes
    assert [(str(q.date), q.rules["date"]) for q in quotes][-1] == ("2025-06-19", "statement_date:reported_up_to")
    # Guard: what is still to come up to a dated day may be said before it.
    text = _UP_TO_DATED.replace("telah membuka posko aduan dan menerima 45 laporan hingga Kamis (19/6/2025) pagi",
                                "posko aduan akan dibuka hingga Jumat (20/6/2025)")
    quotes = run(text, "2025-06-21", names=names).quotes
    assert str(quotes[-1].date) == "2025-06-18"


def test_a_weekday_alone_after_a_verb_of_reaching_the_speaker_dates_the_statement(run):
    assert _one("Ketua serikat itu, saat dihubungi Selasa, menyebut")[0] == date(2024, 6, 18)
    assert _one("ketika ditemui Senin sore di rumahnya")[0] == date(2024, 6, 17)
    # Guard: after any other verb a weekday alone is no date.
    assert find_date_mentions("Ia dijadwalkan Selasa berangkat ke Jakarta.") == []
    names = {"Sumarno Adi": "PER", "Ikatan Guru Nusantara": "ORG"}
    text = ("Dalam pernyataan yang dirilis Senin (3/3/2025), Ikatan Guru Nusantara meminta pemerintah menambah "
            "sekolah negeri.\n\n"
            "Ketua Ikatan Guru Nusantara Sumarno Adi, saat dihubungi Selasa, menyebut 900 kecamatan belum "
            "memiliki SMA negeri.")
    quotes = run(text, "2025-03-05", names=names).quotes
    assert [str(q.date) for q in quotes] == ["2025-03-03", "2025-03-04"]
    # Guard: with no weekday the day told before still dates the words.
    quotes = run(text.replace("saat dihubungi Selasa,", "saat dihubungi,"), "2025-03-05", names=names).quotes
    assert [str(q.date) for q in quotes] == ["2025-03-03", "2025-03-03"]


_FLOOD = ("Tim SAR menemukan dua korban banjir di Kecamatan Sungai Tarab, Selasa (4/11/2025).\n\n"
          "Kepala Kantor SAR Padang Budi Hartono mengatakan pencarian diperluas ke hilir sungai.\n\n"
          "Banjir bandang menerjang tiga desa di kecamatan itu pada Minggu (2/11/2025) malam setelah hujan deras.\n\n"
          "Kepala BPBD Tanah Datar Rudi Hamzah menyebut 800 warga masih mengungsi.\n\n"
          "Gubernur Sumatera Barat Hasan Basri yang meninjau lokasi sehari sebelumnya menyatakan warga akan "
          "direlokasi.")
_FLOOD_NAMES = {"Budi Hartono": "PER", "Rudi Hamzah": "PER", "Hasan Basri": "PER"}


def test_sehari_sebelumnya_after_others_words_counts_from_the_report_day_not_an_event_told_back(run):
    # The flood's day, told looking back from the search of Selasa (4/11), then others'
    # words: the text is back at the report's day, and the day before is Senin (3/11).
    quotes = run(_FLOOD, "2025-11-05", names=_FLOOD_NAMES).quotes
    assert [(q.speaker.name, str(q.date)) for q in quotes][-1] == ("Hasan Basri", "2025-11-03")
    # Guard: right after the flood's day, with no words between, it counts from that day.
    text = _FLOOD.replace("Kepala BPBD Tanah Datar Rudi Hamzah menyebut 800 warga masih mengungsi.\n\n", "")
    quotes = run(text, "2025-11-05", names=_FLOOD_NAMES).quotes
    assert [(q.speaker.name, str(q.date)) for q in quotes][-1] == ("Hasan Basri", "2025-11-01")
    # Guard: with only the flood's own scene between, no one's words, the text is still at
    # the flood, and the day before is the day before it.
    text = _FLOOD.replace("Kepala BPBD Tanah Datar Rudi Hamzah menyebut 800 warga masih mengungsi.",
                          "Air setinggi dua meter merendam 300 rumah warga.").replace(
        "Gubernur Sumatera Barat Hasan Basri yang meninjau lokasi sehari sebelumnya menyatakan warga akan direlokasi.",
        "Camat Sungai Tarab Andi Saputra, yang memeriksa tanggul sungai sehari sebelumnya, mengatakan tanggul itu "
        "sudah retak.")
    quotes = run(text, "2025-11-05", names={**_FLOOD_NAMES, "Andi Saputra": "PER"}).quotes
    assert [(q.speaker.name, str(q.date)) for q in quotes][-1] == ("Andi Saputra", "2025-11-01")
    # The article's own day on its dateline is no day the report tells: the latest day told
    # is still the search's.
    quotes = run("Rabu, 5 Nov 2025 10:00 WIB\n\n" + _FLOOD, "2025-11-05", names=_FLOOD_NAMES).quotes
    assert [(q.speaker.name, str(q.date)) for q in quotes][-1] == ("Hasan Basri", "2025-11-03")


def test_sehari_sebelumnya_in_the_sentence_of_the_day_just_told_counts_from_it(run):
    # No sentence between the flood's day and sehari sebelumnya, even as the article's
    # last: nothing between, and the count goes on from that day (no look past the end).
    text = _FLOOD.split("\n\n")
    text = "\n\n".join(text[:2] + ["Banjir bandang menerjang tiga desa itu pada Minggu (2/11/2025) malam, sehari "
                                   "sebelumnya hujan deras turun."])
    quotes = run(text, "2025-11-05", names=_FLOOD_NAMES).quotes
    assert [(q.speaker.name, str(q.date)) for q in quotes] == [("Budi Hartono", "2025-11-04")]


def test_a_day_counted_forward_goes_on_from_the_event_told_back(run):
    # Keesokan harinya after the flood's day told looking back, even with others' words
    # between: the day after the flood, not after the report's day.
    text = _FLOOD.replace("Gubernur Sumatera Barat Hasan Basri yang meninjau lokasi sehari sebelumnya menyatakan",
                          "Keesokan harinya, Gubernur Sumatera Barat Hasan Basri menyatakan")
    quotes = run(text, "2025-11-05", names=_FLOOD_NAMES).quotes
    assert [(q.speaker.name, str(q.date)) for q in quotes][-1] == ("Hasan Basri", "2025-11-03")


def test_sehari_sebelumnya_right_after_the_articles_own_day_counts_from_it(run):
    # The dateline's day told last, after a day in the headline: the day just told is the
    # article's own, no event told looking back, and the day before is the day before it.
    text = ("Banjir Bandang Minggu (2/11/2025) Rendam Tiga Desa\n\nRabu, 5 Nov 2025 10:00 WIB\n\n"
            + _FLOOD.split("\n\n", 3)[3])
    quotes = run(text, "2025-11-05", names=_FLOOD_NAMES).quotes
    assert [(q.speaker.name, str(q.date)) for q in quotes][-1] == ("Hasan Basri", "2025-11-04")


_HEARING = ("Sejumlah anggota dewan mencecar Menteri Perindustrian soal impor baja dalam rapat kerja di Kompleks "
            "Parlemen, Jakarta, Rabu (5/3).\n\n"
            "Anggota Komisi VII Yulia Sari menilai impor baja harus dibatasi.\n\n"
            "Sehari sebelumnya, Ketua Komisi VII Darto Sugiharto mengatakan komisinya akan membentuk panitia kerja. "
            "Hal itu disampaikan politikus itu di Kompleks Parlemen, Selasa (4/3).\n\n"
            "Rapat ditutup dengan sejumlah kesimpulan. Komisi VII DPR mendesak kementerian untuk menyusun peta "
            "jalan industri baja.\n\n"
            "\"Kesimpulan ini mengikat,\" ucap Darto saat membacakan kesimpulan rapat.")
_HEARING_NAMES = {"Yulia Sari": "PER", "Darto Sugiharto": "PER", "Komisi VII DPR": "ORG"}


def test_the_day_of_words_on_an_earlier_occasion_does_not_date_the_scene_after_it(run):
    # Sehari sebelumnya, X mengatakan …. Hal itu disampaikan …, Selasa (4/3).: that day is
    # the earlier occasion's; the hearing's conclusions after it are the hearing's day.
    quotes = run(_HEARING, "2025-03-06", names=_HEARING_NAMES).quotes
    assert [(q.speaker.name, str(q.date)) for q in quotes] == [
        ("Yulia Sari", "2025-03-05"), ("Darto Sugiharto", "2025-03-04"), ("Komisi VII DPR", "2025-03-05"),
        ("Darto Sugiharto", "2025-03-05")]
    # Guard: with no earlier occasion told (no Sehari sebelumnya), the day told goes on.
    quotes = run(_HEARING.replace("Sehari sebelumnya, Ketua", "Ketua"), "2025-03-06", names=_HEARING_NAMES).quotes
    assert [str(q.date) for q in quotes] == ["2025-03-05", "2025-03-04", "2025-03-04", "2025-03-04"]


_THROUGH = ("Dalam keterangan resmi yang dirilis Senin (18/8), manajemen PT Kain Jaya menyatakan 500 karyawan "
            "terkena PHK.\n\n"
            "Ketua serikat pekerja Budi Santosa menegaskan serikat menolak PHK itu, Selasa (19/8).\n\n"
            "Di sisi lain, manajemen PT Kain Jaya melalui Melinda Sari kembali menegaskan perusahaan membuka ruang "
            "dialog. \"Pintu kami terbuka,\" kata Melinda saat dikonfirmasi, Selasa.")
_THROUGH_NAMES = {"Budi Santosa": "PER", "Melinda Sari": "PER", "PT Kain Jaya": "ORG"}


def test_a_party_speaking_through_a_person_takes_the_day_of_their_words_that_follow(run):
    quotes = run(_THROUGH, "2025-08-19", names=_THROUGH_NAMES).quotes
    assert [(q.speaker.name, str(q.date)) for q in quotes] == [
        ("PT Kain Jaya", "2025-08-18"), ("Budi Santosa", "2025-08-19"), ("PT Kain Jaya", "2025-08-19"),
        ("Melinda Sari", "2025-08-19")]
    # Guard: a person not named as the one the party speaks through lends it no day.
    text = _THROUGH.replace("melalui Melinda Sari kembali", "kembali").replace(
        "kata Melinda saat", "kata Sekretaris Perusahaan Melinda Sari saat")
    quotes = run(text, "2025-08-19", names=_THROUGH_NAMES).quotes
    assert [str(q.date) for q in quotes] == ["2025-08-18", "2025-08-19", "2025-08-18", "2025-08-19"]


_RULING = ("JAKARTA — Mahkamah Agung mengabulkan permohonan kasasi jaksa. Mahkamah menilai terdakwa terbukti "
           "menerima suap dari rekanan dinas.\n\n"
           "Putusan perkara Nomor 45/K/Pid/2024 itu dibacakan Ketua Majelis Hakim Agung Rudi Salim di Jakarta, "
           "Selasa (14/5/2024).\n\n"
           "Mahkamah juga meminta jaksa segera mengeksekusi putusan tersebut.")
_RULING_NAMES = {"Mahkamah Agung": "ORG", "Rudi Salim": "PER"}


def test_the_next_sentence_telling_when_a_document_was_read_dates_the_words_before_it(run):
    # Putusan … itu dibacakan …, Selasa: the ruling's words were given that day, and the
    # court's next words go on from them.
    quotes = run(_RULING, "2024-05-16", names=_RULING_NAMES).quotes
    assert [(str(q.date), q.rules["date"]) for q in quotes] == [
        ("2024-05-14", "statement_date:said_next"), ("2024-05-14", "statement_date:continued")]
    # Guard: with no demonstrative the sentence points back to nothing said before.
    quotes = run(_RULING.replace(" itu dibacakan", " dibacakan"), "2024-05-16", names=_RULING_NAMES).quotes
    assert [str(q.date) for q in quotes] == ["2024-05-16", "2024-05-16"]


_SPEECH = ("”Saya bangga menjadi guru,” kata Harsono Adiwijoyo saat ditemui di rumahnya, Senin (4/11/2024).\n\n"
           "Saat menyampaikan pidato pengukuhan pada 20 Juni 1995, ia berpesan kepada para mahasiswanya:\n\n"
           "”Belajarlah tanpa henti. Ilmu tidak pernah pensiun.”")


def test_a_quotation_after_a_colon_takes_the_day_of_the_sentence_introducing_it(run):
    quotes = run(_SPEECH, "2024-11-24", names={"Harsono Adiwijoyo": "PER"}).quotes
    assert [(str(q.date), q.rules["date"]) for q in quotes] == [
        ("2024-11-04", "statement_date:own"), ("1995-06-20", "statement_date:own")]
    # Guard: an introducing sentence with no day of its own leaves the speaker's day.
    quotes = run(_SPEECH.replace(" pada 20 Juni 1995", ""), "2024-11-24", names={"Harsono Adiwijoyo": "PER"}).quotes
    assert [str(q.date) for q in quotes] == ["2024-11-04", "2024-11-04"]


def test_a_birth_date_dates_no_words(run):
    text = ("Lahir di Solo pada 3 Maret 1935, Harsono Adiwijoyo menempuh pendidikan guru di Yogyakarta. "
            "”Mengajar itu panggilan, bukan pekerjaan,” ujarnya kala itu.")
    q = only(run(text, "2024-05-16", names={"Harsono Adiwijoyo": "PER"}))
    assert (q.date, q.rules["date"]) == (None, "statement_date:earlier")
    # Guard: the day of another event in his life is the occasion kala itu points to.
    text = text.replace("Lahir di Solo pada 3 Maret 1935, Harsono Adiwijoyo menempuh",
                        "Pada 3 Maret 1965, Harsono Adiwijoyo menyelesaikan")
    q = only(run(text, "2024-05-16", names={"Harsono Adiwijoyo": "PER"}))
    assert (q.date, q.rules["date"]) == (date(1965, 3, 3), "statement_date:then")
    # Guard: Hari Lahir with its weekday is a day an occasion was held.
    text = ("Dalam upacara Hari Lahir Pancasila pada Minggu (1/6/2025), Presiden Joko Santoso mengatakan "
            "persatuan adalah modal utama bangsa.")
    q = only(run(text, "2025-06-02", names={"Joko Santoso": "PER"}))
    assert q.date == date(2025, 6, 1)


_OBITUARY = ("Harsono Adiwijoyo, guru besar Universitas Merbabu, meninggal pada Sabtu (23/11/2024).\n\n"
             "”Bapak selalu bangga menjadi guru,” kata putrinya, Ratna Adiwijoyo, saat ditemui di rumah duka, "
             "Minggu (24/11/2024).\n\n"
             "Setahun kemudian, pada 14 Juli 1996, ia mundur dari jabatan dekan. Dalam surat pengunduran dirinya, "
             "Harsono menulis bahwa ia ingin kembali mengajar.")
_OBITUARY_NAMES = {"Harsono Adiwijoyo": "PER", "Ratna Adiwijoyo": "PER"}


def test_words_in_a_document_told_just_before_take_its_day_and_a_death_dates_none(run):
    quotes = run(_OBITUARY, "2024-11-24", names=_OBITUARY_NAMES).quotes
    assert [(str(q.date), q.rules["date"]) for q in quotes] == [
        ("2024-11-24", "statement_date:own"), ("1996-07-14", "statement_date:occasion_before")]
    # Guard: a document the clause does not point back to is no occasion told; and the
    # day of his death, in a sentence naming him, does not date his words.
    quotes = run(_OBITUARY.replace("Dalam surat pengunduran dirinya", "Dalam sebuah surat"), "2024-11-24",
                 names=_OBITUARY_NAMES).quotes
    assert [(str(q.date), q.rules["date"]) for q in quotes][1] == ("1996-07-14", "statement_date:context")
    # Guard: any other day in a sentence naming him still does.
    quotes = run(_OBITUARY.replace("Dalam surat pengunduran dirinya", "Dalam sebuah surat").replace(
        "meninggal pada", "menerima penghargaan pada"), "2024-11-24", names=_OBITUARY_NAMES).quotes
    assert [(str(q.date), q.rules["date"]) for q in quotes][1] == ("2024-11-23", "statement_date:speaker_sentence")


_LETTER = ("Rektor Universitas Merbabu Slamet Riyadi menegaskan tidak ada kenaikan uang kuliah bagi mahasiswa "
           "lama, Senin (18/8/2025).\n\n"
           "Sebelumnya, perwakilan mahasiswa melayangkan surat terbuka kepada rektor pada Jumat (15/8/2025). "
           "Dalam surat terbuka itu, Dewan Mahasiswa menyebut kenaikan uang kuliah mencapai 40 persen.\n\n"
           "\"Kami menolak kebijakan yang diputuskan diam-diam,\" demikian bunyi salah satu paragraf surat tersebut.")
_LETTER_NAMES = {"Slamet Riyadi": "PER", "Dewan Mahasiswa": "ORG"}


def test_words_of_a_document_pointed_back_to_take_the_day_it_was_told_with(run):
    quotes = run(_LETTER, "2025-08-19", names=_LETTER_NAMES).quotes
    assert [(str(q.date), q.rules["date"]) for q in quotes] == [
        ("2025-08-18", "statement_date:own"), ("2025-08-15", "statement_date:occasion_before"),
        ("2025-08-15", "statement_date:document")]
    # Guard: words pointing back to no document told take the day of the text.
    text = _LETTER.replace("Dalam surat terbuka itu,", "Dalam diskusi,").replace("surat tersebut", "pernyataan")
    quotes = run(text, "2025-08-19", names=_LETTER_NAMES).quotes
    assert [str(q.date) for q in quotes] == ["2025-08-18", "2025-08-18", "2025-08-18"]


def test_words_in_the_same_document_take_the_day_it_was_told_with(run):
    # Dalam keterangan yang sama, X menegaskan …, after a body's words dated by the next
    # sentence (Hal itu disampaikan dalam keterangan resmi …, Senin (18/8/2025)): the same
    # document's day, not the day of the words told since.
    text = ("Kementerian Sosial menyatakan akan menambah kuota bantuan. Hal itu disampaikan dalam keterangan resmi "
            "Kemensos, Senin (18/8/2025).\n\n"
            "Dalam keterangan yang sama, Direktur Jaminan Sosial Kemensos, Arif Budiman, menegaskan bantuan tidak "
            "akan dipotong.\n\n")
    before = ("Ketua DPRD Jawa Tengah, Sumanto, mengatakan anggaran bantuan cukup. Saat dihubungi, Rabu (20/8/2025), "
              "ia menilai penyaluran sudah tepat sasaran.\n\n")
    names = {"Arif Budiman": "PER", "Sumanto": "PER", "Kementerian Sosial": "ORG"}
    quotes = run(before + text, "2025-08-20", names=names).quotes
    assert [(str(q.date), q.rules["date"]) for q in quotes][-1] == ("2025-08-18", "statement_date:document")
    # Guard: yang sama after another noun (dalam kesempatan lain) is no document told.
    other = text.replace("Dalam keterangan yang sama,", "Dalam kesempatan lain,")
    quotes = run(before + other, "2025-08-20", names=names).quotes
    assert quotes[-1].rules["date"] != "statement_date:document"


_WATCHDOG = ("Kuasa hukum terdakwa, Johan Siregar, mengatakan kliennya akan mengajukan banding, Kamis (13/3/2025).\n\n"
             "Sementara itu, peneliti Pusat Kajian Antikorupsi (PUKAT) Rina Marlina menilai vonis itu terlalu ringan. "
             "Dalam keterangan tertulis yang diterima redaksi, Selasa (11/3/2025), PUKAT mencatat 20 vonis ringan "
             "sepanjang tahun lalu.\n\n"
             "\"Hakim harus memberi efek jera,\" kata Rina.\n\n"
             "PUKAT mendesak jaksa untuk mengajukan banding.")
_WATCHDOG_NAMES = {"Johan Siregar": "PER", "Rina Marlina": "PER", "Pusat Kajian Antikorupsi": "ORG",
                   "PUKAT": "ORG", "BPS": "ORG"}


def test_a_bodys_document_dates_its_peoples_words_and_its_own(run):
    # The body's written statement of Selasa, told right after its researcher's words:
    # her words, and the body's after them, are of that statement's day.
    quotes = run(_WATCHDOG, "2025-03-13", names=_WATCHDOG_NAMES).quotes
    assert [(q.speaker.name, str(q.date)) for q in quotes] == [
        ("Johan Siregar", "2025-03-13"), ("Rina Marlina", "2025-03-11"), ("Rina Marlina", "2025-03-11"),
        ("PUKAT", "2025-03-11")]
    assert quotes[1].rules["date"] == quotes[3].rules["date"] == "statement_date:body"
    # Guard: another body's document dates none of her words.
    quotes = run(_WATCHDOG.replace("PUKAT mencatat", "BPS mencatat"), "2025-03-13", names=_WATCHDOG_NAMES).quotes
    assert [str(q.date) for q in quotes] == ["2025-03-13"] * 4


_INSTITUTE = ("Menteri Perdagangan Budi Hartono mengatakan stok beras aman, Senin (16/6/2025).\n\n"
              "Lembaga Riset Pangan (LRP) menilai harga beras masih akan naik. Peneliti LRP, Dewi Anggraini, "
              "menyatakan stok di pasar induk menipis.\n\n"
              "\"Pemerintah harus segera menggelar operasi pasar,\" kata Dewi dalam keterangan tertulis, "
              "Minggu (15/6/2025).")
_INSTITUTE_NAMES = {"Budi Hartono": "PER", "Lembaga Riset Pangan": "ORG", "Dewi Anggraini": "PER",
                    "Institut Tani": "ORG"}


def test_a_body_speaking_through_one_of_its_people_takes_the_day_of_their_words(run):
    quotes = run(_INSTITUTE, "2025-06-16", names=_INSTITUTE_NAMES).quotes
    assert [(q.speaker.name, str(q.date)) for q in quotes] == [
        ("Budi Hartono", "2025-06-16"), ("Lembaga Riset Pangan", "2025-06-15"), ("Dewi Anggraini", "2025-06-15"),
        ("Dewi Anggraini", "2025-06-15")]
    # Guard: a researcher of another body lends it no day.
    text = _INSTITUTE.replace("Peneliti LRP, Dewi", "Peneliti Institut Tani, Dewi")
    quotes = run(text, "2025-06-16", names=_INSTITUTE_NAMES).quotes
    assert str(quotes[1].date) == "2025-06-16"


def test_a_planned_day_dates_no_statement_by_context(run):
    # Presiden dijadwalkan menyampaikan pidato … pada Jumat; Presiden akan berkunjung …
    # pada Jumat: the day planned (read back to last Friday) is no day Pratikno spoke.
    names = {"Pratikno": "PER"}
    for first in ("Presiden dijadwalkan menyampaikan pidato kenegaraan pada Jumat.",
                  "Presiden akan berkunjung ke Jepang pada Jumat."):
        q = only(run(first + " Menteri Sekretaris Negara Pratikno mengatakan persiapan sudah rampung.",
                     published="2025-03-10", names=names))
        assert (q.text, str(q.date)) == ("persiapan sudah rampung", "2025-03-10")
    # The near miss: a day something was done still dates the words told after it.
    q = only(run("Presiden meresmikan Bendungan Karian pada Jumat. Menteri Sekretaris Negara Pratikno mengatakan "
                 "bendungan itu akan mengairi ribuan hektare sawah.", published="2025-03-10", names=names))
    assert (str(q.date), q.rules["date"]) == ("2025-03-07", "statement_date:context")


def test_words_said_apart_from_a_dated_scene_take_the_articles_day(run):
    # A resident quoted in the regent's dated visit shares its day; one met apart
    # (Saat ditemui terpisah, …), on a day the text never gives, does not: their words,
    # and their words going on, take the article's day. Guard: met apart on a day given
    # there, they take that day.
    text = ("BOYOLALI, KOMPAS — Bupati Boyolali Agus Irawan meninjau panen raya padi di Desa Sambi, "
            "Senin (3/3/2025). Agus mengatakan hasil panen tahun ini naik.\n\n"
            "Sumarni (54), petani setempat, mengaku senang dengan hasil panen kali ini.\n\n"
            "Saat ditemui terpisah, Wahyudi (47), petani di desa tetangga, mengatakan panennya gagal "
            "karena hama wereng. ”Separuh sawah saya rusak,” ujarnya.")
    r = run(text, published="2025-03-07")
    by = {q.text[:12]: q for q in r.quotes}
    assert by["hasil panen "].date == date(2025, 3, 3)
    assert by["senang denga"].date == date(2025, 3, 3)
    assert by["panennya gag"].date == date(2025, 3, 7)
    assert by["panennya gag"].rules["date"] == "statement_date:separate_occasion"
    assert by["Separuh sawa"].date == date(2025, 3, 7)
    dated = text.replace("Saat ditemui terpisah,", "Saat ditemui terpisah, Selasa (4/3/2025),")
    by = {q.text[:12]: q for q in run(dated, published="2025-03-07").quotes}
    assert by["panennya gag"].date == date(2025, 3, 4)


_MARKET = ("KLATEN, KOMPAS — Wali Kota Klaten Hartini Wulandari meresmikan Pasar Gede yang baru dipugar, "
           "Kamis (6/3/2025). Hartini mengatakan pasar itu menampung 400 pedagang.\n\n")


def _dated(run, text, published="2025-03-10"):
    return [(str(q.date) if q.date else None, q.rules["date"]) for q in run(text, published=published).quotes]


def test_words_met_apart_at_the_same_scene_keep_its_day(run):
    # Ditemui terpisah, but where the rest of the opening clause points back to the scene
    # told before (di lokasi yang sama; di sela peresmian itu), the words were said there.
    said = "Kepala Dinas Perdagangan Rudi Santosa mengatakan los ikan akan dibuka pekan depan."
    for opener in ["Ditemui terpisah di lokasi yang sama, ", "Dijumpai terpisah di sela peresmian itu, "]:
        assert _dated(run, _MARKET + opener + said)[-1][0] == "2025-03-06", opener
    # Guard: met apart somewhere the clause does not point back to, no day from the scene.
    assert _dated(run, _MARKET + "Ditemui terpisah di kantornya, " + said)[-1] == (
        "2025-03-10", "statement_date:separate_occasion")


def test_only_an_opening_clause_of_its_own_form_says_apart(run):
    # "terpisah" inside some other opening clause says nothing of the occasion.
    for text in ["Menanggapi dua laporan terpisah itu, Kepala Satpol PP Anton Wibisono mengatakan petugas "
                 "akan berjaga di pasar.",
                 "Pedagang yang berjualan di los terpisah, Karsih (52), mengaku lapaknya sepi pembeli."]:
        assert _dated(run, _MARKET + text)[-1][0] == "2025-03-06", text
    # Guard: the opener's own forms still do.
    # (also after a heading run into the sentence: Jaga pasar Secara terpisah, …)
    for opener in ["Secara terpisah, ", "Terpisah, ", "Di tempat terpisah, ", "Saat dihubungi secara terpisah, ",
                   "Jaga pasar Secara terpisah, "]:
        text = opener + "Kepala Satpol PP Anton Wibisono mengatakan petugas akan berjaga di pasar."
        assert _dated(run, _MARKET + text)[-1] == ("2025-03-10", "statement_date:separate_occasion"), opener


def test_words_apart_go_on_only_until_the_text_tells_a_day(run):
    # The same speaker's later words stay on that occasion apart until a day is told since.
    text = (_MARKET + "Dihubungi terpisah, Darto (51), pedagang sayur, mengatakan sewa los terlalu mahal.\n\n"
            "Pemkot kemudian menggelar dialog dengan para pedagang di balai kota, Jumat (7/3/2025). "
            "Darto ikut dalam dialog itu.\n\n”Kami minta sewanya diturunkan,” kata Darto.")
    assert _dated(run, text)[-2:] == [("2025-03-10", "statement_date:separate_occasion"),
                                      ("2025-03-07", "statement_date:context")]
    # Guard: with no day told since, or only the day of others' words, they go on apart.
    text = (_MARKET + "Dihubungi terpisah, Darto (51), pedagang sayur, mengatakan sewa los terlalu mahal.\n\n"
            "Darto berjualan di pasar itu sejak 1998.\n\n”Kami minta sewanya diturunkan,” kata Darto.")
    assert _dated(run, text)[-2:] == [("2025-03-10", "statement_date:separate_occasion")] * 2
    text = text.replace("Darto berjualan di pasar itu sejak 1998.",
                        "Ketua paguyuban pedagang Sutrisno mengatakan, Jumat (7/3/2025), pedagang sepakat menunggu.")
    assert _dated(run, text)[-1] == ("2025-03-10", "statement_date:separate_occasion")


def test_an_occasion_apart_dates_from_its_own_day_on_or_takes_the_articles(run):
    # One opener, two behaviours: with a day of its own the sentence dates the speaker's
    # words from there on (not their words at the scene before); with none, the
    # article's day, never the scene's.
    text = (_MARKET + "Kepala Dinas Perdagangan Rudi Santosa mengatakan los ikan akan dibuka pekan depan.\n\n"
            "Di tempat lain, Sabtu (8/3/2025), Rudi menyebut sewa los belum akan dinaikkan.")
    assert [d for d, _ in _dated(run, text)] == ["2025-03-06", "2025-03-06", "2025-03-08"]
    undated = ("KLATEN, KOMPAS — Wali Kota Klaten Hartini Wulandari meresmikan Pasar Gede yang baru dipugar. "
               "Hartini mengatakan pasar itu menampung 400 pedagang.\n\n"
               "Secara terpisah, Kepala Dinas Perdagangan Rudi Santosa mengatakan los ikan akan dibuka pekan depan.")
    assert _dated(run, undated) == [("2025-03-10", "statement_date:published"),
                                    ("2025-03-10", "statement_date:separate_occasion")]


def test_a_month_and_year_alone_is_no_day_and_dates_no_statement(run):
    # Pada Juni 1998: a month of a year, no day (the month names come from the calendar).
    [m] = find_date_mentions("Hal itu ia sampaikan pada Juni 1998.")
    assert (m.text, m.month, m.year, resolve(m, ANCHOR)) == ("Juni 1998", 6, 1998, None)
    assert [m.text for m in find_date_mentions("Pada 3 Mei 2024, rapat digelar.")] == ["3 Mei 2024"]
    # The statement takes neither the day told before it nor the article's.
    text = ("Menteri Luar Negeri Budi Hartono bertemu mitranya di Jakarta, Jumat (21/6/2024). "
            "Pada Januari 2024, Budi mengatakan bahwa krisis itu berat.")
    q = only(run(text, published="2024-06-22"))
    assert (q.date, q.rules["date"]) == (None, "statement_date:earlier")
    q = only(run("Budi Hartono mengatakan bahwa krisis itu berat. Hal itu ia sampaikan pada Juni 1998.",
                 published="2024-06-22"))
    assert q.date is None
    # A later statement with its own day keeps it.
    text = ("Pada Januari 2024, Budi Hartono mengatakan bahwa krisis itu berat. "
            "”Kami harus bersiap,” kata Budi, Kamis (20/6/2024).")
    assert [q.date for q in run(text, published="2024-06-22").quotes] == [None, date(2024, 6, 20)]
    # Guard: a month in a relative clause on the speaker is no time of the words; a
    # sentence naming the day still dates them; a month compared with is no occasion.
    q = only(run("Budi Hartono, yang dilantik pada Januari 2024, mengatakan bahwa krisis itu berat.",
                 published="2024-06-22"))
    assert q.date == date(2024, 6, 22)
    q = only(run("Budi Hartono mengatakan bahwa krisis itu berat. Hal itu disampaikan dalam seminar, "
                 "Kamis (20/6/2024).", published="2024-06-22"))
    assert q.date == date(2024, 6, 20)
    text = ("Kepala BPS Ratna Dewi mengatakan bahwa ekonomi tumbuh 5 persen. "
            "Proyeksi ini lebih rendah dibandingkan April lalu yang diperkirakan 6 persen.")
    assert only(run(text, published="2024-06-22")).date == date(2024, 6, 22)
_POSTED = ("Menteri Koperasi Arif Budiman mengatakan penyaluran bantuan modal berjalan lancar, Senin (16/6/2025).\n\n"
           "Dalam video yang diunggah pada Jumat (13/6/2025), pedagang pasar Sulastri Wening mengaku belum "
           "menerima bantuan itu.\n\n"
           "Ketua Asosiasi Pedagang Pasar, Herman Tobing, menilai penyaluran bantuan masih lambat.\n\n"
           "Sulastri menambahkan pedagang lain di pasarnya juga belum menerima bantuan.")
_POSTED_NAMES = {"Arif Budiman": "PER", "Sulastri Wening": "PER", "Herman Tobing": "PER"}


def test_a_posters_day_told_after_later_words_dates_no_one_elses(run):
    # The day of one speaker's video, told after words of a later day, is that speaker's
    # alone: the next speaker, with no day of their own, stays on the day of the
    # statements already made; the poster's own later words keep the post's day.
    quotes = run(_POSTED, "2025-06-17", names=_POSTED_NAMES).quotes
    assert [(q.speaker.name, str(q.date)) for q in quotes] == [
        ("Arif Budiman", "2025-06-16"), ("Sulastri Wening", "2025-06-13"), ("Herman Tobing", "2025-06-16"),
        ("Sulastri Wening", "2025-06-13")]
    assert quotes[2].rules["date"] == "statement_date:statement_day"
    # The same with a post's day closing a quotation (cuitnya, Jumat (13/6/2025)).
    text = _POSTED.replace(
        "Dalam video yang diunggah pada Jumat (13/6/2025), pedagang pasar Sulastri Wening mengaku belum "
        "menerima bantuan itu.",
        "Pedagang pasar Sulastri Wening lebih dulu mengeluh. \"Bantuan belum sampai ke pasar kami,\" "
        "cuitnya, Jumat (13/6/2025).")
    quotes = run(text, "2025-06-17", names=_POSTED_NAMES).quotes
    assert [(q.speaker.name, str(q.date)) for q in quotes][2] == ("Herman Tobing", "2025-06-16")
    # Guard: a day the speaker was met on (no post, no release) still carries to the next
    # speaker's words, as before.
    text = _POSTED.replace("Dalam video yang diunggah pada Jumat (13/6/2025), pedagang",
                           "Saat ditemui pada Jumat (13/6/2025), pedagang")
    quotes = run(text, "2025-06-17", names=_POSTED_NAMES).quotes
    assert [(q.speaker.name, str(q.date)) for q in quotes][2] == ("Herman Tobing", "2025-06-13")


_RELAYED = ("Kepala Desa Sukamaju, Warsito, mengatakan jalan desa rusak parah saat ditemui di balai desa, "
            "Selasa (8/4/2025).\n\n"
            "\"Truk pasir lewat setiap hari, jalannya tidak kuat,\" kata Warsito, menirukan keluhan warga yang "
            "datang ke balai desa pekan lalu.\n\n"
            "Ia berharap pemerintah kabupaten segera memperbaiki jalan itu.")
_RELAYED_NAMES = {"Warsito": "PER"}


def test_an_earlier_day_in_a_relative_clause_after_the_cue_is_not_the_speakers(run):
    # pekan lalu closes a clause about the ones whose words are relayed (warga yang
    # datang …): when they came, not when the speaker spoke; his words after it go on.
    quotes = run(_RELAYED, "2025-04-10", names=_RELAYED_NAMES).quotes
    assert [str(q.date) for q in quotes] == ["2025-04-08"] * 3
    # Guard: pekan lalu on the cue itself still puts the words on an earlier day.
    text = _RELAYED.replace(", menirukan keluhan warga yang datang ke balai desa pekan lalu.", " pekan lalu.")
    quotes = run(text, "2025-04-10", names=_RELAYED_NAMES).quotes
    assert (quotes[1].date, quotes[1].rules["date"]) == (None, "statement_date:earlier")


_PLATFORM = ("Kepala stasiun Hendro Wibisono mengatakan, penumpang memadati stasiun sejak pagi saat ditemui, "
             "Senin (15/4/2024).\n\n"
             "Manajer Humas Daop, Andri Saputra, menjelaskan tiket hampir habis, Selasa (16/4/2024).\n\n"
             "Di peron, Wulan Sari (29), penumpang kereta ke Jakarta, tampak menuntun anaknya. "
             "Perantau itu memilih berangkat pada Senin agar tidak berdesakan.\n\n"
             "\"Kemarin aplikasinya penuh, hari ini untung masih dapat,\" katanya.")
_PLATFORM_NAMES = {"Hendro Wibisono": "PER", "Andri Saputra": "PER", "Wulan Sari": "PER"}


def test_the_day_of_the_scene_the_speaker_is_met_in_dates_her_words(run):
    # The paragraph right before her words names her and tells the day she is met in:
    # that day, not the later day of another speaker's phone call.
    quotes = run(_PLATFORM, "2024-04-16", names=_PLATFORM_NAMES).quotes
    q = quotes[-1]
    assert (q.speaker.name, str(q.date)) == ("Wulan Sari", "2024-04-15")
    # Guard: an event's day in a paragraph that does not name her is still told looking
    # back; her words stay on the day of the statements already made.
    text = _PLATFORM.replace("Di peron, Wulan Sari (29), penumpang kereta ke Jakarta, tampak menuntun anaknya. "
                             "Perantau itu memilih berangkat pada Senin agar tidak berdesakan.\n\n",
                             "Puncak arus balik terjadi pada Senin.\n\nDi peron, Wulan Sari (29), penumpang "
                             "kereta ke Jakarta, tampak menuntun anaknya. ")
    quotes = run(text, "2024-04-16", names=_PLATFORM_NAMES).quotes
    q = quotes[-1]
    assert (q.speaker.name, str(q.date)) == ("Wulan Sari", "2024-04-16")


_CITED = ("Menteri Pertanian Brasil Paulo Ribeiro memberikan keterangan kepada wartawan di Brasilia, "
          "Kamis (6/3/2025) waktu setempat.\n\n"
          "\"Kami tidak akan menaikkan tarif ekspor kedelai tahun ini,\" kata Ribeiro, seperti dilansir "
          "kantor berita Reuters, Jumat (7/3/2025).\n\n"
          "Ribeiro juga menyatakan bahwa pemerintah akan menambah subsidi pupuk bagi petani kecil.")
_CITED_NAMES = {"Paulo Ribeiro": "PER"}


def test_a_wire_citations_day_gives_way_to_the_day_told_for_the_words(run):
    # The day after "seperti dilansir Reuters" is when the outlet reported; the words were
    # said on the day the sentence before gives, and the speaker goes on from it.
    quotes = run(_CITED, "2025-03-07", names=_CITED_NAMES).quotes
    assert [str(q.date) for q in quotes] == ["2025-03-06", "2025-03-06"]
    # Guard: with no other day told, the citation's day still dates the words.
    text = _CITED.replace("di Brasilia, Kamis (6/3/2025) waktu setempat.", "di Brasilia.")
    quotes = run(text, "2025-03-08", names=_CITED_NAMES).quotes
    assert str(quotes[0].date) == "2025-03-07"
    # Guard: a date after a comma that follows no citation is the statement's own.
    text = _CITED.replace(", seperti dilansir kantor berita Reuters, Jumat (7/3/2025)", " di Brasilia, Jumat (7/3/2025)")
    quotes = run(text, "2025-03-07", names=_CITED_NAMES).quotes
    assert str(quotes[0].date) == "2025-03-07"


def test_a_speakers_own_citing_aside_is_no_outlets_day(run):
    # X, mengutip data …, Selasa (4/3/2025), mengatakan …: the speaker cites a source; the
    # day is when they spoke, and the next speaker keeps it as the day told.
    names = {"Rizal Taufikurahman": "PER", "Yusuf Wibisono": "PER"}
    for aside in ("mengutip data Kementerian Pertanian", "mengutip BPS", "dikutip dari akun media sosialnya"):
        text = (f"JAKARTA, KOMPAS — Peneliti INDEF Rizal Taufikurahman, {aside}, Selasa (4/3/2025), mengatakan "
                "produksi beras naik. Ekonom lain, Yusuf Wibisono, menilai harga masih tinggi.")
        first, second = run(text, "2025-03-07", names=names).quotes
        assert first.rules["date"] != "statement_date:citation", aside
        assert [str(first.date), str(second.date)] == ["2025-03-04", "2025-03-04"], aside


def test_an_outlets_citation_set_off_after_the_speaker_keeps_its_day_apart(run):
    # Guard: the cited thing is an outlet (a name, kantor berita …): the outlet's day.
    text = ("Menteri Perdagangan AS Howard Lutnick, dilansir Reuters, Selasa (4/3/2025), menegaskan tarif tetap "
            "berlaku. Analis pasar, Yusuf Wibisono, menilai harga masih tinggi.")
    first, second = run(text, "2025-03-07", names={"Howard Lutnick": "PER", "Yusuf Wibisono": "PER"}).quotes
    assert (str(first.date), first.rules["date"]) == ("2025-03-04", "statement_date:citation")
    assert str(second.date) == "2025-03-07"
    text = ("\"Kami tidak akan mundur,\" kata Menteri Luar Negeri Iran Abbas Araghchi, seperti dikutip dari "
            "kantor berita IRNA, Selasa (4/3/2025).")
    q = run(text, "2025-03-07", names={"Abbas Araghchi": "PER"}).quotes[0]
    assert q.rules["date"] == "statement_date:citation"
    # A news site by its address is an outlet too; the next speaker keeps the report's day.
    text = ("\"Kami tidak akan mundur,\" kata Abbas Araghchi, sebagaimana dikutip di tempo.co, Selasa (4/3/2025). "
            "Secara terpisah, analis politik Yusuf Wibisono menilai ketegangan akan mereda.")
    first, second = run(text, "2025-03-07", names={"Abbas Araghchi": "PER", "Yusuf Wibisono": "PER"}).quotes
    assert first.rules["date"] == "statement_date:citation" and str(second.date) == "2025-03-07"


def test_a_citation_opening_the_sentence_does_not_date_the_report_after_it(run):
    text = ("Dilansir AFP, Sabtu (8/3/2025), Kementerian Pertahanan Chile dalam keterangannya pada Jumat (7/3) "
            "menyebutkan bahwa latihan gabungan itu akan digelar bulan depan.")
    q = run(text, "2025-03-08", names={"Kementerian Pertahanan Chile": "ORG"}).quotes[0]
    assert str(q.date) == "2025-03-07"


_ZONES = ("SANTIAGO, SELASA — Senat Chile mengesahkan reformasi pensiun dalam sidang maraton, Senin (10/3/2025) "
          "malam waktu setempat atau Selasa pagi WIB.\n\n"
          "\"Ini kemenangan bagi jutaan pekerja,\" kata Ketua Senat Manuel Ortega Ruiz dalam pidatonya.")


def test_the_same_moment_in_another_time_zone_is_no_day_of_its_own(run):
    q = run(_ZONES, "2025-03-11", names={"Manuel Ortega Ruiz": "PER"}).quotes[0]
    assert str(q.date) == "2025-03-10"
    # Guard: a second day joined by atau with no time zone after it is still a day told.
    text = _ZONES.replace("Selasa pagi WIB", "Selasa pagi")
    q = run(text, "2025-03-11", names={"Manuel Ortega Ruiz": "PER"}).quotes[0]
    assert str(q.date) == "2025-03-11"


_LEAD = ("Rabu, 12 Mar 2025 09:10 WIB\n\n"
         "Jakarta - Norwegia menyatakan perundingan damai di Oslo telah mencapai \"kemajuan nyata\", meski "
         "beberapa isu belum disepakati.\n\n"
         "Menteri Luar Negeri Norwegia Erik Halvorsen mengatakan kedua pihak kini membahas jadwal gencatan senjata.\n\n"
         "\"Kami belum selesai, tetapi arahnya benar,\" kata Halvorsen dalam konferensi pers, Selasa (11/3) "
         "waktu setempat.")
_LEAD_NAMES = {"Norwegia": "LOC", "Erik Halvorsen": "PER"}


def test_a_lead_takes_the_day_of_the_words_it_sums_up(run):
    quotes = run(_LEAD, "2025-03-12", names=_LEAD_NAMES).quotes
    assert [(q.speaker.name, str(q.date)) for q in quotes] == [
        ("Norwegia", "2025-03-11"), ("Erik Halvorsen", "2025-03-11"), ("Erik Halvorsen", "2025-03-11")]
    assert quotes[0].rules["date"] == "statement_date:lead"
    # Guard: where the next speaker does not speak for the lead's, the lead keeps the
    # article's own day.
    text = _LEAD.replace("Menteri Luar Negeri Norwegia Erik", "Analis Erik")
    quotes = run(text, "2025-03-12", names=_LEAD_NAMES).quotes
    assert str(quotes[0].date) == "2025-03-12"


_MINISTRY_LEAD = ("Jakarta (ANTARA) - Kementerian Pertanian memperkirakan produksi gabah tahun ini mencapai "
                  "55 juta ton.\n\n"
                  "Menteri Pertanian Hendra Saputra di Jakarta, Rabu (11/3/2026), mengatakan bahwa panen raya "
                  "diperkirakan berlangsung pada April.")


def test_a_ministrys_lead_takes_the_day_of_its_ministers_words(run):
    # Menteri Pertanian heads Kementerian Pertanian: the minister's words after the lead
    # are what the ministry's lead sums up, as a body's spokesperson's are.
    names = {"Hendra Saputra": "PER", "Kementerian Pertanian": "ORG"}
    for title in ("Menteri Pertanian", "Wakil Menteri Pertanian"):
        q = run(_MINISTRY_LEAD.replace("Menteri Pertanian", title), "2026-03-12", names=names).quotes[0]
        assert (q.speaker.name, str(q.date), q.rules["date"]) == (
            "Kementerian Pertanian", "2026-03-11", "statement_date:lead"), title
    # Guard: another ministry's minister does not speak for this one.
    q = run(_MINISTRY_LEAD.replace("Menteri Pertanian", "Menteri Perdagangan"), "2026-03-12", names=names).quotes[0]
    assert (str(q.date), q.rules["date"]) == ("2026-03-12", "statement_date:published")
    # Guard: an office whose body only opens with the lead's name (the same ministry of
    # another country; a regency whose name runs on) speaks for another body.
    q = run(_MINISTRY_LEAD.replace("Menteri Pertanian Hendra", "Menteri Pertanian Malaysia Hendra"), "2026-03-12",
            names=names).quotes[0]
    assert (str(q.date), q.rules["date"]) == ("2026-03-12", "statement_date:published")
    text = ("Pemerintah Kabupaten Garut memastikan stok pupuk cukup hingga musim tanam.\n\n"
            "Bupati Garut Selatan Hendra Saputra di Garut, Rabu (11/3/2026), mengatakan bahwa distribusi berjalan "
            "lancar.")
    q = run(text, "2026-03-12", names={"Hendra Saputra": "PER", "Pemerintah Kabupaten Garut": "ORG"}).quotes[0]
    assert (q.speaker.name, str(q.date), q.rules["date"]) == (
        "Pemerintah Kabupaten Garut", "2026-03-12", "statement_date:published")
_LEAD_SAME_PARAGRAPH = ("Kamis, 2 Okt 2025 07:15 WIB\n\n"
                        "Jakarta - Badan Pengawas Perizinan (Bawasizin) mengungkap modus suap perizinan tambang "
                        "makin rapi. {between}Ketua Bawasizin Rudi Santoso menyebutkan lembaganya menerima 80 laporan "
                        "selama setahun.\n\n"
                        "\"Modusnya sekarang lewat konsultan,\" kata Rudi dalam rapat dengan Komisi III DPR, "
                        "Rabu (1/10/2025).")


def test_a_lead_takes_the_day_of_the_words_it_sums_up_told_right_after_it_in_its_paragraph(run):
    names = {"Badan Pengawas Perizinan": "ORG", "Rudi Santoso": "PER", "Rudi": "PER"}
    quotes = run(_LEAD_SAME_PARAGRAPH.format(between=""), "2025-10-02", names=names).quotes
    assert (quotes[0].speaker.name, str(quotes[0].date), quotes[0].rules["date"]) == (
        "Badan Pengawas Perizinan", "2025-10-01", "statement_date:lead")
    # Guard: a sentence of narration between: the head's words are no longer the next thing
    # the lead's paragraph tells; it keeps the article's own day.
    quotes = run(_LEAD_SAME_PARAGRAPH.format(between="Temuan itu dibahas di Senayan. "), "2025-10-02",
                 names=names).quotes
    assert (quotes[0].speaker.name, str(quotes[0].date)) == ("Badan Pengawas Perizinan", "2025-10-02")


_GOVERNMENT_LEAD = (
    "JAKARTA, KOMPAS — Pemerintah memastikan subsidi pupuk untuk petani kecil dinaikkan mulai tahun depan. "
    "Kenaikan itu disiapkan sejak awal tahun. ”Anggaran pupuk kami tambah dua kali lipat,” kata Menteri "
    "Pertanian Budi Hartono di Kompleks Parlemen, Jakarta, Senin (10/11/2025). Budi menambahkan, data penerima "
    "akan diperbarui.")


def test_a_government_lead_run_together_takes_the_ministers_day(run):
    # One paragraph (its breaks lost): the minister's words two sentences on are what the
    # government's lead sums up.
    names = {"Budi Hartono": "PER", "Budi": "PER"}
    quotes = run(_GOVERNMENT_LEAD, "2025-11-11", names=names).quotes
    assert (quotes[0].speaker.name, str(quotes[0].date)) == ("Pemerintah", "2025-11-10")
    assert quotes[0].rules["date"] == "statement_date:lead"
    # Guard: one who holds no government office does not speak for the government.
    text = _GOVERNMENT_LEAD.replace("Menteri Pertanian Budi", "Ketua Kelompok Tani Budi")
    quotes = run(text, "2025-11-11", names=names).quotes
    assert (quotes[0].speaker.name, str(quotes[0].date)) == ("Pemerintah", "2025-11-11")


_GOV_LEAD_OTHER_OFFICE = ("Pemerintah memastikan pasokan gula aman menjelang Natal.\n\n"
                          "{title} Hendra Wijaya mengatakan penjualan naik pada Oktober.\n\n"
                          "\u201cPermintaan masih tinggi,\u201d kata Hendra di Jakarta, Senin (10/11/2025).")


def test_a_government_lead_is_no_summary_of_another_office_whose_title_opens_alike(run):
    # Presiden Direktur PT …, a foreign minister, a club's Presiden: none speaks for the
    # Indonesian government, whose lead keeps the article's own day.
    names = {"Hendra Wijaya": "PER", "Hendra": "PER"}
    for title in ("Presiden Direktur PT Sinar Jaya", "Wakil Presiden Direktur PT Sinar Jaya",
                  "Menteri Luar Negeri Rusia", "Presiden Persikota"):
        q = run(_GOV_LEAD_OTHER_OFFICE.format(title=title), "2025-11-11", names=names).quotes[0]
        assert (q.speaker.name, str(q.date), q.rules["date"]) == (
            "Pemerintah", "2025-11-11", "statement_date:published"), title
    # Guard: a minister of the government, or its president, still dates the lead.
    for title in ("Menteri Perdagangan", "Presiden RI"):
        q = run(_GOV_LEAD_OTHER_OFFICE.format(title=title), "2025-11-11", names=names).quotes[0]
        assert (str(q.date), q.rules["date"]) == ("2025-11-10", "statement_date:lead"), title


def test_a_next_sentence_naming_the_warning_it_reports_dates_the_lead(run):
    text = ("Pejabat senior Bank Dunia memperingatkan bahwa utang negara berkembang telah mencapai tingkat "
            "yang mengkhawatirkan.\n\n"
            "Wakil Presiden Bank Dunia untuk Urusan Ekonomi Laura Bennett menyampaikan peringatan itu dalam "
            "forum di Washington, Senin (10/3/2025) waktu setempat.")
    q = run(text, "2025-03-11", names={"Laura Bennett": "PER"}).quotes[0]
    assert (str(q.date), q.rules["date"]) == ("2025-03-10", "statement_date:said_next")
_PREMIERE = ("Jakarta - Film Laut Tenang akan tayang mulai 20 November 2025. Gala premiere film itu digelar di "
             "kawasan Senayan, Jakarta, Rabu (12/11/2025) malam.\n\n"
             "Sebelumnya, film ini sempat diprotes warganet. Senin lalu, rumah produksi Awan Pictures membantah "
             "tudingan itu.\n\n"
             "\"Semua syuting sudah berizin,\" tulis Awan Pictures.\n\n"
             "Ditemui di lokasi gala premiere, produser Dewi Anggraini menambahkan, pihaknya menyisihkan sebagian "
             "keuntungan untuk amal.\n\n")
_PREMIERE_NAMES = {"Dewi Anggraini": "PER", "Awan Pictures": "ORG"}


def test_the_site_of_an_event_in_the_attribution_dates_the_words_on_its_day(run):
    # Ditemui di lokasi gala premiere: the words were said at the premiere, on the day the
    # article gave it, not on the day of the body's post told just before.
    q = run(_PREMIERE, "2025-11-13", names=_PREMIERE_NAMES).quotes[-1]
    assert (q.speaker.name, str(q.date), q.rules["date"]) == ("Dewi Anggraini", "2025-11-12",
                                                              "statement_date:occasion")
    # Guard: a site named by no event held (di lokasi syuting) names no occasion; the
    # latest day told still dates the words.
    text = _PREMIERE.replace("Ditemui di lokasi gala premiere,", "Ditemui di lokasi syuting,")
    q = run(text, "2025-11-13", names=_PREMIERE_NAMES).quotes[-1]
    assert (str(q.date), q.rules["date"]) == ("2025-11-10", "statement_date:context")


_HEARINGS = ("Rabu, 12 November 2025 15:00 WIB\n\n"
             "Jakarta (ANTARA) - Majelis hakim Pengadilan Negeri Bandung menjatuhkan vonis lima tahun penjara kepada "
             "terdakwa Hendra Wibisono dalam perkara penipuan investasi.\n\n"
             "\"Menyatakan terdakwa terbukti bersalah,\" kata Ketua Majelis Hakim Joko Saputra saat membacakan amar "
             "putusan, Rabu.\n\n"
             "Pada sidang tuntutan, Senin (27/10), JPU Maya Kartika menyebut kerugian korban mencapai Rp10 miliar.\n\n"
             "\"Terdakwa tetap menerima dana baru,\" kata Maya kala itu.\n\n"
             "Sementara itu, dalam nota pembelaan yang dibacakannya pada Senin (3/11), Hendra mengatakan ia menyesal "
             "dan akan mengembalikan dana korban.\n\n"
             "\"Saya tidak pernah berniat menipu. Bisnis kami jatuh,\" kata Hendra saat itu.\n\n"
             "Kuasa hukum korban, Rini Astuti, menilai vonis itu terlalu ringan.\n\n"
             "\"Uang korban belum kembali,\" ujarnya.")
_HEARINGS_NAMES = {"Hendra Wibisono": "PER", "Maya Kartika": "PER", "Joko Saputra": "PER", "Rini Astuti": "PER"}


def test_words_the_same_speaker_goes_on_with_saat_itu_put_their_day_apart(run):
    # X, pada Senin (3/11), mengatakan …. ”…,” kata X saat itu.: the text marks that day as
    # a then, an earlier occasion; the next speaker's words are back on the verdict's day.
    quotes = run(_HEARINGS, None, names=_HEARINGS_NAMES).quotes
    said = {q.text[:12]: (q.speaker.name, str(q.date)) for q in quotes}
    assert said["ia menyesal "] == ("Hendra Wibisono", "2025-11-03")
    assert said["Saya tidak p"] == ("Hendra Wibisono", "2025-11-03")
    assert said["vonis itu te"] == ("Rini Astuti", "2025-11-12")
    assert said["Uang korban "] == ("Rini Astuti", "2025-11-12")
    # Guard: without saat itu the day told goes on as the text's day.
    text = _HEARINGS.replace(" kata Hendra saat itu.", " kata Hendra.")
    quotes = run(text, None, names=_HEARINGS_NAMES).quotes
    said = {q.text[:12]: (q.speaker.name, str(q.date)) for q in quotes}
    assert said["vonis itu te"] == ("Rini Astuti", "2025-11-03")


_SAME_OCCASION = ("Wali Kota Sukamaju, Budi Santoso, mengumumkan larangan itu usai rapat di Balai Kota Sukamaju, "
                  "Rabu (5/11/2025).\n\n"
                  "”Kami tidak akan mundur,” tegas Budi.\n\n"
                  "Petani Sukamaju, Ahmad Yani (60), punya pendapat lain.\n\n"
                  "”Dulu air cukup, sekarang kurang,” tutur Ahmad saat ditemui di sawahnya, Selasa (4/11/2025).\n\n"
                  "Dalam kesempatan yang sama di Balai Kota, Wakil Wali Kota Sukamaju Rudi Hartono memastikan "
                  "larangan itu tidak berlaku bagi rumah warga.\n\n"
                  "”Rumah warga tetap kami layani,” ujar Rudi.")
_SAME_OCCASION_NAMES = {"Budi Santoso": "PER", "Ahmad Yani": "PER", "Rudi Hartono": "PER"}


def test_the_same_occasion_at_a_place_named_takes_the_day_told_there(run):
    # Dalam kesempatan yang sama di Balai Kota: the meeting told with its day at the town
    # hall, not the farmer's interview told last.
    r = run(_SAME_OCCASION, "2025-11-05", names=_SAME_OCCASION_NAMES)
    assert [(q.speaker.name, str(q.date)) for q in r.quotes if q.speaker.name == "Rudi Hartono"] == [
        ("Rudi Hartono", "2025-11-05"), ("Rudi Hartono", "2025-11-05")]
    assert r.quotes[-2].rules["date"] == "statement_date:same_occasion"
    # Guard: with no place named the words carry on from the day told last, as before.
    text = _SAME_OCCASION.replace("Dalam kesempatan yang sama di Balai Kota,", "Dalam kesempatan yang sama,")
    r = run(text, "2025-11-05", names=_SAME_OCCASION_NAMES)
    assert [str(q.date) for q in r.quotes if q.speaker.name == "Rudi Hartono"] == ["2025-11-04", "2025-11-04"]


def test_words_said_apart_end_the_same_occasion_scene(run):
    # Secara terpisah / Saat dihubungi terpisah after the scene: another occasion, on a day
    # the text does not give, not the scene's.
    for opener in ("Secara terpisah,", "Saat dihubungi terpisah,"):
        text = _SAME_OCCASION + f"\n\n{opener} pedagang sayur Siti Aminah mengatakan ia belum mendapat lapak."
        r = run(text, "2025-11-06", names={**_SAME_OCCASION_NAMES, "Siti Aminah": "PER"})
        q = r.quotes[-1]
        assert (q.speaker.name, str(q.date), q.rules["date"]) == (
            "Siti Aminah", "2025-11-06", "statement_date:separate_occasion"), opener
        # Guard: the scene's own speaker keeps its day.
        assert [str(q.date) for q in r.quotes if q.speaker.name == "Rudi Hartono"] == ["2025-11-05", "2025-11-05"]


def test_the_first_words_of_a_speaker_take_the_day_of_the_interview_told_next(run):
    # X mengatakan …. ¶ Saat ditemui di kantornya, Kamis (20/11), X menjelaskan …: the
    # paragraph introducing X gives words of that interview, not the day of the one before.
    text = ("Ketua DKM, Ahmad Zaini, mengatakan proyek itu terhenti sejak Maret. ”Kami sudah bersurat,” ujar Ahmad, "
            "Rabu (19/11/2025).\n\n"
            "Kepala Bappeda setempat, Iwan Setiadi, mengatakan pemkab sudah memutus kontrak dengan kontraktor lama.\n\n"
            "Saat ditemui di kantornya, Kamis (20/11/2025), Iwan menjelaskan anggaran baru dialokasikan tahun depan.")
    names = {"Ahmad Zaini": "PER", "Iwan Setiadi": "PER"}
    r = run(text, "2025-11-20", names=names)
    assert [str(q.date) for q in r.quotes if q.speaker.name == "Iwan Setiadi"] == ["2025-11-20", "2025-11-20"]
    # Guard: where that paragraph tells of words apart (Secara terpisah), the first words
    # keep the day told before them.
    text = text.replace("Saat ditemui di kantornya, Kamis", "Secara terpisah, Kamis")
    r = run(text, "2025-11-20", names=names)
    assert [str(q.date) for q in r.quotes if q.speaker.name == "Iwan Setiadi"] == ["2025-11-19", "2025-11-20"]


_SCENE_IN_PASSING = (
    "Pemkab Sukamaju membatalkan rencana penggusuran lapak di Pasar Kliwon. Keputusan itu diumumkan Bupati "
    "Sukamaju Hendra Wiratama di pendopo, Jumat (7/3/2025).\n\n"
    "”Kami memilih jalan dialog dengan pedagang,” kata Hendra, Jumat (7/3/2025).\n\n"
    "Unjuk rasa pedagang pada Selasa lalu sempat diwarnai aksi saling dorong dengan petugas. Ketua paguyuban "
    "pedagang, Sarmidi Utomo, dalam orasinya mendesak bupati menemui massa.\n\n"
    "”Kalau lapak digusur, kami mogok berjualan!” seru Sarmidi saat itu.\n\n"
    "Kepala Dinas Perdagangan Sukamaju, Wulan Anggraini, menjelaskan saat ini pihaknya menyiapkan lokasi "
    "relokasi sementara.")


def test_a_scene_told_in_passing_dates_the_words_right_after_it(run):
    # Unjuk rasa pada Selasa lalu sempat … . Dalam orasinya, X mendesak …: the sentence
    # telling of the earlier scene names no speaker and holds no words; the words right
    # after it, in its paragraph, are that scene's, on its day.
    r = run(_SCENE_IN_PASSING, "2025-03-07")
    got = {q.text[:12]: str(q.date) for q in r.quotes}
    assert got["bupati menem"] == "2025-03-04"
    assert got["Kalau lapak "] == "2025-03-04"
    # Guard: words after the scene's paragraph, with no day of their own, are the report's.
    assert got["saat ini pih"] == "2025-03-07"


_EARLIER_HEARING = (
    "Majelis hakim Pengadilan Negeri Yogyakarta menjatuhkan vonis 4 tahun penjara kepada terdakwa Rudi Hartono "
    "dalam sidang di Yogyakarta, Kamis (12/6/2025).\n\n"
    "Ketua majelis hakim, Lestari Ningsih, menyatakan terdakwa terbukti menerima suap dari kontraktor.\n\n"
    "Penasihat hukum terdakwa, Anton Wibisono, menilai putusan itu terlalu berat.\n\n"
    "{}\n\n"
    "Jaksa Maria Ulfa menyatakan pikir-pikir atas putusan tersebut.")


def test_words_at_an_earlier_hearing_take_no_day_of_this_one(run):
    # Dalam sidang pekan lalu, X meminta …; Sebelumnya, dalam sidang …; dalam sidang
    # sebelumnya; Dalam dakwaan yang dibacakan pada sidang pekan lalu, jaksa menyebut …:
    # another, earlier session than the verdict's, whose day the article does not give.
    for s, start in (("Dalam sidang pekan lalu, Anton meminta majelis membebaskan kliennya.", "majelis memb"),
                     ("Sebelumnya, dalam sidang pekan lalu, Anton meminta majelis membebaskan kliennya.",
                      "majelis memb"),
                     ("Dalam sidang sebelumnya, Anton meminta majelis membebaskan kliennya.", "majelis memb"),
                     ("Dalam dakwaan yang dibacakan pada sidang pekan lalu, jaksa menyebut perbuatan Rudi "
                      "merugikan negara.", "perbuatan Ru")):
        r = run(_EARLIER_HEARING.format(s), published="2025-06-12")
        got = {q.text[:12]: q.date for q in r.quotes}
        assert got[start] is None, s
        assert str(got["terdakwa ter"]) == "2025-06-12"


def test_words_at_a_hearing_told_or_dated_keep_its_day(run):
    # Guard: a hearing with no earlier time is the one told (its day), and one with a day
    # of its own takes that day.
    for s, day in (("Dalam sidang itu, Anton meminta majelis membebaskan kliennya.", "2025-06-12"),
                   ("Dalam sidang pada Kamis (5/6/2025), Anton meminta majelis membebaskan kliennya.",
                    "2025-06-05")):
        r = run(_EARLIER_HEARING.format(s), published="2025-06-12")
        got = {q.text[:12]: q.date for q in r.quotes}
        assert str(got["majelis memb"]) == day, s


def test_a_scene_told_in_passing_dates_no_words_it_is_not_tied_to(run):
    # Warga sempat mengungsi … pada Senin lalu, then words about now (saat ini, kini), or
    # words the scene is no gathering for and that do not point back to it: the report's
    # day, not the earlier weekday.
    day = "Genangan setinggi lutut merendam ratusan rumah di Desa Cikarang, Rabu (14/5/2025).\n\n"
    text = (day + "Warga sempat mengungsi ke balai desa pada Senin lalu. Kepala Desa Cikarang Rudi Hartono "
            "mengatakan saat ini genangan mulai surut.")
    assert str(only(run(text, "2025-05-14")).date) == "2025-05-14"
    text = (day + "Harga sayur sempat melonjak pada Senin lalu. Pedagang pasar, Wati Lestari, mengatakan "
            "pasokan dari petani berkurang.")
    assert str(only(run(text, "2025-05-14")).date) == "2025-05-14"
    text = (day + "Petugas sempat menutup jalan desa pada Senin lalu. ”Kami butuh bantuan perahu,” kata Kepala "
            "Desa Cikarang Rudi Hartono.")
    assert str(only(run(text, "2025-05-14")).date) == "2025-05-14"
    # Guard: words pointing back to the scene (saat itu) are still that day's.
    text = (day + "Petugas sempat menutup jalan desa pada Senin lalu. Kepala Desa Cikarang Rudi Hartono saat "
            "itu mengatakan warga diminta menjauhi sungai.")
    assert str(only(run(text, "2025-05-14")).date) == "2025-05-12"


def test_a_session_to_come_is_not_the_hearing_the_words_were_said_at(run):
    # Dalam sidang itu points back to the hearing dated first, not to a sentence that tells
    # of the next session (sidang berikutnya) with the day of a phone call.
    text = ("Sidang gugatan warga digelar di PN Ambon, Jumat (13/3/2026).\n\n"
            "Ketika dihubungi pada Minggu (15/3/2026), Yosua Lekatompessy menambahkan, pihaknya akan "
            "menghadirkan ahli dalam sidang berikutnya.\n\n"
            "Petugas Bawaslu, Maria Tanamal, yang hadir dalam sidang itu, menyatakan lembaganya menerima "
            "tiga laporan.")
    said = {q.text[:12]: (str(q.date), q.rules["date"]) for q in run(text, "2026-03-16").quotes}
    assert said["lembaganya m"] == ("2026-03-13", "statement_date:occasion")
    # Guard: a sentence telling of the hearing itself (dalam sidang) is still its occasion.
    said = {q.text[:12]: str(q.date) for q in run(text.replace(" berikutnya", ""), "2026-03-16").quotes}
    assert said["lembaganya m"] == "2026-03-15"


def test_a_day_closing_a_moment_in_reported_words_is_the_moments(run):
    # … mengatakan gol itu lahir dari arahan pelatih saat latihan, Kamis lalu.: the
    # training's day, told with the words; not the day they were said.
    text = ("Gelandang muda Persik, Dimas Arya, tampil gemilang pada laga Sabtu (14/3/2026) malam. "
            "Pemain berusia 20 tahun itu mengatakan gol itu lahir dari arahan pelatih saat latihan penyelesaian "
            "akhir, Kamis lalu.")
    q = only(run(text, "2026-03-15"))
    assert q.rules["date"] != "statement_date:own" and str(q.date) != "2026-03-12"
    # Guard: a day right after reported words with no moment in them is the day they were said.
    q = only(run("Gelandang muda Persik, Dimas Arya, mengatakan timnya siap menghadapi laga berikutnya, "
                 "Kamis (12/3/2026).", "2026-03-15"))
    assert (str(q.date), q.rules["date"]) == ("2026-03-12", "statement_date:own")


def test_written_words_take_the_day_of_the_post_told_before(run):
    text = ('Penyanyi Dewi Kirana hadir di pengadilan, Senin (16/3/2026). "Saya lelah," kata Dewi.\n\n'
            "Sebelumnya, pada Sabtu (14/3/2026) malam, Dewi sempat mengunggah tulisan panjang di akun Instagram "
            'miliknya. Unggahan itu langsung ramai dikomentari.\n\n"Aku memilih diam demi keluarga," {} Dewi.')
    q = run(text.format("tulis"), "2026-03-16").quotes[-1]
    assert (str(q.date), q.rules["date"]) == ("2026-03-14", "statement_date:posted_before")
    # Guard: spoken words (kata) go on from the speaker's day, not the post's.
    q = run(text.format("kata"), "2026-03-16").quotes[-1]
    assert str(q.date) == "2026-03-16"


def test_a_bare_weekday_in_the_body_is_that_day_of_the_leads_week(run):
    # Lead Rabu (12/3/2025), then "kata X pada Senin": the latest Monday not after the
    # article's date, 10/3, not the lead's Wednesday.
    text = ("Pemerintah meluncurkan program bantuan pangan pada Rabu (12/3/2025).\n\n"
            "Menteri Sosial Hadi Pranoto mengatakan program itu menyasar dua juta keluarga. "
            "\"Penyaluran kami mulai bulan ini,\" kata Hadi pada Senin.")
    quote = run(text, published=date(2025, 3, 12), names={"Hadi Pranoto": "PER", "Hadi": "PER"}).quotes[-1]
    assert (str(quote.date), quote.date_text) == ("2025-03-10", "pada Senin")
    # Guard: the same Monday named with its date in brackets.
    quote = run(text.replace("pada Senin.", "pada Senin (10/3/2025)."), published=date(2025, 3, 12),
                names={"Hadi Pranoto": "PER", "Hadi": "PER"}).quotes[-1]
    assert str(quote.date) == "2025-03-10"
_OCCASION_DAY = ("Banjir melanda tiga desa di Kabupaten Garut pada Minggu (5/4/2026) malam. Dua warga "
                 "dilaporkan hilang.\n\n"
                 "Kepala Pelaksana BPBD Garut Dedi Kurniawan mengatakan {adjunct}hujan deras sejak sore "
                 "memicu luapan sungai.\n\n"
                 "”Kami masih mencari dua warga yang hilang,” ujar Dedi.")


def test_a_day_set_off_after_the_occasion_of_the_words_dates_them(run):
    # mengatakan dalam konferensi pers, Selasa (7/4/2026), …: the occasion and its day, set
    # off by commas after the verb, are no part of what was said, and that day is the
    # words' own, not the flood's told before; the same speaker's words after go on from it.
    for adjunct in ("dalam konferensi pers, Selasa (7/4/2026), ",
                    "dalam konferensi pers daring di Garut, Jawa Barat, Selasa (7/4/2026), ",
                    "saat dihubungi, Selasa (7/4/2026) malam, "):
        r = run(_OCCASION_DAY.format(adjunct=adjunct), published="2026-04-07", names={"Dedi Kurniawan": "PER"})
        assert [(q.text, q.date) for q in r.quotes] == [
            ("hujan deras sejak sore memicu luapan sungai", date(2026, 4, 7)),
            ("Kami masih mencari dua warga yang hilang,", date(2026, 4, 7))], adjunct
    # Guard: a place with no day set off after it opens what was said (the day is in the
    # words), which takes the day told before.
    r = run(_OCCASION_DAY.format(adjunct="di desa itu banyak warga mengungsi sejak Selasa (7/4/2026) dan "),
            published="2026-04-07", names={"Dedi Kurniawan": "PER"})
    assert r.quotes[0].text.startswith("di desa itu banyak warga mengungsi")
    assert r.quotes[0].date == date(2026, 4, 5)


_FIRM_SPOKESPERSON = ("Petani di Kabupaten Karo mengeluhkan kelangkaan pupuk bersubsidi menjelang musim tanam.\n\n"
                      "”Kami sudah mengusulkan tambahan kuota ke provinsi,” ujar Kepala Dinas Pertanian Karo, "
                      "Budi Ginting, saat dihubungi, Rabu (7/10).\n\n"
                      "Sementara itu, PT Pupuk Sejahtera (Persero) memastikan stok pupuk bersubsidi di gudang "
                      "Kabanjahe mencapai 1.500 ton.\n\n"
                      "”Stok di gudang kami aman dan penyaluran berjalan normal,” kata Manajer Humas {firm}, "
                      "Rina Hasibuan, dalam keterangan tertulis, Kamis (8/10/2026).")


def test_a_firm_named_without_its_legal_form_in_a_spokespersons_role_dates_its_words(run):
    # PT Pupuk Sejahtera (Persero) …. ”…,” kata Manajer Humas Pupuk Sejahtera, Rina …,
    # Kamis (8/10/2026).: the role names the firm without PT, and the firm speaks through
    # her, that day, not on the day of the official quoted before.
    names = {"Budi Ginting": "PER", "Rina Hasibuan": "PER", "PT Pupuk Sejahtera": "ORG"}
    r = run(_FIRM_SPOKESPERSON.format(firm="Pupuk Sejahtera"), published="2026-10-08", names=names)
    firm = [q for q in r.quotes if q.speaker.name.startswith("PT Pupuk Sejahtera")]
    assert [q.date for q in firm] == [date(2026, 10, 8)]
    # Guard: the spokesperson of another firm does not speak for it: not her day, and not
    # the day the official before was reached alone (saat dihubungi), but the article's.
    r = run(_FIRM_SPOKESPERSON.format(firm="Pupuk Makmur"), published="2026-10-09", names=names)
    firm = [q for q in r.quotes if q.speaker.name.startswith("PT Pupuk Sejahtera")]
    assert [q.date for q in firm] == [date(2026, 10, 9)]


def test_a_local_day_with_the_same_moment_in_wib_after_it_dates_the_words(run):
    # …, Senin (18/5) waktu setempat atau Selasa pagi WIB.: the conversion to WIB closes
    # the date; the reported words end before it and the local day dates them.
    text = ("Jenewa (ANTARA) - Menteri Kesehatan RI Andi Wijaya menyerukan penguatan sistem kesehatan global "
            "di Jenewa, Senin (18/5) waktu setempat atau Selasa pagi WIB.")
    q = only(run(text, "2026-05-19"))
    assert (q.text, str(q.date)) == ("penguatan sistem kesehatan global di Jenewa", "2026-05-18")
    # Guard: a date closing the words with no conversion after it dates them as before.
    q = only(run(text.replace(" waktu setempat atau Selasa pagi WIB", ""), "2026-05-19"))
    assert (q.text, str(q.date)) == ("penguatan sistem kesehatan global di Jenewa", "2026-05-18")


_BODY_THEN_SPOKESPERSON = (
    "Menteri Perdagangan RI Budi Santoso menghadiri pertemuan menteri ekonomi di Hanoi, Senin (4/5).\n\n"
    "”Kita perlu pasar yang terbuka,” kata Budi.\n\n"
    "Dari Tokyo, Kementerian Luar Negeri Jepang menyatakan pembicaraan dagang itu berjalan baik. "
    "Juru bicara {body} Jepang Kenji Sato dalam jumpa pers, Selasa (5/5), meminta semua pihak menahan diri.")


def test_a_body_written_short_in_its_spokespersons_role_takes_their_day(run):
    # Kementerian Luar Negeri Jepang menyatakan …. Juru bicara Kemlu Jepang X …, Selasa
    # (5/5), meminta …: Kemlu is the ministry's short form; it spoke through X that day.
    names = {"Budi Santoso": "PER", "Kenji Sato": "PER", "Kementerian Luar Negeri Jepang": "ORG"}
    r = run(_BODY_THEN_SPOKESPERSON.format(body="Kemlu"), published="2026-05-06", names=names)
    body = [q for q in r.quotes if q.speaker.name == "Kementerian Luar Negeri Jepang"]
    assert [q.date for q in body] == [date(2026, 5, 5)]
    # Guard: the spokesperson of another ministry does not speak for it.
    r = run(_BODY_THEN_SPOKESPERSON.format(body="Kementerian Perdagangan"), published="2026-05-06", names=names)
    body = [q for q in r.quotes if q.speaker.name == "Kementerian Luar Negeri Jepang"]
    assert [q.date for q in body] == [date(2026, 5, 4)]


_LEAD_OF_A_BODY = (
    "Badan Penyelenggara Haji (BP Haji) menyatakan pemondokan jamaah di Makkah sudah siap.\n\n"
    "{title} KH Hasan Basri Lubis mengatakan, pihaknya sudah meninjau semua hotel di sekitar Masjidil Haram.\n\n"
    "”Semua kamar sudah kami periksa satu per satu,” kata Hasan dalam rapat di Jakarta, Selasa (2/6/2026).")


def test_a_lead_takes_the_day_of_the_head_of_the_body_named_by_its_short_name(run):
    # BP Haji menyatakan …. Kepala BP Haji KH X mengatakan …, Selasa (2/6/2026): Haji closes
    # the body's short name (no honorific of the name), and its head speaks for it.
    names = {"Hasan Basri Lubis": "PER", "Hasan": "PER", "Badan Penyelenggara Haji": "ORG"}
    r = run(_LEAD_OF_A_BODY.format(title="Kepala BP Haji"), published="2026-06-03", names=names)
    assert (r.quotes[0].date, r.quotes[1].speaker.role) == (date(2026, 6, 2), "Kepala BP Haji")
    # Guard: the head of another body does not speak for it; the lead keeps the article's day.
    r = run(_LEAD_OF_A_BODY.format(title="Kepala Kanwil Kemenag Sumut"), published="2026-06-03", names=names)
    assert (r.quotes[0].date, r.quotes[1].speaker.role) == (date(2026, 6, 3), "Kepala Kanwil Kemenag Sumut")


def test_semalam_after_dalam_or_selama_is_a_span_not_last_night():
    # Hidup warga berubah dalam semalam: overnight, no day.
    assert find_date_mentions("Hidup warga desa itu berubah dalam semalam.") == []
    assert find_date_mentions("Hujan turun selama semalam tanpa henti.") == []
    # Guard: semalam alone is last night.
    assert _one("Banjir datang semalam.")[0] == date(2024, 6, 21)


_REACHED = ("Jakarta - Komisi Pemilihan Umum meminta partai segera memperbarui data anggota, Rabu (20/8/2025).\n\n"
            "Terpisah, anggota Bawaslu Sinta Maharani mengungkapkan pihaknya menemukan ribuan nama ganda.\n\n"
            "\"Ini harus dibersihkan sejak awal,\" kata Sinta saat {verb}, Selasa (19/8) malam.\n\n"
            "Sementara itu, Sekjen Partai Hanura Budi Raharjo mengklaim partainya sudah memperbarui seluruh "
            "data anggota.")


def test_the_day_one_source_was_reached_alone_dates_no_one_else(run):
    # saat dihubungi, Selasa: the day Sinta was phoned; Budi, next, is not dated by it.
    quotes = run(_REACHED.format(verb="dihubungi")).quotes
    assert quotes[-2].date == date(2025, 8, 19)
    assert quotes[-1].speaker.name == "Budi Raharjo" and quotes[-1].date == date(2025, 8, 20)
    # Near miss: saat ditemui, where reporters may meet several at one occasion: the day carries.
    quotes = run(_REACHED.format(verb="ditemui")).quotes
    assert quotes[-1].speaker.name == "Budi Raharjo" and quotes[-1].date == date(2025, 8, 19)
    # Near miss: the next speaker's sentence names the very day told (pada hari yang sama).
    text = _REACHED.format(verb="dihubungi").replace("data anggota.", "data anggota, saat dikonfirmasi pada hari "
                                                     "yang sama.")
    quotes = run(text).quotes
    assert quotes[-1].speaker.name == "Budi Raharjo" and quotes[-1].date == date(2025, 8, 19)


_GATHERING = ("Jumat, 14 Mar 2025 10:00 WIB\n\n"
              "Wali Kota Bogor Andi Pratama mengatakan kajian tarif parkir akan selesai bulan depan, Kamis (13/3/2025).\n\n"
              "Aksi juru parkir pada Selasa lalu sempat diwarnai aksi dorong. Koordinator aksi, Yusuf Maulana, dalam "
              "orasinya mendesak Pemkot untuk mencabut aturan tarif baru.\n\n"
              "\"Kalau aturan tidak dicabut, kami mogok seminggu!\" teriak Yusuf saat itu.\n\n"
              "Sekretaris Daerah Bogor Rina Hapsari, {meeting}, berjanji menyampaikan tuntutan itu kepada wali kota.")


def test_a_speaker_meeting_the_crowd_speaks_at_the_gathering_just_told(run):
    names = {"Andi Pratama": "PER", "Yusuf Maulana": "PER", "Yusuf": "PER", "Rina Hapsari": "PER"}
    # yang menemui massa: at the rally of Selasa lalu, that day.
    q = run(_GATHERING.format(meeting="yang menemui massa"), "2025-03-14", names=names).quotes[-1]
    assert (q.speaker.name, str(q.date), q.rules["date"]) == ("Rina Hapsari", "2025-03-11", "statement_date:same_gathering")
    # Guard: a speaker who does not meet the crowd is not put at the rally.
    q = run(_GATHERING.format(meeting="yang dihubungi wartawan"), "2025-03-14", names=names).quotes[-1]
    assert q.speaker.name == "Rina Hapsari" and str(q.date) != "2025-03-11"
    # Guards: the crowd only in the words reported, or in a phrase naming no crowd (media
    # massa), meets no one; nor does a speaker on an occasion apart (Secara terpisah, …).
    rally = _GATHERING.split("Sekretaris Daerah")[0]
    names = {**names, "Dewi Lestari": "PER", "Hasan Basri": "PER"}
    for last in ("Pengamat kebijakan publik, Dewi Lestari, menilai tuntutan para demonstran masuk akal.",
                 "Ketua DPRD Bogor Hasan Basri mengatakan kepada media massa bahwa aturan itu akan dikaji ulang.",
                 "Secara terpisah, Ketua DPRD Bogor Hasan Basri, yang sempat menemui massa, menyebut aturan itu "
                 "akan dikaji ulang."):
        q = run(rally + last, "2025-03-14", names=names).quotes[-1]
        assert q.speaker.name in ("Dewi Lestari", "Hasan Basri") and q.rules["date"] != "statement_date:same_gathering", last


def test_a_day_joined_to_reported_words_by_pada_yields_to_the_speaker_s_own_day(run):
    # … dikirim melalui pelabuhan Pantoloan, pada Senin …: the day of the shipment the words
    # tell; the speaker's words are dated by the briefing in the next paragraph.
    lead = ("Juru bicara Kementerian Sosial, Rina Kartika, mengatakan bantuan itu dikirim ke Palu melalui "
            "pelabuhan Pantoloan, pada Senin, 8 September 2025.")
    quote = "\n\n\"Semua logistik sudah tiba dengan selamat,\" kata Rina dalam konferensi pers di Jakarta, Selasa, 9 September 2025."
    names = {"Rina Kartika": "PER", "Rina": "PER"}
    quotes = run(lead + quote, published="2025-09-10", names=names).quotes
    assert [q.date for q in quotes] == [date(2025, 9, 9), date(2025, 9, 9)]
    # Guard: with no day of the speaker's own elsewhere, that day is all there is.
    q = only(run(lead, published="2025-09-10", names=names))
    assert q.date == date(2025, 9, 8)
    # Guard: a day set off by a comma alone still dates the words it closes.
    text = lead.replace(", pada Senin", ", Senin") + quote
    quotes = run(text, published="2025-09-10", names=names).quotes
    assert [q.date for q in quotes] == [date(2025, 9, 8), date(2025, 9, 9)]
    # Guards: words telling no act held at a place (a state, a plan) closing with pada and
    # a day are, as ordinarily, said that day, whatever day the speaker speaks on later.
    for told in ("jembatan darurat itu ditutup sementara", "bantuan itu akan dikirim ke Palu melalui pelabuhan Pantoloan",
                 "stok beras di gudang masih cukup"):
        text = lead.replace("bantuan itu dikirim ke Palu melalui pelabuhan Pantoloan", told) + quote
        quotes = run(text, published="2025-09-10", names=names).quotes
        assert [q.date for q in quotes] == [date(2025, 9, 8), date(2025, 9, 9)], told


def test_a_body_s_words_closing_with_a_day_joined_by_pada_take_its_person_s_day(run):
    # The body's day may be that of what its words tell; its officer's words right after,
    # on a day of their own, date the body's (the body named short in the role, Kodim).
    lead = ("Kodim 0712/Tegal membantah anggotanya merusak kios warga di Kecamatan Margadana, "
            "pada Senin, 3 Februari 2025.")
    rest = ("\n\nKepala Staf Kodim 0712/Tegal Mayor Inf Rudi Hartono mengatakan kios itu rusak karena tertimpa pohon. "
            "\n\n\"Anggota kami justru membantu warga membersihkan puing,\" kata Rudi saat dihubungi pada "
            "Selasa, 4 Februari 2025.")
    names = {"Rudi Hartono": "PER", "Rudi": "PER"}
    quotes = run(lead + rest, published="2025-02-05", names=names).quotes
    assert [(q.speaker.name, q.date) for q in quotes][0] == ("Kodim 0712/Tegal", date(2025, 2, 4))
    # Guard: with no words of its people, the body's words keep that day.
    q = only(run(lead, published="2025-02-05", names=names))
    assert q.date == date(2025, 2, 3)
    # Guard: a body's warning of something at a place, no act told, keeps its day when its
    # officer speaks on another.
    warning = "Kodim 0712/Tegal memperingatkan ancaman banjir susulan di Kecamatan Margadana, pada Senin, 3 Februari 2025."
    quotes = run(warning + rest, published="2025-02-05", names=names).quotes
    assert [(q.speaker.name, q.date) for q in quotes][0] == ("Kodim 0712/Tegal", date(2025, 2, 3))
_ADJOURNED = (
    "Sidang perkara korupsi dana desa di Pengadilan Tipikor Bandung digelar {lead}. "
    "Hakim Ketua Andi Kurniawan memimpin jalannya persidangan.\n\n"
    "Hakim Andi kemudian menanyakan asal uang yang ditemukan penyidik.\n\n"
    "\"Lalu uang itu dari mana?\" tanya hakim.\n\n"
    "\"Saya tidak tahu, Yang Mulia,\" jawab Joko Santoso.\n\n"
    "Hakim Ketua Andi Kurniawan {verb} Selasa (11/3/2025) dengan agenda pemeriksaan terdakwa. "
    "Ia meminta jaksa untuk menghadirkan auditor inspektorat.")


def test_a_day_to_come_dates_no_words_said_before_it(run):
    # The hearing is adjourned to a later Tuesday: the judge's question and request were
    # said at this hearing, on its day, with or without the article's own day.
    names = {"Andi Kurniawan": "PER", "Andi": "PER", "Joko Santoso": "PER"}
    # A day after the article's own is one still to come.
    r = run(_ADJOURNED.format(lead="Selasa (4/3/2025)", verb="menunda sidang hingga"), published="2025-03-04",
            names=names)
    judge = [q for q in r.quotes if q.speaker.name == "Andi Kurniawan"]
    assert [q.date for q in judge] == [date(2025, 3, 4)] * 2
    # So is it with no postponement verb.
    r = run(_ADJOURNED.format(lead="Selasa (4/3/2025)", verb="dijadwalkan memimpin sidang lanjutan pada"),
            published="2025-03-04", names=names)
    judge = [q for q in r.quotes if q.speaker.name == "Andi Kurniawan"]
    assert judge[0].date == date(2025, 3, 4)
    # With no day of the article's own, the postponement verb tells it: no day dates the
    # question rather than the one the hearing is put off to.
    r = run(_ADJOURNED.format(lead="Selasa (4/3)", verb="menunda sidang hingga"), names=names)
    judge = [q for q in r.quotes if q.speaker.name == "Andi Kurniawan"]
    assert judge[0].date is None
    # Guard: with no day of the article's own, a day the judge is told of without a
    # postponement verb (a hearing he led then) still dates his words around it.
    r = run(_ADJOURNED.format(lead="Selasa (4/3)", verb="memimpin sidang lanjutan pada"), names=names)
    judge = [q for q in r.quotes if q.speaker.name == "Andi Kurniawan"]
    assert judge[0].date == date(2025, 3, 11)
    # Nor is a later day one to come when the article's day is only the lead's first
    # date with a year: the lead tells an event, the text goes on to later days.
    r = run(_ADJOURNED.format(lead="Selasa (4/3/2025)", verb="memimpin sidang lanjutan pada"), names=names)
    judge = [q for q in r.quotes if q.speaker.name == "Andi Kurniawan"]
    assert judge[0].date == date(2025, 3, 11)


_PODCAST_CITED = (
    "Ekonom senior Bambang Wiratmo menilai kenaikan harga beras dipicu oleh rantai distribusi yang panjang.\n\n"
    "Hal itu ia sampaikan dalam siniar Obrolan Pasar di kanal YouTube, yang tayang pada Sabtu (8/3).\n\n"
    "“Petani jual murah, konsumen beli mahal. Yang untung di tengah,” kata Bambang dalam siniar tersebut, "
    "{cited}, Minggu (9/3).")


def test_a_day_after_an_outlet_written_in_lowercase_is_the_citations(run):
    # dikutip kumparan, Minggu (9/3): the outlet's day; the podcast aired the day before.
    names = {"Bambang Wiratmo": "PER", "Bambang": "PER"}
    r = run(_PODCAST_CITED.format(cited="dikutip kumparan"), published="2025-03-09", names=names)
    assert [q.date for q in r.quotes] == [date(2025, 3, 8)] * 2
    # Guard: a day after the words told to the outlet is the day they were said.
    r = run(_PODCAST_CITED.format(cited="kepada kumparan"), published="2025-03-09", names=names)
    assert r.quotes[1].date == date(2025, 3, 9)
