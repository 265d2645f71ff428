"""A box the page marks as a dialog (role="dialog", role="alertdialog", aria-modal)
opens over the page: a consent banner, a sign-up box. It is the site's overlay, never
the release's text, whatever its class. Made-up pages."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefing.ingest.readers import read_file

_TEXT = """<h1>Port authority dredges the east channel</h1>
<p>The port authority began dredging the east channel on Tuesday so that larger grain
ships can reach the silos at low tide, and expects the work to end in six weeks.</p>
<p>Ferries keep their timetable while the dredger works at night.</p>"""

_BOX = """<div class="box-bottom" {mark}><p>This site stores small files on your device
to count visits and to remember the language you chose for the pages you read.</p>
<p><a href="/privacy">Read how we handle your data</a></p></div>"""


@pytest.mark.parametrize("mark", ['role="dialog"', 'role="alertdialog"', 'aria-modal="true"'])
def test_a_dialog_box_is_left_out(tmp_path: Path, mark: str) -> None:
    path = tmp_path / "page.html"
    page = f"<html><body><main>{_TEXT}{_BOX.format(mark=mark)}</main></body></html>"
    path.write_text(page, encoding="utf-8")
    text = " ".join(line.text for line in read_file(path).lines)
    assert "grain ships" in text and "timetable" in text
    assert "small files" not in text
