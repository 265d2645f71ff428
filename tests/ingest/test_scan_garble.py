"""A stamp or smudge read back by OCR as broken pieces over a scanned paper's head
("opr i - 1.w ,i·/") is no title; the paper's own title under it is. Made-up text."""

from __future__ import annotations

from briefing.ingest import release_from_text
from briefing.ingest.scan_garble import is_scan_garble

# pdftotext -raw of a scanned draft: no blank lines, a library stamp's pieces on top.
TEXT = """\
EXAMPLIA LIBRAF'(
opr i - 1.w ,i·/
UNITED
ASSEMBLY OF EXAMPLES
Distr.
LIMITED
A/L.999
ORIGINAL: ENGLISH
Agenda item 12
PROTECTION OF THE COASTAL WETLANDS OF THE NORTHERN PROVINCES
Examplia, Samplia and Testland: draft resolution
The Assembly of Examples,
Recalling its earlier decisions on the coastal wetlands of the northern provinces and
the reports of the wardens on the birds that nest there every spring,
Decides to protect the wetlands for the next ten years.
"""


def test_stamp_read_by_ocr_is_no_title():
    release = release_from_text(TEXT)
    assert "1.w" not in release.title
    assert release.title.startswith("PROTECTION OF THE COASTAL WETLANDS")


def test_garble_pieces():
    assert is_scan_garble("opr i - 1.w ,i·/")
    assert is_scan_garble("alun - 3 pors t ~ a a | ”")


def test_titles_with_figures_letters_and_spaced_type_are_no_garble():
    for text in (
        "79/5. Zone of peace and cooperation",
        "H.R. 2847 — Examples, Samples, and Related Agencies Act, 2031",
        "N O T I C E",
        "п р и к а з",
        "N a t i o n a l  B a n k  o f  E x a m p l i a",
        "W AS H I N G T O N , D . C . 2 0 5 0 3",
        "La rete e il territorio: a e o",
        "Minutes of the Meeting (No. 3/2031) held on 2nd and 3rd May",
    ):
        assert not is_scan_garble(text), text


def test_short_words_of_one_letter_are_no_garble():
    # Spanish, Italian, Czech and Russian write "and", "to", "in" as one small letter
    # standing between words: a title of few words holds three of them (review1).
    for text in (
        "Ayudas a autónomos y a pymes",
        "Bonus a famiglie e a imprese",
        "Dotace v Praze a v Brně",
        "Помощь в Москве и в Казани",
    ):
        assert not is_scan_garble(text), text


def test_ordinals_and_hours_are_no_garble():
    # Figures run into a small letter with no mark between: an ordinal or an hour.
    assert not is_scan_garble("2e édition : 10h – 18h")
    assert not is_scan_garble("3e et 4e : 9h30")


def test_spanish_title_of_one_letter_words_stays_the_title():
    text = (
        "Ayudas a autónomos y a pymes\n\n"
        "El Gobierno de Examplia aprueba hoy un paquete de ayudas para los trabajadores "
        "autónomos y las pequeñas empresas afectadas por las inundaciones de la primavera.\n"
    )
    assert release_from_text(text).title == "Ayudas a autónomos y a pymes"
