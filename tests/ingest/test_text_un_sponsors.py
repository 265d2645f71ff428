"""A UN draft resolution as text: its sponsor line stars the State speaking for a group
("Examplia, Ruritania,* Freedonia ...: draft resolution") and the page foot explains the
star ("* On behalf of the States members of ..."): the note belongs to the sponsor line,
not to the paragraph printed above the page foot. A star after a full stop, or in a
barcode, marks nothing. Made-up draft."""

from __future__ import annotations

from briefing.ingest import release_from_text

DOC = """United Nations A/C.3/99/L.26
General Assembly Distr.: Limited
3 November 2099
Ninety-ninth session
Third Committee
Agenda item 71
Right of peoples to self-determination
Examplia, Ruritania,* Freedonia and Samplia: draft resolution
The right of the Examplian people to self-determination
The General Assembly,
Aware that the development of friendly relations among nations, based on
respect for the principle of equal rights and self-determination of peoples, is among
the purposes and principles of the United Nations,
Recalling its resolution 2625 (XXV) of 24 October 1970 on friendly relations,
__________________
* On behalf of the States members of the Organization of Examplian Cooperation.
1. Reaffirms the right of the Examplian people to self-determination;
2. Decides to consider the question at its next session.
"""


def test_the_star_note_goes_to_the_sponsor_line() -> None:
    release = release_from_text(DOC)
    note = next(n for n in release.nodes() if n.kind == "footnote")
    host = next(n for n in release.nodes() if note in n.children)
    assert release.node_text(host).startswith("Examplia, Ruritania,*")
    assert note.attrs.get("marker") == "*"
