"""A kicker set inside a page's headline element.

News and press templates print a short topic line over the headline ("Minderheit in
Syrien", "100. Geburtstag") and put it inside the <h1> itself, in an element of its own
that the style sheet sets on a line above:
``<h1><span class="article-title__overline">Topic</span> <span>Headline</span></h1>``.
Read as one line the topic runs into the title ("Topic Headline", or "TopicHeadline"
where no space stands between the two elements). The kicker is the site's label of the
story, not words of its title and not a paragraph of the release: it goes to the removed
text, unless the page's own title field (og:title) joins the two ("Topic: Headline"):
then that is the title.

The element is a kicker when it opens the heading, is short, words follow it, and the
page says so: its class or data names it one ("kicker", "topline", "overline",
"Dachzeile", "eyebrow", "topic-label" ...), or nothing but markup stands between it and
the next element, so the two are only apart on screen (a title's own words never end
glued to the next element's), and the headline after it is the longer part; or the
page's own title field (og:title) is the headline without it.
"""

from __future__ import annotations

import re

from briefing.ingest.readers.html_main import screen_reader_only
from briefing.ingest.readers.html_text import squash, tag_of
from briefing.lazyre import lazy

KICKER_MAX_WORDS = 8  # a topic line, never a sentence
# Class or data words templates give the line over the headline ("subline" is Legal
# Tribune Online's and others' name for it).
_KICKER_NAME = lazy(
    r"kicker|top-?line|over-?line|dachzeile|roof-?line|super-?title|supertitel|eyebrow"
    r"|pre-?title|sub-?line|super-?line|topic-label|story-label|spitzmarke",
    re.IGNORECASE,
)

# A separator the template sets after the kicker, hidden from the eye by a class of its own.
KICKER_SEPARATOR = lazy(r"^[\s:|·–—-]+(?=\S)")
_NON_WORD = lazy(r"\W+")
_BOXES = frozenset(("span", "div", "p", "small", "strong", "b"))
_QUOTES = "\"'»«“”„"


def headline_kicker(heading):
    """The element opening ``heading`` that is its kicker (see the module's note), else
    None."""
    first = next((c for c in heading if isinstance(c.tag, str)), None)
    if first is None or squash(heading.text or "") or tag_of(first) in ("br", "img", "a", "time"):
        return None
    kicker = visible_words(first)
    if not kicker or len(kicker.split()) > KICKER_MAX_WORDS:
        return None
    rest = squash(" ".join(_rest_texts(heading, first)))
    if not rest or not any(ch.isalpha() for ch in rest):
        return None
    if _named_kicker(first) or _loose(page_title(heading)) == _loose(rest):
        # (Or the page's own title field gives the headline without the first box's
        # words: "<h1><em>Topic </em>Headline</h1>" under og:title "Headline".)
        return first
    if first.tail:
        return None
    # A separator hidden from the eye between the two ("<span aria-hidden> – </span>")
    # leaves the boxes glued on the page's visible line all the same.
    nxt = first.getnext()
    while nxt is not None and isinstance(nxt.tag, str) and _hidden(nxt) and not nxt.tail:
        nxt = nxt.getnext()
    if nxt is None or not isinstance(nxt.tag, str):
        return None
    start = visible_words(nxt)[:1]
    # Words of cased scripts glued across two boxes ("EuroleagueNach", '"..."Trump'):
    # scripts written without spaces glue every word so, and mean nothing by it.
    glued = (
        {tag_of(first), tag_of(nxt)} <= _BOXES
        and not (nxt.text or "")[:1].isspace()
        and (_cased(kicker[-1:]) or kicker[-1:] in _QUOTES)
        and (start.isupper() or start in _QUOTES)
    )
    if glued and len(rest.split()) > len(kicker.split()):
        return first
    return None


def title_with_kicker(heading, kicker) -> str | None:
    """The page's own title (og:title, twitter:title) where it reads the kicker and the
    headline as one title ("Topic: Headline"), in its own words; else None. The
    publisher's title field says whether the topic belongs to the title: some sites'
    do ("Basketball-Euroleague: Nach ..."), others' give the headline alone."""
    whole = _loose(visible_words(kicker) + " " + " ".join(_rest_texts(heading, kicker)))
    title = page_title(heading)
    return title if title and _loose(title) == whole else None


def page_title(el) -> str:
    """The page's title field: og:title, else twitter:title ("" when it has neither).
    og:title first: where it gives the headline alone the page means that."""
    metas: dict[str, str] = {}
    for meta in el.getroottree().getroot().iter("meta"):
        key = (meta.get("property") or meta.get("name") or "").strip().lower()
        if key in ("og:title", "twitter:title"):
            metas.setdefault(key, squash(meta.get("content") or ""))
    return metas.get("og:title") or metas.get("twitter:title") or ""


def _loose(text: str) -> str:
    return " ".join(_NON_WORD.sub(" ", text.replace("\xad", "")).casefold().split())


def _cased(ch: str) -> bool:
    return ch.lower() != ch.upper()


def visible_words(el) -> str:
    """``el``'s words without the ones hidden from the eye (a screen reader's ":" after
    the kicker, an aria-hidden " - ")."""
    return squash(" ".join(_visible(el)))


def _visible(el):
    yield el.text or ""
    for child in el:
        if isinstance(child.tag, str) and not _hidden(child):
            yield from _visible(child)
        yield child.tail or ""


def _hidden(el) -> bool:
    return el.get("aria-hidden") == "true" or el.get("hidden") is not None or screen_reader_only(el)


def _rest_texts(heading, first):
    yield first.tail or ""
    for sib in first.itersiblings():
        if isinstance(sib.tag, str) and not _hidden(sib):
            yield from _visible(sib)
        yield sib.tail or ""


def _named_kicker(el) -> bool:
    names = " ".join(v for k, v in el.attrib.items() if k == "class" or k.startswith("data-"))
    return bool(_KICKER_NAME.search(names))
