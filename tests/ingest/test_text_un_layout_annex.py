"""Annexes of UN documents read as text (issue 11 item 5): "Annex", "Annex II" printed
on its own line over the annex's title heads an appended document of its own, so both
are headings (designation level 1, title level 2) and what the annex holds, tables
included, is content, never the page's tail. A caption under it is no title. Made-up."""

from __future__ import annotations

from briefing.ingest import release_from_text
from tests.ingest.helpers import lost_words

_ACT = (
    "                    Resolution adopted by the General Assembly on 3 May 2036\n"
    "\n"
    "                    91/12. Financing of the Examplian Mission\n"
    "\n"
    "                         The General Assembly,\n"
    "                         Having considered the report of the Secretary-General,\n"
    "                         1.   Decides to appropriate the amounts set out in annex I;\n"
    "                         2.   Also decides to credit the amounts set out in annex II.\n"
    "\n"
    "                    Annex I\n"
    "                    Financing for 2037 of the Examplian Mission\n"
    "\n"
    "                    Estimated appropriation for 2037                 12 345 600       11 222 300\n"
    "                    Recommendations of the Sixth Committee              (10 700)         (10 700)\n"
    "\n"
    "                    Annex II\n"
    "                    Credits reported for 2035\n"
    "\n"
    "                    Cancellation of commitments for 2034                (8 000)          (8 000)\n"
    "                    Other revenue                                        (4 000)          (2 600)\n"
)


def _headings(release) -> list[tuple[str, str]]:
    return [
        (release.node_text(n).strip(), n.attrs.get("level", ""))
        for n in release.nodes()
        if n.kind == "heading"
    ]


def test_annex_designation_and_title_are_headings_and_its_tables_content() -> None:
    release = release_from_text(_ACT)
    assert not lost_words(_ACT, release)
    assert _headings(release) == [
        ("Annex I", "1"),
        ("Financing for 2037 of the Examplian Mission", "2"),
        ("Annex II", "1"),
        ("Credits reported for 2035", "2"),
    ]
    annex_two = next(n for n in release.nodes() if release.node_text(n).strip() == "Annex II")
    title = annex_two.children[0]
    rows = [release.node_text(n).split("  ")[0] for n in title.children]
    assert rows == ["Cancellation of commitments for 2034", "Other revenue"]
    assert all(n.attrs.get("region") != "tail" for n in title.children)


def test_a_caption_under_an_appendix_is_no_title() -> None:
    text = (
        "Minutes of the Examplian Board meeting of 18 June 2036\n\n"
        "The Board decided to keep the policy rate unchanged at 1.125 per cent, as set\n"
        "out in the press release issued after the meeting on the same day.\n\n"
        "Appendix\n\n"
        "Table 1  Growth forecasts by major institutions\n\n"
        "Institution A\t1.52\n"
        "Institution B\t1.67\n"
    )
    release = release_from_text(text)
    assert [h for h, _ in _headings(release)] == ["Appendix"]
