"""The layout-aware PDF reader: a generated UN-shaped PDF, then the tune-split PDFs of
../shared/corpus read in place (skipped when absent)."""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import pytest

from briefing.ingest import load_release
from briefing.ingest.pipeline import structure
from briefing.ingest.readers import read_file
from briefing.ingest.readers.pdf_furniture import is_marked_furniture
from tests.ingest.helpers import lost_words
from tests.ingest.test_readers_pdf import body, make_layout_pdf

FULL = [  # 58-60 characters: lines that fill the 60-character measure
    "The Council recalls its previous statements on the region,",
    "and expresses its deep concern at the continued violence in",
]


def un_shaped() -> list:
    page1 = [
        (72, 800, [("United Nations", "sans", 12, 0)]),
        (450, 800, [("S/PRST/2024/12", "sans", 10, 0)]),
        (72, 770, [("Security Council", "bold", 16, 0)]),
        (72, 730, [("Statement by the President of the Council", "bold", 14, 0)]),
        (72, 700, [("I. Introduction", "bold", 11, 0)]),
        # a paragraph number alone on its line, its text on the next
        (72, 680, body("1.")),
        (72, 668, body(FULL[0])),
        (72, 656, body(FULL[1])),
        (72, 644, body("the region and its effect on the civilian population.")),
        # a paragraph number set well apart from its text, a hyphen at a line end
        (72, 620, body("2.")),
        (110, 620, body("The Council welcomes the work of the Secretary-")),
        (
            110,
            608,
            [("General and of the regional organizations,", "mono", 10, 0), ("1", "sans", 6, 3)],
        ),
        (90, 584, body("(a) To consider the matter at its next session;")),
        (90, 566, body("(b) To report back.")),
        (72, 130, body("__________")),
        (
            72,
            118,
            [("1", "sans", 6, 3), (" See the report of the Secretary-General.", "sans", 8, 0)],
        ),
        (72, 40, [("24-12345 (E)", "sans", 8, 0)]),
        (72, 25, [("*2412345*", "sans", 10, 0)]),
    ]
    page2 = [
        (72, 810, [("S/PRST/2024/12", "sans", 8, 0)]),
        (72, 760, body("3. Decides to remain seized of the matter.")),
        (72, 40, [("2/2", "sans", 8, 0)]),
        (480, 40, [("24-12345", "sans", 7, 0)]),
    ]
    return [page1, page2]


@pytest.fixture
def un_pdf(tmp_path: Path) -> Path:
    return make_layout_pdf(tmp_path / "prst.pdf", un_shaped())


def test_un_shaped_lines(un_pdf: Path) -> None:
    ex = read_file(un_pdf)
    got = [(line.style, line.label, line.note_of, line.text) for line in ex.lines]
    assert got == [
        ("", "", None, "United Nations"),
        ("", "", None, "Security Council"),
        ("title", "", None, "Statement by the President of the Council"),
        ("heading1", "", None, "I. Introduction"),
        (
            "",
            "",
            None,
            "1. " + " ".join(FULL) + " the region and its effect on the civilian population.",
        ),
        (
            "",
            "",
            None,
            "2. The Council welcomes the work of the Secretary-General and of the regional "
            "organizations,1",
        ),
        ("", "", None, "(a) To consider the matter at its next session;"),
        ("", "", None, "(b) To report back."),
        ("footnote", "1", 5, "See the report of the Secretary-General."),
        ("", "", None, "3. Decides to remain seized of the matter."),
    ]
    # The masthead's symbol is furniture like its page-head copies; it stays metadata.
    assert ex.metadata["symbol"] == "S/PRST/2024/12"
    assert sorted(ex.removed) == sorted(
        [
            "S/PRST/2024/12",
            "24-12345 (E)",
            "*2412345*",
            "__________",
            "S/PRST/2024/12",
            "2/2",
            "24-12345",
        ]
    )


def test_un_shaped_footnote_hangs_under_its_paragraph(un_pdf: Path) -> None:
    release = load_release(un_pdf)
    notes = [n for n in release.nodes() if n.kind == "footnote"]
    assert len(notes) == 1
    holder = next(n for n in release.nodes() if notes[0] in n.children)
    assert release.node_text(holder).startswith("The Council welcomes")
    assert release.title == "Statement by the President of the Council"


@pytest.mark.parametrize(
    "text", ["24-12345 (E)", "GE.25-05828 (E)", "GE.25-11154 (E) 140725 140725", "*2412345*", "3/4"]
)
def test_marked_furniture(text: str) -> None:
    assert is_marked_furniture(text)


def test_running_foot_ending_in_a_dutch_page_counter_is_marked() -> None:
    # A made-up foot: the document's name, version and date run into "Pagina N van M".
    assert is_marked_furniture("JAARPLAN DIENST | 2.1 | 03-02-2025 Pagina 2 van 4")


