"""A graphic's own title, "Figure 3: Clearance rate", "Table 2", "Gráfico 1 –": no heading.

Reports and minutes number their charts and tables and print each one's title over it
in the weight and size of a crosshead ("Chart 4 Reference rates", "FIGURA 11 – INCIDENZA
PER REGIONE", "Tableau 06 : Répartition des plaintes"). The words "figure", "chart",
"table" and their translations followed by the graphic's number name a picture or a
table, never a section: the text under the caption is the graphic's (labels, rows, a
source line) or the release's next paragraph, which the caption does not head. So a line
opening on such a designation is the graphic's line of text, whatever its type. A box is
left out: a report's "Box 1: ..." heads a boxed section of prose. When the designation
stands alone on its line ("Chart 1", "Tableau 04 :"), the short line under it is the
graphic's title ("Chart 1" / "S$ Nominal Effective Exchange Rate"), not a crosshead.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from briefing.lazyre import lazy

if TYPE_CHECKING:
    from briefing.ingest.segment import Block

# The graphic's word in the languages of the corpus, its number (with an optional
# letter or a chapter's number: "3", "A.1", "25A", "2.4"), then a separator, the title's
# first word or the line's end; "Table 2 shows ..." in a sentence is excluded by the
# callers, which ask only about heading-like lines.
_DESIGNATION = (
    r"^(?:figures?|fig\.|charts?|graphs?|tables?|graphiques?|tableaux?|"
    r"gr[áa]ficos?|cuadros?|tablas?|figuras?|quadros?|tabelas?|tabelle|tabella|"
    r"abbildung|abb\.|grafik|wykres|tabela|grafikon|diagram)"
    r"\s*(?:[A-Z]\.?)?\d{1,3}[A-Za-z]?(?:\.\d{1,3})*"
)
_CAPTION = lazy(_DESIGNATION + r"(?:\s*[:.–—-]|\s+\S|\s*$)", re.I)
# The designation alone: the word, the number and perhaps a colon, a stop or a dash.
_DESIGNATION_ONLY = lazy(_DESIGNATION + r"\s*[:.–—-]?\s*$", re.I)
CAPTION_MAX_CHARS = 200  # a caption is one line or two; a paragraph opening so is prose


def is_graphic_caption(text: str) -> bool:
    """``text`` opens on a chart's, figure's or table's designation and number."""
    stripped = text.strip()
    return len(stripped) <= CAPTION_MAX_CHARS and bool(_CAPTION.match(stripped))


def is_bare_designation(text: str) -> bool:
    """``text`` is only a graphic's designation: "Chart 1", "Table 2", "Tableau 04 :"."""
    return bool(_DESIGNATION_ONLY.match(text.strip()))


def titles_under_designations(blocks: list[Block], kinds: list[str]) -> list[int]:
    """Unlabelled headings right under a line that is only a graphic's designation:
    the graphic's title, printed on the line under its number."""
    return [
        i
        for i in range(1, len(blocks))
        if kinds[i] == "heading"
        and blocks[i].label is None
        and is_bare_designation(blocks[i - 1].text)
    ]
