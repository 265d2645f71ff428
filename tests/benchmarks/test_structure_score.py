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
    from structure_adapters import outline_from_release

    text = "The rapporteur said: “This is a good day for the climate.”\n\nNext paragraph here."
    quote_at, first_end = text.index("“"), text.index("\n")
    release = _release_of(
        text,
        [
            ("paragraph", 0, first_end, [("quote", quote_at, first_end)]),
            ("paragraph", first_end + 2, len(text), []),
        ],
    )
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


def _release_of(text: str, spans: list[tuple[str, int, int, list]]):
    """A made-up Release: top-level nodes (kind, start, end, children) over ``text``."""
    from types import SimpleNamespace

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

    root = node(
        "root", 0, len(text), [node(k, a, b, [node(*c) for c in kids]) for k, a, b, kids in spans]
    )
    return SimpleNamespace(root=root, text=text, title="", date="", removed=[])


def test_a_quotation_opening_its_paragraph_or_a_wrapped_line_starts_no_unit() -> None:
    from structure_adapters import outline_from_release

    text = "“We will act,” the minister said, and\n“we will act now.”\n\nNext paragraph here."
    end = text.index("\n\n")
    second = text.index("“we")
    release = _release_of(
        text,
        [
            ("paragraph", 0, end, [("quote", 0, 14), ("quote", second, end)]),
            ("paragraph", end + 2, len(text), []),
        ],
    )
    units = outline_from_release(release).units
    assert [u.kind for u in units] == ["paragraph", "paragraph"]
    gold = {"doc": "made-up", "units": ["“We will act,” the minister", "Next paragraph here."]}
    assert score(gold, outline_from_release(release)).splits == 0


def test_a_heading_after_a_short_unit_is_still_a_unit_start() -> None:
    # The gold lists the short closing line as a unit and the heading only under
    # "headings": the heading three words later is a start of its own, so a tool that
    # sets it apart splits nothing.
    gold = {
        "doc": "made-up",
        "units": ["The meeting continues tomorrow", "Thank you all.", "Budget questions raised"],
        "headings": [{"label": "", "text": "Annual review", "level": 1}],
    }
    outline = Outline(
        units=[
            Unit("paragraph", "", "The meeting continues tomorrow at noon."),
            Unit("paragraph", "", "Thank you all."),
            Unit("heading", "", "Annual review"),
            Unit("paragraph", "", "Budget questions raised by members."),
        ]
    )
    result = score(gold, outline)
    assert result.splits == 0 and result.tallies["units"].matched == 4


def test_a_heading_the_list_gives_with_its_label_counts_once() -> None:
    gold = {
        "doc": "made-up",
        "units": ["I. Introduction", "The report covers the year."],
        "headings": [{"label": "I.", "text": "Introduction", "level": 1}],
    }
    outline = Outline(
        units=[
            Unit("heading", "I.", "Introduction"),
            Unit("paragraph", "", "The report covers the year."),
        ]
    )
    result = score(gold, outline)
    assert result.tallies["units"].gold == 2 and result.tallies["units"].matched == 2


def test_furniture_without_words_is_scored_as_printed() -> None:
    gold = {"doc": "made-up", "furniture": ["\\###", "- 2 -"]}
    assert score(gold, Outline(removed=["\\###", "- 2 -"])).tallies["furniture"].matched == 2
    assert score(gold, Outline(removed=["- 2 -"])).tallies["furniture"].matched == 1


def test_a_line_kept_as_a_field_of_the_release_is_not_lost() -> None:
    # "MEDIA RELEASE" over the title: Briefing keeps it as the release's Category field.
    gold = {"doc": "made-up", "units": ["MEDIA RELEASE", "Ministers met today in the capital"]}
    text = "Ministers met today in the capital."
    kept_as_field = Outline(
        units=[Unit("paragraph", "", text)], kept_text=text, fields=["Media Release"]
    )
    dropped = Outline(units=[Unit("paragraph", "", text)], kept_text=text)
    assert score(gold, kept_as_field).lost_units == 0
    assert score(gold, dropped).lost_units == 1


def test_units_starting_no_gold_unit_are_listed() -> None:
    """A site's line kept beside the release (a share button's label) starts no gold unit:
    the score lists it, with its kind, for benchmarks/chrome_units.py."""
    outline = Outline(
        units=[
            Unit("paragraph", "", "Budget lines for the year are as follows."),
            Unit("other", "", "Share this page"),
            Unit("table", "", "Travel of staff | 120"),
            Unit("table", "", "Contractual services | 80"),
        ]
    )
    result = score(GOLD, outline)
    assert result.unmatched == [("other", "Share this page")]
    assert result.tallies["units"].matched == 3


def test_a_title_or_date_given_where_the_gold_has_none_is_counted() -> None:
    """A document that prints no title: a title given anyway is wrong, though title
    precision (documents with a gold title only) cannot see it."""
    no_fields = {"doc": "made-up", "title": None, "date": None}
    given = Outline(title="Menu Home Contact", date="2031-05-09")
    assert score(no_fields, given).unasked_fields == 2
    assert score(no_fields, Outline()).unasked_fields == 0
    with_fields = {"doc": "made-up", "title": "Ministers meet", "date": "2031-05-09"}
    assert score(with_fields, given).unasked_fields == 0


def test_blind_part_of_tune_is_dev_sets_and_blind_sets() -> None:
    """``--split blind`` is what was labelled before anyone tuned on it; every tune gold
    file of the corpus lands in exactly one part, and the blind part is not empty."""
    import json

    from structure_score import tune_part

    assert tune_part("dev-notes35-x.json") == "blind"
    assert tune_part("c14_03_x.json") == "blind"
    assert tune_part("c1_02_x.json") == "oldtune"
    assert tune_part("04_un-press_x.json") == "oldtune"
    gold = Path(__file__).resolve().parents[1] / "corpus" / "gold"
    tune = [p.name for p in gold.glob("*.json") if json.loads(p.read_text())["split"] == "tune"]
    parts = {tune_part(name) for name in tune}
    assert parts == {"blind", "oldtune"}


def test_furniture_kept_counts_whole_tokens_only() -> None:
    # A page number "3/12" removed at each page; its tokens "3 12" also end "2023 12" in
    # the text, which is no copy of it.
    gold = {"doc": "made-up", "furniture": ["3/12"]}
    kept = "In 2023 12 countries joined.\nBy 2023 12 more had."
    outline = Outline(removed=["3/12"], kept_text=kept)
    assert score(gold, outline).tallies["furniture"].matched == 1
    outline = Outline(removed=["3/12"], kept_text=kept + "\n3/12\nText.\n3/12")
    assert score(gold, outline).tallies["furniture"].matched == 0
