"""Page numbers alone on their line in text taken from a paged document (archived press
transcripts, PDFs saved as text): removed as page furniture, and the paragraph the page
break cut is one paragraph again. Paragraph numbers and table row numbers alone on their
line stay. Made-up documents in the shape of real ones."""

from __future__ import annotations

from briefing.ingest import release_from_text
from briefing.ingest.extracted import Extracted
from briefing.ingest.lone_page_numbers import take_lone_page_numbers
from briefing.ingest.readers.text import lines_from_text
from briefing.perf import no_gc_pauses

LONG = (
    "the Minister said that the talks with the delegations had covered trade, "
    "security and the situation in the region and would continue next month"
)

TRANSCRIPT = f"""Transcript of press conference, Examplia, 3 March 2099

PRIME MINISTER:

Well ladies and gentlemen, thank you for coming. The meeting today was good and {LONG}
with all of the partners who are here today, and with those who could not come

 2

bureaucratising the situation would not help anybody and so {LONG}.

JOURNALIST:

Prime Minister, what happens next with the partners?

PRIME MINISTER:

We will meet again in April, {LONG}, and I expect that the officials will have
finished their work on the text by then, though the date is

 3

not yet fixed and {LONG}.

JOURNALIST:

Thank you.
"""


def _paragraph_texts(release) -> list[str]:
    return [
        " ".join(release.node_text(n).split()) for n in release.nodes() if n.kind == "paragraph"
    ]


def test_page_numbers_alone_are_removed_and_the_cut_paragraph_joined():
    release = release_from_text(TRANSCRIPT)
    texts = _paragraph_texts(release)
    assert not any(t[:2] in ("2 ", "3 ") for t in texts), texts
    assert any("could not come bureaucratising the situation" in t for t in texts), texts
    assert any("the date is not yet fixed" in t for t in texts), texts
    removed = [r.text for r in release.removed]
    assert "2" in removed and "3" in removed


PARAGRAPH_NUMBERS = f"""Statement of the Examplian Council, 3 March 2099

1

The Council met in Examplia on 2 March and {LONG}. It heard the reports of the
working groups, {LONG}, and thanked the chair for the work of the last year.

2

The Council decided to meet again in the spring, {LONG}, and asked the secretariat
to prepare the papers for that meeting in good time, {LONG}, so that all members
can read them before the meeting opens and send their remarks to the secretariat.

3

The Council thanked the host country for its hospitality.
"""


def test_paragraph_numbers_alone_on_their_line_are_kept():
    release = release_from_text(PARAGRAPH_NUMBERS)
    removed = [r.text for r in release.removed]
    assert "2" not in removed and "3" not in removed
    kept = [release.node_text(n).strip() for n in release.nodes()]
    assert "2" in kept and "3" in kept, kept


TABLE = """Annex: the fleet register

Each vessel is registered with the following information, set out as in the form below.

19

Name of the vessel owner

20

Telephone number, with the country and area codes

21

Name and call sign of the vessel

22

Type of fishing gear, FAO code
"""


def test_row_numbers_of_a_table_laid_out_a_cell_a_line_are_not_page_numbers():
    extracted = Extracted(lines=lines_from_text(TABLE), format="text")
    take_lone_page_numbers(extracted)
    assert extracted.removed == []
    transcript = Extracted(lines=lines_from_text(TRANSCRIPT), format="text")
    take_lone_page_numbers(transcript)
    assert transcript.removed == ["2", "3"]


def test_many_lone_figures_are_read_in_linear_time():
    # A statistical annex laid out one cell a line: thousands of bare "0" cells. Runs of
    # page numbers are found by the number they wait for; a look through every run for
    # each figure took 7 s here.
    import time

    cells = "\n\n".join(f"0\n\nRow {n} of the annex table" for n in range(20_000))
    extracted = Extracted(lines=lines_from_text(cells), format="text")
    # (This thread's CPU time: the process's would count a worker another test left
    # running, which once made 0.06 s read as 1.07 s in a full run. And with the garbage
    # collector paused, as load_release pauses it: in a full run the heap the earlier
    # tests left makes each collection the 20,000 lines set off walk all of it, which
    # measured the collector, 1.07 s of this thread's time, not the pass.)
    with no_gc_pauses():
        start = time.thread_time()
        take_lone_page_numbers(extracted)
        elapsed = time.thread_time() - start
    assert elapsed < 1.0
    assert extracted.removed == []


def _laid_out_page(n: int) -> str:
    sentence = (
        "The committee reviewed the outlook for prices and activity in the region, "
        f"and the members agreed that the risks in part {n} were balanced overall."
    )
    return "\n".join(sentence for _ in range(6))


def test_page_numbers_centred_under_a_laid_out_page_are_removed():
    # pdftotext -layout centres each page's number far in from the margin; copied without
    # its form feeds, the number stands alone between two pages of finished sentences.
    pad = " " * 44
    text = "Minutes of the Examplia Monetary Committee\n\n" + "\n\n".join(
        [
            _laid_out_page(1),
            f"{pad}2\n\n\nOutlook",
            _laid_out_page(2),
            f"{pad}3\n\n\nDecision",
            _laid_out_page(3),
        ]
    )
    release = release_from_text(text)
    removed = [r.text for r in release.removed]
    assert "2" in removed and "3" in removed, removed
    texts = _paragraph_texts(release)
    assert not any(t.split()[0] in ("2", "3") for t in texts), texts


def test_page_numbers_under_a_page_s_last_line_are_removed():
    # pdftotext (and a viewer's copy) sets a page's number right under the page's last
    # line, a blank line only after it; the pages break between sentences.
    text = "Minutes of the Examplia Monetary Committee\n\n" + "\n".join(
        [
            _laid_out_page(1),
            "2\n",
            "Outlook",
            _laid_out_page(2),
            "3\n",
            "Decision",
            _laid_out_page(3),
        ]
    )
    release = release_from_text(text)
    removed = [r.text for r in release.removed]
    assert "2" in removed and "3" in removed, removed
    texts = _paragraph_texts(release)
    assert not any(t.split()[0] in ("2", "3") for t in texts), texts


def test_numbers_under_sentences_stay_when_a_one_stands_alone_too():
    # Paragraph numbers alone on their line start at "1": not page numbers.
    text = "Minutes of the Examplia Monetary Committee\n\n" + "\n".join(
        ["1\n", _laid_out_page(1), "2\n", _laid_out_page(2)]
    )
    removed = [r.text for r in release_from_text(text).removed]
    assert "2" not in removed, removed


def test_page_numbers_centred_from_the_first_page_on_are_removed():
    # A PDF that numbers its first page too, copied out with pdftotext -layout and no form
    # feeds: "1", "2", "3" centred far in, a page of text apart. (A "1" at the margin would
    # be a paragraph's label; set far in under a page of text it is the page's number.)
    pad = " " * 44
    text = "Considerations for Examplia Fund Proposals\n\n" + "\n\n".join(
        [
            _laid_out_page(1),
            f"{pad}1\n\nOutlook",
            _laid_out_page(2),
            f"{pad}2\n\nDecision",
            _laid_out_page(3),
            f"{pad}3",
        ]
    )
    release = release_from_text(text)
    removed = [r.text for r in release.removed]
    assert all(n in removed for n in ("1", "2", "3")), removed
    assert not any(t.split()[0] in ("1", "2", "3") for t in _paragraph_texts(release))
