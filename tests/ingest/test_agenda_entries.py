"""A labelled line printed right over its next sibling (or right under its previous one)
heads nothing: an agenda's entries stay numbered entries, never crossheads, in plain text
and when the format sets them as headings. A Roman or lettered crosshead with its section's
text under it stays a heading. Made-up agendas and report."""

from __future__ import annotations

from pathlib import Path

from briefing.ingest import load_release
from briefing.ingest.agenda_entries import next_to_sibling
from briefing.ingest.segment import Block

AGENDA = """\
HARBOUR TRUST OF NORTHPORT
Special Meeting of the Finance Committee
Tuesday, March 3, 2026

AGENDA:

I. Call to Order and Roll Call
II. Approval of the Committee Minutes
III. Consideration of the Quay Works Contract
IV. Public Comment
V. Adjournment

Persons who need an accommodation to attend should call the clerk two days before the
meeting.
"""

REPORT = """\
Annual review of the harbour accounts

I. Introduction

The trust reviewed the accounts of the harbour for the year and found them in order, with
a surplus kept for the works on the quay.

II. Findings

The auditors found no error in the accounts and asked for a yearly check of the ledger.
"""

STYLED = """\
# Council meeting of 4 May 2026

## 1. Call to order

## 2. Approval of the agenda

## 3. Reports of the committees

The committees report on the works of the month and the state of the roads.
"""


POINTS = """\
# Board meeting of 9 June 2026

## 1. Opening of the meeting

a) Call to order

b) Roll call

## 2. Approval of the agenda

## 3. Reports of the committees

The committees report on the works of the month and the state of the roads.
"""


def _outline(tmp_path: Path, name: str, text: str) -> tuple[list[str], list[str]]:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    release = load_release(path, suggest=False)
    headings = [release.node_text(n) for n in release.root.walk() if n.kind == "heading"]
    labels = [n.label for n in release.root.walk() if n.label and n.kind != "heading"]
    return headings, labels


def test_a_roman_agenda_is_a_list_of_entries(tmp_path: Path) -> None:
    headings, labels = _outline(tmp_path, "agenda.txt", AGENDA)
    assert labels[:5] == ["I.", "II.", "III.", "IV.", "V."]
    assert not any("Call to Order" in h or "Adjournment" in h for h in headings)


def test_roman_crossheads_over_their_text_stay_headings(tmp_path: Path) -> None:
    headings, _ = _outline(tmp_path, "report.txt", REPORT)
    assert any(h.endswith("Introduction") for h in headings)
    assert any(h.endswith("Findings") for h in headings)


def test_styled_entries_over_their_next_number_are_entries(tmp_path: Path) -> None:
    headings, labels = _outline(tmp_path, "minutes.md", STYLED)
    assert "1." in labels and "2." in labels
    assert not any("Call to order" in h for h in headings)


def test_an_entry_with_its_own_points_over_its_next_number_is_an_entry(tmp_path: Path) -> None:
    headings, labels = _outline(tmp_path, "board.md", POINTS)
    assert "1." in labels
    assert not any("Opening of the meeting" in h for h in headings)


def _block(text: str) -> Block:
    return Block(text=text)


def test_next_to_sibling_reads_the_sequence() -> None:
    run = [_block("I. Call to Order"), _block("II. Minutes"), _block("IV. Other")]
    assert next_to_sibling(run, 0)
    assert next_to_sibling(run, 1)
    assert not next_to_sibling(run, 2)  # (III. is missing: IV. is no neighbour of II.)
    mixed = [_block("1. Minutes of the meeting"), _block("(b) Demand list")]
    assert not next_to_sibling(mixed, 0)  # another family: no sibling
    points = [
        _block("5. Presentations"),
        _block("A. Remarks"),
        _block("B. Gifts"),
        _block("6. Oath"),
    ]
    assert next_to_sibling(points, 0)  # its own short points stand between: still an entry
    paragraph = (
        "1. The ombudsman of the republic stated that the new laws of the year had been"
        " adopted too quickly and without the views of the public"
    )
    sections = [_block("A. Scope of obligations"), _block(paragraph), _block("B. Framework")]
    assert not next_to_sibling(sections, 0)  # a paragraph under it: a section's heading


