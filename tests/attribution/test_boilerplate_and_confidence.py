"""Page furniture is never quoted; confidence separates sure records from guesses."""
from attribution.segment import is_boilerplate_line

from .conftest import only


def test_boilerplate_lines():
    for line in ["BACA JUGA: “Harga naik lagi,” kata pedagang", "Baca Juga", "Foto: ANTARA/Budi",
                 "Advertisement", "(ABC/DEF)", "Scroll to continue with content"]:
        assert is_boilerplate_line(line), line
    assert not is_boilerplate_line("Bacaan doa itu dibacakan oleh warga.")


def test_quotes_in_boilerplate_are_dropped(run):
    text = ("BACA JUGA: “Kami tidak akan menaikkan tarif tahun ini,” kata Direktur PDAM\n"
            "“Tarif air tetap sama untuk semua pelanggan rumah tangga,” kata Siti Rahayu.")
    r = run(text)
    assert len(r.quotes) == 1
    assert r.quotes[0].speaker.name == "Siti Rahayu"


def test_confidence_orders_named_above_context(run):
    text = ("“Bantuan tiba besok pagi di semua posko,” kata Ahmad Fauzi.\n"
            "“Warga diminta tetap berada di pengungsian sampai air surut sepenuhnya.”")
    r = run(text)
    named, context = r.quotes
    assert named.confidence >= 0.8 > context.confidence
    assert named.rules["speaker"] == "named_mention"


def test_every_record_names_its_rules(run):
    r = run("Menurut Dani Saputra, jalan itu rusak parah sejak awal tahun ini.")
    assert set(r.quotes[0].rules) >= {"detect", "speaker", "date"}


def test_photo_captions_are_page_furniture_and_date_nothing(run):
    text = ("Banjir merendam Desa Sukamaju, Senin (3/3/2025).\n\n"
            "“Air naik cepat sekali,” kata Wagiyem, warga setempat, Selasa (4/3/2025).\n\n"
            "(RADARSOLO/BAYU PRATAMA)\n"
            "Relawan mengevakuasi warga dengan perahu karet, Senin (3/3/2025) sore.\n\n"
            "Sumber gambar, Reuters\n"
            "Keterangan gambar, Bupati Hendra Wijaya menyebut tanggul akan segera diperbaiki.\n\n"
            "Kepala BPBD setempat, Lukman Hakim, mengatakan pengungsi sudah mendapat makanan.")
    r = run(text, published="2025-03-05", names={"Lukman Hakim": "PER", "Hendra Wijaya": "PER", "Wagiyem": "PER"})
    assert [(q.speaker.name, str(q.date)) for q in r.quotes] == [
        ("Wagiyem", "2025-03-04"), ("Lukman Hakim", "2025-03-04")]


def test_a_paragraph_apart_from_a_photo_credit_is_article_text(run):
    assert is_boilerplate_line("(KOMPAS.COM/RINA AYU)")
    assert not is_boilerplate_line("(Baca selengkapnya di halaman berikut)")
    text = ("(RADARSOLO/BAYU PRATAMA)\n\n"
            "Kepala BPBD setempat, Lukman Hakim, mengatakan pengungsi sudah mendapat makanan.")
    assert only(run(text, published="2025-03-05", names={"Lukman Hakim": "PER"})).speaker.name == "Lukman Hakim"


def test_the_headline_a_link_lead_announces_is_page_furniture(run):
    # The linked article's headline carries its own date; it dates nothing here.
    text = ("Debat calon wali kota digelar di Gedung Serbaguna Tanjung Lestari, Selasa (14/10/2025).\n\n"
            "Baca juga:\n"
            "KPU Tetapkan Pemungutan Suara Ulang Digelar 7 Desember\n\n"
            "Ketua KPU setempat, Marlina Sitompul, mengatakan debat berjalan tertib.")
    r = run(text, published="2025-10-15", names={"Marlina Sitompul": "PER"})
    assert [(q.speaker.name, str(q.date)) for q in r.quotes] == [("Marlina Sitompul", "2025-10-14")]
    # A sentence right below the lead is article text all the same.
    text = ("Baca juga:\n"
            "Menurut Marlina Sitompul, debat kedua tetap digelar pekan depan.")
    assert only(run(text, names={"Marlina Sitompul": "PER"})).speaker.name == "Marlina Sitompul"


