"""A paragraph set a point larger than the body (a release pasted together from two
sources) runs over a page break like any prose: full lines, no sentence end at the foot
of the page, lower case at the head of the next. Made-up PDF written with the fixture
builder of test_readers_pdf."""

from __future__ import annotations

from pathlib import Path

from briefing.ingest import load_release
from tests.ingest.test_readers_pdf import body, make_layout_pdf


def larger(text: str) -> list:
    return [(text, "mono", 11, 0)]


def test_larger_prose_runs_over_the_page_break(tmp_path: Path) -> None:
    first = [
        (72, 760, body("The council met in the morning and heard the reports of the")),
        (72, 748, body("three working groups on housing, transport and the harbour.")),
        (72, 724, body("The chair thanked the members for their work over the year.")),
        (72, 712, body("She said the next session would open in the first week of May.")),
        (72, 100, larger("The transport group proposed that the ring road be widened ")),
        (72, 86, larger("between the two bridges and that a new bus lane be opened on")),
    ]
    second = [
        (72, 760, larger("the western side before the works on the harbour begin in the")),
        (72, 746, larger("spring, so that the buses keep to their timetable meanwhile.")),
        (72, 720, body("The council approved the proposal without a vote and closed.")),
    ]
    release = load_release(make_layout_pdf(tmp_path / "two.pdf", [first, second]))
    texts = [release.node_text(n) for n in release.nodes()]
    joined = next(t for t in texts if t.startswith("The transport group"))
    assert "bus lane be opened on the western side" in joined
    assert not any(t.startswith("the western side") for t in texts)
