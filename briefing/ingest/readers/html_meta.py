"""Page metadata of an HTML release: title candidate, date, url, issuer, language."""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from briefing.ingest.readers.html_text import squash, text_of, tokens
from briefing.lazyre import lazy

# Meta tags that state when a page was published, most specific first.
_DATE_META = (
    "article:published_time",
    "og:published_time",
    "dc.date.issued",
    "dcterms.issued",
    "dc.date",
    "dcterms.date",
    "dcterms.created",
    "dc.date.created",
    "govuk:first-published-at",
    "date",
    "pubdate",
    "publishdate",
    "publication_date",
    "parsely-pub-date",
    "datepublished",
)
# schema.org metadata in JSON-LD (news sites, ministries on common CMSs).
_JSONLD_DATE = re.compile(r'"datePublished"\s*:\s*"([^"]+)"')
_ISO = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})")
_DMY = re.compile(r"^(\d{1,2})[-./](\d{1,2})[-./](\d{4})\b")  # 05-10-2023, 28.12.2017
_YMD_COMPACT = re.compile(r"^(\d{4})(\d{2})(\d{2})$")
_LANG = re.compile(r"^[A-Za-z]{2,3}(?:-[A-Za-z0-9]+)*$")


def iso_date(value: str) -> str:
    """``value`` as YYYY-MM-DD when it is a plain numeric date, else ""."""
    value = value.strip()
    if m := _ISO.match(value) or _YMD_COMPACT.match(value):
        y, mo, d = (int(g) for g in m.groups())
    elif m := _DMY.match(value):
        d, mo, y = (int(g) for g in m.groups())  # Europe writes day first
    else:
        return ""
    if 1 <= mo <= 12 and 1 <= d <= 31 and 1900 <= y <= 2200:
        return f"{y:04d}-{mo:02d}-{d:02d}"
    return ""


def _metas(root) -> dict[str, str]:
    """First content of each <meta> by lower-case name/property/itemprop."""
    found: dict[str, str] = {}
    for meta in root.iter("meta"):
        key = meta.get("property") or meta.get("name") or meta.get("itemprop") or ""
        content = meta.get("content")
        if key and content is not None:
            found.setdefault(key.strip().lower(), content)
    return found


def page_metadata(root, content, h1_text: str) -> dict[str, str]:
    """Title (the content's <h1> first), date, url, issuer and language of a page.

    ``content`` is the element chosen as the release text; ``h1_text`` the text of its
    first <h1> ("" when it has none).
    """
    metas = _metas(root)
    out: dict[str, str] = {}
    title = (
        h1_text
        or _head_title(root, metas, content)
        or _banner_headline(root, content, metas)
    )
    if title:
        out["title"] = title
    date = next((d for key in _DATE_META if (d := iso_date(metas.get(key, "")))), "")
    if not date:
        for script in root.iter("script"):
            is_ld = (script.get("type") or "").lower() == "application/ld+json"
            if is_ld and script.text and (m := _JSONLD_DATE.search(script.text)):
                date = iso_date(m.group(1))
                break
    if not date:
        # A <time datetime> printed with the release (UN press pages, EP press releases);
        # ones in sidebars lie outside the content and are not looked at.
        for time in content.iter("time"):
            if date := iso_date(time.get("datetime") or ""):
                break
    if date:
        out["date"] = date
    url = metas.get("og:url", "")
    for link in root.iter("link"):
        if (link.get("rel") or "").lower() == "canonical" and link.get("href"):
            url = link.get("href")
            break
    if url := squash(url):
        out["url"] = url
    issuer = squash(metas.get("og:site_name", ""))
    if not issuer and url:
        # The site the page is on says who issued it ("europarl.europa.eu").
        host = urlsplit(url).hostname or ""
        issuer = host.removeprefix("www.")
    if issuer:
        out["issuer"] = issuer
    if lang := content_language(root, content):
        out["language"] = lang
    return out


