"""An act's title printed over several lines is read whole, though the format gives each
line as a line of its own and the second looked like the first paragraph (act_title_lines).
Made-up acts."""

from __future__ import annotations

from pathlib import Path

from briefing.ingest.pipeline import load_release, release_from_text
from tests.ingest.helpers import lost_words

TYPED = """                      П О С Т А Н О В Л Е Н И Е

                  ГЛАВЫ ГОРОДА ПРИМЕРСКА


             О порядке содержания городских скверов
                  Примерского городского округа
        в зимний период "Снежная зима"

     В  целях  сохранения  городских  скверов  и  набережных  в  зимний
период постановляю:
     1. Утвердить порядок содержания скверов.
     2. Контроль оставляю за собой.
"""

LINES_HTML = """<html><body>
<p>МИНИСТЕРСТВО ПРИМЕРОВ</p>
<p>ПРИКАЗ</p>
<p>от 3 марта 2031 г. N 17</p>
<h2>ОБ УТВЕРЖДЕНИИ ПРАВИЛ</h2>
<p>СОДЕРЖАНИЯ ГОРОДСКИХ СКВЕРОВ</p>
<p>В ЗИМНИЙ ПЕРИОД</p>
<p>В соответствии с положением о министерстве приказываю:</p>
<p>1. Утвердить прилагаемые правила.</p>
<p>2. Контроль оставляю за собой.</p>
</body></html>"""

INVOKED_HTML = """<html><body>
<p>PERATURAN MENTERI CONTOH</p>
<p>NOMOR 7 TAHUN 2031 TENTANG</p>
<p>PERUBAHAN ATAS PERATURAN MENTERI CONTOH</p>
<p>NOMOR 2 TAHUN 2030 TENTANG PERAHU NELAYAN</p>
<p>DENGAN RAHMAT TUHAN YANG MAHA ESA</p>
<p>MENTERI CONTOH,</p>
<p>Menimbang : bahwa pendaftaran perahu nelayan perlu diatur kembali;</p>
</body></html>"""

HEADLINE = """EXAMPLIA WELCOMES NEW HARBOUR AGREEMENT

BACKGROUND

The Minister for Ports of Examplia today welcomed the agreement signed with Samplia on
the shared use of the northern harbour.
"""


def test_a_typed_subject_goes_on_over_its_centred_lines():
    release = release_from_text(TYPED)
    assert release.title == (
        "О порядке содержания городских скверов Примерского городского округа "
        'в зимний период "Снежная зима"'
    )
    assert not lost_words(TYPED, release)


def test_a_title_in_capitals_goes_on_over_its_lines(tmp_path: Path):
    path = tmp_path / "order.html"
    path.write_text(LINES_HTML, encoding="utf-8")
    release = load_release(path, suggest=False)
    assert release.title == "ОБ УТВЕРЖДЕНИИ ПРАВИЛ СОДЕРЖАНИЯ ГОРОДСКИХ СКВЕРОВ В ЗИМНИЙ ПЕРИОД"


def test_the_invocation_and_the_enacting_authority_are_not_read_on(tmp_path: Path):
    path = tmp_path / "peraturan.html"
    path.write_text(INVOKED_HTML, encoding="utf-8")
    release = load_release(path, suggest=False)
    assert release.title.endswith("NOMOR 2 TAHUN 2030 TENTANG PERAHU NELAYAN")
    assert "RAHMAT" not in release.title and "MENTERI CONTOH," not in release.title


def test_without_an_act_kind_a_line_in_capitals_under_the_title_is_not_read_on():
    release = release_from_text(HEADLINE)
    assert release.title == "EXAMPLIA WELCOMES NEW HARBOUR AGREEMENT"


ANNEX_HTML = """<html><body>
<p>LAMPIRAN I</p>
<p>PERATURAN MENTERI CONTOH</p>
<p>NOMOR 7 TAHUN 2031 TENTANG</p>
<p>PERAHU NELAYAN</p>
<p>KETENTUAN UMUM PENDAFTARAN</p>
<p>1.1. Lampiran ini menjelaskan tata cara pendaftaran perahu nelayan.</p>
<p>1.2. Pendaftaran dilakukan di pelabuhan terdekat.</p>
</body></html>"""


def test_an_annex_cites_its_act_and_its_own_heading_is_not_read_on(tmp_path: Path):
    path = tmp_path / "lampiran.html"
    path.write_text(ANNEX_HTML, encoding="utf-8")
    release = load_release(path, suggest=False)
    assert "KETENTUAN UMUM" not in (release.title or "")
