"""HTML reader on the tune-split release pages of ../shared/corpus, read in place.

Each test skips cleanly when ../shared is absent. The pages: a gov.uk body fragment
(15), European Parliament press releases (22, more/06), an EP joint motion for a
resolution (more/01), UN press releases (more/03, 04, 05, 08) and an EUR-Lex act in
French with its notes (more/09).
"""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import pytest

from briefing.ingest.pipeline import structure
from briefing.ingest.readers import read_file
from briefing.ingest.readers.decode import decode_bytes
from briefing.ingest.readers.html_text import BLOCKS
from tests.ingest.helpers import covered_words

TUNE = (
    "corpus/15_*.html",
    "corpus/22_*.html",
    "corpus/more/01_*.html",
    "corpus/more/03_*.html",
    "corpus/more/04_*.html",
    "corpus/more/05_*.html",
    "corpus/more/06_*.html",
    "corpus/more/08_*.html",
    "corpus/more/09_*.html",
)
UN_PAGES = ("corpus/more/03_*.html", "corpus/more/04_*.html", "corpus/more/05_*.html")
UN_PAGES += ("corpus/more/08_*.html",)


def one(shared: Path, pattern: str) -> Path:
    paths = sorted(shared.glob(pattern))
    if not paths:
        pytest.skip(f"{pattern} is not in ../shared")
    return paths[0]


def texts(ex) -> list[str]:
    return [line.text for line in ex.lines]


def page_words(html: str) -> Counter[str]:
    """Words a reader sees on the page (scripts and styles aside), split where the page
    starts a block, breaks a line or raises a superscript."""
    from lxml import etree

    root = etree.fromstring(html, etree.HTMLParser(remove_comments=True))
    parts: list[str] = []

    def visit(el) -> None:
        parts.append(el.text or "")
        for child in el:
            tag = child.tag.lower() if isinstance(child.tag, str) else ""
            if tag in ("script", "style", "template"):
                parts.append(" ")
            else:
                gap = " " if tag in BLOCKS or tag in ("br", "sup", "img", "option") else ""
                parts.append(gap)
                visit(child)
                if tag == "img":
                    parts.append(f" {child.get('alt') or ''} ")
                parts.append(gap)
            parts.append(child.tail or "")

    body = root.find("body")
    visit(body if body is not None else root)
    return Counter(re.findall(r"\w+", "".join(parts)))


@pytest.mark.parametrize("pattern", TUNE)
def test_no_word_is_lost(shared_dir: Path, pattern: str) -> None:
    """Every word on the page is in the outline or in ``removed`` (kept or listed)."""
    path = one(shared_dir, pattern)
    release = structure(read_file(path))
    html, _ = decode_bytes(path.read_bytes(), path, None)
    kept: Counter[str] = Counter()
    for word, n in covered_words(release).items():
        for token in re.findall(r"\w+", word):
            kept[token] += n
    lost = page_words(html) - kept
    # Screen-reader words glued to a link ("Open in a new page" + "Contact") are
    # one token for this simple page split only.
    lost = Counter({w: n for w, n in lost.items() if not w.startswith("page")})
    assert not lost, lost


@pytest.mark.parametrize("pattern", UN_PAGES)
def test_un_press_symbol_date_title(shared_dir: Path, pattern: str) -> None:
    ex = read_file(one(shared_dir, pattern))
    symbols = [t for t in texts(ex) if re.fullmatch(r"(?:D?SG)/SM/\d+", t)]
    assert len(symbols) == 1
    assert re.fullmatch(r"2023-\d\d-\d\d", ex.metadata["date"])
    title = next(line for line in ex.lines if line.style == "title")
    assert title.text == ex.metadata["title"] and len(title.text.split()) > 5
    # Sidebar highlights and noon briefings are dropped and listed.
    assert not any("Noon Briefing" in t for t in texts(ex))
    assert any("Noon Briefing" in text for _, text in ex.dropped)
    release = structure(ex)
    assert release.symbol == symbols[0]
    assert release.date == ex.metadata["date"]


def test_ep_joint_motion(shared_dir: Path) -> None:
    ex = read_file(one(shared_dir, "corpus/more/01_*.html"))
    assert ex.metadata["title"].startswith("JOINT MOTION FOR A RESOLUTION on the return")
    lines = texts(ex)
    citations = [t for t in lines if t.startswith("– having regard to")]
    assert len(citations) == 3
    recitals = [t[:2] for t in lines if re.match(r"[A-Z]\. whereas", t)]
    assert recitals == ["A.", "B.", "C."]
    numbered = [t.split()[0] for t in lines if re.match(r"\d\. [A-Z]", t)]
    assert numbered == [f"{n}." for n in range(1, 10)]
    # The procedure tracker and the amendments menu are the site's, not the motion's.
    assert not any(t.startswith(("Procedure :", "Votes :", "Amendments")) for t in lines)
    assert "pursuant to Rules 150(5) and 136(4) of the Rules of Procedure" in lines
    release = structure(ex)
    assert release.title.startswith("JOINT MOTION")
    assert release.date == "2025-05-07"


def test_ep_press_release_crossheads(shared_dir: Path) -> None:
    ex = read_file(one(shared_dir, "corpus/more/06_*.html"))
    heads = [line.text for line in ex.lines if line.style.startswith("heading")]
    assert "MEPs want to see Azeri officials sanctioned" in heads
    assert "The EU must reassess its relations with Azerbaijan" in heads
    for head in heads:  # never glued onto the next paragraph
        assert not any(t.startswith(head) and t != head for t in texts(ex))
    assert ex.metadata["date"] == "2023-10-05"
    assert sum(line.style == "list-item" and line.label == "•" for line in ex.lines) >= 4
    release = structure(ex)
    found = [release.node_text(n) for n in release.root.walk() if n.kind == "heading"]
    assert found[:2] == heads[:2]


def test_ep_press_release_contacts_kept(shared_dir: Path) -> None:
    ex = read_file(one(shared_dir, "corpus/22_*.html"))
    assert ("heading2", "New elections needed") in [(x.style, x.text) for x in ex.lines]
    assert any(t.endswith("@europarl.europa.eu") for t in texts(ex))
    assert not any("Share this page" in t for t in texts(ex))


def test_eurlex_notes_attach_to_their_markers(shared_dir: Path) -> None:
    ex = read_file(one(shared_dir, "corpus/more/09_*.html"))
    assert ex.metadata["language"] == "fr"
    notes = [line for line in ex.lines if line.style == "footnote"]
    assert len(notes) >= 10
    assert all(n.note_of is not None and n.label.startswith("(") for n in notes)
    for note in notes:  # the marker is printed in the line the note belongs to
        assert note.label in ex.lines[note.note_of].text
    recitals = [t for t in texts(ex) if re.match(r"\(\d+\) ", t)]
    assert recitals[0].startswith("(1) ") and len(recitals) > 30
    # The viewer's "Title and reference" panels are not the act.
    assert "Title and reference" not in texts(ex)
    release = structure(ex)
    footnotes = [n for n in release.root.walk() if n.kind == "footnote"]
    assert len(footnotes) == len(notes)


def test_ep_press_release_contacts_and_references(shared_dir: Path) -> None:
    ex = read_file(one(shared_dir, "corpus/more/06_*.html"))
    lines = texts(ex)
    # The release's "Further information" links are kept; its contact lines keep the
    # field labels the page gives screen readers.
    assert "Further information" in lines
    assert sum(t.startswith("Phone number: (+") for t in lines) == 2
    assert not any(t.startswith("Go to the page") for t in lines)  # the site's menus
