"""A numbered or lettered line that stops where no phrase can ("1. ... Act No. 7 of 2031
on the", "a. ...; dan") is an entry whose wrap was lost, never a crosshead; Indonesian and
Malay function words dangle as the English ones do (cut_lines, session 42). Made-up text
in the shape of a regulation's recitals and a list of a report's contents."""

from __future__ import annotations

from briefing.ingest import release_from_text
from briefing.ingest.cut_lines import cut_mid_phrase

ENGLISH = """Regulation of the Ministry of Harbours of Examplia

The Minister has considered the advice of the harbour council and the reports made to it over the last year.

1. Harbour Services Act No. 7 of 2031 on the

Operation of Harbours (Official Gazette of Examplia No. 12 of 2031), as amended several times since then.

2. The fees for the use of a harbour shall be set once a year by the Minister after hearing the harbour council.
"""

RECITALS = """Peraturan Menteri Pelabuhan Examplia Nomor 4 Tahun 2032

Menimbang bahwa pelayanan pelabuhan perlu diatur kembali agar sesuai dengan perkembangan teknologi dan kebutuhan masyarakat Examplia.

1. Undang-Undang Nomor 7 Tahun 2031 tentang

Pelabuhan Examplia (Lembaran Negara Examplia Tahun 2031 Nomor 12, Tambahan Lembaran Negara Examplia Nomor 345) sebagaimana telah diubah beberapa kali.

2. Tarif jasa pelabuhan ditetapkan sekali dalam setahun oleh Menteri setelah mendengar pendapat dewan pelabuhan.
"""

LETTERED = """Keputusan Kepala Dinas Pelabuhan Examplia Nomor 9 Tahun 2033

Laporan tahunan pelabuhan memuat uraian yang lengkap mengenai hal-hal sebagai berikut, yang disusun oleh kepala pelabuhan.

a. Jam pelayanan dan tarif sandar kapal penumpang; dan

Jadwal pemeliharaan dermaga utama termasuk penutupan sementara dermaga oleh petugas yang berwenang di pelabuhan.

b. Kepala pelabuhan menyusun rencana keselamatan pelayaran yang diuji paling sedikit sekali dalam satu tahun oleh dinas.
"""


def _headings(text: str) -> list[str]:
    release = release_from_text(text)
    return [" ".join(release.node_text(n).split()) for n in release.nodes() if n.kind == "heading"]


def test_a_numbered_line_cut_mid_phrase_is_no_heading() -> None:
    assert _headings(ENGLISH) == []


def test_a_numbered_citation_cut_on_its_subject_word_is_no_heading() -> None:
    assert _headings(RECITALS) == []


def test_a_lettered_entry_going_on_past_its_semicolon_is_no_heading() -> None:
    assert _headings(LETTERED) == []


def test_indonesian_and_malay_words_that_dangle() -> None:
    assert cut_mid_phrase("Undang-Undang Nomor 7 Tahun 2031 tentang")
    assert cut_mid_phrase("Peraturan yang berlaku bagi kapal penumpang atau")
    assert cut_mid_phrase("Jam pelayanan dan tarif sandar kapal penumpang; dan")


def test_dan_alone_is_a_day_in_south_slavic_languages() -> None:
    # (Guard: "dan" dangles only after a clause's comma or semicolon.)
    assert not cut_mid_phrase("Program za Svjetski dan")
    assert not cut_mid_phrase("Otvoreni dan")


def test_an_english_heading_closing_on_do_is_whole() -> None:
    # "do" and "die" dangle in Portuguese and German ("Relatório do", "Maßnahmen für die")
    # but close an English phrase after "to", a pronoun or a modal.
    assert not cut_mid_phrase("What you need to do")
    assert not cut_mid_phrase("What we do")
    assert cut_mid_phrase("Relatório anual do")
    assert cut_mid_phrase("Maßnahmen für die")
    text = (
        "Guidance on Examplian Harbour Fees\n\n3 March 2031\n\n"
        "Every ship that calls at a harbour of Examplia pays the fee set in the rules of "
        "the Ministry.\n\n"
        "B. What you need to do\n\n"
        "A ship's master registers the ship with the harbour office before it calls at the "
        "harbour.\n\n"
        "C. When the fee is due\n\n"
        "The fee is due on the day the ship leaves the harbour of Examplia.\n"
    )
    assert "What you need to do" in _headings(text)
