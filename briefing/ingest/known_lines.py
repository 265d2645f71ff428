"""Lines known by their wording: site furniture, category lines, notes about the text,
and the captions of a release's closing sections (further information, contacts, notes).

Separate from the label patterns (``patterns``): these are word lists and patterns of
whole lines, in the languages releases come in, that ``roles``, ``title``, ``web_chrome``
and the caption rules ask of a line, never how a paragraph is numbered. ``patterns``
re-exports the names its importers read.
"""

from __future__ import annotations

import re

from briefing.lazyre import lazy

# Whole lines that are site furniture, in the languages the corpus shows. Compared after
# lower-casing and stripping punctuation at the ends.
BOILERPLATE_LINES = {
    "skip to content", "skip to main content", "skip navigation", "main menu", "menu",
    "search", "share", "share this page", "share this", "print", "print this page",
    "facebook", "twitter", "x", "linkedin", "whatsapp", "email", "e-mail", "youtube",
    "instagram", "flickr", "telegram", "back to top", "top", "home", "sitemap",
    "you are here", "current page", "related links", "related content", "download",
    "downloads", "descargas", "télécharger", "partager", "compartir", "imprimir",
    "imprimer", "accueil", "inicio", "kor", "eng", "english", "한국어", "view submenu",
    "open in a new page", "sign up for mail updates", "pdf version", "tools",
    "an official website of the united states government",
    "here's how you know", "official websites use .gov", "secure .gov websites use https",
    "cookies", "accept all cookies", "reject all cookies", "cookie settings",
    "access to search field", "launch the search", "subscribe", "rss",
    "legal notice", "privacy policy", "accessibility", "contact us", "follow us",
    "date", "fecha", "posted", "hit", "hits", "views",
}  # fmt: skip

# A byline opening its line on the languages' "by" ("By Jane Doe", "von A. Muster", "oleh
# ..."): the title rules (``title``) and the head's site lines (``head_menus``) read it.
BYLINE_OPENING = lazy(r"^\s*(?:by|par|por|von|di|oleh|door)\s", re.I)

_TRAIL_SEPARATORS = frozenset(">›»→")  # "Schattenblick → INFOPOOL → PARLAMENT"


class _BreadcrumbTrail:
    """A site's breadcrumb trail, "Home > News > Press releases": three or more parts
    split by '>', '›', '»' or '→', the first of one to four words, the others of one to six.

    It answers ``search`` as the old pattern
    ``^(?:\\S+\\s*){1,4}(?:\\s*[>›»]\\s*(?:\\S+\\s*){1,6}){2,}$`` did, but in one
    pass: that pattern backtracked exponentially on a long token (a URL alone on a
    line took 17 s, 800 characters minutes). A separator may also sit inside a word
    ("a>b"), so each one is read both ways; the states (part, words so far, inside a
    word) are few, so the pass is linear.
    """

    pattern = "breadcrumb trail (a > b > c)"

    def search(self, text: str) -> bool:
        if sum(text.count(c) for c in _TRAIL_SEPARATORS) < 2 or not text[:1].strip():
            return False
        # State: (separators used, capped at 2; words in this part; inside a word).
        states = {(0, 0, False)}
        for char in text:
            step: set[tuple[int, int, bool]] = set()
            space = char.isspace()
            for parts, count, inside in states:
                if space:
                    step.add((parts, count, False))
                    continue
                limit = 4 if parts == 0 else 6
                if inside:
                    step.add((parts, count, True))
                elif count < limit:
                    step.add((parts, count + 1, True))
                if char in _TRAIL_SEPARATORS and count:
                    step.add((min(parts + 1, 2), 0, False))
            states = step
            if not states:
                return False
        return any(parts == 2 and count for parts, count, _ in states)


BREADCRUMB = _BreadcrumbTrail()

BOILERPLATE_PATTERNS = [
    lazy(r"바로\s*가기|메뉴|검색창|사이트맵|통합검색|본문\s*내용"),
    lazy(r"^(?:direct\s+)?access to .* \(press \"?enter\"?\)$", re.I),
    lazy(r"^you are on page \d+\s*of\s*\d+$", re.I),
    lazy(r"^(?:go back to page|view (?:other websites|menu|submenu)|hide menu)\b", re.I),
    lazy(r"^check out .* on \w+$", re.I),
    lazy(r"^open in a new page", re.I),
    lazy(r"^[A-Z]{2} - \S.*$"),  # language menu entries "FR - français"
    lazy(r"^(?:photo|image|credit|photo credit)s?\s*[:©]", re.I),
    lazy(r"^©|^copyright\b", re.I),
    lazy(r"^(?:hit|hits|views?)\s*:?\s*\d*$", re.I),
    lazy(r"^\d{1,7}$"),  # a bare number above a release is a counter or page number
    lazy(r"^(?:home|accueil|inicio)\s*(?:[>›»/|]\s*\S.*)$", re.I),  # breadcrumbs
    BREADCRUMB,  # a > b > c
]

