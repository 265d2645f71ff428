"""Derived plain-text family for the structure benchmark (issue 11).

Users paste and save text copied out of PDFs, web pages and Word files. The tune set has
few such shapes, so this module makes them from the TUNE documents with tools independent
of Briefing's readers and caches them under ``/tmp/briefing-derived/``. Each derived file
is read through the normal ``.txt`` path and scored against the original's gold outline
(the structure, furniture and notes are the same document's).

Never derive from the untouched test quarter: ``derive`` refuses a gold whose split is not
``tune``.
"""

from __future__ import annotations

import hashlib
import re
import shutil
import subprocess
from collections.abc import Callable
from pathlib import Path

CACHE = Path("/tmp/briefing-derived")

# HTML elements a browser puts on their own line when text is copied.
_BLOCKS = {
    "address", "article", "aside", "blockquote", "br", "dd", "div", "dl", "dt", "figcaption",
    "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li",
    "main", "nav", "ol", "p", "pre", "section", "table", "tr", "ul", "caption",
}  # fmt: skip
# A table's cells: a browser copies a row as one line with its cells separated by tabs
# (the innerText rule for table cells), not a cell a line.
_CELLS = {"td", "th"}
_SPACES = re.compile(r"[ \t\r\n\f]+")


def _pdftotext(path: Path, mode: str | None) -> str:
    args = ["pdftotext", "-enc", "UTF-8"] + ([mode] if mode else []) + [str(path), "-"]
    return subprocess.run(args, capture_output=True, check=True, timeout=120).stdout.decode(
        "utf-8", "replace"
    )


def _pdf_layout(path: Path) -> str:
    return _pdftotext(path, "-layout")


def _pdf_plain(path: Path) -> str:
    """pdftotext's default mode (what most users run): reading order, a blank line only
    between the blocks it finds, so paragraphs of one column often follow each other with
    no blank line, each hard-wrapped at the PDF's line ends."""
    return _pdftotext(path, None)


def _pdf_raw(path: Path) -> str:
    """pdftotext -raw: the content stream's order and no blank line at all, so no
    paragraph end, heading or page break is marked but by the text itself."""
    return _pdftotext(path, "-raw")


def _collapse(text: str | None, in_cell: bool = False) -> str:
    """White space as a browser shows it. Between elements, a source line break with no
    text beside it stays a break: elements written a line each (menu entries, links in a
    list) are laid out as blocks by the site's style sheet, which is not read here."""
    if not text:
        return ""
    if not text.strip() and "\n" in text and not in_cell:
        return "\n"
    return _SPACES.sub(" ", text)


