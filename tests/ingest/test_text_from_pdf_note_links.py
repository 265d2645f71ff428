"""Linking numbered notes to their markers stays linear in a long text taken from a PDF
(many pages, each with its notes under a rule, one of them with its marker lost);
made-up text."""

from __future__ import annotations

import time

from briefing.ingest import release_from_text

PAGE = """\
Recalling its resolution 70/{n} of 25 September 2015 and the report of the Secretary-General,1
Noting the work of the regional commissions on the matter and their {n} reports,2
__________________
1 A/70/{n}.
2 See A/71/{n}, annex.
3 Ibid., para. {n}.
\f"""


def _cpu_seconds_to_read(pages: int):
    text = "".join(PAGE.format(n=n) for n in range(1, pages + 1))
    started = time.process_time()  # (CPU time: a loaded machine does not inflate it)
    release = release_from_text(text)
    return release, time.process_time() - started


def test_notes_on_every_page_link_to_their_own_page_and_quickly():
    _cpu_seconds_to_read(2)  # (warm: patterns compile on first use)
    _, small = _cpu_seconds_to_read(100)
    release, elapsed = _cpu_seconds_to_read(400)
    notes = [n for n in release.nodes() if n.kind == "footnote"]
    assert len(notes) >= 800  # (note 3's marker was lost: it is found, not linked)
    for note in notes[-2:]:
        holder = next(n for n in release.nodes() if note in n.children)
        assert (
            "70/400" in release.text[holder.start : holder.end]
            or "regional" in (release.text[holder.start : holder.end])
        )
    # Was quadratic (6 s here: an unlinked note searched every block above): four times
    # the pages then cost sixteen times the time; linear work costs about four times.
    assert elapsed < 8 * max(small, 0.05)
    assert elapsed < 5
