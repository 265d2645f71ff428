"""The pipeline's progress and Cancel hook (``briefing.ingest.progress``), without Qt."""

from __future__ import annotations

import pytest

from briefing.ingest import load_release
from briefing.ingest.progress import SCALE, Cancelled, report, reporting, share

from .test_readers_pdf import make_pdf


def pages(count: int) -> list[list[str]]:
    return [[f"{n}. Paragraph on page {n} about the talks."] for n in range(1, count + 1)]


def test_a_pdf_reports_its_pages_then_the_steps(tmp_path):
    path = make_pdf(tmp_path / "long.pdf", [["Long release"], *pages(12)])
    heard: list[tuple[int, int]] = []
    release = load_release(path, progress=lambda done, total: heard.append((done, total)))
    assert release.text
    assert {total for _done, total in heard} == {SCALE}
    done = [d for d, _total in heard]
    assert done == sorted(done) and done[0] == 0 and done[-1] > 0.9 * SCALE
    # Between pages (the reading share of the scale), not just between steps.
    assert len({d for d in done if 0 < d < 0.6 * SCALE}) >= 10


def test_a_cancel_stops_the_read_between_pages(tmp_path):
    path = make_pdf(tmp_path / "long.pdf", [["Long release"], *pages(12)])
    calls: list[int] = []

    def cancel_soon(done: int, _total: int) -> None:
        calls.append(done)
        if len(calls) == 4:
            raise Cancelled

    # Not turned into a ReleaseReadError by the readers' catch-all handlers.
    with pytest.raises(Cancelled):
        load_release(path, progress=cancel_soon)
    assert len(calls) == 4


def test_a_text_release_reports_its_steps(tmp_path):
    path = tmp_path / "short.txt"
    path.write_text("Release\n\n1. One.\n\n2. Two.\n", encoding="utf-8")
    heard: list[int] = []
    load_release(path, progress=lambda done, _total: heard.append(done))
    assert heard == sorted(heard) and len(heard) >= 5


def test_without_a_callback_reporting_does_nothing():
    report(3, 10)  # the command line and the tests read without one


def test_shares_nest_in_the_scale():
    heard: list[int] = []
    with reporting(lambda done, _total: heard.append(done)), share(0.5, 1.0):
        report(1, 2)
    assert heard == [SCALE // 2, 3 * SCALE // 4, SCALE]
