"""Where a page's release text is, and which of its parts are page furniture.

Scoring is plain lxml (no trafilatura): the release is the smallest element holding
most of the page's running text, widened to the <article>/<main> around it so the
headline, symbol and date printed above the body come with it.
"""

from __future__ import annotations

import re

from briefing.ingest.link_boxes import headline_links
from briefing.ingest.readers.html_dead_links import leads_nowhere, page_places
from briefing.ingest.readers.html_galleries import gallery_box
from briefing.ingest.readers.html_picture_links import picture_link
from briefing.ingest.readers.html_text import is_inside, tag_of, text_of, tokens, within_tag
from briefing.ingest.readers.html_widgets import embed_notice_kind, widget_kind

# Never release text; left out without a trace (they are not printed on the page).
SILENT = frozenset(("script", "style", "template", "head", "link", "meta", "base"))
# Controls and embedded objects: what they print is a site's, not the release's.
_CONTROLS = frozenset(
    (
        "nav",
        "button",
        "select",
        "option",
        "input",
        "textarea",
        "label",
        "menu",
        "dialog",
        "iframe",
        "object",
        "embed",
        "video",
        "audio",
        "canvas",
        "svg",
        "map",
    )
)
# Class/id/role words of site furniture (menus, share bars, cookie notices...).
_FURNITURE_WORDS = frozenset(
    (
        "nav",
        "navbar",
        "navigation",
        "menu",
        "menubar",
        "breadcrumb",
        "breadcrumbs",
        "share",
        "sharing",
        "social",
        "socialnetwok",
        "cookie",
        "cookies",
        "consent",
        "skip",
        "sidebar",
        "related",
        "toolbar",
        "dropdown",
        "pagination",
        "pager",
        "banner",
        "search",
        "newsletter",
        "subscribe",
        "contentinfo",
        "complementary",
        "modal",
        # A pop-up or tooltip box opens over the page at a click (a share bar's privacy
        # notice, a glossary hint): the site's overlay, never printed in the release.
        "popup",
        "tooltip",
        "taxonomy",  # subject tags under a release ("Africa", "Chad")
        "tags",
        # A call to action: a box asking the reader to donate, sign or act ("Helfen Sie
        # mit!", a petition's teaser linking to it), flown in or set under the text, as
        # "newsletter" and "subscribe" ask them to sign up: the site's, never the release's.
        "flyout",
        "cta",
        "calltoaction",
        "petition",
        "donate",
        "donation",
        "donations",
    )
)
# Whole class names only: "field--label-hidden" hides a field's label, not the field.
_HIDDEN_CLASSES = frozenset(
    (
        "hidden",
        "hide",
        "sr-only",
        "visually-hidden",
        "visuallyhidden",
        "screen-reader-text",
        "element-invisible",
        "invisible",
        "offscreen",
        # Liferay/AlloyUI, the portal many ministries run on ("Back", a repeated title).
        "hide-accessible",
        "helper-hidden-accessible",
    )
)
# Running text counts for the scoring; words in links, menus and controls do not.
_UNSCORED = _CONTROLS | SILENT | {"a", "noscript", "header", "footer", "aside", "form"}
# An ancestor adding under 25 % more text (and no more than a headline, dateline and
# byline would) is still the same release.
_WIDEN = 1.25
# Below this share of the page's running text outside flagged containers, the flags
# are wrong (see choose_root).
_FLAGGED_SHARE = 0.2
_NO_RELEASE = 40  # characters: not one sentence of running text
_WIDEN_MAX = 1500
_SUBHEADS = ("h2", "h3", "h4", "h5", "h6")
_OTHER_SECTIONS = 300  # characters of headed text beside the release: other sections
_TABLE_PARTS = frozenset(("tbody", "thead", "tfoot", "tr", "td", "th"))
# Elements that hold blocks; the release is never a paragraph, list or row on its own.
_CONTAINERS = frozenset(
    (
        "div",
        "section",
        "article",
        "main",
        "form",
        "center",
        "font",
        "span",
        "table",
        "tbody",
        "thead",
        "tfoot",
        "tr",
        "td",
        "th",
        "blockquote",
    )
)


_DIALOG_ROLES = frozenset(("dialog", "alertdialog"))
_HEADINGS = ("h1", "h2", "h3", "h4", "h5", "h6")