@pytest.mark.parametrize("text", ["2024-2025", "A/RES/78/316", "Resolution 78/316", "24 July"])
def test_not_marked_furniture(text: str) -> None:
    assert not is_marked_furniture(text)


# The tune-split PDFs (tests/corpus/README.md) and the title each must get.
TITLES = {
    "formats/01_": "Monetary Policy Summary and minutes of the Monetary Policy Committee",
    "formats/02_": "Monetary policy assessment of 21 March 2024",
    "formats/04_": "Minutes of the Monetary Policy Committee Meeting, June 5 to 7, 2024",
    "more/19_": "78/316. Safety and security of nuclear facilities of Ukraine, including the "
    "Zaporizhzhia nuclear power plant",
    "more/20_": "79/286. Modalities, format and organization of the high-level meeting",
    "more/21_": "Ethical imperatives for a nuclear-weapon-free world",
    "more/22_": "Report of the Working Group on the Universal Periodic Review",
    "more/23_": "National report submitted pursuant to Human Rights Council resolutions",
    "more/25_": "ADVANCE QUESTIONS TO SLOVENIA",
    "more/26_": "59/112. Outcome of the universal periodic review: Slovenia",
    "more/27_": "MONETARY POLICY STATEMENT JUNE 2024",
}
UN = ["more/19_", "more/20_", "more/21_", "more/22_", "more/23_", "more/26_"]
_SYMBOL = re.compile(r"^A/(?:RES/|C\.\d/|HRC/)[\w./]+$")
_FURNITURE = re.compile(
    r"^(?:\d{1,3}/\d{1,3}|\d{2}-\d{5}(?: \(E\))?|\*\d{5,}\*|GE\.\d{2}-\d{5}.*)$"
)


def tune_pdf(shared_dir: Path, prefix: str) -> Path:
    folder, start = prefix.split("/")
    paths = sorted((shared_dir / "corpus" / folder).glob(f"{start}*.pdf"))
    if not paths:
        pytest.skip(f"{prefix}*.pdf not in ../shared")
    return paths[0]


@pytest.mark.parametrize("prefix", sorted(TITLES))
def test_corpus_pdf_title(shared_dir: Path, prefix: str) -> None:
    release = load_release(tune_pdf(shared_dir, prefix))
    assert release.title.startswith(TITLES[prefix])


@pytest.mark.parametrize("prefix", sorted(TITLES))
def test_corpus_pdf_keeps_every_character(shared_dir: Path, prefix: str) -> None:
    """Every letter and digit PDFium finds on the pages is in a line, a label, the
    removed furniture or the dropped text; and structure keeps every word."""
    import pypdfium2 as pdfium

    path = tune_pdf(shared_dir, prefix)
    doc = pdfium.PdfDocument(path)
    source = Counter()
    for page in doc:
        source.update(ch for ch in page.get_textpage().get_text_range() if ch.isalnum())
    doc.close()
    ex = read_file(path)
    texts = [f"{line.label}{line.text}" for line in ex.lines] + ex.removed
    texts += [text for _kind, text in ex.dropped]
    found = Counter(ch for text in texts for ch in text if ch.isalnum())
    assert not source - found
    release = structure(ex)
    assert not lost_words("\n".join(line.text for line in ex.lines), release)


@pytest.mark.parametrize("prefix", UN)
def test_corpus_un_furniture_is_removed(shared_dir: Path, prefix: str) -> None:
    ex = read_file(tune_pdf(shared_dir, prefix))
    texts = [line.text for line in ex.lines if line.style != "footnote"]
    assert not [t for t in texts if _FURNITURE.match(t)]
    # The symbol survives once, in the page-1 masthead; its running heads are removed.
    assert sum(1 for t in texts if _SYMBOL.match(t)) <= 1
    assert any(_FURNITURE.match(r) for r in ex.removed)
    assert sum(1 for r in ex.removed if _SYMBOL.match(r)) >= len(ex.removed) // 10


@pytest.mark.parametrize("prefix", ["more/19_", "more/20_", "more/21_"])
def test_corpus_resolution_paragraphs(shared_dir: Path, prefix: str) -> None:
    ex = read_file(tune_pdf(shared_dir, prefix))
    texts = [line.text for line in ex.lines]
    numbers = [int(t.split(".", 1)[0]) for t in texts if re.match(r"^\d{1,2}\. [A-Z]", t)]
    assert numbers == list(range(1, len(numbers) + 1)) and len(numbers) >= 5
    assert "The General Assembly," in texts
    # Preambular paragraphs are whole: each starts a line with its first word.
    assert sum(1 for t in texts if t.startswith("Recalling")) >= 2
    # No line is a bare wrap of another: a line that starts in lower case is rare.
    assert sum(1 for t in texts if t[:1].islower()) <= 1


