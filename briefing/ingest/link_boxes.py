"""A site's box of links to its other pages, under the release in a page copied as text.

Under an article most sites print a captioned box of other pages' headlines ("Related",
"Most read", "Further information", "Zum Thema", "Las más leídas"), then the footer. A
browser's copy keeps the caption and each link on a line of its own. What holds of every
such box, in any language: a short caption that ends no sentence, then three links or
more in a row, each a headline of a few words that ends on no full stop, comma or colon
(a headline may ask a question); a rank or a player's control ("1", "play") may stand
between them. The release's own lines after its last paragraph are contacts, a dateline,
a signature or notes: names, numbers and sentences, which ``web_chrome._keep`` and the
contact card keep, and which end the box's entries here.

``box_lines`` finds such boxes in the lines under the release's last paragraph; only the
box's own lines are taken (what follows may be the release's contacts or notes).
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable

from briefing.lazyre import lazy

CAPTION_MAX_WORDS = 4  # "Related articles", "Weitere Informationen", "Las más leídas"
ENTRY_MIN_WORDS = 3  # a headline; a name or a control ("Jane Doe", "play") is shorter
ENTRY_MAX_WORDS = 30  # (a news headline runs to 25 words or so)
MIN_ENTRIES = 3  # one or two links may be the release's own (a report, its annex)
ENTRY_REACH = 12  # lines read under the caption (ranks and controls between the links)
SKIP_MAX_WORDS = 2  # a rank or control between entries, passed over

# A list's item or a numbered line, as the release sets its own lists ("- ", "• ", "2."):
# a browser copies a site's links with no marker.
_MARKED = lazy(r"^(?:[-*•+·▪◦–]\s|\(?\d{1,3}[.)]\s|\*\*|#)")
# A download's size ("PDF | 38 KB", "(1,2 MB)"): the entry is a file of the release's.
_FILE_SIZE = lazy(r"\d\s*[KMG]i?B\b", re.I)
_RANK = lazy(r"^\d{1,3}\.?$")  # a "most read" box's rank, alone on its line
# A line ending a sentence or a clause, a label waiting for its value, or a bracket (a
# reference's code or a file's format, "Procedure file (ABC)", an annex's "(Y/N)"): no
# headline, which ends on a word or asks a question.
_CLOSED = lazy(r"(?:[.;:,。；：，][\"'”’»)\]）」』]*|[)\]）])$")


def words(text: str) -> int:
    """Words, two CJK characters counting as one (those scripts write no spaces); the
    count ``web_chrome`` reads lines by too."""
    count = len(text.split())
    if text and ord(max(text[:200])) >= 0x3040:
        count += sum(1 for ch in text if "\u3040" <= ch <= "\u9fff" or ch >= "\uac00") // 2
    return count


def _closed(text: str) -> bool:
    """The line ends a sentence or clause (see ``_CLOSED``); a headline cut short with
    an ellipsis ("... der Kommission...") is a teaser's, not closed."""
    return not text.endswith(("...", "…")) and bool(_CLOSED.search(text[-4:]))


def _caption(text: str) -> bool:
    """A box's caption: a few words ending no sentence, not in capitals throughout (a
    legal text's annex and a form head their parts so) and no contact heading (the
    release's own card, which ``web_chrome.contact_card`` keeps)."""
    from briefing.ingest import patterns as P

    if not 0 < words(text) <= CAPTION_MAX_WORDS or _closed(text):
        return False
    # (Capitals throughout only in a script that has them: a Korean, Japanese or Arabic
    # caption, "관련 기사", is the same in upper case.)
    if (text.upper() == text and text.lower() != text) or _MARKED.match(text):
        return False
    return not (P.CONTACT_START.match(text) or P.CONTACT_HEAD.match(text))


def _worded(text: str) -> bool:
    """A headline's words: one in small letters past the first (an article, a verb, a
    preposition), or a script with no capitals. A line of capitalised names only is a
    roster's or an addressee's ("Example Group AS", "Ministry of Examples" passes)."""
    words = text.split()
    if any(word[:1].islower() for word in words[1:]):
        return True
    return not any(ch.isupper() or ch.islower() for ch in text)


def _in_order(texts: list[str], lines: list[int]) -> bool:
    """Lines in alphabetical order: a list of names (a consultation's addressees, a
    body's members), never a site's box, which orders its links by date or rank."""
    keys = [texts[i].strip().casefold() for i in lines if not _RANK.match(texts[i].strip())]
    return all(a <= b for a, b in itertools.pairwise(keys))


def _passed(texts: list[str], line: int, other: int, rank: int) -> bool:
    """A line between a box's links that is no link: the next link's rank, counted from
    1 (a "most read" box; a numbered item of the release goes on from its list's last
    number), or a control printed twice in a row ("play" / "play")."""
    text = texts[line].strip()
    if _RANK.match(text):
        return int(text.rstrip(".")) == rank
    return words(text) <= SKIP_MAX_WORDS and text == texts[other].strip()


def box_lines(texts: list[str], tail: list[int], kept: Callable[[str], bool]) -> list[int]:
    """The lines in ``texts`` of every link box (caption, links and what stands between
    them) among the non-blank lines ``tail``, those under the release's last paragraph.
    ``kept`` says which lines are the release's wherever they stand (dates, contacts,
    sentences): such a line is no caption and ends a box's links."""
    found: list[int] = []
    k = 0
    while k < len(tail):
        caption = texts[tail[k]].strip()
        if not _caption(caption) or kept(caption):
            k += 1
            continue
        entries = 0
        end = k
        for m in range(k + 1, min(len(tail), k + 1 + ENTRY_REACH)):
            text = texts[tail[m]].strip()
            if _passed(texts, tail[m], tail[m - 1], entries + 1) or (
                m + 1 < len(tail) and _passed(texts, tail[m], tail[m + 1], entries + 1)
            ):
                continue
            count = words(text)
            if not ENTRY_MIN_WORDS <= count <= ENTRY_MAX_WORDS or _MARKED.match(text):
                break
            if _closed(text) or kept(text) or not _worded(text) or _FILE_SIZE.search(text):
                break
            entries += 1
            end = m
        if entries >= MIN_ENTRIES and not _in_order(texts, tail[k + 1 : end + 1]):
            found.extend(tail[k : end + 1])
            k = end + 1
        else:
            k += 1
    return found


def headline_links(entries: list[str]) -> bool:
    """Three entries or more, each a headline of another page by the tests above (a
    few worded words ending on no stop, comma, colon or bracket, no list marker), not
    in alphabetical order: a site's box, not the release's list of documents, whose
    entries name a file's format or size, a procedure's code or a date in brackets."""
    texts = [" ".join(entry.split()) for entry in entries if entry.strip()]
    if len(texts) < MIN_ENTRIES:
        return False
    for text in texts:
        if not ENTRY_MIN_WORDS <= words(text) <= ENTRY_MAX_WORDS or _MARKED.match(text):
            return False
        if _closed(text) or not _worded(text) or _FILE_SIZE.search(text):
            return False
    return not all(a.casefold() <= b.casefold() for a, b in itertools.pairwise(texts))
