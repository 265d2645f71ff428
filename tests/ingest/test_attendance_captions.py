"""Minutes print their attendance under a caption that says only that ("Present",
"Members Present", "Παρόντες"), over names printed bare: the caption heads the
attendance, whatever honorifics the names lack. Made-up text."""

from __future__ import annotations

from briefing.ingest.attendance_captions import is_attendance_caption
from briefing.ingest.pipeline import release_from_text


def test_the_caption_in_several_languages():
    for line in [
        "Present",
        "Members Present",
        "Board members present",
        "In attendance",
        "Anwesend",
        "Présents",
        "Presentes",
        "Παρόντες",
        "Присутствовали",
        "出席者",
        "出席議員：",
        "列席秘書：",
    ]:
        assert is_attendance_caption(line), line


def test_other_short_lines_are_no_captions():
    for line in [
        "Present:",
        "Present value of the fund",
        "Presentation",
        "The present plan",
        "Members of the Board",
        "Monetary Policy",
        "",
    ]:
        assert not is_attendance_caption(line), line


MINUTES = """Minutes of the Policy Meeting of the Example Board

Northport – 4 May 2031

Present

AB Example (Chair), CD Sample, EF Person, GH Model

Financial Markets

Members noted that markets had been calm over the month and that yields had eased.
Members agreed that conditions had changed little since the previous meeting in April.
"""


def _headings(text: str) -> list[str]:
    release = release_from_text(text)
    return [
        " ".join(release.node_text(n).split()) for n in release.root.walk() if n.kind == "heading"
    ]


def test_the_caption_heads_the_bare_names():
    assert _headings(MINUTES)[:2] == ["Present", "Financial Markets"]
