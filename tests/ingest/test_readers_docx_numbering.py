"""Word numbering resolution on hand-written numbering.xml."""

from __future__ import annotations

import pytest
from lxml import etree

from briefing.ingest.readers.docx_numbering import Numbering, bullet_label, format_number

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def lvl(ilvl: int, fmt: str, text: str, start: int = 1, extra: str = "") -> str:
    return (
        f'<w:lvl w:ilvl="{ilvl}"><w:start w:val="{start}"/><w:numFmt w:val="{fmt}"/>'
        f'<w:lvlText w:val="{text}"/>{extra}</w:lvl>'
    )


def numbering(*parts: str) -> Numbering:
    xml = f'<w:numbering xmlns:w="{W}">{"".join(parts)}</w:numbering>'
    return Numbering(etree.fromstring(xml))


def abstract(aid: int, *levels: str) -> str:
    return f'<w:abstractNum w:abstractNumId="{aid}">{"".join(levels)}</w:abstractNum>'


def num(nid: int, aid: int, overrides: str = "") -> str:
    return f'<w:num w:numId="{nid}"><w:abstractNumId w:val="{aid}"/>{overrides}</w:num>'


OUTLINE = abstract(
    0,
    lvl(0, "decimal", "%1."),
    lvl(1, "lowerLetter", "(%2)"),
    lvl(2, "lowerRoman", "%3."),
    lvl(3, "decimal", "%1.%2.%4"),
)


@pytest.mark.parametrize(
    ("n", "fmt", "expected"),
    [
        (4, "decimal", "4"),
        (1, "lowerLetter", "a"),
        (27, "lowerLetter", "aa"),
        (3, "upperLetter", "C"),
        (4, "lowerRoman", "iv"),
        (14, "upperRoman", "XIV"),
        (1999, "upperRoman", "MCMXCIX"),
        (7, "decimalZero", "07"),
        (3, "ganada", "다"),
        (2, "chosung", "ㄴ"),
        (3, "decimalEnclosedCircle", "③"),
        (2, "ideographTraditional", "乙"),
        (12, "taiwaneseCountingThousand", "十二"),
        (5, "none", ""),
        (5, "somethingNew", "5"),
    ],
)
def test_format_number(n: int, fmt: str, expected: str) -> None:
    assert format_number(n, fmt) == expected


def test_bullets() -> None:
    assert bullet_label("\uf0b7") == "•"
    assert bullet_label("o") == "◦"
    assert bullet_label("–") == "–"
    assert bullet_label("") == "•"


def test_counts_and_resets_deeper_levels() -> None:
    nb = numbering(OUTLINE, num(1, 0))
    got = [nb.label("1", i) for i in (0, 1, 1, 2, 2, 0, 1, 2, 0)]
    assert got == ["1.", "(a)", "(b)", "i.", "ii.", "2.", "(a)", "i.", "3."]


def test_multi_level_text() -> None:
    nb = numbering(OUTLINE, num(1, 0))
    nb.label("1", 0)
    nb.label("1", 1)
    nb.label("1", 1)
    assert nb.label("1", 3) == "1.b.1"  # each %n in its own level's format


def test_nums_sharing_an_abstract_continue() -> None:
    nb = numbering(OUTLINE, num(1, 0), num(2, 0))
    assert [nb.label("1", 0), nb.label("2", 0), nb.label("1", 0)] == ["1.", "2.", "3."]


def test_start_override_restarts_once() -> None:
    restart = '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride>'
    nb = numbering(OUTLINE, num(1, 0), num(2, 0, restart))
    assert [nb.label("1", 0), nb.label("1", 0)] == ["1.", "2."]
    assert [nb.label("2", 0), nb.label("2", 0)] == ["1.", "2."]


def test_start_override_to_other_value() -> None:
    override = '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="5"/></w:lvlOverride>'
    nb = numbering(OUTLINE, num(3, 0, override))
    assert [nb.label("3", 0), nb.label("3", 0)] == ["5.", "6."]


def test_level_override_replaces_definition() -> None:
    override = (
        '<w:lvlOverride w:ilvl="0">' + lvl(0, "upperRoman", "%1)", start=3) + "</w:lvlOverride>"
    )
    nb = numbering(OUTLINE, num(1, 0, override))
    assert nb.label("1", 0) == "III)"


def test_start_value() -> None:
    nb = numbering(abstract(0, lvl(0, "lowerLetter", "(%1)", start=3)), num(1, 0))
    assert [nb.label("1", 0), nb.label("1", 0)] == ["(c)", "(d)"]


def test_lvl_restart_zero_never_restarts() -> None:
    nb = numbering(
        abstract(
            0,
            lvl(0, "decimal", "%1."),
            lvl(1, "lowerLetter", "%2)", extra='<w:lvlRestart w:val="0"/>'),
        ),
        num(1, 0),
    )
    assert [nb.label("1", i) for i in (0, 1, 1, 0, 1)] == ["1.", "a)", "b)", "2.", "c)"]


def test_is_legal_shows_decimal() -> None:
    nb = numbering(
        abstract(0, lvl(0, "upperRoman", "%1."), lvl(1, "decimal", "%1.%2", extra="<w:isLgl/>")),
        num(1, 0),
    )
    assert [nb.label("1", 0), nb.label("1", 1)] == ["I.", "1.1"]


def test_bullet_level() -> None:
    nb = numbering(abstract(0, lvl(0, "bullet", "\uf0b7")), num(1, 0))
    assert nb.label("1", 0) == "•"


def test_unknown_or_removed_numbering() -> None:
    nb = numbering(OUTLINE, num(1, 0), num(0, 0))
    assert nb.label("9", 0) is None
    assert nb.label("0", 0) is None  # numId 0 = numbering switched off
    assert nb.label("1", 7) is None  # level not defined


def test_level_for_style() -> None:
    nb = numbering(
        abstract(
            0,
            lvl(0, "decimal", "%1.", extra='<w:pStyle w:val="H1"/>'),
            lvl(1, "decimal", "%1.%2", extra='<w:pStyle w:val="H2"/>'),
        ),
        num(1, 0),
    )
    assert nb.level_for_style("1", "H2") == 1
    assert nb.level_for_style("1", "Other") == 0


def test_no_numbering_part() -> None:
    assert Numbering(None).label("1", 0) is None
