"""Under a printed document's body (its pages parted by form feeds, as `pdftotext` gives
them) a run of short lines is the document's own: an agenda's items, an agreement's
signatures. A web page's footer menu is still taken, and so is a chart's scale. All text
here is made up in the shape of real documents."""

from __future__ import annotations

from briefing.ingest.pipeline import release_from_text
from briefing.ingest.printed_runs import is_printed_own_run

BODY = [
    "Agreement on River Cooperation between Examplia and Samplestan",
    "The two governments agree to build a shared river authority within three years, and"
    " to fund it in equal parts from their transport budgets, as set out below.",
    "They will meet each year to review the work, and report to their parliaments on the"
    " progress made and the money spent over the year.",
]
ITEMS = ["Opening remarks", "Budget overview", "Harbour works update", "Ferry timetable"]
FOOTER = ["About us", "Careers", "Privacy", "Imprint", "Contact"]


def _paged(tail: list[str]) -> str:
    """Two printed pages: the body on the first, the short lines on the second."""
    return "\n\n".join(BODY) + "\n\f" + "\n".join(tail) + "\n"


def test_a_printed_documents_closing_lines_stay() -> None:
    kept = release_from_text(_paged(ITEMS)).text
    for item in ITEMS:
        assert item in kept


def test_the_same_lines_in_a_pasted_page_are_a_menu() -> None:
    # (No pages: a browser copy's short lines under the body may be its menu.)
    kept = release_from_text("\n\n".join(BODY) + "\n\n" + "\n".join(FOOTER) + "\n").text
    assert "Careers" not in kept


def test_a_site_link_label_keeps_the_run_a_menu() -> None:
    assert not is_printed_own_run(FOOTER)
    assert is_printed_own_run(ITEMS)


def test_a_charts_scale_stays_out() -> None:
    scale = ["160.00", "150.00", "140.00", "Retail price", "10/06/2018", "10/07/2018"]
    assert not is_printed_own_run(scale)


def test_a_signature_stamps_fields_stay_out() -> None:
    assert not is_printed_own_run(["EXAMPLE", "C=XX ANNA", "O=MINISTRY OF EXAMPLES", "C=XX"])
