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


def test_a_starred_country_line_under_the_title_ends_the_title_block() -> None:
    text = (
        "                                                                   A/HRC/WG.6/9/EXA/3\n"
        "                                                                   12 November 2031\n"
        "\n"
        "HUMAN RIGHTS COUNCIL\n"
        "Working Group on the Universal Periodic Review\n"
        "Ninth session\n"
        "\n"
        "      SUMMARY PREPARED BY THE OFFICE OF THE HIGH COMMISSIONER FOR\n"
        "        HUMAN RIGHTS, IN ACCORDANCE WITH PARAGRAPH 15 (C) OF THE\n"
        "            ANNEX TO HUMAN RIGHTS COUNCIL RESOLUTION 5/1\n"
        "\n"
        "                                Examplia*\n"
        "\n"
        "        The present report is a summary of five stakeholders' submissions to the\n"
        "review. It follows the structure of the general guidelines adopted by the Council.\n"
        "\n"
        "______________________\n"
        "* The present document was not edited before being sent to translation services.\n"
    )
    release = release_from_text(text)
    assert not lost_words(text, release)
    assert release.title.endswith("RESOLUTION 5/1 Examplia")
    assert not [n for n in release.nodes() if n.kind == "heading"]
    title = next(n for n in release.nodes() if n.kind == "title")
    assert [c.label for c in title.children if c.kind == "footnote"] == ["*"]


def test_the_line_under_addendum_is_the_addendums_title() -> None:
    text = (
        "              United Nations                                             A/HRC/91/15/Add.1\n"
        "              General Assembly                                   Distr.: General\n"
        "                                                                 19 February 2036\n"
        "\n"
        "Human Rights Council\n"
        "Ninety-first session\n"
        "\n"
        "            Report of the Working Group on the Universal Periodic\n"
        "            Review\n"
        "\n"
        "            Examplia\n"
        "\n"
        "            Addendum\n"
        "\n"
        "            Views on conclusions and/or recommendations, voluntary commitments\n"
        "            and replies presented by the State under review\n"
        "\n"
        "\n"
        "           1.    This document contains the response of the Government of Examplia to\n"
        "      the recommendations made during its review.\n"
    )
    release = release_from_text(text)
    assert release.subtitle.startswith("Views on conclusions and/or recommendations")
    assert [n.kind for n in release.nodes() if n.kind == "paragraph"] == ["paragraph"]
