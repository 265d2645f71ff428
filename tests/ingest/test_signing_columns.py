"""Two parties' signature blocks printed side by side and read across by a copy are put
back one party at a time (signing_columns): "For Examplia:" with its signatory's name and
office, then the other party's. Made-up text."""

from __future__ import annotations

from briefing.ingest import release_from_text
from briefing.model import Node, Release
from tests.ingest.helpers import lost_words

_BODY = [
    "Agreement on Fisheries Cooperation between Examplia and Samplia",
    "1. The Participants will share the records of their fishing fleets every year.",
    "2. This Agreement will come into effect immediately upon signature.",
    "Signed in Example City on 3 March 2031, in duplicate, in the English language.",
]
_EXAMPLIA = "For Examplia: Jane Example Minister of Fisheries"
_SAMPLIA = "For Samplia: John Sample Prime Minister"


def _node_texts(release: Release) -> list[str]:
    texts: list[str] = []

    def visit(node: Node) -> None:
        for child in node.children:
            texts.append(" ".join(release.text[child.start : child.end].split()))
            visit(child)

    visit(release.root)
    return texts


def _read(tail: list[str], gap: str = "\n\n") -> tuple[str, list[str]]:
    text = "\n\n".join(_BODY) + gap + gap.join(tail) + "\n"
    release = release_from_text(text)
    assert not lost_words(text, release)
    return text, _node_texts(release)


def test_blocks_one_cell_a_line_are_read_a_party_at_a_time() -> None:
    # pdftotext without layout: the rows read across, one cell a line.
    _, texts = _read([
        "For Examplia:", "For Samplia:", "Jane Example", "John Sample",
        "Minister of Fisheries", "Prime Minister",
    ])  # fmt: skip
    assert _EXAMPLIA in texts and _SAMPLIA in texts, texts


def test_blocks_in_a_layout_copy_are_read_a_party_at_a_time() -> None:
    # A layout copy: each row's two cells on one line, parted by runs of spaces.
    _, texts = _read([
        "      For Examplia:                        For Samplia:",
        "      Jane Example                         John Sample",
        "      Minister of Fisheries                Prime Minister",
    ])  # fmt: skip
    assert _EXAMPLIA in texts and _SAMPLIA in texts, texts


def test_parties_on_one_line_over_blocks_read_down() -> None:
    # pdftotext -raw: the parties' names on one line, each block then read down in turn,
    # right under the last line of text (no blank line).
    raw = ["For Examplia: For Samplia:", "Jane Example", "Minister of Fisheries"]
    _, texts = _read([*raw, "John Sample", "Prime Minister"], gap="\n")
    assert _EXAMPLIA in texts and _SAMPLIA in texts, texts


def test_cells_that_do_not_fill_the_columns_stay_as_printed() -> None:
    # Three lines under two parties: which goes with which cannot be told; left alone.
    _, texts = _read([
        "For Examplia:", "For Samplia:", "Jane Example", "John Sample", "Minister of Fisheries",
    ])  # fmt: skip
    joined = " ".join(texts)
    assert joined.index("For Samplia") < joined.index("Jane Example"), texts


def test_short_sentences_under_lines_opening_on_for_are_no_blocks() -> None:
    # "For members:" / "For guests:" over short sentences: a notice's conditions, each
    # under its own line, not two signatures' names and offices read across.
    _, texts = _read([
        "For members:", "For guests:", "Entry is free.", "Tickets cost ten crowns.",
        "Bring a card.", "Bring a friend.",
    ])  # fmt: skip
    joined = " ".join(texts)
    assert joined.index("For guests") < joined.index("Entry is free"), texts


def test_a_cell_opening_a_new_page_is_not_printed_twice() -> None:
    # pdftotext's form feed opens the next page on the first cell under the parties
    # ("\fJane Example"): that line keeps its break, so the blocks are left as read,
    # and no name stands twice.
    _, texts = _read(
        ["For Examplia:", "For Samplia:", "\fJane Example", "John Sample", "Minister", "President"],
        gap="\n",
    )
    joined = " ".join(texts)
    assert joined.count("Jane Example") == 1, texts


def test_a_handling_notice_over_a_contact_caption_is_no_party() -> None:
    # "FOR IMMEDIATE RELEASE" / "For more information:" / a press officer's name and
    # office: the release's notice and its contact, not two parties' blocks read across.
    text = (
        "FOR IMMEDIATE RELEASE\nFor more information:\nJane Example\nPress Secretary\n\n"
        "Examplia Opens New Harbour\n\n3 March 2031\n\n"
        "The Ministry of Examplia opened the new harbour today in the presence of the "
        "minister and the mayor.\n"
    )
    release = release_from_text(text)
    assert "FOR IMMEDIATE RELEASE Jane Example" not in release.text, release.text
    assert "For more information: Press Secretary" not in release.text, release.text
