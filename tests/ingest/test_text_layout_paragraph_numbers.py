"""The next paragraph number opens a paragraph in text laid out by ``pdftotext -layout``,
where the numbers stand 20 and more spaces in (made-up resolution): a crosshead line
above it, which ends on no stop, does not run on into it."""

from __future__ import annotations

from briefing.ingest import release_from_text
from briefing.ingest.label_runs import sequence_starts

M = " " * 16  # the body's margin
P = " " * 22  # a paragraph's first line: the margin and the first-line indent

LAID_OUT = f"""\
{M}     The General Assembly,
{M}      Recalling its resolution 70/100 of 1 July 2016 on the lighthouse fund,
{P}1.    Takes note of the report of the Secretary-General on the lighthouse
{M}fund for the period from 1 July 2024 to 30 June 2025;
{P}2.    Decides to maintain the funding mechanism of the fund used in the
{M}current period;
{M}Estimates for the period from 1 July 2025 to 30 June 2026
{P}3. Approves the requirements of the fund in the amount of 1,234,500 dollars
{M}for the period from 1 July 2025 to 30 June 2026;
{M}Financing of the fund for the period from 1 July 2025 to 30 June 2026
{P}4. Decides that the requirements of the fund shall be met from the
{M}unencumbered balance of the period ended 30 June 2024.
"""


def test_deeply_indented_numbers_are_found():
    lines = LAID_OUT.splitlines()
    assert sequence_starts(lines) == {4, 7, 10}  # 2, 3 and 4, each after the one before


def test_the_line_above_the_next_number_does_not_run_into_it():
    release = release_from_text(LAID_OUT)
    texts = [release.node_text(n) for n in release.nodes()]
    three = next(t for t in texts if t.startswith("Approves") or t.startswith("3."))
    assert "Estimates" not in three
    four = next(t for t in texts if t.startswith("Decides that") or t.startswith("4."))
    assert "Financing" not in four


# A report numbering its paragraphs through the text and its sub-sections' headings
# 1, 2, 3: the paragraphs' numbering goes on after each heading.
SUB_SECTIONS = f"""\
{M}14. The decrease is attributable to lower requirements for the keepers.
{M}1.    Keepers
{M}15. The proposed resources for keepers amount to $565,800.
{M}2.    Boatmen
{M}16. The proposed resources for boatmen amount to $326,300, the Committee
{M}trusts, in the context of the next proposed budget report
{M}17. The Committee recommends the approval of the proposals for boatmen.
"""


def test_the_numbering_goes_on_past_numbered_headings():
    lines = SUB_SECTIONS.splitlines()
    assert {2, 4, 6} <= sequence_starts(lines)  # 15, 16 and 17


# The same in a Cyrillic and a Greek text (made-up orders): the next number opens a
# paragraph under a line ending on a bracket, since a capital of any script opens its
# sentence; a figure wrapped to a line's start still goes on in lower case.
CYRILLIC = """\
     1. Утвердить прилагаемое положение о комиссии по садам и паркам
(в редакции приказа от 1 марта 2001 г. N 12)
     2. Признать утратившим силу приказ от 5 мая 1999 г.
     3. Настоящий приказ вступает в силу со дня его подписания, кроме
    4. рабочих дней после опубликования.
"""

GREEK = """\
1. Την έγκριση του προγράμματος των πάρκων (ΦΕΚ Β 123)
2. Την ανάθεση της μελέτης στην επιτροπή κήπων
"""


def test_a_capital_of_any_script_opens_the_next_paragraph():
    assert sequence_starts(CYRILLIC.splitlines()) == {2, 3}
    assert sequence_starts(GREEK.splitlines()) == {1}
