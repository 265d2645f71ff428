"""An HTML tag left on its own line in Markdown pasted as text ("<meta http-equiv=...>")
is markup for a browser: never the release's title, nor a unit of its text. Made-up
notice."""

from __future__ import annotations

from briefing.ingest import release_from_text
from briefing.ingest.text_fragments import is_markup_line


def test_a_tag_line_over_the_title_is_no_title() -> None:
    text = """\
<meta http-equiv='Content-Type' content='text/html; charset=utf-8' />

##Sample tax; sample dividends; adjustment period

The State Secretary for Examples has decided as follows. This decision approves a longer
period for adjusting the sample rulings.

####Introduction

During the debate on the sample act, the State Secretary promised a longer period.
"""
    release = release_from_text(text)
    assert "meta" not in release.title
    assert release.title.lstrip("#").startswith("Sample tax")
    assert "http-equiv" not in release.text


def test_tag_lines() -> None:
    assert is_markup_line("<meta charset='utf-8' />")
    assert is_markup_line("</div><div class='main'>")
    assert not is_markup_line("<Attachment>")  # (a bracketed word, no tag)
    assert not is_markup_line("<b>Sample headline</b>")
