"""A court paper's caption lines: the court's name, its circuit or district, the term, the
reporter's "Cite as" line, the slip opinion's notice and the filing stamp.

Every judgment, order, opinion, motion or clerk's letter a court issues or receives is
headed by the court's name ("IN THE UNITED STATES COURT OF APPEALS", "For the First
Circuit", "In the Missouri Court of Appeals", "FOR THE DISTRICT OF ARIZONA"), and the
court's e-filing system stamps each page ("Case: 20-1507  Document: 7  Page: 1  Date
Filed: 12/22/2020"). These lines name where the paper was filed, never what it is about:
the title is the case ("X v. Y"), or the paper's kind ("ORDER", "DOCKETING NOTICE"), or
the motion's name, printed below them. A press release about a court names the court in
a sentence that says what it did ("Supreme Court upholds ..."): the court's name alone,
or followed only by its circuit, district or division, is no such sentence.
"""

from __future__ import annotations

import re

from briefing.lazyre import lazy

_NAME_WORD = r"[A-Z][\w.'’-]*"

# Pleading paper numbers its lines down the margin ("6 IN THE UNITED STATES DISTRICT
# COURT"): the number is the paper's, not the caption's.
# "of the State of New York", "OF JUSTICE", "of Kenya": what the court is of, by name.
_OF_NAME = r"(?i:of\s+(?:the\s+)?)" + _NAME_WORD + r"(?:\s+" + _NAME_WORD + r"){0,3}"

_LINE_NUMBER = lazy(r"^\d{1,2}\s+(?=\D)")

# The court's name: a few name words, then "Court" or "Tribunal" and what kind of court
# ("of Appeals", "of Justice", "of the State of X"), then at most its circuit, district or
# division ("for the Ninth Circuit", "Eastern District", "for the District of Arizona").
_COURT_NAME = lazy(
    r"^(?i:in\s+)?(?i:the\s+)?(?:" + _NAME_WORD + r"\s+){0,4}(?i:court|tribunal)"
    r"(?:\s+(?i:of\s+(?:criminal\s+|civil\s+)?appeals?|of\s+justice)"
    r"|\s+" + _OF_NAME + r")?"
    r"(?:\s+" + _OF_NAME + r")?"
    r"(?:[\s,]+(?i:for\s+|of\s+)?(?i:the\s+)?(?:" + _NAME_WORD + r"\s+){0,3}"
    r"(?i:circuit|district|division)(?:\s+" + _OF_NAME + r")?)?"
    r"\s*$"
)

# The circuit, district or division on a line of its own, under the court's name: "For
# the First Circuit", "FOR THE NORTHERN DISTRICT OF CALIFORNIA", "Fifth Circuit",
# "Eastern District", "DIVISION THREE", "WESTERN DIVISION". (An office's own name ending
# on "District" or "Division", "Police Media Division", "Union School District", is no
# court's seat: a seat is for-the, a circuit, a compass point or a number.)
_SEAT = lazy(
    r"^(?:(?i:for\s+the\s+|of\s+the\s+)(?:"
    + _NAME_WORD
    + r"\s+){0,3}(?i:circuit|district|division)"
    r"|(?:" + _NAME_WORD + r"\s+){0,2}(?i:circuit)"
    r"|(?i:(?:northern|southern|eastern|western|central|middle)\s+(?:district|division))"
    r"|(?i:division\s+(?:one|two|three|four|five|six|seven|eight|[IVX]+|\d)))"
    r"(?:\s+" + _OF_NAME + r")?\s*$"
)


# The head of a supreme court's slip opinion: "OCTOBER TERM, 2012", "Cite as: 569 U.S.
# ___ (2013)", "(Slip Opinion)", "Syllabus", "NOTICE: This opinion is subject to formal
# revision before publication ...", "Opinion of the Court".
_SLIP_HEAD = lazy(
    r"^(?:(?:october|january|february|march|april|may|june|july|august|september|november"
    r"|december)\s+term,?\s+\d{4}"
    r"|cite\s+as:\s*\d.*"
    r"|\(?\s*slip\s+opinion\s*\)?"
    r"|syllabus"
    r"|notice:\s+this\s+opinion\s+is\s+subject\s+to\s+formal\s+revision\b.*"
    r"|opinion\s+of\s+the\s+court)\s*$",
    re.I,
)

# The e-filing stamp on each page: "Case: 20-1507 Document: 00117684624 Page: 1 Date
# Filed: 12/22/2020 Entry ID: 6390389", "Case 2:16-cv-04543 Document 40 Filed 08/05/16
# Page 1 of 5", "Appellate Case: 22-1801 Page: 1 Date Filed: 01/19/2023".
_FILING_STAMP = lazy(
    r"^(?:appellate\s+)?case:?\s+\d[\w:.-]*[\s,]+(?:document|doc|page|id|dktentry|date\s+filed|filed)\b",
    re.I,
)


# The rest of a court paper's caption: the court appealed from ("APPEAL FROM THE UNITED
# STATES DISTRICT COURT", "On Appeal from the United States District Court", "Appeal from
# the Circuit Court of"), the judge below ("Hon. Nancy Example, U.S. District Judge",
# "Honorable Example J. Name") and whom the counsel named under it act for ("Counsel for
# Plaintiffs-Appellees", "Attorneys for Defendant").
_CAPTION_PART = lazy(
    r"^(?:(?i:(?:on\s+)?appeals?\s+from\s+(?:the\s+)?(?:[\w.'’-]+\s+){0,5}(?:court|tribunal|board)\b).{0,60}"
    r"|\[?\s*(?i:(?:the\s+)?(?:hon\.|honou?rable)\s+)(?:"
    + _NAME_WORD
    + r"(?:\s+"
    + _NAME_WORD
    + r"){0,4}"
    r",\s*(?:[\w.]+\s+){0,3}(?i:judge|justice|magistrate)\b[^.]{0,20}"
    # (With no judge's office after it, only a name with a middle initial: a headline in
    # title case opens on "Hon." too, "Hon. Minister Opens Northern Quays".)
    r"|" + _NAME_WORD + r"\s+[A-Z]\.\s+" + _NAME_WORD + r")\s*\]?"
    r"|(?i:(?:counsel|attorneys?)\s+for\s+(?:the\s+)?[\w-]+(?:\s+[\w-]+){0,3}))\s*[,;)]?\s*$"
)


def is_court_caption(text: str) -> bool:
    """Whether a head line is a court paper's caption (the court, its seat, the term, the
    slip opinion's notice, the filing stamp) rather than what the paper is."""
    line = " ".join(text.split())
    if not line or len(line) > 400:
        return False
    line = _LINE_NUMBER.sub("", line, count=1)
    if _FILING_STAMP.match(line) or _SLIP_HEAD.match(line) or _CAPTION_PART.match(line):
        return True
    if len(line.split()) > 18:
        return False
    return bool(_COURT_NAME.match(line) or _SEAT.match(line))
