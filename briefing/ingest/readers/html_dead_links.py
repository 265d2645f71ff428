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

# The places of the page last read: one tuple (its root, {id: first element bearing it},
# anchor names), read and replaced whole, so pages read at once in the app's threads each
# see their own. One page is walked at a time; its places are read once, not once a link.
_last: list[tuple] = [(None, {}, frozenset())]


def page_places(a) -> tuple[dict[str, object], frozenset[str]]:
    """The page's ids (each with the first element bearing it, in page order) and the
    names of its anchors (``name="..."``), read once per page. A dictionary look-up,
    unlike an XPath per link (quadratic on a page of many such links, and lxml refuses a
    fragment holding a control character as an XPath variable: the page failed)."""
    root = a.getroottree().getroot()
    last = _last[0]
    if last[0] is not root:
        ids: dict[str, object] = {}
        names = set()
        for el in root.iter():
            if not isinstance(el.tag, str):
                continue
            key = el.get("id")
            if key is not None:
                ids.setdefault(key, el)
            name = el.get("name")
            if name is not None:
                names.add(name)
        last = (root, ids, frozenset(names))
        _last[0] = last
    return last[1], last[2]


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
    ids, names = page_places(a)  # (the page's places read once: page_places)
    return name not in ids and name not in names
