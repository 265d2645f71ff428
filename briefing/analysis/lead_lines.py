"""Which sentences may be a note's bottom line, and how much each reads like one.

A release's bottom line says who did what: an issuer or a named body with a verb of
action or decision. Releases also carry logistics around their news (where documents
are, whom to contact, photos, registration, embargo), and those lines are never what a
reader must know first, wherever the release prints them, so they never lead a note.
"""

from __future__ import annotations

import re

from briefing.analysis.boilerplate import is_boilerplate
from briefing.analysis.cues import DECISION

# Logistics lines of releases: documents and links, contacts, media, registration, embargo.
_LOGISTICS = re.compile(
    r"\b(?:documents?|papers?|materials?|texts?|agenda|programme|program|report|slides|"
    r"recording|transcript)\b[^.]{0,60}\b(?:available|accessible)\b|"
    r"\bcan be (?:found|downloaded|consulted|accessed|viewed)\b|"
    r"\bavailable (?:on(?:line| the (?:web|website|internet|portal))|here)\b|"
    r"\bon (?:the|our) (?:web ?site|web|homepage|portal)\b|"
    r"\b(?:for (?:more|further|additional) (?:information|details)|further information)\b|"
    r"\b(?:please |media |press )contact\b|\bcontact (?:us|details|information|person)\b|"
    r"\b(?:media|press) (?:enquiries|inquiries)\b|"
    r"\bregister (?:for|at|online|by|here|via)\b|\bregistration\b|\baccreditation\b|\bRSVP\b|"
    r"\b(?:photos?|photographs?|pictures?|videos?(?! ?-?(?:conferenc|link|call))|footage|"
    r"live ?stream(?:ed)?|webcast|"
    r"audiovisual|press kit)\b|"
    # When the next minutes or report appear: the publication calendar, not the news.
    r"\b(?:minutes|record|summary|report)\b[^.]{0,80}\bwill be (?:published|released|posted)\b|"
    r"\bembargo(?:ed)?\b|\bclick\b|\bsee (?:also|below|annex|attached)\b|"
    r"https?://|www\.",
    re.IGNORECASE,
)
# Verbs by which an issuer or a body acts or decides: what a bottom line reports.
_ACTION = re.compile(
    r"\b(?:decide[sd]?|agree[sd]?|adopt(?:s|ed)?|approve[sd]?|announce[sd]?|refuse[sd]?|"
    r"reject(?:s|ed)?|condemn(?:s|ed)?|welcome[sd]?|urge[sd]?|call(?:s|ed)? (?:on|upon|for)|"
    r"demand(?:s|ed)?|request(?:s|ed)?|commit(?:s|ted)?|pledge[sd]?|sign(?:s|ed)?|"
    r"launch(?:es|ed)?|will|lower(?:s|ed)?|rais(?:es|ed)|cut(?:s)?|increas(?:es|ed)|"
    r"reduc(?:es|ed)|impos(?:es|ed)|lift(?:s|ed)?|recogni[sz](?:es|ed)|vote[sd]?|"
    r"chair(?:s|ed)?|convene[sd]?|met|meets?|visit(?:s|ed)?|said|says|stated?|warn(?:s|ed)?|"
    r"discusse[sd]|endorse[sd]|elect(?:s|ed)?|appoint(?:s|ed)?)\b",
    re.IGNORECASE,
)
# Minutes and transcripts report a meeting's discussion at length, but their news is what
# the body decided and how it voted: a decision with its vote or its unanimity is the
# bottom line of any minutes, whatever the discussion around it.
_DECIDED = re.compile(
    r"\b(?:vot(?:ed|e of)|unanimous(?:ly)?|by a (?:vote|majority) of|\d+[-–]\d+ (?:vote|majority)|"
    r"(?:decided|agreed|voted) (?:unanimously )?to (?:keep|maintain|leave|hold|raise|lower|"
    r"cut|increase|reduce|reject|adopt|approve|extend|end|begin|start|set))\b|"
    r"(?<!\w)(?:por unanimidad|à l'unanimité|einstimmig|por unanimidade)(?!\w)",
    re.IGNORECASE,
)
# A remark that only reports one member's (or a few members') view: the minutes' record of
# the discussion, never what the body decided, so it never leads the note.
_ONE_VIEW = re.compile(
    r"^(?:In (?:the|this|that) (?:discussion|context), )?(?:One|A|Another|Some|A few|Several|"
    r"Other|Many|Most|A number of|Two|Three) (?:other )?(?:members?|participants?|"
    r"governors?|directors?|policymakers?|officials|speakers?|delegat(?:es?|ions?))\b|"
    r"\b(?:in (?:his|her|their) view|(?:one|a|another) member (?:said|noted|argued|"
    r"expressed|observed|felt|thought|suggested|remarked|pointed out))\b|"
    # A split vote's camps: "The Directors who voted for a 50-bps cut noted ...".
    r"\b(?:members?|directors?|governors?|participants?)\s+who\s+(?:voted|preferred|"
    r"favou?red|supported|argued)\b|"
    r"^(?:Un|Une|Otro|Algunos|Plusieurs|Ein|Einige|Um|Alguns) (?:miembros?|membres?|"
    r"Mitglied(?:er)?|membros?)(?!\w)",
    re.IGNORECASE,
)
# A named actor: "The Council", "Parliament", "MEPs", "The Minister", a proper name.
_NAMED = re.compile(r"\b(?:[A-Z][a-z’'-]+|[A-Z]{2,}s?)\b")


def is_logistics(text: str) -> bool:
    """True for a release's logistics line, never a bottom line."""
    return bool(_LOGISTICS.search(text))


def records_decision(text: str) -> bool:
    """True for a sentence recording what a body decided and how it voted."""
    # "The decision is reached by majority vote" states the procedure of every meeting.
    return bool(_DECIDED.search(text)) and not _ONE_VIEW.search(text) and not is_boilerplate(text)


def lead_weight(text: str, names: tuple[str, ...] = ()) -> float:
    """How much ``text`` reads like a bottom line: an actor and a verb of action."""
    if is_logistics(text) or is_boilerplate(text):
        return 0.0  # logistics, the document describing itself, the mandate: never news
    weight = 1.0
    if _ONE_VIEW.search(text):
        weight *= 0.5
    elif _DECIDED.search(text):
        weight *= 1.5
    head = text[:120]
    named = any(n and n.lower() in head.lower() for n in names) or bool(
        _NAMED.search(head[1:]) or head.startswith(("The ", "MEPs", "Parliament"))
    )
    acts = _ACTION.search(text) or DECISION.search(text)
    if named and acts:
        weight *= 1.4
    elif acts:
        weight *= 1.1
    return weight
