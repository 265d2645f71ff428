"""A short line ending on a dash that leads into what follows (a parliament's "as
follows—", a transcript's broken-off sentence) is a sentence's piece, never a heading.
Made-up texts."""

from __future__ import annotations

from briefing.ingest import release_from_text
from briefing.ingest.sentence_pieces import ends_on_lead_dash

RECORD = """\
EXAMPLE ASSEMBLY

The Speaker: Honourable Members, I wish to recognise the guests seated in the gallery:

1. The Governor of the Central Example Bank.

Also present this afternoon are the—

2. Judges of the Example Court of Appeal.

3. Members of the Example County Assembly.

I thank you.
"""


def test_lead_in_dash_line_is_no_heading():
    release = release_from_text(RECORD)
    headings = [release.node_text(n) for n in release.root.walk() if n.kind == "heading"]
    assert not any(h.startswith("Also present") for h in headings)


def test_shapes():
    assert ends_on_lead_dash("She is accompanied by the—")
    assert ends_on_lead_dash("That the House –")
    assert ends_on_lead_dash("In the said notification,—")
    assert ends_on_lead_dash("So, let me say —")
    # A dateline in capitals, a heading's first line, a page number: not lead-ins.
    assert not ends_on_lead_dash("CHICAGO —")
    assert not ends_on_lead_dash("Title 3—")
    assert not ends_on_lead_dash("- 2 -")
    assert not ends_on_lead_dash("Statement by the Minister — 2024")
