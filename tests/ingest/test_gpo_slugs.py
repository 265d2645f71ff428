"""The composition slug and operator stamp on the pages the US Government Publishing
Office typesets, kept by text copied out of its PDFs: furniture in every pdftotext mode,
and their print-job dates never date the document (made-up bill print)."""

from __future__ import annotations

from briefing.ingest import release_from_text
from briefing.ingest.gpo_slugs import is_gpo_slug
from tests.ingest.helpers import lost_words

BODY_1 = """\
SEC. 901. HARBOUR PILOTS.
(a) IN GENERAL.—The Secretary shall establish a programme to
train harbour pilots in every coastal district, and shall report
to the committees on the programme each year.
(b) FUNDING.—There is authorized to be appropriated to carry
out this section such sums as may be necessary for each of the"""

BODY_2 = """\
fiscal years 2031 through 2035.
SEC. 902. DEFINITIONS.
In this subtitle the term ‘‘district’’ means a coastal district
established under section 12 of the Harbour Act."""

ONE_LINE = (
    "VerDate Mar 15 2029   10:21 Nov 11, 2031   Jkt 012345   PO 00000   Frm 00101   "
    "Fmt 6659   Sfmt 6603   E:\\HR\\OC\\HR999.XXX   HR999"
)
# (pdftotext's default mode: a field a line, a blank line between them.)
A_FIELD_A_LINE = "\n\n".join(
    [
        "VerDate Mar 15 2029",
        "10:21 Nov 11, 2031",
        "Jkt 012345",
        "PO 00000",
        "Frm 00101",
        "Fmt 6659",
        "Sfmt 6603",
        "E:\\HR\\OC\\HR999.XXX",
        "HR999",
    ]
)
STAMP = "jdoe on DSKEXAMPLE1PROD with BILLS"
STAMP_A_WORD_A_LINE = "jdoe\non\nDSKEXAMPLE1PROD\nwith\nBILLS"


def _print(slug: str, stamp: str) -> str:
    return f"{BODY_1}\n{stamp}\n{slug}\n{BODY_2}\n{stamp}\n{slug.replace('00101', '00102')}\n"


def test_slug_and_stamp_on_one_line_each_are_furniture():
    text = _print(ONE_LINE, STAMP)
    release = release_from_text(text)
    removed = " | ".join(r.text for r in release.removed)
    assert "Jkt 012345" in removed and "DSKEXAMPLE1PROD" in removed
    assert "VerDate" not in release.text and "PROD" not in release.text
    assert release.date is None or not release.date.startswith("2029")
    assert not lost_words(text, release)


def test_slug_and_stamp_a_field_a_line_are_furniture():
    text = _print(A_FIELD_A_LINE, STAMP_A_WORD_A_LINE)
    release = release_from_text(text)
    for piece in ("VerDate", "Jkt", "Sfmt", "HR999", "DSKEXAMPLE1PROD", "BILLS"):
        assert piece not in release.text, piece
    # The page break cut a sentence: joined again once the slug is gone.
    paragraphs = [release.text[n.start : n.end] for n in release.nodes()]
    assert any("each of the fiscal years 2031" in " ".join(p.split()) for p in paragraphs)
    assert not lost_words(text, release)


def test_text_that_merely_mentions_verdate_or_prod_stays():
    assert not is_gpo_slug("VerDate is the name of the slug's first field.")
    text = (
        "Harbour pilots\n\nThe pilots met on Monday with PRODUCERS of the region.\n"
        "VerDate, the typesetter's field, was discussed at length by the pilots.\n"
    )
    release = release_from_text(text)
    assert "PRODUCERS" in release.text and "VerDate, the typesetter" in release.text


def test_operator_stamp_patterns_stay_linear_on_a_long_run_of_capitals() -> None:
    # (A line of "PROD" repeated: the old pattern backtracked over each one, seconds on
    # 20,000 characters; a possessive token reads it once.)
    import time

    from briefing.ingest.gpo_slugs import _MACHINE, _OPERATOR

    run = "PROD" * 5_000
    started = time.perf_counter()
    assert _MACHINE.match(run + " x") is None
    assert _OPERATOR.match("clerk on " + run + " x") is None
    assert time.perf_counter() - started < 0.2
    assert _MACHINE.match("  DSKJLSW7X2PROD  ")
    assert _MACHINE.match("PROD1PC64")
    assert not _MACHINE.match("PRODUCTS AND SERVICES")
    assert _OPERATOR.match("clerk on PROD1PC64 with PRES DOCS")
    assert _OPERATOR.match("clerk on DSKX2PROD with HEARINGS")
    assert not _OPERATOR.match("clerk on DSKX2PRD with HEARINGS")