def furniture_kind(el, tag: str, names: bool = True) -> str | None:
    """ "navigation" or "markup" when ``el`` is page furniture, else None. ``names=False``
    leaves out the evidence of its class/id/role words alone (see prose_share)."""
    if tag in _CONTROLS or tag == "noscript":
        return "navigation" if tag != "noscript" else "markup"
    if el.get("hidden") is not None or el.get("aria-hidden") == "true":
        return "markup"
    roles = (el.get("role") or "").lower().split()
    if not _DIALOG_ROLES.isdisjoint(roles) or el.get("aria-modal") == "true":
        # A box the page marks as a dialog opens over the page (a cookie or consent
        # banner, a sign-up or login box, a picture viewer): the site's overlay, as
        # a <dialog> is, never printed as the release.
        return "navigation"
    if (
        tag == "a"
        and (el.get("data-toggle") or el.get("data-bs-toggle") or el.get("aria-controls"))
        and not _in_sentence(el, tag)
        and next(el.iter(*_HEADINGS), None) is None
    ):
        # A tab or accordion control, not a link in the text. One wrapping a heading
        # (<a data-toggle="collapse"><h4>Notes</h4></a>) is the title of the section it
        # opens: a collapsed section is still the release, and its title goes with it.
        return "navigation"
    if tag == "a" and (
        _script_control(el) or _jump_link(el) or _sequence_link(el) or picture_link(el)
    ):
        return "navigation"
    style = (el.get("style") or "").replace(" ", "").lower()
    if "display:none" in style or "visibility:hidden" in style:
        return "markup"
    words = tokens(el)
    if not words:
        return embed_notice_kind(el)  # a classless box round an embedded frame
    for name in (el.get("class") or "").lower().split():
        if name in _HIDDEN_CLASSES or name.endswith("_hidden"):
            return "markup"
    if (
        names
        and words & _FURNITURE_WORDS
        and next(el.iter("h1"), None) is None
        and not _holds_main(el)
        and not _in_sentence(el, tag)
    ):
        # A "hero-banner" or "share-wrapper" around the headline is the article's; a
        # "container_wrap sidebar_right" round the page's <main> is its layout.
        return "navigation"
    if names and gallery_box(el) and next(el.iter("h1"), None) is None and not _holds_main(el):
        return "navigation"  # the site's slider of pictures or stories (html_galleries)
    if next(el.iter("h1"), None) is None:
        return widget_kind(el)
    return None


# Elements that run inside a line of text (a glossary term's link, a marked word).
_INLINE = frozenset(("a", "span", "abbr", "dfn", "em", "strong", "b", "i", "mark", "cite"))
_WORD = re.compile(r"\w")


def _in_sentence(el, tag: str) -> bool:
    """True when an inline element has words of its sentence on both sides ("... dass
    positive <a class="tooltip-link">Treibhausgas</a>-Emissionen ..."): a word of the
    release set as a glossary hint or a styled term, whatever its class says. A menu,
    share bar or tag list strings its links with spaces, bars or commas, never words."""
    if tag not in _INLINE:
        return False
    prev = el.getprevious()
    parent = el.getparent()
    before = prev.tail if prev is not None else (parent.text if parent is not None else "")
    return bool(_WORD.search(el.tail or "")) and bool(_WORD.search(before or ""))


# Share of the release element's prose above which an element is the release's own
# column whatever its class or id words say (see Walker._furniture).
PROSE_SHARE = 0.5
_SENTENCE_WORDS = 12  # a paragraph of running prose, not a name, a label or a menu line


def prose_chars(el) -> int:
    """Characters of ``el``'s prose: its paragraphs (<p>) of a sentence or more. Lists
    of names, menus, teaser headlines and link lines are not prose. Chinese and
    Japanese set no spaces: their characters count as words (segment.unspaced_words)."""
    return sum(size for _, size in _prose_paragraphs(el))


def _prose_paragraphs(el):
    """(paragraph, characters) of each <p> under ``el`` counted by prose_chars."""
    from briefing.ingest.segment import unspaced_words

    for p in el.iter("p"):
        text = text_of(p)
        words = len(text.split())
        if words >= _SENTENCE_WORDS or words + unspaced_words(text) >= _SENTENCE_WORDS:
            yield p, len(text)


_CONTROL_WORDS = 3


