"""A letterhead centred by spaces over text with no blank lines between paragraphs
(pdftotext -layout of a scanned statement): its blank lines set the head apart, they do
not make the paragraphs blank-separated, so a sentence ending short of the margin ends
its paragraph (made-up statement)."""

from __future__ import annotations

from briefing.ingest import release_from_text

HEAD = [
    "                                   EXECUTIVE OFFICE OF THE EXAMPLE",
    "                                       OFFICE OF EXAMPLE AND SAMPLES",
    "                                              EXAMPLE CITY, EX 20999",
    "",
    "",
    "                                                                                March 3, 2031",
    "",
    "           STATEMENT OF EXAMPLE POLICY",
    "                              H.R. 99 – Harbour Safety Act of 2031",
    "",
]
BODY = [
    "The Office strongly supports the Harbour Safety Act, which would give the pilots and crews of",
    "every port the training, equipment and rest they need to work safely in all seasons, and it",
    "urges the Congress to pass it without delay.",
    "The bill would also fund a study of night boarding, which causes most injuries to pilots at sea,",
    "and it would let ports share the cost of new boats with the States that use their harbours the",
    "most, as the Office proposed last year in its plan for the safety of coasts and ports.",
    "The Office has concerns about two sections of the bill that set dates the ports cannot meet, and",
    "it looks forward to working with the Congress to set dates that every port is able to keep, as",
    "the ports have asked it to do.",
    "If the bill were presented to the President in its current form, he would sign it into law.",
    "",
    "                                         *******",
]


def test_short_sentence_end_under_a_centred_head_ends_its_paragraph():
    release = release_from_text("\n".join(HEAD + BODY))
    paragraphs = [release.text[n.start : n.end] for n in release.nodes() if n.kind == "paragraph"]
    assert any(p.startswith("The bill would also fund") for p in paragraphs), paragraphs
    assert any(p.startswith("The Office has concerns") for p in paragraphs), paragraphs
