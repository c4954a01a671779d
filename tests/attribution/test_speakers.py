"""Speakers: canonical names, short forms, namesakes, organisations, joint statements."""
from .conftest import only


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
