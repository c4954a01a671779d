"""Page furniture is never quoted; confidence separates sure records from guesses."""
from attribution.segment import is_boilerplate_line


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
