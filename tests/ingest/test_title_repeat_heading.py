"""A line under the title that only says words of the title (its subject set again
under its kind and number) is no first section heading; a line with words of its own
is. Made-up text."""

from __future__ import annotations

from pathlib import Path

from briefing.ingest import load_release

_ORDER = """Harbour Order 77--Examplian Harbour Dues

Examplian Harbour Dues

By the authority vested in me as harbour master of Examplia, it is hereby ordered
that the dues paid by every ship calling at the harbours be raised from next year.

Sec. 2. The harbour board shall report on the dues to the minister every spring and
shall publish the report on the same day.
"""

_NOTICE = """Harbour Order 77--Examplian Harbour Dues

Purpose of the order

By the authority vested in me as harbour master of Examplia, it is hereby ordered
that the dues paid by every ship calling at the harbours be raised from next year.

Sec. 2. The harbour board shall report on the dues to the minister every spring and
shall publish the report on the same day.
"""


def _headings(tmp_path: Path, text: str) -> list[str]:
    path = tmp_path / "order.txt"
    path.write_text(text, encoding="utf-8")
    release = load_release(path, suggest=False)
    return [
        release.text[node.body_start : node.end].strip().split("\n")[0]
        for node in release.nodes()
        if node.kind == "heading"
    ]


def test_the_title_s_subject_set_again_is_no_heading(tmp_path: Path) -> None:
    assert "Examplian Harbour Dues" not in _headings(tmp_path, _ORDER)


def test_a_line_with_words_of_its_own_is_the_first_heading(tmp_path: Path) -> None:
    assert "Purpose of the order" in _headings(tmp_path, _NOTICE)
