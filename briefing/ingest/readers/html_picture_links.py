"""A picture viewer's link: "Enlarge this image", "Vollbild", "View this image ›".

News sites, ministries and parliaments set beside every picture in a release a link to
the picture's own file at full size ("zum Vergrößern anklicken", "Hochauflösendes Bild
(jpeg, 1MB)"), the control a reader clicks to see it larger. Its words name the viewer's
action, in the site's language, never a sentence of the release. On any site it is told
by its shape: a link whose address is an image file, a few words alone on their line
(no sentence around it), inside the box that holds the picture. A link in a sentence
("the map of the main roads") is the release's own and stays.
"""

from __future__ import annotations

import re

from briefing.ingest.readers.html_text import tag_of, text_of
from briefing.lazyre import lazy

# The file a picture link opens: an image, with or without a query ("?__blob=panorama").
_IMAGE_FILE = lazy(r"\.(?:jpe?g|png|gif|webp|tiff?|avif)(?:[?#].*)?$", re.I)
_CONTROL_WORDS = 6  # "Hochauflösendes Bild (jpeg, 1MB)", "View this image ›"
_BOX_LEVELS = 3  # how far up the picture's box may be from the link


def picture_link(a) -> bool:
    """True when ``a`` is a picture viewer's link (see the module)."""
    href = (a.get("href") or "").strip()
    if not href or not _IMAGE_FILE.search(href):
        return False
    words = text_of(a).split()
    if not 0 < len(words) <= _CONTROL_WORDS or not _alone(a):
        return False
    return _beside_picture(a)


def _alone(a) -> bool:
    """Nothing but the link on its line of text (no words of a sentence around it)."""
    prev = a.getprevious()
    parent = a.getparent()
    before = prev.tail if prev is not None else (parent.text if parent is not None else "")
    return not (before or "").strip() and not (a.tail or "").strip()


def _beside_picture(a) -> bool:
    """A picture (<img>, <picture>) in the box around the link: the one it enlarges."""
    box = a
    for _ in range(_BOX_LEVELS):
        box = box.getparent()
        if box is None or tag_of(box) in ("body", "html"):
            return False
        if next(box.iter("img", "picture"), None) is not None:
            return True
    return False
