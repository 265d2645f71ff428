"""Justified prose copied out of a PDF with no blank line between its paragraphs, a blank
line only now and then (a page break, a table): the blank lines are too rare to be its
paragraph breaks, so a sentence ending on a line well short of the margin ends its
paragraph (unmarked.blank_runs_rare). Made-up text in that shape."""

from __future__ import annotations

from briefing.ingest import release_from_text
from briefing.ingest.unmarked import blank_runs_rare

_FULL = [
    "The committee reviewed the latest figures on prices, wages and output in",
    "every region of the country and the reports of the survey teams on the",
    "state of the harvest, which members judged better than a year earlier and",
    "broadly in line with the forecasts published in the spring by the office",
]
# A paragraph's last line: a sentence ending at 0.85 of the text's width.
_LAST = "and with the views of the regional councils on the coming season."


def _paragraph(number: int) -> list[str]:
    return [
        f"Member {number:02d} reviewed " + _FULL[0][len("The committee reviewed ") :],
        *_FULL[1:],
        _LAST,
    ]


def _text(blank_every: int) -> str:
    lines: list[str] = []
    for number in range(25):
        if number % blank_every == 0:
            lines.append("")
        lines.extend(_paragraph(number))
    return "\n".join(lines)


def _paragraph_starts(release) -> list[str]:
    out: list[str] = []

    def walk(nodes: list) -> None:
        for node in nodes:
            if node.kind == "paragraph":
                out.append(release.text[node.body_start : node.body_start + 9])
            walk(node.children)

    walk(release.root.children)
    return out


def test_rare_blank_lines_leave_short_sentence_ends_as_paragraph_ends() -> None:
    text = _text(blank_every=8)  # four blank lines in 125 filled lines
    assert blank_runs_rare(text.splitlines())
    starts = _paragraph_starts(release_from_text("Committee minutes\n\n" + text))
    assert [s for s in starts if s.startswith("Member")] == [f"Member {n:02d}" for n in range(25)]


def test_blank_lines_between_paragraphs_still_mark_them() -> None:
    text = _text(blank_every=1)  # a blank line before every paragraph
    assert not blank_runs_rare(text.splitlines())
    starts = _paragraph_starts(release_from_text("Committee minutes\n\n" + text))
    assert [s for s in starts if s.startswith("Member")] == [f"Member {n:02d}" for n in range(25)]
    # (And no wrap of theirs is cut: each paragraph is one unit.)
    assert not [s for s in starts if s.startswith(("and with", "every reg", "state of"))]


def test_a_short_text_is_never_judged_by_its_blank_runs() -> None:
    lines = _text(blank_every=8).splitlines()[:60]
    assert not blank_runs_rare(lines)
