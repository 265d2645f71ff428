"""Markdown a converter made out of a PDF, pages marked by comments ("<!-- page 2 -->"):
the running head and page number beside each mark are page furniture, taken before the
file is parsed, and the paragraph a page break cut runs on over them. Made-up documents
in the shape of real ones."""

from __future__ import annotations

from pathlib import Path

from briefing.ingest import load_release
from briefing.ingest.readers.markdown_pages import strip_paged_furniture
from tests.ingest.helpers import lost_words

BODY = (
    "The Ministry has decided that the council shall be reconstituted with the members "
    "named in the schedule, and that they shall serve for three years from today."
)

TEXT = f"""---
source_url: https://example.org/notice.pdf
---

<!-- page 1 -->
Notification on the Examplia Council of Teachers
{BODY}
{BODY}
The members shall be paid the allowances the Ministry

<!-- page 2 -->
2
EXAMPLIA GAZETTE : EXTRAORDINARY
[PART II-SEC. 3]
fixes from time to time, and no other fee.
{BODY}

<!-- page 3 -->
[PART II-SEC. 3]
EXAMPLIA GAZETTE : EXTRAORDINARY
3
{BODY}
The council shall meet twice a year.
"""


def test_running_heads_and_page_numbers_at_page_marks_are_removed(tmp_path: Path):
    path = tmp_path / "notice.md"
    path.write_text(TEXT, encoding="utf-8")
    release = load_release(path)
    removed = [r.text for r in release.removed if r.kind == "page-furniture"]
    assert removed.count("EXAMPLIA GAZETTE : EXTRAORDINARY") == 2, removed
    assert removed.count("[PART II-SEC. 3]") == 2, removed
    assert "2" in removed and "3" in removed, removed
    texts = [release.node_text(n) for n in release.nodes()]
    assert not any("EXAMPLIA GAZETTE" in t for t in texts), texts
    # The sentence the page break cut reads on over the head taken.
    assert any("the Ministry fixes from time to time" in t for t in texts), texts
    assert not lost_words(TEXT, release)


def test_markdown_without_page_marks_is_left_as_written():
    text = f"# Notice\n\n{BODY}\n\n<!-- a note to the editor -->\n\n2\n"
    assert strip_paged_furniture(text, []) is text


def test_one_marked_page_has_no_edges_to_compare():
    text = f"<!-- page 1 -->\nEXAMPLIA GAZETTE\n{BODY}\n"
    assert strip_paged_furniture(text, []) is text
