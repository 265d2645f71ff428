"""An amending act quotes the paragraphs it inserts, each opening on a quotation mark
before its own label: the quoted paragraph keeps its label, one level under the
paragraph that inserts it (made-up order)."""

from __future__ import annotations

from briefing.ingest import release_from_text
from briefing.ingest.patterns import match_label
from briefing.ingest.web_chrome import is_site_line

ORDER = """\
Amendment of the Harbour Order

1. The Harbour Order is amended as follows:

(a) paragraph 4 is amended to read:

“(k) Office of Pilotage and Towage.”; and

(b) the following paragraph is inserted after paragraph (k):

“(m) Office of Lighthouses and Buoys.”

2. This order takes effect on the day of its publication.
"""


def test_a_quoted_label_is_read_after_its_quotation_mark():
    text = "“(k) Office of Pilotage and Towage.”; and"
    found = match_label(text)
    assert found is not None and found.label == "(k)"
    assert text[found.body_offset :] == "Office of Pilotage and Towage.”; and"
    assert match_label('"16. Mr Example Person, Director').label == "16."
    assert match_label("« Article premier : Le conseil est institué.").label == "Article premier"


def test_quoted_speech_is_no_label():
    assert match_label("“I think the harbour is safe,” she said.") is None
    assert match_label("“- Not a list,” he wrote.") is None
    assert match_label("“2024 was a good year for the port.”") is None
    # A paragraph and its first point quoted together: whose label is it? Neither.
    assert match_label("“(l) (a) For the first period, the rate is") is None


def test_quoted_paragraphs_nest_under_the_paragraph_inserting_them():
    release = release_from_text(ORDER)
    depth_of: dict[str, list[int]] = {}

    def walk(nodes, depth):
        for node in nodes:
            if node.label and node.kind in ("paragraph", "item"):
                depth_of.setdefault(node.label, []).append(depth)
            walk(node.children, depth + 1 if node.label else depth)

    walk(release.root.children, 1)
    assert depth_of["1."] == [1]
    assert depth_of["(a)"] == [2] and depth_of["(b)"] == [2]
    assert depth_of["(k)"] == [3] and depth_of["(m)"] == [3]
    assert depth_of["2."] == [1]


def test_one_sub_section_cited_thrice_is_no_language_menu():
    head = (
        "EXTRAORDINARY Part II Section 3 Sub-section (ii) published by authority "
        "Ministry of Harbours Notification Part II Section 3 Sub-section (ii) of the "
        "Gazette is amended under sub-section (ii) of section 4 as follows, namely: "
        "in the said notification the entries against serial number 1 are substituted"
    )
    assert not is_site_line(head)
    assert is_site_line("English (en) Français (fr) Deutsch (de) Español (es) " + "x " * 70)


SCHEDULE = """\
Amendment of the Lighthouse Schedule

Section 1. Schedule. The Lighthouse Order is amended as follows:

(a) the schedule is amended to read:

“(i) Office of the Keeper of the North Light;

(ii) Office of the Keeper of the South Light.”

(b) paragraph 7 is repealed.

Sec. 2. Effect. This order takes effect at once.
"""


def test_the_quoted_paragraph_after_a_quoted_one_is_its_sibling():
    release = release_from_text(SCHEDULE)
    depth_of: dict[str, list[int]] = {}

    def walk(nodes, depth):
        for node in nodes:
            if node.label and node.kind in ("paragraph", "item"):
                depth_of.setdefault(node.label, []).append(depth)
            walk(node.children, depth + 1 if node.label else depth)

    walk(release.root.children, 1)
    assert depth_of["(i)"] == [3] and depth_of["(ii)"] == [3]
    assert depth_of["(b)"] == [2]
    assert depth_of["Sec. 2."] == [1]
