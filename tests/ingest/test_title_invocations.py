"""An invocation formula printed right under an act's title ("DENGAN RAHMAT TUHAN YANG
MAHA ESA", "Im Namen des Volkes") opens the enactment: the title shown leaves it out and
the line stays a unit of the text, in a node of its own. Made-up acts."""

from __future__ import annotations

from briefing.ingest.invocations import is_invocation, without_closing_invocation
from briefing.ingest.pipeline import release_from_text
from tests.ingest.helpers import lost_words

ACT = """PERATURAN MENTERI CONTOH
NOMOR 7 TAHUN 2031

TENTANG

TATA CARA PENDAFTARAN PERAHU NELAYAN DI PELABUHAN
CONTOH DAN PELABUHAN SAMPEL
DENGAN RAHMAT TUHAN YANG MAHA ESA

MENTERI CONTOH,

Menimbang : bahwa untuk menertibkan pendaftaran perahu nelayan di pelabuhan perlu
menetapkan peraturan menteri tentang tata cara pendaftaran;

Mengingat : Undang-Undang Nomor 1 Tahun 2030 tentang Pelabuhan Contoh;
"""


def test_formula_lines():
    assert is_invocation("DENGAN RAHMAT TUHAN YANG MAHA ESA")
    assert is_invocation("Im Namen des Volkes")
    assert not is_invocation("Tata cara pendaftaran perahu dengan rahmat")
    assert not is_invocation("PERATURAN MENTERI CONTOH")


def test_the_title_shown_leaves_the_formula_out():
    span = "UNDANG-UNDANG CONTOH\nTENTANG PERAHU\nDENGAN RAHMAT TUHAN YANG MAHA ESA"
    assert without_closing_invocation(span) == "UNDANG-UNDANG CONTOH\nTENTANG PERAHU"
    assert without_closing_invocation("TENTANG PERAHU") == "TENTANG PERAHU"


def test_the_formula_is_a_unit_of_its_own():
    release = release_from_text(ACT)
    assert not lost_words(ACT, release)
    assert "RAHMAT" not in release.title
    assert release.title.endswith("PELABUHAN CONTOH DAN PELABUHAN SAMPEL")
    texts = [" ".join(release.node_text(n).split()) for n in release.nodes()]
    assert "DENGAN RAHMAT TUHAN YANG MAHA ESA" in texts
    title = next(n for n in release.nodes() if n.kind == "title")
    assert "PELABUHAN SAMPEL" in release.text[title.start : title.end]


# A PDF's text with one printed line a line and no blank line in the head: the title's
# wraps run straight into the formula and the enacting authority under it.
PLAIN_PDF_ACT = """LEMBARAN CONTOH
No. 12, 2031

PERATURAN MENTERI CONTOH
REPUBLIK CONTOH
NOMOR 7 TAHUN 2031
TENTANG
PERUBAHAN ATAS PERATURAN MENTERI CONTOH
NOMOR 3 TAHUN 2030 TENTANG PENDAFTARAN PERAHU
NELAYAN
DENGAN RAHMAT TUHAN YANG MAHA ESA
MENTERI CONTOH REPUBLIK CONTOH,

Menimbang

: a.

bahwa pendaftaran perahu nelayan perlu ditertibkan
agar pelabuhan tertata;
"""


def test_the_title_wraps_stop_at_the_formula():
    release = release_from_text(PLAIN_PDF_ACT)
    assert not lost_words(PLAIN_PDF_ACT, release)
    assert "RAHMAT" not in release.title
    assert "Menimbang" not in release.title
    assert release.title.endswith("PENDAFTARAN PERAHU NELAYAN")
