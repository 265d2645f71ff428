"""Lines that record where or under what number, never what a section is about.

A crosshead names a topic. Two kinds of short bare line look like one but record a
fact of the letter or the page instead, in every country's paperwork:

- a postal line: a postcode and the town ("157 80 Athens", "P.C. 10432 - ATHENS",
  "Sunnyvale, CA 94087"), part of an address block;
- a field whose value is a reference number or a web address ("Our ref.: 26/2371",
  "Tax no.: 05.169.025/0001-37", "To the hub: https://..."): the number or the link
  is the line's whole point, and no topic phrase follows the colon;
- a line of print codes only, every word of it holding a run of five figures or more
  ("CG-DL-E-12072023-247236", "24-12345 051224"): a gazette's issue code, a job
  number, a barcode's digits, printed on a page; no topic is written so;
- a web page's label of its own objects: a gallery's counter ("Picture 2 of 10"), a
  file's link with its type and size ("High-resolution image (jpeg, 1MB)"), the post's
  author ("Written by Jane Doe", or the byline alone: "By Jane Doe", "Por Agencia X",
  "Von Anna Muster"). They describe the page, not a part of the text.
"""

from __future__ import annotations

import re

from briefing.ingest import patterns as P
from briefing.lazyre import lazy

# A postcode of five figures (perhaps as 3 + 2, perhaps after its field's letters)
# before a town of a few words; or a town, a two-letter state and a ZIP code. A year
# ("2030 Agenda") has four figures and is no postcode.
_POSTAL_LINE = lazy(
    r"^(?:(?:[A-ZΑ-Ω]\.?\s?){1,3}[:.]?\s?)?\d{3}\s?\d{2}(?!\d)\s*[-–,]?\s*"
    r"[^\W\d_][\w.'’-]*(?:\s+[^\W\d_][\w.'’-]*){0,3}$"
    r"|^[^\W\d_][\w.'’-]*(?:\s+[^\W\d_][\w.'’-]*){0,3},\s*(?:[A-Z]{2}|[A-Z]\.\s?[A-Z]\.)"
    r"\s+\d{5}(?:-\d{4})?$"
)
# "Key: value" where the value is a reference (figures joined by "/" or by two or
# more dots) or a web address; a heading's colon is followed by words.
_FIELD_KEY = r"^[^:]{1,40}:\s*"
_REFERENCE_FIELD = lazy(
    _FIELD_KEY + r"(?:\d[\d.-]*/[\w/.-]*|\d+\.\d+\.\d[\d./-]*|(?:https?://|www\.)\S+)\s*$"
)


POSTAL_LINE_MAX_CHARS = 60


def postal_line(text: str) -> bool:
    stripped = text.strip()
    if len(stripped) > POSTAL_LINE_MAX_CHARS or not (
        stripped[-1:].isdigit() or any(ch.isdigit() for ch in stripped[:10])
    ):
        return False  # (a quick test: a postcode opens or ends the line)
    return bool(_POSTAL_LINE.match(stripped))


# A street address ending a line: a house number, the street's name and its kind ("1309
# S. Mary Avenue", "Name of the District 12 Harbour Road"). It says where the issuer sits.
_STREET_END = lazy(
    r"\b\d{1,5}[A-Za-z]?,?\s+(?:[NSEW]\.?\s+)?(?:[A-Z][\w.'’-]*\s+){1,3}"
    r"(?:Avenue|Ave\.?|Street|St\.|Road|Rd\.?|Boulevard|Blvd\.?|Drive|Lane|Place|Square)$"
)
ADDRESS_LINE_MAX_CHARS = 100


def address_line(text: str) -> bool:
    """A line of an address: its postal line ("Washington, D.C. 20503") or a line ending
    on the house number and street. Every issuer prints where it sits in its letterhead;
    that says where, never what the release says, so it is never the release's title."""
    stripped = " ".join(text.split())
    if not stripped or len(stripped) > ADDRESS_LINE_MAX_CHARS:
        return False
    if postal_line(stripped):
        return True
    if not stripped[-1:].isalpha() or not any(ch.isdigit() for ch in stripped):
        return False  # (a quick test: the street's kind ends the line, a number before it)
    street = _STREET_END.search(stripped)
    if street is None:
        return False
    # ("Press conference at 10 Downing Street": a title naming where it was held; the
    # address a letterhead prints stands alone or after the issuer's name.)
    before = stripped[: street.start()].split()
    return not before or before[-1].lower() not in P.FUNCTION_WORDS


def reference_field(text: str) -> bool:
    return bool(_REFERENCE_FIELD.match(text.strip()))


