"""A site's sign-up box: the invitation to subscribe to its newsletter or feed.

Sites set a box beside, between or under their pages asking the reader to subscribe
("Pressemeldungen abonnieren", "Get email updates", "Sign up now", "Newsletter
abonnieren"): a line or two of invitation and a link or a form sending the reader to the
site's mailing list. It is the site's, on every page alike; the release says what it
says and asks no one to subscribe to the site. The box is told by where it sends: a link
or a form whose address is a sign-up ("newsletter", "subscribe", "abonnieren", a mailing
list's manager). It is the largest box round that address holding an invitation's words
at most and no <h1>, and never a paragraph of the release (a <p> of its own words beside
the link: "Subscribe to the survey's updates at ..." is the release's sentence). A box
that gives a date is a byline or a stamp with a "Subscribe" button in it, not the
invitation: it stays for the rules that read bylines and dates.

An address naming a newsletter is not always a sign-up: a release lists an issue of its
newsletter ("/newsletter/2031-spring.pdf"), a law on subscriptions, a transport pass
("/abonnements/..."). So a file is never a sign-up page, and the box must invite: a
verb asking the reader to subscribe or sign up ("abonnieren", "Sign up now",
"suscríbete", "in your inbox"), or a bare label of a few words ("Newsletter"). A list of
the release's own sentences naming a newsletter asks no one anything and stays.
"""

from __future__ import annotations

import re

from briefing.ingest.dates import find_date
from briefing.ingest.readers.html_text import tag_of, words_within
from briefing.lazyre import lazy

# The address of a mailing list's sign-up page or service.
_SIGNUP_ADDRESS = lazy(
    r"newsletter|subscri(?:be|ption)|abonn|list-?manage|listmanagement|/signup|/sign-up",
    re.IGNORECASE,
)
# A document, not a page to sign up on: an issue of a newsletter, a report.
_FILE_ADDRESS = lazy(r"\.(?:pdf|docx?|xlsx?|pptx?|odt|rtf|zip|epub)(?:[?#]|$)", re.IGNORECASE)
# The invitation's verb, in the languages of the sites read so far.
_INVITATION = lazy(
    r"subscribe|suscr[ií]b|abonnier|abonnez|s.abonner|abonneer|sign[\s-]?up|anmeld|"
    r"inscri(?:vez|bete|ba)|iscriv|assine|aanmeld|in your inbox|e-?mail updates|\bget our\b",
    re.IGNORECASE,
)
LABEL_MAX_WORDS = 3  # "Newsletter", "Newsletter bestellen": the link's label alone
SIGNUP_MAX_WORDS = 50  # a caption, two lines of invitation, the link or button
_TOP = frozenset(("body", "html", "main", "article"))
_BOXES = frozenset(("div", "section", "aside", "ul", "li", "form"))


def _signup_points(page) -> list:
    points = []
    for el in page.iter("a", "form"):
        address = el.get("href") if tag_of(el) == "a" else el.get("action")
        if address and _SIGNUP_ADDRESS.search(address) and not _FILE_ADDRESS.search(address):
            points.append(el)
    return points


def _invites(words: list[str]) -> bool:
    """The box asks the reader to subscribe, or is a link's bare label."""
    return len(words) <= LABEL_MAX_WORDS or bool(_INVITATION.search(" ".join(words)))


def signup_boxes(root) -> set:
    """The page's sign-up boxes (see the module)."""
    boxes: set = set()
    for point in _signup_points(root.getroottree().getroot()):
        box, box_words = None, []
        for anc in point.iterancestors():
            tag = tag_of(anc)
            if tag in _TOP or tag == "p":
                break  # (a link in a paragraph is the paragraph's)
            words = words_within(anc, SIGNUP_MAX_WORDS)
            if words is None or next(anc.iter("h1"), None) is not None:
                break
            if tag in _BOXES and words:
                box, box_words = anc, words
        # (Pieces joined with spaces: a byline's spans print name and date unspaced.)
        if box is None or not _invites(box_words):
            continue
        if find_date(" ".join(box.itertext())) is None:
            boxes.add(box)
    return boxes