CAPITALS_AGENDA = """\
CITY OF WESTBROOK
Harbour Commission Meeting Agenda
Monday, April 6, 2026

A. CALL MEETING TO ORDER
B. SALUTE TO THE FLAG
C. ROLL CALL
Chair Doe, Vice-Chair Roe, Commissioners Poe and Moe
D. APPROVAL OF AGENDA
The commission may change the order of the items on this agenda before it starts.
E. PUBLIC COMMENT
F. APPROVAL OF MINUTES
G. PUBLIC HEARING
H. STAFF REPORTS
I. COMMISSION ITEMS
J. CLOSE OF THE MEETING
"""

CAPITALS_REPORT = """\
Review of the harbour works

A. WORKS ON THE QUAY

The trust rebuilt the north quay during the year and kept the south quay open for the
ferries while the works went on.

B. STATE OF THE ACCOUNTS

The accounts of the trust show a surplus, which the board set aside for the dredging of
the channel next year.
"""


def test_capital_letters_before_capitals_are_labels() -> None:
    from briefing.ingest import patterns as P

    found = P.match_label("B. SALUTE TO THE FLAG")
    assert found is not None and found.family == "ALPHA." and found.label == "B."
    # An initial before a surname in capitals is one word, or a name's comma ends it.
    assert P.match_label("A. SMITH") is None
    assert P.match_label("B. SMITH, MAYOR") is None


def test_an_agenda_in_capitals_is_one_list_of_entries(tmp_path: Path) -> None:
    headings, labels = _outline(tmp_path, "agenda.txt", CAPITALS_AGENDA)
    assert labels[:10] == ["A.", "B.", "C.", "D.", "E.", "F.", "G.", "H.", "I.", "J."]
    # The items with a line under them and the roll's names head nothing either.
    assert not any("APPROVAL OF AGENDA" in h or "Chair Doe" in h for h in headings)


def test_lettered_sections_in_capitals_over_paragraphs_stay_headings(tmp_path: Path) -> None:
    headings, _ = _outline(tmp_path, "report.txt", CAPITALS_REPORT)
    assert any("WORKS ON THE QUAY" in h for h in headings)
    assert any("STATE OF THE ACCOUNTS" in h for h in headings)


CAPITALS_HEADLINES = """\
FOR IMMEDIATE RELEASE
March 3, 2026

E. COLI OUTBREAK LINKED TO BAGGED GREENS

The health office is looking into an outbreak of illness in three towns and asks residents
to throw away the affected greens.

C. DIFF CASES FALL IN THE TOWN HOSPITALS

Hospital infections fell for the third year in a row, the office said in its yearly report.
"""


def test_a_lone_letter_over_capitals_is_a_word(tmp_path: Path) -> None:
    # A headline in capitals opening with a genus ("E. COLI") is no lettered item: no
    # series holds it ("A.", or its previous or next letter).
    path = tmp_path / "headlines.txt"
    path.write_text(CAPITALS_HEADLINES, encoding="utf-8")
    release = load_release(path, suggest=False)
    texts = [release.node_text(n) for n in release.root.walk() if n.kind == "heading"]
    labels = [n.label for n in release.root.walk() if n.label]
    assert labels == []
    assert any(t.startswith("C. DIFF") for t in texts)
    assert release.title.startswith("E. COLI")


CAPITALES_ORDEN = """\
AYUNTAMIENTO DE VILLALBA
Orden del día de la sesión ordinaria
3 de marzo de 2026

A. APERTURA DE LA SESIÓN
B. APROBACIÓN DEL ACTA ANTERIOR
C. LECTURA DE LA CORRESPONDENCIA
D. INFORMES DE LAS COMISIONES
E. RUEGOS Y PREGUNTAS
"""


def test_accented_capitals_and_one_letter_words_are_capitals() -> None:
    from briefing.ingest import patterns as P

    for line in ("B. APROBACIÓN DEL ACTA", "E. RUEGOS Y PREGUNTAS", "C. ÉTAT DES LIEUX"):
        found = P.match_label(line)
        assert found is not None and found.label == line[:2], line
    assert P.match_label("A. SMITH") is None


def test_an_agenda_in_accented_capitals_is_one_list_of_entries(tmp_path: Path) -> None:
    headings, labels = _outline(tmp_path, "orden.txt", CAPITALES_ORDEN)
    assert labels == ["A.", "B.", "C.", "D.", "E."]
    assert headings == []
