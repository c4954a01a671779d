"""Cue positions: after, before, inverted, pronoun clitics, context."""
from .conftest import only


def test_nya_clitic_resolves_to_previous_speaker(run):
    text = ("Gubernur Jawa Tengah Slamet Riyadi meninjau lokasi banjir, Senin (3/3/2025). "
            "“Bantuan logistik sudah dikirim ke semua posko pengungsian,” kata Slamet. "
            "“Kami juga menyiapkan dapur umum di tiga kecamatan,” tambahnya.")
    r = run(text, published="2025-03-04")
    last = r.quotes[-1]
    assert last.cue.text == "tambahnya"
    assert last.speaker.name == "Slamet Riyadi"
    assert last.speaker.mention == "nya"
    assert r.text[last.speaker.mention_start:last.speaker.mention_end] == "nya"


def test_inverted_cue(run):
    q = only(run("“Anggaran ini tidak cukup untuk semua sekolah,” Bambang Wijaya menambahkan."), "direct")
    assert q.speaker.name == "Bambang Wijaya"
    assert q.rules["cue"].endswith("inverted")


def test_cue_before_quote_with_colon(run):
    q = only(run("Ketua panitia Andi Pratama mengatakan: “Pendaftaran ditutup hari Jumat pukul lima sore.”"), "direct")
    assert q.speaker.name == "Andi Pratama"
    assert q.rules["cue"] == "cue_before_quote"


def test_description_cue_resolves_to_named_person(run):
    text = ("Politisi Partai Hanura Yusuf Hidayat hadir dalam rapat itu. "
            "“Kami menolak rancangan ini karena tidak melibatkan warga,” kata politisi Partai Hanura itu.")
    q = only(run(text), "direct")
    assert q.speaker.name == "Yusuf Hidayat"
    assert q.rules["speaker"] == "description_mention"


def test_cue_with_audience_stops_before_kepada(run):
    q = only(run("“Jalan tol itu dibuka untuk umum pekan depan,” jelas Rudi Hartono kepada wartawan."))
    assert q.speaker.name == "Rudi Hartono"
    assert q.speaker.mention == "Rudi Hartono"


def test_quote_without_cue_takes_speaker_of_previous_sentence(run):
    text = ("Menteri Kesehatan Lina Marlina mengatakan bahwa vaksin tambahan tiba minggu ini di bandara.\n"
            "“Distribusi ke daerah terpencil akan dimulai segera setelah vaksin diperiksa.”")
    r = run(text)
    direct = only(r, "direct")
    assert direct.speaker.name == "Lina Marlina"
    assert direct.rules["speaker"].startswith("context_speaker")


def test_cue_between_commas_inside_reported_speech(run):
    text = ("Kepala Dinas Pendidikan Kota Jambi Ratna Sari menjelaskan kebijakan baru sekolah. "
            "Untuk tahun ini, tambah Ratna, sekolah tatap muka hanya dibuka dua hari sepekan.")
    q = run(text, names={"Ratna Sari": "PER"}).quotes[-1]
    assert q.type == "indirect"
    assert q.text == "Untuk tahun ini, tambah Ratna, sekolah tatap muka hanya dibuka dua hari sepekan"
    assert q.speaker.name == "Ratna Sari"
    assert q.rules["detect"] == "trailing_cue"


def test_a_headline_line_opening_with_a_speech_noun_is_no_record(run):
    # A title-case line with no full stop is a headline: ``Cerita`` there tells nothing.
    text = ("Cerita Guru Honorer di Pelosok Flores, Mengajar Tiga Kelas Sekaligus\n\n"
            "Sutarno (52) sudah berada di kebun sejak subuh.\n\n"
            "Menurut Sutarno, hasil panen tahun ini naik dibanding tahun lalu.")
    quotes = run(text).quotes
    assert [(q.text, q.speaker.name) for q in quotes] == [
        ("hasil panen tahun ini naik dibanding tahun lalu", "Sutarno")]
    # The same words as a sentence in the body (lowercase words, a full stop) still report.
    q = only(run("Sutarno (52) sudah berada di kebun sejak subuh.\n\n"
                 "Cerita Sutarno, panen tahun ini datang lebih awal dari biasanya."))
    assert q.text == "panen tahun ini datang lebih awal dari biasanya"