def _jump_link(a) -> bool:
    """A skip link: a few words alone on their line, linking to a mark later in the same
    page ("Video überspringen" to "#endVideo123", "Skip to content"). It lets a screen
    reader jump past a player or a menu; it is no text of the release. A note's marker
    links within the page too, but is a figure (html_notes reads it)."""
    href = a.get("href") or ""
    if "#" not in href:
        return False
    target = href.rsplit("#", 1)[1]
    text = _visible_text(a).split()
    if not target or not 0 < len(text) <= _CONTROL_WORDS:
        return False
    if any(ch.isdigit() or ch in "[]()*" for w in text for ch in w):
        return False
    if not _alone(a):
        return False
    found = page_places(a)[0].get(target)  # (read once per page: html_dead_links)
    return found is not None and found is not a and not is_inside(found, a)


def _alone(a) -> bool:
    """Nothing but the link on its line of text (no words of a sentence around it)."""
    prev = a.getprevious()
    parent = a.getparent()
    before = prev.tail if prev is not None else (parent.text if parent is not None else "")
    return not (before or "").strip() and not (a.tail or "").strip()


# HTML's link types for the page before and after this one in a series.
_SEQUENCE_RELS = frozenset(("prev", "previous", "next"))


def _sequence_link(a) -> bool:
    """A link the page marks ``rel="prev"`` or ``rel="next"``, alone on its line: by the
    HTML standard it leads to the previous or next page of a series ("← Older post",
    "Next page →"), the site's way through its archive, whatever the words. A release
    does not mark its own references so; words around the link keep it (a sentence)."""
    rels = (a.get("rel") or "").lower().split()
    return not _SEQUENCE_RELS.isdisjoint(rels) and _alone(a)


def _script_control(a) -> bool:
    """A link that runs a script ("javascript:printPage()") or leads nowhere
    (html_dead_links: "", "#", "#play" with no such place, role="button") and names an
    action in a word or two ("Print", "Share", "A+", "Close"): a control of the page, not
    a link of the release's text. Note markers are figures and stay (html_notes reads
    them)."""
    text = _visible_text(a).split()
    if not 0 < len(text) <= _CONTROL_WORDS or any(ch.isdigit() for w in text for ch in w):
        return False
    # Alone, not inside a sentence ("See <a href='javascript:...'>the annex</a> for").
    if not _alone(a):
        return False
    # (The address last: leads_nowhere looks a fragment's target up in the page.)
    return (a.get("href") or "").strip().lower().startswith("javascript:") or leads_nowhere(a)


def _visible_text(el) -> str:
    """Text of ``el`` without the words hidden from the eye (a repeated title in an
    "sr-only" span of a "Print" link)."""
    parts = [el.text or ""]
    for child in el:
        if isinstance(child.tag, str) and not screen_reader_only(child):
            parts.append(_visible_text(child))
        parts.append(child.tail or "")
    return " ".join(parts)


def screen_reader_only(el) -> bool:
    """Hidden by a class that only hides from the eye ("sr-only", "ep_hidden"): screen
    readers still speak it, unlike the ``hidden`` attribute, aria-hidden or
    display:none."""
    if el.get("hidden") is not None or el.get("aria-hidden") == "true":
        return False
    style = (el.get("style") or "").replace(" ", "").lower()
    if "display:none" in style:
        return False
    names = (el.get("class") or "").lower().split()
    return any(n in _HIDDEN_CLASSES or n.endswith("_hidden") for n in names)


# Headings of a site's own link boxes beside an article ("Related news", "Most read").
_SITE_LIST_HEADING = re.compile(
    r"^(?:related|more (?:news|stories|articles|from)|latest|most (?:read|popular|viewed)"
    r"|popular|trending|recent|other (?:news|stories|press releases)|in this section"
    r"|top stories|you (?:may|might) also|read (?:more|also)|see more|follow us|share)\b",
    re.I,
)
_REFERENCE_WORDS = 3  # mean words a link of a reference list names ("Procedure file on ...")


def reference_list(el) -> bool:
    """A link list under a heading of the release's own, whose links name documents
    ("Further information": "Procedure file on aviation safety", "Adopted texts
    (18.12.2020)"): the release's references, content a reader follows up. Site menus
    are unheaded or headed by the site ("Related news") and name pages in a word or
    two ("Home", "News")."""
    heading = el.getprevious()
    while heading is not None and not isinstance(heading.tag, str):
        heading = heading.getprevious()
    if heading is None or tag_of(heading) not in _SUBHEADS:
        return False
    if _SITE_LIST_HEADING.match(" ".join(text_of(heading).split())):
        return False
    items = [li for li in el if tag_of(li) == "li"]
    sizes = [len(text_of(li).split()) for li in items]
    sizes = [n for n in sizes if n]
    return bool(sizes) and sum(sizes) / len(sizes) >= _REFERENCE_WORDS


