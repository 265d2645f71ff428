"""A bold run written with a space before its closing "**" (pandoc's rendering of
``<strong>Title&nbsp;</strong>``) is still bold: a crosshead on its own line is a heading
and no asterisks are printed. Made-up releases."""

from __future__ import annotations

from pathlib import Path

from briefing.ingest.readers import read_file


def _lines(tmp_path: Path, text: str) -> list[tuple[str, str]]:
    path = tmp_path / "release.md"
    path.write_text(text, encoding="utf-8")
    return [(line.text, line.style) for line in read_file(path).lines]


def test_bold_crosshead_with_a_trailing_no_break_space(tmp_path: Path) -> None:
    text = (
        "The leaders of Examplia met today.\n\n"
        "**Regional Security\u00a0**  \n  \n"
        "We are following the situation in the region closely.\n\n"
        "**Trade **\n\n"
        "We will keep markets open.\n"
    )
    assert _lines(tmp_path, text) == [
        ("The leaders of Examplia met today.", ""),
        ("Regional Security", "heading2"),
        ("We are following the situation in the region closely.", ""),
        ("Trade", "heading2"),
        ("We will keep markets open.", ""),
    ]


def test_bold_label_with_a_trailing_space_runs_into_its_text(tmp_path: Path) -> None:
    text = "**PRICES: **The average price of bread fell again this month.\n"
    assert _lines(tmp_path, text) == [
        ("PRICES: The average price of bread fell again this month.", "")
    ]


def test_two_bold_runs_on_a_line_are_left_alone(tmp_path: Path) -> None:
    text = "The **first** and the **second** points were agreed.\n"
    assert _lines(tmp_path, text) == [("The first and the second points were agreed.", "")]
