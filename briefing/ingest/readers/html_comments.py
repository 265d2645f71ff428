"""A readers' comment box under a release: where a reader writes, not what was issued.

News sites, ministries and blogs set under the article a box for readers' comments
(WordPress's and Drupal's forms, Disqus, Changyan on Chinese sites): a field to type in
(<textarea>), a button to send, and the box's own words around them ("Leave a reply",
"No comments yet, be the first!", "Log in", "Cancel", "OK"). None of it is the
release's. On any site the box is told by its structure: it holds a <textarea> and a
control to send (a <button>, an <input>), and no paragraph of prose. A box that also
holds the release's paragraphs (a page laid out in one column) is not taken whole: the
walk goes on into it and takes the comment box inside. Comments readers already posted
are paragraphs of prose, so a box holding them is left to the other rules.
"""

from __future__ import annotations

_SEND_CONTROLS = ("button", "input")


def writing_boxes(root) -> set:
    """The elements holding a <textarea> (found once for the page: testing every box
    for one would read the page once per level of nesting)."""
    boxes: set = set()
    for area in root.getroottree().getroot().iter("textarea"):
        for anc in area.iterancestors():
            if anc in boxes:
                break
            boxes.add(anc)
    return boxes


def comment_box(el, prose: int) -> bool:
    """True when ``el`` is a comment box (see the module); ``prose`` is its characters of
    prose (html_main.prose_chars)."""
    if prose or next(el.iter("textarea"), None) is None:
        return False
    return next(el.iter(*_SEND_CONTROLS), None) is not None
