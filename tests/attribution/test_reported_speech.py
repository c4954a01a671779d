"""Reported speech: the span is the reported clause, the subject the speaker."""
from attribution.lexicon import load_lexicon
from attribution.mentions import subject_before
from attribution.segment import build_document

from .conftest import only


def test_mengatakan_bahwa(run):
    r = run("Menteri Pertanian Hadi Susanto mengatakan bahwa stok beras nasional aman sampai akhir tahun.")
    q = only(r, "indirect")
    assert q.text == "stok beras nasional aman sampai akhir tahun"
    assert q.speaker.name == "Hadi Susanto"
    assert q.speaker.role == "Menteri Pertanian"
    assert q.cue.text == "mengatakan"


def test_a_speech_verb_in_a_fronted_clause_of_time_reports_nothing(run):
    # Ketika X mengumumkan …, Y …: the clause sets the scene for the main clause.
    text = "Tiga tahun lalu, ketika pemerintah mengumumkan pelabuhan baru akan dibangun di desa itu, Sukardi ikut bergembira."
    assert run(text).quotes == []
    assert run("Kalau dokter menyatakan ia sudah sembuh, Rudi akan kembali bekerja.").quotes == []


def test_saat_itu_is_no_clause_of_time(run):
    # Saat itu ia mengatakan …: an adverb of time; the verb is the main clause's.
    q = only(run("Sukardi Wiryo mengenang masa itu. Saat itu ia mengatakan pelabuhan baru akan dibangun di desa itu, "
                 "bukan di kota."), "indirect")
    assert q.text.startswith("pelabuhan baru akan dibangun")


def test_a_clause_of_time_inside_what_was_said_is_still_reported(run):
    q = only(run("Sukardi Wiryo mengatakan, ketika pemerintah mengumumkan pelabuhan baru akan dibangun, warga ikut "
                 "bergembira."), "indirect")
    assert q.speaker.name == "Sukardi Wiryo"


def test_bare_clause_and_relative_clause_subject(run):
    q = only(run("Wali Kota Bogor Arif Rahman yang baru tiba dari Bandung menegaskan pembangunan pasar tetap berjalan."))
    assert q.text == "pembangunan pasar tetap berjalan"
    assert q.speaker.name == "Arif Rahman"


def test_menurut_and_menurutnya(run):
    text = ("Menurut Siti Aminah, harga cabai naik karena cuaca buruk di sentra produksi. "
            "Menurutnya, pasokan akan pulih dalam dua minggu ke depan.")
    r = run(text)
    assert [q.speaker.name for q in r.quotes] == ["Siti Aminah", "Siti Aminah"]
    assert r.quotes[0].text == "harga cabai naik karena cuaca buruk di sentra produksi"
    assert r.quotes[1].rules["speaker"] == "pronoun_mention"


def test_agentless_passive_takes_speaker_from_context(run):
    text = ("Duta Besar Jepang Kenji Tanaka menyampaikan bahwa kedua negara sepakat memperluas perdagangan. "
            "Ditekankan bahwa kerja sama itu juga mencakup pendidikan dan kesehatan.")
    r = run(text)
    assert len(r.quotes) == 2
    assert r.quotes[1].text == "kerja sama itu juga mencakup pendidikan dan kesehatan"
    assert r.quotes[1].speaker.name == "Kenji Tanaka"
    assert r.quotes[1].rules["detect"] == "agentless_passive"


def test_directive_keeps_addressee(run):
    q = only(run("Wakil Menteri Luar Negeri Andi Saputra juga mendesak Rusia untuk bertindak secara bertanggung jawab."))
    assert q.text == "Rusia untuk bertindak secara bertanggung jawab"


def test_pronoun_subject(run):
    text = ("Direktur Utama PT Sinar Abadi Wahyu Nugroho mengatakan penjualan naik sepuluh persen. "
            "Ia menambahkan bahwa perusahaan akan membuka dua pabrik baru tahun depan.")
    r = run(text)
    assert r.quotes[1].speaker.name == "Wahyu Nugroho"
    assert r.quotes[1].speaker.mention == "Ia"


def test_relative_clause_verb_is_not_a_statement(run):
    assert run("Laporan yang mengatakan harga naik itu ternyata keliru sama sekali.").quotes == []


def test_date_after_clause_is_not_content(run):
    q = only(run("Camat Sukajadi Rahmat Hidayat mengatakan jalan desa sudah diperbaiki, Selasa (4/3/2025)."))
    assert q.text == "jalan desa sudah diperbaiki"
    assert q.date.isoformat() == "2025-03-04"


def test_dateline_and_time_adjunct_are_not_the_subject(run):
    text = ("kabarnusa.id, MEDAN – Dinas Kesehatan Sumatera Utara pada Senin (3/3) menyatakan bahwa "
            "kasus demam berdarah menurun tajam.")
    q = only(run(text, published="2025-03-04"))
    assert q.speaker.name == "Dinas Kesehatan Sumatera Utara"
    assert q.speaker.kind == "organization"
    assert q.date.isoformat() == "2025-03-03"


def test_anaphoric_object_is_not_reported_speech(run):
    text = "Pemerintah akan menambah kuota impor. Sri Wahyuni menegaskan rencana ini dalam rapat kabinet."
    assert run(text).quotes == []


def test_berpesan_agar_is_reported_speech(run):
    q = only(run("Ketua Dewan Masjid Setiabudi Hasan Basri berpesan agar jemaah tetap memakai masker selama salat."))
    assert q.text == "agar jemaah tetap memakai masker selama salat"
    assert q.speaker.name == "Hasan Basri"


def test_passive_cue_with_the_speaker_between_commas(run):
    text = ("Pedagang daging Wawan Setiadi membuka lapaknya sejak subuh. "
            "Stok daging impor, diakui Wawan, memang mulai menipis menjelang Lebaran.")
    q = only(run(text, names={"Wawan Setiadi": "PER"}))
    assert (q.type, q.speaker.name, q.rules["detect"]) == ("indirect", "Wawan Setiadi", "trailing_cue")
    assert q.text.startswith("Stok daging impor") and q.text.endswith("menjelang Lebaran")


def test_a_denied_speech_act_is_not_a_statement(run):
    text = ("Kepala Dinas Pendidikan Joko Santoso yang dihubungi wartawan tidak menjawab panggilan telepon "
            "dan pesan singkat. Sekretaris Dinas Maria Ulfa belum bisa memastikan jadwal ujian akan diundur.")
    assert run(text).quotes == []


def test_not_only_still_reports_a_statement(run):
    q = only(run("Bupati Lamongan Rudi Hartono tidak hanya menegaskan bahwa anggaran pendidikan aman tahun ini."))
    assert q.text == "anggaran pendidikan aman tahun ini"
    assert q.speaker.name == "Rudi Hartono"


def test_a_title_cited_before_the_verb_is_not_the_subject(run):
    text = ("Sejarawan Bandung Atep Kurnia dalam bukunya, ”Jaman Woneng: Wabah Sampar di Priangan, 1925-1937”, "
            "mengatakan, pemerintah daerah kompak menekan wabah sampar pada tahun 1929.")
    q = only(run(text))
    assert q.speaker.name == "Atep Kurnia"
    assert q.text == "pemerintah daerah kompak menekan wabah sampar pada tahun 1929"


def test_an_obligation_is_not_a_statement(run):
    text = ("Pemerintah harus memastikan sistem perizinan terjangkau bagi seluruh pelaku usaha. "
            "KPU, misalnya, mesti memastikan anggota PPS memiliki ponsel untuk rapat daring.")
    assert run(text).quotes == []


def test_a_speech_verb_in_an_adjunct_is_not_the_statement(run):
    text = ("Namun, dalam menyampaikan perkembangan kasus harian, juru bicara pemerintah Ahmad Yani "
            "tidak mengumumkan jumlah pasien yang meninggal.")
    assert run(text).quotes == []


def test_the_statement_after_an_obligation_in_its_content_is_kept(run):
    q = only(run("Ketua KPU Sleman Trapsi Haryadi menegaskan, penyelenggara harus memastikan protokol kesehatan dipatuhi."))
    assert q.text == "penyelenggara harus memastikan protokol kesehatan dipatuhi"
    assert q.speaker.name == "Trapsi Haryadi"


def test_a_speech_verb_of_purpose_is_not_a_statement(run):
    text = "Ketua RT Soeharto harus bolak-balik ke puskesmas untuk memastikan petugas bisa datang ke kompleks."
    assert run(text).quotes == []


def test_an_anaphoric_object_before_a_time_adjunct_is_not_reported_speech(run):
    text = ("Kedua menteri sepakat memperluas kerja sama energi. "
            "Keduanya menyampaikan hal itu usai pertemuan bilateral di Istana Bogor.")
    assert run(text).quotes == []


def test_a_cue_after_the_first_word_interrupts_reported_speech(run):
    text = ("Direktur Utama Perum Bulog Bayu Santosa menyatakan stok beras pemerintah masih cukup. "
            "Bulog, kata Bayu, akan menggelar operasi pasar di 200 titik mulai pekan depan.")
    r = run(text)
    assert len(r.quotes) == 2
    assert r.quotes[1].text == "Bulog, kata Bayu, akan menggelar operasi pasar di 200 titik mulai pekan depan"
    assert r.quotes[1].speaker.name == "Bayu Santosa"


def test_a_sub_heading_run_into_a_short_name_subject(run):
    text = ("Ekonom senior Indef Faisal Rahman menilai kenaikan harga dipicu mundurnya masa panen. "
            "Lebih fokus Faisal menambahkan, pemerintah perlu memperbaiki data produksi beras.")
    r = run(text, names={"Faisal Rahman": "PER", "Faisal": "PER"})
    assert [q.speaker.name for q in r.quotes] == ["Faisal Rahman", "Faisal Rahman"]
    assert r.quotes[1].text == "pemerintah perlu memperbaiki data produksi beras"


def test_the_addressee_before_bahwa_is_not_what_was_said(run):
    text = ("Wakil Menteri Luar Negeri Kim Hong-kyun menyampaikan kepada Duta Besar Zinoviev bahwa "
            "kerja sama militer itu melanggar resolusi Dewan Keamanan PBB.")
    q = only(run(text))
    assert q.text == "kerja sama militer itu melanggar resolusi Dewan Keamanan PBB"
    assert q.speaker.name == "Kim Hong-kyun"


def test_besides_a_speech_verb_the_subject_comes_after_the_comma(run):
    text = ("Penyesuaian anggaran Selain mengusulkan tambahan anggaran ke pemerintah pusat, KPU Sidoarjo "
            "juga melakukan efisiensi kegiatan.")
    assert run(text).quotes == []


def test_a_cue_between_commas_before_another_subject_keeps_its_speaker(run):
    text = ("Kepala Ombudsman Jakarta Teguh Santoso menilai data belum lengkap. Namun, lanjut Teguh, dengan "
            "pekan pertama sebagai masa transisi, Ombudsman menilai pembatasan sosial belum efektif.")
    r = run(text)
    assert [q.speaker.name for q in r.quotes] == ["Teguh Santoso", "Teguh Santoso"]


def test_a_dateline_is_not_part_of_the_subject(run):
    text = ("JAKARTA, KOMPAS — Ombudsman RI Perwakilan Jakarta Raya meminta jajaran kepolisian tegas "
            "menindak pelanggaran pembatasan sosial.")
    q = only(run(text))
    assert (q.speaker.name, q.speaker.kind) == ("Ombudsman RI Perwakilan Jakarta Raya", "organization")
    # Written without the spaces round its dash, the dateline is still no part of the name.
    q = only(run(text.replace("KOMPAS — ", "KOMPAS-")))
    assert (q.speaker.name, q.speaker.kind) == ("Ombudsman RI Perwakilan Jakarta Raya", "organization")


def test_a_verb_inside_menurut_content_is_not_another_statement(run):
    # "meminta" is the client's act inside what the lawyer says, not a second report.
    text = ("Kuasa hukum terdakwa, Rudi Hartono, membantah dakwaan itu. Menurut dia, kliennya tidak "
            "pernah meminta imbalan kepada rekanan mana pun.")
    q = only(run(text), "indirect")
    assert q.text == "kliennya tidak pernah meminta imbalan kepada rekanan mana pun"
    assert q.speaker.name == "Rudi Hartono"
    assert q.rules["detect"] == "according_to"


def test_menurut_with_a_place_between_role_and_name(run):
    q = only(run("Menurut Guru Besar Hukum Universitas Andalas, Padang, Feri Amsari, putusan itu cacat "
                 "secara prosedur."))
    assert q.text == "putusan itu cacat secara prosedur"
    assert q.speaker.name == "Feri Amsari"


def test_menurut_with_a_body_whose_name_lists_its_fields_between_commas(run):
    # The commas listing a body's fields (Badan Meteorologi, Klimatologi, dan Geofisika,
    # then its acronym in brackets; or its fields running on into the holder's name) are
    # inside the role: the phrase ends at the comma after the name.
    q = only(run("Menurut peneliti Badan Meteorologi, Klimatologi, dan Geofisika (BMKG) Dewi Lestari, "
                 "musim hujan tahun ini datang lebih lambat."))
    assert (q.speaker.name, q.speaker.role, q.text) == (
        "Dewi Lestari", "peneliti Badan Meteorologi, Klimatologi, dan Geofisika (BMKG)",
        "musim hujan tahun ini datang lebih lambat")
    q = only(run("Menurut staf ahli Kementerian Koordinator Bidang Politik, Hukum, dan Keamanan Andi Pratama, "
                 "pengamanan pemilu sudah siap.", names={"Keamanan Andi Pratama": "PER"}))
    assert (q.speaker.name, q.speaker.role, q.text) == (
        "Andi Pratama", "staf ahli Kementerian Koordinator Bidang Politik, Hukum, dan Keamanan",
        "pengamanan pemilu sudah siap")
    # Guard: a list of bodies (a bank, an acronym) or of people after a body is no body's
    # fields; a name set off after a body keeps its comma as the end of the role.
    from attribution.mentions import body_name_end_after
    lex = load_lexicon("id")
    for text in ("Menurut Kementerian Keuangan, Bank Indonesia, dan OJK, stabilitas terjaga.",
                 "Menurut Dinas Kesehatan, Budi, dan Rina Marlina, stok vaksin cukup."):
        toks = build_document(text).tokens
        assert body_name_end_after(toks, next(t.i for t in toks if t.text == ","), lex) is None
    q = only(run("Menurut Kepala Dinas Kesehatan, Rina Marlina, stok vaksin masih cukup."))
    assert (q.speaker.name, q.text) == ("Rina Marlina", "stok vaksin masih cukup")


def test_menurut_names_the_subject_of_a_later_speech_verb(run):
    # The cue phrase carries on to its own verb: the content starts after "mengatakan,".
    text = ("Namun menurut Koordinator Komite Pemantau Legislatif untuk Rakyat Lucius Karus, dalam diskusi "
            "daring bertajuk ”Parlemen dan Pandemi”, Selasa (8/9/2020), mengatakan, sanksi itu belum cukup "
            "untuk menertibkan peserta.")
    q = only(run(text), "indirect")
    assert q.text == "sanksi itu belum cukup untuk menertibkan peserta"
    assert q.speaker.name == "Lucius Karus"
    assert q.speaker.role == "Koordinator Komite Pemantau Legislatif untuk Rakyat"


def test_never_said_reports_nothing(run):
    assert run("Bupati Yohanes Lado tidak pernah mengatakan bahwa proyek itu akan dibatalkan.").quotes == []


def test_asking_for_a_thing_is_not_a_directive(run):
    assert run("Oknum itu meminta uang kepada para pedagang di pasar setiap pekan.").quotes == []
    q = only(run("Camat Dedi Kurnia meminta pedagang segera pindah ke lokasi yang baru."))
    assert q.text == "pedagang segera pindah ke lokasi yang baru"


def test_asking_for_a_thing_to_be_done_is_a_directive(run):
    # A passive verb after the thing asked for makes it a clause: what should be done to it.
    q = only(run("Forum Warga Peduli Sungai meminta laporan uji air itu diumumkan kepada warga."))
    assert q.text == "laporan uji air itu diumumkan kepada warga"
    assert (q.speaker.name, q.rules["detect"]) == ("Forum Warga Peduli Sungai", "reported_speech:bare")
    # A short noun with the same opening letters is still the thing asked for.
    assert run("Kepala sekolah meminta bantuan dinas kepada bupati.").quotes == []
    # Nor is a longer noun opening with di-: it is more of the thing asked for.
    assert run("Ketua BEM Andi Saputra meminta keringanan dispensasi kepada rektor.").quotes == []


def test_an_unnamed_source_gets_a_record_and_no_speaker(run):
    text = ("Warga Cilandak, Siti Rahayu, mengaku keberatan dengan tarif parkir yang baru. "
            "Seorang warga lain mengatakan tarif itu terlalu mahal untuk pekerja harian.")
    r = run(text)
    assert [q.text for q in r.quotes] == ["keberatan dengan tarif parkir yang baru",
                                          "tarif itu terlalu mahal untuk pekerja harian"]
    unnamed = r.quotes[1]
    assert unnamed.speaker is None  # not Siti Rahayu, the other resident
    assert unnamed.unnamed_source.text == "Seorang warga lain"
    assert r.quotes[0].unnamed_source is None
    assert unnamed.confidence < 0.5


def test_an_unnamed_spokesperson_is_not_the_previous_speaker(run):
    text = ("Presiden Ramon Alvarez berjanji menurunkan harga pangan. Namun, juru bicara parlemen "
            "sebelumnya mengatakan anggaran subsidi belum disetujui.")
    r = run(text)
    assert r.quotes[0].speaker.name == "Ramon Alvarez"
    assert r.quotes[1].text == "anggaran subsidi belum disetujui"
    assert r.quotes[1].speaker is None


def test_an_addressee_before_a_comma_is_not_content(run):
    q = only(run("Kepala Biro Pers Dimas Wibowo menyatakan kepada Kompas, upacara tahun ini digelar tanpa penonton."))
    assert q.text == "upacara tahun ini digelar tanpa penonton"
    # Telling the police, with nothing said after: no statement.
    assert run("Warga yang melihat kebakaran itu segera melaporkan kepada pihak kepolisian setempat.").quotes == []
    # A directive keeps its addressee before untuk, as with mendesak Rusia untuk …
    q = only(run("Ketua MUI Kota Bogor Ahmad Fauzi menganjurkan kepada jemaah untuk salat di rumah masing-masing."))
    assert q.text == "kepada jemaah untuk salat di rumah masing-masing"


def test_being_asked_to_speak_is_not_speaking(run):
    assert run("Petugas diminta terus mengingatkan warga agar memakai masker di pasar.").quotes == []
    assert run("Aplikasi itu diharapkan dapat memastikan bantuan tepat sasaran.").quotes == []


def test_asking_for_a_sum_of_someone_is_not_a_directive(run):
    assert run("Kepala Dinas Kesehatan Ahmad Hidayat meminta komisi 15 persen ke perusahaan pemenang tender.").quotes == []


def test_a_capitalised_description_opening_the_sentence_is_an_unnamed_source(run):
    q = only(run("Petugas mengatakan korban sudah dievakuasi ke rumah sakit terdekat."))
    assert q.text == "korban sudah dievakuasi ke rumah sakit terdekat"
    assert q.speaker is None and q.unnamed_source.text == "Petugas"


def test_an_agentless_passive_with_a_particle_before_bahwa(run):
    text = ("Kepala Badan Pangan Arif Setiadi menjelaskan bahwa cadangan minyak goreng mencapai 200.000 ton. "
            "Ditegaskan pula bahwa pemerintah akan menindak pelaku penimbunan.")
    r = run(text)
    assert [(q.text, q.speaker.name) for q in r.quotes][1] == (
        "pemerintah akan menindak pelaku penimbunan", "Arif Setiadi")
    assert r.quotes[1].rules["detect"] == "agentless_passive"


def test_not_denying_is_a_statement(run):
    q = only(run("Kepala Dinas Sosial Budi Santoso tidak menampik bahwa bantuan terlambat dicairkan."))
    assert q.text == "bantuan terlambat dicairkan"
    q = only(run("Budi Santoso tak memungkiri, bantuan terlambat dicairkan tahun ini."))
    assert q.text == "bantuan terlambat dicairkan tahun ini"
    assert run("Budi Santoso tidak mengatakan bahwa bantuan terlambat dicairkan.").quotes == []


def test_a_sentence_opening_with_the_cue_and_the_speaker(run):
    text = ("Kepala Dinas Sosial Irma Wulandari hadir dalam rapat kerja, Kamis. Dijelaskan Irma, bansos tahap "
            "kedua ditanggung bersama pemerintah pusat. Kata Irma, penyaluran dimulai pekan depan. "
            "Jelasnya, data penerima sudah diperbarui.")
    r = run(text, names={"Irma Wulandari": "PER", "Irma": "PER"})
    assert [(q.text, q.speaker.name, q.rules["detect"]) for q in r.quotes] == [
        ("bansos tahap kedua ditanggung bersama pemerintah pusat", "Irma Wulandari", "cue_first"),
        ("penyaluran dimulai pekan depan", "Irma Wulandari", "cue_first"),
        ("data penerima sudah diperbarui", "Irma Wulandari", "cue_first")]
    # A cue word that names nobody opens no statement.
    assert run("Kata kunci kebijakan ini adalah pemerataan guru di daerah terpencil.").quotes == []


def test_a_country_speaks_for_its_government(run):
    q = only(run("Rusia menegaskan bahwa latihan militer itu bersifat defensif."))
    assert (q.speaker.name, q.speaker.kind) == ("Rusia", "organization")
    q = only(run("Dalam pernyataan bersama, Jepang dan Korea Selatan menegaskan kerja sama militer itu "
                 "melanggar resolusi PBB."))
    assert (q.speaker.name, [c.name for c in q.co_speakers]) == ("Jepang", ["Korea Selatan"])


def test_a_place_after_a_name_is_where_the_speaker_is(run):
    r = run("Sejarawan Universitas Sanata Dharma, Yogyakarta, mengatakan pandemi itu terjadi pada 1918.")
    assert not any(q.speaker and q.speaker.name == "Yogyakarta" for q in r.quotes)