def test_cue_between_commas_before_a_clause_with_a_quoted_phrase(run):
    # The clause after the cue runs on past a quoted phrase: one mixed record, the
    # sentence around the cue, and the phrase no direct quote of its own.
    text = ("Kepala Dinas Sosial Ratna Sari menjelaskan kendala penyaluran bantuan. "
            "Di beberapa desa, kata Ratna, petugas ”hanya datang sebentar” lalu pergi lagi.")
    q = run(text, names={"Ratna Sari": "PER"}).quotes[-1]
    assert q.type == "mixed"
    assert q.text == "Di beberapa desa, kata Ratna, petugas ”hanya datang sebentar” lalu pergi lagi"
    assert (q.speaker.name, q.rules["detect"]) == ("Ratna Sari", "trailing_cue")
    # Guard: a whole statement in quotation marks after the cue is a direct quote, no mixed record.
    text = ("Kepala Dinas Sosial Ratna Sari menjelaskan kendala penyaluran bantuan. "
            "Di beberapa desa, kata Ratna, ”petugas hanya datang sebentar lalu pergi lagi.”")
    quotes = run(text, names={"Ratna Sari": "PER"}).quotes
    assert [q.type for q in quotes if q.type != "indirect"] == ["direct"]


def test_closing_mark_cue_verb_gives_the_host_not_the_guest(run):
    # ”…?” cecar X: a talk-show host pressing a guest; cecar, balas, sela and potong cue a
    # quote only right after its closing mark, not as the previous speaker's going on.
    text = ("Pembawa acara Rina Lestari menghadirkan Direktur Lembaga Kajian Angkutan Dodi Pranata. "
            "\"Tarif yang baru ini sudah adil bagi semua pihak,\" kata Dodi. "
            "\"Lalu, Pak Dodi, bagaimana nasib sopir yang jarang dapat penumpang?\" {} Rina.")
    for verb in ("cecar", "balas", "sela", "potong"):
        r = run(text.format(verb))
        q = [q for q in r.quotes if "nasib sopir" in q.text][0]
        assert q.speaker.name == "Rina Lestari", verb
        assert q.rules["cue"] == "cue_after_quote"
        assert q.cue.text == verb


def test_closing_mark_cue_verb_is_no_cue_after_a_quoted_term(run):
    # Guard: after a quoted term with no speech's end inside the marks, potong is the
    # thing done (potong tumpeng), no cue making the term someone's words.
    text = ("Dodi Pranata hadir di balai desa. \"Tarif baru sudah adil,\" kata Dodi. "
            "Warga lalu menggelar \"nyadran\" potong tumpeng bersama Dodi.")
    r = run(text)
    assert [q.text for q in r.quotes] == ["Tarif baru sudah adil,"]


def test_closing_mark_cue_verb_needs_a_speaker_right_after(run):
    # balas dendam, potong tumpeng, sela jam …: a lowercase noun after the bare verb, so
    # no cue; the quoted words are no one's.
    for text in ("\"Itu tidak benar!\" balas dendam warga membuat rumah itu terbakar.",
                 "\"Selamat ulang tahun!\" potong tumpeng dilakukan oleh Bupati Sleman."):
        assert run(text).quotes == [], text
    # Guard: a name right after the bare verb is the speaker.
    text = ("Pembawa acara Rina Lestari bertanya kepada tamunya. "
            "\"Itu tidak benar!\" balas Dodi Pranata dengan suara keras.")
    q = only(run(text, names={"Rina Lestari": "PER", "Dodi Pranata": "PER"}))
    assert q.speaker.name == "Dodi Pranata" and q.cue.text == "balas"


def test_closing_mark_cue_after_a_quote_set_inside_a_clause_makes_no_direct_quote(run):
    # menyebut … "zalim," balas …; aksi "Tolak Relokasi!" sela …: a scare quote or a
    # slogan inside a clause, no one's words quoted.
    quotes = run("Warga menyebut tindakan aparat itu \"zalim,\" balas dendam pun tak terhindarkan.").quotes
    assert [q.type for q in quotes] == ["mixed"]
    assert run("Para pedagang menggelar aksi \"Tolak Relokasi!\" sela jam istirahat siang.").quotes == []
    # Even with a name after the verb, words set inside the clause are no quote of theirs.
    quotes = run("Warga menyebut tindakan aparat itu \"zalim,\" balas Rina di depan kantor desa.").quotes
    assert "direct" not in [q.type for q in quotes]


def test_closing_clitic_cue_must_end_the_sentence(run):
    # ,” tutupnya acara itu …; ,” singkatnya tidak berguna: the clause runs on, no cue.
    assert run("\"Terima kasih atas dukungannya,\" tutupnya acara itu dengan doa bersama.").quotes == []
    quotes = run("Ia menyebut program itu \"mubazir,\" singkatnya tidak berguna bagi warga.").quotes
    assert [q.type for q in quotes] == ["mixed"]
    # Guard: ,” tutupnya. closing the sentence cues the quote, its -nya the speaker.
    text = ("Ketua panitia Ahmad Fauzi menutup acara itu. "
            "\"Terima kasih atas dukungannya,\" tutupnya.")
    q = only(run(text, names={"Ahmad Fauzi": "PER"}))
    assert q.cue.text == "tutupnya" and q.speaker.name == "Ahmad Fauzi"
