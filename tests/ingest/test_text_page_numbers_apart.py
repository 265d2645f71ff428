"""Page numbers set apart on their lines (a blank line on each side) in text typed out or
read by OCR from a paged release: the numbers 2, 3 ... a page of text apart are page
numbers whatever the line above them is (a letterhead's address, a line cut by OCR without
its stop). A lone figure out of the run leaves them all in. Made-up text."""

from __future__ import annotations

from pathlib import Path

from briefing.ingest import load_release

SENTENCE = (
    "The Minister said that the programme would be reviewed with the states over the "
    "coming months and that the figures would be published when the review was done. "
)
PAGE = SENTENCE * 5  # (a page of text: over 600 characters)

LETTER = f"""EXAMPLIA MINISTER FOR TRADE

Statement to the House

{PAGE}

 Parliament House, Examplia

 2

I wish to say more about the rules as they apply to the region. {PAGE}

ANOTHER PAGE ENDS ON A LINE OF CAPITALS WITHOUT ITS STOP

 3

Further talks will be held in May. {PAGE}

Contact: Press Office, Examplia, telephone 000 000 000, for further information
"""


def _paragraphs(release) -> list[str]:
    return [" ".join(release.node_text(n).split()) for n in release.nodes()]


def _load(text: str, folder: Path):
    path = folder / "statement.txt"  # (a file: text saved from a paged release)
    path.write_text(text, encoding="utf-8")
    return load_release(path, suggest=False)


def test_a_run_of_page_numbers_is_taken_after_lines_without_a_stop(tmp_path: Path) -> None:
    release = _load(LETTER, tmp_path)
    assert {"2", "3"} <= {r.text for r in release.removed}
    assert not any(t in ("2", "3") or t[:2] in ("2 ", "3 ") for t in _paragraphs(release))


def test_a_lone_figure_out_of_the_run_leaves_the_numbers(tmp_path: Path) -> None:
    # 2 then 5: no run of page numbers, and neither follows a finished sentence.
    release = _load(LETTER.replace("\n 3\n", "\n 5\n"), tmp_path)
    assert not {"2", "5"} & {r.text for r in release.removed}


def test_a_run_is_taken_when_the_last_page_holds_only_the_closing_lines(
    tmp_path: Path,
) -> None:
    # The last page holds only the release's end mark and its contact: under a quarter
    # page of text after the "3", which the run of two numbers a page apart outweighs.
    short_end = LETTER.split("\n 3\n")[0] + "\n 3\n\n- ends -\n\nMedia contact: Press Office\n"
    release = _load(short_end, tmp_path)
    assert {"2", "3"} <= {r.text for r in release.removed}
    assert not any(t in ("2", "3") for t in _paragraphs(release))
