"""The incisos of a Brazilian or Portuguese act ("I - ...", "II - ...") are numbered with
roman numerals: "I" is one, not the ninth letter. A list of incisos that opens under an
article's paragraph ("§ 1º ... composta:") is that paragraph's list, one level down,
not the article's earlier list going on. Made-up text."""

from __future__ import annotations

from briefing.ingest import release_from_text
from briefing.model import Node

DOC = """Art. 3º O Conselho do Porto tem a seguinte estrutura:

I - Plenário;

II - Presidência;

III - Secretaria Executiva.

§ 1º A Presidência a que se refere o inciso II do caput é composta:

I - pelo Presidente;

II - pelo Vice-Presidente.

§ 2º O Plenário reúne-se duas vezes por ano.
"""


def _depths(doc: str) -> list[tuple[str, int]]:
    release = release_from_text(doc)
    found: list[tuple[str, int]] = []

    def walk(node: Node, depth: int) -> None:
        for child in node.children:
            if child.label:
                found.append((child.label.strip(" -"), depth))
            walk(child, depth + (1 if child.label else 0))

    walk(release.root, 0)
    return found


def test_incisos_under_a_paragraph_nest_in_it() -> None:
    depths = _depths(DOC)
    assert depths[:4] == [("Art. 3º", 0), ("I", 1), ("II", 1), ("III", 1)]
    assert depths[4:7] == [("§ 1º", 1), ("I", 2), ("II", 2)]