def link_list(el) -> bool:
    """A list whose every item is only a link (site menus): release lists have words
    of their own. mailto:/tel: links are contact details; a headed list of links that
    name documents is the release's references (see reference_list)."""
    items = [li for li in el if tag_of(li) == "li"]
    if len(items) < 2:
        return False
    # (A headed list of other pages' headlines is the site's box whatever its heading
    # says, "Zum Thema", "Lesen Sie auch": ``link_boxes.headline_links``. Its heading and
    # the box round it are left to the rules that read them.)
    if reference_list(el) and not headline_links([text_of(li) for li in items]):
        return False
    all_total = all_linked = 0
    every_item = True
    for li in items:
        total = _words("".join(li.itertext()))
        if not total:
            continue
        linked = sum(_words("".join(a.itertext())) for a in li.iter("a") if _counts_as_link(a))
        if linked:
            # A <time> beside an item's link dates the page it links to ("27 April
            # 2022"): a teaser's metadata, not words of an entry of its own. A date
            # alone in its item (a byline's "By X" | "7 May") is the release's own.
            total -= _dated_words(li)
        all_total += total
        all_linked += linked
        every_item = every_item and linked >= total
    # A site's big menu names a few of its groups without a link ("Fiumi e laghi" over
    # the group's links): nearly all of its many words are links all the same.
    return every_item or (all_total >= MENU_MIN_WORDS and all_linked >= MENU_LINKED * all_total)


MENU_MIN_WORDS = 40
MENU_LINKED = 0.9


def _words(text: str) -> int:
    """Words with a letter or a digit in them: a menu's expander glyphs ("+", "›", "▾")
    set beside each entry's link are controls, not words of the entry."""
    return sum(1 for token in text.split() if any(ch.isalnum() for ch in token))


def _dated_words(li) -> int:
    """Words of the <time> elements in ``li`` outside its links."""
    return sum(_words("".join(t.itertext())) for t in li.iter("time") if not within_tag(t, "a", li))


def _counts_as_link(a) -> bool:
    return not (a.get("href") or "").lower().startswith(("mailto:", "tel:"))


def link_box(el) -> bool:
    """A small box of links and labels: a document tracker ("Procedure : 2025/2691(RSP)
    Votes : PV 08/05/2025"), "Legal notice - Privacy policy". Release paragraphs carry
    sentences; a box where links are most of the words, or where no piece of text runs
    to a sentence, is the site's. A box holding the headline (<h1>) whose links all sit
    in lists is the release's head (kicker, headline and a list of "Energy", "Climate"
    tags in one header box): the lists go out on their own (link_list)."""
    links = [a for a in el.iter("a") if _counts_as_link(a)]
    if len(links) < 2 or _headline_box(el, links):
        return False
    if any(reference_list(lst) for lst in el.iter("ul", "ol")):
        return False  # the release's headed references, not a box of site links
    text = text_of(el)
    if len(text) > 1000:
        return False
    words = len(text.split())
    linked = sum(len(text_of(a).split()) for a in links)
    if not words or not linked:
        return False
    if linked >= 0.8 * words:
        return True
    longest = max((len(t.split()) for t in el.itertext()), default=0)
    return len(links) >= 3 and linked >= 0.3 * words and longest < 8


def _headline_box(el, links: list) -> bool:
    if next(el.iter("h1"), None) is None:
        return False

    def listed(a) -> bool:
        for anc in a.iterancestors():
            if anc is el:
                return False
            if tag_of(anc) in ("ul", "ol"):
                return True
        return False

    return all(listed(a) for a in links)


