"""A release forwarded by e-mail, every line quoted with "> " (made-up text)."""

from __future__ import annotations

from briefing.ingest import release_from_text
from briefing.ingest.mail_quotes import unquote_mail

FORWARDED = """\
> Ministry of Examples opens a harbour safety centre
>
> The Ministry of Examples will open a safety centre for harbour pilots in
> Example Bay in April, the Minister announced today.
>
> The centre will train forty pilots a year. Pilots from every port may
> apply from next month.
>
> Applications are made through the port authorities.
"""

ARROWS = """\
The centre offers three courses:
> night boarding in heavy seas
> first aid on board
> radio procedures
> the harbour's rules
> a day at sea
Applications are made through the port authorities.
"""


def test_quoted_mail_reads_as_its_paragraphs():
    release = release_from_text(FORWARDED)
    paragraphs = [release.text[n.start : n.end] for n in release.nodes() if n.kind == "paragraph"]
    assert [p.split()[0] for p in paragraphs] == ["The", "The", "Applications"], paragraphs
    assert ">" not in release.text


def test_arrow_bullets_are_no_mail_quotes():
    lines = ARROWS.split("\n")
    assert unquote_mail(lines) is lines
    assert (
        unquote_mail(FORWARDED.split("\n"))[0]
        == "Ministry of Examples opens a harbour safety centre"
    )


def test_only_marks_that_can_be_taken_off_are_counted():
    # A ">" set in further is a line's own text (a quoted table, an arrow), not mail's mark.
    lines = ["  > a line", "  >", "  > another", "  > third", "  > fourth", "  > fifth"]
    assert unquote_mail(lines) is lines