def test_a_caption_closed_by_its_photo_credit_dates_nothing(run):
    for line in ["Petugas memeriksa rem bus di Terminal Giwangan, Senin (20/1/2025). ANTARA FOTO/Andi Saputra/abc.",
                 "Warga menyeberangi sungai di Desa Karangrejo, 8 Agustus 2024. TEMPO/Dewi Lestari",
                 "Bupati meninjau tanggul yang jebol. (Foto: Dok. Pemkab Kudus)",
                 "Nelayan menambatkan perahu di dermaga. (tirto.id/Rudi Hartono)"]:
        assert is_boilerplate_line(line), line
    # Near misses: a reporter's initials closing the last paragraph, a slash in running text,
    # and a quote.
    for line in ["Tarif air tidak akan naik tahun ini, katanya. (ABC/DEF/GHI)",
                 "Harga cabai turun. Dolar/rupiah menguat tipis sore ini.",
                 "“Kami siap,” kata Budi. ANTARA/Andi Saputra"]:
        assert not is_boilerplate_line(line), line
    text = ("Petugas memeriksa rem bus di Terminal Giwangan, Senin (20/1/2025). ANTARA FOTO/Andi Saputra/abc.\n\n"
            "Yogyakarta (ANTARA) - Dinas Perhubungan DIY mengajak pemilik bus memeriksakan armadanya "
            "sebelum libur panjang.\n\n"
            "”Rem yang aus masih paling banyak kami temukan,” kata Kepala Dishub DIY Bambang Wijaya, Selasa.")
    r = run(text, published="2025-01-21", names={"Bambang Wijaya": "PER"})
    assert [str(q.date) for q in r.quotes] == ["2025-01-21", "2025-01-21"]


def test_a_caption_written_against_a_bare_credit_is_page_furniture(run):
    # KOMPAS/NAMA LENGKAP alone on its line, no brackets: the line written right against it
    # (above, the credit closing it; or below, the credit heading it) is its caption, and
    # a speech verb there (menyampaikan keterangan pers …) reports no one's words.
    caption = ("Bupati Klaten Sutrisno Hadi (kiri) didampingi Sekretaris Daerah Rina Marlina "
               "menyampaikan keterangan pers tentang banjir di Klaten, Senin (3/3/2025).")
    lead = "Kepala BPBD Klaten, Lukman Hakim, mengatakan pengungsi sudah mendapat makanan.\n\n"
    names = {"Lukman Hakim": "PER", "Sutrisno Hadi": "PER", "Rina Marlina": "PER"}
    for text in (lead + caption + "\nKOMPAS/ADI PRATAMA\n\nDalam rapat itu, anggaran darurat dicairkan.",
                 lead + "KOMPAS/ADI PRATAMA\n" + caption + "\n\nDalam rapat itu, anggaran darurat dicairkan."):
        r = run(text, published="2025-03-05", names=names)
        assert [q.speaker.name for q in r.quotes] == ["Lukman Hakim"], text
    # Guards: the same line set apart from the credit by a blank line is article text; so
    # is a line above a reporter's initials; a credit between two lines touching it says
    # neither is its caption.
    for text in (lead + caption + "\n\nKOMPAS/ADI PRATAMA",
                 lead + caption + "\n(DIM/AGE)",
                 lead + caption + "\nDIM/AGE",
                 lead + caption + "\nKOMPAS/ADI PRATAMA\nDalam rapat itu, anggaran darurat dicairkan."):
        r = run(text, published="2025-03-05", names=names)
        assert [q.text[:21] for q in r.quotes] == ["pengungsi sudah menda", "keterangan pers tenta"], text
    from attribution.segment import is_bare_credit
    assert is_bare_credit("KOMPAS/ADI PRATAMA") and is_bare_credit("AP/JOHN SMITH")
    assert not is_bare_credit("DIM/AGE") and not is_bare_credit("Kompas/Adi Pratama")


