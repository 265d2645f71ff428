"""The structure scorer counts a table row a tool sets apart as a unit start (the gold
rule is one unit per table row), for Briefing and the partitioner alike."""

from __future__ import annotations

import sys
from pathlib import Path

BENCH = Path(__file__).resolve().parents[2] / "benchmarks"
sys.path.insert(0, str(BENCH))

from structure_adapters import outline_from_elements  # noqa: E402
from structure_score import Outline, Unit, score  # noqa: E402

GOLD = {
    "doc": "made-up",
    "units": ["Budget lines for the year", "Travel of staff 120", "Contractual services 80"],
}


def test_rows_set_apart_are_unit_starts() -> None:
    outline = Outline(
        units=[
            Unit("paragraph", "", "Budget lines for the year are as follows."),
            Unit("table", "", "Travel of staff | 120"),
            Unit("table", "", "Contractual services | 80"),
        ]
    )
    result = score(GOLD, outline)
    assert result.glued == 0 and result.splits == 0
    assert result.tallies["units"].matched == 3


def test_rows_run_together_are_glued() -> None:
    outline = Outline(
        units=[
            Unit("paragraph", "", "Budget lines for the year are as follows."),
            Unit("table", "", "Travel of staff 120 Contractual services 80"),
        ]
    )
    assert score(GOLD, outline).glued == 1


def test_partitioner_table_rows_are_units() -> None:
    elements = [
        {"type": "paragraph", "text": "Budget lines for the year are as follows."},
        {"type": "table", "text": "Travel of staff 120\nContractual services 80"},
    ]
    result = score(GOLD, outline_from_elements(elements))
    assert result.glued == 0 and result.tallies["units"].matched == 3


def test_a_quotation_marked_inside_its_paragraph_starts_no_unit() -> None:
    from types import SimpleNamespace

    from structure_adapters import outline_from_release

    text = "The rapporteur said: “This is a good day for the climate.”\n\nNext paragraph here."
    quote_at = text.index("“")

    def node(kind, start, end, children=()):
        return SimpleNamespace(
            kind=kind,
            label="",
            start=start,
            body_start=start,
            end=end,
            attrs={},
            children=list(children),
        )

    first_end = text.index("\n")
    quote = node("quote", quote_at, first_end)
    root = node(
        "root",
        0,
        len(text),
        [node("paragraph", 0, first_end, [quote]), node("paragraph", first_end + 2, len(text))],
    )
    release = SimpleNamespace(root=root, text=text, title="", date="", removed=[])
    units = outline_from_release(release).units
    assert [u.kind for u in units] == ["paragraph", "paragraph"]


def test_opening_words_cut_inside_an_unspaced_run_still_match() -> None:
    # A labeller copies the first few characters of a Japanese or Chinese paragraph: the
    # cut falls inside one long run of word characters, so the gold's last token is only
    # a prefix of the printed one. Made-up text.
    gold = {"doc": "made-up", "units": ["(問)今朝、首脳会談が", "(答)本日の会議では"]}
    outline = Outline(
        units=[
            Unit("paragraph", "", "(問)今朝、首脳会談があったと聞きました。"),
            Unit("paragraph", "", "(答)本日の会議では合意しました。"),
        ]
    )
    result = score(gold, outline)
    assert result.lost_units == 0 and result.tallies["units"].matched == 2


def test_a_full_word_is_never_matched_as_a_prefix() -> None:
    # More words than the head: its fifth word was copied whole, so "plan" is not "planning".
    gold = {"doc": "made-up", "units": ["Ministers agreed on a plan for peace"]}
    outline = Outline(units=[Unit("paragraph", "", "Ministers agreed on a planning cell.")])
    assert score(gold, outline).lost_units == 1


def test_short_opening_words_are_found_where_they_open_a_unit() -> None:
    # "The General Assembly," also occurs inside the adoption line above it: the unit the
    # tool starts with those words is the gold unit, not a split inside the line above.
    gold = {"doc": "made-up", "units": ["The General Assembly,", "Recalling its resolution"]}
    outline = Outline(
        units=[
            Unit("other", "", "Resolution adopted by the General Assembly on 1 May 2099"),
            Unit("paragraph", "", "The General Assembly,"),
            Unit("paragraph", "", "Recalling its resolution 98/1,"),
        ]
    )
    result = score(gold, outline)
    assert result.splits == 0 and result.glued == 0
    assert result.tallies["units"].matched == 2


def test_a_symbol_font_bullet_is_a_bullet() -> None:
    # pdftotext gives a Symbol font's bullet as U+F0B7; the labeller wrote "•".
    gold = {
        "doc": "made-up",
        "numbered": [{"label": "•", "level": 1, "text": "Inflation was steady at"}],
        "units": ["Inflation was steady at 2.3 percent"],
    }
    outline = Outline(units=[Unit("paragraph", "\uf0b7", "Inflation was steady at 2.3 percent.")])
    assert score(gold, outline).tallies["numbered"].matched == 1
