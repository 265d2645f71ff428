"""A readers' comment box (a field to type in, a send control, no prose) is dropped; a
column holding the release's prose and a form is walked into, not taken. Made-up pages."""

from __future__ import annotations

from pathlib import Path

from briefing.ingest.extracted import Line
from briefing.ingest.readers import read_file
from briefing.ingest.readers.html_walk import body_paragraph

_BODY = """<p>The river authority opened a new fish pass at the old weir on Monday, so
that salmon can swim upstream to their spawning grounds for the first time in decades.</p>
<p>The pass cost four million and took two years to build; the authority will count the
fish that use it with a camera at its upper end every autumn.</p>"""


def _read(tmp_path: Path, page: str) -> tuple[list[Line], list[str]]:
    path = tmp_path / "page.html"
    path.write_text(page, encoding="utf-8")
    extracted = read_file(path)
    return extracted.lines, [text for _, text in extracted.dropped]


def test_comment_box_is_dropped_and_text_kept(tmp_path: Path) -> None:
    page = f"""<html><body><div class="main"><h1>Fish pass opens at the old weir</h1>
{_BODY}<div class="talk"><div class="head">Log in</div><div class="write">
<textarea></textarea><button>Post</button></div><div class="empty">No comments yet, be
the first!</div><div class="foot">Powered by a comment service</div></div></div>
</body></html>"""
    lines, dropped = _read(tmp_path, page)
    texts = [line.text for line in lines]
    assert not any("No comments yet" in t or "Powered by" in t for t in texts)
    assert any(t.startswith("The river authority opened") for t in texts)
    assert any("No comments yet" in t for t in dropped)


def test_box_with_prose_and_a_field_is_not_taken_whole(tmp_path: Path) -> None:
    page = f"""<html><body><div class="col"><h1>Fish pass opens at the old weir</h1>
{_BODY}<form><textarea></textarea><button>Send</button></form></div></body></html>"""
    lines, _ = _read(tmp_path, page)
    assert sum(1 for line in lines if body_paragraph(line)) == 2


def test_text_in_divs_beside_a_form_is_not_taken(tmp_path: Path) -> None:
    text = (
        "The river authority opened a new fish pass at the old weir on Monday.<br>"
        "The pass cost four million and took two years to build.<br>" * 3
    )
    page = f"""<html><body><div class="wrap"><div class="story">{text}</div>
<div class="write"><textarea></textarea><button>Post</button></div></div></body></html>"""
    lines, _ = _read(tmp_path, page)
    assert any("fish pass" in line.text for line in lines)