def test_a_lede_or_closing_line_that_reports_words_is_no_bare_credits_caption(run):
    # A bare credit (or a kicker such as HUKUM/KRIMINAL DAERAH) touching the lede or the last
    # paragraph of a text with single newlines: a line whose speech verb reports words is the
    # article's text, not a caption (a caption names a statement given: keterangan pers).
    names = {"Rudi Hartanto": "PER"}
    lede = ("SURABAYA, KOMPAS - Kepala Dinas Pertanian Jawa Timur Rudi Hartanto mengatakan "
            "panen padi tahun ini naik sepuluh persen.")
    more = "Ia menjelaskan harga gabah di tingkat petani tetap stabil."
    for text in ("KOMPAS/BAYU SANTOSO\n" + lede + "\n" + more,
                 lede + "\n" + more + "\nKOMPAS/BAYU SANTOSO",
                 lede + "\nKOMPAS/BAYU SANTOSO\n\n" + more,
                 "PERTANIAN/PANGAN DAERAH\n" + lede + "\n" + more):
        r = run(text, published="2025-05-14", names=names)
        assert [q.text[:20] for q in r.quotes] == ["panen padi tahun ini", "harga gabah di tingk"], text
    # Guard: a caption naming a statement given (memberikan keterangan kepada wartawan) or
    # reporting no words is still furniture.
    caption = ("Rudi Hartanto memberikan keterangan kepada wartawan di sawah Desa Kedungrejo, "
               "Senin (12/5/2025).")
    for text in (caption + "\nKOMPAS/BAYU SANTOSO\n\n" + more,
                 "KOMPAS/BAYU SANTOSO\n" + caption + "\n\n" + more):
        r = run(text, published="2025-05-14", names=names)
        assert [q.text[:20] for q in r.quotes] == ["harga gabah di tingk"], text


def test_an_investment_disclaimer_is_page_furniture(run):
    # Disclaimer: berita ini tidak bertujuan mengajak …: boilerplate, no one's words.
    text = ("Saham PT Semen Raya ditutup melemah 3 persen, kata analis Kevin Santoso.\n\n"
            "Disclaimer: berita ini tidak bertujuan mengajak pembaca membeli atau menjual saham.")
    r = run(text, names={"Kevin Santoso": "PER"})
    assert [q.speaker.name for q in r.quotes] == ["Kevin Santoso"]
    assert is_boilerplate_line("Disclaimer: berita ini tidak bertujuan mengajak pembaca membeli saham.")
    # The near miss: the word inside a sentence is article text.
    assert not is_boilerplate_line("Menurut Kevin, disclaimer itu wajib dicantumkan.")


def test_a_caption_closed_by_a_photographers_full_name_in_capitals_dates_nothing(run):
    # (NAMA LENGKAP/RADAR KOTA): the photographer's name in capitals, then the paper's.
    line = "RUSAK: Pengendara melintas di jalan berlubang di Desa Sukamaju, Selasa (10/2). (BUDI HARTONO/RADAR KEDIRI)"
    assert is_boilerplate_line(line)
    text = (line + "\n\n"
            "KEDIRI – Jalan kabupaten itu rusak sejak awal tahun.\n\n"
            "Warga setempat, Sulastri, mengaku sudah dua kali melihat pengendara terjatuh.")
    q = only(run(text, published="2026-02-11", names={"Sulastri": "PER"}))
    assert str(q.date) == "2026-02-11"
    # Guard: initials in lowercase closing the last paragraph are no credit.
    assert not is_boilerplate_line("Perbaikan dijadwalkan Maret, katanya. (c2/nur/c1)")


def test_a_credit_after_a_line_reporting_words_leaves_the_line_article_text(run):
    # Hal itu disampaikan X …, Senin (9/2). (PAPER/Name) or (NAME/PAPER): the dated
    # statement is the article's, its day the speaker's.
    for credit in ("(KORAN KEDIRI/Budi Hartono)", "(BUDI HARTONO/RADAR KEDIRI)"):
        line = "Hal itu disampaikan Sulastri di balai desa, Senin (9/2). " + credit
        assert not is_boilerplate_line(line), credit
        text = "Kepala Desa Sukamaju, Sulastri, mengatakan jalan itu akan diperbaiki Maret.\n\n" + line
        q = only(run(text, published="2026-02-11", names={"Sulastri": "PER"}))
        assert (str(q.date), q.rules["date"]) == ("2026-02-09", "statement_date:said_next"), credit
    # Guard: a caption that reports no words, closed by a credit in capitals, is still one.
    assert is_boilerplate_line("Warga melintas di balai desa, Senin (9/2). (BUDI HARTONO/RADAR KEDIRI)")