def choose_root(body):
    """The element holding the release text (``body`` itself for a bare fragment)."""
    totals: dict = {}
    best_total = _score(body, totals, page_prose=prose_chars(body))
    loose: dict = {}
    if best_total < _NO_RELEASE and best_total < _FLAGGED_SHARE * _score(body, loose, lenient=True):
        # No release text outside elements flagged as furniture by their tag or name
        # (not one sentence: the page would be refused), and nearly all of its running
        # text inside them:
        # the flags are wrong for this page, not the text. Sites wrap the whole page in
        # one <form> (ASP.NET), name the main column after the sidebar beside it
        # ("sidebar_content"), or print the readable copy inside <noscript>. A page with
        # any release text of its own outside them keeps it (a short release beside a
        # sidebar of teasers is still that release).
        totals, best_total, lenient = loose, loose[body], True
    else:
        lenient = False
    if best_total == 0:
        return body
    containers = _CONTAINERS | {"noscript"} if lenient else _CONTAINERS
    # Deepest element still holding 60 % of the running text.
    node = body
    while True:
        nxt = max(
            (c for c in node if tag_of(c) in containers),
            key=lambda c: totals.get(c, 0),
            default=None,
        )
        if nxt is None or totals.get(nxt, 0) < 0.6 * best_total:
            break
        if tag_of(nxt) == "tr" and not _layout_row(nxt, totals):
            break
        node = nxt
    # Widen while the wrapper adds little (headline, date, byline above the body),
    # never past the page's own <article>/<main> and never to the whole <body>.
    # A wrapper whose other parts have headings of their own (EUR-Lex's "Title and
    # reference" panels around the act) holds other sections, not the release's head.
    deepest = totals.get(node, 0)
    while node is not body and not _landmark(node) and tag_of(node) not in _TABLE_PARTS:
        if lenient and not _scored(node, tag_of(node), False):
            break  # the flagged box is the release's as the site drew it (headline too)
        parent = node.getparent()
        if parent is None or parent is body:
            break
        extra = totals.get(parent, 0) - deepest
        blocks = not _landmark(parent) and _sibling_blocks(node, totals, extra)
        if not blocks and (
            extra > min((_WIDEN - 1) * deepest, _WIDEN_MAX) or _sections_beside(node)
        ):
            break
        if _site_sections_after(node, parent):
            break
        node = parent
    # The <article>/<main> the body sits in prints its headline, symbol and date.
    for anc in node.iterancestors():
        if anc is body:
            break
        if _landmark(anc):
            if not _site_sections_after(node, anc):
                node = anc
            break
    return node


def _prose_column(el, tag: str, page_prose: int) -> bool:
    """True when ``el`` is flagged as furniture by its class or id words alone and holds
    most of the page's prose as one run of paragraphs set side by side: the column that
    prints the release, named by its template after something else (a
    search-highlighting hook "js-search-mark"). Menus, share bars and cookie notices
    hold no paragraphs; a sidebar of teasers holds many, but one to a teaser box."""
    if page_prose <= 0 or furniture_kind(el, tag, names=False) is not None:
        return False
    if prose_chars(el) < PROSE_SHARE * page_prose:
        return False
    return paragraph_run(el, chars=True) >= PROSE_SHARE * page_prose


def paragraph_run(el, chars: bool = False) -> int:
    """The longest run of prose paragraphs set side by side (children of one element)
    under ``el``: how many, or with ``chars`` their characters."""
    runs: dict = {}
    for para, size in _prose_paragraphs(el):
        runs[para.getparent()] = runs.get(para.getparent(), 0) + (size if chars else 1)
    return max(runs.values(), default=0)


# Share of the text a wider element adds that must sit in blocks of the chosen one's kind.
_SIBLING_SHARE = 0.8


def _sibling_blocks(node, totals: dict, extra: int) -> bool:
    """True when the running text ``node``'s parent adds sits in siblings of ``node``'s
    own kind (its tag and all its classes): a site that builds the article from blocks
    ("article-widget article-widget-text", a CMS's paragraph components) sets each of
    its text blocks in a box of one kind, with pictures and teasers between them; the
    block holding most of the text is one part of the release, its like beside it the
    rest. Boxes of another kind beside it (a sidebar, a teaser row) are not counted, nor
    a grid's columns, which share a layout class ("col-xs-12") but not all of them, nor
    boxes headed by headings of their own: panels of other sections (EUR-Lex's "Dates",
    "Title and reference" beside the act) are drawn alike, as _sections_beside says."""
    names = sorted((node.get("class") or "").split())
    if not names or extra <= 0:
        return False
    parent = node.getparent()
    same = sum(
        totals.get(sib, 0)
        for sib in parent
        if sib is not node
        and tag_of(sib) == tag_of(node)
        and sorted((sib.get("class") or "").split()) == names
        and next(sib.iter(*_SUBHEADS), None) is None
    )
    return same >= _SIBLING_SHARE * extra


