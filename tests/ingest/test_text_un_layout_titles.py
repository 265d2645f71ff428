"""The title of a UN document read as text (issue 11 item 5, ``pdftotext -raw``/``-layout``):
under the symbol and distribution block come the session, the agenda item and its name,
then the sponsors' line ("Examplia: amendment to draft resolution A/C.6/90/L.14"), then
the document's own title. Made-up documents in that shape."""

from __future__ import annotations

from briefing.ingest import release_from_text
from tests.ingest.helpers import lost_words

_AMENDMENT = (
    "United Nations A/C.6/90/L.31\n"
    "General Assembly Distr.: Limited\n"
    "12 November 2035\n"
    "Original: English\n"
    "35-10101 (E) 121135\n"
    "*3510101*\n"
    "Ninetieth session\n"
    "Sixth Committee\n"
    "Agenda item 77\n"
    "Cooperation among examplian coastal States\n"
    "Examplia and Samplia: amendment to draft resolution A/C.6/90/L.14\n"
    "International conference on the protection of examplian coasts and\n"
    "their fisheries\n"
    "In operative paragraph 3, replace “two years” with “three years”, and delete the\n"
    "words “including its modalities” at the end of the paragraph.\n"
)


def test_amendment_title_follows_its_sponsors_line() -> None:
    release = release_from_text(_AMENDMENT)
    assert release.title == (
        "International conference on the protection of examplian coasts and their fisheries"
    )
    assert release.date == "2035-11-12"
    assert not lost_words(_AMENDMENT, release)


def test_draft_resolution_title_still_follows_its_sponsors_line() -> None:
    text = _AMENDMENT.replace(
        "Examplia and Samplia: amendment to draft resolution A/C.6/90/L.14",
        "Examplia and Samplia: revised draft resolution",
    )
    release = release_from_text(text)
    assert release.title.startswith("International conference on the protection")
