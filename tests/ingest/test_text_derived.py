"""Plain text of the shapes users get by copying a release out of a PDF, a web page or a
Word file (issue 11: the derived plain-text family of ``bench_structure.py --derive
text``). Every release here is made up."""

from __future__ import annotations

from briefing.ingest import release_from_text
from tests.ingest.helpers import lost_words


def _removed(release) -> list[str]:
    return [r.text for r in release.removed]


def _paged(head: str, pages: int, gap: str = " " * 40, form_feeds: bool = False) -> str:
    """A text laid out page by page with a running head carrying the page number."""
    body = (
        "The committee noted that credit conditions for households had tightened over the "
        "quarter,\nwhile lending to firms had been broadly stable since the previous "
        "meeting of members.\n"
    )
    parts = ["Monetary Policy Summary\n\n"]
    for page in range(1, pages + 1):
        parts.append(("\f" if form_feeds and page > 1 else "") + f"{head}{gap}Page {page}\n\n")
        parts.extend(body + "\n" for _ in range(6))
    return "".join(parts)


def test_running_head_with_page_number_is_furniture() -> None:
    text = _paged("Central Bank of Examplia", 4)
    release = release_from_text(text)
    removed = _removed(release)
    assert [r for r in removed if r.startswith("Central Bank of Examplia")] == [
        f"Central Bank of Examplia Page {n}" for n in range(1, 5)
    ]
    assert not any("Page 2" in release.node_text(n) for n in release.nodes())
    assert not lost_words(text, release)


def test_running_head_ending_in_full_stop_spelt_page() -> None:
    text = _paged("Examplia Bank—Minutes of the rate discussion of 3 May.", 3, gap=" ")
    removed = _removed(release_from_text(text))
    assert sum(r.startswith("Examplia Bank—Minutes") for r in removed) == 3


def test_table_rows_repeating_a_label_are_kept() -> None:
    # A statistics table repeats its row labels with rising figures a few lines apart:
    # rows, not pages.
    rows = "\n".join(f"Core inflation        {n}" for n in range(2, 6))
    text = f"Inflation figures\n\nThe table shows the figures.\n\n{rows}\n"
    release = release_from_text(text)
    assert not any(r.startswith("Core inflation") for r in _removed(release))


def test_sentence_ending_at_the_margin_is_a_wrap() -> None:
    # Text copied from a PDF without layout: no blank lines between paragraphs. A full
    # line ending a sentence with no room left for the next word was filled by the wrap.
    text = (
        "Examplia Central Bank lowers its policy rate\n"
        "The Central Bank of Examplia is lowering its policy rate by 0.25 percentage points.\n"
        "The change applies from tomorrow. Banks' deposits held at the central bank will be\n"
        "remunerated at the policy rate up to a threshold, and at a lower rate above this\n"
        "threshold, as announced in the previous assessment.\n"
        "Inflation has declined further over the past quarter and is now within the range.\n"
        "The bank will continue to monitor the development of inflation closely and adjust\n"
        "its policy if necessary to ensure that inflation remains within the target range.\n"
    )
    release = release_from_text(text)
    paragraphs = [release.node_text(n) for n in release.nodes() if n.kind == "paragraph"]
    assert any(
        p.startswith("The Central Bank of Examplia") and "threshold" in p for p in paragraphs
    )
    assert any(p.startswith("Inflation has declined") for p in paragraphs)
    assert not lost_words(text, release)
