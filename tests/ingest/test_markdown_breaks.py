"""Markdown line breaks (issue 11 item 1): a hard break is a line break inside its
paragraph (CommonMark), so the lines are one unit; a page's paragraph gap made of breaks,
a line opening with a list label, a bold crosshead line, and a source line opening with
an escaped number ("1\\.") start a unit of their own. Made-up releases."""

from __future__ import annotations

from pathlib import Path

from briefing.ingest import load_release
from briefing.ingest.readers import read_file
from tests.ingest.helpers import lost_words


def _lines(tmp_path: Path, text: str) -> list[str]:
    path = tmp_path / "release.md"
    path.write_text(text, encoding="utf-8")
    return [line.text for line in read_file(path).lines]


def _labels(nodes: list) -> list:
    """(label, labels of its children) of the labelled nodes, in order."""
    out = []
    for node in nodes:
        if node.label:
            out.append((node.label, [c.label for c in node.children if c.label]))
        else:
            out.extend(_labels(node.children))
    return out


def test_hard_break_inside_a_turn_keeps_one_paragraph(tmp_path: Path) -> None:
    # Transcripts converted from web pages end many source lines in two spaces.
    text = (
        "MODERATOR:  Thank you all for joining.  Yes.   \n"
        "So, to begin with — the talks went well, and we expect\n"
        "more of them.\n"
    )
    assert _lines(tmp_path, text) == [
        "MODERATOR: Thank you all for joining. Yes. So, to begin with — the talks went "
        "well, and we expect more of them."
    ]


def test_break_then_blank_line_of_no_break_spaces_parts_paragraphs(tmp_path: Path) -> None:
    # "<br>&nbsp;<br>": the page shows an empty line, so two paragraphs.
    text = "First answer ends here.  \n\u00a0  \nQ    Next question, please?\n"
    assert _lines(tmp_path, text) == ["First answer ends here.", "Q Next question, please?"]


def test_backslash_and_br_breaks_join_an_address(tmp_path: Path) -> None:
    text = "Ministry of Examples\\\nHarbour Street 4<br>Examplia City\n"
    assert _lines(tmp_path, text) == ["Ministry of Examples Harbour Street 4 Examplia City"]


def test_break_before_a_label_or_after_a_bold_crosshead_splits(tmp_path: Path) -> None:
    text = (
        "The parties agreed:  \n(a) to meet again;  \n(b) to report.\n\n"
        "**Next steps**  \nThe working group meets in May.\n\n"
        "**Jane Example**  \n**Director, Office of Samples**\n"
    )
    assert _lines(tmp_path, text) == [
        "The parties agreed:",
        "(a) to meet again;",
        "(b) to report.",
        "Next steps",
        "The working group meets in May.",
        # Two bold lines are one block (a byline), and never a crosshead.
        "Jane Example Director, Office of Samples",
    ]
    path = tmp_path / "release.md"
    lines = read_file(path).lines
    assert not lines[-1].style.startswith("heading")


def test_escaped_numbers_at_line_starts_are_labelled_units(tmp_path: Path) -> None:
    # A converter escapes a number that opens a line so that it is not read as a list:
    # the document prints each of these lines with its label.
    text = (
        "Statement of the Examplian Council\n\n"
        "The Commission shall:\n"
        "1\\. Promote the rights of the peoples and in particular:\n"
        "i\\. Collect documents and undertake studies on the\n"
        "problems of the region;\n"
        "ii\\. Cooperate with other institutions.\n"
        "2\\. Ensure the protection of those rights.\n"
    )
    path = tmp_path / "release.md"
    path.write_text(text, encoding="utf-8")
    assert [line.text for line in read_file(path).lines][1:] == [
        "The Commission shall:",
        "1. Promote the rights of the peoples and in particular:",
        "i. Collect documents and undertake studies on the problems of the region;",
        "ii. Cooperate with other institutions.",
        "2. Ensure the protection of those rights.",
    ]
    release = load_release(path, suggest=False)
    assert _labels(release.root.children) == [("1.", ["i.", "ii."]), ("2.", [])]
    assert not lost_words(text.replace("\\.", "."), release)