def _site_sections_after(node, landmark) -> bool:
    """True when ``node`` already prints the headline (an <h1>) and the <main> around it
    goes on, after it, with blocks headed by headings of their own (a ministry's
    "Diplomatic Missions abroad", "Contacts", "Official Internet Resources" sections
    inside its <main>). A release prints its headline once, above its body; headed
    blocks below the body are the site's, and widening to the <main> would take them
    as the release's sections. What the <main> prints above the body (date, symbol)
    is not lost: the headline being inside ``node`` means the head is too."""
    if next(node.iter("h1"), None) is None:
        return False
    size = 0
    el = node
    while el is not landmark and el is not None:
        for sib in el.itersiblings():
            if isinstance(sib.tag, str) and next(sib.iter("h1", *_SUBHEADS), None) is not None:
                size += len(text_of(sib).strip())
        el = el.getparent()
    return size > _OTHER_SECTIONS


def _layout_row(tr, totals: dict) -> bool:
    """A row of a page-layout table (menu cell | content cell), not of a data table:
    layout tables have a few rows, one of them holding a page of text."""
    table = next(tr.iterancestors("table"), None)
    rows = len(own_rows(table)) if table is not None else 0
    return rows <= 3 and totals.get(tr, 0) >= 500


def own_rows(table) -> list:
    """``table``'s rows, not those of the tables nested in its cells (an old page lays
    out header, article and sidebar as tables in the cells of one outer table)."""
    return [tr for tr in table.iter("tr") if next(tr.iterancestors("table"), None) is table]


def layout_table(table) -> bool:
    """A table that lays out a page (a few rows, a cell holding a page of text)."""
    rows = own_rows(table)
    if not rows or len(rows) > 3:
        return False
    return any(len(text_of(cell)) >= 500 for tr in rows for cell in tr)


def _sections_beside(node) -> bool:
    """True when the elements beside ``node`` are sections of their own: headed and
    with text of their own (EUR-Lex's "Title and reference", "Dates" panels), unlike a
    release's headline and date box."""
    size = 0
    for sib in (*node.itersiblings(preceding=True), *node.itersiblings()):
        if isinstance(sib.tag, str) and next(sib.iter(*_SUBHEADS), None) is not None:
            size += len(text_of(sib).strip())
    return size > _OTHER_SECTIONS


def _holds_main(el) -> bool:
    """True when ``el`` wraps the page's <main> landmark. A menu, share bar or sidebar
    never holds it (HTML forbids <main> inside <nav>, <aside>, <header>, <footer>); a
    wrapper named after the sidebar it lays out beside the main column ("container_wrap
    sidebar_right", "has-sidebar") does, and is the page's frame, not furniture."""
    # (lxml's own walks, as for the <h1> test beside it: furniture_kind asks this of
    # every wrapper named so, nested ones too, on pages of tens of thousands of elements.)
    return (
        next(el.iterdescendants("main"), None) is not None
        or bool(el.xpath("boolean(.//*[@role='main'])"))
    )


def _landmark(el) -> bool:
    return tag_of(el) in ("article", "main") or el.get("role") in ("main", "article")


def page_header(el) -> bool:
    """A <header> that is the site's banner rather than the article's own (which holds
    the headline)."""
    return next(el.iter("h1"), None) is None and not any(
        _landmark(anc) for anc in el.iterancestors()
    )


def _score(el, totals: dict, lenient: bool = False, page_prose: int = 0) -> int:
    """Characters of running text under ``el`` (links and furniture excluded).

    ``lenient`` counts the text of containers flagged only by their tag or name
    (<form>, <noscript>, a "sidebar" class): still never links, controls, the page's
    header, footer and asides, or what the page hides. ``page_prose``: the page's
    prose (prose_chars), for the column named like furniture (_prose_column)."""
    total = len((el.text or "").strip())
    for child in el:
        tag = tag_of(child)
        if tag and _scored(child, tag, lenient, page_prose):
            total += _score(child, totals, lenient, page_prose)
        total += len((child.tail or "").strip())
    totals[el] = total
    return total


def _scored(el, tag: str, lenient: bool, page_prose: int = 0) -> bool:
    if not lenient:
        if tag in _UNSCORED:
            return False
        return furniture_kind(el, tag) is None or _prose_column(el, tag, page_prose)
    if tag in _CONTROLS or tag in SILENT or tag in ("a", "header", "footer", "aside"):
        return False
    if tag in ("noscript", "form"):
        return True
    return furniture_kind(el, tag) != "markup"  # hidden from the eye stays out
