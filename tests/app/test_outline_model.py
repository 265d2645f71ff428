"""The outline item model is a well-behaved Qt model."""

from __future__ import annotations

from briefing.app.document.outline_model import COL_KIND, COL_OUTLINE, OutlineModel, first_words
from briefing.model import Project

from .conftest import make_release


def test_model_passes_qtmodeltester(qtmodeltester):
    project = Project(releases=[make_release(["One.", "Two."]), make_release(["x"], rid="r2")])
    model = OutlineModel(project)
    qtmodeltester.check(model, force_py=True)


def test_rows_show_label_first_words_and_kind():
    model = OutlineModel(Project(releases=[make_release(["Ministers met in Seoul today."])]))
    release_index = model.index(0, 0)
    assert release_index.data() == "Test release"
    para = model.index(1, COL_OUTLINE, release_index)
    assert para.data() == "1. Ministers met in Seoul today."
    assert para.siblingAtColumn(COL_KIND).data() == "paragraph"


def test_insert_and_remove_release_keep_model_valid(qtmodeltester):
    project = Project(releases=[make_release(["One."])])
    model = OutlineModel(project)
    qtmodeltester.check(model, force_py=True)
    model.insert_release(1, make_release(["Two."], rid="r2"))
    assert model.rowCount() == 2
    model.remove_release(0)
    assert model.rowCount() == 1
    qtmodeltester.check(model, force_py=True)


def test_first_words_cuts_at_a_word():
    assert first_words("word " * 40).endswith("…")
    assert first_words("short") == "short"