# "Picture 2 of 10", "Bild 3 von 10", "Photo 4 sur 12": one word, then n of m.
_GALLERY_COUNTER = lazy(
    r"^[^\W\d_]+\s+\d{1,3}\s*(?:/|of|von|sur|de|di|av|van|z|из)\s*\d{1,3}$", re.I
)
# A file's size as a link prints it: "(PDF, 2 MB)", "(jpeg, 1MB)", "350 KB".
_FILE_SIZE = lazy(r"\b\d+(?:[.,]\d+)?\s?(?:KB|MB|GB|kB|Ko|Mo|Go)\b")
# A post's byline with its participle: "Written by", "Erstellt von", "Publié par"; its
# field colon too, "Written by: Jane Doe", as WordPress themes print it (JIS; session 42).
_POSTED_BY = lazy(
    r"^(?:written|posted|published|created|erstellt|verfasst|geschrieben|ver[öo]ffentlicht|"
    r"publi[ée]e?|r[ée]dig[ée]e?|escrito|publicado|scritto|pubblicato)\s+"
    r"(?:by|von|par|por|da|door)(?:\s*:\s*|\s+)\S",
    re.I,
)
PAGE_LABEL_MAX_WORDS = 8
PAGE_LABEL_MAX_CHARS = 100
# A byline alone, the preposition then a name ("By Jane Doe", "Por Agencia EFE", "Von
# Anna Muster", "Par Jean Exemple et Anne Exemple"): news pages print it, often in bold,
# between the headline and the text. A crosshead opening on the same word goes on in
# lower case or with a function word ("By the numbers", "By The Way", "Por qué ...",
# "Von der Leyen besucht ..."), so every word after the preposition must be a name's:
# capitalised, an agency's acronym, an initial, or a particle inside the name.
_BARE_BYLINE = lazy(r"^(?:By|Por|Par|Von|Door|Di|Af|Av)\s+(\S.*)$")
_NAME_WORD = lazy(r"^[A-ZÀ-ÖØ-Þ][\w'’.-]*$")
_NAME_PARTICLES = frozenset(
    ("de", "del", "la", "da", "das", "dos", "di", "du", "van", "von", "der", "den", "ten", "le")
)
_NAME_JOINS = frozenset(("and", "&", "y", "e", "und", "et", "en", "og", "och"))
BYLINE_MAX_NAME_WORDS = 6


def page_label(text: str) -> bool:
    """A web page's label for one of its own objects: a picture counter, a file link with
    its type and size, a post's byline. It names a thing on the page, never a topic."""
    stripped = text.strip()
    if len(stripped) > PAGE_LABEL_MAX_CHARS:
        return False
    if _POSTED_BY.match(stripped):
        return len(stripped.split(None, PAGE_LABEL_MAX_WORDS)) <= PAGE_LABEL_MAX_WORDS
    if bare_byline(stripped):
        return True
    if not stripped[-1:].isdigit() and not stripped.endswith(")"):
        return False  # (a quick test: a counter ends on its figure, a file link on its size)
    return bool(_GALLERY_COUNTER.match(stripped) or _FILE_SIZE.search(stripped))


def bare_byline(text: str) -> bool:
    """ "By Jane Doe", "Por Agencia EFE": a byline standing alone, the preposition and
    nothing but a name (or two, joined by "and", "y", "und", "et")."""
    found = _BARE_BYLINE.match(text.strip())
    if not found:
        return False
    words = found.group(1).replace(",", " ").split()
    names = [w for w in words if w not in _NAME_JOINS and w not in _NAME_PARTICLES]
    if not names or len(names) > BYLINE_MAX_NAME_WORDS:
        return False
    if words[0] in _NAME_PARTICLES or words[0] in _NAME_JOINS or words[-1] in _NAME_JOINS:
        return False  # ("Von der Leyen ...": the name's particle cannot open it)
    if words[-1] in _NAME_PARTICLES:
        return False
    return all(_NAME_WORD.match(w) and w.lower() not in P.FUNCTION_WORDS for w in names)


_FIVE_FIGURES = lazy(r"\d{5}")
CODE_LINE_MAX_CHARS = 80


def code_line(text: str) -> bool:
    """Every word of ``text`` holds a run of five figures or more: print codes, no topic.
    (Two C counts first: most lines hold fewer than five figures.)"""
    if len(text) > CODE_LINE_MAX_CHARS or sum(map(str.isdigit, text)) < 5:
        return False
    words = text.split()
    return bool(words) and all(_FIVE_FIGURES.search(word) for word in words)
