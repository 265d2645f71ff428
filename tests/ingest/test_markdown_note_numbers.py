"""Markdown footnotes the author numbered keep their numbers: a resolution converted from
a PDF writes "[^3]" where the converter kept the marker, and leaves notes 1 and 2 as
plain numbers in the text. Made-up text in that shape."""

from __future__ import annotations

from pathlib import Path

from briefing.ingest import load_release
from briefing.ingest.readers import read_file

CONVERTED = """\
The General Assembly,

Recalling the Final Document of the tenth special session, 1 and the report of the
International Conference on the Relationship between Disarmament and Development,2

Recalling the report of the Group of Governmental Experts on the relationship between
disarmament and development[^3] and its reappraisal of this issue,

1. Encourages the international community to achieve the Sustainable Development
Goals[^4] and to make greater efforts.

[^1]: See resolution S-99/2.

[^2]: See Report of the International Conference, New York, 24 August-11 September 1987.

[^3]: See A/99/119.

[^4]: See resolution 70/1.
"""


def test_numbered_definitions_keep_their_numbers(tmp_path: Path) -> None:
    path = tmp_path / "resolution.md"
    path.write_text(CONVERTED, encoding="utf-8")
    notes = [line for line in read_file(path).lines if line.style == "footnote"]
    assert sorted(line.label for line in notes) == ["1", "2", "3", "4"]
    release = load_release(path)
    parent = {c.id: p for p in release.root.walk() for c in p.children}
    found = {
        n.label: release.node_text(parent[n.id])
        for n in release.root.walk()
        if n.kind == "footnote"
    }
    assert found["3"].startswith("Recalling the report of the Group")
    assert found["4"].startswith("Encourages") or "Sustainable Development" in found["4"]


def test_markers_spaced_before_and_glued_after():
    from briefing.ingest.mend import spaced_marker_pattern

    cases = {
        ("the Treaty on the Non-Proliferation of Nuclear Weapons 6and the advisory", "6"): True,
        ("the threat or use of nuclear weapons, 7in which the Court", "7"): True,
        ("the third Meeting of States Parties, 3 including the adoption", "3"): True,
        ("the meeting opens at 6am the next day", "6"): False,
        ("the 3rd and 4th meetings", "3"): False,
    }
    for (text, number), expected in cases.items():
        assert bool(spaced_marker_pattern(number).search(text)) is expected, text


# A note printed whole in its superscript where its marker stands, as a site showing notes
# as pop-ups (and the Markdown converted from it) prints them. Made-up text in that shape.
POPUP_NOTES = """\
##Guidance on harbour noise

This guidance sets the interim policy for shore power<sup> 1 Shore power is the supply of
electricity to a ship at berth. </sup> at the inland ports named in the annex and in the
letter of 3 March<sup> 2 Letter to the Harbour Board, reference HB-2031/77. </sup>.

– Noise limits follow the port bylaws<sup> 3 See the Port Bylaws 2019, part 4. </sup>.

– Night work needs the harbour master's consent.

In the 21<sup>st</sup> century the limits stand.
"""


def test_a_note_printed_in_its_superscript_is_a_note_of_its_paragraph(tmp_path: Path) -> None:
    path = tmp_path / "guidance.md"
    path.write_text(POPUP_NOTES, encoding="utf-8")
    release = load_release(path)
    nodes = list(release.root.walk())
    notes = [n for n in nodes if n.kind == "footnote"]
    assert [n.label for n in notes] == ["1", "2", "3"]
    parent = {c.id: p for p in nodes for c in p.children}
    text = release.text
    assert release.node_text(notes[0]).endswith(
        "Shore power is the supply of electricity to a ship at berth."
    )
    assert text[parent[notes[1].id].start :].startswith("This guidance sets the interim policy")
    assert text[parent[notes[2].id].start :].lstrip("– ").startswith("Noise limits follow")
    # (The paragraph reads on without the note; letters in a superscript stay text.)
    assert "shore power at the inland ports" in text and "21st century" in text