# Site sections printed above a release: the category, not content.
CATEGORY_LINES = {
    "press releases", "press release", "press briefings", "press briefing", "news",
    "statements", "statement", "speeches", "meetings coverage", "news releases",
    "media releases", "communiqués", "communiqués de presse", "comunicados",
    "comunicados de prensa", "noticias", "actualités", "보도자료", "press room",
    "joint statements", "readouts", "remarks",
    # The kind of paper in the other languages releases come in, singular and plural:
    # a category over the title, never the title.
    "media release", "news release", "communiqué de presse", "communiqué", "comunicado de prensa",
    "comunicado", "nota de prensa", "comunicato stampa", "comunicati stampa", "comunicato",
    "nota à imprensa", "nota de imprensa", "notas à imprensa", "pressemitteilung",
    "pressemitteilungen", "persbericht", "persberichten", "пресс-релиз", "報道発表",
    "プレスリリース", "新闻稿", "보도 자료",
    # A site's section of records named by the event alone ("Press conferences"), or its
    # latest posts: a whose-event name ("外務大臣会見記録") is a title, the bare event none.
    "記者会見", "記者会見録", "会見記録", "정례브리핑", "기자회견", "记者会", "例行记者会",
    "トピックス", "新着情報", "최근소식", "새소식",
}  # fmt: skip

TRANSCRIPT_NOTES = (
    # A transcript's disclaimer, "errors and omissions excepted": "E&OE", "E & O E -
    # PROOF ONLY", "TRANSCRIPTION: PROOF COPY E & OE". It heads no section.
    lazy(r"^(?:[A-Z: ]*\b)?E\s*&\s*O\s*\.?\s*E\.?\b(?:\s*[-–—:]?\s*[A-Z ]{0,20})?$"),
    # A transcript's or release's closing word: "ENDS", "- ENDS -", "(END)", "끝".
    lazy(r"^[-–—(\s]*(?:ENDS?|끝|以上)[-–—).\s]*$"),
)

# Lines that say something about the text rather than being part of it.
NOTE_PATTERNS = [
    lazy(r"^\*?\s*(?:unofficial|informal) translation\.?$", re.I),
    lazy(r"^\(?\s*(?:begin|end) (?:text|of text)\s*\)?\.?$", re.I),
    lazy(r"^\(.*(?:followed|ends|end|concluded|applause)\.?\)$", re.I),
    lazy(r"^\*(?:\s*\*){2,}$"),  # a dinkus, "* * *" or "*****"
    lazy(r"^(?:fuente|source|quelle)\s*:", re.I),
    lazy(r"^(?:for further information|further information|product information)\b", re.I),
    *TRANSCRIPT_NOTES,
]
# The same as one regex (each part keeps its own case flag): one match call a block
# instead of eight (roles asks it of every unlabelled block: 43 -> 13 ms on 28,000 lines).
assert all(p.flags & ~(re.I | re.U) == 0 for p in NOTE_PATTERNS)
NOTE_LINE = re.compile(
    "|".join(f"(?{'i' if p.flags & re.I else ''}:{p.pattern})" for p in NOTE_PATTERNS)
)
# A release's closing section of links and references: "Further information", "Más
# información", "Weitere Informationen".
FURTHER_INFORMATION = lazy(
    r"^(?:further information|more information|more info|useful links|"
    r"plus d[’']informations?|pour en savoir plus|más información|weitere informationen)\s*:?$",
    re.I,
)

# A contact block's caption. Press offices caption their block in the release's language
# ("Kontakt", "Pressekontakt", "Ansprechpartner", "Enquiries", "Contact presse"), as they
# caption it "Contacts" in English: the same caption, not one site's wording.
CONTACT_START = lazy(
    r"^(?:contacts?|media contacts?|press contacts?|contact data|for more information|"
    r"contacto|contactos|prensa|(?:media |press )?enquiries|contacts? (?:presse|médias?)|"
    r"(?:presse)?kontakte?|pressekontakter|kontaktpersoner?|ansprechpartner(?:in|innen)?|"
    r"contatti|contactpersoon|contactinformatie)\s*:?$",
    re.I,
)
# A release's contacts' heading in more languages ("Media enquiries", "Ansprechpartnerin",
# "Pressekontakt", "Contact presse"): words a release prints over the people who answer
# for it, never a site's page name (the bare "Kontakt", "Contatti" is as often a site's
# link to its contacts page, or its footer's caption over its own address: left out).
# Callers still ask for a phone number or an e-mail under it (``web_chrome.contact_card``,
# ``contact_captions.heads_contact_card``).
CONTACT_HEAD = lazy(
    r"^(?:(?:media |press )?(?:enquiries|inquiries)|pressekontakte?|medienkontakte?"
    r"|ansprechpartner(?:in|innen)?|ansprechpersonen?|rückfragen|kontaktperson(?:er)?"
    r"|contacts? (?:presse|médias?|medias?)|contatti stampa|contactos? de prensa"
    r"|kontakt dla mediów|contactpersoon)\s*:?$",
    re.I,
)
# A notes section's heading ("Notes", "Endnotes:"): it heads short notes, not a part.
NOTES_SECTION = lazy(r"^(?:end|foot)?notes:?$", re.I)
# A line of a contact card: a post box, an e-mail address, a phone number or its field.
CONTACT_LINE = lazy(
    r"(?:\bP\.?\s?O\.?\s?Box\b|@|\+\d[\d ()-]{6,}"
    r"|\b(?:phone|tel|mobile|fax|e-mail|email|twitter)\b\s*(?:number)?\s*:)",
    re.I,
)
