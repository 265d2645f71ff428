"""Releases typed in capitals throughout, scanned and read back a block of printed lines
at a time with blank lines between: a block of prose that stops on a bare word or a
comma goes on in the next block, though that one opens with a capital (every word
does). Made-up text."""

from __future__ import annotations

from briefing.ingest import release_from_text
from briefing.ingest.capitals_prose import capitals_prose_cut

TEXT = """\
 MEDIA RELEASE

 THE MINISTER FOR EXAMPLES TODAY WELCOMED THE REPORT OF THE REVIEW OF THE REGIONAL CENTRES, WHICH HAD BEEN ASKED TO LOOK AT THE WORK OF THE CENTRES IN THE

 NORTHERN TOWNS OVER THE LAST TEN YEARS AND AT WHAT THE TOWNS WILL NEED FROM THEM.

 THE REVIEW FOUND THAT THE CENTRES HAD DONE OUTSTANDING WORK. THEIR STAFF HAVE BEEN ASKED TO DO MORE EVERY YEAR WITH LESS, AND THE GOVERNMENT WILL NOW

 PROVIDE THE FUNDS THEY NEED TO KEEP THEIR DOORS OPEN FOR THE NEXT THREE YEARS.

 THE MINISTER THANKED THE MEMBERS OF THE REVIEW FOR THEIR WORK OVER MANY MONTHS.

 THE MINISTER ALSO THANKED THE STAFF OF THE CENTRES FOR THEIR HELP WITH IT.

 THE REVIEW'S REPORT WILL BE TABLED IN THE PARLIAMENT WHEN IT SITS AGAIN.

 THE CENTRES WILL HOLD OPEN DAYS IN APRIL FOR THE TOWNS THEY SERVE.

 THE FIRST OF THEM WILL BE HELD IN THE LARGEST OF THE NORTHERN TOWNS.

 FURTHER DETAILS WILL BE ANNOUNCED BY THE CENTRES THEMSELVES.

 CANBERRA, 12 MARCH 1987
"""


def _paragraphs(text: str) -> list[str]:
    release = release_from_text(text)
    return [
        release.text[n.body_start : n.end]
        for n in release.root.walk()
        if n.kind == "paragraph"
    ]


def test_a_capitals_paragraph_cut_between_blocks_is_one_paragraph():
    paragraphs = _paragraphs(TEXT)
    assert any(p.startswith("THE MINISTER FOR EXAMPLES") and "WILL NEED FROM THEM" in p for p in paragraphs)
    assert any(p.startswith("THE REVIEW FOUND") and "NEXT THREE YEARS" in p for p in paragraphs)
    assert not any(p.startswith(("NORTHERN TOWNS OVER", "PROVIDE THE FUNDS")) for p in paragraphs)


def test_headings_and_letterheads_in_capitals_are_no_cut_prose():
    assert not capitals_prose_cut("SENATOR THE HON JANE EXAMPLE LEADER OF THE OPPOSITION IN THE SENATE SHADOW MINISTER FOR TRADE")
    assert not capitals_prose_cut("REPORT OF THE COMMITTEE ON THE ELIMINATION OF RACIAL DISCRIMINATION")
    assert not capitals_prose_cut(
        "THE HON. JANE EXAMPLE MHR, LEADER OF THE OPPOSITION MR JOHN SAMPLE MHR, SHADOW MINISTER FOR TRADE"
    )
    assert not capitals_prose_cut("The Minister said the centres had done outstanding work, and that the towns of the")
    assert capitals_prose_cut("THE REVIEW FOUND THAT THE CENTRES HAD DONE OUTSTANDING WORK. THEIR STAFF HAVE BEEN ASKED TO DO MORE")


def test_typed_bullets_read_as_points_are_items():
    from briefing.ingest.patterns import match_label

    text = """\
 MEDIA RELEASE

 THE MINISTER ASKED THE REVIEW TO ANSWER THREE QUESTIONS ABOUT THE REGIONAL CENTRES.

 . WHAT WORK HAVE THE CENTRES DONE FOR THE TOWNS OF THE NORTH OVER TEN YEARS?

 . WHAT WILL THE TOWNS NEED FROM THEM OVER THE NEXT TEN YEARS?

 . HOW SHOULD THE GOVERNMENT FUND THE WORK THEY WILL DO?

 THE REVIEW WILL REPORT TO THE MINISTER BEFORE THE END OF THE YEAR.

 THE MINISTER THANKED THE MEMBERS OF THE REVIEW FOR TAKING ON THE WORK.

 THE REVIEW'S REPORT WILL BE TABLED IN THE PARLIAMENT WHEN IT SITS AGAIN.

 THE CENTRES WILL HOLD OPEN DAYS IN APRIL FOR THE TOWNS THEY SERVE.

 CANBERRA, 12 MARCH 1987
"""
    release = release_from_text(text)
    labelled = [n for n in release.root.walk() if n.label == "."]
    assert len(labelled) == 3
    # A dot leader or a stray point before lower case is no bullet.
    assert match_label(". . . / 2") is None
    assert match_label(". and the rest") is None
