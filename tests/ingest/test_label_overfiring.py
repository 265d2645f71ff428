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


def _levels(text: str) -> list[tuple[str, int]]:
    release = release_from_text(text)
    found: list[tuple[str, int]] = []

    def visit(node, depth: int) -> None:
        for child in node.children:
            labelled = bool(child.label) and child.kind not in ("footnote", "heading", "title")
            if labelled:
                found.append((child.label, depth + 1))
            visit(child, depth + 1 if labelled else depth)

    visit(release.root, 0)
    return found


AMENDING = (
    "Regulation of the Minister for Harbours amending the Harbour Regulation\n\n"
    "Article I\n\n"
    "The Harbour Regulation is amended as follows:\n\n"
    "1. The provisions of Article 1 are amended so that Article 1 reads as follows:\n\n"
    "Article 1\n\n"
    "In this Regulation the following words have these meanings:\n\n"
    "1. Harbour means the waters and quays under the authority of the harbour office.\n\n"
    "2. Quay means any wall or landing stage at which vessels may lie alongside.\n\n"
    "3. Master means the person in command of a vessel in the harbour.\n\n"
    "2. The provisions of Article 4 are amended so that Article 4 reads as follows:\n\n"
    "Article 4\n\n"
    "(1) No vessel may lie alongside a quay without leave of the harbour office.\n\n"
    "(2) Leave may be given for a period of not more than thirty days.\n\n"
    "3. This Regulation comes into force on the day after its publication in the gazette.\n"
)


def test_a_quoted_article_stays_under_the_provision_that_amends_it() -> None:
    # A colon announces the text that follows: the article it quotes, heading and all,
    # is one level under the amending provision, and its "1." restarts no sequence of
    # the act's own; the act's "2." and "3." go on at the top.
    assert _levels(AMENDING) == [
        ("1.", 1),
        ("1.", 2),
        ("2.", 2),
        ("3.", 2),
        ("2.", 1),
        ("(1)", 2),
        ("(2)", 2),
        ("3.", 1),
    ]


def test_a_sequence_after_a_plain_item_is_not_nested() -> None:
    # No colon: "1." after a finished list starts a new list at the same level.
    text = (
        "Decisions of the harbour board\n\n"
        "1. The board approved the accounts of the harbour office for the year.\n\n"
        "2. The board elected a new chair for the coming two years of its term.\n\n"
        "1. The board will meet again in the spring to review the quay works.\n"
    )
    assert [depth for _, depth in _levels(text)] == [1, 1, 1]
