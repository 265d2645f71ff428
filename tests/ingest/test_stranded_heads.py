"""A crosshead on a line of its own between two paragraphs of text copied out of a PDF with
no blank lines, under a paragraph that ends its sentence at the margin (made-up minutes)."""

from __future__ import annotations

from briefing.ingest import release_from_text
from briefing.ingest.stranded_heads import stranded_heading

COPIED = """\
Minutes of the Example Board meeting
1. The Board discussed the outlook for prices in the Example Republic over the
coming year and the risks around it. Members agreed that the picture had changed
little since the previous meeting and that the outlook was broadly balanced now.
Statement by Dr. Jane Example
2. Prices had risen a little faster than expected in the spring, mostly because
of higher food and energy costs, and were likely to stay near the target.
Members noted that wages had grown in line with the earlier projection.
Outlook for growth
3. Output was expected to grow at a moderate pace in the second half of the year.
"""


def _paragraphs(release) -> list[str]:
    return [release.text[n.start : n.end] for n in release.nodes() if n.kind != "list"]


def test_a_short_line_between_paragraphs_is_not_the_paragraph_above():
    release = release_from_text(COPIED)
    texts = _paragraphs(release)
    assert any(t.strip() == "Statement by Dr. Jane Example" for t in texts), texts
    assert any(t.strip() == "Outlook for growth" for t in texts), texts
    assert not any(t.rstrip().endswith("Jane Example") and len(t) > 40 for t in texts)


def test_only_a_short_bare_line_over_a_new_paragraph():
    ended = "Members agreed that the picture had changed little and that it was balanced."
    after = "2. Prices had risen a little faster than expected in the spring, mostly"
    assert stranded_heading(ended, "Statement by Dr. Jane Example", after, 80)
    assert stranded_heading(ended, "Outlook for growth", "Output was expected to grow", 80)
    # A sentence going on in lower case under it: the short line is a wrap.
    assert not stranded_heading(ended, "Outlook for growth", "and beyond that the", 80)
    # The paragraph above had not ended its sentence.
    assert not stranded_heading(ended[:-1], "Outlook for growth", after, 80)
    # A paragraph's last line ending its sentence, or stopping on "of", goes with it.
    assert not stranded_heading(ended, "Prices were stable.", after, 80)
    assert not stranded_heading(ended, "The outlook for the rate of", after, 80)
    # A line near the measure is prose cut at the margin, not a heading.
    assert not stranded_heading(ended, "Members noted that wages had grown in line with", after, 60)
