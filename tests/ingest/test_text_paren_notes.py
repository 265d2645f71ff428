"""Notes numbered in brackets in text copied from an EU act or a parliament's report:
"... européen (1)," in the body, "(1) JO C 303 ..." after it. Made-up text in the shape
of an Official Journal act copied from its web page."""

from __future__ import annotations

from briefing.ingest import release_from_text

ACT = """\
RÈGLEMENT (UE) 2099/1 DU PARLEMENT EUROPÉEN ET DU CONSEIL

du 12 décembre 2099

relatif à la gestion durable des flottes de pêche

LE PARLEMENT EUROPÉEN ET LE CONSEIL DE L’UNION EUROPÉENNE,

vu l’avis du Comité économique et social européen (1),

statuant conformément à la procédure législative ordinaire (2),

considérant ce qui suit:

(1)

Le règlement (CE) no 9999/2008 du Conseil (3) a mis en place un régime d’autorisations.

(2)

L’Union est partie à la convention du 10 décembre 1982 (4) (CNUDM) et à l’accord «Mieux légiférer» (5).

ONT ADOPTÉ LE PRÉSENT RÈGLEMENT:

Article premier

Le présent règlement s’applique aux navires visés à l’article 3, paragraphe (1), et au point (2).

Par le Parlement européen

Le président

(1) JO C 999 du 19.8.2099, p. 116.

(2) Position du Parlement européen du 2 février 2099.

(3) Règlement (CE) no 9999/2008 du Conseil du 29 septembre 2008 concernant les autorisations
de pêche (JO L 286 du 29.10.2008, p. 33).

(4) JO L 179 du 23.6.1998, p. 1.

(5) JO L 123 du 12.5.2016, p. 1.
"""

MINUTES = """\
Monetary Policy Meeting Minutes

Several directors noted risks from (1) trade talks; (2) extreme weather.

(1) Discussion on domestic economic conditions
Several directors gave views on the outlook.
(2) Discussion on the proposed policies
All directors supported the decision.
"""


def _notes(release):
    parent = {c.id: p for p in release.root.walk() for c in p.children}
    return {
        n.label: (release.node_text(n), release.node_text(parent[n.id]))
        for n in release.root.walk()
        if n.kind == "footnote"
    }


def test_bracketed_notes_link_to_their_markers():
    notes = _notes(release_from_text(ACT))
    assert set(notes) == {"(1)", "(2)", "(3)", "(4)", "(5)"}
    assert notes["(1)"][0] == "JO C 999 du 19.8.2099, p. 116."
    assert "vu l’avis" in notes["(1)"][1]  # (the citations may be read as one block)
    assert "statuant" in notes["(2)"][1]
    assert notes["(3)"][1].startswith("Le règlement (CE) no 9999/2008")
    assert notes["(4)"][1].startswith("L’Union est partie")  # (after a year)
    assert notes["(5)"][1].startswith("L’Union est partie")  # (after a closing quote)
    assert "(JO L 286" in notes["(3)"][0]  # (a wrapped note's lines stay with it)


def test_a_closing_run_of_headings_is_no_note_list():
    assert not _notes(release_from_text(MINUTES))


def test_points_referred_to_are_not_markers():
    text = ACT.replace("(1),\n\nstatuant", ",\n\nstatuant").replace("ordinaire (2)", "ordinaire")
    # Only "paragraphe (1)" and "point (2)" print those numbers now: no marker for them.
    notes = _notes(release_from_text(text))
    assert "(1)" not in notes and "(2)" not in notes


def test_a_long_closing_list_over_a_long_text_is_one_pass():
    import time

    from briefing.ingest.extracted import Line
    from briefing.ingest.text_paren_notes import link_bracketed_notes

    body = [Line(f"The committee considered item ({i % 50}) at length.") for i in range(20000)]
    tail = [Line(f"({n}) An entry of the closing list.") for n in range(1, 400)]
    started = time.perf_counter()
    link_bracketed_notes(body + tail)
    assert time.perf_counter() - started < 3.0  # (was ~15 s searched entry by entry)