def test_a_headline_of_another_article_is_not_reported_speech(run):
    text = ("Menteri Luar Negeri Cho Tae-yul bertemu Sekjen NATO.\n\n"
            "BACA LEBIH LANJUT: AS mengungkap insiden kereta api di perbatasan Korea Utara-Rusia\n\n"
            "Dalam pertemuan itu, Cho mengatakan kerja sama keamanan akan diperluas.")
    r = run(text, names={"Cho Tae-yul": "PER", "Cho": "PER"})
    assert [q.text for q in r.quotes] == ["kerja sama keamanan akan diperluas"]


def test_a_seat_of_power_speaks_for_the_institution(run):
    q = only(run("Gedung Putih mengatakan pakta itu seharusnya menjadi perhatian semua negara."))
    assert (q.speaker.name, q.speaker.kind) == ("Gedung Putih", "organization")


def test_a_determiner_before_a_possessed_noun_is_no_source(run):
    text = ("Bank itu memperkuat literasi keuangan. Salah satu wujudnya melalui program edukasi daring, "
            "termasuk mengajak generasi muda untuk mulai berinvestasi.")
    assert run(text).quotes == []


def test_an_agency_dateline_before_a_body_is_not_part_of_its_name(run):
    for dateline in ("Jakarta - ", "Jakarta (ANTARA) - ", "JAKARTA, KOMPAS.com - ", "TEMPO.CO, Jakarta - ",
                     "Jakarta, CNN Indonesia -- "):
        q = only(run(dateline + "Komisi Pemilihan Umum (KPU) menyatakan pemungutan suara ulang digelar pekan depan."))
        assert q.speaker.name == "Komisi Pemilihan Umum", dateline
        assert q.speaker.kind == "organization"


def test_the_subject_of_a_speech_verb_after_a_time_conjunction(run):
    text = ("Rapat itu digelar setelah utusan khusus Amerika Serikat Rudi Hartawan menyatakan "
            "Eropa tidak akan dilibatkan dalam perundingan.")
    q = only(run(text))
    assert (q.speaker.name, q.speaker.role) == ("Rudi Hartawan", "utusan khusus Amerika Serikat")
    assert q.text == "Eropa tidak akan dilibatkan dalam perundingan"


def test_a_subject_with_a_time_adjunct_keeps_its_name(run):
    q = only(run("Rahmat saat ditemui di kantornya mengatakan jalan desa sudah diperbaiki."))
    assert q.speaker.name == "Rahmat"


def test_an_occasion_before_bahwa_is_not_what_was_said(run):
    q = only(run("Menteri Perdagangan Budi Santoso menulis di media sosial bahwa harga minyak goreng akan turun."))
    assert q.text == "harga minyak goreng akan turun"
    q = only(run("Menteri Perdagangan Budi Santoso mengatakan dalam jumpa pers di Surabaya, Senin (3/3/2025), "
                 "bahwa harga minyak goreng akan turun."))
    assert q.text == "harga minyak goreng akan turun"
    assert q.date.isoformat() == "2025-03-03"


def test_a_bodys_report_speaks_for_the_body(run):
    q = only(run("Laporan Bank Dunia terbaru menyebutkan pertumbuhan ekonomi kawasan melambat tahun ini."))
    assert (q.speaker.name, q.speaker.kind) == ("Bank Dunia", "organization")
    q = only(run("Rilis Badan Pusat Statistik menyebutkan jumlah wisatawan turun tajam."))
    assert q.speaker.name == "Badan Pusat Statistik"


def test_an_order_is_a_directive(run):
    q = only(run("Presiden Dewi Lestari memerintahkan militer untuk meningkatkan kesiagaan di perbatasan."))
    assert q.speaker.name == "Dewi Lestari"
    assert q.text == "militer untuk meningkatkan kesiagaan di perbatasan"


def test_a_quoted_fragment_inside_a_reported_clause_is_a_mixed_record(run):
    q = only(run('Menteri Luar Negeri Rudi Hartono, yang memimpin delegasi, menyebut perundingan berjalan '
                 '"sulit tetapi bermanfaat".'))
    assert (q.type, q.speaker.name) == ("mixed", "Rudi Hartono")
    assert q.text == 'perundingan berjalan "sulit tetapi bermanfaat"'


def test_a_clause_opening_with_a_quoted_phrase_is_a_mixed_record(run):
    # The quotation is the clause's subject, not the statement: the clause runs on past it.
    q = only(run('Menurut Lukas Wirawan, ”tarif jam sibuk” dipungut untuk menambah pendapatan pengemudi.'))
    assert (q.type, q.speaker.name, q.rules["detect"]) == ("mixed", "Lukas Wirawan", "according_to")
    assert q.text == '”tarif jam sibuk” dipungut untuk menambah pendapatan pengemudi'
    # A title in quotation marks is a name, no quoted fragment: the clause stays indirect.
    q = only(run('Kritikus film Lukas Wirawan menilai "Senja di Kali Code" layak ditonton keluarga.'))
    assert (q.type, q.text) == ("indirect", '"Senja di Kali Code" layak ditonton keluarga')
    # A quotation the cue after it attributes stays a direct quote, though no comma ends it.
    q = only(run('”Tarif jam sibuk kami hapus mulai bulan depan” kata Lukas Wirawan.'))
    assert (q.type, q.text) == ("direct", "Tarif jam sibuk kami hapus mulai bulan depan")


def test_a_quotation_after_a_cue_verb_is_not_also_a_reported_clause(run):
    q = only(run('Menteri Luar Negeri Rudi Hartono menjelaskan dengan tegas, "Kami akan terus berunding '
                 'sampai ada kesepakatan."'))
    assert (q.type, q.speaker.name) == ("direct", "Rudi Hartono")


def test_membenarkan_reports_a_bahwa_clause_only(run):
    q = only(run("Komisioner Komnas HAM Rina Marlina membenarkan bahwa pihaknya telah menerima pengaduan itu."))
    assert q.text == "pihaknya telah menerima pengaduan itu"
    assert run("Komisioner Komnas HAM Rina Marlina membenarkan penangkapan tersangka di Bekasi.").quotes == []


def test_a_verb_phrase_with_a_demonstrative_object_is_still_a_clause(run):
    q = only(run("Jaksa penuntut umum Rina Marlina menyatakan akan mempelajari putusan tersebut sebelum "
                 "menentukan sikap."))
    assert q.text == "akan mempelajari putusan tersebut sebelum menentukan sikap"


def test_menurut_a_bodys_data_gives_the_body(run):
    q = only(run("Menurut data Kementerian Kesehatan, terdapat 1.240 kasus yang terkonfirmasi pekan ini."))
    assert (q.speaker.name, q.speaker.kind) == ("Kementerian Kesehatan", "organization")
    q = only(run("Satuan Tugas Penanganan Covid-19 menyatakan jumlah kasus terus bertambah setiap hari."))
    assert (q.speaker.name, q.speaker.kind) == ("Satuan Tugas Penanganan Covid-19", "organization")


def test_a_relative_clause_about_the_source_of_menurut_is_not_the_content(run):
    q = only(run("Menurut Rina Marlina, yang baru menjabat sejak Februari, lembaganya siap menjadi mediator."))
    assert (q.speaker.name, q.text) == ("Rina Marlina", "lembaganya siap menjadi mediator")
    q = only(run("Menurut Rina Marlina, yang terpenting saat ini, adalah menghentikan pertempuran di perbatasan."))
    assert q.text.startswith("yang terpenting")


def test_a_speech_verb_joined_to_an_earlier_verb_shares_its_subject(run):
    q = only(run("Menteri Luar Negeri Filipina Rudi Hartono mengkritik langkah Beijing dan mengatakan Filipina "
                 "akan mengajukan protes baru."))
    assert (q.speaker.name, q.speaker.role) == ("Rudi Hartono", "Menteri Luar Negeri Filipina")
    assert q.text == "Filipina akan mengajukan protes baru"
    # … and what stands before the first verb: a hope for someone else is no statement.
    assert run("Badan Pangan Dunia diharapkan dapat menerima dan mengakui tempe sebagai warisan budaya dunia.",
               names={"Badan Pangan Dunia": "ORG"}).quotes == []


def test_a_short_clause_after_bahwa_or_menurut_x(run):
    q = only(run("Gubernur Bank Indonesia Rudi Hartono menegaskan bahwa rupiah stabil."))
    assert q.text == "rupiah stabil"
    q = only(run("Menurut Rudi Hartono, rupiah stabil."))
    assert q.text == "rupiah stabil"


def test_two_statements_joined_by_dan_each_get_a_record(run):
    quotes = run("Juru bicara Kemenlu Filipina Rudi Hartono mengatakan Manila kecewa dan menegaskan bahwa "
                 "Filipina akan mengajukan protes baru.").quotes
    assert [(q.text, q.speaker.name) for q in quotes] == [
        ("Manila kecewa", "Rudi Hartono"), ("Filipina akan mengajukan protes baru", "Rudi Hartono")]
    # Without bahwa or a comma the second verb may be the clause's own: one record.
    q = only(run("Budi Santoso mengatakan pemerintah akan membantu warga dan menjelaskan kebijakan itu kepada DPR."))
    assert q.text == "pemerintah akan membantu warga dan menjelaskan kebijakan itu kepada DPR"


def test_a_subjectless_statement_and_a_directive_joined_by_dan_are_two_records(run):
    quotes = run("Kementerian Perdagangan pada Kamis (3/4) menyatakan tidak menerima laporan penimbunan beras "
                 "dan meminta para pedagang untuk melapor bila stok menipis.", published="2025-04-05").quotes
    assert [(q.text, q.speaker.name, str(q.date)) for q in quotes] == [
        ("tidak menerima laporan penimbunan beras", "Kementerian Perdagangan", "2025-04-03"),
        ("para pedagang untuk melapor bila stok menipis", "Kementerian Perdagangan", "2025-04-03")]
    # Two clauses that are both what was said: one record.
    q = only(run("Budi Santoso mengatakan harga beras naik dan pasokan dari petani turun."))
    assert q.text == "harga beras naik dan pasokan dari petani turun"
    # A clause with its own subject: the request may be that subject's, one record.
    q = only(run("Budi Santoso mengatakan pemerintah akan menaikkan tarif dan meminta warga untuk berhemat."))
    assert q.text == "pemerintah akan menaikkan tarif dan meminta warga untuk berhemat"


def test_a_directive_verb_before_an_adjunct_or_a_topic_urges_no_one(run):
    assert run("Yang boleh masuk hanya warga serta orang yang mempunyai keperluan mendesak dengan terlebih dahulu "
               "berkoordinasi dengan kepala dusun.").quotes == []
    assert run("Presiden Hendra Wijaya mengingatkan tentang potensi munculnya kluster baru di perkantoran.").quotes == []


def test_views_recommendations_and_stories_report_and_uncovering_a_case_does_not(run):
    text = ("Kepala Ekonom BCA Dimas Prasetyo Adji memandang angka inflasi tersebut masih terkendali. "
            "Analis Phintraco Sekuritas Marcus Halim merekomendasikan investor untuk mencermati saham bank. "
            "Penyanyi Nadia Safira bercerita bahwa ibunya paling mendukung keputusannya. "
            "Nadia juga bercerita tentang masa kecilnya di Medan. "
            "Polres Bogor mengungkap kasus pencurian kendaraan bermotor di Cibinong.")
    r = run(text)
    assert [(q.speaker.name, q.text) for q in r.quotes] == [
        ("Dimas Prasetyo Adji", "angka inflasi tersebut masih terkendali"),
        ("Marcus Halim", "investor untuk mencermati saham bank"),
        ("Nadia Safira", "ibunya paling mendukung keputusannya")]


def test_a_hint_or_a_signal_that_reports_a_clause(run):
    q = only(run("Gubernur bank sentral Hiroshi Tanaka mengisyaratkan bahwa suku bunga akan naik bulan depan."))
    assert (q.speaker.name, q.text, q.cue.text) == ("Hiroshi Tanaka", "suku bunga akan naik bulan depan",
                                                    "mengisyaratkan")
    q = only(run("Ketua bank sentral Daniel Brooks memberi sinyal bahwa pemangkasan bunga belum akan dilakukan."))
    assert (q.speaker.name, q.text) == ("Daniel Brooks", "pemangkasan bunga belum akan dilakukan")
    assert q.cue.text == "memberi sinyal"
    assert q.rules["detect"] == "reported_speech:bahwa"
    # A signal with no clause is an act, not a statement.
    assert run("Ketua bank sentral Daniel Brooks memberi sinyal positif kepada para pelaku pasar.").quotes == []


def test_mendorong_urges_someone_to_act_but_pushing_a_thing_is_no_speech(run):
    q = only(run("Menteri Luar Negeri Bayu Pratama mendorong Uni Afrika segera meratifikasi perjanjian itu."))
    assert (q.speaker.name, q.text) == ("Bayu Pratama", "Uni Afrika segera meratifikasi perjanjian itu")
    q = only(run("Menteri Luar Negeri Bayu Pratama mendorong pemerintah daerah agar memperbanyak taman kota."))
    assert q.text == "pemerintah daerah agar memperbanyak taman kota"
    assert run("Menteri Keuangan Bayu Pratama mendorong pertumbuhan ekonomi di kawasan timur.").quotes == []
    assert run("Menteri Keuangan Bayu Pratama mendorong pertumbuhan ekonomi yang inklusif dan merata.").quotes == []
    assert run("Menteri Keuangan Bayu Pratama mendorong meningkatnya konsumsi rumah tangga.").quotes == []


def test_bercerita_reports_a_clause_after_a_comma_or_bare_but_not_a_topic(run):
    q = only(run("Warga Cibubur, Mulyani, bercerita, ini sudah kali keempat rumahnya kebanjiran tahun ini."))
    assert (q.speaker.name, q.text) == ("Mulyani", "ini sudah kali keempat rumahnya kebanjiran tahun ini")
    q = only(run("Ketua RW 03, Darto, bercerita warga sekitar ikut patungan membeli pompa air baru."))
    assert (q.speaker.name, q.text) == ("Darto", "warga sekitar ikut patungan membeli pompa air baru")
    assert q.rules["detect"] == "reported_speech:bare"
    assert run("Penyanyi Nadia Safira bercerita soal masa kecilnya di Medan.").quotes == []


def test_mencatat_a_figure_is_no_statement_but_mencatat_bahwa_or_a_comma_is(run):
    assert run("Kementerian Pertanian (Kementan) mencatat kenaikan produksi padi di Jawa Tengah.").quotes == []
    q = only(run("Direktur OJK Rahmat Saleh mencatat, bank daerah belum siap bersaing di layanan digital."))
    assert (q.speaker.name, q.text) == ("Rahmat Saleh", "bank daerah belum siap bersaing di layanan digital")
    q = only(run("Direktur OJK Rahmat Saleh mencatat bahwa bank daerah belum siap bersaing di layanan digital."))
    assert q.rules["detect"] == "reported_speech:bahwa"
    # A bare clause, with a predicate of its own, is what the body reports.
    q = only(run("Kementerian Kesehatan mencatat banyak orang tua masih menolak imunisasi campak."))
    assert (q.speaker.name, q.text) == ("Kementerian Kesehatan", "banyak orang tua masih menolak imunisasi campak")
    assert run("Kementerian Kesehatan mencatat jumlah kasus campak yang meningkat di Jawa Barat.").quotes == []


def test_mencatat_a_measurement_is_no_statement_whatever_follows_the_verb(run):
    # A figure, a change in one, or a statistics body recording it: what the numbers
    # show, no one's statement, bare, after a comma or after bahwa.
    for text in ["Badan Pusat Statistik mencatat ekspor kopi tumbuh 3,2 persen dibandingkan tahun lalu.",
                 "BPS mencatat ekspor kopi tumbuh 3,2% dibandingkan tahun lalu.",
                 "Dinas Perhubungan mencatat, 12.480 kendaraan melintasi jembatan itu setiap hari.",
                 "Kementerian Kesehatan mencatat kasus campak di Jawa Barat meningkat tajam.",
                 "Lembaga Perlindungan Konsumen mencatat aduan soal pinjaman daring melonjak sepanjang 2024.",
                 "Badan pengungsi UNHCR mencatat jumlah pengungsi di perbatasan masih tinggi sejak Maret.",
                 "Direktur OJK Rahmat Saleh mencatat bahwa kredit macet naik tajam pada kuartal ketiga.",
                 "Badan Pusat Statistik Sleman mencatat, lahan sawah menyusut dalam lima tahun terakhir."]:
        assert run(text).quotes == [], text
    # Guard: a view noted, with only a date or a year in it, is still a statement; so is
    # a guarantee with a figure in it (menjamin is no record).
    q = only(run("Badan Pengawas Pemilu mencatat, pengawas desa masih kesulitan menjangkau lokasi sejak Senin (3/2/2025)."))
    assert q.speaker.name == "Badan Pengawas Pemilu"
    q = only(run("Ketua KPU Kabupaten Sumba Barat Yohanes Lede menjamin logistik pemilu 2024 akan tiba "
                 "tepat waktu di 100 persen TPS."))
    assert q.speaker.name == "Yohanes Lede"


def test_menurut_between_commas_keeps_the_subject_before_it(run):
    text = ("Kepala Dinas Lingkungan Hidup, Rudi Salim, mengakui sampah masih menumpuk.\n\n"
            "Program daur ulang yang dimulai awal tahun ini, menurut Rudi, sudah menjangkau 900 sekolah.")
    q = run(text).quotes[1]
    assert q.text == "Program daur ulang yang dimulai awal tahun ini, menurut Rudi, sudah menjangkau 900 sekolah"
    assert (q.speaker.name, q.rules["detect"]) == ("Rudi Salim", "according_to")
    text = "Program daur ulang itu, yang dimulai awal tahun ini, menurut Rudi Salim, sudah menjangkau 900 sekolah."
    assert only(run(text)).text.startswith("Program daur ulang itu, yang dimulai")
    # An adjunct before the cue is no subject: the clause after it carries what was said.
    q = only(run("Saat ini, menurut Rudi Salim, warga mulai memilah sampah di rumah."))
    assert q.text == "warga mulai memilah sampah di rumah"
    # A sub-heading run into the sentence before the adjunct is no subject either.
    q = only(run("Sampah Dipilah Lebih jauh, menurut Rudi Salim, warga mulai memilah sampah di rumah."))
    assert q.text == "warga mulai memilah sampah di rumah"
    q = only(run("Rudi Salim mengapresiasi acara itu karena, menurut dia, warga sangat antusias."))
    assert q.text == "warga sangat antusias"


def test_menurut_a_reckoning_of_his_names_the_speaker_as_menurutnya(run):
    text = ("Ketua asosiasi, Lina Kusuma, menilai pemerintah perlu bergerak.\n\n"
            "Menurut perkiraannya, kapasitas gudang pendingin di Maluku baru sekitar 40 ribu ton.")
    q = run(text).quotes[1]
    assert (q.text, q.speaker.name) == ("kapasitas gudang pendingin di Maluku baru sekitar 40 ribu ton", "Lina Kusuma")
    assert q.cue.text == "Menurut"
    # By its rules, or by plan, is no one's view.
    text = ("Ketua asosiasi, Lina Kusuma, menilai pemerintah perlu bergerak.\n\n"
            "Menurut aturannya, kapasitas gudang pendingin di Maluku harus 40 ribu ton.")
    assert len(run(text).quotes) == 1


def test_a_report_speaks_for_the_body_that_wrote_it(run):
    for text, body in (("Laporan Jatam Kalimantan menyebutkan bahwa lubang tambang di Samarinda belum ditutup.",
                        "Jatam Kalimantan"),
                       ("Laporan Program Pangan PBB (WFP) tahun lalu menyebutkan bahwa harga beras naik di tiga provinsi.",
                        "Program Pangan PBB"),
                       ("Data Food Security Outlook oleh Badan Pangan Dunia (FAO) menyatakan, stok beras di Asia "
                        "menipis.", "Badan Pangan Dunia")):
        q = only(run(text))
        assert (q.speaker.name, q.speaker.kind) == (body, "organization"), text
    # A tagger reading the report as part of a person's name: the report is no name word.
    q = only(run("Laporan Greenwatch menyebutkan bahwa lubang tambang belum ditutup.",
                 names={"Laporan Greenwatch": "PER"}))
    assert q.speaker.name == "Greenwatch"


def test_where_and_when_someone_wrote_is_not_what_they_wrote(run):
    text = ("Sidang cerai penyanyi Rina Kartika digelar, Rabu (12/11).\n\n"
            "Rina menulis di Instagram pada Minggu (9/11). Ia menulis bahwa dirinya sudah ikhlas.")
    q = only(run(text, "2025-11-13"))
    assert (q.text, q.speaker.name, str(q.date)) == ("dirinya sudah ikhlas", "Rina Kartika", "2025-11-09")
    # After the place, a clause with its predicate is what was said, whatever day closes it.
    q = only(run("Dokter Rahmat Hidayat mengatakan di Puskesmas Cibiru warga sudah mulai berdatangan "
                 "pada Senin (10/11).", "2025-11-13"))
    assert q.text.startswith("di Puskesmas Cibiru warga sudah mulai berdatangan")


def test_a_speech_verb_in_a_relative_clause_after_adverbs_reports_nothing(run):
    text = ("Hakim ketua Dewi Lestari membacakan putusan, Kamis (16/10/2025). ”Menjatuhkan pidana 12 tahun,” "
            "ucap Dewi.\n\n"
            "Putusan itu lebih ringan dari tuntutan jaksa yang sebelumnya meminta terdakwa dihukum 15 tahun penjara.\n\n"
            "Menurut hakim, terdakwa tidak merencanakan perbuatannya.")
    quotes = run(text, "2025-10-17").quotes
    assert [q.text for q in quotes] == ["Menjatuhkan pidana 12 tahun,", "terdakwa tidak merencanakan perbuatannya"]
    assert str(quotes[1].date) == "2025-10-16"
    # yang further back, before the noun the verb's subject ends with, opens no relative
    # clause around the verb.
    q = only(run("Jaksa yang menangani kasus itu sebelumnya meminta terdakwa dihukum 15 tahun penjara.",
                 "2025-10-17"))
    assert q.text == "terdakwa dihukum 15 tahun penjara"
    # A demonstrative closes the subject its relative clause describes (yang baru itu):
    # the verb after it is the sentence's own.
    q = only(run("Kepala dinas yang baru itu mengatakan stok beras cukup hingga akhir tahun.", "2025-10-17"))
    assert q.text == "stok beras cukup hingga akhir tahun"


