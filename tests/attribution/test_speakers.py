"""Speakers: canonical names, short forms, namesakes, organisations, joint statements."""
from datetime import date

import pytest

from attribution import extract

from .conftest import FakeTagger, only


def test_surname_and_title_surname_resolve_to_full_name(run):
    text = ("Menteri Luar Negeri Korea Selatan Cho Tae-yul bertemu mitranya di New York. "
            "“Kami sepakat memperkuat kerja sama keamanan di kawasan,” kata Cho. "
            "Menteri Cho menuturkan bahwa pertemuan berikutnya digelar di Seoul bulan depan.")
    r = run(text, names={"Cho Tae-yul": "PER", "Cho": "PER"})
    assert [q.speaker.name for q in r.quotes] == ["Cho Tae-yul", "Cho Tae-yul"]
    assert all(q.speaker.role == "Menteri Luar Negeri Korea Selatan" for q in r.quotes)
    [entry] = r.speakers
    assert entry.quote_ids == ["q1", "q2"]
    assert "Cho" in entry.aliases


def test_namesakes_take_nearest_compatible_antecedent(run):
    text = ("Pemimpin Korea Utara Kim Jong Un menerima tamunya di Pyongyang pekan lalu.\n"
            "Di Seoul, Wakil Menteri Luar Negeri Kim Hong-kyun memanggil duta besar Rusia.\n"
            "Kim mengatakan bahwa kerja sama militer itu mengancam keamanan kawasan.")
    r = run(text, names={"Kim Jong Un": "PER", "Kim Hong-kyun": "PER", "Kim": "PER"})
    q = only(r)
    assert q.speaker.name == "Kim Hong-kyun"
    assert q.speaker.role == "Wakil Menteri Luar Negeri"


def test_organisation_speaks(run):
    text = "Kementerian Luar Negeri Korea Selatan mengatakan bahwa pertemuan itu membahas ancaman baru di perbatasan."
    q = only(run(text, names={"Kementerian Luar Negeri Korea Selatan": "ORG"}))
    assert q.speaker.name == "Kementerian Luar Negeri Korea Selatan"
    assert q.speaker.kind == "organization"


def test_joint_statement_lists_co_speakers(run):
    text = "Cho Tae-yul dan Antony Blinken menyebut kerja sama tersebut melanggar resolusi Dewan Keamanan."
    q = only(run(text, names={"Cho Tae-yul": "PER", "Antony Blinken": "PER"}))
    assert q.speaker.name == "Cho Tae-yul"
    assert [c.name for c in q.co_speakers] == ["Antony Blinken"]


def test_appositive_role(run):
    text = ("Duta Besar Rusia, Georgy Zinoviev, dipanggil ke kementerian. "
            "Zinoviev menyatakan bahwa kerja sama itu tidak ditujukan kepada negara lain.")
    q = only(run(text, names={"Georgy Zinoviev": "PER", "Zinoviev": "PER"}))
    assert q.speaker.name == "Georgy Zinoviev"
    assert q.speaker.role == "Duta Besar Rusia"


def test_unknown_speaker_is_null_with_low_confidence(run):
    r = run("“Semua orang harus tetap tenang dan menunggu arahan resmi dari petugas di lapangan.”")
    q = only(r)
    assert q.speaker is None
    assert q.confidence < 0.5


def test_appositive_name_without_tagger(run):
    text = ("Wakil Menteri Luar Negeri Korea Selatan, Kim Hong-kyun, memanggil duta besar itu.\n"
            "Kim menegaskan bahwa latihan militer itu mengancam keamanan kawasan.")
    q = only(run(text))
    assert q.speaker.name == "Kim Hong-kyun"
    assert q.speaker.role == "Wakil Menteri Luar Negeri Korea Selatan"


def test_place_closing_a_title_is_not_part_of_the_name(run):
    # "Sidoarjo" ends the title; the tagger runs it into the name, the gazetteer cuts it.
    text = ("Bupati Sidoarjo Rahmat Wiyono meninjau pasar pada Senin pagi.\n"
            "“Semua pedagang wajib memakai masker selama berjualan,” kata Rahmat.")
    for names in (None, {"Sidoarjo Rahmat Wiyono": "PER", "Rahmat": "PER"}):
        q = only(run(text, names=names))
        assert q.speaker.name == "Rahmat Wiyono", names
        assert q.speaker.role == "Bupati Sidoarjo", names


def test_a_word_the_article_writes_alone_as_a_speaker_stays_at_the_front_of_a_name(run):
    # Satria is a body's word in the NER data (gazetteer); after a complement that has
    # ended (BI, an acronym), the article's own "Satria menambahkan" says it opens the
    # name, which the cut would leave a word the article never calls him by.
    text = ("Bank Indonesia menahan suku bunga. Gubernur BI Satria Wibowo mengatakan bahwa keputusan itu "
            "menjaga rupiah.\n\nSatria menambahkan, ruang penurunan bunga masih terbuka.")
    for names in (None, {"BI Satria Wibowo": "ORG"}):
        r = run(text, names=names)
        assert [(q.speaker.name, q.speaker.role) for q in r.quotes] == [("Satria Wibowo", "Gubernur BI")] * 2, names
    # Guards: right after the title the word is its complement (a firm speaking alone
    # too); with the last word written alone as well, or a longer name, the cut stays.
    text = ("Harga BBM naik. Direktur Utama Pertamina Hendra mengatakan bahwa stok solar aman. "
            "Pertamina menyatakan distribusi berjalan normal.")
    assert [q.speaker.name for q in run(text).quotes] == ["Hendra", "Pertamina"]
    text = ("Sidang isbat digelar. Ketua PP Muhammadiyah Haedar mengatakan bahwa awal puasa sudah diumumkan. "
            "Muhammadiyah menegaskan perbedaan harus dihormati. ”Kita saling menghormati,” kata Haedar.")
    assert [q.speaker.name for q in run(text).quotes] == ["Haedar", "Muhammadiyah", "Haedar"]
    text = ("Sidang isbat digelar. Ketua PP Muhammadiyah Haedar Nasution mengatakan bahwa awal puasa sudah "
            "diumumkan. Muhammadiyah menegaskan perbedaan harus dihormati.")
    assert [q.speaker.name for q in run(text).quotes] == ["Haedar Nasution", "Muhammadiyah"]
    # Guard: right after a word opening a body's name (Bank), the word is that body's name,
    # which the article calls it by alone (Mandiri menambahkan): the firm, not the person.
    text = ("Kredit UMKM tumbuh. Direktur Utama PT Bank Mandiri Darmawan mengatakan bahwa penyaluran kredit naik. "
            "Mandiri menambahkan, penyaluran akan diperluas ke desa.")
    assert [(q.speaker.name, q.speaker.role) for q in run(text).quotes] == [
        ("Darmawan", "Direktur Utama PT Bank Mandiri"), ("Mandiri", None)]


def test_place_word_inside_a_name_stays(run):
    # "Karya" is an organisation word in the NER data but the middle of this name.
    text = ("Menteri Perhubungan Budi Karya Sumadi meninjau bandara baru itu.\n"
            "“Penerbangan pertama dijadwalkan bulan depan,” ujar Budi.")
    q = only(run(text, names={"Budi Karya Sumadi": "PER", "Budi": "PER"}))
    assert q.speaker.name == "Budi Karya Sumadi"
    assert q.speaker.role == "Menteri Perhubungan"


def test_title_with_only_a_place_is_a_description(run):
    text = ("Wali Kota Bogor Ratna Widya meresmikan taman kota.\n"
            "“Taman ini terbuka untuk semua warga,” kata Wali Kota Bogor.")
    q = only(run(text))
    assert q.speaker.name == "Ratna Widya"
    assert q.rules["speaker"].startswith("description_mention")


def test_role_after_name_between_commas(run):
    text = ("Sari W. Lestari, Kepala Ombudsman Perwakilan Jawa Timur, menilai layanan itu lambat.\n"
            "“Kami akan memanggil kepala dinas pekan depan,” kata Sari.")
    r = run(text)
    direct = only(r, "direct")
    assert direct.speaker.name == "Sari W. Lestari"
    assert direct.speaker.role == "Kepala Ombudsman Perwakilan Jawa Timur"


def test_descriptive_appositive_after_cue(run):
    text = "“Lonjakan kasus sudah kami perkirakan,” kata Dimas Prakoso, pakar epidemiologi Universitas Andalas, Senin."
    q = only(run(text))
    assert q.speaker.name == "Dimas Prakoso"
    assert q.speaker.role == "pakar epidemiologi Universitas Andalas"


def test_role_does_not_swallow_the_first_name(run):
    # Without a tagger the long run after the title is cut to two words ("Arif Nugroho");
    # once the article gives the full name, the role loses "Bayu".
    text = ("Kepala Badan Pusat Statistik Provinsi Kalsel Bayu Arif Nugroho memaparkan data itu.\n"
            "“Pertumbuhan ekonomi triwulan ini melambat,” kata Bayu Arif Nugroho.")
    q = only(run(text))
    assert q.speaker.name == "Bayu Arif Nugroho"
    assert q.speaker.role == "Kepala Badan Pusat Statistik Provinsi Kalsel"


def test_subject_from_an_organisation(run):
    text = ("Reynaldo dari PT Rotan Nusantara mengatakan, pesanan furnitur turun hingga 20 persen.\n"
            "“Pembeli dari Eropa menunda semua kontrak,” katanya.")
    r = run(text)
    assert [q.speaker.name for q in r.quotes] == ["Reynaldo", "Reynaldo"]


def test_title_then_dari_keeps_the_name_after_it(run):
    text = "Pengamat politik dari Universitas Lampung Dodi Saputra menilai, calon perseorangan itu membuat sejarah."
    q = only(run(text))
    assert q.speaker.name == "Dodi Saputra"


def test_title_with_its_body_after_di_or_dari_runs_on_to_the_name(run):
    # Written without commas: the title's body comes after di or dari, then the name.
    text = ("Wakil Ketua Fraksi Hanura di DPRD Aldo Pranata menegaskan partainya menolak kenaikan tarif air. "
            "Anggota Komisi IV dari Fraksi Nasdem Ferry Tambunan menilai kenaikan itu terlalu cepat.")
    r = run(text)
    assert [(q.speaker.name, q.speaker.role) for q in r.quotes] == [
        ("Aldo Pranata", "Wakil Ketua Fraksi Hanura di DPRD"),
        ("Ferry Tambunan", "Anggota Komisi IV dari Fraksi Nasdem")]
    assert all(q.rules["speaker"] == "named_mention" for q in r.quotes)


def test_name_before_di_still_ends_the_subject(run):
    # The name comes first: di says where the person was, no part of the title.
    text = "Ketua RW Joko Susanto di GOR Ahmad Yani menegaskan warganya menolak kenaikan tarif air."
    q = only(run(text))
    assert q.speaker.name == "Joko Susanto"
    assert q.speaker.role == "Ketua RW"


def test_capitalised_preposition_stays_inside_a_title(run):
    text = "“Pendataan penduduk selesai bulan depan,” kata Menteri Dalam Negeri Hendra Wijaya saat meninjau kantor itu."
    q = only(run(text))
    assert q.speaker.name == "Hendra Wijaya"
    assert q.speaker.role == "Menteri Dalam Negeri"


def test_capitalised_stop_word_after_a_comma_ends_the_speaker(run):
    text = ("“Pasar tetap buka sampai malam,” tutur Rina Maharani, Terkait dengan bantuan sosial, "
            "ia juga menjelaskan jadwal penyalurannya.")
    q = only(run(text), "direct")
    assert q.speaker.name == "Rina Maharani"


def test_dan_joins_the_fields_of_one_title(run):
    text = ("Menteri Pariwisata dan Ekonomi Kreatif Dewi Anggraini mengatakan, festival itu tetap digelar tahun ini.\n"
            "“Kami senang uji terbang berjalan lancar,” ujar Menteri Riset dan Teknologi/Kepala Badan Riset "
            "dan Inovasi Nasional Bambang PS Wiratmoko saat menghadiri acara itu.")
    reported, direct = run(text).quotes
    assert (reported.speaker.name, reported.speaker.role) == ("Dewi Anggraini", "Menteri Pariwisata dan Ekonomi Kreatif")
    assert reported.co_speakers == []
    assert direct.speaker.name == "Bambang PS Wiratmoko"  # initials stay inside the name
    assert direct.speaker.role == "Menteri Riset dan Teknologi/Kepala Badan Riset dan Inovasi Nasional"


def test_two_speakers_after_a_cue(run):
    text = "“Kami sepakat memperkuat patroli bersama,” kata Arman dan Yudi dalam jumpa pers."
    q = only(run(text))
    assert q.speaker.name == "Arman"
    assert [s.name for s in q.co_speakers] == ["Yudi"]


def test_short_form_cuts_a_complement_the_tagger_took_in(run):
    text = ("Ketua Yayasan Sumba Hospitality Rosalia Kaka mengatakan, banyak perempuan kini membuka penginapan.\n"
            "“Mereka mengelola usaha itu sendiri,” kata Rosalia.")
    r = run(text, names={"Hospitality Rosalia Kaka": "PER", "Rosalia": "PER"})
    assert [q.speaker.name for q in r.quotes] == ["Rosalia Kaka", "Rosalia Kaka"]


def test_known_first_name_stays_before_the_short_form(run):
    text = ("Bupati Lebak Ahmed Fauzan Harahap memutuskan memperpanjang pembatasan sosial.\n"
            "“Kasus baru masih muncul setiap hari,” kata Fauzan.")
    q = only(run(text))
    assert q.speaker.name == "Ahmed Fauzan Harahap"


def test_sub_heading_run_into_the_sentence_is_not_a_speaker(run):
    text = ("“Warga harus tetap memakai masker,” kata Darmawan Sitepu, ketua RT setempat.\n"
            "Belajar dari Jepang Darmawan juga meminta warga mencuci tangan. "
            "“Kami belajar dari pengalaman tahun lalu,” katanya.")
    r = run(text)
    assert [q.speaker.name for q in r.quotes] == ["Darmawan Sitepu"] * 3


def test_role_as_appositive_before_the_verb(run):
    text = ("Markus Tambunan, Sekretaris Komisi B, seusai rapat kerja itu menjelaskan, "
            "anggaran bantuan sosial naik dua kali lipat.")
    q = only(run(text))
    assert q.speaker.name == "Markus Tambunan"
    assert q.speaker.role == "Sekretaris Komisi B"


def test_role_before_a_name_after_the_clause_verb(run):
    # The role opens after the sentence's verb, not at the sentence's first word.
    text = ("Pelatih Gunawan memastikan kapten tim, Yoga Pratama, sudah pulih dari cedera lutut.\n\n"
            "Yoga mengatakan suasana latihan sangat positif.")
    q = [q for q in run(text).quotes if q.speaker.name == "Yoga Pratama"]
    assert [q.speaker.role for q in q] == ["kapten tim"]
    # A verb in the role's own relative clause is no clause verb to cut the role after.
    text = ("Pegiat lingkungan yang mengelola bank sampah, Rina Wulandari, mengatakan, "
            "warga mulai memilah sampah.")
    assert only(run(text)).speaker.role == "Pegiat lingkungan yang mengelola bank sampah"


def test_a_connective_closing_a_role_before_the_name_stays_in_it(run):
    # lalu after periode is when the role was held (the last term), no connective.
    text = ("Hadir pula Kepala Desa Sukamaju periode lalu, Budi Santoso.\n\n"
            "”Jalan desa itu sudah lama rusak,” kata Budi.")
    assert only(run(text)).speaker.role == "Kepala Desa Sukamaju periode lalu"
    # Guard: the connective opening the clause before the role is still no part of it.
    text = ("Warga berkumpul di balai desa, lalu Ketua RT, Budi Santoso, mengatakan "
            "jalan itu rusak.")
    assert only(run(text)).speaker.role == "Ketua RT"


def test_possessive_role_before_a_name_ending_the_sentence(run):
    # kuasa hukumnya, pengacaranya: whose lawyer is the subject's; the role is the lawyer's.
    text = ("Sidang cerai digelar Rabu. Ia diwakili kuasa hukumnya, Hendra Saputro. "
            "Sementara Dimas datang didampingi pengacaranya, Maya Lestiani.\n\n"
            "Hendra mengatakan kliennya tetap ingin bercerai.\n\n"
            "Maya mengatakan kliennya masih berharap rujuk.")
    r = run(text)
    assert [(q.speaker.name, q.speaker.role) for q in r.quotes] == [
        ("Hendra Saputro", "kuasa hukum"), ("Maya Lestiani", "pengacara")]
    # A word merely ending in -nya before a place ending the sentence is no role.
    text = ("Ia kembali ke kampung halamannya, Purwakarta.\n\n"
            "Warsito mengatakan panen tahun ini gagal.")
    assert only(run(text)).speaker.role is None


def test_description_pointing_back_gives_the_role(run):
    # The article gives the person no role but describes them pointing back: that is the
    # role, for the records before the description too.
    text = ("Film itu tayang pekan depan. Sementara itu, Rudi Hartawan menilai Bima sebagai "
            "sutradara yang teliti. Aktor senior itu menyebut Bima kerap mengulang adegan.")
    r = run(text)
    assert [(q.speaker.name, q.speaker.role) for q in r.quotes] == [("Rudi Hartawan", "Aktor senior")] * 2
    text = ("Di lorong puskesmas, Sri Wahyuni (36) menunggui anaknya.\n\n"
            "\"Tiga hari panas, saya kasih obat saja,\" ucap warga Kelurahan Sukamaju itu.")
    assert only(run(text, names={"Sri Wahyuni": "PER"})).speaker.role == "warga Kelurahan Sukamaju"
    # A role the article gives stays; a word saying only that she is a woman is no role.
    text = ("Bupati Budi Santoso menilai bantuan terlambat. "
            "Pria berkacamata tebal itu menyebut warga sudah menunggu sebulan.")
    assert {q.speaker.role for q in run(text).quotes} == {"Bupati"}
    text = "Sumarni duduk di teras rumahnya.\n\n\"Sekarang sepi pembeli,\" kata perempuan itu."
    q = only(run(text, names={"Sumarni": "PER"}))
    assert (q.speaker.name, q.speaker.role) == ("Sumarni", None)


def test_a_bare_person_noun_is_no_role(run):
    text = "Warga antre air sejak pagi.\n\nPerempuan itu, Sumiyati, mengatakan air belum mengalir sejak Senin."
    q = only(run(text))
    assert (q.speaker.name, q.speaker.role) == ("Sumiyati", None)
    q = only(run(text.replace("Perempuan itu, Sumiyati,", "Perempuan bernama Sumiyati itu")))
    assert (q.speaker.name, q.speaker.role) == ("Sumiyati", None)
    # With words after it the noun heads a description that is the role.
    text = text.replace("Perempuan itu", "Perempuan penjual sayur itu")
    assert only(run(text)).speaker.role == "Perempuan penjual sayur"


def test_role_with_a_lowercase_field(run):
    text = ("Pengamat transportasi Yoga Pratama menilai, kebijakan ini pada umumnya merugikan penumpang.\n"
            "“Tarif naik, layanan tetap sama,” kata Yoga.")
    reported, direct = run(text).quotes
    assert reported.speaker.name == direct.speaker.name == "Yoga Pratama"
    assert direct.speaker.role == "Pengamat transportasi"


def test_role_found_before_a_full_name_no_rule_noted(run):
    text = ("Sementara itu, peneliti senior Rudy Hartono tidak banyak bicara.\n"
            "“Kelompok itu sudah lama dipantau,” kata Rudy Hartono.")
    q = only(run(text))
    assert q.speaker.role == "peneliti senior"


def test_balinese_honorifics_stay_in_the_name(run):
    text = "Wali Kota Singaraja Ida Bagus Made Wirya menambahkan, layanan kesehatan kota itu sudah pulih."
    q = only(run(text))
    assert q.speaker.name == "Ida Bagus Made Wirya"
    assert q.speaker.role == "Wali Kota Singaraja"


def test_leading_initial_stays_in_the_name(run):
    text = "Gubernur Bali I Wayan Sukarta mengatakan, jumlah wisatawan naik sejak pekan lalu."
    q = only(run(text))
    assert (q.speaker.name, q.speaker.role) == ("I Wayan Sukarta", "Gubernur Bali")


def test_sub_heading_before_a_name_is_not_a_role(run):
    heading = "Kepadatan penumpang Anne Purba mengatakan, jumlah penumpang kereta naik sejak pekan lalu."
    titled = "Corporate Secretary PT Kereta Nusantara Anne Purba mengatakan, jumlah penumpang kereta naik sejak pekan lalu."
    assert only(run(heading)).speaker.role is None
    assert only(run(titled)).speaker.role == "Corporate Secretary PT Kereta Nusantara"


def test_acronym_in_brackets_inside_a_role_after_the_cue(run):
    text = "”Wabah ini menyebar sangat cepat,” sebut peneliti Badan Riset Nasional (BRN), Dewi Kartika Sari, dalam diskusi daring."
    q = only(run(text))
    assert q.speaker.name == "Dewi Kartika Sari"
    assert q.speaker.role == "peneliti Badan Riset Nasional (BRN)"
    text = "”Kami berharap warga memakai kereta,” kata Direktur Utama PT Kereta Komuter Nusantara (KKN Komuter) Wulan Widya melalui keterangan tertulis."
    q = only(run(text))
    assert (q.speaker.name, q.speaker.role) == ("Wulan Widya", "Direktur Utama PT Kereta Komuter Nusantara (KKN Komuter)")


def test_role_with_listed_fields_and_an_acronym_runs_back_over_their_punctuation(run):
    # Fourteen words, but more tokens with the list's commas and the bracketed acronym.
    role = "Kepala Badan Penelitian, Pengembangan, dan Inovasi Daerah (BPPID) Kementerian Dalam Negeri"
    text = f"Di Gedung Sate, {role}, Bambang Wiratmoko Siregar, mengatakan anggaran riset naik tahun ini."
    q = only(run(text))
    assert (q.speaker.name, q.speaker.role) == ("Bambang Wiratmoko Siregar", role)
    # Guard: the adjunct before the role, set off by its own comma, stays out of it.
    text = f"Dalam rapat di Gedung Sate, Bandung, {role}, Bambang Wiratmoko Siregar, mengatakan anggaran riset naik tahun ini."
    assert only(run(text)).speaker.role == role


def test_role_stops_at_the_titled_person_listed_before(run):
    text = ("Keputusan itu disepakati Gubernur Banten Wahyu Halim, Wali Kota Tangerang Arif Wisnu, "
            "Bupati Tangerang Ahmad Zaki Iskandar, dan Wali Kota Serang Airin Rahmi saat rapat evaluasi.\n"
            "”Kasus baru masih muncul,” kata Zaki.")
    names = {"Wahyu Halim": "PER", "Arif Wisnu": "PER", "Ahmad Zaki Iskandar": "PER", "Airin Rahmi": "PER", "Zaki": "PER"}
    q = only(run(text, names=names))
    assert (q.speaker.name, q.speaker.role) == ("Ahmad Zaki Iskandar", "Bupati Tangerang")


def test_a_two_word_place_closing_a_title_keeps_its_given_name_like_word(run):
    # The basin's name ends in a word the NER data knows as a given name (Arjuna); the
    # tagger starts the person at Yudi and the article names him ``Yudi`` after a cue.
    text = ("Rapat itu dihadiri Kepala Balai Wilayah Sungai (BWS) Kapuas Arjuna Yudi Pranoto.\n"
            "”Sungai ini makin dangkal,” kata Yudi.")
    q = only(run(text, names={"Yudi Pranoto": "PER", "Yudi": "PER"}))
    assert (q.speaker.name, q.speaker.role) == ("Yudi Pranoto", "Kepala Balai Wilayah Sungai (BWS) Kapuas Arjuna")
    # Guard: a given name right after a place the lexicon knows opens a three-word name,
    # even where the tagger leaves it out.
    text = ("Rapat itu dihadiri Bupati Tangerang Arjuna Yudi Pranoto.\n"
            "”Sungai ini makin dangkal,” kata Yudi.")
    q = only(run(text, names={"Yudi Pranoto": "PER", "Yudi": "PER"}))
    assert (q.speaker.name, q.speaker.role) == ("Arjuna Yudi Pranoto", "Bupati Tangerang")
    # Guard: tagged whole, the three words stay one name.
    text = ("Rapat itu dihadiri Kepala Balai Wilayah Sungai (BWS) Kapuas Arjuna Yudi Pranoto.\n"
            "”Sungai ini makin dangkal,” kata Yudi.")
    q = only(run(text, names={"Arjuna Yudi Pranoto": "PER", "Yudi": "PER"}))
    assert q.speaker.name == "Arjuna Yudi Pranoto"


def test_a_capitalised_noun_is_not_a_name(run):
    text = ("“Kantor wajib menyediakan tempat cuci tangan,” kata Gubernur Lestiani Putri.\n"
            "Keputusan Gubernur Nomor 12 menyebutkan, warga wajib memakai masker di luar rumah.\n"
            "“Sanksinya berupa teguran tertulis,” katanya.")
    r = run(text)
    assert [q.speaker.name for q in r.quotes if q.speaker] == ["Lestiani Putri", "Lestiani Putri"]


def test_three_word_name_after_a_place(run):
    text = "Penasihat Keamanan Nasional Korea Selatan Chang Min Ho juga mengatakan dia akan meninjau rencana itu."
    for names in (None, {"Min Ho": "PER"}):  # a tagger that marks only part of the name
        q = only(run(text, names=names))
        assert (q.speaker.name, q.speaker.role) == ("Chang Min Ho", "Penasihat Keamanan Nasional Korea Selatan")
    # After a title written as an acronym the run is still the complement and a name.
    text = "“Kami terus tumbuh di masa sulit,” kata CEO Tokomaju Wira Tanujaya."
    assert only(run(text)).speaker.name == "Wira Tanujaya"


def test_role_before_a_comma_and_a_ranked_name(run):
    text = ("Kepala Kepolisian Sektor Tanah Abang Kepolisian Resor Metro Jakarta Pusat, Komisaris Haryanto, "
            "menyampaikan polisi datang bersama personel TNI.")
    q = only(run(text))
    assert q.speaker.name == "Haryanto"
    assert q.speaker.role == "Kepala Kepolisian Sektor Tanah Abang Kepolisian Resor Metro Jakarta Pusat"


def test_first_name_the_tagger_left_out_but_the_article_uses(run):
    text = ("Cucu Ahmad Kurnia, Kepala Dinas Pariwisata Kota Bandung secara terpisah menjelaskan, sanksi bagi pengelola mal sudah diatur.\n"
            "“Pengelola yang melanggar akan kami tegur,” jelas Cucu.")
    r = run(text, names={"Ahmad Kurnia": "PER"})
    assert [q.speaker.name for q in r.quotes] == ["Cucu Ahmad Kurnia", "Cucu Ahmad Kurnia"]
    assert r.quotes[1].speaker.role == "Kepala Dinas Pariwisata Kota Bandung"


def test_role_in_brackets_with_dan_and_a_date_between_commas(run):
    text = ("Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi (Menpan dan RB) Tjahyo Kumala "
            "melalui keterangan tertulis, Jumat, meminta pegawai bekerja dari rumah.\n"
            "“Kami minta pegawai disiplin,” kata Tjahyo.")
    q = run(text, names={"Tjahyo Kumala": "PER", "Tjahyo": "PER"}).quotes[-1]
    assert q.speaker.role == "Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi (Menpan dan RB)"
    text = ("Erna Silviani Purba, VP Corporate Communication PT Komuter Jaya, Senin (4/5/2020), menjelaskan, "
            "tes usap digelar di stasiun.\n“Kami minta penumpang disiplin,” kata Erna.")
    reported, direct = run(text).quotes
    assert reported.speaker.name == direct.speaker.name == "Erna Silviani Purba"
    assert direct.speaker.role == "VP Corporate Communication PT Komuter Jaya"


def test_list_of_titled_people_keeps_each_role_with_its_name(run):
    text = ("Diskusi itu menghadirkan Peneliti Forum Warga Peduli Parlemen (Forwapa) Lukas Karunia, "
            "Direktur Pusat Kajian Politik Universitas Nusantara (Puskapol UN) Aditya Permana, serta "
            "Ketua Komite Pemantau Pemilu (KPP) Joko Rahayu.\n”Partai harus berbenah,” kata Lukas.")
    q = only(run(text))
    assert (q.speaker.name, q.speaker.role) == ("Lukas Karunia", "Peneliti Forum Warga Peduli Parlemen (Forwapa)")


def test_the_word_after_a_village_or_clinic_names_the_place(run):
    text = ("Kepala Desa Sukawening Darsono mengatakan, sumur warga mulai kering.\n"
            "”Kami sudah minta bantuan tangki air,” kata Darsono.\n"
            "Kepala Puskesmas Cibodas Lestari menyampaikan, pasien demam berdarah bertambah.")
    quotes = run(text, names={"Sukawening Darsono": "PER", "Cibodas Lestari": "PER"}).quotes
    assert [(q.speaker.name, q.speaker.role) for q in quotes] == [
        ("Darsono", "Kepala Desa Sukawening"), ("Darsono", "Kepala Desa Sukawening"),
        ("Lestari", "Kepala Puskesmas Cibodas")]


def test_last_field_of_a_listed_title_after_a_comma(run):
    q = only(run("”Kegiatan yang mengumpulkan massa tetap dilarang,” kata Menteri Koordinator Bidang "
                 "Perekonomian, Industri, dan Perdagangan Rahmat Hidayat dalam jumpa pers."))
    assert (q.speaker.name, q.speaker.role) == (
        "Rahmat Hidayat", "Menteri Koordinator Bidang Perekonomian, Industri, dan Perdagangan")


def test_demonstrative_description_with_no_such_role_points_back(run):
    text = ("Presiden Hadi Wibowo meminta semua daerah memperketat pemakaian masker. "
            "Mantan Wali Kota Surabaya itu pun kembali menyampaikan rendahnya disiplin warga. "
            "”Saya sudah mengingatkan sejak dua minggu lalu,” ujarnya.")
    r = run(text)
    assert [q.speaker.name for q in r.quotes] == ["Hadi Wibowo"] * 3
    assert r.quotes[1].rules["speaker"] == "pronoun_mention"


def test_second_titled_person_after_dan_keeps_own_role_and_initial(run):
    text = ("Langkah itu disampaikan Gubernur Jambi Hasan Basri dan Gubernur Bali I Made Suarta seusai rapat. "
            "”Kami tes semua pendatang,” kata Suarta.")
    q = only(run(text, names={"Hasan Basri": "PER", "Made Suarta": "PER"}))
    assert (q.speaker.name, q.speaker.role) == ("I Made Suarta", "Gubernur Bali")


def test_honorific_before_the_name_is_not_part_of_the_role(run):
    q = only(run("Ahli hukum pidana Prof Darmawan Saleh menerangkan, pasal itu tidak bisa dipakai.",
                 names={"Darmawan Saleh": "PER"}))
    assert (q.speaker.name, q.speaker.role) == ("Darmawan Saleh", "Ahli hukum pidana")


def test_title_with_comma_listed_fields_before_the_name(run):
    q = only(run("Kepala Seksi Dinas Pertanian, Perikanan, dan Kehutanan Kota Cirebon Wawan Kurnia "
                 "mengatakan, stok pupuk cukup sampai akhir bulan."))
    assert (q.speaker.name, q.speaker.role) == (
        "Wawan Kurnia", "Kepala Seksi Dinas Pertanian, Perikanan, dan Kehutanan Kota Cirebon")


def test_relative_appositive_gives_speaker_and_first_role_stays(run):
    text = ("Kepala Dinas Sosial Kota Malang Heri Santoso mengatakan, bantuan tahap kedua cair pekan depan.\n"
            "Heri, yang juga Pelaksana Tugas Kepala Dinas Perdagangan, Koperasi, dan Usaha Kecil Kota Malang, "
            "menambahkan, pedagang pasar juga akan didata.")
    quotes = run(text, names={"Heri Santoso": "PER"}).quotes
    assert [q.speaker.name for q in quotes] == ["Heri Santoso", "Heri Santoso"]
    assert {q.speaker.role for q in quotes} == {"Kepala Dinas Sosial Kota Malang"}


def test_pronoun_points_back_to_a_short_name_opening_a_sentence(run):
    filler = " ".join(f"Pos jaga ke-{n} dibangun di perbatasan desa." for n in range(1, 9))
    text = ("Calon bupati Indah Permata mendatangi kantor polisi bersama tim pendukungnya. " + filler +
            "\nIndah mengarahkan para pendukung agar tidak terpancing. Ia juga menyerahkan semua proses ke polisi. "
            "”Kami berharap pelaku segera ditangkap,” ucapnya.")
    q = only(run(text, names={"Indah Permata": "PER"}))
    assert q.speaker.name == "Indah Permata"


def test_organisation_name_ends_before_a_lowercase_word_and_a_modal(run):
    r = run("Pihak Pemkot Sukamaju ingin memastikan, semua pedagang sudah menerima bantuan tunai.\n"
            "Komnas Perlindungan Satwa sangat menyayangkan, jika hutan kota itu ditebang untuk parkir.")
    assert [(q.speaker.name, q.speaker.kind) for q in r.quotes] == [
        ("Pihak Pemkot Sukamaju", "organization"), ("Komnas Perlindungan Satwa", "organization")]


def test_person_named_after_an_organisation_acronym_is_a_person(run):
    q = only(run("BI Rudy Salim mengatakan, suku bunga acuan tetap 3,5 persen.", names={"Rudy Salim": "PER"}))
    assert (q.speaker.name, q.speaker.kind) == ("Rudy Salim", "person")


def test_role_after_a_name_and_an_age_in_brackets(run):
    q = only(run("Begitupun Rina Wulandari (31), karyawan swasta di Depok, menyampaikan, ia kini belanja "
                 "sayur lewat aplikasi setiap pekan."))
    assert (q.speaker.name, q.speaker.role) == ("Rina Wulandari", "karyawan swasta di Depok")


def test_second_word_of_a_two_word_title_is_not_the_name(run):
    r = run("Jaksa Agung Hendra Wijaya mengatakan, berkas perkara itu segera dilimpahkan ke pengadilan.\n"
            "Bagi Hakim Agung Rudi Santoso, sidang daring menghemat waktu. ”Berkas bisa dibaca di rumah,” kata Rudi.",
            names={"Agung Hendra Wijaya": "PER", "Agung Rudi Santoso": "PER"})
    assert [(q.speaker.name, q.speaker.role) for q in r.quotes] == [
        ("Hendra Wijaya", "Jaksa Agung"), ("Rudi Santoso", "Hakim Agung")]


def test_the_name_the_article_cues_cuts_an_organisation_word_off_the_front(run):
    text = ("Koordinator Nasional Pantau Rawa Sinta Dewi mengungkapkan, lahan basah terus menyusut. "
            "”Cadangan air hanya cukup hingga Maret,” ungkap Sinta Dewi.")
    r = run(text, names={"Rawa Sinta Dewi": "PER"})
    assert {(q.speaker.name, q.speaker.role) for q in r.quotes} == {("Sinta Dewi", "Koordinator Nasional Pantau Rawa")}


def test_the_word_the_article_cues_outranks_an_organisation_word_used_alone(run):
    text = ("Relawan jaringan Sahabatku membagikan sembako.\n"
            "Koordinator Nasional Jaringan Sahabatku Laras Pratiwi mengatakan, solidaritas warga terus tumbuh.\n"
            "”Kami bergerak bersama,” kata Laras.")
    r = run(text, names={"Sahabatku Laras Pratiwi": "PER"})
    assert {q.speaker.name for q in r.quotes} == {"Laras Pratiwi"}


def test_a_misspelt_name_resolves_to_the_name_the_article_gives(run):
    text = ("Hendrawan, Kepala Badan Kepegawaian Daerah Kota Bogor, Jumat (10/7/2020), membenarkan penonaktifan itu. "
            "”Pemeriksaan masih berjalan,” kata Hendrawan.\n"
            "”Yang bersangkutan sudah dipanggil,” kata Hendrawn.")
    r = run(text, published="2020-07-11")
    assert [(q.speaker.name, q.speaker.role) for q in r.quotes if q.type == "direct"] == [
        ("Hendrawan", "Kepala Badan Kepegawaian Daerah Kota Bogor")] * 2


def test_role_with_an_english_name_and_two_lowercase_fields(run):
    text = ("Pembina Komunitas Bike to Work (B2W) Sapto Nugroho mengapresiasi jalur sepeda itu. "
            "Ketua tim kampanye Rina-Dodi, Yusuf Kalla, mengatakan, dana kampanye berasal dari pasangan calon.")
    r = run(text, names={"Sapto Nugroho": "PER", "Yusuf Kalla": "PER"})
    assert [(q.speaker.name, q.speaker.role) for q in r.quotes] == [
        ("Yusuf Kalla", "Ketua tim kampanye Rina-Dodi")]
    from attribution.entities import prenominal_role
    from attribution.lexicon import load_lexicon
    from attribution.segment import build_document
    doc = build_document(text)
    sapto = next(t.i for t in doc.tokens if t.text == "Sapto")
    assert prenominal_role(doc, sapto, load_lexicon()) == "Pembina Komunitas Bike to Work (B2W)"


def test_two_spellings_each_written_often_are_two_people(run):
    text = ("Fajar (27) sudah melamar ke banyak pabrik. Fajar pernah bekerja di gudang. "
            "Menurut Fajar, persaingan makin ketat.\n"
            "Lain halnya dengan petani muda Fajari Lestari (25). Fajari kini menggarap sawah. "
            "”Saya tidak menyesal,” kata Fajari.\n"
            "”Saya masih mencari,” kata Fajar.")
    r = run(text, names={"Fajari Lestari": "PER"})
    assert [q.speaker.name for q in r.quotes if q.type == "direct"] == ["Fajari Lestari", "Fajar"]


def test_rank_between_role_and_name_is_not_part_of_the_role(run):
    text = ("Kepala Bidang Humas Polda Riau Komisaris Besar Sunarto Wibowo mengatakan, patroli di perbatasan "
            "ditambah sejak pekan lalu. "
            "Wakil Kepala Polda Riau Brigadir Jenderal (Pol) Andi Rahman menyatakan bahwa jalur itu ditutup. "
            "Komisaris Besar Hendra Putra mengatakan, pos dijaga siang dan malam.")
    r = run(text, names={"Sunarto Wibowo": "PER", "Andi Rahman": "PER", "Hendra Putra": "PER"})
    assert [(q.speaker.name, q.speaker.role) for q in r.quotes] == [
        ("Sunarto Wibowo", "Kepala Bidang Humas Polda Riau"),
        ("Andi Rahman", "Wakil Kepala Polda Riau"),
        ("Hendra Putra", "Komisaris Besar"),  # a rank alone is all the article says
    ]


def test_abbreviated_title_at_the_cue_finds_the_person_given_the_full_title(run):
    text = ("Kepala Dinas Penerangan TNI AL Laksamana Pertama Bayu Aji mengatakan, kapal itu siap berlayar. "
            "”Semua peralatan sudah diperiksa,” kata Kadispen TNI AL.")
    r = run(text, names={"Bayu Aji": "PER"})
    q = only(r, "direct")
    assert (q.speaker.name, q.speaker.role) == ("Bayu Aji", "Kepala Dinas Penerangan TNI AL")
    assert q.rules["speaker"] == "description_mention"


def test_speaker_named_only_by_a_title_has_it_as_role(run):
    text = "Kerumunan itu dibubarkan. ”Pengunjung sudah kami minta pulang,” kata Kapolda Metro Jaya."
    q = only(run(text), "direct")
    assert (q.speaker.name, q.speaker.role) == ("Kapolda Metro Jaya", "Kapolda Metro Jaya")


def test_lowercase_description_before_a_name_gives_the_role(run):
    text = ("Secara terpisah, praktisi keamanan siber Dimas Prakoso mendorong literasi digital. "
            "”Kesadaran pengguna masih rendah,” kata Dimas.")
    q = only(run(text, names={"Dimas Prakoso": "PER", "Dimas": "PER"}), "direct")
    assert (q.speaker.name, q.speaker.role) == ("Dimas Prakoso", "praktisi keamanan siber")


def test_short_name_as_subject_after_an_opening_phrase_is_an_antecedent(run):
    text = ("Ketua Kelompok Konservasi Penyu Jumadi Saputra mulai menjaga pantai itu sejak 2010.\n"
            "Penyu hijau mendarat pada malam hari. Telurnya sering diburu. Sebagian dijual di pasar. "
            "Harganya cukup tinggi. Pemburu datang dari desa lain. Pantai itu panjangnya tiga kilometer.\n"
            "Kepada para nelayan itu, Jumadi melakukan pendekatan personal. Telur yang diserahkan ditetaskan. "
            "”Tingkat penetasannya masih rendah,” ujarnya.")
    q = only(run(text, names={"Jumadi Saputra": "PER"}), "direct")
    assert (q.speaker.name, q.rules["speaker"]) == ("Jumadi Saputra", "pronoun_mention")


def test_dan_inside_a_title_after_a_run_in_sub_heading_does_not_split_the_speaker(run):
    text = ("Aturan sedang disiapkan Kepala Badan Penanggulangan Bencana dan Perlindungan Masyarakat "
            "Kota Malang Rudi Hartono menambahkan, payung hukum bagi laboratorium itu masih disusun.")
    q = only(run(text))
    assert (q.speaker.name, q.speaker.role) == (
        "Rudi Hartono", "Kepala Badan Penanggulangan Bencana dan Perlindungan Masyarakat Kota Malang")
    assert q.co_speakers == []


def test_a_name_cut_short_resolves_to_the_one_fuller_name_it_begins(run):
    text = ("Kepala Dinas Pariwisata Kota Batam Ardiwinata optimistis sektor pariwisata pulih. "
            "”Pelan-pelan wisatawan akan kembali,” kata Ardi.\n"
            "Wali Kota Surabaya Tri Rismaharini meninjau laboratorium itu. "
            "Risma berharap tes usap bisa menjangkau lebih banyak warga.")
    r = run(text, names={"Ardiwinata": "PER", "Tri Rismaharini": "PER"})
    # (optimistis with a clause reports it: Ardiwinata's first record.)
    assert [(q.speaker.name, q.speaker.role) for q in r.quotes] == [
        ("Ardiwinata", "Kepala Dinas Pariwisata Kota Batam"), ("Ardiwinata", "Kepala Dinas Pariwisata Kota Batam"),
        ("Tri Rismaharini", "Wali Kota Surabaya")]


def test_a_short_name_takes_no_role_from_a_longer_word_it_begins(run):
    # Two fuller names begin with "Risma": the short name stays itself, without the
    # role written before either of them.
    text = ("Wali Kota Surabaya Tri Rismaharini meninjau laboratorium itu bersama Rismawati Dewi. "
            "Risma berharap tes usap bisa menjangkau lebih banyak warga.")
    q = only(run(text, names={"Tri Rismaharini": "PER", "Rismawati Dewi": "PER"}))
    assert (q.speaker.name, q.speaker.role) == ("Risma", None)


def test_english_title_with_a_modifier_in_an_appositive(run):
    text = ("”Kami membagikan partisi plastik,” kata Russell Hale, Regional Head of Operations Lintas. "
            "Nadia Putri, Senior Vice President Komunikasi Lintas, mengatakan, partisi dibagikan pekan depan.")
    r = run(text, names={"Russell Hale": "PER", "Nadia Putri": "PER"})
    assert [(q.speaker.name, q.speaker.role) for q in r.quotes] == [
        ("Russell Hale", "Regional Head of Operations Lintas"),
        ("Nadia Putri", "Senior Vice President Komunikasi Lintas")]


def test_a_word_introducing_the_name_is_not_part_of_the_role(run):
    text = "Warga lain seperti Rudi Hartawan (24) mengatakan, armada angkutan masih terbatas sejak pekan lalu."
    q = only(run(text, names={"Rudi Hartawan": "PER"}))
    assert (q.speaker.name, q.speaker.role) == ("Rudi Hartawan", "Warga")


def test_a_place_between_commas_before_the_verb_is_not_the_speaker(run):
    text = ("Juru Bicara Gugus Tugas Penanganan Covid-19 NTT, Marius Lamba, di Kupang, Selasa (28/4/2020), "
            "mengatakan, bantuan dari beberapa lembaga terus mengalir.")
    q = only(run(text, names={"Marius Lamba": "PER"}))
    assert (q.speaker.name, q.speaker.role, q.date.isoformat()) == (
        "Marius Lamba", "Juru Bicara Gugus Tugas Penanganan Covid-19 NTT", "2020-04-28")


def test_relative_clause_in_an_appositive_is_not_part_of_the_role(run):
    text = ("Fellexandro Rubi, pengusaha muda yang juga pembuat konten, berpendapat, minat generasi muda "
            "untuk berinvestasi semakin meningkat.")
    q = only(run(text, names={"Fellexandro Rubi": "PER"}))
    assert (q.speaker.name, q.speaker.role) == ("Fellexandro Rubi", "pengusaha muda")


def test_a_noble_title_before_a_name_is_part_of_the_name_not_the_role(run):
    text = ("Ketua Asosiasi Hotel Gili Lalu Kusmawan mengatakan, dua perusahaan kapal cepat sudah beroperasi. "
            "Kepala Satuan Lalu Lintas Polres Purwakarta Ajun Komisaris Dani Wirawan mengatakan, "
            "arus kendaraan mulai ramai sejak pagi.")
    r = run(text, names={"Kusmawan": "PER", "Dani Wirawan": "PER"})
    assert [(q.speaker.name, q.speaker.role) for q in r.quotes] == [
        ("Lalu Kusmawan", "Ketua Asosiasi Hotel Gili"),
        ("Dani Wirawan", "Kepala Satuan Lalu Lintas Polres Purwakarta")]


def test_a_ministry_acronym_before_a_name_belongs_to_the_role(run):
    text = ("Kepala Subdirektorat Industri Rotan Kemenperin Mediawan mengatakan tengah mengumpulkan "
            "data kebutuhan bahan baku.")
    q = only(run(text, names={"Kemenperin Mediawan": "PER"}))
    assert (q.speaker.name, q.speaker.role) == ("Mediawan", "Kepala Subdirektorat Industri Rotan Kemenperin")


def test_a_public_figures_nickname_resolves_only_where_the_article_gives_the_name(run):
    with_name = ("Presiden Joko Widodo meresmikan bendungan itu pada Senin pagi. "
                 "”Air untuk sawah petani sudah siap,” kata Jokowi.")
    q = only(run(with_name, names={"Joko Widodo": "PER", "Jokowi": "PER"}), "direct")
    assert (q.speaker.name, q.speaker.role) == ("Joko Widodo", "Presiden")
    nickname_only = "Bendungan itu diresmikan pada Senin. ”Air untuk sawah petani sudah siap,” kata Jokowi."
    assert only(run(nickname_only, names={"Jokowi": "PER"}), "direct").speaker.name == "Jokowi"


def test_a_single_word_the_ner_data_knows_only_as_a_body_speaks_as_an_organisation(run):
    text = ("Sekretaris Umum Pimpinan Pusat Muhammadiyah Abdul Mukti menjelaskan tuntunan shalat di rumah. "
            "Muhammadiyah meyakini bahwa agama adalah petunjuk bagi manusia untuk menjalani kehidupan.")
    # The tagger reads the subject as a person; the NER data knows the word only as a body.
    r = run(text, names={"Abdul Mukti": "PER", "Muhammadiyah": "PER"})
    assert [(q.speaker.name, q.speaker.kind, q.speaker.role) for q in r.quotes if q.type == "indirect"][-1] == (
        "Muhammadiyah", "organization", None)


def test_a_place_name_after_the_place_in_an_appositive_is_not_the_speaker(run):
    text = ("Kusmanto (50), pedagang daging kambing di Pasar Kramat Jati, Jakarta Timur, menyampaikan, "
            "penjualan masih berkisar 10 kilogram per hari.")
    q = only(run(text, names={"Kusmanto": "PER"}))
    assert (q.speaker.name, q.speaker.role) == (
        "Kusmanto", "pedagang daging kambing di Pasar Kramat Jati, Jakarta Timur")


def test_a_province_after_a_residents_town_is_not_the_speaker_but_a_body_is(run):
    resident = "Aryanti Widagdo, warga Surabaya, Jawa Timur, mengatakan tak bisa menahan asistennya mudik."
    q = only(run(resident, names={"Aryanti Widagdo": "PER"}))
    assert (q.speaker.name, q.speaker.role) == ("Aryanti Widagdo", "warga Surabaya")
    body = "SURABAYA, KOMPAS — Komisi Pemilihan Umum memprediksi tingkat partisipasi pemilih berkisar 60 persen."
    assert only(run(body)).speaker.name == "Komisi Pemilihan Umum"


def test_a_common_word_the_tagger_takes_for_a_name_can_name_the_speaker(run):
    text = ("Calon bupati petahana Indah Putri Andini meninjau rumah sukarelawan yang diserang. "
            "Sebelumnya, Indah menyampaikan, kejadian ini menunjukkan adanya intimidasi terhadap pendukungnya.")
    r = run(text, names={"Indah Putri Andini": "PER"})
    assert [q.speaker.name for q in r.quotes] == ["Indah Putri Andini"]


def test_a_sub_heading_run_into_a_titled_subject_is_left_out(run):
    text = ("”Burung itu masih ada di hutan,” ujar Teguh.\n"
            "Tidak hilang Ketua Umum Perkumpulan Dayak Meratus Benyamin Uhan mengatakan, burung pelanduk masih "
            "bisa dijumpai di hutan. ”Masyarakat adat tidak pernah memburunya,” tuturnya.")
    r = run(text, names={"Benyamin Uhan": "PER", "Teguh": "PER"})
    assert [(q.speaker.name, q.speaker.role) for q in r.quotes][1:] == [
        ("Benyamin Uhan", "Ketua Umum Perkumpulan Dayak Meratus")] * 2


def test_a_relation_appositive_names_the_speaker_before_it(run):
    text = ("Selain Purwadi, warga lain juga berkeras tetap di rumah. Iyah (40), tetangga Purwadi, mengatakan, "
            "tetap di rumah adalah komitmen warga. ”Pengurus RW meminta warga tetap di rumah,” ujar ibu dua anak ini.")
    r = run(text, names={"Iyah": "PER", "Purwadi": "PER"})
    assert [(q.speaker.name, q.speaker.role) for q in r.quotes] == [("Iyah", "tetangga Purwadi")] * 2


def test_a_relation_appositive_after_a_titled_name_names_that_person(run):
    # The titled name before the appositive is the person it describes, as a bare name is.
    text = ("Komentar berdatangan di unggahan itu.\n"
            "Aktris Sekar Ayuningtyas, sahabat Laras, menulis, "
            "”Ikut bahagia membaca kabar ini. Semoga lancar sampai hari persalinan, ya!”")
    q = only(run(text, names={"Sekar Ayuningtyas": "PER", "Laras": "PER"}))
    assert (q.speaker.name, q.speaker.role) == ("Sekar Ayuningtyas", "Aktris")
    assert q.rules["speaker"] == "named_mention"
    # A title alone before the comma names no one: the person after it speaks.
    guard = "Konsul Jenderal Belanda, Pieter Jansen, mengatakan, kerja sama itu berjalan baik."
    q = only(run(guard, names={"Pieter Jansen": "PER"}))
    assert (q.speaker.name, q.speaker.role) == ("Pieter Jansen", "Konsul Jenderal Belanda")


def test_circumstances_and_a_chain_of_places_before_the_verb_are_not_the_speaker(run):
    contacted = ("Anggota Komisi Pemilihan Umum (KPU), Evi Novita Manik, dihubungi dari Jakarta, "
                 "Selasa (12/1/2021), mengatakan, kantor akuntan publik telah menyelesaikan audit.")
    q = only(run(contacted, names={"Evi Novita Manik": "PER"}))
    assert (q.speaker.name, q.speaker.role) == ("Evi Novita Manik", "Anggota Komisi Pemilihan Umum (KPU)")
    press = ("Direktur Operasional Badan SAR Nasional (Basarnas) Brigadir Jenderal (Mar) Rasmin, dalam jumpa "
             "pers di Dermaga JICT 2, Tanjung Priok, Jakarta Utara, Rabu (13/1/2021), mengatakan, pencarian "
             "diperluas ke utara.")
    q = only(run(press, names={"Rasmin": "PER"}))
    assert (q.speaker.name, q.speaker.role) == ("Rasmin", "Direktur Operasional Badan SAR Nasional (Basarnas)")


def test_places_after_an_adjunct_set_off_after_the_subject_are_not_the_speaker(run):
    # Villages and regencies the gazetteer does not know go on with the adjunct's place.
    short = ("Bupati Sikka Yohanes Moa, di Desa Watublapi, Kewapante, Kamis, menegaskan bahwa stok benih "
             "cukup sampai musim tanam.")
    q = only(run(short, names={"Yohanes Moa": "PER"}))
    assert (q.speaker.name, q.speaker.role) == ("Yohanes Moa", "Bupati Sikka")
    long = ("Kepala Balai Karantina Ende Maria Goreti, dalam keterangan seusai sidak gudang di Desa Nangaroro, "
            "Kabupaten Nagekeo, Kamis, menyampaikan bahwa tidak ada temuan penyakit hewan.")
    q = only(run(long, names={"Maria Goreti": "PER"}))
    assert (q.speaker.name, q.speaker.role) == ("Maria Goreti", "Kepala Balai Karantina Ende")
    # A subject that holds the place: the name after the places speaks.
    guard = "Warga di RT 04, Kelurahan Oebufu, Lukas Tefa, mengatakan air bersih belum mengalir sejak Senin."
    assert only(run(guard)).speaker.name == "Lukas Tefa"


def test_places_closing_an_adjunct_run_on_from_the_subject_are_not_the_speaker(run):
    # The adjunct follows the name without a comma; the regency after the next comma,
    # unknown to the gazetteer, goes on with the adjunct's place, and is no speaker who
    # then absorbs the regent named with it later.
    text = ("Kepala Basarnas Marsdya TNI Budi Hartono dalam jumpa pers di Posko Terpadu Kecamatan Cikalong, "
            "Cianjur, Rabu, mengatakan pencarian korban masih berlanjut.\n\n"
            "Bupati Cianjur Ade Sugianto mengatakan bantuan sudah dikirim ke posko.")
    first, second = run(text, names={"Budi Hartono": "PER", "Ade Sugianto": "PER"}).quotes
    assert (first.speaker.name, first.speaker.role) == ("Budi Hartono", "Kepala Basarnas")
    assert (second.speaker.name, second.speaker.role) == ("Ade Sugianto", "Bupati Cianjur")
    visit = "Budi Hartono dalam kunjungan ke Desa Sukamaju, Cianjur, mengatakan bantuan sudah dikirim ke posko."
    assert only(run(visit, names={"Budi Hartono": "PER"})).speaker.name == "Budi Hartono"
    # A role whose own capitalised words look like a name, then where the person works:
    # the name set off after the place speaks.
    guard = ("Petugas Pos Pengamatan Gunung Api Ile Boleng di Desa Nelereren, Yosef Lamanepa, mengatakan "
             "hujan abu masih turun.")
    q = only(run(guard))
    assert (q.speaker.name, q.speaker.role) == (
        "Yosef Lamanepa", "Petugas Pos Pengamatan Gunung Api Ile Boleng di Desa Nelereren")


def test_selaku_sets_the_role_after_the_name(run):
    text = ("Dihubungi terpisah, Edison Sembiring selaku Kepala Divisi Perkulakan PD Pasar Jaya menjelaskan, "
            "paket bansos tahap kedua sudah siap dikirim.")
    q = only(run(text, names={"Edison Sembiring": "PER"}))
    assert (q.speaker.name, q.speaker.role) == ("Edison Sembiring", "Kepala Divisi Perkulakan PD Pasar Jaya")


def test_the_office_after_selaku_or_a_comma_outranks_a_rank_before_the_name(run):
    # A rank (AKBP, Kolonel Inf) is how the person is addressed; the office after selaku
    # or the comma is the role they speak in.
    q = only(run("AKBP Sutarno Wijaya selaku Kapolres Banjarnegara menyampaikan bahwa dua tersangka masih buron.",
                 names={"Sutarno Wijaya": "PER"}))
    assert (q.speaker.name, q.speaker.role) == ("Sutarno Wijaya", "Kapolres Banjarnegara")
    q = only(run("Kolonel Inf Gatot Prasetyo, Komandan Kodim 0712, mengatakan bahwa jembatan darurat rampung besok.",
                 names={"Gatot Prasetyo": "PER"}))
    assert (q.speaker.name, q.speaker.role) == ("Gatot Prasetyo", "Komandan Kodim 0712")
    # Guard: an office before the name stays the role, whatever follows selaku.
    q = only(run("Ketua Bawaslu Sutarno Wijaya selaku penanggung jawab mengatakan bahwa rekapitulasi diulang.",
                 names={"Sutarno Wijaya": "PER"}))
    assert q.speaker.role == "Ketua Bawaslu"


def test_a_titled_name_before_a_relative_appositive_speaks(run):
    text = ("”Pasien harus menunggu lebih dari sepuluh hari,” ujar Roy.\n"
            "Kepala Dinas Kesehatan Kalsel Muhammad Muslih, yang juga juru bicara Gugus Tugas Kalsel, "
            "mengatakan, jumlah spesimen yang dikirim ke laboratorium terus meningkat.")
    r = run(text, names={"Muhammad Muslih": "PER", "Roy": "PER"})
    assert [(q.speaker.name, q.speaker.role) for q in r.quotes if q.type == "indirect"] == [
        ("Muhammad Muslih", "Kepala Dinas Kesehatan Kalsel")]


def test_an_appositive_description_ends_before_a_preposition(run):
    text = ("Puspa Pratiwi (46), pelaku usaha mikro dengan nama usaha Gerai Puspa di Depok, mengaku sulit "
            "memperoleh izin edar. ”Prosesnya lama sekali,” kata Puspa.")
    q = only(run(text, names={"Puspa Pratiwi": "PER", "Puspa": "PER"}), "direct")
    assert (q.speaker.name, q.speaker.role) == ("Puspa Pratiwi", "pelaku usaha mikro")


def test_pada_an_institution_continues_a_title(run):
    text = ("Direktur Jenderal Ketenagalistrikan pada Kementerian Energi dan Sumber Daya Mineral Rida Mulyadi "
            "mengatakan, pasokan listrik aman selama libur panjang.")
    q = only(run(text, names={"Rida Mulyadi": "PER"}))
    assert (q.speaker.name, q.speaker.role) == (
        "Rida Mulyadi", "Direktur Jenderal Ketenagalistrikan pada Kementerian Energi dan Sumber Daya Mineral")


def test_a_title_ending_in_a_common_noun_is_a_title_only_speaker(run):
    text = ("Deputi Bidang Pelayanan Publik Kementerian Pendayagunaan Aparatur Negara dan Reformasi Birokrasi, "
            "Selasa (16/6/2020), di Jakarta, mengatakan bahwa ribuan aduan masuk selama pandemi.")
    q = only(run(text))
    assert q.speaker.name == ("Deputi Bidang Pelayanan Publik Kementerian Pendayagunaan Aparatur Negara "
                              "dan Reformasi Birokrasi")
    assert q.rules["speaker"] == "description_mention:title_only"


def test_a_title_with_a_demonstrative_points_back_to_the_person(run):
    text = ("Aktivis hak asasi Haris Santoso menilai kasus itu janggal. "
            "Mantan Koordinator Komisi untuk Orang Hilang dan Korban Tindak Kekerasan (Kontras) itu "
            "menambahkan, keluarga korban berani mengungkap dugaan pembunuhan terencana.")
    r = run(text, names={"Haris Santoso": "PER", "Kontras": "ORG"})
    assert [q.speaker.name for q in r.quotes] == ["Haris Santoso", "Haris Santoso"]
    assert r.quotes[1].speaker.mention.startswith("Mantan Koordinator Komisi")


def test_a_lowercase_physician_title_is_not_part_of_the_role(run):
    text = ("Kepala Dinas Kesehatan Sulawesi Tengah dr Reny Lamadjido menyatakan, vaksinasi lansia "
            "dipercepat bulan ini.")
    q = only(run(text, names={"Reny Lamadjido": "PER"}))
    assert q.speaker.name == "Reny Lamadjido"
    assert q.speaker.role == "Kepala Dinas Kesehatan Sulawesi Tengah"


def test_a_speaker_brought_in_by_a_passive_verb_is_the_antecedent(run):
    text = ("Koordinator Forum Petani Lestari Rina Wulandari menilai program itu gagal. "
            "”Lahan petani tidak pernah diperhatikan,” katanya. "
            "Hal senada juga diungkapkan Direktur Lembaga Pangan Kalteng Dimas Pratama. "
            "Menurutnya, krisis pangan bisa dijawab dengan memperkuat petani lokal.")
    r = run(text, names={"Rina Wulandari": "PER", "Dimas Pratama": "PER"})
    assert [q.speaker.name for q in r.quotes] == ["Rina Wulandari", "Rina Wulandari", "Dimas Pratama"]
    assert r.quotes[2].rules["speaker"] == "pronoun_mention"


def test_a_member_run_into_the_body_by_the_tagger_does_not_rename_the_body(run):
    text = ("Komisioner Komnas HAM Rudi Santoso menambahkan, kebijakan pusat dan daerah tidak sinkron. "
            "”Jangan korbankan kesehatan warga,” tegas Rudi. "
            "Ke depan, Komnas HAM juga meminta agar pemerintah lebih konsisten membuat kebijakan.")
    r = run(text, names={"Komnas HAM Rudi Santoso": "ORG", "Rudi": "PER"})
    assert [q.speaker.name for q in r.quotes] == ["Rudi Santoso", "Rudi Santoso", "Komnas HAM"]
    assert r.quotes[2].speaker.kind == "organization"


def test_initials_after_a_rank_open_the_name_not_the_role(run):
    text = ("Kepala Polda Sulut Inspektur Jenderal RZ Panca Putra Simanjuntak meminta penyedia segera "
            "melapor bila surat suara tiba.")
    q = only(run(text, names={"RZ Panca Putra Simanjuntak": "PER"}))
    assert q.speaker.role == "Kepala Polda Sulut"
    assert q.speaker.name.endswith("Panca Putra Simanjuntak")


def test_a_body_keeps_the_bracket_closing_its_acronym(run):
    text = ("Badan Penerbangan Federal Amerika Serikat (FAA) menyebutkan, belum ada kasus penularan "
            "di dalam kabin pesawat.")
    r = run(text)
    q = only(r)
    # The name is read whole, up to the bracket closing the acronym; the speaker is named
    # without the acronym, which stays among the aliases.
    assert q.speaker.name == "Badan Penerbangan Federal Amerika Serikat"
    assert {"FAA", "Badan Penerbangan Federal Amerika Serikat (FAA)"} <= set(r.speakers[0].aliases)
    assert q.speaker.kind == "organization"


def test_a_title_ending_in_a_rank_word_and_a_country_keeps_the_country(run):
    q = only(run("Konsul Jenderal RI di Hamburg menyatakan, produk kopi berpeluang diekspor ke Jerman utara."))
    assert q.speaker.role == "Konsul Jenderal RI"


def test_a_known_short_name_after_an_opening_connective_is_an_antecedent(run):
    text = ("Wali Kota Bogor Bima Arya sempat dirawat karena Covid-19. "
            "Padahal, Bima tidak memiliki riwayat penyakit pernapasan. "
            "Satu minggu pertama di rumah sakit merupakan hari-hari berat. "
            "Dia harus beradaptasi dengan kondisi isolasi. "
            "Tim perawat dan dokter datang dua kali sehari. "
            "Keluarga hanya bisa menelepon pada malam hari. "
            "Makanan diantar ke depan pintu kamar. "
            "”Pertarungan utama pada minggu awal adalah pertarungan mental,” ujarnya.")
    r = run(text, names={"Bima Arya": "PER"})
    q = only(r, "direct")
    assert q.speaker.name == "Bima Arya"


def test_a_plural_pronoun_takes_everyone_named_with_its_antecedent(run):
    text = ("Kunjungan itu rawan disalahtafsirkan. Hal ini disampaikan pengajar kebijakan publik "
            "Universitas Airlangga, Gitadi Tegas Supramudyo, dan pengajar Universitas Gadjah Mada, "
            "Gabriel Lele, secara terpisah. Kunjungan, menurut keduanya, bisa dianggap undangan bagi "
            "warga untuk kembali beraktivitas.")
    r = run(text, names={"Gitadi Tegas Supramudyo": "PER", "Gabriel Lele": "PER"})
    q = only(r, "indirect")
    assert q.speaker.name == "Gitadi Tegas Supramudyo"
    assert [c.name for c in q.co_speakers] == ["Gabriel Lele"]


def test_a_body_named_only_by_an_unlisted_acronym_speaks(run):
    text = ("Kantor berita resmi Korea Utara, KCNA, melaporkan bahwa pemimpin negara itu mengawasi "
            "langsung peluncuran satelit.")
    q = only(run(text, names={"KCNA": "ORG", "Korea Utara": "LOC"}))
    assert (q.speaker.name, q.speaker.kind) == ("KCNA", "organization")


def test_lowercase_words_after_a_body_head_describe_it_until_its_name(run):
    text = "Kantor berita resmi Korea Utara KCNA melaporkan bahwa peluncuran satelit berjalan sukses."
    q = only(run(text, names={"Korea Utara KCNA": "ORG"}))
    assert q.speaker.kind == "organization"
    assert q.speaker.name.endswith("KCNA")


def test_a_body_serving_someone_keeps_its_whole_name(run):
    text = ("Koalisi Masyarakat Sipil untuk Buruh Migran mendesak pemerintah untuk memprioritaskan "
            "pekerja tanpa dokumen.")
    q = only(run(text, names={"Koalisi Masyarakat Sipil": "ORG", "Buruh Migran": "PER"}))
    assert (q.speaker.name, q.speaker.kind) == ("Koalisi Masyarakat Sipil untuk Buruh Migran", "organization")


def test_a_body_with_listed_fields_is_one_speaker(run):
    text = ("Badan Meteorologi, Klimatologi, dan Geofisika (BMKG) memperingatkan potensi cuaca ekstrem "
            "di pesisir selatan Jawa selama sepekan.")
    q = only(run(text))
    assert (q.speaker.name, q.speaker.kind) == ("Badan Meteorologi, Klimatologi, dan Geofisika", "organization")


def test_a_station_of_a_body_with_listed_fields_is_one_speaker(run):
    # A station (a unit of the body) before the body's name opens one body's name: its
    # listed fields are no title and name, nor a second body after dan.
    text = ("Stasiun Klimatologi Jawa Timur Badan Meteorologi, Klimatologi, dan Geofisika (BMKG) telah "
            "memperingatkan bahwa hujan lebat berpotensi terjadi di pesisir selatan.")
    q = only(run(text))
    assert (q.speaker.name, q.speaker.kind, q.co_speakers) == (
        "Stasiun Klimatologi Jawa Timur Badan Meteorologi, Klimatologi, dan Geofisika", "organization", [])
    # Guard: the station's head still speaks as a person.
    q = only(run("Kepala Stasiun Klimatologi Jawa Timur, Budi Santoso, memperingatkan bahwa hujan lebat berpotensi "
                 "terjadi.", names={"Budi Santoso": "PER"}))
    assert (q.speaker.name, q.speaker.role) == ("Budi Santoso", "Kepala Stasiun Klimatologi Jawa Timur")


def test_a_sub_heading_noun_before_a_title_is_not_part_of_the_role(run):
    text = ("Beban pengusaha Wakil Gubernur Bali Tjokorda Oka Sukawati menyatakan sepinya wisatawan "
            "memukul usaha perhotelan.")
    q = only(run(text, names={"Tjokorda Oka Sukawati": "PER"}))
    assert q.speaker.name == "Tjokorda Oka Sukawati"
    assert q.speaker.role == "Wakil Gubernur Bali"


def test_a_qualifier_before_a_title_stays_in_the_role(run):
    q = only(run("Hal itu dibenarkan mantan Menteri Kesehatan Siti Rahayu. Siti mengatakan, vaksin itu aman.",
                 names={"Siti Rahayu": "PER"}))
    assert q.speaker.role == "mantan Menteri Kesehatan"


def test_a_role_set_off_by_dashes_before_the_name(run):
    text = ("Ekonom senior Institute for Development of Economics and Finance (Indef) — Faisal Rahman — "
            "menilai kenaikan harga dipicu mundurnya masa panen.")
    q = only(run(text, names={"Faisal Rahman": "PER"}))
    assert q.speaker.name == "Faisal Rahman"
    assert q.speaker.role == "Ekonom senior Institute for Development of Economics and Finance (Indef)"


def test_a_quote_whose_source_the_next_sentence_names(run):
    text = ("Banjir rob kembali merendam pesisir utara kota itu. Wali Kota Eri Santoso meninjau lokasi. "
            "”Air masuk rumah sejak subuh. Kasur dan lemari sudah basah semua.”\n\n"
            "Keluhan itu disampaikan Siti Aminah (38), warga Kelurahan Tambak Wedi. "
            "Ia sudah tiga kali mengungsi tahun ini.")
    q = only(run(text, names={"Siti Aminah": "PER", "Eri Santoso": "PER"}), "direct")
    assert q.speaker.name == "Siti Aminah"
    assert q.rules["speaker"] == "context_speaker:named_next"


def test_a_body_lead_voiced_by_the_person_the_next_sentence_names(run):
    # Pemerintah memastikan …. Hal itu disampaikan <title> X …: the body the noun alone
    # names speaks through X, who is the speaker, with X's role.
    text = ("JAKARTA, KOMPAS.com - Pemerintah memastikan pasokan gula nasional cukup hingga Lebaran meski "
            "harga di pasar masih tinggi.\n\n"
            "Hal itu disampaikan Menteri Perdagangan Rudi Hartanto seusai rapat terbatas di Istana, Selasa "
            "(4/3/2025).\n\n")
    q = run(text, names={"Rudi Hartanto": "PER"}).quotes[0]
    assert (q.speaker.name, q.speaker.role, q.rules["speaker"]) == (
        "Rudi Hartanto", "Menteri Perdagangan", "named_mention:voiced_next")
    # A body named in full that the person's role does not name keeps the statement:
    # the person named after it is someone else (here an outside observer).
    text = ("JAKARTA, KOMPAS.com - Komisi Pemilihan Umum memastikan tahapan pemilihan kepala daerah tetap "
            "berjalan sesuai jadwal.\n\n"
            "Hal itu disampaikan pengamat politik Rudi Hartanto dalam diskusi di Jakarta, Selasa (4/3/2025).\n\n")
    q = run(text, names={"Rudi Hartanto": "PER", "Komisi Pemilihan Umum": "ORG"}).quotes[0]
    assert q.speaker.name == "Komisi Pemilihan Umum"
    # One whose role names that body speaks for it.
    text = text.replace("pengamat politik Rudi Hartanto", "Ketua Komisi Pemilihan Umum Rudi Hartanto")
    q = run(text, names={"Rudi Hartanto": "PER", "Komisi Pemilihan Umum": "ORG"}).quotes[0]
    assert (q.speaker.name, q.speaker.role) == ("Rudi Hartanto", "Ketua Komisi Pemilihan Umum")


def test_a_body_lead_is_not_voiced_by_one_named_in_the_occasion_or_addressed(run):
    # Hal itu disampaikan <occasion or addressee> X …: X is where or to whom the body
    # said it, not its voice; the body keeps its statement.
    opening = "JAKARTA, KOMPAS.com - Pemerintah memastikan pasokan gula nasional cukup hingga Lebaran.\n\n"
    names = {"Rudi Hartanto": "PER", "Lawrence Wong": "PER", "Budi Santoso": "PER"}
    for after in ("Hal itu disampaikan saat menerima kunjungan Perdana Menteri Singapura Lawrence Wong di Istana",
                  "Hal itu disampaikan dalam rapat terbatas yang dipimpin Presiden Budi Santoso di Istana",
                  "Hal itu disampaikan dalam rapat koordinasi bersama Menteri Koordinator Pangan Rudi Hartanto",
                  "Hal itu disampaikan kepada Ketua Komisi VI DPR Rudi Hartanto dalam rapat kerja"):
        for tagged in (names, None):
            q = only(run(opening + after + ", Selasa (4/3/2025).", names=tagged))
            assert (q.speaker.name, q.rules["speaker"]) == ("Pemerintah", "named_mention"), (after, tagged)
    # A thing handed over (Bantuan itu disampaikan X …) is no statement X voiced.
    text = ("BEKASI, KOMPAS.com - Pemerintah memastikan bantuan untuk korban banjir mencukupi.\n\n"
            "Bantuan itu disampaikan Menteri Sosial Rudi Hartanto kepada para pengungsi di Bekasi.")
    assert only(run(text, names=names)).speaker.name == "Pemerintah"
    # Guard: a statement noun, or the agent after oleh (past the one it was said to),
    # still hands the body's statement to the person.
    for after in ("Penegasan itu disampaikan Menteri Perdagangan Rudi Hartanto seusai rapat",
                  "Hal tersebut disampaikan oleh Menteri Perdagangan Rudi Hartanto seusai rapat",
                  "Hal itu disampaikan kepada wartawan oleh Menteri Perdagangan Rudi Hartanto"):
        q = only(run(opening + after + ", Selasa (4/3/2025).", names=names))
        assert (q.speaker.name, q.speaker.role, q.rules["speaker"]) == (
            "Rudi Hartanto", "Menteri Perdagangan", "named_mention:voiced_next"), after


def test_a_quote_is_not_given_to_the_one_the_next_sentence_says_it_was_addressed_to(run):
    # Permintaan itu disampaikan kepada <title> X: X heard it; with or without a tagger
    # marking X, the quote gets no speaker from that sentence.
    opening = "Banjir merendam tiga desa. ”Kami butuh perahu karet dan obat-obatan secepatnya.”\n\n"
    text = opening + "Permintaan itu disampaikan kepada Bupati Lembah Hijau Rudi Hartanto dalam rapat darurat."
    for names in ({"Rudi Hartanto": "PER"}, None):
        q = only(run(text, names=names), "direct")
        assert q.speaker is None, names
    # Guard: the one named right after the verb said it.
    text = opening + "Permintaan itu disampaikan Camat Rudi Hartanto dalam rapat darurat."
    q = only(run(text, names={"Rudi Hartanto": "PER"}), "direct")
    assert (q.speaker.name, q.rules["speaker"]) == ("Rudi Hartanto", "context_speaker:named_next")


def test_a_quote_shouted_by_the_person_the_next_sentence_names(run):
    # A slogan shouted at a rally is said as much as one handed over (disampaikan).
    opening = ("Ratusan nelayan berkumpul di depan kantor bupati, Rabu (5/3/2025).\n\n"
               "”Kami tidak menolak pelabuhan baru. Kami menolak digusur tanpa ganti rugi.”\n\n")
    names = {"Dimas Purba": "PER", "Hendra Lubis": "PER"}
    text = opening + ("Seruan itu berkali-kali diteriakkan koordinator aksi, Dimas Purba, dari atas mobil "
                      "bak terbuka. Dimas menyebut ada 40 keluarga terancam digusur.")
    q = only(run(text, names=names), "direct")
    assert (q.speaker.name, q.rules["speaker"]) == ("Dimas Purba", "context_speaker:named_next")
    # The one it was shouted at, named after other words and a comma, is not the source.
    text = opening + ("Seruan itu diteriakkan ke arah kantor Bupati Lembah Hijau, Hendra Lubis, yang tak "
                      "kunjung keluar.")
    q = only(run(text, names=names), "direct")
    assert q.speaker is None or q.speaker.name != "Hendra Lubis"


def test_the_next_sentence_may_name_the_source_after_a_title_set_off_by_a_comma(run):
    # Pernyataan itu disampaikan <title>, <honorific> <name>, <degree>: the title is theirs.
    opening = ("Kasus demam berdarah di Kabupaten Lembah Hijau naik. Ibu pasien, Wulan Sari, cemas. "
               "”Anak saya demam tiga hari,” katanya.\n\n"
               "”Nyamuk berkembang biak paling cepat pada awal musim hujan.” ")
    text = opening + ("Pernyataan itu disampaikan Dosen Entomologi Universitas Lembah Hijau, Dr. Gilang Ramadhan, "
                      "M.Si, dalam diskusi daring.")
    names = {"Wulan Sari": "PER", "Gilang Ramadhan": "PER"}
    q = run(text, names=names).quotes[-1]
    assert (q.speaker.name, q.speaker.role, q.rules["speaker"]) == \
        ("Gilang Ramadhan", "Dosen Entomologi Universitas Lembah Hijau", "context_speaker:named_next")
    # Someone named after other words and a comma is not the source: here the one it was
    # said to.
    text = opening + "Pernyataan itu disampaikan kepada Bupati Lembah Hijau, Gilang Ramadhan, dalam rapat."
    q = run(text, names=names).quotes[-1]
    assert q.speaker.name != "Gilang Ramadhan"


def test_the_next_sentence_may_name_the_source_after_an_office_and_a_rank_set_off(run):
    # Pernyataan itu disampaikan <office>, <rank> <name>: the office is theirs too.
    opening = ("Kelompok pemberontak itu menyatakan siap berunding dengan pemerintah.\n\n"
               "“Krisis di wilayah itu tidak boleh dilupakan dunia. Indonesia siap mengirim bantuan pangan begitu "
               "jalur dibuka.”\n\n")
    text = opening + ("Pernyataan itu disampaikan Wakil Tetap RI untuk ASEAN di Jakarta, Duta Besar Rudi Hartono "
                      "Wibowo, dalam pertemuan yang sama.")
    q = run(text).quotes[-1]
    assert (q.speaker.name, q.rules["speaker"]) == ("Rudi Hartono Wibowo", "context_speaker:named_next")
    # Guard: the one it was said to, after kepada, is not the source.
    text = opening + "Pernyataan itu disampaikan kepada Bupati Sleman, Rudi Hartono Wibowo, dalam pertemuan yang sama."
    q = run(text).quotes[-1]
    # The rebel group's words, kept with no speaker (the article names it nowhere).
    assert q.text.startswith("Krisis di wilayah itu") and q.speaker is None


def test_a_known_name_closing_the_sentence_after_oleh_speaks_next(run):
    # Kabar itu dibantah oleh X. ”…,” katanya: the sentence hands the word to X, named
    # before only in full, not to the speaker quoted last.
    opening = ("Juru bicara Kementerian Perikanan Palau, Rudi Hartawan, mengatakan kerja sama berjalan baik. "
               "”Kami puas dengan hasilnya,” kata Hartawan.\n\n"
               "Pengamat maritim Sinta Dewi Kurnia menilai kerja sama itu timpang. "
               "”Kita hanya jadi pasar,” kata Sinta.\n\n")
    names = {"Rudi Hartawan": "PER", "Sinta Dewi Kurnia": "PER"}
    text = opening + "Kabar soal pembatalan kontrak dibantah oleh Hartawan.\n\n”Kontrak tetap berlaku,” katanya."
    q = run(text, names=names).quotes[-1]
    assert (q.speaker.name, q.rules["speaker"]) == ("Rudi Hartawan", "pronoun_mention")
    # A name the article has not given before is no one's known name: the last speaker
    # goes on.
    text = opening + "Kabar soal pembatalan kontrak dibantah oleh Palau.\n\n”Kontrak tetap berlaku,” katanya."
    q = run(text, names=names).quotes[-1]
    assert q.speaker.name == "Sinta Dewi Kurnia"


def test_a_speech_verb_without_a_record_brings_in_the_next_speaker(run):
    text = ("Ketua KPK Nawawi Saputra menegaskan lembaganya tidak akan pandang bulu. "
            "Kuasa hukum salah satu tersangka, Hotman Siregar, menyebut kliennya kooperatif. "
            "”Klien kami akan hadir memenuhi panggilan penyidik,” katanya saat dihubungi.")
    r = run(text, names={"Nawawi Saputra": "PER", "Hotman Siregar": "PER"})
    assert only(r, "direct").speaker.name == "Hotman Siregar"


def test_a_lowercase_description_before_a_comma_and_the_name(run):
    text = "Salah satu korban, Rudi Hartono (29), mengaku lega motornya kembali dalam keadaan utuh."
    q = only(run(text, names={"Rudi Hartono": "PER"}))
    assert (q.speaker.name, q.speaker.role) == ("Rudi Hartono", "korban")


def test_a_party_to_a_case_is_a_role(run):
    text = "Salah seorang pelapor, Sugianto Prawiro (50), mengatakan warga sudah lama mempertanyakan dana desa."
    q = only(run(text, names={"Sugianto Prawiro": "PER"}))
    assert (q.speaker.name, q.speaker.role) == ("Sugianto Prawiro", "pelapor")
    # Guard: the lawyer of a party keeps the whole role, not the party's word alone.
    text = "Kuasa hukum tergugat, Andreas Pranata, mengatakan kliennya tidak pernah menerima somasi."
    q = only(run(text, names={"Andreas Pranata": "PER"}))
    assert (q.speaker.name, q.speaker.role) == ("Andreas Pranata", "Kuasa hukum tergugat")


def test_a_body_with_an_unlisted_name_and_its_acronym_speaks(run):
    text = "Indonesia Corruption Watch (ICW) menilai langkah penyidik itu terlambat dan tidak transparan."
    q = only(run(text, names={"Indonesia Corruption Watch": "ORG"}))
    assert (q.speaker.name, q.speaker.kind) == ("Indonesia Corruption Watch", "organization")


def test_a_relative_of_someone_named_by_the_relation(run):
    text = "Ayah korban, Syahrial Lubis (41), mengaku tidak mengetahui anaknya pergi ke sungai sore itu."
    q = only(run(text, names={"Syahrial Lubis": "PER"}))
    assert (q.speaker.name, q.speaker.role) == ("Syahrial Lubis", "Ayah korban")


def test_a_relation_right_before_a_name_is_whose_relative_not_a_role(run):
    text = ("Ayah Ika Lestari dirawat di rumah sakit sejak pekan lalu. "
            "”Saya capek dengan orang-orang yang sinis,” ucap Ika Lestari.")
    q = only(run(text, names={"Ika Lestari": "PER"}), "direct")
    assert (q.speaker.name, q.speaker.role) == ("Ika Lestari", None)


def test_balinese_name_elements_belong_to_the_name(run):
    text = ("General Manager PT Taman Wisata Candi Borobudur I Gusti Putu Ngurah Sedana mengatakan, "
            "bandara baru memberi titik cerah bagi pariwisata.")
    q = only(run(text, names={"Ngurah Sedana": "PER"}))
    assert q.speaker.name == "I Gusti Putu Ngurah Sedana"
    assert q.speaker.role == "General Manager PT Taman Wisata Candi Borobudur"


def test_a_role_then_a_rank_and_name_after_the_comma(run):
    text = ("Wakil Ketua Pelaksana II Komite Penanganan Covid-19 dan PEN, Komisaris Jenderal Gatot Pramono, "
            "menambahkan, pengawasan di daerah diperketat.")
    q = only(run(text, names={"Gatot Pramono": "PER", "PEN": "ORG"}))
    assert q.speaker.name == "Gatot Pramono"
    assert q.speaker.role == "Wakil Ketua Pelaksana II Komite Penanganan Covid-19 dan PEN"


def test_an_acronym_the_article_introduced_for_a_body_speaks(run):
    text = ("Data Asosiasi Transportasi Udara Internasional (IATA) menunjukkan penurunan tajam. "
            "IATA memprediksi jumlah penumpang pesawat baru pulih pada 2024.")
    q = only(run(text))
    assert (q.speaker.name, q.speaker.kind) == ("IATA", "organization")


def test_the_police_and_an_ombudsman_speak_as_bodies(run):
    text = ("Polisi menyebutkan, sebagian besar terduga perusuh merupakan pelajar sekolah menengah. "
            "Ombudsman RI Perwakilan Jakarta Raya meminta jajaran kepolisian tegas menegakkan aturan.")
    r = run(text)
    assert [(q.speaker.name, q.speaker.kind) for q in r.quotes] == [
        ("Polisi", "organization"), ("Ombudsman RI Perwakilan Jakarta Raya", "organization")]


def test_an_abbreviated_title_with_a_demonstrative_points_back(run):
    text = ("Kepala Satpol PP Surabaya Eddy Santoso menyebut razia digelar tiap malam. Kasatpol PP "
            "Surabaya ini mengungkapkan, petugas beberapa kali telah menindak pelanggar.")
    r = run(text, names={"Eddy Santoso": "PER"})
    assert [q.speaker.name for q in r.quotes] == ["Eddy Santoso", "Eddy Santoso"]


def test_a_person_introduced_with_an_age_is_a_later_pronoun_s_antecedent(run):
    text = ("Gita Hutahaean (23), lulusan tahun 2019 yang baru setahun merantau, masih menganggur. "
            "Selama pandemi ia kesulitan mendapatkan pekerjaan tetap. "
            "”Sudah banyak lamaran yang saya coba,” ujarnya.")
    q = only(run(text, names={"Gita Hutahaean": "PER"}), "direct")
    assert q.speaker.name == "Gita Hutahaean"


def test_a_relative_of_a_named_person_is_not_that_person(run):
    text = ("Korban penganiayaan, Rehan Kurnia (17), mengatakan lukanya masih nyeri. "
            "Keluarga Rehan hanya bisa berharap pada donasi orang-orang baik hati.")
    r = run(text, names={"Rehan Kurnia": "PER"})
    # The family's hope is not his: a statement of a source the article leaves unnamed.
    assert [q.speaker and q.speaker.name for q in r.quotes] == ["Rehan Kurnia", None]
    assert r.quotes[1].unnamed_source.text == "Keluarga Rehan"


def test_a_name_runs_on_over_bin_and_an_honorific_after_it(run):
    text = ("Menteri Luar Negeri Malaysia Mohamad bin Haji Hasan mengatakan negaranya siap menjadi tuan rumah. "
            "”Kami sudah menyiapkan semua fasilitas,” ujar Mohamad kepada wartawan.")
    r = run(text, names={"Hasan": "PER"})
    assert [(q.speaker.name, q.speaker.role) for q in r.quotes] == [
        ("Mohamad bin Haji Hasan", "Menteri Luar Negeri Malaysia")] * 2


def test_an_acting_governor_keeps_penjabat_in_the_role(run):
    text = "Penjabat Gubernur Sulsel Bahtiar Baharuddin mengatakan semua daerah wajib menganggarkan intervensi gizi."
    q = only(run(text, names={"Bahtiar Baharuddin": "PER"}))
    assert (q.speaker.name, q.speaker.role) == ("Bahtiar Baharuddin", "Penjabat Gubernur Sulsel")


def test_an_abbreviated_title_finds_the_person_given_the_full_title(run):
    text = ("Kepala Dinas Kesehatan Bali Ketut Suarjaya meninjau posko vaksinasi. "
            "Kadinkes Bali mengatakan, vaksinasi lanjutan digelar pekan depan.")
    r = run(text, names={"Ketut Suarjaya": "PER"})
    assert only(r).speaker.name == "Ketut Suarjaya"


def test_a_description_with_dari_and_a_demonstrative_points_back(run):
    text = ("Wakil Ketua DPR Ratna Dewi berharap Lebaran tahun ini dirayakan di rumah. "
            "”Silaturahmi bisa lewat telepon,” kata politisi dari Partai Nusantara ini.")
    r = run(text, names={"Ratna Dewi": "PER"})
    assert [q.speaker.name for q in r.quotes] == ["Ratna Dewi", "Ratna Dewi"]


def test_an_age_in_brackets_does_not_hide_the_name_before_an_appositive(run):
    text = ("Yohana Matulessy (59), warga Ambon lainnya, juga mengajak tetangganya mengikuti "
            "vaksinasi di puskesmas.")
    q = only(run(text, names={"Yohana Matulessy": "PER", "Ambon": "LOC"}))
    assert (q.speaker.name, q.speaker.role) == ("Yohana Matulessy", "warga Ambon lainnya")


def test_buton_and_bugis_name_prefixes_belong_to_the_name(run):
    text = ("Anggota DPD Wa Ode Sitti Rahma mengatakan dana desa belum cair. "
            "La Ode Hamid, warga Baubau, mengaku belum menerima bantuan sama sekali.")
    r = run(text, names={"Sitti Rahma": "PER", "Hamid": "PER"})
    assert [(q.speaker.name, q.speaker.role) for q in r.quotes] == [
        ("Wa Ode Sitti Rahma", "Anggota DPD"), ("La Ode Hamid", "warga Baubau")]


def test_a_description_with_a_relative_clause_and_a_demonstrative_points_back(run):
    text = ("Kapten tim Jay Sutanto optimistis menghadapi laga kandang. Menurut bek yang bermain di "
            "Italia tersebut, kekompakan tim menjadi kunci. ”Kami siap,” kata pemain yang membela "
            "klub Venezia itu.")
    r = run(text, names={"Jay Sutanto": "PER"})
    assert [(q.text, q.speaker.name) for q in r.quotes] == [
        ("kekompakan tim menjadi kunci", "Jay Sutanto"), ("Kami siap,", "Jay Sutanto")]


def test_the_role_a_description_looks_for_ends_before_its_relative_clause(run):
    # "sopir" finds Ali, the driver named last, not the person before him.
    text = ("Amir (40) mengaku pendapatannya turun separuh sejak pandemi. Ali (19), sopir mikrolet M08, "
            "menunggu penumpang di depan stasiun. ”Sepi sekali,” kata sopir yang belum punya SIM ini.")
    r = run(text, names={"Amir": "PER", "Ali": "PER"})
    assert r.quotes[-1].speaker.name == "Ali"


def test_an_occupation_written_before_a_long_place_name_is_the_role(run):
    text = ("Prakirawan BMKG Stasiun Meteorologi Ahmad Yani Semarang, Noor Jannah, menyebut potensi "
            "hujan lebat masih tinggi.")
    q = only(run(text, names={"Noor Jannah": "PER", "Ahmad Yani": "PER"}))
    assert (q.speaker.name, q.speaker.role) == ("Noor Jannah", "Prakirawan BMKG Stasiun Meteorologi Ahmad Yani Semarang")


def test_a_titled_name_ends_before_where_the_person_was(run):
    # The tagger reads "Australia Penny Wong" as a body; "di" would otherwise glue
    # Jakarta on as it glues Chicago onto "Konsul Jenderal RI di Chicago".
    text = ("Menteri Luar Negeri Sugiono bertemu Menteri Luar Negeri Australia Penny Wong di Jakarta. "
            "Wong menambahkan, Australia siap membantu patroli di perairan selatan.")
    r = run(text, names={"Sugiono": "PER", "Australia Penny Wong": "ORG", "Wong": "PER"})
    q = only(r)
    assert (q.speaker.name, q.speaker.role) == ("Penny Wong", "Menteri Luar Negeri Australia")


def test_a_rank_ends_the_title_and_the_whole_name_follows(run):
    text = "Kapolrestabes Medan Kombes Gidion Arif Setyawan menjelaskan kedua pelaku ditangkap di rumah kos."
    q = only(run(text))
    assert (q.speaker.name, q.speaker.role) == ("Gidion Arif Setyawan", "Kapolrestabes Medan")


def test_an_age_in_brackets_marks_the_name_before_a_place_appositive(run):
    q = only(run("Sejumlah orangtua menyambut baik kebijakan itu. Rina (37), warga Rungkut, menilai anaknya "
                 "akan lebih bugar."))
    assert (q.speaker.name, q.speaker.role) == ("Rina", "warga Rungkut")


def test_the_outlet_quoted_between_commas_is_not_the_speaker(run):
    q = only(run("Menteri Perdagangan AS Howard Lutnick, dilansir Reuters, menegaskan tarif itu tetap berlaku "
                 "untuk semua negara."))
    assert (q.speaker.name, q.speaker.role) == ("Howard Lutnick", "Menteri Perdagangan AS")


def test_a_lowercase_qualifier_after_the_title_keeps_the_passive_agent_known(run):
    text = ("Kepala Ekonom Bank Permata Josua Pardede berpendapat rupiah menjadi pertimbangan utama. "
            "Hal serupa disampaikan ekonom senior INDEF Tauhid Ahmad. Ia meyakini bank sentral akan "
            "berhati-hati hingga pertengahan tahun.")
    r = run(text)
    assert [(q.speaker.name, q.speaker.role) for q in r.quotes] == [
        ("Josua Pardede", "Kepala Ekonom Bank Permata"), ("Tauhid Ahmad", "ekonom senior INDEF")]


def test_a_noble_title_inside_a_long_run_opens_the_name(run):
    text = ("”Pencarian kami perluas hingga 15 mil laut,” kata Kepala Kantor SAR Banten Raden Ibnu Harris "
            "Al Hussain. Harris menyebut gelombang tinggi menjadi kendala utama.")
    r = run(text, names={"Al Hussain": "PER"})
    assert [(q.speaker.name, q.speaker.role) for q in r.quotes] == [
        ("Raden Ibnu Harris Al Hussain", "Kepala Kantor SAR Banten")] * 2


def test_a_role_before_a_name_between_commas_is_kept_without_a_record_there(run):
    # "menyayangkan" reports no clause, so no record's subject carries the role; the
    # index must, for the pronoun and the cue after.
    text = ("Kuasa hukum pemohon, Denny Harahap, menyayangkan putusan tersebut. Ia menyatakan akan terus "
            "memperjuangkan penghapusan ambang batas. ”Ini kemunduran,” tutur Denny.")
    r = run(text, names={"Denny Harahap": "PER", "Denny": "PER"})
    assert [(q.speaker.name, q.speaker.role) for q in r.quotes] == [("Denny Harahap", "Kuasa hukum pemohon")] * 2


def test_a_role_after_the_party_it_speaks_for_opens_after_melalui(run):
    text = ("Atas vonis itu, tergugat melalui kuasa hukumnya, Andreas Pranata, menyatakan pikir-pikir. "
            "Ditemui seusai sidang, Andreas mengatakan pihaknya menghormati putusan itu.")
    r = run(text, names={"Andreas Pranata": "PER", "Andreas": "PER"})
    assert [(q.speaker.name, q.speaker.role) for q in r.quotes] == [("Andreas Pranata", "kuasa hukum")]
    # Guard: with no such word between them, the party stays in the lawyer's role.
    text = ("Atas vonis itu, kuasa hukum tergugat, Andreas Pranata, menyatakan pikir-pikir. "
            "Ditemui seusai sidang, Andreas mengatakan pihaknya menghormati putusan itu.")
    r = run(text, names={"Andreas Pranata": "PER", "Andreas": "PER"})
    assert [(q.speaker.name, q.speaker.role) for q in r.quotes] == [("Andreas Pranata", "kuasa hukum tergugat")]


def test_a_pronoun_cue_with_a_role_set_off_after_it(run):
    text = ("Sumarni Hadi (52) sudah tiga hari mengungsi. "
            "”Air masuk rumah sampai sepinggang,” kata dia, warga Desa Karangrejo.")
    q = only(run(text, names={"Sumarni Hadi": "PER"}))
    assert (q.speaker.name, q.speaker.role, q.rules["speaker"]) == (
        "Sumarni Hadi", "warga Desa Karangrejo", "pronoun_mention")
    # Guard: a noun after the comma that runs into a predicate is what was said, no role.
    text = "Sumarni Hadi (52) sudah tiga hari mengungsi. Namun, kata dia, warga menggelar syukuran setiap tahun."
    q = only(run(text, names={"Sumarni Hadi": "PER"}))
    assert (q.speaker.name, q.speaker.role) == ("Sumarni Hadi", None)


def test_a_description_pointing_back_takes_the_person_just_introduced(run):
    # Not the coach quoted before: the sentence before the description turns to the captain.
    text = ("”Kami tidak takut,” kata pelatih Timnas Patrick Verbeek. Kapten tim Jay Sutanto juga optimistis. "
            "Menurut bek yang bermain di Italia tersebut, kekompakan tim menjadi kunci.")
    r = run(text, names={"Patrick Verbeek": "PER", "Jay Sutanto": "PER"})
    assert [q.speaker.name for q in r.quotes] == ["Patrick Verbeek", "Jay Sutanto"]


def test_a_name_without_a_role_just_before_is_not_taken_for_a_description(run):
    text = ("Ketua DPR Puan Maharani berharap Idul Fitri meningkatkan gotong royong. ”Semoga kemenangan bulan "
            "Ramadhan ini membawa berkah. Kita semakin peduli,” kata politisi dari PDI-P ini.")
    r = run(text, names={"Puan Maharani": "PER", "Ramadhan": "PER"})
    assert [q.speaker.name for q in r.quotes] == ["Puan Maharani", "Puan Maharani"]


def test_the_subject_of_a_speech_verb_starts_after_a_conjunction(run):
    text = ("Ancaman Perburuan telur penyu masih ada mengingat sebagian warga menilai telur penyu "
            "berprotein tinggi.")
    assert all(q.speaker is None for q in run(text).quotes)  # not "Ancaman Perburuan"
    text = ("Pendiri sanggar Abdul Aziz tetap menggelar lenong tanpa gambang kromong. Ia tak goyah karena "
            "ia menilai pertunjukan itu tidak menghilangkan identitas Betawi.")
    q = only(run(text, names={"Abdul Aziz": "PER"}))
    assert q.text == "pertunjukan itu tidak menghilangkan identitas Betawi"
    assert q.speaker.name == "Abdul Aziz"


def test_a_subject_pronoun_takes_the_person_the_sentence_before_turned_to(run):
    text = ("”Study tour tidak ada manfaatnya,” kata Gubernur Jawa Barat Dedi Mulyadi. Ketua PGRI Jawa Barat "
            "Dede Amar mendukung kebijakan itu. Namun, ia meminta pemprov memberi alternatif kegiatan di luar kelas.")
    r = run(text, names={"Dedi Mulyadi": "PER", "Dede Amar": "PER"})
    assert [q.speaker.name for q in r.quotes] == ["Dedi Mulyadi", "Dede Amar"]


def test_a_person_named_as_an_object_or_a_cue_pronoun_keeps_the_last_speaker(run):
    # The Bupati is named inside an object; "kata dia" is the speaker's own cue.
    text = ("Anggota Ombudsman Alam Saragih mengkritik penyaluran bansos. Salah satu yang viral adalah bansos "
            "dari Bupati Klaten Sri Wulan. Ia juga menilai, bansos dari pemerintah terlalu beragam.")
    r = run(text, names={"Alam Saragih": "PER", "Sri Wulan": "PER"})
    assert [q.speaker.name for q in r.quotes] == ["Alam Saragih"]
    text = ("Asisten pribadi Said, Sofwan Erce, mengatakan Kiai Said dalam kondisi baik. Ketua Umum PBNU "
            "Said Aqil menjalani uji usap rutin dua pekan sekali. Kiai Said, kata dia, selama ini sudah "
            "menjalankan protokol kesehatan.")
    r = run(text, names={"Sofwan Erce": "PER", "Said Aqil": "PER"})
    assert [q.speaker.name for q in r.quotes] == ["Sofwan Erce", "Sofwan Erce"]


def test_a_subject_pronoun_after_a_sentence_closing_with_someone_quoted_before_is_theirs(run):
    # The sentence before the pronoun is about someone quoted earlier, named only as it
    # closes (a tagger may leave the name untagged there): the pronoun goes on with them,
    # not with the one quoted last.
    base = ("Warsito (70) membuat keris di rumahnya di Desa Sukamaju, Sabtu (8/11/2025).\n\n"
            "\"Satu keris butuh sebulan kalau mau halus,\" kata Warsito.\n\n"
            "Peneliti Universitas Nusantara, Sri Lestari, menyebut gaya tempa Warsito termasuk langka.\n\n"
            "\"Banyak perajin sekarang memakai mesin,\" ujar Sri, Senin (10/11/2025).\n\n")
    tail = " Ia mengaku khawatir tidak ada anak muda yang mau meneruskan keahliannya."
    names = {"Warsito": "PER", "Sri Lestari": "PER", "Sri": "PER", "Budi Hartono": "PER"}
    r = run(base + "Penghargaan yang diterimanya pada 2021 tak banyak mengubah hidup Warsito." + tail, names=names)
    assert r.quotes[-1].text.startswith("khawatir") and r.quotes[-1].speaker.name == "Warsito"
    # A noun for one's lot does as well as one for one's life.
    r = run(base + "Krisis pada awal 2000-an hampir mengubah nasib Warsito." + tail, names=names)
    assert r.quotes[-1].text.startswith("khawatir") and r.quotes[-1].speaker.name == "Warsito"
    # Near miss: someone the article has not quoted closing that sentence brings no one in.
    r = run(base + "Polisi kemudian menangkap Budi Hartono." + tail, names=names)
    assert r.quotes[-1].text.startswith("khawatir") and r.quotes[-1].speaker.name == "Sri Lestari"


def test_someone_quoted_before_closing_a_sentence_as_a_mere_object_leaves_the_pronoun_with_the_last_speaker(run):
    # Only a sentence about the person's own life turns the text to them; one that names
    # them as an object, a recipient, the owner of an instruction, or a body that put
    # out some data does not: the one quoted last goes on.
    gov = ("Gubernur Hendra Wijaya meminta semua dinas bergerak cepat. \"Warga sudah menunggu,\" kata Hendra.\n\n"
           "Kepala Dinas Pangan Rudi Hartanto mengatakan cadangan jagung masih aman. "
           "\"Persediaan kita cukup hingga panen berikutnya,\" kata Rudi.\n\n")
    names = {"Hendra Wijaya": "PER", "Hendra": "PER", "Rudi Hartanto": "PER", "Rudi": "PER",
             "Slamet Riyadi": "PER", "Slamet": "PER", "Joko Purnomo": "PER", "Joko": "PER",
             "Badan Pusat Statistik": "ORG", "Lina Marlina": "PER", "Lina": "PER"}
    for closing in ("Kebijakan tersebut selaras dengan instruksi Gubernur Hendra.",
                    "Perkembangan itu pun telah dilaporkan kepada Hendra.",
                    # a passive speech verb's addressee is no agent who spoke
                    "Perkembangan itu pun telah disampaikan kepada Hendra.",
                    "Hal itu sudah dijelaskan pada Gubernur Hendra."):
        r = run(gov + closing + " Ia menambahkan, daerah itu tidak perlu mendatangkan jagung dari luar.",
                names=names)
        assert r.quotes[-1].speaker.name == "Rudi Hartanto", closing
    crime = ("Slamet Riyadi (52), pemilik warung, mengaku melihat pencuri itu kabur. "
             "\"Dia lari ke arah pasar,\" kata Slamet.\n\n"
             "Kapolsek Sukamaju AKP Joko Purnomo mengatakan pelaku sudah diamankan. "
             "\"Kami masih mencari barang buktinya,\" kata Joko.\n\n"
             "Petugas juga sudah meminta keterangan Slamet. Ia menambahkan, dua saksi lain akan dipanggil pekan ini.")
    r = run(crime, names=names)
    assert r.quotes[-1].speaker.name == "Joko Purnomo"
    body = ("Badan Pusat Statistik menyatakan harga beras naik lagi. \"Kenaikannya merata,\" demikian keterangan "
            "Badan Pusat Statistik.\n\n"
            "Ekonom Universitas Nusantara, Lina Marlina, mengatakan kenaikan itu belum berhenti. "
            "\"Pasokan masih seret,\" kata Lina.\n\n"
            "Angka tersebut diumumkan oleh Badan Pusat Statistik. Ia menyarankan pemerintah menambah cadangan beras.")
    r = run(body, names=names)
    assert r.quotes[-1].speaker.name == "Lina Marlina"
    # A body is no person whose life a sentence turns to, even as the owner of a lot.
    r = run(body.replace("Angka tersebut diumumkan oleh Badan Pusat Statistik.",
                         "Rencana pemangkasan anggaran bakal menentukan nasib Badan Pusat Statistik."), names=names)
    assert r.quotes[-1].speaker.name == "Lina Marlina"


def test_the_agent_of_a_passive_speech_verb_is_brought_in_not_its_addressee(run):
    # Near miss of the addressee above: the person a passive speech verb names as who
    # said it (bare or after oleh, past the addressee) is the one Ia goes on with.
    base = ("Kepala Dinas Pangan Rudi Hartanto mengatakan cadangan jagung masih aman. "
            "\"Persediaan kita cukup hingga panen berikutnya,\" kata Rudi.\n\n")
    names = {"Rudi Hartanto": "PER", "Rudi": "PER", "Hendra Wijaya": "PER"}
    tail = " Ia menambahkan, daerah itu tidak perlu mendatangkan jagung dari luar."
    for closing in ("Hal senada disampaikan Gubernur Hendra Wijaya.",
                    "Hal senada disampaikan kepada wartawan oleh Gubernur Hendra Wijaya."):
        r = run(base + closing + tail, names=names)
        assert r.quotes[-1].speaker.name == "Hendra Wijaya", closing
    r = run(base + "Hal itu disampaikan kepada Gubernur Hendra Wijaya." + tail, names=names)
    assert r.quotes[-1].speaker.name == "Rudi Hartanto"


def test_an_indefinite_description_before_the_name_is_the_role(run):
    text = ("Seorang pengunjung asal Klaten, Suparmi (60), mengaku datang sejak subuh. ”Setiap tahun saya "
            "datang,” ucapnya.")
    r = run(text, names={"Suparmi": "LOC"})  # the tagger takes her name for a place
    assert [(q.speaker.name, q.speaker.role) for q in r.quotes] == [("Suparmi", "pengunjung asal Klaten")] * 2


def test_a_well_known_initialism_resolves_to_the_full_name(run):
    text = ("Mantan Wakil Presiden Jusuf Kalla menilai pemerintah perlu berhati-hati menambah utang. "
            "\"Utang harus dipakai untuk yang produktif,\" kata JK di kediamannya.")
    r = run(text, names={"Jusuf Kalla": "PER"})
    assert r.quotes[1].speaker.name == "Jusuf Kalla"
    assert r.quotes[1].rules["speaker"] == "named_mention"


def test_a_body_run_into_its_spokesperson_ends_where_the_article_names_it_alone(run):
    text = ("Kementerian Luar Negeri China dalam pernyataannya menegaskan bahwa kawasan itu tidak membutuhkan "
            "blok militer baru. \"Kami menentang konfrontasi,\" kata juru bicara Kementerian Luar Negeri China "
            "Lin Jian dalam konferensi pers di Beijing.")
    # As Stanza does: the spokesperson's name run into the body in the second sentence.
    r = run(text, names={"Kementerian Luar Negeri China Lin Jian": "ORG", "Kementerian Luar Negeri China": "ORG"})
    assert [(q.speaker.name, q.speaker.kind) for q in r.quotes] == [
        ("Kementerian Luar Negeri China", "organization"), ("Lin Jian", "person")]


def test_two_people_sharing_a_first_name_each_keep_their_quotes(run):
    text = ("Menteri Koordinator Politik Budi Gunawan meminta aparat menindak premanisme. ”Negara tidak boleh "
            "kalah,” kata Budi, Jumat. Sehari kemudian, Menteri Kesehatan Budi Gunadi Sadikin meresmikan rumah "
            "sakit baru. ”Semua warga berhak dilayani,” ujar Budi.")
    r = run(text, names={"Budi Gunawan": "PER", "Budi Gunadi Sadikin": "PER", "Budi": "PER"})
    assert [q.speaker.name for q in r.quotes] == ["Budi Gunawan", "Budi Gunawan", "Budi Gunadi Sadikin"]


def test_dan_inside_a_bodys_name_is_not_two_speakers(run):
    text = ("Ketua Umum Perkumpulan Penggilingan Padi dan Pengusaha Beras Indonesia (Perpadi) Sutarto "
            "Alimoeso menilai harga gabah masih tinggi.")
    q = only(run(text, names={"Sutarto Alimoeso": "PER"}))
    assert q.speaker.name == "Sutarto Alimoeso" and q.co_speakers == []
    # Two titled people joined by "dan" stay two, an acronym before the second name or not.
    text = ("Menteri Luar Negeri Cho Tae-yul dan Sekretaris Jenderal NATO Jens Stoltenberg menyatakan "
            "kerja sama keamanan akan diperluas.")
    q = only(run(text, names={"Cho Tae-yul": "PER", "Jens Stoltenberg": "PER"}))
    assert (q.speaker.name, [c.name for c in q.co_speakers]) == ("Cho Tae-yul", ["Jens Stoltenberg"])


def test_dan_inside_a_titles_fields_still_leaves_two_speakers(run):
    # Either person's title may join its fields with "dan"; a second speaker opens with a title.
    text = ("Menteri Kelautan dan Perikanan Darmawan Lubis dan Kepala Badan Pangan Nasional Sri Handoko "
            "menyatakan bahwa stok ikan beku mencukupi.")
    q = only(run(text, names={"Darmawan Lubis": "PER", "Sri Handoko": "PER"}))
    assert (q.speaker.name, q.speaker.role, [c.name for c in q.co_speakers]) == (
        "Darmawan Lubis", "Menteri Kelautan dan Perikanan", ["Sri Handoko"])
    second = ("Wali Kota Ambon Yosua Latuheru dan Kepala Dinas Perindustrian dan Perdagangan Maluku Nus Tuanakotta "
              "menegaskan bahwa harga minyak goreng stabil.")
    q = only(run(second, names={"Yosua Latuheru": "PER", "Nus Tuanakotta": "PER"}))
    assert (q.speaker.name, [(c.name, c.role) for c in q.co_speakers]) == (
        "Yosua Latuheru", [("Nus Tuanakotta", "Kepala Dinas Perindustrian dan Perdagangan Maluku")])
    # One titled person, the "dan" only inside the title: no co-speaker.
    one = "Menteri Kelautan dan Perikanan Darmawan Lubis menyatakan bahwa stok ikan beku mencukupi."
    q = only(run(one, names={"Darmawan Lubis": "PER"}))
    assert (q.speaker.name, q.speaker.role, q.co_speakers) == ("Darmawan Lubis", "Menteri Kelautan dan Perikanan", [])
    # A lowercase title after "dan" adds a role of the same person, not a second speaker.
    roles = ("Dosen Fakultas Hukum dan Ilmu Sosial Universitas Nusa Cendana dan pakar hukum tata negara "
             "Yohanes Kase menilai, putusan itu sudah tepat.")
    q = only(run(roles, names={"Yohanes Kase": "PER"}))
    assert (q.speaker.name, q.co_speakers) == ("Yohanes Kase", [])


def test_a_person_named_by_initials_speaks_under_them(run):
    text = ("Polisi menetapkan tersangka berinisial AS (19) dan RF (18). Ibu korban, Sulastri, berharap pelaku "
            "dihukum berat. Salah seorang tersangka, AS, mengaku menyesal. \"Saya khilaf,\" ucap AS.")
    r = run(text, names={"Sulastri": "PER"})
    assert r.quotes[-1].text == "Saya khilaf,"
    assert r.quotes[-1].speaker.name == "AS"  # not Sulastri, quoted before


def test_a_place_the_tagger_knows_carries_the_place_chain_before_the_verb(run):
    text = ("Rizky Aqilah (29), warga Cipayung, Jakarta Timur, berharap bisa menjalani Tarawih berjemaah "
            "di masjid.")
    q = only(run(text, names={"Rizky Aqilah": "PER", "Cipayung": "LOC", "Jakarta Timur": "LOC"}))
    assert (q.speaker.name, q.speaker.role) == ("Rizky Aqilah", "warga Cipayung")


def test_a_bodys_name_keeps_the_bracket_the_tagger_left_open(run):
    text = ("Badan Nasional Penanggulangan Bencana (BNPB) dalam siaran persnya menyatakan terus berkoordinasi "
            "dengan pemerintah daerah.")
    q = only(run(text, names={"Badan Nasional Penanggulangan Bencana ( BNPB": "ORG"}))
    assert (q.speaker.name, q.speaker.kind) == ("Badan Nasional Penanggulangan Bencana", "organization")


def test_a_nickname_the_article_gives_is_the_person(run):
    texts = [
        ("Juru bicara Kementerian Perdagangan Hendrawan Saputra, yang akrab disapa Wawan, menjelaskan bahwa "
         "stok beras aman. \"Kami terus memantau harga,\" ujar Wawan."),
        ("Juru bicara Kementerian Perdagangan Hendrawan Saputra menjelaskan bahwa stok beras aman. "
         "\"Kami terus memantau harga,\" ujar Wawan, sapaan akrabnya."),
        ("Ketua RT setempat Hendrawan Saputra atau biasa dipanggil Pak Wawan menjelaskan bahwa stok beras aman. "
         "\"Kami terus memantau harga,\" ujar Wawan."),
    ]
    for text in texts:
        quotes = run(text, names={"Hendrawan Saputra": "PER", "Wawan": "PER"}).quotes
        assert [q.speaker.name for q in quotes] == ["Hendrawan Saputra"] * 2, text
        assert quotes[1].speaker.role == quotes[0].speaker.role


def test_summoned_by_someone_gives_no_nickname(run):
    # dipanggil alone means summoned as often as called: Rudi is the prosecutor.
    text = ("Bupati Klaten Hendrawan Saputra dipanggil Rudi ke kantor kejaksaan pekan lalu. "
            "\"Saya akan kooperatif,\" kata Hendrawan. \"Kami masih menunggu,\" kata Rudi.")
    quotes = run(text).quotes
    assert [q.speaker.name for q in quotes] == ["Hendrawan Saputra", "Rudi"]


def test_initials_the_tagger_left_out_end_the_name(run):
    text = ("Mantan Menteri Koordinator Hukum Hasan MD mengkritik wacana itu. "
            "Hasan menilai wacana tersebut merupakan kemunduran demokrasi.")
    quotes = run(text, names={"Hukum Hasan": "PER"}).quotes
    assert [q.speaker.name for q in quotes] == ["Hasan MD"]
    # A body's acronym after a name is written with a preposition or in brackets.
    q = only(run("Anggota Komisi II Hasan dari PKS menilai wacana tersebut merupakan kemunduran demokrasi.",
                 names={"Hasan": "PER"}))
    assert q.speaker.name == "Hasan"


def test_the_speaker_of_the_sentence_before_a_pronoun_cue_confirmed_it(run):
    text = ("Kepala Badan Kepegawaian Daerah Hasan Basri mengatakan pemeriksaan sudah dimulai. "
            "\"Yang bersangkutan sudah dibebaskan dari tugas,\" kata Hasan. "
            "Wali Kota Jakarta Selatan Rina Marlina, yang dihubungi, juga membenarkan penonaktifan lurah itu. "
            "\"Pemeriksaan dilakukan pekan ini,\" katanya.")
    quotes = run(text, names={"Hasan Basri": "PER", "Rina Marlina": "PER"}).quotes
    assert [(q.type, q.speaker.name) for q in quotes] == [
        ("indirect", "Hasan Basri"), ("direct", "Hasan Basri"), ("direct", "Rina Marlina")]


def test_a_full_name_written_where_no_cue_looked_is_the_canonical_name(run):
    text = ("Raffi Ahmad akhirnya buka suara soal kabar pencalonannya. Melalui akun Instagram pribadinya, "
            "Raffi menegaskan dirinya belum memutuskan apa pun.")
    assert only(run(text)).speaker.name == "Raffi Ahmad"


def test_words_after_a_short_name_that_are_no_name_stay_out(run):
    # A title-case headline, a candidate pair joined by a hyphen, a title phrase.
    for text in ("Raffi Minta Maaf\n\nRaffi menegaskan dirinya belum memutuskan apa pun.",
                 "Pasangan nomor urut 1 (Raffi Cahyadi-Armuji) unggul. Raffi menegaskan timnya menunggu hasil resmi.",
                 "Hakim Agung Raffi hadir. Agung menegaskan sidang akan digelar terbuka."):
        q = only(run(text))
        assert q.speaker.name in ("Raffi", "Agung"), text


def test_a_corps_after_a_rank_is_not_part_of_the_name(run):
    for names in (None, {"Inf Budi Santoso": "PER"}):
        q = only(run("Komandan Kodim 0501 Kolonel Inf Budi Santoso mengatakan pasukan sudah tiba di lokasi.",
                     names=names))
        assert q.speaker.name == "Budi Santoso", names


def test_a_profession_used_as_a_form_of_address_is_not_part_of_the_role(run):
    q = only(run("Ketua Presidium MER-C dokter Rina Marlina memastikan pasien sudah menjalani tes usap.",
                 names={"Rina Marlina": "PER"}))
    assert (q.speaker.name, q.speaker.role) == ("Rina Marlina", "Ketua Presidium MER-C")


def test_a_speaker_goes_on_over_a_long_stretch_that_names_nobody(run):
    text = ("Direktur Bank Sejahtera Budi Santoso menuturkan, pihaknya menyambut baik program itu. "
            "Ada tiga manfaat bagi nasabah. Pertama, subsidi bunga selama enam bulan. Kedua, penjaminan kredit. "
            "Ketiga, penempatan dana pemerintah. Bank itu, misalnya, mendapat dana Rp 10 triliun. "
            "Dana itu sudah disalurkan sebagian. \"Kami berkomitmen menyalurkan semuanya. Sisanya menyusul "
            "bulan depan,\" katanya.")
    quotes = run(text, names={"Budi Santoso": "PER"}).quotes
    assert [q.speaker.name for q in quotes] == ["Budi Santoso", "Budi Santoso"]


def test_a_person_named_inside_the_speakers_own_words_does_not_end_the_stretch(run):
    # Over a long stretch, a name inside the quotation marks is someone the speaker talks
    # of: the speaker goes on (the guard, a name outside them, is the test below).
    text = ("Direktur Bank Sejahtera Budi Santoso menuturkan, pihaknya menyambut baik program itu.\n\n"
            "Kini tantangannya berbeda. Bunga kredit terus naik.\n\n"
            "\"Dulu Hasan Basri yang mengusulkan program ini. Kami ikut saja. Ternyata berhasil. Nasabah senang.\n\n"
            "\"Sekarang kami harus menyesuaikan. Bunga naik, jadi margin tipis,\" ujarnya.")
    quotes = run(text, names={"Budi Santoso": "PER", "Hasan Basri": "PER"}).quotes
    assert [q.speaker.name for q in quotes] == ["Budi Santoso", "Budi Santoso"]


def test_a_person_named_in_a_long_stretch_is_not_skipped_for_the_earlier_speaker(run):
    text = ("\"Partisi ini aman,\" kata Hendra Wijaya, juru bicara Grab. Partisi akan dibagikan pekan depan. "
            "Ada 10.000 paket kebersihan. Paket itu berisi masker. Paket juga berisi disinfektan. "
            "Pembagian dilakukan bertahap. Ketua Organda Rina Marlina mempertanyakan langkah itu. "
            "Menurut pengemudi, partisi mengganggu. \"Belum ada uji klinisnya,\" katanya.")
    quotes = run(text, names={"Hendra Wijaya": "PER", "Rina Marlina": "PER"}).quotes
    assert quotes[-1].speaker.name == "Rina Marlina"


def test_a_description_after_a_name_with_an_age_is_the_role(run):
    q = only(run("Yani (40), agen tiket PO Sinar Jaya, mengaku sedang menunggu konfirmasi dari penumpang.",
                 names={"Yani": "PER"}))
    assert (q.speaker.name, q.speaker.role) == ("Yani", "agen tiket PO Sinar Jaya")


def test_a_body_the_tagger_calls_a_person_once_stays_a_body(run):
    from .conftest import FakeTag

    def tagger(sentences):
        # Like Stanza: the same words an organisation in one sentence, a person in the next.
        labels = iter(["ORG", "PER"])
        out = []
        for words in sentences:
            tags = ["O"] * len(words)
            for i in range(len(words) - 2):
                if words[i:i + 3] == ["PO", "Sinar", "Jaya"]:
                    label = next(labels, "PER")
                    tags[i:i + 3] = [f"B-{label}", f"I-{label}", f"E-{label}"]
            if "Yani" in words:
                tags[words.index("Yani")] = "S-PER"
            out.append([FakeTag(None, t) for t in tags])
        return out

    from attribution import extract
    text = ("Penumpang PO Sinar Jaya menunggu di terminal. Yani (40), agen tiket, sibuk melayani penumpang. "
            "PO Sinar Jaya, menurut dia, memberi dua pilihan kepada penumpang.")
    q = only(extract(text, None, tagger=tagger))
    assert q.speaker.name == "Yani"


def test_a_surname_that_is_also_a_title_word(run):
    names = {"Rizal Hakim": "PER", "Lukman Hakim": "PER"}
    q = only(run("Ekonom CORE Rizal Hakim mengatakan ekspor akan turun tahun ini.", names=names))
    assert (q.speaker.name, q.speaker.role) == ("Rizal Hakim", "Ekonom CORE")
    q = only(run("\"Kami tangkap keduanya,\" kata Lukman Hakim.", names=names))
    assert q.speaker.name == "Lukman Hakim"
    # Untagged, Hakim stays a title: Ketua Majelis Hakim is no one's name.
    q = only(run("Ketua Majelis Hakim Rizal Santoso mengatakan sidang ditunda hingga pekan depan."))
    assert q.speaker.name == "Rizal Santoso"


def test_given_names_written_short_and_degrees_after_a_name(run):
    cases = [
        ("\"Semua berjalan lancar,\" ucap Ketua KPU Jatim, Moch. Arif Rahman, Senin (9/6/2025).",
         ("Moch. Arif Rahman", "Ketua KPU Jatim")),
        ("Kepala BPBD Garut, Satria Budi, M.Si., mengatakan kedua pelaku sudah ditangkap polisi.",
         ("Satria Budi", "Kepala BPBD Garut")),
        ("Kepala Bulog Cabang Banyuwangi, Ahmad Fauzi, S.E., mengatakan stok beras cukup sampai akhir tahun.",
         ("Ahmad Fauzi", "Kepala Bulog Cabang Banyuwangi")),
        ("Dokter anak dr. Rina Susanti, Sp.A, mengatakan vaksin itu aman bagi anak-anak.",
         ("Rina Susanti", "Dokter anak")),
        ("\"Warga menolak rencana itu,\" kata Ketua RW 05, Drs. H. Sutrisno, M.Pd.", ("Sutrisno", "Ketua RW 05")),
        # A police officer's degree (S.I.K.), with or without a comma after it, alone or
        # among others; a civil servant's (S.STP).
        ("Kapolres Sleman AKBP Yuswanto Hadi Prabowo, S.I.K. mengatakan tersangka sudah diamankan polisi.",
         ("Yuswanto Hadi Prabowo", "Kapolres Sleman")),
        ("Kapolres Sleman AKBP Yuswanto Hadi Prabowo, S.H., S.I.K., M.Si., mengatakan tersangka sudah diamankan.",
         ("Yuswanto Hadi Prabowo", "Kapolres Sleman")),
        ("Camat Depok Hendra Wiguna, S.STP, M.Si. mengatakan pasokan air bersih sudah kembali normal.",
         ("Hendra Wiguna", "Camat Depok")),
    ]
    for text, want in cases:
        q = only(run(text))
        assert (q.speaker.name, q.speaker.role) == want, text


def test_degrees_written_without_full_stops_are_no_speaker(run):
    # SpA, MKes, SpKJ(K): a degree in one word with a capital inside, not a name.
    cases = [
        ("Dokter spesialis anak, dr Wulan Pertiwi, SpA, mengatakan imunisasi tetap berjalan.",
         ("Wulan Pertiwi", "Dokter spesialis anak")),
        ("Kepala Puskesmas Tegalrejo, dr Bayu Aji Nugroho, MKes, memastikan stok obat cukup.",
         ("Bayu Aji Nugroho", "Kepala Puskesmas Tegalrejo")),
        ("Psikiater RSJ Lawang, dr Irma Safitri, SpKJ(K), mengatakan jumlah pasien naik.",
         ("Irma Safitri", "Psikiater RSJ Lawang")),
    ]
    for text, want in cases:
        q = only(run(text))
        assert (q.speaker.name, q.speaker.role) == want, text
    # A name spelt like a degree but without a capital inside (Ma) is still a name.
    q = only(run("Pendiri perusahaan rintisan itu, Ma, mengatakan penjualan naik tajam tahun ini."))
    assert q.speaker.name == "Ma"


def test_a_degree_after_a_comma_never_ends_the_subject(run):
    # A specialist's degree right before the verb, and one running into an adjunct with no
    # comma after it: the name before it speaks, with its role.
    cases = [
        ("Pakar gizi dari Universitas Airlangga Prof. Dr. dr. Rina Hapsari, Sp.PK menilai kenaikan kasus itu "
         "terkait cuaca.", ("Rina Hapsari", "Pakar gizi dari Universitas Airlangga")),
        ("Kepala Dinas Pertanian Ir. Budi Santoso, M.T. dalam rapat di Balai Kota, Senin, menyatakan stok beras "
         "cukup sampai akhir tahun.", ("Budi Santoso", "Kepala Dinas Pertanian")),
        ("Kepala Dinas Pertanian Ir. Budi Santoso, M.T. dalam rapat, menyatakan stok beras cukup sampai akhir tahun.",
         ("Budi Santoso", "Kepala Dinas Pertanian")),
        ("Dokter spesialis paru Rumah Sakit Persahabatan, dr. Andi Wijaya, Sp.P, M.Kes, menyebut polusi memicu "
         "batuk kronis.", ("Andi Wijaya", "Dokter spesialis paru Rumah Sakit Persahabatan")),
    ]
    for text, want in cases:
        q = only(run(text))
        assert (q.speaker.name, q.speaker.role) == want, text


def test_a_degree_shaped_like_one_after_a_comma_is_no_name(run):
    # Degrees missing from the list but shaped like one (a capital or two, a full stop written
    # on, then letters): set off after the name, never the speaker nor a role.
    cases = [
        ("Ahli kesehatan masyarakat Universitas Gadjah Mada, Dr. Bambang Sutejo, M.Epid., menilai vaksinasi "
         "perlu dipercepat.", ("Bambang Sutejo", "Ahli kesehatan masyarakat Universitas Gadjah Mada")),
        ("Guru besar seni tari, Prof. Dr. Sri Wulandari, S.Kar., M.Hum., mengatakan tari itu hampir punah.",
         ("Sri Wulandari", "Guru besar seni tari")),
        # a specialist's field in capital pieces written on after Sp. ends no sentence
        ("Kepala dinas kesehatan kota, Prof. dr. Hana Pratiwi, Sp.PD-KGEH, meminta seluruh puskesmas untuk "
         "melaporkan kasus baru.", ("Hana Pratiwi", "Kepala dinas kesehatan kota")),
    ]
    for text, want in cases:
        q = only(run(text))
        assert (q.speaker.name, q.speaker.role) == want, text
    # Near miss: an initial with its full stop and a space before the rest of the name is a name's.
    q = only(run("Ketua panitia lomba, M. Hidayat, mengatakan acara berjalan lancar."))
    assert q.speaker.name.endswith("Hidayat")
    q = only(run("Ketua panitia lomba, M.Hidayat, mengatakan acara berjalan lancar."))
    assert q.speaker.name.endswith("Hidayat")


def test_a_degree_the_tagger_reads_as_a_name_brings_no_one_in(run):
    # A tagger may tag a degree set off after a name (M.Ag) as a second person's name; a
    # degree is no one's, so the titled name still brings its person in and a later Ia is theirs.
    text = ("Ketua Serikat Guru Nusantara, Budi Santoso, meminta pemerintah untuk menunda ujian itu.\n\n"
            "\"Sekolah belum siap menggelar ujian berbasis komputer,\" kata Budi, Senin (10/11/2025).\n\n"
            "Dari Surabaya, Ketua Yayasan Pendidikan Nusa, Dr. H. Agus Wibowo, M.Ag., menyambut baik kebijakan "
            "tersebut. Ia berharap sekolah di daerah terpencil mendapat pendampingan teknis.")
    names = {"Budi Santoso": "PER", "Budi": "PER", "Agus Wibowo": "PER", "M . Ag": "PER"}
    q = run(text, names=names).quotes[-1]
    assert q.text.startswith("sekolah di daerah terpencil")
    assert (q.speaker.name, q.speaker.role) == ("Agus Wibowo", "Ketua Yayasan Pendidikan Nusa")
    # Near miss: a tagged name after a comma that is no degree (an initial written on) stays a name.
    q = only(run("Ketua Panitia Lomba Desa Maju, M.Hidayat, mengatakan acara berjalan lancar.",
                 names={"M . Hidayat": "PER"}))
    assert q.speaker.name.endswith("Hidayat")


def test_an_honorific_written_short_before_a_name_is_no_role(run):
    # Dr. Eng. (a doctor of engineering) and Ny. with their full stops address the name:
    # no sentence ends after them, and the role is the description before them.
    text = ("Ahli vulkanologi dari Institut Teknologi Bandung, Dr. Eng. Hendra Wijaya, menduga retakan itu "
            "terjadi sejak lama.")
    q = only(run(text))
    assert (q.speaker.name, q.speaker.role) == ("Hendra Wijaya", "Ahli vulkanologi dari Institut Teknologi Bandung")
    q = only(run("Warga Desa Sukamaju, Ny. Sumiati, menduga retakan itu terjadi sejak lama."))
    assert (q.speaker.name, q.speaker.role) == ("Sumiati", "Warga Desa Sukamaju")
    # Undotted, the same letters after a comma before a capitalised word are a name's.
    q = only(run("Ketua paguyuban itu, Eng Hock Tan, menduga retakan itu terjadi sejak lama."))
    assert q.speaker.name == "Eng Hock Tan"


def test_a_given_name_or_honorific_written_short_stays_with_the_name(run):
    # Moh. and KH. with their full stops run on into the name; the role stays before it.
    for tagged in (None, {"Farid Hasyim": "PER"}):
        text = ("Kebijakan itu dikritik Ketua Komisi III DPRD Sampang, Moh. Farid Hasyim. Politikus PPP itu "
                "menilai pemkab lamban menyalurkan bantuan. \"Warga sudah menunggu,\" ujar Farid.")
        quotes = run(text, names=tagged).quotes
        assert {(q.speaker.name, q.speaker.role) for q in quotes} == \
            {("Moh. Farid Hasyim", "Ketua Komisi III DPRD Sampang")}, tagged
    text = ("Pengasuh Pondok Pesantren Al Falah, KH. Ma'ruf Hamdani, mendukung keputusan itu. "
            "\"Keselamatan santri yang utama,\" tutur Kiai Ma'ruf.")
    q = only(run(text))
    assert (q.speaker.name, q.speaker.role) == ("Ma'ruf Hamdani", "Pengasuh Pondok Pesantren Al Falah")


def test_a_pronoun_after_a_newcomer_with_an_honorific_is_the_newcomer(run):
    # H. before the name: the titled newcomer still opens the sentence the pronoun follows.
    text = ("Bupati Lumajang, Slamet Riyadi, mengaku sudah menunda mutasi pejabat. \"Kami patuh,\" kata Slamet.\n\n"
            "Bupati Lumajang terpilih, H. Slamet Widodo, menyambut baik larangan tersebut. "
            "Ia mengatakan ingin menyusun timnya sendiri.")
    q = run(text).quotes[-1]
    assert (q.speaker.name, q.rules["speaker"]) == ("Slamet Widodo", "pronoun_mention")
    # Without the newcomer's sentence the pronoun stays with the speaker quoted last.
    text = ("Bupati Lumajang, Slamet Riyadi, mengaku sudah menunda mutasi pejabat. \"Kami patuh,\" kata Slamet. "
            "Ia mengatakan ingin menyusun timnya sendiri.")
    assert run(text).quotes[-1].speaker.name == "Slamet Riyadi"


def test_an_honorific_after_the_comma_opens_the_name_not_a_role(run):
    # Rekan Sari di LIPI, Dr Bonifasius Lanang: the colleague is named after the comma.
    for honorific in ("Dr", "Dr.", "Prof."):
        text = (f"Peneliti LIPI, Sari Wulandari, memaparkan hasil kajian itu. \"Ini serius,\" kata Sari. "
                f"Rekan Sari di LIPI, {honorific} Bonifasius Lanang, menilai temuan itu perlu ditindaklanjuti pemerintah.")
        q = run(text).quotes[-1]
        assert (q.speaker.name, q.speaker.role) == ("Bonifasius Lanang", "Rekan Sari di LIPI"), honorific
    text = ("Atasan Sari di LIPI, Dr. Bonifasius Lanang, menilai temuan itu perlu ditindaklanjuti pemerintah.")
    q = only(run(text))
    assert (q.speaker.name, q.speaker.role) == ("Bonifasius Lanang", "Atasan Sari di LIPI")
    # A title after the comma is still the role of the name before it.
    q = only(run("Bonifasius Lanang, peneliti senior LIPI, menilai temuan itu perlu ditindaklanjuti pemerintah."))
    assert (q.speaker.name, q.speaker.role) == ("Bonifasius Lanang", "peneliti senior LIPI")


def test_a_rank_inside_a_tagged_name_ends_the_role(run):
    # Kapolsek Wonoboyo Kompol Sugeng Riyanto, tagged whole: the rank and the small place
    # before it are the role's, not the name's.
    text = "Kapolsek Wonoboyo Kompol Sugeng Riyanto mengatakan pelaku sudah diamankan di mapolsek."
    q = only(run(text, names={"Wonoboyo Kompol Sugeng Riyanto": "PER"}))
    assert (q.speaker.name, q.speaker.role) == ("Sugeng Riyanto", "Kapolsek Wonoboyo")
    # A rank's word that names also have stays in the name.
    text = "Mantan Dirjen UNESCO Federico Mayor Zaragoza mengatakan pendidikan adalah kunci perdamaian."
    q = only(run(text, names={"Federico Mayor Zaragoza": "PER"}))
    assert q.speaker.name == "Federico Mayor Zaragoza"


def test_a_two_word_rank_after_the_title_words_is_cut_off_a_tagged_name(run):
    # Laksamana Muda, Marsekal Pertama: the rank's first word is a title word too, and a
    # tagger that takes the rank into the name leaves only its second word before it.
    text = "Juru bicara Angkatan Laut Cile Laksamana Muda Rodrigo Ferrer Salas mengatakan kapal itu rusak."
    q = only(run(text, names={"Laksamana Muda Rodrigo Ferrer Salas": "PER"}))
    assert (q.speaker.name, q.speaker.role) == ("Rodrigo Ferrer Salas", "Juru bicara Angkatan Laut Cile")
    text = "Kepala Dinas Penerangan Marsekal Pertama Gilang Aryasena mengatakan pesawat itu mendarat darurat."
    q = only(run(text, names={"Marsekal Pertama Gilang Aryasena": "PER"}))
    assert (q.speaker.name, q.speaker.role) == ("Gilang Aryasena", "Kepala Dinas Penerangan")
    # A rank's word that names have, right after the title word, stays in the name.
    text = "Mantan Dirjen Mayor Oliveira mengatakan pendidikan adalah kunci perdamaian."
    q = only(run(text, names={"Dirjen Mayor Oliveira": "PER"}))
    assert q.speaker.name == "Mayor Oliveira"


def test_a_title_word_the_article_uses_alone_as_a_name_opens_the_name(run):
    # Imam, after a comma, tagged with the name and alone after a cue: a given name.
    text = ("Acara itu dihadiri Kepala BPS Provinsi Maluku, Imam Fauzi Lubis. "
            "“Angka kemiskinan di pesisir masih tinggi,” ujar Imam.")
    q = only(run(text, names={"Imam Fauzi Lubis": "PER", "Imam": "PER"}))
    assert (q.speaker.name, q.speaker.role) == ("Imam Fauzi Lubis", "Kepala BPS Provinsi Maluku")
    # A title the tagger took in and the article uses alone untagged stays the title.
    text = ("Acara itu dihadiri Gubernur Maluku, Menteri Darmawan Sitorus. "
            "“Angka kemiskinan di pesisir masih tinggi,” ujar Menteri.")
    q = only(run(text, names={"Menteri Darmawan Sitorus": "PER"}))
    assert q.speaker.name == "Darmawan Sitorus"


def test_a_malaysian_honorific_is_neither_the_name_nor_the_role(run):
    # Datuk Seri, Tan Sri: how the person is addressed, like a rank; the name starts after.
    text = ("Menteri Dalam Negeri Malaysia Datuk Seri Hisham Rosli Karim menolak usulan itu. "
            "“Kami tidak akan membuka perbatasan sebelum Juni,” kata Hisham.")
    r = run(text, names={"Hisham Rosli Karim": "PER", "Hisham": "PER"})
    assert [(q.speaker.name, q.speaker.role) for q in r.quotes] == \
        [("Hisham Rosli Karim", "Menteri Dalam Negeri Malaysia")]
    # Nor over it back from bin to the given name.
    q = only(run("Menteri Pertahanan Malaysia Datuk Seri Rosli bin Hamzah mengatakan latihan itu rutin."))
    assert (q.speaker.name, q.speaker.role) == ("Rosli bin Hamzah", "Menteri Pertahanan Malaysia")
    # Tagged with the honorific, whose last word names have too (Sri); alone, it is no role.
    text = "Tan Sri Kamaruddin Yusof mengatakan koperasi itu akan dibubarkan tahun depan."
    q = only(run(text, names={"Tan Sri Kamaruddin Yusof": "PER"}))
    assert (q.speaker.name, q.speaker.role) == ("Kamaruddin Yusof", None)
    # A given name after a title is not an honorific's last word.
    text = "Menteri Keuangan Sri Wulandari Hakim mengatakan defisit akan ditekan."
    q = only(run(text, names={"Sri Wulandari Hakim": "PER"}))
    assert (q.speaker.name, q.speaker.role) == ("Sri Wulandari Hakim", "Menteri Keuangan")


def test_police_unit_heads_written_as_one_word_are_titles(run):
    for title in ("Kasatpolairud", "Kasatsamapta", "Kasatnarkoba", "Kasatbinmas", "Kasatintelkam"):
        q = only(run(f"{title} Polres Tuban AKP Joko Susilo mengatakan pencarian melibatkan tim gabungan."))
        assert (q.speaker.name, q.speaker.role) == ("Joko Susilo", f"{title} Polres Tuban"), title


def test_a_surname_reused_alone_keeps_the_given_name_after_a_country_or_a_comma(run):
    # Presiden Chile Tomas Vidal Rojas … kata Vidal: the run after the country is the
    # whole name, the surname the article reuses is not where it starts.
    for tagged in (None, {"Tomas Vidal Rojas": "PER", "Vidal": "PER"}):
        text = ("Presiden Chile Tomas Vidal Rojas mengatakan negaranya siap membuka pasar baru. "
                "\"Kami butuh mitra dagang,\" kata Vidal.")
        quotes = run(text, names=tagged).quotes
        assert {(q.speaker.name, q.speaker.role) for q in quotes} == {("Tomas Vidal Rojas", "Presiden Chile")}, tagged
    text = ("Di Jenewa, Direktur Program Pangan Dunia, Lucia Herrera Blanco, mengatakan stok gandum menipis. "
            "\"Kami butuh bantuan segera,\" kata Herrera.")
    quotes = run(text, names={"Lucia Herrera Blanco": "PER", "Herrera": "PER"}).quotes
    assert {(q.speaker.name, q.speaker.role) for q in quotes} == {("Lucia Herrera Blanco", "Direktur Program Pangan Dunia")}
    # Untagged, a body's words after a title are its complement, not a given name.
    text = ("\"Stok aman,\" kata Kepala Dinkes Sleman Arief Budi Setiawan. Tahun lalu Sleman "
            "mendapat bantuan karena Sleman rawan banjir.")
    assert only(run(text)).speaker.name == "Arief Budi Setiawan"
    # After a rank the name runs on as written, not from a country-like word in it; the
    # initial that opens a Balinese name is the name's.
    text = ("Kepala Bidang Kedokteran Polda Bali Ajun Komisaris Besar I Wayan Sudarsa Putra mengatakan, tes "
            "dilakukan dua hari. \"Hasilnya kami kirim ke dinas,\" kata Wayan.")
    assert {q.speaker.name for q in run(text).quotes} == {"I Wayan Sudarsa Putra"}


def test_a_full_stop_after_a_short_word_still_ends_the_sentence_before_a_name(run):
    # ujar seorang ibu. Sisca …: "ibu" is no abbreviation; the unnamed mother stays unnamed.
    text = ("\"Suami saya diisolasi bersama 20 orang,\" ujar seorang ibu. Sisca pun mengklarifikasi "
            "kabar itu. \"Tidak ada yang dirahasiakan,\" kata Sisca.")
    quotes = run(text).quotes
    assert [q.speaker and q.speaker.name for q in quotes] == [None, "Sisca"]


def test_menurut_x_then_a_description_is_the_content_unless_a_comma_closes_it(run):
    q = only(run("Menurut Budi Santoso, warga menolak rencana itu."))
    assert (q.speaker.name, q.speaker.role, q.text) == ("Budi Santoso", None, "warga menolak rencana itu")
    q = only(run("Menurut Budi Santoso, warga Rungkut, banjir sudah surut sejak pagi."))
    assert (q.speaker.role, q.text) == ("warga Rungkut", "banjir sudah surut sejak pagi")


def test_a_diplomat_pointing_back_is_the_minister_named_before(run):
    first = "Menteri Luar Negeri Korea Selatan Kang Min-seok menyatakan bahwa Seoul akan membuka kedutaan baru. "
    for second in ("Diplomat senior itu juga mengatakan, pemerintahnya tidak menargetkan negara tertentu.",
                   "Menurut diplomat senior itu, pemerintahnya tidak menargetkan negara tertentu."):
        quotes = run(first + second, names={"Kang Min-seok": "PER"}).quotes
        assert [q.speaker.name for q in quotes] == ["Kang Min-seok"] * 2, second


def test_a_name_alias_a_nickname(run):
    text = ("\"Kami menilai ada kejanggalan,\" kata koordinator tim hukum, Yusuf Efendi alias Cak Yus, kemarin. "
            "Menurut Cak Yus, gugatan akan didaftarkan pekan depan.")
    quotes = run(text, names={"Yusuf Efendi": "PER", "Cak Yus": "PER"}).quotes
    assert [(q.speaker.name, q.speaker.role) for q in quotes] == [("Yusuf Efendi", "koordinator tim hukum")] * 2


def test_a_body_named_after_a_lowercase_head_speaks(run):
    q = only(run("Dalam keterangan tertulis, Kamis (12/6/2025), manajemen GNLT menyebutkan bahwa kontrak baru "
                 "telah ditandatangani.", names={"GNLT": "ORG"}))
    assert (q.speaker.name, q.speaker.kind) == ("GNLT", "organization")


def test_a_bodys_acronym_the_tagger_calls_a_person_is_the_body_named_before(run):
    text = ("Walhi Riau menyebut 1.400 hektare lahan terbakar tahun ini. "
            "\"Pola ini terus berulang,\" tulis Walhi dalam rilisnya.")
    quotes = run(text, names={"Walhi Riau": "ORG", "Walhi": "PER"}).quotes
    assert [(q.speaker.name, q.speaker.kind) for q in quotes] == [("Walhi Riau", "organization")] * 2
    q = only(run("PEKANBARU - Wahana Lingkungan Hidup Indonesia (Walhi) Riau menyatakan kebakaran lahan terus "
                 "berulang setiap tahun.", names={"Wahana Lingkungan Hidup Indonesia": "ORG", "Walhi": "ORG",
                                                 "Riau": "LOC"}))
    assert q.speaker.name == "Wahana Lingkungan Hidup Indonesia (Walhi) Riau"


def test_a_princes_or_sheikhs_style_is_no_part_of_the_name(run):
    q = only(run("Menteri Luar Negeri Arab Saudi Pangeran Faisal bin Farhan mengatakan kerajaan mendukung "
                 "gencatan senjata."))
    assert (q.speaker.name, q.speaker.role) == ("Faisal bin Farhan", "Menteri Luar Negeri Arab Saudi")


def test_a_pronoun_right_after_one_unnamed_source_keeps_it(run):
    text = ("Kapolsek Rungkut Kompol Hendra Wijaya mengatakan pelaku sudah ditangkap. Seorang saksi mata mengaku "
            "melihat pelaku kabur. \"Saya takut sekali,\" tuturnya.")
    quotes = run(text, names={"Hendra Wijaya": "PER"}).quotes
    assert [q.speaker and q.speaker.name for q in quotes] == ["Hendra Wijaya", None, None]
    assert quotes[-1].unnamed_source.text == "Seorang saksi mata"
    # "dia" is one person, not "sebagian umat" just before.
    text = ("Sekretaris Umum Hendra Wijaya mengatakan pemerintah kurang tegas. Sebab, sebagian umat menilai "
            "pemerintah tidak adil. Hal tersebut, menurut dia, terlihat dari kelonggaran di bandara.")
    quotes = run(text, names={"Hendra Wijaya": "PER"}).quotes
    assert quotes[-1].speaker.name == "Hendra Wijaya"


def test_unnamed_sources_after_an_opening_phrase_and_numbered_groups(run):
    for text, source in (("Sebelumnya, seorang saksi mengatakan dana itu dicairkan tanpa tanda tangan kepala desa.",
                          "seorang saksi"),
                         ("Menurut polisi, pelaku sudah tiga kali beraksi di kawasan itu.", "polisi"),
                         ("Ketiga tersangka mengaku menjual sabu itu di Makassar.", "Ketiga tersangka"),
                         ("Kepada penyidik, ketiga tersangka mengaku dijanjikan upah Rp50 juta.", "ketiga tersangka")):
        q = only(run(text))
        assert q.speaker is None and q.unnamed_source.text == source, text
    # A description after a named person's appositive still describes that person.
    q = only(run("Slamet Effendy (50), warga Kelurahan Ciptomulyo, saksi mata kejadian, mengaku bahwa ia sedang "
                 "berada di lantai dua.", names={"Slamet Effendy": "PER"}))
    assert q.speaker.name == "Slamet Effendy"


def test_a_bare_generic_noun_is_no_one_introduced_with_that_role(run):
    text = ("Hendra Wijaya, warga lain, bersama ketua RT menutup akses jalan. Belakangan, warga mengatakan ada "
            "kesepakatan bersama soal penutupan itu.")
    quotes = run(text, names={"Hendra Wijaya": "PER"}).quotes
    assert quotes[-1].speaker is None


def test_entertainment_roles_new_ministers_bernama_and_quoted_nicknames(run):
    cases = [
        ("Produser film, Mira Santoso, berharap film tersebut bisa menembus satu juta penonton.",
         ("Mira Santoso", "Produser film")),
        ("Menurut Mendikdasmen Abdul Mu'ti, kuota jalur zonasi akan dikurangi tahun depan.",
         ("Abdul Mu'ti", "Mendikdasmen")),
        ("Seorang siswa bernama Dimas mengatakan aturan baru itu membingungkan.", ("Dimas", "siswa")),
        ("Direktur Rumah Sakit Sehat, dr. Laksmi Purnamasari, MPH, mengatakan sebagian besar kasus sudah tertangani.",
         ("Laksmi Purnamasari", "Direktur Rumah Sakit Sehat")),
        ('Gitaris band Langit Biru, Reza "Ecak" Firmansyah, menulis di akun Instagram-nya bahwa konser ditunda.',
         ("Reza Firmansyah", "Gitaris band Langit Biru")),
    ]
    for text, want in cases:
        q = only(run(text, names={'Reza " Ecak " Firmansyah': "PER"}))  # the tagger's tokens
        assert (q.speaker.name, q.speaker.role) == want, text


def test_a_full_name_ending_in_the_short_name_used_later(run):
    q = only(run("Marc Marquez menang di Aragon. Marquez mengatakan motornya bekerja sempurna."))
    assert q.speaker.name == "Marc Marquez"
    # A capitalised verb or noun opening the sentence is no first name.
    quotes = run("Dijelaskan Irmansyah, pemerintah akan membantu warga. Irmansyah mengatakan bantuan segera cair.").quotes
    assert {q.speaker.name for q in quotes} == {"Irmansyah"}


def test_a_full_name_around_a_middle_name_used_later(run):
    # The tagger missed the full name; the middle name the article uses later (kata
    # Fikri) has a given name before it and a family name after it.
    text = ("Ahmad Fikri Hidayat lahir di Sorong. Pemuda itu suka bola.\n\n"
            "\"Dulu saya paling pendek di tim,\" kata Fikri.")
    q = only(run(text, names={"Fikri": "PER"}))
    assert (q.speaker.name, q.rules["speaker"]) == ("Ahmad Fikri Hidayat", "named_mention")
    # A longer capitalised run (a shop's name) holds no plain name.
    text = ("Sejak 2019, Ahmad Fikri Hidayat Motor melayani servis sepeda motor.\n\n"
            "\"Dulu saya paling pendek di tim,\" kata Fikri.")
    assert only(run(text, names={"Fikri": "PER"})).speaker.name == "Fikri"
    # Namanya opens the sentence capitalised and is no part of the name after it; Jalan
    # after another word is part of a street's name.
    text = ("Namanya Ahmad Fikri Hidayat, tetapi teman-temannya memanggilnya Fikri.\n\n"
            "\"Dulu saya paling pendek di tim,\" kata Fikri.")
    assert only(run(text, names={"Fikri": "PER"})).speaker.name == "Ahmad Fikri Hidayat"
    text = ("Warung itu ada di Jalan Ahmad Fikri Hidayat.\n\n"
            "\"Dulu saya paling pendek di tim,\" kata Fikri.")
    assert only(run(text, names={"Fikri": "PER"})).speaker.name == "Fikri"


def test_a_described_role_opening_a_clause_before_a_name_is_the_role(run):
    text = ("Namun, saksi kedua, Yoga Pratama (22), mengatakan mobil itu berwarna merah. "
            "Setelah diperkenalkan di Jepang — lewat menu makan siang di anak sekolah — Rustono "
            "mengatakan tempe kini dijual di Meksiko.")
    r = run(text, names={"Yoga Pratama": "PER", "Rustono": "PER"})
    assert [(q.speaker.name, q.speaker.role) for q in r.quotes] == [
        ("Yoga Pratama", "saksi kedua"), ("Rustono", None)]


def test_a_newcomer_described_just_before_a_quote_speaks_it(run):
    text = ("Kepala Desa Sukamaju, Budi Santoso, mengatakan banjir sudah surut.\n\n"
            "\"Warga sudah kembali ke rumah,\" katanya.\n\n"
            "Hendro Wibowo (52) hanya mengangguk saat ditanya soal bantuan.\n\n"
            "\"Kami belum menerima apa pun,\" ujarnya.\n\n"
            "Adik korban, Siti Mariyam, datang ke balai desa. Ia membawa dua kardus pakaian.\n\n"
            "\"Ini untuk anak-anak di pengungsian,\" tuturnya.\n\n"
            "Di posko pengungsian, relawan PMI Yosef Lado membagikan selimut.\n\n"
            "\"Stok kami cukup untuk sepekan,\" ujarnya.\n\n"
            "Ruli, warga setempat, ikut mengantre sejak pagi.\n\n"
            "\"Baru kali ini dapat selimut,\" katanya.")
    names = {"Budi Santoso": "PER", "Hendro Wibowo": "PER", "Siti Mariyam": "PER", "Yosef Lado": "PER", "Ruli": "PER"}
    r = run(text, names=names)
    assert [q.speaker.name for q in r.quotes] == [
        "Budi Santoso", "Budi Santoso", "Hendro Wibowo", "Siti Mariyam", "Yosef Lado", "Ruli"]


def test_a_person_only_told_of_before_a_quote_does_not_take_it(run):
    # Named after a day (pada Jumat pagi), or as the object of a verb: the text tells of
    # them; the speaker quoted before goes on.
    text = ("Rina Marlina, pemilik warung kopi, mengatakan omzet warungnya turun separuh.\n\n"
            "\"Pembeli sepi sejak bandara tutup,\" katanya.\n\n"
            "Apalagi, pada Jumat pagi, Presiden Joko Widodo meresmikan bandara baru.\n\n"
            "\"Semoga ramai lagi,\" ujarnya.\n\n"
            "Sebulan lalu menelepon Kepala Dusun Slamet Riyadi soal parkir.\n\n"
            "\"Belum ada jawaban,\" katanya.")
    r = run(text, names={"Rina Marlina": "PER", "Joko Widodo": "PER", "Slamet Riyadi": "PER"})
    assert [q.speaker.name for q in r.quotes] == ["Rina Marlina"] * 4, [q.text for q in r.quotes]


def test_a_name_opening_the_clause_after_a_fronted_adjunct_takes_the_next_pronoun_cue(run):
    # The verb inside the fronted adjunct (dipanggil) has its own subject: the name after
    # its comma opens the main clause and speaks next. Guard: a name after a verb in the
    # main clause (pelatih memanggil Yoga) is its object, and the speaker before goes on.
    intro = "Kiper senior Persija, Dedi Kurniadi, menilai Yoga Pratama layak masuk timnas.\n\n"
    names = {"Dedi Kurniadi": "PER", "Yoga Pratama": "PER", "Yoga": "PER"}
    r = run(intro + "Ditanya soal peluang dipanggil timnas, Yoga memilih merendah. "
            "\"Itu keputusan pelatih,\" katanya.", names=names)
    assert [(q.speaker.name, q.rules["speaker"]) for q in r.quotes] == [
        ("Dedi Kurniadi", "named_mention"), ("Yoga Pratama", "pronoun_mention")]
    r = run(intro + "Saat ditemui, pelatih memanggil Yoga ke ruang ganti. "
            "\"Itu keputusan pelatih,\" katanya.", names=names)
    assert [q.speaker.name for q in r.quotes] == ["Dedi Kurniadi", "Dedi Kurniadi"]
    # A name with a demonstrative after it (pemeran Gatotkaca itu) points back: the part
    # the actor quoted before plays, no newcomer.
    r = run("Aktor muda Yoga Pratama mengaku senang bermain di film itu.\n\n"
            "Saat ditanya apakah ia gugup berhadapan dengan aktor senior, pemeran Gatotkaca itu "
            "mengangguk. \"Gugup sekali,\" jawabnya.", names={"Yoga Pratama": "PER", "Gatotkaca": "PER"})
    assert [q.speaker.name for q in r.quotes] == ["Yoga Pratama", "Yoga Pratama"]


def test_a_person_the_text_turns_to_takes_the_next_pronoun_cue(run):
    # A full name opening a sentence that reports no speech (Dewi Lestari membuka …), or
    # the short name of someone named in full before (Dewi tampak …), or a name with an
    # age after a place (Di lorong …, Yuli (36) …): the text has turned to them, and the
    # next pronoun or description means them, not the speaker quoted before.
    names = {"Rina Marlina": "PER", "Dewi Lestari": "PER", "Dewi": "PER", "Yuli": "PER"}
    lead = ("Rina Marlina, pemilik warung kopi, mengatakan omzet warungnya turun separuh.\n\n"
            "\"Pembeli sepi sejak bandara tutup,\" katanya.\n\n")
    for turn, speaker in (("Dewi Lestari membuka warung baru di seberang jalan.", "Dewi Lestari"),
                          ("Di seberang jalan, Yuli (36) membuka warung baru.", "Yuli")):
        for cue in ("\"Saya lama di perhotelan,\" tuturnya.", "Ia mengaku lama bekerja di perhotelan."):
            q = run(lead + turn + "\n\n" + cue, names=names).quotes[-1]
            assert q.speaker.name == speaker, (turn, cue)
    text = (lead + "Pemilik warung lain, Dewi Lestari, juga hadir.\n\n\"Semoga ramai lagi,\" kata Rina.\n\n"
            "Dewi tampak tenang. Ia mengaku lama bekerja di perhotelan.")
    q = run(text, names=names).quotes[-1]
    assert q.speaker.name == "Dewi Lestari"


def test_a_name_after_a_pronoun_subject_is_no_antecedent(run):
    text = ("Arsitek Anneke Prasyanti lahir di Bandung. Minat Anneke pada bangunan tua tumbuh sejak kuliah. "
            "Bangunan yang pernah ia tangani antara lain Gedung Kolff, rumah Dewi Lestari, dan Toko Merah.\n\n"
            "\"Saya selalu mulai dari arsip lama,\" ujarnya.")
    q = only(run(text, names={"Anneke Prasyanti": "PER", "Anneke": "PER", "Dewi Lestari": "PER"}))
    assert q.speaker.name == "Anneke Prasyanti"


def test_the_tagger_reads_the_sentence_before_a_quote_and_skips_plain_narration():
    from attribution import extract

    from .conftest import FakeTagger

    class RecordingTagger(FakeTagger):
        def __init__(self, names):
            super().__init__(names)
            self.seen = []

        def __call__(self, sentences):
            self.seen.extend(" ".join(words) for words in sentences)
            return super().__call__(sentences)

    text = ("Hujan turun sejak pagi di kawasan itu. Ruli ikut mengantre di depan posko.\n\n"
            "\"Baru kali ini dapat selimut,\" katanya.")
    tagger = RecordingTagger({"Ruli": "PER"})
    extract(text, tagger=tagger)
    assert "Ruli ikut mengantre di depan posko ." in tagger.seen
    assert not any(s.startswith("Hujan") for s in tagger.seen)


def test_a_description_pointing_back_means_the_person_the_sentence_before_names():
    from attribution import extract

    from .conftest import FakeTagger

    # The sentence before the description reports nothing and has no cue: it is read
    # for names only because the next one points back (Pelari Kenya itu …).
    text = ("Pelari Jepang Kenji Morita mengatakan lintasan terlalu licin. \"Sepatu saya tergelincir,\" kata Morita.\n\n"
            "Daniel Kiprono tidak bisa menyembunyikan kekecewaannya. Pelari Kenya itu menyebut cuaca dingin "
            "membuat ototnya kaku.")
    q = extract(text, tagger=FakeTagger({"Kenji Morita": "PER", "Morita": "PER", "Daniel Kiprono": "PER"})).quotes[-1]
    assert q.text == "cuaca dingin membuat ototnya kaku"
    assert q.speaker.name == "Daniel Kiprono"


def test_foreign_name_shapes_after_a_title(run):
    cases = [
        ("Menteri Luar Negeri Yordania Omar al-Khatib mengatakan dunia tidak boleh membiarkan krisis itu.",
         "Omar al-Khatib", "Menteri Luar Negeri Yordania"),
        ("Senada, Menteri Negara Urusan Luar Negeri Arab Saudi Faisal bin Abdullah al-Harbi menyatakan bahwa "
         "pengakuan atas Palestina tak terelakkan.",
         "Faisal bin Abdullah al-Harbi", "Menteri Negara Urusan Luar Negeri Arab Saudi"),
        ("Kepala misi, Pieter van der Meer, mengatakan bahwa timnya tetap berada di La Paz.",
         "Pieter van der Meer", "Kepala misi"),
        ("Deputi Direktur Pelaksana IMF, Ignacio Ferrer de la Torre, mengatakan bahwa IMF siap membahas utang itu.",
         "Ignacio Ferrer de la Torre", "Deputi Direktur Pelaksana IMF"),
        ("Presiden Tribunal Pemilu Óscar Hinojosa Vargas mengatakan bahwa hasil pemilu telah disahkan.",
         "Óscar Hinojosa Vargas", "Presiden Tribunal Pemilu"),
        ("Wakil Menteri Pertahanan Korea Utara, Ri Chol-ung, mengatakan latihan tersebut bersifat defensif.",
         "Ri Chol-ung", "Wakil Menteri Pertahanan Korea Utara"),
    ]
    for text, name, role in cases:
        q = only(run(text))
        assert (q.speaker.name, q.speaker.role) == (name, role), text


def test_a_two_word_title_in_lowercase_before_a_name(run):
    text = ("Juru bicara Otoritas Palestina Rania al-Masri menyambut baik seruan tersebut. "
            "Menurut dia, dukungan internasional harus diikuti tekanan nyata.")
    q = only(run(text))
    assert (q.speaker.name, q.speaker.role) == ("Rania al-Masri", "Juru bicara Otoritas Palestina")


def test_a_tagged_name_right_after_a_title_keeps_words_the_article_never_uses_apart(run):
    text = ("Senator Javier Ortega Salinas mengatakan bahwa subsidi bahan bakar akan dipangkas. "
            "”Kita harus jujur kepada rakyat,” kata Ortega.\n\n"
            "Torch, produsen perlengkapan luar ruang, kini membuat baju pelindung. CEO Torch Ben Wirawan "
            "mengatakan pihaknya memproduksi 10.000 potong per bulan. ”Bahan bakunya sulit,” kata Ben.")
    r = run(text, names={"Javier Ortega Salinas": "PER", "Ortega": "PER", "Torch Ben Wirawan": "PER", "Ben": "PER"})
    assert [q.speaker.name for q in r.quotes] == ["Javier Ortega Salinas"] * 2 + ["Ben Wirawan"] * 2


def test_bodies_named_by_an_acronym_or_with_their_short_form_speak(run):
    text = ("KPK menahan dua tersangka pada Senin. ICW menilai penahanan itu terlambat.\n\n"
            "LBH Jakarta mendesak polisi untuk membebaskan para demonstran.\n\n"
            "Menurut YLBHI, penangkapan itu melanggar prosedur.\n\n"
            "Asosiasi Pengusaha Indonesia (Apindo) berpendapat kenaikan upah berisiko memicu PHK.\n\n"
            "Kamar Dagang dan Industri Indonesia (Kadin) menilai kenaikan upah terlalu tinggi.")
    r = run(text, names={"Apindo": "PER"})
    assert [(q.speaker.name, q.speaker.kind, q.co_speakers) for q in r.quotes] == [
        ("ICW", "organization", []), ("LBH Jakarta", "organization", []), ("YLBHI", "organization", []),
        ("Asosiasi Pengusaha Indonesia", "organization", []),
        ("Kamar Dagang dan Industri Indonesia", "organization", [])]


def test_an_acronym_inside_a_phrase_before_the_subject_does_not_speak(run):
    text = "Pada tahap LADK di Pilkada 2020, sebanyak 31 paslon melaporkan dana kampanye nol rupiah."
    assert all(q.speaker is None or q.speaker.name != "LADK" for q in run(text).quotes)


def test_a_person_named_by_one_letter_with_an_age_speaks_under_it(run):
    text = ("E (42) baru tahu anaknya ditahan setelah seorang teman mengabarinya. "
            "”Saya kira dia menginap di rumah temannya,” ucap E. Dukungan datang dari para tetangga.")
    q = only(run(text), "direct")
    assert q.speaker.name == "E"


def test_an_office_or_an_officer_pointing_back_takes_the_holder_named_before(run):
    text = ("Jaksa KPK Andika Rahman Syah menyatakan terdakwa terbukti melakukan korupsi. "
            "Namun, jaksa menilai terdakwa bersikap sopan selama persidangan. "
            "Dalam pertimbangannya, jaksa menilai perbuatan terdakwa merugikan negara.\n\n"
            "Kapolsek Cibiru Iptu Asep Saepudin mengatakan pelaku sudah ditahan di mapolsek. "
            "Perwira pertama itu menambahkan, tersangka merupakan residivis kasus serupa.\n\n"
            "Pembalap Ducati, Marco Bellini, start dari posisi kedua. "
            "Namun, rider asal Italia itu mengaku masih khawatir dengan suhu lintasan.")
    r = run(text)
    assert [q.speaker.name for q in r.quotes] == ["Andika Rahman Syah"] * 3 + ["Asep Saepudin"] * 2 + ["Marco Bellini"]


def test_a_bare_generic_noun_still_names_no_one(run):
    text = ("Warsito, warga RT 05, mengatakan banjir mulai surut. "
            "Sementara itu, warga mengatakan bantuan belum datang ke kampung mereka.")
    r = run(text)
    assert [q.speaker.name if q.speaker else None for q in r.quotes] == ["Warsito", None]


def test_an_honorific_written_short_between_the_role_and_the_name_and_a_deputy_ministers_short_title(run):
    text = ("Pakar hukum pidana Universitas Halu Oleo, Prof. Dr. Syamsul Bahri, menilai OTT itu membuktikan "
            "lemahnya pengawasan.\n\n"
            "Wakil Menteri Perdagangan Siti Nuraini Harahap mengungkapkan, pihaknya menyiapkan 12 misi dagang. "
            "”Target transaksi kami patok 4 miliar dolar AS,” ujar Wamendag Siti.")
    r = run(text)
    assert [(q.speaker.name, q.speaker.role) for q in r.quotes] == [
        ("Syamsul Bahri", "Pakar hukum pidana Universitas Halu Oleo"),
        ("Siti Nuraini Harahap", "Wakil Menteri Perdagangan"), ("Siti Nuraini Harahap", "Wakil Menteri Perdagangan")]


def test_a_nickname_after_an_age_and_a_described_role(run):
    text = ("Ahmad Mustofa (47), nelayan yang akrab disapa Cak Mat, mengaku sudah delapan hari tidak melaut. "
            "”Ombaknya bisa sampai tiga meter,” kata Cak Mat.\n\n"
            "Budi Santoso, yang ditemani istrinya yang akrab disapa Bu Ani, mengaku lega rumahnya selamat. "
            "”Kami bisa pulang,” kata Bu Ani.")
    r = run(text)
    assert [q.speaker.name for q in r.quotes] == ["Ahmad Mustofa", "Ahmad Mustofa", "Budi Santoso", "Ani"]


def test_a_nickname_after_an_age_and_a_role_naming_a_place(run):
    # Rahmat Hidayat (58), petani asal Desa Sukamulya yang akrab disapa Pak Mat: the role's
    # place stands between the name and the marker; the nickname is still his.
    text = ("Rahmat Hidayat (58), petani asal Desa Sukamulya yang akrab disapa Pak Mat, mengaku sawahnya terendam banjir sejak pekan lalu. "
            "”Sawah kami kebanjiran,” kata Pak Mat.")
    r = run(text)
    assert [q.speaker.name for q in r.quotes] == ["Rahmat Hidayat", "Rahmat Hidayat"]
    # Guard: a place with no role before it (asal alone) leaves the glue as it was.
    text = ("Rahmat Hidayat (58), asal Desa Sukamulya yang akrab disapa Pak Mat, mengaku sawahnya terendam banjir sejak pekan lalu. "
            "”Sawah kami kebanjiran,” kata Pak Mat.")
    r = run(text)
    assert [q.speaker.name for q in r.quotes][1] != "Rahmat Hidayat"


def test_a_surname_with_its_particles_after_menurut_and_a_cue(run):
    text = ("Pieter van der Linden mengatakan bahwa serangan itu melanggar hukum. "
            "Menurut van der Linden, aliansi akan mengirim sistem pertahanan udara. ”Kami siap,” kata van der Linden.")
    r = run(text)
    assert [q.speaker.name for q in r.quotes] == ["Pieter van der Linden"] * 3


def test_a_description_or_a_pronoun_pointing_back_takes_the_full_name_opening_the_sentence_before(run):
    text = ("”Saya selalu hadir setiap tahun,” tutur Yogi yang menjadi peserta rutin sejak 2018. "
            "Dewi Sartika Handayani (44), peserta lari setengah maraton, juga tampak bersemangat di ruas jalan GBK. "
            "”Saya harus menjaga ritme lari agar tetap stabil,” ujar akademisi perguruan tinggi itu.\n\n"
            "”Kuota kami naik,” ujar Yogi lagi. Agus Prayitno (52) tampak sibuk "
            "menata kios suvenir. Dia menambahkan, para pegiat wisata sudah menyiapkan paket baru.")
    r = run(text, names={"Yogi": "PER", "Dewi Sartika Handayani": "PER", "Agus Prayitno": "PER"})
    assert [q.speaker.name for q in r.quotes] == ["Yogi", "Dewi Sartika Handayani", "Yogi", "Agus Prayitno"], \
        [q.text for q in r.quotes]


def test_a_title_case_headline_lends_no_words_to_a_name(run):
    text = ("Sinta Maharani Terhenti di Semifinal Jakarta Open 2025\n\n"
            "Jakarta - Tunggal putri Indonesia, Sinta Maharani Lestari, gagal melangkah ke final.\n\n"
            "\"Saya kecewa, tapi saya belajar banyak,\" kata Sinta kepada wartawan.")
    q = only(run(text), "direct")
    assert (q.speaker.name, q.speaker.role) == ("Sinta Maharani Lestari", "Tunggal putri Indonesia")
    # Where nothing else gives the full name, the first capitalised run after the short
    # name is read as it, and the headline's is not a name.
    q = only(run(text.replace("Tunggal putri Indonesia, Sinta Maharani Lestari,", "Sinta Maharani Lestari")),
             "direct")
    assert q.speaker.name == "Sinta Maharani Lestari"


def test_a_doubles_partner_named_before_the_slash_is_no_part_of_the_role(run):
    text = ("Ganda putra Dimas Wicaksono/Raka Aditya melaju ke final. Raka menambahkan bahwa pasangannya "
            "tampil luar biasa di poin-poin akhir.")
    q = only(run(text, names={"Dimas Wicaksono": "PER", "Raka Aditya": "PER"}))
    assert (q.speaker.name, q.speaker.role) == ("Raka Aditya", "Ganda putra")


def test_a_name_before_an_indefinite_description_speaks(run):
    text = ("Siti, seorang guru honorer, mengaku harga kebutuhan pokok naik dua kali lipat. "
            "\"Gaji naik sedikit, harga naik banyak,\" katanya.")
    r = run(text, "2025-06-08")
    assert [(q.speaker.name, q.speaker.role) for q in r.quotes] == [("Siti", "guru honorer")] * 2
    # With no name before it, the description is an unnamed source.
    q = run(text.replace("Siti, seorang", "Seorang"), "2025-06-08").quotes[0]
    assert q.speaker is None


def test_the_village_after_warga_desa_is_no_person(run):
    text = ("\"Air datang jam tiga pagi,\" kata Mujinah (49), warga Kelurahan Kebon Manggis.\n\n"
            "Ia mengaku terpaksa mengungsi ke masjid bersama keluarganya.")
    r = run(text, names={"Mujinah": "PER"})
    assert [(q.speaker.name, q.speaker.role) for q in r.quotes] == [("Mujinah", "warga Kelurahan Kebon Manggis")] * 2
    # After a district and a comma the town is no appositive name either.
    r = run(text.replace("Kelurahan Kebon Manggis", "Kecamatan Cicadas, Cimahi"), names={"Mujinah": "PER"})
    assert [q.speaker.name for q in r.quotes] == ["Mujinah"] * 2


def test_a_kinship_word_and_whose_relative_before_the_relatives_name(run):
    text = ("\"Saya kaget melihat isinya,\" kata Parjono.\n\n"
            "Istri Parjono, Sulastri (52), menambahkan bahwa suaminya langsung melapor ke kelurahan.")
    r = run(text, names={"Parjono": "PER", "Istri Parjono": "PER", "Sulastri": "PER"})
    assert [(q.speaker.name, q.speaker.role) for q in r.quotes] == [("Parjono", None),
                                                                      ("Sulastri", "Istri Parjono")]


def test_a_one_word_name_with_a_nickname_that_opens_with_a_form_of_address(run):
    text = ("Salah satu pemilik rumah, Sumirah (71), yang akrab disapa Mbah Jum, mengaku baru saja tertidur.\n\n"
            "\"Saya kaget, tahu-tahu api sudah besar,\" tutur Mbah Jum.")
    r = run(text, "2025-10-14", names={"Sumirah": "PER"})
    assert [q.speaker.name for q in r.quotes] == ["Sumirah", "Sumirah"]


def test_a_nickname_with_a_form_of_address_stands_for_the_person_without_it(run):
    # yang akrab disapa Kang Dudung: the article may later drop the form of address (Dudung).
    text = ("Penjaga gawang Persikab, Hendra Wijaya Kusuma yang akrab disapa Kang Dudung, mengaku kecewa.\n\n"
            "\"Kami kurang fokus,\" ujar Kang Dudung.\n\n"
            "Dudung menilai lini belakang timnya perlu dibenahi.")
    r = run(text, "2025-09-02", names={"Hendra Wijaya Kusuma": "PER", "Kang Dudung": "PER", "Dudung": "PER"})
    assert [q.speaker.name for q in r.quotes] == ["Hendra Wijaya Kusuma"] * 2
    # Guard: a bare dipanggil (summoned) gives no nickname: Dudung is Kang Dudung, not the keeper.
    text = ("Penjaga gawang Persikab, Hendra Wijaya Kusuma, dipanggil Kang Dudung ke ruang pelatih.\n\n"
            "Dudung menilai lini belakang timnya perlu dibenahi.")
    r = run(text, "2025-09-02", names={"Hendra Wijaya Kusuma": "PER", "Kang Dudung": "PER", "Dudung": "PER"})
    assert [q.speaker.name for q in r.quotes] == ["Kang Dudung"]


def test_an_abstract_noun_opening_the_sentence_is_no_part_of_the_name(run):
    text = ("Kejujuran Sutarman (57), seorang pemulung di Kelurahan Tambaksari, menuai pujian warganet. "
            "Sutarman mengaku sempat gemetar ketika membuka tas hitam itu.")
    q = only(run(text, names={"Kejujuran Sutarman": "PER", "Sutarman": "PER"}))
    assert (q.speaker.name, q.speaker.role) == ("Sutarman", "pemulung di Kelurahan Tambaksari")


def test_after_a_name_with_an_age_a_description_is_the_role_but_not_a_verb_or_an_adverb(run):
    names = {"Wiratmo": "PER"}
    q = only(run("Wiratmo (35), sopir angkutan kota, mengatakan penumpang sepi sejak pagi.", names=names))
    assert q.speaker.role == "sopir angkutan kota"
    for text in ("Wiratmo (35), mengatakan penumpang sepi sejak pagi.",
                 "Wiratmo (35), misalnya, masih ragu bersepeda ke kantor. Menurut dia, jalur sepeda belum ada.",
                 "Wiratmo (35), yang akrab disapa Pak Wir, mengatakan penumpang sepi sejak pagi."):
        q = run(text, names=names).quotes[-1]
        assert (q.speaker.name, q.speaker.role) == ("Wiratmo", None), text
    # A verb without a prefix is known by the tagger's word class.
    text = "Wiratmo (35), datang mengantar penumpang. Ia mengatakan penumpang sepi sejak pagi."
    q = extract(text, tagger=FakeTagger(names, verbs=frozenset({"datang"}))).quotes[-1]
    assert (q.speaker.name, q.speaker.role) == ("Wiratmo", None)


def test_a_tagged_name_ends_in_a_capitalised_word(run):
    # Taggers run a name into the adverb after it at a sentence's end (kata Ramdan lirih.).
    q = only(run("\"Anak saya pamit mau mengaji,\" kata Rosidin lirih.", names={"Rosidin lirih": "PER"}))
    assert q.speaker.name == "Rosidin"


def test_initials_with_an_age_opening_a_clause_speak(run):
    text = ("Warga Cibinong, TR (34), mengaku baru mengetahui anaknya tertular dari tetangga. "
            "\"Saya kira batuk biasa,\" ucap TR.")
    r = run(text, "2025-11-05")
    assert [(q.speaker.name, q.speaker.role) for q in r.quotes] == [("TR", "Warga Cibinong")] * 2


def test_an_unnamed_source_goes_on_over_a_quotation_of_several_sentences(run):
    text = ("Direktur Utama Benny Sasmita mengatakan perusahaan akan fokus pada layanan berbayar.\n\n"
            "Seorang karyawan yang enggan disebutkan namanya mengaku kabar itu datang mendadak.\n\n"
            "\"Pagi masih kerja seperti biasa. Siangnya akses email sudah dicabut,\" ujarnya.")
    q = run(text, names={"Benny Sasmita": "PER"}).quotes[-1]
    assert q.speaker is None and q.rules["speaker"] == "pronoun_mention:unnamed"


def test_a_role_without_a_determiner_opening_the_sentence_before_ia_is_someone_new(run):
    text = ("Pengamat transportasi ITB, Dimas Prasetyo, menilai tarif baru terlalu tinggi.\n\n"
            "Sementara itu, pemilik warung dekat terminal mengeluhkan sepinya pembeli. Ia mengatakan "
            "omzetnya turun separuh sejak pekan lalu.\n\n"
            "\"Biasanya ramai sampai malam,\" ujarnya.")
    names = {"Dimas Prasetyo": "PER"}
    r = run(text, names=names)
    assert [(q.speaker, q.rules["speaker"]) for q in r.quotes[1:]] == [(None, "pronoun_mention:unnamed")] * 2
    # A demonstrative points back to the person named before, and so does the title of one
    # the article named (Pengamat transportasi ITB is Dimas).
    for opening in ("pemilik warung itu", "pengamat transportasi ITB"):
        r = run(text.replace("pemilik warung dekat terminal", opening), names=names)
        assert r.quotes[1].speaker.name == "Dimas Prasetyo", opening


def test_a_class_of_people_opening_the_sentence_before_ia_brings_in_no_one(run):
    # Pelaku pasar …: people of a kind in general, not an unnamed person; Ia goes on with
    # the speaker of the Menurut X before.
    text = ("Menurut Bambang Wirawan, harga cabai akan turun pekan depan karena panen raya dimulai. "
            "Pelaku pasar komoditas kini menahan stok sambil menunggu harga naik.\n\n"
            "Ia menjelaskan, pasokan dari Jawa Tengah sudah mulai masuk sejak Senin.")
    names = {"Bambang Wirawan": "PER"}
    q = run(text, names=names).quotes[-1]
    assert (q.speaker.name, q.rules["speaker"]) == ("Bambang Wirawan", "pronoun_mention")
    # Guard: one person's role with no determiner is someone new, unnamed.
    q = run(text.replace("Pelaku pasar komoditas", "Pemilik gudang dekat pasar"), names=names).quotes[-1]
    assert (q.speaker, q.rules["speaker"]) == (None, "pronoun_mention:unnamed")


@pytest.mark.parametrize("subject", [
    "Pedagang grosir yang ditemui di pasar induk itu mengeluhkan sepinya pembeli.",
    "Pelaku usaha yang ditemui di pasar induk mengeluhkan sepinya pembeli.",
    "Warga yang rumahnya terendam hingga atap masih bertahan di pengungsian.",
    "Konsumen yang tertipu arisan daring itu kehilangan Rp 50 juta.",
])


def test_a_class_noun_narrowed_by_a_yang_clause_is_one_unnamed_person(run, subject):
    # Pelaku usaha yang ditemui di pasar …: the yang clause picks out one person, whom the
    # Ia after goes on with, not the official named before.
    text = ("Menteri Perdagangan Bambang Wirawan mengatakan harga beras stabil. " + subject +
            " Ia menyebut omzetnya turun separuh sejak pekan lalu.")
    q = run(text, names={"Bambang Wirawan": "PER"}).quotes[-1]
    assert (q.speaker, q.rules["speaker"]) == (None, "pronoun_mention:unnamed")


def test_the_agent_of_disinggung_in_the_sentence_before_is_who_ia_goes_on_with(run):
    # … sudah disinggung <title> X …, Selasa (3/6/2025). Ia menyebut …: X, on that day,
    # not the speaker of the record before.
    text = ("Menurut Bambang, harga cabai akan turun pekan depan karena panen raya dimulai. "
            "Rencana impor beras sebelumnya sudah disinggung Kepala Bulog Darmawan Putra seusai rapat di Kantor "
            "Kemenko Pangan, Jakarta, Selasa (3/6/2025). Ia menyebut stok beras nasional cukup hingga akhir tahun.")
    names = {"Bambang": "PER", "Darmawan Putra": "PER"}
    q = run(text, "2025-06-05", names=names).quotes[-1]
    assert (q.speaker.name, q.speaker.role, str(q.date)) == ("Darmawan Putra", "Kepala Bulog", "2025-06-03")
    # Guard: a person the sentence names as an object (bertemu X) brings no one in; Ia
    # goes on with the last speaker.
    q = run(text.replace("sudah disinggung Kepala Bulog Darmawan Putra seusai rapat",
                         "sudah dibahas seusai bertemu Kepala Bulog Darmawan Putra"), "2025-06-05",
            names=names).quotes[-1]
    assert q.speaker.name == "Bambang"


def test_a_demonstrative_description_points_back_to_the_unnamed_source_it_repeats(run):
    text = ("Anak pasien, Wahyudi, mengatakan ayahnya hanya diberi oksigen.\n\n"
            "Seorang perawat yang enggan disebutkan namanya membenarkan bahwa ruang IGD malam itu sangat padat.\n\n"
            "\"Kami cuma enam orang jaga malam,\" kata perawat itu.")
    q = run(text, names={"Wahyudi": "PER"}).quotes[-1]
    assert q.speaker is None and q.rules["speaker"] == "pronoun_mention:unnamed"
    # Another description is someone else's: the unnamed nurse is no pharmacist.
    q = run(text.replace("kata perawat itu", "kata apoteker itu"), names={"Wahyudi": "PER"}).quotes[-1]
    assert q.rules["speaker"] != "pronoun_mention:unnamed"


def test_a_short_name_introduced_with_an_age_is_not_a_longer_namesake(run):
    text = ("Ayah korban, Sarman (41), tak kuasa menahan tangis.\n\n"
            "\"Anak saya pamit mau mengaji,\" kata Sarman.\n\n"
            "Paman korban, Dede Sarman (38), menambahkan bahwa keluarga baru tahu setelah magrib.")
    r = run(text, names={"Dede Sarman": "PER", "Sarman": "PER"})
    assert [(q.speaker.name, q.speaker.role) for q in r.quotes] == [("Sarman", "Ayah korban"),
                                                                      ("Dede Sarman", "Paman korban")]
    # Without an introduction of its own, the short name is the longer name's.
    r = run(text.replace("Ayah korban, Sarman (41), tak kuasa menahan tangis.", "Keluarga berduka."),
            names={"Dede Sarman": "PER", "Sarman": "PER"})
    assert [q.speaker.name for q in r.quotes] == ["Dede Sarman", "Dede Sarman"]


def test_keduanya_lists_the_people_named_together_earlier(run):
    names = {"Dimas Wicaksono": "PER", "Raka Aditya": "PER"}
    text = ("Ganda putra Dimas Wicaksono/Raka Aditya melaju ke final. Raka menambahkan bahwa pasangannya "
            "tampil luar biasa. Keduanya berharap bisa menjadi juara di hadapan publik sendiri.")
    q = run(text, names=names).quotes[-1]
    assert (q.speaker.name, [c.name for c in q.co_speakers]) == ("Raka Aditya", ["Dimas Wicaksono"])
    names = {"Sutradara Yudi Prakoso": "PER", "Larasati Wening": "PER"}  # taggers take the title in
    text = ("Sutradara Yudi Prakoso mengatakan film ini terinspirasi dari neneknya. Aktris Larasati Wening "
            "mengaku sempat menangis saat membaca naskah. Yudi dan Larasati sepakat mempromosikan film ini ke "
            "sepuluh kota. Keduanya juga berharap film ini ditonton bersama keluarga.")
    r = run(text, names=names)
    assert r.quotes[0].speaker.role == "Sutradara"
    assert (r.quotes[-1].speaker.name, [c.name for c in r.quotes[-1].co_speakers]) == (
        "Larasati Wening", ["Yudi Prakoso"])


_GROUP_NAMES = {"Hadi Susilo": "PER", "Budi Santoso": "PER", "Rina Kartika": "PER", "Dewi Lestari": "PER",
                "Joko Purnomo": "PER"}
_GROUP_OPENING = ("Ketua Umum Partai Nusantara Hadi Susilo mengatakan koalisi akan diperluas, Sabtu (15/3/2025). "
                  "”Kami terbuka bagi partai mana pun,” ujar Hadi.\n\n")
_GROUP_LIST = ("Sehari kemudian, Minggu (16/3/2025), empat ketua fraksi, yakni Ketua Fraksi Partai Nusantara Budi "
               "Santoso, Ketua Fraksi Partai Merdeka Rina Kartika, Ketua Fraksi Partai Karya Bangsa Dewi Lestari, "
               "dan Ketua Fraksi Partai Bintang Joko Purnomo, bertemu di Jakarta. ")


def test_mereka_after_people_listed_together_is_all_of_them(run):
    # A, B, C, dan D (each with a title) bertemu …. Dalam pernyataan bersama, mereka
    # menyatakan …: the four listed speak together, the first the speaker, on the day
    # their meeting is told, not the single speaker before.
    text = _GROUP_OPENING + _GROUP_LIST + ("Dalam pernyataan bersama, mereka menyatakan koalisi tetap solid "
                                           "hingga pemilu.")
    q = run(text, published="2025-03-17", names=_GROUP_NAMES).quotes[-1]
    assert (q.speaker.name, [c.name for c in q.co_speakers], q.date) == (
        "Budi Santoso", ["Rina Kartika", "Dewi Lestari", "Joko Purnomo"], date(2025, 3, 16))
    assert q.rules["speaker"] == "pronoun_mention:group"


def test_mereka_with_no_list_in_the_sentence_before_takes_no_group(run):
    # Guard: the list is two sentences back, with a sentence about something else
    # between: the group is not taken from there.
    text = _GROUP_OPENING + _GROUP_LIST + ("Pertemuan itu berlangsung tertutup selama dua jam. Dalam pernyataan "
                                           "bersama, mereka menyatakan koalisi tetap solid hingga pemilu.")
    q = run(text, published="2025-03-17", names=_GROUP_NAMES).quotes[-1]
    assert q.rules["speaker"] != "pronoun_mention:group"
    # Guard: people listed after a verb are whom others went to, not who speaks as mereka.
    text = _GROUP_OPENING + ("Puluhan warga mendatangi kantor Ketua Fraksi Partai Merdeka Rina Kartika dan Ketua "
                             "Fraksi Partai Bintang Joko Purnomo. Mereka meminta pemerintah untuk segera "
                             "memperbaiki jalan desa.")
    q = run(text, published="2025-03-17", names=_GROUP_NAMES).quotes[-1]
    assert q.text == "pemerintah untuk segera memperbaiki jalan desa"  # the record is there
    assert (q.speaker and q.speaker.name) not in ("Rina Kartika", "Joko Purnomo")


def test_the_person_a_sentence_brings_in_at_its_end_is_pointed_back_to(run):
    names = {"Dian Maharani": "PER", "Teddy Ramadhan": "PER", "Agus Santoso": "PER"}
    text = ("Anggota Bawaslu Dian Maharani menyebut jumlah pengawas TPS harus dua orang.\n\n"
            "Usulan itu mendapat dukungan dari Wakil Ketua Komisi II DPR Teddy Ramadhan. Menurut politikus "
            "PDI-P tersebut, beban kerja pengawas TPS memang berat.")
    assert run(text, names=names).quotes[-1].speaker.name == "Teddy Ramadhan"
    text = ("Anggota Bawaslu Dian Maharani mempertanyakan metodologi survei itu.\n\n"
            "Pernyataan Dian langsung dibantah peneliti Agus Santoso. Menurutnya, 1.220 responden sudah "
            "memenuhi kaidah statistik.")
    assert run(text, names=names).quotes[-1].speaker.name == "Agus Santoso"


def test_the_opens_a_bodys_name_not_a_persons(run):
    text = ("Ketua The Fed Thomas Whitfield mengatakan suku bunga akan ditahan. Dalam pernyataan resminya, "
            "The Fed menyebut akan mempertimbangkan pemangkasan bulan depan.")
    r = run(text, names={"Fed Thomas Whitfield": "PER"})
    assert [(q.speaker.name, q.speaker.kind) for q in r.quotes] == [("Thomas Whitfield", "person"),
                                                                      ("The Fed", "organization")]


def test_a_description_repeating_an_unnamed_source_is_not_a_named_person_with_that_role(run):
    text = ("\"Air datang jam tiga pagi,\" kata Mujinah (49), warga Desa Sukorejo.\n\n"
            "Di posko yang sama, seorang warga mengatakan bantuan makanan sudah datang. "
            "\"Anak-anak banyak yang gatal-gatal,\" ucap warga tersebut.")
    q = run(text, names={"Mujinah": "PER"}).quotes[-1]
    assert q.speaker is None and q.rules["speaker"] == "pronoun_mention:unnamed"


def test_student_and_scientist_roles(run):
    for text, role in (("Seorang mahasiswi Fakultas Teknik, Anisa Rahmi, mengaku cemas dengan biaya kuliah.",
                        "mahasiswi Fakultas Teknik"),
                       ("Klimatolog dari Institut Teknologi Sumatera, Armando Sitepu, menilai musim hujan datang "
                        "lebih awal.", "Klimatolog dari Institut Teknologi Sumatera")):
        # As a tagger marks the names: the role is read before the tagged name.
        assert only(run(text, names={"Anisa Rahmi": "PER", "Armando Sitepu": "PER"})).speaker.role == role, text


def test_kedua_and_a_noun_are_the_two_people_listed_just_before(run):
    text = ("Menteri Perdagangan Budi Santosa dan Menteri Pertanian Ani Lestiani bertemu di Jakarta, Rabu "
            "(17/9/2025). Dalam pernyataan bersama, kedua menteri menyatakan bahwa stok beras aman hingga akhir tahun.")
    q = only(run(text, names={"Budi Santosa": "PER", "Ani Lestiani": "PER"}))
    assert (q.speaker.name, [c.name for c in q.co_speakers], q.rules["speaker"]) == (
        "Budi Santosa", ["Ani Lestiani"], "pronoun_mention:pair")
    # With no two people listed before, the group stays unnamed.
    q = only(run("Polisi menangkap dua pelaku. Kedua tersangka mengaku mencuri karena terlilit utang."))
    assert q.speaker is None


def test_each_titled_person_of_a_list_is_known(run):
    text = ("Presiden Korea Selatan Kang Min-su dan Perdana Menteri Jepang Hiroshi Takemura bertemu di Seoul, "
            "Rabu (17/9/2025). Takemura mengatakan Jepang siap bekerja sama di bidang keamanan.")
    q = only(run(text))  # no tagger: both names come from their titles
    assert (q.speaker.name, q.speaker.role) == ("Hiroshi Takemura", "Perdana Menteri Jepang")


def test_an_untagged_complement_before_a_reused_name_stays_out_of_it(run):
    # No tagger: the town after an office's title is the title's, though the article
    # never writes it apart; the name starts at the word it reuses alone (Deden).
    text = ("\"Dalam sehari kami bisa memeriksa 270 sampel,\" kata Kepala Dinkes Sukamaju Deden Bonni Koswara. "
            "\"Reagen untuk sebulan sudah tersedia,\" ujar Deden.")
    r = run(text)
    assert [q.speaker.name for q in r.quotes] == ["Deden Bonni Koswara"] * 2


def test_comma_after_a_titled_person_ends_an_adjunct_before_the_subject(run):
    names = {"Wahyu Pratomo": "PER", "Dedi Kusnandar": "PER", "Wahyu": "PER"}
    lead = "Menteri Pertanian Wahyu Pratomo tidak hadir di Bogor. "
    for middle in ("Dalam rapat dengan Direktur Jenderal Hortikultura Dedi Kusnandar, ",
                   "Dalam sambutan yang dibacakan Direktur Jenderal Hortikultura Dedi Kusnandar, Senin (3/11/2025), "):
        q = only(run(lead + middle + "Wahyu menegaskan bahwa harga cabai akan dijaga stabil.", "2025-11-03", names))
        assert (q.speaker.name, q.speaker.role) == ("Wahyu Pratomo", "Menteri Pertanian"), middle
    # A name set off by commas after a role that ends in another person is that role's holder.
    names = {"Sutarji Wibowo": "PER", "Rusdi Hamzah": "PER"}
    q = only(run("Sutarji Wibowo, kuasa hukum Rusdi Hamzah, menyampaikan kliennya akan hadir di persidangan.",
                 names=names))
    assert (q.speaker.name, q.speaker.role) == ("Sutarji Wibowo", "kuasa hukum Rusdi Hamzah")
    q = only(run("Pengacara Rusdi Hamzah, Sutarji Wibowo, menyampaikan kliennya akan hadir di persidangan.",
                 names=names))
    assert (q.speaker.name, q.speaker.role) == ("Sutarji Wibowo", "Pengacara Rusdi Hamzah")


def test_titled_person_running_into_the_verb_speaks_not_the_appositive_before(run):
    names = {"Olaf Brenner": "PER", "Yudistira Hakim": "PER"}
    text = ("Dalam pertemuan dengan Duta Besar Jerman, Olaf Brenner, Menteri Perdagangan Yudistira Hakim "
            "menegaskan bahwa ekspor kopi akan ditingkatkan.")
    q = only(run(text, names=names))
    assert (q.speaker.name, q.speaker.role) == ("Yudistira Hakim", "Menteri Perdagangan")


def test_compound_description_heads_a_role(run):
    names = {"Wulan Sari": "PER", "Joko Susanto": "PER"}
    for text, role in (
            ("Orang tua siswa, Wulan Sari (41), menilai sekolah lamban menanggapi keluhan.", "Orang tua siswa"),
            ("Salah satu orang tua murid, Wulan Sari, menilai sekolah lamban menanggapi keluhan.", "orang tua murid"),
            ("Kuasa hukum orang tua korban, Joko Susanto, mengatakan keluarga menuntut keadilan.",
             "Kuasa hukum orang tua korban"),
            ("Wulan Sari, ibu rumah tangga di Desa Sukamaju, mengatakan harga beras naik sejak pekan lalu.",
             "ibu rumah tangga di Desa Sukamaju"),
            ("Joko Susanto, orang tua murid di sekolah itu, mengatakan keluarga menuntut keadilan.",
             "orang tua murid")):
        q = only(run(text, names=names))
        assert q.speaker.role == role, text
    # Without a name the compound describes an unnamed source.
    q = only(run("Orang tua murid mengatakan sekolah lamban menanggapi keluhan mereka."))
    assert q.speaker is None and q.text == "sekolah lamban menanggapi keluhan mereka"


def test_ia_after_an_unnamed_person_brought_in_is_that_person_not_the_last_speaker(run):
    text = ("Sutini, warga Lembang, kehilangan kebunnya. \"Semua tertimbun,\" kata Sutini.\n\n"
            "Di tepi jurang, seorang lelaki berompi hijau mengatur para relawan. Ia mengatakan pencarian "
            "dilanjutkan sampai sore. \"Tanahnya masih labil,\" katanya.")
    r = run(text, names={"Sutini": "PER"})
    assert [(q.speaker and q.speaker.name, q.rules["speaker"]) for q in r.quotes[1:]] == \
        [(None, "pronoun_mention:unnamed")] * 2
    # A sentence that names someone is no unnamed person's: the pronoun goes back as before.
    text = text.replace("seorang lelaki berompi hijau", "Kepala Desa Karyono")
    r = run(text, names={"Sutini": "PER", "Karyono": "PER"})
    assert [q.speaker.name for q in r.quotes[1:]] == ["Karyono"] * 2


def test_a_bare_description_as_a_passives_subject_brings_no_one_in_for_a_pronoun(run):
    text = ("Direktur Gizi Masyarakat Hendra Wijaya mengatakan satgas itu terdiri atas bidan dan kader posyandu. "
            "Di daerah terpencil, tokoh adat juga dilibatkan. Menurutnya, peran tokoh adat penting karena warga "
            "lebih percaya kepada mereka. \"Kami ingin satgas ini bekerja,\" ujar dia.")
    r = run(text, names={"Hendra Wijaya": "PER"})
    assert [q.speaker and q.speaker.name for q in r.quotes[1:]] == ["Hendra Wijaya"] * 2
    # Guard: a passive asking them for their words brings the unnamed person in to speak.
    r = run(text.replace("juga dilibatkan", "juga ditanya soal satgas itu"), names={"Hendra Wijaya": "PER"})
    assert [(q.speaker, q.rules["speaker"]) for q in r.quotes[1:]] == [(None, "pronoun_mention:unnamed")] * 2


def test_an_unnamed_source_named_later_takes_the_name():
    from attribution import extract

    from .conftest import FakeTagger, only

    names = {"Sutini": "PER", "Bambang Irawan": "PER", "Dian Sastro": "PER"}
    lead = ("Sutini, warga Lembang, kehilangan kebunnya. \"Semua tertimbun,\" kata Sutini.\n\n"
            "Di tepi jurang, seorang lelaki berompi hijau mengatur para relawan. Ia mengatakan pencarian "
            "dilanjutkan sampai sore. \"Tanahnya masih labil,\" katanya.\n\n")
    for naming in ("Lelaki itu adalah Bambang Irawan, koordinator relawan dari Bandung.",
                   "Lelaki tersebut, Bambang Irawan, sudah sepekan berada di lokasi."):
        r = extract(lead + naming, tagger=FakeTagger(names))
        assert [(q.speaker.name, q.rules["speaker"]) for q in r.quotes[1:]] == [("Bambang Irawan", "named_later")] * 2
    assert r.quotes[-1].speaker.role is None or "tersebut" not in r.quotes[-1].speaker.role
    # A description with another head names someone else: the unnamed source stays unnamed.
    r = extract(lead + "Relawan itu, Dian Sastro, sudah sepekan berada di lokasi.", tagger=FakeTagger(names))
    assert [q.speaker for q in r.quotes[1:]] == [None, None]
    # The demonstrative points back; it is no part of the role.
    r = extract("Peneliti itu, Bambang Irawan, juga mengingatkan bahwa tanah masih labil.", tagger=FakeTagger(names))
    assert only(r).speaker.role == "Peneliti"


def test_a_pronoun_right_after_an_unnamed_source_names_it_after_its_title(run):
    names = {"Rudi Hartono": "PER"}
    lead = "Kebakaran melanda gudang di Cilincing. Ketua panitia mengatakan pentas seni tetap digelar Sabtu. "
    q = only(run(lead + "Ia adalah Kepala Dinas Pariwisata Kota Bekasi, Drs. Rudi Hartono, M.Si.", names=names))
    assert (q.speaker.name, q.rules["speaker"]) == ("Rudi Hartono", "named_later")
    q = only(run(lead + "Ia adalah Rudi Hartono, pengusaha setempat.", names=names))
    assert (q.speaker.name, q.speaker.role) == ("Rudi Hartono", "Ketua panitia")
    # A kinship word before the name: the name is a relative's, not the source's.
    q = only(run(lead + "Ia adalah Ketua RT setempat, ayah Rudi Hartono.", names=names))
    assert q.speaker is None
    # Further on, the pronoun may be someone else's.
    q = only(run(lead + "Tiket sudah habis. Ia adalah Rudi Hartono, pengusaha setempat.", names=names))
    assert q.speaker is None


def test_records_pointing_back_to_an_unnamed_source_take_the_name_given_later(run):
    names = {"Hendra Wijaya": "PER"}
    text = ("Kebakaran melanda gudang di Cilincing. Komandan regu, saat dihubungi Senin (10/3/2025), menyebut "
            "api berasal dari korsleting. Menurut dia, kerugian ditaksir ratusan juta rupiah.\n\n"
            "\"Kami butuh waktu dua jam untuk memadamkan api,\" ujar perwira senior yang sudah dua puluh tahun "
            "bertugas itu.\n\nPerwira itu adalah Letnan Satu (Pnb) Hendra Wijaya, Kepala Regu Damkar Cilincing.")
    r = run(text, names=names)
    assert [(q.speaker.name, q.rules["speaker"]) for q in r.quotes] == [("Hendra Wijaya", "named_later")] * 3
    # A description that does not point back is someone else: only its own record is named.
    r = run(text.replace("ujar perwira senior yang sudah dua puluh tahun bertugas itu",
                         "ujar perwira senior yang sudah dua puluh tahun bertugas"), names=names)
    assert [q.speaker and q.speaker.name for q in r.quotes] == [None, None, "Hendra Wijaya"]


def test_a_police_directorate_or_prosecutor_title_is_the_role_not_the_rank_after_it(run):
    r = run("Dirlantas Polda Kalimantan Barat Kombes Pol Hasan Basri mengatakan jalur trans Kalimantan "
            "sudah bisa dilalui. JPU Kejari Boyolali, Wulan Sari, mengatakan terdakwa dituntut tujuh tahun penjara.\n"
            "”Kami sudah menyiapkan pengalihan arus di dua titik,” kata Dirlantas.")
    assert [(q.speaker.name, q.speaker.role) for q in r.quotes] == [
        ("Hasan Basri", "Dirlantas Polda Kalimantan Barat"), ("Wulan Sari", "JPU Kejari Boyolali"),
        ("Hasan Basri", "Dirlantas Polda Kalimantan Barat")]


def test_an_office_the_lexicon_does_not_know_outranks_the_rank_after_it(run):
    q = only(run("Dirpolsatwa Polda Lampung Kombes Pol Arman Saleh mengatakan anjing pelacak sudah disiagakan "
                 "di pelabuhan."))
    assert (q.speaker.name, q.speaker.role) == ("Arman Saleh", "Dirpolsatwa Polda Lampung")


def test_a_rank_written_with_full_stops_stays_between_the_office_and_the_name(run):
    q = only(run("Direktur Jenderal Pemasyarakatan Irjen Pol. (Purn.) Suryo Handoko menyampaikan bahwa lapas di "
                 "Jawa sudah penuh."))
    assert (q.speaker.name, q.speaker.role) == ("Suryo Handoko", "Direktur Jenderal Pemasyarakatan")


def test_a_ship_captain_s_capt_addresses_the_name_and_is_no_role(run):
    q = only(run("Kepala KSOP Kelas II Cirebon, Capt. Markus Simanjuntak, menegaskan pelabuhan tetap buka seperti "
                 "biasa."))
    assert (q.speaker.name, q.speaker.role) == ("Markus Simanjuntak", "Kepala KSOP Kelas II Cirebon")
    q = only(run("Capt. Markus Simanjuntak menegaskan pelabuhan tetap buka seperti biasa."))
    assert (q.speaker.name, q.speaker.role) == ("Markus Simanjuntak", None)


def test_an_office_after_a_comma_is_not_joined_to_a_title_in_the_adjunct_before_it(run):
    q = only(run("Sebelumnya, dalam rapat bersama Menteri pada 4 Mei 2025, Direktur Jenderal Pemasyarakatan "
                 "Irjen Pol. (Purn.) Suryo Handoko menyampaikan bahwa lapas di Jawa sudah penuh."))
    assert (q.speaker.name, q.speaker.role) == ("Suryo Handoko", "Direktur Jenderal Pemasyarakatan")
    # A rank or an honorific after the comma still takes the office before it.
    q = only(run("Kepala Polsek Tembalang, Kompol Budi Hartono, menyampaikan bahwa pelaku sudah diamankan."))
    assert (q.speaker.name, q.speaker.role) == ("Budi Hartono", "Kepala Polsek Tembalang")
    q = only(run("Kepala Pelaksana BPBD Kudus, Ir. Budi Satria, M.Si., melaporkan sebanyak 143 jiwa masih mengungsi "
                 "di balai desa."))
    assert (q.speaker.name, q.speaker.role) == ("Budi Satria", "Kepala Pelaksana BPBD Kudus")


def test_an_english_title_keeps_its_field_and_modifiers_before_the_head(run):
    r = run("Equity Research Analyst Mirae Asset Sekuritas, Rudi Hartono, menilai saham perbankan masih menarik. "
            "Sementara itu, Investor Relations and Sustainability Senior Manager PT Bumi Persada Tbk Lestari "
            "Handayani mengatakan, perusahaan membagikan dividen tahun ini. "
            "Executive Vice President Corporate Communication PLN, Gregorius Adi, mengatakan pasokan listrik "
            "tahun ini aman. Partner Alpha JWC Ventures, Diana Putri, memandang pasar startup mulai pulih.")
    assert [(q.speaker.name, q.speaker.role) for q in r.quotes] == [
        ("Rudi Hartono", "Equity Research Analyst Mirae Asset Sekuritas"),
        ("Lestari Handayani", "Investor Relations and Sustainability Senior Manager PT Bumi Persada Tbk"),
        ("Gregorius Adi", "Executive Vice President Corporate Communication PLN"),
        ("Diana Putri", "Partner Alpha JWC Ventures")]


def test_an_english_title_takes_no_words_of_a_phrase_run_into_the_sentence(run):
    # A sub-heading's words end at a preposition, not at the opening of a clause.
    q = only(run("Dikirim dengan Kapal Feri CEO Samudra Logistik Hendra Wijaya mengatakan, pihaknya mengirim "
                 "500 ton beras setiap pekan."))
    assert (q.speaker.name, q.speaker.role) == ("Hendra Wijaya", "CEO Samudra Logistik")
    # A connective opening the sentence is no part of the title.
    q = only(run("Menurut Chief Economist Bank Permata Josua Pardede, inflasi tahun ini masih terkendali."))
    assert (q.speaker.name, q.speaker.role) == ("Josua Pardede", "Chief Economist Bank Permata")


def test_an_english_preposition_holds_a_body_s_name_in_a_role_together(run):
    q = only(run("Peneliti Forum on Urban Policy (FUP) Indonesia, Yusuf Rendy, berpendapat inflasi tahun ini masih "
                 "terkendali."))
    assert (q.speaker.name, q.speaker.role) == ("Yusuf Rendy", "Peneliti Forum on Urban Policy (FUP) Indonesia")


def test_travellers_patients_and_event_people_are_described_by_their_role(run):
    r = run("Pemudik, Joko Santoso (41), mengatakan perjalanan tahun ini cukup lancar. "
            "Penumpang KRL, Siti Aminah, mengatakan kereta pagi ini terlambat datang. "
            "Pasien, Sulastri (60), mengatakan antrean di rumah sakit terlalu panjang. "
            "Promotor konser, Dimas Prakoso, menyatakan tiket konser itu habis terjual.")
    assert [(q.speaker.name, q.speaker.role) for q in r.quotes] == [
        ("Joko Santoso", "Pemudik"), ("Siti Aminah", "Penumpang KRL"), ("Sulastri", "Pasien"),
        ("Dimas Prakoso", "Promotor konser")]


def test_a_match_official_described_again_is_the_person_named_before(run):
    r = run("Ketua Komite Wasit Oliver Grant memimpin rapat itu. Ofisial asal Skotlandia itu menyebut laga "
            "berjalan bersih tanpa insiden.", names={"Oliver Grant": "PER"})
    assert only(r).speaker.name == "Oliver Grant"


def test_a_description_after_an_abstract_noun_is_a_sub_heading_s_not_a_role(run):
    q = only(run("Kepadatan pemudik Rina Handayani mengatakan, antrean kendaraan mengular sejak subuh."))
    assert q.speaker.role is None


def test_a_nickname_in_quotation_marks_inside_the_name_is_the_person(run):
    # The nickname, in any quotation marks and of one or more words, is no part of the
    # name, and later stands for the person; a tagger that starts the name inside the
    # marks does not make a person of the nickname's half.
    for open_, close in (('"', '"'), ("“", "”"), ("'", "'")):
        text = (f"Direktur PT Sinar Jaya, Hendro {open_}Gepeng{close} Simanjuntak, mengatakan perusahaan masih "
                f"merugi.\n\n\"Kami belum untung,\" kata Gepeng.")
        for names in (None, {f"Gepeng {close} Simanjuntak": "PER"}):
            quotes = run(text, names=names).quotes
            assert [q.speaker.name for q in quotes] == ["Hendro Simanjuntak"] * 2, (text, names)
            assert quotes[1].speaker.role == "Direktur PT Sinar Jaya"
    text = ("Pelatih tinju Frans \"Bang Ucu\" Manurung mengatakan petinjunya siap bertanding pekan depan.\n\n"
            "\"Tinggal latihan napas,\" kata Bang Ucu.")
    for names in (None, {"Frans": "PER", "Manurung": "PER"}):
        quotes = run(text, names=names).quotes
        assert [(q.speaker.name, q.speaker.role) for q in quotes] == [("Frans Manurung", "Pelatih tinju")] * 2
    # A form of address opening the nickname may read as a title before it (Om | Ucu).
    quotes = run(text.replace("Bang", "Om"), names={"Frans": "PER", "Manurung": "PER", "Ucu": "PER"}).quotes
    assert [(q.speaker.name, q.speaker.role) for q in quotes] == [("Frans Manurung", "Pelatih tinju")] * 2
    # An apostrophe inside a name is no quotation mark.
    text = ("Direktur PT Sinar Jaya, Abdul Mu'ti Harahap, mengatakan perusahaan masih merugi.\n\n"
            "\"Kami belum untung,\" kata Mu'ti.")
    for names in (None, {"Abdul Mu'ti Harahap": "PER"}):
        assert [q.speaker.name for q in run(text, names=names).quotes] == ["Abdul Mu'ti Harahap"] * 2


def test_a_description_giving_a_nickname_or_a_real_name_points_back_to_the_person(run):
    # Pemain yang biasa disapa X itu: the nickname of the person last named in full; the
    # description is no speaker of its own, and the nickname later is that person.
    for marker, nick in (("biasa disapa", "Rudi"), ("akrab disapa", "Nando")):
        text = (f"Bek Arema, Fernando Alves Costa, meminta maaf kepada suporter. Pemain yang {marker} {nick} itu "
                "mengatakan tim akan bangkit pada laga berikutnya.\n\n"
                f"\"Kami minta maaf kepada Aremania,\" ujar {nick}.")
        quotes = run(text, names={"Fernando Alves Costa": "PER", nick: "PER"}).quotes
        assert [(q.speaker.name, q.speaker.role) for q in quotes] == [("Fernando Alves Costa", "Bek Arema")] * 2, text
    # Pria bernama asli X itu: the real name of the one named so far by a stage name; the
    # fullest name is the canonical one, and "bernama asli" is no part of a role.
    text = ("Gitaris Kobo mengatakan grup itu akan tampil lagi di Medan.\n\n"
            "Pria bernama asli Yakobus Daniel Sitepu itu menuturkan, latihan sudah dimulai sejak bulan lalu.\n\n"
            "\"Kami rindu panggung,\" ujar Kobo.")
    quotes = run(text).quotes
    assert [(q.speaker.name, q.speaker.role) for q in quotes] == [("Yakobus Daniel Sitepu", "Gitaris")] * 3
    # A nickname given to someone new, not pointing back, is that person's own.
    text = ("Kapolsek Tampan Budi Santoso mengatakan motor korban sudah ditemukan di gudang.\n\n"
            "Seorang warga yang biasa disapa Ucok mengatakan motor itu dititipkan sejak pagi.")
    quotes = run(text).quotes
    assert [q.speaker.name for q in quotes] == ["Budi Santoso", "Ucok"]


def test_a_real_name_given_after_a_possessive_or_a_description_pointing_back_is_the_nicknames(run):
    # Nama aslinya X.: the possessive points back to the one named so far by a nickname;
    # the real name stands for it though the tagger does not mark it, and the form of
    # address opening the nickname is no role.
    lead = "Di pasar itu, Mbah Karto menjual gerabah sejak muda. "
    quote = " \"Dulu pembelinya banyak,\" kata Mbah Karto."
    q = only(run(lead + "Nama aslinya Kartosuwiryo." + quote, names={"Karto": "PER"}))
    assert (q.speaker.name, q.speaker.role) == ("Kartosuwiryo", None)
    # Perempuan yang akrab disapa X itu bernama lengkap Y: the description points back.
    text = ("Tetangganya, Mak Ijah, punya cerita lain. Perempuan yang akrab disapa Mak Ijah itu bernama "
            "lengkap Khodijah (58). \"Saya sudah tiga kali kebanjiran,\" tutur Mak Ijah.")
    assert only(run(text, names={"Ijah": "PER"})).speaker.name == "Khodijah"
    # No name after the marker, or one given in a clause of its own: the nickname stays.
    q = only(run(lead + "Nama aslinya tidak banyak yang tahu." + quote, names={"Karto": "PER"}))
    assert q.speaker.name in ("Mbah Karto", "Karto")
    q = only(run(lead + "Ia lupa nama aslinya, Kartosuwiryo atau Kartowiryo." + quote, names={"Karto": "PER"}))
    assert q.speaker.name in ("Mbah Karto", "Karto")
    # A description without a demonstrative brings in someone new.
    q = only(run(lead + "Seorang pedagang tua bernama lengkap Sutarjo ikut berjualan." + quote, names={"Karto": "PER"}))
    assert q.speaker.name in ("Mbah Karto", "Karto")


def test_the_initial_of_a_balinese_name_after_a_rank_stays_when_the_article_reuses_a_later_word(run):
    # ujar Ketut, of Kombes Pol I Ketut …: the name runs back over the initial, which is
    # neither the rank's nor the role's.
    for comma in (",", ""):
        text = (f"Kabid Humas Polda Bali{comma} Kombes Pol I Ketut Suardana Wibawa{comma} memastikan pihaknya "
                "menelusuri laporan itu. \"Kami tidak akan diam,\" ujar Ketut.")
        for names in (None, {"Ketut Suardana Wibawa": "PER", "Ketut": "PER"}):
            quotes = run(text, names=names).quotes
            assert [(q.speaker.name, q.speaker.role) for q in quotes] == \
                [("I Ketut Suardana Wibawa", "Kabid Humas Polda Bali")] * 2, (text, names)
    # A roman numeral before a name that is no Balinese one stays with the title.
    text = ("Komandan Kompi I Budi Hartono memastikan pasukannya siap berangkat. "
            "\"Kami tinggal menunggu perintah,\" ujar Budi.")
    quotes = run(text, names={"Budi Hartono": "PER", "Budi": "PER"}).quotes
    assert [q.speaker.name for q in quotes] == ["Budi Hartono"] * 2


def test_a_description_opening_the_sentence_is_no_part_of_the_name(run):
    # Saksi Hermawan, Terdakwa Rinaldi: capitalised only because it opens the sentence,
    # even where a tagger takes it into the name.
    text = "Saksi Hermawan mengatakan pelaku datang dari arah pasar sebelum kejadian."
    for names in (None, {"Saksi Hermawan": "PER"}):
        q = only(run(text, names=names))
        assert (q.speaker.name, q.speaker.role) == ("Hermawan", "Saksi"), names
    text = ("Sidang perkara penganiayaan dengan terdakwa Rinaldi Kusumawardhana digelar Senin (5/5).\n\n"
            "Terdakwa Rinaldi sendiri membantah keterangan saksi. Ia mengaku hanya membela diri saat dikeroyok.")
    q = only(run(text, names={"Rinaldi Kusumawardhana": "PER", "Terdakwa Rinaldi": "PER"}))
    assert q.speaker.name == "Rinaldi Kusumawardhana"
    # A word that is also a name stays in it, and so does a kinship word (names are made
    # of those too).
    for text in ("Ganda Sitorus mengatakan pelaku datang dari arah pasar sebelum kejadian.",
                 "Cucu Sitorus mengatakan pelaku datang dari arah pasar sebelum kejadian."):
        for names in (None, {text.split()[0] + " Sitorus": "PER"}):
            q = only(run(text, names=names))
            assert (q.speaker.name, q.speaker.role) == (text.split()[0] + " Sitorus", None), names


def test_a_surnames_particle_capitalised_to_open_a_mention_is_no_title(run):
    # Pieter de Jong … Menurut De Jong / De Jong mengatakan: the same surname, no role "De".
    intro = "Pelatih kepala tim nasional, Pieter de Jong, meminta pemainnya tetap tenang.\n\n"
    for text in (intro + "Menurut De Jong, kunci laga ada pada lini belakang.",
                 intro + "De Jong mengatakan timnya datang dengan percaya diri."):
        for names in (None, {"Pieter de Jong": "PER", "De Jong": "PER"}):
            q = run(text, names=names).quotes[-1]
            assert (q.speaker.name, q.speaker.role) == ("Pieter de Jong", None), (text, names)
    q = only(run("Menurut De Haan, kunci laga ada pada lini belakang tim tamu."))
    assert (q.speaker.name, q.speaker.role) == ("De Haan", None)


def test_a_person_s_name_on_a_facility_is_the_facility_s_not_a_speaker(run):
    # The tagger calls an airport's or a stadium's namesake a person; no -nya goes to it.
    for place in ("Bandara Soekarno Hatta", "Stadion Gelora Bung Karno"):
        text = (f"Puncaknya, terjadi penumpukan penumpang di {place} pada 15 Mei lalu. "
                "”Ini konsekuensi dari kebijakan yang berubah-ubah,” katanya.")
        q = only(run(text, names={place.split(" ", 1)[1]: "PER"}), "direct")
        assert q.speaker is None, place


def test_a_sentence_adverb_before_a_comma_is_no_one_s_name(run):
    r = run("Teh racikan kedai itu berkarakter. Sayangnya, pembeli muda masih menilai rasa teh dari warnanya.")
    assert [q.speaker for q in r.quotes] == [None]
    q = only(run("Untungnya, Kepala Dinas Pariwisata Rudi Hartono menyatakan jalur wisata sudah dibuka kembali.",
                 names={"Rudi Hartono": "PER"}))
    assert (q.speaker.name, q.speaker.role) == ("Rudi Hartono", "Kepala Dinas Pariwisata")


def test_an_english_title_after_selaku_is_the_role(run):
    q = only(run("Kepala Kantor SAR Semarang selaku SAR Mission Coordinator (SMC), Aris Munandar Siregar, mengatakan "
                 "korban ditemukan pagi tadi.", names={"Aris Munandar Siregar": "PER"}))
    assert q.speaker.role == "SAR Mission Coordinator (SMC)"


def test_a_body_the_article_writes_alone_is_no_part_of_the_name_after_a_role_word(run):
    # The club is written alone elsewhere (membuat Bhayangkara naik), but never cued nor a
    # person's: it is the complement of "pelatih", and the three words after it the name.
    text = ("Bhayangkara menang tipis di kandang lawan, Minggu (7/9/2025). Dari kubu tamu, pelatih Bhayangkara "
            "Rodrigo Alves Teixeira menyebut kemenangan itu buah kesabaran anak asuhnya.\n\n"
            "Hasil ini membuat Bhayangkara naik ke peringkat keempat.")
    for names in (None, {"Bhayangkara Rodrigo Alves Teixeira": "PER"}):
        q = run(text, names=names).quotes[0]
        assert (q.speaker.name, q.speaker.role) == ("Rodrigo Alves Teixeira", "pelatih Bhayangkara"), names
    # Guard: a first name the tagger marks as a person alone, or one the NER data knows,
    # written alone elsewhere, is the person's.
    for first, names in (("Joaquim", {"Joaquim Ferreira Lima": "PER", "Joaquim": "PER"}), ("Bambang", None)):
        text = (f"Dari kubu tamu, pelatih {first} Ferreira Lima menyebut kemenangan itu buah kesabaran anak "
                f"asuhnya.\n\nHasil ini membuat {first} tersenyum lebar. ”Kami sabar,” ujarnya.")
        q = run(text, names=names).quotes[0]
        assert (q.speaker.name, q.speaker.role) == (f"{first} Ferreira Lima", "pelatih"), first


def test_a_description_capitalised_only_to_open_the_sentence_is_an_unnamed_source(run):
    # Written lowercase but for the sentence's first letter, after a dateline or not:
    # nobody's name, as the same words mid-sentence would be.
    for text in ("PONTIANAK, KOMPAS — Kuasa hukum keluarga korban kecelakaan menilai pengemudi bus itu lalai "
                 "karena mengantuk, Senin (3/11/2025).",
                 "Juru bicara keluarga korban menyatakan laporan akan dilengkapi rekaman kamera pengawas."):
        q = only(run(text))
        assert q.speaker is None, text
    # Guard: a title written in capitals, its acronym in brackets too, is the best name
    # the article gives for the source.
    q = only(run("Kepala Badan Pencarian Daerah (BPD) Kalimantan Barat mengatakan, pencarian dihentikan sore ini."))
    assert q.speaker.name == "Kepala Badan Pencarian Daerah (BPD) Kalimantan Barat"
    assert q.rules["speaker"] == "description_mention:title_only"


def test_a_description_after_a_quote_of_several_sentences_points_back_past_the_quote(run):
    # The sentences inside the quotation are the speaker's own: the text turned to the
    # newcomer in the sentence before the quotation opens.
    text = ("Pelatih atletik daerah Marco Teixeira menilai para pelarinya berlari sabar sejak awal. "
            "“Kami tahu cuaca panas. Semua menjalankan rencana dengan baik,” kata Marco.\n"
            "Juara lomba lari 10 kilometer, Yudha Pratama, menyerahkan medalinya kepada kepala desa.\n"
            "“Medali ini untuk warga kampung. Mereka menunggu sejak subuh. Saya tidak akan lupa,” "
            "kata pelari berusia 19 tahun tersebut.")
    r = run(text, names={"Marco Teixeira": "PER", "Marco": "PER", "Yudha Pratama": "PER"})
    q = next(q for q in r.quotes if q.text.startswith("Medali ini"))
    assert q.speaker.name == "Yudha Pratama"
    assert q.rules["speaker"] == "pronoun_mention"


def test_a_description_after_a_quote_of_several_sentences_keeps_the_speaker_when_nobody_comes_in(run):
    text = ("Pelatih atletik daerah Marco Teixeira menilai para pelarinya berlari sabar sejak awal. "
            "“Kami tahu cuaca panas. Semua menjalankan rencana dengan baik,” kata Marco.\n"
            "Lomba itu diikuti sekitar dua ribu pelari.\n"
            "“Medali ini untuk warga kampung. Mereka menunggu sejak subuh. Yudha Pratama berlari luar biasa,” "
            "kata pelatih asal Portugal tersebut.")
    r = run(text, names={"Marco Teixeira": "PER", "Marco": "PER", "Yudha Pratama": "PER"})
    q = next(q for q in r.quotes if q.text.startswith("Medali ini"))
    assert q.speaker.name == "Marco Teixeira"


def test_a_doctor_s_title_between_the_office_and_the_name_still_opens_the_clause(run):
    # Dr. between the office and the name: the office still opens the sentence, whose
    # subject the pronoun of the next one points back to, not the last speaker.
    text = ("Ketua tim kuasa hukum, Bonifasius Lamury, menilai penahanan itu tidak sah. "
            "”Klien kami selalu hadir,” kata Bonifasius. "
            "Kepala Seksi Intelijen Kejaksaan Negeri Kupang Dr. Yosafat Manafe, S.H., M.H. mempersilakan "
            "pihak tersangka mengajukan gugatan. Ia mengatakan penyidik memegang dua alat bukti yang sah.")
    q = run(text).quotes[-1]
    assert q.speaker.name == "Yosafat Manafe"
    assert q.speaker.role == "Kepala Seksi Intelijen Kejaksaan Negeri Kupang"
    assert q.rules["speaker"] == "pronoun_mention"


def test_a_titled_name_after_a_verb_is_its_object_not_the_one_the_pronoun_means(run):
    text = ("Ketua tim kuasa hukum, Bonifasius Lamury, menilai penahanan itu tidak sah. "
            "”Klien kami selalu hadir,” kata Bonifasius. "
            "Tim itu kemudian menemui Kepala Seksi Intelijen Kejaksaan Negeri Kupang Dr. Yosafat Manafe, "
            "S.H. di kantornya. Ia mengatakan kliennya siap mengajukan gugatan.")
    q = run(text).quotes[-1]
    assert q.speaker.name == "Bonifasius Lamury"


def test_menurutnya_opening_a_sentence_points_back_to_the_subject_just_before(run):
    # Menurutnya, … is Menurut dia, …: the person the sentence before opens with, though
    # another speaker was quoted last.
    text = ("Ketua tim kuasa hukum, Bonifasius Lamury, menilai penahanan itu tidak sah. "
            "”Klien kami selalu hadir,” kata Bonifasius. "
            "Kepala Seksi Intelijen Kejaksaan Negeri Kupang Yosafat Manafe mempersilakan "
            "pihak tersangka mengajukan gugatan. Menurutnya, gugatan itu hak setiap warga negara.")
    q = run(text).quotes[-1]
    assert q.text.startswith("gugatan itu hak")
    assert q.speaker.name == "Yosafat Manafe"
    assert q.rules["speaker"] == "pronoun_mention"


def test_menurutnya_after_a_sentence_naming_nobody_keeps_the_last_speaker(run):
    text = ("Kepala Seksi Intelijen Kejaksaan Negeri Kupang Yosafat Manafe menilai penahanan itu sah. "
            "”Penyidik punya dua alat bukti,” kata Yosafat. "
            "Sidang gugatan dijadwalkan pekan depan di Pengadilan Negeri Kupang. "
            "Menurutnya, gugatan itu hak setiap warga negara.")
    q = run(text).quotes[-1]
    assert q.speaker.name == "Yosafat Manafe"


def test_putri_after_a_sport_category_is_women_s_and_the_name_is_the_coach_s(run):
    # tunggal putri: women's singles, no daughter; the coach speaks.
    text = "Pelatih tunggal putri Wahyu Setiabudi mengatakan Rara sudah melampaui target tim pelatih."
    q = only(run(text))
    assert q.speaker.name == "Wahyu Setiabudi"
    assert q.speaker.role == "Pelatih tunggal putri"
    assert q.rules["speaker"] == "named_mention"


def test_putri_after_another_role_word_is_still_the_named_person_s_daughter(run):
    # Sopir putri Wahyu: the driver of Wahyu's daughter, whom the article does not name.
    text = "Sopir putri Wahyu Setiabudi mengatakan mobil itu sudah diperbaiki sejak Senin."
    q = only(run(text))
    assert q.speaker is None
    assert q.unnamed_source.text == "Sopir putri Wahyu Setiabudi"


def test_a_description_with_a_relative_clause_closed_by_a_demonstrative_points_back(run):
    # The demonstrative after the relative clause closes the whole description, which
    # points back to the person named just before, not a title-only speaker.
    text = ("Petinju Filipina Ramon Dizon mengatakan ia siap bertanding lagi.\n\n"
            "Di sudut lain, Wirawan Tjahjadi tampak kecewa. Petinju Malang yang menang angka di dua ronde "
            "pertama itu menyebut pukulannya kehilangan tenaga.")
    names = {"Ramon Dizon": "PER", "Wirawan Tjahjadi": "PER"}
    q = run(text, names=names).quotes[-1]
    assert q.text == "pukulannya kehilangan tenaga"
    assert (q.speaker.name, q.rules["speaker"]) == ("Wirawan Tjahjadi", "pronoun_mention")
    # Guard: with no demonstrative the description points nowhere; the source stays
    # unnamed rather than taken for the person of the sentence before.
    text = text.replace(" pertama itu menyebut", " pertama menyebut")
    assert run(text, names=names).quotes[-1].speaker is None


def test_a_demonstrative_closing_an_event_after_an_office_does_not_point_back(run):
    # … yang turut hadir dalam rapat itu: "itu" is the meeting's; the office is named
    # with its holder in the next sentence, not the governor of the sentence before.
    text = ("Gubernur Jambi Hasan Basri menyebut proyek itu selesai tahun depan. Kepala Dinas PUPR Jambi "
            "yang turut hadir dalam rapat itu menjelaskan bahwa anggaran sudah disiapkan sejak Maret. "
            "Kepala Dinas PUPR Jambi Ridwan Saputra menambahkan, lelang dimulai bulan depan.")
    r = run(text, names={"Hasan Basri": "PER", "Ridwan Saputra": "PER"})
    assert [q.speaker.name for q in r.quotes] == ["Hasan Basri", "Ridwan Saputra", "Ridwan Saputra"]
    assert r.quotes[1].speaker.role == "Kepala Dinas PUPR Jambi"
    # Guard: after a description, not an office, the demonstrative points back still.
    text = ("Petinju Filipina Ramon Dizon mengatakan ia siap bertanding lagi.\n\n"
            "Di sudut lain, Wirawan Tjahjadi tampak kecewa. Petinju Malang yang kalah dalam laga "
            "itu menyebut pukulannya kehilangan tenaga.")
    q = run(text, names={"Ramon Dizon": "PER", "Wirawan Tjahjadi": "PER"}).quotes[-1]
    assert (q.speaker.name, q.rules["speaker"]) == ("Wirawan Tjahjadi", "pronoun_mention")


def test_a_tagged_body_ends_before_the_verb_the_tagger_ran_into_it(run):
    text = "Komisi Yudisial meminta Ketua Pengadilan Tinggi Ambon untuk memeriksa ulang hakim yang menangani perkara itu."
    r = run(text, names={"Komisi Yudisial meminta Ketua Pengadilan Tinggi Ambon": "ORG"})
    assert only(r).speaker.name == "Komisi Yudisial"
    # Guard: lowercase glue inside a body's name keeps the name whole.
    text = "Komisi untuk Keadilan Agraria menilai perkara itu sarat kepentingan."
    r = run(text, names={"Komisi untuk Keadilan Agraria": "ORG"})
    assert only(r).speaker.name == "Komisi untuk Keadilan Agraria"


def test_a_title_in_apposition_after_a_tagged_name_is_no_appositive_name(run):
    # The film's title after the director's name, between commas, is no name of a
    # person the title describes ("Tanpa Bintang", role "sutradara Bima …, Langit").
    text = ("Film drama terbaru garapan sutradara Bima Aryasatya, Langit Tanpa Bintang, resmi tayang pekan ini. "
            "Sutradara itu mengatakan naskah film tersebut ditulis selama dua tahun.")
    q = only(run(text, names={"Bima Aryasatya": "PER"}))
    assert (q.speaker.name, q.speaker.role) == ("Bima Aryasatya", "sutradara")
    # Guard: the name after a title of places and bodies is still the title's holder.
    text = "\"Kedua negara sepakat memperluas kerja sama,\" kata Duta Besar Kanada, Marie Tremblay."
    q = only(run(text, names={"Kanada": "LOC", "Marie Tremblay": "PER"}))
    assert (q.speaker.name, q.speaker.role) == ("Marie Tremblay", "Duta Besar Kanada")


def test_the_lowercase_class_of_a_body_before_its_name_is_no_part_of_the_name(run):
    q = only(run("Lembaga nirlaba Suara Pesisir Nusantara menilai proyek reklamasi itu merusak terumbu karang."))
    assert (q.speaker.name, q.speaker.kind, q.rules["speaker"]) == ("Suara Pesisir Nusantara", "organization",
                                                                    "named_mention")
    # Guards: glue inside the name, and a place alone after the lowercase words (a
    # department written short of capitals), keep the whole.
    q = only(run("Komisi untuk Keadilan Agraria menilai perkara itu sarat kepentingan."))
    assert q.speaker.name == "Komisi untuk Keadilan Agraria"
    q = only(run("Dinas kesehatan Jawa Barat menyatakan kasus demam berdarah menurun."))
    assert q.speaker.name == "Dinas kesehatan Jawa Barat"


def test_a_body_named_by_the_short_form_of_its_opening_words_is_the_body_named_in_full(run):
    text = ("Direktorat Jenderal Perhubungan Laut Kementerian Perhubungan menyatakan akan memeriksa kapal itu. "
            "Dalam keterangannya, Ditjen Perhubungan Laut menegaskan izin berlayar kapal tersebut dibekukan.")
    quotes = run(text).quotes
    assert [(q.speaker.name, q.speaker.kind) for q in quotes] == \
        [("Direktorat Jenderal Perhubungan Laut Kementerian Perhubungan", "organization")] * 2
    # Guard: the short form of another body is not taken for the one named in full.
    text = text.replace("Ditjen Perhubungan Laut", "Ditjen Perhubungan Darat")
    assert run(text).quotes[1].speaker.name == "Ditjen Perhubungan Darat"


def test_a_body_and_the_place_the_article_writes_after_di_is_no_person(run):
    # The tagger may read a regional office as a person; the article uses the place after
    # "di" elsewhere, so the words after the body's name are that place.
    text = ("Banjir merendam 40 rumah di Tanjung Lestari sejak Senin. "
            "Sementara itu, Polres Tanjung Lestari mengingatkan warga agar menjauhi bantaran sungai.")
    q = only(run(text, names={"Polres Tanjung Lestari": "PER"}))
    assert (q.speaker.name, q.speaker.kind) == ("Polres Tanjung Lestari", "organization")
    text = ("Banjir merendam 40 rumah di Tanjung Lestari sejak Senin. "
            "Polres Tanjung Lestari menurunkan 50 personel ke lokasi. “Kami siaga 24 jam,” ujarnya.")
    q = only(run(text, names={"Polres Tanjung Lestari": "PER"}))
    assert q.speaker is None or q.speaker.kind == "organization"  # never a person "Tanjung Lestari"
    # A person named after the body and its place is still that person.
    text = ("Banjir merendam 40 rumah di Tanjung Lestari sejak Senin. "
            "Kapolres Tanjung Lestari Rudi Hartono mengingatkan warga agar menjauhi bantaran sungai.")
    q = only(run(text, names={"Rudi Hartono": "PER"}))
    assert (q.speaker.name, q.speaker.kind) == ("Rudi Hartono", "person")


def test_a_family_name_written_once_before_the_given_names_completes_them(run):
    # Chinese-Indonesian names put the family name first; the article then uses the given
    # names alone, and the full name stands in a sentence no cue or tagger looked at.
    text = ("Menjelang magrib, Liem Swie Hoa masih menata kue di etalase tokonya. Tangannya cekatan.\n\n"
            "\"Resep ini dari nenek saya,\" katanya.\n\n"
            "\"Tidak pernah saya ubah,\" kata Swie Hoa.")
    r = run(text, names={"Swie Hoa": "PER"})
    assert [q.speaker.name for q in r.quotes] == ["Liem Swie Hoa", "Liem Swie Hoa"]
    # A capitalised word that is no name's (a sentence's first word, a form of address) stays out.
    for text in ("Pasar sepi sejak pagi. Semalam Swie Hoa tidak tidur.", "Sejak subuh Cik Swie Hoa sudah ramai pembeli."):
        text += " \"Kami terpaksa menaikkan harga,\" kata Swie Hoa."
        r = run(text, names={"Swie Hoa": "PER"})
        assert {q.speaker.name for q in r.quotes} == {"Swie Hoa"}, text


def test_a_newcomer_with_an_age_between_commas_speaks_next(run):
    # Features write the age between commas (Rudi Hartono, 27 tahun,): a person the text
    # turns to, who speaks the quote after, not the speaker quoted before.
    opening = ("Camat Sukajaya, Budi Santoso, mengatakan panen tahun ini melimpah. "
               "\"Harga gabah juga naik,\" katanya.\n\n")
    names = {"Budi Santoso": "PER", "Rudi Hartono": "PER"}
    text = opening + ("Bagi Rudi Hartono, 27 tahun, sawah itu satu-satunya harapan.\n\n"
                      "\"Saya tidak punya pekerjaan lain,\" ujarnya.")
    assert [q.speaker.name for q in run(text, names=names).quotes] == ["Budi Santoso", "Budi Santoso", "Rudi Hartono"]
    # Years after a comma that say when (, 5 tahun lalu,) are no age.
    text = opening + ("Bagi Rudi Hartono, 5 tahun lalu, sawah itu satu-satunya harapan.\n\n"
                      "\"Saya tidak punya pekerjaan lain,\" ujarnya.")
    assert [q.speaker.name for q in run(text, names=names).quotes][-1] == "Budi Santoso"


def test_a_name_given_after_adalah_is_whom_the_next_pronoun_means(run):
    opening = ("Pemilik toko, Budi Santoso, mengatakan tokonya sudah berdiri sejak 1960. "
               "\"Anak saya yang kini mengurus pembukuan,\" katanya.\n\n")
    names = {"Budi Santoso": "PER", "Ratna Dewi": "PER"}
    text = opening + ("Anak yang ia maksud adalah Ratna Dewi, 40 tahun, lulusan akuntansi. "
                      "Ia mengaku sempat ingin menjual toko itu.")
    assert [q.speaker.name for q in run(text, names=names).quotes][-1] == "Ratna Dewi"
    # A name that words before it hold (dibeli dari Ratna Dewi) is no one the text turns to.
    text = opening + ("Toko itu dulu dibeli dari Ratna Dewi, 40 tahun, lulusan akuntansi. "
                      "Ia mengaku tidak menyesal membelinya.")
    assert [q.speaker.name for q in run(text, names=names).quotes][-1] == "Budi Santoso"


def test_a_description_from_a_body_then_a_name_after_a_cue_is_that_person(run):
    # kata peneliti dari Institut X, Nama: dari opens the body the describer is from, and
    # the name after the comma is who spoke.
    q = only(run("\"Musim tanam mundur sebulan,\" kata peneliti dari Institut Pertanian Lampung, Dewi Anggraini."))
    assert (q.speaker.name, q.speaker.role) == ("Dewi Anggraini", "peneliti dari Institut Pertanian Lampung")
    # A place after the body (…, Lampung Selatan) is no name: the description stays unnamed.
    q = only(run("\"Musim tanam mundur sebulan,\" kata petani dari Kecamatan Natar, Lampung Selatan."))
    assert q.speaker is None or "Lampung" not in q.speaker.name


def test_a_region_whose_name_ends_in_a_word_that_is_a_place_only_there_ends_the_title(run):
    # Barat Daya (southwest), Papua Pegunungan: the title's place runs to the last word,
    # and the name starts after it.
    # A tagger may take the region's last word into the name; it still ends the title.
    for region in ("Papua Barat Daya", "Papua Pegunungan", "Timor Leste"):
        text = f"Gubernur {region} Markus Tabuni mengatakan bahwa dana pembangunan jalan belum cair."
        for names in (None, {f"{region.split()[-1]} Markus Tabuni": "PER"}):
            q = only(run(text, names=names))
            assert (q.speaker.name, q.speaker.role) == ("Markus Tabuni", f"Gubernur {region}")
    # As after any place, a three-word run after it is the name whole.
    q = only(run("Gubernur Papua Barat Daya Orpa Wandik Kambu mengatakan bahwa dana pembangunan jalan belum cair."))
    assert q.speaker.name == "Orpa Wandik Kambu"
    # Guard: Daya after Sumber is no place, so the title runs on past it.
    text = "Menteri Energi dan Sumber Daya Mineral Hendra Lubis mengatakan bahwa harga gas akan naik."
    q = only(run(text))
    assert (q.speaker.name, q.speaker.role) == ("Hendra Lubis", "Menteri Energi dan Sumber Daya Mineral")


def test_a_rank_word_that_completes_a_title_is_no_rank_cut_off_the_role(run):
    # Jenderal after Sekretaris or Direktur is the title's, even where the body's acronym
    # after it reads like a corps after a rank (MAR, of Kolonel Mar).
    for title in ("Sekretaris Jenderal", "Direktur Jenderal"):
        text = f"{title} MAR Yusuf Lamaru menilai bahwa aturan baru itu hanya membuang suara pemilih."
        q = only(run(text))
        assert (q.speaker.name, q.speaker.role) == ("Yusuf Lamaru", f"{title} MAR")
    # Guard: a rank between an office and the name is still cut off the role.
    text = "Kepala Penerangan Kodam XV Kolonel Mar Yusuf Lamaru menyatakan bahwa latihan berjalan lancar."
    q = only(run(text))
    assert (q.speaker.name, q.speaker.role) == ("Yusuf Lamaru", "Kepala Penerangan Kodam XV")


def test_a_balinese_initial_after_a_body_opens_the_name_not_the_bodys_numeral(run):
    # A tagger reads "DPR I" as one body; before a Balinese birth-order name the I is the
    # name's.
    text = "Wakil Ketua Komisi IV DPR I Ketut Dana Sumerta mengatakan bahwa anggaran irigasi akan ditambah."
    q = only(run(text, names={"DPR I": "ORG", "Ketut Dana Sumerta": "PER"}))
    assert (q.speaker.name, q.speaker.role) == ("I Ketut Dana Sumerta", "Wakil Ketua Komisi IV DPR")
    # Guard: a numeral before a name that is no Balinese one stays the body's, a noble
    # title's (Teuku) too.
    for name in ("Rudi Santoso", "Teuku Arif Zulkarnain"):
        text = f"Ketua Komisi I {name} mengatakan bahwa anggaran pertahanan akan ditambah."
        q = only(run(text, names={"Komisi I": "ORG", name: "PER"}))
        assert (q.speaker.name, q.speaker.role) == (name, "Ketua Komisi I")


def test_a_ministry_named_by_its_short_form_is_the_ministry_named_in_full(run):
    text = ("Kementerian Pertanian menyatakan stok beras nasional aman hingga akhir tahun. "
            "Kementan juga mengimbau petani agar segera melapor jika hama wereng menyerang.")
    quotes = run(text).quotes
    assert [(q.speaker.name, q.speaker.kind) for q in quotes] == [("Kementerian Pertanian", "organization")] * 2
    # Guard: another ministry's short form is not the one named in full.
    text = text.replace("Kementan juga", "Kemendag juga")
    assert run(text).quotes[1].speaker.name == "Kemendag"


def test_an_honorific_before_a_title_points_to_its_named_holder(run):
    # tutur Pak Kades, sapaan akrabnya: the holder the article introduced with the role,
    # addressed with an honorific.
    text = ("Kepala Desa Sukamaju, Haryanto Wibisono, menyebut desa berencana membuka perpustakaan. "
            "”Kami ingin anak-anak rajin membaca,” tutur Pak Kades, sapaan akrabnya, Selasa (14/10/2025).")
    q = only(run(text, names={"Haryanto Wibisono": "PER"}), "direct")
    assert (q.speaker.name, q.speaker.role, str(q.date)) == ("Haryanto Wibisono", "Kepala Desa Sukamaju", "2025-10-14")
    assert q.rules["speaker"] == "description_mention"
    # Guard: a title no one in the article holds stays the title the article gives.
    text = text.replace("Pak Kades", "Bu Camat")
    q = only(run(text, names={"Haryanto Wibisono": "PER"}), "direct")
    assert (q.speaker.name, q.rules["speaker"]) == ("Bu Camat", "description_mention:title_only")


def test_a_dentists_honorific_written_short_opens_the_name_after_the_office(run):
    # "drg." (dokter gigi) ends neither the sentence nor the appositive: the office
    # before the comma is the role.
    text = "Kepala Puskesmas Sukamaju, drg. Wulan Prasetyani, mengatakan antrean pasien gigi meningkat sejak awal bulan."
    q = only(run(text, names={"Wulan Prasetyani": "PER"}))
    assert (q.speaker.name, q.speaker.role, q.rules["speaker"]) == ("Wulan Prasetyani", "Kepala Puskesmas Sukamaju",
                                                                    "named_mention")
    # Guard: the honorific alone is no role.
    q = only(run("drg. Wulan Prasetyani mengatakan antrean pasien gigi meningkat sejak awal bulan.",
                 names={"Wulan Prasetyani": "PER"}))
    assert (q.speaker.name, q.speaker.role) == ("Wulan Prasetyani", None)


def test_a_hospital_named_after_a_doctor_stays_in_the_role(run):
    # RSUD dr. Haryoto is a place: its namesake is neither the speaker nor where the
    # role ends, whether an honorific opens the speaker's name or not.
    for name in ("dr. Dewi Lestari", "Dewi Lestari"):
        text = f"Dokter jaga RSUD dr. Haryoto, {name}, mengatakan ruang isolasi sudah penuh sejak Senin."
        q = only(run(text))
        assert (q.speaker.name, q.speaker.role) == ("Dewi Lestari", "Dokter jaga RSUD dr. Haryoto"), name
    # Guard: a longer run after the hospital's namesake goes on into a person's name.
    q = only(run("Direktur RSUD dr. Haryoto Bambang Sulistyo mengatakan ruang isolasi sudah penuh sejak Senin."))
    assert q.speaker.name.endswith("Bambang Sulistyo")


def test_a_hospital_named_after_a_doctor_speaks_under_its_whole_name(run):
    # The honorific of the hospital's namesake is part of the body's name, no person's
    # title: the hospital speaks, whatever follows its head (kind, short form, city).
    for body in ("RSUD dr Haryoto", "RSUP Dr. Haryoto", "Rumah Sakit dr. Haryoto Wibisono",
                 "Rumah Sakit Umum Daerah (RSUD) dr Haryoto Lumajang"):
        for names in (None, {"Haryoto": "PER"}):
            q = only(run(f"{body} menyebutkan jumlah pasien demam berdarah terus bertambah.", names=names))
            assert (q.speaker.name, q.speaker.kind, q.speaker.role) == (body, "organization", None), (body, names)
    # Near miss: a title before the hospital makes its holder the speaker.
    q = only(run("Kepala Puskesmas dr Ratna Sari mengatakan jumlah pasien demam berdarah terus bertambah."))
    assert (q.speaker.name, q.speaker.kind) == ("Ratna Sari", "person")
    q = only(run("Direktur RSUD dr. Haryoto, Bambang Sulistyo, mengatakan jumlah pasien terus bertambah."))
    assert (q.speaker.name, q.speaker.role) == ("Bambang Sulistyo", "Direktur RSUD dr. Haryoto")


def test_a_place_set_off_before_a_title_is_no_name_the_title_is_set_off_with(run):
    # Di Bandung, …: where, not who; the title after the comma leads the speaker's name.
    for names in (None, {"Khairul": "PER", "Bandung": "LOC"}):
        q = only(run("Di Bandung, Wali Kota Tarakan Khairul mengatakan program itu akan dilanjutkan tahun depan.",
                     names=names))
        assert (q.speaker.name, q.speaker.role) == ("Khairul", "Wali Kota Tarakan"), names
        q = only(run("Dalam rapat itu, Ketua DPRD Jabar Sutrisno Hadi menyebutkan anggaran sudah disetujui.",
                     names=names))
        assert (q.speaker.name, q.speaker.role) == ("Sutrisno Hadi", "Ketua DPRD Jabar"), names
    # A bare title after the place speaks as itself, not as the place with that role.
    for text in ("Di Bandung, Wali Kota mengatakan program itu akan dilanjutkan tahun depan.",
                 "Di Kupang, Menteri Kesehatan menegaskan program itu akan dilanjutkan tahun depan.",
                 "Dalam rapat itu, Kepala Dinas Kesehatan mengatakan program itu akan dilanjutkan tahun depan."):
        q = only(run(text))
        assert q.speaker.name not in ("Bandung", "Kupang", "rapat itu") and q.speaker.role == q.speaker.name, text
    # Near miss: a name set off before the title is the one it describes.
    q = only(run("Khairul Anwar, Wali Kota Tarakan, mengatakan program itu akan dilanjutkan tahun depan."))
    assert (q.speaker.name, q.speaker.role) == ("Khairul Anwar", "Wali Kota Tarakan")


def test_a_known_given_name_after_wali_kota_opens_the_holders_name(run):
    # Wali Kota Arief Kusuma: a given name, no city, opens the holder's name, wherever
    # the article names someone else called Arief.
    for names in (None, {"Arief Kusuma": "PER", "Arief Hidayat": "PER"}):
        for text in ("Wali Kota Arief Kusuma mengatakan program itu akan dilanjutkan tahun depan.",
                     "Di Bandung, Wali Kota Arief Kusuma mengatakan program itu akan dilanjutkan tahun depan.",
                     "Wali Kota Arief Kusuma mengatakan bantuan dari Gubernur Arief Hidayat sudah diterima warga."):
            q = only(run(text, names=names))
            assert (q.speaker.name, q.speaker.role) == ("Arief Kusuma", "Wali Kota"), (text, names)
    # Near miss: a city's name after the title stays the city's.
    q = only(run("Wali Kota Bogor Arif Rahman mengatakan program itu akan dilanjutkan tahun depan."))
    assert (q.speaker.name, q.speaker.role) == ("Arif Rahman", "Wali Kota Bogor")
    q = only(run("Di Bandung, Wali Kota Surabaya Arief Kusuma mengatakan program itu akan dilanjutkan."))
    assert (q.speaker.name, q.speaker.role) == ("Arief Kusuma", "Wali Kota Surabaya")


def test_a_rank_after_the_office_and_a_comma_leaves_the_office_as_the_role(run):
    # The verb reports nothing, so the index reads the role: Brigjen opens the name after
    # the office, it does not begin a second titled person of a list.
    text = ("Kepala Dinas Penerangan Angkatan Laut, Brigjen TNI Gregorius Hutapea, membenarkan kabar itu. "
            "”Kapal sudah kembali ke pangkalan,” ujar Gregorius.")
    q = only(run(text, names={"Gregorius Hutapea": "PER", "Gregorius": "PER"}))
    assert (q.speaker.name, q.speaker.role) == ("Gregorius Hutapea", "Kepala Dinas Penerangan Angkatan Laut")
    # Guard: after a named person the rank does open the next person of a list.
    text = ("Acara itu dihadiri Kapolres Bogor AKBP Rudi Hartono, Kombes Sutejo Wibisono, dan sejumlah pejabat. "
            "”Kami siap mengamankan,” ujar Sutejo.")
    q = only(run(text, names={"Rudi Hartono": "PER", "Sutejo Wibisono": "PER", "Sutejo": "PER"}))
    assert (q.speaker.name, q.speaker.role) == ("Sutejo Wibisono", "Kombes")


def test_a_rank_listed_apart_from_titles_after_an_office_with_a_unit_number(run):
    # Letkol is a rank only (no title word); the unit's number belongs to the office.
    for office in ("Komandan Kodim 0712/Tegal", "Komandan Satgas Pamtas Yonif 315"):
        text = f"{office}, Letkol Inf Bayu Kurniawan, memastikan personelnya siap membantu warga."
        q = only(run(text, names={"Bayu Kurniawan": "PER"}))
        assert (q.speaker.name, q.speaker.role) == ("Bayu Kurniawan", office)
    # Guard: words with a number before the comma that hold no office (a time) are no
    # role: the rank is all the article says.
    text = "Pada pukul 10.00 WIB, Letkol Inf Bayu Kurniawan memastikan personelnya siap membantu warga."
    q = only(run(text, names={"Bayu Kurniawan": "PER"}))
    assert (q.speaker.name, q.speaker.role) == ("Bayu Kurniawan", "Letkol Inf")


def test_honorifics_before_a_long_name_say_where_the_name_starts(run):
    # Without a tagger, three capitalised words after a title would keep two as the
    # name; Prof. Dr. right before them says the name starts there.
    text = ("Dekan Fakultas Hukum Universitas Tanjungpura, Prof. Dr. Arkananta Saputra Lubis, mengatakan aturan itu "
            "akan ditinjau ulang.")
    q = only(run(text))
    assert (q.speaker.name, q.speaker.role) == ("Arkananta Saputra Lubis", "Dekan Fakultas Hukum Universitas Tanjungpura")
    # Guard: without the honorifics, the long run after a title still keeps two words.
    q = only(run("Menteri Pertanian Hadi Susanto menegaskan bahwa stok pupuk aman."))
    assert (q.speaker.name, q.speaker.role) == ("Hadi Susanto", "Menteri Pertanian")


def test_a_region_whose_name_ends_in_a_locative_word_takes_no_place_after_it(run):
    # Kabupaten Lima Puluh Kota: the regency's name ends in Kota, and the word after it
    # is the holder's given name, no place written after the locative Kota.
    text = ("Kepala Dinas Pekerjaan Umum Kabupaten Lima Puluh Kota Budi Santoso mengatakan alat berat sudah "
            "dikerahkan ke lokasi. \"Jalan bisa dilalui lagi besok pagi,\" katanya.")
    for names in (None, {"Kabupaten Lima Puluh Kota Budi Santoso": "LOC"}):
        r = run(text, names=names)
        assert [(q.speaker.name, q.speaker.role) for q in r.quotes] == \
            [("Budi Santoso", "Kepala Dinas Pekerjaan Umum Kabupaten Lima Puluh Kota")] * 2
    # Guard: Kota after a body's words opens the region's name, a place the tagger may
    # run into the holder's name.
    r = run(text.replace("Kabupaten Lima Puluh Kota", "Kota Solok"), names={"Solok Budi Santoso": "PER"})
    assert [(q.speaker.name, q.speaker.role) for q in r.quotes] == \
        [("Budi Santoso", "Kepala Dinas Pekerjaan Umum Kota Solok")] * 2


def test_regional_titles_head_the_role_before_the_name(run):
    # A Balinese customary council's head (Bandesa), a Malaysian state's secretary
    # (Setiausaha) and a composer (komponis) are roles like any office.
    for role, name in (("Bandesa Adat Desa Kedewatan", "I Nyoman Sudarsana"),
                       ("Setiausaha Kerajaan Negeri Perak", "Hamdan bin Yusof"),
                       ("komponis asal Padang", "Rendra Maulana")):
        text = f"Sementara itu, {role}, {name}, mengatakan pertunjukan itu akan digelar dua malam berturut-turut."
        q = only(run(text, names={name: "PER"}))
        assert (q.speaker.name, q.speaker.role) == (name, role), role
    # Guard: a place called by such a word with no name after it is no person.
    q = only(run("Warga Desa Bandesa mengatakan jalan itu rusak sejak musim hujan."))
    assert q.speaker is None or q.speaker.name != "Bandesa"


def test_sarawaks_datu_is_a_conferred_honorific_not_a_role_or_a_name(run):
    text = ("Setiausaha Kerajaan Negeri Johor, Datu Haji Razali bin Ahmad, menegaskan bahwa pos lintas batas "
            "dibuka bulan depan.")
    q = only(run(text, names={"Razali bin Ahmad": "PER"}))
    assert (q.speaker.name, q.speaker.role) == ("Razali bin Ahmad", "Setiausaha Kerajaan Negeri Johor")
    # Guard: Datu alone before a name is no role.
    q = only(run("Datu Razali bin Ahmad menegaskan bahwa pos lintas batas dibuka bulan depan.",
                 names={"Razali bin Ahmad": "PER"}))
    assert (q.speaker.name, q.speaker.role) == ("Razali bin Ahmad", None)


def test_a_title_only_speaker_is_the_holder_named_later_with_that_title(run):
    # Wire copy opens with the office and names its holder a paragraph on, with the
    # title written short (an abbreviated title: Kadisdik).
    text = ("Kepala Dinas Pendidikan Kota Padang menyatakan bahwa seleksi guru honorer dibuka pekan depan.\n\n"
            "\"Kuotanya 300 orang,\" kata Kadisdik Padang Rusdi Hamzah di Padang, Kamis.")
    names = {"Rusdi Hamzah": "PER"}
    r = run(text, names=names)
    first = r.quotes[0]
    assert first.text == "seleksi guru honorer dibuka pekan depan"
    assert (first.speaker.name, first.speaker.role) == ("Rusdi Hamzah", "Kepala Dinas Pendidikan Kota Padang")
    assert first.rules["speaker"] == "description_mention:named_later"
    # A title pointing back to the body (kepala lembaga itu) is that title written short.
    text2 = ("Direktur Eksekutif LKPN menyebut abrasi makin parah.\n\n"
             "\"Garis pantai mundur lima meter,\" ujar Sinta Wuryani, direktur eksekutif lembaga itu.")
    q = run(text2, names={"Sinta Wuryani": "PER"}).quotes[0]
    assert (q.speaker.name, q.rules["speaker"]) == ("Sinta Wuryani", "description_mention:named_later")


def test_a_title_only_speaker_is_not_joined_to_another_office_or_one_of_two_holders(run):
    # Guard: the deputy is not the governor named later (another head word) …
    text = ("Wakil Gubernur Bank Sentral menyatakan bahwa inflasi terkendali.\n\n"
            "\"Kami waspada,\" kata Gubernur Bank Sentral Arman Sudrajat.")
    q = run(text, names={"Arman Sudrajat": "PER"}).quotes[0]
    assert q.rules["speaker"] == "description_mention:title_only"
    # … nor to one of two people named with a shorter form of the title.
    text = ("Kepala Dinas Perhubungan Kota Malang menyatakan bahwa jalan rusak segera diperbaiki.\n\n"
            "\"Anggarannya ada,\" kata Kepala Dinas Joko Santoso. "
            "\"Kami dukung,\" kata Kepala Dinas Lina Marwati.")
    q = run(text, names={"Joko Santoso": "PER", "Lina Marwati": "PER"}).quotes[0]
    assert q.rules["speaker"] == "description_mention:title_only"
    # … nor a title to a holder of a longer one (Presiden, then Presiden Brasil X).
    text = ("Presiden menyatakan bahwa kerja sama dagang diperluas.\n\n"
            "\"Kami sepakat,\" kata Presiden Brasil Carlos Mendes.")
    q = run(text, names={"Carlos Mendes": "PER"}).quotes[0]
    assert q.speaker is None or q.speaker.name != "Carlos Mendes"


def test_a_title_only_lead_is_the_one_person_named_next_without_the_title(run):
    # Wire copy opens with the office and names its holder a sentence or two on without
    # the title, speaking next (Dian menambahkan …): the lead is theirs.
    text = ("Ketua Lembaga Perlindungan Saksi menyatakan bahwa permohonan perlindungan naik tajam tahun ini. "
            "Laporan itu dihimpun dari seluruh provinsi.\n\n"
            "Ratna Juwita menambahkan bahwa sebagian besar pemohon adalah korban kekerasan.")
    first, second = run(text, names={"Ratna Juwita": "PER"}).quotes
    assert (first.speaker.name, first.speaker.role) == ("Ratna Juwita", "Ketua Lembaga Perlindungan Saksi")
    assert first.rules["speaker"] == "description_mention:named_next"
    assert second.speaker.name == "Ratna Juwita"
    # A deputy's title too (Deputi …), with a pronoun's record between.
    text = ("Deputi Bidang Pencegahan BNPT mengatakan program pembinaan diperluas ke 20 provinsi.\n\n"
            "Menurut dia, anggaran program itu naik.\n\n"
            "Wulan Paramita menjelaskan bahwa pesertanya kebanyakan pemuda.")
    q = run(text, names={"Wulan Paramita": "PER"}).quotes[0]
    assert (q.speaker.name, q.speaker.role) == ("Wulan Paramita", "Deputi Bidang Pencegahan BNPT")


def test_a_title_only_lead_is_not_joined_to_a_name_that_competes(run):
    names = {"Wulan Paramita": "PER", "Eko Wibowo": "PER", "Agus Salim": "PER", "Rudi Hartono": "PER"}
    lead = "Deputi Bidang Pencegahan BNPT mengatakan program pembinaan diperluas ke 20 provinsi.\n\n"
    # Guard: the head of the body, named with his own title, is not the deputy.
    q = run(lead + "Kepala BNPT Eko Wibowo menjelaskan bahwa anggaran naik.", names=names).quotes[0]
    assert q.rules["speaker"] == "description_mention:title_only"
    # … nor is an untitled name where a second person is named in the window.
    q = run(lead + "Wulan Paramita menjelaskan bahwa anggaran naik. Kepala BNPT Eko Wibowo berharap "
            "program itu berhasil.", names=names).quotes[0]
    assert q.rules["speaker"] == "description_mention:title_only"
    # … nor a name the lead itself gives (the suspect), nor one who only appears, not speaks.
    text = ("Ketua Komisi Antikorupsi mengatakan bahwa tersangka Agus Salim ditahan selama 20 hari.\n\n"
            "Rudi Hartono menambahkan bahwa penyidik masih memeriksa saksi.")
    q = run(text, names=names).quotes[0]
    assert q.rules["speaker"] == "description_mention:title_only"
    text = ("Kapolres Lembah Hijau mengatakan pelaku sudah ditangkap.\n\n"
            "Rudi Hartono (34) ditangkap di rumahnya pada Senin malam.")
    q = only(run(text, names=names))
    assert q.rules["speaker"] == "description_mention:title_only"
    # … nor someone the text brings in as another: with an age, after a connective, or
    # with a clause describing them.
    for follow_up in ("Rudi Hartono (45) mengaku kaget mendengar kabar itu.",
                      "Sementara itu, Rudi Hartono mengaku kaget mendengar kabar itu.",
                      "Rudi Hartono yang tinggal di sebelah rumah pelaku mengaku kaget mendengar kabar itu."):
        q = run("Kapolres Lembah Hijau mengatakan pelaku sudah ditangkap.\n\n" + follow_up, names=names).quotes[0]
        assert q.rules["speaker"] == "description_mention:title_only", follow_up
    # … nor where someone else in the article holds the title, however far on.
    text = (lead + "Wulan Paramita menjelaskan bahwa anggaran naik.\n\n"
            + "Pelatihan digelar di balai desa setiap bulan. " * 6
            + "\n\nProgram itu dirancang oleh Deputi Bidang Pencegahan BNPT Eko Wibowo tahun lalu.")
    q = run(text, names=names).quotes[0]
    assert q.speaker.name != "Wulan Paramita"


def test_a_title_with_the_body_by_its_initials_is_the_person_named_with_it(run):
    text = ("Menteri Kelautan dan Perikanan Darma Wijaya meninjau pelabuhan itu.\n\n"
            "Menurut Menteri KP, kuota tangkap dinaikkan tahun depan.")
    q = run(text, names={"Darma Wijaya": "PER"}).quotes[-1]
    assert q.text == "kuota tangkap dinaikkan tahun depan"
    assert (q.speaker.name, q.speaker.role) == ("Darma Wijaya", "Menteri Kelautan dan Perikanan")
    # Guard: initials of no run of the role's words (Menteri PU) name another minister.
    q = run(text.replace("Menteri KP", "Menteri PU"), names={"Darma Wijaya": "PER"}).quotes[-1]
    assert q.speaker is None or q.speaker.name != "Darma Wijaya"


def test_noun_opening_a_sentence_is_no_part_of_a_tagged_name(run):
    # Sport copy: "Gol Vietnam" opens a sentence and a tagger takes it for a person; the
    # quote after it, with only -nya to go on, stays with the captain named before.
    text = ("Kapten tim, Andika Saputra, menilai kekalahan itu pelajaran berharga.\n\n"
            "Gol Vietnam pada menit ke-20 lahir dari salah umpan di lini tengah.\n\n"
            "”Kami harus lebih fokus,” tuturnya.")
    r = run(text, names={"Andika Saputra": "PER", "Gol Vietnam": "PER"})
    q = only(r, "direct")
    assert q.speaker.name == "Andika Saputra"
    assert q.rules["speaker"] == "pronoun_mention"


def test_given_name_that_is_a_common_word_still_opens_a_name(run):
    # Indah is a common word too, but a given name before another name.
    text = ("Kapten tim, Andika Saputra, menilai kekalahan itu pelajaran berharga.\n\n"
            "Indah Kurniasih juga tampil apik sebagai pemain pengganti di babak kedua.\n\n"
            "”Saya senang bisa membantu,” tuturnya.")
    r = run(text, names={"Andika Saputra": "PER", "Indah Kurniasih": "PER"})
    q = only(r, "direct")
    assert q.speaker.name == "Indah Kurniasih"


def test_given_name_that_is_a_common_word_stays_in_the_name(run):
    # Hari is a common word (hari Senin) and a given name before another name word.
    q = only(run("Duta Besar Hari Wicaksono Adiputra mengatakan, kerja sama dagang itu akan diperpanjang."))
    assert (q.speaker.name, q.speaker.role) == ("Hari Wicaksono Adiputra", "Duta Besar")


def test_appositive_name_runs_back_over_words_a_tagger_gave_a_body(run):
    # Set off by commas, the four words are one name though a tagger reads its first two
    # as a body; Sari is both a body's word in the gazetteer and a given name.
    text = ("Wakil Ketua Komisi VII dari Fraksi Partai Hanura, Lina Sari Wulan Siregar, "
            "meminta kementerian membuka data subsidi energi.")
    q = only(run(text, names={"Lina Sari": "ORG", "Wulan Siregar": "PER"}))
    assert q.speaker.name == "Lina Sari Wulan Siregar"
    assert q.speaker.role == "Wakil Ketua Komisi VII dari Fraksi Partai Hanura"
    # Sari opening the name stays in it, though the gazetteer cuts its words off a name's front.
    q = only(run("Anggota Komisi VII, Sari Wulan Siregar, meminta kementerian membuka data subsidi energi.",
                 names={"Wulan Siregar": "PER"}))
    assert q.speaker.name == "Sari Wulan Siregar"


def test_a_passive_cue_opening_a_sentence_is_no_part_of_its_agents_name(run):
    # A tagger runs the sentence-opening cue into the short name after it (Dijelaskan
    # Wulan); the cue is the verb, the agent the person named in full before.
    text = ("Kepala Dinas Pendidikan Kota Pontianak Wulan Sasmita hadir dalam rapat itu. "
            "Dijelaskan Wulan, jumlah guru honorer masih kurang.\n\n"
            "\u201cKami akan mengusulkan formasi baru,\u201d kata Wulan.")
    quotes = run(text, names={"Wulan Sasmita": "PER", "Dijelaskan Wulan": "PER", "Wulan": "PER"}).quotes
    assert [(q.speaker.name, q.speaker.role) for q in quotes] == \
        [("Wulan Sasmita", "Kepala Dinas Pendidikan Kota Pontianak")] * 2
    # Guard: a given name that opens like a passive verb (Di-) stays the name's.
    text = "Dimas Ardianto mengatakan bahwa jumlah guru honorer masih kurang."
    q = only(run(text, names={"Dimas Ardianto": "PER"}), "indirect")
    assert q.speaker.name == "Dimas Ardianto"


def test_a_role_naming_its_body_then_dari_and_a_faction_runs_on_to_the_name(run):
    # anggota Komisi IV DPR dari Fraksi PKB, Rina …: "dari" after a role that names its
    # body opens the faction, and the name follows the comma.
    text = "\u201cHarga pupuk harus turun,\u201d kata anggota Komisi IV DPR dari Fraksi PKB, Laila Fitriyani, Senin."
    q = only(run(text))
    assert (q.speaker.name, q.speaker.role) == ("Laila Fitriyani", "anggota Komisi IV DPR dari Fraksi PKB")
    # Guard: after a name, "dari" and the faction end the phrase; the day is no name.
    text = "\u201cHarga pupuk harus turun,\u201d kata anggota DPR Laila Fitriyani dari Fraksi PKB, Senin."
    q = only(run(text, names={"Laila Fitriyani": "PER"}))
    assert (q.speaker.name, q.speaker.role) == ("Laila Fitriyani", "anggota DPR")


def test_a_subject_pronoun_after_a_sentence_naming_no_one_points_to_the_name_before_it(run):
    text = ("Yohana Mirino tampak lega di garis finis. Medali itu merupakan medali pertamanya. "
            "Ia mengaku teringat pada ibunya di Wamena.")
    q = only(run(text, names={"Yohana Mirino": "PER", "Wamena": "LOC"}))
    assert (q.speaker.name, q.rules["speaker"]) == ("Yohana Mirino", "pronoun_mention")
    # A sentence between that names someone: the pronoun is theirs.
    text = ("Yohana Mirino tampak lega di garis finis. Pelatih Markus Wenda langsung memeluknya. "
            "Ia mengaku teringat pada ibunya di Wamena.")
    q = only(run(text, names={"Yohana Mirino": "PER", "Markus Wenda": "PER", "Wamena": "LOC"}))
    assert q.speaker.name == "Markus Wenda"


def test_a_name_in_a_clause_opening_the_sentence_takes_the_pronoun_cue_when_no_one_else_is_named(run):
    # A feature names its protagonist only in the clause its sentence opens with; the
    # main clause names no one: ”…,” katanya is theirs, a sentence between or not.
    names = {"Baso Rahman": "PER", "Andi Saputra": "PER"}
    text = ("Ketika Baso Rahman membuka warungnya pukul lima pagi, pembeli sudah antre di depan pintu. "
            "Sebagian datang dari kampung sebelah.\n\n"
            "”Saya tidak menyangka warung kecil ini seramai sekarang,” katanya.")
    q = only(run(text, names=names))
    assert (q.speaker.name, q.rules["speaker"]) == ("Baso Rahman", "pronoun_mention")
    # Guard: where the main clause names someone, its subject speaks.
    text = ("Ketika Baso Rahman datang, Andi Saputra sedang memasak di dapur.\n\n"
            "”Saya lelah sekali hari ini,” katanya.")
    q = only(run(text, names=names))
    assert q.speaker.name == "Andi Saputra"


def test_title_with_a_ministry_field_of_common_words_names_no_one(run):
    # Tenaga Kerja are words running text writes in lowercase: after the title they
    # are its field, so the bare title points back to the minister named before.
    text = ("Menteri Tenaga Kerja Bonifasius Lamury menjelaskan, upah minimum naik bulan depan.\n\n"
            "Menurut Menteri Tenaga Kerja, pabrik sudah menyiapkan anggaran.")
    quotes = run(text, names={"Bonifasius Lamury": "PER"}).quotes
    assert [(q.speaker.name, q.speaker.role) for q in quotes] == [
        ("Bonifasius Lamury", "Menteri Tenaga Kerja")] * 2
    # After a body's head too: the office is the source, no person named after the ministry.
    q = only(run("Direktur Jenderal Kementerian Pemuda Olahraga menyatakan pihaknya akan memeriksa pabrik itu."))
    assert (q.speaker.name, q.speaker.role) == ("Direktur Jenderal Kementerian Pemuda Olahraga",) * 2


def test_common_word_given_names_after_a_title_still_name_a_person(run):
    # Guard: Sari and Indah are common words and given names; after a title they name her.
    q = only(run("Kepala Dinas Indah Sari menyatakan pihaknya akan memeriksa pabrik itu."))
    assert (q.speaker.name, q.speaker.role) == ("Indah Sari", "Kepala Dinas")


def test_rank_after_a_numbered_unit_is_cut_off_the_role(run):
    # The role runs back over the unit's number and slash to its head, and the rank
    # written out in full is cut off its end.
    text = ("Komandan Brigif 27/Nusa Kencana Brigadir Jenderal TNI Ruben Kalalo meninjau lokasi banjir. "
            "Ia meminta warga segera mengungsi.")
    q = only(run(text, names={"Ruben Kalalo": "PER"}))
    assert (q.speaker.name, q.speaker.role) == ("Ruben Kalalo", "Komandan Brigif 27/Nusa Kencana")


def test_spelled_out_corps_after_a_rank_is_neither_name_nor_role(run):
    # Infanteri is the officer's corps, spelled out as Inf is abbreviated.
    text = "Komandan Kodim 0812/Lamongan Letnan Kolonel Infanteri Darius Pakpahan mengatakan tanggul itu rampung."
    q = only(run(text, names={"Darius Pakpahan": "PER"}))
    assert (q.speaker.name, q.speaker.role) == ("Darius Pakpahan", "Komandan Kodim 0812/Lamongan")
    q = only(run("Mayor Kavaleri Simon Latuheru mengatakan tanggul itu rampung."))
    assert (q.speaker.name, q.speaker.role) == ("Simon Latuheru", "Mayor Kavaleri")


def test_number_after_a_lowercase_word_is_no_unit_number(run):
    # Guard: a case number after a lowercase word joins nothing before it to the role.
    text = ("Dalam perkara 12/Pid Hakim Ketua Samuel Hutabarat menunda sidang. "
            "Ia meminta jaksa menghadirkan saksi.")
    q = only(run(text, names={"Samuel Hutabarat": "PER"}))
    assert (q.speaker.name, q.speaker.role) == ("Samuel Hutabarat", "Hakim Ketua")


def test_word_after_a_regional_title_is_the_region_before_two_name_words(run):
    # Wolowaru is a regency no gazetteer lists; a tagger runs it into the name.
    text = "Bupati Wolowaru Kornelis Rangga mengatakan sembilan desa masih terisolasi."
    q = only(run(text, names={"Wolowaru Kornelis Rangga": "PER"}))
    assert (q.speaker.name, q.speaker.role) == ("Kornelis Rangga", "Bupati Wolowaru")
    text = "Camat Tanamera Matius Lede Wolo mengatakan jalan itu diperbaiki. Ia menambahkan, dana sudah siap."
    quotes = run(text, names={"Tanamera Matius Lede Wolo": "PER"}).quotes
    assert {(q.speaker.name, q.speaker.role) for q in quotes} == {("Matius Lede Wolo", "Camat Tanamera")}


def test_two_words_after_a_regional_title_stay_the_name(run):
    # Guard: with no region written, two words are the name; so are three opening with a
    # given name.
    q = only(run("Bupati Kornelis Rangga mengatakan sembilan desa masih terisolasi.",
                 names={"Kornelis Rangga": "PER"}))
    assert q.speaker.name == "Kornelis Rangga"
    q = only(run("Gubernur Muhammad Rangga Wolo mengatakan sembilan desa masih terisolasi.",
                 names={"Muhammad Rangga Wolo": "PER"}))
    assert q.speaker.name == "Muhammad Rangga Wolo"


def test_subsidiary_named_after_its_parent_speaks_as_a_body(run):
    # Garuda is a body's word; the tagger opens a body on it and marks no person.
    text = "Garuda Sentosa Logistik menyatakan tarif pengiriman tidak naik tahun ini."
    q = only(run(text, names={"Garuda Sentosa": "ORG"}))
    assert (q.speaker.name, q.speaker.role, q.speaker.kind) == ("Garuda Sentosa Logistik", None, "organization")


def test_person_after_a_body_word_stays_a_person(run):
    # Guard: where the tagger marks a person after the body, the person speaks.
    text = "Garuda Sentosa Hendrawan Lubis menyatakan tarif pengiriman tidak naik tahun ini."
    q = only(run(text, names={"Garuda Sentosa": "ORG", "Hendrawan Lubis": "PER"}))
    assert q.speaker.name == "Hendrawan Lubis"


def test_a_nickname_given_with_julukan_is_the_person(run):
    # lebih dikenal dengan julukan / berjuluk give a nickname after the name, as akrab disapa does.
    names = {"Rafi Pratama Nugraha": "PER", "Si Belut": "PER"}
    for marker in ("lebih dikenal dengan julukan", "yang berjuluk"):
        text = (f"Gelandang Persela, Rafi Pratama Nugraha, {marker} Si Belut, kembali ke tim inti.\n\n"
                "Musim ini, Si Belut sudah mencetak lima gol. Ia mengaku tidak menyangka bisa menjadi pemain inti.")
        r = run(text, "2025-08-11", names=names)
        assert [q.speaker.name for q in r.quotes] == ["Rafi Pratama Nugraha"], marker
    # Guard: a bare dikenal (known) gives no nickname: Si Belut stays someone else.
    text = ("Gelandang Persela, Rafi Pratama Nugraha, dikenal Si Belut sejak kecil.\n\n"
            "Si Belut mengaku tidak menyangka bisa menjadi pemain inti.")
    r = run(text, "2025-08-11", names=names)
    assert [q.speaker.name for q in r.quotes] == ["Si Belut"]


def test_an_office_the_tagger_takes_for_a_body_is_its_holder(run):
    # The tagger marks the whole office a body; the title opening it makes it a
    # description of the officer named before. Guard: the unit itself, with no title,
    # stays a body that speaks.
    text = ("Kasat Reskrim Polres Blora AKP Hendra Wijaya menyampaikan bahwa pelaku sudah ditahan.\n\n"
            "Kasat Reskrim Polres Blora menambahkan, barang bukti sudah disita.")
    names = {"Hendra Wijaya": "PER", "Kasat Reskrim Polres Blora": "ORG", "Satreskrim Polres Blora": "ORG"}
    q = run(text, names=names).quotes[-1]
    assert (q.speaker.name, q.speaker.role, q.rules["speaker"]) == (
        "Hendra Wijaya", "Kasat Reskrim Polres Blora", "description_mention")
    q = only(run("Satreskrim Polres Blora menyatakan, barang bukti sudah disita.", names=names))
    assert (q.speaker.name, q.speaker.kind) == ("Satreskrim Polres Blora", "organization")


def test_a_quoted_answer_in_an_announced_interview_is_the_interviewee_s(run):
    text = ("JAKARTA, KOMPAS — Pemerintah menyiapkan skema subsidi pupuk baru. Kompas berbincang dengan Menteri "
            "Pertanian Hendra Wijaya di kantornya, Rabu (12/6/2024). Berikut petikan wawancaranya.\n\n"
            "Bagaimana Anda melihat kondisi pupuk saat ini?\n\n"
            "”Stok pupuk nasional sebenarnya cukup. Masalahnya ada di distribusi ke kios di daerah terpencil.”\n\n"
            "Apakah Anda menilai sistem kartu tani gagal?\n\n"
            "”Tidak gagal. Kami akan memperbaiki sistem penebusan dengan kartu tani digital.”\n\n"
            "Kapan sistem itu berlaku?\n\n"
            "Mulai Agustus tahun ini di lima provinsi.")
    quotes = run(text).quotes
    # The answers, in quotation marks or not, not the questions (Apakah Anda menilai …?
    # reports nothing).
    assert [(q.type, q.text[:20], q.speaker.name, q.rules["speaker"]) for q in quotes] == [
        ("direct", "Stok pupuk nasional ", "Hendra Wijaya", "interview"),
        ("direct", "Tidak gagal. Kami ak", "Hendra Wijaya", "interview"),
        ("direct", "Mulai Agustus tahun ", "Hendra Wijaya", "interview")]
    assert [str(q.date) for q in quotes] == ["2024-06-12"] * 3


def test_words_a_question_stands_on_told_before_it_are_reported(run):
    text = ("JAKARTA, KOMPAS — Kompas berbincang dengan Menteri Pertanian Hendra Wijaya di kantornya, Rabu "
            "(12/6/2024). Berikut petikan wawancaranya.\n\n"
            "Bagaimana Anda melihat kondisi pupuk saat ini?\n\n"
            "”Stok pupuk nasional sebenarnya cukup.”\n\n"
            "Ombudsman menilai penyaluran pupuk bersubsidi masih bocor di tingkat kios. Apa tanggapan Anda?\n\n"
            "”Kami akan memperbaiki sistem penebusan dengan kartu tani digital.”\n\n"
            "Apakah Anda menilai sistem kartu tani gagal?\n\n"
            "”Tidak gagal. Sistem itu hanya perlu dibenahi di daerah terpencil.”")
    quotes = run(text).quotes
    # Ombudsman menilai …. Apa tanggapan Anda?: the words the interviewer cites, told
    # before the question, are Ombudsman's; the question itself (Apakah Anda menilai …?)
    # still reports nothing.
    assert [(q.type, q.text[:20]) for q in quotes] == [
        ("direct", "Stok pupuk nasional "), ("indirect", "penyaluran pupuk ber"),
        ("direct", "Kami akan memperbaik"), ("direct", "Tidak gagal. Sistem ")]
    assert quotes[1].speaker.name == "Ombudsman"


def test_labelled_questions_and_answers_are_an_interview(run):
    text = ("Ketua Umum Asosiasi Petani Garam Rudi Hartono menerima wartawan di Surabaya, Senin (10/6/2024).\n"
            "Tanya: ”Mengapa harga garam anjlok?”\n"
            "Jawab: ”Impor garam masuk tepat saat panen raya. Petani tidak bisa bersaing.”\n"
            "Tanya: Apa yang Anda minta dari pemerintah?\n"
            "Jawab: ”Kami minta impor dihentikan selama panen raya.”")
    quotes = run(text).quotes
    assert [(q.text[:20], q.speaker.name) for q in quotes] == [
        ("Impor garam masuk te", "Rudi Hartono"), ("Kami minta impor dih", "Rudi Hartono")]


def test_the_interviewee_is_the_person_named_with_the_interview(run):
    # Not the last person the introduction names; an answer that asks back is still an
    # answer; a quote with its own cue keeps its speaker.
    text = ("Kompas mewawancarai Ketua Himpunan Nelayan Tradisional Surya Darmawan, yang pernah diundang "
            "Presiden Joko Widodo ke Istana, Kamis (13/6/2024). Berikut petikannya.\n\n"
            "Mengapa hasil tangkapan menurun?\n\n"
            "”Kami antre dua hari di SPBU. Bagaimana nelayan bisa melaut kalau solar langka?”\n\n"
            "Apa yang dijanjikan pemerintah?\n\n"
            "Dulu sudah ada janji. ”Solar untuk nelayan tidak boleh kurang,” kata Presiden Joko Widodo.")
    quotes = run(text).quotes
    assert [(q.text[:20], q.speaker.name) for q in quotes] == [
        ("Kami antre dua hari ", "Surya Darmawan"), ("Solar untuk nelayan ", "Joko Widodo")]


def test_unquoted_labelled_answers_are_the_interviewee_s_direct_words(run):
    # T:/J: (and Tanya:/Jawab:) labels: each answer, without its label, is a direct record
    # of the person the introduction says received the outlet, though a paragraph on
    # someone else stands between; questions and the narration after the answers are none.
    for q_lab, a_lab in (("T", "J"), ("Tanya", "Jawab")):
        text = ("SEMARANG -- Bupati Kendal Wahyu Santoso menargetkan jalan desa rampung tahun ini. "
                "\"Kami tidak mau janji kosong,\" ujar Wahyu saat menerima Harian Kita di pendapa, "
                "Senin (9/3/2026).\n\n"
                "Ketua DPRD Kendal Budi Hartanto turut hadir. Ia menilai anggaran jalan masih kurang.\n\n"
                "Berikut petikan wawancaranya:\n\n"
                f"{q_lab}: Berapa panjang jalan yang rusak?\n"
                f"{a_lab}: Sekitar 120 kilometer. Separuhnya sudah kami tambal sejak Januari.\n\n"
                f"{q_lab}: Dari mana dananya?\n"
                f"{a_lab}: Dari APBD dan bantuan provinsi. Kami juga mengajukan dana pusat.\n\n"
                "Usai wawancara, Wahyu mengatakan akan meninjau jembatan di Sukorejo.")
        quotes = run(text).quotes
        answers = [q for q in quotes if q.rules.get("detect") == "interview:answer"]
        assert [(q.type, q.text, q.speaker.name) for q in answers] == [
            ("direct", "Sekitar 120 kilometer. Separuhnya sudah kami tambal sejak Januari.", "Wahyu Santoso"),
            ("direct", "Dari APBD dan bantuan provinsi. Kami juga mengajukan dana pusat.", "Wahyu Santoso")], q_lab
        assert [str(q.date) for q in answers] == ["2026-03-09"] * 2
        assert not any(q.text.startswith(("Berapa", "Dari mana")) for q in quotes)


def test_a_rhetorical_question_or_a_reporter_s_question_makes_no_answer_record(run):
    # Guards: a question paragraph in an ordinary article announces no interview; a press
    # conference's question from reporters (tanya wartawan) keeps its quotes as they were.
    text = ("Harga cabai naik tiga kali lipat pekan ini. Bagaimana pedagang bertahan?\n\n"
            "Sebagian pedagang memilih mengurangi stok. Mereka menunggu pasokan dari Jawa Timur.\n\n"
            "Kepala Dinas Perdagangan Sri Lestari mengatakan pasokan akan pulih pekan depan.")
    quotes = run(text).quotes
    assert [(q.type, q.speaker.name) for q in quotes] == [("indirect", "Sri Lestari")]
    text = ("Kapolres Demak AKBP Joko Priyanto menggelar konferensi pers, Selasa (3/3/2026).\n\n"
            "\"Apakah ada tersangka lain?\" tanya wartawan.\n\n"
            "\"Masih kami dalami,\" jawab Joko.")
    quotes = run(text).quotes
    assert not any(q.rules.get("detect") == "interview:answer" for q in quotes)
    assert [q.text for q in quotes][-1] == "Masih kami dalami,"


def test_questions_and_quotes_without_an_announced_interview_are_left_as_they_were(run):
    # A question mark in running text, or an interview told of, announces nothing.
    for lead in ("Harga solar naik lagi. Bagaimana nelayan bertahan?",
                 "Video wawancara Menteri Kelautan Sakti Wahyu beredar luas. Petikan wawancara itu menunjukkan "
                 "sikapnya.\n\nApakah benar begitu?"):
        quotes = run(lead + "\n\n”Kami antre dua hari di SPBU. Hasil tangkapan menurun.”").quotes
        assert [q.rules.get("speaker") for q in quotes] == ["none"]
        assert quotes[0].speaker is None


def test_a_regional_title_with_its_region_alone_is_the_holder_named_before(run):
    # Wolowaru is a regency no gazetteer lists; a rank after it, the tagger starting the
    # name after it, or the article's Pemkab Wolowaru say it is the region, so the title
    # with it alone names the officer, not someone called Wolowaru.
    text = ("Kapolres Wolowaru AKBP Rudi Hartono mengatakan, polisi menangkap dua tersangka. "
            "Keduanya ditahan di sel tahanan.\n\n"
            "Kapolres Wolowaru mengatakan, pelaku sudah ditahan.")
    for names in (None, {"Rudi Hartono": "PER"}):
        q = run(text, names=names).quotes[-1]
        assert (q.speaker.name, q.speaker.role) == ("Rudi Hartono", "Kapolres Wolowaru"), names
    text = ("Bupati Wolowaru Kornelis Rangga meninjau lokasi longsor. Pemkab Wolowaru menyiapkan tenda.\n\n"
            "Bupati Wolowaru mengatakan, bantuan akan segera disalurkan.")
    q = run(text, names={"Wolowaru Kornelis Rangga": "PER"}).quotes[-1]
    assert q.speaker.name == "Kornelis Rangga"


def test_a_regional_title_with_the_holders_name_alone_stays_the_name(run):
    # Guard: a single word after Gubernur with no sign that it is a place is the name.
    q = only(run("Warga Jember memadati alun-alun. Gubernur Khofifah mengatakan, acara itu digelar setiap tahun."))
    assert (q.speaker.name, q.speaker.role) == ("Khofifah", "Gubernur")
    text = ("Gubernur Khofifah Indar Parawansa meninjau lokasi banjir.\n\n"
            "Gubernur Khofifah mengatakan, bantuan akan segera dikirim.")
    q = only(run(text, names={"Khofifah Indar Parawansa": "PER", "Khofifah": "PER"}))
    assert q.speaker.name == "Khofifah Indar Parawansa"


def test_a_time_zone_is_never_a_name(run):
    text = "“Api sudah padam,” ujar Kapolsek Samarinda Kota Kompol Andi Saputra pukul 16.30 Wita."
    q = only(run(text, names={"Andi Saputra": "PER"}))
    assert (q.speaker.name, q.speaker.role) == ("Andi Saputra", "Kapolsek Samarinda Kota")
    assert q.speaker.mention == "Kapolsek Samarinda Kota Kompol Andi Saputra"  # the time after it is no part
    q = only(run("Pada pukul 20.00 WIB Budi Santoso mengatakan bahwa jalan sudah dibuka kembali.",
                 names={"Budi Santoso": "PER"}))
    assert (q.speaker.name, q.speaker.role) == ("Budi Santoso", None)
    # Guard: the same word is a given name where no clock time comes before it.
    q = only(run("Rapat dimulai pukul 10.00 WIB. “Kami sepakat menunda keputusan,” ujar Wita."))
    assert q.speaker.name == "Wita"


def test_dato_with_an_apostrophe_is_a_malaysian_honorific(run):
    # Dato' (Dato’) is written with an apostrophe: one word, how the person is addressed,
    # neither name nor role, however the tagger cuts the name.
    text = "Menteri Besar Johor Dato' Sri Ahmad Fauzi mengatakan, kerja sama itu akan diperluas."
    q = only(run(text, names={"Sri Ahmad Fauzi": "PER"}))
    assert (q.speaker.name, q.speaker.role) == ("Ahmad Fauzi", "Menteri Besar Johor")
    q = only(run("“Kami menyambut baik kerja sama ini,” kata Dato’ Ahmad Fauzi."))
    assert (q.speaker.name, q.speaker.role) == ("Ahmad Fauzi", None)


def test_damang_is_a_dayak_customary_title(run):
    text = ("Damang Kepala Adat Kecamatan Jekan Raya, Yusuf Tingang, mengatakan bahwa ritual itu "
            "digelar setiap tahun.")
    q = only(run(text, names={"Yusuf Tingang": "PER"}))
    assert (q.speaker.name, q.speaker.role) == ("Yusuf Tingang", "Damang Kepala Adat Kecamatan Jekan Raya")
    q = only(run("“Ritual ini warisan leluhur,” ujar Damang Marcos Tuwan."))
    assert (q.speaker.name, q.speaker.role) == ("Marcos Tuwan", "Damang")


def test_a_deed_noun_opening_the_sentence_is_no_part_of_the_name(run):
    # Umpan, Tendangan: what the player did, capitalised only as the sentence opens.
    q = only(run("Umpan Witan Sulaeman gagal dimanfaatkan. Witan mengatakan, timnya kurang beruntung."))
    assert q.speaker.name == "Witan Sulaeman"
    q = only(run("Tendangan Marselino membentur tiang gawang. Ia mengatakan, timnya harus lebih tajam.",
                 names={"Tendangan Marselino": "PER"}))  # the tagger runs the noun into the name
    assert q.speaker.name == "Marselino"
    # Guard: a name's own first word opening the sentence stays in it.
    q = only(run("Ramadhan Sananta membawa Persis unggul. Sananta mengatakan, ia percaya diri."))
    assert q.speaker.name == "Ramadhan Sananta"


def test_a_player_position_and_club_head_the_name_after_them(run):
    text = "“Kami akan bangkit di laga berikutnya,” kata penyerang Persib Bandung Ahmad Yusuf."
    q = only(run(text, names={"Persib Bandung": "ORG", "Ahmad Yusuf": "PER"}))
    assert (q.speaker.name, q.speaker.role) == ("Ahmad Yusuf", "penyerang Persib Bandung")
    text = "“Tim bermain sangat baik malam ini,” ujar gelandang Borneo FC Rizky."
    q = only(run(text, names={"Borneo FC Rizky": "PER"}))
    assert (q.speaker.name, q.speaker.role) == ("Rizky", "gelandang Borneo FC")
    q = only(run("“Kami butuh bantuan,” ujar pengungsi asal Suriah, Ahmad."))
    assert (q.speaker.name, q.speaker.role) == ("Ahmad", "pengungsi asal Suriah")


def test_a_description_before_a_body_or_a_relative_names_no_one(run):
    # Guard: such a head names the club, the people or the place after it as often, and a
    # kinship word's name is the relative's.
    for text, names in (("“Kami kecewa,” kata suporter Persija.", {"Persija": "PER"}),
                        ("“Kami butuh bantuan,” ujar pengungsi Rohingya.", {"Rohingya": "PER"}),
                        ("“Saya sempat takut,” kata pendaki Gunung Rinjani.", {"Gunung Rinjani": "LOC"}),
                        ("“Suami saya belum pulang,” kata istri Budi Santoso.", {"Budi Santoso": "PER"})):
        q = only(run(text, names=names))
        assert q.speaker is None, text


def test_a_name_with_an_age_the_tagger_takes_for_a_body_is_the_person_the_next_ia_is(run):
    # A foreign name is tagged as a body; with an age in brackets it is a person, whom the
    # next ia (after a fronted adjunct), -nya and an uncued quote go on with.
    text = ("Camat Lembah Hijau Darmawan Saputra mengatakan, bantuan logistik sudah tiba sejak pagi. "
            "”Kami sudah membuka dapur umum,” kata Darmawan.\n\n"
            "Di sudut aula desa, Farzana Akter (31) menggendong bayinya. "
            "Dengan suara lirih, ia bercerita kehilangan rumah akibat longsor.\n\n"
            "”Semua barang kami tertimbun,” tuturnya.\n\n”Kami hanya membawa pakaian di badan.”")
    names = {"Darmawan Saputra": "PER", "Darmawan": "PER", "Farzana Akter": "ORG"}
    quotes = run(text, names=names).quotes
    assert [q.speaker.name for q in quotes] == ["Darmawan Saputra"] * 2 + ["Farzana Akter"] * 3


def test_ia_after_a_sentence_naming_someone_with_an_age_as_an_object_stays_with_the_subject(run):
    text = ("Camat Lembah Hijau Darmawan Saputra mengatakan, bantuan logistik sudah tiba sejak pagi. "
            "”Kami sudah membuka dapur umum,” kata Darmawan.\n\n"
            "Sore itu, Darmawan menemui Farzana Akter (31) di sudut aula desa. "
            "Ia mengatakan pemerintah akan membangun hunian sementara.")
    names = {"Darmawan Saputra": "PER", "Darmawan": "PER", "Farzana Akter": "ORG"}
    quotes = run(text, names=names).quotes
    assert [q.speaker.name for q in quotes] == ["Darmawan Saputra"] * 3


_PARTY_NAMES = {"Hendra Wijaya": "PER", "Hendra": "PER", "Rina Marlina": "PER", "Rina": "PER"}


def test_a_party_member_pointing_back_is_the_person_the_article_ties_to_that_party(run):
    text = ("Ketua Komisi IV DPR Hendra Wijaya mengatakan, anggaran pupuk bersubsidi harus ditambah. "
            "”Petani tidak boleh menunggu,” kata Hendra.\n\n"
            "Anggota Komisi IV dari Fraksi Partai Golkar, Rina Marlina, menyoroti distribusi pupuk di Sumatera Barat. "
            "Banyak kios resmi kosong saat musim tanam tiba.\n\n"
            "”Di daerah pemilihan saya, petani antre sejak subuh,” ujar politisi Golkar itu.")
    q = run(text, names=_PARTY_NAMES).quotes[-1]
    assert q.speaker.name == "Rina Marlina"
    assert q.speaker.role == "Anggota Komisi IV dari Fraksi Partai Golkar"


def test_a_party_member_pointing_back_stays_with_the_last_speaker_of_that_party_or_where_none_is_tied(run):
    # The last speaker is tied to the party too: they go on. Nobody tied to it: as before,
    # the last speaker.
    tied = ("Ketua Komisi IV dari Fraksi Golkar, Hendra Wijaya, mengatakan, anggaran pupuk harus ditambah. "
            "”Petani tidak boleh menunggu,” kata Hendra.\n\n"
            "Anggota Komisi IV dari Fraksi Partai Golkar, Rina Marlina, menyoroti distribusi pupuk. "
            "”Kios resmi kosong,” kata Rina.\n\n"
            "Hendra menambahkan, anggaran itu harus cair bulan ini.\n\n"
            "”Di daerah pemilihan saya, petani antre sejak subuh,” ujar politisi Golkar itu.")
    assert run(tied, names=_PARTY_NAMES).quotes[-1].speaker.name == "Hendra Wijaya"
    untied = ("Ketua Komisi IV DPR Hendra Wijaya mengatakan, anggaran pupuk bersubsidi harus ditambah. "
              "”Petani tidak boleh menunggu,” kata Hendra.\n\n"
              "Anggota Komisi IV dari Fraksi PKB, Rina Marlina, menyoroti distribusi pupuk di Sumatera Barat. "
              "Banyak kios resmi kosong saat musim tanam tiba.\n\n"
              "”Di daerah pemilihan saya, petani antre sejak subuh,” ujar politisi Golkar itu.")
    assert run(untied, names=_PARTY_NAMES).quotes[-1].speaker.name == "Hendra Wijaya"


_NICKNAME_NAMES = {"Rizal Hamdani": "PER", "Andi Pratama": "PER", "Andi": "PER", "Ableh": "PER"}


def test_a_nickname_after_alias_inside_a_tagged_name_is_the_person(run):
    # The tagger runs "alias Ableh" into the name: the name ends before the marker.
    text = ("Manajemen Persiku Kudus memastikan striker andalannya, Rizal Hamdani alias Ableh, absen tiga pekan. "
            "Dokter tim Persiku, dr Andi Pratama, mengatakan cederanya tidak parah. "
            "”Tapi Ableh harus beristirahat total,” kata dr Andi.\n\n"
            "Ableh sendiri mengaku kecewa karena harus absen di laga penting.\n\n"
            "”Saya ingin cepat kembali,” tuturnya.")
    quotes = run(text, names={"Rizal Hamdani alias Ableh": "PER", "Andi Pratama": "PER", "Ableh": "PER"}).quotes
    assert [q.speaker.name for q in quotes[-2:]] == ["Rizal Hamdani", "Rizal Hamdani"]


def _described_nickname(head: str) -> str:
    return ("Manajemen Persiku Kudus memastikan pemain sayap andalannya, Rizal Hamdani, absen tiga pekan. "
            "Dokter tim Persiku, dr Andi Pratama, mengatakan cederanya tidak parah. "
            "”Ia harus beristirahat total. Ototnya perlu pulih,” kata dr Andi.\n\n"
            f"{head} yang biasa dipanggil Ableh itu cedera saat berebut bola.\n\n"
            "Ableh sendiri mengaku kecewa karena harus absen di laga penting.")


def test_a_nickname_a_description_gives_is_the_one_that_description_fits(run):
    # Pemain …, not the team doctor quoted just before.
    q = run(_described_nickname("Pemain"), names=_NICKNAME_NAMES).quotes[-1]
    assert q.speaker.name == "Rizal Hamdani"


def test_a_nickname_a_description_gives_stays_with_the_nearest_it_fits(run):
    q = run(_described_nickname("Dokter"), names=_NICKNAME_NAMES).quotes[-1]
    assert q.speaker.name == "Andi Pratama"


def _described_nickname_of_a_position(head: str) -> str:
    return ("Persiku Kudus memastikan kiper andalannya, Rizal Hamdani, absen tiga pekan. "
            "Hal itu disampaikan dokter tim Persiku, dr Andi Pratama, Senin (3/3/2025). "
            "”Ia harus beristirahat total. Ototnya perlu pulih,” kata dr Andi.\n\n"
            f"{head} yang biasa dipanggil Ableh itu cedera saat berebut bola.\n\n"
            "Ableh sendiri mengaku kecewa karena harus absen di laga penting.")


def test_a_nickname_a_description_gives_fits_a_role_of_its_kind(run):
    # A kiper is a pemain: the description fits him, not the doctor quoted just before.
    q = run(_described_nickname_of_a_position("Pemain"), names=_NICKNAME_NAMES).quotes[-1]
    assert q.speaker.name == "Rizal Hamdani"
    assert q.speaker.role == "kiper andalan"


def test_a_nickname_a_description_of_another_kind_does_not_take_the_position(run):
    # A kiper is no pelari: the description does not fit him.
    q = run(_described_nickname_of_a_position("Pelari"), names=_NICKNAME_NAMES).quotes[-1]
    assert q.speaker is None or q.speaker.name != "Rizal Hamdani"


_PETITIONER_NAMES = {"Rizky Ananda": "PER", "Siti Rahma": "PER", "Lembaga Pemantau Pemilu Bersih": "ORG",
                     "Mahkamah Konstitusi": "ORG"}


def _petitioners(filing: str) -> str:
    return ("Mahkamah Konstitusi menolak permohonan uji materi undang-undang pemilu. "
            f"{filing} "
            "Para pemohon mendalilkan ambang batas pencalonan melanggar hak konstitusional warga.")


def test_para_pemohon_are_the_parties_named_as_filing_the_petition(run):
    q = run(_petitioners("Permohonan diajukan oleh dua dosen, Rizky Ananda dan Siti Rahma, serta Lembaga Pemantau "
                         "Pemilu Bersih."), names=_PETITIONER_NAMES).quotes[-1]
    assert (q.speaker.name, q.speaker.role) == ("Rizky Ananda", "pemohon")
    assert [(s.name, s.role) for s in q.co_speakers] == [("Siti Rahma", "pemohon"),
                                                         ("Lembaga Pemantau Pemilu Bersih", "pemohon")]


def test_the_court_a_petition_is_filed_with_is_no_petitioner(run):
    q = run(_petitioners("Permohonan itu diajukan ke Mahkamah Konstitusi oleh Rizky Ananda."),
            names=_PETITIONER_NAMES).quotes[-1]
    assert q.speaker.name == "Rizky Ananda" and q.co_speakers == []


def test_para_pemohon_stay_unnamed_where_no_one_is_named_as_filing(run):
    q = run(_petitioners("Sidang dipimpin hakim konstitusi Rizky Ananda."), names=_PETITIONER_NAMES).quotes[-1]
    assert q.speaker is None and q.unnamed_source.text == "Para pemohon"


_ELDER_NAMES = {"Karta Wiguna": "PER", "Rina Kartika": "PER", "Karta": "PER"}


def test_a_description_of_an_elder_points_back_to_the_elder(run):
    # tetua adat is a role's head: the description points back to the elder, not the
    # official quoted last.
    text = ("Setiap pagi Karta Wiguna membuka pintu rumah panggungnya. ”Dulu kampung ini sepi,” kata lelaki 70 tahun "
            "itu.\n\n"
            "Kepala Dinas Perumahan Rina Kartika mengatakan pihaknya akan membangun jalan baru ke kampung itu. "
            "”Kami sudah menganggarkan,” ujarnya.\n\n"
            "Karta tak yakin janji itu ditepati. Ia pernah mendengar janji serupa dari pejabat lain.\n\n"
            "”Saya sudah sering dengar begitu,” tutur tetua adat itu sambil tersenyum.")
    q = run(text, names=_ELDER_NAMES).quotes[-1]
    assert (q.speaker.name, q.speaker.role) == ("Karta Wiguna", "tetua adat")


def test_tetua_adat_before_a_name_is_the_role(run):
    q = only(run("Tetua adat Kampung Sindang Karta Wiguna mengatakan warga belum menerima ganti rugi.",
                 names=_ELDER_NAMES))
    assert (q.speaker.name, q.speaker.role) == ("Karta Wiguna", "Tetua adat Kampung Sindang")


def test_elders_unnamed_stay_an_unnamed_source(run):
    q = only(run("Para tetua kampung mengatakan warga belum menerima ganti rugi."))
    assert q.speaker is None and q.unnamed_source.text == "Para tetua kampung"


_ADDRESSED_NAMES = {"Rudi Hartono": "PER", "Bripka Anton Wijaya": "PER", "Bripka Anton": "PER",
                    "Ustaz Hamid Lubis": "PER", "Ustaz Hamid": "PER"}


def _ranked_officer(after_name: str) -> str:
    return ("Kapolres Sukamaju AKBP Rudi Hartono memberikan penghargaan kepada Bripka Anton Wijaya"
            f"{after_name}. Bripka Anton mengaku awalnya curiga melihat dua pemuda di dekat pasar.")


def test_a_role_set_off_after_a_ranked_name_wins_over_the_rank(run):
    # kepada Bripka X, anggota Polsek Y yang …: the rank addresses him, the appositive says who he is.
    q = only(run(_ranked_officer(", anggota Polsek Sukamaju yang pertama kali melihat pelaku"),
                 names=_ADDRESSED_NAMES))
    assert (q.speaker.name, q.speaker.role) == ("Anton Wijaya", "anggota Polsek Sukamaju")


def test_a_one_word_role_set_off_after_a_ranked_name_wins_over_the_rank(run):
    # As short as the rank, and given at the same place: still the role that describes him.
    q = only(run(_ranked_officer(", petugas yang pertama kali melihat pelaku"), names=_ADDRESSED_NAMES))
    assert (q.speaker.name, q.speaker.role) == ("Anton Wijaya", "petugas")


def test_a_rank_alone_stays_the_role_where_nothing_else_is_given(run):
    q = only(run(_ranked_officer(" saat apel pagi"), names=_ADDRESSED_NAMES))
    assert (q.speaker.name, q.speaker.role) == ("Anton Wijaya", "Bripka")


def _addressed_elder(before_name: str) -> str:
    return (f"Pertemuan kedua kepala desa itu {before_name} Ustaz Hamid Lubis. "
            "Ustaz Hamid berpesan agar warga menahan diri.")


def test_a_role_before_a_title_of_address_wins_over_the_title(run):
    # … disaksikan tokoh agama setempat, Ustaz X: a passive verb before the role, which opens there.
    q = only(run(_addressed_elder("disaksikan tokoh agama setempat,"), names=_ADDRESSED_NAMES))
    assert (q.speaker.name, q.speaker.role) == ("Hamid Lubis", "tokoh agama setempat")


def test_a_title_of_address_alone_stays_the_role(run):
    q = only(run(_addressed_elder("dihadiri"), names=_ADDRESSED_NAMES))
    assert (q.speaker.name, q.speaker.role) == ("Hamid Lubis", "Ustaz")


_RANK_NAMES = {"Rudi Hartono": "PER", "Rudi": "PER", "Joko Susilo": "PER"}


def test_ia_after_saat_itu_is_the_titled_subject_of_a_passive_sentence_before(run):
    # "Bhabinkamtibmas" is a title before the rank; "Saat itu" fronts the pronoun with no comma.
    text = ("Kapolsek Sukamaju Kompol Rudi Hartono mengatakan situasi sudah kondusif. "
            "”Tidak ada korban jiwa,” kata Rudi.\n\n"
            "Bhabinkamtibmas Desa Sukamaju Bripka Joko Susilo disebut paling dulu tiba di lokasi. "
            "Saat itu ia meminta warga membubarkan diri.")
    q = run(text, names=_RANK_NAMES).quotes[-1]
    assert q.speaker.name == "Joko Susilo"
    assert q.speaker.role == "Bhabinkamtibmas Desa Sukamaju"


def test_ia_after_saat_itu_stays_with_the_subject_when_the_newcomer_is_an_object(run):
    text = ("Kapolsek Sukamaju Kompol Rudi Hartono mengatakan situasi sudah kondusif. "
            "”Tidak ada korban jiwa,” kata Rudi.\n\n"
            "Rudi lalu memanggil Bhabinkamtibmas Desa Sukamaju Bripka Joko Susilo ke lokasi. "
            "Saat itu ia meminta warga membubarkan diri.")
    assert run(text, names=_RANK_NAMES).quotes[-1].speaker.name == "Rudi Hartono"


def test_initials_after_a_party_to_the_case_are_the_person(run):
    text = ("Kasat Reskrim Polres Pati AKP Agus Wibowo mengatakan, kedua tersangka berinisial DS (27) dan AR (30) "
            "ditangkap di rumah kontrakan.\n\n"
            "Sementara itu, tersangka DS mengaku uang hasil curian dipakai untuk membayar utang. "
            "”Saya menyesal,” ucap DS.")
    quotes = run(text, names={"Agus Wibowo": "PER"}).quotes
    assert [(q.speaker.name, q.speaker.role) for q in quotes[-2:]] == [("DS", "tersangka"), ("DS", "tersangka")]


def test_an_acronym_after_a_party_to_the_case_names_no_one(run):
    # korban PHK: victims of layoffs, not a person named PHK.
    text = ("Kepala Dinas Tenaga Kerja Pati Agus Wibowo mengatakan, pabrik itu merumahkan 300 pekerja.\n\n"
            "Sementara itu, korban PHK mengaku belum menerima pesangon.")
    q = run(text, names={"Agus Wibowo": "PER"}).quotes[-1]
    assert q.speaker is None or q.speaker.name != "PHK"


def test_a_short_name_after_a_form_or_title_of_address_is_the_person_named_in_full(run):
    # Coach Danu, sapaan akrabnya: Danu Prasetyo addressed, not the player named last; so
    # with a form of address (Bang Danu), which the nickname markers would otherwise give
    # to whoever was named last in full.
    for address in ("Coach", "Bang"):
        text = ("Pelatih Garuda Muda FC, Danu Prasetyo, kecewa dengan hasil imbang di kandang. "
                "\"Kami kehilangan fokus,\" kata Danu.\n\n"
                "Gelandang Andi Wibisono mencetak gol penyeimbang pada menit akhir.\n\n"
                f"{address} Danu, sapaan akrabnya, menyebut wasit terlalu cepat meniup peluit. "
                "\"Itu merugikan kami,\" ujarnya.")
        names = {"Danu Prasetyo": "PER", "Andi Wibisono": "PER", "Danu": "PER", f"{address} Danu": "PER"}
        for tagged in (None, names):
            quotes = run(text, names=tagged).quotes
            assert [(q.speaker.name, q.speaker.role) for q in quotes] == \
                [("Danu Prasetyo", "Pelatih Garuda Muda FC")] * 3, (address, tagged)
    # ujar pria yang akrab disapa Coach Yosef itu; Bupati yang akrab disapa Pak Hendra itu.
    text = ("Pelatih Bintang Timur, Yosef Mahendra, mengatakan timnya siap menghadapi laga tandang. "
            "Ia menyebut pemain muda Rian Saputra akan menjadi starter.\n\n"
            "\"Rian sudah siap. Dia berlatih keras setiap hari,\" ujar pria yang akrab disapa Coach Yosef itu.")
    quotes = run(text, names={"Yosef Mahendra": "PER", "Rian Saputra": "PER", "Coach Yosef": "PER"}).quotes
    assert [(q.speaker.name, q.speaker.role) for q in quotes] == [("Yosef Mahendra", "Pelatih Bintang Timur")] * 3
    text = ("Bupati Sukamaju Hendra Wijaya meninjau pasar yang terbakar. \"Kami bangun ulang tahun ini,\" kata Hendra.\n\n"
            "Bupati yang akrab disapa Pak Hendra itu mengakui anggaran daerah terbatas.")
    quotes = run(text).quotes
    assert [(q.speaker.name, q.speaker.role) for q in quotes] == [("Hendra Wijaya", "Bupati Sukamaju")] * 2
    # Guard: a title of address and a name in no fuller name the article gives stays as
    # written, though someone else was named in full just before.
    text = ("Pelatih Garuda Muda FC, Danu Prasetyo, memimpin latihan pagi. "
            "\"Fisik pemain sudah bagus,\" kata Coach Rudi, pelatih fisik tim.")
    q = run(text, names={"Danu Prasetyo": "PER", "Coach Rudi": "PER"}).quotes[-1]
    assert q.speaker.name == "Coach Rudi"


def test_a_title_of_address_and_a_name_take_the_fuller_name_written_where_no_cue_looked(run):
    # dihadiri Habib Hasan bin Ahmad Alaydrus …, then Habib Hasan mengingatkan: the full
    # name runs on over "bin".
    text = ("Pengajian akbar itu juga dihadiri Habib Hasan bin Ahmad Alaydrus dari Malang. Dalam tausiahnya, "
            "Habib Hasan mengingatkan bahwa ilmu harus diamalkan.\n\n\"Ilmu tanpa amal itu sia-sia,\" tutur Habib Hasan.")
    for names in (None, {"Habib Hasan": "PER"}):
        quotes = run(text, names=names).quotes
        assert [q.speaker.name for q in quotes] == ["Habib Hasan bin Ahmad Alaydrus"] * 2
    # Guard: capitalised words after the two that are no name's (a repeated headline) are
    # no fuller name.
    text = ("Pelatih Bintang Timur, Yosef Mahendra, mengatakan timnya siap menghadapi laga tandang.\n\n"
            "\"Kami siap,\" ujar pria yang akrab disapa Coach Yosef itu.\n\n"
            "Jelang laga itu, Coach Yosef Siapkan Rotasi.")
    quotes = run(text, names={"Yosef Mahendra": "PER", "Coach Yosef": "PER"}).quotes
    assert [q.speaker.name for q in quotes] == ["Yosef Mahendra"] * 2


def test_a_title_and_a_name_before_another_persons_name_are_that_persons_role(run):
    # Manajer Nadia, Rina Kusuma, …: Rina is Nadia's manager; Nadia takes no role from it.
    text = ("Nadia Putri absen dari jumpa pers film terbarunya di Jakarta. "
            "\"Saya sedang dirawat di rumah sakit,\" kata Nadia.\n\n"
            "Manajer Nadia, Rina Kusuma, mengatakan kliennya akan kembali bekerja pekan depan.")
    quotes = run(text, names={"Nadia Putri": "PER", "Nadia": "PER", "Rina Kusuma": "PER"}).quotes
    assert [(q.speaker.name, q.speaker.role) for q in quotes] == [
        ("Nadia Putri", None), ("Rina Kusuma", "Manajer Nadia")]
    # Guard: a titled person at the head of a list of names keeps the title.
    text = ("Danu Prasetyo memimpin latihan pagi di Bekasi.\n\n"
            "Pelatih Danu, Andi Wibisono, dan Rian Saputra kemudian hadir dalam jumpa pers. "
            "\"Kami siap bertanding,\" kata Danu.")
    q = only(run(text, names={"Danu Prasetyo": "PER", "Andi Wibisono": "PER", "Rian Saputra": "PER", "Danu": "PER"}))
    assert (q.speaker.name, q.speaker.role) == ("Danu Prasetyo", "Pelatih")


def test_a_real_name_points_back_to_the_subject_or_to_the_name_its_clause_describes(run):
    # Pemilik nama asli X itu: the real name of the one the sentence before opens with (not
    # the manager named after the verb); the owner of the name is no role.
    text = ("Penyanyi Rara Ayu resmi mengadukan mantan manajernya, Doni Saputra, ke polisi, Senin (3/3/2025). "
            "Pemilik nama asli Siti Aminah itu menduga Doni menggelapkan honor manggungnya.\n\n"
            "\"Saya sangat kecewa,\" kata Rara.\n\n"
            "Doni mengatakan semua honor sudah ia setorkan.")
    names = {"Rara Ayu": "PER", "Doni Saputra": "PER", "Siti Aminah": "PER", "Rara": "PER", "Doni": "PER"}
    quotes = run(text, names=names).quotes
    assert [(q.speaker.name, q.speaker.role) for q in quotes] == [
        ("Siti Aminah", "Penyanyi"), ("Siti Aminah", "Penyanyi"), ("Doni Saputra", "mantan manajer")]
    # Where the article gives the stage name no role, the owner of the name is none either.
    quotes = run(text.replace("Penyanyi Rara Ayu", "Rara Ayu"), names=names).quotes
    assert [(q.speaker.name, q.speaker.role) for q in quotes][:2] == [("Siti Aminah", None)] * 2
    # Raka yang bernama asli X itu: the name the relative clause describes.
    text = ("Aktor Raka Pratama membantah kabur dari lokasi syuting. \"Saya sakit,\" kata Raka.\n\n"
            "Raka yang bernama asli Raka Adi Wijaya itu mengaku sempat dirawat di rumah sakit.")
    quotes = run(text, names={"Raka Pratama": "PER", "Raka": "PER", "Raka Adi Wijaya": "PER"}).quotes
    assert len({q.speaker.name for q in quotes}) == 1 and all(q.speaker.role == "Aktor" for q in quotes)


def test_a_body_whose_name_ends_in_a_given_name_keeps_that_word(run):
    # Kejaksaan Agung: "Agung" closes the body in the title, the name starts after it.
    text = ("Jaksa Agung Muda Tindak Pidana Umum Kejaksaan Agung Bambang Sutejo mengatakan, penyidik sudah "
            "memeriksa tiga saksi. ”Berkasnya segera lengkap,” kata Bambang.")
    assert [(q.speaker.name, q.speaker.role) for q in run(text).quotes] == [
        ("Bambang Sutejo", "Jaksa Agung Muda Tindak Pidana Umum Kejaksaan Agung")] * 2
    # Guard: after another body, Agung is the person's given name.
    q = only(run("Kepala Kejaksaan Negeri Bandung Agung Prasetyo mengatakan, penyidik sudah memeriksa tiga saksi."))
    assert (q.speaker.name, q.speaker.role) == ("Agung Prasetyo", "Kepala Kejaksaan Negeri Bandung")


def test_utama_closes_a_title_before_an_acronym_and_a_rank(run):
    # Komisaris Utama PDSJ, then a retired officer's rank before the name after the comma.
    text = "Komisaris Utama PDSJ, Laksamana TNI (Purn) Joko Prasetyo, mengatakan perusahaan akan berhati-hati."
    q = only(run(text, names={"Joko Prasetyo": "PER"}))
    assert (q.speaker.name, q.speaker.role) == ("Joko Prasetyo", "Komisaris Utama PDSJ")
    # Guard: the name right after the body, without a comma, as before.
    q = only(run("Komisaris Utama PDSJ Joko Prasetyo mengatakan perusahaan akan berhati-hati."))
    assert (q.speaker.name, q.speaker.role) == ("Joko Prasetyo", "Komisaris Utama PDSJ")


def test_a_place_the_article_names_whole_is_no_part_of_a_name(run):
    # "dari Desa Sungai Lumbo tidak …" gives the village's whole name: "pemain Sungai Lumbo"
    # names no one, and the head of the village is Darwis Tambunan.
    text = ("Pendukung tim tamu dari Desa Sungai Lumbo tidak terima. ”Wasitnya tidak adil,” ujar seorang pemain "
            "Sungai Lumbo. Kepala Desa Sungai Lumbo Darwis Tambunan mengatakan warga sudah tenang. "
            "”Kami minta maaf,” ucapnya.")
    r = run(text)
    assert [q.speaker and (q.speaker.name, q.speaker.role) for q in r.quotes] == [
        None, ("Darwis Tambunan", "Kepala Desa Sungai Lumbo"), ("Darwis Tambunan", "Kepala Desa Sungai Lumbo")]
    # Guards: a run after a head inside a title, or before a verb, may end in a name.
    text = ("Kepala Dinas Pendidikan Kabupaten Sumba Timur Marthen Ndapa yang ditemui di Waingapu mengakui, "
            "sekolah kekurangan guru. ”Kami butuh seratus guru,” ujarnya.")
    assert [q.speaker.name for q in run(text).quotes] == ["Marthen Ndapa"] * 2
    text = ("Banjir datang tiba-tiba. Tetangga dari Dusun Krajan Slamet Riyadi mengatakan air naik sejak subuh. "
            "”Kami tidak sempat mengungsi,” kata Slamet.")
    assert [q.speaker.name for q in run(text).quotes] == ["Slamet Riyadi"] * 2


def test_a_body_the_tagger_runs_on_from_the_dateline_speaks(run):
    # The tagger marks "MALANG - Arema Perkasa" as one body: the club opening the
    # sentence after the dateline still speaks, no person named Perkasa.
    text = "MALANG - Arema Perkasa memastikan bek sayapnya, Rudi Setiawan, absen melawan Persib pekan depan."
    q = only(run(text, names={"MALANG - Arema Perkasa": "ORG", "Rudi Setiawan": "PER"}))
    assert (q.speaker.name, q.speaker.kind, q.speaker.role) == ("Arema Perkasa", "organization", None)
    # Guard: a person's name so tagged stays a person.
    q = only(run("SAMARINDA - Andi Wijaya memastikan bek sayapnya absen melawan Persib pekan depan.",
                 names={"SAMARINDA - Andi Wijaya": "ORG"}))
    assert (q.speaker.name, q.speaker.kind) == ("Andi Wijaya", "person")


def test_teungku_is_a_form_of_address_not_a_role(run):
    q = only(run("Panglima Laot Lhok Kuala Teungku Muhammad Daud menuturkan, nelayan menemukan kapal itu pagi hari."))
    assert (q.speaker.name, q.speaker.role) == ("Muhammad Daud", "Panglima Laot Lhok Kuala")
    # Guard: Teuku is a noble title, part of the name.
    q = only(run("Bupati Aceh Timur Teuku Ridwan Syahputra mengatakan, pemerintah menyiapkan tempat penampungan."))
    assert (q.speaker.name, q.speaker.role) == ("Teuku Ridwan Syahputra", "Bupati Aceh Timur")


def test_the_other_holder_of_a_role_keeps_the_role_set_off_by_commas(run):
    text = ("Anggota Komisi IV lainnya, dari Fraksi Partai Golongan Karya (Golkar), Rudi Setiawan, mengatakan "
            "anggaran itu terlalu kecil.")
    q = only(run(text))
    assert (q.speaker.name, q.speaker.role) == (
        "Rudi Setiawan", "Anggota Komisi IV dari Fraksi Partai Golongan Karya (Golkar)")
    # Guard: with nothing after the comma, the role is the head alone.
    q = only(run("Warga lainnya, Budi Santoso, mengatakan air sudah surut."))
    assert (q.speaker.name, q.speaker.role) == ("Budi Santoso", "Warga")


def test_a_sub_heading_ending_in_the_title_in_lowercase_is_no_part_of_the_role(run):
    text = ("Rapat itu berlangsung alot. Tanggapan menteri Menteri Perindustrian Hendra Kurniawan "
            "menjelaskan, anggaran akan dihemat.")
    q = only(run(text))
    assert (q.speaker.name, q.speaker.role) == ("Hendra Kurniawan", "Menteri Perindustrian")
    # Guard: a lowercase role before another title is the role (staff of the minister).
    q = only(run("Rapat itu berlangsung alot. Menurut staf khusus Menteri Keuangan Yudi Pratama, anggaran akan "
                 "dihemat."))
    assert (q.speaker.name, q.speaker.role) == ("Yudi Pratama", "staf khusus Menteri Keuangan")


def test_a_role_naming_where_runs_on_over_the_larger_places(run):
    text = ("Wagiman (48), nelayan di Kecamatan Sedati, Kabupaten Sidoarjo, Jawa Timur, termasuk yang merugi. "
            "”Tangkapan turun separuh,” katanya.")
    q = only(run(text))
    assert (q.speaker.name, q.speaker.role) == (
        "Wagiman", "nelayan di Kecamatan Sedati, Kabupaten Sidoarjo, Jawa Timur")
    # Guard: a role that says nowhere stops at its comma.
    q = only(run("Wagiman (48), Ketua Kelompok Nelayan Mina Jaya, Sidoarjo, mengatakan tangkapan turun separuh."))
    assert (q.speaker.name, q.speaker.role) == ("Wagiman", "Ketua Kelompok Nelayan Mina Jaya")


def test_a_body_led_by_a_titled_person_leaves_the_led_by_word_out_of_the_role(run):
    # pimpinan before a title means "led by": the role starts at the title.
    text = ("Partai Sosial Bersatu (PSB) pimpinan Kanselir Austria Markus Feldmann memenangi pemilu sela, "
            "Minggu (8/6/2025). Feldmann menyatakan partainya akan membentuk koalisi baru.")
    q = only(run(text, names={"Markus Feldmann": "PER"}))
    assert (q.speaker.name, q.speaker.role) == ("Markus Feldmann", "Kanselir Austria")
    # Guard: before a body, pimpinan is itself the role.
    text = ("Koalisi itu dipimpin oleh pimpinan KPK Nurul Ghufron. Ghufron mengatakan penyidik sudah memeriksa "
            "tiga saksi.")
    assert only(run(text, names={"Nurul Ghufron": "PER"})).speaker.role == "pimpinan KPK"


def test_the_capacity_after_selaku_is_the_role_without_the_time_it_is_held(run):
    text = ("Presiden Filipina selaku Ketua ASEAN tahun ini, Ramon Delacruz, mengatakan kawasan harus bersatu "
            "menghadapi tarif baru.")
    for names in (None, {"Ramon Delacruz": "PER"}):
        q = only(run(text, names=names))
        assert (q.speaker.name, q.speaker.role) == ("Ramon Delacruz", "Ketua ASEAN")
    # Guard: a capacity in lowercase words is no title of its own; the role stays whole.
    text = "Kepala Dinas Kesehatan selaku juru bicara satgas, Ani Rahmawati, mengatakan kasus baru menurun."
    q = only(run(text, names={"Ani Rahmawati": "PER"}))
    assert q.speaker.role == "Kepala Dinas Kesehatan selaku juru bicara satgas"


def test_a_country_after_a_title_belongs_to_the_role_not_the_name(run):
    # Hungaria (beside Hongaria), as the world's countries are spelt in Indonesian.
    text = ("Menteri Luar Negeri Hungaria Laszlo Kertesz, Senin (9/6/2025), menyebut Budapest tidak akan "
            "mendukung paket sanksi itu.")
    for names in (None, {"Laszlo Kertesz": "PER"}):
        q = only(run(text, names=names))
        assert (q.speaker.name, q.speaker.role) == ("Laszlo Kertesz", "Menteri Luar Negeri Hungaria")
    q = only(run("Menteri Luar Negeri Montenegro Marko Vujovic mengatakan pemerintahnya akan menaikkan tarif impor."))
    assert (q.speaker.name, q.speaker.role) == ("Marko Vujovic", "Menteri Luar Negeri Montenegro")
    # A country whose last word alone is a personal name is a place only written whole,
    # even where a tagger takes that word into the name.
    q = only(run("Presiden Kosta Rika Laura Chinchilla mengatakan pemerintahnya akan menaikkan tarif impor.",
                 names={"Rika Laura Chinchilla": "PER"}))
    assert (q.speaker.name, q.speaker.role) == ("Laura Chinchilla", "Presiden Kosta Rika")
    # Guard: so that word alone is still a name.
    q = only(run("Ketua RT Rika Andriani mengatakan warga sudah menerima bantuan beras."))
    assert (q.speaker.name, q.speaker.role) == ("Rika Andriani", "Ketua RT")


def test_a_name_with_bin_is_cut_off_the_body_before_it_and_a_country_speaks_as_itself(run):
    # The tagger runs the given name before bin into the ministry.
    text = ("Qatar menyatakan perundingan damai di Doha telah mencapai kemajuan berarti. Juru bicara Kementerian "
            "Luar Negeri Qatar Khalid bin Saud Al-Marri mengatakan kedua pihak sudah menyepakati kerangka awal. "
            "Kementerian Luar Negeri Qatar juga menyatakan pertemuan lanjutan akan digelar di Kairo.")
    r = run(text, names={"Kementerian Luar Negeri Qatar Khalid": "ORG", "Saud Al-Marri": "PER"})
    assert [(q.speaker.name, q.speaker.kind) for q in r.quotes] == [
        ("Qatar", "organization"), ("Khalid bin Saud Al-Marri", "person"),
        ("Kementerian Luar Negeri Qatar", "organization")]
    # The sentence naming the ministry names the country too: its date dates the country's words.
    text = ("Qatar menyatakan perundingan damai di Doha telah mencapai kemajuan berarti. Juru bicara Kementerian "
            "Luar Negeri Qatar Khalid bin Saud Al-Marri dalam jumpa pers di Doha, Jumat (6/6/2025), mengatakan "
            "kedua pihak sudah menyepakati kerangka awal.")
    r = extract(text, "2025-06-10", tagger=FakeTagger({"Kementerian Luar Negeri Qatar Khalid": "ORG",
                                                       "Saud Al-Marri": "PER"}))
    assert [(q.speaker.name, str(q.date)) for q in r.quotes] == [
        ("Qatar", "2025-06-06"), ("Khalid bin Saud Al-Marri", "2025-06-06")]
    # Guard: a place speaks as its government where the article names that.
    text = ("DKI Jakarta menyatakan tidak akan ada penutupan jalan selama masa pembatasan. Pemerintah Provinsi "
            "DKI Jakarta juga menyiapkan posko di setiap kelurahan.")
    q = only(run(text, names={"Pemerintah Provinsi DKI Jakarta": "ORG"}))
    assert q.speaker.name == "Pemerintah Provinsi DKI Jakarta"


def test_a_description_set_off_by_commas_before_its_demonstrative_points_back_to_the_person_introduced(run):
    # pemagang: a noun for one who does something, which no lexicon lists; the place after
    # it is set off by commas before "itu".
    names = {"Hendra Wijaya": "PER", "Hendra": "PER", "Bayu Setiawan": "PER"}
    text = ("Duta Besar RI untuk Jepang Hendra Wijaya mengatakan tidak ada WNI yang menjadi korban. "
            "\"Kami terus memantau,\" kata Hendra.\n"
            "Salah seorang WNI di Osaka, Bayu Setiawan, 23 tahun, menceritakan kepanikan saat gempa terjadi. "
            "\"Rak-rak buku berjatuhan, kami semua lari ke luar,\" kata pemagang asal Banyumas, Jawa Tengah, itu "
            "saat dihubungi lewat telepon.")
    q = run(text, names=names).quotes[-1]
    assert (q.speaker.name, q.speaker.role) == ("Bayu Setiawan", "pemagang asal Banyumas, Jawa Tengah")
    # Guard: without the demonstrative nothing points back to Bayu; the last speaker goes on.
    q = run(text.replace("Jawa Tengah, itu", "Jawa Tengah,"), names=names).quotes[-1]
    assert q.speaker.name == "Hendra Wijaya"


def test_the_leaders_of_a_body_speak_as_the_body(run):
    text = ("KTT ASEAN ditutup di Jakarta, Selasa (10/6/2025). Dalam pernyataan ketua yang dirilis Selasa, "
            "para pemimpin ASEAN juga mendesak semua pihak di Myanmar untuk menghentikan kekerasan.")
    q = only(run(text))
    assert (q.speaker.name, q.speaker.kind) == ("ASEAN", "organization")
    # Guard: some of them, or leaders of no body named, are sources left unnamed.
    for text in ("Sejumlah pemimpin ASEAN mendesak junta untuk membebaskan tahanan politik.",
                 "Para pemimpin dunia mendesak kedua pihak untuk menahan diri."):
        q = only(run(text))
        assert q.speaker is None and q.unnamed_source is not None


def test_a_singer_s_trade_before_the_name_is_a_role_not_part_of_it(run):
    text = ("Pedangdut Rina Melati resmi melaporkan mantan manajernya, Hendra Gunawan, ke Polda Metro Jaya.\n\n"
            "\"Aku kaget banget. Uangnya enggak pernah masuk,\" ungkap Rina kepada wartawan.")
    q = only(run(text, names={"Pedangdut Rina Melati": "PER", "Hendra Gunawan": "PER"}))
    assert (q.speaker.name, q.speaker.role) == ("Rina Melati", "Pedangdut")


def test_a_role_naming_its_body_with_sebuah_runs_whole(run):
    # After a cue the role runs on over "di" to the comma and the name, not cut at "di";
    # "sebuah" introduces the body the role names and uses up none of its words.
    q = only(run("\"Angkanya cukup tinggi,\" kata Direktur sebuah lembaga survei di Jakarta, Andi Prasetyo."))
    assert (q.speaker.name, q.speaker.role) == ("Andi Prasetyo", "Direktur sebuah lembaga survei di Jakarta")
    text = ("Andi Prasetyo, direktur sebuah lembaga survei nasional yang berkantor di Jakarta, mengatakan "
            "elektabilitas partai itu terus naik.")
    assert only(run(text)).speaker.role == "direktur sebuah lembaga survei nasional"
    text = ("Hal itu disampaikan direktur sebuah lembaga survei di Jakarta, Andi Prasetyo.\n\n"
            "\"Angkanya cukup tinggi,\" kata Andi.")
    q = only(run(text, names={"Andi Prasetyo": "PER", "Andi": "PER"}))
    assert (q.speaker.name, q.speaker.role) == ("Andi Prasetyo", "direktur sebuah lembaga survei di Jakarta")
    text = "\"Saya belum digaji,\" kata seorang karyawan sebuah perusahaan tambang, Andi Prasetyo."
    q = only(run(text, names={"Andi Prasetyo": "PER"}))
    assert (q.speaker.name, q.speaker.role) == ("Andi Prasetyo", "karyawan sebuah perusahaan tambang")
    # Written without commas, the role runs on over "di" to a name the tagger marks.
    text = "Direktur sebuah lembaga survei di Jakarta Andi Prasetyo mengatakan elektabilitas partai itu naik."
    q = only(run(text, names={"Andi Prasetyo": "PER"}))
    assert (q.speaker.name, q.speaker.role) == ("Andi Prasetyo", "Direktur sebuah lembaga survei di Jakarta")
    # Guards: a town after the comma is no name the role runs on to; nor, with no name
    # the tagger marks, the last words of a market's name.
    assert only(run("\"Sepi pembeli,\" kata pedagang di Pasar Baru, Jakarta.")).speaker is None
    text = "Pedagang sayur di Pasar Baru Metro Atom mengatakan permintaan turun drastis sejak pandemi."
    assert only(run(text, names={"Pasar Baru Metro Atom": "LOC"})).speaker is None


def test_a_title_running_on_over_di_to_a_name_with_an_adjunct_after_it(run):
    # Kepala Seksi X di Gedung Y Nama saat ditemui mengatakan: the adjunct after the name
    # (saat ditemui, kepada wartawan) ends the subject; the title still runs on over di.
    for adjunct in ("saat ditemui", "kepada wartawan", "ketika dihubungi di ruang kerjanya"):
        text = (f"Kepala Subbagian Umum di Gedung DPRD Kabupaten Pati Yudha Kurniawan {adjunct} "
                "mengatakan, pendingin ruangan sudah diperbaiki.")
        q = only(run(text, names={"Yudha Kurniawan": "PER"}))
        assert (q.speaker.name, q.speaker.role) == (
            "Yudha Kurniawan", "Kepala Subbagian Umum di Gedung DPRD Kabupaten Pati"), adjunct
    # Guard: after a lowercase description a market's name is still the place, not a name.
    text = "Pedagang sayur di Pasar Baru Metro Atom saat ditemui mengatakan permintaan turun drastis."
    assert only(run(text, names={"Pasar Baru Metro Atom": "LOC"})).speaker is None


def test_a_relative_clause_inside_a_role_before_the_name(run):
    # The head inside the relative clause (korban) is no role of its own: the role runs
    # back over the clause to the head it describes, whether the tagger finds the name or not.
    role = "Pemilik toko emas yang menjadi korban"
    text = f"{role}, Haryanto, mengatakan pelaku datang pada pagi hari. \"Mereka membawa senjata,\" ujar Haryanto."
    for names in (None, {"Haryanto": "PER"}):
        assert [q.speaker.role for q in run(text, names=names).quotes] == [role] * 2, names
    q = only(run("\"Mereka membawa senjata,\" kata pemilik toko emas yang menjadi korban, Haryanto."))
    assert (q.speaker.name, q.speaker.role) == ("Haryanto", "pemilik toko emas yang menjadi korban")
    # Guard: "yang juga" before an office gives a second office, which stays the role.
    text = "Kepala BPBD Madiun yang juga Ketua Satgas Banjir, Sugeng Rahardjo, mengatakan tanggul sudah diperbaiki."
    for names in (None, {"Sugeng Rahardjo": "PER"}):
        q = only(run(text, names=names))
        assert (q.speaker.name, q.speaker.role) == ("Sugeng Rahardjo", "Ketua Satgas Banjir"), names


def test_a_firm_named_after_its_partners_stays_inside_the_role(run):
    # The commas of "Lubis, Santosa & Rekan" are the firm name's: the name after the firm
    # speaks, with the firm in the role; none of the partners speaks.
    role = "Kuasa hukum dari kantor advokat Lubis, Santosa & Rekan"
    text = f"{role}, Dedi Lubis, mengatakan kliennya tidak bersalah. \"Kami akan banding,\" kata Dedi."
    for names in (None, {"Dedi Lubis": "PER", "Dedi": "PER"}):
        r = run(text, names=names)
        assert [(q.speaker.name, q.speaker.role) for q in r.quotes] == [("Dedi Lubis", role)] * 2, names
    lowered = role[0].lower() + role[1:]
    for text in (f"\"Kami akan banding,\" kata {lowered}, Dedi Lubis.",
                 f"Menurut {lowered}, Dedi Lubis, kliennya tidak bersalah."):
        q = only(run(text))
        assert (q.speaker.name, q.speaker.role) == ("Dedi Lubis", lowered), text
    q = only(run(f"Dedi Lubis, {lowered}, mengatakan kliennya tidak bersalah."))
    assert q.speaker.name == "Dedi Lubis"
    # With no title before it, the firm's closing word is still no role's head.
    role = "Kuasa hukum terdakwa dari kantor hukum Lubis, Santosa dan Rekan"
    q = only(run(f"{role}, Dedi Lubis, mengatakan kliennya tidak bersalah.", names={"Dedi Lubis": "PER"}))
    assert (q.speaker.name, q.speaker.role) == ("Dedi Lubis", role)
    # Guard: rekan without a firm's joiner before it is a colleague, and heads the role.
    q = only(run("Rekan kerja korban, Sutrisno, mengatakan korban pulang larut malam itu."))
    assert (q.speaker.name, q.speaker.role) == ("Sutrisno", "Rekan kerja korban")


def test_a_nickname_opened_by_a_form_of_address_points_back(run):
    # "Prof", "Coach": forms of address, no part of the name the nickname gives; the
    # person named in full before speaks, with the role given then.
    text = ("Rektor Universitas Nusantara, Bayu Wicaksono, mengatakan kampus akan membuka program baru. "
            "Guru besar yang akrab disapa Prof Bayu itu menambahkan biaya kuliah tidak naik. "
            "\"Kami jaga agar terjangkau,\" kata Bayu.")
    assert [(q.speaker.name, q.speaker.role) for q in run(text).quotes] == [
        ("Bayu Wicaksono", "Rektor Universitas Nusantara")] * 3
    text = ("Pelatih kepala Persiba Balikpapan, Hendra Wijaya, mengatakan timnya sudah menyiapkan pengganti.\n\n"
            "\"Kami percaya mereka bisa,\" ujar pria yang akrab disapa Coach Hendra itu.")
    q = run(text).quotes[-1]
    assert (q.speaker.name, q.speaker.role) == ("Hendra Wijaya", "Pelatih kepala Persiba Balikpapan")
    # Forms of address alone name no one: the description points back.
    text = ("Rektor Universitas Nusantara Bayu Wicaksono membuka acara itu. Lelaki yang akrab disapa Pak Prof "
            "itu mengatakan kampus akan membuka program baru.")
    assert only(run(text)).speaker.name == "Bayu Wicaksono"
    # Guard: a nickname with a word of its own still resolves through the nickname.
    text = ("Kepala Desa Sukamaju, Slamet Riyadi, mengatakan warga sudah mengungsi. "
            "Pria yang akrab disapa Pak Met itu menambahkan bantuan belum datang ke desanya.")
    assert [(q.speaker.name, q.speaker.role) for q in run(text).quotes] == [
        ("Slamet Riyadi", "Kepala Desa Sukamaju")] * 2


def test_a_sports_position_with_its_club_is_the_role(run):
    # A lowercase position after the cue heads the role of the name set off after it, as a
    # title does; with no comma, where the tagger marks the name.
    for position in ("gelandang", "winger"):
        q = only(run(f"\"Saya senang bisa membantu tim,\" kata {position} Persib, Rizky Pratama."))
        assert (q.speaker.name, q.speaker.role) == ("Rizky Pratama", f"{position} Persib")
    q = only(run("\"Saya senang bisa membantu tim,\" kata penyerang Borneo FC Rizky Pratama.",
                 names={"Rizky Pratama": "PER"}))
    assert (q.speaker.name, q.speaker.role) == ("Rizky Pratama", "penyerang Borneo FC")
    # A position with its club and a demonstrative points back; the club is no person.
    text = ("Borneo FC menang 2-1 atas Persib. Dua gol dicetak Rizky Pratama. "
            "\"Saya senang bisa membantu tim,\" ujar Rizky.\n\n"
            "Penyerang Borneo FC itu mengatakan timnya bermain disiplin sepanjang laga.")
    r = run(text, names={"Rizky Pratama": "PER", "Rizky": "PER", "Borneo FC": "ORG"})
    assert [(q.speaker.name, q.speaker.role) for q in r.quotes] == [("Rizky Pratama", "Penyerang Borneo FC")] * 2
    text = ("Pelatih kepala Persib Bandung Bojan Hodak mengatakan timnya sudah siap menghadapi laga besok. "
            "\"Kami siap tempur,\" ujar Bojan.")
    for names in (None, {"Bojan Hodak": "PER", "Bojan": "PER"}):
        assert {q.speaker.role for q in run(text, names=names).quotes} == {"Pelatih kepala Persib Bandung"}, names
    # "kepala" is no title of its own after "Pelatih" (not kepala Persib Bandung).
    text = "Pelatih kepala Persib Bandung Bojan Hodak memimpin latihan pagi ini. \"Kami siap tempur,\" ujar Bojan."
    assert only(run(text)).speaker.role == "Pelatih kepala Persib Bandung"
    text = "Penjaga gawang Bali United, Adilson Maringa, mengatakan timnya sudah siap menghadapi laga besok."
    assert only(run(text)).speaker.role == "Penjaga gawang Bali United"
    # Guard: with no comma and no name the tagger marks, the capitalised words after a
    # description are where the person is from.
    assert only(run("\"Antreannya panjang sekali,\" kata pengunjung Mal Taman Anggrek.")).speaker is None
_NEWCOMER_NAMES = {"Hendra Kusuma": "PER", "Bambang Sutrisno": "PER", "Sugeng Riyadi": "PER", "Dewi Lestari": "PER",
                   "Dewi": "PER", "Sarinah": "PER", "Kartini": "PER", "Suyatno": "PER"}


def test_a_description_pointing_back_is_the_newcomer_the_text_just_brought_in(run):
    # A description no role matches (a family, a relative clause, a study place given
    # only in the cue) points to the person the last sentences brought in with an age,
    # not yet quoted, not to the official quoted before; the tagger left Wartini untagged.
    text = ("”Kami sudah menyiapkan 40 petugas,” kata Kepala Dinas Sosial Kota Malang Hendra Kusuma. "
            "Tidak semua warga bisa datang sendiri. Wartini (52), yang tinggal di Kelurahan Lowokwaru, "
            "harus menggendong cucunya dari gerbang. ”Anak saya bekerja di Batam, jadi saya yang "
            "mengurus cucu,” kata ibu tiga anak itu.")
    q = run(text, names=_NEWCOMER_NAMES).quotes[-1]
    assert (q.speaker.name, q.speaker.role) == ("Wartini", None)  # a family is no role
    text = ("”Air naik sangat cepat,” ujar Kepala BPBD Kabupaten Lumajang Bambang Sutrisno. "
            "Kartini (38), warga Desa Sumbersari, terbangun karena suara gemuruh. Ia segera membangunkan "
            "anak-anaknya. ”Kami lari ke balai desa tanpa membawa apa-apa,” kata perempuan yang sehari-hari "
            "berjualan gorengan itu.")
    q = run(text, names=_NEWCOMER_NAMES).quotes[-1]
    assert (q.speaker.name, q.speaker.role) == ("Kartini", "warga Desa Sumbersari")
    text = ("”Kami puas dengan hasil ini,” ujar Ketua Umum KONI Jawa Tengah Sugeng Riyadi. Salah satu peraih "
            "medali, pesenam Dewi Lestari (20), menangis di pelukan ibunya. ”Saya berlatih setiap pagi sebelum "
            "kuliah,” kata mahasiswi Universitas Diponegoro itu. ”Medali ini untuk keluarga,” ucap Dewi.")
    assert [(q.speaker.name, q.speaker.role) for q in run(text, names=_NEWCOMER_NAMES).quotes[1:]] \
        == [("Dewi Lestari", "mahasiswi Universitas Diponegoro")] * 2
    text = ("”Pelanggan turun separuh,” kata Sarinah (40), pemilik kios. Di seberang kios, sejumlah tukang "
            "becak menunggu penumpang. Salah satunya Darmaji (63), yang menarik becak sejak 1990. ”Sehari "
            "kadang hanya dua penumpang,” tutur kakek dua cucu itu. ”Kalau hujan, tidak ada sama sekali.”")
    assert [q.speaker.name for q in run(text, names=_NEWCOMER_NAMES).quotes] == ["Sarinah", "Darmaji", "Darmaji"]


def test_a_description_pointing_back_stays_with_the_last_speaker_where_no_newcomer_fits(run):
    # An office's title is an official's; a woman's word is no man's (ayah korban); one
    # who has spoken already is no newcomer: as before, the last speaker.
    official = ("”Kami sudah menyiapkan 40 petugas,” kata Kepala Dinas Sosial Kota Malang Hendra Kusuma. "
                "Wartini (52), yang tinggal di Kelurahan Lowokwaru, harus menggendong cucunya dari gerbang. "
                "Antrean terus memanjang. ”Petugas tambahan datang siang ini,” kata pejabat itu.")
    assert run(official, names=_NEWCOMER_NAMES).quotes[-1].speaker.name == "Hendra Kusuma"
    man = ("”Air naik sangat cepat,” ujar Kepala BPBD Kabupaten Lumajang Bambang Sutrisno. "
           "Suyatno (52), ayah korban, datang ke posko. Ia menunggu kabar sejak pagi. "
           "”Kami lari ke balai desa tanpa membawa apa-apa,” kata perempuan yang sehari-hari berjualan gorengan itu.")
    assert run(man, names=_NEWCOMER_NAMES).quotes[-1].speaker.name == "Bambang Sutrisno"
    spoken = ("”Pelanggan turun separuh,” kata Sarinah (40), pemilik kios. ”Bantuan sedang disiapkan,” ujar "
              "Kepala Dinas Sosial Kota Malang Hendra Kusuma. Sarinah (40) ikut mendengarkan penjelasan itu. "
              "Hujan mulai turun. ”Bantuan datang pekan depan,” kata pria berkacamata itu.")
    assert run(spoken, names=_NEWCOMER_NAMES).quotes[-1].speaker.name == "Hendra Kusuma"


def test_a_kinship_description_opening_the_sentence_is_no_name(run):
    # Nenek lima cucu itu: a description pointing back to the woman just quoted, whose
    # ujarnya follows; the capital makes no name of Nenek.
    text = ("”Saya berangkat sejak subuh,” kata Painem (70), warga Kecamatan Genteng. Nenek lima cucu itu "
            "mengaku sempat takut disuntik. ”Ternyata tidak sakit,” ujarnya.")
    r = run(text, names={"Painem": "PER"})
    assert [(q.speaker.name, q.speaker.role) for q in r.quotes] == [("Painem", "warga Kecamatan Genteng")] * 3
    # Set off before a name, the description is that person's: the name speaks.
    text = "Nenek lima cucu, Painem (70), mengaku sempat takut disuntik."
    assert only(run(text, names={"Painem": "PER"})).speaker.name == "Painem"


def test_a_speaker_quoted_before_who_returns_as_the_subject_takes_the_pronoun_cue(run):
    # A one-word name after a fronted time adjunct, doing something that is no speech:
    # the person quoted before comes back, not the expert quoted last.
    text = ("Bagi Warsini (50), pemilik kedai kopi di pasar itu, harga gula naik dua kali sebulan. "
            "”Saya terpaksa menaikkan harga kopi,” kata Warsini. "
            "Menurut ekonom Universitas Indonesia, Rudi Hartono, kenaikan itu dipicu pasokan yang seret. "
            "”Stok di gudang tinggal sedikit,” katanya. "
            "Menjelang siang, Warsini mulai merapikan gelas-gelas di meja. ”Besok saya buka lebih pagi,” ujarnya.")
    r = run(text, names={"Warsini": "PER", "Rudi Hartono": "PER"})
    assert [q.speaker.name for q in r.quotes] == ["Warsini", "Rudi Hartono", "Rudi Hartono", "Warsini"]


def test_a_one_word_name_never_quoted_before_a_pronoun_cue_is_not_the_speaker(run):
    # The near miss: the suspect the officer tells of opens the sentence before the quote,
    # but was never quoted; the officer goes on.
    text = ("”Kami masih mendalami jaringannya,” kata Kapolres Bima AKBP Hendra Wijaya. "
            "Menurut dia, Tarno (40) sudah dua kali lolos dari penyergapan. "
            "Sejak pagi, Tarno diperiksa penyidik. ”Ia mengaku hanya kurir,” ujarnya.")
    r = run(text, names={"Hendra Wijaya": "PER", "Tarno": "PER"})
    assert [q.speaker.name for q in r.quotes] == ["Hendra Wijaya"] * 3


def test_a_title_writing_the_province_short_is_the_holder_named_with_it_in_full(run):
    text = ("”Kami siapkan 40 bus tambahan,” kata Kepala Dinas Perhubungan Jawa Tengah Hendra Saputra, Senin. "
            "Menurut pengamat transportasi Universitas Diponegoro, Rina Wulandari, kemacetan bisa terjadi "
            "di jalur selatan. ”Polisi harus menyiapkan rekayasa lalu lintas,” ujarnya. "
            "Ditemui terpisah, Kepala Dinas Perhubungan Jateng memastikan jalur selatan sudah dijaga. "
            "”Kami tempatkan 300 personel di titik rawan,” ujarnya.")
    r = run(text, names={"Hendra Saputra": "PER", "Rina Wulandari": "PER"})
    assert [(q.type, q.speaker.name) for q in r.quotes][3:] == [
        ("indirect", "Hendra Saputra"), ("direct", "Hendra Saputra")]


def test_a_title_of_another_province_written_short_is_not_the_holder(run):
    text = ("”Kami siapkan 40 bus tambahan,” kata Kepala Dinas Perhubungan Jawa Tengah Hendra Saputra, Senin. "
            "Kepala Dinas Perhubungan Jatim memastikan jalur pantura sudah dijaga.")
    r = run(text, names={"Hendra Saputra": "PER"})
    assert r.quotes[1].speaker.name == "Kepala Dinas Perhubungan Jatim"


def test_the_appositive_after_a_name_with_an_age_after_dari_is_its_role(run):
    text = ("”Kami kewalahan,” kata Kepala Dinas Ketahanan Pangan DKI Jakarta Budi Santoso. "
            "Keluhan senada datang dari Warsini (47), pedagang cabai di Pasar Cibubur Indah. "
            "”Pembeli berkurang separuh,” ujarnya.")
    r = run(text, names={"Budi Santoso": "PER", "Warsini": "PER"})
    assert (r.quotes[1].speaker.name, r.quotes[1].speaker.role) == (
        "Warsini", "pedagang cabai di Pasar Cibubur Indah")


def test_a_lone_lowercase_description_before_a_name_is_its_role(run):
    text = ("Salah satu peraih medali, perenang Dewi Lestari (22), menangis haru saat dipeluk ayahnya. "
            "”Saya mau ke Olimpiade,” ucap Dewi.")
    q = only(run(text, names={"Dewi Lestari": "PER", "Dewi": "PER"}))
    assert (q.speaker.name, q.speaker.role) == ("Dewi Lestari", "perenang")


def test_a_speech_verb_before_a_lone_description_is_no_part_of_the_role(run):
    # polisi menyatakan artis X: the role is the description alone, not the words of the
    # clause before it; a kinship word alone stays no role (Ayah Ika).
    text = ("Berdasarkan keterangan saksi, polisi menyatakan artis Raka Pratama hadir dalam pesta itu. "
            "Raka kemudian meminta maaf. ”Saya lalai memakai masker,” ujar Raka.")
    q = only(run(text, names={"Raka Pratama": "PER", "Raka": "PER"}), "direct")
    assert (q.speaker.name, q.speaker.role) == ("Raka Pratama", "artis")


def test_a_demonstrative_closing_an_appositive_role_points_at_its_object_and_is_no_part_of_it(run):
    # pemilik warung itu: "that stall's owner", the stall told of before; the role is the
    # owner's. Guard: an appositive that ends in no demonstrative keeps every word.
    text = ("Warung makan di Tebet sepi sejak pagi. Bagi Casmini (48), pemilik warung itu, aturan baru "
            "terasa berat. ”Daripada basi, lebih baik dibagi,” ujar Casmini.")
    assert [(q.speaker.name, q.speaker.role) for q in run(text).quotes] == [("Casmini", "pemilik warung")]
    text = ("Pasar Senen ramai sejak subuh. Bagi Rohani (51), pemilik warung tegal, harga beras terasa "
            "berat. ”Untung tipis sekali,” ujar Rohani.")
    assert [(q.speaker.name, q.speaker.role) for q in run(text).quotes] == [("Rohani", "pemilik warung tegal")]
_HEARING = {"Bambang Sutejo": "PER", "Rahmat Hidayat": "PER", "Rahmat": "PER", "Bambang": "PER"}


def test_tanya_is_a_cue_verb_not_ta_with_the_clitic_nya(run):
    # ”…?” tanya Rahmat: Rahmat asks; tanya is no "ta" + -nya pointing back to the witness.
    text = ("Ketua majelis hakim Rahmat Hidayat memimpin sidang itu. Saksi Bambang Sutejo mengaku "
            "menerima mobil dari terdakwa.\n\n"
            "”Mobil itu Saudara ambil dari mana?” tanya Rahmat.\n\n"
            "”Dari rumah terdakwa, Yang Mulia,” jawab Bambang.")
    r = run(text, names=_HEARING)
    assert [q.speaker.name for q in r.quotes if q.type == "direct"] == ["Rahmat Hidayat", "Bambang Sutejo"]
    # A cue verb with the clitic still points back: tambahnya, after the witness.
    text = ("Ketua majelis hakim Rahmat Hidayat memimpin sidang itu. Saksi Bambang Sutejo mengaku "
            "menerima mobil dari terdakwa.\n\n"
            "”Saya hanya sopir, tidak punya wewenang apa pun,” tambahnya.")
    q = only(run(text, names=_HEARING), "direct")
    assert q.speaker.name == "Bambang Sutejo"
    assert q.speaker.mention == "nya"


def test_a_word_ending_in_nya_opening_the_sentence_is_no_cue_with_a_clitic(run):
    # Tanya, jawab, …: the noun pair, not "ta" + -nya saying what follows.
    text = ("Saksi Bambang Sutejo mengaku menerima mobil dari terdakwa. Tanya, jawab, dan debat "
            "berlangsung lama di ruang sidang itu hingga sore.")
    q = only(run(text, names=_HEARING))
    assert q.text == "menerima mobil dari terdakwa"


def test_an_uncued_question_to_the_witness_is_the_last_askers(run):
    opening = ("Ketua majelis hakim Rahmat Hidayat memimpin sidang itu. Saksi Bambang Sutejo mengaku "
               "menerima mobil dari terdakwa.\n\n")
    exchange = ("”Mobil itu Saudara ambil dari mana?” tanya Rahmat.\n\n"
                "”Dari rumah terdakwa, Yang Mulia,” jawab Bambang.\n\n")
    text = opening + exchange + ("”Saudara tahu mobil itu untuk apa?”\n\n"
                                 "”Katanya hadiah ulang tahun,” kata Bambang.")
    r = run(text, names=_HEARING)
    assert [q.speaker.name for q in r.quotes if q.type == "direct"] == [
        "Rahmat Hidayat", "Bambang Sutejo", "Rahmat Hidayat", "Bambang Sutejo"]
    assert r.quotes[3].rules["speaker"] == "context_speaker:asker"
    # A question that puts itself to no one (Apa salah saya?) stays the witness's words.
    text = opening + exchange + ("”Saya tidak tahu kenapa dia memberi mobil itu. Apa salah saya?”\n\n"
                                 "”Saya sungguh menyesal,” kata Bambang.")
    r = run(text, names=_HEARING)
    assert [q.speaker.name for q in r.quotes if q.type == "direct"][2] == "Bambang Sutejo"
    # With no question cued to an asker before it, nothing says who asks.
    text = opening + ("”Mobil itu diantar ke rumah saya,” kata Bambang.\n\n"
                      "”Saudara tahu mobil itu untuk apa?”\n\n"
                      "”Katanya hadiah ulang tahun,” kata Bambang.")
    r = run(text, names=_HEARING)
    assert r.quotes[2].rules["speaker"] != "context_speaker:asker"


def test_two_letter_initials_after_a_party_to_the_case_name_a_person(run):
    text = ("Saksi Bambang Sutejo mengaku menerima mobil dari terdakwa YS, pengusaha properti asal Depok.\n\n"
            "YS membantah pernah memberikan mobil kepada Bambang.\n\n"
            "”Saya tidak pernah bertemu saksi di rumah saya,” kata YS.")
    r = run(text, names=_HEARING)
    assert [(q.text, q.speaker.name, q.speaker.kind) for q in r.quotes[1:]] == [
        ("pernah memberikan mobil kepada Bambang", "YS", "person"),
        ("Saya tidak pernah bertemu saksi di rumah saya,", "YS", "person")]
    # A common abbreviation after such a noun is no one's initials (korban PHK).
    text = ("Ratusan korban PHK berunjuk rasa di depan pabrik itu.\n\n"
            "PHK menyatakan pabrik akan ditutup pada akhir tahun.")
    assert all(q.speaker is None or q.speaker.name != "PHK" or q.speaker.kind != "person"
               for q in run(text).quotes)


def test_a_body_unit_with_its_code_speaks_whole(run):
    # KAI Daop 2: the body's acronym, then the unit's name and number: the unit speaks,
    # not a person named Daop with the role KAI.
    text = ("Manager Humas KAI Daop 2 Bandung Rendra Wibowo mengatakan tiket masih tersedia. "
            "KAI Daop 2 juga memastikan seluruh lokomotif telah diperiksa sebelum masa angkutan Natal.")
    q = run(text, names={"Rendra Wibowo": "PER"}).quotes[-1]
    assert q.speaker.name == "KAI Daop 2"
    assert q.speaker.kind == "organization"
    text = "PLN UID Jatim memastikan seluruh gardu induk dalam kondisi baik selama libur panjang."
    q = only(run(text))
    assert (q.speaker.name, q.speaker.kind) == ("PLN UID Jatim", "organization")
    # The near miss: a body's acronym before a person's name stays the person's affiliation.
    text = "KAI Rendra Wibowo memastikan seluruh lokomotif telah diperiksa sebelum masa angkutan Natal."
    q = only(run(text, names={"Rendra Wibowo": "PER"}))
    assert q.speaker.name == "Rendra Wibowo"


def test_a_body_noun_with_a_demonstrative_points_back_to_that_body(run):
    # Organisasi itu, Perusahaan tersebut: the one such body the article named before.
    text = ("Warga Desa Sukamaju menolak tambang pasir di desa mereka. "
            "Aliansi Petani Sukamaju menyebut izin tambang itu cacat prosedur. "
            "Organisasi itu mendesak Pemerintah Provinsi untuk mencabut izin tambang tersebut.")
    q = run(text).quotes[-1]
    assert (q.speaker.name, q.speaker.kind) == ("Aliansi Petani Sukamaju", "organization")
    text = ("PT Sumber Pasir Jaya menolak tudingan warga. "
            "Perusahaan tersebut menyatakan izin tambang sudah lengkap sejak tahun lalu.")
    q = run(text).quotes[-1]
    assert q.speaker.name == "PT Sumber Pasir Jaya"
    # The near miss: with no such body named before, the noun is no person's pronoun.
    text = ("Kepala Desa Sukamaju Budi Santoso mengatakan warga resah. "
            "Organisasi itu mendesak Pemerintah Provinsi untuk mencabut izin tambang tersebut.")
    q = run(text, names={"Budi Santoso": "PER"}).quotes[-1]
    assert q.speaker.name != "Budi Santoso"
    assert q.speaker.kind == "organization"


def test_a_law_and_its_year_is_no_body_unit(run):
    # The near miss of KAI Daop 2: UUD 1945 is a law and its year, no body speaking.
    text = "Ada perbedaan perlakuan yang terasa. Padahal, UUD 1945 menjamin tidak boleh ada diskriminasi."
    assert all(q.speaker is None or q.speaker.name != "UUD 1945" for q in run(text).quotes)
_PASSAGE_OPENING = ("Kepala Dinas Perikanan Kabupaten Rembang Joko Purnomo meninjau tambak warga, Senin (3/6/2024). "
                    "”Kami akan membantu benih udang tahun ini,” kata Joko. ")


def test_the_person_a_passage_is_about_is_a_far_pronoun_cue_s_antecedent(run):
    # The resident is named with her age once; seven sentences about her, through Ia and
    # no other name, stand before her quote: her katanya, though past the usual window.
    text = (_PASSAGE_OPENING
            + "Warsini Lestari, 42 tahun, membuka warungnya sebelum subuh. Ia menjual nasi dan kopi. "
            "Pembelinya kebanyakan buruh tambak. Harga beras naik dua kali tahun ini. "
            "Setiap minggu ia belanja ke pasar kecamatan. Jalannya rusak di beberapa tempat. "
            "Hujan membuat lubangnya makin dalam. "
            "”Kalau tambak sepi, warung juga sepi,” katanya. "
            "Ibu tiga anak itu berharap jalan desa segera diperbaiki.")
    r = run(text, names={"Joko Purnomo": "PER", "Warsini Lestari": "PER"})
    assert [q.speaker and q.speaker.name for q in r.quotes] == ["Joko Purnomo", "Warsini Lestari", "Warsini Lestari"]


def test_a_far_pronoun_cue_takes_no_one_when_no_pronoun_goes_on_with_the_name(run):
    # Guard: the name opens one sentence, but the passage after it never points back to
    # her (no ia or dia): nothing says the quote, seven sentences on, is hers.
    text = (_PASSAGE_OPENING
            + "Warsini Lestari, 42 tahun, membuka warungnya sebelum subuh. Warung itu menjual nasi dan kopi. "
            "Pembelinya kebanyakan buruh tambak. Harga beras naik dua kali tahun ini. "
            "Pasar kecamatan jauh dari desa. Jalannya rusak di beberapa tempat. "
            "Hujan membuat lubangnya makin dalam. "
            "”Kalau tambak sepi, warung juga sepi,” katanya.")
    r = run(text, names={"Joko Purnomo": "PER", "Warsini Lestari": "PER"})
    assert [q.speaker and q.speaker.name for q in r.quotes] == ["Joko Purnomo", None]


def test_a_resident_named_again_then_told_of_as_ia_takes_a_pronoun_cue_over_the_last_official(run):
    text = ("Tambak udang di pesisir Rembang kembali gagal panen. "
            "Suparman Hadi, petambak di Desa Pasar Banggi, sudah dua kali merugi. "
            "”Airnya terlalu asin,” kata Suparman. " + _PASSAGE_OPENING
            + "Kamis sore, Suparman kembali ke tambaknya. Ia tersenyum ketika ditanya soal bantuan benih. "
            "”Sudah sering dijanjikan, kami tunggu saja,” ujar dia. "
            "Suparman lalu menebar pakan. Ia tertawa ketika ditanya soal harga udang. "
            "”Harga naik, panennya yang tidak ada,” ucap lelaki yang sudah dua dekade bertambak itu.")
    r = run(text, names={"Joko Purnomo": "PER", "Suparman Hadi": "PER", "Suparman": "PER"})
    assert [q.speaker.name for q in r.quotes] == ["Suparman Hadi", "Joko Purnomo", "Suparman Hadi", "Suparman Hadi"]


def test_a_pronoun_cue_after_a_resident_named_with_no_ia_sentence_keeps_the_last_official(run):
    # Guard: after a lead-in with a day, the resident's name alone, with no Ia going on
    # with it, does not take the word from the official quoted just before.
    text = ("Tambak udang di pesisir Rembang kembali gagal panen. "
            "Suparman Hadi, petambak di Desa Pasar Banggi, sudah dua kali merugi. "
            "”Airnya terlalu asin,” kata Suparman. " + _PASSAGE_OPENING
            + "Kamis sore, Suparman kembali ke tambaknya. "
            "”Benihnya kami bagikan bulan depan,” ujar dia.")
    r = run(text, names={"Joko Purnomo": "PER", "Suparman Hadi": "PER", "Suparman": "PER"})
    assert [q.speaker.name for q in r.quotes] == ["Suparman Hadi", "Joko Purnomo", "Joko Purnomo"]


def test_an_age_in_a_description_cue_is_no_role(run):
    # (melaut, not menjadi nelayan: a role given in the predicate is the speaker's role.)
    text = ("Sarmin Hadi sudah empat puluh tahun melaut di Muara Angke. "
            "”Ikan makin jauh,” kata lelaki 67 tahun itu.")
    q = only(run(text, names={"Sarmin Hadi": "PER"}), "direct")
    assert (q.speaker.name, q.speaker.role) == ("Sarmin Hadi", None)


def test_a_role_before_an_age_in_a_description_cue_stays_without_the_age(run):
    # Guard: a role before the age is still the role, less the age.
    text = ("Sarmin Hadi sudah empat puluh tahun menjadi nelayan di Muara Angke. "
            "”Ikan makin jauh,” kata nelayan 67 tahun itu.")
    q = only(run(text, names={"Sarmin Hadi": "PER"}), "direct")
    assert (q.speaker.name, q.speaker.role) == ("Sarmin Hadi", "nelayan")


def test_a_passage_named_before_an_aged_description_is_a_far_pronoun_cue_s_antecedent(run):
    # The name is tagged for the description with an age pointing back to it in the next
    # sentence; the town set off by commas after the university is no person.
    text = (_PASSAGE_OPENING
            + "Di kampung yang sama, Ratna Wulandari mengajar mengaji. "
            "Perempuan 29 tahun itu lulus dari Universitas Diponegoro, Semarang, pada 2018. "
            "Ia sudah dua kali ikut seleksi guru. Dua kali ia gagal. Orang tuanya ingin ia merantau. "
            "Ruang mengajinya sempit. Atapnya bocor di dua tempat. "
            "”Kalau saya pergi, siapa yang mengajar anak-anak?” katanya.")
    r = run(text, names={"Joko Purnomo": "PER", "Ratna Wulandari": "PER", "Semarang": "PER"})
    assert [q.speaker and q.speaker.name for q in r.quotes] == ["Joko Purnomo", "Ratna Wulandari"]


def test_a_place_set_off_before_the_subject_is_never_the_speaker(run):
    text = ("Di Pematangsiantar, tiga pedagang pasar yang digusur mengaku belum menerima ganti rugi dari pemerintah "
            "kota. Salah seorang di antaranya menyebut relokasi itu hanya formalitas. "
            "\"Kami tidak pernah diajak bicara,\" katanya.")
    r = run(text)
    assert [q.text for q in r.quotes] == ["belum menerima ganti rugi dari pemerintah kota",
                                          "relokasi itu hanya formalitas", "Kami tidak pernah diajak bicara,"]
    assert [q.speaker for q in r.quotes] == [None, None, None]
    assert [q.unnamed_source.text for q in r.quotes] == [
        "tiga pedagang pasar", "Salah seorang di antaranya", "Salah seorang di antaranya"]
    # Guard: a name after the place still speaks.
    q = only(run("Di Pematangsiantar, Kepala Dinas Perdagangan Rudi Hartono mengatakan pasar baru segera dibuka."))
    assert q.speaker.name == "Rudi Hartono"


def test_a_known_name_closing_its_sentence_after_a_passive_verb_is_the_next_pronoun(run):
    opening = ("Ketua DPD Partai Hanura Bambang Wiratmoko berorasi di Lapangan Merdeka, Sabtu (8/3/2025). "
               "”Kita harus menang di semua kecamatan,” kata Bambang.\n\n"
               "Ketua DPC Partai Buruh Sutarman Hadi mengaku menerima laporan politik uang di tiga desa. "
               "”Kami punya buktinya,” ucap Sutarman.\n\n")
    text = opening + ("Tuduhan itu ditepis Bambang. Saat ditemui seusai kampanye, ia menyatakan partainya tidak "
                      "pernah membagikan uang kepada pemilih.\n\n”Silakan dilaporkan saja,” katanya.")
    r = run(text, "2025-03-08")
    assert [q.speaker.name for q in r.quotes[-2:]] == ["Bambang Wiratmoko", "Bambang Wiratmoko"]
    # Guard: a name the article has not given before is no one's known name: the last
    # speaker goes on.
    text = opening + ("Tuduhan itu ditepis Wiranto. Saat ditemui seusai kampanye, ia menyatakan partainya tidak "
                      "pernah membagikan uang kepada pemilih.")
    assert run(text, "2025-03-08").quotes[-1].speaker.name == "Sutarman Hadi"


def test_the_words_before_a_preposition_are_no_role_of_the_name_after_it(run):
    # The words before kepada are no role of the one named after it: a person named by
    # initials takes the role written before berinisial.
    text = ("Kejaksaan menetapkan Wali Kota Tanjung Harapan berinisial TWH sebagai tersangka suap. Uang itu "
            "diduga bagian dari komisi yang dijanjikan kedua pengusaha kepada TWH.\n\n"
            "”Saya tidak pernah minta apa-apa,” kata TWH.")
    q = run(text, "2025-05-06", names={"TWH": "PER"}).quotes[-1]
    assert (q.speaker.name, q.speaker.role) == ("TWH", "Wali Kota Tanjung Harapan")
    text = ("Uang itu diduga bagian dari komisi yang dijanjikan kedua pengusaha kepada Wahyudi Saputra.\n\n"
            "”Saya tidak pernah minta apa-apa,” kata Wahyudi.")
    q = run(text, "2025-05-06", names={"Wahyudi Saputra": "PER"}).quotes[-1]
    assert (q.speaker.name, q.speaker.role) == ("Wahyudi Saputra", None)
    # Guard: a role before the name still is one.
    text = ("Uang itu diduga bagian dari komisi untuk pengusaha Wahyudi Saputra.\n\n"
            "”Saya tidak pernah minta apa-apa,” kata Wahyudi.")
    q = run(text, "2025-05-06", names={"Wahyudi Saputra": "PER"}).quotes[-1]
    assert (q.speaker.name, q.speaker.role) == ("Wahyudi Saputra", "pengusaha")


def test_an_unnamed_sources_words_break_no_passage_about_the_person_named_before(run):
    # Petugas asks the resident for a letter: their words stand between the resident's
    # passage and ujarnya, but no one named speaks them, so the resident goes on.
    text = ("Wali Kota Sukamaju Hendra Wijaya mengatakan, pos penyekatan dijaga sampai pagi. "
            "”Kami tidak ingin ada kerumunan,” kata Hendra. "
            "Budi Santoso (27), warga Kelurahan Kleak, memutuskan merayakan malam tahun baru di rumah temannya. "
            "Ia akan menginap di sana. Di pos penyekatan, petugas meminta dia menunjukkan surat bebas Covid-19. "
            "”Saya sudah tes antigen, jadi tidak ada hambatan,” ujarnya.")
    names = {"Hendra Wijaya": "PER", "Budi Santoso": "PER"}
    q = run(text, names=names).quotes[-1]
    assert q.speaker.name == "Budi Santoso"
    # Guard: a named speaker's words there do break it; the pronoun goes to that speaker.
    text = text.replace("petugas meminta", "Hendra meminta")
    q = run(text, names=names).quotes[-1]
    assert q.speaker.name == "Hendra Wijaya"


def test_two_bodies_joined_by_dan_speak_together(run):
    text = ("Dalam siaran pers bersama, Ombudsman dan Komisi Informasi Pusat (KIP) menyatakan tidak ada data "
            "pribadi warga yang bocor dari server itu.")
    q = only(run(text))
    assert (q.speaker.name, q.speaker.kind) == ("Ombudsman", "organization")
    assert [c.name for c in q.co_speakers] == ["Komisi Informasi Pusat"]
    # The tagger may run the two bodies into one name: each body's head word opens its own.
    text = "Koalisi Nelayan Pesisir dan Forum Warga Teluk Jambu mendesak pemerintah kabupaten menghentikan reklamasi."
    q = only(run(text, names={"Koalisi Nelayan Pesisir dan Forum Warga Teluk Jambu": "ORG"}))
    assert (q.speaker.name, [c.name for c in q.co_speakers]) == ("Koalisi Nelayan Pesisir", ["Forum Warga Teluk Jambu"])
    # A body and a titled person speak together too.
    q = only(run("KPU dan Ketua Bawaslu Rahmat Hidayat menyatakan tidak ada intimidasi terhadap pemilih."))
    assert (q.speaker.name, [c.name for c in q.co_speakers]) == ("KPU", ["Rahmat Hidayat"])
    # A "dan" joining the fields of one body's name, tagged whole or not, is one speaker.
    for text, names in (("Kementerian Pendidikan dan Kebudayaan menyatakan ujian tetap digelar bulan depan.", None),
                        ("Kementerian Hukum dan HAM menyebut aturan itu sah secara hukum.",
                         {"Kementerian Hukum dan HAM": "ORG"})):
        q = only(run(text, names=names))
        assert (q.speaker.name, q.co_speakers) == (text.split(" meny")[0], [])


def test_kedua_lembaga_and_keduanya_point_back_to_the_bodies_listed_together(run):
    text = ("Dalam keterangan bersama, KPU dan Badan Pengawas Pemilu (Bawaslu) menyatakan tidak ada intimidasi "
            "terhadap pemilih. Anggota KPU Rina Saputri mengatakan logistik tiba tepat waktu. {} juga meminta "
            "para pendukung menahan diri.")
    for subject in ("Kedua lembaga", "Keduanya"):
        q = run(text.format(subject), names={"Rina Saputri": "PER"}).quotes[-1]
        assert (q.speaker.name, [c.name for c in q.co_speakers]) == ("KPU", ["Badan Pengawas Pemilu"])
    # The pair is the bodies listed side by side, not the subject and the body it urges.
    text = ("Koalisi Nelayan Pesisir dan Forum Warga Teluk Jambu dalam pernyataan bersama mendesak Dewan "
            "Perwakilan Rakyat Daerah menghentikan reklamasi. Kedua organisasi itu menilai izin proyek cacat prosedur.")
    q = run(text, names={"Dewan Perwakilan Rakyat Daerah": "ORG"}).quotes[-1]
    assert (q.speaker.name, [c.name for c in q.co_speakers]) == ("Koalisi Nelayan Pesisir", ["Forum Warga Teluk Jambu"])
    # An agreement is no statement, whoever agrees.
    text = ("Bupati Sleman Herman Susilo dan Wali Kota Yogyakarta Danang Pratama bertemu di pendopo. "
            "Keduanya sepakat memperbaiki jembatan itu tahun depan.")
    assert run(text).quotes == []


def test_two_bodies_named_by_their_own_names_speak_together(run):
    # No head word opens either name (Perum, Greenpeace): the tagger marks each a body's.
    text = ("Dalam pernyataan bersama usai rapat, Perum Damri dan Kementerian Perhubungan menegaskan tidak ada "
            "kenaikan tarif bus hingga akhir tahun.")
    q = only(run(text, names={"Perum Damri": "ORG", "Kementerian Perhubungan": "ORG"}))
    assert (q.speaker.name, q.speaker.kind, [c.name for c in q.co_speakers]) == (
        "Perum Damri", "organization", ["Kementerian Perhubungan"])
    text = "Greenpeace Indonesia dan Walhi mendesak pemerintah untuk menunda izin tambang nikel baru."
    q = only(run(text, names={"Greenpeace Indonesia": "ORG", "Walhi": "ORG"}))
    assert (q.speaker.name, [c.name for c in q.co_speakers]) == ("Greenpeace Indonesia", ["Walhi"])
    # Guard: after a name a head word opens, a "dan" before words that open none joins the
    # fields of that one name, though the tagger opens a body at the second field.
    text = "Badan Penelitian dan Pengembangan Daerah menyatakan kajian itu rampung bulan depan."
    for names in ({"Badan Penelitian dan Pengembangan Daerah": "ORG"},
                  {"Badan Penelitian": "ORG", "Pengembangan Daerah": "ORG"}):
        q = only(run(text, names=names))
        assert (q.speaker.name, q.co_speakers) == ("Badan Penelitian dan Pengembangan Daerah", [])


_LISTED_AFTER = ("Tiga serikat buruh menyatakan menolak rencana kenaikan iuran itu. Sikap itu disampaikan di "
                 "Bandung, Senin. Pernyataan sikap ditandatangani Serikat Pekerja Nasional, Konfederasi Buruh "
                 "Merdeka, dan Federasi Serikat Guru Mandiri. {} menilai kenaikan iuran memberatkan pekerja.")


def test_a_counted_collective_subject_is_the_bodies_listed_next_to_it(run):
    bodies = ("Serikat Pekerja Nasional", ["Konfederasi Buruh Merdeka", "Federasi Serikat Guru Mandiri"])
    # An indefinite count: the bodies the sentences after it list; a definite one: those before.
    first, second = run(_LISTED_AFTER.format("Ketiga organisasi itu")).quotes
    for q in (first, second):
        assert (q.speaker.name, [c.name for c in q.co_speakers]) == bodies
    assert (first.rules["speaker"], second.rules["speaker"]) == ("collective_mention:after", "collective_mention:before")
    # Two bodies joined by bersama, then "Kedua instansi".
    text = ("Hasil uji air sumur diumumkan Dinas Lingkungan Hidup Kota Bekasi bersama Badan Riset Daerah Jawa "
            "Barat, Selasa. Kedua instansi menyatakan air sumur warga tidak layak minum.")
    q = only(run(text))
    assert (q.speaker.name, [c.name for c in q.co_speakers]) == (
        "Dinas Lingkungan Hidup Kota Bekasi", ["Badan Riset Daerah Jawa Barat"])


def test_a_counted_collective_with_no_such_list_keeps_no_speaker(run):
    # Guard: a count the list does not match (four, three listed) invents no one.
    first, second = run(_LISTED_AFTER.replace("Tiga", "Empat").format("Keempat organisasi itu")).quotes
    assert first.speaker is None and second.speaker is None
    # Guard: nobody named for the count.
    text = ("Lima organisasi masyarakat sipil menyatakan menolak revisi undang-undang itu. Penolakan itu "
            "disampaikan di depan gedung dewan, Senin.")
    q = only(run(text))
    assert q.speaker is None and q.unnamed_source.text == "Lima organisasi masyarakat sipil"
    # Guard: the bodies the next sentence gives words of their own are others, not the count's.
    text = ("Dua organisasi profesi menyatakan menolak aturan itu. Sementara itu, Perhimpunan Klinik Swasta dan "
            "Asosiasi Rumah Sakit Daerah menyatakan mendukung aturan tersebut.")
    first, second = run(text).quotes
    assert first.speaker is None and second.speaker.name == "Perhimpunan Klinik Swasta"
    # Guard: the bodies a passive gives something other than a statement (attendees,
    # proposers of what is objected to) are not the count's.
    for second_sentence in ("Pertemuan itu dihadiri Kementerian Perindustrian dan Badan Pengawas Obat dan Makanan.",
                            "Rancangan tersebut diusulkan Kementerian Kesehatan dan Badan Pengawas Obat dan Makanan."):
        text = "Dua asosiasi menyatakan keberatan atas rancangan aturan itu. " + second_sentence
        q = only(run(text))
        assert q.speaker is None, second_sentence
    # ... while a naming link lists them (Keduanya adalah A dan B).
    text = ("Dua asosiasi menyatakan keberatan atas rancangan aturan itu. Keduanya adalah Asosiasi Industri "
            "Minuman Ringan dan Gabungan Pengusaha Makanan Nasional.")
    q = only(run(text))
    assert q.speaker is not None and q.rules["speaker"] == "collective_mention:after"
    # Guard: a count of people (kedua tersangka) never takes bodies listed before.
    text = ("Penyidik menggeledah kantor Yayasan Amal Sejahtera dan Perkumpulan Tani Maju, Senin. Kedua tersangka "
            "mengaku tidak tahu asal dana itu.")
    q = only(run(text))
    assert q.speaker is None or q.speaker.kind != "organization"


def test_para_with_a_title_is_the_body_whose_holders_the_article_named(run):
    text = ("Para menteri pertanian G20 bertemu di Bali, Kamis. Pertemuan berlangsung tertutup. Dalam komunike "
            "bersama, para menteri menegaskan bahwa cadangan pangan dunia harus diperkuat.")
    q = only(run(text))
    assert (q.speaker.name, q.rules["speaker"]) == ("G20", "collective_mention:members")
    # Guard: with no body named for them, or people of no title (para warga), no one.
    q = only(run(text.replace("Para menteri pertanian G20", "Para menteri pertanian")))
    assert q.speaker is None
    text = "Para warga Desa Sukamaju bertemu di balai desa. Para warga mengaku kesulitan air bersih sejak Juli."
    q = only(run(text))
    assert q.speaker is None or q.speaker.kind != "organization"
    # Guard: people who speak for themselves (para warga, para karyawan, para penumpang) are
    # never the village, firm or line named with them, whatever the verbs.
    for text in ("Para warga Desa Mekarsari menggelar doa bersama pada Minggu. Para warga mengatakan banjir "
                 "sudah tiga kali terjadi tahun ini.",
                 "Para karyawan PT Tekstil Nusantara Jaya menggelar aksi di depan pabrik. Para karyawan mengatakan "
                 "gaji mereka belum dibayar sejak Maret.",
                 "Para penumpang Kereta Api Argo Lawu tertahan di Stasiun Solo selama satu jam. Para penumpang "
                 "mengatakan tidak ada pengumuman dari petugas."):
        q = only(run(text))
        assert q.speaker is None or q.speaker.kind != "organization", text
    # ... while para and a title still finds its body (para hakim Mahkamah Konstitusi).
    text = ("Para hakim Mahkamah Konstitusi membacakan putusan pada Kamis. Para hakim menyatakan permohonan itu "
            "tidak dapat diterima.")
    q = only(run(text))
    assert (q.speaker.name, q.rules["speaker"]) == ("Mahkamah Konstitusi", "collective_mention:members")


def test_a_ticket_written_with_a_hyphen_is_two_people(run):
    text = ("Ketua DPD Partai Demokrat Bambang Sudibyo berkampanye bagi pasangan calon nomor urut 2, Wahyu "
            "Prasetyo-Dewi Anggraeni. \"Pendidikan gratis akan kami wujudkan,\" ujar Wahyu di depan pendukungnya. "
            "Namun, pasangan Wahyu-Dewi mengatakan seluruh program sudah dihitung dengan APBD.")
    direct, joint = run(text, names={"Wahyu Prasetyo-Dewi Anggraeni": "PER", "Wahyu-Dewi": "PER"}).quotes
    assert (direct.speaker.name, direct.speaker.role) == ("Wahyu Prasetyo", "calon nomor urut 2")
    assert (joint.speaker.name, [c.name for c in joint.co_speakers]) == ("Wahyu Prasetyo", ["Dewi Anggraeni"])
    # A hyphen inside one person's name keeps it whole.
    text = ("Menteri Luar Negeri Qatar Majed bin Khalid Al-Hajri bertemu pengamat Maria Reyes-Santos. "
            "\"Kami ingin perundingan dilanjutkan,\" kata Khalid Al-Hajri. \"Ini sinyal kuat,\" kata Reyes-Santos.")
    r = run(text, names={"Majed bin Khalid Al-Hajri": "PER", "Maria Reyes-Santos": "PER"})
    assert [q.speaker.name for q in r.quotes] == ["Majed bin Khalid Al-Hajri", "Maria Reyes-Santos"]
    text = "Duta Besar Mesir Ahmad Abdel-Fattah Mansour tiba di Jakarta. \"Kami siap membantu,\" kata Ahmad."
    q = only(run(text, names={"Ahmad Abdel-Fattah Mansour": "PER"}))
    assert q.speaker.name == "Ahmad Abdel-Fattah Mansour"


def test_the_panel_speaks_through_the_judge_just_named(run):
    text = ("Sidang dipimpin Ketua Majelis Hakim Bambang Irawan. Hakim anggota Sri Lestari membacakan "
            "pertimbangan putusan. Menurut majelis, perbuatan terdakwa merugikan keuangan negara.")
    q = only(run(text))
    assert (q.speaker.name, q.speaker.role, q.rules["speaker"]) == (
        "Sri Lestari", "Hakim anggota", "description_mention:panel_member")
    # A judge named further back is not who the panel speaks through here: unnamed.
    text = ("Sidang dipimpin Ketua Majelis Hakim Bambang Irawan. Jaksa lalu membacakan tuntutan selama dua jam. "
            "Menurut majelis, perbuatan terdakwa merugikan keuangan negara.")
    q = only(run(text))
    assert (q.speaker, q.unnamed_source.text) == (None, "majelis")


def test_a_count_and_a_role_give_the_role_to_each_name_listed_after_yakni(run):
    text = ("Putusan itu tidak bulat. Dua hakim agung, yakni Harun Simatupang dan Lestari Wulandari, menilai "
            "terdakwa seharusnya dibebaskan. \"Bukti jaksa tidak cukup,\" kata Lestari.")
    joint, direct = run(text).quotes
    assert (joint.speaker.name, joint.speaker.role) == ("Harun Simatupang", "hakim agung")
    assert [(c.name, c.role) for c in joint.co_speakers] == [("Lestari Wulandari", "hakim agung")]
    assert (direct.speaker.name, direct.speaker.role) == ("Lestari Wulandari", "hakim agung")
    # Where the names listed are not as many as the count says, the role is no one's.
    text = ("Tiga hakim agung, yakni Harun Simatupang dan Lestari Wulandari, hadir di ruang sidang. "
            "\"Bukti jaksa tidak cukup,\" kata Lestari.")
    assert only(run(text)).speaker.role is None


def test_title_over_a_facility_named_after_a_person_and_its_city(run):
    # The facility's namesake (Ahmad Yani) and its city (Semarang) belong to the title;
    # the holder's name starts after the city.
    text = ("Prakirawan Stasiun Meteorologi Ahmad Yani Semarang Dewi Kusumawati mengimbau warga di "
            "bantaran sungai agar waspada terhadap banjir.")
    q = only(run(text, names={"Ahmad Yani": "PER", "Semarang Dewi Kusumawati": "PER"}))
    assert q.speaker.name == "Dewi Kusumawati"


def test_title_over_a_facility_without_a_namesake_keeps_the_name(run):
    # Guard: no person's name after the facility's kind, only a province: nothing to cut.
    text = "Kepala Stasiun Klimatologi Jawa Tengah Budi Santoso mengimbau petani menunda masa tanam."
    q = only(run(text, names={"Budi Santoso": "PER"}))
    assert q.speaker.name == "Budi Santoso"


def test_regional_title_with_a_region_the_article_names_and_one_name(run):
    # Camat + the subdistrict (written elsewhere as Kecamatan Sukorejo) + one name.
    text = ("Warga Kecamatan Sukorejo sebagian besar mengungsi ke masjid. Camat Sukorejo Paimin yang datang "
            "ke pengungsian menyampaikan bahwa bantuan beras sudah dibagikan kepada warga.")
    q = only(run(text, names={"Kecamatan Sukorejo": "LOC", "Sukorejo Paimin": "PER"}))
    assert q.speaker.name == "Paimin"


def test_regional_title_with_a_two_word_name_the_article_never_places_stays(run):
    # Guard: the first word is never written as a place: both words are the name.
    text = ("Warga Kecamatan Sukorejo sebagian besar mengungsi ke masjid. Bupati Hadi Suroto yang datang "
            "ke pengungsian menyampaikan bahwa bantuan beras sudah dibagikan kepada warga.")
    q = only(run(text, names={"Kecamatan Sukorejo": "LOC", "Hadi Suroto": "PER"}))
    assert q.speaker.name == "Hadi Suroto"


def test_city_after_a_school_with_its_number_is_no_speaker(run):
    # The school's name ends in its number; the city after it goes on with the school's
    # place, and the person before the appositive speaks.
    text = ("Banyak siswa kesulitan belajar dari rumah. Rina Kartika (38), guru kelas V SD Negeri Kebon "
            "Jeruk 07, Jakarta Barat, mengatakan, dari 28 muridnya, hanya sepuluh yang punya laptop sendiri.")
    q = only(run(text, names={"Rina Kartika": "PER", "SD Negeri Kebon Jeruk 07": "LOC", "Jakarta Barat": "LOC"}))
    assert q.speaker.name == "Rina Kartika"


def test_a_ministry_field_with_dan_is_the_titles_not_the_name(run):
    # A tagger takes the field's word after dan into the holder's name; the lexicon knows
    # the field (Pemuda dan Olahraga), so the name starts after it, in the sentence that
    # introduces the minister and where the minister speaks.
    q = only(run("Menteri Pemuda dan Olahraga Yandri Kusuma Wardhana menegaskan pelatnas tetap berjalan.",
                 names={"Olahraga Yandri Kusuma Wardhana": "PER"}))
    assert (q.speaker.name, q.speaker.role) == ("Yandri Kusuma Wardhana", "Menteri Pemuda dan Olahraga")
    text = ("Pelantikan dihadiri Menteri Pemuda dan Olahraga Yandri Kusuma Wardhana. "
            "Yandri menegaskan pelatnas tetap berjalan.")
    q = only(run(text, names={"Olahraga Yandri Kusuma Wardhana": "PER"}))
    assert (q.speaker.name, q.speaker.role) == ("Yandri Kusuma Wardhana", "Menteri Pemuda dan Olahraga")
    # A field the lexicon does not know: the words after dan up to a known given name.
    text = ("Pelantikan dihadiri Wakil Menteri Perdagangan dan Logistik Budi Santoso Hartono. "
            "Budi menegaskan kuota ekspor tidak akan ditambah.")
    q = only(run(text, names={"Logistik Budi Santoso Hartono": "PER"}))
    assert (q.speaker.name, q.speaker.role) == ("Budi Santoso Hartono", "Wakil Menteri Perdagangan dan Logistik")


def test_a_name_after_dan_after_another_name_keeps_its_words(run):
    # Guard: where a name stands before dan, dan joins two people, no title's fields: the
    # second name is left whole.
    q = only(run("Ketua Panitia Budi dan Yulius Agung Prasetyo menegaskan acara tetap digelar.",
                 names={"Yulius Agung Prasetyo": "PER"}))
    assert q.speaker.name == "Yulius Agung Prasetyo"


def test_a_body_short_form_in_brackets_ends_the_role_before_a_three_word_name(run):
    # The body's short form in brackets closes the title; the three capitalised words
    # after it are the name, though the first is no given name the gazetteer knows.
    q = only(run("Direktur Eksekutif Lembaga Kajian Pangan Nusantara (Lakpan) Fransisca Nadia Simanjuntak "
                 "memperingatkan bahwa harga beras bisa naik."))
    assert (q.speaker.name, q.speaker.role) == (
        "Fransisca Nadia Simanjuntak", "Direktur Eksekutif Lembaga Kajian Pangan Nusantara (Lakpan)")
    # Guard: a lowercase word in brackets (a position in a photo) is no body's short form:
    # the run keeps the usual reading of a long run after a title (its last two words).
    q = only(run("Kepala Desa Sukamaju (kanan) Fransisca Nadia Simanjuntak memperingatkan bahwa harga beras bisa naik."))
    assert q.speaker.name == "Nadia Simanjuntak"


def test_a_first_name_right_after_a_bodys_bracketed_short_form_opens_the_name(run):
    # Iman is a word the NER data knows from bodies' names (and a common noun), but right
    # after the bracket that closes the body's name, where the tagger opens a person there
    # or takes the whole run for one name (of a place, misread), it is the first name: the
    # name is whole, and the later first-name mention is that person.
    names = {"Iman Hidayat": "PER"}
    text = ("Ketua Umum Asosiasi Perawat dan Bidan (APB) Iman Hidayat menilai anggaran kesehatan masih kurang. "
            "Iman mendesak pemerintah untuk menaikkan insentif perawat.")
    first, later = run(text, names=names).quotes
    assert (first.speaker.name, first.speaker.role) == (
        "Iman Hidayat", "Ketua Umum Asosiasi Perawat dan Bidan (APB)")
    assert (later.speaker.name, later.speaker.kind) == ("Iman Hidayat", "person")
    # An acronym with digits among its capitals closes the body's name the same way.
    q = only(run("Ketua Perhimpunan Pendidik dan Pengajar (P2P) Iman Hidayat menilai anggaran masih kurang.",
                 names=names))
    assert (q.speaker.name, q.speaker.role) == ("Iman Hidayat", "Ketua Perhimpunan Pendidik dan Pengajar (P2P)")
    q = only(run("Ketua Perhimpunan Pendidik dan Pengajar (P2P) Iman Hidayat menilai anggaran masih kurang.",
                 names={"Iman Hidayat": "LOC"}))
    assert q.speaker.name == "Iman Hidayat"
    # Guard: a town the tagger marks apart from the name after it is the body's branch.
    q = only(run("Koordinator Komisi untuk Orang Hilang (KontraS) Bandung Fatkhul Khoir menilai kasus itu janggal.",
                 names={"Bandung": "LOC", "Fatkhul Khoir": "PER"}))
    assert (q.speaker.name, q.speaker.role) == (
        "Fatkhul Khoir", "Koordinator Komisi untuk Orang Hilang (KontraS) Bandung")
    # Guard: a place after the bracket is the body's branch, still the role, even where
    # the tagger runs it into the name.
    q = only(run("Direktur Wahana Lingkungan Hidup Indonesia (Walhi) Jawa Timur Budi Santoso menilai "
                 "banjir makin sering terjadi.", names={"Jawa Timur Budi Santoso": "PER"}))
    assert (q.speaker.name, q.speaker.role) == (
        "Budi Santoso", "Direktur Wahana Lingkungan Hidup Indonesia (Walhi) Jawa Timur")


def test_a_lowercase_role_listing_its_fields_between_commas_stays_whole_before_the_name(run):
    # dokter spesialis bedah, ortopedi, dan traumatologi dr. Nama, Degree, menjelaskan: the
    # commas list the fields of one role written in lowercase; the role is all of it.
    q = only(run("Dihubungi terpisah, dokter spesialis bedah, ortopedi, dan traumatologi dr. Maya Kartika Sari, "
                 "SpOT, menjelaskan obat itu dapat merusak tulang."))
    assert (q.speaker.name, q.speaker.role) == (
        "Maya Kartika Sari", "dokter spesialis bedah, ortopedi, dan traumatologi")
    # Guard: a list of people (titles or descriptions of their own) is no role's fields.
    q = only(run("Dalam rapat itu, kepala sekolah, guru, dan komite Budi Santoso menyatakan sekolah akan dibuka."))
    assert (q.speaker.name, q.speaker.role) == ("Budi Santoso", None)


def test_a_body_noun_opening_the_sentence_points_back_to_that_kind_of_body(run):
    # Bank sentral, Perseroan, Regulator, Bursa: capitalised only to open the sentence,
    # the noun is the one body of that kind the article named before, not a name.
    text = ("Bank Indonesia dalam keterangan tertulisnya menyatakan rupiah tetap stabil. "
            "Bank sentral juga meyakini cadangan devisa cukup untuk enam bulan impor.")
    q = run(text).quotes[-1]
    assert (q.speaker.name, q.speaker.kind, q.rules["speaker"]) == (
        "Bank Indonesia", "organization", "description_mention")
    text = ("Bank Indonesia dalam keterangan tertulisnya menyatakan rupiah tetap stabil. "
            "Menurut bank sentral, cadangan devisa cukup untuk enam bulan impor.")
    assert run(text).quotes[-1].speaker.name == "Bank Indonesia"
    text = ("PT Sinar Tambang Abadi Tbk menyatakan produksi tetap berjalan. "
            "Perseroan juga menegaskan tidak ada pemutusan hubungan kerja.")
    assert run(text).quotes[-1].speaker.name == "PT Sinar Tambang Abadi Tbk"
    text = ("Otoritas Jasa Keuangan menyatakan kredit perbankan masih tumbuh. "
            "Dalam keterangannya, regulator meminta bank memperkuat manajemen risiko.")
    assert run(text).quotes[-1].speaker.name == "Otoritas Jasa Keuangan"


def test_a_body_noun_with_two_such_bodies_named_or_none_stays_unresolved(run):
    # Guard: two central banks named before, the noun could mean either: no guess.
    text = ("Bank Indonesia menyatakan rupiah tetap stabil, sementara Bank Sentral Eropa menyatakan suku bunga "
            "tetap ditahan. Bank sentral juga meyakini inflasi akan melandai.")
    q = run(text).quotes[-1]
    assert q.speaker is None or q.speaker.name not in ("Bank Indonesia", "Bank Sentral Eropa")
    # Guard: a commercial bank is no central bank.
    text = ("Bank Nusantara Makmur menyatakan laba naik. "
            "Bank sentral juga meyakini inflasi akan melandai.")
    q = run(text).quotes[-1]
    assert q.speaker is None or q.speaker.name != "Bank Nusantara Makmur"


def test_a_body_noun_takes_the_words_of_the_noun_it_names_never_an_alias_of_an_alias():
    from attribution.lexicon import _body_descriptions, load_lexicon
    lex = load_lexicon()
    assert lex.body_descriptions["perseroan"] == lex.body_descriptions["perusahaan"]
    assert _body_descriptions({"firma": ["Firma", "CV"], "usaha": "firma"})["usaha"] == {"firma", "cv"}
    # Guard: an alias of an alias is an error in the data, not a set of its letters.
    with pytest.raises(ValueError):
        _body_descriptions({"firma": ["firma"], "usaha": "firma", "niaga": "usaha"})


def _roles(result):
    return [(q.speaker.name, q.speaker.role) for q in result.quotes if q.speaker]


def test_role_given_in_the_predicate_after_a_pronoun_pointing_back(run):
    names = {"Ratna Wulandari": "PER", "Ratna": "PER", "Darto Susilo": "PER", "Darto": "PER"}
    text = ("Di teras balai desa, Ratna Wulandari (38) menimbang bayi satu per satu. "
            "Sudah sembilan tahun ia menjadi kader posyandu di kampung itu.\n\n"
            "“Ibu-ibu sekarang lebih rajin datang,” kata Ratna.")
    assert _roles(run(text, names=names)) == [("Ratna Wulandari", "kader posyandu")]
    # Working as (bekerja/mengajar … sebagai), with a place between; the pronoun three
    # sentences after the person the passage is about.
    text = ("Darto Susilo berdiri di depan kelas yang atapnya bocor. Kapurnya tinggal sepotong. "
            "Papan tulisnya retak.\n\nIa sudah 11 tahun mengajar di sekolah itu sebagai guru honorer.\n\n"
            "“Honor saya belum naik,” kata Darto.")
    assert _roles(run(text, names=names)) == [("Darto Susilo", "guru honorer")]
    # A relative clause on the name: the role held every day.
    text = ("Salah satunya Darto Susilo (51), yang sehari-hari sopir angkot, ikut antre solar sejak subuh. "
            "“Penumpang makin sepi,” kata Darto.")
    assert _roles(run(text, names=names)) == [("Darto Susilo", "sopir angkot")]


def test_role_wished_for_to_come_past_or_someone_elses_is_no_role(run):
    names = {"Ratna Wulandari": "PER", "Ratna": "PER"}
    opening = "Di teras balai desa, Ratna Wulandari (38) menimbang bayi satu per satu. "
    for predicate in ("Ia ingin menjadi kader posyandu di kampung itu.",
                      "Ia akan menjadi kader posyandu tahun depan.",
                      "Sejak kecil ia bercita-cita menjadi bidan.",
                      "Anaknya menjadi perawat di Kupang.",
                      "Dulu ia bekerja sebagai buruh pabrik.",
                      "Tahun lalu ia menjadi korban penipuan."):
        text = opening + predicate + "\n\n“Ibu-ibu sekarang lebih rajin datang,” kata Ratna."
        assert _roles(run(text, names=names)) == [("Ratna Wulandari", None)], predicate
    # Nor a role of someone else named after the speaker, whom the pronoun points to.
    text = ("Ratna Wulandari (38) menimbang bayi. Di sebelahnya duduk Sri Handayani. "
            "Ia sudah lama menjadi bidan desa.\n\n“Ibu-ibu sekarang lebih rajin datang,” kata Ratna.")
    assert _roles(run(text, names={**names, "Sri Handayani": "PER"})) == [("Ratna Wulandari", None)]
    # Nor where the person last named is an object, not the subject the pronoun goes on with.
    text = ("Petugas puskesmas bertemu Ratna Wulandari di balai desa. "
            "Sudah sembilan tahun ia menjadi kader posyandu.\n\n“Ibu-ibu sekarang lebih rajin datang,” kata Ratna.")
    assert _roles(run(text, names=names)) == [("Ratna Wulandari", None)]
    # Nor the object of a preposition (kepada, untuk, dari …), a connective that opens no clause there.
    for given in ("Camat menyerahkan bantuan kepada Ratna Wulandari di balai desa.",
                  "Camat membawa paket sembako untuk Ratna Wulandari dan tetangganya.",
                  "Petugas menerima laporan dari Ratna Wulandari kemarin."):
        text = given + " Sudah sembilan tahun ia menjadi kader posyandu.\n\n“Ibu-ibu sekarang lebih rajin datang,” kata Ratna."
        assert _roles(run(text, names=names)) == [("Ratna Wulandari", None)], given
    # Near miss: a connective before the subject still opens its clause.
    text = ("Camat menyerahkan bantuan, sementara Ratna Wulandari menimbang bayi. "
            "Sudah sembilan tahun ia menjadi kader posyandu.\n\n“Ibu-ibu sekarang lebih rajin datang,” kata Ratna.")
    assert _roles(run(text, names=names)) == [("Ratna Wulandari", "kader posyandu")]
    # A speaker with a role of their own keeps it.
    text = ("Ratna Wulandari (38), bidan desa, menimbang bayi. Sudah sembilan tahun ia menjadi kader posyandu. "
            "“Ibu-ibu sekarang lebih rajin datang,” kata Ratna.")
    assert _roles(run(text, names=names)) == [("Ratna Wulandari", "bidan desa")]


def test_a_party_speaking_through_a_titled_officer_is_the_officer_and_the_day_of_their_words(run):
    names = {"Bambang Hartono": "PER", "Rudi Santoso": "PER", "Rudi": "PER"}
    text = ("Kapolres Sukamaju AKBP Bambang Hartono melalui Kasat Reskrim AKP Rudi Santoso mengatakan, "
            "kedua tersangka ditangkap di sebuah rumah kos.\n\n"
            "“Barang bukti sudah kami amankan,” kata AKP Rudi saat konferensi pers, Kamis (14/8/2025).")
    r = run(text, published="2025-08-15", names=names)
    assert [(q.type, q.speaker.name, q.speaker.role, str(q.date)) for q in r.quotes] == [
        ("indirect", "Rudi Santoso", "Kasat Reskrim", "2025-08-14"),
        ("direct", "Rudi Santoso", "Kasat Reskrim", "2025-08-14")]
    # Near miss: a channel, no officer, after melalui; the party speaks.
    text = ("Bupati Sukamaju Bambang Hartono melalui Instagram mengatakan, "
            "jalan provinsi itu akan diperbaiki tahun ini.")
    q = only(run(text, published="2025-08-15", names=names))
    assert q.speaker.name == "Bambang Hartono"


def test_a_short_form_after_atau_is_the_persons_nickname(run):
    # Budiman Santoso atau Coach Budi: the short form after "atau" is a nickname of the
    # name before it, which stays the speaker's, with the role before it.
    text = ("Tim Garuda Esports gagal lolos ke final turnamen nasional.\n\n"
            "Pelatih Garuda Esports, Budiman Santoso atau Coach Budi, mengakui timnya kalah dalam strategi. "
            "\"Kami kalah di pemilihan hero,\" kata Coach Budi usai laga.")
    quotes = run(text, names={"Budiman Santoso": "PER", "Coach Budi": "PER", "Garuda Esports": "ORG"}).quotes
    assert [(q.speaker.name, q.speaker.role) for q in quotes] == [("Budiman Santoso", "Pelatih Garuda Esports")] * 2


def test_atau_between_two_full_names_gives_no_nickname(run):
    # Guard: two full names either side of "atau" are two people; no nickname is made.
    text = ("Tim Garuda Esports gagal lolos ke final turnamen nasional.\n\n"
            "Pemain cadangan, Rudi Hartono atau Dimas Saputra, mengaku siap tampil di laga berikutnya. "
            "\"Saya siap kalau dipercaya,\" kata Dimas Saputra.")
    quotes = run(text, names={"Rudi Hartono": "PER", "Dimas Saputra": "PER"}).quotes
    assert [q.speaker.name for q in quotes] == ["Dimas Saputra"] * 2


def test_a_nickname_given_in_a_description_after_menurut_points_back(run):
    # Menurut pemain yang akrab disapa Awan itu, …: the end of the name (Septiawan) is the
    # nickname of the person named just before, whose role has another head (Kapten).
    text = ("Kapten Persikota, Septiawan Hadi Saputra, mengakui bahwa timnya kehilangan fokus di babak kedua. "
            "Menurut pemain yang akrab disapa Awan itu, seluruh pemain harus bangkit di laga berikutnya.")
    quotes = run(text, names={"Septiawan Hadi Saputra": "PER", "Awan": "PER"}).quotes
    assert [(q.speaker.name, q.speaker.role) for q in quotes] == [("Septiawan Hadi Saputra", "Kapten Persikota")] * 2


def test_a_nickname_after_menurut_with_no_description_pointing_back_is_someone_new(run):
    # Guard: no demonstrative closes the description: someone new, not the person named
    # before (whom the article does not name otherwise here).
    text = ("Kapten Persikota, Septiawan Hadi Saputra, mengakui bahwa timnya kehilangan fokus di babak kedua. "
            "Menurut suporter yang akrab disapa Ucok, seluruh pemain harus dievaluasi.")
    quotes = run(text, names={"Septiawan Hadi Saputra": "PER", "Ucok": "PER"}).quotes
    assert quotes[1].speaker is None or quotes[1].speaker.name != "Septiawan Hadi Saputra"


def test_a_nickname_in_quotation_marks_after_a_cue_does_not_cut_the_name(run):
    # Rendy "Bolang" Kurniawan, tagged whole, then tulis Bolang: the nickname used alone
    # after a cue says nothing about where the name starts; no quotation mark in the name.
    text = ("Band rock Lintas Senja batal tampil di Malang karena izin keramaian tidak keluar.\n\n"
            "Drummer Lintas Senja, Rendy \"Bolang\" Kurniawan, juga meluapkan kekecewaannya lewat unggahan.\n\n"
            "\"Kami sedih sekali, tapi kami pasti kembali,\" tulis Bolang, Jumat (23/5).")
    q = run(text, names={"Rendy \" Bolang \" Kurniawan": "PER", "Bolang": "PER"}).quotes[-1]
    assert (q.speaker.name, q.speaker.role) == ("Rendy Kurniawan", "Drummer Lintas Senja")


def test_a_complement_before_a_quoted_nickname_is_still_cut_by_the_cued_name(run):
    # Guard: where the tagger runs the band into the name, the word the article cues
    # before the quotation mark (kata Rendy) still says where the name starts.
    text = ("Band rock Lintas Senja batal tampil di Malang karena izin keramaian tidak keluar.\n\n"
            "Drummer Lintas Senja Rendy \"Bolang\" Kurniawan juga meluapkan kekecewaannya lewat unggahan.\n\n"
            "\"Kami sedih sekali, tapi kami pasti kembali,\" kata Rendy, Jumat (23/5).")
    q = run(text, names={"Lintas Senja Rendy \" Bolang \" Kurniawan": "PER", "Rendy": "PER"}).quotes[-1]
    assert q.speaker.name == "Rendy Kurniawan"


_CLUB_NICKNAME = ("Bola.com, Malang - Kabar kepindahan gelandang asal Jepang, Takeshi Mori, ke {club} semakin santer.\n\n"
                  "Namun, manajemen Singo Edan menegaskan belum ada kesepakatan dengan pemain tersebut.")


def test_a_clubs_nickname_is_the_club_the_article_names(run):
    q = run(_CLUB_NICKNAME.format(club="Arema FC"),
            names={"Takeshi Mori": "PER", "Singo Edan": "PER", "Arema FC": "ORG"}).quotes[-1]
    assert (q.speaker.name, q.speaker.kind) == ("Arema FC", "organization")


def test_a_clubs_nickname_stays_where_the_article_names_no_such_club(run):
    # Guard: the article names another club only: the nickname is not resolved.
    q = run(_CLUB_NICKNAME.format(club="Persebaya Surabaya"),
            names={"Takeshi Mori": "PER", "Singo Edan": "PER", "Persebaya Surabaya": "ORG"}).quotes[-1]
    assert q.speaker.name == "Singo Edan"


_ACCOUNTS = ("Selebgram Anisa Rahma meminta maaf atas unggahannya, Selasa (6/5/2025). \"Aku minta maaf ya "
             "semuanya,\" tulis Anisa dalam unggahannya.\n\n"
             "Unggahan itu dibanjiri komentar warganet. \"Semangat terus Kak Anisa, yang penting sudah jujur,\" "
             "tulis akun @rinaaa_22.\n\n"
             "\"Telat banget minta maafnya, Kak. Sudah banyak yang jadi korban,\" komentar akun @dodi.pratama.")


def test_a_social_media_account_after_a_cue_is_the_speaker(run):
    quotes = run(_ACCOUNTS).quotes
    assert [q.speaker.name for q in quotes[-2:]] == ["@rinaaa_22", "@dodi.pratama"]


def test_a_statement_noun_after_a_quote_without_an_account_is_no_cue(run):
    # Guard: komentar followed by no account handle cues nothing; the post's author,
    # named by a cue, keeps her words.
    text = _ACCOUNTS.replace(" komentar akun @dodi.pratama.", " komentar itu langsung ramai.")
    quotes = run(text).quotes
    assert quotes[1].speaker.name == "Anisa Rahma"
    assert "@dodi" not in " ".join(q.speaker.name or "" for q in quotes)


_ACCOUNT_POINTED_BACK = (
    "Kebocoran itu pertama kali diungkap oleh akun X @pemburubug, yang sering membagikan temuan "
    "keamanan. \u201cSatu lagi bocor. Data pelanggan dijual murah,\u201d {cue} pada Senin, 4 Agustus 2025.\n\n"
    "Peneliti keamanan Budi Santoso menilai penanganan kasus itu lambat.\n\n"
    "\u201cSelalu begitu,\u201d kata Budi kepada wartawan, Rabu, 6 Agustus 2025.")


@pytest.mark.parametrize("cue", ["cuit akun tersebut", "tulis akun itu", "cuit akun X @pemburubug"])
def test_an_account_pointed_back_to_after_a_quote_is_the_handle(run, cue):
    # cuit is a cue verb; akun tersebut is the account named with its handle just before,
    # not the person the next paragraph brings in, whose words keep their own day.
    quotes = run(_ACCOUNT_POINTED_BACK.format(cue=cue), "2025-08-07", names={"Budi Santoso": "PER"}).quotes
    assert [q.speaker.name for q in quotes] == ["@pemburubug", "Budi Santoso", "Budi Santoso"]
    assert [str(q.date) for q in quotes] == ["2025-08-04", "2025-08-06", "2025-08-06"]


def test_an_account_pointed_back_to_is_not_an_owners_account(run):
    # Guard: the account is the ministry's own (akun Instagram resminya, @…): the ministry
    # that answered speaks, not its handle.
    text = ("Kementerian Lingkungan Hidup menanggapi lewat akun Instagram resminya, @kemenlh, Senin malam. "
            "Kementerian menyebut baru 38 produsen yang patuh.\n\n"
            "\u201cKami sedang mengkaji,\u201d tulis akun tersebut.")
    quotes = run(text, "2025-08-07", names={"Kementerian Lingkungan Hidup": "ORG"}).quotes
    assert [q.speaker.name for q in quotes] == ["Kementerian Lingkungan Hidup"] * 2


def test_a_sasak_title_the_tagger_leaves_out_is_part_of_the_name(run):
    # Seorang warga, Lalu Hasan (52), …: Lalu, capitalised inside the sentence, is the
    # Sasak noble title opening the name, which the tagger leaves out.
    text = ("PRAYA, KOMPAS.com - Jembatan gantung di Desa Mertak putus diterjang banjir.\n\n"
            "Seorang warga, Lalu Hasan (52), mengaku khawatir anak-anak tidak bisa ke sekolah. "
            "\"Kami terpaksa memutar jauh,\" ujar Hasan.")
    quotes = run(text, names={"Hasan": "PER"}).quotes
    assert [(q.speaker.name, q.speaker.role) for q in quotes] == [("Lalu Hasan", "warga")] * 2


def test_lalu_opening_a_sentence_stays_then(run):
    # Guard: Lalu as the sentence's first word is "then", no part of the name.
    text = ("PRAYA, KOMPAS.com - Jembatan gantung di Desa Mertak putus diterjang banjir.\n\n"
            "Warga sempat panik. Lalu Hasan mengatakan air naik dengan cepat sejak pagi.")
    q = only(run(text, names={"Hasan": "PER"}))
    assert q.speaker.name == "Hasan"


def test_a_body_and_its_place_written_whole_elsewhere_are_no_part_of_the_name(run):
    # Ketua KPU Labusel Fauzi Siregar, with "kantor KPU Labusel," elsewhere; pelatih
    # Persis Solo Ricardo Salvador, with "dari Persis Solo pada …" elsewhere (and Persis,
    # tagged a person once, used alone after another word).
    text = ("Labuhanbatu - Sengketa hasil pilkada berlanjut ke MK.\n\n"
            "Ketua KPU Labusel Fauzi Siregar menyatakan siap menghadapi gugatan tersebut. "
            "\"Kami siap,\" ujarnya saat ditemui di kantor KPU Labusel, Rabu (18/12/2024).")
    quotes = run(text, names={"Fauzi Siregar": "PER"}).quotes
    assert [(q.speaker.name, q.speaker.role) for q in quotes] == [("Fauzi Siregar", "Ketua KPU Labusel")] * 2
    text = ("Tangerang - Dewa United takluk 1-3 dari Persis Solo pada pekan ke-23. Persis unggul cepat lewat "
            "sundulan Yusuf Aditama, disambut sorak suporter Persis.\n\n"
            "Di kubu tim tamu, pelatih Persis Solo Ricardo Salvador mengatakan Marcos Tavares bermain bagus. "
            "\"Marcos pemain yang spesial,\" ucap Salvador.")
    quotes = run(text, names={"Persis Solo Ricardo Salvador": "ORG", "Salvador": "PER", "Marcos Tavares": "PER",
                              "Persis": "PER", "Yusuf Aditama": "PER"}).quotes
    assert [(q.speaker.name, q.speaker.role) for q in quotes] == [("Ricardo Salvador", "pelatih Persis Solo")] * 2


def test_a_three_word_name_after_a_body_acronym_stays_whole(run):
    # Guard: the acronym and the name's first word are never written whole elsewhere: all
    # three words are the name, which the tagger marks only in part.
    text = ("Labuhanbatu - Sengketa hasil pilkada berlanjut ke MK.\n\n"
            "Ketua KPU Nur Syarifah Lubis menyatakan siap menghadapi gugatan tersebut. "
            "\"Kami siap,\" ujarnya saat ditemui di kantor KPU, Rabu (18/12/2024).")
    quotes = run(text, names={"Syarifah Lubis": "PER"}).quotes
    assert [q.speaker.name for q in quotes] == ["Nur Syarifah Lubis"] * 2


def test_a_bodys_bracketed_acronym_is_an_alias_not_part_of_its_name(run):
    text = ("Lembaga Perlindungan Saksi dan Korban (LPSK) menilai, korban berhak atas restitusi. "
            "Dalam keterangan tertulis, LPSK menyebutkan telah menerima 80 permohonan sejak Januari.")
    r = run(text)
    assert [q.speaker.name for q in r.quotes] == ["Lembaga Perlindungan Saksi dan Korban"] * 2
    [entry] = r.speakers
    assert entry.name == "Lembaga Perlindungan Saksi dan Korban"
    assert {"LPSK", "Lembaga Perlindungan Saksi dan Korban (LPSK)"} <= set(entry.aliases)
    # A short form rather than initials.
    q = only(run("Badan Urusan Logistik (Bulog) menyatakan stok beras aman hingga Lebaran."))
    assert q.speaker.name == "Badan Urusan Logistik"
    # Guard: an acronym inside the name stays (cut out, it leaves a name the article never
    # writes), and so does a bracket that is part of the name.
    q = only(run("Pemerintah Provinsi (Pemprov) Jawa Tengah menyatakan stok beras aman hingga Lebaran."))
    assert q.speaker.name == "Pemerintah Provinsi (Pemprov) Jawa Tengah"
    q = only(run("PT Pos Indonesia (Persero) menyatakan pengiriman paket tetap berjalan selama libur panjang."))
    assert q.speaker.name == "PT Pos Indonesia (Persero)"


def test_a_persons_bracketed_rank_or_nickname_stays_in_the_name():
    from attribution.entities import without_bracketed_acronyms
    from attribution.lexicon import load_lexicon
    lex = load_lexicon()
    for name in ("Laksamana TNI (Purn) Bambang Wirawan", "Brigadir Jenderal (Pol) Heru Santoso",
                 "Budi (Ucok) Siregar"):
        assert without_bracketed_acronyms(name, "person", lex) == (name, [])
    # A body's acronym closing what the tagger calls a person is still cut.
    assert without_bracketed_acronyms("Kepala Staf Gabungan Korea Selatan (JCS)", "person", lex) == (
        "Kepala Staf Gabungan Korea Selatan", ["JCS"])


def test_a_bodys_two_word_short_form_in_brackets_is_cut_from_its_name():
    from attribution.entities import without_bracketed_acronyms
    from attribution.lexicon import load_lexicon
    lex = load_lexicon()
    # (Satgas TERTIB): a word and an acronym closing a body's name, its short form.
    assert without_bracketed_acronyms("Satuan Tugas Penertiban Pasar Liar (Satgas TERTIB)", "organization", lex) == (
        "Satuan Tugas Penertiban Pasar Liar", ["Satgas TERTIB"])
    # Near misses: a short form whose second word is no acronym, a person's bracket, and a
    # bracket inside the name stay.
    for name, kind in (("Lembaga Bantuan Hukum Jakarta (LBH Jakarta)", "organization"),
                       ("Budi Santoso (Bang BS)", "person"),
                       ("Satuan Tugas (Satgas PASAR) Kota Bogor", "organization")):
        assert without_bracketed_acronyms(name, kind, lex) == (name, [])


def test_kedua_pihak_negara_or_pemerintah_are_the_two_countries_listed_just_before(run):
    text = ("Vietnam dan Filipina sepakat membentuk patroli laut bersama di Laut China Selatan, menurut "
            "pernyataan yang dirilis kedua pemerintah. Dalam pernyataan itu, {} menyatakan bahwa patroli "
            "dimulai bulan depan.")
    for subject in ("kedua pihak", "kedua negara", "kedua pemerintah", "kedua belah pihak"):
        q = only(run(text.format(subject)))
        assert (q.speaker.name, q.speaker.kind, [c.name for c in q.co_speakers], q.rules["speaker"]) == (
            "Vietnam", "organization", ["Filipina"], "pronoun_mention:pair"), subject
    # Guard: two people listed after the countries are the pair meant.
    text = ("Vietnam dan Filipina sepakat membentuk patroli laut bersama. Menteri Pertahanan Nguyen Van Hoa dan "
            "Menteri Pertahanan Jose Santos bertemu di Hanoi. Kedua pihak menyatakan bahwa patroli dimulai bulan depan.")
    q = only(run(text, names={"Nguyen Van Hoa": "PER", "Jose Santos": "PER"}))
    assert (q.speaker.name, [c.name for c in q.co_speakers]) == ("Nguyen Van Hoa", ["Jose Santos"])
    # Guard: three countries are no pair, and two leaders are no two countries.
    q = only(run("Vietnam, Filipina, dan Malaysia sepakat membentuk patroli laut bersama. Kedua negara menyatakan "
                 "bahwa patroli dimulai bulan depan."))
    assert q.speaker is None
    q = only(run("Vietnam dan Filipina sepakat membentuk patroli laut bersama. Kedua menteri menyatakan bahwa "
                 "patroli dimulai bulan depan."))
    assert q.speaker is None


def test_the_police_as_a_subject_are_the_one_police_unit_the_article_names(run):
    lead = ("KUDUS - Satuan Reserse Kriminal Polres Kudus menangkap dua pria pencuri kambing di Kecamatan Jati. "
            "\"Keduanya kami tangkap di rumah masing-masing,\" kata Kasat Reskrim Polres Kudus AKP Budi Hartanto. ")
    for subject in ("Polisi", "Kepolisian", "Pihak kepolisian", "Namun, polisi"):
        q = run(lead + subject + " menyebut masih mencari seorang penadah.", names={"Budi Hartanto": "PER"}).quotes[-1]
        assert (q.speaker.name, q.speaker.kind) == ("Polres Kudus", "organization"), subject
    # The unit named only before its officer's rank and name is the unit, not the officer.
    text = ("KUDUS - Kasat Reskrim Polres Kudus AKP Budi Hartanto mengatakan dua pria pencuri kambing sudah ditahan. "
            "Polisi menyebut masih mencari seorang penadah.")
    assert run(text).quotes[-1].speaker.name == "Polres Kudus"
    # Guard: with two units named, the police stay as the article writes them.
    text = ("KUDUS - Polres Kudus dan Polsek Jati menangkap dua pria pencuri kambing. "
            "Polisi menyebut masih mencari seorang penadah.")
    assert run(text).quotes[-1].speaker.name == "Polisi"


def test_a_person_introduced_with_age_and_role_as_a_passives_agent_speaks_next(run):
    # Nasib serupa dialami X (52), sopir …. ”…,” katanya: the narration hands the word to
    # the newcomer, with a sentence between that names no one, not to the last speaker.
    opening = ("JAKARTA - Harga beras naik lagi pekan ini. Sri Handayani (44), pedagang di Pasar Rebo, mengatakan, "
               "pembeli berkurang. ”Sekarang sepi sekali,” tuturnya. ")
    names = {"Sri Handayani": "PER", "Karjo": "PER"}
    text = opening + ("Nasib serupa dialami Karjo (52), sopir angkot di Depok, Jawa Barat. Dua anaknya harus ikut "
                      "berjualan koran sepulang sekolah. ”Penumpang makin sedikit,” katanya.")
    q = run(text, names=names).quotes[-1]
    assert (q.speaker.name, q.speaker.role) == ("Karjo", "sopir angkot di Depok, Jawa Barat")
    # Guard: an agent with an age and a role that the sentence goes on past is no one it
    # turns to: the last speaker goes on.
    text = opening + ("Hasil panennya dibeli Karjo (52), tengkulak dari Depok, dengan harga murah. Dua anaknya harus "
                      "ikut berjualan koran sepulang sekolah. ”Penumpang makin sedikit,” katanya.")
    assert run(text, names=names).quotes[-1].speaker.name == "Sri Handayani"


def test_a_bodys_short_form_a_tagger_runs_into_a_name_is_cut_off_it(run):
    # The article names the body in full; its short form is made of syllables of that name.
    text = ("Kasus itu menjadi sorotan Komisi Kejaksaan Nasional. \"Ini pelajaran bagi semua jaksa,\" kata anggota "
            "Komjaknas Hendra Wibisono saat dihubungi.")
    q = only(run(text, names={"Komjaknas Hendra Wibisono": "PER"}), "direct")
    assert (q.speaker.name, q.speaker.role) == ("Hendra Wibisono", "anggota Komjaknas")
    # Guard: with the body never named in full, the word may be a name's: it stays.
    q = only(run("\"Ini pelajaran bagi semua jaksa,\" kata anggota Komjaknas Hendra Wibisono saat dihubungi.",
                 names={"Komjaknas Hendra Wibisono": "PER"}))
    assert q.speaker.name == "Komjaknas Hendra Wibisono"


def test_short_forms_of_a_bodys_name():
    from attribution.mentions import _short_form_of
    for word, name in (("kompolnas", "komisi kepolisian nasional"), ("bawaslu", "badan pengawas pemilu"),
                       ("dinkes", "dinas kesehatan")):
        assert _short_form_of(word, tuple(name.split())), word
    # Guard: a word of the name, pieces too short for a name of two words, a word left unused.
    for word, name in (("komisi", "komisi kepolisian"), ("dita", "dinas pariwisata"),
                       ("kompol", "komisi kepolisian nasional")):
        assert not _short_form_of(word, tuple(name.split())), word


def test_an_esports_position_heads_the_role_before_a_name_set_off_with_its_nickname():
    names = {"Andi Pratama": "PER", "Shadow": "PER", "Garuda Esports": "ORG"}
    text = ("Tim Garuda Esports tersingkir dari turnamen. Jungler utama Garuda, Andi Pratama alias Shadow, "
            "mengatakan timnya kurang kompak di fase akhir.")
    q = only(extract(text, tagger=FakeTagger(names)))
    assert (q.speaker.name, q.speaker.role) == ("Andi Pratama", "Jungler utama Garuda")
    # Guard: a word that heads no role leaves the name without one.
    q = only(extract(text.replace("Jungler utama", "Bintang baru"), tagger=FakeTagger(names)))
    assert (q.speaker.name, q.speaker.role) == ("Andi Pratama", None)


def test_a_player_s_agent_before_the_agent_s_name_is_the_role(run):
    text = ("PSM Makassar tertarik merekrut penyerang asal Ghana, Kwame Mensah. Sementara itu, agen Kwame, "
            "Dario Silva, mengonfirmasi pemainnya sudah berbicara dengan tiga klub.")
    q = only(run(text, names={"Kwame Mensah": "PER", "Kwame": "PER", "Dario Silva": "PER", "PSM Makassar": "ORG"}))
    assert (q.text, q.speaker.name, q.speaker.role) == (
        "pemainnya sudah berbicara dengan tiga klub", "Dario Silva", "agen Kwame")


def test_a_count_before_a_role_noun_gives_the_name_after_it_no_role(run):
    # 12 agen Sinar Jaya: the company's agents, many; the name is no agent's, and the
    # quotation after it stays with the agent who spoke.
    text = ("Ratna (38), agen tiket PO Sinar Jaya, mengaku pendapatannya anjlok. Ia cemas dengan penutupan "
            "jalur. Di loket itu, ada 12 agen Sinar Jaya. Setiap penjualan, mereka memperoleh komisi "
            "kecil. ”Sekarang hampir tidak ada pembeli,” katanya.")
    r = run(text, names={"Ratna": "PER", "Sinar Jaya": "PER", "PO Sinar Jaya": "ORG"})
    q = next(q for q in r.quotes if q.type == "direct")
    assert (q.speaker.name, q.speaker.role) == ("Ratna", "agen tiket PO Sinar Jaya")
    # … whether a tagger calls the name a person's or the role word alone brings it in.
    q = next(q for q in run(text).quotes if q.type == "direct")
    assert (q.speaker.name, q.speaker.role) == ("Ratna", "agen tiket PO Sinar Jaya")
    # Guard: one of many (salah satu) still gives the role after the comma.
    q = only(run("Salah satu agen, Ratna Dewi, mengaku pendapatannya anjlok sejak April.", names={"Ratna Dewi": "PER"}))
    assert q.speaker.role == "agen"


def test_a_party_to_a_case_named_by_initials_keeps_the_role_for_a_later_katanya(run):
    text = ("Polisi membekuk dua penipu arisan daring. Kapolsek Iptu Bagus Santoso mengatakan kedua pelaku "
            "berinisial RN (29) dan TS (33). Tersangka RN, yang diperiksa sejak pagi, mengaku menyesal. "
            "”Uangnya habis untuk berjudi,” katanya pelan.")
    q = next(q for q in run(text, names={"Bagus Santoso": "PER"}).quotes if q.type == "direct")
    assert (q.speaker.name, q.speaker.role) == ("RN", "Tersangka")
    # Guard: a common abbreviation after such a noun names no one (korban PHK).
    text = "Kapolsek Iptu Bagus Santoso mengatakan korban PHK ikut menjadi sasaran. ”Kami terima semua aduan,” katanya."
    q = next(q for q in run(text, names={"Bagus Santoso": "PER"}).quotes if q.type == "direct")
    assert q.speaker.name == "Bagus Santoso"


def test_in_a_chain_of_appositions_the_first_name_speaks_and_the_kinship_is_the_role(run):
    text = ("Atap ruang kelas SD itu ambruk pada Selasa pagi. Warsini br Tarigan (45), ibu dari salah satu "
            "siswa, Dimas Ginting (9), mengatakan anaknya baru pindah ke sekolah itu bulan lalu.")
    q = only(run(text, names={"Warsini br Tarigan": "PER", "Dimas Ginting": "PER"}))
    assert (q.speaker.name, q.speaker.role) == ("Warsini br Tarigan", "ibu dari salah satu siswa")
    # Guard: a role opening the sentence before its holder gives that holder.
    text = ("Atap ruang kelas SD itu ambruk pada Selasa pagi. Sementara itu, ayah siswa, Robert Ginting (41), "
            "mengatakan anaknya baru pindah ke sekolah itu bulan lalu.")
    q = only(run(text, names={"Robert Ginting": "PER"}))
    assert (q.speaker.name, q.speaker.role) == ("Robert Ginting", "ayah siswa")


def test_a_role_word_telling_of_an_event_heads_no_role(run):
    text = ("Rapat perdana panitia yang dihadiri pengusaha Hendra Wijaya berlangsung tertutup, Senin (2/6/2025). "
            "”Semua pihak sepakat,” kata Hendra.")
    q = only(run(text, names={"Hendra Wijaya": "PER", "Hendra": "PER"}))
    assert (q.speaker.name, q.speaker.role) == ("Hendra Wijaya", "pengusaha")
    # Guard: a role held together by a relative clause keeps it (Pemilik … yang menjadi korban).
    text = "Pemilik toko emas yang menjadi korban, Haryanto, mengaku rugi ratusan juta rupiah."
    q = only(run(text, names={"Haryanto": "PER"}))
    assert q.speaker.role == "Pemilik toko emas yang menjadi korban"


def test_an_english_title_s_field_word_spelt_like_a_verb_belongs_to_the_title(run):
    text = ("Klub itu enggan berkomentar panjang. Media Officer Persik Kediri, Laras Ayu, hanya mengatakan "
            "manajemen masih menunggu keputusan pelatih.")
    q = only(run(text, names={"Laras Ayu": "PER", "Persik Kediri": "ORG"}))
    assert (q.speaker.name, q.speaker.role) == ("Laras Ayu", "Media Officer Persik Kediri")
    # Guard: a verb opening the sentence before the title is none of its words.
    text = ("Klub itu enggan berkomentar panjang. Mewakili klub, Media Officer Persik Kediri, Laras Ayu, hanya "
            "mengatakan manajemen masih menunggu keputusan pelatih.")
    q = only(run(text, names={"Laras Ayu": "PER", "Persik Kediri": "ORG"}))
    assert (q.speaker.name, q.speaker.role) == ("Laras Ayu", "Media Officer Persik Kediri")


def test_a_company_s_role_before_its_name_and_the_role_alone_later(run):
    text = ("Turnamen itu diundur sepekan. Jadwal baru disampaikan penyelenggara PT Cahaya Panggung lewat laman "
            "resminya. Penyelenggara menjamin semua peserta tetap mendapat fasilitas penginapan.")
    q = only(run(text, names={"PT Cahaya Panggung": "ORG"}))
    assert (q.speaker.name, q.speaker.role) == ("PT Cahaya Panggung", "penyelenggara")
    # Guard: without the noun before the name the company has no role, and the noun alone
    # names no one.
    q = only(run(text.replace("penyelenggara PT", "PT"), names={"PT Cahaya Panggung": "ORG"}))
    assert q.speaker is None


def test_a_description_by_country_points_to_the_person_tied_to_that_country(run):
    names = {"Dinda Maharani": "PER", "Li Wen": "PER", "Dinda": "PER"}
    text = ("Petenis tuan rumah Dinda Maharani kalah dari unggulan China, Li Wen, di semifinal. ”Saya terlalu "
            "tegang,” kata Dinda. Petenis asal Tiongkok itu sendiri mengatakan laga itu menguras tenaganya.")
    q = next(q for q in run(text, names=names).quotes if q.type == "indirect")
    assert q.speaker.name == "Li Wen"
    # Guard: a country no one is tied to leaves the last speaker.
    q = next(q for q in run(text.replace("asal Tiongkok", "asal Jepang"), names=names).quotes if q.type == "indirect")
    assert q.speaker.name == "Dinda Maharani"


def test_a_passive_with_an_aged_description_keeps_the_person_in_focus(run):
    text = ("Pengamat tata kota Bambang Sudarso menilai gedung itu dibangun terburu-buru. ”Fondasinya terlalu "
            "dangkal,” lanjut pengamat asal Solo itu. Akademisi berusia 52 tahun tersebut juga ditanya soal izin "
            "bangunan. Ia mengaku tidak ingin berspekulasi soal perizinan.")
    q = next(q for q in run(text, names={"Bambang Sudarso": "PER"}).quotes if q.text.startswith("tidak ingin"))
    assert q.speaker is not None and q.speaker.name == "Bambang Sudarso"
    # Guard: a role the article gives no one, opening the sentence, is someone new.
    other = text.replace("Akademisi berusia 52 tahun tersebut", "Kepala sekolah tempat mereka belajar")
    q = next(q for q in run(other, names={"Bambang Sudarso": "PER"}).quotes if q.text.startswith("tidak ingin"))
    assert q.speaker is None


def test_menurutnya_in_a_relative_clause_is_the_view_of_the_sentence_s_subject(run):
    text = ("Lurah Suryono memastikan saluran air segera dikeruk. Warga lain, Sutrisno (60), menyoroti saluran "
            "air kampung yang menurutnya tak pernah dibersihkan.")
    r = run(text, names={"Suryono": "PER", "Sutrisno": "PER"})
    q = next(q for q in r.quotes if q.text == "tak pernah dibersihkan")
    assert q.speaker.name == "Sutrisno"
    # Guard: Menurutnya opening its sentence points back to the last speaker.
    text = "Lurah Suryono memastikan saluran air segera dikeruk. Menurutnya, saluran air kampung tak pernah dibersihkan."
    q = next(q for q in run(text, names={"Suryono": "PER"}).quotes if q.rules["detect"] == "according_to")
    assert q.speaker.name == "Suryono"


def test_a_titled_newcomer_after_a_place_the_sentence_opens_with_speaks_the_next_quote(run):
    # The place set off before the title is no person with the title as their role, and a
    # city it names with "kota" leaves both words after Wali Kota to the holder's name.
    text = ("Menteri Sosial Budi Hartanto mengatakan pemerintah sudah mengirim bantuan ke lokasi.\n\n"
            "”Kami tidak akan membiarkan warga kelaparan,” ujarnya kepada wartawan.\n\n"
            "Di kota pelabuhan Tarakan, Wali Kota Marisol Reyes menggambarkan kerusakan itu sebagai yang terparah.\n\n"
            "”Atap rumah banyak yang hilang. Kami butuh terpal,” katanya kepada wartawan.\n\n"
            "”Anak-anak mulai sakit,” imbuh dia.")
    for names in (None, {"Budi Hartanto": "PER", "Marisol Reyes": "PER"}):
        r = run(text, names=names)
        assert [(q.speaker.name, q.speaker.role) for q in r.quotes[2:]] == [("Marisol Reyes", "Wali Kota")] * 2
        assert r.quotes[1].speaker.name == "Budi Hartanto"
    # So for a village and its head.
    village = text.replace("kota pelabuhan Tarakan, Wali Kota", "desa terpencil Sukamaju, Kepala Desa")
    for names in (None, {"Budi Hartanto": "PER", "Marisol Reyes": "PER"}):
        assert [(q.speaker.name, q.speaker.role) for q in run(village, names=names).quotes[2:]] == [
            ("Marisol Reyes", "Kepala Desa")] * 2
    # Guard: with no place named so before the title, the word after Wali Kota is the city.
    guard = ("Di kota pelabuhan itu, Wali Kota Tarakan Khairul mengatakan bantuan sudah tiba. "
             "Di Kalimantan Utara, Wali Kota Tarakan Khairul meminta warga tetap tenang.")
    assert [(q.speaker.name, q.speaker.role) for q in run(guard).quotes] == [("Khairul", "Wali Kota Tarakan")] * 2


def test_a_body_posted_at_a_place_keeps_the_place_in_its_name(run):
    text = ("Kedutaan Besar Republik Indonesia (KBRI) di Hanoi memastikan tidak ada WNI yang menjadi korban. "
            "KBRI mengimbau WNI untuk menjauhi daerah pesisir.")
    assert [q.speaker.name for q in run(text).quotes] == ["Kedutaan Besar Republik Indonesia (KBRI) di Hanoi"] * 2
    for text, name in (("KJRI di Jeddah mengimbau jemaah umrah untuk selalu membawa paspor.", "KJRI di Jeddah"),
                       ("Kantor Perwakilan Bank Indonesia di Surabaya menyatakan pasokan uang tunai cukup.",
                        "Kantor Perwakilan Bank Indonesia di Surabaya"),
                       ("Kedutaan Besar Amerika Serikat di Jakarta dalam keterangannya menyatakan layanan visa "
                        "dibuka kembali.", "Kedutaan Besar Amerika Serikat di Jakarta")):
        assert only(run(text)).speaker.name == name
    # Guard: where a body with no post, or a person, spoke is no part of the name.
    for text, name in (("Polda Metro Jaya di Jakarta, Senin, menyatakan arus lalu lintas lancar.", "Polda Metro Jaya"),
                       ("Kapolres Bogor AKBP Rudi Hartono di Mapolres Bogor mengatakan pelaku sudah ditangkap.",
                        "Rudi Hartono"),
                       ("Kepala Kantor Perwakilan BI di Surabaya Budi Santoso mengatakan harga cabai sudah stabil.",
                        "Budi Santoso")):
        assert only(run(text, names={"Rudi Hartono": "PER", "Budi Santoso": "PER"})).speaker.name == name


def test_a_body_posted_at_a_place_after_a_cue_keeps_the_place(run):
    # After the cue, as before the verb: the post is part of which body spoke.
    for text in ('"Bebas visa tidak berarti boleh bekerja," demikian keterangan tertulis KBRI di Manila yang '
                 'diterima wartawan, Kamis (13/11/2025).',
                 '"Bebas visa tidak berarti boleh bekerja," tulis KBRI di Manila dalam keterangannya.'):
        assert only(run(text)).speaker.name == "KBRI di Manila", text
    # Guard: where a body with no post spoke after the cue is no part of its name.
    q = only(run('"Arus lalu lintas lancar," kata Polda Metro Jaya di Jakarta, Senin (10/11/2025).'))
    assert q.speaker.name == "Polda Metro Jaya"


def test_two_bodies_speak_together_when_the_second_joins_its_own_fields_with_dan(run):
    text = ("Dalam pernyataan bersama, Asosiasi Petani Kopi Indonesia (APKI) dan Asosiasi Pengolah Kopi dan Kakao "
            "Nusantara (Apkakna) menyebut harga biji kopi anjlok sepanjang tahun ini.")
    q = only(run(text))
    assert (q.speaker.name, [c.name for c in q.co_speakers]) == (
        "Asosiasi Petani Kopi Indonesia", ["Asosiasi Pengolah Kopi dan Kakao Nusantara"])
    q = only(run("Badan Penelitian dan Pengembangan dan Dinas Pertanian menilai panen akan membaik."))
    assert (q.speaker.name, [c.name for c in q.co_speakers]) == ("Badan Penelitian dan Pengembangan", ["Dinas Pertanian"])
    # Guard: one body whose fields a "dan" joins stays one speaker.
    q = only(run("Kementerian Pendidikan dan Kebudayaan menyatakan sekolah tetap dibuka."))
    assert (q.speaker.name, q.co_speakers) == ("Kementerian Pendidikan dan Kebudayaan", [])


def test_an_office_written_as_a_common_noun_is_its_one_holder_named_later(run):
    # jaksa meminta …, the prosecutor named only paragraphs on and no one else with that
    # title: the holder, with the title the article gives them.
    text = ("Majelis hakim memvonis Arif Gunawan lima tahun penjara. Vonis itu lebih ringan dari tuntutan. "
            "Dalam sidang tuntutan, jaksa meminta majelis menghukum Arif tujuh tahun penjara.\n\n"
            "Arif menyatakan pikir-pikir. Penasihat hukumnya, Dimas Prakoso, menilai putusan itu tidak adil.\n\n"
            "Jaksa penuntut umum Rina Marpaung mengatakan timnya juga pikir-pikir.")
    names = {"Arif Gunawan": "PER", "Dimas Prakoso": "PER", "Rina Marpaung": "PER"}
    q = run(text, names=names).quotes[0]
    assert (q.text, q.speaker.name, q.speaker.role, q.rules["speaker"]) == (
        "majelis menghukum Arif tujuh tahun penjara", "Rina Marpaung", "Jaksa penuntut umum",
        "description_mention:sole_holder")
    # Guard: two prosecutors named later leave the noun unjoined.
    two = text + " Jaksa Hendra Wijaya menambahkan tuntutan sudah sesuai fakta."
    q = run(two, names={**names, "Hendra Wijaya": "PER"}).quotes[0]
    assert (q.speaker, q.unnamed_source.text) == (None, "jaksa")
    # Guard: a word for one of many (anggota DPR menilai …) is not the one member named later.
    text = ("Rencana relaksasi pembatasan sosial menuai kritik. Menanggapi rencana itu, anggota DPR menilai "
            "pemerintah tidak boleh gegabah.\n\nAnggota Komisi IX DPR Saleh Hidayat mengatakan data harus dikaji.")
    q = run(text, names={"Saleh Hidayat": "PER"}).quotes[0]
    assert q.speaker is None


def test_an_office_noun_is_not_the_holder_of_a_longer_office_nor_one_who_never_speaks(run):
    # jaksa meminta …, then the Jaksa Agung speaking: a title phrase jaksa opens is another
    # office, whose holder did not plead in court.
    text = ("Majelis hakim memvonis Arif Gunawan lima tahun penjara. Vonis itu lebih ringan dari tuntutan. "
            "Dalam sidang tuntutan, jaksa meminta majelis menghukum Arif tujuh tahun penjara.\n\n"
            "Arif menyatakan pikir-pikir. Penasihat hukumnya, Dimas Prakoso, menilai putusan itu tidak adil.\n\n"
            "Jaksa Agung Sanitiar Burhanuddin mengatakan kejaksaan akan mengawal kasus itu.")
    names = {"Arif Gunawan": "PER", "Dimas Prakoso": "PER", "Sanitiar Burhanuddin": "PER", "Rina Marpaung": "PER"}
    q = run(text, names=names).quotes[0]
    assert (q.speaker, q.unnamed_source.text) == (None, "jaksa")
    # Guard: nor does the Jaksa Agung keep the prosecutor who speaks later from being the one.
    text += " Jaksa penuntut umum Rina Marpaung mengatakan timnya juga pikir-pikir."
    q = run(text, names=names).quotes[0]
    assert (q.speaker.name, q.rules["speaker"]) == ("Rina Marpaung", "description_mention:sole_holder")
    # menteri meminta …, then a foreign minister named for a trip, who says nothing: he may
    # hold another ministry than the one who spoke.
    text = ("Ketegangan di perbatasan kembali meningkat. Dalam rapat kabinet, menteri meminta semua pihak "
            "menahan diri.\n\nPekan depan, Menteri Luar Negeri Hendra Wijaya akan berkunjung ke Beijing.")
    q = only(run(text, names={"Hendra Wijaya": "PER"}))
    assert (q.speaker, q.unnamed_source.text) == (None, "menteri")
    # Guard: the minister named later who speaks is the one.
    text = text.replace("akan berkunjung", "mengatakan pemerintah akan berkunjung")
    q = run(text, names={"Hendra Wijaya": "PER"}).quotes[0]
    assert (q.speaker.name, q.rules["speaker"]) == ("Hendra Wijaya", "description_mention:sole_holder")


def test_the_bench_named_with_its_court_speaks_as_that_body(run):
    # Dalam pertimbangannya, majelis menilai …, after Majelis hakim Pengadilan … memvonis,
    # with no judge named just before: the bench named with its court, whatever the tagger
    # made of the court's name (here a place).
    text = ("Majelis hakim Pengadilan Negeri Tanjung Sari atau PN Tanjung Sari memvonis Arif Gunawan lima tahun "
            "penjara. Vonis itu lebih ringan dari tuntutan jaksa.\n\n"
            "Dalam pertimbangannya, majelis menilai perbuatan Arif merugikan keuangan daerah.")
    names = {"Arif Gunawan": "PER", "Pengadilan Negeri Tanjung Sari": "LOC"}
    q = only(run(text, names=names))
    assert (q.speaker.name, q.speaker.kind, q.rules["speaker"]) == (
        "Majelis hakim Pengadilan Negeri Tanjung Sari atau PN Tanjung Sari", "organization",
        "description_mention:panel")
    # Guard: a court named as the place of the hearing, not with the bench, names no bench.
    text = text.replace("Majelis hakim Pengadilan Negeri Tanjung Sari atau PN Tanjung Sari memvonis",
                        "Dalam sidang di Pengadilan Negeri Tanjung Sari, majelis hakim memvonis")
    q = only(run(text, names=names))
    assert (q.speaker, q.unnamed_source.text) == (None, "majelis")


def test_a_place_after_a_title_starts_no_name_where_the_tagger_reads_it_as_a_person(run):
    # The tagger reads the village in "warga Sukamulya" as a person; written after Desa or
    # Kecamatan in the article, the word is the title's place, and no fuller name of
    # that "person" runs from it into the holder's name.
    text = ("Warga Kecamatan Cikaret mengeluhkan jalan rusak.\n\n"
            "Kepala Desa Sukamulya Darto Wijaya membenarkan laporan itu. Ditemui di balai desa, Darto mengatakan "
            "perbaikan butuh biaya besar.\n\n"
            "Camat Cikaret Dadan Hamdani mengatakan usulan sudah diteruskan ke kabupaten.\n\n"
            "”Kami tunggu anggarannya,” ujar Dadan.\n\n"
            "Bagi warga Sukamulya, janji itu belum cukup. Bagi warga Cikaret, janji itu juga belum cukup.")
    names = {"Sukamulya": "PER", "Cikaret": "PER"}
    assert [(q.speaker.name, q.speaker.role) for q in run(text, names=names).quotes] == [
        ("Darto Wijaya", "Kepala Desa Sukamulya"), ("Dadan Hamdani", "Camat Cikaret"),
        ("Dadan Hamdani", "Camat Cikaret")]
    # Guard: a name straight after the title, its first word used alone, is the whole name.
    text = ("Camat Budi Santoso meninjau jalan yang rusak di Cikaret.\n\n"
            "”Perbaikan dimulai pekan depan,” kata Budi.")
    q = only(run(text, names={"Budi": "PER"}))
    assert (q.speaker.name, q.speaker.role) == ("Budi Santoso", "Camat")
    # Guard: the title with the place alone still names no one called Sleman.
    text = ("Bupati Sleman Kustini Purnomo meresmikan pasar di Sleman.\n\n"
            "Bupati Sleman mengatakan pasar itu dibangun dengan dana daerah.")
    q = run(text, names={"Kustini Purnomo": "PER"}).quotes[-1]
    assert q.speaker is not None and q.speaker.name == "Kustini Purnomo"


def test_a_nickname_pointing_back_to_a_one_word_name_is_that_persons(run):
    # Pria yang akrab disapa Mang Ili itu: a nickname sharing no word with the name of the
    # person just named (Sarmili (52), a one-word name), not with the last one named in full.
    text = ("Hujan deras merendam rumah warga sejak Minggu malam.\n\n"
            "”Air masuk sampai dapur,” kata Dimas Prasetyo, seorang pelajar.\n\n"
            "Perahu karet dipinjam dari kelurahan. Salah satu relawan, Sarmili (52), mengatakan perahu hanya muat "
            "empat orang. Pria yang akrab disapa Mang Ili itu menyebut relawan bergiliran sejak pagi.\n\n"
            "”Kami tidak digaji. Ini tetangga kami sendiri,” ujarnya.")
    names = {"Dimas Prasetyo": "PER", "Sarmili": "PER"}
    assert [q.speaker.name for q in run(text, names=names).quotes] == [
        "Dimas Prasetyo", "Sarmili", "Sarmili", "Sarmili"]
    # Sarmili, yang akrab disapa Mang Ili: Mang is a form of address, so a two-word
    # nickname may stand for a one-word name.
    text = ("Salah satu relawan, Sarmili, yang akrab disapa Mang Ili, mengatakan perahu hanya muat empat orang.\n\n"
            "”Kami tidak digaji,” ujar Mang Ili.")
    assert [q.speaker.name for q in run(text, names=names).quotes] == ["Sarmili", "Sarmili"]
    # Guard: one word the tagger reads as a person, with no age and never after a cue (a
    # place, here), is no name a description points back to.
    text = ("Relawan Dimas Prasetyo mengatakan perahu hanya muat empat orang. Bagi warga Sukaresmi, banjir sudah "
            "biasa. Pria yang akrab disapa Mang Odon itu menyebut relawan bergiliran sejak pagi.")
    names = {"Dimas Prasetyo": "PER", "Sukaresmi": "PER"}
    assert [q.speaker.name for q in run(text, names=names).quotes] == ["Dimas Prasetyo", "Dimas Prasetyo"]


def test_pembawa_acara_is_a_role_before_a_name(run):
    text = ("Pembawa acara Rina Kartikasari membuka diskusi tentang harga cabai. ”Apa yang sebenarnya terjadi di "
            "pasar?” tanya Rina.")
    q = only(run(text, names={"Rina Kartikasari": "PER"}))
    assert (q.speaker.name, q.speaker.role) == ("Rina Kartikasari", "Pembawa acara")
    # Guard: the event's noun alone before a name is no role.
    text = ("Dalam acara itu Rina Kartikasari membuka diskusi tentang harga cabai. ”Apa yang sebenarnya terjadi di "
            "pasar?” tanya Rina.")
    q = only(run(text, names={"Rina Kartikasari": "PER"}))
    assert (q.speaker.name, q.speaker.role) == ("Rina Kartikasari", None)


def test_a_description_opening_the_next_sentence_is_the_role_of_the_person_just_named(run):
    text = ("Sudah sebulan jalan desa itu rusak parah.\n\n"
            "Pagi itu, Dimas Pratama (11) menunggu angkutan di tepi jalan. Siswa kelas V SD Negeri 1 Cikupa itu "
            "berjalan dua kilometer setiap hari.\n\n"
            "”Sepatu saya selalu kotor,” kata Dimas.")
    names = {"Dimas Pratama": "PER"}
    q = only(run(text, names=names))
    assert (q.speaker.name, q.speaker.role, q.rules.get("role")) == (
        "Dimas Pratama", "Siswa kelas V SD Negeri 1 Cikupa", "subject_description_role")
    # Guards: what the person is to someone, an age alone, a relative clause, a noun the
    # sentence before uses, a person named as an object: none is a role of the one named.
    for old, new in (("Siswa kelas V SD Negeri 1 Cikupa itu", "Ibu dua anak itu"),
                     ("Siswa kelas V SD Negeri 1 Cikupa itu", "Orangtua dari Rudi itu"),
                     ("Siswa kelas V SD Negeri 1 Cikupa itu", "Bocah 11 tahun itu"),
                     ("Siswa kelas V SD Negeri 1 Cikupa itu", "Pelajar yang tinggal di Cikupa itu"),
                     ("menunggu angkutan di tepi jalan. Siswa kelas V SD Negeri 1 Cikupa itu",
                      "menunggu gurunya di tepi jalan. Guru itu"),
                     ("Dimas Pratama (11) menunggu angkutan", "angkutan desa menjemput Dimas Pratama (11)")):
        q = only(run(text.replace(old, new), names=names))
        assert q.speaker.name == "Dimas Pratama" and q.rules.get("role") != "subject_description_role", new
    # Guard: a title someone else the article names holds points to that one.
    text = ("Kepala Sekolah Hartono Wibisono meninjau jalan itu pekan lalu.\n\n"
            "Pagi itu, Dimas Pratama (11) menunggu angkutan di tepi jalan. Kepala sekolah itu "
            "datang menjemputnya dengan mobil.\n\n"
            "”Sepatu saya selalu kotor,” kata Dimas.")
    q = only(run(text, names={"Dimas Pratama": "PER", "Hartono Wibisono": "PER"}))
    assert (q.speaker.name, q.speaker.role) == ("Dimas Pratama", None)


def test_a_description_after_someone_else_brought_in_before_is_no_role_of_the_one_named(run):
    # Budi mengantar anaknya …. Siswa kelas V … itu …: the pupil is the child the sentence
    # before brings in, not the speaker named in it; likewise a grandchild, a relative
    # before the name or another word for a person.
    text = ("”Saya takut dia terlambat,” kata Budi Santoso (45). Budi mengantar anaknya ke sekolah setiap pagi. "
            "Siswa kelas V SD Negeri 1 Sukamaju itu berjalan dua kilometer.")
    names = {"Budi Santoso": "PER", "Budi": "PER"}
    q = only(run(text, names=names))
    assert (q.speaker.name, q.speaker.role) == ("Budi Santoso", None)
    for old, new in (("Budi mengantar anaknya", "Budi menjemput cucunya"),
                     ("Budi mengantar anaknya", "Bersama ibunya, Budi berangkat"),
                     ("Budi mengantar anaknya", "Budi menolong seorang bocah")):
        q = only(run(text.replace(old, new), names=names))
        assert (q.speaker.name, q.speaker.role) == ("Budi Santoso", None), new
    text = ("”Keretanya sering terlambat,” kata Rina Sari. Rina menjemput cucunya di stasiun. "
            "Mahasiswa Universitas Indonesia itu kuliah setiap hari.")
    q = only(run(text, names={"Rina Sari": "PER", "Rina": "PER"}))
    assert (q.speaker.name, q.speaker.role) == ("Rina Sari", None)
    # Guards: a relative inside what the sentence says of the one named (a clause set off
    # after the name, a predicate after adalah) is no one else; the description is theirs.
    text = ("Sudah sebulan jalan desa itu rusak parah.\n\n"
            "Pagi itu, Dimas Pratama (11), yang tinggal bersama neneknya, menunggu angkutan di tepi jalan. "
            "Siswa kelas V SD Negeri 1 Cikupa itu berjalan dua kilometer setiap hari.\n\n"
            "”Sepatu saya selalu kotor,” kata Dimas.")
    for old, new in (("", ""), (", yang tinggal bersama neneknya, menunggu angkutan di tepi jalan",
                                " adalah anak seorang petani di desa itu")):
        q = only(run(text.replace(old, new) if old else text, names={"Dimas Pratama": "PER"}))
        assert (q.speaker.name, q.speaker.role, q.rules.get("role")) == (
            "Dimas Pratama", "Siswa kelas V SD Negeri 1 Cikupa", "subject_description_role"), new


def test_a_body_speaking_through_a_titled_officer_is_the_officer(run):
    # Kementerian X melalui Direktur Y memastikan …: a body, like a titled person, speaks
    # through the officer named after melalui, who says the words in that role.
    text = ("Kementerian Sosial melalui Direktur Jaminan Sosial Hendra Saputra memastikan "
            "bantuan sudah disalurkan ke seluruh korban banjir.")
    q = only(run(text, names={"Hendra Saputra": "PER"}))
    assert (q.speaker.name, q.speaker.role) == ("Hendra Saputra", "Direktur Jaminan Sosial")
    # Near misses: a channel or another body after melalui; the body before it speaks.
    text = "Kementerian Agama melalui Instagram resminya menyatakan jadwal sidang isbat bergeser sehari."
    assert only(run(text)).speaker.name == "Kementerian Agama"
    text = "Pemerintah melalui Kementerian Keuangan memastikan anggaran tahun ini masih cukup."
    assert only(run(text)).speaker.name == "Pemerintah"


def test_a_singular_determiner_and_any_noun_before_the_name_set_off_is_the_role(run):
    # Salah satu perantau asal Kebumen, Dimas (31), …: a noun the lexicon does not know as
    # a description's head still describes the person after a singular determiner.
    names = {"Dimas Prasetyo": "PER", "Dimas": "PER"}
    text = ("Salah satu perantau asal Kebumen, Dimas Prasetyo (31), bercerita kontrakannya terendam "
            "setinggi lutut. \"Kasur kami basah semua,\" tutur Dimas.")
    assert _roles(run(text, names=names)) == [("Dimas Prasetyo", "perantau asal Kebumen")] * 2
    # Near misses: one of a group told of before describes no one's role.
    for group in ("Salah seorang di antaranya", "Salah satu dari mereka"):
        text = f"{group}, Dimas Prasetyo (31), bercerita kontrakannya terendam setinggi lutut."
        assert _roles(run(text, names=names)) == [("Dimas Prasetyo", None)]


def test_a_role_before_a_name_with_a_short_honorific_set_off_by_commas(run):
    # Ahli …, Dr. Sari Kusumawati, memimpin …: the role before the comma is hers, and a
    # name brought in by a sentence that states nothing is whom the next Ia points to.
    names = {"Yudi Hartanto": "PER", "Sari Kusumawati": "PER", "Sari": "PER"}
    head = ("Kepala PVMBG Yudi Hartanto mengatakan status gunung itu naik menjadi Siaga. "
            "\"Warga harus menjauh dari kawah,\" kata Yudi.\n\n")
    for honorific in ("Dr.", "Prof. Dr. Ir.", "dr."):
        text = head + (f"Ahli gunung api dari Universitas Gadjah Mada, {honorific} Sari Kusumawati, memimpin "
                       "pengamatan di bibir kawah pekan lalu. Ia mengungkapkan, suhu kawah naik dua kali lipat.\n\n"
                       "\"Gasnya makin pekat,\" ujar Sari.")
        assert _roles(run(text, names=names))[2:] == [
            ("Sari Kusumawati", "Ahli gunung api dari Universitas Gadjah Mada")] * 2, honorific
    # Near miss: a sentence that brings in no one leaves Ia with the last speaker.
    text = head + ("Pengamatan dilakukan di bibir kawah pekan lalu. Ia mengungkapkan, suhu kawah naik dua kali "
                   "lipat.")
    assert _roles(run(text, names=names))[2:] == [("Yudi Hartanto", "Kepala PVMBG")]


def test_two_bodies_named_by_acronyms_after_a_statement_free_sentence_speak_together(run):
    # Two bodies listed in a sentence that states nothing, then kedua organisasi itu and a
    # cue naming both by the acronyms given in brackets: both speak, the first leading.
    names = {"Persatuan Perawat Nasional Indonesia": "ORG", "Ikatan Bidan Indonesia": "ORG", "Sri Wahyuni": "PER"}
    text = ("Persatuan Perawat Nasional Indonesia (PPNI) dan Ikatan Bidan Indonesia (IBI) menyambut baik "
            "rencana tersebut. Namun, dalam pernyataan bersama, kedua organisasi itu mengingatkan bahwa jumlah "
            "tenaga di puskesmas masih kurang.\n\n"
            "\"Tanpa tambahan tenaga, program ini hanya menambah beban,\" tulis PPNI dan IBI.\n\n"
            "Ketua Umum IBI Sri Wahyuni menambahkan, bidan desa juga perlu dilatih ulang.")
    r = run(text, names=names)
    assert [(q.speaker.name, [c.name for c in q.co_speakers]) for q in r.quotes] == [
        ("Persatuan Perawat Nasional Indonesia", ["Ikatan Bidan Indonesia"])] * 2 + [("Sri Wahyuni", [])]
    assert [q.rules["speaker"] for q in r.quotes[:2]] == ["pronoun_mention:pair", "named_mention"]
    # Near miss: an acronym after which the body's name goes on (a branch) gives the
    # branch no parent's name.
    text = ("Ikatan Bidan Indonesia (IBI) Cabang Garut turut angkat suara. Dalam siaran persnya, IBI "
            "mengingatkan bidan desa untuk segera merujuk ibu hamil dengan tanda bahaya.")
    q = only(run(text, names={"Ikatan Bidan Indonesia": "ORG"}))
    assert q.speaker.name != "Ikatan Bidan Indonesia"


def test_a_lowercase_body_noun_with_a_demonstrative_after_a_lead_in_points_back_to_that_body(run):
    # Dalam keterangan tertulisnya, koalisi itu meminta …: the one coalition the article named.
    opening = ("Koalisi Masyarakat Sipil Peduli Agraria menggelar jumpa pers di Bandung. "
               "Koordinator koalisi, Rina Kusuma, membacakan sikap mereka di depan wartawan. ")
    text = opening + "Dalam keterangan tertulisnya, koalisi itu meminta DPR untuk menunda pembahasan rancangan undang-undang itu."
    q = run(text, names={"Rina Kusuma": "PER"}).quotes[-1]
    assert q.text == "DPR untuk menunda pembahasan rancangan undang-undang itu"
    assert (q.speaker.name, q.speaker.kind) == ("Koalisi Masyarakat Sipil Peduli Agraria", "organization")
    # The body, not the person whose role names that kind of body (Koordinator koalisi).
    q = run(opening + "Koalisi itu meminta DPR untuk menunda pembahasan rancangan undang-undang itu.", names={"Rina Kusuma": "PER"}).quotes[-1]
    assert q.speaker.name == "Koalisi Masyarakat Sipil Peduli Agraria"
    # The near miss: with no coalition named, the noun points back to no one, least of all a
    # person: the statement is kept with no speaker.
    text = ("Koordinator aksi, Rina Kusuma, membacakan sikap warga di depan wartawan. "
            "Dalam keterangan tertulisnya, koalisi itu meminta DPR untuk menunda pembahasan rancangan undang-undang itu.")
    q = run(text, names={"Rina Kusuma": "PER"}).quotes[-1]
    assert q.text.startswith("DPR untuk")
    assert (q.speaker, q.rules["speaker"]) == (None, "description_mention:no_body")


def test_a_regional_form_of_address_before_a_word_of_the_full_name_is_that_person(run):
    # Ceu Imas (Sundanese), Bli Ketut (Balinese): the person the article named in full,
    # addressed, whether or not the article adds sapaan akrabnya.
    cases = [("Tetangga korban, Imas Komariah (50), mengaku sudah lama takut. "
              "\"Retakan itu sudah ada sejak lama,\" ucap Ceu Imas.", "Imas Komariah", "Ceu Imas"),
             ("Pedagang canang, Ketut Wirata (47), menyebut harga naik. "
              "\"Sekarang semua serba mahal,\" kata Bli Ketut, sapaan akrabnya.", "Ketut Wirata", "Bli Ketut")]
    for text, full, address in cases:
        q = run(text, names={full: "PER", address: "PER"}).quotes[-1]
        assert q.speaker.name == full, text
    # Guard: the form of address before a name the article gives no one else stays as written.
    text = cases[0][0].replace("Ceu Imas", "Ceu Enok")
    q = run(text, names={"Imas Komariah": "PER", "Ceu Enok": "PER"}).quotes[-1]
    assert q.speaker.name == "Ceu Enok"


def test_pak_haji_or_bu_haji_is_the_person_written_with_the_hajj_honorific(run):
    # tegas Pak Haji, sapaan warga kepadanya: H. Rohadi, named just before.
    text = ("Warga Desa Sukamaju mengeluhkan jalan rusak. Ketua RW 05 H. Rohadi menilai, perbaikan jalan "
            "terlalu lambat.\n\n\"Sudah tiga tahun kami menunggu,\" tegas Pak Haji, sapaan warga kepadanya.")
    q = run(text).quotes[-1]
    assert (q.speaker.name, q.speaker.role, q.rules["speaker"]) == ("Rohadi", "Ketua RW 05", "description_mention")
    # Guard: Bu Haji is no man written with H.; nor is Pak Haji anyone where no one is
    # written with the honorific.
    q = run(text.replace("Pak Haji", "Bu Haji")).quotes[-1]
    assert q.speaker.name == "Bu Haji"
    q = run(text.replace("H. Rohadi", "Rohadi")).quotes[-1]
    assert q.speaker.name == "Pak Haji"


def test_pak_haji_with_a_demonstrative_points_back_to_the_one_just_told_of(run):
    # kata Pak Haji itu, after a pilgrim the article just told of: a description pointing
    # back to him, not the man written earlier with H.
    text = ("Rombongan dipimpin H. Mukhlis, ketua KBIH Al-Ikhlas. Seorang jemaah, Budi Santoso (55), mengaku "
            "lega. \"Alhamdulillah semua lancar,\" kata Budi. Ia berangkat bersama istrinya. "
            "\"Kami menabung sepuluh tahun,\" kata Pak Haji itu.")
    q = run(text).quotes[-1]
    assert q.speaker.name == "Budi Santoso"
    # Near miss: Pak Haji with no demonstrative is still the one written with H.
    q = run(text.replace("kata Pak Haji itu.", "kata Pak Haji, sapaan warga kepadanya.")).quotes[-1]
    assert q.speaker.name == "Mukhlis"


def test_bu_haji_set_off_by_sapaan_after_a_lead_in_is_the_subject(run):
    # Ditemui di rumahnya, …, Bu Haji, sapaan akrabnya, bercerita …: how the owner is
    # addressed, the subject after the lead-in (no role set off after it), and the one
    # her next words go on with.
    text = ("Hj. Aminah Zahro, pemilik usaha rengginang, mengatakan pesanan naik menjelang Lebaran.\n\n"
            "Ditemui di rumahnya, Senin (3/11/2025), Bu Haji, sapaan akrabnya, bercerita awalnya hanya "
            "berjualan di pasar.\n\n\"Dulu saya jualan keliling,\" kenangnya.")
    quotes = run(text, names={"Aminah Zahro": "PER"}).quotes
    assert [(q.type, q.speaker.name) for q in quotes] == [("indirect", "Aminah Zahro")] * 2 + [("direct", "Aminah Zahro")]
    assert quotes[1].text == "awalnya hanya berjualan di pasar"
    # The name after the honorific written short is tagged though its sentence has no cue.
    text = ("Dari dapur di belakang rumahnya, Hj. Aminah Zahro, 60, pemilik usaha Rengginang Berkah, setiap "
            "hari menggoreng rengginang.\n\n" + text.split("\n\n", 1)[1])
    quotes = run(text, names={"Aminah Zahro": "PER"}).quotes
    assert [(q.type, q.speaker.name) for q in quotes] == [("indirect", "Aminah Zahro"), ("direct", "Aminah Zahro")]
    # Guard: a role set off after a name still describes it (the name speaks, with the role).
    text = "Ditemui di rumahnya, Warsini (45), Ketua RT 05, mengatakan warga sudah lama menunggu perbaikan jalan."
    q = only(run(text))
    assert (q.speaker.name, q.speaker.role) == ("Warsini", "Ketua RT 05")


def test_a_rank_written_with_a_short_name_picks_the_namesake_of_that_rank(run):
    text = ("Kapolsek Gedangan Kompol Heru Prasetyo mengatakan kecelakaan terjadi pukul 14.00. "
            "\"Sopir selamat,\" jelas Heru.\n\n"
            "Kanit Laka Ipda Heru Susanto menambahkan, truk mengalami rem blong. \"Kami periksa sopirnya,\" kata Heru.\n\n"
            "\"Jalan sudah dibuka lagi,\" kata Kompol Heru.")
    names = {"Heru Prasetyo": "PER", "Heru Susanto": "PER", "Heru": "PER"}
    quotes = run(text, names=names).quotes
    assert [q.speaker.name for q in quotes] == ["Heru Prasetyo"] * 2 + ["Heru Susanto"] * 2 + ["Heru Prasetyo"]
    assert quotes[-1].speaker.role == "Kapolsek Gedangan"
    # Guard: the short name alone, or with a rank neither was written with, is the nearest.
    for short in ("Heru", "AKP Heru"):
        q = run(text.replace("Kompol Heru.", short + "."), names=names).quotes[-1]
        assert q.speaker.name == "Heru Susanto", short


def test_the_hajj_honorific_with_a_short_name_picks_the_namesake_written_with_it(run):
    text = ("Pemilik usaha keripik, Hj. Siti Fatimah, mengatakan usahanya tumbuh pesat.\n\n"
            "Salah satu pekerja, Siti Aisyah, mengaku terbantu. \"Lumayan untuk jajan anak,\" kata Siti.\n\n"
            "Bu Haji Siti berharap anak muda mau meneruskan usaha itu.\n\n\"Jangan sampai punah,\" pungkasnya.")
    names = {"Siti Fatimah": "PER", "Siti Aisyah": "PER", "Siti": "PER"}
    quotes = run(text, names=names).quotes
    assert [q.speaker.name for q in quotes] == ["Siti Fatimah", "Siti Aisyah", "Siti Fatimah", "Siti Fatimah"]
    assert quotes[-1].speaker.role == "Pemilik usaha keripik"
    # Guard: Bu Siti alone is the nearest Siti.
    quotes = run(text.replace("Bu Haji Siti", "Bu Siti"), names=names).quotes
    assert [q.speaker.name for q in quotes][-2:] == ["Siti Aisyah"] * 2


def test_a_relative_clause_describing_one_namesake_picks_her(run):
    text = ("Sri Handayani, pedagang sayur, mengatakan harga tomat naik. \"Tomat mahal sekali,\" ucap Bu Sri.\n\n"
            "Sri Rahayu, pemilik warung nasi, mengeluhkan hal serupa. \"Saya kurangi porsi,\" katanya.\n\n"
            "Bu Sri yang berjualan sayur itu memperkirakan harga baru turun bulan depan.\n\n"
            "\"Biasanya begitu,\" katanya.")
    names = {"Sri Handayani": "PER", "Sri Rahayu": "PER", "Sri": "PER"}
    quotes = run(text, names=names).quotes
    assert [q.speaker.name for q in quotes][-2:] == ["Sri Handayani"] * 2
    # … also where a description pointing back opens the sentence after the name.
    alt = text.replace("Sri Handayani, pedagang sayur, mengatakan harga tomat naik.",
                       "Sri Handayani memilih mengurangi stok. Pedagang sayur itu mengatakan harga tomat naik.")
    quotes = run(alt, names=names).quotes
    assert [q.speaker.name for q in quotes][-2:] == ["Sri Handayani"] * 2
    # Guard: a clause that describes neither leaves the nearest.
    quotes = run(text.replace("yang berjualan sayur itu", "yang datang pagi itu"), names=names).quotes
    assert [q.speaker.name for q in quotes][-2:] == ["Sri Rahayu"] * 2


def test_a_time_told_picks_no_namesake(run):
    # Pagi itu … opening the sentence after one namesake is a time told, no description;
    # kata Sri yang pagi itu datang …: the relative clause's time says nothing of who.
    text = ("Sri Wahyuni (47) berjualan sayur di Pasar Johar. Pagi itu dagangannya sepi. Tak jauh dari situ, "
            "Sri Lestari (30) menjual bumbu dapur. \"Harga cabai naik terus,\" kata Sri yang pagi itu datang "
            "bersama anaknya.")
    names = {"Sri Wahyuni": "PER", "Sri Lestari": "PER", "Sri": "PER"}
    assert [q.speaker.name for q in run(text, names=names).quotes] == ["Sri Lestari"]
    text = ("Sri Wahyuni, penjual sarapan pagi, menggelar lapak di Pasar Johar. Tak jauh dari situ, "
            "Sri Lestari (30) menjual bumbu dapur. \"Harga cabai naik terus,\" kata Sri yang pagi itu datang "
            "bersama anaknya.")
    assert [q.speaker.name for q in run(text, names=names).quotes][-1:] == ["Sri Lestari"]
    # Near miss: a description pointing back in the next sentence still picks the one described.
    text = ("Sri Wahyuni (47) berjualan bumbu dapur di Pasar Johar. Pedagang bumbu dapur itu mengeluh sepi. "
            "Tak jauh dari situ, Sri Lestari (30) menjual sayur. \"Harga cabai naik terus,\" kata Bu Sri yang "
            "berjualan bumbu dapur itu.")
    assert [q.speaker.name for q in run(text, names=names).quotes] == ["Sri Wahyuni"]


def test_the_object_of_an_action_noun_closing_a_title_is_no_part_of_the_name(run):
    # Direktur Pengelolaan Sampah Hendra Wirasaputra: Sampah is what Pengelolaan manages,
    # part of the title; the tagger's name is the holder's.
    text = "\"Kami akan meninjau ulang izin itu,\" kata Direktur Pengelolaan Sampah Hendra Wirasaputra."
    q = only(run(text, names={"Hendra Wirasaputra": "PER"}))
    assert (q.speaker.name, q.speaker.role) == ("Hendra Wirasaputra", "Direktur Pengelolaan Sampah")
    # Without a tagger too: the complement ends after the object.
    q = only(run(text))
    assert (q.speaker.name, q.speaker.role) == ("Hendra Wirasaputra", "Direktur Pengelolaan Sampah")
    # The near miss: a given name right after the action noun opens the holder's name.
    q = only(run("\"Kami akan meninjau ulang izin itu,\" kata Kepala Seksi Pengawasan Indah Permatasari.",
                 names={"Indah Permatasari": "PER"}))
    assert (q.speaker.name, q.speaker.role) == ("Indah Permatasari", "Kepala Seksi Pengawasan")


def test_a_quote_cued_by_a_document_pointed_back_to_is_its_author_s(run):
    # ”…,” demikian bunyi penggalan surat tersebut: the letter's author, told of two
    # sentences before as sending it, not the minister who spoke between.
    names = {"Ikatan Guru Honorer Nusantara": "ORG", "Arif Wicaksono": "PER",
             "Lembaga Kajian Pendidikan Rakyat": "ORG"}
    text = ("Ikatan Guru Honorer Nusantara (IGHN) melayangkan surat terbuka kepada Presiden pada Senin (10/3/2025).\n\n"
            "Menanggapi hal itu, Menteri Pendidikan Arif Wicaksono mengatakan pemerintah sedang menyiapkan skema "
            "baru untuk guru honorer.\n\n"
            "\"Kami tidak meminta belas kasihan. Kami meminta keadilan,\" demikian bunyi salah satu paragraf "
            "surat tersebut.\n\n"
            "Di tempat lain, Lembaga Kajian Pendidikan Rakyat menerbitkan pernyataan sikap.\n\n"
            "\"Guru honorer sudah terlalu lama menunggu,\" tulis pernyataan itu.")
    r = run(text, names=names)
    assert [(q.text[:12], q.speaker.name if q.speaker else None) for q in r.quotes] == [
        ("pemerintah s", "Arif Wicaksono"), ("Kami tidak m", "Ikatan Guru Honorer Nusantara"),
        ("Guru honorer", "Lembaga Kajian Pendidikan Rakyat")]
    assert r.quotes[1].rules["speaker"] == "context_speaker:document"
    # The near miss: one who received the letter did not write it; with no author told
    # of, the words stay with the speaker just before, as any uncued quote.
    text = ("Presiden menerima surat dari para guru honorer pada Senin (10/3/2025).\n\n"
            "Menteri Pendidikan Arif Wicaksono mengatakan pemerintah sedang menyiapkan skema baru untuk guru honorer.\n\n"
            "\"Kami tidak meminta belas kasihan,\" demikian bunyi surat tersebut.")
    q = run(text, names=names).quotes[-1]
    assert q.rules["speaker"] != "context_speaker:document"


def test_a_document_s_author_is_not_one_who_only_speaks_of_the_document(run):
    # Budi mengatakan surat dari IDI belum diterima …: the letter is in the minister's
    # words, he did not write it; ”…,” demikian bunyi surat tersebut is not his.
    names = {"Budi Gunadi": "PER", "Adib Khumaidi": "PER", "IDI": "ORG", "Ikatan Dokter Indonesia": "ORG"}
    text = ("Menteri Kesehatan Budi Gunadi mengatakan surat dari IDI belum diterima kementerian. Ketua Umum IDI "
            "Adib Khumaidi mengatakan organisasinya tetap menolak RUU tersebut. \"Kami meminta pemerintah menunda "
            "pengesahan,\" demikian bunyi surat tersebut.")
    q = run(text, names=names).quotes[-1]
    assert q.text.startswith("Kami meminta") and q.speaker.name == "Adib Khumaidi"
    # Told of before as issuing it: that body, past the minister who speaks of it.
    text = ("Ikatan Dokter Indonesia melayangkan surat kepada Presiden. Menteri Kesehatan Budi Gunadi mengatakan "
            "surat itu belum diterima kementerian. \"Kami meminta pemerintah menunda pengesahan,\" demikian bunyi "
            "surat tersebut.")
    q = run(text, names=names).quotes[-1]
    assert (q.speaker.name, q.rules["speaker"]) == ("Ikatan Dokter Indonesia", "context_speaker:document")
    # The near miss: the document as the adjunct before a record's cue is that speaker's.
    text = ("Dalam surat itu, Ikatan Dokter Indonesia meminta pemerintah mendengar organisasi profesi. Menteri "
            "Kesehatan Budi Gunadi mengatakan pemerintah sudah berdialog. \"Kami meminta pemerintah menunda "
            "pengesahan,\" demikian bunyi surat tersebut.")
    q = run(text, names=names).quotes[-1]
    assert (q.speaker.name, q.rules["speaker"]) == ("Ikatan Dokter Indonesia", "context_speaker:document")


def test_a_body_named_on_after_its_bracketed_acronym_keeps_the_words_the_article_writes_after_it(run):
    # Badan Eksekutif Mahasiswa (BEM) USTB, then BEM USTB alone: the student body of
    # that university, which a bare BEM later is.
    names = {"Badan Eksekutif Mahasiswa": "ORG"}
    text = ("Rektor menanggapi surat terbuka Badan Eksekutif Mahasiswa (BEM) USTB soal uang kuliah.\n\n"
            "Sebelumnya, BEM USTB melayangkan surat terbuka kepada rektor. Dalam surat terbuka itu, BEM menyebut "
            "kenaikan uang kuliah mencapai 40 persen.")
    q = only(run(text, names=names))
    assert q.speaker.name == "Badan Eksekutif Mahasiswa (BEM) USTB"
    # The near miss: where the article never writes the acronym with those words, they
    # are no part of the name (a branch's or a place's words may follow the bracket).
    text = ("Rektor menanggapi surat terbuka Badan Eksekutif Mahasiswa (BEM) USTB soal uang kuliah.\n\n"
            "Dalam surat terbuka itu, BEM menyebut kenaikan uang kuliah mencapai 40 persen.")
    q = only(run(text, names=names))
    assert "USTB" not in q.speaker.name


def test_a_body_noun_with_a_demonstrative_is_the_body_that_spoke_right_before(run):
    # Lembaga itu menilai …, right after a think tank's record: that body, not the
    # statistics agency (Badan …) named a paragraph before.
    names = {"Badan Pusat Statistik": "ORG", "Institute for Economic Reform": "ORG"}
    text = ("Badan Pusat Statistik (BPS) akan merilis data inflasi bulan depan.\n\n"
            "Institute for Economic Reform (IER) dalam laporannya memperkirakan daya beli masyarakat akan terus "
            "melemah hingga akhir tahun. Lembaga itu menilai harga pangan masih menjadi pemicu utama.")
    q = run(text, names=names).quotes[-1]
    assert q.text == "harga pangan masih menjadi pemicu utama"
    assert (q.speaker.name, q.rules["speaker"]) == ("Institute for Economic Reform", "description_mention:last_body")
    # The near miss: a ministry spoke right before; perusahaan itu is no ministry, but the
    # one company the article named.
    names = {"PT Sinar Logam": "ORG", "Kementerian Perindustrian": "ORG"}
    text = ("PT Sinar Logam menghentikan produksi di pabriknya.\n\n"
            "Kementerian Perindustrian menyatakan akan memeriksa izin pabrik itu. "
            "Perusahaan itu menilai pemeriksaan tersebut tidak perlu.")
    q = run(text, names=names).quotes[-1]
    assert q.speaker.name == "PT Sinar Logam"


def test_a_body_noun_points_back_only_to_a_body_that_fits_it_with_none_such_named_between(run):
    # KPPU menyebut PT X …. Perusahaan itu membantah …: the company named in KPPU's words,
    # not the commission that spoke last; nor a commission with no company named between.
    names = {"KPPU": "ORG", "PT Sinar Jaya": "ORG", "OJK": "ORG", "PT Asuransi Jiwa Sejahtera": "ORG"}
    q = run("KPPU menyebut PT Sinar Jaya diduga terlibat kartel minyak goreng. Perusahaan itu membantah tudingan "
            "tersebut dan menyatakan harga ditentukan pasar.", names=names).quotes[-1]
    assert q.text == "harga ditentukan pasar" and q.speaker.name == "PT Sinar Jaya"
    q = run("OJK menyatakan PT Asuransi Jiwa Sejahtera gagal bayar klaim nasabah. Perusahaan tersebut mengatakan "
            "pembayaran akan dicicil mulai bulan depan.", names=names).quotes[-1]
    assert q.speaker.name == "PT Asuransi Jiwa Sejahtera"
    q = run("PT Sinar Jaya menaikkan harga minyak goreng.\n\nKPPU menyatakan akan memeriksa kenaikan harga itu. "
            "Perusahaan itu menilai kenaikan tersebut wajar.", names=names).quotes[-1]
    assert q.text == "kenaikan tersebut wajar" and q.speaker.name == "PT Sinar Jaya"
    # A body the noun fits, named in the words of another that fits it too.
    q = run("Bank Indonesia menyebut Lembaga Penjamin Simpanan sudah menyiapkan dana talangan. Lembaga itu "
            "menyatakan dana nasabah aman.", names={"Bank Indonesia": "ORG", "Lembaga Penjamin Simpanan": "ORG"}).quotes[-1]
    assert q.text == "dana nasabah aman" and q.speaker.name == "Lembaga Penjamin Simpanan"
    # The near misses: a company that spoke right before is still the one its noun points
    # back to; a broad noun (lembaga) any body that spoke right before.
    names = {"PT Sinar Jaya": "ORG", "PT Mitra Niaga": "ORG", "Bank Indonesia": "ORG"}
    q = run("PT Mitra Niaga memasok minyak goreng ke pasar.\n\nPT Sinar Jaya menyatakan pasokan minyak goreng "
            "aman. Perusahaan itu menilai harga akan turun pekan depan.", names=names).quotes[-1]
    assert (q.speaker.name, q.rules["speaker"]) == ("PT Sinar Jaya", "description_mention:last_body")
    q = run("BPS mencatat inflasi Februari sebesar 0,5 persen. Bank Indonesia menilai inflasi masih terkendali. "
            "Lembaga itu memperkirakan inflasi akhir tahun di bawah 3 persen.", names=names).quotes[-1]
    assert (q.speaker.name, q.rules["speaker"]) == ("Bank Indonesia", "description_mention:last_body")


def test_a_sentence_adverb_with_nya_before_a_counted_group_is_no_speaker(run):
    # Hasilnya, sebanyak 64% responden menyatakan …: the result is no one; the counted
    # respondents are no named speaker either.
    r = run("Lembaga survei itu merilis temuan terbarunya. Hasilnya, sebanyak 64% responden menyatakan puas "
            "terhadap layanan publik.")
    assert all(q.speaker is None or q.speaker.name != "Hasilnya" for q in r.quotes)
    # The near miss: a name after the adverb still speaks.
    q = only(run("Hasilnya, Ketua Tim Peneliti Sari Wulandari menyatakan layanan publik membaik.",
                 names={"Sari Wulandari": "PER"}))
    assert q.speaker.name == "Sari Wulandari"


def test_an_age_set_off_by_commas_after_a_name_is_the_names_as_one_in_brackets_is(run):
    # Purnomo, 39, ayah …, mendesak …: the name with its age is the subject that speaks, the
    # description after the age the role, though the tagger misses a one-word name; the
    # next ucapnya goes on with the newcomer, not the speaker before.
    names = {"Endang Lestari": "PER"}
    opening = "Kepala sekolah Endang Lestari mengatakan plafon ruang kelas itu sudah keropos sejak tahun lalu.\n\n"
    for age in ("39", "39 tahun"):
        text = opening + (f"Purnomo, {age}, ayah seorang murid kelas III, mendesak dinas pendidikan merenovasi "
                          "ruang kelas itu sebelum musim hujan. ”Anak-anak belajar di bawah plafon bolong,” ucapnya.")
        r = run(text, names=names)
        assert _roles(r)[1:] == [("Purnomo", "ayah seorang murid kelas III")] * 2, age
        assert r.quotes[1].rules["speaker"] == "named_mention"  # the subject itself, not its description
    # Near miss: a number after a comma that is not closed by one, or a year, is no age.
    from attribution.lexicon import load_lexicon
    from attribution.mentions import comma_age_at
    from attribution.segment import build_document

    def age_after_first_word(text):
        return comma_age_at(build_document(text).tokens, 1, load_lexicon())
    assert age_after_first_word("Purnomo, 39, ayah siswa itu, meminta maaf.") == 2
    assert age_after_first_word("Purnomo, 39 tahun, ayah siswa itu, meminta maaf.") == 3
    assert age_after_first_word("Madiun, 12 November, warga mulai mengungsi.") == 0
    assert age_after_first_word("Madiun, 2016, warga mulai mengungsi.") == 0
    assert age_after_first_word("Purnomo, 39 tahun lalu, mulai mengajar.") == 0


def test_a_kinship_noun_in_a_description_after_an_aged_name_is_no_form_of_address(run):
    # Ni Made Sariasih (41), ibu rumah tangga asal Kesiman, …: "ibu" before lowercase words
    # is the noun of the role, not a form of address opening another name (Kesiman).
    text = ("Harga bahan sesajen naik menjelang hari raya.\n\n"
            "Ni Made Sariasih (41), ibu rumah tangga asal Kesiman, mengatakan keluarganya kini membeli janur "
            "dari pedagang luar daerah.")
    assert _roles(run(text, names={"Ni Made Sariasih": "PER", "Kesiman": "LOC"})) == [
        ("Ni Made Sariasih", "ibu rumah tangga asal Kesiman")]
    # Near miss: an honorific before a capitalised word opens the name after the comma.
    text = ("Harga bahan sesajen naik menjelang hari raya.\n\n"
            "Rekan Rina di BRIN, Dr Taufik Hidayat, mengatakan harga bahan sesajen naik dua kali lipat.")
    assert _roles(run(text, names={"Rina": "PER", "Taufik Hidayat": "PER"})) == [
        ("Taufik Hidayat", "Rekan Rina di BRIN")]


def test_a_name_run_into_its_holders_title_with_no_comma(run):
    # Bambang Suryadi Ketua RT 03 … mengatakan, …: the name, then its title as the role, as
    # some outlets write them; also where the tagger takes the title into the name.
    text = ("Banjir kembali merendam kampung itu pada Selasa malam.\n\n"
            "Bambang Suryadi Ketua RT 03 RW 07 Kelurahan Tambakrejo mengatakan, genangan setinggi lutut "
            "bertahan sampai subuh.\n\n"
            "Rina Kusumawati Lurah Tambakrejo yang memantau posko pengungsian membantah warga terlambat "
            "dievakuasi.\n\n"
            "“Perahu karet sudah siaga sejak sore,” ujarnya.\n\n"
            "Warsini (58) warga RT 02 mengaku sudah tiga kali mengungsi tahun ini.")
    names = {"Bambang Suryadi": "PER", "Rina Kusumawati Lurah Tambakrejo": "PER", "Warsini": "PER"}
    assert _roles(run(text, names=names)) == [
        ("Bambang Suryadi", "Ketua RT 03 RW 07 Kelurahan Tambakrejo"),
        ("Rina Kusumawati", "Lurah Tambakrejo"), ("Rina Kusumawati", "Lurah Tambakrejo"),
        ("Warsini", "warga RT 02")]
    # Near misses: a title word names are also made of goes on with the name; one
    # capitalised word before a title is the title's (Corporate Secretary), no name.
    text = "Arif Hakim Nugroho mengatakan masyarakat harus tenang menghadapi banjir."
    assert _roles(run(text, names={"Arif Hakim Nugroho": "PER"})) == [("Arif Hakim Nugroho", None)]
    text = ("Sementara itu, Corporate Secretary Bank Tani Hendra Saputra Nasution menyatakan perseroan belum "
            "berencana menerbitkan obligasi baru tahun ini.")
    assert _roles(run(text, names={"Hendra Saputra Nasution": "PER"})) == [
        ("Hendra Saputra Nasution", "Corporate Secretary Bank Tani")]


def test_a_title_word_inside_a_name_opens_no_run_in_role(run):
    # kata Muhammad Rizky Laksamana Putra, Ketua Panitia; kata Rizky Ramadhan Guru Pratama: a title
    # word followed by another word of the name (no complement of the title) is the name's,
    # and a role set off after the whole name is the role.
    text = "\"Kami sudah siap,\" kata Muhammad Rizky Laksamana Putra, Ketua Panitia."
    assert _roles(run(text, names={"Muhammad Rizky Laksamana Putra": "PER"})) == [
        ("Muhammad Rizky Laksamana Putra", "Ketua Panitia")]
    text = "\"Kami sudah siap,\" kata Andi Muhammad Wali Rahman."
    assert _roles(run(text, names={"Andi Muhammad Wali Rahman": "PER"})) == [("Andi Muhammad Wali Rahman", None)]
    text = "\"Kami sudah siap,\" kata Rizky Ramadhan Guru Pratama."
    assert _roles(run(text, names={"Rizky Ramadhan Guru Pratama": "PER"})) == [("Rizky Ramadhan Guru Pratama", None)]
    # Kusuma is also a place's word; the role set off after the whole name says it is a name.
    text = "\"Kami sudah siap,\" kata Dewi Anjani Lurah Kusuma, Ketua Panitia."
    assert _roles(run(text, names={"Dewi Anjani Lurah Kusuma": "PER"})) == [("Dewi Anjani Lurah Kusuma", "Ketua Panitia")]
    # Near miss: the title before its complement (an acronym, a place the article writes
    # as one) is still the holder's role.
    text = ("Warga Kelurahan Kebonsari mengungsi sejak Senin. Sri Handayani Lurah Kebonsari yang memantau posko "
            "membantah warga terlambat dievakuasi. Slamet Widodo Ketua RT 04 RW 02 Kelurahan Kebonsari "
            "mengatakan, genangan bertahan sampai subuh.")
    assert _roles(run(text, names={"Sri Handayani Lurah Kebonsari": "PER", "Slamet Widodo": "PER"})) == [
        ("Sri Handayani", "Lurah Kebonsari"), ("Slamet Widodo", "Ketua RT 04 RW 02 Kelurahan Kebonsari")]


def test_a_passive_speech_verb_brings_in_an_aged_newcomer_the_tagger_missed(run):
    # Hal berbeda disampaikan Mbah Karto, 72, penabuh kendang …. Ia menyebut …: the
    # newcomer, named with an age set off by commas, speaks next, with the description
    # after the age as the role; not the speaker before.
    text = ("Ki Sutrisno Wiryo, dalang senior asal Wonosari, menilai para peserta sudah siap tampil. "
            "“Tinggal jam terbang,” katanya.\n\n"
            "Hal berbeda disampaikan Mbah Karto, 72, penabuh kendang dari Pundong. "
            "Ia menilai minat anak muda pada karawitan justru naik sejak festival itu digelar.\n\n"
            "“Sekarang yang datang malah anak-anak SMA,” ujar lelaki asal Pundong itu.")
    r = run(text, names={"Ki Sutrisno Wiryo": "PER"})
    assert _roles(r)[2:] == [("Mbah Karto", "penabuh kendang dari Pundong")] * 2
    assert _roles(r)[:2] == [("Ki Sutrisno Wiryo", "dalang senior asal Wonosari")] * 2
    # Near miss: the same passive naming no newcomer leaves the words with the speaker before.
    text = text.replace("Hal berbeda disampaikan Mbah Karto, 72, penabuh kendang dari Pundong. ",
                        "Hal itu ia sampaikan sambil tersenyum. ").replace(" ujar lelaki asal Pundong itu.", " ujarnya.")
    assert {name for name, _ in _roles(run(text, names={"Ki Sutrisno Wiryo": "PER"}))} == {"Ki Sutrisno Wiryo"}


def test_a_kinship_noun_set_off_before_a_name_is_the_role_as_written(run):
    # Sang ibu, Sulastri (47), …; Putri sulungnya, Dewi Hartati, …: what the person is to
    # someone the article tells of is their role, as the article writes it.
    text = ("Sebuah truk menabrak sepeda motor di Jalan Raya Gempol, Senin (24/11/2025).\n\n"
            "Sang ibu, Sulastri (47), masih terisak di ruang tunggu rumah sakit. Ia berharap pengemudi truk itu "
            "dihukum berat.\n\n"
            "\"Anak saya baru lulus sekolah,\" tutur sang ibu.")
    assert _roles(run(text, names={"Sulastri": "PER"})) == [("Sulastri", "Sang ibu")] * 2
    text = "Putri sulungnya, Dewi Hartati, mengatakan keluarga akan memakamkan almarhum di kampung halamannya."
    assert _roles(run(text, names={"Dewi Hartati": "PER"})) == [("Dewi Hartati", "Putri sulungnya")]
    # Near misses: a role the title parse reads stays as it was (Tetangganya: Tetangga), and
    # the relative of someone named there is none of this (Istri Karyono).
    text = "Tetangganya, Sri Wulan (50), mengatakan korban dikenal ramah kepada siapa saja."
    assert _roles(run(text, names={"Sri Wulan": "PER"})) == [("Sri Wulan", "Tetangga")]
    text = "Istri Karyono, Sumarni (52), mengatakan suaminya belum pulang sejak Senin."
    assert _roles(run(text, names={"Sumarni": "PER", "Karyono": "PER"})) == [("Sumarni", "Istri Karyono")]


def test_a_fronted_adjunct_with_a_kinship_noun_is_no_role(run):
    # Menurut ibunya, Dimas, …; Karena anaknya sakit, Sutrisno, 45, …: a kinship noun inside
    # a fronted adjunct (after a connective, or with a clause going on after it) says nothing
    # of the name after the comma.
    text = ("Menurut ibunya, Dimas, yang kini duduk di kelas V, sejak kecil suka menggambar. "
            "\"Saya ingin jadi pelukis,\" kata Dimas.")
    assert all(role is None for _, role in _roles(run(text, names={"Dimas": "PER"})))
    text = ("Karena anaknya sakit, Sutrisno, 45, terpaksa meminjam uang. "
            "\"Saya tidak punya pilihan,\" kata Sutrisno.")
    assert all(role is None for _, role in _roles(run(text, names={"Sutrisno": "PER"})))
    text = ("Istrinya sakit keras, Sutrisno, 45, terpaksa meminjam uang. "
            "\"Saya tidak punya pilihan,\" kata Sutrisno.")
    assert all(role is None for _, role in _roles(run(text, names={"Sutrisno": "PER"})))
    # Near miss: the birth order after the kinship noun is part of the role.
    text = "Anak keduanya, Dewi Hartati, mengatakan keluarga akan memakamkan almarhum di kampung halamannya."
    assert _roles(run(text, names={"Dewi Hartati": "PER"})) == [("Dewi Hartati", "Anak keduanya")]


def test_a_role_set_off_before_a_name_and_the_other_name_it_goes_by(run):
    # Pembina …, Ahmad Syarif Hidayat atau Gus Syarif, mengatakan …: the role before the
    # name is its role, past the short form after atau.
    text = ("Pembina asrama putra yang juga menantu pemilik yayasan, Ahmad Syarif Hidayat atau Gus Syarif, "
            "mengatakan jadwal piket dapur kini dibagi per kamar.\n\n"
            "\"Biar semua kebagian tugas,\" kata Gus Syarif.")
    role = "Pembina asrama putra yang juga menantu pemilik yayasan"
    assert _roles(run(text, names={"Ahmad Syarif Hidayat": "PER", "Syarif": "PER"})) == [
        ("Ahmad Syarif Hidayat", role)] * 2
    # Near miss: without the short form the role is the same.
    text = text.replace(" atau Gus Syarif", "").replace("kata Gus Syarif", "kata Ahmad")
    assert _roles(run(text, names={"Ahmad Syarif Hidayat": "PER"})) == [("Ahmad Syarif Hidayat", role)] * 2


def test_a_puppeteer_or_gamelan_player_before_a_name_is_the_role(run):
    # Dalang senior Ki Sutrisno Wiryo …: what the person does in a wayang show is their role.
    text = ("Dalang senior Ki Sutrisno Wiryo mengatakan para peserta sudah siap tampil di panggung. "
            "Hal berbeda disampaikan pengrawit Mbah Karto. Ia menilai minat anak muda pada karawitan justru naik.")
    assert _roles(run(text, names={"Ki Sutrisno Wiryo": "PER", "Mbah Karto": "PER"})) == [
        ("Ki Sutrisno Wiryo", "Dalang senior"), ("Mbah Karto", "pengrawit")]
    # Near miss: the plural after para names the players, no speaker.
    text = "Para dalang muda menilai festival itu penting untuk regenerasi."
    assert all(q.speaker is None or q.speaker.role is None for q in run(text).quotes)


def test_honorifics_opening_a_name_are_passed_over_by_one_helper():
    # One helper passes the honorifics opening a name, with their full stops written apart
    # (Prof. Dr. Budi) or in the token (H. Sutrisno), always keeping one word; where a
    # tagger took the honorific into the name, only those written with their stop go.
    from attribution.lexicon import load_lexicon
    from attribution.mentions import _doc_tokens, _opens_with_a_name, _past_honorifics_from
    from attribution.segment import build_document
    lex = load_lexicon()

    def passed(name, written=False):
        doc = build_document(name + " datang ke balai desa.")
        _doc_tokens.set(doc.tokens)
        words = doc.tokens[:len(build_document(name).tokens)]
        k = _past_honorifics_from(words, 0, len(words), lex, written=written)
        return " ".join(t.text for t in words[k:]), _opens_with_a_name(words, lex)
    assert passed("Prof. Dr. Budi Santoso") == ("Budi Santoso", True)
    assert passed("H. Sutrisno") == passed("H. Sutrisno", written=True) == ("Sutrisno", True)
    assert passed("Bu Warsih") == ("Warsih", True)
    # Near misses: a title after the honorific opens no name, and the last word stays even
    # where it is one more honorific; a form of address is no initial a tagger takes in.
    assert passed("Pak Camat") == ("Camat", False)
    assert passed("Pak Haji") == ("Haji", False)
    assert passed("Bu Warsih", written=True) == ("Bu Warsih", True)
    assert passed("Prof. Dr. Budi Santoso", written=True)[0] == "Prof . Dr . Budi Santoso"


def test_one_rule_drops_the_degrees_set_off_after_a_name(run):
    # The degrees a comma sets off after a name go from the subject and from the mention
    # alike: after an age in brackets, spelt with a space before a consultant's mark, set
    # off by a dash, and between the name and the role set off after it (untagged).
    cases = [
        ("Pengacara Budi Santoso (45), S.H., mengatakan gugatan itu lemah.", ("Budi Santoso", "Pengacara"), True),
        ("Dokter anak, Rina Wulandari, Sp.A (K), mengatakan kasus diare naik.", ("Rina Wulandari", "Dokter anak"),
         True),
        ("Ketua LBH Kota, Budi Santoso, S.H. — mengatakan gugatan itu lemah.", ("Budi Santoso", "Ketua LBH Kota"),
         True),
        ("\"Gugatan itu lemah,\" kata Budi Santoso, S.H., Ketua LBH Kota.", ("Budi Santoso", "Ketua LBH Kota"), False),
        ("Budi Santoso, S.H., Ketua LBH Kota, mengatakan gugatan itu lemah.", ("Budi Santoso", "Ketua LBH Kota"), False),
    ]
    for text, want, tagged in cases:
        q = only(run(text, names={want[0]: "PER"} if tagged else None))
        assert q.speaker is not None and (q.speaker.name, q.speaker.role) == want, text
    # Near miss: capitals a comma sets off that run on into a name are no degree.
    q = only(run("Kepala Dinas Pertanian Budi Santoso, MA Hidayat mengatakan stok beras cukup."))
    assert q.speaker.name != "Budi Santoso"


def test_one_test_says_where_an_acronym_in_brackets_opens():
    # (IDI), (KPU): one word in capitals of two letters or more; the entity index and the
    # document's word index ask the same test. A lone letter, a word in lower case or two
    # words are no acronym, though the last is a short name in brackets.
    from attribution.mentions import acronym_in_brackets_at, bracketed_name_end
    from attribution.segment import build_document
    toks = build_document("Ikatan Dokter Indonesia (IDI) dan Komisi E (E) serta (Kpu) dan (KAI Commuter) hadir.").tokens
    opens = [k for k, t in enumerate(toks) if t.text == "("]
    assert [acronym_in_brackets_at(toks, k) for k in opens] == [True, False, False, False]
    assert [bracketed_name_end(toks, k, len(toks)) is not None for k in opens] == [True, True, True, True]


def test_every_preposition_saying_where_sets_off_a_place_before_a_title(run):
    # The lexicon's where_prepositions (di, dari, ke) open the adjunct that names the place
    # before the title, and with the origin words they open a place in a role.
    from attribution.lexicon import load_lexicon
    lex = load_lexicon()
    assert lex.where_prepositions < lex.place_openers
    for prep in ("Di", "Dari", "Ke"):
        text = (f"{prep} kota pelabuhan Tarakan, Wali Kota Marisol Reyes menggambarkan kerusakan "
                "itu sebagai yang terparah.\n\n”Kami butuh terpal,” katanya kepada wartawan.")
        assert [(q.speaker.name, q.speaker.role) for q in run(text).quotes] == [("Marisol Reyes", "Wali Kota")], prep
    # Near miss: without the preposition the capitalised words after Wali Kota stay the city's.
    text = "Wali Kota Tarakan Khairul mengatakan bantuan sudah tiba di kota pelabuhan itu."
    assert [(q.speaker.name, q.speaker.role) for q in run(text).quotes] == [("Khairul", "Wali Kota Tarakan")]


def test_a_headline_line_runs_no_verb_into_a_name_nor_gives_a_role(run):
    # A title-case headline on its own line capitalises its verb and object: the tagged run
    # (Sekar Pramesti Adu Suara) is cut to the name the article writes elsewhere, and the
    # headline's words before it are no role.
    text = ("Kakak dan Adik di Panggung, Dewi dan Sekar Pramesti Adu Suara di Konser Amal\n\n"
            "Jakarta - Penyanyi senior Dewi Pramesti dan adiknya, Sekar Pramesti, tampil bersama. "
            "Sekar Pramesti mengaku gugup tampil bersama kakaknya.")
    names = {"Sekar Pramesti Adu Suara": "PER", "Sekar Pramesti": "PER", "Dewi Pramesti": "PER"}
    q = only(run(text, names=names))
    assert q.speaker.name == "Sekar Pramesti"
    assert "Panggung" not in (q.speaker.role or "")
    # Near miss: the same run in a body sentence (with its full stop) is no headline: the
    # tagger's span stands there as it did.
    body = ("Jakarta - Kemarin Sekar Pramesti Adu Suara tampil di konser amal. "
            "Sekar Pramesti Adu Suara mengaku gugup tampil bersama kakaknya.")
    q = only(run(body, names={"Sekar Pramesti Adu Suara": "PER"}))
    assert q.speaker.name == "Sekar Pramesti Adu Suara"


def test_a_headline_comma_sets_off_no_role_and_its_verb_is_no_name(run):
    # Nama Gugat Cerai Suami, Kuasa Hukum: …: the headline's comma opens its next clause
    # (the lawyer speaks there), so the words before it are no appositive name with that
    # role; the name is the part the article writes elsewhere, the role the body's.
    text = ("Rina Kartika Gugat Cerai Suami, Kuasa Hukum: Bukan Soal Harta\n\n"
            "Penyanyi Rina Kartika resmi mengajukan gugatan cerai ke Pengadilan Agama Bandung.\n\n"
            "Kuasa hukum Rina, Bayu Pratomo, membenarkan kabar tersebut.\n\n"
            "\"Ini keputusan yang berat,\" kata Bayu.\n\n"
            "\"Aku baik-baik saja. Terima kasih untuk semua doa,\" tulis Rina.")
    r = run(text)
    said = {q.text[:8]: (q.speaker.name, q.speaker.role) for q in r.quotes}
    assert said["Aku baik"] == ("Rina Kartika", "Penyanyi")
    assert said["Ini kepu"] == ("Bayu Pratomo", "Kuasa hukum Rina")
    # Near miss: the same words in a body sentence (a full stop, not a headline line) are an
    # appositive name and its role as before.
    body = ("Di sidang itu hadir pula Rina Kartika, Kuasa Hukum PT Sinar Jaya, bersama timnya. "
            "Rina Kartika mengatakan gugatan itu tidak berdasar.")
    q = only(run(body))
    assert (q.speaker.name, q.speaker.role) == ("Rina Kartika", "Kuasa Hukum PT Sinar Jaya")


def test_a_rank_ends_a_tagged_body_run_into_its_member(run):
    # The tagger runs the body, the rank and the member's name into one organisation
    # (Kementerian Pertahanan Nasional Vietnam Jenderal Tran Sokhom): the body ends before
    # the rank, so the ministry's later statement is the ministry's, no run-on name.
    text = ("Perundingan dipimpin Sekretaris Negara Kementerian Pertahanan Nasional Vietnam Jenderal "
            "Tran Sokhom. Kedua delegasi gagal sepakat bulan lalu.\n\n"
            "\"Kami menghormati proses ini,\" ujar Sokhom.\n\n"
            "Kementerian Pertahanan Nasional Vietnam membantah tuduhan itu. Dalam pernyataan tertulis, "
            "kementerian itu menyatakan tidak ada pasukan baru yang dikirim ke perbatasan.")
    r = run(text, names={"Kementerian Pertahanan Nasional Vietnam Jenderal Tran Sokhom": "ORG"})
    assert [(q.speaker.name, q.speaker.role) for q in r.quotes] == [
        ("Tran Sokhom", "Sekretaris Negara Kementerian Pertahanan Nasional Vietnam"),
        ("Kementerian Pertahanan Nasional Vietnam", None)]
    # Near miss: a rank word a body's head takes as its own (Direktorat Jenderal) is part of
    # the body's name.
    text = ("Direktorat Jenderal Pajak Kementerian Keuangan menyatakan pelaporan SPT tetap dibuka.\n\n"
            "\"Tidak ada perpanjangan,\" tulis Direktorat Jenderal Pajak Kementerian Keuangan.")
    r = run(text, names={"Direktorat Jenderal Pajak Kementerian Keuangan": "ORG"})
    assert {q.speaker.name for q in r.quotes} == {"Direktorat Jenderal Pajak Kementerian Keuangan"}


def test_a_nickname_in_a_description_after_a_quotation_points_back(run):
    # ”…,” kata lelaki yang akrab disapa Mbah Man itu: the cue and the quotation mark open
    # no description; the nickname is that of the person named before (Sukirman).
    text = ("Warga Desa Pantai Baru, Sukirman (68), memperbaiki jaring ikan di teras rumahnya.\n\n"
            "”Jaring begini butuh tiga hari kalau mau rapi,” kata lelaki yang akrab disapa Mbah Man itu.\n\n"
            "Mbah Man mengatakan ia belajar melaut dari ayahnya.")
    names = {"Sukirman": "PER", "Mbah Man": "PER"}
    assert [q.speaker.name for q in run(text, names=names).quotes] == ["Sukirman"] * 2
    # Guard: a nickname given right after a name stays that name's, not the one before.
    text = ("Warga Desa Pantai Baru, Sukirman (68), memperbaiki jaring ikan di teras rumahnya.\n\n"
            "”Jaring begini butuh tiga hari,” kata tetangganya, Warsono, yang akrab disapa Mbah Won.\n\n"
            "Mbah Won mengatakan ia belajar melaut dari ayahnya.")
    names = {"Sukirman": "PER", "Warsono": "PER", "Mbah Won": "PER"}
    assert [q.speaker.name for q in run(text, names=names).quotes] == ["Warsono"] * 2


def test_a_deputys_abbreviated_title_comes_from_the_ministers(run):
    # Wamenkomdigi: the deputy of the minister the lexicon abbreviates as Menkomdigi.
    q = only(run("Pada acara yang sama, Wamenkomdigi lainnya, Dodi Saputra, menjelaskan jaringan sudah siap.",
                 names={"Dodi Saputra": "PER"}))
    assert (q.speaker.name, q.speaker.role) == ("Dodi Saputra", "Wamenkomdigi")
    # Guard: a capitalised word that no title abbreviation gives stays out of the role.
    q = only(run("Pada acara yang sama, Wamenbaru lainnya, Dodi Saputra, menjelaskan jaringan sudah siap.",
                 names={"Dodi Saputra": "PER"}))
    assert q.speaker.name == "Dodi Saputra" and q.speaker.role != "Wamenbaru"


def test_a_role_crosses_no_dan_into_another_persons_name(run):
    # aktor senior Bima Santosa dan putranya, Raka Santosa: the role before "dan" is Bima's;
    # Raka is only what follows it.
    text = ("Sinetron itu mempertemukan ayah dan anak, aktor senior Bima Santosa dan putranya, Raka Santosa. "
            "\"Saya sempat gugup beradu peran dengan ayah,\" kata Raka.")
    # Where the tagger leaves the sentence untagged, the name the article gives the other
    # person elsewhere marks it.
    for names in ({"Bima Santosa": "PER", "Raka Santosa": "PER", "Raka": "PER"}, None):
        q = run(text + " \"Ia disiplin,\" kata Bima Santosa.", names=names).quotes[0]
        assert q.speaker.name == "Raka Santosa" and "Bima" not in (q.speaker.role or ""), names
    # Guard: "dan" inside a title's field, after no person's name, stays in the role.
    text = ("Dalam rapat itu, Kepala Dinas Kelautan dan Perikanan, Joko Susilo, menjelaskan stok ikan aman. "
            "\"Kami pantau setiap pekan,\" kata Joko.")
    q = only(run(text, names={"Joko Susilo": "PER", "Joko": "PER"}), "direct")
    assert (q.speaker.name, q.speaker.role) == ("Joko Susilo", "Kepala Dinas Kelautan dan Perikanan")


def test_battalion_commander_short_title_keeps_its_unit_number(run):
    # Danyon (Komandan Batalyon) with the battalion's number: the role; the rank and its
    # corps are no part of the name. Guard: Komandan Kodim with its number, as before.
    q = only(run("Danyon 514 Mayor Inf Yudha Pratama menyatakan prajuritnya siap diterjunkan ke lokasi banjir."))
    assert (q.speaker.name, q.speaker.role) == ("Yudha Pratama", "Danyon 514")
    q = only(run("Komandan Kodim 0712/Tegal Letkol Inf Bambang Sutrisno mengatakan jalur pantura dijaga ketat."))
    assert (q.speaker.name, q.speaker.role) == ("Bambang Sutrisno", "Komandan Kodim 0712/Tegal")


def test_dateline_town_after_a_regional_title_is_its_region(run):
    # GARUT in the dateline is a place: Kapolres Garut is a title with no holder named,
    # not a person called Garut. Guard: a word the article writes nowhere as a place
    # after such a title is still the holder's name.
    q = only(run("GARUT, KOMPAS — Kapolres Garut mengatakan tiga pelaku begal sudah ditangkap."))
    assert q.speaker.name == "Kapolres Garut"
    assert q.rules["speaker"] == "description_mention:title_only"
    q = only(run("GARUT, KOMPAS — Bupati Sukiman mengatakan lampu jalan akan ditambah tahun ini."))
    assert q.speaker.name == "Sukiman"


def test_a_fronted_prepositions_object_is_no_role_nor_speaker(run):
    # Bagi warga, …; Kepada para petani, …; Untuk warga, …: to whom or for whom; the name
    # after the comma, running on into its verb, is the subject, with no role from them.
    for text, name in (("Bagi warga, Sulastri mengatakan bahwa air bersih sangat penting.", "Sulastri"),
                       ("Kepada para petani, Sunarto meminta agar mereka tidak panik.", "Sunarto"),
                       ("Terhadap warga, Hendra Gunawan mengatakan bahwa pihaknya akan menggugat.", "Hendra Gunawan"),
                       ("Kepada wartawan, Hendra Gunawan mengatakan bahwa pihaknya akan menggugat.", "Hendra Gunawan")):
        q = only(run(text, names={"Hendra Gunawan": "PER"}))
        assert (q.speaker.name, q.speaker.mention, q.speaker.role) == (name, name, None), text
    # Kepada Ratna, camat …: Ratna is whom the camat gives to, neither the speaker nor one
    # whose role the words after the comma are.
    text = "Kepada Ratna Dewi, camat menyerahkan bantuan beras. ”Bantuan akan terus diberikan,” kata camat itu."
    q = only(run(text, names={"Ratna Dewi": "PER"}), "direct")
    assert q.speaker is None or q.speaker.name != "Ratna Dewi"
    q = only(run("Kepada Ratna, camat itu mengatakan bahwa bantuan akan terus diberikan."))
    assert q.speaker is None or q.speaker.name != "Ratna"
    q = only(run("Kepada wartawan, Camat Ciawi Budi Santoso mengatakan bahwa jalan segera diperbaiki.",
                 names={"Budi Santoso": "PER"}))
    assert (q.speaker.name, q.speaker.role) == ("Budi Santoso", "Camat Ciawi")
    # Guard: a role set off before a name closed by its own comma stays the name's.
    q = only(run("Kepala Desa Sukamaju, Darmo, mengatakan bahwa jalan desa rusak parah."))
    assert (q.speaker.name, q.speaker.role) == ("Darmo", "Kepala Desa Sukamaju")
    q = only(run("Untuk anaknya, Sulastri Handayani, pedagang sayur, berharap sekolah tetap dibuka.",
                 names={"Sulastri Handayani": "PER"}))
    assert (q.speaker.name, q.speaker.role) == ("Sulastri Handayani", "pedagang sayur")


def test_a_title_before_a_name_with_a_place_word_keeps_its_place_and_the_name_whole(run):
    # Kusuma, Jaya, Putra, Sari are place words too: after the title's own place the name
    # stays whole, the place in the role.
    for text, name, role in (
            ("Wali Kota Bandung Arief Kusuma mengatakan bahwa banjir sudah surut.", "Arief Kusuma", "Wali Kota Bandung"),
            ("Bupati Bogor Rudi Putra mengatakan bahwa banjir sudah surut.", "Rudi Putra", "Bupati Bogor"),
            ("Kepala Desa Sukamaju Dewi Sari mengatakan bahwa banjir sudah surut.", "Dewi Sari", "Kepala Desa Sukamaju"),
            ("Wali Kota Jakarta Selatan Munjirin Jaya mengatakan bahwa banjir sudah surut.", "Munjirin Jaya",
             "Wali Kota Jakarta Selatan")):
        q = only(run(text))
        assert (q.speaker.name, q.speaker.role) == (name, role), text


def test_a_title_set_off_before_an_honorific_and_name_is_the_role(run):
    # Pembimbing …, KH Name, mengaku …: the title before the comma is the role.
    q = only(run("Pembimbing ibadah rombongan BDG 12 asal Kabupaten Bogor, KH Ahmad Syukri, mengaku sudah "
                 "menasihati rombongannya sejak awal.", names={"Ahmad Syukri": "PER"}))
    assert (q.speaker.name, q.speaker.role) == ("Ahmad Syukri", "Pembimbing ibadah rombongan BDG 12 asal Kabupaten Bogor")


def test_a_description_with_a_named_place_and_a_demonstrative_points_back(run):
    # tutur <description> di <Place> itu, <Description> di <Place> itu mengungkapkan …:
    # the place is where the one described serves; the demonstrative points back.
    intro = ("Pembimbing ibadah rombongan asal Kabupaten Bogor, KH Ahmad Syukri, mengaku sudah menasihati "
             "rombongannya sejak awal.\n\n")
    r = run(intro + "\"Jangan memaksakan diri,\" tutur kiai pengasuh pesantren di Cibinong itu.",
            names={"Ahmad Syukri": "PER"})
    assert [q.speaker.name for q in r.quotes] == ["Ahmad Syukri", "Ahmad Syukri"]
    r = run("Penumpang lain, Andi Saputra (29), memilih naik sepeda motor. Karyawan toko di Serang itu "
            "mengungkapkan antrean motor lebih cepat.", names={"Andi Saputra": "PER"})
    assert only(r).speaker.name == "Andi Saputra"
    # The near miss: a place written in lowercase says where the speaker spoke; no one
    # named before is pointed back to by the officer.
    r = run("Penumpang lain, Andi Saputra (29), memilih naik sepeda motor. Petugas di lokasi itu "
            "mengungkapkan antrean motor lebih cepat.", names={"Andi Saputra": "PER"})
    assert only(r).speaker is None or only(r).speaker.name != "Andi Saputra"


def test_a_resident_described_with_a_set_off_place_and_a_relative_points_back(run):
    # Warga X, Y, yang … itu mengaku …: one description pointing back, no place speaks.
    r = run("Di peron, Dewi Lestari (31), penumpang kereta tujuan Bandung, tampak menggendong anaknya. "
            "Warga Kecamatan Depok, Sleman, yang bekerja di Jakarta Timur itu mengaku sengaja memilih pulang "
            "pada Senin.", names={"Dewi Lestari": "PER"})
    assert only(r).speaker.name == "Dewi Lestari"
    # The near miss: without the demonstrative no one is pointed back to, and no place speaks.
    r = run("Di peron, Dewi Lestari (31), penumpang kereta tujuan Bandung, tampak menggendong anaknya. "
            "Warga Kecamatan Depok, Sleman, yang bekerja di Jakarta Timur mengaku sengaja memilih pulang "
            "pada Senin.", names={"Dewi Lestari": "PER"})
    assert all(q.speaker is None or q.speaker.name not in ("Sleman", "Depok") for q in r.quotes)


def test_sang_and_a_noun_points_back_and_is_no_name(run):
    # Sang syahbandar juga mengingatkan …: the harbour master told of before, not "Sang".
    q = run("Kepala Kantor Pelabuhan Merak, Capt. Budi Santoso, menyatakan pelayaran masih aman. "
            "Sang syahbandar juga mengingatkan para nakhoda agar tidak membawa muatan berlebih.",
            names={"Budi Santoso": "PER"}).quotes[-1]
    assert q.speaker.name == "Budi Santoso"
    # The near miss: Sang before a name (a kinship role set off) keeps the name.
    q = only(run("Sang ibu, Sulastri (47), mengaku belum menerima kabar dari anaknya.",
                 names={"Sulastri": "PER"}))
    assert q.speaker.name == "Sulastri"


def test_menurut_a_retirees_description_points_back_to_the_newcomer(run):
    # Menurut pensiunan guru SMP itu, …: the person just brought in.
    q = only(run("Peziarah lain, Joko Susilo (63), warga Kecamatan Klaten, bersyukur bisa pulang dengan sehat. "
                 "Menurut pensiunan guru SMP itu, cuaca panas menjadi ujian terberat.",
                 names={"Joko Susilo": "PER"}))
    assert (q.speaker.name, q.text) == ("Joko Susilo", "cuaca panas menjadi ujian terberat")


def test_name_with_lowercase_particle_after_a_rank_is_whole(run):
    text = ("Juru bicara angkatan laut, Kolonel Miguel Angel dela Rosa, mengatakan bahwa kapal itu rusak ringan. "
            "Menurut dela Rosa, tidak ada korban dalam insiden itu.")
    quotes = run(text, "2025-01-01").quotes
    assert [q.speaker.name for q in quotes] == ["Miguel Angel dela Rosa"] * 2
    assert quotes[0].speaker.role == "Juru bicara angkatan laut"


def test_particle_name_after_a_title_keeps_its_given_name(run):
    text = ("Parlemen Bolivia memberhentikan Presiden Valeria Ortiz de la Vega dalam sidang darurat, Senin.\n\n"
            "\"Kami akan melawan di pengadilan,\" ujar Ortiz.")
    q = only(run(text, "2025-01-01"))
    assert (q.speaker.name, q.speaker.role) == ("Valeria Ortiz de la Vega", "Presiden")


def test_particle_name_after_a_place_is_whole_and_its_short_form_is_that_person(run):
    # Mantan gelandang Timnas Brasil Caio Ramos da Silva: the name with its particle runs
    # back to the place; the two-word rule does not cut it to "da Silva", and kata Ramos
    # is the same person, not a second one.
    text = ("Mantan gelandang Timnas Brasil Caio Ramos da Silva mengaku siap melatih klub Liga 1. "
            "\"Saya suka sepak bola Indonesia,\" kata Ramos.")
    quotes = run(text, "2025-01-01").quotes
    assert [(q.speaker.name, q.speaker.role) for q in quotes] == [("Caio Ramos da Silva", "Mantan gelandang Timnas Brasil")] * 2
    # The near miss: with no particle the name after the place is still its last two words.
    q = only(run("Wali Kota Sukamaju Beni Saputra mengatakan jalan itu segera diperbaiki.", "2025-01-01"))
    assert (q.speaker.name, q.speaker.role) == ("Beni Saputra", "Wali Kota Sukamaju")


def test_glue_after_a_particle_name_known_alone_ends_the_titled_name(run):
    # Presiden Brasil Caio Ramos da Silva di Istana Merdeka … Ramos mengatakan: the name
    # with its particle ends before "di", and Ramos is that president.
    text = ("Presiden Prabowo Subianto menerima Presiden Brasil Caio Ramos da Silva di Istana Merdeka, Jakarta. "
            "Ramos mengatakan kedua negara sepakat memperluas perdagangan kopi.")
    q = only(run(text, "2025-01-01"))
    assert (q.speaker.name, q.speaker.role) == ("Caio Ramos da Silva", "Presiden Brasil")


def test_spanish_given_names_stay_before_the_surname_the_article_reuses(run):
    text = ("Ketua Senat José Luis Herrera Vargas langsung dilantik sebagai presiden sementara.\n\n"
            "\"Saya akan membawa negara ini ke pemilu yang damai,\" kata Herrera.")
    q = only(run(text, "2025-01-01"))
    assert (q.speaker.name, q.speaker.role) == ("José Luis Herrera Vargas", "Ketua Senat")


def test_complement_before_a_reused_indonesian_name_still_goes(run):
    # guard: with no particle and no known foreign given name, the title's complement
    # stays out of the name the article reuses
    text = ("Kepala Dinas Pendidikan Sukamaju Raya Darto Wijaya meninjau sekolah itu.\n\n"
            "\"Kami akan memperbaiki atapnya,\" kata Darto.")
    q = only(run(text, "2025-01-01"))
    assert q.speaker.name == "Darto Wijaya"


def test_occasion_naming_a_council_between_subject_and_verb_is_no_speaker(run):
    text = ("Sekretaris Jenderal Liga Arab Henrik Solberg, dalam pidato pembukaan sidang Dewan Gubernur di Wina, "
            "Austria, Senin (10/11), menyebut organisasi itu siap.")
    q = only(run(text, "2025-11-12"))
    assert (q.speaker.name, q.speaker.role) == ("Henrik Solberg", "Sekretaris Jenderal Liga Arab")


def test_titled_person_in_a_lead_in_adjunct_still_speaks(run):
    # guard: an adjunct opening the clause that runs on into a titled person is the subject
    text = "Dalam kesempatan itu Wali Kota Bogor Arif Rahman mengatakan bahwa jalan itu rusak."
    q = only(run(text, "2025-01-01"))
    assert q.speaker.name == "Arif Rahman"


def test_name_brought_in_by_bernama_inside_an_appositive_is_not_the_speaker(run):
    text = ("Warsito (61), kakek dari salah satu korban bernama Dedi Kurniawan (19), berharap polisi segera "
            "menangkap pelaku.")
    q = only(run(text, "2025-01-01"))
    assert (q.speaker.name, q.speaker.role) == ("Warsito", "kakek dari salah satu korban")


def test_description_with_bernama_alone_names_the_speaker(run):
    # guard: with no name set off before it, the name after bernama is the speaker's
    q = only(run("Seorang siswa bernama Dimas mengatakan bahwa sekolahnya banjir.", "2025-01-01"))
    assert (q.speaker.name, q.speaker.role) == ("Dimas", "siswa")


def test_a_bracketed_short_name_after_a_persons_name_is_no_bodys_short_form(run):
    # Ketua Lembaga … Tegar Santosa (Tegar): the run opens with a body's head word, but the
    # bracketed word is the person's short name (one of the run's last words, written after
    # kata), so kata Tegar is Tegar Santosa.
    text = ("JAKARTA, KOMPAS — Ketua Lembaga Pangan Indonesia Tegar Santosa (Tegar) mengatakan harga beras naik. "
            "\"Petani tidak menikmati kenaikan itu,\" kata Tegar.")
    quotes = run(text, "2025-01-01").quotes
    assert [q.speaker.name for q in quotes] == ["Tegar Santosa"] * 2
    assert quotes[-1].speaker.role == "Ketua Lembaga Pangan Indonesia"
    # The near miss: a bracketed word that is none of the run's own words stays the body's
    # short form, no name (Wakil Ketua Bapang …: the holder is Tegar Santosa).
    text = ("JAKARTA, KOMPAS — Rapat Badan Pangan (Bapang) DPR digelar Senin. "
            "Wakil Ketua Bapang dari Fraksi Golkar Tegar Santosa menilai anggaran itu cukup.")
    q = only(run(text, "2025-01-01"))
    assert (q.speaker.name, q.speaker.role) == ("Tegar Santosa", "Wakil Ketua Bapang dari Fraksi Golkar")


def test_a_nickname_the_article_says_someone_is_known_by_is_that_person(run):
    # dikenal dengan nama / dikenal sebagai / populer dengan nama, also with the place or
    # medium told between (yang di media sosial dikenal sebagai, populer di TikTok dengan
    # nama) and a degree set off by commas after the name: the nickname is the person.
    cases = [
        ("Unggahan pegiat kuliner Rahmat Hidayat Siregar, yang lebih dikenal dengan nama Bang Kuliner, "
         "ramai dibicarakan.\n\n\"Rasanya enak sekali,\" tulis Bang Kuliner.",
         {"Rahmat Hidayat Siregar": "PER", "Bang Kuliner": "PER"}, "Rahmat Hidayat Siregar"),
        ("Petani cabai Yusuf Hamdani yang populer di TikTok dengan nama Pak Kebun mengaku senang.\n\n"
         "\"Sekarang harga cabai lebih stabil,\" tulis Pak Kebun.",
         {"Yusuf Hamdani": "PER", "Kebun": "PER"}, "Yusuf Hamdani"),
        ("Video itu diunggah dr Kartika Ayuningtyas, SpA, yang di media sosial dikenal sebagai Dokter Nona.\n\n"
         "\"Vaksin itu aman untuk anak,\" kata Nona.",
         {"Kartika Ayuningtyas": "PER", "Nona": "PER"}, "Kartika Ayuningtyas"),
    ]
    for text, names, full in cases:
        assert [q.speaker.name for q in run(text, names=names).quotes] == [full], text
    # Guard: known as a description (pengusaha sukses), or popular in a place with no
    # name given, gives no nickname: the later name is someone else.
    for text in ("Ketua RT Budi Santoso, yang dikenal sebagai pengusaha sukses, ikut hadir.\n\n"
                 "\"Warga sudah siap,\" kata Bang Rudi.",
                 "Budi Santoso yang populer di kampung itu ikut hadir.\n\n\"Warga sudah siap,\" kata Bang Rudi."):
        q = only(run(text, names={"Budi Santoso": "PER", "Bang Rudi": "PER"}))
        assert q.speaker.name in ("Bang Rudi", "Rudi"), text


def test_a_nickname_given_in_the_subject_of_a_real_name_is_that_person(run):
    # Kreator konten yang akrab disapa Kak Nana itu bernama asli X: the nickname first, no
    # one named before, and whatever the description: the nickname stands for X, and the
    # description is X's role.
    text = ("Kreator konten yang akrab disapa Kak Nana itu bernama asli Rahmawati Dewi Lestari.\n\n"
            "\"Saya tidak pernah meminjam uang,\" kata Kak Nana.")
    for names in (None, {"Nana": "PER", "Rahmawati Dewi Lestari": "PER"}):
        q = only(run(text, names=names))
        assert (q.speaker.name, q.speaker.role) == ("Rahmawati Dewi Lestari", "Kreator konten"), names
    # Guard: a real name given of someone with no nickname in the subject keeps the
    # stage name the article used so far (Gitaris Kobo … Pria bernama asli … itu).
    text = ("Gitaris Kobo mengatakan grup itu akan tampil lagi.\n\n"
            "Pria bernama asli Yakobus Daniel Sitepu itu menuturkan latihan sudah dimulai.\n\n"
            "\"Kami rindu panggung,\" ujar Kobo.")
    assert [q.speaker.name for q in run(text).quotes] == ["Yakobus Daniel Sitepu"] * 3


def test_an_english_title_a_tagger_runs_into_the_name_stays_the_role(run):
    # Chief Executive Officer X Y, no comma, tagged from Executive: the title's modifier
    # and head are no part of the name; the firm after the title is the role's too.
    # (Chief Operating Officer: a field, not a modifier, before the head, is left as it was.)
    text = "Chief Executive Officer Kilau Rania Kusumadewi dalam unggahannya menyebut tim Kilau terpukul."
    for names in (None, {"Executive Officer Kilau Rania Kusumadewi": "PER"}):
        q = only(run(text, names=names))
        assert (q.speaker.name, q.speaker.role) == ("Rania Kusumadewi", "Chief Executive Officer Kilau"), names
    # Guard: an Indonesian title's holder after a comma, another person before it, keeps
    # the first name a person (Nadia's manager is Rina).
    q = only(run("Manajer Nadia, Rina Kusuma, mengatakan bahwa konser ditunda.",
                 names={"Nadia": "PER", "Rina Kusuma": "PER"}))
    assert (q.speaker.name, q.speaker.role) == ("Rina Kusuma", "Manajer Nadia")


def test_a_platform_after_di_is_no_post_of_the_body(run):
    # tulis KBRI Seoul di Instagram: the platform is where the embassy posted its words,
    # not a place it is posted at, so no part of its name.
    for text, name in (('"Perpanjangan izin tinggal bisa diurus secara daring," tulis KBRI Seoul di Instagram, '
                        'Rabu (12/11/2025).', "KBRI Seoul"),
                       ('"Warga diminta melapor diri," tulis KJRI di Facebook resminya.', "KJRI"),
                       ('"Layanan konsuler tutup sementara," tulis Kedutaan Besar Belanda di X.',
                        "Kedutaan Besar Belanda")):
        assert only(run(text)).speaker.name == name, text
    # The near miss: a town after di is still the body's post.
    q = only(run('"Perpanjangan izin tinggal bisa diurus secara daring," tulis KBRI di Seoul, Rabu (12/11/2025).'))
    assert q.speaker.name == "KBRI di Seoul"


def test_a_body_head_with_common_nouns_and_a_demonstrative_points_back(run):
    # Stasiun radio swasta itu: what kind of body, pointing back; with no such body named
    # before no one speaks, never a body called Stasiun, Kantor or Biro.
    for text in ("Stasiun radio swasta itu menyatakan tidak akan memutar lagu tersebut lagi.",
                 "Kantor notaris itu menyatakan tidak akan menanggapi laporan warga.",
                 "Biro umrah tersebut menyatakan akan mengembalikan uang calon jemaah."):
        q = only(run(text))  # a statement all the same: kept, with no speaker
        assert (q.speaker, q.rules["speaker"]) == (None, "description_mention:no_body"), text
    # The body the article named with a name those words open.
    q = run("Warga melaporkan Kantor Hukum Sinar Keadilan ke polisi, Senin (3/3/2025). Kantor hukum itu "
            "menyatakan akan bersikap kooperatif selama pemeriksaan.").quotes[-1]
    assert (q.speaker.name, q.speaker.kind) == ("Kantor Hukum Sinar Keadilan", "organization")
    # The near miss: a body's name after its head speaks as before.
    q = only(run("Stasiun Tugu Yogyakarta menyatakan jadwal kereta kembali normal."))
    assert q.speaker.name == "Stasiun Tugu Yogyakarta"


def test_a_kind_of_body_pointing_back_is_the_body_of_that_kind_named_before(run):
    # Partai berlambang matahari itu: partai says which body named before it points back
    # to, the one party the article named; Manajemen klub itu: the one club.
    q = run("Partai Amanat Rakyat (PAR) menggelar musyawarah nasional di Surabaya, Senin (3/3/2025). Partai "
            "berlambang matahari itu menyatakan akan mengusung calon presiden sendiri.").quotes[-1]
    assert q.text == "akan mengusung calon presiden sendiri"
    assert (q.speaker.name, q.speaker.kind) == ("Partai Amanat Rakyat", "organization")
    q = run("Klub Garuda Muda kalah 0-3 di kandang sendiri, Minggu (2/3/2025). Manajemen klub itu menyatakan "
            "akan mengevaluasi kinerja pelatih kepala.").quotes[-1]
    assert q.speaker.name == "Klub Garuda Muda"
    q = run("Seorang siswa SMK Bina Karya terluka saat upacara, Senin (3/3/2025). Pihak sekolah itu menyatakan "
            "akan menanggung biaya pengobatan.").quotes[-1]
    assert q.speaker.name == "SMK Bina Karya"
    # Two parties the words fit alike, or none of that kind named: the statement stays,
    # with no speaker, never the head word (Partai, Kelompok) nor a person named before.
    for text in ("Partai Amanat Rakyat dan Partai Suara Desa bertemu di Surabaya. Partai berlambang matahari itu "
                 "menyatakan akan mengusung calon presiden sendiri.",
                 "Koordinator aksi, Rina Kusuma, memimpin unjuk rasa di depan pabrik. Serikat buruh itu menyatakan "
                 "akan mogok kerja pekan depan.",
                 "Serangan terjadi di pos jaga pada Minggu malam. Kelompok bersenjata itu menyatakan bertanggung "
                 "jawab atas serangan tersebut."):
        q = run(text, names={"Rina Kusuma": "PER"}).quotes[-1]
        assert q.text.startswith(("akan", "bertanggung")), text
        assert (q.speaker, q.rules["speaker"]) == (None, "description_mention:no_body"), text


def test_a_school_numbered_inside_its_name_is_the_school_pointed_back_to(run):
    # SD Negeri 4 Cilodong, SMPN 2 Parung: the number inside the name (a place word,
    # Negeri, before it; the town after it) keeps the school a body's name, so Pihak
    # sekolah itu points back to it.
    for school in ("SD Negeri 4 Cilodong", "SMPN 2 Parung"):
        q = run(f"Murid {school} mengikuti lomba cerdas cermat, Kamis (6/3/2025). Pihak sekolah itu menyatakan "
                "hadiah lomba akan dipakai membeli buku.").quotes[-1]
        assert q.text == "hadiah lomba akan dipakai membeli buku", school
        assert (q.speaker.name, q.speaker.kind, q.rules["speaker"]) == (school, "organization",
                                                                      "description_mention"), school
    # The near miss: a count after a body's name is no number of it (PT Sinar Rejeki 3 kali
    # mangkir): the company is named without it.
    q = run("PT Sinar Rejeki 3 kali mangkir dari panggilan dinas. Perusahaan itu menyatakan "
            "surat panggilan tidak pernah diterima.").quotes[-1]
    assert q.speaker.name == "PT Sinar Rejeki"


def test_a_short_name_in_brackets_says_where_the_name_starts(run):
    # Ketua Forum Nelayan Pesisir Wiratmo Sastrodiharjo (Wiratmo): the bracketed word opens
    # the name, so the title's last word (Pesisir) stays in the role and the name is whole,
    # with or without a tagger marking the short name a person's.
    text = ("Harga ikan anjlok sepekan terakhir. Ketua Forum Nelayan Pesisir Wiratmo Sastrodiharjo (Wiratmo) "
            "menilai pemerintah lambat membeli hasil tangkapan.")
    for names in (None, {"Wiratmo Sastrodiharjo": "PER", "Wiratmo": "PER"}):
        q = only(run(text, names=names))
        assert (q.speaker.name, q.speaker.role) == ("Wiratmo Sastrodiharjo", "Ketua Forum Nelayan Pesisir"), names
    # … and the short name alone later is that person's, no body's word.
    quotes = run(text + " Menurut Wiratmo, gudang pendingin di pelabuhan sudah penuh.").quotes
    assert [(q.text, q.speaker.name) for q in quotes] == [
        ("pemerintah lambat membeli hasil tangkapan", "Wiratmo Sastrodiharjo"),
        ("gudang pendingin di pelabuhan sudah penuh", "Wiratmo Sastrodiharjo")]
    # The near miss: a body's short name in brackets closing the title is no one's name;
    # the title alone speaks.
    q = only(run("Harga ikan anjlok sepekan terakhir. Ketua Forum Nelayan Pesisir (Fornep) menilai pemerintah "
                 "lambat membeli hasil tangkapan."))
    assert q.speaker.kind == "person" and q.speaker.role == q.speaker.name == "Ketua Forum Nelayan Pesisir (Fornep)"


def test_a_dateline_town_of_two_words_is_a_place_only_whole(run):
    # ABU DHABI: Abu Dhabi is a place, not Abu alone, which may open a person's name.
    text = ("ABU DHABI, KOMPAS — Atase ketenagakerjaan Abu Salim menerima puluhan pekerja migran di kantornya, "
            "Selasa (4/3/2025). Abu mengatakan sebagian besar pekerja sudah menerima gaji.")
    q = only(run(text))
    assert (q.speaker.name, q.rules["date"]) == ("Abu Salim", "statement_date:speaker_sentence")
    # The whole town after a regional title is its region: a title with no holder named.
    q = only(run("TANJUNG PINANG, KOMPAS — Wali Kota Tanjung Pinang mengatakan banjir sudah surut."))
    assert (q.speaker.name, q.rules["speaker"]) == ("Wali Kota Tanjung Pinang", "description_mention:title_only")
    # The near miss: a one-word town is a place on its own, as before.
    q = only(run("GARUT, KOMPAS — Kapolres Garut mengatakan tiga pelaku begal sudah ditangkap."))
    assert q.speaker.name == "Kapolres Garut"


def test_degrees_set_off_one_after_another_are_no_names(run):
    # Rina Amelia, S.Psi., M.Psi.,: each degree a comma sets off after the name is no
    # one's, though a tagger reads the second (after the first's full stop) as a name;
    # the titled name brings its person in, and a later Ia is hers.
    text = ("Kepala Dinas Kesehatan Sleman, Budi Santoso, meminta warga menjaga kebersihan air.\n\n"
            "\"Air sumur harus direbus dulu,\" kata Budi, Senin (10/11/2025).\n\n"
            "Psikolog anak RSUD Sleman, Rina Amelia, S.Psi., M.Psi., menyambut baik imbauan "
            "tersebut. Ia berharap orangtua segera membawa anak yang diare ke puskesmas.")
    names = {"Budi Santoso": "PER", "Budi": "PER", "Rina Amelia": "PER", "M . Psi": "PER"}
    q = run(text, names=names).quotes[-1]
    assert q.text.startswith("orangtua segera membawa")
    assert (q.speaker.name, q.speaker.role) == ("Rina Amelia", "Psikolog anak RSUD Sleman")


def test_bodies_joined_by_bersama_speak_together(run):
    text = ("Koalisi Sungai Bersih merilis laporan pencemaran di Jambi.\n\n"
            "Jatam bersama Kiara dan Walhi Jambi, dalam pernyataan bersama yang dibacakan seusai diskusi, "
            "mendesak gubernur untuk mencabut izin tambang pasir di hulu sungai.\n\n"
            "Direktur Eksekutif Walhi Jambi, Abdullah Rasyid, mengatakan banjir makin sering terjadi.\n\n"
            "“Sungai kami bukan tempat membuang limbah industri,” bunyi pernyataan bersama tersebut.")
    r = run(text, names={"Koalisi Sungai Bersih": "ORG", "Jatam": "ORG", "Kiara": "ORG",
                         "Abdullah Rasyid": "PER"})
    urged, said, quoted = r.quotes
    for q in (urged, quoted):
        assert (q.speaker.name, q.speaker.kind, [c.name for c in q.co_speakers]) == (
            "Jatam", "organization", ["Kiara", "Walhi Jambi"])
    # The wording of the statement pointing back cues the quote; its authors speak, not
    # the person quoted between.
    assert said.speaker.name == "Abdullah Rasyid"
    assert quoted.rules["speaker"] == "context_speaker:document"


def test_person_with_a_body_after_bersama_is_no_joint_statement(run):
    # Near miss: a person, or a lowercase noun, with bersama is no list of bodies.
    text = ("Kepala Dinas Lingkungan Hidup Jambi Rina Marlina bersama Walhi Jambi menilai "
            "pencemaran itu berasal dari tambang pasir.\n\n"
            "Polisi bersama warga menyebut pelaku sudah kabur ke luar kota.")
    r = run(text, names={"Rina Marlina": "PER"})
    first, second = r.quotes
    for q in (first, second):
        assert q.co_speakers == [] and (q.speaker is None or q.speaker.name != "Walhi Jambi")


def test_company_noun_in_a_summary_is_the_one_company_named_later(run):
    text = ("Oleh Andi Wijaya\n\n"
            "- Warga Desa Sukamaju mengeluhkan sawah yang tercemar.\n"
            "- Perusahaan membantah limbahnya mencemari sawah warga.\n\n"
            "Sawah di Desa Sukamaju menghitam sejak awal bulan.\n\n"
            "PT Sumber Tirta Abadi (STA) membantah tuduhan tersebut. Manajer PT STA, Dedi Kurnia, "
            "menyatakan seluruh limbah diolah sesuai aturan.")
    r = run(text, names={"PT Sumber Tirta Abadi": "ORG", "Dedi Kurnia": "PER"})
    denied = next(q for q in r.quotes if q.text.startswith("limbahnya"))
    assert (denied.speaker.name, denied.speaker.kind) == ("PT Sumber Tirta Abadi", "organization")


def test_company_noun_in_a_summary_with_two_companies_named_later_stays(run):
    # Near miss: two companies named later; the noun could mean either.
    text = ("Oleh Andi Wijaya\n\n"
            "- Perusahaan membantah limbahnya mencemari sawah warga.\n\n"
            "Sawah di Desa Sukamaju menghitam sejak awal bulan.\n\n"
            "PT Sumber Tirta Abadi dan PT Kali Jernih berada di hulu sungai. Manajer PT Sumber Tirta Abadi, "
            "Dedi Kurnia, menyatakan seluruh limbah diolah sesuai aturan.")
    r = run(text, names={"PT Sumber Tirta Abadi": "ORG", "PT Kali Jernih": "ORG", "Dedi Kurnia": "PER"})
    denied = next(q for q in r.quotes if q.text.startswith("limbahnya"))
    assert denied.speaker.name == "Perusahaan"


def test_a_police_noun_in_a_summary_is_no_station_named_later(run):
    # Only a company noun points forward; a police station named later is another told of.
    text = ("- Polisi menyebut pencuri sudah ditahan.\n\n"
            "Pemilik toko sempat melapor ke Polsek Cilandak, tetapi laporannya tidak diproses.")
    q = only(run(text))
    assert q.speaker.name == "Polisi" and q.rules["speaker"] == "named_mention"
    # Even where that station speaks later, a police noun points back only
    # (forward_body_descriptions holds company nouns).
    text += "\n\nPolsek Cilandak menyatakan petugas sudah memeriksa lokasi."
    q = run(text, names={"Polsek Cilandak": "ORG"}).quotes[0]
    assert q.speaker.name == "Polisi" and q.rules["speaker"] == "named_mention"


def test_a_company_noun_in_a_summary_needs_the_company_named_later_to_speak(run):
    text = ("- Perusahaan membantah limbahnya mencemari sungai.\n\n"
            "Warga Desa Sukamaju mengeluhkan air sungai yang keruh sejak PT Sinar Tambang Raya beroperasi di hulu.")
    q = only(run(text))
    assert q.speaker.name == "Perusahaan"
    # Guard: the company speaks through its manager: the bullet is its words.
    text += " Manajer PT Sinar Tambang Raya, Dedi Kurnia, menyatakan limbah sudah diolah."
    denied = run(text, names={"Dedi Kurnia": "PER"}).quotes[0]
    assert (denied.speaker.name, denied.rules["speaker"]) == ("PT Sinar Tambang Raya", "named_mention:described_body")


def test_an_unnamed_diplomat_of_a_named_body_is_no_speaker_of_that_body(run):
    # "diplomat" opens with di- like a passive verb; after Seorang it is still the head of
    # a description, not a sub-heading run into the sentence before the body's name.
    text = ("Seorang diplomat senior Uni Afrika yang enggan disebutkan namanya mengatakan kepada wartawan "
            "bahwa pemungutan suara akan ditunda hingga bulan depan.")
    q = only(run(text, "2025-03-12", names={"Uni Afrika": "ORG"}))
    assert q.speaker is None and q.unnamed_source.text == "Seorang diplomat senior Uni Afrika"
    # Guard: the diplomat the sentence names after a comma speaks, the description the role.
    text = text.replace(" yang enggan disebutkan namanya,", ",").replace(
        "Uni Afrika yang enggan disebutkan namanya", "Uni Afrika, Samuel Okoro,")
    q = only(run(text, "2025-03-12", names={"Uni Afrika": "ORG", "Samuel Okoro": "PER"}))
    assert (q.speaker.name, q.speaker.role) == ("Samuel Okoro", "diplomat senior Uni Afrika")


def test_a_short_form_the_article_gives_a_body_in_brackets_is_no_name_in_a_title(run):
    # Badan Legislasi (Baleg): Baleg is that body's short form, so Wakil Ketua Baleg dari
    # Fraksi X goes on to the person named after it, as Wakil Ketua Komisi II does.
    text = ("JAKARTA - Dua Wakil Ketua Badan Legislasi (Baleg) DPR RI berbeda pendapat soal RUU Penyiaran.\n\n"
            "Wakil Ketua Baleg dari Fraksi Partai Hanura Rudi Hartanto Wijaya menilai, RUU itu bisa disahkan "
            "tahun ini.\n\n")
    q = only(run(text, "2025-11-13"))
    assert (q.speaker.name, q.speaker.role) == ("Rudi Hartanto Wijaya", "Wakil Ketua Baleg dari Fraksi Partai Hanura")
    # Guard: a short form written with capitals inside (IDRnet) is none of these; the
    # body still speaks under it.
    text = ("JAKARTA - Indonesia Digital Rights Network (IDRnet) mendesak pemerintah untuk mengusut kebocoran "
            "data warga.\n\n")
    q = only(run(text, "2025-11-13"))
    assert q.speaker.name == "IDRnet"


def test_selaku_after_a_name_set_off_by_a_kinship_role_gives_the_office(run):
    # Adik terdakwa, X, selaku Komisaris PT Y …: the capacity this one acts in is the
    # role, no next person's title.
    names = {"Hendra Wibisono": "PER", "Budi Wibisono": "PER"}
    text = ("Jakarta - Majelis hakim menjatuhkan vonis lima tahun penjara kepada terdakwa Hendra Wibisono.\n\n"
            "Dalam perkara yang sama, adik terdakwa, Budi Wibisono, selaku Komisaris PT Sinar Makmur masih "
            "menjalani persidangan. Pada persidangan sebelumnya, Budi membantah ikut mengelola rekening "
            "perusahaan.\n\n")
    q = only(run(text, "2025-11-13", names=names))
    assert (q.speaker.name, q.speaker.role) == ("Budi Wibisono", "Komisaris PT Sinar Makmur")
    # Guard: with no selaku the kinship role set off before the name stays.
    q = only(run(text.replace(" selaku Komisaris PT Sinar Makmur", ""), "2025-11-13", names=names))
    assert (q.speaker.name, q.speaker.role) == ("Budi Wibisono", "adik terdakwa")
_REVIEWER = ("Jakarta - Unggahan {desc} Gilang Pramudya Saputra ramai diperbincangkan di media sosial X. "
             "Ia mengeluhkan ponsel yang dibelinya tiba-tiba tidak mendapat sinyal.\n\n"
             "\"Terus salah saya di mana?\" tulis Gilang lewat akun X @gilang_tekno, Minggu (5/10/2025).\n\n"
             "Dalam utasnya, Gilang menyebut sudah mendatangi gerai operator seluler.")


def test_a_reviewer_before_the_name_is_the_role():
    # reviewer gadget, like kreator konten, describes the person whose name follows.
    for names in ({"Gilang Pramudya Saputra": "PER", "Gilang": "PER"}, None):
        r = extract(_REVIEWER.format(desc="reviewer gadget"), "2025-10-07",
                    tagger=FakeTagger(names) if names else None)
        assert [(q.speaker.name, q.speaker.role) for q in r.quotes] \
            == [("Gilang Pramudya Saputra", "reviewer gadget")] * 2, names


def test_a_thing_reviewed_before_the_name_is_no_role(run):
    # Guard: a lowercase word the lexicon does not list as a description (ulasan gadget)
    # gives no role.
    r = run(_REVIEWER.format(desc="ulasan gadget"), "2025-10-07",
            names={"Gilang Pramudya Saputra": "PER", "Gilang": "PER"})
    assert [q.speaker.role for q in r.quotes] == [None, None]


_TITLE_AFTER_A_DATE = ("Audit itu menemukan ribuan saset di pesisir Jakarta. Dalam keterangan resminya, Rabu (21/5), "
                       "{title} Sari Segar, Melinda Tanoto, menjelaskan perusahaan telah menarik 2.100 ton kemasan.\n\n"
                       "\"Kami tidak menutup mata,\" ujar Melinda.")


@pytest.mark.parametrize("title", ["Sustainability Director", "Head of Sustainability", "Kepala Divisi Keberlanjutan"])
def test_a_title_after_a_date_set_off_by_commas_is_whole(title):
    # An English title's field before its head (Sustainability Director) is the title's
    # where it opens the clause after the date's comma; the date is no part of the role.
    # The tagger may take the title and the firm for a person's name.
    for names in ({"Melinda Tanoto": "PER", "Melinda": "PER", title + " Sari Segar": "PER"},
                  {"Melinda Tanoto": "PER", "Melinda": "PER", "Sari Segar": "ORG"}, None):
        r = extract(_TITLE_AFTER_A_DATE.format(title=title), "2025-05-22",
                    tagger=FakeTagger(names) if names else None)
        assert [(q.speaker.name, q.speaker.role) for q in r.quotes] \
            == [("Melinda Tanoto", title + " Sari Segar")] * 2, names


_LISTED_TITLE = ("Direktur Pengawasan Koperasi Simpan Pinjam, Bank Perkreditan Rakyat, Pegadaian Swasta, dan "
                 "Lembaga Keuangan Mikro Lainnya OJK")


def test_a_long_title_listing_its_fields_with_commas_is_whole():
    # A title listing its fields with commas runs back further than an unlisted one:
    # all 19 of its words are the role.
    text = (_LISTED_TITLE + ", Rahmat Hidayatullah, menegaskan bahwa penagih wajib beretika.\n\n"
            "\"Kontak darurat bukan peminjam,\" kata Rahmat.")
    for names in ({"Rahmat Hidayatullah": "PER", "Rahmat": "PER", "OJK": "ORG"}, None):
        r = extract(text, "2025-06-16", tagger=FakeTagger(names) if names else None)
        assert [(q.speaker.name, q.speaker.role) for q in r.quotes] \
            == [("Rahmat Hidayatullah", _LISTED_TITLE)] * 2, names


def test_a_long_listed_title_does_not_run_back_into_another_titled_person():
    # Guard: the title before it is another person's (Direktur Utama … Andi Rahman).
    text = ("Bersama Direktur Utama Bank Nusantara Andi Rahman, " + _LISTED_TITLE
            + ", Rahmat Hidayatullah, menegaskan bahwa penagih wajib beretika.")
    names = {"Rahmat Hidayatullah": "PER", "Andi Rahman": "PER", "OJK": "ORG"}
    q = only(extract(text, "2025-06-16", tagger=FakeTagger(names)))
    assert (q.speaker.name, q.speaker.role) == ("Rahmat Hidayatullah", _LISTED_TITLE)


_FIRM_AFTER_AN_ENGLISH_TITLE = (
    "Startup agritech Tanimaju mengumumkan perolehan pendanaan Seri A senilai USD 20 juta.\n\n"
    "Chief Operating Officer Tanimaju, Ni Luh Ayu Kartika Dewi, menambahkan, saat ini Tanimaju "
    "bermitra dengan 12.000 petani.\n\n"
    "\"Kami mau ada di lapangan,\" tuturnya.")


def test_a_firm_after_an_english_title_with_the_holder_set_off_is_no_person():
    # Chief Operating Officer Tanimaju, Ni Luh …: the tagger runs the title into the firm
    # as one person's name; Operating is the title's field, and Tanimaju the firm, no
    # person titled Chief (or Chief Operating Officer) who speaks in the lede.
    names = {"Chief Operating Officer Tanimaju": "PER", "Ni Luh Ayu Kartika Dewi": "PER"}
    r = extract(_FIRM_AFTER_AN_ENGLISH_TITLE, "2025-10-23", tagger=FakeTagger(names))
    assert [(q.speaker.name, q.speaker.role) for q in r.quotes] == [
        ("Tanimaju", None),
        ("Ni Luh Ayu Kartika Dewi", "Chief Operating Officer Tanimaju"),
        ("Ni Luh Ayu Kartika Dewi", "Chief Operating Officer Tanimaju")]


def test_a_name_after_an_english_title_heading_a_list_is_a_person():
    # CEO Bagas Wicaksono, Andi Saputra, Citra Lestari, dan …: the names of a list, the
    # first the CEO's, no firm with its holder set off after it.
    text = ("Peluncuran aplikasi itu dihadiri CEO Bagas Wicaksono, Andi Saputra, Citra Lestari, dan Dewi "
            "Sartika. Bagas mengatakan aplikasi itu gratis bagi petani.")
    names = {n: "PER" for n in ("Bagas Wicaksono", "Andi Saputra", "Citra Lestari", "Dewi Sartika", "Bagas")}
    q = only(extract(text, "2025-10-23", tagger=FakeTagger(names)))
    assert (q.speaker.name, q.speaker.role) == ("Bagas Wicaksono", "CEO")
    # Guard: the sentence goes on after the holder set off after the firm (its verb, an
    # adjunct, a day): the firm, no person.
    for rest in ("mengatakan", "dalam keterangan resminya mengatakan", "Rabu (22/10), mengatakan"):
        text = f"CEO Tanimaju, Bagas Wicaksono, {rest} aplikasi itu gratis bagi petani."
        q = only(extract(text, "2025-10-23", tagger=FakeTagger({"CEO Tanimaju": "PER", "Bagas Wicaksono": "PER"})))
        assert (q.speaker.name, q.speaker.role) == ("Bagas Wicaksono", "CEO Tanimaju"), rest


def test_a_name_after_an_english_title_with_a_day_set_off_is_a_person():
    # Guard: what is set off after the name is a day, no other person: the name is the
    # title holder's.
    text = ("Chief Operating Officer Ni Luh Ayu Kartika Dewi, Rabu (22/10), menambahkan, saat ini "
            "Tanimaju bermitra dengan 12.000 petani.")
    names = {"Chief Operating Officer Ni Luh Ayu Kartika Dewi": "PER"}
    q = only(extract(text, "2025-10-23", tagger=FakeTagger(names)))
    assert (q.speaker.name, q.speaker.role) == ("Ni Luh Ayu Kartika Dewi", "Chief Operating Officer")


def test_a_title_before_a_hospital_named_after_a_doctor_keeps_the_namesake_in_the_role(run):
    # Direktur RSUD dr Haryoto Bambang Sulistyo, no comma: the namesake after dr belongs
    # to the hospital, so to the role; the holder's name is what comes after it, also where
    # a tagger runs the namesake into the name.
    for names in (None, {"Haryoto Bambang Sulistyo": "PER"}):
        q = only(run("Direktur RSUD dr Haryoto Bambang Sulistyo mengatakan ruang isolasi sudah penuh.", names=names))
        assert (q.speaker.name, q.speaker.role) == ("Bambang Sulistyo", "Direktur RSUD dr Haryoto"), names
    # A known given name says where the holder's name starts after a two-word namesake.
    q = only(run("Direktur RSUP dr Haryoto Wibisono Budi Santoso mengatakan ruang isolasi sudah penuh."))
    assert (q.speaker.name, q.speaker.role) == ("Budi Santoso", "Direktur RSUP dr Haryoto Wibisono")
    # The name the article gives the speaker alone (kata Gustafianof) says where it starts;
    # an initial opening the namesake takes a word with it.
    for names in (None, {"Djamil Gustafianof": "PER", "Gustafianof": "PER"}):
        q = run("Kepala Humas RSUP Dr M Djamil Gustafianof mengatakan ruang isolasi sudah penuh. "
                "”Kami menambah tempat tidur,” kata Gustafianof.", names=names).quotes[0]
        assert (q.speaker.name, q.speaker.role) == ("Gustafianof", "Kepala Humas RSUP Dr M Djamil"), names
    # Near miss: two words after dr are the holder's name where no namesake can be split off.
    q = only(run("”Ruang isolasi sudah penuh,” kata Direktur RSUD dr Budi Santoso."))
    assert q.speaker.name == "Budi Santoso"


@pytest.mark.parametrize("text, name, role, tagged", [
    # Three words after the honorific, with nothing the article says of them: a one-word
    # namesake and a two-word name, also where the last word is a known given name.
    ("Kepala Humas RSUP Dr Sardjito Banu Hermawan mengatakan ruang isolasi sudah penuh.",
     "Banu Hermawan", "Kepala Humas RSUP Dr Sardjito", {"Sardjito Banu Hermawan": "PER"}),
    # A haji's honorific: the namesake's full name, two words, then the holder's.
    ("Direktur RSUP H Adam Malik Zainal Safri mengatakan ruang isolasi sudah penuh.",
     "Zainal Safri", "Direktur RSUP H Adam Malik", {"Adam Malik": "PER", "Zainal Safri": "PER"}),
    # Guard: a known given name before the last two words stays in the holder's name.
    ("Direktur RSUP dr Haryoto Budi Dwi Santoso mengatakan ruang isolasi sudah penuh.",
     "Budi Dwi Santoso", "Direktur RSUP dr Haryoto", {"Haryoto Budi Dwi Santoso": "PER"}),
])


def test_the_holder_after_a_hospitals_namesake_takes_the_last_two_words(run, text, name, role, tagged):
    # Untagged; the holder tagged; tagged as a tagger does (the title's words run in, or the
    # namesake tagged apart).
    for names in (None, {name: "PER"}, tagged):
        q = only(run(text, names=names))
        assert (q.speaker.name, q.speaker.role) == (name, role), names


def test_a_bare_facility_named_after_someone_speaks_as_a_body(run):
    # Rumah Sakit Fatmawati, RS Fatmawati, Masjid Istiqlal: a facility's head and the name it
    # takes, nothing before it, is the body, not a person named Fatmawati.
    for body in ("Rumah Sakit Fatmawati", "RS Fatmawati", "Puskesmas Sukamaju", "Masjid Istiqlal"):
        q = only(run(f"{body} mengatakan jumlah pasien demam berdarah terus bertambah."))
        assert (q.speaker.name, q.speaker.kind, q.speaker.role) == (body, "organization", None), body
    # Near miss: a region after a place set off names no body that speaks (Desa X,
    # Kecamatan Y, …): the person before it does.
    quotes = run("Agus Prayitno, warga Desa Karangrejo, Kecamatan Borobudur, juga berharap kunjungan wisata "
                 "segera pulih.", names={"Agus Prayitno": "PER"}).quotes
    assert [(q.speaker.name, q.speaker.kind) for q in quotes] == [("Agus Prayitno", "person")]
    # Near miss: a title before the facility makes the holder named after it the speaker.
    q = only(run("Direktur Rumah Sakit Fatmawati Budi Santoso mengatakan jumlah pasien terus bertambah."))
    assert (q.speaker.name, q.speaker.kind, q.speaker.role) == ("Budi Santoso", "person",
                                                                "Direktur Rumah Sakit Fatmawati")


def test_the_field_after_dinas_or_badan_is_the_role_not_the_name(run):
    # Kepala Dinas Pangan Sutrisno: Pangan is the office's field, no part of the name.
    for names in (None, {"Sutrisno": "PER"}):
        q = only(run("Kepala Dinas Pangan Sutrisno mengatakan harga beras naik.", names=names))
        assert (q.speaker.name, q.speaker.role) == ("Sutrisno", "Kepala Dinas Pangan"), names
    q = only(run("”Harga beras naik,” kata Kepala Dinas Ketahanan Pangan Sutrisno."))
    assert (q.speaker.name, q.speaker.role) == ("Sutrisno", "Kepala Dinas Ketahanan Pangan")
    # Near miss: a known given name after the field opens the name.
    q = only(run("”Harga beras naik,” kata Kepala Dinas Kesehatan Budi Santoso."))
    assert (q.speaker.name, q.speaker.role) == ("Budi Santoso", "Kepala Dinas Kesehatan")


def test_a_commission_letter_is_the_role_not_an_initial(run):
    # Ketua Komisi B Sutrisno Hadi: the commission's letter or numeral, not the name's initial.
    for letter in ("B", "A", "I", "XI"):
        q = only(run(f"Ketua Komisi {letter} Sutrisno Hadi mengatakan harga beras naik."))
        assert (q.speaker.name, q.speaker.role) == ("Sutrisno Hadi", f"Ketua Komisi {letter}"), letter
    # Near miss: the I opening a Balinese name after the body stays the name's.
    q = only(run("Ketua Komisi V DPR I Ketut Suardana mengatakan harga beras naik."))
    assert q.speaker.name == "I Ketut Suardana"


def test_the_role_of_a_passive_agent_starts_after_oleh(run):
    # disampaikan kepada wartawan oleh Ketua DPRD X, Y: the addressee before oleh is no part
    # of the agent's role.
    names = {"Sutrisno": "PER", "DPRD Jepara": "ORG"}
    text = ("Hal itu disampaikan kepada wartawan oleh Ketua DPRD Jepara, Sutrisno, Senin (3/3). "
            "Ia mengatakan anggaran akan dibahas pekan depan.")
    q = only(run(text, "2025-03-05", names=names))
    assert (q.speaker.name, q.speaker.role) == ("Sutrisno", "Ketua DPRD Jepara")
    # Guard: a role with no oleh before it still runs back to its head.
    text = text.replace("kepada wartawan oleh Ketua", "oleh juru bicara")
    q = only(run(text, "2025-03-05", names=names))
    assert (q.speaker.name, q.speaker.role) == ("Sutrisno", "juru bicara DPRD Jepara")


def test_alias_after_yang_gives_the_nickname_as_after_other_markers(run):
    # Seorang warga yang alias Ucok: alias after a description and yang names the person,
    # as akrab disapa does; between two names the name before it is the person's.
    for marker in ("alias", "akrab disapa"):
        q = only(run(f"Seorang warga yang {marker} Ucok mengatakan harga beras naik."))
        assert (q.speaker.name, q.speaker.role) == ("Ucok", "warga"), marker
    q = only(run("Budi alias Bud mengatakan harga beras naik."))
    assert q.speaker.name == "Budi"


def test_a_nickname_set_off_before_sapaan_akrab_and_a_short_name_is_that_persons(run):
    # Kiki, sapaan akrab Rizki: the nickname comes first, the short form of the name the
    # article gave in full after the marker; kata Kiki is Rizki Ananda.
    text = ("Gol pembuka dicetak gelandang Rizki Ananda pada menit ke-10.\n\n"
            "Pelatih Persebaya, Hendro Kartiko, juga memuji pemain muda itu. Menurut Hendro, Kiki, sapaan akrab "
            "Rizki, punya visi bermain yang matang.\n\n"
            "Rizki sendiri senang dengan golnya. \"Gol ini untuk keluarga saya di Malang,\" kata Kiki.")
    names = {"Rizki Ananda": "PER", "Hendro Kartiko": "PER", "Hendro": "PER", "Kiki": "PER", "Rizki": "PER"}
    quotes = run(text, names=names).quotes
    assert [q.speaker.name for q in quotes[-2:]] == ["Hendro Kartiko", "Rizki Ananda"]
    # Guard: the usual order, the full name before and the nickname after the marker.
    text = ("Gol pembuka dicetak Rizki Ananda, sapaan akrab Kiki, pada menit ke-10.\n\n"
            "\"Gol ini untuk keluarga saya di Malang,\" kata Kiki.")
    assert run(text, names={"Rizki Ananda": "PER", "Kiki": "PER"}).quotes[-1].speaker.name == "Rizki Ananda"


def test_a_nickname_after_a_role_with_its_place_is_the_named_persons(run):
    # Sukirman (47), petani asal Desa Karanganyar yang akrab disapa Pak Man: the role and
    # the place it is from stand between the name and the marker; tutur Pak Man is Sukirman.
    text = ("Sukirman (47), petani asal Desa Karanganyar yang akrab disapa Pak Man, mengaku terpaksa berutang "
            "kepada tengkulak.\n\n"
            "\"Kemarin hujan terus, panen gagal semua,\" tutur Pak Man sambil membersihkan cangkul, Selasa.")
    q = run(text).quotes[-1]
    assert q.speaker.name == "Sukirman"
    # Guard: a person's role naming someone else (rekan Kepala Desa Karanganyar) is no place:
    # the nickname is not given to the person named first.
    text = ("Sukirman (47), rekan Kepala Desa Karanganyar yang akrab disapa Pak Man, mengaku terpaksa berutang "
            "kepada tengkulak.\n\n"
            "\"Kemarin hujan terus, panen gagal semua,\" tutur Pak Man sambil membersihkan cangkul, Selasa.")
    q = run(text).quotes[-1]
    assert q.speaker.name != "Sukirman"


def test_a_titled_run_cut_at_its_reach_reads_the_next_title_again(run):
    # Two titled people joined by dan, the first with a rank and a bracketed note: the run
    # reaches its limit inside the second title; the words after the first name are read
    # again, so the second title reaches its holder, not only the rank before the name.
    text = ("Rapat itu dipimpin Wakil Menteri Pertahanan Laos Jenderal (Purn.) Bounmy Keo dan Sekretaris "
            "Negara Kementerian Pertahanan Nasional Vietnam Jenderal Tran Van Minh. "
            "Adapun Tran Van Minh, dalam jumpa pers, menyebut kesepakatan itu penting.")
    q = only(run(text, names={"Bounmy Keo": "ORG"}))
    assert (q.speaker.name, q.speaker.role) == (
        "Tran Van Minh", "Sekretaris Negara Kementerian Pertahanan Nasional Vietnam")
    # Guard: a run that ends before its reach is read once, as before.
    text = ("Rapat itu dipimpin Menteri Laos Bounmy Keo dan Sekretaris Vietnam Jenderal Tran Van Minh. "
            "Adapun Tran Van Minh, dalam jumpa pers, menyebut kesepakatan itu penting.")
    q = only(run(text, names={"Bounmy Keo": "ORG"}))
    assert (q.speaker.name, q.speaker.role) == ("Tran Van Minh", "Sekretaris Vietnam")


def test_an_acronym_and_a_place_the_article_writes_as_one_is_a_branch(run):
    # SPSI, given in brackets, then Kudus, which the article writes as a place (di
    # Kabupaten Kudus) though no gazetteer lists it: the union's branch speaks.
    text = ("Ribuan buruh di Kabupaten Kudus mogok sejak Kamis. Ketua Serikat Pekerja Seluruh Indonesia "
            "(SPSI) Cabang Kudus, Darto, mengatakan upah belum dibayar. SPSI Kudus juga mendesak "
            "Kementerian Ketenagakerjaan untuk memasukkan buruh harian ke dalam skema jaminan sosial.")
    qs = run(text).quotes
    assert [(q.speaker.name, q.speaker.kind) for q in qs] == [("Darto", "person"), ("SPSI Kudus", "organization")]
    # Guard: a word the article never writes as a place stays a name (Bupati Hartono).
    q = only(run("Bupati Hartono mendesak Kementerian Ketenagakerjaan untuk menambah balai latihan kerja."))
    assert (q.speaker.name, q.speaker.kind) == ("Hartono", "person")


def test_the_next_sentence_naming_who_voiced_the_words_gives_an_unnamed_source(run):
    # Pejabat senior X memperingatkan bahwa …. <Title> <Name> menyampaikan peringatan itu …:
    # the named subject voiced the words the description spoke.
    text = ("JAKARTA -- Pejabat senior Bank Dunia memperingatkan bahwa harga pangan di kawasan Sahel akan naik "
            "tajam tahun ini.\n\nDirektur Regional Bank Dunia untuk Afrika Barat Marie Dubois menyampaikan "
            "peringatan itu dalam forum di Dakar, Selasa (21/10/2025).")
    q = only(run(text))
    assert (q.speaker.name, q.speaker.role) == ("Marie Dubois", "Direktur Regional Bank Dunia untuk Afrika Barat")
    assert q.rules["speaker"] == "context_speaker:voiced_next"
    # Guard: what the next subject does with something else (a thing handed over, or
    # an answer to the warning) names no one who spoke it.
    for verb_object in ("menyampaikan bantuan itu", "menanggapi peringatan itu"):
        q = only(run(text.replace("menyampaikan peringatan itu", verb_object)))
        assert q.speaker is None, verb_object


def test_the_next_subject_denying_the_words_is_not_their_source(run):
    # ”…,” kata seorang pengamat. Menteri X menegaskan hal itu tidak benar.: the object is
    # the subject of the clause the minister reports, a denial; the words stay unnamed.
    for text in ("Harga beras diperkirakan naik menjelang Lebaran. \"Stok di gudang menipis,\" kata seorang "
                 "pengamat pertanian.\n\nMenteri Pertanian Haryanto Wibisono menegaskan hal itu tidak benar.",
                 "Beredar kabar bahwa pemilu akan ditunda. \"Sudah ada pembicaraan di tingkat elite,\" ujar "
                 "seorang politisi senior.\n\nKetua KPU Rahmat Santosa menyatakan hal tersebut tidak berdasar."):
        q = run(text).quotes[0]
        assert q.speaker is None or q.speaker.name not in ("Haryanto Wibisono", "Rahmat Santosa"), text


def test_a_news_outlet_named_after_its_lowercase_noun_speaks(run):
    # Dilansir X, …, kantor berita resmi Y … menyebutkan bahwa …: the outlet named after its
    # lowercase noun (kantor berita, harian) speaks; mid-sentence its noun is lowercase.
    text = ("Dilansir Reuters, Jumat (6/6/2025), kantor berita resmi Xinhua dalam laporannya pada Kamis (5/6) "
            "menyebutkan bahwa kapal itu berlayar dari pelabuhan Dalian pada Rabu (4/6) sore.")
    q = only(run(text, "2025-06-06"))
    assert (q.speaker.name, q.speaker.kind, q.date) == ("Xinhua", "organization", date(2025, 6, 5))
    q = only(run("Sementara itu, harian Kompas menyebutkan bahwa kapal itu berlayar dari pelabuhan Dalian."))
    assert q.speaker.name == "Kompas"
    # Guard: an owner after milik makes the name another's; no outlet speaks.
    r = run("Sementara itu, stasiun televisi milik Hary Tanoe menyebutkan bahwa kapal itu berlayar dari Dalian.")
    assert all(q.speaker is None or q.speaker.name != "Hary Tanoe" for q in r.quotes)


def test_state_media_of_a_country_is_no_outlet_named_after_the_country(run):
    # kata media pemerintah China: the country's outlets, none named; the country no outlet.
    for text in ("\"Pertahanan udara menembak jatuh 20 drone,\" kata media pemerintah China.",
                 "\"Fasilitas nuklir tidak rusak,\" kata televisi pemerintah Iran, Minggu."):
        q = only(run(text))
        assert q.speaker is None or q.speaker.name not in ("China", "Iran"), text
    # Guard: a country, then the outlet's name, is that outlet.
    q = only(run("\"Uji coba berhasil,\" kata kantor berita resmi Korea Utara KCNA."))
    assert q.speaker is not None and q.speaker.name == "KCNA"


def test_a_departemen_heads_a_body(run):
    # Departemen Luar Negeri Jepang, as Kementerian …: a body's name, which speaks.
    q = only(run("Adapun Departemen Luar Negeri Jepang menyebut Tokyo ”siap bekerja sama” dengan pemerintahan baru."))
    assert (q.type, q.speaker.name, q.speaker.kind) == ("mixed", "Departemen Luar Negeri Jepang", "organization")
    # Guard: a person titled with a departemen keeps the title as their role.
    q = only(run("Kepala Departemen Kardiologi Universitas Indonesia Budi Santoso mengatakan pasien itu stabil.",
                 names={"Budi Santoso": "PER"}))
    assert (q.speaker.name, q.speaker.role) == ("Budi Santoso", "Kepala Departemen Kardiologi Universitas Indonesia")
_OFFICIAL_THEN = ("Kepala Dinas Sumber Daya Air Kabupaten Garut, Bambang Prasetyo, saat dihubungi Kamis (6/11/2025), "
                  "mengaku sudah mengirim tim ke lokasi.\n\n"
                  "\"Kami masih menunggu hasil kajian,\" ujarnya.\n\n")


def test_ia_after_a_topic_set_off_by_bagi_is_that_person(run):
    # Bagi Hendra …, <a clause naming no one>. Ia berharap …: the person the sentence is
    # about, though no grammatical subject, not the official quoted before.
    text = ("\"Sudah tiga bulan kami membeli air,\" kata Hendra Wijaya (47), petani di Desa Sukamaju, "
            "Sabtu (1/11/2025).\n\n" + _OFFICIAL_THEN +
            "Bagi Hendra dan warga lain, sebulan adalah waktu yang lama. Ia berharap pemerintah segera "
            "membangun sumur bor.\n\n"
            "\"Kami sudah terlalu sering dijanjikan,\" katanya.")
    names = {"Hendra Wijaya": "PER", "Hendra": "PER", "Bambang Prasetyo": "PER"}
    quotes = run(text, names=names).quotes
    assert [(q.speaker.name, str(q.date)) for q in quotes[-2:]] == [("Hendra Wijaya", "2025-11-01")] * 2
    # Guard: the object of kepada is to whom something is done, no topic; Ia stays with
    # the official.
    text = ("\"Sudah tiga bulan kami membeli air,\" kata Hendra Wijaya (47), petani di Desa Sukamaju, "
            "Sabtu (1/11/2025).\n\n" + _OFFICIAL_THEN +
            "Kepada Hendra dan warga lain, tim itu membagikan air bersih. Ia berharap pemerintah segera "
            "membangun sumur bor.")
    assert run(text, names=names).quotes[-1].speaker.name == "Bambang Prasetyo"


def test_ia_after_bagi_and_a_name_written_there_first_stays_with_the_speaker(run):
    # Bagi <a name the article writes there first>, …. Ia menambahkan, ”…”: someone the
    # story tells of, not one it turns to; Ia goes on with the official just quoted.
    text = ("Kepala Kepolisian Sektor Cempaka Komisaris Darmawan Sulistyo mengatakan korban tewas di lokasi. "
            "\"Kami masih memeriksa saksi,\" kata Darmawan.\n\n"
            "Bagi Sukirno Hadiwijaya, kecelakaan itu adalah yang kedua dalam setahun. Ia menambahkan, "
            "\"Kami akan memasang rambu baru di tikungan itu.\"")
    names = {"Darmawan Sulistyo": "PER", "Darmawan": "PER", "Sukirno Hadiwijaya": "PER"}
    assert run(text, names=names).quotes[-1].speaker.name == "Darmawan Sulistyo"
    # Guard: with an age the newcomer is brought in, and Ia is theirs.
    aged = text.replace("Bagi Sukirno Hadiwijaya,", "Bagi Sukirno Hadiwijaya (58),")
    assert run(aged, names=names).quotes[-1].speaker.name == "Sukirno Hadiwijaya"


def test_ia_after_a_newcomer_brought_in_by_tampak_and_described_back_is_the_newcomer(run):
    # tampak Suwarni (61), …. Ibunda almarhum Darto itu …. Ia mengaku …: the newcomer,
    # described in the sentence between, not the official quoted before.
    head = ("Kepala BPBD Kabupaten Cianjur, Asep Kurniawan, mengatakan seluruh pengungsi dalam kondisi sehat.\n\n"
            "\"Logistik cukup untuk dua minggu,\" kata Asep.\n\n")
    text = head + ("Di antara pengungsi yang turun dari truk, tampak Suwarni (61), warga Desa Sukaresmi. Ibunda "
                   "almarhum Darto itu datang bersama anaknya, tetapi kini pulang sendirian. Ia mengaku sudah "
                   "ikhlas melepas rumah yang hancur diterjang longsor.")
    assert run(text).quotes[-1].speaker.name == "Suwarni"
    # Guard: an office's title pointing back (Kepala BPBD itu) is the official's.
    text = head + ("Di antara pengungsi yang turun dari truk, tampak Suwarni (61), warga Desa Sukaresmi. Kepala "
                   "BPBD itu menyalami para pengungsi satu per satu. Ia mengaku sudah menyiapkan tenda tambahan "
                   "untuk para pengungsi.")
    assert run(text).quotes[-1].speaker.name == "Asep Kurniawan"


def test_ia_after_someone_a_recording_shows_stays_with_the_speaker(run):
    # Dalam rekaman …, terlihat X …; Dalam video …, tampak X (30) …: what a recording shows,
    # no one brought into the scene; Ia goes on with the official just quoted.
    head = ("Kepala Satuan Reserse Kriminal Polres Cikarang Ajun Komisaris Besar Yudistira Pranoto menjelaskan "
            "kronologi pencurian itu. \"Pelaku masuk lewat jendela,\" kata Yudistira.\n\n")
    tail = " Ia mengatakan, \"Pelaku sudah kami tangkap di rumahnya.\""
    names = {"Yudistira Pranoto": "PER", "Yudistira": "PER", "Ferdi Saputra": "PER", "Ferdi": "PER"}
    for seen in ("Dalam rekaman kamera pengawas, terlihat Ferdi Saputra masuk ke rumah korban.",
                 "Dalam video yang beredar, tampak Ferdi (30) memukul seorang petugas parkir.",
                 "Di lokasi itu, terlihat Ferdi Saputra berjalan ke arah gang."):
        assert run(head + seen + tail, names=names).quotes[-1].speaker.name == "Yudistira Pranoto", seen
    # Guard: a newcomer with an age, at the scene, is brought in.
    seen = "Di antara puing rumah, tampak Ferdi (30) menggali sisa barangnya."
    assert run(head + seen + tail, names=names).quotes[-1].speaker.name == "Ferdi"


def test_ia_after_a_sentence_opening_with_a_thing_pointed_back_to_stays_with_the_speaker(run):
    # X (25) ditangkap …. Kasus itu …. Ia menambahkan, ”…”: a case, no person pointed back
    # to, so the sentence between does not carry Ia over to the suspect.
    text = ("Kepala Polsek Cibarusah Komisaris Wiryawan Sudarmo menjelaskan penangkapan itu. "
            "\"Pelaku kami tangkap di rumahnya,\" kata Wiryawan.\n\n"
            "Tono (25) ditangkap pada Senin malam. Kasus itu kini ditangani Polres Bekasi. "
            "Ia menambahkan, \"Pelaku terancam lima tahun penjara.\"")
    names = {"Wiryawan Sudarmo": "PER", "Wiryawan": "PER", "Tono": "PER"}
    assert run(text, names=names).quotes[-1].speaker.name == "Wiryawan Sudarmo"


def test_menurut_dia_after_a_subject_opened_by_adapun_is_that_subject(run):
    # Adapun Somchai menyambut …. Menurut dia, …: the subject of the sentence before, the
    # second of two leaders, not the one quoted last.
    text = ("Menteri Luar Negeri Malaysia Faisal Rahman dan Menteri Luar Negeri Thailand Somchai Wongsakul "
            "bertemu di Kuala Lumpur, Senin (12/5/2025).\n\n"
            "Faisal mengumumkan, Malaysia akan mengirim tiga kapal patroli ke Selat Malaka mulai tahun depan.\n\n"
            "Adapun Somchai menyambut baik tawaran tersebut. Menurut dia, kerja sama dengan Malaysia menjadi "
            "kunci keamanan kawasan.")
    assert run(text).quotes[-1].speaker.name == "Somchai Wongsakul"
    # Guard: with no subject named in the sentence before, the last speaker goes on.
    text = text.replace("Adapun Somchai menyambut", "Adapun pertemuan itu menyambut")
    assert run(text).quotes[-1].speaker.name == "Faisal Rahman"


def test_a_body_named_short_is_its_full_name_with_the_home_country(run):
    # Juru Kampanye Greenpeace Indonesia, …; Greenpeace bersama … mendesak …: the body named
    # in full with the country the press writes in.
    text = ("Juru Kampanye Greenpeace Indonesia, Ferdinand Manurung, mengatakan temuan itu mengkhawatirkan.\n\n"
            "Greenpeace bersama WALHI Jakarta juga mendesak pemerintah untuk melarang kemasan saset.")
    names = {"Greenpeace": "ORG", "WALHI Jakarta": "ORG", "Ferdinand Manurung": "PER"}
    q = run(text, names=names).quotes[-1]
    assert q.speaker.name == "Greenpeace Indonesia"
    # Guard: a region's name after the body names a branch, another body.
    text = ("Juru Kampanye Greenpeace Jakarta, Ferdinand Manurung, mengatakan temuan itu mengkhawatirkan.\n\n"
            "Greenpeace bersama WALHI Jakarta juga mendesak pemerintah untuk melarang kemasan saset.")
    assert run(text, names=names).quotes[-1].speaker.name == "Greenpeace"


def test_a_body_before_the_country_with_no_one_holding_an_office_there_keeps_its_short_name(run):
    # Menurut IMF Indonesia masih tumbuh …; sementara WHO Indonesia belum …: the country
    # opens the next clause, or the national office is not the body quoted worldwide.
    text = ("IMF memangkas proyeksi pertumbuhan ekonomi global. Menurut IMF Indonesia masih tumbuh 4,7 persen. "
            "\"Ketidakpastian meningkat,\" kata IMF dalam laporannya.")
    assert run(text, names={"IMF": "ORG"}).quotes[-1].speaker.name == "IMF"
    text = ("WHO menetapkan status darurat kesehatan global, sementara WHO Indonesia belum menerima laporan. "
            "\"Risiko penyebaran tinggi,\" kata WHO dalam pernyataan resmi.")
    assert run(text, names={"WHO": "ORG"}).quotes[-1].speaker.name == "WHO"


def test_a_brand_a_firm_is_set_off_as_running_is_no_part_of_its_officers_name(run):
    # PT Sinar Dagang Nusantara, pengelola Tokoraya, …: Tokoraya is what the firm runs,
    # its brand; a title running into it before a holder's name (Manajer Humas Tokoraya
    # Benny Susanto Hadi, tagged a person whole) names the firm, not the person.
    text = ("PT Sinar Dagang Nusantara, pengelola Tokoraya, dalam keterangan resmi membantah adanya kebocoran "
            "data.\n\n"
            "\"Kami tidak menemukan akses tidak sah ke sistem kami,\" tulis Tokoraya.\n\n"
            "Manajer Humas Tokoraya Benny Susanto Hadi memastikan perusahaan akan menyerahkan laporan.\n\n"
            "\"Kami akan kooperatif,\" kata Benny.")
    names = {"PT Sinar Dagang Nusantara": "ORG", "Tokoraya Benny Susanto Hadi": "PER", "Benny": "PER"}
    quotes = run(text, names=names).quotes
    assert [q.speaker.name for q in quotes[-2:]] == ["Benny Susanto Hadi"] * 2
    assert quotes[-1].speaker.role == "Manajer Humas Tokoraya"
    assert quotes[1].speaker.name == "PT Sinar Dagang Nusantara"
    # Guard: a person set off before the role noun runs nothing as a body does; the word
    # after the title stays the holder's name (Manajer Humas Sulistyo Benny Hadi).
    text = ("Budi Santoso, pengelola Sulistyo, menolak berkomentar.\n\n"
            "Manajer Humas Sulistyo Benny Hadi memastikan perusahaan akan menyerahkan laporan.")
    q = only(run(text, names={"Budi Santoso": "PER", "Sulistyo Benny Hadi": "PER"}))
    assert q.speaker.name == "Sulistyo Benny Hadi"


def test_an_account_pointed_back_to_is_the_one_named_after_bernama(run):
    # diungkap akun pedagang informasi bernama "RedFalcon": the account goes by that name,
    # with no @ handle; Akun tersebut mengklaim … is its claim, the words before bernama its role.
    text = ("Kabar itu pertama kali diungkap akun pedagang informasi bernama \"RedFalcon\" di sebuah forum daring "
            "pada pekan lalu. Akun tersebut mengklaim mendapatkan berkas itu pada awal bulan dan menjualnya "
            "seharga US$5.000.")
    q = only(run(text))
    assert q.text.startswith("mendapatkan berkas itu")
    assert (q.speaker.name, q.speaker.role) == ("RedFalcon", "pedagang informasi")
    # Guard: no account noun before bernama (a shop named so): akun tersebut points at none.
    text = ("Kabar itu pertama kali diungkap pedagang informasi bernama \"RedFalcon\" di sebuah forum daring "
            "pada pekan lalu. Akun tersebut mengklaim mendapatkan berkas itu pada awal bulan.")
    assert all(q.speaker is None or q.speaker.name != "RedFalcon" for q in run(text).quotes)


def test_an_account_of_someone_named_after_a_person_noun_is_not_that_person(run):
    # akun penyebar video korban bernama X: bernama names the victim, not the account; the
    # account's post is not hers.
    text = ("Polisi memburu akun penyebar video korban bernama Rosita Anggraini. Video itu beredar sejak Senin. "
            "\"Dia pantas mendapatkannya,\" tulis akun tersebut.")
    for names in (None, {"Rosita Anggraini": "PER"}):
        q = only(run(text, names=names))
        assert q.speaker is None or q.speaker.name != "Rosita Anggraini"


def test_an_age_after_the_role_is_no_part_of_it(run):
    # Rian Saputra, gelandang berusia 19 tahun yang …: how old he is, not what he is.
    text = ("Pelatih itu juga memuji Rian Saputra, gelandang berusia 19 tahun yang mencetak gol kemenangan.\n\n"
            "\"Gol ini untuk ibu saya,\" kata Rian.")
    q = run(text, names={"Rian Saputra": "PER", "Rian": "PER"}).quotes[-1]
    assert (q.speaker.name, q.speaker.role) == ("Rian Saputra", "gelandang")
    # So in a description pointing back: kata pemain berusia 19 tahun itu is a player's words.
    text = ("Rian Saputra (19) tampil gemilang di laga itu.\n\n"
            "\"Gol ini untuk ibu saya,\" kata pemain berusia 19 tahun itu.")
    q = run(text, names={"Rian Saputra": "PER"}).quotes[-1]
    assert (q.speaker.name, q.speaker.role) == ("Rian Saputra", "pemain")
    # Guard: a role with where the person comes from keeps it (gelandang asal Malang).
    text = ("Pelatih itu juga memuji Rian Saputra, gelandang asal Malang yang mencetak gol kemenangan.\n\n"
            "\"Gol ini untuk ibu saya,\" kata Rian.")
    q = run(text, names={"Rian Saputra": "PER", "Rian": "PER"}).quotes[-1]
    assert q.speaker.role == "gelandang asal Malang"


def test_a_name_set_off_after_its_role_keeps_all_its_words_whatever_the_tagger_says(run):
    # Kuasa hukum sekitar 300 nasabah bank, Yohanes Baptista Lamaholot, …: the name between
    # the commas is the person's whole, though a tagger takes it for a body's; its role the
    # words before the comma.
    text = ("Sidang itu digelar di Pengadilan Negeri Jakarta Barat, Selasa.\n\n"
            "Kuasa hukum sekitar 300 nasabah bank, Yohanes Baptista Lamaholot, menyebut pihaknya tengah "
            "menyiapkan gugatan perdata.")
    q = only(run(text, names={"Yohanes Baptista Lamaholot": "ORG", "Pengadilan Negeri Jakarta Barat": "ORG"}))
    assert (q.speaker.name, q.speaker.role) == ("Yohanes Baptista Lamaholot", "Kuasa hukum sekitar 300 nasabah bank")
    # Guard: without the comma the run after a title is still cut to the holder's name
    # (Menteri Pertanian Hadi Susanto).
    text = "Menteri Pertanian Hadi Susanto menyebut stok beras cukup."
    q = only(run(text))
    assert (q.speaker.name, q.speaker.role) == ("Hadi Susanto", "Menteri Pertanian")


def test_an_aged_epithet_keeps_the_role_of_a_seeded_rival_set_off_before_the_name(run):
    # unggulan ketiga asal Korea, Lee …: a seed is a role's head; the epithet that points
    # back later (Pemain berusia 27 tahun itu) resolves to Lee and keeps that role.
    text = ("Tunggal putra Indonesia Bima Nugraha menjuarai turnamen itu. Bima mengalahkan unggulan ketiga "
            "asal Korea, Lee Dong-hyun, di partai final.\n\n"
            "Lee mengakui Bima bermain lebih rapi. Pemain berusia 27 tahun itu menyebut dirinya kurang fokus di "
            "gim ketiga.\n\n"
            "\"Dia bermain sangat sabar hari ini,\" ucap Lee.")
    r = run(text, names={"Bima Nugraha": "PER", "Bima": "PER", "Lee Dong-hyun": "PER", "Lee": "PER"})
    lee = [q for q in r.quotes if q.speaker and q.speaker.name == "Lee Dong-hyun"]
    assert len(lee) == 3
    assert {q.speaker.role for q in lee} == {"unggulan ketiga asal Korea"}
    # Guard: one introduced with no role still takes the epithet's head as before.
    text = ("Bima mengalahkan Lee Dong-hyun di partai final.\n\n"
            "Lee mengakui Bima bermain lebih rapi. Pemain asal Korea itu menyebut dirinya kurang fokus di "
            "gim ketiga.")
    r = run(text, names={"Bima": "PER", "Lee Dong-hyun": "PER", "Lee": "PER"})
    assert r.quotes[-1].speaker.name == "Lee Dong-hyun"
    assert r.quotes[-1].speaker.role == "Pemain asal Korea"


def test_a_host_set_off_before_the_name_is_the_role(run):
    text = ("Host acara bincang itu, Arga Wicaksono, juga angkat bicara. Ia menegaskan episode tersebut "
            "tidak akan dihapus dari kanalnya.")
    q = only(run(text, names={"Arga Wicaksono": "PER"}))
    assert q.speaker.name == "Arga Wicaksono"
    assert q.speaker.role == "Host acara bincang"


def test_a_given_name_that_is_a_common_word_goes_on_the_full_name(run):
    # Sprinter putri Indonesia Dewi Sari Anggraini, where the tagger read no name, then
    # kata Dewi: Sari is a given name here, not a common word ending the name.
    text = ("Sprinter putri Indonesia Dewi Sari Anggraini meraih medali emas di Bangkok, Sabtu (2/8/2025).\n\n"
            "\"Saya tidak melihat papan waktu saat finis,\" kata Dewi kepada wartawan.")
    q = only(run(text, names={"Dewi": "PER"}))
    assert q.speaker.name == "Dewi Sari Anggraini"
    assert q.speaker.role == "Sprinter putri Indonesia"
    # Guard: a common word that is no given name still ends the name (Dewi, of Dewi Jaya
    # Abadi's shop name run on, stays Dewi).
    text = ("Pemilik toko Dewi Lampu Abadi menutup usahanya.\n\n"
            "\"Sepi sekali tahun ini,\" kata Dewi kepada wartawan.")
    q = only(run(text, names={"Dewi": "PER"}))
    assert q.speaker.name == "Dewi"


def test_capitalised_words_in_marks_between_no_names_are_quoted_words(run):
    # menyebut Danantara "Superholding" Kamis (8/5): a day follows the marks and no person
    # is named around them; the words in marks are quoted, the clause mixed.
    q = only(run("Anggota Komisi XI DPR Andreas Eddy Susetyo menyebut Danantara \"Superholding\" Kamis (8/5) "
                 "di Jakarta.", names={"Andreas Eddy Susetyo": "PER", "Danantara": "ORG"}))
    assert q.type == "mixed"
    q = only(run("Budi Santoso menyebut kebijakan Menteri \"Sangat Keliru\" Dan harus dicabut.",
                 names={"Budi Santoso": "PER"}))
    assert q.type == "mixed"


def test_a_nickname_in_marks_inside_a_name_set_off_after_a_role(run):
    # striker andalannya, Rafael "Rafa" Siregar, …: the name runs over the nickname; the
    # role before it is the player's, and the clause holding it reports no quoted words.
    text = ("Pelatih Garuda Muda, Hans Becker, memastikan striker andalannya, Rafael \"Rafa\" Siregar, sudah "
            "pulih dari cedera dan siap tampil sejak menit awal.\n\n"
            "\"Saya ingin mencetak gol untuk suporter,\" kata Rafa.")
    r = run(text, names={"Hans Becker": "PER", "Rafael": "PER", "Siregar": "PER", "Rafa": "PER"})
    first, last = r.quotes[0], r.quotes[-1]
    assert first.type == "indirect" and first.speaker.name == "Hans Becker"
    assert last.speaker.name == "Rafael Siregar"
    assert last.speaker.role == "striker andalan"
    # Guard: words of someone's in marks inside the clause still make it mixed.
    text = ("Pelatih Garuda Muda, Hans Becker, memastikan striker andalannya sudah \"benar-benar pulih\" dari "
            "cedera dan siap tampil sejak menit awal.")
    q = only(run(text, names={"Hans Becker": "PER"}))
    assert q.type == "mixed"


def test_a_role_with_an_acronym_in_brackets_runs_back_over_them(run):
    # jaksa penuntut umum (JPU) Kejaksaan Negeri X, Nama: the acronym is a title of its own,
    # but the role the article gives is the whole phrase it shortens, not "JPU) …".
    text = ("Tuntutan itu dibacakan jaksa penuntut umum (JPU) Kejaksaan Negeri Bandung, Ratna Simanjuntak, "
            "dalam sidang di Pengadilan Negeri Bandung, Selasa (10/6/2025). "
            "Ratna menilai terdakwa terbukti bersalah.")
    q = only(run(text))
    assert (q.speaker.name, q.speaker.role) == (
        "Ratna Simanjuntak", "jaksa penuntut umum (JPU) Kejaksaan Negeri Bandung")
    # Guard: without the brackets the role is unchanged.
    q = only(run(text.replace("(JPU) ", "")))
    assert q.speaker.role == "jaksa penuntut umum Kejaksaan Negeri Bandung"


def test_bekas_closing_a_noun_phrase_before_a_name_is_no_role(run):
    # Pengepul barang bekas, Nama: used goods; bekas heads a role only before a title.
    q = only(run("Pengepul barang bekas, Joko Susilo, mengatakan harga kardus anjlok.",
                 names={"Joko Susilo": "PER"}))
    assert (q.speaker.name, q.speaker.role) == ("Joko Susilo", None)


def test_an_occupation_by_doing_before_the_name_is_the_role(run):
    # Penambal ban sepeda motor Nama: an agent noun and the lowercase nouns of what the
    # person does, the whole phrase the role; bekas closing it is no title of its own.
    q = only(run("Pengepul barang bekas Darto Wiyono mengatakan, harga kardus turun sejak awal bulan.",
                 names={"Darto Wiyono": "PER"}))
    assert (q.speaker.name, q.speaker.role) == ("Darto Wiyono", "Pengepul barang bekas")
    q = only(run("Penambal ban Sukirno mengatakan, pelanggannya kini kebanyakan ojek daring.",
                 names={"Sukirno": "PER"}))
    assert (q.speaker.name, q.speaker.role) == ("Sukirno", "Penambal ban")
    # Guard: a noun for the doing (-an) before a name names no occupation.
    q = only(run("Pembangunan jalan Darto Wiyono mengatakan, dana desa belum cair.",
                 names={"Darto Wiyono": "PER"}))
    assert q.speaker.role is None
    # Guard: bekas before a title still heads the role.
    q = only(run("Bekas anggota DPRD Darto Wiyono mengatakan, dana desa belum cair.",
                 names={"Darto Wiyono": "PER"}))
    assert q.speaker.role == "Bekas anggota DPRD"


def test_bekas_before_a_title_is_part_of_the_role_as_mantan_is(run):
    text = ("Bekas Kepala Dinas Perhubungan Kota Malang, Sutrisno Hadi, membantah menerima suap dari kontraktor. "
            "Sutrisno menilai tuntutan jaksa berlebihan.")
    r = run(text)
    assert {(q.speaker.name, q.speaker.role) for q in r.quotes} == {
        ("Sutrisno Hadi", "Bekas Kepala Dinas Perhubungan Kota Malang")}
    # Guard: bekas before a building's name makes no person of it.
    r = run("Penyidik menggeledah bekas Kantor Dinas Pendidikan Kota Malang. Kapolres Malang Kota "
            "AKBP Nanang Haryono mengatakan penggeledahan berlangsung tiga jam.")
    assert [(s.name, s.role) for s in r.speakers] == [("Nanang Haryono", "Kapolres Malang Kota")]


def test_a_case_party_as_a_verbs_object_leaves_the_victim_its_role(run):
    # Polisi menetapkan tersangka penganiayaan terhadap wartawan, Nama: the party noun is
    # the verb's object; the named one is the victim, whose role follows terhadap.
    for text, name, role in [
            ("Polisi menetapkan tersangka penganiayaan terhadap wartawan, Andi Saputra, pada Senin. "
             "Andi mengatakan ia masih trauma.", "Andi Saputra", "wartawan"),
            ("Polisi menangkap pelaku penganiayaan terhadap pelajar, Rudi Hartono, di Bekasi. "
             "Rudi mengatakan ia dipukul tanpa alasan.", "Rudi Hartono", "pelajar")]:
        q = only(run(text, names={name: "PER", name.split()[0]: "PER"}))
        assert (q.speaker.name, q.speaker.role) == (name, role), text


def test_a_role_after_terhadap_describes_the_victim_not_the_named_party(run):
    # Terdakwa kasus … terhadap pedagang X (PB), Nama (30): pedagang is the victim; the
    # named one is the defendant.
    text = ("BANDUNG - Terdakwa kasus pembunuhan terhadap pedagang Pasar Baru (PB), Agus Salim (30), "
            "dituntut 15 tahun penjara.\n\nAgus membantah merencanakan pembunuhan itu.")
    for names in (None, {"Agus Salim": "PER"}):
        assert only(run(text, names=names)).speaker.role == "Terdakwa"
    # A representative's title before the party's head stays with it.
    text = ("BANDUNG - Kuasa hukum terdakwa kasus pembunuhan terhadap pedagang Pasar Baru, Agus Salim, "
            "membantah kliennya merencanakan pembunuhan itu.")
    assert only(run(text, names={"Agus Salim": "PER"})).speaker.role == "Kuasa hukum terdakwa"
    # Guard: with no case party before terhadap, the role stays as written.
    text = ("BANDUNG - Pedagang Pasar Baru, Agus Salim, membantah menaikkan harga beras.")
    assert only(run(text, names={"Agus Salim": "PER"})).speaker.role == "Pedagang Pasar Baru"


def test_a_passive_verb_after_a_name_with_an_age_is_no_role(run):
    text = ("BANDUNG - Terdakwa kasus pembunuhan berencana, Agus Salim (30), dituntut 15 tahun penjara.\n\n"
            "Agus membantah merencanakan pembunuhan itu.")
    assert only(run(text)).speaker.role == "Terdakwa kasus pembunuhan berencana"
    # Guard: a description after the age is still the role.
    text = "Agus Salim (30), pedagang Pasar Baru, membantah menaikkan harga beras."
    assert only(run(text)).speaker.role == "pedagang Pasar Baru"


def test_beruntung_before_a_capitalised_word_is_a_given_name(run):
    # Beruntung Siregar, warga …: the connective is also a given name, whole before a name.
    q = only(run("Beruntung Siregar, warga Desa Sukamaju, mengatakan banjir sudah surut.",
                 names={"Beruntung Siregar": "PER"}))
    assert (q.speaker.name, q.speaker.role) == ("Beruntung Siregar", "warga Desa Sukamaju")


def test_beruntung_opening_a_sentence_is_a_connective_not_a_name(run):
    # Beruntung, warga lain …: "luckily"; no person Beruntung for a later warga to resolve to.
    text = ("Ika Lestari (21) menjalani isolasi mandiri. Beruntung, warga lain bersama ketua RT membela keluarganya. "
            "Warga menilai penutupan itu diminta pihak puskesmas.")
    r = run(text)
    assert "Beruntung" not in [s.name for s in r.speakers]
    assert r.quotes[-1].speaker.name == "Warga"


def test_degrees_of_three_pieces_after_a_name(run):
    # S.Pd.I., S.Kom.I.: a degree of three pieces set off by commas never ends the subject.
    for degree in ("S.Pd.I.", "S.Kom.I.", "S.Pd."):
        text = f"Ketua panitia lomba, Andi Prasetyo, {degree}, mengatakan sedikitnya 300 peserta sudah mendaftar."
        q = only(run(text, names={"Andi Prasetyo": "PER"}))
        assert (q.speaker.name, q.speaker.role) == ("Andi Prasetyo", "Ketua panitia lomba"), degree
    # Near miss: a name run on after a stop is no degree (M.Hidayat).
    from attribution.segment import build_document
    from attribution.lexicon import load_lexicon
    from attribution.mentions import is_degree
    assert is_degree(build_document("S.Kom.I.").tokens, load_lexicon())
    assert not is_degree(build_document("M.Hidayat.Putra").tokens, load_lexicon())


def test_a_ministers_honorific_written_short_opens_the_name(run):
    # Pdt. (Pendeta) written short ends no sentence: the role before it is the holder's.
    text = ("Ketua Majelis Klasis Timor Tengah Pdt. Dr. Markus Lapa Tallo, M.Th. mengatakan "
            "jemaat siap membantu warga yang kesulitan air.")
    q = only(run(text, names={"Markus Lapa Tallo": "PER"}))
    assert q.speaker.name == "Markus Lapa Tallo"
    assert q.speaker.role == "Ketua Majelis Klasis Timor Tengah"


def test_given_name_written_short_stays_in_the_name_after_an_address_title(run):
    # Rd. (Raden) and Moh. written short open the name, even where a tagger leaves them out
    # of it: the role set off before the comma is the holder's, not the title of address.
    text = ("Imam Masjid Raya, Ustaz Rd. Asep Mulyana, Lc., menambahkan bahwa jemaah "
            "sudah membayar iuran bulanan.")
    q = only(run(text, names={"Asep Mulyana": "PER", "Ustaz Rd": "ORG"}))
    assert q.speaker.name == "Rd. Asep Mulyana"
    assert q.speaker.role == "Imam Masjid Raya"
    text = ("Calon kepala desa nomor urut 3 Desa Sumber Rejo, Moh. Arif Hidayat, mengatakan "
            "ia keberatan dengan hasil penghitungan suara.")
    q = only(run(text, names={"Arif Hidayat": "PER", "Desa Sumber Rejo": "LOC"}))
    assert q.speaker.name == "Moh. Arif Hidayat"
    assert q.speaker.role == "Calon kepala desa nomor urut 3 Desa Sumber Rejo"
    # Near miss: without the short given name the role is found as before.
    text = text.replace("Moh. Arif", "Arif")
    q = only(run(text, names={"Arif Hidayat": "PER", "Desa Sumber Rejo": "LOC"}))
    assert (q.speaker.name, q.speaker.role) == ("Arif Hidayat", "Calon kepala desa nomor urut 3 Desa Sumber Rejo")


def test_balinese_customary_offices_head_a_role(run):
    # Bendesa (adat) and Pekaseh (of a subak) are offices: the role set off before the name,
    # never the predicate after it.
    text = ("Bendesa Adat Tegal Suci, Jero Bendesa I Made Sukarta, mengatakan desa adat sudah lama "
            "resah dengan pembangunan itu.")
    q = only(run(text, names={"Jero Bendesa I Made Sukarta": "PER"}))
    assert q.speaker.role == "Bendesa Adat Tegal Suci"
    text = ("Pekaseh Subak Tegal Sari, I Nyoman Sudira (58), punya kekhawatiran lain. "
            "“Air tidak cukup untuk tiga kali tanam,” katanya.")
    q = only(run(text, names={"I Nyoman Sudira": "PER"}))
    assert (q.speaker.name, q.speaker.role) == ("I Nyoman Sudira", "Pekaseh Subak Tegal Sari")


def test_a_form_of_address_set_off_after_a_role_is_no_part_of_it(run):
    # warga X, Mama Y: how she is addressed in eastern Indonesia, not the end of her role.
    text = "Salah seorang warga Noelmina, Mama Rosalina Tefa (50), mengaku harus berjalan jauh setiap hari."
    q = only(run(text, names={"Rosalina Tefa": "PER"}))
    assert q.speaker.role == "warga Noelmina"
    # Near miss: a capitalised word of the place set off before the name stays in the role.
    text = "Salah seorang warga Noelmina, Kupang, Rosalina Tefa (50), mengaku harus berjalan jauh setiap hari."
    q = only(run(text, names={"Rosalina Tefa": "PER"}))
    assert q.speaker.role == "warga Noelmina, Kupang"


def test_a_group_speaking_as_one_is_its_own_speaker(run):
    # Keluarga korban meminta …, Para korban menilai …, menurut pengakuan para pelaku,
    # tim kuasa hukum menyebut …: the group's phrase is the speaker's name.
    text = ("Polisi menangkap pria berinisial RS di Bekasi, Rabu (9/7/2025). "
            "Keluarga korban meminta polisi mengusut tuntas kasus itu. "
            "Para korban yang hadir di ruang sidang menilai hukuman itu tidak sebanding dengan kerugian mereka. "
            "Menurut pengakuan para pelaku, mereka sudah mengincar toko itu sejak sepekan sebelumnya. "
            "Dalam nota pembelaan setebal 200 halaman, tim kuasa hukum menyebut kliennya tidak pernah menerima uang.")
    r = run(text)
    got = {q.text: q.speaker.name if q.speaker else None for q in r.quotes}
    assert got["polisi mengusut tuntas kasus itu"] == "Keluarga korban"
    assert got["hukuman itu tidak sebanding dengan kerugian mereka"] == "Para korban"
    assert got["mereka sudah mengincar toko itu sejak sepekan sebelumnya"] == "para pelaku"
    assert got["kliennya tidak pernah menerima uang"] == "tim kuasa hukum"


def test_a_family_with_a_name_after_it_is_no_group_speaker(run):
    # Keluarga Rian: a relative of the one named, left unnamed; para pejabat: no group listed.
    text = ("Keluarga Rian Saputra menduga Rian dianiaya selama ditahan. "
            "Para pejabat menilai kebijakan itu sudah tepat.")
    r = run(text, names={"Rian Saputra": "PER", "Rian": "PER"})
    assert all(q.speaker is None or q.speaker.name not in {"Keluarga Rian Saputra", "Para pejabat"}
               for q in r.quotes), [(q.text, q.speaker) for q in r.quotes]


def test_a_singular_pronoun_does_not_go_on_with_a_bare_group(run):
    # Warga beralasan …. ”…,” katanya: not the residents.
    text = ("Dewi Lestari (24) dan keluarganya menjalani isolasi di rumah mereka di Bekasi. "
            "Warga sekitar menutup jalan menuju rumah Dewi dengan bambu. "
            "Warga beralasan penutupan diminta pihak puskesmas supaya keluarga itu tidak keluar rumah. "
            "Mahasiswi itu lalu menanyakan hal tersebut ke puskesmas. Petugas membantah adanya permintaan itu. "
            "”Ayah bertanya kenapa tetangga seperti itu. Ini bukan aib,” katanya.")
    r = run(text, names={"Dewi Lestari": "PER", "Dewi": "PER"})
    q = next(q for q in r.quotes if q.type == "direct")
    assert q.speaker is None or q.speaker.name != "Warga"
    warga = next(q for q in r.quotes if q.type == "indirect")
    assert warga.speaker.name == "Warga"  # the group's own record keeps it
    # With no one named to go on with, the bare group is no fallback either.
    text = ("Jalan menuju rumah itu ditutup dengan bambu sejak Senin. "
            "Warga beralasan penutupan diminta pihak puskesmas supaya penghuninya tidak keluar rumah. "
            "”Ini bukan aib, siapa saja bisa sakit,” katanya.")
    q = next(q for q in run(text).quotes if q.type == "direct")
    assert q.speaker is None or q.speaker.name != "Warga"


def test_a_plural_pronoun_still_goes_on_with_a_group(run):
    text = ("Keluarga korban meminta polisi mengusut tuntas kasus itu. "
            "”Kami ingin pelaku dihukum seberat-beratnya,” kata mereka.")
    r = run(text)
    q = next(q for q in r.quotes if q.type == "direct")
    assert q.speaker is not None and q.speaker.name == "Keluarga korban"


def test_ia_goes_on_with_the_suspect_asked_for_words(run):
    # AR … sempat ditanya wartawan. … ia mengaku …: the suspect, not the officer quoted before.
    text = ("Kasat Reskrim Polres Depok AKP Dimas Prakoso mengatakan tersangka berinisial AR (25) ditangkap di Bogor. "
            "”Tersangka kami amankan tanpa perlawanan,” kata Dimas, Selasa (15/7/2025). "
            "Dalam konferensi pers itu, AR yang mengenakan baju tahanan sempat ditanya wartawan. "
            "Dengan suara pelan, ia mengaku tidak berniat melukai korban. "
            "”Saya khilaf, Pak,” katanya.")
    r = run(text, names={"Dimas Prakoso": "PER", "Dimas": "PER"})
    got = {q.text.rstrip(","): q.speaker.name for q in r.quotes}
    assert got["tidak berniat melukai korban"] == "AR"
    assert got["Saya khilaf, Pak"] == "AR"


def test_ia_stays_with_the_speaker_when_the_sentence_before_asks_no_one(run):
    text = ("Kasat Reskrim Polres Depok AKP Dimas Prakoso mengatakan tersangka berinisial AR (25) ditangkap di Bogor. "
            "”Tersangka kami amankan tanpa perlawanan,” kata Dimas, Selasa (15/7/2025). "
            "Dalam konferensi pers itu, AR yang mengenakan baju tahanan hanya tertunduk. "
            "Dengan tegas, ia mengatakan polisi masih memburu satu pelaku lain.")
    r = run(text, names={"Dimas Prakoso": "PER", "Dimas": "PER"})
    q = next(q for q in r.quotes if q.text.startswith("polisi masih"))
    assert q.speaker.name == "Dimas Prakoso"


def test_a_body_role_noun_before_a_firm_opens_no_part_of_its_name(run):
    # Promotor PT X: what the firm is to the event, then the firm's whole name, PT included,
    # however a tagger reads the words after PT.
    text = "Promotor PT Cahaya Nada Abadi memastikan pertunjukan grup musik itu tetap digelar sesuai jadwal."
    q = only(run(text, names={"Cahaya Nada Abadi": "PER"}))
    assert (q.speaker.name, q.speaker.kind) == ("PT Cahaya Nada Abadi", "organization")
    # Near miss: a person's title before the firm keeps the person as the speaker.
    text = "Direktur PT Cahaya Nada Abadi, Bagus Santoso, memastikan pertunjukan itu tetap digelar."
    q = only(run(text, names={"Cahaya Nada Abadi": "ORG", "Bagus Santoso": "PER"}))
    assert q.speaker.name == "Bagus Santoso"


def test_a_lowercase_title_qualifying_another_stays_in_the_role(run):
    # … diemban asisten pelatih X: both heads are the role, not the second alone.
    text = ("Tugas itu diemban asisten pelatih Budi Hartono. Budi mengatakan tim sudah siap "
            "bertanding besok.")
    q = only(run(text, names={"Budi Hartono": "PER", "Budi": "PER"}))
    assert (q.speaker.name, q.speaker.role) == ("Budi Hartono", "asisten pelatih")
    # Near miss: a single lowercase head is the role alone.
    text = text.replace("asisten pelatih", "pelatih")
    q = only(run(text, names={"Budi Hartono": "PER", "Budi": "PER"}))
    assert (q.speaker.name, q.speaker.role) == ("Budi Hartono", "pelatih")


def test_a_name_set_off_after_the_addressee_is_not_who_the_text_turns_to(run):
    # ”…,” kata X kepada media Belanda, Y, …. Agen asal Belgia itu …: Y is to whom X spoke.
    text = ("Agen sang pemain, Pieter Janssen, membenarkan adanya tawaran dari Jepang.\n\n"
            "\"Belum ada yang final,\" kata Janssen kepada media Belanda, Sport Nieuws, seperti dikutip "
            "Harian Kita, Sabtu (19/7/2025).\n\n"
            "Agen asal Belgia itu menambahkan, kliennya ingin bermain reguler musim depan.")
    names = {"Pieter Janssen": "PER", "Janssen": "PER", "Sport Nieuws": "PER", "Harian Kita": "ORG"}
    q = only(run(text, names=names), "indirect")
    assert q.speaker.name == "Pieter Janssen"
    # Near miss: a time opening the sentence with the same preposition sets off the subject.
    text = ("Pada tahun 2019, Slamet Riyadi (40), pendiri Sanggar Sekar Jagad, menyerahkan kepemimpinannya "
            "kepada seorang pemuda bernama Dimas Prakoso (23). Ia percaya, jika dipegang anak muda, "
            "tari tradisional akan bertahan.")
    q = only(run(text, names={"Slamet Riyadi": "PER", "Dimas Prakoso": "PER"}))
    assert q.speaker.name == "Slamet Riyadi"


def test_a_titles_place_written_alone_ends_the_role_before_a_three_word_name(run):
    # Kabupaten X: where X is a place alone (the lexicon's, or the article's "di X,"), the
    # capitalised words after it are the holder's whole name, not X's second word and a
    # name of two.
    text = "Kepala Dinas PUPR Kabupaten Ngada Kristoforus Nuba Bire menyebut jembatan itu selesai Desember."
    q = only(run(text))
    assert (q.speaker.name, q.speaker.role) == ("Kristoforus Nuba Bire", "Kepala Dinas PUPR Kabupaten Ngada")
    text = ("Warga menunggu air di Sikka, Jumat.\n"
            "Kepala Dinas PUPR Kabupaten Sikka Kristoforus Nuba Bire menyebut jembatan itu selesai Desember.")
    q = only(run(text))
    assert (q.speaker.name, q.speaker.role) == ("Kristoforus Nuba Bire", "Kepala Dinas PUPR Kabupaten Sikka")
    # Near misses: a place of two words (a common noun opening it, or a given name the
    # lexicon knows after it) still leaves a name of two.
    q = only(run("Kepala Desa Sungai Lumbo Darwis Tambunan menyebut jembatan itu selesai Desember."))
    assert (q.speaker.name, q.speaker.role) == ("Darwis Tambunan", "Kepala Desa Sungai Lumbo")
    q = only(run("Kepala Dinas PUPR Kabupaten Kutai Kartanegara Budi Santoso menyebut jembatan itu selesai Desember."))
    assert (q.speaker.name, q.speaker.role) == ("Budi Santoso", "Kepala Dinas PUPR Kabupaten Kutai Kartanegara")


def test_a_place_the_article_writes_alone_still_opens_a_two_word_place(run):
    # di Bone, …, then Bupati Bone Bolango Hamim Pou: the word written alone is the first
    # of the regency's two; the name opens at the given name, as with the lexicon's places.
    text = ("Longsor menutup jalan di Bone, Gorontalo. Bupati Bone Bolango Hamim Pou mengatakan alat berat "
            "sudah dikerahkan.")
    q = only(run(text, names={"Hamim Pou": "PER"}))
    assert (q.speaker.name, q.speaker.role) == ("Hamim Pou", "Bupati Bone Bolango")
    text = "Banjir melanda di Kutai, Kalimantan Timur. Bupati Kutai Kartanegara Edi Damansyah mengatakan air mulai surut."
    q = only(run(text))
    assert (q.speaker.name, q.speaker.role) == ("Edi Damansyah", "Bupati Kutai Kartanegara")


def test_an_honorific_after_a_comma_opens_the_name_a_tagger_runs_the_place_into(run):
    # Lurah Loa Janan, Hj. Rohani: the tagger marks the place and the name as one person;
    # the name set off with an honorific is the person, for the later record too.
    text = ("Lurah Loa Janan, Hj. Rohani, S.Sos., mengatakan razia akan diulang. Bu Lurah, begitu "
            "ia disapa warga, mengaku sudah dua kali menerima keluhan.")
    r = run(text, names={"Loa Janan , Hj . Rohani": "PER"})
    assert [(q.speaker.name, q.speaker.role) for q in r.quotes] == [("Hj. Rohani", "Lurah Loa Janan")] * 2
    # Near miss: without the honorific a tagger that leaves the place out gives the name as before.
    r = run(text.replace("Hj. Rohani", "Rohani"), names={"Rohani": "PER"})
    assert [(q.speaker.name, q.speaker.role) for q in r.quotes] == [("Rohani", "Lurah Loa Janan")] * 2


def test_a_balinese_title_of_two_words_opens_the_name(run):
    # Anak Agung opens the name whole (the tagger starts at Agung); "Anak" is no kinship
    # word ending the role, and the short form the article gives later is the same person.
    text = ("Dalam pertemuan yang sama di Wantilan Desa, Wakil Bupati Tabanan Anak Agung Ngurah Bagus "
            "Saputra memastikan bantuan tetap disalurkan kepada petani.\n\n"
            "“Petani yang gagal panen tetap kami bantu,” ujar Agung Bagus, sapaan akrabnya.")
    for names in ({"Agung Ngurah Bagus Saputra": "PER", "Agung Bagus": "PER"}, None):
        r = run(text, names=names)
        assert [(q.speaker.name, q.speaker.role) for q in r.quotes] == \
            [("Anak Agung Ngurah Bagus Saputra", "Wakil Bupati Tabanan")] * 2, names
    # Near misses: a child's word alone opens no name (the role is the child's), nor does
    # Agung alone after a title.
    q = only(run("Anak sulung korban, Agung Prasetyo (20), mengatakan ayahnya belum pulang.",
                 names={"Agung Prasetyo": "PER"}))
    assert (q.speaker.name, q.speaker.role) == ("Agung Prasetyo", "Anak sulung korban")
    q = only(run("Wakil Bupati Tabanan Agung Ngurah Saputra mengatakan stok vaksin cukup.",
                 names={"Agung Ngurah Saputra": "PER"}))
    assert (q.speaker.name, q.speaker.role) == ("Agung Ngurah Saputra", "Wakil Bupati Tabanan")


def test_a_word_a_tagger_calls_a_name_only_inside_a_quote_runs_into_no_fuller_name(run):
    # The places listed inside a quote, read by a tagger as a person, are no short name of
    # the holder whose title closes in one of them.
    text = ("“Tiga kecamatan paling parah, yakni Sempu, Genteng dan Kalibaru,” kata Kepala BPBD Hadi Susilo.\n\n"
            "Camat Sempu Kristoforus Bire mengatakan air mulai surut pada pagi hari.")
    names = {"Sempu Kristoforus Bire": "PER", "Sempu": "PER", "Hadi Susilo": "PER"}
    r = run(text, names=names)
    assert (r.quotes[-1].speaker.name, r.quotes[-1].speaker.role) == ("Kristoforus Bire", "Camat Sempu")
    # Near miss: a one-word name written outside the quotation marks still gets its fuller
    # name from the capitalised words after it.
    text = ("Pengunjung pasar itu mengeluh. Raffi bahkan pulang lebih awal.\n\n"
            "Raffi Ahmad mengatakan pengelola pasar harus segera bertindak.")
    r = run(text, names={"Raffi": "PER"})
    assert r.quotes[-1].speaker.name == "Raffi Ahmad"


def test_a_title_and_an_institutions_name_before_itu_point_back(run):
    # Pengasuh Pondok Pesantren X itu: the capitalised words after the pesantren name it,
    # though a tagger reads them as a person; the description is the one named before.
    text = ("Tokoh masyarakat setempat, KH. Abdul Wahid Hasyim, meminta kedua kubu menahan diri. "
            "Pengasuh Pondok Pesantren Nurul Falah itu mengingatkan bahwa pemilihan tidak boleh "
            "merusak hubungan antarwarga.")
    r = run(text, names={"Abdul Wahid Hasyim": "PER", "Nurul Falah": "PER"})
    assert [q.speaker.name for q in r.quotes] == ["Abdul Wahid Hasyim"] * 2
    # Near misses: a person's name right after a title before the demonstrative is still a
    # name, and so is the holder's name set off after the pesantren's.
    r = run(text.replace("Pengasuh Pondok Pesantren Nurul Falah itu", "Kiai Nurul Falah itu"),
            names={"Abdul Wahid Hasyim": "PER", "Nurul Falah": "PER"})
    assert (r.quotes[-1].speaker.name, r.quotes[-1].speaker.role) == ("Nurul Falah", "Kiai")
    r = run(text.replace("Nurul Falah itu", "Nurul Falah, Ahmad Fauzi,"),
            names={"Abdul Wahid Hasyim": "PER", "Nurul Falah": "PER", "Ahmad Fauzi": "PER"})
    assert (r.quotes[-1].speaker.name, r.quotes[-1].speaker.role) == ("Ahmad Fauzi", "Pengasuh Pondok Pesantren Nurul Falah")


def test_person_noun_before_a_name_tagged_a_body_keeps_the_name_whole(run):
    # produser Meilani Kartika Wiryo, the tagger taking the name for a body's: a noun for
    # what a person does takes no body's name after it, so the whole run is the name, not
    # its last two words with the first put in the role.
    text = ("Film Jejak Pasir tayang perdana di Jakarta. Ditemui seusai pemutaran, produser Meilani Kartika Wiryo "
            "menambahkan, pihaknya menyumbangkan sebagian hasil penjualan tiket.")
    q = only(run(text, names={"Meilani Kartika Wiryo": "ORG"}))
    assert (q.speaker.name, q.speaker.role) == ("Meilani Kartika Wiryo", "produser")
    # Guard: a run with a body's head word in it is still the body, then the name.
    text = text.replace("produser Meilani Kartika Wiryo", "peneliti Lembaga Kajian Pesisir Meilani Wiryo")
    q = only(run(text, names={"Lembaga Kajian Pesisir Meilani Wiryo": "ORG"}))
    assert (q.speaker.name, q.speaker.role) == ("Meilani Wiryo", "peneliti Lembaga Kajian Pesisir")


_APP_AFTER_A_LISTED_TITLE = (
    "Aplikasi pinjaman KasCepat dilaporkan warga karena penagihan yang kasar. OJK menyatakan tengah menelusuri "
    "laporan itu.\n\n"
    "Kepala Eksekutif Pengawas Lembaga Pembiayaan, Perusahaan Modal Ventura, dan Lembaga Keuangan Mikro OJK, "
    "Budiman Santoso, menegaskan penagihan dengan ancaman adalah pelanggaran.\n\n"
    "”Penyelenggara wajib menagih dengan santun,” kata Budiman, Senin (16/6/2025).\n\n"
    "Sementara itu, pihak KasCepat, aplikasi yang dilaporkan warga, menyampaikan permintaan maaf. Dalam siaran "
    "pers, perusahaan mengklaim penagihan itu dilakukan mitra di luar prosedur.")


def test_company_noun_means_the_app_set_off_as_one_not_a_field_of_a_listed_title(run):
    # Perusahaan Modal Ventura, a field of one office listed with commas, is no body the
    # article tells of; pihak KasCepat, aplikasi yang …: the app's company, which
    # "perusahaan" then means.
    r = run(_APP_AFTER_A_LISTED_TITLE, "2025-06-16")
    q = next(q for q in r.quotes if q.text.startswith("penagihan itu"))
    assert (q.speaker.name, q.speaker.kind) == ("KasCepat", "organization")
    assert r.quotes[1].speaker.role.startswith("Kepala Eksekutif Pengawas Lembaga Pembiayaan, Perusahaan Modal")
    # Guard: with no body set off as a company, the noun means no one, never the field.
    r = run(_APP_AFTER_A_LISTED_TITLE.replace(", aplikasi yang dilaporkan warga,", ""), "2025-06-16")
    q = next(q for q in r.quotes if q.text.startswith("penagihan itu"))
    assert q.speaker is None or q.speaker.name != "Perusahaan Modal Ventura"


def test_two_capitals_joined_speak_as_their_governments(run):
    # Seoul dan Hanoi menyatakan …: the capitals stand for the two governments, speaking
    # together; the record is kept, with no person named Hanoi, and Hanoi is no embassy
    # posted there.
    text = ("Menteri Luar Negeri Korea Selatan Park Min-jun bertemu Menteri Luar Negeri Vietnam Tran Van Hoa di "
            "Seoul, Selasa (6/5/2025).\n\n"
            "Kedutaan Besar China di Hanoi menyatakan patroli itu tidak perlu.\n\n"
            "Seoul dan Hanoi juga menyatakan akan menggelar patroli laut bersama mulai tahun depan.")
    q = next(q for q in run(text, "2025-05-07").quotes if q.text.startswith("akan menggelar"))
    assert (q.speaker.name, q.speaker.kind) == ("Seoul", "organization")
    assert [(c.name, c.kind) for c in q.co_speakers] == [("Hanoi", "organization")]
    # Guard: two cities that are no country's seat are no joint government.
    r = run(text.replace("Seoul dan Hanoi", "Bandung dan Surabaya"), "2025-05-07")
    assert not any(q.speaker is not None and q.speaker.name in ("Bandung", "Surabaya") for q in r.quotes)


def test_city_after_the_place_a_title_run_goes_on_to_is_no_person(run):
    # Presiden X di Istana Y, Manila, Jumat: the city of the palace, no one named Manila;
    # so the capitals joined later are the two governments.
    text = ("Pertemuan itu digelar antara Perdana Menteri Jepang Kenji Morita dan Presiden Filipina Ramon Santos "
            "di Istana Malacanang, Manila, Jumat (9/5/2025).\n\n"
            "Tokyo dan Manila juga menyatakan akan memperluas latihan maritim bersama.")
    q = next(q for q in run(text, "2025-05-10", names={"Kenji Morita": "PER", "Ramon Santos": "PER"}).quotes
             if q.text.startswith("akan memperluas"))
    assert (q.speaker.name, q.speaker.kind) == ("Tokyo", "organization")
    assert [(c.name, c.kind) for c in q.co_speakers] == [("Manila", "organization")]
# --- The person the text turns back to, or the press met, or sets off as its topic -------

_OFFICIAL = ("Direktur Jenderal Perikanan, Bambang Wiratmo, menyatakan program itu terus berjalan. "
             "\"Kami sudah menyalurkan bantuan ke semua kabupaten,\" ujar Bambang.\n\n")


def test_ia_after_a_return_to_someone_goes_to_them(run):
    text = ("Lina Marlina (34) menjual ikan asin di pasar. \"Untungnya tipis sekali,\" kata Lina.\n\n"
            + _OFFICIAL + "Kembali ke Lina. Ia berharap anaknya bisa sekolah sampai kuliah.\n\n"
            "\"Saya cuma mau anak saya tidak seperti saya,\" katanya.")
    r = run(text, names={"Lina Marlina": "PER", "Bambang Wiratmo": "PER", "Bambang": "PER"})
    assert [q.speaker.name for q in r.quotes[-2:]] == ["Lina Marlina", "Lina Marlina"]


def test_ia_after_a_return_to_a_place_stays_with_the_speaker(run):
    text = ("Lina Marlina (34) menjual ikan asin di pasar. \"Untungnya tipis sekali,\" kata Lina.\n\n"
            + _OFFICIAL + "Kembali ke Jakarta. Ia berharap anggaran tahun depan bertambah.")
    r = run(text, names={"Lina Marlina": "PER", "Bambang Wiratmo": "PER", "Bambang": "PER"})
    assert r.quotes[-1].speaker.name == "Bambang Wiratmo"


def test_ia_after_the_press_met_someone_goes_to_them(run):
    text = ("Lina Marlina (34) menjual ikan asin di pasar. \"Untungnya tipis sekali,\" kata Lina.\n\n"
            + _OFFICIAL + "Dua tahun lalu, Kompas menemui Lina di bekas pasar yang terbakar. "
            "Saat itu, ia bercerita kiosnya habis dilalap api.")
    r = run(text, names={"Lina Marlina": "PER", "Bambang Wiratmo": "PER", "Bambang": "PER"})
    assert r.quotes[-1].speaker.name == "Lina Marlina"


def test_katanya_after_a_topic_told_of_with_ia_goes_to_the_topic(run):
    text = ("Lina Marlina (34) menjual ikan asin di pasar. \"Untungnya tipis sekali,\" kata Lina.\n\n"
            + _OFFICIAL + "Bagi Lina, janji bantuan itu sudah sering ia dengar. "
            "\"Dari dulu katanya mau dibantu, sampai sekarang belum ada,\" katanya.")
    r = run(text, names={"Lina Marlina": "PER", "Lina": "PER", "Bambang Wiratmo": "PER", "Bambang": "PER"})
    assert r.quotes[-1].speaker.name == "Lina Marlina"


def test_katanya_after_a_topic_not_told_of_stays_with_the_speaker(run):
    text = ("Lina Marlina (34) menjual ikan asin di pasar. \"Untungnya tipis sekali,\" kata Lina.\n\n"
            + _OFFICIAL + "Bagi Lina, janji bantuan itu sudah basi. "
            "\"Tahun depan anggarannya kami tambah,\" katanya.")
    r = run(text, names={"Lina Marlina": "PER", "Lina": "PER", "Bambang Wiratmo": "PER", "Bambang": "PER"})
    assert r.quotes[-1].speaker.name == "Bambang Wiratmo"


def test_ia_is_not_the_one_named_after_tetapi_in_its_sentence(run):
    text = ("Lastri (40), istri Joko, menyimpan foto suaminya. \"Dia selalu bilang mau pulang,\" ujar Lastri.\n\n"
            "Saat itu, Joko (42) sering mengeluh pusing sepulang dari pabrik. "
            "Ia meminta suaminya memeriksakan diri ke puskesmas, tetapi Joko menolak karena takut dipecat.")
    r = run(text, names={"Lastri": "PER", "Joko": "PER"})
    q = r.quotes[-1]
    assert q.text == "suaminya memeriksakan diri ke puskesmas"
    assert q.speaker.name == "Lastri"


def test_a_quoted_one_opening_the_main_clause_is_whom_ia_goes_on_with(run):
    text = ("Parto Wiyono (58) menjemur cengkeh di halaman. \"Harganya jatuh separuh,\" kata Parto.\n\n"
            + _OFFICIAL + "Dua tahun lalu, saat Tirto berkunjung ke desa itu, Parto masih optimistis. "
            "Kala itu ia mengatakan harga cengkeh sedang tinggi berkat permintaan pabrik.")
    # (the tagger leaves the short name untagged, as it may in a long sentence)
    r = run(text, names={"Parto Wiyono": "PER", "Bambang Wiratmo": "PER", "Bambang": "PER"})
    q = r.quotes[-1]
    assert q.text.startswith("harga cengkeh sedang tinggi")
    assert q.speaker.name == "Parto Wiyono"


def test_a_firm_type_word_closing_the_firm_is_no_part_of_the_holders_name(run):
    # Sekuritas closes the firm's name (PT Bumi Raya Sekuritas), after a place-like word
    # (Raya) the run of capitals would otherwise stop at: the name is the two words after it.
    text = ("Kepala Riset PT Bumi Raya Sekuritas Hendra Gunawan mengatakan investor masih menahan diri "
            "menjelang rilis data ekonomi.")
    for names in (None, {"PT Bumi Raya Sekuritas": "ORG", "Hendra Gunawan": "PER"}):
        q = only(run(text, names=names))
        assert (q.speaker.name, q.speaker.role) == ("Hendra Gunawan", "Kepala Riset PT Bumi Raya Sekuritas")
    # Near miss: after a body's acronym, a name of three words stays whole (Sekuritas is no
    # given name, Hendra is).
    text = "Kepala Riset BEI Hendra Budi Gunawan mengatakan investor masih menahan diri."
    q = only(run(text, names={"Budi Gunawan": "PER"}))
    assert q.speaker.name == "Hendra Budi Gunawan"


def test_a_firm_after_a_title_given_short_in_brackets_is_no_part_of_the_name(run):
    # Chief Technology Officer (CTO): the bracketed short form closes a title, not a body's
    # name, so the firm's word after it (Tanamin, written alone as the firm) is no name's.
    text = ("Perusahaan rintisan Tanamin meraih pendanaan baru senilai Rp200 miliar. "
            "Tanamin mengeklaim jumlah penggunanya naik dua kali lipat tahun ini. "
            "Co-founder sekaligus Chief Technology Officer (CTO) Tanamin Maya Lestari menambahkan, "
            "perusahaan akan merekrut 50 insinyur baru.")
    res = run(text, names={"Tanamin Maya Lestari": "ORG"})
    claim = next(q for q in res.quotes if q.text.startswith("jumlah penggunanya"))
    hire = next(q for q in res.quotes if q.text.startswith("perusahaan akan merekrut"))
    assert (hire.speaker.name, hire.speaker.role) == (
        "Maya Lestari", "Co-founder sekaligus Chief Technology Officer (CTO) Tanamin")
    # The firm the article writes between the title and the holder's name speaks as itself.
    assert (claim.speaker.name, claim.speaker.kind) == ("Tanamin", "organization")
    # Where the firm is not written alone elsewhere, the short form still closes only the
    # title: the tagger's name after the firm is the name.
    q = only(run("Co-founder sekaligus Chief Technology Officer (CTO) Tanamin Maya Lestari mengatakan perusahaan "
                 "akan merekrut 50 insinyur baru.", names={"Maya Lestari": "PER"}))
    assert q.speaker.name == "Maya Lestari"
    # Near miss: a body's short form in brackets before the name still closes the body's
    # name, and the three words after it are the name (Walhi, then Nadia Sari Lubis).
    text = ("Direktur Eksekutif Wahana Lingkungan Hidup Indonesia (Walhi) Nadia Sari Lubis mengatakan "
            "banjir itu akibat hutan yang gundul.")
    q = only(run(text))
    assert q.speaker.name == "Nadia Sari Lubis"


def test_a_one_word_subject_known_as_a_persons_name_stays_a_person(run):
    # The firm rule needs the word between a title and a holder's name: a person's own short
    # name opening a later sentence is still that person.
    text = ("Pendiri Tanamin Bayu Pratama mengatakan dana itu untuk memperluas jaringan petani. "
            "Bayu mengeklaim jumlah penggunanya naik dua kali lipat tahun ini.")
    res = run(text, names={"Bayu Pratama": "PER", "Bayu": "PER"})
    assert [(q.speaker.name, q.speaker.kind) for q in res.quotes] == [("Bayu Pratama", "person")] * 2


def test_a_bodys_short_form_alone_is_the_body_not_a_unit_named_after_it(run):
    # The tagger runs the unit into its head's name (… Komunikasi BI Rina Kusumawati, one
    # body): the unit ends before the name, and BI alone is Bank Indonesia, whose short form
    # the article gives in brackets, not the unit named after it.
    text = ("Bank Indonesia (BI) mempertahankan suku bunga acuan di level 5,5 persen. "
            "Kepala Departemen Komunikasi BI Rina Kusumawati menyebut inflasi masih terkendali. "
            "Pada Juli lalu, BI sempat menyatakan masih membuka ruang penurunan suku bunga.")
    res = run(text, names={"Bank Indonesia": "ORG", "Departemen Komunikasi BI Rina Kusumawati": "ORG"})
    last = next(q for q in res.quotes if q.text.startswith("masih membuka"))
    head = next(q for q in res.quotes if q.text.startswith("inflasi"))
    assert (last.speaker.name, last.speaker.kind) == ("Bank Indonesia", "organization")
    assert (head.speaker.name, head.speaker.role) == ("Rina Kusumawati", "Kepala Departemen Komunikasi BI")
    # Near miss: with no body given that short form in brackets, the unit named with it stays.
    text = text.replace("Bank Indonesia (BI) mempertahankan", "Bank sentral mempertahankan")
    res = run(text, names={"Departemen Komunikasi BI Rina Kusumawati": "ORG"})
    last = next(q for q in res.quotes if q.text.startswith("masih membuka"))
    assert last.speaker.name == "Departemen Komunikasi BI"


def test_a_long_title_cut_by_its_reach_inside_a_firms_name_names_no_one(run):
    # Ketua … (SP GSK) PT Rajut | Indah Makmur, Bambang Sutrisno, …: the titled run stops at
    # its reach inside the firm's name; the words after PT are the firm's, no person, so
    # neither the union (Serikat pekerja …) nor a later -nya goes to one. The bracketed
    # short form counts no words of the role's reach, which runs back to Ketua.
    text = ("Ketua Pimpinan Unit Kerja Serikat Pekerja Garmen Sandang dan Kulit (SP GSK) PT Rajut Indah "
            "Makmur, Bambang Sutrisno, mengatakan manajemen belum memberi penjelasan. "
            "Serikat pekerja menolak rencana itu dan mendesak perusahaan untuk membuka data keuangan. "
            "“Kami minta semua pihak duduk bersama,” tegasnya.")
    res = run(text)
    first, union, last = res.quotes
    assert (first.speaker.name, first.speaker.role) == (
        "Bambang Sutrisno",
        "Ketua Pimpinan Unit Kerja Serikat Pekerja Garmen Sandang dan Kulit (SP GSK) PT Rajut Indah Makmur")
    assert union.speaker.kind == "organization" and union.speaker.name.startswith("Serikat")
    assert last.speaker.name == "Bambang Sutrisno"
    # The union's name runs on over the glue the tagger reads inside it (… Sandang dan Kulit).
    union = run(text, names={"Unit Kerja Serikat Pekerja Garmen Sandang dan Kulit": "ORG"}).quotes[1]
    assert union.speaker.name == "Serikat Pekerja Garmen Sandang dan Kulit"
    # A shorter title reaches the comma: the words after PT are the firm's own name, no one's.
    text = text.replace("Pimpinan Unit Kerja ", "")
    res = run(text)
    assert [q.speaker.name for q in res.quotes][::2] == ["Bambang Sutrisno"] * 2


def test_a_firm_named_after_its_legal_form_and_its_part_in_an_event_speaks(run):
    # Promotor PT …: what the firm is to the event, then the firm: the firm speaks.
    q = only(run("Promotor PT Gema Nada Sentosa memastikan konser itu digelar selama dua hari di Jakarta."))
    assert (q.speaker.name, q.speaker.kind) == ("PT Gema Nada Sentosa", "organization")
    # Near miss: a title before the firm with its holder named after it is the holder's.
    q = only(run("Direktur Utama PT Gema Nada Sentosa Rina Kartika memastikan konser itu digelar dua hari.",
                 names={"Rina Kartika": "PER"}))
    assert (q.speaker.name, q.speaker.role) == ("Rina Kartika", "Direktur Utama PT Gema Nada Sentosa")


def test_an_adverb_of_time_after_a_name_set_off_opens_a_predicate_not_a_role(run):
    # Warni (49), kini ikut …; Yakobus Lena, 24 tahun, sekarang kuliah …: what the person
    # does now; the role is what the sentence gives elsewhere, or none.
    text = ("Suaminya sudah dua tahun sakit. Istrinya, Warni (49), kini ikut berjualan kue di pasar. "
            "Warni mengatakan, utang keluarga itu sudah menumpuk.")
    q = only(run(text, names={"Warni": "PER"}))
    assert q.speaker.name == "Warni" and "kini" not in (q.speaker.role or "")
    text = ("Salah satu anak didik Rustam dahulu, Yakobus Lena, 24 tahun, sekarang kuliah keperawatan di Kupang. "
            "Yakobus Lena mengatakan memilih menjadi perawat karena gurunya.")
    q = only(run(text, names={"Yakobus Lena": "PER", "Rustam": "PER"}))
    assert q.speaker.name == "Yakobus Lena" and "sekarang" not in (q.speaker.role or "")
    # Guard: a description after the age is the role.
    text = "Warni (49), pedagang kue di Pasar Legi, mengatakan utang keluarga itu sudah menumpuk."
    q = only(run(text, names={"Warni": "PER"}))
    assert q.speaker.role == "pedagang kue di Pasar Legi"


def test_a_kinship_noun_in_lowercase_before_a_name_after_an_aged_name_is_the_role(run):
    # Jumiati (45), ibu Dimas, …: his mother, no form of address.
    text = ("Dimas Saputra (20) memilih cuti kuliah. Jumiati (45), ibu Dimas, yang dihubungi melalui telepon, "
            "mengaku sedih anaknya harus berhenti kuliah.")
    q = only(run(text, names={"Dimas Saputra": "PER", "Dimas": "PER", "Jumiati": "PER"}))
    assert (q.speaker.name, q.speaker.role) == ("Jumiati", "ibu Dimas")
    # The entity keeps it for a later cue with the name alone.
    text = ("Dimas Saputra (20) memilih cuti kuliah. Jumiati (45), ibu Dimas, menunggu di rumah. "
            "”Dia anak pertama kami,” kata Jumiati.")
    q = only(run(text, names={"Dimas Saputra": "PER", "Dimas": "PER", "Jumiati": "PER"}))
    assert (q.speaker.name, q.speaker.role) == ("Jumiati", "ibu Dimas")
    # Guard: a capitalised Ibu before a name addresses someone: no role.
    text = "Dimas Saputra (20) memilih cuti kuliah. Jumiati (45), Ibu Sri, mengaku sedih anaknya harus berhenti kuliah."
    rs = run(text, names={"Dimas Saputra": "PER", "Jumiati": "PER", "Sri": "PER"}).quotes
    assert all(q.speaker is None or q.speaker.role != "Ibu Sri" for q in rs)


def test_an_english_department_name_before_a_name_is_the_role(run):
    # Corporate Communication PT X, Nama: the department stands for the one who speaks for it.
    text = ("Warga menolak proyek itu sejak awal. Sementara itu, Corporate Communication PT Bintang Samudra "
            "Logistik, Ratna Wulandari, menyatakan perusahaan berkomitmen membangun dermaga baru.")
    q = only(run(text, names={"Ratna Wulandari": "PER"}))
    assert (q.speaker.name, q.speaker.role) == ("Ratna Wulandari", "Corporate Communication PT Bintang Samudra Logistik")
    # Guard: an English title with its own head word keeps the whole of it.
    text = text.replace("Corporate Communication PT", "Corporate Communication Group Head PT")
    q = only(run(text, names={"Ratna Wulandari": "PER"}))
    assert q.speaker.role == "Corporate Communication Group Head PT Bintang Samudra Logistik"


def test_a_description_pointing_back_to_an_owner_with_an_age_is_the_role(run):
    # Jaring milik Sapri (61) …. Sejak …, nelayan itu …: the owner brought in with an age,
    # the description after a fronted clause's comma.
    text = ("Jaring milik Sapri (61) teronggok di dermaga yang kini dangkal. Sejak pelabuhan baru dibangun di "
            "pesisir Desa Sukaraja, Kecamatan Tanjung, nelayan itu harus berlayar memutar.\n\n"
            "”Dulu satu jam sampai, sekarang tiga jam,” kata Sapri.")
    q = only(run(text, names={"Sapri": "PER"}))
    assert (q.speaker.name, q.speaker.role, q.rules.get("role")) == ("Sapri", "nelayan", "subject_description_role")
    # Laras (23) …. Dalam sehari, katanya, …. Mahasiswi … itu …: one sentence about her between;
    # an indefinite place (di sebuah kampus …) is no part of the role.
    text = ("semarangnews.id - Layar ponsel Laras Wulandari (23) tak pernah berhenti berdering. Dalam sehari, katanya, ada puluhan "
            "nomor asing yang menghubunginya.\n\n"
            "Mahasiswi semester empat di sebuah kampus swasta di Semarang itu meminjam Rp3 juta dari aplikasi "
            "pinjaman daring.\n\n”Saya enggak mau orang tua tahu,” ujar Laras.")
    q = run(text, names={"Laras Wulandari": "PER", "Laras": "PER"}).quotes[-1]
    assert (q.speaker.name, q.speaker.role) == ("Laras Wulandari", "Mahasiswi semester empat")
    # Guard: a sentence between that brings in someone else in lowercase stops it.
    text = text.replace("ada puluhan nomor asing yang menghubunginya", "ibunya sering menelepon")
    q = run(text, names={"Laras Wulandari": "PER", "Laras": "PER"}).quotes[-1]
    assert (q.speaker.name, q.speaker.role) == ("Laras Wulandari", None)


def test_a_description_of_a_thing_brought_in_between_is_no_role_of_the_one_named(run):
    # Sebuah bus … between the name and Sopir bus itu: the description is the bus's
    # driver, not the one named two sentences back.
    text = ("Budi Santoso (40) menunggu di halte sejak pagi. Sebuah bus datang terlambat. Sopir bus itu "
            "meminta maaf kepada penumpang. \"Saya sudah menunggu dua jam,\" kata Budi.")
    q = only(run(text, names={"Budi Santoso": "PER", "Budi": "PER"}))
    assert (q.speaker.name, q.speaker.role) == ("Budi Santoso", None)
    # Guard: a sentence between about something the description does not name still lets
    # it point back.
    text = text.replace("Sebuah bus datang terlambat. Sopir bus itu", "Hujan turun deras. Pedagang sayur itu")
    q = only(run(text, names={"Budi Santoso": "PER", "Budi": "PER"}))
    assert (q.speaker.name, q.speaker.role) == ("Budi Santoso", "Pedagang sayur")


def test_a_description_of_the_actor_on_an_owners_thing_is_no_role_of_the_owner(run):
    # Mobil milik Budi (45) ditabrak truk …. Sopir truk itu …: the truck's driver.
    text = ("Mobil milik Budi (45) ditabrak truk di Jalan Sudirman. Sopir truk itu langsung melarikan diri. "
            "\"Saya kaget sekali,\" kata Budi.")
    q = only(run(text, names={"Budi": "PER"}))
    assert (q.speaker.name, q.speaker.role) == ("Budi", None)
    # Guard: with no truck after the owner, the description is the owner's.
    text = text.replace("ditabrak truk di Jalan Sudirman", "rusak di Jalan Sudirman")
    q = only(run(text, names={"Budi": "PER"}))
    assert (q.speaker.name, q.speaker.role) == ("Budi", "Sopir truk")


def test_a_conferred_honorific_of_two_words_is_taken_whole_and_is_no_role(run):
    # Tuan Guru Bajang …: guru is a word of the honorific, heading no role Guru.
    text = "\"Pemilu harus damai,\" kata Tuan Guru Bajang Zainul Majdi di Mataram."
    for names in (None, {"Bajang Zainul Majdi": "PER"}):  # found by the title scan, or tagged
        q = only(run(text, names=names))
        assert (q.speaker.name, q.speaker.role) == ("Bajang Zainul Majdi", None), names
    # An honorific alone is no role either (kata Buya, …).
    q = only(run("\"Kami berduka,\" kata Buya, sapaan akrab warga kepada ulama itu."))
    assert q.speaker.role is None
    # Guard: guru as a title of its own stays the role.
    q = only(run("\"Anak-anak sudah siap ujian,\" kata Guru Budi Santoso di sekolah."))
    assert (q.speaker.name, q.speaker.role) == ("Budi Santoso", "Guru")


def test_a_place_written_whole_after_a_body_ends_the_title_before_the_name(run):
    # Kepala BBWS Serayu Kencana Dwi Purnomo, with "(BBWS) Serayu Kencana." written
    # elsewhere: the body's place, though a name list knows Kencana as a given name.
    text = ("Tanggul itu kewenangan Balai Besar Wilayah Sungai (BBWS) Serayu Kencana.\n\n"
            "Kepala BBWS Serayu Kencana Dwi Purnomo, yang dihubungi terpisah, menyatakan perbaikan tanggul "
            "dimulai bulan depan. ”Anggarannya sudah ada,” ujarnya.")
    rs = run(text, names={"Dwi Purnomo": "PER"}).quotes
    assert {(q.speaker.name, q.speaker.role) for q in rs} == {("Dwi Purnomo", "Kepala BBWS Serayu Kencana")}
    # Guard: with the place written nowhere else, the given name opens the name.
    text = text.replace("(BBWS) Serayu Kencana.", "(BBWS) di Cilacap.").replace("BBWS Serayu Kencana Dwi",
                                                                                  "BBWS Kencana Dwi")
    rs = run(text, names={"Dwi Purnomo": "PER"}).quotes
    assert {q.speaker.name for q in rs} == {"Kencana Dwi Purnomo"}


def test_acronym_and_word_written_together_is_one_body():
    # A body's acronym and a capitalised word the article writes nowhere else alone: one
    # body (KAI Logistik), not a person called Logistik with the role KAI.
    text = ("Sebuah kereta barang tertahan di Stasiun Cirebon, Senin (5/5/2025). "
            "Manajer Humas KAI Logistik, Rina Handayani, mengatakan muatan sudah dipindahkan ke rangkaian lain. "
            "KAI Logistik menyampaikan jadwal pengiriman akan kembali normal pada Selasa.")
    q = [q for q in extract(text, "2025-05-05", tagger=None).quotes if "jadwal" in q.text][0]
    assert q.speaker.name == "KAI Logistik"
    assert q.speaker.kind == "organization"
    assert q.speaker.role is None


def test_acronym_then_a_name_written_alone_stays_a_person():
    # Guard: where the article writes the word alone too (kata Kartolo), it is a name.
    text = ("Kereta anjlok di Cikini. KAI Kartolo menyampaikan jalur sudah bisa dilalui lagi. "
            "\"Penumpang sudah dievakuasi,\" kata Kartolo.")
    q = [q for q in extract(text, "2025-05-05", tagger=None).quotes if "jalur" in q.text][0]
    assert q.speaker.name == "Kartolo"
    assert q.speaker.kind == "person"


_OFFICIAL_ACCOUNT = ("Seorang pengendara tewas tertimpa pohon di Jalan Sudirman, Senin (5/5/2025).\n\n"
                     "Mengutip akun Instagram {} @dinaslh_kotaku, Dinas Lingkungan Hidup juga menyampaikan duka "
                     "cita kepada keluarga korban.\n\n"
                     "\"Kami akan memangkas semua pohon rawan di jalan protokol mulai pekan ini,\" tulis akun tersebut.")


def test_official_account_speaks_for_the_body_that_is_the_subject():
    # ”…,” tulis akun tersebut, after "akun Instagram resmi @…, Dinas X juga menyampaikan
    # …": the body's official account, the body speaking.
    q = [q for q in extract(_OFFICIAL_ACCOUNT.format("resmi"), "2025-05-05", tagger=None).quotes
         if q.type == "direct"][0]
    assert q.speaker.name == "Dinas Lingkungan Hidup"
    assert q.speaker.kind == "organization"
    assert q.rules["speaker"] == "named_mention:official_account"


def test_account_not_written_as_official_stays_its_handle():
    # Guard: an account not said to be the body's official one is its own handle.
    q = [q for q in extract(_OFFICIAL_ACCOUNT.format("warga"), "2025-05-05", tagger=None).quotes
         if q.type == "direct"][0]
    assert q.speaker.name == "@dinaslh_kotaku"


def test_body_the_tagger_marks_a_person_whole_still_speaks():
    # Polda Sumut tagged a person whole (head word included): no person's name holds a
    # body's head, so the body speaks and the record stays.
    text = ("Kapolda Sumut Rudi Hartono hadir. Polda Sumut juga memperingatkan kelompok suporter lain "
            "agar tidak melakukan aksi balasan.")
    r = extract(text, "2025-07-23", tagger=FakeTagger({"Polda Sumut": "PER", "Rudi Hartono": "PER"}))
    q = only(r)
    assert q.speaker.name == "Polda Sumut"
    assert q.speaker.kind == "organization"


def test_person_tagged_after_a_body_head_stays_a_person():
    # Guard: a person's name in the tagged run after the head (Polda Sumut Rudi Hartono)
    # is that person's, the body their role.
    text = "Polda Sumut Rudi Hartono menegaskan kelompok suporter lain tidak akan dibiarkan membalas."
    q = only(extract(text, "2025-07-23", tagger=FakeTagger({"Polda Sumut Rudi Hartono": "PER"})))
    assert q.speaker.name == "Rudi Hartono"
    assert q.speaker.kind == "person"


# -- epithets, nicknames and bodies named short (probe set UU) ---------------------------

_TRANSFER_RUMOUR = (
    'Masa depan gelandang Timnas Indonesia, Bagas "Bagus" Harahap, masih belum jelas. Pemain berusia 22 '
    "tahun itu dikabarkan diminati klub Selangor Jaya FC.\n\n"
    "Di sisi lain, Garuda Raya FC, klub yang dibela Bagus saat ini, mengeluarkan pernyataan di akun "
    "Instagram resminya. Manajemen klub menegaskan Bagas tidak dijual dengan harga rendah.\n\n"
    '"Bagas adalah pemain kunci dalam rencana kami. Kami belum menerima tawaran apa pun," tulis Garuda Raya '
    "dalam unggahan itu, Sabtu pagi.\n\n"
    'Manajer tim, Hendra Kusnadi, meminta pendukung untuk tenang. "Kalau ada kabar resmi, kami yang '
    'umumkan," ujarnya saat dihubungi terpisah.\n\n'
    "Bagus sendiri enggan banyak bicara. Saat ditemui seusai latihan, Jumat sore, pemain yang akrab disapa "
    "Bagus itu hanya tertawa.\n\n"
    '"Saya mau fokus latihan saja. Urusan itu biar agen," singkatnya.\n')
_TRANSFER_NAMES = {"Bagas": "PER", "Harahap": "PER", "Hendra Kusnadi": "PER", "Garuda Raya": "PER"}


def _said(result, opening):
    return next(q for q in result.quotes if q.text.startswith(opening))


def test_nya_cue_after_a_nicknamed_description_is_that_person(run):
    # pemain yang akrab disapa Bagus itu hanya tertawa. ”…,” singkatnya: the nickname is
    # Bagas Harahap's, and the sentence turns back to him; singkatnya cues the quote.
    r = run(_TRANSFER_RUMOUR, "2025-07-12", names=_TRANSFER_NAMES)
    q = _said(r, "Saya mau fokus")
    assert q.speaker.name == "Bagas Harahap"
    assert q.cue is not None and q.cue.text == "singkatnya"
    # Guard: with the description as an object, closing a clause someone else opens, the
    # -nya stays with the last speaker.
    text = _TRANSFER_RUMOUR.replace("pemain yang akrab disapa Bagus itu hanya tertawa",
                                    "Hendra menepuk bahu pemain yang akrab disapa Bagus itu sambil tertawa")
    q = _said(run(text, "2025-07-12", names=_TRANSFER_NAMES), "Saya mau fokus")
    assert q.speaker.name == "Hendra Kusnadi"


def test_singkatnya_opening_a_sentence_cues_nothing(run):
    # Guard: Singkatnya, … opening a sentence after a quote is a connective, no cue.
    text = ('Pelatih Persada, Miguel Costa, memuji timnya. "Mereka bermain bagus," kata Costa. '
            "Singkatnya, tim itu kini memimpin klasemen.")
    q = only(run(text, names={"Miguel Costa": "PER", "Costa": "PER"}))
    assert q.cue.text == "kata" and q.speaker.name == "Miguel Costa"


def test_body_named_short_after_a_cue_is_the_body_named_in_full_before(run):
    # tulis Garuda Raya, after Garuda Raya FC: the club, whatever the tagger says.
    q = _said(run(_TRANSFER_RUMOUR, "2025-07-12", names=_TRANSFER_NAMES), "Bagas adalah pemain kunci")
    assert (q.speaker.name, q.speaker.kind) == ("Garuda Raya FC", "organization")
    assert q.rules["speaker"] == "named_mention"  # the cue names it, not the record before
    # Guard: no body named so before, the words name no body.
    text = _TRANSFER_RUMOUR.replace("Garuda Raya FC, klub", "klub")
    q = _said(run(text, "2025-07-12", names=_TRANSFER_NAMES), "Bagas adalah pemain kunci")
    assert q.speaker is None or q.speaker.name != "Garuda Raya FC"


def test_club_management_is_the_club_the_sentence_before_turned_to(run):
    # Manajemen klub menegaskan …, another club named further back: the one the sentence
    # right before names.
    q = _said(run(_TRANSFER_RUMOUR, "2025-07-12", names=_TRANSFER_NAMES), "Bagas tidak dijual")
    assert (q.speaker.name, q.speaker.kind) == ("Garuda Raya FC", "organization")
    # Guard: where that sentence names both clubs, the words mean neither.
    text = _TRANSFER_RUMOUR.replace("klub yang dibela Bagus saat ini,",
                                    "klub yang dibela Bagus saat ini, dan Selangor Jaya FC, klub peminatnya,")
    q = _said(run(text, "2025-07-12", names=_TRANSFER_NAMES), "Bagas tidak dijual")
    assert q.speaker is None


_PREMIERE = (
    'Film "Rumah Kabut" tayang perdana di Jakarta, Senin (5/5/2025).\n\n'
    "Salsa Anindya, yang memerankan adik tokoh utama, punya cerita lain. Ia menyebut dirinya harus belajar "
    "logat Sunda selama dua bulan.\n\n"
    '"Logatnya sulit sekali, terutama bagian yang naik turun," kata pemain sinetron yang kini berusia 24 '
    "tahun itu.\n")


def test_description_with_a_relative_clause_points_back_like_one_without(run):
    names = {"Salsa Anindya": "PER"}
    q = _said(run(_PREMIERE, "2025-05-06", names=names), "Logatnya")
    assert q.speaker.name == "Salsa Anindya"
    assert q.speaker.role == "pemain sinetron"
    # Guard: the same description without the clause says the same.
    text = _PREMIERE.replace("pemain sinetron yang kini berusia 24 tahun itu", "pemain sinetron itu")
    q = _said(run(text, "2025-05-06", names=names), "Logatnya")
    assert q.speaker.name == "Salsa Anindya"


def test_religious_honorific_inside_a_tagged_run_is_no_part_of_the_name():
    # A tagger runs the body, its province and the honorific into one person (MUI Sulbar
    # Buya …): Buya, like KH or Syekh, is how the holder is addressed, not a surname.
    text = ("MAMUJU, KOMPAS.com - Ketua MUI Sulbar Buya Rahmat Hidayat menyebut imbauan itu tepat. "
            "\"Ibadah di rumah dulu. Pahalanya tetap sama,\" katanya.")
    for honorific in ("Buya", "Abuya", "Ajengan", "Syekh"):
        names = {f"MUI Sulbar {honorific} Rahmat Hidayat": "PER"}
        r = extract(text.replace("Buya", honorific), tagger=FakeTagger(names))
        assert {(q.speaker.name, q.speaker.role) for q in r.quotes} == {("Rahmat Hidayat", "Ketua MUI Sulbar")}, honorific


def test_religious_honorific_after_a_role_opens_no_name(run):
    for honorific in ("Buya", "Abuya", "Ajengan", "TGH", "Tuan Guru"):
        text = (f"Ketua PWNU Kalsel {honorific} Rahmat Hidayat mengatakan pengajian ditunda sampai bulan depan.")
        q = only(run(text))
        assert (q.speaker.name, q.speaker.role) == ("Rahmat Hidayat", "Ketua PWNU Kalsel"), honorific


def test_habib_and_gus_stay_in_a_name():
    # Near miss: Habib is also a given name and Gus opens nicknames (Gus Dur): neither is
    # read as an honorific cut off the name.
    text = ("MALANG, KOMPAS.com - Salah seorang pedagang, Habib Santoso (45), mengaku rugi. "
            "\"Dagangan saya tidak laku,\" kata Habib.")
    q = extract(text, tagger=FakeTagger({"Habib Santoso": "PER", "Habib": "PER"})).quotes[-1]
    assert q.speaker.name == "Habib Santoso"
    q = only(extract("\"Tidak penting apa agamamu,\" kata Gus Dur.", tagger=FakeTagger({"Gus Dur": "PER"})))
    assert q.speaker.name == "Abdurrahman Wahid" or q.speaker.name == "Gus Dur"


def test_firm_written_whole_elsewhere_ends_before_the_holder_despite_a_name_like_word():
    # Kimia Farma: Farma is a word the NER data knows as a person's, but the article writes
    # PT Kimia Farma alone elsewhere, so the holder's name starts after it (tags as Stanza's).
    lead = "BANDUNG, KOMPAS.com - Vaksin hasil kerja sama PT Kimia Farma dengan mitra asing mulai diproduksi.\n\n"
    quote = "\"Pabriknya sudah siap. Kami menunggu bibit vaksin,\" ujar Corporate Secretary PT Kimia Farma Andi Wijaya.\n\n"
    names = {"PT Kimia Farma": "ORG", "Andi Wijaya": "PER"}
    q = extract(lead + quote, tagger=FakeTagger(names)).quotes[-1]
    assert (q.speaker.name, q.speaker.role) == ("Andi Wijaya", "Corporate Secretary PT Kimia Farma")
    # Near miss: with the firm never written alone, nothing says where its name ends.
    q = extract(quote, tagger=FakeTagger(names)).quotes[-1]
    assert q.speaker.name == "Farma Andi Wijaya"


def _two_paragraph_quote_after(between: str) -> str:
    return ("MALANG, KOMPAS.com - Jumlah pasien di RSUD Kota Malang terus bertambah sejak pekan lalu.\n\n"
            "Kepala RSUD Kota Malang dr Siti Rahmawati mengatakan, ruang perawatan sudah hampir penuh.\n\n"
            "\"Ruang rawat kami sudah terisi 90 persen. Kami terus menambah tempat tidur,\" kata Siti saat dihubungi.\n\n"
            "Kenaikan pasien terasa setelah libur panjang. Banyak pasien berasal dari klaster keluarga.\n\n"
            + between +
            "Rumah sakit itu kini juga kekurangan tenaga kesehatan karena belasan petugas menjalani isolasi.\n\n"
            "\"Petugas kami bekerja lebih lama dari biasanya. Mereka capek, tetapi tetap bertugas.\n\n"
            "\"Kami sudah meminta bantuan tenaga dari dinas kesehatan dan semoga segera dikirim,\" ujar dia.\n\n"
            "Advertisement\n\n")


def test_boilerplate_between_does_not_put_the_last_speaker_out_of_reach(run):
    # A Baca juga line (and the headline on it) is page furniture: ujar dia after a quote
    # over two paragraphs still goes back to the last speaker, however many lines it adds.
    r = run(_two_paragraph_quote_after("Baca juga: Libur Usai, Kasus di Malang Raya Naik\n\n"))
    q = r.quotes[-1]
    assert q.text.startswith("Petugas kami") and q.speaker.name == "Siti Rahmawati"


def test_narration_between_still_puts_the_last_speaker_out_of_reach(run):
    # Near miss: a sentence of the article's own in the same place counts, and the gap is
    # then past the pronoun's reach with the speaker's own cue named between.
    r = run(_two_paragraph_quote_after("Sejumlah puskesmas juga mulai membatasi layanan rawat jalan.\n\n"))
    q = r.quotes[-1]
    assert q.text.startswith("Petugas kami") and (q.speaker is None or q.speaker.name is None)


def test_a_fronted_adverbial_before_a_company_word_is_no_company(run):
    # Di Surabaya, aplikasi itu …; Pada Kamis, perusahaan …: where or when, and a word
    # pointing back, no name set off as the company; perusahaan is the one named before.
    text = ("Aplikasi pesan antar KirimCepat terus menambah kota layanan. Di Surabaya, aplikasi itu sudah dipakai "
            "ratusan ribu orang. Perusahaan menyatakan akan membuka lowongan mitra baru.")
    q = only(run(text, "2025-05-14"))
    assert q.speaker is None or q.speaker.name != "Di Surabaya"
    text = ("Startup pertanian Tanikita resmi menghentikan layanan di dua provinsi. Pada Kamis, perusahaan "
            "mengumumkan pengurangan 80 pegawai. Perusahaan menyatakan keputusan itu diambil karena biaya naik.")
    q = next(q for q in run(text, "2025-05-14").quotes if q.text.startswith("keputusan itu"))
    assert q.speaker.name == "Tanikita"


def test_a_person_after_an_institutions_name_before_itu_is_still_named(run):
    # Kepala Desa Sukamaju Ahmad Sholeh itu …: an untagged capital after the word that
    # takes a name names the place; the person the tagger reads after it is the speaker.
    q = only(run("Kepala Desa Sukamulya Dedi Kurniawan itu mengatakan warga sudah dievakuasi.",
                 names={"Dedi Kurniawan": "PER"}))
    assert (q.speaker.name, q.speaker.role) == ("Dedi Kurniawan", "Kepala Desa Sukamulya")
    q = only(run("Pengasuh Pondok Pesantren Al Amin Rahmat Hidayat itu mengatakan santri diliburkan sepekan.",
                 names={"Rahmat Hidayat": "PER"}))
    assert q.speaker is not None and q.speaker.name.endswith("Rahmat Hidayat")
    # An honorific among the words the tagger reads as one person opens a person's name.
    q = only(run("Pengasuh Pondok Pesantren Darussalam KH Mahfud Ridwan itu menegaskan santri tetap belajar.",
                 names={"Darussalam KH Mahfud Ridwan": "PER"}))
    assert q.speaker is not None and "Mahfud Ridwan" in q.speaker.name


def test_a_titled_name_ends_before_the_building_where_the_holder_was(run):
    # "di" glues a place onto a title (Konsul Jenderal RI di Chicago), but before a
    # building's head (Gedung, Istana) it says where the holder was: the building's last
    # word is no name, and the holder keeps the title written before the name.
    text = ("Menteri Luar Negeri RI Haryo Wicaksono menerima Menteri Luar Negeri Belgia Pieter van Damme "
            "di Gedung Pancasila, Jakarta, Senin (16/3).\n\n"
            "Menlu Belgia itu menyampaikan bahwa pihaknya akan membuka konsulat di Surabaya.")
    r = run(text, published="2026-03-17")
    assert {(q.speaker.name, q.speaker.role) for q in r.quotes} == {("Pieter van Damme", "Menteri Luar Negeri Belgia")}


def test_a_place_glued_to_a_title_without_a_building_stays_in_the_role(run):
    q = only(run("Konsul Jenderal RI di Penang, Yusuf Hamdani, mengatakan telah menerima laporan itu."))
    assert (q.speaker.name, q.speaker.role) == ("Yusuf Hamdani", "Konsul Jenderal RI di Penang")


def test_role_with_three_lowercase_field_words(run):
    # Dosen hukum tata negara …, Nama: three field words after the title stay in the role.
    text = ("Dosen ilmu politik internasional Universitas Airlangga, Surabaya, Rudi Hartawan, "
            "menilai perundingan itu akan berlarut-larut.")
    r = run(text, names={"Rudi Hartawan": "PER"})
    assert [(q.speaker.name, q.speaker.role) for q in r.quotes] == [
        ("Rudi Hartawan", "Dosen ilmu politik internasional Universitas Airlangga, Surabaya")]


def test_court_clerk_title_is_a_role(run):
    text = ("Panitera Muda Hukum Pengadilan Negeri Sleman, Joko Waluyo, mengatakan berkas perkara "
            "itu sudah lengkap.")
    r = run(text, names={"Joko Waluyo": "PER"})
    assert [(q.speaker.name, q.speaker.role) for q in r.quotes] == [
        ("Joko Waluyo", "Panitera Muda Hukum Pengadilan Negeri Sleman")]


def test_a_bodys_short_name_written_as_a_name_then_a_place_is_the_bodys_branch(run):
    # Walhi (a word the gazetteer knows for no person's) and its branch's place, no tagger.
    q = only(run("Walhi Kalimantan Timur menilai tambang batu bara itu merusak sungai warga."))
    assert (q.speaker.name, q.speaker.kind) == ("Walhi Kalimantan Timur", "organization")
    # Guards: a title before a place is no body; a given name before a place names no one.
    q = only(run("Gubernur Kalimantan Timur menilai tambang batu bara itu merusak sungai warga."))
    assert q.speaker.kind == "person"
    assert run("Budi Kalimantan menilai tambang batu bara itu merusak sungai warga.").quotes == []


def test_kedua_and_a_noun_are_the_two_people_the_sentence_before_names_one_receiving_the_other(run):
    # Not listed with dan: one receives the other. The first named leads, with their role.
    text = ("Menteri Perdagangan RI Budi Santosa menerima kunjungan Menteri Perdagangan Jepang Kenji Watanabe "
            "di Jakarta, Senin (16/3). Kedua menteri menggelar pertemuan tertutup selama satu jam.\n\n"
            "Dalam jumpa pers bersama, kedua menteri menyatakan ekspor kopi ke Jepang akan naik dua kali lipat.")
    names = {"Budi Santosa": "PER", "Kenji Watanabe": "PER", "Hiroshi Sato": "PER"}
    q = only(run(text, names=names))
    assert (q.speaker.name, q.speaker.role, [c.name for c in q.co_speakers], q.rules["speaker"]) == (
        "Budi Santosa", "Menteri Perdagangan RI", ["Kenji Watanabe"], "pronoun_mention:pair")
    # Near miss: three people named there, none listed with another, are no pair.
    text3 = text.replace("Budi Santosa menerima", "Budi Santosa, didampingi Wakil Menteri Hiroshi Sato, menerima")
    q = only(run(text3, names=names))
    assert q.speaker is None


def test_a_quote_closed_by_the_next_paragraph_opening_with_begitu_or_demikian(run):
    head = "Banjir merendam puluhan rumah di Desa Sukamaju, Sabtu (14/3/2026).\n\n"
    quote = "\"Airnya naik pelan-pelan lalu tiba-tiba deras. Kami tidak sempat menyelamatkan apa-apa.\"\n\n"
    names = {"Sumarni": "PER", "Dedi Kurniawan": "PER"}
    for closing in ("Begitu penuturan Sumarni (52), warga Desa Sukamaju, saat ditemui di tenda pengungsian.",
                    "Demikian kata Sumarni (52), warga Desa Sukamaju, saat ditemui di tenda pengungsian.",
                    "Begitu cerita Sumarni (52), warga Desa Sukamaju."):
        q = only(run(head + quote + closing, names=names))
        assert (q.speaker.name, q.speaker.role) == ("Sumarni", "warga Desa Sukamaju"), closing
        assert q.rules["cue"].startswith("cue_after_quote"), closing
    # Near miss: begitu opening a clause of time names no speaker of the quote before.
    q = only(run(head + quote + "Begitu Dedi Kurniawan tiba di lokasi, air sudah setinggi pinggang.", names=names))
    assert q.speaker is None


def test_a_ledes_role_only_source_is_the_one_person_given_that_very_role_later(run):
    text = ("Kuasa hukum penggugat, seusai sidang pada Jumat (13/3/2026), menilai bukti yang diajukan cukup kuat.\n\n"
            "Sidang dipimpin hakim ketua Ratna Sari bersama dua hakim anggota.\n\n"
            "Foto suasana sidang di pengadilan negeri.\n\n"
            "Majelis menjadwalkan sidang lanjutan pekan depan.\n\n"
            "\"Kami menghadirkan lima saksi,\" kata Rudi Hartono, kuasa hukum penggugat, seusai sidang.\n\n"
            "Kuasa hukum tergugat, Wulan Siregar, menyebut gugatan itu tidak berdasar.")
    names = {"Rudi Hartono": "PER", "Wulan Siregar": "PER", "Ratna Sari": "PER"}
    first = run(text, names=names).quotes[0]
    assert (first.speaker.name, first.rules["speaker"]) == ("Rudi Hartono", "named_later")
    # Near miss: another role (kuasa hukum tergugat) is someone else; the source stays unnamed.
    first = run(text.replace("Kuasa hukum penggugat,", "Kuasa hukum pihak terkait,", 1), names=names).quotes[0]
    assert first.speaker is None


def test_a_nickname_given_in_the_lede_after_a_headline_naming_the_nickname_with_the_surname(run):
    # The headline (and the tags, which keep it a name) write the nickname with the
    # surname; the lede gives the real name and the nickname: the same person, her role kept.
    text = ("Sidang Cerai Ditunda, Rani Kusuma Menangis di Pengadilan Agama: Aku Sudah Capek\n\n"
            "Jakarta - Penyanyi Maharani Kusuma atau yang akrab disapa Rani menangis usai sidang, Senin "
            "(16/3/2026).\n\n"
            "\"Aku sudah capek,\" kata Rani.\n\n"
            "Tag: #Maharani Kusuma #Rani Kusuma #cerai artis")
    names = {"Rani Kusuma": "PER", "Maharani Kusuma": "PER", "Rani": "PER"}
    q = only(run(text, names=names))
    assert (q.speaker.name, q.speaker.role) == ("Maharani Kusuma", "Penyanyi")
    # (The near miss, a fuller name the article's own text gave before, addressed by a
    # would-be nickname, is test_a_short_name_after_a_form_or_title_of_address_is_the_person_named_in_full.)
_RACE = ("Pelari Indonesia Dewi Lestari Anggraini meraih emas nomor 400 meter di Hanoi, Sabtu (2/8/2025).\n\n"
         "Dewi finis di depan pelari Filipina, Maria Lopez Santos. \"Saya sangat senang,\" kata Dewi.\n\n")
_RACE_NAMES = {"Dewi Lestari Anggraini": "PER", "Maria Lopez Santos": "PER", "Dewi": "PER", "World Athletics": "PER"}


def test_a_description_pointing_back_past_a_cited_source_is_the_athlete_described_before(run):
    # Santos, peraih perak, …: a known short name, untagged, opening the sentence before
    # its role set off by commas, is the one the description after it points back to.
    text = _RACE + ("Santos, peraih perak, memuji Dewi. Dalam wawancara dengan media Filipina yang dikutip situs "
                    "World Athletics, pelari berusia 24 tahun itu menyebut Dewi sebagai lawan yang kuat.")
    q = run(text, names=_RACE_NAMES).quotes[-1]
    assert q.text.startswith("Dewi sebagai lawan")
    assert q.speaker.name == "Maria Lopez Santos"
    # Dikutip situs X, pelari itu …: the cited source is no person the words after its
    # comma describe, so the description finds the runner, not the website.
    text = _RACE + "Santos memuji Dewi. Dikutip situs World Athletics, pelari itu menyebut Dewi sebagai lawan yang kuat."
    q = run(text, names=_RACE_NAMES).quotes[-1]
    assert q.speaker.name == "Maria Lopez Santos"
    # Guard: a name with its role set off after it, not a source cited, keeps the role.
    text = _RACE + "Pelatih Santos, Carlos Mendoza, menilai Santos masih bisa berkembang."
    q = run(text, names=dict(_RACE_NAMES, **{"Carlos Mendoza": "PER"})).quotes[-1]
    assert q.speaker.name == "Carlos Mendoza"


def test_haji_written_short_inside_a_name_keeps_the_whole_name(run):
    # Hi. (Haji) inside a North Maluku name: the name runs over its full stop both ways.
    r = run('Pagi itu, Selasa (3/3/2026), Hamdan Hi. Ismail (47) membersihkan jaring di dermaga. '
            '"Ikan makin jauh dari pantai," kata Hamdan, nelayan Desa Waringin.', published="2026-03-03",
            names={"Ismail": "PER", "Hamdan": "PER"})
    assert only(r).speaker.name == "Hamdan Hi. Ismail"
    q = only(run("Camat Ternate Selatan Hamdan Hi. Ismail mengatakan ikan makin jauh."))
    assert (q.speaker.name, q.speaker.role) == ("Hamdan Hi. Ismail", "Camat Ternate Selatan")
    # Near miss: a given name written short opens the name, nothing before it joins.
    q = only(run("Camat Ternate Selatan Moch. Ismail mengatakan ikan makin jauh."))
    assert (q.speaker.name, q.speaker.role) == ("Moch. Ismail", "Camat Ternate Selatan")


def test_a_title_written_short_stays_in_the_role_before_the_name(run):
    q = only(run('"Kami minta warga tenang dan tidak panik," kata Pj. Kepala Humas PT Sinar Energi '
                 'Rina Kartikasari dalam keterangan tertulis, Senin (2/3/2026).', published="2026-03-02"))
    assert (q.speaker.name, q.speaker.role) == ("Rina Kartikasari", "Pj. Kepala Humas PT Sinar Energi")
    q = only(run("Plt. Kepala Dinas Pertanian Bagus Hermawan mengatakan stok pupuk cukup hingga akhir tahun."))
    assert (q.speaker.name, q.speaker.role) == ("Bagus Hermawan", "Plt. Kepala Dinas Pertanian")


def test_a_role_before_a_name_after_kepada_in_another_speakers_sentence(run):
    # The role set off before the name (with its acronym in brackets) is the person's
    # when they speak later; the place "di desanya" (whose village: the other speaker's) is not.
    text = ('"Air sumur kami sudah kering," kata Darmin (50), warga Desa Sukamaju. Darmin mengaku sudah '
            'melaporkan kekeringan itu kepada penyuluh pertanian lapangan (PPL) di desanya, Yusuf Hidayat. '
            'Namun, belum ada bantuan. Yusuf saat dikonfirmasi membenarkan ada 40 sumur yang kering.')
    q = [q for q in run(text).quotes if q.speaker.name == "Yusuf Hidayat"]
    assert [x.speaker.role for x in q] == ["penyuluh pertanian lapangan (PPL)"]
    # Near miss: a place named in the role stays in it.
    text = text.replace("penyuluh pertanian lapangan (PPL) di desanya", "bidan di Desa Sukamaju")
    q = [q for q in run(text).quotes if q.speaker.name == "Yusuf Hidayat"]
    assert [x.speaker.role for x in q] == ["bidan di Desa Sukamaju"]
_AGENT_WITH_PLACE = ("Nelayan di Desa Tanjung Sari mengeluhkan hasil tangkapan yang terus menurun.\n\n"
                     "”Dulu sejam saja sudah dapat satu ember. Sekarang seharian pun belum tentu,” kata Darmin, "
                     "ketua kelompok nelayan setempat.\n\n"
                     "{intro} Ia mengaku pendapatannya turun hingga separuh dalam setahun terakhir.")
_AGENT_WITH_PLACE_NAMES = {"Darmin": "PER", "Wartini": "PER"}


def test_a_pronoun_after_an_agent_described_with_where_she_works_is_hers(run):
    # Hal serupa dirasakan Wartini (44), pedagang ikan asin di desa yang sama. Ia …: the
    # passive's agent, introduced with an age and a role whose place closes the sentence,
    # is the one the pronoun goes on with, not the fisherman quoted before.
    intro = "Hal serupa dirasakan Wartini (44), pedagang ikan asin di desa yang sama."
    r = run(_AGENT_WITH_PLACE.format(intro=intro), names=_AGENT_WITH_PLACE_NAMES)
    assert r.quotes[-1].speaker.name == "Wartini"
    # Guard: the object of an active verb is no one the sentence hands the word to.
    intro = "Darmin lalu menemui Wartini (44), pedagang ikan asin di desa yang sama."
    r = run(_AGENT_WITH_PLACE.format(intro=intro), names=_AGENT_WITH_PLACE_NAMES)
    assert r.quotes[-1].speaker.name == "Darmin"


_NEWCOMER_WITH_KIN = ("Tim SAR gabungan masih mencari seorang nelayan yang hilang di perairan Pangandaran.\n\n"
                      "”Hari ini kami kerahkan dua perahu karet dan satu kapal,” kata Kepala Basarnas Bandung, "
                      "Joko Susilo.\n\n"
                      "Korban yang belum ditemukan adalah Sardi (37), warga Desa Babakan.\n\n"
                      "Di posko, keluarga korban terus menunggu kabar. {intro}\n\n"
                      "”Pagi itu sudah saya larang, anginnya kencang sekali,” ucapnya lirih.")
_NEWCOMER_WITH_KIN_NAMES = {"Joko Susilo": "PER", "Sardi": "PER", "Suminah": "PER", "Warsito": "PER"}


def test_a_person_named_in_a_newcomers_apposition_leaves_the_quote_hers(run):
    # Suminah (38), istri Sardi, tak kuasa menahan tangis. ”…,” ucapnya: whose wife she is
    # names no other person the sentence turns to; she speaks, not the official before.
    intro = "Suminah (38), istri Sardi, tak kuasa menahan tangis."
    r = run(_NEWCOMER_WITH_KIN.format(intro=intro), names=_NEWCOMER_WITH_KIN_NAMES)
    assert r.quotes[-1].speaker.name == "Suminah"
    # Guard: another person named outside her apposition leaves no one newcomer.
    intro = "Suminah (38), istri Sardi, menunggu bersama Warsito (45)."
    r = run(_NEWCOMER_WITH_KIN.format(intro=intro), names=_NEWCOMER_WITH_KIN_NAMES)
    assert r.quotes[-1].speaker.name == "Joko Susilo"


_CUELESS_AFTER_NEWCOMER = ("Petani jagung di Kabupaten Dairi mengeluhkan kelangkaan pupuk bersubsidi.\n\n"
                           "”Pupuknya ada, tapi kuota kami sudah habis,” kata Tigor Simbolon (56), petani jagung "
                           "di Desa Lae Parira.\n\n"
                           "{intro}\n\n"
                           "”Kami terpaksa beli pupuk nonsubsidi, harganya tiga kali lipat. Modal dari mana?”\n\n"
                           "Kepala Dinas Pertanian Kabupaten Dairi, Rudi Manik, mengakui ada kekurangan alokasi "
                           "pupuk subsidi tahun ini.")
_CUELESS_AFTER_NEWCOMER_NAMES = {"Tigor Simbolon": "PER", "Tiurma br Sinaga": "PER", "Rudi Manik": "PER"}


def test_a_quote_with_no_cue_after_a_newcomer_described_is_theirs(run):
    # Tiurma br Sinaga (49), petani jagung …, juga mengeluhkan hal serupa. ”…”: the one
    # person that sentence brings in, with an age and a role, says the words with no cue.
    intro = "Tiurma br Sinaga (49), petani jagung di desa tetangga, juga mengeluhkan hal serupa."
    r = run(_CUELESS_AFTER_NEWCOMER.format(intro=intro), names=_CUELESS_AFTER_NEWCOMER_NAMES)
    [q] = [q for q in r.quotes if q.text.startswith("Kami terpaksa")]
    assert q.speaker.name == "Tiurma br Sinaga"
    # Guard: a name alone, with no age and no role, is someone the story tells of.
    intro = "Kasus serupa pernah dialami Tiurma br Sinaga tahun lalu."
    r = run(_CUELESS_AFTER_NEWCOMER.format(intro=intro), names=_CUELESS_AFTER_NEWCOMER_NAMES)
    [q] = [q for q in r.quotes if q.text.startswith("Kami terpaksa")]
    assert q.speaker.name == "Tigor Simbolon"


def test_a_title_inside_a_fronted_place_is_no_role_of_the_subject(run):
    # Di Bandara … Ibu Kota X, Nama (31), pedagang …: "Ibu" opens the place's name, not a
    # title; the role is the appositive after the name.
    text = ("Di Bandara Internasional Ibu Kota Medan, Rina Maharani (31), pedagang asal Binjai, mengaku "
            "belum tahu kenaikan tarif itu.\n\n"
            '"Saya baru dengar dari tetangga," kata dia.')
    r = run(text, published="2026-01-02")
    assert {(q.speaker.name, q.speaker.role) for q in r.quotes} == {("Rina Maharani", "pedagang asal Binjai")}
    # So with the name tagged (the role read back from the name, or over the comma).
    r = run(text, published="2026-01-02", names={"Rina Maharani": "PER"})
    assert {(q.speaker.name, q.speaker.role) for q in r.quotes} == {("Rina Maharani", "pedagang asal Binjai")}
    # A tagger may take the name for a place: the role before the comma is read there.
    r = run(text.replace("Rina Maharani", "Sari Wulandari"), published="2026-01-02",
            names={"Sari Wulandari": "LOC", "Bandara Internasional": "LOC", "Kota Medan": "LOC"})
    assert {(q.speaker.name, q.speaker.role) for q in r.quotes} == {("Sari Wulandari", "pedagang asal Binjai")}
    # Guard: a role set off before the name that opens the sentence stays the role.
    q = only(run("Kepala Dinas Perhubungan Kota Medan, Rina Maharani, mengatakan tarif itu belum naik."))
    assert (q.speaker.name, q.speaker.role) == ("Rina Maharani", "Kepala Dinas Perhubungan Kota Medan")


def test_a_title_ending_in_dari_and_a_place_keeps_the_name_after_it(run):
    # Senator Partai X dari Ontario Nama dalam pernyataan tertulis meminta …: the place
    # after dari closes the title; the name after it speaks.
    q = only(run("Di Ottawa, Senator Partai Liberal dari Ontario Michael Harrington dalam pernyataan tertulis "
                 "meminta pemerintah untuk meninjau ulang aturan itu."))
    assert (q.speaker.name, q.speaker.role) == ("Michael Harrington", "Senator Partai Liberal dari Ontario")
    # Guard: a name, then dari and where the person is from: the name alone speaks.
    q = only(run("Reynaldi dari PT Rotan Jaya dalam pernyataan tertulis meminta pemerintah untuk meninjau ulang "
                 "aturan itu."))
    assert q.speaker.name == "Reynaldi"


def test_a_short_title_and_a_given_name_that_is_a_common_word_is_the_holder(run):
    # Dubes Indah, after Duta Besar RI untuk X Indah Lestari Wibowo: "indah" is a common
    # word too, so the parse keeps it in the title; the holder named so speaks.
    text = ("Duta Besar RI untuk Kanada Indah Lestari Wibowo mengungkapkan bahwa pembicaraan sudah berlangsung "
            "sejak Mei.\n\nMenurut Dubes {}, langkah berikutnya adalah pertemuan teknis bulan depan.")
    q = run(text.format("Indah")).quotes[-1]
    assert (q.speaker.name, q.speaker.role) == ("Indah Lestari Wibowo", "Duta Besar RI untuk Kanada")
    # Guard: a given name the holder does not have names someone else.
    q = run(text.format("Suci")).quotes[-1]
    assert q.speaker.name != "Indah Lestari Wibowo"


def test_an_announcement_naming_the_interviewee_outranks_a_guest_named_before(run):
    # Berikut petikan tanya jawab Budi dengan wartawan: the announcement names whom the
    # answers are from; the guest he received, named in the sentence before after
    # menerima, and again inside a question, is no interviewee.
    intro = ("Ketua Umum Partai Nusantara Budi Santoso Wiryawan membuka peluang koalisi baru. Hal itu "
             "disampaikan Budi usai menerima Sekjen Partai Samudra Rahmat Hidayat di rumahnya, Senin (3/3/2025).\n\n")
    qa = ("Apa yang dibahas dengan Pak Rahmat tadi?\n\n"
          "”Banyak hal. Kami bicara soal ekonomi,” jawab Budi.\n\n"
          "Apakah partai Anda akan bergabung?\n\n"
          "”Kita tunggu keputusan majelis partai. Saya tidak bisa memutuskan sendiri.”")
    names = {"Budi Santoso Wiryawan": "PER", "Rahmat Hidayat": "PER", "Budi": "PER"}
    for tagged in (names, {k: v for k, v in names.items() if k != "Budi"}):
        # (the short name tagged there, or left untagged: a name the article gave in full)
        quotes = run(intro + "Berikut petikan tanya jawab Budi dengan wartawan:\n\n" + qa, names=tagged).quotes
        assert [(q.text[:15], q.speaker.name) for q in quotes if q.type == "direct"] == [
            ("Banyak hal. Kam", "Budi Santoso Wiryawan"), ("Kita tunggu kep", "Budi Santoso Wiryawan")]
    # Near miss: an announcement that names no one leaves the choice to the sentences
    # before it, as it was.
    quotes = run(intro + "Berikut petikan tanya jawab dengan wartawan:\n\n" + qa, names=names).quotes
    assert quotes[-1].speaker.name == "Rahmat Hidayat"


def test_an_uncued_answer_in_a_dialogue_is_not_given_to_someone_brought_in_after_it(run):
    # Quoted paragraphs alone, turn after turn (question, answer, remark, answer): the
    # exchange goes on with the one interviewed, not with a person the next paragraph
    # brings in for the first time.
    names = {"Andi Saputra Lubis": "PER", "Hasan Basri Nasution": "PER", "Andi": "PER", "Hasan": "PER"}
    text = ("Harian Kita mengonfirmasi laporan itu kepada calon wali kota, Andi Saputra Lubis. "
            "Andi membantah timnya membagikan uang.\n\n"
            "\"Apakah benar ada pembagian amplop di posko Anda?\"\n\n"
            "\"Itu acara arisan warga, bukan kampanye. Kami tidak membagikan apa pun kepada tamu yang hadir.\"\n\n"
            "\"Panwaslu sudah memanggil dua saksi.\"\n\n"
            "\"Silakan saja. Kami menghormati proses itu. Tim kami tidak pernah menyuruh siapa pun. Kami juga "
            "siap hadir kapan saja.\"\n\n"
            "Sementara itu, kuasa hukum pasangan calon lain, Hasan Basri Nasution, meminta Panwaslu menambah "
            "pengawas. Menurut Hasan, pelanggaran terjadi karena pengawasan lemah.")
    quotes = run(text, names=names).quotes
    q = next(q for q in quotes if q.text.startswith("Silakan"))
    assert q.speaker.name == "Andi Saputra Lubis"
    # Near miss: an uncued quote after narration, no turn of a dialogue, still goes to the
    # person the sentence right after it names.
    text = ("Harga beras naik sejak pekan lalu. Pedagang mengeluhkan pasokan yang seret.\n\n"
            "\"Kami belum menerima kiriman dari Karawang.\"\n\n"
            "Kepala Dinas Perdagangan Hasan Basri Nasution mengatakan pasokan akan pulih pekan depan.")
    quotes = run(text, names=names).quotes
    assert quotes[0].speaker.name == "Hasan Basri Nasution"


def test_the_one_interrupted_in_a_fronted_clause_is_not_the_one_who_speaks(run):
    # Belum selesai X berbicara, Y menyela. ”…,” katanya: the clause names the one
    # interrupted; the main clause's subject takes the cue.
    names = {"Ratna Sari Dewi": "PER", "Bonifasius Taroreh": "PER", "Ratna": "PER"}
    text = ("Anggota Komisi II dari Fraksi PKB, Ratna Sari Dewi, menilai pemerintah lambat menyalurkan dana.\n\n"
            "”Pak Menteri, ini bukan soal administrasi. Ini soal hak warga…”\n\n"
            "Belum selesai Ratna berbicara, anggota Fraksi Partai Demokrat, Bonifasius Taroreh, menyela. "
            "”Interupsi, Ketua. Jangan semua kesalahan ditimpakan ke pemerintah,” katanya.")
    for tagged in (names, {k: v for k, v in names.items() if k != "Ratna"}):
        # (the short name in the clause tagged, or left untagged)
        q = run(text, names=tagged).quotes[-1]
        assert q.speaker.name == "Bonifasius Taroreh"
    # Near miss: where the main clause names no one, the one still speaking goes on.
    text = text.replace("anggota Fraksi Partai Demokrat, Bonifasius Taroreh, menyela", "ruang rapat menjadi riuh")
    q = run(text, names=names).quotes[-1]
    assert q.speaker.name == "Ratna Sari Dewi"


def test_a_relayed_quote_is_the_relayer_s_words(run):
    # ”…,” ujar X menirukan Y: X says the words, relaying Y's; the verb ends the name.
    names = {"Sinta Paramitha Wulandari": "PER", "Bagus Hartanto Simatupang": "PER", "Sinta": "PER", "Bagus": "PER"}
    text = ("Juru bicara Partai Nusantara Sinta Paramitha Wulandari mengatakan ketua umum partai, Bagus Hartanto "
            "Simatupang, sedang berada di luar negeri. \"Beliau bilang, kita ikuti saja prosesnya. Nanti dibahas "
            "bersama,\" ujar Sinta menirukan Bagus.")
    q = run(text, names=names).quotes[-1]
    assert (q.speaker.name, q.speaker.mention) == ("Sinta Paramitha Wulandari", "Sinta")
    # Near miss: a speaker written in full before the cue's end is still whole.
    q = run(text.replace("ujar Sinta menirukan Bagus", "ujar Bagus Hartanto Simatupang"), names=names).quotes[-1]
    assert q.speaker.name == "Bagus Hartanto Simatupang"


def test_an_honorific_word_closing_a_bodys_short_name_stays_in_the_role(run):
    # Badan Penyelenggara Haji (BP Haji) …; Kepala BP Haji KH X: Haji is the short name's
    # last word there, not an honorific opening the name.
    names = {"Hasan Basri Lubis": "PER", "Badan Penyelenggara Haji": "ORG"}
    text = ("Badan Penyelenggara Haji (BP Haji) menyiapkan pemondokan di Makkah. "
            "Kepala BP Haji KH Hasan Basri Lubis mengatakan semua hotel sudah diperiksa.")
    q = run(text, names=names).quotes[-1]
    assert (q.speaker.name, q.speaker.role) == ("Hasan Basri Lubis", "Kepala BP Haji")
    # Near miss: with no such short name in the article, Haji opens the name and is no role.
    text = "Kepala Kantor Kemenag Haji Hasan Basri Lubis mengatakan semua hotel sudah diperiksa."
    q = run(text, names={"Hasan Basri Lubis": "PER"}).quotes[-1]
    assert (q.speaker.name, q.speaker.role) == ("Hasan Basri Lubis", "Kepala Kantor Kemenag")
    # The title before the name, read on its own (not as a speaker's mention), runs on so too.
    from attribution.entities import prenominal_role
    from attribution.lexicon import load_lexicon
    from attribution.segment import build_document
    doc = build_document("Badan Penyelenggara Haji (BP Haji) menyiapkan pemondokan di Makkah. "
                         "Kepala BP Haji KH Hasan Basri Lubis mengatakan semua hotel sudah diperiksa.")
    name = next(t.i for t in doc.tokens if t.text == "Hasan")
    assert prenominal_role(doc, name, load_lexicon("id")) == "Kepala BP Haji"
    doc = build_document("Kepala Kantor Kemenag Haji Hasan Basri Lubis mengatakan semua hotel sudah diperiksa.")
    name = next(t.i for t in doc.tokens if t.text == "Hasan")
    assert prenominal_role(doc, name, load_lexicon("id")) == "Kepala Kantor Kemenag"


def test_anothers_title_and_name_before_an_accompanying_verb_are_no_role(run):
    # Menteri X (kiri) didampingi Wakil Menteri Y menyampaikan …: Y's role is the title
    # after the verb, not the words from the other's title on.
    names = {"Joko Susilo": "PER", "Rina Marlina": "PER"}
    text = ("Menteri Pertanian Joko Susilo (kiri) didampingi Wakil Menteri Pertanian Rina Marlina mengatakan "
            "stok beras aman hingga akhir tahun.")
    q = only(run(text, names=names))
    assert (q.speaker.name, q.speaker.role) == ("Rina Marlina", "Wakil Menteri Pertanian")
    # Near miss: with no verb between, the title before the name is the role whole.
    q = only(run("Wakil Menteri Pertanian Rina Marlina mengatakan stok beras aman hingga akhir tahun.", names=names))
    assert (q.speaker.name, q.speaker.role) == ("Rina Marlina", "Wakil Menteri Pertanian")


def test_what_a_body_is_to_a_work_is_its_role(run):
    # X selaku rumah produksi menyatakan …; rumah produksi PT X; X, distributor film itu, …:
    # what the body is, set off after its name or written before it, is its role.
    names = {"Cakrawala Sinema Studios": "ORG", "PT Cakrawala Sinema": "ORG"}
    said = " film itu akan tayang di bioskop mulai Juni."
    for subject, name, role in (
            ("Cakrawala Sinema Studios selaku rumah produksi menyatakan", "Cakrawala Sinema Studios",
             "rumah produksi"),
            ("Rumah produksi Cakrawala Sinema Studios menyatakan", "Cakrawala Sinema Studios", "Rumah produksi"),
            ("Menurut rumah produksi PT Cakrawala Sinema,", "PT Cakrawala Sinema", "rumah produksi"),
            ("PT Cakrawala Sinema selaku distributor menyatakan", "PT Cakrawala Sinema", "distributor")):
        q = only(run(subject + said, names=names))
        assert (q.speaker.name, q.speaker.role) == (name, role), subject
    # Set off by commas, where the tagger reads the body's name as a person's (as Stanza does).
    q = only(run("Cakrawala Sinema Studios, rumah produksi film tersebut, menyatakan" + said,
                 names={"Cakrawala Sinema Studios": "PER"}))
    assert (q.speaker.name, q.speaker.role) == ("Cakrawala Sinema Studios", "rumah produksi film")
    # Near miss: a person acting in a capacity keeps that title as before.
    q = only(run("Rina Marlina selaku produser menyatakan" + said, names={"Rina Marlina": "PER"}))
    assert (q.speaker.name, q.speaker.role) == ("Rina Marlina", "produser")


def test_majelis_alone_opening_a_sentence_is_the_panel_not_a_body_named_majelis(run):
    # Majelis juga menyebut …: the bench described (majelis hakim), its capital only the
    # sentence's; the bench the article named with its court speaks.
    text = ("Majelis hakim Pengadilan Negeri Surabaya menjatuhkan vonis 5 tahun penjara kepada Andi Wijaya. "
            "Vonis dibacakan dalam sidang, Rabu (4/3).\n\n"
            "Majelis juga menyebut Andi menerima suap dari rekanan proyek jalan.")
    q = only(run(text, published="2026-03-05", names={"Andi Wijaya": "PER"}))
    assert (q.speaker.name, q.rules["speaker"]) == (
        "Majelis hakim Pengadilan Negeri Surabaya", "description_mention:panel")
    # Guard: a body whose name opens with Majelis is that body.
    q = only(run("Majelis Ulama Indonesia menyatakan produk itu halal.", names={"Majelis Ulama Indonesia": "ORG"}))
    assert q.speaker.name == "Majelis Ulama Indonesia"
_BEGITU_CHAIN = ("Kepala Dinas Pendidikan Kota Bogor Hendra Gunawan mengatakan sekolah siap dibuka. "
                 "\"Semua ruang kelas sudah dibersihkan,\" kata Hendra.\n\n"
                 "\"Jadwal masuk tetap pukul tujuh pagi.\"\n\n"
                 "{closing}")
_BEGITU_NAMES = {"Hendra Gunawan": "PER", "Hendra": "PER", "Dewi Lestari": "PER", "Dedie Rachim": "PER"}


def test_begitu_pula_or_a_clause_of_time_after_a_quote_names_no_new_speaker(run):
    # Begitu pula disampaikan X: X said the same, not the words before; Begitu
    # mengumumkan …, X …: a clause of time. The quote stays with the speaker before.
    for closing in ("Begitu pula disampaikan Ketua PGRI Kota Bogor Dewi Lestari yang meminta orang tua tenang.",
                    "Begitu mengumumkan jadwal itu, Wali Kota Bogor Dedie Rachim meninjau sekolah."):
        r = run(_BEGITU_CHAIN.format(closing=closing), names=_BEGITU_NAMES)
        [q] = [q for q in r.quotes if q.text.startswith("Jadwal masuk")]
        assert q.speaker.name == "Hendra Gunawan", closing
    # Guard: begitu with a direct cue closes the quote and names its speaker.
    r = run(_BEGITU_CHAIN.format(closing="Begitu kata Dewi Lestari, Ketua PGRI Kota Bogor."), names=_BEGITU_NAMES)
    [q] = [q for q in r.quotes if q.text.startswith("Jadwal masuk")]
    assert q.speaker.name == "Dewi Lestari"


def test_kedua_and_a_noun_need_two_people_holding_that_title(run):
    # Kedua korban after an officer and one victim: not the officer with the victim.
    text = ("Kapolsek Cibeunying Kompol Agus Salim mengatakan salah satu korban bernama Dewi Anggraini. "
            "Kedua korban mengaku dijambret saat pulang kerja.")
    names = {"Agus Salim": "PER", "Dewi Anggraini": "PER"}
    q = run(text, names=names).quotes[-1]
    assert q.text.startswith("dijambret") and q.speaker is None
    # Kedua terdakwa after the judge and one defendant: nor the judge.
    text = ("Majelis hakim yang dipimpin Bambang Sutejo menjatuhkan vonis empat tahun penjara kepada terdakwa "
            "Rudi Hartono. Kedua terdakwa menyatakan akan mengajukan banding.")
    q = only(run(text, names={"Bambang Sutejo": "PER", "Rudi Hartono": "PER"}))
    assert q.speaker is None
    # Guard: two foreign ministers (Menlu written short) are kedua menteri.
    text = ("Menlu Retno Marsudi menerima kunjungan Menlu Jepang Yoko Kamikawa di Jakarta. "
            "Dalam pernyataan bersama, kedua menteri menyatakan komitmen memperkuat kerja sama maritim.")
    q = only(run(text, names={"Retno Marsudi": "PER", "Yoko Kamikawa": "PER"}))
    assert (q.speaker.name, [c.name for c in q.co_speakers]) == ("Retno Marsudi", ["Yoko Kamikawa"])


def test_an_unnamed_source_is_not_named_by_another_holder_of_the_description(run):
    # Seorang pejabat …: left unnamed on purpose; a later official of that ministry,
    # written as another one (lain), is someone else.
    text = ("Seorang pejabat Kementerian Perdagangan mengatakan impor gula akan dibatasi. "
            "\"Stok dalam negeri masih cukup,\" kata pejabat itu.\n\n"
            "Sementara itu, pejabat Kementerian Perdagangan lain, Budi Santosa, mengatakan impor tetap dibuka.")
    r = run(text, names={"Budi Santosa": "PER"})
    assert [q.speaker for q in r.quotes[:2]] == [None, None]
    # The holder named later in a story about them, not speaking there, is no source.
    text = ("Kepala sekolah setempat mengatakan atap kelas sudah bocor sejak 2021. "
            "\"Kami sudah mengajukan perbaikan,\" ujarnya.\n\n"
            "Tahun lalu, kepala sekolah setempat, Rudi Hartono, juga diperiksa karena dana bantuan. "
            "Rudi divonis dua tahun. \"Saya menyesal,\" kata Rudi saat itu.")
    r = run(text, names={"Rudi Hartono": "PER", "Rudi": "PER"})
    assert all(q.speaker is None or q.speaker.name != "Rudi Hartono" for q in r.quotes[:2])


def test_a_person_named_after_a_mid_clause_dilaporkan_keeps_the_role_set_off(run):
    # dilaporkan X, warga …: an ordinary passive with a person as its agent, no source cited.
    text = ("Pencurian itu dilaporkan Dewi Anggraini, pemilik warung, ke Polsek Cibeunying. "
            "Dewi mengatakan, \"Saya rugi jutaan rupiah.\"")
    q = only(run(text, names={"Dewi Anggraini": "PER", "Dewi": "PER"}))
    assert (q.speaker.name, q.speaker.role) == ("Dewi Anggraini", "pemilik warung")
    text = ("Kebakaran itu pertama kali dilaporkan Joko Susilo, Ketua RT 04, kepada petugas. "
            "\"Saya melihat asap dari atap,\" kata Joko.")
    q = only(run(text, names={"Joko Susilo": "PER", "Joko": "PER"}))
    assert q.speaker.name == "Joko Susilo" and (q.speaker.role or "").startswith("Ketua RT")


def test_a_cueless_quote_after_a_suspect_or_victim_described_stays_with_the_officer(run):
    # Tersangka X (35), warga …, mencoba kabur. ”…”: no word said there; the officer quoted
    # before goes on.
    names = {"Agus Salim": "PER", "Agus": "PER", "Joko": "PER", "Sri Wahyuni": "PER"}
    for intro in ("Tersangka Joko (35), warga Desa Sukamaju, mencoba kabur saat hendak ditangkap.",
                  "Korban, Sri Wahyuni (40), pedagang sayur di Pasar Cibinong, meninggal di lokasi kejadian."):
        text = ("Kapolsek Cibinong Kompol Agus Salim mengatakan kasus itu terjadi pukul 05.00. "
                "\"Kami sudah memeriksa tiga saksi,\" kata Agus.\n\n" + intro + "\n\n"
                "\"Berkasnya segera kami limpahkan ke kejaksaan.\"")
        r = run(text, names=names)
        [q] = [q for q in r.quotes if q.text.startswith("Berkasnya")]
        assert q.speaker.name == "Agus Salim", intro
    # Near miss: a newcomer described writing through a document (a letter) says the words.
    text = ("Kepala Dinas Kependudukan Agus Salim mengatakan antrean sudah berkurang. "
            "\"Kami menambah dua loket,\" kata Agus.\n\n"
            "Surat pembaca dari Sri Wahyuni (40), warga Kecamatan Cibinong, menggambarkan hal sebaliknya.\n\n"
            "\"Saya sudah tiga kali datang dan selalu disuruh kembali besok.\"")
    r = run(text, names=names)
    [q] = [q for q in r.quotes if q.text.startswith("Saya sudah tiga kali")]
    assert q.speaker.name == "Sri Wahyuni"
    # (So does one who complains: test_a_quote_with_no_cue_after_a_newcomer_described_is_theirs.)


_BAG_MAKER = {"Suryanti Kusumawardani": "PER", "Nonik": "PER", "Yanti": "PER", "Heriyanti Lestari": "PER"}


def test_a_described_nickname_after_how_long_points_back(run):
    # Sudah 30 tahun perempuan yang akrab disapa Bu Nonik itu …: how long opens the
    # sentence; the description after it points back to the person named before.
    text = ("Di sebuah bengkel kecil, Suryanti Kusumawardani (58) sedang menjahit tas kulit.\n\n"
            "Sudah 30 tahun perempuan yang akrab disapa Bu Nonik itu menjahit tas. Ia belajar dari ayahnya.\n\n"
            "“Dulu pesanan datang setiap hari,” kata Nonik.")
    assert only(run(text, names=_BAG_MAKER)).speaker.name == "Suryanti Kusumawardani"
    # Guard: no demonstrative closes it, so it points back to no one (a neighbour told of).
    text = ("Di sebuah bengkel kecil, Suryanti Kusumawardani (58) sedang menjahit tas kulit.\n\n"
            "Sudah 30 tahun tetangganya yang akrab disapa Bu Nonik menjahit tas.\n\n"
            "“Dulu pesanan datang setiap hari,” kata Nonik.")
    assert only(run(text, names=_BAG_MAKER)).speaker.name == "Nonik"


def test_a_name_cut_from_the_end_of_a_given_name(run):
    # kata Yanti, after Suryanti Kusumawardani: the end of her given name, no one else's.
    text = ("Di sebuah bengkel kecil, Suryanti Kusumawardani (58) sedang menjahit tas kulit.\n\n"
            "“Dulu pesanan datang setiap hari,” kata Yanti.")
    assert only(run(text, names=_BAG_MAKER)).speaker.name == "Suryanti Kusumawardani"
    # Guards: a Yanti brought in with her own age is another person; two names ending so
    # leave it open; and a Yanti written before the full name is not cut from it.
    for text in ("Di sebuah bengkel kecil, Suryanti Kusumawardani (58) sedang menjahit tas kulit. "
                 "Di sebelahnya, Yanti (40) menjual kopi.\n\n“Dulu pesanan datang setiap hari,” kata Yanti.",
                 "Di sebuah bengkel kecil, Suryanti Kusumawardani (58) dan Heriyanti Lestari (50) menjahit tas kulit.\n\n"
                 "“Dulu pesanan datang setiap hari,” kata Yanti.",
                 "“Dulu pesanan datang setiap hari,” kata Yanti.\n\n"
                 "Di sebuah bengkel kecil, Suryanti Kusumawardani (58) sedang menjahit tas kulit."):
        assert only(run(text, names=_BAG_MAKER)).speaker.name == "Yanti"


def test_a_short_name_brought_in_as_someone_new_is_not_cut_from_a_longer_one(run):
    # Petani, Yanto, … after Bupati Sri Haryanto: a name brought in with its own role, set
    # off by commas or opening a sentence, is a new person, not the end of Haryanto; and
    # the Bupati keeps his role.
    names = {"Sri Haryanto": "PER", "Yanto": "PER"}
    lead = ("Bupati Klaten Sri Haryanto mengatakan saluran irigasi sudah diperbaiki.\n\n"
            "“Petani bisa menanam lagi,” kata Sri Haryanto.\n\n")
    for intro in ("Petani di Desa Jomboran, Yanto, mengaku sawahnya masih kering.",
                  "Yanto, petani di Desa Jomboran, mengaku sawahnya masih kering.",
                  "Yanto mengaku sawahnya masih kering."):
        r = run(lead + intro + "\n\n“Air belum sampai,” kata Yanto.", names=names)
        [q] = [q for q in r.quotes if q.text.startswith("Air belum")]
        assert q.speaker.name == "Yanto", intro
        [q] = [q for q in r.quotes if q.text.startswith("Petani bisa")]
        assert q.speaker.role == "Bupati Klaten"


def test_a_set_off_name_the_tagger_opens_after_a_role_closing_in_a_name(run):
    # kuasa hukum Rudi, Yohanes Silalahi Purba,: the tagger leaves out Purba (a common word
    # too); set off by commas and opened by the tagger's person, the run is the name whole.
    names = {"Rudi Hartono": "PER", "Rudi": "PER", "Yohanes Silalahi": "PER"}
    text = ("Pengadilan Negeri Medan menjatuhkan vonis empat tahun penjara kepada Rudi Hartono.\n\n"
            "\"Kami akan mempelajari putusan itu,\" kata kuasa hukum Rudi, Yohanes Silalahi Purba, kepada wartawan.\n\n"
            "Yohanes menegaskan bahwa kliennya tidak pernah menerima uang.")
    r = run(text, names=names)
    assert [(q.speaker.name, q.speaker.role) for q in r.quotes] == [("Yohanes Silalahi Purba", "kuasa hukum Rudi")] * 2
    # Guard: untagged, a long run after a title keeps its two-word rule (the complement).
    q = only(run("Ketua Umum Persatuan Guru Jawa Barat Ahmad Subarja mengatakan bahwa gaji guru naik."))
    assert q.speaker.name == "Ahmad Subarja"


def test_a_foreign_given_name_after_a_place_opens_the_name(run):
    # Penyerang Persita asal Brasil Diego Albuquerque: the role closes at the place; Diego
    # (of San Diego in the NER data) opens the name.
    q = only(run("Penyerang Persita asal Brasil Diego Albuquerque mengatakan timnya layak menang."))
    assert (q.speaker.name, q.speaker.role) == ("Diego Albuquerque", "Penyerang Persita asal Brasil")
    # Guard: inside a place's name it stays the place's.
    q = only(run("Wali Kota San Diego Todd Gloria mengatakan bahwa kota itu siap."))
    assert (q.speaker.name, q.speaker.role) == ("Todd Gloria", "Wali Kota San Diego")


def test_a_form_of_address_before_a_title_is_no_part_of_it(run):
    # Bu Menteri Keuangan mengatakan …: the holder addressed, named by the title alone.
    q = only(run("Bu Menteri Keuangan mengatakan bahwa anggaran itu sudah cukup."))
    assert (q.speaker.name, q.speaker.role) == ("Menteri Keuangan", "Menteri Keuangan")
    # Guard: an address and a bare title (Pak Lurah) is how the person is called, kept whole.
    q = only(run("Pak Lurah mengatakan bahwa anggaran itu sudah cukup."))
    assert q.speaker.name == "Pak Lurah"


def test_a_bodys_region_after_its_bracketed_acronym_is_part_of_its_name(run):
    # Balai Besar Wilayah Sungai (BBWS) Serayu Opak menyatakan …: no title opens the
    # words and the tagger reads them all as one body: the words after the acronym are
    # the body's region, not a person holding a post there.
    text = ("Di sisi lain, Balai Besar Wilayah Sungai (BBWS) Serayu Opak menyatakan perbaikan "
            "bendung akan dimulai pekan depan.")
    q = only(run(text, names={"Balai Besar Wilayah Sungai ( BBWS ) Serayu Opak": "ORG"}))
    assert (q.speaker.name, q.speaker.kind) == ("Balai Besar Wilayah Sungai (BBWS) Serayu Opak", "organization")
    # Guard: after a title, the name after a body's acronym is the holder's.
    text = ("Direktur Eksekutif Wahana Lingkungan Hidup Indonesia (Walhi) Rina Kusumawati mengatakan "
            "tambang itu merusak sungai.")
    q = only(run(text, names={"Rina Kusumawati": "PER"}))
    assert (q.speaker.name, q.speaker.kind) == ("Rina Kusumawati", "person")


def test_bare_management_is_the_one_body_the_sentence_before_tells_of(run):
    # Dalam keterangan tertulisnya, manajemen menyatakan …, right after "PT X membantah
    # …": the management of that body, which speaks.
    text = ("Penyanyi Rara Anggita menggugat bekas labelnya. "
            "Di sisi lain, PT Cahaya Nada Abadi membantah tudingan tersebut. Dalam keterangan tertulisnya, "
            "manajemen menyatakan semua laporan penjualan sudah dikirim setiap bulan.")
    r = run(text, names={"Rara Anggita": "PER", "PT Cahaya Nada Abadi": "ORG"})
    [q] = [q for q in r.quotes if q.text.startswith("semua laporan")]
    assert (q.speaker.name, q.speaker.kind) == ("PT Cahaya Nada Abadi", "organization")
    # Guard: where the sentence before names two bodies, the management is no one's.
    text = ("Penyanyi Rara Anggita menggugat bekas labelnya. "
            "Di sisi lain, PT Cahaya Nada Abadi dan PT Suara Kita membantah tudingan tersebut. Dalam keterangan "
            "tertulisnya, manajemen menyatakan semua laporan penjualan sudah dikirim setiap bulan.")
    r = run(text, names={"Rara Anggita": "PER", "PT Cahaya Nada Abadi": "ORG", "PT Suara Kita": "ORG"})
    [q] = [q for q in r.quotes if q.text.startswith("semua laporan")]
    assert q.speaker is None


def test_bare_management_is_not_a_police_unit_or_office_acting_on_a_firm(run):
    # Polres X menyegel sebuah pabrik …. Saat dikonfirmasi, manajemen menyatakan …: the
    # management is the unnamed firm's, not the police's or the office's that acted on it.
    for lead, body in (("Polres Bekasi menyegel sebuah pabrik plastik di Cikarang.", "Polres Bekasi"),
                       ("Dinas Lingkungan Hidup menerima aduan warga soal limbah sebuah pabrik kertas.",
                        "Dinas Lingkungan Hidup")):
        text = lead + " Saat dikonfirmasi, pihak manajemen menyatakan semua izin sudah lengkap."
        r = run(text, names={body: "ORG"})
        [q] = [q for q in r.quotes if q.text.startswith("semua izin")]
        assert q.speaker is None or q.speaker.name != body, lead


def test_a_panel_named_with_its_courts_short_form_and_seat_keeps_its_whole_name(run):
    # Majelis hakim Pengadilan Tindak Pidana Korupsi (Tipikor) pada Pengadilan Negeri X:
    # the short form and the court it sits in are the panel's name too; majelis hakim
    # later is that panel, its role the words saying it is a panel.
    text = ("Majelis hakim Pengadilan Tindak Pidana Korupsi (Tipikor) pada Pengadilan Negeri Surabaya "
            "menjatuhkan vonis 6 tahun penjara kepada Joko Prasetyo.\n\n"
            "Vonis itu lebih ringan dari tuntutan jaksa.\n\n"
            "Dalam pertimbangannya, majelis hakim menilai Joko terbukti menyetujui pembayaran tanpa "
            "pemeriksaan barang.")
    q = only(run(text, names={"Joko Prasetyo": "PER"}))
    assert (q.speaker.name, q.speaker.role, q.rules["speaker"]) == (
        "Majelis hakim Pengadilan Tindak Pidana Korupsi (Tipikor) pada Pengadilan Negeri Surabaya",
        "Majelis hakim", "description_mention:panel")
    # Guard: a day after the court's name is no part of it.
    text = ("Majelis hakim Pengadilan Negeri Surabaya pada Rabu menjatuhkan vonis 6 tahun penjara kepada "
            "Joko Prasetyo.\n\nVonis itu lebih ringan dari tuntutan jaksa.\n\n"
            "Dalam pertimbangannya, majelis hakim menilai Joko terbukti menyetujui pembayaran tanpa "
            "pemeriksaan barang.")
    q = only(run(text, names={"Joko Prasetyo": "PER"}))
    assert q.speaker.name == "Majelis hakim Pengadilan Negeri Surabaya"


def test_official_account_speaks_for_the_body_whose_act_reports_no_words():
    # Mengutip akun Instagram resmi @…, Dinas X juga menyampaikan permohonan maaf kepada …:
    # a thing conveyed, no record, but the one body the sentence names owns the account.
    text = ("Seorang pengendara tewas tertimpa pohon di Jalan Sudirman, Senin (5/5/2025).\n\n"
            "Mengutip akun Instagram resmi @dinaslh_kotaku, Dinas Lingkungan Hidup juga menyampaikan permohonan "
            "maaf kepada keluarga korban.\n\n"
            "\"Kami akan memangkas semua pohon rawan di jalan protokol mulai pekan ini,\" tulis akun tersebut.")
    r = extract(text, "2025-05-05", tagger=None)
    q = only(r)
    assert (q.speaker.name, q.rules["speaker"]) == ("Dinas Lingkungan Hidup", "named_mention:official_account")
    # Guard: an account that is not official stays the account.
    q = only(extract(text.replace("Instagram resmi", "Instagram"), "2025-05-05", tagger=None))
    assert q.speaker.name == "@dinaslh_kotaku"


def test_a_body_s_own_rank_after_a_role_is_cut_off_it(run):
    # Kolonel Bakamla: the body's own rank, its name where TNI would stand.
    q = only(run("Kepala Biro Humas Bakamla Laksamana Pertama Bakamla Budi Santoso Hartono mengatakan patroli di Selat "
                 "Malaka ditambah mulai pekan depan.", names={"Budi Santoso Hartono": "PER"}))
    assert (q.speaker.name, q.speaker.role) == ("Budi Santoso Hartono", "Kepala Biro Humas Bakamla")
    # Guard: the body's name in a role, with no rank before it, stays.
    q = only(run("Kepala Bakamla Budi Santoso Hartono mengatakan patroli di Selat Malaka ditambah mulai pekan depan.",
                 names={"Budi Santoso Hartono": "PER"}))
    assert q.speaker.role == "Kepala Bakamla"
    # Guard: the body's short form in brackets after its full name is still cut off the name.
    q = only(run("Badan Keamanan Laut (Bakamla) menyatakan patroli di Selat Malaka ditambah mulai pekan depan."))
    assert q.speaker.name == "Badan Keamanan Laut"


def test_an_army_corps_after_a_rank_is_no_part_of_the_name(run):
    # Letkol Arm (artillery), like Kolonel Inf: the corps belongs to the rank.
    q = only(run("Komandan Kodim 0712/Tegal Letkol Arm Budi Santoso mengatakan jembatan darurat rampung besok."))
    assert (q.speaker.name, q.speaker.role) == ("Budi Santoso", "Komandan Kodim 0712/Tegal")


def test_a_tagged_body_ends_before_the_lowercase_words_it_ran_into(run):
    q = only(run("Kementerian Kesehatan kemarin menegaskan vaksin itu aman bagi anak usia sekolah.",
                 names={"Kementerian Kesehatan kemarin": "ORG"}))
    assert q.speaker.name == "Kementerian Kesehatan"
    # Guard: a lowercase word inside the name stays.
    q = only(run("Badan Pengawas Obat dan Makanan menyatakan produk itu aman dikonsumsi anak-anak.",
                 names={"Badan Pengawas Obat dan Makanan": "ORG"}))
    assert q.speaker.name == "Badan Pengawas Obat dan Makanan"


def test_a_centre_named_with_its_acronym_in_brackets_is_a_body(run):
    q = only(run("Pusat Penerangan (Puspen) TNI menyatakan latihan gabungan di Situbondo berjalan aman dan tertib."))
    assert (q.speaker.name, q.speaker.kind) == ("Pusat Penerangan (Puspen) TNI", "organization")
    # Guard: Pusat closing a place's name is no body.
    q = only(run("Warga Jakarta Pusat mengatakan banjir sudah surut sejak pagi tadi."))
    assert q.speaker.kind != "organization"


def test_a_military_command_speaks_as_a_body(run):
    for subject in ("Kodam IV/Diponegoro", "Korem 071/Wijayakusuma", "Kodam Diponegoro"):
        q = only(run(f"{subject} menyatakan latihan menembak di lapangan itu sudah mendapat izin warga."))
        assert (q.speaker.name, q.speaker.kind) == (subject, "organization"), subject
    # Guard: the command in a commander's role is still the role.
    q = only(run("Komandan Kodim 0712/Tegal Letkol Inf Budi Santoso mengatakan jembatan darurat rampung besok.",
                 names={"Budi Santoso": "PER"}))
    assert (q.speaker.name, q.speaker.role) == ("Budi Santoso", "Komandan Kodim 0712/Tegal")


def test_a_commander_s_short_title_is_the_commander_named_with_the_long_one(run):
    text = ("Komandan Korem 071/Wijayakusuma Kolonel Inf Bambang Sutrisno memastikan dua korban banjir sudah "
            "dievakuasi ke rumah sakit. Tim gabungan masih mencari satu warga. Menurut Danrem, arus sungai masih "
            "deras sehingga pencarian dilakukan dengan hati-hati.")
    quotes = run(text, names={"Bambang Sutrisno": "PER"}).quotes
    assert [q.speaker.name for q in quotes] == ["Bambang Sutrisno", "Bambang Sutrisno"]
    # Guard: another command's short title (Dandim) is not the Korem's commander.
    text = text.replace("Menurut Danrem", "Menurut Dandim")
    quotes = run(text, names={"Bambang Sutrisno": "PER"}).quotes
    assert quotes[-1].speaker is None or quotes[-1].speaker.name != "Bambang Sutrisno"


def test_a_passive_verb_before_a_title_ends_the_role_of_the_name_after_it(run):
    # perwakilan nelayan diterima Kepala Dinas X, Nama: the delegation was received by the
    # head; the role is the head's title only, not the sentence's subject and its verb.
    text = ("Sekitar pukul 10.00 WIB, perwakilan nelayan diterima Kepala Dinas Kelautan Provinsi Banten, "
            "Hendra Wijaya.\n\n\"Kami akan meninjau ulang izin itu,\" kata Hendra.")
    q = only(run(text, names={"Hendra Wijaya": "PER", "Hendra": "PER"}))
    assert (q.speaker.name, q.speaker.role) == ("Hendra Wijaya", "Kepala Dinas Kelautan Provinsi Banten")
    # Guard: a lowercase field after the head is still the role's (pengamat dirgantara).
    q = only(run("Pengamat dirgantara dari Universitas Indonesia, Rudi Hartawan, menilai bandara itu terlalu kecil."))
    assert q.speaker.role == "Pengamat dirgantara dari Universitas Indonesia"


def test_pendamping_hukum_heads_the_role_before_a_name(run):
    q = only(run("Pendamping hukum nelayan dari Lembaga Bantuan Hukum (LBH) Serang, Dimas Prasetyo, "
                 "menilai izin itu cacat prosedur."))
    assert (q.speaker.name, q.speaker.role) == (
        "Dimas Prasetyo", "Pendamping hukum nelayan dari Lembaga Bantuan Hukum (LBH) Serang")
    # Guard: a role headed by one word keeps its own start.
    q = only(run("Kuasa hukum nelayan dari LBH Serang, Dimas Prasetyo, menilai izin itu cacat prosedur."))
    assert q.speaker.role == "Kuasa hukum nelayan dari LBH Serang"


def test_a_role_after_a_name_runs_on_over_negeri_after_a_school(run):
    # guru kelas di sebuah SD negeri di Kecamatan X: "negeri" says which kind of school.
    q = only(run("\"Honor kami kecil,\" kata Siti Aminah, guru kelas di sebuah SD negeri di Kecamatan Cibeber."))
    assert q.speaker.role == "guru kelas di sebuah SD negeri di Kecamatan Cibeber"
    # Guard: another lowercase word after the school still ends the role.
    q = only(run("\"Honor kami kecil,\" kata Siti Aminah, guru kelas di sebuah SD sejak 2010."))
    assert q.speaker.role == "guru kelas di sebuah SD"


def test_a_press_source_left_unnamed_keeps_no_speaker_and_a_pronoun_after_it_points_to_it(run):
    names = {"Bayu Pratama": "PER", "Bayu": "PER", "Tempo": "ORG"}
    text = ("Menteri Kelautan Bayu Pratama mengatakan proyek itu berjalan sesuai rencana. "
            "\"Kami sudah menghitung semuanya,\" kata Bayu.\n\n"
            "Sumber Tempo di Kementerian Kelautan menyebutkan rencana reklamasi sebenarnya sudah dibahas sejak tahun lalu. "
            "Menurut sumber itu, ada tekanan dari sejumlah pengusaha karena anggaran daerah dipangkas. "
            "\"Pengusaha itu yang minta izin dipercepat,\" kata dia.")
    r = run(text, names=names)
    got = [(q.text[:20], q.speaker.name if q.speaker else None) for q in r.quotes]
    assert got == [("proyek itu berjalan ", "Bayu Pratama"), ("Kami sudah menghitun", "Bayu Pratama"),
                   ("rencana reklamasi se", None), ("ada tekanan dari sej", None), ("Pengusaha itu yang m", None)]
    # Guard: a firm whose name opens with the word speaks for itself.
    q = only(run("Sumber Rejeki Abadi menyatakan perusahaan tidak bersalah.", names={"Sumber Rejeki Abadi": "ORG"}))
    assert q.speaker.name == "Sumber Rejeki Abadi"
    # Guard: so does one the tagger leaves untagged, whose name is no outlet's.
    for text in ("Sumber Makmur menyatakan siap menambah pasokan gula ke pasar.",
                 "Sumber Jaya Abadi menyatakan siap menambah pasokan gula ke pasar."):
        q = only(run(text))
        assert q.speaker is not None and q.speaker.name, text


def test_the_outlet_that_reached_a_speaker_set_off_before_the_verb_is_no_subject(run):
    # X, saat dihubungi TribunJateng.com melalui pesan singkat, Minggu (…), menyatakan …:
    # the tagger may take the outlet's name for a person's; it only reached the speaker.
    names = {"Handoko Wibisono": "PER", "TribunJateng.com": "PER", "TribunJateng": "PER"}
    for contact in ("saat dihubungi TribunJateng.com melalui pesan singkat", "dihubungi TribunJateng.com"):
        text = (f"Kuasa hukum PT KST, Handoko Wibisono, {contact}, Minggu (18/5/2025), "
                "menyatakan perusahaan tidak lari dari tanggung jawab.")
        q = only(run(text, names=names))
        assert (q.speaker.name, q.speaker.role) == ("Handoko Wibisono", "Kuasa hukum PT KST"), contact
    # Guard: a person met in the clause set off is still no subject, and a subject after
    # a short lead-in speaks.
    q = only(run("Saat dihubungi, Ketua RT 05 Budi Santoso mengatakan warga sudah mengungsi.", names={"Budi Santoso": "PER"}))
    assert q.speaker.name == "Budi Santoso"


def test_a_plural_pronoun_with_no_one_before_it_is_not_the_one_person_who_speaks_next(run):
    names = {"Joko Purnomo": "PER"}
    text = ("Ratusan nelayan berunjuk rasa di depan kantor gubernur, Senin (3/3/2025). {} menuntut pemerintah "
            "provinsi mencabut izin tambang pasir di pesisir utara.\n\n"
            "Ketua Serikat Nelayan Banten, Joko Purnomo, mengatakan aksi akan berlanjut.")
    r = run(text.format("Mereka"), names=names)
    assert [(q.text[:20], q.speaker.name if q.speaker else None) for q in r.quotes] == [
        ("pemerintah provinsi ", None), ("aksi akan berlanjut", "Joko Purnomo")]
    # Guard: a singular pronoun still goes to the person named next.
    r = run(text.format("Ia"), names=names)
    assert [q.speaker.name for q in r.quotes] == ["Joko Purnomo", "Joko Purnomo"]


def test_title_opened_by_sevp_is_the_role(run):
    text = ("Layanan itu terganggu. SEVP Digital Banking Bank Nusa Makmur, Hendra Wijaya, menjelaskan "
            "bahwa gangguan berasal dari pusat data.")
    q = only(run(text, names={"Hendra Wijaya": "PER"}))
    assert q.speaker.role == "SEVP Digital Banking Bank Nusa Makmur"


def test_role_set_off_before_name_with_bracketed_acronym_of_a_long_body(run):
    text = ("Namun, peneliti ekonomi digital dari Institute for Tech Policy (InTP) Universitas Andalas, "
            "Rina Marlina, mengingatkan bahwa aturan itu bisa menghambat inovasi.")
    q = only(run(text, names={"Rina Marlina": "PER"}))
    assert q.speaker.role == "peneliti ekonomi digital dari Institute for Tech Policy (InTP) Universitas Andalas"


def test_role_set_off_before_name_still_bounded_without_acronym(run):
    # Guard: only the acronym's brackets go uncounted; a run of thirteen words is as
    # long as before.
    text = ("Namun, peneliti ekonomi digital dari Institute for Tech Policy and Digital Society Universitas "
            "Andalas, Rina Marlina, mengingatkan bahwa aturan itu bisa menghambat inovasi.")
    q = only(run(text, names={"Rina Marlina": "PER"}))
    assert q.speaker.name == "Rina Marlina"
    assert q.speaker.role is None


def test_firm_inside_an_english_title_speaks_as_the_firm(run):
    text = ("Komdigi menegur platform video Klipku.\n\n"
            "Head of Public Policy Klipku untuk Asia Tenggara, Dodi Sirait, menambahkan pihaknya telah "
            "menonaktifkan fitur siaran langsung.\n\n"
            "Klipku mengklaim memiliki lebih dari 50 juta pengguna aktif bulanan di Indonesia.")
    r = run(text, names={"Klipku": "ORG", "Dodi Sirait": "PER", "Komdigi": "ORG"})
    first, last = r.quotes
    assert first.speaker.name == "Dodi Sirait"
    assert first.speaker.role == "Head of Public Policy Klipku untuk Asia Tenggara"
    assert last.speaker.name == "Klipku"
    assert last.speaker.role is None


def test_name_after_an_english_title_without_a_link_stays_a_person(run):
    # Guard: no lowercase link goes on with the title, so the word before the comma is
    # read as before.
    text = ("Head of Public Policy Klipku, Dodi Sirait, menambahkan pihaknya telah menonaktifkan fitur "
            "siaran langsung.")
    q = only(run(text, names={"Klipku": "ORG", "Dodi Sirait": "PER"}))
    assert q.speaker.name == "Dodi Sirait"
    assert q.speaker.role == "Head of Public Policy Klipku"


def test_group_named_by_itself_in_marks_speaks_and_is_no_quote(run):
    text = ("Data nasabah diduga bocor. Kelompok yang menamakan diri \"Naga Hitam\" mengklaim memiliki "
            "salinan basis data nasabah.")
    for names in (None, {"Naga Hitam": "PER"}):  # (whole, whatever the tagger reads in it)
        q = only(run(text, names=names))
        assert q.type == "indirect"
        assert q.text == "memiliki salinan basis data nasabah"
        assert q.speaker.name == "Naga Hitam" and q.speaker.role is None


def test_a_clause_in_marks_after_menyebut_dirinya_stays_a_quote(run):
    # Guard: what follows "menyebut dirinya" in marks is a clause or a lowercase phrase
    # the speaker said of themself, no name given to oneself.
    for said in ("\"Sudah lelah, tidak sanggup lagi berjualan\"", "\"tidak pernah menerima suap sepeser pun\""):
        q = only(run(f"Rina Wati menyebut dirinya {said} saat ditemui di rumahnya.", names={"Rina Wati": "PER"}))
        assert q.type == "mixed" and q.speaker.name == "Rina Wati", said


def test_words_in_marks_after_a_plain_speech_verb_stay_a_quote(run):
    # Guard: menyebut without diri introduces what was said, not a name.
    r = run("Budi Santoso menyebut, \"Kami tidak akan mundur dari rencana ini.\"",
            names={"Budi Santoso": "PER"})
    q = only(r)
    assert q.type == "direct" and q.speaker.name == "Budi Santoso"


def test_company_noun_points_back_to_the_firm_set_off_after_its_description(run):
    text = ("Startup pertanian asal Malang, Tanamku, mengumumkan pendanaan Seri A senilai US$10 juta. "
            "Putaran ini dipimpin Sinar Ventures.\n\n"
            "Dalam siaran pers, Kamis (6/3), perusahaan menyebut dana itu akan dipakai untuk membuka gudang baru.\n\n"
            "Tanamku didirikan pada 2020. Perusahaan mengklaim telah bermitra dengan 20 ribu petani.")
    r = run(text, names={"Tanamku": "LOC", "Sinar Ventures": "ORG"})  # (read as a place after one)
    said = {q.text: q.speaker.name if q.speaker else None for q in r.quotes}
    assert said["dana itu akan dipakai untuk membuka gudang baru"] == "Tanamku"
    assert said["telah bermitra dengan 20 ribu petani"] == "Tanamku"


def test_company_noun_with_two_firms_set_off_points_to_neither(run):
    # Guard: two firms described so before it: the noun could mean either.
    text = ("Startup pertanian asal Malang, Tanamku, dan startup logistik asal Bandung, Kirimaja, "
            "mengumumkan kerja sama.\n\n"
            "Dalam siaran pers, Kamis (6/3), perusahaan menyebut dana itu akan dipakai untuk membuka gudang baru.")
    r = run(text, names={"Tanamku": "ORG", "Kirimaja": "ORG"})
    said = {q.text: q.speaker.name if q.speaker else None for q in r.quotes}
    assert said["dana itu akan dipakai untuk membuka gudang baru"] is None


def test_company_noun_does_not_point_back_to_a_title_or_a_town_set_off_after_it(run):
    # Guard: the words set off after "perusahaan …," are an official's title (after a
    # list: perwakilan perusahaan tambang dan warga, Kapolres X, …) or the town of a
    # place (karyawan perusahaan di kawasan industri, Batang, …): no firm.
    names = {"Rudi Hartono": "PER", "Ketapang": "LOC"}
    text = ("Setelah menemui perwakilan perusahaan tambang dan warga, Kapolres Ketapang, AKBP Rudi Hartono, "
            "mengatakan keadaan aman. Perusahaan itu menyatakan akan membayar ganti rugi.")
    said = {q.text: q.speaker.name if q.speaker else None for q in run(text, names=names).quotes}
    assert said["akan membayar ganti rugi"] != "Kapolres Ketapang"
    text = ("Usai menemui perwakilan perusahaan tambang, Kapolres Ketapang, AKBP Rudi Hartono, "
            "mengatakan keadaan aman. Perusahaan itu menyatakan akan membayar ganti rugi.")
    said = {q.text: q.speaker.name if q.speaker else None for q in run(text, names=names).quotes}
    assert said["akan membayar ganti rugi"] != "Kapolres Ketapang"
    text = ("Buruh perusahaan di kawasan industri, Batang, mengeluhkan upah yang belum dibayar. "
            "Perusahaan menyatakan upah akan dibayar bulan depan.")
    said = {q.text: q.speaker.name if q.speaker else None for q in run(text, names={"Batang": "ORG"}).quotes}
    assert said["upah akan dibayar bulan depan"] != "Batang"
_TRANSCRIPT = (
    "Sidang perkara pencurian kabel di Pengadilan Negeri Solo digelar Rabu (5/3/2025).\n\n"
    "Jaksa Rina Marlina lalu memeriksa saksi kedua, satpam gudang Slamet Riyadi (52). "
    "Berikut petikan tanya jawab di ruang sidang:\n\n"
    "{label}: \"Saudara saksi, jam berapa Saudara melihat pelaku?\"\n\n"
    "Slamet: \"Sekitar jam dua pagi, Bu. Mereka bawa mobil bak.\"\n\n"
    "{label}: \"Berapa orang yang Saudara lihat?\"\n\n"
    "Slamet: \"Tiga orang. Satu menunggu di mobil.\"")


def test_transcript_lines_labelled_with_a_role_or_a_name_are_their_speakers(run):
    names = {"Rina Marlina": "PER", "Slamet Riyadi": "PER", "Slamet": "PER"}
    quotes = run(_TRANSCRIPT.format(label="Jaksa"), published="2025-03-05", names=names).quotes
    # The prosecutor's questions are her words, not an interviewer's dropped questions.
    assert [(q.text[:12], q.speaker.name) for q in quotes] == [
        ("Saudara saks", "Rina Marlina"), ("Sekitar jam ", "Slamet Riyadi"),
        ("Berapa orang", "Rina Marlina"), ("Tiga orang. ", "Slamet Riyadi")]
    # Guard: a question label names no one; the questions go, the answers stay.
    quotes = run(_TRANSCRIPT.format(label="Tanya"), published="2025-03-05", names=names).quotes
    assert [(q.text[:12], q.speaker.name) for q in quotes] == [
        ("Sekitar jam ", "Slamet Riyadi"), ("Tiga orang. ", "Slamet Riyadi")]


def test_a_capitalised_word_before_a_colon_that_names_no_one_is_no_speaker_label(run):
    text = ("Bupati Klaten Slamet Riyadi meninjau banjir, Rabu (5/3/2025). Ia membagikan selebaran kepada warga.\n\n"
            "{label}: \"Jangan buang sampah ke sungai.\"")
    names = {"Slamet Riyadi": "PER"}
    q = only(run(text.format(label="Slamet"), names=names))
    assert (q.speaker.name, q.rules["cue"]) == ("Slamet Riyadi", "cue_before_quote:label")
    # Guard: a banner is no person.
    q = only(run(text.format(label="Spanduk"), names=names))
    assert q.speaker is None


_POSTED_AFTER_A_REPLY = (
    "Wali Kota Bogor Arif Setiawan mengkritik proyek trotoar yang rusak, Senin (3/3/2025).\n\n"
    "Pihak kontraktor, PT Bangun Kota Mandiri, melalui kuasa hukumnya Dedi Kurniawan menyatakan siap "
    "memperbaiki trotoar itu.\n\n"
    "“Trotoar itu rusak karena dilewati truk setiap malam,” kata Dedi saat dihubungi, Selasa (4/3/2025).\n\n"
    "{sentence}\n\n"
    "“Kalau tahu ada truk, kenapa tidak bilang dari awal?” tulisnya.")


def test_a_word_of_how_soon_before_a_fronted_adjunct_leaves_the_name_after_it_the_subject(run):
    names = {"Arif Setiawan": "PER", "Arif": "PER", "Dedi Kurniawan": "PER", "Dedi": "PER"}
    text = _POSTED_AFTER_A_REPLY.format(
        sentence="Tak lama setelah pernyataan kontraktor beredar, Arif kembali mengunggah Instagram Story.")
    assert run(text, published="2025-03-05", names=names).quotes[-1].speaker.name == "Arif Setiawan"
    # Guard: after a lead-in with no adjunct, a name after a verb is its object, no newcomer.
    text = _POSTED_AFTER_A_REPLY.format(sentence="Tak lama, Dedi menelepon Arif.")
    assert run(text, published="2025-03-05", names=names).quotes[-1].speaker.name == "Dedi Kurniawan"


_NAMED_BY_BERNAMA = (
    "Ketua Umum Serikat Nelayan Rudi Hartawan menyebut harga solar terlalu mahal, Senin (3/3/2025).\n\n"
    "“Kami tidak bisa melaut kalau begini,” teriak Rudi dari atas panggung.\n\n"
    "{sentence}\n\n"
    "“Sekali melaut cuma dapat Rp 50 ribu. Itu belum es,” ucapnya dalam video itu.")


def test_a_newcomer_named_after_bernama_is_the_one_a_pronoun_cue_goes_on_with(run):
    names = {"Rudi Hartawan": "PER", "Rudi": "PER", "Siti Aminah": "PER"}
    text = _NAMED_BY_BERNAMA.format(sentence="Dalam video yang beredar, seorang nelayan perempuan bernama "
                                             "Siti Aminah (38) tampak menangis saat bercerita.")
    assert run(text, published="2025-03-03", names=names).quotes[-1].speaker.name == "Siti Aminah"
    # Guard: the one named after a verb is its object; the speaker quoted before goes on.
    text = _NAMED_BY_BERNAMA.format(sentence="Dalam video itu, Rudi memeluk seorang nelayan perempuan bernama "
                                             "Siti Aminah (38).")
    assert run(text, published="2025-03-03", names=names).quotes[-1].speaker.name == "Rudi Hartawan"


def test_a_title_runs_on_over_pada_to_the_office_it_serves_in(run):
    names = {"Andi Rahmat Siregar": "PER"}
    q = only(run("Direktur Penyidikan pada Jaksa Agung Muda Tindak Pidana Khusus (Jampidsus) Kejagung, Andi Rahmat "
                 "Siregar, mengatakan penyidik telah memeriksa 20 saksi.", names=names))
    assert q.speaker.role == "Direktur Penyidikan pada Jaksa Agung Muda Tindak Pidana Khusus (Jampidsus) Kejagung"
    # Guard: a title standing alone before pada (the agent of a passive verb, dikirim
    # Gubernur pada Menteri …) is another person's; the title after pada is the role
    # (the name left untagged, as a tagger may leave it).
    q = only(run("Surat itu dikirim Bupati pada Menteri Keuangan Hendra Wijaya. Hendra mengatakan surat itu "
                 "akan dibaca."))
    assert q.speaker.role == "Menteri Keuangan"
    # Guard: pada before a day is no office; the role is the title after it.
    q = only(run("Disampaikan pada Rabu (5/3) malam, Kepala Dinas Kesehatan Andi Rahmat Siregar "
                 "mengatakan stok vaksin cukup.", names=names))
    assert q.speaker.role == "Kepala Dinas Kesehatan"


def test_a_nickname_before_the_words_saying_who_uses_it(run):
    # Perempuan yang biasa dipanggil Bu Sin oleh para pemuda itu: the nickname ends before
    # "oleh …", and the description points back to the person named before.
    text = ("Warga Desa Sukamaju menggelar syukuran panen, Minggu (3/5/2026).\n\n"
            "Karsini (55) sibuk menata nasi tumpeng di halaman balai desa. Perempuan yang biasa dipanggil "
            "Bu Sin oleh para pemuda itu mengaku sempat ragu ketika anaknya mengajak pindah ke kota.\n\n"
            "”Panen tahun ini bagus sekali, padinya bernas semua,” kata Bu Sin sambil tersenyum.")
    r = run(text, names={"Karsini": "PER"})
    assert [q.speaker.name for q in r.quotes] == ["Karsini", "Karsini"]
    # Guard: with no demonstrative closing the description, the nickname is no one's named before.
    r = run(text.replace("oleh para pemuda itu mengaku", "oleh para pemuda mengaku"), names={"Karsini": "PER"})
    assert [q.speaker.name for q in r.quotes][-1] != "Karsini"


def test_a_described_nickname_of_a_person_the_article_named_short(run):
    # Bagi Andika, … Gelandang … yang akrab disapa Dika itu: the short form the article used
    # names the person it gave in full far before, not the coach named last.
    text = ("Gelandang Bola Merah, Andika Saputra Wibowo, merayakan gol di Stadion Sukamaju, Sabtu (2/5/2026).\n\n"
            "Tim Bola Merah menang 3-0 atas tamunya, Sabtu (2/5/2026). Pertandingan berjalan keras sejak awal. "
            "Hujan turun deras di babak kedua. Penonton tetap bertahan di tribun. Wasit memberi lima kartu kuning.\n\n"
            "Pelatih Bola Merah, Joko Santoso, mengaku puas. ”Anak-anak bermain disiplin,” kata Joko.\n\n"
            "Bagi Andika, gol itu yang pertama musim ini. Gelandang berusia 22 tahun yang akrab disapa Dika itu "
            "mempersembahkan golnya untuk ayahnya.\n\n"
            "”Gol ini untuk Bapak di rumah,” ucap Dika dengan mata berkaca-kaca.")
    r = run(text)
    assert [(q.speaker.name, q.speaker.role) for q in r.quotes][-1] == ("Andika Saputra Wibowo", "Gelandang Bola Merah")
    # Guard: where the short form names no one given in full, the coach named last is not taken for him either.
    r = run(text.replace("Bagi Andika,", "Bagi tim,").replace("Gelandang Bola Merah, Andika Saputra Wibowo, merayakan",
                                                                "Para pemain merayakan"))
    assert r.quotes[-1].speaker.name != "Andika Saputra Wibowo"


def test_a_headline_name_inside_a_longer_name_elsewhere_is_no_speaker(run):
    # A title-case headline whose last words the article writes only inside a longer name
    # (Sukamaju Tenun Festival): no person, and the craftswoman described keeps her quotes.
    text = ("Omzet Perajin Tenun Ikat Naik Tiga Kali Lipat Jelang Sukamaju Tenun Festival\n\n"
            "Sukamaju – Kain tenun terbentang di halaman rumah Wartini, 45, di Desa Sukamaju, Senin (22/9). Sejak awal "
            "bulan, perajin yang akrab disapa Mbak War itu kebanjiran pesanan menjelang Sukamaju Tenun Festival (STF) "
            "akhir pekan ini.\n\n"
            "War mengaku omzetnya naik hampir dua kali lipat.\n\n"
            "”Sebulan biasanya laku seratus lembar,” ungkapnya.\n\n"
            "Baca Juga: Sukamaju Tenun Festival 2026 Angkat Tema Baru")
    r = run(text)
    assert all(q.speaker.name != "Tenun Festival" for q in r.quotes)
    assert all(not (q.speaker.role or "").startswith("Perajin Tenun") for q in r.quotes)
    # Guard: a name the article writes alone, after a title, still comes from the headline.
    r = run("Joko Widodo Resmikan Pasar Baru Sukamaju\n\nPresiden Joko Widodo meresmikan pasar itu, Senin (22/9).\n\n"
            "”Pasar ini untuk rakyat,” kata Joko Widodo.")
    assert [q.speaker.name for q in r.quotes] == ["Joko Widodo"]
