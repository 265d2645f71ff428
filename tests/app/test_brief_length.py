"""The Brief tab warns when the body will not fit on two pages (a measured estimate)."""

from __future__ import annotations

from .conftest import make_release


def test_two_page_warning_counts_lines(window):
    window.set_release(make_release(["One paragraph."]))
    tab = window.brief_tab
    tab.body.setPlainText("## Key points\n\n" + "\n\n".join(["A short point."] * 20))
    assert tab.warning.text() == ""
    # ~180 words, but 60 separate points fill more than two pages of lines.
    tab.body.setPlainText("## Key points\n\n" + "\n\n".join(["A short point."] * 60))
    assert "longer than two" in tab.warning.text()
    assert tab.count.text() == "180 words"
