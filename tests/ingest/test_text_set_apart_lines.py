"""A short line of capitalised words (a name, a salutation) over a line opening in lower
case is a line of its own, not a paragraph cut by a page break; and the end of a list set
one short line at a time under the release's own lead-in is not a site's menu. Made-up
text in the shape of an act's appointments and of a letter."""

from __future__ import annotations

from briefing.ingest import release_from_text
from briefing.ingest.led_lists import lead_in_lists
from briefing.ingest.segment import Block
from tests.ingest.helpers import lost_words

_COURTS = ["Northern", "Southern", "Eastern", "Western", "Central", "Coastal", "Upland"]
_NAMES = ["Anna Example", "Boris Sample", "Clara Model", "David Instance", "Emma Specimen",
          "Felix Pattern", "Greta Template"]  # fmt: skip

_ENTRIES = "\n\n".join(
    f"judge of the {court} Regional Court\n{name}"
    for court, name in zip(_COURTS, _NAMES, strict=True)
)

DECREE = f"""DECREE OF THE PRESIDENT OF EXAMPLIA

On the appointment of judges of the regional courts

In accordance with Articles 12 and 40 of the Constitution of Examplia, I hereby decree:

1. To appoint for a term of three years:

{_ENTRIES}

judge of the Highland Regional Court
Hanna Final.

President of Examplia                    J. Example

Capital City

12 March 2031
"""


def _paragraphs(release) -> list[str]:
    return [
        " ".join(release.text[n.start : n.end].split())
        for n in release.nodes()
        if n.kind != "title"
    ]


def test_name_line_not_joined_to_the_court_line_under_it():
    release = release_from_text(DECREE)
    paragraphs = _paragraphs(release)
    for court, name in zip(_COURTS[1:], _NAMES, strict=False):
        # The name closes its own entry; the next court line opens the next one.
        assert not any(f"{name} judge of the {court}" in p for p in paragraphs), name
    assert any(p.startswith("judge of the Southern Regional Court") for p in paragraphs)


def test_list_under_the_lead_in_is_not_taken_for_a_menu():
    release = release_from_text(DECREE)
    assert not [r for r in release.removed if r.kind == "boilerplate"]
    assert not lost_words(DECREE, release)


LETTER = f"""Letter of the Minister to the Editor

{"The schools of Examplia reopen in September with new rules for the year. " * 4}

Dear Editor,

let me thank our teachers: with the new school year they face a task no one has faced before, and I write to thank them for the work they have done in the months behind us.

Yours sincerely,

Jane Example
"""


def test_salutation_stays_apart_from_the_letter_under_it():
    paragraphs = _paragraphs(release_from_text(LETTER))
    assert "Dear Editor," in paragraphs
    assert any(p.startswith("let me thank our teachers") for p in paragraphs)


CUT = """Statement by the Minister for Trade

The Minister said that the talks with the partners of the region would go on in May,
and that the agreement reached on the

3

fisheries of the coast would be signed by the end of the year in the capital.
"""


def test_a_paragraph_cut_by_a_page_still_goes_on():
    paragraphs = _paragraphs(release_from_text(CUT))
    assert any("reached on the fisheries of the coast" in p for p in paragraphs)


def _blocks(texts: list[str]) -> list[Block]:
    return [Block(text, blank_before=1) for text in texts]


_LIST = ["judge of the Northern Court", "Anna Example", "judge of the Southern Court"]


def test_menu_like_run_under_a_lead_in_closed_by_a_full_stop_is_the_releases():
    blocks = _blocks(["2. To appoint for a term of three years:", *_LIST, "Boris Sample."])
    runs = {1, 2, 3}
    assert lead_in_lists(blocks, runs, 1, lambda text: False) == runs


def test_site_menu_after_the_release_stays_a_menu():
    # No lead-in with a colon above it, and no entry closing a sentence under it.
    menu = ["Home", "News", "Speeches", "Contact"]
    blocks = _blocks(["The Minister will speak again on Monday.", *menu, "Follow us"])
    assert not lead_in_lists(blocks, {1, 2, 3, 4}, 1, lambda text: False)
    # A label with a colon ("Follow us:") is no lead-in of the release's either.
    blocks = _blocks(["Follow us:", *menu, "Privacy."])
    assert not lead_in_lists(blocks, {1, 2, 3, 4}, 1, lambda text: False)
