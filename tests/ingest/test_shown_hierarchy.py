"""A document keeps one hierarchy: once a numbered list sat under a lettered paragraph
("A. ...:" / "1."), a later lettered paragraph's numbered list is its sub-points too, even
when that paragraph ends its sentence instead of announcing the list with a colon."""

from briefing.ingest import release_from_text

LETTERED = (
    "A. Offices must keep their records in order, which means:\n\n"
    "1. Filing - Every record goes into the register.\n\n"
    "2. Access - Only staff with clearance may open a file.\n\n"
    "B. Offices must review their registers every year.\n\n"
    "1. The review lists every record older than ten years.\n\n"
    "2. The review is sent to the archive service.\n\n"
    "C. Offices must report losses at once.\n"
)


def _levels(text: str) -> list[tuple[str, int]]:
    release = release_from_text(text)
    out: list[tuple[str, int]] = []

    def visit(node, depth: int) -> None:
        for child in node.children:
            if child.label:
                out.append((child.label, depth + 1))
                visit(child, depth + 1)
            else:
                visit(child, depth)

    visit(release.root, 0)
    return out


def test_list_after_a_finished_lettered_paragraph_nests_as_the_first_did() -> None:
    assert _levels(LETTERED) == [
        ("A.", 1),
        ("1.", 2),
        ("2.", 2),
        ("B.", 1),
        ("1.", 2),
        ("2.", 2),
        ("C.", 1),
    ]


def test_numbers_after_lettered_recitals_still_start_their_own_sequence() -> None:
    # Nothing shown nested before: "A. whereas ...;" then "1. ..." are two sequences.
    text = (
        "A. whereas the river has flooded twice this year;\n\n"
        "B. whereas the dikes need repair;\n\n"
        "1. Calls on the authorities to repair the dikes;\n\n"
        "2. Instructs its President to forward this resolution.\n"
    )
    assert _levels(text) == [("A.", 1), ("B.", 1), ("1.", 1), ("2.", 1)]
