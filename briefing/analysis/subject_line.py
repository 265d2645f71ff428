"""Who issued a release and what it is about, in a few words, when its metadata lacks them."""

from __future__ import annotations

import re

from briefing.analysis.clauses import OPENERS
from briefing.model import Release

_DOMAIN = re.compile(r"^(?:www\.)?[\w-]+(?:\.[\w-]+)+$")


def issuer_name(release: Release, actor: str = "") -> str:
    """The issuer by name: the metadata's unless it is a web domain, else the acting body."""
    issuer = " ".join(release.issuer.split())
    if issuer.isupper():
        # "MINISTER FOR FOREIGN AFFAIRS" as a letterhead prints it; a sentence does not.
        small = {"for", "of", "and", "the", "on", "in"}
        issuer = " ".join(
            w.lower() if w.lower() in small else w.capitalize() for w in issuer.split()
        )
    if issuer and not _DOMAIN.match(issuer):
        return issuer
    return actor.removeprefix("The ") if actor else ""


_VERBISH = re.compile(
    r"^(?:is|are|was|were|has|have|had|will|would|can|could|may|must|shall|said|says|"
    r"\w+ed|\w{3,}s)$"
)


_PLAIN_VERB = re.compile(
    r"^(?:is|are|was|were|has|have|had|will|would|can|could|may|must|shall|said|says|"
    r"\w{3,}ed)$"
)


_ADVERBIAL_LEADS = frozenset(
    "by in on at after following during today yesterday for since with as".split()
)


def subject_from(summary: str) -> str:
    """A subject for an untitled release: the summary's grammatical subject, roughly."""
    words = summary.split()[:14]
    # A past or auxiliary verb first: "-s" words are as often plural nouns ("members").
    verb = next(
        (i for i, w in enumerate(words) if i >= 2 and _PLAIN_VERB.match(w.lower().strip(","))),
        None,
    )
    if verb is None:
        verb = next(
            (i for i, w in enumerate(words) if i >= 2 and _VERBISH.match(w.lower().strip(","))),
            None,
        )
    words = words[:verb] if verb is not None else words[:8]
    while len(words) > 1 and words[-1].lower().strip(",") in OPENERS:
        words.pop()  # "Ministers discussed migration and": never end on a joining word
    subject = " ".join(words).strip(" ,;:.")
    if verb is not None and len(words) <= 3:
        # "All Board members" names who, not what: the subject line says what they did,
        # up to the first clause boundary.
        clause = re.split(r",| that | which | while | to | and ", " ".join(summary.split()[:14]))[0]
        subject = clause.strip(" ,;:.") if len(clause.split()) > len(words) + 1 else subject
    head, comma, rest = subject.partition(", ")
    adverbial = head.split(" ", 1)[0].lower() in _ADVERBIAL_LEADS
    if comma and adverbial and len(head.split()) <= 4 and len(rest.split()) >= 2:
        subject = rest  # "By December, annual inflation": the subject follows the adverbial
    if subject.lower().startswith("the "):
        subject = subject[4:]
    return subject[:1].upper() + subject[1:]
