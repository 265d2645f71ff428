"""Stronger or weaker wording: the operative verbs and qualifiers negotiators fight over.

A small, documented scale, not a model: in UN and summit drafting the operative verb
carries the paragraph's force, and the order below follows the usual reading of it
(a decision binds; a demand or call presses; urging and encouraging exhort; inviting and
noting merely ask or acknowledge). Qualifiers shift the force of the same verb:
"strongly urges" is more than "urges", "where appropriate" or "some members" is less.
See docs/compare.md for the list and how to extend it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# verb phrase -> force; longer phrases are matched first.
OPERATIVE = {
    "decides": 9,
    "decide": 9,
    "determines": 9,
    "demands": 8,
    "demand": 8,
    "condemns": 8,
    "condemn": 8,
    "calls upon": 7,
    "call upon": 7,
    "calls on": 7,
    "call on": 7,
    "requests": 6,
    "request": 6,
    "urges": 6,
    "urge": 6,
    "encourages": 4,
    "encourage": 4,
    "recommends": 4,
    "recommend": 4,
    "invites": 3,
    "invite": 3,
    "welcomes": 2,
    "welcome": 2,
    "notes": 1,
    "note": 1,
    "takes note": 1,
    "take note": 1,
}
INTENSIFIERS = (
    "strongly",
    "deeply",
    "firmly",
    "fully",
    "urgently",
    "unequivocally",
    "in the strongest terms",
    "immediately",
    "resolutely",
    "gravely",
)
WEAKENERS = (
    "some members",
    "where appropriate",
    "as appropriate",
    "if possible",
    "where possible",
    "to the extent possible",
    "as necessary",
    "may",
    "could",
    "consider",
    "considering",
    "as far as possible",
)

_VERBS = sorted(OPERATIVE, key=len, reverse=True)
_PHRASES = sorted((*INTENSIFIERS, *WEAKENERS), key=len, reverse=True)
_QUALIFIER = re.compile(r"\b(" + "|".join(re.escape(p) for p in _PHRASES) + r")\b", re.I)
_VERB = re.compile(r"\b(" + "|".join(re.escape(v) for v in _VERBS) + r")\b", re.I)


@dataclass(frozen=True, slots=True)
class Strength:
    direction: str  # "stronger" | "weaker"
    why: str  # e.g. "urges → calls upon", "adds “strongly”"

    def to_dict(self) -> dict[str, str]:
        return {"direction": self.direction, "why": self.why}


def strength_change(old: str, new: str) -> Strength | None:
    """How ``new``'s wording shifts in force from ``old``'s, or None when it does not."""
    old_verb, new_verb = _operative(old), _operative(new)
    if old_verb and new_verb and OPERATIVE[old_verb] != OPERATIVE[new_verb]:
        direction = "stronger" if OPERATIVE[new_verb] > OPERATIVE[old_verb] else "weaker"
        return Strength(direction, f"{old_verb} → {new_verb}")
    old_q, new_q = _qualifiers(old), _qualifiers(new)
    added = [w for w in INTENSIFIERS if w in new_q and w not in old_q]
    dropped = [w for w in INTENSIFIERS if w in old_q and w not in new_q]
    hedged = [w for w in WEAKENERS if w in new_q and w not in old_q]
    unhedged = [w for w in WEAKENERS if w in old_q and w not in new_q]
    up = len(added) + len(unhedged)
    down = len(dropped) + len(hedged)
    if up == down:
        return None
    reasons = [f"adds “{w}”" for w in added + hedged] + [f"drops “{w}”" for w in dropped + unhedged]
    return Strength("stronger" if up > down else "weaker", "; ".join(reasons))


def _operative(text: str) -> str:
    """The first operative verb in the paragraph's opening words (where it stands)."""
    opening = " ".join(text.split()[:12])
    match = _VERB.search(opening)
    return match.group(1).lower() if match else ""


def _qualifiers(text: str) -> set[str]:
    """The qualifiers the text uses (one pass over it, all phrases at once)."""
    return {match.group(1).lower() for match in _QUALIFIER.finditer(text)}
