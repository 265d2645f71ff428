"""Markdown reader: CommonMark blocks, front matter, footnotes, what is dropped, errors;
and the Markdown releases of the shared corpus (tune split) read in place."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from briefing.ingest import load_release
from briefing.ingest.errors import ReleaseReadError
from briefing.ingest.extracted import Line
from briefing.ingest.pipeline import structure
from briefing.ingest.readers import read_file
from tests.ingest.helpers import lost_words


def write(tmp_path: Path, text: str, name: str = "release.md") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def read(tmp_path: Path, text: str, name: str = "release.md"):
    return read_file(write(tmp_path, text, name))


def body(extracted) -> list[tuple[str, str, str]]:
    return [(line.text, line.style, line.label) for line in extracted.lines]


FRONT = """---
title: "Joint Statement on\\_River Fisheries"
date: 2024-03-21
published_time: 2024-03-22 10:00:00-04:00
source_url: https://example.org/statements/fisheries
publisher: Ministry of Oceans
tags: [fisheries, trade]
lang: en-GB
---

The ministers of the three river states met in Lisbon.
"""


def test_front_matter_is_metadata_not_text(tmp_path: Path) -> None:
    ex = read(tmp_path, FRONT)
    assert ex.format == "md" and ex.blocks_are_paragraphs
    assert ex.metadata == {
        "title": "Joint Statement on River Fisheries",
        "date": "2024-03-21",
        "url": "https://example.org/statements/fisheries",
        "issuer": "Ministry of Oceans",
        "tags": "fisheries, trade",
        "language": "en-gb",
    }
    assert body(ex) == [("The ministers of the three river states met in Lisbon.", "", "")]
    kind, raw = ex.dropped[0]
    assert kind == "metadata" and raw.startswith("title:") and "lang: en-GB" in raw
    release = structure(ex)
    assert release.title == "Joint Statement on River Fisheries"
    assert release.date == "2024-03-21"
    assert "title:" not in release.text and "---" not in release.text


def test_front_matter_value_ending_on_a_tab_is_read(tmp_path: Path) -> None:
    # A static site's page with a tab left after its title: valid YAML, which PyYAML
    # alone refuses; the page must be read, its title kept.
    ex = read(tmp_path, "---\nlayout: default\ntitle: 4. Keep Records Current\t\n---\n\nText.\n")
    assert ex.metadata["title"] == "4. Keep Records Current"
    assert body(ex) == [("Text.", "", "")]


def test_front_matter_character_references_are_characters(tmp_path: Path) -> None:
    # Static sites print front-matter values into HTML as they stand, so authors write
    # "&nbsp;" and "&amp;" there as in the body: the title shows the characters.
    text = (
        "---\ntitle: Talks on trade a&nbsp;fisheries &amp; the &#8220;river&#8221; plan\n"
        "tags: [Trade &amp; Industry]\n---\n\nText.\n"
    )
    ex = read(tmp_path, text)
    assert ex.metadata["title"] == "Talks on trade a fisheries & the \u201criver\u201d plan"
    assert ex.metadata["tags"] == "Trade & Industry"
    assert structure(ex).title == ex.metadata["title"]


def test_front_matter_key_names_and_dates(tmp_path: Path) -> None:
    text = (
        "---\npublished_time: '2021-04-02 17:22:57-04:00'\nheadline: A Statement\n"
        "source: MINISTER FOR TRADE\ncreators:\n  - Smith, Jane\nurl: http://example.org/a\n"
        "---\n\nText of the statement.\n"
    )
    meta = read(tmp_path, text).metadata
    assert meta["date"] == "2021-04-02"
    assert meta["title"] == "A Statement"
    assert meta["issuer"] == "MINISTER FOR TRADE"  # "source" that is not a URL
    assert meta["url"] == "http://example.org/a"
    written = read(tmp_path, "---\ndate: 22 February 2002\n---\n\nText.\n", "b.md")
    assert written.metadata["date"] == "2002-02-22"


def test_paragraphs_join_soft_wraps_and_hard_breaks(tmp_path: Path) -> None:
    # A hard break is a line break inside the paragraph (CommonMark): an address is one
    # unit, as the corpus counts a contact card (tests/ingest/test_markdown_breaks.py).
    text = "First line of a paragraph\nwrapped here.\n\nAddress line one  \nAddress line two\n"
    assert body(read(tmp_path, text)) == [
        ("First line of a paragraph wrapped here.", "", ""),
        ("Address line one Address line two", "", ""),
    ]


def test_nbsp_line_between_hard_breaks_is_a_paragraph_break(tmp_path: Path) -> None:
    # Converters write an empty HTML paragraph as a line of NBSPs after a hard break.
    text = "Opening remarks.  \n\xa0  \nQ    First question here?\n"
    assert body(read(tmp_path, text)) == [
        ("Opening remarks.", "", ""),
        ("Q First question here?", "", ""),
    ]


def test_headings_atx_setext_and_bold(tmp_path: Path) -> None:
    text = (
        "Joint Communiqué\n================\n\n## Background ##\n\nText one.\n\n"
        "Sub part\n--------\n\n**Next steps**\n\nText two.\n\n"
        "**WE HEREBY COMMIT TO:**\n\n**This whole sentence is bold for emphasis.**\n"
    )
    assert body(read(tmp_path, text)) == [
        ("Joint Communiqué", "heading1", ""),
        ("Background", "heading2", ""),
        ("Text one.", "", ""),
        ("Sub part", "heading2", ""),
        ("Next steps", "heading3", ""),  # one level below the last "#" heading
        ("Text two.", "", ""),
        ("WE HEREBY COMMIT TO:", "", ""),  # a lead-in, not a heading
        ("This whole sentence is bold for emphasis.", "", ""),
    ]


def test_escaped_number_reaches_structure_detection_as_printed(tmp_path: Path) -> None:
    text = "1\\. The Council decides to meet again.\n\n2\\. It asks for a report.\n"
    ex = read(tmp_path, text)
    assert body(ex) == [
        ("1. The Council decides to meet again.", "", ""),
        ("2. It asks for a report.", "", ""),
    ]
    release = structure(ex)
    assert [n.label for n in release.root.children if n.kind == "paragraph"] == ["1.", "2."]


def test_ordered_list_keeps_its_start_and_delimiter(tmp_path: Path) -> None:
    text = "33. Thirty-third point.\n34. Thirty-fourth point.\n\n1) First.\n2) Second.\n"
    assert body(read(tmp_path, text)) == [
        ("Thirty-third point.", "list-item", "33."),
        ("Thirty-fourth point.", "list-item", "34."),
        ("First.", "list-item", "1)"),
        ("Second.", "list-item", "2)"),
    ]


def test_bullets_nest_and_items_keep_later_paragraphs(tmp_path: Path) -> None:
    text = "- Trade\n  * tariffs\n  * quotas\n\n- Security\n\n  More on security.\n"
    ex = read(tmp_path, text)
    got = [(line.text, line.level, line.label) for line in ex.lines]
    assert got == [
        ("Trade", 0, "-"),
        ("tariffs", 1, "•"),
        ("quotas", 1, "•"),
        ("Security", 0, "-"),
        ("More on security.", 0, ""),
    ]
    assert {line.style for line in ex.lines} == {"list-item"}


def test_quote_table_and_inline_markup(tmp_path: Path) -> None:
    text = (
        "> The minister said\n> peace is near.\n\n"
        "| Country | Quota |\n|---|---|\n| Portugal | 12 |\n\n"
        "Read *the* **full** [statement](http://example.org) and `annex`; "
        "the 11<sup>th</sup> <u>summit</u> \\[sic\\].\n"
    )
    assert body(read(tmp_path, text)) == [
        ("The minister said peace is near.", "quote", ""),
        ("Country | Quota", "table", ""),
        ("Portugal | 12", "table", ""),
        ("Read the full statement and annex; the 11th summit [sic].", "", ""),
    ]


def test_dropped_items_are_listed_by_kind(tmp_path: Path) -> None:
    text = (
        "<!-- converted by a tool -->\n\nOpening paragraph.\n\n"
        "![The ministers at the table](photo.jpg)\n\n---\n\n"
        "Text with a <!-- hidden --> comment.\n\n\\###\n\n###\n"
    )
    ex = read(tmp_path, text)
    assert body(ex) == [("Opening paragraph.", "", ""), ("Text with a comment.", "", "")]
    assert ex.dropped == [
        ("comment", "<!-- converted by a tool -->"),
        ("image", "The ministers at the table"),
        ("markup", "---"),
        ("comment", "<!-- hidden -->"),
        ("end-mark", "###"),
        ("end-mark", "###"),
    ]


def test_footnotes_attach_to_the_line_holding_their_marker(tmp_path: Path) -> None:
    text = (
        "# Statement\n\nThe ministers met in Lisbon.[^a]\n\nThey agreed on quotas[^b] "
        "and reviewed them.[^a]\n\n[^b]: See the annex.\n[^a]: Held on 20 March.\n\n"
        "    Second paragraph of the note.\n\n[^z]: A note nothing refers to.\n"
    )
    ex = read(tmp_path, text)
    lines = ex.lines
    assert lines[1].text == "The ministers met in Lisbon.1"
    assert lines[2].text == "They agreed on quotas2 and reviewed them.1"
    notes = [line for line in lines if line.style == "footnote"]
    assert notes == [
        Line("Held on 20 March. Second paragraph of the note.", "footnote", 0, "1", note_of=1),
        Line("See the annex.", "footnote", 0, "2", note_of=2),
        Line("A note nothing refers to.", "footnote", 0, "z"),
    ]
    release = structure(ex)
    holder = next(n for n in release.nodes() if release.text[n.start :].startswith("The min"))
    assert [c.kind for c in holder.children] == ["footnote"]


def test_superscript_markers_and_notes(tmp_path: Path) -> None:
    text = "The fleet grew<sup>1</sup> last year.\n\n<sup>1</sup> Provisional figures.\n"
    ex = read(tmp_path, text)
    assert ex.lines[0] == Line("The fleet grew last year.")
    assert ex.lines[1] == Line("Provisional figures.", "footnote", 0, "1", note_of=0)
    assert ("footnote-marker", "1") in ex.dropped


def test_link_definitions_are_listed(tmp_path: Path) -> None:
    ex = read(tmp_path, "Read the [statement][s].\n\n[s]: http://example.org/s\n")
    assert body(ex) == [("Read the statement.", "", "")]
    assert ex.dropped == [("link", "[S]: http://example.org/s")]


def test_indented_text_is_not_code(tmp_path: Path) -> None:
    text = "Intro.\n\n        Indented by accident\n        over two lines.\n"
    assert body(read(tmp_path, text))[1] == ("Indented by accident over two lines.", "", "")


def test_markdown_extension(tmp_path: Path) -> None:
    assert read(tmp_path, "# Title\n\nText.\n", "r.markdown").format == "md"


# Bad input: one clear line naming the file.
@pytest.mark.parametrize(
    ("text", "reason"),
    [
        (
            '---\ntitle: "Unclosed\ndate: 2024-01-01\n---\n\nText.\n',
            "the front matter is not valid YAML (line 2: ",
        ),
        (
            "---\ntitle: a\n  bad: indent\n---\n\nText.\n",
            "the front matter is not valid YAML (line 3",
        ),
        ("---\n- a\n- b\n---\n\nText.\n", "the front matter is not valid YAML (line 2"),
        (
            "<!DOCTYPE html>\n<html><body><p>Hello</p></body></html>\n",
            "this is an HTML page saved as .md",
        ),
        ("  <html lang='en'><body>Hi</body></html>", "this is an HTML page saved as .md"),
        ("---\ntitle: Only metadata\n---\n", "the file has no text"),
    ],
)
def test_bad_markdown(tmp_path: Path, text: str, reason: str) -> None:
    path = write(tmp_path, text, "bad.md")
    with pytest.raises(ReleaseReadError) as info:
        read_file(path)
    assert info.value.reason.startswith(reason)
    assert str(info.value).startswith("bad.md: ") and "\n" not in str(info.value)


def test_empty_markdown_file(tmp_path: Path) -> None:
    path = tmp_path / "empty.md"
    path.write_bytes(b"")
    with pytest.raises(ReleaseReadError, match="the file is empty"):
        read_file(path)


# The Markdown releases of the shared corpus (tune split), read in place.
CORPUS_MD = ("10_", "14_", "15_", "16_", "18_")


def _corpus(shared_dir: Path, prefix: str) -> Path:
    found = sorted((shared_dir / "corpus" / "more").glob(prefix + "*.md"))
    if not found:
        pytest.skip(f"no {prefix}*.md in the corpus")
    return found[0]


def _front_matter(raw: str) -> tuple[dict, str]:
    """The file's YAML and the rest, split independently of the reader."""
    import yaml

    m = re.match(r"---\n(.*?)\n---\n", raw, re.S)
    return (yaml.safe_load(m.group(1)), raw[m.end() :]) if m else ({}, raw)


