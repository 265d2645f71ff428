"""Lines a website prints over every page it serves, which a copied page brings above
the release's own title: never the release's title.

Three shapes hold on any site, in any language:

- an account prompt ("Already have an account? Log in", "Sign in / Register", "Vous
  avez déjà un compte ?"): the site's tools for its readers, not what the page says;
- an archive notice ("This was published under the 2010 to 2015 ... government",
  "This page has been archived on the Web", "Innehållet publicerades under perioden"):
  what the site says of an old page, printed over archived releases by GOV.UK,
  Canada.ca, regeringen.se and the archived US government sites;
- the site's section, alone or after the site's name ("外務省・新着情報", "Federal
  Reserve | Press Releases", "News & Events"): where the page sits, as its menu or crumb
  trail names it. A title says what happened; a section's name, what kind of pages sit
  under it.
"""

from __future__ import annotations

import re

from briefing.ingest import patterns as P
from briefing.ingest.crumb_trails import norm_line
from briefing.lazyre import lazy

# An invitation to sign in, in the languages sites are written in.
_ACCOUNT_PROMPT = lazy(
    r"\b(?:already|don'?t|do not) have an account\b|\bcreate (?:an |your |a free )?account\b"
    r"|^\W*(?:log ?in|sign ?in)\s*(?:/|\||or|and)\s*(?:register|sign ?up)\W*$"
    r"|\bvous avez déjà un compte\b|\bcréer (?:un|mon|votre) compte\b"
    r"|\b(?:ya )?tienes (?:una )?cuenta\b|\bcrear (?:una |tu )?cuenta\b"
    r"|\bbereits ein konto\b|\bkonto erstellen\b|\bhai già un account\b|\bcrea un account\b",
    re.I,
)

# What a site prints over a page it keeps as an archive.
_ARCHIVE_NOTICE = lazy(
    r"^\W*(?:this (?:page|content|article|news story|press release|speech|statement|information)"
    r" (?:was|has been|is) (?:published|archived)\b|this was published under the\b"
    r"|this is (?:an? )?(?:archived|historical) (?:content|material|page|document)\b"
    r"|archived (?:content|information|page)\W*$|we have archived this page\b"
    r"|cette page (?:a été|est) archivée\b|(?:contenu|information) archivée?\W*$"
    r"|innehållet publicerades under perioden\b|indholdet er arkiveret\b"
    r"|indholdet på denne side vedrører regeringen\b|dette innholdet er arkivert\b"
    r"|dieser (?:inhalt|artikel) (?:ist|wurde) archiviert\b|contenido archivado\b)",
    re.I,
)

# Between a site's name and its section: "外務省・新着情報", "Federal Reserve | News".
_SITE_SECTION_JOIN = lazy(r"\s{0,3}[・|｜»›>]\s{0,3}|\s{1,3}[-–—]\s{1,3}")
SITE_NAME_MAX_WORDS = 4  # "Federal Reserve Board", "Ministry of Foreign Affairs"
SITE_NAME_MAX_CHARS = 40
# A site's sections beyond the kinds of paper ``patterns.CATEGORY_LINES`` lists.
_SECTIONS = frozenset(
    {
        "events", "news & events", "news and events", "news & media", "news and media",
        "newsroom", "what's new", "whats new", "media centre", "media center",
        "latest news", "latest", "updates", "news & updates", "announcements",
    }
)  # fmt: skip


# Sections named together: "News & Statements", "Meetings Coverage and Press Releases".
_SECTION_JOINS = lazy(r" (?:and|&|et|y|und) |[,/·]")


def _section(text: str) -> bool:
    norm = norm_line(text)
    if norm in _SECTIONS or norm in P.CATEGORY_LINES:
        return True
    parts = [part.strip() for part in _SECTION_JOINS.split(norm) if part.strip()]
    return len(parts) > 1 and all(part in _SECTIONS or part in P.CATEGORY_LINES for part in parts)


def names_site_section(text: str) -> bool:
    """The line names a section of the site, alone ("News & Events") or after the
    site's short name ("外務省・新着情報")."""
    stripped = text.strip()
    if not stripped or len(stripped) > SITE_NAME_MAX_CHARS + 40 or "\n" in stripped:
        return False
    if _section(stripped):
        return True
    parts = [part for part in _SITE_SECTION_JOIN.split(stripped) if part.strip()]
    if len(parts) != 2:
        return False
    site, section = parts
    return (
        _section(section)
        and len(site.split()) <= SITE_NAME_MAX_WORDS
        and len(site) <= SITE_NAME_MAX_CHARS
        and not any(ch.isdigit() for ch in site)
    )


def is_site_banner(text: str) -> bool:
    """An account prompt or an archive notice: a banner the site sets over the page,
    above the page's own head (its title follows)."""
    stripped = " ".join(text.split())
    return bool(_ACCOUNT_PROMPT.search(stripped) or _ARCHIVE_NOTICE.search(stripped))
