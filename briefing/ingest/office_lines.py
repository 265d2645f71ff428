"""Lines that credit a person with an office: signatures, contact cards, speakers' credits.

A crosshead names the part of the release under it. A line that names a person and
their office does something else, whatever the issuer: it signs the release, heads a
contact card, or credits the speaker of the quotation under it. Two shapes tell it:

- the person's name, a comma, then the office, over the person's quoted words ("Jane
  Doe, Director of the Crime Lab" / "“We are ...”") or with a telephone number or an
  e-mail address ("Jane Doe, Managing Director, Press Relations, (202) 555-0100"): a
  crosshead is a phrase, not a name followed by a title;
- a short line right under a person's name with a title of address ("Dr. Jane Doe" /
  "Deputy Governor, Markets"; "Mr J. Doe" / "Assistant Governor (Economic)"): the name's
  office, printed under it as signatures and contact cards print it. A section's heading
  follows a paragraph or the head, never a bare name.

Two capitalised words alone are as often a body's name ("Rada Ministrów", "Asuntos
Exteriores, Unión Europea y Cooperación", "Part III. Reform") as a person's, so the
name is read as a person's only with one of these: a title of address, the quotation
it credits, a contact.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from briefing.lazyre import lazy

if TYPE_CHECKING:
    from briefing.ingest.segment import Block

_NAME_PARTICLES = frozenset({"de", "del", "della", "der", "di", "da", "dos", "du", "la", "le"})
_NAME_PARTICLES |= {"van", "von", "ter", "ten", "bin", "al", "y"}
_NAME_WORD = lazy(r"^[^\W\d_][\w’'.-]*$")
# A title of address before a person's name ("Dr.", "Mr", "Mme", "Sra.", "Prof.").
_ADDRESS = lazy(
    r"^(?:Dr|Mr|Mrs|Ms|Miss|Prof|Hon|Sir|Dame|Rev|Sr|Sra|Srta|Dña|Mme|Mlle|M|Herr|Frau"
    r"|Dott|Dott\.ssa|Ing|Avv|Gen|Col|Capt|Amb|H\.E|S\.E)\.?\s+[^\W\d_]"
)
# A quotation's opening mark.
_QUOTE_OPEN = "\"“„«‘'"
PHONE_MIN_DIGITS = 7  # a telephone number's digits, however it groups them
NAME_MIN_WORDS = 2
NAME_MAX_WORDS = 4
OFFICE_MAX_WORDS = 16  # a name's office, credit or contact line, not a paragraph


def person_name(text: str) -> bool:
    """ "Sarah Breeden", "Catherine L Mann", "Andrew Bailey, Chair": two to four
    capitalised words (particles such as "de", "van" between them), perhaps followed by
    an office after a comma. A roster's entry, shaped like one."""
    name = text.split(",", 1)[0].split()
    if not NAME_MIN_WORDS <= len(name) <= NAME_MAX_WORDS or not name[-1][:1].isupper():
        return False
    return all(
        _NAME_WORD.match(w)
        and (w[:1].isupper() or (0 < k < len(name) - 1 and w in _NAME_PARTICLES))
        for k, w in enumerate(name)
    )


_JOINERS = frozenset({"and", "y", "et", "und", "e", "&"})


def person_names(text: str) -> bool:
    """A person's name, or two joined by "and" ("Jane Doe and John Roe"): a roster's
    last entry is often printed so."""
    if person_name(text):
        return True  # (one name, perhaps with "y" as its particle: "Ortega y Gasset")
    words = text.split()
    joins = [k for k, word in enumerate(words) if word in _JOINERS]
    if len(joins) != 1:
        return False
    k = joins[0]
    return person_name(" ".join(words[:k])) and person_name(" ".join(words[k + 1 :]))


def _gives_contact(office: str) -> bool:
    """An e-mail address, or a telephone number's digits, in ``office``."""
    return "@" in office or sum(ch.isdigit() for ch in office) >= PHONE_MIN_DIGITS


def _capitalised_name(text: str) -> bool:
    """A name in upper and lower case ("Jane Doe", "Dr. Jane Doe"): a line in capitals
    ("ANNUAL REPORT", "MONETARY POLICY") is a heading's shape, not a name's."""
    return person_name(text) and not text.isupper()


def addressed_name(text: str) -> bool:
    """ "Dr. Jane Doe", "Mr J. Doe": a person's name after a title of address."""
    return _ADDRESS.match(text) is not None and _capitalised_name(text)


def name_and_office(blocks: list[Block], i: int, text: str) -> bool:
    """Whether ``text`` (block ``i``) is a person's name, a comma and their office,
    credited over their quoted words or given with a contact."""
    if "," not in text or len(text.split()) > OFFICE_MAX_WORDS:
        return False
    name, office = text.split(",", 1)
    if not (_capitalised_name(name.strip()) and office.strip()):
        return False
    if addressed_name(name.strip()) or _gives_contact(office):
        return True
    following = blocks[i + 1].text.lstrip() if i + 1 < len(blocks) else ""
    # (Nothing under it quotes nobody: "" is in every string.)
    return following[:1] != "" and following[0] in _QUOTE_OPEN


def office_under_name(blocks: list[Block], i: int) -> bool:
    """Whether block ``i`` is printed right under a line that is only a person's name
    with a title of address (unlabelled, unstyled): the name's office, as a signature
    or a card prints it."""
    if i == 0:
        return False
    above = blocks[i - 1]
    if above.label is not None or above.style or above.line_count > 1:
        return False
    name = above.text.strip()
    return "," not in name and addressed_name(name)


def credits_person(blocks: list[Block], i: int, text: str) -> bool:
    """Whether ``text``, block ``i``'s words (its label aside), credits a person with an
    office rather than naming a section."""
    return name_and_office(blocks, i, text) or office_under_name(blocks, i)