def _head_title(root, metas: dict[str, str], content=None) -> str:
    """The head's title, only on pages with no <h1> at all: where a page has headings
    but none in its content, its <title> is usually the site's or a viewer's
    ("EUR-Lex - 32017R2403 - EN"). Unless an <h1> of the page says what the <title>
    says: the headline, printed in a column of its own beside the one holding the text
    (Drupal panels, news layouts that set the headline in a band above the columns)."""
    h1s = list(root.iter("h1"))
    title = head_title(root, metas)
    if not h1s:
        return title
    if content is None or _opens_with_heading(content):
        return ""  # its own heading opens the text: the head rules read that one
    # The headline as the page prints it: the <title> may keep a separator its tail
    # left behind ("Headline -") that the <h1> never had.
    for h1 in h1s:
        if title and _same_words(text_of(h1), title) and not _in_banner(h1):
            return squash(text_of(h1))
    return ""


_OPENERS = ("h1", "h2", "h3", "h4", "h5", "h6", "p", "li", "td", "dd")


def _opens_with_heading(content) -> bool:
    """The content's first block of text is a heading (a subtitle set under the headline,
    or the headline itself set as an <h2>)."""
    for el in content.iter(*_OPENERS):
        if text_of(el).strip():
            return el.tag in ("h1", "h2", "h3", "h4", "h5", "h6")
    return False


_BANNER_WORDS = frozenset(("banner", "logo", "brand", "masthead"))


def _in_banner(h1) -> bool:
    """An <h1> in the site's banner holds the site's name (a <title> of the site alone)."""
    return any(
        anc.tag in ("header", "nav") or _BANNER_WORDS & tokens(anc) for anc in h1.iterancestors()
    )


def _same_words(a: str, b: str) -> bool:
    return _WORDS.findall(a.casefold()) == _WORDS.findall(b.casefold())


_WORDS = re.compile(r"\w+")


# What a <title> adds after the headline: " – Site", " | Site", " :: Site".
_SITE_SEPARATOR = lazy(r"^\s*[-–—|:·•‹›»/]")


def _banner_headline(root, content, metas: dict[str, str]) -> str:
    """The page's one <h1>, printed in a title band above the content rather than in it,
    when the <title> says the same before the site's name ("„Headline“ – Site"). Site
    themes set the headline in a full-width band over the columns and the body in the
    <main> below; the <h1> outside the content is then the release's, not a site's
    banner, as the head's title, written for the same page, confirms."""
    h1s = list(root.iter("h1"))
    if len(h1s) != 1 or any(d is h1s[0] for d in content.iter("h1")):
        return ""
    headline = squash(text_of(h1s[0]))
    title = _full_head_title(root, metas)
    if not headline or not title.startswith(headline) or _home_link(h1s[0], headline):
        return ""
    rest = title[len(headline) :]
    return headline if not rest or _SITE_SEPARATOR.match(rest) else ""


def _home_link(h1, headline: str) -> bool:
    """The <h1> is a link to the site's home page: a blog theme's site name set as the
    page's largest heading ("Site name » Blog Archive » Post" in the <title>)."""
    return any(
        squash(text_of(a)) == headline and urlsplit(a.get("href") or "").path in ("", "/")
        for a in h1.iter("a")
    )


def head_title(root, metas: dict[str, str] | None = None) -> str:
    """og:title or <title>, without a " | Section | Site" tail."""
    if metas is None:
        metas = _metas(root)
    title = _full_head_title(root, metas)
    return squash(title.split(" | ")[0]) if title else ""


def _full_head_title(root, metas: dict[str, str]) -> str:
    """og:title, else the <title>'s text, whole (site name and all)."""
    head = root.find("head")
    title_el = head.find("title") if head is not None else None
    return squash(metas.get("og:title") or (text_of(title_el) if title_el is not None else ""))


def content_language(root, content) -> str:
    """The lang of the release text: the content's own or its wrapper's (an EUR-Lex act
    in French inside an English viewer), else the page's."""
    el = content
    while el is not None and el is not root:
        if (lang := (el.get("lang") or "").strip()) and _LANG.match(lang):
            return lang.lower()
        el = el.getparent()
    # A wrapper just inside the content that declares the text's language.
    size = len(text_of(content))
    for child in content.iterdescendants():
        if not isinstance(child.tag, str):
            continue
        if (lang := (child.get("lang") or "").strip()) and _LANG.match(lang):
            if len(text_of(child)) > 0.8 * size:
                return lang.lower()
            break
    lang = (root.get("lang") or "").strip()
    return lang.lower() if _LANG.match(lang) else ""
