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
import shutil
import subprocess
from collections.abc import Callable
from pathlib import Path

CACHE = Path("/tmp/briefing-derived")

# HTML elements a browser puts on their own line when text is copied.
_BLOCKS = {
    "address", "article", "aside", "blockquote", "br", "dd", "div", "dl", "dt", "figcaption",
    "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li",
    "main", "nav", "ol", "p", "pre", "section", "table", "tr", "ul", "td", "th", "caption",
}  # fmt: skip


def _pdftotext(path: Path, layout: bool) -> str:
    args = ["pdftotext", "-enc", "UTF-8"] + (["-layout"] if layout else []) + [str(path), "-"]
    return subprocess.run(args, capture_output=True, check=True, timeout=120).stdout.decode(
        "utf-8", "replace"
    )


def _pdf_layout(path: Path) -> str:
    return _pdftotext(path, layout=True)


def _pdf_raw(path: Path) -> str:
    return _pdftotext(path, layout=False)


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
    for element in body.iter():
        if not isinstance(element.tag, str) or element.tag.lower() not in _BLOCKS:
            continue
        # A newline before and after each block element's text.
        element.text = "\n" + (element.text or "")
        element.tail = "\n" + (element.tail or "")
    lines = [" ".join(line.split()) for line in body.text_content().splitlines()]
    out: list[str] = []
    for line in lines:
        if line or (out and out[-1]):
            out.append(line)
    return "\n".join(out).strip() + "\n"


def _docx_plain(path: Path) -> str:
    """Paragraphs' text joined with newlines: a copy from Word into a plain editor."""
    import docx

    document = docx.Document(str(path))
    return "\n".join(p.text for p in document.paragraphs) + "\n"


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
    "pdf-raw": (".pdf", _pdf_raw, "pdftotext"),
    "html-copy": (".html", _html_copy, None),
    "docx-plain": (".docx", _docx_plain, None),
    "docx-pandoc": (".docx", _docx_pandoc, "pandoc"),
    "md-as-text": (".md", _markdown, None),
}


def available() -> list[str]:
    return [n for n, (_, _, tool) in DERIVATIONS.items() if tool is None or shutil.which(tool)]


def derive(gold: dict, source: Path, name: str) -> Path | None:
    """The cached ``.txt`` derived from ``source`` by ``name``, or None if it does not apply."""
    if gold.get("split") != "tune":
        raise ValueError(f"refusing to derive from a non-tune document: {gold['doc']}")
    suffix, make, _ = DERIVATIONS[name]
    if source.suffix.lower() != suffix:
        return None
    digest = hashlib.sha1(source.read_bytes()).hexdigest()[:10]
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