def test_demikian_between_the_comma_and_a_trailing_cue(run):
    text = "Jalur evakuasi baru dibangun sebelum musim hujan, demikian kata Bupati Garut Rahmat Hidayat."
    q = only(run(text, names={"Rahmat Hidayat": "PER"}))
    assert (q.type, q.text, q.speaker.name, q.rules["detect"]) == (
        "indirect", "Jalur evakuasi baru dibangun sebelum musim hujan", "Rahmat Hidayat", "trailing_cue")


def test_demikian_pula_after_a_comma_is_no_cue(run):
    r = run("Harga cabai naik pekan ini, demikian pula harga bawang merah di Pasar Kosambi.")
    assert r.quotes == []


def test_a_body_described_after_a_lead_in_is_an_unnamed_source(run):
    r = run("Sidang kasus pembalakan liar digelar di PN Sintang. Dalam pertimbangannya, majelis hakim menilai "
            "terdakwa tidak terbukti menyuruh penebangan.")
    q = only(r)
    assert (q.type, q.speaker, q.unnamed_source.text) == ("indirect", None, "majelis hakim")
    assert q.text == "terdakwa tidak terbukti menyuruh penebangan"
    r = run("Dalam keterangan resminya, perusahaan menyatakan seluruh karyawan tetap menerima gaji penuh.")
    assert only(r).unnamed_source.text == "perusahaan"


def test_a_body_described_opening_the_sentence_is_the_body_named_before(run):
    text = ("Majelis Hakim Pengadilan Negeri Sintang menjatuhkan vonis empat tahun. Majelis hakim menilai "
            "terdakwa tidak terbukti menyuruh penebangan.")
    q = only(run(text, names={"Majelis Hakim Pengadilan Negeri Sintang": "ORG"}))
    assert (q.speaker.name, q.rules["speaker"]) == ("Majelis Hakim Pengadilan Negeri Sintang", "description_mention")


def test_an_acronym_or_a_demonstrative_after_a_body_head_is_no_description(run):
    q = only(run("KPU setempat mengumumkan jadwal kampanye akan dimajukan sepekan."))
    assert q.speaker.name == "KPU"
    # The body or group pointed back to is not the minister named before.
    for after in ("Menurut lembaga tersebut, aparat adalah pelaku penyerangan.",
                  "Dalam pernyataannya, kelompok tersebut menuding aparat sebagai pelaku penyerangan."):
        r = run("Menteri Pertahanan Rudi Santoso mengatakan patroli di perbatasan ditambah. " + after,
                names={"Rudi Santoso": "PER"})
        # No such body named: its words are kept with no speaker (lembaga), never the minister's.
        assert [q.speaker and q.speaker.name for q in r.quotes][:1] == ["Rudi Santoso"], after
        assert all(q.speaker is None for q in r.quotes[1:]), after
    r = run("Menteri Pertahanan Rudi Santoso mengatakan patroli di perbatasan ditambah. Menurut lembaga tersebut, "
            "aparat adalah pelaku penyerangan.", names={"Rudi Santoso": "PER"})
    assert [(q.text, q.speaker and q.speaker.name) for q in r.quotes] == [
        ("patroli di perbatasan ditambah", "Rudi Santoso"), ("aparat adalah pelaku penyerangan", None)]


def test_menurut_inside_a_named_speakers_statement_is_that_speakers(run):
    text = ("Gubernur Bengkulu Arif Wibowo menyatakan, soal kewenangan daerah, menurut pemerintah, aturan itu "
            "sudah sesuai undang-undang.")
    q = only(run(text, names={"Arif Wibowo": "PER"}))
    assert (q.speaker.name, q.rules["detect"]) == ("Arif Wibowo", "reported_speech:bare")


def test_menjamin_with_a_clause_reports_it_and_with_a_thing_does_not(run):
    q = only(run("Kepala Bulog Jember Hendro Wibowo menjamin pasokan gula tetap cukup sampai akhir tahun."))
    assert (q.speaker.name, q.text) == ("Hendro Wibowo", "pasokan gula tetap cukup sampai akhir tahun")
    assert run("Bank Pembangunan Daerah menjamin kredit nelayan senilai Rp 40 miliar.").quotes == []


def test_mengeklaim_and_berargumen_are_speech_verbs(run):
    q = only(run("Terdakwa Samsul Rizal mengeklaim tidak pernah menandatangani kontrak pengadaan.",
                 names={"Samsul Rizal": "PER"}))
    assert (q.speaker.name, q.text) == ("Samsul Rizal", "tidak pernah menandatangani kontrak pengadaan")
    q = only(run("Pengacara Wulan Sari berargumen bahwa surat dakwaan tidak cermat."))
    assert (q.speaker.name, q.text) == ("Wulan Sari", "surat dakwaan tidak cermat")


def test_berpandangan_and_berdalih_are_speech_verbs(run):
    q = only(run("Peneliti kebijakan publik Gilang Prasetyo berpandangan bahwa pemekaran wilayah perlu dikaji ulang."))
    assert (q.speaker.name, q.text) == ("Gilang Prasetyo", "pemekaran wilayah perlu dikaji ulang")
    q = only(run("Direktur CV Sumber Rejeki, Anton Wijaya, berdalih bahwa proyek itu terlambat karena cuaca buruk."))
    assert (q.speaker.name, q.text) == ("Anton Wijaya", "proyek itu terlambat karena cuaca buruk")
    # An excuse given as a purpose (berdalih untuk …) reports nothing.
    assert run("Para pedagang berdalih untuk memenuhi kebutuhan Lebaran.").quotes == []


def test_berdalih_with_a_bare_clause_of_its_own_subject_reports_it(run):
    text = ("Pengacara terdakwa, Yosef Manurung, hadir di ruang sidang. "
            "Ia berdalih terdakwa tidak tahu asal uang itu.")
    q = only(run(text, names={"Yosef Manurung": "PER"}))
    assert (q.speaker.name, q.text, q.rules["detect"]) == (
        "Yosef Manurung", "terdakwa tidak tahu asal uang itu", "reported_speech:bare")
    q = only(run("Bendahara koperasi, Lina Marpaung, berkilah dana itu sudah dikembalikan.",
                 names={"Lina Marpaung": "PER"}))
    assert q.text == "dana itu sudah dikembalikan"
    # Guards: a bare predicate or a purpose after the verb is an excuse with no clause.
    assert run("Sopir bus itu berdalih sedang mengantuk saat kejadian.").quotes == []
    assert run("Para nelayan berdalih untuk mencari ikan di perairan dangkal.").quotes == []


def test_beralasan_with_a_clause_of_its_own_subject_reports_it(run):
    text = ("Penasihat hukum terdakwa, Budi Santoso, meminta keringanan hukuman. "
            "Ia beralasan kliennya masih muda dan belum pernah dihukum.")
    q = only(run(text, names={"Budi Santoso": "PER"}))
    assert (q.speaker.name, q.text) == ("Budi Santoso", "kliennya masih muda dan belum pernah dihukum")
    # Guards: an excuse given as a bare predicate or a purpose reports nothing.
    assert run("Budi Santoso tidak hadir dalam sidang itu. Ia beralasan sakit.",
               names={"Budi Santoso": "PER"}).quotes == []
    assert run("Para saksi beralasan untuk menjenguk keluarga di kampung.").quotes == []


def test_a_passive_naming_its_agent_gives_the_agent_as_speaker(run):
    text = ("Wali Kota Tanjung Lestari Marlina Sitompul mengatakan pasar akan direnovasi tahun depan. "
            "Ditegaskan oleh Kepala Dinas Perdagangan Rudi Hartono bahwa harga sewa kios tidak akan naik.")
    q = run(text).quotes[-1]
    assert (q.speaker.name, q.speaker.role, q.text) == (
        "Rudi Hartono", "Kepala Dinas Perdagangan", "harga sewa kios tidak akan naik")
    assert q.rules["detect"] == "agentless_passive:oleh"
    # Without an agent the speaker still comes from the context.
    q = run(text.replace("oleh Kepala Dinas Perdagangan Rudi Hartono ", "")).quotes[-1]
    assert q.speaker.name == "Marlina Sitompul" and q.rules["detect"] == "agentless_passive"


def test_meminta_agar_opens_a_clause_not_a_thing_asked_for(run):
    q = only(run("Ketua RT Slamet Riyanto meminta agar laporan keuangan desa ditempel kepada warga."))
    assert (q.speaker.name, q.text) == ("Slamet Riyanto", "agar laporan keuangan desa ditempel kepada warga")
    assert run("Ketua RT Slamet Riyanto meminta sumbangan kepada warga.").quotes == []


def test_a_company_described_after_a_lead_in_is_the_one_company_named_before(run):
    text = ("Startup Logistik Kirimaja Pangkas Karyawan\n\n"  # a headline's capitals name nothing
            "Startup logistik Kirimaja memangkas 90 karyawan di tiga kota. Dalam keterangan tertulis yang dikirim pada "
            "Senin, perusahaan menyatakan keputusan itu diambil demi efisiensi.")
    q = only(run(text))
    assert (q.speaker.name, q.speaker.kind, q.rules["speaker"]) == ("Kirimaja", "organization", "description_mention")
    assert q.text == "keputusan itu diambil demi efisiensi"
    # perseroan, after the company's full name and a short one (one body, not two)
    text = ("Perusahaan rintisan Arunika kembali memangkas karyawan. Tahun lalu, PT Arunika Niaga memangkas 90 "
            "karyawan. Arunika adalah perusahaan asal Bandung. Dalam keterangan tertulisnya, perseroan menyatakan "
            "keputusan itu diambil demi efisiensi.")
    q = only(run(text, names={"Bandung": "LOC"}))
    assert q.speaker.name == "PT Arunika Niaga"


def test_a_company_described_after_two_companies_stays_unnamed(run):
    text = ("Startup logistik Kirimaja dan PT Arunika Niaga sama-sama memangkas karyawan. Dalam keterangan tertulis, "
            "perusahaan menyatakan keputusan itu diambil demi efisiensi.")
    q = only(run(text))
    assert (q.speaker, q.unnamed_source.text) == (None, "perusahaan")
    # a place after the noun is no company (perusahaan asal Bandung), nor an owner
    text = ("Pabrik itu milik perusahaan asal Bandung. Dalam keterangan tertulis, perusahaan menyatakan "
            "keputusan itu diambil demi efisiensi.")
    assert only(run(text)).speaker is None
    text = ("Pabrik itu milik perusahaan milik Darsono. Dalam keterangan tertulis, perusahaan menyatakan "
            "keputusan itu diambil demi efisiensi.")
    assert only(run(text)).speaker is None


def test_a_coalition_or_commission_described_is_the_one_named_before(run):
    text = ("Aliansi Petani Kopi Lembah Baliem merilis kajian pada Rabu.\n\n"
            "Dalam kajian itu, aliansi menyebutkan bahwa harga biji kopi jatuh hingga separuh.")
    # The place inside the body's name, which a tagger marks, does not make it a place.
    q = only(run(text, names={"Lembah Baliem": "LOC"}))
    assert (q.speaker.name, q.speaker.kind, q.rules["speaker"]) == (
        "Aliansi Petani Kopi Lembah Baliem", "organization", "description_mention")
    text = ("Komisi Penyiaran Daerah Maluku memanggil dua stasiun radio. Dalam rapat itu, komisi menyatakan "
            "bahwa siaran iklan rokok melanggar aturan.")
    assert only(run(text)).speaker.name == "Komisi Penyiaran Daerah Maluku"
    # Two commissions named: the noun could mean either.
    text = ("Komisi IV DPR dan Komisi VII DPR menggelar rapat gabungan. Dalam rapat itu, komisi menyatakan "
            "bahwa anggaran riset harus ditambah.")
    assert only(run(text)).speaker is None


def test_a_form_of_address_before_the_name_keeps_the_appositive_after_it(run):
    # Hj., Bu: how the person is addressed, no office of their own; the name after
    # them still takes the description after the comma, also after a lead-in.
    q = only(run("Salah seorang pembeli, Hj. Sumarni (61), warga Depok, mengaku sudah membayar Rp 5 juta "
                 "untuk paket itu."))
    assert (q.speaker.name, q.speaker.role, q.rules["speaker"]) == ("Sumarni", "warga Depok", "named_mention")
    assert q.text == "sudah membayar Rp 5 juta untuk paket itu"
    text = ("Pemilik warung, Koh Ahan, mengatakan pasokan beras sedang seret. Bu Warsih, warga Desa Sukamaju, "
            "mengaku terpaksa membeli beras murah di pasar. ”Yang penting anak-anak bisa makan,” katanya.")
    quotes = run(text).quotes
    assert [(q.speaker.name, q.speaker.role) for q in quotes[1:]] == [("Warsih", "warga Desa Sukamaju")] * 2
    # A title after the form of address is an office: the name after the comma speaks.
    q = only(run("Pak Camat, Sunardi, mengatakan bantuan pupuk sudah dibagikan kepada petani."))
    assert (q.speaker.name, q.speaker.role) == ("Sunardi", "Camat")
    # An object after the verb: nothing is said.
    assert run("Bu Warsih, warga Desa Sukamaju, mengaku kesulitan.").quotes == []


def test_a_place_after_where_the_speaker_comes_from_is_no_subject(run):
    # asal Praya, Lombok Tengah: the place chain goes on after the comma; the person before speaks.
    q = only(run("Yohanis Rihi (47), peternak asal Praya, Lombok Tengah, mengaku sudah lama menunggu bantuan pakan."))
    assert (q.speaker.name, q.speaker.role) == ("Yohanis Rihi", "peternak asal Praya, Lombok Tengah")
    assert q.text == "sudah lama menunggu bantuan pakan"
    # A name after "asal" and a comma is a person, not a place.
    q = only(run("Seorang peternak asal Praya, Yohanis Rihi, mengaku sudah lama menunggu bantuan pakan."))
    assert q.speaker.name == "Yohanis Rihi"


def test_a_role_noun_opening_the_clause_after_a_cue_between_commas_is_no_appositive(run):
    # Bahkan, kata dia, nelayan …: the noun after the cue's comma is the subject of what
    # was said, since a predicate follows it before any comma.
    text = ("Ketua Koperasi Nelayan Tanjung Luar, Baharuddin Saleh, mengaku hasil tangkapan naik. "
            "Bahkan, kata dia, nelayan kini bisa menjual ikan langsung ke pabrik pengolahan.")
    q = run(text).quotes[-1]
    assert (q.speaker.name, q.rules["detect"]) == ("Baharuddin Saleh", "trailing_cue")
    assert q.text.endswith("nelayan kini bisa menjual ikan langsung ke pabrik pengolahan")
    # Guard: a role noun closed by a comma is the speaker's appositive.
    text = "Harga solar di pelabuhan itu terus naik, kata Baharuddin, nelayan Tanjung Luar, pekan lalu."
    q = only(run(text))
    assert (q.speaker.name, q.speaker.role) == ("Baharuddin", "nelayan Tanjung Luar")


def test_a_name_opening_the_clause_after_a_cue_between_commas_is_no_appositive(run):
    # Saat itu, kata Marni, Joko mengeluh …; Sepanjang 2023, kata dia, Disnaker Sleman
    # menerima …: a capitalised subject after the cue's comma runs into its predicate.
    text = ("Terakhir kali Marni Susanti mendengar kabar anaknya pada akhir Maret. "
            "Saat itu, kata Marni, Joko mengeluh punggungnya sering nyeri sehabis mengangkat karung.")
    q = run(text, names={"Marni Susanti": "PER", "Marni": "PER", "Joko": "PER"}).quotes[-1]
    assert (q.speaker.name, q.rules["detect"]) == ("Marni Susanti", "trailing_cue")
    assert q.text.endswith("Joko mengeluh punggungnya sering nyeri sehabis mengangkat karung")
    text = ("Kepala Dinas Tenaga Kerja Sleman, Agus Priyanto, mengakui banyak pekerja berangkat tanpa kontrak. "
            "Sepanjang 2023, kata dia, Disnaker Sleman menerima 57 aduan soal gaji yang ditahan.")
    q = run(text, names={"Agus Priyanto": "PER"}).quotes[-1]
    assert (q.speaker.name, q.rules["detect"]) == ("Agus Priyanto", "trailing_cue")
    assert q.text.endswith("Disnaker Sleman menerima 57 aduan soal gaji yang ditahan")
    # Guard: a title set off after the name is the speaker's appositive.
    text = "Harga gabah di desa itu terus turun, kata Baharuddin, Kepala Desa Sukamaju, pekan lalu."
    q = only(run(text, names={"Baharuddin": "PER"}))
    assert (q.speaker.name, q.speaker.role) == ("Baharuddin", "Kepala Desa Sukamaju")


def test_a_guarantee_whose_clause_opens_with_a_negator_or_an_auxiliary_is_a_statement(run):
    # menjamin tidak ada …, menjamin akan …: the clause opens with its predicate.
    for clause in ("tidak ada warga yang kehilangan hak pilih", "akan menindak setiap pelanggaran di lapangan"):
        text = f"Ketua KPU Kabupaten Sumba Barat Yohanes Lede menjamin {clause}."
        q = only(run(text))
        assert (q.text, q.speaker.name, q.rules["detect"]) == (clause, "Yohanes Lede", "reported_speech:bare")
    # Guard: a guarantee of a thing states nothing.
    text = "Lembaga Penjamin Simpanan menjamin tabungan nasabah koperasi itu hingga batas tertentu."
    assert run(text).quotes == []
    # Guard: a record opening with a negator is a figure recorded, not a statement.
    assert run("Dinas Kesehatan Kabupaten Sumba Barat mencatat tidak ada kasus malaria baru bulan ini.").quotes == []


def test_a_judgement_with_its_judge_between_subject_and_predicate_is_the_judges(run):
    # The judge after the passive verb, with or without oleh and an appositive; what the
    # judge holds is the whole sentence.
    for judge in ("oleh Ketua Komisi IV DPRD Jambi, Sulastri Wahid,", "Ketua Komisi IV DPRD Jambi Sulastri Wahid"):
        text = f"Rencana relokasi pasar itu dinilai {judge} belum melibatkan pedagang kecil."
        q = only(run(text))
        assert (q.speaker.name, q.speaker.role, q.rules["detect"]) == (
            "Sulastri Wahid", "Ketua Komisi IV DPRD Jambi", "judged_by")
        assert q.text.startswith("Rencana relokasi pasar itu") and q.text.endswith("belum melibatkan pedagang kecil")
    # Guard: a judgement with no one named holds no one's words.
    assert run("Rencana relokasi pasar itu dinilai belum melibatkan pedagang kecil.").quotes == []
    assert run("Rencana relokasi pasar itu dinilai sejumlah pihak belum melibatkan pedagang kecil.").quotes == []
    # Nor does an estimate whose figure follows the verb: an amount is no judge.
    assert run("Kerugian negara akibat proyek itu diperkirakan Rp 41 miliar dan akan diaudit ulang.").quotes == []


def test_a_speech_verb_in_a_relative_clause_about_the_subject_reports_the_subject_s_words(run):
    # The clause set off after the subject and its role, before the predicate, is the
    # subject's statement too; the main verb's clause is another.
    text = ("Anggota Komisi VII DPR, Markus Silalahi, yang menyebut rencana itu terlalu terburu-buru, "
            "meminta kementerian menunda lelang blok migas tersebut.")
    quotes = run(text).quotes
    assert [(q.text, q.speaker.name) for q in quotes] == [
        ("rencana itu terlalu terburu-buru", "Markus Silalahi"),
        ("kementerian menunda lelang blok migas tersebut", "Markus Silalahi")]
    assert quotes[0].rules["detect"] == "reported_speech:relative"
    # A title before the name, an adverb after the clause, a direct quote after the verb.
    text = ("Pengamat energi Dewi Kartika, yang menilai harga gas sudah wajar, kini mengatakan, "
            "”Pemerintah perlu menjaga pasokan untuk industri.”")
    quotes = run(text).quotes
    assert [(q.type, q.text, q.speaker.name) for q in quotes] == [
        ("indirect", "harga gas sudah wajar", "Dewi Kartika"),
        ("direct", "Pemerintah perlu menjaga pasokan untuk industri.", "Dewi Kartika")]


def test_a_speech_verb_in_a_relative_clause_about_a_thing_or_an_object_reports_nothing(run):
    # A report is no speaker.
    assert run("Laporan Bank Dunia, yang menyebut pertumbuhan melambat, dibahas dalam rapat kabinet.").quotes == []
    # The person the clause describes is an object: the sentence's predicate came before.
    assert run("Polisi menangkap Hendra Gunawan, yang mengatakan dirinya tidak bersalah, "
               "lalu membawanya ke Polres Bogor.").quotes == []
    # Without commas the clause says which observer: only the main verb reports.
    q = only(run("Pengamat yang menyebut kebijakan itu terburu-buru meminta pemerintah menunda penerapannya."))
    assert q.text == "pemerintah menunda penerapannya"
    # A figure recorded in the clause is no statement; the main verb's clause still is.
    q = only(run("Kepala OJK Jawa Barat Rina Susanti, yang mencatat kenaikan kredit macet, "
                 "meminta bank lebih berhati-hati menyalurkan kredit."))
    assert q.text == "bank lebih berhati-hati menyalurkan kredit"


def test_a_trailing_cue_after_a_conjunction_gives_the_clause_after_it(run):
    # Harga naik karena, kata dia, …: the speaker gives the reason, not the rise.
    text = ("Pedagang cabai di Pasar Kramat Jati, Sutrisno, melayani pembeli sejak subuh. "
            "Harga cabai melonjak karena, kata dia, pasokan dari petani di Garut berkurang.")
    q = run(text).quotes[-1]
    assert (q.text, q.speaker.name, q.rules["detect"]) == (
        "pasokan dari petani di Garut berkurang", "Sutrisno", "trailing_cue")
    q = only(run("Pedagang mengeluh sepi pembeli, tetapi, ujar Sutrisno, harga akan turun pekan depan."))
    assert q.text == "harga akan turun pekan depan"
    # Guard: an adjunct before the cue is part of what was said, and so is a
    # conjunction after it.
    q = only(run("Dalam kasus itu, tambah Sutrisno, dana diduga dipinjamkan kepada pihak ketiga."))
    assert q.text == "Dalam kasus itu, tambah Sutrisno, dana diduga dipinjamkan kepada pihak ketiga"
    q = only(run("Pasokan cabai berkurang, kata Sutrisno, sehingga harga naik di pasar tradisional."))
    assert q.text == "Pasokan cabai berkurang, kata Sutrisno, sehingga harga naik di pasar tradisional"


