"""Forged or damaged values in project, lock and recovery files give a clear answer, never
a traceback (issue 14)."""

from __future__ import annotations

import pytest

from briefing.storage import ProjectFileError, open_project
from briefing.storage.lock import process_alive


def test_an_integer_of_thousands_of_digits_is_a_damaged_project(tmp_path):
    path = tmp_path / "big.briefing"
    path.write_text('{"format": "briefing-project", "version": ' + "9" * 5000 + "}",
                    encoding="utf-8")
    with pytest.raises(ProjectFileError) as caught:
        open_project(path)
    message = str(caught.value)
    assert "big.briefing" in message and "damaged project file" in message
    assert "\n" not in message


@pytest.mark.parametrize("pid", [2**63, 2**64 + 5, 10**30])
def test_a_huge_pid_is_not_a_live_process(pid):
    assert process_alive(pid) is False


def test_a_project_too_big_to_open_is_never_saved(tmp_path, monkeypatch):
    from briefing.storage import projectfile, save_project
    from tests.storage.helpers import sample_project

    path = tmp_path / "p.briefing"
    save_project(sample_project(), path)
    before = path.read_bytes()
    monkeypatch.setattr(projectfile, "MAX_FILE_BYTES", len(before) // 2)
    with pytest.raises(ProjectFileError) as caught:
        save_project(sample_project(), path)
    assert "larger than" in str(caught.value) and "not saved" in str(caught.value)
    assert path.read_bytes() == before  # the file on disk is untouched