def _html_copy(path: Path) -> str:
    """The body's text with block elements on their own lines, as a browser copies it."""
    import lxml.html

    data = path.read_bytes()
    try:
        # As a browser does for a page served as UTF-8 (the stored pages carry no HTTP
        # header; lxml alone guesses Latin-1 when the page declares no charset).
        root = lxml.html.fromstring(data.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        root = lxml.html.fromstring(data)
    for bad in root.xpath("//script|//style|//noscript|//template"):
        bad.drop_tree()
    body = root.find("body")
    if body is None:
        body = root
    # (Sets of the elements themselves, not of id(): lxml makes a proxy object per visit
    # and frees it after, so an id() may come back for another element.)
    preformatted = {e for pre in body.iter("pre") for e in pre.iter()}
    # Inside a cell, the source's line breaks between elements are spaces (the cell's
    # paragraphs still break lines, as in a browser's copy).
    inside_cells = {
        e
        for cell in body.iter("td", "th")
        for e in cell.iterdescendants()
        if str(e.tag).lower() not in ("table", "tr", "td", "th")
    }
    for element in body.iter():
        if not isinstance(element.tag, str):
            continue
        # A browser collapses the source's white space, its line breaks included: a
        # paragraph wrapped in the HTML source is one line when copied.
        cell_level = str(element.tag).lower() in _CELLS or element in inside_cells
        if element not in preformatted:
            element.text = _collapse(element.text, cell_level)
        parent = element.getparent()
        if parent is None or parent not in preformatted:
            element.tail = _collapse(element.tail, element in inside_cells)
    for element in body.iter():
        if not isinstance(element.tag, str):
            continue
        if element.tag.lower() in _CELLS:
            following = element.getnext()
            if following is not None and str(following.tag).lower() in _CELLS:
                element.tail = "\t" + (element.tail or "").strip()
            continue
        if element.tag.lower() not in _BLOCKS:
            continue
        # A newline before and after each block element's text.
        element.text = "\n" + (element.text or "")
        element.tail = "\n" + (element.tail or "")
    lines = [
        "\t".join(c.strip() for c in line.split("\t")) for line in body.text_content().splitlines()
    ]
    out: list[str] = []
    for line in lines:
        line = line.strip("\t ") if not line.strip() else line
        if line or (out and out[-1]):
            out.append(line)
    return "\n".join(out).strip() + "\n"


# Word's plain-text copy (what Notepad receives when a whole .docx is copied out of Word,
# or "Save as Plain Text"): automatic list numbers are written as text before a tab,
# a table row's cells are joined by tabs on one line, a note reference is its number and
# the notes follow the body. python-docx's ``paragraphs`` alone drops all three.
_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def _w(tag: str) -> str:
    return _W + tag


def _val(element, path: str) -> str | None:
    found = element.find(path) if element is not None else None
    return None if found is None else found.get(_w("val"))


def _roman(n: int) -> str:
    out = ""
    for value, letters in (
        (1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"),
        (50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i"),
    ):  # fmt: skip
        while n >= value:
            out, n = out + letters, n - value
    return out


def _letters(n: int) -> str:
    # Word's letter numbering repeats the letter after z: a..z, aa..zz.
    return chr(ord("a") + (n - 1) % 26) * ((n - 1) // 26 + 1)


def _format(n: int, fmt: str) -> str:
    if fmt == "lowerLetter":
        return _letters(n)
    if fmt == "upperLetter":
        return _letters(n).upper()
    if fmt == "lowerRoman":
        return _roman(n)
    if fmt == "upperRoman":
        return _roman(n).upper()
    if fmt == "decimalZero":
        return f"{n:02d}"
    return str(n)


class _Numbering:
    """Word's list counters, rendered as the text Word writes for each numbered paragraph."""

    def __init__(self, numbering, styles) -> None:
        self.abstract: dict[str, object] = {}
        self.nums: dict[str, tuple[str, dict[str, int]]] = {}
        self.style_num: dict[str, tuple[str | None, str | None]] = {}
        self.based: dict[str, str] = {}
        self.counters: dict[str, dict[int, int]] = {}
        self.started: set[tuple[str, str]] = set()
        if numbering is not None:
            for a in numbering.iter(_w("abstractNum")):
                self.abstract[a.get(_w("abstractNumId"))] = a
            for num in numbering.iter(_w("num")):
                overrides = {}
                for o in num.iter(_w("lvlOverride")):
                    start = _val(o, _w("startOverride"))
                    if start is not None:
                        overrides[o.get(_w("ilvl"))] = int(start)
                self.nums[num.get(_w("numId"))] = (_val(num, _w("abstractNumId")), overrides)
        if styles is not None:
            for style in styles.iter(_w("style")):
                sid = style.get(_w("styleId"))
                base = _val(style, _w("basedOn"))
                if base:
                    self.based[sid] = base
                ppr = style.find(_w("pPr"))
                numpr = ppr.find(_w("numPr")) if ppr is not None else None
                if numpr is not None:
                    self.style_num[sid] = (_val(numpr, _w("numId")), _val(numpr, _w("ilvl")))

    def _from_style(self, sid: str | None) -> tuple[str | None, str | None]:
        seen = 0
        while sid and seen < 20:
            if sid in self.style_num:
                return self.style_num[sid]
            sid, seen = self.based.get(sid), seen + 1
        return None, None

    def label(self, paragraph) -> str:
        ppr = paragraph.find(_w("pPr"))
        numpr = ppr.find(_w("numPr")) if ppr is not None else None
        num_id = _val(numpr, _w("numId")) if numpr is not None else None
        ilvl = _val(numpr, _w("ilvl")) if numpr is not None else None
        style_num, style_lvl = self._from_style(
            _val(ppr, _w("pStyle")) if ppr is not None else None
        )
        num_id = num_id or style_num
        ilvl = ilvl or style_lvl or "0"
        if not num_id or num_id == "0" or num_id not in self.nums:
            return ""
        abstract_id, overrides = self.nums[num_id]
        abstract = self.abstract.get(abstract_id)
        if abstract is None:
            return ""
        levels = {lvl.get(_w("ilvl")): lvl for lvl in abstract.iter(_w("lvl"))}
        level = int(ilvl)
        lvl = levels.get(ilvl)
        if lvl is None:
            return ""
        # Word continues a list across w:num instances of one abstract list unless a
        # start override restarts it.
        counters = self.counters.setdefault(abstract_id, {})
        if ilvl in overrides and (num_id, ilvl) not in self.started:
            self.started.add((num_id, ilvl))
            counters[level] = overrides[ilvl] - 1
        elif level not in counters:
            counters[level] = int(_val(lvl, _w("start")) or 1) - 1
        counters[level] += 1
        for deeper in [k for k in counters if k > level]:
            del counters[deeper]
        fmt = _val(lvl, _w("numFmt")) or "decimal"
        if fmt == "none":
            return ""
        if fmt == "bullet":
            return "•\t"
        text = _val(lvl, _w("lvlText")) or ""
        legal = lvl.find(_w("isLgl")) is not None
        for k in range(level + 1):
            if f"%{k + 1}" not in text:
                continue
            k_lvl = levels.get(str(k))
            count = counters.get(k)
            if count is None:
                count = int(_val(k_lvl, _w("start")) or 1) if k_lvl is not None else 1
            k_fmt = "decimal" if legal or k_lvl is None else _val(k_lvl, _w("numFmt")) or "decimal"
            text = text.replace(f"%{k + 1}", _format(count, k_fmt))
        return text + "\t" if text else ""


def _runs_text(paragraph, notes: list) -> str:
    parts: list[str] = []
    for el in paragraph.iter():
        tag = el.tag
        if tag == _w("t"):
            parts.append(el.text or "")
        elif tag == _w("tab"):
            parts.append("\t")
        elif tag in (_w("br"), _w("cr")):
            parts.append("\n")
        elif tag == _w("noBreakHyphen"):
            parts.append("-")
        elif tag in (_w("footnoteReference"), _w("endnoteReference")):
            notes.append((tag, el.get(_w("id"))))
            parts.append(str(len(notes)))
    return "".join(parts)


def _word_text(path: Path) -> str:
    import zipfile

    from lxml import etree

    with zipfile.ZipFile(path) as archive:
        names = set(archive.namelist())

        def part(name: str):
            return etree.fromstring(archive.read(name)) if name in names else None

        body = part("word/document.xml").find(_w("body"))
        numbering = _Numbering(part("word/numbering.xml"), part("word/styles.xml"))
        note_parts = {
            _w("footnoteReference"): part("word/footnotes.xml"),
            _w("endnoteReference"): part("word/endnotes.xml"),
        }
    lines: list[str] = []
    notes: list[tuple[str, str]] = []

    def block(element) -> None:
        for child in element:
            if child.tag == _w("p"):
                lines.append(numbering.label(child) + _runs_text(child, notes))
            elif child.tag == _w("tbl"):
                for row in child.iter(_w("tr")):
                    cells = []
                    for cell in row.findall(_w("tc")):
                        texts = [_runs_text(p, notes) for p in cell.iter(_w("p"))]
                        cells.append(" ".join(t for t in texts if t.strip()))
                    lines.append("\t".join(cells))
            elif child.tag in (_w("sdt"), _w("sdtContent"), _w("customXml")):
                block(child)

    block(body)
    if notes:
        lines.append("")
        for n, (kind, note_id) in enumerate(notes, 1):
            root = note_parts[kind]
            if root is None:
                continue
            for note in root:
                if note.get(_w("id")) == note_id:
                    texts = [_runs_text(p, []) for p in note.iter(_w("p"))]
                    lines.append(f"{n} " + " ".join(t.strip() for t in texts if t.strip()))
                    break
    return "\n".join(lines) + "\n"


def _docx_plain(path: Path) -> str:
    """The text Word puts on the clipboard for a plain editor (or saves as Plain Text):
    list numbers, table rows and notes included, every style and format dropped."""
    return _word_text(path)


def _docx_pandoc(path: Path) -> str:
    done = subprocess.run(
        ["pandoc", "-t", "plain", "--wrap=none", str(path)],
        capture_output=True,
        check=True,
        timeout=120,
    )
    return done.stdout.decode("utf-8", "replace")


def _markdown(path: Path) -> str:
    return path.read_text(encoding="utf-8", errors="replace")


# derivation name -> (source suffix, maker, tool it needs or None)
DERIVATIONS: dict[str, tuple[str, Callable[[Path], str], str | None]] = {
    "pdf-layout": (".pdf", _pdf_layout, "pdftotext"),
    # "pdf-plain" is the default mode the column once named "pdf-raw" ran (its figures
    # carry on under this name); "pdf-raw" is now pdftotext -raw.
    "pdf-plain": (".pdf", _pdf_plain, "pdftotext"),
    "pdf-raw": (".pdf", _pdf_raw, "pdftotext"),
    "html-copy": (".html", _html_copy, None),
    "docx-plain": (".docx", _docx_plain, None),
    "docx-pandoc": (".docx", _docx_pandoc, "pandoc"),
    "md-as-text": (".md", _markdown, None),
}


def derived_quarter(doc: str) -> str:
    """"held" for about a quarter of the tune documents (by a hash of the document's name),
    "look" for the rest. Rules for plain text are worked out on the derivations of the
    "look" documents; the "held" ones are scored, never read, to see whether they transfer
    (the derived set is the nearest thing to unseen plain text, so it needs its own
    untouched part)."""
    return "held" if hashlib.sha1(Path(doc).name.encode()).digest()[0] % 4 == 0 else "look"


def available() -> list[str]:
    return [n for n, (_, _, tool) in DERIVATIONS.items() if tool is None or shutil.which(tool)]


def derive(gold: dict, source: Path, name: str) -> Path | None:
    """The cached ``.txt`` derived from ``source`` by ``name``, or None if it does not apply."""
    if gold.get("split") != "tune":
        raise ValueError(f"refusing to derive from a non-tune document: {gold['doc']}")
    suffix, make, _ = DERIVATIONS[name]
    if source.suffix.lower() != suffix:
        return None
    # Keyed on this module too: a corrected derivation is made afresh, never read stale.
    digest = hashlib.sha1(source.read_bytes() + Path(__file__).read_bytes()).hexdigest()[:10]
    target = CACHE / name / f"{source.stem}-{digest}.txt"
    if not target.exists():
        target.parent.mkdir(parents=True, exist_ok=True)
        try:
            text = make(source)
        except (subprocess.SubprocessError, OSError, ValueError) as error:
            print(f"  {name}: {source.name} not derived: {error}")
            return None
        target.write_text(text, encoding="utf-8")
    return target


def look_documents(kinds: list[str] | None = None) -> list[tuple[str, dict, Path]]:
    """(derivation, gold, derived file) for each plain text derived from the look part of
    the tune split, as the tracing tools read it (the held-out quarter is scored by
    ``bench_structure.py --part held``, never traced; ``derive`` refuses the test quarter)."""
    import structure_score as scoring

    tune = [g for g in scoring.load_gold("tune") if derived_quarter(g["doc"]) == "look"]
    found = []
    for kind in kinds or available():
        for gold in tune:
            path = derive(gold, scoring.document_path(gold["doc"]), kind)
            if path is not None:
                found.append((kind, gold, path))
    return found
