"""A whole page: a list of other pages' headlines under a heading of the site's own
words ("On this topic") is the site's box, however long its links; a headed list of
the release's documents (a format, size, code or date in brackets) stays its references.
Made-up pages (``link_boxes.headline_links`` read by ``html_main.link_list``)."""

from __future__ import annotations

from briefing.ingest.readers.html import extract_html

FILLER = (
    "The Directorate invites comments on a proposal for new rules on the dredging of "
    "rivers and the disposal of the material taken up, and on how the work is reported. "
) * 3


def _page(body: str) -> str:
    return f"<html><head></head><body><main>{body}</main></body></html>"


def _items(links: list[str]) -> str:
    return "".join(f"<li><a href='/p{n}'>{text}</a></li>" for n, text in enumerate(links))


def test_a_headed_list_of_other_pages_headlines_goes() -> None:
    links = [
        "Why the harbour silts up every spring",
        "New survey of birds on the lower river",
        "How is the dredged material tested?",
        "County plans its flood defences",
    ]
    ex = extract_html(_page(f"<p>{FILLER}</p><h2>On this topic</h2><ul>{_items(links)}</ul>"))
    kept = [line.text for line in ex.lines]
    assert any("dredging of rivers" in text for text in kept)
    assert not any(text in links for text in kept)


def test_a_headed_list_of_the_release_s_documents_stays() -> None:
    links = [
        "Proposal for the new dredging rules (PDF, 1.2 MB)",
        "Consultation paper on the river habitats (14.03.2031)",
        "Procedure file (DR-2031-04)",
    ]
    ex = extract_html(
        _page(f"<p>{FILLER}</p><h2>Documents of the hearing</h2><ul>{_items(links)}</ul>")
    )
    kept = [line.text for line in ex.lines]
    for link in links:
        assert link in kept