def _plain(markdown: str) -> str:
    """The words a reader of the rendered page sees: markup characters taken out."""
    text = re.sub(r"<[^>]*>", "", markdown)  # inline tags: "11<sup>th</sup>" reads "11th"
    text = text.replace("**", "").replace("\\", "")
    return re.sub(r"^\s{0,3}#+\s", "", text, flags=re.M)


@pytest.mark.parametrize("prefix", CORPUS_MD)
def test_corpus_markdown(shared_dir: Path, prefix: str) -> None:
    path = _corpus(shared_dir, prefix)
    raw = path.read_text(encoding="utf-8")
    fields, rest = _front_matter(raw)
    extracted = read_file(path)
    release = load_release(path, suggest=False)
    if fields.get("title"):
        expected = " ".join(str(fields["title"]).replace("\xa0", " ").split())
        assert extracted.metadata["title"] == expected
        assert release.title == expected
        assert extracted.dropped[0][0] == "metadata"
    else:
        heading = next(line for line in rest.splitlines() if line.startswith("# "))
        assert release.title == heading[2:].strip()
    for markup in ("**", "\\", "---", "<sup>", "<!--"):
        assert markup not in release.text, markup
    assert not lost_words(_plain(rest), release)


def test_corpus_list_restarts_and_bold_lead_ins(shared_dir: Path) -> None:
    # A converted statement whose numbered commitments are separate one-item lists.
    ex = read_file(_corpus(shared_dir, "14_"))
    items = [line for line in ex.lines if line.style == "list-item"]
    assert items and all(line.label == "1." for line in items)
    assert not any(line.style.startswith("heading") for line in ex.lines)
    assert ("end-mark", "###") in ex.dropped