def test_a_description_after_a_fronted_adjunct_reports_a_verb_phrase(run):
    # "Seusai sidang," is an adjunct, no name for "mantan Bupati itu" to describe: the
    # description speaks, and menyatakan takes a verb phrase (akan …, siap …, tidak akan …).
    lead = "Mantan Bupati Sukamaju Hendra Wijaya dituntut delapan tahun penjara. Seusai sidang, mantan Bupati itu "
    names = {"Hendra Wijaya": "PER"}
    for rest, said in (("menyatakan akan mengajukan pembelaan pribadi.", "akan mengajukan pembelaan pribadi"),
                       ("menyatakan siap menghadapi putusan hakim.", "siap menghadapi putusan hakim"),
                       ("menyatakan tidak akan mengajukan banding.", "tidak akan mengajukan banding")):
        q = only(run(lead + rest, names=names))
        assert (q.text, q.speaker.name) == (said, "Hendra Wijaya")
    # Guard: a name after the adjunct speaks as before.
    q = only(run("Seusai sidang, Hendra Wijaya menyatakan akan mengajukan pembelaan pribadi.", names=names))
    assert (q.text, q.speaker.name) == ("akan mengajukan pembelaan pribadi", "Hendra Wijaya")


def test_a_date_written_out_between_commas_before_the_verb_leaves_the_subject(run):
    text = ("Perdana Menteri Jepang Hiroshi Tanabe, Selasa pagi, 10 Juni 2025, menyatakan pemerintah telah "
            "mengirim bantuan ke wilayah terdampak.")
    q = only(run(text))
    assert (q.text, q.speaker.name) == ("pemerintah telah mengirim bantuan ke wilayah terdampak", "Hiroshi Tanabe")
    # Guard: an age between commas is no date; the subject before it speaks as ever.
    q = only(run("Warga Desa Sukamaju, Rudi Hartono, 45 tahun, menyatakan air bersih belum mengalir."))
    assert q.speaker.name == "Rudi Hartono"


def test_a_passive_after_an_adjunct_naming_a_statement_is_its_issuers(run):
    text = ("Kabinet Pakistan menggelar rapat darurat, Senin (9/6/2025). Dalam pernyataan Kantor Perdana Menteri "
            "Pakistan usai rapat, disebutkan bahwa pemerintah akan menutup perbatasan selama sepekan.")
    q = only(run(text))
    assert (q.text, q.speaker.name, q.speaker.kind) == (
        "pemerintah akan menutup perbatasan selama sepekan", "Kantor Perdana Menteri Pakistan", "organization")
    # Guard: an adjunct naming a meeting, not a statement, opens no such passive.
    assert run(text.replace("Dalam pernyataan", "Dalam rapat").replace("usai rapat", "usai kunjungan")).quotes == []


def test_a_statement_as_the_subject_of_a_speech_verb_is_its_issuers(run):
    first = ("Kantor Perdana Menteri Israel dalam pernyataan tertulis pada Senin (9/6/2025) menegaskan bahwa "
             "operasi militer akan terus berlanjut. ")
    r = run(first + "Pernyataan itu juga menyebut delegasi Israel hanya diberi mandat terbatas untuk membahas "
                    "gencatan senjata.")
    q = r.quotes[-1]
    assert (q.text, q.speaker.name) == ("delegasi Israel hanya diberi mandat terbatas untuk membahas gencatan senjata",
                                        "Kantor Perdana Menteri Israel")
    # Guard: figures as the subject say what they show; no one speaks.
    r = run(first + "Data itu juga menyebut delegasi Israel hanya diberi mandat terbatas untuk membahas "
                    "gencatan senjata.")
    assert len(r.quotes) == 1


def test_the_wire_a_clause_was_taken_from_is_no_part_of_it(run):
    q = only(run("Kepala Staf Gabungan Korea Selatan mengatakan rudal itu jatuh di Laut Jepang, seperti dikutip "
                 "kantor berita Yonhap."))
    assert q.text == "rudal itu jatuh di Laut Jepang"
    # Guard: the words inside the clause, with more said after them, stay.
    q = only(run("Menteri Perdagangan Budi Santoso menegaskan pemerintah akan menambah impor seperti dilansir "
                 "Antara kemarin karena stok menipis."))
    assert q.text.endswith("karena stok menipis")


def test_what_was_said_starts_after_bahwa_past_a_short_object(run):
    q = only(run("Menteri Perdagangan China Li Wenbo menyatakan optimismenya bahwa kedua negara dapat mencapai "
                 "kesepakatan bulan depan.", names={"Li Wenbo": "PER"}))
    assert q.text == "kedua negara dapat mencapai kesepakatan bulan depan"
    q = only(run("Presiden Joko Widodo mengingatkan para menteri bahwa anggaran harus dihemat."))
    assert q.text == "anggaran harus dihemat"
    # Guard: a claim denied or answered is what the clause after bahwa tells of.
    q = only(run("Juru bicara Kementerian Luar Negeri China Mao Ning membantah laporan bahwa Beijing memasok "
                 "senjata ke Rusia.", names={"Mao Ning": "PER"}))
    assert q.text == "laporan bahwa Beijing memasok senjata ke Rusia"
    # … and so is a claim criticised: the clause is the claim's, never the speaker's words.
    r = run("Juru bicara Kementerian Luar Negeri China Mao Ning mengkritik tudingan bahwa Beijing memasok senjata "
            "ke Rusia.", names={"Mao Ning": "PER"})
    assert all(q.text != "Beijing memasok senjata ke Rusia" for q in r.quotes)


def test_a_body_described_before_its_name_speaks_through_a_written_statement(run):
    text = ("Sebelumnya, rumah produksi PT Cahaya Bintang Films melalui keterangan tertulis menyatakan sang aktor "
            "tidak datang ke lokasi selama tiga hari.")
    q = only(run(text))
    assert (q.speaker.name, q.speaker.kind) == ("PT Cahaya Bintang Films", "organization")
    assert q.text == "sang aktor tidak datang ke lokasi selama tiga hari"
    # A title before the body is someone's role there, not the body speaking.
    q = only(run("Sebelumnya, juru bicara PT Cahaya Bintang Films menyatakan sang aktor tidak datang ke lokasi."))
    assert q.speaker is None or q.speaker.name != "PT Cahaya Bintang Films"


def test_a_company_described_after_a_clause_joined_by_dan_is_the_company_named_before(run):
    text = ("PT Cahaya Bintang Films menyatakan sang aktor tidak datang ke lokasi. Akibatnya, jadwal syuting mundur "
            "dan perusahaan mengklaim merugi hingga Rp500 juta.")
    q = next(q for q in run(text).quotes if q.text.startswith("merugi"))
    assert (q.speaker.name, q.text) == ("PT Cahaya Bintang Films", "merugi hingga Rp500 juta")
    # Two who speak together stay together.
    q = only(run("Pemerintah dan perusahaan menyatakan harga tiket tidak akan naik."))
    assert (q.text, q.unnamed_source.text) == ("harga tiket tidak akan naik", "Pemerintah dan perusahaan")


def test_mempersilakan_someone_to_act_is_a_directive(run):
    text = ("Bupati Sleman Hartono Wibisono mengatakan jalan itu segera diperbaiki. Ia bahkan mempersilakan warga "
            "melapor langsung kepadanya jika pekerjaan molor.")
    q = next(q for q in run(text).quotes if q.text.startswith("warga"))
    assert (q.speaker.name, q.text) == ("Hartono Wibisono", "warga melapor langsung kepadanya jika pekerjaan molor")
    # Showing someone in is no statement.
    assert run("Bupati Sleman Hartono Wibisono mempersilakan tamu masuk ke ruang rapat.").quotes == []


def test_a_goal_securing_a_win_is_no_statement(run):
    names = {"Budi Santoso": "PER"}
    assert run("Tuan rumah sempat tertinggal, tetapi dua gol Budi Santoso di babak kedua memastikan kemenangan tim "
               "atas Persela.", names=names).quotes == []
    assert run("Gol tunggal Budi Santoso memastikan Persikota lolos ke babak final.", names=names).quotes == []
    q = only(run("Polisi memastikan pelaku sudah ditangkap."))
    assert q.text == "pelaku sudah ditangkap"
    q = only(run("Pelatih Persikota Budi Santoso memastikan timnya siap tampil di final.", names=names))
    assert q.speaker.name == "Budi Santoso"


def test_reporting_someone_to_the_police_is_no_statement(run):
    assert run("Penyanyi Rina Melati resmi melaporkan mantan manajernya, Hendra Gunawan, ke Polda Metro Jaya atas "
               "dugaan penggelapan.").quotes == []
    assert run("Warga melaporkan kepala desa itu kepada polisi.").quotes == []
    q = only(run("Kepala BPBD Rudi Hartono melaporkan bahwa banjir sudah surut."))
    assert q.text == "banjir sudah surut"
    q = only(run("Kepala BPBD Rudi Hartono melaporkan dua warga hilang terseret arus."))
    assert q.text == "dua warga hilang terseret arus"


def test_data_recording_a_figure_is_no_statement(run):
    assert run("Data KBRI Tokyo mencatat ada sekitar 4.800 WNI yang tinggal di tiga prefektur itu, sebagian besar "
               "merupakan pekerja magang.").quotes == []
    q = only(run("Kementerian Kesehatan mencatat banyak orang tua masih menolak imunisasi campak."))
    assert q.speaker.name == "Kementerian Kesehatan"


def test_a_lead_in_opening_with_a_verb_is_no_name_before_a_title_only_subject(run):
    # Ditemui terpisah, …: capitalised only for opening the sentence; the title after the
    # comma is the subject, not an appositive of a person called "Ditemui terpisah".
    q = only(run("Ditemui terpisah, Kepala Dinas Perhubungan Jawa Tengah memastikan jalur selatan sudah dijaga."))
    assert q.text == "jalur selatan sudah dijaga"
    assert q.speaker.name == "Kepala Dinas Perhubungan Jawa Tengah"


def test_a_name_opening_with_a_verb_prefix_keeps_its_appositive(run):
    # The near miss: a name whose first word reads like a verb (Melati, Dimas) runs on in
    # capitals; the title after the comma is the person's role.
    q = only(run("Melati Suryani, Kepala Dinas Sosial Jawa Tengah, memastikan bantuan sudah disalurkan.",
                 names={"Melati Suryani": "PER"}))
    assert (q.speaker.name, q.speaker.role) == ("Melati Suryani", "Kepala Dinas Sosial Jawa Tengah")


def test_a_sub_heading_run_into_a_body_subject(run):
    text = ("”Kami siap melayani pemudik,” kata Direktur Utama Pertamina Budi Santoso, Senin. "
            "Stok mencukupi Pemerintah memastikan tidak akan kekurangan bahan bakar selama arus balik.")
    q = run(text, names={"Budi Santoso": "PER"}).quotes[1]
    assert q.text == "tidak akan kekurangan bahan bakar selama arus balik"
    assert q.speaker.name == "Pemerintah"


def test_a_lead_in_with_a_verb_is_no_sub_heading(run):
    # The near miss: an adjunct opening the sentence with a verb after its preposition
    # (Dengan menggunakan bahasa Jawa, …) is no sub-heading, and the place it ends in
    # names no speaker.
    text = ("”Pakai masker itu wajib,” kata Wali Kota Solo Hendra Gunawan, Kamis. "
            "Dengan menggunakan bahasa Jawa, ayah dua anak ini menyampaikan bahwa warga harus tetap di rumah.")
    r = run(text, names={"Hendra Gunawan": "PER"})
    assert "Jawa" not in [q.speaker.name for q in r.quotes if q.speaker]


def test_answering_a_question_named_as_the_object_is_no_statement(run):
    # menjawab singkat pertanyaan majelis: the question answered, nothing of the answer told.
    text = ("Terdakwa Bambang Sutejo tampak tenang di kursinya. Setelah berbisik dengan pengacaranya, "
            "ia menjawab singkat pertanyaan majelis hakim.")
    assert [q.text for q in run(text, names={"Bambang Sutejo": "PER"}).quotes] == []
    # What the answer said is still reported, after bahwa or as a clause.
    text = ("Terdakwa Bambang Sutejo tampak tenang di kursinya. Setelah berbisik dengan pengacaranya, "
            "ia menjawab dirinya akan mengajukan banding atas vonis itu.")
    q = only(run(text, names={"Bambang Sutejo": "PER"}), "indirect")
    assert q.text == "dirinya akan mengajukan banding atas vonis itu"
    assert q.speaker.name == "Bambang Sutejo"
    text = "Bambang Sutejo menjawab pertanyaan jaksa bahwa mobil itu dibeli dengan uang pribadinya."
    q = only(run(text, names={"Bambang Sutejo": "PER"}), "indirect")
    assert q.text == "mobil itu dibeli dengan uang pribadinya"


def test_looking_somewhere_is_no_view(run):
    # memandang ke arah …: someone looks somewhere; nothing said.
    text = "Rudi Hartawan duduk di beranda rumahnya. Rudi memandang ke arah bukit yang kini gundul."
    assert [q.text for q in run(text, names={"Rudi Hartawan": "PER"}).quotes] == []
    # The near miss: memandang with sebagai reports a view.
    text = "Rudi Hartawan duduk di beranda rumahnya. Rudi memandang proyek itu sebagai ancaman bagi kampungnya."
    q = only(run(text, names={"Rudi Hartawan": "PER"}))
    assert q.text == "proyek itu sebagai ancaman bagi kampungnya"


def test_a_speech_verb_with_only_a_place_after_it_reports_nothing(run):
    # menimpali dari …: where someone chimed in from, nothing said.
    text = "Ibunya, Sumiati (61), ikut menimpali dari balik jendela ruang tengah."
    assert [q.text for q in run(text, names={"Sumiati": "PER"}).quotes] == []
    # The near miss: the place phrase opens a clause with its own predicate.
    text = "Ibunya, Sumiati (61), menimpali di kampung itu banyak sawah sudah dijual."
    q = only(run(text, names={"Sumiati": "PER"}))
    assert q.text == "di kampung itu banyak sawah sudah dijual"


def test_a_guarantee_of_something_finished_is_reported(run):
    # menjamin + a clause whose predicate is selesai, by an unnamed official: span only.
    text = ("Yosef Bulu sudah lama tinggal di kampung itu. Pada 2021, seorang pejabat yang datang ke desanya "
            "pernah menjamin semua urusan lahan selesai dalam setahun.")
    q = only(run(text, names={"Yosef Bulu": "PER"}))
    assert q.text == "semua urusan lahan selesai dalam setahun"
    assert q.speaker is None
    # The near miss: a guaranteed thing with no predicate is no statement.
    text = "Bank Sejahtera menjamin kredit petani di desa itu."
    assert [q.text for q in run(text).quotes] == []


def test_a_directive_with_the_one_urged_as_a_clitic(run):
    # Ibunya memintanya mencari …: what the clitic's referent is urged to do; the mother
    # is a relative the article does not name.
    text = ("Yosef Bulu sudah 12 tahun menjadi guru honorer. "
            "Ibunya, seorang penenun, sempat memintanya mencari pekerjaan di Denpasar saja.")
    q = only(run(text, names={"Yosef Bulu": "PER"}))
    assert q.text == "mencari pekerjaan di Denpasar saja"
    assert q.speaker is None
    # The near miss: the clitic verb before a thing, no verb after it, says nothing.
    text = ("Yosef Bulu sudah 12 tahun menjadi guru honorer. "
            "Ibunya, seorang penenun, sempat memintanya kembali ke desa.")
    assert [q.text for q in run(text, names={"Yosef Bulu": "PER"}).quotes] == []
    # Nor is a relative inside the sentence a source: Beberapa temannya mengajak berkumpul.
    text = ("Yosef Bulu merayakan Tahun Baru di rumah saja. "
            "Beberapa temannya mengajak berkumpul, tetapi ia sengaja menghindari keramaian.")
    assert [q.text for q in run(text, names={"Yosef Bulu": "PER"}).quotes] == []


def test_a_passive_after_an_adjunct_naming_a_case_document_reports_a_bare_clause(run):
    first = ("Jaksa penuntut umum Rina Wulandari membacakan surat tuntutan di Pengadilan Negeri Medan, Rabu (5/3/2025). "
             "\"Terdakwa terbukti bersalah menerima suap dari rekanan dinas,\" kata jaksa Rina. ")
    r = run(first + "Dalam tuntutan disebutkan terdakwa bertemu dua kontraktor di sebuah rumah makan pada Juni 2023.")
    q = r.quotes[-1]
    assert (q.type, q.text, q.speaker.name) == (
        "indirect", "terdakwa bertemu dua kontraktor di sebuah rumah makan pada Juni 2023", "Rina Wulandari")
    assert q.rules["detect"] == "agentless_passive:statement"
    # Guard: a noun phrase after the passive is no clause; a meeting is no document.
    assert len(run(first + "Dalam tuntutan disebutkan nama tiga pejabat dinas pekerjaan umum.").quotes) == 1
    assert len(run(first + "Dalam rapat disebutkan terdakwa bertemu dua kontraktor pada Juni 2023.").quotes) == 1


def test_mendalilkan_reports_a_clause_with_its_own_subject(run):
    q = only(run("Para pemohon mendalilkan syarat usia calon kepala daerah melanggar hak konstitusional warga."))
    assert (q.type, q.text) == ("indirect", "syarat usia calon kepala daerah melanggar hak konstitusional warga")
    assert q.cue.text == "mendalilkan"
    # Guard: a noun pleaded, with no clause, is no statement.
    assert run("Para pemohon mendalilkan kerugian konstitusional yang nyata.").quotes == []


def test_menurut_pengakuan_names_whose_account_it_is(run):
    first = "Mantan kepala dinas, Stefanus Dopo, diperiksa penyidik pada Senin (3/3/2025). "
    r = run(first + "Di sana, menurut pengakuan Stefanus, Bonifasius menyodorkan secarik kertas berisi tiga nama.")
    q = only(r)
    assert (q.text, q.speaker.name) == ("Bonifasius menyodorkan secarik kertas berisi tiga nama", "Stefanus Dopo")
    # Guard: a body's record still names the body.
    q = only(run("Menurut catatan Badan Pusat Statistik, inflasi Februari turun tipis."))
    assert q.speaker.name == "Badan Pusat Statistik"


def test_membenarkan_reports_a_clause_with_its_own_subject(run):
    q = only(run("Juru bicara Polda Riau, Hendro Wijaya, membenarkan penyidik telah memeriksa empat pegawai dinas."))
    assert (q.text, q.speaker.name) == ("penyidik telah memeriksa empat pegawai dinas", "Hendro Wijaya")
    # Guard: what is confirmed may be a noun, which says nothing.
    assert run("Juru bicara Polda Riau, Hendro Wijaya, membenarkan kabar penangkapan itu.").quotes == []


def test_a_speech_verb_in_a_relative_clause_on_someone_s_statement_reports_their_words(run):
    text = ("Majelis hakim membacakan putusan, Selasa (4/3/2025). Majelis tidak sependapat dengan pembelaan "
            "Hendra Gunawan yang menyebut uang tersebut merupakan pinjaman pribadi.")
    q = only(run(text))
    assert (q.text, q.speaker.name) == ("uang tersebut merupakan pinjaman pribadi", "Hendra Gunawan")
    assert q.rules["detect"] == "reported_speech:relative"
    # Guard: a report or a demand is no one's own words.
    assert run(text.replace("pembelaan Hendra Gunawan", "laporan Bank Dunia")).quotes == []


def test_an_agency_dateline_below_a_photo_caption_still_opens_the_lede(run):
    # A headline, a date line and a photo caption closed by its credit stand above the lede:
    # the caption is page furniture, so the lede is still among the article's first
    # sentences and its agency dateline is no part of the subject.
    head = ("Dinas Perikanan ingatkan nelayan soal cuaca buruk\n\n"
            "Rabu, 9 Juli 2025 10:05 WIB\n\n")
    caption = "Nelayan menarik perahu ke daratan di pantai Cilacap. ANTARA FOTO/Bayu Pratama/abc.\n\n"
    lede = ("Cilacap (ANTARA) - Dinas Kelautan dan Perikanan Cilacap mengimbau nelayan agar tidak melaut "
            "selama gelombang tinggi masih terjadi.")
    q = only(run(head + caption + lede))
    assert q.speaker.name == "Dinas Kelautan dan Perikanan Cilacap"
    assert q.text == "nelayan agar tidak melaut selama gelombang tinggi masih terjadi"
    # Near miss: after four sentences of article text the town and its dash open no lede,
    # and the subject is not cut after the dash.
    body = ("Nelayan menarik perahu ke daratan. Ombak setinggi empat meter menerjang pantai. "
            "Sebagian warung tutup. Pasar ikan sepi.\n\n")
    doc = build_document(head + body + lede)
    verb = next(t for t in doc.tokens if t.text == "mengimbau")
    assert subject_before(doc, verb.i, load_lexicon())[0].text == "Cilacap"
    doc = build_document(head + caption + lede)
    verb = next(t for t in doc.tokens if t.text == "mengimbau")
    assert subject_before(doc, verb.i, load_lexicon())[0].text == "Dinas"


def test_a_noun_sub_heading_run_into_a_body_subject(run):
    # A sub-heading of two nouns run into the sentence (its line break lost) before a
    # body's name: the body speaks, the heading is no part of the subject.
    text = ("”Stok di gudang kami cukup,” kata Kepala Gudang Rudi Hartono, Senin. "
            "Temuan penimbunan Badan Pangan Daerah menilai kenaikan harga di sejumlah pasar tidak wajar.")
    q = run(text, names={"Rudi Hartono": "PER"}).quotes[1]
    assert (q.text, q.speaker.name) == ("kenaikan harga di sejumlah pasar tidak wajar", "Badan Pangan Daerah")
    # Guard: a party's member before the party's name is who speaks, no heading: the
    # party is not made the speaker.
    text = ("”Stok di gudang kami cukup,” kata Kepala Gudang Rudi Hartono, Senin. "
            "Kader partai Nusantara Raya menilai kenaikan harga di sejumlah pasar tidak wajar.")
    quotes = run(text, names={"Rudi Hartono": "PER", "Nusantara Raya": "ORG"}).quotes
    assert all(q.speaker is None or q.speaker.name != "Nusantara Raya" for q in quotes)