def test_escaped_dot_inside_a_line_splits_nothing(tmp_path: Path) -> None:
    text = "The rate rose to\n2\\.5 per cent in 2024 and the vote was 12\\. Then it ended.\n"
    assert _lines(tmp_path, text) == [
        "The rate rose to 2.5 per cent in 2024 and the vote was 12. Then it ended."
    ]


def test_short_line_above_an_unwrapped_paragraph_is_its_own_line(tmp_path: Path) -> None:
    # Text written a paragraph a line (no wrap): the writer's line break after a short
    # line is kept; in capitals, the line is a crosshead.
    long = (
        "In keeping with the mandate of the Council of Examplia, the committee aims to "
        "ensure political stability in the region through a set of common policies."
    )
    text = f"Preamble of the protocol.\n\nOBJECTIVES\n{long}\n\nSigned in\nExample City.\n"
    path = tmp_path / "release.md"
    path.write_text(text, encoding="utf-8")
    lines = read_file(path).lines
    assert [(line.text, line.style) for line in lines] == [
        ("Preamble of the protocol.", ""),
        ("OBJECTIVES", "heading2"),
        (long, ""),
        ("Signed in Example City.", ""),  # a wrap: short lines both
    ]


def test_paragraph_a_line_text_keeps_its_paragraphs(tmp_path: Path) -> None:
    # A converter that writes a paragraph a line with no blank line between: a line
    # longer than any wrap ended where its writer ended it.
    first = (
        "Considering the need to strengthen cooperation between the member States of "
        "Examplia in matters of peace and security in the region;"
    )
    second = (
        "Convinced that development is not possible without peace, and that peace "
        "requires the cooperation of all the member States of the community;"
    )
    wrapped = "A hard-wrapped paragraph that ends a sentence here.\nAnd goes on here.\n"
    text = f"PREAMBLE\n{first}\n{second}\nThe States agree as follows:\n\n{wrapped}"
    assert _lines(tmp_path, text) == [
        "PREAMBLE",
        first,
        second,
        "The States agree as follows:",
        "A hard-wrapped paragraph that ends a sentence here. And goes on here.",
    ]


def test_text_wrapped_at_a_wide_margin_stays_one_paragraph(tmp_path: Path) -> None:
    words = (
        "The ministers met in Example City to review the work of the joint committee. "
        "They agreed on the next steps for cooperation in trade, energy and climate. "
        "The committee will report to the ministers at their next meeting in Samplia. "
        "Both sides welcomed the progress made since the last meeting of the committee."
    ).split()
    lines, line = [], ""
    for word in words:  # wrapped at 120 columns
        if len(line) + 1 + len(word) > 120:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}".strip()
    lines.append(line)
    assert len(lines) >= 3 and any(len(x) > 100 and x.endswith(".") for x in lines[:-1])
    assert _lines(tmp_path, "\n".join(lines) + "\n") == [" ".join(words)]


def test_a_line_long_only_by_its_link_is_still_a_wrap(tmp_path: Path) -> None:
    # pandoc wraps at 72 columns but cannot break a link's address: the line holding it
    # overruns the margin, yet the paragraph goes on below it.
    url = "https://news.example.org/2021/introducing-the-example-growth-initiative-for-makers-everywhere/"
    text = (
        "**Examplecorp**  \n"
        "Examplecorp is using the power of trade to welcome new artisans onto its\n"
        f"platform as a part of its [Growth\nInitiative]({url}).\n"
        "This pilot program will offer a broad range of business support services\n"
        "to the artisans.\n"
    )
    lines = _lines(tmp_path, text)
    assert lines[-1] == (
        "Examplecorp is using the power of trade to welcome new artisans onto its platform "
        "as a part of its Growth Initiative. This pilot program will offer a broad range of "
        "business support services to the artisans."
    )
    bare = (
        "The full text is online at\n"
        f"{url}.\n"
        "Comments are welcome until the end of the month from all\n"
        "interested parties.\n"
    )
    assert _lines(tmp_path, bare) == [" ".join(bare.split())]
