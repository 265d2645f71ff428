"""A postal line and a field holding a reference number or a link are never crossheads,
though short and bare: they record where or under what number. Made-up text."""

from __future__ import annotations

from briefing.ingest import release_from_text
from briefing.ingest.record_lines import (
    bare_byline,
    code_line,
    page_label,
    postal_line,
    reference_field,
)
from tests.ingest.helpers import heading_texts

LETTER = """\
CIRCULAR ON THE RENEWAL OF FISHING PERMITS

Harbour Office of the Northern Coast

Quay Street 4

481 20 Northport

The harbour office reminds all holders of fishing permits that the permits issued last
year expire at the end of March and must be renewed before the season opens.

Our ref.: 31/4471

Holders who apply after the first of April pay the late fee set by the council, and
their boats may not leave the harbour until the new permit is issued.
"""


def test_postal_and_reference_lines_head_nothing():
    release = release_from_text(LETTER)
    headings = [release.node_text(n) for n in release.root.walk() if n.kind == "heading"]
    assert not any(h.startswith(("481 20", "Our ref.")) for h in headings)


def test_the_shapes():
    assert postal_line("481 20 Northport")
    assert postal_line("P.C. 10432 - NORTHPORT")
    assert postal_line("Springfield, IL 62701")
    assert not postal_line("2030 Agenda")
    assert not postal_line("10 Downing Street")
    assert reference_field("Our ref.: 31/4471")
    assert reference_field("Registry no.: 12.345.678/0001-90")
    assert reference_field("To the hub: https://example.org/hub")
    assert not reference_field("Aid programme: 1987-88")
    assert not reference_field("Appendix 1: Key points of the facility")


GALLERY = """\
SNOW REPORT FOR THE WEEK

The week began with heavy snowfall in the north and ended with sunshine and rising
temperatures across the whole of the mountain range.

Picture 2 of 6

The snow cover reached record depths at the stations above two thousand metres.

Report in print (pdf, 2 MB)

The avalanche danger fell from level four to level two over the weekend.

Written by Jane Example

The next report follows on Friday, with the outlook for the coming weekend.
"""


def test_a_page_s_labels_of_its_pictures_files_and_author_head_nothing():
    release = release_from_text(GALLERY)
    headings = [release.node_text(n) for n in release.root.walk() if n.kind == "heading"]
    assert not any(h.startswith(("Picture", "Report in print", "Written by")) for h in headings)


def test_page_label_shapes():
    assert page_label("Picture 2 of 6")
    assert page_label("Bild 3 von 10")
    assert page_label("Report in print (pdf, 2 MB)")
    assert page_label("Written by Jane Example")
    assert page_label("Written by: Jane Example")  # a theme's field colon (session 42)
    assert not page_label("Written by:")
    assert not page_label("Part 2 of the report on the harbour works")
    assert not page_label("Written evidence")


CODED = """\
NOTIFICATION ON THE COUNCIL OF TEACHERS

The Ministry names the members of the council for the next three years.

XQ-LT-E-14052025-318842

(i) the first member shall chair the council;

(ii) the second member shall keep its records.
"""


def test_a_line_of_print_codes_heads_no_list():
    heads = heading_texts(release_from_text(CODED))
    assert not any("XQ-LT-E" in h for h in heads), heads
    assert code_line("XQ-LT-E-14052025-318842") and code_line("24-12345 051224")
    assert not code_line("24-12345 (E) 051224")  # ("(E)" holds no figure: not every word)
    assert not code_line("Report 2024-12345") and not code_line("2024") and not code_line("")


BYLINED = """\
Harbour Authority Opens New Ferry Terminal

By Jane Example

The harbour authority opened its new ferry terminal on Monday, with room for four ships at \
once and a hall for a thousand passengers.

The terminal replaces the old pier, which closed last year after storm damage, and doubles \
the number of daily crossings.
"""


def test_a_byline_alone_under_the_headline_heads_nothing():
    release = release_from_text(BYLINED)
    headings = [release.node_text(n) for n in release.root.walk() if n.kind == "heading"]
    assert "By Jane Example" not in headings


def test_bare_byline_shapes():
    assert bare_byline("By Jane Example")
    assert bare_byline("Por Agencia XYZ")
    assert bare_byline("Von Anna Muster")
    assert bare_byline("Par Jean Exemple et Anne Exemple")
    assert bare_byline("Por María de la Prueba")
    assert not bare_byline("By the numbers")
    assert not bare_byline("By The Way")
    assert not bare_byline("By 2030")
    assert not bare_byline("Por qué sube el precio del pan")
    assert not bare_byline("Von der Leyen besucht die Hafenstadt")