def test_a_clause_sub_heading_run_into_a_body_subject(run):
    # A sub-heading that is a clause of its own (two nouns, a verb, its object) run into
    # the sentence before a body's name, whose own verb comes after an adjunct: the body
    # speaks, and the record is found.
    text = ("”Stok di gudang kami cukup,” kata Kepala Gudang Rudi Hartono, Senin. "
            "Industri rokok meminta kelonggaran Gabungan Produsen Rokok Nasional (Gaprona) dalam keterangan "
            "tertulis, Selasa, meminta pemerintah untuk menunda kenaikan tarif cukai hingga akhir tahun.")
    q = run(text, names={"Rudi Hartono": "PER"}).quotes[1]
    assert (q.text, q.speaker.name, q.speaker.kind) == (
        "pemerintah untuk menunda kenaikan tarif cukai hingga akhir tahun", "Gabungan Produsen Rokok Nasional",
        "organization")
    # Guard: the object's source after a preposition (kelonggaran dari Gaprona) is no
    # subject: the body is not made the speaker.
    text = ("”Stok di gudang kami cukup,” kata Kepala Gudang Rudi Hartono, Senin. "
            "Industri rokok meminta kelonggaran dari Gabungan Produsen Rokok Nasional (Gaprona) dalam keterangan "
            "tertulis, Selasa, meminta pemerintah untuk menunda kenaikan tarif cukai hingga akhir tahun.")
    speakers = [q.speaker.name for q in run(text, names={"Rudi Hartono": "PER"}).quotes if q.speaker is not None]
    assert "Rudi Hartono" in speakers and "Gabungan Produsen Rokok Nasional" not in speakers


def test_a_directive_with_a_negated_predicate_urges_someone(run):
    # A negator after whom the directive urges opens what they are not to do, though a
    # preposition follows (… ke rumah): no thing asked of someone.
    q = only(run("Kapolsek Hendra Wijaya meminta warga tidak pulang ke rumah sebelum jalan dibuka kembali."))
    assert (q.text, q.speaker.name) == ("warga tidak pulang ke rumah sebelum jalan dibuka kembali", "Hendra Wijaya")
    # Guard: a thing asked of someone, a preposition and whom, still reports nothing.
    assert run("Oknum itu meminta jatah harian ke para sopir angkutan.").quotes == []


def test_a_preposition_inside_the_subject_of_a_warning_leaves_a_clause(run):
    # mengingatkan + a clause whose subject holds ke: the predicate after it (biasanya
    # melambat) makes it a clause, not a thing asked of someone.
    q = only(run("Ekonom Rina Marlina mengingatkan penyaluran kredit ke sektor properti biasanya melambat "
                 "pada akhir tahun."))
    assert (q.text, q.speaker.name) == ("penyaluran kredit ke sektor properti biasanya melambat pada akhir tahun",
                                        "Rina Marlina")
    # Guard: after the one asked, a time adjunct (menjelang …) is no predicate.
    assert run("Oknum itu meminta jatah proyek ke para kontraktor menjelang Lebaran.").quotes == []


def test_a_thing_proposed_or_claimed_is_no_statement(run):
    assert run("Direksi PT Sinar Abadi mengusulkan penambahan modal kerja sebesar Rp 20 miliar yang akan "
               "dicairkan bulan depan.").quotes == []
    assert run("Vietnam mengklaim sebagian besar kepulauan itu, sementara Tiongkok menolak "
               "klaim tersebut.").quotes == []
    # Guards: what is proposed or claimed to be so is a clause, with its subject or without.
    q = only(run("Ketua DPRD Rudi Hartono mengusulkan pemerintah menaikkan tarif angkutan kota."))
    assert q.text == "pemerintah menaikkan tarif angkutan kota"
    q = only(run("Direktur PT Sinar Abadi Budi Santoso mengklaim perusahaannya merugi hingga Rp 2 miliar."))
    assert q.text == "perusahaannya merugi hingga Rp 2 miliar"
    q = only(run("Ketua tim pemenangan Budi Santoso mengklaim sukses di lima kecamatan berdasarkan data saksi."))
    assert q.text == "sukses di lima kecamatan berdasarkan data saksi"
    q = only(run("Budi Santoso mengklaim bahwa pulau itu milik negaranya sejak lama."))
    assert q.text == "pulau itu milik negaranya sejak lama"


def test_a_verb_of_stating_joined_by_dan_is_the_speaker_s_second_act(run):
    first = "Menteri Luar Negeri Rudi Hartono menyambut baik perundingan itu. "
    q = only(run(first + "Ia berharap kedua kubu dapat menahan diri dan menyatakan kesediaan Indonesia untuk "
                         "menjadi penengah."))
    assert (q.text, q.speaker.name) == ("kedua kubu dapat menahan diri", "Rudi Hartono")
    # With a clause after it, the second statement is a record of its own.
    quotes = run(first + "Ia berharap kedua kubu dapat menahan diri dan menegaskan Indonesia siap menjadi "
                         "penengah.").quotes
    assert [(q.text, q.speaker.name) for q in quotes] == [
        ("kedua kubu dapat menahan diri", "Rudi Hartono"), ("Indonesia siap menjadi penengah", "Rudi Hartono")]
    # Guard: after a purpose link the verbs joined are what someone is urged to do: one record.
    q = only(run("Presiden Budi Santoso menginstruksikan para menteri untuk menghitung ulang anggaran serta "
                 "menegaskan prioritas program kepada daerah."))
    assert q.text == "para menteri untuk menghitung ulang anggaran serta menegaskan prioritas program kepada daerah"


def test_membenarkan_reports_a_clause_saying_something_is_there(run):
    text = "Kepala BPBD Sleman Agus Priyanto membenarkan ada tiga tanggul di hulu sungai yang jebol diterjang arus."
    q = only(run(text))
    assert (q.text, q.speaker.name) == ("ada tiga tanggul di hulu sungai yang jebol diterjang arus", "Agus Priyanto")
    q = only(run("Kapolsek Iptu Joko Susilo membenarkan tidak ada penumpang yang terluka dalam kejadian itu."))
    assert q.text == "tidak ada penumpang yang terluka dalam kejadian itu"
    # Guard: adanya is a noun: what is confirmed says nothing.
    assert run("Kepala BPBD Sleman Agus Priyanto membenarkan adanya retakan di dinding bendungan.").quotes == []


def test_mengonfirmasi_reports_a_clause_with_its_own_subject(run):
    q = only(run("Manajer tim, Yoga Pratama, mengonfirmasi timnya sudah meneken kontrak sponsor baru."))
    assert (q.text, q.speaker.name) == ("timnya sudah meneken kontrak sponsor baru", "Yoga Pratama")
    # Guard: what is confirmed may be a noun, which says nothing.
    assert run("Manajer tim, Yoga Pratama, mengonfirmasi rencana kepindahan markas tim itu.").quotes == []


def test_an_aside_on_how_the_subject_is_called_does_not_stop_the_record(run):
    text = ("Pelatih renang Bimo Santoso puas dengan hasil lomba. Usai perlombaan, Coach Bimo, begitu ia biasa "
            "disapa, mengatakan para atlet muda itu berlatih sangat disiplin.")
    q = only(run(text, names={"Bimo Santoso": "PER", "Coach Bimo": "PER"}))
    assert (q.text, q.speaker.name) == ("para atlet muda itu berlatih sangat disiplin", "Bimo Santoso")
    # Guard: a relative clause set off after the name does the same, as before.
    text = ("Pelatih renang Bimo Santoso puas dengan hasil lomba. Usai perlombaan, Bimo, yang juga mantan "
            "perenang nasional, mengatakan para atlet muda itu berlatih sangat disiplin.")
    q = only(run(text, names={"Bimo Santoso": "PER", "Bimo": "PER"}))
    assert q.speaker.name == "Bimo Santoso"


def test_a_title_in_quotation_marks_inside_a_reported_clause_leaves_it_indirect(run):
    text = ("Novel baru itu terbit bulan depan. Penulis Rina Amalia menuturkan, “Langit di Atas Dermaga” "
            "berkisah tentang dua sahabat yang berpisah.")
    q = only(run(text, names={"Rina Amalia": "PER"}))
    assert (q.type, q.speaker.name) == ("indirect", "Rina Amalia")
    # Guard: a quoted fragment of what was said makes it mixed.
    text = ("Novel baru itu terbit bulan depan. Penulis Rina Amalia menuturkan, novel itu “bukan sekadar "
            "cerita sedih” tentang perpisahan.")
    q = only(run(text, names={"Rina Amalia": "PER"}))
    assert q.type == "mixed"


def test_a_relative_clause_naming_who_met_the_speaker_stands_between_name_and_verb(run):
    # …, dr. Sari, Sp.A, yang ditemui Kompas di Madinah, Sabtu lalu, menuturkan …: the
    # clause names the newspaper as the one who met her, not the speaker; the name before
    # it speaks, an honorific before it, and the role set off before the name is hers.
    text = ("Dokter spesialis anak yang bertugas di Klinik Kesehatan Haji Indonesia (KKHI) Madinah, dr. Sari "
            "Lestari, Sp.A, yang ditemui Kompas di Madinah, Sabtu lalu, menuturkan pasien membeludak sejak pagi.")
    q = only(run(text, names={"Kompas": "ORG"}), "indirect")
    assert q.text == "pasien membeludak sejak pagi"
    assert (q.speaker.name, q.speaker.role) == (
        "Sari Lestari", "Dokter spesialis anak yang bertugas di Klinik Kesehatan Haji Indonesia (KKHI) Madinah")
    # The name before the relative appositive speaks as it did (a title with it).
    q = only(run("Manajer PT Maju Jaya Diah Lestari, yang dihubungi Kompas, menambahkan pasien membeludak sejak pagi.",
                 names={"Kompas": "ORG"}), "indirect")
    assert (q.speaker.name, q.speaker.role) == ("Diah Lestari", "Manajer PT Maju Jaya")


def test_a_consulate_and_its_city_speak_as_a_body(run):
    # Konsulat Jenderal … (KJRI) Penang: a body's name with its city, not a title before a
    # person called Penang; a time between it and the verb, a place set off before it.
    q = only(run("Konsulat Jenderal Republik Indonesia (KJRI) Penang menyatakan telah menerima laporan itu."))
    assert (q.speaker.name, q.speaker.kind, q.speaker.role) == (
        "Konsulat Jenderal Republik Indonesia (KJRI) Penang", "organization", None)
    q = only(run("Di Penang, Konsulat Jenderal Republik Indonesia (KJRI) Penang pekan lalu menyatakan telah menerima "
                 "laporan itu."))
    assert q.text == "telah menerima laporan itu"
    assert q.speaker.name == "Konsulat Jenderal Republik Indonesia (KJRI) Penang"
    # The consul general is a person's title still.
    q = only(run("Konsul Jenderal RI di Penang, Yusuf Hamdani, mengatakan telah menerima laporan itu."))
    assert (q.speaker.name, q.speaker.kind) == ("Yusuf Hamdani", "person")
_HEARING = ("Rapat kerja itu dihadiri Menteri Pertanian Bambang Sulistyo. Anggota Komisi IV Dewi Sartika "
            "mempertanyakan lambatnya penyaluran pupuk. \"Petani sudah menunggu dua bulan,\" kata Dewi. ")


def test_a_speech_verb_opening_a_fronted_clause_is_no_cue_the_subject_after_the_comma_speaks(run):
    # Menjawab kritik itu, X mengakui …: what the main clause answers, not a statement.
    names = {"Bambang Sulistyo": "PER", "Dewi Sartika": "PER"}
    r = run(_HEARING + "Menjawab kritik anggota dewan itu, Bambang mengakui ada hambatan pengiriman di beberapa daerah. "
                       "Namun, ia membantah pemerintah memangkas alokasi pupuk.", names=names)
    said = [(q.text, q.speaker.name) for q in r.quotes if q.type == "indirect"]
    assert said == [("ada hambatan pengiriman di beberapa daerah", "Bambang Sulistyo"),
                    ("pemerintah memangkas alokasi pupuk", "Bambang Sulistyo")]
    # With no statement in the main clause, the fronted clause gives none either.
    r = run(_HEARING + "Menjawab kritik anggota dewan itu, Bambang hanya tersenyum.", names=names)
    assert [q.type for q in r.quotes] == ["direct"]
    # The near miss: a subject before the verb makes it the sentence's own (X menjawab, …).
    for said in ("Bambang menjawab, pengiriman pupuk akan dipercepat pekan depan.",
                 "Bambang menegaskan kepada wartawan, pengiriman pupuk akan dipercepat pekan depan."):
        q = run(_HEARING + said, names=names).quotes[-1]
        assert (q.text, q.speaker.name) == ("pengiriman pupuk akan dipercepat pekan depan", "Bambang Sulistyo")


def test_a_denied_claim_whose_author_is_named_is_no_statement_of_the_denier(run):
    # membantah tuduhan X yang menilai …: X's words, dated by the relative clause.
    text = ("Menteri Komunikasi Budi Hartanto berbicara kepada wartawan di Jakarta, Sabtu (22/11/2025). "
            "Budi juga membantah tuduhan Aliansi Warga Peduli yang pada Senin (17/11/2025) menilai pemerintah "
            "lamban menutup situs ilegal.")
    r = run(text, "2025-11-23", names={"Budi Hartanto": "PER"})
    q = only(r)
    assert q.text == "pemerintah lamban menutup situs ilegal"
    assert (q.speaker.name, q.speaker.kind) == ("Aliansi Warga Peduli", "organization")
    assert q.date.isoformat() == "2025-11-17"
    # A claim named alone is a thing denied, no statement.
    assert run("Menteri Komunikasi Budi Hartanto membantah tudingan itu.", names={"Budi Hartanto": "PER"}).quotes == []
    # The near misses: bahwa after the claim, or a relative clause with no author, tells what was denied.
    q = only(run("Menteri Komunikasi Budi Hartanto membantah tudingan bahwa pemerintah lamban menutup situs ilegal.",
                 names={"Budi Hartanto": "PER"}))
    assert q.speaker.name == "Budi Hartanto" and q.text.endswith("pemerintah lamban menutup situs ilegal")
    q = only(run("Menteri Komunikasi Budi Hartanto membantah kabar yang menyebut pemerintah lamban menutup situs "
                 "ilegal.", names={"Budi Hartanto": "PER"}))
    assert q.speaker.name == "Budi Hartanto"


def test_a_day_in_a_relative_clause_on_another_s_words_does_not_date_the_subject_s(run):
    # The alliance spoke on Monday; the minister's words around stay on the day of the talk.
    text = ("Diskusi daring soal situs ilegal digelar Forum Jurnalis Digital, Sabtu (22/11/2025). "
            "Menteri Komunikasi Budi Hartanto mengatakan pihaknya sudah menutup dua juta situs sepanjang tahun ini. "
            "Budi juga membantah tuduhan Aliansi Warga Peduli yang pada Senin (17/11/2025) menilai pemerintah "
            "lamban menutup situs ilegal. \"Kami tidak lamban,\" tegas Budi.")
    r = run(text, "2025-11-23", names={"Budi Hartanto": "PER"})
    days = [(q.text.split()[0], q.speaker.name, q.date.isoformat()) for q in r.quotes]
    assert days == [("pihaknya", "Budi Hartanto", "2025-11-22"), ("pemerintah", "Aliansi Warga Peduli", "2025-11-17"),
                    ("Kami", "Budi Hartanto", "2025-11-22")]
    # The near miss: a day outside a relative clause dates every speaker its sentence names
    # (the ministry, named in its spokesman's title, speaks on that day too).
    text = ("Kementerian Luar Negeri Norwegia menyatakan perundingan di Oslo sepanjang pekan ini mencapai kemajuan "
            "berarti. Juru bicara Kementerian Luar Negeri Norwegia Lars Henriksen, Jumat (16/5/2025), mengatakan "
            "kedua pihak kini lebih dekat dari sebelumnya.")
    r = run(text, "2025-05-17", names={"Lars Henriksen": "PER", "Kementerian Luar Negeri Norwegia": "ORG"})
    assert [q.date.isoformat() for q in r.quotes] == ["2025-05-16", "2025-05-16"]


def test_menurutnya_in_a_relative_clause_on_a_reported_object_is_an_aside_of_that_statement(run):
    # X mendesak Y untuk … yang menurutnya …: one record, the directive's, with the aside inside.
    q = only(run("Ketua kelompok tani Sumardi Wiryo mendesak pemerintah untuk meninjau harga pembelian gabah yang "
                 "menurutnya sudah tidak sesuai dengan biaya produksi.", names={"Sumardi Wiryo": "PER"}))
    assert q.text == ("pemerintah untuk meninjau harga pembelian gabah yang menurutnya sudah tidak sesuai dengan "
                      "biaya produksi")
    assert q.rules["detect"].startswith("reported_speech")
    # mempertanyakan a thing: the aside is no statement of its own either.
    assert run("Ketua kelompok tani Sumardi Wiryo mempertanyakan angka produksi gabah yang menurutnya "
               "dibesar-besarkan dinas.", names={"Sumardi Wiryo": "PER"}).quotes == []
    # The near miss: after a verb that reports nothing the view is the one statement.
    q = only(run("Ketua kelompok tani Sumardi Wiryo menunjuk saluran irigasi yang menurutnya tak pernah "
                 "dibersihkan.", names={"Sumardi Wiryo": "PER"}))
    assert (q.text, q.speaker.name) == ("tak pernah dibersihkan", "Sumardi Wiryo")


def test_menurutnya_on_the_object_of_a_speech_verb_that_reports_no_clause_is_the_view_s_statement(run):
    # mengkritik / mengeluhkan a thing: reported_speech gives the sentence no record, so the
    # view in the relative clause is the speaker's statement.
    names = {"Hendra Gunawan": "PER"}
    for said, view in (("Ketua koperasi nelayan Hendra Gunawan mengkritik aturan kuota solar yang menurutnya "
                        "menyulitkan nelayan kecil.", "menyulitkan nelayan kecil"),
                       ("Ketua koperasi nelayan Hendra Gunawan mengeluhkan harga es balok yang menurutnya "
                        "naik dua kali lipat.", "naik dua kali lipat")):
        q = only(run(said, names=names))
        assert (q.text, q.speaker.name, q.rules["detect"]) == (view, "Hendra Gunawan", "according_to")
    # The near misses: where the verb reports a clause that holds the aside, one record, the
    # verb's; after a questioning verb, none.
    q = only(run("Ketua koperasi nelayan Hendra Gunawan meminta dinas untuk menghapus aturan kuota solar yang "
                 "menurutnya menyulitkan nelayan kecil.", names=names))
    assert q.rules["detect"].startswith("reported_speech") and q.text.endswith("yang menurutnya menyulitkan nelayan kecil")
    assert run("Ketua koperasi nelayan Hendra Gunawan mempersoalkan aturan kuota solar yang menurutnya "
               "menyulitkan nelayan kecil.", names=names).quotes == []


def test_a_denied_claim_followed_by_what_it_says_is_a_statement_of_the_denier(run):
    # membantah tudingan menerima suap …: the verb phrase after the noun is what was denied.
    names = {"Hendra Gunawan": "PER"}
    q = only(run("Kepala dinas perikanan Hendra Gunawan membantah tudingan menerima uang dari pengusaha kapal.",
                 names=names))
    assert (q.text, q.speaker.name) == ("tudingan menerima uang dari pengusaha kapal", "Hendra Gunawan")
    # The near misses: the claim named alone, or with its author's own relative clause, is no
    # statement of the denier.
    assert run("Kepala dinas perikanan Hendra Gunawan membantah tudingan itu.", names=names).quotes == []
    r = run("Kepala dinas perikanan Hendra Gunawan membantah tudingan Serikat Nelayan Pantura yang menilai dinas "
            "lamban menyalurkan bantuan.", names=names)
    assert [q.speaker.name for q in r.quotes] == ["Serikat Nelayan Pantura"]


def test_a_second_predicate_after_tetapi_shares_the_subject_of_the_first(run):
    # Ia sependapat dengan …, tetapi menilai …: the judge's view, though the first verb
    # reports nothing.
    text = ("Hakim Konstitusi Rudi Hartanto menyampaikan alasan berbeda. Ia sependapat dengan amar putusan, "
            "tetapi menilai pemerintah semestinya juga melarang perekrutan tenaga honorer baru.")
    q = run(text, names={"Rudi Hartanto": "PER"}).quotes[-1]
    assert (q.text, q.speaker.name) == ("pemerintah semestinya juga melarang perekrutan tenaga honorer baru",
                                        "Rudi Hartanto")
    # The near miss: a subject of its own after tetapi speaks.
    q = only(run("Budi Santoso setuju dengan usulan itu, tetapi Rina Kusuma menilai pemerintah perlu menunda "
                 "pelaksanaannya.", names={"Budi Santoso": "PER", "Rina Kusuma": "PER"}))
    assert q.speaker.name == "Rina Kusuma"


def test_a_thing_before_tetapi_is_no_subject_the_second_predicate_shares(run):
    # Surat itu dikirim X …, tetapi mengaku …: the letter claims nothing; who does is
    # read as before, the one who sent it.
    names = {"Budi Santoso": "PER"}
    q = only(run("Surat itu dikirim Budi Santoso kepada bupati, tetapi mengaku belum mendapat balasan.", names=names))
    assert (q.text, q.speaker.name if q.speaker else None) == ("belum mendapat balasan", "Budi Santoso")
    q = only(run("Rumah Budi Santoso dibongkar petugas Satpol PP, tetapi menyebut pembongkaran itu tidak sah.",
                 names=names))
    assert q.speaker is None or q.speaker.role != "Rumah"
    # The near misses: a person or a body, by name or description, is the shared subject.
    q = only(run("Jaksa menuntut Budi Santoso lima tahun penjara, tetapi menilai terdakwa bersikap sopan.",
                 names=names))
    assert q.speaker.name == "Jaksa"
    q = only(run("KPPU menerima laporan itu, tetapi menilai buktinya belum cukup.", names={"KPPU": "ORG"}))
    assert q.speaker.name == "KPPU"


def test_a_scheduled_announcement_is_no_statement(run):
    # dijadwalkan mengumumkan … pekan depan: nothing said yet.
    assert run("Badan Pusat Statistik (BPS) dijadwalkan mengumumkan angka inflasi pada Senin pekan depan.",
               names={"Badan Pusat Statistik": "ORG"}).quotes == []
    assert run("Kementerian Keuangan berencana mengumumkan bahwa defisit anggaran melebar.",
               names={"Kementerian Keuangan": "ORG"}).quotes == []
    # The near miss: the announcement made is one.
    q = only(run("Kementerian Keuangan mengumumkan bahwa defisit anggaran melebar.",
                 names={"Kementerian Keuangan": "ORG"}))
    assert q.text == "defisit anggaran melebar"


