"""A state's letterhead: its name, and the motto many states print under it.

Official texts of francophone African governments (and others) head every page the same
way, whatever the text is: "République du Sénégal" over "Un Peuple - Un But - Une Foi",
"Burkina Faso" over "Unité - Progrès - Justice", "République française" over "Liberté,
Égalité, Fraternité". Copied as text, the two lines may run together, with the rule of
stars under them ("République du Sénégal Un peuple- Un but- Une foi *********"). Like a
ministry's name, that is who issues the text, never its title.
"""

from __future__ import annotations

import re

from briefing.lazyre import lazy

# "République du Sénégal", "Republic of Kenya", "República de Angola", "Repubblica
# Italiana", "Royaume du Maroc", "Burkina Faso": the state named alone (a few words).
_STATE = r"(?:R[ée]publique|Republic|Rep[úu]blica|Repubblica|Royaume|Kingdom|Reino|Burkina Faso)"
_STATE_NAME = rf"{_STATE}(?:[ \t]+[\w'’-]+){{0,4}}"
# The motto: three short parts, set apart by dashes or commas ("Un peuple- Un but- Une
# foi", "Paix - Travail - Patrie", "Liberté, Égalité, Fraternité").
_MOTTO = r"[\w'’]+(?:[ \t]+[\w'’]+){0,2}(?:[ \t]*[-–—,][ \t]*[\w'’]+(?:[ \t]+[\w'’]+){0,2}){2}"
_RULE = r"(?:[ \t]*[*_=~.-]{3,})?"
_LETTERHEAD = lazy(
    rf"^[ \t]*(?:{_STATE_NAME}(?:[ \t]+{_MOTTO})?|{_MOTTO}){_RULE}[ \t]*$", re.IGNORECASE
)
# A motto alone on its line sets its parts apart with spaced dashes or commas ("Paix -
# Travail - Patrie"): a dash between letters joins a compound ("PRIMEIRO-MINISTRO DE
# TIMOR-LESTE"), it parts no motto.
_SEP = r"(?:[ \t]+[-–—][ \t]*|[ \t]*[-–—][ \t]+|[ \t]*,[ \t]*)"
_PART = r"[\w'’]+(?:[ \t]+[\w'’]+){0,2}"
_MOTTO_ALONE = lazy(rf"^[ \t]*{_PART}{_SEP}{_PART}{_SEP}{_PART}{_RULE}[ \t]*$")


def is_state_letterhead(text: str) -> bool:
    """Whether ``text`` is only a state's name and/or its motto (a letterhead)."""
    line = " ".join(text.split())
    if len(line) > 90 or not _LETTERHEAD.match(line):
        return False
    if re.match(_STATE, line, re.IGNORECASE):
        return True
    # A motto alone: each of its three parts opens on a capital.
    parts = re.split(_SEP, re.sub(r"[*_=~.]{3,}$", "", line).strip(" -"))
    # A motto's parts are parallel, as many words each give or take an article ("Un
    # Peuple - Un But - Une Foi", "Unité - Progrès - Justice"); a transcript's name set
    # the same way says what, where and about what in parts of any length ("Doorstop -
    # Sydney - Re Example Harbour").
    sizes = [len(p.split()) for p in parts]
    return (
        bool(_MOTTO_ALONE.match(line))
        and len(parts) == 3
        and all(p[:1].isupper() for p in parts)
        and max(sizes) - min(sizes) <= 1
    )
