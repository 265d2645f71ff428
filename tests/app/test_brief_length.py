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


def test_decision_block_counts_in_the_estimate(window):
    """A decision note's block takes page-1 lines: a body that just fits a note for
    information no longer fits once the note is for decision."""
    from briefing.brief.length import fits_two_pages

    window.set_release(make_release(["One paragraph."]))
    tab = window.brief_tab
    blocks = [("Key points", True)]
    while fits_two_pages([*blocks, ("A short point.", False)])[0]:
        blocks.append(("A short point.", False))
    points = len(blocks) - 1
    assert not fits_two_pages(blocks, decision=True)[0]
    tab.body.setPlainText("## Key points\n\n" + "\n\n".join(["A short point."] * points))
    assert tab.warning.text() == ""
    tab.for_decision.setChecked(True)
    assert "longer than two" in tab.warning.text()
    tab.for_info.setChecked(True)
    assert tab.warning.text() == ""


def test_header_change_keeps_body_typing_not_yet_committed(window):
    window.set_release(make_release(["One paragraph."]))
    tab = window.brief_tab
    tab.body.setPlainText("## Key points\n\nTyped a moment ago.")
    tab.for_decision.setChecked(True)  # before the typing pause has passed
    assert "Typed a moment ago." in tab.body.toPlainText()
    window.ctrl.undo_stack.undo()  # the header step
    window.ctrl.undo_stack.undo()  # the typing step
    assert "Typed a moment ago." not in tab.body.toPlainText()