def test_a_directive_urging_someone_to_go_somewhere_reports_a_clause(run):
    # mengimbau + whom + a verb of going with no prefix: what they are urged to do.
    q = only(run("Bayu mengimbau calon penumpang datang ke stasiun satu jam sebelum berangkat.",
                 names={"Bayu": "PER"}))
    assert (q.text, q.speaker.name) == ("calon penumpang datang ke stasiun satu jam sebelum berangkat", "Bayu")
    q = only(run("Lurah Sukamaju meminta warga pulang ke rumah sebelum pukul 22.00.",
                 names={"Sukamaju": "LOC"}))
    assert q.text.startswith("warga pulang ke rumah")
    # The near miss: a thing asked of someone is still no statement.
    assert run("Pejabat itu meminta uang tunai kepada kontraktor proyek jembatan.").quotes == []


def test_menurut_a_relatives_noun_then_the_relative_named_with_an_age(run):
    # Menurut cucunya, Dimas (25), …: the grandchild named after the comma speaks; the
    # clause after the age is what he said, no role of his.
    text = ("Kecemasan serupa dialami Hj. Fatimah (70), calon jemaah asal Kecamatan Pamulang. "
            "Menurut cucunya, Dimas Prakoso (25), neneknya sempat dinyatakan belum layak karena gula darah tinggi.\n\n"
            "\"Nenek sempat menangis,\" ujar Dimas.")
    r = run(text, names={"Fatimah": "PER", "Dimas Prakoso": "PER", "Dimas": "PER"})
    assert [(q.type, q.speaker.name, q.speaker.role) for q in r.quotes] == [
        ("indirect", "Dimas Prakoso", "cucunya"), ("direct", "Dimas Prakoso", "cucunya")]
    assert r.quotes[0].text.startswith("neneknya sempat dinyatakan")
    # The near miss: Menurut with the name alone, then a role set off, stays as it was.
    q = only(run("Menurut Dimas Prakoso, warga Pamulang, antrean pemeriksaan sangat panjang.",
                 names={"Dimas Prakoso": "PER"}))
    assert (q.speaker.name, q.text) == ("Dimas Prakoso", "antrean pemeriksaan sangat panjang")


def test_a_relative_clause_set_off_after_a_described_name_is_no_subject(run):
    # Name (age), warga X, [Kota Y,] yang hendak mudik ke Z, [W,] mengaku …: the name speaks.
    names = {"Warsini": "PER"}
    for between in ("warga Ciledug, Kota Tangerang, yang hendak mudik ke Metro, Lampung Timur,",
                    "warga Ciledug, yang hendak mudik ke Metro,"):
        text = (f"Di tengah antrean, banyak pemudik mengeluh. Warsini (54), {between} mengaku sudah "
                "menunggu enam jam di dalam mobil.\n\n\"Anak-anak sudah rewel,\" tutur nenek tiga cucu itu.")
        r = run(text, names=names)
        assert [(q.type, q.speaker.name) for q in r.quotes] == [("indirect", "Warsini"), ("direct", "Warsini")]
        assert r.quotes[0].speaker.role == "warga Ciledug"
    # The near miss: a relative clause that says her office still leaves her the speaker.
    q = only(run("Andri, yang juga Kepala Dinas Perindustrian, mengatakan pabrik itu akan diperiksa.",
                 names={"Andri": "PER"}))
    assert q.speaker.name == "Andri"


def test_a_counter_claim_joined_to_a_denial_is_a_record_of_its_own(run):
    # membantah A dan menyebut B: the denial and the claim set against it, one speaker.
    quotes = run("PT Sinar Jaya membantah limbahnya mencemari danau dan menyebut air keruh akibat hujan deras.").quotes
    assert [(q.text, q.speaker.name, q.rules["detect"]) for q in quotes] == [
        ("limbahnya mencemari danau", "PT Sinar Jaya", "reported_speech:bare"),
        ("air keruh akibat hujan deras", "PT Sinar Jaya", "reported_speech:joined")]
    # Guard: after a verb of saying, menyebut may be the act of the clause's subject: one record.
    q = only(run("Budi Santoso mengatakan warga sering mengeluh dan menyebut jalan desa itu rusak parah."))
    assert q.text == "warga sering mengeluh dan menyebut jalan desa itu rusak parah"
    # Guard: a denied act joined by dan to another (not a claim) stays one clause.
    q = only(run("Kepala Dinas Rudi Hartono membantah pernah memukul warga dan mengancam korban."))
    assert q.text == "pernah memukul warga dan mengancam korban"
    # Guard: dan inside one reported clause.
    q = only(run("Budi Santoso mengatakan bahwa harga beras naik dan stok di gudang aman."))
    assert q.text == "harga beras naik dan stok di gudang aman"


def test_naming_after_a_denial_is_no_counter_claim(run):
    # membantah A dan menyebut nama …, menyebutkan tiga tersangka, yaitu …: naming, not
    # saying; the denial's record runs on over it, and nothing named is a record.
    q = only(run("Pengacara terdakwa, Budi Hartono, membantah kliennya mengambil dana desa dan menyebut nama "
                 "dua kepala dinas dalam sidang itu.", names={"Budi Hartono": "PER"}))
    assert q.text == "kliennya mengambil dana desa dan menyebut nama dua kepala dinas dalam sidang itu"
    q = only(run("Kepolisian Daerah Jawa Barat membantah menutupi kasus itu dan menyebutkan tiga tersangka baru, "
                 "yaitu RS, TA, dan UW."))
    assert q.text.startswith("menutupi kasus itu dan menyebutkan tiga tersangka baru")
    # Guard: a counter-claim with a clause of its own is still a second record.
    quotes = run("Direktur PT Maju Jaya, Andi Wirawan, membantah perusahaannya mencemari sungai dan menyebut "
                 "dirinya hanya menjalankan perintah.", names={"Andi Wirawan": "PER"}).quotes
    assert [q.text for q in quotes] == ["perusahaannya mencemari sungai", "dirinya hanya menjalankan perintah"]


def test_a_denial_is_not_cut_where_the_second_verb_reports_nothing(run):
    # … dan mengklaim kawasan tersebut aman: mengklaim reports no clause here, so no second
    # record; the first must keep what was said rather than lose it.
    q = only(run("Polisi membantah adanya begal di jalan itu dan mengklaim kawasan tersebut aman."))
    assert q.text == "adanya begal di jalan itu dan mengklaim kawasan tersebut aman"
    # Guard: where mengklaim reports a clause, two records.
    quotes = run("Polisi membantah adanya begal di jalan itu dan mengklaim patroli sudah ditambah.").quotes
    assert [q.text for q in quotes] == ["adanya begal di jalan itu", "patroli sudah ditambah"]


def test_a_second_statement_after_a_quoted_word_keeps_the_quote_in_the_first(run):
    # … menyebut laporan itu “sepihak” dan menyatakan siap …: the first record ends after
    # the closing mark (mixed), and siap bekerja sama … is the speaker's second statement.
    quotes = run("Kelompok bersenjata itu dalam pernyataan di Telegram menyebut laporan tersebut “sepihak” dan "
                 "menyatakan siap bekerja sama dengan lembaga bantuan.").quotes
    assert [(q.type, q.text) for q in quotes] == [
        ("mixed", "laporan tersebut “sepihak”"), ("indirect", "siap bekerja sama dengan lembaga bantuan")]
    # Both the same speaker's: the group, which the article names nowhere (no speaker).
    assert [(q.speaker, q.rules["speaker"]) for q in quotes] == [(None, "description_mention:no_body")] * 2
    quotes = run("Front Pembebasan Selatan dalam pernyataan di Telegram menyebut laporan tersebut “sepihak” dan "
                 "menyatakan siap bekerja sama dengan lembaga bantuan.",
                 names={"Front Pembebasan Selatan": "ORG"}).quotes
    assert len(quotes) == 2 and quotes[0].speaker.name == quotes[1].speaker.name == "Front Pembebasan Selatan"


def test_a_threat_of_what_will_be_done_is_reported_speech(run):
    # mengancam akan …: what the speaker says it will do.
    q = only(run("Pemerintah Venezuela mengancam akan menutup wilayah udaranya bagi maskapai asing."))
    assert (q.text, q.speaker.name) == ("akan menutup wilayah udaranya bagi maskapai asing", "Pemerintah Venezuela")
    # Guard: someone threatened is no statement.
    assert run("Kelompok bersenjata itu mengancam warga desa yang menolak pindah.").quotes == []


def test_a_dateline_with_a_two_word_town_is_not_part_of_the_subject(run):
    text = ("REPUBLIKA.CO.ID, NEW YORK -- Pejabat senior kesehatan PBB memperingatkan bahwa wabah kolera di kota "
            "itu telah menyebar ke tiga provinsi.")
    q = only(run(text))
    assert q.text == "wabah kolera di kota itu telah menyebar ke tiga provinsi"
    # Guard: a one-word town as before.
    q = only(run(text.replace("NEW YORK", "JENEWA")))
    assert q.text == "wabah kolera di kota itu telah menyebar ke tiga provinsi"


def test_a_title_of_a_country_before_a_relative_clause_naming_others_speaks(run):
    # Menlu Qatar, yang … antara Israel dan Hamas, menyerukan …: the minister, not the clause.
    text = ("Menteri Luar Negeri Qatar Ahmad Rahman tiba di Teheran, Selasa (11/11). Menlu Qatar, yang negaranya "
            "sering menjadi penengah antara Israel dan Hamas, menyerukan semua pihak untuk menahan diri.")
    q = only(run(text))
    assert (q.text, q.speaker.name) == ("semua pihak untuk menahan diri", "Ahmad Rahman")
    # Guard: with the holder named before the clause, the name speaks as before.
    q = only(run("Menlu Qatar Ahmad Rahman, yang negaranya sering menjadi penengah antara Israel dan Hamas, "
                 "menyerukan semua pihak untuk menahan diri."))
    assert (q.speaker.name, q.speaker.role) == ("Ahmad Rahman", "Menlu Qatar")


def test_a_body_named_whole_reports_with_no_comma_after_the_verb(run):
    # Universitas X mengatakan pihaknya …, Bandara X mengatakan penerbangan …: a body's name
    # as the subject, the clause right after the verb; a record with the body as speaker,
    # the tagger's reading or none. (Lock-in: detected since before s18_misc3.)
    for text, body in (("Universitas Tirta Kencana mengatakan pihaknya akan menampung aspirasi mahasiswa.",
                        "Universitas Tirta Kencana"),
                       ("Bandara Raden Wijaya mengatakan penerbangan ke Bali ditunda karena cuaca buruk.",
                        "Bandara Raden Wijaya")):
        for names in (None, {body: "ORG"}):
            q = only(run(text, names=names))
            assert (q.type, q.speaker.name, q.speaker.kind) == ("indirect", body, "organization"), (text, names)


def test_menurut_x_then_a_nickname_set_off_opens_the_content(run):
    # Menurut Hendro, Kiki, sapaan akrab Rizki, punya …: the name set off before the nickname
    # marker is the subject of the content, not an apposition to the speaker.
    text = ("Pelatih Persebaya, Hendro Kartiko, memuji Rizki Ananda. Menurut Hendro, Kiki, sapaan akrab Rizki, "
            "punya visi bermain yang matang.")
    q = run(text).quotes[-1]
    assert (q.speaker.name, q.speaker.role) == ("Hendro Kartiko", "Pelatih Persebaya")
    assert q.text.startswith("Kiki, sapaan akrab Rizki, punya")
    # Guard: a place set off between the role and the name still runs on to the name.
    text = "Menurut Dekan Fakultas Hukum UGM, Yogyakarta, Sigit Riyanto, putusan itu keliru."
    q = run(text).quotes[-1]
    assert q.speaker.name == "Sigit Riyanto" and q.text == "putusan itu keliru"


def test_a_pronoun_and_its_predicate_are_a_clause_however_short(run):
    # membantah pihaknya lamban: two words, a pronoun subject and its predicate.
    text = ("Kepala Dinas Sosial Budi Santoso menjelaskan bantuan sudah disalurkan ke semua desa. "
            "Budi juga membantah pihaknya lamban.")
    r = run(text, names={"Budi Santoso": "PER", "Budi": "PER"})
    assert [(q.text, q.speaker.name) for q in r.quotes][-1] == ("pihaknya lamban", "Budi Santoso")
    q = only(run("Ketua panitia Rina Wati mengakui dirinya keliru.", names={"Rina Wati": "PER"}))
    assert q.text == "dirinya keliru"
    # Guard: two words with no pronoun, or a pronoun with a thing after it, are a thing
    # admitted or denied, no clause.
    for text in ["Ketua panitia Rina Wati mengakui kekalahan timnya.",
                 "Ketua panitia Rina Wati membantah kabar tersebut.",
                 "Ketua panitia Rina Wati menyebut dirinya itu."]:
        assert run(text, names={"Rina Wati": "PER"}).quotes == [], text


def test_a_pronoun_closed_by_an_adverb_or_after_a_directive_is_no_clause(run):
    # menyebut mereka lagi, menyebut dirinya sendiri: an adverb after the pronoun, which
    # is the verb's object; mengajak/meminta mereka …: whom a directive urges.
    for text in ["Ketua RT Joko Susilo menyebut mereka lagi.",
                 "Ketua panitia Rina Wati menjelaskan mereka tadi.",
                 "Ketua panitia Rina Wati menyebut dirinya sendiri.",
                 "Bupati Andi Harun mengajak mereka bersama-sama.",
                 "Kapolsek Joko Susilo mengimbau mereka segera.",
                 "Kapolsek Joko Susilo meminta mereka pulang."]:
        assert run(text, names={"Joko Susilo": "PER", "Rina Wati": "PER", "Andi Harun": "PER"}).quotes == [], text
    # Guard: a pronoun and its predicate after a speech verb are still a clause.
    q = only(run("Ketua panitia Rina Wati menegaskan pihaknya netral.", names={"Rina Wati": "PER"}))
    assert (q.text, q.speaker.name) == ("pihaknya netral", "Rina Wati")


def test_an_aside_on_how_the_subject_is_called_may_name_who_calls_them_so(run):
    # Bu Lurah, begitu ia disapa warga, mengaku …: the aside names who uses the name.
    text = ("Lurah Sukamaju, Siti Aminah, hadir dalam rapat itu. Bu Lurah, begitu ia disapa warga, mengaku "
            "sudah dua kali menerima laporan soal parkir liar.")
    q = only(run(text, names={"Siti Aminah": "PER"}))
    assert (q.text, q.speaker.name) == ("sudah dua kali menerima laporan soal parkir liar", "Siti Aminah")
    # Guard: a clause with a verb of its own set off there is no such aside.
    text = ("Lurah Sukamaju, Siti Aminah, hadir dalam rapat itu. Bu Lurah, begitu ia disapa warga yang "
            "datang melapor, mengaku sudah dua kali menerima laporan soal parkir liar.")
    assert run(text, names={"Siti Aminah": "PER"}).quotes == []


def test_begitu_ia_dipanggil_by_an_agent_makes_no_nickname_of_the_name_before(run):
    # Rudi, begitu ia dipanggil penyidik, …: as likely "as soon as he was summoned"; Rudi
    # is no nickname of the village head named before, and speaks for himself.
    for lead in ("Sementara itu, ", ""):
        text = ("Kepala Desa Sukamaju Ahmad Fauzi mengatakan warga sudah mengungsi sejak Senin.\n\n"
                f"{lead}Rudi, begitu ia dipanggil penyidik, mengaku tidak tahu apa-apa soal banjir itu.")
        r = run(text, names={"Ahmad Fauzi": "PER", "Rudi": "PER"})
        assert [q.speaker.name for q in r.quotes if "apa-apa" in q.text] == ["Rudi"], lead
        assert all(q.speaker.name != "Ahmad Fauzi" for q in r.quotes if "apa-apa" in q.text)


def test_memprakirakan_is_a_forecasters_verb_of_reporting(run):
    q = only(run("Stasiun Meteorologi Semarang sebelumnya memprakirakan hujan lebat turun hingga akhir pekan.",
                 names={"Stasiun Meteorologi Semarang": "ORG"}))
    assert (q.text, q.speaker.name) == ("hujan lebat turun hingga akhir pekan", "Stasiun Meteorologi Semarang")


def test_a_thing_conveyed_through_a_medium_is_no_statement(run):
    # menyampaikan/menulis with only a noun phrase and where it was posted: nothing said.
    text = "Penyanyi itu menyampaikan rasa harunya melalui unggahan di akun Instagram pribadinya."
    assert run(text, names={}).quotes == []
    text = "Manajer band itu menulis ucapan singkat di Instagram Story miliknya, kemarin."
    assert run(text, names={}).quotes == []
    # Near miss: a clause with its own predicate after the medium is still reported.
    text = "Manajer band itu menulis konser tetap digelar sesuai jadwal di Jakarta."
    q = only(run(text, names={}))
    assert q.text.startswith("konser tetap digelar sesuai jadwal")
    text = "Penyanyi itu menyampaikan penggemarnya di media sosial sudah menunggu album baru."
    q = only(run(text, names={}))
    assert q.text.startswith("penggemarnya di media sosial sudah menunggu")
    # Near miss: mengaku reports its bare clause, a verb root and a medium in it.
    text = "Sebagian penonton mengaku datang karena ajakan di Instagram dan grup WhatsApp."
    q = only(run(text, names={}))
    assert q.text.startswith("datang karena ajakan")


def test_words_going_on_after_the_medium_are_a_clause(run):
    # The medium phrase must close the clause: an adjective, a number or another word
    # after it is a predicate, so the words are a reported clause.
    text = "Seorang pengemudi menulis kondisi jembatan di akun Facebook miliknya retak di beberapa bagian."
    assert only(run(text, names={})).text.startswith("kondisi jembatan di akun Facebook miliknya retak")
    text = "Ketua koperasi itu menyampaikan harga pupuk di situs resmi dinas Rp 150.000 per karung."
    assert only(run(text, names={})).text.startswith("harga pupuk di situs resmi dinas Rp 150.000")
    text = "Pengurus kampung itu mengungkapkan warga di grup WhatsApp sempat resah."
    assert only(run(text, names={})).text.startswith("warga di grup WhatsApp sempat resah")
    text = "Direktur bandara itu menyampaikan target penumpang dalam siaran pers 3 juta orang selama libur."
    assert only(run(text, names={})).text.startswith("target penumpang dalam siaran pers 3 juta orang")
    # Guard: a medium phrase closed by whose it is, a name or a comma is still no clause.
    text = "Pemain itu menyampaikan salam perpisahan melalui akun Instagram resmi klub, Senin."
    assert run(text, names={}).quotes == []


def test_a_request_keeps_a_second_thing_asked_after_tetapi(run):
    text = "Camat Budi Santoso meminta warga tetap tenang, tetapi tetap waspada terhadap banjir susulan."
    r = run(text, names={"Budi Santoso": "PER"})
    assert r.quotes[-1].text == "warga tetap tenang, tetapi tetap waspada terhadap banjir susulan"


def test_memproyeksikan_and_meramalkan_are_forecasters_verbs_of_reporting(run):
    q = only(run("Bank Indonesia (BI) sebelumnya memproyeksikan pertumbuhan ekonomi tahun ini berada di kisaran "
                 "4,7-5,5 persen.", names={"Bank Indonesia": "ORG"}))
    assert (q.text, q.speaker.name) == ("pertumbuhan ekonomi tahun ini berada di kisaran 4,7-5,5 persen",
                                        "Bank Indonesia")
    q = only(run("Ekonom CORE Bagas Pramudya meramalkan harga pangan akan kembali naik menjelang akhir tahun.",
                 names={"Bagas Pramudya": "PER"}))
    assert q.text == "harga pangan akan kembali naik menjelang akhir tahun"


def test_asking_for_approval_or_leave_is_no_speech(run):
    # meminta + persetujuan/izin/restu: a step of a procedure, a thing asked for.
    res = run("PT Sinar Bahari Tbk akan meminta persetujuan pemegang saham dalam rapat umum pemegang saham "
              "luar biasa yang dijadwalkan pada 5 Mei 2025.", names={"PT Sinar Bahari Tbk": "ORG"})
    assert res.quotes == []
    res = run("Perseroan juga meminta izin regulator untuk memperpanjang masa penawaran saham.")
    assert res.quotes == []
    # Near misses: a predicate makes the noun the subject of what is asked, and a directive
    # that names whom it urges is still speech.
    q = only(run("Warga meminta izin tambang itu dicabut karena merusak sungai."))
    assert q.text == "izin tambang itu dicabut karena merusak sungai"
    q = only(run("Wali Kota Bogor Arif Rahman meminta warga untuk menghemat air selama musim kemarau.",
                 names={"Arif Rahman": "PER"}))
    assert q.text == "warga untuk menghemat air selama musim kemarau"
_RAISED = ("Kepala koperasi simpan pinjam, Hadi Pranoto (52), menjalani sidang perdana di Pengadilan Negeri "
           "Malang, Selasa (3/6/2025).\n\n{}\n\n"
           "\"Uang nasabah dipakai untuk membeli tanah atas nama istrinya,\" kata jaksa Ratna di ruang sidang.")


def test_raised_subject_passive_after_a_case_document(run):
    # Dalam surat dakwaan yang dibacakan jaksa …, terdakwa disebut menggelapkan …: the
    # indictment says the defendant did it; the whole clause, subject and predicate.
    r = run(_RAISED.format("Dalam surat dakwaan yang dibacakan jaksa penuntut umum Kejaksaan Negeri Malang, "
                           "Ratna Dewi, terdakwa disebut menggelapkan dana 140 nasabah."), published="2025-06-03")
    q = only(r, "indirect")
    assert q.text == "terdakwa disebut menggelapkan dana 140 nasabah"
    assert q.cue.text == "disebut"
    assert q.rules["detect"] == "agentless_passive:raised_subject"
    assert q.speaker.name == "Ratna Dewi"


def test_raised_subject_passive_giving_a_name_is_no_record(run):
    # Guard: disebut sebagai … gives a name or a part, no clause; nor is disebut a record
    # with no statement's document before it.
    for s in ("Dalam dakwaan, terdakwa disebut sebagai otak penggelapan dana nasabah.",
              "Terdakwa disebut menggelapkan dana 140 nasabah."):
        r = run(_RAISED.format(s), published="2025-06-03")
        assert [q.type for q in r.quotes] == ["direct"], s


