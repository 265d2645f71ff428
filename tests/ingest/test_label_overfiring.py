"""Labels read where a release prints none, and labels nested where they are not: the
rules session 30's provenance audit (benchmarks/label_rules.py) made stricter. Made-up
text in the shapes seen."""

from __future__ import annotations

from briefing.ingest import release_from_text
from briefing.ingest.patterns import match_footnote_label


def _labelled(text: str) -> list[tuple[str, str]]:
    release = release_from_text(text)
    found: list[tuple[str, str]] = []

    def visit(node) -> None:
        for child in node.children:
            if child.label and child.kind not in ("footnote", "heading", "title"):
                found.append((child.label, release.text[child.body_start : child.end][:20]))
            visit(child)

    visit(release.root)
    return found


def test_a_line_of_asterisks_marks_no_note() -> None:
    assert match_footnote_label("****") is None
    assert match_footnote_label("* * * * * *") is None
    assert match_footnote_label("**") is None
    assert match_footnote_label("* Provisional figures.") is not None
    assert match_footnote_label("*** Data for the third quarter.") is not None


def test_a_dinkus_between_parts_is_no_labelled_item() -> None:
    text = (
        "Statement on the harbour works\n\n"
        "The council met on Tuesday and agreed the plan for the new quay.\n\n"
        "****\n\n"
        "The works will start in the spring and last two years.\n\n"
        "* * * * * *\n\n"
        "Questions may be sent to the harbour office.\n"
    )
    assert _labelled(text) == []
