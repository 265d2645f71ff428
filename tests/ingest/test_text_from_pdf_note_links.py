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


def test_notes_on_every_page_link_to_their_own_page_and_quickly():
    text = "".join(PAGE.format(n=n) for n in range(1, 401))
    started = time.perf_counter()
    release = release_from_text(text)
    elapsed = time.perf_counter() - started
    notes = [n for n in release.nodes() if n.kind == "footnote"]
    assert len(notes) >= 800  # (note 3's marker was lost: it is found, not linked)
    for note in notes[-2:]:
        holder = next(n for n in release.nodes() if note in n.children)
        assert (
            "70/400" in release.text[holder.start : holder.end]
            or "regional" in (release.text[holder.start : holder.end])
        )
    assert elapsed < 5  # (was quadratic, 6 s here: an unlinked note searched every block above)
