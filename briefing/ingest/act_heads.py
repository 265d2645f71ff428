"""An act's head: its kind, then what it is about.

Statutes, decrees and orders of the civil-law tradition print a head of fixed parts
before their text: the kind of instrument, set alone and often letter-spaced ("У К А З",
"DECRETO", "PERATURAN MENTERI ..."), the issuer, the number and date, and then the
subject line that names what the act does: "О внесении изменений в ...", "portant
approbation du ...", "por el cual se reglamenta ...", "Dispõe sobre ...", or the line
after a lone "TENTANG". The kind is shared by every act of its issuer; the subject line
is this act's own title (it is what an official journal's index and a citation give:
"Указ ... «О ...»", "Décret ... portant ...").

The subject line opens on the connector its language drafts it with, and only a short
head (kind, issuer, number, date, a repeal note) stands between it and the kind.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from briefing.ingest.issuer_lines import collapse_spacing
from briefing.ingest.patterns import ends_sentence
from briefing.lazyre import lazy

if TYPE_CHECKING:
    from briefing.ingest.segment import Block

# The kinds of instrument, as the head prints them in capitals (letter-spacing joined):
# Russian and Ukrainian, Indonesian, French, Spanish, Portuguese, Italian, German.
_KIND = lazy(
    r"^(?:УКАЗ|ПОСТАНОВЛЕНИЕ|РАСПОРЯЖЕНИЕ|ПРИКАЗ|ФЕДЕРАЛЬНЫЙ\s+ЗАКОН|ЗАКОН|РЕШЕНИЕ|"
    r"ПОСТАНОВА|РОЗПОРЯДЖЕННЯ|НАКАЗ|"
    r"PERATURAN|KEPUTUSAN|UNDANG-UNDANG|INSTRUKSI|"
    r"D[ÉE]CRET|ARR[ÊE]T[ÉE]|LOI|ORDONNANCE|D[ÉE]CISION|"
    r"DECRETO(?:-LEI)?|RESOLUCI[ÓO]N|RESOLU[ÇC][ÃA]O|LEY|LEI|PORTARIA|ACUERDO|"
    r"LEGGE|ORDINANZA|DELIBERA|"
    r"VERORDNUNG|GESETZ|ERLASS|BEKANNTMACHUNG)(?![^\W\d_]*[a-zа-яà-ÿ])"
)
# What the subject line opens on, language by language. (Russian "О"/"Об" is "on";
# French and Italian participles say what the act does; Spanish "por el cual"; the
# Portuguese summary's verb.) Case is the printed one: heads set the subject in capitals
# or in sentence case.
_SUBJECT = lazy(
    r"^(?:Об?|Обо|Про|"
    r"portant|relatif|relative|fixant|modifiant|instituant|abrogeant|"
    r"por\s+(?:el|la)\s+(?:cual|que)|mediante\s+(?:el|la)\s+cual|"
    r"disp[õo]e\s+sobre|altera|institui|regulamenta|"
    r"recante|concernente|"
    r"über|zur|zum)\s+\S",
    re.I,
)
_ABOUT_ALONE = lazy(r"^(?:TENTANG|О|ОБ)$")  # "TENTANG" on its own line: subject below
HEAD_SEARCH = 12  # blocks of the page's head looked at for the kind
HEAD_PART_WORDS = 14  # an issuer's name, a number and date, a repeal note: short lines
SUBJECT_REACH = 6  # head lines between the kind and the subject line
SUBJECT_MAX_WORDS = 80


def subject_under_kind(blocks: list[Block], body_start: int) -> int | None:
    """The block of an act's subject line printed under its kind, or None."""
    for i in range(min(len(blocks), body_start + 1, HEAD_SEARCH)):
        if not _KIND.match(_head_words(blocks[i].text)):
            continue
        if len(blocks[i].text.split()) > HEAD_PART_WORDS and "  " not in blocks[i].text:
            continue  # a sentence opening on the word ("Decreto ... que ..."), no head
        for j in range(i + 1, min(len(blocks), i + 1 + SUBJECT_REACH)):
            text = " ".join(blocks[j].text.split())
            after_about = _ABOUT_ALONE.match(blocks[j - 1].text.strip()) is not None
            if (after_about or _SUBJECT.match(text)) and _subject_shaped(blocks[j], text):
                return j
            if len(text.split()) > HEAD_PART_WORDS or ends_sentence(text):
                break  # the act's text has begun: no subject line in the head
        return None
    return None


def _head_words(text: str) -> str:
    """The line's words with letter-spacing joined ("У К А З" -> "УКАЗ")."""
    return collapse_spacing(" ".join(text.split("\n"))).strip()


def _subject_shaped(block: Block, text: str) -> bool:
    """A subject line: no label, not a sentence's paragraph, not a lead-in."""
    if block.label is not None or text.endswith(":"):
        return False
    return len(text.split()) <= SUBJECT_MAX_WORDS and not text.endswith(";")


def is_act_kind(text: str) -> bool:
    """A line opening on an act's kind, as its head prints it ("У К А З", "PERATURAN
    MENTERI ...", "ПРИКАЗ")."""
    return bool(_KIND.match(_head_words(text)))


def opens_subject(text: str) -> bool:
    """A line opening on the connector an act's subject line is drafted with ("О ...")."""
    return bool(_SUBJECT.match(" ".join(text.split())))
