"""A document's own closing after the body (signatures by office, members named by title,
a table's rows ending on figures) is no site's menu: it stays in the text where no site
chrome was found, while a copied page's footer menu is still taken. All text here is made
up in the shape of real releases and pages."""

from __future__ import annotations

from briefing.ingest.closing_runs import is_closing_run
from briefing.ingest.pipeline import release_from_text

BODY = [
    "Joint Declaration on Harbour Cooperation",
    "The two governments agree to build a shared harbour authority within three years, and"
    " to fund it in equal parts from their transport budgets.",
    "They will meet each year to review the work, and report to their parliaments on the"
    " progress made and the money spent.",
]
SIGNED = "\n\n".join([*BODY, "Anna Example", "Bruno Sample", "President", "Prime Minister"])
MEMBERS = "\n\n".join(
    [*BODY, "Prof. Carla Example", "Prof. David Sample", "Dr. Erik Model", "Prof. Frida Test"]
)
TABLE = "\n\n".join(
    [
        *BODY,
        "Freight 2.51 2.60 2.72",
        "Ferries 1.10 1.25 1.31",
        "Harbour dues 3.05 3.12 3.20",
        "Pilots 0.95 0.97 1.02",
        "Storage 4.40 4.38 4.51",
    ]
)
FOOTER = "\n".join([*BODY, "About us", "Careers", "Privacy", "Imprint", "Contact"])


def _kept(text: str) -> str:
    return release_from_text(text).text


def test_a_signature_block_by_office_stays() -> None:
    kept = _kept(SIGNED)
    assert "President" in kept and "Prime Minister" in kept and "Anna Example" in kept


def test_members_named_by_title_stay() -> None:
    kept = _kept(MEMBERS)
    assert "Prof. Carla Example" in kept and "Dr. Erik Model" in kept


def test_a_tables_rows_stay() -> None:
    kept = _kept(TABLE)
    assert "Freight 2.51 2.60 2.72" in kept and "Harbour dues 3.05 3.12 3.20" in kept


def test_a_footer_menu_is_still_taken() -> None:
    release = release_from_text(FOOTER)
    removed = [r.text for r in release.removed]
    assert "Careers" in removed and "Imprint" in removed


def test_the_run_test() -> None:
    assert is_closing_run(["Prof. Carla Example", "Prof. David Sample"])
    assert is_closing_run(["Freight 2.51 2.60", "Ferries 1,100", "2031"])
    assert not is_closing_run(["Prof. Carla Example", "Contact", "Imprint"])  # a site's label
    assert not is_closing_run(["Recent News", "June 3, 2031", "Man Charged in Harbour Theft"])
    assert not is_closing_run(["President", "Agenda", "Minutes", "Reports"])  # one line of four


def test_a_long_word_after_a_title_is_read_in_linear_time():
    # "Dr. " then one long word closed by another mark: each word's end is a space now,
    # so the name pattern cannot try every way of cutting the word up (review339).
    import time

    from briefing.ingest.closing_runs import _own_line

    start = time.perf_counter()
    assert not _own_line("Dr. " + "a" * 400 + "!")
    assert time.perf_counter() - start < 0.5