def test_raised_subject_passive_needs_a_statement_someone_makes(run):
    # Dalam catatan sejarah, kerajaan itu disebut …: a record, no one's statement; a report
    # or a document with no owner named says nothing of whose words they are either.
    for s in ("Dalam catatan sejarah, kerajaan itu disebut menguasai seluruh Nusantara.",
              "Dalam laporan tersebut, Indonesia disebut menempati peringkat kelima.",
              "Dalam dokumen itu, nama Budi disebut menerima aliran dana."):
        assert [q.type for q in run(s).quotes] == [], s
    # Guard: a charge is a statement in itself; a report with its owner named is theirs.
    q = only(run("Dalam dakwaan, terdakwa disebut menggelapkan dana 140 nasabah."), "indirect")
    assert q.rules["detect"] == "agentless_passive:raised_subject"
    q = only(run("Dalam laporan Bank Dunia, Indonesia disebut menempati peringkat kelima."), "indirect")
    assert q.rules["detect"] == "agentless_passive:raised_subject"


def test_raised_subject_passive_in_a_document_of_someone_described_is_not_the_last_speaker(run):
    # Dalam dakwaan jaksa, RH disebut …: the jaksa's document, not the witness quoted just
    # before.
    text = ("Jaksa penuntut umum Melati Kusumawardani menanyakan apakah saksi menerima uang. Saksi Dimas "
            "Wicaksono mengatakan ia menerima Rp 100 juta.\n\n"
            "\"Uang itu sudah saya kembalikan,\" ucap Dimas.\n\n"
            "Dalam dakwaan jaksa, RH disebut menggelembungkan nilai tanah milik warga.")
    q = [q for q in run(text, published="2025-01-16").quotes if "RH disebut" in q.text][0]
    assert q.rules["detect"] == "agentless_passive:raised_subject"
    assert q.speaker is None or q.speaker.name != "Dimas Wicaksono"


def test_a_noun_opening_with_me_is_no_verb_without_the_tagger(run):
    # Without a tagger only a form of the active prefix (me[lmnrwy], mem[bpf], men[cdjstz],
    # meng, meny) shows a verb: mediasi, mesin, metode open a clause's subject.
    text = ("Kuasa hukum warga, Yohanes Silalahi, hadir di kantor desa. "
            "Yohanes membenarkan mediasi ketiga belum menghasilkan titik temu.")
    q = only(run(text))
    assert (q.speaker.name, q.text) == ("Yohanes Silalahi", "mediasi ketiga belum menghasilkan titik temu")
    q = only(run("Teknisi pabrik, Agus Salim, membenarkan mesin pengering itu sudah rusak sejak pekan lalu."))
    assert q.text == "mesin pengering itu sudah rusak sejak pekan lalu"
    # Guard: a thing confirmed, with no predicate, reports nothing.
    assert run("Teknisi pabrik, Agus Salim, membenarkan mediasi antara kedua pihak.").quotes == []


def test_mengancam_with_a_subject_and_a_future_marker_reports_the_threat(run):
    text = ("Ketua serikat buruh, Sutrisno Hadi, berbicara di depan pabrik. "
            "Bila upah tidak dibayar pekan ini, ia mengancam para buruh akan mogok lagi dengan jumlah lebih besar.")
    q = only(run(text))
    assert (q.speaker.name, q.text) == ("Sutrisno Hadi", "para buruh akan mogok lagi dengan jumlah lebih besar")
    # Guards: a thing threatened, or someone threatened with no future after them, reports nothing.
    assert run("Banjir bandang itu mengancam keselamatan warga di bantaran sungai.").quotes == []
    assert run("Sutrisno Hadi mengancam pedagang yang akan berjualan di trotoar.").quotes == []


def test_an_agentless_passive_after_a_press_conference_adjunct(run):
    text = ("Ketua KPK Budi Santoso memimpin konferensi pers pada Sabtu malam. Ia menjelaskan, uang itu sudah disita. "
            "Dalam konferensi pers itu pula ditegaskan bahwa kedua tersangka ditahan di rutan selama 20 hari.")
    q = run(text).quotes[-1]
    assert (q.text, q.rules["detect"]) == ("kedua tersangka ditahan di rutan selama 20 hari",
                                           "agentless_passive:statement")
    assert q.speaker.name == "Budi Santoso"
    # Guard: a passive after an adjunct naming no statement or gathering reports nothing.
    assert len(run("Ketua KPK Budi Santoso memimpin konferensi pers pada Sabtu malam. "
                   "Dalam perjalanan itu ditegaskan bahwa kedua tersangka ditahan.").quotes) == 0


def test_an_agentless_passive_at_a_press_conference_is_the_body_of_the_official_before(run):
    text = ("Direktur Penindakan KPK Bambang Irawan mengatakan tim mengamankan enam orang dalam operasi itu. "
            "Dalam konferensi pers itu pula ditegaskan bahwa seluruh tersangka ditahan selama 20 hari pertama.")
    names = {"Bambang Irawan": "PER", "KPK": "ORG"}
    q = run(text, names=names).quotes[1]
    assert q.text == "seluruh tersangka ditahan selama 20 hari pertama"
    assert (q.speaker.name, q.speaker.kind, q.rules["speaker"]) == ("KPK", "organization", "context_speaker:announcing_body")
    # Near miss: a case's document (Dalam dakwaan …) is the prosecutor's, not the body's.
    text2 = ("Jaksa penuntut umum KPK Bambang Irawan mengatakan terdakwa mengatur tiga proyek jalan. "
             "Dalam dakwaan itu pula disebutkan bahwa terdakwa menerima uang Rp 2 miliar.")
    q = run(text2, names=names).quotes[-1]
    assert q.speaker.name == "Bambang Irawan"


def test_a_directive_to_people_described_by_what_they_will_do(run):
    # mengingatkan + whom (a relative clause with hendak/akan and a place) + untuk: reported.
    q = only(run("Budi Santoso juga mengingatkan masyarakat yang hendak berlibur ke kawasan pegunungan "
                 "untuk memeriksa kondisi kendaraan."))
    assert q.text == "masyarakat yang hendak berlibur ke kawasan pegunungan untuk memeriksa kondisi kendaraan"
    # Near miss: a thing asked for, then from whom: nothing said.
    assert run("Kepala desa itu meminta uang yang banyak kepada kontraktor untuk memuluskan proyek.").quotes == []


def test_a_narrative_verb_reports_a_clause_with_its_subject_and_predicate(run):
    q = only(run("Andi menceritakan anaknya sudah tiga hari demam."))
    assert q.text == "anaknya sudah tiga hari demam"
    q = only(run("Andi menceritakan detik-detik gempa terjadi saat ia sedang tidur."))
    assert q.text == "detik-detik gempa terjadi saat ia sedang tidur"
    # Near misses: a thing told.
    assert run("Andi menceritakan pengalamannya saat bekerja di Jepang.").quotes == []
    assert run("Andi menceritakan kisah hidupnya kepada wartawan yang menemuinya.").quotes == []


def test_a_narrative_verb_reports_a_ter_verb_before_a_clause_of_time_or_cause(run):
    # menceritakan + subject + a ter- verb of what befell it + setelah/karena …: what happened.
    q = only(run("Seorang penumpang, Joko (33), menceritakan bus terguling setelah menghantam pembatas jalan."))
    assert q.text == "bus terguling setelah menghantam pembatas jalan"
    q = only(run("Ibu itu menceritakan warungnya terbakar karena tabung gas bocor."))
    assert q.text == "warungnya terbakar karena tabung gas bocor"
    # Near misses: a ter- word with nothing of time or cause after it, or a noun with the prefix.
    assert run("Joko menceritakan bus terguling di tol.").quotes == []
    assert run("Joko menceritakan perjalanannya ke terminal setelah hujan reda.").quotes == []
    # A superlative or a noun with the same prefix before a clause of time is no predicate:
    # a thing told, described.
    for text in ("Ibu itu menceritakan hari terakhir sebelum anaknya merantau ke kota.",
                 "Warga menceritakan situasi terkini setelah air surut kepada petugas.",
                 "Pedagang menceritakan antrean terminal ketika libur panjang dimulai.",
                 "Polisi menceritakan kronologi tersangka sebelum ditangkap kepada wartawan."):
        assert run(text).quotes == [], text


def test_a_claimed_clause_whose_predicate_follows_a_so_far_adverb_after_a_relative_clause(run):
    # mengklaim + noun + yang … + sejauh ini + an adjective: the adjective is the predicate.
    q = only(run("Bupati Sleman Hartono mengklaim tanggapan yang masuk sejauh ini baik."))
    assert q.text == "tanggapan yang masuk sejauh ini baik"
    # Near misses: nothing after the adverb, or a phrase opening after it: a thing claimed.
    assert run("Hartono mengklaim dukungan yang diterima selama ini.").quotes == []
    assert run("Hartono mengklaim dukungan yang diterima selama ini dari warga desa.").quotes == []
    # An adverb right after yang opens the relative clause: the word after it is that
    # clause's verb, not the predicate; a thing promised and whom it is for.
    assert run("Bupati menjanjikan bantuan bagi keluarga yang hingga kini tinggal di tenda darurat.").quotes == []
    assert run("Gubernur menjanjikan ganti rugi bagi petani yang sampai saat ini kehilangan lahan garapan.").quotes == []


def test_melanjutkan_an_activity_is_no_statement(run):
    assert run("JAKARTA - Tim gabungan kembali melanjutkan pencarian terhadap dua pendaki yang hilang "
               "di Gunung Salak, Selasa (3/3/2026).", published="2026-03-03").quotes == []
    # Near miss: melanjutkan with a comma or bahwa goes on with what was said.
    q = only(run("Kepala Basarnas Budi Santoso melanjutkan, pencarian akan diperluas hingga ke lembah."))
    assert q.text == "pencarian akan diperluas hingga ke lembah"
    q = only(run("Kepala Basarnas Budi Santoso melanjutkan bahwa pencarian akan diperluas hingga ke lembah."))
    assert q.text == "pencarian akan diperluas hingga ke lembah"


def test_a_closing_adjunct_naming_the_speech_ends_the_reported_words(run):
    # …, dalam pidatonya pada Sidang …: where the words were said, set off by a comma.
    q = only(run("Menteri Kesehatan RI Andi Wijaya menyerukan penguatan sistem kesehatan global, termasuk "
                 "pendanaan vaksin, dalam pidatonya pada Sidang Majelis Kesehatan Dunia di Jenewa."))
    assert q.text == "penguatan sistem kesehatan global, termasuk pendanaan vaksin"
    # Guard: an adjunct with a verb after the comma is part of what was said.
    q = only(run("Menteri Kesehatan RI Andi Wijaya mengatakan stok vaksin cukup, dalam keterangan yang "
                 "menyebut jumlahnya meningkat."))
    assert q.text.endswith("jumlahnya meningkat")


def test_a_town_dateline_below_a_long_page_header_is_no_part_of_a_bodys_name(run):
    # An outlet's name, a headline, a byline (Nama - Outlet), a date line and a photo
    # caption with no full stop stand above the lede: however many, they are no article
    # text, and the town and its dash opening the lede are no part of the subject.
    head = ("Warta Kita\nBerita\nPanitia Minta Peserta Daftar Ulang Sebelum Tenggat\n"
            "Rina Hapsari - Warta Kita\nKamis, 4 Sep 2025 09:30 WIB\n\n"
            "Ketua panitia Yusuf Mahendra (Foto: Dok. Warta Kita)\n\n")
    lede = ("Bandung - Lembaga Sensor Nasional (LSN) meminta rumah produksi segera mendaftarkan ulang "
            "film mereka. LSN menilai banyak rumah produksi masih menunda pendaftaran.")
    quotes = run(head + lede).quotes
    assert [q.speaker.name for q in quotes] == ["Lembaga Sensor Nasional"] * 2
    # Near miss: after four sentences of article text ending in full stops, the town and
    # its dash open no lede, and the subject is not cut after the dash.
    body = ("Rumah produksi antre di kantor itu. Berkas menumpuk di meja. "
            "Petugas bekerja lembur. Antrean mengular.\n\n")
    doc = build_document(head + body + lede)
    verb = next(t for t in doc.tokens if t.text == "meminta")
    assert subject_before(doc, verb.i, load_lexicon())[0].text == "Bandung"


def test_mengungkap_reports_a_clause_with_its_own_subject_and_predicate(run):
    q = only(run("Badan Pengawas Pemilu (Bawaslu) mengungkap praktik jual beli suara masih terjadi di tiga "
                 "kecamatan."))
    assert (q.text, q.speaker.name) == ("praktik jual beli suara masih terjadi di tiga kecamatan",
                                        "Badan Pengawas Pemilu")
    # Near miss: a thing revealed, even one a relative clause describes, is no statement.
    assert run("Polisi mengungkap jaringan penipu yang beroperasi di tiga kota.").quotes == []
    assert run("Polisi mengungkap kasus pencurian kabel di Bekasi.").quotes == []
    # … nor one a purpose follows: its verb is the thing's use, no predicate.
    assert run("Polisi mengungkap modus baru yang dipakai penyelundup untuk mengirim barang ke luar negeri.",
               names={"Polisi": "ORG"}).quotes == []


def test_a_task_described_before_a_speech_verb_reports_nothing(run):
    # Tim itu bertugas memastikan …: what the team is there to do, no one's words; the
    # pronoun after it still points back to the official who spoke.
    text = ("Kepala Dinas Perikanan Jawa Tengah Budi Santosa mengatakan produksi ikan naik 5 persen. "
            "Budi menjelaskan pemerintah provinsi telah membentuk satuan tugas pengawas harga ikan. "
            "Tim itu bertugas memastikan harga di tingkat nelayan tidak anjlok saat musim panen. "
            "Menurut dia, pekan lalu harga ikan di sejumlah pelabuhan sempat turun tajam.")
    r = run(text, names={"Budi Santosa": "PER"})
    assert [(q.speaker.name, q.text[:20]) for q in r.quotes] == [
        ("Budi Santosa", "produksi ikan naik 5"), ("Budi Santosa", "pemerintah provinsi "),
        ("Budi Santosa", "pekan lalu harga ika")]
    assert run("Petugas itu ditugasi mengumumkan hasil undian kepada peserta lomba.").quotes == []
    # Guards: the same verb with no task before it reports; so does an authority (pihak
    # berwenang) that speaks.
    q = only(run("Ketua satgas Budi Santosa memastikan harga di tingkat nelayan tidak anjlok saat musim panen.",
                 names={"Budi Santosa": "PER"}))
    assert q.text == "harga di tingkat nelayan tidak anjlok saat musim panen"
    q = only(run("Pejabat berwenang Budi Santosa menyatakan jalur itu ditutup sementara.", names={"Budi Santosa": "PER"}))
    assert q.text == "jalur itu ditutup sementara"


def test_optimistis_with_a_clause_reports_it(run):
    # An attitude adjective with a clause (Ia optimistis …), as yakin: the clause is reported.
    text = ("Direktur Utama PT Maju Jaya Rudi Hartanto mengatakan penjualan naik 10 persen. "
            "Ia optimistis permintaan dalam negeri dapat menopang kinerja perusahaan tahun depan.")
    r = run(text, names={"Rudi Hartanto": "PER"})
    assert [(q.speaker.name, q.text) for q in r.quotes] == [
        ("Rudi Hartanto", "penjualan naik 10 persen"),
        ("Rudi Hartanto", "permintaan dalam negeri dapat menopang kinerja perusahaan tahun depan")]
    q = only(run("Ekonom Sari Utami pesimistis target pertumbuhan tercapai tahun ini.", names={"Sari Utami": "PER"}))
    assert (q.speaker.name, q.text) == ("Sari Utami", "target pertumbuhan tercapai tahun ini")
    # merasa before the adjective is no part of the subject (Presiden merasa optimistis …).
    text = ("Presiden Joko Susilo meresmikan bandara itu. Sesudah pandemi terkendali, Presiden merasa "
            "optimistis jumlah penumpang bakal meningkat drastis.")
    q = only(run(text, names={"Joko Susilo": "PER"}))
    assert (q.speaker.name, q.text) == ("Joko Susilo", "jumlah penumpang bakal meningkat drastis")
    # Guards: the adjective alone, or about a thing, reports nothing.
    assert run("Meski penjualan turun, Rudi Hartanto tetap optimistis.", names={"Rudi Hartanto": "PER"}).quotes == []
    assert run("Rudi Hartanto optimistis terhadap pasar ekspor.", names={"Rudi Hartanto": "PER"}).quotes == []
    assert run("Rudi Hartanto optimistis menghadapi persaingan pasar ekspor.", names={"Rudi Hartanto": "PER"}).quotes == []


def test_an_attitude_adjective_yields_to_a_postposed_cue_and_never_modifies_a_noun(run):
    # X optimistis …, kata Y: the postposed cue's speaker says the whole clause, not X.
    names = {"Sari Utami": "PER", "Rudi Hartanto": "PER"}
    q = only(run("Perusahaan optimistis ekspor kopi naik tahun ini, kata Direktur Utama Rudi Hartanto.",
                 names=names))
    assert (q.speaker.name, q.text) == ("Rudi Hartanto", "Perusahaan optimistis ekspor kopi naik tahun ini")
    q = only(run("Pelatih Ahmad Fauzi yakin timnya mampu juara, ujar manajer tim Sari Utami.",
                 names={"Sari Utami": "PER", "Ahmad Fauzi": "PER"}))
    assert q.speaker.name == "Sari Utami"
    # A modifier (yang terlalu optimistis itu) reports nothing.
    assert run("Target yang terlalu optimistis itu dinilai tidak realistis oleh ekonom Sari Utami.",
               names=names).quotes == []
    # Guard: no postposed cue, the adjective's subject says the clause.
    q = only(run("Rudi Hartanto optimistis ekspor kopi naik tahun ini meski harga turun.", names=names))
    assert (q.speaker.name, q.text[:21]) == ("Rudi Hartanto", "ekspor kopi naik tahu")


def test_a_reporting_verb_yields_to_a_postposed_cue_that_names_its_speaker(run):
    # X menilai …, kata Y: as after an attitude adjective, the postposed cue's speaker says
    # the whole clause, X's view with it; no record for X whose words hold Y's cue.
    names = {"Rudi Hartanto": "PER", "Sari Utami": "PER"}
    for verb in ("menilai", "mengatakan"):
        q = only(run(f"Dinas Perikanan {verb} stok ikan akan pulih bulan depan, kata Kepala Dinas Rudi Hartanto.",
                     names=names))
        assert (q.speaker.name, q.text) == ("Rudi Hartanto", f"Dinas Perikanan {verb} stok ikan akan pulih bulan depan")
    q = only(run("Ahmad Fauzi menilai stok ikan akan pulih bulan depan, kata Rudi Hartanto.",
                 names={**names, "Ahmad Fauzi": "PER"}))
    assert (q.speaker.name, q.text) == ("Rudi Hartanto", "Ahmad Fauzi menilai stok ikan akan pulih bulan depan")
    q = only(run("Para nelayan meminta pemerintah menunda larangan cantrang, ujar Ketua HNSI Sari Utami kepada "
                 "wartawan, Senin (3/3/2025).", "2025-03-04", names=names))
    assert (q.speaker.name, q.text) == ("Sari Utami", "Para nelayan meminta pemerintah menunda larangan cantrang")
    # A cue with -nya or a pronoun after a person's own verb is that person's: the words end
    # before it; after a body's verb it is someone the article quotes, who says it all.
    q = only(run("Harga solar naik pekan lalu. Rudi Hartanto menilai stok ikan akan pulih bulan depan, katanya.",
                 names=names))
    assert (q.speaker.name, q.text) == ("Rudi Hartanto", "stok ikan akan pulih bulan depan")
    text = ("Kepala Dinas Perikanan Rudi Hartanto meninjau pelabuhan, Senin (3/3/2025). Dinas Perikanan menilai stok "
            "ikan akan pulih bulan depan, katanya.")
    q = run(text, "2025-03-04", names=names).quotes[-1]
    assert (q.speaker.name, q.text) == ("Rudi Hartanto", "Dinas Perikanan menilai stok ikan akan pulih bulan depan")
    # Guards: a comma and a cue word that names no one (jelas, an adverb), or no cue, leave
    # the verb's subject its clause.
    q = only(run("Rudi Hartanto mengatakan, keberanian nelayan melapor, jelas menunjukkan pengawasan masih lemah.",
                 names=names))
    assert q.speaker.name == "Rudi Hartanto" and q.text.endswith("pengawasan masih lemah")
    q = only(run("Rudi Hartanto menilai stok ikan akan pulih, karena musim angin barat telah lewat.", names=names))
    assert (q.speaker.name, q.text) == ("Rudi Hartanto", "stok ikan akan pulih, karena musim angin barat telah lewat")
    # A cue word naming someone with a clause going on after it is used in another sense
    # (sebut saja X: a name given in passing): the verb's subject keeps the clause.
    q = only(run("Polisi mengatakan seorang saksi, sebut saja Sari, melihat pencuri lari membawa tas.",
                 names={"Sari": "PER"}))
    assert (q.speaker.name, q.text) == ("Polisi", "seorang saksi, sebut saja Sari, melihat pencuri lari membawa tas")
    q = only(run("Rudi Hartanto mengatakan seorang nelayan, sebut saja Joko, hilang sejak pekan lalu.",
                 names={**names, "Joko": "PER"}))
    assert q.speaker.name == "Rudi Hartanto" and q.text.startswith("seorang nelayan, sebut saja Joko, hilang")


