"""Markdown saved as .txt: a text that proves itself Markdown, two kinds of its marks each
met twice or more, is read by the Markdown reader (readers/markdown_text); an ordinary
release with a stray mark stays plain text. Made-up texts."""

from __future__ import annotations

from pathlib import Path

from briefing.ingest.readers.markdown_text import is_markdown
from tests.ingest.helpers import heading_texts, label_depths, lost_words, read_release

_MARKDOWN = (
    "# Report of the Examplian Board\n\n"
    "## Background\n\n"
    "The board met on the fourth of May and agreed on the plan that the staff had put "
    "before it at its last meeting.\n\n"
    "1\\. The board noted the progress made on the new office and asked the staff to\n"
    "report again in the autumn.\n\n"
    "2\\. The board approved the timetable for training the wardens who will work in the "
    "valley.\n\n"
    "## Next steps\n\n"
    "The board will meet again when the office is open and the wardens have started "
    "their work.\n"
)


def test_markdown_saved_as_text_is_read_as_markdown(tmp_path: Path) -> None:
    release = read_release(tmp_path, _MARKDOWN)
    assert release.source.format == "md"
    assert heading_texts(release) == ["Background", "Next steps"]
    # The escaped labels are read by the Markdown reader, each its own numbered paragraph.
    assert [label for label, _ in label_depths(release)] == ["1.", "2."]
    assert not lost_words(_MARKDOWN.replace("\\", "").replace("#", ""), release)


def test_one_kind_of_mark_or_stray_marks_stay_plain_text(tmp_path: Path) -> None:
    # Headings marked "## " but no other Markdown: the text reader's atx_heads reads them.
    only_heads = _MARKDOWN.replace("\\.", ".")
    assert not is_markdown(only_heads)
    assert read_release(tmp_path, only_heads).source.format == "txt"
    # pandoc's plain text spaces its items "-   " and may keep one bold line: no Markdown.
    pandoc = (
        "Statement of the Examplian Board\n\n**Summary**\n\n"
        "-   The board met in May.\n-   The board agreed on the plan.\n"
    )
    assert not is_markdown(pandoc)
    assert not is_markdown("Note on #hashtags and a [bracket] (aside).\n\n* a starred note\n")


def test_two_kinds_each_twice_prove_markdown() -> None:
    links = "See [the plan](https://example.org/plan) and [the map](https://example.org/map)."
    assert is_markdown(f"## One\n\ntext\n\n## Two\n\n{links}\n")
    assert is_markdown("**Part one**\n\n-   item\n\n**Part two**\n\n-   item\n")


def test_a_markdown_reader_failure_falls_back_to_the_text_reader(
    tmp_path: Path, monkeypatch
) -> None:
    # A .txt that opened before Markdown was looked for still opens, as text.
    from briefing.ingest.readers import markdown

    def broken(*args, **kwargs):
        raise RecursionError("nobody foresaw this input")

    monkeypatch.setattr(markdown, "extract_markdown", broken)
    release = read_release(tmp_path, _MARKDOWN)
    assert release.source.format == "txt"
    assert "board approved the timetable" in release.text


POWERS = """# Parks report

The new park covers 10 km<sup>2</sup> of wetland.<sup>1</sup>

Its lake holds 5 m<sup>3</sup> of water a second, 10<sup>-6</sup> of it salt.<sup>2</sup>

[Notes](https://example.org/notes) and [maps](https://example.org/maps).

## Notes

**Sources**

1. Survey of 2030.
2. Gauge readings.
"""


def test_a_power_of_a_unit_is_kept_and_no_note_marker(tmp_path: Path) -> None:
    # A superscript figure after a measure is an exponent: kept, as a superscript figure,
    # where a note's marker after a word or a stop is taken out.
    for name in ("powers.md", "powers.txt"):
        release = read_release(tmp_path, POWERS, name)
        text = release.text
        assert "10 km² of wetland." in text and "5 m³ of water" in text, name
        assert "10⁻⁶ of it salt." in text, name
        assert "wetland.1" not in text and "<sup>" not in text, name


def test_markdown_sections_of_one_rank_are_siblings(tmp_path: Path) -> None:
    # "## Background" right under the title and "## Next steps" further down are two
    # sections side by side: the second is never nested in the first.
    path = tmp_path / "board.md"
    path.write_text(_MARKDOWN, encoding="utf-8")
    from briefing.ingest import load_release

    release = load_release(path, suggest=False)
    top = [
        release.text[n.start : n.end].strip() for n in release.root.children if n.kind == "heading"
    ]
    assert top == ["Background", "Next steps"]


# A converter's Markdown of a law: its fields as a definition list, "## " headings.
_DEFINITIONS = (
    "# Order on the Examplian Wardens (WardO)\n\n"
    "Date of issue\n:   2031-05-04\n\n"
    "Published in\n:   Examplian Gazette 2031, 117\n\n"
    "## Section 1 Scope\n\n"
    "This order applies to every warden the valley board appoints to its parks.\n\n"
    "## Section 2 Duties\n\n"
    "A warden keeps the paths open and reports damage to the board within a week.\n"
)


def test_definition_lists_are_markdown_and_keep_their_terms(tmp_path: Path) -> None:
    # ":   value" under its term is pandoc's definition list, a second kind beside "## ":
    # read as text, the term's short line over its value was taken for a head menu's
    # entry and its words were lost; the Markdown reader keeps term and value together.
    assert is_markdown(_DEFINITIONS)
    release = read_release(tmp_path, _DEFINITIONS)
    assert release.source.format == "md"
    assert "Date of issue" in release.text and "Published in" in release.text
    # A form's field values after a colon and one space are no definitions.
    form = "Address\n: 2 Example Road\nTelephone\n: 210 555 0100\n\n## One\n\ntext\n\n## Two\n"
    assert not is_markdown(form)
