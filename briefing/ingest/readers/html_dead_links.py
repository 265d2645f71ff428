"""A link that leads nowhere: a control the page's scripts run, not a link of the release.

A site's player, pop-up and menu controls are written as links whose address goes to no
page and to no place on this one: an empty address (``href=""``), a bare ``"#"``, a
fragment naming no element of the page (``"#play"``, ``"#volume"``, ``"#collapseSubNav"``:
the script catches the click, the browser never follows it), or a link the page itself
marks ``role="button"`` for screen readers. Their words name an action of the page
("Play / pause", "Close", "Menu", "Back", "Print"), never a sentence of the release: a
release's link leads to a document, a page or a note. ``html_main._script_control`` reads
these beside ``javascript:`` addresses, with the same test of a few words alone on their
line; note markers (figures) are left to ``html_notes``.
"""

from __future__ import annotations

_HEADINGS = ("h1", "h2", "h3", "h4", "h5", "h6")


def leads_nowhere(a) -> bool:
    """True when the link ``a`` goes to no page and no place on this page, or is marked
    as a button (see the module). A link with no ``href`` at all is an anchor (a
    target, perhaps round a heading), not a control, and is not read here."""
    if next(a.iter(*_HEADINGS), None) is not None:
        # An accordion's title (<a href="#"><h3>Annex</h3></a>) opens a section of the
        # release: the section is the release's, and its title goes with it.
        return False
    if (a.get("role") or "").strip().lower() == "button":
        return True
    href = a.get("href")
    if href is None:
        return False
    href = href.strip()
    if href in ("", "#", "#!"):
        return True
    if not href.startswith("#"):
        return False
    name = href[1:]
    # The fragment's target searched once per such link, as html_main._jump_link does.
    return not a.getroottree().xpath("//*[@id=$name or @name=$name]", name=name)
