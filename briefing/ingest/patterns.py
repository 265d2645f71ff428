"""Regular expressions and word lists that recognise the printed parts of a release.

Kept apart from the logic so detection rules read as sentences and lists can grow without
touching it. Everything here is language-neutral or lists several languages. This module
holds paragraph labels (``match_label`` and the label families), footnote labels and
markers, document symbols and courtesy titles. Label values (``label_number``) are in
``label_numbers``, dates in ``date_patterns``, lines known by their wording (site
furniture, categories, contact captions) in ``known_lines`` and sentence ends in
``sentence_ends``; their names stay readable here for older importers.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from briefing.ingest import date_patterns as _dates
from briefing.ingest import known_lines as _known
from briefing.ingest import label_numbers as _numbers
from briefing.ingest import sentence_ends as _ends
from briefing.ingest.quote_dashes import opens_quotation
from briefing.lazyre import LazyPattern, lazy

# Courtesy titles before a person's name, in the languages of the corpus ("Mr. K. Example",
# "Mme Exemple", "H.E. Jane Sample"): the one list the rules that find people in minutes'
# rosters, attendance headings and PDF name lines share. (Bare "M" for Monsieur is left
# to rules that also want a comma and an office after the name.)
COURTESY_TITLES = r"Mr|Mrs|Ms|Messrs|Dr|Prof|Sir|Dame|Mme|Mlle|Sr|Sra|Srta|H\.\s?E|Hon|Amb"

# --- paragraph labels -------------------------------------------------------------------

ROMAN = _numbers.ROMAN
# Two words in capitals, as an agenda's lettered items are printed ("ROLL CALL",
# "DIRECTOR’S ITEMS", "APROBACIÓN DEL ACTA", "RUEGOS Y PREGUNTAS"): the text a capital
# letter's label may open besides a capitalised word. Accented capitals are capitals, and
# the second word may be one letter ("Y", "À"), the first word's two letters telling it
# from an initial.
_CAPS = "A-ZÀ-ÖØ-Þ"
CAPS_WORDS = rf"[{_CAPS}]{{2,}}(?:[’'][{_CAPS}]*)?[ \t]+[{_CAPS}]+(?![^\W\d_])"


@dataclass(frozen=True, slots=True)  # (one a labelled line: built and read quicker)
class LabelMatch:
    label: str  # as printed, e.g. "1.", "(a)", "가.", "-"
    family: str  # what kind of label: "decimal.", "decimal)", "(alpha)", "bullet:-", ...
    body_offset: int  # where the text after the label (and its spaces) starts


# (One a labelled line: ~25,000 in a 5 MB text. A frozen dataclass's __init__ sets each
# field through object.__setattr__, looked up and called generically: setting the slots
# through their own descriptors builds one in half the time, and it stays frozen.)
_SET_LABEL = LabelMatch.label.__set__  # type: ignore[attr-defined]
_SET_FAMILY = LabelMatch.family.__set__  # type: ignore[attr-defined]
_SET_BODY_OFFSET = LabelMatch.body_offset.__set__  # type: ignore[attr-defined]


def _label_match_init(self: LabelMatch, label: str, family: str, body_offset: int) -> None:
    _SET_LABEL(self, label)
    _SET_FAMILY(self, family)
    _SET_BODY_OFFSET(self, body_offset)


LabelMatch.__init__ = _label_match_init  # type: ignore[method-assign]


# A label glued to its paragraph's first word, as typed in haste or left by an extraction
# that dropped the space ("1.The Committee", "(b)Expeditious processing ..."): a
# capitalised word follows, or a one-letter capital word ("3.O Comitê"), never a figure
# or an abbreviation; a Greek or Cyrillic capital opens the word as a Latin one does.
_GLUED_TO_WORD = r"(?=[A-ZÀ-ÝΑ-ΩΆ-ΏА-ЯЁ](?:[a-zà-ÿά-ώа-яё]|[ \t]+\S))"
# ... a capitalised word only (no lone capital: "12.5A of the Act" cites a section).
_GLUED_TO_CAPITALISED = r"(?=[A-ZÀ-ÝΑ-ΩΆ-ΏА-ЯЁ][a-zà-ÿά-ώа-яё])"

# Order matters: the first pattern that matches names the family.
_LABEL_PATTERNS: list[tuple[str, LazyPattern]] = [
    # "1.1", "1.1.", "2.3.1" — decimal sub-numbering
    # ... and ranges or lists of them, as recommendation numbers are cited: "140.11-14",
    # "140.82-85, 87", "140.120, 209"
    # ... and "4.1.1Ensuring", "1.1This directive": a web page sets the number in an
    # element of its own, spaced off by style alone, so a copy or a scrape of the page
    # glues it to the first word (as "1.The" below); a capitalised word follows, never a
    # unit or a figure ("3.5 GHz", "2.5bn" keep their space or their lower case); or the
    # article "A" after a number of three parts or more ("4.1.8.2A change ...": a shorter
    # one is a section lettered after its number, "12.5A of the Act", _lettered_section).
    (
        "decimal-sub",
        lazy(
            r"(\d{1,3}(?:\.\d{1,3})+"
            r"(?:\s?[-–]\s?\d{1,3}(?=[,\s])|,\s?\d{1,3}(?=[,\s]))*\.?)"
            rf"(?:[ \t]+(?=\S)|{_GLUED_TO_CAPITALISED}|(?=A[ \t]+[a-z]))"
        ),
    ),
    # "IS1.1", "A1.2": paragraphs numbered within a lettered part (UN budget fascicles,
    # annexes); the letters are capitals glued to the first number, as printed.
    # ... and "A.2.1", "B.1.3": the paragraphs of an appendix or annex lettered A, B, with
    # a point after the letter, as standards, directives and policies number them (glued
    # to the word as above when copied from a web page: "A.1.1These procedures").
    (
        "prefixed-decimal",
        lazy(
            r"([A-Z]{1,3}\d{1,3}(?:\.\d{1,3})+\.?|[A-Z]\d{1,3}(?=\t[A-Z])"
            r"|[A-Z]\.\d{1,3}(?:\.\d{1,3})+\.?(?=[ \t]+\S|[A-Z][a-z]|A[ \t]+[a-z]))"
            rf"(?:[ \t]+(?=\S)|{_GLUED_TO_CAPITALISED}|(?=A[ \t]+[a-z]))"
        ),
    ),
    # (An optional backslash before the point or bracket: Markdown's escape, "1\." or
    # "ii\.", written to keep a number opening a line from becoming a list; the number
    # is still the line's label, kept as printed.)
    # ... and a bare "12" before a tab: a PDF's paragraph number printed without its
    # point, which the reader marks with a tab once a run of them is found (pdf_hanging)
    # ... and "1.The Committee": a number glued to its paragraph's first word, as typed in
    # haste or left by an extraction that dropped the space; a capitalised word follows
    # ("3.O Comitê" too), never a figure ("1.5") or an abbreviation ("1.A."); a Greek or
    # Cyrillic capital opens the word as a Latin one does ("4.Την έγκριση", "2.Признать").
    # ... and "2a.", "4b.": an item inserted between "2." and "3." by an amendment, as
    # statutes number it so as not to renumber the rest (German "Nummer 2a", Austrian,
    # Swiss and Dutch acts alike): the same list, so the same family.
    # ... and "5.นาย": a number glued to a word of Thai, a script with no capitals, as
    # Thai releases type about one list label in ten; a figure has a digit after its
    # point, never a Thai consonant or leading vowel, so the glued number is a label
    # (the kana, Han and Hangul case is "wide." below; the Thai one stays in the list's
    # own family, since its neighbours are usually typed "4. นาย").
    (
        "decimal.",
        lazy(
            r"(\d{1,5}\\?\.(?=[ \t]+\S)|\d{1,3}(?=\t[A-Z])|\d{1,3}[a-z]\.(?=[ \t]+\S)"
            rf"|\d{{1,3}}\.{_GLUED_TO_WORD}"
            r"|\d{1,3}\.(?=[\u0e01-\u0e2e\u0e40-\u0e44]))[ \t]*"
        ),
    ),
    # Spanish, Portuguese and Italian ordinals: "1.º", "2.°", "3.o", "1ª" (numbered
    # articles and points of Latin-American and Iberian texts, old ones above all).
    ("ordinal.", lazy(r"(\d{1,3}\.?[º°ª]\.?|\d{1,3}\.o\.?)[ \t]+(?=\S)")),
    ("decimal)", lazy(r"(\d{1,5}\\?\))[ \t]+(?=\S)")),
    # "1- Première circonscription ...", "21 - Vingt-et-unième ...": the numbered points of
    # francophone West and Central African codes and decrees, a number and a hyphen; a
    # word follows ("2-3 ans", "10 - 12" are ranges).
    ("decimal-", lazy(r"(\d{1,3}[ \t]?-)[ \t]+(?=[^\W\d_])")),
    # ... the bracketed labels too, glued as "1.The" is: "(2)Chicken Coops ...", "(iv)Generally,
    # growth ...", "(a)The Resolution adopted ..." (parliaments' order papers, central
    # banks' statements and treaty texts as scraped or converted).
    ("(decimal)", lazy(rf"(\(\d{{1,3}}\))(?:[ \t]+(?=\S)|{_GLUED_TO_WORD})")),
    ("(roman)", lazy(rf"(\((?={ROMAN}\))(?:{ROMAN})\))(?:[ \t]+(?=\S)|{_GLUED_TO_WORD})")),
    # ... and a bare "ii" before a tab: set in a column of its own (a PDF's hanging labels)
    (
        "roman.",
        lazy(rf"((?=[ivx]+\\?[.)])(?:{ROMAN})\\?[.)]|(?=[ivx]+\t[A-Z])(?:{ROMAN}))[ \t]+(?=\S)"),
    ),
    ("(alpha)", lazy(rf"(\([a-z]\))(?:[ \t]+(?=\S)|{_GLUED_TO_WORD})")),
    ("alpha)", lazy(r"([a-z]\))[ \t]+(?=\S)")),
    # "aa)", "bb)": the level under "a)" in German, Austrian and Swiss statutes (a letter
    # doubled; "ii)" is read as a roman two above, as it always was).
    (
        "alpha2)",
        lazy(r"((?:aa|bb|cc|dd|ee|ff|gg|hh|jj|kk|ll|mm|nn|oo|pp|qq|rr|ss|tt)\))[ \t]+(?=\S)"),
    ),
    # "а)", "б)": a lettered list in Cyrillic, as Russian, Ukrainian, Bulgarian and Serbian
    # acts and orders letter their sub-points (подпункты) under "1.".
    ("cyr)", lazy(r"([а-яёєіїјљњћџ]\))[ \t]+(?=\S)")),
    # (Markdown's escape as in "decimal." above: "a\." keeps "a." from opening a list.)
    ("alpha.", lazy(r"([a-z]\\?\.)[ \t]+(?=\S)")),
    ("(ALPHA)", lazy(r"(\([A-Z]\))[ \t]+(?=\S)")),
    # "II. Background", and "II.— RELACIONES EXTERIORES" as older and Spanish texts print it;
    # "Ⅱ. Discussion" in the roman-numeral characters of Korean, Japanese, Chinese fonts;
    # "I.DELIBERATIONS", typed with no space before a word in capitals (francophone
    # governments' communiqués: "II.COMMUNICATIONS ORALES"), as "1.Cooperation" above.
    (
        "ROMAN.",
        lazy(
            r"((?=[IVX]+\.)X{0,3}(?:IX|IV|V?I{0,3})\.|[Ⅰ-Ⅻ]\.)"
            r"(?:[ \t]*[-–—―][ \t]*|[ \t]+|(?=[A-ZÀ-Ý]{3,}(?![\w.])))(?=[A-Z])"
        ),
    ),
    # "I - acompanhar ...", "II – dois ...": the incisos of Brazilian and Portuguese acts, a
    # roman numeral with no point, a dash, and a clause that opens in lower case (as a
    # list's items go on the sentence above). The dash is the separator, not the label.
    # (A capital after the dash is speech: "I – I think ..." in a transcript.)
    (
        "ROMAN-",
        lazy(r"((?=[IVX]+[ \t]*[-–—―])X{0,3}(?:IX|IV|V?I{0,3}))[ \t]*[-–—―][ \t]*(?=[a-zà-ÿ])"),
    ),
    # "Item 7.  Promotion and protection of human rights:": the items of a UN committee's
    # programme of work or provisional agenda, numbered with the word (sub-items "(a)"
    # under them). A capital follows, as an item's name starts.
    ("item.", lazy(r"(Item[ \t]+\d{1,3}\.)[ \t]+(?=[A-Z])")),
    # "A. Background", and the recitals of resolutions "A. whereas ..."; not initials
    # ("J. Smith": a name follows, capitalised, and J is past H anyway). An agenda prints
    # its lettered items in capitals ("B. PLEDGE TO FLAG", "D. APPROVAL OF AGENDA"): two
    # words in capitals, not one, as an initial before a surname in capitals ("A. SMITH")
    # is one word, and a name's comma ("B. SMITH, MAYOR") stops the run.
    (
        "ALPHA.",
        lazy(
            r"([A-H]\.)[ \t]+(?=[A-Z][a-z]|"
            rf"{CAPS_WORDS}|(?:whereas|considérant|considerando)\b)"
        ),
    ),
    # "A) Recent developments", "B) Risks": lettered parts of minutes, as "A." above.
    ("ALPHA)", lazy(r"([A-H]\))[ \t]+(?=[A-Z][a-zà-ÿ])")),
    # An article's designation run into its text, as laws and decrees of the civil-law
    # countries print their articles: "Article premier : Il est institué ...", "Art. 2. -
    # Sont membres ...", "Artículo 3.- La ...", "Art. 1º - ...", "Статья 1. Настоящий ...".
    # The label stops before its separator (":", ".", a dash), which no article lacks:
    # "Article 5 of the Convention ..." is a sentence, not a label; and the text after it
    # opens on a word ("Art. 2.º" alone on its line is a heading: its "º" is no word).
    # Brazilian and Portuguese acts print no separator after an ordinal: "Art. 1º Fica
    # instituído ...": the ordinal sign ends the label, and a capital opens the text.
    # Chinese and Japanese acts number theirs "第一条", "第十二条", and a space (or an
    # ideographic space) parts it from the text.
    (
        "article",
        lazy(
            r"((?i:article|art[ií]culo|artigo|articolo|artikel|art|статья|ст)[ \t]?\.?[ \t]?"
            r"(?:\d{1,3}(?:er|\.?[º°ª])?(?:[ \t]?(?:bis|ter))?|(?i:premier|première|primero|"
            r"unique|único|unico)|[IVXLC]{1,6})\.?"
            r"|第[一二三四五六七八九十百零〇]{1,6}条(?=[ \t\u3000]+\S))"
            r"(?:[ \t]*(?:[:.]|[-–—])[ \t]*(?=[^\W\d_ºª]|[«\"“(])|(?<=[º°ª])[ \t]+(?=[A-ZÀ-Ý])"
            r"|(?<=条)[ \t\u3000]+)"
        ),
    ),
    # "§ 1º Cada membro ...", "Parágrafo único. Considera-se ...": the paragraphs of an
    # article in Brazilian and Portuguese acts, run into their text (a German "§ 1" is a
    # heading on its own line: no ordinal sign, no capital after it on the line).
    (
        "§",
        lazy(r"(§[ \t]?\d{1,3}[º°]|Par[áa]grafo [úu]nico\.?)[ \t]+(?=[A-ZÀ-Ý])"),
    ),
    # The sections of a US order, bill or act, run into their text: "Section 1. Purpose.
    # ...", "Sec. 2. Definitions. ...", "SEC. 3. ...". The number's point is the label's
    # end: "Section 5 of the Act ..." is a sentence citing one.
    (
        "section",
        lazy(r"((?:Section|SECTION|Sec\.|SEC\.)[ \t]+\d{1,3}[A-Za-z]?\.)[ \t]+(?=[A-Z(])"),
    ),
    ("hangul.", lazy(r"([가나다라마바사아자차카타파하]\.)[ \t]+(?=\S)")),
    ("hangul)", lazy(r"([가나다라마바사아자차카타파하]\))[ \t]+(?=\S)")),
    ("circled", lazy(r"([①-⑳])[ \t]*(?=\S)")),
    # Chinese and Japanese numbering, set against the text without a space: "一、",
    # "（一）", "（1）", "１．" (full-width forms, as CJK fonts print them).
    ("cjk、", lazy(r"([一二三四五六七八九十]{1,3}、)[ \t\u3000]*(?=\S)")),
    # (Chinese databases and Word files also type the brackets in ASCII: "(一)", "(十二)";
    # a PDF's text spaces an ASCII bracket off the numeral: "(一 )", pdftotext's gap
    # between a half-width and a full-width glyph.)
    ("(cjk)", lazy(r"([（(] ?[一二三四五六七八九十]{1,3} ?[）)])[ \t\u3000]*(?=\S)")),
    ("(wide)", lazy(r"([（(][０-９0-9]{1,2}[）)])[ \t\u3000]*(?=[^\s\d０-９])")),
    # ... and "1.地域の安定", as Japanese and Chinese transcripts type an answer's list:
    # an ASCII number and point against a kana, Han or Hangul character (a figure, "2.5",
    # has a digit after its point).
    (
        "wide.",
        lazy(
            r"([０-９]{1,2}[．.]|\d{1,2}\.(?=[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7a3]))"
            r"[ \t\u3000]*(?=[^\s\d０-９])"
        ),
    ),
]

# Designations of the parts of legal acts and long reports, printed on their own line
# above the part's title: "TITRE I", "Article premier", "CHAPTER 2", "Section 3".
DESIGNATION = lazy(
    r"^(?P<word>article|art\.|titre|title|titulo|título|chapitre|chapter|cap[ií]tulo|"
    r"section|secci[oó]n|part|partie|parte|annex|annexe|anexo|appendix|livre|book|libro)"
    r"\s+(?:[IVXLC]{1,6}|\d{1,3}[a-z]?|premier|première|first|unique|único|[A-Z])\.?$",
    re.I,
)

# Bullets used for sub-points. "*", "**" and "※" are footnote markers, handled apart.
# "ㅇ" (the Hangul letter ieung) is how Korean government texts type the "○" sub-point
# on a Hangul keyboard: every ministry's plain-text release uses one or the other.
# Korean, Chinese and Japanese texts often set the marker right against the text ("□한-미
# ...", "ㅇ양 장관은", "○ハイチ", "○「密約」"): a lone symbol or jamo before a syllable, a
# kana or an opening corner bracket starts no word, so it is a marker.
# Symbol and Wingdings bullets copied out of a PDF arrive as private-use characters
# (U+F0B7 "", U+F0A7 "", U+F076 "", U+F0D8 ""): markers, never text.
# Japanese texts type the middle dot bullet as the katakana middle dot "・" (U+30FB),
# Korean ones as the Hangul letter "ㆍ" (U+318D): the same "·" on another keyboard.
_BULLET = re.compile(
    r"([-–—―−•·°○□■◦▪►◆◇●oㅇ❍◎▶▷➢➤.・ㆍ\uf000-\uf0ff])[ \t]+(?=\S)"
    r"|([□○■◦▪◆◇●ㅇ❍◎▶▷・ㆍ])(?=[\uac00-\ud7a3\u4e00-\u9fff\u3040-\u30ff「『0-9０-９])"
)
# Superscript digits, as text copied from a word processor or a web page keeps them.
SUPERSCRIPTS = "¹²³⁰⁴⁵⁶⁷⁸⁹"
_FOOTNOTE_LABEL = lazy(
    rf"(\*{{1,3}}|※|\[\d{{1,3}}\]|[{SUPERSCRIPTS}]{{1,3}}|\d{{1,2}}\)(?=\s*[A-Z]))[ \t]*(?=\S)"
)


def _first_char_class(char: str) -> str:
    if char.isdigit():
        return "digit"
    if char == "(":
        return "paren"
    if char.isascii() and char.islower():
        return "lower"
    if char.isascii() and char.isupper():
        return "upper"
    return "other"


# Only the patterns that can match a block's first character are tried: most blocks
# start with a word, and a release can have tens of thousands of them.
_START_CLASSES = {
    "digit": (
        "decimal-sub",
        "ordinal.",
        "decimal.",
        "decimal)",
        "decimal-",
        "circled",  # "①".isdigit() is True
        "wide.",  # and so is "１"
    ),
    "paren": ("(decimal)", "(roman)", "(alpha)", "(ALPHA)", "(wide)", "(cjk)"),  # "(1)海外出張"
    "lower": ("roman.", "alpha)", "alpha2)", "alpha."),
    "upper": (
        "prefixed-decimal",
        "item.",
        "ROMAN.",
        "ROMAN-",
        "ALPHA.",
        "ALPHA)",
        "article",
        "§",
        "section",
    ),
    "other": (
        "hangul.",
        "hangul)",
        "circled",
        "cjk、",
        "(cjk)",
        "(wide)",
        "wide.",
        "ROMAN.",
        "article",  # "Статья 1. ..."
        "cyr)",
        "§",
    ),
}
# (Every family's pattern has exactly one group, the label: tests/ingest/test_lazyre.py
# checks it, so that importing this module compiles none of them.)


def _alternation(families: tuple[str, ...]) -> LazyPattern:
    """One regex trying each family's pattern in order: a single match call per block.
    Every pattern has exactly one group (the label), so ``lastindex`` names the family.
    (Compiled when a line first opens with a character of its class: the families'
    patterns are read for their source only, never compiled one by one.)"""
    sources = [dict(_LABEL_PATTERNS)[family].pattern for family in families]
    return lazy("|".join(f"(?:{source})" for source in sources))


_PATTERNS_BY_START = {
    start: (_alternation(families), families) for start, families in _START_CLASSES.items()
}
_BULLET_CHARS = frozenset("-–—―−•·°○□■◦▪►◆◇●oㅇ❍◎▶▷➢➤.・ㆍ") | frozenset(
    map(chr, range(0xF000, 0xF100))
)
# The (pattern, families) pair for each first character seen so far.
_BY_FIRST_CHAR: dict[str, tuple[re.Pattern[str], tuple[str, ...]]] = {}


# Zero-width characters (space, joiners, word joiner, byte-order mark) and how far into
# a line a label reaches ("(viii)", "140.11-14" and their space).
_ZERO_WIDTH_CHARS = frozenset("\u200b\u200c\u200d\u2060\ufeff")
_ZERO_WIDTH_AS_SPACE = str.maketrans(dict.fromkeys("\u200b\u200c\u200d\u2060\ufeff", " "))
ZERO_WIDTH_REACH = 12
NUMBER_POINT = re.compile(r"(\d{1,5}\.)[ \t]+(?=\S)")  # "decimal." less its escapes and tabs


def _lettered_section(text: str, m: re.Match[str]) -> bool:
    """A dotted number glued to a lone "A" ("4.1.8.2A change ..."): the article opening
    the paragraph after a number of three parts or more, but a section lettered after
    its number when the number is shorter ("12.5A of the Act")."""
    group = m.lastindex or 0
    glued = m.end(group) == m.end()
    return glued and text[m.end() : m.end() + 1] == "A" and m.group(group).count(".") < 2


_TYPED_RULE = re.compile(r"[-–—][-–— \t]*x?[ \t]*")


@lru_cache(maxsize=4096)
def match_label(text: str) -> LabelMatch | None:
    """The paragraph label (number or bullet) at the start of ``text``, if any.

    (Memoised: segmentation, roles and the tree each ask it of the same lines; the
    answer is immutable and depends on the text alone.)"""
    first = text[:1]
    if "0" <= first <= "9" and (m := NUMBER_POINT.match(text)) is not None:
        # The commonest label, "12. ", by its own short regex: the digit families tried
        # before "decimal." (sub-numbers, ordinals) cannot match when a space follows
        # the point. (The alternation of six families cost ~1 us a paragraph.)
        return LabelMatch(m.group(1), "decimal.", m.end())
    found = _BY_FIRST_CHAR.get(first)
    if found is None:
        alternation, families = _PATTERNS_BY_START[_first_char_class(first)]
        found = _BY_FIRST_CHAR[first] = (alternation.compiled(), families)
    pattern, families = found
    m = pattern.match(text)
    # (isascii is a flag read in C: ASCII text has no zero-width characters to look for.)
    if (
        m is None
        and not text.isascii()
        and not _ZERO_WIDTH_CHARS.isdisjoint(text[:ZERO_WIDTH_REACH])
    ):
        # A web page's editor leaves zero-width spaces where the label met its text
        # ("14.\u200b The", "3.\u200bThe"): invisible on the page and in a copy, so read
        # as the space they stand for (one character for one: the offsets hold).
        head = text[:ZERO_WIDTH_REACH].translate(_ZERO_WIDTH_AS_SPACE)
        return match_label(head + text[ZERO_WIDTH_REACH:])
    if m:
        family = families[m.lastindex - 1]
        if family == "decimal-sub" and text[m.end() : m.end() + 1].islower():
            return None  # a figure: "74.2 billion", "6.3 per cent"
        if family in ("decimal-sub", "prefixed-decimal") and _lettered_section(text, m):
            return None  # "12.5A of the Act": a section lettered after its number
        return LabelMatch(m.group(m.lastindex), family, m.end())
    if first in QUOTED_LABEL_OPENERS:
        return _quoted_label(text)
    if first in EMPHASIS_MARKS:
        return _emphasised_label(text)
    if first not in _BULLET_CHARS:
        return None
    m = _BULLET.match(text)
    if m:
        char = m.group(1) or m.group(2)
        if char in "–—―" and opens_quotation(text):
            return None  # "– Quoted words ..., säger ministern.": speech (quote_dashes)
        if char in "-–—―−" and _TYPED_RULE.fullmatch(text, m.end()):
            # "- - - - - - - - x": a rule typed with the hyphen key (a court caption's,
            # a typewritten separator) is a line of dashes, not a list item.
            return None
        # "o" is a bullet only when followed by a capital or a digit ("o The ..."), or
        # by Korean or Chinese text (typed for "○": "o 양 장관은 ...").
        if char == "o" and not re.match(r"o[ \t]+[A-Z0-9\"“\uac00-\ud7a3\u4e00-\u9fff]", text):
            return None
        # A point alone before a word in capitals (". WHAT IS MEANT ...") is a typed
        # bullet, as a scan reads the bullets of releases typed in capitals; before
        # anything else it is a stray mark, a dot leader (". . .") or the point of a
        # number a PDF's text set on the line above (". Outline" under "I").
        if char == "." and not re.match(r"\.[ \t]+[\"“]?[A-Z]{2,}\b", text):
            return None
        return LabelMatch(char, "bullet:" + _bullet_family(char), m.end())
    return None


# An amending act quotes the paragraphs it inserts or substitutes, each opening on a
# quotation mark before its own label: '“(g) National Security Division.”', '"16. Shri
# ...', '« Article premier : ...'. The quoted paragraph keeps its label (gazettes of every
# legal tradition print amendments so). Only numbers, letters and article or section
# designations are read after the mark, never a bullet or a lone capital letter: a
# speech quoted in a release opens on a word ("“I. ..." or "“- ..." is no amendment).
QUOTED_LABEL_OPENERS = frozenset('“"«„')
_QUOTED_LABEL_FAMILIES = frozenset(
    {
        "decimal.",
        "decimal-sub",
        "decimal)",
        "(decimal)",
        "(roman)",
        "(alpha)",
        "alpha)",
        "(ALPHA)",
        "cyr)",
        "article",
        "section",
        "ordinal.",
    }
)


# Markdown pasted or saved as text keeps its emphasis marks, and a converter or an editor
# sets a paragraph's number in bold apart from its text: "**A.** Offices shall ...",
# "**①** 위원회는 ...", "__2.__ The ...". The marks are the page's styling, not the
# number's: the label is what they enclose, when that is a label on its own (a run of
# one or two marks closed right after it; "**WELCOMING** the ..." encloses a word).
EMPHASIS_MARKS = frozenset("*_")
_EMPHASISED_REACH = 12  # "(viii)", "4.1.12" and the closing marks


def _emphasised_label(text: str) -> LabelMatch | None:
    """The label of a paragraph whose number is set in Markdown emphasis (see
    ``EMPHASIS_MARKS``)."""
    run = 2 if text[1:2] == text[:1] else 1
    mark = text[:run]
    close = text.find(mark, run, run + _EMPHASISED_REACH)
    inner = text[run:close]
    if close < 0 or not inner or inner != inner.strip() or inner[:1] in EMPHASIS_MARKS:
        return None
    rest = text[close + run :]
    if rest[:1] == mark[:1] or not rest[:1].isspace():
        return None  # "***", "**1.**2": no mark closed right before the text's space
    found = match_label(inner + rest)
    if found is None or found.family.startswith("bullet") or found.label != inner:
        return None  # a word in bold, a bullet, or a label reaching past the marks
    return LabelMatch(found.label, found.family, found.body_offset + 2 * run)


def _quoted_label(text: str) -> LabelMatch | None:
    """The label of a quoted paragraph (see ``QUOTED_LABEL_OPENERS``)."""
    if text[:1] not in QUOTED_LABEL_OPENERS:
        return None
    lead = 2 if text[1:2] in (" ", "\t", "\u00a0") else 1  # the mark, and a space after it
    rest = text[lead:]
    if not rest or rest[0] in QUOTED_LABEL_OPENERS:
        return None
    found = match_label(rest)
    if found is None or found.family not in _QUOTED_LABEL_FAMILIES:
        return None
    if match_label(rest[found.body_offset :]) is not None:
        return None  # '“(1) (a) ...': a paragraph and its first point, which is whose?
    return LabelMatch(found.label, found.family, found.body_offset + lead)


def _bullet_family(char: str) -> str:
    # En and em dashes used as bullets behave like the hyphen.
    if char in ("ㅇ", "o"):
        return "○"  # the same hollow circle, typed on another keyboard
    if char == ".":
        return "•"  # a typed bullet dot, read as a point (the same scan reads others "•")
    if char in ("・", "ㆍ"):
        return "·"  # the same middle dot, typed on a Japanese or Korean keyboard
    # The minus sign (U+2212) is the dash a word processor's list sets in some fonts; the
    # horizontal bar (U+2015) the one French official texts set (Légifrance: "― la ...").
    return "-" if char in "-–—―−" else char


# The order of symbols in Korean government texts (개조식): "□" heads a point, "○"
# (typed "ㅇ") a sub-point, "-" a sub-sub-point, "·" (typed "ㆍ") below it. Every
# ministry's release and briefing keeps it: a "□" is never a sub-point of a "○".
BULLET_RANK = {"□": 0, "■": 0, "○": 1, "◦": 1, "-": 2, "·": 3, "ㆍ": 3}


def bullet_outranks(family: str, open_family: str) -> bool:
    """Whether bullet ``family`` ("bullet:□") stands above ``open_family`` ("bullet:○")
    in that order, so that it cannot be a point inside it."""
    new = BULLET_RANK.get(family.removeprefix("bullet:"))
    old = BULLET_RANK.get(open_family.removeprefix("bullet:"))
    return new is not None and old is not None and new < old


_NOTE_MARK_FIRST = frozenset(f"*※[{SUPERSCRIPTS}")  # or "1)": a digit and a bracket


def match_footnote_label(text: str) -> LabelMatch | None:
    """A footnote marker at the start of a line: "*", "**", "※", "[1]"."""
    if text[:1] not in _NOTE_MARK_FIRST and ")" not in text[1:3]:
        return None  # (asked of every line: most open on a word or a paragraph's number)
    m = _FOOTNOTE_LABEL.match(text)
    if m and not (text[0] == "*" and _DINKUS.match(text)):
        return LabelMatch(m.group(1), "footnote", m.end())
    return None


# A line of nothing but asterisks ("***", "****", "* * * * *") is a section break (a
# dinkus) or a closing rule: it marks no note and explains nothing, whatever its length.
_DINKUS = lazy(r"\*(?:[ \t]*\*)+[ \t]*$")


# --- label values: in label_numbers; the names its readers ask of this module ------------

label_number = _numbers.label_number
roman_value = _numbers.roman_value


# --- dates: in date_patterns; the names its readers ask of this module ---------------------

MONTHS = _dates.MONTHS
_MONTH_NAMES = _dates.MONTH_NAMES  # (dates.py builds its own patterns on it)
YEAR = _dates.YEAR
MONTH = _dates.MONTH
DATE_PATTERNS = _dates.DATE_PATTERNS
ERA_START = _dates.ERA_START
DATE_NO_YEAR = _dates.DATE_NO_YEAR
TIME = _dates.TIME

# --- footnote markers inside text -------------------------------------------------------

# "Under-Secretaries-General*", "agenda**", "Guterres※", "election[1]", "term¹"
# A bracketed number may also follow the full stop or comma it annotates ("Lisbon.[1]").
# (A superscript after a unit, "100 m²", "km³", is a power, not a marker.)
# (A star after a comma or a colon marks the name before it: "Armenia, Egypt,* Norway",
# "Iraq:* draft resolution", as UN sponsor lines print a group's spokesman; a star after
# a full stop is text's own.)
INLINE_MARKER = lazy(
    r"(?:(?<=[\w\)\]’”\"])|(?<=[.,;:])(?=[\[¹²³⁰⁴-⁹])|(?<=\w[,:])(?=\*[ \n]))"
    rf"(\*{{1,3}}|※|\[\d{{1,3}}\]|(?<![\s\d]m)(?<![kcdm]m)(?<!ft)[{SUPERSCRIPTS}]{{1,3}})(?![\w*])"
)

# --- document symbols and metadata lines ---------------------------------------------------

SYMBOL = lazy(
    r"^(?:"
    r"[A-Z]{1,6}(?:/[A-Z0-9.]{1,12}){1,4}"  # SG/SM/22174, SC/15355, A/RES/77/1
    # PR/CP(2008)153, C-M(2009)0042, SG(2024)0112: NATO's and the Council of Europe's
    # document references, the year in brackets before the number.
    r"|[A-Z]{1,6}(?:[/-][A-Z]{1,6}){0,3}\((?:19|20)\d\d\)\d{1,4}(?:-[A-Z]{2,5})?"
    r"|(?:Ref\.?|No\.?|Nº|N°|Nr\.?|Reference)[:\s]*\s*[\w/.-]*\d[\w/.-]*"
    r"|(?:Comunicado de Prensa|Communiqué de presse|Press Release|Statement|Media Release"
    r"|News Release|Nota [àa] imprensa|Nota de imprensa|Comunicato stampa|Comunicado"
    r"|Pressemitteilung)"
    r"(?:\s+(?:No\.?|Nº|N°|n°)\s*|\s*:\s*)[\d/.-]+"
    r"|\d{1,5}(?:ST|ND|RD|TH)\s+MEETING(?:\s+\([AP]M\))?"
    r")$",
    re.I,
)

# --- lines known by their wording: in known_lines; the names its readers ask here --------

BOILERPLATE_LINES = _known.BOILERPLATE_LINES
BREADCRUMB = _known.BREADCRUMB
BOILERPLATE_PATTERNS = _known.BOILERPLATE_PATTERNS
CATEGORY_LINES = _known.CATEGORY_LINES
TRANSCRIPT_NOTES = _known.TRANSCRIPT_NOTES
NOTE_LINE = _known.NOTE_LINE
FURTHER_INFORMATION = _known.FURTHER_INFORMATION
CONTACT_START = _known.CONTACT_START
CONTACT_HEAD = _known.CONTACT_HEAD
NOTES_SECTION = _known.NOTES_SECTION
CONTACT_LINE = _known.CONTACT_LINE

# Two cells of a line laid out in columns: a gap of three spaces or a tab between words.
COLUMN_GAP = lazy(r"\S(?: {3,}|\t)\S")

# --- sentence ends: in sentence_ends; the names its readers ask of this module ------------

FUNCTION_WORDS = _ends.FUNCTION_WORDS
closing_quote_end = _ends.closing_quote_end
ends_sentence = _ends.ends_sentence


# A line wholly in brackets is an aside to the reader: an editor's note ("(Please check
# the official text with the Secretariat)"), a stage direction, "(Unofficial translation)".
# A release names itself in the open (no title in the corpus is bracketed whole), and its
# lead paragraph states the news in the open too.
BRACKETED_ASIDE = lazy(r"^\s*[(（\[][^()（）\[\]]*[)）\]]\s*$")