def test_corpus_sub_paragraphs(shared_dir: Path) -> None:
    texts = [line.text for line in read_file(tune_pdf(shared_dir, "more/21_")).lines]
    subs = [t[:3] for t in texts if re.match(r"^\([a-z]\) ", t)]
    assert subs == [f"({c})" for c in "abcdefghi"]


@pytest.mark.parametrize("prefix", ["more/19_", "more/20_", "more/21_", "more/23_", "more/26_"])
def test_corpus_footnotes_hang_under_their_marker(shared_dir: Path, prefix: str) -> None:
    path = tune_pdf(shared_dir, prefix)
    ex = read_file(path)
    notes = [line for line in ex.lines if line.style == "footnote"]
    assert notes and all(line.note_of is not None for line in notes)
    for note in notes:
        holder = ex.lines[note.note_of].text
        if note.label.isdigit():
            # the marker is printed where it stands, glued to its word or punctuation
            assert re.search(rf"\D{note.label}(?!\d)", holder), (note.label, holder[:80])
    release = load_release(path)
    hung = [n for n in release.nodes() for c in n.children if c.kind == "footnote"]
    assert len(hung) >= len(notes) - 1


@pytest.mark.parametrize("prefix", ["more/22_", "more/23_"])
def test_corpus_roman_sections_are_headings(shared_dir: Path, prefix: str) -> None:
    ex = read_file(tune_pdf(shared_dir, prefix))
    romans = [line for line in ex.lines if re.match(r"^I{1,3}\. [A-Z]", line.text)]
    assert len(romans) >= 3
    assert all(line.style.startswith("heading") for line in romans)


def test_corpus_pdf_speed(shared_dir: Path) -> None:
    import time

    path = tune_pdf(shared_dir, "more/23_")
    read_file(path)  # warm the imports
    start = time.process_time()
    read_file(path)
    assert time.process_time() - start < 20 * 0.25  # 20 pages; ~0.04 s a page here


LEFT = [  # 28-30 characters: the measure of a narrow column
    "The committee met on Monday",
    "and adopted its agenda for the",
    "session after a long debate.",
    "The chair opened the meeting",
    "and welcomed the delegations",
    "that had travelled from afar,",
    "and she recalled the mandate",
]
RIGHT = [
    "given by the assembly and the",
    "work that lies ahead of them.",
    "The members then elected the",
    "officers of the bureau for a",
    "term of two years, and closed",
    "the first part of the session.",
]


def test_two_columns_are_read_left_then_right(tmp_path: Path) -> None:
    items = [(50, 780, [("Report of the committee on its first session", "bold", 14, 0)])]
    for x, lines in ((50, LEFT), (320, RIGHT)):
        y = 740.0
        for n, line in enumerate(lines):
            items.append((x, y, body(line)))
            y -= 12 + (6 if (x, n) in ((50, 2), (320, 1)) else 0)  # paragraph spacing
    ex = read_file(make_layout_pdf(tmp_path / "columns.pdf", [items]))
    assert [line.text for line in ex.lines] == [
        "Report of the committee on its first session",
        " ".join(LEFT[:3]),
        # a paragraph runs from the foot of the left column to the head of the right
        " ".join(LEFT[3:] + RIGHT[:2]),
        " ".join(RIGHT[2:]),
    ]


def test_text_set_sideways_is_dropped_not_lost(tmp_path: Path) -> None:
    items = [
        (72, 700, body("The statement was issued today.")),
        (30, 300, [("ADVANCE UNEDITED VERSION", "sans", 9, 0)], (0, 1, -1, 0)),
    ]
    ex = read_file(make_layout_pdf(tmp_path / "turned.pdf", [items]))
    assert [line.text for line in ex.lines] == ["The statement was issued today."]
    assert ex.dropped == [("rotated", "ADVANCE UNEDITED VERSION")]


def test_line_end_hyphen_dropped_only_where_the_word_is_spelt_whole(tmp_path: Path) -> None:
    lines = [
        "The Council welcomes the progress made towards the imple-",
        "mentation of the plan, and it calls for its implementation",
        "by all parties, and it thanks the Secretary-General and the",
        "Secretary-",
        "General's envoy.",
    ]
    items = [(72, 700 - 12 * n, body(line)) for n, line in enumerate(lines)]
    ex = read_file(make_layout_pdf(tmp_path / "hyphen.pdf", [items]))
    assert [line.text for line in ex.lines] == [
        "The Council welcomes the progress made towards the implementation of the plan, and "
        "it calls for its implementation by all parties, and it thanks the Secretary-General "
        "and the Secretary-General's envoy."
    ]
