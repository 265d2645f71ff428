"""Lines of prose spread to the margin with wide gaps (a typewriter's justification with a
tie kept at one space, a PDF's justified line as ``pdftotext -layout`` counts it, double
spaces typed between words) are no table rows: a table's rows share their columns, such
lines put their gaps wherever their words fall. Made-up text."""

from __future__ import annotations

from briefing.ingest import release_from_text
from briefing.ingest.text_tables import layout_rows
from tests.ingest.helpers import lost_words

_TYPED = (
    "     1. Передать   в  ведение  Министерства  примеров  Российской\n"
    "Федерации   учреждения   по   списку,   утвержденному   распоряжением\n"
    'от 12 марта   2031 г.   N 55  "О  порядке  передачи   образцовых\n'
    'учреждений",  а также  имущество,  закрепленное  за  ними,  и   от\n'
    'дел   Примеров   Федерации"  и   от   27 апреля   2031  г.  N 417\n'
    "в порядке оперативного управления.\n"
    "     2. Министерству     примеров     Российской     Федерации\n"
    "обеспечить  прием  учреждений  в  месячный  срок.\n"
)

_SPREAD = (
    "Η επιτροπή εξέτασε την υπόθεση της εταιρείας και διαπίστωσε ότι η απόφαση\n"
    "επικυρώθηκε   τελεσίδικα   με       την   υπ’αριθ.12/2031   απόφαση   του\n"
    "Διοικητικού Εφετείου, μειώνοντας το ποσό κατά τις ακυρωθείσες βεβαιώσεις\n"
    "της επίδοσης των πράξεων     στην παραπάνω εταιρεία          οι τίτλοι δεν\n"
    "είχαν οριστικοποιηθεί και ως εκ τούτου δεν μπορούσαν να στηρίξουν την κατάσχεση.\n"
)

_TABLE = (
    "    Appropriation for the year                 12 345 600       11 222 300\n"
    "    Recommendations of the Committee              (107 700)        (107 700)\n"
    "    Net appropriation for the year             12 237 900       11 114 600\n"
)

_ROSTER = (
    "     Примеров Иван    - директор,    глава    Образцовой   школы   и\n"
    "     (Примеров И.И.)    Российского  общества  образцовых  учреждений\n"
    "                        города Примерска\n"
    "\n"
    "     Образцов Петр    - профессор,   декан    факультета   примеров\n"
    "                        Университета образцов\n"
)


def _units(text: str) -> list[str]:
    release = release_from_text(text)
    assert not lost_words(text, release)
    return [" ".join(release.node_text(n).split()) for n in release.nodes()]


def test_typed_lines_with_ties_are_one_paragraph() -> None:
    units = _units(_TYPED)
    assert len(units) == 2
    assert units[0].startswith("Передать") and units[0].endswith("управления.")


def test_a_spread_pdf_line_is_no_row() -> None:
    lines = _SPREAD.splitlines()
    assert layout_rows(lines) == []
    assert len(_units(_SPREAD)) == 1


def test_rows_sharing_columns_stay_a_table() -> None:
    assert layout_rows(_TABLE.splitlines()) == [0, 1, 2]


def test_a_name_beside_its_text_column_stays_a_row() -> None:
    # The roster's text column starts where the lines under each name are set.
    assert layout_rows(_ROSTER.splitlines()) == [0, 4]
