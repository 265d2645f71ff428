"""A column of rates read at line starts is no numbered list (figure_labels.py): a
central bank's table of its rates copied as text, one cell a line, leaves "10.00" /
"Lombard credit auctions", "10.75" / "Loans secured by gold"; an outline numbers each
point once and never writes "7.00" or "1.05". An outline whose annex counts afresh from
"n.1", and a review's recommendations cited sparsely ("122.58", "122.93"), keep their
labels. Made-up text."""

from __future__ import annotations

from briefing.ingest import release_from_text

RATES = """Bank of Examplia raises the key rate to 11.00% p.a.

The Board of Directors decided on 3 March 2031 to raise the key rate by 50 basis points.

Interest rates on the Bank's main operations (% p.a.)

Overnight loans
1 day
11.50
Loans secured by gold
10.75
Loans secured by non-marketable assets
10.00
Lombard credit auctions
10.00
FX swap auctions
10.00
Key rate
07.00
Memo item

The next meeting of the Board is scheduled for 28 April 2031.
"""


def _labels(text: str) -> list[str]:
    release = release_from_text(text)
    return [node.label for node in release.nodes() if node.label]


def test_a_column_of_rates_gives_no_labels() -> None:
    labels = _labels(RATES)
    assert not any(label.startswith(("10.", "11.", "07.")) for label in labels), labels


OUTLINE = """Directive on the harbour estate

1. Purpose

1.1 This directive sets the rules for the use of the harbour estate by ships.

1.2 It applies to every berth, quay and basin of the estate.

1.10 The harbour master may grant exceptions in writing.

2. Annex: mooring rules

1.1 A ship moors at the berth the harbour master assigns to it.

1.2 A ship leaves its berth within two hours of the end of its loading.

1.10 A ship that cannot leave reports to the harbour master at once.
"""


def test_an_annex_counting_afresh_keeps_its_labels() -> None:
    labels = _labels(OUTLINE)
    assert labels.count("1.10") == 2, labels
    assert labels.count("1.1") == 2, labels


def test_sparse_recommendations_keep_their_labels() -> None:
    text = """Views on the recommendations received

122.58 The Government has examined the recommendation and considers it implemented.

122.93 Under the national programme the Government supports the families of victims.

122.97 The Government considers these recommendations implemented by the new law.
"""
    labels = _labels(text)
    assert {"122.58", "122.93", "122.97"} <= set(labels), labels
