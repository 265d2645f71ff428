"""What a heading is made of: words. Two kinds of short line look bare enough to be
one and never are.

- A line with no word in it: in text taken from a fax or a scan by OCR, a page's torn
  corner, a fax header or a stamp comes out as a few letters and signs ("Ij", "D -",
  "F' rl", "3-O.SI1606"). A heading names its section, so it holds a word of three
  letters or more, or is an acronym in capitals ("UN", "Q&A"). (Scripts written without
  capitals or spaces — Hangul, kana, Han — say a word in one or two characters: "결론"
  is a heading; the rule looks at Latin-script lines only.)
- A conjunction alone ("OR", "and", "ou", "oder"): printed between two alternatives
  ("1. ... OR 2. ..."), it joins them and heads neither.
- An act's enacting verb alone, in capitals ("DECRETA", "ARRÊTE", "RESUELVE",
  "MEMUTUSKAN:", "ΑΠΟΦΑΣΙΖΟΥΜΕ"): decrees, orders and decisions in the civil-law
  tradition set the verb of their enacting formula on a line of its own between the
  recitals and the operative articles. It is the one sentence's verb ("The Minister ...,
  having regard to ..., DECREES: Article 1 ..."), so a unit of the act's text; the
  articles under it are the act's, not a section the verb names.
- An answer alone ("Yes", "None", "Not applicable", "N/A"): a form prints the answer to
  each question beside or under it, and a directive or report marks a part that does
  not apply so; it answers the line above and names no topic, so it heads nothing
  (session 42: a US state agency's case form as PDF and its `pdftotext` plain text, a
  Canadian directive's page copied as text).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from briefing.lazyre import lazy

if TYPE_CHECKING:
    from briefing.ingest.segment import Block

_WORD = lazy(r"[^\W\d_]{3}")
_ACRONYM = lazy(r"[A-Z]{2,6}(?:[&/][A-Z]{1,6})?|[A-Z]&[A-Z]|[A-Z]{1,4}\d{1,3}")
_CONJUNCTION = lazy(r"(?:or|and|and/or|ou|et|et/ou|o|y|e|oder|und|of|or else)[.:,;!]?", re.I)
_ANSWER = lazy(r"(?:yes|none|nil|n/a|not\s+applicable)\.?", re.I)
_LATIN_MAX = 0x24F  # Basic Latin to Latin Extended-B: the scripts with capitals and spaces


def wordless(text: str) -> bool:
    """A Latin-script line with no word of three letters and no acronym ("Ij", "D -")."""
    stripped = text.strip()
    letters = [ch for ch in stripped if ch.isalpha()]
    if not letters or any(ord(ch) > _LATIN_MAX for ch in letters):
        return False
    return not _WORD.search(stripped) and not _ACRONYM.fullmatch(stripped)


def conjunction_alone(text: str) -> bool:
    """ "OR", "and", "ou" alone on a line: the joint between two alternatives."""
    return bool(_CONJUNCTION.fullmatch(text.strip()))


# The enacting verbs of the languages' decrees and decisions, alone on their line in
# capitals, with a colon or a point perhaps; never a word that could name a section
# ("DELIBERATIONS", "DECISIONS" are nouns and stay headings).
_ENACTING_VERB = re.compile(
    r"(?:DECRETA|D[ÉE]CR[ÈE]TE|ARR[ÊE]TE|D[ÉE]CIDE|ORDONNE|RESUELVE|RESOLVE|ORDENA|ACUERDA|"
    r"DISPONE|DELIBERA|DETERMINA|VERORDNET|BESCHLIE(?:SS|ß)T|MEMUTUSKAN|"
    r"ΑΠΟΦΑΣΙΖ(?:ΟΥΜΕ|ΕΙ|ΟΥΝ)|ΑΠΟΦΑΣΙΣ(?:Ε|ΑΜΕ|ΑΝ)|ΕΓΚΡΙΝ(?:ΕΙ|ΟΥΜΕ|ΟΥΝ))"
    r"\s*[:.]?"
)


def enacting_verb(text: str) -> bool:
    """ "DECRETA", "ΑΠΟΦΑΣΙΖΟΥΜΕ :": an act's enacting verb alone on its line."""
    return bool(_ENACTING_VERB.fullmatch(text.strip()))


def answer_alone(text: str) -> bool:
    """ "Yes", "None", "Not applicable" alone on a line: a form's or a clause's answer."""
    return bool(_ANSWER.fullmatch(text.strip()))


def never_a_heading_word(text: str) -> bool:
    return wordless(text) or conjunction_alone(text) or enacting_verb(text) or answer_alone(text)


def capitals_over_heading(blocks: list[Block], i: int) -> bool:
    """ "SUMMARY OF THE DATA ANALYSED" over "Inflation" over its paragraphs: a line in
    capitals between parts of the body, right above a heading in ordinary case, heads the
    part whose sections follow (minutes and reports rank their heads so: capitals above
    ordinary case). The heading under it is a few words naming a topic, with numbered
    paragraphs or two paragraphs under it; a letterhead's capitals over a page number, a
    notice's capitals over its one paragraph, a name over an office are no such part."""
    from briefing.ingest.roles import is_prose, is_short_line

    text = blocks[i].text.strip()
    if i < 1 or i + 3 >= len(blocks) or not text.isupper():
        return False
    if len(_WORD.findall(text)) < 2:
        return False
    above = blocks[i - 1]
    if not (is_prose(above) or above.label is not None):
        return False  # not between parts of the body
    head, body, more = blocks[i + 1], blocks[i + 2], blocks[i + 3]
    below = head.text.strip()
    return (
        head.label is None
        and not head.style
        and is_short_line(below)
        and not below.isupper()
        and len(below.split()) <= TOPIC_MAX_WORDS
        and not any(mark in below for mark in ",():;")
        and bool(_WORD.search(below))
        and (body.label is not None or (is_prose(body) and is_prose(more)))
        and (is_prose(body) or body.word_count > 2)
    )


TOPIC_MAX_WORDS = 8  # "Comércio exterior e reservas internacionais", "Economic activity"