def test_menjanjikan_with_a_clause_reports_it_and_with_a_thing_does_not(run):
    text = ("Wali Kota Bogor Arif Rahman meninjau lokasi longsor pada Rabu. "
            "Ia menjanjikan perbaikan jalan yang rusak akan dimulai bulan depan.")
    q = only(run(text, names={"Arif Rahman": "PER"}))
    assert (q.speaker.name, q.text, q.cue.text) == (
        "Arif Rahman", "perbaikan jalan yang rusak akan dimulai bulan depan", "menjanjikan")
    # Guards: a thing promised, and whom it is for, is no statement; nor a promising thing.
    text = ("Wali Kota Bogor Arif Rahman meninjau lokasi longsor pada Rabu. "
            "Ia menjanjikan bantuan bagi warga yang rumahnya rusak.")
    assert run(text, names={"Arif Rahman": "PER"}).quotes == []
    assert run("Investasi itu dinilai menjanjikan bagi petani muda.").quotes == []
    # Guard: whom a thing is for after untuk (a noun, no verb) is no one urged, no clause.
    assert run("Bupati Sleman Arif Rahman menjanjikan beasiswa untuk pelajar miskin di wilayahnya.",
               names={"Arif Rahman": "PER"}).quotes == []
    assert run("Panitia menjanjikan hadiah Rp 50 juta untuk juara lomba itu.").quotes == []
    assert run("Calon wali kota itu menjanjikan pembangunan pasar dan beasiswa untuk anak nelayan.").quotes == []
    # ... while untuk before a verb still reports the promise.
    q = only(run("Wali Kota Bogor Arif Rahman menjanjikan untuk memperbaiki saluran air sebelum musim hujan.",
                 names={"Arif Rahman": "PER"}))
    assert q.text == "untuk memperbaiki saluran air sebelum musim hujan"
    # ... and agar (a conjunction) opens a clause whose own subject comes first.
    q = only(run("Insinyur Dewi Lestari mengusulkan tipe jembatan lengkung agar konstruksi tidak mengganggu "
                 "lalu lintas.", names={"Dewi Lestari": "PER"}))
    assert q.text.endswith("agar konstruksi tidak mengganggu lalu lintas")


def test_an_attitude_adjective_reports_a_clause_opening_with_a_time(run):
    # yakin saat ini …: a time opens the clause, no preposition's object.
    q = only(run("Ekonom Sari Utami yakin saat ini ekonomi mulai pulih.", names={"Sari Utami": "PER"}))
    assert q.text == "saat ini ekonomi mulai pulih"
    assert run("Sari Utami yakin pada kemampuan timnya.", names={"Sari Utami": "PER"}).quotes == []


def test_mengungkap_a_thing_a_verb_describes_is_no_statement(run):
    # mengungkap + noun + bare verb: the case uncovered and what it used or involved
    # (a reduced relative clause), nothing said.
    assert run("Polisi mengungkap kasus penipuan menggunakan modus undian berhadiah.").quotes == []
    assert run("Kejaksaan mengungkap korupsi dana sekolah melibatkan dua pejabat dinas.").quotes == []
    assert run("Bea Cukai mengungkap penyelundupan satwa langka melalui pelabuhan kecil.").quotes == []
    # Guard: a predicate marker opens a predicate of its own subject, past a relative clause.
    assert only(run("Ombudsman mengungkap pungutan liar masih terjadi di sejumlah sekolah.")).text \
        == "pungutan liar masih terjadi di sejumlah sekolah"
    assert only(run("Polisi mengungkap pelaku yang ditangkap kemarin sudah dua kali mencuri.")).text \
        == "pelaku yang ditangkap kemarin sudah dua kali mencuri"


def test_a_relative_clause_and_for_whom_keep_the_predicate_after_them(run):
    # yang … untuk + noun: for whom the thing was meant; the predicate follows it.
    q = only(run("Kapolres Bogor AKBP Budi Santoso mengonfirmasi logistik yang dikirim untuk pengungsi sudah tiba."))
    assert (q.text, q.speaker.name) == ("logistik yang dikirim untuk pengungsi sudah tiba", "Budi Santoso")
    q = only(run("Kepala Dinas Sosial Rina Hapsari membenarkan bantuan yang disiapkan untuk warga belum cair."))
    assert q.text == "bantuan yang disiapkan untuk warga belum cair"
    # Guard: yang … untuk + verb is the thing's purpose (test_mengungkap_reports_a_clause_…).
    assert run("Kepala Dinas Sosial Rina Hapsari membenarkan bantuan yang disiapkan untuk membantu warga.").quotes == []


def test_lines_ending_in_a_question_or_exclamation_or_quote_mark_are_article_text(run):
    # Quotes ending in ! or ? are article text, not header lines: a name set off by dashes
    # far below them is no town dateline, and keeps its description.
    text = ('Warga mengeluhkan jalan rusak.\n\n"Sudah setahun jalan ini rusak!"\n\n"Kami harus memutar!"\n\n'
            '"Kapan diperbaiki?"\n\nSiti Aminah - warga RT 05 - mengatakan ia sudah melapor ke kecamatan.')
    q = only(run(text), "indirect")
    assert (q.text, q.speaker.name, q.speaker.role) == ("ia sudah melapor ke kecamatan", "Siti Aminah", "warga RT 05")


def test_a_closing_adjunct_of_alternatives_or_a_bare_statement_noun_is_part_of_the_words(run):
    # lewat X maupun Y, dalam X dan Y: how what was asked is to be done.
    q = only(run("Bupati meminta warga tidak menyebarkan kabar bohong, lewat ucapan maupun unggahan di media sosial."))
    assert q.text == "warga tidak menyebarkan kabar bohong, lewat ucapan maupun unggahan di media sosial"
    # A bare noun, no one's (no -nya) and no statement named after it: part of what was asked.
    q = only(run("Hakim meminta terdakwa berkata jujur, dalam kesaksian di depan majelis."))
    assert q.text == "terdakwa berkata jujur, dalam kesaksian di depan majelis"
    q = only(run("Presiden meminta para menteri tidak menyebarkan kabar yang belum pasti, lewat keterangan resmi "
                 "maupun unggahan di media sosial."))
    assert q.text.endswith("belum pasti, lewat keterangan resmi maupun unggahan di media sosial")
    # Guard: the speaker's own statement (-nya), or one a closing noun names, ends the
    # words, and so do two such joined by dan.
    for adjunct in ("dalam keterangannya", "melalui keterangan tertulis", "dalam pidatonya di depan warga",
                    "melalui keterangan tertulis dan unggahan di Instagram"):
        q = only(run(f"Kepala Dinas Sosial Rina Hapsari mengatakan bantuan segera cair, {adjunct}."))
        assert q.text == "bantuan segera cair"


def test_a_preposition_shaped_like_a_verb_is_no_predicate(run):
    # melalui, mengenai open a phrase on the thing confirmed: no clause, nothing said.
    assert run("Kepala Bea Cukai Rina Hapsari membenarkan penyelundupan benih lobster melalui bandara itu.").quotes == []
    assert run("Kepala Bea Cukai Rina Hapsari mengonfirmasi laporan mengenai penyelundupan benih lobster.").quotes == []
    # Guard: a predicate after the phrase still makes a clause.
    q = only(run("Kepala Bea Cukai Rina Hapsari mengonfirmasi penyelundupan melalui bandara sudah berlangsung lama."))
    assert q.text == "penyelundupan melalui bandara sudah berlangsung lama"


def test_melanjutkan_with_a_subject_and_its_predicate_goes_on_saying(run):
    # Ia melanjutkan + a clause with its own subject and predicate: what was said, no comma needed.
    q = only(run("Menteri Perhubungan Budi Santosa melanjutkan pemerintah akan menambah 20 kapal perintis tahun depan."))
    assert q.text == "pemerintah akan menambah 20 kapal perintis tahun depan"
    q = run("Ketua Bawaslu Rahmat Bagja menjelaskan jadwal pengawasan. "
            "Ia melanjutkan pengawas sudah disiagakan di seluruh kecamatan.").quotes[-1]
    assert q.text == "pengawas sudah disiagakan di seluruh kecamatan"
    # Near miss: going on with an activity (an abstract noun first) says nothing.
    assert run("Petugas gabungan melanjutkan penyisiran korban longsor di lereng bukit itu.").quotes == []


def test_a_narrative_verb_before_an_abstract_or_statement_noun_tells_a_thing(run):
    # menceritakan pengalaman pahit menjadi …: the thing told, though a me- verb follows.
    assert run("Warsini menceritakan pengalaman pahit menjadi buruh pabrik di Batam.").quotes == []
    assert run("Dalam bukunya, Rudi mengisahkan perjuangan ayahnya menghidupi tujuh anak.").quotes == []
    assert run("Warsini menceritakan kisah anaknya merantau ke Batam.").quotes == []
    # Guard: a subject and predicate after it still report (anaknya sudah … demam).
    q = only(run("Seorang ibu menceritakan bayinya sudah dua hari tidak mau menyusu."))
    assert q.text == "bayinya sudah dua hari tidak mau menyusu"


def test_a_doers_noun_pointing_back_after_a_channel_speaks(run):
    # Lewat unggahan di Instagram pada Rabu (15/4/2026), pelantun "Lagu Hujan" itu
    # mengaku …: the channel set off before it names no one; the description pointing
    # back is the subject, the singer told of before.
    text = ("Penyanyi Rara Anggita merilis album baru. Lewat unggahan di Instagram pada Rabu (15/4/2026), "
            "pelantun \"Lagu Hujan\" itu mengaku tidak pernah menerima pembagian hasil penjualan selama tiga tahun.")
    q = only(run(text, names={"Rara Anggita": "PER"}))
    assert (q.text, q.speaker.name) == (
        "tidak pernah menerima pembagian hasil penjualan selama tiga tahun", "Rara Anggita")
    # Guard: a lowercase noun phrase with no doer's noun opening it is no subject.
    text = ("Penyanyi Rara Anggita merilis album baru. Lewat unggahan di Instagram pada Rabu (15/4/2026), "
            "lagu baru itu mengaku tidak pernah menerima pembagian hasil penjualan selama tiga tahun.")
    assert not [q for q in run(text, names={"Rara Anggita": "PER"}).quotes if q.speaker is not None
                and q.text.startswith("tidak pernah")]


def test_menurut_a_law_is_no_ones_statement(run):
    # … pulau kecil yang, menurut Undang-Undang X, tidak boleh ditambang: what the law
    # provides, no record.
    text = ("Desa itu tergolong kawasan lindung yang, menurut Undang-Undang Perlindungan Nelayan dan "
            "Petambak Garam, tidak boleh ditambang.")
    assert run(text).quotes == []
    assert run("Menurut Pasal 35 Undang-Undang Kehutanan, hutan lindung tidak boleh dijadikan area tambang.").quotes == []
    # Guard: menurut a person is their statement.
    q = only(run("Desa itu, menurut Budi Santoso, tidak boleh ditambang.", names={"Budi Santoso": "PER"}))
    assert (q.speaker.name, q.rules["detect"]) == ("Budi Santoso", "according_to")


def test_menurut_a_person_whose_name_is_a_laws_short_form_is_their_statement(run):
    # Menurut Uu, … after Wakil Gubernur Uu Ruzhanul Ulum: Uu is a given name, not UU (a
    # law's short form, matched as written); menurut UU No 5/2014 still reports nothing.
    text = ("Wakil Gubernur Jawa Barat Uu Ruzhanul Ulum meninjau lokasi longsor di Sumedang. "
            "Menurut Uu, pemerintah provinsi siap membantu para korban.")
    q = only(run(text, names={"Uu Ruzhanul Ulum": "PER", "Uu": "PER"}))
    assert q.speaker.name == "Uu Ruzhanul Ulum"
    text = ("Menurut Uu Ruzhanul Ulum, pemerintah provinsi siap membantu para korban.")
    assert only(run(text, names={"Uu Ruzhanul Ulum": "PER"})).speaker is not None
    assert run("Menurut UU Nomor 5 Tahun 2014, pegawai negeri tidak boleh berpolitik.").quotes == []


def test_a_cue_between_commas_after_a_bare_subject_reports_a_short_predicate(run):
    # Tangkapan nelayan, kata dia, turun hingga separuh.: the cue interrupts the clause
    # after its subject; the three words after it are the predicate it lacks.
    text = ("Kepala Desa Sukamaju, Budi Santoso, mengatakan air sungai berubah keruh sejak tambang dibuka. "
            "Tangkapan nelayan, kata dia, turun hingga separuh.")
    r = run(text, names={"Budi Santoso": "PER"})
    [q] = [q for q in r.quotes if q.rules["detect"] == "trailing_cue"]
    assert (q.text, q.speaker.name) == ("Tangkapan nelayan, kata dia, turun hingga separuh", "Budi Santoso")
    # Guard: an adjunct after the cue is the cue's, no predicate.
    text = ("Kepala Desa Sukamaju, Budi Santoso, mengatakan air sungai berubah keruh sejak tambang dibuka. "
            "Hasil tangkapan nelayan, kata dia, saat ditemui.")
    assert not [q for q in run(text, names={"Budi Santoso": "PER"}).quotes if q.rules["detect"] == "trailing_cue"]


def test_conveying_a_thing_and_where_reports_no_clause(run):
    # menyampaikan aspirasi dalam rapat dengar pendapat …: a thing conveyed and where.
    text = "Perwakilan warga menyampaikan aspirasi dalam rapat dengar pendapat di Komisi II DPRD Jember kemarin."
    assert run(text).quotes == []
    assert run("Ketua RT Budi Santoso menyampaikan keluhannya kepada anggota dewan.",
               names={"Budi Santoso": "PER"}).quotes == []
    # Guard: a predicate after the noun makes it a clause.
    q = only(run("Ketua RT Budi Santoso menyampaikan keluhan warga sudah lama diabaikan dinas.",
                 names={"Budi Santoso": "PER"}))
    assert (q.text, q.speaker.name) == ("keluhan warga sudah lama diabaikan dinas", "Budi Santoso")


def test_a_conveyed_noun_with_no_link_after_it_opens_a_clause(run):
    # mengungkapkan harapannya timnya …: a content clause with no verb-shaped word (an
    # adjective or nominal predicate) is still what was said, with no where or to whom after the noun.
    q = only(run("Pelatih tim tuan rumah mengungkapkan harapannya anak asuhnya juara liga tahun depan."))
    assert q.text == "harapannya anak asuhnya juara liga tahun depan"
    q = only(run("Ketua RW menyampaikan keluhan penghuni kekurangan air bersih sejak kemarau panjang."))
    assert q.text == "keluhan penghuni kekurangan air bersih sejak kemarau panjang"
    # Guard: a link within two words after the noun (dalam, kepada) makes it a thing conveyed and where.
    assert run("Para nelayan menyampaikan aspirasi dalam audiensi di kantor bupati pekan lalu.").quotes == []
    assert run("Camat menyampaikan pesan bupati kepada para pengungsi banjir.").quotes == []


def test_a_speech_verb_joined_to_a_clause_about_the_speaker_s_own_side_ends_the_first_record(run):
    # menyatakan pihaknya tidak … dan menyebut …: the clause denies of the speaker's side,
    # so the charge after dan is the speaker's second act, not part of the denial; it is
    # judged as after a denial verb (membantah … dan menyebut …).
    quotes = run("Ketua paguyuban itu, Ahmad Yani, menyatakan pihaknya tidak terlibat dalam bentrokan di pasar "
                 "dan menyebut pedagang luar sebagai penyulut keributan.", names={"Ahmad Yani": "PER"}).quotes
    assert [q.text for q in quotes][0] == "pihaknya tidak terlibat dalam bentrokan di pasar"
    # … and so after a clause of the side's own that denies nothing, where the joined verb
    # is a charge, only ever said.
    quotes = run("Ketua paguyuban itu, Ahmad Yani, menyatakan pihaknya menyesalkan bentrokan di pasar "
                 "dan menuding pedagang luar sebagai penyulut keributan.", names={"Ahmad Yani": "PER"}).quotes
    assert [q.text for q in quotes][0] == "pihaknya menyesalkan bentrokan di pasar"
    # Guards: the side's own doing told, the joined verb its second act (what it will do or
    # is ready for), stays inside the words.
    for told in ("pihaknya akan mengaudit laporan keuangan koperasi dan menilai apakah ada penyimpangan",
                 "dirinya siap dipanggil jaksa dan menyebutkan siapa saja penerima aliran dana itu",
                 "pihaknya telah memanggil para pengurus serta menilai kinerja mereka selama setahun"):
        q = only(run(f"Ketua paguyuban itu, Ahmad Yani, menyatakan {told}.", names={"Ahmad Yani": "PER"}))
        assert q.text == told
    # … and where the charge is a clause, it is a record of its own.
    quotes = run("Ketua paguyuban itu, Ahmad Yani, menyatakan pihaknya tidak terlibat dalam bentrokan di pasar "
                 "dan menyebut pedagang luar telah merusak lapak warga.", names={"Ahmad Yani": "PER"}).quotes
    assert [(q.text, q.speaker.name) for q in quotes] == [
        ("pihaknya tidak terlibat dalam bentrokan di pasar", "Ahmad Yani"),
        ("pedagang luar telah merusak lapak warga", "Ahmad Yani")]
    # Guard: a clause with another subject keeps the joined verb as that subject's act.
    q = only(run("Ketua paguyuban itu, Ahmad Yani, menyatakan petugas menertibkan dua lapak dan menyebut mereka "
                 "sebagai pelanggar aturan.", names={"Ahmad Yani": "PER"}))
    assert q.text == "petugas menertibkan dua lapak dan menyebut mereka sebagai pelanggar aturan"


def test_menuntut_someone_to_act_reports_a_demand_but_a_thing_demanded_is_no_speech(run):
    q = only(run("Ketua Serikat Nelayan Joko Purnomo menuntut pemerintah provinsi mencabut izin tambang pasir."))
    assert (q.speaker.name, q.text) == ("Joko Purnomo", "pemerintah provinsi mencabut izin tambang pasir")
    assert run("Ketua Serikat Nelayan Joko Purnomo menuntut keadilan bagi keluarga korban.").quotes == []
    assert run("Jaksa Penuntut Umum Rina Kartika menuntut terdakwa lima tahun penjara.").quotes == []
    assert run("Ratusan pekerja hotel mogok kerja menuntut pemberian upah layak.").quotes == []
    # An adjective (demanding), and a prosecutor's sentencing demand against a named
    # defendant, are no demand voiced.
    assert run("Ia masih mengingat beberapa adegan, terutama soal cinta remaja terlalu menuntut dan saling menyakiti.").quotes == []
    names = {"Rina Kartika": "PER", "Darmawan": "PER"}
    assert run("Jaksa Rina Kartika juga menuntut Darmawan membayar uang pengganti Rp 2 miliar.", names=names).quotes == []
    assert run("Jaksa juga menuntut Darmawan membayar uang pengganti Rp 2 miliar.").quotes == []


def test_occasion_with_an_event_name_and_its_acronym_before_the_day(run):
    # The event's name and its bracketed acronym make the occasion no longer than a
    # short one: what was said starts after the day, which dates it.
    text = ("Kepala Eksekutif Pengawas Pasar Modal OJK Bambang Hermawan mengatakan dalam konferensi pers "
            "Rapat Dewan Komisioner Bulanan (RDKB) secara daring, Selasa (22/4/2025), aturan tersebut "
            "ditargetkan terbit pada semester II/2025.")
    q = only(run(text, published="2025-04-23", names={"Bambang Hermawan": "PER"}))
    assert q.text == "aturan tersebut ditargetkan terbit pada semester II/2025"
    assert q.date.isoformat() == "2025-04-22"


def test_long_lowercase_adjunct_before_the_day_is_still_no_occasion(run):
    # Guard: thirteen lowercase words are counted one by one, as before.
    text = ("Bambang Hermawan mengatakan dalam pertemuan rutin bulanan para pengurus dan anggota koperasi "
            "simpan pinjam secara daring, Selasa (22/4/2025), aturan tersebut ditargetkan terbit pada "
            "semester II/2025.")
    q = only(run(text, published="2025-04-23", names={"Bambang Hermawan": "PER"}))
    assert q.text.startswith("dalam pertemuan rutin")


def test_contrasting_second_request_after_a_subjectless_clause_is_its_own_record(run):
    text = ("Asosiasi Pedagang Aset Digital menyatakan mendukung penguatan aturan pencatatan, tetapi "
            "meminta OJK untuk memberi masa transisi paling sedikit enam bulan.")
    r = run(text, names={"Asosiasi Pedagang Aset Digital": "ORG"})
    assert [q.text for q in r.quotes] == ["mendukung penguatan aturan pencatatan",
                                          "OJK untuk memberi masa transisi paling sedikit enam bulan"]
    assert {q.speaker.name for q in r.quotes} == {"Asosiasi Pedagang Aset Digital"}


def test_contrasting_request_after_a_clause_with_its_own_subject_stays_inside(run):
    # Guard: the request may be the reported subject's (pemerintah … meminta warga).
    text = ("Budi Santoso mengatakan pemerintah akan menaikkan tarif, tetapi meminta warga untuk "
            "tetap tenang.")
    q = only(run(text, names={"Budi Santoso": "PER"}))
    assert q.text == "pemerintah akan menaikkan tarif, tetapi meminta warga untuk tetap tenang"


def test_contrasting_second_request_after_juga_is_its_own_record_too(run):
    # juga between the joiner and the directive: the joiner is still the contrastive one.
    text = ("Ikatan Pedagang Pasar Lama menyatakan mendukung rencana relokasi, tetapi juga "
            "meminta dinas perdagangan untuk menyiapkan kios sementara.")
    r = run(text, names={"Ikatan Pedagang Pasar Lama": "ORG"})
    assert [q.text for q in r.quotes] == ["mendukung rencana relokasi",
                                          "dinas perdagangan untuk menyiapkan kios sementara"]


def test_contrasting_request_after_juga_and_a_clause_with_its_own_subject_stays_inside(run):
    # Guard: with juga too, the request may be the reported subject's (pemerintah … meminta).
    text = ("Darmin Lubis mengatakan pemerintah akan menata ulang dermaga, tetapi juga meminta "
            "nelayan untuk tetap melaut.")
    q = only(run(text, names={"Darmin Lubis": "PER"}))
    assert q.text == "pemerintah akan menata ulang dermaga, tetapi juga meminta nelayan untuk tetap melaut"


def test_confirming_a_predicate_with_no_subject_reports_it(run):
    text = ("Badan Keamanan Data Nasional (BKDN) membenarkan telah menerima laporan kebocoran tersebut "
            "sejak Kamis (13/2).")
    q = only(run(text, names={"Badan Keamanan Data Nasional": "ORG"}))
    assert q.text == "telah menerima laporan kebocoran tersebut sejak Kamis (13/2)"
    assert q.speaker.name == "Badan Keamanan Data Nasional"


def test_confirming_a_thing_reports_nothing(run):
    # Guard: a noun (kabar tersebut, adanya …) confirmed says nothing of its own.
    assert run("Badan Keamanan Data Nasional (BKDN) membenarkan kabar tersebut.",
               names={"Badan Keamanan Data Nasional": "ORG"}).quotes == []
    assert run("Polisi membenarkan adanya penangkapan tersebut.").quotes == []
